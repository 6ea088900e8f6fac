"""The fast paths give what the slow ones gave: the same JSON bytes, the same words, the same
text; and the command line prints its help without importing the parser. (How fast they are
is measured in benchmarks/, never asserted here.)"""

import dataclasses
import itertools
import json
import math
import re
import subprocess
import sys
from pathlib import Path

import pytest

import kamerparse
from kamerparse.frontends.pdf.glyphs import clean_text
from kamerparse.output import plain, pretty_json
from kamerparse.quality import _WORD, _words

SAMPLES = Path(__file__).parent.parent / "samples"

VALUES = [
    {},
    [],
    {"a": []},
    [[[]]],
    {"a": {"b": {}}},
    'tekst met “aanhalingstekens”, een "quote", een tab\t en een regel\neinde \u2028',
    1,
    -0,
    10**30,
    1.5,
    0.1,
    -0.0,
    1e300,
    float("nan"),
    float("inf"),
    -float("inf"),
    True,
    False,
    None,
    {"nested": [1, "twee", 3.0, None, {"x": (1, 2)}]},
    {1: "a key that is no string goes to the standard encoder"},
    {"a subclass": type("S", (str,), {})("s")},
]


@pytest.mark.parametrize("value", VALUES, ids=[str(i) for i in range(len(VALUES))])
@pytest.mark.parametrize("indent", [1, 2])
def test_pretty_json_is_the_standard_encoders_text(value, indent):
    assert pretty_json(value, indent) == json.dumps(value, ensure_ascii=False, indent=indent)


@pytest.mark.parametrize(
    "sample",
    sorted((SAMPLES / "web").glob("*.txt"))[:6] + sorted((SAMPLES / "seed").glob("*.txt")),
    ids=lambda p: p.name,
)
def test_document_json_as_before(sample):
    doc = kamerparse.parse_file(sample)
    d = dataclasses.asdict(doc)
    assert plain(doc) == d
    expected = {"schema_version": d.pop("schema_version"), **d}
    assert doc.to_dict() == expected
    assert doc.to_json() == json.dumps(expected, ensure_ascii=False, indent=1)
    assert doc.to_json(None) == json.dumps(expected, ensure_ascii=False)


@pytest.mark.parametrize(
    "text",
    [
        "De Minister van Buitenlandse Zaken heeft de Kamer geïnformeerd over ideeën.",
        "ÉÉN BRIEF VAN DE MINISTER; Ÿ en ß en Æ",
        "İstanbul en ΟΔΟΣ.Α: the two letters lowered by context",
        "woord-\nafbreking en soft\u00ad\nhyphen",
        "Ⅻ roman numerals and Ⓐ circled letters, ＡＢＣ fullwidth",
        "CO2-uitstoot van 3,5 m² (zie bijlage_2, p.12) en ½jaar: 'woord' a1bc x²y É",
    ],
)
def test_words_are_each_word_lowered(text):
    assert _words(text) == [w.lower() for w in _WORD.findall(_unbroken(text))]


def _unbroken(text: str) -> str:
    return re.sub(r"(\w)[-\u00ad]\n(\w)", r"\1\2", text)


@pytest.mark.parametrize("code", range(128))
def test_clean_text_of_ascii_as_the_full_clean_up(code):
    from kamerparse.frontends.pdf import glyphs

    text = f"a{chr(code)}b"
    joined = text.translate(glyphs._HYPHENS).replace("\r\n", " ").replace("\r", " ")
    full = glyphs._SPACES.sub(" ", joined.replace("\n", " "))
    assert clean_text(text) == full


def test_help_does_not_import_the_parser():
    code = (
        "import sys, contextlib, io\n"
        "from kamerparse.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['--help'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('kamerparse.')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = out.stdout
    for heavy in ("kamerparse.pipeline", "kamerparse.api", "kamerparse.frontends"):
        assert heavy not in loaded


def test_lazy_names_are_the_real_ones():
    from kamerparse import api, model

    assert kamerparse.parse_text is api.parse_text
    assert kamerparse.Document is model.Document
    assert set(kamerparse.__all__) <= set(dir(kamerparse))
    with pytest.raises(AttributeError):
        _ = kamerparse.no_such_name


def test_nan_is_not_a_number_either_way():
    assert math.isnan(json.loads(pretty_json(float("nan"))))


def _square(n: int) -> int:
    return n * n


def test_chunks_balanced_by_weight_keep_every_result_in_order():
    from kamerparse.batch import _next_chunk, run_parallel

    # heavy items end a chunk early; light ones fill it to its size
    weights = {0: 10.0, 1: 10.0, 2: 1.0, 3: 1.0, 4: 1.0, 5: 10.0}
    it = iter(enumerate(range(6)))
    chunks = [_next_chunk(it, 3, weights.get, 5.0) for _ in range(4)]
    assert [[i for i, _ in c] for c in chunks] == [[0], [1], [2, 3, 4], [5]]
    out = run_parallel(
        _square, list(range(40)), jobs=2, chunksize=4, start_method="fork",
        weight=lambda n: 100.0 if n < 5 else 1.0, chunk_weight=50.0,
    )  # fmt: skip
    assert list(out) == [n * n for n in range(40)]


def test_input_bytes_is_the_files_size(tmp_path):
    from kamerparse.batch import input_bytes

    f = tmp_path / "brief.txt"
    f.write_text("Den Haag, 20 december 2023", encoding="utf-8")
    assert input_bytes((str(f), "auto")) == f.stat().st_size
    assert input_bytes((str(tmp_path / "missing.txt"), "auto")) == 0.0


def test_a_placed_mention_keeps_every_field_of_where():
    # the pipeline builds a mention's Where field by field (faster than dataclasses.replace):
    # a field added to Where must be copied there too
    from kamerparse.model import Where
    from kamerparse.pipeline import _placed

    where = Where(part="footnote", section=1, paragraph=2, footnote="3", start=4, end=5, page=6)
    assert _placed(where, 7, 8, 9) == dataclasses.replace(where, start=7, end=8, page=9)
    assert {f.name for f in dataclasses.fields(Where)} == {
        "part",
        "section",
        "paragraph",
        "footnote",
        "start",
        "end",
        "page",
    }


def _sample_lines() -> list[str]:
    lines: list[str] = []
    for folder in ("web", "seed", "pdftext"):
        for path in sorted((SAMPLES / folder).glob("*.txt")):
            lines += [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines()]
    return [ln for ln in lines if ln]


SIGNATURE_LINES = [
    "De Minister van Defensie, K.H. Ollongren",
    "De Minister van Defensie,",
    "K.H. Ollongren",
    "drs. A. (Arno) Visser,",
    "president",
    "De voorzitter van de commissie, Sneller",
    "J.W. Remkes Voorzitter staatscommissie parlementair stelsel",
    "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT, Mark Harbers",
    "De informateurs, J.W. Remkes W. Koolmees",
]


def test_signature_end_tests_skip_only_lines_the_full_tests_reject():
    """split_signature's _signs looks for a comma and a bare role before the costly tests:
    a line without them is one that is_function_line and name_over_role turn down anyway."""
    from kamerparse.extract.signatories import BARE_ROLE, is_function_line, name_over_role

    lines = [*_sample_lines(), *SIGNATURE_LINES]
    assert any(is_function_line(t) for t in lines)
    for above, text in itertools.pairwise(lines):
        if "," not in text:
            assert not is_function_line(text), text
        if not BARE_ROLE.fullmatch(text.rstrip(",")):
            assert not name_over_role(above, text), (above, text)
    assert name_over_role("drs. A. (Arno) Visser,", "president")


def test_glued_signature_first_words_skip_only_tails_the_full_test_rejects():
    """_glued_signature judges each cut by the first words after it before it reads the rest
    of the line: every tail it skips so is one that segments and is_function_line reject."""
    from kamerparse.extract.signatories import CLOSING, is_function_line, segments
    from kamerparse.layout import Line
    from kamerparse.stages.signature import (
        _SENTENCE_THEN_FUNCTION,
        _function_first,
        _glued_signature,
    )

    sentences = [ln for ln in _sample_lines() if ln.endswith(".")][:400]
    # a page that runs the signature on after the last sentence, also after "Hoogachtend,"
    lines = [
        *(f"{s} {t}" for s in sentences[:40] for t in SIGNATURE_LINES),
        *(f"{s} Hoogachtend, {t}" for s in sentences[:10] for t in SIGNATURE_LINES),
        " ".join(sentences),
    ]
    glued = 0
    for text in lines:
        closings = [(m.start(), m.end()) for m in CLOSING.finditer(text)]
        for cut in _SENTENCE_THEN_FUNCTION.finditer(text):
            end = cut.end()
            a, b = next(((a, b) for a, b in closings if a >= end), (len(text), len(text)))
            assert text[end:a] + text[b:] == CLOSING.sub("", text[end:], count=1)
            if not _function_first(text, end, a, b):
                parts = [p for p in segments(CLOSING.sub("", text[end:], count=1)) if p]
                assert not (parts and all(is_function_line(p) for p in parts)), text[end:]
        glued += _glued_signature(Line(text, page=1), members=False) is not None
    # four of the signature lines open with "De" and sign alone (a function, with or
    # without its names): each glued to each of the forty sentences is split off
    assert glued >= 4 * 40
