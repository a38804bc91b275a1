"""The contacts list's filter bar: role, owner, journey stage, tag and sort order.

A self-contained row of controls that posts :class:`ContactFilterBar.Changed`
with a :class:`ContactFilters` whenever any of them changes; the screen loads
the first page again with them. Owners arrive later (they live in the
database), via :meth:`ContactFilterBar.set_owners`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.widgets import Input, Select

from tuicrm.enums import JourneyStage, Role
from tuicrm.ui.text import safe_text

SORTS = (("Name A–Z", "name"), ("Name Z–A", "name_desc"), ("Newest first", "newest"),
         ("Oldest first", "oldest"))


@dataclass(frozen=True)
class ContactFilters:
    """What the list is narrowed to and how it is ordered (empty = everything)."""

    role: str | None = None
    owner_id: int | None = None
    stage: str | None = None
    tag: str = ""
    sort: str = "name"

    @property
    def active(self) -> bool:
        return bool(self.role or self.owner_id or self.stage or self.tag.strip())

    def describe(self) -> str:
        """e.g. "clients · stage retention · tag vip" for the status line."""
        parts = []
        if self.role:
            parts.append({"both": "clients who are also customers"}.get(self.role,
                                                                          f"{self.role}s"))
        if self.stage:
            parts.append(f"stage {self.stage}")
        if self.tag.strip():
            parts.append(f"tag {self.tag.strip().lower()}")
        if self.owner_id:
            parts.append("one owner")
        return " · ".join(parts)


def _select(options: Iterable[tuple[str, object]], prompt: str, id_: str) -> Select[object]:
    return Select([(safe_text(label), value) for label, value in options], prompt=prompt,
                  id=id_, allow_blank=True, classes="filter")


class ContactFilterBar(Horizontal):
    """Role · owner · stage · tag · sort."""

    DEFAULT_CSS = """
    ContactFilterBar { height: auto; margin: 0 1; }
    ContactFilterBar > Select { width: 1fr; }
    ContactFilterBar > Input { width: 1fr; }
    ContactFilterBar > #filter-sort { width: 20; }
    """

    class Changed(Message):
        def __init__(self, filters: ContactFilters) -> None:
            super().__init__()
            self.filters = filters

    def __init__(self) -> None:
        super().__init__(id="contacts-filters")
        self.filters = ContactFilters()

    def compose(self) -> ComposeResult:
        yield _select([(r.value.capitalize() if r != Role.BOTH else "Both", r.value)
                       for r in (Role.CLIENT, Role.CUSTOMER, Role.BOTH, Role.PROSPECT,
                                 Role.LEAD)],
                      "Any role", "filter-role")
        yield _select([], "Any owner", "filter-owner")
        yield _select([(s.value.capitalize(), s.value) for s in JourneyStage],
                      "Any stage", "filter-stage")
        yield Input(placeholder="Tag", id="filter-tag")
        yield Select([(safe_text(label), value) for label, value in SORTS], value="name",
                     allow_blank=False, id="filter-sort", classes="filter")

    def set_owners(self, owners: Iterable[tuple[str, int]]) -> None:
        select = self.query_one("#filter-owner", Select)
        current = select.value
        select.set_options([(safe_text(name), member_id) for name, member_id in owners])
        if current is not Select.NULL:
            select.value = current

    def clear(self) -> None:
        """Back to everything (the sort order stays)."""
        for id_ in ("#filter-role", "#filter-owner", "#filter-stage"):
            self.query_one(id_, Select).clear()
        self.query_one("#filter-tag", Input).value = ""

    def set_sort(self, sort: str) -> None:
        self.query_one("#filter-sort", Select).value = sort

    @on(Select.Changed)
    def _select_changed(self, event: Select.Changed) -> None:
        event.stop()
        value = None if event.value is Select.NULL else event.value
        field = {"filter-role": "role", "filter-owner": "owner_id", "filter-stage": "stage",
                 "filter-sort": "sort"}[event.select.id or ""]
        self._update(**{field: value if value is not None or field != "sort" else "name"})

    @on(Input.Changed, "#filter-tag")
    def _tag_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._update(tag=event.value)

    @on(Input.Submitted, "#filter-tag")
    def _tag_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.screen.focus_next()

    def _update(self, **changes: object) -> None:
        filters = replace(self.filters, **changes)  # type: ignore[arg-type]
        if filters != self.filters:
            self.filters = filters
            self.post_message(self.Changed(filters))
