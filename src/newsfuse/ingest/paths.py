"""Command-line style inputs (files, folders, globs, ``-``) expanded into a list of sources.

* A file named explicitly is always attempted; an unsupported extension is reported. A file
  without any extension is read as plain text (``notes``, ``article``).
* A folder is walked recursively in sorted path order. Hidden files and folders (``.git``,
  ``.DS_Store``) are skipped silently; symlinked folders are followed once, so loops end.
  Files with other extensions are skipped with *one* problem per folder naming their
  extensions, rather than one line per file: a folder of articles often holds a README or
  images, and that should not bury the real warnings.
* Special files found in a folder or by a glob (a FIFO, socket or device named ``*.txt``) are
  skipped with one problem per folder: opening a FIFO waits forever for a writer. Named
  explicitly, they are read (``newsfuse brief <(curl ...)`` passes a pipe).
* A glob (``*.txt``, ``data/**/*.jsonl``) is expanded here because shells on some platforms
  (and Python callers) do not. Its matches are treated like a folder's contents.
* ``-`` is standard input.
"""

from __future__ import annotations

import glob
import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from ..models import Problem

Kind = Literal["text", "html", "json", "jsonl"]

KINDS: dict[str, Kind] = {
    ".txt": "text",
    ".text": "text",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}
SUPPORTED = ", ".join(KINDS)
STDIN = "-"
_GLOB_CHARS = frozenset("*?[")


@dataclass(frozen=True, slots=True)
class Source:
    """One input to read: a file (``path`` set) or standard input (``path is None``)."""

    origin: str
    kind: Kind | None
    path: Path | None = None


def kind_of(path: Path, *, explicit: bool) -> Kind | None:
    """The reader for a file, by extension; extension-less files named explicitly are text."""
    suffix = path.suffix.lower()
    if not suffix and explicit:
        return "text"
    return KINDS.get(suffix)


def expand(paths: list[str]) -> Iterator[Source | Problem]:
    """Sources in a deterministic order, with a problem for each path that yields nothing."""
    for given in paths:
        if given == STDIN:
            yield Source("stdin", None)
            continue
        path = Path(given)
        if path.is_dir():
            yield from _matches(given, _walk(path), "no supported files in folder")
        elif path.exists() or path.is_symlink():
            yield _explicit(given, path)
        elif _GLOB_CHARS.intersection(given):
            yield from _matches(given, _glob(given), "no supported files match this pattern")
        else:
            yield Problem(given, "no such file or directory")


def _explicit(given: str, path: Path) -> Source | Problem:
    """A file the user named: read it, or say why not."""
    kind = kind_of(path, explicit=True)
    if kind is None:
        return Problem(
            given, f"unsupported file type '{path.suffix}' (supported: {SUPPORTED}), skipped"
        )
    return Source(given, kind, path)


def _matches(given: str, files: list[str], none_message: str) -> Iterator[Source | Problem]:
    """Supported files among a folder's or pattern's files, and one note on the rest."""
    skipped: list[str] = []
    special = 0
    for name in files:
        path = Path(name)
        kind = kind_of(path, explicit=False)
        if kind is None:
            skipped.append(path.suffix.lower() or "no extension")
        elif _is_special(name):
            special += 1
        else:
            yield Source(name, kind, path)
    if special:
        yield Problem(given, f"skipped {special} special file(s) (FIFO, socket or device)")
    if len(skipped) + special == len(files):
        yield Problem(given, none_message)
    elif skipped:
        kinds = ", ".join(sorted(set(skipped)))
        yield Problem(given, f"skipped {len(skipped)} unsupported file(s) ({kinds})")


def _is_special(name: str) -> bool:
    """A FIFO, socket or device: not a regular file (a dangling link is not special: reading
    it reports "no such file or directory")."""
    try:
        return not stat.S_ISREG(os.stat(name).st_mode)
    except OSError:
        return False


def _glob(pattern: str) -> list[str]:
    """Files matching ``pattern``, folders among the matches walked, each file once."""
    files: set[str] = set()
    for match in glob.glob(pattern, recursive=True):
        files.update(_walk(Path(match)) if os.path.isdir(match) else [match])
    return sorted(files)


def _walk(root: Path) -> list[str]:
    """Non-hidden files under ``root``, sorted by path; each real folder is visited once."""
    files: list[str] = []
    seen: set[tuple[int, int]] = set()
    for folder, dirs, names in os.walk(root, followlinks=True):
        stat = os.stat(folder)
        if (stat.st_dev, stat.st_ino) in seen:
            dirs.clear()
            continue
        seen.add((stat.st_dev, stat.st_ino))
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        files.extend(os.path.join(folder, n) for n in names if not n.startswith("."))
    return sorted(files)
