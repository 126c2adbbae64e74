"""The bad-input catalogue (tests/bad_inputs/generate.py): each kind through the real CLI.

Every kind is written to a temporary folder and briefed with ``newsfuse brief ... --ner rules``
(typer's CliRunner, plus the console script in a subprocess for two kinds). For each one:
the exit code, the named warning or skip line, how many sources the brief keeps, no
traceback, every problem on one line with no raw control character, a brief.json that
validates against the published schema, and the kind's own checks below. docs/robustness.md
holds the same catalogue as a table; a test keeps the two in step.
"""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfuse.cli import app
from newsfuse.ingest import read_inputs
from newsfuse.models import Brief
from newsfuse.render import to_markdown
from newsfuse.settings import DEFAULT_SETTINGS, Settings
from tests._checks import VALIDATOR, assert_inert_html, assert_valid_brief
from tests.bad_inputs.generate import CATALOGUE, STORY, Kind, write_catalogue

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
_RAW_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


@dataclasses.dataclass
class Run:
    kind: Kind
    exit_code: int
    stderr: str
    brief: dict | None
    seconds: float

    @property
    def lines(self) -> list[str]:
        return self.stderr.splitlines()

    def texts(self) -> list[str]:
        return [s["text"] for s in self.texts_and_paths()]

    def texts_and_paths(self) -> list[dict]:
        assert self.brief is not None
        return self.brief["sources"]


def run_kind(name: str, folder: Path, monkeypatch: pytest.MonkeyPatch) -> Run:
    """Build one kind under ``folder`` and brief it with the CLI, under the kind's limits."""
    kind = CATALOGUE[name]
    args = write_catalogue(folder, [name])[name]
    if kind.limits:
        limited = dataclasses.replace(DEFAULT_SETTINGS, **kind.limits)
        monkeypatch.setattr("newsfuse.cli.brief.DEFAULT_SETTINGS", limited)
    if name == "unreadable":  # we may run as root, who reads anything: make open() refuse
        real_open = Path.open

        def refusing_open(self: Path, *a: object, **k: object):  # type: ignore[no-untyped-def]
            if self.name == "secret.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *a, **k)  # type: ignore[arg-type]

        monkeypatch.setattr(Path, "open", refusing_open)
    out = folder / "brief.json"
    stdin = (folder / name / "stdin.bin").read_bytes() if kind.stdin else None
    started = time.perf_counter()
    result = runner.invoke(
        app, ["brief", *args, "--ner", "rules", "--json", str(out), "-q"], input=stdin
    )
    seconds = time.perf_counter() - started
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        raise result.exception
    brief = json.loads(out.read_text(encoding="utf-8")) if out.exists() else None
    return Run(kind, result.exit_code, result.stderr, brief, seconds)


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("bad_inputs")


@pytest.mark.parametrize("name", list(CATALOGUE))
def test_bad_input(name: str, built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    if name == "fifo" and not hasattr(os, "mkfifo"):
        pytest.skip("no named pipes on this platform")
    run = run_kind(name, built / name, monkeypatch)
    kind = run.kind
    assert run.exit_code == kind.exit_code, run.stderr
    assert "Traceback" not in run.stderr
    for expected in kind.messages:
        assert any(expected in line for line in run.lines), f"{expected!r} not in:\n{run.stderr}"
    for line in run.lines:
        assert not _RAW_CONTROL.search(line), line
        assert line.startswith(("skipped: ", "warning: ", "newsfuse: ")), line
    if kind.exit_code == 0:
        assert run.brief is not None
        assert not list(VALIDATOR.iter_errors(run.brief))
        assert len(run.brief["sources"]) == kind.sources, [s["path"] for s in run.brief["sources"]]
        assert_valid_brief(Brief.model_validate(run.brief))
        assert len(run.brief["warnings"]) == len(run.lines)
    CHECKS.get(name, lambda run: None)(run)


# --------------------------------------------------------------------------- per kind


def _check_truncated_utf8(run: Run) -> None:
    (text,) = run.texts()
    assert text.endswith("Caf") and "Ã" not in text


def _check_utf16(run: Run) -> None:
    assert run.texts() == [STORY]
    assert not run.lines


def _check_cp1252(run: Run) -> None:
    (text,) = run.texts()
    assert "café" in text and "naïve" in text and "“army”" in text


def _check_mixed(run: Run) -> None:
    (text,) = run.texts()
    assert "A café in Mosul" in text and "naïve" in text  # the UTF-8 part, repaired
    assert "The “army” said the café was hit." in text  # the cp1252 part
    assert "Ã" not in text


def _check_huge(run: Run) -> None:
    assert run.seconds < 120, run.seconds
    assert run.brief is not None
    assert len(run.texts()[0]) == 200_000
    quotes = [e["quote"] for s in run.brief["summary"] for e in s["evidence"]]
    assert all(len(q) <= DEFAULT_SETTINGS.max_sentence_chars for q in quotes)


def _check_identical(run: Run) -> None:
    (first,) = [s["path"] for s in run.texts_and_paths()]
    duplicates = [line for line in run.lines if "duplicate" in line]
    assert len(duplicates) == 4, duplicates
    assert duplicates[-1].endswith(f"00004.txt and 9,995 more: duplicate(s) of {first}, skipped")
    assert run.seconds < 120, run.seconds


def _check_near_identical(run: Run) -> None:
    assert sum("duplicate" in line for line in run.lines) == 4


def _check_limit_lines(run: Run) -> None:
    assert sum("run limit" in line for line in run.lines) == 1


def _check_html_page(run: Run) -> None:
    (text,) = run.texts()
    assert "14 rockets" in text
    assert "<" not in text and "tracking" not in text and "Home" not in text


def _check_markup(run: Run) -> None:
    assert run.brief is not None
    (text,) = run.texts()
    assert "<script>alert(1)</script>" in text  # kept as the text it is
    brief = Brief.model_validate(run.brief)
    markdown = to_markdown(brief)
    assert not re.search(r"(?<!\\)<script|(?<!\\)\]\(javascript:", markdown)
    assert_inert_html(brief)


def _check_surrogates(run: Run) -> None:
    assert run.brief is not None
    (source,) = run.brief["sources"]
    assert source["title"] == "Rockets \ufffd hit the base"
    assert source["article_id"] == "x\ufffd"


def _check_dates(run: Run) -> None:
    assert run.brief is not None
    assert [s["published"] for s in run.brief["sources"]] == [None, None, None]


def _check_symlinks(run: Run) -> None:
    assert run.brief is not None
    assert sorted(Path(s["path"]).name for s in run.brief["sources"]) == ["a.txt", "b.txt"]


def _check_good_only(run: Run) -> None:
    assert run.brief is not None
    assert all(Path(s["path"]).name.startswith("good_") for s in run.brief["sources"])


def _check_invisible(run: Run) -> None:
    (text,) = run.texts()
    assert not re.search("[\u200b-\u200f\u202a-\u202e\u2066-\u2069\u00ad\ufeff\x1b\x07]", text)
    assert "rockets" in text and "coalition" in text and "injured" in text


def _check_numbers(run: Run) -> None:
    assert run.brief is not None and run.brief["summary"] == []


def _check_table(run: Run) -> None:
    assert run.seconds < 120, run.seconds
    assert run.brief is not None and run.brief["summary"]


def _check_line_endings(run: Run) -> None:
    for text in run.texts():
        assert "\r" not in text and text.count("\n\n") == 2


CHECKS = {
    "truncated_utf8": _check_truncated_utf8,
    "utf16_bom": _check_utf16,
    "cp1252": _check_cp1252,
    "mixed_encodings": _check_mixed,
    "huge_single_line": _check_huge,
    "no_space_blob": _check_huge,
    "identical_10000": _check_identical,
    "near_identical_copies": _check_near_identical,
    "too_many_articles": _check_limit_lines,
    "over_max_run_chars": _check_limit_lines,
    "over_max_run_sentences": _check_limit_lines,
    "html_in_txt": _check_html_page,
    "markup_injection": _check_markup,
    "json_lone_surrogates": _check_surrogates,
    "json_bad_dates": _check_dates,
    "symlink_loop": _check_symlinks,
    "non_english": _check_good_only,
    "rtl_text": _check_good_only,
    "cjk_text": _check_good_only,
    "bidi_controls": _check_invisible,
    "zero_width": _check_invisible,
    "control_characters": _check_invisible,
    "only_numbers": _check_numbers,
    "giant_table": _check_table,
    "line_endings": _check_line_endings,
}


# --------------------------------------------------------------------------- beyond the CLI


def _console(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    exe = Path(sys.executable).with_name("newsfuse")
    return subprocess.run([str(exe), *args], capture_output=True, input=stdin, timeout=300)


def test_console_script_on_the_worst_kinds(tmp_path: Path) -> None:
    """The installed `newsfuse` (spaCy entities, the real exit codes) on the inputs that used
    to crash it (exit 70) or hang it, in one run."""
    args = write_catalogue(tmp_path, ["json_deeply_nested", "json_lone_surrogates", "fifo"])
    out = tmp_path / "brief.json"
    proc = _console("brief", *[a for paths in args.values() for a in paths], "--json", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    assert b"internal error" not in proc.stderr and b"Traceback" not in proc.stderr
    assert not list(VALIDATOR.iter_errors(json.loads(out.read_text(encoding="utf-8"))))


def test_console_script_with_nothing_usable_exits_1(tmp_path: Path) -> None:
    args = write_catalogue(tmp_path, ["stdin_binary"])["stdin_binary"]
    proc = _console("brief", *args, stdin=(tmp_path / "stdin_binary" / "stdin.bin").read_bytes())
    assert proc.returncode == 1
    assert proc.stderr.decode().splitlines()[-1].startswith("newsfuse: no usable articles")


def test_api_holds_callers_articles_to_the_same_limits() -> None:
    """`newsfuse.brief` with `Article` objects: limits and checks apply as to read files."""
    import newsfuse
    from newsfuse.models import Article

    articles = [Article("a0", "a0", f"Report 0. {STORY}", f"Report 0. {STORY}")]
    articles += [Article("x", "x", "\ud800" + STORY, "\ud800" + STORY)]
    articles += [
        Article(f"b{i}", f"b{i}", f"Copy {i}. {STORY}", f"Copy {i}. {STORY}") for i in range(9)
    ]
    brief = newsfuse.brief(articles, settings=Settings(ner="rules", max_articles=4))
    assert len(brief.sources) == 4
    assert any("run limit max_articles (4) reached" in w for w in brief.warnings)
    assert "\ufffd" in brief.sources[1].text
    json.loads(brief.to_json())


def test_reading_stops_at_the_run_limit(tmp_path: Path) -> None:
    """Nothing after the first input over a run limit is even opened."""
    for i in range(5):
        (tmp_path / f"{i}.txt").write_text(f"Report {i}. {STORY}", encoding="utf-8")
    opened: list[str] = []
    real_open = Path.open

    def spying_open(self: Path, *a: object, **k: object):  # type: ignore[no-untyped-def]
        opened.append(self.name)
        return real_open(self, *a, **k)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Path, "open", spying_open)
        result = read_inputs([str(tmp_path)], Settings(max_articles=2))
    assert [a.origin for a in result.articles] == [str(tmp_path / "0.txt"), str(tmp_path / "1.txt")]
    assert opened == ["0.txt", "1.txt", "2.txt"]


@pytest.mark.parametrize("unit", ["QUJD", "A.", "U.S.", "A-", "A ", "Mr. ", "The Al-", "Air Base "])
def test_pathological_repetitions_stay_fast(unit: str) -> None:
    """40,000 characters of one short unit: each was quadratic somewhere (the photo-caption
    rule, the rule entity layer) and took 40 s or more; now well under a second."""
    from newsfuse.models import Article
    from newsfuse.pipeline import NoUsableInput, build_brief

    text = (unit * (40_000 // len(unit) + 1))[:40_000]
    started = time.perf_counter()
    with contextlib.suppress(NoUsableInput):
        build_brief([Article("x", "x", text, text)], Settings(ner="rules"))
    assert time.perf_counter() - started < 20


def test_docs_table_lists_every_kind() -> None:
    doc = (ROOT / "docs" / "robustness.md").read_text(encoding="utf-8")
    table = doc.split("\n## The catalogue\n", 1)[1].split("\n## ", 1)[0]
    names = re.findall(r"^\| `([a-z0-9_]+)` \|", table, flags=re.M)
    assert names == list(CATALOGUE)
    assert len(CATALOGUE) >= 25
