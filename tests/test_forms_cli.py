"""Every accepted form from the command line: a folder of publication XML, standard input."""

from __future__ import annotations

import io
import json
import shutil

import pytest

from kamerparse.cli import main


def test_a_folder_of_publication_xml(data_dir, tmp_path, capsys):
    folder = tmp_path / "xml"
    shutil.copytree(data_dir / "xml", folder)
    assert main(["parse", "--jsonl", "-", "-q", "-j", "1", str(folder)]) == 1
    out, err = capsys.readouterr()
    docs = [json.loads(line) for line in out.splitlines()]
    motie_xmls = sorted((data_dir / "xml").glob("*.xml"))
    transcribed = sorted((data_dir / "xml" / "transcribed").glob("*.xml"))
    assert len(docs) == len(motie_xmls) + len(transcribed)  # searched recursively
    assert {d["source"]["format"] for d in docs} == {"xml"}
    kinds = sorted(d["document_type"] for d in docs)
    assert kinds == ["aanhangsel", "brief", "handelingen"] + ["motie"] * len(motie_xmls)
    # the Staatsblad, Staatscourant and Gemeenteblad files: one line each, the batch goes on
    refused = [line for line in err.splitlines() if line.startswith("kamerparse: ")]
    assert len(refused) == 3 and all("kamerparse reads Kamerstukken" in r for r in refused)


# --- standard input and the output shape -------------------------------------------------------


def _stdin(monkeypatch, data: bytes) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))


@pytest.mark.parametrize(
    ("name", "form", "kst"),
    [
        ("xml/4fc8e28c-5f92-418a-8e7c-ace40e2b677e.xml", "xml", "kst-21501-02-3121"),
        ("pdf/motie-kst-21501-02-3121.pdf", "pdf", "kst-21501-02-3121"),
        ("docx/motie-kst-36278-32.docx", "docx", "kst-36278-32"),
        ("text/web-kst-24587-689.txt", "text", "kst-24587-689"),
    ],
)
def test_one_document_from_stdin_by_its_content(data_dir, monkeypatch, capsys, name, form, kst):
    _stdin(monkeypatch, (data_dir / name).read_bytes())
    assert main(["parse", "-"]) == 0
    out = capsys.readouterr().out
    doc = json.loads(out)  # one JSON document, indented
    assert out.startswith("{\n") and doc["id"] == kst
    assert doc["source"]["format"] == form and doc["source"]["path"] == "<stdin>"


def test_stdin_to_jsonl_and_to_a_folder(data_dir, monkeypatch, capsys, tmp_path):
    data = (data_dir / "xml" / "4fc8e28c-5f92-418a-8e7c-ace40e2b677e.xml").read_bytes()
    _stdin(monkeypatch, data)
    assert main(["parse", "-", "--jsonl", "-"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert json.loads(line)["id"] == "kst-21501-02-3121"
    _stdin(monkeypatch, data)
    assert main(["parse", "-", "-o", str(tmp_path / "out")]) == 0
    assert json.loads((tmp_path / "out" / "stdin.json").read_text())["source"]["format"] == "xml"


def test_bad_stdin_gets_one_line(monkeypatch, capsys, tmp_path):
    _stdin(monkeypatch, b"")
    errors = tmp_path / "errors.jsonl"
    assert main(["parse", "-", "--errors", str(errors)]) == 1
    assert capsys.readouterr().err == "kamerparse: <stdin>: empty input\n"
    assert json.loads(errors.read_text()) == {"path": "<stdin>", "kind": "empty",
                                              "message": "empty input"}  # fmt: skip
    assert main(["parse", "-", "other.txt"]) == 2
    assert "no other inputs" in capsys.readouterr().err


def test_shape_follows_the_command_line_not_the_match_count(data_dir, tmp_path, capsys):
    folder = tmp_path / "one"
    folder.mkdir()
    letter = data_dir / "text" / "web-kst-24587-689.txt"
    (folder / letter.name).write_bytes(letter.read_bytes())
    # a folder (or glob) that holds one file still prints JSON Lines
    for args in ([str(folder)], [str(folder / "*.txt")]):
        assert main(["parse", "-q", *args]) == 0
        (line,) = capsys.readouterr().out.splitlines()
        assert json.loads(line)["id"] == "kst-24587-689"
    # a named file prints one document; --json asks for that shape for a folder or glob
    for args in ([str(letter)], ["--json", str(folder)], ["--json", str(folder / "*.txt")]):
        assert main(["parse", "-q", *args]) == 0
        out = capsys.readouterr().out
        assert out.startswith("{\n") and json.loads(out)["id"] == "kst-24587-689"
    # --json with several documents, or with another output, is a usage error
    assert main(["parse", "--json", str(data_dir / "text")]) == 2
    assert "--json prints one document; " in capsys.readouterr().err
    assert main(["parse", "--json", "--jsonl", "-", str(letter)]) == 2
