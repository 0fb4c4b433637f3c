"""The fuzz targets of reliability/ for a few seconds each (``make fuzz`` runs them longer)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from reliability.fuzz import TARGETS, run_target  # noqa: E402

SECONDS = 3.0
#: fixed inputs in the test suite (see run_target); ``make fuzz`` draws new ones every run
FIRST_SEED = 20261206


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_fuzz_target_briefly(name: str) -> None:
    result = run_target(name, SECONDS, FIRST_SEED)
    assert result.examples > 0
    assert result.failure is None, "\n".join([result.failure, *result.details])
