"""The contact page's tables: their columns, and each record as a row of cells.

Self-contained (no database, no screen state). Every cell is rich Text made by
:func:`~tuicrm.ui.text.safe_text` (or from our own fixed words), and cut to
its column's width, so a long note or a hostile name can neither widen the
table off the screen nor be read as markup.

Row keys: the record's primary key as a string; for the timeline "kind:id"
(one record can make several entries: a contract starts and ends).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from rich.text import Text
from textual.widgets import DataTable

from tuicrm import dates
from tuicrm.enums import contract_status_words
from tuicrm.money import format_amount
from tuicrm.recurrence import describe_recurrence
from tuicrm.ui.text import safe_text

if TYPE_CHECKING:
    from tuicrm.core.data import ContractRow, DealRow, InvoiceRow, SaleRow, TimelineEntry

__all__ = ["PANES", "Pane", "current_key", "fill_table", "form_for", "keys", "timeline_label"]

MORE_KEY = "more"  # the timeline's last row when there is more to load

# Fixed words: what each timeline kind is called.
KIND_LABELS = {
    "call": "Call", "email": "Email", "message": "Message", "note": "Note",
    "meeting": "Meeting", "sale": "Sale", "refund": "Refund",
    "contract_started": "Contract started", "contract_review": "Contract review",
    "contract_ended": "Contract ended", "contract_renewed": "Contract renewed",
    "followup_done": "Follow-up done",
}
CONTRACT_KINDS = frozenset(k for k in KIND_LABELS if k.startswith("contract_"))


@dataclass(frozen=True)
class Pane:
    """One tab of the contact page: its id, title, columns and cells."""

    id: str
    title: str
    columns: tuple[tuple[str, int], ...]  # (label, widest the cells may be)
    cells: Callable[[Any, date], list[Text]]
    key: Callable[[Any], str]
    empty: str


def _dim(text: str) -> Text:
    return Text(text, style="dim", end="")


def _day(day: date | None, today: date) -> Text:
    if day is None:
        return _dim("—")
    return safe_text(f"{day.isoformat()} ({dates.humanize_delta(day, today=today)})")


def _moment(moment: datetime | None) -> Text:
    return safe_text(dates.format_datetime_local(moment)) if moment else _dim("—")


def _money(minor: int | None, currency: str | None) -> Text:
    if minor is None or not currency:
        return Text("")
    try:
        return safe_text(format_amount(minor, currency))
    except (ValueError, TypeError):  # a currency another program wrote
        return safe_text(f"{minor} {currency}")


def _words(value: object) -> str:
    """An enum value as words: "partially_refunded" -> "partially refunded"."""
    return str(getattr(value, "value", value) or "").replace("_", " ")


def timeline_label(kind: str) -> str:
    return KIND_LABELS.get(kind, _words(kind).capitalize())


def _timeline_cells(e: TimelineEntry, today: date) -> list[Text]:
    title = e.title or (e.detail.splitlines()[0] if e.detail.strip() else "")
    detail = e.detail if e.title else "\n".join(e.detail.splitlines()[1:])
    if e.kind == "contract_ended" and e.status == "terminated":
        label = "Contract terminated"
    else:
        label = timeline_label(e.kind)
    what = Text(label, style="bold" if e.when > dates.utcnow() else "", end="")
    amount = _money(e.amount_minor, e.currency)
    if e.kind == "refund" and amount.plain:
        amount = Text("-", end="").append_text(amount)
    # Contract events fall on a calendar day (stored as that day's UTC midnight):
    # show the day itself, not midnight moved into the local zone.
    when = safe_text(e.when.date().isoformat()) if e.kind in CONTRACT_KINDS else _moment(e.when)
    return [when, what, safe_text(title), safe_text(" ".join(detail.split())), amount,
            safe_text(e.author)]


def _contract_cells(c: ContractRow, today: date) -> list[Text]:
    review = safe_text(c.review_date.isoformat()) if c.review_date else _dim("—")
    status = contract_status_words(c.status, c.start_date, today)
    return [safe_text(c.title), safe_text(_words(status)), safe_text(c.start_date.isoformat()),
            _day(c.end_date, today), safe_text(_words(c.billing_cycle)),
            _money(c.amount_minor, c.currency), review]


def _meeting_cells(m: Any, today: date) -> list[Text]:
    said = m.outcome or m.agenda or ""
    return [_moment(m.starts_at), safe_text(m.title), safe_text(_words(m.channel)),
            safe_text(f"{m.duration_minutes} min"), safe_text(" ".join(said.split()))]


def _sale_cells(s: SaleRow, today: date) -> list[Text]:
    refunded = _money(s.refunded_minor, s.currency) if s.refunded_minor else _dim("—")
    return [_moment(s.sold_at), safe_text(s.items), _money(s.total_minor, s.currency),
            refunded, safe_text(_words(s.status))]


def _followup_cells(f: Any, today: date) -> list[Text]:
    from_time = f" {f.due_time.strftime('%H:%M')}" if isinstance(f.due_time, time) else ""
    due = safe_text(f"{f.due_date.isoformat()}{from_time}")
    if f.done_at is not None:
        state = safe_text(f"done {dates.to_local(f.done_at).date().isoformat()}")
    elif f.due_date < today:
        state = Text(f"overdue ({dates.humanize_delta(f.due_date, today=today)})",
                     style="bold", end="")
    else:
        state = safe_text(dates.humanize_delta(f.due_date, today=today))
    repeat = safe_text(describe_recurrence(f.recurrence)) if f.recurrence else _dim("—")
    return [due, state, safe_text(" ".join((f.note or "").split())), repeat]


def _invoice_cells(i: InvoiceRow, today: date) -> list[Text]:
    credit = i.kind.value == "credit_note"
    status = ("credit note" if i.number else "draft credit") if credit else _words(i.status)
    owed = _money(i.balance_minor, i.currency) if i.balance_minor else _dim("—")
    return [safe_text(i.number) if i.number else _dim("draft"),
            Text(status, style="bold red" if status == "overdue" else "", end=""),
            safe_text(i.issue_date.isoformat()) if i.issue_date else _dim("—"),
            _day(i.due_date if not credit else None, today),
            _money(i.total_minor, i.currency), owed]


def _deal_cells(d: DealRow, today: date) -> list[Text]:
    stage = safe_text(d.stage)
    stage.stylize({"won": "green", "lost": "dim"}.get(d.outcome.value, "bold"))
    return [safe_text(("◷ " if d.stale else "") + d.title), stage,
            _money(d.value_minor, d.currency), safe_text(f"{d.probability} %"),
            _day(d.expected_close, today) if d.outcome.value == "open" else _dim("—"),
            safe_text(d.next_step_due.isoformat()) if d.next_step_due else _dim("—")]


def _id(record: Any) -> str:
    return str(record.id)


PANES: tuple[Pane, ...] = (
    Pane("timeline", "Timeline",
         (("When", 16), ("What", 19), ("Title", 28), ("Detail", 32), ("Amount", 18),
          ("By", 4)),
         _timeline_cells, lambda e: e.key, "Nothing has happened with this contact yet."),
    Pane("contracts", "Contracts",
         (("Title", 28), ("Status", 10), ("Start", 10), ("End", 24), ("Billing", 9),
          ("Amount", 18), ("Review", 10)),
         _contract_cells, _id, "No contracts. Press k to add one."),
    Pane("meetings", "Meetings",
         (("When", 16), ("Title", 30), ("Channel", 9), ("Length", 8), ("Outcome / agenda", 44)),
         _meeting_cells, _id, "No meetings. Press m to log one."),
    Pane("purchases", "Purchases",
         (("When", 16), ("Items", 40), ("Total", 18), ("Refunded", 18), ("Status", 18)),
         _sale_cells, _id, "No purchases. Press s to record a sale."),
    Pane("followups", "Follow-ups",
         (("Due", 16), ("State", 24), ("Note", 50), ("Repeats", 20)),
         _followup_cells, _id, "No follow-ups. Press f to add one."),
    Pane("invoices", "Invoices",
         (("Number", 15), ("Status", 12), ("Issued", 10), ("Due", 26), ("Total", 18),
          ("Owed", 18)),
         _invoice_cells, _id, "No invoices. Press i to write one."),
    Pane("deals", "Deals",
         (("Deal", 30), ("Stage", 14), ("Value", 18), ("Chance", 7), ("Close", 24),
          ("Next step", 10)),
         _deal_cells, _id, "No deals. Press a to add one."),
)
PANE_BY_ID = {pane.id: pane for pane in PANES}


_PANE_KINDS = {"contracts": "contract", "meetings": "meeting", "purchases": "sale",
               "followups": "followup", "invoices": "invoice", "deals": "deal"}


def form_for(pane: str, key: str, timeline: Sequence[TimelineEntry] = ()
             ) -> tuple[str, int] | None:
    """What row ``key`` of ``pane`` opens: (kind of record, as ``ui.forms.kinds.FORMS``
    names it, record id).

    A timeline entry opens its record: a refund its sale, a contract event the
    contract, a completed follow-up the follow-up.
    """
    if pane != "timeline":
        kind = _PANE_KINDS.get(pane)
        return (kind, int(key)) if kind and key.isdigit() else None
    kind, _, raw_id = key.partition(":")
    if not raw_id.isdigit():
        return None
    record_id = int(raw_id)
    if kind in ("call", "email", "message", "note"):
        return "interaction", record_id
    if kind == "meeting":
        return "meeting", record_id
    if kind in ("sale", "refund"):
        entry = next((e for e in timeline if e.key == key), None)
        return "sale", entry.sale_id if entry and entry.sale_id else record_id
    if kind.startswith("contract_"):
        return "contract", record_id
    if kind == "followup_done":
        return "followup", record_id
    return None


def fill_table(table: DataTable[Text], pane: Pane, records: Iterable[Any], today: date,
               *, more: bool = False, keep_key: str | None = None) -> None:
    """Replace ``table``'s rows with ``records``; the cursor goes back to ``keep_key``."""
    if keep_key is None and table.row_count:
        keep_key = current_key(table)
    table.clear(columns=not table.columns)
    if not table.columns:
        for label, _width in pane.columns:
            table.add_column(label, key=label.lower())
    widths = [width for _label, width in pane.columns]
    for record in records:
        cells = pane.cells(record, today)
        for cell, most in zip(cells, widths, strict=True):
            if cell.cell_len > most:
                cell.truncate(most, overflow="ellipsis")
        table.add_row(*cells, key=pane.key(record))
    if more:
        table.add_row(_dim("… more (Enter)"), *[Text("") for _ in widths[1:]], key=MORE_KEY)
    if not table.row_count:
        table.add_row(_dim(pane.empty), *[Text("") for _ in widths[1:]], key="")
    row = _row_of(table, keep_key)
    table.move_cursor(row=row, column=0, animate=False)


def current_key(table: DataTable[Text]) -> str | None:
    """The row key under the cursor (None for an empty table)."""
    if not table.row_count:
        return None
    key = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
    return key or None


def _row_of(table: DataTable[Text], key: str | None) -> int:
    if key:
        try:
            return table.get_row_index(key)
        except Exception:  # noqa: BLE001 - RowDoesNotExist: the record went away
            return 0
    return 0


def keys(table: DataTable[Text]) -> Sequence[str]:
    return [str(table.coordinate_to_cell_key((i, 0)).row_key.value) for i in range(table.row_count)]
