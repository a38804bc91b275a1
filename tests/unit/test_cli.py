"""The command line: start-up imports, seed, demo, and plain one-line errors.

The TUI is never started here: ``tuicrm.cli.run_tui`` is replaced by a
recorder, so the commands that would open it return at once.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner

from tuicrm import cli, config, dates, demo
from tuicrm import seed as seeding
from tuicrm.core import open_database

REPO_SAMPLE = Path(__file__).resolve().parents[2] / "sample.db"
TUICRM = Path(sys.executable).with_name("tuicrm")


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def launched(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str | None]]:
    """Replace the TUI launch; records (database, title) per launch.

    Like the app's start-up worker, it runs ``prepare`` before "opening".
    """
    calls: list[tuple[str, str | None]] = []

    def fake_run_tui(database, *, title=None, prepare=None, notes=()):
        if prepare is not None:
            prepare()
        calls.append((database, title))

    monkeypatch.setattr(cli, "run_tui", fake_run_tui)
    return calls


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_tuicrm(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(TUICRM), *args], capture_output=True, text=True,
                          timeout=timeout, stdin=subprocess.DEVNULL)


def assert_one_plain_line(result: subprocess.CompletedProcess[str], *words: str) -> None:
    stderr = result.stderr
    assert result.returncode == 1
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("tuicrm: ")
    for word in words:
        assert word in lines[0]


# --- start-up ----------------------------------------------------------------


def test_help_lists_the_options_and_commands(runner: CliRunner) -> None:
    result = runner.invoke(cli.main, ["--help"])
    assert result.exit_code == 0
    for word in ("--db", "--demo", "seed", "version"):
        assert word in result.output


def test_version(runner: CliRunner) -> None:
    from tuicrm import __version__

    assert runner.invoke(cli.main, ["version"]).output.strip() == f"tuicrm {__version__}"
    assert runner.invoke(cli.main, ["--version"]).output.strip() == f"tuicrm {__version__}"


@pytest.mark.parametrize("argv", [["--help"], ["version"], ["seed", "--help"]])
def test_non_ui_commands_import_neither_textual_nor_the_data_layer(argv: list[str]) -> None:
    code = (
        "import sys\n"
        "from tuicrm.cli import main\n"
        f"try:\n    main({argv!r})\nexcept SystemExit:\n    pass\n"
        "heavy = ('textual', 'sqlalchemy', 'sqlmodel', 'alembic')\n"
        "print('LOADED', sorted(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True)
    assert done.stdout.strip().splitlines()[-1] == "LOADED []"


def test_console_script_help_works() -> None:
    done = run_tuicrm("--help")
    assert done.returncode == 0 and "Usage: tuicrm" in done.stdout


# --- opening the TUI ---------------------------------------------------------


def test_bare_tuicrm_opens_the_users_database(runner, launched, private_environment):
    assert runner.invoke(cli.main, []).exit_code == 0
    assert launched == [(str(private_environment / "tuicrm.db"), None)]


def test_db_option_and_environment(runner, launched, tmp_path, monkeypatch):
    chosen = tmp_path / "mine.db"
    assert runner.invoke(cli.main, ["--db", str(chosen)]).exit_code == 0
    monkeypatch.setenv("TUICRM_DB", str(tmp_path / "env.db"))
    assert runner.invoke(cli.main, []).exit_code == 0
    assert [db for db, _title in launched] == [str(chosen), str(tmp_path / "env.db")]


# --- errors: one plain line, exit 1 ------------------------------------------


def test_not_a_database_is_one_plain_line(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(os.urandom(4096))
    done = run_tuicrm("--db", str(path))
    assert done.returncode == 1
    assert_one_plain_line(done, str(path), "not a tuicrm database")


def test_damaged_database_is_one_plain_line(tmp_path: Path) -> None:
    path = tmp_path / "damaged.db"
    open_database(path).dispose()
    data = bytearray(path.read_bytes())
    data[100:] = b"\xa5" * (len(data) - 100)  # header intact, pages wrecked
    path.write_bytes(bytes(data))
    done = run_tuicrm("--db", str(path))
    assert done.returncode == 1
    assert_one_plain_line(done, str(path), "damaged")


def test_read_only_database_is_one_plain_line(db_path: Path) -> None:
    open_database(db_path).dispose()
    db_path.chmod(0o444)
    before = sha256(db_path)
    done = run_tuicrm("--db", str(db_path))
    assert done.returncode == 1
    assert_one_plain_line(done, str(db_path), "read-only")
    assert sha256(db_path) == before


def test_a_directory_is_not_a_database(runner, launched, tmp_path):
    result = runner.invoke(cli.main, ["--db", str(tmp_path)])
    assert result.exit_code == 1 and not launched
    assert result.stderr.strip() == f"tuicrm: {tmp_path} is a directory, not a database file."


def test_os_errors_are_one_plain_line(tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    done = run_tuicrm("seed", "--out", str(blocker / "sample.db"))
    assert done.returncode == 1
    assert_one_plain_line(done, str(blocker))


# --- seed --------------------------------------------------------------------


def test_seed_refuses_to_overwrite(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "sample.db"
    out.write_bytes(b"precious")
    result = runner.invoke(cli.main, ["seed", "--out", str(out)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"tuicrm: {out} already exists; pass --force to replace it."
    assert out.read_bytes() == b"precious"


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One ``tuicrm seed`` run, shared by the tests that only read its result."""
    out = tmp_path_factory.mktemp("seed") / "sample.db"
    with pytest.MonkeyPatch.context() as env:  # as private_environment, for the module
        env.setenv("TUICRM_DATA_DIR", str(tmp_path_factory.mktemp("tuicrm-data")))
        env.setenv("TUICRM_USER", "tester")
        env.delenv("TUICRM_DB", raising=False)
        result = CliRunner().invoke(cli.main, ["seed", "--out", str(out)])
    assert result.exit_code == 0, result.output
    return out


def test_seed_creates_a_compact_single_file_sample(seeded: Path) -> None:
    assert sorted(p.name for p in seeded.parent.iterdir()) == ["sample.db"]  # no -wal / -shm
    with closing(sqlite3.connect(f"file:{seeded}?mode=ro", uri=True)) as conn:
        contacts = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
        assert 40 <= contacts <= 100
        assert conn.execute("SELECT value FROM app_meta WHERE key = ?",
                            (seeding.ANCHOR_KEY,)).fetchone() == (cli.SEED_ANCHOR.isoformat(),)
        assert conn.execute("PRAGMA journal_mode").fetchone() == ("delete",)
        assert conn.execute("PRAGMA freelist_count").fetchone() == (0,)
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        # nothing is stamped after the anchor day, whatever today is
        (latest,) = conn.execute("SELECT max(created_at) FROM contact").fetchone()
        assert latest[:10] <= cli.SEED_ANCHOR.isoformat()


def test_seed_force_replaces_the_file_and_its_journals(runner, tmp_path, seeded):
    out = tmp_path / "sample.db"
    out.write_bytes(b"old")
    Path(f"{out}-wal").write_bytes(b"stale wal")
    Path(f"{out}-shm").write_bytes(b"stale shm")
    result = runner.invoke(cli.main, ["seed", "--out", str(out), "--force"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sample.db"]
    assert sha256(out) == sha256(seeded), "seeding twice must give the same bytes"


def test_a_failed_seed_leaves_no_file(runner, tmp_path, monkeypatch):
    from tuicrm.seed import build

    def broken(s):  # a phase after team, contacts and contracts are written
        raise RuntimeError("half way")

    monkeypatch.setattr(build, "seed_meetings", broken)
    out = tmp_path / "sample.db"
    result = runner.invoke(cli.main, ["seed", "--out", str(out)])
    assert result.exit_code == 1 and "half way" in result.stderr
    assert not list(tmp_path.glob("sample.db*"))


# --- demo ----------------------------------------------------------------------


def test_demo_opens_a_dated_copy_and_never_touches_sample_db(
    runner, launched, private_environment
):
    assert config.sample_database() == REPO_SAMPLE
    before = sha256(REPO_SAMPLE)
    with closing(sqlite3.connect(f"file:{REPO_SAMPLE}?mode=ro", uri=True)) as conn:
        contacts = conn.execute("SELECT count(*) FROM contact").fetchone()[0]
    result = runner.invoke(cli.main, ["--demo"])
    assert result.exit_code == 0, result.output
    copy = private_environment / "demo" / demo.DEMO_FILE
    assert launched == [(str(copy), "tuicrm demo")]
    with closing(sqlite3.connect(copy)) as conn:
        assert conn.execute("SELECT value FROM app_meta WHERE key = ?",
                            (seeding.ANCHOR_KEY,)).fetchone() == (dates.today().isoformat(),)
        assert conn.execute("SELECT count(*) FROM contact").fetchone()[0] == contacts
        conn.execute("CREATE TABLE scribble (x)")  # the demo user changes their copy
    assert copy.stat().st_mode & 0o077 == 0  # private, like every database file

    result = runner.invoke(cli.main, ["--demo"])  # a second demo starts fresh
    assert result.exit_code == 0, result.output
    with closing(sqlite3.connect(copy)) as conn:
        assert not conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'scribble'"
                                ).fetchall()
    assert sha256(REPO_SAMPLE) == before


def test_demo_without_sample_db_says_so(runner, launched, monkeypatch):
    monkeypatch.setattr(config, "sample_database", lambda: None)
    result = runner.invoke(cli.main, ["--demo"])
    assert result.exit_code == 1 and not launched
    assert result.stderr.startswith("tuicrm: the demo needs sample.db")
    assert len(result.stderr.strip().splitlines()) == 1


def test_demo_and_db_together_is_a_usage_error(runner, launched, tmp_path):
    result = runner.invoke(cli.main, ["--demo", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 2 and not launched


def test_the_demo_reaches_the_screen_before_the_data_layer_loads(private_environment):
    """Making the demo copy needs SQLAlchemy; it happens after the first frame."""
    script = (
        "import sys\n"
        "from tuicrm import cli\n"
        "def launch(database, *, title=None, prepare=None):\n"
        "    print('sqlalchemy' in sys.modules, callable(prepare))\n"
        "cli.run_tui = launch\n"
        "cli.main(['--demo'], standalone_mode=False)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60, env={**os.environ})
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "True"]
