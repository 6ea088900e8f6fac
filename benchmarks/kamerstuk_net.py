"""A coverage net for the Kamerstuk family: where could a Kamerstuk, dossier, Handelingen or
Aanhangsel citation stand that the extractor did not read?

A *trigger* is every dossier-shaped number ("36410", "36 410", "34.300", with a sub-dossier
"21 501-02" or a chapter "36 410-XIV") within 60 characters of a citation word (Kamerstuk(ken),
Kst, TK, EK, Tweede/Eerste Kamer, Handelingen, Aanhangsel, dossier, nr., nrs., letter, motie,
amendement, brief, vergaderjaar, or a vergaderjaar itself: "2023/24", "2023-2024"), and every
"Handelingen" and "Aanhangsel". A trigger is *covered* when it lies inside a reference of type
kamerstuk, dossier, handelingen or aanhangsel that find_references gives for its paragraph.

The corpus is the text the pipeline sees (paragraphs with whitespace collapsed): the motie XMLs
of corpus/raw/motiematcher, the Handelingen PDFs of corpus/raw/pythonpoet-tweede-kamer, the
Aanhangsel PDFs of corpus/raw/LearningLion and the ministry DOCX of corpus/raw/codewith-kamervragen
(the last three parsed with kamerparse: paragraphs and footnotes; cached in /tmp), dev/pages and
dev/pdftext, and every snippet of tests/data/citations/*.jsonl.

How to read the output: the counts of triggers and covered ones per corpus, then the uncovered
ones grouped by a normalised *shape* (digits "9", the citation words kept, other words "w",
punctuation kept; a window of about 30 characters each side), most frequent first, with up to
``--show`` examples each (80 characters each side, the trigger in [[ ]]). Most uncovered shapes
are no citation (amounts, postcodes, case numbers, "de motie" without a paper); read the shapes
and judge which are citation forms the scanners miss. The count of uncovered triggers drops only
by real citations when a rule is right.

    python benchmarks/kamerstuk_net.py [--show 3] [--moties 8041] > /tmp/net.txt
"""

from __future__ import annotations

import argparse
import json
import pickle
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FAMILY = frozenset({"kamerstuk", "dossier", "handelingen", "aanhangsel"})
CACHE = Path("/tmp/kamerstuk_net_parsed.pkl")  # the parsed PDFs and DOCX: parsing is slow

_SP = r"[ \u00a0\u202f]"
_DOSSIER = re.compile(
    rf"(?<![\w.,/€$\-–])\d\d(?:{_SP}|\.)?\d{{3}}(?![\d])(?![.,]\d)"
    rf"(?:{_SP}?[-‐‑–—]{_SP}?\d{{1,2}}(?!\d))?(?:{_SP}?[-‐‑–—]?{_SP}?[IVXL]+\b)?"
)
_WORDS = (
    r"Kamerstuk(?:ken)?|kamerstuk(?:ken)?|Kst|TK|EK|Tweede Kamer|Eerste Kamer|Handelingen"
    r"|Aanhangsel|[Dd]ossier|[Nn]rs?\.|letter|[Mm]otie|[Aa]mendement|[Bb]rief|[Vv]ergaderjaar"
    r"|(?:19|20)\d\d(?:/|-|–)(?:(?:19|20)\d\d|\d\d)(?!\d)"
)
_WORD = re.compile(rf"(?<![\w])(?:{_WORDS})")
_BARE = re.compile(r"Handelingen|Aanhangsel")
_SHAPE_WORDS = re.compile(
    r"Kamerstuk(?:ken)?|kamerstuk(?:ken)?|Kst|TK|EK|Tweede|Eerste|Kamer|Handelingen|Hand"
    r"|Aanhangsel|[Dd]ossier|[Nn]rs?|nummer|letter|[Mm]otie|[Aa]mendement|[Bb]rief|[Vv]ergaderjaar"
    r"|[Zz]itting|Bijlagen?|blz|pp?|item|II|I|hoofdstuk|en|van|op|stuk|[IVX]+"
)


# What may go on a citation after where its reference stops: a chapter after a dot or dash
# ("31700.VIII"), a number ("nr. 3", ", 32"), a page or item; a covered trigger whose reference
# stops right before one of these was read short, and may be read wrong.
_MORE = re.compile(
    rf"(?:[.\-–/]{_SP}?[IVX]+(?![\w])|,?{_SP}?(?:[Nn]rs?\.?|nummer|item|blz\.|p\.){_SP}?\d"
    rf"|,{_SP}?\d{{1,4}}(?![\d.,])(?!{_SP}[a-z]))"  # not a date: ", 7 oktober 2008"
)


def _collapse(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip()


def _texts(shared: Path, moties: int) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    raw = shared / "corpus" / "raw"
    xmls = sorted((raw / "motiematcher" / "document_publications").glob("*.xml"))[:moties]
    for path in xmls:
        try:
            root = ET.parse(path).getroot()
        except ET.ParseError:
            continue
        out["moties"] += [_collapse("".join(al.itertext())) for al in root.iter("al")]
    for name in ("pages", "pdftext"):
        for path in sorted((shared / "dev" / name).glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            out["dev"] += [_collapse(p) for p in re.split(r"\n\s*\n", text)]
    parsed: dict[str, list[str]] = pickle.loads(CACHE.read_bytes()) if CACHE.exists() else {}
    files = [
        *sorted((raw / "pythonpoet-tweede-kamer").glob("*.pdf")),
        *sorted((raw / "LearningLion").glob("*.pdf")),
        *sorted((raw / "codewith-kamervragen").glob("*.docx")),
    ]
    if any(str(p) not in parsed for p in files):
        import kamerparse

        for path in files:
            if str(path) in parsed:
                continue
            doc = kamerparse.parse_file(path)
            parsed[str(path)] = [
                *(p.text for s in doc.sections for p in s.paragraphs),
                *(f.text for f in doc.footnotes),
            ]
        CACHE.write_bytes(pickle.dumps(parsed))
    for path in files:
        kind = {"LearningLion": "aanhangsel", "pythonpoet-tweede-kamer": "handelingen"}.get(
            path.parent.name, "ministry"
        )
        out[kind] += parsed[str(path)]
    for path in sorted((ROOT / "tests" / "data" / "citations").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                out["samples"].append(json.loads(line)["text"])
    return {k: [t for t in v if t] for k, v in out.items()}


def triggers(text: str) -> list[tuple[int, int]]:
    """The spans where a citation of the family could stand."""
    found = [(m.start(), m.end()) for m in _BARE.finditer(text)]
    if not any(c.isdigit() for c in text):
        return found
    words = [m.start() for m in _WORD.finditer(text)]
    if not words:
        return found
    for m in _DOSSIER.finditer(text):
        if any(m.start() - 60 <= w <= m.end() + 60 for w in words):
            found.append((m.start(), m.end()))
    return found


def shape(text: str, start: int, end: int) -> str:
    """A normalised window around a trigger, to group uncovered ones of one form."""
    left = text[max(0, start - 30) : start]
    left = left.split(" ", 1)[1] if start > 30 and " " in left else left
    right = text[end : end + 30]
    right = right.rsplit(" ", 1)[0] if " " in right else right

    def norm(s: str) -> str:
        out = []
        for tok in re.findall(r"\d+|\w+|[^\w\s]", s):
            if tok[0].isdigit():
                out.append("9")
            elif _SHAPE_WORDS.fullmatch(tok):
                out.append(tok)
            else:
                out.append("w")
        return re.sub(r"(?:w )+w", "w", " ".join(out))

    middle = re.sub(r"\d+", "9", text[start:end])
    return f"{norm(left)} [{middle}] {norm(right)}"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--moties", type=int, default=8041)
    parser.add_argument("--show", type=int, default=3, help="examples per shape")
    parser.add_argument("--shapes", type=int, default=400, help="shapes to print")
    args = parser.parse_args()
    from kamerparse.extract.references import find_references

    corpora = _texts(args.shared, args.moties)
    groups: dict[str, list[str]] = defaultdict(list)
    cut: dict[str, list[str]] = defaultdict(list)  # covered, but read short
    totals: Counter[str] = Counter()
    for kind, texts in corpora.items():
        for text in texts:
            spans = triggers(text)
            if not spans:
                continue
            refs = [r for r in find_references(text) if r.type in FAMILY]
            for start, end in spans:
                totals[kind, "all"] += 1
                before, after = text[max(0, start - 80) : start], text[end : end + 80]
                ctx = f"{before}[[{text[start:end]}]]{after}"
                cover = [r for r in refs if r.where.start <= start and end <= r.where.end]
                if not cover:
                    groups[shape(text, start, end)].append(f"{kind}: {ctx}")
                    continue
                totals[kind, "covered"] += 1
                stop = max(r.where.end for r in cover)
                # the next entry of a list is a reference of its own: "nrs. 383, 348"
                if _MORE.match(text, stop) and not any(
                    stop <= r.where.start <= stop + 6 for r in refs
                ):
                    cut[shape(text, start, stop)].append(f"{kind}: {ctx}")
    print("corpus       triggers  covered  uncovered")
    for kind in corpora:
        n, c = totals[kind, "all"], totals[kind, "covered"]
        print(f"{kind:12} {n:8} {c:8} {n - c:10}")
    n = sum(v for (_, k), v in totals.items() if k == "all")
    covered = sum(v for (_, k), v in totals.items() if k == "covered")
    print(f"{'all':12} {n:8} {covered:8} {n - covered:10}  ({len(groups)} shapes)\n")
    _print_groups(groups, args.shapes, args.show)
    short = sum(map(len, cut.values()))
    print(f"\ncovered, but the reference stops before more of a citation: {short}")
    _print_groups(cut, args.shapes, args.show)
    return 0


def _print_groups(groups: dict[str, list[str]], shapes: int, show: int) -> None:
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    for key, examples in ranked[:shapes]:
        print(f"{len(examples):5}  {key}")
        for example in examples[:show]:
            print(f"         {example}")


if __name__ == "__main__":
    sys.exit(main())
