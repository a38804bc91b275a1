"""A bar whose boxes are mounted just after its screen's first frame.

A list screen's first showing draws its rows in the frame that first shows
the screen (``CrmScreen.READS_WHILE_COMPOSING``), so what that frame costs is
what a user waits for. A filter bar's boxes were the most of it (a Select is
six widgets), and nobody uses them in the first twentieth of a second: the
bar mounts them just after that frame, in the place it keeps for them (a
fixed height, so nothing on screen moves when they come). Until they are in,
the bar keeps what it is given and shows it once they are.
"""

from __future__ import annotations

from typing import ClassVar

from textual.containers import Horizontal
from textual.widget import Widget


class LazyBoxes(Horizontal):
    """Subclasses give :meth:`make_boxes` and the id of the box ``focus_first`` focuses."""

    FIRST_BOX: ClassVar[str]

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.boxes_in = False
        self._focus_when_in = False

    def make_boxes(self) -> list[Widget]:
        """The boxes, made from what the bar holds when they are mounted."""
        raise NotImplementedError

    def boxes_came(self) -> None:
        """The boxes are in: show on them what came meanwhile."""

    def on_mount(self) -> None:
        async def mount() -> None:
            await self.mount_all(self.make_boxes())
            self.boxes_in = True
            self.boxes_came()
            if self._focus_when_in:
                self.focus_first()

        self.call_after_refresh(mount)

    def focus_first(self) -> None:
        """Focus the first box (once it is in, if it is not yet)."""
        if self.boxes_in:
            self.query_one(f"#{self.FIRST_BOX}").focus()
        else:
            self._focus_when_in = True
