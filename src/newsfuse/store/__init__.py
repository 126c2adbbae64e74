"""The stream's state in one SQLite file: articles, events, assignments, brief versions.

`Store` is what ``newsfuse cluster --store``, ``newsfuse brief --store --event`` and the web
app share. Opening one is cheap (one connection, migrations checked), and one may be opened
per request or thread: SQLite runs in WAL mode, so readers never wait for the writer.

**Transactions.** Every write the stream makes is one transaction (`Store.transaction`): a
partition of prepared articles, or a window of assignments together with the events they
change and the learned IDF, or one brief version. Killing the process at any moment leaves
the file as of the last commit, and re-running picks up exactly what is missing (articles
are keyed by id; an article is *pending* until its assignment is committed), so nothing is
lost or stored twice. `Store.check` verifies exactly that.

The default store lives in the user's data folder (`default_path`, via platformdirs).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import sqlite3
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from newsfuse.models import Article, Brief
from newsfuse.settings import DEFAULT_SETTINGS, Settings
from newsfuse.store.schema import MIGRATIONS, SCHEMA_VERSION

if TYPE_CHECKING:
    from newsfuse.cluster import Candidate, Decision, EventState
    from newsfuse.stream.stages import Prepared

__all__ = [
    "MAX_BRIEF_STORIES",
    "SCHEMA_VERSION",
    "BriefVersion",
    "EventInfo",
    "Store",
    "StoreError",
    "default_path",
]

#: A stored event's brief is built from at most this many stories (the most recent).
MAX_BRIEF_STORIES = 40


class StoreError(Exception):
    """A store that cannot be used (newer schema, not a newsfuse store): one line for users."""


@dataclass(frozen=True)
class EventInfo:
    """One event as listed: ``size`` counts articles, copies included."""

    id: str
    title: str
    size: int
    first: dt.date | None
    last: dt.date | None


@dataclass(frozen=True)
class BriefVersion:
    """One stored version of an event's brief and what changed against the one before."""

    event_id: str
    version: int
    created: str
    article_ids: tuple[str, ...]
    changes: tuple[str, ...]
    brief: Brief


def default_path() -> Path:
    """``news.db`` in the user's data folder (platformdirs), created on first use."""
    from platformdirs import user_data_path

    return user_data_path("newsfuse", appauthor=False) / "news.db"


def assigned_count(path: Path) -> int:
    """How many articles the store at ``path`` has assigned, read-only and without waiting on
    a process that is writing it (crash tests watch a run's progress with it); -1 when it
    cannot be read (not created yet, locked)."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            return db.execute("SELECT count(*) FROM assignments").fetchone()[0]
        finally:
            db.close()
    except sqlite3.Error:
        return -1


def _date(value: str | None) -> dt.date | None:
    return None if value is None else dt.date.fromisoformat(value)


def _iso(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class Store:
    """An open newsfuse store (created when missing). Also a context manager."""

    def __init__(self, path: str | Path, settings: Settings = DEFAULT_SETTINGS) -> None:
        self.path = Path(path)
        self.settings = settings
        if str(path) != ":memory:":
            self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self._db = sqlite3.connect(
                str(path), timeout=60, isolation_level=None, check_same_thread=False
            )
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA synchronous=NORMAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._migrate()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{path}: not a newsfuse store ({err})") from None

    # ------------------------------------------------------------------ lifecycle

    def _migrate(self) -> None:
        version = self._db.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(
                f"{self.path}: store schema {version} is newer than this newsfuse "
                f"({SCHEMA_VERSION}); upgrade newsfuse"
            )
        if version == SCHEMA_VERSION:
            return
        with self.transaction() as db:
            # re-read inside the write lock: another process may have migrated meanwhile
            version = db.execute("PRAGMA user_version").fetchone()[0]
            for number in range(version, SCHEMA_VERSION):
                for statement in MIGRATIONS[number].split(";"):
                    if statement.strip():
                        db.execute(statement)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction (BEGIN IMMEDIATE ... COMMIT; ROLLBACK on any error)."""
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield self._db
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # ------------------------------------------------------------------ reading: the web API

    def list_events(self) -> list[EventInfo]:
        """Every event, newest (last date) first; undated events after dated ones."""
        rows = self._db.execute(
            "SELECT id, title, size, first, last FROM events "
            "ORDER BY last IS NULL, last DESC, size DESC, id"
        )
        return [EventInfo(r[0], r[1], r[2], _date(r[3]), _date(r[4])) for r in rows]

    def event(self, event_id: str) -> EventInfo:
        row = self._db.execute(
            "SELECT id, title, size, first, last FROM events WHERE id = ?", (event_id,)
        ).fetchone()
        if row is None:
            raise KeyError(event_id)
        return EventInfo(row[0], row[1], row[2], _date(row[3]), _date(row[4]))

    def event_articles(self, event_id: str) -> list[str]:
        """Article ids of an event, in publication order (copies included)."""
        rows = self._db.execute(
            "SELECT s.article_id FROM assignments s JOIN articles a ON a.id = s.article_id "
            "WHERE s.event_id = ? ORDER BY a.published IS NULL, a.published, a.ordinal",
            (event_id,),
        )
        return [r[0] for r in rows]

    def assignments(self) -> dict[str, str]:
        """Every assigned article id and its event id."""
        return dict(self._db.execute("SELECT article_id, event_id FROM assignments"))

    def events_document(self) -> dict[str, Any]:
        """The ``--json`` document of ``newsfuse cluster``: every event with its article ids
        (copies included, as extra outlets of their story) and its copies (copy id: the id of
        the story it copies)."""
        members: dict[str, list[str]] = {}
        copies: dict[str, dict[str, str]] = {}
        rows = self._db.execute(
            "SELECT s.event_id, s.article_id, s.dup_of FROM assignments s JOIN articles a "
            "ON a.id = s.article_id ORDER BY a.published IS NULL, a.published, a.ordinal"
        )
        for event_id, article_id, dup_of in rows:
            members.setdefault(event_id, []).append(article_id)
            if dup_of is not None:
                copies.setdefault(event_id, {})[article_id] = dup_of
        return {
            "events": [
                {
                    "id": e.id,
                    "title": e.title,
                    "articles": members.get(e.id, []),
                    "copies": copies.get(e.id, {}),
                    "first": _iso(e.first),
                    "last": _iso(e.last),
                    "size": e.size,
                }
                for e in self.list_events()
            ]
        }

    def counts(self) -> dict[str, int]:
        one = self._db.execute
        return {
            "articles": one("SELECT count(*) FROM articles").fetchone()[0],
            "pending": one("SELECT count(*) FROM articles WHERE assigned = 0").fetchone()[0],
            "events": one("SELECT count(*) FROM events").fetchone()[0],
            "copies": one("SELECT count(*) FROM assignments WHERE dup_of IS NOT NULL").fetchone()[
                0
            ],
            "briefs": one("SELECT count(*) FROM briefs").fetchone()[0],
        }

    def article(self, article_id: str) -> Article:
        """A stored article as ingest made it (raw text, headers, metadata)."""
        row = self._db.execute(
            "SELECT id, origin, title, outlet, url, published, metadata, raw_text, header_chars "
            "FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            raise KeyError(article_id)
        return _article(row)

    # ------------------------------------------------------------------ briefs

    def event_brief(self, event_id: str) -> Brief:
        """The latest brief of an event, built and stored first if it is stale or missing.

        Raises KeyError for an unknown event id.
        """
        return self.brief_version(event_id).brief

    def brief_version(self, event_id: str, rebuild: bool = False) -> BriefVersion:
        """The latest `BriefVersion` (built now when stale, missing, or ``rebuild``)."""
        row = self._db.execute(
            "SELECT brief_stale FROM events WHERE id = ?", (event_id,)
        ).fetchone()
        if row is None:
            raise KeyError(event_id)
        latest = self._latest_brief(event_id)
        if latest is not None and not row[0] and not rebuild:
            return latest
        return self._build_brief(event_id, latest)

    def brief_history(self, event_id: str) -> list[BriefVersion]:
        """Every stored version of an event's brief, oldest first."""
        self.event(event_id)
        rows = self._db.execute(
            "SELECT event_id, version, created, article_ids, changes, brief FROM briefs "
            "WHERE event_id = ? ORDER BY version",
            (event_id,),
        )
        return [_version(r) for r in rows]

    def has_brief(self, event_id: str) -> bool:
        return (
            self._db.execute("SELECT 1 FROM briefs WHERE event_id = ?", (event_id,)).fetchone()
            is not None
        )

    def _latest_brief(self, event_id: str) -> BriefVersion | None:
        row = self._db.execute(
            "SELECT event_id, version, created, article_ids, changes, brief FROM briefs "
            "WHERE event_id = ? ORDER BY version DESC LIMIT 1",
            (event_id,),
        ).fetchone()
        return None if row is None else _version(row)

    def _build_brief(self, event_id: str, previous: BriefVersion | None) -> BriefVersion:
        from newsfuse.models import Problem
        from newsfuse.pipeline import build_brief
        from newsfuse.stream.history import brief_changes

        rows = self._db.execute(
            "SELECT a.id, a.origin, a.title, a.outlet, a.url, a.published, a.metadata, "
            "a.raw_text, a.header_chars, s.dup_of FROM assignments s JOIN articles a "
            "ON a.id = s.article_id WHERE s.event_id = ? "
            "ORDER BY a.published IS NULL, a.published, a.ordinal",
            (event_id,),
        ).fetchall()
        stories = [_article(r[:9]) for r in rows if r[9] is None]
        problems: list[Problem] = []
        if len(stories) > MAX_BRIEF_STORIES:
            problems.append(
                Problem(
                    event_id,
                    f"{len(stories)} stories; the brief uses the {MAX_BRIEF_STORIES} most recent",
                    False,
                )
            )
            stories = stories[-MAX_BRIEF_STORIES:]
        origin_of = {r[0]: r[1] for r in rows}
        outlets: dict[str, list[str]] = {}
        for r in rows:
            if r[9] is not None:
                outlets.setdefault(r[9], []).append(r[3] or r[1])
        for story, copies in outlets.items():
            if story in origin_of:
                problems.append(
                    Problem(
                        origin_of[story],
                        f"also carried as near-identical copies by {len(copies)} more "
                        f"source(s) ({', '.join(copies[:5])}{', …' if len(copies) > 5 else ''});"
                        " counted as one source",
                        False,
                    )
                )
        brief = build_brief(stories, self.settings, problems)
        article_ids = tuple(a.id for a in stories)
        changes = tuple(brief_changes(previous.brief if previous else None, brief))
        version = (previous.version if previous else 0) + 1
        created = _now()
        with self.transaction() as db:
            db.execute(
                "INSERT INTO briefs (event_id, version, created, article_ids, brief, changes) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (
                    event_id,
                    version,
                    created,
                    json.dumps(article_ids),
                    brief.to_json(indent=None),
                    json.dumps(changes),
                ),
            )
            db.execute("UPDATE events SET brief_stale = 0 WHERE id = ?", (event_id,))
        return BriefVersion(event_id, version, created, article_ids, changes, brief)

    # ------------------------------------------------------------------ writing: the stream

    def begin_run(self, engine: str, inputs: Sequence[str]) -> int:
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO runs (started, engine, inputs) VALUES (?, ?, ?)",
                (_now(), engine, json.dumps(list(inputs))),
            )
            return int(cursor.lastrowid or 0)

    def finish_run(self, run: int, added: int, assigned: int) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE runs SET finished = ?, added = ?, assigned = ? WHERE id = ?",
                (_now(), added, assigned, run),
            )

    def next_ordinal(self) -> int:
        return int(
            self._db.execute("SELECT coalesce(max(ordinal), -1) + 1 FROM articles").fetchone()[0]
        )

    def stored_hashes(self, ids: Sequence[str]) -> dict[str, str]:
        """content hash of each of ``ids`` that is stored."""
        found: dict[str, str] = {}
        for lo in range(0, len(ids), 500):
            chunk = list(ids[lo : lo + 500])
            marks = ",".join("?" * len(chunk))
            found.update(
                self._db.execute(
                    f"SELECT id, content_hash FROM articles WHERE id IN ({marks})", chunk
                )
            )
        return found

    def add_articles(self, prepared: Sequence[tuple[int, Prepared]], run: int) -> int:
        """Store prepared articles (with their input ordinals) in one transaction; articles
        whose id is already stored are left alone. Returns how many were added."""
        added = 0
        with self.transaction() as db:
            for ordinal, p in prepared:
                a = p.article
                cursor = db.execute(
                    "INSERT OR IGNORE INTO articles (id, ordinal, origin, title, display_title, "
                    "outlet, url, published, metadata, content_hash, raw_text, header_chars, "
                    "chars, vector, signature, entities, run) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        a.id,
                        ordinal,
                        a.origin,
                        a.title,
                        p.title,
                        a.outlet,
                        a.url,
                        _iso(a.published),
                        json.dumps(a.metadata),
                        p.content_hash,
                        zlib.compress(a.raw_text.encode("utf-8", "surrogatepass"), 1),
                        len(a.raw_text) - len(a.text),
                        p.chars,
                        p.vector.to_bytes(),
                        p.signature.astype("<u4").tobytes(),
                        json.dumps(p.entities),
                        run,
                    ),
                )
                added += cursor.rowcount
        return added

    def pending_keys(self) -> list[tuple[str, str | None]]:
        """(id, published) of every article not yet assigned, in assignment order:
        publication date (undated last), then input ordinal."""
        return list(
            self._db.execute(
                "SELECT id, published FROM articles WHERE assigned = 0 "
                "ORDER BY published IS NULL, published, ordinal"
            )
        )

    def candidates(self, ids: Sequence[str]) -> list[Candidate]:
        """The assignment inputs of ``ids``, in the order given."""
        import numpy as np

        from newsfuse.cluster import Candidate, TermVector

        rows: dict[str, Candidate] = {}
        for lo in range(0, len(ids), 500):
            chunk = list(ids[lo : lo + 500])
            marks = ",".join("?" * len(chunk))
            for r in self._db.execute(
                "SELECT id, published, display_title, vector, signature FROM articles "
                f"WHERE id IN ({marks})",
                chunk,
            ):
                rows[r[0]] = Candidate(
                    r[0],
                    _date(r[1]),
                    r[2],
                    TermVector.from_bytes(r[3]),
                    np.frombuffer(r[4], dtype="<u4").astype(np.uint32),
                )
        return [rows[i] for i in ids]

    def state_blob(self, key: str) -> bytes | None:
        row = self._db.execute("SELECT value FROM state WHERE key = ?", (key,)).fetchone()
        return None if row is None else bytes(row[0])

    def meta(self, key: str) -> str | None:
        row = self._db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction() as db:
            db.execute("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)", (key, value))

    def active_events(
        self,
        lo: dt.date | None,
        hi: dt.date | None,
        cold_days: int,
        max_members: int,
        limit: int,
        skip: set[str],
    ) -> list[EventState]:
        """Events that can take articles dated ``lo``..``hi`` (all events, most recently
        updated first, when the window is undated), with their most recent members."""
        from newsfuse.cluster import EventState, Member, TermVector

        if lo is None or hi is None:
            rows = self._db.execute(
                "SELECT id, title, first, last, size FROM events "
                "ORDER BY updated_run DESC, rowid DESC LIMIT ?",
                (limit,),
            ).fetchall()
        else:
            rows = self._db.execute(
                "SELECT id, title, first, last, size FROM events WHERE last >= ? AND first <= ?",
                (
                    _iso(lo - dt.timedelta(days=cold_days)),
                    _iso(hi + dt.timedelta(days=cold_days)),
                ),
            ).fetchall()
        events = []
        for event_id, title, first, last, size in rows:
            if event_id in skip:
                continue
            members = self._db.execute(
                "SELECT article_id, published, weighted FROM assignments WHERE event_id = ? "
                "AND dup_of IS NULL ORDER BY published IS NOT NULL, published DESC, rowid DESC "
                "LIMIT ?",
                (event_id, max_members),
            ).fetchall()
            state = EventState(event_id, title, _date(first), _date(last), size)
            state.members = [
                Member(m[0], _date(m[1]), TermVector.from_bytes(m[2])) for m in reversed(members)
            ]
            events.append(state)
        return events

    def recent_signatures(
        self, since: dt.date | None, limit: int
    ) -> list[tuple[str, Any, dt.date | None, str]]:
        """Stories (not copies) for the copy index: (id, signature, published, event id),
        those published on or after ``since``, or the ``limit`` most recent undated ones."""
        import numpy as np

        if since is not None:
            rows = self._db.execute(
                "SELECT a.id, a.signature, a.published, s.event_id FROM assignments s "
                "JOIN articles a ON a.id = s.article_id WHERE s.dup_of IS NULL "
                "AND a.published >= ? ORDER BY a.published, a.ordinal",
                (_iso(since),),
            )
        else:
            rows = self._db.execute(
                "SELECT id, signature, published, event_id FROM (SELECT a.id, a.signature, "
                "a.published, s.event_id, a.ordinal FROM assignments s JOIN articles a "
                "ON a.id = s.article_id WHERE s.dup_of IS NULL AND a.published IS NULL "
                "ORDER BY a.ordinal DESC LIMIT ?) ORDER BY ordinal",
                (limit,),
            )
        return [
            (r[0], np.frombuffer(r[1], dtype="<u4").astype(np.uint32), _date(r[2]), r[3])
            for r in rows
        ]

    def commit_window(
        self,
        decisions: Sequence[Decision],
        candidates: Sequence[Candidate],
        run: int,
        idf_blob: bytes,
        idf_n: int,
    ) -> None:
        """One window's assignments, the events they change and the IDF, atomically."""
        by_id = {c.article_id: c for c in candidates}
        with self.transaction() as db:
            for d in decisions:
                c = by_id[d.article_id]
                published = _iso(c.published)
                if d.new_event:
                    db.execute(
                        "INSERT INTO events (id, title, first, last, size, stories, updated_run, "
                        "brief_stale) VALUES (?, ?, ?, ?, 0, 0, ?, 1)",
                        (d.event_id, c.title, published, published, run),
                    )
                db.execute(
                    "INSERT INTO assignments (article_id, event_id, dup_of, score, run, "
                    "published, weighted) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        d.article_id,
                        d.event_id,
                        d.dup_of,
                        d.score,
                        run,
                        published,
                        None if d.weighted is None else d.weighted.to_bytes(),
                    ),
                )
                db.execute(
                    "UPDATE events SET size = size + 1, stories = stories + ?, "
                    "first = CASE WHEN ? IS NULL THEN first WHEN first IS NULL OR ? < first "
                    "THEN ? ELSE first END, "
                    "last = CASE WHEN ? IS NULL THEN last WHEN last IS NULL OR ? > last "
                    "THEN ? ELSE last END, updated_run = ?, brief_stale = 1 WHERE id = ?",
                    (
                        0 if d.dup_of else 1,
                        published,
                        published,
                        published,
                        published,
                        published,
                        published,
                        run,
                        d.event_id,
                    ),
                )
                db.execute("UPDATE articles SET assigned = 1 WHERE id = ?", (d.article_id,))
            db.execute(
                "INSERT OR REPLACE INTO state (key, value) VALUES ('idf_df', ?)", (idf_blob,)
            )
            db.execute(
                "INSERT OR REPLACE INTO meta (key, value) VALUES ('idf_n', ?)", (str(idf_n),)
            )

    def touched_events(self, run: int) -> list[str]:
        return [
            r[0]
            for r in self._db.execute(
                "SELECT id FROM events WHERE updated_run = ? ORDER BY id", (run,)
            )
        ]

    # ------------------------------------------------------------------ consistency

    def check(self) -> list[str]:
        """Inconsistencies, one line each (empty when the store is consistent)."""
        one = self._db.execute
        problems: list[str] = []
        for event_id, size, stories, first, last, n, s, lo, hi in one(
            "SELECT e.id, e.size, e.stories, e.first, e.last, count(a.article_id), "
            "sum(a.dup_of IS NULL), min(a.published), max(a.published) FROM events e "
            "LEFT JOIN assignments a ON a.event_id = e.id GROUP BY e.id"
        ):
            if n == 0:
                problems.append(f"event {event_id} has no articles")
            if size != n or stories != (s or 0):
                problems.append(f"event {event_id}: size {size}/{stories} but {n}/{s} assignments")
            if (first, last) != (lo, hi):
                problems.append(f"event {event_id}: dates {first}..{last} but {lo}..{hi}")
        bad = one(
            "SELECT count(*) FROM articles a LEFT JOIN assignments s ON s.article_id = a.id "
            "WHERE (a.assigned = 1) != (s.article_id IS NOT NULL)"
        ).fetchone()[0]
        if bad:
            problems.append(f"{bad} article(s) whose assigned flag disagrees with assignments")
        orphans = one(
            "SELECT count(*) FROM assignments s LEFT JOIN events e ON e.id = s.event_id "
            "WHERE e.id IS NULL"
        ).fetchone()[0]
        if orphans:
            problems.append(f"{orphans} assignment(s) to unknown events")
        strays = one(
            "SELECT count(*) FROM assignments s JOIN assignments o ON o.article_id = s.dup_of "
            "WHERE o.event_id != s.event_id"
        ).fetchone()[0]
        if strays:
            problems.append(f"{strays} copies in another event than their story")
        return problems


def _article(row: Sequence[Any]) -> Article:
    article_id, origin, title, outlet, url, published, metadata, raw, header_chars = row
    raw_text = zlib.decompress(raw).decode("utf-8", "surrogatepass")
    return Article(
        id=article_id,
        origin=origin,
        raw_text=raw_text,
        text=raw_text[header_chars:],
        title=title,
        outlet=outlet,
        url=url,
        published=_date(published),
        metadata=json.loads(metadata),
    )


def _version(row: Sequence[Any]) -> BriefVersion:
    event_id, version, created, article_ids, changes, brief = row
    return BriefVersion(
        event_id,
        version,
        created,
        tuple(json.loads(article_ids)),
        tuple(json.loads(changes)),
        Brief.model_validate_json(brief),
    )
