"""Start-up: the first usable screen, ``tuicrm --help`` and ``tuicrm agenda``.

- The app on the demo data, timed on a pseudo-terminal until its first usable
  screen shows: Today laid out with its keys live (the footer's last key is
  drawn), against a bare Textual app painting one widget (goal <= 1.3x). The
  data layer (SQLAlchemy, SQLModel, the models) is imported after that frame,
  as the issue asks, and Today's lists follow; the time until they are loaded
  (Today's status line is written) is printed too, without a goal.
- ``tuicrm --help`` and ``tuicrm agenda`` against ``python -c pass`` (goal <= 3x
  for --help; agenda is reported against the same floor, without a goal).
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from timing import PYTHON, ROOT, Figure, byte_compile_app, median_of, paired_medians, until_shown_ms, wall_ms

TUICRM = str(Path(PYTHON).with_name("tuicrm"))
TODAY_READY = "Enter opens · x done"  # the end of Today's status line, written when loaded
FIRST_FRAME = "Sections"  # the footer's last key: the screen is laid out and takes keys


def figures(runs: int = 5) -> list[Figure]:
    byte_compile_app()
    with tempfile.TemporaryDirectory() as scratch:
        data = Path(scratch)
        env = {"TUICRM_DATA_DIR": str(data / "data"), "TUICRM_USER": "bench"}
        demo = median_of(runs, lambda: until_shown_ms([TUICRM, "--demo"], TODAY_READY, env=env))
        # The first usable screen and its floor in turns: their ratio is the goal.
        frame, bare = paired_medians(
            runs, lambda: until_shown_ms([TUICRM, "--demo"], FIRST_FRAME, env=env),
            lambda: until_shown_ms([PYTHON, str(ROOT / "bench" / "floors" / "bare_app.py")],
                                   "bench-ready"))
        helped, python = paired_medians(runs, lambda: wall_ms([TUICRM, "--help"], env),
                                        lambda: wall_ms([PYTHON, "-c", "pass"]))
        copy = data / "demo.db"
        shutil.copyfile(ROOT / "sample.db", copy)
        agenda = median_of(runs, lambda: wall_ms([TUICRM, "--db", str(copy), "agenda"], env))
    return [
        Figure("first usable screen (Today laid out, keys live) vs bare app", frame, bare,
               "<= 1.3x"),
        Figure("Today's lists loaded (demo) vs bare app", demo, bare, ""),
        Figure("tuicrm --help vs python -c pass", helped, python, "<= 3x"),
        Figure("tuicrm agenda (demo) vs python -c pass", agenda, python, ""),
    ]


if __name__ == "__main__":
    for figure in figures():
        print(figure.line())
