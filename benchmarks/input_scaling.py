"""Does the whole parse stay linear in the size of its input, also on odd input?

A batch over an archive meets files nobody looked at: one enormous line, a word of a million
letters, a hundred thousand hyphenated line ends, a letter pasted a thousand times. A rule that
is quadratic in any of these turns one such file into an hour. For each shape below this parses
an input of about N characters and one of 2N, the two taking turns ``--repeat`` times (3), and
prints the median time of each and the median of the paired ratios (2N / N of one round): about
2 is linear; 4 is quadratic and is flagged.

Usage: ``python benchmarks/input_scaling.py [--chars 200000] [--repeat 3] [--seed FILE]``
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time
from pathlib import Path

import kamerparse

ROOT = Path(__file__).resolve().parent.parent

# units repeated to the wanted size: each stresses a different stage
SHAPES = {
    "one long word": "a",
    "one long number": "1",
    "one long line of words": "woord ",
    # a page of running text on one line (text extracted from a PDF): a signature may be glued
    # to any sentence's end
    "sentences on one line": "Het kabinet zegt dit. De Kamer stemt in. ",
    "hyphenated line ends": "a-\n",
    "short lines": "a\n",
    "blank-line paragraphs": "woord\n\n",
    "form feeds": "x\f",
    "numbered lines": "1 tekst\n",
    "glued digits": "woord1 woord2 ",
    "page-foot notes": "tekst1 hier\n1 noot\n\f",
    "web notes": "X Noot\n1\ntekst\n",
    "inline notes": "Noot 1: tekst\n",
    "bullets": "- punt\n",
    "headings": "Kop\n\nTekst zin.\n\n",
    "references": "(Kamerstuk 27 925, nr. 959) en nrs. 1–3 ",
    "glued cited numbers": "zie nr. 9591 en\n",
    "dates": "op 12 maart jl. en 14, 15 en 16 maart a.s. ",
    "acts without punctuation": "de Wet dieren en artikel 2 van de Wet milieubeheer ",
    "periods": "in het eerste kwartaal van 2025 en medio 2026 ",
}


def parse_seconds(text: str) -> float:
    start = time.perf_counter()
    # a documented refusal is an answer too; its time counts
    with contextlib.suppress(kamerparse.ParseError):
        kamerparse.parse_text(text)
    return time.perf_counter() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=200_000, help="size N of the smaller input")
    ap.add_argument(
        "--seed",
        type=Path,
        default=ROOT / "samples" / "seed" / "kst-27925-963.txt",
        help="a real letter, repeated as one more shape",
    )
    ap.add_argument("--repeat", type=int, default=3, help="rounds of N and 2N, in turn")
    args = ap.parse_args()
    print(f"{'shape':26} {'N s':>8} {'2N s':>8} {'ratio':>6} {'range':>11}")
    worst = max(
        (ratio for *_, ratio in scaling(args.chars, args.repeat, args.seed, echo=True)),
        default=0.0,
    )
    print(f"worst ratio {worst:.2f} (2.0 is linear, 4.0 quadratic)")


def scaling(
    chars: int, repeat: int, seed: Path | None = None, echo: bool = False
) -> list[tuple[str, float, float, float]]:
    """(shape, median seconds at N, at 2N, median of the paired 2N/N ratios) for each shape."""
    shapes = dict(SHAPES)
    if seed is not None and seed.exists():
        shapes["a letter repeated"] = seed.read_text(encoding="utf-8")
    out = []
    for name, unit in shapes.items():
        reps = max(1, chars // len(unit))
        small_text, large_text = unit * reps, unit * (2 * reps)
        smalls, larges = [], []
        for r in range(repeat):  # N 2N, then 2N N: neither always runs first
            pair = [(smalls, small_text), (larges, large_text)]
            for times, text in pair if r % 2 == 0 else reversed(pair):
                times.append(parse_seconds(text))
        ratios = [b / a if a > 0 else float("nan") for a, b in zip(smalls, larges, strict=True)]
        small, large, ratio = map(statistics.median, (smalls, larges, ratios))
        out.append((name, small, large, ratio))
        if echo:
            flag = "  quadratic?" if ratio > 3 else ""
            spread = f"{min(ratios):.2f}-{max(ratios):.2f}"
            print(f"{name:26} {small:8.3f} {large:8.3f} {ratio:6.2f} {spread:>11}{flag}",
                  flush=True)  # fmt: skip
    return out


if __name__ == "__main__":
    main()
