"""The Dask integration, on a real two-process local cluster (skipped without dask)."""

import json
import stat
import sys
from pathlib import Path

import pytest

pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")

import kamerparse  # noqa: E402
from kamerparse import dask as kd  # noqa: E402


def path_of(record: dict) -> str:
    return record["source"]["path"] if kd.is_document(record) else record["path"]


@pytest.fixture(scope="module")
def client():
    with (
        distributed.LocalCluster(
            n_workers=2,
            processes=True,
            threads_per_worker=1,
            dashboard_address=None,
            worker_dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as c,
    ):
        yield c


@pytest.fixture
def inputs(data_dir, tmp_path) -> list[str]:
    """The test letters, a letter in a subfolder, and two inputs that fail."""
    d = tmp_path / "in"
    (d / "sub").mkdir(parents=True)
    for p in sorted((data_dir / "text").glob("*.txt")):
        (d / p.name).write_bytes(p.read_bytes())
    (d / "sub" / "copy.txt").write_bytes((data_dir / "text" / "web-kst-24587-689.txt").read_bytes())
    (d / "empty.txt").write_bytes(b"")
    (d / "fake.pdf").write_bytes(b"not a pdf")
    return [str(p) for p in sorted(d.rglob("*")) if p.is_file()]


def test_results_equal_parse_file(client, inputs, tmp_path):
    folder = str(Path(inputs[0]).parent)
    bag = kd.from_paths(folder, partition_size=2)
    assert bag.npartitions == -(-len(inputs) // 2)  # two inputs a partition
    results = bag.compute()
    # in the order of expand_inputs: a folder's files, then its subfolders
    assert [path_of(r) for r in results] == sorted(
        inputs, key=lambda p: (Path(p).parent != Path(folder), p)
    )
    for r in results:
        if kd.is_document(r):
            assert r == kamerparse.parse_file(r["source"]["path"]).to_dict()
    errors = {Path(r["path"]).name: r["error_kind"] for r in kd.errors(bag).compute()}
    assert errors == {"empty.txt": "empty", "fake.pdf": "not-pdf"}

    # a glob, and a list of paths
    globbed = kd.from_paths(folder + "/*.txt").map(path_of).compute()
    assert globbed == sorted(str(p) for p in Path(folder).glob("*.txt"))
    assert kd.from_paths(inputs[:2]).count().compute() == 2


def test_to_jsonl(client, inputs, tmp_path):
    bag = kd.from_paths(inputs, partition_size=3)
    out = tmp_path / "out"
    paths = kd.to_jsonl(bag, out)
    assert [Path(p).name for p in paths] == [
        f"part-{k:05d}.jsonl"
        for k in range(-(-len(inputs) // 3))  # three inputs a part
    ]
    assert sorted(p.name for p in out.iterdir()) == [Path(p).name for p in paths]  # no .tmp
    lines = [json.loads(line) for p in paths for line in Path(p).read_text().splitlines()]
    assert lines == bag.compute()
    mode = stat.S_IMODE(Path(paths[0]).stat().st_mode)
    assert mode & stat.S_IRGRP or sys.platform == "win32"  # not the 0600 of a temporary file

    only_docs = kd.to_jsonl(kd.documents(bag), tmp_path / "docs")
    n = sum(len(Path(p).read_text().splitlines()) for p in only_docs)
    assert n == len(inputs) - 2


def test_to_dataframe(client, inputs):
    pytest.importorskip("pandas")
    table = kd.to_dataframe(kd.from_paths(inputs, partition_size=2))
    assert list(table.columns) == list(kd.DOCUMENT_COLUMNS)
    assert len(table) == len(inputs) - 2  # the errors are left out
    row = table.set_index("source_path").loc[next(p for p in inputs if "29477" in p)]
    assert (row["id"], row["dossier"], row["date"]) == ("kst-29477-196", "29477", "2012-07-05")


def test_clear_errors(monkeypatch, tmp_path):
    with pytest.raises(FileNotFoundError, match="no inputs found"):
        kd.from_paths(str(tmp_path / "*.txt"))
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if pandas were not installed
    with pytest.raises(ImportError, match="pip install pandas"):
        kd.to_dataframe(None)
    monkeypatch.setitem(sys.modules, "dask.bag", None)
    with pytest.raises(ImportError, match=r"pip install 'kamerparse\[dask\]'"):
        kd.from_paths(str(tmp_path))
