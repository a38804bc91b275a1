"""What the reports screen shows, built without widgets: its period, its one read, its panels.

The figures are :func:`~tuicrm.services.metrics_report.key_figures` (each the
metric of that name in ``services/metrics*.py``); the role and contract
counts come from ``services.overview``. Amounts stay per currency.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING

from rich.table import Table
from rich.text import Text

from tuicrm import dates
from tuicrm.enums import ContractStatus, Role
from tuicrm.ui.text import amount_str, safe_text
from tuicrm.ui.widgets.columns import Column

if TYPE_CHECKING:
    from tuicrm.core.data import KeyFigures, PipelineFigures, Ranked, Receivables
    from tuicrm.ui.screens.record_lists import Row

# Period kinds in the order ``p`` cycles them, and how many months ``[``/``]`` move.
KINDS = ("month", "quarter", "year", "last12")
STEP = {"month": 1, "quarter": 3, "year": 12, "last12": 12}
TOP_COLUMNS: list[Column] = [("Name", 1.0, 12), ("Amount", 16, 10), ("Currency", 8, 8)]

ROLE_LABELS = {
    Role.CLIENT: "Clients (a contract)", Role.CUSTOMER: "Customers (a purchase)",
    Role.BOTH: "Both", Role.PROSPECT: "Prospects (an open deal)", Role.LEAD: "Leads (none yet)",
}


# --- the period ----------------------------------------------------------------


def period_of(kind: str, day: date) -> tuple[date, date]:
    """The first and last day of the period of ``kind`` that ``day`` is in (or ends)."""
    if kind == "last12":  # as `tuicrm report` counts by default
        return dates.add_months(day.replace(day=1), -11), day
    months = {"month": 1, "quarter": 3, "year": 12}[kind]
    first = day.replace(month=(day.month - 1) // months * months + 1, day=1)
    return first, dates.add_months(first, months) - timedelta(days=1)


def shift(kind: str, day: date, step: int) -> date:
    """The day that stands for the previous (``-1``) or next (``1``) period."""
    return dates.add_months(day, step * STEP[kind])


def period_label(kind: str, first: date, last: date) -> str:
    span = f"{first:%d %b %Y} – {last:%d %b %Y}"
    if kind == "month":
        return f"{first:%B %Y}"
    if kind == "quarter":
        return f"Q{(first.month - 1) // 3 + 1} {first.year} ({span})"
    if kind == "year":
        return str(first.year)
    return f"12 months to {last:%d %b %Y} ({span})"


# --- the panels -----------------------------------------------------------------


def _money_lines(amounts: dict[str, int]) -> Text:
    return Text("\n".join(amount_str(v, c) for c, v in amounts.items()) or "–")


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def figures_table(f: KeyFigures) -> Table:
    """The key figures, one per line, every amount in its own currency."""
    from tuicrm.enums import SEGMENT_LABELS
    from tuicrm.money import round_ratio

    table = Table(title="Key figures", title_justify="left", title_style="bold", expand=True,
                  show_edge=False, pad_edge=False, show_header=False)
    table.add_column("Figure", min_width=24)
    table.add_column("Value", justify="right", no_wrap=True)  # the labels wrap instead
    table.add_row(Text(f"Recurring revenue a month (on {f.mrr_on:%d %b %Y})"),
                  _money_lines(f.mrr))
    revenue = Text()
    recurring, one_off = f.recurring, f.one_off
    for currency in sorted(set(recurring) | set(one_off)):
        if revenue:
            revenue.append("\n")
        revenue.append(f"{amount_str(recurring.get(currency, 0), currency)} recurring\n"
                       f"{amount_str(one_off.get(currency, 0), currency)} one-off  ")
    table.add_row(Text("Revenue in the period"), revenue or Text("–"))
    r = f.renewals
    table.add_row(Text("Renewal rate"), Text(
        f"{round_ratio(100 * r.renewed, r.reached_end)}% ({r.renewed} of {r.reached_end} "
        "renewed)" if r.reached_end else "– (no contract reached its end)"))
    table.add_row(Text("NPS"), Text("– (no responses)" if f.nps.score is None else
                                    f"{f.nps.score} ({_count(f.nps.responses, 'response')})"))
    table.add_row(Text("CSAT (satisfied, 4 or 5)"), Text(
        "– (no responses)" if f.csat.score is None
        else f"{f.csat.score}% ({_count(f.csat.responses, 'response')})"))
    segments = [f"{SEGMENT_LABELS[s]} {n}" for s, n in f.segments.items()]
    table.add_row(Text("Customers by segment"),
                  Text(" · ".join(segments[:2]) + "\n" + " · ".join(segments[2:])))
    table.add_row(Text("Customers to re-engage now"), Text(str(f.reengage)))
    return table


def top_rows(top: dict[str, list[Ranked]]) -> list[Row]:
    """A top list's table rows, currency by currency, largest first; Enter opens the contact."""
    return [(f"{currency}-{r.contact_id}",
             [safe_text(r.name), Text(amount_str(r.amount, currency, with_code=False),
                                      justify="right"), safe_text(currency)],
             r.contact_id)
            for currency, ranked in top.items() for r in ranked]


def count_table(title: str, rows: list[tuple[str, int]], total_label: str) -> Table:
    table = Table(title=title, title_justify="left", title_style="bold", expand=True,
                  show_edge=False, pad_edge=False)
    table.add_column("")
    table.add_column("Count", justify="right")
    for label, count in rows:
        table.add_row(label, f"{count:,}", style="" if count else "dim")
    table.add_section()
    table.add_row(Text(total_label, style="bold"),
                  Text(f"{sum(n for _l, n in rows):,}", style="bold"))
    return table


def role_rows(roles: dict[Role, int]) -> list[tuple[str, int]]:
    return [(ROLE_LABELS[r], roles.get(r, 0))
            for r in (Role.CLIENT, Role.CUSTOMER, Role.BOTH, Role.PROSPECT, Role.LEAD)]


def status_rows(statuses: dict[ContractStatus, int]) -> list[tuple[str, int]]:
    return [(s.value.capitalize(), statuses.get(s, 0)) for s in ContractStatus]


def receivables_table(r: Receivables) -> Table:
    """What was owed at the period's end, per currency and by days past due."""
    table = Table(title=f"Receivables on {r.aging.as_of:%d %b %Y}: days past the due date",
                  title_justify="left", title_style="bold", expand=True, show_edge=False,
                  pad_edge=False)
    table.add_column("Currency")
    for label in r.aging.labels:
        table.add_column(label, justify="right", no_wrap=True)
    table.add_column("Outstanding", justify="right", no_wrap=True)
    for currency, amounts in r.aging.buckets.items():
        table.add_row(safe_text(currency),
                      *(Text(amount_str(a, currency, with_code=False),
                             style="" if a else "dim") for a in amounts),
                      Text(amount_str(sum(amounts), currency, with_code=False), style="bold"))
    if not r.aging.buckets:
        table.add_row(Text("Nothing outstanding", style="dim"), *[""] * (len(r.aging.labels) + 1))
    days = ("–" if r.days_to_get_paid is None
            else f"{r.days_to_get_paid:g} days on average")
    table.caption = f"Days to get paid (invoices paid in full in the period): {days}"
    table.caption_justify = "left"
    return table


def _per_currency(amounts: dict[str, int]) -> Text:
    if not amounts:
        return Text("—", style="dim")
    return Text(" · ".join(amount_str(v, c) for c, v in amounts.items()))


def forecast_table(pipeline: PipelineFigures) -> Table:
    """The open deals' weighted value by month of expected close, per currency."""
    table = Table(title="Pipeline forecast: weighted value by expected close",
                  title_justify="left", title_style="bold", expand=True, show_edge=False,
                  pad_edge=False)
    table.add_column("Month", no_wrap=True)
    table.add_column("Deals", justify="right", no_wrap=True)
    table.add_column("Weighted", justify="right", no_wrap=True)
    table.add_column("Value", justify="right", no_wrap=True)
    for month in pipeline.forecast:
        label = {"overdue": "Close date passed", "undated": "No close date"}.get(
            month.label, month.month.strftime("%b %Y") if month.month else month.label)
        table.add_row(Text(label, style="italic" if month.month is None else ""),
                      Text(f"{month.count:,}", style="" if month.count else "dim"),
                      _per_currency(month.weighted), _per_currency(month.totals))
    return table


def pipeline_table(pipeline: PipelineFigures) -> Table:
    """The period's win rate, days in each stage and conversion by source."""
    table = Table(title="Deals closed and created in the period", title_justify="left",
                  title_style="bold", expand=True, show_edge=False, pad_edge=False)
    table.add_column("", no_wrap=True)
    table.add_column("", justify="right", no_wrap=True)
    rate = pipeline.win_rate
    table.add_row("Win rate",
                  "–" if rate.rate is None else f"{rate.rate:.0%} ({rate.won} won, {rate.lost} lost)")
    table.add_row("Won", _per_currency(rate.won_value))
    table.add_section()
    for stage in pipeline.days_in_stage:
        days = "–" if stage.average_days is None else f"{stage.average_days:.1f} days"
        table.add_row(Text.assemble("Days in ", safe_text(stage.stage)),
                      Text(f"{days} ({stage.stays})" if stage.stays else days,
                           style="" if stage.stays else "dim"))
    table.add_section()
    for source in pipeline.by_source:
        won = "–" if source.rate is None else f"{source.rate:.0%} won"
        table.add_row(Text("From ").append_text(safe_text(source.source)),
                      f"{source.created} new · {source.won} won · {source.lost} lost · {won}")
    if not pipeline.by_source:
        table.add_row(Text("No deals created in the period", style="dim"), "")
    return table
