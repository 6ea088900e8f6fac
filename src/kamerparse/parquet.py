"""Parsed documents as Parquet files: the tables of the SQLite output, one file each.

    >>> from kamerparse.parquet import ParquetSink
    >>> with ParquetSink("out/") as sink:
    ...     sink.add(doc.to_dict())

``DIR/documents.parquet``, ``DIR/dossiers.parquet``, ``DIR/paragraphs.parquet``,
``DIR/footnotes.parquet``, ``DIR/references.parquet``, ``DIR/dates.parquet``,
``DIR/periods.parquet``, ``DIR/signatories.parquet`` and ``DIR/questions.parquet``: the same
columns as the SQLite tables, taken from the same definition (``kamerparse.sqlite.table_columns``)
and filled by the same row functions, so the two outputs cannot drift apart. Integers are
int64, texts strings, and the day columns (``documents.date``, ``dates.first_day``,
``dates.last_day``) Parquet dates.

Needs pyarrow: ``pip install 'kamerparse[parquet]'``. Rows are written in row groups as
documents come in (memory stays bounded) to ``<table>.parquet.part`` files, which replace the
final names only on ``close``: an interrupted run leaves the previous files as they were.
A second file identical to one already added (the same sha256 and id) is left out: in SQLite
it would replace the first.
"""

from __future__ import annotations

import contextlib
import datetime
import os
from types import TracebackType
from typing import Any

from .model import Document
from .sqlite import table_columns, table_rows

PYARROW_MISSING = "Parquet output needs pyarrow: pip install 'kamerparse[parquet]'"
ROW_GROUP_DOCUMENTS = 2000


def _arrow_type(pa: Any, declared: str) -> Any:
    declared = declared.upper()
    if declared == "DATE TEXT":
        return pa.date32()
    if "INT" in declared:
        return pa.int64()
    if declared in ("REAL", "FLOAT", "DOUBLE"):
        return pa.float64()
    return pa.string()


def _day(value: Any) -> datetime.date | None:
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except (TypeError, ValueError):
        return None  # not a full day: the column holds days only


class ParquetSink:
    """Writes documents to one Parquet file per table in ``folder``; see the module docstring."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        try:
            import pyarrow as pa
            import pyarrow.parquet as pq
        except ImportError:
            raise ImportError(PYARROW_MISSING) from None
        self._pa, self._pq = pa, pq
        self.folder = os.fspath(folder)
        os.makedirs(self.folder, exist_ok=True)
        self.count = 0
        self._columns = table_columns()
        self._schemas = {
            table: pa.schema([(name, _arrow_type(pa, kind)) for name, kind in columns])
            for table, columns in self._columns.items()
        }
        self._rows: dict[str, list[tuple[Any, ...]]] = {t: [] for t in self._columns}
        self._writers: dict[str, Any] = {}
        self._seen: set[tuple[str, Any]] = set()
        self._buffered = 0
        self._closed = False

    def _path(self, table: str) -> str:
        return os.path.join(self.folder, f"{table}.parquet")

    def add(self, doc: dict[str, Any] | Document) -> None:
        if self._closed:
            raise ValueError(f"ParquetSink({self.folder!r}) is closed")
        if isinstance(doc, Document):
            doc = doc.to_dict()
        sha = (doc.get("source") or {}).get("sha256")
        if sha is not None:
            if (sha, doc.get("id")) in self._seen:
                return
            self._seen.add((sha, doc.get("id")))
        self.count += 1
        for table, rows in table_rows(self.count, doc).items():
            self._rows[table] += rows
        self._buffered += 1
        if self._buffered >= ROW_GROUP_DOCUMENTS:
            self.flush()

    def flush(self) -> None:
        """Write the buffered rows as one row group of each table."""
        pa = self._pa
        for table, rows in self._rows.items():
            schema = self._schemas[table]
            if table not in self._writers:  # every table gets its file, if need be empty
                self._writers[table] = self._pq.ParquetWriter(self._path(table) + ".part", schema)
            if not rows:
                continue
            arrays = []
            for field, values in zip(schema, zip(*rows, strict=True), strict=True):
                if pa.types.is_date32(field.type):
                    values = tuple(_day(v) for v in values)
                arrays.append(pa.array(values, type=field.type))
            self._writers[table].write_table(pa.Table.from_arrays(arrays, schema=schema))
            rows.clear()
        self._buffered = 0

    def close(self) -> None:
        """Write what is buffered and put every table in place; closing twice is harmless."""
        if self._closed:
            return
        self._closed = True
        try:
            self.flush()
            for writer in self._writers.values():
                writer.close()
        except BaseException:
            self.abandon()
            raise
        for table in self._writers:
            os.replace(self._path(table) + ".part", self._path(table))

    def abandon(self) -> list[str]:
        """Stop without replacing the tables; the partial files left (``.part``)."""
        self._closed = True
        for writer in self._writers.values():
            with contextlib.suppress(Exception):
                writer.close()
        return [self._path(t) + ".part" for t in self._writers]

    def __enter__(self) -> ParquetSink:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if exc_type is None or issubclass(exc_type, Exception):
            self.close()  # documents already added are complete
        else:
            self.abandon()


def to_parquet(docs: Any, folder: str | os.PathLike[str]) -> int:
    """Write documents to Parquet files in ``folder``; returns how many were written."""
    with ParquetSink(folder) as sink:
        for doc in docs:
            sink.add(doc)
    return sink.count
