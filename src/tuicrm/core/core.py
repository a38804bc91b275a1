"""The core: every use case of the screens and the commands, over one database."""

from __future__ import annotations

from tuicrm.core.contact_page import ContactPages
from tuicrm.core.contract_flows import ContractFlows
from tuicrm.core.exports import Exports
from tuicrm.core.imports import Imports
from tuicrm.core.lists import Lists
from tuicrm.core.people import People
from tuicrm.core.personal_data import PersonalData
from tuicrm.core.records import Records
from tuicrm.core.removal import Removal
from tuicrm.core.reports import Reports
from tuicrm.core.schedule import DueWrites, Schedule
from tuicrm.core.settings import Settings
from tuicrm.db import Database


class Core:
    """The application's use cases, built from an open :class:`~tuicrm.db.Database`.

    Grouped by what they are about (``core.lists``, ``core.schedule``,
    ``core.people``, ``core.records``, ``core.removal``, ``core.contract_flows``,
    ``core.reports``, ``core.exports``, ``core.imports``, ``core.settings``); each method opens its own unit of work and returns
    plain data, so a caller never holds a session.
    """

    def __init__(self, db: Database) -> None:
        self.db = db
        self.contact_pages = ContactPages(db)
        self.contract_flows = ContractFlows(db)
        self.due = DueWrites(db)
        self.exports = Exports(db)
        self.imports = Imports(db)
        self.lists = Lists(db)
        self.people = People(db)
        self.personal_data = PersonalData(db)
        self.records = Records(db)
        self.removal = Removal(db)
        self.reports = Reports(db)
        self.schedule = Schedule(db)
        self.settings = Settings(db)
