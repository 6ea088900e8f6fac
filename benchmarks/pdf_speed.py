"""How fast is kamerparse on PDFs, next to the least any PDF text reader must do and next to
the tools a user would otherwise pick?

    python benchmarks/pdf_speed.py [--quick] [--rounds N] [--cpu] [--memory PAGES]

Three groups of real PDFs, each timed on its own (all from ``shared/``):
- ``letters (rendered)``: the dev letters set in the Kamerstuk layout (``dev/pdf``);
- ``official PDFs``: the Aanhangsel PDFs and the motie PDF as published, and the ministry
  letters (``corpus/raw/LearningLion``, ``corpus/raw/parlementaire-monitor``,
  ``dev/ministry/pdf``);
- ``Handelingen``: the two plenary reports (``corpus/raw/pythonpoet-tweede-kamer``), one
  text object per word.

In each group the sides take turns (see ``common.py``), and every figure is a ratio to the
baseline measured in the same rounds, the per-character read:
- ``pypdfium2 bare text``: ``textpage.get_text_range()`` for every page: the text and nothing
  else, the floor of any pdfium-based reader;
- ``pypdfium2 per-char box+size`` (the baseline): for every character its box and its font
  size, the least a reader that sees layout must ask for;
- ``kamerparse front end``: ``read_pdf`` (back end, lines, roles, markers, flags);
- ``kamerparse whole parse``: ``parse_bytes``, front end and every stage and extractor;
- other tools, on the group's first PDFs in ``--quick`` mode (with their own baseline rows):
  pdfplumber ``page.extract_text()``, pdfminer.six ``extract_text``, and poppler's
  ``pdftotext`` (a process per PDF, as it is used); each is skipped, with the reason printed,
  where it is not installed.

``--cpu``: the sides of each group are timed by this process's CPU time
(``time.process_time``) rather than wall time, steadier where other work shares the machine
(the other tools keep wall time: ``pdftotext`` runs as a process of its own).

``--memory PAGES``: afterwards, in a fresh process, read the PDFs round and round for PAGES
pages and print the resident set size along the way (a flat curve: handles are closed).
A script, not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import ctypes
import glob
import importlib.util
import io
import resource
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from kamerparse.api import parse_bytes
from kamerparse.frontends.pdf import read_pdf

sys.path.insert(0, str(Path(__file__).resolve().parent))
from common import SHARED, Row, interleaved, load_average, print_rows, rows_against, skipped

RAW = SHARED / "corpus" / "raw"
GROUPS = {
    "letters (rendered)": [str(SHARED / "dev/pdf/*.pdf")],
    "official PDFs": [
        str(RAW / "LearningLion/*.pdf"),
        str(RAW / "parlementaire-monitor/*.pdf"),
        str(SHARED / "dev/ministry/pdf/*.pdf"),
    ],
    "Handelingen": [str(RAW / "pythonpoet-tweede-kamer/*.pdf")],
}
BASELINE = "pypdfium2 per-char box+size"
TARGETS = {
    "letters (rendered)": {"kamerparse whole parse": "<= 0.6"},
    "official PDFs": {"kamerparse whole parse": "<= 0.6"},
    "Handelingen": {"kamerparse whole parse": "<= 1.0"},
}


def group_files(patterns: list[str]) -> list[str]:
    return [p for pattern in patterns for p in sorted(glob.glob(pattern))]


def bare_text(datas: list[bytes]) -> None:
    for data in datas:
        doc = pdfium.PdfDocument(data)
        try:
            for page in doc:
                textpage = page.get_textpage()
                textpage.get_text_range()
                textpage.close()
                page.close()
        finally:
            doc.close()


def per_char(datas: list[bytes]) -> None:
    """Each character's box and font size: one call each, the least a layout reader asks."""
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    get_box, get_size = pdfium_c.FPDFText_GetCharBox, pdfium_c.FPDFText_GetFontSize
    for data in datas:
        doc = pdfium.PdfDocument(data)
        try:
            for page in doc:
                textpage = page.get_textpage()
                raw = textpage.raw
                for i in range(pdfium_c.FPDFText_CountChars(raw)):
                    get_box(raw, i, left, right, bottom, top)
                    get_size(raw, i)
                textpage.close()
                page.close()
        finally:
            doc.close()


def front_end(datas: list[bytes]) -> None:
    for data in datas:
        read_pdf(data)


def whole_parse(datas: list[bytes]) -> None:
    for data in datas:
        parse_bytes(data)


def pdfplumber_text(datas: list[bytes]) -> None:
    import pdfplumber

    for data in datas:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            for page in pdf.pages:
                page.extract_text()


def pdfminer_text(datas: list[bytes]) -> None:
    from pdfminer.high_level import extract_text

    for data in datas:
        extract_text(io.BytesIO(data))


def pdftotext(paths: list[str]) -> None:
    for path in paths:
        subprocess.run(["pdftotext", "-q", path, "-"], stdout=subprocess.DEVNULL, check=False)


def pages_of(datas: list[bytes]) -> int:
    total = 0
    for data in datas:
        doc = pdfium.PdfDocument(data)
        total += len(doc)
        doc.close()
    return total


def other_tools(paths: list[str], datas: list[bytes]) -> tuple[dict[str, Callable], list[str]]:
    """The tools a user would otherwise pick that are installed here; why the others are not."""
    sides: dict[str, Callable[[], object]] = {}
    missing: list[str] = []
    if importlib.util.find_spec("pdfplumber"):
        import pdfplumber  # noqa: F401  (imported here, not in the first timed call)

        sides["pdfplumber extract_text"] = lambda: pdfplumber_text(datas)
    else:
        missing.append("pdfplumber extract_text: not installed (pip install pdfplumber)")
    if importlib.util.find_spec("pdfminer"):
        import pdfminer.high_level  # noqa: F401

        sides["pdfminer.six extract_text"] = lambda: pdfminer_text(datas)
    else:
        missing.append("pdfminer.six extract_text: not installed (pip install pdfminer.six)")
    if shutil.which("pdftotext"):
        sides["poppler pdftotext (a process per PDF)"] = lambda: pdftotext(paths)
    else:
        missing.append("poppler pdftotext (a process per PDF): not on PATH (poppler-utils)")
    return sides, missing


def run(quick: bool, rounds: int | None = None, cpu: bool = False) -> list[Row]:
    rounds = rounds or (5 if quick else 9)
    clock = time.process_time if cpu else time.perf_counter
    rows: list[Row] = []
    for group, patterns in GROUPS.items():
        paths = group_files(patterns)
        if not paths:
            rows.append(skipped(f"PDF: {group}", "all", "no PDFs found under " + str(SHARED)))
            continue
        datas = [Path(p).read_bytes() for p in paths]
        pages = pages_of(datas)
        section = f"PDF: {group} ({len(paths)} PDFs, {pages} pages)"
        sides: dict[str, Callable[[], object]] = {
            BASELINE: lambda d=datas: per_char(d),
            "pypdfium2 bare text": lambda d=datas: bare_text(d),
            "kamerparse front end": lambda d=datas: front_end(d),
            "kamerparse whole parse": lambda d=datas: whole_parse(d),
        }
        before = load_average()
        times = interleaved(sides, rounds, clock=clock)
        load = (before, load_average())
        rows += rows_against(section, times, BASELINE, load, pages, "page", TARGETS[group])
        # the bare text read as a second yardstick for the whole parse
        bare = times["pypdfium2 bare text"]
        vs_bare = {
            "kamerparse whole parse, vs bare text": times["kamerparse whole parse"],
            "pypdfium2 bare text": bare,
        }
        rows += rows_against(
            section,
            vs_bare,
            "pypdfium2 bare text",
            load,
            pages,
            "page",
            {"kamerparse whole parse, vs bare text": "<= 2.5"},
        )[:1]
        # the slower tools: on the group's first PDFs (8 pages or more) in quick mode, with
        # their own baseline
        some = paths
        if quick:
            count = [pages_of(datas[: k + 1]) for k in range(len(paths))]
            some = paths[: next((k + 1 for k, n in enumerate(count) if n >= 8), len(paths))]
        some_datas = datas[: len(some)]
        tools, missing = other_tools(some, some_datas)
        tool_section = f"PDF: {group}, other tools ({len(some)} PDFs, {pages_of(some_datas)} pages)"
        tool_sides = {
            BASELINE: lambda d=some_datas: per_char(d),
            "kamerparse whole parse": lambda d=some_datas: whole_parse(d),
            **tools,
        }
        before = load_average()
        # the tools are slow: in quick mode two rounds and no warm-up (they are imported
        # already), at most five rounds in full mode
        times = interleaved(tool_sides, 2 if quick else min(rounds, 5), warm_up=not quick)
        rows += rows_against(
            tool_section, times, BASELINE, (before, load_average()), pages_of(some_datas), "page"
        )
        rows += [skipped(tool_section, *m.split(": ", 1)) for m in missing]
    return rows


def _rss_mb() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def memory_loop(paths: list[str], target: int) -> None:
    """Read the PDFs round and round until ``target`` pages; print RSS along the way."""
    datas = [Path(p).read_bytes() for p in paths]
    read_pdf(datas[0])  # imports and caches before the first sample
    samples = [(0, _rss_mb())]
    pages, step = 0, max(1, target // 5)
    next_sample = step
    while pages < target:
        for data in datas:
            pages += read_pdf(data).pages or 0
            if pages >= next_sample:
                samples.append((pages, _rss_mb()))
                next_sample += step
    print("RSS MB after " + ", ".join(f"{n} pages: {mb:.1f}" for n, mb in samples))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer rounds, other tools on 4 PDFs")
    ap.add_argument("--rounds", type=int, help="rounds of each side (default 5 quick, 9 full)")
    ap.add_argument("--cpu", action="store_true", help="time the groups by CPU, not wall time")
    ap.add_argument("--memory", type=int, metavar="PAGES", help="then the memory loop")
    ap.add_argument("--memory-only", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    every = [p for patterns in GROUPS.values() for p in group_files(patterns)]
    if a.memory_only:
        memory_loop(every, a.memory_only)
        return
    print_rows(run(a.quick, a.rounds, a.cpu))
    if a.memory:
        cmd = [sys.executable, __file__, "--memory-only", str(a.memory)]
        subprocess.run(cmd, check=True)


if __name__ == "__main__":
    main()
