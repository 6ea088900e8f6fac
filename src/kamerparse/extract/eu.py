"""Citations of EU legislation: regulations, directives and decisions, with their CELEX id.

"Verordening (EU) 2016/679", "Verordening (EU) nr. 1308/2013", "Richtlijn 2011/95/EU",
"richtlijn 2024/1385", "Richtlijn 2008/115/EG", "Richtlijn 91/676/EEG", "Besluit (EU)
2019/1937", "Uitvoeringsverordening (EU) 2019/1793", "Uitvoeringsbesluit (EU) 2022/2069", a
Commission decision of before 2009 ("Beschikking 2005/344/EG"), a heading in capitals
("RICHTLIJN (EU) 2019/1024"), each act of a list ("Verordeningen (EG) nr. 1071/2009, (EG) nr.
1072/2009 en (EU) 1024/2012"), and a few acts by their common name ("AVG", "AI-verordening").

CELEX for legislation is ``3`` + year + ``R`` (regulation), ``L`` (directive) or ``D``
(decision) + the number in four digits: "32016R0679". Numbering: directives are year/number
("2011/95/EU"); regulations before 2015 are number/year ("nr. 1308/2013", "nr. 2913/92"),
from 2015 on year/number ("(EU) 2016/679"), as the Publications Office numbers them.
Older decisions of Parliament and Council are number/year too ("Besluit nr. 1247/2002/EG").
"""

from __future__ import annotations

import re

from kamerparse.extract._lazy import lazy_compile
from kamerparse.extract.dates import _trie
from kamerparse.model import Reference, Where

__all__ = ["NAMED_ACT", "find_eu_legislation"]

EURLEX_URL = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:{}"

_SP = r"[ \u00a0]"
_KINDS = {
    "verordening": "R",
    "richtlijn": "L",
    "besluit": "D",
    "kaderbesluit": "F",
    "kaderrichtlijn": "L",
    "raadsverordening": "R",
    "raadsrichtlijn": "L",
    "raadsbesluit": "D",
    # a decision of the Commission before 2009 was a "beschikking" ("Beschikking 2005/344/EG")
    "beschikking": "D",
    # a BNC-fiche quotes a proposal's title in English: "Proposal for a regulation … amending
    # Regulations (EU) 2024/1689 and (EU) 2018/1139", "Directives 2006/43/EC, 2013/34/EU"
    "regulation": "R",
    "directive": "L",
    "decision": "D",
}
# "EU-richtlijn 2024/1385", "EG-verordening": the Union written before the kind
_UNION_PREFIX = r"(?:EU|EG|EEG)-"
_ORG = r"\((?P<org>EU|EG|EEG|EC|EEC|Euratom|GBVB)\)"
_NUMBER = rf"""(?:(?:[Nn]r\.|nummer|No\.?){_SP}?)?
    (?:(?P<a>\d{{1,4}})/(?P<b>\d{{1,4}})(?:/(?P<suffix>EU|EG|EEG|EC|EEC|Euratom|GBVB|CFSP|JBZ))?
      | (?<=\){_SP})(?P<ya>20\d\d){_SP}(?P<yb>\d{{3,4}}))  # "(EU) 2024 1398", as files name it
    (?![\w/])"""
_EU_RE = lazy_compile(
    rf"""
    (?<![\w-])(?:{_UNION_PREFIX})?
    (?P<kind>(?:[Gg]edelegeerde{_SP}|[Uu]itvoerings)?[Vv]erordening|[Rr]ichtlijn
        |(?:[Gg]edelegeerd{_SP}|[Uu]itvoerings)?[Bb]esluit|[Bb]eschikking
        |[Kk]aderbesluit|[Kk]aderrichtlijn|[Rr]aads(?:verordening|richtlijn|besluit)
        |(?:GEDELEGEERDE{_SP}|UITVOERINGS)?VERORDENING|RICHTLIJN|BESLUIT|BESCHIKKING
        |[Rr]egulation|[Dd]irective|[Dd]ecision|REGULATION|DIRECTIVE|DECISION)
    (?P<plural>en|(?<=[nek])s)?
    (?:{_SP}?{_ORG})?
    {_SP}?{_NUMBER}
    """,
    re.X,
)
# More acts of one kind after the first: "Verordeningen (EG) nr. 1071/2009, (EG) nr. 1072/2009
# en (EU) 1024/2012", "Richtlijnen 2006/43/EG en 2013/34/EU"
_NEXT_RE = lazy_compile(rf"(?:,|{_SP}en|{_SP}of|{_SP}and){_SP}(?:{_ORG}{_SP}?)?{_NUMBER}", re.X)
# Acts cited by their common name → CELEX. Each name is also matched with a lower-case first
# letter ("de habitatrichtlijn") and after "EU-" ("de EU-Habitatrichtlijn").
_NAMED: dict[str, str | None] = {
    "AVG": "32016R0679",
    "Algemene verordening gegevensbescherming": "32016R0679",
    "Algemene Verordening Gegevensbescherming": "32016R0679",
    "AI-verordening": "32024R1689",
    # a lower-case L for the capital I, as sans-serif type shows them alike and moties print it
    "Al-verordening": "32024R1689",
    "Dublinverordening": "32013R0604",
    "Digital Services Act": "32022R2065",
    "Digital Markets Act": "32022R1925",
    "DSA": "32022R2065",
    # the Dutch names of the DSA and the DMA, Verordening (EU) 2022/2065 and 2022/1925
    "Digitaledienstenverordening": "32022R2065",
    "Digitalemarktenverordening": "32022R1925",
    "DMA": "32022R1925",
    "AI Act": "32024R1689",
    "Klokkenluidersrichtlijn": "32019L1937",
    # the data protection directive for police and justice, Richtlijn (EU) 2016/680
    "Richtlijn gegevensbescherming bij rechtshandhaving": "32016L0680",
    # environment and nature
    "Kaderrichtlijn Water": "32000L0060",
    "Kaderrichtlijn water": "32000L0060",
    "KRW": "32000L0060",
    "Kaderrichtlijn Mariene Strategie": "32008L0056",
    "Habitatrichtlijn": "31992L0043",
    "Vogelrichtlijn": "32009L0147",
    "Nitraatrichtlijn": "31991L0676",
    "Natuurherstelverordening": "32024R1991",
    "Richtlijn industriële emissies": "32010L0075",
    # packaging and packaging waste before the 2025 regulation, Richtlijn 94/62/EG, and urban
    # waste water, Richtlijn 91/271/EEG, as the Milieuraad letters of Kamerstuk 21 501-08 and the
    # BNC-fiche of Kamerstuk 22 112, nr. 3570 name them ("de herziening van de
    # verpakkingsrichtlijn en de herziening van de richtlijn stedelijk afvalwater")
    "Verpakkingsrichtlijn": "31994L0062",
    "Richtlijn stedelijk afvalwater": "31991L0271",
    "Richtlijn Stedelijk Afvalwater": "31991L0271",
    # persistent organic pollutants, Verordening (EU) 2019/1021 ("Wijziging verordening
    # persistente organische verontreinigende stoffen", Kamerstuk 22 112, nr. 3251)
    "Verordening persistente organische verontreinigende stoffen": "32019R1021",
    # the sustainable use of plant protection products: a proposal (COM(2022) 305) withdrawn in
    # 2024, an EU act by name that never got a number
    "Verordening duurzaam gebruik gewasbeschermingsmiddelen": None,
    "Richtlijn single-use plastics": "32019L0904",
    "SUP-richtlijn": "32019L0904",
    # the Dutch name of Richtlijn (EU) 2019/904, written in one word or two (Kamerstuk
    # 28 694, nrs. 141 and 144 name it beside its number)
    "Wegwerpplasticsrichtlijn": "32019L0904",
    "Wegwerpplasticrichtlijn": "32019L0904",
    "Wegwerpplastics richtlijn": "32019L0904",
    # waste electrical equipment, Richtlijn 2012/19/EU (WEEE, in Dutch AEEA), and hazardous
    # substances in it, Richtlijn 2011/65/EU (RoHS), as eur-lex and europadecentraal.nl name them
    "WEEE-richtlijn": "32012L0019",
    "AEEA-richtlijn": "32012L0019",
    "RoHS-richtlijn": "32011L0065",
    # chemicals, Verordening (EG) nr. 1907/2006
    "REACH": "32006R1907",
    "REACH-verordening": "32006R1907",
    "Ontbossingsverordening": "32023R1115",
    "EUDR": "32023R1115",
    "Verordening voor ontbossingsvrije producten": "32023R1115",
    "Verordening ontbossingsvrije producten": "32023R1115",
    "Taxonomieverordening": "32020R0852",
    # packaging and packaging waste, Verordening (EU) 2025/40 (also while a proposal, 2022-2024)
    "Verpakkingsverordening": "32025R0040",
    "Drinkwaterrichtlijn": "32020L2184",
    # waste, Richtlijn 2008/98/EG (its Dutch name beside its Publicatieblad L 312 of 22.11.2008 on
    # bodemrichtlijn.nl); floods, Richtlijn 2007/60/EG ("de overstromingsrichtlijn" in the
    # eur-lex summary of the act; "Richtlijn Overstromingsrisico's" on europadecentraal.nl)
    "Kaderrichtlijn afvalstoffen": "32008L0098",
    "Overstromingsrichtlijn": "32007L0060",
    "Richtlijn overstromingsrisico's": "32007L0060",
    # batteries and waste batteries, Verordening (EU) 2023/1542
    "Batterijenverordening": "32023R1542",
    # greenhouse gas emission trading, Richtlijn 2003/87/EG ("de richtlijn emissiehandel
    # (2003/87/EG)" in the Publicatieblad's Dutch texts)
    "ETS-richtlijn": "32003L0087",
    "Richtlijn emissiehandel": "32003L0087",
    # the soil monitoring law, Richtlijn (EU) 2025/2360, also while it was a proposal (2023-2025)
    "Bodemmonitoringsrichtlijn": "32025L2360",
    "Bodemrichtlijn": "32025L2360",
    "Richtlijn milieucriminaliteit": "32024L1203",
    # companies, markets, digital
    # the European health data space, Verordening (EU) 2025/327 (also while a proposal,
    # COM(2022) 197, as the BNC-fiche of Kamerstuk 22 112, nr. 3458 names it)
    "Verordening Europese ruimte voor gezondheidsgegevens": "32025R0327",
    "Verordening betreffende de Europese ruimte voor gezondheidsgegevens": "32025R0327",
    # the protection against strategic lawsuits, Richtlijn (EU) 2024/1069, by the words its
    # Dutch text defines ("strategische rechtszaken tegen publieke participatie")
    "Richtlijn strategische rechtszaken tegen publieke participatie": "32024L1069",
    "CSDDD": "32024L1760",
    "CSRD": "32022L2464",
    "NIS2-richtlijn": "32022L2555",
    # network and information security: Richtlijn (EU) 2016/1148, and its 2022 successor, Richtlijn
    # (EU) 2022/2555, which the JBZ-Raad letters call the same with "(NIB2)" after it
    "Netwerk- en informatiebeveiligingsrichtlijn": "32016L1148",
    "Netwerk- en informatiebeveiligingsrichtlijn (NIB2)": "32022L2555",
    "NIB2-richtlijn": "32022L2555",
    # foreign subsidies distorting the internal market, Verordening (EU) 2022/2560 (the
    # BNC-fiche of Kamerstuk 22 112, nr. 3133)
    "Verordening buitenlandse subsidies": "32022R2560",
    # preventive restructuring, Richtlijn (EU) 2019/1023, by the first words of its Dutch title
    # as the JBZ-Raad agendas head it
    "Richtlijn betreffende preventieve herstructureringsstelsels": "32019L1023",
    # bank recovery and resolution, Richtlijn 2014/59/EU ("de richtlijn herstel en afwikkeling van
    # banken en beleggingsondernemingen", as the Implementatiewet of 2021 names it)
    "Richtlijn herstel en afwikkeling van banken en beleggingsondernemingen": "32014L0059",
    # the control of the acquisition and possession of weapons: export, import and transit of
    # firearms, Verordening (EU) nr. 258/2012 (the BNC-fiche of Kamerstuk 22 112, nr. 3571)
    "Verordening im-, export en doorvoer vuurwapens": "32012R0258",
    "Dwangarbeidverordening": "32024R3015",
    "Anti-dwangarbeidverordening": "32024R3015",
    "Dwangarbeidsverordening": "32024R3015",
    "Anti-dwangarbeidsverordening": "32024R3015",
    "Richtlijn audiovisuele mediadiensten": "32010L0013",
    # the capital requirements regulation, Verordening (EU) nr. 575/2013, in both spellings
    "Verordening kapitaalvereisten": "32013R0575",
    "Verordening kapitaalsvereisten": "32013R0575",
    # migration and labour
    "Gezinsherenigingsrichtlijn": "32003L0086",
    "Terugkeerrichtlijn": "32008L0115",
    "Kwalificatierichtlijn": "32011L0095",
    "Opvangrichtlijn": "32013L0033",
    "Procedurerichtlijn": "32013L0032",
    "Detacheringsrichtlijn": "31996L0071",
    # the enforcement directive of the posting of workers, Richtlijn 2014/67/EU
    "Handhavingsrichtlijn": "32014L0067",
    # temporary agency work, Richtlijn 2008/104/EG, and working time, Richtlijn 2003/88/EG
    # ("betreffende een aantal aspecten van de organisatie van de arbeidstijd")
    "Uitzendrichtlijn": "32008L0104",
    "Arbeidstijdenrichtlijn": "32003L0088",
    # temporary protection, Richtlijn 2001/55/EG, the directive activated for those fleeing
    # Ukraine (Uitvoeringsbesluit (EU) 2022/382); crisis and force majeure in migration and
    # asylum, Verordening (EU) 2024/1359, and asylum and migration management, Verordening (EU)
    # 2024/1351, as the Ministry of Foreign Affairs' ECER pages name them
    "Tijdelijke beschermingsrichtlijn": "32001L0055",
    "Richtlijn tijdelijke bescherming": "32001L0055",
    "Richtlijn Tijdelijke Bescherming": "32001L0055",
    "Crisisverordening": "32024R1359",
    "Crisis- en overmachtverordening": "32024R1359",
    "Verordening crisis- en overmachtsituaties": "32024R1359",
    "Verordening crisis- en overmachtssituaties": "32024R1359",
    "Verordening asiel- en migratiebeheer": "32024R1351",
    # the protection of animals during transport, Verordening (EG) nr. 1/2005
    "Transportverordening": "32005R0001",
    "Diertransportverordening": "32005R0001",
    # transmissible animal diseases, Verordening (EU) 2016/429 ("(diergezondheidsverordening)"
    # beside its number in the Regeling diergezondheid, Stcrt. 2021, 17794)
    "Diergezondheidsverordening": "32016R0429",
    # public procurement, Richtlijn 2014/24/EU, and the services directive, Richtlijn 2006/123/EG
    "Aanbestedingsrichtlijn": "32014L0024",
    "Dienstenrichtlijn": "32006L0123",
    # taxes and products
    "Btw-richtlijn": "32006L0112",
    "Ecodesignrichtlijn": "32009L0125",
    # tobacco and related products, Richtlijn 2014/40/EU
    "Tabaksproductenrichtlijn": "32014L0040",
    "CBAM": "32023R0956",
    "CBAM-verordening": "32023R0956",
    # data and digital: the Data Governance Act, Verordening (EU) 2022/868, and the Data Act,
    # Verordening (EU) 2023/2854 (in Dutch "dataverordening", as the Telecomraad letters of
    # Kamerstuk 21 501-33 call it); electronic identification, Verordening (EU) nr. 910/2014;
    # the Cybersecurity Act, Verordening (EU) 2019/881 ("Europees kader voor
    # cyberbeveiligingscertificering"), the Cyber Resilience Act, Verordening (EU) 2024/2847, and
    # the Cyber Solidarity Act, Verordening (EU) 2025/38, by their names in the BNC-fiches of
    # Kamerstuk 22 112; e-CODEX, Verordening (EU) 2022/850
    "Data Governance Act": "32022R0868",
    "Data Act": "32023R2854",
    "Dataverordening": "32023R2854",
    "eIDAS-verordening": "32014R0910",
    "Cyberbeveiligingsverordening": "32019R0881",
    "Verordening Europees kader voor cyberbeveiligingscertificering": "32019R0881",
    "Cyber Resilience Act": "32024R2847",
    "Cyberweerbaarheidsverordening": "32024R2847",
    "Cybersolidariteitsverordening": "32025R0038",
    "Verordening betreffende e-CODEX": "32022R0850",
    # money laundering: the regulation, Verordening (EU) 2024/1624, and the authority,
    # Verordening (EU) 2024/1620, as the BNC-fiches of Kamerstuk 22 112, nrs. 3202 and 3203 name
    # them (not their abbreviations "AMLR" and "AMLD6": each would cost every paragraph a scan)
    "Anti-witwasverordening": "32024R1624",
    "Verordening ter oprichting AML Autoriteit": "32024R1620",
    # social affairs: coordination of social security, Verordening (EG) nr. 883/2004; pay
    # transparency, Richtlijn (EU) 2023/970; adequate minimum wages, Richtlijn (EU) 2022/2041;
    # platform work, Richtlijn (EU) 2024/2831; by the names of the Raad WSBVC letters of
    # Kamerstuk 21 501-31
    "Coördinatieverordening": "32004R0883",
    "Coördinatieverordening sociale zekerheid": "32004R0883",
    "Coördinatieverordening Sociale Zekerheid": "32004R0883",
    "Richtlijn loontransparantie": "32023L0970",
    "Loontransparantierichtlijn": "32023L0970",
    "Richtlijn toereikende minimumlonen": "32022L2041",
    "Richtlijn verbetering van arbeidsvoorwaarden bij platformwerk": "32024L2831",
    "Richtlijn ter verbetering van de arbeidsvoorwaarden bij platformwerk": "32024L2831",
    "Platformwerkrichtlijn": "32024L2831",
    "Richtlijn platformwerk": "32024L2831",
    # medicines for human use, Richtlijn 2001/83/EG, the directive its 2023 review proposals amend
    "Geneesmiddelenrichtlijn": "32001L0083",
    # food information to consumers, Verordening (EU) nr. 1169/2011, and patients' rights in
    # cross-border healthcare, Richtlijn 2011/24/EU, as the Gezondheidsraad agendas of 2009-2010
    # name them (also while proposals)
    "Verordening voedselinformatie aan consumenten": "32011R1169",
    "Verordening Voedselinformatie aan Consumenten": "32011R1169",
    "Richtlijn patiëntenrechten in geval van grensoverschrijdende gezondheidszorg": "32011L0024",
    "Richtlijn patiëntenrechten bij grensoverschrijdende zorg": "32011L0024",
    # energy from renewable sources, Richtlijn (EU) 2018/2001 ("RED II"), which the 2023
    # amendment (Richtlijn (EU) 2023/2413) leaves in force: the act every use of the name in the
    # 8,041 motie XMLs (2023-2025) and letters from 2018 on ("de (nieuwe) richtlijn hernieuwbare
    # energie", the recast that replaced it) mean; before 2018 the name was Richtlijn 2009/28/EG's
    "Richtlijn hernieuwbare energie": "32018L2001",
    # the energy performance of buildings, Richtlijn 2010/31/EU, the act the 2021 recast proposal
    # (COM(2021) 802, "De herziening van de richtlijn energieprestatie van gebouwen") revises; as
    # with the Opvangrichtlijn, a recast's number printed beside the name says which act
    "Richtlijn energieprestatie van gebouwen": "32010L0031",
    # national emission ceilings, Richtlijn (EU) 2016/2284 ("inzake de vermindering van de
    # nationale emissies van bepaalde luchtverontreinigende stoffen"), by its English name as
    # Dutch letters print it, and its Dutch short name
    "Richtlijn National Emission Ceilings": "32016L2284",
    "NEC-richtlijn": "32016L2284",
    "Richtlijn nationale emissieplafonds": "32016L2284",
}


def _named_forms() -> dict[str, str | None]:
    forms = dict(_NAMED)
    for name, celex in _NAMED.items():
        if name[0].isupper() and name[1:2].islower():
            forms.setdefault(name[0].lower() + name[1:], celex)
        # a title written in title case: "de EU-Richtlijn Audiovisuele mediadiensten"
        head, _, rest = name.partition(" ")
        if rest[:1].islower():
            forms.setdefault(f"{head} {rest[0].upper()}{rest[1:]}", celex)
    return forms


_NAMED_FORMS = _named_forms()
# A web page glues a footnote marker to the word it follows ("de Europese
# geneesmiddelenrichtlijn2 en …"): one or two digits after a name's small letters end it too
NAMED_ACT = (
    rf"(?:{_UNION_PREFIX})?(?:{_trie(sorted(_NAMED_FORMS))})"
    r"(?:(?![\w-])|(?<=[a-z]{3})(?=\d{1,2}(?![\w/-])))"
)
# an abbreviation hyphened before a capitalised name is part of it: "de EUDR-Ontbossingsverordening"
_ABBREVIATION_PREFIX = r"[A-Z][A-Z0-9]{1,5}-(?=[A-Z])"
_NAMED_RE = lazy_compile(rf"(?<![\w-])(?:{_ABBREVIATION_PREFIX})?{NAMED_ACT}")
_UNION_PREFIX_RE = lazy_compile(_UNION_PREFIX)
# A table name whose kind is parted from the rest of it: in the formal title ("verordening van
# het Europees Parlement en de Raad betreffende de Europese ruimte voor gezondheidsgegevens" is
# the table's "Verordening betreffende …") or in the title of a BNC-fiche that joins another
# kind to it ("Richtlijn en aanbeveling strategische rechtszaken tegen publieke participatie")
_PARTED_TAILS: dict[str, str | None] = {
    rest: celex
    for name, celex in _NAMED.items()
    for head, _, rest in [name.partition(" ")]
    if head in ("Verordening", "Richtlijn") and rest[:1].islower()
}
# and a proposal named by the table's name with "voorstel" glued to its kind
# ("het EU-richtlijnvoorstel toereikende minimumlonen in de EU")
_PARTED_RE = lazy_compile(
    rf"(?<![\w-])(?:EU-)?(?:[Vv]erordening|[Rr]ichtlijn)(?:s?voorstel|{_SP}"
    rf"(?:van{_SP}het{_SP}Europees{_SP}Parlement{_SP}en{_SP}de{_SP}Raad|en{_SP}(?:aanbeveling|mededeling)))"
    rf"{_SP}(?P<tail>{_trie(sorted(_PARTED_TAILS))})(?![\w-])"
)
_ABBREVIATION_PREFIX_RE = lazy_compile(_ABBREVIATION_PREFIX)
# "de Opvangrichtlijn (2024/1346)": a bare number in brackets right after a name
_NUMBER_AFTER_NAME_RE = lazy_compile(rf"{_SP}?\((?P<a>\d{{4}})/(?P<b>\d{{1,4}})\)")


def _year(text: str) -> int | None:
    if len(text) == 4 and text[:2] in ("19", "20"):
        return int(text)
    if len(text) == 2:
        n = int(text)
        return 1900 + n if n >= 50 else 2000 + n
    return None


def _celex(kind: str, a: str, b: str, has_nr: bool, suffix: str | None) -> str | None:
    """The CELEX id, or None when the numbers do not say which is the year."""
    kind = kind.lower().replace("\u00a0", " ")
    letter = _KINDS[
        kind.removeprefix("gedelegeerde ").removeprefix("gedelegeerd ").removeprefix("uitvoerings")
    ]
    if letter == "R" and (has_nr or (_year(b) and not _year(a)) or len(b) == 2):
        year, number = _year(b), a  # old regulation numbering: number/year
    elif len(a) == 4 and _year(a) is None and _year(b) is not None:
        year, number = _year(b), a  # "Besluit nr. 1247/2002/EG": number/year, as before 2015
    else:
        year, number = _year(a), b
    if year is None or not number.isdigit():
        return None
    if letter == "R" and year < 2015 and not has_nr and _year(b) is None and suffix is None:
        return None  # "Verordening 2013/2014": neither order can be told
    return f"3{year}{letter}{int(number):04d}"


def _may_name_an_act(text: str) -> bool:
    # a substring of every name in _NAMED (a test checks it); spelled out, not any() over a
    # tuple, because this runs on every paragraph. A capital that an abbreviation holds and
    # many paragraphs lack is looked for first: one character is found at memory speed, a
    # short word at a nanosecond or so a character.
    return (
        "ichtlijn" in text
        or "erordening" in text
        or ("V" in text and "AVG" in text)
        or " Act" in text
        or ("C" in text and ("CSDDD" in text or "CSRD" in text or "CBAM" in text))
        or ("W" in text and "KRW" in text)
        or ("R" in text and "REACH" in text)
        or ("U" in text and "EUDR" in text)
        or ("S" in text and "DSA" in text)
        or ("M" in text and "DMA" in text)
    )


def _may_number_an_act(text: str) -> bool:
    if "/" not in text and "(EU) " not in text:
        return False
    return (
        "erordening" in text
        or "ichtlijn" in text
        or "esluit" in text
        or "RORDENING" in text
        or "ICHTLIJN" in text
        or "ESLUIT" in text
        or "eschikking" in text
        or "ESCHIKKING" in text
        # an English title always numbers its act with "(EU)", "(EC)" or "/EC", "/EU": looked
        # for first, so Dutch paragraphs with a slash pay one or two scans, not six
        or (
            ("(E" in text or "/E" in text)
            and (
                "egulation" in text
                or "irective" in text
                or "ecision" in text
                or "EGULATION" in text
                or "IRECTIVE" in text
                or "ECISION" in text
            )
        )
    )


# Kinds that Dutch decisions have too: an EU act only with "(EU)" or "/EG" in its number
_NATIONAL_TOO = ("besluit", "beschikking", "decision")


def _numbered(text: str, m: re.Match[str], kind: str) -> Reference | None:
    if m["org"] is None and m["suffix"] is None and kind.lower().endswith(_NATIONAL_TOO):
        return None  # "besluit 12/3" or "beschikking 12/3" without (EU) or /EU is no EU act
    if m["ya"] is not None and m["org"] is None:
        return None  # two numbers apart only after "(EU)"
    a, b = (m["a"], m["b"]) if m["a"] is not None else (m["ya"], m["yb"])
    has_nr = "nr" in m[0].lower() or "nummer" in m[0] or " No" in m[0]
    celex = _celex(kind, a, b, has_nr, m["suffix"])
    return _ref(text, m.start(), m.end(), celex)


def find_eu_legislation(text: str) -> list[Reference]:
    """Every regulation, directive or decision of the EU cited in ``text``."""
    refs = []
    if _may_number_an_act(text):
        for m in _EU_RE.finditer(text):
            if (ref := _numbered(text, m, m["kind"])) is None:
                continue
            refs.append(ref)
            pos = m.end()
            while m["plural"] or m["org"] or m["suffix"]:
                # a list goes on in the same kind; after a singular kind only numbers that say
                # they are EU acts: "Richtlijn 2011/95/EU en 2013/33/EU"
                n = _NEXT_RE.match(text, pos)
                if n is None or not (m["plural"] or n["org"] or n["suffix"]):
                    break
                if (more := _numbered(text, n, m["kind"])) is not None:
                    start = (
                        n.start("org") - 1 if n["org"] else n.start("a") if n["a"] else n.start()
                    )
                    more.where.start, more.text = start, text[start : n.end()]
                    refs.append(more)
                pos = n.end()
    numbered = len(refs)
    named = _may_name_an_act(text)
    for m in _NAMED_RE.finditer(text) if named else ():
        name = m[0]
        if name not in _NAMED_FORMS:
            name = _ABBREVIATION_PREFIX_RE.sub("", name, count=1)
        if name not in _NAMED_FORMS:
            name = _UNION_PREFIX_RE.sub("", name, count=1)
        celex, end = _NAMED_FORMS[name], m.end()
        kind = next((k for k in ("richtlijn", "verordening") if name.lower().endswith(k)), None)
        if kind and (n := _NUMBER_AFTER_NAME_RE.match(text, end)):
            # the number printed beside the name says which act (a name outlives its act: the
            # recast "Opvangrichtlijn (2024/1346)" is not the 2013 one)
            celex = _celex(kind, n["a"], n["b"], False, None) or celex
            end = n.end()
        refs.append(_ref(text, m.start(), end, celex))
    if named and (
        "Parlement en de Raad" in text
        or " en aanbeveling" in text
        or " en mededeling" in text
        or "ijnvoorstel" in text
        or "ngsvoorstel" in text
    ):
        for m in _PARTED_RE.finditer(text):
            refs.append(
                _ref(text, m.start(), m.end(), _PARTED_TAILS[m["tail"].replace("\u00a0", " ")])
            )
    if numbered and len(refs) > numbered:
        refs = [
            *refs[:numbered],
            *(r for r in refs[numbered:] if not _numbered_beside(text, r, refs)),
        ]
    if "uropese " in text or "EU" in text:
        refs += _unlisted_acts(text, refs)
    refs.sort(key=lambda r: r.where.start)
    return refs


# An act that the table does not name, called European by the words before it: "de Europese
# antiboycotverordening", "de EU-luchtkwaliteitsrichtlijn", and the regulations Dutch calls a
# "wet" ("de Europese klimaatwet"). Every such compound in 8,041 moties is an EU act; without
# the qualifier a "Huisvestingsverordening" is a municipality's, a "Klimaatwet" a Dutch act.
_UNLISTED_RE = lazy_compile(
    rf"(?:(?<![\w-])[Ee]uropese{_SP}|(?<![\w-])EU-?{_SP}?)"
    r"(?P<name>(?:[A-Za-zë]+-)?[A-Za-zë][a-zë]{2,}(?:richtlijn|verordening|wet))(?![\w-])"
)


def _unlisted_acts(text: str, found: list[Reference]) -> list[Reference]:
    """Acts named as European but not in the table: an EU act without CELEX id."""
    if "richtlijn" not in text and "verordening" not in text and "wet" not in text:
        return []
    refs = []
    for m in _UNLISTED_RE.finditer(text):
        start = m.start() if text[m.start() : m.start() + 2] == "EU" else m.start("name")
        if any(r.where.start < m.end() and start < r.where.end for r in found):
            continue  # the table's name, read above
        celex = _NAMED_FORMS.get(m["name"]) or _NAMED_FORMS.get(m["name"].capitalize())
        refs.append(_ref(text, start, m.end(), celex))
    return refs


def _numbered_beside(text: str, named: Reference, refs: list[Reference]) -> bool:
    """Whether the act a name cites is also cited by number right beside it: "de
    Nitraatrichtlijn (Richtlijn 91/676/EEG)" is one citation, the numbered one."""
    for ref in refs:
        if ref is named or ref.id != named.id:
            continue
        a, b = sorted((named.where, ref.where), key=lambda w: w.start)
        if not text[a.end : b.start].strip(" ,()\u00a0"):
            return True
    return False


def _ref(text: str, start: int, end: int, celex: str | None) -> Reference:
    return Reference(
        type="eu-legislation",
        text=text[start:end],
        id=celex,
        url=EURLEX_URL.format(celex) if celex else None,
        where=Where(start=start, end=end),
    )
