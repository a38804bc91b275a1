"""Errors a person can be shown. Headless: no SQLAlchemy, no Textual.

Each message is written for the person at the keyboard: what happened and what
they can do, never a stack trace.
"""

from __future__ import annotations

from typing import Any, NamedTuple


class CrmError(Exception):
    """Base of every error tuicrm reports to a person in plain words."""


class NotFoundError(CrmError):
    def __init__(self, what: str, key: Any) -> None:
        super().__init__(f"{what} {key} does not exist (it may have been deleted).")
        self.what, self.key = what, key


class Clash(NamedTuple):  # not a dataclass: ``dataclasses`` costs the quick start ~9 ms
    """A field both people changed, to different values: mine and the stored one."""

    field: str
    mine: Any
    theirs: Any


class ConflictError(CrmError):
    """A save made from a copy someone else has changed since it was read.

    ``clashes`` lists the fields both changed, when the save said what it
    started from, and ``kept`` the fields only they changed; without that,
    ``current`` (the stored row) is all there is.
    """

    def __init__(
        self,
        what: str,
        key: Any,
        *,
        expected_version: int | None,
        current_version: int | None,
        changed_by: str | None = None,
        current: dict[str, Any] | None = None,
        clashes: list[Clash] | None = None,
        kept: list[str] | None = None,
    ) -> None:
        who = f" by {changed_by}" if changed_by else ""
        subject = f"{what} {key}" if key is not None else f"This {what.lower()}"
        super().__init__(
            f"{subject} was changed{who} since you opened it; "
            "nothing was saved. Reload to see their change, or overwrite it deliberately."
        )
        self.what, self.key = what, key
        self.expected_version = expected_version
        self.current_version = current_version
        self.changed_by = changed_by
        self.current = current or {}
        self.clashes = clashes or []
        self.kept = kept or []  # fields only they changed: their values stay either way


class ValidationError(CrmError):
    """Input that cannot be stored; ``field_errors`` maps field -> message."""

    def __init__(self, field_errors: dict[str, str], *, sentence: str = "") -> None:
        """``sentence``: the whole refusal as a person reads it, where there is no
        form to show ``field_errors`` at (a key's action, a command line)."""
        summary = sentence or "; ".join(f"{k}: {v}" for k, v in field_errors.items())
        super().__init__(summary or "invalid input")
        self.field_errors = field_errors


class DatabaseBusyError(CrmError):
    def __init__(self) -> None:
        super().__init__(
            "The database stayed locked by another tuicrm or program for 10 seconds; "
            "nothing was saved. Try again in a moment."
        )


class MigrationError(CrmError):
    """The schema could not be brought up to date; the file is as it was."""


GENERIC_MESSAGE = "Something went wrong."
_DRIVER_MODULES = ("sqlite3", "sqlalchemy", "psycopg")


def plain_message(error: BaseException | None, *, unexpected_hint: str = "") -> str:
    """One clean line a person can read, for any error (the CLI's and the UI's).

    - :class:`CrmError` and ``DateError`` are already written for a person:
      their own words.
    - A database driver's error (SQLAlchemy wraps it in ``.orig``; its own
      ``str()`` adds SQL and a link to its docs) becomes "The database could
      not be used: <the driver's words>". Recognised by module name, so this
      module imports neither SQLAlchemy nor a driver.
    - An ``OSError`` names the file and what went wrong with it.
    - Anything else is an unexpected error, named by its type, followed by
      ``unexpected_hint`` in brackets when given (the CLI points at
      ``TUICRM_DEBUG=1``).

    Controls, bidi overrides and line breaks are removed: the result is one line.
    """
    from tuicrm.dates import DateError
    from tuicrm.textclean import clean_text

    if error is None:
        return GENERIC_MESSAGE
    if isinstance(error, CrmError | DateError):
        text = str(error)
    else:
        cause = getattr(error, "orig", None) or error
        detail = str(cause) or type(cause).__name__
        if type(cause).__module__.startswith(_DRIVER_MODULES):
            text = f"The database could not be used: {detail}"
        elif isinstance(cause, OSError) and cause.filename:
            text = f"{cause.filename}: {cause.strerror or detail}"
        elif isinstance(cause, OSError):
            text = detail
        else:
            text = f"Unexpected error ({type(error).__name__}): {detail}"
            if unexpected_hint:
                text = f"{text} ({unexpected_hint})"
    return clean_text(text, multiline=False) or type(error).__name__
