"""Hostile and careless inputs: no hang, no crash, no lost or clobbered output."""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pytest

import kamerparse
from kamerparse.cli import main

DATA = Path(__file__).parent / "data"
LETTER = "web-kst-24587-689.txt"
GOOD = sorted(p.name for p in (DATA / "text").glob("*.txt"))


@pytest.fixture
def letters(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    for p in (DATA / "text").glob("*.txt"):
        (d / p.name).write_bytes(p.read_bytes())
    return d


def _peak_mb(func, *args) -> float:
    tracemalloc.start()
    try:
        func(*args)
        return tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()


def test_long_digit_run_after_nr_takes_linear_memory():
    # a footnote marker is a few digits: every prefix or suffix of a 20,000-digit run after
    # "nr." was once kept as a candidate marker (memory in the square of its length)
    small = _peak_mb(kamerparse.parse_text, "Zie Kamerstuk 27 925, nr. " + "1" * 10_000 + "\n")
    large = _peak_mb(kamerparse.parse_text, "Zie Kamerstuk 27 925, nr. " + "1" * 40_000 + "\n")
    assert large < 40 and large < 6 * small


# --- a worker that dies -------------------------------------------------------------------


def _die_on_three(n: int) -> int:
    if n == 3:
        os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer does
    return n * 10


def test_dead_worker_is_reported_and_the_batch_goes_on():
    from kamerparse.batch import run_parallel

    out = list(
        run_parallel(
            _die_on_three,
            range(8),
            jobs=2,
            chunksize=2,
            start_method="fork",
            on_crash=lambda n, why: f"crashed {n}: {why}",
        )
    )
    assert out[:3] == [0, 10, 20] and out[4:] == [40, 50, 60, 70]
    assert out[3].startswith("crashed 3: ") and "SIGKILL" in out[3]


def test_dead_worker_in_the_command_line_is_kind_crashed(letters, tmp_path, monkeypatch, capsys):
    import kamerparse.cli

    real = kamerparse.cli.parse_one

    def parse_one(path, backend="auto", ocr=False):
        if path.endswith(LETTER):
            os.kill(os.getpid(), signal.SIGKILL)
        return real(path, backend, ocr)

    monkeypatch.setattr(kamerparse.cli, "parse_one", parse_one)
    out, errors = tmp_path / "out", tmp_path / "errors.jsonl"
    code = main(["parse", "-q", "-j", "2", "-o", str(out), "--errors", str(errors), str(letters)])
    assert code == 1
    [line] = [json.loads(x) for x in errors.read_text().splitlines()]
    assert line["kind"] == "crashed" and line["path"].endswith(LETTER)
    assert len(list(out.iterdir())) == len(GOOD) - 1


def test_worker_memory_is_capped():
    from kamerparse.batch import run_parallel

    pytest.importorskip("resource")
    [result] = run_parallel(
        _allocate, [3 * 2**30], jobs=1, start_method="fork", memory_limit=512 * 2**20,
        on_crash=lambda n, why: why,
    )  # fmt: skip
    assert result == "MemoryError"


def _allocate(n: int) -> str:
    try:
        b = bytearray(n)
        return f"allocated {len(b)}"
    except MemoryError:
        return "MemoryError"


# --- special files and odd file names -----------------------------------------------------


def _run_cli(*args: str, timeout: float = 30) -> subprocess.CompletedProcess[str]:
    """The command line in a child process, so that a hang fails the test instead of the run;
    its memory is capped, so that reading an endless device cannot take the machine."""

    def cap() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (2 * 2**30, resource.RLIM_INFINITY))

    with subprocess.Popen(
        [sys.executable, "-m", "kamerparse", *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        errors="backslashreplace",
        preexec_fn=cap,
        start_new_session=True,  # a hung run is killed with its workers
    ) as p:
        try:
            out, err = p.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(p.pid, signal.SIGKILL)
            raise
    return subprocess.CompletedProcess(p.args, p.returncode, out, err)


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_named_fifo_gets_one_line_and_no_hang(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    r = _run_cli("parse", "-q", str(fifo), str(DATA / "text" / LETTER))
    assert r.returncode == 1
    assert r.stderr.splitlines() == [f"kamerparse: {fifo}: not a regular file (a FIFO)"]
    assert json.loads(r.stdout.splitlines()[0])["id"] == "kst-24587-689"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_fifo_in_a_folder_is_passed_over(letters, tmp_path):
    os.mkfifo(letters / "pipe.txt")
    r = _run_cli("parse", "-q", "--jsonl", str(tmp_path / "all.jsonl"), str(letters))
    assert (r.returncode, r.stderr) == (0, "")
    assert len((tmp_path / "all.jsonl").read_text().splitlines()) == len(GOOD)


@pytest.mark.skipif(not os.path.exists("/dev/zero"), reason="no /dev/zero")
def test_dev_zero_is_refused_not_read():
    with pytest.raises(kamerparse.ParseError) as e:
        kamerparse.parse_file("/dev/zero")
    assert e.value.kind == "unreadable" and "not a regular file" in e.value.message
    r = _run_cli("parse", "-q", "/dev/zero")
    assert r.returncode == 1
    assert r.stderr == "kamerparse: /dev/zero: not a regular file (a character device)\n"


def _undecodable_name(folder: Path) -> Path:
    raw = os.fsencode(folder) + b"/brief-\xff\xfe.txt"
    with open(raw, "wb") as f:
        f.write((DATA / "text" / LETTER).read_bytes() + b"\n")  # its own sha256: a new document
    return Path(os.fsdecode(raw))


@pytest.mark.parametrize("mode", ["-o", "--jsonl", "--sqlite"])
def test_file_name_that_is_not_utf8_is_parsed_in_every_mode(letters, tmp_path, mode, capsys):
    _undecodable_name(letters)
    target = tmp_path / ("out" if mode == "-o" else "all.out")
    assert main(["parse", "-q", "-j", "2", mode, str(target), str(letters)]) == 0
    assert capsys.readouterr().err == ""
    if mode == "-o":
        assert len(list(target.iterdir())) == len(GOOD) + 1
    elif mode == "--jsonl":
        paths = [json.loads(x)["source"]["path"] for x in target.read_text().splitlines()]
        assert len(paths) == len(GOOD) + 1
        assert str(letters / "brief-\\xff\\xfe.txt") in paths
    else:
        import sqlite3

        with sqlite3.connect(target) as db:
            [(n,)] = db.execute("SELECT count(*) FROM documents").fetchall()
        assert n == len(GOOD) + 1


def test_bad_file_with_odd_name_gets_one_escaped_line(letters, tmp_path, capsys):
    raw = os.fsencode(letters) + b"/leeg-\xff\nkamerparse: vals.txt: forged.txt"
    open(raw, "wb").close()
    errors = tmp_path / "errors.jsonl"
    assert main(["parse", "-q", "-j", "2", "-o", str(tmp_path / "out"), "--errors",
                 str(errors), str(letters)]) == 1  # fmt: skip
    [line] = capsys.readouterr().err.splitlines()
    assert (
        line == f"kamerparse: {letters}/leeg-\\xff\\nkamerparse: vals.txt: forged.txt: empty input"
    )
    [record] = [json.loads(x) for x in errors.read_text(encoding="utf-8").splitlines()]
    assert record["path"] == f"{letters}/leeg-\\xff\\nkamerparse: vals.txt: forged.txt"


# --- outputs are never clobbered ----------------------------------------------------------


def _interrupt_after(monkeypatch, n: int) -> None:
    """Ctrl-C in the command line's own process once ``n`` results have come in."""
    import kamerparse.cli

    real = kamerparse.cli.Progress.step

    def step(self, failed, verdict=None):
        real(self, failed, verdict)
        if self.done == n:
            raise KeyboardInterrupt

    monkeypatch.setattr(kamerparse.cli.Progress, "step", step)


def test_interrupted_jsonl_keeps_the_previous_file(letters, tmp_path, monkeypatch, capsys):
    jsonl = tmp_path / "all.jsonl"
    assert main(["parse", "-q", "--jsonl", str(jsonl), str(letters)]) == 0
    before = jsonl.read_bytes()
    _interrupt_after(monkeypatch, 3)
    assert main(["parse", "-q", "-j", "2", "--jsonl", str(jsonl), str(letters)]) == 130
    assert jsonl.read_bytes() == before
    part = tmp_path / "all.jsonl.part"
    assert len(part.read_text().splitlines()) == 2  # the two results written before the third
    err = capsys.readouterr().err
    assert f"{part}" in err and "Traceback" not in err


def test_interrupted_first_jsonl_leaves_no_final_file(letters, tmp_path, monkeypatch, capsys):
    jsonl = tmp_path / "all.jsonl"
    _interrupt_after(monkeypatch, 2)
    assert main(["parse", "-q", "--jsonl", str(jsonl), str(letters)]) == 130
    assert not jsonl.exists() and (tmp_path / "all.jsonl.part").exists()


def test_jsonl_is_written_through_a_symlink(letters, tmp_path):
    real = tmp_path / "data" / "all.jsonl"
    real.parent.mkdir()
    real.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    assert main(["parse", "-q", "--jsonl", str(link), str(letters)]) == 0
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert len(real.read_text().splitlines()) == len(GOOD)
    assert sorted(p.name for p in real.parent.iterdir()) == ["all.jsonl"]


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_jsonl_is_written_into_a_fifo_not_over_it(letters, tmp_path):
    import threading

    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got: list[str] = []
    reader = threading.Thread(target=lambda: got.extend(fifo.read_text().splitlines()))
    reader.start()
    r = _run_cli("parse", "-q", "--jsonl", str(fifo), str(letters))
    reader.join(10)
    assert r.returncode == 0, r.stderr
    assert fifo.is_fifo() and len(got) == len(GOOD)


def test_output_dir_and_jsonl_write_both(letters, tmp_path):
    out, jsonl = tmp_path / "out", tmp_path / "all.jsonl"
    assert (
        main(["parse", "-q", "-j", "2", "-o", str(out), "--jsonl", str(jsonl), str(letters)]) == 0
    )
    assert len(list(out.iterdir())) == len(GOOD)
    assert len(jsonl.read_text().splitlines()) == len(GOOD)


def test_output_dir_never_overwrites_a_file_it_did_not_write(letters, tmp_path, capsys):
    mine = letters / (Path(LETTER).stem + ".json")
    mine.write_text('{"my": "own notes"}\n')
    errors = tmp_path / "errors.jsonl"
    code = main(
        ["parse", "-q", "-j", "2", "-o", str(letters), "--errors", str(errors), str(letters)]
    )
    assert code == 1
    assert mine.read_text() == '{"my": "own notes"}\n'
    [record] = [json.loads(x) for x in errors.read_text().splitlines()]
    assert record["kind"] == "exists" and record["path"].endswith(LETTER)
    assert "not written by kamerparse" in capsys.readouterr().err
    # its own outputs it replaces: a rerun is no error
    mine.unlink()
    assert main(["parse", "-q", "-o", str(letters), str(letters)]) == 0
    assert main(["parse", "-q", "-o", str(letters), str(letters)]) == 0


def test_an_input_is_never_its_own_output(letters, tmp_path, capsys):
    own = letters / "brief.json"
    own.write_bytes((letters / LETTER).read_bytes())
    assert main(["parse", "-q", "-o", str(letters), str(own)]) == 2
    assert own.read_bytes() == (letters / LETTER).read_bytes()
    assert "would overwrite the input" in capsys.readouterr().err


def test_unwritable_output_folder_is_one_usage_error(letters, tmp_path, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert main(["parse", "-q", "-o", str(blocker / "out"), str(letters)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith("kamerparse: error: cannot write ") and str(blocker) in line


def test_unreadable_sub_folder_is_reported(letters, tmp_path, monkeypatch, capsys):
    (letters / "sub").mkdir()
    real = os.scandir

    def scandir(path="."):
        if os.fspath(path).endswith("sub"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    errors = tmp_path / "errors.jsonl"
    code = main(["parse", "-q", "-j", "1", "--jsonl", str(tmp_path / "a.jsonl"), "--errors",
                 str(errors), str(letters)])  # fmt: skip
    assert code == 1
    assert (
        capsys.readouterr().err
        == f"kamerparse: {letters / 'sub'}: cannot read folder: Permission denied\n"
    )
    [record] = [json.loads(x) for x in errors.read_text().splitlines()]
    assert record == {"path": str(letters / "sub"), "kind": "unreadable",
                      "message": "cannot read folder: Permission denied"}  # fmt: skip
    assert len((tmp_path / "a.jsonl").read_text().splitlines()) == len(GOOD)


# --- SQLite errors ------------------------------------------------------------------------


@pytest.mark.parametrize("reason", ["database is locked", "database or disk is full"])
def test_sqlite_error_is_one_line_and_keeps_what_was_committed(
    letters, tmp_path, monkeypatch, capsys, reason
):
    import sqlite3

    import kamerparse.sqlite

    real = kamerparse.sqlite.SqliteSink.flush
    calls = []

    def flush(self):
        calls.append(len(self._buffer))
        if len(calls) == 2:  # the second batch meets a locked database or a full disk
            self._buffer.clear()
            raise sqlite3.OperationalError(reason)
        real(self)

    monkeypatch.setattr(kamerparse.sqlite.SqliteSink, "flush", flush)
    monkeypatch.setattr(kamerparse.sqlite, "DEFAULT_BATCH_SIZE", 3)
    db, errors = tmp_path / "x.db", tmp_path / "errors.jsonl"
    code = main(
        ["parse", "-q", "-j", "1", "--sqlite", str(db), "--errors", str(errors), str(letters)]
    )
    assert code == 1
    err = capsys.readouterr().err
    assert err == f"kamerparse: {db}: cannot write: {reason}\n"
    with sqlite3.connect(db) as con:
        written = [p for (p,) in con.execute("SELECT source_path FROM documents")]
    assert len(written) == 3
    failed = [json.loads(x) for x in errors.read_text().splitlines()]
    assert {r["kind"] for r in failed} == {"not-written"}
    assert sorted(written + [r["path"] for r in failed]) == sorted(str(letters / n) for n in GOOD)


# --- check ----------------------------------------------------------------------------------


def test_check_reports_a_corrupt_expectation(letters, capsys):
    (letters / (Path(LETTER).stem + ".expected.json")).write_text('{"id": "kst-')
    assert main(["check", str(letters / LETTER)]) == 1
    out = capsys.readouterr().out
    assert "expectation is not valid JSON" in out and "1 failed" in out


# --- interrupts -----------------------------------------------------------------------------


def _start_batch(folder: Path, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-m", "kamerparse", "parse", "-q", "-j", "2", *args, str(folder)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own process group, as a terminal's Ctrl-C reaches it
    )


def _many_letters(tmp_path: Path, n: int = 400) -> Path:
    folder = tmp_path / "many"
    folder.mkdir()
    text = (DATA / "text" / LETTER).read_bytes()
    for i in range(n):
        (folder / f"{i:03d}.txt").write_bytes(text + b"\n" * (i % 7))
    return folder


def _wait_for(check, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while not check():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


@pytest.mark.skipif(os.name == "nt", reason="process groups and SIGINT are POSIX")
def test_ctrl_c_leaves_no_temporary_file_and_no_traceback(tmp_path):
    # enough letters that the batch cannot finish before the signal reaches it, however
    # slowly this process is scheduled beside it
    folder, out = _many_letters(tmp_path, 4000), tmp_path / "out"
    p = _start_batch(folder, "-o", str(out))
    _wait_for(lambda: out.exists() and len(os.listdir(out)) > 20)
    os.killpg(p.pid, signal.SIGINT)  # to the whole group, as the terminal does
    _, err = p.communicate(timeout=30)
    assert p.returncode == 130
    assert err == "kamerparse: interrupted\n"
    names = os.listdir(out)
    assert not [n for n in names if n.endswith(".tmp")]
    for name in names:  # every file that is there is complete
        json.loads((out / name).read_text())


@pytest.mark.skipif(os.name == "nt", reason="SIGKILL is POSIX")
def test_killed_run_is_completed_by_a_rerun(tmp_path):
    folder, out = _many_letters(tmp_path), tmp_path / "out"
    p = _start_batch(folder, "-o", str(out))
    _wait_for(lambda: out.exists() and len(os.listdir(out)) > 20)
    os.killpg(p.pid, signal.SIGKILL)
    p.communicate(timeout=30)
    for name in os.listdir(out):
        if not name.startswith("."):
            json.loads((out / name).read_text())  # no file that looks complete but is not
    r = _start_batch(folder, "-o", str(out), "--skip-existing")
    r.communicate(timeout=60)
    assert r.returncode == 0
    done = sorted(n for n in os.listdir(out) if not n.startswith("."))
    assert done == sorted(f"{i:03d}.json" for i in range(400))


# --- every library error is a ParseError ----------------------------------------------------

DOCX = (DATA / "docx" / "motie-kst-36682-10.docx").read_bytes()


def _central_entry(data: bytes, name: bytes) -> int:
    """Offset of the central directory record of ``name`` in a zip."""
    at = 0
    while (at := data.find(b"PK\x01\x02", at + 1)) != -1:
        n = int.from_bytes(data[at + 28 : at + 30], "little")
        if data[at + 46 : at + 46 + n] == name:
            return at
    raise AssertionError(name)


def _patch(data: bytes, at: int, value: bytes) -> bytes:
    return data[:at] + value + data[at + len(value) :]


def _local_data(data: bytes, name: bytes) -> int:
    """Offset of the compressed bytes of ``name``."""
    at = int.from_bytes(data[_central_entry(data, name) + 42 :][:4], "little")
    n, extra = (int.from_bytes(data[at + k : at + k + 2], "little") for k in (26, 28))
    return at + 30 + n + extra


_DOC = b"word/document.xml"
DAMAGED_DOCX = {
    # zipfile raises RuntimeError for an encrypted entry
    "encrypted entry": _patch(DOCX, _central_entry(DOCX, _DOC) + 8, b"\x01\x00"),
    # ... NotImplementedError for a compression method it lacks
    "unknown compression": _patch(DOCX, _central_entry(DOCX, _DOC) + 10, b"\x63\x00"),
    # ... zlib.error for a broken deflate stream
    "broken deflate stream": _patch(DOCX, _local_data(DOCX, _DOC), b"\xff" * 16),
    # ... and a bad CRC, or a header that lies about sizes
    "bad crc": _patch(DOCX, _central_entry(DOCX, _DOC) + 16, b"\x00\x00\x00\x00"),
    "negative header offset": _patch(DOCX, _central_entry(DOCX, _DOC) + 42, b"\xff\xff\xff\x7f"),
    "cut in half": DOCX[: len(DOCX) // 2],
}


@pytest.mark.parametrize("damage", DAMAGED_DOCX)
def test_damaged_docx_is_a_parse_error(damage):
    with pytest.raises(kamerparse.ParseError) as e:
        kamerparse.parse_bytes(DAMAGED_DOCX[damage], source="x.docx")
    assert e.value.kind == "corrupt-docx", e.value


def test_docx_of_tiny_tags_is_refused_within_bounded_memory():
    import io
    import zipfile

    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        body = b"<w:r/>" * 500_000  # 3 MB of XML, some ten KB packed
        z.writestr("word/document.xml", b'<w:document xmlns:w="http://schemas.openxmlformats.org'
                   b'/wordprocessingml/2006/main"><w:body><w:p>' + body + b"</w:p></w:body></w:document>")  # fmt: skip
    data = buf.getvalue()
    assert len(data) < 200_000
    tracemalloc.start()
    try:
        with pytest.raises(kamerparse.ParseError) as e:
            kamerparse.parse_bytes(data, source="bomb.docx")
        peak = tracemalloc.get_traced_memory()[1] / 2**20
    finally:
        tracemalloc.stop()
    assert e.value.kind == "too-large" and peak < 300


def test_lone_surrogates_in_text_are_replaced_with_a_warning():
    text = (DATA / "text" / LETTER).read_text(encoding="utf-8")
    doc = kamerparse.parse_text(text.replace("Den Haag", "Den \ud800Haag", 1), source="x.txt")
    assert any("surrogate" in w for w in doc.warnings)
    doc.to_json().encode("utf-8")  # the JSON is valid UTF-8


@pytest.mark.parametrize(
    "text", ["\udcff", "Brief\ud800 van de minister\n\nDen Haag, 1 mei 2024\n"]
)
def test_text_of_lone_surrogates_never_raises_anything_but_parse_error(text):
    with contextlib.suppress(kamerparse.ParseError):
        kamerparse.parse_text(text).to_json().encode("utf-8")


ZERO_SIZE_TEXT = b" ".join(
    b"BT /F1 0 Tf 72 %d Td (Den Haag, een regel tekst van de brief nummer %d) Tj ET"
    % (770 - 14 * i, i)
    for i in range(30)
)


@pytest.mark.parametrize("backend", ["pdfium", "pdfplumber"])
def test_zero_size_font_is_a_parse_error(backend):
    if backend == "pdfplumber":
        pytest.importorskip("pdfplumber", reason="the pdfplumber back end is an optional extra")
    from tests.pdfmake import make_pdf

    with pytest.raises(kamerparse.ParseError) as e:
        kamerparse.parse_bytes(make_pdf(ZERO_SIZE_TEXT), source="x.pdf", backend=backend)
    assert e.value.kind == "no-text-layer"


def test_long_capital_title_line_is_linear():
    # a motie's title lines are read while they are in capitals; 100 KB of capitals ending in
    # one small letter was tried at every capital (half a minute)
    title = "GEWIJZIGDE MOTIE VAN HET LID TEN HOOPEN C.S. " * 2_500 + "x"
    text = f"32 123 XIII\nVaststelling van de begroting\n\nNr. 37\n{title}\n\nVoorgesteld 3 november 2009\n"
    # a hang guard, not a speed target (benchmarks/input_scaling.py measures how time grows);
    # the quadratic match took half a minute, a linear one takes milliseconds
    start = time.monotonic()
    doc = kamerparse.parse_text(text)
    assert time.monotonic() - start < 10
    assert doc.id == "kst-32123-XIII-37" and doc.quality.verdict == "poor"  # type: ignore[union-attr]


# --- packaging ------------------------------------------------------------------------------


def test_pdfplumber_back_end_missing_is_a_clear_error(monkeypatch, tmp_path, capsys):
    import kamerparse.frontends.pdf as pdf

    monkeypatch.setattr(pdf, "has_pdfplumber", lambda: False)
    with pytest.raises(ImportError, match=r"kamerparse\[pdfplumber\]"):
        kamerparse.parse_file(DATA / "pdf" / "kst-CII-G.pdf", backend="pdfplumber")
    assert main(["parse", "--backend", "pdfplumber", str(DATA / "pdf" / "kst-CII-G.pdf")]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert "pip install 'kamerparse[pdfplumber]'" in line


def test_outputs_are_written_where_os_has_no_fchmod(monkeypatch, tmp_path):
    monkeypatch.delattr(os, "fchmod")  # Windows
    from kamerparse.output import atomic_write

    atomic_write(tmp_path / "x.json", "{}\n")
    assert (tmp_path / "x.json").read_text() == "{}\n"


def test_version_is_the_installed_distribution_version():
    from importlib.metadata import version

    assert kamerparse.__version__ == version("kamerparse")


def test_pdf_content_stream_bomb_is_refused_before_it_is_laid_out():
    from tests.pdfmake import make_pdf

    # 100 KB of PDF whose one page draws three million lines (at eight million lines, 200 KB,
    # a reader took 3 GB and a minute)
    content = b"BT /F1 11 Tf 72 700 Td (Den Haag) Tj ET\n" + b"0 0 m 1 1 l S\n" * 3_000_000
    pdf = make_pdf(content, compress=True)
    assert len(pdf) < 100_000
    start = time.monotonic()
    with pytest.raises(kamerparse.ParseError) as e:
        kamerparse.parse_bytes(pdf, source="bomb.pdf")
    assert e.value.kind == "too-large" and time.monotonic() - start < 5


# --- Parquet --------------------------------------------------------------------------------


def test_parquet_has_the_sqlite_tables_and_rows(letters, tmp_path):
    pq = pytest.importorskip("pyarrow.parquet", reason="Parquet output is an optional extra")
    import datetime
    import sqlite3

    db, folder = tmp_path / "x.db", tmp_path / "pq"
    assert (
        main(
            ["parse", "-q", "-j", "2", "--sqlite", str(db), "--parquet", str(folder), str(letters)]
        )
        == 0
    )
    with sqlite3.connect(db) as con:
        tables = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            if table == "schema_version":
                continue
            got = pq.read_table(folder / f"{table}.parquet")
            cursor = con.execute(f'SELECT * FROM "{table}" ORDER BY doc_key, rowid')
            assert got.column_names == [c[0] for c in cursor.description], table
            rows = [tuple(r.values()) for r in got.to_pylist()]
            expected = cursor.fetchall()
            # a day is a date in Parquet, ISO text in SQLite
            rows = [
                tuple(v.isoformat() if isinstance(v, datetime.date) else v for v in r) for r in rows
            ]
            assert rows == expected, table
    dates = pq.read_table(folder / "dates.parquet").to_pylist()
    assert dates and all(isinstance(d["first_day"], datetime.date) for d in dates)
    assert not [p for p in folder.iterdir() if p.name.endswith(".part")]


def test_parquet_month_gets_its_first_and_last_day(tmp_path):
    pytest.importorskip("pyarrow", reason="Parquet output is an optional extra")
    import datetime

    import pyarrow.parquet as pq

    from kamerparse.parquet import to_parquet

    doc = kamerparse.parse_text("Den Haag, 20 december 2023\n\nIn februari 2024 besloten.\n")
    to_parquet([doc], tmp_path)
    [row] = pq.read_table(tmp_path / "dates.parquet").to_pylist()
    assert (row["value"], row["first_day"], row["last_day"]) == (
        "2024-02",
        datetime.date(2024, 2, 1),
        datetime.date(2024, 2, 29),
    )
    [d] = pq.read_table(tmp_path / "documents.parquet").to_pylist()
    assert d["date"] == datetime.date(2023, 12, 20)


def test_parquet_without_pyarrow_is_one_usage_error(letters, tmp_path, monkeypatch, capsys):
    import builtins

    real = builtins.__import__

    def no_pyarrow(name, *args, **kwargs):
        if name.startswith("pyarrow"):
            raise ImportError(name)
        return real(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_pyarrow)
    assert main(["parse", "-q", "--parquet", str(tmp_path / "pq"), str(letters)]) == 2
    [line] = capsys.readouterr().err.splitlines()
    assert "pip install 'kamerparse[parquet]'" in line


def test_interrupted_parquet_keeps_the_previous_files(letters, tmp_path, monkeypatch, capsys):
    pytest.importorskip("pyarrow", reason="Parquet output is an optional extra")
    folder = tmp_path / "pq"
    assert main(["parse", "-q", "--parquet", str(folder), str(letters)]) == 0
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    _interrupt_after(monkeypatch, 3)
    assert main(["parse", "-q", "--parquet", str(folder), str(letters)]) == 130
    assert {
        p.name: p.read_bytes() for p in folder.iterdir() if not p.name.endswith(".part")
    } == before
    assert "left as they were" in capsys.readouterr().err


def test_full_disk_under_jsonl_is_one_line_and_keeps_the_previous_file(
    letters, tmp_path, monkeypatch, capsys
):
    import errno

    import kamerparse.output

    jsonl = tmp_path / "all.jsonl"
    jsonl.write_text("previous\n")
    real = kamerparse.output.JsonlFile.write
    written = []

    def write(self, line):
        if len(written) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        written.append(line)
        real(self, line)

    monkeypatch.setattr(kamerparse.output.JsonlFile, "write", write)
    assert main(["parse", "-q", "--jsonl", str(jsonl), str(letters)]) == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == f"kamerparse: {jsonl}: cannot write: No space left on device"
    assert len(err) == 2 and "left as it was" in err[1]
    assert jsonl.read_text() == "previous\n"


def _square(n: int) -> int:
    return n * n


def test_pool_yields_every_result_when_its_window_is_full():
    # with two inputs in flight, both workers are often done before the first result is
    # yielded: the pool must then send more work, not take the empty pool for the end
    from kamerparse.batch import run_parallel

    for _ in range(5):
        out = list(
            run_parallel(_square, range(60), jobs=2, window=1, chunksize=1, start_method="fork")
        )
        assert out == [n * n for n in range(60)]


def _stuck_on_two(n: int) -> int:
    if n == 2:
        time.sleep(60)  # as an input that never finishes would
    return n


def test_worker_stuck_on_one_input_is_stopped_and_the_batch_goes_on():
    from kamerparse.batch import run_parallel

    start = time.monotonic()
    results = run_parallel(
        _stuck_on_two, range(6), jobs=2, chunksize=2, start_method="fork", time_limit=1,
        on_crash=lambda n, why: why,
    )  # fmt: skip
    out = list(results)
    assert out == [0, 1, "took more than 1 s; stopped", 3, 4, 5]
    assert time.monotonic() - start < 10


def test_input_over_the_time_limit_is_kind_timeout(letters, tmp_path, monkeypatch, capsys):
    import kamerparse.cli

    real = kamerparse.cli.parse_one

    def parse_one(path, backend="auto", ocr=False):
        if path.endswith(LETTER):
            time.sleep(60)
        return real(path, backend, ocr)

    monkeypatch.setattr(kamerparse.cli, "parse_one", parse_one)
    errors = tmp_path / "errors.jsonl"
    code = main(["parse", "-q", "-j", "2", "--time-limit", "1", "--jsonl", str(tmp_path / "a.jsonl"),
                 "--errors", str(errors), str(letters)])  # fmt: skip
    assert code == 1
    [line] = [json.loads(x) for x in errors.read_text().splitlines()]
    assert line["kind"] == "timeout" and line["message"] == "took more than 1 s; stopped"
    assert len((tmp_path / "a.jsonl").read_text().splitlines()) == len(GOOD) - 1
