"""A second reading of the same document (``backend="both"``): the fields two independent
readings give differently are named in the quality check ``second_reading``."""

from __future__ import annotations

import copy
import shutil
from pathlib import Path

import pytest

import kamerparse
from kamerparse.cli import main
from kamerparse.second_reading import add_second_reading, disagreements

DATA = Path(__file__).parent / "data"

pytest.importorskip("pdfplumber", reason="the second PDF reading needs pdfplumber")


def _check(doc: kamerparse.Document):  # type: ignore[no-untyped-def]
    assert doc.quality is not None
    (check,) = [c for c in doc.quality.checks if c.name == "second_reading"]
    return check


@pytest.mark.parametrize(
    "name", ["kst-27925-963.pdf", "aanhangsel-ah-tk-20232024-1786.pdf", "kst-CII-G.pdf"]
)
def test_both_back_ends_read_an_official_pdf_alike(name: str) -> None:
    doc = kamerparse.parse_file(DATA / "pdf" / name, backend="both")
    check = _check(doc)
    assert check.status == "ok" and check.fields == [] and check.value == 1.0
    assert check.detail.startswith("read again by pdfplumber: every field the same")
    # the output is pypdfium2's, with one check more
    alone = kamerparse.parse_file(DATA / "pdf" / name, backend="pdfium")
    assert alone.quality is not None
    assert doc.quality.checks[:-1] == alone.quality.checks  # type: ignore[union-attr]
    assert {**doc.to_dict(), "quality": None} == {**alone.to_dict(), "quality": None}


def test_a_word_letter_and_its_pdf_export_read_alike(tmp_path: Path) -> None:
    # the Word original of an answer to written questions and the ministry's PDF of it
    shutil.copy(DATA / "docx" / "min-jenv-mutluer-wolvega.docx", tmp_path / "letter.docx")
    shutil.copy(DATA / "pdf" / "letter-overprinted-frames.pdf", tmp_path / "letter.pdf")
    check = _check(kamerparse.parse_file(tmp_path / "letter.docx", backend="both"))
    assert check.status == "ok", check.detail
    assert check.detail.startswith("read again from letter.pdf: every field the same")
    # without a twin beside it, a .docx has no second reading
    (tmp_path / "letter.pdf").unlink()
    doc = kamerparse.parse_file(tmp_path / "letter.docx", backend="both")
    assert "second_reading" not in [c.name for c in doc.quality.checks]  # type: ignore[union-attr]


def test_fields_the_readings_give_differently_are_named_and_lower_the_verdict() -> None:
    doc = kamerparse.parse_file(DATA / "pdf" / "kst-27925-963.pdf")
    assert doc.quality is not None and doc.quality.verdict == "good"
    other = copy.deepcopy(doc)
    other.date = "2023-12-21"
    other.signatories = other.signatories[:1]
    del other.sections[-1].paragraphs[-1]
    fields, body = disagreements(doc, other)
    assert fields == ["date", "signatories"] and 0.9 < body < 1.0
    add_second_reading(doc, other, "read again by a test")
    check = _check(doc)
    assert (check.status, check.fields) == ("check", ["date", "signatories"])
    assert check.detail.startswith("read again by a test: date, signatories differ")
    assert doc.quality.verdict == "check" and doc.quality.score < 0.8


def test_bodies_that_part_are_named_as_sections() -> None:
    doc = kamerparse.parse_file(DATA / "pdf" / "kst-27925-963.pdf")
    other = copy.deepcopy(doc)
    other.sections = other.sections[:1]
    fields, body = disagreements(doc, other)
    assert fields == ["sections"] and body < 0.98


def test_the_command_line_takes_both(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["parse", "--backend", "both", str(DATA / "pdf" / "kst-27925-963.pdf")]) == 0
    assert '"name": "second_reading"' in capsys.readouterr().out


def test_the_letterhead_fields_are_compared_too() -> None:
    doc = kamerparse.parse_file(DATA / "pdf" / "letter-overprinted-frames.pdf")
    other = copy.deepcopy(doc)
    # a Word original whose first page prints a placeholder where its export has the number
    other.reference = "-"
    assert disagreements(doc, other)[0] == ["reference"]
    add_second_reading(doc, other, "read again from its Word original")
    assert _check(doc).detail.startswith("read again from its Word original: reference differs")
