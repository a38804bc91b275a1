"""The exports, read by the programs people open them with.

khard (vCard, through a vdir as vdirsyncer and CardDAV tools keep one), khal
and todoman (.ics) install from PyPI; calcurse and abook are Debian's. Each
program reads every card, event and task of the demo's export (plus a file of
other tools' contacts, with labels and birthdays), or the test fails. ``.ci/run``
installs them and says where with ``TUICRM_TEST_CLIENTS``; elsewhere these
tests skip and say how to run them.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner

from tuicrm.cli import main

EXPORTS = Path(__file__).parent.parent / "fixtures" / "exports"
CLIENTS = os.environ.get("TUICRM_TEST_CLIENTS", "")
pip_clients = pytest.mark.skipif(
    not CLIENTS, reason="set TUICRM_TEST_CLIENTS to a folder with khard, khal and todo "
                        "(pip install khard khal todoman; .ci/run does)")


def debian(program: str) -> pytest.MarkDecorator:
    return pytest.mark.skipif(shutil.which(program) is None,
                              reason=f"apt-get install {program} to run it (.ci/run does)")


@pytest.fixture(scope="module")
def exported(seeded_template: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The demo, with other tools' contacts imported, exported as vCard and .ics (once for
    the module: every program reads the same files)."""
    from tests.conftest import copy_template

    tmp_path = tmp_path_factory.mktemp("clients")
    db_path = tmp_path / "demo.db"
    copy_template(seeded_template, db_path)
    runner = CliRunner()
    for name in ("google.csv", "outlook_de.csv", "apple.vcf"):
        result = runner.invoke(main, ["--db", str(db_path), "import", str(EXPORTS / name)])
        assert result.exit_code == 0, result.output
    files = {"vcf": tmp_path / "all.vcf", "ics": tmp_path / "all.ics"}
    for option, path in (("--vcard", files["vcf"]), ("--ics", files["ics"])):
        result = runner.invoke(main, ["--db", str(db_path), "export", option, str(path)])
        assert result.exit_code == 0, result.output
    return files


def split(text: str, component: str) -> list[str]:
    return re.findall(rf"BEGIN:{component}\r\n.*?END:{component}\r\n", text, re.S)


def text_of(path: Path) -> str:
    return path.read_bytes().decode("utf-8")  # its CRLF line ends kept


def counts(path: Path) -> dict[str, int]:
    text = text_of(path)
    return {name: len(split(text, name)) for name in ("VCARD", "VEVENT", "VTODO")}


def run(*args: str | Path, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=120,
                          env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    return done.stdout


@pip_clients
def test_khard_reads_every_card_from_a_vdir(exported: dict[str, Path], tmp_path: Path) -> None:
    book = tmp_path / "book"
    book.mkdir()
    cards = split(text_of(exported["vcf"]), "VCARD")
    for n, card in enumerate(cards):  # a vdir: one card a file, as vdirsyncer keeps them
        (book / f"{n}.vcf").write_text(card, encoding="utf-8", newline="")
    config = tmp_path / "khard.conf"
    config.write_text(f"[addressbooks]\n[[crm]]\npath = {book}\n[general]\n"
                      "default_action = list\n[vcard]\nskip_unparsable = no\n")
    listed = run(Path(CLIENTS) / "khard", "-c", config, "list", "--parsable")
    assert len(listed.splitlines()) == len(cards) == counts(exported["vcf"])["VCARD"]
    birthdays = run(Path(CLIENTS) / "khard", "-c", config, "birthdays", "--parsable")
    assert "1985.04.15\tMichael Brown" in birthdays.splitlines()
    assert "Johnny Appleseed" in birthdays  # a birthday without its year
    phones = run(Path(CLIENTS) / "khard", "-c", config, "phone", "--parsable", "Müller")
    assert "+49 170 1234567\tJürgen Müller\tcell" in phones.splitlines()


@pip_clients
def test_khal_reads_every_event(exported: dict[str, Path], tmp_path: Path) -> None:
    folder = tmp_path / "cal"
    folder.mkdir()
    config = tmp_path / "khal.conf"
    config.write_text(f"[calendars]\n[[crm]]\npath = {folder}\ntype = calendar\n")
    printed = run(Path(CLIENTS) / "khal", "-c", config, "printics", exported["ics"])
    assert printed.splitlines()[0] == f"{counts(exported['ics'])['VEVENT']} events found in " \
                                      f"{exported['ics']}"
    assert "⏰" in printed  # meetings carry their reminder


@pip_clients
def test_todoman_lists_every_follow_up_as_a_task(exported: dict[str, Path],
                                                 tmp_path: Path) -> None:
    text = text_of(exported["ics"])
    zones = "".join(split(text, "VTIMEZONE"))
    tasks = split(text, "VTODO")
    folder = tmp_path / "lists" / "crm"
    folder.mkdir(parents=True)
    for n, task in enumerate(tasks):
        (folder / f"{n}.ics").write_text(
            "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\n" + zones + task
            + "END:VCALENDAR\r\n", encoding="utf-8", newline="")
    config = tmp_path / "config" / "todoman"
    config.mkdir(parents=True)
    (config / "config.py").write_text(
        f'path = "{tmp_path / "lists"}/*"\ndate_format = "%Y-%m-%d"\n'
        'time_format = "%H:%M"\ndefault_list = "crm"\n')
    listed = json.loads(run(Path(CLIENTS) / "todo", "--porcelain", "list",
                            env={"XDG_CONFIG_HOME": str(tmp_path / "config"),
                                 "XDG_CACHE_HOME": str(tmp_path / "cache")}))
    assert len(listed) == len(tasks) > 0
    assert all(t["summary"].startswith("Follow up: ") for t in listed)


@debian("calcurse")
def test_calcurse_imports_every_event_and_task(exported: dict[str, Path],
                                               tmp_path: Path) -> None:
    data = tmp_path / "calcurse"
    data.mkdir()
    report = run("calcurse", "-D", data, "-i", exported["ics"])
    found = counts(exported["ics"])
    timed = len((data / "apts").read_text().splitlines())
    tasks = len((data / "todo").read_text().splitlines())
    assert (timed, tasks) == (found["VEVENT"], found["VTODO"])
    assert "0 skipped" in report


@debian("abook")
def test_abook_reads_every_card(exported: dict[str, Path], tmp_path: Path) -> None:
    out = tmp_path / "abook.csv"
    run("abook", "--convert", "--informat", "vcard", "--infile", exported["vcf"],
        "--outformat", "csv", "--outfile", out)
    rows = out.read_text(encoding="utf-8").splitlines()
    assert len(rows) == counts(exported["vcf"])["VCARD"]
    assert any(row.startswith('"Jürgen Müller","juergen.mueller@mueller.example"')
               for row in rows)
