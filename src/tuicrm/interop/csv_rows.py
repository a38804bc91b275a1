"""Turning a CSV row's cells into field values, by a :class:`~.csv_mapping.ColumnMap`.

Nothing a row holds costs it its record: an email or phone that cannot be
read is left out with its reason (``LEFT_OUT``), and the rest is kept. A
contact known only by its email address is named after it. A label comes from
the column's name ("Mobile Phone"), from a label column of its own (Google's
"Phone 1 - Label"), or from the cell ("+1 555 0100 (mobile)").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Any

from tuicrm.interop.contact_values import (
    display_name,
    emails_from,
    label_word,
    phones_from,
)
from tuicrm.interop.csv_export import FORMULA_STARTS
from tuicrm.interop.csv_mapping import (
    ADDRESS_FIELDS,
    LEFT_OUT,
    LIST_FIELDS,
    NAME_PARTS,
    ColumnMap,
    folded,
)
from tuicrm.interop.deal_columns import split_person

_TAG_SPLIT = re.compile(r"\s*(?::::|[,;\n])\s*")
_LABEL_SPLIT = re.compile(r"\s*:::\s*")
# Google's own groups, which every contact of an export is in.
_SYSTEM_GROUPS = frozenset({"mycontacts", "my contacts", "starred", "other contacts"})
_KINDS = {"company": "organisation", "organization": "organisation", "org": "organisation",
          "business": "organisation", "organisation": "organisation",
          "person": "person", "individual": "person", "people": "person"}
# HubSpot's lifecycle stages (as its export writes them, spaces taken out) as
# journey stages; a stage not here is left out with its reason.
_STAGES = {"subscriber": "awareness", "lead": "engagement",
           "marketingqualifiedlead": "engagement", "salesqualifiedlead": "nurturing",
           "opportunity": "nurturing", "customer": "retention", "evangelist": "advocacy"}
_SPECIAL = (LIST_FIELDS | set(ADDRESS_FIELDS) | set(NAME_PARTS)
            | {"notes", "events", "birth_year", "birth_month", "birth_day", "uid"})
Builder = Callable[[Sequence[str]], dict[str, Any]]


def unneutralised(cell: str) -> str:
    """A cell without the apostrophe our CSV export puts before ``=`` ``+`` ``-`` ``@``.

    A spreadsheet never writes that apostrophe into a CSV (it is how a person
    types text that would be a formula), so it comes from an export like ours:
    "'+44 20 7946 0000" is the phone number "+44 20 7946 0000".
    """
    return cell[1:] if cell[:1] == "'" and cell[1:2] in FORMULA_STARTS else cell


def row_builder(mapping: ColumnMap) -> Builder:
    """A function from a row's cells to its field values (empty values left out)."""
    if mapping.target != "contacts":
        singles = [(f, cols) for f, cols in mapping.fields.items() if cols]
        if mapping.target == "deals":
            return lambda cells: _deal_row(_singles([unneutralised(c) for c in cells], singles, {}))
        return lambda cells: _singles([unneutralised(c) for c in cells], singles, {})
    return _ContactRow(mapping).build


def _deal_row(values: dict[str, Any]) -> dict[str, Any]:
    """A deal's contact: "Name (email)" in its contact cell taken apart, and an email
    that is not one left out (the deal is still made, for the contact's name)."""
    split_person(values)
    if cell := values.get("email"):
        read = emails_from(cell)
        if read.entries:
            values["email"] = read.entries[0].value
        else:
            del values["email"]
        if read.left_out:
            values[LEFT_OUT] = read.left_out
    return values


class _ContactRow:
    def __init__(self, mapping: ColumnMap) -> None:
        fields = mapping.fields
        self.mapping = mapping
        self.singles = [(f, cols) for f, cols in fields.items() if cols and f not in _SPECIAL]
        self.emails, self.phones = fields.get("emails", []), fields.get("phones", [])
        self.tags, self.notes = fields.get("tags", []), fields.get("notes", [])
        self.events, self.uid = fields.get("events", []), fields.get("uid", [])
        self.birth = [fields.get(f, []) for f in ("birth_year", "birth_month", "birth_day")]
        self.parts = [fields.get(f, []) for f in NAME_PARTS]
        groups: dict[str, dict[str, list[int]]] = {}
        for f in ADDRESS_FIELDS:
            for i in sorted(fields.get(f, [])):
                groups.setdefault(mapping.groups.get(i, ""), {}).setdefault(f, []).append(i)
        self.address_groups = sorted(groups.values(),
                                     key=lambda g: min(min(c) for c in g.values()))

    def build(self, cells: Sequence[str]) -> dict[str, Any]:
        cells = [unneutralised(c) for c in cells]
        values = _singles(cells, self.singles, {})
        left_out: list[str] = []
        labels: dict[str, str] = {}
        named = self._entries(cells, values, labels, left_out)
        if found := [t for i in self.tags for t in _tags(cells[i])]:
            values["tags"] = found
        if labels:
            values["labels"] = labels
        if text := "\n".join(v for i in self.notes if (v := cells[i].strip())):
            values["notes"] = text
        self._dates(cells, values)
        if uid := _first(cells, self.uid):
            tool = self.mapping.id_tool
            values["uid"] = f"{tool}:{uid}" if tool else uid
        self._name(cells, values, named)
        self._address(cells, values)
        if "kind" in values:
            values["kind"] = _KINDS.get(values["kind"].casefold(), values["kind"])
        if "stage" in values:
            stage = re.sub(r"[^a-z]", "", folded(values["stage"]))
            values["stage"] = _STAGES.get(stage, values["stage"])
        if left_out:
            values[LEFT_OUT] = left_out
        return values

    def _entries(self, cells: list[str], values: dict[str, Any], labels: dict[str, str],
                 left_out: list[str]) -> str:
        """Emails and phones with their labels; the name an email cell gave, if any."""
        named = ""
        for field, cols, read in (("emails", self.emails, emails_from),
                                  ("phones", self.phones, phones_from)):
            found: list[str] = []
            for i in cols:
                cell = cells[i]
                if not cell.strip():
                    continue
                column_labels = self._labels(cells, i)
                result = read(cell, column_labels[0] if len(column_labels) == 1 else "")
                for n, entry in enumerate(result.entries):
                    label = entry.label or (column_labels[n] if n < len(column_labels) else "")
                    if entry.value not in found:
                        found.append(entry.value)
                        if label:
                            labels.setdefault(entry.value, label)
                left_out += result.left_out
                if field == "emails" and not named and "<" in cell:
                    named = display_name(cell)
            if found:
                values[field] = found
        return named

    def _labels(self, cells: list[str], index: int) -> list[str]:
        """The label(s) of a column's entries: one per entry from a label column
        (Google's "Work ::: Home"), or the column's own."""
        column = self.mapping.label_columns.get(index)
        if column is not None and cells[column].strip():
            return [label_word(t) for t in _LABEL_SPLIT.split(cells[column].strip())]
        own = self.mapping.labels.get(index)
        return [own] if own else []

    def _dates(self, cells: list[str], values: dict[str, Any]) -> None:
        for i in self.events:  # Google's "Event 1 - Value", by its label
            kind = label_word(cells[self.mapping.label_columns[i]])
            if cells[i].strip() and kind in ("anniversary", "birthday"):
                values.setdefault(kind, cells[i].strip())
        year, month, day = (_first(cells, cols) for cols in self.birth)
        if month and day and "birthday" not in values:  # Thunderbird: three columns
            values["birthday"] = (f"{year}-{month.zfill(2)}-{day.zfill(2)}" if year
                                  else f"--{month.zfill(2)}-{day.zfill(2)}")

    def _name(self, cells: list[str], values: dict[str, Any], named: str) -> None:
        if "name" in values:
            return
        whole = " ".join(v for cols in self.parts if (v := _first(cells, cols)))
        if whole:
            values["name"] = whole
        elif named:  # "John Smith <john@example.org>" in the email column
            values["name"] = named
        elif "organisation" in values:  # a company on its own line is the company
            values["name"] = values.pop("organisation")
            values.setdefault("kind", "organisation")
        # (a line with only an email address is named after it when it is
        # created: never renaming a contact found by that address)

    def _address(self, cells: list[str], values: dict[str, Any]) -> None:
        for group in self.address_groups:
            if any(cells[i].strip() for cols in group.values() for i in cols):
                for f, cols in group.items():
                    joined = ", ".join(v for i in cols if (v := cells[i].strip()))
                    if joined:
                        values[f] = joined if f == "street" else _first(cells, cols)
                break


def _tags(cell: str) -> list[str]:
    tags = []
    for tag in _TAG_SPLIT.split(cell):
        if tag.startswith("System Group:"):
            continue
        tag = tag.removeprefix("* ")
        if tag and tag.casefold() not in _SYSTEM_GROUPS:
            tags.append(tag)
    return tags


def _first(cells: Sequence[str], cols: list[int]) -> str:
    for i in cols:
        if value := cells[i].strip():
            return value
    return ""


def _singles(cells: Sequence[str], singles: list[tuple[str, list[int]]],
             values: dict[str, Any]) -> dict[str, Any]:
    for name, cols in singles:
        if value := _first(cells, cols):
            values[name] = value
    return values
