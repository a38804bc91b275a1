"""``tuicrm report``: the key figures of a period, for the terminal or for scripts.

Recurring revenue, the period's revenue (contract billing and purchases
apart), renewal rate, NPS and CSAT, customer segments, the top five clients
and customers, and how many customers to re-engage: each is the metric of
that name in ``services/metrics*.py``. Amounts stay per currency. A Rich
table by default (Rich is light; Textual is never imported), ``--json`` for
scripts, with amounts as integer minor units beside their currency code.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import TYPE_CHECKING, Any

import click

from tuicrm.commands.common import command_core, echo_json, open_database, refuse_a_missing_file

if TYPE_CHECKING:
    from tuicrm.core.data import KeyFigures, Ranked

_DAY = click.DateTime(formats=["%Y-%m-%d"])


@click.command("report")
@click.option("--from", "first", type=_DAY, metavar="DATE",
              help="First day of the period, YYYY-MM-DD (default: twelve months back, "
                   "from the first of a month).")
@click.option("--to", "last", type=_DAY, metavar="DATE",
              help="Last day of the period, YYYY-MM-DD (default: today).")
@click.option("--json", "as_json", is_flag=True, help="Print JSON for scripts.")
@click.pass_context
def report_command(ctx: click.Context, first: datetime | None, last: datetime | None,
                   as_json: bool) -> None:
    """Print the key figures of a period: revenue, renewals, satisfaction, customers."""
    from tuicrm import dates

    period_end = last.date() if last else dates.today()
    period_start = first.date() if first else dates.add_months(period_end.replace(day=1), -11)
    if period_start > period_end:
        raise click.UsageError(f"--from {period_start} is after --to {period_end}.")
    refuse_a_missing_file(ctx)
    with open_database(ctx, writing=False) as database:
        figures = command_core(database).reports.key_figures(period_start, period_end)
    if as_json:
        text = json.dumps(as_dict(figures), indent=2, ensure_ascii=False)
        # json escapes only C0 controls; DEL, C1 and bidi overrides would reach the terminal.
        echo_json(text)
        return
    _print_tables(figures)


def as_dict(f: KeyFigures) -> dict[str, Any]:
    """The figures in a stable shape for scripts (amounts: minor units per currency)."""
    def ranked(top: dict[str, list[Ranked]]) -> dict[str, list[dict[str, Any]]]:
        return {currency: [{"contact_id": r.contact_id, "name": r.name,
                            "amount_minor": r.amount} for r in rows]
                for currency, rows in top.items()}

    return {
        "period": {"from": f.period_start.isoformat(), "to": f.period_end.isoformat()},
        "today": f.today.isoformat(),
        "mrr_minor": f.mrr, "mrr_on": f.mrr_on.isoformat(),
        "revenue_minor": {"recurring": f.recurring, "one_off": f.one_off},
        "revenue_by_month": [
            {"month": m.month.strftime("%Y-%m"), "from": m.first_day.isoformat(),
             "to": m.last_day.isoformat(), "recurring_minor": m.recurring,
             "one_off_minor": m.one_off} for m in f.months],
        "renewals": {"reached_end": f.renewals.reached_end, "renewed": f.renewals.renewed,
                     "rate": f.renewals.rate},
        "nps": {"score": f.nps.score, "responses": f.nps.responses,
                "promoters": f.nps.promoters, "passives": f.nps.passives,
                "detractors": f.nps.detractors},
        "csat": {"score": f.csat.score, "responses": f.csat.responses,
                 "satisfied": f.csat.satisfied, "mean": f.csat.mean},
        "orders": {"orders": f.orders.orders, "customers": f.orders.customers,
                   "refunded_orders": f.orders.refunded_orders,
                   "spent_minor": f.orders.spent, "average_order_minor": f.orders.average_order,
                   "orders_per_customer": _rounded(f.orders.orders_per_customer),
                   "return_rate": _rounded(f.orders.return_rate, 4)},
        "segments": {segment.value: count for segment, count in f.segments.items()},
        "top_clients": ranked(f.top_clients),
        "top_customers": ranked(f.top_customers),
        "reengage": f.reengage,
    }


def _print_tables(f: KeyFigures) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    from tuicrm.enums import SEGMENT_LABELS

    console = Console(highlight=False)

    def table(title: str, *columns: str) -> Table:
        grid = Table(title=Text(title), title_justify="left", show_edge=False)
        for i, column in enumerate(columns):
            grid.add_column(Text(column), justify="right" if i else "left")
        return grid

    period = f"{f.period_start.isoformat()} to {f.period_end.isoformat()}"
    figures = table(f"Key figures, {period}", "Figure", "Value")
    rows = [
        (f"Recurring revenue a month (on {f.mrr_on.isoformat()})", _money(f.mrr)),
        ("Contract billing in the period", _money(f.recurring)),
        ("Purchases in the period (net of refunds)", _money(f.one_off)),
        ("Renewal rate", _renewals(f)),
        ("NPS", "–" if f.nps.score is None
         else f"{f.nps.score} ({_count(f.nps.responses, 'response')})"),
        ("CSAT (satisfied, 4 or 5)", "–" if f.csat.score is None
         else f"{f.csat.score}% ({_count(f.csat.responses, 'response')}, "
              f"mean {f.csat.mean:.2f})"),
        ("Orders in the period",
         f"{f.orders.orders} from {_count(f.orders.customers, 'customer')}"),
        ("Average order value", _money(f.orders.average_order)),
        ("Orders per customer", _number(f.orders.orders_per_customer)),
        ("Return rate (orders refunded)", _percent(f.orders.return_rate)),
        ("Customers to re-engage", str(f.reengage)),
    ]
    for label, value in rows:
        figures.add_row(Text(label), Text(value))
    console.print(figures)

    segments = table("Customers by segment", "Segment", "Customers")
    for segment, count in f.segments.items():
        segments.add_row(Text(SEGMENT_LABELS[segment]), Text(str(count)))
    console.print(segments)

    months = table("Revenue by month", "Month", "Contract billing", "Purchases")
    for m in f.months:
        months.add_row(Text(m.month.strftime("%b %Y")), Text(_money(m.recurring)),
                       Text(_money(m.one_off)))
    console.print(months)

    for title, top in (("Top clients (contract billing)", f.top_clients),
                       ("Top customers (purchases)", f.top_customers)):
        ranking = table(title, "Name", "Amount")
        for currency, ranked in top.items():
            for r in ranked:
                ranking.add_row(Text(_clean(r.name)), Text(_money({currency: r.amount})))
        if not top:
            ranking.add_row(Text("none in this period"), Text(""))
        console.print(ranking)


def _money(amounts: dict[str, int]) -> str:
    from tuicrm.money import shown_amount

    return "\n".join(shown_amount(v, c) for c, v in amounts.items()) or "–"


def _renewals(f: KeyFigures) -> str:
    from tuicrm.money import round_ratio

    r = f.renewals
    if not r.reached_end:
        return "– (no contract reached its end)"
    percent = round_ratio(100 * r.renewed, r.reached_end)
    return f"{percent}% ({r.renewed} of {r.reached_end} renewed)"


def _rounded(value: float | None, digits: int = 2) -> float | None:
    return None if value is None else round(value, digits)


def _number(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}"


def _percent(value: float | None) -> str:
    return "–" if value is None else f"{100 * value:.1f}%"


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _clean(text: str) -> str:
    from tuicrm.textclean import clean_text

    return clean_text(text, multiline=False)
