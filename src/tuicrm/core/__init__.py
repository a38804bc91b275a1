"""The headless application core: what the screens and the commands do.

Everything above the services goes through here, never through a raw
``Session``: the UI and the CLI open the database with :func:`open_database`,
so every write they make keeps the data derived from it (a contact's
stay-in-touch clock, role and purchase figures) true once per transaction.

Its names load on first use (PEP 562), so that :mod:`tuicrm.core.quick`, a
start's first reads, can be imported without the data layer.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from tuicrm.core.core import Core
    from tuicrm.core.database import check_structure, open_database

__all__ = ["Core", "check_structure", "open_database"]


def __getattr__(name: str) -> Any:
    if name == "Core":
        from tuicrm.core.core import Core

        return Core
    if name in ("check_structure", "open_database"):
        from tuicrm.core import database

        return getattr(database, name)
    raise AttributeError(f"module 'tuicrm.core' has no attribute {name!r}")
