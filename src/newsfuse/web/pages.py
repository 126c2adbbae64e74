"""The web app's own pages (home, errors): server-rendered, usable without JavaScript.

Everything is built with `newsfuse.render.safehtml.el`, so text from users, uploads and the
event store is escaped; the pages share the report's stylesheet and its hashed CSP.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

from newsfuse.render.html import Document, page
from newsfuse.render.safehtml import Markup, el, join
from newsfuse.web.storage import BriefInfo

ACCEPT = ".txt,.text,.html,.htm,.json,.jsonl,.ndjson"


def size(n_bytes: float) -> str:
    """A byte count for people: ``10 MB``, ``488 KB``."""
    if n_bytes >= 1024 * 1024:
        return f"{n_bytes / 1024 / 1024:.3g} MB"
    return f"{max(1, round(n_bytes / 1024))} KB"


def _nav() -> Markup:
    return el(
        "nav",
        el("a", "newsfuse", href="/"),
        el("a", "API", href="/docs"),
        el("a", "OpenAPI JSON", href="/openapi.json"),
        class_="appnav wrap",
        aria_label="Site",
    )


def app_page(title: str, *content: object) -> Document:
    body = join(
        [
            el("a", "Skip to the content", href="#main", class_="skip"),
            _nav(),
            el("main", el("h1", title), *content, class_="wrap", id="main"),
        ]
    )
    return page(f"{title} · newsfuse", body, form_action="'self'")


def home(
    *,
    demo: bool,
    recent: Sequence[BriefInfo],
    events: Sequence[object] | None,
    events_error: str | None = None,
    max_files: int,
    max_bytes: int,
    error: str | None = None,
    text: str = "",
) -> Document:
    """Paste or upload articles, open the demo, or pick an event or an earlier brief."""
    parts: list[object] = [
        el(
            "p",
            "Many reports of one event in, one brief out: every sentence names its sources, "
            "and every citation opens the passage it quotes.",
            class_="hint",
        )
    ]
    if error:
        parts.append(el("p", error, class_="error", role="alert"))
    if demo:
        parts.append(
            el(
                "form",
                el("button", "Open the demo brief", type="submit", class_="secondary"),
                " ",
                el(
                    "span", "five reports of the July 2021 Ain al-Asad rocket attack", class_="hint"
                ),
                method="post",
                action="/demo",
            )
        )
    parts.append(
        el(
            "form",
            el("h2", "Make a brief", id="h-new"),
            el("label", "Paste articles", for_="text"),
            el(
                "p",
                "Separate articles with a line holding only ---. A first line like "
                "“date 2021-07-08” dates an article; a short first line followed by a blank "
                "line is its title.",
                class_="hint",
                id="text-hint",
            ),
            el("textarea", text, id="text", name="text", aria_describedby="text-hint"),
            el("label", "…or upload files", for_="files"),
            el(
                "p",
                f"Text, HTML, JSON or JSON Lines; at most {max_files} files and "
                f"{size(max_bytes)} in all.",
                class_="hint",
                id="files-hint",
            ),
            el(
                "input",
                type="file",
                id="files",
                name="files",
                multiple=True,
                accept=ACCEPT,
                aria_describedby="files-hint",
            ),
            el("div", el("button", "Make the brief", type="submit")),
            method="post",
            action="/briefs",
            enctype="multipart/form-data",
            class_="paste",
            aria_labelledby="h-new",
        )
    )
    if events is not None or events_error:
        parts.append(el("h2", "Events in the store"))
        if events_error:
            parts.append(el("p", events_error, class_="error"))
        elif not events:
            parts.append(el("p", "The store holds no events yet.", class_="empty"))
        else:
            parts.append(_events_table(events))
    if recent:
        parts.append(el("h2", "Recent briefs"))
        parts.append(
            el(
                "ul",
                [
                    el(
                        "li",
                        el("a", b.title or "Untitled brief", href=f"/briefs/{quote(b.id)}"),
                        " ",
                        el("span", f"{b.sources} sources · {b.created}", class_="hint"),
                    )
                    for b in recent
                ],
            )
        )
    return app_page("newsfuse", *parts)


def _events_table(events: Sequence[object]) -> Markup:
    rows = []
    for event in events:
        first = getattr(event, "first", None)
        last = getattr(event, "last", None)
        span = " – ".join(dict.fromkeys(d.isoformat() for d in (first, last) if d is not None))
        rows.append(
            el(
                "tr",
                el(
                    "td",
                    el(
                        "a",
                        getattr(event, "title", None) or str(event.id),  # type: ignore[attr-defined]
                        href=f"/events/{quote(str(event.id), safe='')}",  # type: ignore[attr-defined]
                    ),
                ),
                el("td", str(getattr(event, "size", ""))),
                el("td", span or "date unknown"),
            )
        )
    head = el(
        "thead",
        el(
            "tr",
            el("th", "Event", scope="col"),
            el("th", "Reports", scope="col"),
            el("th", "Dates", scope="col"),
        ),
    )
    return el("table", head, el("tbody", rows), class_="events")


def error_page(status: int, message: str, problems: Sequence[str] = ()) -> Document:
    titles = {
        400: "Bad request",
        404: "Not found",
        413: "Too large",
        422: "Nothing to brief",
        500: "Something went wrong",
    }
    content: list[object] = [el("p", message, class_="error", role="alert")]
    if problems:
        content.append(el("ul", [el("li", p) for p in problems]))
    content.append(el("p", el("a", "Back to the start", href="/")))
    return app_page(titles.get(status, "Error"), *content)
