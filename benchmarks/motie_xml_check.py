"""How well the text parser generalises: 8,041 official motie XMLs as ground truth.

Each ``<officiele-publicatie><kamerstuk>`` XML (2023–2025, in
``shared/corpus/raw/motiematcher/document_publications``) states every field exactly: dossier
number(s) and title, ondernummer, document title, the "Voorgesteld …" date, the paragraphs
(``<al>``, list items), the member names, the vergaderjaar and (in the metadata) the kst id.

The script renders every XML into plain text in two real-world shapes and parses each with
``kamerparse.parse_text`` (in-process):

- ``web``: the text of the officielebekendmakingen page (cf. ``shared/dev/pages/kst-35788-72.txt``
  and the motie pages): "36 200 X Vaststelling …" on one line, "Nr. 55 MOTIE VAN …",
  "Voorgesteld 10 april 2025", each paragraph on its own line, blank lines between, the names at
  the end each on their own line, "Naar boven" at the foot.
- ``pdftext``: what pdfplumber extracts from the Kamerstuk PDF (cf.
  ``shared/dev/pdftext/kst-32123-XIII-37.txt`` and the real PDF of kst-21501-02-3121): first-page
  block "2 / Tweede Kamer der Staten-Generaal / Vergaderjaar 2024–2025", the dossier title wrapped
  in its column, "Nr. 55 MOTIE …" wrapped, lines filled to the width of the text column (standard
  Helvetica advance widths as an approximation of the Univers the PDFs use), words hyphenated at
  a line end where the line would otherwise be loose, no blank lines, footer
  "kst-…" / "ISSN 0921 - 7371" / "’s-Gravenhage 2025 Tweede Kamer, vergaderjaar 2024–2025,
  36 200 X, nr. 55 1"; a long motie continues on page 2 (form feed, running footer).
  ``--real-footer`` leaves the page number out on a one-page motie, as the real PDFs do.

Truth: every ``<al>`` and list item is one paragraph, but for a sentence that the XML breaks
over two ``<al>`` (about 200 moties: "… verdwenen of" / "overwegen uit Nederland …", "… advies
van de" / "Autoriteit Persoonsgegevens,"): the web page shows the break, the PDF text starts a
new line there, and a reader takes it as one paragraph, as the scorer's gold does ("start a new
paragraph only where the text clearly does"). ``paragraphs_exact`` takes such a sentence as one
paragraph; ``paragraphs_al`` counts each ``<al>`` as its own, as the page breaks them (the
measure before the sentence rule); ``body_text`` compares the body with paragraph breaks
ignored. The names are the items after "… orde van de dag." (else
the trailing name-like items), compared without a stray trailing comma or full stop; an item
that joins two names with "en" or a comma ("Jetten en Eerdmans.") is two members, a stray mark
(".") none.

What the text path still gets wrong (web 2 and PDF text 53 of 8,041 paragraph lists): a
compound's own hyphen at a line end that no word list decides ("ov-" + "studentenkaart", 40 of
the PDF text's, its body_text misses); a sentence the XML breaks before a capital, a figure or a
bracket ("… van de provincie" / "Groningen …", "nr." / "17),": the PDF text joins it as a
reader does, the truth keeps the break the web page shows, 9); two clauses inside one <al>
whose second the PDF text starts on a new line (2); the items of a list without bullets, and
a request's words after a full line that ends on a semicolon (2); on the web page a rhymed motie
and a clause word broken after its first letter. The tests name each (tests/test_body.py
``BREAKS_LEFT``, tests/test_unwrap.py).

It prints, per variant and field, the accuracy against the XML (exact-match rate; mean F1 for
the paragraph and signatory lists) and, with ``--show N``, N failures per field.

Usage: ``python benchmarks/motie_xml_check.py [--limit N] [--show N] [--variant web|pdftext|both]
[--real-footer] [--font-jitter F] [--dump DIR] [--only NAME...] [--corpus DIR]``
"""

from __future__ import annotations

import argparse
import re
import sys
import time
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from kamerparse import parse_file, parse_text

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "raw" / "motiematcher" / "document_publications"

# --- ground truth from the XML --------------------------------------------------------------


@dataclass
class XDossier:
    printed: str  # as the page prints it: "21 501-02", "36 410 XVI", "36 027 (R2160)"
    id: str  # as the kst id spells it: "21501-02", "36410-XVI", "36027"
    title: str


@dataclass
class Truth:
    name: str
    kst_id: str | None
    year: str | None  # "2024-2025"
    dossiers: list[XDossier]
    number: str
    title: str
    datumtekst: str | None  # "Voorgesteld 10 april 2025" as printed
    date: str | None  # ISO, from <datum isodatum>
    paragraphs: list[str]
    names: list[str]  # as printed
    printed: list[str] = field(default_factory=list)  # paragraphs, an <al-groep> as one
    sentences: list[str] = field(default_factory=list)  # paragraphs, a broken sentence as one
    members: list[str] = field(default_factory=list)  # the members the names name
    features: set[str] = field(default_factory=set)


def _text(el: ET.Element | None) -> str:
    return " ".join("".join(el.itertext()).split()) if el is not None else ""


def _items(tekst: ET.Element, features: set[str], groups: bool = False) -> list[str]:
    """The paragraphs of <tekst> in order: each <al>, each list item as "• text"; with
    ``groups``, an <al-groep> as one paragraph, as the printed page sets it."""
    out: list[str] = []

    def walk(el: ET.Element) -> None:
        for ch in el:
            if ch.tag == "al":
                out.append(_text(ch))
            elif ch.tag == "al-groep" and groups:
                # a sentence broken over two <al> of a group (no closing punctuation, lower
                # case after) is one printed paragraph; not so after the closing clause
                first = True
                for al in ch:
                    if al.tag != "al":
                        walk_one(al)
                        first = False
                        continue
                    text = _text(al)
                    closed = any("orde van de dag" in o for o in out)
                    if (
                        not first
                        and not closed
                        and out
                        and out[-1][-1:] not in ".;:!?"
                        and text[:1].islower()
                        and "orde van de dag" not in text
                    ):
                        out[-1] = f"{out[-1]} {text}"
                    else:
                        out.append(text)
                    first = False
            elif ch.tag == "al-groep":
                walk(ch)
            elif ch.tag == "lijst":
                features.add("list")
                for li in ch.findall("li"):
                    nr = _text(li.find("li.nr"))
                    body = " ".join(_text(a) for a in li.findall("al"))
                    out.append(f"{nr} {body}".strip())
            else:
                out.append(_text(ch))

    def walk_one(el: ET.Element) -> None:
        holder = ET.Element("holder")
        holder.append(el)
        walk(holder)

    walk(tekst)
    return [s for s in out if s]


# the words a motie's clauses open with: a line that starts with one starts a clause, also where
# the line before ends without punctuation ("… emissiereductie" / "overwegende dat …")
_CLAUSE = re.compile(
    r"(?:(?:verder |voorts |tevens |daarbij |daarnaast |ook )?(?:overwegende?|constaterende?|"
    r"van mening|van oordeel|verzoekt|verzoek|roept|spreekt|draagt|besluit|vraagt|merkt op|"
    r"ervan overtuigd|gehoord|gelezen|kennisgenomen|en gaat over|gaat over))\b"
)


def _sentences(items: list[str]) -> list[str]:
    """The paragraphs with a sentence that the XML breaks over two <al> (in an <al-groep> or
    not: "… verdwenen of" / "overwegen uit Nederland …") as one: the page shows the break, but
    its text clearly goes on, and a reader (and the gold of the scorer: "start a new paragraph
    only where the text clearly does") takes it as one paragraph. Not where the next part opens
    a clause of the motie or the one before is "gehoord de beraadslaging,". A part that ends on an
    article, a preposition or a conjunction goes on whatever follows ("… advies van de" /
    "Autoriteit Persoonsgegevens,")."""
    out: list[str] = []
    for text in items:
        if (
            out
            and out[-1][-1:] not in ".;:!?"
            and (text[:1].islower() or out[-1].rsplit(" ", 1)[-1] in _OPEN_ENDS)
            and not _CLAUSE.match(text)
            and not re.match(r"[•–—-]|\w{1,2}[.)] ", text)  # a list item
            and not out[-1].startswith("gehoord de beraadslaging")
            and "orde van de dag" not in text
        ):
            # a compound broken after its hyphen ("… aan SMART-" / "doelen …") is one word
            glue = "" if re.search(r"[^\W\d_]-$", out[-1]) else " "
            out[-1] = f"{out[-1]}{glue}{text}"
        else:
            out.append(text)
    return out


_OPEN_ENDS = {"de", "het", "een", "van", "en", "of", "in", "op", "met", "voor", "aan", "te", "door",
              "bij", "naar", "om", "uit", "tot", "dat", "die", "als", "zoals", "over", "onder",
              "tussen", "tegen", "vóór"}  # fmt: skip

_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "het", "in", "'t", "’t"}


def _name_like(s: str) -> bool:
    words = s.split()
    return (
        0 < len(words) <= 5
        and len(s) <= 45
        and not s.endswith((";", ":"))
        and all(w[0].isupper() or w.lower() in _PARTICLES for w in words)
    )


def _members(item: str) -> list[str]:
    """The members an item of the member block names: two joined by "en" or a comma ("Jetten en
    Eerdmans.", "Boswijk, Bikker") are two; a stray mark on a line of its own (".") is none."""
    name = item.strip().rstrip(",.").strip()
    if not any(c.isalpha() for c in name):
        return []
    for sep in (" en ", ", "):
        parts = name.split(sep)
        if len(parts) == 2 and all(len(p) > 2 and _name_like(p) for p in parts):
            return parts
    return [item]


def read_truth(path: Path) -> Truth:
    root = ET.parse(path).getroot()
    meta = {m.get("name"): m.get("content") for m in root.iter("meta")}
    kst_id = meta.get("DC.identifier")
    if not kst_id and (
        m := re.search(r"/(kst-[^/]+)/", meta.get("OVERHEIDop.externMetadataRecord") or "")
    ):
        kst_id = m.group(1)
    features: set[str] = set()
    year = None
    for regel in root.iter("tekstregel"):
        if regel.get("inhoud") == "vergaderjaar":
            year = _text(regel).replace("Vergaderjaar", "").strip() or None
    dossiers = []
    for d in root.find("kamerstuk").findall("dossier"):
        num = d.find("dossiernummer")
        printed = _text(num).rstrip("-").strip()  # a stray "-" joins the first of several
        parts = [_text(num.find("dossiernr")).replace(" ", "")]
        parts += [
            _text(num.find(t)) for t in ("raadnr", "begrotingshoofdstuk") if num.find(t) is not None
        ]
        for t in ("raadnr", "begrotingshoofdstuk", "rijkswetnr"):
            if num.find(t) is not None:
                features.add(t)
        dossiers.append(XDossier(printed, "-".join(parts), _text(d.find("titel"))))
    if len(dossiers) > 1:
        features.add("multi-dossier")
    stuk = root.find("kamerstuk/stuk")
    title = _text(stuk.find("titel"))
    if "GEWIJZIGDE" in title:
        features.add("gewijzigd")
    dt = stuk.find("datumtekst")
    datum = dt.find("datum") if dt is not None else None
    items = _items(stuk.find(".//tekst"), features)
    printed = _items(stuk.find(".//tekst"), set(), groups=True)
    orde = [i for i, s in enumerate(items) if re.search(r"orde van de dag", s, re.I)]
    if orde:
        cut = orde[-1] + 1
    else:
        features.add("no-orde")
        cut = len(items)
        while cut > 0 and _name_like(items[cut - 1]):
            cut -= 1
    names = items[cut:]
    if len(names) > 1:
        features.add("co-signers")
    members = [m for n in names for m in _members(n)]
    return Truth(
        name=path.name,
        kst_id=kst_id,
        year=year,
        dossiers=dossiers,
        number=_text(stuk.find("stuknr/ondernummer")),
        title=title,
        datumtekst=_text(dt) or None,
        date=datum.get("isodatum") if datum is not None else None,
        paragraphs=items[:cut],
        names=names,
        members=members,
        printed=printed[: len(printed) - len(names)],
        sentences=_sentences(items[:cut]),
        features=features,
    )


# --- rendering ------------------------------------------------------------------------------


def render_web(t: Truth) -> str:
    """The page text: header lines, paragraphs and names, blank lines between, 'Naar boven'."""
    blocks = [f"{d.printed} {d.title}".strip() for d in t.dossiers]
    blocks.append(f"Nr. {t.number} {t.title}")
    if t.datumtekst:
        blocks.append(t.datumtekst)
    blocks += t.paragraphs
    blocks += t.names
    return "\n\n".join(blocks) + "\n\nNaar boven"


# Helvetica advance widths (thousandths of an em), the standard AFM metrics
_HELVETICA: dict[str, int] = {}
for _chars, _w in (
    ("ijl|", 222), ("ftI!.,:;' []/\\", 278), ("r()-`", 333), ("\"*", 355), ("^", 469),
    ("sckvxyzJ", 500), ("abdeghnopqu0123456789$_#?€£+<>=~", 556), ("FTZ", 611),
    ("ABEKPSVXY&", 667), ("CDHNRUw", 722), ("GOQ", 778), ("mM", 833), ("W", 944),
    ("«»–", 556), ("—", 1000), ("’‘", 222), ("“”", 333), ("%", 889), ("@", 1015), ("•", 350),
):  # fmt: skip
    for _ch in _chars:
        _HELVETICA[_ch] = _w


_JITTER: dict[str, float] = {}  # per-character width factors: another font than Helvetica


def set_font_jitter(amount: float, seed: int = 0) -> None:
    """Perturb each character's width by up to ±amount (the PDFs are set in Univers, not
    Helvetica: Helvetica-estimated widths of full lines in a real motie PDF spread by ±3 %)."""
    import random

    rng = random.Random(seed)
    _JITTER.clear()
    if amount:
        for ch in set(_HELVETICA) | set("abcdefghijklmnopqrstuvwxyzëéïöü"):
            _JITTER[ch] = 1 + rng.uniform(-amount, amount)


def width(s: str) -> int:
    base = _HELVETICA
    if _JITTER:
        return int(sum(base.get(ch, 556) * _JITTER.get(ch, 1.0) for ch in s))
    return sum(base.get(ch, 556 if not ch.isupper() else 667) for ch in s)


# column widths in Helvetica units, measured on the real motie PDF kst-21501-02-3121 and the dev
# PDFs: body text (9.1 pt, 318 pt column), dossier title (larger type), document title (bold caps)
BODY_WIDTH = 33_000
DOSSIER_TITLE_WIDTH = 24_000
TITLE_WIDTH = 34_500
PAGE1_LINES = 46  # lines from the chamber mark to the last text line on page 1
PAGE_LINES = 54  # text lines on later pages

_VOWELS = set("aeiouyáéíóúäëïöüèàâêôû")
# consonant groups that begin a syllable and stay together: "a-pril", "la-chen", "ver-strekken"
_ONSETS = ("schr", "spr", "str", "sch", "ch", "pr", "br", "tr", "dr", "kr", "gr", "fr", "vr",
           "pl", "bl", "kl", "gl", "fl")  # fmt: skip


def _syllable_breaks(word: str) -> list[int]:
    """Positions where a Dutch word may be hyphenated: a rough V-CV / VC-CV rule."""
    low = word.lower()
    n = len(low)
    if n < 7 or not low.isalpha():
        return []
    vowel = [c in _VOWELS for c in low]
    for i in range(1, n):  # "ij" is one vowel
        if low[i] == "j" and low[i - 1] == "i":
            vowel[i] = True
    out = []
    i = 0
    while i < n - 1:
        if not (vowel[i] and not vowel[i + 1]):
            i += 1
            continue
        j = i + 1
        while j < n and not vowel[j]:
            j += 1
        if j >= n:
            break
        cluster = low[i + 1 : j]
        onset = next((o for o in _ONSETS if cluster.endswith(o)), "")
        whole_onset = onset == cluster and onset not in ("str", "spr", "schr")
        if len(cluster) == 1 or whole_onset:
            cut = i + 1
        elif onset and len(onset) < len(cluster):
            cut = j - len(onset)
        else:
            cut = j - 1
        if 2 <= cut <= n - 3:
            out.append(cut)
        i = j
    return out


def _splits(word: str) -> list[tuple[str, str, bool]]:
    """(head with hyphen, tail, explicit) for each place the word may break, longest head first."""
    out = []
    for m in re.finditer(r"(?<=[^\W\d_]{2})-(?=[^\W\d_]{2})", word):
        out.append((word[: m.end()], word[m.end() :], True))
    core = re.match(r"^([(«“‘'\"]*)([^\W\d_]+)(.*)$", word)
    if core and "-" not in word:
        pre, letters, rest = core.groups()
        for cut in _syllable_breaks(letters):
            out.append((pre + letters[:cut] + "-", letters[cut:] + rest, False))
    return sorted(out, key=lambda s: -len(s[0]))


def wrap(text: str, max_width: int, hyphenate: bool = True) -> list[str]:
    """Fill lines greedily; hyphenate the next word when the line would otherwise be loose."""
    lines: list[str] = []
    cur = ""
    words = text.split()
    k = 0
    while k < len(words):
        w = words[k]
        cand = f"{cur} {w}" if cur else w
        if width(cand) <= max_width or not cur:
            cur = cand
            k += 1
            continue
        slack = (max_width - width(cur)) / max_width
        if hyphenate:
            for head, tail, explicit in _splits(w):
                if width(f"{cur} {head}") <= max_width and slack > (0.06 if explicit else 0.14):
                    lines.append(f"{cur} {head}")
                    cur = ""
                    words[k] = tail
                    break
            else:
                lines.append(cur)
                cur = ""
            continue
        lines.append(cur)
        cur = ""
    if cur:
        lines.append(cur)
    return lines


def _dash_year(year: str | None) -> str:
    return (year or "").replace("-", "–")


def render_pdftext(t: Truth, hyphenate: bool = True, page_number: bool = True) -> str:
    """The text pdfplumber gives for the Kamerstuk PDF of this motie."""
    year = _dash_year(t.year)
    head = ["2", "Tweede Kamer der Staten-Generaal", f"Vergaderjaar {year}"]
    for d in t.dossiers:
        title_lines = wrap(d.title, DOSSIER_TITLE_WIDTH, hyphenate=False) or [""]
        head.append(f"{d.printed} {title_lines[0]}".strip())
        head += title_lines[1:]
    title_lines = wrap(t.title, TITLE_WIDTH, hyphenate)
    head.append(f"Nr. {t.number} {title_lines[0]}")
    head += title_lines[1:]
    if t.datumtekst:
        head += wrap(t.datumtekst, BODY_WIDTH, hyphenate)
    body: list[str] = []
    for para in t.paragraphs:
        body += wrap(para, BODY_WIDTH, hyphenate)
    body += t.names
    first = t.dossiers[0].printed if t.dossiers else ""
    pub_year = (t.date or "")[:4] or (t.year or "")[-4:]
    ref = f"Tweede Kamer, vergaderjaar {year}, {first}, nr. {t.number}"
    lines = head + body
    pages = [lines[:PAGE1_LINES]]
    rest = lines[PAGE1_LINES:]
    while rest:
        pages.append(rest[:PAGE_LINES])
        rest = rest[PAGE_LINES:]
    # real Kamerstuk PDFs of one page (kst-21501-02-3121, the one-page Aanhangsels in
    # the shared corpus) print no page number after the first-page footer
    numbered = page_number or len(pages) > 1
    place = f"’s-Gravenhage {pub_year} {ref}" + (" 1" if numbered else "")
    footer1 = [t.kst_id or "", "ISSN 0921 - 7371", place]
    out = []
    for n, page in enumerate(pages, start=1):
        foot = [f for f in footer1 if f] if n == 1 else [f"{ref} {n}"]
        out.append("\n".join(page + foot))
    return "\f".join(out) + "\n"


# --- comparison -----------------------------------------------------------------------------

FIELDS = ("dossier_id", "dossiers_all", "dossier_title", "number", "kst_id", "title",
          "document_type", "date", "parliamentary_year", "paragraphs_exact", "paragraphs_al",
          "paragraphs_f1",
          "body_text", "signatories_exact", "signatories_f1")  # fmt: skip
F1_FIELDS = {"paragraphs_f1", "signatories_f1"}


def f1(expected: list[str], got: list[str]) -> float:
    if not expected and not got:
        return 1.0
    common = sum((Counter(expected) & Counter(got)).values())
    if not common:
        return 0.0
    p, r = common / len(got), common / len(expected)
    return 2 * p * r / (p + r)


def _name(s: str) -> str:
    return s.strip().rstrip(",.").strip()


def compare(t: Truth, doc, variant: str) -> dict[str, tuple[float, object, object]]:
    """field → (score 0..1, expected, got); fields the truth does not state are left out."""
    res: dict[str, tuple[float, object, object]] = {}

    def exact(key: str, exp: object, got: object) -> None:
        if exp is not None:
            res[key] = (float(exp == got), exp, got)

    dossiers = doc.dossiers if doc else []
    exact(
        "dossier_id", t.dossiers[0].id if t.dossiers else None, dossiers[0].id if dossiers else None
    )
    exact("dossiers_all", [d.id for d in t.dossiers], [d.id for d in dossiers])
    exact("dossier_title", t.dossiers[0].title if t.dossiers else None,
          dossiers[0].title if dossiers else None)  # fmt: skip
    exact("number", t.number, doc.number if doc else None)
    exact("kst_id", t.kst_id, doc.id if doc else None)
    exact("title", t.title, doc.title if doc else None)
    exact("document_type", "motie", doc.document_type if doc else None)
    exact("date", t.date, doc.date if doc else None)
    if variant == "pdftext":
        exact("parliamentary_year", t.year, doc.parliamentary_year if doc else None)
    if variant == "xml":
        exact("parliamentary_year", t.year, doc.parliamentary_year if doc else None)
    got_paras = (
        [" ".join(p.text.split()) for s in doc.sections for p in s.paragraphs] if doc else []
    )
    # the XML front end sets an <al-groep> as one paragraph, as the PDF does; a text takes a
    # sentence the XML breaks over two <al> as one
    paragraphs = t.printed if variant == "xml" else t.sentences
    exact("paragraphs_exact", paragraphs, got_paras)
    if variant != "xml":  # each <al> a paragraph, as the web page breaks them
        exact("paragraphs_al", t.paragraphs, got_paras)
    res["paragraphs_f1"] = (f1(paragraphs, got_paras), paragraphs, got_paras)
    # the body as one string: text errors apart from where paragraphs are cut
    exact("body_text", " ".join(t.sentences), " ".join(got_paras))
    exp_names = [_name(n) for n in t.members]
    got_names = [_name(s.name) for s in doc.signatories] if doc else []
    exact("signatories_exact", exp_names, got_names)
    res["signatories_f1"] = (f1(exp_names, got_names), exp_names, got_names)
    return res


def _brief(exp: object, got: object) -> tuple[object, object]:
    """For lists, show only where they differ."""
    if isinstance(exp, list) and isinstance(got, list):
        i = 0
        while i < min(len(exp), len(got)) and exp[i] == got[i]:
            i += 1
        return (f"[{i}/{len(exp)}] {exp[i : i + 2]}", f"[{i}/{len(got)}] {got[i : i + 2]}")
    if isinstance(exp, str) and isinstance(got, str) and len(exp) > 120:
        i = next((k for k, (a, b) in enumerate(zip(exp, got, strict=False)) if a != b), None)
        i = min(len(exp), len(got)) if i is None else i
        lo = max(0, i - 50)
        return f"…{exp[lo : i + 70]}…", f"…{got[lo : i + 70]}…"
    return exp, got


# --- driver ---------------------------------------------------------------------------------


def run(
    paths: list[Path], variants: list[str], show: int, dump: Path | None, page_number: bool = True
) -> dict:
    scores: dict[str, dict[str, list[float]]] = {v: defaultdict(list) for v in variants}
    fails: dict[str, dict[str, list]] = {v: defaultdict(list) for v in variants}
    errors: Counter[str] = Counter()
    xml_seconds = 0.0
    for path in paths:
        truth = read_truth(path)
        for variant in variants:
            if variant == "xml":  # the XML itself through the XML front end
                t0 = time.perf_counter()
                try:
                    doc = parse_file(path)
                except Exception as e:
                    errors[f"{variant}: {type(e).__name__}: {e}"] += 1
                    doc = None
                xml_seconds += time.perf_counter() - t0
                _score(truth, doc, variant, scores, fails, show, path)
                continue
            if variant == "web":
                text = render_web(truth)
            else:
                text = render_pdftext(truth, page_number=page_number)
            if dump:
                (dump / variant).mkdir(parents=True, exist_ok=True)
                (dump / variant / (path.stem + ".txt")).write_text(text, encoding="utf-8")
            try:
                doc = parse_text(text, source=path.name)
            except Exception as e:
                errors[f"{variant}: {type(e).__name__}: {e}"] += 1
                doc = None
            _score(truth, doc, variant, scores, fails, show, path)
    return {"scores": scores, "fails": fails, "errors": errors, "xml_seconds": xml_seconds}


def _score(truth: Truth, doc, variant: str, scores: dict, fails: dict, show: int, path: Path):
    for key, (score, exp, got) in compare(truth, doc, variant).items():
        scores[variant][key].append(score)
        if score < 1 and len(fails[variant][key]) < show:
            fails[variant][key].append((path.name, *_brief(exp, got)))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--limit", type=int, default=None, help="only the first N files (sorted)")
    ap.add_argument("--show", type=int, default=0, help="print N failures per field")
    ap.add_argument("--variant", choices=("web", "pdftext", "xml", "both", "all"), default="both")
    ap.add_argument("--dump", type=Path, default=None, help="write the rendered texts here")
    ap.add_argument("--only", nargs="*", default=None, help="only these XML file names")
    ap.add_argument(
        "--font-jitter",
        type=float,
        default=0.0,
        metavar="F",
        help="pdftext: perturb character widths by up to ±F (e.g. 0.03)",
    )
    ap.add_argument(
        "--real-footer",
        action="store_true",
        help="pdftext: no page number in the footer of a one-page motie, as real PDFs print "
        "it (default: '… nr. 55 1', as in shared/dev/pdftext)",
    )
    args = ap.parse_args(argv)

    paths = sorted(args.corpus.glob("*.xml"))
    if args.only:
        wanted = {n if n.endswith(".xml") else n + ".xml" for n in args.only}
        paths = [p for p in paths if p.name in wanted]
    if args.limit is not None:
        paths = paths[: args.limit]
    if not paths:
        print(f"no XML files in {args.corpus}", file=sys.stderr)
        return 2
    variants = {"both": ["web", "pdftext"], "all": ["web", "pdftext", "xml"]}.get(
        args.variant, [args.variant]
    )
    t0 = time.perf_counter()
    set_font_jitter(args.font_jitter)
    result = run(paths, variants, args.show, args.dump, page_number=not args.real_footer)
    elapsed = time.perf_counter() - t0

    scores, fails = result["scores"], result["fails"]
    if args.show:
        for variant in variants:
            for key in FIELDS:
                for name, exp, got in fails[variant].get(key, []):
                    print(
                        f"[{variant}] {key}: {name}\n    expected: {exp!r}\n    got:      {got!r}"
                    )
    opts = f", font jitter ±{args.font_jitter:g}" if args.font_jitter else ""
    opts += ", one-page footer without page number" if args.real_footer else ""
    print(f"\n{len(paths)} motie XMLs, {elapsed:.1f} s{opts}\n")
    head = f"{'field':<20}" + "".join(f"{v:>18}" for v in variants)
    print(head)
    print("-" * len(head))
    for key in FIELDS:
        cells = []
        for variant in variants:
            vals = scores[variant].get(key)
            if not vals:
                cells.append(f"{'—':>18} ")
                continue
            mean = sum(vals) / len(vals)
            if key in F1_FIELDS:
                cells.append(f"{mean:>11.3f} (F1) ")
            else:
                ok = sum(1 for v in vals if v == 1)
                cells.append(f"{100 * mean:>6.2f}% {ok:>5}/{len(vals):<5}")
        print(f"{key:<20}" + "".join(cells))
    if "xml" in variants:
        rate = len(paths) / result["xml_seconds"] if result["xml_seconds"] else 0.0
        print(
            f"\nxml: {len(paths)} files parsed in {result['xml_seconds']:.1f} s, "
            f"{rate:.0f} documents a second (one process, file read included)"
        )
    for msg, n in result["errors"].most_common():
        print(f"parse error ×{n}: {msg}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
