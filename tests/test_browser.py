"""The report and the web app in a real browser: Debian's headless Chromium, driven by
Playwright (never a downloaded browser). Screenshots go to test-artifacts/screenshots/."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsfuse.render import to_html
from newsfuse.settings import DEFAULT_SETTINGS
from newsfuse.web import Limits, create_app

from ._web import IMG, PAYLOAD, SCRIPT, fake_store_factory, hostile_brief, running_server
from .conftest import ROOT

CHROMIUM = Path("/usr/bin/chromium")
SHOTS = ROOT / "test-artifacts" / "screenshots"
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

if not CHROMIUM.exists():
    pytest.skip(
        "browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium)",
        allow_module_level=True,
    )
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory):
    db = tmp_path_factory.mktemp("web") / "briefs.db"
    settings = dataclasses.replace(DEFAULT_SETTINGS, ner="rules")
    factory = fake_store_factory({"e1": hostile_brief()})
    app = create_app(
        db,
        "news.db",
        store_factory=factory,
        settings=settings,
        limits=Limits(max_body_bytes=500_000, max_files=5),
        warm=False,
    )
    with running_server(app) as url:
        yield url


class Watch:
    """What a page did that it must not: dialogs (alert), console errors (CSP violations),
    requests leaving the machine."""

    def __init__(self, page, base: str = "") -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.external: list[str] = []
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

        def request(req) -> None:
            if not req.url.startswith((base or "file:", "file:", "data:", "about:")):
                self.external.append(req.url)

        page.on("request", request)


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield page
    context.close()


def shot(page, name: str, full: bool = False) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full)


def open_demo(page, server: str, home_shot: str | None = None) -> Watch:
    watch = Watch(page, server)
    page.goto(server + "/")
    if home_shot:
        shot(page, home_shot)
    page.get_by_role("button", name="Open the demo brief").click()
    page.wait_for_url("**/briefs/demo")
    return watch


def test_demo_summary_citation_tooltip_conflicts_timeline(page, server: str) -> None:
    watch = open_demo(page, server, "home")
    summary = page.locator("#summary")
    assert summary.get_by_role("heading", name="Summary").is_visible()
    assert page.locator("#summary p").count() >= 1
    shot(page, "demo-top")

    cite = page.locator("#summary a.cite").first
    tip = page.locator("#" + cite.get_attribute("aria-describedby"))
    assert not tip.is_visible()  # the stylesheet applied: tooltips start hidden
    cite.hover()
    tip.wait_for(state="visible")
    quote = tip.locator("q").first.inner_text()
    assert len(quote) > 20
    target = cite.get_attribute("href")[1:]
    assert quote.strip('“”"…') in page.locator(f"[id='{target}']").evaluate(
        "m => m.closest('.source-text').textContent"
    )
    shot(page, "demo-citation-hover")

    conflicts = page.locator("#conflicts .conflict")
    assert conflicts.count() >= 1
    variants = conflicts.first.locator(".variant")
    assert variants.count() >= 2
    first, second = variants.nth(0).bounding_box(), variants.nth(1).bounding_box()
    assert abs(first["y"] - second["y"]) < 2 and second["x"] > first["x"]  # side by side
    conflicts.first.scroll_into_view_if_needed()
    shot(page, "demo-conflicts")

    chart = page.locator("#timeline svg.timeline").first
    assert chart.is_visible()
    assert chart.locator("circle, rect.span").count() >= 1
    assert page.locator("ol.timeline li").count() >= 1
    chart.scroll_into_view_if_needed()
    shot(page, "demo-timeline")

    assert watch.dialogs == [] and watch.errors == [] and watch.external == []


def test_citation_by_keyboard_and_link_to_the_passage(page, server: str) -> None:
    open_demo(page, server)
    cite = page.locator("#summary a.cite").first
    cite.focus()
    tip = page.locator("#" + cite.get_attribute("aria-describedby"))
    tip.wait_for(state="visible")
    page.keyboard.press("Escape")
    tip.wait_for(state="hidden")  # dismissed without moving focus
    assert cite.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")  # follow the citation
    target = cite.get_attribute("href")[1:]
    page.wait_for_function("id => location.hash === '#' + id", arg=target)
    mark = page.locator(f"[id='{target}']")
    assert mark.evaluate("el => el.tagName") == "MARK"
    assert "hit" in (mark.get_attribute("class") or "")
    page.wait_for_function(  # scrolled to (smoothly, unless the reader asks for less motion)
        "id => { const r = document.getElementById(id).getBoundingClientRect();"
        " return r.top >= 0 && r.bottom <= window.innerHeight; }",
        arg=target,
    )
    shot(page, "demo-citation-followed")


def test_tab_reaches_citations(page, server: str) -> None:
    open_demo(page, server)
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.classList.contains('cite')"):
            break
    else:
        pytest.fail("no citation marker reached with Tab")
    described = page.evaluate("document.activeElement.getAttribute('aria-describedby')")
    assert page.locator(f"#{described}").is_visible()


def test_narrow_screen(browser, server: str) -> None:
    context = browser.new_context(viewport={"width": 375, "height": 800}, is_mobile=True)
    page = context.new_page()
    try:
        open_demo(page, server, "home-narrow")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 376, f"horizontal scroll on a phone: {width}px"
        cite = page.locator("#summary a.cite").first
        cite.focus()
        tip = page.locator("#" + cite.get_attribute("aria-describedby"))
        tip.wait_for(state="visible")
        box = tip.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 376
        shot(page, "demo-narrow")
    finally:
        context.close()


def test_pasted_payloads_stay_inert(page, server: str) -> None:
    watch = Watch(page, server)
    page.goto(server + "/")
    text = f"Rockets hit the base {PAYLOAD} on Monday.\n---\nTwo people were hurt {IMG} there."
    page.get_by_label("Paste articles").fill(text)
    page.get_by_role("button", name="Make the brief").click()
    page.wait_for_url("**/briefs/*")
    page.locator("#summary").wait_for()
    assert SCRIPT in page.locator("#sources").inner_text()  # shown as text
    assert page.evaluate("window.__xss") is None
    assert page.locator("#sources script, #sources img, #summary img").count() == 0
    shot(page, "xss-pasted")
    assert watch.dialogs == []


def test_uploaded_files_and_hostile_names(page, server: str, tmp_path: Path) -> None:
    watch = Watch(page, server)
    page.goto(server + "/")
    page.locator("#files").set_input_files(
        [
            {"name": "../evil.txt", "mimeType": "text/plain", "buffer": PAYLOAD.encode()},
            {
                "name": f"{IMG}.html",
                "mimeType": "text/html",
                "buffer": f"<html><body><p>Two people were hurt {SCRIPT} when rockets "
                "hit the base on Monday, officials said.</p></body></html>".encode(),
            },
        ]
    )
    page.get_by_role("button", name="Make the brief").click()
    page.wait_for_url("**/briefs/*")
    assert page.evaluate("window.__xss") is None and watch.dialogs == []
    shot(page, "xss-uploaded")


def test_event_from_the_store_with_payloads(page, server: str) -> None:
    watch = Watch(page, server)
    page.goto(server + "/")
    assert SCRIPT in page.locator("table.events").inner_text()
    page.get_by_role("link", name="First event").click()
    page.wait_for_url("**/events/e1")
    page.locator("#summary a.cite").first.hover()
    assert page.evaluate("window.__xss") is None
    shot(page, "event-hostile")
    assert watch.dialogs == [] and watch.errors == []


def test_static_report_offline_and_without_javascript(browser, tmp_path: Path) -> None:
    report = tmp_path / "report.html"
    report.write_text(to_html(hostile_brief()), encoding="utf-8")
    for javascript in (True, False):
        context = browser.new_context(java_script_enabled=javascript, offline=True)
        page = context.new_page()
        watch = Watch(page)
        page.goto(report.as_uri())
        assert page.locator("#summary p").count() == 1
        cite = page.locator("#summary a.cite").first
        cite.hover()  # the tooltip is CSS: it works without the script
        assert page.locator("#" + cite.get_attribute("aria-describedby")).is_visible()
        assert page.locator("mark.ev").count() >= 3
        assert SCRIPT in page.locator("#sources").inner_text()
        if javascript:
            assert page.evaluate("window.__xss") is None
        assert watch.dialogs == [] and watch.errors == [] and watch.external == []
        shot(page, f"static-report-{'js' if javascript else 'nojs'}")
        context.close()
