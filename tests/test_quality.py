"""The quality verdict: real letters as published are good; the same letters broken the ways
real inputs break are flagged, by the check that sees the break, naming the fields."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import kamerparse
from kamerparse.quality import _Grade

DATA = Path(__file__).parent / "data"
WEB = (DATA / "text" / "web-kst-24587-689.txt").read_text(encoding="utf-8")
PDFTEXT = (DATA / "text" / "pdftext-kst-29477-196.txt").read_text(encoding="utf-8")
MOTIE = (DATA / "text" / "web-motie-kst-32123-XIII-37.txt").read_text(encoding="utf-8")


def _checks(doc: kamerparse.Document) -> dict[str, str]:
    assert doc.quality is not None
    return {c.name: c.status for c in doc.quality.checks}


@pytest.mark.parametrize(
    "path",
    [
        "text/web-kst-24587-689.txt",
        "text/pdftext-kst-29477-196.txt",
        "text/web-motie-kst-32123-XIII-37.txt",
        "text/pdftext-ah-tk-20232024-1949.txt",
        "pdf/kst-27925-963.pdf",
        "pdf/motie-kst-21501-02-3121.pdf",
        "pdf/aanhangsel-ah-tk-20232024-1786.pdf",
        "docx/motie-kst-36278-32.docx",
        "xml/4fc8e28c-5f92-418a-8e7c-ace40e2b677e.xml",
    ],
)
def test_real_documents_as_published_are_good(path: str) -> None:
    doc = kamerparse.parse_file(DATA / path)
    assert doc.quality is not None
    bad = [(c.name, c.detail) for c in doc.quality.checks if c.status != "ok"]
    assert (doc.quality.verdict, bad) == ("good", [])
    assert 0.8 <= doc.quality.score <= 1.0


def _headless(text: str) -> str:
    lines = text.splitlines()
    return "\n".join(lines[next(i for i, ln in enumerate(lines) if len(ln.split()) >= 12) :])


def _ocr_noise(text: str) -> str:
    # every fifth 'e' read as 'c' and every fourth 'l' as '1': what a poor OCR layer gives
    count = {"e": 0, "l": 0}

    def misread(m: re.Match[str]) -> str:
        count[m.group()] += 1
        if m.group() == "e" and count["e"] % 5 == 0:
            return "c"
        return "1" if m.group() == "l" and count["l"] % 4 == 0 else m.group()

    return re.sub(r"[el]", misread, text)


_ENGLISH = {"de": "the", "het": "the", "een": "a", "van": "of", "en": "and", "dat": "that",
            "op": "on", "te": "to", "voor": "for", "met": "with", "niet": "not", "zijn": "are",
            "die": "which", "is": "was", "in": "into", "aan": "to", "heb": "have", "ik": "I"}  # fmt: skip

# (how the input is broken, the verdict, the check that sees it, a field it names)
BROKEN = [
    ("header cut off", lambda t: _headless(t), "poor", "header", "title"),
    ("cut short", lambda t: t[: len(t) * 2 // 5].rstrip() + " en", "check", "body", "sections"),
    ("OCR noise", _ocr_noise, "poor", "text_layer", "header"),
    ("another language", lambda t: re.sub(r"\b\w+\b", lambda m: _ENGLISH.get(m.group(), m.group()), t),
     "check", "language", "sections"),
    ("two letters in one", lambda t: t + "\n\n" + PDFTEXT, "check", "one_document", "header"),
    ("web page markup", lambda t: t.replace("\n\n", "\n\n<p class=\"tekst\">&nbsp;</p>\n\n"),
     "poor", "text_layer", "sections"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("name", "brk", "verdict", "check", "field"), BROKEN, ids=[b[0] for b in BROKEN]
)
def test_a_broken_letter_is_flagged_by_the_check_that_sees_it(name, brk, verdict, check, field) -> None:  # fmt: skip
    assert kamerparse.parse_text(WEB).quality.verdict == "good"  # type: ignore[union-attr]
    doc = kamerparse.parse_text(brk(WEB))
    assert doc.quality is not None
    assert doc.quality.verdict == verdict, [(c.name, c.detail) for c in doc.quality.checks]
    flagged = {c.name: c for c in doc.quality.checks if c.status != "ok"}
    assert check in flagged
    assert field in flagged[check].fields
    assert doc.quality.score < (0.5 if verdict == "poor" else 0.8)


def test_a_kamerstuk_number_without_its_dossier_makes_the_id_uncertain(seed_text) -> None:
    # the seed text starts at "Nr. 963": its dossier line was not extracted, so no id
    doc = kamerparse.parse_text(seed_text)
    assert doc.quality is not None and doc.quality.verdict == "check"
    (header,) = [c for c in doc.quality.checks if c.name == "header"]
    assert header.status == "check" and header.fields == ["dossiers", "id"]


def test_footnotes_that_do_not_pair_up_ask_for_a_look() -> None:
    # the marker of note 2 lost: its text stands without a marker
    doc = kamerparse.parse_text(WEB.replace("deze brief2.", "deze brief."))
    assert doc.quality is not None and doc.quality.verdict == "check"
    (notes,) = [c for c in doc.quality.checks if c.name == "footnotes"]
    assert notes.status == "check" and "1 without a marker" in notes.detail


def test_a_running_head_left_in_the_body_is_flagged() -> None:
    # a running head the furniture stage does not know, atop three pages (form feeds)
    head = "Koers en Kansen voor de sanctie-uitvoering | Dienst Justitiële Inrichtingen"
    paras = WEB.split("\n\n")
    pages = [paras[:6], paras[6:9], paras[9:]]
    text = "\n\n".join(paras[:6]) + "".join(
        f"\f{head} {n}\n\n" + "\n\n".join(page) for n, page in enumerate(pages[1:], 2)
    )
    text += f"\n\n{head} 4"  # and at the foot of the last
    doc = kamerparse.parse_text(text)
    assert doc.quality is not None
    (furniture,) = [c for c in doc.quality.checks if c.name == "furniture"]
    assert furniture.status == "check" and furniture.value == 1.0
    # the same line inside the pages, as a speaker's label repeats, is no furniture
    inside = kamerparse.parse_text(WEB.replace("\n\n", f"\n\n{head}\n\n", 3))
    assert inside.quality is not None
    assert [c.status for c in inside.quality.checks if c.name == "furniture"] == ["ok"]


def test_quality_round_trips_through_json() -> None:
    doc = kamerparse.parse_text(MOTIE)
    again = kamerparse.Document.from_dict(doc.to_dict())
    assert again.quality == doc.quality and again.to_dict() == doc.to_dict()


@pytest.mark.parametrize(
    ("grade", "value", "status", "low", "high"),
    [
        (_Grade(0.2, 0.12, 0.3), 0.4, "ok", 1.0, 1.0),
        (_Grade(0.2, 0.12, 0.3), 0.2, "ok", 0.8, 0.8),
        (_Grade(0.2, 0.12, 0.3), 0.16, "check", 0.5, 0.8),
        (_Grade(0.2, 0.12, 0.3), 0.0, "poor", 0.0, 0.5),
        (_Grade(0.5, 2.0, 0.0), 0.0, "ok", 1.0, 1.0),
        (_Grade(0.5, 2.0, 0.0), 1.0, "check", 0.5, 0.8),
        (_Grade(0.5, 2.0, 0.0), 9.0, "poor", 0.0, 0.0),
    ],
)
def test_grades_turn_values_into_status_and_score(grade, value, status, low, high) -> None:
    got, score = grade.judge(value)
    assert got == status and low <= score <= high


def test_a_ministry_letters_letterhead_is_no_dropped_text() -> None:
    # the Word original of an answer to written questions: its letterhead column, return
    # address and "Bij beantwoording … vermelden" are read into fields or left out by design
    doc = kamerparse.parse_file(DATA / "docx" / "min-jenv-eerdmans.docx")
    assert doc.quality is not None
    checks = {c.name: c for c in doc.quality.checks}
    assert doc.quality.verdict == "good", [(c.name, c.detail) for c in doc.quality.checks]
    assert checks["coverage"].value < 0.02


def test_a_page_number_line_is_no_body_and_no_reason_for_a_look() -> None:
    # the Word letter prints its page number in a frame; it is furniture, not a paragraph
    doc = kamerparse.parse_file(DATA / "docx" / "min-jenv-mutluer-wolvega.docx")
    assert "Pagina 1 van 1" not in [p.text for p in doc.paragraphs]
    assert doc.quality is not None
    assert "furniture" not in [c.name for c in doc.quality.checks if c.status != "ok"]


def test_the_id_read_twice_header_and_page_footer_must_agree() -> None:
    # the PDF text prints the id in its footer as well; on a scan one reading is misread
    # (OCR gave "kst-CIl-G" for kst-CII-G): here the footer's last digit read as a G
    assert kamerparse.parse_text(PDFTEXT).quality.verdict == "good"  # type: ignore[union-attr]
    doc = kamerparse.parse_text(PDFTEXT.replace("kst-29477-196", "kst-29477-19G"))
    assert doc.quality is not None and doc.quality.verdict == "check"
    (check,) = [c for c in doc.quality.checks if c.status != "ok"]
    assert check.name == "id_readings" and check.fields == ["id", "dossiers", "number"]
    assert check.detail == "header reads kst-29477-196, page footer kst-29477-19G"


@pytest.mark.parametrize(
    ("header_id", "footer_id", "agree"),
    [
        # OCR of real scans: the footer's Roman numeral misread, the header's whole
        ("kst-30105-XII-4", "kst-30105-XI1-4", True),
        ("kst-32123-XIII-37", "kst-32123-XI11-37", True),
        ("kst-31322-144", "kst-31322-l44", True),
        # the header's reading is the misread one: it cannot be trusted
        ("kst-CIl-G", "kst-CII-G", False),
        # a digit lost or changed is no misread letter
        ("kst-34775-A-6", "kst-34775-A-62", False),
        ("kst-29477-196", "kst-29477-19G", False),
    ],
)
def test_id_readings_forgive_letters_ocr_confuses_only_where_the_header_is_whole(
    header_id: str, footer_id: str, agree: bool
) -> None:
    from kamerparse.model import Document, Dossier
    from kamerparse.quality import _id_readings

    doc = Document(id=header_id, dossiers=[Dossier(id="x", number="x")], number="1")
    scored = _id_readings(doc, footer_id)
    assert scored is not None
    assert (scored[0].status == "ok") is agree


def test_a_kamerstuk_without_its_kind_asks_for_a_look_at_the_kind() -> None:
    # every paper states its kind in its title; none read means the title line was misread
    doc = kamerparse.parse_text(PDFTEXT)
    assert doc.quality is not None and doc.quality.verdict == "good"
    doc.document_type = None
    from kamerparse.quality import _header

    check, _ = _header(doc)
    assert (check.status, check.fields) == ("check", ["document_type"])
    assert check.detail == "layout kamerstuk: no document_type"


@pytest.mark.parametrize(
    ("title", "dossier_title", "fields"),
    [
        # cut at a line break: the rest of the line went to the body or was lost
        ("Vragen van het lid Kostić (PvdD) aan de Minister van", None, ["title"]),
        ("BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN EN", None, ["title"]),
        (None, "Regels over de inrichting van het bestuur van de", ["dossiers"]),
        (None, "Bestrijding internationaal terrorisme,", ["dossiers"]),
        # whole titles end on a noun, a name, a year or a bracket
        ("MOTIE VAN HET LID TEN HOOPEN C.S.", None, []),
        (
            None,
            "Vaststelling van de begrotingsstaten van het Ministerie van Defensie (X) voor "
            "het jaar 2024",
            [],
        ),
    ],
)
def test_a_title_cut_at_a_line_break_asks_for_a_look(
    title: str | None, dossier_title: str | None, fields: list[str]
) -> None:
    from kamerparse.quality import _header

    doc = kamerparse.parse_text(PDFTEXT)
    assert doc.quality is not None and doc.quality.verdict == "good"
    doc.title = title or doc.title
    doc.dossiers[0].title = dossier_title or doc.dossiers[0].title
    check, _ = _header(doc)
    assert check.fields == fields


@pytest.mark.parametrize(
    ("title", "fields"),
    [
        # lines of the letterhead column run into the subject by a text extraction
        (
            "Beantwoording Kamervragen van het lid Wassenberg (PvdD) aan de Landbouw, Natuur en "
            "Voedselkwaliteit en van ministers van Landbouw, Natuur en Voedselkwaliteit en van "
            "Justitie en Justitie en Veiligheid Veiligheid over het gebrek aan landelijke "
            "registratie van bijtincidenten",
            ["title"],
        ),
        # the subject as printed
        (
            "Beantwoording Kamervragen van het lid Wassenberg (PvdD) aan de ministers van "
            "Landbouw, Natuur en Voedselkwaliteit en van Justitie en Veiligheid over het gebrek "
            "aan landelijke registratie van bijtincidenten door honden",
            [],
        ),
    ],
)
def test_a_letter_subject_that_repeats_itself_asks_for_a_look(
    title: str, fields: list[str]
) -> None:
    from kamerparse.quality import _header

    doc = kamerparse.Document(
        title=title,
        document_type="brief",
        addressee="Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        date="2023-10-18",
        reference="4980892",
        salutation="Geachte voorzitter,",
    )
    check, _ = _header(doc)
    assert check.fields == fields


@pytest.mark.parametrize(
    ("date", "in_doubt"),
    [
        ("2023-12-20", False),
        ("2023-09-15", False),  # dated before the session, printed in it
        ("2024-09-20", False),  # the session's last week
        ("2022-12-20", True),  # a year too early: the date or the vergaderjaar misread
        ("2025-03-01", True),
    ],
)
def test_a_date_outside_its_vergaderjaar_asks_for_a_look(date: str, in_doubt: bool) -> None:
    from kamerparse.quality import _header

    doc = kamerparse.parse_text(PDFTEXT)
    doc.date, doc.parliamentary_year = date, "2023-2024"
    check, _ = _header(doc)
    assert check.fields == (["date", "parliamentary_year"] if in_doubt else [])


def test_a_letter_in_the_kamerstuk_layout_without_its_addressee_asks_for_a_look() -> None:
    from kamerparse.quality import _header

    doc = kamerparse.parse_text(PDFTEXT)
    assert doc.document_type == "brief" and doc.addressee
    doc.addressee = None
    check, _ = _header(doc)
    assert check.fields == ["addressee"] and check.detail == "layout kamerstuk: no addressee"
    doc.document_type = "motie"  # a motie has none
    assert _header(doc)[0].fields == []


@pytest.mark.parametrize(
    ("edges", "repeats"),
    [
        # a running head with the page number, and one without
        (["Tweede Kamer, vergaderjaar 2023–2024, 27 925, nr. 963 2",
          "Tweede Kamer, vergaderjaar 2023–2024, 27 925, nr. 963 3",
          "Tweede Kamer, vergaderjaar 2023–2024, 27 925, nr. 963 4"], 1),
        (["Ministerie van Justitie en Veiligheid"] * 3, 1),
        # an answer letter's pages that open on the next answer (a real render of a Word letter)
        (["Antwoord op vraag 6", "Antwoord op vraag 10", "Antwoord op vraag 15",
          "Antwoord op vraag 19"], 0),
    ],
)  # fmt: skip
def test_a_running_head_counts_the_pages(edges: list[str], repeats: int) -> None:
    from kamerparse.model import Document
    from kamerparse.quality import _furniture

    check, _ = _furniture(Document(), edges)
    assert check.value == repeats


# kst-36600-B-K (2025), shortened: an Eerste Kamer verslag of a written consultation prints the
# letters it reports on, each with its own title, addressee and dagtekening
VERSLAG = (DATA / "text" / "web-kst-36600-B-K-excerpt.txt").read_text(encoding="utf-8")


def test_the_letters_inside_a_verslag_of_a_written_consultation_are_no_second_paper() -> None:
    doc = kamerparse.parse_text(VERSLAG)
    assert (doc.id, doc.document_type) == ("kst-36600-B-K", "verslag")
    assert _checks(doc)["one_document"] == "ok"
    assert doc.quality is not None and doc.quality.verdict == "good"


def test_a_verslag_with_another_paper_after_it_is_still_two_documents() -> None:
    doc = kamerparse.parse_text(VERSLAG + "\n\n" + PDFTEXT)
    assert _checks(doc)["one_document"] != "ok"


# the body of kst-31936-82 as its OCR'd scan reads: the marker "1" misread as "’", so the
# note's text stands in the body as a paragraph of its own
LOST_NOTE = """Tweede Kamer der Staten-Generaal

Vergaderjaar 2010–2011

31 936 Luchtvaartbeleid

Nr. 82 BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN MILIEU

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 1 juli 2011

Hierbij stuur ik u een afschrift van mijn brief aan de heer Alders waarin ik nader in ga op de \
situatie van het luchtruim rond Lelystad Airport.’ Gezamenlijk met mijn brief over het \
actieplan luchtverkeersleiding Lelystad Airport (d.d. 15 juni 2011) geef ik hiermee invulling \
aan de motie Huizing-Haverkamp.

1 Ter inzage gelegd bij het Centraal Informatiepunt Tweede Kamer.

De staatssecretaris van Infrastructuur en Milieu,
J. J. Atsma
"""


def test_a_notes_text_left_in_the_body_asks_for_a_look() -> None:
    doc = kamerparse.parse_text(LOST_NOTE)
    assert doc.footnotes == []
    (notes,) = [c for c in doc.quality.checks if c.name == "footnotes"]  # type: ignore[union-attr]
    assert notes.status == "check" and "1 paragraphs that read as a note's text" in notes.detail
    # the same letter with its marker read, and so its note (at the page foot) found, is good
    note = "1 Ter inzage gelegd bij het Centraal Informatiepunt Tweede Kamer.\n\n"
    found = LOST_NOTE.replace("Airport.’", "Airport.1").replace(note, "") + "\n" + note
    assert kamerparse.parse_text(found).quality.verdict == "good"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    ("title", "dated"),
    [
        # the papers of a bill that print no date: no date is no fault
        ("ADVIES RAAD VAN STATE EN NADER RAPPORT", False),
        ("ADVIES AFDELING ADVISERING RAAD VAN STATE EN NADER RAPPORT", False),
        ("MEMORIE VAN TOELICHTING", False),
        ("VOORSTEL VAN WET", False),
        # a nota naar aanleiding van het verslag prints "Ontvangen 2 mei 2007": still expected
        ("NOTA NAAR AANLEIDING VAN HET VERSLAG", True),
    ],
)
def test_undated_papers_of_a_bill_need_no_date(title: str, dated: bool) -> None:
    from kamerparse.quality import _header

    doc = kamerparse.parse_text(PDFTEXT)
    doc.title, doc.document_type, doc.date = title, "other", None
    check, _ = _header(doc)
    assert check.fields == (["date"] if dated else [])
