"""The console script answers ``tuicrm --help`` itself, with click's own words."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from tuicrm import cli
from tuicrm.launcher import MAIN_HELP

TUICRM = Path(sys.executable).with_name("tuicrm")


def click_help(columns: int) -> str:
    """What click prints on a terminal ``columns`` wide (it uses at most 80, less 2)."""
    width = min(columns, 80) - 2
    return CliRunner().invoke(cli.main, ["--help"], prog_name="tuicrm",
                              terminal_width=width).output


def run(*args: str, columns: int) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "COLUMNS": str(columns)}
    return subprocess.run([str(TUICRM), *args], capture_output=True, text=True, env=env,
                          timeout=60, stdin=subprocess.DEVNULL, check=True)


def test_the_stored_help_is_clicks_help() -> None:
    # If this fails, a command or option changed: paste click_help(80) into MAIN_HELP.
    assert click_help(80) == MAIN_HELP


@pytest.mark.parametrize("flag", ["--help", "-h"])
def test_the_console_script_prints_it_on_a_wide_terminal(flag: str) -> None:
    assert run(flag, columns=120).stdout == MAIN_HELP


def test_a_narrow_terminal_gets_clicks_narrower_help() -> None:
    narrow = run("--help", columns=60).stdout
    assert narrow == click_help(60) and narrow != MAIN_HELP


def test_every_other_command_line_goes_to_click() -> None:
    from tuicrm import __version__

    assert run("version", columns=120).stdout.strip() == f"tuicrm {__version__}"
    assert "Usage: tuicrm report" in run("report", "--help", columns=120).stdout


# --- tuicrm and tuicrm --demo open the app without click ------------------------

_OPEN_WITHOUT_TUI = """
import sys
import tuicrm.launcher as launcher
import tuicrm.tui as tui
tui.run_tui = lambda target, **kw: print("OPEN", target, kw.get("title"))
sys.argv = ["tuicrm", *sys.argv[1:]]
launcher.main()
print("click loaded" if "click" in sys.modules else "click not loaded")
"""


def open_app(*args: str, env: dict[str, str]) -> list[str]:
    """What the console script does for ``args``, with the app replaced by a print."""
    done = subprocess.run([sys.executable, "-c", _OPEN_WITHOUT_TUI, *args], capture_output=True,
                          text=True, env={**os.environ, **env}, timeout=60, check=True)
    return done.stdout.splitlines()


def test_the_demo_opens_without_click(tmp_path: Path) -> None:
    opened, loaded = open_app("--demo", env={"TUICRM_DATA_DIR": str(tmp_path)})
    assert opened == f"OPEN {tmp_path / 'demo' / 'demo.db'} tuicrm demo"
    assert loaded == "click not loaded"


def test_bare_tuicrm_opens_the_database_named_by_tuicrm_db_without_click(tmp_path: Path) -> None:
    target = tmp_path / "team.db"
    opened, loaded = open_app(env={"TUICRM_DB": str(target), "TUICRM_DATA_DIR": str(tmp_path)})
    assert (opened, loaded) == (f"OPEN {target} None", "click not loaded")


def test_a_file_tuicrm_cannot_open_is_refused_in_clicks_plain_words(tmp_path: Path) -> None:
    target = tmp_path / "notes.db"
    target.write_text("not a database")
    done = subprocess.run([str(TUICRM)], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "TUICRM_DB": str(target)},
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr.strip() == f"tuicrm: {target} is not a tuicrm database (not a SQLite file)."


def test_a_data_folder_that_cannot_be_made_is_said_in_one_line(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("")
    for args in ([], ["--demo"]):
        done = subprocess.run([str(TUICRM), *args], capture_output=True, text=True, timeout=60,
                              env={**os.environ, "TUICRM_DATA_DIR": str(blocker / "x")},
                              stdin=subprocess.DEVNULL)
        assert done.returncode == 1 and "Traceback" not in done.stderr, done.stderr
        assert done.stderr.startswith("tuicrm: ") and len(done.stderr.splitlines()) == 1
