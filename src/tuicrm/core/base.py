"""What every group of use cases shares: the open database."""

from __future__ import annotations

from tuicrm.db import Database


class UseCases:
    """A group of use cases over one open :class:`~tuicrm.db.Database`.

    Each method opens its own read (``self.db.read()``) or write
    (``self.db.write()``) unit of work and returns plain data: values, dicts,
    dataclasses, never a session or a row still bound to one.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
