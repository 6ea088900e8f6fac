"""Handelingen: the report of a sitting, read from its running footer and its two columns."""

from __future__ import annotations

import datetime
from pathlib import Path

import pytest

import kamerparse
from kamerparse.frontends.text import read_text
from kamerparse.stages.furniture import Sitting, strip_furniture
from kamerparse.stages.header import session_year

# the first page of an official Handelingen PDF (sitting 40 of 2023-2024, agenda item 6)
PAGE = Path(__file__).parent / "data" / "pdf" / "handelingen-h-tk-20232024-40-6-p1.pdf"


@pytest.mark.parametrize(
    ("footer", "sitting"),
    [
        (
            ["8 februari 2024", "Tweede Kamer Staat van de Volkshuisvesting TK 40 40-6-1"],
            Sitting("Tweede Kamer", "40", "6", "8 februari 2024", "Staat van de Volkshuisvesting"),
        ),
        (
            # a long debate title is wrapped over both footer lines, the date beside it
            [
                "Begroting Landbouw, Natuur en 1 februari 2024",
                "Tweede Kamer Voedselkwaliteit 2024 TK 37 37-4-27",
            ],
            Sitting(
                "Tweede Kamer",
                "37",
                "4",
                "1 februari 2024",
                "Begroting Landbouw, Natuur en Voedselkwaliteit 2024",
            ),
        ),
    ],
)
def test_the_footer_names_the_sitting(footer: list[str], sitting: Sitting) -> None:
    text = "\n".join(["De voorzitter:", "Dinsdag stemmen we over de moties.", *footer]) + "\n"
    lines, facts = strip_furniture(read_text(text).lines)
    assert [line.text for line in lines] == ["De voorzitter:", "Dinsdag stemmen we over de moties."]
    assert facts.sitting == sitting
    assert facts.chamber == "Tweede Kamer"


@pytest.mark.parametrize(
    "text",
    [
        "8 februari 2024",  # a date alone is no footer
        "Tweede Kamer Staat van de Volkshuisvesting TK 40 41-6-1",  # meeting numbers disagree
        "Tweede Kamer, vergaderjaar 2023–2024, 27 925, nr. 963 2",  # a Kamerstuk footer
    ],
)
def test_no_sitting_without_its_footer(text: str) -> None:
    _, facts = strip_furniture(read_text(f"Tekst.\n{text}\n").lines)
    assert facts.sitting is None


@pytest.mark.parametrize(
    ("day", "year"),
    [
        ("2024-02-08", "2023-2024"),
        ("2024-09-16", "2023-2024"),  # the Monday before the third Tuesday of September
        ("2024-09-17", "2024-2025"),  # the third Tuesday: the new vergaderjaar opens
        ("2023-09-18", "2022-2023"),
        ("2023-09-19", "2023-2024"),
        ("2020-09-15", "2020-2021"),  # 1 September 2020 was a Tuesday
        ("2020-09-14", "2019-2020"),
    ],
)
def test_session_year(day: str, year: str) -> None:
    assert session_year(datetime.date.fromisoformat(day)) == year


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_handelingen_pdf(backend: str) -> None:
    doc = kamerparse.parse_file(PAGE, backend=backend)
    assert doc.id == "h-tk-20232024-40-6"
    assert doc.document_type == "handelingen"
    assert doc.chamber == "Tweede Kamer"
    assert doc.parliamentary_year == "2023-2024"
    assert doc.date == "2024-02-08"
    assert doc.title == "Staat van de Volkshuisvesting"
    assert doc.warnings == []
    assert doc.signatories == []
    texts = [p.text for p in doc.paragraphs]
    # the footer is furniture, not text
    assert not any("TK 40" in t or t == "8 februari 2024" for t in texts)
    # read column by column: the left column's opening before the right column's first speaker
    opening = texts.index(
        "Aan de orde is het tweeminutendebat Staat van de Volkshuisvesting (CD d.d. 31/01)."
    )
    speaker = texts.index("De heer De Hoop (GroenLinks-PvdA):")
    assert opening < speaker
    assert texts[speaker + 1].startswith("Dank, voorzitter. Ik heb vier moties")
    assert "Zij krijgt nr. 1136 (32847)." in texts
    # the motie the chair just numbered is a kamerstuk of its own
    assert [r.id for r in doc.references] == ["kst-32847-1136"]
    assert [(d.text, d.value) for d in doc.dates] == [("31 januari", "2024-01-31")]


def test_a_line_ending_in_a_date_is_still_judged_by_the_other_rules():
    # "Datum: 12 maart 2024" has the shape of a footer's date line; without the footer below
    # it, it is what it was before: openkamer's metadata, taken out as chrome
    text = "Dossier: 36200\nDatum: 12 maart 2024\nNr. 5 BRIEF VAN DE MINISTER\n"
    lines, facts = strip_furniture(read_text(text).lines)
    assert [line.text for line in lines] == ["Nr. 5 BRIEF VAN DE MINISTER"]
    assert facts.sitting is None


def test_a_motie_by_number_takes_its_dossier_from_the_debate() -> None:
    """Real sentences of a debate (Handelingen II, Wonen en Ruimtelijke Ordening): the chair
    numbers each motie with its dossier, the debate then cites them by number alone."""
    from kamerparse.extract.references import Debate, debate_papers, find_references

    debate = Debate()
    paragraphs = [
        ("Zij krijgt nr. 1136 (32847).", []),
        ("Zij krijgt nr. 1139 (32847).", []),
        (
            "De voorzitter: De heer De Hoop bevestigt dat. Dan de motie op stuk nr. 1139. "
            "Minister De Jonge: De motie op stuk nr. 1139 verzoekt de regering",
            ["kst-32847-1139", "kst-32847-1139"],
        ),
        (
            "Die combineer ik dan weer met de motie op stuk nr. 1148 van de heer Stoffer en de "
            "heer Flach.",
            ["kst-32847-1148"],  # not yet numbered here: the debate's dossier
        ),
        ("en de motie op stuk nr. 54 (32 012) ook", []),  # its own dossier: no debate paper
    ]
    for text, expected in paragraphs:
        found = debate_papers(text, find_references(text), debate)
        assert [r.id for r in found] == expected
        assert all(r.type == "kamerstuk" and r.text.startswith("stuk nr.") for r in found)


def test_a_motie_named_by_number_and_member_is_the_paper_of_that_number() -> None:
    from kamerparse.extract.references import Debate, debate_papers, find_references

    debate = Debate()
    debate_papers(
        "Zij krijgt nr. 1136 (32847).", find_references("Zij krijgt nr. 1136 (32847)."), debate
    )
    text = "Die combineer ik dan weer met de motie op stuk nr. 1148 van de heer Stoffer."
    found = find_references(text)
    debate_papers(text, found, debate)
    motie = next(r for r in found if r.type == "motie")
    assert (motie.id, motie.dossier, motie.number) == ("kst-32847-1148", "32847", "1148")
    assert motie.url is not None and motie.url.endswith("kst-32847-1148.html")


def test_no_debate_no_motie_by_number() -> None:
    from kamerparse.extract.references import Debate, debate_papers, find_references

    text = "Dan de motie op stuk nr. 1139."
    assert debate_papers(text, find_references(text), Debate()) == []
