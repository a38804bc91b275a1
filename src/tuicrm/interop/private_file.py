"""Writing an export the way every file of clients' data is written: private and whole.

The text goes to a hidden file beside the target, created 0600 (quality.md,
"Privacy"), is flushed to disk, and only then renamed over the target, so a
crash, a full disk or an error half-way leaves the old file (or none), never a
truncated one. Pure: no database, no Textual.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, TextIO


@contextmanager
def _whole(path: Path, mode: str, **options: str) -> Iterator[IO[Any]]:
    """A handle on a hidden 0600 file beside ``path`` that becomes ``path`` when the
    block ends well (flushed to disk first); on any error it is removed."""
    partial = path.with_name(f".{path.name}.partial")
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, mode, **options) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


@contextmanager
def private_text_file(path: Path) -> Iterator[TextIO]:
    """A UTF-8 text handle whose content becomes ``path`` (0600) when the block ends well.

    Newlines are written as given (``newline=""``): vCard needs CRLF. On any
    error the partial file is removed and the error goes on.
    """
    with _whole(path, "w", encoding="utf-8", newline="") as handle:
        yield handle  # type: ignore[misc]


def write_private_bytes(path: Path, data: bytes) -> None:
    """``data`` becomes ``path`` (0600), whole or not at all, as the text files do."""
    with _whole(path, "wb") as handle:
        handle.write(data)
