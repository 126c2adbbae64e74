"""The web app's JSON API and pages, through FastAPI's TestClient (no network, no browser)."""

from __future__ import annotations

import dataclasses
import warnings
from pathlib import Path

import jsonschema
import pytest

from newsfuse.models import brief_json_schema
from newsfuse.settings import DEFAULT_SETTINGS
from newsfuse.web import Limits, create_app

from ._web import IMG, PAYLOAD, SCRIPT, fake_store_factory, hostile_brief
from .conftest import DEMO

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from fastapi.testclient import TestClient

RULES = dataclasses.replace(DEFAULT_SETTINGS, ner="rules")
LIMITS = Limits(max_body_bytes=200_000, max_files=3, max_articles=8, workers=2)
DEMO_ARTICLES = [{"text": p.read_text(encoding="utf-8")} for p in sorted(DEMO.glob("*.txt"))]


def make_app(db: Path, **kwargs):
    kwargs.setdefault("settings", RULES)
    kwargs.setdefault("limits", LIMITS)
    kwargs.setdefault("warm", False)
    return create_app(db, **kwargs)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "briefs.db"


@pytest.fixture
def client(db: Path):
    with TestClient(make_app(db)) as c:
        yield c


@pytest.fixture
def store_client(db: Path):
    factory = fake_store_factory({"e1": hostile_brief()})
    with TestClient(make_app(db, store_path="news.db", store_factory=factory)) as c:
        c.factory = factory
        yield c


# --------------------------------------------------------------------------- POST /api/briefs


def test_post_brief_returns_the_contract_plus_id(client) -> None:
    r = client.post("/api/briefs", json={"articles": DEMO_ARTICLES})
    assert r.status_code == 201, r.text
    data = r.json()
    assert r.headers["location"] == f"/api/briefs/{data['id']}"
    brief = {k: v for k, v in data.items() if k != "id"}
    jsonschema.validate(brief, brief_json_schema())
    assert [s["id"] for s in brief["sources"]] == ["S1", "S2", "S3", "S4", "S5"]
    assert brief["summary"] and brief["conflicts"]


def test_post_brief_uses_the_optional_fields(client) -> None:
    article = {
        "text": "Two people were injured when rockets hit the base on Monday, officials said.",
        "title": "Rockets hit base",
        "published": "2021-07-08",
        "url": "https://example.org/a",
        "outlet": "Example News",
    }
    r = client.post("/api/briefs", json={"articles": [article], "words": 50})
    assert r.status_code == 201, r.text
    (source,) = r.json()["sources"]
    assert source["title"] == "Rockets hit base"
    assert source["published"] == "2021-07-08"
    assert source["url"] == "https://example.org/a"
    assert source["outlet"] == "Example News"


def test_get_brief_by_id_and_list(client) -> None:
    made = client.post("/api/briefs", json={"articles": DEMO_ARTICLES[:2]}).json()
    r = client.get(f"/api/briefs/{made['id']}")
    assert r.status_code == 200
    assert r.json() == made
    listed = client.get("/api/briefs").json()
    assert listed[0]["id"] == made["id"] and listed[0]["sources"] == 2


def test_unknown_or_malformed_id_is_404(client) -> None:
    assert client.get("/api/briefs/0123456789abcdef").status_code == 404
    r = client.get("/api/briefs/..%2F..%2Fetc")
    assert r.status_code == 404
    assert "no brief" in client.get("/api/briefs/nope").json()["detail"]


def test_briefs_survive_a_restart(db: Path) -> None:
    with TestClient(make_app(db)) as c:
        made = c.post("/api/briefs", json={"articles": DEMO_ARTICLES[:2]}).json()
    with TestClient(make_app(db)) as c:
        assert c.get(f"/api/briefs/{made['id']}").json() == made
        assert made["id"] in c.get(f"/briefs/{made['id']}").text


@pytest.mark.parametrize(
    ("body", "status", "needle"),
    [
        (b"{not json", 400, "malformed JSON"),
        (b"", 422, "Field required"),
        (b'{"articles": []}', 422, "at least 1"),
        (b'{"articles": [{"text": "   "}]}', 422, "text is empty"),
        (b'{"articles": [{"title": "no text"}]}', 422, "Field required"),
        (b'{"articles": [{"text": "x", "published": "July 8"}]}', 422, "YYYY-MM-DD"),
        (b'{"articles": [{"text": "x", "txt": "typo"}]}', 422, "Extra inputs"),
        (b'{"articles": "not a list"}', 422, "list"),
        (b'{"articles": [{"text": "x"}], "words": 1}', 422, "greater than or equal"),
        (b"[]", 422, "valid dictionary"),
    ],
)
def test_bad_requests(client, body: bytes, status: int, needle: str) -> None:
    r = client.post("/api/briefs", content=body, headers={"content-type": "application/json"})
    assert r.status_code == status, r.text
    assert needle in r.text


def test_not_json_is_415(client) -> None:
    r = client.post("/api/briefs", content=b"hello", headers={"content-type": "text/plain"})
    assert r.status_code == 415
    assert "application/json" in r.json()["detail"]


def test_nothing_usable_is_422_with_the_reasons(client) -> None:
    r = client.post("/api/briefs", json={"articles": [{"text": "x"}, {"text": "x"}]})
    # the second is a duplicate; the first has text, so this one is usable
    assert r.status_code == 201
    r = client.post("/api/briefs", json={"articles": [{"text": "Photo: Getty Images"}]})
    if r.status_code == 422:  # cleaning may remove all of it: then the reasons are given
        assert r.json()["detail"]["problems"]


def test_too_large_body_is_413_before_it_is_read(client) -> None:
    big = {"articles": [{"text": "word " * 50_000}]}
    r = client.post("/api/briefs", json=big)
    assert r.status_code == 413
    assert "limit is" in r.json()["detail"]


def test_streamed_body_over_the_limit_is_413(client) -> None:
    def chunks():
        yield b'{"articles": [{"text": "'
        for _ in range(30):
            yield b"x" * 10_000
        yield b'"}]}'

    r = client.post("/api/briefs", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_too_many_articles_is_413(client) -> None:
    r = client.post("/api/briefs", json={"articles": [{"text": f"Article {n}."} for n in range(9)]})
    assert r.status_code == 413
    assert "limit is 8" in r.json()["detail"]


# --------------------------------------------------------------------------- events


def test_events_without_a_store_is_404(client) -> None:
    r = client.get("/api/events")
    assert r.status_code == 404
    assert "--store" in r.json()["detail"]


def test_events_from_the_store(store_client) -> None:
    r = store_client.get("/api/events")
    assert r.status_code == 200
    assert [e["id"] for e in r.json()] == ["e/2", "e1"]
    assert r.json()[0] == {
        "id": "e/2",
        "title": f"Second {SCRIPT}",
        "size": 2,
        "first": "2021-07-08",
        "last": "2021-07-09",
    }
    assert all(store.closed for store in store_client.factory.opened)


def test_events_come_a_page_at_a_time(store_client) -> None:
    """A store of a 100,000-article stream holds tens of thousands of events: the list had
    come whole, and a bad limit had been clamped instead of refused."""
    assert [e["id"] for e in store_client.get("/api/events?limit=1").json()] == ["e/2"]
    assert [e["id"] for e in store_client.get("/api/events?limit=1&offset=1").json()] == ["e1"]
    assert [e["id"] for e in store_client.get("/api/events?min_size=3").json()] == ["e1"]
    for bad in ("limit=0", "limit=-1", "offset=-1", "min_size=0"):
        assert store_client.get(f"/api/events?{bad}").status_code == 422, bad
    assert store_client.get("/api/briefs?limit=-1").status_code == 422


def test_an_unreadable_store_is_503_not_500(tmp_path) -> None:
    from fastapi.testclient import TestClient

    from newsfuse.web import create_app

    broken = tmp_path / "news.db"
    broken.write_text("not a database")
    app = create_app(tmp_path / "web.db", broken)
    with TestClient(app) as c:
        r = c.get("/api/events")
    assert r.status_code == 503
    assert "not a newsfuse store" in r.json()["detail"]


def test_event_brief_and_unknown_event(store_client) -> None:
    r = store_client.get("/api/events/e1")
    assert r.status_code == 200
    assert r.json()["id"] == "e1" and r.json()["sources"][0]["id"] == "S1"
    assert store_client.get("/api/events/nope").status_code == 404
    page = store_client.get("/events/e1")
    assert page.status_code == 200 and SCRIPT not in page.text
    assert store_client.get("/events/nope").status_code == 404


def test_home_lists_events_escaped(store_client) -> None:
    r = store_client.get("/")
    assert r.status_code == 200
    assert "First event" in r.text and "/events/e%2F2" in r.text
    assert SCRIPT not in r.text and "Second &lt;script&gt;" in r.text


# --------------------------------------------------------------------------- pages


def test_pages_send_security_headers(client) -> None:
    for path in ("/", "/api/health", "/openapi.json"):
        r = client.get(path)
        assert r.status_code == 200
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert r.headers["x-content-type-options"] == "nosniff"
    assert client.get("/docs").status_code == 200  # the OpenAPI page
    assert "/api/briefs" in client.get("/openapi.json").json()["paths"]


def test_demo_opens_a_brief_page(client) -> None:
    r = client.post("/demo", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/briefs/demo"
    page = client.get("/briefs/demo")
    assert page.status_code == 200 and 'id="summary"' in page.text
    download = client.get("/briefs/demo/report.html")
    assert "attachment" in download.headers["content-disposition"]
    assert client.get("/api/briefs/demo").json()["id"] == "demo"


def test_pasted_text_with_payloads_is_shown_as_text(client) -> None:
    text = f"Rockets hit the base {PAYLOAD} on Monday.\n---\nTwo people were hurt {IMG}."
    r = client.post("/briefs", data={"text": text}, follow_redirects=False)
    assert r.status_code == 303
    page = client.get(r.headers["location"]).text
    assert SCRIPT not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    brief = client.get("/api/" + r.headers["location"].lstrip("/")).json()
    assert len(brief["sources"]) == 2


def test_uploads_keep_names_as_labels_only(client, tmp_path: Path, monkeypatch) -> None:
    cwd = tmp_path / "a" / "b"
    cwd.mkdir(parents=True)
    monkeypatch.chdir(cwd)
    files = [
        ("files", ("../../evil.txt", b"Rockets hit the base on Monday, officials said.")),
        ("files", (f"{SCRIPT}.txt", b"Two people were hurt in the attack, officials said.")),
        ("files", ("image.exe", b"MZ\x00\x00")),
    ]
    r = client.post("/briefs", files=files, follow_redirects=False)
    assert r.status_code == 303, r.text
    brief = client.get("/api/" + r.headers["location"].lstrip("/")).json()
    paths = [s["path"] for s in brief["sources"]]
    assert paths[0] == "evil.txt" and "/" not in "".join(paths)
    assert any("unsupported file type" in w for w in brief["warnings"])
    assert list(cwd.iterdir()) == []  # nothing was written where the names point
    assert not (tmp_path / "evil.txt").exists()
    assert SCRIPT not in client.get(r.headers["location"]).text


def test_upload_limits(client) -> None:
    files = [("files", (f"a{n}.txt", b"Some text.")) for n in range(4)]
    r = client.post("/briefs", files=files)
    assert r.status_code == 413 and "too many files" in r.text
    big = [("files", ("big.txt", b"x" * 300_000))]
    r = client.post("/briefs", files=big)
    assert r.status_code == 413 and "limit is" in r.text


def test_empty_form_and_unusable_upload_are_422(client) -> None:
    r = client.post("/briefs", data={"text": "  "})
    assert r.status_code == 422 and "Paste some text" in r.text
    r = client.post("/briefs", files=[("files", ("x.exe", b"zz"))])
    assert r.status_code == 422 and "unsupported file type" in r.text


def test_unknown_page_is_an_html_404(client) -> None:
    r = client.get("/briefs/nope")
    assert r.status_code == 404 and r.headers["content-type"].startswith("text/html")


def test_real_store_integration(tmp_path: Path) -> None:
    """The app against the stream engine's real store, holding the demo cluster."""
    store_module = pytest.importorskip("newsfuse.store", reason="newsfuse.store not built yet")
    stream = pytest.importorskip("newsfuse.stream", reason="newsfuse.stream not built yet")
    path = tmp_path / "news.db"
    with TestClient(make_app(tmp_path / "briefs.db", store_path=path)) as c:
        store_module.Store(path).close()
        assert c.get("/api/events").json() == []  # an empty store
        store = store_module.Store(path, RULES)
        try:
            stream.cluster_paths([str(DEMO)], store, settings=RULES)
        finally:
            store.close()
        events = c.get("/api/events")
        assert events.status_code == 200 and events.json()
        first = events.json()[0]
        assert set(first) == {"id", "title", "size", "first", "last"}
        brief = c.get(f"/api/events/{first['id']}")
        assert brief.status_code == 200 and brief.json()["sources"]
        page = c.get(f"/events/{first['id']}")
        assert page.status_code == 200 and 'id="summary"' in page.text
        assert f"/events/{first['id']}" in c.get("/").text
        assert c.get("/api/events/no-such-event").status_code == 404


# --------------------------------------------------------------------------- newsfuse serve


def test_serve_binds_to_loopback_by_default(tmp_path: Path, monkeypatch) -> None:
    import uvicorn
    from typer.testing import CliRunner

    from newsfuse.cli import app

    calls = []
    monkeypatch.setattr(uvicorn, "run", lambda app, **kw: calls.append(kw))
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "b.db"), "--ner", "rules"])
    assert result.exit_code == 0, result.output
    assert calls == [{"host": "127.0.0.1", "port": 8000, "log_level": "info"}]
    result = CliRunner().invoke(
        app, ["serve", "--db", str(tmp_path / "b.db"), "--host", "0.0.0.0", "--port", "9000"]
    )
    assert result.exit_code == 0 and "no login" in result.output
    assert calls[-1]["host"] == "0.0.0.0" and calls[-1]["port"] == 9000


def test_serve_rejects_bad_options(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from newsfuse.cli import app

    runner = CliRunner()
    assert runner.invoke(app, ["serve", "--ner", "bert"]).exit_code == 2
    result = runner.invoke(app, ["serve", "--store", str(tmp_path / "missing.db")])
    assert result.exit_code == 1 and "no such store" in result.output


def test_serve_refuses_a_store_that_is_no_store_at_start(tmp_path) -> None:
    from typer.testing import CliRunner

    from newsfuse.cli import app

    broken = tmp_path / "news.db"
    broken.write_text("not a database")
    result = CliRunner().invoke(app, ["serve", "--store", str(broken), "--db", str(tmp_path / "w")])
    assert result.exit_code == 1
    assert "not a newsfuse store" in result.output
