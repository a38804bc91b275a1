"""vCard 2.1, 3.0 and 4.0 in, vCard 4.0 out: contacts as plain :class:`Card` values.

Reading is forgiving about what phones, mail programs and address books write
(folded lines, 2.1 quoted-printable with soft line breaks, ``CHARSET``, group
prefixes such as ``item1.EMAIL``, bare 2.1 parameters, Windows-1252 files, a
BOM) and strict about what it keeps: a card that is malformed (no
``END:VCARD``, no name, a line longer than ``max_line`` characters, a value
longer than ``max_field`` characters) is reported as a :class:`Problem` with
its line number and skipped, and the other cards are kept (quality.md, "Bad
input"). Every kept value has been through :func:`~tuicrm.textclean.clean_text`.

What is read: FN (or a name built from N), KIND / X-ABShowAs, ORG, TITLE,
every EMAIL and TEL (preferred ones first), the first URL and ADR, NOTE,
CATEGORIES and UID. Everything else (PHOTO, LOGO, SOUND, KEY, X- extensions)
is skipped; the size caps do not apply to properties that are skipped, so a
large embedded photo does not cost a contact.

Writing produces vCard 4.0 (RFC 6350): values escaped, CRLF line endings,
lines folded at 75 octets without splitting a UTF-8 character
(quality.md, "Exports").

The card of an organisation carries its own name in ORG as well (that is how
most address books show a company); on reading, an organisation card's ORG
equal to its name is the card itself, so ``organisation`` stays empty.
"""

from __future__ import annotations

import base64
import binascii
import codecs
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import Literal, NamedTuple

from tuicrm.dates import NO_YEAR, DateError, read_day
from tuicrm.interop.contact_values import label_word, name_from_address
from tuicrm.textclean import clean_text

__all__ = [
    "Card",
    "Problem",
    "read_vcard_bytes",
    "read_vcards",
    "write_vcards",
]

Kind = Literal["person", "organisation"]


@dataclass
class Card:
    """One contact as a vCard carries it (``line``: where its BEGIN:VCARD was)."""

    name: str
    kind: Kind = "person"
    organisation: str = ""  # the ORG name; the importer links it to a contact
    job_title: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    website: str = ""
    street: str = ""
    city: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    notes: str = ""
    tags: list[str] = field(default_factory=list)
    uid: str = ""
    # The kind of an email or phone ("work", "mobile"), keyed by the entry.
    labels: dict[str, str] = field(default_factory=dict)
    birthday: date | None = None  # in the year NO_YEAR when the card gives none
    anniversary: date | None = None
    line: int = field(default=0, compare=False)
    named_by_email: bool = field(default=False, compare=False)  # it had no name of its own
    # Values of the card that could not be read, each with its reason.
    left_out: list[str] = field(default_factory=list, compare=False)


class Problem(NamedTuple):
    """Something in the file that was not imported, and the line it is on."""

    line: int
    message: str


# --- reading: physical lines to logical (unfolded) lines -------------------

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_PROPERTY_NAME = re.compile(r"(?:[A-Za-z0-9_-]+\.)*([A-Za-z0-9_-]+)[ \t]*(?=[;:])")
# The properties a Card is made of; the size caps apply to these only.
_READ = frozenset(
    {"BEGIN", "END", "VERSION", "FN", "N", "KIND", "X-ABSHOWAS",
     "X-ADDRESSBOOKSERVER-KIND", "ORG", "TITLE", "EMAIL", "TEL", "URL", "ADR",
     "NOTE", "CATEGORIES", "UID", "BDAY", "ANNIVERSARY", "X-ANNIVERSARY", "X-ABLABEL"}
)


class _Logical:
    """One property line after unfolding, with the physical line it began on."""

    __slots__ = ("line", "name", "pieces", "keep", "qp", "long_line", "ends_with_equals")

    def __init__(self, raw: str, line: int, max_line: int) -> None:
        self.line = line
        match = _PROPERTY_NAME.match(raw)
        self.name = match.group(1).upper() if match else ""
        # Unknown properties are skipped, so they are neither stored nor capped
        # (a base64 PHOTO easily passes any sensible field limit).
        self.keep = not match or self.name in _READ
        head = raw.split(":", 1)[0].upper() if ":" in raw else ""
        self.qp = "QUOTED-PRINTABLE" in head
        self.pieces: list[str] = []
        self.long_line: int | None = None  # first physical line over max_line
        self.ends_with_equals = False
        self.add(raw, line, max_line)

    def add(self, text: str, line: int, max_line: int) -> None:
        self.ends_with_equals = text.endswith("=")
        if not self.keep:
            return
        if len(text) > max_line and self.long_line is None:
            self.long_line = line
        self.pieces.append(text)

    def soft_break(self) -> None:
        """Drop the ``=`` of a quoted-printable soft line break."""
        if self.keep and self.pieces:
            self.pieces[-1] = self.pieces[-1][:-1]

    @property
    def text(self) -> str:
        return "".join(self.pieces)


def _logical_lines(text: str, max_line: int) -> Iterator[_Logical]:
    current: _Logical | None = None
    for number, raw in enumerate(_LINE_BREAK.split(text), 1):
        if current is not None:
            if current.qp and current.ends_with_equals and not _is_card_boundary(raw):
                # 2.1 quoted-printable soft line break: the next line is raw.
                current.soft_break()
                current.add(raw, number, max_line)
                continue
            if raw[:1] in (" ", "\t"):
                current.add(raw[1:], number, max_line)
                continue
            yield current
            current = None
        if raw.strip():
            current = _Logical(raw, number, max_line)
    if current is not None:
        yield current


def _is_card_boundary(raw: str) -> bool:
    return raw.strip().upper() in ("END:VCARD", "BEGIN:VCARD")


# --- reading: one logical line to a property --------------------------------


@dataclass
class _Property:
    line: int
    name: str
    params: dict[str, list[str]]
    value: str
    group: str = ""  # "item1" of Apple's "item1.EMAIL", which its X-ABLabel names


def _split_head(text: str) -> tuple[str, str] | None:
    """``NAME;PARAMS`` and the value, split at the first colon outside quotes."""
    colon = text.find(":")
    if colon < 0:
        return None
    quote = text.find('"', 0, colon)
    if quote >= 0:
        inside = False
        for index in range(len(text)):
            char = text[index]
            if char == '"':
                inside = not inside
            elif char == ":" and not inside:
                colon = index
                break
    return text[:colon], text[colon + 1 :]


_BARE_ENCODINGS = frozenset({"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"})


def _parse_params(head: str) -> tuple[str, dict[str, list[str]]]:
    parts = _split_unquoted(head, ";")
    name = parts[0].strip().rsplit(".", 1)[-1].upper()
    params: dict[str, list[str]] = {}
    for part in parts[1:]:
        key, sep, value = part.partition("=")
        key = key.strip().upper()
        if not sep:  # vCard 2.1 bare parameter: TEL;WORK;VOICE, NOTE;QUOTED-PRINTABLE
            key, value = ("ENCODING" if key in _BARE_ENCODINGS else "TYPE"), key
        values = [v.strip().strip('"') for v in _split_unquoted(value, ",")]
        params.setdefault(key, []).extend(v for v in values if v)
    return name, params


def _split_unquoted(text: str, sep: str) -> list[str]:
    if '"' not in text:
        return text.split(sep)
    parts, start, inside = [], 0, False
    for index, char in enumerate(text):
        if char == '"':
            inside = not inside
        elif char == sep and not inside:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return parts


# --- reading: values --------------------------------------------------------

_SURROGATE = re.compile("[\ud800-\udfff]")


def _to_bytes(value: str) -> bytes:
    try:
        return value.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # surrogates that did not come from bytes
        return _SURROGATE.sub("", value).encode("utf-8")


def _decode_bytes(raw: bytes, charset: str | None) -> str:
    """Bytes of one value: the declared charset, else UTF-8, else Windows-1252."""
    candidates = ["utf-8", "cp1252"]
    if charset:
        try:
            candidates.insert(0, codecs.lookup(charset).name)
        except LookupError:
            pass
    for encoding in candidates:
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _decoded_value(prop: _Property) -> str:
    """The value with any transfer encoding undone and undecoded bytes decoded."""
    encoding = (prop.params.get("ENCODING") or [""])[0].upper()
    charset = (prop.params.get("CHARSET") or [None])[0]
    value = prop.value
    if encoding in ("QUOTED-PRINTABLE", "QP"):
        return _decode_bytes(binascii.a2b_qp(_to_bytes(value)), charset)
    if encoding in ("B", "BASE64"):
        try:
            raw = base64.b64decode("".join(value.split()), validate=False)
        except (binascii.Error, ValueError):
            return ""
        return _decode_bytes(raw, charset)
    if _SURROGATE.search(value):
        # read_vcard_bytes leaves bytes that are not UTF-8 as surrogates; they
        # are decoded here, value by value, with the charset the card declares.
        return _decode_bytes(_to_bytes(value), charset)
    return value


_ESCAPES = re.compile(r"\\(.)", re.DOTALL)


def _unescape(value: str, *, v21: bool) -> str:
    def replace(match: re.Match[str]) -> str:
        char = match.group(1)
        if char in "nN" and not v21:  # 2.1 has no \n escape: C:\notes stays
            return "\n"
        if char in "\\,;:":
            return char
        return match.group(0)

    return _ESCAPES.sub(replace, value) if "\\" in value else value


def _split_escaped(value: str, sep: str) -> list[str]:
    """Split at ``sep`` where it is not escaped; the parts keep their escapes."""
    if "\\" not in value:
        return value.split(sep)
    parts, current, index = [], [], 0
    while index < len(value):
        char = value[index]
        if char == "\\" and index + 1 < len(value):
            current.append(value[index : index + 2])
            index += 2
            continue
        if char == sep:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
        index += 1
    parts.append("".join(current))
    return parts


def _line(value: str) -> str:
    return clean_text(value, multiline=False)


def _preference(prop: _Property) -> int:
    """Lower is preferred: PREF=1 (4.0) or TYPE=pref (2.1/3.0) first."""
    for pref in prop.params.get("PREF", []):
        if pref.isdigit():
            return int(pref)
    if any(t.upper() == "PREF" for t in prop.params.get("TYPE", [])):
        return 1
    return 101


_STRIP_SCHEME = {"TEL": "tel:", "EMAIL": "mailto:"}
# TYPE values that say how to reach an entry, not what kind it is.
_NOT_LABELS = frozenset({"pref", "internet", "voice", "x400", "msg", "text", "video", "bbs",
                         "modem", "car", "isdn", "pcs"})


_APPLE_LABEL = re.compile(r"_\$!<(.*)>!\$_")


def _label(prop: _Property, group_labels: dict[str, str]) -> str:
    """The kind of an EMAIL or TEL: its first TYPE that names one ("cell": mobile), else
    the X-ABLabel of its group (Apple: "_$!<Other>!$_", or a label of the person's own)."""
    for value in prop.params.get("TYPE", []):
        if value.casefold() not in _NOT_LABELS:
            return label_word(value)
    named = group_labels.get(prop.group, "") if prop.group else ""
    if match := _APPLE_LABEL.fullmatch(named):
        named = match.group(1)
    return label_word(named) if named else ""


def vcard_date(text: str) -> date | None:
    """A BDAY or ANNIVERSARY: "19850415", "1985-04-15", "--0415" (no year), with or
    without a time; None if it is not a date (a text value such as "circa 1800")."""
    try:
        return read_day(text)
    except DateError:
        return None


def _vcard_date_text(day: date) -> str:
    return f"--{day:%m%d}" if day.year == NO_YEAR else f"{day:%Y%m%d}"


class _CardProblem(Exception):
    pass


def _build_card(begin: int, props: list[_Property]) -> Card:
    version = next((p.value.strip() for p in props if p.name == "VERSION"), "")
    v21 = version.startswith("2")
    by_name: dict[str, list[_Property]] = {}
    for prop in props:
        by_name.setdefault(prop.name, []).append(prop)

    def values(name: str) -> list[str]:
        return [_decoded_value(p) for p in by_name.get(name, [])]

    def text(name: str) -> str:
        return next((v for v in (_line(_unescape(x, v21=v21)) for x in values(name)) if v), "")

    def components(raw: str) -> list[str]:
        return _split_escaped(raw, ";")

    kind: Kind = "person"
    kind_value = (text("KIND") or text("X-ADDRESSBOOKSERVER-KIND")).lower()
    if kind_value == "group":
        raise _CardProblem("this card is a contact group, not a contact; skipped")
    if kind_value in ("org", "organization", "organisation") or text("X-ABSHOWAS").upper() == "COMPANY":
        kind = "organisation"

    org = ""
    for raw in values("ORG"):
        org = _line(_unescape(components(raw)[0], v21=v21))
        if org:
            break

    group_labels = {p.group: _line(_unescape(_decoded_value(p), v21=v21))
                    for p in by_name.get("X-ABLABEL", []) if p.group}

    def listed(prop_name: str) -> list[tuple[str, str]]:
        """(value, label) of every EMAIL or TEL, preferred ones first."""
        props_ = sorted(by_name.get(prop_name, []), key=_preference)
        scheme = _STRIP_SCHEME.get(prop_name, "")
        found = []
        for prop in props_:
            value = _line(_unescape(_decoded_value(prop), v21=v21))
            if scheme and value.lower().startswith(scheme):
                value = value[len(scheme) :].strip()
            if value:
                found.append((value, _label(prop, group_labels)))
        return found

    name = text("FN")
    if not name:
        for raw in values("N"):
            parts = [
                " ".join(_unescape(x, v21=v21) for x in _split_escaped(part, ","))
                for part in components(raw)
            ] + [""] * 5
            family, given, additional, prefix, suffix = parts[:5]
            name = _line(" ".join((prefix, given, additional, family, suffix)))
            if name:
                break
    if not name and org:
        name, kind = org, "organisation"
    emails = listed("EMAIL")
    named_by_email = not name and bool(emails)
    if named_by_email:
        name = name_from_address(emails[0][0])
    if not name:
        raise _CardProblem("this card has no name, organisation or email; skipped")
    if kind == "organisation" and org == name:
        org = ""  # the organisation's own name, not one it belongs to

    phones = listed("TEL")
    card = Card(
        name=name,
        kind=kind,
        organisation=org,
        job_title=text("TITLE"),
        emails=[value for value, _ in emails],
        phones=[value for value, _ in phones],
        labels={value: label for value, label in emails + phones if label},
        website=text("URL"),
        uid=text("UID"),
        line=begin,
        named_by_email=named_by_email,
    )
    for prop_name, attribute in (("BDAY", "birthday"), ("ANNIVERSARY", "anniversary"),
                                 ("X-ANNIVERSARY", "anniversary")):
        raw = text(prop_name)
        if raw and getattr(card, attribute) is None:
            day = vcard_date(raw)
            if day is None:
                card.left_out.append(f"{attribute} {raw!r} left out: not a date")
            setattr(card, attribute, day)

    adrs = sorted(by_name.get("ADR", []), key=_preference)
    if adrs:
        parts = [
            _unescape(part, v21=v21).replace("\r\n", "\n").replace("\n", ", ")
            for part in components(_decoded_value(adrs[0]))
        ] + [""] * 7
        po_box, extended, street, city, region, postal_code, country = (_line(p) for p in parts[:7])
        card.street = ", ".join(p for p in (street, extended, po_box) if p)
        card.city, card.region, card.postal_code, card.country = city, region, postal_code, country

    notes = [clean_text(_unescape(v, v21=v21), multiline=True) for v in values("NOTE")]
    card.notes = "\n\n".join(n for n in notes if n)

    tags: list[str] = []
    for raw in values("CATEGORIES"):
        for part in _split_escaped(raw, ","):
            tag = _line(_unescape(part, v21=v21))
            if tag:
                tags.append(tag)
    card.tags = tags
    return card


# --- reading: the file -------------------------------------------------------


class _Pending:
    def __init__(self, line: int) -> None:
        self.line = line
        self.props: list[_Property] = []
        self.problem: Problem | None = None


def read_vcards(
    text: str,
    *,
    max_line: int = 10_000,
    max_field: int = 100_000,
    max_cards: int = 100_000,
) -> tuple[list[Card], list[Problem]]:
    """Every well-formed card in ``text``, and a :class:`Problem` for each one that was not."""
    if text.startswith("\ufeff"):
        text = text[1:]
    cards: list[Card] = []
    problems: list[Problem] = []
    pending: _Pending | None = None
    started = 0
    stray = False  # inside a run of lines outside any card (reported once)

    def finish(card: _Pending) -> None:
        if card.problem is not None:
            problems.append(card.problem)
            return
        try:
            cards.append(_build_card(card.line, card.props))
        except _CardProblem as err:
            problems.append(Problem(card.line, str(err)))

    for logical in _logical_lines(text, max_line):
        name = logical.name
        if name in ("BEGIN", "END") and logical.text.partition(":")[2].strip().upper() == "VCARD":
            stray = False
            if name == "END":
                if pending is None:
                    problems.append(Problem(logical.line, "END:VCARD without a BEGIN:VCARD; ignored"))
                else:
                    finish(pending)
                    pending = None
                continue
            if pending is not None:
                problems.append(Problem(
                    pending.line,
                    f"this card has no END:VCARD before the next card (line {logical.line}); skipped",
                ))
            if started >= max_cards:
                problems.append(Problem(
                    logical.line, f"more than {max_cards:,} cards; this one and the rest were not read"
                ))
                pending = None
                break
            started += 1
            pending = _Pending(logical.line)
            continue
        if pending is None:
            if not stray:
                problems.append(Problem(logical.line, "text outside BEGIN:VCARD ... END:VCARD; ignored"))
                stray = True
            continue
        if pending.problem is not None or not logical.keep:
            continue
        if logical.long_line is not None:
            pending.problem = Problem(
                logical.long_line,
                f"a line is longer than {max_line:,} characters; the card at line {pending.line} was skipped",
            )
            continue
        split = _split_head(logical.text)
        if split is None or not logical.name:
            problems.append(Problem(logical.line, "not a vCard property (NAME:value); line ignored"))
            continue
        head, value = split
        if len(value) > max_field:
            pending.problem = Problem(
                logical.line,
                f"{logical.name} is {len(value):,} characters long (the limit is {max_field:,}); "
                f"the card at line {pending.line} was skipped",
            )
            continue
        prop_name, params = _parse_params(head)
        group = head.split(";", 1)[0].strip().rpartition(".")[0].upper()
        pending.props.append(_Property(logical.line, prop_name, params, value, group))

    if pending is not None:
        problems.append(Problem(pending.line, "this card has no END:VCARD (the file ends first); skipped"))
    return cards, problems


def read_vcard_bytes(
    data: bytes,
    *,
    max_line: int = 10_000,
    max_field: int = 100_000,
    max_cards: int = 100_000,
) -> tuple[list[Card], list[Problem]]:
    """:func:`read_vcards` on a file's bytes.

    UTF-8 (with or without a BOM) and UTF-16 with a BOM are decoded whole. In
    any other file (2.1 exports in Windows-1252, Latin-1 or a declared
    ``CHARSET``) the bytes that are not UTF-8 are decoded value by value: with
    the value's CHARSET if it has one, else as UTF-8, else Windows-1252.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", "replace")
    else:
        if data.startswith(codecs.BOM_UTF8):
            data = data[len(codecs.BOM_UTF8) :]
        text = data.decode("utf-8", "surrogateescape")
    return read_vcards(text, max_line=max_line, max_field=max_field, max_cards=max_cards)


# --- writing -----------------------------------------------------------------

_FOLD_OCTETS = 75


def _escape(value: str) -> str:
    """A TEXT value as RFC 6350 3.4 wants it: ``\\``, newline, ``,`` and ``;`` escaped;
    cleaned first, as on the screen, since a stored value may hold what another
    program wrote (an ESC or BEL would reach whoever opens the file)."""
    value = clean_text(value.replace("\r\n", "\n").replace("\r", "\n"), multiline=True)
    value = _SURROGATE.sub("", value)
    return (
        value.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")
    )


def _fold(line: str) -> list[str]:
    """``line`` cut into pieces of at most 75 octets, never inside a character."""
    if len(line.encode("utf-8")) <= _FOLD_OCTETS:
        return [line]
    pieces: list[str] = []
    start, size, limit = 0, 0, _FOLD_OCTETS
    for index, char in enumerate(line):
        width = len(char.encode("utf-8"))
        if size + width > limit:
            pieces.append(line[start:index])
            start, size, limit = index, 0, _FOLD_OCTETS - 1  # room for the space
        size += width
    pieces.append(line[start:])
    return [pieces[0]] + [" " + piece for piece in pieces[1:]]


# Labels as vCard 4.0 TYPE values (RFC 6350 6.4.1); any other is an x-name.
_TYPES = {"work": "work", "home": "home", "mobile": "cell", "fax": "fax", "pager": "pager",
          "other": "x-other"}


def _type(card: Card, entry: str) -> str:
    label = card.labels.get(entry, "")
    if not label:
        return ""
    kind = _TYPES.get(label) or "x-" + (re.sub(r"[^A-Za-z0-9-]+", "-", label).strip("-") or "label")
    return f";TYPE={kind}"


def _uri(value: str) -> str:
    """A URI value on one line: commas and semicolons as they are (escaping them, as
    TEXT is, breaks the link in every reader); a backslash, which no URI holds,
    doubled so that a reader's unescaping gives it back."""
    return _SURROGATE.sub("", clean_text(value, multiline=False)).replace("\\", "\\\\")


def _person_n(name: str) -> str:
    """Best-effort N (Family;Given;;;) from a person's full name."""
    words = name.split()
    if len(words) < 2:
        return f";{_escape(name.strip())};;;"
    return f"{_escape(words[-1])};{_escape(' '.join(words[:-1]))};;;"


def _card_lines(card: Card) -> list[str]:
    lines = ["BEGIN:VCARD", "VERSION:4.0"]
    organisation = card.kind == "organisation"
    if organisation:
        lines.append("KIND:org")
    lines.append(f"FN:{_escape(card.name)}")
    if not organisation:
        lines.append(f"N:{_person_n(card.name)}")
    org = card.organisation or (card.name if organisation else "")
    if org:
        lines.append(f"ORG:{_escape(org)}")
    if organisation:
        lines.append("X-ABShowAs:COMPANY")  # Apple Contacts ignores KIND
    if card.job_title:
        lines.append(f"TITLE:{_escape(card.job_title)}")
    lines.extend(f"EMAIL{_type(card, email)}:{_escape(email)}" for email in card.emails)
    lines.extend(f"TEL{_type(card, phone)}:{_escape(phone)}" for phone in card.phones)
    if card.website:  # a URI: RFC 6350 escapes only TEXT values
        lines.append(f"URL:{_uri(card.website)}")
    if card.birthday:
        lines.append(f"BDAY:{_vcard_date_text(card.birthday)}")
    if card.anniversary:
        lines.append(f"ANNIVERSARY:{_vcard_date_text(card.anniversary)}")
    address = (card.street, card.city, card.region, card.postal_code, card.country)
    if any(address):
        lines.append("ADR:;;" + ";".join(_escape(part) for part in address))
    if card.notes:
        lines.append(f"NOTE:{_escape(card.notes)}")
    if card.tags:
        lines.append("CATEGORIES:" + ",".join(_escape(tag) for tag in card.tags))
    if card.uid:
        lines.append(f"UID:{_escape(card.uid)}")
    lines.append("END:VCARD")
    return lines


def write_vcards(cards: Iterable[Card]) -> str:
    """The cards as one vCard 4.0 text: CRLF line endings, folded at 75 octets."""
    out: list[str] = []
    for card in cards:
        for line in _card_lines(card):
            out.extend(_fold(line))
    return "".join(line + "\r\n" for line in out)
