"""Form fields that check what is typed as it is typed.

Each field is a label, one input and a message line under it. ``parse`` turns
the typed text into the value a service wants, or raises ``ValueError`` with a
plain message; the message shows at the field once the person has typed there
(or tried to save), and the text they typed is never touched. Forms read
``field.value`` only when every field's ``problem`` is ``None``.

Labels are the project's own strings; typed values are never markup here
(``Input``/``TextArea`` show text literally).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, time
from typing import Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Checkbox, Input, Label, Select, Static, TextArea

from tuicrm import dates, money
from tuicrm.enums import EMAIL_PATTERN, PHONE_PATTERN
from tuicrm.ui.text import safe_str, safe_text

__all__ = [
    "Field", "TextField", "AreaField", "DateField", "TimeField", "IntField", "MoneyField",
    "ListField", "ChoiceField", "CheckField", "choices",
]


class Field(Vertical):
    """A labelled input with its own message line; subclasses say how to parse."""

    DEFAULT_CSS = """
    Field { height: auto; margin: 0 0 1 0; }
    Field > .field--label { color: $text-muted; }
    Field > .field--hint { color: $text-muted; height: auto; }
    Field > .field--error { color: $text-error; height: auto; display: none; }
    Field.-invalid > .field--error { display: block; }
    Field.-invalid > Input, Field.-invalid > TextArea { border: tall $error; }
    """

    class Changed(Message):
        """The field's text changed (its ``problem`` may have changed with it)."""

        def __init__(self, field: Field) -> None:
            super().__init__()
            self.field = field

        @property
        def control(self) -> Field:
            return self.field

    def __init__(self, name: str, label: str, *, required: bool = False,
                 value: str = "", placeholder: str = "", hint: str = "",
                 parse: Callable[[str], Any] | None = None) -> None:
        super().__init__(id=f"field-{name}", classes="field")
        self.field_name = name
        self.label = label
        self.required = required
        self.placeholder = placeholder
        self.hint = hint
        self._parse = parse
        self.initial = value
        self.touched = False
        self._server_problem: str | None = None

    def compose(self) -> ComposeResult:
        yield Label(self.label + (" *" if self.required else ""), classes="field--label")
        yield self.make_input()
        if self.hint:
            yield Static(Text(self.hint), classes="field--hint")
        yield Static(classes="field--error")

    def make_input(self) -> Widget:
        return Input(value=self.initial, placeholder=self.placeholder,
                     id=f"input-{self.field_name}", select_on_focus=False)

    # --- the typed text ------------------------------------------------------

    @property
    def raw(self) -> str:
        return self.query_one(Input).value

    def set_raw(self, text: str, *, initial: bool = True) -> None:
        """Show ``text`` (e.g. the stored value when editing)."""
        if initial:
            self.initial = text
        self.query_one(Input).value = safe_str(text)

    @property
    def dirty(self) -> bool:
        return self.raw != self.initial

    # --- checking ------------------------------------------------------------

    def parse(self, raw: str) -> Any:
        return self._parse(raw) if self._parse is not None else raw.strip()

    def is_blank(self, raw: str) -> bool:
        return not raw.strip()

    @property
    def problem(self) -> str | None:
        """What is wrong with the typed text, in plain words, or ``None``."""
        raw = self.raw
        if self.is_blank(raw):
            return f"{self.label} is required" if self.required else None
        try:
            self.parse(raw)
        except ValueError as err:
            return str(err) or f"{self.label} is not valid"
        return self._server_problem

    @property
    def value(self) -> Any:
        """The parsed value (``None`` when left blank); check ``problem`` first."""
        raw = self.raw
        return None if self.is_blank(raw) else self.parse(raw)

    def show_problem(self, message: str | None = None, *, force: bool = False) -> None:
        """Show ``message`` (from the service) or the field's own problem."""
        if message is not None:
            self._server_problem = message
        problem = self.problem
        shown = problem if (self.touched or force or message) else None
        self.set_class(shown is not None, "-invalid")
        self.query_one(".field--error", Static).update(safe_text(shown or "", multiline=True))

    def forget_server_problem(self) -> None:
        """Drop what the service said about this box (another box changed a rule
        that spans both, such as "loyal above repeat")."""
        if self._server_problem is not None:
            self._server_problem = None
            self.show_problem()

    def _typed(self) -> None:
        self.touched = True
        self._server_problem = None
        self.show_problem()
        self.post_message(self.Changed(self))

    @on(Input.Changed)
    def _input_changed(self, event: Input.Changed) -> None:
        event.stop()
        if event.value != self.initial or self.touched:
            self._typed()


class TextField(Field):
    """One line of text, with a length limit."""

    def __init__(self, name: str, label: str, *, max_length: int = 200, **kwargs: Any) -> None:
        self.max_length = max_length
        super().__init__(name, label, **kwargs)

    def parse(self, raw: str) -> Any:
        text = super().parse(raw)
        if len(text) > self.max_length:
            raise ValueError(f"At most {self.max_length} characters ({len(text)} now)")
        return text


class AreaField(Field):
    """Several lines of free text (notes, contract terms)."""

    DEFAULT_CSS = """
    AreaField > TextArea { height: 6; }
    """

    def __init__(self, name: str, label: str, *, max_length: int = 20_000,
                 **kwargs: Any) -> None:
        self.max_length = max_length
        super().__init__(name, label, **kwargs)

    def make_input(self) -> Widget:
        return TextArea(self.initial, id=f"input-{self.field_name}", soft_wrap=True,
                        tab_behavior="focus", show_line_numbers=False)

    @property
    def raw(self) -> str:
        return self.query_one(TextArea).text

    def set_raw(self, text: str, *, initial: bool = True) -> None:
        if initial:
            self.initial = text
        self.query_one(TextArea).text = safe_str(text, multiline=True)

    def parse(self, raw: str) -> Any:
        if len(raw) > self.max_length:
            raise ValueError(f"At most {self.max_length:,} characters ({len(raw):,} now)")
        return raw.strip()

    @on(TextArea.Changed)
    def _area_changed(self, event: TextArea.Changed) -> None:
        event.stop()
        if self.raw != self.initial or self.touched:
            self._typed()


class DateField(Field):
    """A date: 2026-11-22, 22.11.2026, today, tomorrow, +3d, in 2 weeks ..."""

    def __init__(self, name: str, label: str, **kwargs: Any) -> None:
        kwargs.setdefault("placeholder", "YYYY-MM-DD, today, +3d, in 2 weeks")
        super().__init__(name, label, **kwargs)

    def parse(self, raw: str) -> date:
        return dates.parse_date(raw, today=dates.today())

    def on_mount(self) -> None:
        if self.initial.strip():
            self.show_reading()

    def set_raw(self, text: str, *, initial: bool = True) -> None:
        """Show ``text`` and read it (a stored day replacing a default one: the hint
        follows the field's own value, never the default's)."""
        super().set_raw(text, initial=initial)
        if self.is_mounted:
            self.show_reading()

    def _typed(self) -> None:
        super()._typed()
        self.show_reading()

    def show_reading(self) -> None:
        """Say which day a relative entry means ("→ Tue 24 Nov 2026")."""
        label = self.query_one(".field--label", Label)
        try:
            day = self.value
        except ValueError:
            day = None
        reading = f"  → {self.day_words(day)}" if isinstance(day, date) else ""
        label.update(self.label + (" *" if self.required else "") + reading)

    def day_words(self, day: date) -> str:
        return f"{day:%a %d %b %Y}"


class YearlyDayField(DateField):
    """A birthday or anniversary: a date, or a day without its year (15.04., --04-15)."""

    def __init__(self, name: str, label: str, **kwargs: Any) -> None:
        kwargs.setdefault("placeholder", "YYYY-MM-DD, or DD.MM. without the year")
        super().__init__(name, label, **kwargs)

    def parse(self, raw: str) -> date:
        return dates.parse_yearly_day(raw)

    def set_day(self, day: date | None) -> None:
        if day is None:
            self.set_raw("")
        elif day.year == dates.NO_YEAR:
            self.set_raw(f"{day.day:02d}.{day.month:02d}.")
        else:
            self.set_raw(day.isoformat())

    def day_words(self, day: date) -> str:
        return dates.day_words(day)


class TimeField(Field):
    """A time of day: 9:30, 14h, 2pm."""

    def __init__(self, name: str, label: str, **kwargs: Any) -> None:
        kwargs.setdefault("placeholder", "HH:MM")
        super().__init__(name, label, **kwargs)

    def parse(self, raw: str) -> time:
        return dates.parse_time(raw)


class IntField(Field):
    """A whole number between ``least`` and ``most``."""

    def __init__(self, name: str, label: str, *, least: int = 0, most: int = 10**9,
                 **kwargs: Any) -> None:
        self.least, self.most = least, most
        super().__init__(name, label, **kwargs)

    def parse(self, raw: str) -> int:
        text = raw.strip().replace(",", "").replace("_", "")
        if not text.lstrip("+-").isdigit():
            raise ValueError("Enter a whole number")
        number = int(text)
        if not self.least <= number <= self.most:
            raise ValueError(f"Enter a number from {self.least:,} to {self.most:,}")
        return number


class DurationField(Field):
    """How long: ``1:30``, ``1.5h``, ``90m`` or ``1h30`` (a bare number is hours); the
    value is minutes, at most ``most_hours``."""

    def __init__(self, name: str, label: str, *, most_hours: int = 24, **kwargs: Any) -> None:
        self.most_hours = most_hours
        kwargs.setdefault("placeholder", "1:30, 1.5h or 90m")
        super().__init__(name, label, **kwargs)

    def parse(self, raw: str) -> int:
        from tuicrm.invoice_math import parse_duration

        return parse_duration(raw, most_hours=self.most_hours)


class MoneyField(Field):
    """An amount in the currency another field holds; the value is minor units."""

    def __init__(self, name: str, label: str, *, currency: Callable[[], str],
                 allow_negative: bool = False, **kwargs: Any) -> None:
        self.currency = currency
        self.allow_negative = allow_negative
        kwargs.setdefault("placeholder", "e.g. 1,250.00")
        super().__init__(name, label, **kwargs)

    def parse(self, raw: str) -> int:
        try:
            currency = money.normalize_currency(self.currency())
        except money.MoneyError:
            raise ValueError("Choose a currency first") from None
        try:
            minor = money.parse_amount(raw, currency)
        except money.MoneyError as err:
            raise ValueError(str(err)) from None
        if minor < 0 and not self.allow_negative:
            raise ValueError("Enter an amount of zero or more")
        if abs(minor) > 10**17:
            raise ValueError("That amount is too large")
        return minor

    def recheck(self) -> None:
        """The currency changed: the same text may now mean something else."""
        if self.raw.strip():
            self.show_problem()


def _split(raw: str) -> list[str]:
    return [part.strip() for part in raw.replace(";", ",").split(",") if part.strip()]


class ListField(Field):
    """Several values separated by commas: emails, phones or tags."""

    CHECKS: ClassVar[dict[str, Callable[[str], str | None]]] = {
        "email": lambda v: None if EMAIL_PATTERN.fullmatch(v) and len(v) <= 254
        else f"'{v}' is not an email address",
        "phone": lambda v: None if PHONE_PATTERN.fullmatch(v) and sum(c.isdigit() for c in v) >= 3
        else f"'{v}' is not a phone number",
        "tag": lambda v: None if len(v) <= 60 else "A tag is at most 60 characters",
    }

    def __init__(self, name: str, label: str, *, kind: str, **kwargs: Any) -> None:
        self.kind = kind
        kwargs.setdefault("placeholder", "separate several with commas")
        super().__init__(name, label, **kwargs)

    def parse(self, raw: str) -> list[str]:
        values = _split(raw)
        for value in values:
            if (problem := self.CHECKS[self.kind](value)) is not None:
                raise ValueError(problem)
        return values

    @property
    def value(self) -> list[str]:
        return self.parse(self.raw)

    def set_values(self, values: Iterable[str]) -> None:
        self.set_raw(", ".join(values))


def choices(enum: Iterable[Any]) -> list[tuple[str, str]]:
    """Select options for a StrEnum: ("In person", "in_person") ..."""
    return [(str(member.value).replace("_", " ").capitalize(), str(member.value))
            for member in enum]


class ChoiceField(Field):
    """One choice from a list (a Select); blank allowed unless required."""

    def __init__(self, name: str, label: str, *, options: Iterable[tuple[str, Any]],
                 value: Any = None, **kwargs: Any) -> None:
        self.options = [(safe_text(text), v) for text, v in options]
        self.initial_value = value
        super().__init__(name, label, **kwargs)

    def make_input(self) -> Widget:
        value = self.initial_value if any(v == self.initial_value for _t, v in self.options) \
            else Select.NULL
        return Select(self.options, value=value, allow_blank=not self.required,
                      id=f"input-{self.field_name}", prompt="—")

    @property
    def raw(self) -> str:
        value = self.query_one(Select).value
        return "" if value is Select.NULL else str(value)

    @property
    def value(self) -> Any:
        value = self.query_one(Select).value
        return None if value is Select.NULL else value

    def set_value(self, value: Any, *, initial: bool = True) -> None:
        select = self.query_one(Select)
        if initial:
            self.initial_value = value
            self.initial = "" if value is None else str(value)
            if value is not None and not any(v == value for _t, v in self.options):
                # A stored value this version does not know: shown as it is (saving it
                # is refused at the field), never silently swapped for another.
                self.options.append((safe_text(f"{value} (unknown here)"), value))
                select.set_options(self.options)
        if value is not None and any(v == value for _t, v in self.options):
            select.value = value
        elif not self.required:
            select.clear()  # a required Select has no blank to fall back to: keep its value

    def set_options(self, options: Iterable[tuple[str, Any]]) -> None:
        """New choices (e.g. team members once loaded); keeps the choice if still there."""
        current = self.value
        self.options = [(safe_text(text), v) for text, v in options]
        select = self.query_one(Select)
        select.set_options(self.options)
        if current is not None:
            self.set_value(current, initial=False)
        elif self.initial_value is not None:
            self.set_value(self.initial_value, initial=False)

    def parse(self, raw: str) -> Any:
        return self.value

    @property
    def dirty(self) -> bool:
        return self.value != self.initial_value and not (
            self.value is None and self.initial_value is None)

    @on(Select.Changed)
    def _select_changed(self, event: Select.Changed) -> None:
        event.stop()
        self._typed()


class CheckField(Field):
    """Yes or no."""

    def __init__(self, name: str, label: str, *, checked: bool = False, **kwargs: Any) -> None:
        self.initial_checked = checked
        super().__init__(name, label, **kwargs)

    def compose(self) -> ComposeResult:
        yield self.make_input()
        yield Static(classes="field--error")

    def make_input(self) -> Widget:
        return Checkbox(self.label, value=self.initial_checked, id=f"input-{self.field_name}")

    @property
    def raw(self) -> str:
        return "yes" if self.query_one(Checkbox).value else ""

    @property
    def value(self) -> bool:
        return self.query_one(Checkbox).value

    def set_value(self, checked: bool) -> None:
        self.initial_checked = checked
        self.query_one(Checkbox).value = checked

    @property
    def dirty(self) -> bool:
        return self.value != self.initial_checked

    @property
    def problem(self) -> str | None:
        return self._server_problem

    @on(Checkbox.Changed)
    def _check_changed(self, event: Checkbox.Changed) -> None:
        event.stop()
        self._typed()
