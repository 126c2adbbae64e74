"""The cluster stage: each article of a stream joins an event, online, in publication order.

Two halves, so that the expensive one can run anywhere (`newsfuse.stream` runs it locally or
on Dask workers) and the cheap, order-dependent one runs once, in order:

* **Per article** (`features`): a bag of hashed terms. Terms are `newsfuse.embed.terms`
  (stemmed content words, numbers as digits) of the title (each distinct title term weighs
  ``title_weight`` on top of its count: a headline says what the story is) and of the first
  ``body_terms`` terms of the body (the lead says what happened; the rest drifts into
  background) with sublinear tf, plus the article's named entities from its lead (`newsfuse.
  extract.ner`, rules backend, spellings folded by `translit_key`) as extra features of weight
  ``entity_weight``. Terms are hashed into ``2**hash_bits`` columns (CRC-32), so vectors of
  any stream fit one fixed space and the document frequencies are one array.
* **In order** (`Assigner.assign_window`): the stream comes in windows (a few hundred
  articles). The window's articles first update the document frequencies (`Idf`: IDF learned
  online, over everything seen up to and including this window), then each article, in
  publication order, is weighted (tf × idf, L2-normalised) and scored against the *active*
  events: the score of an event mixes the best cosine between the article and one of the
  event's most recent ``max_members`` members (weight ``best_weight``) with the mean cosine
  over those members (the rest). A Gaussian time decay ``exp(-(Δdays / decay_days)² / 2)``
  over the days between the two scales each cosine and weighs each member in the mean, so a
  long story's old members count little rather than dragging it down. The best member carries
  most of it (not the centroid: a story's later reports share more with its latest reports
  than with its first); the mean keeps one bridging article from chaining distinct stories of
  a running topic into one event (two impeachment roundups, days apart). The article joins the
  best event when that score reaches the threshold, else it opens a new event. The threshold
  depends on the article's length: ``threshold × (length_ref / distinct terms) ** 0.25``,
  since short texts (AllSides leads) reach higher cosines by chance than long ones; with it,
  the best threshold on Multi-News and on AllSides is nearly the same (0.20 and 0.22),
  without it they are 0.17 and 0.30. An event whose
  last article is more than ``cold_days`` days away from the article's date is cold: not a
  candidate, and dropped from memory once the stream has moved past it. Undated articles
  (Multi-News, AllSides) get no decay and never make an event cold; memory is then bounded by
  ``max_active`` events (least recently updated dropped first).
* **Refinement** (`Assigner._refine`): online, an article sees only the events formed before
  it, so the first report of a story can be left alone when its partners arrive later and
  form their own event. Before the window is stored, up to ``refine_passes`` passes in the
  same order let each of its articles move to an event that now scores higher than its own
  (and clears its threshold). Then an event two stories chained, whose halves would not
  join each other, is split (`Assigner._split_chains`). Articles of earlier windows are
  stored and never move.
* **Copies** (`newsfuse.dedup`) are found first: a near-identical copy of a recent article
  joins that article's event as an extra outlet of the same story, and is not a member vector
  (it would only repeat its original).

The parameters were chosen on the development sets; see ``docs/streams.md`` for which set,
the figures, and what was not tuned.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import itertools
import math
import zlib
from collections import Counter, OrderedDict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field

import numpy as np
from scipy import sparse
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.spatial.distance import squareform

from newsfuse.dedup import NearDuplicates
from newsfuse.embed.terms import terms

__all__ = [
    "Assigner",
    "Candidate",
    "ClusterConfig",
    "Decision",
    "EventState",
    "Idf",
    "Member",
    "TermVector",
    "event_id_for",
    "features",
    "term_matrix",
]


@dataclass(frozen=True, slots=True)
class ClusterConfig:
    """The knobs of event assignment (defaults chosen on the dev sets, see docs/streams.md)."""

    threshold: float = 0.21
    length_ref: int = 100
    length_power: float = 0.25
    title_weight: float = 2.0
    body_terms: int = 200
    entity_weight: float = 0.5
    hash_bits: int = 20
    decay_days: float = 4.0
    cold_days: int = 10
    max_members: int = 16
    best_weight: float = 0.7
    refine_passes: int = 3
    split_factor: float = 1.0
    max_active: int = 20_000
    dedup_threshold: float = 0.8
    dedup_days: int = 7


DEFAULT_CONFIG = ClusterConfig()


@dataclass(frozen=True, slots=True)
class TermVector:
    """A sparse vector in the hashed term space: sorted unique ``indices`` and their values."""

    indices: np.ndarray  # int32
    values: np.ndarray  # float32

    def to_bytes(self) -> bytes:
        n = len(self.indices)
        return (
            n.to_bytes(4, "little")
            + self.indices.astype("<i4").tobytes()
            + self.values.astype("<f4").tobytes()
        )

    @classmethod
    def from_bytes(cls, data: bytes) -> TermVector:
        n = int.from_bytes(data[:4], "little")
        indices = np.frombuffer(data, dtype="<i4", count=n, offset=4).astype(np.int32)
        values = np.frombuffer(data, dtype="<f4", count=n, offset=4 + 4 * n).astype(np.float32)
        return cls(indices, values)


def _hash(term: str, mask: int) -> int:
    return zlib.crc32(term.encode("utf-8", "surrogatepass")) & mask


def features(
    title: str,
    body: str,
    entities: Iterable[str] = (),
    config: ClusterConfig = DEFAULT_CONFIG,
) -> TermVector:
    """The raw (un-weighted by IDF) term vector of one article; see the module docstring."""
    mask = (1 << config.hash_bits) - 1
    weights: dict[int, float] = {}
    body_terms = terms(body)[: config.body_terms]
    for term, count in Counter(body_terms).items():
        key = _hash(term, mask)
        weights[key] = weights.get(key, 0.0) + 1.0 + math.log(count)
    for term in set(terms(title)):
        key = _hash(term, mask)
        weights[key] = weights.get(key, 0.0) + config.title_weight
    if config.entity_weight > 0:
        for entity in set(entities):
            key = _hash("\x00" + entity, mask)
            weights[key] = weights.get(key, 0.0) + config.entity_weight
    if not weights:
        return TermVector(np.zeros(0, np.int32), np.zeros(0, np.float32))
    indices = np.fromiter(sorted(weights), dtype=np.int32, count=len(weights))
    values = np.array([weights[int(i)] for i in indices], dtype=np.float32)
    return TermVector(indices, values)


class Idf:
    """Document frequencies over the hashed space, learned online (smoothed idf)."""

    def __init__(self, hash_bits: int, df: np.ndarray | None = None, n: int = 0) -> None:
        self.df = np.zeros(1 << hash_bits, dtype=np.int32) if df is None else df
        self.n = n

    def update(self, vectors: Iterable[TermVector]) -> None:
        for vector in vectors:
            self.df[vector.indices] += 1
            self.n += 1

    def weigh(self, vector: TermVector) -> TermVector:
        """tf × idf, L2-normalised (a zero vector stays zero)."""
        idf = np.log((1.0 + self.n) / (1.0 + self.df[vector.indices])) + 1.0
        values = vector.values * idf.astype(np.float32)
        norm = float(np.sqrt(np.dot(values, values)))
        if norm > 0:
            values = values / norm
        return TermVector(vector.indices, values.astype(np.float32))

    def to_bytes(self) -> bytes:
        return zlib.compress(self.df.astype("<i4").tobytes(), 1)

    @classmethod
    def from_bytes(cls, data: bytes, n: int, hash_bits: int) -> Idf:
        df = np.frombuffer(zlib.decompress(data), dtype="<i4").astype(np.int32)
        if len(df) != 1 << hash_bits:
            raise ValueError("stored document frequencies have another hash size")
        return cls(hash_bits, df.copy(), n)


@dataclass(frozen=True, slots=True)
class Candidate:
    """One article as the assignment step sees it (what the per-article stages produced)."""

    article_id: str
    published: dt.date | None
    title: str
    vector: TermVector  # raw tf, before idf
    signature: np.ndarray  # MinHash, uint32


@dataclass(frozen=True, slots=True)
class Member:
    """An event member as scored: its idf-weighted vector and date."""

    article_id: str
    published: dt.date | None
    vector: TermVector


@dataclass
class EventState:
    """An active event: what assignment needs of it."""

    id: str
    title: str
    first: dt.date | None
    last: dt.date | None
    size: int
    members: list[Member] = field(default_factory=list)  # most recent last


@dataclass(frozen=True, slots=True)
class Decision:
    """Where one article went. ``weighted`` is its idf-weighted vector (None for a copy)."""

    article_id: str
    event_id: str
    new_event: bool
    dup_of: str | None
    score: float
    weighted: TermVector | None


def event_id_for(article_id: str) -> str:
    """An event's id, from the article that opened it: stable across runs and engines."""
    return (
        "ev-"
        + hashlib.blake2b(article_id.encode("utf-8", "surrogatepass"), digest_size=5).hexdigest()
    )


def _days(a: dt.date | None, b: dt.date | None) -> float | None:
    if a is None or b is None:
        return None
    return abs((a - b).days)


class Assigner:
    """The order-dependent half: active events, IDF and the copy index, window by window.

    ``story_event`` maps an indexed article to its event, so a copy can follow its original;
    ``story_of`` maps a copy to the first article of its story.
    """

    def __init__(self, config: ClusterConfig = DEFAULT_CONFIG, idf: Idf | None = None) -> None:
        self.config = config
        self.idf = idf or Idf(config.hash_bits)
        self.events: OrderedDict[str, EventState] = OrderedDict()  # least recently updated first
        self.dedup = NearDuplicates(config.dedup_threshold, days=config.dedup_days)
        self.story_event: dict[str, str] = {}
        self.taken_ids: set[str] = set()

    # ------------------------------------------------------------------ state

    def load_event(self, event: EventState) -> None:
        """Make a stored event active (no-op when it already is)."""
        if event.id not in self.events:
            self.events[event.id] = event
            self.events.move_to_end(event.id, last=False)
            self.taken_ids.add(event.id)

    def index_copy_source(
        self, article_id: str, signature: np.ndarray, published: dt.date | None, event_id: str
    ) -> None:
        """Put a stored article in the copy index (when resuming from a store)."""
        self.dedup.add(article_id, signature, published)
        self.story_event[article_id] = event_id

    def evict(self, before: dt.date | None) -> list[str]:
        """Drop events cold at ``before`` (last article older than ``cold_days`` before it),
        and the least recently updated ones beyond ``max_active``; return their ids."""
        gone = []
        if before is not None:
            horizon = before - dt.timedelta(days=self.config.cold_days)
            gone = [e.id for e in self.events.values() if e.last is not None and e.last < horizon]
        while len(self.events) - len(gone) > self.config.max_active:
            for event_id in self.events:
                if event_id not in gone:
                    gone.append(event_id)
                    break
        for event_id in gone:
            del self.events[event_id]
        live = set(self.events)
        self.story_event = {
            k: v for k, v in self.story_event.items() if v in live or k in self.dedup
        }
        return gone

    # ------------------------------------------------------------------ assignment

    def assign_window(self, window: Sequence[Candidate]) -> list[Decision]:
        """Assign a window of articles, given in publication order: online, one by one, then
        up to ``refine_passes`` passes in which each article may move to an event that formed
        after it arrived (see `_refine`)."""
        if not window:
            return []
        self.idf.update(c.vector for c in window)
        weighted = [self.idf.weigh(c.vector) for c in window]
        state = _WindowState(self, window)
        decisions: list[Decision] = []
        before: dict[str, EventState | None] = {}
        win = term_matrix(weighted, 1 << self.config.hash_bits)
        sims_win = (win @ win.T).toarray()
        for lo, hi, sims_old in self._blocks(win, state):
            for i in range(lo, hi):
                candidate = window[i]
                decision = self._decide(
                    i,
                    candidate,
                    weighted[i],
                    None if sims_old is None else sims_old[i - lo],
                    sims_win[i, :i],
                    state,
                )
                decisions.append(decision)
                self._remember(decision.event_id, before)
                self._join(candidate, decision)
                if decision.weighted is not None:
                    self.dedup.add(candidate.article_id, candidate.signature, candidate.published)
                state.record(i, decision, candidate.published)
        refined = self._refine(window, decisions, win, sims_win, state)
        refined = self._split_chains(window, refined, decisions, win, sims_win, state)
        if refined is not decisions:
            self._replay(window, refined, before)
        return refined

    def _blocks(
        self, win: sparse.csr_matrix, state: _WindowState
    ) -> Iterator[tuple[int, int, np.ndarray | None]]:
        """The window in row blocks, each with its cosines to the members active before the
        window (a block at a time bounds memory)."""
        for lo in range(0, win.shape[0], _BLOCK):
            hi = min(lo + _BLOCK, win.shape[0])
            sims_old = (win[lo:hi] @ state.rows.T).toarray() if state.rows.shape[0] else None
            yield lo, hi, sims_old

    def _refine(
        self,
        window: Sequence[Candidate],
        decisions: list[Decision],
        win: sparse.csr_matrix,
        sims_win: np.ndarray,
        state: _WindowState,
    ) -> list[Decision]:
        """Let each article of the window move to the event that now suits it best.

        Online, an article sees only the events formed before it: the first report of a story
        opens an event (or joins a loosely related one) before the reports that would have
        joined it arrive, and they may form an event of their own. A pass in the same order
        scores every article against every event as the window left it, itself excluded, and
        moves it when another event scores higher than its own and clears its threshold. On
        both dev streams this raised BCubed F1 in each of six arrival orders (docs/streams.md).
        Moves never touch articles of earlier windows, which are stored. A copy follows its
        original. Event ids stay the founders' even if the founder moved on; an event's first
        remaining article then opens it (its title).
        """
        online = decisions
        decisions = list(decisions)
        moved = False
        members = np.flatnonzero(state.win_event >= 0)  # moves keep them members (copies not)
        for _ in range(self.config.refine_passes):
            moves = 0
            for lo, hi, sims_old in self._blocks(win, state):
                for i in range(lo, hi):
                    own = int(state.win_event[i])
                    if own < 0:  # a copy
                        continue
                    scores = state.scores(
                        members[members != i],
                        window[i].published,
                        None if sims_old is None else sims_old[i - lo],
                        sims_win[i],
                    )
                    best = int(np.argmax(scores))
                    if (
                        best != own
                        and scores[best] > scores[own]
                        and scores[best] >= self._threshold(window[i].vector)
                    ):
                        state.move(i, best, window[i].published)
                        decisions[i] = dataclasses.replace(
                            decisions[i], event_id=state.event_ids[best], score=float(scores[best])
                        )
                        moves += 1
            moved = moved or moves > 0
            if not moves:
                break
        if not moved:
            return online
        opened = {d.event_id for d in online if d.new_event}
        return _reopened(_copies_follow(decisions), opened)

    def _split_chains(
        self,
        window: Sequence[Candidate],
        decisions: list[Decision],
        online: list[Decision],
        win: sparse.csr_matrix,
        sims_win: np.ndarray,
        state: _WindowState,
    ) -> list[Decision]:
        """Split an event that two stories chained: its members fall into two groups (average
        linkage on their cosines) whose mean cosine across is below ``split_factor`` times the
        members' mean join threshold, each group of two or more; then each group again.

        A bridging article joins the best member of one story while it is close to another, and
        the next reports of the other story follow it in: distinct roundups of one running
        story (two impeachment days) become one event. On AllSides this lifted BCubed F1 from
        0.844 to 0.864 over six arrival orders, Multi-News 0.866 to 0.867 (docs/streams.md).
        Only the window's articles move: a group holding a stored member stays, and a group
        of window articles alone opens a new event (its id from its first article)."""
        if self.config.split_factor <= 0:
            return decisions
        members: dict[int, list[int]] = {}
        for i in np.flatnonzero(state.win_event >= 0):
            members.setdefault(int(state.win_event[i]), []).append(int(i))
        moved: dict[int, str] = {}
        for index, positions in members.items():
            old = state.old_rows(index)
            for group in self._chains(positions, old, win, sims_win):
                new_id = self._new_event_id(window[group[0]].article_id)
                moved.update(dict.fromkeys(group, new_id))
        if not moved:
            return decisions
        out = [
            dataclasses.replace(d, event_id=moved[i]) if i in moved else d
            for i, d in enumerate(decisions)
        ]
        opened = {d.event_id for d in online if d.new_event} | set(moved.values())
        return _reopened(_copies_follow(out), opened)

    def _chains(
        self,
        positions: list[int],
        old: sparse.csr_matrix,
        win: sparse.csr_matrix,
        sims_win: np.ndarray,
    ) -> list[list[int]]:
        """The groups of window positions to split off one event (`_split_chains`)."""
        n_old = old.shape[0]
        if n_old + len(positions) < 4:
            return []
        rows = win[positions]
        sims = np.zeros((n_old + len(positions),) * 2)
        sims[n_old:, n_old:] = sims_win[np.ix_(positions, positions)]
        if n_old:
            across = (rows @ old.T).toarray()
            sims[:n_old, :n_old] = (old @ old.T).toarray()
            sims[n_old:, :n_old], sims[:n_old, n_old:] = across, across.T
        counts = [*np.diff(old.indptr).tolist(), *np.diff(win.indptr)[positions].tolist()]
        bars = [self._threshold_for(n) for n in counts]
        factor = self.config.split_factor
        split_off: dict[int, int] = {}  # member -> the first member of the group it left with
        stack = [list(range(len(bars)))]
        while stack:
            group = stack.pop()
            halves = _two_halves(sims, group)
            if halves is None:
                continue
            a, b = halves
            if sims[np.ix_(a, b)].mean() >= factor * float(np.mean([bars[k] for k in group])):
                continue
            # the half with the group's first member (a stored one, if any) keeps its event
            keep, off = (a, b) if min(group) in a else (b, a)
            if min(off) < n_old:
                continue  # a stored member would have to move
            split_off.update(dict.fromkeys(off, min(off)))
            stack.extend((keep, off))
        groups: dict[int, list[int]] = {}
        for k, first in split_off.items():
            groups.setdefault(first, []).append(positions[k - n_old])
        return [sorted(g) for g in groups.values()]

    def _new_event_id(self, article_id: str) -> str:
        """An event id from the article that opens it, one no event has taken."""
        new_id = event_id_for(article_id)
        n = 1
        while new_id in self.taken_ids:
            n += 1
            new_id = event_id_for(f"{article_id}#{n}")
        self.taken_ids.add(new_id)
        return new_id

    def _remember(self, event_id: str, before: dict[str, EventState | None]) -> None:
        """Keep an event's state as it was before the window (None: opened in it)."""
        if event_id not in before:
            event = self.events.get(event_id)
            before[event_id] = (
                None if event is None else dataclasses.replace(event, members=list(event.members))
            )

    def _replay(
        self,
        window: Sequence[Candidate],
        decisions: Sequence[Decision],
        before: dict[str, EventState | None],
    ) -> None:
        """Put the events the window touched back as they were, then join the refined
        decisions in order (the copy index already holds the window's articles)."""
        for event_id, event in before.items():
            if event is None:
                self.events.pop(event_id, None)
            else:
                self.events[event_id] = event
        for candidate, decision in zip(window, decisions, strict=True):
            self._join(candidate, decision)

    def _decide(
        self,
        i: int,
        candidate: Candidate,
        weighted: TermVector,
        sims_old: np.ndarray | None,
        sims_win: np.ndarray,
        state: _WindowState,
    ) -> Decision:
        match = self.dedup.find(candidate.signature)
        if match is not None and match.key in self.story_event:
            event_id = self.story_event[match.key]
            return Decision(
                candidate.article_id, event_id, False, match.key, match.similarity, None
            )
        members = np.flatnonzero(state.win_event[:i] >= 0)
        scores = state.scores(members, candidate.published, sims_old, sims_win)
        if scores.size:
            best_index = int(np.argmax(scores))  # ties: the first event, deterministically
            best = float(scores[best_index])
            if best >= self._threshold(candidate.vector):
                event_id = state.event_ids[best_index]
                return Decision(candidate.article_id, event_id, False, None, best, weighted)
        else:
            best = 0.0
        new_id = self._new_event_id(candidate.article_id)
        return Decision(candidate.article_id, new_id, True, None, best, weighted)

    def _threshold(self, vector: TermVector) -> float:
        """The join threshold for an article with this many distinct terms (`_threshold_for`)."""
        return self._threshold_for(len(vector.indices))

    def _threshold_for(self, distinct_terms: int) -> float:
        """Cosines of short texts run higher (fewer terms, each weighing more), so the bar
        rises as ``(length_ref / terms) ** length_power``; at ``length_ref`` it is
        ``threshold``."""
        config = self.config
        return (
            config.threshold * (config.length_ref / max(1, distinct_terms)) ** config.length_power
        )

    def _join(self, candidate: Candidate, decision: Decision) -> None:
        """Add an article to its event (opening it when new); a copy is no member."""
        event = self.events.get(decision.event_id)
        date = candidate.published
        if event is None:
            # a new event, or a copy whose event went cold (re-opened with what we know)
            event = EventState(decision.event_id, candidate.title, date, date, 0)
            self.events[decision.event_id] = event
            self.taken_ids.add(decision.event_id)
        event.size += 1
        if date is not None:
            event.first = date if event.first is None else min(event.first, date)
            event.last = date if event.last is None else max(event.last, date)
        if decision.weighted is not None:
            event.members.append(Member(candidate.article_id, date, decision.weighted))
            del event.members[: -self.config.max_members]
            self.story_event[candidate.article_id] = decision.event_id
        self.events.move_to_end(decision.event_id)


def _two_halves(sims: np.ndarray, group: list[int]) -> tuple[list[int], list[int]] | None:
    """``group`` cut in two by average linkage on its cosines, each half of two or more."""
    if len(group) < 4:
        return None
    distances = 1.0 - sims[np.ix_(group, group)]
    np.fill_diagonal(distances, 0.0)
    distances = np.clip((distances + distances.T) / 2, 0.0, None)
    labels = fcluster(linkage(squareform(distances, checks=False), "average"), 2, "maxclust")
    a = [k for k, label in zip(group, labels, strict=True) if label == 1]
    b = [k for k, label in zip(group, labels, strict=True) if label != 1]
    return (a, b) if len(a) >= 2 and len(b) >= 2 else None


def _copies_follow(decisions: Sequence[Decision]) -> list[Decision]:
    """A copy of an article of the same window goes where its original went."""
    where = {d.article_id: d.event_id for d in decisions if d.dup_of is None}
    return [
        dataclasses.replace(d, event_id=where[d.dup_of])
        if d.dup_of is not None and d.dup_of in where
        else d
        for d in decisions
    ]


def _reopened(decisions: Sequence[Decision], opened: set[str]) -> list[Decision]:
    """After moves, the first decision into each event ``opened`` in the window opens it."""
    seen: set[str] = set()
    out = []
    for d in decisions:
        first = d.event_id in opened and d.event_id not in seen
        seen.add(d.event_id)
        out.append(dataclasses.replace(d, new_event=first) if d.new_event != first else d)
    return out


_BLOCK = 256  # window rows scored against the active members at once (bounds memory)
_NAN = float("nan")


def _ordinal(date: dt.date | None) -> float:
    return _NAN if date is None else float(date.toordinal())


class _WindowState:
    """The active events and their member rows as arrays, for one window's vectorised scoring.

    Member rows of the events active at the start of the window are grouped per event (so a
    per-event maximum is one ``np.maximum.reduceat``); events opened and members added inside
    the window are tracked by window position.
    """

    def __init__(self, assigner: Assigner, window: Sequence[Candidate]) -> None:
        self.config = assigner.config
        self.event_ids: list[str] = []
        self.position: dict[str, int] = {}
        self._row_events: list[int] = []
        vectors: list[TermVector] = []
        row_days: list[float] = []
        starts: list[int] = []
        capacity = len(assigner.events) + len(window)
        self.first = np.full(capacity, np.nan)
        self.last = np.full(capacity, np.nan)
        for event in assigner.events.values():
            members = event.members[-self.config.max_members :]
            index = self._add_event(event.id, event.first, event.last)
            if members:
                starts.append(len(vectors))
                vectors.extend(m.vector for m in members)
                row_days.extend(_ordinal(m.published) for m in members)
                self._row_events.append(index)
        self.rows = term_matrix(vectors, 1 << self.config.hash_bits)
        self.row_days = np.array(row_days, dtype=np.float64)
        self.starts = np.array(starts, dtype=np.int64)
        self.start_events = np.array(self._row_events, dtype=np.int64)
        self._group_of = {event: group for group, event in enumerate(self._row_events)}
        self.win_event = np.full(len(window), -1, dtype=np.int64)
        self.win_days = np.array([_ordinal(c.published) for c in window], dtype=np.float64)

    def _add_event(self, event_id: str, first: dt.date | None, last: dt.date | None) -> int:
        index = len(self.event_ids)
        self.event_ids.append(event_id)
        self.position[event_id] = index
        self.first[index] = _ordinal(first)
        self.last[index] = _ordinal(last)
        return index

    def _decay(self, day: float, days: np.ndarray) -> np.ndarray:
        delta = np.nan_to_num(np.abs(days - day), nan=0.0)
        return np.exp(-0.5 * (delta / self.config.decay_days) ** 2)

    def scores(
        self,
        members: np.ndarray,
        date: dt.date | None,
        sims_old: np.ndarray | None,
        sims_win: np.ndarray,
    ) -> np.ndarray:
        """An article's score for each known event: ``best_weight`` × its best decayed cosine
        with the event's recent members + the rest × their mean cosine, each member weighted by
        its decay (so a long story's old members do not drag it down). ``members`` are the
        window positions that count as members (``sims_win`` holds the cosines to them)."""
        n = len(self.event_ids)
        best = np.zeros(n)
        total = np.zeros(n)
        weight_sum = np.zeros(n)
        day = _ordinal(date)
        dated = date is not None
        if sims_old is not None and len(self.starts):
            decay = self._decay(day, self.row_days) if dated else np.ones(len(sims_old))
            best[self.start_events] = np.maximum.reduceat(sims_old * decay, self.starts)
            total[self.start_events] = np.add.reduceat(sims_old * decay, self.starts)
            weight_sum[self.start_events] = np.add.reduceat(decay, self.starts)
        if members.size:
            row = sims_win[members]
            decay = self._decay(day, self.win_days[members]) if dated else np.ones(len(row))
            events = self.win_event[members]
            np.maximum.at(best, events, row * decay)
            np.add.at(total, events, row * decay)
            np.add.at(weight_sum, events, decay)
        mean = np.divide(total, weight_sum, out=np.zeros(n), where=weight_sum > 0)
        share = self.config.best_weight
        scores = share * best + (1.0 - share) * mean
        if dated:
            cold = (day - self.last[:n] > self.config.cold_days) | (
                self.first[:n] - day > self.config.cold_days
            )
            scores[cold] = 0.0
        return scores

    def record(self, i: int, decision: Decision, date: dt.date | None) -> None:
        """Note where window article ``i`` went (a copy is no member)."""
        index = self.position.get(decision.event_id)
        if index is None:
            index = self._add_event(decision.event_id, date, date)
        else:
            self._widen(index, date)
        if decision.dup_of is None:
            self.win_event[i] = index

    def old_rows(self, index: int) -> sparse.csr_matrix:
        """The member rows the event at ``index`` had before the window (maybe none)."""
        group = self._group_of.get(index)
        if group is None:
            return self.rows[0:0]
        end = int(self.starts[group + 1]) if group + 1 < len(self.starts) else self.rows.shape[0]
        return self.rows[int(self.starts[group]) : end]

    def move(self, i: int, index: int, date: dt.date | None) -> None:
        """Move window article ``i`` to the event at ``index``. The event it leaves keeps its
        dates here (they only decide which events are cold for the rest of the window, so at
        worst one stays a candidate a little longer); the stored dates come from the replay."""
        self._widen(index, date)
        self.win_event[i] = index

    def _widen(self, index: int, date: dt.date | None) -> None:
        if date is not None:
            day = _ordinal(date)
            self.first[index] = np.fmin(self.first[index], day)
            self.last[index] = np.fmax(self.last[index], day)


def term_matrix(vectors: Sequence[TermVector], dim: int) -> sparse.csr_matrix:
    """Rows of hashed vectors as a CSR matrix (``dim`` columns: ``2 ** hash_bits``)."""
    if not vectors:
        return sparse.csr_matrix((0, dim), dtype=np.float32)
    indptr = np.fromiter(
        itertools.accumulate((len(v.indices) for v in vectors), initial=0),
        dtype=np.int64,
        count=len(vectors) + 1,
    )
    indices = np.concatenate([v.indices for v in vectors]) if indptr[-1] else np.zeros(0, np.int32)
    values = np.concatenate([v.values for v in vectors]) if indptr[-1] else np.zeros(0, np.float32)
    return sparse.csr_matrix((values, indices, indptr), shape=(len(vectors), dim))
