"""Near-duplicate copies: MinHash signatures and the expiring LSH index."""

from __future__ import annotations

import datetime as dt

import numpy as np

from newsfuse.dedup import NUM_PERM, NearDuplicates, jaccard, shingle_keys, shingles, signature

STORY = (
    "Rockets struck the Ain al-Asad air base in western Iraq on Wednesday, injuring two "
    "American service members and a contractor, a coalition spokesman said. The base hosts "
    "US and coalition troops and has been attacked repeatedly this year by militias. "
    "Officials said the damage was being assessed and no group claimed responsibility."
)
OTHER = (
    "The central bank raised its main interest rate by a quarter point on Thursday, citing "
    "persistent inflation in services and a tight labour market, and signalled more to come."
)


def test_signature_is_stable_and_compact():
    first = signature(STORY)
    assert first.dtype == np.uint32 and len(first) == NUM_PERM
    assert np.array_equal(first, signature(STORY))  # no salted hashing: same in every process


def test_rewrapped_and_repunctuated_copy_is_identical():
    copy = STORY.replace(", ", " ,\n").upper()
    assert jaccard(signature(STORY), signature(copy)) == 1.0


def test_copy_with_a_changed_ending_is_found_and_a_rewrite_is_not():
    index = NearDuplicates()
    day = dt.date(2024, 1, 10)
    index.add("wire", signature(STORY), day)
    syndicated = STORY + " Reporting by the wire service; editing by the desk."
    match = index.find(signature(syndicated))
    assert match is not None and match.key == "wire" and match.similarity >= 0.8
    assert index.find(signature(OTHER)) is None
    rewrite = " ".join(reversed(STORY.split(". ")))
    assert index.find(signature(rewrite)) is None


def test_dated_keys_expire_after_the_window():
    index = NearDuplicates(days=3)
    index.add("old", signature(STORY), dt.date(2024, 1, 1))
    index.add("new", signature(OTHER), dt.date(2024, 1, 10))
    assert "old" not in index and "new" in index
    assert index.find(signature(STORY)) is None


def test_undated_keys_are_bounded():
    index = NearDuplicates(max_undated=2)
    for n in range(4):
        index.add(f"k{n}", signature(f"{STORY} number {n} " * (n + 1)), None)
    assert len(index) == 2 and "k0" not in index and "k3" in index


def test_shingle_keys_count_shared_shingles_exactly() -> None:
    """One key per distinct word 5-shingle, equal across texts for an equal shingle: the
    exact overlap a brief's copy test needs (the stream's signatures only estimate it)."""
    first = "The rockets hit the base on Wednesday and the base was hit again on Thursday."
    second = "Officials said the rockets hit the base on Wednesday, the spokesman added."
    keys = shingle_keys([first, second, "Too short", ""])
    assert [len(k) for k in keys] == [len(shingles(first)), len(shingles(second)), 1, 1]
    shared = len(np.intersect1d(keys[0], keys[1]))
    assert shared == len(shingles(first) & shingles(second)) == 3
