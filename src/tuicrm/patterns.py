"""Regular expressions compiled when first used.

Compiling the patterns the light modules hold (dates, cleaning, enums, money)
took several milliseconds of every start, most of which use none of them:
``tuicrm agenda`` in a login shell runs near Python's own start-up time.
"""

from __future__ import annotations

import re
from typing import Any


class LazyPattern:
    """A ``re.Pattern`` compiled on first use; otherwise used as one."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source, self._flags = source, flags
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._source, self._flags)
        return getattr(compiled, name)
