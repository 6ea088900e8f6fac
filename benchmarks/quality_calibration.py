"""The quality verdict against the truth: the calibration table (verdict x accuracy).

Runs the gold scorer (``shared/eval/score.py --per-doc``) over the development gold, as given
(web text, extracted PDF text, the seed; the PDFs; the ministry letters), and over the gold's
text inputs broken on purpose, each way a real input breaks:

    headless    the header cut off (a letter pasted from its first paragraph on)
    truncated   only the first 40 % of the lines (a download cut short)
    chrome      a web page's navigation, cookie and footer lines around and inside the letter
    ocr         6 % of the letters misread as an OCR engine misreads them (e→c, l→1, o→0, …)
    foreign     the same letter with its commonest words in English (another language)
    merged      the next letter of the set pasted after this one (two letters in one file)
    reflowed    blank lines taken out and the text wrapped at 50 columns (an unknown layout)

``--corpus N`` adds N official motie XMLs of the corpus (every k-th of the 8,041), rendered as
their web text and their PDF text (``benchmarks/motie_xml_check.py``) and parsed: the XML is the
truth for the header (dossier, number, id, title, date; the vergaderjaar of the PDF text) and
the body.

``--scans DIR`` adds the PDF gold's inputs as scans with an OCR text layer, as
``benchmarks/ocr_scans.py`` writes them (its ``--out``, by default /tmp/kamerparse-ocr-scans).

A broken input keeps its letter's gold, so it counts as wrong wherever the break costs a
header field or body text. Accuracy per document: ``right`` (every header field right and body
similarity >= 0.98), ``near`` (header right, body 0.95-0.98), ``wrong`` (a header field wrong
or body < 0.95). The targets: among ``good``, >= 97 % right; >= 80 % of wrong documents marked
``check`` or ``poor``; on the unbroken gold, at most 25 % marked other than ``good``.

Usage: ``python benchmarks/quality_calibration.py [--shared DIR] [--corpus N] [--scans DIR]
[--show]``
(``--show`` lists every document that is not right or not good).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VERDICTS = ("good", "check", "poor", None)
ACCURACY = ("right", "near", "wrong")

_OCR = {"e": "c", "l": "1", "o": "0", "i": "l", "a": "@", "n": "u", "s": "5", "m": "rn", "t": "f"}
_ENGLISH = {
    "de": "the", "het": "the", "een": "a", "van": "of", "en": "and", "dat": "that", "op": "on",
    "te": "to", "voor": "for", "met": "with", "niet": "not", "zijn": "are", "die": "which",
    "er": "there", "als": "as", "aan": "to", "bij": "at", "ook": "also", "om": "around",
    "door": "by", "naar": "towards", "of": "or", "over": "about", "dan": "than", "wordt": "is",
    "worden": "become", "deze": "these", "dit": "this", "heeft": "has", "hebben": "have",
    "uit": "out", "tot": "until", "wel": "indeed", "nog": "still", "geen": "no", "kan": "can",
    "zal": "shall", "kunnen": "could", "moet": "must", "maar": "but", "meer": "more",
    "wat": "what", "werd": "was", "zo": "so", "wij": "we", "ik": "I", "uw": "your",
}  # fmt: skip
_CHROME_TOP = [
    "Ga direct naar inhoud", "Menu", "Home", "Zoeken", "Nieuws", "Onderwerpen", "Documenten",
    "Contact", "English", "U bent hier:", "Home > Documenten > Kamerstukken",
    "Deel deze pagina", "Twitter", "Facebook", "LinkedIn", "E-mail", "Print",
]  # fmt: skip
_CHROME_BOTTOM = [
    "Naar boven", "Over deze site", "Cookies", "Privacy", "Toegankelijkheid",
    "Kwetsbaarheid melden", "Sitemap", "Archief", "Help", "RSS", "Contact",
    "Deze website gebruikt cookies. Accepteren Weigeren",
]  # fmt: skip


def headless(text: str, rng: random.Random, other: str) -> str:
    lines = text.splitlines()
    start = next((i for i, ln in enumerate(lines) if len(ln.split()) >= 12), 0)
    return "\n".join(lines[start:]) + "\n"


def truncated(text: str, rng: random.Random, other: str) -> str:
    lines = text.splitlines()
    return "\n".join(lines[: max(1, len(lines) * 2 // 5)]) + "\n"


def chrome(text: str, rng: random.Random, other: str) -> str:
    lines = text.splitlines()
    out = list(_CHROME_TOP)
    for i, line in enumerate(lines):
        out.append(line)
        if i and i % 25 == 0:
            out += ["", rng.choice(["Deel deze pagina", "Lees verder", "Print", "Naar boven"]), ""]
    return "\n".join([*out, "", *_CHROME_BOTTOM]) + "\n"


def ocr(text: str, rng: random.Random, other: str) -> str:
    return "".join(_OCR[c] if c in _OCR and rng.random() < 0.06 else c for c in text)


def foreign(text: str, rng: random.Random, other: str) -> str:
    return re.sub(r"\b\w+\b", lambda m: _ENGLISH.get(m.group().lower(), m.group()), text)


def merged(text: str, rng: random.Random, other: str) -> str:
    return text.rstrip("\n") + "\n\n" + other


def reflowed(text: str, rng: random.Random, other: str) -> str:
    words = text.split()
    lines, cur = [], ""
    for w in words:
        if len(cur) + len(w) + 1 > 50:
            lines.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}".strip()
    return "\n".join([*lines, cur]) + "\n"


BREAKS = {f.__name__: f for f in (headless, truncated, chrome, ocr, foreign, merged, reflowed)}


def score(shared: Path, gold: Path, inputs: Path | None, per_doc: Path) -> list[dict]:
    argv = [sys.executable, str(shared / "eval" / "score.py"), str(gold), "--per-doc", str(per_doc)]
    if inputs is not None:
        argv += ["--inputs", str(inputs)]
    subprocess.run(argv, check=True, capture_output=True, cwd=ROOT)
    return [json.loads(line) for line in per_doc.read_text().splitlines()]


def accuracy(row: dict) -> str:
    if not row["header_ok"] or row["body"] < 0.95:
        return "wrong"
    return "right" if row["body"] >= 0.98 else "near"


def broken_sets(shared: Path, tmp: Path) -> dict[str, tuple[Path, Path]]:
    """For each way of breaking: a gold folder whose sources are the broken inputs."""
    dev = shared / "dev"
    golds = [(p, json.loads(p.read_text("utf-8"))) for p in sorted((dev / "gold").glob("*.json"))]
    golds = [(p, g) for p, g in golds if g["source"].endswith(".txt")]
    texts = [(dev / "gold" / ".." / g["source"]).read_text("utf-8") for _, g in golds]
    sets = {}
    for name, fn in BREAKS.items():
        gold_dir, input_dir = tmp / f"gold-{name}", tmp / "inputs"
        (input_dir / name).mkdir(parents=True, exist_ok=True)
        gold_dir.mkdir()
        for i, ((path, gold), text) in enumerate(zip(golds, texts, strict=True)):
            rng = random.Random(f"{name}/{path.stem}")
            broken = fn(text, rng, texts[(i + 1) % len(texts)])
            source = f"{name}/{path.stem}.txt"
            (input_dir / source).write_text(broken, "utf-8")
            (gold_dir / path.name).write_text(json.dumps({**gold, "source": source}), "utf-8")
        sets[name] = (gold_dir, input_dir)
    return sets


def corpus_rows(n: int) -> dict[str, list[dict]]:
    """Moties rendered from their official XML as web text and as PDF text, judged against it."""
    import difflib

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import kamerparse
    import motie_xml_check as mx

    paths = sorted(mx.CORPUS.glob("*.xml"))
    paths = paths[:: max(1, len(paths) // n)][:n]
    header = ("dossier_id", "number", "kst_id", "title", "date", "parliamentary_year")
    out: dict[str, list[dict]] = {"corpus web": [], "corpus pdftext": []}
    for path in paths:
        truth = mx.read_truth(path)
        for variant in ("web", "pdftext"):
            text = mx.render_web(truth) if variant == "web" else mx.render_pdftext(truth)
            doc = kamerparse.parse_text(text, source=path.name)
            res = mx.compare(truth, doc, variant)
            got = " ".join(" ".join(p.text.split()) for p in doc.paragraphs)
            body = difflib.SequenceMatcher(
                None, " ".join(truth.paragraphs), got, autojunk=False
            ).ratio()
            out[f"corpus {variant}"].append({
                "gold": path.stem,
                "header_ok": all(res[k][0] == 1 for k in header if k in res),
                "body": round(body, 4),
                "verdict": doc.quality.verdict if doc.quality else None,
            })  # fmt: skip
    return out


def table(rows: list[dict]) -> str:
    counts = Counter((r["verdict"], r["acc"]) for r in rows)
    out = [f"{'verdict':8} " + " ".join(f"{a:>6}" for a in ACCURACY) + f" {'total':>6}"]
    for v in VERDICTS:
        n = [counts[v, a] for a in ACCURACY]
        if v is None and not sum(n):
            continue
        out.append(f"{v or '-':8} " + " ".join(f"{x:6}" for x in n) + f" {sum(n):6}")
    return "\n".join(out)


def figures(rows: list[dict]) -> str:
    good = [r for r in rows if r["verdict"] == "good"]
    wrong = [r for r in rows if r["acc"] == "wrong"]
    flagged = sum(1 for r in wrong if r["verdict"] in ("check", "poor"))
    right_good = sum(1 for r in good if r["acc"] == "right")
    not_good = sum(1 for r in rows if r["verdict"] != "good")
    return (
        f"good and right: {right_good}/{len(good)}"
        f"   wrong flagged: {flagged}/{len(wrong)}"
        f"   not good: {not_good}/{len(rows)}"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--show", action="store_true", help="list the documents not right or not good")
    ap.add_argument("--corpus", type=int, default=0, metavar="N",
                    help="also N official motie XMLs as web and PDF text")  # fmt: skip
    ap.add_argument("--scans", type=Path, default=None, metavar="DIR",
                    help="also the PDF gold's inputs as OCR'd scans in DIR")  # fmt: skip
    args = ap.parse_args()
    shared = args.shared.resolve()
    dev = shared / "dev"
    clean = {
        "gold (text)": (dev / "gold", None),
        "gold-pdf": (dev / "gold-pdf", dev),
        "ministry": (dev / "ministry" / "gold", dev / "ministry" / "pdf"),
    }
    if args.scans:
        clean["scans"] = (dev / "gold-pdf", args.scans.resolve())
    results: dict[str, list[dict]] = {}
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        sets = {**clean, **broken_sets(shared, tmp)}
        for name, (gold, inputs) in sets.items():
            rows = score(shared, gold, inputs, tmp / f"{name.replace(' ', '_')}.jsonl")
            for r in rows:
                r["acc"], r["set"] = accuracy(r), name
            results[name] = rows
    if args.corpus:
        for name, rows in corpus_rows(args.corpus).items():
            for r in rows:
                r["acc"], r["set"] = accuracy(r), name
            results[name] = rows
            clean[name] = (Path(), None)
    for name, rows in results.items():
        print(f"== {name} ({len(rows)} documents)   {figures(rows)}")
        print(table(rows))
    unbroken = [r for name in clean for r in results[name]]
    broken = [r for name in BREAKS for r in results[name]]
    everything = [r for rows in results.values() for r in rows]
    print(f"\n== as published ({len(unbroken)} documents)   {figures(unbroken)}")
    print(table(unbroken))
    print(f"\n== broken on purpose ({len(broken)} documents)   {figures(broken)}")
    print(table(broken))
    print(f"\n== everything ({len(everything)} documents)   {figures(everything)}")
    print(table(everything))
    if args.show:
        print()
        for r in everything:
            if r["acc"] != "right" or r["verdict"] != "good":
                print(f"{r['set']:12} {r['gold']:28} {r['acc']:6} {r['verdict']}  body={r['body']}")


if __name__ == "__main__":
    main()
