"""`Answer`: one answer to a question that is not a count (who claimed it, was anything
damaged), with the statements that give it. Facts and conflicts are built from answers the way
they are built from groups of counts: sources, support and evidence come from the statements."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

__all__ = ["Answer", "Stated"]


class Stated(Protocol):
    """A statement found in one sentence of one article."""

    @property
    def article_id(self) -> str: ...

    @property
    def sentence_index(self) -> int: ...


@dataclass(frozen=True)
class Answer:
    """The statements giving one answer; subclasses say what the answer is (``value``)."""

    statements: tuple[Stated, ...]

    @property
    def value(self) -> str:
        raise NotImplementedError

    @property
    def article_ids(self) -> frozenset[str]:
        return frozenset(s.article_id for s in self.statements)

    @property
    def where(self) -> tuple[tuple[str, int], ...]:
        """(article id, sentence index) of each statement, once each: the evidence."""
        return tuple(dict.fromkeys((s.article_id, s.sentence_index) for s in self.statements))
