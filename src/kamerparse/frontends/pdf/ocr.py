"""OCR on request: a scanned PDF without a text layer gets one from Tesseract.

Each page is rendered (pypdfium2, 400 dpi, greyscale) and Tesseract with its Dutch data writes
a PDF of the page images with an invisible, positioned text layer, as OCR programs do; that
PDF then goes through the ordinary PDF front end, which reads the layer and warns that the text
is OCR. Tesseract is an optional system program (Debian: ``apt-get install tesseract-ocr
tesseract-ocr-nld``); it runs offline, on one thread, so the same scan gives the same text.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from ...errors import ParseError

# at 300 dpi Tesseract drops short lines of small type beside a block ("Nr. 3" left of the
# title); at 400 it reads them
DPI = 400
LANGUAGE = "nld"
SECONDS_PER_PAGE = 120
INSTALL = "apt-get install tesseract-ocr tesseract-ocr-nld"


def tesseract() -> str | None:
    """The Tesseract program, if it is installed with Dutch data."""
    program = shutil.which("tesseract")
    if program is None:
        return None
    try:
        langs = subprocess.run(
            [program, "--list-langs"], capture_output=True, text=True, timeout=30, check=False
        ).stdout.split()
    except (OSError, subprocess.SubprocessError):
        return None
    return program if LANGUAGE in langs else None


def ocr_pdf(data: bytes) -> bytes:
    """The scan with a text layer: page images and Tesseract's invisible text over them."""
    program = tesseract()
    if program is None:
        raise ParseError(
            "no-text-layer", f"no text layer, and --ocr needs Tesseract with Dutch data: {INSTALL}"
        )
    import pypdfium2 as pdfium

    with tempfile.TemporaryDirectory(prefix="kamerparse-ocr-") as tmp:
        folder = Path(tmp)
        pdf = pdfium.PdfDocument(data)
        try:
            images = []
            for index in range(len(pdf)):
                page = pdf[index]
                try:
                    bitmap = page.render(scale=DPI / 72, grayscale=True)
                    image = folder / f"page-{index + 1:05d}.png"
                    bitmap.to_pil().save(image, dpi=(DPI, DPI))
                    images.append(str(image))
                finally:
                    page.close()
        finally:
            pdf.close()
        listing = folder / "pages.txt"
        listing.write_text("\n".join(images) + "\n", encoding="utf-8")
        out = folder / "ocr"
        env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one thread: same input, same text
        try:
            done = subprocess.run(
                [program, str(listing), str(out), "-l", LANGUAGE, "--dpi", str(DPI), "pdf"],
                capture_output=True,
                text=True,
                env=env,
                timeout=SECONDS_PER_PAGE * max(1, len(images)),
                check=False,
            )
        except subprocess.TimeoutExpired:
            raise ParseError("ocr-failed", "Tesseract took too long") from None
        result = out.with_suffix(".pdf")
        if done.returncode != 0 or not result.exists():
            reason = (done.stderr.strip().splitlines() or ["no output"])[-1]
            raise ParseError("ocr-failed", f"Tesseract failed: {reason}")
        return result.read_bytes()
