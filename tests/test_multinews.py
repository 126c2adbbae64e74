"""Real, messy data: the pipeline on Multi-News validation clusters never fails or overruns."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from newsfuse.ingest import read_inputs
from newsfuse.pipeline import build_brief
from newsfuse.settings import Settings

N_CLUSTERS = 30


@pytest.mark.data
@pytest.mark.parametrize("words", [120, 300])
def test_first_30_multinews_clusters_brief_within_budget(
    shared_data: Path, tmp_path: Path, words: int
) -> None:
    source = shared_data / "multinews" / "validation.jsonl"
    sample = tmp_path / "sample.jsonl"
    with source.open(encoding="utf-8") as lines:
        sample.write_text("".join(itertools.islice(lines, N_CLUSTERS)), encoding="utf-8")
    ingested = read_inputs([str(sample)])
    clusters = itertools.groupby(ingested.articles, key=lambda a: a.id.split("#")[0])
    settings = Settings(words=words)
    briefed = 0
    for cluster_id, articles in clusters:
        brief = build_brief(list(articles), settings)
        n_words = sum(len(s.text.split()) for s in brief.summary)
        assert 0 < n_words <= words, f"{cluster_id}: {n_words} words"
        texts = {s.id: s.text for s in brief.sources}
        for sentence in brief.summary:
            for ev in sentence.evidence:
                assert texts[ev.source][ev.start : ev.end] == ev.quote
        json.loads(brief.to_json())
        briefed += 1
    assert briefed == N_CLUSTERS
