"""The README's example JSON is what its quick start command prints."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from kamerparse.cli import main

ROOT = Path(__file__).parent.parent
ELIDED = "…"


def _matches(example: Any, actual: Any, path: str = "") -> list[str]:
    """Where ``example`` differs from ``actual``; "…" in the example stands for what is left
    out: the rest of a text, a whole value, or (as a last list item) further items."""
    if example == {ELIDED: ELIDED} or example == ELIDED:
        return []
    if isinstance(example, str) and example.endswith(ELIDED) and isinstance(actual, str):
        return [] if actual.startswith(example[:-1].rstrip()) else [path]
    if isinstance(example, dict) and isinstance(actual, dict):
        if set(example) != set(actual):
            return [f"{path}: keys {sorted(set(example) ^ set(actual))}"]
        return [d for k in example for d in _matches(example[k], actual[k], f"{path}.{k}")]
    if isinstance(example, list) and isinstance(actual, list):
        more = bool(example) and example[-1] == {ELIDED: ELIDED}
        shown = example[:-1] if more else example
        if len(actual) < len(shown) or (not more and len(actual) != len(shown)):
            return [f"{path}: {len(actual)} items"]
        return [d for i, e in enumerate(shown) for d in _matches(e, actual[i], f"{path}[{i}]")]
    return [] if example == actual else [f"{path}: {example!r} != {actual!r}"]


def test_readme_example_is_what_the_quick_start_prints(capsys, monkeypatch):
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = re.search(r"^kamerparse (parse \S+)$", readme, re.M)
    assert command is not None
    block = readme[readme.index("## The JSON") :]
    example = json.loads(block[block.index("```json") + 7 : block.index("```\n", 8)])
    monkeypatch.chdir(ROOT)
    assert main(command.group(1).split()) == 0
    actual = json.loads(capsys.readouterr().out)
    assert _matches(example, actual) == []
