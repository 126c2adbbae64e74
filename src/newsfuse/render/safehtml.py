"""Build HTML where escaping is the default: a string is text unless it is `Markup`.

Article text is untrusted (a scraped page may carry ``<script>`` or ``onerror=``), so no HTML
in newsfuse is made by pasting strings together. `el` escapes every child that is not already
`Markup` and every attribute value; tag and attribute names are checked against a strict
pattern, so even a programming mistake cannot turn data into markup.

    >>> str(el("p", "<b>bold?</b>", class_="note"))
    '<p class="note">&lt;b&gt;bold?&lt;/b&gt;</p>'
"""

from __future__ import annotations

import base64
import hashlib
import html
import re
from collections.abc import Iterable
from urllib.parse import urlsplit

__all__ = ["Markup", "csp_hash", "el", "esc", "join", "safe_url"]

_NAME = re.compile(r"^[a-z][a-z0-9-]*$")
_ATTR = re.compile(r"^[a-zA-Z][a-zA-Z0-9:-]*$")
_VOID = frozenset({"br", "hr", "img", "input", "link", "meta", "source", "wbr"})
_SVG_EMPTY = frozenset({"circle", "line", "rect", "path", "polyline"})
_SCHEMES = frozenset({"http", "https"})


class Markup(str):
    """A string that is already HTML (escaped text or elements); `esc` leaves it alone."""

    __slots__ = ()

    def __add__(self, other: object) -> Markup:
        return Markup(str.__add__(self, esc(other)))

    def __radd__(self, other: object) -> Markup:
        return Markup(str.__add__(esc(other), self))


def esc(value: object) -> Markup:
    """``value`` as HTML text: escaped (quotes included) unless it is `Markup` already."""
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    return Markup(html.escape(str(value), quote=True))


def join(children: Iterable[object], sep: object = "") -> Markup:
    """Children escaped and joined with ``sep`` (itself escaped unless `Markup`)."""
    return Markup(esc(sep).join(_flatten(children)))


def _flatten(children: Iterable[object]) -> Iterable[Markup]:
    for child in children:
        if child is None or child is False:
            continue
        if isinstance(child, str | int | float):
            yield esc(child)
        else:
            yield from _flatten(child)  # type: ignore[arg-type]


def el(tag: str, *children: object, **attrs: object) -> Markup:
    """An element: ``el("a", "text", href="#x", aria_describedby="t1", class_="cite")``.

    Attribute names: a trailing ``_`` is dropped (``class_``) and ``_`` becomes ``-``
    (``aria_label``); ``True`` writes a bare attribute, ``None``/``False`` leaves it out.
    """
    if not _NAME.match(tag):
        raise ValueError(f"bad tag name {tag!r}")
    parts = [tag]
    for key, value in attrs.items():
        if value is None or value is False:
            continue
        name = key.rstrip("_").replace("_", "-")
        if not _ATTR.match(name) or name.lower().startswith("on") or name.lower() == "style":
            raise ValueError(f"attribute {name!r} is not allowed")
        if name in ("href", "src", "action") and not _local_or_safe(str(value)):
            raise ValueError(f"unsafe URL in {name}: {value!r}")
        parts.append(name if value is True else f'{name}="{esc(value)}"')
    start = "<" + " ".join(parts) + ">"
    if tag in _VOID:
        return Markup(start)
    if tag in _SVG_EMPTY and not children:
        return Markup(start[:-1] + "/>")
    return Markup("".join((start, join(children), f"</{tag}>")))


def _local_or_safe(url: str) -> bool:
    """Fragment, path or query links of our own, or an http(s) URL."""
    if url.startswith(("#", "/", "?")) and not url.startswith("//"):
        return True
    return safe_url(url) is not None


def safe_url(url: str | None) -> str | None:
    """``url`` if it is an absolute http(s) URL fit for a link, else None (``javascript:``,
    ``data:``, relative or malformed URLs from article metadata are never made links)."""
    if not url:
        return None
    url = url.strip()
    if any(ord(c) < 33 or c in '"<>\\`' for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in _SCHEMES or not parts.netloc:
        return None
    return url


def csp_hash(content: str) -> str:
    """The CSP source expression allowing exactly this inline ``<style>``/``<script>`` body."""
    digest = hashlib.sha256(content.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"
