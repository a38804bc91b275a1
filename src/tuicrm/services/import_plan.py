"""What an import will do (or did), line by line: the plan shown before it is applied.

A plan is made from a :class:`~tuicrm.interop.import_source.SourceFile` by
:func:`tuicrm.services.importing.plan_import` (a dry run: a read session is
enough) and made again inside the write transaction by ``apply_import``, so
what is written is decided against the data as it is at that moment.

Each :class:`PlanLine` says what happens to one line of the file (create,
update, unchanged or skip) and why; the counts and :meth:`ImportPlan.summary`
are what a screen or the CLI shows. Values are plain text, not yet made safe
for a terminal or a screen: the UI shows them through ``safe_text``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from tuicrm.interop.import_source import SourceFile

Progress = Callable[[int, int], None]
"""``progress(done, total)``: called while an import is written."""


class ImportMode(StrEnum):
    CREATE = "create"  # create only: records that exist already are skipped
    UPSERT = "upsert"  # create new records, update existing ones
    UPDATE = "update"  # update only: records not found are skipped

    @property
    def creates(self) -> bool:
        return self is not ImportMode.UPDATE

    @property
    def updates(self) -> bool:
        return self is not ImportMode.CREATE

    @property
    def description(self) -> str:
        return {"create": "create only", "upsert": "create and update",
                "update": "update only"}[self.value]


class Action(StrEnum):
    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"
    SKIP = "skip"


_PAST = {Action.CREATE: "created", Action.UPDATE: "updated", Action.UNCHANGED: "unchanged",
         Action.SKIP: "skipped"}
_FUTURE = {Action.CREATE: "to create", Action.UPDATE: "to update",
           Action.UNCHANGED: "unchanged", Action.SKIP: "skipped"}


@dataclass
class PlanLine:
    """What happens to one line of the file.

    ``label`` names the record (a contact's name, a sale's customer and
    amount, a deal's contact, title, value and stage); ``detail`` says why a
    line is skipped, which fields an update changes, or what else was decided
    (e.g. an organisation not linked, a value left out).
    ``record_id`` is the existing record an update is for, or, once applied,
    the record created. ``payload`` is what the writer needs (internal).
    """

    line: int
    action: Action
    label: str
    detail: str = ""
    record_id: int | None = None
    record_type: str = "contact"
    payload: Any = field(default=None, repr=False, compare=False)


@dataclass
class ImportPlan:
    source: SourceFile
    mode: ImportMode
    lines: list[PlanLine]
    applied: bool = False
    run_id: int | None = None  # the recorded import, once applied

    def __post_init__(self) -> None:
        # By line; on one line, a record the file's own record needs (a sale's
        # new customer) comes first.
        own = self.record_type
        self.lines.sort(key=lambda p: (p.line, p.record_type == own))

    @property
    def record_type(self) -> str:
        """What the file holds: "contact", "sale" or "deal" (a sales or deals import may
        also create contacts)."""
        return {"sales": "sale", "deals": "deal"}.get(self.source.target, "contact")

    def counts(self, record_type: str | None = None) -> dict[Action, int]:
        """Lines per action, for the file's own records unless ``record_type`` says otherwise."""
        wanted = record_type or self.record_type
        counted = Counter(p.action for p in self.lines if p.record_type == wanted)
        return {action: counted.get(action, 0) for action in Action}

    @property
    def writes(self) -> int:
        """How many records applying the plan creates or updates (of every type)."""
        return sum(1 for p in self.lines if p.action in (Action.CREATE, Action.UPDATE))

    def summary(self) -> str:
        """E.g. "contacts: 3 to create, 1 to update, 0 unchanged, 2 skipped" (past tense once applied).

        A sales or deals import adds the contacts it creates: "...; new contacts: 2".
        """
        words = _PAST if self.applied else _FUTURE
        counts = self.counts()
        text = ", ".join(f"{counts[a]:,} {words[a]}" for a in Action)
        text = f"{self.record_type}s: {text}"
        if self.record_type != "contact":
            customers = self.counts("contact")[Action.CREATE]
            if customers:
                text += f"; new contacts {'created' if self.applied else 'to create'}: {customers:,}"
        return text
