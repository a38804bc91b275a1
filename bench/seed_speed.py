"""Seeding the demo firm (``tuicrm seed``) against its floor, in the same run.

    .venv/bin/python bench/seed_speed.py              # 5 runs a side
    .venv/bin/python bench/seed_speed.py --rev HEAD~3 # also an older commit's seeding

- **app**: ``seed_database`` as ``tuicrm seed`` runs it, each write keeping
  the contacts' derived columns (stay-in-touch clock, role, purchase
  figures) as the app does (:mod:`tuicrm.services.derived`).
- **floor**: the same records written with no upkeep at all, then every
  contact's columns worked out once at the end: what a seed cannot go below.
- ``--rev REV``: the same seeding from a checkout of ``REV`` (a temporary
  ``git worktree``), in turns with the others, to show what a change moved.

Runs alternate (app, floor, rev, app, ...) so the machine's moods fall on
every side alike; each is a fresh process and a fresh file.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# Each side is one fresh process; it prints the seconds seed_database took.
_APP = """
import sys, time
from datetime import date
from tuicrm.core import open_database
from tuicrm.seed import seed_database
db = open_database(sys.argv[1])
started = time.perf_counter()
seed_database(db, today=date(2026, 11, 22))
print(time.perf_counter() - started)
"""
_FLOOR = """
import sys, time
from datetime import date
from tuicrm.db import Database
from tuicrm.seed import seed_database
from tuicrm.services import touch_clock
db = Database.open(sys.argv[1], upkeep=None)
started = time.perf_counter()
seed_database(db, today=date(2026, 11, 22))
with db.write() as session:
    touch_clock.refresh(session)
print(time.perf_counter() - started)
"""
# Older commits opened with Database.open(path), which installed their own upkeep.
_OLD = _APP.replace("from tuicrm.core import open_database", "from tuicrm.db import Database").replace(
    "open_database(sys.argv[1])", "Database.open(sys.argv[1])")


def _seconds(script: str, folder: Path, n: int, src: Path) -> float:
    env = {"PYTHONPATH": str(src), "TUICRM_DATA_DIR": str(folder / "data"), "PATH": "/usr/bin:/bin"}
    out = subprocess.run([sys.executable, "-c", script, str(folder / f"seed-{n}.db")],
                         capture_output=True, text=True, check=True, env=env)
    return float(out.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--rev", help="also time this commit's seeding")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        sides = {"app": (_APP, ROOT / "src"), "floor": (_FLOOR, ROOT / "src")}
        if args.rev:
            tree = folder / "rev"
            subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "-q", str(tree), args.rev],
                           check=True)
            sides[args.rev] = (_OLD, tree / "src")
        try:
            times: dict[str, list[float]] = {name: [] for name in sides}
            n = 0
            for _ in range(args.runs):
                for name, (script, src) in sides.items():
                    n += 1
                    times[name].append(_seconds(script, folder, n, src))
        finally:
            if args.rev:
                subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], check=True)
    floor = statistics.median(times["floor"])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"seed the demo firm, {name:>8}: {median * 1000:7.0f} ms  {median / floor:5.2f}x the floor")


if __name__ == "__main__":
    main()
