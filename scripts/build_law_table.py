"""Build ``src/kamerparse/data/laws.tsv`` from ``scripts/law_sources.tsv``.

The source file holds one act a line with the evidence for its BWB id (where it was checked);
the package gets the same rows, checked: ids are well-formed and unique, and no title or
abbreviation names two acts.

Usage: ``python scripts/build_law_table.py`` (from the repository root).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "scripts" / "law_sources.tsv"
TARGET = ROOT / "src" / "kamerparse" / "data" / "laws.tsv"
BWB_ID = re.compile(r"BWB[RV]\d{7}")


def main() -> int:
    header: list[str] = []
    rows: list[tuple[str, str, str, str]] = []
    seen: dict[str, str] = {}
    for n, line in enumerate(SOURCE.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#"):
            if not line.startswith("# bwb_id"):
                header.append(line)
            continue
        if not line.strip():
            continue
        bwb, title, abbrs, evidence = line.split("\t")
        if bwb and not BWB_ID.fullmatch(bwb):
            print(f"{SOURCE.name}:{n}: bad BWB id {bwb!r}", file=sys.stderr)
            return 1
        for name in [title, *(a.removeprefix("=") for a in abbrs.split("|") if a)]:
            if name in seen:
                print(f"{SOURCE.name}:{n}: {name!r} also names {seen[name]}", file=sys.stderr)
                return 1
            seen[name] = title
        rows.append((bwb, title, abbrs, evidence))
    ids = [r[0] for r in rows if r[0]]
    if len(ids) != len(set(ids)):
        print(f"{SOURCE.name}: a BWB id stands twice", file=sys.stderr)
        return 1
    out = [*header, "# bwb_id\ttitle\tabbreviations\tevidence", *("\t".join(r) for r in rows)]
    TARGET.write_text("\n".join(out) + "\n", encoding="utf-8")
    print(f"{TARGET.relative_to(ROOT)}: {len(rows)} acts, {len(ids)} with a BWB id")
    return 0


if __name__ == "__main__":
    sys.exit(main())
