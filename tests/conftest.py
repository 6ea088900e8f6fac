from __future__ import annotations

from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

DATA = Path(__file__).parent / "data"
SAMPLES = Path(__file__).parent.parent / "samples"


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def seed_text() -> str:
    return (DATA / "text" / "seed-kst-27925-963.txt").read_text(encoding="utf-8")
