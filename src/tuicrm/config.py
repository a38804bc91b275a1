"""Settings and platform paths.

The database location is chosen in this order: ``--db`` on the command line,
the ``TUICRM_DB`` environment variable, then ``tuicrm.db`` in the platform's
user data directory (created 0700 on first use).
"""

from __future__ import annotations

import getpass
import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "tuicrm"
DB_ENV = "TUICRM_DB"
DATA_DIR_ENV = "TUICRM_DATA_DIR"  # tests and the demo point this elsewhere
USER_ENV = "TUICRM_USER"


def data_dir() -> Path:
    """The per-user data directory, created private (0700) if missing."""
    override = os.environ.get(DATA_DIR_ENV)
    path = Path(override) if override else user_data_path(APP_NAME, appauthor=False)
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def backups_dir() -> Path:
    path = data_dir() / "backups"
    path.mkdir(mode=0o700, exist_ok=True)
    return path


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
