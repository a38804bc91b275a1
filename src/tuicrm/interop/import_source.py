"""What every importer hands the import service: rows of target fields, with line numbers.

A CSV file (:mod:`tuicrm.interop.csv_import`) and a vCard file
(:func:`source_from_vcard_bytes`) both become a :class:`SourceFile`: the rows
that could be read, as plain dicts keyed by the import's target fields
(``name``, ``emails``, ``organisation``, ... for contacts; ``customer``,
``amount``, ... for sales; ``title``, ``value``, ``stage``, ... for deals), each with the physical line it starts on, plus a
:class:`Problem` for every row that could not be read. The service then plans
and applies the same way whatever the file was. Pure: no database, no Textual.
"""

from __future__ import annotations

import codecs
import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal, NamedTuple

from tuicrm.errors import CrmError

Target = Literal["contacts", "sales", "deals"]

MAX_FILE_BYTES = 256 * 1024 * 1024
MAX_ROWS = 1_000_000
MAX_FIELD_CHARS = 64 * 1024


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cycle collector paused while an import reads, plans and writes.

    An import holds a few hundred thousand small objects until it ends (rows,
    plan lines, validated values), and each time the collector runs it walks
    all of them to find nothing to free: what an import drops, reference
    counting frees at once. At 20,000 lines that walking was 0.4 s of 1.4 s.
    Only turned back on if it was on, so nested imports and a program's own
    ``gc.disable()`` are left as they were.
    """
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


class ImportFileError(CrmError):
    """The file as a whole cannot be imported (nothing was read from it)."""


class Problem(NamedTuple):
    """A row that was not read, and the physical line it starts on."""

    line: int
    message: str


class SourceRow(NamedTuple):
    """One record: target field -> text (or list of texts for emails, phones, tags),
    and why each value the record had but could not be read was left out."""

    line: int
    values: dict[str, Any]
    left_out: tuple[str, ...] = ()


@dataclass
class SourceFile:
    """Everything read from one file, ready for the import service."""

    target: Target
    rows: list[SourceRow]
    problems: list[Problem] = field(default_factory=list)
    name: str = ""  # the file's name, for the report and the import record
    format: str = "CSV"
    encoding: str = "UTF-8"
    delimiter: str | None = None
    header_line: int | None = None  # None: the file has no header row
    # target field -> the columns it is read from, as the file names them
    mapping: dict[str, list[str]] = field(default_factory=dict)
    unmapped: list[str] = field(default_factory=list)
    columns: list[str] = field(default_factory=list)  # CSV: every column, in the file's order

    def describe(self) -> str:
        """One line about how the file was read, e.g. for the dry-run report."""
        parts = [self.format, self.encoding]
        if self.delimiter is not None:
            parts.append(f"{DELIMITER_NAMES.get(self.delimiter, repr(self.delimiter))}-separated")
        if self.format == "CSV":
            parts.append(f"header on line {self.header_line}" if self.header_line
                         else "no header row")
        count = len(self.rows) + len(self.problems)
        parts.append(f"{count:,} record{'s' if count != 1 else ''}")
        return ", ".join(parts)


DELIMITER_NAMES = {",": "comma", ";": "semicolon", "\t": "tab"}


def source_from_vcard_bytes(data: bytes, *, name: str = "") -> SourceFile:
    """A vCard file as contact rows: one row per card, at its BEGIN:VCARD line."""
    from tuicrm.interop.vcard import read_vcard_bytes

    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(f"{name or 'the file'} is larger than "
                              f"{MAX_FILE_BYTES // (1024 * 1024)} MiB; split it first")
    cards, problems = read_vcard_bytes(data, max_field=MAX_FIELD_CHARS, max_cards=MAX_ROWS)
    if not cards and not problems:
        raise ImportFileError(f"{name or 'the file'} holds no vCard (no BEGIN:VCARD line)")
    rows = [_card_row(card) for card in cards]
    return SourceFile(
        target="contacts", rows=rows, problems=[Problem(p.line, p.message) for p in problems],
        name=name, format="vCard", encoding=_vcard_encoding(data),
    )


def _card_row(card: Any) -> SourceRow:
    """A card as the fields a CSV row gives, its emails and phones read as a CSV cell's."""
    from tuicrm.interop.contact_values import emails_from, phones_from

    values: dict[str, Any] = {
        "name": card.name, "kind": card.kind, "organisation": card.organisation,
        "job_title": card.job_title, "website": card.website, "street": card.street,
        "city": card.city, "region": card.region, "postal_code": card.postal_code,
        "country": card.country, "notes": card.notes, "tags": list(card.tags),
    }
    left_out = list(card.left_out)
    labels: dict[str, str] = {}
    for field_name, entries, read in (("emails", card.emails, emails_from),
                                      ("phones", card.phones, phones_from)):
        kept: list[str] = []
        for entry in entries:
            result = read(entry, card.labels.get(entry, ""))
            for value, label in result.entries:
                if value not in kept:
                    kept.append(value)
                    if label:
                        labels[value] = label
            left_out += result.left_out
        values[field_name] = kept
    values.update(labels=labels, uid=card.uid, birthday=card.birthday,
                  anniversary=card.anniversary)
    if card.named_by_email:  # named when created, never renaming the contact it finds
        del values["name"]
    return SourceRow(card.line, {k: v for k, v in values.items() if v not in ("", None, {})},
                     tuple(left_out))


def _vcard_encoding(data: bytes) -> str:
    """How :func:`~tuicrm.interop.vcard.read_vcard_bytes` decoded the file, in words."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "UTF-16"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return "UTF-8 and Windows-1252 (value by value)"
    return "UTF-8 with BOM" if data.startswith(codecs.BOM_UTF8) else "UTF-8"


#: File name endings that say a file is vCard, whatever its bytes look like.
VCARD_SUFFIXES = (".vcf", ".vcard")


def is_vcard(name: str, data: bytes) -> bool:
    """Whether a file to import is vCard (contacts), by its name or its first line;
    anything else is read as CSV."""
    if Path(name).suffix.lower() in VCARD_SUFFIXES:
        return True
    return data[:200].lstrip(b"\xef\xbb\xbf \t\r\n").upper().startswith(b"BEGIN:VCARD")
