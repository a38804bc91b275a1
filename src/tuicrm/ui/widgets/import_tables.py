"""What the import screen shows: the file's columns and their fields, the plan, the summary.

Pure functions from a :class:`~tuicrm.interop.import_source.SourceFile` or an
:class:`~tuicrm.services.import_plan.ImportPlan` to table rows and texts,
plus :class:`FieldPicker`, the modal that picks a column's field. Every value
from the file reaches the screen through ``safe_text``: a file is data
written by someone else.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, OptionList, Static
from textual.widgets.option_list import Option

from tuicrm.ui.text import safe_text
from tuicrm.ui.widgets.footer import KeyFooter

if TYPE_CHECKING:
    from tuicrm.core.data import ImportPlan, PlanLine
    from tuicrm.interop.import_source import SourceFile

IGNORE = "ignore"
MAX_PLAN_ROWS = 1000  # a DataTable of a million lines would be slow to fill; counts say the rest
_FIELD_WORDS = {"emails": "email", "phones": "phone"}
_ACTION_STYLES = {"create": "bold", "update": "bold", "unchanged": "dim", "skip": "italic"}


def map_name(name: str) -> str:
    """A field as a column mapping names it (``--map``: "email", "job_title")."""
    return _FIELD_WORDS.get(name, name)


def field_word(name: str) -> str:
    """A field as a person names it ("email", not the service's "emails")."""
    return _FIELD_WORDS.get(name, name).replace("_", " ")


def column_fields(source: SourceFile) -> list[str]:
    """For each of the file's columns, in order, the field it feeds ("" for none)."""
    remaining: dict[str, list[str]] = {}
    for name, columns in source.mapping.items():
        for column in columns:
            remaining.setdefault(column, []).append(name)
    fields = []
    for column in source.columns:
        feeds = remaining.get(column)
        fields.append(feeds.pop(0) if feeds else "")  # two "Email" columns: one field each
    return fields


def fill_columns(table: DataTable[Text], source: SourceFile) -> None:
    """One row per file column (the row key is its index): the column and its field."""
    table.clear(columns=True)
    table.add_column("File column", key="column")
    table.add_column("Field", key="field")
    for index, (column, name) in enumerate(zip(source.columns, column_fields(source),
                                               strict=True)):
        field = Text(field_word(name)) if name else Text("not imported", style="dim")
        table.add_row(safe_text(column or f"(column {index + 1}, no name)", max_width=40),
                      field, key=str(index))


def describe_source(source: SourceFile, problem: str = "") -> Text:
    """How the file was read: format, encoding, delimiter, rows, and any unreadable rows.

    With a ``problem`` the file was not read past its columns: only its name then.
    """
    text = Text.assemble(safe_text(source.name, style="bold"), ": ",
                         safe_text(source.describe()) if not problem else "its columns")
    if source.format == "vCard":
        text.append("  ·  a vCard file holds contacts; each card's fields are read as they are",
                    style="dim")
    elif source.columns:
        text.append("  ·  Enter on a column changes its field", style="dim")
    if source.problems:
        count = len(source.problems)
        which = ("1 record", "it with its line number") if count == 1 else (
            f"{count:,} records", "them with their line numbers")
        text.append(f"\n{which[0]} could not be read: the dry run lists {which[1]}",
                    style="bold")
    return text


def shown_lines(plan: ImportPlan) -> list[PlanLine]:
    """The lines the table shows: all of them, or past the cap the skipped ones first."""
    from tuicrm.core.data import Action

    if len(plan.lines) <= MAX_PLAN_ROWS:
        return list(plan.lines)
    skipped = [p for p in plan.lines if p.action is Action.SKIP]
    others = [p for p in plan.lines if p.action is not Action.SKIP]
    chosen = (skipped + others)[:MAX_PLAN_ROWS]
    return sorted(chosen, key=lambda p: p.line)


def fill_plan(table: DataTable[Text], plan: ImportPlan) -> None:
    """One row per line of the plan: line number, action, who, and why."""
    table.clear(columns=True)
    table.add_column("Line", key="line")
    table.add_column("Action", key="action")
    table.add_column("Who", key="who")
    table.add_column("Why", key="why")
    for index, line in enumerate(shown_lines(plan)):
        action = line.action.value
        table.add_row(Text(f"{line.line:,}", justify="right"),
                      Text(action, style=_ACTION_STYLES.get(action, "")),
                      safe_text(line.label or "—", max_width=40),
                      safe_text(line.detail, max_width=120),
                      key=str(index))


def plan_summary(plan: ImportPlan) -> Text:
    """The line under the plan: what the counts are, and what to do next."""
    shown = len(shown_lines(plan))
    more = (f" The table shows {shown:,} of its {len(plan.lines):,} lines, the skipped "
            "ones first." if shown < len(plan.lines) else "")
    if not plan.applied:
        return Text.assemble(("Dry run: ", "bold"), plan.summary(),
                             f". Nothing was changed.{more} ctrl+s imports.")
    if plan.run_id is None:
        return Text.assemble(("Nothing to import: ", "bold"), plan.summary(), f".{more}")
    return Text.assemble(("Imported: ", "bold"), plan.summary(),
                         f".{more} u undoes this import (or ctrl+z).")


class FieldPicker(ModalScreen[str | None]):
    """Which field one column feeds: ↑↓ and Enter choose, Esc leaves it as it is."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="import.field.cancel"),
    ]

    def __init__(self, column: str, fields: list[str], current: str) -> None:
        super().__init__(classes="dialog")
        self.column, self.fields, self.current = column, fields, current

    def compose(self) -> ComposeResult:
        options = [Option("not imported", id=IGNORE)]
        options += [Option(field_word(name), id=name) for name in self.fields]
        with Vertical(classes="dialog--box"):
            yield Static(Text.assemble("Import the column ", safe_text(self.column, style="bold",
                                                                         max_width=40),
                                       " as:"), classes="dialog--question")
            yield OptionList(*options, id="import-field-options")
        yield KeyFooter()

    def on_mount(self) -> None:
        options = self.query_one(OptionList)
        options.focus()
        index = options.get_option_index(self.current) if self.current in self.fields else 0
        options.highlighted = index

    @on(OptionList.OptionSelected)
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)


def field_names(target: Any) -> list[str]:
    """The fields a column can feed for ``target``, as ``--map`` takes them."""
    from tuicrm.interop.csv_mapping import target_fields

    return target_fields(target)
