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
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, Select

from tuicrm.enums import JourneyStage, Role
from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets.lazy_boxes import LazyBoxes

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


ROLES = [(r.value.capitalize() if r != Role.BOTH else "Both", r.value)
         for r in (Role.CLIENT, Role.CUSTOMER, Role.BOTH, Role.PROSPECT, Role.LEAD)]
STAGES = [(s.value.capitalize(), s.value) for s in JourneyStage]
SELECTS = {"filter-role": "role", "filter-owner": "owner_id", "filter-stage": "stage",
           "filter-sort": "sort"}


def _select(options: Iterable[tuple[str, object]], prompt: str, id_: str,
            value: object) -> Select[object]:
    """``value`` is one of ``options`` (``apply`` sees to it), or None for any."""
    return Select([(safe_text(label), v) for label, v in options], prompt=prompt, id=id_,
                  allow_blank=True, classes="filter",
                  value=Select.NULL if value is None else value)


class ContactFilterBar(LazyBoxes):
    """Role · owner · stage · tag · sort.

    Its boxes (17 widgets: a Select is six) took a third of the list's first
    showing, so they come just after the screen's first frame
    (:class:`~tuicrm.ui.widgets.lazy_boxes.LazyBoxes`). Until they are in, the
    bar keeps the filters and owners it is given and shows them once they are.
    """

    DEFAULT_CSS = """
    ContactFilterBar { height: 3; margin: 0 1; }
    ContactFilterBar > Select { width: 1fr; }
    ContactFilterBar > Input { width: 1fr; }
    ContactFilterBar > #filter-sort { width: 20; }
    """

    class Changed(Message):
        def __init__(self, filters: ContactFilters) -> None:
            super().__init__()
            self.filters = filters

    FIRST_BOX = "filter-role"

    def __init__(self) -> None:
        super().__init__(id="contacts-filters")
        self.filters = ContactFilters()
        self._owners: list[tuple[str, int]] = []

    def make_boxes(self) -> list[Widget]:
        filters = self.filters
        return [_select(ROLES, "Any role", "filter-role", filters.role),
                _select(self._owners, "Any owner", "filter-owner", filters.owner_id),
                _select(STAGES, "Any stage", "filter-stage", filters.stage),
                Input(filters.tag, placeholder="Tag", id="filter-tag"),
                Select([(safe_text(label), value) for label, value in SORTS],
                       value=filters.sort, allow_blank=False, id="filter-sort",
                       classes="filter")]

    def boxes_came(self) -> None:
        self.set_owners(self._owners)  # and the filters: what came while they were mounting

    def set_owners(self, owners: Iterable[tuple[str, int]]) -> None:
        self._owners = list(owners)
        if self.boxes_in:
            with self.prevent(Select.Changed):
                self.query_one("#filter-owner", Select).set_options(
                    [(safe_text(name), member_id) for name, member_id in self._owners])
        self.apply(self.filters)  # an owner who has left the team is left open

    def apply(self, filters: ContactFilters) -> None:
        """Show ``filters`` (a saved view, the sort key, Esc) and tell the screen.
        A choice that is not offered (an owner since removed) is left open."""
        offered = {"role": ROLES, "owner_id": self._owners, "stage": STAGES, "sort": SORTS}
        unknown = {field: None if field != "sort" else "name"
                   for field, choices in offered.items()
                   if all(value != getattr(filters, field) for _label, value in choices)}
        self._update(**{**vars(filters), **unknown})
        self._show()

    def clear(self) -> None:
        """Back to everything (the sort order stays)."""
        self.apply(replace(self.filters, role=None, owner_id=None, stage=None, tag=""))

    def set_sort(self, sort: str) -> None:
        self.apply(replace(self.filters, sort=sort))

    def _show(self) -> None:
        """Set the boxes to :attr:`filters` (quietly: they are what the screen has)."""
        if not self.boxes_in:
            return
        with self.prevent(Select.Changed, Input.Changed):
            for id_, field in SELECTS.items():
                select = self.query_one(f"#{id_}", Select)
                value = getattr(self.filters, field)
                if value is None:
                    select.clear()
                elif select.value != value:
                    select.value = value
            tag = self.query_one("#filter-tag", Input)
            if tag.value != self.filters.tag:
                tag.value = self.filters.tag

    @on(Select.Changed)
    def _select_changed(self, event: Select.Changed) -> None:
        event.stop()
        value = None if event.value is Select.NULL else event.value
        field = SELECTS[event.select.id or ""]
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
