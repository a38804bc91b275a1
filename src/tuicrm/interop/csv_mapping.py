"""Which CSV column feeds which field: automatic guesses and explicit mappings.

Column names are compared in a normal form (lower case, "E-mail" as "email",
punctuation as spaces, numbers dropped), so "E-mail 2 Address" (Outlook),
"E-mail 1 - Value" (Google Contacts), "Email" (HubSpot) and "email" all read
as an email column. Several columns may feed one field: every email and
phone column is kept (Outlook has three of each), notes are joined, and for
a one-value field the first non-empty column wins.

Addresses come in groups (Outlook's Business/Home/Other, Salesforce's
Mailing, Google's Address 1/Address 2): a row takes street, city, region,
postal code and country all from the first group that has any of them, so a
business street is never paired with a home city.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from tuicrm.enums import EMAIL_PATTERN
from tuicrm.interop.contact_values import LABEL_OF_WORD
from tuicrm.interop.deal_columns import DEAL_ALIASES, DEAL_NAMES, deal_hit
from tuicrm.interop.import_source import ImportFileError, Target

IGNORE = "ignore"
LIST_FIELDS = frozenset({"emails", "phones", "tags"})
ADDRESS_FIELDS = ("street", "city", "region", "postal_code", "country")
NAME_PARTS = ("first_name", "middle_name", "last_name")
#: Where a row's cells that could not be read are said (not a field: read_csv
#: takes it off and gives it to SourceRow.left_out).
LEFT_OUT = "left_out"

# Field -> the column names (in normal form: see normal()) that mean it, in
# English and in the German, French, Spanish, Dutch and Italian that localized
# Outlook and Google exports write. A tool's own prefix ("Person - " in
# Pipedrive's export) and a label word ("Mobile Phone", "E-mail - Work",
# "Telefon geschäftlich") are taken off before a name is looked up here.
_CONTACT_ALIASES: dict[str, str] = {
    "name": "name|full name|display name|contact name|contact|contact full name|naam|"
        "nom complet|nombre completo|nome completo|anzeigename|volledige naam",
    "first_name": "first name|given name|firstname|first|forename|vorname|prenom|nombre|"
        "nome|voornaam",
    "middle_name": "middle name|additional name|middle names|zweiter vorname|weitere vornamen|"
        "deuxieme prenom|segundo nombre|secondo nome|tussenvoegsel",
    "last_name": "last name|family name|surname|lastname|last|nachname|familienname|nom|"
        "nom de famille|apellidos|apellido|achternaam|cognome",
    "emails": "email|emails|email address|email addresses|email value|mail|primary email|"
        "secondary email|additional email addresses|email adresse|emailadresse|"
        "courriel|adresse email|adresse de messagerie|adresse electronique|"
        "correo electronico|correo|direccion de correo electronico|emailadres|email adres|"
        "indirizzo email|posta elettronica|indirizzo posta elettronica",
    "phones": "phone|phones|phone number|phone numbers|telephone|telephone number|tel|"
        "number|phone value|telefon|telefonnummer|numero de telephone|telefono|"
        "numero de telefono|telefoon|telefoonnummer|numero di telefono|"
        "mobile|cell|mobiltelefon|handy|portable|movil|celular|mobiel|cellulare|fax|"
        "telefax|pager|primary phone|car phone|radio phone|callback|assistant s phone|"
        "other phone",
    "organisation": "company|company name|organization|organisation|organization name|"
        "organisation name|account name|account|employer|associated company|firma|"
        "unternehmen|firmenname|societe|entreprise|empresa|compania|organizacion|bedrijf|"
        "organisatie|societa|azienda",
    "job_title": "job title|position|organization title|organisation title|job|"
        "role title|berufsbezeichnung|funktion|fonction|poste|titre du poste|puesto|cargo|"
        "functie|qualifica|ruolo|mansione|posizione",
    "website": "website|web site|web page|webpage|url|homepage|home page|website value|"
        "website url|business web page|webseite|internetseite|site web|site internet|"
        "sitio web|pagina web|sito web",
    "notes": "notes|note|comments|comment|description|memo|about|notizen|notiz|"
        "bemerkungen|commentaires|notas|nota|notities|opmerkingen",
    "tags": "tags|tag|categories|category|labels|label|groups|group membership|lists|"
        "keywords|kategorien|kategorie|categorias|categoria|categorieen|categorie|"
        "etiquettes|etiquetas|etiketten",
    "kind": "kind|contact kind|contact type",
    "stage": "stage|journey stage|lifecycle stage",
    "source": "source|acquisition source",
    "cadence_days": "stay in touch days|stay in touch every days|cadence|cadence days",
    "owner": "owner|contact owner|owner name|account owner|record owner|besitzer|"
        "inhaber|proprietaire|propietario|eigenaar|proprietario",
    "uid": "uid|external id|record id|person id",
    "birthday": "birthday|birth date|date of birth|birthdate|dob|geburtstag|geburtsdatum|"
        "anniversaire|date de naissance|cumpleanos|fecha de nacimiento|verjaardag|"
        "geboortedatum|compleanno|data di nascita",
    "anniversary": "anniversary|jahrestag|hochzeitstag|anniversaire de mariage|aniversario|"
        "trouwdag|anniversario",
    "birth_year": "birth year",
    "birth_month": "birth month",
    "birth_day": "birth day",
    # address parts, matched after the group prefix is taken off
    "street": "street|street address|address|address line|streets|extended address|"
        "strasse|adresse|rue|calle|direccion|straat|adres|via|indirizzo",
    "city": "city|town|locality|ort|stadt|ville|ciudad|localidad|plaats|woonplaats|citta",
    "region": "state|region|province|county|state region|state province|"
        "state or province|bundesland|departement|provincia|estado|provincie",
    "postal_code": "postal code|zip|zip code|zipcode|postcode|post code|zip postal code|"
        "postleitzahl|plz|code postal|codigo postal|cap",
    "country": "country|country region|country or region|country code|land|land region|"
        "land regio|pays|pays region|pais|pais region|paese|paese area geografica|nazione",
}
_SALE_ALIASES: dict[str, str] = {
    "customer": "customer|customer name|client|client name|contact|contact name|buyer|"
        "name|full name|billing name",
    "email": "email|customer email|email address|buyer email|client email",
    "date": "date|sale date|order date|purchase date|sold at|sold on|paid at|"
        "invoice date|transaction date|created at|created",
    "items": "items|item|description|product|products|product name|line items|"
        "lineitem name|item name",
    "amount": "amount|total|price|total amount|order total|value|sum|grand total|"
        "amount paid|gross",
    "currency": "currency|currency code|ccy",
    "note": "note|notes|comment|comments|memo",
    "status": "status|payment status|financial status",
}
#: Id columns that say which tool a file comes from: its ids are kept with the
#: tool's name, so another tool's id 123 is never taken for this one's.
_ID_TOOLS = {"record id": "hubspot", "person id": "pipedrive"}
#: A tool's prefix on every column ("Person - Name" in Pipedrive's export).
_TOOL_PREFIXES = ("person ", "contact ")
_LABELLED = frozenset({"emails", "phones"})
# Second choices: used only when no column has one of the field's own names
# (Outlook's "Title" is Mr/Ms, and it has "Job Title" as well; elsewhere
# "Title" is the job title).
# (Google's "File As" is how the contact is sorted, never a name to import.)
_SECOND_CHOICE = {"title": "job_title", "personal web page": "website"}

# What a person may write after "=" in --map, per target.
_CONTACT_NAMES = {
    "email": "emails", "emails": "emails", "phone": "phones", "phones": "phones",
    "tag": "tags", "tags": "tags", "company": "organisation", "organization": "organisation",
    "title": "job_title", "state": "region", "zip": "postal_code", "postcode": "postal_code",
    "note": "notes", "first": "first_name", "last": "last_name", "url": "website",
}
_SALE_NAMES = {"customer_email": "email", "total": "amount", "notes": "note",
               "product": "items", "description": "items"}
# Per target: the column names of each field, and the other names --map takes.
_ALIASES: dict[str, dict[str, str]] = {"contacts": _CONTACT_ALIASES, "sales": _SALE_ALIASES,
                                       "deals": DEAL_ALIASES}
_MAP_NAMES: dict[str, dict[str, str]] = {"contacts": _CONTACT_NAMES, "sales": _SALE_NAMES,
                                         "deals": DEAL_NAMES}
_ADDRESS_GROUP = re.compile(r"^(business|home|other|mailing|billing|shipping|work|"
                            r"personal|address \d+) (?=\S)")


def target_fields(target: Target) -> list[str]:
    """The fields a column can be mapped to, as a person writes them in --map."""
    if target != "contacts":
        return list(_ALIASES[target])
    return [{"emails": "email", "phones": "phone"}.get(f, f) for f in _CONTACT_ALIASES]


def folded(text: str) -> str:
    """Lower case without accents: "Straße" -> "strasse", "Société" -> "societe"."""
    text = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in text if not unicodedata.combining(c))


# Small words of the languages headers come in, left out of both sides of a
# comparison: "Teléfono del trabajo" is "telefono trabajo", "Telefoon op werk"
# is "telefoon werk".
_FILLERS = frozenset({"de", "del", "la", "le", "du", "des", "di", "da", "della", "van", "het",
                      "der", "op", "o", "y", "od"})


def normal(column: str) -> str:
    """A column name in the form the aliases are compared in."""
    text = folded(column).replace("e-mail", "email").replace("e mail", "email")
    text = re.sub(r"[^0-9a-z]+", " ", text)
    return " ".join(w for w in text.split() if not w.isdigit() and w not in _FILLERS)


def _group_and_rest(column: str) -> tuple[str, str]:
    """("business", "city") for "Business City"; ("address 1", "street") for Google;
    ("work", "strasse") for German Outlook's "Straße geschäftlich"."""
    text = re.sub(r"[^0-9a-z]+", " ", folded(column)).strip()
    match = _ADDRESS_GROUP.match(text)
    if not match:
        words = normal(column).split()
        if len(words) > 1 and words[-1] in LABEL_OF_WORD:
            return LABEL_OF_WORD[words[-1]], " ".join(words[:-1])
        return "", normal(column)
    return match.group(1), normal(text[match.end():])


def _without_label(name: str, table: Mapping[str, tuple[str, int]]) -> tuple[str, str]:
    """("phone", "mobile") for "mobile phone"; ("email", "work") for "email work";
    ("fax", "fax") for "business fax" (a word that is both a kind and a field)."""
    words = name.split()
    kept = [w for w in words if w not in LABEL_OF_WORD]
    labels = [LABEL_OF_WORD[w] for w in words if w in LABEL_OF_WORD]
    if not kept:  # "Mobile", "Business Fax", "Fax geschäftlich"
        own = [w for w in words if (table.get(w) or ("",))[0] in _LABELLED]
        return (own[-1], LABEL_OF_WORD[own[-1]]) if own else (name, "")
    return " ".join(kept), labels[0] if labels else ""


@dataclass
class ColumnMap:
    """The columns (by index) feeding each field; ``groups`` for address parts."""

    target: Target
    header: list[str]
    fields: dict[str, list[int]] = field(default_factory=dict)
    groups: dict[int, str] = field(default_factory=dict)
    explicit: dict[str, set[int]] = field(default_factory=dict)
    # An email or phone column's label, from its name ("Mobile Phone": mobile)...
    labels: dict[int, str] = field(default_factory=dict)
    # ... or from a column of its own (Google's "Phone 1 - Label" for "Phone 1 - Value").
    label_columns: dict[int, int] = field(default_factory=dict)
    id_tool: str = ""  # the tool an id column names ("hubspot" for "Record ID")

    def named(self) -> dict[str, list[str]]:
        return {f: [self.header[i] for i in cols] for f, cols in self.fields.items() if cols}

    def unmapped(self) -> list[str]:
        used = {i for cols in self.fields.values() for i in cols} | set(
            self.label_columns.values())
        return [h for i, h in enumerate(self.header) if i not in used and h.strip()]

    def has(self, *names: str) -> bool:
        return any(self.fields.get(n) for n in names)


def guess(header: Sequence[str], target: Target) -> ColumnMap:
    """The mapping a person would most likely choose, from the column names."""
    aliases = _ALIASES[target]
    table = {normal(a): (f, 0) for f, names in aliases.items() for a in names.split("|")}
    if target == "contacts":
        table.update((a, (f, 1)) for a, f in _SECOND_CHOICE.items())
    found: dict[str, list[tuple[int, int]]] = {}
    mapping = ColumnMap(target, list(header))
    for index, column in enumerate(header):
        name = normal(column)
        hit = deal_hit(table, name) if target == "deals" else table.get(name)
        if target == "contacts":
            hit, name = _contact_hit(mapping, table, index, name, hit)
            group, rest = _group_and_rest(column)
            part = table.get(rest)
            if part and part[0] in ADDRESS_FIELDS and (group or not hit):
                hit = part
                mapping.groups[index] = group
            elif hit and hit[0] in ADDRESS_FIELDS:
                mapping.groups[index] = ""
        if hit:
            found.setdefault(hit[0], []).append((hit[1], index))
    for name, hits in found.items():
        best = min(rank for rank, _ in hits)
        mapping.fields[name] = [i for rank, i in hits if rank == best]
    if target == "contacts":
        _pair_label_columns(mapping)
    return mapping


def _contact_hit(mapping: ColumnMap, table: dict[str, tuple[str, int]], index: int,
                 name: str, hit: tuple[str, int] | None) -> tuple[tuple[str, int] | None, str]:
    """A contacts column's field once a tool's prefix ("Person - ") or a label word
    ("Mobile Phone", "Telefon geschäftlich") is taken off."""
    candidates = [name] + [name[len(p):] for p in _TOOL_PREFIXES if name.startswith(p)]
    for candidate in candidates:
        direct = table.get(candidate)
        rest, label = _without_label(candidate, table)
        labelled = table.get(rest)
        if labelled and labelled[0] in _LABELLED and (direct is None or direct[0] in _LABELLED):
            if label:
                mapping.labels[index] = label
            hit, name = labelled, candidate
            break
        if direct:
            hit, name = direct, candidate
            break
    if hit and hit[0] == "uid" and name in _ID_TOOLS:
        mapping.id_tool = _ID_TOOLS[name]
    return hit, name


_PAIRED = re.compile(r"^(.*?\d+)\s*-\s*(label|type|value)$")


def _pair_label_columns(mapping: ColumnMap) -> None:
    """Google's "E-mail 1 - Label" names the kind of "E-mail 1 - Value" (old
    exports: "- Type"); its "Event 1 - Value" is a birthday or an anniversary
    by its label."""
    labels: dict[str, int] = {}
    values: dict[str, int] = {}
    for index, column in enumerate(mapping.header):
        if match := _PAIRED.match(folded(column).strip()):
            (values if match.group(2) == "value" else labels)[match.group(1)] = index
    for key, index in values.items():
        if key in labels:
            mapping.label_columns[index] = labels[key]
            if key.startswith("event"):
                mapping.fields.setdefault("events", []).append(index)


def guess_by_content(header: Sequence[str], sample: Sequence[Sequence[str]],
                     target: Target) -> ColumnMap:
    """For a file without a header: a column that holds email addresses."""
    mapping = ColumnMap(target, list(header))
    for index in range(len(header)):
        values = [row[index].strip() for row in sample if index < len(row) and row[index].strip()]
        if values and sum(bool(EMAIL_PATTERN.fullmatch(v)) for v in values) * 2 > len(values):
            mapping.fields.setdefault("emails" if target == "contacts" else "email", []).append(index)
    return mapping


def parse_map_options(specs: Sequence[str]) -> dict[str, str]:
    """``["Mail=email", "3=phone"]`` -> ``{"Mail": "email", "3": "phone"}``."""
    result: dict[str, str] = {}
    for spec in specs:
        column, sep, name = spec.rpartition("=")
        if not sep or not column.strip() or not name.strip():
            raise ImportFileError(f"--map {spec!r} is not COLUMN=FIELD (e.g. --map \"Mail=email\")")
        result[column.strip()] = name.strip()
    return result


def apply_explicit(mapping: ColumnMap, explicit: Mapping[str, str]) -> ColumnMap:
    """Put the person's own choices over the guesses.

    A column is named by its header (any case) or its number from 1. Mapping a
    column to a one-value field replaces the guessed column for that field;
    email, phone and tag columns add to the guessed ones. ``ignore`` drops a column.
    """
    names = _MAP_NAMES[mapping.target]
    valid = set(_ALIASES[mapping.target])
    by_name = {h.strip().casefold(): i for i, h in reversed(list(enumerate(mapping.header)))}
    for column, wanted in explicit.items():
        index = by_name.get(column.casefold())
        if index is None and column.isdigit() and 1 <= int(column) <= len(mapping.header):
            index = int(column) - 1
        if index is None:
            shown = ", ".join(repr(h) for h in mapping.header[:30])
            raise ImportFileError(f"--map: the file has no column {column!r} "
                                  f"(its columns are {shown}; numbers from 1 work too)")
        key = wanted.strip().lower().replace(" ", "_").replace("-", "_")
        key = names.get(key, key)
        if key not in valid and key not in (IGNORE, "skip", "none"):
            raise ImportFileError(f"--map: {wanted!r} is not a field; use one of "
                                  f"{', '.join(target_fields(mapping.target))} or ignore")
        for cols in mapping.fields.values():
            if index in cols:
                cols.remove(index)
        if key in (IGNORE, "skip", "none"):
            continue
        chosen = mapping.explicit.setdefault(key, set())
        if not chosen and key not in LIST_FIELDS and key != "notes":
            mapping.fields[key] = []  # the person's column replaces the guess
        chosen.add(index)
        mapping.fields.setdefault(key, []).append(index)
        mapping.groups[index] = ""
    return mapping
