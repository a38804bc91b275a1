"""Column types shared by the models and the migrations.

Kept apart from ``models.py`` so that migration scripts can import them without
pulling in (and freezing themselves to) the current models.
"""

from __future__ import annotations

from datetime import datetime, timezone
from enum import Enum

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator


class UTCDateTime(TypeDecorator[datetime]):
    """An aware datetime stored in UTC and read back aware.

    SQLite has no zone-aware type: SQLAlchemy would store the wall-clock digits
    and silently drop the offset. Naive datetimes are refused rather than
    guessed at, so every moment in the file means one instant.
    """

    impl = sa.DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: sa.Dialect):
        if value is None:
            return None
        if value.tzinfo is None or value.utcoffset() is None:
            raise ValueError(f"refusing a datetime without a zone: {value!r}")
        utc = value.astimezone(timezone.utc)
        # SQLite keeps text: store naive UTC so string order is time order.
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: sa.Dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=timezone.utc)
        return value.astimezone(timezone.utc)


def enum_type(enum_cls: type[Enum]) -> sa.Enum:
    """A portable enum column: VARCHAR holding the member *values*.

    Native PostgreSQL enums make every new member a migration of its own; a
    plain string keeps SQLite and PostgreSQL schemas identical.
    """
    return sa.Enum(
        enum_cls,
        native_enum=False,
        create_constraint=False,
        length=24,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )
