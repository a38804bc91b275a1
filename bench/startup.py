"""Start-up: the first usable screen, Today's first rows, ``tuicrm --help`` and ``tuicrm agenda``.

- The app on the demo data, timed on a pseudo-terminal until its first usable
  screen shows: Today laid out with its keys live (the footer's last key is
  drawn), against a bare Textual app painting one widget (goal <= 1.3x).
- Until Today's first real rows are on the screen (its status line is written
  with them), against the same bare app's first paint (goal <= 1.5x, issue
  22): the demo copy is made and dated, and Today read, through sqlite3 before
  the data layer is imported (``core.quick``).
- ``tuicrm --help`` (goal <= 3x) and ``tuicrm agenda`` on the demo (goal <= 5x)
  against ``python -c pass``.

Each figure's app and floor are timed in turns (``paired_medians``).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from timing import PYTHON, ROOT, Figure, byte_compile_app, paired_medians, until_shown_ms, wall_ms

TUICRM = str(Path(PYTHON).with_name("tuicrm"))
TODAY_READY = "Enter opens · x done"  # the end of Today's status line, written when loaded
FIRST_FRAME = "Sections"  # the footer's last key: the screen is laid out and takes keys


def figures(runs: int = 5) -> list[Figure]:
    byte_compile_app()
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch)
        env = {"TUICRM_DATA_DIR": str(data / "data"), "TUICRM_USER": "bench"}
        # Each figure and its floor in turns: their ratio is the goal.
        bare_app = [PYTHON, str(ROOT / "bench" / "floors" / "bare_app.py")]
        frame, bare = paired_medians(
            runs, lambda: until_shown_ms([TUICRM, "--demo"], FIRST_FRAME, env=env),
            lambda: until_shown_ms(bare_app, "bench-ready"))
        rows, rows_bare = paired_medians(
            runs, lambda: until_shown_ms([TUICRM, "--demo"], TODAY_READY, env=env),
            lambda: until_shown_ms(bare_app, "bench-ready"))
        helped, python = paired_medians(runs, lambda: wall_ms([TUICRM, "--help"], env),
                                        lambda: wall_ms([PYTHON, "-c", "pass"]))
        copy = data / "demo.db"
        shutil.copyfile(ROOT / "sample.db", copy)
        copy.chmod(0o600)
        agenda, agenda_python = paired_medians(
            runs, lambda: wall_ms([TUICRM, "--db", str(copy), "agenda"], env),
            lambda: wall_ms([PYTHON, "-c", "pass"]))
    return [
        Figure("first usable screen (Today laid out, keys live) vs bare app", frame, bare,
               "<= 1.3x"),
        Figure("Today's first real rows (demo) vs bare app's first paint", rows, rows_bare,
               "<= 1.5x"),
        Figure("tuicrm --help vs python -c pass", helped, python, "<= 3x"),
        Figure("tuicrm agenda (demo) vs python -c pass", agenda, agenda_python, "<= 5x"),
    ]


if __name__ == "__main__":
    for figure in figures():
        print(figure.line())
