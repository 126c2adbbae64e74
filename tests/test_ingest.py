"""Ingest on the real seed articles and datasets, and on every kind of bad input."""

from __future__ import annotations

import datetime as dt
import io
import json
from pathlib import Path

import pytest

from newsfuse.ingest import IngestResult, read_inputs
from newsfuse.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples" / "ain-al-asad"
DATA = ROOT.parent / "shared" / "data"
JULY_8 = dt.date(2021, 7, 8)
ARTICLE = "Fourteen rockets hit the Ain al-Asad air base in western Iraq on Wednesday.\n"


def data(*parts: str) -> Path:
    """A path under ../shared/data, skipping the test when the data is not there."""
    path = DATA.joinpath(*parts)
    if not path.exists():
        pytest.skip("../shared/data not available")
    return path


def messages(result: IngestResult) -> list[str]:
    return [problem.message for problem in result.problems]


def write(folder: Path, name: str, content: str | bytes) -> str:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return str(path)


# --------------------------------------------------------------------------- real data


def check_seeds(folder: Path) -> None:
    result = read_inputs([str(folder)])
    assert result.problems == []
    articles = result.articles
    assert [Path(a.origin).name[:3] for a in articles] == ["000", "001", "002", "003", "004"]
    assert all(a.id == a.origin for a in articles)

    first, second, third = articles[:3]
    assert first.published == JULY_8
    assert first.text.startswith("At least two members")
    assert first.raw_text.startswith(" date 2021-07-08 At least two members")

    assert (
        second.title
        == "Missiles hit a US armed forces base in Iraq, two people are slightly injured"
    )
    assert second.published is None
    assert second.text.startswith("A picture taken on January 13, 2020")

    assert third.published == JULY_8
    assert third.outlet == "Iraq News"
    assert third.metadata == {"dateline": "2021/07/08 | 05:32 - Source: Iraq News"}
    assert third.text.startswith("Smoke is seen")

    for article in articles:
        assert article.raw_text.endswith(article.text)  # only leading headers are removed
    for article in articles[3:]:
        assert article.text == article.raw_text
        assert (article.title, article.published, article.outlet) == (None, None, None)


def test_bundled_seeds() -> None:
    check_seeds(EXAMPLES)


def test_shared_seeds() -> None:
    check_seeds(data("seeds"))


def test_multinews_documents(tmp_path: Path) -> None:
    with data("multinews", "validation.jsonl").open(encoding="utf-8") as stream:
        lines = [next(stream) for _ in range(3)]
    path = write(tmp_path, "three.jsonl", "".join(lines))
    result = read_inputs([path])
    expected = [
        f"{json.loads(line)['id']}#{n}"
        for line in lines
        for n, doc in enumerate(json.loads(line)["documents"], 1)
        if doc.strip()
    ]
    assert [a.id for a in result.articles] == expected
    assert expected[0] == "validation-0#1"
    assert result.articles[0].origin == f"{path}#1#1"
    assert result.articles[0].title == "Good Country Index Is Released, US Not In The Top 20"


def test_timeline17_dates() -> None:
    path = data("timeline17", "H1N1_bbc", "articles.jsonl")
    result = read_inputs([str(path)])
    assert len(result.articles) > 50
    assert all(isinstance(a.published, dt.date) for a in result.articles)
    first = json.loads(path.read_text(encoding="utf-8").splitlines()[0])
    assert result.articles[0].id == first["id"]
    assert result.articles[0].published == dt.date.fromisoformat(first["time"])


# --------------------------------------------------------------------------- formats


def test_earlier_outputs_and_timelines_in_a_folder_are_no_articles(tmp_path: Path) -> None:
    """A rerun read its own report.html as an "independent" source, and `newsfuse cluster` on
    Timeline17's folders read the journalists' timeline files as articles backing every fact."""
    import newsfuse
    from newsfuse.render import to_html

    brief = newsfuse.brief(EXAMPLES)
    write(tmp_path, "story.txt", ARTICLE)
    write(tmp_path, "report.html", to_html(brief))
    write(tmp_path, "brief.json", brief.to_json())
    days = [f"2009-04-{d}\nThe toll rises again in Mexico .\n{'-' * 32}\n" for d in (29, 28, 27)]
    write(tmp_path, "timelines/swine_flu.txt", "".join(days))
    result = read_inputs([str(tmp_path)])
    assert [Path(a.origin).name for a in result.articles] == ["story.txt"]
    assert sorted(messages(result)) == [
        "a dated list (a timeline of entries per day), not an article, skipped",
        "a newsfuse HTML report (an earlier run's output), skipped",
        "a newsfuse brief.json (an earlier run's output), skipped",
    ]
    # a story that dates its paragraphs is still a story
    dated = "2009-04-29\nThe toll rose on Wednesday.\n\nOfficials met on Thursday.\n"
    assert len(read_inputs([write(tmp_path, "dated.txt", dated)]).articles) == 1


def test_a_short_text_in_another_language_is_skipped_too(tmp_path: Path) -> None:
    """Two German sentences had been briefed as English ("Der" and "Donnerstag" people)."""
    german = (
        "Der frühere libysche Machthaber Muammar al-Gaddafi ist nach Angaben des Nationalen "
        "Übergangsrats getötet worden. Kämpfer hätten die Stadt Sirte eingenommen."
    )
    english = "Gaddafi was killed in Sirte, Der Spiegel and Le Monde reported on Thursday."
    result = read_inputs([write(tmp_path, "de.txt", german), write(tmp_path, "en.txt", english)])
    assert [Path(a.origin).name for a in result.articles] == ["en.txt"]
    assert any("looks like German" in m for m in messages(result))


def test_text_headers(tmp_path: Path) -> None:
    path = write(tmp_path, "a.txt", "date 2021-07-08\nRockets hit Iraqi base\n\n" + ARTICLE)
    (article,) = read_inputs([path]).articles
    assert (article.published, article.title, article.text) == (
        JULY_8,
        "Rockets hit Iraqi base",
        ARTICLE,
    )


def test_a_video_page_s_published_line_dates_it_and_is_no_title(tmp_path: Path) -> None:
    for n, (head, body) in enumerate(
        (
            ("Published on Sep 2, 2008\n\n", ARTICLE),
            ("Published on Sep 8, 2015  ", ARTICLE),  # a scrape joined the next line to it
            ("Posted: July 8, 2021 10:02 AM EDT\n\n", ARTICLE),
        )
    ):
        (article,) = read_inputs([write(tmp_path, f"{n}.txt", head + body)]).articles
        assert (article.title, article.text) == (None, ARTICLE), head
        assert article.published in (dt.date(2008, 9, 2), dt.date(2015, 9, 8), JULY_8)
    # "published" that opens a sentence is the article
    text = "Published on Sep 8, 2015 the video went viral.\n\n" + ARTICLE
    (article,) = read_inputs([write(tmp_path, "s.txt", text)]).articles
    assert (article.text, article.published) == (text, None)


def test_a_highlights_box_above_the_body_gives_its_bullet_as_the_title(tmp_path: Path) -> None:
    head = "Story highlights DeAngelo Lamar Davis, 31, charged in connection with the death\n\n"
    (article,) = read_inputs([write(tmp_path, "cnn.txt", head + ARTICLE)]).articles
    assert article.title == "DeAngelo Lamar Davis, 31, charged in connection with the death"
    assert article.text == ARTICLE
    (article,) = read_inputs(
        [write(tmp_path, "t.txt", "This story highlights a need\n\n" + ARTICLE)]
    ).articles
    assert article.title == "This story highlights a need"


@pytest.mark.parametrize(
    "furniture",
    [
        "Please enable Javascript to watch this video",
        "share tweet pin email",
        "Media playback is unsupported on your device Media caption The moment the storm hit",
        "English >> World",  # a site's breadcrumb trail
        "Home » News » Middle East",
        "PHILADELPHIA |",  # a dateline set off by a separator
        "NEW YORK, N.Y. —",
        "Updated 6.15pm",  # a page's stamp (TheJournal.ie, Multi-News)
    ],
)
def test_page_furniture_above_the_body_is_no_title(tmp_path: Path, furniture: str) -> None:
    (article,) = read_inputs([write(tmp_path, "page.txt", f"{furniture}\n\n{ARTICLE}")]).articles
    assert article.title is None


def test_a_line_that_is_only_a_date_under_the_headline_dates_the_article(tmp_path: Path) -> None:
    raw = (
        "Across the Styx, but never out on a limb\n\nBy Michael O'Sullivan\n\n"
        "Friday, October 22, 2010\n\n" + ARTICLE
    )
    (article,) = read_inputs([write(tmp_path, "review.txt", raw)]).articles
    assert article.published == dt.date(2010, 10, 22)
    assert article.title == "Across the Styx, but never out on a limb"
    # a date inside a sentence, or deep in the body, dates nothing
    later = f"{ARTICLE}\n\nOne\n\nTwo\n\nThree\n\nOctober 19, 2010"
    for text in ("The law passed on July 4, 2010.\n\n" + ARTICLE, later):
        (article,) = read_inputs([write(tmp_path, "plain.txt", text)]).articles
        assert article.published is None


def test_conservative_headers(tmp_path: Path) -> None:
    texts = [
        "Officials said fourteen rockets hit the base.\n\n" + ARTICLE,  # a sentence, not a title
        "By Ahmed Rasheed\n\n" + ARTICLE,  # a byline
        "date 2021-13-45 " + ARTICLE,  # not a real date
        "Updated date 2021-07-08 rockets\n" + ARTICLE,  # "date" not at the start
    ]
    for n, text in enumerate(texts):
        path = write(tmp_path, f"{n}.txt", text)
        (article,) = read_inputs([path]).articles
        assert (article.text, article.title, article.published) == (text, None, None)


def test_html_with_trafilatura(tmp_path: Path) -> None:
    body = "<p>" + ARTICLE * 3 + "</p><p>Two people were slightly injured, officials said.</p>"
    page = (
        "<html><head><title>Rockets hit base</title>"
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2021-07-08">'
        '<link rel="canonical" href="https://example.com/rockets">'
        f"</head><body><nav>Home | World</nav><article><h1>Rockets hit base</h1>{body}"
        "</article><footer>Copyright</footer></body></html>"
    )
    path = write(tmp_path, "page.html", page)
    result = read_inputs([path])
    (article,) = result.articles
    assert article.title == "Rockets hit base"
    assert article.outlet == "Example News"
    assert article.published == JULY_8
    assert article.url == "https://example.com/rockets"
    assert article.text.startswith("Fourteen rockets hit")
    assert "Two people were slightly injured" in article.text
    assert "Copyright" not in article.text


def test_a_fragment_of_markup_in_a_text_file_is_read_as_html(tmp_path: Path) -> None:
    """Its tags had been summary sentences ("<p>Just a <b>fragment</b> ...", "</p>")."""
    fragment = f"<p>Just a <b>fragment</b> of HTML: {ARTICLE.strip()}</p>\n<p>Two were hurt.</p>"
    (article,) = read_inputs([write(tmp_path, "frag.txt", fragment)]).articles
    assert "<" not in article.text and "Fourteen rockets hit" in article.text
    about = "The page opened with <p> and closed with </p>, as pages do."  # text about HTML
    (kept,) = read_inputs([write(tmp_path, "about.txt", about)]).articles
    assert kept.text == about


def test_news_please_json_array(tmp_path: Path) -> None:
    records = [
        {
            "title": "Rockets hit base",
            "maintext": ARTICLE,
            "date_publish": "2021-07-08 05:32:00",
            "source_domain": "reuters.com",
            "url": "https://reuters.com/x",
        },
        {"id": "own-id", "text": "date 2021-07-09 Second report.\n", "date": "July 9"},
        {"text": "date 2021-07-10 Third report.\n"},
        "not a record",
    ]
    path = write(tmp_path, "records.json", json.dumps(records))
    result = read_inputs([path])
    first, second, third = result.articles
    assert (first.id, first.title, first.outlet, first.url, first.published) == (
        f"{path}#1",
        "Rockets hit base",
        "reuters.com",
        "https://reuters.com/x",
        JULY_8,
    )
    assert (second.id, second.published, second.metadata) == ("own-id", None, {"date": "July 9"})
    assert second.text == records[1]["text"]  # an explicit date: the text is trusted as is
    assert (third.published, third.text) == (dt.date(2021, 7, 10), "Third report.\n")
    assert messages(result) == ["1 array item(s) are not JSON objects, skipped"]


def test_single_json_object(tmp_path: Path) -> None:
    path = write(tmp_path, "one.json", json.dumps({"maintext": ARTICLE}))
    (article,) = read_inputs([path]).articles
    assert (article.id, article.origin, article.text) == (path, path, ARTICLE)


def test_stdin_text_and_jsonl() -> None:
    result = read_inputs(["-"], stdin=io.BytesIO(b"date 2021-07-08 " + ARTICLE.encode()))
    (article,) = result.articles
    assert (article.id, article.published, article.text) == ("stdin", JULY_8, ARTICLE)

    lines = b'{"text": "One report."}\n{"text": "Another report."}\n'
    result = read_inputs(["-"], stdin=io.BytesIO(lines))
    assert [a.id for a in result.articles] == ["stdin#1", "stdin#2"]

    result = read_inputs(["-"], stdin=io.BytesIO(b"[Reuters] " + ARTICLE.encode()))
    assert result.articles[0].text == "[Reuters] " + ARTICLE


def test_order_and_glob(tmp_path: Path) -> None:
    for name in ["b.txt", "a.txt", "sub/c.txt", ".hidden.txt", ".git/d.txt", "notes.pdf"]:
        write(tmp_path, name, f"{name} {ARTICLE}")
    result = read_inputs([str(tmp_path)])
    assert [Path(a.origin).relative_to(tmp_path).as_posix() for a in result.articles] == [
        "a.txt",
        "b.txt",
        "sub/c.txt",
    ]
    assert messages(result) == ["skipped 1 unsupported file(s) (.pdf)"]

    result = read_inputs([str(tmp_path / "**" / "*.txt"), str(tmp_path / "b.txt")])
    assert [Path(a.origin).name for a in result.articles] == ["a.txt", "b.txt", "c.txt"]
    assert messages(result) == [f"duplicate of {tmp_path / 'b.txt'}, skipped"]

    assert messages(read_inputs([str(tmp_path / "*.md")])) == [
        "no supported files match this pattern"
    ]


def test_symlink_loop(tmp_path: Path) -> None:
    write(tmp_path, "a.txt", ARTICLE)
    (tmp_path / "loop").symlink_to(tmp_path, target_is_directory=True)
    assert len(read_inputs([str(tmp_path)]).articles) == 1


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file, skipped"),
        (b" \n\t\r\n  ", "empty file, skipped"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file, skipped"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "binary file, skipped"),
        (b"date 2021-07-08\n\n", "no article text, skipped"),
    ],
)
def test_skipped_files(tmp_path: Path, content: bytes, message: str) -> None:
    path = write(tmp_path, "bad.txt", content)
    result = read_inputs([path])
    assert result.articles == []
    assert [(p.origin, p.message, p.fatal) for p in result.problems] == [(path, message, True)]


def test_cp1252_fallback(tmp_path: Path) -> None:
    path = write(tmp_path, "legacy.txt", "café – naïve".encode("cp1252"))
    result = read_inputs([path])
    assert result.articles[0].text == "café – naïve"
    assert [(p.message, p.fatal) for p in result.problems] == [
        ("not valid UTF-8; decoded as cp1252", False)
    ]


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_byte_order_marks(tmp_path: Path, encoding: str) -> None:
    content = "café – naïve\n".encode(encoding)
    if encoding == "utf-16-be":
        content = b"\xfe\xff" + content
    path = write(tmp_path, "bom.txt", content)
    result = read_inputs([path])
    assert result.problems == []
    assert result.articles[0].text == "café – naïve\n"


def test_missing_and_unsupported(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    pdf = write(tmp_path, "report.pdf", b"%PDF-1.4")
    missing = str(tmp_path / "missing.txt")
    result = read_inputs([missing, str(tmp_path / "empty"), pdf])
    assert result.articles == []
    assert [str(p) for p in result.problems] == [
        f"{missing}: no such file or directory",
        f"{tmp_path / 'empty'}: no supported files in folder",
        f"{pdf}: unsupported file type '.pdf' (supported: .txt, .text, .html, .htm, .json, "
        ".jsonl, .ndjson), skipped",
    ]


def test_permission_denied(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    path.chmod(0)
    try:
        if _readable(path):
            pytest.skip("running as root: permissions are not enforced")
        assert messages(read_inputs([str(path)])) == ["permission denied"]
    finally:
        path.chmod(0o644)


def _readable(path: Path) -> bool:
    try:
        path.read_bytes()
    except PermissionError:
        return False
    return True


def test_broken_jsonl_line(tmp_path: Path) -> None:
    lines = ['{"id": "a", "text": "One."}', '{"id": "b", "text": ', "", '{"text": "Three."}']
    path = write(tmp_path, "feed.jsonl", "\n".join(lines))
    result = read_inputs([path])
    assert [a.id for a in result.articles] == ["a", f"{path}#4"]
    assert [str(p) for p in result.problems] == [
        f"{path}#2: invalid JSON on line 2 (Expecting value), skipped"
    ]


def test_jsonl_overlong_line_and_legacy_encoding(tmp_path: Path) -> None:
    lines = [b'{"text": "' + b"x" * 500 + b'"}', '{"text": "café"}'.encode("cp1252")]
    path = write(tmp_path, "feed.jsonl", b"\n".join(lines))
    result = read_inputs([path], Settings(max_file_bytes=100))
    assert [a.text for a in result.articles] == ["café"]
    assert messages(result) == [
        "line 1 longer than max_file_bytes, skipped",
        "some lines not valid UTF-8; decoded as cp1252",
    ]


def test_duplicates_after_whitespace(tmp_path: Path) -> None:
    first = write(tmp_path, "a.txt", "Rockets  hit\nthe base.")
    write(tmp_path, "b.txt", "Rockets hit the\n\nbase.  ")
    result = read_inputs([str(tmp_path)])
    assert [a.origin for a in result.articles] == [first]
    assert messages(result) == [f"duplicate of {first}, skipped"]


def test_duplicate_ids_made_unique(tmp_path: Path) -> None:
    one = write(tmp_path, "one.jsonl", '{"id": "1", "text": "First."}\n')
    two = write(tmp_path, "two.jsonl", '{"id": "1", "text": "Second."}\n')
    result = read_inputs([one, two])
    assert [a.id for a in result.articles] == ["1", f"{two}#1"]
    assert [(p.message, p.fatal) for p in result.problems] == [
        ("1 record id(s) already used; used origin as id", False)
    ]


def test_huge_file_is_truncated(tmp_path: Path) -> None:
    # how fast is for benchmarks, not for a test on a shared machine (this one flaked at 5 s)
    path = write(tmp_path, "huge.txt", (ARTICLE * 700_000)[: 50 * 1024 * 1024])
    result = read_inputs([path])
    (article,) = result.articles
    assert len(article.text) == Settings().max_article_chars
    assert [(p.message, p.fatal) for p in result.problems] == [
        ("text longer than 200000 characters, truncated", False)
    ]

    result = read_inputs([path], Settings(max_file_bytes=1000))
    assert len(result.articles[0].raw_text) == 1000
    assert messages(result) == ["larger than max_file_bytes; read only the first 1000 bytes"]
