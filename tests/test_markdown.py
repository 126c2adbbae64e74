"""The Markdown brief: untrusted names and paths stay inert; copies are marked."""

from __future__ import annotations

from newsfuse.render.markdown import _code, to_markdown

from ._data import brief_with_a_wire_copy


def test_a_file_name_with_backticks_cannot_close_its_code_span() -> None:
    assert _code("a.txt") == "`a.txt`"
    assert _code("x`](javascript:alert(1))`.txt") == "``x`](javascript:alert(1))`.txt``"
    assert _code("`lead.txt") == "`` `lead.txt ``"
    assert _code("two\nlines.txt") == "`two lines.txt`"


def test_a_near_identical_copy_is_listed_as_one() -> None:
    brief = brief_with_a_wire_copy()
    assert [s.copy_of for s in brief.sources] == [None, "S1", None]
    assert to_markdown(brief).splitlines()[2].startswith("*3 sources (1 copy)")
    sources = to_markdown(brief).split("## Sources")[1]
    assert "**S2** · `a1.txt` · date unknown · copy of S1, adds no support" in sources
    assert sources.count("copy of") == 1
