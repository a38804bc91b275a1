"""The contact full-text index: DDL shared by migrations, and query building.

On SQLite it is an FTS5 external-content table over ``contact.search_text``,
kept in step by triggers; on PostgreSQL a GIN index over a ``simple``
tsvector. Either way a search is an index lookup, never a ``LIKE '%q%'`` scan.

A batch migration that rebuilds the ``contact`` table drops its triggers with
it: such a migration must run :func:`drop` before and :func:`create`
after (a migration test checks the triggers exist).
"""

from __future__ import annotations

import re

SQLITE_DDL = (
    "CREATE VIRTUAL TABLE contact_fts USING fts5(search_text, content='contact', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER contact_fts_ai AFTER INSERT ON contact BEGIN "
    "INSERT INTO contact_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER contact_fts_ad AFTER DELETE ON contact BEGIN "
    "INSERT INTO contact_fts(contact_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER contact_fts_au AFTER UPDATE OF search_text ON contact BEGIN "
    "INSERT INTO contact_fts(contact_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO contact_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "INSERT INTO contact_fts(contact_fts) VALUES ('rebuild')",
)
SQLITE_TRIGGERS = ("contact_fts_ai", "contact_fts_ad", "contact_fts_au")
# Deleted entries stay in FTS5's segments until they are merged: an erase merges
# them all at once, so an erased name is gone from the index's pages too.
SQLITE_PURGE = "INSERT INTO contact_fts(contact_fts) VALUES ('optimize')"
# PostgreSQL's parser keeps "ann@example.io" as one word, while queries are
# split at punctuation (as FTS5 splits text): index the text split the same way.
POSTGRES_DOCUMENT = (
    "to_tsvector('simple', regexp_replace(search_text, '[^[:alnum:]]+', ' ', 'g'))"
)
POSTGRES_DDL = (f"CREATE INDEX contact_fts_gin ON contact USING gin (({POSTGRES_DOCUMENT}))",)
_TOKEN = re.compile(r"\w+", re.UNICODE)


def create(dialect: str) -> tuple[str, ...]:
    return SQLITE_DDL if dialect == "sqlite" else POSTGRES_DDL


def drop(dialect: str) -> tuple[str, ...]:
    if dialect == "sqlite":
        return (*(f"DROP TRIGGER IF EXISTS {t}" for t in SQLITE_TRIGGERS),
                "DROP TABLE IF EXISTS contact_fts")
    return ("DROP INDEX IF EXISTS contact_fts_gin",)


#: The most of a typed search or filter that is used: whatever is pasted (50k
#: characters, a NUL), both dialects get the same bounded, cleaned text.
MAX_FILTER_CHARS = 200
MAX_WORD_CHARS = 64


def filter_text(typed: str) -> str:
    """A typed search or filter, cleaned (control bytes, NUL included, removed) and
    cut to :data:`MAX_FILTER_CHARS`: a LIKE pattern SQLite never finds too complex,
    and no byte PostgreSQL refuses."""
    from tuicrm.textclean import clean_text

    return clean_text(typed.replace("\x00", ""), multiline=False)[:MAX_FILTER_CHARS]


def tokens(query: str) -> list[str]:
    """Words of a typed query; punctuation splits words as the index does."""
    return [t.lower()[:MAX_WORD_CHARS] for t in _TOKEN.findall(filter_text(query))][:12]


def sqlite_match(words: list[str]) -> str:
    """An FTS5 query: every word as a prefix. Words are \\w+ only: no syntax."""
    return " ".join(f'"{w}"*' for w in words)


def postgres_tsquery(words: list[str]) -> str:
    return " & ".join(f"{w}:*" for w in words)
