"""Property-based tests (hypothesis) of ingest, clean, segment, extract, reconcile and the brief.

The properties, for arbitrary Unicode (surrogates included where input can carry them) and for
news-like text laced with hostile fragments (control and bidi characters, mojibake, markup,
scripts, RTL and CJK text, odd numbers and dates):

* nothing raises (a `NoUsableInput` with reasons is the one allowed outcome of the pipeline);
* every offset is valid: ``text[start:end] == quote`` for sentences, every kind of mention,
  and every piece of evidence in the brief;
* cleaning is idempotent, gives its normal form, and never drops a word silently: each word
  (ASCII letters and digits) of the repaired input is in the cleaned text or in a removal;
* the run's and the article's limits hold;
* the brief validates against the published JSON Schema (docs/brief.schema.json), and its
  HTML report carries no markup or script from the input.

Budgets: each property has a small budget for `make test` (profile "ci", the default) and a
large one for `make fuzz` (``HYPOTHESIS_PROFILE=fuzz``); the fuzz budgets add up to over
100,000 examples. Profiles are registered in tests/conftest.py.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsfuse.clean import RULES, clean_article, clean_text
from newsfuse.extract import extract
from newsfuse.ingest import accept_articles, read_inputs
from newsfuse.ingest.decode import decode_bytes, looks_binary
from newsfuse.models import Article, Problem
from newsfuse.pipeline import NoUsableInput, build_brief
from newsfuse.segment import segment_article, split_sentences
from newsfuse.settings import Settings
from tests._checks import assert_inert_html, assert_valid_brief

FUZZ = settings.get_current_profile_name() == "fuzz"


def budget(ci: int, fuzz: int) -> settings:
    """This property's number of examples under the current profile."""
    return settings(max_examples=fuzz if FUZZ else ci)


# --------------------------------------------------------------------------- strategies

NAMES = [
    "John Smith",
    "Col. Wayne Marotto",
    "Mr. Badawi",
    "Ahmed al-Rasheed",
    "the Pentagon",
    "Reuters",
    "Iraq",
    "Anbar Province",
    "Ain al-Asad",
    "U.S.",
    "Kataib Hezbollah",
    "Dr. Jane O’Neil",
    "al-Sadr",
]
NUMBERS = [
    "two",
    "14",
    "at least 14",
    "more than a dozen",
    "1,000",
    "3.5",
    "$5 million",
    "40%",
    "nearly 50",
    "10 to 12",
    "½",
    "٣",
    "５",
    "0",
    "-3",
    "99999999999999999999999",
    "1e9",
    "dozens of",
    "a hundred",
]
UNITS = ["rockets", "people", "U.S. service members", "civilians", "drones", "soldiers", "percent"]
ROLES = ["were killed", "were injured", "were fired", "died", "were wounded", "hit the base"]
DATES = [
    "on Monday",
    "on Jan. 5",
    "on July 7, 2021",
    "in March 2020",
    "last week",
    "on 2021-07-08",
    "yesterday",
    "on Feb. 30",
    "in 1899",
    "on 31/12/2020",
    "in the year 10000",
    "on 9999-12-31",
    "on 0001-01-01",
]
VERBS = ["said", "told reporters", "according to", "claimed", "denied", "first said", "tweeted"]
BOILERPLATE = [
    "By Ahmed Rasheed and Suleiman Al-Khalidi",
    "BAGHDAD (Reuters) — ",
    "Image copyright AFP",
    "Click here to subscribe.",
    "Advertisement",
    "share tweet pin email",
    "(With inputs from AP)",
    "RELATED: Best Places To Live",
    "• Mike Glenn can be reached at mglenn@example.com.",
    "2021/07/08 | 05:32 - Source: Iraq News",
    "date 2021-07-08",
    "CLIMBING",
]
HOSTILE = [
    "\u200b",
    "\u202e",
    "\u200f",
    "\u2066",
    "\ufeff",
    "\u00ad",
    "\r",
    "\r\n",
    "\x0b",
    "\x0c",
    "\x1c",
    "\x85",
    "\u2028",
    "\u2029",
    "\t",
    "\x00",
    "\x07",
    "\x1b[31m",
    "e\u0301",
    "ﬁ",
    "Ã©",
    "â€™",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<a href='javascript:alert(1)'>x</a>",
    "&amp;",
    "&lt;b&gt;",
    "]]>",
    "`",
    "|",
    "*",
    "_",
    "#",
    "[link](javascript:alert(1))",
    "مرحبا بالعالم",
    "שלום",
    "日本語のテキスト",
    "😀",
    "👩\u200d👩\u200d👧",
    "\U0010ffff",
    "...",
    "U.S.",
    "Jan.",
    "No. 5",
    "(",
    ")",
    '"',
    "“",
    "”",
    "’",
    "?",
    "!",
    "—",
    "-",
    ":",
    # Penn Treebank tokens, as research corpora store text
    "-LRB- Reuters -RRB- -",
    "`` no , '' he said .",
    "Gaddafi 's",
    "wo n't",
    "$ 2.3",
    "# 244m",
    "\\/",
    "` top kill '",
    " , ",
    " . ",
]
SEPARATORS = [" ", " ", " ", "\n", "\n\n", "\n\n\n", "\t", "  ", "\r\n", "\u00a0", ""]

_news = st.builds(
    lambda n, u, r, d, who, verb: f"{n} {u} {r} {d}, {who} {verb}.",
    *(st.sampled_from(x) for x in (NUMBERS, UNITS, ROLES, DATES, NAMES, VERBS)),
)
_quote = st.builds(
    lambda q, who, age, verb: f"“{q},” {who}, {age}, {verb}.",
    st.sampled_from(["We will respond", "Nobody was hurt", "Three rockets hit the base"]),
    st.sampled_from(NAMES),
    st.integers(-5, 200),
    st.sampled_from(VERBS),
)
# Responsibility claims and damage statements, in their forms and next to hostile text.
_claim_or_damage = st.sampled_from(
    [
        'A group calling itself "The brigades to avenge al-Muhandis," said its members fired',
        "The Islamic State claimed responsibility for the attack on Tuesday",
        "Responsibility was claimed by the Pakistani Taliban",
        "No group has claimed responsibility",
        "Rockets landed nearby, reportedly damaging homes and a mosque",
        "The attack caused no damage",
        "Several buildings were destroyed",
    ]
)
_part = st.one_of(
    _news,
    _news,
    _quote,
    _claim_or_damage,
    st.sampled_from(BOILERPLATE),
    st.sampled_from(HOSTILE),
    st.text(max_size=30),
)
#: News-like text with hostile fragments; often long enough to reach every extractor.
news_text = st.lists(st.tuples(_part, st.sampled_from(SEPARATORS)), max_size=30).map(
    lambda parts: "".join(p + s for p, s in parts)
)
#: Any text at all, or news-like text.
any_text = st.one_of(st.text(), news_text)
#: Text that may also hold lone surrogates (JSON ``\\ud800`` escapes, undecodable file names).
raw_text = st.one_of(
    any_text,
    st.lists(st.one_of(any_text, st.text(st.characters(categories=["Cs"]), min_size=1))).map(
        "".join
    ),
)


def _utf8(text: str) -> bytes:
    return text.encode("utf-8", "surrogatepass")


def _article(i: int, text: str, published: dt.date | None = None) -> Article:
    return Article(f"a{i}", f"a{i}.txt", text, text, published=published)


articles_strategy = st.lists(
    st.tuples(any_text, st.none() | st.dates(dt.date(1990, 1, 1), dt.date(2030, 12, 31))),
    min_size=1,
    max_size=4,
).map(lambda items: [_article(i, t, d) for i, (t, d) in enumerate(items)])

RECORD_KEYS = ["text", "maintext", "title", "date", "date_publish", "time", "documents"]
RECORD_KEYS += ["id", "url", "source_domain", "body"]
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | raw_text,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(
            st.sampled_from(RECORD_KEYS) | st.text(max_size=5),
            children,
            max_size=6,
        )
    ),
    max_leaves=12,
)


# --------------------------------------------------------------------------- invariants


def assert_valid_article(article: Article, limits: Settings) -> None:
    assert article.raw_text.endswith(article.text)  # text is raw_text minus headers
    assert article.text.strip()
    assert len(article.text) <= limits.max_article_chars
    for value in (article.id, article.origin, article.raw_text, article.title, article.outlet):
        assert value is None or not any("\ud800" <= c <= "\udfff" for c in value)


def assert_valid_ingest(articles: list[Article], problems: list[Problem], limits: Settings) -> None:
    for article in articles:
        assert_valid_article(article, limits)
    assert len({a.id for a in articles}) == len(articles)
    assert len(articles) <= limits.max_articles
    assert sum(len(a.text) for a in articles) <= limits.max_run_chars
    for problem in problems:
        assert isinstance(problem, Problem) and isinstance(problem.message, str)
        str(problem).encode("utf-8")  # printable and savable: no lone surrogates


def assert_valid_sentences(article: Article, limits: Settings) -> None:
    sentences = split_sentences(article, limits)
    assert len(sentences) <= limits.max_article_sentences
    end = 0
    for index, sentence in enumerate(sentences):
        assert article.text[sentence.start : sentence.end] == sentence.text
        assert sentence.text and sentence.text == sentence.text.strip()
        assert "\n\n" not in sentence.text
        assert len(sentence.text) <= limits.max_sentence_chars
        assert sentence.index == index and sentence.article_id == article.id
        assert sentence.start >= end
        end = sentence.end


# --------------------------------------------------------------------------- ingest

_TMP = tempfile.TemporaryDirectory(prefix="newsfuse-properties-")
SMALL = Settings(max_article_chars=300, max_articles=3, max_run_chars=700, ner="rules")


@budget(ci=150, fuzz=25_000)
@given(st.binary(max_size=2_000))
@example(b"\xef\xbb\xbf")
@example(b"\xff\xfe\x00")
@example("café".encode()[:-1])
def test_decode_any_bytes(data: bytes) -> None:
    looks_binary(data)
    for partial in (False, True):
        decoded = decode_bytes(data, partial=partial)
        decoded.text.encode("utf-8")  # never a lone surrogate
        assert decoded.note is None or "\n" not in decoded.note


@budget(ci=80, fuzz=10_000)
@given(
    st.one_of(st.binary(max_size=3_000), raw_text.map(_utf8)),
    st.sampled_from(["a.txt", "a.json", "a.jsonl", "a.html", "a", "-"]),
)
def test_read_any_bytes_as_any_kind(data: bytes, name: str) -> None:
    if name == "-":
        result = read_inputs(["-"], SMALL, stdin=io.BytesIO(data))
    else:
        path = Path(_TMP.name) / name
        path.write_bytes(data)
        result = read_inputs([str(path)], SMALL)
    assert_valid_ingest(result.articles, result.problems, SMALL)
    assert result.articles or result.problems


@budget(ci=80, fuzz=10_000)
@given(json_values, st.booleans())
def test_json_records_of_any_shape(value: object, lines: bool) -> None:
    path = Path(_TMP.name) / ("r.jsonl" if lines else "r.json")
    text = json.dumps(value, ensure_ascii=True)  # \\ud800 escapes reach the reader
    path.write_text(f"{text}\n{text}\n" if lines else text, encoding="utf-8")
    result = read_inputs([str(path)], SMALL)
    assert_valid_ingest(result.articles, result.problems, SMALL)


@budget(ci=80, fuzz=10_000)
@given(
    st.lists(raw_text, max_size=12),
    st.integers(1, 5),
    st.integers(0, 2_000),
    st.integers(1, 500),
)
@example(["\r0"], 1, 1, 1)  # truncated to blank: skipped, not an empty article
def test_accepted_articles_keep_every_limit(
    texts: list[str], max_articles: int, max_run_chars: int, max_article_chars: int
) -> None:
    limits = Settings(
        max_articles=max_articles, max_run_chars=max_run_chars, max_article_chars=max_article_chars
    )
    articles = [Article(f"id{i % 3}", f"o{i}", t, t) for i, t in enumerate(texts)]
    result = accept_articles(articles, limits)
    assert_valid_ingest(result.articles, result.problems, limits)
    assert sum("run limit" in p.message for p in result.problems) <= 1


# --------------------------------------------------------------------------- clean


def _repaired(lines: list[str]) -> list[str]:
    """``lines`` after the repair rules (encoding, Treebank tokens, whitespace), repeated until
    they hold."""
    for _ in range(5):
        before = lines
        for rule in RULES[:3]:
            assert rule.name in ("fix_encoding", "treebank_tokens", "normalise_whitespace")
            lines = rule.apply(lines).paragraphs
        if lines == before:
            break
    return lines


def _words(lines: list[str]) -> list[str]:
    """ASCII letters and digits: what no encoding repair changes (mojibake next to a line that
    is joined may be read differently, "á†" + "a" -> "ᆠ a", and that is a repair, not a loss)."""
    return [w for line in lines for w in re.findall(r"[A-Za-z0-9]+", line)]


@budget(ci=100, fuzz=15_000)
@given(any_text)
@example("Iraq\u00e2\u20ac\u2122s base.\n\n\n\ntargeting a U.S.\n\nAir Force base.\n\n, injuring")
@example("\xa0Â\x80")  # repaired in two passes: '\xa0Â\x80' -> 'Â€' -> '€'
@example("AAA(A)–\ra")  # joining makes a dateline, removed in the second pass
@example("CLICK HERE. C")  # the removal was recorded as "LIK HERE." (every "C" cut)
@example("á\x86\ra")
@example("&ap;(Reuters)– <")  # "&ap;" cut as page top; alone, ftfy would read it as "≈"
def test_clean_is_normal_idempotent_and_accounts_for_every_word(text: str) -> None:
    cleaned, removals, lifted = clean_text(text)
    assert clean_text(cleaned)[0] == cleaned
    assert cleaned == cleaned.strip()
    assert "\n\n\n" not in cleaned and "  " not in cleaned
    assert all(p == " ".join(p.split()) and p for p in cleaned.split("\n\n") if cleaned)
    assert not any(c in cleaned for c in "\u200b\u200c\u200d\ufeff\u00ad\u202e\u2066")
    assert all(isinstance(v, str) for v in lifted.values())
    # removed in an early pass: as recorded, and as the repairs read it on its own
    removed = [r.text for r in removals]
    gone = "\n".join(removed + _repaired(removed))
    for word in _words(_repaired(text.splitlines())):
        assert word in cleaned or word in gone, word


@budget(ci=60, fuzz=12_000)
@given(st.text(min_size=1))
@example("\xad»Ñ")  # removing the soft hyphen revealed mojibake for a second pass
def test_clean_arbitrary_unicode_is_idempotent(text: str) -> None:
    cleaned = clean_text(text)[0]
    assert clean_text(cleaned)[0] == cleaned


# --------------------------------------------------------------------------- segment


@budget(ci=100, fuzz=15_000)
@given(
    any_text,
    st.booleans(),
    st.integers(5, 3_000),
    st.integers(1, 60),
)
@example("word " * 3_000, False, 2_000, 2_000)
@example("a" * 7_000, False, 2_000, 2_000)
@example("One. " * 1_500, False, 40, 2_000)
def test_sentences_are_exact_spans_within_limits(
    text: str, clean: bool, max_sentence_chars: int, max_article_sentences: int
) -> None:
    article = _article(0, text)
    if clean:
        article = clean_article(article)
    limits = Settings(
        max_sentence_chars=max_sentence_chars, max_article_sentences=max_article_sentences
    )
    assert_valid_sentences(article, limits)
    problems = segment_article(article, limits).problems
    assert all(not p.fatal and "\n" not in p.message for p in problems)


# --------------------------------------------------------------------------- extract


@budget(ci=30, fuzz=4_000)
@given(articles_strategy)
def test_every_extracted_mention_is_an_exact_span(articles: list[Article]) -> None:
    cleaned = [clean_article(a) for a in articles]
    sentences = {a.id: split_sentences(a) for a in cleaned}
    extraction = extract(cleaned, sentences, "rules")
    text = {a.id: a.text for a in cleaned}
    for kind in ("dates", "quantities", "entities", "attributions"):
        for article_id, mentions in getattr(extraction, kind).items():
            for m in mentions:
                assert text[article_id][m.start : m.end] == m.text, (kind, m)
                assert m.article_id == article_id
    for article_id, ages in extraction.ages.items():
        for age in ages:
            assert 0 <= age.start <= age.end <= len(text[article_id])
    for article_id, attributions in extraction.attributions.items():
        assert all(0 <= a.sentence_index < len(sentences[article_id]) for a in attributions)
    for article_id, claims in extraction.claims.items():
        for claim in claims:
            assert text[article_id][claim.start : claim.end] == claim.name
    for article_id, statements in extraction.damage.items():
        for damage in statements:
            assert 0 <= damage.start < damage.end <= len(text[article_id])
            assert damage.damaged == (damage.what is not None)


# --------------------------------------------------------------------------- the brief


@budget(ci=20, fuzz=3_000)
@given(articles_strategy, st.integers(10, 300))
def test_brief_validates_and_cites_exact_spans(articles: list[Article], words: int) -> None:
    try:
        brief = build_brief(articles, Settings(ner="rules", words=words))
    except NoUsableInput as error:
        assert error.problems
        return
    assert_valid_brief(brief)
    assert 1 <= len(brief.sources) <= len(articles)


@budget(ci=10, fuzz=1_500)
@given(articles_strategy)
def test_html_report_never_carries_markup_from_the_input(articles: list[Article]) -> None:
    try:
        brief = build_brief(articles, Settings(ner="rules", words=60))
    except NoUsableInput:
        return
    assert_inert_html(brief)


@budget(ci=4, fuzz=300)
@given(articles_strategy)
def test_brief_with_spacy_entities(articles: list[Article]) -> None:
    pytest.importorskip("spacy")
    try:
        brief = build_brief(articles, Settings(ner="spacy", words=80))
    except NoUsableInput:
        return
    assert_valid_brief(brief)


@budget(ci=10, fuzz=1_200)
@given(st.lists(st.one_of(news_text, st.sampled_from(BOILERPLATE)), min_size=1, max_size=6))
def test_run_limits_bound_the_brief(texts: list[str]) -> None:
    limits = Settings(
        ner="rules", max_articles=3, max_run_chars=1_500, max_run_sentences=12, words=40
    )
    articles = [_article(i, t) for i, t in enumerate(texts)]
    try:
        brief = build_brief(articles, limits)
    except NoUsableInput:
        return
    assert_valid_brief(brief)
    assert len(brief.sources) <= 3
    assert sum(len(s.text) for s in brief.sources) <= 1_500
