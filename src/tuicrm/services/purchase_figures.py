"""The purchase figures each contact keeps: what its orders add up to.

Segments and the re-engage list need, per customer, the number of orders, the
last one, and the median gap between them. Working those out means a window
over every sale (LAG, ROW_NUMBER): seconds at 1M sales, on every open of
Reports. So each contact keeps them, over *all* its orders (live, not
pending: :func:`~tuicrm.services.metrics.order_condition`) whatever their
moment:

- ``order_count``: how many (0: none; NULL: never worked out);
- ``first_order_at`` / ``last_order_at``: the first and last order's moment;
- ``order_gap_days``: :func:`~tuicrm.services.metrics_customers.median_gap_query`
  of its orders, stored as that SQL gives it (NULL below two orders).

They depend on the contact's sales only, never on the clock. A question about
the orders placed before a moment ``T`` (segments up to a period's end, the
re-engage list up to now) may take the kept figures of every contact whose
last order lies before ``T`` (:func:`hold_before`): all its orders count. The
others (an order at or after ``T``: a past period, a sale dated ahead, or
figures never worked out) are worked out live, for those contacts only.

They are refreshed with the stay-in-touch clock (:func:`tuicrm.services.touch_clock.refresh`
runs :func:`update_statements`): at the end of every write transaction that
changed a sale (:mod:`tuicrm.services.derived`), and at start-up where they
are NULL.
Deleting or archiving a contact changes nothing here: readers test that.
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from tuicrm.models import Contact, Sale
from tuicrm.services.metrics import order_condition
from tuicrm.services.metrics_customers import median_gap_query


def update_statements(session: Session | str, ids: sa.BindParameter[Any] | None) -> list[sa.Update]:
    """The two Core UPDATEs that work the figures out again for the contacts
    whose ids the expanding parameter ``ids`` gives (None: every contact).

    No version bump, no audit stamp: this is derived data. Every chosen
    contact is first set as without orders, then the ones with orders take
    one grouped query and the median gap query. ``session`` only tells the
    dialect, so the caller may keep the statements for every later refresh;
    it holds the rows' locks (see ``touch_clock.refresh``).
    """
    chosen = Contact.id.in_(ids) if ids is not None else sa.true()
    clear = sa.update(Contact).where(chosen).values(
        order_count=0, first_order_at=None, last_order_at=None, order_gap_days=None)
    grouped = sa.select(Sale.contact_id, sa.func.count().label("orders"),
                        sa.func.min(Sale.sold_at).label("first"),
                        sa.func.max(Sale.sold_at).label("last")).where(order_condition())
    if ids is not None:
        grouped = grouped.where(Sale.contact_id.in_(ids))
    counts = grouped.group_by(Sale.contact_id).subquery("counts")
    medians = median_gap_query(session, contact_ids=ids)
    figures = (sa.select(counts, medians.c.gap)
               .outerjoin(medians, medians.c.contact_id == counts.c.contact_id)
               .subquery("figures"))
    fill = sa.update(Contact).where(Contact.id == figures.c.contact_id).values(
        order_count=figures.c.orders, first_order_at=figures.c.first,
        last_order_at=figures.c.last, order_gap_days=figures.c.gap)
    return [clear, fill]


def hold_before(until: Any, *, inclusive: bool = False) -> sa.ColumnElement[bool]:
    """The correlated contact's kept figures are those of its orders before
    ``until`` (``inclusive``: at or before): worked out, and no order after."""
    last = Contact.last_order_at
    later = last <= until if inclusive else last < until
    return sa.and_(~out_of_date(), sa.or_(last.is_(None), later))


def live_ids(until: Any, *, inclusive: bool = False) -> sa.CompoundSelect:
    """The ids of the contacts whose kept figures do not hold before ``until``
    (the opposite of :func:`hold_before`): one index look-up per reason."""
    later = Contact.last_order_at > until if inclusive else Contact.last_order_at >= until
    return sa.union(sa.select(Contact.id).where(out_of_date()),
                    sa.select(Contact.id).where(later))


def out_of_date() -> sa.ColumnElement[bool]:
    """Contacts whose figures were never worked out."""
    return Contact.order_count.is_(None)
