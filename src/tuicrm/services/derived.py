"""Derived contact columns, kept once per write transaction.

A contact keeps columns worked out from its other records: the stay-in-touch
clock and role (:mod:`~tuicrm.services.touch_clock`) and its purchase
figures (:mod:`~tuicrm.services.purchase_figures`). A write unit of work
keeps them true in two steps:

- after each flush, :func:`note_flush` notes which contacts the flush touched
  (bookkeeping in ``session.info``, no SQL);
- once, just before the commit, :func:`refresh_noted` works those contacts'
  columns out again, with statements built once per dialect.

Refreshing on every flush instead rebuilt the statements each time: most of
the time a write spent, and of seeding the demo firm. A service that moves
touches with a Core statement (which no flush sees) calls :func:`note`.
The write unit of work that calls these is :func:`tuicrm.core.open_database`'s.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from tuicrm.services import touch_clock

_CONTACTS = "tuicrm.derived.contacts"
_MEETINGS = "tuicrm.derived.meetings"


def note(session: Session, contact_ids: Iterable[int] = (), meeting_ids: Iterable[int] = ()) -> None:
    """Refresh these contacts (and these meetings' attendees) before the commit."""
    session.info.setdefault(_CONTACTS, set()).update(contact_ids)
    session.info.setdefault(_MEETINGS, set()).update(meeting_ids)


def note_flush(session: Session, _flush_context: Any) -> None:
    """``after_flush`` listener: note the contacts this flush touched."""
    contact_ids, meeting_ids = touch_clock.touched_in_flush(session)
    if contact_ids or meeting_ids:
        note(session, contact_ids, meeting_ids)


def refresh_noted(session: Session) -> None:
    """Work out again the columns of every contact noted since the last call."""
    contact_ids: set[int] = session.info.pop(_CONTACTS, set())
    meeting_ids: set[int] = session.info.pop(_MEETINGS, set())
    if meeting_ids:
        contact_ids |= touch_clock.attendees_of(session, meeting_ids)
    if contact_ids:
        touch_clock.refresh(session, contact_ids)
