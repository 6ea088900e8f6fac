"""Citations of Dutch acts and their articles: "artikel 2.1 van de Wet dieren", "art. 68
Grondwet", "artikelen 173, 173a en 173b Sr", "de Participatiewet".

Tokenise, then resolve, like the Kamerstuk extractor:

1. **tokenise**: one regex finds article heads ("artikel 12, lid 1,", "artikelen 173, 173a en
   173b", "art. 6:162"); another finds act names: the titles and abbreviations of the shipped
   table (``data/laws.tsv``), any capitalised compound ending in "wet" ("Arbeidstijdenwet"),
   a "Wet …" title followed by its abbreviation in brackets ("Wet normering topinkomens
   (WNT)"), whose abbreviation then counts as a name in the rest of the text, and a decree or
   regulation named after "de", "het" or a bracket ("het Besluit beheer verpakkingen 2014",
   "de Uitvoeringsregeling Meststoffenwet", "de Regeling selectie, plaatsing en overplaatsing
   van gedetineerden").
2. **resolve**: an article head followed by an act ("van de Wet dieren", ", WAADI", " Sr")
   gives one reference per article number, each with that act; a head without one takes the
   first act named after it in the same sentence, else none. An act named on its own gives one
   reference without article.

``id`` is the BWB id when the table knows the act, ``url`` its wetten.overheid.nl address (the
``jci1.3`` form with the article when one is cited). "BW" with a book number in the article
("artikel 6:162 BW") resolves to that book.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import NamedTuple

from kamerparse.extract._find import SENTENCE_END_RE, matches_at, positions
from kamerparse.extract._lazy import lazy_compile
from kamerparse.extract.dates import _FULL_MONTHS, _trie
from kamerparse.extract.eu import (
    ABBREVIATION_HINT_RE,
    ABBREVIATIONS,
    NAMED_ACT,
    note_abbreviation,
)
from kamerparse.model import Reference, Where

__all__ = ["DefinedActs", "find_laws", "law_table"]

WETTEN_URL = "https://wetten.overheid.nl/{}"
WETTEN_ARTICLE_URL = "https://wetten.overheid.nl/jci1.3:c:{}&artikel={}"


@dataclass(frozen=True, slots=True)
class Act:
    title: str
    bwb_id: str | None


_YEARED_COMPOUND_RE = lazy_compile(r"[A-Z][a-zë]+wet (?:19|20)\d\d")


@cache
def law_table() -> dict[str, Act]:
    """Every name of every act in the shipped table (titles and abbreviations) → the act."""
    return parse_law_table(
        resources.files("kamerparse").joinpath("data/laws.tsv").read_text("utf-8")
    )


def parse_law_table(text: str) -> dict[str, Act]:
    """The names → acts of a table in the form of ``data/laws.tsv``: tab-separated BWB id (may
    be empty), title, abbreviations (``|`` between them) and, on the rows that have it, the
    evidence for the id, which the extractor does not use."""
    names: dict[str, Act] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) not in (3, 4):
            raise ValueError(f"a row of the acts table has {len(cells)} columns: {line!r}")
        bwb, title, abbrs = cells[:3]
        act = Act(title, bwb or None)
        for name in [title, *filter(None, abbrs.split("|"))]:
            if name.startswith("="):
                # an earlier title of the act ("=Wet werk en bijstand"): the same id, but the
                # reference keeps the title the text cites
                names[name[1:]] = Act(name[1:], act.bwb_id)
            else:
                names[name] = act
        if _YEARED_COMPOUND_RE.fullmatch(title):
            # "de Wegenverkeerswet", "de Politiewet": the act in force, cited without its year
            names.setdefault(title.rsplit(" ", 1)[0], act)
        if " wet " in f" {title.lower()} " and not title.startswith("Burgerlijk"):
            # "de wet dieren", "de algemene wet bestuursrecht": titles in running text
            names.setdefault(title[0].lower() + title[1:], act)
        for name in [title, *filter(None, abbrs.split("|"))]:
            name = name.removeprefix("=")
            if " " in name:
                # "de Algemene Wet Bestuursrecht", "het Wetboek Van Strafrecht", "de Wet
                # Normering Topinkomens": every word capitalised, of a title or another name
                cased = " ".join(w[:1].upper() + w[1:] for w in name.split(" "))
                names.setdefault(cased, names[name])
                if cased == name and " Wet " in f" {name} ":
                    # "de Algemene wet bijzondere ziektekosten": a title whose table form
                    # capitalises every word, written as other titles are
                    names.setdefault(name[:1] + name[1:].lower(), names[name])
    return names


_SP = r"[ \u00a0]"
# An article number: "5", "173a", "2.1", "3.1.3", "6:162", "161quater", "8a.2"
_LATIN = "(?:quinquies|sexies|septies|octies|novies|decies|quater|bis|ter)"
_ARTNUM = (
    rf"\d{{1,4}}(?:{_LATIN}|[a-z]{{0,3}})(?:[.:]\d{{1,4}}[a-z]{{0,3}}){{0,3}}"
    r"(?![\w.:]\d)(?![\w])"
)
_ORDINALS = {
    "eerste": "1",
    "tweede": "2",
    "derde": "3",
    "vierde": "4",
    "vijfde": "5",
    "zesde": "6",
    "zevende": "7",
    "achtste": "8",
    "negende": "9",
    "tiende": "10",
    # "artikel 8.25d, twaalfde lid, en 8.25g, vijfde lid, van de Wet luchtvaart"
    "elfde": "11",
    "twaalfde": "12",
    "dertiende": "13",
    "veertiende": "14",
    "vijftiende": "15",
    # the long articles of the tax and aviation acts: "artikel 5.1, zeventiende lid"
    "zestiende": "16",
    "zeventiende": "17",
    "achttiende": "18",
    "negentiende": "19",
    "twintigste": "20",
}
_ORDINAL = "|".join(_ORDINALS)
# The lid of an article: ", lid 1", " lid 2", ", eerste lid", " eerste en tweede lid"
_LID = rf"""(?:,?{_SP}(?:(?:lid|leden){_SP}(?P<lid>\d{{1,2}}[a-z]?)
    # more than one in figures: "lid 1 en 2", "leden 2, 3 en 4" (not "lid 1 en 2.1", an article)
    (?:(?:,{_SP}\d{{1,2}}[a-z]?)*{_SP}en{_SP}\d{{1,2}}[a-z]?(?![\w]|[.:]\d))?
    # "eerste, tweede en derde lid"
    |(?P<lidw>{_ORDINAL})(?:(?:,{_SP}(?:{_ORDINAL}))*{_SP}en{_SP}(?:{_ORDINAL}))?{_SP}lid
    # a lid read with another: "artikel 26, zesde lid jo vijfde lid, van de Wet op de Raad
    # van State", "artikel 231, eerste lid en tweede lid, aanhef en onderdeel a, van de
    # Gemeentewet"
    (?:{_SP}(?:jo\.?|juncto|en){_SP}(?:{_ORDINAL}){_SP}lid)?))"""
# What may stand between the lid and the act: ", onder a", ", sub b", ", aanhef en onder c",
# ", eerste volzin", and in an EU act ", punt 5"
_ONDER = rf"""(?:(?:
    # more than one: "artikel 10, eerste lid, onderdelen a en b, van de Wet op de jeugdzorg",
    # after "aanhef en" and in the singular too: "artikel 229, eerste lid, aanhef en onderdeel
    # a en b, van de gemeentewet" (tried first, or the one before "en" would end it)
    # and after "onder" and "sub": "artikel 2, lid 1, sub a en b"
    ,?{_SP}(?:aanhef{_SP}en{_SP})?(?:onderde(?:len|el)|onder|sub){_SP}(?:[a-z]|\d{{1,2}})
      (?:(?:,{_SP}|{_SP}en{_SP}|{_SP}tot{_SP}en{_SP}met{_SP})(?:[a-z]|\d{{1,2}})(?![\w]))+
    |,?{_SP}(?:aanhef{_SP}en{_SP})?(?:onder|sub|onderdeel|punt){_SP}[a-z0-9]{{1,3}}°?\.?(?![\w])
      # a numbered item inside the lettered one: "onderdeel a, onder 3°"
      # (or "onderdeel b, sub 1")
      (?:,?{_SP}(?:onder|sub){_SP}\d{{1,2}}°?(?![\w]))?
    # an amending act's parts are lettered in capitals: "artikel 12, onderdeel E, van de …"
    |,?{_SP}onderdeel{_SP}[A-Z]{{1,2}}(?![\w]))?
    (?:,?{_SP}(?:{_ORDINAL}){_SP}volzin)?
    # "artikel 4:81 e.v. van de Algemene wet bestuursrecht": the articles after it too
    (?:{_SP}e\.v\.(?=,?{_SP}van{_SP}))?)"""
# The lid of one article of a list, written out: "de artikelen 2, vierde lid, 12, tweede lid, en
# 112 van de Vreemdelingenwet 2000"
_ITEM_LID = rf"""(?:,{_SP}(?:{_ORDINAL})
    (?:(?:,{_SP}(?:{_ORDINAL}))*{_SP}en{_SP}(?:{_ORDINAL}))?{_SP}lid
    (?:,{_SP}(?:aanhef{_SP}en{_SP})?(?:onder|sub|onderdeel){_SP}[a-z0-9]{{1,3}}\.?(?![\w]))?
    # an item's onderdeel without a lid, before the next item: "de artikelen 1, onderdeel c, 2,
    # eerste lid, 2a, eerste lid, en 7, vierde lid, van de Postwet"
    |,{_SP}(?:onder|sub|onderdeel){_SP}[a-z]\.?(?=,{_SP}\d))"""
# The Roman number of an article of an amending act ("artikel XIV, eerste lid, van de
# Verzamelwet IenW 2019"): only where the act follows, as a capital letter alone is as often
# something else
_ROMAN = r"[IVXLC]{1,7}(?![\w])"
_ROMAN_BEFORE_ACT = (
    rf"{_ROMAN}(?=(?:,{_SP}(?:{_ORDINAL}){_SP}lid|,{_SP}onderdeel{_SP}[A-Z]{{1,2}})?"
    rf",?{_SP}van{_SP}(?:de|het){_SP}[A-Z])"
)
_ARTICLE_RE = lazy_compile(
    rf"""
    (?<![\w-])(?P<kw>[Aa]rtikel(?:en|s)?{_SP}|[Aa]rtt?\.{_SP}?)
    (?P<nums>(?P<roman>{_ROMAN_BEFORE_ACT})|{_ARTNUM}(?:{_ITEM_LID}?
        (?:,{_SP}(?:en{_SP})?|{_SP}(?:en|juncto|jo\.?){_SP}|{_SP}?(?:-|t/m|tot{_SP}en{_SP}met){_SP}?)
        {_ARTNUM})*)
    {_LID}?{_ONDER}?
    """,
    re.X,
)
_ARTNUM_RE = lazy_compile(_ARTNUM)
# The lid before its article: "het tweede lid van artikel 42 van de Samenwerkingsregeling", "het
# eerste, tweede en vijfde lid van artikel 5" (the first, as after the article)
_LID_BEFORE_RE = lazy_compile(
    rf"(?<![\w])(?P<lidw>{_ORDINAL})(?:(?:,{_SP}(?:{_ORDINAL}))*{_SP}en{_SP}(?:{_ORDINAL}))?"
    rf"{_SP}lid{_SP}van{_SP}\Z"
)
_LID_BACK = 80
_ROMAN_RE = lazy_compile(_ROMAN)
# After "de artikelen 116 van de Gemeentewet": "en 114 van de Provinciewet", an article of
# another act that the plural keyword covers
_AND_ARTICLE_OF_RE = lazy_compile(rf"{_SP}en{_SP}(?P<num>{_ARTNUM}){_SP}van{_SP}(?:de|het){_SP}")
_ITEM_LID_RE = lazy_compile(rf",{_SP}(?P<lidw>{_ORDINAL}){_SP}(?:en{_SP}(?:{_ORDINAL}){_SP})?lid")
# What joins an article to its act: " van de ", ", ", " "; "van de" also for "van het".
# A dot may end the number ("artikel 4.3.1. van het Luchthavenverkeerbesluit Schiphol"): before
# a lower-case "van" it ends no sentence.
# (" van " alone before a book of the Burgerlijk Wetboek: "artikel 2:391a, tweede lid, van Boek 2
# van het Burgerlijk Wetboek", whose name starts at "Boek")
_JOIN_RE = lazy_compile(
    rf"(?:\.?,?{_SP}van{_SP}(?:(?:de|het){_SP}|(?=[Bb]oek{_SP}\d))|,{_SP}|{_SP})"
)
# Acts not in the table: a capitalised compound ending in "wet" ("Arbeidstijdenwet"), or a
# "Wet …" title, each with an optional year ("Vreemdelingenwet 2000"). These patterns, like
# the name tries, start with no lookbehind, so that ``re`` can skip ahead to their first
# characters; ``_starts_word`` checks the left edge of each match instead.
_COMPOUND_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzëé-")
# (an abbreviation may stand before the year: "de Veegwet SZW 1996")
_COMPOUND_RE = lazy_compile(
    rf"[A-Z][a-zëé]{{2,}}(?:-[a-zëé]+)*wet(?![\w-])"
    rf"(?:{_SP}(?:[A-Z]{{2,5}}{_SP}(?=(?:19|20)\d\d))?(?:19|20)\d\d(?!\d))?"
)
_WORD = r"(?:[a-zëé][\w'ëé-]*|[A-Z]{2,}[\w-]*|\d{4})"
# "Wet normering topinkomens (WNT)": a title whose abbreviation follows in brackets.
_DEFINED_RE = lazy_compile(
    rf"(?P<title>Wet(?:{_SP}(?:{_WORD}|[A-Z][\w-]*)){{1,10}}?){_SP}?\((?P<abbr>[A-Z][\w-]{{1,10}})\)"
)
# After an article and "van de"/"van het": an instrument the table does not know. A "Wet …"
# title runs to punctuation (at most ten words: "de Wet op de inlichtingen- en
# veiligheidsdiensten 2017,"); another name is a run of capitalised words joined by small
# words ("het Noord-Atlantisch Verdrag", "het Statuut voor het Koninkrijk").
_SMALL = r"(?:van|de|der|het|en|voor|tot|inzake|op|over|in)"
_TAIL_TITLE_RE = lazy_compile(
    rf"""
    Wet(?:{_SP}(?:{_WORD}|[A-Z][\w-]*)){{1,10}}?(?=[,.;:)]|{_SP}?\(|$)
  | [A-Z][\w'’-]*(?:(?:{_SP}{_SMALL})*{_SP}(?:[A-Z][\w'’-]*|(?:19|20)\d\d))*
    """,
    re.X,
)
# After an article and "van de"/"van het", a decree or regulation with a lower-case title, read
# like a "Wet …" title: "het Reglement verkeersregels en verkeerstekens 1990", "het
# Warenwetbesluit hygiëne van levensmiddelen".
_INSTRUMENT_TITLE_RE = lazy_compile(
    rf"(?:[A-Z][\w-]*(?:besluit|regeling|reglement)|Besluit|Regeling|Reglement)(?![\w-])"
    rf"(?P<words>(?:{_SP}(?:[a-zà-ÿ][\w'’-]*|[A-Z][\w'’-]*|(?:19|20)\d\d(?![\d/]))){{1,12}})"
)
# A title in title case: "de Regeling Vervroegd Uittreden"
_TITLE_CASE_RE = lazy_compile(rf"(?:{_SP}(?:(?:en|van|voor|de|het|op){_SP})?[A-Z][\w'’-]*)+")
# Any "Wet …" title: "de Wet kwaliteitsborging voor het bouwen", "de Wet toekomst pensioenen".
# The words after "Wet" are read up to the first word that cannot be part of a title (a verb,
# a pronoun, a capitalised word, punctuation); small words at the end are given back.
# The heads of such titles: "Wet", and the compounds that begin a title as "Wet" does
# ("de Kaderwet zelfstandige bestuursorganen", "de Rijkswet op het Nederlanderschap", "de
# Invoerings- en aanpassingswet Pensioenwet", "de Tijdelijke wet Groningen").
_TITLE_HEADS = (
    "Wet|Kaderwet|Rijkswet|Uitvoeringswet|Invoeringswet|Aanpassingswet|Verzamelwet"
    # "de Implementatiewet herziene detacheringsrichtlijn"
    "|Implementatiewet|Invoerings- en aanpassingswet|Tijdelijke wet"
    # "de Aanvullingswet geluid Omgevingswet", "de Spoedwet aanpak stikstof"
    "|Aanvullingswet|Spoedwet"
    # "de Algemene wet erkenning EG-beroepskwalificaties", a title the table lacks
    "|Algemene wet"
)
_WET_TITLE_RE = lazy_compile(
    rf"(?:{_TITLE_HEADS})(?![\w-])"
    # a title keeps at most ten words and looks at one more: twelve bound the match, so that a
    # long run of words without punctuation is not read again from every "Wet" in it
    rf"(?P<words>(?:{_SP}(?:[a-zà-ÿ][\w'’-]*|[A-Z][\w'’-]*|(?:19|20)\d\d(?!\d)|\d{{1,2}}(?![\w.,]\d))){{1,12}})"
)


# A head of two words joined by "en", its first cut short: "de Gezondheids- en welzijnswet voor
# dieren", "de Algemene pensioen- en uitkeringswet politieke ambtsdragers". Tried only where
# "wet" stands, from a window before it.
_PAIRED_HEAD_RE = lazy_compile(
    rf"(?:[A-Z][a-zëé]+|Algemene{_SP}[a-zëé]+)-{_SP}en{_SP}[a-zëé]+wet(?![\w-])"
    rf"(?P<words>(?:{_SP}(?:[a-zà-ÿ][\w'’-]*|[A-Z][\w'’-]*|(?:19|20)\d\d(?!\d))){{0,12}})"
)
_PAIRED_BACK = 48
# A decree or regulation named on its own: "het Besluit beheer verpakkingen 2014", "(Besluit
# kunststofproducten voor eenmalig gebruik)", "de Regeling preventie, …", "de
# Uitvoeringsregeling Meststoffenwet". Only after "de", "het" or a bracket, which a title
# has and "Regeling van werkzaamheden" or a decision at the head of a text has not.
_DECREE_HEADS = ("esluit ", "egeling ")  # after the first letter, of either case
# Its title may list nouns ("de Regeling selectie, plaatsing en overplaatsing van
# gedetineerden") and run to the abbreviation it is given ("de Regeling medische zorg
# ontheemden uit Oekraïne (RMO)")
_ENUMERATION_RE = lazy_compile(
    rf"(?:,{_SP}[a-zà-ÿ][\w'’-]*){{1,4}}{_SP}en"
    rf"(?P<words>(?:{_SP}(?:[a-zà-ÿ][\w'’-]*|[A-Z][\w'’-]*|(?:19|20)\d\d(?!\d))){{1,12}})"
)
# Words no decree's title holds that a clause after it does ("de Regeling X voort te zetten",
# "van de Subsidieregeling X slechts een vijfde"): the title ends before them
_DECREE_CLAUSE_RE = lazy_compile(
    rf"{_SP}(?:een|slechts|voort|weer|meer|minder|zelf|vormt|omvat|luidt|houdt|loopt|ongeveer"
    rf"|onvoldoende|breder|bekend|gegeven|(?:daar|hier)(?:mee|in|bij|door|voor)|uit$)(?![\w-])"
    # a year ends a title: "de Regeling bodemkwaliteit 2022 onvoldoende …"
    rf"|(?<=\d{{4}})(?={_SP})"
)
# "dat het budget voor de Stimuleringsregeling aardgasvrije huurwoningen overtekend is;": the
# word before an auxiliary that ends the clause is its participle, not the title's
_CLAUSE_END_RE = lazy_compile(rf"{_SP}(?:is|zijn|wordt|worden|werd|werden|was|waren)(?=[,.;:]|$)")
_ABBREVIATED_RE = lazy_compile(
    rf"(?P<title>[A-Z][\w-]*(?:{_SP}[\w'’-]+){{1,12}}?){_SP}?\([A-Z][\w-]{{1,10}}\)"
)
# also right after "wijziging" in a title that leaves out "van het": "wijziging
# Luchthavenverkeerbesluit Schiphol"
_DECREE_BEFORE = ("de ", "het ", "De ", "Het ", "(", "wijziging ")
# or after the colon of an abbreviation's definition or of a new title: "a. Bbz: Besluit
# bijstandverlening zelfstandigen 2004;", "een nieuwe citeertitel, luidende: Regeling
# statistiek Wwb, …" (not a heading's "Fiche 2: Besluit …", nor "Onderwerp: Besluit …")
_DEFINED_BEFORE_RE = lazy_compile(r"(?<![\w-])(?:[A-Z][A-Za-z]{1,5}|luidende): \Z")
# or after the article it holds and a comma, as the legal style cites without "van de":
# "(artikel 2, lid 2b, Regeling Grote Projecten)"
_ARTICLE_COMMA_BEFORE_RE = lazy_compile(
    rf"(?<![\w])(?:[Aa]rtikel|art\.){_SP}\d[^()]{{0,32}},{_SP}\Z"
)
_ARTICLE_COMMA_BACK = 48
# or anywhere in title case, two capitalised words after its head, as a report's title holds
# it: "Bespreking eindrapport Evaluatie Regeling Grote Projecten"
_TITLE_CASED_DECREE_RE = lazy_compile(rf"(?:Regeling|Besluit){_SP}[A-Z][a-zë]+{_SP}[A-Z][a-zë]+")

# A head that a date follows names an act by its date, as "Wet van 3 maart 2021" does: no
# act of its own
_HEADS_ALONE = frozenset(_TITLE_HEADS.split("|"))
_DATED_AFTER_RE = lazy_compile(rf"{_SP}van{_SP}\d")

# The title heads that end in "wet", and how far their "wet" stands from their start
_COMPOUND_HEADS = tuple((h, len(h) - 3) for h in _TITLE_HEADS.split("|") if h.endswith("wet"))


def _wet_title_starts(text: str, wets: list[int]) -> list[int]:
    """Every position where a head of ``_WET_TITLE_RE`` ("Wet", "Kaderwet", ...) starts, in
    order, from where "wet" and "Wet" stand (``wets``): each head holds one at a fixed
    offset, so the pattern need only be tried there, not searched for through the text."""
    starts = []
    for w in wets:
        if text.startswith("Wet", w):
            starts.append(w)
            continue
        for head, offset in _COMPOUND_HEADS:
            if w >= offset and text.startswith(head, w - offset):
                starts.append(w - offset)
    starts.sort()
    return starts


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_TITLE_STOP = _words(
    """is was wordt werd worden werden zijn waren heeft hebben had kan kunnen zal zullen moet
    moeten mag mogen wil wilde gaat gaan geeft regelt bepaalt biedt treedt trad voorziet
    vereist maakt stelt staat komt kwam leidt blijft bevat verplicht regelen geldt gelden
    die dat dit deze er ook niet nog al te om als maar wel zo daarom dan want omdat waarin
    waarmee waarbij waardoor waarvan waarop wat wie welke zoals tot per sinds vanaf na via
    uiterlijk we wij ik u zij hij mede reeds inmiddels straks nu immers namelijk echter dus
    eerder later beoogt beoogde ziet zegt kent noemt schrijft zou zouden voorkomt betekent
    vraagt verbiedt toestaat introduceert wijzigt met binnen vervangen vervangt
    verboden toegestaan geregeld vastgelegd bepaald opgenomen ingevoerd gewijzigd
    ingetrokken aangenomen aangepast vastgesteld uitgevoerd genoemd vallen valt
    tevens eveneens"""
)
_TITLE_STOP_AFTER_TITLE = _words("teneinde alsmede houdende inzake")
_TITLE_STOP_PAIRS = frozenset(
    [("in", "verband"), ("en", "enige"), ("en", "enkele"), ("en", "andere"), ("en", "diverse")]
    # "de Wet hergebruik overheidsinformatie of enige andere wettelijke regeling"
    + [("of", "enige"), ("of", "andere")]
    # "de Wet X ter uitvoering van Verordening …": the bill's purpose, not the act's title
    + [("ter", "uitvoering"), ("ter", "implementatie")]
    # "dat artikel 2 van de Wet privatisering ABP van toepassing blijft"
    + [("van", "toepassing")]
    # "de Wet medezeggenschap onderwijs 1992 ten behoeve van meer keuzevrijheid"
    + [("ten", "behoeve"), ("ten", "aanzien")]
    + [("en", w) for w in ("de", "het", "een", "ook", "in", "met", "op", "voor")]
    # "artikel 5, vierde lid, van de Wet goederenvervoer over de weg en artikel 58 van de
    # Douanewet": the next article of the list, of another act
    + [("en", "artikel"), ("en", "artikelen")]
)
_PREPOSITIONS = _words("op van voor in tot ter over met bij aan door naar om uit tegen inzake")
_TITLE_SMALL_END = _words("de het van en voor in tot ter op een met bij aan door naar over om te")
# An EU act right after an article ("artikel 5 AVG", "artikel 30 van Richtlijn 2011/95/EU"):
# the article is the EU act's, which the references module joins to it.
EU_AHEAD_RE = lazy_compile(
    rf"{NAMED_ACT}|GDPR(?![\w-])|(?:(?:EU|EG|EEG)-)?(?:(?:[Gg]edelegeerde |[Uu]itvoerings)?"
    r"[Vv]erordening|[Rr]ichtlijn|[Kk]aderrichtlijn)(?![\w-])"
)
# (and "van de wet" with no title after it: "De Wet X regelt dit. Artikel 3 van de wet …")
# ("van laatstgenoemde wet": "artikel 1.2 van de Wet op het hoger onderwijs … of … artikel
# 7.18 van laatstgenoemde wet")
_THAT_ACT_RE = lazy_compile(rf",?{_SP}van{_SP}(?:die|deze|de|laatstgenoemde){_SP}wet(?![\w-])")
# An act right before its article: "de Grondwet in artikel 23", "het Wetboek van Strafrecht in
# de artikelen 131 en 137d"
# or, in brackets after it, "de Flora- en faunawet (artikel 2, lid 1)", or after a comma when
# no act follows the article: "de Jeugdwet, artikel 2.3, vierde lid, gemeenten verplicht"
_ACT_IN_RE = lazy_compile(rf"{_SP}(?:in{_SP}(?:de{_SP})?|\()|,{_SP}")
_BOOK_RE = lazy_compile(r"(\d{1,2}[A]?):")
_BOOK_BEFORE_RE = lazy_compile(rf"(?<!\w)[Bb]oek{_SP}(\d{{1,2}}A?){_SP}(?:van{_SP}het{_SP})?\Z")
_EU_KIND_END_RE = lazy_compile(r"(?:[Vv]erordening|[Rr]ichtlijn|[Bb]esluit)\Z")


class _Name(NamedTuple):
    start: int
    end: int
    title: str
    bwb_id: str | None


# The islands of the Caribbean parts, which may end an act's title after its lower-case words
# ("de Tijdelijke wet taakverwaarlozing Sint Eustatius"), as "BES" does
_TITLE_PLACES = frozenset(
    {"Bonaire", "Sint Eustatius", "Saba", "Sint Maarten", "Curaçao", "Aruba", "Caribisch Nederland"}
    # the islands together: "de Wet voortgezet onderwijs BES en vervanging door …"
    | {"BES"}
)
_BES_RE = lazy_compile(rf"{_SP}BES(?![\w-])")
_PLACE = "|".join(p.replace(" ", _SP) for p in sorted(_TITLE_PLACES, key=len, reverse=True))
_PLACE_LIST_RE = lazy_compile(rf"(?:,{_SP}(?:{_PLACE}))+,?{_SP}en{_SP}(?:{_PLACE})(?![\w-])")
# the abbreviations of acts a regulation's title lists after the first: ", Ioaw, Ioaz en Wwik",
# with a year after the last ("… en Ioaz 2005")
_ABBR = r"[A-Z][A-Za-z]{1,5}(?![\w-])"
_ACT_LIST_RE = lazy_compile(
    rf"(?:,{_SP}{_ABBR})*,?{_SP}en{_SP}{_ABBR}(?:{_SP}(?:19|20)\d\d(?!\d))?"
)
# A short name of an act that is one plain word, not a compound in "wet" ("Statuut", "Wajong")
_SHORT_NAME_RE = lazy_compile(r"[A-Z][a-z]{5,}(?<!wet)")
_VAN_RE = lazy_compile(rf"{_SP}van{_SP}")
_OTHER_YEAR_RE = lazy_compile(rf"{_SP}(?:19|20)\d\d(?!\d)")


def _bes_id(title: str) -> str | None:
    act = law_table().get(title)
    return act.bwb_id if act and act.title == title else None


def _has_wet(text: str) -> bool:
    return "wet" in text or "Wet" in text


@cache
def _names_res() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The table names as two trie-shaped regexes (see ``dates._trie``): titles with "wet" in
    them, tried only on texts that have "wet"; and the rest, mostly abbreviations. A trie
    fails most positions on their first character, where an alternation of a hundred names
    would try them one by one."""
    titles = [n for n in law_table() if _has_wet(n)]
    others = [n for n in law_table() if not _has_wet(n)]
    # case-sensitive, with the written forms as names (see law_table): IGNORECASE would make
    # the trie several times slower
    return _names_re(titles), _names_re(others)


@cache
def _titles_by_casefold() -> dict[str, Act]:
    """The table's titles by their case-folded form."""
    return {act.title.casefold(): act for act in law_table().values()}


@cache
def _longest_title() -> int:
    return max(len(n) for n in law_table() if _has_wet(n))


def _title_matches(
    titles: re.Pattern[str], text: str, wets: list[int] | None = None
) -> Iterator[re.Match[str]]:
    """The matches of ``titles.finditer(text)``, found faster: every title holds "wet" or
    "Wet", so the trie is tried only in a window before each, at most a title long. The
    leftmost match after the previous one holds the first "wet" after it that any match
    holds, and no window cuts a match short (the window reaches a title's length past its
    "wet", and one character more for the lookahead). ``wets``: where "wet" and "Wet"
    stand, when the caller has found them."""
    longest = _longest_title()
    pos = 0
    for w in positions(text, ("wet", "Wet")) if wets is None else wets:
        if w < pos:
            continue
        m = titles.search(text, max(pos, w - longest), min(len(text), w + longest + 1))
        if m is not None and m.start() <= w:
            yield m
            pos = m.end()


@cache
def _capitals_re() -> re.Pattern[str]:
    # one trie of the table's names without "wet" and of the EU gate's abbreviations, with no
    # end tests: it matches wherever either pattern does (and a little more)
    words = {n for n in law_table() if not _has_wet(n)} | set(ABBREVIATIONS)
    return re.compile(_trie(sorted(words)).replace(r"\ ", _SP))


def _other_matches(text: str) -> list[re.Match[str]]:
    """The matches of the table's names without "wet" (``_names_res()[1].finditer(text)``),
    and, left with the EU extractor, whether its gate's abbreviations stand in ``text``. Both
    sets of names start with capitals, and a search led by a choice of characters costs about
    the same with any match or none: one search of the two sets' trie finds every position
    where either pattern may match, each confirmed by the pattern itself, where two searches
    read the whole paragraph (the same matches as ``finditer``: every position from the end of
    the previous match where a name may start is tried, in order)."""
    others = _names_res()[1]
    candidates = _capitals_re().search
    found = []
    abbreviation = False
    pos = 0  # where the previous match ended
    at = 0
    while (c := candidates(text, at)) is not None:
        at = c.start()
        if at >= pos and (m := others.match(text, at)) is not None:
            found.append(m)
            pos = m.end()
        if not abbreviation and ABBREVIATION_HINT_RE.match(text, at) is not None:
            abbreviation = True
        at += 1
    note_abbreviation(text, abbreviation)
    return found


def _names_re(names: list[str]) -> re.Pattern[str]:
    # No lookbehind in front: a pattern that starts with its literals lets ``re`` skip ahead
    # to their first characters; the caller checks that a match does not continue a word.
    body = _trie(names).replace(r"\ ", _SP)
    # a footnote marker glued to a name that ends in a letter is no part of a longer word:
    # "De Wet algemene regels herindeling1 wordt als volgt gewijzigd"
    return re.compile(rf"(?:{body})(?:(?![\w-])|(?<=[a-zë])(?=\d{{1,2}}(?![\w-])))")


def _starts_word(text: str, start: int) -> bool:
    return start == 0 or not (text[start - 1].isalnum() or text[start - 1] in "-_")


def _names(text: str) -> list[_Name]:
    """Every act named in ``text``, in order, without overlaps (table names first)."""
    found: list[_Name] = []
    defined: dict[str, _Name] = {}
    wets = positions(text, ("wet", "Wet"))  # every "wet" title and compound holds one
    # "Wet" looked for only where "wet" or "Wet" is: most paragraphs have neither
    for m in _DEFINED_RE.finditer(text) if wets and "Wet" in text else ():
        if not _starts_word(text, m.start()) or not _defines_whole_title(m):
            continue
        title = m["title"]
        act = law_table().get(title)
        name = _Name(m.start(), m.end(), title, act and act.bwb_id)
        if act is not None:
            name = name._replace(title=act.title)
        found.append(name)
        defined[m["abbr"]] = name
    titles = _names_res()[0]
    for m in [*(_title_matches(titles, text, wets) if wets else ()), *_other_matches(text)]:
        if not _starts_word(text, m.start()):
            continue
        name = m[0].replace("\u00a0", " ")
        act = law_table()[name]
        if (
            len(act.title) > len(name)
            and act.title.startswith(f"{name} ")
            and (year := _OTHER_YEAR_RE.match(text, m.end())) is not None
        ):
            # "de Politiewet 1993": a yearless name stands for the act in force (the Politiewet
            # 2012); with another year it is that year's act, which the table does not know
            found.append(_Name(m.start(), year.end(), _spaced(text[m.start() : year.end()]), None))
            continue
        if (bes := _BES_RE.match(text, m.end())) is not None:
            # "de Wet kinderopvang BES": the act of the Caribbean islands, another act, named
            # without the year of the European one ("de Wet studiefinanciering BES")
            yearless = act.title.startswith(name) and _OTHER_YEAR_RE.fullmatch(act.title, len(name))
            title = f"{name if yearless else act.title} BES"
            found.append(_Name(m.start(), bes.end(), title, _bes_id(title)))
            continue
        if act.title != name and _SHORT_NAME_RE.fullmatch(name) and _VAN_RE.match(text, m.end()):
            continue  # "het Statuut van Rome": the short name of an act names another one
        found.append(_Name(m.start(), m.end(), act.title, act.bwb_id))
    if wets:
        # titles first, then bare compounds: "Kaderwet zelfstandige bestuursorganen" is one act
        taken = {name.start for name in found}
        pos = 0
        # the heads in order, each tried from where the previous title leaves off: what a
        # search from there finds, as only a head can start a match
        for start in _wet_title_starts(text, wets):
            if start < pos or (m := _WET_TITLE_RE.match(text, start)) is None:
                continue
            # the next search starts after the title, not after the match: "de Wet X inzake
            # aanpassing aan de Kaderwet Y" names two acts
            pos = m.start() + 3
            if m.start() in taken or not _starts_word(text, m.start()):
                continue
            if (title := _wet_title(m)) is not None:
                end = m.start() + len(title)
                title = title.replace("\u00a0", " ")
                # a title of the table in other capitals: "de “Wet op het Centraal Bureau voor
                # de Statistiek”"; tried only on the titles the trie has not found
                act = _titles_by_casefold().get(title.casefold())
                found.append(
                    _Name(m.start(), end, act.title, act.bwb_id)
                    if act
                    else _Name(m.start(), end, title, None)
                )
                taken.add(m.start())
                pos = m.start() + len(title)
        for m in _paired_heads(text, wets):
            # a head that no title word follows is a whole title, as a compound is: "de Tabaks-
            # en rookwarenwet"
            head = text[m.start() : m.start("words")]
            if m.start() not in taken and (title := (m["words"] and _wet_title(m)) or head):
                found.append(_Name(m.start(), m.start() + len(title), _spaced(title), None))
                taken.add(m.start())
        found += _lower_compounds(text, wets, taken)
        for m in _compound_matches(text, wets):
            if m.start() in taken or not _starts_word(text, m.start()):
                continue
            if m[0] in _HEADS_ALONE and _DATED_AFTER_RE.match(text, m.end()):
                continue  # "Rijkswet van 10 februari 2017, houdende …": a dated act's heading
            start = m.start()
            if text.endswith(_GENERAL, 0, start):
                # "de Algemene Arbeidsongeschiktheidswet": the adjective opens the title
                start -= len(_GENERAL[0])
            end = m.end()
            if (
                text.startswith(" Wet", end)
                and (nested := _WET_TITLE_RE.match(text, end + 1)) is not None
                and nested.group().startswith("Wet ")
                and (inner := _wet_title(nested)) is not None
            ):
                # a compound that names the act it changes or brings in, a "Wet …" title: "de
                # Wijzigingswet Wet open overheid" (as "de Invoeringswet Wet op de
                # motorrijtuigenbelasting 1994")
                end = end + 1 + len(inner)
                taken.add(end - len(inner))
            elif (
                text.startswith(" ", end)
                and (whole := _bracketed_title(m)) is not None
                and _SHORT_TITLE_TAIL_RE.fullmatch(whole, len(m[0]))
            ):
                # a bill's short title that fills its brackets: "(Spoedwet aanpak stikstof)"
                end = start + len(whole)
            found.append(_Name(start, end, _spaced(text[start:end]), None))
    # without the space: a needle that ends in a space is found several times slower
    if "esluit" in text or "egeling" in text:
        found += _decrees(text)
    if defined:
        pattern = "|".join(re.escape(a) for a in sorted(defined, key=len, reverse=True))
        for m in re.finditer(rf"(?<![\w-])(?:{pattern})(?![\w-])", text):
            first = defined[m[0]]
            if m.start() > first.end:
                found.append(_Name(m.start(), m.end(), first.title, first.bwb_id))
    found.sort(key=lambda n: (n.start, -n.end))
    kept: list[_Name] = []
    for name in found:
        if kept and name.start < kept[-1].end:
            continue
        if text.endswith(_EUROPEAN, 0, name.start):
            continue  # "de Europese klimaatwet": an EU regulation (eu.py), not the Dutch act
        if text.endswith((" ", "\u00a0"), 0, name.start) and (
            decree := _DECREE_OF_ACT_RE.search(text, max(0, name.start - 40), name.start)
        ):
            # "het ontwerp Invoeringsbesluit Omgevingswet": the decree, whose title names the
            # act it carries out, not the act
            if kept and decree.start() < kept[-1].end:
                continue
            title = _spaced(text[decree.start() : name.end])
            name = _Name(decree.start(), name.end, title, None)
        if name.title in ("Burgerlijk Wetboek", "BW") and name.bwb_id is None:
            name = _with_book(text, name)
        elif name.title.startswith(_DUTCH) and name.title[len(_DUTCH) :] in law_table():
            # "artikel 90 van de Nederlandse Grondwet": the adjective is no part of the title
            name = _Name(name.start + len(_DUTCH), name.end, name.title[len(_DUTCH) :], None)
        kept.append(name)
    return kept


def _with_book(text: str, name: _Name) -> _Name:
    """ "Boek 7 van het Burgerlijk Wetboek", "Boek 2 BW": the book the words before name."""
    m = _BOOK_BEFORE_RE.search(text, max(0, name.start - 24), name.start)
    book = law_table().get(f"BW{m[1]}") if m else None
    if m is None or book is None:
        return name
    return _Name(m.start(), name.end, book.title, book.bwb_id)


# (each as long as the others)
_EUROPEAN = ("Europese ", "europese ", "Europese\u00a0")
_GENERAL = ("Algemene ", "Algemene\u00a0")
_DUTCH = "Nederlandse "
# a decree or regulation whose compound name ends right before an act's name
_DECREE_OF_ACT_RE = lazy_compile(rf"(?<![\w-])[A-Z][a-zë]*(?:besluit|regeling){_SP}\Z")
# the word after "Europese" that names an EU act: "klimaatwet", "Kaderrichtlijn" (a word's
# letters and hyphens: the match ends with the word)
_EU_ACT_END_RE = lazy_compile(r"[\w-]*(?:wet|richtlijn|verordening)(?![\w-])", re.I)


def _spaced(title: str) -> str:
    return title.replace("\u00a0", " ")


def _paired_heads(text: str, wets: list[int]) -> Iterator[re.Match[str]]:
    """The matches of ``_PAIRED_HEAD_RE`` that end their head at one of the "wet"s."""
    for w in wets:
        start = text.rfind("- en ", max(0, w - _PAIRED_BACK), w)
        if start >= 0:
            head = text.rfind(" ", 0, start)
            if text[head - 8 : head] == "Algemene":
                head -= 9
            elif text[head + 1 : head + 2] == "(":
                head += 1  # "(Uitvoerings- en implementatiewet Asiel- en migratiepact 2026)"
            m = _PAIRED_HEAD_RE.match(text, head + 1)
            if m is not None and _starts_word(text, m.start()):
                yield m


def _decrees(text: str) -> list[_Name]:
    """Decrees and regulations named after "de", "het" or a bracket (see _DECREE_HEADS)."""
    found = []
    for at in positions(text, _DECREE_HEADS):
        start = at - 1
        while start > 0 and text[start - 1].isalpha():
            start -= 1  # "Uitvoeringsregeling", "Warenwetregeling"
        if not text[start : start + 1].isupper():
            continue
        if (
            not text.endswith(_DECREE_BEFORE, 0, start)
            and not _DEFINED_BEFORE_RE.search(text, max(0, start - 12), start)
            and (
                text[start - 2 : start] != ", "
                or not _ARTICLE_COMMA_BEFORE_RE.search(
                    text, max(0, start - _ARTICLE_COMMA_BACK), start
                )
            )
            and not _TITLE_CASED_DECREE_RE.match(text, start)
        ):
            continue
        m = _INSTRUMENT_TITLE_RE.match(text, start)
        first = m["words"].split()[0] if m else ""
        if not first or first in _PREPOSITIONS or first in _TITLE_STOP_AFTER_TITLE:
            continue  # "de Regeling van werkzaamheden", "het Besluit houdende wijziging"
        if (title := _wet_title(m) or _instrument_of_act(m)) is None:
            continue
        if (abbreviated := _ABBREVIATED_RE.match(text, start)) is not None:
            # a few more words up to the abbreviation, none of them one that ends a title
            more = abbreviated["title"][len(title) :].split()
            stops = any(w.lower() in _TITLE_STOP for w in more)
            if abbreviated["title"].startswith(title) and len(more) <= 3 and not stops:
                title = abbreviated["title"]
        if (listed := _ENUMERATION_RE.match(text, start + len(title))) is not None:
            title += _wet_title(listed) or ""
        head = m.group().split()[0]
        if (cased := _TITLE_CASE_RE.match(text, start + len(head))) is not None:
            title = max(title, head + cased.group(), key=len)
        if (clause := _DECREE_CLAUSE_RE.search(title)) is not None:
            title = title[: clause.start()]
        last = title.rsplit(" ", 1)[-1]
        if _CLAUSE_END_RE.match(text, start + len(title)) and _is_participle(last):
            title = title.rsplit(" ", 1)[0]
        title = _without_small_end(title)
        if " " not in title:
            continue  # a head alone ("het Raadsbesluit") is as often a common noun
        found.append(_Name(start, start + len(title), _spaced(title), None))
    return found


# Nouns ending as a participle does ("de Wet op de kwaliteit", "de gezondheid")
_NOT_PARTICIPLE_ENDS = ("heid", "teit", "tijd", "dienst", "markt", "recht", "plicht", "raad")


def _is_participle(word: str) -> bool:
    """Whether a word ending a clause before its auxiliary looks like a past participle
    ("overtekend is", "besteed wordt"), not a noun ("huurwoningen is")."""
    return word.endswith(("d", "t")) and not word.endswith(_NOT_PARTICIPLE_ENDS)


def _without_small_end(title: str) -> str:
    words = title.split(" ")
    while len(words) > 1 and words[-1] in _TITLE_SMALL_END:
        words.pop()
    return " ".join(words)


def _instrument_of_act(m: re.Match[str]) -> str | None:
    """ "de Uitvoeringsregeling Meststoffenwet": an instrument named after the act it rests on
    (a name of the table right after the head)."""
    name = m["words"].split()[0]
    head = m.group().split()[0]
    if head in ("Besluit", "Regeling") or law_table().get(name) is None:
        return None
    return f"{head} {name}"


# the words after a compound that make it a bill's short title in brackets: small words, not a
# list of acts ("(Mediawet en de Wet X)")
_SHORT_TITLE_TAIL_RE = lazy_compile(r"(?: (?!(?:en|of|de|het)(?: |$))[a-zà-ÿ][\w'’-]*)+")


def _compound_matches(text: str, wets: list[int]) -> Iterator[re.Match[str]]:
    """The matches of ``_COMPOUND_RE.finditer(text)``, found faster: each ends its word in
    "wet" (one of ``wets``, where "wet" and "Wet" stand) and starts at the capital before the
    small letters and hyphens that lead to it."""
    for start in wets:
        after = text[start + 3 : start + 4]
        if not text.startswith("wet", start) or after.isalnum() or after == "_" or after == "-":
            continue
        while start > 0 and text[start - 1] in _COMPOUND_LETTERS:
            start -= 1
        if start > 0 and "A" <= text[start - 1] <= "Z":
            m = _COMPOUND_RE.match(text, start - 1)
            if m is not None:
                yield m


def _lower_compounds(text: str, wets: list[int], taken: set[int]) -> list[_Name]:
    """A one-word title of the table in lower case: "van de erfgoedwet", "de participatiewet".
    Looked up at each "wet" that ends a word, not added to the titles' pattern, whose search
    slows with every name that starts with a small letter."""
    found = []
    for w in wets:
        after = text[w + 3 : w + 4]
        if not text.startswith("wet", w) or after.isalnum() or after in ("-", "_"):
            continue
        start = w
        while start > 0 and "a" <= text[start - 1] <= "z":
            start -= 1
        if start == w or start in taken or not _starts_word(text, start):
            continue
        cased = text[start].upper() + text[start + 1 : w + 3]
        act = law_table().get(cased)
        if act is not None and act.title == cased:
            found.append(_Name(start, w + 3, act.title, act.bwb_id))
        elif (
            act is None
            and text.endswith(_LOWER_ACT_BEFORE, 0, start)
            and w - start >= 5
            and not text.startswith(_GENERIC_LAW_WORDS, start)
            and _OF_COUNTRY_RE.match(text, w + 3) is None
        ):
            # "de plantgezondheidswet", "de spreidingswet": an act the table lacks, by the
            # compound a capital would give it, not a kind of act ("de spoedwet")
            found.append(_Name(start, w + 3, cased, None))
    return found


# "de soevereiniteitswet van Hongarije": another country's act
_OF_COUNTRY_RE = lazy_compile(rf"{_SP}van{_SP}[A-Z]")
# the article before a lower-case compound that names one act
_LOWER_ACT_BEFORE = ("de ", "De ", "de\u00a0")
# the first parts of compounds in "wet" that name a kind of act or a stage of a bill, not one
# act: "de invoeringswet", "de conceptwet", "een raamwet"
_GENERIC_LAW_WORDS = (
    "aanpassings",
    "aanvullings",
    "concept",
    "implementatie",
    "instellings",
    "intrekkings",
    "invoerings",
    "kader",
    "nood",
    "raam",
    "reparatie",
    "spoed",
    "uitvoerings",
    "veeg",
    "verzamel",
    "wijzigings",
    "initiatief",
    "grond",
    "overgangs",
    "model",
    "begrotings",
    "tijdelijke",
    "geheime",
    "nieuwe",
    "vaststellings",
)


def _is_one_word_act(word: str) -> bool:
    """Whether ``word`` is the whole title of an act of the table ("Omgevingswet")."""
    act = law_table().get(word)
    return act is not None and act.title == word


def _is_abbreviation(word: str) -> bool:
    """Whether ``word`` is the abbreviation of an act of the table ("Awb", "Wft")."""
    act = law_table().get(word)
    if act is not None and act.title == word:
        # an earlier title kept as the act's own in its references: "Wwb" (now the
        # Participatiewet), an abbreviation all the same
        return len(word) <= 6 and " " not in word and not word.endswith("wet")
    return act is not None and len(word.split(" ", 1)[0]) <= 6


# a name with its number after a hyphen goes on a title: "de Tijdelijke wet maatregelen Covid-19"
_NAME_NUMBER_RE = lazy_compile(r"[A-Z][a-z]{2,}-\d{1,2}")


_ADJECTIVE_ENDS = ("eel", "isch", "lijk", "baar")
_NOUNS_LIKE_ADJECTIVES = _words("personeel materieel potentieel")


def _is_predicate_adjective(word: str) -> bool:
    """Whether ``word`` is a lower-case adjective ("controversieel", "wettelijk", "uitvoerbaar")
    that no act's title ends in (none of the table's does)."""
    return word.endswith(_ADJECTIVE_ENDS) and word.islower() and word not in _NOUNS_LIKE_ADJECTIVES


def _wet_title(m: re.Match[str]) -> str | None:
    """The title a "Wet …" match names, or None when no content word follows "Wet"."""
    words = m["words"].split()
    if not words:
        return None
    if (whole := _bracketed_title(m)) is not None:
        return whole
    kept: list[str] = []
    for k, (word, following) in enumerate(zip(words, [*words[1:], ""], strict=True)):
        if word.lower() in _TITLE_STOP or len(kept) == 10:
            break
        if (word, following) in _TITLE_STOP_PAIRS or (kept and word in _TITLE_STOP_AFTER_TITLE):
            break  # "Wet … en enige andere wetten", "Wet … in verband met", "teneinde"
        if word in ("de", "het") and (not kept or kept[-1] not in _PREPOSITIONS):
            break  # an article only after a preposition: "Wet op de …", not "Wet X de …"
        if word.isdigit() and len(word) <= 2:
            if kept and not following:
                kept.append(word)  # "de Wet rechtsherstel box 3;": a number ends a title
            break  # "de Wet X 2 jaar na …": an amount
        if kept and word.endswith("wet") and _is_one_word_act(word):
            # "de Aanvullingswet geluid Omgevingswet": the act it adds to ends the title
            kept.append(word)
            break
        if kept and _is_abbreviation(word):
            # "de Wet versterking waarborgfunctie Awb": the act it changes, with its year
            # ("de Wet vervanging abonnementstarief Wmo 2015")
            kept.append(word)
            if _is_abbreviation(f"{word} {following}"):
                kept.append(following)
            break
        # an abbreviation is in capitals, also with a plural "’s" ("TSE’s") or before a hyphen
        # ("Wet implementatie EU-richtlijn toereikende minimumlonen")
        if (
            kept
            and word[0].isupper()
            and (word in _TITLE_PLACES or f"{word} {following}" in _TITLE_PLACES)
        ):
            # "de Wet herstel voorzieningen Sint Eustatius": an island the act is for ends it,
            # or the last of the islands "en" joins ("Rijkswet financieel toezicht Curaçao en
            # Sint Maarten")
            place = [word] if word in _TITLE_PLACES else [word, following]
            kept.extend(place)
            rest = words[k + len(place) :]
            if (
                rest[:1] == ["en"]
                and rest[1:2]
                and (rest[1] in _TITLE_PLACES or " ".join(rest[1:3]) in _TITLE_PLACES)
            ):
                kept.extend(rest[:2] if rest[1] in _TITLE_PLACES else rest[:3])
            break
        if kept[-2:] == ["in", "de"] and word == "Europese" and following == "Unie":
            # "de Wet arbeidsvoorwaarden gedetacheerde werknemers in de Europese Unie": the Union
            # the act is for ends it, as an island does
            kept.extend([word, following])
            break
        named = words[k + 1 : k + 3]
        if kept and word == "Verdrag" and named[:1] == ["van"] and named[-1][:1].isupper():
            # "de Wet uitvoering Verdrag van Aarhus": the treaty the act carries out ends it
            kept.extend([word, *named])
            break
        if (
            word[0].isupper()
            and kept
            and kept[:1] != ["op"]
            and not word.removesuffix("’s").removesuffix("'s").isupper()
            and not word.partition("-")[0].isupper()
            and not _NAME_NUMBER_RE.fullmatch(word)
        ):
            break  # a capitalised word only in "Wet op de Raad van State" and the like
        kept.append(word)
    if len(kept) > 1 and _is_predicate_adjective(kept[-1]):
        # "dat men de Wet betaalbare huur controversieel zal verklaren": a title ends in a
        # noun, a name or a number, not in the adjective its clause says of it
        kept.pop()
    while kept and kept[-1] in _TITLE_SMALL_END:
        kept.pop()
    if not kept:
        return None
    # the title as written (spaces as in the text): from "Wet" to the end of its last word
    end = m.start("words")
    for word in kept:
        end = m.string.index(word, end) + len(word)
    last = kept[-1]
    if (
        last in _TITLE_PLACES
        or " ".join(kept[-2:]) in _TITLE_PLACES
        or _is_abbreviation(last)
        or (last.endswith("wet") and _is_one_word_act(last))
    ):
        # the islands or acts it is for, listed with commas, which end the words read: "de Wet
        # openbare lichamen Bonaire, Sint Eustatius en Saba", "de Regeling statistiek Wwb,
        # Ioaw en Ioaz 2005", "de Regeling Participatiewet, IOAW en IOAZ"
        listed = _PLACE_LIST_RE.match(m.string, end) or _ACT_LIST_RE.match(m.string, end)
        if listed is not None:
            end = listed.end()
    return m.string[m.start() : end]


def _bracketed_title(m: re.Match[str]) -> str | None:
    """The whole text of the brackets a title opens and fills, a bill's short title after its
    long one: "(Wet uitwerking Autobrief II)", whose capitalised words would end it elsewhere."""
    text, start = m.string, m.start()
    if start == 0 or text[start - 1] != "(":
        return None
    close = text.find(")", start, start + 100)
    if close < 0:
        return None
    inner = text[start:close]
    words = inner.split()
    if (
        len(words) > 11
        or any(c in inner for c in "(,;:.")
        or any(w.lower() in _TITLE_STOP for w in words[1:])
    ):
        return None
    return inner


def _defines_whole_title(m: re.Match[str]) -> bool:
    """Whether the brackets of a _DEFINED_RE match define the title's abbreviation: not in "de
    Wet X ter uitvoering van Verordening (EU)", where "(EU)" is the regulation's."""
    return _EU_KIND_END_RE.search(m["title"]) is None


# An act named by its date, as amending acts are: "artikel 5.3 van de Wet van 3 maart 2021 tot
# wijziging van …", and so a Rijkswet, decree or regulation: "artikel I, onderdeel F, van de
# Regeling van 19 juni 2009"
_DATED_ACT_RE = lazy_compile(
    rf"(?:(?:Rijks)?[Ww]et|Regeling|Besluit){_SP}van{_SP}\d{{1,2}}{_SP}(?:{'|'.join(_FULL_MONTHS)}){_SP}(?:1[89]|20)\d\d(?!\d)"
)


def _unknown_instrument(text: str, start: int) -> _Name | None:
    """The instrument the table does not know, named after "artikel 5 van het": a decree or
    regulation with its lower-case title, an act by its date, else a run of capitalised
    words."""
    if (dated := _DATED_ACT_RE.match(text, start)) is not None:
        return _Name(start, dated.end(), _spaced(dated.group()), None)
    m = _INSTRUMENT_TITLE_RE.match(text, start)
    title = _wet_title(m) if m else None
    if title is None:
        tail = _TAIL_TITLE_RE.match(text, start)
        title = tail.group() if tail else None
    if title is None or (
        text.startswith(_EUROPEAN, start)
        and _EU_ACT_END_RE.match(text, start + len(_EUROPEAN[0])) is not None
    ):
        return None  # "artikel 3 van de Europese klimaatwet": the EU act's (eu.py joins them)
    return _Name(start, start + len(title), title.replace("\u00a0", " "), None)


def _act_url(bwb_id: str | None, article: str | None) -> str | None:
    if bwb_id is None:
        return None
    if article is None:
        return WETTEN_URL.format(bwb_id)
    return WETTEN_ARTICLE_URL.format(bwb_id, article)


def _book_of(title: str, article: str) -> tuple[str, str | None]:
    """ "artikel 6:162 BW" → Burgerlijk Wetboek Boek 6 and its id."""
    m = _BOOK_RE.match(article)
    if title != "Burgerlijk Wetboek" or m is None:
        act = law_table().get(title)
        return title, act.bwb_id if act and act.title == title else None
    book = law_table().get(f"BW{m[1]}")
    if book is None:
        return title, None
    return book.title, book.bwb_id


def _law_ref(
    text: str, start: int, end: int, name: _Name | None, article: str | None, lid: str | None
) -> Reference:
    title = name.title if name else None
    bwb_id = name.bwb_id if name else None
    if title is not None and article is not None:
        title, book_id = _book_of(title, article)
        bwb_id = book_id or bwb_id
    return Reference(
        type="law",
        text=text[start:end],
        id=bwb_id,
        url=_act_url(bwb_id, article),
        law=title,
        article=article,
        lid=lid,
        where=Where(start=start, end=end),
    )


_ABBREVIATION_RE = lazy_compile(r"[A-Z][A-Za-z]{0,7}(?=[\s,.;:)]|$)")


# A policy review (beleidsdoorlichting) is of a budget's article, and a budget's article may
# name its budget: "Beleidsdoorlichting artikel 5 begroting IX: Exportkredietverzekeringen",
# "Beleidsdoorlichting art. 11.2: Het bevorderen van de kwaliteit van het management".
_REVIEW_BEFORE_RE = lazy_compile(r"[Bb]eleidsdoorlichting(?:en)?(?: van)? \Z")
_BUDGET_AFTER_RE = lazy_compile(r" (?:van (?:de|het) )?begroting(?:shoofdstuk)?\b")


def _is_budget_article(text: str, start: int, end: int) -> bool:
    """An article of a budget, not of an act: "artikel 19 Bijdrage aan Infrastructuurfonds".

    An abbreviation after the number ("artikel 7ac Wkb": two capitals, at most four letters,
    or punctuation after it) is an act's, which the document may define elsewhere."""
    if _BUDGET_AFTER_RE.match(text, end) or _REVIEW_BEFORE_RE.search(
        text, max(0, start - 24), start
    ):
        return True
    if text[end : end + 1] != " " or not text[end + 1 : end + 2].isupper():
        return False
    m = _ABBREVIATION_RE.match(text, end + 1)
    if m is None:
        return True
    word = m.group()
    capitals = sum(c.isupper() for c in word)
    short = len(word) <= 4 or text[m.end() : m.end() + 1] in (",", ".", ";", ":", ")")
    return capitals < 2 and not short


def _article_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_ARTICLE_RE.finditer(text)``: each starts one letter before "rtikel",
    "rt." or "rtt." ("artikel", "art.", "artt.")."""
    starts = (at - 1 for at in positions(text, ("rtikel", "rt.", "rtt.")) if at > 0)
    return matches_at(_ARTICLE_RE, text, starts)


def _may_cite_article(text: str) -> bool:
    return "rtikel" in text or "rt." in text


def find_laws(text: str) -> list[Reference]:
    """Every act and article of an act cited in ``text`` (one paragraph or footnote)."""
    names = _names(text)
    cites_article = _may_cite_article(text)
    if not names and not cites_article:
        return []  # most paragraphs: nothing to resolve
    by_start = {n.start: n for n in names}
    starts = [n.start for n in names]  # sorted: _names returns them in order
    refs: list[Reference] = []
    used: set[int] = set()  # starts of names that an article took
    for m in _article_matches(text) if cites_article else ():
        nums = list((_ROMAN_RE if m["roman"] else _ARTNUM_RE).finditer(m["nums"]))
        lid = m["lid"] or (_ORDINALS[m["lidw"]] if m["lidw"] else None)
        if lid is None and (
            before := _LID_BEFORE_RE.search(text, max(0, m.start() - _LID_BACK), m.start())
        ):
            lid = _ORDINALS[before["lidw"]]
        end = m.end()
        name = None
        join = _JOIN_RE.match(text, end)
        after = join.end() if join else end
        following = by_start.get(after)
        if following is None and join and text.startswith(("wet ", "wet\u00a0"), after):
            following = by_start.get(after + 4)  # "van de wet Algemene wet bestuursrecht"
        elif (
            following is None
            and join
            and text.startswith(("wetsvoorstel ", "wetsvoorstel\u00a0"), after)
        ):
            # "artikel 40 van het wetsvoorstel Uitvoeringswet AVG": the bill the act was
            following = by_start.get(after + 13)
        elif following is None and join and text.startswith(_DUTCH, after):
            following = by_start.get(after + len(_DUTCH))  # "van de Nederlandse Grondwet"
        eu_act = EU_AHEAD_RE.match(text, after) is not None
        if (
            following is None
            and not eu_act
            and join
            and join.group().strip(",. ").startswith("van")
        ):
            following = _unknown_instrument(text, after)
        that = _THAT_ACT_RE.match(text, end) if following is None and not eu_act else None
        if following is not None:
            name, end = following, following.end
            used.add(following.start)
            if m["kw"].startswith(("artikelen", "Artikelen")) and (
                other := _AND_ARTICLE_OF_RE.match(text, end)
            ):
                act = by_start.get(other.end())
                if act is not None:
                    used.add(act.start)
                    refs.append(
                        _law_ref(text, other.start("num"), act.end, act, other["num"], None)
                    )
        elif that is not None:
            # "artikel 10, eerste lid, onderdelen a tot en met e, van die wet": the act named
            # before the article, not one after it
            k = bisect_right(starts, m.start()) - 1
            name = names[k] if k >= 0 and names[k].end <= m.start() else None
            end = that.end()
        elif eu_act:
            name = None  # an article of an EU act: see references._join_eu_articles
        else:
            if _is_budget_article(text, m.start(), end):
                continue
            stop = SENTENCE_END_RE.search(text, end)
            limit = stop.start() if stop else len(text)
            k = bisect_left(starts, end)
            name = names[k] if k < len(names) and names[k].start < limit else None
            if k > 0 and _ACT_IN_RE.fullmatch(text, names[k - 1].end, m.start()):
                name = names[k - 1]  # "het Wetboek van Strafrecht in de artikelen 131 en 137d"
        for k, num in enumerate(nums):
            # an article of a list with a lid of its own: "2, vierde lid, 12, tweede lid, en 112"
            own = _ITEM_LID_RE.match(m["nums"], num.end())
            num_lid = _ORDINALS[own["lidw"]] if own else lid
            if k == 0:
                refs.append(_law_ref(text, m.start(), end, name, num.group(), num_lid))
            else:
                num_at = m.start("nums") + num.start()
                refs.append(
                    _law_ref(text, num_at, num_at + len(num.group()), name, num.group(), num_lid)
                )
    # the spans the articles took, to leave their acts out as separate mentions
    spans = sorted((r.where.start, r.where.end) for r in refs)
    span_starts = [a for a, _ in spans]
    reach: list[int] = []  # the furthest end of the spans up to each one
    for _, b in spans:
        reach.append(max(b, reach[-1]) if reach else b)
    for name in names:
        k = bisect_right(span_starts, name.start) - 1
        if name.start in used or (k >= 0 and name.start < reach[k]):
            continue
        refs.append(_law_ref(text, name.start, name.end, name, None, None))
    refs.sort(key=lambda r: r.where.start)
    return refs


class DefinedActs:
    """Abbreviations a document defines for acts ("Wet normering topinkomens (WNT)"), so that
    a later paragraph's "de WNT" cites that act too. Feed it the paragraphs in order: ``cite``
    each with the references already found in it, then ``learn`` from it."""

    def __init__(self) -> None:
        self.acts: dict[str, tuple[str, str | None]] = {}
        self._pattern: re.Pattern[str] | None = None

    def learn(self, text: str) -> None:
        if "Wet" not in text:
            return
        for m in _DEFINED_RE.finditer(text):
            abbr = m["abbr"]
            if not _starts_word(text, m.start()) or abbr in self.acts or abbr in law_table():
                continue
            if not _defines_whole_title(m):
                continue
            act = law_table().get(m["title"])
            title = act.title if act else m["title"].replace("\u00a0", " ")
            self.acts[abbr] = (title, act.bwb_id if act else None)
            self._pattern = None

    def cite(self, text: str, found: list[Reference]) -> list[Reference]:
        """The uses of earlier defined abbreviations in ``text`` that ``found`` lacks; an
        article right before one ("artikel 7 WNT") gets that act."""
        if not self.acts:
            return []
        if self._pattern is None:
            names = "|".join(re.escape(a) for a in sorted(self.acts, key=len, reverse=True))
            self._pattern = re.compile(rf"(?<![\w-])(?:{names})(?![\w-])")
        refs = []
        for m in self._pattern.finditer(text):
            if any(r.where.start <= m.start() < r.where.end for r in found):
                continue
            title, bwb_id = self.acts[m[0]]
            article = next(
                (
                    r
                    for r in found
                    if r.type == "law"
                    and r.law is None
                    and _JOIN_RE.fullmatch(text, r.where.end, m.start())
                ),
                None,
            )
            if article is not None:
                article.law, article.id = title, bwb_id
                article.url = _act_url(bwb_id, article.article)
                article.text = text[article.where.start : m.end()]
                article.where.end = m.end()
                continue
            refs.append(_law_ref(text, m.start(), m.end(), _Name(0, 0, title, bwb_id), None, None))
        return refs
