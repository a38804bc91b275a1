"""Noticing what other terminals changed, without asking the database on the UI thread.

Every few seconds (and when the terminal regains focus) a worker reads the
database's change token (:meth:`tuicrm.db.Database.change_token`): SQLite's
``data_version`` on a connection kept for this, PostgreSQL's snapshot. When it
moved since the last look, the app's ``data_changed()`` reloads the current
screen (keeping its selection) and marks the others stale. The app's own
commits move the token too; that costs one spare reload and never misses a
commit made by someone else in between.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tuicrm.ui.work import start

if TYPE_CHECKING:
    from tuicrm.core.data import Database
    from tuicrm.ui.app import CrmApp

GROUP = "changes"


class ChangeWatch:
    """Polls one app's database for other terminals' commits."""

    def __init__(self, app: CrmApp) -> None:
        self.app = app
        self.token: object = None  # what the last look saw
        self._looking = False
        self._timer: object = None

    def start(self, token: object, interval: float) -> None:
        """Begin from ``token`` (read right after opening), looking every ``interval`` s."""
        self.token = token
        if self._timer is None:
            self._timer = self.app.set_interval(interval, self.look, name="look-for-changes")

    def look(self) -> None:
        """Ask (in a worker) whether anyone changed the data since the last look."""
        database = self.app.database
        if database is None or self._looking:
            return
        self._looking = True

        def read_token() -> None:
            try:
                token = database.change_token()
            except Exception as error:  # noqa: BLE001 - a failed look is retried, quietly
                self.app.log.warning("could not look for changes", error)
                token = None
            self.app.call_from_thread(self._seen, database, token)

        start(self.app, read_token, group=GROUP)

    def _seen(self, database: Database, token: object) -> None:
        self._looking = False
        if database is not self.app.database or token is None or token == self.token:
            return
        first_look = self.token is None
        self.token = token
        if not first_look:
            self.app.data_changed()
