"""Fixes for Textual bugs that cost us a screen; applied once, as ``ui.app`` is imported.

A widget's size for layout (``Widget._get_box_model``) is cached under its
``_layout_updates`` counter, which ``Widget.refresh(layout=True)`` moves only
when no layout request is pending. A second change to the widget's size
between a first request and the widget's next idle (when the request is sent)
kept the size measured in between. Seen on Today: a list was shown (one
request), the screen was laid out as it was resumed (measuring the table
before its rows were counted: height 0), then the rows were counted (a second
request, merged into the first): the list stayed 0 lines high, with its rows
in, until something else moved it (``tests/ui/test_textual_fixes.py``).
Here every layout request moves the counter.

Private API (``_layout_required``, ``_layout_updates``); Textual is pinned in
pyproject.toml, and the test fails if the bug returns or the names change.
"""

from __future__ import annotations

from typing import Any

from textual.widget import Widget

_refresh = Widget.refresh


def _refresh_measuring_again(self: Widget, *regions: Any, repaint: bool = True,
                             layout: bool = False, recompose: bool = False) -> Widget:
    if layout and self._layout_required:  # private API, as below
        self._layout_updates += 1  # Textual moves it only for a first request
    return _refresh(self, *regions, repaint=repaint, layout=layout, recompose=recompose)


def apply() -> None:
    """Patch Textual (once: a second call changes nothing)."""
    if Widget.refresh is not _refresh_measuring_again:
        Widget.refresh = _refresh_measuring_again  # type: ignore[method-assign]
