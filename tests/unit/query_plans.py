"""A test helper: the query plans SQLite picks for what a service call runs.

Lives beside the tests (pytest puts this folder on ``sys.path``) so every test
module that checks a plan shares one way of reading it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def sqlite_plans(db: Any, call: Callable[[Any], object], *, nested: bool = False) -> list[str]:
    """SQLite's top-level query plan steps of every statement ``call`` runs.

    Steps inside subqueries (one row's emails, say) are left out unless
    ``nested``: those run per shown row, not per row of the table.
    """
    from sqlalchemy import event

    statements: list[tuple[str, object]] = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        if statement.lstrip().upper().startswith("SELECT"):
            statements.append((statement, parameters))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        with db.read() as s:
            call(s)
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection
        plans = []
        for sql, params in statements:
            rows = raw.execute(f"EXPLAIN QUERY PLAN {sql}", params).fetchall()
            plans.append(" | ".join(detail for _id, parent, _, detail in rows
                                    if nested or parent == 0))
        return plans
