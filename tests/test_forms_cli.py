"""Every accepted form from the command line: a folder of publication XML, standard input."""

from __future__ import annotations

import json
import shutil

from kamerparse.cli import main


def test_a_folder_of_publication_xml(data_dir, tmp_path, capsys):
    folder = tmp_path / "xml"
    shutil.copytree(data_dir / "xml", folder)
    assert main(["parse", "--jsonl", "-", "-q", "-j", "1", str(folder)]) == 1
    out, err = capsys.readouterr()
    docs = [json.loads(line) for line in out.splitlines()]
    motie_xmls = sorted(p for p in (data_dir / "xml").glob("*.xml"))
    assert len(docs) == len(motie_xmls)
    assert {d["source"]["format"] for d in docs} == {"xml"}
    assert all(d["document_type"] == "motie" and d["id"].startswith("kst-") for d in docs)
    # the Staatsblad, Staatscourant and Gemeenteblad files: one line each, the batch goes on
    refused = [line for line in err.splitlines() if line.startswith("kamerparse: ")]
    assert len(refused) == 3 and all("kamerparse reads Kamerstukken" in r for r in refused)
