"""Throughput of the citation and date extractors on real letter text, on one core.

Loads every letter in ``shared/dev/pages``, ``shared/dev/pdftext`` and ``shared/seed``,
collapses whitespace, cuts the text into paragraph-sized chunks, repeats them to at least
5 MB and prints MB/s (UTF-8 megabytes) for ``find_references``, ``find_dates``,
``find_periods``, references and dates together (the figure the target names) and all three
together (what the pipeline runs on every paragraph).

Usage: ``python benchmarks/extract_throughput.py [--shared DIR] [--mb 5] [--rounds 3] [--repeat 1]
[--cpu] [--parts]``

The machine may be shared: ``--repeat N`` measures N times and prints the median and the lowest
figure of each line too; ``--cpu`` measures the CPU time of this process instead of wall time,
which other work on the machine disturbs far less. To compare two versions, run this under each
in turn (``PYTHONPATH`` pointing at the other checkout's ``src``) and compare the figures of
the same run.

``--parts`` prints instead where the time goes: the CPU milliseconds per MB of each part of
``find_references`` (every paper scanner with its gate, the gates alone, the finders by name)
and of ``find_dates`` (the month-name search), each part run on its own over all chunks, the
parts taking turns round by round, and what the whole costs beyond the sum of its parts.
"""

from __future__ import annotations

import argparse
import datetime
import re
import statistics
import time
from collections.abc import Callable
from pathlib import Path

from common import SHARED, Row, interleaved, load_average, rows_against
from kamerparse.extract import references
from kamerparse.extract._find import has_digit
from kamerparse.extract.dates import find_dates, month_key_positions
from kamerparse.extract.eu import find_eu_legislation
from kamerparse.extract.laws import find_laws
from kamerparse.extract.members import find_member_papers
from kamerparse.extract.periods import find_periods
from kamerparse.extract.references import find_references
from kamerparse.extract.urls import find_urls
from text_speed import naive_scan

ROOT = Path(__file__).resolve().parent.parent
LETTER_DATE = datetime.date(2020, 6, 30)
CHUNK = 600  # characters: about one paragraph of a letter
TARGET_MB_S = 5.0


def load_chunks(shared: Path) -> list[str]:
    """Paragraph-sized chunks of all letter text, whitespace collapsed, cut at word ends."""
    files = [
        *sorted((shared / "dev" / "pages").glob("*.txt")),
        *sorted((shared / "dev" / "pdftext").glob("*.txt")),
        *sorted((shared / "seed").glob("*.txt")),
    ]
    chunks = []
    for path in files:
        text = re.sub(r"\s+", " ", path.read_text(encoding="utf-8")).strip()
        start = 0
        while start < len(text):
            end = text.find(" ", start + CHUNK)
            end = len(text) if end < 0 else end
            chunks.append(text[start:end])
            start = end + 1
    return chunks


def repeat_to(chunks: list[str], megabytes: float) -> list[str]:
    """The chunks repeated until they hold at least ``megabytes`` of UTF-8 text."""
    size = sum(len(c.encode()) for c in chunks)
    times = max(1, int(megabytes * 1e6 / size) + 1)
    return chunks * times


def measure(
    fn: Callable[[str], object],
    chunks: list[str],
    rounds: int,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    """Best-of-``rounds`` MB/s of ``fn`` over all chunks, timed by ``clock``."""
    size = sum(len(c.encode()) for c in chunks) / 1e6
    best = float("inf")
    for _ in range(rounds):
        t0 = clock()
        for chunk in chunks:
            fn(chunk)
        best = min(best, clock() - t0)
    return size / best


def run(quick: bool, rounds: int | None = None) -> list[Row]:
    """The extractors against the naive five-regex scan, interleaved and timed by this
    process's CPU time: the section for ``run_all.py``. The target (references and dates
    together at least 5 MB/s on one core) is absolute, so it is in the note with each side's
    median MB/s."""
    chunks = repeat_to(load_chunks(SHARED), 1.0 if quick else 3.0)
    mb = sum(len(c.encode()) for c in chunks) / 1e6
    sides = {"naive scan, five regexes": lambda: naive_scan(chunks)}
    for name, fn in _sides().items():
        sides[name] = lambda fn=fn: _each(fn, chunks)
    before = load_average()
    # CPU time of this process: the target is per core, and on a shared machine wall time
    # also counts the time other processes hold the core (both sides alike, the ratio aside)
    times = interleaved(sides, rounds or (3 if quick else 7), clock=time.process_time)
    notes = {
        name: f"median {mb / statistics.median(t):.1f} MB/s"
        for name, t in times.items()
        if name != "naive scan, five regexes"
    }
    notes["references + dates"] += f" (target >= {TARGET_MB_S:g} MB/s: " + (
        "met)" if mb / statistics.median(times["references + dates"]) >= TARGET_MB_S else "not met)"
    )
    section = f"extractors ({len(chunks)} paragraph-sized chunks, {mb:.1f} MB, CPU time)"
    return rows_against(
        section, times, "naive scan, five regexes", (before, load_average()), mb, "MB", None, notes
    )


def _each(fn: Callable[[str], object], chunks: list[str]) -> None:
    # each result dropped at once, as a paragraph's are kept only with its document: a list of
    # every result would make the collector walk millions of live objects and time that too
    for chunk in chunks:
        fn(chunk)


def _sides() -> dict[str, Callable[[str], object]]:
    return {
        "find_references": find_references,
        "find_dates": lambda t: find_dates(t, LETTER_DATE),
        "find_periods": lambda t: find_periods(t, LETTER_DATE),
        "references + dates": lambda t: (find_references(t), find_dates(t, LETTER_DATE)),
        "all three": lambda t: (
            find_references(t),
            find_dates(t, LETTER_DATE),
            find_periods(t, LETTER_DATE),
        ),
    }


def _parts() -> dict[str, dict[str, Callable[[str], object]]]:
    """The parts of each extractor that ``--parts`` times, by whole."""
    scanners: dict[str, Callable[[str], object]] = {}
    for gate, scan in references._SCANNERS:
        # as find_references runs them: only on a text with a digit, each behind its gate
        scanners[scan.__name__] = lambda t, gate=gate, scan=scan: (
            has_digit(t) and gate(t) and list(scan(t))
        )
    gates = [gate for gate, _ in references._SCANNERS]
    return {
        "find_references": {
            **scanners,
            "the gates alone": lambda t: has_digit(t) and [gate(t) for gate in gates],
            "find_laws": find_laws,
            "find_eu_legislation": find_eu_legislation,
            "find_urls": find_urls,
            "find_member_papers": lambda t: find_member_papers(t, []),
        },
        "find_dates": {"month_key_positions": lambda t: has_digit(t) and month_key_positions(t)},
    }


def profile_parts(chunks: list[str], rounds: int) -> None:
    """Print the CPU ms per MB of every part and whole (see ``--parts``)."""
    mb = sum(len(c.encode()) for c in chunks) / 1e6
    sides: dict[str, Callable[[], object]] = {}
    wholes = _sides()
    for whole, parts in _parts().items():
        for name, fn in (*parts.items(), (whole, wholes[whole])):
            sides[name] = lambda fn=fn: _each(fn, chunks)
    times = interleaved(sides, rounds, clock=time.process_time)
    cost = {name: 1000 * statistics.median(t) / mb for name, t in times.items()}
    for whole, parts in _parts().items():
        print(f"{whole:32} {cost[whole]:7.1f} ms/MB")
        for name in parts:
            print(f"  {name:30} {cost[name]:7.1f}")
        outside = cost[whole] - sum(cost[name] for name in parts if name != "the gates alone")
        print(f"  {'beyond the parts':30} {outside:7.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--mb", type=float, default=5.0, help="text to process per round")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--repeat", type=int, default=1, help="measurements, for median and min")
    parser.add_argument("--cpu", action="store_true", help="CPU time of this process, not wall")
    parser.add_argument("--parts", action="store_true", help="CPU ms/MB of each part, no MB/s")
    args = parser.parse_args()
    clock = time.process_time if args.cpu else time.perf_counter

    chunks = repeat_to(load_chunks(args.shared), args.mb)
    if args.parts:
        profile_parts(chunks, max(5, args.rounds))
        return
    size = sum(len(c.encode()) for c in chunks) / 1e6
    kind = "CPU time" if args.cpu else "wall time"
    print(f"{len(chunks)} chunks, {size:.1f} MB per round, best of {args.rounds}, {kind}")

    sides = _sides()
    runs: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(args.repeat):
        for name, fn in sides.items():
            runs[name].append(measure(fn, chunks, args.rounds, clock))
            print(f"{name:22}  {runs[name][-1]:8.1f} MB/s")
    if args.repeat > 1:
        for name, figures in runs.items():
            print(
                f"{name:22}  median {statistics.median(figures):5.1f}  lowest {min(figures):5.1f}"
                f"  highest {max(figures):5.1f} MB/s over {len(figures)} runs"
            )


if __name__ == "__main__":
    main()
