"""The XML front end: officielebekendmakingen publication XML to a ``Document``.

The publication XML (``<officiele-publicatie>``, as zoek.officielebekendmakingen.nl and the
Tweede Kamer's open-data service serve it) states what the text and PDF front ends have to
infer: the dossier, number and title elements, the date (``isodatum``), paragraphs (``al``),
headings (``kop``, ``tussenkop``), lists, footnotes (``noot``) where their marker stands,
signatories (``ondertekening``) and the references it links itself (``extref``,
``dossierref``). So this front end builds the ``Document`` itself rather than lines; the
references and dates found in the text, their placing and the warnings come from the same
pipeline helpers as for every other form, so the JSON is the same.

Kamerstukken (``<kamerstuk>``), Aanhangsels (``<kamervragen>``, also inside ``<aanhangsel>``)
and Handelingen (``<handelingen>``) are read; other publication types (Staatsblad,
Staatscourant, gazettes) are refused with one line.

Only the standard library parses: expat fetches no external entities, and a document type
declaration (which publication XML never has) is refused before parsing, so no entity is ever
defined or expanded.
"""

from __future__ import annotations

import datetime
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field

from ..errors import ParseError
from ..extract.dates import parse_date_line
from ..extract.signatories import parse_signatories
from ..layout import Line, marker
from ..model import Document, Dossier, Footnote, Paragraph, Reference, Section, Signatory, Source
from ..pipeline import finish_document
from ..stages.body import strip_marks
from ..stages.header import document_type, is_answered_by, parse_aanhangsel_header, session_year
from ..stages.normalise import normalise_text
from ..stages.signature import split_signature

MAX_XML_BYTES = 64 * 1024 * 1024
OB_URL = "https://zoek.officielebekendmakingen.nl/"

# the publication element under <officiele-publicatie> for the types refused, by their name
_REFUSED = {
    "staatsblad": "a Staatsblad publication",
    "staatscourant": "a Staatscourant publication",
    "tractatenblad": "a Tractatenblad publication",
    "gemeenteblad": "a municipal gazette (Gemeenteblad)",
    "provinciaalblad": "a provincial gazette (Provinciaal blad)",
    "provinciaal-blad": "a provincial gazette (Provinciaal blad)",
    "waterschapsblad": "a water board gazette (Waterschapsblad)",
    "blad-gemeenschappelijke-regeling": "a gazette of a joint arrangement",
    "bladgemeenschappelijkeregeling": "a gazette of a joint arrangement",
}
_ACCEPTED = "kamerparse reads Kamerstukken, Aanhangsels and Handelingen"
_MEMBER_DOCUMENTS = {"motie", "amendement"}

# elements of the header: read by the header code, never body text
_HEADER_TAGS = frozenset(
    {"metadata", "kamerstukkop", "dossier", "stuknr", "datumtekst", "kamervraagkop",
     "kamervraagnummer", "kamervraagomschrijving", "adres", "dagtekening", "handelingenkop",
     "slotformule", "plaatje", "illustratie", "meta", "vergaderjaar", "kop-handelingen"}
)  # fmt: skip
# containers whose children are blocks
_CONTAINERS = frozenset(
    {"algemeen", "vrije-tekst", "tekst", "brief", "tekst-sluiting", "bijlage", "stuk",
     "kamerstuk", "kamervragen", "aanhangsel", "handelingen", "agendapunt", "spreekbeurt",
     "vraag", "antwoord", "mededeling", "kamervraagmededeling", "box", "citaat", "divisie",
     "paragraaf", "hoofdstuk", "afdeling", "definitielijst", "definitie-item", "definitie",
     "table", "tgroup", "thead", "tbody", "vergadering", "voorstel-wet", "wet-besluit",
     "wettekst", "artikel", "lid", "aanhef", "considerans", "afkondiging", "motie",
     "amendement", "nota-wijziging", "verslag", "notulen", "stemmingen", "interventie"}
)  # fmt: skip
# elements whose text is one paragraph
_PARAGRAPHS = frozenset({"al", "considerans.al", "spreker", "term", "wij", "wie", "row"})
_HEADINGS = frozenset({"tussenkop", "kop", "nr"})


@dataclass(slots=True)
class _Marked:
    """A reference the XML links itself: its printed text and the publication it names."""

    text: str
    doc: str
    kind: str  # "document" (extref) or "dossier" (dossierref)


@dataclass(slots=True)
class _Para:
    text: str
    marked: list[_Marked] = field(default_factory=list)


@dataclass(slots=True)
class _Reader:
    """What the walk over the body collects: sections, footnotes and signature blocks."""

    sections: list[Section] = field(default_factory=lambda: [Section()])
    marked: dict[int, list[_Marked]] = field(default_factory=dict)  # id(Paragraph) → refs
    notes: list[Footnote] = field(default_factory=list)
    note_marked: dict[str, list[_Marked]] = field(default_factory=dict)
    signatures: list[ET.Element] = field(default_factory=list)
    closed: bool = False  # a motie's closing clause stands above: member names follow

    def heading(self, text: str) -> None:
        if text:
            self.sections.append(Section(heading=text))

    def paragraph(self, para: _Para) -> None:
        if para.text:
            p = Paragraph(text=para.text)
            self.sections[-1].paragraphs.append(p)
            self.closed = self.closed or bool(_CLOSING_CLAUSE.search(para.text))
            self.marked[id(p)] = para.marked


def is_publication_xml(data: bytes) -> bool:
    """An XML file whose root is ``<officiele-publicatie>`` (after a BOM, declaration and
    comments)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    return head.startswith(b"<") and b"<officiele-publicatie" in head


def read_publication(data: bytes, source: Source) -> Document:
    """Parse publication XML into the document it states."""
    root = parse_xml(data)
    if root.tag != "officiele-publicatie":
        raise ParseError("unsupported", f"an XML file with root <{root.tag}>: {_ACCEPTED}")
    meta = {m.get("name"): m.get("content") or "" for m in root.iter("meta")}
    body = _publication(root)
    doc = Document(source=source)
    if body.tag == "kamerstuk":
        _kamerstuk_header(body, doc, meta)
    elif body.tag in ("kamervragen", "aanhangsel"):
        _aanhangsel_header(body, doc, meta)
    else:
        _handelingen_header(body, doc, meta)
    reader = _Reader()
    try:
        _walk(body, reader)
    except RecursionError:  # elements thousands deep: made to break readers, not a paper
        raise ParseError("corrupt-xml", "XML nested too deeply to be a publication") from None
    _finish(doc, reader)
    return doc


def parse_xml(data: bytes) -> ET.Element:
    """The root element of an XML file, or a ParseError: too large, with a document type
    declaration (which the XML read here never has, and which may define entities), or not
    well-formed."""
    if len(data) > MAX_XML_BYTES:
        raise ParseError("too-large", f"{len(data) // 2**20} MB of XML")
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise ParseError("unsupported", "XML with a document type declaration: refused")
    try:
        return ET.fromstring(data)
    except ET.ParseError as e:
        raise ParseError("corrupt-xml", f"not well-formed XML: {e}") from None
    except LookupError as e:  # an encoding Python does not know
        raise ParseError("corrupt-xml", f"XML in {e}") from None


def _publication(root: ET.Element) -> ET.Element:
    tags = [child.tag for child in root if isinstance(child.tag, str)]
    for tag in ("kamerstuk", "kamervragen", "aanhangsel", "handelingen"):
        if tag in tags:
            found = root.find(tag)
            assert found is not None
            return found
    for tag in tags:
        if tag in _REFUSED:
            raise ParseError("unsupported", f"{_REFUSED[tag]}: {_ACCEPTED}")
    others = ", ".join(f"<{t}>" for t in tags if t not in ("metadata", "kop")) or "nothing"
    raise ParseError("unsupported", f"publication XML holding {others}: {_ACCEPTED}")


# --- text of inline content ------------------------------------------------------------------


def _collapse(text: str) -> str:
    # the pieces are normalised one by one: normalising the whole would drop the markers
    return " ".join(text.split())


def _inline(el: ET.Element, reader: _Reader | None, marked: list[_Marked]) -> str:
    """The text of an element with its inline children; a ``noot`` becomes an in-band marker
    (its text a footnote), a linked reference is recorded in ``marked``."""
    parts: list[str] = [normalise_text(el.text or "")]
    for child in el:
        tag = child.tag
        if tag == "noot":
            number = _collapse(child.findtext("noot.nr") or "")
            if reader is not None and number:
                parts.append(marker(number))
                _note(child, number, reader)
        elif tag in ("extref", "dossierref", "intref"):
            text = _inline(child, reader, marked)
            parts.append(text)
            doc = child.get("doc") or child.get("dossier") or ""
            if doc and tag != "intref" and child.get("soort", "document") != "URL":
                marked.append(
                    _Marked(
                        _collapse(strip_marks(text)[0]),
                        doc,
                        "dossier" if tag == "dossierref" else "document",
                    )
                )
        elif isinstance(tag, str):
            parts.append(_inline(child, reader, marked))
        parts.append(normalise_text(child.tail or ""))
    return "".join(parts)


def _note(noot: ET.Element, number: str, reader: _Reader) -> None:
    if any(n.number == number for n in reader.notes):
        return
    marked: list[_Marked] = []
    texts = [_inline(al, reader, marked) for al in noot if al.tag != "noot.nr"]
    reader.notes.append(Footnote(number=number, text=_collapse(" ".join(texts))))
    reader.note_marked[number] = marked


def _text(el: ET.Element | None) -> str:
    return _collapse(normalise_text("".join(el.itertext()))) if el is not None else ""


def _spaced(el: ET.Element) -> str:
    """The text of an element whose parts are words of their own: a name's ``voornaam`` and
    ``achternaam``, a speaker's ``voorvoegsels``, name and ``politiek``."""
    return _collapse(normalise_text(" ".join(el.itertext())))


# --- the body --------------------------------------------------------------------------------


def _walk(el: ET.Element, reader: _Reader) -> None:
    for child in el:
        tag = child.tag
        if not isinstance(tag, str) or tag in _HEADER_TAGS:
            continue
        if tag == "titel" and el.tag in ("stuk", "kamerstuk", "handelingen"):
            continue  # the document title, read by the header
        if tag == "ondertekening":
            reader.signatures.append(child)
        elif tag in _PARAGRAPHS:
            _paragraph(child, reader)
        elif tag == "al-groep":
            _group(child, reader)
        elif tag == "lijst":
            _list(child, reader)
        elif tag in _HEADINGS:
            reader.heading(_heading(child))
        elif tag in _CONTAINERS or len(child):
            _walk(child, reader)
        else:
            _paragraph(child, reader)


# a sentence that runs on into the next <al> of a group: no closing punctuation before it, a
# lower-case word after it (the motie's closing clause always stands alone)
_RUNS_ON = re.compile(r"[^.;:!?]\Z")
_CLOSING_CLAUSE = re.compile(r"en gaat over tot de orde van de dag")


def _group(group: ET.Element, reader: _Reader) -> None:
    """An <al-groep>: paragraphs set close, each its own; one sentence the Word original broke
    over two of them is one paragraph, as the printed page shows it."""
    paras: list[_Para] = []
    for al in group:
        if al.tag != "al":
            for p in paras:
                reader.paragraph(p)
            paras = []
            _walk_one(al, reader)
            continue
        marked: list[_Marked] = []
        text = _collapse(_inline(al, reader, marked))
        prev = paras[-1] if paras else None
        if (
            prev is not None
            and not reader.closed
            and not _CLOSING_CLAUSE.search(prev.text)
            and _RUNS_ON.search(prev.text)
            and text[:1].islower()
            and not _CLOSING_CLAUSE.match(text)
        ):
            prev.text = f"{prev.text} {text}"
            prev.marked += marked
        else:
            paras.append(_Para(text, marked))
    for p in paras:
        reader.paragraph(p)


def _paragraph(el: ET.Element, reader: _Reader) -> None:
    marked: list[_Marked] = []
    if el.tag == "row":  # a table row: its cells in order on one line
        text = " ".join(_inline(entry, reader, marked) for entry in el.iter("entry"))
    elif el.tag == "spreker":  # "De heer" "Wilders" "(PVV)" ":"
        text = re.sub(r" (?=[:,])", "", _spaced(el))
    else:
        text = _inline(el, reader, marked)
    reader.paragraph(_Para(_collapse(text), marked))


def _heading(el: ET.Element) -> str:
    if el.tag == "kop":  # "1." and "Inleiding": printed as one heading line
        parts = [_text(el.find(t)) for t in ("label", "nr", "titel")]
        return " ".join(p for p in parts if p) or _text(el)
    return _text(el)


def _list(lijst: ET.Element, reader: _Reader) -> None:
    for li in lijst.findall("li"):
        label = _text(li.find("li.nr"))
        first = True
        for child in li:
            if child.tag == "li.nr":
                continue
            if child.tag == "al" and first:
                marked: list[_Marked] = []
                text = _collapse(f"{label} {_inline(child, reader, marked)}")
                reader.paragraph(_Para(text, marked))
                first = False
            elif child.tag == "lijst":
                _list(child, reader)
            elif child.tag == "al":
                _paragraph(child, reader)
            else:
                _walk_one(child, reader)
        if first and label:
            reader.paragraph(_Para(label))


def _walk_one(el: ET.Element, reader: _Reader) -> None:
    holder = ET.Element("holder")
    holder.append(el)
    _walk(holder, reader)


# --- headers ---------------------------------------------------------------------------------


def _kamerstuk_header(kst: ET.Element, doc: Document, meta: dict[str, str]) -> None:
    for regel in kst.iter("tekstregel"):
        kind, text = regel.get("inhoud"), _text(regel)
        if kind == "vergaderjaar":
            doc.parliamentary_year = _years(text)
        elif kind == "kameraanduiding":
            doc.chamber = _chamber(text)
    doc.dossiers = [d for d in (_dossier(e) for e in kst.findall("dossier")) if d]
    stuk = kst.find("stuk")
    if stuk is not None:
        doc.number = _text(stuk.find("stuknr/ondernummer")) or None
        doc.title = _title(stuk.find("titel"))
        datum = stuk.find("datumtekst/datum")
        if datum is not None:
            doc.date = datum.get("isodatum") or None
    adres = kst.find(".//adres")
    if adres is not None:
        doc.addressee = _text(adres) or None
        doc.chamber = doc.chamber or _chamber(doc.addressee or "")
    dag = kst.find(".//dagtekening")
    if dag is not None:
        # "Den Haag, <datum isodatum="2023-12-20">20 december 2023</datum>", or the date only
        # in words: read as the dagtekening line of the printed letter is read
        place, date = parse_date_line(_text(dag))
        if date is None:
            date = parse_date_line(f"Datum {_text(dag)}")[1]
        datum = dag.find(".//datum")
        iso = datum.get("isodatum") if datum is not None else None
        doc.date = iso or (date.isoformat() if date else None) or doc.date
        doc.place = place
    doc.document_type = document_type(doc.title)
    if doc.dossiers and doc.number:
        doc.id = f"kst-{doc.dossiers[0].id}-{doc.number}"
    else:
        doc.id = _meta_id(meta)
    if doc.chamber is None and doc.id and doc.id.startswith("kst-"):
        doc.chamber = "Tweede Kamer" if kst.find(".//ondernummer[@kamer='2']") is not None else None


def _dossier(el: ET.Element) -> Dossier | None:
    nummer = el.find("dossiernummer")
    if nummer is None:
        return None
    base = _text(nummer.find("dossiernr")).replace(" ", "") or _text(nummer).split()[0]
    # a rijkswet number "(R2160)" is not part of the kst id
    extra = [_text(nummer.find(t)) for t in ("raadnr", "begrotingshoofdstuk")]
    extra = [e for e in extra if e]
    return Dossier(
        id="-".join([base, *extra]),
        number=base,
        addition="-".join(extra) or None,
        title=_text(el.find("titel")) or None,
    )


def _title(el: ET.Element | None) -> str | None:
    if el is None:
        return None
    # a footnote on the title (a herdruk's reason) is no part of it
    copy = ET.fromstring(ET.tostring(el))
    for noot in copy.findall(".//noot"):
        for parent in copy.iter():
            if noot in list(parent):
                tail = noot.tail
                parent.remove(noot)
                if tail:
                    parent.text = (parent.text or "") + tail
    return _text(copy) or None


def _aanhangsel_header(ah: ET.Element, doc: Document, meta: dict[str, str]) -> None:
    doc.document_type = "aanhangsel"
    for regel in ah.iter("tekstregel"):
        if regel.get("inhoud") == "vergaderjaar":
            doc.parliamentary_year = _years(_text(regel))
        elif regel.get("inhoud") == "kameraanduiding":
            doc.chamber = _chamber(_text(regel))
    number = _text(ah.find(".//kamervraagnummer"))
    title = _text(ah.find(".//kamervraagomschrijving"))
    # the header stage reads the dates (ingezonden, ontvangen) from the title and first lines
    lines = [Line(t) for t in (number, title) if t]
    lines += [Line(_text(m)) for m in ah.iter() if m.tag in ("kamervraagmededeling", "mededeling")]
    head = parse_aanhangsel_header(lines)
    doc.number = head.number or number or None
    doc.title = head.title or title or None
    doc.date = head.date
    doc.id = _meta_id(meta)
    if doc.id is None and doc.parliamentary_year and doc.number and doc.chamber:
        house = "tk" if doc.chamber == "Tweede Kamer" else "ek"
        doc.id = f"ah-{house}-{doc.parliamentary_year.replace('-', '')}-{doc.number}"
    _from_id(doc)


def _handelingen_header(h: ET.Element, doc: Document, meta: dict[str, str]) -> None:
    doc.document_type = "handelingen"
    doc.id = _meta_id(meta)
    # the debate: the title of the (first) agenda item, as the PDF's running footer names it
    titles = [h.find(path) for path in (".//agendapunt/kop/titel", ".//kop/titel", ".//titel")]
    titel = next((t for t in titles if t is not None), None)
    doc.title = _text(titel) or meta.get("DC.title") or None
    date = meta.get("OVERHEIDop.datumVergadering") or ""
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", date):
        datum = next((d.get("isodatum") for d in h.iter("datum") if d.get("isodatum")), None)
        date = datum or ""
    doc.date = date or None
    _from_id(doc)
    if doc.parliamentary_year is None and doc.date:
        doc.parliamentary_year = session_year(datetime.date.fromisoformat(doc.date))


def _from_id(doc: Document) -> None:
    """An Aanhangsel or Handelingen id names the chamber and the vergaderjaar."""
    m = re.fullmatch(r"(?:ah|h)-(tk|ek)-(\d{4})(\d{4})-(\d+).*", doc.id or "")
    if m:
        doc.chamber = doc.chamber or ("Tweede Kamer" if m[1] == "tk" else "Eerste Kamer")
        doc.parliamentary_year = doc.parliamentary_year or f"{m[2]}-{m[3]}"


def _meta_id(meta: dict[str, str]) -> str | None:
    ident = meta.get("DC.identifier")
    if not ident:
        m = re.search(r"/((?:kst|ah|h)-[^/]+)/", meta.get("OVERHEIDop.externMetadataRecord", ""))
        ident = m.group(1) if m else None
    return re.sub(r"-h\d+$", "", ident) if ident else None


def _years(text: str) -> str | None:
    m = re.search(r"((?:19|20)\d\d)\s*[-–—/]\s*((?:19|20)\d\d)", text)
    return f"{m[1]}-{m[2]}" if m else None


def _chamber(text: str) -> str | None:
    m = re.search(r"(Tweede|Eerste) Kamer", text, re.I)
    return f"{m[1].capitalize()} Kamer" if m else None


# --- signatories, markers, references --------------------------------------------------------


def _signatories(blocks: list[ET.Element]) -> list[Signatory]:
    """Who signed, from the ``ondertekening`` blocks: their lines read as the printed
    signature is read; where that finds no name (a name without initials), from the
    ``naam`` elements and the function text before each."""
    out: list[Signatory] = []
    for block in blocks:
        lines = _signature_lines(block)
        found = parse_signatories(lines)
        if not found:
            found = _named(block)
        out += found
    return out


def _signature_lines(block: ET.Element) -> list[str]:
    """ "De Minister van Defensie," / "K.H. Ollongren": each ``al`` a line, or, in a block of
    inline elements, the function and each name on lines of their own."""
    if block.find("al") is not None:
        return [t for t in (_signature_text(al) for al in block.iter("al")) if t]
    lines: list[str] = []
    parts = [normalise_text(block.text or "")]
    for child in block:
        if child.tag == "naam":
            lines += [_collapse("".join(parts)), _spaced(child)]
            parts = []
        else:
            parts.append(_signature_text(child))
        parts.append(normalise_text(child.tail or ""))
    lines.append(_collapse("".join(parts)))
    return [t for t in lines if t]


def _signature_text(el: ET.Element) -> str:
    """Text whose name parts are words of their own, a comma kept on the word before it."""
    return re.sub(r" (?=[,.:])", "", _spaced(el))


def _named(block: ET.Element) -> list[Signatory]:
    out: list[Signatory] = []
    function: str | None = None
    for line in _signature_lines(block):
        names = [_spaced(n) for n in block.iter("naam")]
        if line in names:
            out.append(Signatory(function, line.rstrip(".,")))
        else:
            function = line.rstrip(", ") or None
    return out


def _finish(doc: Document, reader: _Reader) -> None:
    sections = [s for s in reader.sections if s.heading or s.paragraphs]
    if doc.document_type == "aanhangsel" and sections and sections[0].heading is None:
        # the "Antwoord van … (ontvangen …)." line stands in the body's first paragraph; the text
        # and PDF paths read it as the header's, as a letter's dagtekening
        first = sections[0].paragraphs
        if first and is_answered_by(first[0].text):
            del first[0]  # a section left empty is dropped with the others below
    members = doc.document_type in _MEMBER_DOCUMENTS
    if reader.signatures:
        doc.signatories = _signatories(reader.signatures)
    elif sections and sections[-1].paragraphs:
        last = sections[-1].paragraphs
        closing = [i for i, p in enumerate(last) if _CLOSING_CLAUSE.search(p.text)]
        if members and closing:
            # a motie states its members as the paragraphs after its closing clause
            names = [p.text.strip().rstrip(".,").strip() for p in last[closing[-1] + 1 :]]
            doc.signatories = [Signatory(None, n) for n in names if n]
            del last[closing[-1] + 1 :]
        else:  # else the signature block as the printed page has it
            body, signature = split_signature([Line(p.text) for p in last], members=members)
            if signature:
                doc.signatories = parse_signatories([line.text for line in signature], members)
                del last[len(body) :]
    doc.sections = [s for s in sections if s.heading or s.paragraphs]
    marked: list[tuple[Paragraph | Footnote, list[_Marked]]] = []
    for section in doc.sections:
        for para in section.paragraphs:
            marked.append((para, reader.marked.get(id(para), [])))
            para.text, para.footnotes = strip_marks(para.text)
    for note in reader.notes:
        note.text = strip_marks(note.text)[0]
        marked.append((note, reader.note_marked.get(note.number, [])))
    doc.footnotes = reader.notes
    finish_document(doc)
    _add_marked(doc, marked)


def _add_marked(doc: Document, marked: list[tuple[Paragraph | Footnote, list[_Marked]]]) -> None:
    """The references the XML links: the official id on the one the extractors found at that
    place, or a reference of its own where they found none."""
    where_of = {}
    for si, section in enumerate(doc.sections):
        for pi, para in enumerate(section.paragraphs):
            where_of[id(para)] = ("body", si, pi, None)
    for note in doc.footnotes:
        where_of[id(note)] = ("footnote", None, None, note.number)
    added = False
    for holder, refs in marked:
        part, si, pi, fn = where_of[id(holder)]
        pos = 0
        for m in refs:
            start = holder.text.find(m.text, pos) if m.text else -1
            if start < 0:
                continue
            end = pos = start + len(m.text)
            ref = _official(m)
            if ref is None:
                continue
            place = (part, si, pi, fn)
            found = [
                r
                for r in doc.references
                if (r.where.part, r.where.section, r.where.paragraph, r.where.footnote) == place
                and r.where.start < end
                and start < r.where.end
            ]
            if any(r.id == ref.id for r in found):
                continue
            if found and found[0].type == ref.type:
                found[0].id, found[0].url = ref.id, ref.url
                found[0].dossier = ref.dossier or found[0].dossier
                found[0].number = ref.number or found[0].number
                continue
            ref.text = m.text
            ref.where.part, ref.where.section, ref.where.paragraph = part, si, pi  # type: ignore[assignment]
            ref.where.footnote, ref.where.start, ref.where.end = fn, start, end
            doc.references.append(ref)
            added = True
    if added:
        order = {n.number: i for i, n in enumerate(doc.footnotes)}

        def key(r: Reference) -> tuple:
            w = r.where
            if w.part == "footnote":
                return (1, order.get(w.footnote or "", 0), 0, w.start)
            # a heading's mentions (no paragraph) come before its section's first paragraph
            para = -1 if w.paragraph is None else w.paragraph
            return (0, w.section or 0, para, w.start)

        doc.references.sort(key=key)


_KST = re.compile(r"kst-(?P<dossier>\d+(?:-[0-9A-Z]+)*)-(?P<nr>[0-9A-Za-z]+)")
_AH = re.compile(r"ah-(?P<house>tk|ek)-(?P<y1>\d{4})(?P<y2>\d{4})-(?P<nr>\d+)")
_H = re.compile(r"h-(?P<house>tk|ek)-(?P<y1>\d{4})(?P<y2>\d{4})-(?P<nr>\d+)(?:-\d+)*")
_GAZETTE = re.compile(r"(?P<kind>stb|stcrt|trb)-(?P<year>\d{4})-(?P<nr>\d+)")
_GAZETTES = {"stb": "staatsblad", "stcrt": "staatscourant", "trb": "tractatenblad"}


def _official(m: _Marked) -> Reference | None:
    """A reference from the id an ``extref``/``dossierref`` names (None for other links)."""
    doc = m.doc.strip()
    if m.kind == "dossier":
        did = doc.replace(" ", "")
        return Reference("dossier", m.text, did, f"{OB_URL}dossier/{did}", dossier=did)
    url = f"{OB_URL}{doc}.html"
    if k := _KST.fullmatch(doc):
        return Reference("kamerstuk", m.text, doc, url, dossier=k["dossier"], number=k["nr"])
    for pattern, kind in ((_AH, "aanhangsel"), (_H, "handelingen")):
        if a := pattern.fullmatch(doc):
            return Reference(
                kind, m.text, doc, url,
                chamber="Tweede Kamer" if a["house"] == "tk" else "Eerste Kamer",
                parliamentary_year=f"{a['y1']}-{a['y2']}", number=a["nr"],
            )  # fmt: skip
    if g := _GAZETTE.fullmatch(doc):
        return Reference(_GAZETTES[g["kind"]], m.text, doc, url, number=g["nr"])
    return None
