"""The demo studio's data tables: who it works with, what it sells, what it plans.

Plain constants and frozen plan dataclasses, read by the seeding phases
(:mod:`tuicrm.seed.build`, :mod:`.activity`, :mod:`.billing`); nothing here
touches the database. :data:`ANCHOR_KEY` and :class:`SeedError` are shared with
:mod:`tuicrm.seed.shift`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from tuicrm.models import (
    AcquisitionSource,
    BillingCycle,
    InteractionKind,
    JourneyStage,
    MeetingChannel,
    SurveyKind,
)
from tuicrm.services.demo_dates import ANCHOR_KEY, SeedError  # noqa: F401 - the seed's

RANDOM_SEED = 20_240_611
STUDIO_ZONE = "Europe/London"
STUDIO_ADDRESS = "Studio 3, 41 Gloucester Road, Bristol"
DAY_SLOTS = (time(9, 30), time(10, 0), time(11, 0), time(11, 30), time(14, 0), time(15, 30))


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
           orders=1, cadence=30),  # a promising first order: gone quiet since (the demo)
    Person("chloe", "Chloe Martin", "Nurse", "York", "United Kingdom", "lena", A, None, ENG, (),
           orders=1),
    Person("rafael", "Rafael Costa", "Surf instructor", "Lisbon", "Portugal", "lena", W, None,
           ENG, (), orders=1),
    Person("isla", "Isla Grant", "Gallery assistant", "Aberdeen", "United Kingdom", "lena", O,
           None, ENG, ("newsletter",), orders=1, cadence=45),
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
    included_minutes: int | None = None  # a retainer's hours in each billing period
    hourly_rate: int | None = None  # minor units: time beyond those hours (or all of it)


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
                 "Seasonal menu set and window vinyl artwork each quarter.", review_in=7,
                 included_minutes=20 * 60, hourly_rate=75_00),
    ContractPlan("sommer", "Cover series: spring & autumn lists", YE, 18_000_00, "EUR",
                 (-11, 0), 12, "active", "Cover design for both of the year's lists.",
                 "Up to 20 covers a year, with spine and jacket variants.", notice=60,
                 auto_renew=True, review_in=3),
    ContractPlan("copperline", "Product design support", MO, 3_500_00, "USD", (-4, 0), 6,
                 "active", "Embedded UI design support for the Copperline dashboard.",
                 "Two design sprints a month; Figma library kept current.", review_in=28,
                 hourly_rate=110_00),
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

# --- invoicing (tuicrm.seed.billing) ------------------------------------------

INVOICE_SETTINGS = {
    "firm_name": "Brooks & Okafor Studio Ltd",
    "firm_address": "Studio 3, 41 Gloucester Road\nBristol BS7 8AE\nUnited Kingdom",
    "firm_vat": "GB980780684",
    "firm_bank": "Account holder: Brooks & Okafor Studio Ltd\nSort code 12-34-56, "
                 "account 98765432\nIBAN GB82 WEST 1234 5698 7654 32\nBIC NWBKGB2L",
    "firm_email": "accounts@brooksokafor.studio",
    "terms_days": 30,
    "tax_rate": 2000,  # UK standard rate, 20 %
}
STUDIO_COUNTRY = "United Kingdom"
EXPORT_NOTE = "Outside the scope of UK VAT: the place of supply is the customer's country."
# (client, n): what happened to its invoice n (from 0, in the order of issue); the
# others were paid in full, unless too recently for the money to be in yet.
INVOICE_FATES = {("greenway", 1): "unpaid", ("greenway", 2): "part", ("copperline", 2): "unpaid",
                 ("northwind", 2): "credit", ("halden", 3): "part"}
CREDIT_LINE = ("Social assets not delivered this month (agreed reduction)", 300_00)
TIME_LOGS: dict[str, tuple[tuple[int, str], ...]] = {  # contract client: (minutes, note)
    "oakember": ((90, "Winter menu: first layouts"), (120, "Window vinyl artwork"),
                 (60, "Chalkboard lettering guide"), (150, "Winter menu: revisions"),
                 (45, "Call about the Christmas specials"), (105, "Gift card design"),
                 (75, "Print-ready menu files"), (75, "Festive window: sketches")),
    "copperline": ((180, "Sprint: onboarding flow"), (240, "Sprint: billing settings"),
                   (120, "Figma library: new table components"),
                   (210, "Sprint: reports dashboard")),
}
