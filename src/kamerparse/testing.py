"""Run a folder of letters with expected JSON as tests in your own pytest suite.

    # tests/test_letters.py
    import pytest
    from kamerparse.testing import letter_cases, assert_letter_matches

    @pytest.mark.parametrize("case", letter_cases("tests/letters"), ids=str)
    def test_letter(case):
        assert_letter_matches(case, ignore={"source.sha256"})

One test per letter; a failure shows the changed fields with old and new values, like
``kamerparse check``. Or, with no code at all, set ``kamerparse_letters = tests/letters`` in the
``[pytest]`` ini section: the plugin that ships with kamerparse collects each letter as a test.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from .check import compare, expected_path, find_inputs, format_diff, parse_for_check


@dataclass(frozen=True, slots=True)
class LetterCase:
    input: Path
    base: Path

    def __str__(self) -> str:
        return self.input.relative_to(self.base).as_posix()


def letter_cases(*dirs: str | Path) -> list[LetterCase]:
    """Every letter in ``dirs`` that has a ``<name>.expected.json`` beside it."""
    found = find_inputs([str(d) for d in dirs])
    return [LetterCase(inp, base) for inp, base in found if expected_path(inp).exists()]


class LetterMismatch(AssertionError):
    pass


def assert_letter_matches(case: LetterCase, ignore: Iterable[str] = ()) -> None:
    expected = json.loads(expected_path(case.input).read_text(encoding="utf-8"))
    actual = parse_for_check(case.input, case.base)
    diffs = compare(expected, actual, ignore=frozenset(ignore))
    if diffs:
        body = "\n".join(format_diff(d) for d in diffs[:20])
        more = f"\n    … and {len(diffs) - 20} more" if len(diffs) > 20 else ""
        raise LetterMismatch(f"{case}: {len(diffs)} field(s) changed\n{body}{more}")
