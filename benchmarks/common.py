"""What every benchmark here shares: interleaved timing, ratios to a baseline, the machine.

The rules the figures follow, so that a reader on a shared, noisy machine can trust them:

- every figure is a ratio to a named baseline measured in the same run, not a bare time;
- the sides are interleaved (A B C, then C B A, ...), so a burst of load from elsewhere hits
  them alike, and each round gives one paired ratio (side / baseline of that round);
- rounds are repeated; the table gives each side's median and minimum time and the median of
  its paired ratios, with the range of those ratios beside it;
- the machine is named with each table: CPU, cores, Python, load average before and after.
"""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


@dataclass
class Row:
    """One line of a results table: a side's times against its baseline's, round by round."""

    section: str
    name: str
    baseline: str  # the name of the baseline row ("" for the baseline itself)
    times: list[float]
    base_times: list[float]
    per: float = 1.0  # the unit the times are divided by (pages, MB, documents), for ms/unit
    unit: str = ""
    target: str = ""  # e.g. "<= 0.6": the ratio the project aims at
    note: str = ""
    load: tuple[float, float] = (0.0, 0.0)  # 1-minute load average before and after
    raw_unit: str = ""  # the times are not seconds but this unit (e.g. MB), shown as they are

    @property
    def median(self) -> float:
        return statistics.median(self.times)

    @property
    def best(self) -> float:
        return min(self.times)

    @property
    def ratios(self) -> list[float]:
        return [t / max(b, 1e-12) for t, b in zip(self.times, self.base_times, strict=True)]

    @property
    def ratio(self) -> float:
        return statistics.median(self.ratios)

    def met(self) -> str:
        """'yes' or 'no' against the target ('' without one)."""
        if not self.target:
            return ""
        op, value = self.target.split()
        ok = self.ratio <= float(value) if op == "<=" else self.ratio >= float(value)
        return "yes" if ok else "no"


def load_average() -> float:
    try:
        return os.getloadavg()[0]
    except OSError:
        return float("nan")


def interleaved(
    sides: dict[str, Callable[[], object]],
    rounds: int,
    warm_up: bool = True,
    clock: Callable[[], float] = time.perf_counter,
) -> dict[str, list[float]]:
    """Wall seconds of each side, ``rounds`` times, the sides taking turns (``clock``
    ``time.process_time``: the CPU seconds of this process, steadier on a shared machine).

    The order is reversed every other round (A B C, C B A), so no side always runs right
    after the same neighbour. One warm-up call of each side first (imports, caches, disk).
    """
    if warm_up:
        for fn in sides.values():
            fn()
    times: dict[str, list[float]] = {name: [] for name in sides}
    order = list(sides.items())
    for r in range(rounds):
        for name, fn in order if r % 2 == 0 else reversed(order):
            start = clock()
            fn()
            times[name].append(clock() - start)
    return times


def rows_against(
    section: str,
    times: dict[str, list[float]],
    baseline: str,
    load: tuple[float, float],
    per: float = 1.0,
    unit: str = "",
    targets: dict[str, str] | None = None,
    notes: dict[str, str] | None = None,
) -> list[Row]:
    """One row per side, each against ``baseline`` (whose own row has ratio 1)."""
    targets, notes = targets or {}, notes or {}
    base = times[baseline]
    return [
        Row(
            section,
            name,
            "" if name == baseline else baseline,
            t,
            base,
            per,
            unit,
            targets.get(name, ""),
            notes.get(name, ""),
            load,
        )
        for name, t in times.items()
    ]


def skipped(section: str, name: str, why: str) -> Row:
    """A row for a side that could not run here, with the reason."""
    return Row(section, name, "", [0.0], [1.0], note=f"skipped: {why}")


def machine() -> dict[str, str]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return {
        "cpu": cpu,
        "cores": str(cores),
        "python": sys.version.split()[0],
        "platform": platform.platform(),
    }


def format_table(rows: list[Row]) -> str:
    """A Markdown table of the rows (a skipped side shows its reason only)."""
    head = (
        "section",
        "measurement",
        "median",
        "min",
        "ratio",
        "ratio range",
        "baseline",
        "target",
        "met",
        "load 1 min",
        "note",
    )
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        if r.note.startswith("skipped"):
            cells = [r.section, r.name, "", "", "", "", "", r.target, "", "", r.note]
        else:
            unit = f" {r.raw_unit}" if r.raw_unit else f" ms/{r.unit}" if r.unit else " s"
            scale = 1000 / r.per if r.unit and not r.raw_unit else 1.0
            lo, hi = min(r.ratios), max(r.ratios)
            cells = [
                r.section,
                r.name,
                f"{r.median * scale:.3g}{unit}",
                f"{r.best * scale:.3g}{unit}",
                f"{r.ratio:.2f}" if r.baseline else "1 (baseline)",
                f"{lo:.2f}–{hi:.2f}" if r.baseline else "",
                r.baseline,
                r.target,
                r.met(),
                f"{r.load[0]:.2f} → {r.load[1]:.2f}",
                r.note,
            ]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)


def print_rows(rows: list[Row]) -> None:
    print(format_table(rows), flush=True)


def subprocess_seconds(cmd: list[str], env: dict[str, str] | None = None) -> float:
    """Wall seconds of one command run to its end, output discarded."""
    start = time.perf_counter()
    subprocess.run(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env, check=False)
    return time.perf_counter() - start
