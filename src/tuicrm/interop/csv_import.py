"""Reading a CSV file of contacts, sales or deals from another CRM or a spreadsheet.

:func:`read_csv` takes the file's bytes and returns a
:class:`~tuicrm.interop.import_source.SourceFile`: rows of field values, each
with the physical line it starts on (a quoted cell may span lines, so this is
not the record's number), and a problem for each row that was not read.

- Encoding: a BOM decides (UTF-8, UTF-16, UTF-32); otherwise UTF-8 if the
  bytes are valid UTF-8, else Windows-1252 (what Excel writes on Windows),
  else Latin-1, which decodes anything. The one used is reported.
- Delimiter: ``,`` ``;`` or tab, whichever splits the first records into the
  same number of cells most consistently (``csv.Sniffer`` guesses wrong on
  short files and on commas inside quoted cells).
- Header: the first record is the header when one of its cells names a
  field we know, or when it looks like names rather than data.
- Ragged rows (fewer cells than the header, or more that are not empty)
  are reported and skipped: their cells would land in the wrong fields.
- Caps: the file (256 MiB), the rows (1,000,000: a larger file is refused, not
  half-read) and each cell (64 KiB). Bad input is reported, never a crash.
"""

from __future__ import annotations

import codecs
import csv
import io
import itertools
from collections.abc import Iterator, Mapping, Sequence

from tuicrm.interop import csv_mapping, csv_rows
from tuicrm.interop.import_source import (
    MAX_FIELD_CHARS,
    MAX_FILE_BYTES,
    MAX_ROWS,
    ImportFileError,
    Problem,
    SourceFile,
    SourceRow,
    Target,
    collector_paused,
)

DELIMITERS = (",", ";", "\t")
MAX_COLUMNS = 1000
_SAMPLE_RECORDS = 20
_BOMS = (  # longest first: the UTF-32 LE BOM begins with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32", "UTF-32"), (codecs.BOM_UTF32_BE, "utf-32", "UTF-32"),
    (codecs.BOM_UTF8, "utf-8-sig", "UTF-8 with BOM"),
    (codecs.BOM_UTF16_LE, "utf-16", "UTF-16"), (codecs.BOM_UTF16_BE, "utf-16", "UTF-16"),
)
_LABELS = {"utf-8": "UTF-8", "utf-8-sig": "UTF-8", "cp1252": "Windows-1252",
           "latin-1": "Latin-1", "utf-16": "UTF-16", "utf-16-le": "UTF-16 LE",
           "utf-16-be": "UTF-16 BE"}


def decode(data: bytes, encoding: str | None = None) -> tuple[str, str]:
    """The file's text, and the encoding it was read with (in words)."""
    if encoding:
        try:
            codec = codecs.lookup(encoding).name
        except LookupError:
            raise ImportFileError(f"{encoding!r} is not an encoding Python knows "
                                  "(try utf-8, cp1252 or latin-1)") from None
        if codec == "utf-8" and data.startswith(codecs.BOM_UTF8):
            codec = "utf-8-sig"
        try:
            return data.decode(codec), _LABELS.get(codec, encoding)
        except UnicodeDecodeError as err:
            line = data.count(b"\n", 0, err.start) + 1
            raise ImportFileError(f"the file is not valid {encoding} (line {line}, byte "
                                  f"{err.start + 1}); leave out --encoding to detect it") from None
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(codec), label
            except UnicodeDecodeError:
                raise ImportFileError(f"the file starts with a {label} mark but is not "
                                      f"valid {label}") from None
    if data.startswith((b"PK\x03\x04", b"\xd0\xcf\x11\xe0")):
        raise ImportFileError("this is a spreadsheet workbook (.xlsx or .xls), not CSV: "
                              "save it as CSV (UTF-8) first")
    if _looks_utf16(data):
        codec = "utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"
        try:
            return data.decode(codec), _LABELS[codec]
        except UnicodeDecodeError:
            pass
    if b"\x00" in data[:65536]:
        raise ImportFileError("this looks like a binary file, not CSV text")
    for codec in ("utf-8", "cp1252", "latin-1"):
        try:
            return data.decode(codec), _LABELS[codec]
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes every byte")  # pragma: no cover


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a BOM: every other byte of plain text is zero."""
    head = data[:2000]
    return len(head) >= 4 and head.count(b"\x00") * 3 > len(head)


def detect_delimiter(text: str) -> str:
    """``,`` ``;`` or tab: the one giving the most cells the same way on every sampled record."""
    records = _sample_records(text)
    if not records:
        return ","
    best, best_score = ",", (0, 0)
    for delimiter in DELIMITERS:
        counts = [_count_outside_quotes(r, delimiter) for r in records]
        steady = sum(c == counts[0] for c in counts)
        score = (steady if counts[0] else 0, counts[0])
        if score > best_score:
            best, best_score = delimiter, score
    return best


def _sample_records(text: str) -> list[str]:
    """The first few records, split at line breaks outside quotes."""
    records, start, quoted = [], 0, False
    limit = min(len(text), 256 * 1024)
    for i in range(limit):
        ch = text[i]
        if ch == '"':
            quoted = not quoted
        elif ch in "\r\n" and not quoted:
            if i > start:
                records.append(text[start:i])
                if len(records) >= _SAMPLE_RECORDS:
                    return records
            start = i + 1
    if start < limit and not quoted:
        records.append(text[start:limit])
    return records


def _count_outside_quotes(record: str, delimiter: str) -> int:
    return sum(part.count(delimiter) for part in record.split('"')[::2])


def _records(text: str, delimiter: str, max_field: int) -> Iterator[tuple[int, list[str] | str]]:
    """(first physical line, cells) per record; (line, message) for one that cannot be read."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    end = 0
    while True:
        start = end + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as err:
            end = reader.line_num
            message = str(err)
            if "field larger than field limit" in message:
                message = (f"a cell is longer than {max_field:,} characters (or a quote is "
                           "never closed)")
            yield start, f"{message} (lines {start}-{end})" if end > start else message
            continue
        end = reader.line_num
        yield start, cells


def _is_header(cells: Sequence[str], target: Target) -> bool:
    if csv_mapping.guess(cells, target).fields:
        return True
    texts = [c.strip() for c in cells]
    return (all(texts) and len(set(texts)) == len(texts)
            and not any("@" in t or sum(ch.isdigit() for ch in t) * 2 > len(t) for t in texts))


def read_csv(
    data: bytes,
    *,
    target: Target = "contacts",
    name: str = "",
    mapping: Mapping[str, str] | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    has_header: bool | None = None,
    max_field: int = MAX_FIELD_CHARS,
    max_rows: int = MAX_ROWS,
) -> SourceFile:
    """Read ``data`` as CSV; see the module docstring. Raises :class:`ImportFileError`."""
    with collector_paused():
        return _read_csv(data, target=target, name=name, mapping=mapping, encoding=encoding,
                         delimiter=delimiter, has_header=has_header, max_field=max_field,
                         max_rows=max_rows)


def _read_csv(
    data: bytes, *, target: Target, name: str, mapping: Mapping[str, str] | None,
    encoding: str | None, delimiter: str | None, has_header: bool | None, max_field: int,
    max_rows: int,
) -> SourceFile:
    called = name or "the file"
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError(f"{called} is larger than {MAX_FILE_BYTES // 2**20} MiB; "
                              "split it into smaller files")
    max_field = min(max_field, csv.field_size_limit() - 1)  # past it csv itself refuses
    text, encoding_label = decode(data, encoding)
    if delimiter is not None and delimiter not in DELIMITERS:
        delimiter = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";"}.get(delimiter)
        if delimiter is None:
            raise ImportFileError("the delimiter must be ',', ';' or tab")
    delimiter = delimiter or detect_delimiter(text)
    records = _records(text, delimiter, max_field)
    first = next(((line, cells) for line, cells in records
                  if isinstance(cells, str) or any(c.strip() for c in cells)), None)
    if first is None:
        raise ImportFileError(f"{called} is empty")
    first_line, first_cells = first
    if isinstance(first_cells, str):
        raise ImportFileError(f"line {first_line}: {first_cells}")
    if len(first_cells) > MAX_COLUMNS:
        raise ImportFileError(f"line {first_line} has {len(first_cells):,} columns; "
                              f"at most {MAX_COLUMNS:,} can be imported")
    header_row = has_header if has_header is not None else _is_header(first_cells, target)
    rows: list[tuple[int, list[str]]] = []
    if not header_row:  # the first record is data: checked like the others
        records = itertools.chain([(first_line, first_cells)], records)
    header = ([c.strip() for c in first_cells] if header_row
              else [f"column {i}" for i in range(1, len(first_cells) + 1)])
    while header_row and len(header) > 1 and not header[-1]:
        header.pop()  # "Name,Email," (a trailing delimiter): rows may or may not have it
    problems: list[Problem] = []
    width = len(header)
    for line, cells in records:
        if isinstance(cells, str):
            problems.append(Problem(line, cells))
            continue
        if len(rows) + len(problems) >= max_rows:
            raise ImportFileError(f"{called} has more than {max_rows:,} rows; split it into "
                                  "smaller files (nothing was imported)")
        if not any(c.strip() for c in cells):
            continue  # blank line
        if len(cells) != width and not (len(cells) > width and not any(
                c.strip() for c in cells[width:])):
            problems.append(Problem(line, f"this row has {len(cells)} cells and the header "
                                          f"{width} (a delimiter or a quote is off)"))
            continue
        if max(map(len, cells)) > max_field:
            longest = max(range(len(cells)), key=lambda i: len(cells[i]))
            column = header[longest] if longest < width else f"column {longest + 1}"
            problems.append(Problem(line, f"the cell in column {column!r} is "
                                          f"{len(cells[longest]):,} characters long (the "
                                          f"limit is {max_field:,})"))
            continue
        rows.append((line, cells))
    columns = (csv_mapping.guess(header, target) if header_row
               else csv_mapping.guess_by_content(header, [c for _, c in rows[:50]], target))
    if mapping:
        columns = csv_mapping.apply_explicit(columns, mapping)
    _require_key_columns(columns, called)
    build = csv_rows.row_builder(columns)
    source_rows = []
    for line, cells in rows:
        values = build(cells)
        source_rows.append(SourceRow(line, values, tuple(values.pop(csv_mapping.LEFT_OUT, ()))))
    return SourceFile(
        target=target, rows=source_rows, problems=problems, name=name, format="CSV",
        encoding=encoding_label, delimiter=delimiter,
        header_line=first_line if header_row else None,
        mapping=columns.named(), unmapped=columns.unmapped(), columns=list(columns.header),
    )


class KeyColumnsMissing(ImportFileError):
    """No column names a record. ``columns`` (the header), ``mapping`` (the fields
    found, as SourceFile.mapping) and ``missing`` (what is wanted, in words) let a
    screen offer the columns for a person to map."""

    def __init__(self, message: str, columns: csv_mapping.ColumnMap, missing: list[str]) -> None:
        super().__init__(message)
        self.columns, self.mapping = list(columns.header), columns.named()
        self.missing = missing


def _require_key_columns(columns: csv_mapping.ColumnMap, called: str) -> None:
    """A file that cannot name a single record is refused before anything is planned."""
    if columns.target == "sales":
        needed = [("customer", "email"), ("amount",)]
        words = ["a customer (name or email)", "an amount"]
    elif columns.target == "deals":
        needed = [("person", "organisation", "email")]
        words = ["a contact (person, organisation or email)"]
    else:
        needed = [("name", "first_name", "last_name", "emails", "organisation")]
        words = ["a name or email"]
    missing = [w for keys, w in zip(needed, words) if not columns.has(*keys)]
    if missing:
        shown = ", ".join(repr(h) for h in columns.header[:30])
        raise KeyColumnsMissing(
            f"{called}: no column for {' or '.join(missing)} was found among {shown}; "
            f"map one with --map COLUMN=FIELD (fields: "
            f"{', '.join(csv_mapping.target_fields(columns.target))})",
            columns, missing,
        )
