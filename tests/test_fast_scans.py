"""The anchored scans find exactly what a plain ``finditer`` of their pattern finds.

Dates try ``_UNIT_RE`` only near month names and numeric dates, laws try the title trie only
near "wet" and the compound pattern only before "wet": faster, and by these properties the
same matches in the same order.
"""

from hypothesis import given, settings
from hypothesis import strategies as st

from kamerparse.extract import dates, laws

DATE_PIECES = [
    *"0123456789 ,.-/–",
    "1ste", "2de", "5e", " en ", " tot en met ", " t/m ", "d.d. ", "nr. ", "nrs. ",
    "maart", "Mei", "mei", "MEI", "sept.", "sept", "jan", "Jan", "jAn", "januari", "FEBRUARI",
    "febr.", "Augustus", "decentraal", "Amaart", "jl.", "a.s.", " vorig jaar", "2024", "1999",
    "12-3-2024", "1/2/2023", "01.02.2020", "12-3/2024", "İ", "\u00a0",
]  # fmt: skip
LAW_PIECES = [
    *sorted(laws.law_table())[:60],
    " ", "-", "wet", "Wet", "Xwet", "ë", "de ", ", ", "Aawetwet", " 2000", "\u00a0",
    "Arbeidsomstandighedenwet", "Financiële-verhoudingswet", "Wegenverkeerswet 1994",
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


@settings(max_examples=400, deadline=None)
@given(_text(LAW_PIECES))
def test_law_titles_and_compounds_are_those_of_finditer(text: str) -> None:
    titles, _ = laws._names_res()
    assert [m.span() for m in laws._title_matches(titles, text)] == [
        m.span() for m in titles.finditer(text)
    ]
    assert [m.span() for m in laws._compound_matches(text)] == [
        m.span() for m in laws._COMPOUND_RE.finditer(text)
    ]
