"""The ``tuicrm`` console script: answers ``tuicrm --help`` without importing click.

``--help`` is what people type most when they are not sure, and loading click
alone costs several times Python's own start-up. So the top-level help (for
a terminal at least as wide as click's 80-column limit, where click's text
does not depend on the width) is printed from :data:`MAIN_HELP`, which a test
keeps identical to click's. Bare ``tuicrm`` and ``tuicrm --demo`` open the
app straight away, also without click; every other command line goes to
:func:`tuicrm.cli.main`.
"""

from __future__ import annotations

import gc
import os
import sys
from collections.abc import Callable

CLICK_WIDTH = 80  # click formats help at most this wide

MAIN_HELP = """\
Usage: tuicrm [OPTIONS] [COMMAND] [ARGS]...

  tuicrm: a keyboard-driven CRM in your terminal.

  Run without a command to open the app on your database.

Options:
  --db PATH_OR_URL  Database file or PostgreSQL URL (default: your own
                    tuicrm.db; env TUICRM_DB).
  --demo            Open a fresh copy of the bundled sample database, dated to
                    today.
  --version         Show the version and exit.
  -h, --help        Show this message and exit.

Commands:
  agenda      Print what is due: overdue items first, then each day from...
  backup      Copy the database into the backups folder (consistent,...
  check       Check the database (integrity and foreign keys) without...
  deals       List deals, soonest expected close first (open ones unless...
  duplicates  Print contacts that may be one person (the same email,...
  erase       Erase CONTACT (an id, email address or full name) and...
  export      Export data to files other programs read (one format per...
  history     Print what changed in one record (KIND: contact, contract,...
  import      Import contacts (CSV or vCard), sales (CSV, --sales), deals...
  invoice     Write an invoice as a PDF, a client's statement, or set the...
  invoices    List invoices and credit notes, newest first, with what is...
  log-email   Log the email message on standard input with the contacts...
  merge       Merge contact OTHER into KEEP (each an id, email address or...
  report      Print the key figures of a period: revenue, renewals,...
  restore     Replace the database with the backup FILE.
  seed        Create the deterministic sample database (how sample.db is...
  version     Print the version.
"""


def _wide_enough() -> bool:
    """Whether click would format at its full width: it asks shutil the same way
    (COLUMNS first, then the terminal, else 80)."""
    import shutil  # not at import: the agenda's quick path has no use for it

    return shutil.get_terminal_size().columns >= CLICK_WIDTH


def main() -> None:
    arguments = sys.argv[1:]
    if arguments in (["--help"], ["-h"]) and _wide_enough():
        sys.stdout.write(MAIN_HELP)
        return
    if arguments in ([], ["--demo"]) and _open_app_directly(demo=bool(arguments)):
        return
    if "agenda" in arguments and _print_agenda_directly(arguments):
        return
    from tuicrm.cli import main as cli_main

    cli_main()


def _print_agenda_directly(arguments: list[str]) -> bool:
    """``tuicrm [--db PATH] agenda [--days N] [--json]`` printed without click, and
    read without the data layer (``agenda_text.quick_agenda``): a login shell runs
    it at every start. Any other shape, a value click would refuse, or a file the
    quick read does not serve goes to click (False), which prints the same text
    (a test compares them) or says what is wrong its usual way."""
    gc.disable()  # a short run: collecting cycles only cost it time (a tenth)
    text = _quick_agenda_text(arguments)
    if text is None:
        gc.enable()
        return False
    sys.stdout.write(text + "\n")
    return True


def _quick_agenda_text(arguments: list[str]) -> str | None:
    database, rest = os.environ.get("TUICRM_DB"), list(arguments)
    if rest[:1] == ["--db"] and len(rest) > 1:
        database, rest = rest[1], rest[2:]
    elif rest and rest[0].startswith("--db="):
        database, rest = rest[0].removeprefix("--db="), rest[1:]
    if rest[:1] != ["agenda"]:
        return None
    days, as_json, rest = "1", False, rest[1:]
    while rest:
        option = rest.pop(0)
        if option == "--json":
            as_json = True
        elif option == "--days" and rest:
            days = rest.pop(0)
        elif option.startswith("--days="):
            days = option.removeprefix("--days=")
        else:
            return None
    from tuicrm.commands import agenda_text

    if not days.isdigit() or not 1 <= int(days) <= agenda_text.MAX_DAYS or database == "":
        return None
    if database is None:
        from tuicrm import config

        database = config.default_database()
    return agenda_text.quick_agenda(database, int(days), as_json=as_json)


def _open_app_directly(*, demo: bool) -> bool:
    """``tuicrm`` and ``tuicrm --demo`` open the app without loading click (a
    sixth of the time to the first frame). Anything that goes wrong before the
    app starts (a file to refuse, a data folder that cannot be made) goes back
    to click (False), which says it in its usual one line."""
    # No cycle collection until Today's first rows are drawn (CrmApp._after_first_read):
    # its full passes over Textual's objects, tens of milliseconds each, fell in
    # the middle of the start.
    gc.disable()
    try:
        if demo:
            from tuicrm import demo as demo_copy

            demo_copy.require_sample()  # the copy is made after the first frame
            target, title = str(demo_copy.demo_path()), "tuicrm demo"
            prepare: Callable[[], object] | None = demo_copy.prepare_demo
            notes: list[str] = []
        else:
            from tuicrm import config
            from tuicrm.db_file import check_database_file

            target = os.environ.get("TUICRM_DB") or config.default_database()  # as click
            notes = check_database_file(target)
            title, prepare = None, None
    except Exception:  # noqa: BLE001 - click reports it, the usual way
        gc.enable()
        return False
    from tuicrm.tui import run_tui

    run_tui(target, title=title, prepare=prepare, notes=notes)
    return True
