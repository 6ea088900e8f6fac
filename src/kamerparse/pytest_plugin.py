"""pytest plugin (registered through the ``pytest11`` entry point): letters as tests.

Set ``kamerparse_letters`` in the ini file to one or more folders; each letter there with a
``<name>.expected.json`` beside it becomes one test item named after the letter. Without that
setting the plugin does nothing.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from .testing import LetterCase, LetterMismatch, assert_letter_matches, letter_cases


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addini("kamerparse_letters", "folders of letters with expected JSON", type="paths")
    parser.addini("kamerparse_ignore", "fields not compared, e.g. source.sha256", type="linelist")


def pytest_collection_modifyitems(
    session: pytest.Session, config: pytest.Config, items: list[Any]
) -> None:
    dirs = config.getini("kamerparse_letters")
    if not dirs:
        return
    collector = LettersCollector.from_parent(session, name="kamerparse-letters")
    for case in letter_cases(*dirs):
        items.append(LetterItem.from_parent(collector, name=str(case), case=case))


class LettersCollector(pytest.Collector):
    def collect(self) -> list[Any]:
        return []


class LetterItem(pytest.Item):
    def __init__(self, *, case: LetterCase, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.case = case

    def runtest(self) -> None:
        assert_letter_matches(self.case, ignore=self.config.getini("kamerparse_ignore"))

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException], style: Any = None) -> str:
        if isinstance(excinfo.value, LetterMismatch):
            return str(excinfo.value)
        return super().repr_failure(excinfo)

    def reportinfo(self) -> tuple[Path, int, str]:
        return self.case.input, 0, f"letter {self.case}"
