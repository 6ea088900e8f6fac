"""Header layouts met in real Kamerstukken (web text and text extracted from PDFs)."""

import datetime

import pytest

from kamerparse.extract.dates import parse_date_line
from kamerparse.frontends.text import read_text
from kamerparse.layout import Line
from kamerparse.stages.header import document_type, parse_dossier, parse_header


def header(text: str):
    return parse_header([Line(t) for t in text.strip().splitlines() if t.strip()])


CASES = [
    (
        "27 925 Bestrijding internationaal terrorisme\n"
        "Nr. 963 BRIEF VAN DE MINISTERS VAN DEFENSIE EN VAN BUITENLANDSE\nZAKEN\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
        "Den Haag, 20 december 2023\nConform de toezegging …",
        {"dossier": "27925", "dossier_title": "Bestrijding internationaal terrorisme",
         "number": "963", "title": "BRIEF VAN DE MINISTERS VAN DEFENSIE EN VAN BUITENLANDSE ZAKEN",
         "type": "brief", "place": "Den Haag", "date": "2023-12-20", "chamber": "Tweede Kamer",
         "body_start": 5},
    ),
    (
        "21 501-20 Europese Raad\n"
        "Nr. 865 BRIEF VAN DE MINISTER PRESIDENT, MINISTER VAN ALGEMENE ZAKEN\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 21 mei 2014\n"
        "Mede namens …",
        {"dossier": "21501-20", "dossier_title": "Europese Raad", "number": "865",
         "date": "2014-05-21"},
    ),
    (  # 1990s web layout: number and title on separate lines, motie without addressee
        "28 336\nRaming der voor de Tweede Kamer in 2003 benodigde uitgaven\n"
        "nr. 15\nMOTIE VAN HET LID HALSEMA C.S.\nVoorgesteld 27 juni 2002\nDe Kamer,",
        {"dossier": "28336", "dossier_title": "Raming der voor de Tweede Kamer in 2003 benodigde uitgaven",
         "number": "15", "title": "MOTIE VAN HET LID HALSEMA C.S.", "type": "motie",
         "place": None, "date": "2002-06-27", "chamber": None, "body_start": 5},
    ),
    (  # a dossier title wrapped over lines, one of which is a year
        "32 123 XIII Vaststelling van de begrotingsstaten van het\n"
        "Ministerie van Economische Zaken (XIII) voor het jaar\n2010\n"
        "Nr. 37 GEWIJZIGDE MOTIE VAN HET LID TEN HOOPEN C.S. TER VERVANGING\n"
        "VAN DIE GEDRUKT ONDER NR. 18\nVoorgesteld 3 november 2009\nDe Kamer,",
        {"dossier": "32123-XIII",
         "dossier_title": "Vaststelling van de begrotingsstaten van het Ministerie van "
                          "Economische Zaken (XIII) voor het jaar 2010",
         "number": "37", "type": "motie",
         "title": "GEWIJZIGDE MOTIE VAN HET LID TEN HOOPEN C.S. TER VERVANGING VAN DIE GEDRUKT ONDER NR. 18"},
    ),
    (  # Eerste Kamer: Roman dossier, letter number
        "CII Nota «Bestuur in samenhang. De bestuurlijke organisatie in Nederland.»\n"
        "G BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES\n"
        "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\nDen Haag, 25 september 2013",
        {"dossier": "CII", "number": "G", "chamber": "Eerste Kamer", "type": "brief"},
    ),
    (  # Eerste Kamer: the letter on a line of its own above the title (kst-30312-B, 2006)
        "30 312\nAlgemene bepalingen betreffende de toekenning, het beheer en het gebruik van het "
        "burgerservicenummer (Wet algemene bepalingen burgerservicenummer)\nB\n"
        "VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN EN DE HOGE COLLEGES VAN STAAT1\n"
        "Vastgesteld 21 november 2006\nHet voorbereidend onderzoek van dit wetsvoorstel",
        {"dossier": "30312", "number": "B", "type": "verslag", "date": "2006-11-21",
         "title": "VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN EN DE HOGE "
                  "COLLEGES VAN STAAT", "body_start": 5},
    ),
    (  # Eerste Kamer: a voorlopig verslag on the letter's line (kst-35261-B, 2022)
        "35 261 Wijziging van de Algemene wet bestuursrecht\n"
        "B VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN\n"
        "Vastgesteld 21 juni 2022\n1. Inleiding",
        {"dossier": "35261", "number": "B", "type": "verslag", "date": "2022-06-21",
         "body_start": 3},
    ),
    (  # a draft regulation laid before the Kamer: the voorhang notice above the addressee is no
        # body (kst-29214-95, 2023; the hard-wrapped page breaks its first line)
        "29 214 Subsidiebeleid VWS\n31 765 Kwaliteit van zorg\n"
        "Nr. 95 BRIEF VAN DE MINISTER VOOR LANGDURIGE ZORG EN SPORT\n"
        "Ter griffie van de Tweede Kamer der Staten-Generaal ontvangen op 22 mei\n2023.\n"
        "De wens om over de voorgenomen voordracht voor de vast te stellen ministeriële regeling\n"
        "nadere inlichtingen te ontvangen kan door of namens de Kamer te kennen worden gegeven\n"
        "uiterlijk op 21 juni 2023.\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 22 mei 2023\n"
        "De Nederlandse gezondheidszorg staat voor belangrijke uitdagingen.",
        {"number": "95", "type": "brief", "chamber": "Tweede Kamer", "place": "Den Haag",
         "date": "2023-05-22", "body_start": 10},
    ),
    (  # a regulation already made (nahang): the notice says when it was received and when it
        # lapses (kst-25295-1819, 2022)
        "25 295 Infectieziektenbestrijding\n"
        "Nr. 1819 BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT\n"
        "Ontvangen ter Griffie op 15 maart 2022.\n"
        "De vastgestelde ministeriële regeling kan niet eerder inwerking treden dan op 23 maart 2022.\n"
        "De vastgestelde ministeriële regeling vervalt van rechtswege indien de Kamer, op voorstel "
        "van vijftig leden uiterlijk 22 maart 2022 te kennen geeft niet in te stemmen met de "
        "regeling.\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 15 maart 2022\n"
        "We hebben te maken met een opleving van het virus, ook onder oudere doelgroepen.",
        {"number": "1819", "type": "brief", "chamber": "Tweede Kamer", "place": "Den Haag",
         "date": "2022-03-15", "body_start": 7},
    ),
    (  # Eerste Kamer: a reprint says so before the title, its reason in a note (kst-34086-B-n1)
        "34 086 Wijziging van het Wetboek van Strafrecht, het Wetboek van Strafvordering en enige "
        "andere wetten\nB HERDRUK1 VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR VEILIGHEID EN "
        "JUSTITIE2\nVastgesteld 15 november 2016\nHet voorbereidend onderzoek heeft de commissie",
        {"dossier": "34086", "number": "B", "type": "verslag", "date": "2016-11-15",
         "title": "VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR VEILIGHEID EN JUSTITIE",
         "body_start": 3},
    ),
    (  # the same note after a Tweede Kamer paper's number
        "35 123 Wet\nNr. 12 HERDRUK1 BRIEF VAN DE MINISTER VAN FINANCIËN\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 1 mei 2020",
        {"number": "12", "type": "brief", "title": "BRIEF VAN DE MINISTER VAN FINANCIËN"},
    ),
    (  # Eerste Kamer: the web text glues the footnote marker to the letter (kst-35979-H, 2023)
        "35 979 Wijziging van de Tijdelijke wet maatregelen covid-19\n31 731 Integraal wetgevingsbeleid\n"
        "H1 BRIEF VAN DE MINISTER VOOR RECHTSBESCHERMING\n"
        "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal\nDen Haag, 8 maart 2023\nTijdens",
        {"dossier": "35979", "number": "H", "type": "brief", "chamber": "Eerste Kamer",
         "title": "BRIEF VAN DE MINISTER VOOR RECHTSBESCHERMING", "date": "2023-03-08",
         "body_start": 5},
    ),
    (  # a number that belongs to the title is no footnote marker
        "36 615 Verslagen\nNr. 3 VERSLAG OVER HET VERZOEKSCHRIFT (COVZ2402020)\nVastgesteld 21 november 2024",
        {"title": "VERSLAG OVER HET VERZOEKSCHRIFT (COVZ2402020)"},
    ),
    (
        "35 526 Tijdelijke wet\nNr. 8 NOTA VAN WIJZIGING COVID-19\nOntvangen 2 juni 2020",
        {"title": "NOTA VAN WIJZIGING COVID-19"},
    ),
    (  # a capital letter alone is no paper's letter unless a kind's title follows
        "35 261 Wijziging van de Algemene wet bestuursrecht\nA\nDe leden van de fracties",
        {"number": None, "title": None},
    ),
    (  # rijksbegroting: dossier title above the "34775 A 62 BRIEF" line, "Nr. 62" repeated
        "Vaststelling begroting Infrastructuurfonds 2018\n"
        "34775 A 62 BRIEF VAN DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT\nNr. 62\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 3 april 2018\nOp 9 maart",
        {"dossier": "34775-A", "dossier_title": "Vaststelling begroting Infrastructuurfonds 2018",
         "number": "62", "date": "2018-04-03", "body_start": 5},
    ),
    (  # rijksbegroting: an Eerste Kamer paper's letter where the number stands, then alone
        "Miljoenennota 2018\n"
        "34775 AC BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER DER STATEN-GENERAAL\nAC\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 5 juni 2018\nDe Eerste Kamer",
        {"dossier": "34775", "dossier_title": "Miljoenennota 2018", "number": "AC",
         "title": "BRIEF VAN DE VOORZITTER VAN DE EERSTE KAMER DER STATEN-GENERAAL",
         "date": "2018-06-05", "body_start": 5},
    ),
    (  # a dossier and a letter before a kind's title, without the letter repeated: no number
        "34775 AC BRIEF VAN DE VOORZITTER\nAan de Voorzitter van de Tweede Kamer",
        {"number": None},
    ),
    (  # a reprint's note after the number, its title on the next line (tweedekamer.nl)
        "35 982 Staat van de Europese Unie 2022\nNr. 7 HERDRUK1\n"
        "BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\nDen Haag, 20 september 2022\nOp 28",
        {"dossier": "35982", "number": "7", "title": "BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN",
         "type": "brief", "date": "2022-09-20", "body_start": 5},
    ),
    (  # amendement: "Ontvangen"
        "30 105 XII\nWijziging van de begrotingsstaten\nnr. 4\nAMENDEMENT VAN DE LEDEN CRONE EN ROUVOET\n"
        "Ontvangen 30 juni 2005\nDe ondergetekenden stellen het volgende amendement voor:",
        {"dossier": "30105-XII", "number": "4", "type": "amendement", "date": "2005-06-30"},
    ),
    (  # a motie proposed during a committee meeting; a budget chapter joined by a hyphen
        "36 625-XII Vaststelling van de begrotingsstaten\n\nNr. 12 MOTIE VAN HET LID X\n\n"
        "Voorgesteld tijdens het Wetgevingsoverleg van 29 januari 2024\n\nDe Kamer,",
        {"dossier": "36625-XII", "number": "12", "date": "2024-01-29", "body_start": 3},
    ),
    (  # kst-32761-184 (2021), its text laid out a line per PDF line: the label "Voorgesteld"
       # above its date
        "32 761\nVerwerking en bescherming persoonsgegevens\nNr. 184\nMOTIE VAN HET LID BELHAJ C.S.\n"
        "Voorgesteld\n26 mei 2021\nDe Kamer,\ngehoord de beraadslaging,",
        {"dossier": "32761", "number": "184", "type": "motie", "date": "2021-05-26",
         "body_start": 6},
    ),
    (  # a rijkswet number is not part of the dossier id
        "36 351 (R 2184) Wijziging van de Rijkswet\nNr. 7 MOTIE VAN HET LID X\nVoorgesteld 3 april 2024",
        {"dossier": "36351", "dossier_title": "Wijziging van de Rijkswet", "number": "7"},
    ),
    (  # no header at all: nothing invented
        # a changed motie names the one it replaces under its title: in capitals in print, in
        # sentence case in the Word original; the publication's title holds it in capitals
        "36 682 Verzamelwet VWS 2024\nNr. 10 GEWIJZIGDE MOTIE VAN HET LID CLAASSEN\n"
        "Ter vervanging van die gedrukt onder nr. 8\nVoorgesteld 22 april 2025\nDe Kamer,",
        {"number": "10", "type": "motie", "date": "2025-04-22", "body_start": 4,
         "title": "GEWIJZIGDE MOTIE VAN HET LID CLAASSEN TER VERVANGING VAN DIE GEDRUKT ONDER NR. 8"},
    ),
    (  # numbered papers without their heading: the opening formula says what they are
        "36 410 Vaststelling van de begrotingsstaten\nNr. 12\nDe Kamer,\ngehoord de beraadslaging,",
        {"number": "12", "title": None, "type": "motie"},
    ),
    (
        "36 410 Vaststelling van de begrotingsstaten\nNr. 14\nHet voorstel van wet wordt als volgt gewijzigd:\nI",
        {"number": "14", "title": None, "type": "amendement"},
    ),
    (  # a dagtekening without its place
        "26 643 Informatie- en communicatietechnologie (ICT)\nNr. 12 BRIEF VAN DE STAATSSECRETARIS VAN BINNENLANDSE ZAKEN\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n31 oktober 2001\nHierbij bied ik u aan",
        {"number": "12", "place": None, "date": "2001-10-31", "body_start": 4},
    ),
    (  # rijksbegroting.nl kst92444 (2005): the paper's title after the dossier number, the
       # dossier's title above it, the number and the date under the vergaderjaar
        "Vaststelling van de begrotingsstaten van het Ministerie van Binnenlandse Zaken en "
        "Koninkrijksrelaties (VII) voor het jaar 2006\n30 300 VII MOTIE VAN HET LID VAN BEEK C.S.\n"
        "Nr. 29 Voorgesteld 1 december 2005\nDe Kamer,\ngehoord de beraadslaging,",
        {"dossier": "30300-VII", "dossier_title": "Vaststelling van de begrotingsstaten van het "
         "Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (VII) voor het jaar 2006",
         "number": "29", "title": "MOTIE VAN HET LID VAN BEEK C.S.", "type": "motie",
         "date": "2005-12-01", "body_start": 3},
    ),
    (  # kst-23982-173 (2000): a paper on two bills marks each dossier with a footnote, glued
       # to the number on the web page ("23 9821", "26 9982")
        "23 9821\nVoorstel van wet van het lid M. Vos tot wijziging van de Wet milieubeheer "
        "(duurzaam geproduceerd hout)\n\n26 9982\nVoorstel van wet van het lid M. Vos tot "
        "wijziging van het Voorstel van wet van het lid M. Vos tot wijziging van de Wet "
        "milieubeheer (duurzaam geproduceerd hout)\n\nnr. 173\nVOORLOPIG VERSLAG VAN DE VASTE "
        "COMMISSIE VOOR RUIMTELIJKE ORDENING EN MILIEUBEHEER3\n\nVastgesteld 19 december 2000\n\n"
        "Het voorbereidend onderzoek van deze wetsvoorstellen heeft de vaste commissie",
        {"dossier": "23982", "dossier_title": "Voorstel van wet van het lid M. Vos tot wijziging "
         "van de Wet milieubeheer (duurzaam geproduceerd hout)", "number": "173", "type": "verslag",
         "date": "2000-12-19"},
    ),
    (  # kst-26976-175a (2001): the dossier line names the notitie the paper answers on
        "26 976, nr. 1\nNotitie «Reflecties over de positie van de Eerste Kamer»\n\nnr. 175a\n"
        "AANVULLING OP DE NOTA NAAR AANLEIDING VAN HET VERSLAG OVER DE NOTITIE «REFLECTIES OVER "
        "DE POSITIE VAN DE EERSTE KAMER»\n\nOntvangen 15 mei 2001\n\nIn de nota naar aanleiding "
        "van het verslag over de notitie",
        {"dossier": "26976", "dossier_title": "Notitie «Reflecties over de positie van de Eerste "
         "Kamer»", "number": "175a", "date": "2001-05-15"},
    ),
    # only the Eerste Kamer writes a voorlopig verslag on a bill since the 1990s; its web page
    # prints no chamber (kst-24258-106a, 1995)
    (
        "24 258\nWijziging van de Algemene Ouderdomswet en enkele andere wetten\nnr. 106a\n"
        "VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR SOCIALE ZAKEN EN WERKGELEGENHEID1\n"
        "Vastgesteld 8 december 1995\nHet voorbereidend onderzoek gaf de commissie aanleiding …",
        {"number": "106a", "type": "verslag", "date": "1995-12-08", "chamber": "Eerste Kamer",
         "title": "VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR SOCIALE ZAKEN EN WERKGELEGENHEID"},
    ),
    # the Voorzitter writes to persons by name: the addressee, then the dagtekening
    # (kst-35788-2, 2021), also on one line as eumonitor.nl prints it
    (
        "35 788 Kabinetsformatie 2021\n"
        "Nr. 2 BRIEF VAN DE VOORZITTER VAN DE TWEEDE KAMER DER STATEN-GENERAAL\n"
        "Aan mevrouw Jorritsma-Lebbink en mevrouw Ollongren\nDen Haag, 26 maart 2021\n"
        "U hebt mij gisteren, donderdag 25 maart jl., laten weten",
        {"type": "brief", "addressee": "Aan mevrouw Jorritsma-Lebbink en mevrouw Ollongren",
         "place": "Den Haag",
         "date": "2021-03-26", "body_start": 4},
    ),
    (
        "35 788\nKabinetsformatie 2021\nNr. 2\n"
        "BRIEF VAN DE VOORZITTER VAN DE TWEEDE KAMER DER STATEN-GENERAAL\n"
        "Aan mevrouw Jorritsma-Lebbink en mevrouw Ollongren Den Haag, 26 maart 2021\n"
        "U hebt mij gisteren, donderdag 25 maart jl., laten weten",
        {"addressee": "Aan mevrouw Jorritsma-Lebbink en mevrouw Ollongren", "place": "Den Haag",
         "date": "2021-03-26", "body_start": 5},
    ),
    # a grondwet site's page of one paper: its own heading and contents above the title, no
    # dossier or number lines; the title of a known kind right above its date
    (
        "Memorie van antwoord - Verklaring dat er grond bestaat een voorstel in overweging te "
        "nemen tot verandering in de Grondwet van bepalingen inzake de verdediging\n"
        "Inhoudsopgave van deze pagina:\n1.\nTekst\nMEMORIE VAN ANTWOORD\n"
        "Ontvangen 16 februari 1981\nDe leden van de fractie van het C.D.A. vingen hun bijdrage …",
        {"dossier": None, "number": None, "title": "MEMORIE VAN ANTWOORD",
         "type": "memorie van antwoord", "date": "1981-02-16", "body_start": 6},
    ),
    # but no capitals over a dated line make a title without a kind
    (
        "Inhoudsopgave van deze pagina:\nKERNGEGEVENS\nVastgesteld 16 februari 1981\nTekst …",
        {"title": None, "type": None, "date": None, "body_start": 0},
    ),
    (
        "Dit is geen Kamerstuk.\nHet is een gewone tekst van 3 mei 2020.",
        {"dossier": None, "number": None, "title": None, "type": None, "date": None,
         "body_start": 0},
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:25] for c in CASES])
def test_header(text, expected):
    h = header(text)
    got = {
        "dossier": h.dossiers[0].id if h.dossiers else None,
        "dossier_title": h.dossiers[0].title if h.dossiers else None,
        "number": h.number,
        "title": h.title,
        "type": h.document_type,
        "addressee": h.addressee,
        "place": h.place,
        "date": h.date,
        "chamber": h.chamber,
        "body_start": h.body_start,
    }
    assert {k: got[k] for k in expected} == expected


@pytest.mark.parametrize(
    ("line", "place", "date"),
    [
        ("Den Haag, 20 december 2023", "Den Haag", datetime.date(2023, 12, 20)),
        ("’s-Gravenhage, 1 juli 1996", "’s-Gravenhage", datetime.date(1996, 7, 1)),
        ("Voorgesteld 27 juni 2002", None, datetime.date(2002, 6, 27)),
        ("Den Haag, 31 februari 2023", None, None),
        ("Op 20 december 2023 is besloten", None, None),
    ],
)
def test_date_line(line, place, date):
    assert parse_date_line(line) == (place, date)


@pytest.mark.parametrize(
    ("text", "did"),
    [("21 501-02", "21501-02"), ("36 200 XII", "36200-XII"), ("34775 A", "34775-A"),
     ("27 925", "27925"), ("34 356 (R2064)", "34356"), ("CII", "CII"), ("nr. 5", None),
     ("23 9821", "23982"), ("26 9982 Voorstel van wet", "26998"), ("239821", None),
     ("26 976, nr. 1", "26976"), ("28 165, nrs. 1–2", "28165"), ("26 976, nr.", None)],
)  # fmt: skip
def test_parse_dossier(text, did):
    d = parse_dossier(text)
    assert (d.id if d else None) == did


@pytest.mark.parametrize(
    ("title", "kind"),
    [("BRIEF VAN DE MINISTER", "brief"), ("GEWIJZIGDE MOTIE VAN HET LID X", "motie"),
     ("AMENDEMENT VAN HET LID X", "amendement"), ("NOTA VAN WIJZIGING", "nota van wijziging"),
     ("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG", "verslag"), ("LIJST VAN VRAGEN", "other"),
     # the kinds the gold vocabulary has no word of its own for stay "other" (a koninklijke
     # boodschap is "other" in the gold); the verslagen of the Eerste Kamer are verslagen
     ("EINDVERSLAG VAN DE VASTE COMMISSIE VOOR FINANCIËN", "verslag"),
     ("NADER VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN", "verslag"),
     ("TWEEDE NOTA VAN WIJZIGING", "nota van wijziging"),
     ("LIJST VAN VRAGEN EN ANTWOORDEN", "other"), ("VOORSTEL VAN WET", "other"),
     ("KONINKLIJKE BOODSCHAP", "other"), ("NOTA NAAR AANLEIDING VAN HET VERSLAG", "other"),
     # one member's several amendments in one paper (kst-24450-37, 1996)
     ("AMENDEMENTEN VAN HET LID DANKERS", "amendement"),
     (None, None)],
)  # fmt: skip
def test_document_type(title, kind):
    assert document_type(title) == kind


def test_letterhead_of_a_ministry_letter_as_text():
    from kamerparse.stages.furniture import Facts
    from kamerparse.stages.header import read_header

    text = (
        "> Retouradres Postbus 20301 2500 EH Den Haag\nAan de Voorzitter van de Tweede\n"
        "Kamer der Staten-Generaal\nPostbus 20018 2500 EA\nDen Haag\nDatum\n26 augustus 2024\n"
        "Onderwerp\nBeantwoording Kamervragen van het lid Teunissen (PvdD)\n"
        "Directoraat-Generaal Politie en Veiligheidsregio’s\nTurfmarkt 147\n2511 DP Den Haag\n"
        "www.rijksoverheid.nl/jenv\nContactpersoon\nT 070 426 64 26\nOns kenmerk\n-\n"
        "In antwoord op uw brief van 8 juli 2024, nr. 2024Z11889, deel ik u mede\n"
    )
    lines = read_text(text).lines
    h = read_header(lines, Facts())
    assert (h.date, h.title, h.document_type, h.chamber) == (
        "2024-08-26",
        "Beantwoording Kamervragen van het lid Teunissen (PvdD)",
        "brief",
        "Tweede Kamer",
    )
    assert h.addressee == "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert lines[h.body_start].text.startswith("In antwoord op uw brief")
    assert h.reference is None  # "-": the field is printed empty
    # a Kamerstuk is no ministry letter, though its text holds the labels
    kst = read_header(
        read_text("Nr. 5 BRIEF VAN DE MINISTER\nDatum\n1 mei 2024\nBetreft\nX\n").lines, Facts()
    )
    assert (kst.title, kst.number, kst.reference) == ("BRIEF VAN DE MINISTER", "5", None)


# Aanhangsel headers as the web and the PDF text give them: (lines, title end, date, body start)
AANHANGSEL = [
    # tweedekamer.nl (2025D04328): the page's own heading above the title, no masthead; the
    # answer's line wraps inside "(ontvangen …)"
    (["Antwoord schriftelijke vragen : Antwoord op vragen van het lid Erkens over overbodige "
      "functies, adviesorganen en doublures bij de Rijksoverheid",
      "Vragen van het lid Erkens (VVD) aan de Minister van Binnenlandse Zaken en "
      "Koninkrijksrelaties over overbodige functies (ingezonden 20 december 2024).",
      "Antwoord van Minister Uitermark (Binnenlandse Zaken en Koninkrijksrelaties) (ontvangen",
      "4 februari 2025). Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nr. 1028.",
      "Vraag 1", "Deelt u de mening dat de Rijksoverheid significant is gegroeid?"],
     "(ingezonden 20 december 2024).", "2025-02-04", "Vraag 1"),
    # ah-tk-20232024-2129, its lines wrapped as a narrower column would: the title breaks right
    # after a party's bracket, the answer's date over two lines
    (["2129", "Vragen van de leden Ceder (ChristenUnie) en Dobbe (SP)",
      "aan de Ministers van Buitenlandse Zaken en voor Buitenlandse Handel en",
      "Ontwikkelingssamenwerking over ontwikkelingen in Jemen (ingezonden 5 juni 2024).",
      "Antwoord van Minister Bruins Slot (BZ) van Minister Schreinemacher (Buitenlandse Handel en",
      "Ontwikkelingssamenwerking) (ontvangen 28 juni", "2024).", "Vraag 1"],
     "Jemen (ingezonden 5 juni 2024).", "2024-06-28", "Vraag 1"),
    # ah-tk-20102011-1055 (zoek.officielebekendmakingen.nl): the answer put off, a "Mededeling
    # van minister …" line in its place
    (["Vragen van de leden Pechtold (D66), Cohen (PvdA), Roemer (SP), Halsema (Groenlinks), "
      "Rouvoet (ChristenUnie), Van der Staaij (SGP) en Thieme (PvdD) aan de minister van "
      "Onderwijs, Cultuur en Wetenschap over afrekenbare en controleerbare kabinetsdoelen met "
      "betrekking tot het sociaal leenstelsel (ingezonden 13 december 2010).",
      "Mededeling van minister Van Bijsterveldt-Vliegenthart (Onderwijs, Cultuur en Wetenschap) "
      "(ontvangen 13 januari 2011).", "Vraag 1", "Klopt het dat dit kabinet een sociaal "
      "leenstelsel voor de masterfase van opleidingen in het hoger onderwijs gaat invoeren?1"],
     "(ingezonden 13 december 2010).", "2011-01-13", "Vraag 1"),
    # ah-tk-20142015-1365: "mede namens" and the date on one line, without a full stop
    (["Aanhangsel van de Handelingen", "Datum publicatieOrganisatieVergaderjaarNummerDatum ontvangst",
      "Tweede Kamer der Staten-Generaal2014-20151365",
      "Vragen van de leden Omtzigt (CDA), Gesthuizen (SP) en Schouw (D66) aan de Minister van "
      "Binnenlandse Zaken en Koninkrijksrelaties en de Staatssecretaris van Veiligheid en Justitie "
      "over de tot nu toe verstrekte informatie over de omvang en aard van (legale) "
      "identiteitswisselingen en mogelijke fraude met reisdocumenten (ingezonden 17 februari "
      "2015).",
      "Antwoord van Staatssecretaris Teeven (Veiligheid en Justitie) mede namens de Minister van "
      "Binnenlandse Zaken en Koninkrijksrelaties (ontvangen 25 februari 2015)", "Vraag 1"],
     "(ingezonden 17 februari 2015).", "2015-02-25", "Vraag 1"),
    # tweedekamer.nl (2020D19385): two ministers answer, the line wraps before the second's
    # ministry
    (["Antwoord schriftelijke vragen : Antwoord op vragen de leden Groothuizen en Van Nispen "
      "inzake fundamentele rechten in het strafrecht",
      "Vragen van de leden Groothuizen (D66) en Van Nispen (SP) aan de Ministers van Justitie en "
      "Veiligheid en voor Rechtsbescherming over fundamentele rechten in het strafrecht "
      "(ingezonden 8 mei 2020).",
      "Antwoord van Minister Grapperhaus (Justitie en Veiligheid) en van Minister Dekker",
      "(Rechtsbescherming) (ontvangen 19 mei 2020).", "Vraag 1"],
     "(ingezonden 8 mei 2020).", "2020-05-19", "Vraag 1"),
    # tweedekamer.nl (2022D31072): "mede namens" four others over three lines, then where the
    # answer is printed
    (["Vragen van de leden Bouchallikh, Bromet en Kröger (allen GroenLinks) aan de "
      "Staatssecretaris van Infrastructuur en Waterstaat en de Ministers van Infrastructuur en "
      "Waterstaat, voor Volkshuisvesting en Ruimtelijke Ordening en voor Landbouw, Natuur en "
      "Voedselkwaliteit over het bericht dat Nederland geen gezonde leefomgeving biedt aan "
      "kinderen (ingezonden 30 mei 2022).",
      "Antwoord van Staatssecretaris Heijnen (Infrastructuur en Waterstaat), mede namens",
      "de Ministers voor Volkshuisvesting en Ruimtelijke Ordening, van Landbouw, Natuur en",
      "Voedselkwaliteit en voor Armoedebeleid, Participatie en Pensioenen en de Staatssecretaris",
      "van Volksgezondheid, Welzijn en Sport (ontvangen 14 juli 2022). Zie ook Aanhangsel",
      "Handelingen, vergaderjaar 2021–2022, nr. 3173.", "Vraag 1"],
     "(ingezonden 30 mei 2022).", "2022-07-14", "Vraag 1"),
]  # fmt: skip


@pytest.mark.parametrize(("texts", "title_end", "date", "body"), AANHANGSEL)
def test_aanhangsel_header(texts, title_end, date, body):
    from kamerparse.stages.furniture import Facts
    from kamerparse.stages.header import read_header

    lines = read_text("\n".join(texts)).lines
    head = read_header(lines, Facts())
    assert head.document_type == "aanhangsel"
    assert head.title.startswith("Vragen van") and head.title.endswith(title_end)
    assert head.date == date
    assert lines[head.body_start].text.startswith(body)


# the answer's line under the title, as many lines as it takes, and what follows it
ANSWERED_BY = [
    # the text extracted from an Aanhangsel PDF (2023-2024): "Zie ook Aanhangsel" wraps, its
    # number printed without "nr."
    (["Antwoord van Staatssecretaris Van Huffelen (Binnenlandse Zaken en",
      "Koninkrijksrelaties) (ontvangen 7 maart 2024). Zie ook Aanhangsel",
      "Handelingen, vergaderjaar 2023–2024, 1028", "Vraag 1"], 3),
    # ah-tk-20232024-1980, -2271: the line breaks after "vergaderjaar" or "Zie ook", the
    # number printed without its full stop
    (["Antwoord van Minister Helder (Volksgezondheid, Welzijn en Sport)",
      "(ontvangen 13 juni 2024). Zie ook Aanhangsel Handelingen, vergaderjaar",
      "2023–2024, nr. 1848", "Vraag 1"], 3),
    (["Antwoord van Staatssecretaris Karremans (Volksgezondheid, Welzijn en Sport",
      "– Jeugd, Preventie en Sport) (ontvangen 12 augustus 2024). Zie ook",
      "Aanhangsel Handelingen, vergaderjaar 2023–2024, nr. 2147.", "Vraag 1"], 3),
    # tweedekamer.nl (2025D03999): where the answer is printed on a line of its own, two numbers
    (["Antwoord van Minister Van Weel (Justitie en Veiligheid) (ontvangen 31 januari 2025).",
      "Zie ook Aanhangsel Handelingen, vergaderjaar 2024–2025, nrs. 1016 en 1044.", "Vraag 1"], 2),
    # ah-tk-20232024-1999 as its PDF's text gives it: the date's label printed twice
    (["Mededeling van Minister De Jonge (Binnenlandse Zaken en Koninkrijksrelaties) (ontvangen "
      "(ontvangen 7 juni 2024).", "Vraag 1"], 1),
    # no line of an answer: the questions come first
    (["Vraag 1", "Bent u bekend met het bericht?"], 0),
]  # fmt: skip


@pytest.mark.parametrize(("texts", "used"), ANSWERED_BY)
def test_the_answers_line_under_an_aanhangsel_title(texts, used):
    from kamerparse.stages.header.aanhangsel import _answered_by

    assert _answered_by(texts) == used


def test_eerste_kamer_paper_letter_in_the_pdf_layout():
    # kst-30312-B's first page: the letter in the label column beside the title's first line
    import kamerparse
    from tests.pdfmake import make_pdf

    rows = [
        (50, 780, 14, "Eerste Kamer der Staten-Generaal"),
        (50, 760, 10, "Vergaderjaar 2006-2007"),
        (50, 720, 10, "30 312"),
        (150, 720, 10, "Algemene bepalingen betreffende de toekenning van het"),
        (150, 708, 10, "burgerservicenummer"),
        (50, 680, 10, "B"),
        (150, 680, 10, "VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR"),
        (150, 668, 10, "BINNENLANDSE ZAKEN EN DE HOGE COLLEGES VAN STAAT"),
        (150, 640, 10, "Vastgesteld 21 november 2006"),
        (150, 610, 10, "Het voorbereidend onderzoek van dit wetsvoorstel heeft de commissie"),
        (150, 598, 10, "aanleiding gegeven tot het maken van de navolgende opmerkingen."),
    ]
    content = b"".join(
        b"BT /F1 %d Tf %d %d Td (%s) Tj ET\n" % (size, x, y, text.encode("cp1252"))
        for x, y, size, text in rows
    )
    doc = kamerparse.parse_bytes(make_pdf(content), "kst-30312-B.pdf")
    assert (doc.number, doc.document_type, doc.date, doc.chamber) == (
        "B",
        "verslag",
        "2006-11-21",
        "Eerste Kamer",
    )
    assert doc.title == (
        "VOORLOPIG VERSLAG VAN DE VASTE COMMISSIE VOOR BINNENLANDSE ZAKEN EN DE HOGE COLLEGES "
        "VAN STAAT"
    )


# pages that lost the line breaks of a header run its parts into one line; the text front end
# sets them apart again
RUN_IN_CASES = [
    (  # parlementairemonitor.nl, kst-19630-1 (1986): the addressee runs into the message
        "Nr. 1\n\nKONINKLIJKE BOODSCHAP\n\nAan de Tweede Kamer der Staten-Generaal Wij bieden U "
        "hiernevens ter overweging aan een voorstel van Wet tot wijziging van de IJkwet 1937 "
        "(Stb. 627). En hiermede bevelen Wij U in Godes heilige bescherming.\n\n"
        "'s-Gravenhage, 5 september 1986\n\nBeatrix\n",
        {
            "title": "KONINKLIJKE BOODSCHAP",
            "addressee": "Aan de Tweede Kamer der Staten-Generaal",
            "first": "Wij bieden U hiernevens ter overweging aan een voorstel van Wet tot wijziging "
            "van de IJkwet 1937 (Stb. 627). En hiermede bevelen Wij U in Godes heilige bescherming.",
        },
    ),
    (  # adoc.pub, kst-21501-08-108 (2000): title, date and text on one line
        "21 501-08\nMilieuraad\nNr. 108\nVERSLAG VAN EEN ALGEMEEN OVERLEG Vastgesteld 7 april "
        "2000 De vaste commissie voor Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer heeft "
        "op 16 maart 2000 overleg gevoerd.\n",
        {
            "title": "VERSLAG VAN EEN ALGEMEEN OVERLEG",
            "date": "2000-04-07",
            "first": "De vaste commissie voor Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer "
            "heeft op 16 maart 2000 overleg gevoerd.",
        },
    ),
    (  # adoc.pub, kst-30928-6 (2007): the kind alone as the title, its date and the text
        "30 928\nAanpassing van de Boeken 3 en 6 van het Burgerlijk Wetboek\nNr. 6\nVERSLAG "
        "Vastgesteld 27 maart 2007 De vaste commissie voor Justitie1, belast met het voorbereidend "
        "onderzoek van dit voorstel van wet, heeft de eer als volgt verslag uit te brengen.\n",
        {
            "title": "VERSLAG",
            "date": "2007-03-27",
            "number": "6",
            "first": "De vaste commissie voor Justitie1, belast met het voorbereidend onderzoek van "
            "dit voorstel van wet, heeft de eer als volgt verslag uit te brengen.",
        },
    ),
    (  # the same paper as a PDF's lines may set it: the kind and its date on one line
        "30 928\nAanpassing van de Boeken 3 en 6 van het Burgerlijk Wetboek\nNr. 6\n"
        "VERSLAG Vastgesteld 27 maart 2007\nDe vaste commissie voor Justitie1, belast met het "
        "voorbereidend onderzoek van dit voorstel van wet, heeft de eer als volgt verslag uit te "
        "brengen.\n",
        {
            "title": "VERSLAG",
            "date": "2007-03-27",
            "first": "De vaste commissie voor Justitie1, belast met het voorbereidend onderzoek van "
            "dit voorstel van wet, heeft de eer als volgt verslag uit te brengen.",
        },
    ),
    (  # adoc.pub, kst-26363-A (1998–1999): the title, a footnote marker glued to it, and text
        "26 363\nWijziging van de Postwet\nA\nADVIES RAAD VAN STATE EN NADER RAPPORT1 Hieronder "
        "zijn opgenomen het advies van de Raad van State d.d. 22 oktober 1998 en het nader "
        "rapport.\n",
        {
            "title": "ADVIES RAAD VAN STATE EN NADER RAPPORT",
            "number": "A",
            "first": "Hieronder zijn opgenomen het advies van de Raad van State d.d. 22 oktober 1998 "
            "en het nader rapport.",
        },
    ),
    (  # the same run applied to kst-30105-XII-5 (2005): the number before the title, a title
        # that ends on "C.S.", the date and the amendment's first line
        "30 105 XII\nWijziging van de begrotingsstaten van het Ministerie van Verkeer en "
        "Waterstaat (XII) voor het jaar 2005\nNr. 5 AMENDEMENT VAN HET LID CRONE C.S. Ontvangen 30 "
        "juni 2005 De ondergetekenden stellen het volgende amendement voor:\n",
        {
            "title": "AMENDEMENT VAN HET LID CRONE C.S.",
            "number": "5",
            "date": "2005-06-30",
            "first": "De ondergetekenden stellen het volgende amendement voor:",
        },
    ),
    (  # a title alone on its line stays whole, lower case and all (kst-36342-10)
        "36 342 Wijziging van enkele belastingwetten\nNr. 10 TWEEDE NOTA VAN WIJZIGING\n"
        "Ontvangen 4 oktober 2023\nHet voorstel van wet wordt als volgt gewijzigd:\n",
        {
            "title": "TWEEDE NOTA VAN WIJZIGING",
            "date": "2023-10-04",
            "first": "Het voorstel van wet wordt als volgt gewijzigd:",
        },
    ),
    (  # the dagtekening on the addressee's line is still read there (parlementairemonitor.nl,
        # kst-34293-134)
        "34 293\nRenovatie Binnenhof\n"
        "Nr. 134 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN\nKONINKRIJKSRELATIES\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal Den Haag, 12 maart 2024\n"
        "Over het programma Binnenhof renovatie wordt uw Kamer sinds 2018 met halfjaarlijkse "
        "voortgangsrapportages geïnformeerd.\n",
        {
            "addressee": "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
            "date": "2024-03-12",
            "first": "Over het programma Binnenhof renovatie wordt uw Kamer "
            "sinds 2018 met halfjaarlijkse voortgangsrapportages geïnformeerd.",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), RUN_IN_CASES)
def test_a_header_run_into_one_line(text, expected):
    lines = read_text(text).lines
    head = parse_header(lines)
    for key in ("title", "addressee", "date", "number"):
        if key in expected:
            assert getattr(head, key) == expected[key]
    assert lines[head.body_start].text == expected["first"]


# the first page of ah-tk-20232024-1999 as poppler's pdftotext reads it: the masthead's lines
# apart, "Vragen gesteld door de leden der Kamer, …" on a line below "Aanhangsel van de
# Handelingen" (read as the title's first line, the number lost, before)
PDFTOTEXT_AH = """Tweede Kamer der Staten-Generaal

Vergaderjaar 2023–2024

2

Aanhangsel van de Handelingen

Vragen gesteld door de leden der Kamer, met de daarop door de
regering gegeven antwoorden

1999
Vragen van de leden Sneller (D66), Chakor (GroenLinks-PvdA) en Van
Nispen (SP) aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties
over juridische analyse(s) van het hoofdlijnenakkoord (ingezonden 30 mei
2024).
Mededeling van Minister De Jonge (Binnenlandse Zaken en
Koninkrijksrelaties) (ontvangen (ontvangen 7 juni 2024).
Vraag 1
Klopt het bericht dat ambtenaren van het Ministerie van Binnenlandse Zaken
een juridische analyse hebben gemaakt van het hoofdlijnenakkoord?
"""


def test_aanhangsel_masthead_on_lines_of_its_own():
    import kamerparse

    doc = kamerparse.parse_text(PDFTOTEXT_AH)
    assert (doc.document_type, doc.number, doc.date) == ("aanhangsel", "1999", "2024-06-07")
    assert doc.title.startswith("Vragen van de leden Sneller (D66), Chakor (GroenLinks-PvdA)")
    assert doc.title.endswith("hoofdlijnenakkoord (ingezonden 30 mei 2024).")
    assert [s.heading for s in doc.sections] == ["Vraag 1"]


# kst-24450-37 (1996): one member's several amendments in one paper, signed by the member
AMENDEMENTEN = """24 450
Vaststelling van een nieuwe Arbeidsvoorzieningswet (Arbeidsvoorzieningswet 1996)

nr. 37
AMENDEMENTEN VAN HET LID DANKERS

Ontvangen 25 juni 1996

De ondergetekende stelt de volgende amendementen voor:

II

In artikel 31 wordt «de leden» vervangen door: de voorzitter, de plaatsvervangend voorzitters \
en de leden.

Toelichting

Het verdient de voorkeur om in het Regionaal Bestuur een onafhankelijke voorzitter te benoemen.

Dankers

Naar boven
"""


def test_a_paper_of_several_amendments_is_an_amendement():
    import kamerparse

    doc = kamerparse.parse_text(AMENDEMENTEN)
    assert (doc.id, doc.document_type, doc.date) == ("kst-24450-37", "amendement", "1996-06-25")
    assert [(s.function, s.name) for s in doc.signatories] == [(None, "Dankers")]
    assert [s.heading for s in doc.sections] == [None, "II", "Toelichting"]
