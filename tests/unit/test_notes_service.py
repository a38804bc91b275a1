"""Interactions, satisfaction responses and team members."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from tuicrm.errors import ConflictError, ValidationError
from tuicrm.models import InteractionKind
from tuicrm.services import contacts, interactions, satisfaction, team

T0 = datetime(2026, 10, 1, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def ann(db):
    with db.write() as s:
        return contacts.create_contact(session=s, data={"name": "Ann"})


def test_timeline_entries_newest_first_by_kind(db, ann):
    with db.write() as s:
        for i, kind in enumerate(["call", "email", "note", "call"]):
            interactions.log_interaction(session=s, data={
                "contact_id": ann.id, "kind": kind, "occurred_at": T0 + timedelta(hours=i),
                "subject": f"#{i}", "body": "multi\nline"})
    with db.read() as s:
        everything = interactions.list_interactions(session=s, contact_id=ann.id)
        calls = interactions.list_interactions(session=s, kinds=[InteractionKind.CALL])
    assert [i.subject for i in everything] == ["#3", "#2", "#1", "#0"]
    assert [i.subject for i in calls] == ["#3", "#0"]
    assert everything.items[0].body == "multi\nline"


def test_interaction_edit_conflict_and_delete_undo(db, ann):
    with db.write() as s:
        note = interactions.log_interaction(session=s, data={
            "contact_id": ann.id, "occurred_at": T0, "body": "first"})
    with db.write() as s:
        interactions.update_interaction(session=s, interaction_id=note.id,
                                        changes={"body": "second"}, expected_version=note.version)
    with pytest.raises(ConflictError), db.write() as s:
        interactions.update_interaction(session=s, interaction_id=note.id,
                                        changes={"body": "stale"}, expected_version=note.version)
    with db.write() as s:
        interactions.delete_interaction(session=s, interaction_id=note.id)
    with db.read() as s:
        assert len(interactions.list_interactions(session=s)) == 0
    with db.write() as s:
        interactions.restore_interaction(session=s, interaction_id=note.id)
    with db.read() as s:
        assert [i.body for i in interactions.list_interactions(session=s)] == ["second"]


@pytest.mark.parametrize(("kind", "score", "ok"), [
    ("nps", 0, True), ("nps", 10, True), ("nps", 11, False),
    ("csat", 1, True), ("csat", 5, True), ("csat", 0, False)])
def test_survey_scores_stay_in_their_range(db, ann, kind, score, ok):
    data = {"contact_id": ann.id, "kind": kind, "score": score, "responded_at": T0}
    if ok:
        with db.write() as s:
            satisfaction.record_response(session=s, data=data)
        with db.read() as s:
            assert [r.score for r in satisfaction.list_responses(session=s, contact_id=ann.id)] == [score]
    else:
        with pytest.raises(ValidationError, match="score is from"), db.write() as s:
            satisfaction.record_response(session=s, data=data)


def test_sign_in_finds_or_creates_the_member_once(db):
    with db.write() as s:
        first = team.sign_in(session=s, username="lena.fischer")
    with db.write() as s:
        again = team.sign_in(session=s, username="lena.fischer")
        with pytest.raises(ValidationError, match="already"):
            team.create_member(session=s, data={"name": "L", "initials": "L", "username": "lena.fischer"})
    assert first.id == again.id and first.initials == "LF"
    with db.write() as s:
        team.set_active(session=s, member_id=first.id, active=False)
    with db.read() as s:
        assert team.list_members(session=s) == []
        assert [m.name for m in team.list_members(session=s, include_inactive=True)] == ["lena.fischer"]


def test_a_survey_answer_can_be_corrected_within_its_range(db, ann):
    with db.write() as s:
        r = satisfaction.record_response(session=s, data={
            "contact_id": ann.id, "kind": "nps", "score": 6, "responded_at": T0})
    with db.write() as s:
        satisfaction.update_response(session=s, response_id=r.id, changes={"score": 9},
                                     expected_version=r.version)
    with pytest.raises(ValidationError, match="from 0 to 10"), db.write() as s:
        satisfaction.update_response(session=s, response_id=r.id, changes={"score": 12},
                                     expected_version=None)
    with db.read() as s:
        assert satisfaction.get_response(session=s, response_id=r.id).score == 9
