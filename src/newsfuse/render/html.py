"""The HTML brief: one self-contained file to read and share (``newsfuse brief --html``).

What it shows is what the Markdown brief shows, made visual: the summary with citation
markers (hover or focus one to read the quoted evidence, follow it to the passage), the event
record, the facts with a support bar each, the conflicts side by side, an SVG timeline, the
entities, and every source's cleaned text with each cited span highlighted (``<mark>``).

Decisions:

* **Self-contained and strict.** CSS, script and SVG are inline; nothing is loaded from the
  network. A Content-Security-Policy ``<meta>`` allows exactly the inline style and script by
  their SHA-256 hashes and nothing else (``default-src 'none'``), so even markup that slipped
  through escaping could not run or load anything.
* **Escaped by construction.** All markup is built with `newsfuse.render.safehtml.el`, which
  escapes every string that is not already markup; source URLs are linked only when they are
  absolute http(s) URLs.
* **Readable without script.** Tooltips are pure CSS (``:hover``/``:focus-within``) and tied to
  their marker by ``aria-describedby``; citations are plain links to ``<mark id=...>`` spans;
  the timeline entries are listed under the chart. The script only lights up every piece of a
  span split by an overlapping one, keeps tooltips inside the window and lets Escape dismiss
  them.
* **Offsets are checked.** Evidence is highlighted at its offsets only when
  ``text[start:end] == quote``; otherwise the quote is looked up in the text, and if it is not
  there the citation links to the source as a whole. Timeline entries carry no evidence, so
  their sentence is looked up in each cited source the same way.
* **Deterministic.** No timestamps or random ids: the same brief gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from pathlib import PurePath

from newsfuse.models import Brief, Conflict, Evidence, Fact, Source, TimelineEntry
from newsfuse.render.safehtml import Markup, csp_hash, el, esc, join, safe_url
from newsfuse.render.wording import copy_note, sources_phrase

__all__ = ["Document", "page", "render_report", "to_html"]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_TIP_QUOTES = 3  # quotes shown in one citation tooltip
_TIP_CHARS = 320  # a longer quote is cut in the tooltip (the full one is in the source)
_SHOWN_QUOTES = 3  # passages shown per conflict version before "N more"
_ZOOM_DAYS = 60  # a timeline longer than this also gets a panel of the days around the event


@dataclass(frozen=True, slots=True)
class Document:
    """An HTML page and the Content-Security-Policy it was built for (also in its meta tag)."""

    html: str
    csp: str


@cache
def _asset(name: str) -> str:
    return files("newsfuse.render").joinpath("assets", name).read_text(encoding="utf-8")


def csp_for(*, form_action: str = "'none'") -> str:
    """The policy of every newsfuse page: only our own inline style and script run."""
    return "; ".join(
        (
            "default-src 'none'",
            f"style-src {csp_hash(_asset('report.css'))}",
            f"script-src {csp_hash(_asset('report.js'))}",
            "img-src data:",
            "base-uri 'none'",
            f"form-action {form_action}",
        )
    )


def page(title: str, body: Markup, *, form_action: str = "'none'") -> Document:
    """A complete HTML document with the inline stylesheet, script and matching CSP."""
    csp = csp_for(form_action=form_action)
    html = join(
        [
            Markup("<!DOCTYPE html>\n"),
            Markup('<html lang="en">\n<head>\n<meta charset="utf-8">\n'),
            el("meta", http_equiv="Content-Security-Policy", content=csp),
            Markup("\n"),
            el("meta", name="viewport", content="width=device-width, initial-scale=1"),
            Markup("\n"),
            el("meta", name="referrer", content="no-referrer"),
            Markup("\n"),
            el("meta", name="generator", content="newsfuse"),
            Markup("\n"),
            el("title", title),
            Markup("\n"),
            el("style", Markup(_asset("report.css"))),
            Markup("\n</head>\n<body>\n"),
            body,
            Markup("\n"),
            el("script", Markup(_asset("report.js"))),
            Markup("\n</body>\n</html>\n"),
        ]
    )
    return Document(str(html), csp)


def to_html(brief: Brief) -> str:
    """The brief as one self-contained HTML document (inline CSS, script and SVG)."""
    return render_report(brief).html


def render_report(brief: Brief, *, links: Sequence[tuple[str, str]] = ()) -> Document:
    """The report page; ``links`` (label, href) go in a navigation bar above it (web app)."""
    report = _Report(brief)
    body = report.body(links)
    return page(f"{brief.event.title or 'Brief'} · newsfuse", body)


# --------------------------------------------------------------------------- dates


def format_date(day: dt.date, precision: str | None) -> str:
    """A date for people, at the precision it is known to (never a day that was not stated)."""
    if precision == "year":
        return str(day.year)
    if precision == "month":
        return f"{_MONTH_NAMES[day.month - 1]} {day.year}"
    return f"{day.day} {_MONTH_NAMES[day.month - 1]} {day.year}"


def iso_date(day: dt.date, precision: str | None) -> str:
    """The ISO form at the known precision: ``2021``, ``2021-07`` or ``2021-07-07``."""
    if precision == "year":
        return f"{day.year:04d}"
    if precision == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return day.isoformat()


def _time(day: dt.date, precision: str | None, *, iso: bool = False) -> Markup:
    text = iso_date(day, precision) if iso else format_date(day, precision)
    return el("time", text, datetime=iso_date(day, precision))


# --------------------------------------------------------------------------- the report


@dataclass(frozen=True, slots=True)
class _Span:
    source: str
    start: int
    end: int

    @property
    def id(self) -> str:
        return f"ev-{self.source}-{self.start}-{self.end}"


class _Report:
    """Renders one brief; cited spans are collected while rendering, the sources come last."""

    def __init__(self, brief: Brief) -> None:
        self.brief = brief
        self.sources: dict[str, Source] = {s.id: s for s in brief.sources}
        self.cited: dict[str, dict[_Span, list[str]]] = defaultdict(dict)
        self._tips = 0

    # ---- spans and citations

    def _span(self, source_id: str, start: int, end: int, quote: str, where: str) -> _Span | None:
        """The checked span of a quote in a source, registered as cited from ``where``."""
        source = self.sources.get(source_id)
        if source is None or not quote:
            return None
        text = source.text
        if not (0 <= start < end <= len(text)) or text[start:end] != quote:
            start = text.find(quote)
            if start < 0:
                return None
            end = start + len(quote)
        span = _Span(source_id, start, end)
        labels = self.cited[source_id].setdefault(span, [])
        if where not in labels:
            labels.append(where)
        return span

    def _evidence_span(self, evidence: Evidence, where: str) -> _Span | None:
        return self._span(evidence.source, evidence.start, evidence.end, evidence.quote, where)

    def _source_line(self, source_id: str) -> Markup:
        source = self.sources.get(source_id)
        if source is None:
            return esc(source_id)
        parts = [source_id]
        if source.outlet:
            parts.append(source.outlet)
        parts.append(source.published.isoformat() if source.published else "date unknown")
        parts.append(source.title or PurePath(source.path).name or source.path)
        return esc(" · ".join(parts))

    def cites(self, source_ids: Sequence[str], evidence: Sequence[Evidence], where: str) -> Markup:
        """One focusable marker per source; its tooltip quotes that source's evidence."""
        markers = []
        for sid in source_ids:
            quotes = [e for e in evidence if e.source == sid]
            spans = [self._evidence_span(e, where) for e in quotes]
            markers.append(self._marker(sid, quotes, spans))
        return el("span", join(markers), class_="cites")

    def _marker(
        self, sid: str, quotes: Sequence[Evidence], spans: Sequence[_Span | None]
    ) -> Markup:
        if sid not in self.sources:
            return el("span", f"[{sid}]", class_="cite-missing")
        self._tips += 1
        tip_id = f"tip-{self._tips}"
        first = next((s for s in spans if s is not None), None)
        href = f"#{first.id}" if first else f"#{sid}"
        shown = [
            el("q", q.quote if len(q.quote) <= _TIP_CHARS else q.quote[:_TIP_CHARS] + "…")
            for q in quotes[:_TIP_QUOTES]
        ]
        if len(quotes) > _TIP_QUOTES:
            shown.append(el("span", f"and {len(quotes) - _TIP_QUOTES} more", class_="src"))
        if not quotes:
            shown.append(el("span", "No quoted passage: opens the source.", class_="src"))
        tip = el(
            "span",
            shown,
            el("span", self._source_line(sid), class_="src"),
            id=tip_id,
            role="tooltip",
            class_="tip",
        )
        link = el(
            "a",
            el("span", "source ", class_="vh"),
            sid,
            href=href,
            class_="cite",
            aria_describedby=tip_id,
        )
        return el("span", link, tip, class_="cite-wrap")

    # ---- page

    def body(self, links: Sequence[tuple[str, str]]) -> Markup:
        brief = self.brief
        # Sections citing evidence are rendered before the sources, which highlight it.
        sections = [
            self.summary(),
            self.event(),
            self.facts() if brief.facts else None,
            self.conflicts() if brief.conflicts else None,
            self.timeline() if brief.timeline else None,
            self.entities() if brief.entities else None,
        ]
        sections.append(self.source_list())
        if brief.warnings:
            sections.append(self.warnings())
        appnav = (
            el("nav", [el("a", label, href=href) for label, href in links], class_="appnav wrap")
            if links
            else None
        )
        return join(
            [
                el("a", "Skip to the summary", href="#summary", class_="skip"),
                appnav,
                self.header(),
                el("main", sections, class_="wrap", id="main"),
                el(
                    "footer",
                    el(
                        "p",
                        f"Made by newsfuse · {brief.schema_version} · every marker links to ",
                        "the passage it cites in the sources below.",
                    ),
                    class_="wrap",
                ),
            ],
            Markup("\n"),
        )

    def header(self) -> Markup:
        brief = self.brief
        n = len(brief.sources)
        event = brief.event
        meta = [el("span", sources_phrase(brief))]
        if event.type:
            meta.append(el("span", event.type))
        if where := _place(brief):
            meta.append(el("span", where))
        if event.date:
            meta.append(el("span", "event date ", _time(event.date, event.date_precision)))
        toc = [("summary", "Summary", None), ("event", "Event", None)]
        toc += [
            (anchor, label, len(items))
            for anchor, label, items in (
                ("facts", "Facts", brief.facts),
                ("conflicts", "Conflicts", brief.conflicts),
                ("timeline", "Timeline", brief.timeline),
                ("entities", "Who and where", brief.entities),
            )
            if items
        ]
        toc.append(("sources", "Sources", n))
        if brief.warnings:
            toc.append(("warnings", "Skipped or repaired", len(brief.warnings)))
        nav = el(
            "nav",
            el(
                "ul",
                [
                    el(
                        "li",
                        el("a", label, href=f"#{anchor}"),
                        " " + el("span", count, class_="count") if count is not None else None,
                    )
                    for anchor, label, count in toc
                ],
            ),
            class_="toc",
            aria_label="Sections",
        )
        return el(
            "header",
            el("p", "newsfuse brief", class_="kicker"),
            el("h1", event.title or "Brief"),
            el("p", meta, class_="meta"),
            nav,
            class_="top wrap",
        )

    def _section(self, anchor: str, title: str, *content: object) -> Markup:
        return el(
            "section",
            el("h2", title, id=f"h-{anchor}"),
            *content,
            id=anchor,
            aria_labelledby=f"h-{anchor}",
        )

    def summary(self) -> Markup:
        sentences = []
        for n, sentence in enumerate(self.brief.summary, 1):
            disputed = [
                el("a", f"disputed: {cid}", href=f"#{cid}", class_="dispute")
                for cid in sentence.conflicts
            ]
            sentences.append(
                el(
                    "p",
                    sentence.text,
                    self.cites(sentence.sources, sentence.evidence, f"summary sentence {n}"),
                    disputed,
                    id=f"sum-{n}",
                )
            )
        if not sentences:
            sentences = [
                el("p", "No sentence in the sources was fit for a summary.", class_="empty")
            ]
        return self._section("summary", "Summary", el("div", sentences, class_="summary prose"))

    def event(self) -> Markup:
        event = self.brief.event
        rows: list[tuple[str, object]] = [
            ("What", event.type or _unknown()),
            ("When", _time(event.date, event.date_precision) if event.date else _unknown()),
            ("Where", _place(self.brief) or _unknown()),
        ]
        facts = {f.id: f for f in self.brief.facts}
        for casualty in event.casualties:
            fact = facts.get(casualty.fact)
            rows.append(
                (
                    casualty.kind.capitalize(),
                    join(
                        [
                            el("strong", casualty.value),
                            " ",
                            el("a", casualty.fact, href=f"#{casualty.fact}") if fact else None,
                            " "
                            + el(
                                "a",
                                f"disputed: {casualty.conflict}",
                                href=f"#{casualty.conflict}",
                                class_="dispute",
                            )
                            if casualty.conflict
                            else None,
                            self.cites(
                                casualty.sources,
                                fact.evidence if fact else [],
                                f"casualties ({casualty.kind})",
                            ),
                        ]
                    ),
                )
            )
        if event.claimed_by:
            rows.append(("Claimed by", " / ".join(event.claimed_by)))
        if event.actors:
            rows.append(("Actors", ", ".join(event.actors)))
        rows.append(("Sources", f"{sources_phrase(self.brief)}, {_outlets(self.brief)} outlet(s)"))
        items = [join([el("dt", label), el("dd", value)]) for label, value in rows]
        return self._section("event", "Event", el("dl", items, class_="event"))

    def facts(self) -> Markup:
        total = _outlets(self.brief)
        rows = [self._fact_row(fact, total) for fact in self.brief.facts]
        head = el(
            "thead",
            el(
                "tr",
                el("th", "id", scope="col", class_="id"),
                el("th", "Fact", scope="col"),
                el("th", "Support", scope="col"),
                el("th", "Sources", scope="col"),
            ),
        )
        table = el("table", head, el("tbody", rows), class_="facts")
        intro = el(
            "p",
            "Support counts the distinct outlets stating a fact (one per report when the "
            "outlet is unknown).",
            class_="hint",
        )
        return self._section("facts", "Facts", intro, table)

    @staticmethod
    def _disputed(fact: Fact) -> list[object]:
        """A link to the conflict that disputes a fact, after its statement."""
        if not fact.conflict:
            return []
        link = el("a", f"disputed: {fact.conflict}", href=f"#{fact.conflict}", class_="dispute")
        return [" ", link]

    def _fact_row(self, fact: Fact, total: int) -> Markup:
        width = round(100 * min(fact.support, total) / total) if total else 0
        label = f"{fact.support} of {total} outlet{'s' if total != 1 else ''}"
        bar = el(
            "svg",
            el("rect", class_="track", width="100", height="10", rx="2"),
            el("rect", class_="fill", width=str(width), height="10", rx="2"),
            class_="bar",
            viewBox="0 0 100 10",
            preserveAspectRatio="none",
            role="img",
            aria_label=f"support: {label}",
        )
        return el(
            "tr",
            el("td", fact.id, class_="id"),
            el("td", fact.statement, *self._disputed(fact)),
            el("td", el("div", bar, el("span", label, class_="n"), class_="support")),
            el("td", self.cites(fact.sources, fact.evidence, f"fact {fact.id}")),
            id=fact.id,
        )

    def conflicts(self) -> Markup:
        intro = el(
            "p",
            "Each column is one version of the disputed point, with the sources that report it, "
            "who they attribute it to, and the passages themselves.",
            class_="hint",
        )
        return self._section(
            "conflicts",
            "Where sources disagree",
            intro,
            [self._conflict(c) for c in self.brief.conflicts],
        )

    def _conflict(self, conflict: Conflict) -> Markup:
        columns = []
        for n, variant in enumerate(conflict.variants, 1):
            where = f"conflict {conflict.id} ({variant.value})"
            quotes = []
            for evidence in variant.evidence:
                span = self._evidence_span(evidence, where)
                href = f"#{span.id}" if span else f"#{evidence.source}"
                quotes.append(
                    el(
                        "blockquote",
                        evidence.quote,
                        " ",
                        el(
                            "a",
                            evidence.source,
                            href=href,
                            aria_label=f"passage in {evidence.source}",
                        ),
                    )
                )
            details = [
                el("dt", "Reported by"),
                el("dd", self.cites(variant.sources, variant.evidence, where)),
                el("dt", "Attributed to"),
                el("dd", variant.attributed_to or _unknown("not attributed")),
            ]
            if quotes:
                more = quotes[_SHOWN_QUOTES:]
                folded = (
                    el("details", el("summary", f"{len(more)} more passage(s)"), more)
                    if more
                    else None
                )
                details += [el("dt", "Evidence"), el("dd", quotes[:_SHOWN_QUOTES], folded)]
            columns.append(
                el(
                    "div",
                    el(
                        "p",
                        el("span", f"Version {n}: ", class_="vh"),
                        variant.value,
                        class_="value",
                    ),
                    el("dl", details),
                    class_="variant",
                )
            )
        return el(
            "section",
            el(
                "h3",
                el("span", f"{conflict.id}: {conflict.question}"),
                el("span", conflict.kind, class_="kind"),
                id=f"h-{conflict.id}",
            ),
            el("div", columns, class_="variants"),
            class_="conflict",
            id=conflict.id,
            aria_labelledby=f"h-{conflict.id}",
        )

    def timeline(self) -> Markup:
        entries = self.brief.timeline
        items = []
        for n, entry in enumerate(entries, 1):
            where = f"timeline {iso_date(entry.date, entry.precision)}"
            evidence = self._entry_evidence(entry)
            items.append(
                el(
                    "li",
                    _time(entry.date, entry.precision, iso=True),
                    el("span", entry.text, self.cites(entry.sources, evidence, where)),
                    id=f"T{n}",
                )
            )
        first = iso_date(entries[0].date, entries[0].precision) if entries else ""
        last = iso_date(entries[-1].date, entries[-1].precision) if entries else ""
        caption = el(
            "figcaption",
            f"{len(entries)} dated entries from {first} to {last}; dots are days, bars are "
            "months or years stated without a day. Each is listed below.",
        )
        event_date = self.brief.event.date
        chart = el("figure", _timeline_svg(entries, event_date), caption, class_="chart")
        zoom = _zoom_window(entries, event_date)
        if zoom is not None:
            lo, hi = zoom
            chart += el(
                "figure",
                _timeline_svg(entries, event_date, lo, hi),
                el(
                    "figcaption",
                    f"Around the event: {lo.isoformat()} to {hi.isoformat()} "
                    "(only entries dated to the day).",
                ),
                class_="chart",
            )
        return self._section("timeline", "Timeline", chart, el("ol", items, class_="timeline"))

    def _entry_evidence(self, entry: TimelineEntry) -> list[Evidence]:
        """A timeline entry's sentence in each cited source: its evidence, or for a brief of an
        older version without it, the entry's text found in each source where it is there."""
        if entry.evidence:
            return entry.evidence
        found = []
        for sid in entry.sources:
            source = self.sources.get(sid)
            if source is None:
                continue
            start = source.text.find(entry.text)
            if start >= 0:
                end = start + len(entry.text)
                found.append(Evidence(source=sid, start=start, end=end, quote=entry.text))
        return found

    def entities(self) -> Markup:
        items = [
            el(
                "li",
                el("strong", e.name),
                " ",
                el("span", e.label, class_="label"),
                el("span", " (also: " + ", ".join(e.aliases) + ")", class_="aliases")
                if e.aliases
                else None,
                self.cites(e.sources, [], f"entity {e.name}"),
            )
            for e in self.brief.entities
        ]
        return self._section("entities", "Who and where", el("ul", items, class_="entities"))

    def source_list(self) -> Markup:
        return self._section("sources", "Sources", [self._source(s) for s in self.brief.sources])

    def _source(self, source: Source) -> Markup:
        spans = self.cited.get(source.id, {})
        name = source.title or source.outlet or PurePath(source.path).name or source.path
        meta = [
            el("span", source.outlet) if source.outlet else None,
            el("span", _time(source.published, "day") if source.published else "date unknown"),
            el("span", el("code", source.path, class_="path")),
            el("span", note, class_="copy") if (note := copy_note(source)) else None,
        ]
        if url := safe_url(source.url):
            meta.append(
                el("span", el("a", "original", href=url, rel="noopener noreferrer nofollow"))
            )
        elif source.url:
            meta.append(el("span", "URL: ", el("code", source.url, class_="path")))
        n = len(spans)
        meta.append(el("span", f"{n} cited passage{'s' if n != 1 else ''}"))
        return el(
            "article",
            el("h3", f"{source.id} · {name}", id=f"h-{source.id}"),
            el("p", meta, class_="meta"),
            el("div", _marked_text(source.text, spans), class_="source-text"),
            class_="source",
            id=source.id,
            aria_labelledby=f"h-{source.id}",
        )

    def warnings(self) -> Markup:
        return self._section(
            "warnings",
            "Skipped or repaired inputs",
            el("ul", [el("li", w) for w in self.brief.warnings], class_="warnings"),
        )


def _unknown(text: str = "unknown") -> Markup:
    return el("span", text, class_="unknown")


def _place(brief: Brief) -> str | None:
    location = brief.event.location
    if location is None:
        return None
    parts = [p for p in (location.name, location.admin1, location.country) if p]
    unique = [p for i, p in enumerate(parts) if p not in parts[:i]]
    return ", ".join(unique) or None


def _outlets(brief: Brief) -> int:
    """Distinct outlets among the sources, one per source whose outlet is unknown."""
    named = {s.outlet.strip().lower() for s in brief.sources if s.outlet and s.outlet.strip()}
    unnamed = sum(1 for s in brief.sources if not (s.outlet and s.outlet.strip()))
    return len(named) + unnamed


def _marked_text(text: str, spans: dict[_Span, list[str]]) -> Markup:
    """The source text with every cited span in ``<mark>``; overlapping spans are split into
    pieces, each listing (``data-ev``) every span it belongs to. The first piece of a span
    carries its id (further spans starting at the same place get an empty anchor)."""
    if not spans:
        return esc(text)
    cuts = sorted({0, len(text)} | {s.start for s in spans} | {s.end for s in spans})
    starting: dict[int, list[_Span]] = defaultdict(list)
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        starting[span.start].append(span)
    out: list[Markup] = []
    for a, b in itertools.pairwise(cuts):
        covering = [s for s in spans if s.start <= a and b <= s.end]
        if not covering:
            out.append(esc(text[a:b]))
            continue
        here = starting.get(a, [])
        out += [el("span", id=s.id, class_="anchor") for s in here[1:]]
        labels = [label for s in covering for label in spans[s]]
        shown = list(dict.fromkeys(labels))
        title = "Cited in: " + ", ".join(shown[:6]) + (" …" if len(shown) > 6 else "")
        out.append(
            el(
                "mark",
                text[a:b],
                id=here[0].id if here else None,
                class_="ev",
                data_ev=" ".join(s.id for s in covering),
                title=title,
            )
        )
    return join(out)


# --------------------------------------------------------------------------- timeline chart

_W, _LEFT, _RIGHT, _ROW, _R = 960, 24, 24, 16, 5


def _period(entry: TimelineEntry) -> tuple[dt.date, dt.date]:
    """The stretch of time an entry's date covers: a day, a month or a year (end exclusive)."""
    day = entry.date
    if entry.precision == "year":
        return dt.date(day.year, 1, 1), dt.date(day.year + 1, 1, 1)
    if entry.precision == "month":
        start = dt.date(day.year, day.month, 1)
        return start, _add_months(start, 1)
    return day, day + dt.timedelta(days=1)


def _add_months(day: dt.date, n: int) -> dt.date:
    month = day.month - 1 + n
    return dt.date(day.year + month // 12, month % 12 + 1, 1)


def _ticks(lo: dt.date, hi: dt.date) -> list[tuple[dt.date, str]]:
    """At most about ten tick dates between ``lo`` and ``hi``, with labels."""
    days = (hi - lo).days
    for step in (1, 2, 7, 14):
        if days / step <= 10:
            first = lo + dt.timedelta(days=(-lo.toordinal()) % step if step == 7 else 0)
            return [
                (d, f"{_MONTHS[d.month - 1]} {d.day}")
                for d in (first + dt.timedelta(days=k) for k in range(0, days + 1, step))
                if lo <= d <= hi
            ]
    months = (hi.year - lo.year) * 12 + hi.month - lo.month
    for step in (1, 2, 3, 6):
        if months / step <= 10:
            start = _add_months(dt.date(lo.year, lo.month, 1), 1)
            ticks = []
            while start <= hi:
                if (start.month - 1) % step == 0:
                    ticks.append((start, f"{_MONTHS[start.month - 1]} {start.year}"))
                start = _add_months(start, 1)
            return ticks
    years = hi.year - lo.year
    step = next((s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500) if years / s <= 10), 1000)
    return [(dt.date(y, 1, 1), str(y)) for y in range(lo.year + 1, hi.year + 1) if y % step == 0]


def _zoom_window(
    entries: Sequence[TimelineEntry], event_date: dt.date | None
) -> tuple[dt.date, dt.date] | None:
    """The fortnight around the event, when the whole timeline is long and at least three
    day-dated entries fall in it (they would be a clump of dots on the long axis)."""
    if event_date is None or not entries:
        return None
    periods = [_period(e) for e in entries]
    if (max(p[1] for p in periods) - min(p[0] for p in periods)).days <= _ZOOM_DAYS:
        return None
    lo, hi = event_date - dt.timedelta(days=10), event_date + dt.timedelta(days=4)
    near = [e for e in entries if e.precision == "day" and lo <= e.date <= hi]
    return (lo, hi) if len(near) >= 3 else None


def _timeline_svg(
    entries: Sequence[TimelineEntry],
    event_date: dt.date | None,
    window_lo: dt.date | None = None,
    window_hi: dt.date | None = None,
) -> Markup:
    """Entries on a time axis (linear in time); overlapping marks are stacked in rows.

    With a window, only day-dated entries inside it are drawn, on an axis of that window."""
    if window_lo is not None and window_hi is not None:
        keep = [
            i
            for i, e in enumerate(entries)
            if e.precision == "day" and window_lo <= e.date <= window_hi
        ]
        lo, hi = window_lo, window_hi + dt.timedelta(days=1)
    else:
        keep = list(range(len(entries)))
        lo = min(_period(entries[i])[0] for i in keep)
        hi = max(_period(entries[i])[1] for i in keep)
        if (hi - lo).days < 14:  # a short story still gets a readable axis
            pad = dt.timedelta(days=(14 - (hi - lo).days) // 2 + 1)
            lo, hi = lo - pad, hi + pad
    periods = {i: _period(entries[i]) for i in keep}
    margin = dt.timedelta(days=max(1, (hi - lo).days // 40))
    lo, hi = lo - margin, hi + margin
    span = (hi - lo).days or 1
    plot = _W - _LEFT - _RIGHT

    def x(day: dt.date) -> float:
        return _LEFT + plot * (day - lo).days / span

    placed: list[tuple[float, float, int, int]] = []  # x0, x1, row, entry index
    row_ends: list[float] = []
    for i in sorted(keep, key=lambda i: (periods[i][0], periods[i][1])):
        start, end = periods[i]
        if entries[i].precision in ("month", "year"):
            x0, x1 = x(start), max(x(end), x(start) + 2 * _R)
        else:
            mid = (x(start) + x(end)) / 2
            x0, x1 = mid - _R, mid + _R
        row = next((r for r, last in enumerate(row_ends) if last + 2 <= x0), len(row_ends))
        if row == len(row_ends):
            row_ends.append(x1)
        else:
            row_ends[row] = x1
        placed.append((x0, x1, row, i))
    rows = len(row_ends)
    axis_y = 18 + rows * _ROW + 6
    height = axis_y + 28
    marks = []
    for x0, x1, row, i in placed:
        entry = entries[i]
        cy = axis_y - 12 - row * _ROW
        if entry.precision in ("month", "year"):
            shape = el(
                "rect",
                class_="span",
                x=f"{x0:.1f}",
                y=f"{cy - 4:.1f}",
                width=f"{x1 - x0:.1f}",
                height="8",
                rx="4",
            )
        else:
            shape = el("circle", class_="day", cx=f"{(x0 + x1) / 2:.1f}", cy=f"{cy:.1f}", r=str(_R))
        label = f"{iso_date(entry.date, entry.precision)}: {entry.text}"
        marks.append(el("a", el("title", label), shape, href=f"#T{i + 1}", tabindex="-1"))
    ticks = []
    for day, text in _ticks(lo, hi):
        tx = x(day)
        ticks.append(
            join(
                [
                    el(
                        "line",
                        class_="tick",
                        x1=f"{tx:.1f}",
                        x2=f"{tx:.1f}",
                        y1="8",
                        y2=str(axis_y),
                    ),
                    el("text", text, x=f"{tx:.1f}", y=str(axis_y + 16), text_anchor="middle"),
                ]
            )
        )
    event = []
    if event_date is not None and lo <= event_date <= hi:
        ex = x(event_date) + plot / span / 2
        event = [
            el("line", class_="event-line", x1=f"{ex:.1f}", x2=f"{ex:.1f}", y1="4", y2=str(axis_y)),
            el("text", "event", class_="event-label", x=f"{ex + 4:.1f}", y="12"),
        ]
    axis = el(
        "line", class_="axis", x1=str(_LEFT), x2=str(_W - _RIGHT), y1=str(axis_y), y2=str(axis_y)
    )
    return el(
        "svg",
        ticks,
        axis,
        event,
        marks,
        class_="timeline",
        viewBox=f"0 0 {_W} {height}",
        aria_hidden="true",
        focusable="false",
    )
