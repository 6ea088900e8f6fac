"""The hand-read citation samples (tests/data/citations/) as a regression guard.

``benchmarks/citation_recall.py`` scores the extractors on them; here the figures it prints must
stay at or above the floors below (what the extractors reach now), per family.
``sample.jsonl`` is the sample the extractors were developed on; ``blind.jsonl`` was read by hand
from other documents and scored once before any change was made for it (the closing figures of
that first run: date 0.975, law 0.972 (value 0.818), EU acts 0.667, the rest 1.0).
``blind2.jsonl`` was read the same way from yet other moties and public letters, weighted to EU
acts, law articles, moties by name and periods; its first run: EU acts recall 0.727 (value
0.969), law value 0.859 and precision 0.948, moties 0.968, dates and periods 0.986, the rest 1.0.
``blind3.jsonl`` the same from a 2014 Handelingen, moties and letters, papers and decrees of
1999-2025; its first run: moties 0.750, EU acts 0.731, law 0.872 (value 0.920, article 0.941,
precision 0.890), Kamerstukken 0.929, dates and periods 0.955 (value 0.976), the rest 1.0.
``blind4.jsonl`` the same from other moties (2023-2025), Handelingen of 1999-2019 and letters
of 2004-2017, weighted to moties by name, EU acts, acts and periods; its first run: EU acts
0.650 (precision 0.933), law 0.963, dates and periods 1.0 (value 0.976), the rest 1.0.
``blind5.jsonl`` the same from ministry letters and EU Council agendas of 1999-2025, BNC-fiches,
Staatscourant regelingen, a Staatsblad decree and Handelingen, weighted to EU acts by number and
name, acts with articles, decrees and regulations, and year-less dates and ranges; its first run
(on the snippets as the web pages break their lines): EU acts 0.826, law 0.880 (value 0.841,
article 0.950, precision 0.929), dates and periods 0.971 (value 0.931, precision 0.929),
Kamerstukken 0.947, moties 0.900 (value 0.875), Handelingen 0.500, dossiers precision 0.800,
the rest 1.0; with the lines joined, as the pipeline gives paragraphs: EU acts 0.826, law 0.880
(value 0.886), dates and periods 0.981 (value 0.942), the rest 1.0.
``blind6.jsonl`` the same from ministry letters of 2017-2026 (VWS, OCW, SZW, Defensie, BHO,
VRO, Financiën), Eerste Kamer papers, Raad van State advices, verslagen of schriftelijk
overleg and Handelingen; its first run: EU acts 0.333, moties 0.692, law 0.964 (value 0.943,
precision 0.970), dates and periods 0.967 (value 0.989, precision 0.809, most of it the days
of two-day ranges, which the reading had left out against the earlier files' convention),
the rest 1.0.
``blind7.jsonl`` the same from EU Council agendas and reports (WSBVC, Telecomraad, Raad
Algemene Zaken), BNC-fiches, EUR-Lex texts, Eerste Kamer papers, Raad van State advices and
Handelingen votes, weighted to EU acts and moties by name; its first run (as first read, with
three sources an earlier sample had used): EU acts 0.333, moties 0.900 (value 0.833), law 1.0
(value 0.889, precision 0.875), Kamerstukken 0.947 (precision 0.973), the rest 1.0; on the
sample as it stands (those sources' rows replaced by 17 fresh ones), the code before its fixes:
EU acts 0.308, moties 0.933 (value 0.857), Kamerstukken 0.941, law value 0.875, the rest 1.0.
``blind8.jsonl`` the same from Kamerbrieven of 2018-2025, verslagen of schriftelijk overleg and
commissiedebat, nota's, wetsvoorstellen and Handelingen of 2014-2024 that no earlier file used;
its first run: moties 0.889, Kamerstukken 0.969, dates and periods precision 0.974, law
precision 0.889, the rest 1.0 (the two precision figures from text that occurs twice in one
snippet, which the reading then told apart).
``blind9.jsonl`` the same, weighted to EU acts (45) and moties and amendementen by name (35):
Council agendas and reports (Landbouw- en Visserijraad, Milieuraad, JBZ-Raad, Ecofin,
Gezondheidsraad), BNC-fiches, implementation bills and decrees with Raad van State advice,
Handelingen votes of both chambers; its first run: EU acts 0.667, moties value 0.926,
Kamerstukken 0.972, dates and periods 0.956 (value 0.977, precision 0.968), law precision 0.852
(0.963 with the reading corrected: every article of a list an optional mention).
``blind10.jsonl`` the same from letters of LNV, IenW, EZK/KGG, JenV, BZK, AZ and BuZa, verslagen,
Aanhangsel answers, Handelingen of 1996-2025, Staatsblad and Staatscourant texts and Raad van
State advices, weighted to acts by name and article; its first run: moties 0.812, EU acts 0.846
(precision 0.923), law 0.984 (value 0.968, precision 0.944), dates and periods 0.962 (value
0.941, precision 0.945), Kamerstukken 0.957, the rest 1.0; with the reading corrected where it
broke the earlier files' conventions (an abbreviation in brackets after its act, "(hierna: Vw
2000)" included, and the months or days inside a range are optional mentions of their own):
law precision 0.972, dates and periods precision 1.0, EU acts precision 1.0, the rest as before.
``blind11.jsonl`` the same from Kamerbrieven, verslagen of commissiedebatten and of schriftelijk
overleg, memories van toelichting and nota's, Eerste Kamer papers, Raad van State advices and
Handelingen of 1995-2025, weighted to Kamerstukken (82) and moties and amendementen by name
(40); its first run: Kamerstukken 0.976 (value 0.988), moties 0.875, law 0.962 (value 0.800),
dates and periods 0.983 (precision 0.985), the rest 1.0; with "het afgelopen jaar" read as a
period, as the earlier files read it, dates and periods precision 1.0.
``blind12.jsonl`` the same from moties reporting on other moties, Handelingen of both chambers'
votes of 2002-2025 (moties by name, changed and kept back), Kamerbrieven, nota's, an Eerste
Kamer verslag, a Raad van State advice, an Aanhangsel answer, a Staatsblad decree and a
memorie van toelichting that no earlier file used, weighted to moties and amendementen by name
(47) and Kamerstukken (45); its first run: moties 0.957 (value 0.967), law value 0.684, dates and
periods 0.974 (value 0.973, precision 0.881), the rest 1.0; with the reading corrected (the days
of a range optional, as the earlier files read them): dates and periods precision 1.0.
``blind13.jsonl`` the same from Raad van State advices and nader rapporten, Eerste Kamer papers,
Staatsblad acts, Handelingen of 1996-2023 and letters that no earlier file used, weighted to
Kamerstukken (84, 74 of them one list of compact ids), law (53) and dates and periods (43); its
first run: law 0.981 (value 0.865, article 0.917, precision 0.985), dates and periods 0.930, the
rest 1.0.
``blind14.jsonl`` the same from moties of 2024-2025 that no earlier file used (moties and
amendementen by name, with and without papers; EU acts by name and number in their text and in
their dossiers' titles), EU Council letters and a verslag of schriftelijk overleg, a BNC-fiche,
a Handelingen vote of 1999 and a Staatsblad act, weighted to EU acts (38), Kamerstukken (32) and
moties by name (33); its first run: EU acts 0.947, law value 0.923 (precision 0.909), dates
precision 0.818, the rest 1.0; with the reading corrected (the days of a range and a bare article
of an EU act optional, a second "Europawet" named apart, as the earlier files read them): dates
and law precision 1.0, the rest as first run.
``blind15.jsonl`` the same from moties of 2024-2025 that no earlier file used (their dates,
periods, articles and moties by name), a Handelingen chair's list of moties kept back of 2014 and
one of 2014-2015, a letter of Justitie of 2017 and of the Minister-President of 2024, verslagen
of schriftelijk overleg of 2023 and 2025, a verzamelbrief of 2025 and a table of moties of a
2010 budget, weighted to dates and periods (64), law (43) and moties by name (19); its first
run: dates and periods 0.953, law 0.976 (value 0.950, article 0.931, precision 0.955), moties
0.842, the rest 1.0; with the reading corrected (an act and its article after a comma two
mentions, as the earlier files read them): law 0.977 (value 0.905), article and precision 1.0.
``blind22.jsonl`` the same from Handelingen of both chambers of 1995-2021 that no earlier file
used (votes on moties and amendementen by name, lists of moties, moties kept back, the chair's
"Zij krijgt nr."), Eerste Kamer papers and motie pages and a verslag of an algemeen overleg,
weighted to moties and amendementen by name (53) and Kamerstukken (51); its first run: moties
0.981 (value 0.973), Kamerstukken 0.980, law 0.875 (value 0.714), dossiers precision 0.778, the
rest 1.0; with the reading corrected (an act the table lacks named as printed): law value 0.857.
``blind24.jsonl`` the same from sources of 2000-2025 no earlier file used: verslagen of
commissiedebatten and wetgevingsoverleggen of Defensie of 2022-2024 (their lists of letters with
their Kamerstukken and dates), a Financiën letter of 2021, Eerste Kamer verslagen of schriftelijk
overleg and committee notes of 2021-2025 (papers of two dossiers), a Rekenkamer letter of 2023, a
BZK letter of 2019, a verslag of 2010 and a Handelingen vote of 2000; its first run: Kamerstukken
1.0 (value 0.972, precision 0.973), moties 0.889, law 0.750, dates and periods, dossiers and
URLs 1.0; with the reading corrected (an official address with a kst id also a Kamerstuk, as the
earlier files read it): Kamerstukken value 0.973, precision 1.0. Eighteen snippets of Eerste
Kamer vote reports of 2012 and 2020 (moties by name, "de motie van senator Kox (SP)") added after
the first fixes, first run on the code with them: moties 0.600, law value 0.0 (one mention), dates
and periods 1.0. Twenty snippets of letters and verslagen of 1998-2022 added after those, first run
on the code with the fixes for both: dates and periods, Kamerstukken, dossiers, moties 1.0, law 0.500
(one of two), EU acts 0.0 (one mention).
``blind25.jsonl`` the same weighted to EU acts (81 mentions as first read) from implementing
papers and pages of 2010-2026 no earlier file used (banking, tax, state aid, procurement, consumer
credit, tobacco, medical devices, animal health, fisheries, copyright, media); its first run: EU
acts 0.741 (CELEX 1.0, article 0.0, precision 0.986), dates and periods 0.962, law 1.0 (value
0.939, precision 0.698), gazettes and COM documents 1.0; with the reading corrected where it broke
the earlier files' conventions (each article of a list and a bare article of an EU act optional
law mentions; a name beside its number, "de tabaksproductenrichtlijn (Richtlijn 2014/40/EU)", one
citation, the numbered one; an article in brackets after its act a mention of its own, as "de
Flora- en faunawet (artikel 2, lid 1)" is) and a span the reading took from inside a longer word:
law precision 1.0, EU acts 0.756 (precision 1.0), the rest as first run.
``blind26.jsonl`` the same from sources of 1995-2024 no earlier file used, weighted to moties and
amendementen by name (69): Eerste Kamer Handelingen, vote reports and news of 2013-2024 ("de
motie 33118, 34986, letters EY, de motie van het lid Kluit c.s.", "de motie van senator Van
Rooijen (50Plus)"), Tweede Kamer Handelingen of 1995-2022 (vote lists, changed moties,
amendementen with "stuk nr."), a memorie van toelichting of 1998, verslagen of schriftelijk
overleg and news; its first run: moties 0.986 (value 0.941), Kamerstukken 0.952, law 1.0 (value
0.900, precision 0.923), gazettes 0.0 (one mention), dossiers precision 0.800, dates and periods
and URLs 1.0; with the reading corrected (a benefit "de AOW" an optional act, as the earlier
files read it): law precision 1.0.
``blind27.jsonl`` the same from sources of 2004-2023 no earlier file used, weighted to law (73
mentions: decrees of the Staatsblad with their "Gelet op" lists of articles of acts and amending
acts, Raad van State advices, memories van toelichting, nota's and verslagen of social security,
care, education, spatial planning, justice and local government) and moties by name (25, vote
lists of both chambers); its first run: law 0.973 (value 0.781, article 0.714, precision 0.830),
moties 1.0 (value 0.955), dates and periods, Kamerstukken, dossiers, gazettes, EU acts 1.0; with
the reading corrected (an abbreviation in brackets after its act's title optional, as the earlier
files read it; a short title repeated in its own brackets optional too): law 0.986 (value 0.778,
article 0.714, precision 0.840).
``blind28.jsonl`` the same from sources of 2003-2026 no earlier file used, weighted to EU acts (79
mentions: implementation bills of the emissions trading, REACH, European arrest warrant, VAT and
criminal law directives and framework decisions, BNC-fiches of batteries, food safety, platform
work, nature restoration and digital acts with English titles, Telecomraad verslagen, a
Staatsblad decree) and law (41, with the "gelet op" articles of municipal waste-levy
verordeningen); its first run: EU acts 0.646 (CELEX 0.922, precision 0.982), law 1.0 (value 0.976,
precision 0.915), dates and periods 0.980 (precision 0.875), Kamerstukken, dossiers, ECLI and Commission
documents 1.0; with the reading corrected (each day of a two-day range an optional date, as the
earlier files read it): dates and periods precision 1.0.
``blind29.jsonl`` the same from sources of 2004-2024 no earlier file used, of culture, heritage,
sport and the Koninkrijk, weighted to moties by name (51) and Kamerstukken (70): vote lists of
the Tweede Kamer of 2008-2022 on the culture and sport budgets, a culture lobby's list of 2022
whose rows open with their papers ("36 200 VIII, nr. 18 – de motie-Van Strien over …"),
wetgevingsoverleggen and their lists of letters, letters on moties and toezeggingen, an Eerste
Kamer interpellation of 2020; its first run: moties 0.980 (value 0.675), Kamerstukken 0.971,
dossiers 0.857, dates and periods 1.0 (precision 0.965), Handelingen and law 1.0; with the
reading corrected (the days of "van 13 november tot 4 december" optional dates, as the earlier
files read a range's days): dates and periods precision 1.0.
``blind30.jsonl`` the same, unweighted as ``blind19.jsonl`` and ``blind21.jsonl``: every
paragraph with a citation, date or period of 29 documents of 1998-2025 no earlier file used, of
ten ministries (letters of EZK, OCW, LNV and VWS, verslagen of commissiedebatten, algemeen
overleggen and wetgevingsoverleggen of IenW, JenV, Defensie, LNV, SZW and Financiën, verslagen of
schriftelijk overleg, an Aanhangsel answer, Handelingen of both chambers, an Eerste Kamer
voorlopig verslag); its first run: law value 0.938 ("de Wet betaalbare huur controversieel zal
verklaren", read one word too long), every other family 1.0.
``blind31.jsonl`` the same from sources of 1976-2025 no earlier file used, weighted to moties
and amendementen by name (82 of 181 mentions): vote lists of the Tweede Kamer of 1996-2012
(housing, pensions, foreign affairs, development aid, the Koninkrijk, BZK) read as the one
sentence each is, amendement votes of 1976-1999 (education, the Constitution), Eerste Kamer
votes of 2011-2025 with the chair's forms ("de motie 35925-XIV, letter G, van het lid Koffeman
c.s.", "de motie met letters AO van Crone c.s."), news and party pages ("de motie van VVD'er
Bente Becker", "Motie Stoffer/Bruins Slot over …"); nine snippets cite nothing; its first run:
moties 0.841 (precision 0.896), dates and periods precision 0.962, the rest 1.0; with the
reading corrected (a text that occurs twice in one snippet named apart, as the earlier files
do): moties 0.939, the rest 1.0.
``blind32.jsonl`` the same from sources of 1997-2024 no earlier file used, weighted to EU acts
(98) and law (44), of policy fields no earlier file weighted (the CAP, social security
coordination, professional qualifications, plant health, aviation, postal and telecom markets,
product safety, port reception facilities, working time, road transport, water and nature,
statistics, customs); its first run: EU acts 0.898 (CELEX 0.989), law 0.909 (value 0.900,
article 0.933, precision 0.797), dates and periods 0.980 (value 0.990), the rest 1.0; with the
reading corrected (each article of a list after the first and a bare article optional, as the
earlier files read them): law precision 0.949, the rest as first run.
``blind33.jsonl`` the same from sources of 1814-2026 no earlier file used, weighted to
Kamerstukken in notes and the legal and academic styles (a second reading's memorie quoting its
first reading's papers, the Leidraad's footnote forms, titles of a pension act's papers, an
Eerste Kamer voorlopig verslag and its heading, a journal's and a court's openings); its first
run: Kamerstukken 0.909, gazettes 0.667, dossiers 0.667 (precision 0.667), moties 0.0 (one
amendement), law precision 0.833, the rest 1.0; with the reading corrected (each article of a
list after the first and a bare article optional): law precision 1.0, the rest as first run.
Seventeen snippets more (a second part, read after the fixes of the first and scored once on
that code: Aanhangsel answers' footnotes of 2023-2024, "5Bijlage bij Kamerstuk 29 383, nr. 384.",
source notes "(bijlage bij Kamerstuk 26643-1537)", "Kamerstuk 26643 nr. 1542"): every family 1.0
but Handelingen and Aanhangsel 0.875, for a vergaderjaar that lost a digit in the source.
``blind34.jsonl`` the same from sources of 2006-2025 no earlier file used, weighted to EU acts
(73) and law (38), of policy fields no earlier file weighted (gas supply, audit, insolvency,
asylum and return, sanctions, driving licences, air and drinking water, packaging,
cybersecurity, medical devices, tobacco and alcohol, competition, defence procurement, animal
transport); its first run: EU acts 0.959 (CELEX 0.971), law 0.974 (value 0.892, article 0.923),
the rest 1.0.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from kamerparse.extract.references import find_references

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "tests" / "data" / "citations" / "sample.jsonl"
BLIND = ROOT / "tests" / "data" / "citations" / "blind.jsonl"
BLIND2 = ROOT / "tests" / "data" / "citations" / "blind2.jsonl"
BLIND3 = ROOT / "tests" / "data" / "citations" / "blind3.jsonl"
BLIND4 = ROOT / "tests" / "data" / "citations" / "blind4.jsonl"
BLIND5 = ROOT / "tests" / "data" / "citations" / "blind5.jsonl"
BLIND6 = ROOT / "tests" / "data" / "citations" / "blind6.jsonl"
BLIND7 = ROOT / "tests" / "data" / "citations" / "blind7.jsonl"
BLIND8 = ROOT / "tests" / "data" / "citations" / "blind8.jsonl"
BLIND9 = ROOT / "tests" / "data" / "citations" / "blind9.jsonl"
BLIND10 = ROOT / "tests" / "data" / "citations" / "blind10.jsonl"
BLIND11 = ROOT / "tests" / "data" / "citations" / "blind11.jsonl"
BLIND12 = ROOT / "tests" / "data" / "citations" / "blind12.jsonl"
BLIND13 = ROOT / "tests" / "data" / "citations" / "blind13.jsonl"
BLIND14 = ROOT / "tests" / "data" / "citations" / "blind14.jsonl"
BLIND15 = ROOT / "tests" / "data" / "citations" / "blind15.jsonl"
BLIND16 = ROOT / "tests" / "data" / "citations" / "blind16.jsonl"
BLIND17 = ROOT / "tests" / "data" / "citations" / "blind17.jsonl"
BLIND18 = ROOT / "tests" / "data" / "citations" / "blind18.jsonl"
BLIND19 = ROOT / "tests" / "data" / "citations" / "blind19.jsonl"
BLIND20 = ROOT / "tests" / "data" / "citations" / "blind20.jsonl"
BLIND21 = ROOT / "tests" / "data" / "citations" / "blind21.jsonl"
BLIND22 = ROOT / "tests" / "data" / "citations" / "blind22.jsonl"
BLIND23 = ROOT / "tests" / "data" / "citations" / "blind23.jsonl"
BLIND24 = ROOT / "tests" / "data" / "citations" / "blind24.jsonl"
BLIND25 = ROOT / "tests" / "data" / "citations" / "blind25.jsonl"
BLIND26 = ROOT / "tests" / "data" / "citations" / "blind26.jsonl"
BLIND27 = ROOT / "tests" / "data" / "citations" / "blind27.jsonl"
BLIND28 = ROOT / "tests" / "data" / "citations" / "blind28.jsonl"
BLIND29 = ROOT / "tests" / "data" / "citations" / "blind29.jsonl"
BLIND30 = ROOT / "tests" / "data" / "citations" / "blind30.jsonl"
BLIND31 = ROOT / "tests" / "data" / "citations" / "blind31.jsonl"
BLIND32 = ROOT / "tests" / "data" / "citations" / "blind32.jsonl"
BLIND33 = ROOT / "tests" / "data" / "citations" / "blind33.jsonl"
BLIND34 = ROOT / "tests" / "data" / "citations" / "blind34.jsonl"
BLIND35 = ROOT / "tests" / "data" / "citations" / "blind35.jsonl"
BLIND37 = ROOT / "tests" / "data" / "citations" / "blind37.jsonl"
BLIND38 = ROOT / "tests" / "data" / "citations" / "blind38.jsonl"
BLIND36 = ROOT / "tests" / "data" / "citations" / "blind36.jsonl"
BLIND39 = ROOT / "tests" / "data" / "citations" / "blind39.jsonl"
BLIND40 = ROOT / "tests" / "data" / "citations" / "blind40.jsonl"


def _benchmark():
    spec = importlib.util.spec_from_file_location(
        "citation_recall", ROOT / "benchmarks" / "citation_recall.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


# family: (recall, value, article, precision)
FLOORS = {
    "kamerstuk": (1.0, 1.0, 1.0, 1.0),
    "dossier": (1.0, 1.0, 1.0, 1.0),
    "handelingen": (1.0, 1.0, 1.0, 1.0),
    "motie": (0.985, 1.0, 1.0, 1.0),
    "law": (1.0, 1.0, 1.0, 1.0),
    "eu-legislation": (1.0, 1.0, 1.0, 1.0),
    "eu": (1.0, 1.0, 1.0, 1.0),
    "url": (1.0, 1.0, 1.0, 1.0),
    "tk-number": (1.0, 1.0, 1.0, 1.0),
    "ecli": (1.0, 1.0, 1.0, 1.0),
    "date": (1.0, 1.0, 1.0, 1.0),
}


@pytest.fixture(scope="module")
def tallies():
    bench = _benchmark()
    return bench.score(bench.load(SAMPLE))


# family: (recall, value, article, precision) on the blind sample, as it stands now
BLIND_FLOORS = {
    "date": (1.0, 1.0, 1.0, 1.0),
    "law": (1.0, 0.94, 1.0, 1.0),
    "kamerstuk": (1.0, 1.0, 1.0, 1.0),
    "motie": (1.0, 1.0, 1.0, 1.0),
    "eu-legislation": (1.0, 1.0, 1.0, 1.0),
    "url": (1.0, 1.0, 1.0, 1.0),
    "dossier": (1.0, 1.0, 1.0, 1.0),
}


# the same on the second blind sample: every family whole but the acts' names. The names that
# several acts bear have no CELEX in data/eu_acts.tsv (checked 2026-12-01), so a hand label that
# gives one of them its act from the context is found without that id: here "Handhavingsrichtlijn"
# (Richtlijn 2004/48/EG or 2014/67/EU), value 42 of 43
BLIND2_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in ("date", "kamerstuk", "motie", "dossier", "eu", "url")
} | {"law": (1.0, 0.98, 1.0, 0.98), "eu-legislation": (1.0, 0.97, 1.0, 1.0)}


# the third: some titles the table lacks are read too far or too short
BLIND3_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in (
        "eu-legislation",
        "kamerstuk",
        "motie",
        "dossier",
        "url",
        "handelingen",
        "tk-number",
    )
} | {
    "date": (1.0, 1.0, 1.0, 1.0),
    "law": (1.0, 0.98, 1.0, 1.0),
}
BLIND4_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0) for family in ("kamerstuk", "motie", "law", "dossier", "tk-number")
} | {
    "date": (1.0, 0.97, 1.0, 1.0),
    # the new return regulation, a proposal named but not yet numbered; "Aanbestedingsrichtlijn",
    # a name three directives of 2014 bear, found without the CELEX its hand label gives it
    "eu-legislation": (0.95, 0.94, 1.0, 1.0),
}
# the fifth: footnote digits glued to a word ("27 november2", "REACH1", "covid-192"), which the
# pipeline takes off before the extractors read a paragraph, and an article of an EU act named
# before it ("Verordening (EG) nr. 66/2010 …, en met name artikel 8, lid 2")
BLIND5_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in ("kamerstuk", "motie", "dossier", "handelingen", "tk-number", "eu", "url")
} | {
    "date": (0.99, 1.0, 1.0, 1.0),
    "law": (1.0, 0.98, 1.0, 0.98),
    "eu-legislation": (0.97, 1.0, 1.0, 1.0),
}


# the sixth: abbreviations with a footnote digit glued to them ("de WPO1 en WEC2"), which the
# pipeline takes off, and a Council decision named by what it sets up ("het Raadsbesluit tot
# oprichting van de Europese Vredesfaciliteit")
BLIND6_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in (
        "date",
        "kamerstuk",
        "motie",
        "tk-number",
        "eu",
        "gazette",
        "handelingen",
        "url",
    )
} | {
    "law": (0.96, 1.0, 1.0, 1.0),
    "eu-legislation": (0.83, 1.0, 1.0, 1.0),
}

# the seventh: two abbreviations beside names ("anti-witwasrichtlijn (AMLD6)", "FuelEU
# Maritime") the cheap test cannot afford, the paper a website lists before its motie as the motie's ("35000-VIII-67- Motie
# van het lid Kwint c.s.": the paper itself is read) and a name spelled apart ("Coördinatie verordening Sociale Zekerheid")
# "de richtlijn energieprestatie van gebouwen" is found without the CELEX of Richtlijn 2010/31/EU,
# which its recast 2024/1275 shares the name with
BLIND7_FLOORS = {family: (1.0, 1.0, 1.0, 1.0) for family in ("date", "eu", "law")} | {
    "eu-legislation": (0.94, 0.98, 1.0, 1.0),
    "kamerstuk": (1.0, 1.0, 1.0, 1.0),
    "motie": (1.0, 0.9, 1.0, 1.0),
}

# after its fixes (an accented capital opening a member's name, "de moties Bergkamp/Keijzer",
# the first of a semicolon list of papers with a sub-dossier: "34000-VIII-49; 34000-VIII-51")
BLIND8_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in ("date", "kamerstuk", "motie", "law", "eu-legislation", "gazette")
}
# What is left: two EU acts without a name of their own (an amendment named by what it changes,
# an English formal title without number) and an amending directive read as the act it amends;
# the second article of a list with an act of its own (article 0.5, of two); "verordening im-,
# export en doorvoer vuurwapens", which Verordening (EU) nr. 258/2012 and its recast 2025/41 bear,
# is found without the CELEX its hand label gives it
BLIND9_FLOORS = {
    "date": (1.0, 1.0, 1.0, 1.0),
    "eu-legislation": (0.955, 0.95, 1.0, 1.0),
    "law": (1.0, 1.0, 0.5, 1.0),
    **{
        family: (1.0, 1.0, 1.0, 1.0)
        for family in ("kamerstuk", "motie", "eu", "dossier", "gazette")
    },
}


# after its fixes (EU acts by their names, "de motie van de leden van uw Kamer, X en Y", a
# yearless name of the table with another year, another name of an act in title case, articles
# with "onderdelen a en b", "van Boek 1 van het Burgerlijk Wetboek" and "van die wet", three
# days in a row, two months joined by a slash, "over het jaar 2018", a footnote digit glued to a
# season's year). Left: a regulation named "Voorschrift" ("het Voorschrift Vreemdelingen
# 2000"), a day glued to the word before it ("van15 en 16 oktober 1999") and a paper whose dossier number the page lost
# ("Kamerstukken II 2013/14, , nr. 157")
BLIND10_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0) for family in ("eu-legislation", "url", "dossier", "tk-number")
} | {
    "law": (0.98, 1.0, 1.0, 1.0),
    "date": (1.0, 0.98, 1.0, 1.0),
    "kamerstuk": (0.95, 1.0, 1.0, 1.0),
    "motie": (1.0, 1.0, 1.0, 1.0),
}
# what is left: "zie kamerstuk XVI, nr. 13", a paper cited without its dossier (a named skipped
# test in test_references.py)
BLIND11_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in ("date", "motie", "law", "eu-legislation", "dossier", "gazette", "handelingen")
} | {
    "kamerstuk": (0.98, 1.0, 1.0, 1.0),
}
# what is left, each a named skipped test in test_citations_by_name.py: a vote list's motie
# whose subject cites another motie with its paper, and articles after "boek 2 van het
# Burgerlijk Wetboek ter verduidelijking van de"
BLIND12_FLOORS = {family: (1.0, 1.0, 1.0, 1.0) for family in ("date", "kamerstuk", "dossier")} | {
    "motie": (1.0, 0.96, 1.0, 1.0),
    "law": (1.0, 0.89, 1.0, 1.0),
}
# what is left: "de Postwet" in a paper of 1998 read as the Postwet 2009 (a named skipped test in
# test_citations_by_name.py)
BLIND13_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in ("date", "kamerstuk", "dossier", "gazette", "motie", "eu-legislation")
} | {
    "law": (1.0, 0.98, 1.0, 1.0),
}
BLIND14_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in ("date", "kamerstuk", "motie", "law", "eu-legislation")
}
# Left in blind15: "tot ten minste 2028"; "de terreuraanval van 7 oktober" in a letter of April
# 2024, a past event that the nearest year misreads (a named skipped test in test_dates.py);
# "de Regeling werkzaamheden derden CBS" and "het Reglement van orde voor de ministerraad",
# titles the table does not know that no "wet" or "besluit" marks; "(o.a. Teunissen c.s.)", a
# motie named without the word; and a table of moties whose paper stands in another column.
BLIND15_FLOORS = {
    "date": (0.984, 0.984, 1.0, 1.0),
    "law": (0.976, 0.975, 1.0, 1.0),
    "kamerstuk": (1.0, 1.0, 1.0, 1.0),
    "dossier": (1.0, 1.0, 1.0, 1.0),
    "motie": (0.947, 0.909, 1.0, 1.0),
}

# Left in blind16: "Kamerstukken II 2016-17, 2212, nr. 2292", a dossier number the page prints
# with a digit lost.
BLIND16_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0) for family in ("date", "eu-legislation", "law", "dossier")
} | {
    "kamerstuk": (0.969, 1.0, 1.0, 1.0),
    "motie": (1.0, 1.0, 1.0, 1.0),
}

# Left in blind17: "Gewijzigd voorstel voor Verordening inzake instelling EURODAC" in a BNC letter
# of 2020, the proposal that became Verordening (EU) 2024/1358, but a name that the Eurodac
# regulation of 2013 bears too: the table gives it no CELEX.
BLIND17_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in ("date", "kamerstuk", "motie", "law", "handelingen", "tk-number")
} | {
    "eu-legislation": (1.0, 0.97, 1.0, 1.0),
}

# Left in blind18 (named skipped tests in test_references.py and test_citations_by_name.py): the
# pre-1960 "Zitting 1958-1959-5380, Nr. 3", "9595,9596, blz 1092"; "De Grondwet bepaalt in
# artikel 107", "artikel 2, onder b, Mandaatregeling …" ("de Algemene wet inzake de douane en de
# accijnzen" is read since blind32, as a row of the acts table).
BLIND18_FLOORS = {family: (1.0, 1.0, 1.0, 1.0) for family in ("date", "handelingen", "gazette")} | {
    "kamerstuk": (0.968, 1.0, 1.0, 1.0),
    "law": (1.0, 0.948, 1.0, 1.0),
    "motie": (1.0, 1.0, 1.0, 1.0),
    "dossier": (1.0, 1.0, 1.0, 1.0),
}

# Left in blind19: "artikel CW3.1", the abbreviation of the Comptabiliteitswet glued before its
# article's number, an act the table does not hold (a named skipped test in test_laws.py).
BLIND19_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in ("date", "kamerstuk", "motie", "handelingen", "eu-legislation")
} | {
    "law": (0.875, 1.0, 1.0, 1.0),
}

# Left in blind20 (EU acts): names no public page found in the time given paired with a number
# ("Verordening overdracht van strafvervolging", "gedelegeerde verordening rapportage", the
# English "Energy Performance of Buildings Directive"), names several acts bear whose text says
# which ("de herziene EPBD", "de Europese Grens- en Kustwacht Verordening", the 2009 regulations of
# the third energy package) ("de API-verordeningen", "MiFID I", "DORA" alone and the footnote
# marker of "nr. 648/20122" were read after blind17 and the coverage net of eu_net.py); the titles
# of Dutch acts that end before "in de Europese Unie" were read too short (law value 0.864; 0.727
# before two long titles joined the acts table) until blind23 ended a title with the Union.
BLIND20_FLOORS = {family: (1.0, 1.0, 1.0, 1.0) for family in ("date", "kamerstuk", "eu")} | {
    "eu-legislation": (0.971, 0.917, 1.0, 1.0),
    "law": (1.0, 0.954, 1.0, 1.0),
}

# Left in blind23: "COM/2025/1023", a Commission document in the slash form of recent BNC-fiches,
# and "de handhavingsrichtlijn", a name two directives bear (each a named skipped test in
# test_citations_by_name.py).
BLIND23_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0) for family in ("date", "law", "kamerstuk", "motie")
} | {
    "eu-legislation": (1.0, 0.987, 1.0, 1.0),
    "eu": (0.666, 1.0, 1.0, 1.0),
}

BLIND21_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in ("date", "kamerstuk", "law", "dossier", "motie", "eu-legislation")
}


# Left in blind22: "het Arbeidstijdenbesluit", a decree the acts table lacks and no "wet" marks (a
# named skipped test in test_citations_by_name.py).
BLIND22_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0) for family in ("date", "kamerstuk", "motie", "dossier")
} | {
    "law": (0.875, 1.0, 1.0, 1.0),
}

# Left in blind24: "tijdelijke wet taakverwaarlozing Sint Eustatius", a title the acts table lacks
# in lower case inside a report's name (a named skipped test in test_citations_by_name.py), and
# "artikel 130 RvO", the Eerste Kamer's Reglement van Orde by an abbreviation the table lacks
# (found without its act). "het kaderbesluit terrorisme 2001" is read since blind28.
BLIND24_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in ("date", "kamerstuk", "motie", "dossier", "url", "eu-legislation")
} | {
    "law": (0.857, 0.833, 1.0, 1.0),
}

# Left in blind26: "J MOTIE VAN HET LID VAN PAREREN C.S.", a motie's own heading in capitals (a
# named skipped test in test_citations_by_name.py); "met motie (35788 F) in te stemmen", an
# Eerste Kamer paper once read as a dossier, is read since blind29.
BLIND26_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0) for family in ("date", "law", "gazette", "url", "kamerstuk")
} | {
    "motie": (0.985, 1.0, 1.0, 1.0),
}

# Left in blind27: "de Werkeloosheidswet", a misspelt title (a named skipped test in
# test_citations_by_name.py), and "de Catshuisregeling kindertoeslag", a compensation scheme read
# as a regulation.
BLIND27_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in ("date", "kamerstuk", "motie", "dossier", "gazette", "eu-legislation")
} | {
    "law": (1.0, 0.986, 1.0, 0.986),
}

BLIND29_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in ("date", "kamerstuk", "motie", "dossier", "handelingen", "law")
}

BLIND30_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in (
        "date",
        "kamerstuk",
        "law",
        "dossier",
        "eu-legislation",
        "tk-number",
        "handelingen",
        "url",
    )
}

BLIND31_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0) for family in ("date", "kamerstuk", "motie", "law", "dossier")
}


# Left in blind33 (a named skipped test in test_references.py): an Aanhangsel whose vergaderjaar
# lost a digit in the source ("vergaderjaar 2022–203").
BLIND33_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in ("date", "kamerstuk", "law", "gazette", "dossier", "motie", "url", "ecli")
} | {"handelingen": (0.875, 1.0, 1.0, 1.0)}


# Left in blind32 (named skipped tests in test_citations_by_name.py and test_law_grammar.py): a
# fiche heading that names a proposal by its title alone ("Fiche: Verordening monitoring en
# rapportering CO2-emissies …") and "de Postwet" in a decree of 2000 (the act before the Postwet
# 2009). The lower-case compounds ("de plantgezondheidswet", "de CBS-wet") and the Wet BIG's
# title printed short are read since the grammar pass over law citations.
BLIND32_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in ("date", "kamerstuk", "gazette", "handelingen", "dossier", "eu")
} | {
    "eu-legislation": (0.989, 1.0, 1.0, 1.0),
    "law": (1.0, 0.977, 1.0, 1.0),
}

# Left in blind34: "Artikel 6.3 Mw" (the Mededingingswet's abbreviation is also "mevrouw", so the
# table leaves it out, and the article is read as printed, 6.3, where the reading took 6, lid 3).
BLIND34_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in ("date", "kamerstuk", "eu", "eu-legislation", "motie")
} | {"law": (1.0, 0.97, 0.92, 1.0)}

# Left in blind35 (named skipped tests in test_citations_by_name.py: a number with a doubled slash,
# "Richtlijn 2014//67/EU"; "Solvency II Basic", a national regime, read as the directive; "de
# REACH- en CLP-verordeningen"): names that several acts bear, read without id or not at all where
# the paragraph gives no number ("de handhavingsrichtlijn", "de huidige controleverordening", "de
# basisverordening" defined in an earlier paragraph), "de Europese Vogelrichtlijn" in a letter of
# July 2009 (the table's id is the codification of November 2009), "De MiFID" named by a quoted
# abbreviation after its number, "de zesde Anti-Money Laundering Directive" and "Critical Entities
# Resilience (CER) richtlijn"; dates in a web page's listing of activities ("2023-03-20 14:00"),
# "dateren van 2010 en 2012", "vorig jaar februari" read as the year; two law titles after the
# word that introduces them ("het wetsvoorstel implementatiewet …", "het ontwerpbesluit
# Implementatiebesluit …"), one with its footnote digit; the dossier number heading an Eerste
# Kamer paper ("34 697 EU-voorstel: …").
BLIND35_FLOORS = {family: (1.0, 1.0, 1.0, 1.0) for family in ("kamerstuk", "eu", "motie")} | {
    "eu-legislation": (0.952, 0.974, 1.0, 0.994),
    "date": (0.939, 0.983, 1.0, 1.0),
    "law": (0.923, 0.916, 1.0, 1.0),
}

# Left in blind37: a decree named in guillemets after "genoemd" («Besluit geslachtsnaamswijziging
# nazaten van tot slaaf gemaakten en tijdelijke bekostiging», a named skipped test) and "in de Wet
# versterking regie instrumenten op te nemen", a title read on into the object of its clause (the
# shape of test_title_before_the_object_of_its_clause); the own resources decision, "het Eigen
# Middelen Besluit", is found without CELEX, as three decisions bear the name.
BLIND37_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in ("date", "kamerstuk", "dossier", "tk-number", "motie", "gazette", "url")
} | {
    "law": (0.96, 0.958, 1.0, 1.0),
    "eu-legislation": (1.0, 0.5, 1.0, 1.0),
}

# Left in blind38: "de WIJ" (the Wet investeren in jongeren: an abbreviation the table keeps out,
# as "WIJ" opens the decrees' "WIJ BEATRIX" in capitals) and "een aangepast Schattingsbesluit
# arbeidsongeschiktheidswetten" (a compound decree after an adjective, not after "de" or "het");
# values: "de Wet personenvervoer" in a decree of 1998 (the act of 1987, not the Wet
# personenvervoer 2000, as the Postwet's skipped test), "de Raamwet EEG-voorschriften
# aanbestedingen" and "de Experimentenwet vooropleidingseisen, selectie en collegegeldheffing",
# "Die Nieuwe Wet openbaarheid van bestuur" and "De Wtl" (named skipped tests in
# test_law_grammar.py), "artikel 6 van de Rijkswet" (the Rijkswet op het Nederlanderschap of the
# paper's title, not of its paragraph), the "Regeling financiering en administratieve
# uitvoeringsvoorschriften Wwik" read without the abbreviation the table lacks; and "per dE1
# januari 2017", a letter glued before the day, read as the month.
BLIND38_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in ("kamerstuk", "dossier", "gazette", "eu-legislation", "motie", "ecli")
} | {
    "law": (0.988, 0.957, 1.0, 0.992),
    "date": (1.0, 0.982, 1.0, 1.0),
}

# blind36: every family 1.0 since "letterJ" (the space after "letter" lost) is read; its law
# counts "het wetboek van strafrecht" in lower case optional, as sample.jsonl's reading of the
# same words does (a title in lower case that no " wet " marks; the 8,041 moties hold none)
BLIND36_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0) for family in ("date", "kamerstuk", "dossier", "law", "motie")
}

# Left in blind39 (each a named skipped test in test_citations_by_name.py): a regulation described
# by the system it sets up without "Europese" ("een verordening tot oprichting van een Europees
# reisinformatie en -autorisatiesysteem (Etias)"), the Union's letters slashed before a number
# ("Verordening EC/1829/2003"), and two names that an act and its successor bear, read without the
# id the paper meant: "de gewijzigde Vuurwapenrichtlijn" (defined a paragraph before) and "de
# interoperabiliteitsrichtlijn" in a paper of 2016 (the table's id is the 2016 recast's); in law
# "de WMO" (the medical research act in capitals, which the social support act's "Wmo" shares).
BLIND39_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0) for family in ("date", "kamerstuk", "eu", "ecli", "motie")
} | {
    "eu-legislation": (0.988, 0.988, 1.0, 1.0),
    "law": (0.971, 1.0, 1.0, 1.0),
}

# Left in blind40: a dossier's number alone as a paragraph, the heading of an Eerste Kamer
# committee's decision ("34430", a named skipped test in test_references.py).
BLIND40_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0)
    for family in ("date", "kamerstuk", "tk-number", "law", "motie", "url")
} | {
    "dossier": (0.947, 1.0, 1.0, 1.0),
}

# Left in blind28 (the acts named by description and the bare "(2002/584/JBZ)" after its act's
# date are read since the grammar of kinds and descriptions, "de Schengengrenscode" since the
# acts of 2015-2026 were added to the table): a name two acts bear ("de CRA", which is also the
# credit rating agencies regulation), "de NEC-richtlijn" in a paper of 2004 (the table's id is the 2016 directive's) and
# "de IPPC-richtlijn" (a name the 1996 directive and its codification bear, without id); the
# title "Uitvoeringswet EG-verordening registratie, evaluatie en autorisatie van chemische stoffen
# (REACH)", read up to its first comma.
BLIND28_FLOORS = {
    family: (1.0, 1.0, 1.0, 1.0) for family in ("date", "kamerstuk", "dossier", "eu", "ecli")
} | {
    "eu-legislation": (0.974, 0.974, 1.0, 1.0),
    "law": (1.0, 0.975, 1.0, 1.0),
}

# Left in blind25 ("artikel 7:66" a named skipped test in test_citations_by_name.py; the bare
# number in brackets "(2013/36/EU die …" and "de Europese verordening over diergezondheid" are
# read since the grammar of bare numbers and descriptions): EU acts the table lacks or that no
# name marks ("Landbouwvrijstellingsverordening", "Visserij vrijstellingsverordening", "DAEB
# vrijstellingsbesluit", the fisheries "controleverordening"), "de algemene
# de-minimisverordening" defined by the number after its colon, and two law values: "Wet
# financieel toezicht" without "op het" and a bare "artikel 7:66" (a book of the BW or a chapter
# of the Awb).
BLIND25_FLOORS = {family: (1.0, 1.0, 1.0, 1.0) for family in ("date", "gazette", "eu")} | {
    "eu-legislation": (0.975, 0.986, 1.0, 1.0),
    "law": (1.0, 0.939, 1.0, 1.0),
}


@pytest.mark.parametrize(
    ("sample", "floors"),
    [
        (BLIND, BLIND_FLOORS),
        (BLIND2, BLIND2_FLOORS),
        (BLIND3, BLIND3_FLOORS),
        (BLIND4, BLIND4_FLOORS),
        (BLIND5, BLIND5_FLOORS),
        (BLIND6, BLIND6_FLOORS),
        (BLIND7, BLIND7_FLOORS),
        (BLIND8, BLIND8_FLOORS),
        (BLIND9, BLIND9_FLOORS),
        (BLIND10, BLIND10_FLOORS),
        (BLIND11, BLIND11_FLOORS),
        (BLIND12, BLIND12_FLOORS),
        (BLIND13, BLIND13_FLOORS),
        (BLIND14, BLIND14_FLOORS),
        (BLIND15, BLIND15_FLOORS),
        (BLIND16, BLIND16_FLOORS),
        (BLIND17, BLIND17_FLOORS),
        (BLIND18, BLIND18_FLOORS),
        (BLIND19, BLIND19_FLOORS),
        (BLIND20, BLIND20_FLOORS),
        (BLIND21, BLIND21_FLOORS),
        (BLIND22, BLIND22_FLOORS),
        (BLIND23, BLIND23_FLOORS),
        (BLIND24, BLIND24_FLOORS),
        (BLIND25, BLIND25_FLOORS),
        (BLIND26, BLIND26_FLOORS),
        (BLIND27, BLIND27_FLOORS),
        (BLIND28, BLIND28_FLOORS),
        (BLIND29, BLIND29_FLOORS),
        (BLIND30, BLIND30_FLOORS),
        (BLIND31, BLIND31_FLOORS),
        (BLIND32, BLIND32_FLOORS),
        (BLIND33, BLIND33_FLOORS),
        (BLIND34, BLIND34_FLOORS),
        (BLIND35, BLIND35_FLOORS),
        (BLIND37, BLIND37_FLOORS),
        (BLIND36, BLIND36_FLOORS),
        (BLIND38, BLIND38_FLOORS),
        (BLIND39, BLIND39_FLOORS),
        (BLIND40, BLIND40_FLOORS),
    ],
)
def test_blind_sample_floors(sample: Path, floors: dict[str, tuple]) -> None:
    bench = _benchmark()
    tallies = bench.score(bench.load(sample))
    for family, floor in floors.items():
        t = tallies[family]
        got = (t.recall(), t.value_recall(), t.article_recall(), t.precision())
        assert t.expected > 0, family
        assert all(g >= f for g, f in zip(got, floor, strict=True)), (family, got, t.misses)


@pytest.mark.parametrize("family", sorted(FLOORS))
def test_sample_floor(tallies, family: str) -> None:
    t = tallies[family]
    recall, value, article, precision = FLOORS[family]
    assert t.expected > 0
    got = (t.recall(), t.value_recall(), t.article_recall(), t.precision())
    floors = (recall, value, article, precision)
    assert all(g >= f for g, f in zip(got, floors, strict=True)), (got, t.misses, t.wrong, t.extras)


def test_sample_is_well_formed() -> None:
    rows = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 300
    assert sum(not row["expected"] for row in rows) >= 30  # sentences that cite nothing
    for row in rows:
        assert row["source"] and row["text"]
        for item in row["expected"]:
            assert item["text"] in row["text"], item


@pytest.mark.skip(
    reason="a motie named without hyphen, paper or 'c.s.' ('de motie Sneller') is not told "
    "from a capitalised word after 'motie'"
)
def test_motie_by_plain_name_alone() -> None:
    text = "waarin niet alleen uitvoering wordt gegeven aan de motie Sneller maar waarin ook"
    assert [r.type for r in find_references(text)] == ["motie"]
