"""Kamerstukken other than a letter: a list of questions and answers, a verslag with its
fractie sections, answers to written questions, the articles of a bill or a nota van wijziging.
Snippets are copied from the publications named in each case (officielebekendmakingen.nl,
tweedekamer.nl), shortened."""

import pytest

from kamerparse import parse_text
from kamerparse.model import Paragraph, Question, Section
from kamerparse.stages.structure import annotate_sections, read_numbered_questions, read_questions

# kst-31235-3 (2008), LIJST VAN VRAGEN EN ANTWOORDEN: the committee signs the introduction,
# then each question stands under its bare number with the answer after it
LIJST = """31 235
Leren van parlementair onderzoek

nr. 3
LIJST VAN VRAGEN EN ANTWOORDEN

Vastgesteld 31 januari 2008

De commissie voor de Rijksuitgaven heeft een aantal vragen voorgelegd aan de minister van \
Binnenlandse Zaken en Koninkrijksrelaties over het rapport van de Algemene Rekenkamer «Leren \
van parlementair onderzoek» (Kamerstuk 31 235, nr. 2).

De minister heeft deze vragen beantwoord bij brief van 30 januari 2008. Vragen en antwoorden \
zijn hierna afgedrukt.

De voorzitter van de commissie,

Aptroot

De griffier van de commissie,

Groen

1

Welke lessen kan het parlement trekken uit de onderzochte parlementaire onderzoeken? Zijn er \
specifieke punten die bij nieuwe onderzoeken dienen te worden betrokken?

Het is aan het parlement zelf om te bepalen hoe zij lering kan trekken uit het \
Rekenkamerrapport, hoe deze leerpunten te verwerken in toekomstig parlementair onderzoek en hoe \
parlementair onderzoek in te richten.

2

Heeft de Tweede Kamer, achteraf bezien, «fouten» gemaakt bij de parlementaire onderzoeken die \
door de Algemene Rekenkamer zijn bekeken?

De Algemene Rekenkamer informeert u separaat over het antwoord op deze vraag.

3

Wat zou er anders en beter kunnen bij de rapportage van parlementaire onderzoeken?

Zie het antwoord op vraag 2.
"""

# kst-21501-31-207 (2010), VERSLAG VAN EEN SCHRIFTELIJK OVERLEG: a fractie's questions under a
# heading naming it; the committee's officers sign above them
VERSLAG = """21 501-31 Raad voor de Werkgelegenheid, Sociaal Beleid, Volksgezondheid en \
Consumentenzaken

Nr. 207 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG

Vastgesteld 16 april 2010

De op 14 april 2010 toegezonden vragen en opmerkingen zijn met de door de minister bij brief \
van 15 april 2010 toegezonden antwoorden hieronder afgedrukt.

De voorzitter van de commissie,

Smeets

Adjunct-griffier van de commissie,

Sjerp

VRAGEN EN OPMERKINGEN VANUIT DE FRACTIES

Vragen en opmerkingen van de CDA-fractie

De leden van de CDA-fractie hebben met belangstelling kennisgenomen van de geannoteerde \
agenda’s van de informele Gezondheidsraad en de informele bijeenkomst van sportministers.

Vragen en opmerkingen van de leden van de fracties van GroenLinks en PvdA

De leden van de fracties van GroenLinks en PvdA hebben kennisgenomen van de agenda.
"""


# tweedekamer.nl 2022D23672 (kst-36100-4), the web page of a LIJST VAN VRAGEN EN ANTWOORDEN:
# hard-wrapped, each officer's function and surname on one line, "Vraag 1" over the question
# and its answer
TK_LIJST = """Lijst van vragen en antwoorden : Lijst van vragen en antwoorden, gesteld aan de \
Algemene Rekenkamer, over het rapport Staat van de rijksverantwoording 2021 (Kamerstuk 36100-3)
36 100 Financieel jaarverslag van het Rijk 2021
Nr. 4
LIJST VAN VRAGEN EN ANTWOORDEN
Vastgesteld 9 juni 2022
De commissie voor de Rijksuitgaven heeft een aantal vragen voorgelegd aan de Algemene
Rekenkamer over de brief van 18 mei 2022 van de Algemene Rekenkamer inzake het rapport
Staat van de rijksverantwoording 2021 (Kamerstuk 36 100, nr. 3).
De Algemene Rekenkamer heeft deze vragen beantwoord bij brief van 8 juni 2022. Vragen
en antwoorden zijn hierna afgedrukt.
De voorzitter van de commissie, Sneller
De griffier van de commissie, Schukkink
Vraag 1
Waarom neemt de Algemene Rekenkamer niet het hele Financieel Jaarverslag van het Rijk
mee in haar beoordeling?
In de artikelen 7.12, 7.13 en 7.14 van de Comptabiliteitswet 2016 is vastgelegd wat
de Algemene Rekenkamer in haar verantwoordingsonderzoek betrekt.
Vraag 2
Waarom heeft de Algemene Rekenkamer toch een verklaring van goedkeuring afgegeven,
gelet op het gegeven dat de tolerantiegrens van één procent voor het derde jaar op
een rij is overschreden?
De betekenis van de goedkeurende verklaring is dat ons onderzoek is afgelopen.
"""


def _outline(doc):
    return [(s.heading, s.kind, s.label, len(s.paragraphs)) for s in doc.sections]


def test_list_of_questions_and_answers():
    doc = parse_text(LIJST)
    assert doc.id == "kst-31235-3"
    assert [(s.function, s.name) for s in doc.signatories] == [
        ("De voorzitter van de commissie", "Aptroot"),
        ("De griffier van de commissie", "Groen"),
    ]
    assert _outline(doc) == [
        (None, None, None, 2),
        ("1", "question", "1", 2),
        ("2", "question", "2", 2),
        ("3", "question", "3", 2),
    ]
    assert [q.number for q in doc.questions] == ["1", "2", "3"]
    assert doc.questions[2] == Question(
        "3",
        "Wat zou er anders en beter kunnen bij de rapportage van parlementaire onderzoeken?",
        "Zie het antwoord op vraag 2.",
    )


def test_web_page_of_a_list_of_questions():
    doc = parse_text(TK_LIJST)
    assert (doc.id, doc.date) == ("kst-36100-4", "2022-06-09")
    assert [(s.function, s.name) for s in doc.signatories] == [
        ("De voorzitter van de commissie", "Sneller"),
        ("De griffier van de commissie", "Schukkink"),
    ]
    assert [s.heading for s in doc.sections] == [None, "Vraag 1", "Vraag 2"]
    assert [(q.number, q.question[-20:], q.answer[:20]) for q in doc.questions] == [
        ("1", "in haar beoordeling?", "In de artikelen 7.12"),
        ("2", "op een rij is overschreden?"[-20:], "De betekenis van de "),
    ]


# tweedekamer.nl 2022D35259 (kst-31865-214): "Antwoord op vraag 1:" with a colon, the answer
# under subheadings of its own
TK_LIJST_SUBHEADINGS = """31 865 Verbetering verantwoording en begroting
Nr. 214 LIJST VAN VRAGEN EN ANTWOORDEN
Vastgesteld 15 september 2022
De Minister heeft deze vragen beantwoord bij brief van 12 september 2022. Vragen en
antwoorden zijn hierna afgedrukt.
De voorzitter van de commissie, Sneller
De griffier van de commissie, Schukkink
Vraag 1
Tot op welk niveau zijn er cijfers bekend over de zorguitgaven in het lopende jaar
op het moment dat de Voorjaarsnota wordt ingediend? Kunt u daarvan inzicht geven per
zorgsector?
Antwoord op vraag 1:
Zvw
Voor de uitgaven die vallen onder de Zorgverzekeringswet (Zvw) ontvangt VWS viermaal
per jaar een update van de uitvoeringscijfers van het Zorginstituut.
Wlz
Voor de uitgaven die vallen onder de Wet Langdurige Zorg (Wlz) en die ook onder het
Wlz-kader vallen, ontvangt VWS tweemaal per jaar (in februari en in juli) een update
van de uitvoeringscijfers van de Nederlandse Zorgautoriteit (NZa).
"""


def test_an_answer_under_subheadings():
    doc = parse_text(TK_LIJST_SUBHEADINGS)
    assert [(s.heading, s.kind) for s in doc.sections[1:]] == [
        ("Vraag 1", "question"),
        ("Antwoord op vraag 1:", "answer"),
        ("Zvw", None),
        ("Wlz", None),
    ]
    [question] = doc.questions
    assert question.question.endswith("inzicht geven per zorgsector?")
    assert question.answer.startswith("Zvw\n\nVoor de uitgaven die vallen onder de Zorg")
    assert "\n\nWlz\n\nVoor de uitgaven die vallen onder de Wet Langdurige Zorg" in question.answer


# kst-36800-A (Eerste Kamer, 2025): the committee's letter printed inside its verslag, a
# fractie named after "fractie van de", the griffier signing on one line
EK_VERSLAG = """36 800 Nota over de toestand van ’s Rijks Financiën

A VERSLAG VAN EEN SCHRIFTELIJK OVERLEG

Vastgesteld 7 november 2025

De vaste commissie voor Financiën heeft schriftelijk overleg gevoerd met de Minister van \
Financiën over Miljoenennota 2026. Bijgaand brengt de commissie hiervan verslag uit.

De griffier van de vaste Commissie voor Financiën, Karthaus

BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR FINANCIËN

Aan de Minister van Financiën

Den Haag, 17 oktober 2025

In haar vergadering van 30 september 2025 heeft de vaste commissie voor Financiën besloten om \
in schriftelijk overleg te treden met de regering over de Miljoenennota 2026.

Vragen en opmerkingen van de leden van de fractie van de BBB

In de op 16 september 2025 ontvangen Nota over de toestand van ’s rijksfinanciën lezen de \
leden van de BBB-fractie op het voorblad «Verantwoord begroten voor een sterke economie».
"""


def test_eerste_kamer_verslag_with_a_letter_inside():
    doc = parse_text(EK_VERSLAG)
    assert (doc.id, doc.document_type, doc.date) == ("kst-36800-A", "verslag", "2025-11-07")
    assert [(s.function, s.name) for s in doc.signatories] == [
        ("De griffier van de vaste Commissie voor Financiën", "Karthaus")
    ]
    # the inner letter's addressee and dagtekening title nothing
    assert [(s.heading, s.kind, s.label) for s in doc.sections[1:]] == [
        ("BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR FINANCIËN", None, None),
        ("Vragen en opmerkingen van de leden van de fractie van de BBB", "fractie", "BBB"),
    ]
    assert doc.sections[1].paragraphs[0].text == "Aan de Minister van Financiën"


def test_verslag_sections_per_fractie():
    doc = parse_text(VERSLAG)
    assert doc.document_type == "verslag"
    assert [(s.function, s.name) for s in doc.signatories] == [
        ("De voorzitter van de commissie", "Smeets"),
        ("Adjunct-griffier van de commissie", "Sjerp"),
    ]
    assert _outline(doc)[1:] == [
        ("VRAGEN EN OPMERKINGEN VANUIT DE FRACTIES", None, None, 0),
        ("Vragen en opmerkingen van de CDA-fractie", "fractie", "CDA", 1),
        (
            "Vragen en opmerkingen van de leden van de fracties van GroenLinks en PvdA",
            "fractie",
            "GroenLinks, PvdA",
            1,
        ),
    ]
    assert doc.questions == []


# (heading, first paragraph, kind, label)
HEADINGS = [
    # kst-34182-12, TWEEDE NOTA VAN WIJZIGING: the article it inserts
    ("Artikel 15a", "1. Degene die bij het instituut een aanvraag indient voor:", "article", "15a"),
    ("Artikel I", "De Wet rijonderricht motorrijtuigen 1993 wordt als volgt gewijzigd:",
     "article", "I"),
    ("ARTIKEL 2.1", "Deze wet treedt in werking op een bij koninklijk besluit te bepalen tijdstip.",
     "article", "2.1"),
    ("Artikel 1. Begripsbepalingen", "In deze wet wordt verstaan onder:", "article", "1"),
    # an Aanhangsel and a minister's answers (tweedekamer.nl, 2025D04328)
    ("Vraag 1", "Deelt u de mening dat de Rijksoverheid significant is gegroeid de laatste jaren?",
     "question", "1"),
    ("Antwoord 1", "De Rijksoverheid is inderdaad significant gegroeid.", "answer", "1"),
    ("Antwoord op vragen 2 en 3", "Zie het antwoord op vraag 1.", "answer", "2 en 3"),
    # a minister's answers (Word, codewith-kamervragen): a comma before "en"
    ("Antwoord op vragen 7, 8, en 9",
     "Zoals gemeld in het antwoord op vragen 4 en 5, is het noodnummer 112 gratis te bereiken.",
     "answer", "7, 8, en 9"),
    # kst-32550-E: an Eerste Kamer verslag names the fractie after "fractie van"
    ("Vragen en opmerkingen van de leden van de fractie van de PVV",
     "De leden van de PVV-fractie hebben kennisgenomen van het wetsvoorstel.", "fractie", "PVV"),
    ("Inbreng van de leden van de GroenLinks-PvdA-fractie",
     "De leden van de GroenLinks-PvdA-fractie hebben kennisgenomen van de brief.",
     "fractie", "GroenLinks-PvdA"),
    # headings that are none of these
    ("1. Inleiding", "De leden van de VVD-fractie hebben kennisgenomen van het wetsvoorstel.",
     None, None),
    ("Toelichting", "Dit amendement beoogt de mogelijkheid te schrappen.", None, None),
    # kst-30174-18 (an amendement) and kst-34182-12 (a nota van wijziging): their parts
    ("II", "Artikel IIIA vervalt.", "part", "II"),
    ("Na", "Na artikel 15 wordt een paragraaf ingevoegd, luidende:", "part", "Na"),
    ("Zvw", "Voor de uitgaven die vallen onder de Zorgverzekeringswet (Zvw) ontvangt VWS.",
     None, None),
    ("2", "Het kabinet heeft besloten het budget te verhogen.", None, None),
]  # fmt: skip


@pytest.mark.parametrize(("heading", "text", "kind", "label"), HEADINGS)
def test_section_kind(heading, text, kind, label):
    sections = [Section(heading, [Paragraph(text)])]
    annotate_sections(sections)
    assert (sections[0].kind, sections[0].label) == (kind, label)


def _sections(*items):
    sections = [Section(h, [Paragraph(t) for t in texts]) for h, texts in items]
    annotate_sections(sections)
    return sections


def test_answer_to_several_questions():
    sections = _sections(
        ("Vraag 2", ["Kent u het bericht?"]),
        ("Vraag 3", ["Wat is uw reactie?"]),
        ("Antwoord op vragen 2 en 3", ["Ja.", "Ik betreur het."]),
    )
    assert read_questions(sections) == [
        Question("2", "Kent u het bericht?", "Ja.\n\nIk betreur het."),
        Question("3", "Wat is uw reactie?", "Ja.\n\nIk betreur het."),
    ]


def test_a_question_set_apart_like_a_heading():
    # a minister's answers (Word, codewith-kamervragen): the question stands alone under its
    # label and ends in a footnote number, so it reads as a heading
    sections = _sections(
        ("Vraag 1", []),
        ("Ken u de uitzending van Argos 'Het laatste kwartier van Sammy'? 1)", []),
        ("Antwoord op vraag 1", ["Ja."]),
    )
    assert read_questions(sections) == [
        Question("1", "Ken u de uitzending van Argos 'Het laatste kwartier van Sammy'? 1)", "Ja.")
    ]


def test_a_notice_answers_nothing():
    # ah-tk-20232024-1999: the questions are not answered; a "Mededeling" says why
    sections = _sections(
        ("Vraag 3", ["Indien u niet bereid bent, kunt u dan gemotiveerd toelichten waarom?"]),
        (
            "Mededeling",
            ["De schriftelijke vragen kunnen niet binnen drie weken worden beantwoord."],
        ),
    )
    assert read_questions(sections) == [
        Question("3", "Indien u niet bereid bent, kunt u dan gemotiveerd toelichten waarom?")
    ]


def test_question_with_its_context_and_no_answer():
    sections = _sections(
        ("4", ["In het rapport staat een tabel.", "Kunt u die toelichten? (blz. 12)"]),
        ("Bijlage", ["Tabel 1"]),
    )
    assert read_questions(sections) == [
        Question("4", "In het rapport staat een tabel.\n\nKunt u die toelichten? (blz. 12)")
    ]


def test_a_long_title_of_a_letter_inside_a_verslag_is_a_heading():
    # kst-33506-AB (Eerste Kamer, 2019): a title of thirteen words, in capitals
    doc = parse_text(
        EK_VERSLAG.replace(
            "BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR FINANCIËN",
            "BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR VOLKSGEZONDHEID, WELZIJN EN SPORT",
        )
    )
    assert doc.sections[1].heading == (
        "BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR VOLKSGEZONDHEID, WELZIJN EN SPORT"
    )
    assert doc.sections[1].paragraphs[0].text == "Aan de Minister van Financiën"


def test_the_title_of_three_chairs_letter_inside_a_verslag_is_a_heading():
    # kst-25295-BM (Eerste Kamer, 2023): the chairs of three committees, some 200 characters
    title = (
        "BRIEF VAN DE VOORZITTERS VAN DE VASTE COMMISSIES VOOR JUSTITIE EN VEILIGHEID, VOOR "
        "VOLKSGEZONDHEID, WELZIJN EN SPORT, EN VOOR BINNENLANDSE ZAKEN EN DE HOGE COLLEGES VAN "
        "STAAT / ALGEMENE ZAKEN EN HUIS VAN DE KONING"
    )
    doc = parse_text(
        EK_VERSLAG.replace("BRIEF VAN DE VOORZITTER VAN DE VASTE COMMISSIE VOOR FINANCIËN", title)
    )
    assert doc.sections[1].heading == title


def test_questions_numbered_inside_their_paragraphs():
    # kst-31066-444 (2018): a lijst van vragen en antwoorden that numbers each question at the
    # start of its paragraph, the answer's paragraphs under it
    sections = _sections(
        (
            None,
            [
                "De Staatssecretaris heeft deze vragen beantwoord bij brief van 3 december 2018.",
                "1. Waar zijn de cijfers met betrekking tot de aantallen auto’s die als gevolg van"
                " de parallelimport ons land binnenkomen (Kamerstuk 34 775 IX, nr. 8)?",
                "In de 20e Halfjaarrapportage is aangegeven dat de cijfers over de parallelimport"
                " jaarlijks beschikbaar komen.",
                "Ik verwacht ook een tussentijdse rapportage te leveren.",
                "2. De regering gaf eerder aan dat er ongeveer 30.000 huishoudens zijn met"
                " inwonende kinderen; hoe werkt dit precies?",
                "Het recht op huurtoeslag hangt af van het inkomen van alle bewoners.",
            ],
        ),
    )
    questions = read_questions(sections)
    assert [(q.number, q.question[:16], (q.answer or "")[:20]) for q in questions] == [
        ("1", "Waar zijn de cij", "In de 20e Halfjaarra"),
        ("2", "De regering gaf ", "Het recht op huurtoe"),
    ]
    assert questions[0].answer.endswith("tussentijdse rapportage te leveren.")


@pytest.mark.parametrize(
    "texts",
    [
        # a verslag's numbered questions, no answers between them
        ["1. Kan de regering dit toelichten?", "2. Wat kost het?", "3. Wanneer start het?"],
        # a numbered list that asks once
        ["1. Het eerste punt.", "2. Waarom niet?", "Omdat het niet kan."],
    ],
)
def test_numbered_paragraphs_that_are_no_questions_and_answers(texts):
    assert read_numbered_questions(_sections((None, texts))) == []
