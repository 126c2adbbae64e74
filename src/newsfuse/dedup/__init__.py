"""The dedup stage: near-identical copies (syndicated wire stories) found with MinHash LSH.

Analysts collapse copies that are 80 %+ the same; so do we. Two articles are copies when the
Jaccard similarity of their word 5-shingles is at least `THRESHOLD` (0.8), estimated from
MinHash signatures of `NUM_PERM` permutations (datasketch) and found through a `MinHashLSH`
index, so each new article is compared with a handful of candidates instead of the whole
stream. A copy is not a new story: it stays attached to the first article of its story as an
extra outlet (``dup_of`` in the store), joins that story's event, and a brief counts the story
once (a wire text carried by twelve sites is one source, not twelve confirmations).

* **Signature** (`signature`): computed per article (a per-article stage: it runs on Dask
  workers), from the cleaned text, lower-cased, words only, so re-wrapped or re-punctuated
  copies still match. Shingles are hashed with CRC-32 (C speed, stable across processes, unlike
  Python's salted ``hash``) and fed to datasketch's vectorised ``update_batch``. A text of
  fewer than 5 words is one shingle. Values fit in 32 bits and are kept as ``uint32`` (256
  bytes an article at 64 permutations).
* **Index** (`NearDuplicates`): an LSH index that *expires*: each key carries its article's
  date and is removed once it is more than ``days`` older than the newest article seen (a copy
  is published within days of its original), or, for undated articles, once more than
  ``max_undated`` undated keys have been inserted after it. Memory stays bounded on an endless
  stream. Candidates from LSH are verified with the estimated Jaccard before they count.
* **Exact overlap** (`shingle_keys`): a brief's few articles are compared pair by pair
  (`newsfuse.reconcile.reports`), so it takes the exact shingle sets the stream estimates.
"""

from __future__ import annotations

import datetime as dt
import re
import zlib
from collections import OrderedDict, deque
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

__all__ = [
    "NUM_PERM",
    "SHINGLE",
    "THRESHOLD",
    "NearDuplicates",
    "jaccard",
    "shingle_keys",
    "shingles",
    "signature",
    "words",
]

NUM_PERM = 64
SHINGLE = 5
THRESHOLD = 0.8
_WORD = re.compile(r"[^\W_]+")
_SEED = 1
_SCHEME = "affine32"  # datasketch 2: 32-bit hash values, kept as uint32
# odd multipliers (multiples of the golden-ratio constant) mixing a shingle's word hashes
_MIXERS = np.array(
    [0x9E3779B97F4A7C15 * (2 * i + 1) % 2**64 for i in range(SHINGLE)], dtype=np.uint64
)


def _crc32(data: bytes) -> int:
    return zlib.crc32(data)


def words(text: str) -> list[str]:
    """``text``'s words, lower-cased, without punctuation: what two copies share however they
    are wrapped or punctuated."""
    return _WORD.findall(text.lower())


def shingles(text: str) -> set[bytes]:
    """``text``'s word 5-shingles (`words`; one shingle under 5 words)."""
    found = words(text)
    if len(found) <= SHINGLE:
        return {" ".join(found).encode("utf-8", "surrogatepass")}
    return {
        " ".join(found[i : i + SHINGLE]).encode("utf-8", "surrogatepass")
        for i in range(len(found) - SHINGLE + 1)
    }


def signature(text: str, num_perm: int = NUM_PERM) -> np.ndarray:
    """The MinHash signature (``uint32``, ``num_perm`` values) of ``text``'s word 5-shingles."""
    minhash = MinHash(num_perm=num_perm, seed=_SEED, hashfunc=_crc32, scheme=_SCHEME)
    minhash.update_batch(list(shingles(text)))
    return minhash.hashvalues.astype(np.uint32)


def shingle_keys(texts: Sequence[str]) -> list[np.ndarray]:
    """Each text's word 5-shingles (`shingles`) as sorted unique ``uint64`` keys, for exact
    Jaccard and containment between a few texts (a brief's articles), where the stream can only
    estimate them. A key mixes the run's five word hashes with odd multipliers (wrapping at
    2**64): no shingle is encoded or numbered in Python. Python salts its string hash per
    process, so keys are comparable only within one call, which is all a brief needs; two
    different shingles share a key with a chance of about 2**-64."""
    keys = []
    for text in texts:
        found = words(text)
        hashes = np.fromiter(map(hash, found), dtype=np.int64, count=len(found)).view(np.uint64)
        runs = np.lib.stride_tricks.sliding_window_view(hashes, min(SHINGLE, len(found)))
        mixed = np.sort(runs @ _MIXERS[: runs.shape[1]])
        keys.append(mixed[np.r_[True, mixed[1:] != mixed[:-1]]] if len(mixed) else mixed)
    return keys


def jaccard(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of two signatures (the share of equal values)."""
    return float(np.count_nonzero(a == b)) / len(a)


def _minhash(sig: np.ndarray) -> MinHash:
    return MinHash(seed=_SEED, hashvalues=sig.astype(np.uint64), scheme=_SCHEME)


@dataclass(frozen=True, slots=True)
class Match:
    """The earlier article a new one copies, and how similar they are."""

    key: str
    similarity: float


class NearDuplicates:
    """An expiring MinHash LSH index of recent articles: `find` a copy, then `add`."""

    def __init__(
        self,
        threshold: float = THRESHOLD,
        num_perm: int = NUM_PERM,
        days: int = 7,
        max_undated: int = 50_000,
    ) -> None:
        self.threshold = threshold
        self.num_perm = num_perm
        self.days = days
        self.max_undated = max_undated
        self._lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
        self._signatures: dict[str, np.ndarray] = {}
        self._dated: deque[tuple[dt.date, str]] = deque()  # in insertion order
        self._undated: OrderedDict[str, None] = OrderedDict()
        self._clock: dt.date | None = None

    def __len__(self) -> int:
        return len(self._signatures)

    def __contains__(self, key: str) -> bool:
        return key in self._signatures

    def find(self, sig: np.ndarray) -> Match | None:
        """The most similar indexed article at or above the threshold, if any."""
        best: Match | None = None
        for key in self._lsh.query(_minhash(sig)):
            similarity = jaccard(sig, self._signatures[key])
            if similarity >= self.threshold and (
                best is None or (similarity, best.key) > (best.similarity, key)
            ):
                best = Match(key, similarity)
        return best

    def add(self, key: str, sig: np.ndarray, date: dt.date | None) -> None:
        """Index an article; keys that have gone out of the window are dropped first."""
        if key in self._signatures:
            return
        self._lsh.insert(key, _minhash(sig))
        self._signatures[key] = sig
        if date is None:
            self._undated[key] = None
            while len(self._undated) > self.max_undated:
                self._remove(self._undated.popitem(last=False)[0])
        else:
            self._dated.append((date, key))
            if self._clock is None or date > self._clock:
                self._clock = date
            self.expire()

    def expire(self) -> None:
        """Drop dated keys more than ``days`` older than the newest date seen.

        Keys are dropped in insertion order, which is publication order in a sorted stream; a
        late, older article stays until the keys inserted before it have gone.
        """
        if self._clock is None:
            return
        horizon = self._clock - dt.timedelta(days=self.days)
        while self._dated and self._dated[0][0] < horizon:
            self._remove(self._dated.popleft()[1])

    def _remove(self, key: str) -> None:
        if self._signatures.pop(key, None) is not None:
            self._lsh.remove(key)
