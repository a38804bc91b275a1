"""CSV import throughput against raw ``executemany`` into the same table (goal >= 0.6x).

Both sides start from a fresh migrated database with the app's schema (search
triggers included) and write the same 20,000 people:

- the app: the CSV bytes read (:func:`read_csv`), planned and applied in
  batches of short transactions (``core.imports.apply``, as ``tuicrm import``
  does), so the rows are checked,
  their duplicates looked for, their emails, phones and search text written;
- the floor: the same names, emails and cities inserted with one
  ``executemany`` into ``contact`` and ``contact_email``, no checks at all.

Throughput is rows per second; the ratio is app / floor, the two timed in turns.
"""

from __future__ import annotations

import csv
import io
import sqlite3
import tempfile
import time
from pathlib import Path

from timing import Figure, paired_medians

ROWS = 20_000


def sample_csv(rows: int = ROWS) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["Name", "Email", "Phone", "City", "Tags"])
    for i in range(rows):
        writer.writerow([f"Person {i:05d} Example", f"person{i}@example.org",
                         f"+44 7700 {i:06d}", "Bristol", "newsletter"])
    return out.getvalue().encode()


def _fresh(folder: Path, name: str) -> Path:
    from tuicrm.core import open_database

    path = folder / name
    open_database(path).dispose()
    return path


def app_rows_per_second(folder: Path, data: bytes) -> float:
    from tuicrm.core import Core, open_database
    from tuicrm.interop.csv_import import read_csv

    path = _fresh(folder, f"app-{time.perf_counter_ns()}.db")
    database = open_database(path)
    try:
        started = time.perf_counter()
        source = read_csv(data, target="contacts", name="people.csv")
        plan = Core(database, username="bench").imports.apply(source, mode="create")
        elapsed = time.perf_counter() - started
    finally:
        database.dispose()
    assert plan.writes == ROWS, plan.writes
    return ROWS / elapsed


def raw_rows_per_second(folder: Path, data: bytes) -> float:
    path = _fresh(folder, f"raw-{time.perf_counter_ns()}.db")
    connection = sqlite3.connect(path, isolation_level=None)
    try:
        started = time.perf_counter()
        rows = list(csv.reader(io.StringIO(data.decode())))[1:]
        connection.execute("BEGIN IMMEDIATE")
        connection.executemany(
            "INSERT INTO contact (id, kind, name, sort_name, city, search_text, version, "
            "job_title, website, street, region, postal_code, country, notes) "
            "VALUES (?, 'person', ?, ?, ?, ?, 1, '', '', '', '', '', '', '')",
            ((i + 1, name, name.casefold(), city, f"{name} {email} {city}")
             for i, (name, email, _phone, city, _tags) in enumerate(rows)))
        connection.executemany(
            "INSERT INTO contact_email (contact_id, address, label, position) "
            "VALUES (?, ?, '', 0)", ((i + 1, row[1]) for i, row in enumerate(rows)))
        connection.execute("COMMIT")
        elapsed = time.perf_counter() - started
    finally:
        connection.close()
    return ROWS / elapsed


def figures(runs: int = 3) -> list[Figure]:
    data = sample_csv()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        # in turns, as every figure: this machine's disk and CPU moved one side's
        # median by half between two runs taken one after the other
        app, raw = paired_medians(runs, lambda: app_rows_per_second(folder, data),
                                  lambda: raw_rows_per_second(folder, data))
    return [Figure(f"CSV import of {ROWS:,} contacts vs raw executemany", app, raw, ">= 0.6x",
                   unit="rows/s")]


if __name__ == "__main__":
    for figure in figures():
        print(figure.line())
