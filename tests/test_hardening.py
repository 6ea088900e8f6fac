"""Hostile and careless inputs: no hang, no crash, no lost or clobbered output."""

from __future__ import annotations

import tracemalloc

import kamerparse


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
