"""Parsed documents into a SQLite database: one table per kind of thing, ready for SQL.

    >>> from kamerparse.sqlite import SqliteSink
    >>> with SqliteSink("letters.db") as sink:
    ...     sink.add(doc.to_dict())

Tables (every child table carries ``doc_key``, the integer key of its row in ``documents``,
and ``doc_id``, the document id such as "kst-27925-963", so most questions need no join):

- ``documents``: one row per document (header fields, first dossier, warnings as JSON text,
  the quality verdict, score and the checks that are not ok).
- ``dossiers``, ``paragraphs`` (section and paragraph index, heading, the section's kind and
  label, text), ``footnotes``, ``"references"`` (quote the name: REFERENCES is an SQL
  keyword), ``dates``, ``periods``, ``signatories``, ``questions`` (number, question, answer).
- ``schema_version``: the version of this layout and of the document JSON it was built from.

Which documents cite Kamerstuk 27 925, nr. 959::

    SELECT DISTINCT doc_id FROM "references" WHERE ref_id = 'kst-27925-959';

Appending is safe: a document is identified by ``source.sha256`` together with ``id``, and
adding it again (re-running a batch over the same files) first deletes the rows it had, so
nothing is duplicated. A document without a sha256 (built by hand) is always added anew.
Identical files under two names are one document: the later one's path is kept.

Only the standard library is used. Inserts are buffered and written ``batch_size`` documents
per transaction, in WAL mode, so readers can query the database while a batch is running.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime
import functools
import json
import os
import sqlite3
from collections.abc import Iterable
from types import TracebackType
from typing import Any

from .model import SCHEMA_VERSION as DOCUMENT_SCHEMA_VERSION
from .model import Document

#: The layout of the tables below; raised when a column or table changes meaning.
SQLITE_SCHEMA_VERSION = "4"
#: Documents written per transaction: a transaction per document would cost a disk sync each
DEFAULT_BATCH_SIZE = 500

_WHERE_COLUMNS = """
    part TEXT, section INTEGER, paragraph INTEGER, footnote TEXT,
    start INTEGER, "end" INTEGER, page INTEGER"""

_CHILD_KEY = """
    doc_key INTEGER NOT NULL REFERENCES documents(doc_key) ON DELETE CASCADE,
    doc_id TEXT"""

# The one definition of the tables: the SQLite writer runs it, and the Parquet writer reads its
# columns and types from it (``table_columns``), so the two cannot drift apart. A column of
# declared type "DATE TEXT" holds an ISO day: SQLite stores text (the type contains TEXT),
# Parquet a date.
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS schema_version (
    component TEXT PRIMARY KEY,
    version TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS documents (
    doc_key INTEGER PRIMARY KEY,
    id TEXT,
    source_path TEXT,
    format TEXT,
    sha256 TEXT,
    encoding TEXT,
    chamber TEXT,
    parliamentary_year TEXT,
    dossier TEXT,
    dossier_title TEXT,
    number TEXT,
    document_type TEXT,
    title TEXT,
    addressee TEXT,
    place TEXT,
    date DATE TEXT,
    sender TEXT,
    reference TEXT,
    their_reference TEXT,
    attachments TEXT,
    salutation TEXT,
    n_pages INTEGER,
    warnings TEXT NOT NULL DEFAULT '[]',
    quality TEXT,
    quality_score REAL,
    quality_checks TEXT
);
CREATE TABLE IF NOT EXISTS dossiers ({_CHILD_KEY},
    position INTEGER NOT NULL,
    dossier TEXT NOT NULL,
    number TEXT,
    addition TEXT,
    title TEXT
);
CREATE TABLE IF NOT EXISTS paragraphs ({_CHILD_KEY},
    section INTEGER NOT NULL,
    heading TEXT,
    section_kind TEXT,
    section_label TEXT,
    paragraph INTEGER,
    text TEXT,
    footnotes TEXT NOT NULL DEFAULT '[]',
    page INTEGER
);
CREATE TABLE IF NOT EXISTS footnotes ({_CHILD_KEY},
    position INTEGER NOT NULL,
    number TEXT NOT NULL,
    text TEXT NOT NULL,
    page INTEGER
);
CREATE TABLE IF NOT EXISTS "references" ({_CHILD_KEY},
    position INTEGER NOT NULL,
    type TEXT NOT NULL,
    text TEXT NOT NULL,
    ref_id TEXT,
    url TEXT,
    chamber TEXT,
    parliamentary_year TEXT,
    dossier TEXT,
    number TEXT,
    cited_page TEXT,
    law TEXT,
    article TEXT,
    lid TEXT,
    members TEXT,{_WHERE_COLUMNS}
);
CREATE TABLE IF NOT EXISTS dates ({_CHILD_KEY},
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT NOT NULL,
    precision TEXT NOT NULL,
    first_day DATE TEXT,
    last_day DATE TEXT,
    recurring INTEGER NOT NULL DEFAULT 0,{_WHERE_COLUMNS}
);
CREATE TABLE IF NOT EXISTS periods ({_CHILD_KEY},
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT NOT NULL,
    precision TEXT NOT NULL,
    first_day DATE TEXT,
    last_day DATE TEXT,
    qualifier TEXT,{_WHERE_COLUMNS}
);
CREATE TABLE IF NOT EXISTS signatories ({_CHILD_KEY},
    position INTEGER NOT NULL,
    function TEXT,
    name TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS questions ({_CHILD_KEY},
    position INTEGER NOT NULL,
    number TEXT,
    question TEXT NOT NULL,
    answer TEXT
);
CREATE INDEX IF NOT EXISTS documents_id ON documents(id);
CREATE INDEX IF NOT EXISTS documents_sha256 ON documents(sha256);
CREATE INDEX IF NOT EXISTS dossiers_doc_key ON dossiers(doc_key);
CREATE INDEX IF NOT EXISTS dossiers_dossier ON dossiers(dossier);
CREATE INDEX IF NOT EXISTS paragraphs_doc_key ON paragraphs(doc_key);
CREATE INDEX IF NOT EXISTS footnotes_doc_key ON footnotes(doc_key);
CREATE INDEX IF NOT EXISTS references_doc_key ON "references"(doc_key);
CREATE INDEX IF NOT EXISTS references_ref_id ON "references"(ref_id);
CREATE INDEX IF NOT EXISTS dates_doc_key ON dates(doc_key);
CREATE INDEX IF NOT EXISTS dates_value ON dates(value);
CREATE INDEX IF NOT EXISTS periods_doc_key ON periods(doc_key);
CREATE INDEX IF NOT EXISTS references_law ON "references"(law);
CREATE INDEX IF NOT EXISTS signatories_doc_key ON signatories(doc_key);
CREATE INDEX IF NOT EXISTS questions_doc_key ON questions(doc_key);
"""

CHILD_TABLES = (
    "dossiers",
    "paragraphs",
    "footnotes",
    "references",
    "dates",
    "periods",
    "signatories",
    "questions",
)


class SchemaMismatchError(RuntimeError):
    """The database was written by a kamerparse with another table layout."""


def document_record(doc: dict[str, Any]) -> dict[str, Any]:
    """The flat ``documents`` row of one document dict (``kamerparse.dask`` uses it too).

    The first dossier stands for the document: a letter almost always belongs to one, and a
    flat row is what people filter and group on; all dossiers are in the ``dossiers`` table.
    """
    source = doc.get("source") or {}
    dossiers = doc.get("dossiers") or []
    first = dossiers[0] if dossiers else {}
    quality = doc.get("quality") or {}
    return {
        "id": doc.get("id"),
        "source_path": source.get("path"),
        "format": source.get("format"),
        "sha256": source.get("sha256"),
        "encoding": source.get("encoding"),
        "chamber": doc.get("chamber"),
        "parliamentary_year": doc.get("parliamentary_year"),
        "dossier": first.get("id"),
        "dossier_title": first.get("title"),
        "number": doc.get("number"),
        "document_type": doc.get("document_type"),
        "title": doc.get("title"),
        "addressee": doc.get("addressee"),
        "place": doc.get("place"),
        "date": doc.get("date"),
        "sender": doc.get("sender"),
        "reference": doc.get("reference"),
        "their_reference": doc.get("their_reference"),
        "attachments": doc.get("attachments"),
        "salutation": doc.get("salutation"),
        "n_pages": source.get("pages"),
        "warnings": json.dumps(doc.get("warnings") or [], ensure_ascii=False),
        "quality": quality.get("verdict"),
        "quality_score": quality.get("score"),
        # the checks that are not ok, so a query can pick the fields to distrust
        "quality_checks": json.dumps(
            [c for c in quality.get("checks") or [] if c.get("status") != "ok"], ensure_ascii=False
        ),
    }


# the documents row's columns are the record's keys, so the two cannot disagree
_DOCUMENT_COLUMNS = tuple(document_record({}))
_INSERT_DOCUMENT = (
    f"INSERT INTO documents ({', '.join(_DOCUMENT_COLUMNS)})"
    f" VALUES ({', '.join('?' * len(_DOCUMENT_COLUMNS))})"
)


# Reference fields in column order: id -> ref_id, page -> cited_page (the page it points at)
_REFERENCE_FIELDS = (
    "id",
    "url",
    "chamber",
    "parliamentary_year",
    "dossier",
    "number",
    "page",
    "law",
    "article",
    "lid",
)


def date_span(value: str | None) -> tuple[str | None, str | None]:
    """The first and last day a date value stands for: "2023-10" is 2023-10-01 to 2023-10-31,
    a day is itself; anything else (None, a bad value) spans nothing."""
    try:
        if value and len(value) == 7:
            year, month = int(value[:4]), int(value[5:])
            last = calendar.monthrange(year, month)[1]
            return f"{value}-01", f"{value}-{last:02d}"
        if value:
            return (day := datetime.date.fromisoformat(value).isoformat()), day
    except ValueError:
        pass
    return None, None


@functools.cache
def table_columns() -> dict[str, list[tuple[str, str]]]:
    """Every table's (column, declared type) pairs in order, read from ``SCHEMA`` itself."""
    with contextlib.closing(sqlite3.connect(":memory:")) as db:
        db.executescript(SCHEMA)
        return {
            table: [(row[1], row[2]) for row in db.execute(f'PRAGMA table_info("{table}")')]
            for table in ("documents", *CHILD_TABLES)
        }


def table_rows(key: int, doc: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of every table for one document, in ``table_columns`` order; ``key`` is its
    ``doc_key``."""
    record = document_record(doc) | {"doc_key": key}
    # by name: the record's keys and the table's columns may stand in different orders
    row = tuple(record[name] for name, _ in table_columns()["documents"])
    return {"documents": [row]} | _child_rows(key, doc)


def _where(w: dict[str, Any] | None) -> tuple[Any, ...]:
    w = w or {}
    return (
        w.get("part"),
        w.get("section"),
        w.get("paragraph"),
        w.get("footnote"),
        w.get("start"),
        w.get("end"),
        w.get("page"),
    )


def _json_list(value: list[str] | None) -> str | None:
    """A list as JSON text ("members": '["De Boer", "Hoogland"]'), NULL where there is none."""
    return None if value is None else json.dumps(value, ensure_ascii=False)


def _child_rows(key: int, doc: dict[str, Any]) -> dict[str, list[tuple[Any, ...]]]:
    """The rows of every child table for one document (``key`` is its ``doc_key``)."""
    i = doc.get("id")
    rows: dict[str, list[tuple[Any, ...]]] = {}
    rows["dossiers"] = [
        (key, i, n, d["id"], d.get("number"), d.get("addition"), d.get("title"))
        for n, d in enumerate(doc.get("dossiers") or [])
    ]
    paragraphs = rows["paragraphs"] = []
    for s, section in enumerate(doc.get("sections") or []):
        head = (section.get("heading"), section.get("kind"), section.get("label"))
        paras = section.get("paragraphs") or []
        if not paras:  # keep a heading that has no text under it: paragraph and text NULL
            paragraphs.append((key, i, s, *head, None, None, "[]", None))
        for p, para in enumerate(paras):
            notes = json.dumps(para.get("footnotes") or [], ensure_ascii=False)
            paragraphs.append((key, i, s, *head, p, para["text"], notes, para.get("page")))
    rows["footnotes"] = [
        (key, i, n, f["number"], f["text"], f.get("page"))
        for n, f in enumerate(doc.get("footnotes") or [])
    ]
    rows["references"] = [
        (
            key,
            i,
            n,
            r["type"],
            r["text"],
            *map(r.get, _REFERENCE_FIELDS),
            _json_list(r.get("members")),
            *_where(r.get("where")),
        )
        for n, r in enumerate(doc.get("references") or [])
    ]
    rows["dates"] = [
        (key, i, n, d["text"], d["value"], d.get("precision", "day"),
         *((d["start"], d.get("end")) if d.get("start") else date_span(d["value"])),
         int(bool(d.get("recurring"))), *_where(d.get("where")))
        for n, d in enumerate(doc.get("dates") or [])
    ]  # fmt: skip
    rows["periods"] = [
        (key, i, n, d["text"], d["value"], d.get("precision"), d.get("start"), d.get("end"),
         d.get("qualifier"), *_where(d.get("where")))
        for n, d in enumerate(doc.get("periods") or [])
    ]  # fmt: skip
    rows["signatories"] = [
        (key, i, n, s.get("function"), s["name"])
        for n, s in enumerate(doc.get("signatories") or [])
    ]
    rows["questions"] = [
        (key, i, n, q.get("number"), q["question"], q.get("answer"))
        for n, q in enumerate(doc.get("questions") or [])
    ]
    return rows


class SqliteSink:
    """Writes (or appends) documents to a SQLite database; see the module docstring.

    ``add`` only buffers; every ``batch_size`` documents are written in one transaction,
    because a transaction per document would cost a disk sync each and be a hundred times
    slower. Call ``close`` (or use ``with``) so the last partial batch is written.
    """

    def __init__(self, path: str | os.PathLike[str], batch_size: int = DEFAULT_BATCH_SIZE) -> None:
        self.path = os.fspath(path)
        self.batch_size = max(1, batch_size)
        self.count = 0  # documents added (a document added again counts again)
        # keyed by (sha256, id) so a document added twice in one batch is written once;
        # documents without a sha256 get a unique key and are never replaced
        self._buffer: dict[object, dict[str, Any]] = {}
        self._insert: dict[str, str] = {}  # child table -> its INSERT statement
        # autocommit mode: transactions are begun and committed explicitly in flush()
        self._db: sqlite3.Connection | None = sqlite3.connect(self.path, isolation_level=None)
        try:
            self._setup()
        except BaseException:
            self._db.close()
            self._db = None
            raise

    def _setup(self) -> None:
        db = self._connection()
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")  # durable at checkpoints; safe with WAL
        db.execute("BEGIN IMMEDIATE")
        try:
            found = dict(db.execute("SELECT component, version FROM schema_version"))
        except sqlite3.OperationalError:  # a new database
            found = {}
        if found and found.get("sqlite") != SQLITE_SCHEMA_VERSION:
            db.execute("ROLLBACK")
            raise SchemaMismatchError(
                f"{self.path}: table layout version {found.get('sqlite')!r}, this kamerparse "
                f"writes version {SQLITE_SCHEMA_VERSION!r}; write to a new database"
            )
        for statement in SCHEMA.split(";"):
            if statement.strip():
                db.execute(statement)
        # placeholders counted from the table itself, so they cannot drift from SCHEMA
        for table in CHILD_TABLES:
            n = len(db.execute(f'PRAGMA table_info("{table}")').fetchall())
            self._insert[table] = f'INSERT INTO "{table}" VALUES ({", ".join("?" * n)})'
        db.executemany(
            "INSERT OR REPLACE INTO schema_version VALUES (?, ?)",
            [("sqlite", SQLITE_SCHEMA_VERSION), ("document", DOCUMENT_SCHEMA_VERSION)],
        )
        db.execute("COMMIT")

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            raise ValueError(f"SqliteSink({self.path!r}) is closed")
        return self._db

    @property
    def pending(self) -> int:
        """Documents added but not yet committed."""
        return len(self._buffer)

    def add(self, doc: dict[str, Any] | Document) -> None:
        """Queue one document (its ``to_dict()`` form, or a Document) for writing."""
        self._connection()
        if isinstance(doc, Document):
            doc = doc.to_dict()
        sha = (doc.get("source") or {}).get("sha256")
        key: object = (sha, doc.get("id")) if sha is not None else object()
        self._buffer.pop(key, None)  # re-added: write it once, in its latest position
        self._buffer[key] = doc
        self.count += 1
        if len(self._buffer) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        """Write the buffered documents in one transaction.

        If that fails (a malformed document dict, a full disk) the batch is rolled back and
        dropped, so the error is raised once, not again by ``close``. If it is interrupted
        (Ctrl-C), the batch is kept, so that the ``close`` in the caller's cleanup still
        writes the documents that were complete.
        """
        db = self._connection()
        if not self._buffer:
            return
        docs = list(self._buffer.items())
        self._buffer.clear()
        children: dict[str, list[tuple[Any, ...]]] = {t: [] for t in CHILD_TABLES}
        db.execute("BEGIN IMMEDIATE")
        try:
            stale: list[tuple[int]] = []
            for key, _ in docs:
                if isinstance(key, tuple):
                    stale += db.execute(
                        "SELECT doc_key FROM documents WHERE sha256 = ? AND id IS ?", key
                    ).fetchall()
            if stale:
                for table in CHILD_TABLES:
                    db.executemany(f'DELETE FROM "{table}" WHERE doc_key = ?', stale)
                db.executemany("DELETE FROM documents WHERE doc_key = ?", stale)
            for _, doc in docs:
                cursor = db.execute(_INSERT_DOCUMENT, tuple(document_record(doc).values()))
                doc_key = cursor.lastrowid
                assert doc_key is not None
                for table, rows in _child_rows(doc_key, doc).items():
                    children[table] += rows
            for table, rows in children.items():
                if rows:
                    db.executemany(self._insert[table], rows)
            db.execute("COMMIT")
        except BaseException as e:
            db.execute("ROLLBACK")
            if not isinstance(e, Exception):
                self._buffer = dict(docs)
            raise

    def close(self) -> None:
        """Write what is buffered and close the database; closing twice is harmless."""
        if self._db is None:
            return
        try:
            self.flush()
        finally:
            self._db.close()
            self._db = None

    def __enter__(self) -> SqliteSink:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        # documents already added are complete, so they are written even if the caller failed
        self.close()


def to_sqlite(
    docs: Iterable[dict[str, Any] | Document],
    path: str | os.PathLike[str],
    batch_size: int = DEFAULT_BATCH_SIZE,
) -> int:
    """Write (append) documents to the database at ``path``; returns how many were added.

    ``docs`` may be a generator: documents are written as they come, ``batch_size`` at a time.
    """
    with SqliteSink(path, batch_size=batch_size) as sink:
        for doc in docs:
            sink.add(doc)
    return sink.count
