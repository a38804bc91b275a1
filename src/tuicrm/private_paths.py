"""Folders only their owner can open, whatever the umask.

``Path.mkdir(mode=0o700, parents=True)`` gives the mode to the last folder
only: the parents it makes (``~/.local``, ``~/.local/share``, a new ``--db``
folder) get the umask's default, 0777 under ``umask 000``, and another user
could then swap a database of their own in. Here every folder made is 0700.
"""

from __future__ import annotations

import os
from pathlib import Path


def make_private_dirs(path: Path) -> Path:
    """Create ``path`` and any missing parents, each 0700; returns ``path``.

    Folders that already exist are left as they are (they are someone's own).
    """
    missing: list[Path] = []
    here = path.absolute()
    while not here.exists():
        missing.append(here)
        if here.parent == here:
            break
        here = here.parent
    for folder in reversed(missing):
        try:
            os.mkdir(folder, 0o700)
        except FileExistsError:
            continue  # made meanwhile by another process
        os.chmod(folder, 0o700)  # the umask can only take bits away; be exact anyway
    return path
