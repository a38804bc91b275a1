"""Boxes mounted just after a screen's first frame.

A list screen's first showing draws its rows in the frame that first shows
the screen (``CrmScreen.READS_WHILE_COMPOSING``), so what that frame costs is
what a user waits for. A filter bar's boxes are the most of it (a Select is six
widgets), and nobody uses them in the first twentieth of a second: their bar
mounts them just after that frame, in the place it keeps for them (a fixed
height), so nothing on screen moves when they come.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from textual.widget import Widget


def mount_after_first_frame(bar: Widget, boxes: Callable[[], Sequence[Widget]],
                            then: Callable[[], object]) -> None:
    """Mount ``boxes()`` into ``bar`` once the screen has been drawn (made then, from
    what the bar holds by that time), then call ``then``."""

    async def mount() -> None:
        await bar.mount_all(boxes())
        then()

    bar.call_after_refresh(mount)
