"""Small made-up streams for the stream tests: a few events, distinct vocabularies, dated.

Article ``i`` of an event takes three of the event's five sentences (a different three for
neighbouring ``i``), so two reports of one event share a story but are not copies (``i`` and
``i + 5`` are: the same three sentences, only the closing number differs)."""

from __future__ import annotations

import json
from pathlib import Path

EVENTS = {
    "quake": (
        "Earthquake strikes Kathmandu valley",
        [
            "A magnitude 7.1 earthquake struck near Kathmandu, collapsing brick houses.",
            "Seismologists at the geological survey put the epicentre 80 km east of the city.",
            "Rescue teams searched the rubble for survivors through the night.",
            "Aftershocks rattled mountain villages and cut the highway to Pokhara.",
            "Hospitals in Kathmandu treated hundreds of injured people in tents outside.",
        ],
    ),
    "election": (
        "Albania counts ballots after parliament vote",
        [
            "Election officials in Tirana began counting ballots after the parliamentary vote.",
            "Turnout reached 46 percent, the central election commission said.",
            "The opposition coalition claimed an early lead in the capital.",
            "The ruling Socialist party said rural constituencies would decide the outcome.",
            "Observers from the OSCE reported vote buying in several northern districts.",
        ],
    ),
    "merger": (
        "Shareholders approve steel takeover",
        [
            "Shareholders of Thyssen Steel approved the takeover by its larger rival.",
            "The deal values the steelmaker at 18 billion dollars including debt.",
            "The merger creates the continent's biggest producer of rolled steel.",
            "Competition regulators in Brussels must still approve the combination.",
            "Unions fear the closure of two blast furnaces in the Ruhr.",
        ],
    ),
}


def articles(event: str, count: int, start: int = 0, day: int = 10) -> list[dict]:
    """``count`` JSONL records about one event, each worded a little differently."""
    title, sentences = EVENTS[event]
    records = []
    for i in range(start, start + count):
        picked = [sentences[i % 5], sentences[(i + 1) % 5], sentences[(i + 3) % 5]]
        records.append(
            {
                "id": f"{event}-{i}",
                "title": f"{title} ({i})",
                "time": f"2024-03-{day + i % 3:02d}",
                "outlet": f"outlet-{i}",
                "text": " ".join(picked) + f" ({i})",
            }
        )
    return records


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path
