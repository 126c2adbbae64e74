"""The shared lexical normalisation (`newsfuse.embed.terms`)."""

from __future__ import annotations

import importlib

import pytest

from newsfuse.embed.terms import terms, terms_and_bigrams

# the module itself: ``newsfuse.embed`` exports a function of the same name
terms_module = importlib.import_module("newsfuse.embed.terms")


def test_terms_write_numbers_as_digits_drop_stop_words_and_stem() -> None:
    assert terms("Two dozen rockets hit the 1,200 homes of Erbil in 2020.") == [
        "2",
        "12",
        "rocket",
        "hit",
        "1200",
        "home",
        "erbil",
        "2020",
    ]
    assert terms_and_bigrams("Rockets hit homes") == [
        "rocket",
        "hit",
        "home",
        "rocket hit",
        "hit home",
    ]


def test_a_token_has_one_term_whether_or_not_it_was_seen_before(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The per-token memory is a cache, never a second definition: an empty memory and a full
    one give the same terms, and a small limit keeps it bounded."""
    monkeypatch.setattr(terms_module, "_TERM_OF", {})
    monkeypatch.setattr(terms_module, "_TERM_OF_LIMIT", 5)
    texts = [f"Officials counted {n} wounded villagers near the bridges." for n in range(20)]
    first = [terms_module._terms.__wrapped__(text) for text in texts]
    assert len(terms_module._TERM_OF) <= 5 + len(texts[0].split())
    terms_module._TERM_OF.clear()
    assert [terms_module._terms.__wrapped__(text) for text in reversed(texts)] == first[::-1]
    assert first[3] == ("offici", "count", "3", "wound", "villag", "near", "bridg")
