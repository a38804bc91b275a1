"""Reading the file the import screen names: a path as typed, to a SourceFile.

The same steps as ``tuicrm import FILE`` (a vCard by its suffix or its first
line, CSV otherwise), with the checks a person typing a path needs said in
plain words before anything is read: nothing typed yet, no such file, a
folder, too big. Runs in a worker thread (a file may be large); no Textual,
no database.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tuicrm.errors import CrmError, plain_message
from tuicrm.interop.import_source import (
    MAX_FILE_BYTES,
    VCARD_SUFFIXES,
    ImportFileError,
    SourceFile,
    Target,
    is_vcard,
)

if TYPE_CHECKING:
    from tuicrm.interop.csv_import import KeyColumnsMissing



@dataclass(frozen=True)
class ReadRequest:
    """What to read: the path as typed, what it holds, the person's column choices
    (column -> field, as ``--map`` takes them); ``number`` tells newer from older."""

    number: int
    path: str
    target: Target
    mapping: dict[str, str] = field(default_factory=dict)


def file_path(text: str) -> Path:
    """The path as typed, with ``~`` expanded."""
    return Path(text.strip()).expanduser()


def is_vcard_name(text: str) -> bool:
    return file_path(text).suffix.lower() in VCARD_SUFFIXES if text.strip() else False


def read_import_file(text: str, *, target: Target,
                     mapping: Mapping[str, str] | None = None) -> SourceFile:
    """Read the file at ``text`` (a typed path); raises ImportFileError with a plain message.

    ``mapping`` is the person's own column choices (column -> field, as
    ``--map`` takes them); it applies to CSV only.
    """
    from tuicrm.interop.csv_import import read_csv
    from tuicrm.interop.import_source import source_from_vcard_bytes

    if not text.strip():
        raise ImportFileError("Type the path of a CSV or vCard file to import.")
    path = file_path(text)
    try:
        if path.is_dir():
            raise ImportFileError(f"{path} is a folder: type the path of a file in it.")
        if not path.exists():
            raise ImportFileError(f"There is no file at {path}.")
        if not path.is_file():
            raise ImportFileError(f"{path} is not a regular file.")
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ImportFileError(f"{path.name} is larger than {MAX_FILE_BYTES // 2**20} MiB; "
                                  "split it into smaller files.")
        data = path.read_bytes()
    except OSError as err:  # no permission, a vanished network drive ...
        raise ImportFileError(f"{path} cannot be read: {err.strerror or err}.") from None
    if is_vcard(path.name, data):
        return source_from_vcard_bytes(data, name=path.name)
    return read_csv(data, target=target, name=path.name, mapping=dict(mapping or {}) or None)


def inspect_file(text: str, *, target: Target,
                 mapping: Mapping[str, str] | None = None) -> tuple[SourceFile | None, str]:
    """:func:`read_import_file`, as (the file read, "") or (None or its columns alone, why not).

    A CSV file whose columns name no record comes back with its columns, so
    the screen can offer them for the person to map.
    """
    from tuicrm.interop.csv_import import KeyColumnsMissing

    try:
        return read_import_file(text, target=target, mapping=mapping), ""
    except KeyColumnsMissing as error:
        problem = (f"No column was recognised as {' or '.join(error.missing)}: press Enter "
                   "on the column that holds it, below, and choose its field.")
        return columns_only(text, target, error), problem
    except CrmError as error:
        return None, plain_message(error)


def columns_only(text: str, target: Target, error: KeyColumnsMissing) -> SourceFile:
    """A CSV file none of whose columns names a record (a name, an email ...): no rows,
    just its columns and the fields found so far, so that a person can map one."""
    return SourceFile(target=target, rows=[], name=file_path(text).name, format="CSV",
                      mapping=error.mapping, columns=error.columns)


def column_key(columns: Sequence[str], index: int) -> str:
    """How a column is named in a mapping: its header when that is unambiguous, else its
    number from 1 (two columns called "Email", a header that reads like another's number)."""
    name = columns[index].strip()
    folded = [c.strip().casefold() for c in columns]
    numbers = {str(i) for i in range(1, len(columns) + 1)}
    if name and folded.count(name.casefold()) == 1 and name not in numbers:
        return name
    return str(index + 1)
