"""Scans of the dev PDFs: how well the OCR path reads a scanned paper.

Every input of the PDF gold (``shared/dev/gold-pdf``) is turned into a scan with an OCR text
layer the way ``--ocr`` does it (each page rendered at 300 dpi, Tesseract with its Dutch data
lays an invisible text layer over the page image), written under OUT with the same relative
path, and the gold scorer is run on those scans. Compare with the scorer on the PDFs
themselves (``python ../shared/eval/score.py ../shared/dev/gold-pdf --inputs ../shared/dev``).

Needs Tesseract (``apt-get install tesseract-ocr tesseract-ocr-nld``); about 2 s a page on one
core.

Usage: ``python benchmarks/ocr_scans.py [--shared DIR] [--out DIR]``
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

from kamerparse.frontends.pdf import ocr

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=Path("/tmp/kamerparse-ocr-scans"))
    args = ap.parse_args()
    if ocr.tesseract() is None:
        print(f"Tesseract with Dutch data is not installed: {ocr.INSTALL}", file=sys.stderr)
        return 2
    gold = args.shared / "dev" / "gold-pdf"
    sources = sorted({json.loads(p.read_text())["source"] for p in gold.glob("*.json")})
    t0 = time.perf_counter()
    for source in sources:
        target = args.out / source
        if target.exists():
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(ocr.ocr_pdf((args.shared / "dev" / source).read_bytes()))
    print(f"{len(sources)} scans under {args.out} ({time.perf_counter() - t0:.0f} s)\n")
    score = args.shared / "eval" / "score.py"
    return subprocess.call([sys.executable, str(score), str(gold), "--inputs", str(args.out)])


if __name__ == "__main__":
    sys.exit(main())
