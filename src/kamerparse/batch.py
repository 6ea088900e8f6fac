"""Many inputs, many processes, nothing lost.

``parse_many`` is the library form: it yields one ``Result`` per input, in input order, as soon
as it is done, with at most ``jobs * 4`` inputs in flight (memory stays bounded however long the
input list is). Errors are results too, so one bad file never stops a batch.
"""

from __future__ import annotations

import contextlib
import glob
import itertools
import multiprocessing
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sized
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from .errors import ParseError

if TYPE_CHECKING:
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
    items: Iterable[str],
    suffixes: tuple[str, ...] = INPUT_SUFFIXES,
    problems: list[tuple[str, str]] | None = None,
) -> Iterator[tuple[str, str | None]]:
    """Like ``expand_inputs``, with the directory each file was found under (None if named).

    In a folder only regular files are taken (a FIFO named like a letter would block the
    run); a named file is yielded as it is, for the parser to accept or refuse. A sub-folder
    that cannot be read is added to ``problems`` as (path, reason) when a list is given.
    """

    def unreadable(e: OSError) -> None:
        if problems is not None:
            where = e.filename if e.filename is not None else "?"
            problems.append((os.fspath(where), f"cannot read folder: {e.strerror or e}"))

    for item in items:
        p = Path(item)
        if p.is_dir():
            for root, dirs, files in os.walk(p, onerror=unreadable):
                dirs.sort()
                for name in sorted(files):
                    path = os.path.join(root, name)
                    if name.lower().endswith(suffixes) and os.path.isfile(path):
                        yield path, item
        elif not p.exists() and glob.has_magic(item):
            for path in sorted(glob.glob(item, recursive=True)):
                if os.path.isfile(path):
                    yield path, None
        else:
            yield item, None


def parse_one(path: str, backend: str = "auto", ocr: bool = False) -> Result:
    """Parse one file into a Result; never raises for bad input."""
    from .api import parse_file  # here, so that importing the batch runner stays cheap

    try:
        return Result(path, document=parse_file(path, backend=backend, ocr=ocr))
    except ParseError as e:
        return Result(path, error_kind=e.kind, error=e.message)
    except RecursionError:
        return Result(path, error_kind="internal", error="input nested too deeply")
    except MemoryError:
        return Result(path, error_kind="too-large", error="needs more memory than allowed")
    except Exception as e:  # a parser bug must not stop the batch; it is reported per file
        return Result(path, error_kind="internal", error=f"{type(e).__name__}: {e}")


def input_bytes(item: tuple[Any, ...]) -> float:
    """The size of the file an item (path first) names: the weight the workers' chunks are
    balanced by (one PDF of a megabyte is the work of many letters)."""
    try:
        return float(os.path.getsize(item[0]))
    except (OSError, TypeError, ValueError):
        return 0.0


def _parse_one_star(args: tuple[str, str]) -> Result:
    return parse_one(*args)


#: Seconds a worker may spend on one input before it is stopped: the largest real documents
#: take seconds; an input that takes minutes is a parser bug, and must not hold a batch up
DEFAULT_TIME_LIMIT = 600.0
TIMEOUT_REASON = "took more than {:g} s; stopped"

#: Address space a worker may take on top of what it holds when it starts: a hostile input
#: fails alone with a MemoryError instead of taking the machine (or the batch) with it.
DEFAULT_MEMORY_LIMIT = 2 * 2**30


def _limit_memory(limit: int | None) -> None:
    try:
        import resource
    except ImportError:  # Windows: no per-process limit; the pool still survives a dead worker
        return
    if not limit:
        return
    try:
        # the address space in use now: the limit is on top of it (Linux; elsewhere a process's
        # address space is not known this way, and a limit below it would break the worker)
        with open("/proc/self/statm", encoding="ascii") as f:
            base = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError):
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    cap = base + limit
    if hard != resource.RLIM_INFINITY:
        cap = min(cap, hard)
    if soft == resource.RLIM_INFINITY or soft > cap:
        with contextlib.suppress(ValueError, OSError):
            resource.setrlimit(resource.RLIMIT_AS, (cap, hard))


def _on_terminate(signum: int, frame: object) -> None:
    raise KeyboardInterrupt  # unwinds, so a half-written output file is removed


def _worker(func: Callable[[T], R], conn: Connection, memory_limit: int | None) -> None:
    """Run ``func`` on every chunk received, sending back each result as soon as it is done
    (so that if this process dies, the parent knows which input it held)."""
    # Ctrl-C is the parent's to handle (it reaches the whole process group); the parent stops
    # a worker with SIGTERM, which unwinds like an interrupt and ends quietly
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, _on_terminate)
    if hasattr(signal, "pthread_sigmask"):
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT, signal.SIGTERM})
    _limit_memory(memory_limit)
    try:
        while (task := conn.recv()) is not None:
            start, chunk = task
            for k, item in enumerate(chunk):
                try:
                    conn.send((start + k, True, func(item)))
                except (KeyboardInterrupt, SystemExit):
                    raise
                except BaseException as e:  # func's own bug, or no memory left to report in
                    conn.send((start + k, False, f"{type(e).__name__}: {e}"[:500]))
    except (KeyboardInterrupt, EOFError, OSError):
        pass  # stopped by the parent, or the parent is gone: nothing to report to


def _describe_exit(code: int | None) -> str:
    if code is not None and code < 0:
        try:
            name = signal.Signals(-code).name
        except ValueError:
            name = f"signal {-code}"
        hint = " (out of memory?)" if name == "SIGKILL" else ""
        return f"the worker parsing it died of {name}{hint}"
    return f"the worker parsing it exited with status {code}"


@dataclass
class _Slot:
    process: BaseProcess
    conn: Connection
    start: int = 0  # index of the first input of the chunk it holds
    chunk: list[Any] | None = None
    done: int = 0  # inputs of that chunk it has answered
    since: float = 0.0  # when it began the input it is on


def run_parallel(
    func: Callable[[T], R],
    items: Iterable[T],
    jobs: int | None = None,
    window: int = 8,
    chunksize: int | None = None,
    start_method: str | None = None,
    on_crash: Callable[[T, str], R] | None = None,
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
    time_limit: float | None = None,
    weight: Callable[[T], float] | None = None,
    chunk_weight: float = 256 * 1024,
) -> Iterator[R]:
    """``map(func, items)`` over ``jobs`` processes, in order, with a bounded number in flight.

    Items travel in chunks of ``chunksize``: a task costs the parent some CPU, and one task per
    input spends a good part of a two-core machine on bookkeeping. At most
    ``jobs * window`` chunks are ahead of the result being yielded, so neither the pending
    inputs nor the finished results pile up in memory on a long batch.

    A worker that dies (killed for its memory, a crash in a native library) is replaced; the
    input it held yields ``on_crash(item, reason)`` (without ``on_crash``, a RuntimeError),
    the rest of its chunk is run again. An exception that escapes ``func`` is treated the
    same way. Each worker may take ``memory_limit`` bytes of address space on top of what it
    starts with, on Linux (a MemoryError in ``func`` then, not a dead machine).

    ``weight``: an estimate of an item's cost (the command line: its size in bytes); a chunk
    then ends once its items weigh ``chunk_weight``, so a run of big inputs (a folder's PDFs,
    sorted together) is spread over the workers instead of one worker taking them all while
    the others wait for it to release the results in order.

    ``time_limit``: seconds a worker may spend on one input; past it the worker is killed and
    the input yields ``on_crash(item, "took more than … s; stopped")`` (no limit by default).

    ``start_method``: how workers start. The default, "forkserver" ("spawn" on Windows), is
    safe in any caller; "fork" starts them at once from the caller's memory, which only a
    caller without threads may ask for (the command line does). Without "fork", one job runs
    in this process: no protection, but no start-up to pay.
    """
    jobs = jobs or os.cpu_count() or 1
    if not isinstance(items, Sized):
        items = list(items)
    jobs = max(1, min(jobs, len(items)))
    if not items:
        return
    if jobs <= 1 and start_method != "fork":
        yield from map(func, items)
        return
    if chunksize is None:  # small batches still get spread over all workers
        chunksize = max(1, min(32, len(items) // (jobs * window * 4)))
    default = "forkserver" if os.name != "nt" else "spawn"
    ctx = multiprocessing.get_context(start_method or default)
    if ctx.get_start_method() == "forkserver":
        # the server imports the parser once (its regexes compiled); each worker forks from it
        # ready to parse, instead of importing it again
        ctx.set_forkserver_preload(["kamerparse.api", "kamerparse.cli"])
    crash = on_crash or _raise_crash

    def start_worker() -> _Slot:
        # a forked worker flushes the std streams it inherited when it ends: empty them first
        sys.stdout.flush()
        sys.stderr.flush()
        here, there = ctx.Pipe()
        process = ctx.Process(target=_worker, args=(func, there, memory_limit), daemon=True)
        # block Ctrl-C until the worker has set itself to ignore it: none arrives in between
        masked = hasattr(signal, "pthread_sigmask")
        if masked:
            old = signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT, signal.SIGTERM})
        try:
            process.start()
        finally:
            if masked:
                signal.pthread_sigmask(signal.SIG_SETMASK, old)
        there.close()
        return _Slot(process, here)

    it = enumerate(items)
    queue: deque[tuple[int, list[Any]]] = deque()  # chunks to run: (first index, inputs)
    results: dict[int, R] = {}
    next_out = next_in = 0
    limit = jobs * window * chunksize
    slots = [start_worker() for _ in range(jobs)]
    exhausted = False
    try:
        while True:
            while not exhausted and len(queue) < jobs and next_in - next_out < limit:
                chunk = _next_chunk(it, chunksize, weight, chunk_weight)
                if not chunk:
                    exhausted = True
                    break
                queue.append((chunk[0][0], [item for _, item in chunk]))
                next_in = chunk[-1][0] + 1
            for n, slot in enumerate(slots):
                if slot.chunk is None and queue:
                    task = queue.popleft()
                    try:
                        slot.conn.send(task)
                    except OSError:  # it died idle: a new one takes the chunk
                        slot.process.join()
                        slot.conn.close()
                        slot = slots[n] = start_worker()
                        slot.conn.send(task)
                    slot.start, slot.chunk = task
                    slot.done = 0
                    slot.since = time.monotonic()
            while next_out in results:
                yield results.pop(next_out)
                next_out += 1
            busy = [s for s in slots if s.chunk is not None]
            if not busy:
                # all done so far; the window may have held more inputs back: go and send them
                if exhausted and not queue:
                    return
                continue
            timeout = None
            if time_limit is not None:
                timeout = max(0.0, min(s.since for s in busy) + time_limit - time.monotonic())
            ready = wait([s.conn for s in busy] + [s.process.sentinel for s in busy], timeout)
            for n, slot in enumerate(slots):
                if slot.chunk is None:
                    continue
                alive = True
                if slot.conn in ready or slot.process.sentinel in ready:
                    alive = _receive(slot, results, crash)
                if alive and slot.chunk is None:
                    continue
                overdue = (
                    alive
                    and time_limit is not None
                    and (time.monotonic() - slot.since > time_limit)
                )
                if alive and not overdue:
                    continue
                if overdue:  # stuck on one input: it goes, the batch goes on
                    slot.process.terminate()  # unwinds Python code: no temporary file left
                    slot.process.join(2)
                    if slot.process.is_alive():  # stuck in native code
                        slot.process.kill()
                slot.process.join()
                slot.conn.close()
                if slot.chunk is None:  # it died after its last answer: nothing lost
                    slots[n] = start_worker()
                    continue
                why = _describe_exit(slot.process.exitcode)
                if overdue:
                    why = TIMEOUT_REASON.format(time_limit)
                lost = slot.chunk[slot.done]
                results[slot.start + slot.done] = crash(lost, why)
                rest = slot.chunk[slot.done + 1 :]
                if rest:
                    queue.appendleft((slot.start + slot.done + 1, rest))
                slots[n] = start_worker()
    finally:
        _stop(slots)


def _next_chunk(
    it: Iterator[tuple[int, T]],
    size: int,
    weight: Callable[[T], float] | None,
    limit: float,
) -> list[tuple[int, T]]:
    """Up to ``size`` items; fewer where their ``weight`` reaches ``limit`` (one at least)."""
    if weight is None:
        return list(itertools.islice(it, size))
    chunk: list[tuple[int, T]] = []
    total = 0.0
    for pair in itertools.islice(it, size):
        chunk.append(pair)
        total += weight(pair[1])
        if total >= limit:
            break
    return chunk


def _raise_crash(item: Any, why: str) -> Any:
    raise RuntimeError(f"{item!r}: {why}")


def _receive(slot: _Slot, results: dict[int, Any], crash: Callable[[Any, str], Any]) -> bool:
    """Take every answer the worker has sent; False if it has died."""
    assert slot.chunk is not None
    try:
        while slot.conn.poll():
            index, ok, value = slot.conn.recv()
            results[index] = value if ok else crash(slot.chunk[index - slot.start], value)
            slot.done += 1
            slot.since = time.monotonic()
            if slot.done == len(slot.chunk):
                slot.chunk = None
                return True
    except (EOFError, OSError):
        return False
    return slot.process.is_alive()


def _stop(slots: list[_Slot]) -> None:
    """Let idle workers end, stop busy ones (an interrupt, an early stop), and wait for them,
    so that no output file is left half-written behind the caller's back."""
    for slot in slots:
        with contextlib.suppress(OSError):
            if slot.chunk is None:
                slot.conn.send(None)
            else:
                slot.process.terminate()
    deadline = time.monotonic() + 5
    for slot in slots:
        slot.process.join(max(0.0, deadline - time.monotonic()))
        if slot.process.is_alive():
            slot.process.kill()
            slot.process.join()
        slot.conn.close()


def parse_many(
    inputs: Iterable[str | os.PathLike[str]],
    jobs: int | None = None,
    backend: str = "auto",
    memory_limit: int | None = DEFAULT_MEMORY_LIMIT,
    time_limit: float | None = DEFAULT_TIME_LIMIT,
) -> Iterator[Result]:
    """Parse inputs with ``jobs`` worker processes (default: all cores), yielding in input order.

    An input whose worker dies is a result of kind "crashed", one that takes more than
    ``time_limit`` seconds of kind "timeout"; the batch goes on.
    """
    work = [(os.fspath(p), backend) for p in inputs]
    yield from run_parallel(
        _parse_one_star, work, jobs, on_crash=_crashed, memory_limit=memory_limit,
        time_limit=time_limit, weight=input_bytes,
    )  # fmt: skip


def crash_kind(why: str) -> str:
    """The error kind of an input whose worker was lost: "timeout" or "crashed"."""
    return "timeout" if why.startswith(TIMEOUT_REASON.split("{")[0]) else "crashed"


def _crashed(item: tuple[str, str], why: str) -> Result:
    return Result(item[0], error_kind=crash_kind(why), error=why)
