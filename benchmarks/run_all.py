"""Run every speed benchmark and write one table of ratios, with the machine it came from.

    python benchmarks/run_all.py --quick     # a few minutes: fewer rounds, smaller batches
    python benchmarks/run_all.py --full      # the figures to quote (about a quarter of an hour)

Runs, in this order, each section's sides interleaved and every figure a ratio to a baseline
measured in the same run (see ``common.py`` for the rules and each script for its sides):

- ``pdf_speed.py``: kamerparse on rendered letters, official PDFs and Handelingen, against
  pypdfium2's per-character read and bare text, and pdfplumber, pdfminer.six and pdftotext;
- ``text_speed.py``: ``parse_text`` against a naive five-regex scan, the JSON output against
  the standard library's, and the start-up against ``python -c pass`` and the pypdfium2 import;
- ``extract_throughput.py``: the reference, date and period extractors on paragraph-sized
  chunks of the development letters, against the same naive scan (target: references and
  dates together at least 5 MB/s);
- ``input_scaling.py``: the time of a 2N-character input against an N one, per odd shape;
- ``batch_scale.py``: ``--jobs 2`` and a two-worker Dask cluster against ``--jobs 1``, and the
  peak memory of a long batch against a short one.

Each section runs in a fresh process of its own, so that what one leaves behind (objects the
collector must walk, a warmed or fragmented heap, imported libraries) does not weigh on the next.
Each script also runs alone. The table, headed by the machine (CPU, cores, Python, load
average), is printed and written into ``benchmarks/README.md`` between the markers
``<!-- run_all: begin -->`` and ``<!-- run_all: end -->`` (``--no-write``: print only).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import batch_scale
import extract_throughput
import input_scaling
import pdf_speed
import text_speed
from common import ROOT, Row, format_table, load_average, machine

HERE = Path(__file__).resolve().parent
BEGIN, END = "<!-- run_all: begin -->", "<!-- run_all: end -->"


def scaling_rows(quick: bool) -> list[Row]:
    chars, repeat = (50_000, 3) if quick else (200_000, 5)
    before = load_average()
    seed = ROOT / "samples" / "seed" / "kst-27925-963.txt"
    results = input_scaling.scaling(chars, repeat, seed)
    load = (before, load_average())
    section = f"input scaling: 2N against N = {chars:,} characters, {repeat} rounds each"
    worst = sorted(results, key=lambda r: -r[3])
    rows = []
    for name, small, large, _ratio in worst[:3]:
        rows.append(
            Row(
                section,
                f"2N, {name}",
                f"N, {name}",
                [large],
                [small],
                target="<= 3",
                note="worst shapes first; 2 is linear, 4 quadratic",
                load=load,
            )
        )
    median = statistics.median(r[3] for r in results)
    rows[-1].note += f"; median of all {len(results)} shapes {median:.2f}"
    return rows


def header(mode: str, started: float, load_start: float) -> str:
    m = machine()
    now = datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"Measured {now} with `python benchmarks/run_all.py --{mode}` "
        f"({time.perf_counter() - started:.0f} s).\n\n"
        f"Machine: {m['cpu']}, {m['cores']} cores available, Python {m['python']}, "
        f"{m['platform']}; load average (1 min) {load_start:.2f} at the start, "
        f"{load_average():.2f} at the end (other users' work: see each row's load).\n\n"
        "Every ratio is the median of paired ratios (side / baseline in the same round); "
        "'ratio range' is their minimum and maximum. Times are per page, MB or document "
        "where a unit is given. 'met' compares the ratio with the target.\n"
    )


def write_readme(text: str) -> Path:
    readme = HERE / "README.md"
    old = readme.read_text(encoding="utf-8") if readme.exists() else ""
    block = f"{BEGIN}\n{text}\n{END}"
    if BEGIN in old and END in old:
        new = old[: old.index(BEGIN)] + block + old[old.index(END) + len(END) :]
    else:
        new = old.rstrip() + ("\n\n" if old else "") + "## Results\n\n" + block + "\n"
    readme.write_text(new, encoding="utf-8")
    return readme


PARTS = ("pdf", "text", "extract", "scaling", "batch")


def run_part(name: str, quick: bool) -> list[Row]:
    """One section's rows, measured in this process."""
    parts = {
        "pdf": lambda: pdf_speed.run(quick),
        "text": lambda: text_speed.run(quick),
        "extract": lambda: extract_throughput.run(quick),
        "scaling": lambda: scaling_rows(quick),
        "batch": lambda: batch_scale.run(quick),
    }
    return parts[name]()


def run_part_isolated(name: str, quick: bool) -> list[Row]:
    """One section's rows, measured in a fresh process (see the module docstring)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "rows.jsonl"
        mode = "--quick" if quick else "--full"
        subprocess.run([sys.executable, __file__, mode, "--part", name, str(out)], check=True)
        rows = []
        for line in out.read_text(encoding="utf-8").splitlines():
            d = json.loads(line)
            d["load"] = tuple(d["load"])
            rows.append(Row(**d))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    mode = ap.add_mutually_exclusive_group(required=True)
    mode.add_argument("--quick", action="store_true", help="a few minutes")
    mode.add_argument("--full", action="store_true", help="the figures to quote")
    ap.add_argument("--no-write", action="store_true", help="print the table only")
    ap.add_argument(
        "--skip",
        action="append",
        default=[],
        metavar="PART",
        choices=PARTS,
        help="leave a part out",
    )
    # one section, its rows written as JSON lines to a file: how each runs in its own process
    ap.add_argument("--part", nargs=2, metavar=("PART", "FILE"), help=argparse.SUPPRESS)
    a = ap.parse_args()
    quick = a.quick
    if a.part:
        name, path = a.part
        rows = run_part(name, quick)
        Path(path).write_text(
            "".join(json.dumps(dataclasses.asdict(r)) + "\n" for r in rows), encoding="utf-8"
        )
        return 0
    started, load_start = time.perf_counter(), load_average()
    rows: list[Row] = []
    for name in PARTS:
        if name in a.skip:
            continue
        print(f"== {name} ({time.perf_counter() - started:.0f} s so far)", flush=True)
        rows += run_part_isolated(name, quick)
    text = header("quick" if quick else "full", started, load_start) + "\n" + format_table(rows)
    print(text)
    if not a.no_write:
        print(f"written to {write_readme(text)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
