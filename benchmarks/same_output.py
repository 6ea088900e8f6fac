"""Does a speed change leave every output byte as it was?

    python benchmarks/same_output.py write DIR        # parse the fixed input set into DIR
    python benchmarks/same_output.py compare OLD NEW  # list every input whose output differs

The fixed set: every input under ``shared/dev`` (web pages, PDF text, PDFs, the ministry PDFs),
the seed, the Aanhangsel, motie, Handelingen and committee PDFs, the Word files and the first
``--xml`` (500) motie XMLs of ``shared/corpus/raw``, and every input under ``samples/``. For
each input it writes the pretty JSON (``indent=1``, the command's default), the compact JSON
(``--compact`` and JSON Lines) and, for a refused input, the error kind and message; then it
runs ``kamerparse parse --jsonl`` over the inputs with ``--jobs 2`` and keeps those lines too,
so the command line's own writing path is compared as well.

Run ``write /tmp/perf-before`` before a change and ``write /tmp/perf-after`` after it; any
difference reported by ``compare`` means the change is reverted or fixed.
"""

from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import time
from pathlib import Path

from kamerparse import ParseError, parse_file

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
RAW = SHARED / "corpus" / "raw"
SUFFIXES = (".txt", ".pdf", ".docx", ".xml", ".doc")


def inputs(n_xml: int) -> list[Path]:
    """The fixed input set, in a fixed order."""
    found: list[Path] = []
    for folder in (SHARED / "dev", SHARED / "seed", ROOT / "samples"):
        found += sorted(
            p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
        )
    for sub in (
        "LearningLion",
        "parlementaire-monitor",
        "pythonpoet-tweede-kamer",
        "openkamer",
        "codewith-kamervragen",
    ):
        found += sorted(p for p in (RAW / sub).iterdir() if p.suffix.lower() in SUFFIXES)
    found += sorted((RAW / "motiematcher" / "document_publications").glob("*.xml"))[:n_xml]
    return found


def out_name(path: Path) -> str:
    """A unique, readable file name for an input's outputs."""
    digest = hashlib.sha1(str(path).encode()).hexdigest()[:8]
    return f"{path.stem[:40]}-{digest}"


def write(folder: Path, n_xml: int) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    paths = inputs(n_xml)
    start = time.perf_counter()
    for path in paths:
        name = out_name(path)
        try:
            doc = parse_file(path)
        except ParseError as e:
            (folder / f"{name}.error").write_text(f"{e.kind}\n{e}\n", encoding="utf-8")
            continue
        (folder / f"{name}.json").write_text(doc.to_json() + "\n", encoding="utf-8")
        (folder / f"{name}.compact.json").write_text(doc.to_json(None) + "\n", encoding="utf-8")
    print(f"{len(paths)} inputs parsed in {time.perf_counter() - start:.1f} s")
    # the command line's own path: --jsonl, two workers; lines sorted since order may vary
    jsonl = folder / "cli.jsonl"
    cmd = [
        sys.executable,
        "-m",
        "kamerparse",
        "parse",
        *map(str, paths),
        "--jsonl",
        str(jsonl),
        "--jobs",
        "2",
        "-q",
        "--errors",
        str(folder / "cli-errors.jsonl"),
    ]
    subprocess.run(cmd, check=False)
    lines = sorted(jsonl.read_text(encoding="utf-8").splitlines())
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    errors = folder / "cli-errors.jsonl"
    if errors.exists():
        errors.write_text("\n".join(sorted(errors.read_text().splitlines())) + "\n")
    print(f"written to {folder} in {time.perf_counter() - start:.1f} s")


def compare(old: Path, new: Path) -> int:
    names = sorted({p.name for p in old.iterdir()} | {p.name for p in new.iterdir()})
    differ = [
        n
        for n in names
        if not (old / n).exists()
        or not (new / n).exists()
        or (old / n).read_bytes() != (new / n).read_bytes()
    ]
    for n in differ:
        print(f"differs: {n}")
    print(f"{len(names)} files compared, {len(differ)} differ")
    return 1 if differ else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="command", required=True)
    w = sub.add_parser("write")
    w.add_argument("folder", type=Path)
    w.add_argument("--xml", type=int, default=500, help="motie XMLs from the corpus")
    c = sub.add_parser("compare")
    c.add_argument("old", type=Path)
    c.add_argument("new", type=Path)
    a = ap.parse_args()
    if a.command == "write":
        write(a.folder, a.xml)
        return 0
    return compare(a.old, a.new)


if __name__ == "__main__":
    sys.exit(main())
