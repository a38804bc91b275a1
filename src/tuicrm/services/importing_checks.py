"""Checking imported contacts against ``ContactCreate`` without pydantic's cost per line.

``validate(ContactCreate, data)`` is the rule, and stays the rule: it costs
about 13 µs a line, most of an import of plain rows. :func:`quick_contact`
is a shortcut for the lines that plainly pass: only text cells and lists of
text (what a CSV or vCard row holds), each cleaned and checked exactly as the
model's validators would (``clean_text``, the fields' length limits, enum
values, and the model's own ``_valid_emails``/``_valid_phones``/``_valid_tags``
called as they are). Whenever it is not sure (an unexpected field or type, a
value out of bounds, a validator that objects) it answers ``None`` and
:func:`contact_create` asks pydantic, so every message a person reads still
comes from pydantic.

The limits are read from the model's own field metadata. If the model gains a
validator or a field this module does not know, :data:`READY` is False and
every line goes to pydantic (slower, never different); a test asserts READY so
that such a change is noticed here.
"""

from __future__ import annotations

import typing
from collections.abc import Callable, Mapping
from enum import Enum
from types import UnionType
from typing import Any

from annotated_types import MaxLen, MinLen
from pydantic_core import PydanticUndefined

from tuicrm.models import MULTILINE_FIELDS, ContactCreate
from tuicrm.services.common import validate
from tuicrm.textclean import clean_text

_NO = object()  # "not sure": the line goes to pydantic
Rule = Callable[[Any], Any]

# The validators ContactCreate had when this shortcut was written, and what
# they apply to; a different set turns the shortcut off (see READY).
_KNOWN_VALIDATORS = {
    "_clean_strings": (("*",), "before"), "_zone_aware": (("*",), "after"),
    "_known_zone": (("timezone",), "after"), "_known_currency": (("currency",), "before"),
    "_valid_emails": (("emails",), "after"), "_valid_phones": (("phones",), "after"),
    "_valid_tags": (("tags",), "after"), "_valid_labels": (("labels",), "after"),
}
_LIST_VALIDATORS = {"emails": "_valid_emails", "phones": "_valid_phones", "tags": "_valid_tags"}


def clean_line(text: str) -> str:
    """``clean_text(text, multiline=False)``, answered at once for plain one-line ASCII.

    Printable ASCII has no control, bidi or line-break character and is
    already NFC, so clean_text would only squeeze and strip spaces: text
    without doubled, leading or trailing spaces comes back unchanged.
    """
    if (text.isascii() and text.isprintable() and "  " not in text
            and text[:1] != " " and text[-1:] != " "):
        return text
    return clean_text(text, multiline=False)


def _text_rule(name: str, low: int, high: int | None) -> Rule:
    multiline = name in MULTILINE_FIELDS

    def rule(value: Any) -> Any:
        if type(value) is not str:
            return _NO
        text = clean_text(value, multiline=True) if multiline else clean_line(value)
        return text if low <= len(text) and (high is None or len(text) <= high) else _NO

    return rule


def _enum_rule(enum: type[Enum]) -> Rule:
    members = enum._value2member_map_

    def rule(value: Any) -> Any:
        if isinstance(value, enum):
            value = value.value  # pydantic cleans a member as the text it is
        if type(value) is not str:
            return _NO
        return members.get(clean_line(value), _NO)

    return rule


def _list_rule(high: int | None, check: Callable[[list[str]], list[str]]) -> Rule:
    def rule(value: Any) -> Any:
        if type(value) is not list or (high is not None and len(value) > high):
            return _NO
        cleaned = []
        for item in value:
            if type(item) is not str:
                return _NO
            cleaned.append(clean_line(item))
        try:
            return check(cleaned)
        except (ValueError, AssertionError):
            return _NO  # pydantic says what is wrong

    return rule


def _labels_rule(high: int | None) -> Rule:
    def rule(value: Any) -> Any:
        if type(value) is not dict or (high is not None and len(value) > high):
            return _NO
        try:
            return ContactCreate._valid_labels(value)
        except (ValueError, AssertionError):
            return _NO

    return rule


def _is_column_info(item: Any) -> bool:
    """SQLModel's column options (index, foreign key, ...): nothing to validate."""
    return type(item).__module__.partition(".")[0] == "sqlmodel"


def _rules() -> dict[str, Rule] | None:
    """Field -> its rule, for the fields an import fills; None if the model is not as expected."""
    decorators = ContactCreate.__pydantic_decorators__
    found = {name: (tuple(d.info.fields), d.info.mode)
             for name, d in decorators.field_validators.items()}
    if (found != _KNOWN_VALIDATORS or decorators.model_validators or decorators.validators
            or decorators.root_validators):
        return None
    # A field with a validator of its own (a "timezone" or "currency" would
    # get CleanInput's) is left to pydantic, unless it is one of the lists.
    own_rules = {f for d in decorators.field_validators.values() for f in d.info.fields} - {"*"}
    rules: dict[str, Rule] = {}
    for name, info in ContactCreate.model_fields.items():
        if name == "labels":
            rules[name] = _labels_rule(info.metadata[0].max_length if info.metadata else None)
            continue
        if name in own_rules and name not in _LIST_VALIDATORS:
            continue
        limits = [m for m in info.metadata if isinstance(m, (MinLen, MaxLen))]
        if len(limits) + sum(_is_column_info(m) for m in info.metadata) < len(info.metadata):
            continue  # a constraint this module does not check: pydantic does
        low = max([m.min_length for m in limits if isinstance(m, MinLen)], default=0)
        high = min([m.max_length for m in limits if isinstance(m, MaxLen)], default=None)
        kind = info.annotation
        args = [a for a in typing.get_args(kind) if a is not type(None)]
        if typing.get_origin(kind) in (typing.Union, UnionType) and len(args) == 1:
            kind = args[0]  # X | None: None itself is left to pydantic
        if kind is str:
            rules[name] = _text_rule(name, low, high)
        elif isinstance(kind, type) and issubclass(kind, Enum) and not limits:
            rules[name] = _enum_rule(kind)
        elif typing.get_origin(kind) is list and typing.get_args(kind) == (str,) and not low:
            check = getattr(ContactCreate, _LIST_VALIDATORS.get(name, ""), None)
            if check is not None:
                rules[name] = _list_rule(high, check)
    return rules


def _template() -> dict[str, Any] | None:
    """Every field with its default (_NO if it has none), in the model's order; None if
    a validated model is not just that (aliases, private attributes, post-init,
    computed or mutable defaults), so that setting values is all building one takes."""
    model = ContactCreate
    if (model.__pydantic_post_init__ or model.__private_attributes__ or model.__pydantic_root_model__
            or model.model_config.get("extra") == "allow"):
        return None
    template: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        default = info.default
        if info.alias is not None or info.validation_alias is not None or info.default_factory:
            return None
        if name in _LIST_VALIDATORS or name == "labels":
            if default not in ([], {}):
                return None
        elif default is PydanticUndefined:
            default = _NO
        elif not (default is None or type(default) in (str, int) or isinstance(default, Enum)):
            return None
        template[name] = default
    return template


_RULES = _rules()
_TEMPLATE = _template()
_REQUIRED = [name for name, default in (_TEMPLATE or {}).items() if default is _NO]
READY = (_RULES is not None and _TEMPLATE is not None
         and {"name", "emails", "phones", "tags", "kind"} <= set(_RULES))
_set = object.__setattr__


def quick_contact(data: Mapping[str, Any]) -> ContactCreate | None:
    """``data`` as pydantic would validate it, or None when pydantic must decide."""
    if not READY or _RULES is None or _TEMPLATE is None:
        return None
    # fresh lists, as pydantic's
    values = {**_TEMPLATE, "emails": [], "phones": [], "tags": [], "labels": {}}
    for name, value in data.items():
        rule = _RULES.get(name)
        if rule is None:
            return None
        checked = rule(value)
        if checked is _NO:
            return None
        values[name] = checked
    if any(values[name] is _NO for name in _REQUIRED):
        return None  # pydantic says what is missing
    # What model_construct does for such a model (see _template), without its
    # per-field work: 5 µs of its 6 a line.
    contact = ContactCreate.__new__(ContactCreate)
    _set(contact, "__dict__", values)
    _set(contact, "__pydantic_fields_set__", set(data))
    _set(contact, "__pydantic_extra__", None)
    _set(contact, "__pydantic_private__", None)
    return contact


def contact_create(data: Mapping[str, Any]) -> ContactCreate:
    """``validate(ContactCreate, data)``, by the shortcut when it is sure."""
    quick = quick_contact(data)
    return quick if quick is not None else validate(ContactCreate, data)
