"""A coverage net for moties and amendementen named after their members.

Every place in a real corpus where a motie or amendement citation COULD stand (each "motie",
"moties", "motie-", "amendement", "amendementen", "amendement-", in any case) is a trigger. A
trigger is covered when an extracted ``motie`` or ``amendement`` reference holds it or starts
right after it (a later motie of a list: "de moties Marijnissen c.s. en Klaver c.s."). The
uncovered ones are mostly the generic word ("de motie", "deze motie", "de motie van de Kamer");
among them stand the member variants the grammar does not read yet. Reading the uncovered
triggers, most frequent shapes first, finds those variants before a hand-read sample does.

The corpus, as the pipeline hands text to the extractors (paragraphs, whitespace collapsed):
the official motie XMLs (``<al>`` paragraphs, as benchmarks/extract_compare.py reads them),
the two Handelingen and the Aanhangsel PDFs of ``corpus/raw`` (parsed with kamerparse: its
paragraphs and footnotes), the ministry .docx files, the development pages and PDF text
(paragraphs split on blank lines) and every snippet of tests/data/citations/*.jsonl.

Output: per source the triggers and how many are covered, then the uncovered grouped by a
shape (the word before, the trigger, the next four tokens with a capitalised word as ``N``,
a digit run as ``9``), most frequent first, each with up to ``--show`` contexts of 80
characters either side (the trigger in ``[[…]]``). Usage::

    python benchmarks/motie_net.py [--show 3] [--moties 8041] [--shapes 400] > net.txt
"""

from __future__ import annotations

import argparse
import json
import random
import re
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from kamerparse.extract.references import find_references

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
TRIGGER_RE = re.compile(r"(?<!\w)(?:motie|amendement)(?:s|en)?(?![^\W\d_])", re.I)
# a later motie of a list starts this far after the trigger at most
NEAR = 60
TOKEN_RE = re.compile(r"[^\W\d_][\w'’.-]*|\d+|[^\w\s]")


def _collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def corpus(shared: Path, moties: int) -> Iterator[tuple[str, str]]:
    """(source, paragraph) pairs."""
    xmls = sorted((shared / "corpus/raw/motiematcher/document_publications").glob("*.xml"))
    for path in random.Random(7).sample(xmls, min(moties, len(xmls))):
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError:
            continue
        for al in root.iter("al"):
            yield "motie-xml", _collapse("".join(al.itertext()))
    from kamerparse import parse_file

    files = [
        ("handelingen", sorted((shared / "corpus/raw/pythonpoet-tweede-kamer").glob("*.pdf"))),
        ("aanhangsel", sorted((shared / "corpus/raw/LearningLion").glob("*.pdf"))),
        ("ministry-docx", sorted((shared / "corpus/raw/codewith-kamervragen").glob("*.docx"))),
    ]
    for source, paths in files:
        for path in paths:
            doc = parse_file(path)
            for p in doc.paragraphs:
                yield source, p.text
            for f in doc.footnotes:
                yield source + "-footnote", f.text
    for folder in ("pages", "pdftext"):
        for path in sorted((shared / "dev" / folder).glob("*.txt")):
            for part in re.split(r"\n\s*\n", path.read_text(encoding="utf-8")):
                yield "dev-" + folder, _collapse(part)
    for path in sorted((ROOT / "tests/data/citations").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            yield "citations-" + path.stem, json.loads(line)["text"]


def shape(text: str, start: int, end: int) -> str:
    before = TOKEN_RE.findall(text[max(0, start - 30) : start])
    after = TOKEN_RE.findall(text[end : end + 60])[:4]

    def norm(tok: str) -> str:
        if tok.isdigit():
            return "9"
        if tok[0].isupper() and tok.lower() not in ("de", "het", "van", "een"):
            return "N"
        return tok.lower()

    word = text[start:end].lower()
    if text[end : end + 1] == "-":
        word += "-"
        after = TOKEN_RE.findall(text[end + 1 : end + 60])[:4]
    return " ".join([norm(before[-1]) if before else "^", word, *map(norm, after)])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--moties", type=int, default=8041, help="motie XML files to read")
    parser.add_argument("--show", type=int, default=3, help="contexts per shape")
    parser.add_argument("--shapes", type=int, default=400, help="shapes to print")
    args = parser.parse_args()
    totals: Counter[str] = Counter()
    covered: Counter[str] = Counter()
    shapes: dict[str, list[str]] = defaultdict(list)
    for source, text in corpus(args.shared, args.moties):
        triggers = list(TRIGGER_RE.finditer(text))
        if not triggers:
            continue
        refs = [r.where for r in find_references(text) if r.type in ("motie", "amendement")]
        for k, t in enumerate(triggers):
            totals[source] += 1
            nxt = triggers[k + 1].start() if k + 1 < len(triggers) else len(text)
            if any(
                w.start <= t.start() < w.end or t.end() <= w.start < min(t.end() + NEAR, nxt)
                for w in refs
            ):
                covered[source] += 1
                continue
            before, after = text[max(0, t.start() - 80) : t.start()], text[t.end() : t.end() + 80]
            context = f"{before}[[{t[0]}]]{after}"
            shapes[shape(text, t.start(), t.end())].append(f"{source}: {context}")
    print(f"{'source':24} triggers covered uncovered")
    for source in totals:
        left = totals[source] - covered[source]
        print(f"{source:24} {totals[source]:8} {covered[source]:7} {left:9}")
    all_t, all_c = sum(totals.values()), sum(covered.values())
    print(f"{'all':24} {all_t:8} {all_c:7} {all_t - all_c:9}\n")
    ranked = sorted(shapes.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    print(f"{len(ranked)} uncovered shapes\n")
    for name, contexts in ranked[: args.shapes]:
        print(f"{len(contexts):5}  {name}")
        for c in contexts[: args.show]:
            print(f"         {c}")


if __name__ == "__main__":
    main()
