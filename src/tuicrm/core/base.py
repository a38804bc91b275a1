"""What every group of use cases shares: the open database."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from tuicrm.db import Database


class UseCases:
    """A group of use cases over one open :class:`~tuicrm.db.Database`.

    Each method opens its own read (``self.db.read()``) or write
    (``self.db.write()``) unit of work and returns plain data: values, dicts,
    dataclasses, never a session or a row still bound to one.
    """

    def __init__(self, db: Database) -> None:
        self.db = db

    def _save(self, record_id: int | None, create: Callable[[Session], Any],
              update: Callable[[Session], object]) -> int:
        """One write: ``create`` a record (no ``record_id``; returns its id) or
        ``update`` the one that has it (returns ``record_id``)."""
        with self.db.write() as session:
            if record_id is None:
                return create(session).id or 0
            update(session)
            return record_id
