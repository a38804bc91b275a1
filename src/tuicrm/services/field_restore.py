"""Putting a field back to the value it had before a recorded change.

A restore is an edit like any other: it goes through the record's own update
(its checks, its version, the history, which records the restore too). It
starts from the change itself: if the field no longer holds the value that
change gave it (someone changed it again since), the restore is refused as a
conflict showing both values, unless the person chose to overwrite.

Only fields a form edits can be put back. A contract's status, end and
renewal link are set by ending and renewing it, and a deletion is taken back
by the undo, so those changes are shown but not restored here.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from tuicrm.errors import Clash, ConflictError, CrmError, NotFoundError
from tuicrm.models import (
    Contact,
    Contract,
    ContractCreate,
    FollowUp,
    FollowUpCreate,
    Meeting,
    Sale,
)
from tuicrm.services import contacts, contracts, followups, history, meetings, sales
from tuicrm.services.common import get_row, last_editor, record_label
from tuicrm.services.edits import row_input

# kind -> (model, the stored values in the shape a save sends, update(session, id, changes))
_KINDS: dict[str, tuple[type, Callable[[Session, Any], dict[str, Any]],
                        Callable[[Session, int, dict[str, Any]], Any]]] = {
    "contact": (Contact, lambda s, r: contacts.contact_input(s, r),
                lambda s, i, c: contacts.update_contact(session=s, contact_id=i, changes=c,
                                                        expected_version=None)),
    "contract": (Contract, lambda _s, r: row_input(r, ContractCreate),
                 lambda s, i, c: contracts.update_contract(session=s, contract_id=i, changes=c,
                                                           expected_version=None)),
    "meeting": (Meeting, lambda s, r: meetings.meeting_input(s, r),
                lambda s, i, c: meetings.update_meeting(session=s, meeting_id=i, changes=c,
                                                        expected_version=None)),
    "followup": (FollowUp, lambda _s, r: row_input(r, FollowUpCreate),
                 lambda s, i, c: followups.update_followup(session=s, followup_id=i, changes=c,
                                                           expected_version=None)),
    "sale": (Sale, lambda s, r: sales.sale_input(s, r),
             lambda s, i, c: sales.update_sale(session=s, sale_id=i, changes=c,
                                               expected_version=None)),
}
#: Fields set by their own actions (end, renew), not put back by a restore.
_SET_BY_ACTIONS = {"contract": frozenset({"status", "ended_on", "renews_id"})}


def can_restore(change: history.Change) -> bool:
    """Whether this change's old value can be put back with :func:`restore_field`."""
    kind = _KINDS.get(change.record_kind)
    if kind is None or change.field in _SET_BY_ACTIONS.get(change.record_kind, ()):
        return False
    schema = history.KINDS[kind[0]][1]
    return change.field in schema.model_fields


def restore_field(*, session: Session, change_id: int, overwrite: bool = False) -> history.Change:
    """Put back the value the field had before change ``change_id``; returns the change."""
    change = history.get_change(session=session, change_id=change_id)
    if change is None:
        raise NotFoundError("Change", change_id)
    if not can_restore(change):
        raise CrmError(f"The {history.field_words(change.field)} of a {change.record_kind} is "
                       "not put back from its history: its own action (end, renew, undo) "
                       "sets it.")
    model, stored_values, update = _KINDS[change.record_kind]
    record = get_row(session, model, change.record_id)
    now = stored_values(session, record).get(change.field)
    if history.same_value(change.field, change.old, now):
        raise CrmError(f"The {history.field_words(change.field)} already holds the value from "
                       "before that change; nothing was changed.")
    if not history.same_value(change.field, change.new, now) and not overwrite:
        raise ConflictError(record_label(model), record.id, expected_version=None,
                            current_version=record.version,
                            changed_by=last_editor(session, record),
                            clashes=[Clash(change.field, change.old, now)])
    update(session, change.record_id, {change.field: _as_saved(model, change)})
    return change


def _as_saved(model: type, change: history.Change) -> Any:
    """The old value as a save sends it: history keeps a blank text as none."""
    if change.old is not None:
        return change.old
    default = history.KINDS[model][1].model_fields[change.field].default
    return default if default in ("", []) else None
