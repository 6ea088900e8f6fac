"""Many inputs, many processes, nothing lost.

``parse_many`` is the library form: it yields one ``Result`` per input, in input order, as soon
as it is done, with at most ``jobs * 4`` inputs in flight (memory stays bounded however long the
input list is). Errors are results too, so one bad file never stops a batch.
"""

from __future__ import annotations

import glob
import itertools
import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import TypeVar

from .api import parse_file
from .errors import ParseError
from .model import Document

INPUT_SUFFIXES = (".txt", ".pdf", ".text", ".docx", ".xml")
T = TypeVar("T")
R = TypeVar("R")


@dataclass(slots=True)
class Result:
    """The outcome for one input: a document, or an error kind and message."""

    path: str
    document: Document | None = None
    error_kind: str | None = None
    error: str | None = None

    @property
    def ok(self) -> bool:
        return self.document is not None


def expand_inputs(
    items: Iterable[str], suffixes: tuple[str, ...] = INPUT_SUFFIXES
) -> Iterator[str]:
    """Files as given; directories searched recursively by suffix; glob patterns expanded.

    Directory listings are sorted, so a batch visits files in the same order every run.
    """
    for path, _ in expand_inputs_with_base(items, suffixes):
        yield path


def expand_inputs_with_base(
    items: Iterable[str], suffixes: tuple[str, ...] = INPUT_SUFFIXES
) -> Iterator[tuple[str, str | None]]:
    """Like ``expand_inputs``, with the directory each file was found under (None if named)."""
    for item in items:
        p = Path(item)
        if p.is_dir():
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for name in sorted(files):
                    if name.lower().endswith(suffixes):
                        yield os.path.join(root, name), item
        elif not p.exists() and glob.has_magic(item):
            for path in sorted(glob.glob(item, recursive=True)):
                if os.path.isfile(path):
                    yield path, None
        else:
            yield item, None


def parse_one(path: str, backend: str = "auto", ocr: bool = False) -> Result:
    """Parse one file into a Result; never raises for bad input."""
    try:
        return Result(path, document=parse_file(path, backend=backend, ocr=ocr))
    except ParseError as e:
        return Result(path, error_kind=e.kind, error=e.message)
    except RecursionError:
        return Result(path, error_kind="internal", error="input nested too deeply")
    except Exception as e:  # a parser bug must not stop the batch; it is reported per file
        return Result(path, error_kind="internal", error=f"{type(e).__name__}: {e}")


def _parse_one_star(args: tuple[str, str]) -> Result:
    return parse_one(*args)


def _call_chunk(args: tuple[Callable[[T], R], list[T]]) -> list[R]:
    func, chunk = args
    return [func(item) for item in chunk]


def run_parallel(
    func: Callable[[T], R],
    items: Iterable[T],
    jobs: int | None = None,
    window: int = 8,
    chunksize: int | None = None,
    start_method: str | None = None,
) -> Iterator[R]:
    """``map(func, items)`` over ``jobs`` processes, in order, with a bounded number in flight.

    Items travel in chunks of ``chunksize``: a pool task costs about 0.4 ms of the parent's
    CPU and some of the worker's, a sixth of parsing a short letter, so one task per input
    spends a good part of a two-core machine on bookkeeping. At most
    ``jobs * window`` chunks are submitted ahead of the one being yielded, so neither the
    pending inputs nor the finished results pile up in memory on a long batch.

    ``start_method``: how workers start. The default, "forkserver" ("spawn" on Windows), is
    safe in any caller; "fork" starts them at once from the caller's memory, which only a
    caller without threads may ask for (the command line does).
    """
    jobs = jobs or os.cpu_count() or 1
    if not isinstance(items, Sized):
        items = list(items)
    jobs = min(jobs, len(items))
    if jobs <= 1:  # no pool for one input: starting workers costs more than the parse
        yield from map(func, items)
        return
    if chunksize is None:  # small batches still get spread over all workers
        chunksize = max(1, min(32, len(items) // (jobs * window * 4)))
    default = "forkserver" if os.name != "nt" else "spawn"
    ctx = multiprocessing.get_context(start_method or default)
    if ctx.get_start_method() == "forkserver":
        # the server imports the parser once (its regexes compiled); each worker forks from it
        # ready to parse, instead of importing it again, also after a recycle
        ctx.set_forkserver_preload(["kamerparse.api", "kamerparse.cli"])
    it = iter(items)
    forked = ctx.get_start_method() == "fork"
    if forked:
        # a forked worker flushes the std streams it inherited when it ends: empty them first,
        # and start every worker now, before any output (no recycling mid-run)
        sys.stdout.flush()
        sys.stderr.flush()
    with ctx.Pool(jobs, maxtasksperchild=None if forked else 500) as pool:
        pending: deque[AsyncResult[list[R]]] = deque()
        while chunk := list(itertools.islice(it, chunksize)):
            pending.append(pool.apply_async(_call_chunk, ((func, chunk),)))
            if len(pending) >= jobs * window:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()


def parse_many(
    inputs: Iterable[str | os.PathLike[str]], jobs: int | None = None, backend: str = "auto"
) -> Iterator[Result]:
    """Parse inputs with ``jobs`` worker processes (default: all cores), yielding in input order."""
    work = ((os.fspath(p), backend) for p in inputs)
    yield from run_parallel(_parse_one_star, work, jobs)
