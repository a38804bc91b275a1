"""Make a large, realistic tuicrm database for the benchmarks.

    .venv/bin/python bench/generate.py big.db            # 100k contacts, 1M sales
    .venv/bin/python bench/generate.py small.db --scale 0.1

The file is created and migrated by ``Database.open`` (the app's own schema),
then filled in one transaction by :mod:`bulk` with indexes and the search
triggers dropped, and the search index rebuilt once at the end. Data is
skewed like a real small business's: customers' order counts follow a
Zipf-like law (a few buy thousands of times, most once or twice), contracts
come in renewal chains, most follow-ups in the past are done, and times cluster
in working hours. The same ``--seed`` gives the same file.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sqlite3
import sys
import time as clock
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bulk import BulkWriter, EpochMoments, LoadWindow, day, moment  # noqa: E402

FIRST = ("Ada Alan Amira Ben Chloe Daniel Ella Finn Grace Hannah Isla James Jonas Katrin Lena "
         "Lukas Maya Marco Nora Oliver Priya Rafael Sara Sophie Tomasz Uma Viktor Wen Yusuf "
         "Zoe Aisha Bruno Carmen Dmitri Elif Farah Gustav Hugo Ines Jamal").split()
LAST = ("Adeyemi Albers Bell Brooks Cole Costa Dubois Evans Fischer Garcia Hughes Ito Jansen "
        "Kowalski Laurent Lopez Marsh Meyer Nowak Novak Okafor Patel Quinn Raman Rossi Santos "
        "Schmidt Silva Tanaka Turner Urban Vogel Weber Whitfield Xu Yilmaz Zhang Moreau "
        "Hadid Keller").split()
ORG_WORDS = ("Harbour Oak Northwind Blauwe Studio Atlas Copper Linden Maple Orbit Pixel "
             "Quarry Riverside Summit Tidal Union Vertex Willow Ember Granite").split()
ORG_KINDS = "Bakery Brewery Studio Partners Labs Works Collective Trading Foods Digital".split()
CITIES = ("London Bristol Manchester Leeds Berlin Hamburg Amsterdam Rotterdam Paris Lyon "
          "Warsaw Krakow Madrid Lisbon Dublin").split()
TAGS = "vip newsletter print wholesale retainer events packaging web social local".split()
PRODUCT_WORDS = ("Giclee print", "Studio zine", "Business cards", "Poster", "Tote bag",
                 "Workshop seat", "Pitch deck template", "Brand basics workshop",
                 "Social media template pack", "Risograph print run", "Sticker sheet",
                 "Greeting card", "Gift voucher", "Photo session", "Logo refresh")
CURRENCIES = (("EUR", 0.5), ("GBP", 0.3), ("USD", 0.2))
CHANNELS = ("online", "online", "online", "in_store", "in_store", "phone", "event")
PAYMENTS = ("card", "card", "card", "paypal", "bank_transfer", "cash", "invoice")


@dataclass(frozen=True)
class Sizes:
    contacts: int = 100_000
    contracts: int = 20_000
    meetings: int = 100_000
    followups: int = 100_000
    interactions: int = 100_000
    sales: int = 1_000_000
    products: int = 300
    invoices: int = 100_000
    deals: int = 50_000

    def scaled(self, factor: float) -> Sizes:
        return Sizes(*(max(1, int(n * factor)) for n in vars(self).values()))


class Generator:
    def __init__(self, writer: BulkWriter, sizes: Sizes, today: date, seed: int) -> None:
        self.w = writer
        self.n = sizes
        self.today = today
        self.now = datetime.combine(today, time(9), UTC)
        self.rng = random.Random(seed)
        self.team = [1, 2, 3, 4]

    # --- helpers -------------------------------------------------------------

    def audit(self, when: datetime) -> tuple[str, str, int, int]:
        who = self.rng.choice(self.team)
        stamp = moment(when)
        return stamp, stamp, who, who

    def working_moment(self, days_back: float, days_ahead: float = 0) -> datetime:
        """A moment in the range, on a working hour (09:00–18:00 UTC)."""
        offset = self.rng.uniform(-days_back, days_ahead)
        base = self.now + timedelta(days=int(offset))
        return base.replace(hour=self.rng.randint(9, 17), minute=self.rng.choice((0, 15, 30, 45)))

    # --- the data --------------------------------------------------------------

    def team_members(self) -> None:
        created = moment(self.now - timedelta(days=2000))
        rows = [(created, created, 1, name, initials, f"{login}@example.com", login)
                for name, initials, login in (("Maya Brooks", "MB", "maya"),
                                              ("Daniel Okafor", "DO", "daniel"),
                                              ("Lena Fischer", "LF", "lena"),
                                              ("Sam Patel", "SP", "sam"))]
        self.w.insert("team_member", ("created_at", "updated_at", "version", "name", "initials",
                                      "email", "username"), rows)

    def contacts(self) -> None:
        rng, total = self.rng, self.n.contacts
        self.organisations = max(1, total // 10)
        people, emails, phones, tags = [], [], [], []
        for cid in range(1, total + 1):
            created = self.now - timedelta(days=rng.uniform(1, 1800))
            if cid <= self.organisations:
                name = f"{rng.choice(ORG_WORDS)} {rng.choice(ORG_KINDS)} {cid}"
                kind, org, job = "organisation", None, ""
                email = f"hello@org{cid}.example"
            else:
                first, last = rng.choice(FIRST), rng.choice(LAST)
                name, kind = f"{first} {last}", "person"
                org = rng.randint(1, self.organisations) if rng.random() < 0.4 else None
                job = rng.choice(("", "", "Owner", "Designer", "Buyer", "Manager"))
                email = f"{first.lower()}.{last.lower()}.{cid}@example.org"
            city = rng.choice(CITIES)
            phone = f"+44 7700 {cid % 1_000_000:06d}"
            digits = "".join(c for c in phone if c.isdigit())
            chosen = rng.sample(TAGS, rng.choice((0, 0, 1, 1, 2)))
            search = " ".join(p for p in (name, job, city, email, phone, digits, *chosen) if p)
            people.append((*self.audit(created), kind, name, org, job, city, search,
                           name.casefold(), rng.choice(self.team)))
            emails.append((cid, email))
            phones.append((cid, phone, digits))
            tags.extend((cid, tag) for tag in chosen)
        self.w.insert("contact", ("created_at", "updated_at", "created_by_id", "updated_by_id",
                                  "kind", "name", "organisation_id", "job_title", "city",
                                  "search_text", "sort_name", "owner_id"), people)
        self.w.insert("contact_email", ("contact_id", "address"), emails)
        self.w.insert("contact_phone", ("contact_id", "number", "digits"), phones)
        self.w.insert("contact_tag", ("contact_id", "tag"), tags)

    def products(self) -> None:
        self.prices, self.product_names, rows = [], [], []
        for pid in range(1, self.n.products + 1):
            price = self.rng.choice((4, 8, 12, 18, 25, 25, 39, 55, 75, 120, 250)) * 100
            name = f"{self.rng.choice(PRODUCT_WORDS)} {pid}"
            self.prices.append(price)
            self.product_names.append(name)
            rows.append((*self.audit(self.now - timedelta(days=1500)), name, f"SKU-{pid:05d}",
                         price))
        self.w.insert("product", ("created_at", "updated_at", "created_by_id", "updated_by_id",
                                  "name", "sku", "unit_price_minor"), rows)

    def sales(self) -> None:
        """Customers by a Zipf-like law: the k-th busiest buys about 1/k as often.

        Choices are drawn in bulk (``choices(k=...)``) rather than one call each:
        at a million sales the per-call cost of ``random.choice`` is most of the time.
        """
        rng, count = self.rng, self.n.sales
        first_person = self.organisations + 1
        pool = list(range(first_person, self.n.contacts + 1))
        rng.shuffle(pool)
        customers = pool[: max(1, len(pool) * 2 // 5)]
        self.customers = customers
        weights = list(itertools.accumulate(1 / (rank + 1) for rank in range(len(customers))))
        buyers = rng.choices(customers, cum_weights=weights, k=count)
        currency_of = dict(zip(customers, rng.choices([c for c, _ in CURRENCIES],
                                                      [w for _, w in CURRENCIES],
                                                      k=len(customers)), strict=True))
        span = 1095 * 86400
        seconds = sorted(rng.randrange(span) for _ in range(count))
        stamp_of = EpochMoments(self.now - timedelta(seconds=span))
        line_counts = rng.choices((1, 2, 3, 4), (2, 2, 1, 1), k=count)
        total_lines = sum(line_counts)
        products = [int(r * self.n.products) for r in
                    (rng.random() for _ in range(total_lines))]
        quantities = rng.choices((1, 2, 3), (6, 2, 1), k=total_lines)
        channels, payments = rng.choices(CHANNELS, k=count), rng.choices(PAYMENTS, k=count)
        makers = rng.choices(self.team, k=count)
        rolls = [rng.random() for _ in range(count)]
        pending_after = span - 35 * 86400  # only the last weeks' sales are still unpaid
        sales, lines, refunds = [], [], []
        cursor = 0
        for sid in range(1, count + 1):
            i = sid - 1
            stamp = stamp_of(seconds[i])
            subtotal = 0
            for position in range(line_counts[i]):
                product, quantity = products[cursor], quantities[cursor]
                cursor += 1
                price = self.prices[product]
                lines.append((sid, position, product + 1, self.product_names[product],
                              quantity, price, quantity * price))
                subtotal += quantity * price
            roll, status, refunded = rolls[i], "paid", 0
            if roll < 0.02:
                status, refunded = "refunded", subtotal
            elif roll < 0.04:
                status, refunded = "partially_refunded", subtotal // 2
            elif roll < 0.07 and seconds[i] > pending_after:
                status = "pending"
            if refunded:
                back = stamp_of(min(seconds[i] + 3 * 86400, span))
                refunds.append((back, back, 1, 1, sid, back, refunded, int(roll < 0.01)))
            customer = buyers[i]
            sales.append((stamp, stamp, makers[i], makers[i], customer, stamp,
                          currency_of[customer], status, payments[i], channels[i], subtotal,
                          subtotal, refunded))
        self.w.insert("sale", ("created_at", "updated_at", "created_by_id", "updated_by_id",
                               "contact_id", "sold_at", "currency", "status", "payment_method",
                               "channel", "subtotal_minor", "total_minor", "refunded_minor"),
                      sales)
        self.w.insert("sale_line", ("sale_id", "position", "product_id", "description",
                                    "quantity", "unit_price_minor", "line_total_minor"), lines)
        self.w.insert("refund", ("created_at", "updated_at", "created_by_id", "updated_by_id",
                                 "sale_id", "refunded_at", "amount_minor", "is_return"), refunds)

    def contracts(self) -> None:
        """Chains of yearly terms per client, each renewing the one before."""
        rng, made, rows = self.rng, 0, []
        self.clients: list[int] = []
        while made < self.n.contracts:
            client = rng.randint(1, self.n.contacts)
            self.clients.append(client)
            terms = min(rng.choice((1, 1, 2, 3, 4)), self.n.contracts - made)
            start = self.today - timedelta(days=365 * terms + rng.randint(-200, 200))
            cycle = rng.choice(("monthly",) * 6 + ("quarterly",) * 2 + ("yearly",) * 2
                               + ("one_off",))
            amount = rng.randint(5, 50) * 10_000
            previous = None
            for term in range(terms):
                made += 1
                end = start + timedelta(days=364)
                last = term == terms - 1
                if not last:
                    status, ended = "renewed", end
                elif end < self.today:
                    status, ended = rng.choice(("ended", "terminated")), end
                else:
                    status, ended = "active", None
                created = datetime.combine(start - timedelta(days=10), time(10), UTC)
                rows.append((*self.audit(created), client, f"Retainer {start.year}", status,
                             day(start), day(end), cycle, amount, "EUR", 30,
                             day(end - timedelta(days=45)), day(ended) if ended else None,
                             previous))
                previous = made
                start = end + timedelta(days=1)
        self.w.insert("contract", ("created_at", "updated_at", "created_by_id", "updated_by_id",
                                   "contact_id", "title", "status", "start_date", "end_date",
                                   "billing_cycle", "amount_minor", "currency", "notice_days",
                                   "review_date", "ended_on", "renews_id"), rows)

    def meetings(self) -> None:
        rng, rows, attendees = self.rng, [], []
        people = self.clients or [1]
        for mid in range(1, self.n.meetings + 1):
            when = self.working_moment(1000, 60)
            rows.append((*self.audit(when - timedelta(days=7)), "Check-in", moment(when),
                         rng.choice((30, 45, 60)), "Europe/London",
                         rng.choice(("video", "call", "in_person")), rng.choice(self.team)))
            for contact in {rng.choice(people), rng.randint(1, self.n.contacts)}:
                attendees.append((mid, contact))
        self.w.insert("meeting", ("created_at", "updated_at", "created_by_id", "updated_by_id",
                                  "title", "starts_at", "duration_minutes", "timezone",
                                  "channel", "owner_id"), rows)
        self.w.insert("meeting_attendee", ("meeting_id", "contact_id"), attendees)

    def followups(self) -> None:
        rng, rows = self.rng, []
        for _ in range(self.n.followups):
            due = self.today + timedelta(days=rng.randint(-700, 90))
            done = (moment(datetime.combine(due, time(15), UTC))
                    if due < self.today and rng.random() < 0.9 else None)
            created = datetime.combine(due - timedelta(days=14), time(11), UTC)
            rows.append((*self.audit(created), rng.randint(1, self.n.contacts), day(due),
                         "Europe/London", "Call back about the proposal", rng.choice(self.team),
                         "FREQ=MONTHLY;INTERVAL=1" if rng.random() < 0.05 else None, done))
        self.w.insert("follow_up", ("created_at", "updated_at", "created_by_id", "updated_by_id",
                                    "contact_id", "due_date", "timezone", "note", "owner_id",
                                    "recurrence", "done_at"), rows)

    def interactions(self) -> None:
        rng, rows = self.rng, []
        for _ in range(self.n.interactions):
            when = self.working_moment(1000)
            author = rng.choice(self.team)
            rows.append((*self.audit(when), rng.randint(1, self.n.contacts),
                         rng.choice(("call", "email", "note", "message")), moment(when),
                         "Caught up", author))
        self.w.insert("interaction", ("created_at", "updated_at", "created_by_id",
                                      "updated_by_id", "contact_id", "kind", "occurred_at",
                                      "subject", "author_id"), rows)
        responses = []
        for contact in self.rng.sample(range(1, self.n.contacts + 1),
                                       min(self.n.contacts, self.n.contacts // 20)):
            when = self.working_moment(700)
            nps = rng.random() < 0.5
            responses.append((*self.audit(when), contact, "nps" if nps else "csat",
                              rng.randint(0, 10) if nps else rng.randint(1, 5), moment(when)))
        self.w.insert("satisfaction_response", ("created_at", "updated_at", "created_by_id",
                                                "updated_by_id", "contact_id", "kind", "score",
                                                "responded_at"), responses)


    def invoices(self) -> None:
        """Invoices over the last two years, numbered in issue order: most paid in one
        payment, some in part, a fifth not at all (some of those overdue). Last of the
        steps, so the draws before it stay as they were."""
        rng, count = self.rng, self.n.invoices
        days = sorted(rng.randint(0, 730) for _ in range(count))[::-1]  # oldest first
        invoices, lines, payments = [], [], []
        sequence: dict[int, int] = {}
        for invoice_id, days_back in enumerate(days, 1):
            issued = self.today - timedelta(days=days_back)
            sequence[issued.year] = sequence.get(issued.year, 0) + 1
            series = f"INV-{issued.year}-"
            net = 0
            for position in range(rng.choice((1, 1, 2, 3))):
                price, quantity = rng.randint(5, 300) * 1000, rng.choice((1000, 1500, 2000))
                line_net = price * quantity // 1000
                net += line_net
                lines.append((invoice_id, position, f"Design work {position + 1}", quantity,
                              price, 2000, line_net, line_net // 5))
            total = net + net // 5
            roll = rng.random()
            paid = total if roll < 0.7 else total // 2 if roll < 0.8 else 0
            stamp = moment(datetime.combine(issued, time(10), UTC))
            if paid:
                paid_on = min(self.today, issued + timedelta(days=rng.randint(3, 60)))
                payments.append((stamp, stamp, 1, 1, invoice_id, day(paid_on), paid,
                                 "bank_transfer", ""))
            invoices.append((stamp, stamp, 1, 1, rng.randint(1, self.n.contacts), "EUR", "",
                             "invoice", series, sequence[issued.year],
                             f"{series}{sequence[issued.year]:04d}", day(issued),
                             day(issued + timedelta(days=30)), 30, stamp, 1, net, net // 5,
                             total, paid, 0))
        self.w.insert("invoice", ("created_at", "updated_at", "created_by_id", "updated_by_id",
                                  "contact_id", "currency", "note", "kind", "series", "sequence",
                                  "number", "issue_date", "due_date", "terms_days", "issued_at",
                                  "issued_by_id", "net_minor", "tax_minor", "total_minor",
                                  "paid_minor", "credited_minor"), invoices)
        self.w.insert("invoice_line", ("invoice_id", "position", "description", "quantity_milli",
                                       "unit_price_minor", "tax_rate", "net_minor", "tax_minor"),
                      lines)
        self.w.insert("payment", ("created_at", "updated_at", "created_by_id", "updated_by_id",
                                  "invoice_id", "paid_on", "amount_minor", "method", "note"),
                      payments)
        self.w.insert("invoice_series", ("series", "last_sequence"), list(sequence and [
            (f"INV-{year}-", last) for year, last in sequence.items()]))


    def deals(self) -> None:
        """Deals over the last two years: a third still open across the four open
        stages (the default ones of migration 0011), the rest won or lost; each with
        the stages it went through. Last of the steps, so the draws before it stay."""
        rng, count = self.rng, self.n.deals
        deals, moves = [], []
        for deal_id in range(1, count + 1):
            created = self.now - timedelta(days=rng.randint(1, 730), hours=rng.randint(0, 8))
            path = list(range(1, rng.randint(1, 4) + 1))  # New, Qualified, ...
            roll = rng.random()
            outcome = "open" if roll < 0.34 else "won" if roll < 0.6 else "lost"
            if outcome != "open":
                path.append(5 if outcome == "won" else 6)
            at = created
            for position, stage in enumerate(path):
                if position:
                    at = min(self.now, at + timedelta(days=rng.randint(1, 30)))
                moves.append((deal_id, stage, path[position - 1] if position else None,
                              moment(at), rng.choice(self.team), "form"))
            stamp = moment(created)
            close = day(created.date() + timedelta(days=rng.randint(14, 120)))
            deals.append((stamp, moment(at), 1, 1, 1, f"Project {deal_id}",
                          rng.randint(1, self.n.contacts), rng.randint(5, 500) * 10_000,
                          "EUR", rng.choice(self.team), None, close,
                          rng.choice(("referral", "website", "networking", "ads", None)), "",
                          path[-1], outcome, "too dear" if outcome == "lost" else "",
                          moment(at), moment(at) if outcome != "open" else None, moment(at)))
        self.w.insert("deal", ("created_at", "updated_at", "created_by_id", "updated_by_id",
                               "version", "title", "contact_id", "value_minor", "currency",
                               "owner_id", "probability", "expected_close", "source", "notes",
                               "stage_id", "outcome", "lost_reason", "stage_entered_at",
                               "closed_at", "touched_at"), deals)
        self.w.insert("deal_stage_change", ("deal_id", "stage_id", "from_stage_id", "changed_at",
                                            "changed_by_id", "via"), moves)


BIG_TABLES = ("contact", "contact_email", "contact_phone", "contact_tag", "product", "sale",
              "sale_line", "refund", "contract", "meeting", "meeting_attendee", "follow_up",
              "interaction", "satisfaction_response", "invoice", "invoice_line", "payment",
              "deal", "deal_stage_change")


def generate(path: Path, sizes: Sizes, today: date, seed: int) -> dict[str, int]:
    from tuicrm.core import open_database
    from tuicrm.models import Contact  # importing the models registers every table
    from tuicrm.services import touch_clock

    open_database(path).dispose()  # the app's schema, migrated to head
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA synchronous = OFF")
    connection.execute("PRAGMA foreign_keys = OFF")  # rows come in dependency order anyway
    writer = BulkWriter(connection, Contact.metadata)
    window = LoadWindow(connection, BIG_TABLES)
    connection.execute("BEGIN")
    window.open()
    g = Generator(writer, sizes, today, seed)
    for step in (g.team_members, g.contacts, g.products, g.sales, g.contracts, g.meetings,
                 g.followups, g.interactions, g.invoices, g.deals):
        started = clock.perf_counter()
        step()
        print(f"  {step.__name__:<14} {clock.perf_counter() - started:6.1f} s", flush=True)
    started = clock.perf_counter()
    window.restore()
    connection.execute("COMMIT")
    print(f"  {'indexes':<14} {clock.perf_counter() - started:6.1f} s", flush=True)
    problems = connection.execute("PRAGMA foreign_key_check").fetchmany(5)
    if problems:
        raise SystemExit(f"generated rows break foreign keys: {problems}")
    started = clock.perf_counter()
    database = open_database(path)
    try:  # every contact's stay-in-touch clock, as the app keeps it (one UPDATE)
        with database.write() as session:
            touch_clock.refresh(session)
    finally:
        database.dispose()
    print(f"  {'touch clocks':<14} {clock.perf_counter() - started:6.1f} s", flush=True)
    connection.execute("ANALYZE")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return writer.counts


#: The day the benchmarks' data leads up to, as the demo's.
ANCHOR = "2026-11-22"


def made_once(path: Path, scale: float = 1.0) -> Path:
    """The benchmark database at ``path``, generated (at ``scale``, up to
    :data:`ANCHOR`) the first time it is asked for; the same file after that."""
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        print(f"making {path} (scale {scale}) …", flush=True)
        main([str(path), "--scale", str(scale), "--today", ANCHOR])
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the database file to create")
    parser.add_argument("--scale", type=float, default=1.0,
                        help="multiply every count (default 1: 100k contacts, 1M sales)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--today", type=date.fromisoformat, default=date.today(),
                        help="the day the data leads up to (YYYY-MM-DD)")
    args = parser.parse_args(argv)
    if args.out.exists():
        parser.error(f"{args.out} exists; choose a new file")
    sizes = Sizes().scaled(args.scale)
    started = clock.perf_counter()
    counts = generate(args.out, sizes, args.today, args.seed)
    elapsed = clock.perf_counter() - started
    print(", ".join(f"{n:,} {table}" for table, n in counts.items()))
    print(f"{args.out}: {args.out.stat().st_size / 2**20:,.0f} MiB in {elapsed:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
