"""End to end: the CLI and the Python API on the demo cluster, and on bad input."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest
from typer.testing import CliRunner

import newsfuse
from newsfuse.cli import app
from newsfuse.models import brief_json_schema
from newsfuse.pipeline import NoUsableInput

from .conftest import DEMO, ROOT

runner = CliRunner()
BOILERPLATE = ("comment policy", "getty images", "contributed to this report", "by ahmed rasheed")


@pytest.fixture(scope="module")
def demo_json(tmp_path_factory: pytest.TempPathFactory) -> dict:
    out = tmp_path_factory.mktemp("demo") / "out.json"
    result = runner.invoke(app, ["brief", str(DEMO), "--json", str(out)])
    assert result.exit_code == 0, result.output
    return json.loads(out.read_text(encoding="utf-8"))


def test_demo_brief_validates_against_published_schema(demo_json: dict) -> None:
    jsonschema.validate(demo_json, brief_json_schema())
    assert demo_json["schema"] == "newsfuse.brief/1"
    for key in ("facts", "conflicts", "timeline", "entities"):
        assert isinstance(demo_json[key], list)


def test_published_schema_file_is_current() -> None:
    published = json.loads((ROOT / "docs" / "brief.schema.json").read_text(encoding="utf-8"))
    assert published == brief_json_schema(), (
        "run `make schema` to regenerate docs/brief.schema.json"
    )


def test_demo_sources_map_to_input_files(demo_json: dict) -> None:
    sources = demo_json["sources"]
    assert [s["id"] for s in sources] == ["S1", "S2", "S3", "S4", "S5"]
    assert [Path(s["path"]).name for s in sources] == sorted(p.name for p in DEMO.glob("*.txt"))
    published = {Path(s["path"]).name[:3]: s["published"] for s in sources}
    assert published["000"] == "2021-07-08"
    assert published["001"] is None  # no date in the file: unknown, never a guess


def test_demo_summary_cites_several_sources_and_is_clean(demo_json: dict) -> None:
    summary = demo_json["summary"]
    assert summary, "empty summary"
    cited = {sid for sentence in summary for sid in sentence["sources"]}
    assert len(cited) >= 3
    text = " ".join(s["text"] for s in summary)
    assert len(text.split()) <= 120
    for junk in BOILERPLATE:
        assert junk not in text.lower()
    for sentence in summary:
        assert not re.search(r"\bU\.S\.$", sentence["text"]), sentence["text"]
        assert "\n" not in sentence["text"]
        assert sentence["text"][-1] in ".!?\"'”’)", sentence["text"]


def test_every_evidence_quote_is_an_exact_span_of_its_source(demo_json: dict) -> None:
    texts = {s["id"]: s["text"] for s in demo_json["sources"]}
    for sentence in demo_json["summary"]:
        assert sentence["evidence"][0]["quote"] == sentence["text"]
        assert {e["source"] for e in sentence["evidence"]} == set(sentence["sources"])
        for ev in sentence["evidence"]:
            assert texts[ev["source"]][ev["start"] : ev["end"]] == ev["quote"]


def test_api_returns_the_same_brief_as_the_cli(demo_json: dict) -> None:
    api = json.loads(newsfuse.brief(DEMO).to_json())
    assert api == demo_json


def test_words_budget_is_respected() -> None:
    result = newsfuse.brief(DEMO, words=40)
    assert 0 < sum(len(s.text.split()) for s in result.summary) <= 40


def test_markdown_output_has_cited_summary_and_sources(tmp_path: Path) -> None:
    md = tmp_path / "brief.md"
    result = runner.invoke(app, ["brief", str(DEMO), "--md", str(md), "-q"])
    assert result.exit_code == 0, result.output
    text = md.read_text(encoding="utf-8")
    assert "## Summary" in text and "## Sources" in text
    assert re.search(r"\[S\d(, S\d)*\]", text)
    header = text.splitlines()[2]  # the event line under the title
    assert "event date 2021-07-07" in header
    assert "claimed by The brigades to avenge al-Muhandis" in header
    # each summary sentence is a paragraph: single lines would render as one run-on paragraph
    summary = text.split("## Summary\n\n", 1)[1].split("\n\n## ", 1)[0]
    paragraphs = summary.split("\n\n")
    assert len(paragraphs) == len(newsfuse.brief(DEMO).summary) > 1
    assert all("\n" not in p and re.search(r"\[S\d(, S\d)*\]", p) for p in paragraphs)


def test_stdin_article(tmp_path: Path) -> None:
    article = (DEMO / "003_b2321c9bb404d768.txt").read_text(encoding="utf-8")
    result = runner.invoke(app, ["brief", "-", "--json", "-"], input=article)
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    assert len(brief["sources"]) == 1 and brief["summary"]


# ---------------------------------------------------------------------------- bad input


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the real console script, so a traceback would show up exactly as a user sees it."""
    exe = Path(sys.executable).with_name("newsfuse")
    return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=120)


def test_nonexistent_path_fails_with_one_line_naming_it(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    proc = _run("brief", str(missing))
    assert proc.returncode == 1
    assert str(missing) in proc.stderr
    assert "Traceback" not in proc.stderr + proc.stdout


def test_bad_inputs_are_skipped_and_the_rest_is_briefed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 20)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF-1.4 fake")
    french = "Le caf\xe9 de la place a rouvert mardi apr\xe8s deux ans de travaux, selon la mairie."
    (tmp_path / "latin1.txt").write_bytes(french.encode("latin-1"))
    good = tmp_path / "a_good.txt"
    good.write_text(
        (DEMO / "003_b2321c9bb404d768.txt").read_text(encoding="utf-8"), encoding="utf-8"
    )
    (tmp_path / "b_copy.txt").write_text(good.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "b.json"
    proc = _run("brief", str(tmp_path), str(tmp_path / "notes.pdf"), "--json", str(out), "-q")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    for name in ("empty.txt", "binary.txt", "notes.pdf", "latin1.txt", "b_copy.txt"):
        assert name in proc.stderr, f"{name} not reported:\n{proc.stderr}"
    brief = json.loads(out.read_text(encoding="utf-8"))
    paths = sorted(Path(s["path"]).name for s in brief["sources"])
    assert paths == ["a_good.txt", "latin1.txt"]
    assert len(brief["warnings"]) >= 5


def test_empty_folder_exits_non_zero(tmp_path: Path) -> None:
    proc = _run("brief", str(tmp_path))
    assert proc.returncode == 1
    assert str(tmp_path) in proc.stderr
    assert "Traceback" not in proc.stderr


def test_unwritable_output_is_a_clear_error(tmp_path: Path) -> None:
    proc = _run("brief", str(DEMO), "--json", str(tmp_path / "missing-dir" / "b.json"), "-q")
    assert proc.returncode == 1
    assert "cannot write" in proc.stderr and "Traceback" not in proc.stderr


def test_api_raises_with_reasons_when_nothing_is_usable(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("   \n")
    with pytest.raises(NoUsableInput) as err:
        newsfuse.brief(tmp_path)
    assert any("empty.txt" in str(p) for p in err.value.problems)
    # the message says why, and the error is the package's own
    with pytest.raises(newsfuse.NoUsableInput, match="nope: no such file or directory"):
        newsfuse.brief(tmp_path / "nope")


def test_an_article_given_as_text_is_briefed_like_a_file() -> None:
    path = next(DEMO.glob("004_*.txt"))  # no header lines for ingest to lift
    from_text = newsfuse.brief(newsfuse.Article.from_text(path.read_text("utf-8"), id="wire"))
    assert from_text.sources[0].path == "wire"
    assert [s.text for s in from_text.summary] == [s.text for s in newsfuse.brief(path).summary]


def test_rules_entity_backend_gives_the_same_facts_and_conflicts(
    demo_json: dict, tmp_path: Path
) -> None:
    out = tmp_path / "rules.json"
    result = runner.invoke(app, ["brief", str(DEMO), "--ner", "rules", "--json", str(out), "-q"])
    assert result.exit_code == 0, result.output
    rules = json.loads(out.read_text(encoding="utf-8"))
    assert [f["statement"] for f in rules["facts"]] == [f["statement"] for f in demo_json["facts"]]
    values = [[v["value"] for v in c["variants"]] for c in rules["conflicts"]]
    assert values == [[v["value"] for v in c["variants"]] for c in demo_json["conflicts"]]
    assert "Ain al-Asad Air Base" in {e["name"] for e in rules["entities"]}


def test_unknown_entity_backend_is_a_usage_error() -> None:
    result = runner.invoke(app, ["brief", str(DEMO), "--ner", "bogus"])
    assert result.exit_code == 2


def test_two_outputs_to_stdout_are_a_usage_error() -> None:
    """JSON and Markdown both on stdout had run together into a stream that parsed as neither."""
    result = runner.invoke(app, ["brief", str(DEMO), "--json", "-", "--md", "-"])
    assert result.exit_code == 2
    assert "only one of --json, --md and --html can be '-'" in result.output


def test_a_missing_extra_is_a_usage_error_that_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """It had been an 'internal error' (exit 70), and rich markup ate '[neural]' from the help."""
    import newsfuse.embed

    monkeypatch.setattr(newsfuse.embed, "neural_installed", lambda: False)
    result = runner.invoke(app, ["brief", str(DEMO), "--embedder", "minilm"])
    assert result.exit_code == 2
    assert "pip install 'newsfuse[neural]'" in result.output
    help_text = runner.invoke(app, ["brief", "--help"], terminal_width=200).output
    assert "newsfuse[neural]" in help_text


def test_run_limits_are_cli_flags() -> None:
    result = runner.invoke(app, ["brief", str(DEMO), "--max-articles", "2", "--json", "-", "-q"])
    assert result.exit_code == 0, result.output
    brief = json.loads(result.stdout)
    assert len(brief["sources"]) == 2
    assert any("run limit max_articles (2) reached" in w for w in brief["warnings"])
    result = runner.invoke(app, ["brief", str(DEMO), "--max-articles", "0"])
    assert result.exit_code == 2  # a usage error, not a brief of nothing
