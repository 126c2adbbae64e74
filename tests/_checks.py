"""Checks shared by the property tests and the bad-input catalogue: a brief is valid and safe."""

from __future__ import annotations

import html.parser
import json
from pathlib import Path

import jsonschema

from newsfuse.models import Brief
from newsfuse.render import to_markdown

ROOT = Path(__file__).resolve().parents[1]
SCHEMA = json.loads((ROOT / "docs" / "brief.schema.json").read_text(encoding="utf-8"))
VALIDATOR = jsonschema.Draft202012Validator(SCHEMA)


def assert_valid_brief(brief: Brief) -> None:
    data = json.loads(brief.to_json())
    errors = sorted(VALIDATOR.iter_errors(data), key=str)
    assert not errors, errors[0]
    texts = {s.id: s.text for s in brief.sources}
    evidence = [e for s in brief.summary for e in s.evidence]
    evidence += [e for f in brief.facts for e in f.evidence]
    evidence += [e for c in brief.conflicts for v in c.variants for e in v.evidence]
    for item in evidence:
        assert texts[item.source][item.start : item.end] == item.quote
    cited = [sid for s in brief.summary for sid in s.sources]
    cited += [sid for f in brief.facts for sid in f.sources]
    cited += [sid for c in brief.conflicts for v in c.variants for sid in v.sources]
    cited += [sid for t in brief.timeline for sid in t.sources]
    cited += [sid for e in brief.entities for sid in e.sources]
    assert set(cited) <= set(texts)
    for conflict in brief.conflicts:
        assert len(conflict.variants) >= 2
    to_markdown(brief)


class _Tags(html.parser.HTMLParser):
    """Every start tag with its attributes, and the text inside <script> elements."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def assert_inert_html(brief: Brief) -> None:
    """The HTML report shows hostile input as text: no tag, handler or URL from it is live."""
    from newsfuse import render

    if not hasattr(render, "to_html"):  # the HTML report is newer than this check
        return
    parser = _Tags()
    parser.feed(render.to_html(brief))
    for tag, attrs in parser.tags:
        assert tag != "img" or all(value != "x" for name, value in attrs if name == "src")
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name, value)
            assert not (value or "").strip().lower().startswith("javascript:"), (tag, name)
    assert not any("alert(1)" in script for script in parser.scripts)
