"""Demo data: a small design studio's year, and moving it to another day.

:func:`seed_database` fills an empty database with the people, contracts,
meetings, follow-ups, sales, notes, invoices, payments, logged time and deals of
"Brooks & Okafor Studio" (three people in Bristol) as they would stand on
``today``. Everything goes through the services, so validation, search text
and totals are the real ones, and the result is the same on every machine: a
fixed random seed, and the clock pinned to ``today`` 09:00 London time (each
record is stamped at the moment it would have been entered, never later than
that).

:func:`shift_dates` moves every date and moment of a demo *copy* by the days
between the seed's anchor day and a new ``today``, so the demo is alive on
whatever day it is run.

The package, by job:

- :mod:`.data`: the studio's data tables (countries, team, contacts, contract,
  meeting and follow-up plans, products, surveys) and the shared constants.
- :mod:`.context`: the seeding context a run threads through its phases (the
  random generator, the clock, and what has been made so far).
- :mod:`.build`: :func:`seed_database` and the phases that make the team,
  contacts and contracts.
- :mod:`.activity`: the phases that make what happens with those contacts:
  meetings, follow-ups, interactions, sales and surveys.
- :mod:`.billing`: the last phase: invoice settings, invoices, payments, a
  credit note and time logged on contracts.
- :mod:`.deals`: the pipeline: deals in every stage, moved along at the
  moments it happened, won, lost and stale ones among them.
- :mod:`.shift`: :func:`shift_dates`.
"""

from __future__ import annotations

from tuicrm.seed.build import seed_database
from tuicrm.seed.data import ANCHOR_KEY, SeedError
from tuicrm.seed.shift import shift_dates

__all__ = ["ANCHOR_KEY", "SeedError", "seed_database", "shift_dates"]
