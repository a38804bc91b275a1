"""Every benchmark (issues 7 and 22), each against its floor measured in the same run.

    .venv/bin/python bench/run.py              # makes the two databases once, in bench/data/
    .venv/bin/python bench/run.py --runs 3     # fewer repetitions (default 7), for a quick look

Prints one line per figure: the app's median, the floor's, their ratio and
the goal ("ok" or "MISS"). The databases are made by ``generate.py`` on
first use (about a minute for the large one) and reused afterwards; they are
not committed (bench/data/ is ignored).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402
import import_speed  # noqa: E402
import memory  # noqa: E402
import screens  # noqa: E402
import startup  # noqa: E402

DATA = HERE / "data"


def database(name: str, scale: float) -> Path:
    return generate.made_once(DATA / name, scale)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="repetitions per median")
    args = parser.parse_args()
    big, small = database("large.db", 1.0), database("medium.db", 0.1)
    figures = []
    with tempfile.TemporaryDirectory() as scratch:  # the app may write to its file
        big_copy, small_copy = Path(scratch) / "large.db", Path(scratch) / "medium.db"
        shutil.copyfile(big, big_copy)
        shutil.copyfile(small, small_copy)
        for group in (startup.figures(args.runs), screens.figures(big_copy, small_copy,
                                                                  args.runs),
                      import_speed.figures(max(1, args.runs // 2)), memory.figures(big_copy)):
            for figure in group:
                print(figure.line(), flush=True)
                figures.append(figure)
    goals = [f for f in figures if f.goal]  # figures printed without a goal are not goals
    met = [f for f in goals if f.met]
    print(f"\n{len(met)} of {len(goals)} goals met (a search's worst keystroke is its line's note).")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
