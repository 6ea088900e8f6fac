"""The command line: ``kamerparse parse``, ``kamerparse check``, ``kamerparse schema``.

Exit codes: 0 everything parsed (or, for check, everything matched); 1 some input failed to
parse (or, for check, differed); 2 usage error (bad options, no inputs found). Data goes to
stdout, messages to stderr, one line per failed input: "kamerparse: PATH: reason".
"""

from __future__ import annotations

import argparse
import contextlib
import json
import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from .batch import (
    DEFAULT_TIME_LIMIT,
    crash_kind,
    expand_inputs_with_base,
    input_bytes,
    parse_one,
    run_parallel,
)
from .errors import printable
from .output import JsonlFile, atomic_write, written_by_us

if TYPE_CHECKING:
    from .model import Document

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
STDIN = "-"
STDIN_NAME = "<stdin>"  # source.path and the name in messages of a document read from stdin

DESCRIPTION = """\
Turn Dutch parliamentary documents (Kamerbrieven, moties, amendementen) into structured JSON.
Run `kamerparse COMMAND --help` for a command's options.
"""

EPILOG = """\
exit codes: 0 all parsed / all matched, 1 some input failed / differed, 2 usage error,
130 interrupted
"""

CHECK_EPILOG = """\
Each letter (.txt, .pdf or .docx) is compared with <name>.expected.json beside it, field by field
(<name>.<ext>.expected.json where two letters share a name).
Workflow: `kamerparse check letters/ --update` creates the expectations (read them!);
`kamerparse check letters/` reports what changed, by field path with old and new values;
after review, `--update` (on the folder, or on named files) accepts the changes.

exit codes: 0 all matched (letters without an expectation are reported, not failed),
1 some letter differed or failed to parse, 2 usage error
"""

PARSE_EPILOG = """\
examples:
  kamerparse parse letter.txt                    JSON on stdout
  curl -s URL | kamerparse parse -               one document from standard input
  kamerparse parse letters/ -o out/              one DIR/<name>.json per input, all cores
  kamerparse parse 'archive/**/*.pdf' --jsonl all.jsonl --errors failed.jsonl
  kamerparse parse archive/ -o out/ --skip-existing     resume an interrupted run

Inputs are files, directories (searched recursively for .txt, .pdf, .docx and .xml) and glob
patterns, or '-' for one document on standard input. A PDF, .docx, publication XML or a
sitting's report as XML (VLOS) is recognised by its content, anything else is read as text
(UTF-8, else cp1252).
One named file or '-' prints one JSON document; a folder, a glob or several inputs print JSON
Lines, however many files they match. --json and --jsonl - make the shape explicit.
A bad input gets one line on stderr ("kamerparse: PATH: reason") and the batch goes on.

exit codes: 0 every input parsed, 1 some input failed (the others are still written),
2 usage error (bad option, no inputs found, an output that cannot be written), 130 interrupted
"""


def _usage_error(msg: str) -> int:
    print(f"kamerparse: error: {msg}", file=sys.stderr)
    return EXIT_USAGE


class _Version(argparse.Action):
    """--version, looked up only when asked for: reading the installed metadata costs a
    tenth of the start-up that ``--help`` takes."""

    def __call__(self, parser: argparse.ArgumentParser, *args: object) -> None:
        from . import __version__

        sys.stdout.write(f"kamerparse {__version__}\n")
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="kamerparse",
        description=DESCRIPTION,
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "--version", action=_Version, nargs=0, help="show program's version number and exit"
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser(
        "parse",
        help="parse documents (text, PDF, .docx, XML, a saved page) to JSON",
        description="Parse documents (text, PDF, .docx, publication XML, a sitting's report as XML "
        "or a saved publication page) to JSON.",
        epilog=PARSE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument(
        "inputs", nargs="+", metavar="INPUT", help="files, directories or globs; '-': stdin"
    )
    out = p.add_argument_group(
        "output (default: JSON on stdout for one named file or '-', JSON Lines otherwise)"
    )
    out.add_argument("-o", "--output-dir", metavar="DIR", help="write DIR/<input name>.json")
    out.add_argument(
        "--jsonl", metavar="FILE", help="write one JSON line per document ('-': stdout)"
    )
    out.add_argument("--json", action="store_true",
                     help="one JSON document on stdout (for exactly one input)")  # fmt: skip
    out.add_argument("--sqlite", metavar="FILE", help="write (or append to) a SQLite database")
    out.add_argument("--parquet", metavar="DIR",
                     help="the SQLite tables as DIR/<table>.parquet (needs pyarrow)")  # fmt: skip
    out.add_argument("--errors", metavar="FILE", help="write one JSON line per failed input")
    out.add_argument("--min-quality", choices=VERDICTS, default=None, metavar="VERDICT",
                     help="list documents whose quality verdict is below VERDICT (good, check) "
                     "on stderr and in --errors as well (they are still written)")  # fmt: skip
    out.add_argument("--compact", action="store_true", help="JSON without indentation")
    run = p.add_argument_group("running")
    run.add_argument("-j", "--jobs", type=int, default=None, metavar="N",
                     help="worker processes (default: all cores)")  # fmt: skip
    run.add_argument("--skip-existing", action="store_true",
                     help="skip inputs whose output file exists (resume a run)")  # fmt: skip
    run.add_argument("--fail-fast", action="store_true", help="stop at the first failed input")
    run.add_argument("--time-limit", type=float, default=DEFAULT_TIME_LIMIT, metavar="SECONDS",
                     help="stop an input taking longer (default %(default)g; 0: none)")  # fmt: skip
    run.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    run.add_argument("--backend", choices=["auto", "pdfium", "pdfplumber", "both"],
                     default="auto",
                     help="PDF reader (default: auto, the fastest); both: read each PDF with "
                     "both, and a .docx with its PDF of the same name, and name in the quality "
                     "the fields the two readings give differently")  # fmt: skip
    run.add_argument("--ocr", action="store_true",
                     help="OCR a PDF without a text layer (a scan) with Tesseract")  # fmt: skip

    c = sub.add_parser(
        "check",
        help="compare parsed letters with their expected JSON",
        description="Regression testing: parse letters and compare them with the expected "
        "JSON beside them.",
        epilog=CHECK_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    c.add_argument("dirs", nargs="+", metavar="DIR_OR_FILE", help="folders of letters, or letters")
    c.add_argument("--update", action="store_true", help="rewrite the expected files")
    c.add_argument("--ignore", action="append", default=[], metavar="FIELD",
                   help="a field path not to compare (repeatable), e.g. source.path")  # fmt: skip
    c.add_argument("--json", action="store_true", help="machine-readable report on stdout")
    c.add_argument("--html", metavar="FILE",
                   help="also write the changed fields side by side to an HTML file")  # fmt: skip

    v = sub.add_parser(
        "view",
        help="write an HTML review of one parse",
        description="Write one self-contained HTML file: the input (a PDF's pages as images) "
        "with what the parser took for furniture, header, body, heading, footnote and "
        "signature coloured, beside the parsed result.",
    )
    v.add_argument("input", metavar="INPUT",
                   help="a PDF, .docx, text, saved page, publication or VLOS XML")  # fmt: skip
    v.add_argument("-o", "--output", metavar="FILE.html",
                   help="where to write (default: <input name>.html here)")  # fmt: skip

    sub.add_parser("schema", help="print the JSON Schema of the output")
    return parser


def cmd_view(args: argparse.Namespace) -> int:
    from .errors import ParseError
    from .view import render_view

    out = args.output or Path(args.input).name + ".html"
    try:
        data = Path(args.input).read_bytes()
        page = render_view(data, args.input)
    except OSError as e:
        print(f"kamerparse: {args.input}: cannot read: {e.strerror or e}", file=sys.stderr)
        return EXIT_FAILED
    except ParseError as e:
        print(f"kamerparse: {args.input}: {e.message}", file=sys.stderr)
        return EXIT_FAILED
    except Exception as e:  # a parser bug: one line, as parse reports it, not a traceback
        print(f"kamerparse: {args.input}: internal error: {type(e).__name__}: {e}",
              file=sys.stderr)  # fmt: skip
        return EXIT_FAILED
    try:
        atomic_write(out, page)
    except OSError as e:
        print(f"kamerparse: cannot write {out}: {e.strerror or e}", file=sys.stderr)
        return EXIT_FAILED
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse exits 2 on usage errors, 0 on --help
        return int(e.code or 0)
    try:
        if args.command == "parse":
            return cmd_parse(args)
        if args.command == "check":
            from .check import cmd_check

            return cmd_check(args)
        if args.command == "view":
            return cmd_view(args)
        if args.command == "schema":
            from .schema import schema_json

            sys.stdout.write(schema_json())
            return EXIT_OK
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("kamerparse: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        sys.stderr.close()  # the reader went away (| head): not an error of ours
        return EXIT_OK


def _output_paths(found: list[tuple[str, str | None]], output_dir: str) -> dict[str, str]:
    """DIR/<name>.json for a named file; for files found in a folder, the folder's layout below
    DIR is kept, so that letters with the same name in different folders do not overwrite
    each other. Two inputs that would still write one file are refused up front."""
    outputs: dict[str, str] = {}
    for path, base in found:
        rel = Path(os.path.relpath(path, base)) if base else Path(Path(path).name)
        outputs[path] = os.path.join(output_dir, rel.with_suffix(".json"))
    return outputs


def _collision(outputs: dict[str, str]) -> str | None:
    seen: dict[str, str] = {}
    for path, out in outputs.items():
        if out in seen:
            return f"{seen[out]} and {path} would both be written to {out}"
        seen[out] = path
    return None


VERDICTS = ("good", "check", "poor")


def quality_line(doc: Document) -> tuple[str, str]:
    """The verdict, and one line saying why: the score and each check that is not ok."""
    q = doc.quality
    if q is None:
        return "poor", "no quality assessment"
    why = "; ".join(f"{c.name}: {c.detail}" for c in q.checks if c.status != "ok")
    return q.verdict, f"quality {q.verdict} (score {q.score})" + (f": {why}" if why else "")


Task = tuple[str, str, str | None, int | None, bool, bool]
# (path, JSON line if wanted, error kind, error message, (verdict, why) of a parsed document)
Outcome = tuple[str, str | None, str | None, str | None, tuple[str, str] | None]


def _task(args: Task) -> Outcome:
    """Worker: parse one input; write its file (if any) here, so writing runs in parallel."""
    path, backend, out, indent, want_line, ocr = args
    result = parse_one(path, backend, ocr)
    if result.document is None:
        return path, None, result.error_kind, result.error, None
    quality = quality_line(result.document)
    if out is not None:
        if not written_by_us(out):
            why = f"{printable(out)} exists and was not written by kamerparse; not overwritten"
            return path, None, "exists", why, None
        try:
            atomic_write(out, result.document.to_json(indent=indent) + "\n")
        except OSError as e:
            why = f"cannot write {printable(out)}: {e.strerror or e}"
            return path, None, "unwritable", why, None
    line = result.document.to_json(indent=indent if out is None else None) if want_line else None
    return path, line, None, None, quality


def _crashed(task: Task, why: str) -> Outcome:
    return task[0], None, crash_kind(why), why, None


class Progress:
    """A one-line progress bar on stderr, only on a terminal."""

    def __init__(self, total: int, enabled: bool) -> None:
        self.total, self.enabled = total, enabled
        self.done = self.failed = 0
        self.verdicts = dict.fromkeys(VERDICTS, 0)
        self.start = self.last = time.monotonic()

    def step(self, failed: bool, verdict: str | None = None) -> None:
        self.done += 1
        self.failed += failed
        if verdict in self.verdicts:
            self.verdicts[verdict] += 1
        now = time.monotonic()
        if self.enabled and (now - self.last > 0.2 or self.done == self.total):
            self.last = now
            rate = self.done / max(now - self.start, 1e-9)
            sys.stderr.write(f"\r{self.done}/{self.total} files  {rate:.0f}/s  {self.counts()} ")
            sys.stderr.flush()

    def counts(self) -> str:
        return ", ".join(f"{n} {v}" for v, n in self.verdicts.items()) + f", {self.failed} failed"

    def close(self) -> None:
        if self.enabled and self.done:
            sys.stderr.write("\n")


class _OutputError(Exception):
    pass


@dataclass
class _Outputs:
    jsonl: JsonlFile | None = None
    stream: TextIO | None = None  # JSON lines on stdout
    errors: TextIO | None = None
    sink: Any = None
    parquet: Any = None


def _open_outputs(args: argparse.Namespace, jsonl_to_stdout: bool) -> _Outputs:
    """Open every output before any work starts, so a bad path fails at once and cleanly."""
    out = _Outputs()
    try:
        if args.output_dir:
            _probe_folder(args.output_dir)
        if args.jsonl == "-" or jsonl_to_stdout:
            out.stream = sys.stdout
        elif args.jsonl:
            out.jsonl = JsonlFile(args.jsonl)
        if args.errors:
            out.errors = open(args.errors, "w", encoding="utf-8")  # noqa: SIM115
        if args.sqlite:
            import sqlite3

            from . import sqlite as sqlite_out

            try:
                out.sink = sqlite_out.SqliteSink(
                    args.sqlite, batch_size=sqlite_out.DEFAULT_BATCH_SIZE
                )
            except (sqlite3.Error, sqlite_out.SchemaMismatchError) as e:
                raise OSError(f"cannot write {printable(args.sqlite)}: {e}") from None
        if args.parquet:
            _probe_folder(args.parquet)
            from .parquet import ParquetSink

            try:
                out.parquet = ParquetSink(args.parquet)
            except ImportError as e:
                raise OSError(str(e)) from None
    except OSError as e:
        if out.sink is not None:
            out.sink.close()
        if out.jsonl is not None:
            out.jsonl.abandon()
            _remove_part(out.jsonl)
        if out.errors is not None:
            out.errors.close()
        name = printable(os.fsdecode(e.filename)) if getattr(e, "filename", None) else ""
        reason = e.strerror or str(e)
        raise _OutputError(f"cannot write {name}: {reason}" if name else reason) from None
    return out


def _remove_part(jsonl: JsonlFile) -> None:
    if jsonl.part is not None:
        with contextlib.suppress(OSError):
            os.unlink(jsonl.part)


def _probe_folder(folder: str) -> None:
    """Create the output folder and write a file into it, so that a folder that cannot take
    the outputs is one usage error, not one failure per input after parsing them all."""
    os.makedirs(folder, exist_ok=True)
    fd, probe = tempfile.mkstemp(prefix=".kamerparse-", suffix=".tmp", dir=folder)
    os.close(fd)
    os.unlink(probe)


def _own_inputs(paths: list[str], targets: dict[str, str]) -> str | None:
    """An input that some output would overwrite (``x.json`` given as input and written
    as ``x.json``), as a usage error message."""
    inputs: dict[tuple[int, int], str] = {}
    for path in paths:
        with contextlib.suppress(OSError):
            st = os.stat(path)
            inputs[(st.st_dev, st.st_ino)] = path
    for path, out in targets.items():
        try:
            st = os.stat(out)
        except OSError:
            continue
        if (st.st_dev, st.st_ino) in inputs:
            victim = inputs[(st.st_dev, st.st_ino)]
            return (f"the output of {printable(path)}, {printable(out)}, would overwrite the "
                    f"input {printable(victim)}; choose another -o folder")  # fmt: skip
    return None


def cmd_parse(args: argparse.Namespace) -> int:
    if args.jobs is not None and args.jobs < 1:
        return _usage_error("--jobs must be at least 1")
    if args.json and (args.jsonl or args.output_dir or args.sqlite or args.parquet):
        return _usage_error(
            "--json prints one document on stdout: not with -o, --jsonl, --sqlite, --parquet"
        )
    if args.time_limit < 0:
        return _usage_error("--time-limit must be 0 (none) or more")
    if args.backend in ("pdfplumber", "both"):
        from .frontends.pdf import PDFPLUMBER_MISSING, has_pdfplumber

        if not has_pdfplumber():
            return _usage_error(f"--backend {args.backend}: {PDFPLUMBER_MISSING}")
    if STDIN in args.inputs:
        if len(args.inputs) > 1:
            return _usage_error("'-' reads one document from standard input: no other inputs")
        return _parse_stdin(args)
    missing = [i for i in args.inputs if not os.path.exists(i) and not any(c in i for c in "*?[")]
    problems: list[tuple[str, str]] = []
    found = list(dict.fromkeys(expand_inputs_with_base(args.inputs, problems=problems)))
    paths = list(dict.fromkeys(path for path, _ in found))
    if not paths and not problems:
        return _usage_error("no inputs found in " + ", ".join(map(printable, args.inputs)))
    targets = _output_paths(found, args.output_dir) if args.output_dir else {}
    if clash := _collision(targets):
        return _usage_error(printable(clash) + "; rename one, or use --jsonl")
    if clash := _own_inputs(paths, targets):
        return _usage_error(clash)
    indent = None if args.compact else 1
    to_stdout = not (args.output_dir or args.jsonl or args.sqlite or args.parquet)
    # the shape follows the command line, not the file system: one named file prints one
    # document, a folder or a glob prints JSON Lines however many files it matched
    named = len(args.inputs) == 1 and os.path.isfile(args.inputs[0])
    if args.json and len(paths) > 1:
        return _usage_error(f"--json prints one document; {len(paths)} inputs found "
                            "(use --jsonl - for JSON Lines)")  # fmt: skip
    single = to_stdout and (named or args.json) and len(paths) == 1 and not missing
    single = single and not problems
    try:
        outputs = _open_outputs(args, to_stdout and not single)
    except _OutputError as e:
        return _usage_error(str(e))
    run = _Run(args, outputs, single)
    for path, reason in problems:
        run.fail(path, "unreadable", reason)

    tasks: list[Task] = []
    skipped = 0
    want_line = single or outputs.jsonl is not None or outputs.stream is not None
    want_line = want_line or outputs.sink is not None or outputs.parquet is not None
    for path in paths:
        out = targets.get(path)
        if args.skip_existing and out is not None and os.path.exists(out):
            skipped += 1
            continue
        line_indent = indent if single or out is not None else None
        tasks.append((path, args.backend, out, line_indent, want_line, args.ocr))

    run.progress = Progress(len(tasks), enabled=sys.stderr.isatty() and not args.quiet)
    complete = False
    try:
        if tasks:
            # this process runs no threads, so workers may fork from it: no start-up to pay,
            # once the parser is imported here (not in each worker)
            from . import api  # noqa: F401

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        results = run_parallel(
            _task, tasks, args.jobs, start_method=method, on_crash=_crashed,
            time_limit=args.time_limit or None, weight=input_bytes,
        )  # fmt: skip
        for n, (path, text, kind, message, quality) in enumerate(results):
            run.progress.step(failed=kind is not None, verdict=quality[0] if quality else None)
            if quality is not None and _below(quality[0], args.min_quality):
                run.flag(path, quality[1])  # written all the same: listed to look at
            if kind is not None:
                run.fail(path, kind, message or "")
                if args.fail_fast:
                    break
                continue
            if text is not None and not run.emit(path, text):
                run.not_written([t[0] for t in tasks[n + 1 :]])
                break
        else:
            complete = True
    finally:
        complete = run.close(complete)
    if skipped and not args.quiet:
        print(f"kamerparse: skipped {skipped} inputs with existing output", file=sys.stderr)
    if len(tasks) > 1 and not args.quiet and run.progress is not None:
        print(f"kamerparse: {run.progress.done} inputs: {run.progress.counts()}", file=sys.stderr)
    return EXIT_FAILED if run.failed or not complete else EXIT_OK


class _Run:
    """The outputs of one ``parse`` run as results come in, in input order."""

    def __init__(self, args: argparse.Namespace, outputs: _Outputs, single: bool) -> None:
        self.args, self.outputs, self.single = args, outputs, single
        self.progress: Progress | None = None
        self.failed = 0
        self.unsaved: list[str] = []  # inputs added to the database but not yet committed
        self.db_failed = False

    def fail(self, path: str, kind: str, message: str) -> None:
        self.failed += 1
        message = printable(message)  # a library's message may quote bytes or hold a newline
        line = f"kamerparse: {printable(path)}: {message}"
        print("\n" + line if self.progress and self.progress.enabled else line, file=sys.stderr)
        self.record(path, kind, message)

    def flag(self, path: str, why: str) -> None:
        """A document written but below ``--min-quality``: one line, and in the errors file."""
        line = f"kamerparse: {printable(path)}: {why}"
        print("\n" + line if self.progress and self.progress.enabled else line, file=sys.stderr)
        self.record(path, "quality", why)

    def record(self, path: str, kind: str, message: str) -> None:
        if self.outputs.errors is not None:
            record = {"path": printable(path), "kind": kind, "message": printable(message)}
            self.outputs.errors.write(json.dumps(record, ensure_ascii=False) + "\n")

    def emit(self, path: str, text: str) -> bool:
        """Hand one document to every output; False if the database failed (run stops)."""
        out = self.outputs
        doc = json.loads(text) if out.sink is not None or out.parquet is not None else None
        if out.sink is not None:
            self.unsaved.append(path)
            if not self._to_database(lambda: out.sink.add(doc)):
                return False
        if out.parquet is not None:
            try:
                out.parquet.add(doc)
            except OSError as e:  # a full disk: one line, and the run stops
                self.db_failed = True
                print(f"kamerparse: {printable(self.args.parquet)}: cannot write: "
                      f"{e.strerror or e}", file=sys.stderr)  # fmt: skip
                return False
        if self.single:
            sys.stdout.write(text + "\n")
        elif out.stream is not None:
            out.stream.write(text + "\n")
        elif out.jsonl is not None:
            try:
                out.jsonl.write(text + "\n")
            except OSError as e:  # a full disk: one line, the run stops, FILE is kept
                print(f"kamerparse: {printable(self.args.jsonl)}: cannot write: "
                      f"{e.strerror or e}", file=sys.stderr)  # fmt: skip
                self.failed += 1
                return False
        return True

    def _to_database(self, action: Callable[[], None]) -> bool:
        import sqlite3

        try:
            action()
        except sqlite3.Error as e:
            # one line; what was committed stays, the rest is listed for a rerun
            self.db_failed = True
            print(f"kamerparse: {printable(self.args.sqlite)}: cannot write: {e}", file=sys.stderr)
            self.not_written(self.unsaved, f"not written to the database: {e}")
            self.unsaved = []
            return False
        if not self.outputs.sink.pending:
            self.unsaved = []
        return True

    def not_written(self, paths: list[str], message: str | None = None) -> None:
        if not self.db_failed:
            return
        for path in paths:
            self.failed += 1
            self.record(path, "not-written", message or "not parsed: the database failed")

    def close(self, complete: bool) -> bool:
        """Close every output; the JSONL file is published only if the run is complete."""
        out = self.outputs
        if self.progress is not None:
            self.progress.close()
        if out.sink is not None and not self._to_database(out.sink.close):
            complete = False
            with contextlib.suppress(Exception):
                out.sink.close()
        if out.parquet is not None:
            if complete:
                try:
                    out.parquet.close()
                except OSError as e:
                    print(f"kamerparse: {printable(self.args.parquet)}: cannot write: "
                          f"{e.strerror or e}", file=sys.stderr)  # fmt: skip
                    complete = False
            else:
                kept = out.parquet.abandon()
                parts = "; the rows written are in .parquet.part files" if kept else ""
                print(f"kamerparse: run not complete: the Parquet files in "
                      f"{printable(self.args.parquet)} are left as they were{parts}",
                      file=sys.stderr)  # fmt: skip
        if out.errors is not None:
            out.errors.close()
        if out.jsonl is not None:
            if complete:
                out.jsonl.commit()
            elif part := out.jsonl.abandon():
                print(f"kamerparse: run not complete: {printable(self.args.jsonl)} is left as "
                      f"it was; the lines written are in {printable(part)}",
                      file=sys.stderr)  # fmt: skip
        return complete


def _below(verdict: str, minimum: str | None) -> bool:
    return minimum is not None and VERDICTS.index(verdict) > VERDICTS.index(minimum)


def _parse_stdin(args: argparse.Namespace) -> int:
    """One document from standard input, its form recognised by its content; written where
    the options say, as one file would be (``-o DIR`` writes DIR/stdin.json)."""
    from .api import parse_bytes
    from .errors import ParseError

    data = sys.stdin.buffer.read()
    to_stdout = not (args.output_dir or args.jsonl or args.sqlite or args.parquet)
    try:
        outputs = _open_outputs(args, jsonl_to_stdout=False)
    except _OutputError as e:
        return _usage_error(str(e))
    run = _Run(args, outputs, single=to_stdout)
    complete = False
    try:
        try:
            doc = parse_bytes(data, source=STDIN_NAME, backend=args.backend, ocr=args.ocr)
        except ParseError as e:
            run.fail(STDIN_NAME, e.kind, e.message)
        except Exception as e:  # a parser bug is reported in one line, as for a file
            run.fail(STDIN_NAME, "internal", f"{type(e).__name__}: {e}")
        else:
            verdict, why = quality_line(doc)
            if _below(verdict, args.min_quality):
                run.flag(STDIN_NAME, why)
            indent = None if args.compact else 1
            if args.output_dir:
                text = doc.to_json(indent=indent) + "\n"
                atomic_write(os.path.join(args.output_dir, "stdin.json"), text)
            complete = run.emit(STDIN_NAME, doc.to_json(indent=indent if to_stdout else None))
    finally:
        complete = run.close(complete)
    return EXIT_FAILED if run.failed or not complete else EXIT_OK
