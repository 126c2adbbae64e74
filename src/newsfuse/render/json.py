"""`brief.json`: the public contract. The schema is generated from `newsfuse.models`."""

from __future__ import annotations

import json
from pathlib import Path

from newsfuse.models import Brief, brief_json_schema


def write_json(brief: Brief, path: Path) -> None:
    path.write_text(brief.to_json() + "\n", encoding="utf-8")


def schema_text() -> str:
    return json.dumps(brief_json_schema(), indent=2) + "\n"
