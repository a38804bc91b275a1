"""A JSON document written piece by piece, so a large export never sits in memory.

A document is a sequence of ``(key, value)`` pairs, written in that order as
one JSON object. A value that is an *iterator* (a generator of records read
page by page) is streamed as a JSON array, one record per line; any other
value (a string, a number, a dict, a list) is written as it is. Records must
already be JSON-ready (ISO 8601 strings for moments, ints for money: the
services produce them). The file is UTF-8, private (0600) and replaced only
once complete (:func:`~tuicrm.interop.private_file.private_text_file`).
Pure: no database, no Textual.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from tuicrm.interop.private_file import private_text_file

__all__ = ["EXPORT_FORMAT", "FORMAT_VERSION", "PERSONAL_DATA_FORMAT", "write_json_file"]

EXPORT_FORMAT = "tuicrm-export"  # the whole database
PERSONAL_DATA_FORMAT = "tuicrm-personal-data"  # everything about one person
FORMAT_VERSION = 1


def _dumps(value: Any) -> str:
    # ensure_ascii=False keeps names readable; the file is UTF-8. Control
    # characters are still escaped by json, so none reach a terminal raw.
    return json.dumps(value, ensure_ascii=False, allow_nan=False)


def _write_array(handle: TextIO, records: Iterator[Any]) -> int:
    count = 0
    for record in records:
        handle.write(("[\n  " if count == 0 else ",\n  ") + _dumps(record))
        count += 1
    handle.write("\n]" if count else "[]")
    return count


def write_json_file(path: Path, document: Iterable[tuple[str, Any]]) -> dict[str, int]:
    """Write ``document`` as one JSON object to ``path``; returns each streamed array's length."""
    counts: dict[str, int] = {}
    with private_text_file(path) as handle:
        handle.write("{")
        for index, (key, value) in enumerate(document):
            handle.write(("\n" if index == 0 else ",\n") + _dumps(key) + ": ")
            if isinstance(value, Iterator):
                counts[key] = _write_array(handle, value)
            else:
                handle.write(_dumps(value))
        handle.write("\n}\n")
    return counts
