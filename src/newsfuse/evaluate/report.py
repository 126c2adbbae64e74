"""The evaluation result as one rich table (what ``newsfuse eval`` prints)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.table import Table

if TYPE_CHECKING:
    from newsfuse.evaluate import EvalResult

__all__ = ["table"]

_ROUGE = ("rouge1_f", "rouge2_f", "rougeL_f", "rouge1_r", "rouge2_r", "rougeL_r")


def _number(value: float | None, digits: int = 2) -> str:
    return "–" if value is None else f"{value:.{digits}f}"


def table(result: EvalResult) -> Table:
    """ROUGE F1 and recall (×100), mean words, seconds per cluster (mean, p95), one row a system;
    newsfuse's citation precision and model load time in the caption."""
    grid = Table(
        title=f"{result.dataset}: {result.n} clusters, {result.words}-word budget",
        caption=_caption(result),
    )
    grid.add_column("system")
    for label in ("R1 F", "R2 F", "RLsum F", "R1 R", "R2 R", "RLsum R", "words"):
        grid.add_column(label, justify="right")
    grid.add_column("s/cluster", justify="right")
    grid.add_column("p95 s", justify="right")
    for name, figures in result.systems.items():
        grid.add_row(
            name,
            *(_number(figures.get(key)) for key in _ROUGE),
            _number(figures.get("words"), 1),
            _number(figures.get("seconds"), 4),
            _number(figures.get("seconds_p95"), 4),
        )
    return grid


def _caption(result: EvalResult) -> str:
    ours = result.systems.get("newsfuse", {})
    precision = ours.get("citation_precision")
    other = ours.get("citation_precision_other_sources")
    return (
        f"newsfuse = budget filled with its own next picks, cut at the budget word; "
        f"newsfuse-nocut = the product summary. Citation precision {_number(precision, 3)} "
        f"over {int(ours.get('citations') or 0)} citations ({_number(other, 3)} leaving out "
        f"each sentence's own source). Model load {_number(ours.get('model_load_seconds'), 3)} s; "
        f"independent reports (upstream, not in newsfuse's time) "
        f"{_number(ours.get('reports_seconds'), 4)} s a cluster."
    )
