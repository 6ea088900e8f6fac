"""Random text and bytes through the whole pipeline: only ParseError may come out."""

import contextlib
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kamerparse

LETTERISH = st.lists(
    st.sampled_from(
        [*string.ascii_letters, *string.digits, *" .,;:()-–«»’\n\f",
           "Nr. ", "Kamerstuk ", "nr. ", "Den Haag, ", " december ", " jl.", "X Noot\n", "\n\n",
           "De Minister van Defensie,\n", "K.H. Ollongren", "27 925", "2023", "\u00ad", "\u00a0"]
    ),
    max_size=120,
).map("".join)  # fmt: skip


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LETTERISH)
def test_random_letterish_text(text):
    try:
        doc = kamerparse.parse_text(text)
    except kamerparse.ParseError:
        return
    doc.to_json()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_random_unicode(text):
    with contextlib.suppress(kamerparse.ParseError):
        kamerparse.parse_text(text).to_json()


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes(data):
    with contextlib.suppress(kamerparse.ParseError):
        kamerparse.parse_bytes(data, source="random.txt").to_json()


@settings(max_examples=50, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_behind_a_pdf_header(data):
    with contextlib.suppress(kamerparse.ParseError):
        kamerparse.parse_bytes(b"%PDF-1.4\n" + data, source="random.pdf")


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400))
def test_random_bytes_behind_a_docx_header(data):
    with contextlib.suppress(kamerparse.ParseError):
        kamerparse.parse_bytes(b"PK\x03\x04word/" + data, source="random.docx")


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200), st.binary(max_size=200))
def test_random_word_xml(text, data):
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("word/document.xml", text)
        z.writestr("word/footnotes.xml", data)
    with contextlib.suppress(kamerparse.ParseError):
        kamerparse.parse_bytes(buf.getvalue(), source="random.docx").to_json()
