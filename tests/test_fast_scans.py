"""The anchored scans find exactly what a plain ``finditer`` of their pattern finds.

Dates try ``_UNIT_RE`` only near month names and numeric dates, laws try the title trie only
near "wet" and the compound pattern only before "wet": faster, and by these properties the
same matches in the same order.
"""

import datetime
import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kamerparse.extract import dates, eu, laws, members, periods, references, urls
from kamerparse.extract._find import before_digit, digit_image, has_digit

DATE_PIECES = [
    *"0123456789 ,.-/–",
    "1ste", "2de", "5e", " en ", " tot en met ", " t/m ", "d.d. ", "nr. ", "nrs. ",
    "maart", "Mei", "mei", "MEI", "sept.", "sept", "jan", "Jan", "jAn", "januari", "FEBRUARI",
    "febr.", "Augustus", "decentraal", "Amaart", "jl.", "a.s.", " vorig jaar", "2024", "1999",
    "12-3-2024", "1/2/2023", "01.02.2020", "12-3/2024", "İ", "\u00a0", "\u0663", "-\u0663",
]  # fmt: skip
LAW_PIECES = [
    *sorted(laws.law_table())[:60],
    " ", "-", "wet", "Wet", "Xwet", "ë", "de ", ", ", "Aawetwet", " 2000", "\u00a0",
    "Arbeidsomstandighedenwet", "Financiële-verhoudingswet", "Wegenverkeerswet 1994",
    "Kaderwet", "Rijkswet ", "Uitvoeringswet", "Invoeringswet", "Verzamelwet", " op de ", "Wet ",
    "zelfstandige ", "Kader", "Rijks",
]  # fmt: skip


def _text(pieces: list[str]) -> st.SearchStrategy[str]:
    return st.lists(st.sampled_from(pieces), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(_text(DATE_PIECES))
def test_date_units_are_those_of_finditer(text: str) -> None:
    expected = [(m.span(), m.groupdict()) for m in dates._UNIT_RE.finditer(text)]
    months, numeric = dates._month_anchors(text), dates._numeric_anchors(text)
    found = [(m.span(), m.groupdict()) for m in dates._unit_matches(text, months, numeric)]
    assert found == expected


@settings(max_examples=300, deadline=None)
@given(_text(DATE_PIECES), st.integers(0, 40), st.integers(0, 400))
def test_day_starts_are_those_of_the_plain_lookbehind(text: str, pos: int, endpos: int) -> None:
    # the lookbehind moved behind the digit looks at the same character, also before ``pos``
    plain = re.compile(r"(?<![\w./-])\d")
    assert [m.span() for m in dates._DAY_START_RE.finditer(text, pos, endpos)] == [
        m.span() for m in plain.finditer(text, pos, endpos)
    ]


@settings(max_examples=400, deadline=None)
@given(_text(LAW_PIECES))
def test_law_titles_and_compounds_are_those_of_finditer(text: str) -> None:
    titles, _ = laws._names_res()
    assert [m.span() for m in laws._title_matches(titles, text)] == [
        m.span() for m in titles.finditer(text)
    ]
    wets = [m.start() for m in re.finditer("(?=[Ww]et)", text)]
    assert [m.span() for m in laws._compound_matches(text, wets)] == [
        m.span() for m in laws._COMPOUND_RE.finditer(text)
    ]
    # "Wet …" titles are tried only at their heads: every position where the pattern
    # matches is among them, so trying them in order finds what a search would
    starts = laws._wet_title_starts(text, wets)
    assert [s for s in starts if laws._WET_TITLE_RE.match(text, s)] == [
        s for s in range(len(text) + 1) if laws._WET_TITLE_RE.match(text, s)
    ]
    assert starts == sorted(set(starts))


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="ab 19209\u0660\u00e9\u2019", max_size=20))
def test_has_digit_is_a_regex_search(text: str) -> None:
    assert has_digit(text) == (re.search(r"\d", text) is not None)


YEAR_PIECES = [
    *"0123456789 -/,.", "1920", "2024", "19", "20", " tot ", " t/m ", " en ", "van ", "tussen ",
    "Begin ", "EIND", "Helft", "half", "Maart", "maar", "mrt", "İ", "Q", "H",
    "de periode ", "in ", "na ", "(na ", "vanaf ", "jaar ", "het jaar ", "over ", "\u00a0",
    "maart ", "januari", "juli en augustus", "eind ", "begin ", "halverwege ", "Medio ",
    "dit jaar", "volgende jaar", "vergaderjaar", "kwartaal", "Q3 ", "H1 ", "zomer", "voor de ",
    "In ", "IN ", "Vanaf ", "vóór ", "sinds ", "uiterlijk ", "maand ", "de maand ", "1 ", "12",
    " t/m ", "–", " tot en met ", "mei", "juni", "xin ", "\u0663", "Ultimo ", "ultimo", "U",
    "voorjaar", "najaar", "zomerreces", "winter", "komende jaar",
    "Half", "halfjaar", "helft", "Halverwege", "al", "alf", "egin", "ind", "Eind", "ltimo", "Medio",
    "edio", "voor", "na", "jaar", "lente", "herfst", "o", "a", "B", "e",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_text(YEAR_PIECES), st.booleans())
def test_period_anchors_are_those_of_finditer(text: str, dates_first: bool) -> None:
    # the months are found among the month keys of find_dates when it read the same text
    # just before, else by the anchors' own search
    if dates_first:
        dates._month_anchors(text)
    a = periods._Anchors(text)
    quarters = "|".join(sorted(periods._QUARTER_WORDS, key=len, reverse=True))
    codes = [m.span() for m in re.finditer(r"[QH][1-4]", text)]
    assert a.quarters == sorted([*(m.span() for m in re.finditer(quarters, text)), *codes])
    assert a.years == [m.span() for m in re.finditer(r"(?:19|20)\d\d", text)]
    assert a.year_starts == [m.start() for m in re.finditer(r"(?=(?:19|20)\d\d)", text)]
    months = "|".join(periods._MONTH_WORDS)
    assert a.months == [m.span() for m in re.finditer(months, text)]
    edges = "|".join(sorted(periods._EDGE_WORDS, key=len, reverse=True))
    assert a.edges == [m.span() for m in re.finditer(edges, text)]
    seasons = "|".join(sorted(periods._SEASON_WORDS, key=len, reverse=True))
    assert a.seasons == [m.span() for m in re.finditer(seasons, text)]
    assert a.relative_jaar == [
        m.span()
        for m in re.finditer("jaar", text)
        if periods._word_before(text, m.start()) in periods._RELATIVE_WORDS
    ]


@settings(max_examples=600, deadline=None)
@given(_text(YEAR_PIECES))
def test_periods_scanned_near_anchors_are_those_of_finditer(text: str) -> None:
    # each shape, scanned only around its anchors, finds what a scan of the whole text finds
    a = periods._Anchors(text)
    shapes = [
        (periods._MONTH_ALONE_RE, a.qualified_months, periods._MONTH_ALONE_REACH),
        (periods._DAY_RANGE_RE, a.day_range_ends, periods._DAY_RANGE_REACH),
        (periods._MONTH_RANGE_RE, a.month_range_ends, periods._MONTH_RANGE_REACH),
        (periods._YEAR_RANGE_RE, a.year_pairs, periods._YEAR_RANGE_REACH),
    ]
    for pattern, anchors, reach in shapes:
        found = [m.span() for m in periods._scan(pattern, anchors, text, *reach)]
        assert found == [m.span() for m in pattern.finditer(text)], pattern.pattern[:40]


PREFIX_PIECES = [
    *"0123456789 ,.()-/", "Kamerstuk ", "Kamerstukken", "kamerstuk", "Kst.", " II", "ll", " I",
    "(II)", "TK", "EK", "Tweede ", "Eerste ", "Kamer", "Dossier", "dossiernummer", "dossiernr",
    "vergaderjaar ", "Vergaderjaar ", "2019/20", "2019-2020", "2023–24", "36 200", "zie ",
    "\u00a0", "\u202f", "\u0663",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_text(PREFIX_PIECES))
def test_kamerstuk_prefix_quick_no_is_the_search(text: str) -> None:
    # the quick no (no keyword or year can end before the dossier) says what the search says,
    # and a search from the longest prefix's length finds what one from further back finds
    for start in range(len(text) + 1):
        wide = references._search_prefix(text, start, references._PREFIX_WINDOW)
        assert references._read_prefix(text, start) == wide


def test_longest_kamerstuk_prefix() -> None:
    longest = "Tweede Kamerstukken (II), vergaderjaar 2019 /\u2013 2020, "
    assert len(longest) == references._LONGEST_PREFIX
    assert references._KST_PREFIX_RE.fullmatch(longest) is not None
    assert references._read_prefix(f"x {longest}36 200", len(longest) + 2).start == 2


NAME_PIECES = [
    *" ,./-()", "motie", "Motie", "MOTIE", "amendement", "Amendement", "Kamermotie", "otie",
    "-Omtzigt", "-Van der Plas", " van het lid ", " van de leden ", "Kuik", " en ", "De Boer",
    " c.s.", " op stuk nr. 12 ", "(28 844)", "http", "https://", "HTTP://", "Http://", "www.",
    "artikel ", "Artikel 5", "artikelen 3 en 4", "art. 2", "artt. 1-3", "Art.", "rtikel", " lid 2",
    "stuk nr. 5", "Stuk nummer 3", "krijgt nr. 12 (32847)", "Kamerstuk", ", 33576",
    "WWW.", "wWw.", "x.nl/a", "@", "İ", "ſ", "\u212a", "\u00a0", "[", "’",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_text(NAME_PIECES))
def test_name_and_address_matches_are_those_of_finditer(text: str) -> None:
    assert [m.span() for m in members._paper_matches(text)] == [
        m.span() for m in members._PAPER_RE.finditer(text)
    ]
    assert [m.span() for m in urls._url_matches(text)] == [
        m.span() for m in urls._URL_RE.finditer(text)
    ]
    assert [m.span() for m in laws._article_matches(text)] == [
        m.span() for m in laws._ARTICLE_RE.finditer(text)
    ]
    stuk = [c.where.start for c in references._scan_stuk_nr(text) for c in c.refs]
    assert stuk == [
        m.start()
        for m in references._STUK_NR_RE.finditer(text)
        if references.normalise_dossier(m["dossier"] or m["after"]) is not None
    ]


ID_PIECES = [
    *" -/.", "kst-", "36410", "-XIV", "-33", "27925-959", "ah-", "h-", "tk-", "ek-", "20192020",
    "-89", "stb-2011-35", "stcrt-", "trb-", "x", "a", "wah-tk-", "kst-trb-2019-1", "ah-tk-2019",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_text(ID_PIECES))
def test_official_ids_are_those_tried_at_every_start_hit(text: str) -> None:
    # the ids found from the literal starts are those that trying the id pattern at every hit
    # of a start pattern gives (as the extractor did before)
    start_re = re.compile(r"(?:kst|ah|h|stb|stcrt|trb)-[0-9te]")
    expected = [
        m.span()
        for hit in start_re.finditer(text)
        if (m := references._OFFICIAL_ID_RE.match(text, hit.start())) is not None
        and not references._continues_word(text, m.start())
    ]
    found = [(c.start, c.end) for c in references._scan_official_ids(text)]
    assert found == expected


@settings(max_examples=300, deadline=None)
@given(_text([*"ab .,;!?)]\"'’”\n\t\u00a0\u20037\u0663", "www.x.nl", " zie"]))
def test_closed_paragraph_end_searched_from_its_last_character(text: str) -> None:
    from kamerparse.quality import _CLOSED, _closed

    assert _closed(text) == bool(_CLOSED.search(text))


WORD_PIECES = [
    *"ab Zé-_.,'’()/\n\t\u00a0\u2003\x1c7\u0663²½Ⅻ", "İ", "Σ", "ß", "ﬁ", "woord", "CO2", "-tje",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_text(WORD_PIECES))
def test_lower_words_token_walk_is_the_pattern_over_the_lowered_text(text: str) -> None:
    from kamerparse.quality import _WORD as QUALITY_WORD
    from kamerparse.stages.normalise import lower_words
    from kamerparse.stages.unwrap import _WORD as UNWRAP_WORD

    for pattern in (QUALITY_WORD, UNWRAP_WORD):
        assert lower_words(pattern, text) == [w.lower() for w in pattern.findall(text)]


KST_PIECES = [
    *"0123456789 .-–(),;", "\u00a0", "\u202f", "\u0663", "\u0966", "’", "€ ", "Kamerstuk ",
    "nr. ", "36 200", "21501-32", "31865-20", "12.345", "2024", "İ", "\u212a",
]  # fmt: skip


def _kamerstukken_by_search(text: str) -> list:
    # the scan as a plain search for five-digit runs in the text itself
    found, pos = [], 0
    while (hit := references._FIVE_DIGITS_RE.search(text, pos)) is not None:
        m = references._KST_RE.match(text, hit.start())
        if m is None:
            pos = hit.start() + 1
            continue
        pos = m.end()
        if (citation := references._resolve_kamerstuk(text, m)) is not None:
            found.append(citation)
    return found


@settings(max_examples=400, deadline=None)
@given(_text(KST_PIECES))
def test_kamerstuk_scan_in_the_digit_image_is_the_search(text: str) -> None:
    assert list(references._scan_kamerstukken(text)) == _kamerstukken_by_search(text)


# the pieces that overlap ("janov", "junov") or share a letter ("aprsep") test that one scan
# from the keys' rare letters finds every key that a search for each finds
MONTH_KEY_PIECES = [
    *DATE_PIECES, "\u212a", "oKt", "ſep", "É", "’", "€", "ja", "ju", "n", "ov", "no", "kt", "se",
    "pr", "a", "p", "au", "g", "de", "c", "mrt", "mei", "jul", "jun", "nov", "okt",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_text(MONTH_KEY_PIECES))
def test_month_keys_are_those_of_the_lower_case(text: str) -> None:
    lower = text.lower()
    expected = (
        sorted(i for k in dates._MONTH_KEYS for i in range(len(lower)) if lower.startswith(k, i))
        if len(lower) == len(text)
        else None
    )
    assert dates.month_key_positions(text) == expected


OFFICIAL_ID_PIECES = [
    *"ahk-stbr 0123",
    "kst-", "stb-", "stcrt-", "trb-", "h-tk-", "h-ek-", "ah-", "-tk-", "kst", "st", "crt-",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_text(OFFICIAL_ID_PIECES))
def test_official_id_starts_are_where_the_words_stand(text: str) -> None:
    words = ("kst-", "stb-", "stcrt-", "trb-", "h-tk-", "h-ek-")
    starts = [i for i in range(len(text)) if text.startswith(words, i)]
    after_a = [i - 1 for i in starts if text[i - 1 : i] == "a" and text.startswith("h-", i)]
    assert references._official_id_starts(text) == sorted([*starts, *after_a])


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="-(a1 \u00a0\u0663\u00b2", max_size=12), st.sampled_from(["", " \u00a0"]))
def test_before_digit_is_a_regex_search(text: str, spaces: str) -> None:
    for char in "-(":
        gap = f"[{spaces}]?" if spaces else ""
        expected = re.search(re.escape(char) + gap + r"\d", text) is not None
        assert before_digit(text, char, spaces) == expected


@settings(max_examples=400, deadline=None)
@given(_text([*OFFICIAL_ID_PIECES, *ID_PIECES, "-", "2019", "7", "\u0663"]))
def test_official_id_gate_passes_every_text_with_an_id(text: str) -> None:
    # the gate asks for a hyphen before a digit, which every id has: where it says no, the
    # scanner finds nothing
    assert references._may_cite_official_id(text) or not list(references._scan_official_ids(text))


BRACKET_PIECES = [
    *"( )0123", "(", "( ", "(\u00a0", "\u202f", "36 410", "-VII", "COM", "SWD", "JOIN", "SEC",
    "(2021)", " 752", " final", "21 501–02", "\u0663", "x",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_text(BRACKET_PIECES))
def test_bracket_gates_pass_every_text_with_their_citation(text: str) -> None:
    # a bracketed dossier and a Commission document both have a bracket before a number (a
    # space between allowed): where the gates say no, their scanners find nothing
    gated = references._opens_with_number(text)
    assert gated or not list(references._scan_bracketed_dossiers(text))
    assert references._may_cite_eu(text) or not list(references._scan_eu(text))


HINT_PIECES = [
    *" nrbtS", "tuk n", "krijgt n", "ent nr", "otie nr", "tuk", "krijgt", "ent", "otie", " n",
    "St", "crt", "aats", "Tr", "\u00a0",
]  # fmt: skip


@settings(max_examples=400, deadline=None)
@given(_text(HINT_PIECES))
def test_gate_hints_are_their_substring_tests(text: str) -> None:
    # one search each for what was a chain of ``in`` tests: the same answer
    words = ("tuk n", "krijgt n", "ent nr", "otie nr")
    assert references._may_cite_stuk_nr(text) == any(w in text for w in words)
    words = ("Stb", "Stcrt", "Staats", "Tr")
    assert references._may_cite_gazette(text) == any(w in text for w in words)


CAPITAL_PIECES = [
    *sorted(n for n in laws.law_table() if not laws._has_wet(n))[:70],
    *eu.ABBREVIATIONS, "X", "x", "ë", "-", "_", "1", "12", " ", "\u00a0", ", ", "(", ")", "Mi",
    "AV", "CS", "Ab", "Wm", "W", "Statuut van", " het Koninkrijk der Nederlanden",
]  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(_text(CAPITAL_PIECES))
def test_names_without_wet_and_eu_abbreviations_are_those_of_their_searches(text: str) -> None:
    # one search for both sets of names, each confirmed by its own pattern
    others = laws._names_res()[1]
    found = laws._other_matches(text)
    assert [(m.span(), m[0]) for m in found] == [(m.span(), m[0]) for m in others.finditer(text)]
    assert eu._has_abbreviation(text) == (eu.ABBREVIATION_HINT_RE.search(text) is not None)
    # a text the scan did not read: the gate searches itself
    other = "".join(reversed(text))
    assert eu._has_abbreviation(other) == (eu.ABBREVIATION_HINT_RE.search(other) is not None)


def test_names_without_wet_and_eu_abbreviations_in_the_citation_sample() -> None:
    others = laws._names_res()[1]
    sample = Path(__file__).parent / "data" / "citations" / "sample.jsonl"
    for line in sample.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        found = laws._other_matches(text)
        assert [m.span() for m in found] == [m.span() for m in others.finditer(text)]
        assert eu._has_abbreviation(text) == (eu.ABBREVIATION_HINT_RE.search(text) is not None)


def _nearest_year_of_nine(month: int, day: int, ref: datetime.date) -> int | None:
    # the plain search: every year four out on either side, the earlier one on a tie
    best: tuple[int, int] | None = None
    for y in range(ref.year - 4, ref.year + 5):
        try:
            d = datetime.date(y, month, day)
        except ValueError:
            continue
        if best is None or abs((d - ref).days) < best[0]:
            best = (abs((d - ref).days), y)
    return None if best is None else best[1]


@settings(max_examples=1000, deadline=None)
@given(st.dates(), st.integers(0, 13), st.integers(0, 32))
def test_nearest_year_is_that_of_the_nine_years_around(
    ref: datetime.date, month: int, day: int
) -> None:
    # only the years beside the reference date's are tried, but for 29 februari
    assert dates._infer_year(month, day, ref, "nearest") == _nearest_year_of_nine(month, day, ref)


@pytest.mark.parametrize("ref", [datetime.date(2023, 3, 1), datetime.date(2024, 2, 28)])
def test_nearest_year_of_29_februari_is_a_leap_year(ref: datetime.date) -> None:
    assert dates._infer_year(2, 29, ref, "nearest") == _nearest_year_of_nine(2, 29, ref) == 2024


@settings(max_examples=400, deadline=None)
@given(_text(KST_PIECES))
def test_digit_image_reads_zero_at_every_digit(text: str) -> None:
    image = digit_image(text)
    assert len(image) == len(text)
    assert all(image[i] == ord("0") for i, ch in enumerate(text) if ch.isdecimal())
    assert all(image[i] == ord("-") for i, ch in enumerate(text) if ch == "–")
