"""What every group of use cases shares: the open database, and who writes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from sqlalchemy.orm import Session

from tuicrm.db import Database, act_as
from tuicrm.services import history, team
from tuicrm.services.edits import Merged, merged_in


@dataclass(frozen=True)
class Saved:
    """A saved record, and what the save kept of someone else's newer changes
    (it started from an older copy, and their changes did not clash)."""

    id: int
    merged: Merged | None = None


@dataclass
class Writer:
    """Who the core's writes are by: a username still to sign in (a command
    line), or nobody to sign in (the app signed in when it opened); and the way
    in that the field history names for them unless a use case says better."""

    username: str | None = None
    via: str = "app"


class UseCases:
    """A group of use cases over one open :class:`~tuicrm.db.Database`.

    Each method opens its own read (``self.db.read()``) or write
    (``self.db.write()``) unit of work and returns plain data: values, dicts,
    dataclasses, never a session or a row still bound to one.
    """

    def __init__(self, db: Database, writer: Writer | None = None) -> None:
        self.db = db
        self.writer = writer or Writer()

    @contextmanager
    def write(self, *, sign_in: bool = True, via: str | None = None) -> Iterator[Session]:
        """A write unit of work. The first one of a command line signs its user in,
        in the same transaction, so every row it writes says who wrote it, and a
        write that fails leaves no sign-in behind either. ``via`` names the way
        in (a form, an import, an undo ...) in the field history."""
        member_id = None
        with self.db.write() as session:
            history.set_via(session, via or self.writer.via)
            username = self.writer.username
            if sign_in and username is not None and self.db.actor_id is None:
                member_id = team.sign_in(session=session, username=username).id
                act_as(session, member_id)
            yield session
        if member_id is not None:  # committed: later writes are by them too
            self.db.actor_id = member_id

    def _save(self, record_id: int | None, create: Callable[[Session], Any],
              update: Callable[[Session], object]) -> Saved:
        """One write: ``create`` a record (no ``record_id``) or ``update`` the one
        that has it."""
        with self.write(via="form") as session:
            if record_id is None:
                return Saved(create(session).id or 0)
            update(session)
            return Saved(record_id, merged_in(session))
