"""The import's shortcut past pydantic gives exactly what ``validate(ContactCreate, ...)`` gives.

An import checks each new contact with :func:`importing_checks.contact_create`
instead of building a pydantic model per line. These tests hold it to the
model: for every input, the same values (same types, same order, same "fields
set"), or the same refusal with the same messages; and the lines a person
reads in the plan are the ones the pydantic path wrote.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tuicrm.db import Database
from tuicrm.errors import ValidationError
from tuicrm.interop.csv_import import read_csv
from tuicrm.models import ContactCreate, ContactKind
from tuicrm.services import importing_checks
from tuicrm.services.common import validate
from tuicrm.services.importing import plan_import
from tuicrm.services.importing_checks import clean_line, contact_create, quick_contact
from tuicrm.textclean import clean_text

HOSTILE = ["", " ", "  Ada  ", "Ada\tLovelace", "Ada\nLovelace", "Ada\r\nL", "\x1b[2Jx",
           "a\u202eb", "\u2066x\u2069", "Zoë", "Zoe\u0308", "e\u0301", "\u00a0nbsp\u00a0",
           "x\u3000y", "\x85", "a\x00b", "\x7f", "\x9b31m", "[/]", "[@click=app.quit]x",
           "=1+1", "'+44", "😀", "a" * 201, "a" * 200, "ÅNGSTRÖM", "\u2028", "line\u2029"]
EMAILS = ["ada@example.org", "ADA@Example.ORG", " ada@example.org ", "bob@", "no at sign",
          "a@b.c", "a@b", "x@y.z\u200e", "ümlaut@exämple.de", "a@b.co, c@d.co", "a" * 250 + "@b.co",
          "dup@x.org", "DUP@x.org"]
PHONES = ["+44 20 7946 0000", "+44  20 7946 0000", "12", "(020) 7946-0000 ext. 12", "abc",
          "+1 555 0100 x 7", "٣٣٣٣", "12\u00a034", "0" * 31, "+441234567890"]
TAGS = ["vip", "VIP", " News ", "a" * 60, "a" * 61, "two  words", "ünï", "\x1b"]
ENUMS = ["person", "organisation", "Person", " organisation ", "company", "",
         "awareness", "retention", "referral", "ads", "website", "\u202eperson",
         ContactKind.ORGANISATION]

_text = st.one_of(st.sampled_from(HOSTILE), st.text(max_size=40),
                  st.text(alphabet=st.characters(codec="ascii"), max_size=30))


def _listed(samples: list[str]) -> st.SearchStrategy[list[str]]:
    return st.lists(st.one_of(st.sampled_from(samples), _text), max_size=4)


def _rows(name: st.SearchStrategy[str], emails: list[str], phones: list[str],
          tags: list[str], enums: list[Any], anything: bool) -> st.SearchStrategy[dict]:
    def listed(samples: list[str]) -> st.SearchStrategy[list[str]]:
        return _listed(samples) if anything else st.lists(st.sampled_from(samples), max_size=4)

    enum = st.one_of(st.sampled_from(enums), _text) if anything else st.sampled_from(enums)
    return st.fixed_dictionaries({} if anything else {"name": name}, optional={
        **({"name": name} if anything else {}), "kind": enum, "stage": enum, "source": enum,
        "emails": listed(emails), "phones": listed(phones), "tags": listed(tags),
        "job_title": _text, "website": _text, "street": _text, "city": _text,
        "region": _text, "postal_code": _text, "country": _text,
        "notes": st.one_of(_text, st.sampled_from(["Two\nlines", "tab\there", "\r\nx\r\n"])),
    })


_NAMES = st.one_of(st.sampled_from(["Ada Lovelace", "Person 00001 Example", " Zoë\t"]),
                   st.text(min_size=1, max_size=60))
# Anything at all (mostly refused, so pydantic's messages are compared)...
ROWS = _rows(st.one_of(_NAMES, _text), EMAILS, PHONES, TAGS, ENUMS, anything=True)
# ...and untidy rows that mostly pass (so the shortcut's own answers are compared).
GOOD_ROWS = _rows(_NAMES, ["ada@example.org", "ADA@Example.ORG", " dup@x.org ", "DUP@x.org",
                           "x@y.z\u200e", "ümlaut@exämple.de", "a\x1b@b.co"],
                  ["+44 20 7946 0000", "+44  20 7946 0000", "(020) 7946-0000 ext. 12",
                   "+1 555 0100 x 7", "12\u00a034 5", "+441234567890"],
                  ["vip", "VIP", " News ", "a" * 60, "two  words", "ünï"],
                  ["person", "organisation", " organisation ", "awareness", "retention",
                   "referral", "ads", "website", ContactKind.ORGANISATION], anything=False)


def outcome(check: Any, data: dict[str, Any]) -> tuple:
    """What a check answers, in full: every value with its type, in order, and what was set."""
    try:
        result = check(data)
    except ValidationError as err:
        return "refused", err.field_errors
    return ("valid", [(k, type(v), v) for k, v in result.__dict__.items()],
            result.model_fields_set, result.__pydantic_extra__, result.__pydantic_private__)


def by_pydantic(data: dict[str, Any]) -> ContactCreate:
    return validate(ContactCreate, data)


def test_the_shortcut_is_in_use_for_the_model_as_it_is() -> None:
    """If this fails, ContactCreate changed (a validator, a field, a constraint):
    teach importing_checks the new rule; until then every line goes to pydantic."""
    assert importing_checks.READY


@settings(max_examples=400, deadline=None)
@given(text=st.one_of(st.sampled_from(HOSTILE + EMAILS + PHONES), st.text(max_size=60)))
def test_clean_line_is_clean_text_on_one_line(text: str) -> None:
    assert clean_line(text) == clean_text(text, multiline=False)


@settings(max_examples=500, deadline=None)
@given(data=st.one_of(ROWS, GOOD_ROWS))
def test_any_row_gets_what_pydantic_gives(data: dict[str, Any]) -> None:
    assert outcome(contact_create, dict(data)) == outcome(by_pydantic, dict(data))


@pytest.mark.parametrize("data", [
    {"name": "Person 00001 Example", "emails": ["person1@example.org"],
     "phones": ["+44 7700 000001"], "city": "Bristol", "tags": ["newsletter"]},
    {"name": "  Ada\tLovelace ", "emails": ["ADA@Example.org", "ada@example.org"],
     "phones": ["+44  20 7946 0000", "+44 20 7946 0000"], "tags": ["VIP", "vip", " News "],
     "kind": "organisation", "stage": "retention", "source": "referral",
     "notes": "Two\r\nlines\x1b[2J", "job_title": "Countess\u202e", "website": "https://x.org"},
    {"name": "Zoe\u0308 Ågren", "kind": ContactKind.ORGANISATION},
    {"name": "a" * 200, "tags": ["a" * 60], "emails": [f"p{i}@x.org" for i in range(20)]},
])
def test_ordinary_and_untidy_rows_are_decided_by_the_shortcut(data: dict[str, Any]) -> None:
    assert quick_contact(data) is not None  # the fast path is really taken...
    assert outcome(contact_create, data) == outcome(by_pydantic, data)  # ...and agrees


@pytest.mark.parametrize(("data", "message"), [
    ({"name": ""}, {"name": "String should have at least 1 character"}),
    ({"name": " \x1b "}, {"name": "String should have at least 1 character"}),
    ({"emails": ["a@b.co"]}, {"name": "Field required"}),
    ({"name": "a" * 201}, {"name": "String should have at most 200 characters"}),
    ({"name": "A", "emails": ["bob@"]}, {"emails": "'bob@' is not an email address"}),
    ({"name": "A", "phones": ["12"]}, {"phones": "'12' is not a phone number"}),
    ({"name": "A", "tags": ["a" * 61]},
     {"tags": "tag 'aaaaaaaaaaaaaaaaaaaa...' is longer than 60 characters"}),
    ({"name": "A", "emails": [f"p{i}@x.org" for i in range(21)]},
     {"emails": "List should have at most 20 items after validation, not 21"}),
    ({"name": "A", "kind": "company"}, {"kind": "Input should be 'person' or 'organisation'"}),
    ({"name": "A", "postal_code": "1" * 21},
     {"postal_code": "String should have at most 20 characters"}),
    ({"name": "", "emails": ["bob@"], "stage": "later"},
     {"name": "String should have at least 1 character",
      "stage": "Input should be 'awareness', 'engagement', 'nurturing', 'retention' or "
               "'advocacy'",
      "emails": "'bob@' is not an email address"}),
])
def test_refused_rows_are_refused_with_pydantics_own_messages(
        data: dict[str, Any], message: dict[str, str]) -> None:
    assert quick_contact(data) is None
    with pytest.raises(ValidationError) as err:
        contact_create(data)
    assert err.value.field_errors == message
    assert outcome(contact_create, data) == outcome(by_pydantic, data)


def test_the_plan_says_the_same_as_before_line_by_line(db: Database) -> None:
    """Messages as the pydantic path wrote them (these texts predate the shortcut)."""
    rows = ["Name,Email,Phone,Tags,Kind,Postal code",
            "Ada,ada@example.org,+44 20 7946 0000,vip,,",
            "Bob,bob@,,,,",
            "Cy,cy@example.org,12,,,",
            f"Dee,,,{'t' * 61},,",
            "Eve,,,,robot,",
            "Fay,,,,,123456789012345678901",
            "'=Gus,GUS@EXAMPLE.ORG,,,,"]
    source = read_csv("\n".join(rows).encode(), name="t.csv")
    with db.read() as s:
        result = plan_import(session=s, source=source, mode="create")
    assert [(p.line, p.action.value, p.label, p.detail) for p in result.lines] == [
        (2, "create", "Ada", ""),
        # a bad value is left out, never its contact
        (3, "create", "Bob", "email 'bob@' left out: not an email address"),
        (4, "create", "Cy", "phone '12' left out: not a phone number"),
        (5, "create", "Dee", ("tag left out: tag 'tttttttttttttttttttt...' is longer than 60 "
                              "characters")),
        (6, "create", "Eve", "kind 'robot' left out: Input should be 'person' or 'organisation'"),
        (7, "create", "Fay", ("postal code '123456789012345678901' left out: String should "
                              "have at most 20 characters")),
        (8, "create", "=Gus", ""),
    ]
    assert result.lines[-1].payload.values.emails == ["gus@example.org"]
