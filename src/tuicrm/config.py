"""Settings and platform paths.

The database location is chosen in this order: ``--db`` on the command line,
the ``TUICRM_DB`` environment variable, then ``tuicrm.db`` in the platform's
user data directory (created 0700 on first use).

Personal preferences (the theme) live in ``settings.json`` in the same
directory: written atomically and 0600, read forgivingly (a missing, damaged
or foreign file gives the defaults, never an error at start-up). Keys this
version does not know are kept when it saves, so an older and a newer tuicrm
can share one file.
"""

from __future__ import annotations

import contextlib
import dataclasses
import getpass
import json
import os
import sys
import tempfile
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from platformdirs import user_data_path

from tuicrm.private_paths import make_private_dirs

APP_NAME = "tuicrm"
DB_ENV = "TUICRM_DB"
DATA_DIR_ENV = "TUICRM_DATA_DIR"  # tests and the demo point this elsewhere
USER_ENV = "TUICRM_USER"
SETTINGS_FILE = "settings.json"
MAX_SETTINGS_BYTES = 64 * 1024  # a settings file is tiny; anything bigger is not ours


def data_dir() -> Path:
    """The per-user data directory, created private (0700) if missing."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    return make_private_dirs(path)


def backups_dir() -> Path:
    return make_private_dirs(data_dir() / "backups")


def exports_dir() -> Path:
    """Where the app's own exports (CSV of a list) go: private to the user."""
    return make_private_dirs(data_dir() / "exports")


def default_database() -> str:
    """The database the user gets when they name none."""
    return os.environ.get(DB_ENV) or str(data_dir() / "tuicrm.db")


def current_username() -> str:
    """Who is at the keyboard: a setting first, then the OS user."""
    explicit = os.environ.get(USER_ENV)
    if explicit:
        return explicit
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, e.g. in some containers
        return "user"


def sample_database() -> Path | None:
    """The bundled demo database: beside the sources, or installed as data."""
    candidates = [
        Path(__file__).resolve().parents[2] / "sample.db",  # source checkout
        Path(sys.prefix) / "share" / APP_NAME / "sample.db",  # wheel install
    ]
    return next((p for p in candidates if p.is_file()), None)


# --- settings ----------------------------------------------------------------


@dataclass(frozen=True)
class Settings:
    """The user's preferences; every field has a default."""

    theme: str | None = None  # a Textual theme name; None: Textual's default


_settings_lock = threading.RLock()


def settings_path() -> Path:
    return data_dir() / SETTINGS_FILE


def _read_raw(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as file:
            data = file.read(MAX_SETTINGS_BYTES + 1)
        if len(data) > MAX_SETTINGS_BYTES:
            return {}
        raw = json.loads(data.decode("utf-8"))
    except (OSError, ValueError):  # missing, unreadable, not UTF-8, not JSON
        return {}
    return raw if isinstance(raw, dict) else {}


def load_settings() -> Settings:
    """The saved settings, or the defaults for anything missing or malformed."""
    try:
        raw = _read_raw(settings_path())
    except OSError:  # the data directory itself cannot be made
        return Settings()
    values: dict[str, Any] = {}
    for field in dataclasses.fields(Settings):
        value = raw.get(field.name)
        if isinstance(value, str) and value.strip():  # every setting so far is text
            values[field.name] = value.strip()[:100]
    return Settings(**values)


def save_settings(settings: Settings) -> None:
    """Write ``settings`` atomically (a reader sees the old or the new file), 0600."""
    with _settings_lock:
        path = settings_path()
        raw = _read_raw(path)
        raw.update(dataclasses.asdict(settings))
        text = json.dumps(raw, indent=2, sort_keys=True) + "\n"
        fd, temp = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
        try:  # mkstemp creates the file 0600
            with os.fdopen(fd, "w", encoding="utf-8") as file:
                file.write(text)
                file.flush()
                os.fsync(file.fileno())
            os.replace(temp, path)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temp)
            raise


def update_settings(**changes: Any) -> Settings:
    """Change some settings, keeping the rest; returns what was saved."""
    with _settings_lock:
        updated = dataclasses.replace(load_settings(), **changes)
        save_settings(updated)
    return updated
