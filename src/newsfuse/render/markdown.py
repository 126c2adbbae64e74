"""The Markdown brief: what a reader sees in the terminal (via rich) or in `--md FILE`.

Sections with nothing in them are left out, except the summary and the sources, which every
brief has. Article text is untrusted: Markdown control characters in it are escaped so that a
scraped page cannot inject links or formatting into the brief.
"""

from __future__ import annotations

import re

from newsfuse.models import Brief, Source

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|!])")


def escape(text: str) -> str:
    """Escape Markdown/HTML control characters in untrusted article text."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)


def _cite(source_ids: list[str]) -> str:
    return "[" + ", ".join(source_ids) + "]"


def _source_line(source: Source) -> str:
    parts = [f"**{source.id}**", f"`{source.path}`"]
    if source.title:
        parts.append(escape(source.title))
    if source.outlet:
        parts.append(escape(source.outlet))
    parts.append(source.published.isoformat() if source.published else "date unknown")
    return "- " + " · ".join(parts)


def to_markdown(brief: Brief) -> str:
    title = escape(brief.event.title) if brief.event.title else "Brief"
    n = len(brief.sources)
    lines = [f"# {title}", "", f"*{n} source{'s' if n != 1 else ''}*", "", "## Summary", ""]
    if brief.summary:
        lines += [f"{escape(s.text)} {_cite(s.sources)}" for s in brief.summary]
    else:
        lines.append("*No sentence in the sources was fit for a summary.*")

    if brief.facts:
        lines += ["", "## Facts", "", "| fact | value | support | sources |", "|---|---|---|---|"]
        for fact in brief.facts:
            value = " ".join(v for v in (fact.value, fact.unit) if v)
            lines.append(
                f"| {escape(fact.statement)} | {escape(value)} | {len(fact.sources)} "
                f"| {', '.join(fact.sources)} |"
            )
    if brief.conflicts:
        lines += ["", "## Where sources disagree", ""]
        for conflict in brief.conflicts:
            lines.append(f"- **{escape(conflict.question)}** ({conflict.kind})")
            for v in conflict.variants:
                who = f", according to {escape(v.attributed_to)}" if v.attributed_to else ""
                lines.append(f"  - {escape(v.value)}{who} {_cite(v.sources)}")
    if brief.timeline:
        lines += ["", "## Timeline", ""]
        for entry in brief.timeline:
            lines.append(
                f"- **{entry.date.isoformat()}** {escape(entry.text)} {_cite(entry.sources)}"
            )

    lines += ["", "## Sources", ""] + [_source_line(s) for s in brief.sources]
    if brief.warnings:
        lines += ["", "## Skipped or repaired inputs", ""] + [
            f"- {escape(w)}" for w in brief.warnings
        ]
    return "\n".join(lines) + "\n"
