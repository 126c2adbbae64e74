"""The store's schema, as numbered migrations (``PRAGMA user_version`` is the version applied).

A new version appends one entry to `MIGRATIONS`; opening a store applies the missing ones in
one transaction, so an old store is upgraded in place and a half-upgraded one cannot exist.

Tables:

* ``articles``: every article taken in, once (``id`` unique). ``ordinal`` is its position in the
  input (continuing after the previous run's last), the tie-break after the publication date,
  so both engines assign in the same order. The raw text is kept (zlib), since a brief cleans
  it again; the per-article stage outputs (raw term vector, MinHash signature, lead entities)
  are kept so an interrupted run never recomputes them. ``assigned`` is 0 until the article's
  assignment is written, in the same transaction.
* ``assignments``: where each article went: its event, the article it copies (``dup_of``,
  NULL for the first article of a story), the score, the run, and for a story's first article
  its idf-weighted vector (what later articles are compared with).
* ``events``: id, title, first/last publication date, size (articles), stories (articles that
  are not copies), the run that last changed it and ``brief_stale``.
* ``briefs``: brief versions per event: the brief JSON, the article ids it was built from, and
  the changes against the version before.
* ``runs``: one row per ``cluster`` run (inputs, counts, start and end).
* ``meta``/``state``: settings of the store (hash size, documents seen) and the IDF blob.
"""

from __future__ import annotations

MIGRATIONS: list[str] = [
    # version 1
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE state (key TEXT PRIMARY KEY, value BLOB NOT NULL);
    CREATE TABLE runs (
        id INTEGER PRIMARY KEY,
        started TEXT NOT NULL,
        finished TEXT,
        engine TEXT NOT NULL,
        inputs TEXT NOT NULL,
        added INTEGER NOT NULL DEFAULT 0,
        assigned INTEGER NOT NULL DEFAULT 0
    );
    CREATE TABLE articles (
        id TEXT PRIMARY KEY,
        ordinal INTEGER NOT NULL UNIQUE,
        origin TEXT NOT NULL,
        title TEXT,
        display_title TEXT NOT NULL,
        outlet TEXT,
        url TEXT,
        published TEXT,
        metadata TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        raw_text BLOB NOT NULL,
        header_chars INTEGER NOT NULL,
        chars INTEGER NOT NULL,
        vector BLOB NOT NULL,
        signature BLOB NOT NULL,
        entities TEXT NOT NULL,
        run INTEGER NOT NULL,
        assigned INTEGER NOT NULL DEFAULT 0
    );
    CREATE INDEX articles_pending ON articles (published, ordinal) WHERE assigned = 0;
    CREATE INDEX articles_origin ON articles (origin);
    CREATE TABLE events (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        first TEXT,
        last TEXT,
        size INTEGER NOT NULL,
        stories INTEGER NOT NULL,
        updated_run INTEGER NOT NULL,
        brief_stale INTEGER NOT NULL DEFAULT 1
    );
    CREATE INDEX events_last ON events (last);
    CREATE TABLE assignments (
        article_id TEXT PRIMARY KEY REFERENCES articles (id),
        event_id TEXT NOT NULL REFERENCES events (id),
        dup_of TEXT REFERENCES articles (id),
        score REAL NOT NULL,
        run INTEGER NOT NULL,
        published TEXT,
        weighted BLOB
    );
    CREATE INDEX assignments_event ON assignments (event_id, published);
    CREATE TABLE briefs (
        event_id TEXT NOT NULL REFERENCES events (id),
        version INTEGER NOT NULL,
        created TEXT NOT NULL,
        article_ids TEXT NOT NULL,
        brief TEXT NOT NULL,
        changes TEXT NOT NULL,
        PRIMARY KEY (event_id, version)
    );
    """,
]

SCHEMA_VERSION = len(MIGRATIONS)
