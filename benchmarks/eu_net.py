"""A coverage net for EU legislation: every place in the corpus where an EU act could be cited,
and whether an extracted reference (type ``eu-legislation`` or ``eu``) covers it.

A trigger is a word ending in "richtlijn" or "verordening" (any case, also after a hyphen:
"NIS2-richtlijn"), "Gedelegeerde", "Kaderbesluit", "Besluit (EU)", "Directive", "Regulation",
" Act" after a capitalised word, "(EU)", "(EG)", "/EG", "/EU", "/EEG", "/JBZ", and an
abbreviation of an EU act in capitals: one that a name of ``data/eu_acts.tsv`` holds, one of a
short fixed list, or one that the corpus itself writes hyphened before "richtlijn" or
"verordening" ("ETS-richtlijn" makes "ETS" a trigger elsewhere). A trigger is covered when it
lies inside an extracted reference of the family.

The corpus is what the pipeline sees (paragraphs, whitespace collapsed): the motie XMLs, the two
Handelingen and Aanhangsel PDFs (parsed with kamerparse; ``--cache`` keeps their paragraphs)
and the ministry DOCX, the development pages and PDF texts and every snippet of
``tests/data/citations/*.jsonl``.

How to read the output: the totals per source (triggers, covered, uncovered), then the
uncovered triggers grouped by a normalised shape (the trigger with digits as ``9``, the word
before it and the shape of what follows), most frequent first, each with a few contexts of 80
characters either side. Most shapes are generic words ("de richtlijn", "een verordening", a
province's "Omgevingsverordening"); the ones to read are act names and number forms. Compare
the totals before and after a change (run once with the old code on ``PYTHONPATH``).

Usage: ``python benchmarks/eu_net.py [--examples N] [--top N] [--cache FILE] [--only-source S]``
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

# abbreviations the corpus uses for EU acts without always hyphening them to a kind
_FIXED_ABBREVIATIONS = re.findall(
    r"\S+",
    "AVG GDPR CSRD CSDDD NIS2 NIS DSA DMA CBAM EUDR REACH EPBD ETS ETS2 MiFID PSD2 PSD3 AIFMD "
    "SFDR EVOA DORA MiCA KRW RED EED ESPR PPWR CLP UCITS EMIR CRR CRD GMO GGO SUP CCD CCD2",
)
# capital runs of the table's names or hyphened to a kind that are mostly no act: the Union,
# a numeral, a tax, a standards body, a policy or a place
_NOT_ACTS = {"EU", "II", "III", "AI", "BTW", "CROW", "API", "MER", "GLB", "GVB", "SMB", "TOI"}
_NOT_ACTS |= {"RIS", "POP", "IPA"}
# the trans-European networks ("TEN-T", "TEN-E"), which "de TEN-T-verordening" names
_NOT_ACTS |= {"TEN"}
_KIND_WORD = r"[\w-]*(?:richtlijn|verordening)(?![\w-])"
_FIXED_TRIGGERS = (
    rf"(?i:(?<![\w]){_KIND_WORD})"
    r"|\b[Gg]edelegeerde\b|\b[Kk]aderbesluit\b|\bBesluit (?:\(EU\)|\(EG\))"
    r"|\bDirectives?\b|\bRegulations?\b|\b[A-Z][\w-]+ Act\b"
    r"|\((?:EU|EG|EEG)\)|/(?:EG|EU|EEG|JBZ)\b"
)


def corpus(shared: Path, cache: Path | None) -> dict[str, list[str]]:
    """The paragraphs of each source: those ``scripts/rank_unknown_acts.py`` counts over (motie
    XMLs, development pages, Aanhangsel and Handelingen PDFs; ``cache`` keeps the PDFs'), the
    development PDF texts, the ministry DOCX and the citation samples."""
    sys.path.insert(0, str(ROOT / "scripts"))
    from rank_unknown_acts import _paragraphs, _pdf_paragraphs, texts

    out = texts(shared, cache)
    out["pdftext"] = [
        p
        for path in sorted((shared / "dev" / "pdftext").glob("*.txt"))
        for p in _paragraphs(path.read_text(encoding="utf-8"))
    ]
    raw = shared / "corpus" / "raw"
    out["ministry-docx"] = _pdf_paragraphs(sorted((raw / "codewith-kamervragen").glob("*.docx")))
    out["samples"] = [
        json.loads(line)["text"]
        for path in sorted((ROOT / "tests" / "data" / "citations").glob("*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return {source: [t for t in paras if t] for source, paras in out.items()}


def abbreviations(by_source: dict[str, list[str]]) -> set[str]:
    """Capital runs that name an EU act: in the table's names, the fixed list, and hyphened to
    a kind in the corpus ("ETS-richtlijn")."""
    from kamerparse.extract.eu import _NAMED

    found = set(_FIXED_ABBREVIATIONS)
    run = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{0,1}[A-Z]{1,4}\d?)(?![\w])")
    for name in _NAMED:
        found.update(m[1] for m in run.finditer(name) if sum(c.isupper() for c in m[1]) >= 2)
    hyphened = re.compile(r"(?<![\w-])([A-Z]{2,6}\d?)-(?:richtlijn|verordening)\b", re.I)
    for paras in by_source.values():
        for text in paras:
            if "-" in text:
                found.update(m[1] for m in hyphened.finditer(text) if m[1].isupper())
    return {a for a in found if len(a) >= 2 and a not in _NOT_ACTS}


def _shape(text: str, start: int, end: int) -> str:
    word = text[start:end]
    before = re.findall(r"[\w-]+", text[max(0, start - 30) : start])
    prev = before[-1].lower() if before else "^"
    after = text[end : end + 24]
    nxt = re.match(r"\s*(\S+)", after)
    follow = nxt[1] if nxt else "$"
    follow = re.sub(r"\d", "9", follow)
    if not re.match(r"[\d(/]|9", follow):
        follow = "w" if follow[:1].islower() else "W" if follow[:1].isupper() else follow[:3]
    if re.match(r"(?i)[\w-]*(richtlijn|verordening)$", word) and word.lower() not in (
        "richtlijn",
        "verordening",
    ):
        key = word  # a compound name: its own shape
    else:
        key = re.sub(r"\d", "9", word)
    if prev not in ("de", "het", "een", "deze", "die", "dit", "van", "en", "of", "^"):
        prev = "·"
    return f"{prev} | {key} | {follow}"


def net(by_source: dict[str, list[str]], examples: int, top: int) -> None:
    from kamerparse.extract.references import find_references

    abbrs = abbreviations(by_source)
    trigger = re.compile(
        _FIXED_TRIGGERS
        + r"|(?<![\w-])(?:"
        + "|".join(sorted(map(re.escape, abbrs), key=len, reverse=True))
        + r")(?![\w])(?:(?: I{1,3}\b))?"
    )
    groups: dict[str, list[str]] = defaultdict(list)
    totals: Counter[str] = Counter()
    for source, paras in by_source.items():
        counts: Counter[str] = Counter()
        for text in paras:
            hits = list(trigger.finditer(text))
            if not hits:
                continue
            spans = [
                (r.where.start, r.where.end)
                for r in find_references(text)
                if r.type in ("eu-legislation", "eu")
            ]
            for m in hits:
                counts["triggers"] += 1
                if any(a <= m.start() and m.end() <= b for a, b in spans):
                    counts["covered"] += 1
                    continue
                counts["uncovered"] += 1
                ctx = text[max(0, m.start() - 80) : m.start()] + "[[" + m[0] + "]]"
                ctx += text[m.end() : m.end() + 80]
                groups[_shape(text, m.start(), m.end())].append(f"{source}: {ctx}")
        print(f"{source}: {len(paras)} paragraphs, {dict(counts)}")
        totals += counts
    print(f"all: {dict(totals)}")
    print(f"abbreviations looked for: {' '.join(sorted(abbrs))}")
    ranked = sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    print(f"\nuncovered shapes ({len(ranked)}), most frequent first:")
    for shape, ctxs in ranked[:top]:
        print(f"\n{len(ctxs):6d}  {shape}")
        for ctx in ctxs[:examples]:
            print(f"        {ctx}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=SHARED)
    parser.add_argument("--examples", type=int, default=3)
    parser.add_argument("--top", type=int, default=100000)
    parser.add_argument("--cache", type=Path, help="pickle of the parsed PDFs' paragraphs")
    parser.add_argument("--only-source", help="run on one source only (moties, samples, ...)")
    args = parser.parse_args()
    by_source = corpus(args.shared, args.cache)
    if args.only_source:
        by_source = {args.only_source: by_source[args.only_source]}
    net(by_source, args.examples, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
