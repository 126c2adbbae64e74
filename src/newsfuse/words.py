"""`word_set`: the one way constant vocabularies are written across the stages."""

from __future__ import annotations

__all__ = ["word_set"]


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text``: a vocabulary written as one readable string
    ("said says told") instead of a list literal of quoted words."""
    return frozenset(text.split())
