"""Tests for kamerparse.extract.dates: date mentions in letter prose and dagtekening lines.

The sentences are written for these tests in the style of Kamerbrieven, moties and
Aanhangsel answers; they are not copied from any document.
"""

from __future__ import annotations

import datetime
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kamerparse.extract.dates import find_dates, parse_date_line
from kamerparse.model import DateMention

D = datetime.date

# Letter dates the tables below refer to.
DEC_2023 = D(2023, 12, 20)
MAY_2014 = D(2014, 5, 21)
AUG_2011 = D(2011, 8, 25)
MAR_2018 = D(2018, 3, 29)
JUN_2024 = D(2024, 6, 14)
JAN_2024 = D(2024, 1, 5)

Expected = list[tuple[str, str, str]]


def _triples(mentions: list[DateMention]) -> Expected:
    return [(m.text, m.value, m.precision) for m in mentions]


# ---------------------------------------------------------------------------------------------
# Positive cases: (sentence, letter date, [(text, value, precision), ...])
# ---------------------------------------------------------------------------------------------

CASES: list[tuple[str, datetime.date | None, Expected]] = [
    # full dates
    (
        "Den Haag heeft op 20 december 2023 besloten de inzet te verlengen.",
        DEC_2023,
        [("20 december 2023", "2023-12-20", "day")],
    ),
    (
        "Tijdens het commissiedebat van 3 juli 2019 (Kamerstuk 28 286, nr. 1064) heb ik toegezegd "
        "uw Kamer te informeren.",
        D(2019, 9, 20),
        [("3 juli 2019", "2019-07-03", "day")],
    ),
    (
        "De reactie op uw brief van (14 September 2020) inzake het verzoek volgt later.",
        D(2020, 9, 18),
        [("14 September 2020", "2020-09-14", "day")],
    ),
    (
        "Het rapport verscheen op 15 MAART 2024 in een beperkte oplage.",
        JUN_2024,
        [("15 MAART 2024", "2024-03-15", "day")],
    ),
    (
        "Ik bied u hierbij het rapport d.d. 25 juni 2012 gaarne aan.",
        D(2012, 7, 5),
        [("25 juni 2012", "2012-06-25", "day")],
    ),
    (
        "Met het actieplan luchtverkeersleiding (d.d. 15 juni 2011) geef ik invulling aan de "
        "toezegging.",
        D(2011, 7, 1),
        [("15 juni 2011", "2011-06-15", "day")],
    ),
    (
        "De motie die uw Kamer heeft aangenomen op 15 september 2011, met kenmerk 32 479, nr. 7, "
        "vraagt om een reactie.",
        D(2011, 12, 21),
        [("15 september 2011", "2011-09-15", "day")],
    ),
    (
        "De wet treedt in werking per 1ste januari 2025.",
        JUN_2024,
        [("1ste januari 2025", "2025-01-01", "day")],
    ),
    (
        "Zoals vermeld in de brief van 3 mei 1998 aan de Eerste Kamer.",
        None,
        [("3 mei 1998", "1998-05-03", "day")],
    ),
    (
        "De Grondwet van 1848 dateert van 3 november 1848.",
        None,
        [("3 november 1848", "1848-11-03", "day")],
    ),
    (
        "De schrikkeldag 29 februari 2024 viel op een donderdag.",
        JUN_2024,
        [("29 februari 2024", "2024-02-29", "day")],
    ),
    # abbreviated months
    (
        "De regeling geldt vanaf 1 jan. 2024 voor alle nieuwe aanvragen.",
        DEC_2023,
        [("1 jan. 2024", "2024-01-01", "day")],
    ),
    (
        "De regeling geldt vanaf 1 jan 2024 voor alle nieuwe aanvragen.",
        DEC_2023,
        [("1 jan 2024", "2024-01-01", "day")],
    ),
    (
        "Zie het verslag van 3 sept. 2019 over de voortgang.",
        D(2019, 10, 1),
        [("3 sept. 2019", "2019-09-03", "day")],
    ),
    (
        "Het overleg van 12 okt. 2022 werd verplaatst naar 9 nov. 2022.",
        D(2022, 12, 1),
        [("12 okt. 2022", "2022-10-12", "day"), ("9 nov. 2022", "2022-11-09", "day")],
    ),
    (
        "De termijn liep af op 28 febr. 2023.",
        D(2023, 4, 1),
        [("28 febr. 2023", "2023-02-28", "day")],
    ),
    (
        "De bijeenkomst is verplaatst naar 4 mrt. 2021.",
        D(2021, 2, 1),
        [("4 mrt. 2021", "2021-03-04", "day")],
    ),
    # numeric dates
    (
        "Ik verwijs naar uw brief d.d. 15-11-2022 over de uitvoering.",
        D(2023, 1, 10),
        [("15-11-2022", "2022-11-15", "day")],
    ),
    (
        "Ik verwijs naar uw brief d.d. 15 november 2022 over de uitvoering.",
        D(2023, 1, 10),
        [("15 november 2022", "2022-11-15", "day")],
    ),
    (
        "Het besluit is ondertekend op 15/11/2022 door de directeur.",
        D(2023, 1, 10),
        [("15/11/2022", "2022-11-15", "day")],
    ),
    (
        "Ik verwijs naar het verslag d.d. 3.10.2022 van de commissie.",
        D(2023, 1, 10),
        [("3.10.2022", "2022-10-03", "day")],
    ),
    (
        "overwegende dat de aanpassing per 1-1-2023 van de ratio is gebaseerd op oude cijfers;",
        D(2023, 5, 14),
        [("1-1-2023", "2023-01-01", "day")],
    ),
    # year-less with jl. / jongstleden / a.s. / aanstaande
    (
        "Tijdens het commissiedebat over de veiligheidsinzet van 26 oktober jl. (Kamerstuk 27 925, "
        "nr. 959) is gevraagd om een update.",
        DEC_2023,
        [("26 oktober jl.", "2023-10-26", "day")],
    ),
    (
        "Op 28 maart jongstleden heeft de Raad een besluit genomen.",
        D(2018, 4, 3),
        [("28 maart jongstleden", "2018-03-28", "day")],
    ),
    # a footnote digit glued to the month name, where the page lost its superscript
    (
        "In mijn brief van 5 februari1 jongstleden heb ik toegezegd voor de zomer van 2024 de "
        "eerste voortgangscijfers van het Sportakkoord II met uw Kamer te delen.",
        D(2024, 6, 28),
        [("5 februari1 jongstleden", "2024-02-05", "day")],
    ),
    (
        "De Minister heeft verzocht om de visie uiterlijk 1 september a.s. toe te zenden.",
        AUG_2011,
        [("1 september a.s.", "2011-09-01", "day")],
    ),
    (
        "Het algemeen overleg staat gepland op 15 november a.s. om 10.00 uur.",
        D(2022, 10, 3),
        [("15 november a.s.", "2022-11-15", "day")],
    ),
    (
        "De nieuwe regeling gaat in op 1 september aanstaande.",
        D(2020, 6, 30),
        [("1 september aanstaande", "2020-09-01", "day")],
    ),
    (
        "In mijn brief van 1 maart jl. heb ik u geïnformeerd over het onderzoek.",
        D(2012, 7, 5),
        [("1 maart jl.", "2012-03-01", "day")],
    ),
    (
        "De aanvraag moet voor 30 juni as. fysiek worden ingediend.",
        D(2025, 6, 26),
        [("30 juni as.", "2025-06-30", "day")],
    ),
    (
        "In de Kamerbrief van 15 december j.l. is dit toegelicht.",
        JAN_2024,
        [("15 december j.l.", "2023-12-15", "day")],
    ),
    # year-less, nearest to the letter date
    (
        "Dinsdag 27 mei vindt een informeel diner plaats van de ministers.",
        MAY_2014,
        [("27 mei", "2014-05-27", "day")],
    ),
    (
        "De Defensienota is op maandag 26 maart naar uw Kamer gezonden.",
        MAR_2018,
        [("26 maart", "2018-03-26", "day")],
    ),
    (
        "De stemming vindt plaats op dinsdag 15 november in de plenaire zaal.",
        D(2022, 11, 10),
        [("15 november", "2022-11-15", "day")],
    ),
    (
        "Naar aanleiding van het vragenuur van 7 november (Handelingen II 2017/18, nr. 18) "
        "bericht ik u als volgt.",
        D(2017, 11, 13),
        [("7 november", "2017-11-07", "day")],
    ),
    (
        "Uw Kamer wil deze informatie voorafgaand aan Verantwoordingsdag (16 mei) ontvangen.",
        D(2018, 5, 15),
        [("16 mei", "2018-05-16", "day")],
    ),
    (
        "de aan Iran gelieerde milities grijpen de ontwikkelingen sinds 7 oktober aan om hun "
        "agenda te bevorderen.",
        DEC_2023,
        [("7 oktober", "2023-10-07", "day")],
    ),
    (
        "De verkiezingen in de provincie op 18 december dragen bij aan de spanning.",
        DEC_2023,
        [("18 december", "2023-12-18", "day")],
    ),
    (
        "Het commissiedebat over de begroting is voorzien op 23 januari.",
        DEC_2023,
        [("23 januari", "2024-01-23", "day")],
    ),
    # lists and ranges
    (
        "De Staatssecretaris heeft 14, 15 en 16 maart aanstaande een werkbezoek gepland.",
        D(2023, 2, 20),
        [
            ("14", "2023-03-14", "day"),
            ("15", "2023-03-15", "day"),
            ("16 maart aanstaande", "2023-03-16", "day"),
        ],
    ),
    (
        "NRC, 5 en 7 maart 2018, Aanhangsel Handelingen II 2017/18, nr. 1520.",
        D(2018, 4, 3),
        [("5", "2018-03-05", "day"), ("7 maart 2018", "2018-03-07", "day")],
    ),
    (
        "In totaal hebben er in de periode 18 oktober tot 12 december jl. ca. 117 aanvallen "
        "plaatsgevonden.",
        DEC_2023,
        [("18 oktober", "2023-10-18", "day"), ("12 december jl.", "2023-12-12", "day")],
    ),
    (
        "De top vindt plaats op 21–22 oktober in Brussel.",
        D(2021, 10, 1),
        [("21", "2021-10-21", "day"), ("22 oktober", "2021-10-22", "day")],
    ),
    (
        "De top vindt plaats op 21-22 oktober in Brussel.",
        D(2021, 10, 1),
        [("21", "2021-10-21", "day"), ("22 oktober", "2021-10-22", "day")],
    ),
    (
        "De consultatie loopt van 1 tot en met 15 maart 2024.",
        JUN_2024,
        [("1", "2024-03-01", "day"), ("15 maart 2024", "2024-03-15", "day")],
    ),
    (
        "De Europese Raad van 27 en 28 juni aanstaande zal hierover spreken.",
        JUN_2024,
        [("27", "2024-06-27", "day"), ("28 juni aanstaande", "2024-06-28", "day")],
    ),
    # a weekday before the last day (a minister's letter of 8 October 1999; berthub.eu
    # 2026D04643, 2026)
    (
        "Hierbij deel ik u mee dat de Landbouwraad, die geagendeerd stond voor maandag 18 en "
        "dinsdag 19 oktober 1999 te Luxemburg, géén doorgang zal vinden.",
        D(1999, 10, 8),
        [("18", "1999-10-18", "day"), ("19 oktober 1999", "1999-10-19", "day")],
    ),
    (
        "Op donderdag 19 en vrijdag 20 februari a.s. vindt, onder Cypriotisch voorzitterschap, "
        "de informele Raad Buitenlandse Zaken Handel plaats in Nicosia, Cyprus.",
        D(2026, 1, 30),
        [("19", "2026-02-19", "day"), ("20 februari a.s.", "2026-02-20", "day")],
    ),
    # but not after a Kamerstuk's number
    (
        "Zie Kamerstuk 21 501-02, nr. 7 en vrijdag 8 maart het debat.",
        D(2026, 1, 30),
        [("8 maart", "2026-03-08", "day")],
    ),
    (
        "De inschrijving is open van 1 december 2023 tot 31 januari 2024.",
        DEC_2023,
        [("1 december 2023", "2023-12-01", "day"), ("31 januari 2024", "2024-01-31", "day")],
    ),
    (
        "De kerstreces loopt van 22 december tot 8 januari 2024.",
        DEC_2023,
        [("22 december", "2023-12-22", "day"), ("8 januari 2024", "2024-01-08", "day")],
    ),
    (
        "Het bezoek vond plaats op 5 maart 2018 en 7 april.",
        None,
        [("5 maart 2018", "2018-03-05", "day"), ("7 april", "2018-04-07", "day")],
    ),
    (
        "Zowel op 2 juni als op 4 juni 2019 is overleg gevoerd.",
        D(2019, 7, 1),
        [("2 juni", "2019-06-02", "day"), ("4 juni 2019", "2019-06-04", "day")],
    ),
    (
        "De werkgroep kwam bijeen op 3, 10 en 17 mei 2022.",
        D(2022, 6, 1),
        [
            ("3", "2022-05-03", "day"),
            ("10", "2022-05-10", "day"),
            ("17 mei 2022", "2022-05-17", "day"),
        ],
    ),
    # month + year
    (
        "Het zwaartepunt verschuift vanaf januari 2024 naar de NAVO-missie.",
        DEC_2023,
        [("januari 2024", "2024-01", "month")],
    ),
    (
        "Het verdrag werd in februari van 1998 ondertekend.",
        None,
        [("februari van 1998", "1998-02", "month")],
    ),
    (
        "Ik heb aangegeven dat ik uw Kamer in september 2011 de kabinetsvisie zal sturen.",
        AUG_2011,
        [("september 2011", "2011-09", "month")],
    ),
    (
        "Ik zal Uw Kamer de informatie in de tweede helft van oktober 2013 toesturen.",
        D(2013, 9, 25),
        [("oktober 2013", "2013-10", "month")],
    ),
    (
        "De wachttijd steeg van 11 weken in december 2022 naar 14 weken in mei 2023.",
        JUN_2024,
        [("december 2022", "2022-12", "month"), ("mei 2023", "2023-05", "month")],
    ),
    (
        "De gesprekken vonden plaats in september en oktober 2013.",
        D(2013, 11, 1),
        [("september", "2013-09", "month"), ("oktober 2013", "2013-10", "month")],
    ),
    (
        "Movisie, d.d. maart 2022, Inventarisatie regenboogbeleid.",
        JUN_2024,
        [("maart 2022", "2022-03", "month")],
    ),
    (
        "Eind oktober 2013 volgt het definitieve besluit.",
        D(2013, 9, 25),
        [("oktober 2013", "2013-10", "month")],
    ),
    # relative years
    (
        "Na de terreuraanval van 7 oktober vorig jaar is de dreiging toegenomen.",
        D(2024, 2, 14),
        [("7 oktober vorig jaar", "2023-10-07", "day")],
    ),
    (
        "De wet moet voor 1 november van dit jaar zijn ingetrokken.",
        D(2024, 5, 22),
        [("1 november van dit jaar", "2024-11-01", "day")],
    ),
    # several in one paragraph, mixed shapes
    (
        "Op 13 november jl. is het dreigingsniveau verhoogd; op 22 november jl. volgden "
        "luchtaanvallen en op 8 december jl. een nieuwe aanval.",
        DEC_2023,
        [
            ("13 november jl.", "2023-11-13", "day"),
            ("22 november jl.", "2023-11-22", "day"),
            ("8 december jl.", "2023-12-08", "day"),
        ],
    ),
    (
        "Het Algemeen Overleg Mestbeleid van 14 september a.s. volgt op mijn brief van 27 mei jl. "
        "en op het debat van 25 mei jl.",
        AUG_2011,
        [
            ("14 september a.s.", "2011-09-14", "day"),
            ("27 mei jl.", "2011-05-27", "day"),
            ("25 mei jl.", "2011-05-25", "day"),
        ],
    ),
    (
        "Culturele instellingen konden tussen 1 december 2023 en 31 januari dit jaar aanvragen "
        "indienen.",
        D(2024, 3, 7),
        [("1 december 2023", "2023-12-01", "day"), ("31 januari dit jaar", "2024-01-31", "day")],
    ),
    (
        "Zie de geannoteerde agenda van de Raad Buitenlandse Zaken van 11 december 2023 "
        "(Kamerstuk 21 501-02, nr. 2790).",
        DEC_2023,
        [("11 december 2023", "2023-12-11", "day")],
    ),
    (
        "De bijeenkomst van 8 februari jl. (Kamerstuk 24 587, nr. 679) en die van 16 mei "
        "(Kamerstuk 24 587, nr. 680) zijn beide verslagen.",
        D(2017, 5, 8),
        [("8 februari jl.", "2017-02-08", "day"), ("16 mei", "2017-05-16", "day")],
    ),
]


CASE_IDS = [case[0][:48] for case in CASES]


@pytest.mark.parametrize(("text", "letter_date", "expected"), CASES, ids=CASE_IDS)
def test_find_dates(text: str, letter_date: datetime.date | None, expected: Expected) -> None:
    assert _triples(find_dates(text, letter_date)) == expected


@pytest.mark.parametrize(("text", "letter_date", "expected"), CASES, ids=CASE_IDS)
def test_offsets_point_at_the_mention(
    text: str, letter_date: datetime.date | None, expected: Expected
) -> None:
    mentions = find_dates(text, letter_date)
    for m in mentions:
        assert text[m.where.start : m.where.end] == m.text
        assert m.where.part == "body" and m.where.paragraph is None  # left for the pipeline
    starts = [m.where.start for m in mentions]
    assert starts == sorted(starts)


# ---------------------------------------------------------------------------------------------
# Negatives: nothing in these is a calendar date
# ---------------------------------------------------------------------------------------------

NEGATIVES: list[str] = [
    "Ik stuur u vóór de zomer van 2012 een voortgangsrapportage.",
    "De resultaten komen in het 1e kwartaal 2024 beschikbaar.",
    "Ik informeer uw Kamer in oktober over de uitkomsten.",
    "We verwachten deze eind oktober te kunnen sturen.",
    "Beide organen komen respectievelijk half november en eind november met een advies.",
    "In 2017 bent u per brief geïnformeerd over het voornemen.",
    "Vorig jaar is het budget met 5% verhoogd.",
    "Zie Kamerstuk 21501-32-1740 voor de geannoteerde agenda.",
    "Het bedrag bedraagt € 15.11.2022 volgens de begroting.",  # no d.d.: a dotted triple
    "De kosten stijgen met 3,8% in november naar 5.566 euro.",
    "Het aantal steeg in 2024 tot september naar 98 meldingen.",
    "Er is 31 februari 2023 als datum opgegeven, wat niet kan.",
    "Er is 29 februari 2023 als datum opgegeven, wat niet kan.",
    "Jan de Vries werd in 2019 benoemd.",
    "De bijeenkomst met Jan 15 leden was goed bezocht.",
    "In mei 2500 woningen opleveren is het doel.",
    "De nationale 4 mei-herdenking wordt dit jaar anders ingericht.",
    "Zie Kamerstuk 32 043, nr. 15 maart is geen datum hier.",  # a Kamerstuk number, not a day
    "Het projectnummer 2023-11-15 staat in de bijlage.",
    "Het zaaknummer is 2.15 mei-akkoord.",
    "De meivakantie en het decemberreces vallen buiten de termijn.",
    "Er zijn 12 mensen aangenomen en 3 maanden later ontslagen.",
    "Versie 1.2.2020 van het model wordt gebruikt.",
    "",
]


def test_datetime_letter_date_is_accepted() -> None:
    mentions = find_dates("Op 26 oktober jl. is gesproken.", datetime.datetime(2023, 12, 20, 9, 30))
    assert [m.value for m in mentions] == ["2023-10-26"]


@pytest.mark.parametrize("text", NEGATIVES)
def test_not_a_date(text: str) -> None:
    assert find_dates(text, DEC_2023) == []


def test_kamerstuk_number_before_a_date_is_not_a_day() -> None:
    text = "Zie Kamerstuk 34 775 A, nr. 5, 7 maart 2018 voor de achtergrond."
    assert _triples(find_dates(text, MAR_2018)) == [("7 maart 2018", "2018-03-07", "day")]


def test_nrs_list_before_a_month() -> None:
    text = "Kamerstukken nrs. 5 en 7 maart ingediend."
    assert [m.text for m in find_dates(text, MAR_2018)] == ["7 maart"]


# ---------------------------------------------------------------------------------------------
# Year inference
# ---------------------------------------------------------------------------------------------

YEARS: list[tuple[str, datetime.date, list[str]]] = [
    # around New Year
    ("Op 28 december jl. is besloten.", D(2024, 1, 5), ["2023-12-28"]),
    ("Op 3 januari a.s. wordt besloten.", D(2023, 12, 5), ["2024-01-03"]),
    ("Op 3 januari aanstaande wordt besloten.", D(2023, 12, 5), ["2024-01-03"]),
    ("Op 2 januari wordt besloten.", D(2023, 12, 28), ["2024-01-02"]),
    ("Op 27 december is besloten.", D(2024, 1, 4), ["2023-12-27"]),
    ("Op 10 januari jl. is besloten.", D(2024, 1, 5), ["2023-01-10"]),
    ("Op 1 januari a.s. gaat het in.", D(2024, 1, 2), ["2025-01-01"]),
    # the letter date itself counts as both "jl." and "a.s."
    ("Op 5 januari jl. is besloten.", D(2024, 1, 5), ["2024-01-05"]),
    ("Op 5 januari a.s. wordt besloten.", D(2024, 1, 5), ["2024-01-05"]),
    # nearest, both directions
    ("Het overleg van 1 juli staat vast.", D(2024, 6, 14), ["2024-07-01"]),
    ("Het overleg van 1 juni staat vast.", D(2024, 6, 14), ["2024-06-01"]),
    ("Het overleg van 1 december wordt herhaald.", D(2024, 6, 14), ["2024-12-01"]),
    ("Het overleg van 20 december wordt herhaald.", D(2024, 6, 14), ["2023-12-20"]),
    # a tie goes to the earlier date: 2024-07-02 is 183 days from both 2024-01-01 and 2025-01-01
    ("De wet geldt per 1 januari.", D(2024, 7, 2), ["2024-01-01"]),
    # 29 februari needs a leap year
    ("Op 29 februari jl. was het druk.", D(2023, 6, 1), ["2020-02-29"]),
    ("Op 29 februari a.s. wordt het druk.", D(2023, 6, 1), ["2024-02-29"]),
    ("Op 29 februari was het druk.", D(2023, 6, 1), ["2024-02-29"]),
    # ranges keep their order across the year boundary
    (
        "In de periode 18 december tot 12 januari jl. is gestaakt.",
        D(2024, 1, 20),
        ["2023-12-18", "2024-01-12"],
    ),
    (
        "Van 28 december tot 3 januari a.s. is het gebouw dicht.",
        D(2023, 12, 20),
        ["2023-12-28", "2024-01-03"],
    ),
    (
        "Van 30 december 2023 tot 2 januari is het gebouw dicht.",
        D(2023, 12, 20),
        ["2023-12-30", "2024-01-02"],
    ),
    ("De reces loopt van 22 december tot 8 januari.", D(2023, 12, 1), ["2023-12-22", "2024-01-08"]),
    # a list with the qualifier on the last member
    ("Op 30 en 31 december jl. is gestaakt.", D(2024, 1, 3), ["2023-12-30", "2023-12-31"]),
    ("Op 2 en 3 januari a.s. wordt gestaakt.", D(2023, 12, 28), ["2024-01-02", "2024-01-03"]),
    # a list that straddles the letter date: "a.s." judged on the last day, "jl." on the first
    (
        "Het congres op 14, 15 en 16 maart a.s. is druk.",
        D(2024, 3, 15),
        ["2024-03-14", "2024-03-15", "2024-03-16"],
    ),
    (
        "Het congres op 14, 15 en 16 maart jl. was druk.",
        D(2024, 3, 15),
        ["2024-03-14", "2024-03-15", "2024-03-16"],
    ),
    # relative years
    ("Op 7 oktober vorig jaar begon het.", D(2024, 2, 14), ["2023-10-07"]),
    ("Op 7 oktober verleden jaar begon het.", D(2024, 2, 14), ["2023-10-07"]),
    ("Vanaf 1 januari volgend jaar geldt het.", D(2024, 2, 14), ["2025-01-01"]),
    ("Vanaf 1 januari komend jaar geldt het.", D(2024, 2, 14), ["2025-01-01"]),
    ("Uiterlijk 1 juli van dit jaar is het klaar.", D(2024, 2, 14), ["2024-07-01"]),
    # a footnote marker after the year: after the full stop, or glued to it
    (
        "Hierbij zend ik u het rapport «Evaluatie werking werkkostenregeling» van 16 februari "
        "20181. Met het rapport wordt uitvoering gegeven aan",
        D(2018, 3, 23),
        ["2018-02-16"],
    ),
    # and before a list's comma: a memorie van toelichting of 2024 (blind25)
    (
        "heeft het IF in februari 20233, juli 20234, december 20235 en juni 20246 administratieve "
        "richtsnoeren gepubliceerd.7",
        D(2024, 9, 17),
        ["2023-02", "2023-07", "2023-12", "2024-06"],
    ),
    (
        "De wet treedt in werking op 1 januari 2025.3 Het besluit volgt.",
        D(2024, 5, 3),
        ["2025-01-01"],
    ),
    ("Op 1 mei 2024,5 procent", D(2023, 5, 3), ["2023-05-01"]),
]


@pytest.mark.parametrize(("text", "letter_date", "values"), YEARS, ids=[y[0][:40] for y in YEARS])
def test_year_inference(text: str, letter_date: datetime.date, values: list[str]) -> None:
    assert [m.value for m in find_dates(text, letter_date)] == values


WITHOUT_LETTER_DATE: list[tuple[str, list[str]]] = [
    ("Op 26 oktober jl. is gesproken.", []),
    ("Op 26 oktober is gesproken.", []),
    ("Op 7 oktober vorig jaar begon het.", []),
    ("Op 26 oktober 2023 is gesproken.", ["2023-10-26"]),
    ("De bijeenkomsten van 5 en 7 maart 2018.", ["2018-03-05", "2018-03-07"]),
    ("Van 18 december tot 5 januari 2024.", ["2023-12-18", "2024-01-05"]),
    ("In januari 2024 en op 3 maart.", ["2024-01"]),
]


@pytest.mark.parametrize(("text", "values"), WITHOUT_LETTER_DATE)
def test_without_letter_date_yearless_dates_are_skipped(text: str, values: list[str]) -> None:
    assert [m.value for m in find_dates(text, None)] == values


def test_precision_month_only_with_a_year() -> None:
    mentions = find_dates("In maart jl. en in april 2024 is gesproken.", DEC_2023)
    assert [(m.text, m.value, m.precision) for m in mentions] == [
        ("april 2024", "2024-04", "month")
    ]


def test_no_break_space_is_accepted() -> None:
    assert [m.value for m in find_dates("Op 3\u00a0mei\u00a02022 is gesproken.", None)] == [
        "2022-05-03"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "1, " * 10_000 + "maart",  # a comma list with no "en": quadratic if read unbounded
        "1, " * 10_000,
        "1 - " * 10_000 + "mei",
        "maart en " * 10_000 + "maart 2020",
        "1 mei van " * 5_000,
    ],
    ids=["comma-list-month", "comma-list", "dash-list", "month-chain", "day-van"],
)
def test_no_backtracking_trap(text: str) -> None:
    started = time.perf_counter()
    find_dates(text, DEC_2023)
    assert time.perf_counter() - started < 1.0


def test_long_day_list_keeps_its_last_members() -> None:
    text = "Op 1, 2, 3, 4, 5, 6, 7, 8, 9 en 10 maart 2024 was het open."
    assert [m.value[-2:] for m in find_dates(text, None)] == [f"{d:02d}" for d in range(1, 11)]


# ---------------------------------------------------------------------------------------------
# Property: any real date written "D maand YYYY" inside a sentence is found exactly
# ---------------------------------------------------------------------------------------------

MONTH_NAMES = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


@given(
    st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31)),
    st.sampled_from(["Op ", "In de brief van ", "(", "Sinds "]),
    st.sampled_from([" is besloten.", ") volgt.", ", zo blijkt.", "."]),
)
def test_any_written_date_round_trips(date: datetime.date, before: str, after: str) -> None:
    written = f"{date.day} {MONTH_NAMES[date.month - 1]} {date.year}"
    text = before + written + after
    (m,) = find_dates(text, None)
    assert (m.text, m.value, m.where.start) == (written, date.isoformat(), len(before))


@given(st.dates(min_value=D(1900, 1, 1), max_value=D(2099, 12, 31)))
def test_any_numeric_date_after_dd_round_trips(date: datetime.date) -> None:
    written = f"{date.day:02d}-{date.month:02d}-{date.year}"
    assert [m.value for m in find_dates(f"Zie de brief d.d. {written}.", None)] == [
        date.isoformat()
    ]


@given(st.text(alphabet="0123456789 ,.-/jlmaeinrt", max_size=60))
def test_never_crashes_and_offsets_hold(text: str) -> None:
    for m in find_dates(text, DEC_2023):
        assert text[m.where.start : m.where.end] == m.text


# ---------------------------------------------------------------------------------------------
# Dagtekening lines
# ---------------------------------------------------------------------------------------------

DATE_LINES: list[tuple[str, str | None, datetime.date]] = [
    ("Den Haag, 20 december 2023", "Den Haag", D(2023, 12, 20)),
    (" Den Haag, 20 december 2023 ", "Den Haag", D(2023, 12, 20)),
    ("’s-Gravenhage, 9 oktober 2020", "’s-Gravenhage", D(2020, 10, 9)),
    ("'s-Gravenhage, 1 juli 1996", "'s-Gravenhage", D(1996, 7, 1)),
    ("’s Gravenhage, 9 juni 2015", "’s Gravenhage", D(2015, 6, 9)),
    ("Den Haag, 14 September 2020", "Den Haag", D(2020, 9, 14)),
    ("Den Haag, dinsdag 3 maart 2020", "Den Haag", D(2020, 3, 3)),
    ("Den Haag,  5 juli  2012", "Den Haag", D(2012, 7, 5)),
    ("Brussel, 3 maart 2020", "Brussel", D(2020, 3, 3)),
    ("Bergen op Zoom, 1 mei 2020", "Bergen op Zoom", D(2020, 5, 1)),
    ("Alphen aan den Rijn, 3 maart 2021", "Alphen aan den Rijn", D(2021, 3, 3)),
    ("De Bilt, 3 maart 2020", "De Bilt", D(2020, 3, 3)),
    ("Voorgesteld 27 juni 2002", None, D(2002, 6, 27)),
    ("Voorgesteld 10 april 2025", None, D(2025, 4, 10)),
    ("Ontvangen 30 juni 2005", None, D(2005, 6, 30)),
    ("Vastgesteld 3 juli 2019", None, D(2019, 7, 3)),
    ("Datum 12 maart 2024", None, D(2024, 3, 12)),
    # a full stop after the year
    ("Den Haag, 1 december 2023.", "Den Haag", D(2023, 12, 1)),
]


@pytest.mark.parametrize(("line", "place", "date"), DATE_LINES)
def test_parse_date_line(line: str, place: str | None, date: datetime.date) -> None:
    assert parse_date_line(line) == (place, date)


NOT_DATE_LINES: list[str] = [
    "",
    "Den Haag",
    "20 december 2023",  # no place and no "Voorgesteld": not recognisably a dagtekening
    "Op 20 december 2023 is de motie aangenomen.",
    "Den Haag, 20 december 2023 en verder",
    "Den Haag, 20 december",
    "Den Haag, 31 februari 2023",
    "Den Haag, 1 jan. 2024",
    "Den Haag, 20-12-2023",
    "In Den Haag, 3 maart 2020",
    "NOS, 3 maart 2020",
    "NRC, 5 maart 2018.",
    "Handelingen II, 3 maart 2020",
    "Kamerstuk 27 925, nr. 963",
    "Vergaderjaar 2023–2024",
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
    "Voorgesteld",
    "voorgesteld door het lid 27 juni 2002 en anderen",
]


@pytest.mark.parametrize("line", NOT_DATE_LINES)
def test_not_a_date_line(line: str) -> None:
    assert parse_date_line(line) == (None, None)


# ---------------------------------------------------------------------------------------------
# Known hard cases, not handled yet
# ---------------------------------------------------------------------------------------------


@pytest.mark.skip(reason="English month-day-year order in cited English sources is not parsed")
def test_english_order_in_citations() -> None:
    text = "Forbes, January 25, 2023."
    assert [m.value for m in find_dates(text, DEC_2023)] == ["2023-01-25"]


@pytest.mark.skip(reason="a comma between month and year ('27 september, 2023') drops the year")
def test_comma_before_year() -> None:
    text = "Argos, 27 september, 2023, uitzending over de politie."
    assert [m.value for m in find_dates(text, D(2024, 6, 1))] == ["2023-09-27"]


@pytest.mark.skip(reason="the weekday is not used to choose the year of a year-less date")
def test_weekday_decides_the_year() -> None:
    # 1 januari 2024 is a Monday; nearest to the letter date would be 2025.
    text = "Op maandag 1 januari is het kantoor gesloten."
    assert [m.value for m in find_dates(text, D(2024, 7, 3))] == ["2024-01-01"]


@pytest.mark.skip(reason="a year-less date of a past event takes the nearest year, not the past")
def test_past_event_takes_the_past_year() -> None:
    # nearest to 16 April 2024 is 7 October 2024; the attack it names was in 2023
    text = "de precieze rol van de Iraanse Republikeinse Garde in de terreuraanval van 7 oktober"
    assert [m.value for m in find_dates(text, D(2024, 4, 16))] == ["2023-10-07"]


@pytest.mark.skip(reason="day numbers written as words ('eerste maart') are not read")
def test_ordinal_words() -> None:
    assert [m.value for m in find_dates("Per de eerste maart 2024.", None)] == ["2024-03-01"]


@pytest.mark.skip(
    reason="a footnote marker left glued to a month ('27 november2') hides the date: the "
    "pipeline takes markers off before the extractors read a paragraph"
)
def test_footnote_marker_glued_to_a_month() -> None:
    text = "Ik heb de Tweede Kamer per brief van 27 november2 reeds geïnformeerd."
    assert [m.value for m in find_dates(text, D(2021, 2, 12))] == ["2020-11-27"]


@pytest.mark.skip(reason="a month range joined by a hyphen ('maart-april 2024') is not split")
def test_hyphenated_month_range() -> None:
    values = [m.value for m in find_dates("In maart-april 2024 is gemeten.", None)]
    assert values == ["2024-03", "2024-04"]


# ---------------------------------------------------------------------------------------------
# start/end, recurring dates, weekdays
# ---------------------------------------------------------------------------------------------


def test_every_date_has_its_first_and_last_day() -> None:
    day, month = find_dates("op 3 mei 2024 en in februari 2024", datetime.date(2024, 4, 1))
    assert (day.start, day.end) == ("2024-05-03", "2024-05-03")
    assert (month.value, month.start, month.end) == ("2024-02", "2024-02-01", "2024-02-29")


@pytest.mark.parametrize(
    ("text", "recurring"),
    [
        ("Elk jaar op 1 juli worden de tarieven aangepast.", True),
        ("De lonen stijgen jaarlijks per 1 januari met de index.", True),
        ("Ieder jaar rond 5 december is het druk.", True),
        ("Op 1 juli 2024 worden de tarieven aangepast.", False),
        ("De herdenking op 4 mei en de viering op 5 mei vragen veel van de politie.", True),
        ("Op 4 mei jl. sprak ik de burgemeester.", False),  # one 4 May: the last one
    ],
)
def test_recurring_dates(text: str, recurring: bool) -> None:
    dates = find_dates(text, datetime.date(2024, 4, 15))
    assert dates and all(date.recurring is recurring for date in dates)


def test_a_weekday_that_contradicts_the_date_is_a_warning() -> None:
    from kamerparse.extract.dates import weekday_mismatch

    text = "Het debat is op dinsdag 3 maart 2025; de stemmingen op dinsdag 4 maart 2025."
    first, second = find_dates(text, None)
    assert (
        weekday_mismatch(text, first) == "date '3 maart 2025' is a maandag, the text says dinsdag"
    )
    assert weekday_mismatch(text, second) is None
