"""Errors a person can be shown. Headless: no SQLAlchemy, no Textual.

Each message is written for the person at the keyboard: what happened and what
they can do, never a stack trace.
"""

from __future__ import annotations

from typing import Any


class CrmError(Exception):
    """Base of every error tuicrm reports to a person in plain words."""


class NotFoundError(CrmError):
    def __init__(self, what: str, key: Any) -> None:
        super().__init__(f"{what} {key} does not exist (it may have been deleted).")
        self.what, self.key = what, key


class ConflictError(CrmError):
    """A save made from a copy someone else has changed since it was read."""

    def __init__(
        self,
        what: str,
        key: Any,
        *,
        expected_version: int | None,
        current_version: int | None,
        changed_by: str | None = None,
        current: dict[str, Any] | None = None,
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


class ValidationError(CrmError):
    """Input that cannot be stored; ``field_errors`` maps field -> message."""

    def __init__(self, field_errors: dict[str, str]) -> None:
        summary = "; ".join(f"{k}: {v}" for k, v in field_errors.items())
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
