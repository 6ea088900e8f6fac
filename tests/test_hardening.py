"""Hostile and careless inputs: no hang, no crash, no lost or clobbered output."""

from __future__ import annotations

import json
import os
import signal
import tracemalloc
from pathlib import Path

import pytest

import kamerparse
from kamerparse.cli import main

DATA = Path(__file__).parent / "data"
LETTER = "web-kst-24587-689.txt"
GOOD = sorted(p.name for p in (DATA / "text").glob("*.txt"))


@pytest.fixture
def letters(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for p in (DATA / "text").glob("*.txt"):
        (d / p.name).write_bytes(p.read_bytes())
    return d


def _peak_mb(func, *args) -> float:
    tracemalloc.start()
    try:
        func(*args)
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def test_long_digit_run_after_nr_takes_linear_memory():
    # a footnote marker is a few digits: every prefix or suffix of a 20,000-digit run after
    # "nr." was once kept as a candidate marker (memory in the square of its length)
    small = _peak_mb(kamerparse.parse_text, "Zie Kamerstuk 27 925, nr. " + "1" * 10_000 + "\n")
    large = _peak_mb(kamerparse.parse_text, "Zie Kamerstuk 27 925, nr. " + "1" * 40_000 + "\n")
    assert large < 40 and large < 6 * small


# --- a worker that dies -------------------------------------------------------------------


def _die_on_three(n: int) -> int:
    if n == 3:
        os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer does
    return n * 10


def test_dead_worker_is_reported_and_the_batch_goes_on():
    from kamerparse.batch import run_parallel

    out = list(
        run_parallel(
            _die_on_three,
            range(8),
            jobs=2,
            chunksize=2,
            start_method="fork",
            on_crash=lambda n, why: f"crashed {n}: {why}",
        )
    )
    assert out[:3] == [0, 10, 20] and out[4:] == [40, 50, 60, 70]
    assert out[3].startswith("crashed 3: ") and "SIGKILL" in out[3]


def test_dead_worker_in_the_command_line_is_kind_crashed(letters, tmp_path, monkeypatch, capsys):
    import kamerparse.cli

    real = kamerparse.cli.parse_one

    def parse_one(path, backend="auto"):
        if path.endswith(LETTER):
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path, backend)

    monkeypatch.setattr(kamerparse.cli, "parse_one", parse_one)
    out, errors = tmp_path / "out", tmp_path / "errors.jsonl"
    code = main(["parse", "-q", "-j", "2", "-o", str(out), "--errors", str(errors), str(letters)])
    assert code == 1
    [line] = [json.loads(x) for x in errors.read_text().splitlines()]
    assert line["kind"] == "crashed" and line["path"].endswith(LETTER)
    assert len(list(out.iterdir())) == len(GOOD) - 1


def test_worker_memory_is_capped():
    from kamerparse.batch import run_parallel

    pytest.importorskip("resource")
    [result] = run_parallel(
        _allocate, [3 * 2**30], jobs=1, start_method="fork", memory_limit=512 * 2**20,
        on_crash=lambda n, why: why,
    )  # fmt: skip
    assert result == "MemoryError"


def _allocate(n: int) -> str:
    try:
        b = bytearray(n)
        return f"allocated {len(b)}"
    except MemoryError:
        return "MemoryError"
