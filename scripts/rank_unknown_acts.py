"""Rank the acts that real text cites and the tables do not give an id, by frequency.

Runs ``find_references`` over the paragraphs of the motie XMLs, the Aanhangsel and Handelingen
PDFs and the development letters of ``../shared`` and counts

- ``law`` references without BWB id, by the act's name;
- ``eu-legislation`` references without CELEX (an act called European that ``eu.py``'s table
  does not name), by the name as written;
- words ending in "wet", "richtlijn" or "verordening" that no reference covers.

It also prints the totals of law and EU references with and without id, the figures to compare
before and after a change to ``data/laws.tsv`` or ``eu.py``'s table (run it once with the old
code on ``PYTHONPATH``). Parsing the PDFs takes a minute; ``--cache`` keeps their paragraphs.

Usage: ``python scripts/rank_unknown_acts.py [--top N] [--cache FILE]`` (from the repository
root).
"""

from __future__ import annotations

import argparse
import pickle
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
# a word that names an act by its ending: "Spreidingswet", "Dienstenrichtlijn", "EU-verordening"
_ACT_WORD_RE = re.compile(r"(?<![\w-])[\w-]*(?:wet|richtlijn|verordening)(?![\w-])", re.I)


def _paragraphs(raw: str) -> list[str]:
    return [re.sub(r"\s+", " ", part).strip() for part in re.split(r"\n\s*\n", raw)]


def _pdf_paragraphs(paths: list[Path]) -> list[str]:
    from kamerparse import parse_file

    out = []
    for path in paths:
        doc = parse_file(path)
        out += [p.text for p in doc.paragraphs]
        out += [f.text for f in doc.footnotes]
    return out


def texts(shared: Path, cache: Path | None) -> dict[str, list[str]]:
    """The paragraphs to count over, by source."""
    out: dict[str, list[str]] = {"moties": [], "letters": []}
    for path in sorted(
        (shared / "corpus" / "raw" / "motiematcher" / "document_publications").glob("*.xml")
    ):
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError:
            continue
        out["moties"] += [
            re.sub(r"\s+", " ", "".join(al.itertext())).strip() for al in root.iter("al")
        ]
    for path in sorted((shared / "dev" / "pages").glob("*.txt")):
        out["letters"] += _paragraphs(path.read_text(encoding="utf-8"))
    if cache is not None and cache.exists():
        with cache.open("rb") as f:
            out |= pickle.load(f)
    else:
        raw = shared / "corpus" / "raw"
        pdfs = {
            "aanhangsel": _pdf_paragraphs(sorted((raw / "LearningLion").glob("*.pdf"))),
            "handelingen": _pdf_paragraphs(sorted((raw / "pythonpoet-tweede-kamer").glob("*.pdf"))),
        }
        if cache is not None:
            with cache.open("wb") as f:
                pickle.dump(pdfs, f)
        out |= pdfs
    return {source: [t for t in paras if t] for source, paras in out.items()}


def count(paragraphs: list[str]) -> tuple[Counter[str], Counter[str], Counter[str], Counter[str]]:
    """Totals, law names without id, EU acts without id, uncovered act words."""
    from kamerparse.extract.references import find_references

    totals: Counter[str] = Counter()
    laws: Counter[str] = Counter()
    eu: Counter[str] = Counter()
    words: Counter[str] = Counter()
    for text in paragraphs:
        refs = [r for r in find_references(text) if r.type in ("law", "eu-legislation")]
        for ref in refs:
            key = "law" if ref.type == "law" else "eu"
            totals[f"{key} with id" if ref.id else f"{key} without id"] += 1
            if ref.id is None and ref.type == "law":
                laws[ref.law or ref.text] += 1
            elif ref.id is None:
                eu[ref.text] += 1
        spans = [(r.where.start, r.where.end) for r in refs]
        for m in _ACT_WORD_RE.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in spans):
                words[m[0]] += 1
    return totals, laws, eu, words


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--top", type=int, default=60)
    parser.add_argument("--cache", type=Path, help="pickle of the PDFs' paragraphs")
    args = parser.parse_args()
    by_source = texts(args.shared, args.cache)
    totals: Counter[str] = Counter()
    ranked: list[Counter[str]] = [Counter(), Counter(), Counter()]
    for source, paragraphs in by_source.items():
        sums, *counters = count(paragraphs)
        print(f"{source}: {len(paragraphs)} paragraphs, {dict(sorted(sums.items()))}")
        totals += sums
        for total, counter in zip(ranked, counters, strict=True):
            total += counter
    print(f"all: {dict(sorted(totals.items()))}")
    for title, counter in zip(
        ("law without id", "EU act without CELEX", "act word no reference covers"),
        ranked,
        strict=True,
    ):
        print(f"\n{title} ({sum(counter.values())}):")
        for name, n in counter.most_common(args.top):
            print(f"{n:6d}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
