"""``tuicrm import``: the report a person reads, exit codes, plain errors, undo, vCard.

Run through click's test runner on real files; the data is checked through
the services afterwards, the way the app would show it.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from tuicrm.cli import main
from tuicrm.commands import importing as import_command
from tuicrm.core import open_database
from tuicrm.db import Database
from tuicrm.interop.vcard import Card, write_vcards
from tuicrm.services import contacts, sales


def run(db_path: Path, *args: str) -> Result:
    return CliRunner().invoke(main, ["--db", str(db_path), "import", *args])


def names(db_path: Path) -> list[str]:
    database = open_database(db_path)
    try:
        with database.read() as s:
            return [r.name for r in contacts.list_contacts(session=s, limit=500)]
    finally:
        database.dispose()


def dump(db_path: Path) -> list[str]:
    with closing(sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)) as conn:
        return list(conn.iterdump())


def assert_plain_error(result: Result, *words: str) -> None:
    assert result.exit_code == 1, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("tuicrm: "), result.stderr
    assert "Traceback" not in result.stderr
    for word in words:
        assert word in lines[0]


@pytest.fixture
def people_csv(tmp_path: Path) -> Path:
    path = tmp_path / "people.csv"
    path.write_bytes("\ufeffName;E-mail Address;Company;Notes\r\n"
                     "Ada Lovelace;ada@example.org;Analytical;\"first\r\nsecond\"\r\n"
                     "Bob;bob@;;\r\n"
                     "Cy;cy@example.org\r\n".encode())
    return path


def test_dry_run_prints_the_plan_with_line_numbers_and_changes_nothing(
        db: Database, db_path: Path, people_csv: Path) -> None:
    before = dump(db_path)
    result = run(db_path, str(people_csv), "--dry-run")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "people.csv: CSV, UTF-8 with BOM, semicolon-separated, header on line 1, 3 records",
        ('Columns: "Name" -> name, "E-mail Address" -> email, "Company" -> organisation, '
        '"Notes" -> notes'),
        "Mode: create only",
        "line 2  create     Ada Lovelace",
        "line 2  create     Analytical (new organisation of line 2)",
        "line 4  create     Bob (email 'bob@' left out: not an email address)",
        "line 5  skip       this row has 2 cells and the header 4 (a delimiter or a quote is off)",
        "Dry run: contacts: 3 to create, 0 to update, 0 unchanged, 1 skipped. Nothing was changed.",
    ]
    assert result.stderr == ""
    assert dump(db_path) == before


def test_import_then_undo(db: Database, db_path: Path, people_csv: Path) -> None:
    imported = run(db_path, str(people_csv))
    assert imported.exit_code == 0, imported.output
    assert imported.stdout.splitlines()[-1] == (
        "Imported: contacts: 3 created, 0 updated, 0 unchanged, 1 skipped. "
        "Undo with: tuicrm import --undo")
    assert names(db_path) == ["Ada Lovelace", "Analytical", "Bob"]

    again = run(db_path, str(people_csv))
    assert "line 2  skip       Ada Lovelace: already exists" in again.stdout
    assert again.stdout.splitlines()[-1].startswith("Nothing to import: contacts: 0 created")

    undone = run(db_path, "--undo")
    assert undone.exit_code == 0, undone.output
    assert undone.stdout.startswith("Undid the import of people.csv (contacts, imported ")
    assert undone.stdout.rstrip().endswith(
        ": 3 created contacts removed, 0 updated contacts restored.")
    assert names(db_path) == []
    assert_plain_error(run(db_path, "--undo"), "already undone")


def test_upsert_reports_what_changes(db: Database, db_path: Path, tmp_path: Path) -> None:
    with db.write() as s:
        contacts.create_contact(session=s, data={"name": "Ada Lovelace",
                                                 "emails": ["ada@example.org"]})
    path = tmp_path / "update.csv"
    path.write_text("Email,City,Phone\nada@example.org,London,+44 20 7946 0000\n"
                    "nobody@example.org,Paris,\n")
    result = run(db_path, str(path), "--mode", "update")
    assert result.stdout.splitlines()[3:] == [
        "line 2  update     ada@example.org (changes city, phone)",
        ("line 3  skip       nobody@example.org: not found (no contact has this id, email or "
         "phone) and the mode is update only"),
        ("Imported: contacts: 0 created, 1 updated, 0 unchanged, 1 skipped. "
        "Undo with: tuicrm import --undo"),
    ]


def test_bad_input_is_one_plain_line_and_exit_1(db: Database, db_path: Path,
                                                tmp_path: Path) -> None:
    no_name = tmp_path / "numbers.csv"
    no_name.write_text("Amount,Count\n12,3\n")
    before = dump(db_path)
    assert_plain_error(run(db_path, str(no_name)), "no column for a name or email",
                       "--map COLUMN=FIELD")
    assert_plain_error(run(db_path, str(tmp_path / "missing.csv")), "missing.csv",
                       "No such file")
    assert_plain_error(run(db_path, str(tmp_path)), "is a folder")
    assert_plain_error(run(db_path, str(no_name), "--map", "Price=email"), "no column 'Price'")
    assert_plain_error(run(db_path, str(no_name), "--map", "Amount"), "is not COLUMN=FIELD")
    assert_plain_error(run(db_path, str(no_name), "--encoding", "nope"), "not an encoding")
    assert_plain_error(run(db_path, str(no_name), "--sales", "--currency", "XXQ"),
                       "no column for a customer")
    assert dump(db_path) == before


def test_usage_mistakes_exit_2(db: Database, db_path: Path, people_csv: Path) -> None:
    both = run(db_path, str(people_csv), "--undo")
    assert both.exit_code == 2 and "--undo takes no FILE" in both.stderr
    neither = run(db_path)
    assert neither.exit_code == 2 and "give the FILE to import" in neither.stderr
    bad_mode = run(db_path, str(people_csv), "--mode", "merge")
    assert bad_mode.exit_code == 2


def test_an_explicit_mapping_and_delimiter(db: Database, db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_text("Lovelace, Ada;ada@example.org;x,y,z\nGrace Hopper;grace@navy.example;a,b\n")
    result = run(db_path, str(path), "--delimiter", ";", "--no-header", "--map", "1=name",
                 "--map", "2=email", "--map", "3=tags")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0] == (
        "odd.txt: CSV, UTF-8, semicolon-separated, no header row, 2 records")
    assert "line 1  create     Lovelace, Ada" in result.stdout
    assert names(db_path) == ["Grace Hopper", "Lovelace, Ada"]


def test_sales_import_with_a_default_currency(db: Database, db_path: Path,
                                              tmp_path: Path) -> None:
    path = tmp_path / "orders.csv"
    path.write_text("Customer,Date,Product,Total,Currency\n"
                    "Ada,2026-01-05,Logo,\"12,50\",\n"
                    "Ada,2026-01-06,Cards,1000,JPY\n")
    result = run(db_path, str(path), "--sales", "--currency", "gbp")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[3:] == [
        "line 2  create     Ada (new customer for line 2)",
        "line 2  create     Ada: 12.50 GBP on 2026-01-05",
        "line 3  create     Ada: 1,000 JPY on 2026-01-06",
        ("Imported: sales: 2 created, 0 updated, 0 unchanged, 0 skipped; new contacts created: 1. "
        "Undo with: tuicrm import --undo"),
    ]
    database = open_database(db_path)
    try:
        with database.read() as s:
            assert sorted((r.total_minor, r.currency) for r in sales.list_sales(session=s)) == [
                (1000, "JPY"), (1250, "GBP")]
    finally:
        database.dispose()
    assert_plain_error(run(db_path, str(path), "--sales", "--currency", "XXQ"),
                       "--currency", "Unknown currency 'XXQ'")


def test_a_vcard_file(db: Database, db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "phone.vcf"
    path.write_bytes(write_vcards([Card(name="Grace Hopper", organisation="US Navy",
                                        emails=["grace@navy.example"])]).encode())
    result = run(db_path, str(path), "--mode", "upsert")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "phone.vcf: vCard, UTF-8, 1 record",
        "Mode: create and update",
        "line 1  create     Grace Hopper",
        "line 1  create     US Navy (new organisation of line 1)",
        ("Imported: contacts: 2 created, 0 updated, 0 unchanged, 0 skipped. "
        "Undo with: tuicrm import --undo"),
    ]
    assert names(db_path) == ["Grace Hopper", "US Navy"]
    assert_plain_error(run(db_path, str(path), "--sales"), "is a vCard file")


def test_terminal_escapes_in_the_file_never_reach_the_terminal(
        db: Database, db_path: Path, tmp_path: Path) -> None:
    path = tmp_path / "hostile.csv"
    path.write_text("Name,Email\n\x1b]52;c;aGk=\x07Eve\x1b[2J,eve@\n")
    result = run(db_path, str(path), "--dry-run")
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "line 2  create     ]52;c;aGk=Eve[2J (email 'eve@' left out" in result.stdout


def test_a_progress_bar_on_stderr_for_large_files_at_a_terminal(
        db: Database, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "many.csv"
    path.write_text("Name\n" + "".join(f"Person {i}\n" for i in range(import_command.PROGRESS_FROM)))
    quiet = run(db_path, str(path))  # stderr is not a terminal here
    assert quiet.exit_code == 0 and quiet.stderr == ""
    assert run(db_path, "--undo").exit_code == 0
    monkeypatch.setattr(import_command, "_stderr_is_terminal", lambda: True)
    shown = run(db_path, str(path))
    assert shown.exit_code == 0, shown.output
    assert "Importing" in shown.stderr
    database = open_database(db_path)
    try:
        with database.read() as s:
            assert contacts.count_contacts(session=s) == import_command.PROGRESS_FROM
    finally:
        database.dispose()


def test_an_import_says_who_ran_it(db, db_path, people_csv, monkeypatch):
    monkeypatch.setenv("TUICRM_USER", "carol")
    result = run(db_path, str(people_csv))
    assert result.exit_code == 0, result.output
    with closing(sqlite3.connect(db_path)) as conn:
        stamps = conn.execute(
            "SELECT DISTINCT m.username FROM contact c "
            "LEFT JOIN team_member m ON m.id = c.created_by_id").fetchall()
    assert stamps == [("carol",)]  # every contact it created, none unattributed
