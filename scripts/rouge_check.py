"""ROUGE check of the summarizer against lead on Multi-News and AllSides (a dev harness).

Usage::

    .venv/bin/python scripts/rouge_check.py [--data ../shared/data] [--sets multinews allsides]
                                            [--limit N] [--embedder tfidf]

Builds `Article`/`Sentence` objects with a deliberately simple loader (split on blank lines,
collapse whitespace, pysbd sentences with offsets), summarises every cluster with
`newsfuse.summarize.summarize` and scores it with rouge-score (stemming on, mean F1 x 100,
ROUGE-Lsum one sentence per line). Two figures per system: "nocut" is the product output (the
last sentence is never cut, so the summary may be shorter than the budget), "cut" fills the
budget like the published baselines (next sentences appended, the last one cut at the budget
word). "lead" takes first sentences round-robin over the articles. Budgets: 300 words on
Multi-News, 65 on AllSides (as in the data README; reference = roundup title + text).
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import statistics
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import pysbd
from rouge_score import rouge_scorer

from newsfuse.models import Article, Sentence
from newsfuse.settings import Settings
from newsfuse.summarize import summarize

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
CACHE = Path("/tmp/newsfuse_rouge_cache")
METRICS = ("rouge1", "rouge2", "rougeLsum")
# The data README's reference figures use the roundup's title and text as the reference and a
# fixed 65-word budget (about the references' mean length); both reproduce its lead figures.
ALLSIDES_WORDS = 65


@dataclass
class Cluster:
    """One evaluation cluster: its articles, their sentences and the reference summary."""

    articles: list[Article]
    sentences: list[Sentence]
    reference: str
    budget: int


_SEGMENTER = pysbd.Segmenter(language="en", clean=False, char_span=True)


def build_article(article_id: str, paragraphs: Sequence[str]) -> tuple[Article, list[Sentence]]:
    """An article whose text is the whitespace-collapsed paragraphs, with pysbd sentences."""
    paras = [re.sub(r"\s+", " ", p).strip() for p in paragraphs]
    paras = [p for p in paras if p]
    text = "\n\n".join(paras)
    sentences: list[Sentence] = []
    offset = 0
    for para in paras:
        for span in _SEGMENTER.segment(para):
            raw = para[span.start : span.end]
            stripped = raw.strip()
            if not stripped:
                continue
            start = offset + span.start + (len(raw) - len(raw.lstrip()))
            end = start + len(stripped)
            assert text[start:end] == stripped
            sentences.append(Sentence(article_id, len(sentences), start, end, stripped))
        offset += len(para) + 2
    article = Article(id=article_id, origin=article_id, raw_text=text, text=text)
    return article, sentences


def load_multinews(data: Path) -> Iterator[Cluster]:
    """Multi-News validation clusters; documents split into paragraphs on blank lines."""
    with open(data / "multinews" / "validation.jsonl", encoding="utf-8") as fh:
        for line in fh:
            record = json.loads(line)
            articles, sentences = [], []
            for k, doc in enumerate(record["documents"]):
                article, sents = build_article(f"{record['id']}#{k}", re.split(r"\n\s*\n", doc))
                articles.append(article)
                sentences.extend(sents)
            reference = record["summary"].strip().removeprefix("–").strip()
            yield Cluster(articles, sentences, reference, 300)


_ALLSIDES = re.compile(r"TITLE=>\s*(.*?)\s*ARTICLE=>\s*(.*)", re.S)


def _allsides_parts(line: str) -> list[tuple[str, str]]:
    parts = []
    for chunk in line.split(" [SEP] "):
        match = _ALLSIDES.search(chunk)
        parts.append((match.group(1), match.group(2)) if match else ("", chunk))
    return parts


def load_allsides(data: Path) -> Iterator[Cluster]:
    """AllSides roundups: the title is each article's first paragraph (and so sentence)."""
    source = (data / "allsides" / "val.source").read_text(encoding="utf-8").splitlines()
    target = (data / "allsides" / "val.target").read_text(encoding="utf-8").splitlines()
    for n, (src, tgt) in enumerate(zip(source, target, strict=True)):
        articles, sentences = [], []
        for k, (title, body) in enumerate(_allsides_parts(src)):
            article, sents = build_article(f"allsides-{n}#{k}", [title, body])
            articles.append(article)
            sentences.extend(sents)
        reference = " ".join(f"{title} {body}" for title, body in _allsides_parts(tgt)).strip()
        yield Cluster(articles, sentences, reference, ALLSIDES_WORDS)


def load(name: str, data: Path) -> list[Cluster]:
    """Load a set, caching the segmented clusters (pysbd is the slow part)."""
    CACHE.mkdir(exist_ok=True)
    path = CACHE / f"{name}.pkl"
    if not path.exists():
        clusters = (load_multinews if name == "multinews" else load_allsides)(data)
        rows = [(c.articles, c.sentences, c.reference, c.budget) for c in clusters]
        path.write_bytes(pickle.dumps(rows))
    return [Cluster(*row) for row in pickle.loads(path.read_bytes())]


def fill(first: list[str], rest: list[str], budget: int) -> list[str]:
    """Append sentences after ``first`` until the budget; the last one is cut at the budget."""
    out, used = [], 0
    for text in first + rest:
        words = text.split()
        if used >= budget:
            break
        if used + len(words) > budget:
            words = words[: budget - used]
        out.append(" ".join(words))
        used += len(words)
    return out


def lead(cluster: Cluster) -> list[str]:
    """First sentences round-robin over the articles, as in the data README."""
    per_article: dict[str, list[str]] = {}
    for s in cluster.sentences:
        per_article.setdefault(s.article_id, []).append(s.text)
    queues = list(per_article.values())
    order = [q[i] for i in range(max(map(len, queues), default=0)) for q in queues if i < len(q)]
    return fill([], order, cluster.budget)


def ours(cluster: Cluster, embedder: str) -> tuple[list[str], list[str], float]:
    """Our summary (no cut), the budget-filled variant, and seconds taken."""
    t0 = time.perf_counter()
    picks = summarize(
        cluster.articles, cluster.sentences, Settings(words=cluster.budget, embedder=embedder)
    )
    seconds = time.perf_counter() - t0
    texts = [p.sentence.text for p in picks]
    assert sum(len(t.split()) for t in texts) <= cluster.budget
    chosen = {(p.sentence.article_id, p.sentence.index) for p in picks}
    return texts, fill(texts, _round_robin_rest(cluster, chosen), cluster.budget), seconds


def _round_robin_rest(cluster: Cluster, chosen: set[tuple[str, int]]) -> list[str]:
    per_article: dict[str, list[str]] = {}
    for s in cluster.sentences:
        if (s.article_id, s.index) not in chosen:
            per_article.setdefault(s.article_id, []).append(s.text)
    queues = list(per_article.values())
    return [q[i] for i in range(max(map(len, queues), default=0)) for q in queues if i < len(q)]


def score(
    scorer: rouge_scorer.RougeScorer, clusters: list[Cluster], outputs: list[list[str]]
) -> dict[str, float]:
    """Mean F1 x 100 of the outputs (one list of sentences per cluster) over the clusters."""
    totals = {m: 0.0 for m in METRICS}
    for cluster, output in zip(clusters, outputs, strict=True):
        result = scorer.score(cluster.reference, "\n".join(output))
        for m in METRICS:
            totals[m] += result[m].fmeasure
    return {m: 100 * totals[m] / max(len(clusters), 1) for m in METRICS}


def _fmt(figures: dict[str, float]) -> str:
    return " / ".join(f"{figures[m]:.2f}" for m in METRICS)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--sets", nargs="+", default=["multinews", "allsides"])
    parser.add_argument("--limit", type=int, default=0, help="first N clusters only")
    parser.add_argument("--embedder", default="tfidf")
    args = parser.parse_args()
    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    for name in args.sets:
        clusters = load(name, args.data)
        if args.limit:
            clusters = clusters[: args.limit]
        for c in clusters:  # rougeLsum splits on newlines: one reference sentence per line
            c.reference = "\n".join(s.text for s in build_article("ref", [c.reference])[1])
        runs = [ours(c, args.embedder) for c in clusters]
        times = [r[2] for r in runs]
        lead_fig = score(scorer, clusters, [lead(c) for c in clusters])
        nocut = score(scorer, clusters, [r[0] for r in runs])
        cut = score(scorer, clusters, [r[1] for r in runs])
        words = statistics.mean(sum(len(t.split()) for t in r[0]) for r in runs)
        print(f"{name} ({len(clusters)} clusters)         R1 / R2 / RLsum")
        print(f"  lead                     {_fmt(lead_fig)}")
        print(f"  newsfuse (no cut)        {_fmt(nocut)}   mean {words:.0f} words")
        print(f"  newsfuse (budget filled) {_fmt(cut)}")
        p95 = sorted(times)[int(0.95 * (len(times) - 1))]
        print(f"  time per cluster: mean {statistics.mean(times):.4f} s, p95 {p95:.4f} s")


if __name__ == "__main__":
    main()
