"""The seeding context: what one run of the seed carries from phase to phase.

:class:`Seed` holds the database, the random generator and the pinned clock,
plus what the phases have made so far (team members, contacts, contract spans,
past meetings); :class:`SeedContact` is one contact as the later phases need it.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from tuicrm import dates
from tuicrm.db import Database, act_as
from tuicrm.seed.data import COUNTRIES, DAY_SLOTS, STUDIO_ZONE, TEAM


@dataclass
class SeedContact:
    key: str
    id: int
    name: str
    owner: str
    country: str
    since: date  # the day the studio entered it
    orders: int = 0
    cadence: int | None = None
    organisation: str | None = None
    people: list[str] = field(default_factory=list)
    phone: str = ""


@dataclass
class Seed:
    db: Database
    rng: random.Random
    today: date
    now: datetime
    members: dict[str, int] = field(default_factory=dict)
    contacts: dict[str, SeedContact] = field(default_factory=dict)
    spans: dict[str, tuple[date, date]] = field(default_factory=dict)  # client meeting span
    past_meetings: list[tuple[str, datetime]] = field(default_factory=list)

    @contextmanager
    def acting(self, session: Session, member: str, moment: datetime) -> Iterator[None]:
        """Write as ``member`` with the clock at ``moment`` (never after the anchor)."""
        act_as(session, self.members.get(member))
        with dates.fixed_now(min(moment, self.now)):
            yield

    @contextmanager
    def writing(self, member: str, moment: datetime) -> Iterator[Session]:
        """A write transaction of its own as ``member`` at ``moment`` (never after the
        anchor), committed there too, so the changes it notes in the history carry
        that author and moment rather than the end of a whole phase's."""
        with dates.fixed_now(min(moment, self.now)), \
                self.db.write(actor_id=self.members[member]) as session:
            yield session

    def day(self, when: int | str) -> date:
        """An anchor-relative day: an offset, or "week+N" (next week's Monday + N)."""
        if isinstance(when, int):
            return self.today + timedelta(days=when)
        next_monday = self.today + timedelta(days=7 - self.today.weekday())
        return next_monday + timedelta(days=int(when.removeprefix("week+")))

    def zone(self, key: str) -> str:
        return COUNTRIES[self.contacts[key].country].zone

    def moment(self, day: date, at: time | None = None, zone: str = STUDIO_ZONE) -> datetime:
        at = at or self.rng.choice(DAY_SLOTS)
        return dates.local_datetime(day, at, zone)

    def random_day(self, start: date, end: date) -> date:
        return start + timedelta(days=self.rng.randint(0, max(0, (end - start).days)))

    def pick_member(self, usual: str, share: float = 0.8) -> str:
        return usual if self.rng.random() < share else self.rng.choice(TEAM)[0]


def slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", ascii_text.lower())
