"""A letter as the ministry sends it: the letterhead column, the labelled fields, the signature.

The real letters are in ``samples/ministry/``: an original export of a ministry's letter and a
render of a ministry's Word original (answers to written questions).
"""

import pytest

import kamerparse
from kamerparse.extract.signatories import parse_signatories
from kamerparse.frontends.pdf import read_pdf
from kamerparse.frontends.text import read_text
from kamerparse.stages.furniture import Facts
from kamerparse.stages.header import read_header
from kamerparse.stages.signature import split_signature

from .conftest import SAMPLES

MINISTRY = SAMPLES / "ministry"
EXPORT = MINISTRY / "min-ienw-2022-emissie-luchtvaart.pdf"
RENDER = MINISTRY / "lo-jenv-lahlah-chakor-boa.pdf"


def _header(text: str):
    return read_header(read_text(text).lines, Facts())


# (letterhead as text, field, value): the shapes real letters print
FIELDS = [
    ("Datum 22 december 2022\nBetreft Emissies door de luchtvaart\nGeachte voorzitter,\nTekst.", "date", "2022-12-22"),
    ("Datum 22 december 2022\nBetreft Emissies door de luchtvaart\nGeachte voorzitter,\nTekst.", "title", "Emissies door de luchtvaart"),
    ("Datum 22 december 2022\nBetreft Emissies door de luchtvaart\nGeachte voorzitter,\nTekst.", "salutation", "Geachte voorzitter,"),
    # text extracted from the PDF: the column's "Bijlage(n)" value runs into the date's line
    ("Datum 22 december 2022 2\nBetreft Emissies door de luchtvaart\nGeachte voorzitter,\nTekst.", "date", "2022-12-22"),
    # … and belongs to the label that stood alone on the line above
    ("Ons kenmerk\nIENW/BSK-2022/268034\nBijlage(n)\nDatum 22 december 2022 2\nBetreft Emissies door de luchtvaart\nGeachte voorzitter,\nTekst.", "attachments", "2"),
    ("Ons kenmerk\nIENW/BSK-2022/268034\nBijlage(n)\nDatum 22 december 2022 2\nBetreft Emissies door de luchtvaart\nGeachte voorzitter,\nTekst.", "reference", "IENW/BSK-2022/268034"),
    # no label above without its value: nothing to give the run-in value to
    ("Bijlage(n)\n1\nDatum 22 december 2022 2\nBetreft X\nGeachte voorzitter,\nTekst.", "attachments", "1"),
    ("Datum\n16 mei 2024\nOnderwerp\nBeantwoording Kamervragen\nOns kenmerk\n5401166\nTekst.", "reference", "5401166"),
    ("Datum\n16 mei 2024\nOnderwerp\nBeantwoording Kamervragen\nOns kenmerk5086975\nTekst.", "reference", "5086975"),
    ("Datum\n16 mei 2024\nOnderwerp\nX\nUw kenmerk\n2024Z11889\nBijlage(n)\n2\nTekst.", "their_reference", "2024Z11889"),
    ("Datum\n16 mei 2024\nOnderwerp\nX\nUw kenmerk\n2024Z11889\nBijlage(n)\n2\nTekst.", "attachments", "2"),
    ("Datum\n16 mei 2024\nOnderwerp\nX\nOns kenmerk\n-\nTekst.", "reference", None),
    ("> Retouradres Postbus 20901 2500 EX Den Haag\nDe voorzitter van de Tweede Kamer\nder Staten-Generaal\nPostbus 20018\n2500 EA DEN HAAG\nDatum 22 december 2022\nBetreft X\nGeachte voorzitter,\nTekst.",
     "addressee", "De voorzitter van de Tweede Kamer der Staten-Generaal"),
    ("> Retouradres Postbus 20301 2500 EH Den Haag\nAan de Voorzitter van de Eerste Kamer der Staten-Generaal\nPostbus 20017\n2500 EA Den Haag\nDatum 1 juli 2024\nBetreft X\nGeachte voorzitter,\nTekst.",
     "chamber", "Eerste Kamer"),
    ("Ministerie van Financiën\n> Retouradres Postbus 20201 2500 EE Den Haag\nDe voorzitter van de Tweede Kamer\nder Staten-Generaal\nDatum 3 juni 2024\nBetreft X\nGeachte voorzitter,\nTekst.",
     "sender", "Ministerie van Financiën"),
    # a minister's letter of 1999 as nieuwsbank.nl keeps it: the labels in lower case, each over
    # its value, the date in figures, day first
    ("Ministerie van Landbouw, Natuurbeheer en Visserij\n\nDe Voorzitter van de Vaste Commissie voor Landbouw, Natuurbeheer en Visserij\nPostbus 20018\n2500 EA Den Haag\nuw brief van\n\nuw kenmerk\n\nons kenmerk\nIZ. 991396\ndatum\n08-10-1999\n\nonderwerp\nLandbouwraad oktober 1999\n\nbijlagen\n\nGeachte Voorzitter,\n\nHierbij deel ik u mee dat de Landbouwraad géén doorgang zal vinden.", "date", "1999-10-08"),
    ("Ministerie van Landbouw, Natuurbeheer en Visserij\n\nDe Voorzitter van de Vaste Commissie voor Landbouw, Natuurbeheer en Visserij\nPostbus 20018\n2500 EA Den Haag\nuw brief van\n\nuw kenmerk\n\nons kenmerk\nIZ. 991396\ndatum\n08-10-1999\n\nonderwerp\nLandbouwraad oktober 1999\n\nbijlagen\n\nGeachte Voorzitter,\n\nHierbij deel ik u mee dat de Landbouwraad géén doorgang zal vinden.", "reference", "IZ. 991396"),
    ("Ministerie van Landbouw, Natuurbeheer en Visserij\n\nDe Voorzitter van de Vaste Commissie voor Landbouw, Natuurbeheer en Visserij\nPostbus 20018\n2500 EA Den Haag\nuw brief van\n\nuw kenmerk\n\nons kenmerk\nIZ. 991396\ndatum\n08-10-1999\n\nonderwerp\nLandbouwraad oktober 1999\n\nbijlagen\n\nGeachte Voorzitter,\n\nHierbij deel ik u mee dat de Landbouwraad géén doorgang zal vinden.", "title", "Landbouwraad oktober 1999"),
    ("Ministerie van Landbouw, Natuurbeheer en Visserij\n\nDe Voorzitter van de Vaste Commissie voor Landbouw, Natuurbeheer en Visserij\nPostbus 20018\n2500 EA Den Haag\nuw brief van\n\nuw kenmerk\n\nons kenmerk\nIZ. 991396\ndatum\n08-10-1999\n\nonderwerp\nLandbouwraad oktober 1999\n\nbijlagen\n\nGeachte Voorzitter,\n\nHierbij deel ik u mee dat de Landbouwraad géén doorgang zal vinden.", "addressee", "De Voorzitter van de Vaste Commissie voor Landbouw, Natuurbeheer en Visserij"),
    ("Ministerie van Landbouw, Natuurbeheer en Visserij\n\nDe Voorzitter van de Vaste Commissie voor Landbouw, Natuurbeheer en Visserij\nPostbus 20018\n2500 EA Den Haag\nuw brief van\n\nuw kenmerk\n\nons kenmerk\nIZ. 991396\ndatum\n08-10-1999\n\nonderwerp\nLandbouwraad oktober 1999\n\nbijlagen\n\nGeachte Voorzitter,\n\nHierbij deel ik u mee dat de Landbouwraad géén doorgang zal vinden.", "salutation", "Geachte Voorzitter,"),
    # a day that does not exist is no date
    ("datum\n31-02-1999\nonderwerp\nX\nGeachte Voorzitter,\nTekst.", "date", None),
]  # fmt: skip


def test_a_word_in_lower_case_that_starts_a_line_is_no_label():
    # a wrapped line of running text that starts with a label's word is text, with a value or not
    head = _header(
        "Datum 22 december 2022\nBetreft Emissies door de luchtvaart\nGeachte voorzitter,\n"
        "Hierbij ontvangt u de regeling met de\ndatum van inwerkingtreding en het\n"
        "onderwerp van de evaluatie.\n"
    )
    assert (head.date, head.title) == ("2022-12-22", "Emissies door de luchtvaart")


@pytest.mark.parametrize(
    ("text", "field", "value"), FIELDS, ids=[f"{c[1]}-{i}" for i, c in enumerate(FIELDS)]
)
def test_letterhead_field(text, field, value):
    head = _header(text)
    assert head.document_type == "brief"
    assert getattr(head, field) == value


def test_the_letter_begins_after_the_salutation():
    text = "Datum 22 december 2022\nBetreft Emissies door de luchtvaart\nGeachte voorzitter,\nIn de Kamer is"
    lines = read_text(text).lines
    head = read_header(lines, Facts())
    assert lines[head.body_start].text == "In de Kamer is"


# (signature lines, signatories): shapes ministries' own letters sign with
SIGNATURES = [
    (["Hoogachtend,", "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,", "Mark Harbers"],
     [("DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT", "Mark Harbers")]),
    (["Mede namens de staatssecretaris van Infrastructuur en Waterstaat,", "de minister van Justitie en Veiligheid", "D. Yeşilgöz-Zegerius"],
     [("de minister van Justitie en Veiligheid", "D. Yeşilgöz-Zegerius")]),
    (["De Minister van Justitie en Veiligheid,", "D.M. van Weel"], [("De Minister van Justitie en Veiligheid", "D.M. van Weel")]),
    # signers who are not ministers: a name over its function, a committee's chair and clerk
    (["Algemene Rekenkamer", "drs. A. (Arno) Visser,", "president", "drs. C. (Cornelis) van der Werf,", "secretaris"],
     [("president", "drs. A. (Arno) Visser"), ("secretaris", "drs. C. (Cornelis) van der Werf")]),
    # earlier years: the given name before the initials, post-nominal letters (kst-31924-IIB-2,
    # 2009; kst-26100-1, 1998)
    (["Algemene Rekenkamer", "drs. Saskia J. Stuiveling,", "president", "dr. Ellen M.A. van Schoten RA,", "secretaris"],
     [("president", "drs. Saskia J. Stuiveling"), ("secretaris", "dr. Ellen M.A. van Schoten RA")]),
    (["Algemene Rekenkamer", "mr. H.E. Koning,", "president", "mr.dr. T.A.M. Witteveen,", "secretaris"],
     [("president", "mr. H.E. Koning"), ("secretaris", "mr.dr. T.A.M. Witteveen")]),
    # a body on whose behalf its chair signs (kst-CXXIV-G, 2017)
    (["Namens de Huishoudelijke Commissie van de Eerste Kamer,", "De voorzitter, A. Broekers-Knol"],
     [("De voorzitter", "A. Broekers-Knol")]),
    (["De voorzitter van de vaste commissie voor Financiën,", "Tom van der Lee", "De griffier van de vaste commissie voor Financiën,", "A.G.C. Freriks"],
     [("De voorzitter van de vaste commissie voor Financiën", "Tom van der Lee"),
      ("De griffier van de vaste commissie voor Financiën", "A.G.C. Freriks")]),
    # co-signers side by side, as text extracted page-wide from a ministry's letter runs them
    (["De minister van Justitie en Veiligheid, De staatssecretaris van Justitie en Veiligheid,",
      "Dilan Yeşilgöz-Zegerius Eric van der Burg"],
     [("De minister van Justitie en Veiligheid", "Dilan Yeşilgöz-Zegerius"),
      ("De staatssecretaris van Justitie en Veiligheid", "Eric van der Burg")]),
    # a function broken over two lines
    (["Mede namens de mi-", "nister van Buitenlandse Zaken,", "De Minister van Defensie,", "K.H. Ollongren"],
     [("De Minister van Defensie", "K.H. Ollongren")]),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), SIGNATURES, ids=[s[1][0][1] for s in SIGNATURES])
def test_ministry_signature(lines, expected):
    body = ["Uit het hiervoor staande blijkt dat er stappen worden gezet.", *lines]
    text_lines = read_text("\n".join(body)).lines
    rest, signature = split_signature(text_lines)
    assert [line.text for line in rest] == body[:1]
    got = parse_signatories([line.text for line in signature])
    assert [(s.function, s.name) for s in got] == expected


# (lines, the signature's line numbers, signatories): signature blocks with text after them
SIGNED_INSIDE = [
    # openkamer's page of kst-31700-X-83 (2009) lost the paper's head: nothing says it is a
    # motie, but its members sign under the closing formula; a minister still signs with his
    # function under a motie a letter quotes at its end
    (["zegt het vertrouwen in de minister van Defensie op,",
      "en gaat over tot de orde van de dag.",
      "Verdonk",
      "Brinkman"],
     [2, 3], [(None, "Verdonk"), (None, "Brinkman")]),
    (["en gaat over tot de orde van de dag.",
      "De Minister van Defensie,",
      "E. van Middelkoop"],
     [1, 2], [("De Minister van Defensie", "E. van Middelkoop")]),
    # kst-CXXIV-G (2017): the President's letter, then the proposal it sends
    (["De motie-Nagel c.s. is aan het slot van het debat ingetrokken.",
      "Namens de Huishoudelijke Commissie van de Eerste Kamer,",
      "De voorzitter, A. Broekers-Knol",
      "Wijziging van het Reglement van Orde van de Eerste Kamer",
      "Artikel I"],
     [1, 2], [("De voorzitter", "A. Broekers-Knol")]),
    # an Eerste Kamer verslag of a written consultation holds the letters it reports on, each
    # signed (the lines of kst-36600-B-K, 2025, and the signature of kst-35388-3)
    (["Dit verslag bestaat uit de uitgaande brief en de antwoordbrief.",
      "De griffier van de vaste Commissie voor Binnenlandse Zaken, Bergman",
      "BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES",
      "Den Haag, 9 mei 2025",
      "Ik stuur u in september een brief met een reactie op de jaarverslagen.",
      "De Minister van Binnenlandse Zaken en Koninkrijksrelaties, K.H. Ollongren",
      "Bijlage: overzicht financiële impact"],
     [1, 5], [("De griffier van de vaste Commissie voor Binnenlandse Zaken", "Bergman"),
              ("De Minister van Binnenlandse Zaken en Koninkrijksrelaties", "K.H. Ollongren")]),
    # tweedekamer.nl's text of kst-33268-F (2013) breaks its lines at a width
    (["De vaste commissie brengt bijgaand verslag uit van het gevoerde schriftelijk overleg.",
      "De griffier van de vaste commissie voor Binnenlandse Zaken en de Hoge Colleges van",
      "Staat / Algemene Zaken en Huis van de Koning, Fred Bergman",
      "BRIEF AAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES",
      "Den Haag, 24 juli 2013",
      "De Eerste Kamer maakt halfjaarlijks de stand van zaken op."],
     [1, 2], [("De griffier van de vaste commissie voor Binnenlandse Zaken en de Hoge Colleges "
               "van Staat / Algemene Zaken en Huis van de Koning", "Fred Bergman")]),
    # the web text of kst-33240-A-2 (2012): each name with its role on one line, the report
    # after the letter
    (["Hierbij bieden wij u het door ons vastgestelde rapport aan.", "Algemene Rekenkamer",
      "drs. Saskia J. Stuiveling, president", "dr. Ellen M.A. van Schoten RA, secretaris",
      "ONS ONDERZOEK", "De ministers verantwoorden zich met hun jaarverslagen aan de Staten-Generaal."],
     [1, 2, 3], [("president", "drs. Saskia J. Stuiveling"),
                 ("secretaris", "dr. Ellen M.A. van Schoten RA")]),
    # a 2005 letter of Verkeer en Waterstaat as its web page prints it: the name in full
    # under the function, the nadere memorie van antwoord it sends after it
    (["wetsvoorstel toekomen.", "Hoogachtend,", "DE MINISTER VAN VERKEER EN WATERSTAAT,",
      "Karla Peijs", "NADERE MEMORIE VAN ANTWOORD",
      "Uit het nader voorlopig verslag van de vaste commissies blijkt dat niet alle vragen zijn beantwoord."],
     [1, 2, 3], [("DE MINISTER VAN VERKEER EN WATERSTAAT", "Karla Peijs")]),
    # a 1999 letter (kst-21501-04-64, as the Kamer's own text system printed it): the function
    # without its article and comma, the overview it sends after it
    (["doe ik u bijgaand een overzicht toekomen.", "Minister voor Ontwikkelingsamenwerking",
      "E. Herfkens", "DERDE MINISTERIELE EU/ACS-CONFERENTIE", "Kader.",
      "De onderhandelingen over de nieuwe conventie zijn in september 1998 gestart."],
     [1, 2], [("Minister voor Ontwikkelingsamenwerking", "E. Herfkens")]),
    # a 2002 list of questions and answers (kst-28265-4): acting chairs of two committees and a
    # griffier sign its introduction, above the numbered questions
    (["Vragen en antwoorden zijn hierna afgedrukt.",
      "De fungerend voorzitter van de commissie voor de Rijksuitgaven,", "Rosenmöller",
      "De fungerend voorzitter van de vaste commissie voor Volksgezondheid, Welzijn en Sport,",
      "Terpstra", "De griffier van de commissie voor de Rijksuitgaven,", "Van der Windt", "1",
      "Gaat de regering deze doelstellingen nu wel aangeven?"],
     [1, 2, 3, 4, 5, 6],
     [("De fungerend voorzitter van de commissie voor de Rijksuitgaven", "Rosenmöller"),
      ("De fungerend voorzitter van de vaste commissie voor Volksgezondheid, Welzijn en Sport",
       "Terpstra"),
      ("De griffier van de commissie voor de Rijksuitgaven", "Van der Windt")]),
    # a function line alone in the text, with no name, does not cut the text
    (["Zo schreef hij:", "De Minister van Financiën,", "Daarna volgde de rest van de tekst."],
     [], []),
]  # fmt: skip


@pytest.mark.parametrize(
    ("body", "taken", "expected"), SIGNED_INSIDE, ids=range(len(SIGNED_INSIDE))
)
def test_a_signature_with_text_after_it(body, taken, expected):
    rest, signature = split_signature(read_text("\n".join(body)).lines)
    assert [line.text for line in signature] == [body[k] for k in taken]
    assert [line.text for line in rest] == [t for k, t in enumerate(body) if k not in taken]
    got = parse_signatories([line.text for line in signature])
    assert [(s.function, s.name) for s in got] == expected


def test_motie_members_run_on_after_the_closing_formula():
    # a page with one paragraph per line (kst-33959-5 and kst-33000-III-14 as one line)
    body = ["verzoekt de Voorzitter, een voorstel te doen,",
            "en gaat over tot de orde van de dag. Klein Van Gent"]  # fmt: skip
    rest, signature = split_signature(read_text("\n".join(body)).lines, members=True)
    assert [line.text for line in rest] == [body[0], "en gaat over tot de orde van de dag."]
    got = parse_signatories([line.text for line in signature], members=True)
    assert [s.name for s in got] == ["Klein", "Van Gent"]
    # a letter's text that ends so takes no names
    assert split_signature(read_text("\n".join(body)).lines)[1] == []


# a motie's members after its closing formula where a line is spelt oddly (real motie XMLs):
# the odd line and the names above it are members still, two names on one line are two
ODD_MEMBERS = [
    (["Eerdmans", "D, van Dijk"], ["Eerdmans", "D, van Dijk"]),
    (["Tuinman e", "Van Campen"], ["Tuinman e", "Van Campen"]),
    (["Piri", "Paternotte", "\\Van Baarle"], ["Piri", "Paternotte", "\\Van Baarle"]),
    (["Jetten en Eerdmans."], ["Jetten", "Eerdmans"]),
    (["Diederik van Dijk", "Boswijk, Bikker"], ["Diederik van Dijk", "Boswijk", "Bikker"]),
]


@pytest.mark.parametrize(("members", "names"), ODD_MEMBERS, ids=range(len(ODD_MEMBERS)))
def test_motie_members_spelt_oddly(members, names):
    body = ["verzoekt de regering om de Kamer hierover te informeren,",
            "en gaat over tot de orde van de dag.", *members]  # fmt: skip
    rest, signature = split_signature(read_text("\n".join(body)).lines, members=True)
    assert [line.text for line in rest] == body[:2]
    got = parse_signatories([line.text for line in signature], members=True)
    assert [s.name for s in got] == names


def test_the_king_signs_under_the_closing_formula():
    body = ["De memorie van toelichting bevat de gronden waarop het rust.",
            "En hiermede bevelen Wij U in Godes heilige bescherming.", "Beatrix"]  # fmt: skip
    rest, signature = split_signature(read_text("\n".join(body)).lines)
    assert [line.text for line in signature] == ["Beatrix"]
    assert [line.text for line in rest] == body[:2]


# the members who bring an initiatiefwet sign its covering letter with their bare names, directly
# under the sentence that closes it (kst-35144-1, kst-34716-1, as the web page prints them)
BILL_SPONSORS = [
    (["De memorie van toelichting, die het wetsvoorstel vergezelt, bevat de gronden waarop het"
      " rust.", "Wilders", "Bosma"], ["Wilders", "Bosma"]),
    (["De memorie van toelichting, die het wetsvoorstel vergezelt, bevat de gronden waarop het"
      " rust.", "Jetten"], ["Jetten"]),
    # a minister's letter closing so signs with a function: the usual block
    (["De memorie van toelichting, die het wetsvoorstel vergezelt, bevat de gronden waarop het"
      " rust.", "De Minister van Justitie en Veiligheid,", "F.B.J. Grapperhaus"],
     ["F.B.J. Grapperhaus"]),
]  # fmt: skip


@pytest.mark.parametrize(("body", "names"), BILL_SPONSORS, ids=range(len(BILL_SPONSORS)))
def test_the_sponsors_of_a_bill_sign_its_covering_letter(body, names):
    rest, signature = split_signature(read_text("\n\n".join(body)).lines)
    assert [line.text for line in rest] == body[:1]
    got = parse_signatories([line.text for line in signature])
    assert [s.name for s in got] == names


def test_the_king_signs_under_a_dagtekening_on_two_lines():
    # a 1997 koninklijke boodschap as its web page prints it (kst-25314-1)
    body = ["En hiermede bevelen Wij U in Godes heilige bescherming.", "'s-Gravenhage",
            "18 april 1997", "Beatrix"]  # fmt: skip
    rest, signature = split_signature(read_text("\n\n".join(body)).lines)
    assert [line.text for line in rest] == body[:1]
    assert [line.text for line in signature] == ["'s-Gravenhage, 18 april 1997", "Beatrix"]
    assert [s.name for s in parse_signatories([line.text for line in signature])] == ["Beatrix"]
    # the page of kst-25314-1 prints the bill (nr. 2) after the King's name: the boodschap's
    # signature is taken out, the bill stays text
    body = ["En hiermede bevelen Wij U in Godes heilige bescherming.", "'s-Gravenhage",
            "18 april 1997", "Beatrix", "nr. 2", "VOORSTEL VAN WET",
            "Allen, die deze zullen zien of horen lezen, saluut! doen te weten:"]  # fmt: skip
    rest, signature = split_signature(read_text("\n\n".join(body)).lines)
    assert [line.text for line in rest] == [body[0], *body[4:]]
    assert [s.name for s in parse_signatories([line.text for line in signature])] == ["Beatrix"]
    # a place on its own line in the text is no dagtekening
    body = ["Het overleg vond plaats in", "'s-Gravenhage", "op 18 april 1997."]
    assert split_signature(read_text("\n".join(body)).lines)[1] == []


def test_a_bill_closes_with_the_signing_formula_and_the_ministers_functions():
    # a voorstel van wet as its web page prints it (kst-25314-2): 'Gegeven' and the functions,
    # no names, are its signature
    body = ["Lasten en bevelen dat deze in het Staatsblad zal worden geplaatst.", "Gegeven",
            "De Minister-President, Minister van Algemene Zaken,",
            "De Minister van Binnenlandse Zaken,"]  # fmt: skip
    rest, signature = split_signature(read_text("\n\n".join(body)).lines)
    assert [line.text for line in rest] == body[:1]
    assert parse_signatories([line.text for line in signature]) == []


def test_a_full_name_is_no_signatory_without_a_function_above_it():
    lines = read_text("Dat geldt ook voor de luchtvaart.\nMark Harbers").lines
    assert split_signature(lines)[1] == []


def test_the_letterhead_column_is_read_apart_from_the_text():
    layout = read_pdf(RENDER.read_bytes())
    side = [line.text for line in layout.lines if line.role == "letterhead"]
    text = [line.text for line in layout.lines if line.role is None]
    assert "Ons kenmerk" in side and "5401166" in side
    assert not any("Directoraat-Generaal" in t or "Turfmarkt" in t for t in text)
    # the value beside "Datum" and the address block keep their own lines
    assert "Datum 16 mei 2024" in text and "2500 EA DEN HAAG" in text


def test_kerning_in_small_type_is_no_word_space():
    layout = read_pdf(EXPORT.read_bytes())
    side = [line.text for line in layout.lines if line.role == "letterhead"]
    assert "IENW/BSK-2022/268034" in side and "2515 XP Den Haag" in side
    assert "Infrastructuur en" in side


def test_ministry_pdf_export():
    doc = kamerparse.parse_file(EXPORT)
    assert (doc.title, doc.date, doc.chamber, doc.document_type) == (
        "Emissies door de luchtvaart",
        "2022-12-22",
        "Tweede Kamer",
        "brief",
    )
    assert doc.addressee == "De voorzitter van de Tweede Kamer der Staten-Generaal"
    assert (doc.sender, doc.reference, doc.attachments, doc.salutation) == (
        "Ministerie van Infrastructuur en Waterstaat",
        "IENW/BSK-2022/268034",
        "2",
        "Geachte voorzitter,",
    )
    assert (doc.id, doc.dossiers, doc.number, doc.place) == (None, [], None, None)
    headings = [s.heading for s in doc.sections]
    # bold, numbered, and underlined headings (Word underlines with a rule under the line)
    assert (
        "1.1 Blootstelling van de omgeving van luchthavens aan ultrafijn stof van de luchtvaart"
        in headings
    )
    assert "Kennisopbouw over emissie en effecten van ultrafijn stof" in headings
    # Word's footnotes at the foot of each page, linked to their markers
    assert [f.number for f in doc.footnotes] == [str(n) for n in range(1, 17)]
    assert sorted({n for p in doc.paragraphs for n in p.footnotes}, key=int) == [
        str(n) for n in range(1, 17)
    ]
    # the labels of the organogram are no paragraphs
    assert not any(p.text.startswith("Leden:") for p in doc.paragraphs)
    assert [(s.function, s.name) for s in doc.signatories] == [
        ("DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT", "Mark Harbers")
    ]
    body = " ".join(p.text for p in doc.paragraphs)
    for furniture in (
        "Retouradres",
        "Rijnstraat",
        "Pagina",
        "Ons kenmerk",
        "Geachte",
        "Hoogachtend",
    ):
        assert furniture not in body


def test_no_date_mention_from_the_letterhead():
    doc = kamerparse.parse_file(RENDER)
    assert doc.date == "2024-05-16"
    assert all(d.where.part in ("body", "footnote") for d in doc.dates)
    # the sidebar prints the letter date on every page: none of it is a mention
    assert "2024-05-16" not in [d.value for d in doc.dates]


def test_answers_to_written_questions_after_the_signature_are_body():
    doc = kamerparse.parse_file(RENDER)
    headings = [s.heading for s in doc.sections]
    assert headings[:3] == [None, "Vraag 1", "Antwoord op vraag 1"]
    # the question under its label is text, though it is set in bold like the label
    assert doc.sections[1].paragraphs[0].text.startswith("Kent u het bericht")
    assert [(s.function, s.name) for s in doc.signatories] == [
        ("De minister van Justitie en Veiligheid", "D. Yeşilgöz-Zegerius")
    ]


def test_frames_printed_over_each_other_are_read_apart(data_dir):
    """A render that printed the address block, the date and subject table and the letterhead
    column over each other at the corner of the page."""
    layout = read_pdf((data_dir / "pdf" / "letter-overprinted-frames.pdf").read_bytes())
    first = [line.text for line in layout.lines if line.page == 1 and line.role is None]
    assert first[:8] == [
        "Datum 25 juli 2024",
        "Betreft Beantwoording Kamervragen leden Mutluer, Lahlah",
        "(GroenLinks-PvdA), Boswijk (CDA) en Helder (BBB) over de",
        "voorgenomen sluiting van het politiebureau in Wolvega",
        "De voorzitter van de Tweede Kamer",
        "der Staten-Generaal",
        "Postbus 20018",
        "2500 EA DEN HAAG",
    ]
    doc = kamerparse.parse_file(data_dir / "pdf" / "letter-overprinted-frames.pdf")
    assert doc.title == (
        "Beantwoording Kamervragen leden Mutluer, Lahlah (GroenLinks-PvdA), Boswijk (CDA) en "
        "Helder (BBB) over de voorgenomen sluiting van het politiebureau in Wolvega"
    )
    assert (doc.addressee, doc.date, doc.chamber) == (
        "De voorzitter van de Tweede Kamer der Staten-Generaal",
        "2024-07-25",
        "Tweede Kamer",
    )
    assert not any("Retouradres" in p.text or "Turfmarkt" in p.text for p in doc.paragraphs)


def test_a_kamer_paper_names_its_chamber_in_its_signature():
    text = ("34 919 Kamerbrief\nNr. 3 BRIEF VAN DE VOORZITTER\nOp 1 mei 2019 heeft de commissie besloten.\n"
            "De Voorzitter van de Eerste Kamer der Staten-Generaal,\nA. Broekers-Knol\n")  # fmt: skip
    doc = kamerparse.parse_text(text)
    assert doc.chamber == "Eerste Kamer"
    assert [(s.function, s.name) for s in doc.signatories] == [
        ("De Voorzitter van de Eerste Kamer der Staten-Generaal", "A. Broekers-Knol")
    ]
