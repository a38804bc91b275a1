"""Tests for tuicrm.interop.vcard: reading 2.1/3.0/4.0, writing 4.0, bad input."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tuicrm.interop.vcard import Card, Problem, read_vcard_bytes, read_vcards, write_vcards
from tuicrm.textclean import clean_text


def crlf(text: str) -> str:
    """A fixture written with \\n, as a file would have it (CRLF)."""
    return text.replace("\n", "\r\n")


def octet_lines(output: str) -> list[bytes]:
    data = output.encode("utf-8")
    assert data.endswith(b"\r\n")
    return data[:-2].split(b"\r\n")


def assert_folded(output: str) -> None:
    """Every physical line is at most 75 octets and valid UTF-8 on its own."""
    for raw in octet_lines(output):
        assert len(raw) <= 75, raw
        raw.decode("utf-8")  # raises if a character was split across lines
    assert "\n" not in output.replace("\r\n", "")
    assert "\r" not in output.replace("\r\n", "")


# --- writing and the round trip -------------------------------------------

TRICKY = Card(
    name="Zoë O'Brien-Łukasiewicz",
    organisation="Acme; Inc, \\ Sons",
    job_title="Head of Sales, EMEA; interim",
    emails=["zoe@example.com", "zoe.obrien@work.example"],
    phones=["+44 20 7946 0000", "+33 1 23 45 67 89"],
    website="https://example.com/a,b;c",
    street="12 Rue de l'Église, Bât. 3",
    city="Saint-Étienne",
    region="Auvergne-Rhône-Alpes",
    postal_code="42000",
    country="France",
    notes="Line one, with a comma; and a semicolon.\nLine two: back\\slash 😀 café\n\n"
    + " ".join(["A very long paragraph of notes 🎉 with accents éàü and emoji 👩‍👩‍👧"] * 40),
    tags=["vip", "met at conf, 2024", "semi;colon", "émoji 🚀"],
    uid="urn:uuid:3f1c2a4e-0000-4000-8000-000000000001",
)
ORG = Card(name="Acme Corporation", kind="organisation", website="https://acme.example",
           phones=["+1 555 0100"], tags=["supplier"])
DIVISION = Card(name="Acme UK", kind="organisation", organisation="Acme Corporation")
PLAIN = Card(name="Madonna")


def test_round_trip_keeps_every_field() -> None:
    assert len(TRICKY.notes.encode()) > 3000  # folded many times
    cards = [TRICKY, ORG, DIVISION, PLAIN]
    text = write_vcards(cards)
    read, problems = read_vcards(text)
    assert problems == []
    assert read == cards
    assert [card.line for card in read] == [
        n + 1 for n, line in enumerate(text.split("\r\n")) if line == "BEGIN:VCARD"
    ]


def test_round_trip_through_bytes() -> None:
    read, problems = read_vcard_bytes(write_vcards([TRICKY]).encode("utf-8"))
    assert (read, problems) == ([TRICKY], [])


def test_output_is_crlf_and_folded_at_75_octets_without_splitting_characters() -> None:
    text = write_vcards([TRICKY, ORG])
    assert_folded(text)
    lines = text.split("\r\n")
    assert any(line.startswith(" ") for line in lines), "the long NOTE should be folded"
    # Continuation lines start with exactly one space; unfolding gives the value back.
    note = next(i for i, line in enumerate(lines) if line.startswith("NOTE:"))
    end = next(i for i in range(note + 1, len(lines)) if not lines[i].startswith(" "))
    unfolded = lines[note] + "".join(line[1:] for line in lines[note + 1 : end])
    assert unfolded.startswith("NOTE:Line one\\, with a comma\\; and a semicolon.\\nLine two")


@pytest.mark.parametrize("prefix", range(6))
@pytest.mark.parametrize("char", ["é", "€", "😀", "a"])
def test_folding_never_splits_a_character(prefix: int, char: str) -> None:
    # Every alignment of 2-, 3- and 4-octet characters against the 75-octet limit.
    card = Card(name="x" * prefix + char * 200, notes=("y" * prefix + char) * 60)
    text = write_vcards([card])
    assert_folded(text)
    assert read_vcards(text) == ([card], [])


def test_written_lines_are_escaped_per_rfc_6350() -> None:
    card = Card(
        name="Ann Lee",
        organisation="A;B, C",
        emails=["ann@example.com", "lee@example.com"],
        notes="one\ntwo, three; four \\ five",
        tags=["a,b", "c"],
    )
    lines = write_vcards([card]).split("\r\n")
    assert lines[:3] == ["BEGIN:VCARD", "VERSION:4.0", "FN:Ann Lee"]
    assert "N:Lee;Ann;;;" in lines
    assert "ORG:A\\;B\\, C" in lines
    assert lines.count("EMAIL:ann@example.com") == 1
    assert "EMAIL:lee@example.com" in lines
    assert "NOTE:one\\ntwo\\, three\\; four \\\\ five" in lines
    assert "CATEGORIES:a\\,b,c" in lines
    assert not any(line.startswith(("UID", "KIND", "ADR", "URL", "TEL", "TITLE")) for line in lines)
    assert lines[-2:] == ["END:VCARD", ""]


def test_organisations_are_written_with_kind_org() -> None:
    lines = write_vcards([ORG]).split("\r\n")
    assert "KIND:org" in lines
    assert "ORG:Acme Corporation" in lines
    assert not any(line.startswith("N:") for line in lines)


def test_line_breaks_in_values_never_reach_the_output_raw() -> None:
    text = write_vcards([Card(name="A", notes="x\r\ny\rz")])
    assert "NOTE:x\\ny\\nz" in text.split("\r\n")
    assert read_vcards(text)[0][0].notes == "x\ny\nz"


_clean_line = st.text(max_size=120).map(lambda s: clean_text(s, multiline=False))
_clean_lines = st.lists(_clean_line.filter(bool), max_size=4)


@settings(max_examples=150, deadline=None)
@given(
    name=_clean_line.filter(bool),
    kind=st.sampled_from(["person", "organisation"]),
    organisation=_clean_line,
    job_title=_clean_line,
    emails=_clean_lines.filter(lambda xs: not any(x.lower().startswith("mailto:") for x in xs)),
    phones=_clean_lines.filter(lambda xs: not any(x.lower().startswith("tel:") for x in xs)),
    website=_clean_line,
    street=_clean_line,
    city=_clean_line,
    region=_clean_line,
    postal_code=_clean_line,
    country=_clean_line,
    notes=st.text(max_size=400).map(clean_text),
    tags=_clean_lines,
    uid=_clean_line,
)
def test_round_trip_of_any_clean_text(**fields: object) -> None:
    card = Card(**fields)  # type: ignore[arg-type]
    if card.kind == "organisation" and card.organisation == card.name:
        card.organisation = ""  # an organisation's ORG naming itself reads back as empty
    text = write_vcards([card])
    assert_folded(text)
    assert read_vcards(text) == ([card], [])


# --- reading 3.0 and 4.0 -----------------------------------------------------

APPLE_30 = crlf(
    """BEGIN:VCARD
VERSION:3.0
PRODID:-//Apple Inc.//macOS 14.0//EN
N:Doe;Jane;Q.;Dr.;PhD
FN:Jane Doe
NOTE:First line\\nsecond\\, with comma\\; and semicolon\\\\ and a long
  folded tail\\Nafter
item1.EMAIL;type=INTERNET;type=pref:jane@work.example
EMAIL;TYPE=INTERNET,HOME:jane@home.example
item1.X-ABLabel:_$!<Other>!$_
TEL;TYPE=CELL:+1 555 0100
item2.TEL;TYPE="voice,work";TYPE=pref:+1 555 0199
ADR;TYPE=WORK:;Suite 5;1 Main St;Springfield;IL;62701;USA
ADR;TYPE=HOME:;;2 Other St;Shelbyville;;;USA
org:Acme\\, Inc.;Sales
TITLE:Head of Sales
item3.URL;type=pref:http\\://acme.example/jane
CATEGORIES:vip,customers,a\\,b
CATEGORIES:second line
UID:abc-123
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgG
 BgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/
X-SOCIALPROFILE;type=twitter:https://twitter.com/jane
END:VCARD
"""
)


def test_reads_30_with_params_groups_folding_and_escapes() -> None:
    cards, problems = read_vcards(APPLE_30)
    assert problems == []
    assert cards == [
        Card(
            name="Jane Doe",
            organisation="Acme, Inc.",
            job_title="Head of Sales",
            emails=["jane@work.example", "jane@home.example"],
            phones=["+1 555 0199", "+1 555 0100"],  # the preferred one first
            website="http://acme.example/jane",
            street="1 Main St, Suite 5",
            city="Springfield",
            region="IL",
            postal_code="62701",
            country="USA",
            notes="First line\nsecond, with comma; and semicolon\\ and a long folded tail\nafter",
            tags=["vip", "customers", "a,b", "second line"],
            uid="abc-123",
            # the kind of each entry, from its TYPE ("voice" and "pref" say none), else
            # from the X-ABLabel of its group (item1: "_$!<Other>!$_")
            labels={"jane@work.example": "other", "jane@home.example": "home",
                    "+1 555 0100": "mobile", "+1 555 0199": "work"},
        )
    ]
    assert cards[0].line == 1


def test_tab_folding_and_lf_or_cr_line_endings() -> None:
    for newline in ("\n", "\r", "\r\n"):
        text = newline.join(["BEGIN:VCARD", "VERSION:4.0", "FN:Jo", "\thn Smith", "END:VCARD", ""])
        assert read_vcards(text) == ([Card(name="John Smith")], [])


def test_name_built_from_n_when_there_is_no_fn() -> None:
    text = crlf("BEGIN:VCARD\nVERSION:3.0\nN:Doe;John;Paul,George;Mr.;Jr.\nEND:VCARD\n")
    cards, problems = read_vcards(text)
    assert problems == []
    assert cards[0].name == "Mr. John Paul George Doe Jr."
    assert cards[0].kind == "person"


def test_40_uri_values_and_quoted_params() -> None:
    text = crlf(
        """BEGIN:VCARD
VERSION:4.0
FN:Ana Ruiz
TEL;VALUE=uri;TYPE="voice,home";PREF=2:tel:+34-600-000-001
TEL;VALUE=uri;TYPE="cell";PREF=1:tel:+34-600-000-002
EMAIL;PREF=1:ana@example.es
ADR;LABEL="Calle Mayor 1:\\n28013 Madrid";TYPE=home:;;Calle Mayor 1;Madrid;;28013;España
END:VCARD
"""
    )
    cards, problems = read_vcards(text)
    assert problems == []
    card = cards[0]
    assert card.phones == ["+34-600-000-002", "+34-600-000-001"]
    assert card.emails == ["ana@example.es"]
    assert (card.street, card.city, card.postal_code, card.country) == (
        "Calle Mayor 1", "Madrid", "28013", "España"
    )


def test_control_characters_and_bidi_overrides_are_cleaned() -> None:
    text = crlf(
        "BEGIN:VCARD\nVERSION:4.0\nFN:Eve\x1b]52;c;aGk=\x07 \u202eLive\nNOTE:one\\n\\ttwo\x1b[2J\tthree\n"
        "CATEGORIES:a\x00b, c\nEND:VCARD\n"
    )
    cards, _ = read_vcards(text)
    assert cards[0].name == "Eve]52;c;aGk= Live"
    assert cards[0].notes == "one\n\\ttwo[2J\tthree"
    assert cards[0].tags == ["ab", "c"]


# --- organisations -------------------------------------------------------------


def test_kind_org_card() -> None:
    text = crlf("BEGIN:VCARD\nVERSION:4.0\nKIND:org\nFN:Globex\nORG:Globex\nEND:VCARD\n")
    assert read_vcards(text) == ([Card(name="Globex", kind="organisation")], [])


def test_kind_org_card_belonging_to_another_organisation() -> None:
    text = crlf("BEGIN:VCARD\nVERSION:4.0\nKIND:ORG\nFN:Globex Labs\nORG:Globex;R&D\nEND:VCARD\n")
    assert read_vcards(text)[0] == [
        Card(name="Globex Labs", kind="organisation", organisation="Globex")
    ]


@pytest.mark.parametrize("n_line", ["", "N:;;;;\n"])
def test_org_only_card_is_an_organisation(n_line: str) -> None:
    text = crlf(f"BEGIN:VCARD\nVERSION:3.0\n{n_line}ORG:Initech\\, LLC;IT\nTEL:+1 555 0111\nEND:VCARD\n")
    assert read_vcards(text) == (
        [Card(name="Initech, LLC", kind="organisation", phones=["+1 555 0111"])], []
    )


def test_apple_company_card() -> None:
    text = crlf(
        "BEGIN:VCARD\nVERSION:3.0\nN:;;;;\nFN:Hooli\nORG:Hooli;\nX-ABShowAs:COMPANY\nEND:VCARD\n"
    )
    assert read_vcards(text) == ([Card(name="Hooli", kind="organisation")], [])


def test_person_with_org_keeps_it_as_organisation_name() -> None:
    text = crlf("BEGIN:VCARD\nVERSION:3.0\nFN:Peter Gibbons\nORG:Initech\nEND:VCARD\n")
    assert read_vcards(text)[0] == [Card(name="Peter Gibbons", organisation="Initech")]


def test_group_cards_are_reported_not_imported() -> None:
    text = crlf(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Friends\nX-ADDRESSBOOKSERVER-KIND:group\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nKIND:group\nFN:Team\nEND:VCARD\n"
    )
    cards, problems = read_vcards(text)
    assert cards == []
    assert [p.line for p in problems] == [1, 6]
    assert all("group" in p.message for p in problems)


# --- vCard 2.1 -----------------------------------------------------------------

NOKIA_21 = crlf(
    """BEGIN:VCARD
VERSION:2.1
N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=C3=BCller;J=C3=BCrgen;;;
FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:J=C3=BCrgen M=C3=BCller
NOTE;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:Erste Zeile=0D=0AZweite Zeile, sehr lang und=
 weich umbrochen =E2=82=AC=
=0D=0Adritte Zeile=3D gleich
TEL;CELL;VOICE:+49 170 1234567
TEL;WORK:+49 30 123
EMAIL;INTERNET:juergen@privat.example
EMAIL;INTERNET;PREF:j@example.de
ADR;HOME;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:;;Stra=C3=9Fe 1=0D=0AHinterhaus;K=C3=B6ln;;50667;Deu=
tschland
PHOTO;ENCODING=BASE64;TYPE=JPEG:
 /9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgG

END:VCARD
"""
)


def test_reads_21_quoted_printable_with_soft_breaks_and_charset() -> None:
    cards, problems = read_vcards(NOKIA_21)
    assert problems == []
    assert cards == [
        Card(
            name="Jürgen Müller",
            emails=["j@example.de", "juergen@privat.example"],
            phones=["+49 170 1234567", "+49 30 123"],
            street="Straße 1, Hinterhaus",
            city="Köln",
            postal_code="50667",
            country="Deutschland",
            notes="Erste Zeile\nZweite Zeile, sehr lang und weich umbrochen €\ndritte Zeile= gleich",
            labels={"+49 170 1234567": "mobile", "+49 30 123": "work"},  # 2.1's bare TYPEs
        )
    ]


def test_21_has_no_newline_escape() -> None:
    text = crlf("BEGIN:VCARD\nVERSION:2.1\nN:Smith;Al\nNOTE:see C:\\notes\\new\nEND:VCARD\n")
    cards, _ = read_vcards(text)
    assert cards[0].name == "Al Smith"
    assert cards[0].notes == "see C:\\notes\\new"


def test_quoted_printable_ending_in_equals_does_not_swallow_end() -> None:
    text = crlf(
        "BEGIN:VCARD\nVERSION:2.1\nFN;ENCODING=QUOTED-PRINTABLE:Bob=\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:2.1\nFN:Carol\nEND:VCARD\n"
    )
    cards, problems = read_vcards(text)
    assert [c.name for c in cards] == ["Bob", "Carol"]
    assert problems == []


def test_cp1252_file() -> None:
    data = crlf(
        "BEGIN:VCARD\nVERSION:2.1\nN:Müller;Zoë\nFN:Zoë Müller\nNOTE:Preis 5 € – «gut»\n"
        "ADR;HOME:;;Hauptstraße 5;Zürich;;8001;Schweiz\nEND:VCARD\n"
    ).encode("cp1252")
    cards, problems = read_vcard_bytes(data)
    assert problems == []
    assert cards[0].name == "Zoë Müller"
    assert cards[0].notes == "Preis 5 € – «gut»"
    assert (cards[0].street, cards[0].city) == ("Hauptstraße 5", "Zürich")


def test_declared_charsets_on_raw_and_quoted_printable_values() -> None:
    data = b"\r\n".join([
        b"BEGIN:VCARD",
        b"VERSION:2.1",
        b"FN;CHARSET=ISO-8859-7:" + "Γιώργος Παπαδόπουλος".encode("iso-8859-7"),
        b"NOTE;CHARSET=ISO-8859-1;ENCODING=QUOTED-PRINTABLE:Gr=FC=DFe",
        b"TITLE;CHARSET=no-such-charset;QUOTED-PRINTABLE:Caf=C3=A9",
        b"END:VCARD",
        b"",
    ])
    cards, problems = read_vcard_bytes(data)
    assert problems == []
    assert cards[0].name == "Γιώργος Παπαδόπουλος"
    assert cards[0].notes == "Grüße"
    assert cards[0].job_title == "Café"


def test_mixed_utf8_and_cp1252_values_in_one_file() -> None:
    data = crlf("BEGIN:VCARD\nVERSION:3.0\nFN:Zoë\nEND:VCARD\n").encode("utf-8") + crlf(
        "BEGIN:VCARD\nVERSION:2.1\nFN:Renée\nEND:VCARD\n"
    ).encode("cp1252")
    cards, problems = read_vcard_bytes(data)
    assert [c.name for c in cards] == ["Zoë", "Renée"]
    assert problems == []


@pytest.mark.parametrize(
    "data",
    [
        b"\xef\xbb\xbf" + crlf("BEGIN:VCARD\nVERSION:3.0\nFN:Zoë\nEND:VCARD\n").encode("utf-8"),
        crlf("\ufeffBEGIN:VCARD\nVERSION:3.0\nFN:Zoë\nEND:VCARD\n").encode("utf-16"),
        crlf("BEGIN:VCARD\nVERSION:3.0\nFN:Zoë\nEND:VCARD\n").encode("utf-8"),
    ],
    ids=["utf-8-bom", "utf-16-bom", "utf-8"],
)
def test_bom(data: bytes) -> None:
    assert read_vcard_bytes(data) == ([Card(name="Zoë")], [])


def test_bom_in_text() -> None:
    assert read_vcards("\ufeffBEGIN:VCARD\r\nFN:Zoë\r\nEND:VCARD\r\n") == ([Card(name="Zoë")], [])


def test_utf8_character_split_by_a_careless_folder_is_rejoined() -> None:
    line = "FN:Zo".encode() + "ë".encode()[:1] + b"\r\n " + "ë".encode()[1:] + b" Smith"
    data = b"BEGIN:VCARD\r\nVERSION:4.0\r\n" + line + b"\r\nEND:VCARD\r\n"
    assert read_vcard_bytes(data) == ([Card(name="Zoë Smith")], [])


# --- malformed cards -----------------------------------------------------------

THREE_CARDS = crlf(
    """BEGIN:VCARD
VERSION:3.0
FN:First Person
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Broken Person
EMAIL:broken@example.com
BEGIN:VCARD
VERSION:3.0
FN:Third Person
END:VCARD
"""
)


def test_missing_end_skips_only_that_card() -> None:
    cards, problems = read_vcards(THREE_CARDS)
    assert [(c.name, c.line) for c in cards] == [("First Person", 1), ("Third Person", 9)]
    assert len(problems) == 1
    assert problems[0].line == 5
    assert "END:VCARD" in problems[0].message


def test_missing_end_at_end_of_file() -> None:
    text = THREE_CARDS.replace("FN:Third Person\r\nEND:VCARD\r\n", "FN:Third Person\r\n")
    cards, problems = read_vcards(text)
    assert [c.name for c in cards] == ["First Person"]
    assert [p.line for p in problems] == [5, 9]
    assert "END:VCARD" in problems[1].message


def test_card_without_a_name_is_reported() -> None:
    text = crlf(
        "BEGIN:VCARD\nVERSION:3.0\nTEL:555 0100\nFN: \x1b \nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Somebody\nEND:VCARD\n"
    )
    cards, problems = read_vcards(text)
    assert [c.name for c in cards] == ["Somebody"]
    assert problems == [Problem(1, problems[0].message)]
    assert "name" in problems[0].message


def test_a_card_with_only_an_email_address_is_named_after_it() -> None:
    text = crlf("BEGIN:VCARD\nVERSION:3.0\nEMAIL;TYPE=WORK:mary.o-neil@example.com\n"
                "FN: \x1b \nEND:VCARD\n")
    cards, problems = read_vcards(text)
    assert problems == []
    assert [(c.name, c.emails, c.labels) for c in cards] == [
        ("Mary O Neil", ["mary.o-neil@example.com"], {"mary.o-neil@example.com": "work"})]


def test_huge_field_is_reported_with_its_line_and_the_card_skipped() -> None:
    huge = Card(name="Huge", notes="x" * 100_001)
    text = write_vcards([Card(name="Before"), huge, Card(name="After")])
    note_line = text.split("\r\n").index("NOTE:" + "x" * 70) + 1
    cards, problems = read_vcards(text)
    assert [c.name for c in cards] == ["Before", "After"]
    assert len(problems) == 1
    assert problems[0].line == note_line
    assert "100,001" in problems[0].message and "NOTE" in problems[0].message


def test_field_limit_is_a_parameter() -> None:
    text = write_vcards([Card(name="A", notes="y" * 500)])
    assert read_vcards(text, max_field=500)[1] == []
    cards, problems = read_vcards(text, max_field=499)
    assert cards == [] and len(problems) == 1


def test_overlong_line_is_reported() -> None:
    text = crlf(
        "BEGIN:VCARD\nVERSION:3.0\nFN:Long\nNOTE:" + "z" * 10_001 + "\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:3.0\nFN:Short\nEND:VCARD\n"
    )
    cards, problems = read_vcards(text)
    assert [c.name for c in cards] == ["Short"]
    assert len(problems) == 1
    assert problems[0].line == 4
    assert "10,000" in problems[0].message


def test_skipped_properties_are_not_capped() -> None:
    photo = "PHOTO;ENCODING=b;TYPE=JPEG:" + "A" * 300_000
    text = crlf(f"BEGIN:VCARD\nVERSION:3.0\nFN:Pic\n{photo}\nEND:VCARD\n")
    assert read_vcards(text) == ([Card(name="Pic")], [])


def test_card_limit() -> None:
    text = write_vcards([Card(name=f"P{i}") for i in range(5)])
    cards, problems = read_vcards(text, max_cards=3)
    assert [c.name for c in cards] == ["P0", "P1", "P2"]
    assert len(problems) == 1 and "more than 3" in problems[0].message


def test_stray_lines_and_unmatched_end_are_reported() -> None:
    text = crlf(
        "some preamble\nmore preamble\n\nBEGIN:VCARD\nFN:A\nEND:VCARD\nEND:VCARD\n"
        "BEGIN:VCARD\nFN:B\nthis line is not a property\nEND:VCARD\n"
    )
    cards, problems = read_vcards(text)
    assert [c.name for c in cards] == ["A", "B"]
    assert [p.line for p in problems] == [1, 7, 10]


def test_not_a_vcard_at_all() -> None:
    cards, problems = read_vcards("name,email\r\nAnn,ann@example.com\r\n")
    assert cards == []
    assert [p.line for p in problems] == [1]


def test_empty_input() -> None:
    assert read_vcards("") == ([], [])
    assert read_vcard_bytes(b"") == ([], [])


def test_card_equality_ignores_the_line() -> None:
    assert Card(name="A", line=3) == Card(name="A", line=9)
    assert dataclasses.replace(Card(name="A"), line=5).line == 5


def test_control_bytes_a_stored_value_holds_never_reach_the_file() -> None:
    """Stored text may come from another program (or an older tuicrm): the file
    is cleaned on the way out, as the screen is."""
    raw = Card(name="Evil\x1b]0;pwned\x07 Name", kind="person", notes="ring\x07 the \x9bbell",
               organisation="Org\x1b[31m", emails=["a@example.com"], tags=["v\x7fip"])
    text = write_vcards([raw])
    assert not any(ch in text for ch in "\x1b\x07\x7f\x9b")
    [back], _problems = read_vcards(text)
    assert back.name == clean_text(raw.name, multiline=False)
    assert back.notes == clean_text(raw.notes, multiline=True)


def test_a_website_is_written_as_the_uri_it_is_and_read_back() -> None:
    url = "https://shop.example/?a=1,b=2;c"
    text = write_vcards([Card(name="Shop", website=url)])
    assert f"URL:{url}\r\n" in text  # commas and semicolons not escaped as TEXT would be
    assert read_vcards(text)[0][0].website == url
