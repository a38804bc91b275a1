"""Backing up, restoring and checking a tuicrm SQLite file.

``tuicrm backup``, ``tuicrm restore FILE`` and ``tuicrm check`` are thin
wrappers around :func:`backup`, :func:`restore` and :func:`check`. Headless and
light: the standard library's ``sqlite3`` only (restore loads Alembic to learn
which schema revisions this tuicrm knows).

How each guarantee is kept (quality.md has the reasons):

- **Copies are consistent.** Every copy goes through SQLite's online backup
  API from a connection holding one read transaction, so it is the database
  as of one commit, even while another program writes (a plain file copy of a
  live WAL database can miss every recent commit or tear a page).
- **A copy counts only once checked.** A new copy must pass
  ``PRAGMA integrity_check``; one that fails is deleted, never kept.
- **A check never writes.** :func:`check` opens the file read-only
  (``mode=ro``) inside one read transaction.
- **Restore changes nothing until it is sure.** The backup is checked first
  (integrity, foreign keys, a tuicrm schema this version knows); the current
  database must pass its own check too (restore never writes to a file that
  failed its check), and is kept as a checked backup before its contents are
  replaced, again through the backup API: other connections see an ordinary
  commit, not a file swapped under them. The result is checked afterwards.
- **Plain failures.** A missing file, a file that is not a (sound) SQLite
  database, a read-only file or folder, a full disk and a database another
  program keeps locked past the busy timeout each give one
  :class:`MaintenanceError` naming the file, never a driver traceback.

Rotation: :func:`backup` records each copy it makes (file name, database,
time) in ``backups.json`` in the backups folder, and deletes only copies
recorded there for the same database, beyond the newest ``keep``. Anything
else in the folder (the copies taken before migrations and restores, files a
person put there) is never deleted. Two backups running at the same moment may
lose one record; that copy is then simply never rotated away.

Known limit: restore is meant for when nobody is working in the database. A
change another program commits in the instant between the safety copy and the
restore is in neither the safety copy nor the restored database (it would be
overwritten by the restore anyway; it is just not kept).
"""

from __future__ import annotations

from tuicrm.maintenance.check import check
from tuicrm.maintenance.common import (
    BUSY_TIMEOUT_S,
    DEFAULT_KEEP,
    MANIFEST_FILE,
    CheckReport,
    MaintenanceError,
)
from tuicrm.maintenance.copies import backup
from tuicrm.maintenance.restore import restore, verify_backup

__all__ = ["BUSY_TIMEOUT_S", "DEFAULT_KEEP", "MANIFEST_FILE", "CheckReport",
           "MaintenanceError", "backup", "check", "restore", "verify_backup"]
