"""`kamerparse view`: one self-contained HTML file, the input coloured by what the parser took
each line for, beside the parsed result; checked as HTML and in a real headless browser."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from kamerparse.cli import main

DATA = Path(__file__).parent / "data"
SAMPLES = Path(__file__).parent.parent / "samples"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def _view(path: Path, tmp_path: Path) -> str:
    out = tmp_path / (path.name + ".html")
    assert main(["view", str(path), "-o", str(out)]) == 0
    return out.read_text(encoding="utf-8")


def _roles(page: str) -> dict[str, int]:
    found: dict[str, int] = {}
    for role in re.findall(r'data-role="(\w+)"', page):
        found[role] = found.get(role, 0) + 1
    return found


def _self_contained(page: str) -> None:
    assert "<script" not in page and "<link" not in page
    assert not re.search(r'src="(?!data:)', page)  # every image inline


def test_a_pdf_page_by_page_with_a_box_per_line(tmp_path) -> None:
    page = _view(DATA / "pdf" / "kst-27925-963.pdf", tmp_path)
    _self_contained(page)
    assert page.count('<div class="page"') == 4
    assert page.count('src="data:image/png;base64,') == 4
    roles = _roles(page)
    assert set(roles) == {"furniture", "header", "body", "heading", "footnote", "signature"}
    # the box over the heading, in the page's coordinates
    assert re.search(r'class="box heading" data-role="heading" style="left:\d+px;top:\d+px;'
                     r'width:\d+px;height:\d+px" title="heading: Veiligheidssituatie in Irak"',
                     page)  # fmt: skip
    assert 'class="box signature" data-role="signature"' in page
    assert "has-marker" in page  # "milities¹": a line with a footnote marker
    # the result: header, footnotes linked to their markers, references with their ids
    assert "<th>id</th><td>kst-27925-963</td>" in page
    assert '<a class="marker" href="#fn-1"' in page and '<li id="fn-1" value="1"' in page
    assert ('<a class="reference" href="https://zoek.officielebekendmakingen.nl/'
            'kst-27925-959.html">Kamerstuk 27 925, nr. 959 <code>kst-27925-959</code>') in page  # fmt: skip
    assert "26 oktober jl. → <code>2023-10-26</code>" in page
    assert 'Quality: <span class="verdict good">good</span>' in page


def test_text_and_docx_as_coloured_lines(tmp_path) -> None:
    page = _view(SAMPLES / "seed" / "kst-27925-963.txt", tmp_path)
    _self_contained(page)
    assert '<div class="line header" data-role="header">Nr. 963  BRIEF VAN DE MINISTERS' in page
    assert '<div class="line heading" data-role="heading">Veiligheidssituatie in Irak' in page
    assert '<div class="line signature" data-role="signature">De Minister van Defensie' in page
    assert _roles(page)["footnote"] >= 2
    assert 'class="verdict check"' in page and "odd dossiers" in page  # its quality, shown

    page = _view(DATA / "docx" / "min-jenv-eerdmans.docx", tmp_path)
    roles = _roles(page)
    assert roles["header"] > 5 and roles["body"] > 10 and roles["signature"] >= 1


def test_publication_xml_as_its_text_blocks_coloured_by_the_field_they_went_to(tmp_path) -> None:
    # the element names say nothing to a reader: each block of text is coloured by where its
    # text ended up in the output
    page = _view(DATA / "xml" / "transcribed" / "kst-27925-963-part.xml", tmp_path)
    _self_contained(page)
    for role, line in [
        ("header", "BRIEF VAN DE MINISTERS VAN DEFENSIE EN VAN BUITENLANDSE ZAKEN"),
        ("header", "27 925"),
        ("header", "Den Haag, 20 december 2023"),
        ("heading", "Veiligheidssituatie in Irak"),
        ("footnote", "1 De aanvallen worden in vrijwel alle gevallen"),
        ("signature", "De Minister van Defensie,"),
        ("signature", "Ollongren"),
        ("furniture", "2"),  # the kamernummer: in no field
    ]:
        assert f'<div class="line {role}" data-role="{role}">{line}' in page, (role, line)
    # the alinea that cites footnotes 1 and 2: body, its markers shown
    (cited,) = re.findall(r'<div class="line body" data-role="body">Op 13 november jl\..*', page)
    assert cited.count('<sup class="marker">') == 2
    assert "<th>id</th><td>kst-27925-963</td>" in page


def test_a_publication_page_as_its_lines(tmp_path) -> None:
    from tests.test_html import WEB_TEXT, _page

    path = tmp_path / "kst-24587-689.html"
    path.write_bytes(_page(WEB_TEXT.read_text(encoding="utf-8")))
    page = _view(path, tmp_path)
    roles = _roles(page)
    assert roles["header"] == 4 and roles["body"] == 4 and roles["signature"] == 1
    assert roles["footnote"] >= 4
    # the page's metadata fills what its text does not: the result is the parse's
    assert "<th>vergaderjaar</th><td>2016-2017</td>" in page
    assert "Overheid.nl werkt samen" not in page  # the site's chrome is no line of it


def test_what_view_does_not_show_gets_one_line(tmp_path, capsys) -> None:
    other = DATA / "html" / "other" / "stb.html"
    assert main(["view", str(other), "-o", str(tmp_path / "x.html")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "the page of a Staatsblad publication" in err
    assert not (tmp_path / "x.html").exists()
    assert main(["view", str(tmp_path / "nope.pdf")]) == 1
    assert "nope.pdf: cannot read" in capsys.readouterr().err


@pytest.mark.skipif(CHROMIUM is None, reason="Chromium is not installed (apt-get install chromium)")
@pytest.mark.parametrize(
    "path",
    [DATA / "pdf" / "kst-27925-963.pdf", SAMPLES / "ministry" / "lo-jenv-lahlah-chakor-boa.pdf"],
)
def test_the_page_in_a_headless_browser(path: Path, tmp_path: Path) -> None:
    _view(path, tmp_path)
    html_file = tmp_path / (path.name + ".html")
    shot = tmp_path / "shot.png"
    argv = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
            "--window-size=1400,1000", "--enable-logging=stderr", "--v=0"]  # fmt: skip
    dom = subprocess.run([*argv, "--dump-dom", html_file.as_uri()], capture_output=True,
                         text=True, timeout=60)  # fmt: skip
    assert "CONSOLE" not in dom.stderr and "Uncaught" not in dom.stderr
    # the browser built the boxes over the page images and the links of the result
    assert dom.stdout.count('class="box ') > 20
    assert dom.stdout.count('<img alt="page ') >= 1
    assert '<a class="marker" href="#fn-' in dom.stdout
    subprocess.run([*argv, f"--screenshot={shot}", html_file.as_uri()], capture_output=True,
                   timeout=60, check=True)  # fmt: skip
    png = shot.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 50_000  # a page, not a blank


def test_a_damaged_input_is_one_line_as_parse_gives_it(tmp_path, capsys, monkeypatch) -> None:
    import kamerparse.frontends.pdf as pdf

    # what a PDF library raises inside on a damaged file: parse and view say it alike
    def fails(data: bytes, **options: str) -> None:
        raise ZeroDivisionError("float division by zero")

    monkeypatch.setattr(pdf, "read_pdf", fails)
    damaged = DATA / "pdf" / "kst-27925-963.pdf"
    assert main(["parse", str(damaged)]) == 1
    parse_err = capsys.readouterr().err
    assert main(["view", str(damaged), "-o", str(tmp_path / "d.html")]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "damaged file: ZeroDivisionError" in err
    assert err in parse_err
    # an XML declaration of an encoding Python does not know
    odd = tmp_path / "odd.xml"
    odd.write_bytes(b'<?xml version="1.0" encoding="utfP8"?><officiele-publicatie/>')
    assert main(["view", str(odd), "-o", str(tmp_path / "o.html")]) == 1
    assert capsys.readouterr().err.endswith("odd.xml: XML in unknown encoding: utfP8\n")
