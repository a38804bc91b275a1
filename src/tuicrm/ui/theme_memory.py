"""The theme chosen last time, restored at start and saved (off the UI thread) on change."""

from __future__ import annotations

import threading

from textual.app import App

GROUP = "settings"
_lock = threading.Lock()  # the newest theme is the one written last


def restore_theme(app: App[object]) -> None:
    from tuicrm import config

    theme = config.load_settings().theme
    if theme and theme in app.available_themes:
        app.theme = theme


def remember_theme(app: App[object]) -> None:
    """Save ``app.theme`` in the settings file, in a worker thread."""
    theme = app.theme

    def save() -> None:
        from tuicrm import config

        with _lock:
            try:
                config.update_settings(theme=theme)
            except OSError as error:
                app.log.warning("could not save the theme", error)

    app.run_worker(save, thread=True, group=GROUP, exit_on_error=False)
