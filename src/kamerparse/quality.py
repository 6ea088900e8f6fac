"""How far to trust a parse: named checks, a score in [0, 1] and a verdict.

Each check measures one thing that goes wrong on real input and names the fields it makes
uncertain; the verdict is ``poor`` when any check is poor, ``check`` when any check asks for a
look, else ``good``. The thresholds were set on the gold documents of the development set and on
the same documents broken on purpose (header cut off, text cut short, web page chrome, OCR
noise, another language): ``benchmarks/quality_calibration.py`` prints the table.

Everything here reads the finished ``Document`` and, where the front end gave lines, the content
lines the stages worked on: no second parse, no I/O, deterministic.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Sequence
from typing import Literal, NamedTuple

from .layout import MARK_CLOSE, MARK_OPEN, QA_LABEL
from .model import Document, Quality, QualityCheck
from .stages.normalise import lower_words

HEADER_FIELDS = ["id", "title", "dossiers", "number", "document_type", "addressee", "place", "date"]
ALL_FIELDS = ["header", "sections", "footnotes", "signatories"]

_WORD = re.compile(r"[^\W\d_]{2,}")
_HYPHEN_BREAK = re.compile(r"(\w)[-\u00ad]\n(\w)")
# a glyph the text layer could not map, or a character no letter has; two patterns, as
# neither can match inside the other's match: the set alone is found fast
_CID_GLYPH = re.compile(r"\(cid:\d+\)")
_BAD_CHAR = re.compile(r"[\ufffd\ue002-\uf8ff\x00-\x08\x0b\x0e-\x1f]")
# a word with a digit or symbol between its letters: OCR's "vo0r", "rege1ing", "k@mer"
# tried only where a run of letters starts, and that run read once: a long word is then
# linear, where trying it at every letter took time in the square of its length
_OCR_WORD = re.compile(r"(?<![^\W\d_])[^\W\d_]++[0-9@#$%^*{}|~\\]+[^\W\d_]{2,}")
# what every such word holds: a digit or symbol, then two letters. Starting with a set of
# characters, this is searched fast; only a text that has it is searched for the whole word
_OCR_PART = re.compile(r"[0-9@#$%^*{}|~\\][^\W\d_]{2}")
_LINKISH = re.compile(r"://|www\.|[/%=~]")
_MARKUP = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>|&(?:amp|nbsp|lt|gt|quot|#\d+);")
_FURNITURE = re.compile(
    r"\b(?:Tweede|Eerste) Kamer(?: der Staten-Generaal)?,? vergaderjaar \d{4}\s?[–-]\s?\d{4}"
    r"|\bPagina \d+ van \d+\b",
)
# a motie's last line ends on a comma, a footnote-like line on a number
_PAGE_NUMBER = re.compile(r"^\d+\s+|\s+\d+$")
# a list of sources ends on a web address or a file name
_LINK_END = re.compile(r"(?:https?://|www\.)\S+$|\w\.[a-z]{2,4}$")
_CLOSED = re.compile(r"[.!?;,)\]\"'’”\d]\s*$")
# what starts a parliamentary paper: a second one in the body is a second document
_DOC_START = re.compile(
    r"^(?:(?:GEWIJZIGDE )?(?:BRIEF|MOTIE|AMENDEMENT|VERSLAG|NOTA|MEMORIE) VAN\b"
    r"|Nr\. \d+\b|Aan de [Vv]oorzitter van de (?:Tweede|Eerste) Kamer"
    r"|(?:Den Haag|'s-Gravenhage), \d{1,2} \w+ \d{4}$|Vergaderjaar \d{4})"
)
# a paragraph that starts as a footnote's text does: its number, a space, a capital
_LOOSE_NOTE = re.compile(r"\d{1,3} [A-Z]")
# what starts another paper even where letters stand in the body
_PAPER_START = re.compile(
    r"^(?:Nr\. \d+\b|Vergaderjaar \d{4}|(?:GEWIJZIGDE )?(?:MOTIE|AMENDEMENT) VAN\b)"
)
# another paper's header joined to running text
_PAPER_IN_TEXT = re.compile(
    r"\bVergaderjaar \d{4}[–-]\d{4}\b|\bNr\. \d+ (?:GEWIJZIGDE )?[A-Z]+ VAN (?:DE|HET)\b"
)
# a paper's title inside running text: a web page that joined the next paper's header
_TITLE_IN_TEXT = re.compile(r"\b(?:BRIEF|MOTIE|AMENDEMENT|VERSLAG|NOTA|MEMORIE) VAN (?:DE|HET)\b")
# the commonest Dutch words: in any Dutch prose they are a third of the words or more
_DUTCH = frozenset(
    """
    de het een van en in is dat op te voor met niet zijn die er als aan bij ook om door
    naar of over dan wordt worden deze dit heeft hebben uit tot wel nog geen kan zal
    kunnen moet al maar meer wat werd zo wij ik u uw we onder tussen na omdat hun hij zij
    ze waarin waarbij daarbij hierbij binnen zoals mede
    """.split()  # noqa: SIM905
)
# a layout's header fields that its documents always print
_EXPECTED = {
    "handelingen": ["id", "date", "title"],
    "aanhangsel": ["number", "title", "date"],
    "letter": ["title", "date", "document_type"],
    "kamerstuk": ["title", "number", "date", "document_type"],
}
_SIGNED = {"brief", "motie", "amendement"}
# the papers of a bill that print no date of their own: the bill, its memorie van toelichting and
# the advies of the Raad van State with the nader rapport (whose dates stand in its text: "het
# advies van de Raad van State d.d. 10 september 2004 en het nader rapport d.d. …")
_UNDATED = re.compile(
    r"(?:(?:GEWIJZIGD )?VOORSTEL VAN (?:RIJKS)?WET|MEMORIE VAN TOELICHTING"
    r"|ADVIES (?:AFDELING ADVISERING )?RAAD VAN STATE)\b",
    re.I,
)
# a title that ends on a word no title ends on was cut at a line break (of 2,510 titles of
# the official moties and their dossiers, one ends so, and its XML is damaged)
_CUT_OFF = re.compile(
    r"(?:\s(?i:de|het|een|van|en|in|op|te|voor|met|aan|bij|over|tot|uit|of|om|door|naar|"
    r"als|die|dat|der|des|ten|ter)|[,;:-])\s*$"
)


class _Grade(NamedTuple):
    """Where a measured value turns from ok to check to poor. (A named tuple: every check
    makes one, and a frozen dataclass takes several times as long to build.)"""

    check_at: float
    poor_at: float
    # the value of a faultless document: score 1
    ideal: float

    def judge(self, value: float) -> tuple[str, float]:
        """Status and score of a value; lower values are worse when check_at > poor_at.
        The score falls from 1 at ``ideal`` to 0.8 at ``check_at``, 0.5 at ``poor_at``."""
        c, p = self.check_at, self.poor_at
        sign = 1 if c > p else -1
        v, c, p, i = value * sign, c * sign, p * sign, self.ideal * sign
        span = c - p
        if v >= c:
            return "ok", min(1.0, 0.8 + 0.2 * (v - c) / max(i - c, 1e-9))
        if v >= p:
            return "check", 0.5 + 0.3 * (v - p) / span
        return "poor", max(0.0, 0.5 * (1 - (p - v) / span))


def assess(
    doc: Document,
    content: Sequence[str] | None = None,
    edges: Sequence[str] = (),
    footer_id: str | None = None,
) -> Quality:
    """The quality of ``doc``; ``content`` is the text of the input's lines that the body,
    the signature and the footnotes were read from (page furniture and header taken out) where
    a front end produced lines, None for a document built from structure (publication XML);
    ``edges`` the first and last content line of each page; ``footer_id`` the Kamerstuk id
    the page footer prints, a second reading of the id."""
    text = "\n".join(content) if content is not None else _output_text(doc)
    # read and counted once: the language and the coverage checks both count them
    words = Counter(_words(text))
    checks = [
        _text_layer(text),
        _language(words),
        _header(doc),
        _body(doc),
        _coverage(doc, words if content is not None else None),
        _footnotes(doc),
        _signature(doc),
        _furniture(doc, edges),
        _one_document(doc),
        _id_readings(doc, footer_id),
    ]
    kept = [c for c in checks if c is not None]
    score = round(min((s for _, s in kept), default=1.0), 3)
    checks_kept = [c for c, _ in kept]
    return Quality(verdict=_verdict(checks_kept), score=score, checks=checks_kept)


_Scored = tuple[QualityCheck, float]


def add_check(quality: Quality, scored: _Scored) -> None:
    """A check measured after ``assess`` (a second reading of the input) joins ``quality``;
    the verdict and score follow it as ``assess`` sets them."""
    check, score = scored
    quality.checks.append(check)
    quality.score = round(min(quality.score, score), 3)
    quality.verdict = _verdict(quality.checks)


def _verdict(checks: Sequence[QualityCheck]) -> Literal["good", "check", "poor"]:
    """``poor`` when any check is poor, ``check`` when any asks for a look, else ``good``."""
    statuses = {c.status for c in checks}
    return "poor" if "poor" in statuses else "check" if "check" in statuses else "good"


def _make(name: str, grade: _Grade, value: float, detail: str, fields: list[str]) -> _Scored:
    status, score = grade.judge(value)
    check = QualityCheck(
        name=name,
        status=status,  # type: ignore[arg-type]
        value=round(value, 4),
        detail=detail,
        fields=[] if status == "ok" else fields,
    )
    return check, score


def layout_of(doc: Document) -> str:
    """Which header layout the document was read as."""
    if doc.document_type in ("handelingen", "aanhangsel"):
        return doc.document_type
    if doc.sender or doc.reference or doc.salutation or (not doc.dossiers and not doc.number):
        return "letter"
    return "kamerstuk"


def _output_text(doc: Document) -> str:
    parts = [
        doc.title, doc.addressee, doc.place, doc.sender, doc.reference, doc.their_reference,
        doc.attachments, doc.salutation,
        *(d.title for d in doc.dossiers),
        *(s.heading for s in doc.sections),
        *(p.text for p in doc.paragraphs),
        *(f.text for f in doc.footnotes),
        *(f"{s.function or ''} {s.name}" for s in doc.signatories),
    ]  # fmt: skip
    return "\n".join(p for p in parts if p)


def _content_text(doc: Document) -> str:
    """The output read from the body region: sections, footnotes, signatories."""
    parts = [
        *(s.heading for s in doc.sections),
        *(p.text for p in doc.paragraphs),
        *(f.text for f in doc.footnotes),
        *(f"{s.function or ''} {s.name}" for s in doc.signatories),
    ]
    return "\n".join(p for p in parts if p)


def _words(text: str) -> list[str]:
    text = text.replace(MARK_OPEN, " ").replace(MARK_CLOSE, " ")
    if "-\n" in text or "\u00ad\n" in text:  # the only places the pattern can match
        text = _HYPHEN_BREAK.sub(r"\1\2", text)
    return lower_words(_WORD, text)


def _text_layer(text: str) -> _Scored:
    """Glyphs the text layer could not map, OCR-garbled words and markup, per 100 words."""
    words = text.split() or [""]
    bad = len(_BAD_CHAR.findall(text))
    # each of these matches starts with its own characters: without them, no search
    if "(cid:" in text:
        bad += len(_CID_GLYPH.findall(text))
    if "<" in text or "&" in text:
        bad += len(_MARKUP.findall(text))
    garbled = 0
    # a match inside a word is a match in the text (no pattern spans a space): most texts
    # have none, and are not searched word by word
    if _OCR_PART.search(text) and _OCR_WORD.search(text):
        garbled = sum(1 for w in words if _OCR_WORD.search(w) and not _LINKISH.search(w))
    value = 100 * (bad + garbled) / len(words)
    detail = f"{bad} unmapped glyphs or markup, {garbled} garbled words in {len(words)} words"
    return _make("text_layer", _Grade(0.5, 2.0, 0.0), value, detail, ALL_FIELDS)


def _language(words: Counter[str]) -> _Scored | None:
    total = words.total()
    if total < 40:  # too little text to tell a language by
        return None
    value = sum(map(words.get, _DUTCH, itertools.repeat(0))) / total  # (looked up in C)
    detail = f"{value:.0%} of {total} words are common Dutch words"
    return _make("language", _Grade(0.2, 0.12, 0.3), value, detail, ALL_FIELDS)


def _header(doc: Document) -> _Scored:
    """The header fields the detected layout always prints, and that they look like one."""
    layout = layout_of(doc)
    expected = _EXPECTED[layout]
    if layout == "kamerstuk" and _UNDATED.match(doc.title or ""):
        expected = [f for f in expected if f != "date"]
    missing = [f for f in expected if not getattr(doc, f)]
    if layout == "kamerstuk" and doc.document_type == "brief" and not doc.addressee:
        missing.append("addressee")  # a letter in the Kamerstuk layout is always addressed
    odd = []
    also: list[str] = []  # fields in doubt beyond the odd ones
    if doc.title and (len(doc.title) > 400 or doc.title.count(". ") > 2):
        odd.append("title")  # running text taken for a title
    elif doc.title and _CUT_OFF.search(doc.title):
        odd.append("title")
    elif doc.title and layout == "letter" and _repeats_a_run(doc.title, 5):
        # a letter's subject with a run of its words twice: lines of the letterhead column
        # run into it by a text extraction ("… ministers van Landbouw, Natuur en
        # Voedselkwaliteit en van Justitie en Landbouw, Natuur en Voedselkwaliteit en van …")
        odd.append("title")
    if doc.addressee and len(doc.addressee) > 200:
        odd.append("addressee")
    if doc.date and not 1800 <= int(doc.date[:4]) <= 2100:
        odd.append("date")
    elif doc.date and doc.parliamentary_year and not _in_session(doc.date, doc.parliamentary_year):
        odd.append("date")  # or the vergaderjaar: one of the two is misread
        also.append("parliamentary_year")
    lost = False
    cut_dossier = any(d.title and _CUT_OFF.search(d.title) for d in doc.dossiers)
    title = doc.title or ""
    if layout == "kamerstuk" and doc.number and not doc.dossiers and _DOC_START.match(title):
        odd.append("dossiers")  # the dossier line lost: no id either
        lost = True
    elif cut_dossier:
        odd.append("dossiers")
    wrong = missing + odd
    # no title: the header was not read at all; anything else missing: look at those fields
    value = 0.0 if "title" in missing else 1 - len(wrong) / (len(expected) + 1)
    detail = f"layout {layout}: " + (
        "expected header fields found"
        if not wrong
        else ", ".join([*(f"no {f}" for f in missing), *(f"odd {f}" for f in odd)])
    )
    fields = HEADER_FIELDS if "title" in missing else wrong
    if lost:
        fields = [*fields, "id"]
    fields = [*fields, *also]
    return _make("header", _Grade(0.99, 0.5, 1.0), value, detail, fields)


def _repeats_a_run(text: str, n: int) -> bool:
    """Whether some ``n`` words follow each other twice in ``text``."""
    words = text.split()
    runs = [tuple(words[i : i + n]) for i in range(len(words) - n + 1)]
    return len(set(runs)) < len(runs)


def _in_session(date: str, year: str) -> bool:
    """The date falls in the vergaderjaar (mid-September to mid-September), give or take the
    months a paper may be dated before its session or printed after it: of 1,597 dated papers
    of a known vergaderjaar (the development gold, 1,500 official moties, the Aanhangsel and
    Handelingen PDFs) none is dated before June of its first year or after its second."""
    m = re.fullmatch(r"(\d{4})-(\d{4})", year)
    if not m:
        return True
    return f"{m[1]}-06-01" <= date <= f"{m[2]}-12-31"


def _body(doc: Document) -> _Scored:
    """Paragraphs as letters have them: some text, no page-long run, few scraps."""
    paras = doc.paragraphs
    if not paras:
        return _make("body", _Grade(0.99, 0.5, 1.0), 0.0, "no body text", ["sections"])
    lengths = [len(p.text) for p in paras]
    # a motie's formula lines ("De Kamer,", "gehoord de beraadslaging,") end on a comma
    scraps = sum(
        1
        for p in paras
        # (split three times at most: a long paragraph is not cut into all its words)
        if len(p.text.split(maxsplit=3)) <= 3
        and not QA_LABEL.fullmatch(p.text)
        and p.text[-1:] not in ",:"
    )
    scrap_share = scraps / len(paras) if len(paras) >= 10 else 0.0
    longest = max(lengths)
    # a text cut short stops mid-sentence or on a colon
    last = doc.sections[-1].paragraphs[-1].text if doc.sections[-1].paragraphs else ""
    open_end = bool(last) and not _closed(last) and not _LINK_END.search(last)
    # the worst of: the share of scraps, a paragraph too long to be one, an open end
    value = max(scrap_share, 0.0 if longest <= 6000 else 0.3, 0.3 if open_end else 0.0)
    detail = (
        f"{len(paras)} paragraphs, {scraps} of three words or fewer, longest {longest} chars"
        + (", the last one unfinished" if open_end else "")
    )
    return _make("body", _Grade(0.25, 0.45, 0.0), value, detail, ["sections"])


def _closed(text: str) -> bool:
    """``text`` ends on a closing mark: _CLOSED, searched from the last character but spaces
    (where its match stands) instead of through the whole paragraph."""
    return _CLOSED.search(text, max(0, len(text.rstrip()) - 1)) is not None


def _coverage(doc: Document, given: Counter[str] | None) -> _Scored | None:
    """The share of the input's words (``given``: those of the content the body was read
    from, counted) that reach some output field, and of the output's words that stand in the
    input: nothing silently dropped, nothing invented."""
    if given is None:
        return None
    out = Counter(_words(_content_text(doc)))
    if not given:
        return None
    header = _header_counts(doc.chamber, doc.document_type)
    # (given - out - header) and (out - given) summed, without building the two Counters;
    # both are 0 where the two counts are equal, as they are for most documents (compared
    # at once, where the loops below look up every word)
    lost = added = 0
    # compared as dicts, in C: Counter's own == walks both in Python, and the two hold no
    # zero counts (counted from words), where the two comparisons could differ
    if dict.__ne__(given, out):
        for word, n in given.items():
            n -= out.get(word, 0) + header.get(word, 0)
            if n > 0:
                lost += n
        for word, n in out.items():
            n -= given.get(word, 0)
            if n > 0:
                added += n
    total = given.total()
    dropped, invented = lost / total, added / max(1, out.total())
    # a short motie's date line is a tenth of its words: a few words are no evidence
    value = max(dropped if lost >= 10 else 0.0, invented if added >= 10 else 0.0)
    detail = (
        f"{lost} of the input's {total} words not in the output ({dropped:.1%}), "
        f"{added} invented ({invented:.1%})"
    )
    return _make("coverage", _Grade(0.04, 0.15, 0.01), value, detail, ["sections", "footnotes"])


@functools.lru_cache(maxsize=64)
def _header_counts(chamber: str | None, document_type: str | None) -> Counter[str]:
    """Words the header reads into a field in another form (a month, the chamber), counted;
    the same few for every document of a kind. Read only: the Counter is shared."""
    return Counter(_words(" ".join(
        filter(None, [chamber, document_type, "der Staten-Generaal", "vergaderjaar",
                      "nr", "januari februari maart april mei juni juli augustus september "
                      "oktober november december"])
    )))  # fmt: skip


def _footnotes(doc: Document) -> _Scored | None:
    """Footnote markers and footnote texts pair up one for one."""
    cited = {n for p in doc.paragraphs for n in p.footnotes}
    notes = {f.number for f in doc.footnotes}
    # a note's text read as body text ("1 Ter inzage gelegd bij …"): the note was not found,
    # often because a scan's OCR misread its marker
    loose = sum(1 for p in doc.paragraphs if _LOOSE_NOTE.match(p.text))
    if not cited and not notes and not loose:
        return None
    unpaired = len(cited ^ notes)
    # a note longer than a page of notes took in text that follows it
    overlong = sum(1 for f in doc.footnotes if len(f.text) > 2000)
    value = min(1.0, (unpaired + overlong + loose) / (len(cited | notes) + loose))
    detail = (
        f"{len(notes)} footnotes, {len(cited)} cited; "
        f"{len(notes - cited)} without a marker, {len(cited - notes)} markers without a note"
        + (f"; {overlong} longer than 2000 characters" if overlong else "")
        + (f"; {loose} paragraphs that read as a note's text" if loose else "")
    )
    return _make("footnotes", _Grade(0.001, 1.01, 0.0), value, detail, ["footnotes", "sections"])


def _signature(doc: Document) -> _Scored | None:
    if doc.document_type not in _SIGNED:
        return None
    found = len(doc.signatories)
    detail = f"{found} signatories for a {doc.document_type}"
    return _make("signature", _Grade(0.5, -1.0, 1.0), float(found > 0), detail, ["signatories"])


def _furniture(doc: Document, edges: Sequence[str]) -> _Scored:
    """Page furniture left in the body: a running footer's words, or a line that opens or
    closes three pages or more (a speaker's label repeats too, but not at the page edges)."""
    # every match holds one of the two words (many paragraphs name the Kamer, few print a
    # vergaderjaar): a paragraph without either is not searched
    printed = sum(
        1
        for p in doc.paragraphs
        if ("vergaderjaar" in p.text or "Pagina" in p.text) and _FURNITURE.search(p.text)
    )
    # a running head or foot is the same line but for the page number at its start or end;
    # numbers that do not count the pages ("Antwoord op vraag 6", "… vraag 10" heading the
    # pages of an answer letter) make no running head
    numbers: dict[str, list[int | None]] = {}
    for line in edges:
        key = _PAGE_NUMBER.sub("", line.strip())
        if len(key) >= 12:
            m = _PAGE_NUMBER.search(line.strip())
            # no page number has more than five digits (and a long digit run is no number)
            number = None if m is None else int(m[0]) if len(m[0].strip()) <= 5 else -1
            numbers.setdefault(key, []).append(number)
    repeats = sum(1 for found in numbers.values() if len(found) >= 3 and _counts_pages(found))
    value = float(printed + repeats)
    detail = (
        f"{printed} paragraphs with a running footer, "
        f"{repeats} lines at the top or foot of 3 pages or more"
    )
    return _make("furniture", _Grade(0.5, 3.5, 0.0), value, detail, ["sections"])


def _counts_pages(numbers: list[int | None]) -> bool:
    """No number, one number throughout, or one that goes up a page at a time."""
    if any(n is None for n in numbers):
        return all(n is None for n in numbers)
    steps = {b - a for a, b in itertools.pairwise(numbers)}  # type: ignore[operator]
    return steps <= {0, 1, 2} and -1 not in numbers


def _one_document(doc: Document) -> _Scored:
    """A second paper's title, number, addressee or dagtekening in the body: two documents in
    one input (or a header the header stage did not read)."""
    body = [
        text for s in doc.sections for text in [s.heading or "", *(p.text for p in s.paragraphs)]
    ]
    if _holds_letters(doc):
        # the letters a written consultation reports on stand in its body with their own
        # titles, addressees and dagtekeningen; only another paper's number or year counts
        starts = [t for t in body if _PAPER_START.match(t) or _PAPER_IN_TEXT.search(t)]
    else:
        starts = [t for t in body if _DOC_START.match(t) or _title_in_text(t)]
        starts += [f.text for f in doc.footnotes if _title_in_text(f.text)]
    detail = f"{len(starts)} lines in the body that start a paper" + (
        f": {starts[0][:60]!r}" if starts else ""
    )
    return _make("one_document", _Grade(0.5, 1.5, 0.0), float(len(starts)), detail, ALL_FIELDS)


def _holds_letters(doc: Document) -> bool:
    """A verslag of a schriftelijk overleg: it prints the letters exchanged."""
    return doc.document_type == "verslag" and "SCHRIFTELIJK OVERLEG" in (doc.title or "").upper()


def _title_in_text(text: str) -> bool:
    # every match holds " VAN ": a text without it is not searched
    return " VAN " in text and bool(_TITLE_IN_TEXT.search(text))


def _id_readings(doc: Document, footer_id: str | None) -> _Scored | None:
    """The id from the header's dossier and number against the id the page footer prints:
    two readings of one fact (on a scan, one of them is misread)."""
    if footer_id is None or doc.id is None or not doc.dossiers or not doc.number:
        return None
    agree = footer_id == doc.id or (
        _ocr_folded(footer_id) == _ocr_folded(doc.id) and _well_formed(doc.id)
    )
    detail = f"header reads {doc.id}, page footer {footer_id}"
    return _make("id_readings", _Grade(0.5, -1.0, 1.0), float(agree), detail,
                 ["id", "dossiers", "number"])  # fmt: skip


# the letters OCR reads for one another in an id: "XI1" for "XII", "CIl" for "CII", "1O" for "10"
_OCR_FOLD = str.maketrans("1l|0", "IIIO")


def _ocr_folded(ident: str) -> str:
    return ident.translate(_OCR_FOLD)


def _well_formed(ident: str) -> bool:
    """Every part of the id all digits or all capitals: a part that mixes them ("XI1") is a
    misreading, so two readings that differ only in such letters agree where this one is whole."""
    return all(
        part.isdigit() or (part.isupper() and part.isalpha()) for part in ident.split("-")[1:]
    )
