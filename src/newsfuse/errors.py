"""The error newsfuse raises to a caller when there is nothing to brief."""

from __future__ import annotations

from collections.abc import Sequence

from newsfuse.models import Problem

__all__ = ["NoUsableInput"]

SHOWN_PROBLEMS = 3  # the message names the first few reasons; ``problems`` holds them all


class NoUsableInput(Exception):
    """Raised when no input article survives ingest and cleaning; carries the reasons, and its
    message names the first of them ("nope/: no such file or directory")."""

    def __init__(self, problems: Sequence[Problem]):
        self.problems = list(problems)
        reasons = "; ".join(map(str, self.problems[:SHOWN_PROBLEMS]))
        if len(self.problems) > SHOWN_PROBLEMS:
            reasons += f"; and {len(self.problems) - SHOWN_PROBLEMS} more"
        super().__init__("no usable articles in the input" + (f": {reasons}" if reasons else ""))
