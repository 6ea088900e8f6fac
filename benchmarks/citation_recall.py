"""Recall and precision of the citation and date extractors on a hand-read sample.

The sample (``tests/data/citations/sample.jsonl``) holds real sentences and paragraphs from
motie XML, Aanhangsel and Handelingen PDFs, ministry letters and the development letters, one
JSON object a line: ``source`` (the file it was taken from), ``letter_date`` (the date of that
document, which gives a year to year-less dates), ``text`` and ``expected``: every citation and
date mention read by hand, each with its ``family`` (a Reference type, "date" or "period"), its
``text`` as printed, its ``value`` (kst id, BWB id, CELEX, ISO date, period value; null where the
reading does not fix it), for articles its ``article`` and for an act the table does not know
its ``law`` (the title). A mention marked ``optional`` is
one a reader may or may not count (a treaty article, "voor het zomerreces"): finding it is no
hit, and not finding it no miss.

A found mention matches an expected one of the same family group when their spans overlap;
among those it prefers one with the expected value. Per family group it prints:

- ``recall``: expected mentions found at all; ``value``: found with the right id or value
  (over those with a value); ``article``: found with the right article number;
- ``precision``: found mentions that match an expected (or optional) one.

Usage: ``python benchmarks/citation_recall.py [--sample FILE] [--show N]``
"""

from __future__ import annotations

import argparse
import datetime
import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from kamerparse.extract.dates import find_dates
from kamerparse.extract.periods import find_periods
from kamerparse.extract.references import find_references, take_chamber_from_document

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "citations" / "sample.jsonl"

# The families counted together: a type the scorer tells apart only by its id.
GROUP = {
    "aanhangsel": "handelingen",
    "amendement": "motie",
    "tk-document": "tk-number",
    "tk-zaak": "tk-number",
    "period": "date",
    "staatscourant": "gazette",
    "staatsblad": "gazette",
    "tractatenblad": "gazette",
}


def group(family: str) -> str:
    return GROUP.get(family, family)


@dataclass
class Mention:
    family: str
    start: int
    end: int
    value: str | None
    article: str | None = None
    law: str | None = None
    text: str = ""
    optional: bool = False


@dataclass
class Tally:
    expected: int = 0
    found: int = 0
    with_value: int = 0
    right_value: int = 0
    with_article: int = 0
    right_article: int = 0
    extracted: int = 0
    false: int = 0
    misses: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    extras: list[str] = field(default_factory=list)

    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    def value_recall(self) -> float:
        return self.right_value / self.with_value if self.with_value else 1.0

    def article_recall(self) -> float:
        return self.right_article / self.with_article if self.with_article else 1.0

    def precision(self) -> float:
        return 1 - self.false / self.extracted if self.extracted else 1.0


def load(path: Path = SAMPLE) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def expected_mentions(row: dict) -> list[Mention]:
    text = row["text"]
    out = []
    for item in row["expected"]:
        start = text.index(item["text"])
        out.append(
            Mention(
                family=item["family"],
                start=start,
                end=start + len(item["text"]),
                value=item["value"],
                article=item.get("article"),
                law=item.get("law"),
                text=item["text"],
                optional=item.get("optional", False),
            )
        )
    return out


def extracted_mentions(text: str, letter_date: datetime.date | None) -> list[Mention]:
    """What the extractors find, as the pipeline runs them on one paragraph of a Tweede
    Kamer paper (the chamber gives Handelingen and Aanhangsel citations their id)."""
    refs = find_references(text)
    take_chamber_from_document(refs, "Tweede Kamer")
    out = [
        Mention(r.type, r.where.start, r.where.end, r.id, r.article, r.law, r.text) for r in refs
    ]
    for d in find_dates(text, letter_date):
        out.append(Mention("date", d.where.start, d.where.end, d.value, text=d.text))
    for p in find_periods(text, letter_date):
        out.append(Mention("period", p.where.start, p.where.end, p.value, text=p.text))
    return out


def score(rows: list[dict]) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    for row in rows:
        letter_date = (
            datetime.date.fromisoformat(row["letter_date"]) if row["letter_date"] else None
        )
        found = extracted_mentions(row["text"], letter_date)
        used: set[int] = set()
        expected = sorted(expected_mentions(row), key=lambda m: m.optional)
        for exp in expected:
            tally = tallies.setdefault(group(exp.family), Tally())
            candidates = [
                k
                for k, f in enumerate(found)
                if k not in used
                and group(f.family) == group(exp.family)
                and f.start < exp.end
                and exp.start < f.end
            ]
            candidates.sort(key=lambda k: (found[k].value != exp.value, found[k].start))
            if exp.optional:  # whatever stands there is neither a hit nor a false find
                used.update(candidates)
                continue
            hit = found[candidates[0]] if candidates else None
            if candidates:
                used.add(candidates[0])
            tally.expected += 1
            where = f"{row['source']}: {exp.text!r}"
            if hit is None:
                tally.misses.append(where)
                continue
            tally.found += 1
            if exp.value is not None or exp.law is not None:
                tally.with_value += 1
                if exp.value in (None, hit.value) and exp.law in (None, hit.law):
                    tally.right_value += 1
                else:
                    got, want = (hit.value, hit.law), (exp.value, exp.law)
                    tally.wrong.append(f"{where} → {got} (expected {want})")
            if exp.article is not None:
                tally.with_article += 1
                if hit.article == exp.article:
                    tally.right_article += 1
                else:
                    tally.wrong.append(f"{where} → art. {hit.article} (expected {exp.article})")
        for k, f in enumerate(found):
            tally = tallies.setdefault(group(f.family), Tally())
            tally.extracted += 1
            if k not in used:
                tally.false += 1
                tally.extras.append(f"{row['source']}: {f.family} {f.text!r} → {f.value}")
    return tallies


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=Path, default=SAMPLE)
    parser.add_argument("--show", type=int, default=0, help="misses and errors to list per family")
    args = parser.parse_args()
    rows = load(args.sample)
    tallies = score(rows)
    families = Counter({name: t.expected for name, t in tallies.items()})
    print(f"{len(rows)} snippets, {sum(families.values())} expected mentions")
    print(f"{'family':16} {'n':>4} {'recall':>7} {'value':>7} {'article':>8} {'precision':>10}")
    for name in sorted(tallies, key=lambda n: (-tallies[n].expected, n)):
        t = tallies[name]
        article = f"{t.article_recall():8.3f}" if t.with_article else f"{'-':>8}"
        print(
            f"{name:16} {t.expected:4d} {t.recall():7.3f} {t.value_recall():7.3f} {article}"
            f" {t.precision():10.3f}"
        )
        for line in [*t.misses, *t.wrong, *t.extras][: args.show]:
            print(f"    {line}")


if __name__ == "__main__":
    main()
