"""The theme chosen last time, restored at start and saved (off the UI thread) on change."""

from __future__ import annotations

import threading

from textual.app import App

from tuicrm.ui.work import start

GROUP = "settings"
_lock = threading.Lock()  # the newest theme is the one written last


def restore_theme(app: App[object]) -> None:
    """Take the theme chosen last time, from the app's ``__init__``: before
    anything is styled, so that the first styling is in it.

    Set as a person sets it (``app.theme = ...``, whose watcher re-reads and
    re-applies every stylesheet), it cost ~20 ms before the first frame. Here
    the watcher's other work is done by hand: the stylesheet's variables, the
    theme's classes and the ANSI colour filter (one private Textual call: the
    filter has no public setter).
    """
    from tuicrm import config

    theme = config.load_settings().theme
    if not theme or theme == app.theme or theme not in app.available_themes:
        return
    app.set_reactive(App.theme, theme)
    app.stylesheet.set_variables(app.get_css_variables())  # nothing is parsed yet
    current = app.current_theme
    classes = {name: False for name in app.classes if name.startswith("-theme-")}
    app.update_classes({**classes, f"-theme-{current.name}": True,
                        "-dark-mode": current.dark, "-light-mode": not current.dark},
                       update=False)
    app._refresh_truecolor_filter(app.ansi_theme)  # private API (Textual pinned in pyproject.toml)


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

    start(app, save, group=GROUP)
