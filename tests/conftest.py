"""Shared fixtures. `shared_dir` points at ../shared when it exists (a user's clone has none:
tests that need it skip)."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not (SHARED / "SPEC.md").is_file():
        pytest.skip("../shared is not present in this clone")
    return SHARED


@pytest.fixture(scope="session")
def core_pipeline():
    from khronika.pipeline import Pipeline
    from khronika.settings import Settings
    return Pipeline(Settings(pipeline=("segment", "morph")))


@pytest.fixture(scope="session")
def timex_pipeline():
    """Segmentation, morphology and time expressions only: what the timex tests read."""
    from khronika.pipeline import Pipeline
    from khronika.settings import Settings
    return Pipeline(Settings(pipeline=("segment", "morph", "timex")))
