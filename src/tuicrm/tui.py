"""Opening the TUI: shared by the console script's fast path and the click command."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable


def run_tui(
    database: str, *, title: str | None = None, prepare: Callable[[], object] | None = None,
    notes: Iterable[str] = (),
) -> None:
    """Open the TUI on ``database`` and return when the person quits.

    ``prepare`` runs in the app's start-up worker before the database opens;
    ``notes`` (about the file's permissions) are shown once the app is up.
    """
    from tuicrm.ui.app import create_app  # Textual loads only here

    app = create_app(database, title=title, prepare=prepare, notes=notes)
    app.run()
    if app.return_code:
        sys.exit(app.return_code)
