"""The `newsfuse` command line.

Bad input never produces a traceback: each unusable input is named in one line on stderr, and
the exit code is non-zero only when nothing usable remains (1), the command line itself is
wrong (2), or newsfuse has a bug (70).
"""

from __future__ import annotations

import os

from newsfuse.cli import brief, cluster, evaluate, serve  # noqa: F401  (they register commands)
from newsfuse.cli.app import app, escape_markup, stderr

__all__ = ["app", "main"]


def main() -> None:
    """Console entry point: an unexpected error becomes one line (NEWSFUSE_DEBUG=1: traceback)."""
    try:
        app()
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except Exception as err:
        if os.environ.get("NEWSFUSE_DEBUG"):
            raise
        stderr.print(f"[bold red]newsfuse: internal error:[/] {escape_markup(repr(err))}")
        stderr.print("Re-run with NEWSFUSE_DEBUG=1 for the traceback, and please report it.")
        raise SystemExit(70) from None
