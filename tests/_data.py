"""Shared helpers for tests that read the bundled seeds and ../shared/data."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from newsfuse.models import Article, Brief
from newsfuse.pipeline import build_brief
from newsfuse.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "examples" / "ain-al-asad"
SHARED_DATA = ROOT.parent / "shared" / "data"
MULTINEWS = SHARED_DATA / "multinews" / "validation.jsonl"


def seed_texts() -> dict[str, str]:
    """The 5 bundled seed articles, minus a leading ``date YYYY-MM-DD`` (ingest's job)."""
    return {
        path.name: re.sub(r"^\s*date \d{4}-\d{2}-\d{2}\s*", "", path.read_text(encoding="utf-8"))
        for path in sorted(SEEDS.glob("*.txt"))
    }


def multinews_documents(clusters: int = 30) -> list[str]:
    """Raw documents of the first ``clusters`` Multi-News validation clusters (skip if absent)."""
    if not MULTINEWS.exists():
        pytest.skip(f"Multi-News data not found at {MULTINEWS}")
    with MULTINEWS.open(encoding="utf-8") as lines:
        records = [json.loads(line) for _, line in zip(range(clusters), lines, strict=False)]
    return [doc for record in records for doc in record["documents"]]


def brief_with_a_wire_copy() -> Brief:
    """A brief of a wire story (S1), a near-identical copy of it (S2) and another report."""
    wire = (
        "On Wednesday, fourteen rockets struck the air base in western Iraq, the coalition "
        "spokesman said. Two people were injured in the attack, officials said. Security forces "
        "searched the area near the base after the rockets landed in the early afternoon."
    )
    texts = [wire, wire + " Reporting by staff writers.", "Two people were hurt on Wednesday."]
    articles = [Article(f"a{i}", f"a{i}.txt", text, text) for i, text in enumerate(texts)]
    return build_brief(articles, Settings(ner="rules"))
