"""Several tuicrm processes editing the same contact lose nothing.

Real processes (``python -c`` subprocesses) share one SQLite file, the way two
people on one machine or a shared folder would. Each edit is the app's own
read-change-save: read the contact in a read session, then save through
``update_contact(expected_version=...)`` in a write session, reloading and
trying again when the save is refused as a conflict. Whatever the workers
report as saved must be exactly what the file holds.
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from contextlib import closing
from pathlib import Path

import pytest
import sqlalchemy as sa

from tuicrm.core import open_database
from tuicrm.db import Database
from tuicrm.errors import ConflictError
from tuicrm.models import Contact, TeamMember
from tuicrm.services import contacts

# One worker: waits for "go" on stdin so all start together, then makes
# ``edits`` increments of cadence_days and prints what happened as JSON. Each
# edit is tried at most ``tries`` times: a worker that keeps losing reports
# that as an error and stops, instead of retrying for ever.
MAX_TRIES_PER_EDIT = 500
WORKER_TIMEOUT_S = 300  # a safety net only: a worker stuck in a lock is a failure
WORKER = r"""
import json, sys
from tuicrm.core import open_database
from tuicrm.errors import ConflictError
from tuicrm.services import contacts

path, contact_id = sys.argv[1], int(sys.argv[2])
edits, tries = int(sys.argv[3]), int(sys.argv[4])
db = open_database(path)
report = {"saved": 0, "conflicts": 0, "errors": []}
sys.stdin.readline()
for edit in range(edits):
    for _ in range(tries):
        try:
            with db.read() as s:
                contact = contacts.get_contact(session=s, contact_id=contact_id).contact
                value, version = contact.cadence_days, contact.version
            with db.write() as s:
                contacts.update_contact(
                    session=s, contact_id=contact_id,
                    changes={"cadence_days": value + 1}, expected_version=version,
                )
        except ConflictError:
            report["conflicts"] += 1
            continue
        except Exception as err:  # anything else is a failure the test reports
            report["errors"].append(f"edit {edit}: {type(err).__name__}: {err}")
        else:
            report["saved"] += 1
        break
    else:
        report["errors"].append(f"edit {edit}: still conflicting after {tries} tries")
    if report["errors"]:
        break
db.dispose()
print(json.dumps(report))
"""

# One step of a scripted interleaving, run in its own process: as team member
# ``actor_id``, read the contact and save ``changes`` from that copy.
EDIT_ONCE = r"""
import json, sys
from tuicrm.core import open_database
from tuicrm.services import contacts

path, contact_id, actor_id, changes = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
db = open_database(path)
db.actor_id = actor_id
with db.read() as s:
    version = contacts.get_contact(session=s, contact_id=contact_id).contact.version
with db.write() as s:
    contacts.update_contact(
        session=s, contact_id=contact_id, changes=json.loads(changes),
        expected_version=version,
    )
db.dispose()
"""


def _integrity(path: Path) -> list[tuple[str, ...]]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute("PRAGMA integrity_check").fetchall()


def _contact(db: Database, contact_id: int) -> Contact:
    with db.read() as s:
        return s.get(Contact, contact_id)


@pytest.mark.alone  # a bounded load run: other tests' load would only add lock waits
@pytest.mark.parametrize("workers", [2, 4])
def test_concurrent_read_change_save_loses_no_edit(
    db: Database, db_path: Path, workers: int
) -> None:
    edits = 60
    with db.write() as s:
        start = contacts.create_contact(
            session=s,
            data={"name": "Shared Contact", "cadence_days": 1,
                  "emails": ["shared@example.org"], "tags": ["busy"]},
        )
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", WORKER, str(db_path), str(start.id), str(edits),
             str(MAX_TRIES_PER_EDIT)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for _ in range(workers)
    ]
    reports = []
    try:
        for proc in procs:  # release them together
            proc.stdin.write("go\n")
            proc.stdin.flush()
        for proc in procs:
            out, err = proc.communicate(timeout=WORKER_TIMEOUT_S)
            assert proc.returncode == 0, err
            reports.append(json.loads(out))
    finally:
        for proc in procs:  # never leave a worker behind (a failure or a timeout)
            if proc.poll() is None:
                proc.kill()
                proc.communicate()

    errors = [e for r in reports for e in r["errors"]]
    assert errors == [], "no lock error or other failure may reach a worker"
    saved = sum(r["saved"] for r in reports)
    assert saved == workers * edits, reports

    final = _contact(db, start.id)
    assert final.cadence_days == start.cadence_days + saved  # nothing lost, nothing doubled
    assert final.version == start.version + saved
    with db.read() as s:
        detail = contacts.get_contact(session=s, contact_id=start.id)
    assert (detail.emails, detail.tags) == (["shared@example.org"], ["busy"])
    assert _integrity(db_path) == [("ok",)]


def _team_member(db: Database, name: str, initials: str) -> int:
    with db.write() as s:
        member = TeamMember(name=name, initials=initials)
        s.add(member)
        s.flush()
        return member.id


def test_read_a_read_b_save_b_save_a_refuses_the_stale_save(
    db: Database, db_path: Path
) -> None:
    alice = _team_member(db, "Alice Archer", "AA")
    bob = _team_member(db, "Bob Baker", "BB")
    with db.write() as s:
        contact_id = contacts.create_contact(
            session=s, data={"name": "Carol", "city": "York", "cadence_days": 14}
        ).id
    db.actor_id = alice

    # read A: Alice opens the contact in her tuicrm.
    with db.read() as s:
        seen_by_alice = contacts.get_contact(session=s, contact_id=contact_id).contact
    # read B, save B: Bob, in another process, moves Carol to Berlin.
    subprocess.run(
        [sys.executable, "-c", EDIT_ONCE, str(db_path), str(contact_id), str(bob),
         json.dumps({"city": "Berlin"})],
        check=True, capture_output=True, text=True,
    )
    # save A: Alice saves her edits made on the copy she read first.
    with pytest.raises(ConflictError) as refused:
        with db.write() as s:
            contacts.update_contact(
                session=s, contact_id=contact_id,
                changes={"city": "Paris", "job_title": "CEO"},
                expected_version=seen_by_alice.version,
            )

    conflict = refused.value
    assert "Bob Baker" in str(conflict) and "nothing was saved" in str(conflict)
    assert conflict.changed_by == "Bob Baker"
    assert conflict.expected_version == seen_by_alice.version
    assert conflict.current_version == seen_by_alice.version + 1
    assert conflict.current["city"] == "Berlin"  # what Bob changed, to show Alice

    stored = _contact(db, contact_id)
    assert (stored.city, stored.job_title, stored.cadence_days) == ("Berlin", "", 14)
    assert stored.version == seen_by_alice.version + 1
    assert stored.updated_by_id == bob


def test_a_change_from_another_connection_makes_a_held_copy_stale(
    db: Database, db_path: Path
) -> None:
    with db.write() as s:
        contact_id = contacts.create_contact(session=s, data={"name": "Dan", "city": "York"}).id
    with db.read() as s:
        held = contacts.get_contact(session=s, contact_id=contact_id).contact

    # Another tuicrm (a second engine on the same file) changes the row
    # directly through the ORM, without going through update_contact.
    other = open_database(db_path)
    try:
        with other.write() as s:
            s.get(Contact, contact_id).city = "Leeds"
    finally:
        other.dispose()

    # The service refuses a save made from the held copy...
    with pytest.raises(ConflictError):
        with db.write() as s:
            contacts.update_contact(
                session=s, contact_id=contact_id, changes={"city": "Hull"},
                expected_version=held.version,
            )
    # ...and so does the version counter when the stale object itself is saved.
    with pytest.raises(ConflictError):
        with db.write() as s:
            stale = s.merge(held, load=False)
            stale.city = "Hull"
    assert _contact(db, contact_id).city == "Leeds"


def test_a_raw_sql_update_that_bumps_the_version_is_not_overwritten(
    db: Database, db_path: Path
) -> None:
    with db.write() as s:
        contact_id = contacts.create_contact(session=s, data={"name": "Eve", "city": "York"}).id
    with db.read() as s:
        held = contacts.get_contact(session=s, contact_id=contact_id).contact
    other = open_database(db_path)
    try:
        with other.write() as s:
            s.execute(
                sa.update(Contact).where(Contact.id == contact_id)
                .values(city="Leeds", version=Contact.version + 1)
            )
    finally:
        other.dispose()
    with pytest.raises(ConflictError):
        with db.write() as s:
            contacts.update_contact(
                session=s, contact_id=contact_id, changes={"city": "Hull"},
                expected_version=held.version,
            )
    assert _contact(db, contact_id).city == "Leeds"
