"""The command line, run in-process through kamerparse.cli.main and as `python -m kamerparse`."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kamerparse.cli import main
from kamerparse.model import SCHEMA_VERSION

LETTER = "web-kst-24587-689.txt"
GOOD = sorted(p.name for p in (Path(__file__).parent / "data" / "text").glob("*.txt"))


@pytest.fixture
def letters(data_dir, tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for p in (data_dir / "text").glob("*.txt"):
        (d / p.name).write_bytes(p.read_bytes())
    return d


def test_one_input_to_stdout(letters, capsys):
    assert main(["parse", str(letters / LETTER)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out["id"] == "kst-24587-689" and out["schema_version"] == SCHEMA_VERSION


def test_output_dir(letters, tmp_path, capsys):
    out = tmp_path / "out"
    assert main(["parse", "-o", str(out), "-q", str(letters)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(p.stem + ".json" for p in letters.iterdir())
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_bad_input_does_not_stop_the_batch(letters, tmp_path, capsys):
    (letters / "empty.txt").write_bytes(b"")
    (letters / "garbage.txt").write_bytes(bytes(range(256)) * 4)
    (letters / "fake.pdf").write_bytes(b"not a pdf at all")
    out, errors = tmp_path / "out", tmp_path / "errors.jsonl"
    code = main(["parse", "-o", str(out), "--errors", str(errors), "-j", "2", "-q", str(letters)])
    assert code == 1
    err = capsys.readouterr().err
    lines = [line for line in err.splitlines() if line.startswith("kamerparse: ")]
    assert len(lines) == 3 and all("Traceback" not in line for line in err.splitlines())
    assert any("empty.txt: empty input" in line for line in lines)
    kinds = sorted(json.loads(line)["kind"] for line in errors.read_text().splitlines())
    assert kinds == ["binary", "empty", "not-pdf"]
    assert len(list(out.iterdir())) == len(GOOD)  # the good letters are all written


def test_jsonl_and_skip_existing(letters, tmp_path, capsys):
    jsonl = tmp_path / "all.jsonl"
    assert main(["parse", "--jsonl", str(jsonl), "-q", str(letters)]) == 0
    docs = [json.loads(line) for line in jsonl.read_text().splitlines()]
    assert len(docs) == len(GOOD) and all(d["schema_version"] == SCHEMA_VERSION for d in docs)
    out = tmp_path / "out"
    assert main(["parse", "-o", str(out), "-q", str(letters / LETTER)]) == 0
    assert main(["parse", "-o", str(out), "--skip-existing", str(letters)]) == 0
    assert "skipped 1 inputs" in capsys.readouterr().err
    assert len(list(out.iterdir())) == len(GOOD)


def test_fail_fast(letters, tmp_path, capsys):
    (letters / "aaa-empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    assert main(["parse", "-o", str(out), "--fail-fast", "-j", "1", "-q", str(letters)]) == 1
    assert not out.exists() or len(list(out.iterdir())) == 0


def test_usage_errors(tmp_path, capsys):
    assert main(["parse", str(tmp_path)]) == 2  # an empty folder: no inputs
    assert "no inputs found" in capsys.readouterr().err
    assert main(["parse", "--jobs", "0", str(tmp_path)]) == 2
    assert main(["frobnicate"]) == 2
    assert main([]) == 2


def test_missing_file_is_a_failed_input(tmp_path, capsys):
    assert main(["parse", str(tmp_path / "nope.txt")]) == 1
    assert "nope.txt: no such file" in capsys.readouterr().err


def test_schema_command(capsys):
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "kamerparse document"


def test_python_dash_m(data_dir):
    proc = subprocess.run(
        [sys.executable, "-m", "kamerparse", "parse", str(data_dir / "text" / LETTER)],
        capture_output=True, text=True, env={**os.environ, "PYTHONIOENCODING": "utf-8"},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["number"] == "689"


def test_help_explains():
    proc = subprocess.run(
        [sys.executable, "-m", "kamerparse", "parse", "--help"], capture_output=True, text=True
    )
    assert proc.returncode == 0
    assert "--output-dir" in proc.stdout and "examples:" in proc.stdout


def test_unwritable_outputs_are_usage_errors(letters, tmp_path, capsys):
    assert main(["parse", "--jsonl", str(tmp_path / "no" / "x.jsonl"), str(letters)]) == 2
    (tmp_path / "bad.db").write_text("not a database")
    assert main(["parse", "--sqlite", str(tmp_path / "bad.db"), str(letters)]) == 2
    err = capsys.readouterr().err
    assert "cannot write" in err and "Traceback" not in err


def test_output_files_get_ordinary_permissions(letters, tmp_path):
    out = tmp_path / "out"
    assert main(["parse", "-o", str(out), "-q", str(letters / LETTER)]) == 0
    mode = (out / (Path(LETTER).stem + ".json")).stat().st_mode & 0o777
    umask = os.umask(0o022)
    os.umask(umask)
    assert mode == 0o666 & ~umask


def test_same_names_in_different_folders_do_not_overwrite(tmp_path, data_dir, capsys):
    src = tmp_path / "in"
    for sub in ("a", "b"):
        (src / sub).mkdir(parents=True)
        (src / sub / LETTER).write_bytes((data_dir / "text" / LETTER).read_bytes())
    out = tmp_path / "out"
    assert main(["parse", "-o", str(out), "-q", str(src)]) == 0
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json")) == [
        f"a/{Path(LETTER).stem}.json", f"b/{Path(LETTER).stem}.json",
    ]  # fmt: skip
    # named files that would write one output are refused before any work
    files = [str(src / "a" / LETTER), str(src / "b" / LETTER)]
    assert main(["parse", "-o", str(tmp_path / "out2"), *files]) == 2
    assert "would both be written to" in capsys.readouterr().err


def test_parallel_stream_to_stdout_has_each_document_once(letters, tmp_path):
    # workers fork from the command line's process: nothing it has written may reach stdout
    # twice, whatever the workers inherit
    many = tmp_path / "many"
    many.mkdir()
    text = (letters / LETTER).read_bytes()
    for i in range(40):
        (many / f"{i:02d}.txt").write_bytes(text)
    proc = subprocess.run(
        [sys.executable, "-m", "kamerparse", "parse", "-j", "2", "--jsonl", "-", str(many)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    paths = [json.loads(line)["source"]["path"] for line in proc.stdout.splitlines()]
    assert sorted(paths) == sorted(str(many / f"{i:02d}.txt") for i in range(40))


def test_min_quality_lists_lower_verdicts_as_errors_and_still_writes_them(data_dir, tmp_path, capsys):  # fmt: skip
    inp = tmp_path / "in"
    inp.mkdir()
    text = (data_dir / "text" / LETTER).read_text(encoding="utf-8")
    (inp / "whole.txt").write_text(text, encoding="utf-8")
    # the same letter with its header cut off: parsed, but its header is not to be trusted
    (inp / "headless.txt").write_text(text[text.index("Zoals ik eerder") :], encoding="utf-8")
    out, errors = tmp_path / "out", tmp_path / "errors.jsonl"
    argv = ["parse", "-o", str(out), "--errors", str(errors), "--min-quality", "good", str(inp)]
    assert main([*argv, "-j", "1"]) == 0  # every input parsed
    assert sorted(p.name for p in out.iterdir()) == ["headless.json", "whole.json"]
    (record,) = [json.loads(line) for line in errors.read_text().splitlines()]
    assert record["path"].endswith("headless.txt") and record["kind"] == "quality"
    assert record["message"].startswith("quality poor (score ") and "header:" in record["message"]
    err = capsys.readouterr().err
    assert "headless.txt: quality poor" in err
    assert "2 inputs: 1 good, 0 check, 1 poor, 0 failed" in err
    # at --min-quality poor nothing is below the minimum
    assert main(["parse", "-o", str(out), "--errors", str(errors), "--min-quality", "poor", str(inp)]) == 0  # fmt: skip
    assert errors.read_text() == ""
