"""Which CSV column feeds which field: automatic guesses and explicit mappings.

Column names are compared in a normal form (lower case, "E-mail" as "email",
punctuation as spaces, numbers dropped), so "E-mail 2 Address" (Outlook),
"E-mail 1 - Value" (Google Contacts), "Email" (HubSpot) and "email" all read
as an email column. Several columns may feed one field: every email and
phone column is kept (Outlook has three of each), notes are joined, and for
a one-value field the first non-empty column wins.

Addresses come in groups (Outlook's Business/Home/Other, Salesforce's
Mailing, Google's Address 1/Address 2): a row takes street, city, region,
postal code and country all from the first group that has any of them, so a
business street is never paired with a home city.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from tuicrm.enums import EMAIL_PATTERN
from tuicrm.interop.csv_export import FORMULA_STARTS
from tuicrm.interop.import_source import ImportFileError, Target

IGNORE = "ignore"
LIST_FIELDS = frozenset({"emails", "phones", "tags"})
ADDRESS_FIELDS = ("street", "city", "region", "postal_code", "country")
NAME_PARTS = ("first_name", "middle_name", "last_name")

# Field -> the column names (in normal form) that mean it.
_CONTACT_ALIASES: dict[str, str] = {
    "name": "name|full name|display name|contact name|contact|contact full name",
    "first_name": "first name|given name|firstname|first|forename",
    "middle_name": "middle name|additional name|middle names",
    "last_name": "last name|family name|surname|lastname|last",
    "emails": "email|emails|email address|email addresses|email value|mail|primary email|"
        "work email|home email|other email|business email|personal email",
    "phones": "phone|phones|phone number|phone numbers|telephone|telephone number|tel|"
        "mobile|mobile phone|mobile number|mobile phone number|cell|cell phone|"
        "home phone|business phone|work phone|other phone|primary phone|"
        "phone value|company main phone|main phone",
    "organisation": "company|company name|organization|organisation|organization name|"
        "organisation name|account name|account|employer",
    "job_title": "job title|position|organization title|organisation title|job|"
        "role title",
    "website": "website|web site|web page|webpage|url|homepage|home page|website value|"
        "website url|business web page",
    "notes": "notes|note|comments|comment|description|memo|about",
    "tags": "tags|tag|categories|category|labels|groups|group membership|lists|keywords",
    "kind": "kind|contact kind|contact type",
    "stage": "stage|journey stage",
    "source": "source|acquisition source",
    # address parts, matched after the group prefix is taken off
    "street": "street|street address|address|address line|streets|extended address",
    "city": "city|town|locality",
    "region": "state|region|province|county|state region|state province|"
        "state or province",
    "postal_code": "postal code|zip|zip code|postcode|post code|zip postal code",
    "country": "country|country region|country or region|country code",
}
_SALE_ALIASES: dict[str, str] = {
    "customer": "customer|customer name|client|client name|contact|contact name|buyer|"
        "name|full name|billing name",
    "email": "email|customer email|email address|buyer email|client email",
    "date": "date|sale date|order date|purchase date|sold at|sold on|paid at|"
        "invoice date|transaction date|created at|created",
    "items": "items|item|description|product|products|product name|line items|"
        "lineitem name|item name",
    "amount": "amount|total|price|total amount|order total|value|sum|grand total|"
        "amount paid|gross",
    "currency": "currency|currency code|ccy",
    "note": "note|notes|comment|comments|memo",
    "status": "status|payment status|financial status",
}

# Second choices: used only when no column has one of the field's own names
# (Outlook's "Title" is Mr/Ms, and it has "Job Title" as well; elsewhere
# "Title" is the job title).
_SECOND_CHOICE = {"title": "job_title", "personal web page": "website", "file as": "name"}

# What a person may write after "=" in --map, per target.
_CONTACT_NAMES = {
    "email": "emails", "emails": "emails", "phone": "phones", "phones": "phones",
    "tag": "tags", "tags": "tags", "company": "organisation", "organization": "organisation",
    "title": "job_title", "state": "region", "zip": "postal_code", "postcode": "postal_code",
    "note": "notes", "first": "first_name", "last": "last_name", "url": "website",
}
_SALE_NAMES = {"customer_email": "email", "total": "amount", "notes": "note",
               "product": "items", "description": "items"}
_ADDRESS_GROUP = re.compile(r"^(business|home|other|mailing|billing|shipping|work|"
                            r"personal|address \d+) (?=\S)")


def target_fields(target: Target) -> list[str]:
    """The fields a column can be mapped to, as a person writes them in --map."""
    if target == "sales":
        return list(_SALE_ALIASES)
    return [{"emails": "email", "phones": "phone"}.get(f, f) for f in _CONTACT_ALIASES]


def normal(column: str) -> str:
    """A column name in the form the aliases are written in."""
    text = column.lower().replace("e-mail", "email").replace("e mail", "email")
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return " ".join(w for w in text.split() if not w.isdigit())


def _group_and_rest(column: str) -> tuple[str, str]:
    """("business", "city") for "Business City"; ("address 1", "street") for Google."""
    text = re.sub(r"[^0-9a-z]+", " ", column.lower()).strip()
    match = _ADDRESS_GROUP.match(text)
    if not match:
        return "", normal(column)
    return match.group(1), normal(text[match.end():])


@dataclass
class ColumnMap:
    """The columns (by index) feeding each field; ``groups`` for address parts."""

    target: Target
    header: list[str]
    fields: dict[str, list[int]] = field(default_factory=dict)
    groups: dict[int, str] = field(default_factory=dict)
    explicit: dict[str, set[int]] = field(default_factory=dict)

    def named(self) -> dict[str, list[str]]:
        return {f: [self.header[i] for i in cols] for f, cols in self.fields.items() if cols}

    def unmapped(self) -> list[str]:
        used = {i for cols in self.fields.values() for i in cols}
        return [h for i, h in enumerate(self.header) if i not in used and h.strip()]

    def has(self, *names: str) -> bool:
        return any(self.fields.get(n) for n in names)


def guess(header: Sequence[str], target: Target) -> ColumnMap:
    """The mapping a person would most likely choose, from the column names."""
    aliases = _SALE_ALIASES if target == "sales" else _CONTACT_ALIASES
    table = {a: (f, 0) for f, names in aliases.items() for a in names.split("|")}
    if target == "contacts":
        table.update((a, (f, 1)) for a, f in _SECOND_CHOICE.items())
    found: dict[str, list[tuple[int, int]]] = {}
    mapping = ColumnMap(target, list(header))
    for index, column in enumerate(header):
        hit = table.get(normal(column))
        if target == "contacts":
            group, rest = _group_and_rest(column)
            part = table.get(rest)
            if part and part[0] in ADDRESS_FIELDS and (group or not hit):
                hit = part
                mapping.groups[index] = group
            elif hit and hit[0] in ADDRESS_FIELDS:
                mapping.groups[index] = ""
        if hit:
            found.setdefault(hit[0], []).append((hit[1], index))
    for name, hits in found.items():
        best = min(rank for rank, _ in hits)
        mapping.fields[name] = [i for rank, i in hits if rank == best]
    return mapping


def guess_by_content(header: Sequence[str], sample: Sequence[Sequence[str]],
                     target: Target) -> ColumnMap:
    """For a file without a header: a column that holds email addresses."""
    mapping = ColumnMap(target, list(header))
    for index in range(len(header)):
        values = [row[index].strip() for row in sample if index < len(row) and row[index].strip()]
        if values and sum(bool(EMAIL_PATTERN.fullmatch(v)) for v in values) * 2 > len(values):
            mapping.fields.setdefault("emails" if target == "contacts" else "email", []).append(index)
    return mapping


def parse_map_options(specs: Sequence[str]) -> dict[str, str]:
    """``["Mail=email", "3=phone"]`` -> ``{"Mail": "email", "3": "phone"}``."""
    result: dict[str, str] = {}
    for spec in specs:
        column, sep, name = spec.rpartition("=")
        if not sep or not column.strip() or not name.strip():
            raise ImportFileError(f"--map {spec!r} is not COLUMN=FIELD (e.g. --map \"Mail=email\")")
        result[column.strip()] = name.strip()
    return result


def apply_explicit(mapping: ColumnMap, explicit: Mapping[str, str]) -> ColumnMap:
    """Put the person's own choices over the guesses.

    A column is named by its header (any case) or its number from 1. Mapping a
    column to a one-value field replaces the guessed column for that field;
    email, phone and tag columns add to the guessed ones. ``ignore`` drops a column.
    """
    names = _SALE_NAMES if mapping.target == "sales" else _CONTACT_NAMES
    valid = set(_SALE_ALIASES if mapping.target == "sales" else _CONTACT_ALIASES)
    folded = {h.strip().casefold(): i for i, h in reversed(list(enumerate(mapping.header)))}
    for column, wanted in explicit.items():
        index = folded.get(column.casefold())
        if index is None and column.isdigit() and 1 <= int(column) <= len(mapping.header):
            index = int(column) - 1
        if index is None:
            shown = ", ".join(repr(h) for h in mapping.header[:30])
            raise ImportFileError(f"--map: the file has no column {column!r} "
                                  f"(its columns are {shown}; numbers from 1 work too)")
        key = wanted.strip().lower().replace(" ", "_").replace("-", "_")
        key = names.get(key, key)
        if key not in valid and key not in (IGNORE, "skip", "none"):
            raise ImportFileError(f"--map: {wanted!r} is not a field; use one of "
                                  f"{', '.join(target_fields(mapping.target))} or ignore")
        for cols in mapping.fields.values():
            if index in cols:
                cols.remove(index)
        if key in (IGNORE, "skip", "none"):
            continue
        chosen = mapping.explicit.setdefault(key, set())
        if not chosen and key not in LIST_FIELDS and key != "notes":
            mapping.fields[key] = []  # the person's column replaces the guess
        chosen.add(index)
        mapping.fields.setdefault(key, []).append(index)
        mapping.groups[index] = ""
    return mapping


# --- turning a row's cells into field values ----------------------------------

_EMAIL_SPLIT = re.compile(r"\s*(?::::|[,;\s])\s*")
_PHONE_SPLIT = re.compile(r"\s*(?::::|;|\n)\s*")
_TAG_SPLIT = re.compile(r"\s*(?::::|[,;\n])\s*")
_SYSTEM_LABELS = frozenset({"mycontacts", "starred"})  # Google's own groups
_KINDS = {"company": "organisation", "organization": "organisation", "org": "organisation",
          "business": "organisation", "organisation": "organisation",
          "person": "person", "individual": "person", "people": "person"}
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
    if mapping.target == "sales":
        singles = [(f, cols) for f, cols in mapping.fields.items() if cols]
        return lambda cells: _singles([unneutralised(c) for c in cells], singles, {})
    special = LIST_FIELDS | set(ADDRESS_FIELDS) | set(NAME_PARTS) | {"notes"}
    singles = [(f, cols) for f, cols in mapping.fields.items() if cols and f not in special]
    lists = [(f, mapping.fields.get(f, []), split)
             for f, split in (("emails", _EMAIL_SPLIT), ("phones", _PHONE_SPLIT),
                              ("tags", _TAG_SPLIT))]
    notes = mapping.fields.get("notes", [])
    parts = [mapping.fields.get(f, []) for f in NAME_PARTS]
    groups: dict[str, dict[str, list[int]]] = {}
    for f in ADDRESS_FIELDS:
        for i in sorted(mapping.fields.get(f, [])):
            groups.setdefault(mapping.groups.get(i, ""), {}).setdefault(f, []).append(i)
    ordered = sorted(groups.values(), key=lambda g: min(min(c) for c in g.values()))

    def build(cells: Sequence[str]) -> dict[str, Any]:
        cells = [unneutralised(c) for c in cells]
        values = _singles(cells, singles, {})
        for name, cols, split in lists:
            found = [piece for i in cols for piece in split.split(cells[i]) if piece]
            if name == "tags":
                found = [t.removeprefix("* ") for t in found]
                found = [t for t in found if t.casefold() not in _SYSTEM_LABELS]
            if found:
                values[name] = found
        if text := "\n".join(v for i in notes if (v := cells[i].strip())):
            values["notes"] = text
        if "name" not in values:
            whole = " ".join(v for cols in parts if (v := _first(cells, cols)))
            if whole:
                values["name"] = whole
            elif "organisation" in values:  # a company on its own line is the company
                values["name"] = values.pop("organisation")
                values.setdefault("kind", "organisation")
        for group in ordered:
            if any(cells[i].strip() for cols in group.values() for i in cols):
                for f, cols in group.items():
                    joined = ", ".join(v for i in cols if (v := cells[i].strip()))
                    if joined:
                        values[f] = joined if f == "street" else _first(cells, cols)
                break
        if "kind" in values:
            values["kind"] = _KINDS.get(values["kind"].casefold(), values["kind"])
        return values

    return build


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
