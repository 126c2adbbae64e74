"""The SQLite store: schema versions, the web app's interface, transactions, brief versions."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from newsfuse.models import Brief
from newsfuse.store import SCHEMA_VERSION, EventInfo, Store, StoreError, default_path
from newsfuse.stream import StreamOptions, cluster_paths
from tests._stream_data import articles, write_jsonl


@pytest.fixture
def filled(tmp_path):
    records = articles("quake", 3) + articles("merger", 2, day=20)
    inputs = write_jsonl(tmp_path / "in.jsonl", records)
    path = tmp_path / "news.db"
    with Store(path) as store:
        cluster_paths([str(inputs)], store, StreamOptions(briefs="none"))
    return path


def test_new_store_has_the_current_schema(tmp_path):
    path = tmp_path / "deep" / "news.db"
    with Store(path):
        pass
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"articles", "events", "assignments", "briefs"} <= tables


def test_newer_schema_or_other_file_is_refused(tmp_path):
    newer = tmp_path / "newer.db"
    sqlite3.connect(newer).execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(StoreError, match="newer"):
        Store(newer)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database at all" * 100)
    with pytest.raises(StoreError):
        Store(junk)


def test_default_path_is_in_the_user_data_folder():
    assert default_path().name == "news.db" and "newsfuse" in str(default_path())


def test_list_events_newest_first_and_event_brief(filled):
    with Store(filled) as store:
        events = store.list_events()
        assert [e.size for e in events] == [2, 3]
        assert all(isinstance(e, EventInfo) for e in events)
        assert events[0].last == dt.date(2024, 3, 21) and events[1].first == dt.date(2024, 3, 10)
        brief = store.event_brief(events[1].id)
        assert isinstance(brief, Brief) and len(brief.sources) == 3
        assert store.brief_version(events[1].id).version == 1  # stored, not rebuilt
        with pytest.raises(KeyError):
            store.event_brief("ev-nonexistent")
        assert store.check() == []


def test_one_store_per_thread(filled):
    from concurrent.futures import ThreadPoolExecutor

    def listing(_: int) -> int:
        with Store(filled) as store:
            return len(store.list_events())

    with ThreadPoolExecutor(4) as pool:
        assert list(pool.map(listing, range(8))) == [2] * 8


def test_a_failed_transaction_leaves_nothing(filled):
    with Store(filled) as store:
        before = store.counts()
        with pytest.raises(RuntimeError), store.transaction() as db:
            db.execute("DELETE FROM assignments")
            raise RuntimeError("killed half way")
        assert store.counts() == before and store.check() == []


def test_check_finds_an_inconsistent_event(filled):
    with Store(filled) as store:
        event = store.list_events()[0]
        with store.transaction() as db:
            db.execute("UPDATE events SET size = size + 1 WHERE id = ?", (event.id,))
        assert any(event.id in line for line in store.check())
