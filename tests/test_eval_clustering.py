"""BCubed, the labelled streams and the baselines of `newsfuse eval --dataset clustering`."""

from __future__ import annotations

import pytest

from newsfuse.evaluate.clustering import (
    bcubed,
    detect_set,
    evaluate_clustering,
    labelled_stream,
    tfidf_threshold,
)


def test_bcubed_known_values():
    truth = ["a", "a", "b", "b"]
    assert bcubed(["x", "x", "y", "y"], truth) == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    one = bcubed(["x"] * 4, truth)
    assert one["precision"] == 0.5 and one["recall"] == 1.0
    singles = bcubed(["1", "2", "3", "4"], truth)
    assert singles["precision"] == 1.0 and singles["recall"] == 0.5
    # Amigó et al.'s example shape: a wrong item costs its own cluster's precision
    mixed = bcubed(["x", "x", "x", "y"], truth)
    assert round(mixed["precision"], 4) == round((2 / 3 + 2 / 3 + 1 / 3 + 1) / 4, 4)


def test_tfidf_threshold_groups_identical_texts():
    labels = tfidf_threshold(["volcano erupts ash", "bank raises rates", "volcano erupts"], 0.5)
    assert labels[0] == labels[2] != labels[1]


def test_detect_set(shared_data):
    assert detect_set(shared_data / "multinews" / "validation.jsonl") == "multinews"
    assert detect_set(shared_data / "multinews") == "multinews"
    assert detect_set(shared_data / "allsides") == "allsides"
    with pytest.raises(Exception, match="not a Multi-News"):
        detect_set(shared_data / "timeline17")


@pytest.mark.data
def test_labelled_stream_is_shuffled_and_seeded(shared_data):
    articles, truth = labelled_stream("allsides", shared_data / "allsides", limit=10)
    again, _ = labelled_stream("allsides", shared_data / "allsides", limit=10)
    assert len(articles) == 30 and len(set(truth.values())) == 10
    assert [a.id for a in articles] == [a.id for a in again]
    assert [a.id for a in articles] != sorted(a.id for a in articles)


@pytest.mark.data
def test_eval_on_a_slice_scores_newsfuse_and_baselines(shared_data):
    result = evaluate_clustering("multinews", shared_data / "multinews", limit=15)
    assert set(result.systems) == {
        "newsfuse",
        "singletons",
        "tfidf-threshold",
        "tfidf-threshold-other-set",
    }
    assert result.systems["singletons"]["precision"] == 1.0
    assert 0.5 < result.systems["newsfuse"]["f1"] <= 1.0
    document = result.to_dict()
    assert document["dataset"] == "clustering-multinews" and document["true_events"] == 15


@pytest.mark.data
def test_eval_scores_again_without_the_pages_cleaning_empties(shared_data):
    """Two of the first 15 Multi-News clusters hold a Wayback Machine crawl notice: scored
    with every item, each is an event of its own; the second scoring leaves them out, with
    the baselines re-run on the same subset."""
    result = evaluate_clustering("multinews", shared_data / "multinews", limit=15)
    left_out = result.articles - result.with_text
    assert left_out >= 2 and result.with_text_events == 15
    assert set(result.systems_with_text) == set(result.systems)
    everything, with_text = result.systems["newsfuse"], result.systems_with_text["newsfuse"]
    assert with_text["events"] == everything["events"] - left_out
    assert with_text["recall"] > everything["recall"]
    assert result.systems_with_text["singletons"]["events"] == result.with_text
    document = result.to_dict()["with_text"]
    assert document["articles"] == result.with_text and "newsfuse" in document["systems"]


@pytest.mark.data
def test_cli_eval_clustering_detects_the_set(shared_data):
    import json

    from typer.testing import CliRunner

    from newsfuse.cli import app

    runner = CliRunner()
    args = ["eval", "--dataset", "clustering", str(shared_data / "allsides"), "--limit", "5"]
    result = runner.invoke(app, [*args, "--json", "-"])
    assert result.exit_code == 0, result.output
    document = json.loads(result.stdout[result.stdout.index("{") :])
    assert document["dataset"] == "clustering-allsides" and document["articles"] == 15
    named = runner.invoke(app, ["eval", "--dataset", "clustering-nope", str(shared_data)])
    assert named.exit_code == 2


@pytest.mark.data
def test_cli_eval_clustering_seed_changes_the_order_only(shared_data):
    import json

    from typer.testing import CliRunner

    from newsfuse.cli import app

    runner = CliRunner()
    args = ["eval", "--dataset", "clustering", str(shared_data / "allsides"), "--limit", "5"]

    def run(*extra: str) -> dict:
        result = runner.invoke(app, [*args, *extra, "--json", "-"])
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout[result.stdout.index("{") :])

    default, thirteen, seven = run(), run("--seed", "13"), run("--seed", "7")
    assert "random.Random(13)" in thirteen["notes"]["order"]
    assert "random.Random(7)" in seven["notes"]["order"]
    assert default["notes"] == thirteen["notes"]
    assert default["systems"]["newsfuse"] == {
        **thirteen["systems"]["newsfuse"],
        "seconds": default["systems"]["newsfuse"]["seconds"],
        "articles_per_second": default["systems"]["newsfuse"]["articles_per_second"],
    }
    assert seven["articles"] == thirteen["articles"] == 15


def test_detect_set_finds_held_out_files_under_other_names(tmp_path):
    from tests.test_eval import _held_out_sets

    _held_out_sets(tmp_path)
    assert detect_set(tmp_path / "multinews") == "multinews"
    assert detect_set(tmp_path / "allsides") == "allsides"
    assert detect_set(tmp_path / "allsides" / "test.source") == "allsides"
    with pytest.raises(Exception, match="not a Multi-News"):
        detect_set(tmp_path / "allsides" / "test.target")
