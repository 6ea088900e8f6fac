"""How fast is kamerparse's PDF front end, and does its memory stay flat over a long batch?

    python benchmarks/pdf_speed.py [PDF ...] [--repeat N] [--pages N]

Times, over the same PDFs in one run (best of ``--repeat`` rounds):
- baseline: pdfplumber opening each PDF and calling ``page.extract_words()`` on every page;
- ``read_pdf(data, backend="pdfplumber")`` and ``read_pdf(data, backend="pdfium")``: the whole
  front end (backend, layout, roles, markers, paragraph flags);
- ``parse_bytes(data, backend=…)``: the whole parse, front end and every shared stage,
and prints each as milliseconds a page and as a ratio to the baseline (targets: pdfplumber
backend <= 1.3x, pdfium backend <= 0.1x and < 15 ms a page).

Then, for each backend in a fresh subprocess, it reads the PDFs over and over until at least
``--pages`` pages are done and prints the resident set size at intervals and the peak: a flat
curve shows that pages, text pages and documents are all closed.

Default PDFs: the dev letters (../shared/dev/pdf), the real Aanhangsel PDFs and the motie PDF.
A script, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import glob
import io
import resource
import subprocess
import sys
import time
from pathlib import Path

import pdfplumber

from kamerparse.api import parse_bytes
from kamerparse.frontends.pdf import read_pdf

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEFAULT = [
    *sorted(glob.glob(str(SHARED / "dev/pdf/*.pdf"))),
    *sorted(glob.glob(str(SHARED / "corpus/raw/LearningLion/*.pdf"))),
    *sorted(glob.glob(str(SHARED / "corpus/raw/parlementaire-monitor/*.pdf"))),
]


def _rss_mb() -> float:
    """Current resident set size in MB (Linux /proc; falls back to the peak elsewhere)."""
    try:
        with open("/proc/self/statm") as fh:
            pages = int(fh.read().split()[1])
        return pages * resource.getpagesize() / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _peak_mb() -> float:
    """Peak RSS of this process image. VmHWM, since ru_maxrss survives fork+exec on Linux and
    would report the parent's peak."""
    try:
        with open("/proc/self/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kB


def baseline(datas: list[bytes]) -> int:
    pages = 0
    for data in datas:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.extract_words()
                pages += 1
    return pages


def kamerparse(datas: list[bytes], backend: str) -> int:
    return sum(read_pdf(data, backend).pages or 0 for data in datas)


def whole_parse(datas: list[bytes], backend: str) -> int:
    """Front end and every shared stage and extractor: what `kamerparse parse x.pdf` does."""
    return sum(parse_bytes(data, backend=backend).source.pages or 0 for data in datas)


def best_of(fn, repeat: int) -> tuple[float, int]:
    times = []
    pages = 0
    for _ in range(repeat):
        start = time.perf_counter()
        pages = fn()
        times.append(time.perf_counter() - start)
    return min(times), pages


def memory_loop(paths: list[str], backend: str, target: int) -> None:
    """Read the PDFs round and round until ``target`` pages; print RSS along the way."""
    datas = [Path(p).read_bytes() for p in paths]
    read_pdf(datas[0], backend)  # warm up imports and caches before the first sample
    samples: list[tuple[int, float]] = [(0, _rss_mb())]
    pages = 0
    step = max(1, target // 5)
    next_sample = step
    while pages < target:
        for data in datas:
            pages += read_pdf(data, backend).pages or 0
            if pages >= next_sample:
                samples.append((pages, _rss_mb()))
                next_sample += step
    shown = ", ".join(f"{n} p: {mb:.1f}" for n, mb in samples)
    print(f"  {backend:<10} RSS MB after {shown}; peak {_peak_mb():.1f} MB over {pages} pages")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("pdfs", nargs="*", default=DEFAULT)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--pages", type=int, default=1000, help="pages for the memory loop")
    ap.add_argument("--memory-only", metavar="BACKEND", help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.memory_only:
        memory_loop(a.pdfs, a.memory_only, a.pages)
        return
    datas = [Path(p).read_bytes() for p in a.pdfs]
    kamerparse(datas, "pdfium")  # warm up both paths once
    kamerparse(datas, "pdfplumber")
    base, pages = best_of(lambda: baseline(datas), a.repeat)
    plumb, _ = best_of(lambda: kamerparse(datas, "pdfplumber"), a.repeat)
    pdfium, _ = best_of(lambda: kamerparse(datas, "pdfium"), a.repeat)
    whole_parse(datas, "pdfium")
    full_plumb, _ = best_of(lambda: whole_parse(datas, "pdfplumber"), a.repeat)
    full_pdfium, _ = best_of(lambda: whole_parse(datas, "pdfium"), a.repeat)
    print(f"{len(datas)} PDFs, {pages} pages, best of {a.repeat} rounds")
    print(f"{'':34} {'total s':>8} {'ms/page':>8} {'ratio':>6}")
    for name, t in (
        ("pdfplumber extract_words (base)", base),
        ("read_pdf backend=pdfplumber", plumb),
        ("read_pdf backend=pdfium", pdfium),
        ("whole parse backend=pdfplumber", full_plumb),
        ("whole parse backend=pdfium", full_pdfium),
    ):
        print(f"{name:34} {t:8.3f} {1000 * t / pages:8.2f} {t / base:6.3f}")
    print(f"memory over >= {a.pages} pages (each backend in a fresh process):")
    for backend in ("pdfium", "pdfplumber"):
        cmd = [sys.executable, __file__, "--memory-only", backend, "--pages", str(a.pages)]
        subprocess.run([*cmd, *a.pdfs], check=True)


if __name__ == "__main__":
    main()
