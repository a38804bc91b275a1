"""Clients' personal data stays private whatever the umask: every folder tuicrm
creates is 0700 and every file 0600; a database others may read is tightened
(ours) or named (someone else's); one anyone may write to, owned by another user,
is refused."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from tuicrm.cli import main


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_every_folder_and_file_made_under_umask_000_is_private(tmp_path):
    people = tmp_path / "people.csv"
    people.write_text("Name,Email\nZed Zeta,zed@example.org\n")
    data = tmp_path / "home" / ".local" / "share" / "tuicrm"
    database = tmp_path / "clients" / "2026" / "crm.db"
    env = {**os.environ, "TUICRM_DATA_DIR": str(data)}
    result = subprocess.run(
        [sys.executable, "-m", "tuicrm", "--db", str(database), "import", str(people)],
        env=env, capture_output=True, text=True, timeout=120, preexec_fn=lambda: os.umask(0))
    assert result.returncode == 0, result.stderr
    subprocess.run([sys.executable, "-m", "tuicrm", "--db", str(database), "backup"], env=env,
                   check=True, capture_output=True, timeout=120, preexec_fn=lambda: os.umask(0))
    made = [tmp_path / "home", tmp_path / "home" / ".local", tmp_path / "home" / ".local" /
            "share", data, data / "backups", tmp_path / "clients", database.parent]
    assert {str(p.relative_to(tmp_path)): oct(mode(p)) for p in made} == {
        str(p.relative_to(tmp_path)): "0o700" for p in made}
    files = [database, *[p for p in (data / "backups").iterdir()]]
    files += [p for p in database.parent.iterdir() if p.name.startswith("crm.db-")]
    assert {p.name: oct(mode(p)) for p in files} == {p.name: "0o600" for p in files}


@pytest.fixture
def shared_file(db, db_path) -> Path:
    db.dispose()
    for name in (db_path, Path(f"{db_path}-wal"), Path(f"{db_path}-shm")):
        if name.exists():
            os.chmod(name, 0o664)
    return db_path


def test_a_database_of_ours_others_can_read_is_made_private_and_said(shared_file):
    result = CliRunner().invoke(main, ["--db", str(shared_file), "import", "--undo"])
    assert "it is now private to you (and your group)" in result.output
    assert mode(shared_file) == 0o660  # the group (a team on one machine) keeps its access
    for sidecar in (Path(f"{shared_file}-wal"), Path(f"{shared_file}-shm")):
        if sidecar.exists():
            assert mode(sidecar) & 0o007 == 0


def test_a_command_that_only_reads_says_how_to_fix_it(shared_file):
    result = CliRunner().invoke(main, ["--db", str(shared_file), "agenda"])
    assert result.exit_code == 0
    assert f"chmod o-rwx {shared_file}" in result.output
    assert mode(shared_file) == 0o664  # a reader changes nothing


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to give the file to another user")
def test_another_users_database_anyone_may_write_is_refused(db, db_path):
    db.dispose()
    with closing(sqlite3.connect(db_path)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
    os.chown(db_path, 65534, 65534)
    os.chmod(db_path, 0o666)
    before = db_path.read_bytes()
    for args in (["agenda"], ["import", "--undo"]):
        result = CliRunner().invoke(main, ["--db", str(db_path), *args])
        assert result.exit_code == 1
        assert "belongs to another user and anyone on this machine may write to it" in \
            result.output
    assert db_path.read_bytes() == before
