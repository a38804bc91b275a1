"""The structure check that guards every write, at 1M sales, against reading the file.

    .venv/bin/python bench/structure_check.py              # bench/data/large.db (made once)
    .venv/bin/python bench/structure_check.py PATH.db --runs 5

Commands that write run ``db_file.structure_problems`` (SQLite's ``quick_check``)
first, and the app runs it in the background after its first frame, holding
writes until it passes. Three figures, each the median of ``--runs`` warm runs,
in turns with their floor:

- ``quick_check`` (what tuicrm runs) against reading every byte of the file
  (the floor: a check must at least read every page);
- ``integrity_check``, the full check it was chosen over (it also checks every
  index against its table), against the same floor.

The measurements that chose it (this machine, 551 MiB, warm): quick_check 1.2 s,
integrity_check 7.9 s.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import time
from contextlib import closing
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

from timing import Figure, paired_medians  # noqa: E402


def read_every_byte(path: Path) -> float:
    started = time.perf_counter()
    with path.open("rb") as handle:
        while handle.read(1 << 20):
            pass
    return (time.perf_counter() - started) * 1000


def pragma(path: Path, statement: str) -> float:
    started = time.perf_counter()
    with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)) as conn:
        verdict = conn.execute(statement).fetchall()
    if verdict != [("ok",)]:
        raise SystemExit(f"{path} failed {statement}: {verdict[:3]}")
    return (time.perf_counter() - started) * 1000


def figures(path: Path, runs: int) -> list[Figure]:
    from tuicrm.db_file import structure_problems

    def quick() -> float:
        started = time.perf_counter()
        if structure_problems(path):
            raise SystemExit(f"{path} failed its structure check")
        return (time.perf_counter() - started) * 1000

    size = path.stat().st_size / 2**20
    app, floor = paired_medians(runs, quick, lambda: read_every_byte(path))
    full, floor2 = paired_medians(runs, lambda: pragma(path, "PRAGMA integrity_check"),
                                  lambda: read_every_byte(path))
    return [
        Figure(f"structure check (quick_check), {size:.0f} MiB", app, floor, "",
               note="floor: reading every byte of the file"),
        Figure(f"integrity_check (not chosen), {size:.0f} MiB", full, floor2, "",
               note="floor: reading every byte of the file"),
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", nargs="?", type=Path, default=HERE / "data" / "large.db",
                        help="a generate.py database (default: bench/data/large.db, "
                             "made on first use)")
    parser.add_argument("--runs", type=int, default=3, help="repetitions per median")
    args = parser.parse_args(argv)
    import generate

    generate.made_once(args.database)
    for figure in figures(args.database, args.runs):
        print(figure.line(), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
