"""A bar whose boxes are mounted just after its screen's first rows are drawn.

A list screen's first showing draws its rows in the frame that first shows
the screen (``CrmScreen.READS_WHILE_COMPOSING``), so what that frame costs is
what a user waits for. A filter bar's boxes were the most of it (a Select is
six widgets), and nobody uses them in the first twentieth of a second: the
bar mounts them just after the frame that shows the screen's rows (or says
its read failed; ``CrmScreen.when_first_shown``, with a deadline), in the
place it keeps for them (a
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
            if not self._still_wanted():
                return
            await self.mount_all(self.make_boxes())
            if not self._still_wanted():  # the app stopped while they mounted: half-made
                return
            self.boxes_in = True
            self.boxes_came()
            if self._focus_when_in:
                self.focus_first()

        # After the screen's first rows (CrmScreen.when_first_shown), not only its
        # first frame: a read that came after that frame waited behind the boxes.
        after_rows = getattr(self.screen, "when_first_shown", None)
        if callable(after_rows):  # mounted on the bar's own queue, not the screen's
            after_rows(lambda: self.call_later(mount))
        else:
            self.call_after_refresh(mount)

    def _still_wanted(self) -> bool:
        """Not when the app is stopping (a Select mounted then is left without its
        parts, and filling it raised) or the screen is gone."""
        return self.app.is_running and self.is_attached

    def focus_first(self) -> None:
        """Focus the first box (once it is in, if it is not yet)."""
        if self.boxes_in:
            self.query_one(f"#{self.FIRST_BOX}").focus()
        else:
            self._focus_when_in = True
