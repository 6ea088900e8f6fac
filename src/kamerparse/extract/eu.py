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
The acts of the old pillars: ``F`` for a framework decision or a joint action on justice and home
affairs ("Kaderbesluit 2002/584/JBZ", "Framework Decision 2002/584/JHA"), ``E`` for a CFSP common
position or joint action ("Gemeenschappelijk Standpunt 2008/944/GBVB"). A number in brackets that
only an EU act bears takes its kind from the words before it ("het kaderbesluit … van 13 juni
2002 (2002/584/JBZ)"), and an act named by what it is about ("de Europese richtlijn inzake handel
in emissierechten") is an EU act, with an id only when its words are a table name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from importlib import resources

from kamerparse.extract._lazy import lazy_compile
from kamerparse.extract.dates import _trie
from kamerparse.model import Reference, Where

__all__ = ["NAMED_ACT", "find_eu_legislation", "parse_eu_act_table"]

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
    # a joint action of the Council under the old third pillar ("gemeenschappelijk optreden
    # 96/443/JBZ") is numbered as a framework decision is
    "gemeenschappelijk optreden": "F",
    # a BNC-fiche quotes a proposal's title in English: "Proposal for a regulation … amending
    # Regulations (EU) 2024/1689 and (EU) 2018/1139", "Directives 2006/43/EC, 2013/34/EU"
    "regulation": "R",
    "directive": "L",
    "decision": "D",
    # a directive abbreviated, as tax papers and advices do: "Rl 2008/8", "Rl. 2006/112"
    "rl": "L",
    "rl.": "L",
    # a framework decision of the old third pillar in English ("Council Framework Decision
    # 2002/584/JHA"), and a CFSP common position, whose CELEX type is E (EUR-Lex's table of
    # descriptors, sector 3: "E: CFSP: common positions; joint actions; common strategies", "F:
    # police and judicial co-operation in criminal matters"); a joint action is F or E by its
    # pillar, which its number's suffix says ("/JBZ", "/GBVB")
    "framework decision": "F",
    "gemeenschappelijk standpunt": "E",
    "common position": "E",
    "joint action": "F",
}
# "EU-richtlijn 2024/1385", "EG-verordening": the Union written before the kind
_UNION_PREFIX = r"(?:EU|EG|EEG)-"
# "(EU, Euratom) 2018/1046": an act under both treaties
_ORG = r"\((?P<org>(?:EU|EG|EEG|EC|EEC|Euratom|EURATOM|GBVB)(?:,[ \u00a0]?Euratom)?)\)"
# "NO" as an English title in capitals prints it: "amending Regulations (EU) NO 515/2014"
_NUMBER = rf"""(?:(?:[Nn]r\.|nummer|No\.?|NO\.?){_SP}?)?
    (?:(?P<a>\d{{1,4}})/(?P<b>\d{{1,4}})(?:/(?P<suffix>EU|EG|EEG|EC|EEC|Euratom|GBVB|CFSP|JBZ|JHA))?
      | (?<=\){_SP})(?P<ya>20\d\d){_SP}(?P<yb>\d{{3,4}}))  # "(EU) 2024 1398", as files name it
    # a web page glues a footnote marker to the letters that end a number: "2006/123/EG3",
    # and to a number's four digits, as no act's number has five: "nr. 648/20122"
    (?:(?![\w/])|(?:(?<=[A-Z]{{2}})|(?<=/\d{{4}}))(?=\d{{1,2}}(?![\w/-])))"""
_EU_RE = lazy_compile(
    rf"""
    (?:(?<![\w-])|(?<=[a-z])(?=[VRBK][a-z])  # a space lost before a kind: "vanRichtlijn"
      # a kind that ends a compound: "aanbestedingsrichtlijnen 2014/23/EU, 2014/24/EU"
      |(?<=[a-z]{{3}})(?=richtlijn|verordening))
    (?:{_UNION_PREFIX})?
    (?P<kind>(?:[Gg]edelegeerde{_SP}|[Uu]itvoerings)?[Vv]erordening|[Rr]ichtlijn
        |(?:[Gg]edelegeerd{_SP}|[Uu]itvoerings)?[Bb]esluit|[Bb]eschikking
        |[Kk]aderbesluit|[Kk]aderrichtlijn|[Rr]aads(?:verordening|richtlijn|besluit)
        |(?:GEDELEGEERDE{_SP}|UITVOERINGS)?VERORDENING|RICHTLIJN|(?:UITVOERINGS)?BESLUIT|BESCHIKKING
        |[Gg]emeenschappelijk{_SP}(?:[Oo]ptreden|[Ss]tandpunt)|Common{_SP}[Pp]osition|Joint{_SP}[Aa]ction
        |[Ff]ramework{_SP}[Dd]ecision
        |[Rr]egulation|[Dd]irective|[Dd]ecision|REGULATION|DIRECTIVE|DECISION
        |Rl\.?(?={_SP}(?:19|20)\d\d/))
    (?P<plural>en|(?<=[nek])s)?
    (?:{_SP}?(?:[Nn]r\.{_SP}?)?{_ORG}  # "richtlijn nr. (EU) 2023/1791"
      # the Union without brackets, as fiche titles print it: "Verordening EU 165/2014"
      |{_SP}(?P<borg>EU|EG|EEG)(?={_SP}\d))?
    {_SP}?{_NUMBER}
    """,
    re.X,
)
# More acts of one kind after the first: "Verordeningen (EG) nr. 1071/2009, (EG) nr. 1072/2009
# en (EU) 1024/2012", "Richtlijnen 2006/43/EG en 2013/34/EU"
# and after a name the paper gives the one before in brackets: "de verordeningen (EU) 2024/1624
# (antiwitwasverordening, AMLR) en (EU) 2024/1620"
_NEXT_RE = lazy_compile(
    rf"(?:{_SP}?\([^()\d]{{1,60}}\))?(?:,|{_SP}en|{_SP}of|{_SP}and){_SP}(?:{_ORG}{_SP}?)?{_NUMBER}",
    re.X,
)


def parse_eu_act_table(text: str) -> dict[str, str | None]:
    """The names → CELEX of a table in the form of ``data/eu_acts.tsv``: tab-separated CELEX (empty
    for a name that no one act bears, or a proposal), the name forms (``|`` between them) and the
    evidence for the CELEX, which the extractor does not use."""
    names: dict[str, str | None] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 3:
            raise ValueError(f"a row of the EU acts table has {len(cells)} columns: {line!r}")
        celex, forms = cells[0] or None, cells[1]
        for name in forms.split("|"):
            if name in names:
                raise ValueError(f"the EU acts table names {name!r} twice")
            names[name] = celex
    return names


# Acts cited by their common name → CELEX, as the shipped table has them. Each name is also
# matched with a lower-case first letter ("de habitatrichtlijn") and after "EU-" ("de
# EU-Habitatrichtlijn"). Read at import: the patterns below are built from it.
_NAMED = parse_eu_act_table(
    resources.files("kamerparse").joinpath("data/eu_acts.tsv").read_text("utf-8")
)


# an abbreviation of the table ("CSRD", "NIS2", "DAC6"), which papers also write with its kind
# hyphened to it: "de CSRD-richtlijn", "de CBAM-verordening"
_ABBREVIATION_NAME_RE = re.compile(r"[A-Z][A-Z0-9]+(?: [0-9]+)?")


def _named_forms() -> dict[str, str | None]:
    forms = dict(_NAMED)
    for name, celex in _NAMED.items():
        if celex and _ABBREVIATION_NAME_RE.fullmatch(name):
            kind = {"L": "richtlijn", "R": "verordening"}.get(celex[5])
            if kind:
                forms.setdefault(f"{name}-{kind}", celex)
        # not a name whose first word has capitals inside ("MiFID II", "ReFuelEU …"): its
        # first letter is never written small
        if name[0].isupper() and re.split("[ -]", name, maxsplit=1)[0][1:].islower():
            forms.setdefault(name[0].lower() + name[1:], celex)
        # a title written in title case: "de EU-Richtlijn Audiovisuele mediadiensten"
        head, _, rest = name.partition(" ")
        if rest[:1].islower():
            forms.setdefault(f"{head} {rest[0].upper()}{rest[1:]}", celex)
            # and with each word of the rest capitalised, the kind written small or not: "de
            # herziening van de richtlijn Gewichten en Afmetingen" (small words stay small)
            words = rest.split(" ")
            if sum(len(w) > 3 for w in words) > 1:
                titled = " ".join(w[0].upper() + w[1:] if len(w) > 3 else w for w in words)
                forms.setdefault(f"{head} {titled}", celex)
                if head[0].isupper():
                    forms.setdefault(f"{head[0].lower()}{head[1:]} {titled}", celex)
    return forms


_NAMED_FORMS = _named_forms()
# A web page glues a footnote marker to the word it follows ("de Europese
# geneesmiddelenrichtlijn2 en …"): one or two digits after a name's small letters end it too,
# and after an abbreviation of four capitals ("de Verordening wijziging oprichtingsverordening
# EMSA1, de …"; not after three, as "RED3" is a name)
NAMED_ACT = (
    rf"(?:{_UNION_PREFIX})?(?:{_trie(sorted(_NAMED_FORMS))})"
    r"(?:(?![\w-])|(?:(?<=[a-z]{3})|(?<=[A-Z]{4}))(?=\d{1,2}(?![\w/-])))"
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
    if head in ("Verordening", "Richtlijn", "Kaderbesluit") and rest[:1].islower()
}
# and a proposal named by the table's name with "voorstel" glued to its kind
# ("het EU-richtlijnvoorstel toereikende minimumlonen in de EU")
# and a framework decision's formal title: "het kaderbesluit van de Raad van de Europese Unie
# betreffende het Europees aanhoudingsbevel"; a formal title gives the day the act was made after
# its makers ("Het kaderbesluit van de Raad van 13 juni 2002 betreffende het Europees
# aanhoudingsbevel", "Verordening van de Raad van 12 oktober 2017 betreffende nauwere
# samenwerking bij de instelling van het Europees Openbaar Ministerie")
_MADE_ON = (
    rf"(?:{_SP}van{_SP}\d{{1,2}}{_SP}(?:januari|februari|maart|april|mei|juni|juli|augustus"
    rf"|september|oktober|november|december){_SP}\d{{4}})?"
)
_PARTED_RE = lazy_compile(
    rf"(?<![\w-])(?:EU-)?(?:(?:[Vv]erordening|[Rr]ichtlijn)(?:s?voorstel|{_SP}"
    rf"(?:van{_SP}het{_SP}Europees{_SP}Parlement{_SP}en{_SP}de{_SP}Raad{_MADE_ON}"
    rf"|van{_SP}de{_SP}Raad{_MADE_ON}|en{_SP}(?:aanbeveling|mededeling)))"
    rf"|[Kk]aderbesluit{_SP}van{_SP}de{_SP}Raad(?:{_SP}van{_SP}de{_SP}Europese{_SP}Unie)?{_MADE_ON})"
    rf"{_SP}(?P<tail>{_trie(sorted(_PARTED_TAILS))})(?![\w-])"
)
_ABBREVIATION_PREFIX_RE = lazy_compile(_ABBREVIATION_PREFIX)
# "de Opvangrichtlijn (2024/1346)": a bare number in brackets right after a name
# and "de Habitatrichtlijn (92/43/EEG)", "De Handhavingsrichtlijn (RL 2014/67/EU)", with the
# kind written out, a ministry letter's space for the slash ("de detacheringsrichtlijn
# (richtlijn 96/71 EG)") or the English letters ("Richtlijn hernieuwbare energie (2009/28/EC)")
_NUMBER_AFTER_NAME_RE = lazy_compile(
    rf"{_SP}?\((?:RL{_SP}|[Rr]ichtlijn{_SP}|[Vv]erordening{_SP})?"
    rf"(?P<a>\d{{4}}|\d\d(?=/\d+[/ ]E))/(?P<b>\d{{1,4}})(?:[/ ](?:EU|EG|EEG|EC|EEC))?\)"
    # and without brackets where the number says it is the Union's: "de Europese richtlijn
    # Ecodesign 2009/125/EG", "De Europese richtlijn gegevensbescherming opsporing en vervolging
    # (EU) 2016/680"
    rf"|{_SP}(?:\((?:EU|EG)\){_SP})(?P<ya>\d{{4}})/(?P<yb>\d{{1,4}})(?![\w/])"
    rf"|{_SP}(?P<sa>\d{{4}}|\d\d)/(?P<sb>\d{{1,4}})/(?:EU|EG|EEG|EC|EEC)(?![\w/])"
)

# A table name that a Dutch act's title holds ("Implementatiewet richtlijn auteursrecht in de
# digitale eengemaakte markt", "Wet implementatie richtlijn …") names that act, not the EU act
_DUTCH_ACT_AHEAD_RE = lazy_compile(rf"(?:wet|[Ww]et{_SP}(?:implementatie|uitvoering)){_SP}\Z")


def _year(text: str) -> int | None:
    # no act is older than the Coal and Steel Community's of 1952: "verordening 1907/2006/EG"
    # is number 1907 of 2006
    if len(text) == 4 and (text[:2] == "20" or "1952" <= text <= "1999"):
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
    if (
        letter == "R"
        and (has_nr or (_year(b) and not _year(a)) or len(b) == 2)
        # "verordening nr. 2023/957": "nr." before a number of the year/number era
        and not (has_nr and len(a) == 4 and a >= "2015" and _year(a) and not _year(b))
    ):
        year, number = _year(b), a  # old regulation numbering: number/year
    elif _year(a) is None and len(b) == 4 and _year(b) is not None:
        # "Besluit nr. 1247/2002/EG", "Beschikking 280/2004/EG": number/year, as before 2015
        year, number = _year(b), a
    else:
        year, number = _year(a), b
    if year is None or not number.isdigit():
        return None
    if letter == "F" and suffix in ("GBVB", "CFSP"):
        letter = "E"  # a joint action of the old second pillar, not the third: "2008/124/GBVB"
    if letter == "R" and year < 2015 and not has_nr and _year(b) is None and suffix is None:
        return None  # "Verordening 2013/2014": neither order can be told
    return f"3{year}{letter}{int(number):04d}"


# The abbreviations of the table's names, each a capital and one more letter at least: "AVG",
# "CSRD", "MiCA", "NIS2", "DORA", "MDR" ("MD" also for "MDD", "AIMDD"), the capital requirements
# acts "CRD", "CRR", "Solvency II" aside. One trie-shaped pattern starts only at its capitals,
# where a chain of substring tests scanned the paragraph once for each (the gate's CPU time,
# interleaved A/B over the development letters: 22.1 to 16.9 ms a MB, the same answers).
ABBREVIATIONS = (
    *("AVG", "IVD", "AGVV", "CSDDD", "CSRD", "CBAM", "MiCA", "DAC8", "CCD", "CRD"),
    *("CRR", "KRW", "REACH", "RED", "DORA", "GDPR", "EUDR", "DSA", "NIS2", "NIS 2"),
    *("PSD2", "PSD I", "DMA", "MD", "MiFID", "MiFIR", "AIFMD", "SFDR", "EPBD", "BRRD"),
    *("DWU", "AMLR", "AMLD", "CLP", "CRMA", "EED", "EHDS", "EMFA", "ESPR", "ESR"),
    *("GPSR", "NZIA", "PPWR", "DAC6", "EUTR"),
)
ABBREVIATION_HINT_RE = lazy_compile(_trie(list(ABBREVIATIONS)))

# find_laws reads the same paragraph just before (find_references hands both the same str
# object) and looks for the act table's abbreviations, which start at capitals too: it searches
# for both in one scan and leaves its answer for the last text here. One tuple, replaced whole,
# so that a thread never sees half of another's.
_last_abbreviation: tuple[str | None, bool] = (None, False)


def note_abbreviation(text: str, found: bool) -> None:
    """Keep whether ``ABBREVIATION_HINT_RE`` matches somewhere in ``text``, as a scan of it
    by another extractor found."""
    global _last_abbreviation
    _last_abbreviation = (text, found)


def _has_abbreviation(text: str) -> bool:
    last, found = _last_abbreviation
    if last is text:
        return found
    return ABBREVIATION_HINT_RE.search(text) is not None


def _may_name_an_act(text: str) -> bool:
    # a substring of every name in _NAMED (a test checks it); spelled out, not any() over a
    # tuple, because this runs on every paragraph
    return (
        "ichtlijn" in text
        or "erordening" in text
        or " Act" in text
        # English names: "Renewable Energy Directive", "Anti-Money Laundering Regulation"
        or " Directive" in text
        or " Regulation" in text
        or "isumcode" in text  # the Visa Code, "de Visumcode", which no kind word names
        # the English names of the CSRD and the CSDDD, "(c|C)orporate Sustainability ..."
        or "orporate S" in text
        # "Solvency II", "Solvabiliteit II", with a small first letter too
        or "olvency II" in text
        or "olvabiliteit II" in text
        # a framework decision by name: "het kaderbesluit EAB", "het kaderbesluit terrorisme"
        or "aderbesluit" in text
        # the Union Customs Code, "het Douanewetboek van de Unie", which no kind word names
        or "ouanewetboek" in text
        # the Council's own resources decision, "het Eigen Middelen Besluit", "Eigen
        # Middelenbesluit", "Eigenmiddelenbesluit"
        or ("iddelen" in text and "esluit" in text)
        # the acts Dutch calls a code or a law: "de Schengengrenscode", "de Telecomcode", "het
        # Europees wetboek voor elektronische communicatie", "de Europese klimaatwet"
        or "renscode" in text
        or "elecomcode" in text
        or "ektronische c" in text
        or "ektronische C" in text
        or "limaatwet" in text
        # English names without "Act": "de Effort Sharing Regulation (ESR)"
        or "Regulation" in text
        # the mechanism the CBAM regulation sets up, by its English name; "de Europese
        # Toegankelijkheidsakte", the accessibility directive called an act
        or "djustment Mechanism" in text
        or "oegankelijkheidsakte" in text
        or _has_abbreviation(text)
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
        or "ptreden " in text
        or "tandpunt " in text  # "Gemeenschappelijk Standpunt 2008/944/GBVB"
        or "Rl" in text  # "Rl 2008/8", "Rl. 2006/112"
        # an English title numbers a directive or decision with "(EU)", "(EC)" or "/EC",
        # "/EU": looked for first, so Dutch paragraphs with a slash pay few scans; a regulation
        # of before 2015 often without ("amending Regulations 999/2001, 1829/2003, …")
        or "egulation" in text
        or (
            ("(E" in text or "/E" in text or "/CFSP" in text or "/JHA" in text)
            and (
                "egulation" in text
                or "irective" in text
                or "ecision" in text
                or "osition" in text
                or "oint Action" in text
                or "oint action" in text
                or "EGULATION" in text
                or "IRECTIVE" in text
                or "ECISION" in text
            )
        )
    )


# Kinds that Dutch decisions have too: an EU act only with "(EU)" or "/EG" in its number (and a
# joint action always prints its "/JBZ" or "/GBVB")
_NATIONAL_TOO = (
    "besluit",
    "beschikking",
    "decision",
    "optreden",
    "standpunt",
    "position",
    "action",
)


def _numbered(text: str, m: re.Match[str], kind: str) -> Reference | None:
    national_too = kind.lower().endswith(_NATIONAL_TOO) and not kind.lower().startswith(
        ("kader", "framework")
    )
    union = m["org"] or m.groupdict().get("borg") or m["suffix"]
    if union is None and national_too:
        return None  # "besluit 12/3" or "beschikking 12/3" without (EU) or /EU is no EU act
    start = m.start()
    if start and kind[0].islower() and text[start - 1].isalpha():
        head = start
        while head and text[head - 1].isalpha():
            head -= 1
        # a compound's kind ("aanbestedingsrichtlijnen") only before a number that says it is
        # the Union's: a "huisvestingsverordening 2015/3" is a municipality's; so does a
        # regulation's number of before 2015, number/two-digit year ("de huidige
        # Toepassingsverordening 574/72"), which no municipality's year/number takes, and the
        # Union hyphened before the compound ("EU-Drinkwaterrichtlijn 2020/2184")
        union_ahead = text.endswith(("EU-", "EG-", "EEG-"), 0, head)
        if (
            union is None
            and not union_ahead
            and not (
                kind.endswith("verordening") and len(m["b"] or "") == 2 and _year(m["a"]) is None
            )
        ):
            return None
        start = head
        if union_ahead:
            start -= 4 if text.endswith("EEG-", 0, head) else 3
    if m["ya"] is not None and m["org"] is None:
        return None  # two numbers apart only after "(EU)"
    a, b = (m["a"], m["b"]) if m["a"] is not None else (m["ya"], m["yb"])
    if m["org"] and len(b) == 4 and b >= "4000" and a.startswith("20") and a >= "2015":
        # a footnote marker glued to a number of three digits: "Richtlijn (EU) 2025/8721",
        # "Verordening (EU) 2017/7451"; no year has numbered its acts that far
        b = b[:3]
    # "nr." before the Union ("richtlijn nr. (EU) 2023/1791") says nothing of the order
    after = m[0][m.end("org") - m.start() :] if m["org"] else m[0]
    has_nr = "nr" in after.lower() or "nummer" in after or " No" in after or " NO" in after
    celex = _celex(kind, a, b, has_nr, m["suffix"])
    return _ref(text, start, m.end(), celex)


def _overlaps(refs: Iterable[Reference], start: int, end: int) -> bool:
    """Whether any of ``refs`` shares a character with the span from ``start`` to ``end``."""
    return any(r.where.start < end and start < r.where.end for r in refs)


def find_eu_legislation(text: str) -> list[Reference]:
    """Every regulation, directive or decision of the EU cited in ``text``."""
    refs = []
    if numbering := _may_number_an_act(text):
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
        if _DUTCH_ACT_AHEAD_RE.search(text, max(0, m.start() - 24), m.start()):
            continue
        name = m[0]
        if name not in _NAMED_FORMS:
            name = _ABBREVIATION_PREFIX_RE.sub("", name, count=1)
        if name not in _NAMED_FORMS:
            name = _UNION_PREFIX_RE.sub("", name, count=1)
        celex, end = _NAMED_FORMS[name], m.end()
        # the kind ends a compound name or opens a name of words: "Richtlijn Ecodesign"
        lower = name.lower()
        kind = next(
            (
                k
                for k in ("richtlijn", "verordening")
                if lower.endswith(k) or lower.startswith(k + " ")
            ),
            None,
        )
        if kind and (n := _NUMBER_AFTER_NAME_RE.match(text, end)):
            # the number printed beside the name says which act (a name outlives its act: the
            # recast "Opvangrichtlijn (2024/1346)" is not the 2013 one)
            a, b = next((n[x], n[y]) for x, y in (("a", "b"), ("ya", "yb"), ("sa", "sb")) if n[x])
            celex = _celex(kind, a, b, False, None) or celex
            end = n.end()
        refs.append(_ref(text, m.start(), end, celex))
    if named and (
        "Parlement en de Raad" in text
        or " en aanbeveling" in text
        or " en mededeling" in text
        or "ijnvoorstel" in text
        or "ngsvoorstel" in text
        or "aderbesluit van de Raad" in text
        or "erordening van de Raad" in text
        or "ichtlijn van de Raad" in text
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
    if numbering and "(" in text:
        refs += _bare_numbers(text, refs)
    if numbering and ": " in text:
        refs += _numbers_before_their_kind(text, refs)
    if refs or "uropese " in text or "EU" in text:
        refs += _unlisted_acts(text, refs)
    if named and (
        "uropese richtlijn " in text
        or "uropese verordening " in text
        or "EU-richtlijn " in text
        or "EU-verordening " in text
        or "Parlement en de Raad " in text
    ):
        refs += _described_acts(text, refs)
    if refs and "hierna" in text:
        refs += _defined_names(text, refs)
    refs.sort(key=lambda r: r.where.start)
    return refs


# A name a paper gives a numbered act for what follows: "richtlijn 2003/59/EG … (hierna: de
# richtlijn vakbekwaamheid bestuurders)", "Verordening (EU) nr. 2015/848 …, hierna aangeduid als
# de EU-insolventieverordening"; each use of the name from there on in the paragraph cites that
# act. Not the kind alone ("hierna: de richtlijn", "de EU-verordening"), which papers give any act.
_DEFINED_RE = lazy_compile(
    rf"hierna(?::|{_SP}(?:aangeduid|aangehaald|te{_SP}noemen)(?:{_SP}als)?:?){_SP}(?:de{_SP}|het{_SP})?"
    rf"(?P<name>[A-Za-zë-]*(?:richtlijn|verordening)(?:{_SP}[a-zë]+){{0,3}}?)"
    rf"(?=[),;.]|{_SP}(?:of|en|die|is|wordt)(?![\w-]))"
)
# an act in another's title is not the one named: "richtlijn 2014/56/EU … tot wijziging van
# Richtlijn 2006/43/EG …, hierna: de wijzigingsrichtlijn"
_SUBORDINATE_AHEAD_RE = lazy_compile(
    rf"(?:wijziging|intrekking|aanvulling){_SP}van{_SP}(?:de{_SP})?\Z"
)


def _defined_names(text: str, found: list[Reference]) -> list[Reference]:
    refs: list[Reference] = []
    for m in _DEFINED_RE.finditer(text):
        name = m["name"]
        if _UNION_PREFIX_RE.sub("", name, count=1).lower() in ("richtlijn", "verordening"):
            continue
        before = sorted(
            (r for r in found if r.id and r.where.end <= m.start()), key=lambda r: r.where.start
        )
        act = next(
            (
                r
                for r in reversed(before)
                if not _SUBORDINATE_AHEAD_RE.search(text, max(0, r.where.start - 30), r.where.start)
            ),
            None,
        )
        if act is None:
            continue
        for use in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text[m.start("name") :]):
            start, end = m.start("name") + use.start(), m.start("name") + use.end()
            # a compound read before without an id ("de EU-insolventieverordening") gets it
            found[:] = [r for r in found if r.id or (r.where.start, r.where.end) != (start, end)]
            if not _overlaps((*found, *refs), start, end):
                refs.append(_ref(text, start, end, act.id))
    return refs


# An act that the table does not name, called European by the words before it: "de Europese
# antiboycotverordening", "de EU-luchtkwaliteitsrichtlijn", and the regulations Dutch calls a
# "wet" ("de Europese klimaatwet"). Every such compound in 8,041 moties is an EU act; without
# the qualifier a "Huisvestingsverordening" is a municipality's, a "Klimaatwet" a Dutch act.
_UNLISTED_RE = lazy_compile(
    rf"(?:(?<![\w-])[Ee]uropese{_SP}|(?<![\w-])EU-?{_SP}?)"
    r"(?P<name>(?:[A-Za-zë]+-)?[A-Za-zë][a-zë]{2,}(?:richtlijn|verordening|wet))(?![\w-])"
)


# A compound act name in a paragraph that already cites an EU act by number or by the table's
# name: "de Landbouwvrijstellingsverordening (LVV)" beside "de Algemene
# Groepsvrijstellingsverordening (AGVV)", "de governanceverordening (Verordening (EU)
# 2018/1999)". A municipality's "leegstandsverordening" or the OM's "strafvorderingsrichtlijn"
# stands in paragraphs that cite no EU act; a hyphened capital head ("CROW-richtlijn",
# "NHG-richtlijn") is a Dutch body's guideline. A head that says what the act does to another
# ("de wijzigingsrichtlijn", "de uitvoeringsverordening") names no act, as "de richtlijn" does not.
_COMPOUND_RE = lazy_compile(
    r"(?<![\w-])(?P<name>(?:[a-z]+-)?(?![Ww]ijzigings|[Uu]itvoerings|[Kk]ader|[Bb]asis|[Hh]erschikkings)"
    r"[A-Za-zë][a-zë]{3,}(?:richtlijn|verordening))(?![\w-])"
)

# The words a Dutch act's title puts before the act it implements, a few words ahead
_TITLE_AHEAD_RE = lazy_compile(
    rf"(?:wet|[Ii]mplementatie|[Uu]itvoering)(?:{_SP}[a-zë]+){{0,2}}{_SP}\Z"
)


def _unlisted_acts(text: str, found: list[Reference]) -> list[Reference]:
    """Acts not in the table, named as European or named beside an EU act: an EU act without
    CELEX id."""
    if "richtlijn" not in text and "verordening" not in text and "wet" not in text:
        return []
    refs: list[Reference] = []
    for m in _UNLISTED_RE.finditer(text):
        if _cited_beside(text, m, found):
            continue  # "de Europese Toegankelijkheidsrichtlijn (Richtlijn 2019/882)"
        start = m.start() if text[m.start() : m.start() + 2] == "EU" else m.start("name")
        _add_unlisted(text, m, start, [*found, *refs], refs)
    if found:
        for m in _compounds(text):
            if _TITLE_AHEAD_RE.search(text, max(0, m.start() - 48), m.start()):
                continue  # a Dutch act's title: "Implementatiewet herziene detacheringsrichtlijn"
            if _cited_beside(text, m, found):
                continue  # its number or abbreviation beside it is the citation: "(CCD2)"
            _add_unlisted(text, m, m.start(), [*found, *refs], refs)
    return refs


def _cited_beside(text: str, m: re.Match[str], found: list[Reference]) -> bool:
    """Whether a reference found starts right after the name, only a space or bracket between."""
    return any(
        r.where.start >= m.end() and not text[m.end() : r.where.start].strip(" (\u00a0")
        for r in found
    )


def _compounds(text: str) -> Iterator[re.Match[str]]:
    # from each tail back to its word's start: str.find is far cheaper than a regex led by a
    # class over every paragraph that cites an act
    for tail in ("richtlijn", "verordening"):
        end = text.find(tail)
        while end > 0:
            start = end
            while start and (text[start - 1].isalpha() or text[start - 1] == "-"):
                start -= 1
            if start < end and (m := _COMPOUND_RE.match(text, start)):
                yield m
            end = text.find(tail, end + len(tail))


def _add_unlisted(
    text: str, m: re.Match[str], start: int, found: list[Reference], refs: list[Reference]
) -> None:
    if _overlaps(found, start, m.end()):
        return  # the table's name, read above
    celex = _NAMED_FORMS.get(m["name"]) or _NAMED_FORMS.get(m["name"].capitalize())
    refs.append(_ref(text, start, m.end(), celex))


# A number in brackets that only an EU act bears, its kind left to the words before it: "het
# kaderbesluit van de Raad … betreffende het Europees aanhoudingsbevel … van 13 juni 2002
# (2002/584/JBZ)", "De gewijzigde richtlijn (2013/36/EU die …)". A Dutch number never ends in
# the Union's letters, so the act is European even where no kind word says which kind it is.
_BARE_NUMBER_RE = lazy_compile(
    r"\((?P<a>\d\d|(?:19|20)\d\d)/(?P<b>\d{1,4})"
    r"/(?P<suffix>EU|EG|EEG|EC|EEC|Euratom|JBZ|JHA|GBVB|CFSP)(?![\w/])"
)
# the last kind word of the sentence before such a number says its kind
_KIND_WORD_RE = lazy_compile(
    rf"(?i:kaderbesluit|framework{_SP}decision|gemeenschappelijk{_SP}(?:standpunt|optreden)"
    rf"|common{_SP}position|joint{_SP}action|richtlijn|directive|verordening|regulation"
    r"|beschikking|besluit|decision)"
)
_SENTENCE_END_RE = lazy_compile(r"[.;!?]\s+(?=[A-Z])")


def _bare_numbers(text: str, found: list[Reference]) -> list[Reference]:
    refs = []
    for m in _BARE_NUMBER_RE.finditer(text):
        start = m.start() + 1
        if _overlaps(found, start, m.end()):
            continue  # a number read above: "de Habitatrichtlijn (92/43/EEG)"
        if any(
            r.where.end <= m.start() and not text[r.where.end : m.start()].strip(" \u00a0")
            for r in found
        ):
            continue  # an abbreviation's number beside it: "de MDD (93/42/EEC)" is one citation
        head = text[max(0, start - 400) : start]
        for end in _SENTENCE_END_RE.finditer(head):
            head = head[end.end() :]
        kinds = _KIND_WORD_RE.findall(head)
        celex = _celex(kinds[-1], m["a"], m["b"], False, m["suffix"]) if kinds else None
        refs.append(_ref(text, start, m.end(), celex))
    return refs


# EUR-Lex titles a decision, a framework decision or an old act by its number and a colon before
# its kind: "2002/584/JBZ: Kaderbesluit van de Raad van 13 juni 2002 betreffende het Europees
# aanhoudingsbevel …", "2005/880/EG: Beschikking van de Commissie van 8 december 2005 …"
_NUMBER_BEFORE_KIND_RE = lazy_compile(
    r"(?<![\w/])(?P<a>\d\d|(?:19|20)\d\d)/(?P<b>\d{1,4})"
    rf"/(?P<suffix>EU|EG|EEG|Euratom|JBZ|GBVB):{_SP}"
    rf"(?P<kind>Kaderbesluit|Richtlijn|Verordening|Besluit|Beschikking"
    rf"|Gemeenschappelijk{_SP}(?:optreden|standpunt))(?![\w-])"
)


def _numbers_before_their_kind(text: str, found: list[Reference]) -> list[Reference]:
    refs = []
    for m in _NUMBER_BEFORE_KIND_RE.finditer(text):
        if _overlaps(found, m.start(), m.end("suffix")):
            continue
        celex = _celex(m["kind"], m["a"], m["b"], False, m["suffix"])
        end = m.end("suffix")
        # the title after the colon, read as a name, is the same citation
        title = next((r for r in found if r.where.start == m.start("kind")), None)
        if title is not None:
            found.remove(title)
            celex, end = celex or title.id, title.where.end
        refs.append(_ref(text, m.start(), end, celex))
    return refs


# An act named by what it is about, called European or the Parliament's and Council's: "de
# Europese richtlijn inzake handel in emissierechten", "de EU-verordening voor dual-use",
# "Voorstel voor een verordening van het Europees Parlement en de Raad betreffende natuurherstel".
# Every such phrase in benchmarks/eu_net.py's corpus is an EU act or a proposal for one (20: 7 in
# the 8,041 moties, 13 in the citation samples, none in the letters, Aanhangsel, Handelingen and
# ministry documents); a description has the table's id only when its words are a table name.
_CLAUSE_WORDS = (
    "is|zijn|was|waren|wordt|worden|werd|moet|moeten|kan|kunnen|zal|zullen|heeft|hebben|had|doet"
    "|doen|gaat|niet|niks|geen|die|dat|wat|waarin|waarmee|hiertoe|daartoe|reeds|nog|ook|al|zelfs"
    "|om|te|nu|dan"
)
_PARLIAMENT_AND_COUNCIL = rf"{_SP}van{_SP}het{_SP}Europees{_SP}Parlement{_SP}en{_SP}de{_SP}Raad"
_DESCRIBED_RE = lazy_compile(
    rf"(?:(?:(?<![\w-])[Ee]uropese{_SP}|(?<![\w-])EU-)(?:richtlijn|verordening)"
    rf"(?:{_PARLIAMENT_AND_COUNCIL})?|(?<![\w-])(?:[Rr]ichtlijn|[Vv]erordening){_PARLIAMENT_AND_COUNCIL})"
    rf"{_SP}(?P<prep>inzake|betreffende|over|ter|tot|voor|met{_SP}betrekking{_SP}tot)"
    # the description ends before the verb or adverb of its clause: "de Europese richtlijn voor
    # kredietregelingen moet worden gereguleerd", "… over luchtkwaliteit is herzien"
    rf"(?:{_SP}(?!(?:{_CLAUSE_WORDS})(?![\w-]))[a-zë][a-zë-]*){{1,8}}"
)
_LINKING_WORDS = frozenset(("en", "of", "de", "het", "een", "van", "in", "op", "aan", "met", "tot"))
# what may stand between a description and the number or name that says which act it is: the
# rest of a long description and a bracket or quote
_BESIDE_RE = lazy_compile(r"(?:[ \u00a0][a-zë][a-zë-]*)*[ \u00a0(«\"'‘“]*")


def _described_acts(text: str, found: list[Reference]) -> list[Reference]:
    refs = []
    for m in _DESCRIBED_RE.finditer(text):
        if _overlaps(found, m.start(), m.end()):
            continue
        beside = _BESIDE_RE.match(text, m.end()).end()  # type: ignore[union-attr]
        if any(r.where.start == beside for r in found):
            continue  # "… huiselijk geweld (EU-richtlijn 2024/1385)": the number is the citation
        end = m.end()
        while (word := text[:end].rsplit(maxsplit=1)[-1]) in _LINKING_WORDS:
            end -= len(word) + 1  # "… over honden en katten" ends at a noun, not at "en"
        refs.append(_ref(text, m.start(), end, _described_id(text, m, end)))
    return refs


def _described_id(text: str, m: re.Match[str], end: int) -> str | None:
    """The table's id for a description that is a table name with the preposition or as a
    compound: "de Europese verordening over diergezondheid" is the Diergezondheidsverordening,
    "de Europese richtlijn over luchtkwaliteit" the Richtlijn luchtkwaliteit (ambiguous: none)."""
    kind = "richtlijn" if "ichtlijn" in m[0][: m.start("prep") - m.start()] else "verordening"
    prep, tail = m["prep"].replace("\u00a0", " "), text[m.end("prep") + 1 : end]
    names = [f"{kind} {prep} {tail}", f"{kind} {tail}"]
    if tail.isalpha():
        names += [f"{tail}{kind}", f"{tail}s{kind}"]
    return next((_NAMED_FORMS[n] for n in names if n in _NAMED_FORMS), None)


def _numbered_beside(text: str, named: Reference, refs: list[Reference]) -> bool:
    """Whether the act a name cites is also cited by number right beside it: "de
    Nitraatrichtlijn (Richtlijn 91/676/EEG)" is one citation, the numbered one."""
    for ref in refs:
        if ref is named:
            continue
        if ref.where.start <= named.where.start and named.where.end <= ref.where.end:
            return True  # the name is the number's own compound: "EU-Drinkwaterrichtlijn 2020/2184"
        if ref.id != named.id:
            continue
        a, b = sorted((named.where, ref.where), key=lambda w: w.start)
        # an abbreviation may stand in the bracket before the number: "de Mandatory
        # Disclosure-Richtlijn (MDD, Richtlijn (EU) 2018/822)"
        if _ABBREVIATION_BETWEEN_RE.fullmatch(text[a.end : b.start]):
            return True
    return False


_ABBREVIATION_BETWEEN_RE = lazy_compile(r"[\s,()]*(?:[A-Z][A-Za-z0-9]{1,7},[\s(]*)?")


def _ref(text: str, start: int, end: int, celex: str | None) -> Reference:
    return Reference(
        type="eu-legislation",
        text=text[start:end],
        id=celex,
        url=EURLEX_URL.format(celex) if celex else None,
        where=Where(start=start, end=end),
    )
