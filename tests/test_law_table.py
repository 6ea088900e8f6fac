"""The shipped table of Dutch acts (``data/laws.tsv``): well-formed, every row's evidence, and
the acts that real letters and moties cite, each found with its BWB id and address.

The sentences are from real moties, Kamerstukken and the citation samples (shortened where the
rest of the sentence cites nothing).
"""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest

from kamerparse.extract.laws import law_table, parse_law_table
from kamerparse.extract.references import find_references

BWB_ID = re.compile(r"BWB[RV]\d{7}")


def _rows() -> list[list[str]]:
    text = resources.files("kamerparse").joinpath("data/laws.tsv").read_text("utf-8")
    return [line.split("\t") for line in text.splitlines() if line and not line.startswith("#")]


def test_rows_are_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 170
    assert all(len(row) in (3, 4) for row in rows)
    ids = [row[0] for row in rows if row[0]]
    assert all(BWB_ID.fullmatch(bwb) for bwb in ids)
    assert len(ids) == len(set(ids))
    titles = [row[1] for row in rows]
    assert len(titles) == len(set(titles))
    # no title or abbreviation names two acts
    owner: dict[str, str] = {}
    table = law_table()
    for bwb, title, abbrs, *_ in rows:
        for name in [title, *(a.removeprefix("=") for a in abbrs.split("|") if a)]:
            assert owner.setdefault(name, title) == title, (name, title, owner[name])
            assert name == name.strip() and name
            # nor does a name derived from another title ("Postwet" of "Postwet 2009") take it
            assert table[name].bwb_id == (bwb or None), (name, table[name])


def test_every_row_has_its_evidence() -> None:
    for row in _rows():
        assert len(row) == 4 and row[3].strip(), row


def test_header_says_where_the_ids_come_from() -> None:
    text = resources.files("kamerparse").joinpath("data/laws.tsv").read_text("utf-8")
    header = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    assert "wetten.overheid.nl" in header and "2026-11-30" in header
    assert "evidence" in header.splitlines()[-1]


def test_shared_abbreviations_stay_out() -> None:
    # "Wpg" is the Wet publieke gezondheid and the Wet politiegegevens; "Wkb" the Wet
    # kwaliteitsborging voor het bouwen and the Wet op het kindgebonden budget
    table = law_table()
    assert "Wpg" not in table and "Wkb" not in table


def test_table_is_built_from_its_source() -> None:
    # the package's table is generated (scripts/build_law_table.py): a row edited in one file
    # only would be lost, or never checked, at the next build
    source = Path(__file__).resolve().parent.parent / "scripts" / "law_sources.tsv"
    rows = [
        line.split("\t")
        for line in source.read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]
    assert rows == _rows()


def test_rows_with_and_without_evidence() -> None:
    table = parse_law_table(
        "# bwb_id\ttitle\tabbreviations\tevidence\n"
        "BWBR0020449\tWet ruimtelijke ordening\tWro\thttps://wetten.overheid.nl/BWBR0020449\n"
        "BWBR0025458\tWaterwet\t\n"
        "\tWet normering topinkomens\tWNT\n"
        "BWBR0015703\tParticipatiewet\t=Wet werk en bijstand\tsee above\n"
    )
    assert table["Wro"].bwb_id == "BWBR0020449"
    assert table["Waterwet"].bwb_id == "BWBR0025458"
    assert table["WNT"].bwb_id is None
    # an earlier title: the same id, its own title
    assert (table["Wet werk en bijstand"].title, table["Wet werk en bijstand"].bwb_id) == (
        "Wet werk en bijstand",
        "BWBR0015703",
    )
    with pytest.raises(ValueError):
        parse_law_table("BWBR0025458\tWaterwet\n")


# (sentence, [(mention text, law, article, id)])
CITED = [
    # blind20: two long titles that the title reader let run on or cut short, now in the table
    # (the preamble of the act on the posting of workers in the European Union, 2016)
    (
        "een nieuwe wet vast te stellen tot regeling van de arbeidsvoorwaarden voor gedetacheerde "
        "werknemers in de Europese Unie ter vervanging van de Wet arbeidsvoorwaarden "
        "grensoverschrijdende arbeid en voorts de Wet op het algemeen verbindend en het "
        "onverbindend verklaren van bepalingen van collectieve arbeidsovereenkomsten aan te passen",
        [
            (
                "Wet arbeidsvoorwaarden grensoverschrijdende arbeid",
                "Wet arbeidsvoorwaarden grensoverschrijdende arbeid",
                None,
                "BWBR0010925",
            ),
            (
                "Wet op het algemeen verbindend en het onverbindend verklaren van bepalingen van "
                "collectieve arbeidsovereenkomsten",
                "Wet op het algemeen verbindend en het onverbindend verklaren van bepalingen van "
                "collectieve arbeidsovereenkomsten",
                None,
                "BWBR0001987",
            ),
        ],
    ),
    # blind18: the act's title since 2018 and the older capitals of the Awb (BAG catalogus,
    # parliamentary history of the Awb)
    (
        "Hierbij zijn ook de wijzigingen meegenomen als gevolg van de aangepaste Wet "
        "basisregistratie adressen en gebouwen die op 1 juli 2018 in werking treedt.",
        [
            (
                "Wet basisregistratie adressen en gebouwen",
                "Wet basisregistraties adressen en gebouwen",
                None,
                "BWBR0023466",
            )
        ],
    ),
    (
        "bepalingen bevatten die onderwerpen regelen die in de AWB ook aan de orde komen",
        [("AWB", "Algemene wet bestuursrecht", None, "BWBR0005537")],
    ),
    (
        "verzoekt de regering om deze intensivering van taken van gemeenten te toetsen aan "
        "artikel 2 van de Financiële-verhoudingswet,",
        [
            (
                "artikel 2 van de Financiële-verhoudingswet",
                "Financiële-verhoudingswet",
                "2",
                "BWBR0008290",
            )
        ],
    ),
    (
        "overwegende dat de ervaringen die de diensten, de toezichthouders en de Afdeling "
        "bestuursrechtspraak met de tijdelijke wet opdoen richtinggevend zijn bij de herziening "
        "van de Wiv 2017;",
        [
            (
                "Wiv 2017",
                "Wet op de inlichtingen- en veiligheidsdiensten 2017",
                None,
                "BWBR0039896",
            )
        ],
    ),
    (
        "constaterende dat de Wet openbare manifestaties en het strafrecht voldoende handvaten "
        "bieden om in te grijpen bij verboden demonstraties;",
        [("Wet openbare manifestaties", "Wet openbare manifestaties", None, "BWBR0004318")],
    ),
    (
        "overwegende dat het volgens artikel 1, eerste lid, sub b van de Wet op de kansspelen "
        "verboden is om deelname aan illegale kansspelen te faciliteren;",
        [
            (
                "artikel 1, eerste lid, sub b van de Wet op de kansspelen",
                "Wet op de kansspelen",
                "1",
                "BWBR0002469",
            )
        ],
    ),
    (
        "verzoekt de regering om de Wmg aan te passen om een verbod op de vijfminutenregistratie "
        "wel mogelijk te maken,",
        [("Wmg", "Wet marktordening gezondheidszorg", None, "BWBR0020078")],
    ),
    (
        "verzoekt de regering te onderzoeken hoe een effectievere naleving van de WNT kan worden "
        "afgedwongen",
        [
            (
                "WNT",
                "Wet normering bezoldiging topfunctionarissen publieke en semipublieke sector",
                None,
                "BWBR0032249",
            )
        ],
    ),
    # the name the Kamerstukken use for the WNT
    (
        "verzoekt de regering om een voorstel tot wijziging van de Wet normering topinkomens voor "
        "te bereiden",
        [
            (
                "Wet normering topinkomens",
                "Wet normering bezoldiging topfunctionarissen publieke en semipublieke sector",
                None,
                "BWBR0032249",
            )
        ],
    ),
    (
        "van mening dat de regering de maximale ruimte binnen de Aanbestedingswet moet gebruiken",
        [("Aanbestedingswet", "Aanbestedingswet 2012", None, "BWBR0032203")],
    ),
    (
        "overwegende dat er een evaluatie wordt gedaan van de Winkeltijdenwet",
        [("Winkeltijdenwet", "Winkeltijdenwet", None, "BWBR0007952")],
    ),
    (
        "verzoekt de regering te onderzoeken of in de Wet politiegegevens ruimte kan worden "
        "gecreëerd",
        [("Wet politiegegevens", "Wet politiegegevens", None, "BWBR0022463")],
    ),
    (
        "verzoekt de regering om in de Mededingingswet een dergelijke call-inbevoegdheid voor de "
        "ACM voor kleine overnames op te nemen,",
        [("Mededingingswet", "Mededingingswet", None, "BWBR0008691")],
    ),
    (
        "constaterende echter dat de Wet op de economische delicten niet altijd van toepassing is",
        [
            (
                "Wet op de economische delicten",
                "Wet op de economische delicten",
                None,
                "BWBR0002063",
            )
        ],
    ),
    (
        "verzoekt de regering bij wijzigingen in de Postwet of andere regelgeving die de "
        "postmarkt beïnvloedt,",
        [("Postwet", "Postwet 2009", None, "BWBR0025572")],
    ),
    (
        "verzoekt de regering om door te pakken en het wettelijk instrumentarium optimaal te "
        "benutten om tot versnelling van woningbouwprojecten te komen, lerend van de Crisis- en "
        "herstelwet,",
        [("Crisis- en herstelwet", "Crisis- en herstelwet", None, "BWBR0027431")],
    ),
    (
        "constaterende dat er signalen zijn dat mensen door fouten bij het UWV onterecht in de "
        "bijstand en de Wajong zijn beland;",
        [("Wajong", "Wet werk en arbeidsondersteuning jonggehandicapten", None, "BWBR0008657")],
    ),
    (
        "– regeling voor toestellen en geluidwerende voorzieningen in hoofdstuk II van de Wet "
        "geluidhinder (Wgh),",
        [("Wet geluidhinder (Wgh)", "Wet geluidhinder", None, "BWBR0003227")],
    ),
    (
        "De voorlegging geschiedt in het kader van de wettelijk voorgeschreven procedure "
        "(artikel 92, tweede lid, van de Wet bodembescherming).",
        [
            (
                "artikel 92, tweede lid, van de Wet bodembescherming",
                "Wet bodembescherming",
                "92",
                "BWBR0003994",
            )
        ],
    ),
    (
        "de Wet ruimtelijke ordening met het oog op de verbetering van de beroepsprocedure",
        [("Wet ruimtelijke ordening", "Wet ruimtelijke ordening", None, "BWBR0020449")],
    ),
    (
        "een wijziging voor te leggen aan de Tweede Kamer van de Rijkswet op het Nederlanderschap "
        "die het mogelijk maakt dat de termijn voor naturalisatie wordt verlengd naar tien jaar,",
        [
            (
                "Rijkswet op het Nederlanderschap",
                "Rijkswet op het Nederlanderschap",
                None,
                "BWBR0003738",
            )
        ],
    ),
    (
        "overwegende dat eenzijdig overheidshandelen op dit moment is uitgezonderd van de "
        "Algemene wet gelijke behandeling (AWGB),",
        [
            (
                "Algemene wet gelijke behandeling",
                "Algemene wet gelijke behandeling",
                None,
                "BWBR0006502",
            ),
            ("AWGB", "Algemene wet gelijke behandeling", None, "BWBR0006502"),
        ],
    ),
    # an earlier title of an act in force: its id, the title cited
    (
        "Wijziging van de Wet werk en bijstand, van de Wet studiefinanciering 2000, van de Wet "
        "tegemoetkoming onderwijsbijdrage en schoolkosten en van de Vreemdelingenwet 2000",
        [
            ("Wet werk en bijstand", "Wet werk en bijstand", None, "BWBR0015703"),
            ("Wet studiefinanciering 2000", "Wet studiefinanciering 2000", None, "BWBR0011453"),
            (
                "Wet tegemoetkoming onderwijsbijdrage en schoolkosten",
                "Wet tegemoetkoming onderwijsbijdrage en schoolkosten",
                None,
                "BWBR0012438",
            ),
            ("Vreemdelingenwet 2000", "Vreemdelingenwet 2000", None, "BWBR0011823"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), CITED)
def test_cited_acts_have_their_ids(text: str, expected: list[tuple]) -> None:
    refs = [r for r in find_references(text) if r.type == "law"]
    assert [(r.text, r.law, r.article, r.id) for r in refs] == expected
    for ref in refs:
        assert ref.url is not None and ref.id in ref.url
