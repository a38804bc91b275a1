"""Demo data: a small design studio's year, and moving it to another day.

:func:`seed_database` fills an empty database with the people, contracts,
meetings, follow-ups, sales and notes of "Brooks & Okafor Studio" (three people
in Bristol) as they would stand on ``today``. Everything goes through the
services, so validation, search text and totals are the real ones, and the
result is the same on every machine: a fixed random seed, and the clock pinned
to ``today`` 09:00 London time (each record is stamped at the moment it would
have been entered, never later than that).

:func:`shift_dates` moves every date and moment of a demo *copy* by the days
between the seed's anchor day and a new ``today``, so the demo is alive on
whatever day it is run.
"""

from __future__ import annotations

import random
import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session
from sqlmodel import SQLModel

from tuicrm import dates
from tuicrm.db import Database, act_as
from tuicrm.errors import CrmError
from tuicrm.models import (
    AcquisitionSource,
    AppMeta,
    BillingCycle,
    Contact,
    ContactKind,
    Contract,
    ContractStatus,
    InteractionKind,
    JourneyStage,
    MeetingChannel,
    PaymentMethod,
    Sale,
    SalesChannel,
    SaleStatus,
    SurveyKind,
)
from tuicrm.money import format_amount
from tuicrm.services import (
    contacts,
    contracts,
    followups,
    interactions,
    meetings,
    sales,
    satisfaction,
    team,
)
from tuicrm.sqltypes import UTCDateTime

__all__ = ["ANCHOR_KEY", "SeedError", "seed_database", "shift_dates"]

ANCHOR_KEY = "seed_anchor"
RANDOM_SEED = 20_240_611
STUDIO_ZONE = "Europe/London"
STUDIO_ADDRESS = "Studio 3, 41 Gloucester Road, Bristol"
DAY_SLOTS = (time(9, 30), time(10, 0), time(11, 0), time(11, 30), time(14, 0), time(15, 30))


class SeedError(CrmError):
    """The demo data cannot be written or moved; the message says why."""


# --- data tables -------------------------------------------------------------
# Phone patterns: each '#' becomes a digit. UK numbers are Ofcom's drama ranges
# and US ones the 555-01xx fiction range, so the demo never dials a real person.


@dataclass(frozen=True)
class Country:
    currency: str
    zone: str
    mobile: str
    landline: str


COUNTRIES: dict[str, Country] = {
    "United Kingdom": Country("GBP", "Europe/London", "+44 7700 900###", "+44 20 7946 0###"),
    "Netherlands": Country("EUR", "Europe/Amsterdam", "+31 6 #### ####", "+31 10 ### ####"),
    "France": Country("EUR", "Europe/Paris", "+33 6 ## ## ## ##", "+33 4 ## ## ## ##"),
    "Germany": Country("EUR", "Europe/Berlin", "+49 151 #### ####", "+49 40 ### ####"),
    "Norway": Country("EUR", "Europe/Oslo", "+47 9## ## ###", "+47 55 ## ## ##"),
    "United States": Country("USD", "America/Chicago", "+1 512 555 01##", "+1 512 555 01##"),
    "Italy": Country("EUR", "Europe/Rome", "+39 3## ### ####", "+39 02 #### ####"),
    "Ireland": Country("EUR", "Europe/Dublin", "+353 87 ### ####", "+353 1 ### ####"),
    "Portugal": Country("EUR", "Europe/Lisbon", "+351 9## ### ###", "+351 21 ### ####"),
    "Sweden": Country("EUR", "Europe/Stockholm", "+46 70 ### ## ##", "+46 8 ### ## ##"),
    "Romania": Country("EUR", "Europe/Bucharest", "+40 7## ### ###", "+40 21 ### ####"),
}

TEAM = (  # username, name, initials
    ("maya", "Maya Brooks", "MB"),
    ("tom", "Tom Okafor", "TO"),
    ("lena", "Lena Fischer", "LF"),
)


@dataclass(frozen=True)
class Staff:
    name: str
    title: str
    orders: int = 0  # purchases made personally


@dataclass(frozen=True)
class Org:
    key: str
    name: str
    city: str
    country: str
    domain: str
    owner: str
    source: AcquisitionSource
    referred_by: str | None
    stage: JourneyStage
    cadence: int | None
    tags: tuple[str, ...]
    people: tuple[Staff, ...]
    orders: int = 0  # purchases (shop sales) made by the organisation


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    title: str
    city: str
    country: str
    owner: str
    source: AcquisitionSource
    referred_by: str | None
    stage: JourneyStage
    tags: tuple[str, ...]
    orders: int = 0
    cadence: int | None = None


R, N, W, A, O = (AcquisitionSource.REFERRAL, AcquisitionSource.NETWORKING,
                 AcquisitionSource.WEBSITE, AcquisitionSource.ADS, AcquisitionSource.OTHER)
AWA, ENG, NUR, RET, ADV = (JourneyStage.AWARENESS, JourneyStage.ENGAGEMENT,
                           JourneyStage.NURTURING, JourneyStage.RETENTION, JourneyStage.ADVOCACY)

# Organisations come first and in this order: a referrer is always an earlier
# row. People are keyed "<org>.<first name>", e.g. "northwind.joanna".
ORGANISATIONS: tuple[Org, ...] = (
    Org("northwind", "Northwind Coffee Roasters", "Bristol", "United Kingdom",
        "northwindcoffee.co.uk", "maya", N, None, ADV, 14,
        ("retainer", "vip", "packaging", "print", "newsletter"),
        (Staff("Joanna Pike", "Founder"), Staff("Sam Whitlock", "Marketing lead")), orders=14),
    Org("halden", "Halden & Vos Architects", "Rotterdam", "Netherlands", "haldenvos.nl",
        "tom", R, "northwind.joanna", RET, 30, ("retainer", "web"),
        (Staff("Pieter Halden", "Partner"), Staff("Anouk de Vos", "Office manager"))),
    Org("kestrel", "Kestrel Books", "Edinburgh", "United Kingdom", "kestrelbooks.co.uk",
        "maya", R, "northwind.joanna", RET, 30, ("print", "retainer"),
        (Staff("Fiona MacLeod", "Publisher"), Staff("Callum Reid", "Production editor", 1))),
    Org("lumen", "Atelier Lumen", "Lyon", "France", "atelier-lumen.fr", "lena", W, None,
        NUR, 90, ("branding",), (Staff("Claire Dubois", "Creative director"),)),
    Org("greenway", "Greenway Cycles", "Manchester", "United Kingdom", "greenwaycycles.co.uk",
        "tom", A, None, ENG, 60, ("web", "social"), (Staff("Dev Patel", "Owner"),)),
    Org("blauwe", "Blauwe Haven Brewery", "Utrecht", "Netherlands", "blauwehaven.nl", "lena",
        R, "halden.pieter", ADV, 30, ("packaging", "print", "vip"),
        (Staff("Maarten Jansen", "Head brewer"), Staff("Eva Smit", "Sales & marketing")),
        orders=10),
    Org("marlow", "Marlow Dental Group", "London", "United Kingdom", "marlowdental.co.uk",
        "tom", R, "kestrel.fiona", ENG, 30, ("web",),
        (Staff("Helen Marlow", "Practice principal"),)),
    Org("fjordlight", "Fjordlight Festival", "Bergen", "Norway", "fjordlight.no", "maya", R,
        "blauwe", NUR, 30, ("branding", "print"),
        (Staff("Ingrid Solberg", "Festival director"), Staff("Lars Eide", "Programme producer"))),
    Org("oakember", "Oak & Ember Bakery", "Bath", "United Kingdom", "oakandember.co.uk",
        "lena", R, "northwind.sam", RET, 60, ("print", "retainer"),
        (Staff("Rosie Carter", "Co-owner"),), orders=12),
    Org("sommer", "Sommer Verlag", "Hamburg", "Germany", "sommer-verlag.de", "maya", R,
        "kestrel", ADV, 30, ("print", "vip", "retainer"),
        (Staff("Jonas Sommer", "Managing director"), Staff("Katrin Albers", "Art director", 2))),
    Org("copperline", "Copperline Software", "Austin", "United States", "copperline.io", "tom",
        W, None, RET, 14, ("web", "retainer"),
        (Staff("Megan Ortiz", "Head of product"), Staff("Chris Nakamura", "Lead engineer"))),
    Org("quillon", "Quillon Law LLP", "Leeds", "United Kingdom", "quillonlaw.co.uk", "maya", R,
        "marlow.helen", ENG, 30, ("branding",), (Staff("Aisha Bello", "Marketing partner"),)),
    Org("tidewater", "Tidewater Sailing School", "Falmouth", "United Kingdom",
        "tidewatersailing.co.uk", "lena", N, None, NUR, 90, ("print", "web"),
        (Staff("Ben Treloar", "Chief instructor"),)),
    Org("brightfield", "Brightfield Learning Trust", "Cardiff", "United Kingdom",
        "brightfieldtrust.org.uk", "tom", R, "tidewater.ben", RET, 60, ("print", "newsletter"),
        (Staff("Gareth Evans", "Communications officer"),)),
    Org("harbour", "Harbour Yoga Studio", "Bristol", "United Kingdom", "harbouryoga.co.uk",
        "lena", W, None, ENG, None, ("workshop", "newsletter"),
        (Staff("Nadia Rahman", "Studio owner"),), orders=10),
    Org("pemberton", "Pemberton Estates", "Cheltenham", "United Kingdom",
        "pembertonestates.co.uk", "tom", A, None, AWA, None, ("web",),
        (Staff("Oliver Pemberton", "Director"),)),
)

ORGANISATION_KEYS = frozenset(org.key for org in ORGANISATIONS)

# Freelancers and private buyers; ``orders`` drives the purchase log (a few
# loyal buyers, some repeat, many who bought once) and 0 orders means a lead.
INDIVIDUALS: tuple[Person, ...] = (
    Person("priya", "Priya Raman", "Wellness coach", "Bristol", "United Kingdom", "maya", R,
           "northwind.joanna", RET, ("retainer", "web", "workshop"), orders=8, cadence=30),
    Person("hannah", "Hannah Cole", "Illustrator", "Bristol", "United Kingdom", "lena", N, None,
           ADV, ("print", "vip", "newsletter"), orders=46, cadence=60),
    Person("marco", "Marco Bellini", "Photographer", "Milan", "Italy", "lena", W, None, RET,
           ("print", "vip"), orders=41, cadence=90),
    Person("james", "James Whitaker", "Art teacher", "Bath", "United Kingdom", "lena", R,
           "hannah", RET, ("print", "workshop", "newsletter"), orders=44),
    Person("sophie", "Sophie Laurent", "Interior stylist", "Paris", "France", "lena", A, None,
           RET, ("print",), orders=38),
    Person("zoe", "Zoe Marshall", "Bookbinder", "Cardiff", "United Kingdom", "lena", W, None,
           NUR, ("print",), orders=9),
    Person("tomasz", "Tomasz Nowak", "UX designer", "Berlin", "Germany", "tom", W, None, NUR,
           ("web", "newsletter"), orders=7),
    Person("grace", "Grace Adeyemi", "Event planner", "London", "United Kingdom", "maya", R,
           "priya", ENG, ("workshop",), orders=8),
    Person("lukas", "Lukas Weber", "Architect", "Munich", "Germany", "tom", A, None, NUR,
           ("print",), orders=6),
    Person("ellie", "Ellie Hughes", "Florist", "Bristol", "United Kingdom", "lena", N, None,
           ENG, ("print", "newsletter"), orders=10),
    Person("daniel", "Daniel Kerr", "Music teacher", "Glasgow", "United Kingdom", "lena", A,
           None, ENG, ("print",), orders=5),
    Person("amira", "Amira Haddad", "Student", "London", "United Kingdom", "lena", A, None, ENG,
           (), orders=1),
    Person("finn", "Finn O'Brien", "Brewer", "Dublin", "Ireland", "lena", W, None, ENG, (),
           orders=1),
    Person("chloe", "Chloe Martin", "Nurse", "York", "United Kingdom", "lena", A, None, ENG, (),
           orders=1),
    Person("rafael", "Rafael Costa", "Surf instructor", "Lisbon", "Portugal", "lena", W, None,
           ENG, (), orders=1),
    Person("isla", "Isla Grant", "Gallery assistant", "Aberdeen", "United Kingdom", "lena", O,
           None, ENG, ("newsletter",), orders=1),
    Person("ruth", "Ruth Abernethy", "Retired librarian", "Oxford", "United Kingdom", "lena", N,
           None, ENG, (), orders=1),
    Person("maja", "Maja Lindqvist", "Ceramicist", "Stockholm", "Sweden", "lena", W, None, ENG,
           ("print",), orders=1),
    Person("owen", "Owen Price", "Freelance copywriter", "Swansea", "United Kingdom", "tom", N,
           None, AWA, ("newsletter",)),
    Person("elena", "Elena Popescu", "Startup founder", "Bucharest", "Romania", "maya", W, None,
           ENG, ("web",)),
    Person("kwame", "Kwame Mensah", "Event producer", "London", "United Kingdom", "tom", A, None,
           AWA, ("branding",)),
)

CONTACT_NOTES = (
    "Prefers calls before 11am.",
    "Send proofs as PDF, never links: their email filter eats them.",
    "Pays promptly; likes a short written recap after each meeting.",
    "Met at the Bristol Design Festival.",
    "Ask about the second location they are planning.",
    "Decisions go through the board: allow two weeks for sign-off.",
    "Loves uncoated stock and spot colours.",
)


@dataclass(frozen=True)
class ContractPlan:
    client: str
    title: str
    cycle: BillingCycle
    amount: int  # minor units
    currency: str
    start: tuple[int, int]  # (months, days) from the anchor day
    months: int | None  # term length; None = open-ended
    fate: str  # "active", "draft", "ended", "terminated" or "renewed"
    summary: str
    deliverables: str
    notice: int = 30
    auto_renew: bool = False
    review_in: int | None = None  # days from the anchor day, on the live contract
    renewals: int = 0
    terminated_ago: int = 0  # days before the anchor day


MO, QU, YE, ONE = (BillingCycle.MONTHLY, BillingCycle.QUARTERLY, BillingCycle.YEARLY,
                   BillingCycle.ONE_OFF)

CONTRACTS: tuple[ContractPlan, ...] = (
    ContractPlan("northwind", "Brand & packaging retainer", MO, 1_800_00, "GBP", (-14, 0), 12,
                 "renewed", "Ongoing design for packaging, labels and point-of-sale.",
                 "Two seasonal packaging ranges a year; monthly social assets; "
                 "proofs within 5 working days.", auto_renew=True, review_in=12, renewals=1),
    ContractPlan("halden", "Website care plan", MO, 950_00, "EUR", (-26, 0), 12, "renewed",
                 "Hosting oversight, content updates and design tweaks for haldenvos.nl.",
                 "Up to 8 hours of updates a month; monthly analytics report; "
                 "fixes within 2 working days.", auto_renew=True, review_in=20, renewals=2),
    ContractPlan("kestrel", "Catalogue & cover design", QU, 4_200_00, "GBP", (-9, 0), 12,
                 "active", "Seasonal catalogue plus up to six covers a quarter.",
                 "One 32-page catalogue and six covers per quarter, print-ready files.",
                 notice=60, review_in=45),
    ContractPlan("lumen", "Identity refresh", ONE, 12_500_00, "EUR", (-8, 0), 5, "ended",
                 "A refreshed identity for the atelier's tenth year.",
                 "Logo suite, type and colour system, stationery, brand guidelines PDF.",
                 notice=0),
    ContractPlan("greenway", "Social content retainer", MO, 1_200_00, "GBP", (-7, 0), 12,
                 "terminated", "Weekly social posts and monthly campaign graphics.",
                 "12 post designs and one campaign set a month.", terminated_ago=31),
    ContractPlan("blauwe", "Label design framework", YE, 9_600_00, "EUR", (-20, 0), 12,
                 "renewed", "Framework agreement for seasonal beer labels.",
                 "Up to eight new labels a year; die-line checks with the printer.",
                 notice=60, auto_renew=True, review_in=25, renewals=1),
    ContractPlan("marlow", "Practice website redesign", ONE, 8_800_00, "GBP", (0, 14), 3,
                 "draft", "A new website for the group's three practices.",
                 "Sitemap, design of 12 templates, build handover, two rounds of changes.",
                 notice=14),
    ContractPlan("fjordlight", "Festival visual identity", ONE, 15_000_00, "EUR", (-2, 0), 7,
                 "active", "Visual identity and print suite for this year's festival.",
                 "Identity, poster series, programme booklet, wayfinding signage.",
                 review_in=40),
    ContractPlan("oakember", "Menu & signage refresh", QU, 950_00, "GBP", (-5, 0), 12,
                 "active", "Quarterly refresh of menus, chalkboards and window graphics.",
                 "Seasonal menu set and window vinyl artwork each quarter.", review_in=7),
    ContractPlan("sommer", "Cover series: spring & autumn lists", YE, 18_000_00, "EUR",
                 (-11, 0), 12, "active", "Cover design for both of the year's lists.",
                 "Up to 20 covers a year, with spine and jacket variants.", notice=60,
                 auto_renew=True, review_in=3),
    ContractPlan("copperline", "Product design support", MO, 3_500_00, "USD", (-4, 0), 6,
                 "active", "Embedded UI design support for the Copperline dashboard.",
                 "Two design sprints a month; Figma library kept current.", review_in=28),
    ContractPlan("quillon", "Brand guidelines", ONE, 6_400_00, "GBP", (1, 0), 2, "draft",
                 "Brand guidelines for the firm's new name.",
                 "Guidelines PDF, templates for letters and slides.", notice=14),
    ContractPlan("tidewater", "Brochure & web retainer", QU, 1_500_00, "GBP", (-15, 0), 12,
                 "ended", "Season brochure and website updates.",
                 "Annual brochure; website updates each quarter."),
    ContractPlan("priya", "Personal brand support", MO, 400_00, "GBP", (-6, 0), None,
                 "active", "Light monthly design support for a coaching practice.",
                 "Four social graphics and one newsletter header a month.", review_in=60),
    ContractPlan("brightfield", "Annual report & newsletter design", YE, 3_200_00, "GBP",
                 (-3, 0), 12, "active", "Design of the trust's annual report and newsletters.",
                 "Annual report (24 pages) and three termly newsletters.", review_in=75),
)

TERMS_OF_SERVICE = {
    BillingCycle.ONE_OFF: "Fixed fee of {amount}: 40% on signature, 60% on delivery. "
                          "Invoices are due within 14 days.",
    BillingCycle.MONTHLY: "Billed monthly in advance at {amount}. Invoices are due within "
                          "14 days. Unused hours do not roll over.",
    BillingCycle.QUARTERLY: "Billed quarterly in advance at {amount}. Invoices are due "
                            "within 30 days.",
    BillingCycle.YEARLY: "Billed yearly at {amount}, in two instalments. Invoices are due "
                         "within 30 days.",
}
CONSEQUENCES = ("Late payment accrues 2% a month after 30 days. A deliverable more than "
                "10 working days late is credited at 10% of that period's fee.")


@dataclass(frozen=True)
class MeetingPlan:
    client: str
    day: int | str  # days from the anchor day, or "week+N": Monday of next week + N
    at: time
    minutes: int
    channel: MeetingChannel
    title: str
    agenda: str


PLANNED_MEETINGS: tuple[MeetingPlan, ...] = (
    MeetingPlan("northwind", 0, time(10, 30), 45, MeetingChannel.VIDEO,
                "Packaging proofs review", "Walk through the winter pouch proofs."),
    MeetingPlan("sommer", 0, time(14, 0), 60, MeetingChannel.VIDEO,
                "Autumn list covers: first round", "Six cover concepts; agree two to develop."),
    MeetingPlan("oakember", 1, time(9, 30), 30, MeetingChannel.IN_PERSON,
                "Spring menu photos", "Shot list for the spring menu."),
    MeetingPlan("halden", 7, time(10, 0), 60, MeetingChannel.VIDEO,
                "Care plan review", "Last quarter's updates, analytics, renewal terms."),
    MeetingPlan("marlow", "week+1", time(11, 0), 90, MeetingChannel.IN_PERSON,
                "Website proposal walkthrough", "Sitemap, budget, timeline, sign-off."),
    MeetingPlan("kwame", "week+3", time(16, 0), 30, MeetingChannel.CALL,
                "Intro call", "What the event needs; budget range; dates."),
)

MEETING_TITLES = ("Monthly check-in", "Design review", "Proof review", "Planning session",
                  "Progress call", "Quarterly review")
AGENDAS = (
    "Review last month's work and agree priorities.",
    "Walk through the new proofs; collect feedback.",
    "Plan next quarter's campaigns and print dates.",
    "Budget and timeline check.",
    "Feedback on first concepts.",
    "Paper stock and print schedule.",
)
MEETING_NOTES = (
    "Happy with the direction; wants a bolder colour for the headline.",
    "Printer needs files a week earlier than planned.",
    "New marketing lead joins next month; loop her in.",
    "Asked for a cost estimate for an extra run.",
    "Mentioned a friend who needs a logo: possible referral.",
    "Some frustration with turnaround last month; agreed a schedule.",
)
OUTCOMES = (
    "Approved with small changes.",
    "Second round of concepts due next week.",
    "Budget agreed; sending the quote.",
    "On hold until their board meets.",
    "Files signed off for print.",
    "Agreed to review the scope at renewal.",
)
DISCOVERY = ("Discovery call", "Needs, budget and timeline.", "Interested; sending examples.")


@dataclass(frozen=True)
class FollowUpPlan:
    contact: str
    day: int | str  # as MeetingPlan.day
    note: str
    at: time | None = None
    snooze_to: int | None = None  # days from the anchor day
    recurrence: str | None = None  # first due day is then ``day`` months back + 3 days


PLANNED_FOLLOWUPS: tuple[FollowUpPlan, ...] = (
    FollowUpPlan("greenway", -12, "Send final invoice and handover files"),
    FollowUpPlan("quillon", -5, "Chase the signed proposal"),
    FollowUpPlan("harbour", -3, "Confirm a date for the spring workshop"),
    FollowUpPlan("owen", -9, "Send portfolio link and day rates"),
    FollowUpPlan("tidewater", -20, "Ask Ben about next season's brochure"),
    FollowUpPlan("northwind", 0, "Send revised pouch artwork after the review", time(15, 0)),
    FollowUpPlan("priya", 0, "Invoice this month's support"),
    FollowUpPlan("fjordlight", 0, "Share poster draft v2", time(11, 0)),
    FollowUpPlan("sommer", 7, "Agree the autumn cover budget"),
    FollowUpPlan("marlow", "week+0", "Send contract draft for signature", time(10, 0)),
    FollowUpPlan("kestrel", 9, "Check the printer's quote for the catalogue"),
    FollowUpPlan("elena", 8, "Follow up on the intro call"),
    FollowUpPlan("copperline", 28, "Prepare the quarterly design review"),
    FollowUpPlan("brightfield", 21, "Ask for the annual report copy deadline"),
    FollowUpPlan("blauwe", 18, "Propose summer limited-edition labels"),
    FollowUpPlan("halden", -4, "Review analytics before the care-plan meeting", snooze_to=3),
    FollowUpPlan("kwame", -2, "Send event branding examples", snooze_to=5),
    FollowUpPlan("halden", -3, "Send the monthly site analytics report",
                 recurrence="FREQ=MONTHLY;INTERVAL=1"),
    FollowUpPlan("oakember", -9, "Quarterly menu refresh check-in",
                 recurrence="FREQ=MONTHLY;INTERVAL=3"),
)
AFTER_MEETING = ("Send recap and next steps", "Send revised quote", "Share moodboard",
                 "Confirm print proof", "Book next session", "Send updated timeline")

INTERACTION_TEXTS: dict[InteractionKind, tuple[tuple[str, str], ...]] = {
    InteractionKind.EMAIL: (
        ("Proofs for review", "Sent PDF proofs; asked for comments by Friday."),
        ("Invoice sent", "Sent this period's invoice with the usual payment terms."),
        ("Re: timeline", "Confirmed the delivery dates we agreed on the call."),
        ("Print quote", "Forwarded the printer's quote for 2,000 copies."),
        ("Brief for next quarter", "Received their brief; questions sent back."),
    ),
    InteractionKind.CALL: (
        ("Catch-up call", "Quick catch-up; all on track."),
        ("Deadline call", "Moved the deadline by a week at their request."),
        ("Called about invoice", "Payment is in their next run on Thursday."),
        ("Feedback call", "Talked through feedback on the second round."),
    ),
    InteractionKind.NOTE: (
        ("Budget approved", "Their board approved the budget for the next phase."),
        ("Preferences", "Prefers matte finishes; avoid neon colours."),
        ("Team change", "New contact for day-to-day questions from next month."),
        ("Referral", "Said they would recommend us to a partner firm."),
    ),
    InteractionKind.MESSAGE: (
        ("Photo of the install", "Sent a photo of the new signage in place."),
        ("Quick question", "Asked whether we can turn a flyer around by Monday."),
    ),
}
INTERACTION_KINDS = {InteractionKind.EMAIL: 45, InteractionKind.CALL: 25,
                     InteractionKind.NOTE: 20, InteractionKind.MESSAGE: 10}


@dataclass(frozen=True)
class ProductPlan:
    sku: str
    name: str
    description: str
    prices: dict[str, int]  # by currency; the catalogue price is the GBP one
    weight_person: int  # how often a private buyer picks it
    weight_org: int  # how often an organisation picks it
    max_quantity: int = 1
    active: bool = True


PRODUCTS: tuple[ProductPlan, ...] = (
    ProductPlan("RISO-A3-50", "Risograph print run, A3 x50", "Two-colour riso, 120gsm.",
                {"GBP": 180_00, "EUR": 210_00}, 2, 30, 2),
    ProductPlan("CARD-250", "Business cards x250", "Uncoated 400gsm, two sides.",
                {"GBP": 45_00, "EUR": 52_00}, 4, 25, 3),
    ProductPlan("PRINT-A2", "Giclee art print, A2", "Studio print on cotton rag paper.",
                {"GBP": 65_00, "EUR": 75_00}, 18, 4, 2),
    ProductPlan("PRINT-A4", "Giclee art print, A4", "Studio print on cotton rag paper.",
                {"GBP": 25_00, "EUR": 29_00}, 26, 2, 3),
    ProductPlan("TPL-SOCIAL", "Social media template pack", "40 editable templates.",
                {"GBP": 39_00, "EUR": 45_00}, 18, 6),
    ProductPlan("TPL-DECK", "Pitch deck template", "Keynote, PowerPoint and Figma.",
                {"GBP": 49_00, "EUR": 56_00}, 10, 6),
    ProductPlan("WS-BRAND", "Brand basics workshop (half day)", "Small-group workshop.",
                {"GBP": 350_00, "EUR": 400_00}, 3, 10),
    ProductPlan("ZINE", "Studio zine, single issue", "Risograph zine, 24 pages.",
                {"GBP": 8_00, "EUR": 9_00}, 22, 1, 5),
    ProductPlan("CAL-WALL", "Wall calendar (last year's edition)", "Sold out.",
                {"GBP": 18_00, "EUR": 21_00}, 0, 0, active=False),
)
EXTRA_LINES = (("Oak frame", {"GBP": 30_00, "EUR": 35_00}),
               ("Express delivery", {"GBP": 9_50, "EUR": 12_00}))
REFUND_REASONS = ("Arrived damaged in transit", "Wrong size ordered", "Print colour not as "
                  "expected", "Workshop seat cancelled", "Duplicate order")

SURVEYS: tuple[tuple[str, SurveyKind, int, int, str], ...] = (  # contact, kind, score, days ago
    ("northwind", SurveyKind.NPS, 10, 200, "Feels like part of our team."),
    ("northwind", SurveyKind.NPS, 9, 20, ""),
    ("halden", SurveyKind.NPS, 9, 150, "Reliable and quick."),
    ("halden", SurveyKind.NPS, 8, 30, ""),
    ("kestrel", SurveyKind.NPS, 8, 60, "Covers are great; catalogue took a while."),
    ("sommer", SurveyKind.NPS, 10, 90, "Our authors love the covers."),
    ("blauwe", SurveyKind.NPS, 9, 120, ""),
    ("greenway", SurveyKind.NPS, 4, 45, "Good work but too slow for social."),
    ("lumen", SurveyKind.NPS, 7, 80, ""),
    ("tidewater", SurveyKind.NPS, 6, 110, "Fine, nothing special."),
    ("priya", SurveyKind.NPS, 10, 40, "Couldn't be happier."),
    ("hannah", SurveyKind.CSAT, 5, 25, "Beautiful prints, fast delivery."),
    ("marco", SurveyKind.CSAT, 4, 70, ""),
    ("zoe", SurveyKind.CSAT, 3, 95, "Delivery took ten days."),
    ("amira", SurveyKind.CSAT, 2, 150, "The print arrived creased."),
    ("harbour", SurveyKind.CSAT, 4, 35, "Workshop was great fun."),
    ("hannah", SurveyKind.CSAT, 5, 160, ""),
)


# --- public API --------------------------------------------------------------


def seed_database(db: Database, *, today: date) -> None:
    """Fill an empty, migrated database with the demo studio as of ``today``.

    Deterministic: the same ``today`` gives the same rows (audit stamps
    included) on any machine and in any local zone. Refuses a database that
    already has contacts.
    """
    with db.read() as session:
        if session.scalar(sa.select(sa.func.count()).select_from(Contact)):
            raise SeedError("This database already has contacts; demo data goes into an "
                            "empty database only.")
    now = dates.local_datetime(today, time(9), STUDIO_ZONE)
    with dates.fixed_now(now):
        s = _Seed(db, random.Random(RANDOM_SEED), today, now)
        for phase in (_seed_team, _seed_contacts, _seed_contracts, _seed_meetings,
                      _seed_followups, _seed_interactions, _seed_sales, _seed_surveys,
                      _record_anchor):
            phase(s)


def shift_dates(db: Database, *, today: date) -> int:
    """Move every date and moment of a seeded copy so its anchor day becomes ``today``.

    Returns the number of days moved (0: nothing to do). All tables move in one
    write transaction, or none do. Moments move by whole 24-hour days in UTC, so
    a shift across a DST change shows local times an hour earlier or later.
    """
    with db.write() as session:
        anchor = session.get(AppMeta, ANCHOR_KEY)
        if anchor is None:
            raise SeedError("This database has no demo anchor day: only a seeded demo copy "
                            "can have its dates moved.")
        days = (today - date.fromisoformat(anchor.value)).days
        if days == 0:
            return 0
        dialect = session.get_bind().dialect.name
        # A plain Core UPDATE on purpose: the copy is private to the demo, so
        # there is nobody to conflict with (version counters stay as they are)
        # and nobody to audit (updated_at/updated_by move with the data).
        for table in SQLModel.metadata.sorted_tables:
            values = {col: _shifted(col, days, dialect) for col in table.columns
                      if _is_date(col) or _is_moment(col)}
            if values:
                session.execute(table.update().values(values))
        anchor.value = today.isoformat()
    return days


def _is_moment(column: sa.Column) -> bool:
    return isinstance(column.type, UTCDateTime)


def _is_date(column: sa.Column) -> bool:
    return isinstance(column.type, sa.Date) and not isinstance(column.type, sa.DateTime)


def _shifted(column: sa.Column, days: int, dialect: str) -> sa.ColumnElement:
    if dialect == "sqlite":
        modifier = sa.literal(f"{days:+d} days", sa.String)
        if _is_date(column):
            return sa.func.date(column, modifier, type_=sa.String)
        # UTCDateTime on SQLite is text "YYYY-MM-DD HH:MM:SS.ffffff" in UTC. Whole
        # days in UTC never change the time of day, so only the date part is
        # rewritten and the rest is kept as stored (strftime's %f would cut the
        # microseconds to milliseconds).
        return sa.func.date(column, modifier, type_=sa.String).concat(
            sa.func.substr(column, 11, type_=sa.String))
    if dialect == "postgresql":
        if _is_date(column):
            return column + days
        # Hours, not days: timestamptz + '1 day' keeps the wall time of the
        # session's zone across a DST change; 24 hours is the same shift as SQLite's.
        return column + sa.func.make_interval(0, 0, 0, 0, 24 * days)
    raise NotImplementedError(f"Moving demo dates is not implemented for {dialect} databases.")


# --- the seeding context -----------------------------------------------------


@dataclass
class _Contact:
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
class _Seed:
    db: Database
    rng: random.Random
    today: date
    now: datetime
    members: dict[str, int] = field(default_factory=dict)
    contacts: dict[str, _Contact] = field(default_factory=dict)
    spans: dict[str, tuple[date, date]] = field(default_factory=dict)  # client meeting span
    past_meetings: list[tuple[str, datetime]] = field(default_factory=list)

    @contextmanager
    def acting(self, session: Session, member: str, moment: datetime) -> Iterator[None]:
        """Write as ``member`` with the clock at ``moment`` (never after the anchor)."""
        act_as(session, self.members.get(member))
        with dates.fixed_now(min(moment, self.now)):
            yield

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


# --- phases ------------------------------------------------------------------


def _seed_team(s: _Seed) -> None:
    with s.db.write() as session:
        existing = {m.username: m.id for m in team.list_members(session=session,
                                                                include_inactive=True)}
        for username, name, initials in TEAM:
            if username not in existing:
                with s.acting(session, TEAM[0][0], s.now - timedelta(days=800)):
                    existing[username] = team.create_member(session=session, data={
                        "name": name, "initials": initials, "username": username,
                        "email": f"{username}@brooksokafor.studio"}).id
            s.members[username] = existing[username]


def _seed_contacts(s: _Seed) -> None:
    first_start = {p.client: _plan_start(s.today, p.start) for p in reversed(CONTRACTS)}
    with s.db.write() as session:
        for org in ORGANISATIONS:
            since = _since(s, org.key, org.orders, first_start)
            _add_contact(s, session, org.key, since, _org_data(s, org), org.country, org.owner,
                         orders=org.orders, cadence=org.cadence)
            for staff in org.people:
                key = f"{org.key}.{_slug(staff.name.split()[0])}"
                _add_contact(s, session, key, since + timedelta(days=s.rng.randint(0, 10)),
                             _staff_data(s, org, staff), org.country, org.owner,
                             orders=staff.orders, organisation=org.key)
        for person in INDIVIDUALS:
            since = _since(s, person.key, person.orders, first_start)
            _add_contact(s, session, person.key, since, _person_data(s, person),
                         person.country, person.owner, orders=person.orders,
                         cadence=person.cadence)


def _since(s: _Seed, key: str, orders: int, first_start: dict[str, date]) -> date:
    if key in first_start:
        return first_start[key] - timedelta(days=s.rng.randint(20, 60))
    if orders > 20:
        return s.today - timedelta(days=s.rng.randint(380, 440))
    if orders:
        return s.today - timedelta(days=s.rng.randint(60, 360))
    return s.today - timedelta(days=s.rng.randint(10, 120))


def _add_contact(s: _Seed, session: Session, key: str, since: date, data: dict, country: str,
                 owner: str, *, orders: int = 0, cadence: int | None = None,
                 organisation: str | None = None) -> None:
    referrer = data.pop("referred_by", None)
    data.update(owner_id=s.members[owner], country=country, cadence_days=cadence,
                referred_by_id=s.contacts[referrer].id if referrer else None,
                organisation_id=s.contacts[organisation].id if organisation else None)
    if s.rng.random() < 0.3:
        data["notes"] = s.rng.choice(CONTACT_NOTES)
    with s.acting(session, s.pick_member(owner), s.moment(since)):
        contact = contacts.create_contact(session=session, data=data)
    s.contacts[key] = _Contact(key, contact.id, contact.name, owner, country, since, orders,
                               cadence, organisation, phone=(data["phones"] or [""])[0])
    if organisation:
        s.contacts[organisation].people.append(key)


def _org_data(s: _Seed, org: Org) -> dict:
    return {"kind": ContactKind.ORGANISATION, "name": org.name, "city": org.city,
            "website": f"https://{org.domain}", "emails": [f"hello@{org.domain}"],
            "phones": [_phone(s, COUNTRIES[org.country].landline)], "tags": list(org.tags),
            "source": org.source, "referred_by": org.referred_by, "stage": org.stage}


def _staff_data(s: _Seed, org: Org, staff: Staff) -> dict:
    first = _slug(staff.name.split()[0])
    tags = ["newsletter"] if s.rng.random() < 0.3 else []
    return {"name": staff.name, "job_title": staff.title, "city": org.city,
            "emails": [f"{first}@{org.domain}"],
            "phones": [_phone(s, COUNTRIES[org.country].mobile)], "tags": tags}


def _person_data(s: _Seed, person: Person) -> dict:
    address = ".".join(_slug(part) for part in person.name.split())
    domain = s.rng.choice(("example.com", "example.org", "example.net"))
    return {"name": person.name, "job_title": person.title, "city": person.city,
            "emails": [f"{address}@{domain}"],
            "phones": [_phone(s, COUNTRIES[person.country].mobile)],
            "tags": list(person.tags), "source": person.source,
            "referred_by": person.referred_by, "stage": person.stage}


def _seed_contracts(s: _Seed) -> None:
    with s.db.write() as session:
        for plan in CONTRACTS:
            first, last = _contract_chain(s, session, plan)
            if plan.fate != "draft":
                start, end = s.spans.get(plan.client, (first, last))
                s.spans[plan.client] = (min(start, first), max(end, last))


def _contract_chain(s: _Seed, session: Session, plan: ContractPlan) -> tuple[date, date]:
    """Create a plan's contract (and its renewals); return the span it covered."""
    client = s.contacts[plan.client]
    start = _plan_start(s.today, plan.start)
    end = dates.add_months(start, plan.months) - timedelta(days=1) if plan.months else None
    live_review = s.today + timedelta(days=plan.review_in) if plan.review_in else None
    data = {
        "contact_id": client.id, "title": plan.title, "start_date": start, "end_date": end,
        "status": ContractStatus.DRAFT if plan.fate == "draft" else ContractStatus.ACTIVE,
        "billing_cycle": plan.cycle, "amount_minor": plan.amount, "currency": plan.currency,
        "auto_renew": plan.auto_renew, "notice_days": plan.notice,
        "review_date": (end - timedelta(days=45)) if plan.renewals else live_review,
        "owner_id": s.members[client.owner], **_terms(plan),
    }
    signed = min(start - timedelta(days=10), s.today - timedelta(days=2))
    with s.acting(session, client.owner, s.moment(signed)):
        contract = contracts.create_contract(session=session, data=data)
    for n in range(plan.renewals):
        contract = _renew(s, session, contract, client.owner,
                          live_review if n == plan.renewals - 1 else None)
    if plan.fate in ("ended", "terminated"):
        on = s.today - timedelta(days=plan.terminated_ago) if plan.terminated_ago else end
        with s.acting(session, client.owner, s.moment(on, time(17, 0))):
            contracts.end_contract(session=session, contract_id=contract.id, on=on,
                                   terminated=plan.fate == "terminated")
        _log_ending(s, session, plan, on)
        return start, on
    return start, s.today + timedelta(days=21)


def _renew(s: _Seed, session: Session, old: Contract, owner: str,
           review: date | None) -> Contract:
    """Renew for the same length at +5% (in round tens), decided two weeks before the end."""
    raised = (old.amount_minor * 105 + 50_000) // 100_000 * 1_000
    new_end = old.end_date + timedelta(days=1) + (old.end_date - old.start_date)
    with s.acting(session, owner, s.moment(old.end_date - timedelta(days=14))):
        return contracts.renew_contract(session=session, contract_id=old.id, changes={
            "amount_minor": raised, "review_date": review or new_end - timedelta(days=45),
            "terms_of_service": _terms_of_service(old.billing_cycle, raised, old.currency)})


def _log_ending(s: _Seed, session: Session, plan: ContractPlan, on: date) -> None:
    if plan.fate != "terminated":
        return
    client = s.contacts[plan.client]
    with s.acting(session, client.owner, s.moment(on, time(17, 5))):
        interactions.log_interaction(session=session, data={
            "contact_id": client.id, "kind": InteractionKind.NOTE,
            "occurred_at": s.moment(on, time(17, 0)), "author_id": s.members[client.owner],
            "subject": "Retainer terminated early",
            "body": "They are moving social content in-house; ended with 30 days' notice "
                    "waived by agreement. Final invoice to follow."})


def _terms(plan: ContractPlan) -> dict[str, str]:
    review = ("Reviewed at each renewal" if plan.months and plan.months >= 12
              else "Reviewed at the end of the project")
    renewal = (" Renews automatically for the same term unless notice is given."
               if plan.auto_renew else "")
    return {
        "summary": plan.summary,
        "terms_of_service": _terms_of_service(plan.cycle, plan.amount, plan.currency),
        "deliverables": plan.deliverables,
        "consequences": CONSEQUENCES,
        "review_termination_terms": f"{review}. Either party may terminate with "
                                    f"{plan.notice} days' written notice.{renewal}",
    }


def _terms_of_service(cycle: BillingCycle, amount: int, currency: str) -> str:
    return TERMS_OF_SERVICE[cycle].format(amount=format_amount(amount, currency))


def _seed_meetings(s: _Seed) -> None:
    with s.db.write() as session:
        for key, (first, last) in s.spans.items():
            _regular_meetings(s, session, key, first, last)
        for key in _keys_without_span(s):
            _discovery_meeting(s, session, key)
        for plan in PLANNED_MEETINGS:
            when = dates.local_datetime(s.day(plan.day), plan.at, STUDIO_ZONE)
            _meeting(s, session, plan.client, when, plan.title, plan.agenda,
                     minutes=plan.minutes, channel=plan.channel)


def _regular_meetings(s: _Seed, session: Session, key: str, first: date, last: date) -> None:
    """Check-ins at the client's cadence over the past year and the next three weeks."""
    every = max(s.contacts[key].cadence or 30, 14)
    day = max(first, s.today - timedelta(days=365)) + timedelta(days=s.rng.randint(0, 10))
    while day <= min(last, s.today + timedelta(days=21)):
        zone = s.zone(key)
        slots = DAY_SLOTS[:3] if zone.startswith("America/") else DAY_SLOTS
        _meeting(s, session, key, s.moment(day, s.rng.choice(slots), zone),
                 s.rng.choice(MEETING_TITLES), s.rng.choice(AGENDAS), zone=zone)
        day += timedelta(days=every + s.rng.randint(-4, 4))


def _keys_without_span(s: _Seed) -> list[str]:
    """Draft-contract clients and leads worth a first conversation."""
    return [c.key for c in s.contacts.values()
            if c.key not in s.spans and c.organisation is None and c.orders == 0]


def _discovery_meeting(s: _Seed, session: Session, key: str) -> None:
    day = s.random_day(s.contacts[key].since, s.today - timedelta(days=2))
    title, agenda, _ = DISCOVERY
    _meeting(s, session, key, s.moment(day), title, agenda, channel=MeetingChannel.VIDEO)


def _meeting(s: _Seed, session: Session, key: str, when: datetime, title: str, agenda: str,
             *, minutes: int | None = None, channel: MeetingChannel | None = None,
             zone: str = STUDIO_ZONE) -> None:
    client = s.contacts[key]
    channel = channel or _channel(s, client)
    past = when < s.now
    data = {
        "title": title, "starts_at": when, "timezone": zone, "channel": channel,
        "duration_minutes": minutes or s.rng.choice((30, 45, 60, 60, 90)),
        "location": _location(s, client, channel), "agenda": agenda,
        "notes": s.rng.choice(MEETING_NOTES) if past else "",
        "outcome": (DISCOVERY[2] if title == DISCOVERY[0] else s.rng.choice(OUTCOMES))
        if past else "",
        "owner_id": s.members[client.owner],
        "attendee_ids": [s.contacts[k].id for k in _attendees(s, client)],
    }
    booked = when - timedelta(days=s.rng.randint(2, 14))
    with s.acting(session, s.pick_member(client.owner), booked):
        meetings.create_meeting(session=session, data=data)
    if past:
        s.past_meetings.append((key, when))


def _attendees(s: _Seed, client: _Contact) -> list[str]:
    if not client.people:
        return [client.key]
    return [client.key, *s.rng.sample(client.people, s.rng.randint(1, len(client.people)))]


def _channel(s: _Seed, client: _Contact) -> MeetingChannel:
    if client.country == "United Kingdom" and s.rng.random() < 0.4:
        return MeetingChannel.IN_PERSON
    return MeetingChannel.VIDEO if s.rng.random() < 0.7 else MeetingChannel.CALL


def _location(s: _Seed, client: _Contact, channel: MeetingChannel) -> str:
    if channel == MeetingChannel.IN_PERSON:
        return STUDIO_ADDRESS if s.rng.random() < 0.5 else f"At {client.name}"
    if channel == MeetingChannel.CALL:
        return client.phone
    return f"https://meet.example.com/{_slug(client.key)}-{s.rng.randint(100, 999)}"


def _seed_followups(s: _Seed) -> None:
    with s.db.write() as session:
        for key, when in s.past_meetings:
            if s.rng.random() < 0.35:
                _after_meeting(s, session, key, when)
        for plan in PLANNED_FOLLOWUPS:
            if plan.recurrence:
                _recurring(s, session, plan)
            else:
                _planned(s, session, plan)


def _followup(s: _Seed, session: Session, key: str, due: date, note: str, *,
              at: time | None = None, recurrence: str | None = None,
              entered: datetime | None = None) -> int:
    contact = s.contacts[key]
    entered = entered or s.moment(due - timedelta(days=s.rng.randint(3, 10)))
    with s.acting(session, contact.owner, entered):
        return followups.create_followup(session=session, data={
            "contact_id": contact.id, "due_date": due, "due_time": at, "note": note,
            "timezone": STUDIO_ZONE, "owner_id": s.members[contact.owner],
            "recurrence": recurrence}).id


def _after_meeting(s: _Seed, session: Session, key: str, when: datetime) -> None:
    due = when.date() + timedelta(days=s.rng.randint(2, 7))
    entered = when + timedelta(minutes=70)
    followup_id = _followup(s, session, key, due, s.rng.choice(AFTER_MEETING), entered=entered)
    if due < s.today - timedelta(days=1) or (due < s.today and s.rng.random() < 0.5):
        _complete(s, session, key, followup_id, due)


def _complete(s: _Seed, session: Session, key: str, followup_id: int, due: date) -> int | None:
    with s.acting(session, s.contacts[key].owner, s.moment(due, time(16, 30))):
        successor = followups.complete_followup(session=session, followup_id=followup_id)
    return successor.id if successor else None


def _planned(s: _Seed, session: Session, plan: FollowUpPlan) -> None:
    due = s.day(plan.day)
    followup_id = _followup(s, session, plan.contact, due, plan.note, at=plan.at)
    if plan.snooze_to is not None:
        with s.acting(session, s.contacts[plan.contact].owner, s.moment(due, time(9, 15))):
            followups.snooze_followup(session=session, followup_id=followup_id,
                                      until=s.day(plan.snooze_to))


def _recurring(s: _Seed, session: Session, plan: FollowUpPlan) -> None:
    """Start ``-plan.day`` months ago and complete each occurrence up to today."""
    due = dates.add_months(s.today, int(plan.day)) + timedelta(days=3)
    followup_id: int | None = _followup(s, session, plan.contact, due, plan.note,
                                        recurrence=plan.recurrence)
    while followup_id is not None and due < s.today:
        followup_id = _complete(s, session, plan.contact, followup_id, due)
        if followup_id is not None:
            due = followups.get_followup(session=session, followup_id=followup_id).due_date


def _seed_interactions(s: _Seed) -> None:
    with s.db.write() as session:
        for contact in list(s.contacts.values()):
            for _ in range(s.rng.randint(*_interaction_count(s, contact))):
                _interaction(s, session, contact)


def _interaction_count(s: _Seed, contact: _Contact) -> tuple[int, int]:
    if contact.key in s.spans:
        return (8, 14)
    if contact.organisation:
        return (0, 2)
    if contact.orders > 1:
        return (2, 6)
    return (1, 3)


def _interaction(s: _Seed, session: Session, contact: _Contact) -> None:
    """One timeline entry while the relationship lasted (a month past a contract's end)."""
    start = max(contact.since, s.today - timedelta(days=365))
    end = s.today - timedelta(days=1)
    if contact.key in s.spans:
        end = min(end, s.spans[contact.key][1] + timedelta(days=30))
    when = s.moment(s.random_day(start, end))
    kind = s.rng.choices(list(INTERACTION_KINDS), weights=list(INTERACTION_KINDS.values()))[0]
    subject, body = s.rng.choice(INTERACTION_TEXTS[kind])
    author = s.pick_member(contact.owner)
    with s.acting(session, author, when + timedelta(minutes=5)):
        interactions.log_interaction(session=session, data={
            "contact_id": contact.id, "kind": kind, "occurred_at": when, "subject": subject,
            "body": body, "author_id": s.members[author]})


def _seed_sales(s: _Seed) -> None:
    with s.db.write() as session:
        catalogue = _seed_products(s, session)
        orders = sorted(
            ((when, c.key) for c in s.contacts.values() for when in _order_times(s, c)))
        made = [_sale(s, session, catalogue, s.contacts[key], when) for when, key in orders]
        _refunds(s, session, made)


def _seed_products(s: _Seed, session: Session) -> dict[str, int]:
    catalogue = {}
    with s.acting(session, "lena", s.now - timedelta(days=420)):
        for plan in PRODUCTS:
            catalogue[plan.sku] = sales.create_product(session=session, data={
                "name": plan.name, "sku": plan.sku, "description": plan.description,
                "unit_price_minor": plan.prices["GBP"], "currency": "GBP",
                "active": plan.active}).id
    return catalogue


def _order_times(s: _Seed, contact: _Contact) -> list[datetime]:
    start = max(contact.since + timedelta(days=3), s.today - timedelta(days=365))
    shop_hours = [time(h, m) for h in range(8, 20) for m in (5, 17, 28, 41, 53)]
    return [s.moment(s.random_day(start, s.today - timedelta(days=1)), s.rng.choice(shop_hours))
            for _ in range(contact.orders)]


def _sale(s: _Seed, session: Session, catalogue: dict[str, int], buyer: _Contact,
          when: datetime) -> Sale:
    is_org = buyer.organisation is None and buyer.key in ORGANISATION_KEYS
    currency = COUNTRIES[buyer.country].currency
    currency = currency if currency in ("GBP", "EUR") else "GBP"
    lines = _lines(s, catalogue, currency, is_org)
    subtotal = sum(line["quantity"] * line["unit_price_minor"] for line in lines)
    discount, note = _discount(s, subtotal, currency)
    channel, method = _channel_and_payment(s, is_org)
    pending_days = {PaymentMethod.INVOICE: 40, PaymentMethod.BANK_TRANSFER: 7}.get(method, 0)
    status = SaleStatus.PENDING if when > s.now - timedelta(days=pending_days) else SaleStatus.PAID
    with s.acting(session, s.pick_member("lena", 0.7), when):
        return sales.create_sale(session=session, data={
            "contact_id": buyer.id, "sold_at": when, "currency": currency, "lines": lines,
            "discount_minor": discount, "status": status, "payment_method": method,
            "channel": channel, "note": note})


def _lines(s: _Seed, catalogue: dict[str, int], currency: str, is_org: bool) -> list[dict]:
    offered = [p for p in PRODUCTS if p.active]
    weights = [p.weight_org if is_org else p.weight_person for p in offered]
    count = s.rng.choices((1, 2, 3, 4), weights=(55, 25, 13, 7))[0]
    chosen: list[ProductPlan] = []
    while len(chosen) < count:
        pick = s.rng.choices(offered, weights=weights)[0]
        if pick not in chosen:
            chosen.append(pick)
    lines = [{"description": p.name, "product_id": catalogue[p.sku],
              "quantity": s.rng.randint(1, p.max_quantity),
              "unit_price_minor": p.prices[currency]} for p in chosen]
    if s.rng.random() < 0.1:
        name, prices = s.rng.choice(EXTRA_LINES)
        lines.append({"description": name, "quantity": 1, "unit_price_minor": prices[currency]})
    return lines


def _discount(s: _Seed, subtotal: int, currency: str) -> tuple[int, str]:
    roll = s.rng.random()
    if roll < 0.08:
        return subtotal // 1000 * 100, "10% returning-customer discount"
    if roll < 0.12 and subtotal > 100_00:
        return 15_00, f"Voucher {format_amount(15_00, currency)}"
    return 0, ""


def _channel_and_payment(s: _Seed, is_org: bool) -> tuple[SalesChannel, PaymentMethod]:
    if is_org:
        channel = s.rng.choice((SalesChannel.ONLINE, SalesChannel.PHONE))
        return channel, s.rng.choice((PaymentMethod.INVOICE, PaymentMethod.INVOICE,
                                      PaymentMethod.BANK_TRANSFER))
    channel = s.rng.choices((SalesChannel.ONLINE, SalesChannel.IN_STORE, SalesChannel.EVENT,
                             SalesChannel.PHONE), weights=(70, 13, 12, 5))[0]
    methods = {
        SalesChannel.ONLINE: (PaymentMethod.CARD, PaymentMethod.CARD, PaymentMethod.PAYPAL),
        SalesChannel.IN_STORE: (PaymentMethod.CARD, PaymentMethod.CASH),
        SalesChannel.EVENT: (PaymentMethod.CARD, PaymentMethod.CASH, PaymentMethod.CASH),
        SalesChannel.PHONE: (PaymentMethod.CARD, PaymentMethod.BANK_TRANSFER),
    }
    return channel, s.rng.choice(methods[channel])


def _refunds(s: _Seed, session: Session, made: list[Sale]) -> None:
    """Four partial refunds and three full returns, on older paid sales."""
    old_enough = s.now - timedelta(days=14)
    candidates = [sale for sale in made
                  if sale.status == SaleStatus.PAID and sale.sold_at < old_enough]
    for n, sale in enumerate(s.rng.sample(candidates, 7)):
        full = n >= 4
        amount = sale.total_minor if full else max(sale.total_minor // 2 // 100 * 100, 100)
        when = sale.sold_at + timedelta(days=s.rng.randint(2, 12), hours=1)
        with s.acting(session, "lena", when):
            sales.refund_sale(session=session, sale_id=sale.id, data={
                "amount_minor": amount, "reason": s.rng.choice(REFUND_REASONS),
                "is_return": full})


def _seed_surveys(s: _Seed) -> None:
    with s.db.write() as session:
        for key, kind, score, days_ago, comment in SURVEYS:
            contact = s.contacts[key]
            when = s.moment(s.today - timedelta(days=days_ago))
            with s.acting(session, contact.owner, when):
                satisfaction.record_response(session=session, data={
                    "contact_id": contact.id, "kind": kind, "score": score,
                    "responded_at": when, "comment": comment})


def _record_anchor(s: _Seed) -> None:
    with s.db.write() as session:
        session.add(AppMeta(key=ANCHOR_KEY, value=s.today.isoformat()))


# --- small helpers -----------------------------------------------------------


def _plan_start(today: date, months_days: tuple[int, int]) -> date:
    months, days = months_days
    return dates.add_months(today, months) + timedelta(days=days)


def _phone(s: _Seed, pattern: str) -> str:
    return "".join(str(s.rng.randint(0, 9)) if c == "#" else c for c in pattern)


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", ascii_text.lower())
