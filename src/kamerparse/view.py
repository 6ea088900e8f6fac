"""A visual review of one parse: a self-contained HTML file (no network, no server).

For a PDF, each page as an image (rendered by pypdfium2) with a coloured box over every line,
coloured by what the parser took it for: furniture, header, body, heading, footnote, signature
(a line that carries a footnote marker is outlined). For text and .docx, the input's lines in the
same colours. Beside it the parsed result: the header fields, the sections with their footnote
markers linked to the footnotes, the references as links with their ids, the dates with their
values, the signatories, the warnings and the quality checks.
"""

from __future__ import annotations

import base64
import copy
import hashlib
import html
import io
import re
from pathlib import Path

from .extract.dates import _FULL_MONTHS
from .layout import MARK_CLOSE, MARK_OPEN, Line, marker
from .model import Document, Source
from .pipeline import parse_layout

ROLES = ("furniture", "header", "body", "heading", "footnote", "signature")
_COLOURS = {
    "furniture": "#9e9e9e",
    "header": "#1e88e5",
    "body": "#43a047",
    "heading": "#8e24aa",
    "footnote": "#fb8c00",
    "signature": "#e53935",
}
_SCALE = 1.5  # page images at 108 dpi: legible, and 10 pages render well under a second


def read_for_view(data: bytes, name: str) -> tuple[Document, list[Line], list[str], str]:
    """The parse of a PDF, .docx, text, publication page, publication XML or sitting report
    (VLOS XML) input, the input's lines as read, what each line was taken for, and the input's
    format."""
    from .api import PDF_MAGIC, _front_end, decode, is_docx, is_html, is_publication_xml, read_docx
    from .frontends.text import read_text
    from .frontends.vlos import is_vlos, read_vlos

    source = Source(path=name, sha256=hashlib.sha256(data).hexdigest())
    if is_publication_xml(data) or is_vlos(data):
        from .frontends.xml import read_publication

        source.format = "xml"
        doc = (read_publication if is_publication_xml(data) else read_vlos)(data, source)
        lines = _front_end(xml_lines, data, "corrupt-xml")
        return doc, lines, _xml_roles(doc, lines), "xml"
    meta: dict[str, str] | None = None
    if PDF_MAGIC in data[:1024]:
        from .frontends.pdf import read_pdf

        # a damaged file is one error line, as ``parse`` gives it
        layout, form = _front_end(read_pdf, data, "corrupt-pdf"), "pdf"
    elif is_docx(data):
        layout, form = _front_end(read_docx, data, "corrupt-docx"), "docx"
    else:
        text, encoding, warnings = decode(data)
        if is_html(text):
            from .frontends.html import read_html

            layout, meta = read_html(text)
            form = "html"
            layout.encoding, layout.warnings = encoding, warnings
        else:
            layout, form = read_text(text, encoding=encoding, warnings=warnings), "text"
    source.format = form  # type: ignore[assignment]
    lines = list(layout.lines)
    # the stages may change the lines they are given: the review shows them as read
    shown = copy.deepcopy(lines)
    trace: dict[int, str] = {}
    if meta is not None:
        from .api import page_document

        doc = page_document(layout, meta, source, trace)
    else:
        doc = parse_layout(layout, source, trace)
    headings = {s.heading for s in doc.sections if s.heading}
    roles = []
    for original, line in zip(lines, shown, strict=True):
        role = trace.get(id(original), "furniture")
        if role == "body" and (line.heading or _plain(line.text).strip() in headings):
            role = "heading"
        roles.append(role)
    return doc, shown, roles, form


def render_view(data: bytes, name: str) -> str:
    """The HTML review of the input ``data`` (its file name ``name``)."""
    doc, lines, roles, form = read_for_view(data, name)
    source_html = _pdf_pages(data, lines, roles) if form == "pdf" else _text_lines(lines, roles)
    return page_html(Path(name).name, source_html, _result(doc))


def xml_lines(data: bytes) -> list[Line]:
    """A publication XML's text as lines: one per element that holds text of its own (an
    alinea, a heading, a signature line), footnotes as lines of their own after the line that
    cites them with the citing place marked; the metadata is left out (it holds no text)."""
    import xml.etree.ElementTree as ET

    root = ET.fromstring(data)
    lines: list[Line] = []

    def inline(el: ET.Element, notes: list[ET.Element]) -> str:
        parts = [el.text or ""]
        for child in el:
            if _local(child.tag) == "noot":
                notes.append(child)
                number = "".join(child.findtext("noot.nr") or "").strip()
                parts.append(marker(number) if number else "")
            else:
                parts.append(inline(child, notes))
            parts.append(child.tail or "")
        return "".join(parts)

    def block(el: ET.Element) -> None:
        own = (el.text or "").strip() or any((c.tail or "").strip() for c in el)
        if not own:
            for child in el:
                block(child)
            return
        notes: list[ET.Element] = []
        text = " ".join(inline(el, notes).split())
        lines.append(Line(text))
        for note in notes:
            number = (note.findtext("noot.nr") or "").strip()
            body = [inline(c, []) for c in note if _local(c.tag) != "noot.nr"]
            lines.append(Line(" ".join(" ".join([number, *body]).split())))

    block(root)
    return lines


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _xml_roles(doc: Document, lines: list[Line]) -> list[str]:
    """What each line of the XML ended up as in ``doc``: a line found in no field of the
    output is shown as furniture, as a dropped line of a PDF would be."""
    headings = {s.heading for s in doc.sections if s.heading}
    paragraphs = [p.text for s in doc.sections for p in s.paragraphs]
    body = "\n".join(paragraphs)
    note_lines = [f"{f.number} {f.text}" for f in doc.footnotes]
    notes = "\n".join(note_lines)
    signed = [v for s in doc.signatories for v in (s.name, s.function) if v]
    header = [
        v
        for v in (doc.title, doc.addressee, doc.place, doc.sender, doc.reference,
                  doc.salutation, doc.chamber, doc.parliamentary_year,
                  *(d.title for d in doc.dossiers))
        if v
    ]  # fmt: skip
    if doc.date and (m := re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", doc.date)):
        header.append(f"{int(m[3])} {list(_FULL_MONTHS)[int(m[2]) - 1]} {m[1]}")
    numbers = {d.number for d in doc.dossiers} | ({doc.number} if doc.number else set())
    roles = []
    for line in lines:
        # matched without its footnote markers: the output's text has none
        text = re.sub(f"{MARK_OPEN}[^{MARK_CLOSE}]*{MARK_CLOSE}", "", line.text)
        bare = text.strip().rstrip(",.:;")
        if text in headings:
            role = "heading"
        elif text in note_lines or (len(text) > 20 and text in notes):
            role = "footnote"
        elif len(bare) > 1 and any(v in text or bare in v for v in signed):
            role = "signature"
        elif re.sub(r"\D", "", text) in numbers and len(text) < 20:
            role = "header"
        elif text in paragraphs or (len(text) > 20 and text in body):
            role = "body"
        elif len(bare) > 3 and any(v in text or bare in v for v in header):
            role = "header"
        else:
            role = "furniture"
        roles.append(role)
    return roles


def _plain(text: str) -> str:
    return text.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")


def _marked(text: str) -> str:
    """Line text with its footnote markers shown as markers."""
    out = html.escape(text)
    return out.replace(MARK_OPEN, '<sup class="marker">').replace(MARK_CLOSE, "</sup>")


def _pdf_pages(data: bytes, lines: list[Line], roles: list[str]) -> str:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(data)
    parts = []
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()
            image = page.render(scale=_SCALE).to_pil()
            buf = io.BytesIO()
            image.convert("RGB").save(buf, format="PNG", compress_level=1)
            png = base64.b64encode(buf.getvalue()).decode("ascii")
            boxes = []
            for line, role in zip(lines, roles, strict=True):
                if line.page != index + 1 or line.box is None:
                    continue
                x0, top, x1, bottom = (v * _SCALE for v in line.box)
                marker = " has-marker" if MARK_OPEN in line.text else ""
                boxes.append(
                    f'<div class="box {role}{marker}" data-role="{role}" '
                    f'style="left:{x0:.0f}px;top:{top:.0f}px;width:{x1 - x0:.0f}px;'
                    f'height:{bottom - top:.0f}px" title="{role}: '
                    f'{html.escape(_plain(line.text))}"></div>'
                )
            parts.append(
                f'<div class="page" id="page-{index + 1}" style="width:{width * _SCALE:.0f}px;'
                f'height:{height * _SCALE:.0f}px"><img alt="page {index + 1}" '
                f'src="data:image/png;base64,{png}">{"".join(boxes)}</div>'
            )
            page.close()
    finally:
        pdf.close()
    return "\n".join(parts)


def _text_lines(lines: list[Line], roles: list[str]) -> str:
    rows = []
    page = 1
    for line, role in zip(lines, roles, strict=True):
        if line.page != page:
            page = line.page
            rows.append(f'<div class="pagebreak">page {page}</div>')
        if line.gap_before:
            rows.append('<div class="gap"></div>')
        rows.append(f'<div class="line {role}" data-role="{role}">{_marked(line.text)}</div>')
    return '<div class="text">' + "\n".join(rows) + "</div>"


def _result(doc: Document) -> str:
    e = html.escape
    fields = [
        ("id", doc.id), ("chamber", doc.chamber), ("vergaderjaar", doc.parliamentary_year),
        ("dossier", ", ".join(f"{d.id} {d.title or ''}" for d in doc.dossiers) or None),
        ("number", doc.number), ("type", doc.document_type), ("title", doc.title),
        ("addressee", doc.addressee), ("place", doc.place), ("date", doc.date),
        ("sender", doc.sender), ("reference", doc.reference),
        ("their reference", doc.their_reference), ("attachments", doc.attachments),
        ("salutation", doc.salutation),
    ]  # fmt: skip
    out = ['<h2>Header</h2><table class="header">']
    out += [f"<tr><th>{e(k)}</th><td>{e(v) if v else '<i>null</i>'}</td></tr>" for k, v in fields]
    out.append("</table>")
    q = doc.quality
    if q is not None:
        out.append(f'<h2>Quality: <span class="verdict {q.verdict}">{q.verdict}</span> '
                   f"(score {q.score})</h2><table class=\"checks\">")  # fmt: skip
        for c in q.checks:
            fields_txt = ", ".join(c.fields)
            out.append(
                f'<tr class="{c.status}"><th>{e(c.name)}</th><td>{c.status}</td>'
                f"<td>{e(c.detail)}</td><td>{e(fields_txt)}</td></tr>"
            )
        out.append("</table>")
    if doc.warnings:
        out.append("<h2>Warnings</h2><ul>" + "".join(f"<li>{e(w)}</li>" for w in doc.warnings))
        out.append("</ul>")
    out.append("<h2>Body</h2>")
    for si, section in enumerate(doc.sections):
        if section.heading:
            out.append(f'<h3 class="heading">{e(section.heading)}</h3>')
        for pi, para in enumerate(section.paragraphs):
            refs = "".join(
                f' <a class="marker" href="#fn-{e(n)}" id="fnref-{si}-{pi}-{e(n)}">[{e(n)}]</a>'
                for n in para.footnotes
            )
            out.append(f'<p class="body">{e(para.text)}{refs}</p>')
    if doc.footnotes:
        out.append('<h2>Footnotes</h2><ol class="footnotes">')
        out += [
            f'<li id="fn-{e(f.number)}" value="{e(f.number)}" class="footnote">{e(f.text)}</li>'
            if f.number.isdigit()
            else f'<li id="fn-{e(f.number)}" class="footnote">{e(f.number)} {e(f.text)}</li>'
            for f in doc.footnotes
        ]
        out.append("</ol>")
    if doc.signatories:
        out.append('<h2>Signatories</h2><ul class="signature">')
        out += [f"<li>{e(s.function or '')} <b>{e(s.name)}</b></li>" for s in doc.signatories]
        out.append("</ul>")
    if doc.references:
        out.append('<h2>References</h2><ul class="references">')
        for r in doc.references:
            label = f"{e(r.text)} <code>{e(r.id or '')}</code> <i>{e(r.type)}</i>"
            link = f'<a class="reference" href="{e(r.url)}">{label}</a>' if r.url else label
            out.append(f"<li>{link}</li>")
        out.append("</ul>")
    if doc.dates:
        out.append('<h2>Dates</h2><ul class="dates">')
        out += [f"<li>{e(d.text)} → <code>{e(d.value)}</code></li>" for d in doc.dates]
        out.append("</ul>")
    return "\n".join(out)


_STYLE = """
body{font:14px/1.4 system-ui,sans-serif;margin:0;display:flex;gap:16px}
.source{flex:0 0 auto;max-width:60%;overflow:auto;height:100vh;background:#eee;padding:8px}
.result{flex:1;overflow:auto;height:100vh;padding:0 12px}
.page{position:relative;margin:0 auto 12px;box-shadow:0 0 4px #888;background:#fff}
.page img{position:absolute;left:0;top:0;width:100%;height:100%}
.box{position:absolute;opacity:.28;border:1px solid}
.has-marker{outline:2px dashed #000}
.text{font:13px/1.5 ui-monospace,monospace;background:#fff;padding:8px;white-space:pre-wrap}
.line{padding:0 4px;border-left:4px solid}
.gap{height:.6em}.pagebreak{border-top:2px dashed #888;color:#888;font-size:11px}
sup.marker,a.marker{color:#000;background:#ff0;font-weight:bold}
table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:2px 6px;text-align:left;
vertical-align:top}tr.check td,tr.poor td{background:#fff3e0}
.verdict.good{color:#2e7d32}.verdict.check{color:#ef6c00}.verdict.poor{color:#c62828}
td.expected{background:#ffebee}td.actual{background:#e8f5e9}
.legend span{display:inline-block;padding:0 6px;margin-right:4px;color:#fff}
"""


def page_html(title: str, source_html: str, result_html: str) -> str:
    """The page: the coloured source (left, with its legend, when there is one) and the
    result."""
    colours = "".join(
        f".box.{r}{{background:{c};border-color:{c}}}.line.{r}{{border-color:{c};"
        f"background:{c}22}}.legend .{r}{{background:{c}}}"
        for r, c in _COLOURS.items()
    )
    legend = "".join(f'<span class="{r}">{r}</span>' for r in ROLES)
    title = html.escape(title)
    source = f'<div class="source"><div class="legend">{legend}</div>{source_html}</div>'
    return (
        '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8">'
        f"<title>{title}</title><style>{_STYLE}{colours}</style></head>"
        f"<body>{source if source_html else ''}"
        f'<div class="result"><h1>{title}</h1>{result_html}</div></body></html>\n'
    )
