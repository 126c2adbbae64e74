"""The self-contained HTML report: complete, linked, escaped, strict and deterministic."""

from __future__ import annotations

import dataclasses
import re
from html.parser import HTMLParser

import pytest
from typer.testing import CliRunner

from newsfuse.cli import app
from newsfuse.ingest import read_inputs
from newsfuse.models import Brief, Evidence, Source, SummarySentence
from newsfuse.pipeline import build_brief
from newsfuse.render import to_html
from newsfuse.render.safehtml import Markup, csp_hash, el, esc, join, safe_url
from newsfuse.settings import DEFAULT_SETTINGS

from ._data import brief_with_a_wire_copy
from ._web import IMG, SCRIPT, hostile_brief
from .conftest import DEMO

RULES = dataclasses.replace(DEFAULT_SETTINGS, ner="rules")


class Page(HTMLParser):
    """Elements with their attributes, and the text of each source's cleaned-text block."""

    def __init__(self, html: str) -> None:
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict[str, str | None]]] = []
        self.source_texts: list[str] = []
        self.styles: list[str] = []
        self.scripts: list[str] = []
        self._depth = 0  # >0 inside a .source-text block
        self._raw: str | None = None
        self.feed(html)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        self.elements.append((tag, attributes))
        if tag in ("style", "script"):
            self._raw = tag
        if self._depth:
            self._depth += 1
        elif "source-text" in (attributes.get("class") or "").split():
            self._depth = 1
            self.source_texts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._raw = None
        if self._depth:
            self._depth -= 1

    def handle_data(self, data: str) -> None:
        if self._raw == "style":
            self.styles.append(data)
        elif self._raw == "script":
            self.scripts.append(data)
        if self._depth:
            self.source_texts[-1] += data

    def ids(self) -> set[str]:
        return {a["id"] for _, a in self.elements if a.get("id")}

    def find(self, tag: str, cls: str | None = None) -> list[dict[str, str | None]]:
        return [
            a
            for t, a in self.elements
            if t == tag and (cls is None or cls in (a.get("class") or "").split())
        ]


@pytest.fixture(scope="module")
def demo_brief() -> Brief:
    ingested = read_inputs([str(DEMO)], RULES)
    return build_brief(ingested.articles, RULES, ingested.problems)


@pytest.fixture(scope="module")
def demo_html(demo_brief: Brief) -> str:
    return to_html(demo_brief)


def test_report_is_one_self_contained_document(demo_html: str) -> None:
    page = Page(demo_html)
    assert demo_html.startswith("<!DOCTYPE html>")
    assert not page.find("link"), "no external stylesheets"
    assert not [a for a in page.find("script") if a.get("src")], "no external scripts"
    assert not [a for _, a in page.elements if (a.get("src") or "").startswith(("http", "//"))]
    assert "@import" not in demo_html and "url(" not in "".join(page.styles)
    (csp,) = [a["content"] for a in page.find("meta") if a.get("http-equiv")]
    assert "default-src 'none'" in csp and "base-uri 'none'" in csp


def test_csp_allows_exactly_the_inline_style_and_script(demo_html: str) -> None:
    page = Page(demo_html)
    (csp,) = [a["content"] for a in page.find("meta") if a.get("http-equiv")]
    assert len(page.styles) == 1 and len(page.scripts) == 1
    assert f"style-src {csp_hash(page.styles[0])}" in csp
    assert f"script-src {csp_hash(page.scripts[0])}" in csp
    assert "unsafe-inline" not in csp
    assert ' style="' not in demo_html, "inline style attributes would be blocked by the CSP"


def test_every_section_of_the_brief_is_there(demo_html: str, demo_brief: Brief) -> None:
    page = Page(demo_html)
    ids = page.ids()
    for section in ("summary", "event", "facts", "conflicts", "timeline", "sources"):
        assert section in ids
    assert {f.id for f in demo_brief.facts} <= ids
    assert {c.id for c in demo_brief.conflicts} <= ids
    assert {s.id for s in demo_brief.sources} <= ids
    # the same information as the Markdown brief
    texts = [s.text for s in demo_brief.summary] + [f.statement for f in demo_brief.facts]
    texts += [v.value for c in demo_brief.conflicts for v in c.variants]
    texts += [t.text for t in demo_brief.timeline] + [e.name for e in demo_brief.entities]
    texts += demo_brief.event.claimed_by
    for text in texts:
        assert str(esc(text)) in demo_html, text
    assert len(page.find("svg", "bar")) == len(demo_brief.facts)
    assert len(page.find("div", "variant")) == sum(len(c.variants) for c in demo_brief.conflicts)
    assert len(page.find("li")) >= len(demo_brief.timeline)


def test_citations_are_focusable_links_with_tooltips_to_highlighted_spans(
    demo_html: str, demo_brief: Brief
) -> None:
    page = Page(demo_html)
    ids = page.ids()
    tooltips = {a["id"] for a in page.find("span", "tip") if a.get("role") == "tooltip"}
    cites = page.find("a", "cite")
    assert cites
    for cite in cites:
        assert cite["href"].startswith("#") and cite["href"][1:] in ids
        assert cite["aria-describedby"] in tooltips
    marks = {a["id"] for a in page.find("mark", "ev") if a.get("id")}
    for sentence in demo_brief.summary:
        for ev in sentence.evidence:
            assert f"ev-{ev.source}-{ev.start}-{ev.end}" in ids
    assert marks, "cited spans are <mark id=...>"


def test_source_text_is_shown_whole_with_marks(demo_html: str, demo_brief: Brief) -> None:
    page = Page(demo_html)
    assert page.source_texts == [s.text for s in demo_brief.sources]


def test_hostile_article_text_is_escaped_everywhere() -> None:
    html = to_html(hostile_brief())
    assert "<script>alert" not in html
    assert "<img src=x" not in html
    assert "onerror=" not in html.replace("onerror=&quot;", "")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    page = Page(html)
    hrefs = [a.get("href") or "" for _, a in page.elements]
    assert not any(h.lower().startswith("javascript") for h in hrefs)
    assert "https://example.org/news?a=1&b=2" in hrefs  # written &amp;, parsed back
    # every source's text still reassembles exactly, payload included
    assert page.source_texts == [s.text for s in hostile_brief().sources]
    assert len(page.scripts) == 1


def test_overlapping_and_broken_evidence() -> None:
    text = "Alpha beta gamma. Delta epsilon zeta. Eta theta."
    source = Source(id="S1", article_id="a", path="a.txt", text=text)
    brief = Brief(
        sources=[source],
        summary=[
            SummarySentence(
                text="x",
                sources=["S1"],
                evidence=[
                    Evidence(source="S1", start=0, end=37, quote=text[0:37]),
                    Evidence(source="S1", start=18, end=48, quote=text[18:48]),
                    # wrong offsets, quote present: found by search
                    Evidence(source="S1", start=0, end=5, quote="Eta theta."),
                    # quote not in the text: no mark
                    Evidence(source="S1", start=0, end=5, quote="Not there."),
                ],
            )
        ],
    )
    page = Page(to_html(brief))
    assert page.source_texts == [text]
    pieces = [a["data-ev"].split() for a in page.find("mark", "ev")]
    assert ["ev-S1-0-37", "ev-S1-18-48"] in pieces  # the overlap belongs to both spans
    assert {"ev-S1-0-37", "ev-S1-18-48", "ev-S1-38-48"} <= page.ids()


def test_every_timeline_citation_shows_its_source_s_passage(demo_html: str) -> None:
    timeline = demo_html.split('id="timeline"', 1)[1].split('id="entities"', 1)[0]
    assert timeline.count('class="cite"') > 10
    assert "No quoted passage" not in timeline


def test_a_near_identical_copy_is_marked_as_in_the_markdown() -> None:
    """The HTML report had said "3 sources" and shown a wire copy as a source like any other,
    where the Markdown said "(1 copy)" and "copy of S1, adds no support"."""
    page = to_html(brief_with_a_wire_copy())
    assert page.count("3 sources (1 copy)") == 2  # the header and the event
    copy_card = page.split('id="S2"', 1)[1].split("</article>", 1)[0]
    assert "copy of S1, adds no support" in copy_card
    assert page.count("copy of S1, adds no support") == 1


def test_empty_brief_renders() -> None:
    brief = Brief(sources=[Source(id="S1", article_id="a", path="a.txt", text="Hi.")])
    html = to_html(brief)
    assert "No sentence in the sources was fit for a summary." in html
    assert 'id="facts"' not in html and 'id="timeline"' not in html


def test_timeline_chart_draws_days_as_dots_and_months_as_bars() -> None:
    page = Page(to_html(hostile_brief()))
    assert len(page.find("svg", "timeline")) == 1
    assert len(page.find("circle", "day")) == 1
    assert len(page.find("rect", "span")) == 1
    assert {"T1", "T2"} <= page.ids()


def test_output_is_deterministic(demo_brief: Brief) -> None:
    assert to_html(demo_brief) == to_html(demo_brief)


def test_cli_writes_html(tmp_path) -> None:
    runner = CliRunner()
    out = tmp_path / "report.html"
    result = runner.invoke(app, ["brief", str(DEMO), "--ner", "rules", "--html", str(out), "-q"])
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    result = runner.invoke(app, ["brief", str(DEMO), "--ner", "rules", "--html", "-"])
    assert result.exit_code == 0
    assert result.stdout.startswith("<!DOCTYPE html>") and "## Summary" not in result.stdout


def test_safehtml_escapes_by_default_and_refuses_dangerous_markup() -> None:
    assert (
        el("p", SCRIPT, title='"x"')
        == '<p title="&quot;x&quot;">&lt;script&gt;alert(1)&lt;/script&gt;</p>'
    )
    assert join(["<a>", Markup("<b>x</b>")]) == "&lt;a&gt;<b>x</b>"
    assert "<i>" in " " + el("i", "x")  # str + Markup stays markup, the str escaped
    with pytest.raises(ValueError):
        el("a", "x", onclick="alert(1)")
    with pytest.raises(ValueError):
        el("a", "x", href="javascript:alert(1)")
    with pytest.raises(ValueError):
        el("p", "x", style="color:red")
    with pytest.raises(ValueError):
        el("scr ipt")
    assert safe_url("https://a.org/x") == "https://a.org/x"
    for bad in ("javascript:alert(1)", "data:text/html,x", "//evil.org", "/rel", "http://a b", IMG):
        assert safe_url(bad) is None
    assert re.fullmatch(r"'sha256-[A-Za-z0-9+/]+=*'", csp_hash("x"))
