"""Shared test helpers: where the bundled demo and the shared evaluation data live."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# Hypothesis budgets (tests/test_properties.py scales each property from the profile): "ci" is
# the default for `make test`; `make fuzz` runs HYPOTHESIS_PROFILE=fuzz, 100k+ examples in all.
_SLOW_OK = [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much]
# "ci" is derandomized: the same examples on every run, so CI never fails on a new random draw
# (finding new failures is `make fuzz`'s job, whose examples are random).
settings.register_profile(
    "ci", deadline=None, suppress_health_check=_SLOW_OK, print_blob=True, derandomize=True
)
settings.register_profile("fuzz", deadline=None, suppress_health_check=_SLOW_OK, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

ROOT = Path(__file__).resolve().parents[1]
DEMO = ROOT / "examples" / "ain-al-asad"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture
def shared_data() -> Path:
    """The evaluation data beside the checkout; tests that need it skip when it is absent."""
    if not SHARED_DATA.is_dir():
        pytest.skip(f"evaluation data not found at {SHARED_DATA} (../shared/data beside the repo)")
    return SHARED_DATA
