"""Render a `Brief` for people (Markdown) and programs (JSON, with a published JSON Schema)."""

from newsfuse.render.json import write_json
from newsfuse.render.markdown import to_markdown

__all__ = ["to_markdown", "write_json"]
