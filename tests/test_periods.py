"""Table-driven tests of ``kamerparse.extract.periods`` on sentences from real moties,
Kamerbrieven and Handelingen. The letter date is 15 April 2024 unless a row says otherwise."""

from __future__ import annotations

import datetime

import pytest

import kamerparse
from kamerparse.extract.periods import find_periods

LETTER = datetime.date(2024, 4, 15)

# (sentence, [(text, value, precision, start, end, qualifier)])
PERIODS = [
    # "sedert", the older word for "sinds"
    (
        "Zij hadden ook nauwgezet de pogingen gevolgd sedert 1992 om een brug te slaan tussen een "
        "wettelijke voorziening in Nederland en een mondiaal probleem.",
        [("sedert 1992", "1992", "year", "1992-01-01", "1992-12-31", "sinds")],
    ),
    # a list of years after "de jaren", and the same season of more years
    (
        "Het Zvw-pgb wordt over de jaren 2015 en 2016 gemonitord. Uw Kamer wordt in het voorjaar "
        "van 2016 en 2017 over de uitkomsten geïnformeerd.",
        [
            ("over de jaren 2015", "2015", "year", "2015-01-01", "2015-12-31", None),
            ("2016", "2016", "year", "2016-01-01", "2016-12-31", None),
            ("in het voorjaar van 2016", "2016-spring", "season", "2016-03-01", "2016-05-31", None),
            ("2017", "2017-spring", "season", "2017-03-01", "2017-05-31", None),
        ],
    ),
    (
        "constaterende dat voor de jaren 2021–2023 Nederland een plastictaks heeft afgedragen;",
        [("jaren 2021–2023", "2021/2023", "range", "2021-01-01", "2023-12-31", None)],
    ),
    (
        "verzoekt de regering de regeling voor jonge boeren uiterlijk in het tweede kwartaal van "
        "2024 open te stellen",
        [
            (
                "uiterlijk in het tweede kwartaal van 2024",
                "2024-Q2",
                "quarter",
                "2024-04-01",
                "2024-06-30",
                "uiterlijk",
            )
        ],
    ),
    (
        "verzoekt de regering om de Kamer in de eerste helft van 2024 te informeren over de "
        "uitkomsten",
        [("eerste helft van 2024", "2024-H1", "half", "2024-01-01", "2024-06-30", None)],
    ),
    (
        "het pakket maatregelen dat in de tweede helft van vorig jaar in de Kamer aan de orde was",
        [("tweede helft van vorig jaar", "2023-H2", "half", "2023-07-01", "2023-12-31", None)],
    ),
    (
        "Ik zal uw Kamer de gevraagde informatie in de tweede helft van oktober 2013 toesturen.",
        [
            (
                "tweede helft van oktober 2013",
                "2013-10",
                "month",
                "2013-10-16",
                "2013-10-31",
                "tweede helft",
            )
        ],
    ),
    (
        "verzoekt de regering de resultaten voor eind 2025 te presenteren",
        [("voor eind 2025", "2025", "year", "2025-09-01", "2025-12-31", "voor eind")],
    ),
    (
        "in het commissiedebat heeft de minister toegezegd begin 2025 plannen te sturen",
        [("begin 2025", "2025", "year", "2025-01-01", "2025-04-30", "begin")],
    ),
    (
        # official motie text; "halverwege" holds none of the other edge words
        "verzoekt de regering de mogelijkheden te onderzoeken voor een gemeentelijke zorgplicht"
        " voor zwembaden, en de Kamer hier halverwege 2025 over te informeren,",
        [("halverwege 2025", "2025", "year", "2025-05-01", "2025-08-31", "medio")],
    ),
    (
        "het spoor op de langere termijn (na 2024) (Kamerstuk 33 678, nr. 16)",
        [("na 2024", "2024", "year", "2024-01-01", "2024-12-31", "na")],
    ),
    (
        "De organen komen respectievelijk half november en eind november met een advies.",
        [
            ("half november", "2023-11", "month", "2023-11-11", "2023-11-20", "medio"),
            ("eind november", "2023-11", "month", "2023-11-21", "2023-11-30", "eind"),
        ],
    ),
    (
        "De minister zegt dat hij daar voor de zomer mee komt.",
        [("voor de zomer", "2024-summer", "season", "2024-06-01", "2024-08-31", "voor")],
    ),
    (
        "Ik informeer uw Kamer vóór de zomer van 2012 over de voortgang.",
        [("vóór de zomer van 2012", "2012-summer", "season", "2012-06-01", "2012-08-31", "voor")],
    ),
    (
        "Daar worden dit voorjaar de resultaten van verwacht.",
        [("dit voorjaar", "2024-spring", "season", "2024-03-01", "2024-05-31", None)],
    ),
    ("De minister hoopt op een mooi voorjaar.", []),
    (
        "Vanaf 2030 geldt de norm; sinds 2015 is dat bekend.",
        [
            ("Vanaf 2030", "2030", "year", "2030-01-01", "2030-12-31", "vanaf"),
            ("sinds 2015", "2015", "year", "2015-01-01", "2015-12-31", "sinds"),
        ],
    ),
    (
        "We verwachten deze eind oktober te kunnen sturen.",
        [("eind oktober", "2023-10", "month", "2023-10-21", "2023-10-31", "eind")],
    ),
    (
        "De werkzaamheden vinden in juli en augustus plaats.",
        [("in juli en augustus", "2024-07/2024-08", "range", "2024-07-01", "2024-08-31", None)],
    ),
    (
        "De vorstperiode loopt van december tot en met februari.",
        [
            (
                "van december tot en met februari",
                "2023-12/2024-02",
                "range",
                "2023-12-01",
                "2024-02-29",
                None,
            )
        ],
    ),
    (
        "De beurs is op 1 t/m 3 maart geopend.",
        [("1 t/m 3 maart", "2024-03-01/2024-03-03", "range", "2024-03-01", "2024-03-03", None)],
    ),
    (
        "de cijfers over Q3 2024 volgen",
        [("Q3 2024", "2024-Q3", "quarter", "2024-07-01", "2024-09-30", None)],
    ),
    ("de 2024-2025 en in 2025 gevallen", []),
    (
        "De uitgaven stijgen van 2020 tot 2025; tussen 2021 en 2025 verdubbelen ze.",
        [
            ("van 2020 tot 2025", "2020/2025", "range", "2020-01-01", "2025-12-31", None),
            ("tussen 2021 en 2025", "2021/2025", "range", "2021-01-01", "2025-12-31", None),
        ],
    ),
    (
        "het Deltaprogramma voor de periode 2024 t/m 2028",
        [("periode 2024 t/m 2028", "2024/2028", "range", "2024-01-01", "2028-12-31", None)],
    ),
    (
        "Vanaf 2025 en 2026 gelden de nieuwe tarieven.",
        [
            ("Vanaf 2025", "2025", "year", "2025-01-01", "2025-12-31", "vanaf"),
            ("2026", "2026", "year", "2026-01-01", "2026-12-31", "vanaf"),
        ],
    ),
    (
        "Ik verwacht in de loop van volgend jaar de evaluatie; dit jaar volgt de opzet.",
        [
            ("in de loop van volgend jaar", "2025", "year", "2025-01-01", "2025-12-31", None),
            ("dit jaar", "2024", "year", "2024-01-01", "2024-12-31", None),
        ],
    ),
    ("de aanval van 7 oktober vorig jaar", []),  # a date, not a period
    ("opvolging gegeven in april van 2024", []),  # a date (month and year), not a period
    (
        "met een realisatiedatum uiterlijk in 2030.",
        [("uiterlijk in 2030", "2030", "year", "2030-01-01", "2030-12-31", "uiterlijk")],
    ),
    ("Kamerstukken II, vergaderjaar 2023-2024, 36 410", []),
    # kst-34410-1 (a web page of the development set): the year a report covers
    (
        "Hierbij ontvangt u het Verslag van de Nationale ombudsman over 2015, dat vandaag is "
        "gepresenteerd aan de Tweede Kamer der Staten-Generaal.",
        [("over 2015", "2015", "year", "2015-01-01", "2015-12-31", None)],
    ),
    (
        "Het jaar 2015 was voor het instituut een jaar van verandering.",
        [("Het jaar 2015", "2015", "year", "2015-01-01", "2015-12-31", None)],
    ),
    ("de bouw van over 1990 woningen in de regio", []),  # about a number, no year
    # a year named by what it is a year of: one calendar year
    (
        "De invoering van de rapportageverplichting geschiedt gefaseerd, waarbij de eerste groep "
        "ondernemingen vanaf boekjaar 2024 moet rapporteren.",
        [("vanaf boekjaar 2024", "2024", "year", "2024-01-01", "2024-12-31", "vanaf")],
    ),
    (
        "het niet indexeren van de maximum uurprijs over het berekeningsjaar 2026 per direct in "
        "te trekken",
        [("het berekeningsjaar 2026", "2026", "year", "2026-01-01", "2026-12-31", None)],
    ),
    ("in het schooljaar 2024 starten", []),  # a school year straddles two
    (
        "het jaar 2024 en jaar 2025",
        [("het jaar 2024", "2024", "year", "2024-01-01", "2024-12-31", None)],
    ),
    # a footnote marker after the full stop that ends the sentence
    (
        "met een financieringsplafond van 5,69 mld. voor de periode 2021–2027.3 Sinds de "
        "oprichting is het plafond driemaal opgehoogd",
        [("periode 2021–2027", "2021/2027", "range", "2021-01-01", "2027-12-31", None)],
    ),
    # two years joined by a dash after "in"; "in 2020 tot 2025" stays a year and a period
    (
        "In de aanbiedingsbrief bij het eindrapport van de door Defensie in 2015–2016 "
        "uitgevoerde evaluatie DMP bij de tijd gaf de Minister aan",
        [("in 2015–2016", "2015/2016", "range", "2015-01-01", "2016-12-31", None)],
    ),
    # two years a dash joins that fill a bracket (a nota of 2011 and a motie); a bracket of two
    # years one apart is as often a vergaderjaar
    (
        "Door de meer geharmoniseerde aanpak in fase III (2013–2020) van het Europese systeem van "
        "emissiehandel (hierna: het ETS) vervallen deze mogelijkheden.",
        [("2013–2020", "2013/2020", "range", "2013-01-01", "2020-12-31", None)],
    ),
    (
        "constaterende dat eerdere publieke bouwprogramma's (1964–1990) bewezen hebben dat met "
        "structurele rijksinvesteringen",
        [("1964–1990", "1964/1990", "range", "1964-01-01", "1990-12-31", None)],
    ),
    ("de begroting (2023-2024) en de suppletoire wet", []),
    ("een bedrag van 2020.500 euro, of 2020,5 miljoen", []),
    # a target's year after "tegen", as EU texts set it
    (
        "Deze doelstelling vereist een vermindering van de broeikasgasemissies met 55 % tegen "
        "2030, zoals door de Europese Raad in december 2020 is bevestigd.",
        [("tegen 2030", "2030", "year", "2030-01-01", "2030-12-31", "tegen")],
    ),
    # "over het jaar": the year itself, whatever follows it ("over 1990 woningen" is a number)
    (
        "inzake inkomensgegevens politie in het kader van de Wet Normering Topinkomens (WNT) over "
        "het jaar 2018 (Kamerstuk 29 628, nr. 872).",
        [("over het jaar 2018", "2018", "year", "2018-01-01", "2018-12-31", None)],
    ),
    ("een regeling voor over 1990 woningen in de regio", []),
    # a bracket after the year: the dossier of the report over that year
    (
        "ingediend bij het debat over het verslag van de Nationale ombudsman over 2007 (31363), "
        "te weten:",
        [("over 2007", "2007", "year", "2007-01-01", "2007-12-31", None)],
    ),
    # a question's mark and "gaat" after the year of "over"
    (
        "Hoe staat het met het terugbetalen van de teveelbetaalde inkomensafhankelijke zorgpremie "
        "over 2006?",
        [("over 2006", "2006", "year", "2006-01-01", "2006-12-31", None)],
    ),
    (
        "dat ik hoop dat iedereen zich realiseert dat de Najaarsnota vooral over 2007 gaat.",
        [("over 2007", "2007", "year", "2007-01-01", "2007-12-31", None)],
    ),
    # "als" after the year of "over" (a besluitenlijst of 2016, a motie of 2024)
    (
        "Voorstel voor een vijfde begrotingswijziging van de EU-begroting over 2016 als gevolg "
        "van de voltooiing van het ratificatieproces inzake het Eigen Middelen Besluit.",
        [("over 2016", "2016", "year", "2016-01-01", "2016-12-31", None)],
    ),
    (
        "constaterende dat de Algemene Rekenkamer bezwaar heeft gemaakt en de beveiliging van "
        "militaire objecten over 2024 als ernstige onvolkomenheid heeft gekwalificeerd;",
        [("over 2024", "2024", "year", "2024-01-01", "2024-12-31", None)],
    ),
    # a past participle after the year of "over"
    (
        "De Algemene Rekenkamer heeft over 2020 geconstateerd dat de Minister erin geslaagd is "
        "om de tekortkomingen in het inkoopbeheer bij SZW succesvol op te lossen.",
        [("over 2020", "2020", "year", "2020-01-01", "2020-12-31", None)],
    ),
    # a month with the year the words name ("vorig jaar"), not the nearest one
    (
        "De drie openbare lichamen hebben sinds juni vorig jaar in samenwerking met het Rijk hard "
        "gewerkt aan het verwezenlijken van de gezamenlijke ambities.",
        [("sinds juni vorig jaar", "2023-06", "month", "2023-06-01", "2023-06-30", "sinds")],
    ),
    # the end of "het jaar" after a qualifier: the letter's year
    (
        "verzoekt de regering een verkenning te starten naar de mogelijkheden om met publieke en "
        "private partners op en rondom Schiphol informatiedeling te bevorderen, en de Kamer over "
        "de resultaten voor het einde van het jaar te berichten,",
        [("voor het einde van het jaar", "2024", "year", "2024-09-01", "2024-12-31", "voor eind")],
    ),
    (
        "waarbij bestaande technieken voor automatisering expliciet worden meegenomen en hierover "
        "voor het einde van het kalenderjaar terug te koppelen,",
        [
            (
                "voor het einde van het kalenderjaar",
                "2024",
                "year",
                "2024-09-01",
                "2024-12-31",
                "voor eind",
            )
        ],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERIODS)
def test_periods(text: str, expected: list[tuple]) -> None:
    periods = find_periods(text, LETTER)
    got = [(p.text, p.value, p.precision, p.start, p.end, p.qualifier) for p in periods]
    assert got == expected
    for p in periods:
        assert text[p.where.start : p.where.end] == p.text
        assert datetime.date.fromisoformat(p.start) <= datetime.date.fromisoformat(p.end)


# A season or quarter a forward-looking qualifier bounds, in a letter written after it in the
# year: the next one. (sentence, letter date, value)
AHEAD = [
    ("verzoekt de regering voor de zomer in kaart te brengen hoe", "2024-11-11", "2025-summer"),
    ("en de Kamer uiterlijk het eerste kwartaal te informeren", "2024-11-11", "2025-Q1"),
    ("en de Kamer voor de zomer te informeren", "2024-05-22", "2024-summer"),
    ("zoals in de zomer besproken", "2024-11-11", "2024-summer"),  # no qualifier: that year
    # no qualifier, but a sentence in the future: the next one; in the past: that year's
    ("In het voorjaar volgt een uitgebreide missie.", "2018-12-07", "2019-spring"),
    ("In het eerste kwartaal zal ik uw Kamer informeren.", "2024-11-11", "2025-Q1"),
    ("In het voorjaar heb ik uw Kamer geïnformeerd; de missie volgt.", "2018-12-07", "2018-spring"),
    (
        "In het voorjaar werd de missie afgerond, die volgt op de eerdere.",
        "2018-12-07",
        "2018-spring",
    ),
    ("en de Kamer voor de zomer van 2024 te informeren", "2024-11-11", "2024-summer"),
    (
        "en voor het einde van het eerste kwartaal de Kamer hierover te informeren;",
        "2024-10-21",
        "2025-Q1",
    ),
    # "4de" for "vierde"
    (
        "om jaarlijks een voortgangsrapportage te sturen, te beginnen in het 4de kwartaal van 2025;",
        "2025-01-21",
        "2025-Q4",
    ),
]


# "afgelopen" before a season: the last one that has ended by the letter date
PAST_SEASONS = [
    (
        "Afgelopen voorjaar hebben wij met uw Kamer gesproken over veiligheid op scholen",
        "2019-07-11",
        "2019-spring",
    ),
    (
        "constaterende dat afgelopen zomer een dienstverleningsovereenkomst is getekend",
        "2024-11-11",
        "2024-summer",
    ),
    (
        "constaterende dat afgelopen zomer een dienstverleningsovereenkomst is getekend",
        "2024-07-15",
        "2023-summer",
    ),
]


@pytest.mark.parametrize(("text", "letter", "value"), PAST_SEASONS)
def test_the_past_season_is_the_last_ended(text: str, letter: str, value: str) -> None:
    (period,) = find_periods(text, datetime.date.fromisoformat(letter))
    assert period.value == value


@pytest.mark.parametrize(("text", "letter", "value"), AHEAD)
def test_a_passed_season_looked_ahead_to_is_next_years(text: str, letter: str, value: str) -> None:
    (period,) = find_periods(text, datetime.date.fromisoformat(letter))
    assert period.value == value


def test_year_less_period_without_letter_date_is_left_out() -> None:
    assert find_periods("We verwachten deze eind oktober te kunnen sturen.", None) == []
    (p,) = find_periods("uiterlijk 2026", None)
    assert p.value == "2026"


def test_periods_are_not_dates() -> None:
    """The gold rule for dates stays: periods go to their own list, dates are unchanged."""
    text = (
        "Nr. 5 BRIEF VAN DE MINISTER\n\nAan de Voorzitter van de Tweede Kamer der "
        "Staten-Generaal\n\nDen Haag, 15 april 2024\n\nIn het eerste kwartaal van 2025 en "
        "medio 2025 volgt meer; op 3 mei 2024 spreken wij elkaar.\n"
    )
    doc = kamerparse.parse_text(text, source="x.txt")
    assert [d.value for d in doc.dates] == ["2024-05-03"]
    assert [p.value for p in doc.periods] == ["2025-Q1", "2025"]
    assert doc.dates[0].start == doc.dates[0].end == "2024-05-03"


# A month that "jl." or "a.s." places, and two days in a row joined by "en" (a meeting of two
# days); two days apart are two dates. (sentence, letter date, [(text, value)])
SIDED_AND_PAIRED = [
    (
        "Evenals bij de Geannoteerde Agenda van de Milieu Raad van juni jl. zijn in het "
        "navolgende, conform de brief van de Staatssecretaris van Buitenlandse Zaken, waar "
        "mogelijk de Commissienummers van voorstellen vermeld.",
        "1999-10-05",
        [("juni jl.", "1999-06")],
    ),
    (
        "Het voorzitterschap agendeert zowel in de Milieuraad van 4 en 5 december als in de "
        "Energieraad van 8 december het klimaat- en energiepakket",
        "2008-11-21",
        [("4 en 5 december", "2008-12-04/2008-12-05")],
    ),
    (
        "De leden van de VVD-fractie hebben kennisgenomen van de geannoteerde agenda voor de "
        "Landbouw- en Visserijraad van 27 en 28 oktober 2025 en richten hun inbreng op het "
        "onderdeel visserij.",
        "2025-10-23",
        [("27 en 28 oktober 2025", "2025-10-27/2025-10-28")],
    ),
    # a weekday before the second day
    (
        "Op donderdag 19 en vrijdag 20 februari a.s. vindt, onder Cypriotisch voorzitterschap, "
        "de informele Raad Buitenlandse Zaken Handel plaats in Nicosia, Cyprus.",
        "2026-01-30",
        [("19 en vrijdag 20 februari", "2026-02-19/2026-02-20")],
    ),
    ("NRC, 5 en 7 maart 2018, Aanhangsel Handelingen II 2017/18, nr. 1696.", "2018-04-01", []),
    # more days in a row; a list with a gap names dates
    (
        "De meeste daarvan hebben betrekking op de gemeenteraadsverkiezingen van 14, 15 en 16 "
        "maart aanstaande.",
        "2022-02-21",
        [("14, 15 en 16 maart", "2022-03-14/2022-03-16")],
    ),
    ("de vergaderingen van 5, 7 en 8 maart", "2022-02-21", []),
    # two months joined by a slash
    (
        "mocht het plan niet voor 1 juli 2009 ingediend zijn dan geldt een vangstverbod voor de "
        "maanden september/oktober;",
        "2009-03-24",
        [("september/oktober", "2009-09/2009-10")],
    ),
    # a footnote marker glued to a season's year, where the page lost its superscript
    (
        "Wij verwachten hierover aan uw Kamer te kunnen rapporteren in het voorjaar van 20151.",
        "2014-10-27",
        [("in het voorjaar van 2015", "2015-spring")],
    ),
    # and before a list's comma, as a month's year is (blind25: "in februari 20233, juli 20234")
    (
        "Wij rapporteren in het voorjaar van 20151, en daarna jaarlijks.",
        "2014-10-27",
        [("in het voorjaar van 2015", "2015-spring")],
    ),
    # "sinds" and a month without year looks back: an IenW letter of November 2019
    (
        "In februari 2019 informeerde ik u over de te treffen maatregelen voor de aanpak van "
        "tachograaffraude.1 Sinds februari is op verschillende punten goede voortgang geboekt.",
        "2019-11-11",
        [("Sinds februari", "2019-02")],  # "In februari 2019" is a date
    ),
    # "in respectievelijk" before a list of years: an IenW memorie van toelichting of 2012
    (
        "Uiterlijk in 2012 zullen de delen omtrent milieueisen in werking treden. In "
        "respectievelijk 2013 en 2014 zullen de bepalingen omtrent luchthavens in werking treden.",
        "2012-11-09",
        [("Uiterlijk in 2012", "2012"), ("In respectievelijk 2013", "2013"), ("2014", "2014")],
    ),
    # not without "in": amounts
    ("Het ging om bedragen van respectievelijk 2013 en 2014 euro.", "2012-11-09", []),
]


@pytest.mark.parametrize(("text", "letter", "expected"), SIDED_AND_PAIRED)
def test_sided_months_and_two_day_ranges(text: str, letter: str, expected: list[tuple]) -> None:
    periods = find_periods(text, datetime.date.fromisoformat(letter))
    assert [(p.text, p.value) for p in periods] == expected


@pytest.mark.skip(
    reason="a day glued to the word before it ('van15 en 16 oktober 1999', a typo of the page) "
    "is not read as the first day of a two-day range: a number glued to a word is as often part "
    "of a code"
)
def test_day_glued_to_the_word_before_it() -> None:
    text = "een doel dat is neergelegd in conclusie 15 van de Europese Raad van Tampere van15 en 16 oktober 1999."
    assert [p.value for p in find_periods(text, LETTER)] == ["1999-10-15/1999-10-16"]


@pytest.mark.skip(
    reason="'tot ten minste 2028': words between the qualifier and the year are not read, as "
    "'tot' before a year with other words between names no period as often as it does"
)
def test_words_between_qualifier_and_year() -> None:
    text = (
        "verzoekt de regering om uiterlijk in 2025 met een plan te komen dat de NPLV-gebieden in "
        "staat stelt om tot ten minste 2028 hun generatielange opgaven voort te zetten,"
    )
    assert [p.value for p in find_periods(text, LETTER)] == ["2025", "2028"]


# A quarter the letter date places (a BZK verzamelbrief of 9 April 2024): (sentence, letter
# date, value)
RELATIVE_QUARTERS = [
    (
        "Per spoor informeer ik uw Kamer over de behaalde resultaten in het afgelopen kwartaal en "
        "over de plannen en ontwikkelingen voor de komende periode.",
        "2024-04-09",
        "2024-Q1",
    ),
    ("over de behaalde resultaten in het afgelopen kwartaal", "2025-01-02", "2024-Q4"),
]


@pytest.mark.parametrize(("text", "letter", "value"), RELATIVE_QUARTERS)
def test_relative_quarter(text: str, letter: str, value: str) -> None:
    (period,) = find_periods(text, datetime.date.fromisoformat(letter))
    assert (period.text, period.value, period.precision) == (
        "het afgelopen kwartaal",
        value,
        "quarter",
    )
