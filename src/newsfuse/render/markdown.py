"""The Markdown brief: what a reader sees in the terminal (via rich) or in `--md FILE`.

Sections with nothing in them are left out, except the summary and the sources, which every
brief has. Article text is untrusted: Markdown control characters in it are escaped so that a
scraped page cannot inject links or formatting into the brief.
"""

from __future__ import annotations

import datetime as dt
import re

from newsfuse.models import Brief, Source, SummarySentence
from newsfuse.render.wording import copy_note, sources_phrase

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!])")


def escape(text: str) -> str:
    """Escape Markdown/HTML control characters in untrusted article text."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _code(text: str) -> str:
    """A code span that the text (a file name may hold backticks) cannot close early: its fence
    is one backtick longer than the longest run inside (CommonMark's rule)."""
    inner = " ".join(text.splitlines())
    fence = "`" * (max((len(run) for run in re.findall("`+", inner)), default=0) + 1)
    pad = " " if inner.startswith("`") or inner.endswith("`") else ""
    return f"{fence}{pad}{inner}{pad}{fence}"


def _cite(source_ids: list[str]) -> str:
    return "[" + ", ".join(source_ids) + "]"


def _source_line(source: Source) -> str:
    parts = [f"**{source.id}**", _code(source.path)]
    if source.title:
        parts.append(escape(source.title))
    if source.outlet:
        parts.append(escape(source.outlet))
    parts.append(source.published.isoformat() if source.published else "date unknown")
    if note := copy_note(source):
        parts.append(note)
    return "- " + " · ".join(parts)


def _date(day: dt.date, precision: str | None) -> str:
    """A date at the precision it is known to: never a day that was not stated."""
    if precision == "year":
        return f"{day.year}"
    if precision == "month":
        return f"{day.year}-{day.month:02d}"
    return day.isoformat()


def _event_line(brief: Brief) -> str:
    event = brief.event
    parts = [sources_phrase(brief)]
    if event.type:
        parts.append(escape(event.type))
    if event.location and event.location.name:
        where = ", ".join(v for v in (event.location.name, event.location.country) if v)
        parts.append(escape(where))
    if event.date:
        parts.append(f"event date {_date(event.date, event.date_precision)}")
    for casualty in event.casualties:
        disputed = f", disputed: {casualty.conflict}" if casualty.conflict else ""
        parts.append(f"{casualty.value} {casualty.kind} ({casualty.fact}{disputed})")
    if event.claimed_by:
        disputed = " (disputed)" if len(event.claimed_by) > 1 else ""
        parts.append(f"claimed by {escape(' / '.join(event.claimed_by))}{disputed}")
    return "*" + " · ".join(parts) + "*"


def _summary_line(sentence: SummarySentence) -> str:
    line = f"{escape(sentence.text)} {_cite(sentence.sources)}"
    if sentence.conflicts:
        line += f" *(disputed, see {', '.join(sentence.conflicts)})*"
    return line


def to_markdown(brief: Brief) -> str:
    title = escape(brief.event.title) if brief.event.title else "Brief"
    lines = [f"# {title}", "", _event_line(brief), "", "## Summary", ""]
    if brief.summary:  # a paragraph each: Markdown would run single lines into one
        lines += "\n\n".join(_summary_line(s) for s in brief.summary).split("\n")
    else:
        lines.append("*No sentence in the sources was fit for a summary.*")

    if brief.facts:
        lines += ["", "## Facts", "", "| id | fact | support | sources |", "|---|---|---|---|"]
        for fact in brief.facts:
            disputed = f" *(disputed, see {fact.conflict})*" if fact.conflict else ""
            lines.append(
                f"| {fact.id} | {escape(fact.statement)}{disputed} | {fact.support} "
                f"| {', '.join(fact.sources)} |"
            )
    if brief.conflicts:
        lines += ["", "## Where sources disagree", ""]
        for conflict in brief.conflicts:
            lines.append(f"- **{conflict.id}: {escape(conflict.question)}** ({conflict.kind})")
            for v in conflict.variants:
                who = f", according to {escape(v.attributed_to)}" if v.attributed_to else ""
                lines.append(f"  - {escape(v.value)}{who} {_cite(v.sources)}")
    if brief.timeline:
        lines += ["", "## Timeline", ""]
        for entry in brief.timeline:
            when = _date(entry.date, entry.precision)
            lines.append(f"- **{when}** {escape(entry.text)} {_cite(entry.sources)}")

    if brief.entities:
        lines += ["", "## Who and where", ""]
        for entity in brief.entities:
            also = f" (also: {escape(', '.join(entity.aliases))})" if entity.aliases else ""
            name = f"**{escape(entity.name)}** {entity.label}"
            lines.append(f"- {name}{also} {_cite(entity.sources)}")
    lines += ["", "## Sources", ""] + [_source_line(s) for s in brief.sources]
    if brief.warnings:
        lines += ["", "## Skipped or repaired inputs", ""] + [
            f"- {escape(w)}" for w in brief.warnings
        ]
    return "\n".join(lines) + "\n"
