"""Cleaning text on its way in: the headless half of "safe text".

Terminal escape sequences stored in a contact's name would reach the terminal
verbatim (quality.md: clipboard writes, title changes, screen clears), and bidi
overrides can make a name read differently from what is stored. So every string
a person or an import hands us passes through :func:`clean_text` before it is
stored; the UI cleans again when it shows text (``ui/text.py``).
"""

from __future__ import annotations

import unicodedata

from tuicrm.patterns import LazyPattern

# C0 controls except tab and newline, DEL, C1 controls, and the bidi
# embedding/override/isolate characters.
_UNSAFE = LazyPattern(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]"
)
_LINE_BREAKS = LazyPattern(r"\r\n?|[\u2028\u2029\x85]")


def clean_text(value: str, *, multiline: bool = True) -> str:
    """Return ``value`` without control bytes or bidi overrides, NFC-normalised.

    With ``multiline=False`` newlines and tabs become single spaces, for
    one-line fields such as names, emails and phone numbers.
    """
    text = _LINE_BREAKS.sub("\n", value)
    text = _UNSAFE.sub("", text)
    text = unicodedata.normalize("NFC", text)
    if not multiline:
        text = " ".join(text.split())
    return text.strip() if not multiline else text.strip("\n ")


# Control bytes json.dumps(ensure_ascii=False) leaves raw: DEL, C1, bidi overrides.
_UNSAFE_IN_JSON = LazyPattern("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def clean_json_text(text: str) -> str:
    """JSON text with the control bytes a terminal would act on escaped (``\\u....``),
    which ``json.dumps(ensure_ascii=False)`` leaves raw: still the same JSON."""
    return _UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m[0]):04x}", text)
