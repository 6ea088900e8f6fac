"""Check that a change to the extractors leaves their results as they were.

``dump`` runs find_references, find_dates and find_periods (with a letter date and without) over
the development letters (whole and paragraph by paragraph), the citation sample and a fixed
random choice of motie XML paragraphs, and pickles every result; ``diff`` compares two dumps.
Run ``dump`` once with the old code on the path and once with the new, for example with a
second checkout of the base commit::

    PYTHONPATH=/tmp/base/src python benchmarks/extract_compare.py dump /tmp/old.pkl
    python benchmarks/extract_compare.py dump /tmp/new.pkl
    python benchmarks/extract_compare.py diff /tmp/old.pkl /tmp/new.pkl

The dumps are large; keep them out of the repository.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import pickle
import random
import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LETTER_DATE = datetime.date(2024, 11, 11)


def texts(shared: Path, moties: int) -> list[str]:
    """The texts to run the extractors over (whitespace collapsed, as the pipeline gives them)."""
    out = []
    letters = [
        *sorted((shared / "dev" / "pages").glob("*.txt")),
        *sorted((shared / "dev" / "pdftext").glob("*.txt")),
        *sorted((shared / "seed").glob("*.txt")),
    ]
    for path in letters:
        raw = path.read_text(encoding="utf-8")
        out += [re.sub(r"\s+", " ", part).strip() for part in re.split(r"\n\s*\n", raw)]
        out.append(re.sub(r"\s+", " ", raw))
    xmls = sorted(
        (shared / "corpus" / "raw" / "motiematcher" / "document_publications").glob("*.xml")
    )
    for path in random.Random(7).sample(xmls, min(moties, len(xmls))):
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError:
            continue
        out += [re.sub(r"\s+", " ", "".join(al.itertext())).strip() for al in root.iter("al")]
    sample = ROOT / "tests" / "data" / "citations" / "sample.jsonl"
    out += [json.loads(line)["text"] for line in sample.read_text(encoding="utf-8").splitlines()]
    return [t for t in out if t]


def dump(shared: Path, moties: int, target: Path) -> None:
    from kamerparse.extract.dates import find_dates
    from kamerparse.extract.periods import find_periods
    from kamerparse.extract.references import find_references

    corpus = texts(shared, moties)
    results = [
        (
            [dataclasses.astuple(r) for r in find_references(text)],
            [dataclasses.astuple(d) for d in find_dates(text, letter)],
            [dataclasses.astuple(p) for p in find_periods(text, letter)],
        )
        for letter in (LETTER_DATE, None)
        for text in corpus
    ]
    with target.open("wb") as f:
        pickle.dump((corpus, results), f)
    found = sum(len(r) + len(d) + len(p) for r, d, p in results)
    print(f"{len(corpus)} texts, {len(results)} extractions, {found} mentions → {target}")


def diff(old: Path, new: Path, show: int) -> int:
    with old.open("rb") as f:
        corpus, before = pickle.load(f)
    with new.open("rb") as f:
        corpus_new, after = pickle.load(f)
    if corpus != corpus_new:
        print("the dumps ran over different texts")
        return 2
    changed = [k for k, (a, b) in enumerate(zip(before, after, strict=True)) if a != b]
    print(f"{len(changed)} of {len(before)} extractions differ")
    for k in changed[:show]:
        print(f"--- {corpus[k % len(corpus)][:160]!r}\n    old {before[k]}\n    new {after[k]}")
    return 1 if changed else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("target", type=Path)
    d.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    d.add_argument("--moties", type=int, default=2000, help="motie XML files to sample")
    c = sub.add_parser("diff")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    c.add_argument("--show", type=int, default=5)
    args = parser.parse_args()
    if args.command == "dump":
        dump(args.shared, args.moties, args.target)
        return 0
    return diff(args.old, args.new, args.show)


if __name__ == "__main__":
    raise SystemExit(main())
