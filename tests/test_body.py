"""Paragraphs, headings and footnote markers in the three kinds of plain text."""

import pytest

import kamerparse
from kamerparse.frontends.text import read_text
from kamerparse.layout import Line, first_unit
from kamerparse.stages.body import (
    MarkerState,
    build_sections,
    mark_footnotes,
    orphan_footnotes,
    strip_marks,
)


def sections(text: str):
    return build_sections(read_text(text).lines)


def shape(secs):
    return [(s.heading, [p.text for p in s.paragraphs]) for s in secs]


def starts(text: str, words: int) -> list[str]:
    """The first words of each paragraph of the first section."""
    return [" ".join(p.split()[:words]) for p in shape(sections(text))[0][1]]


def test_blank_line_paragraphs_and_heading():
    text = (
        "Eerste alinea over\ntwee regels.\n\nTweede alinea.\n\nVeiligheidssituatie in Irak\n\n"
        "Op 13 november jl. is het\ndreigingsniveau verhoogd."
    )
    assert shape(sections(text)) == [
        (None, ["Eerste alinea over twee regels.", "Tweede alinea."]),
        ("Veiligheidssituatie in Irak", ["Op 13 november jl. is het dreigingsniveau verhoogd."]),
    ]


# text extracted from a justified PDF column: no blank lines at all
JUSTIFIED = """Zoals ik eerder aan uw Kamer heb gemeld, is onder de naam «Koers en
Kansen voor de sanctie-uitvoering» een brede verkenning uitgevoerd naar de
toekomstige uitvoering van sancties. Tijdens het Algemeen Overleg
Gevangeniswezen op 8 februari jl. (Kamerstuk 24 587, nr. 679) heb ik
aangegeven het u te zullen toesturen.
Het eindrapport Koers en Kansen is inmiddels gereed. U ontvangt het als
bijlage bij deze brief. Het document is een whitepaper, een ambtelijk
document dat als basis dient voor verdere gesprekken en voor beleidsmatige
visievorming.
Gevolgen voor de planning
Besluitvorming over de te volgen koers in de sanctie-uitvoering, inclusief
keuzes ten aanzien van de detentiecapaciteit, ligt logischerwijs bij een volgend
kabinet."""


def test_justified_text_paragraphs_from_line_width():
    secs = shape(sections(JUSTIFIED))
    assert [h for h, _ in secs] == [None, "Gevolgen voor de planning"]
    assert [p[:30] for p in secs[0][1]] == [
        "Zoals ik eerder aan uw Kamer h",
        "Het eindrapport Koers en Kanse",
    ]
    assert secs[1][1][0].endswith("ligt logischerwijs bij een volgend kabinet.")


def test_abbreviation_at_line_end_does_not_end_paragraph():
    text = (
        "Gezamenlijk met mijn brief over het actieplan luchtverkeersleiding Lelystad\n"
        "geef ik hiermee invulling aan de motie Huizing-Haverkamp (31 936, nr.\n"
        "50). Dit is de volgende zin die ook over de volle breedte van de regel loopt."
    )
    assert len(shape(sections(text))[0][1]) == 1


def test_motie_clauses_are_paragraphs():
    text = (
        "De Kamer,\ngehoord de beraadslaging,\n"
        "overwegende, dat veel bedrijven door de economische crisis in moeilijkheden\n"
        "zijn gekomen;\n"
        "van mening, dat Kamers van Koophandel een grotere bijdrage zouden kunnen\n"
        "leveren in de ondersteuning van het bedrijfsleven in deze moeilijke tijden;\n"
        "verzoekt de regering om in overleg te treden met de Kamers van Koophandel,\n"
        "en gaat over tot de orde van de dag."
    )
    paras = shape(sections(text))[0][1]
    assert [" ".join(p.split()[:2]) for p in paras] == [
        "De Kamer,", "gehoord de", "overwegende, dat", "van mening,", "verzoekt de", "en gaat",
    ]  # fmt: skip


def test_hard_wrapped_web_text_is_one_paragraph():
    text = (
        "De reactie op uw brief van (14 September 2020) inzake (Verzoek commissie VWS om reactie\n"
        "op initiatiefnota Veldman over structurele weerbaarheid van medische industrie in\n"
        "crisistijd (Kamerstuk 35 537, nr. 2).) kan tot mijn spijt niet binnen de gebruikelijke "
        "termijn worden beantwoord.\n"
        "De reden van het uitstel is dat in verband met interdepartementale afstemming de\n"
        "meer tijd kost dan voorzien. We verwachten deze eind oktober te kunnen sturen."
    )
    secs = shape(sections(text))
    assert len(secs) == 1 and secs[0][0] is None and len(secs[0][1]) == 1


def test_a_clause_word_after_a_comma_goes_on_with_the_sentence():
    # tweedekamer.nl, lijst van vragen en antwoorden 2022D23672: "gelet op" opens a motie's
    # clause after a semicolon, but here it goes on with the question
    text = (
        "Waarom heeft de Algemene Rekenkamer toch een verklaring van goedkeuring afgegeven,\n"
        "gelet op het gegeven dat de tolerantiegrens van één procent voor het derde jaar op\n"
        "een rij is overschreden?\n"
        "De betekenis van de goedkeurende verklaring is dat ons onderzoek is afgelopen en dat\n"
        "wij goedkeuren dat de rijksrekening wordt vastgesteld."
    )
    assert starts(text, 2) == ["Waarom heeft", "De betekenis"]


MARKERS = [
    # (text, footnote numbers the document has, expected text with [n] for markers)
    ("aanvallen van aan Iran gelieerde milities1 op verschillende", {"1"}, "milities[1] op"),
    ("lichte verwondingen.2 De dreiging", {"1", "2"}, "verwondingen.[2] De"),
    ("zoals ik eerder heb gemeld1, is onder", {"1"}, "gemeld[1], is"),
    ("het betalen.».1 Op 14 maart", {"1"}, "betalen.».[1] Op"),
    # the print sets no space after the marker (Aanhangsel, as extracted)
    # and the space goes back in after the marker
    ("van de Landen gesproken.3Toekomstige samenwerking", {"3"}, "gesproken.[3] Toekomstige"),
    ("het eerste deel.12Het tweede deel", {"12"}, "deel.[12] Het"),
    # tweedekamer.nl (2021D26707)
    (
        "om onduidelijkheid over de toepassing weg te nemen.1Ik grijp de vragen",
        set(),
        "nemen.[1] Ik grijp",
    ),
    ("de brief van 12 juli 20221, waarin", {"1"}, "juli 2022[1], waarin"),
    # two markers in a row, the second set apart by a comma (tweedekamer.nl, 2022D31072)
    (
        "Bent u bekend met het bericht «Unicef: Nederland biedt kinderen geen gezonde "
        "leefomgeving»1?, 2",
        {"1", "2"},
        "leefomgeving»[1]?[2]",
    ),
    (
        "Bent u bekend met het bericht «Unicef: Nederland biedt kinderen geen gezonde "
        "leefomgeving»1?, 2",
        set(),
        "leefomgeving»[1]?[2]",
    ),
    ("zoals eerder gemeld.1, 2 De dreiging", {"1", "2"}, "gemeld.[1][2] De"),
    # a count after the marker is no marker
    ("de brief van 12 juli 20221, 2 miljoen euro", {"1", "2"}, "2022[1], 2 miljoen"),
    ("de rapporten1, 3 De dreiging", {"1", "3"}, "rapporten[1], 3 De"),
    # not markers
    ("(Kamerstuk 35 663, nr.19) en verder", {"19"}, None),
    ("de uitstoot van CO2 daalt", {"2"}, None),
    ("leden van Ja21, de PVV en GroenLinks", {"21"}, None),
    ("in artikel 23 Grondwet", {"23"}, None),
    ("een bedrag van € 50 000 (x € 1 000)", {"1"}, None),
    # no footnote texts: a digit after a number's point is part of the number
    ("zoals bedoeld in artikel 11.1 van de wet", set(), None),
    ("een bedrag van 2,1 miljard euro", set(), None),
    # and after an article numbered with a letter (an amendement on openkamer, kst-35153-12)
    (
        "De voordracht voor een krachtens de artikelen 14a.1, 14a.4, 14a.10, 14a.11 of 14a.12 vast",
        set(),
        None,
    ),
    # a digit glued to "bijlage" is a marker: the appendices are numbered with a space
    # (kst-21501-20-1356)
    ("In de bijlage1 treft u een tabel aan", {"1"}, "bijlage[1] treft"),
    ("zie bijlage.2 voor de cijfers", {"2"}, None),
    # no footnote texts: a sentence that ends on a year keeps its marker after the full stop
    # (tweedekamer.nl, kst-33763-173)
    ("het Wetgevingsoverleg van 18 juni 2025.1 Ik streef", set(), "juni 2025.[1] Ik"),
    ("tijdens het debat van 3 maart 2022.1", set(), "maart 2022.[1]"),
    ("de versie 2021.1 van het model", set(), None),
    ("in tabel 2.3A staan de cijfers", set(), None),
    # one note cited twice: the number just taken glued to a later word again (kst-31568-100)
    (
        "Hierbij doe ik u een afschrift1 toekomen van mijn brief; een afschrift van dit verzoek "
        "treft u bijgaand aan1. Over de uitkomsten hiervan zal ik u nader informeren.",
        {"1"},
        "afschrift[1] toekomen van mijn brief; een afschrift van dit verzoek treft u bijgaand "
        "aan[1]. Over",
    ),
    # a press-archive copy of a 2000s paper sets the marker in angle brackets (nieuwsbank.nl,
    # kst-26598-3, 2000); the page has no note texts
    (
        "De vaste commissie voor Volksgezondheid, Welzijn en Sport<1> heeft op",
        set(),
        "Welzijn en Sport[1] heeft op",
    ),
    ("commissie voor Verkeer en Waterstaat<2> hebben", {"1", "2"}, "Waterstaat[2] hebben"),
    # but not an earlier note's number, nor one glued to a short code
    ("de rapporten1 en de brief2 en weer rapporten1 hier", {"1", "2"}, "weer rapporten1 hier"),
    ("de brief1 over de uitstoot van CO1 en meer", {"1"}, "uitstoot van CO1 en"),
    # no footnote texts: the first marker glued to an abbreviation in capitals, taken where the
    # paragraph goes on with the next number (tweedekamer.nl, kst-36360-VIII-8, 2023)
    (
        "Welke opvolging wordt gegeven aan de conclusies van de ARK1 dat voor de Subsidieregeling "
        "verbetering basisvaardigheden 20222, Subsidieregeling School en omgeving3 en "
        "Subsidieregeling heterogene brugklassen4 de risicoanalyse niet goed is",
        set(),
        "van de ARK[1] dat voor de Subsidieregeling verbetering basisvaardigheden 2022[2], "
        "Subsidieregeling School en omgeving[3] en Subsidieregeling heterogene brugklassen[4] de",
    ),
    # but a code alone, or followed by another code, or by a number that does not go on, stays
    ("In Q1 van 2024 daalde de uitstoot", set(), None),
    ("de ARK1 en de uitstoot van CO2 daalt", set(), None),
    ("de conclusies van de ARK1 dat de rapporten3 en", set(), None),
]


@pytest.mark.parametrize(("text", "known", "expected"), MARKERS, ids=[m[0][:30] for m in MARKERS])
def test_markers(text, known, expected):
    marked = mark_footnotes(text, MarkerState(known=frozenset(known)))
    clean, numbers = strip_marks(marked)
    if expected is None:
        assert numbers == [] and clean == text
        return
    shown = marked.replace("\ue000", "[").replace("\ue001", "]")
    assert expected in shown


# a footnote digit between two words where the web page lost the space after the link: the
# marker is taken (the next note only) and the space goes back; a code or unit written with
# digits that runs into a word is left alone
BETWEEN_WORDS = [
    # kst-34225-15 (2016)
    (
        "het eindrapport van de evaluatie DMP bij de tijd1gaf de Minister aan dat zij",
        (),
        "DMP bij de tijd gaf de Minister aan",
        ["1"],
    ),
    # openkamer, kst-35394-48 (2022)
    (
        "Uw Kamer heeft via gewijzigde motie van het lid De Kort1het kabinet verzocht om",
        (),
        "van het lid De Kort het kabinet verzocht",
        ["1"],
    ),
    ("de reductie van de CO2uitstoot in 2030", (), "de CO2uitstoot in", []),
    ("een voertuig met een Euro6motor en een filter", (), "een Euro6motor en", []),
    ("de motie van het lid De Kort3het kabinet", (), "De Kort3het kabinet", []),  # not next
    ("de motie van het lid De Kort1het kabinet", ("2",), "De Kort1het kabinet", []),
]


@pytest.mark.parametrize(("text", "known", "clean", "numbers"), BETWEEN_WORDS)
def test_a_marker_glued_between_two_words(text, known, clean, numbers):
    marked = mark_footnotes(text, MarkerState(known=frozenset(known)))
    got, found = strip_marks(marked)
    assert clean in got and found == numbers


def test_a_reprint_note_on_the_title_starts_the_body_numbering_after_it():
    text = (
        "29 240 Veiligheid op school\n\n"
        "Nr. 108 HERDRUK1 BRIEF VAN DE MINISTERS VAN ONDERWIJS, CULTUUR EN WETENSCHAP EN VOOR "
        "BASIS- EN VOORTGEZET ONDERWIJS EN MEDIA\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Den Haag, 11 juli 2019\n\n"
        "Afgelopen voorjaar hebben wij met uw Kamer gesproken over veiligheid op scholen en "
        "onderwijsinstellingen.2 Wij hebben toegezegd een aantal zaken op dit terrein uit te "
        "werken of uit te zoeken en u over de voortgang te informeren.\n"
    )
    doc = kamerparse.parse_text(text)
    # kst-29240-108 on tweedekamer.nl, which prints no note texts
    assert doc.title.startswith("BRIEF VAN DE MINISTERS")
    assert doc.paragraphs[0].footnotes == ["2"]
    assert "onderwijsinstellingen. Wij" in doc.paragraphs[0].text


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        # a PDF sets the superscript where the space goes (an official letter: "… van de Landen
        # gesproken.³Toekomstige samenwerking …"): the sentences keep their space
        ("gesproken.\ue0003\ue001Toekomstige samenwerking", "gesproken. Toekomstige samenwerking"),
        ("gesproken.\ue0003\ue001 Toekomstige", "gesproken. Toekomstige"),
        # inside a sentence the marker takes no space with it
        ("de Landen\ue0003\ue001, zoals", "de Landen, zoals"),
    ],
)
def test_a_marker_between_sentences_leaves_their_space(text, clean):
    assert strip_marks(text) == (clean, ["3"])


def test_markers_follow_document_order():
    state = MarkerState(known=frozenset({"1", "2"}))
    first = strip_marks(mark_footnotes("eerste noot1 hier", state))
    second = strip_marks(mark_footnotes("tweede noot2 daar, en weer 1 iets", state))
    assert first == ("eerste noot hier", ["1"])
    assert second == ("tweede noot daar, en weer 1 iets", ["2"])


def test_markers_without_footnote_texts_follow_sequence():
    """tweedekamer.nl pages show markers but no footnote texts: take 1, 2, … in order."""
    state = MarkerState(known=frozenset())
    assert strip_marks(mark_footnotes("de rapporten1 en de brief2 en 7 dingen", state)) == (
        "de rapporten en de brief en 7 dingen",
        ["1", "2"],
    )


def test_list_items_without_blank_lines_are_paragraphs():
    text = (
        "Het kabinet neemt drie maatregelen:\n"
        "- een hogere bijdrage;\n- een kortere termijn;\n- en een evaluatie.\n\n"
        "Daarna volgt een brief."
    )
    assert shape(sections(text))[0][1] == [
        "Het kabinet neemt drie maatregelen:", "- een hogere bijdrage;",
        "- een kortere termijn;", "- en een evaluatie.", "Daarna volgt een brief.",
    ]  # fmt: skip


LIST_ITEMS = [
    # Aanhangsel answers as extracted from their PDFs. Each item names a project, the
    # paragraph under it says what the project does
    (
        "Binnen dit programma lopen 2 onderzoeken op het vlak van cryptografie:\n"
        "(cid:129) «HAPKIDO (Hybrid Approach for quantum-safe Public Key Infrastructure\n"
        "Development for Organisations)»\n"
        "Doel van dit onderzoek is om quantumveilige PKI-systemen te ontwikkelen\n"
        "en sector-gebaseerde groeipaden te leveren die organisaties zullen helpen\n"
        "hun systemen naar een quantumveilige toekomst te migreren. Dit gebeurt\n"
        "in samenwerking met koplopers in de telecommunicatie, financiële\n"
        "dienstverlening, zorg en publieke sector.\n"
        "(cid:129) «PROACT – Physical Attack Resistance of Cryptographic Algorithms and\n"
        "Circuits with Reduced Time to Market»\n"
        "Doel van dit onderzoek is het ontwerpen van nieuwe algoritmen en\n"
        "siliciumchips met inherente bescherming tegen fysieke aanvallen.",
        [
            "Binnen dit programma lopen 2 o", "• «HAPKIDO (Hybrid Approach fo",
            "Doel van dit onderzoek is om q", "• «PROACT – Physical Attack Re",
            "Doel van dit onderzoek is het ",
        ],
    ),
    # the next item of a dash list starts however the item before ends (here on "en")
    (
        "Als een gemeente een urgentieregeling heeft, dan moeten daar in elk geval\n"
        "de volgende groepen in worden opgenomen:\n"
        "– woningzoekenden die verblijven in een voorziening voor tijdelijke opvang\n"
        "van personen, die in verband met problemen van relationele aard of\n"
        "geweld hun woonruimte hebben verlaten en\n"
        "– woningzoekenden die mantelzorg als bedoeld in artikel 1.1.1, eerste lid,\n"
        "van de Wet maatschappelijke ondersteuning 2015 verlenen of ontvangen.",
        [
            "Als een gemeente een urgentier", "– woningzoekenden die verblijv",
            "– woningzoekenden die mantelzo",
        ],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), LIST_ITEMS, ids=["no full stop", "dash list"])
def test_list_items_end_where_the_next_starts(text: str, expected: list[str]) -> None:
    assert [p[:30] for p in shape(sections(text))[0][1]] == expected


# an Aanhangsel answer as extracted from its PDF: pdfplumber sets a subscript on a line of its
# own below the line it belongs to
SUBSCRIPTS = [
    (
        "afhankelijk van de ontwikkeling van de markt.\n"
        "De SDE++ vergoedt de onrendabele top van CO -reducerende maatregelen/\n"
        "2\n"
        "projecten en houdt geen rekening met eventuele vollooprisico’s. De SDE++\n"
        "houdt bij het vergoeden van de onrendabele top bij bijvoorbeeld CCS-",
        ["afhankelijk van de ontwikkeling van de markt.",
         "De SDE++ vergoedt de onrendabele top van CO2-reducerende maatregelen/projecten en houdt "
         "geen rekening met eventuele vollooprisico’s. De SDE++ houdt bij het vergoeden van de "
         "onrendabele top bij bijvoorbeeld CCS-"],
    ),
    (
        "impact op het uitrolplan en de ontwikkeling van de waterstofketen kom ik na\n"
        "de zomer terug. Voor CO zijn er ook alternatieve bewezen vervoersmogelijk-\n"
        "2\n"
        "heden, zoals vervoer per schip.",
        ["impact op het uitrolplan en de ontwikkeling van de waterstofketen kom ik na de zomer "
         "terug. Voor CO2 zijn er ook alternatieve bewezen vervoersmogelijkheden, zoals vervoer "
         "per schip."],
    ),
    # an abbreviation of element letters ("NS") takes no subscript: one digit, one molecule
    (
        "de onderhandelingen met de NS over de CO -uitstoot van de treinen zijn gestart en\n"
        "2\n"
        "lopen nog.",
        ["de onderhandelingen met de NS over de CO2-uitstoot van de treinen zijn gestart en "
         "lopen nog."],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), SUBSCRIPTS, ids=["hyphen", "word", "two names"])
def test_a_subscript_on_a_line_of_its_own(text: str, expected: list[str]) -> None:
    assert shape(sections(text))[0][1] == expected


# a motie's clause words ("erkent", "gelet op") in prose: Aanhangsel answers as extracted from
# their PDFs; the last is a motie's (official XML) that capitalises its clauses
CLAUSE_WORDS = [
    # a motie asks nothing: a question's next sentence
    (
        "Uw ministeries en Atradius DSB schrijven in reactie op het rapport zich niet\n"
        "te herkennen in de conclusie van het rapport, herkent u zich wel in de feiten?\n"
        "Erkent u dat er in Brazilië, Egypte, de Filipijnen, de Malediven, Mozambique\n"
        "en Indonesië vissers en boeren hun bestaan hebben verloren en het milieu is\n"
        "aangetast door de via de overheid verzekerde baggerprojecten van Boskalis\n"
        "en Van Oord? Zo nee, waarom niet?",
        ["Uw ministeries"],
    ),
    # after a full stop "Gelet op" starts a sentence of prose
    (
        "particulieren en vuurwerk dus een seizoensproduct is, is de opslag en\n"
        "verkoop van vuurwerk veelal een nevenactiviteit voor veel ondernemers.\n"
        "Gelet op voorgaande is het aannemelijk dat bij kleinere vuurwerkopslagen\n"
        "(< 10.000 kg) de aanwezigheid van grote hoeveelheden vuurwerk in een\n"
        "opslag zich slechts beperkt tot een klein deel van het jaar.",
        ["particulieren en"],
    ),
    (
        "constaterende dat RED III, richtlijn (EU) 2023/2413 artikel 30 (1) expliciet\n"
        "ruimte biedt voor de massabalanssystematiek, mits de methode betrouwbaar is.\n"
        "Overwegende dat Duitsland, Frankrijk, Spanje en Italië dit wel toepassen;",
        ["constaterende dat", "Overwegende dat"],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), CLAUSE_WORDS, ids=["question", "prose after a full stop", "motie"]
)
def test_clause_words_in_prose_and_in_a_motie(text: str, expected: list[str]) -> None:
    assert starts(text, 2) == expected


def test_a_table_row_per_paragraph():
    # an Aanhangsel answer as extracted from its PDF: each row of a table is a line of its own,
    # the caption's last line leaves room before the table's head
    text = (
        "Bijgaande cijfers zijn aangeleverd door Discriminatie.nl/Fryslân/Tumba:\n"
        "Grond Meldingen in 2021 Meldingen in 2022 Meldingen in 2023\n"
        "Geslacht(Trans) 2 3 6\n"
        "Seksuele gerichtheid 10 14 34\n"
        "TOTAAL 12 17 40\n"
        "Meldingen en/of aangiftes bij politie Fryslân (beledigende uitingen (zoals h*mo of f*kker\n"
        "naar politieagenten zijn ook meegenomen in de cijfers))\n"
        "Grond Meldingen in 2021 Meldingen in 2022 Meldingen in 2023\n"
        "Seksuele gerichtheid 66 73 74\n"
        "Zoals ik eerder aan uw Kamer heb gemeld, is onder de naam het programma gestart."
    )
    assert starts(text, 2) == [
        "Bijgaande cijfers", "Grond Meldingen", "Geslacht(Trans) 2", "Seksuele gerichtheid",
        "TOTAAL 12", "Meldingen en/of", "Grond Meldingen", "Seksuele gerichtheid", "Zoals ik",
    ]  # fmt: skip
    # an amount in groups of three digits is no row of figures
    amount = (
        "Voor de uitvoering van de regeling heeft het kabinet een bedrag van € 1 250 000\n"
        "beschikbaar gesteld. De regeling loopt tot en met 2027."
    )
    assert starts(amount, 2) == ["Voor de"]


NUMBERED_TITLES = [
    # an Aanhangsel answer as extracted from its PDF: each numbered advice titles the text under
    # it, the third on a full line
    (
        "deskundigheid rondom eetstoornissen verder bevorderd.\n"
        "3. De Gezondheidsraad adviseert om een onderzoeksagenda op te stellen\n"
        "Het doen van onderzoek naar prevalentie en effectiviteit van behandelen\n"
        "is een taak die primair ligt bij zorgaanbieders, universitaire centra,\n"
        "professionals en andere betrokkenen.",
        ["deskundigheid rondom", "3. De", "Het doen"],
    ),
    # a name wrapped after a numbered item's first line goes on with it (a besluitenlijst)
    (
        "10. Agendapunt: De risico’s van buitenlandse financieringen aan moskeeën n.a.v. de motie\n"
        "Van Toorenburg-Dijsselbloem (31200 XI, nr. 65) en de wegwijzer",
        ["10. Agendapunt:"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), NUMBERED_TITLES, ids=["title", "name"])
def test_a_numbered_title_on_a_full_line(text: str, expected: list[str]) -> None:
    assert starts(text, 2) == expected


def test_a_sentence_on_a_line_shorter_than_every_full_line_ends_its_paragraph():
    # a Kamerstuk as extracted from its PDF: "Dinsdag" would not fit after "als volgt.", but
    # the line is shorter than every line a sentence goes on from
    text = (
        "Mede namens de Minister van Buitenlandse Zaken bericht ik u als volgt.\n"
        "Dinsdag 27 mei vindt een informeel diner plaats van de staatshoofden en rege-\n"
        "ringsleiders van de EU-lidstaten. Dit diner is georganiseerd door de voorzitter\n"
        "van de Europese Raad, dhr. Van Rompuy, om de uitkomsten van de verkiezin-\n"
        "gen van het Europees Parlement te bespreken en een eerste gedachtewisse-\n"
        "ling te hebben over de Europese agenda voor de komende legislatuur.\n"
        "In reactie op het verzoek van het lid Omtzigt (CDA) bij de regeling van werk-\n"
        "zaamheden van heden (Handelingen II 2013/14, nr. 85, Regeling van\n"
        "Werkzaamheden), zal het kabinet u deze week een brief sturen met de Neder-\n"
        "landse inzet ten aanzien van dit informele diner."
    )
    assert starts(text, 2) == ["Mede namens", "Dinsdag 27", "In reactie"]


# a paragraph whose last line ends a sentence as full as any line a sentence goes on from, and
# the next paragraph on the line below: each as pdfplumber extracts it from the PDF
FULL_LINE_ENDS = [
    (  # kst-27925-963
        "missie is gericht en dat de Iraakse autoriteiten de aanwezigheid van de missie\n"
        "verwelkomen. De missie en de EU monitoren de situatie nauwgezet. Neder-\n"
        "land houdt nauw contact met de EU, andere EU-lidstaten en de Nederlanders\n"
        "binnen de missie. Het kabinet ziet dan ook, net zoals andere EU-lidstaten,\n"
        "vooralsnog geen reden om de Nederlandse bijdrage aan EUAM aan te passen.\n"
        "Zoals reeds benoemd wordt de veiligheidssituatie en de gevolgen voor de Ne-\n"
        "derlandse presentie nauwlettend in de gaten gehouden. Indien de veiligheids-\n"
        "situatie daartoe aanleiding geeft zullen gepaste maatregelen worden genomen\n"
        "en wordt uw Kamer daarover geïnformeerd.",
        ["missie is", "Zoals reeds"],
    ),
    (  # kst-28385-213
        "De vaste commissie voor Economische Zaken, Landbouw en Innovatie heeft\n"
        "mij verzocht om deze visie uiterlijk 1 september a.s. toe te zenden ten behoeve\n"
        "van een Algemeen Overleg Mestbeleid dat gepland staat op 14 september a.s.\n"
        "Het bepalen van een kabinetsstandpunt inzake het mestbeleid, met name inza-\n"
        "ke de toekomstige beheersing van de mestproductie, vraagt de nodige\n"
        "zorgvuldigheid. In mijn brief van 27 mei jl. aan uw Kamer heb ik aangegeven\n"
        "dat ik samen met de sector wil komen tot een visie.",
        ["De vaste", "Het bepalen"],
    ),
    (  # rb-kst-34775-A-62, a footnote digit before the full stop
        "Op 9 maart 2018 ontving ik Kamervragen van het lid Kröger (GroenLinks) over\n"
        "berichten «NS waarschuwt voor verbouwing Amsterdam CS» en «Iedereen wil\n"
        "openbaar vervoer, niemand wil het betalen.».1 Op 14 maart 2018 is door de\n"
        "Vaste Commissie voor Infrastructuur en Waterstaat het verzoek gedaan te\n"
        "reageren op het bericht «NS waarschuwt voor verbouwing Amsterdam CS»2.\n"
        "Op 15 maart 2018 is uw Kamer geïnformeerd over dat in het Bestuurlijk\n"
        "Overleg MIRT Noordwest Nederland geconstateerd is dat voor besluitvorming\n"
        "over de verbouwing van Amsterdam Centraal in relatie tot Amsterdam Zuid\n"
        "behoefte bestaat aan aanvullende informatie (Kamerstuk 34 775 A, nr. 61).",
        ["Op 9", "Op 15"],
    ),
    (  # kst-30174-18, an amendment's instruction on the column's widest line
        "III\n"
        "In artikel V vervalt in artikel XXXI, eerste volzin, de zinsnede «, 128a, 133a».\n"
        "Verder vervalt de derde volzin.\n"
        "Toelichting\n"
        "Dit amendement beoogt de mogelijkheid van een correctief referendum voor",
        ["In artikel", "Verder vervalt"],
    ),
]  # fmt: skip


@pytest.mark.skip(
    reason="a paragraph whose last line is as full as any other: the text keeps no gap or indent "
    "that tells it ends there, and the next word would not have fitted (the PDF path sees the "
    "gap). Of the 119 full lines that end a sentence before a capital in the 52 PDFs of "
    "benchmarks/text_vs_pdf.py, 6 end a paragraph; a line the estimate puts 1-3% over the "
    "column ends a paragraph there as often as it goes on (a page's last line, 1a529d02, that "
    "the printed page leaves room after, and a line of 1bb0809b that the PDF path joins to the "
    "next), so no tolerance separates them"
)
@pytest.mark.parametrize(("text", "expected"), FULL_LINE_ENDS)
def test_a_paragraph_that_ends_on_a_full_line(text: str, expected: list[str]) -> None:
    assert starts(text, 2) == expected


def test_numbered_headings():
    text = (
        "1. Inleiding\n\nIn deze brief ga ik in op de stand van zaken.\n\n"
        "2. Voortgang\n\nDe voortgang is goed.\n\n"
        "1. Veiligheid\n2. Economie\n\nTot zover."
    )
    secs = shape(sections(text))
    assert [h for h, _ in secs] == ["1. Inleiding", "2. Voortgang"]
    assert secs[-1][1] == ["De voortgang is goed.", "1. Veiligheid", "2. Economie", "Tot zover."]


# a memorie van toelichting's chapter titles run longer than a heading otherwise does; the
# numbering of the chapter before tells them (kst-35533-3, tweedekamer.nl and with blank lines)
LONG_NUMBERED_TITLES = [
    (
        "1. Inleiding\n"
        "Dit wetsvoorstel beoogt een verbetering aan te brengen in de wijze van behandeling\n"
        "van voorstellen tot herziening van de Grondwet in tweede lezing. Het gaat onder\n"
        "andere om de wijze waarop voorstellen tot wijziging van de Grondwet in tweede lezing\n"
        "door de Staten-Generaal behandeld worden.\n"
        "Hiermee kan een impasse ontstaan in de verhouding tussen de Kamers onderling, mede\n"
        "in relatie tot het kabinet en de kiezers. Deze situatie achten wij met de\n"
        "staatscommissie onwenselijk.\n"
        "2. De tweede lezing van voorstellen tot wijziging van de Grondwet\n"
        "Voorgesteld wordt om de tweede lezing van Grondwetswijzigingen voortaan in een verenigde\n"
        "vergadering te behandelen en niet meer in de beide Kamers afzonderlijk.\n",
        ["1. Inleiding", "2. De tweede lezing van voorstellen tot wijziging van de Grondwet"],
    ),
    (
        "1. Inleiding\n\nDit wetsvoorstel beoogt een verbetering aan te brengen.\n\n"
        "2. De tweede lezing van voorstellen tot wijziging van de Grondwet\n\n"
        "Voorgesteld wordt om de tweede lezing voortaan in een verenigde vergadering te"
        " behandelen.\n\n"
        "2.1 De behandeling in verenigde vergadering van beide Kamers der Staten-Generaal\n\n"
        "Een verenigde vergadering telt 225 leden.\n",
        [
            "1. Inleiding",
            "2. De tweede lezing van voorstellen tot wijziging van de Grondwet",
            "2.1 De behandeling in verenigde vergadering van beide Kamers der Staten-Generaal",
        ],
    ),
    # the numbering does not go on from a heading: an item, not a title
    (
        "1. Inleiding\n\nDe brief bespreekt drie punten.\n\n"
        "3. De tweede lezing van voorstellen tot wijziging van de Grondwet\n\nTot zover.\n",
        ["1. Inleiding"],
    ),
]


@pytest.mark.parametrize(
    ("text", "headings"), LONG_NUMBERED_TITLES, ids=["hard-wrapped", "blank lines", "no sequel"]
)
def test_a_long_numbered_title_that_goes_on_with_the_numbering(text, headings):
    assert [h for h, _ in shape(sections(text)) if h] == headings


LIST_THEN_HEADING = [
    # tweedekamer.nl, hard-wrapped (kst-32852-357, 2025): the list's last item ends without a
    # stop and looks like a numbered heading; the heading is the line after it
    (
        "een aantal toezeggingen en verzoeken. Deze brief behandelt de volgende onderwerpen:\n"
        "10. Plastic recyclaat in voertuigen;\n"
        "11. Uitstel reactie op het PBL-rapport «Naar een meer circulaire energietransitie met\n"
        "uitgebreide producentenverantwoordelijkheid».\n"
        "12. Manifest MVO Nederland\n"
        "Eindrapport subjectieve monitoring zwerfafval 2024\n"
        "Sinds 2008 laat Rijkswaterstaat, in opdracht van het Ministerie van Infrastructuur\n"
        "en Waterstaat (IenW), jaarlijks een onderzoek uitvoeren naar de vraag of Nederland\n"
        "wat betreft zwerfafval schoner is geworden naar de mening van het algemeen Nederlands\n"
        "publiek.",
        [None, "Eindrapport subjectieve monitoring zwerfafval 2024"],
        ["een aantal", "10. Plastic", "11. Uitstel", "12. Manifest"],
    ),
    # a publication page with a paragraph a line (kst-30175-448, 2023): a heading after a list
    # whose items end without a stop
    (
        "Met deze brief wordt u geïnformeerd over de voortgang op verschillende onderwerpen met "
        "betrekking tot luchtkwaliteit. Daarbij wordt ook ingegaan op de wijze waarop uitvoering "
        "is gegeven aan een aantal toezeggingen en moties. Het betreft de volgende onderwerpen:\n"
        "– Voortgang en vooruitblik van het Schone Lucht Akkoord\n"
        "– Aanvullende maatregelen houtstook\n"
        "– Overzicht inzet internationaal op luchtkwaliteit\n"
        "Het Schone Lucht Akkoord (SLA)\n"
        "Schone lucht is voor iedereen van levensbelang. Nederlanders leven gemiddeld enkele "
        "maanden korter door het inademen van ongezonde stoffen. Daarnaast kunnen mensen ziek "
        "worden als ze langere tijd deze stoffen inademen en kunnen bestaande ziektes erger "
        "worden.\n"
        "In het Schone Lucht Akkoord werk ik inmiddels samen met 107 gemeenten en provincies aan "
        "een permanente verbetering van de luchtkwaliteit. Met deze brief breng ik uw Kamer op de "
        "hoogte van de voortgang van het Schone Lucht Akkoord.",
        [None, "Het Schone Lucht Akkoord (SLA)"],
        ["Met deze", "– Voortgang", "– Aanvullende", "– Overzicht"],
    ),
    # tweedekamer.nl (kst-35300-VIII-212, 2020): a heading wrapped over two lines, under another
    (
        "Met deze brief informeer ik u achtereenvolgens over de uitvoering van diverse moties\n"
        "en toezeggingen op het gebied van het funderend onderwijs en het lerarenbeleid en\n"
        "over een aantal overige beleidsontwikkelingen.\n"
        "Moties\n"
        "Motie Bisschop over toezicht op de openbare orde in het onderwijs, zowel voor bekostigde\n"
        "als niet-bekostigde scholen\n"
        "De motie van het lid Bisschop verzoekt de regering onderzoek te laten verrichten naar\n"
        "de reikwijdte en een wettelijke uitwerking van het toezicht op de openbare orde in\n"
        "het onderwijs, zowel voor bekostigde als niet-bekostigde scholen.",
        [None, "Moties", "Motie Bisschop over toezicht op de openbare orde in het onderwijs, "
         "zowel voor bekostigde als niet-bekostigde scholen"],
        ["Met deze"],
    ),
    # tweedekamer.nl (kst-29248-326, 2020): the letter's outline announces its sections; the
    # heading that repeats an item is one though a question mark ends it
    (
        "gaan. De brief volgt de volgende opbouw:\n"
        "– Wat is gepast gebruik?\n"
        "– We werken langs meerdere lijnen aan resultaat; het veld staat niet stil.\n"
        "– Welke vragen staan nog open:\n"
        "• Wat kan er al, maar kan beter\n"
        "• Wat kan er nog niet, maar moet wel gebeuren\n"
        "– Hoe werken we hieraan samen verder?\n"
        "Wat is gepast gebruik?\n"
        "In de (digitale) spreekkamer4 worden keuzes gemaakt over welke zorg nodig en wenselijk is "
        "voor een patiënt. Dat\n"
        "gebeurt in een gesprek tussen zorgverlener en patiënt, door samen te beslissen. De\n"
        "keuze wordt gemaakt uit behandelingen die zijn beschreven in kwaliteitsstandaarden\n"
        "en richtlijnen en (veelal) in het basispakket opgenomen zijn.",
        [None, "Wat is gepast gebruik?"],
        ["gaan. De", "– Wat", "– We", "– Welke", "• Wat", "• Wat", "– Hoe"],
    ),
    # a publication page with a paragraph a line (kst-31765-92, 2014): a heading under a heading
    (
        "In antwoord hierop heb ik, tijdens de behandeling van de Begroting 2014 van VWS (d.d. 30 "
        "oktober 2013) (Handelingen II 2013/14, nr. 17, item 7) aangegeven dat ik zal bezien hoe "
        "ik de doelmatigheids-programma’s van ZonMw kan verstevigen. Ik wil in deze brief "
        "aangeven wat nu de stand van zaken is.\n"
        "Kwaliteit en doelmatigheid\n"
        "Hoofdlijnakkoorden\n"
        "Ik ben ervan overtuigd, samen met partijen als de NPCF, OMS, NVZ, NFU, ZKN en ZN dat een "
        "systematische en gezamenlijke inzet op kwaliteitsverbetering in belangrijke mate "
        "bijdraagt aan de doelmatigheid van zorg en daarmee het toegankelijk houden van de "
        "gezondheidszorg.",
        [None, "Kwaliteit en doelmatigheid", "Hoofdlijnakkoorden"],
        ["In antwoord"],
    ),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "headings", "first"),
    LIST_THEN_HEADING,
    ids=["last-item", "after-items", "wrapped", "announced", "under-heading"],
)
def test_a_heading_after_a_list(text: str, headings: list, first: list[str]) -> None:
    secs = shape(sections(text))
    assert [h for h, _ in secs] == headings
    assert starts(text, 2) == first


# a verslag of an overleg heads each agenda item with the paper it discusses, its citation at the
# end: the citation does not make the title too long to be one (kst-24690-2, 1996)
def test_a_heading_that_cites_its_paper():
    text = (
        "Van het gevoerde overleg brengen de commissies bijgaand beknopt verslag uit.\n\n"
        "Het onderdeel referendum uit het kabinetsstandpunt inzake grote projecten (24 690, nr. 1)"
        "\n\nVragen en opmerkingen uit de commissies\n\n"
        "De heer H. G. J. Kamp (VVD) herbevestigde dat zijn fractie zich, ondanks haar algemene "
        "afwijzing van het instrument referendum, wil houden aan de afspraak in het regeerakkoord."
    )
    assert [h for h, _ in shape(sections(text))] == [
        None,
        "Het onderdeel referendum uit het kabinetsstandpunt inzake grote projecten (24 690, nr. 1)",
        "Vragen en opmerkingen uit de commissies",
    ]


def test_a_short_body_of_a_page_with_a_paragraph_a_line():
    # a publication page saved as text (kst-22112-2980, 2020): its body before the signature is
    # one paragraph and a list, too short for most of its lines to be long; the line longer than
    # any printed line and no line going on in lower case tell that each line is a paragraph.
    # The lines that open on the same label are a list, not a heading over the rest
    text = (
        "Overeenkomstig de bestaande afspraken ontvangt u hierbij 9 fiches die werden opgesteld "
        "door de werkgroep Beoordeling Nieuwe Commissievoorstellen (BNC).\n"
        "Fiche: Mededeling Methaanstrategie\n"
        "Fiche: Mededeling strategie voor duurzame chemische stoffen (Kamerstuk 22 112, nr. 2981)\n"
        "Fiche: Mededeling Een renovatiegolf voor Europa (Kamerstuk 22 112, nr. 2982)\n"
        "Fiche: Besluit 8e Milieuactieprogramma (Kamerstuk 22 112, nr. 2983)"
    )
    secs = shape(sections(text))
    assert [h for h, _ in secs] == [None]
    assert starts(text, 3) == [
        "Overeenkomstig de bestaande",
        "Fiche: Mededeling Methaanstrategie",
        "Fiche: Mededeling strategie",
        "Fiche: Mededeling Een",
        "Fiche: Besluit 8e",
    ]


def test_marker_glued_to_a_cited_number():
    """Note 1 has no other marker: its digit is the last of "nr. 9591" (nr. 959 + note 1)."""
    texts = [
        "tijdens het commissiedebat (Kamerstuk 27 925, nr. 9591) en in de brief (nr. 960).",
        "De dreiging is toegenomen sinds het conflict.2 Dat blijft zo.",
    ]
    known = frozenset({"1", "2"})
    state = MarkerState(known=known, orphans=orphan_footnotes(texts, known))
    assert state.orphans == {"1"}
    first = strip_marks(mark_footnotes(texts[0], state))
    second = strip_marks(mark_footnotes(texts[1], state))
    assert first == (
        "tijdens het commissiedebat (Kamerstuk 27 925, nr. 959) en in de brief (nr. 960).",
        ["1"],
    )
    assert second[1] == ["2"]


def test_cited_number_is_left_alone_when_the_note_has_its_own_marker():
    texts = ["de brief (Kamerstuk 27 925, nr. 21) en het verslag1 van de commissie"]
    known = frozenset({"1"})
    state = MarkerState(known=known, orphans=orphan_footnotes(texts, known))
    assert strip_marks(mark_footnotes(texts[0], state)) == (
        "de brief (Kamerstuk 27 925, nr. 21) en het verslag van de commissie",
        ["1"],
    )


# questions and answers as text extracted from an Aanhangsel PDF: no blank lines, a label after
# a line that ends in a citation, a sentence that ends in a footnote digit, and list bullets the
# extractor could not map
AANHANGSEL_QA = """Antwoord van Staatssecretaris Van Huffelen (Binnenlandse Zaken en
Koninkrijksrelaties) (ontvangen 7 maart 2024). Zie ook Aanhangsel
Handelingen, vergaderjaar 2023–2024, 1028
Vraag 1
Bent u bekend met het gegeven dat de Amerikaanse president Biden reeds
een wet heeft getekend die overheidsorganisaties verplicht om te migreren
naar IT-systemen die quantum-proof zijn?2
Antwoord 1
Het kabinet volgt de internationale ontwikkelingen en heeft kennis genomen
van de genoemde Amerikaanse wetgeving en neemt daarom deze maatregelen:
(cid:129) Inzicht hebben in wat belangrijk is om te beschermen: de «kroonjuwelen»
(cid:129) Eisen toevoegen voor (toekomstige) cryptografie in aanbestedingen.
"""


# an answer without a full stop, on a line between two labels (ah-tk-20222023-591, 2022, as
# zoek.officielebekendmakingen.nl sets it: blank lines between the blocks)
AANHANGSEL_SHORT_ANSWER = """Antwoord 1

Nee, dit klopt niet. Op het moment van schrijven van deze beantwoording vinden er nog gesprekken plaats over de inhoud van het wetsvoorstel.

Vraag 2

Zo ja, waarom worden dergelijke aantallen aan gemeenten gecommuniceerd terwijl er nog niet eens een wet ligt?

Antwoord 2

Zie antwoord op vraag 1

Vraag 3

Kunt u deze aantallen (per gemeente) direct met de Kamer delen? Zo nee, waarom niet?

Antwoord 3

Zie antwoord op vraag 1

Vraag 4

Kunt u deze vragen nog deze week beantwoorden?
"""


def test_a_short_answer_between_two_labels_is_no_heading():
    secs = shape(sections(AANHANGSEL_SHORT_ANSWER))
    assert [h for h, _ in secs] == [
        "Antwoord 1", "Vraag 2", "Antwoord 2", "Vraag 3", "Antwoord 3", "Vraag 4"
    ]  # fmt: skip
    assert secs[2][1] == ["Zie antwoord op vraag 1"]
    assert secs[4][1] == ["Zie antwoord op vraag 1"]


def test_questions_and_answers_in_extracted_text():
    secs = shape(sections(AANHANGSEL_QA))
    assert [h for h, _ in secs] == [None, "Vraag 1", "Antwoord 1"]
    assert secs[1][1] == [
        "Bent u bekend met het gegeven dat de Amerikaanse president Biden reeds een wet heeft "
        "getekend die overheidsorganisaties verplicht om te migreren naar IT-systemen die "
        "quantum-proof zijn?2"
    ]
    assert secs[2][1][1:] == [
        "• Inzicht hebben in wat belangrijk is om te beschermen: de «kroonjuwelen»",
        "• Eisen toevoegen voor (toekomstige) cryptografie in aanbestedingen.",
    ]


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("de verwondingen.2", True),
        ("die quantum-proof zijn?2", True),
        ("de missie (EUAM).12", True),
        ("Wetgevingsoverleg Defensie van 18 juni 2025.1", True),
        ("zoals bedoeld in artikel 2.1", False),  # a number, not a marker
        ("een bedrag van 2,5", False),
        ("(Kamerstuk 31 936, nr.", False),
    ],
)
def test_a_sentence_may_end_in_a_footnote_digit(line, ends):
    from kamerparse.stages.body import _ends_sentence

    assert _ends_sentence(line) is ends


def _pdf_line(text, starts, page=1, page_start=False):
    return Line(text, page=page, role="body", heading=False, starts_paragraph=starts,
                page_start=page_start, bold=False, italic=False, size=8.5, x0=221.0)  # fmt: skip


def test_a_label_at_the_top_of_a_page_heads_what_follows():
    # lines as the PDF front end gives them for an Aanhangsel: no gap is visible at a page top,
    # so "Antwoord 6" comes as a continuation of the question before it
    lines = [
        _pdf_line("Vraag 6", True),
        _pdf_line("Kunt u meetbaar onderbouwen dat spreiding leidt tot een", True),
        _pdf_line("evenredigere verdeling van cultuursubsidies over Nederland?", False),
        _pdf_line("Antwoord 6", False, page=2, page_start=True),
        _pdf_line("Deze onderbouwing is nu nog niet te geven.", True, page=2),
        _pdf_line("Vraag 7, 8, 9 10 en 11", True, page=2),
        _pdf_line("Wat gaat u doen?", True, page=2),
    ]
    secs = shape(build_sections(lines))
    assert [h for h, _ in secs] == ["Vraag 6", "Antwoord 6", "Vraag 7, 8, 9 10 en 11"]
    assert secs[0][1] == [
        "Kunt u meetbaar onderbouwen dat spreiding leidt tot een evenredigere verdeling van "
        "cultuursubsidies over Nederland?"
    ]


def test_a_page_top_line_that_continues_a_sentence_is_no_label():
    lines = [
        _pdf_line("Het antwoord staat in", True),
        _pdf_line("Antwoord 6", False, page=2, page_start=True),
        _pdf_line("Verder niets.", True, page=2),
    ]
    assert shape(build_sections(lines)) == [
        (None, ["Het antwoord staat in Antwoord 6", "Verder niets."])
    ]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("22 augustus 2024). Zie ook", "22 augustus"),
        ("1 september a.s. toe te zenden", "1 september"),
        ("– Jeugd, Preventie en Sport)", "– Jeugd,"),
        ("2024 is het jaar", "2024"),
        ("123 augustus", "123"),
        ("Daarom heb ik", "Daarom"),
        ("woord", "woord"),
        # an Aanhangsel (ah-tk-20232024-1481): "… vergaderjaar 2023–2024," / "nr. 1137."
        ("nr. 1137.", "nr. 1137."),
        ("art. 5 van de wet", "art. 5"),
        ("€ 12 miljoen", "€ 12"),
        ("27 925, nr. 963", "27 925,"),
        ("nr. van het stuk", "nr."),
        ("12 van de 40", "12"),
    ],
)
def test_first_unit(text, unit):
    assert first_unit(text) == unit


def test_a_short_line_that_ends_on_an_article_is_no_heading():
    # from an Aanhangsel's extracted text: the short line after a finished sentence looks
    # like a heading, but a title never ends on "het"
    text = (
        "Het huidige kabinet is niet voornemens stappen te zetten om dit aan te passen.\n"
        "Vanuit het Nationaal Preventieakkoord ondersteunt het kabinet wel het\n"
        "Voedingscentrum om via de richtlijn eetomgevingen cateraars en andere\n"
        "aanbieders te helpen om het aanbod in bedrijfsrestaurants gezonder te maken.\n"
    )
    secs = shape(sections(text))
    assert [h for h, _ in secs] == [None]
    assert "ondersteunt het kabinet wel het Voedingscentrum om via" in secs[0][1][-1]


def test_one_wide_line_does_not_make_every_line_short(data_dir):
    # an official Aanhangsel as pdfplumber extracts it: its widest body line ("namens de
    # Minister voor Rechtsbescherming (ontvangen 11 juni 2024). Zie ook") is set wider than
    # the text; measured against it, the full line "… door de jeugdreclassering." looks
    # short enough to end a paragraph, and the answer was cut in two
    text = (data_dir / "text" / "pdftext-ah-tk-20232024-1949.txt").read_text(encoding="utf-8")
    paras = [p.text for p in kamerparse.parse_text(text).paragraphs]
    answer = next(p for p in paras if p.startswith("Als een van deze jeugdigen"))
    assert "door de jeugdreclassering. De informatie hierover is opgenomen" in answer


@pytest.mark.parametrize(
    "line",
    ["In afschrift aan de Voorzitter van de Eerste Kamer", "Afschrift aan de Algemene Rekenkamer",
     "31 oktober 2001", "Met vriendelijke groet",
     # the addressee of a letter printed inside an Eerste Kamer verslag (kst-36600-B-K, 2025)
     "Aan de Minister van Binnenlandse Zaken en Koninkrijksrelaties",
     # the letters a Presidium's paper prints as its annex (kst-33812-1, 2013)
     "Aan het Presidium", "Aan de vaste commissie voor Binnenlandse Zaken",
     # who chaired and clerked the meeting a verslag reports (kst-35340-8, 2020)
     "Voorzitter: Ziengs", "Griffier: Hendrickx",
     # both on one line, as a web page of 2009 prints them (kst-19637-1266)
     "Voorzitter: Van de Camp Griffier: Nava"],
)  # fmt: skip
def test_short_lines_that_title_nothing(line):
    text = f"Eerste alinea over\ntwee regels.\n\n{line}\n\nDe volgende alinea begint hier."
    assert all(s.heading is None for s in sections(text))


def test_the_heading_under_the_chair_and_clerk_stays_one():
    # kst-19637-1266 (2009): the meeting's chair and clerk on one line, then the verslag's first
    # heading over the first speaker
    text = (
        "Van dit overleg brengt de commissie bijgaand geredigeerd woordelijk verslag uit.\n\n"
        "Voorzitter: Van de Camp Griffier: Nava\n\n"
        "Vragen en opmerkingen uit de commissie\n\n"
        "De heer Fritsma (PVV): Voorzitter. Laat ik maar meteen met de deur in huis vallen: het "
        "is een gigantische chaos bij de IND.\n"
    )
    assert [s.heading for s in sections(text)] == [None, "Vragen en opmerkingen uit de commissie"]


# tweedekamer.nl drops the line break after a footnote link: the line holding a marker is two
# printed lines run together. Real text of kst-29447-74 (2022) and kst-29248-326 (2020).
_RUN_TOGETHER = (
    "Met deze brief geef ik u mijn reactie op het onderzoek van de Nederlandse School voor\n"
    "Openbaar Bestuur (NSOB) over de toekomst van de bloedvoorziening.1 Voormalig "
    "Staatssecretaris Blokhuis heeft deze bevindingen in december vorig jaar\n"
    "naar uw Kamer gestuurd.2 Met dit standpunt beschouw ik eveneens de motie van het lid Van "
    "den Berg c.s.3, de aanleiding voor het onderzoek, als uitgevoerd.\n"
    "Met de motie Van den Berg c.s. is de regering verzocht een onderzoek in te stellen\n"
    "naar hoe de Nederlandse bloedvoorziening in de toekomst eruit zou moeten zien. En\n"
    "te bezien of het noodzakelijk dan wel wenselijk is dat er meer publiekrechtelijke\n"
    "aansturing komt op de Bloedvoorzieningsorganisatie.\n"
    "1. Korte samenvatting\n"
    "De NSOB benoemt in zijn rapport vier kwesties: die van zelfvoorziening, van kwaliteit,\n"
    "van ethische uitgangspunten en van verantwoording. De vier kwesties lijken niet "
    "tegelijkertijd\n"
    "oplosbaar te zijn. De NSOB geeft aan dat het een politieke afweging is welke kwestie\n"
    "prioriteit heeft.\n"
    "Uw Kamer heeft hierover in verschillende overleggen\n"
    "aandacht gevraagd en mij via meerdere moties4 verzocht om gepast gebruik verder te "
    "brengen. Dit heb ik ook toegezegd.5\n"
    "Ik onderschrijf het belang van gepast gebruik. Gepast gebruik draagt bij aan betere\n"
    "uitkomsten voor patiënten en aan betaalbaarheid."
)


def test_lines_run_together_at_a_footnote_link():
    secs = shape(sections(_RUN_TOGETHER))
    starts = [" ".join(p.split()[:3]) for _, paras in secs for p in paras]
    # the column is measured without the run-together lines (a comma at the end of a full line
    # goes on), and such a line ends its paragraph where its last printed line is short
    assert starts == ["Met deze brief", "Met de motie", "De NSOB benoemt", "Uw Kamer heeft",
                      "Ik onderschrijf het"]  # fmt: skip
    assert secs[1][0] == "1. Korte samenvatting"


def test_a_heading_over_a_list_of_numbered_questions():
    # tweedekamer.nl sets each question's number on a line of its own (kst-36820-XVII-3, 2025)
    text = (
        "Met de vaststelling van het verslag acht de commissie de openbare behandeling van\n"
        "het wetsvoorstel voldoende voorbereid.\n"
        "Vragen en antwoorden\n"
        "1\n"
        "Hoe groot is het aandeel van de wederuitvoer in de totale goederenexport naar landen\n"
        "als Duitsland, Frankrijk en België en welk deel daarvan is afkomstig van buitenlandse\n"
        "bedrijven?\n"
        "Antwoord:\n"
        "De publicatie Nederland Handelsland 2025 bevat cijfers over de goederenexport in 2024."
    )
    secs = shape(sections(text))
    assert [h for h, _ in secs] == [None, "Vragen en antwoorden", "Antwoord:"]
    assert secs[1][1][0].startswith("1 Hoe groot is het aandeel")


def test_a_heading_over_a_question_numbered_in_its_paragraph():
    # an Eerste Kamer voorlopig verslag as a publication page prints it, a paragraph a line
    # (kst-36600-XIV-H, 2025): the fracties' heading stands over their first numbered question
    text = (
        "Inleiding\n"
        "De leden van de fracties van CDA en OPNL hebben met grote zorg kennisgenomen van de "
        "voorgestelde begrotingsstaten van het Ministerie van Landbouw, Visserij, Voedselzekerheid "
        "en Natuur. De leden van de ChristenUnie sluiten zich aan bij deze vragen.\n"
        "Vragen en opmerkingen van de fracties van GroenLinks-PvdA, de SP en PvdD\n"
        "1. De leden van de fracties van GroenLinks-PvdA, de SP en PvdD maken melding van de "
        "volgende passage uit de memorie van toelichting: »We streven ernaar om landen waar de "
        "omstandigheden om voedsel te produceren ongunstig zijn, te ondersteunen.«"
    )
    secs = shape(sections(text))
    assert [h for h, _ in secs] == [
        "Inleiding",
        "Vragen en opmerkingen van de fracties van GroenLinks-PvdA, de SP en PvdD",
    ]
    assert secs[1][1][0].startswith("1. De leden van de fracties")


def test_a_full_web_line_that_ends_a_sentence_goes_on():
    # tweedekamer.nl 2022D06725: its lines run from 35 to 47 (estimated) units wide, as words
    # broken at a line end move up whole; two full lines end a sentence mid-paragraph. The
    # official text (kst-35165-46) has two paragraphs here.
    text = (
        "In 334 gemeenten vinden gemeenteraadsverkiezingen plaats op 14, 15 en 16 maart aanstaande.\n"
        "11 gemeenten houden geen verkiezingen vanwege een eerdere of nog aanstaande herindeling.\n"
        "Het Ministerie van Binnenlandse Zaken en Koninkrijksrelaties (BZK) staat in nauw contact\n"
        "met de gemeenten waar verkiezingen worden gehouden. Zo organiseert het ministerie\n"
        "regelmatig digitale inloopspreekuren waar gemeenten met hun vragen terecht kunnen,\n"
        "weten gemeenten het digitale informatiepunt van de Kiesraad en het Ministerie van\n"
        "BZK goed te vinden, en is er een sms-service in het leven geroepen waarmee de "
        "verkiezingscoördinatoren\n"
        "van alle gemeenten indien nodig worden geïnformeerd over relevante zaken die de organisatie\n"
        "van de verkiezingen betreffen.\n"
        "Over het algemeen is mijn indruk dat de voorbereiding van de verkiezingen goed verloopt.\n"
        "Nog niet alle gemeenten hebben voldoende stembureauleden en tellers gevonden. "
        "Aandachtspunt\n"
        "daarbij is dat gemeenten een ruim reservebestand moeten aanhouden waaruit kan worden\n"
        "geput als op het laatste moment stembureauleden uitvallen."
    )
    assert starts(text, 3) == ["In 334 gemeenten", "Over het algemeen"]


def test_a_line_that_ends_on_a_footnote_link_ends_its_paragraph():
    # tweedekamer.nl (kst-32802-73): the page drops the line break after a footnote link inside
    # a paragraph (the first two lines), so a break kept after one is a paragraph's, though the
    # next word would not have fitted on that line
    text = (
        "Op 26 april 2022 en 8 juli 2022 heb ik uw Kamer geïnformeerd over de voorbereiding\n"
        "op en de implementatie van de Wet open overheid (Woo).1 Met deze brief informeer ik "
        "uw Kamer opnieuw over de voortgang van de implementatie\n"
        "van deze wet, iets meer dan een jaar na inwerkingtreding. Sinds de inwerkingtreding\n"
        "van de Woo zijn belangrijke stappen gezet richting een opener overheid. Zo zijn alle\n"
        "bestuursorganen aan de slag gegaan met de implementatie van de Woo, worden sinds "
        "20 september\n"
        "2022 alle beslisnota’s bij Kamerstukken actief openbaar gemaakt2, is het Adviescollege "
        "Openbaarheid en Informatiehuishouding (ACOI) ingesteld en worden\n"
        "verschillende maatregelen genomen rond het bewaren en beheren van chatberichten.3\n"
        "Een jaar na inwerkingtreding van de Woo moet ik helaas constateren dat ondanks alle\n"
        "gepleegde inspanningen de uitvoering van de nieuwe wet onder druk staat.\n"
        "Openbaarheid is een blijvende opgave voor bestuursorganen en er moeten nog belangrijke\n"
        "stappen worden gezet, zoals in de tijdige beantwoording van informatieverzoeken en\n"
        "in de verbetering van de informatiehuishouding."
    )
    assert starts(text, 3) == ["Op 26 april", "Een jaar na", "Openbaarheid is een"]


@pytest.mark.parametrize(
    ("line", "run_together"),
    [
        # tweedekamer.nl drops the line break after a footnote link (kst-32802-73, kst-29248-326)
        ("de implementatie van de Wet open overheid (Woo).1 Met deze brief informeer ik", True),
        ("aandacht gevraagd en mij via meerdere moties1 verzocht om gepast gebruik verder", True),
        ("den Berg c.s.3, de aanleiding voor het onderzoek, als uitgevoerd.", True),
        ("in artikel 23 van de Grondwet staat", False),
    ],
)
def test_a_footnote_link_inside_a_line(line, run_together):
    from kamerparse.stages.body import _MID_MARKER

    assert bool(_MID_MARKER.search(line)) is run_together


def test_a_numbered_part_after_a_comma_goes_on():
    # an amendement of 1996 (kst-25051-8): "G.3, opgenomen" is no footnote link, and a line that
    # ends on a comma only ends its paragraph when it is short against the whole column
    text = (
        "In artikel I, onderdeel G.3, wordt de aanhef vervangen door: Het derde\n"
        "tot en met het vijfde lid worden vervangen door:.\n"
        "II\n"
        "In het in artikel I, onderdeel G.3, opgenomen artikel 23, vierde lid,\n"
        "derde volzin, wordt «1 januari 1996» vervangen door: 1 januari\n"
        "van het kalenderjaar.\n"
        "III\n"
        "In artikel I wordt na onderdeel G.3 een nieuw onderdeel toegevoegd, luidende:\n"
        "G.4. In het zesde lid wordt «Voor zover de in het derde lid, onderdeel\n"
        "a, onder 1°, en vierde lid bedoelde prijs onderscheidenlijk tarieven» vervangen door.\n"
    )
    secs = shape(sections(text))
    assert secs[1][0] == "II" and len(secs[1][1]) == 1
    assert secs[1][1][0].endswith("vervangen door: 1 januari van het kalenderjaar.")


RUN_ON_PARTS = [
    # a tweedekamer.nl letter of 2023 (kst-30196-807): the enumeration runs inside a sentence
    (
        "Het plan kent zeven\n"
        "«actielijnen»: 1. bestuurlijke afspraken maken, 2. impact behalen in kansrijke sectoren,\n"
        "3. maatschappelijk verantwoord opdrachtgeverschap aanjagen, 4. ondersteunen van inkopers\n"
        "en opdrachtgevers, 5. communiceren, 6. monitoring en 7. governance verstevigen. Per\n"
        "actielijn geef ik hieronder een samenvatting van de belangrijkste ontwikkelingen en\n"
        "acties sinds begin 2021.",
        ["Het plan kent zeven"],
    ),
    # a list sets each part at the start of its own line, also after a comma
    (
        "De commissie vraagt aandacht voor:\n"
        "1. de uitvoering van de wet,\n"
        "2. de kosten van de uitvoering,\n"
        "3. de gevolgen voor gemeenten.",
        ["De commissie vraagt aandacht", "1. de uitvoering van de", "2. de kosten van de",
         "3. de gevolgen voor gemeenten."],
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "expected"), RUN_ON_PARTS, ids=["run-in", "list"])
def test_a_numbered_part_inside_a_sentence_goes_on(text: str, expected: list[str]) -> None:
    paragraphs = shape(sections(text))[0][1]
    assert [p[: len(e)] for p, e in zip(paragraphs, expected, strict=True)] == expected


def test_a_paragraph_per_line_without_blank_lines():
    # a publication page saved as text (kst-29279-685): each paragraph on one line, no blank line
    # between them; the longest line ends its paragraph like the others
    text = (
        "Zoals toegezegd in de brieven aan uw Kamer van 17 november 20201 en 30 juni jl.2 informeren"
        " we u bij deze over de voortgang van het Actieplan Strafrechtketen (Actieplan) van het"
        " Bestuurlijk Ketenberaad (BKB), dat door ons wordt ondersteund.\n"
        "Naast het stimuleren van de samenwerking binnen de strafrechtketen in het algemeen is de"
        " focus van het Actieplan gericht op het versnellen van de doorlooptijden van strafzaken"
        " betreffende veel voorkomende criminaliteit (VVC) en de lichtere vormen van high impact"
        " crime (HIC), die samen circa 70% van alle misdrijven vertegenwoordigen.\n"
        "Deze brief bevat een tussenbericht, het Actieplan loopt door tot eind 2022.\n"
    )
    assert starts(text, 3) == ["Zoals toegezegd in", "Naast het stimuleren", "Deze brief bevat"]


def test_a_paragraph_on_one_long_line_among_list_items():
    # kst-29700-49 saved as text: the short items of a dash list keep most lines short, but a
    # line of three printed lines and more is a paragraph of its own
    text = (
        "Met deze brief informeer ik u over de volgende onderwerpen:\n"
        "– de zak-/slaaggrens van de Toets Gesproken Nederlands (TGN)\n"
        "– de beoordeling door menselijke examinatoren na 1 november 2007\n"
        "– de Monitor Inburgeringsexamen Buitenland\n"
        "– de geldigheidsduur van het basisexamen inburgering.\n"
        "2. De zak-/slaaggrens van de Toets Gesproken Nederlands\n"
        "Tijdens het debat met uw algemene Commissie voor Wonen, Wijken en Integratie op 5 juli 2007"
        " heb ik toegezegd een nader onderzoek te laten uitvoeren naar de zak-/slaaggrens van de TGN"
        " (Handelingen der Kamer II, vergaderjaar 2006–2007, 29 700, nr. 47). Hierbij ontvangt u het"
        " definitieve onderzoeksrapport van dit onderzoek1. Ik zal hieronder ingaan op de"
        " belangrijkste onderzoeksuitkomsten en de conclusies die ik daar aan verbind.\n"
        "Zoals ik reeds heb aangegeven in mijn brief van 13 juli 2007 is de zak-/slaaggrens van de"
        " TGN vastgesteld op basis van de resultaten van de proefexamens.\n"
    )
    secs = shape(sections(text))
    assert secs[-1][0] == "2. De zak-/slaaggrens van de Toets Gesproken Nederlands"
    assert [p[:12] for p in secs[-1][1]] == ["Tijdens het ", "Zoals ik ree"]


def test_a_blank_line_inside_a_sentence():
    # kst-31839-606: the page breaks a paragraph where its print turns a page
    text = (
        "Het is de taak van ouders, (mede-)opvoeders en onderwijs om kinderen en jongeren hierop voor"
        " te bereiden en ze toe te rusten zodat ze\n\n"
        "veerkrachtig zijn om de uitdagingen van de moderne samenleving aan te kunnen gaan.\n\n"
        "Uit het Jaarrapport blijkt dat het met de meeste kinderen goed gaat.\n\n"
        "De gemeente moet ten minste:\n\n"
        "a. de hulp inzetten;\n\n"
        "b. de ouders horen.\n\n"
        "Het programma startte met de ministeries van:\n\n"
        "binnenlandse zaken en koninkrijksrelaties\n\n"
        "economische zaken\n"
    )
    assert starts(text, 2) == [
        "Het is", "Uit het", "De gemeente", "a. de", "b. de", "Het programma", "binnenlandse zaken",
        "economische zaken",
    ]  # fmt: skip


def test_a_sentence_broken_by_a_blank_line_is_no_heading():
    # kst-32123-VI-S: the page breaks the last sentence over a blank line; the line above the
    # break, on a line of its own between blank lines, titles nothing
    text = (
        "De minister van Justitie heeft op 8 september 2010 hierop schriftelijk gereageerd.\n\n"
        "De commissies brengen bijgaand verslag uit van het gevoerde schriftelijk\n\n"
        "overleg.\n\n"
        "Grondslag van de voorhangprocedure\n\n"
        "Uit uw brief zou kunnen worden afgeleid, dat de regering het standpunt van de Raad"
        " onderschrijft.\n"
    )
    sections = build_sections(read_text(text).lines)
    assert [s.heading for s in sections] == [None, "Grondslag van de voorhangprocedure"]
    assert [p.text[:16] for p in sections[0].paragraphs] == ["De minister van ", "De commissies br"]


# a web page's lists of items each under a short label ending on a colon: the label after an item
# opens a paragraph, though it starts in lower case after an item without a full stop
LABELLED_LISTS = [
    # kst-26100-1 (1998), the dates a report was fixed on, each over its list
    (
        "De vaststellingsdata zijn als volgt:\n\n"
        "op 14 mei 1998:\n\n"
        "– Huis der Koningin, Algemene Zaken, Sociale Zaken en Werkgelegenheid, Volksgezondheid,"
        " Welzijn en Sport\n\n"
        "op 4 juni 1998:\n\n"
        "– Justitie\n",
        ["De vaststellingsdata", "op 14", "– Huis", "op 4", "– Justitie"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED_LISTS, ids=["dates"])
def test_a_label_after_a_list_item_opens_a_paragraph(text, expected):
    assert starts(text, 2) == expected


# a motie's web page: a blank line after every paragraph, and paragraphs the motie's text breaks
# inside a sentence or types without closing punctuation (real moties, with the first words of
# every paragraph)
WEB_MOTIE_BREAKS = [
    # a clause without closing punctuation, then the closing formula
    (
        "verzoekt het kabinet af te zien van inzet van het genoemde associatieakkoord als drukmiddel"
        " en op zoek te gaan naar andere manieren om de humanitaire situatie van burgers in Gaza te"
        " verbeteren\n\n"
        "en gaat over tot de orde van de dag.\n",
        ["verzoekt het", "en gaat"],
    ),
    # the next clause after one without closing punctuation, also after an adverb
    (
        "van mening dat de rituele slacht en daarmee ook de onbedwelmde slacht op geen enkele manier"
        " aan banden dient te worden gelegd\n\n"
        "verzoekt de regering om nooit toe te staan dat de halal- en koosjer slacht wordt verboden,"
        "\n\n"
        "en gaan over tot de orde van de dag.\n",
        ["van mening", "verzoekt de", "en gaan"],
    ),
    (
        "constaterende dat het kabinet in oktober 2023 heeft beloofd dat vanaf medio 2024 de zware"
        " schadegevallen behandeld zouden worden,\n\n"
        "voorts constaterende dat er nu opnieuw vertraging is ontstaan,\n",
        ["constaterende dat", "voorts constaterende"],
    ),
    # a sentence broken after a comma, and before a name after an article or a preposition
    (
        "overwegende dat een onafhankelijk onderzoek cruciaal is voor slachtoffers,\n\n"
        "overlevenden, getuigen en hun families om zich veilig uit te kunnen spreken;\n\n"
        "verzoekt de regering om geen centrale database voor taxichauffeurs in te voeren zonder"
        " duidelijke privacywaarborgen en voorafgaand advies van de\n\n"
        "Autoriteit Persoonsgegevens,\n",
        ["overwegende dat", "verzoekt de"],
    ),
]


WEB_MOTIE_BREAKS += [
    # a short line that ends on a preposition, and a compound broken after its hyphen
    (
        "verzoekt de regering om naar mogelijkheden te blijven zoeken om een\n\n"
        "volwaardige, geaccrediteerde, bekostigde opleiding tot\n\n"
        "islamitisch geestelijke te realiseren,\n\n"
        "verzoekt de regering om samen met NS en ProRail te werken aan SMART-\n\n"
        "doelen inclusief een realistisch tijdspad,\n",
        ["verzoekt de", "verzoekt de"],
    ),
]


WEB_MOTIE_BREAKS += [
    # a clause the page breaks after a few words goes on in lower case, however short the line
    (
        "verzoekt de regering om specifiek te kijken of de Wet vaste\n\n"
        "huurcontracten aangepast dient te worden, en de bevindingen voor de\n\n"
        "zomer met de Kamer te delen,\n\n"
        "en gaat over tot de orde van de dag.\n",
        ["verzoekt de", "en gaat"],
    ),
    (
        "verzoekt de regering,\n\n"
        "om woningdelen bij statushouders te stimuleren zodat woningdelen zoveel mogelijk de norm"
        " wordt voor alleenstaande statushouders,\n\n"
        "en gaat over tot de orde van de dag,\n",
        ["verzoekt de", "en gaat"],
    ),
    # a dash item broken after a comma goes on; the next clause (here with its "t" left off)
    # opens a paragraph after an item without closing punctuation
    (
        "– instroom opleidingen tekortberoepen;\n\n"
        "– het verwachte personeelstekort,\n\n"
        "met waar mogelijk een link naar de gegevens per subsector;\n\n"
        "overwegende dat het wenselijk is om ook een gestandaardiseerde meting op"
        " arbeidsproductiviteit per subsector beschikbaar te hebben;\n",
        ["– instroom", "– het", "overwegende dat"],
    ),
    (
        "• Dat vervolgens regionaal vertaald wordt naar heldere doelen per deelsector en, waar"
        " nodig, bedrijfsnormen binnen de veehouderij, zodat voor iedere ondernemer duidelijk is"
        " wat er verwacht wordt en waardoor ondernemers op basis van eigen vakmanschap oplossingen"
        " kiezen die passen bij hun bedrijf\n\n"
        "verzoek de regering om ...\n\n"
        "• met Regio Foodvalley een gebiedsdoel/emissieplafond voor stikstof vast te stellen\n",
        ["• Dat", "verzoek de", "• met"],
    ),
    # the opening lines stand alone, also before a clause in lower case without its opening word
    (
        "De Kamer,\n\n"
        "gehoord de beraadslaging,\n\n"
        "hernieuwde aandacht voor de wensen van de regio soms vragen om herbezinning op oude"
        " infraplannen;\n",
        ["De Kamer,", "gehoord de", "hernieuwde aandacht"],
    ),
]


# text extracted from a PDF, no blank lines: where a new paragraph starts though the line before
# ends no sentence (real moties and an Aanhangsel, each with the first words of every paragraph)
NO_SENTENCE_END = [
    # a motie's clauses typed capitalised and without closing punctuation
    (
        "Constaterende dat het preferentiebeleid gericht is op kostenbeheersing\n"
        "binnen de farmaceutische zorg\n"
        "Constaterende dat het aantal geneesmiddelentekorten nog steeds\n"
        "onacceptabel hoog is, met in 2024 ruim 1.500 meldingen en miljoenen\n"
        "getroffen patiënten\n"
        "Overwegende dat doelmatigheid niet ten koste mag gaan van de\n"
        "beschikbaarheid van geneesmiddelen\n"
        "Verzoekt de regering, een onafhankelijke evaluatie te laten verrichten naar\n"
        "de verhouding tussen de baten van het preferentiebeleid en de kosten die\n"
        "voortkomen uit geneesmiddelentekorten, noodmaatregelen en administra-\n"
        "tieve lasten, en de Kamer hierover uiterlijk in oktober 2026 te informeren,\n"
        "En gaat over tot de orde van de dag",
        ["Constaterende dat", "Constaterende dat", "Overwegende dat", "Verzoekt de", "En gaat"],
    ),
    # dash items after a clause that ends on "dat", and a clause after the last item, each
    # after a line that leaves room for its first word
    (
        "constaterende dat\n"
        "– de reductie van de emissies van stikstof essentieel en urgent is voor het\n"
        "realiseren van biodiversiteits- en waterkwaliteitsdoelen.\n"
        "– de noodzaak om hiertoe binnen de landbouw meer met doelsturing te\n"
        "gaan werken breed wordt gedragen.\n"
        "– bij een recent werkbezoek door Minister en brede landbouwafvaardiging\n"
        "uit deze kamer geconstateerd is dat dit model bredere steun en uitwerking\n"
        "verdient\n"
        "– de Achterhoek is aangewezen als een van de experimenteerregio’s van\n"
        "het Ministerie van LVVN\n"
        "verzoekt de regering\n"
        "– om de genoemde partijen de komende vijf jaar in de gelegenheid te\n"
        "stellen om het ontwikkelde doelsturingsmodel op te schalen, de effecten\n"
        "op regioniveau ervan aan te tonen en een eventuele landelijke implemen-\n"
        "tatie voor te bereiden.",
        ["constaterende dat", "– de", "– de", "– bij", "– de", "verzoekt de", "– om"],
    ),
    # "van mening" after a comma opens a motie's clause, however full the line before
    (
        "constaterende dat het Openbaar Ministerie op dit moment niet inzichtelijk\n"
        "kan maken hoeveel aangiften hierover binnenkomen, omdat de classifica-\n"
        "tie «internationale kindontvoering» niet bestaat in het registratiesysteem,\n"
        "van mening dat het van groot belang is om wél inzicht te krijgen in de\n"
        "cijfers en gegevens ter zake, omdat dan beter en preciezer beleid kan\n"
        "worden opgesteld, gericht op de preventie en repressie ervan,\n"
        "verzoekt de regering, in overleg met het Openbaar Ministerie, ervoor te\n"
        "zorgen dat de volgende gegevens voortaan jaarlijks beschikbaar worden:",
        ["constaterende dat", "van mening", "verzoekt de"],
    ),
    # the opening lines stand alone, whatever follows them (a motie that leaves out
    # "overwegende dat"); a clause after a semicolon with a less common verb
    (
        "De Kamer,\n"
        "gehoord de beraadslaging,\n"
        "hernieuwde aandacht voor de wensen van de regio soms vragen om\n"
        "herbezinning op oude infraplannen;\n"
        "van mening dat er geen draagvlak is om nu dwang toe te passen;\n"
        "doet een beroep op het kabinet en de Eerste Kamer om voor de duur van\n"
        "de formatie een pas op de plaats te maken met het wetsvoorstel\n"
        "«spreidingswet»,",
        ["De Kamer,", "gehoord de", "hernieuwde aandacht", "van mening", "doet een"],
    ),
    (
        "verder constaterende dat bedrijven, stichtingen en verenigingen vaak\n"
        "moeite hebben om een bankrekening te krijgen of te behouden;\n"
        "daarbij constaterende dat dit laatste verband houdt met de vastgelopen\n"
        "aanpak van witwassen waarbij banken jaarlijks 1,4 miljard aan kosten\n"
        "maken;",
        ["verder constaterende", "daarbij constaterende"],
    ),
    # a short line that ends on a comma inside a sentence, and one before a clause
    (
        "overwegende dat een onafhankelijk onderzoek cruciaal is voor slachtoffers,\n"
        "overlevenden, getuigen en hun families om zich veilig uit te kunnen\n"
        "spreken;\n"
        "verzoekt de regering,\n"
        "om woningdelen bij statushouders te stimuleren,\n"
        "en gaat over tot de orde van de dag.",
        ["overwegende dat", "verzoekt de", "en gaat"],
    ),
    # a clause without closing punctuation in the shape that opens one ("verzoekt de
    # regering"), whatever room the line before leaves; "verzoekt om" goes on with a sentence
    (
        "van mening dat de rituele slacht en daarmee ook de onbedwelmde slacht\n"
        "op geen enkele manier aan banden dient te worden gelegd\n"
        "verzoekt de regering om nooit toe te staan dat de halal- en koosjer slacht\n"
        "wordt verboden, door geen enkele maatregel toe te staan die de\n"
        "onbedwelmde of onverdoofde rituele slacht aan banden legt,\n"
        "en gaat over tot de orde van de dag.",
        ["van mening", "verzoekt de", "en gaat"],
    ),
    (
        "overwegende dat de motie-Van Baarle is aangenomen die de regering\n"
        "verzoekt om in afstemming met de VN-coördinator in internationaal\n"
        "verband proactief draagvlak te zoeken voor de totstandkoming van een\n"
        "internationaal herstelprogramma;\n"
        "overwegende dat de regering bij de Voorjaarsnota 20 miljoen euro heeft\n"
        "vrijgemaakt voor de wederopbouw van Gaza;",
        ["overwegende dat", "overwegende dat"],
    ),
    # the last clause wraps short of the line, and the closing formula follows
    (
        "verzoekt de regering om in samenspraak met Financiën te onderzoeken\n"
        "hoe in de begrotingscyclus terugkerend gerapporteerd kan worden over\n"
        "de gestegen IT-licentiekosten binnen de verschillende departementen, en\n"
        "daarbij inzichtelijk te maken wat de grootste IT-afhankelijkheden binnen\n"
        "het Rijk zijn, zodat de Kamer dit effectief kan controleren\n"
        "en gaat over tot de orde van de dag.",
        ["verzoekt de", "en gaat"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), WEB_MOTIE_BREAKS + NO_SENTENCE_END)
def test_a_paragraph_starts_where_no_sentence_ended(text, expected):
    assert starts(text, 2) == expected


# the words after a list of a motie's request, on a line of their own after an item that ends
# on a semicolon (PDF text, no blank lines): a paragraph of its own, also where the item fills its
# line and the next word would not have fitted. An item runs on below a semicolon that closes a
# line hardly ever: 2 of the 903 list items of 8,041 motie XMLs hold a semicolon inside them
AFTER_A_LIST = [
    (
        "verzoekt de regering die voorstellen uit te breiden met ten minste:\n"
        "– een rechtmatigheidscheck (verblijf/arbeid) voor uitgifte bsn;\n"
        "– consequenties bij niet-omzetting van het RNI naar BRP na 4 maanden;\n"
        "en de Kamer te informeren met wets- of AMvB-opties,\n"
        "en gaat over tot de orde van de dag.",
        ["verzoekt de", "– een", "– consequenties", "en de", "en gaat"],
    ),
    (
        "• op een zodanige wijze dat dit maar een keer gecheckt hoeft te worden;\n"
        "• met een methode van handhaving zoals benoemd in de overwegingen;\n"
        "en de Kamer voor de zomer 2025 per brief te informeren over de\n"
        "voortgang,\n"
        "en gaat over tot de orde van de dag.",
        ["• op", "• met", "en de", "en gaat"],
    ),
    (
        "– alle betrokken organisaties op te roepen tot structurele reflectie op\n"
        "institutionele vooroordelen, uitsluitingsmechanismen en schadepraktijken;\n"
        "binnen een jaar aan de Kamer te rapporten over hoe dit concreet wordt\n"
        "ingevuld,\n"
        "en gaat over tot de orde van de dag.",
        ["– alle", "binnen een", "en gaat"],
    ),
]


@pytest.mark.parametrize(("text", "expected"), AFTER_A_LIST, ids=["dash", "bullet", "wrapped"])
def test_the_words_after_a_list(text: str, expected: list[str]) -> None:
    assert starts(text, 2) == expected


def test_the_items_of_a_list_without_bullets_are_no_measure_of_a_full_line():
    # a motie as PDF text: items in lower case, each closing on a semicolon short of the column;
    # the next item's first word would have fitted after "… regionaal;"
    text = (
        "constaterende dat private-equitybedrijven in alle sectoren van de zorg\n"
        "zitten, zoals de huisartsenzorg, de fysiotherapie, mondzorg, ouderenzorg,\n"
        "geestelijke gezondheidszorg en planbare zorg;\n"
        "verzoekt het kabinet onderzoek te doen naar private-equitybedrijven in de\n"
        "gehele zorgsector en hierin tenminste inzicht te geven in:\n"
        "de mate waarin deze bedrijven aanwezig zijn in de verschillende\n"
        "zorgsectoren;\n"
        "de mate van marktconcentratie, zowel sectoraal als regionaal;\n"
        "de beloning van eigenaren en (financiële) constructies die zij gebruiken;\n"
        "de snelheid en frequentie waarin zorgbedrijven worden doorverkocht en\n"
        "de prijsopdrijving hierdoor;\n"
        "de mate waarin publiek geld naar private partijen weglekt;\n"
        "de gevolgen voor patiënten, personeel en de stabiliteit van het zorgaan-\n"
        "bod;\n"
        "verzoekt het kabinet dit onderzoek uiterlijk einde van dit jaar te verzenden,\n"
        "en gaat over tot de orde van de dag."
    )
    assert starts(text, 3)[2:5] == ["de mate waarin", "de mate van", "de beloning van"]


# motie breaks left as they are, each with the reason (benchmarks/motie_xml_check.py)
def _left(text: str, expected: list[str], name: str, reason: str):
    return pytest.param(text, expected, id=name, marks=pytest.mark.skip(reason=reason))


BREAKS_LEFT = [
    _left(
        "constaterende dat er voor 2008 veel jongeren civielrechtelijk zijn geplaatst\n"
        "in jeugdgevangenissen, terwijl zij geen strafbare feiten hadden begaan;\n"
        "overwegende dat de overheid daar stelselverantwoordelijkheid voor droeg\n"
        "en daarmee mede verantwoordelijk is voor de schade die jongeren\n"
        "daardoor hebben opgelopen;\n"
        "constaterende dat erkenning van deze verantwoordelijkheid belangrijk kan\n"
        "zijn voor het herstel van jongeren;",
        ["constaterende dat", "constaterende dat"],
        "two clauses in one paragraph of the XML",
        "'… hadden begaan; overwegende dat de overheid …' in one <al>: where the PDF "
        "text's line breaks after the semicolon, the second clause reads as a paragraph of "
        "its own, as a motie sets every clause (2 of 8,041 motie XMLs as PDF text)",
    ),
    _left(
        "overwegende dat dit kan leiden tot gedeeltelijke afbraak van Pieterburen en\n\n"
        "daarmee in strijd is met de plannen voor de toekomst van de provincie\n\n"
        "Groningen in het kader van het programma Nij begun;\n\n"
        "verzoekt de regering de Groninger zoutkoepels Pieterburen, Onstwedde en Bourtange"
        " definitief te schrappen van de lijst van mogelijke opslagplaatsen voor kernafval,\n",
        ["overwegende dat", "verzoekt de"],
        "a web sentence broken before a capital",
        "a web page that breaks a sentence over a blank line before a capital, a "
        "figure or a bracket ('… van de provincie' / '' / 'Groningen …', '… maar dat artikel'"
        " / '' / '36, lid 1 …'): in letters a paragraph without closing punctuation before a "
        "capitalised one is as often a list or a heading; the PDF text joins these lines (9 "
        "of 8,041 motie XMLs, which the check's truth keeps apart, as the page shows them)",
    ),
    _left(
        "constaterende dat het van belang is dat de Tweede Kamer zeggenschap heeft over"
        " kernwapens op Nederlandse bodem omdat het de veiligheid van Nederland raakt;\n\n"
        "v\n\n"
        "erzoekt de regering de Tweede Kamer binnen drie maanden te informeren over kernwapens"
        " in Nederland,\n",
        ["constaterende dat", "verzoekt de"],
        "a clause word broken after its first letter",
        "'v' / 'erzoekt de regering …', each its own <al>: a typing slip of one motie, "
        "which no rule tells from a list item 'a' or 'v' on a line of its own",
    ),
]


@pytest.mark.parametrize(("text", "expected"), BREAKS_LEFT)
def test_motie_breaks_left(text: str, expected: list[str]) -> None:
    assert starts(text, 2) == expected


def test_a_table_caption_is_no_heading():
    # an Aanhangsel as extracted from its PDF: the caption over the table's head is a paragraph
    # of the answer, which goes on after the table
    text = (
        "Vraag 6\n"
        "Kunt u inzichtelijk maken hoeveel meldingen de afgelopen drie jaar bij de\n"
        "Antidiscriminatievoorzieningen in Fryslân zijn gemaakt van discriminatie,\n"
        "uitsluiting dan wel onveiligheid van de lhbti-gemeenschap en hoeveel\n"
        "meldingen en aangiftes bij de politie?\n"
        "Antwoord 6\n"
        "Bijgaande cijfers zijn aangeleverd door Discriminatie.nl/Fryslân/Tumba:\n"
        "Meldingen Tumba, kenniscentrum discriminatie en diversiteit\n"
        "Grond Meldingen in 2021 Meldingen in 2022 Meldingen in 2023\n"
        "Geslacht(Trans) 2 3 6\n"
        "Seksuele gerichtheid 10 14 34\n"
        "TOTAAL 12 17 40"
    )
    secs = shape(sections(text))
    assert [h for h, _ in secs] == ["Vraag 6", "Antwoord 6"]
    assert [p[:20] for p in secs[1][1]] == [
        "Bijgaande cijfers zi",
        "Meldingen Tumba, ken",
        "Grond Meldingen in 2",
        "Geslacht(Trans) 2 3 ",
        "Seksuele gerichtheid",
        "TOTAAL 12 17 40",
    ]
