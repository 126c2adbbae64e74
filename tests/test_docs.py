"""The documentation that shows code or output (the cleaning catalogue, the README's demo
excerpt) must match the code."""

from __future__ import annotations

import re

import newsfuse
from newsfuse.clean import RULES
from newsfuse.render.markdown import to_markdown

from .conftest import DEMO, ROOT


def test_cleaning_rules_doc_lists_every_rule_in_order() -> None:
    doc = (ROOT / "docs" / "cleaning-rules.md").read_text(encoding="utf-8")
    documented = re.findall(r"^\| \d+ \| `(\w+)` \|", doc, flags=re.M)
    assert documented == [rule.name for rule in RULES]


def test_readme_excerpt_is_the_real_demo_output() -> None:
    """Every line of the README's Markdown excerpt is a line of the demo brief, in order (the
    excerpt abridges with "..." lines only)."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    excerpt = readme.split("```markdown\n", 1)[1].split("```", 1)[0]
    shown = [line for line in excerpt.splitlines() if line.strip() and line.strip() != "..."]
    output = to_markdown(newsfuse.brief(DEMO)).splitlines()
    positions = []
    for line in shown:
        assert line in output, line
        positions.append(output.index(line))
    assert positions == sorted(positions)
