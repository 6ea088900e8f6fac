"""Every form of the same paper, the same JSON: the text, PDF, Word and XML paths compared on
every twin pair the shared corpus holds.

Forms collected (from ``shared``): the official PDFs (``dev/pdf`` and ``corpus/raw``), the text
pdfplumber extracts from each of them (the text path, pages ended by a form feed, as in
``dev/pdftext``), the stored extracted texts (``dev/pdftext``, ``corpus/raw/**/*.pdf.txt``), the
web page texts (``dev/pages``), the Word files (``corpus/raw``) and the official publication
XML (``corpus/raw/motiematcher/document_publications``) of any paper one of the other forms is
of. Forms are paired by the id the parse gives (for the XML: the id its metadata states), and
every pair of two forms of one paper is compared field by field, source and page numbers aside
(the XML and the web text carry none).

It prints, per kind of pair, how many pairs agree on each field, and with ``--show`` each
disagreement.

Usage: ``python benchmarks/forms_agree.py [--shared DIR] [--show]``
"""

from __future__ import annotations

import argparse
import itertools
import re
from collections import defaultdict
from pathlib import Path

import pdfplumber

import kamerparse

ROOT = Path(__file__).resolve().parent.parent
FIELDS = ("id", "chamber", "parliamentary_year", "dossiers", "number", "document_type", "title",
          "addressee", "place", "date", "paragraphs", "body_text", "footnotes", "references",
          "dates", "signatories")  # fmt: skip
_XML_ID = re.compile(
    rb'name="DC\.identifier"[^>]*content="([^"]+)"|/((?:kst|ah|h)-[^/"]+)/metadata\.xml'
)


def extracted_text(path: Path) -> str:
    with pdfplumber.open(path) as pdf:
        return "".join((page.extract_text() or "") + "\n\f" for page in pdf.pages)


def view(doc: kamerparse.Document) -> dict[str, object]:
    """The fields compared, as values that compare equal when the forms agree."""
    paras = [p.text for p in doc.paragraphs]
    return {
        "id": doc.id,
        "chamber": doc.chamber,
        "parliamentary_year": doc.parliamentary_year,
        "dossiers": [(d.id, d.title) for d in doc.dossiers],
        "number": doc.number,
        "document_type": doc.document_type,
        "title": doc.title,
        "addressee": doc.addressee,
        "place": doc.place,
        "date": doc.date,
        "paragraphs": paras,
        "body_text": " ".join(" ".join(paras).split()),
        "footnotes": [(f.number, f.text) for f in doc.footnotes],
        "references": sorted({r.id or r.text for r in doc.references}),
        "dates": sorted(d.value for d in doc.dates),
        "signatories": [(s.function, s.name) for s in doc.signatories],
    }


def collect(shared: Path) -> list[tuple[str, str, kamerparse.Document]]:
    """(form, name, document) for every form of every paper found."""
    out: list[tuple[str, str, kamerparse.Document]] = []

    def add(form: str, name: str, parse) -> None:
        try:
            out.append((form, name, parse()))
        except kamerparse.ParseError as e:
            print(f"skipped {name}: {e}")

    raw = shared / "corpus" / "raw"
    pdfs = sorted((shared / "dev" / "pdf").glob("*.pdf"))
    pdfs += sorted(p for p in raw.rglob("*.pdf") if "besluitenlijst" not in p.name)
    for pdf in pdfs:
        add("pdf", str(pdf), lambda pdf=pdf: kamerparse.parse_file(pdf))
        add(
            "text",
            f"{pdf} (pdfplumber text)",
            lambda pdf=pdf: kamerparse.parse_text(extracted_text(pdf), source=pdf.name),
        )
    for txt in [*sorted((shared / "dev" / "pdftext").glob("*.txt")), *raw.rglob("*.pdf.txt")]:
        add("text", str(txt), lambda txt=txt: kamerparse.parse_file(txt))
    for page in sorted((shared / "dev" / "pages").glob("*.txt")):
        add("web", str(page), lambda page=page: kamerparse.parse_file(page))
    for docx in sorted(raw.rglob("*.docx")):
        add("docx", str(docx), lambda docx=docx: kamerparse.parse_file(docx))
    wanted = {doc.id for _, _, doc in out if doc.id}
    for xml in sorted((raw / "motiematcher" / "document_publications").glob("*.xml")):
        m = _XML_ID.search(xml.read_bytes()[:4096])
        ident = (m.group(1) or m.group(2)).decode() if m else None
        if ident in wanted:
            add("xml", str(xml), lambda xml=xml: kamerparse.parse_file(xml))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--show", action="store_true", help="print each disagreement")
    args = ap.parse_args()
    forms = collect(args.shared)
    papers: dict[str, list[tuple[str, str, kamerparse.Document]]] = defaultdict(list)
    for form, name, doc in forms:
        if doc.id:
            papers[doc.id].append((form, name, doc))
    agree: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    pairs: dict[str, int] = defaultdict(int)
    for ident, docs in sorted(papers.items()):
        for (fa, na, da), (fb, nb, db) in itertools.combinations(docs, 2):
            kind = " ↔ ".join(sorted((fa, fb)))
            pairs[kind] += 1
            va, vb = view(da), view(db)
            for field in FIELDS:
                if va[field] == vb[field]:
                    agree[kind][field] += 1
                elif args.show:
                    print(f"[{kind}] {ident} {field}:\n    {na}: {str(va[field])[:300]}\n"
                          f"    {nb}: {str(vb[field])[:300]}")  # fmt: skip
    print(f"\n{len(forms)} forms of {len(papers)} papers; pairs of two forms of one paper:\n")
    kinds = sorted(pairs)
    print(f"{'field':<20}" + "".join(f"{k:>16}" for k in kinds))
    print(f"{'pairs':<20}" + "".join(f"{pairs[k]:>16}" for k in kinds))
    for field in FIELDS:
        cells = "".join(
            f"{agree[k][field]:>9}/{pairs[k]:<3} {100 * agree[k][field] / pairs[k]:>3.0f}%"
            for k in kinds
        )
        print(f"{field:<20}{cells}")


if __name__ == "__main__":
    main()
