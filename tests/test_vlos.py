"""The report of a sitting as the Tweede Kamer's open data gives it (VLOS XML).

``data/vlos/vlos-h-tk-20142015-14-excerpt.xml`` is the real report of the sitting of
15 October 2014 (Tweede Kamer, 14th sitting of 2014-2015, still uncorrected), cut to three of
its agenda items (the opening, the announcements and the first speeches of one debate), every
element kept as published.
"""

from pathlib import Path

import pytest

import kamerparse

DATA = Path(__file__).parent / "data" / "vlos"
REPORT = DATA / "vlos-h-tk-20142015-14-excerpt.xml"


@pytest.fixture(scope="module")
def doc() -> kamerparse.Document:
    return kamerparse.parse_file(REPORT)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("document_type", "handelingen"),
        ("id", "h-tk-20142015-14"),
        ("chamber", "Tweede Kamer"),
        ("parliamentary_year", "2014-2015"),
        ("number", "14"),
        ("date", "2014-10-15"),
        ("title", "14e vergadering, woensdag 15 oktober 2014"),
    ],
)
def test_sitting_header(doc: kamerparse.Document, field: str, value: str) -> None:
    assert getattr(doc, field) == value
    assert doc.source.format == "xml"


def test_uncorrected_report_is_a_warning(doc: kamerparse.Document) -> None:
    assert "an uncorrected report of the sitting: its text may still change" in doc.warnings


def test_agenda_items_and_rounds_are_sections(doc: kamerparse.Document) -> None:
    # "Opening" is the title of the item and of its one round: one heading
    assert [s.heading for s in doc.sections] == [
        "Opening",
        "Mededelingen",
        "Wet aanpassing financieel toetsingskader",
        "Termijn inbreng",
    ]


@pytest.mark.parametrize(
    ("section", "first"),
    [
        ("Opening", ["Voorzitter: Van Miltenburg", "Aanwezig zijn 117 leden der Kamer, te weten:"]),
        # the item's title printed above its text is the heading, not a paragraph too
        ("Mededelingen", ["De voorzitter:", "Ik deel aan de Kamer mee dat het volgende lid zich heeft afgemeld:"]),
        ("Wet aanpassing financieel toetsingskader", ["Aan de orde is de behandeling van:"]),
        ("Termijn inbreng", ["(Zie wetgevingsoverleg van 13 oktober 2014.)", "De voorzitter:"]),
    ],
)  # fmt: skip
def test_paragraphs_in_spoken_order(
    doc: kamerparse.Document, section: str, first: list[str]
) -> None:
    texts = [p.text for s in doc.sections if s.heading == section for p in s.paragraphs]
    assert texts[: len(first)] == first


def test_speaker_lines_and_interruptions_keep_their_order(doc: kamerparse.Document) -> None:
    debate = doc.sections[-1].paragraphs
    speakers = [p.text for p in debate if p.text.endswith(":") and len(p.text) < 60]
    # a speech, then the member who interrupts it and the speaker's answers, in turn
    assert speakers[:7] == [
        "De voorzitter:",
        "De heer Ulenbelt (SP):",
        "De voorzitter:",
        "Mevrouw Vermeij (PvdA):",
        "De heer Ulenbelt (SP):",
        "Mevrouw Vermeij (PvdA):",
        "De heer Ulenbelt (SP):",
    ]


def test_references_and_dates_come_from_the_text(doc: kamerparse.Document) -> None:
    laws = [r.law for r in doc.references if r.type == "law"]
    assert "Pensioenwet" in laws
    assert any(r.id == "kst-33972-36" for r in doc.references)
    assert any(d.value == "2014-10-13" for d in doc.dates)
    assert doc.quality is not None and doc.quality.verdict == "good"


NS = "http://www.tweedekamer.nl/ggm/vergaderverslag/v1.0"


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b'<?xml version="1.0"?><vlosCoreDocument><vergadering/></vlosCoreDocument>', "empty"),
        (f'<vlosCoreDocument xmlns="{NS}"/>'.encode(), "empty"),
        (REPORT.read_bytes()[:5000], "corrupt-xml"),
        (
            b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "x">]><vlosCoreDocument/>',
            "unsupported",
        ),
    ],
)
def test_bad_reports_are_refused_in_one_line(data: bytes, kind: str) -> None:
    with pytest.raises(kamerparse.ParseError) as e:
        kamerparse.parse_bytes(data, source="x.xml")
    assert e.value.kind == kind and "\n" not in str(e.value)


def test_a_committee_meeting_is_a_verslag_without_a_sitting_id() -> None:
    data = REPORT.read_bytes().replace(b'soort="Plenair"', b'soort="Commissie"', 1)
    doc = kamerparse.parse_bytes(data, source="x.xml")
    assert doc.id is None and doc.document_type == "verslag" and doc.number == "14"


def test_every_cut_of_a_report_is_refused_in_one_line() -> None:
    whole = REPORT.read_bytes()
    for cut in range(300, len(whole) - 40, len(whole) // 40):
        with pytest.raises(kamerparse.ParseError) as e:
            kamerparse.parse_bytes(whole[:cut], source="x.xml")
        assert e.value.kind == "corrupt-xml" and "\n" not in str(e.value)
