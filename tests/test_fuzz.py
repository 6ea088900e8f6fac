"""Fuzzing in the suite: mutated real letters, PDFs and .docx files through the library.

Only ParseError may come out, and no input may take long. The full run (many more inputs,
with hangs and peak memory per input) is ``python benchmarks/fuzz.py``.
"""

from __future__ import annotations

import random
import time

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kamerparse
from tests.mutate import TEXTS, docx_mutant, mutate_bytes, pdf_mutant, text_mutant

# a mutant may be a few MB (a digit run, a repeated piece): generous, but a hang still fails
SLOW = 10.0
# derandomized: the suite tries the same inputs on every run (a CI failure can be replayed);
# benchmarks/fuzz.py goes wide
FUZZ = settings(
    max_examples=40, deadline=None, derandomize=True, suppress_health_check=list(HealthCheck)
)


def _survives(call) -> None:
    start = time.monotonic()
    try:
        doc = call()
    except kamerparse.ParseError:
        pass
    else:
        doc.to_json().encode("utf-8")
    assert time.monotonic() - start < SLOW


@FUZZ
@given(st.integers(0, 2**32))
def test_fuzz_text(seed):
    text = text_mutant(random.Random(seed))
    _survives(lambda: kamerparse.parse_text(text, source="fuzz.txt"))


@FUZZ
@given(st.integers(0, 2**32))
def test_fuzz_bytes(seed):
    rng = random.Random(seed)
    data = mutate_bytes(rng, rng.choice(TEXTS).read_bytes())
    _survives(lambda: kamerparse.parse_bytes(data, source="fuzz.txt"))


@FUZZ
@given(st.integers(0, 2**32))
def test_fuzz_pdf(seed):
    data = pdf_mutant(random.Random(seed))
    _survives(lambda: kamerparse.parse_bytes(data, source="fuzz.pdf"))


@FUZZ
@given(st.integers(0, 2**32))
def test_fuzz_docx(seed):
    data = docx_mutant(random.Random(seed))
    _survives(lambda: kamerparse.parse_bytes(data, source="fuzz.docx"))
