"""The core: every use case of the screens and the commands, over one database."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from tuicrm.core.base import Writer
from tuicrm.core.bulk import Bulk
from tuicrm.core.cleanup import Cleanup
from tuicrm.core.contact_page import ContactPages
from tuicrm.core.contract_flows import ContractFlows
from tuicrm.core.deals import Deals
from tuicrm.core.history import History
from tuicrm.core.invoicing import Invoicing
from tuicrm.core.lists import Lists
from tuicrm.core.people import People
from tuicrm.core.personal_data import PersonalData
from tuicrm.core.records import Records
from tuicrm.core.removal import Removal
from tuicrm.core.reports import Reports
from tuicrm.core.schedule import DueWrites, Schedule
from tuicrm.core.settings import Settings
from tuicrm.core.timekeeping import Timekeeping
from tuicrm.db import Database

if TYPE_CHECKING:
    from tuicrm.core.exports import Exports
    from tuicrm.core.imports import Imports


class Core:
    """The application's use cases, built from an open :class:`~tuicrm.db.Database`.

    Grouped by what they are about (``core.lists``, ``core.schedule``,
    ``core.people``, ``core.records``, ``core.removal``, ``core.contract_flows``,
    ``core.reports``, ``core.deals``, ``core.exports``, ``core.imports``, ``core.history``,
    ``core.settings`` ...);
    each method opens its own unit of work and returns plain data, so a caller
    never holds a session.
    """

    def __init__(self, db: Database, *, username: str | None = None) -> None:
        """``username``: a command line's user, signed in by its first write (the
        app signs in as it opens the database, and passes none)."""
        self.db = db
        self.writer = writer = Writer(username, via="command" if username else "app")
        self.bulk = Bulk(db, writer)
        self.cleanup = Cleanup(db, writer)
        self.contact_pages = ContactPages(db, writer)
        self.contract_flows = ContractFlows(db, writer)
        self.deals = Deals(db, writer)
        self.due = DueWrites(db, writer)
        self.history = History(db, writer)
        self.invoicing = Invoicing(db, writer)
        self.lists = Lists(db, writer)
        self.people = People(db, writer)
        self.personal_data = PersonalData(db, writer)
        self.records = Records(db, writer)
        self.removal = Removal(db, writer)
        self.reports = Reports(db, writer)
        self.schedule = Schedule(db, writer)
        self.settings = Settings(db, writer)
        self.time = Timekeeping(db, writer)

    # Files in and out load their formats' libraries (icalendar, vCard, mail,
    # CSV mapping: ~4 MiB) when first used, not with every start of the app.
    @cached_property
    def exports(self) -> Exports:
        from tuicrm.core.exports import Exports

        return Exports(self.db, self.writer)

    @cached_property
    def imports(self) -> Imports:
        from tuicrm.core.imports import Imports

        return Imports(self.db, self.writer)
