"""Fuzz the library: many mutated letters, PDFs and .docx files, each in a fresh process.

Each input is drawn from ``tests/mutate.py`` (seeded: the same seed gives the same inputs) and
parsed in a child process forked for it alone, so that the figures are per input: an
exception other than ParseError is counted and shown with its seed, a parse that takes longer
than the time limit is killed and counted as a hang, and the child's peak resident memory is
read from the kernel when it ends.

Usage: ``python benchmarks/fuzz.py [--inputs 2000] [--seed 0] [--timeout 10]``
Prints inputs tried (by kind), uncaught exceptions, hangs, and peak memory per input
(median, 99th percentile, maximum, over the process's own start-up size).
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import statistics
import sys
import time
import traceback
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tests.mutate import mutant  # noqa: E402

import kamerparse  # noqa: E402


def _parse(kind: str, data: bytes | str) -> None:
    try:
        if isinstance(data, str):
            doc = kamerparse.parse_text(data, source="fuzz.txt")
        else:
            doc = kamerparse.parse_bytes(data, source=f"fuzz.{kind}")
        doc.to_json().encode("utf-8")
    except kamerparse.ParseError:
        pass


def run_one(kind: str, data: bytes | str, timeout: float) -> tuple[str, float, int, str]:
    """(outcome, seconds, peak KB, detail) of parsing one input in a forked child."""
    read, write = os.pipe()
    start = time.monotonic()
    pid = os.fork()
    if pid == 0:  # the child: parse, report, leave without running the parent's cleanup
        os.close(read)
        code, detail = 0, b""
        try:
            _parse(kind, data)
        except BaseException:
            code, detail = 3, traceback.format_exc().encode("utf-8", "replace")[-2000:]
        os.write(write, detail)
        os._exit(code)
    os.close(write)
    status, usage, outcome = 0, None, "ok"
    while True:
        done, status, usage = os.wait4(pid, os.WNOHANG)
        if done:
            break
        if time.monotonic() - start > timeout:
            os.kill(pid, signal.SIGKILL)
            _, status, usage = os.wait4(pid, 0)
            outcome = "hang"
            break
        time.sleep(0.002)
    seconds = time.monotonic() - start
    with os.fdopen(read, "rb") as f:
        detail = f.read().decode("utf-8", "replace")
    if outcome != "hang":
        if os.WIFSIGNALED(status):
            outcome, detail = "crash", f"signal {os.WTERMSIG(status)}"
        elif os.WEXITSTATUS(status) == 3:
            outcome = "exception"
    return outcome, seconds, usage.ru_maxrss if usage else 0, detail


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--inputs", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=0, help="first seed; input i uses seed + i")
    ap.add_argument("--timeout", type=float, default=10.0, help="seconds before a hang")
    args = ap.parse_args()

    # warm up: import the PDF stack here, so that every child starts with it and the peak
    # it reports is what the input costs on top
    _parse("text", "Den Haag, 1 mei 2024\n\nEen brief.\n")
    _parse("pdf", (ROOT / "tests/data/pdf/kst-CII-G.pdf").read_bytes())
    baseline = run_one("text", "Den Haag, 1 mei 2024\n\nEen brief.\n", args.timeout)[2]

    kinds: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    peaks: list[int] = []
    worst: tuple[int, int, str, int] = (0, -1, "", 0)
    slowest = (0.0, -1)
    start = time.monotonic()
    for i in range(args.inputs):
        seed = args.seed + i
        kind, data = mutant(random.Random(seed))
        kinds[kind] += 1
        outcome, seconds, peak, detail = run_one(kind, data, args.timeout)
        outcomes[outcome] += 1
        peaks.append(peak)
        size = len(data)
        if peak > worst[0]:
            worst = (peak, seed, kind, size)
        if seconds > slowest[0]:
            slowest = (seconds, seed)
        if outcome != "ok":
            last = detail.strip().splitlines()[-1] if detail.strip() else ""
            print(f"seed {seed} ({kind}, {size:,} bytes): {outcome}: {last}", flush=True)
    elapsed = time.monotonic() - start

    mb = 1024  # ru_maxrss is in KB on Linux
    peaks.sort()
    by_kind = ", ".join(f"{k} {n}" for k, n in sorted(kinds.items()))
    print(f"inputs tried: {args.inputs:,} ({by_kind}) in {elapsed:.0f} s, "
          f"seeds {args.seed}..{args.seed + args.inputs - 1}")  # fmt: skip
    print(f"uncaught exceptions: {outcomes['exception']}")
    print(f"crashes (killed by a signal): {outcomes['crash']}")
    print(f"hangs (over {args.timeout:g} s): {outcomes['hang']}")
    print(f"slowest input: {slowest[0]:.2f} s (seed {slowest[1]})")
    print(
        f"peak memory per input: median {statistics.median(peaks) / mb:.0f} MB, "
        f"99th percentile {peaks[int(0.99 * (len(peaks) - 1))] / mb:.0f} MB, "
        f"max {worst[0] / mb:.0f} MB (seed {worst[1]}, {worst[2]}, {worst[3]:,} bytes); "
        f"a process that parses nothing: {baseline / mb:.0f} MB"
    )


if __name__ == "__main__":
    main()
