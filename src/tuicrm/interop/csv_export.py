"""CSV export that spreadsheets cannot turn into formulas.

A cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
is read by Excel, LibreOffice and Google Sheets as a formula (or a DDE call),
so a contact named ``=HYPERLINK(...)`` could run something on the machine of
whoever opens the export. Such cells get a leading apostrophe, which Excel
shows as text and hides. Numbers that we write ourselves (amounts, counts) are
passed as ``int`` or ``Decimal`` and written as they are, so "-5" and "-200.00"
stay numbers.

Phone numbers are the exception: "+44 20 7946 0000" would show its apostrophe
in LibreOffice, so a cell that is only phone numbers (digits, spaces, ``+ ( )
. / -``, an extension, a label in brackets, "; " between them) gets a leading
space instead. Such a cell names no function, cell, file or program, so even a
spreadsheet that trimmed the space and took it as a formula could only add up
digits; both read it as the text it is.
Files are created 0600, like every file holding clients' personal data.
"""

from __future__ import annotations

import csv
import io
import os
import re
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path

from tuicrm.textclean import clean_text

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ONE_PHONE = r"\+?[0-9 ()./-]{3,30}(?: ?(?:x|ext\.?) ?[0-9]{1,6})?(?: \([a-z ]{1,40}\))?"
_PHONES = re.compile(rf"{_ONE_PHONE}(?:; {_ONE_PHONE})*")


def neutralise(value: object) -> str | int:
    """A cell safe to open in a spreadsheet: text that could be a formula is quoted."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int | Decimal):
        return value  # type: ignore[return-value]
    text = clean_text(str(value), multiline=True)
    if not text.startswith(FORMULA_STARTS):
        return text
    return " " + text if _PHONES.fullmatch(text) else "'" + text


def csv_text(header: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """The CSV (comma-separated, CRLF, quoted where needed) for ``header`` and ``rows``."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow([neutralise(v) for v in row])
    return out.getvalue()


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """Write a private (0600) UTF-8 CSV with a BOM, so spreadsheets read accents right.

    Returns the number of data rows written. An existing file is replaced only
    once the new one is complete (written beside it, then renamed).
    """
    partial = path.with_name(f".{path.name}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    count = 0
    try:
        with os.fdopen(fd, "w", encoding="utf-8-sig", newline="") as handle:
            writer = csv.writer(handle, lineterminator="\r\n")
            writer.writerow([neutralise(h) for h in header])
            for row in rows:
                writer.writerow([neutralise(v) for v in row])
                count += 1
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return count
