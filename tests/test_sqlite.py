"""The SQLite output: tables and rows, the citation-graph query, appending, the CLI option."""

import json
import sqlite3
from pathlib import Path

import pytest

import kamerparse
from kamerparse import sqlite as sqlite_module
from kamerparse.cli import main
from kamerparse.sqlite import SchemaMismatchError, SqliteSink, to_sqlite

LETTERS = ["pdftext-kst-29477-196.txt", "web-kst-24587-689.txt", "web-motie-kst-32123-XIII-37.txt"]

# Kamerstuk 31 936, nr. 82 from officielebekendmakingen.nl (shared/dev/pages), site chrome cut
LETTER_31936_82 = """\
31 936 Luchtvaartbeleid

Nr. 82 BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN MILIEU

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, 1 juli 2011

Hierbij stuur ik u een afschrift van mijn brief aan de heer Alders waarin ik nader in ga op \
de situatie van het luchtruim rond Lelystad Airport.1 Gezamenlijk met mijn brief over het \
actieplan luchtverkeersleiding Lelystad Airport (d.d. 15 juni 2011) geef ik hiermee invulling \
aan de motie Huizing-Haverkamp (31 936, nr. 50).

De staatssecretaris van Infrastructuur en Milieu,

J. J. Atsma


X Noot
1

Ter inzage gelegd bij het Centraal Informatiepunt Tweede Kamer.
"""


@pytest.fixture
def docs(data_dir: Path) -> list[dict]:
    texts = {name: (data_dir / "text" / name).read_text(encoding="utf-8") for name in LETTERS}
    texts["kst-31936-82.txt"] = LETTER_31936_82
    return [kamerparse.parse_text(text, source=name).to_dict() for name, text in texts.items()]


def rows(db: Path, sql: str, *params: object) -> list[tuple]:
    with sqlite3.connect(db) as con:
        return con.execute(sql, params).fetchall()


def count(db: Path, table: str) -> int:
    return rows(db, f'SELECT count(*) FROM "{table}"')[0][0]


def test_tables_and_rows(docs, tmp_path):
    db = tmp_path / "k.db"
    assert to_sqlite(docs, db) == 4
    assert rows(db, "SELECT component, version FROM schema_version ORDER BY 1") == [
        ("document", "1.1"),
        ("sqlite", "4"),
    ]
    assert rows(db, "PRAGMA journal_mode") == [("wal",)]
    ids = [r[0] for r in rows(db, "SELECT id FROM documents ORDER BY doc_key")]
    assert ids == ["kst-29477-196", "kst-24587-689", "kst-32123-XIII-37", "kst-31936-82"]

    (head,) = rows(
        db,
        "SELECT source_path, format, sha256, chamber, dossier, number, document_type, date,"
        " place, warnings FROM documents WHERE id = 'kst-31936-82'",
    )
    doc = docs[3]
    assert head == (
        "kst-31936-82.txt", "text", doc["source"]["sha256"], doc["chamber"], "31936", "82",
        doc["document_type"], "2011-07-01", "Den Haag", "[]",
    )  # fmt: skip
    assert rows(db, "SELECT dossier_title FROM documents WHERE id = 'kst-31936-82'") == [
        (doc["dossiers"][0]["title"],)
    ]

    assert rows(db, "SELECT quality, quality_score, quality_checks FROM documents"
                " WHERE id = 'kst-31936-82'") == [("good", doc["quality"]["score"], "[]")]  # fmt: skip

    # one row per list item, every one keyed to its document
    for table, field in [
        ("dossiers", "dossiers"),
        ("footnotes", "footnotes"),
        ("references", "references"),
        ("dates", "dates"),
        ("periods", "periods"),
        ("signatories", "signatories"),
        ("questions", "questions"),
    ]:
        assert count(db, table) == sum(len(d[field]) for d in docs), table
        orphans = f'SELECT count(*) FROM "{table}" t LEFT JOIN documents d USING (doc_key)'
        assert rows(db, orphans + " WHERE d.id IS NOT t.doc_id") == [(0,)]

    paragraphs = rows(
        db,
        "SELECT section, heading, paragraph, text, footnotes FROM paragraphs"
        " WHERE doc_id = 'kst-31936-82' ORDER BY section, paragraph",
    )
    expected = [
        (s, sec["heading"], p, para["text"], json.dumps(para["footnotes"]))
        for s, sec in enumerate(doc["sections"])
        for p, para in enumerate(sec["paragraphs"])
    ]
    assert paragraphs == expected
    assert any(json.loads(f) == ["1"] for *_, f in paragraphs)  # the footnote marker

    # a reference row points back into the paragraph it stands in
    ref = next(
        r for r in doc["references"] if r["id"] == "kst-31936-50" and r["type"] == "kamerstuk"
    )
    (found,) = rows(
        db,
        'SELECT p.text, r.start, r."end", r.type, r.dossier, r.number, r.url FROM "references" r'
        " JOIN paragraphs p USING (doc_key, section, paragraph) WHERE r.ref_id = 'kst-31936-50'"
        " AND r.type = 'kamerstuk'",
    )
    text, start, end, *rest = found
    assert text[start:end] == ref["text"]
    assert rest == ["kamerstuk", "31936", "50", ref["url"]]

    assert rows(db, "SELECT value, precision FROM dates WHERE doc_id = 'kst-31936-82'") == [
        (d["value"], d["precision"]) for d in doc["dates"]
    ]
    assert rows(db, "SELECT name FROM signatories WHERE doc_id = 'kst-31936-82'") == [
        ("J. J. Atsma",)
    ]


def test_citation_graph_query(docs, tmp_path):
    db = tmp_path / "k.db"
    to_sqlite(docs, db)
    # which documents cite Kamerstuk 29 248, nr. 227? One query, no join
    cite = 'SELECT DISTINCT doc_id FROM "references" WHERE ref_id = ?'
    assert rows(db, cite, "kst-29248-227") == [("kst-29477-196",)]
    assert rows(db, cite, "kst-99999-1") == []
    # ... and it is served by the index
    plan = " ".join(str(r) for r in rows(db, "EXPLAIN QUERY PLAN " + cite, "kst-29248-227"))
    assert "references_ref_id" in plan
    # the edges of the graph, with the citing document's date
    edges = rows(
        db,
        'SELECT d.id, d.date, r.ref_id FROM "references" r JOIN documents d USING (doc_key)'
        " WHERE r.type = 'kamerstuk' ORDER BY d.id, r.position",
    )
    expected = sorted(
        (d["id"], d["date"], r["id"]) for d in docs for r in d["references"]
        if r["type"] == "kamerstuk"
    )  # fmt: skip
    assert sorted(edges) == expected
    assert ("kst-31936-82", "2011-07-01", "kst-31936-50") in edges


def test_appending_again_replaces_rows(docs, tmp_path):
    db = tmp_path / "k.db"
    to_sqlite(docs, db)
    before = {t: count(db, t) for t in ["documents", "paragraphs", "references", "dates"]}
    to_sqlite(docs[:2], db)  # a re-run over some of the same letters
    with SqliteSink(db, batch_size=1) as sink:  # one transaction per document
        for doc in docs:
            sink.add(kamerparse.Document.from_dict(doc))  # Document objects are accepted too
    after = {t: count(db, t) for t in before}
    assert after == before
    assert rows(db, "SELECT count(DISTINCT id) FROM documents") == [(4,)]

    # the same letter in a changed text is another document (another sha256)
    changed = kamerparse.parse_text(LETTER_31936_82.replace("1 juli", "2 juli"), source="x.txt")
    to_sqlite([changed.to_dict()], db)
    assert rows(db, "SELECT date FROM documents WHERE id = 'kst-31936-82' ORDER BY 1") == [
        ("2011-07-01",),
        ("2011-07-02",),
    ]


def test_same_document_twice_in_one_batch(docs, tmp_path):
    db = tmp_path / "k.db"
    assert to_sqlite([docs[0], docs[1], docs[0]], db) == 3
    assert rows(db, "SELECT id FROM documents ORDER BY doc_key") == [
        ("kst-24587-689",),
        ("kst-29477-196",),
    ]
    assert count(db, "references") == len(docs[0]["references"]) + len(docs[1]["references"])


def test_documents_without_sha256_are_always_added(tmp_path):
    doc = {"id": "kst-1-2", "sections": [{"heading": "Empty", "paragraphs": []}]}
    db = tmp_path / "k.db"
    to_sqlite([doc, doc], db)
    assert count(db, "documents") == 2
    # a heading with no paragraphs under it is kept, with a NULL paragraph
    assert rows(db, "SELECT section, heading, paragraph, text FROM paragraphs LIMIT 1") == [
        (0, "Empty", None, None)
    ]


def test_another_layout_version_is_refused(tmp_path):
    db = tmp_path / "k.db"
    SqliteSink(db).close()
    with sqlite3.connect(db) as con:
        con.execute("UPDATE schema_version SET version = '0' WHERE component = 'sqlite'")
    with pytest.raises(SchemaMismatchError, match="layout version '0'"):
        SqliteSink(db)


def test_closed_sink(tmp_path):
    sink = SqliteSink(tmp_path / "k.db")
    sink.close()
    sink.close()
    with pytest.raises(ValueError, match="closed"):
        sink.add({"id": "x"})


def test_cli_sqlite(data_dir, tmp_path, capsys):
    inputs = [str(data_dir / "text" / name) for name in LETTERS]
    db = tmp_path / "k.db"
    assert main(["parse", "--sqlite", str(db), "-q", *inputs]) == 0
    assert capsys.readouterr().out == ""  # the database is the output
    assert main(["parse", "--sqlite", str(db), "-q", "-j", "2", *inputs]) == 0  # again
    assert rows(db, "SELECT source_path FROM documents ORDER BY source_path") == [
        (p,) for p in sorted(inputs)
    ]
    expected = [kamerparse.parse_file(p).to_dict() for p in inputs]
    assert count(db, "references") == sum(len(d["references"]) for d in expected)
    assert rows(db, 'SELECT doc_id FROM "references" WHERE ref_id = ?', "kst-24587-679") == [
        ("kst-24587-689",)
    ]

    # with --output-dir the JSON files are written as well
    out = tmp_path / "out"
    assert main(["parse", "--sqlite", str(db), "-o", str(out), "-q", inputs[0]]) == 0
    assert json.loads((out / (Path(inputs[0]).stem + ".json")).read_text())["id"] == (
        "kst-29477-196"
    )
    assert count(db, "documents") == 3


def test_failed_and_interrupted_batches(docs, tmp_path, monkeypatch):
    db = tmp_path / "k.db"
    # a malformed document fails its batch once; the sink stays usable
    sink = SqliteSink(db)
    sink.add({"source": {"sha256": "x"}, "references": [{"type": "kamerstuk"}]})  # no text
    with pytest.raises(KeyError):
        sink.flush()
    sink.add(docs[0])
    sink.close()
    assert rows(db, "SELECT id FROM documents") == [("kst-29477-196",)]

    # Ctrl-C while a batch is written: close() in the caller's cleanup still writes it
    real, calls = sqlite_module._child_rows, []

    def interrupted_once(key, doc):
        if not calls:
            calls.append(key)
            raise KeyboardInterrupt
        return real(key, doc)

    monkeypatch.setattr(sqlite_module, "_child_rows", interrupted_once)
    sink = SqliteSink(db, batch_size=2)
    sink.add(docs[1])
    with pytest.raises(KeyboardInterrupt):
        sink.add(docs[2])
    sink.close()
    assert rows(db, "SELECT id FROM documents ORDER BY doc_key") == [
        ("kst-29477-196",),
        ("kst-24587-689",),
        ("kst-32123-XIII-37",),
    ]
    assert count(db, "references") == sum(len(d["references"]) for d in docs[:3])


def test_dates_span_their_days(tmp_path):
    import sqlite3

    from kamerparse.sqlite import to_sqlite

    text = "Den Haag, 20 december 2023\n\nIn oktober 2023 en op 26 oktober jl. is gesproken.\n"
    doc = kamerparse.parse_text(text, source="x.txt")
    assert [(d.value, d.precision) for d in doc.dates] == [
        ("2023-10", "month"),
        ("2023-10-26", "day"),
    ]
    to_sqlite([doc], tmp_path / "x.db")
    with sqlite3.connect(tmp_path / "x.db") as db:
        spans = db.execute(
            "SELECT value, first_day, last_day FROM dates ORDER BY position"
        ).fetchall()
        [(day,)] = db.execute(
            "SELECT julianday(last_day) - julianday(first_day) FROM dates WHERE precision = 'month'"
        ).fetchall()
    assert spans == [
        ("2023-10", "2023-10-01", "2023-10-31"),
        ("2023-10-26", "2023-10-26", "2023-10-26"),
    ]
    assert day == 30


LAW_LETTER = """\
Nr. 7 BRIEF VAN DE MINISTER VAN LANDBOUW, NATUUR EN VOEDSELKWALITEIT

Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Den Haag, {date}

Op grond van artikel 2.1 van de Wet dieren en artikel 6 van de Wet dieren is dat verboden. \
De Omgevingswet regelt de vergunning; zie ook artikel 1 van de Grondwet en de \
motie van het lid Kuik (Kamerstuk 36 410-XIV, nr. 33). Het eerste kwartaal van 2025 volgt. \
Elk jaar op 1 juli wordt dat herzien.

De Minister van Landbouw, Natuur en Voedselkwaliteit,

P. Adema
"""


def test_laws_a_set_of_letters_cites_most(tmp_path):
    """The README's query: the acts that letters cite most, from the "references" table."""
    docs = [
        kamerparse.parse_text(LAW_LETTER.format(date=date), source=f"{n}.txt").to_dict()
        for n, date in enumerate(["1 maart 2024", "2 maart 2024"])
    ]
    db = tmp_path / "laws.db"
    to_sqlite(docs, db)
    most = rows(
        db,
        'SELECT law, ref_id, count(*) AS n, count(DISTINCT doc_key) AS letters FROM "references"'
        " WHERE type = 'law' GROUP BY law ORDER BY n DESC, law",
    )
    assert most == [
        ("Wet dieren", "BWBR0030250", 4, 2),
        ("Grondwet", "BWBR0001840", 2, 2),
        ("Omgevingswet", "BWBR0037885", 2, 2),
    ]
    assert rows(db, "SELECT DISTINCT article FROM \"references\" WHERE law = 'Wet dieren'") == [
        ("2.1",),
        ("6",),
    ]
    assert rows(db, "SELECT members, ref_id FROM \"references\" WHERE type = 'motie'")[0] == (
        '["Kuik"]',
        "kst-36410-XIV-33",
    )
    assert rows(db, "SELECT value, first_day, last_day, precision FROM periods")[0] == (
        "2025-Q1",
        "2025-01-01",
        "2025-03-31",
        "quarter",
    )
    assert rows(db, "SELECT value, first_day, last_day, recurring FROM dates")[0] == (
        "2024-07-01",
        "2024-07-01",
        "2024-07-01",
        1,
    )


def test_the_quality_verdict_and_the_checks_to_look_at_are_columns(data_dir, tmp_path):
    text = (data_dir / "text" / "web-kst-24587-689.txt").read_text(encoding="utf-8")
    # the header cut off: the letter from its first paragraph on
    headless = text[text.index("Zoals ik eerder") :]
    db = tmp_path / "q.db"
    to_sqlite([kamerparse.parse_text(text, source="a.txt").to_dict(),
               kamerparse.parse_text(headless, source="b.txt").to_dict()], db)  # fmt: skip
    got = rows(db, "SELECT source_path, quality, quality_score < 0.5, quality_checks"
                   " FROM documents ORDER BY source_path")  # fmt: skip
    assert [r[:3] for r in got] == [("a.txt", "good", 0), ("b.txt", "poor", 1)]
    assert "header" in [c["name"] for c in json.loads(got[1][3])]
    assert json.loads(got[0][3]) == []


def test_questions_and_the_kind_of_each_section(data_dir: Path, tmp_path: Path) -> None:
    # written questions and their answers (an Aanhangsel): a row per question, and the
    # paragraphs say which question or answer they belong to
    doc = kamerparse.parse_file(data_dir / "pdf" / "aanhangsel-ah-tk-20232024-1786.pdf")
    db = tmp_path / "q.db"
    to_sqlite([doc.to_dict()], db)
    assert count(db, "questions") == len(doc.questions) > 10
    ((number, question, answer),) = rows(
        db, "SELECT number, question, answer FROM questions WHERE position = 0"
    )
    assert number == "1" and question.startswith("Bent u bekend met het op 25 maart 2024")
    assert answer == "Ja."
    kinds = rows(
        db,
        "SELECT DISTINCT heading, section_kind, section_label FROM paragraphs"
        " WHERE section_label = '1' ORDER BY section",
    )
    assert kinds == [("Vraag 1", "question", "1"), ("Antwoord 1", "answer", "1")]
