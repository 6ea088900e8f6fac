"""Parse a large archive on a Dask cluster: a bag of parse results, JSONL out, a flat table.

Optional: needs ``pip install 'kamerparse[dask]'`` (dask[bag] and distributed). Without a
``distributed.Client`` the bag runs on the local multiprocessing scheduler of Dask; with one,
on the cluster (the workers need kamerparse installed and the input files readable).

    >>> from distributed import Client
    >>> from kamerparse import dask as kd
    >>> client = Client(n_workers=8)
    >>> bag = kd.from_paths("archive/**/*.pdf", partition_size=200)
    >>> kd.to_jsonl(bag, "out/")                      # out/part-00000.jsonl, ...
    >>> table = kd.to_dataframe(bag)                   # pandas: one row per document

Every element of the bag is a plain dict: a document (``Document.to_dict()``), or, for an input
that failed, an error record ``{"path": ..., "error_kind": ..., "error": ...}`` (see
``is_error``), so one bad file never fails a partition. Dask itself is imported only here,
never by ``import kamerparse``.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .batch import expand_inputs, parse_one
from .sqlite import document_record

if TYPE_CHECKING:
    import dask.bag
    import pandas

INSTALL_HINT = "pip install 'kamerparse[dask]'"

#: Inputs per partition: about 0.1 s of parsing for a text letter, long enough to amortise
#: the scheduler's per-task cost, short enough to balance load and bound worker memory.
DEFAULT_PARTITION_SIZE = 100

#: The columns of ``to_dataframe`` (the ``documents`` table of the SQLite output, no key).
DOCUMENT_COLUMNS = tuple(document_record({}))


def _dask_bag() -> Any:
    """``dask.bag``, or an ImportError that says what to install."""
    try:
        import dask.bag
    except ImportError as e:
        raise ImportError(f"kamerparse.dask needs Dask: {INSTALL_HINT}") from e
    return dask.bag


def parse_record(path: str, backend: str = "auto") -> dict[str, Any]:
    """Parse one input into a document dict, or an error record; never raises for bad input."""
    result = parse_one(path, backend)
    if result.document is None:
        return {"path": path, "error_kind": result.error_kind, "error": result.error}
    return result.document.to_dict()


def is_error(record: dict[str, Any]) -> bool:
    """True for the error record of an input that failed, False for a document."""
    return "error_kind" in record


def is_document(record: dict[str, Any]) -> bool:
    """True for a document, False for an error record."""
    return "error_kind" not in record


def from_paths(
    paths_or_glob: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    partition_size: int = DEFAULT_PARTITION_SIZE,
    backend: str = "auto",
) -> dask.bag.Bag:
    """A bag of parse results, one per input, in input order.

    ``paths_or_glob`` is a file, a directory (searched recursively for .txt and .pdf), a glob
    pattern ("archive/**/*.pdf"), or a list of those, expanded here, on the client, exactly
    as the command line does; only the file names travel to the workers, which read the files.
    """
    bag = _dask_bag()
    if isinstance(paths_or_glob, str | os.PathLike):
        paths_or_glob = [paths_or_glob]
    items = [os.fspath(p) for p in paths_or_glob]
    paths = list(expand_inputs(items))
    if not paths:
        raise FileNotFoundError("no inputs found in " + ", ".join(items))
    return bag.from_sequence(paths, partition_size=partition_size).map(
        parse_record, backend=backend
    )


def documents(results: dask.bag.Bag) -> dask.bag.Bag:
    """Only the documents of a bag of parse results."""
    return results.filter(is_document)


def errors(results: dask.bag.Bag) -> dask.bag.Bag:
    """Only the error records of a bag of parse results."""
    return results.filter(is_error)


def _umask() -> int:
    """The process umask, read without changing it (os.umask would race with other threads)."""
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    return 0o022


def _write_partition(records: Iterable[dict[str, Any]], path: str) -> str:
    """Write one partition as JSONL, via a temporary file and a rename.

    Runs on a worker. A reader (or a rerun after a crash) sees either the whole partition file
    or none, never a truncated one.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        # mkstemp makes the file private (0600); give it the mode a plain open() would have
        if hasattr(os, "fchmod"):  # not on Windows before Python 3.13
            os.fchmod(fd, 0o666 & ~_umask())
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            for record in records:
                f.write(json.dumps(record, ensure_ascii=False) + "\n")
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    return path


def to_jsonl(
    results: dask.bag.Bag, out_dir: str | os.PathLike[str], name: str = "part-{:05d}.jsonl"
) -> list[str]:
    """Write each partition to ``out_dir/part-NNNNN.jsonl``, in parallel; returns the paths.

    Each file is written by the worker that holds the partition (so ``out_dir`` must be on a
    file system the workers share with you) and appears only when complete. Files of an
    earlier run with more partitions are not removed: write into an empty directory.
    Documents and error records are written alike; filter with ``documents(bag)`` first to
    leave the errors out.
    """
    import dask

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    writes = [
        dask.delayed(_write_partition)(part, str(out / name.format(i)))
        for i, part in enumerate(results.to_delayed())
    ]
    return list(dask.compute(*writes))


def to_dataframe(results: dask.bag.Bag) -> pandas.DataFrame:
    """The documents as a flat pandas DataFrame, one row per document (errors left out).

    The columns are those of the ``documents`` table of the SQLite output (first dossier,
    warnings as JSON text). The rows are small, so they are computed and gathered here
    rather than kept as a Dask DataFrame, which would need dask[dataframe] and pyarrow.
    """
    try:
        import pandas
    except ImportError as e:
        raise ImportError("kamerparse.dask.to_dataframe needs pandas: pip install pandas") from e
    rows = documents(results).map(document_record).compute()
    return pandas.DataFrame.from_records(rows, columns=list(DOCUMENT_COLUMNS))
