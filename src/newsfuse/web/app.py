"""The newsfuse web app (`newsfuse serve`): read briefs in a browser, or make them over JSON.

Pages (server-rendered, no JavaScript needed): ``/`` to paste text, upload files or open the
demo, and pick an event from the store or an earlier brief; ``/briefs/{id}`` the report (the
same page as ``newsfuse brief --html``); ``/events/{id}`` an event of the store as a report.

JSON API (OpenAPI at ``/openapi.json``, interactive page at ``/docs``):

* ``POST /api/briefs`` ``{"articles": [{"text", "title"?, "published"?, "url"?, "outlet"?}],
  "words"?}`` → 201, the brief of the contract plus its ``id`` (``Location`` header).
* ``GET /api/briefs/{id}`` → the same; ``GET /api/briefs`` → the newest briefs.
* ``GET /api/events?limit=100&offset=0&min_size=1`` → the events of the store, newest first, a
  page at a time (404 when the app has no store, 503 when it cannot be read);
  ``GET /api/events/{id}`` → an event's brief.
* ``GET /api/health``.

Status codes: 400 malformed JSON or multipart; 404 unknown id; 413 body over the size limit,
too many files or articles; 415 a body that is not JSON; 422 a well-formed request with
nothing usable in it (no articles, empty text, a date that is not YYYY-MM-DD, no article with
text after cleaning).

Safety: every string from an article is escaped (`newsfuse.render.safehtml`); pages carry a
hash-based Content-Security-Policy, so no injected script could run anyway; uploaded file
names are labels only and never touch the file system; request bodies are capped before they
are read. Briefs are built in a thread pool, a few at a time, so the server stays responsive.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import unicodedata
from collections.abc import AsyncIterator, Callable, Collection
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Protocol
from urllib.parse import quote

import anyio
from fastapi import FastAPI, HTTPException, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from pydantic import BaseModel, ConfigDict, Field, field_validator
from starlette.exceptions import HTTPException as StarletteHTTPException

import newsfuse
from newsfuse.ingest import read_inputs
from newsfuse.ingest.dates import parse_date
from newsfuse.ingest.uploads import read_records, read_uploads
from newsfuse.models import Brief
from newsfuse.pipeline import NoUsableInput, build_brief
from newsfuse.render.html import csp_for, render_report
from newsfuse.settings import DEFAULT_SETTINGS, Settings
from newsfuse.web import pages
from newsfuse.web.storage import BriefStore, valid_id

__all__ = ["Limits", "create_app"]

DEMO_ID = "demo"
_DEMO_DIR = Path(newsfuse.__file__).resolve().parents[2] / "examples" / "ain-al-asad"
_SEPARATOR = re.compile(r"^[ \t]*-{3,}[ \t]*$", re.MULTILINE)
_DOCS_CSP = (
    "default-src 'none'; script-src 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'unsafe-inline' https://cdn.jsdelivr.net; img-src 'self' data: "
    "https://fastapi.tiangolo.com; connect-src 'self'; frame-ancestors 'none'"
)


@dataclass(frozen=True, slots=True)
class Limits:
    """What one request may ask for. Over a limit: 413 with a message naming the limit."""

    max_body_bytes: int = 10 * 1024 * 1024  # the whole request body (JSON or uploads)
    max_files: int = 20  # files in one upload
    max_articles: int = 200  # articles in one JSON request
    workers: int = 4  # briefs built at the same time (the rest wait their turn)


class EventStore(Protocol):
    """What the app needs of `newsfuse.store.Store` (injected, so tests can fake it)."""

    def list_events(self) -> list[Any]: ...
    def event_brief(self, event_id: str) -> Brief: ...
    def close(self) -> None: ...


# --------------------------------------------------------------------------- API models


class ArticleIn(BaseModel):
    """One article: its text, and what is known about it."""

    model_config = ConfigDict(extra="forbid")

    text: str = Field(description="The article text (plain text).")
    title: str | None = None
    published: str | None = Field(None, description="Publication date, YYYY-MM-DD.")
    url: str | None = None
    outlet: str | None = Field(None, description="The outlet, for counting distinct support.")

    @field_validator("text")
    @classmethod
    def _has_text(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("text is empty")
        return value

    @field_validator("published")
    @classmethod
    def _is_date(cls, value: str | None) -> str | None:
        if value is not None and parse_date(value) is None:
            raise ValueError("published must be a date written YYYY-MM-DD")
        return value


class BriefRequest(BaseModel):
    """Articles about one event."""

    model_config = ConfigDict(extra="forbid")

    articles: list[ArticleIn] = Field(min_length=1)
    words: int | None = Field(None, ge=10, le=2000, description="Summary length in words.")


class EventOut(BaseModel):
    id: str
    title: str | None
    size: int
    first: dt.date | None
    last: dt.date | None


class BriefListItem(BaseModel):
    id: str
    created: str
    title: str | None
    sources: int


# --------------------------------------------------------------------------- middleware


class _Guard:
    """Outermost ASGI layer: security headers on every response, and the body size cap.

    A body announced (Content-Length) over the limit is refused before it is read; a body
    streamed without a length is counted as it arrives and refused when it passes the limit.
    """

    def __init__(self, app: Any, max_bytes: int, csp: str) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.csp = csp

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        path: str = scope.get("path", "")
        csp = _DOCS_CSP if path.startswith("/docs") else self.csp

        async def send_with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                names = {k.lower() for k, _ in headers}
                for name, value in (
                    (b"content-security-policy", csp.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                    (b"cross-origin-opener-policy", b"same-origin"),
                ):
                    if name not in names:
                        headers.append((name, value))
                message = {**message, "headers": headers}
            await send(message)

        length = dict(scope.get("headers", [])).get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.max_bytes
            except ValueError:
                too_big = False
            if too_big:
                response = _too_large(path, self.max_bytes)
                await response(scope, receive, send_with_headers)
                return

        received = 0
        max_bytes = self.max_bytes

        async def counting_receive() -> dict:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > max_bytes:
                    raise HTTPException(413, _too_large_message(max_bytes))
            return message

        await self.app(scope, counting_receive, send_with_headers)


def _too_large_message(max_bytes: int) -> str:
    return f"request body too large: the limit is {pages.size(max_bytes)}"


def _too_large(path: str, max_bytes: int) -> Response:
    message = _too_large_message(max_bytes)
    if path.startswith("/api"):
        return JSONResponse({"detail": message}, status_code=413)
    return HTMLResponse(pages.error_page(413, message).html, status_code=413)


# --------------------------------------------------------------------------- the app


def create_app(
    db_path: str | Path,
    store_path: str | Path | None = None,
    *,
    store_factory: Callable[[str | Path], EventStore] | None = None,
    settings: Settings = DEFAULT_SETTINGS,
    limits: Limits = Limits(),
    demo_dir: str | Path | None = _DEMO_DIR,
    warm: bool = True,
) -> Any:
    """The ASGI app: briefs persisted in SQLite at ``db_path``; events from the store at
    ``store_path`` (opened per request with ``store_factory``, default `newsfuse.store.Store`);
    the demo cluster read from ``demo_dir``. ``warm`` loads the NER model at startup."""
    briefs = BriefStore(db_path)
    if store_path is not None and store_factory is None:
        from newsfuse.store import Store  # the stream engine's event store

        store_factory = Store
    demo = Path(demo_dir) if demo_dir is not None and Path(demo_dir).is_dir() else None
    csp = csp_for(form_action="'self'") + "; frame-ancestors 'none'"
    state: dict[str, Any] = {}

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        state["limiter"] = anyio.CapacityLimiter(limits.workers)
        if warm:
            await anyio.to_thread.run_sync(_warm_up, settings)
        yield

    app = FastAPI(
        title="newsfuse",
        version=newsfuse.__version__,
        description="Many news reports of one event in, one source-attributed brief out. "
        "Briefs follow the brief.json contract (docs/brief.schema.json) plus their `id`.",
        lifespan=lifespan,
        redoc_url=None,
    )

    def limiter() -> anyio.CapacityLimiter:
        if "limiter" not in state:  # a client that skipped the lifespan (tests)
            state["limiter"] = anyio.CapacityLimiter(limits.workers)
        return state["limiter"]

    async def make_brief(ingested: Any, words: int | None = None) -> Brief:
        run = dataclasses.replace(settings, words=words) if words else settings
        return await anyio.to_thread.run_sync(
            build_brief, ingested.articles, run, ingested.problems, limiter=limiter()
        )

    def wants_json(request: Request) -> bool:
        return request.url.path.startswith("/api")

    # ---- errors: JSON under /api, pages elsewhere

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail
        if wants_json(request):
            return JSONResponse({"detail": detail}, exc.status_code, headers=exc.headers)
        message = detail if isinstance(detail, str) else detail.get("message", "error")
        problems = [] if isinstance(detail, str) else detail.get("problems", [])
        document = pages.error_page(exc.status_code, message, problems)
        return HTMLResponse(document.html, exc.status_code, headers=exc.headers)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        content_type = request.headers.get("content-type", "")
        if request.method == "POST" and "json" not in content_type.lower():
            got = content_type or "no content type"
            message = f"send the articles as application/json (got {got})"
            return JSONResponse({"detail": message}, status_code=415)
        errors = exc.errors()
        malformed = [e for e in errors if e.get("type") == "json_invalid"]
        if malformed:
            reason = malformed[0].get("ctx", {}).get("error", "invalid JSON")
            return JSONResponse({"detail": f"malformed JSON: {reason}"}, status_code=400)
        detail = [
            {"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
            for e in errors
        ]
        return JSONResponse({"detail": detail}, status_code=422)

    def no_usable(err: NoUsableInput) -> HTTPException:
        problems = [str(p) for p in err.problems]
        message = "no usable article: nothing with text was left after reading and cleaning"
        return HTTPException(422, {"message": message, "problems": problems})

    # ---- JSON API

    @app.post(
        "/api/briefs",
        status_code=201,
        summary="Make a brief from articles",
        responses={
            400: {"description": "Malformed JSON"},
            415: {"description": "Body is not application/json"},
            413: {"description": "Body, or number of articles, over the limit"},
            422: {"description": "No articles, empty text, bad date, or nothing usable"},
        },
    )
    async def post_brief(body: BriefRequest) -> JSONResponse:
        """Returns the brief of the `brief.json` contract, plus its `id`."""
        if len(body.articles) > limits.max_articles:
            raise HTTPException(
                413, f"too many articles: {len(body.articles)} (the limit is {limits.max_articles})"
            )
        records = [a.model_dump(exclude_none=True) for a in body.articles]
        ingested = read_records(records, settings)
        try:
            brief = await make_brief(ingested, body.words)
        except NoUsableInput as err:
            raise no_usable(err) from None
        info = await anyio.to_thread.run_sync(briefs.add, brief)
        data = {"id": info.id, **json.loads(brief.to_json(indent=None))}
        return JSONResponse(data, status_code=201, headers={"Location": f"/api/briefs/{info.id}"})

    @app.get("/api/briefs", summary="The newest briefs", response_model=list[BriefListItem])
    async def list_briefs(limit: Annotated[int, Query(ge=1, le=100)] = 20) -> list[BriefListItem]:
        infos = await anyio.to_thread.run_sync(briefs.recent, limit)
        return [BriefListItem(**dataclasses.asdict(i)) for i in infos]

    @app.get("/api/briefs/{brief_id}", summary="A brief by id", responses={404: {}})
    async def get_brief(brief_id: str) -> JSONResponse:
        data = await anyio.to_thread.run_sync(stored_json, brief_id)
        return JSONResponse({"id": brief_id, **data})

    def stored_json(brief_id: str) -> dict[str, Any]:
        data = briefs.get_json(brief_id) if valid_id(brief_id) else None
        if data is None:
            raise HTTPException(404, f"no brief with id {brief_id!r}")
        return data

    @app.get(
        "/api/events",
        summary="Events in the store, newest first",
        response_model=list[EventOut],
        responses={404: {"description": "The app was started without a store"}},
    )
    async def list_events(
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0)] = 0,
        min_size: Annotated[int, Query(ge=1)] = 1,
    ) -> list[EventOut]:
        events = await anyio.to_thread.run_sync(store_events)
        kept = [e for e in events if min_size == 1 or int(getattr(e, "size", 0)) >= min_size]
        return [EventOut(**_event_fields(e)) for e in kept[offset : offset + limit]]

    @app.get("/api/events/{event_id}", summary="The brief of one event", responses={404: {}})
    async def get_event(event_id: str) -> JSONResponse:
        brief = await anyio.to_thread.run_sync(event_brief, event_id)
        return JSONResponse({"id": event_id, **json.loads(brief.to_json(indent=None))})

    def open_store() -> EventStore:
        if store_factory is None or store_path is None:
            raise HTTPException(404, "no event store: start the server with --store PATH")
        from newsfuse.store import StoreError

        try:
            return store_factory(store_path)
        except StoreError as err:  # broken since the server started: say so, not a 500
            raise HTTPException(503, f"the event store cannot be read: {err}") from None

    def store_events() -> list[Any]:
        store = open_store()
        try:
            return store.list_events()
        finally:
            store.close()

    def event_brief(event_id: str) -> Brief:
        store = open_store()
        try:
            return store.event_brief(event_id)
        except KeyError:
            raise HTTPException(404, f"no event with id {event_id!r}") from None
        finally:
            store.close()

    @app.get("/api/health", summary="Liveness")
    async def health() -> dict[str, str]:
        return {"status": "ok", "version": newsfuse.__version__}

    # ---- pages

    def html(
        document: Any, status: int = 200, headers: dict[str, str] | None = None
    ) -> HTMLResponse:
        return HTMLResponse(document.html, status_code=status, headers=headers)

    async def home_page(
        error: str | None = None, text: str = "", status: int = 200
    ) -> HTMLResponse:
        recent = await anyio.to_thread.run_sync(briefs.recent, 20)
        events, events_error = None, None
        if store_path is not None:
            try:
                events = await anyio.to_thread.run_sync(store_events)
            except HTTPException:
                events = None
            except Exception as err:  # a broken store must not take the home page down
                events_error = f"cannot read the event store: {err}"
        document = pages.home(
            demo=demo is not None,
            recent=[r for r in recent if r.id != DEMO_ID],
            events=events,
            events_error=events_error,
            max_files=limits.max_files,
            max_bytes=limits.max_body_bytes,
            error=error,
            text=text,
        )
        return html(document, status)

    @app.get("/", include_in_schema=False)
    async def home() -> HTMLResponse:
        return await home_page()

    @app.post("/briefs", include_in_schema=False)
    async def post_form(request: Request) -> Response:
        try:
            form = await request.form(
                max_files=limits.max_files, max_fields=20, max_part_size=limits.max_body_bytes
            )
        except StarletteHTTPException as err:
            if "Too many files" in str(err.detail):
                raise HTTPException(
                    413, f"too many files: the limit is {limits.max_files} per brief"
                ) from None
            raise
        text = form.get("text")
        text = text if isinstance(text, str) else ""
        uploads = []
        for item in form.getlist("files"):
            if isinstance(item, str):
                continue
            data = await item.read()
            if item.filename or data:
                uploads.append((item.filename or "", data))
        await form.close()
        records = [{"text": part} for part in _SEPARATOR.split(text) if part.strip()]
        if not records and not uploads:
            return await home_page("Paste some text or choose files first.", text, status=422)
        ingested = read_records(records, settings, origin="pasted")
        if uploads:
            taken = {a.id for a in ingested.articles}
            from_files = read_uploads(_unique_names(uploads, taken), settings)
            ingested.articles += from_files.articles
            ingested.problems += from_files.problems
        try:
            brief = await make_brief(ingested)
        except NoUsableInput as err:
            raise no_usable(err) from None
        info = await anyio.to_thread.run_sync(briefs.add, brief)
        return RedirectResponse(f"/briefs/{info.id}", status_code=303)

    @app.post("/demo", include_in_schema=False)
    @app.get("/demo", include_in_schema=False)
    async def open_demo() -> Response:
        if demo is None:
            raise HTTPException(404, "the demo cluster is not installed here")
        if not state.get("demo_built"):
            ingested = await anyio.to_thread.run_sync(read_inputs, [str(demo)], settings)
            brief = await make_brief(ingested)
            await anyio.to_thread.run_sync(briefs.add, brief, DEMO_ID)
            state["demo_built"] = True
        return RedirectResponse(f"/briefs/{DEMO_ID}", status_code=303)

    @app.get("/briefs/{brief_id}", include_in_schema=False)
    async def brief_page(brief_id: str) -> HTMLResponse:
        brief = Brief.model_validate(await anyio.to_thread.run_sync(stored_json, brief_id))
        links = [
            ("← newsfuse", "/"),
            ("JSON", f"/api/briefs/{quote(brief_id)}"),
            ("Download HTML", f"/briefs/{quote(brief_id)}/report.html"),
        ]
        return html(render_report(brief, links=links))

    @app.get("/briefs/{brief_id}/report.html", include_in_schema=False)
    async def brief_download(brief_id: str) -> HTMLResponse:
        brief = Brief.model_validate(await anyio.to_thread.run_sync(stored_json, brief_id))
        disposition = f'attachment; filename="newsfuse-{brief_id}.html"'
        return html(render_report(brief), headers={"Content-Disposition": disposition})

    @app.get("/events/{event_id}", include_in_schema=False)
    async def event_page(event_id: str) -> HTMLResponse:
        brief = await anyio.to_thread.run_sync(event_brief, event_id)
        links = [("← newsfuse", "/"), ("JSON", f"/api/events/{quote(event_id, safe='')}")]
        return html(render_report(brief, links=links))

    app.state.briefs = briefs
    return _Guard(app, limits.max_body_bytes, csp)


def _warm_up(settings: Settings) -> None:
    """Load the NER model and the lazy imports once, before the first request."""
    from newsfuse.models import Article

    text = "Two people were injured on Monday when rockets hit the base, officials said."
    article = Article(id="warm-up", origin="warm-up", raw_text=text, text=text)
    build_brief([article], settings)


def _event_fields(event: Any) -> dict[str, Any]:
    return {
        "id": str(event.id),
        "title": getattr(event, "title", None),
        "size": int(getattr(event, "size", 0)),
        "first": getattr(event, "first", None),
        "last": getattr(event, "last", None),
    }


def safe_name(name: str, fallback: str) -> str:
    """An uploaded file's name as a display label: the last path component, without control
    characters, at most 100 characters. It is never used as a path."""
    base = re.split(r"[/\\]", name)[-1]
    base = "".join(c for c in base if unicodedata.category(c)[0] != "C").strip()
    base = base.lstrip(".") or fallback
    return base[:100]


def _unique_names(
    uploads: list[tuple[str, bytes]], taken: Collection[str] = ()
) -> list[tuple[str, bytes]]:
    """Safe, distinct labels for uploads (``a.txt``, ``a (2).txt``), none of them in ``taken``."""
    used = set(taken)
    named = []
    for n, (name, data) in enumerate(uploads, 1):
        base = safe_name(name, f"upload-{n}.txt")
        label, k = base, 1
        while label in used:
            k += 1
            stem, dot, suffix = base.rpartition(".")
            label = f"{stem} ({k}).{suffix}" if dot and stem else f"{base} ({k})"
        used.add(label)
        named.append((label, data))
    return named
