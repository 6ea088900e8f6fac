"""The shipped table of EU acts by name (``data/eu_acts.tsv``): well-formed, every row's evidence,
no name twice, and the Dutch instruments that look alike kept out."""

from __future__ import annotations

import re
from importlib import resources

import pytest

from kamerparse.extract.eu import _NAMED, _NAMED_FORMS, parse_eu_act_table

CELEX = re.compile(r"3(?:19[5-9]\d|20[0-4]\d)[LRDF]\d{4}")


def _text() -> str:
    return resources.files("kamerparse").joinpath("data/eu_acts.tsv").read_text("utf-8")


def _rows() -> list[list[str]]:
    return [line.split("\t") for line in _text().splitlines() if line and not line.startswith("#")]


def test_rows_are_well_formed() -> None:
    rows = _rows()
    assert len(rows) >= 200
    assert all(len(row) == 3 for row in rows)
    ids = [row[0] for row in rows if row[0]]
    assert all(CELEX.fullmatch(celex) for celex in ids), [c for c in ids if not CELEX.match(c)]
    # one row an act: its forms together
    assert len(ids) == len(set(ids))
    for _, forms, _ in rows:
        for name in forms.split("|"):
            assert name == name.strip() and name, forms


def test_every_row_has_its_evidence() -> None:
    for celex, _, evidence in _rows():
        assert evidence.strip()
        if celex:
            # the id, and the page that confirmed it by printing the number beside the name or title
            assert f"CELEX:{celex}" in evidence, (celex, evidence)
        else:
            # why no CELEX: a proposal, a name that several acts bear, or a number no page confirmed
            assert re.search(r"proposal|ambiguous|COM\(|number not verified", evidence), evidence


def test_header_says_where_the_ids_come_from() -> None:
    header = [line for line in _text().splitlines() if line.startswith("#")]
    text = "\n".join(header)
    assert "eur-lex.europa.eu" in text and "2026-12-01" in text
    assert "rank_unknown_acts.py" in text
    assert header[header.index("# celex\tnames\tevidence")] == "# celex\tnames\tevidence"


def test_the_table_is_what_the_extractor_reads() -> None:
    names = {n: c or None for c, forms, _ in _rows() for n in forms.split("|")}
    assert names == _NAMED


# Dutch instruments whose names end like an EU act's: a municipality's or a province's
# verordening, the guidelines of the OM, CROW and medical associations
@pytest.mark.parametrize(
    "name",
    [
        "Huisvestingsverordening",
        "Leegstandsverordening",
        "Omgevingsverordening",
        "Procedureverordening",
        "APV",
        "Strafvorderingsrichtlijn",
        "CROW-richtlijn",
        "Beweegrichtlijn",
        "Mediarichtlijn",
        "OESO-richtlijn",
    ],
)
def test_dutch_instruments_stay_out(name: str) -> None:
    assert name not in _NAMED_FORMS and name.lower() not in _NAMED_FORMS


def test_a_malformed_row_is_refused() -> None:
    with pytest.raises(ValueError, match="columns"):
        parse_eu_act_table("32016R0679\tAVG\n")
    with pytest.raises(ValueError, match="twice"):
        parse_eu_act_table("32016R0679\tAVG|GDPR\tx\n32016L0680\tAVG\ty\n")


def test_rows_with_and_without_celex() -> None:
    table = parse_eu_act_table(
        "# celex\tnames\tevidence\n"
        "32000L0060\tKaderrichtlijn Water|KRW\teur-lex CELEX:32000L0060\n"
        "\tLuchtkwaliteitsrichtlijn\tambiguous: 2008/50/EG and 2024/2881\n"
    )
    assert table == {
        "Kaderrichtlijn Water": "32000L0060",
        "KRW": "32000L0060",
        "Luchtkwaliteitsrichtlijn": None,
    }
