"""The library API: parse_text / parse_bytes / parse_file, the model, the schema."""

import json
import pickle

import jsonschema
import pytest

import kamerparse
from kamerparse.model import Document
from kamerparse.schema import build_schema, packaged_schema


def test_seed_header_and_body(seed_text):
    doc = kamerparse.parse_text(seed_text, source="seed.txt")
    assert doc.number == "963"
    assert doc.document_type == "brief"
    assert doc.title == "BRIEF VAN DE MINISTERS VAN DEFENSIE EN VAN BUITENLANDSE ZAKEN"
    assert doc.chamber == "Tweede Kamer"
    assert (doc.place, doc.date) == ("Den Haag", "2023-12-20")
    assert doc.id is None and doc.dossiers == []  # the seed text does not print its dossier
    assert [s.heading for s in doc.sections] == [
        None, "Veiligheidssituatie in Irak",
        "Gevolgen huidige en geplande Nederlandse missie-inzet in Irak", "NMI en OIR",
        "EUAM Irak", "Combined Maritime Forces (CMF)",
    ]  # fmt: skip
    assert sum(len(s.paragraphs) for s in doc.sections) == 15
    first = doc.sections[1].paragraphs[0]
    assert first.footnotes == ["1", "2"]
    assert "milities op verschillende" in first.text and "verwondingen. De" in first.text
    assert [f.number for f in doc.footnotes] == ["1", "2"]
    assert [(s.function, s.name) for s in doc.signatories] == [
        ("De Minister van Defensie", "K.H. Ollongren"),
        ("De Minister van Buitenlandse Zaken", "H.G.J. Bruins Slot"),
    ]
    assert doc.warnings == []


def test_seed_references_and_dates(seed_text):
    doc = kamerparse.parse_text(seed_text)
    ids = [r.id for r in doc.references if r.type == "kamerstuk"]
    assert ids == [
        "kst-27925-959", "kst-27925-960", "kst-27925-960", "kst-27925-943", "kst-27925-946",
        "kst-21501-02-2790", "kst-21501-02-2793",
    ]  # fmt: skip
    ref = doc.references[0]
    para = doc.sections[ref.where.section].paragraphs[ref.where.paragraph]
    assert para.text[ref.where.start : ref.where.end] == ref.text == "Kamerstuk 27 925, nr. 959"
    values = sorted(d.value for d in doc.dates)
    assert "2023-10-26" in values and "2024-01" in values and len(values) == 15
    in_note = [d for d in doc.dates if d.where.part == "footnote"]
    assert (in_note[0].text, in_note[0].value) == ("18 oktober", "2023-10-18")


def test_parse_bytes_and_file_agree(data_dir):
    path = data_dir / "text" / "web-kst-24587-689.txt"
    a = kamerparse.parse_file(path)
    b = kamerparse.parse_bytes(path.read_bytes(), source=str(path))
    assert a == b
    assert a.id == "kst-24587-689" and a.dossiers[0].title == "Justitiële Inrichtingen"


def test_deterministic_bytes(seed_text):
    assert kamerparse.parse_text(seed_text).to_json() == kamerparse.parse_text(seed_text).to_json()


def test_roundtrip_and_pickle(seed_text):
    doc = kamerparse.parse_text(seed_text)
    again = Document.from_dict(json.loads(doc.to_json()))
    assert again == doc
    assert pickle.loads(pickle.dumps(doc)) == doc


def test_output_validates_against_schema(data_dir):
    schema = packaged_schema()
    for path in sorted((data_dir / "text").glob("*.txt")):
        jsonschema.validate(kamerparse.parse_file(path).to_dict(), schema)


def test_packaged_schema_matches_model():
    """schema.json is generated: regenerate with `python -m kamerparse.schema > src/kamerparse/schema.json`."""
    assert packaged_schema() == build_schema()


def test_cp1252_is_decoded_with_warning():
    text = "Nr. 5 BRIEF VAN DE MINISTER\n\nDen Haag, 3 mei 2001\n\nCoördinatie van de financiële zaken."
    doc = kamerparse.parse_bytes(text.encode("cp1252"))
    assert doc.source.encoding == "cp1252"
    assert "Coördinatie" in doc.sections[0].paragraphs[0].text
    assert any("cp1252" in w for w in doc.warnings)


@pytest.mark.parametrize(
    ("data", "kind"),
    [
        (b"", "empty"),
        (b"   \n\n", "empty"),
        (b"\x00\x01\x02binary\x00" * 10, "binary"),
        # markup read as text would be tags and site menus: refused, with what to give instead
        (b"<!DOCTYPE html>\n<html lang='nl'><head><title>Kamerstuk</title>", "unsupported"),
        (
            b'\xef\xbb\xbf<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">',
            "unsupported",
        ),
        # publication XML cut off: read as XML, and refused as broken
        (b'<?xml version="1.0" encoding="UTF-8"?>\n<officiele-publicatie>', "corrupt-xml"),
        (b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', "unsupported"),
    ],
)
def test_bad_bytes(data, kind):
    with pytest.raises(kamerparse.ParseError) as e:
        kamerparse.parse_bytes(data, source="x.txt")
    assert e.value.kind == kind and str(e.value).startswith("x.txt: ")


def test_not_a_pdf():
    with pytest.raises(kamerparse.ParseError) as e:
        kamerparse.parse_bytes(b"hello, this is text", source="letter.pdf")
    assert e.value.kind == "not-pdf"


def test_missing_file(tmp_path):
    with pytest.raises(kamerparse.ParseError) as e:
        kamerparse.parse_file(tmp_path / "nope.txt")
    assert e.value.kind == "unreadable"


def test_not_a_kamerstuk_warns_and_invents_nothing():
    doc = kamerparse.parse_text("Boodschappen: melk, brood.\n\nEn kaas voor zaterdag 3 mei 2025.")
    assert (doc.id, doc.number, doc.title, doc.date, doc.dossiers) == (None, None, None, None, [])
    assert any("no document title" in w for w in doc.warnings)
    assert doc.sections  # what is there is still parsed


def test_error_pickles():
    e = kamerparse.ParseError("binary", "binary data, not text", "x.txt")
    again = pickle.loads(pickle.dumps(e))
    assert (again.kind, again.message, again.path) == ("binary", "binary data, not text", "x.txt")


def test_huge_text_file_is_refused_without_reading_it(tmp_path):
    big = tmp_path / "big.txt"
    with big.open("wb") as f:
        f.truncate(100 * 2**20)  # a sparse 100 MB file
    with pytest.raises(kamerparse.ParseError) as e:
        kamerparse.parse_file(big)
    assert e.value.kind == "too-large" and "100 MB" in str(e.value)


def test_directory_is_not_a_letter(tmp_path):
    with pytest.raises(kamerparse.ParseError) as e:
        kamerparse.parse_file(tmp_path)
    assert e.value.kind == "unreadable"


def test_aanhangsel_from_pdf_text(data_dir):
    """Written questions and answers: id from the footer, number and title from the header."""
    doc = kamerparse.parse_file(data_dir / "text" / "pdftext-ah-tk-20232024-1999.txt")
    assert (doc.id, doc.number, doc.document_type) == ("ah-tk-20232024-1999", "1999", "aanhangsel")
    assert (doc.chamber, doc.parliamentary_year, doc.date) == (
        "Tweede Kamer",
        "2023-2024",
        "2024-06-07",
    )
    assert doc.title.startswith("Vragen van de leden Sneller (D66)")
    assert doc.title.endswith("(ingezonden 30 mei 2024).")
    # the "Mededeling van Minister … (ontvangen …)" line under the title is its dagtekening
    assert [s.heading for s in doc.sections] == ["Vraag 1", "Vraag 2", "Vraag 3", "Mededeling"]
    assert doc.sections[0].paragraphs[0].footnotes == ["1"]
    assert doc.footnotes[0].text.startswith("De Volkskrant, 28 mei 2024")


def test_mentions_carry_the_page_they_stand_on(data_dir):
    """A paragraph that runs over a page break: a date after the break is on the next page."""
    doc = kamerparse.parse_file(data_dir / "pdf" / "aanhangsel-ah-tk-20232024-1786.pdf")
    date = next(d for d in doc.dates if d.text == "1 januari 2022")
    para = doc.sections[date.where.section].paragraphs[date.where.paragraph]
    assert para.page == 1 and date.where.page == 2
    assert para.text.index("standaarden voor maatschappelijk") < date.where.start
    first = next(d for d in doc.dates if d.where.section == date.where.section)
    assert first.where.page in (1, 2)
