"""Render a `Brief` for people (Markdown, HTML) and programs (JSON with a JSON Schema)."""

from newsfuse.render.html import to_html
from newsfuse.render.json import write_json
from newsfuse.render.markdown import to_markdown

__all__ = ["to_html", "to_markdown", "write_json"]
