"""Does the whole parse stay linear in the size of its input, also on odd input?

A batch over an archive meets files nobody looked at: one enormous line, a word of a million
letters, a hundred thousand hyphenated line ends, a letter pasted a thousand times. A rule that
is quadratic in any of these turns one such file into an hour. For each shape below this parses
an input of about N characters and one of 2N, side by side, and prints both times and their
ratio: about 2 is linear; 4 is quadratic and is flagged.

Usage: ``python benchmarks/input_scaling.py [--chars 200000] [--seed FILE]``
"""

from __future__ import annotations

import argparse
import contextlib
import time
from pathlib import Path

import kamerparse

ROOT = Path(__file__).resolve().parent.parent

# units repeated to the wanted size: each stresses a different stage
SHAPES = {
    "one long word": "a",
    "one long number": "1",
    "one long line of words": "woord ",
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
    args = ap.parse_args()
    shapes = dict(SHAPES)
    if args.seed.exists():
        shapes["a letter repeated"] = args.seed.read_text(encoding="utf-8")
    print(f"{'shape':26} {'N s':>8} {'2N s':>8} {'ratio':>6}")
    worst = 0.0
    for name, unit in shapes.items():
        reps = max(1, args.chars // len(unit))
        small = parse_seconds(unit * reps)
        large = parse_seconds(unit * (2 * reps))
        ratio = large / small if small > 0 else float("nan")
        worst = max(worst, ratio)
        flag = "  quadratic?" if ratio > 3 else ""
        print(f"{name:26} {small:8.3f} {large:8.3f} {ratio:6.2f}{flag}", flush=True)
    print(f"worst ratio {worst:.2f} (2.0 is linear, 4.0 quadratic)")


if __name__ == "__main__":
    main()
