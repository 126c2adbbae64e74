"""The evaluation harness: `newsfuse eval`, the peers, the budget rule and the citation check."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfuse.cli import app
from newsfuse.evaluate import evaluate, newsfuse_summaries
from newsfuse.evaluate.citations import check_citations, numbers
from newsfuse.evaluate.datasets import DEFAULT_WORDS, EvalCluster, load_dataset
from newsfuse.evaluate.peers import PEERS, SumyTokenizer, fill, lead
from newsfuse.models import Sentence
from newsfuse.settings import Settings

runner = CliRunner()
N = 3
DATA_PATHS = {"multinews": "multinews/validation.jsonl", "allsides": "allsides"}
ROUGE_KEYS = ("rouge1_f", "rouge2_f", "rougeL_f", "rouge1_r", "rouge2_r", "rougeL_r")
NEWSFUSE_KEYS = (
    *ROUGE_KEYS,
    "citation_precision",
    "seconds",
    "seconds_p95",
    "model_load_seconds",
    "reports_seconds",
)
TIMING_KEYS = {"seconds", "seconds_p95", "model_load_seconds", "reports_seconds"}


def _cluster(*articles: list[str], cluster_id: str = "c") -> EvalCluster:
    """A hand-made cluster: one list of sentence texts per article."""
    sentences = []
    for k, texts in enumerate(articles):
        offset = 0
        for i, text in enumerate(texts):
            sentences.append(Sentence(f"a{k}", i, offset, offset + len(text), text))
            offset += len(text) + 1
    return EvalCluster(cluster_id, (), tuple(sentences), ("reference",))


@pytest.fixture(scope="module", params=sorted(DATA_PATHS))
def cli_run(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple:
    """`newsfuse eval` with every peer on the first clusters of one dataset, and its JSON."""
    from .conftest import SHARED_DATA

    if not SHARED_DATA.is_dir():
        pytest.skip(f"evaluation data not found at {SHARED_DATA} (../shared/data beside the repo)")
    dataset = request.param
    path = SHARED_DATA / DATA_PATHS[dataset]
    out = tmp_path_factory.mktemp("eval") / "eval.json"
    args = ["eval", "--dataset", dataset, str(path), "--limit", str(N), "--json", str(out)]
    result = runner.invoke(app, [*args, "--peers", "lead,lexrank,textrank,random"])
    assert result.exit_code == 0, result.output
    return dataset, path, json.loads(out.read_text(encoding="utf-8")), result.output


@pytest.mark.data
def test_cli_writes_documented_json_and_prints_table(cli_run: tuple) -> None:
    dataset, _, figures, output = cli_run
    assert figures["dataset"] == dataset
    assert figures["n"] == N
    assert figures["words"] == DEFAULT_WORDS[dataset]
    systems = figures["systems"]
    assert {"newsfuse", "lead", "lexrank", "textrank", "random"} <= set(systems)
    for key in NEWSFUSE_KEYS:
        assert isinstance(systems["newsfuse"][key], int | float), key
        assert math.isfinite(systems["newsfuse"][key]), key
    for name in ("lead", "lexrank", "textrank", "random"):
        for key in (*ROUGE_KEYS, "seconds", "seconds_p95"):
            assert 0 <= systems[name][key] <= 100, (name, key)
    assert 0.0 <= systems["newsfuse"]["citation_precision"] <= 1.0
    assert 0.0 < systems["newsfuse"]["rouge1_f"] <= 100
    for name in systems:
        assert name in output  # the table names every system


@pytest.mark.data
def test_scores_are_deterministic_across_runs(cli_run: tuple) -> None:
    dataset, path, figures, _ = cli_run
    again = evaluate(dataset, path, limit=N).to_dict()
    for name, first in figures["systems"].items():
        for key, value in first.items():
            if key not in TIMING_KEYS:
                assert again["systems"][name][key] == value, (name, key)


@pytest.mark.data
@pytest.mark.parametrize("dataset", sorted(DATA_PATHS))
def test_every_system_respects_the_budget(shared_data: Path, dataset: str) -> None:
    budget = DEFAULT_WORDS[dataset]
    settings = Settings(words=budget)
    for cluster in load_dataset(dataset, shared_data / DATA_PATHS[dataset], limit=N):
        texts = [s.text for s in cluster.sentences]
        enough = sum(len(t.split()) for t in texts) >= budget
        for name, peer in PEERS.items():
            words = sum(len(s.split()) for s in fill(texts, peer(cluster), budget))
            assert words == budget if enough else words <= budget, (cluster.id, name)
        product, filled, claims, _ = newsfuse_summaries(cluster, settings)
        assert sum(len(s.split()) for s in product) <= budget
        assert sum(len(s.split()) for s in filled) <= budget
        assert filled[: len(product) - 1] == product[: len(product) - 1]
        assert [c[0] for c in claims] == product


@pytest.mark.data
def test_allsides_titles_are_first_sentences(shared_data: Path) -> None:
    cluster = next(load_dataset("allsides", shared_data / "allsides", limit=1))
    for article in cluster.articles:
        first = next(s for s in cluster.sentences if s.article_id == article.id)
        assert first.index == 0 and article.text.startswith(first.text)
        assert article.text[first.start : first.end] == first.text


def test_lead_takes_first_sentences_round_robin() -> None:
    cluster = _cluster(["A1 a.", "A2 a.", "A3 a."], ["B1 b."], ["C1 c.", "C2 c."])
    texts = [s.text for s in cluster.sentences]
    assert [texts[i] for i in lead(cluster)] == [
        "A1 a.",
        "B1 b.",
        "C1 c.",
        "A2 a.",
        "C2 c.",
        "A3 a.",
    ]
    # the summary keeps cluster order; the round-robin only decides what is taken
    assert fill(texts, lead(cluster), 6) == ["A1 a.", "B1 b.", "C1 c."]


def test_fill_cuts_the_last_sentence_at_the_budget_word() -> None:
    texts = ["one two three", "four five six seven", "eight"]
    assert fill(texts, [1, 0, 2], 5) == ["one", "four five six seven"]
    assert fill(texts, [2, 0], 100) == ["one two three", "eight"]
    assert fill(texts, [0], 0) == []


def test_random_peer_is_seeded_by_cluster_id() -> None:
    texts = [f"Sentence number {i} here." for i in range(30)]
    a = _cluster(texts, cluster_id="x")
    assert PEERS["random"](a) == PEERS["random"](_cluster(texts, cluster_id="x"))
    assert PEERS["random"](a) != PEERS["random"](_cluster(texts, cluster_id="y"))


def test_sumy_peers_rank_every_sentence_with_our_tokenizer() -> None:
    tokenizer = SumyTokenizer()
    assert tokenizer.to_words("It's 14 rockets, the U.S. said.") == (
        "It's",
        "rockets",
        "the",
        "U",
        "S",
        "said",
    )
    assert len(tokenizer.to_sentences("One here. Two there.")) == 2
    cluster = _cluster(
        ["Rockets hit the air base on Wednesday.", "Officials said two people were hurt."],
        ["Two people were hurt when rockets hit the base.", "The weather was mild."],
    )
    for name in ("lexrank", "textrank"):
        assert sorted(PEERS[name](cluster)) == [0, 1, 2, 3]


def test_citation_check_accepts_support_and_catches_wrong_citations() -> None:
    sentences = [
        Sentence("a", 0, 0, 0, "At least 14 rockets struck the Ain al-Asad air base on Wednesday."),
        Sentence("b", 0, 0, 0, "Fourteen rockets hit the base, wounding two service members."),
        Sentence("b", 1, 0, 0, "On Wednesday 14 rockets struck Ain al-Asad air base in Iraq."),
        Sentence("c", 0, 0, 0, "The city council approved a new budget for public libraries."),
        Sentence("d", 0, 0, 0, "At least 30 rockets struck the Ain al-Asad air base on Wednesday."),
    ]
    claim = sentences[0].text
    report = check_citations([(claim, ["a", "b", "c", "d", "zz"], "a")], sentences)
    verdict = {c.source: c.supported for c in report.checks}
    # own source and a restating source pass; an unrelated source, a source whose number
    # differs (30 vs 14) and a source not in the cluster are caught
    assert verdict == {"a": True, "b": True, "c": False, "d": False, "zz": False}
    assert report.precision == pytest.approx(2 / 5)
    assert report.support_precision == pytest.approx(1 / 4)
    assert check_citations([], sentences).precision is None


def test_citation_check_reads_number_words() -> None:
    sentences = [
        Sentence(
            "a", 0, 0, 0, "The Treasury sanctioned seven oligarchs and 12 of their companies."
        ),
        Sentence("b", 0, 0, 0, "Seven oligarchs and a dozen of their companies were sanctioned."),
        Sentence("c", 0, 0, 0, "Treasury sanctioned seven oligarchs and ten of their companies."),
        Sentence("d", 0, 0, 0, "Three people were hurt when the rockets hit the base."),
        Sentence("e", 0, 0, 0, "Two people were hurt when the rockets hit the base."),
    ]
    claims = [(sentences[0].text, ["b", "c"], "a"), (sentences[3].text, ["e"], "d")]
    verdict = {
        (c.claim[:5], c.source): c.supported for c in check_citations(claims, sentences).checks
    }
    # "a dozen" states 12; "ten" does not; a count written as a word must match too (3 vs 2)
    assert verdict == {("The T", "b"): True, ("The T", "c"): False, ("Three", "e"): False}
    # "one" is too often a pronoun to count as a number
    assert numbers("No one was hurt in the attack.") == set()


def test_eval_missing_path_is_one_line_error(tmp_path: Path) -> None:
    missing = tmp_path / "nope.jsonl"
    result = runner.invoke(app, ["eval", "--dataset", "multinews", str(missing)])
    assert result.exit_code == 1
    assert "no such file" in result.output and "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    folder = runner.invoke(app, ["eval", "--dataset", "allsides", str(tmp_path)])
    assert folder.exit_code == 1 and "val.source" in folder.output


def test_eval_unknown_dataset_or_peer_is_a_usage_error(tmp_path: Path) -> None:
    assert runner.invoke(app, ["eval", "--dataset", "cnn", str(tmp_path)]).exit_code == 2
    result = runner.invoke(app, ["eval", "-d", "allsides", str(tmp_path), "--peers", "lead,gpt"])
    assert result.exit_code == 2 and "gpt" in result.output


# --- Timeline17: timeline dates against journalists' timelines ---------------------------------

TIMELINE17_FOLDERS = ("H1N1_guardian", "H1N1_bbc")
TIMELINE17_ARTICLES = 20
PRF_KEYS = ("precision", "recall", "f1")


@pytest.fixture(scope="module")
def timeline17_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small Timeline17 root: the first articles of two real folders and their gold timelines
    (copied to a temporary folder, never into the repository)."""
    from .conftest import SHARED_DATA

    source = SHARED_DATA / "timeline17"
    if not source.is_dir():
        pytest.skip(f"evaluation data not found at {source} (../shared/data beside the repo)")
    root = tmp_path_factory.mktemp("timeline17")
    for name in TIMELINE17_FOLDERS:
        folder = root / name
        folder.mkdir()
        lines = (source / name / "articles.jsonl").read_text(encoding="utf-8").splitlines()
        (folder / "articles.jsonl").write_text(
            "\n".join(lines[:TIMELINE17_ARTICLES]) + "\n", encoding="utf-8"
        )
        (folder / "timelines.jsonl").write_bytes((source / name / "timelines.jsonl").read_bytes())
    return root


@pytest.mark.data
def test_timeline17_cli_json_has_baselines_and_metrics_in_range(
    timeline17_root: Path, tmp_path: Path
) -> None:
    out = tmp_path / "tl.json"
    args = ["eval", "--dataset", "timeline17", str(timeline17_root), "--json", str(out)]
    result = runner.invoke(app, [*args, "--limit", "1", "--jobs", "1"])
    assert result.exit_code == 0, result.output
    figures = json.loads(out.read_text(encoding="utf-8"))
    assert figures["dataset"] == "timeline17" and figures["n"] == 1
    assert set(figures["systems"]) == {"newsfuse", "top-published", "top-mentioned"}
    (folder,) = figures["folders"]
    assert folder["folder"] == sorted(TIMELINE17_FOLDERS)[0]
    assert 0 < folder["articles"] <= TIMELINE17_ARTICLES
    assert folder["timeline_dates"] and all(k > 0 for k in folder["timeline_dates"])
    for name, scores in figures["systems"].items():
        for key in PRF_KEYS:
            assert 0.0 <= scores[key] <= 1.0, (name, key)
            assert scores[key] == folder["systems"][name][key]  # one folder: mean = folder
        assert 0 <= scores["dates"] <= max(folder["timeline_dates"])
    # the baselines predict exactly k dates when there are that many candidates
    assert figures["systems"]["top-published"]["dates"] > 0
    assert {"segment", "extract", "timeline", "total", "wall"} <= set(figures["seconds"])
    assert "mean over folders" in result.output and "top-mentioned" in result.output


@pytest.mark.data
def test_timeline17_is_deterministic_and_parallel_runs_agree(timeline17_root: Path) -> None:
    from newsfuse.evaluate.timelines import evaluate_timelines

    once = evaluate_timelines(timeline17_root, jobs=1).to_dict()
    twice = evaluate_timelines(timeline17_root, jobs=2).to_dict()
    assert once["n"] == twice["n"] == len(TIMELINE17_FOLDERS)
    assert once["systems"] == twice["systems"]
    strip = [{k: v for k, v in f.items() if k != "seconds"} for f in once["folders"]]
    assert strip == [{k: v for k, v in f.items() if k != "seconds"} for f in twice["folders"]]
    # a topic folder given directly is evaluated alone
    name = TIMELINE17_FOLDERS[1]
    alone = evaluate_timelines(timeline17_root / name, jobs=1).to_dict()
    (same,) = [f for f in once["folders"] if f["folder"] == name]
    assert alone["n"] == 1 and alone["folders"][0]["systems"] == same["systems"]


def test_date_metric_and_top_dates() -> None:
    import datetime as dt
    from collections import Counter

    from newsfuse.evaluate.timelines import date_prf, top_dates

    d = [dt.date(2010, 4, day) for day in range(1, 6)]
    assert date_prf({d[0], d[1]}, {d[1], d[2], d[3], d[4]}) == (0.5, 0.25, pytest.approx(1 / 3))
    assert date_prf(set(), {d[0]}) == (0.0, 0.0, 0.0)
    assert date_prf({d[0]}, {d[1]}) == (0.0, 0.0, 0.0)
    # most frequent first; a tie goes to the earlier date
    assert top_dates(Counter({d[3]: 2, d[2]: 2, d[0]: 1, d[4]: 3}), 2) == {d[4], d[2]}


def test_timeline17_bad_path_is_one_line_error(tmp_path: Path) -> None:
    missing = runner.invoke(app, ["eval", "--dataset", "timeline17", str(tmp_path / "nope")])
    assert missing.exit_code == 1 and "no such file" in missing.output
    empty = runner.invoke(app, ["eval", "--dataset", "timeline17", str(tmp_path)])
    assert empty.exit_code == 1 and "articles.jsonl" in empty.output
    assert "Traceback" not in empty.output and len(empty.output.strip().splitlines()) == 1


def _held_out_sets(root: Path) -> None:
    """Tiny sets under the names a held-out split has: test.jsonl, test.source/test.target."""
    multinews = root / "multinews"
    multinews.mkdir()
    record = {
        "id": "t1",
        "documents": [
            "Fourteen rockets hit the Ain al-Asad air base in western Iraq on Wednesday. "
            "Two people were slightly injured, a coalition spokesman said.",
            "At least 14 rockets struck the base, which hosts US troops. Two were hurt.",
        ],
        "summary": "– Fourteen rockets hit a base in Iraq, injuring two people.",
    }
    (multinews / "test.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    allsides = root / "allsides"
    allsides.mkdir()
    parts = [
        f"TITLE=> Rockets hit Iraqi base {k}. ARTICLE=> Fourteen rockets hit the Ain al-Asad "
        f"air base on Wednesday, officials said. Two people were injured in attack {k}."
        for k in ("one", "two", "three")
    ]
    (allsides / "test.source").write_text(" [SEP] ".join(parts) + "\n", encoding="utf-8")
    (allsides / "test.target").write_text(
        "TITLE=> Rockets Hit Iraqi Base. ARTICLE=> Fourteen rockets hit an air base.\n",
        encoding="utf-8",
    )


def test_eval_reads_held_out_files_under_other_names(tmp_path: Path) -> None:
    _held_out_sets(tmp_path)
    for dataset, folder in (("multinews", "multinews"), ("allsides", "allsides")):
        for path in (tmp_path / folder, tmp_path):  # the set's folder, or the folder above it
            clusters = list(load_dataset(dataset, path))
            assert len(clusters) == 1 and clusters[0].sentences, (dataset, path)
    result = runner.invoke(app, ["eval", "-d", "allsides", str(tmp_path / "allsides")])
    assert result.exit_code == 0, result.output
    # two candidate files and neither is the development file: the user must name one
    (tmp_path / "allsides" / "train.source").write_text("", encoding="utf-8")
    several = runner.invoke(app, ["eval", "-d", "allsides", str(tmp_path / "allsides")])
    assert several.exit_code == 1 and "test.source, train.source" in several.output


def test_an_opening_is_filled_with_its_own_next_sentences_that_fit_an_opening() -> None:
    from tests.test_summarize import make_cluster
    from tests.test_summarize_lead import OPENING, SPREAD

    junk = "Click here to subscribe to our newsletter."
    articles, sentences = make_cluster([[*OPENING[:3], junk, OPENING[3]], *SPREAD])
    cluster = EvalCluster("c", tuple(articles), tuple(sentences), ("reference",))
    product, filled, _, _ = newsfuse_summaries(cluster, Settings(words=40))
    assert product == OPENING[1:3]
    # the opening goes on past the newsletter prompt, as it would with more words
    assert filled[:2] == OPENING[1:3] and junk not in " ".join(filled)
    left = 40 - sum(len(text.split()) for text in OPENING[1:3])
    assert filled[2] == " ".join(OPENING[3].split()[:left])
