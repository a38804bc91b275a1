"""Reports at 1M sales: the kept purchase figures against the live queries, same run.

    .venv/bin/python bench/report_speed.py                 # bench/data/large.db (made once)
    .venv/bin/python bench/report_speed.py PATH.db --runs 7

Two figures, each the median of ``--runs`` warm runs (after one warm-up), on a
copy of the database (opening it may migrate it and fill in the figures each
contact keeps, as the app's start-up does):

- the Reports screen's whole read for this month (``core.reports.report``: every key
  figure, contacts by role, contracts by status), against the same read with
  segments, the re-engage count and contacts by role worked out live from the
  sales (``live_segment_counts``, ``live_reengage_count``,
  ``live_contacts_by_role``: the definitions, which the tests use as oracles);
- the re-engage list's first page (50 rows, as the screen asks), against
  ``live_reengage_list``.

Both sides share everything else (indexes, the billing pre-filter), so the
ratio is what keeping the figures buys; the app's own before-and-after is in
the commit messages. Each pair's results are checked equal before timing.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from timing import Figure, median_of  # noqa: E402

PAGE = 50  # the re-engage screen's page


@contextmanager
def live_figures() -> Iterator[None]:
    """The Reports read with the live definitions in place of the kept figures."""
    from tuicrm.services import metrics_report, overview
    from tuicrm.services.metrics_customer_lists import live_reengage_count, live_segment_counts

    saved = (metrics_report.segment_counts, metrics_report.reengage_count,
             overview.contacts_by_role)
    metrics_report.segment_counts = live_segment_counts
    metrics_report.reengage_count = live_reengage_count
    overview.contacts_by_role = overview.live_contacts_by_role
    try:
        yield
    finally:
        (metrics_report.segment_counts, metrics_report.reengage_count,
         overview.contacts_by_role) = saved


def figures(path: Path, runs: int) -> Iterator[Figure]:
    from tuicrm import dates
    from tuicrm.core import Core, open_database
    from tuicrm.services import touch_clock
    from tuicrm.services.metrics_customer_lists import live_reengage_list, reengage_list

    database = open_database(path)
    try:
        with database.write() as session:  # as the app's start-up: figures not yet kept
            filled = touch_clock.refresh_out_of_date(session=session)
        if filled:
            print(f"(filled in the figures of {filled:,} contacts first)", flush=True)
        now = dates.utcnow()
        last = dates.to_local(now).date()
        first = last.replace(day=1)

        def read(work: Callable[[Any], Any]) -> Any:
            with database.read() as session:
                return work(session)

        def report(_session: Any) -> Any:  # the core opens its own read
            return Core(database).reports.report(first, last)

        def page(lister: Callable[..., Any]) -> Callable[[Any], Any]:
            return lambda session: lister(session=session, now=now, limit=PAGE)

        def ms(work: Callable[[Any], Any]) -> Callable[[], float]:
            def measure() -> float:
                started = time.perf_counter()
                read(work)
                return (time.perf_counter() - started) * 1000
            return measure

        fast = read(report)
        with live_figures():
            assert read(report) == fast, "the report differs from the live definitions"
            live_report = median_of(runs, ms(report))
        yield Figure(f"Reports' read ({first:%B}) at 1M sales vs live figures",
                     median_of(runs, ms(report)), live_report, "")
        assert read(page(reengage_list)) == read(page(live_reengage_list)), \
            "the re-engage page differs from the live definition"
        yield Figure("Re-engage list, first page of 50, vs live",
                     median_of(runs, ms(page(reengage_list))),
                     median_of(runs, ms(page(live_reengage_list))), "")
    finally:
        database.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("database", nargs="?", type=Path, default=HERE / "data" / "large.db",
                        help="a generate.py database (default: bench/data/large.db, "
                             "made on first use)")
    parser.add_argument("--runs", type=int, default=5, help="repetitions per median")
    args = parser.parse_args(argv)
    import generate

    generate.made_once(args.database)
    with tempfile.TemporaryDirectory() as scratch:  # the app may write to its file
        copy = Path(scratch) / args.database.name
        shutil.copyfile(args.database, copy)
        for figure in figures(copy, args.runs):
            print(figure.line(), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
