"""Measuring helpers shared by the benchmarks: medians of repeated runs, a process's
wall time, the time until a text first shows on a terminal, and peak memory.

Everything is measured as a ratio against a floor measured in the same run,
so a slow or busy machine moves both sides together.
"""

from __future__ import annotations

import compileall
import fcntl
import os
import pty
import re
import select
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

PYTHON = sys.executable
ROOT = Path(__file__).resolve().parent.parent
ESCAPES = re.compile(rb"\x1b\[[0-9;?<>=]*[ -/]*[@-~]|\x1b[()][0-9A-Za-z]|\x1b[=>78]|\x1b\][^\x07]*\x07")


@dataclass(frozen=True)
class Figure:
    """One benchmark line: the app's median, the floor's, and the goal for their ratio."""

    name: str
    app: float
    floor: float
    goal: str  # "<= 1.3x", ">= 0.6x" ..., or "" for a figure reported without a goal
    unit: str = "ms"
    note: str = ""

    @property
    def ratio(self) -> float:
        return self.app / self.floor if self.floor else float("inf")

    @property
    def met(self) -> bool:
        if not self.goal:
            return True
        op, limit = self.goal.split()
        bound = float(limit.rstrip("x"))
        return self.ratio <= bound if op == "<=" else self.ratio >= bound

    def line(self) -> str:
        mark = "    " if not self.goal else "ok  " if self.met else "MISS"
        goal = f"goal {self.goal}" if self.goal else "no goal"
        return (f"{mark} {self.name:<56} {self.app:>9.1f} {self.unit:<6} vs "
                f"{self.floor:>8.1f} {self.unit:<6} = {self.ratio:6.2f}x ({goal})"
                + (f"  {self.note}" if self.note else ""))


def median_of(runs: int, measure: Callable[[], float]) -> float:
    """The median of ``runs`` measurements (after one warm-up, so caches are as warm
    for the app as for its floor)."""
    measure()
    return statistics.median(measure() for _ in range(runs))


def paired_medians(runs: int, app: Callable[[], float],
                   floor: Callable[[], float]) -> tuple[float, float]:
    """The medians of ``runs`` measurements of the app and of its floor, taken in
    turns (after one warm-up each), so that a machine that speeds up or slows
    down during the run moves both alike."""
    app()
    floor()
    pairs = [(app(), floor()) for _ in range(runs)]
    return (statistics.median(a for a, _ in pairs), statistics.median(f for _, f in pairs))


def byte_compile_app() -> None:
    """Write the app's bytecode caches, as installing a package or a first run does.

    With PYTHONDONTWRITEBYTECODE set (as in some shells and CI), an editable
    install never gets them: every run would compile tuicrm's modules from
    source (~20 ms at start-up, and their syntax trees in peak memory), which
    no user with a normal install pays and the floors, whose libraries pip
    compiled, never pay."""
    compileall.compile_dir(ROOT / "src", quiet=1)


def wall_ms(argv: list[str], env: Mapping[str, str] | None = None) -> float:
    """How long a command takes to run to its end, in milliseconds."""
    started = time.perf_counter()
    subprocess.run(argv, env={**os.environ, **(env or {})}, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=True)
    return (time.perf_counter() - started) * 1000


def until_shown_ms(argv: list[str], marker: str, *, env: Mapping[str, str] | None = None,
                   size: tuple[int, int] = (120, 40), timeout: float = 60) -> float:
    """Start ``argv`` on a pseudo-terminal and time until ``marker`` is on the screen
    (escape sequences stripped); the program is then stopped."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", size[1], size[0], 0, 0))
    started = time.perf_counter()
    process = subprocess.Popen(
        argv, stdin=slave, stdout=slave, stderr=slave, close_fds=True, start_new_session=True,
        env={**os.environ, "TERM": "xterm-256color", **(env or {})})
    os.close(slave)
    seen = b""
    wanted = marker.encode()
    try:
        while True:
            left = timeout - (time.perf_counter() - started)
            if left <= 0:
                raise TimeoutError(f"{marker!r} never showed: {ESCAPES.sub(b'', seen)[-300:]!r}")
            ready, _, _ = select.select([master], [], [], left)
            if not ready:
                continue
            try:
                chunk = os.read(master, 65536)
            except OSError:  # the program ended
                raise RuntimeError(f"ended before {marker!r} showed") from None
            seen += chunk
            if wanted in ESCAPES.sub(b"", seen[-20000:]):
                return (time.perf_counter() - started) * 1000
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        os.close(master)


__all__ = ["ESCAPES", "PYTHON", "ROOT", "Figure", "byte_compile_app", "median_of",
           "paired_medians", "until_shown_ms", "wall_ms"]
