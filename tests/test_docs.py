"""The documentation that lists code (the cleaning catalogue) must match the code."""

from __future__ import annotations

import re

from newsfuse.clean import RULES

from .conftest import ROOT


def test_cleaning_rules_doc_lists_every_rule_in_order() -> None:
    doc = (ROOT / "docs" / "cleaning-rules.md").read_text(encoding="utf-8")
    documented = re.findall(r"^\| \d+ \| `(\w+)` \|", doc, flags=re.M)
    assert documented == [rule.name for rule in RULES]
