"""How fast are ``parse_text``, the JSON output and the command's start-up, next to their floors?

    python benchmarks/text_speed.py [--quick] [--rounds N] [--cpu]

Three sections, each with its sides interleaved and every figure a ratio to a baseline
measured in the same rounds (see ``common.py``):

- ``parse_text``: every real text of ``shared/dev`` (web pages, PDF text), the seed and the
  samples' web texts, against a naive scan of the same texts with five compiled regexes (a
  date, a Kamerstuk citation, a digit glued to a word, a "nr." number, a chamber name): the
  least a reader that finds anything in the text must do. Target: at most 6x.
- ``JSON out``: the documents of those texts written as the command writes them, pretty
  (``to_json()``, the default) and compact (``to_json(None)``, ``--compact`` and JSON Lines),
  against the standard library's way, ``json.dumps(dataclasses.asdict(doc), indent=1)``.
- ``start-up``: ``python -c pass``, ``python -c "import pypdfium2"``, ``import kamerparse``,
  ``kamerparse --help`` and ``kamerparse parse`` of the seed, as fresh processes, against
  ``python -c pass``; ``--help`` also against the pypdfium2 import (target: at most 2.5x).

``--cpu`` times the first two sections by the CPU time of this process instead of wall time:
steadier where others share the machine (the start-up section times other processes, by wall).
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import contextlib

from common import (
    ROOT,
    SHARED,
    Row,
    interleaved,
    load_average,
    print_rows,
    rows_against,
    subprocess_seconds,
)

NAIVE = [
    re.compile(
        r"\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|"
        r"oktober|november|december) \d{4}\b"
    ),
    re.compile(r"Kamerstuk(?:ken)? \d{2} ?\d{3}(?:-[A-Z]+)?, nr\. \d+"),
    re.compile(r"(?<=[^\W\d_])\d{1,3}\b"),
    re.compile(r"\bnr\. \d+"),
    re.compile(r"(?:Tweede|Eerste) Kamer"),
]


def texts() -> list[str]:
    files = [
        *sorted((SHARED / "dev/pages").glob("*.txt")),
        *sorted((SHARED / "dev/pdftext").glob("*.txt")),
        *sorted((SHARED / "seed").glob("*.txt")),
        *sorted((ROOT / "samples/web").glob("*.txt")),
    ]
    return [f.read_text(encoding="utf-8") for f in files]


def naive_scan(items: list[str]) -> int:
    return sum(len(rx.findall(t)) for t in items for rx in NAIVE)


def parse_all(items: list[str]) -> None:
    from kamerparse import ParseError, parse_text

    for t in items:
        with contextlib.suppress(ParseError):
            parse_text(t)


def _cpu_note(clock: Callable[[], float]) -> str:
    return ", CPU time" if clock is time.process_time else ""


def run_parse(
    quick: bool, rounds: int, clock: Callable[[], float] = time.perf_counter
) -> list[Row]:
    items = texts()
    mb = sum(len(t.encode("utf-8")) for t in items) / 1e6
    section = f"parse_text ({len(items)} texts, {mb:.2f} MB{_cpu_note(clock)})"
    before = load_average()
    times = interleaved(
        {
            "naive scan, five regexes": lambda: naive_scan(items),
            "kamerparse parse_text": lambda: parse_all(items),
        },
        rounds,
        clock=clock,
    )
    return rows_against(
        section,
        times,
        "naive scan, five regexes",
        (before, load_average()),
        mb,
        "MB",
        {"kamerparse parse_text": "<= 6"},
    )


def run_json(quick: bool, rounds: int, clock: Callable[[], float] = time.perf_counter) -> list[Row]:
    from kamerparse import ParseError, parse_text

    docs = []
    for t in texts():
        with contextlib.suppress(ParseError):
            docs.append(parse_text(t))
    section = f"JSON out ({len(docs)} documents{_cpu_note(clock)})"
    old = "json.dumps(asdict(doc), indent=1)"
    before = load_average()
    times = interleaved(
        {
            old: lambda: [
                json.dumps(dataclasses.asdict(d), ensure_ascii=False, indent=1) for d in docs
            ],
            "doc.to_json() (pretty, the default)": lambda: [d.to_json() for d in docs],
            "doc.to_json(None) (compact, JSON Lines)": lambda: [d.to_json(None) for d in docs],
        },
        rounds,
        clock=clock,
    )
    return rows_against(section, times, old, (before, load_average()), len(docs), "document")


def kamerparse_command() -> list[str]:
    """The installed console script if there is one (what a user runs), else ``-m``."""
    script = Path(sys.executable).parent / "kamerparse"
    return [str(script)] if script.exists() else [sys.executable, "-m", "kamerparse"]


def run_startup(quick: bool, rounds: int) -> list[Row]:
    py, kp = sys.executable, kamerparse_command()
    seed = ROOT / "samples/seed/kst-27925-963.txt"
    sides = {
        "python -c pass": [py, "-c", "pass"],
        "python -c 'import pypdfium2'": [py, "-c", "import pypdfium2"],
        "python -c 'import kamerparse'": [py, "-c", "import kamerparse"],
        "kamerparse --help": [*kp, "--help"],
        "kamerparse parse seed letter": [*kp, "parse", str(seed)],
    }
    section = "start-up (fresh processes)"
    before = load_average()
    times = interleaved({k: (lambda c=c: subprocess_seconds(c)) for k, c in sides.items()}, rounds)
    load = (before, load_average())
    rows = rows_against(section, times, "python -c pass", load)
    pair = {
        "kamerparse --help, vs import pypdfium2": times["kamerparse --help"],
        "python -c 'import pypdfium2'": times["python -c 'import pypdfium2'"],
    }
    rows += rows_against(
        section,
        pair,
        "python -c 'import pypdfium2'",
        load,
        targets={"kamerparse --help, vs import pypdfium2": "<= 2.5"},
    )[:1]
    return rows


def run(quick: bool, rounds: int | None = None, cpu: bool = False) -> list[Row]:
    r = rounds or (5 if quick else 11)
    clock = time.process_time if cpu else time.perf_counter
    return [*run_parse(quick, r, clock), *run_json(quick, r, clock), *run_startup(quick, 2 * r)]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="fewer rounds")
    ap.add_argument("--rounds", type=int, help="rounds of each side (default 5 quick, 11 full)")
    ap.add_argument("--cpu", action="store_true", help="CPU time of this process, not wall")
    a = ap.parse_args()
    print_rows(run(a.quick, a.rounds, a.cpu))


if __name__ == "__main__":
    main()
