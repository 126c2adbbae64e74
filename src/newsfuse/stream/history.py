"""What changed between two versions of an event's brief, in lines a reader can scan.

Source ids (``S1``, ``S2``, ...) are per brief, so the two versions are matched by *article
id*, and lines name sources by the new brief's ids: "new: 2 rockets hit the US embassy on
Thursday, reported by S6". Compared: sources (new ones, with outlet and title), facts (by
statement), conflicts (by question), casualty figures, timeline entries (by date and text),
the event's date and location. A first version has no changes.
"""

from __future__ import annotations

from newsfuse.models import Brief

__all__ = ["brief_changes"]


def _reported(sources: list[str]) -> str:
    return f", reported by {', '.join(sources)}" if sources else ""


def brief_changes(previous: Brief | None, current: Brief) -> list[str]:
    """Lines describing what ``current`` adds to or drops from ``previous``."""
    if previous is None:
        return []
    lines: list[str] = []
    old_articles = {s.article_id for s in previous.sources}
    for source in current.sources:
        if source.article_id not in old_articles:
            label = " — ".join(x for x in (source.outlet, source.title) if x) or source.path
            lines.append(f"new source {source.id}: {label}")
    new_articles = {s.article_id for s in current.sources}
    dropped = [s for s in previous.sources if s.article_id not in new_articles]
    if dropped:
        lines.append(f"{len(dropped)} older source(s) no longer in the brief")

    old_facts = {f.statement for f in previous.facts}
    for fact in current.facts:
        if fact.statement not in old_facts:
            lines.append(f"new: {fact.statement}{_reported(fact.sources)}")
    new_facts = {f.statement for f in current.facts}
    for fact in previous.facts:
        if fact.statement not in new_facts:
            lines.append(f"no longer a fact: {fact.statement}")

    old_conflicts = {c.question: c for c in previous.conflicts}
    for conflict in current.conflicts:
        values = " vs ".join(v.value for v in conflict.variants)
        before = old_conflicts.get(conflict.question)
        if before is None:
            lines.append(f"new conflict: {conflict.question} ({values})")
        elif [v.value for v in before.variants] != [v.value for v in conflict.variants]:
            lines.append(f"conflict changed: {conflict.question} (now {values})")
    for question in old_conflicts.keys() - {c.question for c in current.conflicts}:
        lines.append(f"conflict settled or gone: {question}")

    old_casualties = {(c.kind, c.value) for c in previous.event.casualties}
    for casualty in current.event.casualties:
        if (casualty.kind, casualty.value) not in old_casualties:
            lines.append(f"{casualty.kind}: now {casualty.value}{_reported(casualty.sources)}")

    old_timeline = {(e.date, e.text) for e in previous.timeline}
    for entry in current.timeline:
        if (entry.date, entry.text) not in old_timeline:
            lines.append(f"timeline {entry.date.isoformat()}: {entry.text}")

    if previous.event.date != current.event.date and current.event.date is not None:
        lines.append(f"event date now {current.event.date.isoformat()}")
    if previous.event.location != current.event.location and current.event.location:
        place = ", ".join(
            x
            for x in (
                current.event.location.name,
                current.event.location.admin1,
                current.event.location.country,
            )
            if x
        )
        if place:
            lines.append(f"location now {place}")
    return lines
