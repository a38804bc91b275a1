"""``safe_text``: the one way user data becomes screen text.

Two dangers (quality.md, "The screen"):

- **Markup injection.** Textual reads a plain ``str`` given to a Label, Static,
  DataTable cell, notify and friends as markup: a contact named ``[/]``
  crashes the widget, ``[@click=app.quit]x`` runs an action when clicked.
  Escaping is not enough (Textual issue 6155), so user data is never handed
  over as ``str``: it becomes a :class:`rich.text.Text`, which carries no
  markup and no actions.
- **Terminal escapes.** Control bytes stored in a record would reach the
  terminal verbatim (clipboard writes, title changes, screen clears), and bidi
  overrides make a name read differently from what is stored. The text is
  cleaned again here even though it was cleaned when it came in, because a
  file can be written by other programs.
"""

from __future__ import annotations

from rich.style import StyleType
from rich.text import Text

from tuicrm.textclean import clean_text

__all__ = ["safe_text", "safe_str"]


def safe_str(value: object, *, multiline: bool = False) -> str:
    """``value`` as a clean string (no controls, no bidi overrides).

    Only for places that take no markup at all (a window title, an Input's
    value); everything else wants :func:`safe_text`.
    """
    if value is None:
        return ""
    return clean_text(value if isinstance(value, str) else str(value), multiline=multiline)


def safe_text(
    value: object,
    *,
    multiline: bool = False,
    style: StyleType = "",
    max_width: int | None = None,
) -> Text:
    """Cleaned, markup-free :class:`~rich.text.Text` for ``value``.

    ``None`` becomes empty text. Single line unless ``multiline``; with
    ``max_width`` the text is cut to that many cells, ending in an ellipsis.
    """
    text = Text(safe_str(value, multiline=multiline), style=style, end="")
    if not multiline:
        text.no_wrap = True
        if max_width is not None and text.cell_len > max_width:
            text.truncate(max(1, max_width), overflow="ellipsis")
    return text


def amount_str(minor: int, currency: str, *, with_code: bool = True) -> str:
    """An amount as the screens show it ("1,250.00 EUR"), or its bare minor units for
    a currency code this version does not know (a file written by another program),
    rather than failing the whole screen. Plain text: a Rich table or markup-reading
    widget must get it as ``Text(...)``, since the code is stored data."""
    from tuicrm.money import shown_amount

    return shown_amount(minor, currency, with_code=with_code)
