"""The Dask engine runs the same stages on a small LocalCluster and finds the same events."""

from __future__ import annotations

import pytest

from newsfuse.store import Store
from newsfuse.stream import StreamOptions, cluster_paths
from tests._stream_data import articles, write_jsonl

pytest.importorskip("dask.distributed")


def events_of(path):
    with Store(path) as store:
        return sorted(
            (e.id, tuple(store.event_articles(e.id)), e.size) for e in store.list_events()
        ), store.check()


def test_dask_gives_the_same_events_as_local(tmp_path):
    records = [r for e in ("quake", "election", "merger") for r in articles(e, 6)]
    copy = dict(records[0], id="quake-copy")
    copy["text"] = records[0]["text"] + " (Wire)"
    records.append(copy)
    inputs = str(write_jsonl(tmp_path / "in.jsonl", records))
    with Store(tmp_path / "local.db") as store:
        local = cluster_paths([inputs], store, StreamOptions(engine="local", briefs="none"))
    with Store(tmp_path / "dask.db") as store:
        options = StreamOptions(engine="dask", workers=2, partition_size=4, briefs="none")
        distributed = cluster_paths([inputs], store, options)
    assert distributed.added == local.added == len(records)
    assert distributed.copies == local.copies >= 1
    local_events, local_problems = events_of(tmp_path / "local.db")
    dask_events, dask_problems = events_of(tmp_path / "dask.db")
    assert local_events == dask_events
    assert local_problems == dask_problems == []


def test_dask_message_logs_stay_bounded(tmp_path, monkeypatch):
    """Dask logs the last messages of each batched connection; ours carry whole partitions of
    text, so the engine caps those logs (they once held ~1,000 partitions each)."""
    from distributed import batched

    from newsfuse.stream import DASK_LOG_LENGTH

    made = []
    init = batched.BatchedSend.__init__

    def recording_init(self, *args, **kwargs):
        init(self, *args, **kwargs)
        made.append(self)

    monkeypatch.setattr(batched.BatchedSend, "__init__", recording_init)
    records = [r for e in ("quake", "election", "merger") for r in articles(e, 12)]
    inputs = str(write_jsonl(tmp_path / "in.jsonl", records))
    with Store(tmp_path / "dask.db") as store:
        options = StreamOptions(engine="dask", workers=1, partition_size=1, briefs="none")
        report = cluster_paths([inputs], store, options)
    assert report.added == len(records) > DASK_LOG_LENGTH
    assert made, "the client and scheduler open batched connections in this process"
    assert all(b.recent_message_log.maxlen == DASK_LOG_LENGTH for b in made)
    assert max(len(b.recent_message_log) for b in made) == DASK_LOG_LENGTH
