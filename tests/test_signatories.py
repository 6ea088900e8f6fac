"""Signature blocks of real letters, moties and amendementen."""

import pytest

from kamerparse.extract.signatories import parse_signatories, split_members, split_names
from kamerparse.model import Signatory as S

CASES = [
    # a committee's officers sign a verslag or a lijst van vragen en antwoorden with their
    # surname (kst-30550-XI-6, kst-21501-31-207; tweedekamer.nl 2022D23672 on one line)
    (["De voorzitter van de commissie,", "Buijs", "De griffier van de commissie,",
      "Van der Leeden"],
     [S("De voorzitter van de commissie", "Buijs"), S("De griffier van de commissie", "Van der Leeden")]),
    (["De voorzitter van de vaste commissie voor Volksgezondheid, Welzijn en Sport,", "Essers",
      "Adjunct-griffier van de commissie,", "Sjerp"],
     [S("De voorzitter van de vaste commissie voor Volksgezondheid, Welzijn en Sport", "Essers"),
      S("Adjunct-griffier van de commissie", "Sjerp")]),
    # an acting chair signs for each of two committees (kst-28265-4, 2002)
    (["De fungerend voorzitter van de commissie voor de Rijksuitgaven,", "Rosenmöller",
      "De fungerend voorzitter van de vaste commissie voor Volksgezondheid, Welzijn en Sport,",
      "Terpstra", "De griffier van de commissie voor de Rijksuitgaven,", "Van der Windt"],
     [S("De fungerend voorzitter van de commissie voor de Rijksuitgaven", "Rosenmöller"),
      S("De fungerend voorzitter van de vaste commissie voor Volksgezondheid, Welzijn en Sport",
        "Terpstra"),
      S("De griffier van de commissie voor de Rijksuitgaven", "Van der Windt")]),
    # papers of about 1995-2005 name the clerk by the list (kst-27106-4, 2000; kst-28655-3, 2003)
    (["De voorzitter van de commissie,", "Valk", "De griffier voor deze lijst,", "Atkins"],
     [S("De voorzitter van de commissie", "Valk"), S("De griffier voor deze lijst", "Atkins")]),
    (["De fungerend voorzitter van de commissie,", "Van de Camp", "De griffier voor deze lijst,",
      "Franke"],
     [S("De fungerend voorzitter van de commissie", "Van de Camp"),
      S("De griffier voor deze lijst", "Franke")]),
    (["De voorzitter van de commissie, Sneller", "De griffier van de commissie, Schukkink"],
     [S("De voorzitter van de commissie", "Sneller"), S("De griffier van de commissie", "Schukkink")]),
    # a ministry's own letter: the function without its comma, an on-behalf line above it
    (["Mede namens de minister van Binnenlandse Zaken en Koninkrijkrelaties,",
      "De minister van Justitie en Veiligheid", "D. Yeşilgöz-Zegerius"],
     [S("De minister van Justitie en Veiligheid", "D. Yeşilgöz-Zegerius")]),
    (["De Minister van Defensie,", "K.H. Ollongren", "", "De Minister van Buitenlandse Zaken,",
      "H.G.J. Bruins Slot"],
     [S("De Minister van Defensie", "K.H. Ollongren"),
      S("De Minister van Buitenlandse Zaken", "H.G.J. Bruins Slot")]),
    (["De Minister-President, Minister van Algemene Zaken, M. Rutte"],
     [S("De Minister-President, Minister van Algemene Zaken", "M. Rutte")]),
    (["De minister van Volksgezondheid, Welzijn en Sport, E. I. Schippers"],
     [S("De minister van Volksgezondheid, Welzijn en Sport", "E. I. Schippers")]),
    (["De minister van Onderwijs, Cultuur en Wetenschap, J. M.van Bijsterveldt-Vliegenthart"],
     [S("De minister van Onderwijs, Cultuur en Wetenschap", "J. M.van Bijsterveldt-Vliegenthart")]),
    (["De minister van Infrastructuur en Milieu, M. H. Schultz van Haegen-Maas Geesteranus"],
     [S("De minister van Infrastructuur en Milieu", "M. H. Schultz van Haegen-Maas Geesteranus")]),
    (["De informateurs, J.W. Remkes W. Koolmees"],
     [S("De informateurs", "J.W. Remkes"), S("De informateurs", "W. Koolmees")]),
    (["Hoogachtend,", "J.W. Remkes Voorzitter staatscommissie parlementair stelsel"],
     [S("Voorzitter staatscommissie parlementair stelsel", "J.W. Remkes")]),
    (["Voorzitter staatscommissie parlementair stelsel,", "J.W. Remkes"],
     [S("Voorzitter staatscommissie parlementair stelsel", "J.W. Remkes")]),
    (["De Staatssecretaris van Infrastructuur en Waterstaat,", "S. van Veldhoven-van der Meer"],
     [S("De Staatssecretaris van Infrastructuur en Waterstaat", "S. van Veldhoven-van der Meer")]),
    (["De Minister van Defensie, K.H. Ollongren De Minister van Buitenlandse Zaken, H.G.J. Bruins Slot"],
     [S("De Minister van Defensie", "K.H. Ollongren"),
      S("De Minister van Buitenlandse Zaken", "H.G.J. Bruins Slot")]),
    (["De Minister van Landbouw, Natuur en Voedselkwaliteit,", "mr. drs. C.J. Schouten"],
     [S("De Minister van Landbouw, Natuur en Voedselkwaliteit", "mr. drs. C.J. Schouten")]),
    (["De Minister voor Medische Zorg,", "T. van Ark"], [S("De Minister voor Medische Zorg", "T. van Ark")]),
    (["De Minister van Defensie,", "A.Th.B. Bijleveld-Schouten"],
     [S("De Minister van Defensie", "A.Th.B. Bijleveld-Schouten")]),
    # a name written out in full, beside or under its function; a function in capitals
    (["Met vriendelijke groet,", "De Nationale ombudsman, Reinier van Zutphen"],
     [S("De Nationale ombudsman", "Reinier van Zutphen")]),
    (["De Nationale ombudsman,", "Reinier van Zutphen"], [S("De Nationale ombudsman", "Reinier van Zutphen")]),
    # the Kinderombudsman signs as the Nationale ombudsman does; a given name in brackets
    # (the name as commissievantoezicht.nl prints it)
    (["De Kinderombudsman,", "prof. dr. mr. M. (Margrite) Kalverboer"],
     [S("De Kinderombudsman", "prof. dr. mr. M. (Margrite) Kalverboer")]),
    (["De Nationale ombudsman,", "mr. R.F.B. (Reinier) van Zutphen"],
     [S("De Nationale ombudsman", "mr. R.F.B. (Reinier) van Zutphen")]),
    (["DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,", "Mark Harbers"],
     [S("DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT", "Mark Harbers")]),
    # co-signers set side by side, their functions on one line and their names on the next
    # (a 2009 letter of Buitenlandse Zaken as its web page prints it); each name takes its own
    (["De Minister van Buitenlandse Zaken, De Staatssecretaris voor Europese Zaken,",
      "Drs. M.J.M. Verhagen Drs. F.C.G.M. Timmermans"],
     [S("De Minister van Buitenlandse Zaken", "Drs. M.J.M. Verhagen"),
      S("De Staatssecretaris voor Europese Zaken", "Drs. F.C.G.M. Timmermans")]),
    (["De minister van Justitie en Veiligheid, De staatssecretaris van Justitie en Veiligheid,",
      "D. Yeşilgöz-Zegerius E. van der Burg"],
     [S("De minister van Justitie en Veiligheid", "D. Yeşilgöz-Zegerius"),
      S("De staatssecretaris van Justitie en Veiligheid", "E. van der Burg")]),
    (["De minister van Justitie en Veiligheid, De staatssecretaris van Justitie en Veiligheid,",
      "Dilan Yeşilgöz-Zegerius Eric van der Burg"],
     [S("De minister van Justitie en Veiligheid", "Dilan Yeşilgöz-Zegerius"),
      S("De staatssecretaris van Justitie en Veiligheid", "Eric van der Burg")]),
    # one person's two offices, the second wrapped onto a line of its own
    (["De Minister-President,", "Minister van Algemene Zaken,", "W. Kok"],
     [S("De Minister-President, Minister van Algemene Zaken", "W. Kok")]),
    # a title that opens the name line is capitalised
    (["De Minister van Onderwijs, Cultuur en Wetenschap,", "Prof. dr. J.A. Knottnerus"],
     [S("De Minister van Onderwijs, Cultuur en Wetenschap", "Prof. dr. J.A. Knottnerus")]),
    # a copy of a signed letter marks the name 'w.g.'; an interim or acting holder says so
    # (the shapes of these conventions: no stored letter of the corpus carries them)
    (["De Minister van Financiën,", "w.g. G. Zalm"], [S("De Minister van Financiën", "G. Zalm")]),
    (["De Minister van Financiën,", "(w.g.) G. Zalm"], [S("De Minister van Financiën", "G. Zalm")]),
    (["De Staatssecretaris van Sociale Zaken en Werkgelegenheid, a.i.,", "J. Klijnsma"],
     [S("De Staatssecretaris van Sociale Zaken en Werkgelegenheid, a.i.", "J. Klijnsma")]),
    (["De Minister van Justitie, wnd.,", "E. M. H. Hirsch Ballin"],
     [S("De Minister van Justitie, wnd.", "E. M. H. Hirsch Ballin")]),
    # a committee's adjunct-griffier beside the chair (kst-35510-130)
    (["De voorzitter van de commissie, Tielen", "De adjunct-griffier van de commissie, Kruithof"],
     [S("De voorzitter van de commissie", "Tielen"), S("De adjunct-griffier van de commissie", "Kruithof")]),
    # the King signs a koninklijke boodschap under its dagtekening, or alone
    (["’s-Gravenhage, 2 september 2011", "Beatrix"], [S(None, "Beatrix")]),
    (["Willem-Alexander"], [S(None, "Willem-Alexander")]),
]  # fmt: skip


@pytest.mark.parametrize(("lines", "expected"), CASES, ids=[c[0][0][:40] for c in CASES])
def test_letters(lines, expected):
    assert parse_signatories(lines) == expected


def test_motie_members():
    lines = ["Ten Hoopen", "Smeets", "Ortega-Martijn"]
    assert parse_signatories(lines, members=True) == [S(None, n) for n in lines]
    # a first name where two members share a surname; a stray comma or full stop in the source
    lines = ["Diederik van Dijk", "Faber-van de Klashorst", "Teunissen,", "Bushoff."]
    assert [s.name for s in parse_signatories(lines, members=True)] == [
        "Diederik van Dijk", "Faber-van de Klashorst", "Teunissen", "Bushoff",
    ]  # fmt: skip
    # a letter's block takes bare surnames only where it holds nothing else: the members who
    # bring an initiatiefwet sign its covering letter so (kst-35144-1: "Wilders" / "Bosma")
    assert parse_signatories(["Hoogachtend,", *lines], members=False) == []
    assert parse_signatories(["Wilders", "Bosma"]) == [S(None, "Wilders"), S(None, "Bosma")]
    # a line spelt oddly is a member as printed, a page's link no member
    assert [s.name for s in parse_signatories(["Tuinman e", "Naar boven"], members=True)] == [
        "Tuinman e"
    ]
    # an accented capital starts a surname too
    assert parse_signatories(["Öztürk", "Ünver"], members=True) == [
        S(None, "Öztürk"),
        S(None, "Ünver"),
    ]


def test_members_run_together_on_one_line():
    # openkamer.org 35153 nr. 12 (2020): the amendement's signers on one line
    line = "Weverling Verhoeven Bromet Futselaar Moorlag Stoffer"
    assert [s.name for s in parse_signatories([line], members=True)] == line.split()
    # particles bind the word after them; a capitalised one starts the next member
    assert [s.name for s in parse_signatories(["Klein Van Gent"], members=True)] == [
        "Klein",
        "Van Gent",
    ]
    line = "Van der Staaij Diederik van Dijk Faber-van de Klashorst"
    assert split_members(line) == ["Van der Staaij", "Diederik van Dijk", "Faber-van de Klashorst"]
    # one member's name stays whole; running text is no list of members
    assert parse_signatories(["Bruins Slot"], members=True) == [S(None, "Bruins Slot")]
    assert split_members("en gaat over tot de orde van de dag.") == []
    assert parse_signatories([line], members=False) == []


@pytest.mark.skip(
    reason="a surname of two capitalised words in a run of members ('Van Gent Bruins Slot') "
    "cannot be told from two members without a list of members"
)
def test_two_word_surname_in_a_run_of_members():
    assert split_members("Van Gent Bruins Slot") == ["Van Gent", "Bruins Slot"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("J.W. Remkes W. Koolmees", ["J.W. Remkes", "W. Koolmees"]),
        (
            "M. H. Schultz van Haegen-Maas Geesteranus",
            ["M. H. Schultz van Haegen-Maas Geesteranus"],
        ),
        ("H.G.J. Bruins Slot", ["H.G.J. Bruins Slot"]),
        ("Deze brief is verzonden.", []),
        ("De Minister van Defensie,", []),
    ],
)
def test_split_names(text, names):
    assert split_names(text) == names
