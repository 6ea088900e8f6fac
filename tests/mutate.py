"""Mutations of real letters, PDFs and .docx files, for the fuzz test and benchmarks/fuzz.py.

``mutant(rng)`` draws one hostile input from a seeded ``random.Random``: a real file from
``tests/data`` changed by a few operations that have broken parsers before (flipped and
inserted bytes, cut-off files, long digit runs after "nr.", lone surrogates, pathological
repetition, a PDF page drawing odd operators, a .docx whose XML is damaged). The same seed
gives the same input, so any failure can be replayed.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Callable
from pathlib import Path

from tests.pdfmake import make_pdf

DATA = Path(__file__).parent / "data"
TEXTS = sorted((DATA / "text").glob("*.txt"))
PDFS = sorted((DATA / "pdf").glob("*.pdf"))
DOCXS = sorted((DATA / "docx").glob("*.docx"))

# tokens that have made stages slow or crash: numbers, markers, dates, hyphens, odd spaces
TOKENS = [
    b"nr. ", b"Kamerstuk 27 925, nr. ", b"nrs. 95 tot en met ", b"Handelingen II 2016/17, nr. ",
    b"Den Haag, 20 december 2023", b" jl.", b" a.s.", b"1)", b"\xc2\xad", b"\xc2\xa0", b"-\n",
    b"\f", b"\n\n", b"\t", b"ECLI:NL:HR:2020:", b"Stb. 2011, ", b"De Minister van Defensie,\n",
    b"\xe2\x80\x93", b"(32 012)", b"Zij krijgt nr. ", b"\xef\xbb\xbf", b"\x00", b"\r",
]  # fmt: skip


def _flip(rng: random.Random, data: bytes) -> bytes:
    b = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        if b:
            b[rng.randrange(len(b))] = rng.randrange(256)
    return bytes(b)


def _insert(rng: random.Random, data: bytes) -> bytes:
    at = rng.randint(0, len(data))
    piece = rng.choice(TOKENS) if rng.random() < 0.7 else rng.randbytes(rng.randint(1, 16))
    return data[:at] + piece * rng.choice([1, 1, 2, 50, 1000]) + data[at:]


def _digits(rng: random.Random, data: bytes) -> bytes:
    at = rng.randint(0, len(data))
    run = (b"nr. " if rng.random() < 0.7 else b"") + b"1" * rng.choice([100, 5_000, 50_000])
    return data[:at] + run + data[at:]


def _cut(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randint(0, len(data))]


def _delete(rng: random.Random, data: bytes) -> bytes:
    a = rng.randint(0, len(data))
    return data[:a] + data[a + rng.randint(1, 200) :]


def _repeat(rng: random.Random, data: bytes) -> bytes:
    a = rng.randint(0, max(0, len(data) - 1))
    piece = data[a : a + rng.randint(1, 80)]
    return data[:a] + piece * rng.choice([10, 200, 2000]) + data[a:]


BYTE_OPS: list[Callable[[random.Random, bytes], bytes]] = [
    _flip, _insert, _digits, _cut, _delete, _repeat,
]  # fmt: skip


def mutate_bytes(rng: random.Random, data: bytes, steps: int | None = None) -> bytes:
    for _ in range(steps or rng.randint(1, 3)):
        data = rng.choice(BYTE_OPS)(rng, data)
    return data


def text_mutant(rng: random.Random) -> str:
    """A letter's text, mutated, possibly with lone surrogates (as a str may hold them)."""
    data = mutate_bytes(rng, rng.choice(TEXTS).read_bytes())
    text = data.decode("utf-8", "surrogateescape" if rng.random() < 0.3 else "replace")
    return text


def _pdf_operators(rng: random.Random) -> bytes:
    """A page of text drawn with odd but legal operators: zero, negative or huge font sizes,
    scaling, character spacing, deep q/Q nesting, many tiny text objects."""
    parts = []
    for i in range(rng.randint(1, 60)):
        size = rng.choice([0, -5, 0.001, 11, 11, 11, 400, 1e6])
        y = rng.choice([770 - 14 * i, rng.uniform(-1000, 2000)])
        extra = rng.choice([b"", b"200 Tz ", b"0 Tz ", b"50 Tc ", b"-50 Tw ", b"3 Tr ", b"2 Ts "])
        text = rng.choice([b"Den Haag, 1 mei 2024", b"Kamerstuk 27 925, nr. 963", b"1", b"x" * 300])
        parts.append(b"BT /F1 %g Tf %s72 %g Td (%s) Tj ET" % (size, extra, y, text))
    body = b" ".join(parts)
    if rng.random() < 0.2:
        body = b"q " * 300 + body + b" Q" * 300
    return body


def pdf_mutant(rng: random.Random) -> bytes:
    if rng.random() < 0.4:
        return make_pdf(_pdf_operators(rng))
    data = rng.choice(PDFS).read_bytes()
    data = mutate_bytes(rng, data, steps=rng.randint(1, 4))
    if not data.startswith(b"%PDF-"):
        data = b"%PDF-1.4\n" + data
    if b"%%EOF" not in data:  # else nearly every cut is refused before the reader sees it
        data += b"\n%%EOF\n"
    return data


def docx_mutant(rng: random.Random) -> bytes:
    data = rng.choice(DOCXS).read_bytes()
    if rng.random() < 0.5:
        return mutate_bytes(rng, data)
    # damage the XML inside, keep the zip sound: the Word front end's own parsing is tested
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            part = src.read(info)
            if info.filename in ("word/document.xml", "word/footnotes.xml"):
                part = mutate_bytes(rng, part)
            z.writestr(info.filename, part)
    return out.getvalue()


def mutant(rng: random.Random) -> tuple[str, bytes | str]:
    """(kind, input): kind is "text" (a str for parse_text), "bytes", "pdf" or "docx"."""
    kind = rng.choice(["text", "bytes", "pdf", "docx"])
    if kind == "text":
        return kind, text_mutant(rng)
    if kind == "bytes":
        return kind, mutate_bytes(rng, rng.choice(TEXTS).read_bytes())
    if kind == "pdf":
        return kind, pdf_mutant(rng)
    return kind, docx_mutant(rng)
