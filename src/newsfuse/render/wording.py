"""Wording the Markdown and HTML renderers share, so the two never tell a reader different
things."""

from __future__ import annotations

from newsfuse.models import Brief, Source

__all__ = ["copy_note", "sources_phrase"]


def sources_phrase(brief: Brief) -> str:
    """ "5 sources (1 copy)": how many sources, and how many add no support (a near-identical
    copy, or a version repeating another source: `reconcile.reports`)."""
    n = len(brief.sources)
    phrase = f"{n} source{'s' if n != 1 else ''}"
    if copies := sum(1 for s in brief.sources if s.copy_of):
        phrase += f" ({copies} cop{'ies' if copies != 1 else 'y'})"
    return phrase


def copy_note(source: Source) -> str | None:
    """What a reader must know of a wire copy: whose copy it is, and that it adds no support."""
    return f"copy of {source.copy_of}, adds no support" if source.copy_of else None
