"""RecordForm: the modal every record form is built on.

A subclass yields its fields, says how to load a stored record into them and
how to save their values through a service. The base does the rest, the same
way for every record:

- every field is checked as it is typed; Save (ctrl+s) stays disabled while
  any field has a problem, and pressing it anyway marks every bad field;
- saving runs in a write worker; a ``ValidationError`` from the service is
  shown at its field (or above the buttons), and nothing typed is lost;
- the form keeps the stored values it was loaded from (``base``, as the core
  gave them), and a save sends them along: if someone saved the record meanwhile, the core merges the fields
  only one of them changed (and the form says whose changes it kept), and
  a ``ConflictError`` for fields both changed opens the conflict dialog
  (Yours and Theirs for each): reload their version, or overwrite those
  fields deliberately;
- Esc with unsaved changes asks before throwing them away;
- a saved form dismisses with the record's id and tells the app the data
  changed, so every list reloads.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Static

from tuicrm import errors
from tuicrm.ui.screens.dialogs import ConfirmDialog, ConflictDialog
from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets.fields import ChoiceField, Field
from tuicrm.ui.widgets.footer import KeyFooter
from tuicrm.ui.work import run_core

if TYPE_CHECKING:
    from tuicrm.core import Core
    from tuicrm.core.data import Saved
    from tuicrm.ui.app import CrmApp


class RecordForm(ModalScreen[int | None]):
    """Create (``record_id=None``) or edit one record; dismisses with its id or ``None``."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "Save", id="form.save", priority=True),
        Binding("escape", "cancel", "Cancel", id="form.cancel"),
    ]

    what: ClassVar[str] = "record"  # "contact", "contract" ... for titles and messages

    def __init__(self, record_id: int | None = None, **context: Any) -> None:
        super().__init__(classes="form")
        self.record_id = record_id
        self.context = context  # e.g. contact_id for a form opened from a contact page
        self.version: int | None = None
        self.base: dict[str, Any] | None = None  # the values as loaded (what an edit started from)
        self.loaded = record_id is None
        self._saving = False
        self._saving_values: dict[str, Any] = {}  # what the save in progress sends

    @property
    def crm_app(self) -> CrmApp:
        return self.app  # type: ignore[return-value]

    # --- what subclasses provide ----------------------------------------------

    def title_text(self) -> str:
        return f"Edit {self.what}" if self.record_id else f"New {self.what}"

    def fields(self) -> ComposeResult:
        """The form's fields (and any extra widgets between them)."""
        raise NotImplementedError

    def load(self, core: Core) -> dict[str, Any]:
        """Read the stored record through the core; returns what :meth:`fill` needs
        (runs in a worker).

        Must include ``"version"`` for records that have one, and ``"base"``: the
        stored values in the shape a save sends (what an edit starts from).
        """
        raise NotImplementedError

    def fill(self, loaded: dict[str, Any]) -> None:
        """Show what :meth:`load` returned (UI thread)."""
        for name, value in loaded.items():
            field = self.field(name)
            if field is not None:
                field.set_raw("" if value is None else str(value))

    def prepare(self, core: Core) -> dict[str, Any]:
        """Anything the fields need before typing starts (e.g. team members); worker."""
        return {}

    def prepared(self, data: dict[str, Any]) -> None:
        """Show what :meth:`prepare` returned (UI thread)."""

    def values(self) -> dict[str, Any]:
        """The values to save, from fields that are all valid (UI thread)."""
        return {f.field_name: f.value for f in self.all_fields()}

    def save(self, core: Core, values: dict[str, Any], expected_version: int | None,
             base: dict[str, Any] | None) -> Saved:
        """Create or update the record through the core, as an edit of ``base``
        (the values it was loaded with); worker."""
        raise NotImplementedError

    def saved(self, record_id: int) -> None:
        """After a successful save, before the form closes (UI thread)."""
        verb = "updated" if self.record_id else "created"
        self.app.notify(f"{self.what.capitalize()} {verb}.", timeout=4)

    # --- layout --------------------------------------------------------------

    def compose(self) -> ComposeResult:
        with Vertical(classes="form--box"):
            yield Static(Text(self.title_text(), style="bold"), classes="form--title")
            with VerticalScroll(classes="form--fields"):
                yield from self.fields()
            yield Static(classes="form--problem")
            with Horizontal(classes="form--buttons"):
                yield Button("Save (ctrl+s)", id="form-save", variant="primary")
                yield Button("Cancel (Esc)", id="form-cancel")
        yield KeyFooter()  # the form's own keys, not those of the screen underneath

    def on_mount(self) -> None:
        self._update_save_button()
        run_core(self, self.prepare, done=self._prepared, group="form-prepare")
        if self.record_id is not None:
            self.query_one("#form-save", Button).disabled = True
            run_core(self, self.load, done=self._loaded, group="form-load",
                     failed=self._load_failed)
        self._focus_first()

    def _focus_first(self) -> None:
        for field in self.all_fields():
            for child in field.children:
                if child.can_focus:
                    child.focus()
                    return

    def _prepared(self, data: dict[str, Any]) -> None:
        self.prepared(data)

    def _loaded(self, loaded: dict[str, Any]) -> None:
        self.version = loaded.pop("version", None)
        self.base = loaded.pop("base", None)
        self.fill(loaded)
        for field in self.all_fields():
            field.touched = False
            field.initial = field.raw
        self.loaded = True
        self._update_save_button()

    def _load_failed(self, error: errors.CrmError) -> bool:
        self.app.notify(safe_text(errors.plain_message(error)).plain, severity="error",
                        markup=False)
        self.dismiss(None)
        return True

    def job_failed(self, group: str, message: str) -> None:
        """An unexpected failure (the app has notified): say so at the form, and
        let the person try the save again."""
        if group == "form-save":
            self._saving = False
            self._update_save_button()
            self._set_problem(f"Not saved: {message}")

    # --- fields --------------------------------------------------------------

    def all_fields(self) -> Iterable[Field]:
        return self.query(Field).results(Field)

    def field(self, name: str) -> Field | None:
        found = self.query(f"#field-{name}")
        return found.first(Field) if found else None

    @property
    def dirty(self) -> bool:
        return any(f.dirty for f in self.all_fields())

    def problems(self) -> dict[str, str]:
        return {f.field_name: p for f in self.all_fields() if (p := f.problem) is not None}

    @on(Field.Changed)
    def _field_changed(self) -> None:
        self._update_save_button()
        self._set_problem(None)

    def refresh_save_state(self) -> None:
        """Enable Save only when every field is valid (call after adding/removing fields)."""
        self._update_save_button()

    def field_for_error(self, name: str) -> Field | None:
        """The field a service's error for ``name`` (e.g. "lines.1.quantity") belongs at."""
        return self.field(name.split(".")[0])

    def display_value(self, name: str, value: Any) -> str:
        """How the conflict dialog shows a stored or typed value of field ``name``."""
        if value is None:
            return ""
        field = self.field(name)
        if isinstance(field, ChoiceField):  # an owner, a status: its label, not its key
            for text, option in field.options:
                if option == value or str(getattr(option, "value", option)) == str(value):
                    return text.plain
        currency = self._saving_values.get("currency")
        if name.endswith("_minor") and isinstance(value, int) and isinstance(currency, str):
            from tuicrm.money import MoneyError, format_amount

            try:
                return format_amount(value, currency)
            except MoneyError:
                return str(value)
        if isinstance(value, datetime):
            from tuicrm.dates import format_datetime_local

            return format_datetime_local(value)
        if isinstance(value, list | tuple):
            return ", ".join(self.display_value(name, v) for v in value)
        return str(getattr(value, "value", value))

    def _update_save_button(self) -> None:
        save = self.query_one("#form-save", Button)
        save.disabled = not self.loaded or self._saving or bool(self.problems())

    def _set_problem(self, message: str | None) -> None:
        self.query_one(".form--problem", Static).update(
            safe_text(message or "", multiline=True, style="bold"))

    # --- saving --------------------------------------------------------------

    @on(Button.Pressed, "#form-save")
    def action_save(self) -> None:
        if not self.loaded or self._saving:
            return
        problems = self.problems()
        if problems:
            for field in self.all_fields():
                field.show_problem(force=True)
            first = self.field(next(iter(problems)))
            if first is not None:
                first.scroll_visible()
                for child in first.children:
                    if child.can_focus:
                        child.focus()
                        break
            count = len(problems)
            self._set_problem(f"Fix the {count} marked field{'s' if count > 1 else ''} "
                              "to save; nothing was saved.")
            return
        self._save(self.values(), self.version)

    def _save(self, values: dict[str, Any], expected_version: int | None) -> None:
        self._saving = True
        self._saving_values = values
        self._update_save_button()
        base = self.base
        run_core(self, lambda core: self.save(core, values, expected_version, base),
                 done=self._saved, failed=lambda error: self._save_failed(error, values),
                 group="form-save")

    def _saved(self, saved: Saved) -> None:
        self._saving = False
        self.saved(saved.id)
        if saved.merged is not None:
            labels = {f.field_name: f.label for f in self.all_fields()}
            fields = ", ".join(labels.get(name, name.replace("_", " ")) for name in saved.merged.fields)
            who = saved.merged.by or "someone else"
            self.app.notify(f"Merged with {who}'s changes, kept as they saved them: {fields}.",
                            title="Merged", timeout=8, markup=False)
        self.crm_app.data_changed()
        self.dismiss(saved.id)

    def _save_failed(self, error: errors.CrmError, values: dict[str, Any]) -> bool:
        self._saving = False
        self._update_save_button()
        if isinstance(error, errors.ConflictError):
            labels = {f.field_name: f.label for f in self.all_fields()}
            self.app.push_screen(ConflictDialog(error, values, labels, self.display_value),
                                 lambda choice: self._resolve(choice, values))
            return True
        if isinstance(error, errors.ValidationError):
            unplaced = []
            for name, message in error.field_errors.items():
                field = self.field_for_error(name)
                if field is not None:
                    field.show_problem(message)
                else:
                    unplaced.append(f"{name.replace('_', ' ')}: {message}")
            self._set_problem("Not saved. " + "; ".join(unplaced) if unplaced
                              else "Not saved: fix the marked fields.")
            self._update_save_button()
            return True
        self._set_problem(f"Not saved: {errors.plain_message(error)}")
        return True

    def _resolve(self, choice: str | None, values: dict[str, Any]) -> None:
        if choice == "overwrite":
            self._save(values, None)
        elif choice == "reload" and self.record_id is not None:
            self.loaded = False
            run_core(self, self.load, done=self._loaded, group="form-load",
                     failed=self._load_failed)
            self.app.notify("Showing their saved version; your changes were dropped.",
                            timeout=6)

    # --- leaving -------------------------------------------------------------

    @on(Button.Pressed, "#form-cancel")
    def action_cancel(self) -> None:
        if not self.dirty:
            self.dismiss(None)
            return
        self.app.push_screen(
            ConfirmDialog(f"Throw away what you typed in this {self.what}?",
                          yes="Discard", no="Keep editing", danger=True),
            lambda discard: self.dismiss(None) if discard else None)
