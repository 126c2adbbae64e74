"""Online event assignment: features, IDF, windows, time decay and cold events."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable

import numpy as np

from newsfuse.cluster import (
    Assigner,
    Candidate,
    ClusterConfig,
    Idf,
    TermVector,
    event_id_for,
    features,
)
from newsfuse.dedup import signature
from tests._stream_data import EVENTS, articles


def candidate(record: dict, date: dt.date | None = None) -> Candidate:
    vector = features(record["title"], record["text"])
    published = date if date is not None else dt.date.fromisoformat(record["time"])
    return Candidate(record["id"], published, record["title"], vector, signature(record["text"]))


def test_features_are_hashed_sorted_and_weigh_the_title():
    vector = features("Earthquake strikes", "A strong earthquake struck the valley.")
    assert np.all(np.diff(vector.indices) > 0)
    plain = features("", "A strong earthquake struck the valley.")
    assert vector.values.sum() > plain.values.sum()
    again = TermVector.from_bytes(vector.to_bytes())
    assert np.array_equal(again.indices, vector.indices)
    assert np.allclose(again.values, vector.values)


def test_idf_weighs_rare_terms_up_and_normalises():
    idf = Idf(20)
    common = features("", "report report")
    rare = features("", "report volcano")
    idf.update([common, common, rare])
    weighted = idf.weigh(rare)
    assert abs(float(np.dot(weighted.values, weighted.values)) - 1.0) < 1e-5
    values = dict(zip(weighted.indices.tolist(), weighted.values.tolist(), strict=True))
    report = features("", "report").indices[0]
    volcano = features("", "volcano").indices[0]
    assert values[volcano] > values[report]


def test_three_events_in_a_mixed_stream():
    records = [r for e in EVENTS for r in articles(e, 4)]
    records.sort(key=lambda r: (r["time"], r["id"]))
    decisions = Assigner().assign_window([candidate(r) for r in records])
    events: dict[str, set[str]] = {}
    for record, decision in zip(records, decisions, strict=True):
        events.setdefault(decision.event_id, set()).add(record["id"].split("-")[0])
    assert len(events) == 3
    assert all(len(kinds) == 1 for kinds in events.values())


def test_windows_do_not_change_the_grouping_of_a_clear_stream():
    records = [r for e in EVENTS for r in articles(e, 4)]
    one = Assigner().assign_window([candidate(r) for r in records])
    assigner = Assigner()
    split = assigner.assign_window([candidate(r) for r in records[:5]])
    split += assigner.assign_window([candidate(r) for r in records[5:]])
    assert [d.event_id for d in one] == [d.event_id for d in split]


def test_a_cold_event_is_not_joined():
    config = ClusterConfig(cold_days=5)
    first, later = articles("quake", 2)
    assigner = Assigner(config)
    (a,) = assigner.assign_window([candidate(first, dt.date(2024, 3, 1))])
    (b,) = assigner.assign_window([candidate(later, dt.date(2024, 4, 1))])
    assert b.new_event and b.event_id != a.event_id
    assert assigner.evict(dt.date(2024, 4, 1)) == [a.event_id]


def test_a_near_identical_copy_follows_its_story():
    (record,) = articles("merger", 1)
    copy = dict(record, id="merger-copy", outlet="syndicator")
    copy["text"] = record["text"] + " (Wire)"
    decisions = Assigner().assign_window([candidate(record), candidate(copy)])
    assert decisions[1].dup_of == record["id"]
    assert decisions[1].event_id == decisions[0].event_id and decisions[1].weighted is None


def test_undated_articles_get_no_decay_and_ids_are_stable():
    records = articles("election", 3)
    decisions = Assigner().assign_window(
        [dataclasses.replace(candidate(r), published=None) for r in records]
    )
    assert len({d.event_id for d in decisions}) == 1
    assert decisions[0].event_id == event_id_for(records[0]["id"])
    assert event_id_for("a") == event_id_for("a") != event_id_for("b")


def made(article_id: str, terms: Iterable[int], text: str | None = None) -> Candidate:
    """An undated candidate with these hashed terms (each of count 1); its text, which only
    its copy signature reads, is unique unless given."""
    indices = np.array(sorted(terms), np.int32)
    vector = TermVector(indices, np.ones(len(indices), np.float32))
    text = text or " ".join(f"{article_id}word{k}" for k in range(30))
    return Candidate(article_id, None, article_id, vector, signature(text))


def test_the_mean_over_members_keeps_a_bridging_article_from_chaining():
    """b shares half its terms with a2 and none with a1: best member alone chains it into a1's
    event; mixed with the mean over members (a1, a2) its score falls below the bar."""
    window = [made("a1", [1, 2, 3, 4]), made("a2", [3, 4, 5, 6]), made("b", [5, 6, 7, 8])]
    # every pair that shares two terms has cosine 0.43 after IDF; the bar for 4-term texts is
    # 0.18 * (100 / 4) ** 0.25 = 0.40
    chained = ClusterConfig(threshold=0.18, best_weight=1.0)
    mixed = ClusterConfig(threshold=0.18, best_weight=0.7)
    best_only = [d.event_id for d in Assigner(chained).assign_window(window)]
    with_mean = [d.event_id for d in Assigner(mixed).assign_window(window)]
    assert best_only[0] == best_only[1] == best_only[2]
    assert with_mean[0] == with_mean[1] != with_mean[2]


def _late_partners() -> list[Candidate]:
    """x comes first; y shares a tenth of x's terms (below the bar, so y opens an event) and z
    shares 40 with x and 60 with y, so online z joins y, the closer one, and x stays alone."""
    x = made("x", range(100))
    y = made("y", [*range(200, 290), *range(10)])
    z = made("z", [*range(40), *range(200, 260)])
    others = [made(f"n{k}", range(1000 + 100 * k, 1100 + 100 * k)) for k in range(5)]
    return [x, y, z, *others]


def test_an_article_moves_to_the_event_that_formed_after_it():
    window = _late_partners()
    online = Assigner(ClusterConfig(refine_passes=0)).assign_window(window)
    assert online[0].event_id != online[1].event_id == online[2].event_id

    assigner = Assigner()
    x, y, z = assigner.assign_window(window)[:3]
    assert x.event_id == y.event_id == z.event_id == online[1].event_id
    # the event is opened by its first article in the window; x's own event is gone
    assert (x.new_event, y.new_event, z.new_event) == (True, False, False)
    event = assigner.events[x.event_id]
    assert (event.size, [m.article_id for m in event.members]) == (3, ["x", "y", "z"])
    assert online[0].event_id not in assigner.events
    assert assigner.story_event["x"] == x.event_id
    assert x.score >= 0.21 * (100 / 100) ** 0.25


def test_a_copy_follows_its_original_when_it_moves():
    window = _late_partners()
    copy = made("x-copy", range(100), text=" ".join(f"xword{k}" for k in range(30)))
    window[0] = made("x", range(100), text=" ".join(f"xword{k}" for k in range(30)))
    decisions = Assigner().assign_window([*window[:3], copy, *window[3:]])
    assert decisions[3].dup_of == "x"
    assert decisions[3].event_id == decisions[0].event_id == decisions[1].event_id


def _chained() -> tuple[list[Candidate], list[Candidate], list[Candidate]]:
    """Two stories (a, b) and x, which shares most of its terms with both: online, x joins a's
    event and b's reports follow x in, one event of seven."""
    a = [made(f"a{i}", [*range(30), *range(1000 + 50 * i, 1020 + 50 * i)]) for i in range(3)]
    x = made("x", [*range(25), *range(100, 125)])
    b = [made(f"b{i}", [*range(100, 130), *range(2000 + 50 * i, 2020 + 50 * i)]) for i in range(3)]
    others = [made(f"n{k}", range(5000 + 100 * k, 5100 + 100 * k)) for k in range(6)]
    return [*a, x], b, others


def test_an_event_two_stories_chained_is_split_in_two() -> None:
    first, second, others = _chained()
    window = [*first, *second, *others]
    chained = Assigner(ClusterConfig(split_factor=0)).assign_window(window)
    assert len({d.event_id for d in chained[:7]}) == 1

    decisions = Assigner().assign_window(window)
    a_event = {d.event_id for d in decisions[:4]}
    b_event = {d.event_id for d in decisions[4:7]}
    assert len(a_event) == len(b_event) == 1 and a_event != b_event
    # b's event is opened by its first report, and is named after it
    assert [d.new_event for d in decisions[4:7]] == [True, False, False]
    assert b_event == {event_id_for("b0")}


def test_a_chain_across_windows_splits_off_only_the_new_articles() -> None:
    """a's event is stored; in the next window x bridges b's reports onto it. b's reports
    leave it as one event (x, closer to a's, stays); had the b's been stored with it, nothing
    would move."""
    first, second, others = _chained()
    *a, x = first
    assigner = Assigner()
    stored = assigner.assign_window([*a, *others[:3]])
    later = assigner.assign_window([x, *second, *others[3:]])
    assert later[0].event_id == stored[0].event_id
    assert {d.event_id for d in later[1:4]} == {event_id_for("b0")}
    event = assigner.events[stored[0].event_id]
    assert [m.article_id for m in event.members] == ["a0", "a1", "a2", "x"]

    # a store whose chain was stored whole (before splitting existed): b2 stays with b0, b1
    assigner = Assigner(ClusterConfig(split_factor=0))
    stored = assigner.assign_window([*first, *second[:2], *others[:3]])
    assert len({d.event_id for d in stored[:6]}) == 1
    assigner.config = ClusterConfig()
    later = assigner.assign_window([second[2], *others[3:]])
    assert later[0].event_id == stored[0].event_id
