"""The field history of a record, and putting a field back."""

from __future__ import annotations

from dataclasses import replace

from tuicrm.core.base import UseCases
from tuicrm.services import field_restore, history
from tuicrm.services.history import Change


class History(UseCases):
    """What changed in a record, field by field, and restoring a field's old value."""

    def of(self, kind: str, record_id: int, *, limit: int = 500) -> list[Change]:
        """The record's changes, newest first, each saying whether it can be put back."""
        with self.db.read() as session:
            found = history.changes(session=session, kind=kind, record_id=record_id, limit=limit)
        return [replace(c, restorable=field_restore.can_restore(c)) for c in found]

    def restore(self, change_id: int, *, overwrite: bool = False) -> Change:
        """Put back the field's value from before change ``change_id`` (recorded as a
        restore). Refused as a conflict if the field changed again since, unless
        ``overwrite``."""
        with self.write(via="restore") as session:
            return field_restore.restore_field(session=session, change_id=change_id,
                                               overwrite=overwrite)


#: Lifecycle fields read as what happened: (when set, when cleared).
_EVENTS = {"deleted_at": ("deleted", "restored"), "archived_at": ("archived", "unarchived"),
           "done_at": ("marked done", "reopened")}


def field_label(change: Change) -> str:
    """The changed field in words ("city", "phones", "owner")."""
    return history.field_words(change.field)


def change_words(change: Change) -> tuple[str, str, str]:
    """``(field, before, after)`` as a person reads them; a deletion, an archive or a
    completion reads as what happened (``("deleted", "", "")``)."""
    from tuicrm.textclean import clean_text

    if change.field in _EVENTS:
        done, undone = _EVENTS[change.field]
        return (done if change.new is not None else undone), "", ""
    names = change.names or {}
    return (field_label(change),
            clean_text(value_words(_named(change.old, names)), multiline=False),
            clean_text(value_words(_named(change.new, names)), multiline=False))


def _named(value: object, names: dict[int, str]) -> object:
    """A link's ids as the names they had when read (an id nobody has now stays a number)."""
    if isinstance(value, list):
        return [_named(v, names) for v in value]
    if isinstance(value, int) and not isinstance(value, bool) and value in names:
        return names[value]
    return value


def value_words(value: object) -> str:
    """A stored value on one line: a moment in local time, a list joined, "—" for none."""
    from datetime import datetime

    from tuicrm.dates import format_datetime_local

    if value is None or value == [] or value == "":
        return "—"
    if isinstance(value, list):
        return ", ".join(value_words(v) for v in value)
    if isinstance(value, dict):  # a sale line
        return " ".join(value_words(v) for k, v in value.items() if k != "product_id" and v)
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, str) and len(value) > 16 and value[10:11] == "T":
        try:
            return format_datetime_local(datetime.fromisoformat(value.replace("Z", "+00:00")))
        except ValueError:
            pass
    return " ".join(str(value).split())
