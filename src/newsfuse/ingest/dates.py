"""Publication dates from the strings inputs carry, without guessing.

Only an explicit year-month-day at the start of a value counts (``2021-07-08``,
``2021-07-08 05:32:00``, ``2021-07-08T05:32:00Z``, ``2021/07/08``). Anything else (``July 8``,
``08/07/2021``, which is ambiguous between day-first and month-first) yields ``None``, because
a wrong date silently corrupts the timeline while a missing one is visible.
"""

from __future__ import annotations

import datetime as dt
import re

_YMD = re.compile(r"\s*(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)")


def parse_date(value: object) -> dt.date | None:
    """The date a value states explicitly as year-month-day, else ``None``."""
    if not isinstance(value, str):
        return None
    match = _YMD.match(value)
    if match is None:
        return None
    try:
        return dt.date(int(match[1]), int(match[3]), int(match[4]))
    except ValueError:
        return None
