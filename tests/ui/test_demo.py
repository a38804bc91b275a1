"""`tuicrm --demo` end to end: the demo copy, opened by the app, shows the sample firm.

The copy is made exactly as the demo makes it (``demo.prepare_demo()``: a copy
of the repository's sample.db in ``TUICRM_DATA_DIR/demo``, dates moved to
today) and the app is built by the CLI's own factory. What the table should
show is read out of sample.db itself (read-only), so the test follows the seed
when it changes.
"""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

from tuicrm import config, demo
from tuicrm.ui.app import create_app

SIZE = (120, 40)
SAMPLE = Path(__file__).resolve().parents[2] / "sample.db"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def live_names_in_sample() -> list[str]:
    """Names of the contacts the list shows (not deleted, not archived), A to Z."""
    with closing(sqlite3.connect(f"file:{SAMPLE}?mode=ro", uri=True)) as conn:
        names = [name for (name,) in conn.execute(
            "SELECT name FROM contact WHERE deleted_at IS NULL AND archived_at IS NULL")]
    return sorted(names, key=str.casefold)


def shows(cell: str, name: str) -> bool:
    """Whether a Name cell shows ``name`` (a long name is cut, ending in "…")."""
    return cell == name or (cell.endswith("…") and name.startswith(cell[:-1]))


async def test_demo_opens_on_the_sample_firm(private_environment, ui):
    assert config.sample_database() == SAMPLE, "the demo must copy the repository's sample.db"
    before = sha256(SAMPLE)
    names = live_names_in_sample()
    assert len(names) > 3, "sample.db holds no sample firm"

    # As `tuicrm --demo` does: the app's start-up worker makes the copy.
    target = demo.demo_path()
    assert target == private_environment / "demo" / demo.DEMO_FILE
    app = create_app(str(target), title="tuicrm demo", prepare=demo.prepare_demo)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        # It opens on Today with the sample firm's day, then Contacts lists the firm.
        await ui.wait_until(pilot, lambda: "gone quiet" in ui.widget_text(
            app.screen.query_one("#section-status")))
        assert app.screen.query_one("#today-due").row_count > 0
        await pilot.press("2")
        await ui.wait_loaded(pilot)
        await app.workers.wait_for_complete()
        await pilot.pause()
        shown = ui.table_names(app)
        assert len(shown) >= 3
        for cell, name in zip(shown[:3], names[:3], strict=True):
            assert shows(cell, name), (shown[:3], names[:3])
        assert all(any(shows(cell, name) for name in names) for cell in shown), shown
        status = ui.status_text(app)
        assert status.startswith(f"Contacts 1–{len(shown)} of {len(names):,}"), status
        assert not [n for n in app._notifications if n.severity == "error"]
        assert app.is_running

    assert sha256(SAMPLE) == before, "the demo changed the committed sample.db"
