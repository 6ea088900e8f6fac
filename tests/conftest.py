from __future__ import annotations

import importlib.util
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


HAVE_PDFPLUMBER = importlib.util.find_spec("pdfplumber") is not None
_NO_PDFPLUMBER = "pdfplumber is not installed: pip install -e '.[pdfplumber]' to test its back end"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "needs_pdfplumber: the test reads PDFs with pdfplumber")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The pdfplumber back end is an optional extra: its cases skip, saying so, without it."""
    if HAVE_PDFPLUMBER:
        return
    skip = pytest.mark.skip(reason=_NO_PDFPLUMBER)
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        if params.get("backend") == "pdfplumber" or item.get_closest_marker("needs_pdfplumber"):
            item.add_marker(skip)
