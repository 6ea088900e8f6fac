"""Build ``src/kamerparse/data/words.txt``: the Dutch words that official parliamentary texts
spell, for deciding a line-end hyphen in a word a letter uses only once.

    python scripts/build_word_list.py [--corpus DIR]    (default: the motie XML of the corpus)

Source: the official publication XML of moties (officielebekendmakingen, 2023–2025), as
collected in the corpus beside the repository. Every word of their running text, lower-cased,
that occurs at least twice; words with a hyphen ("regie-orgaan") and without ("milieubeleid")
alike, since the hyphen rule asks both. Words of fewer than 6 letters are left out: a line is
never broken inside them with a hyphen that the vowel or consonant rules cannot decide.
"""

from __future__ import annotations

import argparse
import re
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORD = re.compile(r"[^\W\d_][\w-]*[^\W\d_]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--corpus",
        type=Path,
        default=ROOT.parent / "shared/corpus/raw/motiematcher/document_publications",
    )
    parser.add_argument("--out", type=Path, default=ROOT / "src/kamerparse/data/words.txt")
    args = parser.parse_args()
    counts: Counter[str] = Counter()
    files = sorted(args.corpus.glob("*.xml"))
    for path in files:
        text = " ".join(ET.parse(path).getroot().itertext())
        counts.update(w.lower() for w in WORD.findall(text) if len(w) >= 6)
    words = sorted(w for w, n in counts.items() if n >= 2)
    header = (
        "# Dutch words of official parliamentary text, for line-end hyphens "
        f"(scripts/build_word_list.py: {len(files)} motie XML files of officielebekendmakingen, "
        "2023-2025; words of 6 letters or more seen at least twice)\n"
    )
    args.out.write_text(header + "\n".join(words) + "\n", encoding="utf-8")
    print(f"{len(words)} words from {len(files)} files -> {args.out}")


if __name__ == "__main__":
    main()
