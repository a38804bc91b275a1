"""Email from the mail program people already use: ``tuicrm log-email`` from a pipe, and
``tuicrm import`` of an mbox file or a Maildir folder.

What a person would notice: the message shows on the contacts it was to or
from (subject, date, who wrote to whom, the first lines without the quoted
reply or the signature) and counts as a touch; the same message twice is
logged once; a message to nobody in the CRM, or something that is not a
message, is said plainly.
"""

from __future__ import annotations

import mailbox
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner

from tuicrm import dates
from tuicrm.cli import main
from tuicrm.db import Database
from tuicrm.models import InteractionKind
from tuicrm.services import contacts, interactions

MAIL = Path(__file__).parent.parent / "fixtures" / "mail"
LATER = datetime(2026, 12, 6, 9, tzinfo=UTC)


def tuicrm(db_path: Path, *args: str, stdin: bytes | None = None):
    return CliRunner().invoke(main, ["--db", str(db_path), *args], input=stdin)


@pytest.fixture
def people(db: Database) -> dict[str, int]:
    with db.write() as s:
        return {name: contacts.create_contact(session=s, data={"name": name, "emails": [e]}).id
                for name, e in (("Ada Lovelace", "ada@example.org"),
                                ("Grace Hopper", "grace@navy.example"))}


def emails_of(db: Database, contact_id: int) -> list:
    with db.read() as s:
        return [i for i in interactions.list_interactions(session=s, contact_id=contact_id)
                if i.kind is InteractionKind.EMAIL]


def test_a_piped_message_is_logged_once_with_everyone_it_names(
        db: Database, db_path: Path, people: dict[str, int]) -> None:
    eml = (MAIL / "thunderbird.eml").read_bytes()
    with dates.fixed_now(LATER):  # a week after the message
        result = tuicrm(db_path, "log-email", stdin=eml)
    assert result.exit_code == 0, result.output
    assert result.output == ("Logged 'Re: Engine plans – next steps' for Ada Lovelace, "
                             "Grace Hopper\n")
    [logged] = emails_of(db, people["Ada Lovelace"])
    assert logged.subject == "Re: Engine plans – next steps"
    assert logged.occurred_at == datetime(2026, 11, 30, 8, 15, tzinfo=UTC)
    assert logged.body == ("From: Ada Lovelace <ada@example.org>\n"
                           "To: Me <me@firm.example>, Grace Hopper <GRACE@navy.example>, "
                           "nobody@elsewhere.example\n\n"
                           "Hello,\n\nThe drawings are attached. Can we meet on Thursday?\n"
                           "Bring the Bernoulli notes.\n\nAda")
    assert len(emails_of(db, people["Grace Hopper"])) == 1
    with dates.fixed_now(LATER), db.read() as s:  # it counts as a touch
        row = contacts.list_contacts(session=s, query="Ada").items[0]
        assert row.last_touch == datetime(2026, 11, 30, 8, 15, tzinfo=UTC)
    again = tuicrm(db_path, "log-email", stdin=eml)
    assert again.output == "Not logged 'Re: Engine plans – next steps': already logged\n"
    assert len(emails_of(db, people["Ada Lovelace"])) == 1


def test_what_is_not_a_message_or_names_nobody_is_said(db_path: Path, people) -> None:
    bad = tuicrm(db_path, "log-email", stdin=b"\x00\x01 not mail at all")
    assert bad.exit_code == 1
    assert "not an email message" in bad.output and "Traceback" not in bad.output
    nobody = tuicrm(db_path, "log-email",
                    stdin=b"From: x@y.example\r\nSubject: Hi\r\n\r\nHello\r\n")
    assert nobody.output == "Not logged 'Hi': no contact has any of its addresses\n"


def test_an_mbox_file_is_imported_message_by_message(db: Database, db_path: Path,
                                                     people: dict[str, int]) -> None:
    result = tuicrm(db_path, "import", str(MAIL / "inbox.mbox"))
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "inbox.mbox: mbox, 3 messages",
        "message 1: Logged 'Quarterly figures' for Ada Lovelace",
        "message 2: Not logged 'You won': no contact has any of its addresses",
        "message 3: Logged 'Proposal' for Grace Hopper",
        "2 messages logged, 1 skipped.",
    ]
    [figures] = emails_of(db, people["Ada Lovelace"])
    assert figures.body.endswith("\n\nFigures attached.\nCall me.")  # the HTML's text
    again = tuicrm(db_path, "import", str(MAIL / "inbox.mbox"))  # no Message-ID on 3: still once
    assert again.output.splitlines()[-1] == "0 messages logged, 3 skipped."


def test_a_maildir_folder_is_imported_too(db: Database, db_path: Path, people,
                                          tmp_path: Path) -> None:
    folder = tmp_path / "INBOX"
    box = mailbox.Maildir(folder, create=True)
    box.add((MAIL / "thunderbird.eml").read_bytes())
    result = tuicrm(db_path, "import", str(folder), "--dry-run")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[1].startswith(
        "message 1: Would log 'Re: Engine plans – next steps' for Ada Lovelace")
    assert emails_of(db, people["Ada Lovelace"]) == []
    tuicrm(db_path, "import", str(folder))
    assert len(emails_of(db, people["Ada Lovelace"])) == 1
    shutil.rmtree(folder)
