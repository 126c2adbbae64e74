"""The Markdown brief: untrusted names and paths stay inert."""

from __future__ import annotations

from newsfuse.render.markdown import _code


def test_a_file_name_with_backticks_cannot_close_its_code_span() -> None:
    assert _code("a.txt") == "`a.txt`"
    assert _code("x`](javascript:alert(1))`.txt") == "``x`](javascript:alert(1))`.txt``"
    assert _code("`lead.txt") == "`` `lead.txt ``"
    assert _code("two\nlines.txt") == "`two lines.txt`"
