"""Time against contracts: log it, time it, and see a retainer's hours used."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from tuicrm import dates
from tuicrm.core.base import UseCases
from tuicrm.models import Contract
from tuicrm.services import time_log
from tuicrm.services.common import get_row


@dataclass(frozen=True)
class RunningTimer:
    entry_id: int
    contract_id: int
    contract: str
    started_at: Any  # aware moment


@dataclass(frozen=True)
class ContractTime:
    """What a contract's page shows of its time."""

    hours: time_log.HoursUsed
    entries: list[time_log.TimeRow]
    running: RunningTimer | None  # my timer, if it runs on this contract
    unbilled_minutes: int


class Timekeeping(UseCases):
    def log(self, values: Mapping[str, Any]) -> int:
        with self.write(via="form") as session:
            return time_log.log_time(session=session, data=values).id or 0

    def start(self, contract_id: int, note: str = "") -> int:
        with self.write() as session:
            return time_log.start_timer(session=session, contract_id=contract_id, note=note).id or 0

    def stop(self) -> int:
        """Stop my timer; the minutes it counted."""
        with self.write() as session:
            return time_log.stop_timer(session=session).minutes or 0

    def running(self) -> RunningTimer | None:
        """The timer of whoever this app or command is signed in as, if one runs."""
        with self.db.read() as session:
            entry = time_log.running_timer(session=session, member_id=self.db.actor_id)
            if entry is None:
                return None
            contract = get_row(session, Contract, entry.contract_id, include_deleted=True)
            return RunningTimer(entry.id or 0, entry.contract_id, contract.title, entry.started_at)

    def delete(self, entry_id: int) -> None:
        with self.write() as session:
            time_log.delete_entry(session=session, entry_id=entry_id)

    def restore(self, entry_id: int) -> None:
        with self.write(via="undo") as session:
            time_log.restore_entry(session=session, entry_id=entry_id)

    def contracts_of(self, contact_id: int) -> list[tuple[int, str]]:
        """A contact's contracts time can be logged on, running ones first."""
        with self.db.read() as session:
            return time_log.contracts_of(session=session, contact_id=contact_id)

    def entries(self, contract_id: int, limit: int = 50) -> list[time_log.TimeRow]:
        with self.db.read() as session:
            return time_log.entries(session=session, contract_id=contract_id, limit=limit)

    def contract_time(self, contract_id: int, today: date | None = None,
                      limit: int = 10) -> ContractTime:
        day = today or dates.today()
        with self.db.read() as session:
            contract = get_row(session, Contract, contract_id, include_deleted=True)
            hours = time_log.hours_used(session=session, contract=contract, today=day)
            entries = time_log.entries(session=session, contract_id=contract_id, limit=limit)
            unbilled = sum(e.minutes or 0 for e in time_log.unbilled(
                session=session, contract_id=contract_id, until=day))
        running = self.running()
        if running is not None and running.contract_id != contract_id:
            running = None
        return ContractTime(hours, entries, running, unbilled)

    def hours_used(self, contract_id: int, today: date | None = None) -> time_log.HoursUsed:
        with self.db.read() as session:
            contract = get_row(session, Contract, contract_id)
            return time_log.hours_used(session=session, contract=contract,
                                       today=today or dates.today())
