"""The stream end to end: ids, re-runs, incremental updates, brief history, SIGKILL."""

from __future__ import annotations

import itertools
import json
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsfuse.cli import app
from newsfuse.cluster import ClusterConfig
from newsfuse.ingest import iter_inputs, read_inputs
from newsfuse.models import Article
from newsfuse.store import Store, assigned_count
from newsfuse.stream import StreamOptions, cluster_paths, cluster_stream, stream_settings
from tests._stream_data import articles, write_jsonl
from tests.conftest import DEMO


def run(paths, store_path, **options):
    with Store(store_path) as store:
        return cluster_paths([str(p) for p in paths], store, StreamOptions(**options))


def test_iter_inputs_streams_what_read_inputs_returns(tmp_path):
    path = write_jsonl(tmp_path / "a.jsonl", articles("quake", 3))
    items = iter_inputs([str(path)])
    first = next(items)
    assert isinstance(first, Article) and first.id == "quake-0"
    assert [a.id for a in read_inputs([str(path)]).articles] == ["quake-0", "quake-1", "quake-2"]


def test_record_ids_are_kept_and_files_are_named_by_path(tmp_path):
    write_jsonl(tmp_path / "feed.jsonl", articles("quake", 2))
    shutil.copy(DEMO / "000_0756a231a2a7d022.txt", tmp_path / "one.txt")
    store_path = tmp_path / "news.db"
    run([tmp_path], store_path)
    with Store(store_path) as store:
        ids = set(store.assignments())
    assert ids == {"quake-0", "quake-1", str(tmp_path / "one.txt")}


def test_rerun_adds_nothing_and_a_new_folder_touches_only_its_events(tmp_path):
    day1 = tmp_path / "day1"
    day1.mkdir()
    write_jsonl(day1 / "a.jsonl", articles("quake", 3) + articles("merger", 3, day=20))
    store_path = tmp_path / "news.db"
    first = run([day1], store_path)
    assert first.added == 6 and len(first.touched) == 2
    with Store(store_path) as store:
        before = {e.id: e.size for e in store.list_events()}
        quake = next(e for e in store.list_events() if e.size == 3 and "Earthquake" in e.title)
        v1 = store.brief_version(quake.id)  # a user looked at it

    again = run([day1], store_path)
    assert (again.added, again.known, again.assigned, again.touched) == (0, 6, 0, [])

    day2 = tmp_path / "day2"
    day2.mkdir()
    write_jsonl(day2 / "b.jsonl", articles("quake", 2, start=3))
    later = run([day1, day2], store_path)
    assert later.added == 2 and later.touched == [quake.id]
    with Store(store_path) as store:
        after = {e.id: e.size for e in store.list_events()}
        assert after == {**before, quake.id: 5}
        history = store.brief_history(quake.id)
        assert store.check() == []
    assert [v.version for v in history] == [1, 2] and history[0].article_ids == v1.article_ids
    assert any(line.startswith("new source S4") for line in history[1].changes)
    assert later.briefs and later.briefs[0][0] == quake.id


def test_a_copy_stays_attached_and_the_brief_counts_it_once(tmp_path):
    records = articles("merger", 2)
    copy = dict(records[0], id="merger-copy", outlet="syndicator")
    copy["text"] = records[0]["text"] + " (Wire)"
    store_path = tmp_path / "news.db"
    report = run([write_jsonl(tmp_path / "in.jsonl", [*records, copy])], store_path)
    assert report.copies == 1
    with Store(store_path) as store:
        (event,) = store.list_events()
        assert event.size == 3
        brief = store.event_brief(event.id)
    assert len(brief.sources) == 2
    assert any("near-identical" in w and "syndicator" in w for w in brief.warnings)


def _dup_of(store_path: Path) -> dict[str, str | None]:
    import sqlite3

    db = sqlite3.connect(store_path)
    try:
        return dict(db.execute("SELECT article_id, dup_of FROM assignments"))
    finally:
        db.close()


def test_an_exact_copy_under_another_id_is_attached_not_dropped(tmp_path):
    """One wire story in two records (other id, other outlet, same text) is two outlets of one
    story, as a near-identical copy is; the same record repeated is still one article."""
    from typer.testing import CliRunner

    records = articles("merger", 2)
    copy = dict(records[0], id="merger-wire", outlet="syndicator")
    repeat = dict(records[1])  # the same record again: same id, same text
    inputs = write_jsonl(tmp_path / "in.jsonl", [*records, copy, repeat])
    store_path = tmp_path / "news.db"
    events_json = tmp_path / "e.json"
    cli = ["cluster", str(inputs), "--store", str(store_path), "--json", str(events_json)]
    result = CliRunner().invoke(app, cli)
    assert result.exit_code == 0, result.output
    assert "1 copies" in result.output and "duplicate of" in result.output
    assert _dup_of(store_path) == {"merger-0": None, "merger-1": None, "merger-wire": "merger-0"}
    (event,) = json.loads(events_json.read_text())["events"]
    assert event["articles"] == ["merger-0", "merger-wire", "merger-1"] and event["size"] == 3
    assert event["copies"] == {"merger-wire": "merger-0"}
    with Store(store_path) as store:
        assert store.check() == []
        brief = store.event_brief(event["id"])
    assert len(brief.sources) == 2
    assert any("by 1 more source(s) (syndicator)" in w for w in brief.warnings)

    again = CliRunner().invoke(app, cli)
    assert again.exit_code == 0, again.output
    assert "0 new, 3 already stored" in again.output
    assert len(_dup_of(store_path)) == 3


def test_articles_without_dates_and_problems_are_reported(tmp_path):
    items = [
        Article("a1", "a1", "Fire in the harbour warehouse.", "Fire in the harbour warehouse."),
        Article("a2", "a2", "   ", "   "),
    ]
    with Store(tmp_path / "news.db") as store:
        report = cluster_stream(items, store, StreamOptions(briefs="none"))
        assert report.added == 1 and any("no article text" in str(p) for p in report.problems)
        assert store.list_events()[0].first is None


def test_stream_settings_lift_the_single_brief_run_limits():
    import dataclasses

    from newsfuse.settings import Settings

    names = {f.name for f in dataclasses.fields(Settings)}
    settings = stream_settings()
    for name in ("max_articles", "max_run_chars"):
        if name in names:
            assert getattr(settings, name) > 10**12


def test_cli_cluster_json_and_stored_brief(tmp_path):
    from typer.testing import CliRunner

    inputs = write_jsonl(tmp_path / "in.jsonl", articles("election", 3))
    store_path = tmp_path / "news.db"
    runner = CliRunner()
    events_json = str(tmp_path / "e.json")
    result = runner.invoke(
        app, ["cluster", str(inputs), "--store", str(store_path), "--json", events_json]
    )
    assert result.exit_code == 0, result.output
    document = json.loads((tmp_path / "e.json").read_text())
    (event,) = document["events"]
    assert set(event) >= {"id", "title", "articles", "first", "last"}
    assert event["articles"] == ["election-0", "election-1", "election-2"]
    assert event["copies"] == {}
    brief = runner.invoke(
        app, ["brief", "--store", str(store_path), "--event", event["id"], "--json", "-"]
    )
    assert brief.exit_code == 0, brief.output
    assert json.loads(brief.stdout[brief.stdout.index("{") :])["sources"]
    unknown = runner.invoke(app, ["brief", "--store", str(store_path), "--event", "ev-none"])
    assert unknown.exit_code == 1
    # a word budget is honoured (it had been ignored: the stored brief was shown), and the
    # stored versions are untouched by it
    cli = ["brief", "--store", str(store_path), "--event", event["id"], "--json", "-"]
    short = runner.invoke(app, [*cli, "--words", "12"])
    assert short.exit_code == 0, short.output
    summary = json.loads(short.stdout[short.stdout.index("{") :])["summary"]
    assert sum(len(s["text"].split()) for s in summary) <= 12
    again = runner.invoke(app, cli)
    assert json.loads(again.stdout[again.stdout.index("{") :]) == json.loads(
        brief.stdout[brief.stdout.index("{") :]
    )


def test_sigkill_midway_then_rerun_loses_and_duplicates_nothing(tmp_path):
    """Three SIGKILLs (issue 7's loop, small): at a random moment, inside the assignment phase
    (right after its first window commits), at a random moment again. The store is consistent
    after every kill, and a last full run ends with every input article exactly once.

    The random moments are fractions of how long one whole run takes on this machine (timed
    first, on a store of its own): fixed delays of 1-4 s outlasted every run on a fast
    machine, and the test then killed nothing."""
    records = [r for e in ("quake", "election", "merger") for r in articles(e, 30)]
    inputs = write_jsonl(tmp_path / "in.jsonl", records)
    store_path = tmp_path / "news.db"
    command = [str(Path(sys.executable).parent / "newsfuse"), "cluster", str(inputs), "-q"]
    command += ["--partition-size", "10", "--window", "10"]
    cli = [*command, "--store", str(store_path)]
    started = time.monotonic()
    subprocess.run([*command, "--store", str(tmp_path / "timing.db")], check=True)
    whole_run = time.monotonic() - started
    rng = random.Random(3)
    killed = 0
    for kill in range(3):
        before = max(0, assigned_count(store_path))
        process = subprocess.Popen(cli, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        if kill == 1:  # inside the assignment phase
            deadline = time.monotonic() + 120
            while process.poll() is None and assigned_count(store_path) <= before:
                assert time.monotonic() < deadline
                time.sleep(0.005)
        else:
            time.sleep(rng.uniform(0.5, 0.95) * whole_run)
        if process.poll() is None:
            process.send_signal(signal.SIGKILL)
            killed += 1
        process.wait()
        if store_path.exists():
            with Store(store_path) as store:
                assert store.check() == []
                assert set(store.assignments()) <= {r["id"] for r in records}
    assert subprocess.run(cli, capture_output=True).returncode == 0
    with Store(store_path) as store:
        assert store.check() == []
        assert sorted(store.assignments()) == sorted(r["id"] for r in records)
        assert store.counts()["pending"] == 0
    if killed == 0:
        pytest.skip("every run finished before its kill (machine too fast for the delays)")


_WORDS = [
    "".join(w) for w in itertools.product("bdfgklmnprstvz", "aeiou", "bdfgklmnprstvz", "aeiou")
]


def _late_partner_articles() -> list[Article]:
    """x first; y shares 10 of x's words and opens an event; z is closer to y than to x (the
    same shape as tests/test_cluster.py's, in words)."""
    spans = {
        "x": range(100),
        "y": [*range(200, 290), *range(10)],
        "z": [*range(40), *range(200, 260)],
        **{f"n{k}": range(1000 + 100 * k, 1100 + 100 * k) for k in range(5)},
    }
    return [
        Article.from_text(" ".join(_WORDS[k] for k in span) + ".", id=i)
        for i, span in spans.items()
    ]


@pytest.mark.parametrize(
    ("options", "x_joins"),
    [({}, True), ({"config": ClusterConfig(refine_passes=0)}, False), ({"window": 2}, False)],
)
def test_a_refined_window_is_stored_consistently(tmp_path, options, x_joins):
    """Refinement moves x into the event y and z formed after it, and the store agrees; an
    article of an earlier window (window of 2: x and y are committed before z) never moves."""
    with Store(tmp_path / "news.db") as store:
        report = cluster_stream(
            _late_partner_articles(), store, StreamOptions(briefs=False, **options)
        )
        assigned = store.assignments()
        assert store.check() == []
        events = {e.id: e for e in store.list_events()}
    assert assigned["y"] == assigned["z"]
    assert (assigned["x"] == assigned["y"]) is x_joins
    assert report.new_events == len(events) == (6 if x_joins else 7)
    assert events[assigned["y"]].size == (3 if x_joins else 2)


def test_a_split_chain_is_stored_consistently(tmp_path):
    """The chained stories of tests/test_cluster.py, in words: two events, each in the store."""
    spans = {
        **{f"a{i}": [*range(30), *range(1000 + 50 * i, 1020 + 50 * i)] for i in range(3)},
        "x": [*range(25), *range(100, 125)],
        **{f"b{i}": [*range(100, 130), *range(2000 + 50 * i, 2020 + 50 * i)] for i in range(3)},
        **{f"n{k}": range(3000 + 100 * k, 3100 + 100 * k) for k in range(6)},
    }
    found = [
        Article.from_text(" ".join(_WORDS[k] for k in s) + ".", id=i) for i, s in spans.items()
    ]
    with Store(tmp_path / "news.db") as store:
        cluster_stream(found, store, StreamOptions(briefs=False))
        assigned = store.assignments()
        assert store.check() == []
        sizes = {e.id: e.size for e in store.list_events()}
    assert len({assigned[f"a{i}"] for i in range(3)} | {assigned["x"]}) == 1
    assert len({assigned[f"b{i}"] for i in range(3)}) == 1
    assert assigned["a0"] != assigned["b0"]
    assert sizes[assigned["a0"]] == 4 and sizes[assigned["b0"]] == 3
