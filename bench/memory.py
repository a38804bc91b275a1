"""Peak memory on each screen at 1M sales against the stack's floor: a bare Textual
app that has imported the data layer (SQLAlchemy, pydantic, SQLModel, the models),
which any app reading a database through this stack carries (goal <= 1.15x, issue 22).

Each measurement is its own process (peak memory only grows), run headless:
the app opens on the screen, waits until its lists are loaded, the other
sections are built (as they are in idle time after start-up) and every worker
is done, and prints its peak resident memory; the floors, a bare Textual app
painting one widget with and without the data layer, are measured the same way.
"""

from __future__ import annotations

import asyncio
import importlib
import subprocess
import sys
from pathlib import Path

from timing import PYTHON, Figure, byte_compile_app

SCREENS = {"dashboard": "Today", "contacts": "Contacts", "contracts": "Contracts",
           "calendar": "Calendar", "purchases": "Purchases", "reports": "Reports"}
STATUS = {"contacts": "#contacts-status", "contracts": "#contracts-status"}
BUSY = ("Opening", "Loading", "Finding")  # a status line that says it is still reading


def _peak_mib() -> float:
    """This process's peak resident memory. VmHWM, not ``ru_maxrss``: Linux carries
    ``ru_maxrss`` over from the parent across fork and exec, so a child of a big
    process (run.py after generating a database) would report the parent's peak."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024  # kB
    raise RuntimeError("no VmHWM in /proc/self/status (Linux only)")


async def _app_peak(path: str, screen: str) -> float:
    from textual.widgets import Static

    from tuicrm.ui.app import create_app

    app = create_app(path, start=screen)

    def settled() -> bool:
        try:
            status = app.screen.query_one(STATUS.get(screen, "#section-status"), Static)
        except Exception:  # noqa: BLE001 - not mounted yet
            return False
        text = getattr(status.content, "plain", str(status.content))
        return bool(text) and not text.startswith(BUSY)

    async with app.run_test(size=(120, 40)):
        # Plain sleeps: waiting for "idle" never ends on a screen with a ticking clock.
        for _ in range(6000):
            if settled():
                break
            await asyncio.sleep(0.05)
        for _ in range(600):  # the other sections, built in idle time, count too
            if app.sections_ahead.done:
                break
            await asyncio.sleep(0.05)
        await asyncio.sleep(1.0)  # what loads after the lists (side panels) comes in too
        await app.workers.wait_for_complete()
    return _peak_mib()


async def _bare_peak(data_layer: bool = False) -> float:
    """The bare app's peak; with ``data_layer``, having also imported what any
    app over this stack imports to read a database (SQLAlchemy, pydantic,
    SQLModel, the models): the part of the app's memory no screen can save."""
    sys.path.insert(0, str(Path(__file__).resolve().parent / "floors"))
    from bare_app import Bare

    if data_layer:
        for module in ("tuicrm.db", "tuicrm.models"):  # SQLAlchemy; pydantic, SQLModel
            importlib.import_module(module)

    app = Bare()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
    return _peak_mib()


def _measure(*args: str) -> float:
    out = subprocess.run([PYTHON, __file__, *args], capture_output=True, text=True, check=True)
    return float(out.stdout.strip().splitlines()[-1])


def figures(big: Path) -> list[Figure]:
    byte_compile_app()
    bare = _measure("--bare")
    stack = _measure("--bare-with-data-layer")
    return [Figure(f"peak memory on {title} at 1M sales vs the stack floor",
                   _measure(str(big), screen), stack, "<= 1.15x", unit="MiB")
            for screen, title in SCREENS.items()] + [
        Figure("the stack floor (bare app + data layer) vs a bare app", stack, bare, "",
               unit="MiB")]


if __name__ == "__main__":
    if sys.argv[1:] == ["--bare"]:
        print(asyncio.run(_bare_peak()))
    elif sys.argv[1:] == ["--bare-with-data-layer"]:
        print(asyncio.run(_bare_peak(data_layer=True)))
    elif len(sys.argv) == 3:
        print(asyncio.run(_app_peak(sys.argv[1], sys.argv[2])))
    else:
        for figure in figures(Path(sys.argv[1])):
            print(figure.line(), flush=True)
