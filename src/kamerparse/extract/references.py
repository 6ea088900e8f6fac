"""Find citations of parliamentary and official papers in one paragraph or footnote.

The extractor works in two steps, like a citation library:

1. **tokenise**: compiled regexes find candidate citations and capture their parts (a
   dossier list, a number list, a vergaderjaar, ...). Each regex starts with a digit or a
   literal so that ``re`` can skip quickly to places worth trying, and most are gated by a
   cheap substring test, because most paragraphs cite nothing.
2. **resolve**: the captured parts become :class:`~kamerparse.model.Reference` objects with
   normalised fields, an id in the scheme of the official publication sites and a URL.

Id forms (the rest of kamerparse relies on them):

=============  =====================================  =====================================
type           example mention                        id
=============  =====================================  =====================================
kamerstuk      Kamerstuk 36 200 X, nr. 55             kst-36200-X-55
kamerstuk      Kamerstukken I 2008/09, 31 700 VI, D   kst-31700-VI-D
kamerstuk      34 356 (R2064), nr. 5                  kst-34356-5 (the rijkswet R-number is
                                                      not part of official kst ids)
dossier        Kamerstuk 36 062                       36062 (url: the dossier page)
handelingen    Handelingen II 2016/17, nr. 60, item 5 h-tk-20162017-60-5
aanhangsel     Aanhangsel Handelingen II 2019/20, 89  ah-tk-20192020-89
staatsblad     Stb. 2011, 35                          stb-2011-35 (likewise stcrt-, trb-)
ecli           ECLI:NL:RVS:2019:1603                  ECLI:NL:RVS:2019:1603
eu             COM(2021) 752 final                    COM(2021)752
tk-document    2024D49539                             2024D49539
tk-zaak        2024Z20955                             2024Z20955
=============  =====================================  =====================================

Conventions:

- A list gives one reference per number: "nrs. 943 en 946" → two. The first mention's text
  runs from the keyword (or dossier) to its number and pages; a later one is just its own
  entry ("946", or "nr. 6" when the "nr." is printed). A range "nrs. 95 tot en met 103"
  gives every number; all of them share the span of the range.
- Several dossiers before one number ("Kamerstukken 36 200 X en 32 761, nr. 51") cite one
  paper, numbered in the first dossier: kst-36200-X-51, nothing for the others.
- ``page`` is the first page cited ("p. 12 en 13" → "12").
- ``chamber`` is filled only when the citation says so (II/I/TK/EK, "Tweede Kamerstuk",
  "Tweede Kamer, vergaderjaar …"); ``parliamentary_year`` likewise ("2019-2020" form).
- A dossier without number is a reference only after a keyword ("Kamerstuk 36 062");
  a bare number needs its "nr." (or the Eerste Kamer letter after a comma).
- Handelingen and Aanhangsel ids need the chamber; when the text does not name it the
  reference keeps ``id=None`` (the pipeline may know the chamber from the document itself).
- URLs: ``https://zoek.officielebekendmakingen.nl/<id>.html`` for every official id, the
  dossier page ``…/dossier/<dossier>``, rechtspraak.nl for Dutch ECLIs, EUR-Lex (CELEX) for EU
  documents, tweedekamer.nl for "D" document numbers; a "Z" case number has no URL of its own.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from kamerparse.extract._find import before_digit, digit_image, has_digit, matches_at, positions
from kamerparse.extract._lazy import lazy_compile
from kamerparse.extract.dates import _FULL_MONTHS
from kamerparse.extract.eu import find_eu_legislation
from kamerparse.extract.laws import find_laws
from kamerparse.extract.members import find_member_papers
from kamerparse.extract.urls import find_urls
from kamerparse.model import Reference, Where

__all__ = [
    "Debate",
    "debate_papers",
    "find_references",
    "normalise_dossier",
    "parliamentary_year",
    "replaced_paper",
    "take_chamber_from_document",
]

OB_URL = "https://zoek.officielebekendmakingen.nl/{}.html"
DOSSIER_URL = "https://zoek.officielebekendmakingen.nl/dossier/{}"
ECLI_URL = "https://uitspraken.rechtspraak.nl/details?id={}"
EURLEX_URL = "https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:{}"
TK_DOCUMENT_URL = "https://www.tweedekamer.nl/kamerstukken/detail?id={0}&did={0}"

TWEEDE_KAMER = "Tweede Kamer"
EERSTE_KAMER = "Eerste Kamer"

# Dossiers whose numbered sub-dossiers ("21 501-02", "-20", "-32": the EU councils) are real.
# Elsewhere "31865-20" is the compact dossier-number form of kst-31865-20.
_SUBDOSSIER_SERIES = frozenset({"21501"})
# A printed range "nrs. 1-500" is most likely a typo; beyond this only its ends are kept.
_MAX_RANGE = 200

# --------------------------------------------------------------------------------------------
# tokenise: the pattern pieces
# --------------------------------------------------------------------------------------------

# Whitespace is collapsed by the caller, but no-break spaces survive inside numbers.
_SP = r"[ \u00a0\u202f]"
_SPACES = " \u00a0\u202f"  # the characters of _SP
_DASH = r"[-‐‑–—]"
# "2019/20", "2019-2020", "2023–34"; "2022/-23" is a typing slip that occurs
_YEAR = rf"(?:19|20)\d\d{_SP}?(?:/[-–]?|[‐‑–—-]){_SP}?(?:(?:19|20)\d\d|\d\d)(?!\d)"
_CHAMBER = r"(?:II|ll|I|TK|EK)(?![A-Za-z])"  # "Kamerstukken II2015–16" occurs
_ROMAN = r"(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3})(?:[AB](?![\w]))?"
_MONTHS = "|".join(_FULL_MONTHS)
_UNITS = rf"%|procent|miljoen|miljard|mln|mld|euro|jaar|uur|dagen|weken|maanden|{_MONTHS}"

# A dossier number does not continue a word, a number, a code or an amount. Written after
# the first digit (it looks back over it) so that the pattern still starts with a digit class.
_DOSSIER_BOUNDARY = r"(?<![\w.,/€$\-–]\d)"

# One dossier: "27 925", "21 501-02", "36 200 XII", "36 600-XV", "34775 A", "36 410A",
# "34 356 (R2064)", "35.982".
_DOSSIER = rf"""
    (?P<base>\d{_DOSSIER_BOUNDARY}\d(?:{_SP}|\.)?\d{{3}})(?!\d)(?![.,]\d)
    (?:{_SP}?{_DASH}{_SP}?(?P<sub>\d{{1,2}})(?!\d))?
    # a budget chapter also after the word: "19 700 hoofdstuk XV", or after a dot that no
    # space follows: "31700.VIII" (a sentence's full stop has its space)
    # or after a comma before the paper's number: "(32123, VIII, nr. 24)" (or at the end, as
    # the list of dossiers is parsed again up to there)
    (?:(?:{_SP}(?:hoofdstuk{_SP})?|{_DASH}|\.(?=[IVX]+(?![\w]))|,{_SP}(?=[IVX]{{2,5}}(?:,{_SP}?[Nn]r\.|\Z)))?(?P<add>{_ROMAN}|[A-Z](?![\w])))?
    (?:{_SP}?{_DASH}?{_SP}?\((?P<rijkswet>R{_SP}?\d{{3,4}})\))?
"""


def _unnamed(pattern: str) -> str:
    """The same pattern without group names, so that it can be repeated inside another."""
    return re.sub(r"\(\?P<\w+>", "(?:", pattern)


_DOSSIER_U = _unnamed(_DOSSIER)
# Later dossiers of a list may follow a slash ("34 682/35 334, nr. 143"), which the
# lookbehind of a first dossier rejects.
_LATER_DOSSIER = _DOSSIER_U.replace(_DOSSIER_BOUNDARY, "")

# Pages cited after a number: ", p. 3", ", blz. 12-14", ", p. 12 en 13".
_PAGES = rf"""
    ,?{_SP}(?:pp?|blz|pag|pagina)\.?{_SP}?(?P<page>\d{{1,4}})(?!\d)
    (?:{_SP}?(?:{_DASH}|en|t/m|tot{_SP}en{_SP}met){_SP}?\d{{1,4}}(?!\d))*
"""
_NOT_A_QUANTITY = rf"(?![.,]\d)(?!{_SP}?(?:{_UNITS})(?![\w]))"

# One entry of a number list, optionally with its own "nr." and its pages. The first entry
# may be a letter (Eerste Kamer: "nr. G"); a later one only right before punctuation, so
# that "nr. 5 en U ..." does not turn the formal "U" into a number.
_RANGE_TAIL = rf"(?:{_SP}?(?:{_DASH}|t/m|tot{_SP}en{_SP}met){_SP}?(?P<n2>\d{{1,4}})(?!\d))"
_NUMBER_ITEM = rf"""
    (?:(?:[Nn]rs?|[Nn]ummers?)\.?{_SP}?)?
    (?:
        (?P<n1>\d{{1,4}})(?!\d)
        # an Eerste Kamer paper of before 1995 numbered with a small letter: "nr. 42e", "188b"
        (?:(?P<small>[a-h])(?![\w])|{_RANGE_TAIL})?
      | (?P<letter>[A-Z]{{1,2}})(?![\w'’])
    )
    {_NOT_A_QUANTITY}
    (?:{_PAGES})?
"""
# "nr. 6, p. 15-16; nr. 7, p. 5-6": a semicolon only before a printed "nr."
_ITEM_SEP = rf"(?:,{_SP}?(?:en{_SP})?|{_SP}en{_SP}|{_SP}?&{_SP}?|;{_SP}?(?=[Nn]r\.))"
_LATER_NUMBER = rf"""
    (?:(?:[Nn]rs?|[Nn]ummers?)\.?{_SP}?)?
    (?:
        (?!{_YEAR})\d{{1,4}}(?!\d)(?!{_SP}?\d{{3}}(?!\d))(?!/\d){_RANGE_TAIL}?
      | [A-Z]{{1,2}}(?=[)\];.,:]|$)
    )
    {_NOT_A_QUANTITY}
    (?:{_PAGES})?
"""
_NUMBER_LIST = rf"{_unnamed(_NUMBER_ITEM)}(?:{_ITEM_SEP}{_unnamed(_LATER_NUMBER)})*"
_LETTER_LIST = rf"""
    # also before the paper's kind in brackets: "29 762, D (memorie van antwoord, …)", or
    # before its annex: "(EK 35.526 / 25.295, CF met bijlage)"
    # or before a closing quote, as a title quoted in a list: '"… 36 067, K",'
    [A-Z]{{1,2}}(?=[)\];.,:"”»]|$|{_SP}(?:en|p|pp|blz|met)\b|{_SP}\()(?:{_PAGES})?
    (?:(?:,{_SP}?|{_SP}en{_SP})[A-Z]{{1,2}}(?=[)\];.,:]|$))*
"""

# Eerste Kamer series numbered in Roman numerals ("CXIX"), alone or after the dossier's number
_ROMAN_SERIES = r"(?=[CLXVI]{2})C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"

# An Eerste Kamer paper of two dossiers whose slash was left out: "(35526 25295, CG)", the paper
# numbered in the first; only between two unspaced numbers before the paper's letters
_TWO_DOSSIERS = rf"(?<=\b\d{{5}}){_SP}(?=\d{{5}},{_SP}?[A-Z]{{1,2}}(?![\w'’]))"

# The kamerstuk citation from its first dossier on; what stands before it (the keyword and
# vergaderjaar) is read backwards by _KST_PREFIX_RE.
_KST_RE = lazy_compile(
    rf"""
    (?P<dossiers>{_DOSSIER_U}(?:(?:{_SP}en{_SP}|,{_SP}?|{_SP}?[&/]{_SP}?|{_TWO_DOSSIERS}){_LATER_DOSSIER})*)
    (?:{_SP}e\.a\.)?  # "29 762 e.a., D": a paper of several dossiers, numbered in the first
    (?:
        ,?{_SP}?(?:[Ss]tuk{_SP})?(?:[Nn]rs?|[Nn]ummers?)\.?{_SP}?(?P<numbers>{_NUMBER_LIST})
      # "letters" for a paper of two letters: "(33118, 34986, letters EY)"; the space after
      # the word lost in a Handelingen page: "(34295/34532, letterJ)"
      | ,?{_SP}letters?(?:{_SP}|(?=[A-Z]))(?P<letterword>[A-Z]{{1,2}})(?![\w'’])
      | ,{_SP}?(?P<letters>{_LETTER_LIST})
      | {_SP}?{_DASH}{_SP}?(?P<compact>\d{{1,4}})(?!\d){_NOT_A_QUANTITY}
        # the numbers in brackets, as the Staatsblad's note on an act's papers lists those of
        # the Eerste Kamer: "Kamerstukken I 2000/2001, 26 855 (250, 250a)"
      | {_SP}\((?P<bracketed>\d{{1,3}}[a-h]?(?:,{_SP}\d{{1,3}}[a-h]?)*)\)
      # the Eerste Kamer's series after its dossier, then the paper's letter: "EK 34.300 IV /
      # CXIX, P"
      | {_SP}?/{_SP}?{_ROMAN_SERIES},{_SP}?(?P<ekletter>[A-Z]{{1,2}})(?![\w'’])
      # a number after a comma without "nr.", counted only after a keyword: "(Kamerstuk 22 112,
      # 2962)"; not a year ("Kamerstuk 36 045, 2022")
      | ,{_SP}(?P<bare>(?!(?:19|20)\d\d(?!\d))\d{{1,4}})(?!\d)(?![.,/]\d){_NOT_A_QUANTITY}
    )?
    """,
    re.X,
)
_DOSSIER_RE = lazy_compile(_DOSSIER, re.X)
_BRACKETED_NUMBER_RE = lazy_compile(r"\d{1,3}[a-h]?")
_LATER_DOSSIER_RE = lazy_compile(_DOSSIER.replace(_DOSSIER_BOUNDARY, ""), re.X)
_NUMBER_ITEM_RE = lazy_compile(_NUMBER_ITEM, re.X)
_LETTER_ITEM_RE = lazy_compile(rf"(?P<letter>[A-Z]{{1,2}})(?:{_PAGES})?", re.X)

# What may stand right before the first dossier. Searched in a short window ending at the
# dossier, anchored at its end; every part is optional, the caller checks what it found.
_KST_PREFIX_RE = lazy_compile(
    rf"""
    (?<![\w])
    (?:
        (?P<kw>(?:(?P<house>Tweede|Eerste){_SP})?(?:[Kk]amerstuk(?:ken)?|Kst\.)
               (?:{_SP}?\(?(?P<ch>{_CHAMBER})\)?)?)
      | (?P<ch2>TK|EK)(?![\w])
      | (?P<house2>Tweede|Eerste){_SP}Kamer
      # also the compound "Kamerstukdossier 36871"
      | (?P<dos>(?:[Kk]amerstuk)?[Dd]ossier(?:nummer|nr\.?)?
          # a bill by its dossier's number: "Wetsvoorstel 34109, kortheidshalve wel omschreven
          # als de Erfgoedwet"; several, as a committee's decisions list them: "de
          # wetsvoorstellen 31815, 31816, 31817, 31818, 31819 en 31840"
          | [Ww]etsvoorstel(?:len)?)
    )?
    (?:,?{_SP}?(?:[Vv]ergaderjaar{_SP})?(?P<year>{_YEAR}))?
    ,?{_SP}?\Z
    """,
    re.X,
)
_PREFIX_WINDOW = 72
# The longest text _KST_PREFIX_RE can match, "Tweede Kamerstukken (II), vergaderjaar 2019 /–
# 2020, " (a test checks it): a prefix cannot start further before its dossier, so no hint
# before that need be tried. (A list of vergaderjaren, "1999/2000, 2000/2001, 26 855", is
# followed back from its last year by a second search.)
_LONGEST_PREFIX = 53
# Where a prefix can start. Trying _KST_PREFIX_RE only there is much cheaper than searching
# the window; the alternatives are plain literals so that ``re`` can skip to them.
_PREFIX_START_RE = lazy_compile(
    r"Tweede|Eerste|Kamerstuk|kamerstuk|Kst\.|TK|EK|Dossier|dossier|Vergaderjaar|vergaderjaar"
    r"|Wetsvoorstel|wetsvoorstel"
    r"|19\d\d|20\d\d"
)
# Words one of which stands in every prefix that has a keyword (a cheap test before the regex).
_KEYWORD_HINTS = ("amerstuk", "Kst.", "TK", "EK", "Tweede", "Eerste", "ossier", "etsvoorstel")

# Eerste Kamer series numbered in Roman numerals only ("CII"); only in an EK-style context.
_ROMAN_DOSSIER_HINT_RE = lazy_compile(r",[ \u00a0]?[CLXVI]{2,8},")
_ROMAN_DOSSIER_RE = lazy_compile(
    rf"""
    (?:
        (?P<kw>(?:[Kk]amerstuk(?:ken)?{_SP}?(?:I|EK)|EK|Eerste{_SP}Kamer)(?![\w]))
        (?:,?{_SP}?(?:[Vv]ergaderjaar{_SP})?(?P<year>{_YEAR}))?
      | (?<![\w])(?:[Vv]ergaderjaar{_SP})?(?P<year2>{_YEAR})
    )
    ,{_SP}?(?P<roman>{_ROMAN_SERIES})(?![\w])
    ,{_SP}?(?:[Nn]r\.?{_SP}?)?(?P<letter>[A-Z]{{1,2}})(?![\w])
    """,
    re.X,
)
# The same series with its paper named by the word "letter", which marks an Eerste Kamer paper
# where no keyword or year does: "de motie-Mei Li Vos c.s. (CLVI, letter M)".
_ROMAN_LETTER_RE = lazy_compile(
    rf"(?<![\w])(?P<roman>{_ROMAN_SERIES})(?![\w]),{_SP}?letters?{_SP}(?P<letter>[A-Z]{{1,2}})(?![\w])"
)

# "de motie op stuk nr. 54 (32 012)": number first, dossier after it in brackets.
_STUK_NR_RE = lazy_compile(
    rf"""
    (?<![\w])(?:[Ss]tuk|krijgt|[Aa]mendement|[Mm]otie)
    {_SP}(?:nr\.?|nummer){_SP}?(?P<num>\d{{1,4}}|[A-Z]{{1,2}})(?![\w])
    # a changed motie's number before its old one: "Zij krijgt nr. 146, was nr. 145 (35570-VIII)"
    (?:,{_SP}was{_SP}nr\.{_SP}?\d{{1,4}})?
    (?:
        # the dossier may be cited in full: "amendement nr. 7 (kamerstukken II 1997/98, 25 159)"
        {_SP}?\({_SP}?(?:[Kk]amerstuk(?:ken)?(?:{_SP}{_CHAMBER})?,?{_SP}(?:{_YEAR},?{_SP})?)?
        (?P<dossier>{_DOSSIER_U}){_SP}?\)
      | ,{_SP}(?P<after>{_DOSSIER_U})(?![\d.,]\d)  # reversed: "op stuk nr. 292, 33576"
    )
    """,
    re.X,
)

# A dossier alone in brackets: "(36 410-VII)", "(21 501–02)", "voor het jaar 2024 (36410-XIV)".
# Only series numbers of the last decades (19 000-39 999), so that "(12 500)" stays an amount.
# Also a bracket the paragraph ends in before its number, as some motie XMLs are published:
# "conform het amendement-Eerdmans/Stoffer (36410-XIII, nr." (the dossier is all it cites).
# Several in one bracket, as the chair names the budgets a committee's meeting covers: "de
# begrotingen VWS en V&J voor het jaar 2013 (33400-VI en 33400-XVI)".
_BRACKETED_DOSSIER_RE = lazy_compile(
    rf"""\({_SP}?(?P<dossier>{_DOSSIER_U})
    (?P<more>(?:(?:{_SP}en{_SP}|,{_SP}?){_LATER_DOSSIER})*)
    (?:{_SP}?\)|,{_SP}nr\.\Z)""",
    re.X,
)

# Handelingen and their Aanhangsel. "Aanhangsel" is looked for before the match, so that the
# pattern starts with a literal.
_HANDELINGEN_RE = lazy_compile(
    rf"""
    Handelingen(?:{_SP}?(?P<ch>{_CHAMBER})|{_SP}(?P<house>Tweede|Eerste){_SP}Kamer)?
    ,?{_SP}(?:[Vv]ergaderjaar{_SP})?(?P<year>{_YEAR})
    (?:,?{_SP}(?:[Nn]r\.?{_SP}?)?(?P<nr>\d{{1,4}})(?![\d.,]?\d)(?!{_SP}?(?:{_UNITS})(?![\w]))
       (?:,{_SP}?item{_SP}(?P<item>\d{{1,3}})(?!\d))?)?
    (?:{_PAGES})?
    """,
    re.X,
)
# "Kamerstukken II 2021/22, Aanhangsel, nr. 1694": the Aanhangsel cited like a Kamerstuk.
_KST_AANHANGSEL_RE = lazy_compile(
    rf"""
    (?:[Kk]amerstukken|Handelingen)(?:{_SP}?(?P<ch>{_CHAMBER}))?
    ,?{_SP}(?:[Vv]ergaderjaar{_SP})?(?P<year>{_YEAR})
    ,?{_SP}Aanhangsel,?{_SP}(?:[Nn]r\.?{_SP}?)?(?P<nr>\d{{1,4}})(?![\d.,]?\d)
    (?:{_PAGES})?
    """,
    re.X,
)
_AANHANGSEL_BEFORE_RE = lazy_compile(
    rf"Aanhangsel{_SP}(?:(?:van|bij){_SP}de{_SP})?(?:[Tt]weede{_SP}Kamer{_SP})?\Z"
)

# Official gazettes: "Stb. 2011, 35", "Staatscourant 2015, nr. 10247", "Trb. 2019, 12".
_GAZETTES = {
    "Stb": ("staatsblad", "stb"),
    "Staatsblad": ("staatsblad", "stb"),
    "Stcrt": ("staatscourant", "stcrt"),
    "Staatscourant": ("staatscourant", "stcrt"),
    "Trb": ("tractatenblad", "trb"),
    "Tractatenblad": ("tractatenblad", "trb"),
}
_GAZETTE_RE = lazy_compile(
    rf"""
    (?P<kind>Staatsblad|Staatscourant|Tractatenblad|Stb|Stcrt|Trb)(?![\w])\.?
    # the day of the issue before its year: "Staatscourant van 16 juni 2005, nr. 114"
    (?:{_SP}van{_SP}\d{{1,2}}{_SP}(?:{_MONTHS}))?
    {_SP}?(?P<year>(?:17|18|19|20)\d\d)(?!\d){_SP}?[,/]?{_SP}?(?:[Nn]r\.?{_SP}?)?
    (?P<nr>\d{{1,6}})(?!\d)(?![.,]\d)
    """,
    re.X,
)

# A Staatsblad number without its year right after the dated act it publishes: "Bij Wet van
# 27 april 1989, Stb. 123, ...", "de wet van 27 juni 2008 (Stb. 272)"; the act's year is the
# issue's.
_YEARLESS_STB_RE = lazy_compile(
    rf"(?P<kind>Stb)(?![\w])\.?{_SP}?(?:[Nn]r\.?{_SP}?)?(?P<nr>\d{{1,6}})(?!\d)(?![.,/]\d)"
)
_ACT_DATE_BEFORE_RE = lazy_compile(
    rf"(?:[Ww]et|[Bb]esluit)(?:{_SP}van)?{_SP}\d{{1,2}}{_SP}(?:{_MONTHS}){_SP}"
    rf"(?P<year>(?:18|19|20)\d\d)(?:,{_SP}?|{_SP}?\()\Z"
)

_ECLI_RE = lazy_compile(r"ECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[A-Z0-9]+(?:\.[A-Z0-9]+)*")

# European Commission documents. CELEX sector 5 with the document letters per series; a COM
# number is a proposal (PC) or a communication (DC), which only the words around it tell.
_EU_CELEX = {"JOIN": "JC", "SWD": "SC", "SEC": "SC"}
_COM_KIND_RE = lazy_compile(r"voorstel|mededeling|communicatie|strategie|actieplan|witboek")
_COM_WINDOW = 160
_EU_RE = lazy_compile(
    rf"""
    (?P<kind>COM|JOIN|SWD|SEC){_SP}?\({_SP}?(?P<year>(?:19|20)\d\d){_SP}?\)
    {_SP}?(?P<nr>\d{{1,4}})(?!\d)(?:{_SP}(?:final|def\.|definitief)(?:/\d)?)?
    """,
    re.X,
)

# Tweede Kamer registration numbers: documents "2024D49539", cases ("zaken") "2024Z20955".
_TK_NUMBER_RE = lazy_compile(r"(?:19|20)(?<![\w]..)\d\d(?P<kind>[DZ])\d{5}(?![\w])")

# Official ids written out, mostly inside URLs: "zoek.officielebekendmakingen.nl/kst-27925-959".
_OFFICIAL_ID_RE = lazy_compile(
    r"""
    (?:
        kst-(?P<kst_dossier>\d{4,6}(?:-(?:\d{2}|[IVX]+[AB]?|[A-Z]|R\d{3,4}))?)
            -(?P<kst_number>\d{1,4}|[A-Z]{1,2})
      | (?P<h_kind>ah|h)-(?P<h_ch>tk|ek)-(?P<h_y1>(?:19|20)\d\d)(?P<h_y2>(?:19|20)\d\d)
            -(?P<h_nr>\d{1,4})(?:-(?P<h_item>\d{1,3}))?
      | (?P<g_kind>stb|stcrt|trb)-(?P<g_year>(?:17|18|19|20)\d\d)-(?P<g_nr>\d{1,6})
    )(?![\w])
    """,
    re.X,
)

_AMOUNT_BEFORE_RE = lazy_compile(rf"(?:€|EUR|\$|£){_SP}?\Z")
# the next item of a semicolon list of compact forms ("31389-146;32201-73", "…-1; 33997-95",
# "…-49; 34000-VIII-51", a treaty's papers with their rijkswet number, "…-1; 35313-(R2135)-1"),
# and the end of the one before
_COMPACT_ITEM_RE = lazy_compile(
    r"; ?\d{5}[-–](?:\d|[IVX]+[AB]?[-–]\d|[A-Z][-–]\d|\(R\d{3,4}\)[-–]\d)"
)
_AFTER_COMPACT_ITEM_RE = lazy_compile(r"\d; ?\Z")
_FIVE_DIGITS_RE = lazy_compile(r"\d\d[ .\u00a0\u202f]?\d\d\d")
# the same in a digit image (see digit_image), where "\u202f" reads "0" as well
_FIVE_ZEROS_RE = re.compile(rb"00[ .\xa0]?000")

# --------------------------------------------------------------------------------------------
# resolve: normalised fields
# --------------------------------------------------------------------------------------------


class _Citation(NamedTuple):
    """One citation as it stands in the text: its span and the references it yields."""

    start: int
    end: int
    refs: tuple[Reference, ...]


class _Prefix(NamedTuple):
    """What the words before a dossier say: where they start, chamber, year, keyword seen."""

    start: int
    chamber: str | None
    year: str | None
    keyword: bool


def parliamentary_year(raw: str) -> str:
    """The vergaderjaar in "2019-2020" form, from "2019/20", "2019-2020" or "2023–34".

    A vergaderjaar always spans two consecutive years, so the first year decides; this also
    repairs typos in the second one.
    """
    first = int(raw[:4])
    return f"{first}-{first + 1}"


def _chamber_of(code: str | None) -> str | None:
    """The chamber named by "II"/"TK"/"Tweede" (Tweede Kamer) or "I"/"EK"/"Eerste"."""
    if code in ("II", "ll", "TK", "Tweede"):
        return TWEEDE_KAMER
    if code in ("I", "EK", "Eerste"):
        return EERSTE_KAMER
    return None


def _chamber_code(chamber: str | None) -> str | None:
    """The chamber as it stands in official ids ("tk"/"ek")."""
    return {TWEEDE_KAMER: "tk", EERSTE_KAMER: "ek"}.get(chamber or "")


_NO_SEPARATORS = str.maketrans("", "", " .\u00a0\u202f")


def _dossier_id(base: str, sub: str | None, add: str | None) -> str:
    """Digits without separators, a sub-dossier or chapter joined by '-': "36200-XII"."""
    digits = base.translate(_NO_SEPARATORS)
    suffix = sub.zfill(2) if sub else add
    return f"{digits}-{suffix}" if suffix else digits


def normalise_dossier(raw: str) -> str | None:
    """Normalise a printed dossier number: "21 501-02" → "21501-02", "36 200 XII" → "36200-XII".

    Returns None when ``raw`` is not a dossier number. The rijkswet R-number ("34 356 (R2064)")
    is dropped, as in the official kst ids.
    """
    m = _DOSSIER_RE.fullmatch(raw.strip())
    if m is None:
        return None
    return _dossier_id(m["base"], m["sub"], m["add"])


def _kamerstuk(
    text: str,
    start: int,
    end: int,
    dossier: str,
    number: str,
    *,
    chamber: str | None = None,
    year: str | None = None,
    page: str | None = None,
) -> Reference:
    """A reference of type kamerstuk with its kst id and URL."""
    ref_id = f"kst-{dossier}-{number}"
    return Reference(
        type="kamerstuk",
        text=text[start:end],
        id=ref_id,
        url=OB_URL.format(ref_id),
        chamber=chamber,
        parliamentary_year=year,
        dossier=dossier,
        number=number,
        page=page,
        where=Where(start=start, end=end),
    )


def _dossier_ref(
    text: str, start: int, end: int, dossier: str, chamber: str | None, year: str | None
) -> Reference:
    """A reference to a whole dossier: its id is the dossier id, its URL the dossier page."""
    return Reference(
        type="dossier",
        text=text[start:end],
        id=dossier,
        url=DOSSIER_URL.format(dossier),
        chamber=chamber,
        parliamentary_year=year,
        dossier=dossier,
        where=Where(start=start, end=end),
    )


# --------------------------------------------------------------------------------------------
# kamerstukken
# --------------------------------------------------------------------------------------------


# The last character of every prefix that says something, before its ",?{_SP}?": of a keyword
# ("Kamerstuk", "Kamerstukken", "Kst.", a chamber "II", "ll", "TK", "(I)", "Tweede Kamer",
# "dossier", "dossiernr.") or of a vergaderjaar (a digit).
_PREFIX_LAST = frozenset("knI.lK)r")
# The later vergaderjaren of a list of them, from right after the first one's last digit
_LATER_YEARS_RE = lazy_compile(rf"(?<=\d)(?:,{_SP}?{_YEAR})*,{_SP}?\Z")


def _read_prefix(text: str, start: int) -> _Prefix:
    """Read the keyword and vergaderjaar that stand right before a dossier at ``start``."""
    end = start - 1 if text[start - 1 : start] in (" ", "\u00a0", "\u202f") else start
    end = end - 1 if text[end - 1 : end] == "," else end
    last = text[end - 1 : end]
    if last not in _PREFIX_LAST and not last.isdecimal():
        return _Prefix(start, None, None, False)  # "zie 28 286, nr. 5": nothing to read
    return _search_prefix(text, start)


def _search_prefix(text: str, start: int, reach: int = _LONGEST_PREFIX) -> _Prefix:
    """``_read_prefix`` without its quick no: the prefix regex tried at every start hint up to
    ``reach`` characters before the dossier."""
    m = None
    for hint in _PREFIX_START_RE.finditer(text, max(0, start - reach), start):
        m = _KST_PREFIX_RE.match(text, hint.start(), start)
        if m is not None:
            break  # the leftmost start is the longest prefix
    if m is None or not (m["kw"] or m["ch2"] or m["house2"] or m["dos"] or m["year"]):
        return _Prefix(start, None, None, False)
    chamber = _chamber_of(m["ch"] or m["ch2"] or m["house"] or m["house2"])
    year = parliamentary_year(m["year"]) if m["year"] else None
    keyword = bool(m["kw"] or m["ch2"] or m["house2"] or m["dos"])
    if not keyword and "," in text[max(0, m.start() - 2) : m.start()]:
        # a bill that ran several vergaderjaren, as the Staatsblad's note on an act lists its
        # papers: "Kamerstukken II 1999/2000, 2000/2001, 2001/2002, 26 855"; the keyword stands
        # before the first year, and the citation is read from there
        window = max(0, m.start() - _LONGEST_PREFIX)
        if (later := _LATER_YEARS_RE.search(text, window, m.start())) is not None:
            first = _search_prefix(text, later.start())
            if first.keyword and first.year is not None:
                return first
    return _Prefix(m.start(), chamber, year, keyword)


class _Dossier(NamedTuple):
    id: str
    start: int
    end: int
    has_sub: bool


def _parse_dossiers(text: str, start: int, end: int) -> list[_Dossier]:
    """The dossiers of a dossier list "36 200 X en 32 761", normalised, with their spans."""
    return [
        _Dossier(_dossier_id(m["base"], m["sub"], m["add"]), m.start(), m.end(), bool(m["sub"]))
        for m in _LATER_DOSSIER_RE.finditer(text, start, end)
    ]


class _Item(NamedTuple):
    """One entry of a number list: its numbers (a range gives several), span and page."""

    numbers: tuple[str, ...]
    start: int
    end: int
    page: str | None


def _expand_range(first: str, last: str | None) -> tuple[str, ...]:
    """Every number from ``first`` to ``last``; a reversed or huge range keeps its ends."""
    if last is None:
        return (first,)
    lo, hi = int(first), int(last)
    if lo >= hi or hi - lo > _MAX_RANGE:
        return (first, last) if lo != hi else (first,)
    return tuple(str(n) for n in range(lo, hi + 1))


def _parse_numbers(text: str, start: int, end: int) -> list[_Item]:
    """The entries of a number list "nrs. 95 tot en met 103, p. 3 en nr. 110"."""
    items = []
    for m in _NUMBER_ITEM_RE.finditer(text, start, end):
        if m["letter"]:
            numbers: tuple[str, ...] = (m["letter"],)
        else:
            numbers = _expand_range(m["n1"].lstrip("0") or "0", m["n2"])
            if m["small"]:
                numbers = (numbers[0] + m["small"],)
        items.append(_Item(numbers, m.start(), m.end(), m["page"]))
    return items


def _parse_letters(text: str, start: int, end: int) -> list[_Item]:
    """The entries of an Eerste Kamer letter list ", D" / ", C en D"."""
    return [
        _Item((m["letter"],), m.start(), m.end(), m["page"])
        for m in _LETTER_ITEM_RE.finditer(text, start, end)
    ]


def _items_of(text: str, m: re.Match[str], dossiers: list[_Dossier]) -> list[_Item]:
    """The numbered entries a kamerstuk match cites, whichever form it has."""
    if m["numbers"] is not None:
        return _parse_numbers(text, m.start("numbers"), m.end("numbers"))
    if m["letters"] is not None:
        return _parse_letters(text, m.start("letters"), m.end("letters"))
    if m["letterword"] is not None:  # Eerste Kamer: "36 067, letter Y"
        return [_Item((m["letterword"],), m.start("letterword"), m.end(), None)]
    if m["bracketed"] is not None:
        return [
            _Item((n.group(),), n.start(), n.end(), None)
            for n in _BRACKETED_NUMBER_RE.finditer(text, m.start("bracketed"), m.end("bracketed"))
        ]
    if m["ekletter"] is not None:  # "34.300 IV / CXIX, P"
        return [_Item((m["ekletter"],), m.start("ekletter"), m.end(), None)]
    if m["bare"] is not None:
        return [_Item((m["bare"].lstrip("0") or "0",), m.start("bare"), m.end(), None)]
    if m["compact"] is not None and len(dossiers) == 1:
        return [_Item((m["compact"].lstrip("0") or "0",), m.start("compact"), m.end(), None)]
    return []


def _split_compact_sub(dossier: _Dossier) -> tuple[_Dossier, str] | None:
    """Read "31865-20" as dossier 31865, number 20 unless 31865 has real sub-dossiers."""
    base, _, sub = dossier.id.partition("-")
    if not dossier.has_sub or base in _SUBDOSSIER_SERIES:
        return None
    return dossier._replace(id=base, has_sub=False), sub.lstrip("0") or "0"


def _is_bare_number(text: str, m: re.Match[str]) -> bool:
    """A cheap early no for the common case: a five-digit amount with no keyword before it.

    Without a number list a match is a citation only after a keyword, or as "(31865-20)";
    this test saves reading the prefix for the many amounts and codes in running text.
    """
    if m["numbers"] is not None or m["letters"] is not None or m["compact"] is not None:
        return False
    if m["bracketed"] is not None or m["letterword"] is not None or m["ekletter"] is not None:
        return False
    if "(R" in m["dossiers"]:
        return False  # "35 099 (R2114)": a rijkswet number marks a dossier, as a keyword does
    start = m.start()
    if text[start - 1 : start] == "(" or _in_compact_list(text, start, m.end()):
        return False  # "(31865-20)", a list "…;32201-73;"
    if _ends_list_row(text, start, m.end(), bare=m["dossiers"].isdecimal()):
        return False  # a paper's "31701-11" read as a dossier and its sub-dossier
    if _after_paper_word(text, start):
        return False  # "(amendement 36067 – 61)", whose two digits read as a sub-dossier
    if _is_id_line(text, start, m.end()):
        return False  # "ID: 35874-6", a paper's own id on its page
    window = text[max(0, start - _PREFIX_WINDOW) : start]
    return not any(word in window for word in _KEYWORD_HINTS)


_PAPER_WORDS = ("amendement ", "motie ")


def _after_paper_word(text: str, start: int) -> bool:
    """The compact form names the paper of the amendement or motie the word before it
    names: "(amendement 36067 – 61)"."""
    return text[max(0, start - 11) : start].lower().endswith(_PAPER_WORDS)


def _bare_compact_is_citation(text: str, m: re.Match[str], dossier: _Dossier) -> bool:
    """A compact form without a keyword counts only where it cannot be a code or a range.

    "21501-32-1740" (three parts, a real sub-dossier series) always does; "31865-207" only
    alone in brackets, as in "motie-Eerdmans (32317–895)", or in a list of such forms joined
    by semicolons, as the Handelingen list the papers a sitting removes from the agenda
    ("31389-146;21501-32-808;32201-73;").
    """
    base, _, sub = dossier.id.partition("-")
    if dossier.has_sub and base in _SUBDOSSIER_SERIES:
        return True
    if m["compact"] is not None and sub and sub.strip("IVXLC") == "" and 19 <= int(base[:2]) <= 39:
        # a budget chapter's Roman number between dossier and number ("35000-VIII-67", as an
        # overview of moties lists them): the form of the official id, which no code or
        # range takes
        return True
    before, after = text[m.start() - 1 : m.start()], text[m.end() : m.end() + 1]
    if _after_paper_word(text, m.start()):
        return True
    if after == ")" and (before == "(" or text.endswith("(t.v.v. ", 0, m.start())):
        # alone in brackets, or as the paper a changed motie replaces: "Gewijzigde motie van
        # het lid Van der Plas over … (t.v.v. 28286-1193)"
        return True
    if _is_id_line(text, m.start(), m.end()):
        return True
    return _in_compact_list(text, m.start(), m.end()) or _ends_list_row(text, m.start(), m.end())


# A paper's page on openkamer.org gives its id on a line of its own: "ID: 35874-6".
_ID_LABEL_RE = lazy_compile(r"\A[ \u00a0]*ID:[ \u00a0]*\Z")


def _is_id_line(text: str, start: int, end: int) -> bool:
    """Whether the form at ``start:end`` is all that follows an "ID:" label in its paragraph."""
    return start <= 8 and text[end:].strip() == "" and bool(_ID_LABEL_RE.match(text, 0, start))


# A committee's list of decisions (besluitenlijst) ends the row of each paper with its id after
# a spaced dash, as it ends the row of a zaak with "- 2016Z19131": "Nota van wijziging -
# 30569-8", "Nota naar aanleiding van het verslag - 34417-(R2068)-7", and the row of a bill
# with its dossier, "Samenvoeging van de gemeenten Moordrecht, … - 31819".
# A dossier alone after a number is more likely the end of a range ("2015 - 20189"), so a
# bare dossier needs a word before the dash.
_LIST_ROW_DASH_RE = lazy_compile(r"\S[ \u00a0][-–][ \u00a0]\Z")
_LIST_ROW_WORD_DASH_RE = lazy_compile(r"[^\d\s][ \u00a0][-–][ \u00a0]\Z")


def _ends_list_row(text: str, start: int, end: int, *, bare: bool = False) -> bool:
    """Whether the form at ``start:end`` ends its paragraph after a spaced dash: the id a
    besluitenlijst gives a paper or bill. A number in running text has words after it."""
    dash = _LIST_ROW_WORD_DASH_RE if bare else _LIST_ROW_DASH_RE
    return text[end:].strip() == "" and dash.search(text, max(0, start - 4), start) is not None


def _in_compact_list(text: str, start: int, end: int) -> bool:
    """Whether the form at ``start:end`` is one of a list of compact forms joined by
    semicolons ("31389-146;32201-73", "34722-1; 33997-95"): the item before it ends at a
    semicolon right before it, or the next starts right after one. A semicolon is looked for
    first: most five-digit runs stand in none."""
    return (
        ";" in text[max(0, start - 2) : start]
        and bool(_AFTER_COMPACT_ITEM_RE.search(text, max(0, start - 3), start))
    ) or (text[end : end + 1] == ";" and _COMPACT_ITEM_RE.match(text, end) is not None)


def _is_amount(text: str, start: int) -> bool:
    before = max(0, start - 6)
    # the currency signs and "EUR" all hold one of these characters: a cheap test first
    window = text[before:start]
    if "€" not in window and "$" not in window and "£" not in window and "R" not in window:
        return False
    return _AMOUNT_BEFORE_RE.search(text, before, start) is not None


def _lost_sub_dossier_hyphen(text: str, dossier: _Dossier) -> _Dossier | None:
    """ "21 50108, nr. 106": a PDF lost the hyphen of "21 501-08", and the five digits after
    "21 " read as a dossier 50108, which no series has. The sub-dossier the digits give."""
    for series in _SUBDOSSIER_SERIES:
        head, tail = series[:2], series[2:]
        start = dossier.start - 3
        if (
            len(dossier.id) == 5
            and dossier.id.startswith(tail)
            and start >= 0
            and text[start : start + 2] == head
            and text[start + 2] in " \u00a0"
            and not text[start - 1 : start].isalnum()
        ):
            return _Dossier(f"{series}-{dossier.id[3:]}", start, dossier.end, True)
    return None


def _resolve_kamerstuk(text: str, m: re.Match[str]) -> _Citation | None:
    """Turn one kamerstuk match into references, or None when it is not a citation."""
    if _is_bare_number(text, m) or _is_amount(text, m.start()):
        return None  # "€ 12 345, nr. 5" is an amount
    dossiers = _parse_dossiers(text, m.start("dossiers"), m.end("dossiers"))
    if not dossiers:
        return None
    if dossiers[0].id >= "4" and (rejoined := _lost_sub_dossier_hyphen(text, dossiers[0])):
        if _is_amount(text, rejoined.start):
            return None
        dossiers[0] = rejoined  # (every real series number is below 40 000)
    prefix = _read_prefix(text, dossiers[0].start)
    if m["bracketed"] is not None and prefix.year is None:
        return None  # "36 200 (125)" without its vergaderjaar is no citation
    items = _items_of(text, m, dossiers)
    if not items and len(dossiers) == 1 and (split := _split_compact_sub(dossiers[0])):
        dossiers = [split[0]]  # "31865-20": the two digits are the number
        items = [_Item((split[1],), split[0].start, split[0].end, None)]
    if not items:
        return _resolve_dossier_only(text, m, prefix, dossiers)
    bare_compact = (
        not prefix.keyword
        and m["numbers"] is None
        and m["letters"] is None
        and m["letterword"] is None
        and m["bracketed"] is None
        and m["ekletter"] is None
    )
    if bare_compact and (
        m["bare"] is not None or not _bare_compact_is_citation(text, m, dossiers[0])
    ):
        return None  # a number after a comma only after a keyword: "(22 112, 2962)" is none
    dossier = dossiers[0].id  # with several dossiers the number belongs to the first one
    refs = []
    for index, item in enumerate(items):
        for k, number in enumerate(item.numbers):
            start = prefix.start if index == 0 and k == 0 else item.start
            refs.append(
                _kamerstuk(
                    text,
                    start,
                    item.end,
                    dossier,
                    number,
                    chamber=prefix.chamber,
                    year=prefix.year,
                    page=item.page,
                )
            )
    return _Citation(prefix.start, m.end(), tuple(refs))


def _resolve_dossier_only(
    text: str, m: re.Match[str], prefix: _Prefix, dossiers: list[_Dossier]
) -> _Citation | None:
    """Dossier references ("Kamerstuk 36 062"); a bare number without keyword is none, but
    for one with its rijkswet number, as a paper's heading prints it: "35 099 (R2114)"."""
    if (
        not prefix.keyword
        and "(R" not in m["dossiers"]
        and not _ends_list_row(text, m.start(), m.end(), bare=True)
    ):
        return None
    if m["dossiers"] != text[m.start() : m.end()]:
        return None  # something followed that did not parse as a number list
    refs = []
    for index, dossier in enumerate(dossiers):
        start = prefix.start if index == 0 else dossier.start
        refs.append(_dossier_ref(text, start, dossier.end, dossier.id, prefix.chamber, prefix.year))
    return _Citation(prefix.start, m.end(), tuple(refs))


def _scan_kamerstukken(text: str) -> Iterator[_Citation]:
    """Kamerstukken in house, academic, bare and compact style (the scored type)."""
    # Same as _KST_RE.finditer, but skipping to five-digit runs first: every match starts at
    # one, and most digits in a letter (dates, amounts) are not. The runs are found in the
    # digit image (a superset of them, each confirmed in the text).
    image = digit_image(text)
    pos = 0
    while (hit := _FIVE_ZEROS_RE.search(image, pos)) is not None:
        at = hit.start()
        pos = at + 1
        if _FIVE_DIGITS_RE.match(text, at) is None or (m := _KST_RE.match(text, at)) is None:
            continue
        pos = m.end()
        citation = _resolve_kamerstuk(text, m)
        if citation is not None:
            yield citation


def _scan_roman_dossiers(text: str) -> Iterator[_Citation]:
    """Eerste Kamer series with a Roman number only: "(2012–2013, CII, B)" → kst-CII-B."""
    for m in _ROMAN_DOSSIER_RE.finditer(text):
        year = m["year"] or m["year2"]
        chamber = EERSTE_KAMER if m["kw"] else None
        ref = _kamerstuk(
            text,
            m.start(),
            m.end(),
            m["roman"],
            m["letter"],
            chamber=chamber,
            year=parliamentary_year(year) if year else None,
        )
        yield _Citation(m.start(), m.end(), (ref,))


def _scan_roman_letters(text: str) -> Iterator[_Citation]:
    """A Roman series with "letter": "(CLVI, letter M)" → kst-CLVI-M, an Eerste Kamer paper."""
    for m in _ROMAN_LETTER_RE.finditer(text):
        ref = _kamerstuk(text, m.start(), m.end(), m["roman"], m["letter"], chamber=EERSTE_KAMER)
        yield _Citation(m.start(), m.end(), (ref,))


# An Eerste Kamer motie by its paper with neither "letter" nor a comma before the letter: "de
# uitvoering van motie 35 431 D", "met motie (35788 F) in te stemmen". After "motie" the number
# is the motie's paper, not a dossier with its part ("36 600 A", a fund's budget); the letters A
# and B, the bill and the first verslag, name no motie, and "nr." after it makes it a dossier.
_EK_MOTIE_RE = lazy_compile(
    rf"""(?<![\w])[Mm]oties?{_SP}\(?
    (?P<dossier>\d{{2}}(?:{_SP}|\.)?\d{{3}}){_SP}(?P<letter>[C-Z][A-Z]?)(?![\w'’])
    (?!,?{_SP}?(?:[Nn]rs?\.|[Ss]tuk))""",
    re.X,
)


def _scan_ek_moties(text: str) -> Iterator[_Citation]:
    """ "motie 35 431 D": an Eerste Kamer motie's paper after the word (see _EK_MOTIE_RE)."""
    # every match starts one letter before "otie" (and ``re`` would try a lookbehind and a
    # choice of letters at every position)
    starts = (at - 1 for at in positions(text, ("otie",)) if at > 0)
    for m in matches_at(_EK_MOTIE_RE, text, starts):
        dossier = normalise_dossier(m["dossier"])
        if dossier is None or not 19 <= int(dossier[:2]) <= 39:
            continue
        start, end = m.start("dossier"), m.end()
        ref = _kamerstuk(text, start, end, dossier, m["letter"], chamber=EERSTE_KAMER)
        yield _Citation(start, end, (ref,))


def _scan_bracketed_dossiers(text: str) -> Iterator[_Citation]:
    """A dossier alone in brackets, without keyword: "de begroting (36 410-VII)"."""
    for m in _BRACKETED_DOSSIER_RE.finditer(text):
        if m["more"]:
            spans = [
                (d.start, d.end) for d in _parse_dossiers(text, m.start("dossier"), m.end("more"))
            ]
        else:
            spans = [m.span("dossier")]
        found = [(start, end, normalise_dossier(text[start:end])) for start, end in spans]
        # one number that is no dossier ("(12 500 en 36 410-VI)") makes the bracket an amount
        # or a range, not a list of dossiers; and of several, each must name its part (a
        # budget chapter, a sub-dossier), as two plain numbers are as often two amounts:
        # "(24 500 en 26 300) euro"
        if not all(_bracketed_dossier_ok(dossier) for _, _, dossier in found):
            continue
        if len(found) > 1 and not all("-" in (dossier or "") for _, _, dossier in found):
            continue
        for start, end, dossier in found:
            assert dossier is not None
            yield _Citation(start, end, (_dossier_ref(text, start, end, dossier, None, None),))


def _bracketed_dossier_ok(dossier: str | None) -> bool:
    """A dossier alone in brackets is one of a series of the last decades and no round
    amount: "(25 000)" is an amount; "36 000" stands with its part (-VIII)."""
    if dossier is None or not 19 <= int(dossier[:2]) <= 39:
        return False
    return not (dossier.isdigit() and dossier.endswith("000"))


def _scan_stuk_nr(text: str) -> Iterator[_Citation]:
    """Kamerstukken cited number first: "op stuk nr. 54 (32 012)"; in the Handelingen the
    chair numbers a new motie so: "Zij krijgt nr. 1136 (32847)"."""
    # every match starts with "stuk" ("Stuk"), "krijgt", "amendement nr" or "motie nr"
    stuk = (at - 1 for at in positions(text, ("tuk",)) if at > 0 and text[at - 1] in "Ss")
    paper = (at - 1 for at in positions(text, ("mendement nr", "otie nr")) if at > 0)
    starts = sorted([*stuk, *paper, *positions(text, ("krijgt",))])
    for m in matches_at(_STUK_NR_RE, text, starts):
        dossier = normalise_dossier(m["dossier"] or m["after"])
        if dossier is None:
            continue
        ref = _kamerstuk(text, m.start(), m.end(), dossier, m["num"].lstrip("0") or "0")
        yield _Citation(m.start(), m.end(), (ref,))


# --------------------------------------------------------------------------------------------
# the other types
# --------------------------------------------------------------------------------------------


def _scan_handelingen(text: str) -> Iterator[_Citation]:
    """Handelingen and Aanhangsel Handelingen, one type per mention."""
    for m in _HANDELINGEN_RE.finditer(text):
        before = _AANHANGSEL_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        start = before.start() if before else m.start()
        kind = "aanhangsel" if before else "handelingen"
        ref = _debate_ref(text, kind, start, m, m["item"])
        yield _Citation(start, m.end(), (ref,))


def _scan_kamerstukken_aanhangsel(text: str) -> Iterator[_Citation]:
    """The Aanhangsel cited in Kamerstuk style: "Kamerstukken II 2021/22, Aanhangsel, nr. 1694"."""
    for m in _KST_AANHANGSEL_RE.finditer(text):
        yield _Citation(m.start(), m.end(), (_debate_ref(text, "aanhangsel", m.start(), m),))


def _debate_ref(
    text: str, kind: str, start: int, m: re.Match[str], item: str | None = None
) -> Reference:
    """A Handelingen or Aanhangsel reference from a match with groups ch, year, nr and page;
    its id needs the chamber and the number."""
    # the house by name, in the Handelingen's own pattern only: "Handelingen Tweede Kamer 2007-08"
    chamber = _chamber_of(m["ch"] or m.groupdict().get("house"))
    code = _chamber_code(chamber)
    year = parliamentary_year(m["year"])
    ref_id = None
    if code and m["nr"]:
        prefix = "ah" if kind == "aanhangsel" else "h"
        suffix = f"-{item}" if item and kind == "handelingen" else ""
        ref_id = f"{prefix}-{code}-{year.replace('-', '')}-{m['nr']}{suffix}"
    return Reference(
        type=kind,
        text=text[start : m.end()],
        id=ref_id,
        url=OB_URL.format(ref_id) if ref_id else None,
        chamber=chamber,
        parliamentary_year=year,
        number=m["nr"],
        page=m["page"],
        where=Where(start=start, end=m.end()),
    )


def _gazette_citation(m: re.Match[str], kind: str, code: str, year: str) -> _Citation:
    ref_id = f"{code}-{year}-{m['nr']}"
    ref = Reference(
        type=kind,
        text=m[0],
        id=ref_id,
        url=OB_URL.format(ref_id),
        number=m["nr"],
        where=Where(start=m.start(), end=m.end()),
    )
    return _Citation(m.start(), m.end(), (ref,))


def _scan_gazettes(text: str) -> Iterator[_Citation]:
    """Staatsblad, Staatscourant and Tractatenblad."""
    for m in _GAZETTE_RE.finditer(text):
        yield _gazette_citation(m, *_GAZETTES[m["kind"]], m["year"])
    if ", Stb" not in text and "(Stb" not in text:
        return  # a cheap test on every paragraph the gate lets through
    for m in _YEARLESS_STB_RE.finditer(text):
        before = _ACT_DATE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        if before is not None:
            yield _gazette_citation(m, "staatsblad", "stb", before["year"])


def _scan_ecli(text: str) -> Iterator[_Citation]:
    """European Case Law Identifiers; Dutch ones link to rechtspraak.nl."""
    for m in _ECLI_RE.finditer(text):
        ecli = m[0]
        ref = Reference(
            type="ecli",
            text=ecli,
            id=ecli,
            url=ECLI_URL.format(ecli) if ecli.startswith("ECLI:NL:") else None,
            where=Where(start=m.start(), end=m.end()),
        )
        yield _Citation(m.start(), m.end(), (ref,))


def _com_letters(text: str, start: int) -> str | None:
    """CELEX letters of a COM document: "PC" for a proposal, "DC" for a communication, as the
    words before it in its sentence say ("het voorstel voor een richtlijn (COM(2021) 752)");
    None when they do not, because one COM series numbers both."""
    window = text[max(0, start - _COM_WINDOW) : start]
    stop = max(window.rfind(". "), window.rfind("; "))
    words = _COM_KIND_RE.findall(window[stop + 1 :].lower())
    if not words:
        return None
    return "PC" if words[-1].startswith("voorst") else "DC"


def _scan_eu(text: str) -> Iterator[_Citation]:
    """European Commission documents "COM(2021) 752 final" → id "COM(2021)752"."""
    for m in _EU_RE.finditer(text):
        kind, year, number = m["kind"], m["year"], m["nr"]
        letters = _com_letters(text, m.start()) if kind == "COM" else _EU_CELEX[kind]
        celex = f"5{year}{letters}{int(number):04d}" if letters else None
        ref = Reference(
            type="eu",
            text=m[0],
            id=f"{kind}({year}){int(number)}",
            url=EURLEX_URL.format(celex) if celex else None,
            number=number,
            where=Where(start=m.start(), end=m.end()),
        )
        yield _Citation(m.start(), m.end(), (ref,))


def _scan_tk_numbers(text: str) -> Iterator[_Citation]:
    """Tweede Kamer document ("D") and case ("Z") numbers."""
    for m in _TK_NUMBER_RE.finditer(text):
        is_document = m["kind"] == "D"
        ref = Reference(
            type="tk-document" if is_document else "tk-zaak",
            text=m[0],
            id=m[0],
            url=TK_DOCUMENT_URL.format(m[0]) if is_document else None,
            where=Where(start=m.start(), end=m.end()),
        )
        yield _Citation(m.start(), m.end(), (ref,))


def _continues_word(text: str, start: int) -> bool:
    """Whether ``start`` is inside a word or id ("wah-tk-…", "x-kst-…")."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_")


def _official_id_starts(text: str) -> list[int]:
    """Where an official id can start: at "kst-", "stb-", "stcrt-", "trb-", "h-tk-", "h-ek-"
    and one letter before an "h-" after "a" ("ah-tk-"), found with str.find; a regex that
    starts with a choice of common letters would be tried at most positions."""
    starts = positions(text, ("kst-", "stb-", "stcrt-", "trb-", "h-tk-", "h-ek-"))
    after_a = [at - 1 for at in starts if text[at - 1 : at] == "a" and text.startswith("h-", at)]
    return sorted([*starts, *after_a])


def _scan_official_ids(text: str) -> Iterator[_Citation]:
    """Official ids written out, as in URLs of zoek.officielebekendmakingen.nl."""
    for start in _official_id_starts(text):
        m = _OFFICIAL_ID_RE.match(text, start)
        if m is None or _continues_word(text, m.start()):
            continue
        where = Where(start=m.start(), end=m.end())
        if m["kst_dossier"]:
            dossier = m["kst_dossier"]
            if "-R" in dossier:
                dossier = dossier.split("-R")[0]
            ref = _kamerstuk(text, m.start(), m.end(), dossier, m["kst_number"])
        elif m["h_kind"]:
            ref_id = m[0]
            chamber = TWEEDE_KAMER if m["h_ch"] == "tk" else EERSTE_KAMER
            ref = Reference(
                type="aanhangsel" if m["h_kind"] == "ah" else "handelingen",
                text=m[0],
                id=ref_id,
                url=OB_URL.format(ref_id),
                chamber=chamber,
                parliamentary_year=f"{m['h_y1']}-{m['h_y2']}",
                number=m["h_nr"],
                where=where,
            )
        else:
            kind = {"stb": "staatsblad", "stcrt": "staatscourant", "trb": "tractatenblad"}
            ref = Reference(
                type=kind[m["g_kind"]],
                text=m[0],
                id=m[0],
                url=OB_URL.format(m[0]),
                number=m["g_nr"],
                where=where,
            )
        yield _Citation(m.start(), m.end(), (ref,))


# --------------------------------------------------------------------------------------------
# public entry point
# --------------------------------------------------------------------------------------------


def _always(text: str) -> bool:
    return True


# "Stb" in text or "Stcrt" in text or "Staats" in text: one search, which ``re`` skips through
# to each "St" in C as fast as ``in`` does, where three ``in`` read the text three times
_GAZETTE_HINT_RE = lazy_compile(r"St(?:b|crt|aats)")


def _may_cite_gazette(text: str) -> bool:
    return _GAZETTE_HINT_RE.search(text) is not None or "Tr" in text


# "tuk n" in text or "krijgt n" in text or "ent nr" in text or "otie nr" in text, in one search
# that skips to each " n" (as _GAZETTE_HINT_RE does) and looks back from there
_STUK_NR_HINT_RE = lazy_compile(r" n(?:(?<=tuk n)|(?<=krijgt n)|r(?<=ent nr)|r(?<=otie nr))")


def _may_cite_stuk_nr(text: str) -> bool:
    return _STUK_NR_HINT_RE.search(text) is not None


def _opens_with_number(text: str) -> bool:
    """A bracket before a digit, a space between them allowed: "(36 410-VII)", "COM(2021)",
    "( 2021)". Half the paragraphs have a bracket, but few one before a number; the brackets
    are found at memory speed."""
    return before_digit(text, "(", _SPACES)


def _may_cite_eu(text: str) -> bool:
    # the bracket of "COM(2021) 752" is followed by the year
    return _opens_with_number(text) and (
        "COM" in text or "SWD" in text or "SEC" in text or "JOIN" in text
    )


def _may_cite_tk_number(text: str) -> bool:
    """A "D" or "Z" between digits ("2024D49539"): str.find skips to the few capitals in C,
    where a regex would try every digit."""
    for letter in "DZ":
        at = text.find(letter, 1)
        while at >= 0:
            if text[at - 1 : at].isdigit() and text[at + 1 : at + 2].isdigit():
                return True
            at = text.find(letter, at + 1)
    return False


def _may_cite_official_id(text: str) -> bool:
    # every id has a hyphen right before a digit ("kst-36…", "h-tk-2019…", "stb-2011-…"): the
    # few hyphens of a paragraph are found at memory speed, and in most paragraphs none is
    # followed by a digit ("Kamer-lid"), which spares the six words below a scan each
    return before_digit(text, "-") and (
        "kst-" in text
        or "h-tk-" in text
        or "h-ek-" in text
        or "stb-" in text
        or "stcrt-" in text
        or "trb-" in text
    )


# (gate, scanner) in order of precedence: where citations overlap the earlier-starting, then
# longer one wins, and on a tie the scanner listed first. A gate is a cheap test (``in`` on a
# literal, or a regex that starts with one) that every citation of its scanner passes; most
# paragraphs cite nothing, so gating keeps the extractor fast.
_SCANNERS: tuple[tuple[Callable[[str], bool], Callable[[str], Iterator[_Citation]]], ...] = (
    (lambda text: "andelingen" in text, _scan_handelingen),
    (lambda text: "Aanhangsel" in text, _scan_kamerstukken_aanhangsel),
    (lambda text: "otie" in text, _scan_ek_moties),
    (_always, _scan_kamerstukken),  # skips to five-digit runs itself
    (lambda text: _ROMAN_DOSSIER_HINT_RE.search(text) is not None, _scan_roman_dossiers),
    (lambda text: ", letter" in text, _scan_roman_letters),
    (_may_cite_stuk_nr, _scan_stuk_nr),
    (_opens_with_number, _scan_bracketed_dossiers),
    (_may_cite_gazette, _scan_gazettes),
    (lambda text: "ECLI:" in text, _scan_ecli),
    (_may_cite_eu, _scan_eu),
    (_may_cite_tk_number, _scan_tk_numbers),
    (_may_cite_official_id, _scan_official_ids),
)


def _drop_overlaps(citations: Iterable[tuple[int, _Citation]]) -> list[_Citation]:
    """Keep citations that do not overlap an earlier kept one (earliest, longest, first)."""
    ordered = sorted(citations, key=lambda pc: (pc[1].start, -pc[1].end, pc[0]))
    kept: list[_Citation] = []
    for _, citation in ordered:
        if kept and citation.start < kept[-1].end:
            continue
        kept.append(citation)
    return kept


def find_references(text: str) -> list[Reference]:
    """Every citation in ``text`` (one paragraph or footnote), in order of position.

    ``text`` has its whitespace collapsed, hyphenation joined and footnote markers removed.
    Each Reference carries ``where.start``/``where.end``: offsets of its ``text`` in ``text``;
    the pipeline fills the other ``Where`` fields.
    """
    papers: list[Reference] = []
    # every paper citation has a digit, but an Eerste Kamer series in Roman numerals with its
    # letter: "de motie-Mei Li Vos c.s. (CLVI, letter M)"
    if has_digit(text) or ", letter" in text:
        found = [
            (priority, citation)
            for priority, (gate, scan) in enumerate(_SCANNERS)
            if gate(text)
            for citation in scan(text)
        ]
        papers = [ref for citation in _drop_overlaps(found) for ref in citation.refs]
    return _merge(papers, _citations_by_name(text, papers))


def _citations_by_name(text: str, papers: list[Reference]) -> list[Reference]:
    """Acts, EU legislation, moties and amendementen by name, and web addresses.

    These stand beside the paper citations, not instead of them: "de motie-Omtzigt (Kamerstuk
    35 570, nr. 12)" is a motie and a Kamerstuk, an address of zoek.officielebekendmakingen.nl
    a URL and the paper it shows. Inside an address nothing else is read; an EU act inside a
    Dutch act's name ("Uitvoeringswet Algemene verordening gegevensbescherming") is the act.
    """
    urls = find_urls(text)
    laws = find_laws(text)
    eu = [r for r in find_eu_legislation(text) if not any(_inside(r, law) for law in laws)]
    laws, eu = _join_eu_articles(text, laws, eu)
    kamerstukken = [r for r in papers if r.type in ("kamerstuk", "dossier")]
    named = [*laws, *eu, *find_member_papers(text, kamerstukken)]
    if not urls:
        return named  # most paragraphs: no address to leave out
    return [*urls, *(r for r in named if not any(_inside(r, url) for url in urls))]


# Between an article and the EU act it belongs to: " ", ", ", " van de ", ", van de ", and
# " van de Europese " before an act the table does not name ("de Europese klimaatwet"); after
# the paragraph the subparagraphs that EU texts number by alinea: "artikel 120, lid 2, tweede
# alinea, van Verordening (EU) 2017/1939", "artikel 55, derde lid, tweede, derde en vijfde
# alinea , van richtlijn 2012/34/EU"
_ALINEA = "eerste|tweede|derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|laatste"
_EU_ARTICLE_JOIN_RE = lazy_compile(
    rf"(?:,{_SP}(?:{_ALINEA})(?:(?:,{_SP}|{_SP}en{_SP})(?:{_ALINEA}))*{_SP}alinea{_SP}?)?"
    rf",?{_SP}(?:van{_SP}(?:(?:de|het){_SP})?)?(?:[Ee]uropese{_SP})?"
)


def _join_eu_articles(
    text: str, laws: list[Reference], eu: list[Reference]
) -> tuple[list[Reference], list[Reference]]:
    """ "artikel 5 AVG", "artikelen 12 en 13 van Richtlijn 2011/95/EU": the articles that the
    act finder left without act (it leaves EU acts alone) become articles of the EU act that
    follows them, as references of type eu-legislation with its CELEX id."""
    if not eu or not laws:
        return laws, eu
    kept: list[Reference] = []
    joined: list[Reference] = []
    pending: list[Reference] = []  # one article head: "artikelen 12" and then "13"
    for law in [*laws, None]:
        if law is not None and law.law is None and law.article is not None:
            if pending and text[pending[-1].where.end : law.where.start].strip(" ,en") == "":
                pending.append(law)
                continue
            kept += _flush(text, pending, eu, joined)
            pending = [law]
            continue
        kept += _flush(text, pending, eu, joined)
        pending = []
        if law is not None:
            kept.append(law)
    return kept, sorted([*eu, *joined], key=lambda r: r.where.start)


def _flush(
    text: str, head: list[Reference], eu: list[Reference], joined: list[Reference]
) -> list[Reference]:
    """Join an article head to the EU act right after it; give it back when there is none."""
    if not head:
        return []
    end = max(law.where.end for law in head)
    act = next((e for e in eu if e.where.start >= end), None)
    if act is None or not _EU_ARTICLE_JOIN_RE.fullmatch(text, end, act.where.start):
        return _article_in_brackets_after(text, head, eu, joined)
    eu.remove(act)  # the act is named as part of the first article's mention
    for k, law in enumerate(head):
        start, stop = law.where.start, act.where.end if k == 0 else law.where.end
        joined.append(
            Reference(
                type="eu-legislation",
                text=text[start:stop],
                id=act.id,
                url=act.url,
                article=law.article,
                lid=law.lid,
                where=Where(start=start, end=stop),
            )
        )
    return []


def _article_in_brackets_after(
    text: str, head: list[Reference], eu: list[Reference], joined: list[Reference]
) -> list[Reference]:
    """ "de MDR (art. 120)": an article in brackets right after an EU act is that act's, a
    mention of its own beside the act's, as "de Flora- en faunawet (artikel 2, lid 1)" is."""
    law = head[0]
    start = law.where.start
    if (
        len(head) > 1
        or text[start - 2 : start] != " ("
        or text[law.where.end : law.where.end + 1] != ")"
    ):
        return head
    act = next((e for e in eu if e.where.end == start - 2), None)
    if act is None:
        return head
    joined.append(
        Reference(
            type="eu-legislation",
            text=law.text,
            id=act.id,
            url=act.url,
            article=law.article,
            lid=law.lid,
            where=Where(start=start, end=law.where.end),
        )
    )
    return []


def _inside(ref: Reference, outer: Reference) -> bool:
    return outer.where.start <= ref.where.start and ref.where.end <= outer.where.end


def _merge(papers: list[Reference], named: list[Reference]) -> list[Reference]:
    """Paper citations and the others, in order of position (papers first on a tie)."""
    if not named:
        return papers
    return sorted([*papers, *named], key=lambda r: r.where.start)


# --------------------------------------------------------------------------------------------
# context from the document
# --------------------------------------------------------------------------------------------


def take_chamber_from_document(refs: list[Reference], chamber: str | None) -> None:
    """Handelingen and Aanhangsel citations that name no chamber take the document's own
    ("Handelingen 2019/20, nr. 12" in a Tweede Kamer paper is the Tweede Kamer's), which
    gives them their id; in place."""
    code = _chamber_code(chamber) if chamber else None
    if code is None:
        return
    for ref in refs:
        if ref.type not in ("handelingen", "aanhangsel") or ref.chamber or ref.id:
            continue
        if ref.number is None or ref.parliamentary_year is None:
            continue
        years = ref.parliamentary_year.replace("-", "")
        if ref.type == "aanhangsel":
            ref_id = f"ah-{code}-{years}-{ref.number}"
        else:
            m = _HANDELINGEN_RE.search(ref.text)
            item = f"-{m['item']}" if m is not None and m["item"] else ""
            ref_id = f"h-{code}-{years}-{ref.number}{item}"
        ref.chamber, ref.id, ref.url = chamber, ref_id, OB_URL.format(ref_id)


_REPLACES_RE = lazy_compile(
    r"ter vervanging van (?:die|dat|het|de) gedrukt onder (?:nr\.|nummer) ?"
    r"(?P<nr>\d{1,4}|[A-Z]{1,2})\b",
    re.I,
)


def replaced_paper(title: str | None, dossier: str | None) -> Reference | None:
    """The paper a changed motie or amendement replaces: "GEWIJZIGDE MOTIE … TER VERVANGING
    VAN DIE GEDRUKT ONDER NR. 18" in dossier 32123-XIII is kst-32123-XIII-18. Its type is
    "replaces" (the paper is not cited in the text: it is the one this paper succeeds), and
    it stands in the header."""
    if not title or not dossier:
        return None
    m = _REPLACES_RE.search(title)
    if m is None:
        return None
    ref_id = f"kst-{dossier}-{m['nr']}"
    return Reference(
        type="replaces",
        text=m[0],
        id=ref_id,
        url=OB_URL.format(ref_id),
        dossier=dossier,
        number=m["nr"],
        where=Where(part="header", start=m.start(), end=m.end()),
    )


# "de motie op stuk nr. 1139" in the Handelingen: no dossier, the debate gives it. Not when a
# dossier follows ("op stuk nr. 54 (32 012)", "stuk nr. 292, 33576"): _STUK_NR_RE reads those.
_DEBATE_STUK_RE = lazy_compile(
    rf"""
    (?<![\w])(?:[Mm]otie|[Aa]mendement)
    {_SP}(?:op{_SP})?(?P<span>stuk{_SP}(?:nr\.?|nummer){_SP}?(?P<num>\d{{1,4}}))(?![\w])
    (?!{_SP}?\(|,{_SP}?\d\d{_SP}?\d{{3}})
    """,
    re.X,
)


class Debate:
    """What a Handelingen report has said so far about the papers of its debate: the moties
    the chair numbered ("Zij krijgt nr. 1136 (32847)") and the last dossier so numbered."""

    def __init__(self) -> None:
        self.numbers: dict[str, str] = {}
        self.dossier: str | None = None

    def learn(self, refs: list[Reference]) -> None:
        for ref in refs:
            if ref.type == "kamerstuk" and ref.text.startswith("krijgt") and ref.dossier:
                self.numbers[ref.number or ""] = ref.dossier
                self.dossier = ref.dossier


def debate_papers(text: str, found: list[Reference], debate: Debate) -> list[Reference]:
    """Kamerstukken cited by number alone in a debate ("De motie op stuk nr. 1139 verzoekt"):
    the dossier is the one the chair gave that number, else the debate's last one. Outside a
    report where the chair numbers papers nothing is found. ``debate`` learns from ``found``
    first, so call this paragraph by paragraph in order."""
    debate.learn(found)
    if debate.dossier is None or "stuk" not in text:
        return []
    refs = []
    for m in _DEBATE_STUK_RE.finditer(text):
        # a paper already cited there is no second one; a motie named there is (its members
        # follow: "de motie op stuk nr. 1148 van de heer Stoffer")
        covering = [r for r in found if r.where.start <= m.start("span") < r.where.end]
        if any(r.type not in ("motie", "amendement") for r in covering):
            continue
        number = m["num"].lstrip("0") or "0"
        dossier = debate.numbers.get(number, debate.dossier)
        paper = _kamerstuk(text, m.start("span"), m.end("span"), dossier, number)
        refs.append(paper)
        for named in covering:
            if named.id is None:  # the motie is that paper
                named.id, named.url = paper.id, paper.url
                named.dossier, named.number = paper.dossier, paper.number
    return refs
