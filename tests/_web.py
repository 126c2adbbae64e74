"""Shared by the HTML, web API and browser tests: hostile briefs, a fake event store, and a
real server on a free loopback port."""

from __future__ import annotations

import datetime as dt
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from newsfuse.models import (
    Brief,
    Conflict,
    ConflictVariant,
    EventRecord,
    Evidence,
    Fact,
    Source,
    SummarySentence,
    TimelineEntry,
)

SCRIPT = "<script>alert(1)</script>"
IMG = '<img src=x onerror="window.__xss=1;alert(2)">'
PAYLOAD = f"{SCRIPT} {IMG}"


def _evidence(source: Source, quote: str) -> Evidence:
    start = source.text.index(quote)
    return Evidence(source=source.id, start=start, end=start + len(quote), quote=quote)


def hostile_brief() -> Brief:
    """A brief whose every piece of article-derived text carries an XSS payload."""
    s1 = Source(
        id="S1",
        article_id="a1",
        path=f"uploads/{SCRIPT}.txt",
        outlet='"><script>alert(3)</script>',
        url="javascript:alert(4)",
        title=f"Title {IMG}",
        published=dt.date(2021, 7, 8),
        text=f"Rockets hit the base {SCRIPT}. Two people were hurt {IMG}. Officials said so.",
    )
    s2 = Source(
        id="S2",
        article_id="a2",
        path="b.txt",
        url="https://example.org/news?a=1&b=2",
        text=f"Three people were hurt {IMG}. The base was hit.",
    )
    q1 = f"Rockets hit the base {SCRIPT}."
    q2 = f"Two people were hurt {IMG}."
    q3 = f"Three people were hurt {IMG}."
    return Brief(
        event=EventRecord(title=f"Attack {SCRIPT}", type=f"attack {IMG}", date=dt.date(2021, 7, 7)),
        sources=[s1, s2],
        summary=[
            SummarySentence(text=q1, sources=["S1"], evidence=[_evidence(s1, q1)], conflicts=["C1"])
        ],
        facts=[
            Fact(
                id="F1",
                statement=f"2 people hurt {SCRIPT}",
                value="2",
                sources=["S1"],
                support=1,
                evidence=[_evidence(s1, q2)],
            )
        ],
        conflicts=[
            Conflict(
                id="C1",
                question=f"number hurt {IMG}",
                kind="number",
                variants=[
                    ConflictVariant(
                        value=f"2 {SCRIPT}",
                        sources=["S1"],
                        attributed_to=f"officials {IMG}",
                        evidence=[_evidence(s1, q2)],
                    ),
                    ConflictVariant(value="3", sources=["S2"], evidence=[_evidence(s2, q3)]),
                ],
            )
        ],
        timeline=[
            TimelineEntry(date=dt.date(2021, 7, 7), precision="day", text=q1, sources=["S1"]),
            TimelineEntry(date=dt.date(2021, 7, 1), precision="month", text=q3, sources=["S2"]),
        ],
        warnings=[f"x.txt: {SCRIPT}"],
    )


@dataclass(frozen=True)
class FakeEvent:
    id: str
    title: str
    size: int
    first: dt.date | None
    last: dt.date | None


@dataclass
class FakeStore:
    """The interface of `newsfuse.store.Store`, in memory."""

    path: str | Path
    briefs: dict[str, Brief] = field(default_factory=dict)
    closed: bool = False

    def list_events(self) -> list[FakeEvent]:
        return [
            FakeEvent("e/2", f"Second {SCRIPT}", 2, dt.date(2021, 7, 8), dt.date(2021, 7, 9)),
            FakeEvent("e1", "First event", 5, dt.date(2021, 7, 7), None),
        ]

    def event_brief(self, event_id: str) -> Brief:
        return self.briefs[event_id]

    def close(self) -> None:
        self.closed = True


def fake_store_factory(briefs: dict[str, Brief]) -> Any:
    opened: list[FakeStore] = []

    def factory(path: str | Path) -> FakeStore:
        store = FakeStore(path, briefs)
        opened.append(store)
        return store

    factory.opened = opened  # type: ignore[attr-defined]
    return factory


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def running_server(app: Any) -> Iterator[str]:
    """uvicorn serving ``app`` in a background thread; yields its base URL."""
    import uvicorn

    port = free_port()
    config = uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 60
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
