"""Column types shared by the models and the migrations.

Kept apart from ``models.py`` so that migration scripts can import them without
pulling in (and freezing themselves to) the current models.
"""

from __future__ import annotations

from datetime import datetime, timezone
from enum import Enum

import sqlalchemy as sa
from sqlalchemy.types import TypeDecorator

from tuicrm.enums import UnknownValue  # here for SQLAlchemy, there for the quick path

__all__ = ["EnumText", "UTCDateTime", "UnknownValue", "enum_type"]


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


class EnumText(TypeDecorator[Enum]):
    """A portable enum column: VARCHAR holding the member *values*.

    Native PostgreSQL enums make every new member a migration of its own; a
    plain string keeps SQLite and PostgreSQL schemas identical. Writing refuses
    a value that is no member; reading gives an :class:`UnknownValue` for one.
    """

    impl = sa.String(24)
    cache_ok = True

    def __init__(self, enum_cls: type[Enum]) -> None:
        super().__init__()
        self.enum_cls = enum_cls

    def process_bind_param(self, value: object, dialect: sa.Dialect) -> str | None:
        if value is None:
            return None
        if isinstance(value, UnknownValue):
            return str(value)  # a row read as it was, written back as it was
        return str(self.enum_cls(getattr(value, "value", value)).value)

    def process_result_value(self, value: str | None, dialect: sa.Dialect) -> object:
        if value is None:
            return None
        try:
            return self.enum_cls(value)
        except ValueError:
            return UnknownValue(value)


def enum_type(enum_cls: type[Enum]) -> EnumText:
    """The column type of an enum field (see :class:`EnumText`)."""
    return EnumText(enum_cls)
