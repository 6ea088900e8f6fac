"""The text path against the PDF path, on the same real PDFs.

A PDF knows its fonts, positions and gaps; the text extracted from it does not. For every PDF
in ``shared/dev/pdf`` and the official Kamerstuk and Aanhangsel PDFs in ``shared/corpus/raw``
(the others, two-column Handelingen and tabular decision lists, are left out: their extracted
text interleaves columns and cells),
this parses the PDF itself and the text pdfplumber extracts from it (pages ended by a form feed,
as in ``shared/dev/pdftext``) and prints how far the two documents agree: header fields,
paragraphs and headings (precision and recall of the text path's against the PDF path's, each
paragraph matched as often as both hold it), footnotes, references, dates and signatories.
Where the PDF path is right (it scores 1.0 on the dev gold for paragraphs), the agreement is a
lower bound on the text path's accuracy on documents no gold covers. Both paths undo line-end
hyphenation with the same rules, so a wrong join of a broken word shows in neither: this
measures where paragraphs start.

``--inputs`` parses other PDFs (files, or folders searched for ``*.pdf``) instead of that set;
documents that are not a Kamerstuk or an Aanhangsel are still skipped. ``--show`` prints, for
each document where the two differ, the paragraphs only one of them has (shortened), to be read
against the printed page.

Usage: ``python benchmarks/text_vs_pdf.py [--shared DIR] [--inputs PATH ...] [--show]``
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

import pdfplumber

import kamerparse

ROOT = Path(__file__).resolve().parent.parent
HEADER = ("id", "chamber", "parliamentary_year", "number", "document_type", "title", "date")


def extracted_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "".join((page.extract_text() or "") + "\n\f" for page in pdf.pages)


def _short(text: str, size: int = 160) -> str:
    return text if len(text) <= size else f"{text[: size // 2]} … {text[-size // 2 :]}"


def _inputs(paths: list[Path]) -> list[Path]:
    return [p for path in paths for p in (sorted(path.rglob("*.pdf")) if path.is_dir() else [path])]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--inputs", type=Path, nargs="+", help="PDF files or folders instead")
    ap.add_argument("--show", action="store_true", help="print each document's disagreements")
    args = ap.parse_args()
    raw = args.shared / "corpus" / "raw"
    pdfs = (
        _inputs(args.inputs)
        if args.inputs
        else [
            *sorted((args.shared / "dev" / "pdf").glob("*.pdf")),
            *sorted(raw.glob("*/*.pdf")),
        ]
    )
    header_same = header_all = 0
    # shared, from PDF, from text
    counts = {"paragraphs": [0, 0, 0], "headings": [0, 0, 0]}
    same = {"footnotes": 0, "references": 0, "dates": 0, "signatories": 0}
    skipped = 0
    for path in pdfs:
        a = kamerparse.parse_file(path)
        if not (a.id or "").startswith(("kst-", "ah-")):
            skipped += 1
            continue
        b = kamerparse.parse_text(extracted_text(path))
        wrong = [k for k in HEADER if getattr(a, k) != getattr(b, k)]
        header_same += len(HEADER) - len(wrong)
        header_all += len(HEADER)
        pa = [p.text for p in a.paragraphs]
        pb = [p.text for p in b.paragraphs]
        ha = [s.heading for s in a.sections if s.heading]
        hb = [s.heading for s in b.sections if s.heading]
        for key, x, y in (("paragraphs", pa, pb), ("headings", ha, hb)):
            c = counts[key]
            # as multisets: a paragraph a document holds twice ("Ja." as two answers, a table's
            # head repeated) is matched twice, not counted as one side's alone
            c[0] += (Counter(x) & Counter(y)).total()
            c[1] += len(x)
            c[2] += len(y)
        lists = {
            "footnotes": lambda d: [(n.number, n.text) for n in d.footnotes],
            "references": lambda d: [r.id for r in d.references],
            "dates": lambda d: [x.value for x in d.dates],
            "signatories": lambda d: [(s.function, s.name) for s in d.signatories],
        }
        differ = [k for k, get in lists.items() if get(a) != get(b)]
        for k in lists:
            same[k] += k not in differ
        same_text = Counter(pa) == Counter(pb) and Counter(ha) == Counter(hb)
        if args.show and (wrong or differ or not same_text):
            shared = (Counter(pa) & Counter(pb)).total()
            print(f"{path.name}: header {wrong}, lists {differ}, paragraphs {shared} shared")
            print(f"    of {len(pa)} (pdf) / {len(pb)} (text)")
            for side, mine, theirs in (
                ("pdf ", pa, pb),
                ("text", pb, pa),
                ("pdf  heading", ha, hb),
                ("text heading", hb, ha),
            ):
                for t in mine:
                    if t not in theirs:
                        print(f"    only {side}: {_short(t)}")
    n = len(pdfs) - skipped
    print(f"{n} PDFs, each parsed as PDF and as its extracted text ({skipped} others skipped)")
    print(f"header fields equal        {header_same / header_all:.3f}")
    for key, (both, pdf, text) in counts.items():
        print(f"{key + ' precision':26} {both / max(text, 1):.3f}  ({both} of {text})")
        print(f"{key + ' recall':26} {both / max(pdf, 1):.3f}  ({both} of {pdf})")
    for k, v in same.items():
        print(f"{k + ' equal':26} {v / n:.3f}  ({v}/{n} documents)")


if __name__ == "__main__":
    main()
