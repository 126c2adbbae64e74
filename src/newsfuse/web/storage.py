"""The web app's own briefs: one SQLite table, so briefs survive a restart.

One row per brief: a random id, when it was made (UTC, ISO 8601), a title and source count for
listings, and the brief's JSON exactly as the contract serialises it. A connection is opened
per call (cheap for SQLite) so the store is safe to use from the threads that build briefs;
WAL mode lets readers go on while a brief is written.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import secrets
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from newsfuse.models import Brief

__all__ = ["BriefInfo", "BriefStore", "default_db_path", "valid_id"]

_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_SCHEMA = """
CREATE TABLE IF NOT EXISTS briefs (
    id      TEXT PRIMARY KEY,
    created TEXT NOT NULL,
    title   TEXT,
    sources INTEGER NOT NULL,
    brief   TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS briefs_created ON briefs (created);
"""


def default_db_path() -> Path:
    """``briefs.db`` in the user's data folder (e.g. ``~/.local/share/newsfuse``)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("newsfuse", appauthor=False)) / "briefs.db"


def valid_id(value: str) -> bool:
    """Whether ``value`` can be a brief id (letters, digits, ``-``, ``_``; at most 64)."""
    return bool(_ID.match(value))


@dataclass(frozen=True, slots=True)
class BriefInfo:
    id: str
    created: str
    title: str | None
    sources: int


class BriefStore:
    """Briefs by id in one SQLite file (created with its folder if missing)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with closing(self._connect()) as db, db:
            db.execute("PRAGMA journal_mode=WAL")
            db.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=30)

    def add(self, brief: Brief, brief_id: str | None = None) -> BriefInfo:
        """Store a brief under a new random id (or ``brief_id``, replacing what was there)."""
        info = BriefInfo(
            id=brief_id or secrets.token_hex(8),
            created=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            title=brief.event.title,
            sources=len(brief.sources),
        )
        with closing(self._connect()) as db, db:
            db.execute(
                "INSERT OR REPLACE INTO briefs (id, created, title, sources, brief) "
                "VALUES (?, ?, ?, ?, ?)",
                (info.id, info.created, info.title, info.sources, brief.to_json(indent=None)),
            )
        return info

    def get_json(self, brief_id: str) -> dict[str, Any] | None:
        """The stored brief as JSON data (as the contract serialises it), or None."""
        with closing(self._connect()) as db:
            row = db.execute("SELECT brief FROM briefs WHERE id = ?", (brief_id,)).fetchone()
        return None if row is None else json.loads(row[0])

    def get(self, brief_id: str) -> Brief | None:
        data = self.get_json(brief_id)
        return None if data is None else Brief.model_validate(data)

    def recent(self, limit: int = 20) -> list[BriefInfo]:
        """The newest briefs first."""
        with closing(self._connect()) as db:
            rows = db.execute(
                "SELECT id, created, title, sources FROM briefs "
                "ORDER BY created DESC, rowid DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return [BriefInfo(*row) for row in rows]
