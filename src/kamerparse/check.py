"""Regression testing on a folder of letters: parse each and compare with its expected JSON.

Convention: ``letter.txt`` (or ``letter.pdf``, ``letter.docx``) has its expectation beside it in
``letter.expected.json``; where two letters share a name (``letter.txt`` and ``letter.pdf``),
each has its own: ``letter.txt.expected.json``, ``letter.pdf.expected.json`` (that form is
always read when it exists). The expectation is what ``kamerparse parse`` wrote once and a person
checked; ``--update`` rewrites it after the person has reviewed the differences. ``source.path``
in the output is the input's file name, so expectations do not depend on where the folder lies.
"""

from __future__ import annotations

import argparse
import glob
import html
import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .api import parse_bytes
from .errors import ParseError, printable, source_name
from .output import atomic_write

EXPECTED_SUFFIX = ".expected.json"
INPUT_SUFFIXES = (".txt", ".pdf", ".text", ".docx", ".xml")
_SHOW = 8  # differences shown per document
_CONTEXT = 40  # characters shown either side of where two long texts part


@dataclass(slots=True)
class Diff:
    path: str
    expected: Any
    actual: Any


@dataclass(slots=True)
class CaseResult:
    input: Path
    expected_path: Path
    status: str  # "same" | "changed" | "missing" | "failed"
    diffs: list[Diff] = field(default_factory=list)
    error: str | None = None
    actual: dict[str, Any] | None = None
    # the quality verdict before and after, where it changed
    verdict: tuple[str | None, str | None] | None = None


def expected_path(input_path: Path) -> Path:
    """``letter.expected.json``, or ``letter.pdf.expected.json`` where the short form would be
    shared with another letter of the same name, or where that file already exists."""
    explicit = input_path.with_name(input_path.name + EXPECTED_SUFFIX)
    stem = input_path.name.rsplit(".", 1)[0]
    if explicit.exists() or _shares_stem(input_path, stem):
        return explicit
    return input_path.with_name(stem + EXPECTED_SUFFIX)


def _shares_stem(input_path: Path, stem: str) -> bool:
    for other in input_path.parent.glob(glob.escape(stem) + ".*"):
        if (
            other.name != input_path.name
            and other.name.rsplit(".", 1)[0] == stem
            and other.suffix.lower() in INPUT_SUFFIXES
            and other.is_file()
        ):
            return True
    return False


def find_inputs(items: list[str]) -> list[tuple[Path, Path]]:
    """(input, base folder) pairs: every letter in the folders given, or the files named."""
    found: list[tuple[Path, Path]] = []
    for item in items:
        p = Path(item)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in INPUT_SUFFIXES:
                    found.append((f, p))
        elif p.is_file():
            found.append((p, p.parent))
    return found


def parse_for_check(input_path: Path, base: Path) -> dict[str, Any]:
    # the file name only: the expectation holds wherever the folder lies and however it is named
    try:
        data = input_path.read_bytes()
    except OSError as e:
        raise ParseError("unreadable", e.strerror or str(e)) from None
    return parse_bytes(data, source=source_name(input_path.name)).to_dict()


def compare(
    expected: Any, actual: Any, path: str = "", ignore: frozenset[str] = frozenset()
) -> list[Diff]:
    """Field-by-field differences, with paths like ``sections[2].paragraphs[0].text``."""
    if _ignored(path, ignore):
        return []
    if isinstance(expected, dict) and isinstance(actual, dict):
        diffs: list[Diff] = []
        for key in list(expected) + [k for k in actual if k not in expected]:
            sub = f"{path}.{key}" if path else key
            diffs += compare(expected.get(key), actual.get(key), sub, ignore)
        return diffs
    if isinstance(expected, list) and isinstance(actual, list):
        diffs = []
        for i in range(max(len(expected), len(actual))):
            e = expected[i] if i < len(expected) else None
            a = actual[i] if i < len(actual) else None
            diffs += compare(e, a, f"{path}[{i}]", ignore)
        return diffs
    return [] if expected == actual else [Diff(path, expected, actual)]


def _ignored(path: str, ignore: frozenset[str]) -> bool:
    if not ignore or not path:
        return False
    bare = _strip_indexes(path)
    return any(bare == f or bare.startswith(f + ".") or path == f for f in ignore)


def _strip_indexes(path: str) -> str:
    out, depth = [], 0
    for ch in path:
        if ch == "[":
            depth += 1
        elif ch == "]":
            depth -= 1
        elif depth == 0:
            out.append(ch)
    return "".join(out)


def shorten_pair(a: str, b: str) -> tuple[str, str]:
    """Long texts cut to a window around the first place they differ."""
    if len(a) <= 2 * _CONTEXT + 20 and len(b) <= 2 * _CONTEXT + 20:
        return a, b
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    start = max(0, i - _CONTEXT)

    def cut(s: str) -> str:
        end = min(len(s), i + _CONTEXT)
        return ("…" if start else "") + s[start:end] + ("…" if end < len(s) else "")

    return cut(a), cut(b)


def format_value(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def format_diff(d: Diff) -> str:
    if isinstance(d.expected, str) and isinstance(d.actual, str):
        e, a = shorten_pair(d.expected, d.actual)
        return f"    {d.path}:\n      - {format_value(e)}\n      + {format_value(a)}"
    e, a = format_value(d.expected), format_value(d.actual)
    if len(e) > 200:
        e = e[:200] + "…"
    if len(a) > 200:
        a = a[:200] + "…"
    return f"    {d.path}:\n      - {e}\n      + {a}"


def check_one(input_path: Path, base: Path, ignore: frozenset[str]) -> CaseResult:
    exp_path = expected_path(input_path)
    try:
        actual = parse_for_check(input_path, base)
    except ParseError as e:
        return CaseResult(input_path, exp_path, "failed", error=e.message)
    if not exp_path.exists():
        return CaseResult(input_path, exp_path, "missing", actual=actual)
    try:
        expected = json.loads(exp_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:  # ValueError: bad JSON or bytes that are not UTF-8
        reason = getattr(e, "strerror", None) or str(e).splitlines()[0]
        error = f"expectation is not valid JSON ({exp_path.name}: {reason})"
        if isinstance(e, OSError):
            error = f"cannot read the expectation {exp_path.name}: {reason}"
        return CaseResult(input_path, exp_path, "failed", error=error, actual=actual)
    diffs = compare(expected, actual, ignore=ignore)
    before, after = _verdict(expected), _verdict(actual)
    verdict = (before, after) if before != after and not _ignored("quality", ignore) else None
    return CaseResult(
        input_path, exp_path, "changed" if diffs else "same", diffs, actual=actual, verdict=verdict
    )


def _verdict(doc: dict[str, Any]) -> str | None:
    quality = doc.get("quality")
    return quality.get("verdict") if isinstance(quality, dict) else None


def _flagged(doc: dict[str, Any] | None) -> str:
    """The checks behind a verdict that is not good, to say why it changed."""
    quality = (doc or {}).get("quality") or {}
    names = [c.get("name") for c in quality.get("checks") or [] if c.get("status") != "ok"]
    return f" ({', '.join(names)})" if names else ""


def render(result: CaseResult) -> str:
    lines = [f"{printable(str(result.input))}: {len(result.diffs)} field(s) changed"]
    if result.verdict is not None:
        before, after = result.verdict
        lines.append(f"    quality: {before} -> {after}{_flagged(result.actual)}")
    lines += [format_diff(d) for d in result.diffs[:_SHOW]]
    if len(result.diffs) > _SHOW:
        lines.append(f"    … and {len(result.diffs) - _SHOW} more")
    return "\n".join(lines)


def write_expected(result: CaseResult) -> None:
    assert result.actual is not None
    text = json.dumps(result.actual, ensure_ascii=False, indent=1) + "\n"
    atomic_write(result.expected_path, text)


def render_html(results: list[CaseResult], summary: str) -> str:
    """The report as one self-contained HTML page: each changed field with its expected and
    its new value side by side (texts cut around the difference), the verdict changes."""
    from .view import page_html

    e = html.escape
    parts = [f"<p>{e(summary)}</p>"]
    for r in results:
        if r.status == "same":
            continue
        parts.append(f'<h2 class="{r.status}">{e(str(r.input))}: {e(r.status)}</h2>')
        if r.error:
            parts.append(f"<p>{e(r.error)}</p>")
        if r.verdict is not None:
            before, after = r.verdict
            parts.append(
                f'<p>quality: <span class="verdict {e(str(before))}">{e(str(before))}</span> → '
                f'<span class="verdict {e(str(after))}">{e(str(after))}</span>'
                f"{e(_flagged(r.actual))}</p>"
            )
        if r.diffs:
            parts.append('<table class="diff"><tr><th>field</th><th>expected</th>'
                         "<th>now</th></tr>")  # fmt: skip
            for d in r.diffs:
                if isinstance(d.expected, str) and isinstance(d.actual, str):
                    old, new = shorten_pair(d.expected, d.actual)
                else:
                    old, new = format_value(d.expected), format_value(d.actual)
                parts.append(
                    f'<tr><th>{e(d.path)}</th><td class="expected">{e(old)}</td>'
                    f'<td class="actual">{e(new)}</td></tr>'
                )
            parts.append("</table>")
    return page_html("kamerparse check", "", "\n".join(parts))


def cmd_check(args: argparse.Namespace) -> int:
    inputs = find_inputs(args.dirs)
    if not inputs:
        print(f"kamerparse: error: no letters found in {', '.join(args.dirs)}", file=sys.stderr)
        return 2
    ignore = frozenset(args.ignore)
    results = [check_one(inp, base, ignore) for inp, base in inputs]
    counts = {
        s: sum(r.status == s for r in results) for s in ("same", "changed", "missing", "failed")
    }
    updated = 0
    if args.update:
        for r in results:
            if r.status in ("changed", "missing"):
                write_expected(r)
                updated += 1
    if args.json:
        report = {
            "summary": counts | {"updated": updated},
            "documents": [
                {
                    "input": str(r.input),
                    "status": r.status,
                    "error": r.error,
                    "verdict": (
                        {"expected": r.verdict[0], "actual": r.verdict[1]} if r.verdict else None
                    ),
                    "differences": [
                        {"path": d.path, "expected": d.expected, "actual": d.actual}
                        for d in r.diffs
                    ],
                }
                for r in results
            ],
        }
        sys.stdout.write(json.dumps(report, ensure_ascii=False, indent=1) + "\n")
    else:
        for r in results:
            if r.status == "changed":
                print(render(r))
            elif r.status == "failed":
                print(f"{printable(str(r.input))}: failed: {r.error}")
            elif r.status == "missing":
                print(f"{printable(str(r.input))}: no expectation ({r.expected_path.name})")
        summary = (
            f"{counts['same']} same, {counts['changed']} changed, "
            f"{counts['missing']} missing expectations, {counts['failed']} failed to parse"
        )
        if verdicts := sum(r.verdict is not None for r in results):
            summary += f"; quality verdict changed in {verdicts}"
        if updated:
            summary += f"; updated {updated} expectation(s)"
        print(summary)
    if args.html:
        summary = (
            f"{counts['same']} same, {counts['changed']} changed, "
            f"{counts['missing']} missing expectations, {counts['failed']} failed to parse"
        )
        atomic_write(args.html, render_html(results, summary))
    if args.update:
        return 1 if counts["failed"] else 0
    return 1 if counts["changed"] or counts["failed"] else 0
