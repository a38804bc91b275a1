"""What can be saved of an imported cell: the address in ``John <a@b.example>``, the
number and label in ``+1 555 0100 (mobile)``, and a plain reason for the rest.

Other tools write emails and phones in many shapes, and a value that cannot be
read must never cost its contact (quality.md): each function returns the
entries it could read, each with its label, and the reason for each one it
leaves out, which the import's dry run lists with the line number. Pure: no
database.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from tuicrm.enums import EMAIL_PATTERN, PHONE_PATTERN


class Entry(NamedTuple):
    """One email address or phone number, with its label ("" for none)."""

    value: str
    label: str = ""


class Read(NamedTuple):
    entries: list[Entry]
    left_out: list[str]  # "phone '4,91761E+12' left out: ..." per value not read


# The words a label is written with, in the languages headers come in.
_LABEL_WORDS = {
    "mobile": "mobile|cell|cellular|mobil|mobiltelefon|handy|portable|movil|celular|"
              "mobiel|cellulare|iphone",
    "work": "work|business|office|company|main|geschaftlich|buro|arbeit|travail|bureau|"
            "professionnel|trabajo|oficina|werk|zakelijk|lavoro|ufficio",
    "home": "home|private|privat|personal|domicile|personnel|casa|particular|thuis|prive|"
            "privato|abitazione",
    "fax": "fax|telefax",
    "pager": "pager",
    "other": "other|andere|sonstige|autre|otro|overig|altro",
}
LABEL_OF_WORD = {w: label for label, words in _LABEL_WORDS.items() for w in words.split("|")}

_PLAIN_EMAIL = re.compile(r"[^@\s,;:<>()\[\]'\"]+@[^@\s,;:<>()\[\]'\"]+\.[^@\s.,;:<>()'\"]+")
_PLAIN_PHONE = re.compile(r"\+?[0-9 ()./-]{3,30}")
_ANGLE = re.compile(r"<\s*(?:mailto:)?([^<>\s]+@[^<>\s]+)\s*>")
_EMAIL_SPLIT = re.compile(r"\s*(?::::|[,;\n]|\s(?=\S+@))\s*")
_PHONE_SPLIT = re.compile(r"\s*(?::::|;|\n|,(?=\s*\+))\s*")
_SCIENTIFIC = re.compile(r"[0-9]+(?:[.,][0-9]+)?[eE]\+?[0-9]+")
_BRACKET_LABEL = re.compile(r"\s*[(\[]\s*([^()\[\]0-9]{1,40}?)\s*[)\]]\s*$")
_PREFIX_LABEL = re.compile(r"^\s*([^\d+:()]{1,40}?)\s*:\s*(?=[+(0-9])")
_EXTENSION = re.compile(r"\s*(?:x|ext\.?|extension|durchwahl)\s*([0-9]{1,6})\s*$", re.I)


def label_word(text: str) -> str:
    """A label as we keep it: "* Work" (Google), "WORK", "Mobil" -> "work", "mobile".

    A label we have no word for is kept as written, lower-cased ("assistant").
    """
    words = re.sub(r"[^\w]+", " ", text.casefold()).split()
    for word in words:
        if word in LABEL_OF_WORD:
            return LABEL_OF_WORD[word]
    return " ".join(words)[:40]


def emails_from(cell: str, label: str = "") -> Read:
    """Every address in a cell: separated by commas, semicolons, spaces or Google's ":::",
    in ``Name <address>`` form or with ``mailto:``; a label in brackets is kept."""
    entries: list[Entry] = []
    left_out: list[str] = []
    text = cell.strip()
    if not text:
        return Read(entries, left_out)
    if _PLAIN_EMAIL.fullmatch(text) and len(text) <= 254:  # the usual cell, at once
        return Read([Entry(text.lower(), label)], left_out)
    found = _ANGLE.findall(text)
    pieces = found if found else [p for p in _EMAIL_SPLIT.split(text) if p]
    for piece in pieces:
        own_label = label
        if m := _BRACKET_LABEL.search(piece):
            own_label, piece = label_word(m.group(1)), piece[:m.start()]
        address = piece.strip().strip("'\"").removeprefix("mailto:").strip().lower()
        if EMAIL_PATTERN.fullmatch(address) and len(address) <= 254:
            entries.append(Entry(address, own_label))
        elif address.startswith("/o="):
            left_out.append(f"email {_short(piece)} left out: an Exchange account name, "
                            "not an email address")
        else:
            left_out.append(f"email {_short(piece)} left out: not an email address")
    return Read(entries, left_out)


def display_name(cell: str) -> str:
    """The name in ``John Smith <john@example.org>``, if the cell has one."""
    match = _ANGLE.search(cell)
    return cell[:match.start()].strip().strip("'\"").strip() if match else ""


def phones_from(cell: str, label: str = "") -> Read:
    """Every number in a cell, with a label in brackets or before a colon
    ("+1 555 0100 (mobile)", "Work: 555 0100"), and an extension kept."""
    entries: list[Entry] = []
    left_out: list[str] = []
    text = cell.strip()
    if _PLAIN_PHONE.fullmatch(text) and _valid_phone(text):  # the usual cell, at once
        return Read([Entry(" ".join(text.split()), label)], left_out)
    for piece in _PHONE_SPLIT.split(text):
        if not piece:
            continue
        own_label, number = label, piece.strip()
        if m := _BRACKET_LABEL.search(number):
            own_label, number = label_word(m.group(1)), number[:m.start()]
        elif m := _PREFIX_LABEL.match(number):
            own_label, number = label_word(m.group(1)), number[m.end():]
        number = " ".join(number.removeprefix("tel:").split())
        if _SCIENTIFIC.fullmatch(number.replace(" ", "")):
            left_out.append(f"phone {_short(piece)} left out: a spreadsheet turned it into "
                            "a rounded number, so its digits are lost (format the column as "
                            "text before saving)")
            continue
        kept = _phone_text(number)
        if kept:
            entries.append(Entry(kept, own_label))
        else:
            left_out.append(f"phone {_short(piece)} left out: not a phone number")
    return Read(entries, left_out)


def _phone_text(number: str) -> str:
    """The number as the model takes it, or its digits when only they are readable."""
    if _valid_phone(number):
        return number
    extension = ""
    if m := _EXTENSION.search(number):
        extension, number = f" ext {m.group(1)}", number[:m.start()]
    cleaned = " ".join(re.sub(r"[^0-9+ ()./-]", " ", number).split())
    cleaned = cleaned[:1] + cleaned[1:].replace("+", "")
    if sum(c.isdigit() for c in cleaned) >= 5 and _valid_phone(cleaned + extension):
        return cleaned + extension
    return ""


_THREE_DIGITS = re.compile(r"(?:[^0-9]*[0-9]){3}")


def _valid_phone(number: str) -> bool:
    """What the model takes as a phone number (its pattern, at least three digits)."""
    return bool(PHONE_PATTERN.fullmatch(number)) and bool(_THREE_DIGITS.match(number))


def name_from_address(address: str) -> str:
    """A readable name for a contact known only by its address:
    "john.smith@example.org" -> "John Smith"; "jsmith@" -> "Jsmith"."""
    local = address.partition("@")[0]
    words = [w for w in re.split(r"[._+\-]+", local) if w and not w.isdigit()]
    return " ".join(w[:1].upper() + w[1:] for w in words) or address


def _short(text: str) -> str:
    text = " ".join(text.split())
    return repr(text if len(text) <= 60 else text[:57] + "...")
