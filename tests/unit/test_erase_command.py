"""``tuicrm erase CONTACT``: asked, refused, done, and nothing of them left in the file."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tuicrm import cli
from tuicrm.commands import common
from tuicrm.db import Database
from tuicrm.errors import NotFoundError
from tuicrm.services import contacts, followups, meetings, sales
from tuicrm.services.personal_data import personal_data

WHEN = datetime(2026, 11, 1, 10, tzinfo=UTC)
TRACES = (b"ada.quintessa@example.org", b"Quintessa", b"prefers mornings", b"900123")


def run(db_path: Path, *args: str, given: str | None = None) -> Result:
    return CliRunner().invoke(cli.main, ["--db", str(db_path), "erase", *args], input=given)


def dump(db_path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
        return list(conn.iterdump())


def file_bytes(db: Database, db_path: Path) -> bytes:
    db.dispose()
    return b"".join(p.read_bytes() for p in db_path.parent.glob(db_path.name + "*"))


def plain_error(result: Result) -> str:
    assert result.exit_code == 1, result.output
    line, = result.stderr.strip().splitlines()
    assert line.startswith("tuicrm: ") and "Traceback" not in result.stderr
    return line


@pytest.fixture
def ada(db: Database) -> tuple[int, int]:
    with db.write() as s:
        ada = contacts.create_contact(session=s, data={
            "name": "Ada Quintessa", "emails": ["ada.quintessa@example.org"],
            "phones": ["+44 7700 900123"], "tags": ["vip"], "notes": "prefers mornings"})
        grace = contacts.create_contact(session=s, data={
            "name": "Grace Hopper", "emails": ["grace@example.com"], "referred_by_id": ada.id})
        meetings.create_meeting(session=s, data={
            "title": "Quintessa alone", "starts_at": WHEN, "attendee_ids": [ada.id]})
        meetings.create_meeting(session=s, data={
            "title": "Team sync", "starts_at": WHEN, "attendee_ids": [ada.id, grace.id]})
        followups.create_followup(session=s, data={
            "contact_id": ada.id, "due_date": "2026-11-20", "note": "call Quintessa"})
        sales.create_sale(session=s, data={
            "contact_id": ada.id, "sold_at": WHEN, "currency": "EUR",
            "lines": [{"description": "Quintessa mug", "unit_price_minor": 1200}]})
    return ada.id, grace.id


def test_erase_with_yes_removes_them_and_leaves_no_trace_in_the_file(db, db_path, ada):
    ada_id, grace_id = ada
    result = run(db_path, "ada.quintessa@example.org", "--yes")
    assert result.exit_code == 0, result.output
    assert result.output == (f"Erased #{ada_id} Ada Quintessa <ada.quintessa@example.org>: "
                             "1 contact, 1 meeting only they attended, 1 follow-up, 1 sale.\n")
    with db.read() as s:
        with pytest.raises(NotFoundError):
            personal_data(session=s, contact_id=ada_id)
        assert contacts.get_contact(session=s, contact_id=grace_id).contact.referred_by_id is None
    raw = file_bytes(db, db_path)
    for trace in TRACES:
        assert trace not in raw, f"{trace!r} is still in the database file"
    assert b"grace@example.com" in raw and b"Team sync" in raw  # the others stay


def test_erase_without_yes_and_without_a_terminal_refuses_and_changes_nothing(
        db, db_path, ada):
    before = dump(db_path)
    line = plain_error(run(db_path, "Ada Quintessa"))
    assert "erase removes" in line and "--yes" in line and "Nothing was changed" in line
    assert dump(db_path) == before


def test_at_a_terminal_it_shows_what_goes_and_asks(db, db_path, ada, monkeypatch):
    ada_id, _ = ada
    monkeypatch.setattr(common, "is_interactive", lambda: True)
    before = dump(db_path)
    result = run(db_path, str(ada_id), given="n\n")
    assert result.exit_code == 1
    shown = result.stderr.splitlines()
    assert shown[0] == (f"This erases #{ada_id} Ada Quintessa <ada.quintessa@example.org> for "
                        "good: 1 email, 1 phone, 1 tag, 2 meetings, 1 follow-up, 1 sale.")
    assert shown[-1].endswith("tuicrm: erase cancelled; nothing was changed.")
    assert dump(db_path) == before

    result = run(db_path, str(ada_id), given="y\n")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(f"Erased #{ada_id} Ada Quintessa")
    with db.read() as s, pytest.raises(NotFoundError):
        personal_data(session=s, contact_id=ada_id)


def test_an_unknown_contact_is_one_line_and_exit_1(db, db_path, ada):
    before = dump(db_path)
    assert plain_error(run(db_path, "Nobody Here", "--yes")) == \
        "tuicrm: no contact has the name 'Nobody Here'."
    assert plain_error(run(db_path, "999", "--yes")) == \
        "tuicrm: no contact has the id or name '999'."
    assert dump(db_path) == before


def test_a_name_two_contacts_share_is_refused_with_both(db, db_path, ada):
    with db.write() as s:
        twin = contacts.create_contact(session=s, data={"name": "ADA QUINTESSA"}).id
    before = dump(db_path)
    line = plain_error(run(db_path, "ada quintessa", "--yes"))
    assert f"#{ada[0]} Ada Quintessa <ada.quintessa@example.org>" in line
    assert f"#{twin} ADA QUINTESSA" in line and "give the id or the email" in line
    assert dump(db_path) == before


def test_a_deleted_contact_can_still_be_erased(db, db_path):
    with db.write() as s:
        dora = contacts.create_contact(session=s, data={
            "name": "Dora Deleted", "emails": ["dora.deleted@example.org"]}).id
        assert contacts.delete_contact(session=s, contact_id=dora) == "deleted"
    result = run(db_path, "Dora Deleted", "--yes")
    assert result.exit_code == 0, result.output
    assert result.output == (f"Erased #{dora} Dora Deleted <dora.deleted@example.org> "
                             "(deleted): 1 contact, 1 recorded change.\n")  # its deletion
    assert b"dora.deleted" not in file_bytes(db, db_path)


def test_an_import_that_updated_them_keeps_no_copy_of_their_old_values(db, db_path, tmp_path):
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    first.write_text("Name,Email,Notes\nZelda Quux,zelda.quux@example.org,old secret note\n")
    second.write_text("Name,Email,Notes\nZelda Quux,zelda.quux@example.org,new note\n")
    for path, mode in ((first, "create"), (second, "upsert")):
        imported = CliRunner().invoke(cli.main, ["--db", str(db_path), "import", str(path),
                                                 "--mode", mode])
        assert imported.exit_code == 0, imported.output
    assert run(db_path, "zelda.quux@example.org", "--yes").exit_code == 0
    raw = file_bytes(db, db_path)
    assert b"old secret note" not in raw and b"zelda" not in raw


def test_erase_help_does_not_load_textual() -> None:
    code = (
        "import sys\n"
        "from tuicrm.cli import main\n"
        "try:\n    main(['erase', '--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = ('textual', 'sqlalchemy', 'sqlmodel')\n"
        "print('LOADED', sorted(m for m in heavy if m in sys.modules))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert "erase [OPTIONS] CONTACT" in done.stdout
    assert done.stdout.strip().splitlines()[-1] == "LOADED []"
