"""Moties and amendementen cited by the members who moved them.

"de motie-Omtzigt c.s.", "de motie-Stoffer/Van der Plas", "het amendement-Van Weyenberg",
"de motie van het lid Kuik over …", "de motie van de leden De Boer en Hoogland (Kamerstuk
33 678, nr. 22)", the paper before the name ("de motie op stuk nr. 206 (28 844) van het lid Van
Nispen"), and without the hyphen ("de motie Huizing-Haverkamp (31 936, nr. 50)") when the
paper follows or "c.s." closes the names. One reference per mention, type "motie" or
"amendement", with ``members`` as printed ("Van der Plas"); ``id`` is the kst id when the
mention's own parenthesis (or an "op stuk nr." right after it) gives the paper, found among
the Kamerstuk references of the same text; else null.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from kamerparse.extract._find import SENTENCE_END_RE, matches_at, positions
from kamerparse.extract._lazy import lazy_compile
from kamerparse.model import Reference, Where

__all__ = ["find_member_papers"]

_SP = r"[ \u00a0]"
_PARTICLE = r"(?:[Vv]an|[Dd]e|[Dd]en|[Dd]er|[Tt]er|[Tt]en|[Ii]n|['’]t|[Vv]an['’]t|[Tt]e|El|Al)"
# a capital with or without accent: "de motie-Özütok/Van Kooten-Arissen"
_CAPITAL = "[A-ZÀ-ÖØ-Þ]"
# a double name may join a particle after its hyphen: "de motie-Faber-van de Klashorst c.s."
_SURNAME = rf"{_CAPITAL}[\w'’]+(?:-(?:(?:van|de|den|der|ter|ten){_SP})*{_CAPITAL}[\w'’]+)*"
# a first name only before a lower-case particle: "de motie-Olger van Dijk c.s."; initials
# before any name ("het amendement-J.M. de Vries c.s.", as the Handelingen of the 1990s print it),
# an initial of two letters among them ("de motie-Th.C. de Graaf c.s.")
_FIRST = (
    rf"(?:[A-Z][a-zëé]+{_SP}(?=(?:van|de|den|der|ter|ten){_SP})|(?:[A-Z][a-z]?\.){{1,4}}{_SP}?)"
)
# after a particle a surname of two words: "de leden Segers en Van Haersma Buma"
# and capitalised words that "c.s." closes are one member's: "de motie-Mei Li Vos c.s."; two
# are, the Handelingen's first name before a surname that several members share, where the list
# or the subject goes on: "de motie-Remco Dijkstra/Postma over …", "de leden Pieter Heerma en
# Jetten", "de motie-Martin Bosma over …", "de motie-Agnes Mulder (…)"
_NAME = (
    rf"{_FIRST}?(?:(?:{_PARTICLE}{_SP})+{_SURNAME}(?:{_SP}{_SURNAME})?"
    rf"|{_SURNAME}(?:{_SP}{_SURNAME}){{1,2}}(?={_SP}c\.s\b)"
    # (a word in capitals is the Eerste Kamer's dossier: "de motie van het lid Otten CLVI, letter
    # E")
    # nor is a title one: "van Minister Hoekstra (CDA)"
    rf"|(?!(?:Minister|Staatssecretaris|Premier|Senator|Kamerlid|Kamerleden|Collega){_SP})"
    rf"{_SURNAME}{_SP}(?![A-Z]+\b){_SURNAME}(?={_SP}?/|{_SP}(?:over|en){_SP}|{_SP}\(|,{_SP})"
    rf"|{_SURNAME})"
)
# the members as the Handelingen name them: "het lid Ouwehand", "de heer Merkies", "mevrouw De
# Vries", "de leden Segers en Van Haersma Buma", "de heer Vos en de heer Dijkstra"
_TITLE = rf"(?:de{_SP}heer|mevrouw)"
# news puts a first name between the title and the surname: "de motie van VVD'er Bente Becker",
# "van Kamerlid Pieter Omtzigt (CDA)"; a particle is the surname's ("van VVD'er Van Dijk")
_NEWS_FIRST = (
    rf"(?:{_SP}(?!(?:Van|De|Den|Der|Ter|Ten|Te|In|El|Al){_SP})[A-Z][a-zà-ÿ]+(?={_SP}{_CAPITAL}))?"
)
_BY = (
    # a letter of 2000 puts the House between: "de motie van de leden van uw Kamer, Patijn en
    # Scheltema-de Nie (26 269, nr. 20)"
    # or "van uw kamer de heer Slob (CU) c.s." in a letter of 2006
    # "het voormalig lid Omtzigt", "het toenmalige lid Van der Staaij"
    rf"(?:(?:het{_SP}(?:(?:voormalig|toenmalig)e?{_SP})?[Ll]id|lid|(?:de{_SP})?leden)(?:{_SP}van{_SP}uw{_SP}[Kk]amer,?(?:{_SP}{_TITLE})?)?"
    rf"|de{_SP}heren|{_TITLE}"
    # "de Kamerleden", news's "de Tweede Kamerleden Omtzigt en Leijten", "van Kamerleden …"
    rf"|(?:de{_SP})?(?:(?:Tweede|Eerste)(?:{_SP}|-))?Kamerleden"
    # "het Tweede Kamerlid Omtzigt", "Tweede-Kamerlid Geert Wilders", "oud-Kamerlid", "voormalig
    # kamerlid", "Kamerlid Pieter Omtzigt"
    rf"|(?:het{_SP})?(?:(?:Tweede|Eerste)(?:{_SP}|-)|oud-|(?:voormalig|toenmalig)e?{_SP})?"
    rf"[Kk]amerlid{_NEWS_FIRST}"
    # a party's leader, as news names the mover: "de motie van fractievoorzitter Klaver"
    rf"|(?:de{_SP})?(?:fractievoorzitter|fractieleider|partijleider){_NEWS_FIRST}"
    # the Eerste Kamer's members by their title: "De motie van senator Kox (SP)"
    rf"|(?:de{_SP})?senator(?:en)?{_NEWS_FIRST}"
    # a rijkswet's Caribbean delegates: "het gewijzigde amendement van de bijzondere
    # gedelegeerde Thijsen c.s."
    rf"|(?:de{_SP})?bijzondere{_SP}gedelegeerden?"
    # news names the member by party, a first name may follow: "de motie van VVD'er Bente
    # Becker", "van SP-Kamerlid Beckerman"
    # "van PVV-leider Wilders", "van SP-voorman Marijnissen"
    # (also several: "de PVV'ers Wilders en Bosma"; a party of two: "GroenLinks-PvdA-Kamerlid")
    rf"|(?:de{_SP})?[A-Z][\w-]{{1,20}}"
    rf"(?:['’]ers?|-[Kk]amerlid|-senator|-(?:fractie)?(?:leider|voorzitter)|-voor(?:man|vrouw))"
    rf"{_NEWS_FIRST}"
    # a debate's "een motie van de collega's De Groot en Beckerman", "van mijn collega Van
    # Tongeren en collega Dik-Faber"; a capital must follow ("mijn collega van Financiën" is a
    # minister)
    rf"|(?:de{_SP}|mijn{_SP})?collega(?:['’]s)?(?={_SP}{_CAPITAL}))"
)
# a name may carry its party before the next one: "de motie van de Kamerleden van der Staaij
# (SGP) en Ploumen (PvdA)" (the last party is left out of the mention, as a lone one is)
_PARTY = rf"(?:{_SP}\((?:[A-Z][\w-]{{1,16}}|50PLUS)\))"
# (a comma is no list's when the paper follows it: "Motie Ceder, Kamerstuk 21 501-02, nr. 2732")
_NAMES = (
    rf"{_NAME}(?:{_PARTY}?(?:,{_SP}(?!Kamerstuk|Handelingen)|{_SP}?/{_SP}?|{_SP}en{_SP}(?:(?:{_TITLE}|collega|[A-Z][\w-]{{1,20}}['’]er){_SP})?){_NAME})*"
    # the party may stand before "c.s." too: "de motie van Marijnissen (SP) c.s."
    rf"(?:{_PARTY}?{_SP}c\.s\.?)?"
)
# a name without a hyphen, paper or "c.s." is a member's when a particle opens it ("de motie De
# Vries waarin …"), "over" follows it, as in the title of a motie ("Motie Bisschop over …"), or
# a slash joins two names ("de moties Bergkamp/Keijzer")
_PLAIN_NAME_RE = lazy_compile(rf"(?:Van|De|Den|Der|Ter|Ten){_SP}")
# or a double name ("aan de motie Joseph-Agema, blijft …", "het amendement Klaver-Westerveld"),
# which no word of a subject is, but for a region's ("Noord-Holland")
_DOUBLE_NAME_RE = lazy_compile(
    rf"(?!(?:Noord|Zuid|Oost|West|Midden)-){_CAPITAL}[a-zà-ÿ]+-{_CAPITAL}[a-zà-ÿ]+"
)
_OVER = (" over ", "\u00a0over ")
_PLAIN_TOPIC = (*_OVER, " inzake ", "\u00a0inzake ")
# or a verb it is the subject of: "met de motie Madlener is besloten"
_PLAIN_TOPIC += (" is ", " werd ", " wordt ", " verzoekt ", " vraagt ", " roept ")
# or the verb of a vote on it: "had tegen de motie Becker moeten stemmen"
_PLAIN_TOPIC += (" moeten ", " heeft ", " kreeg ", " haalde ")
# or a dash before its subject, as a letter heads the moties it answers ("Motie Ceder –
# Toegankelijkheid voor zorg en onderwijs")
_PLAIN_TOPIC += (" – ", " — ", " - ")
_PAPER_RE = lazy_compile(
    rf"""
    (?P<kind>[Mm]otie|[Aa]mendement)  # no lookbehind: see find_member_papers
    (?:
        # "de aangehouden moties-Graus (31311, nrs. 125 tot en met 127)", "de amendementen-Van
        # der Staaij (stuk nrs. 8, I tot en met V)"
        # a line's wrap may leave a space after the hyphen ("de motie- Omtzigt"), a PDF's text an
        # en dash for it ("de motie–Omtzigt"); a spaced dash is a title's subject ("Motie Ceder –")
        (?:s|en)?(?:-{_SP}?|–)(?P<hyphen>{_NAMES})
      # an agenda of 2001 in lower case: "de motie-albayrak/hoekema over adequate opvang …
      # (27062, nr. 4)": only before its subject, "c.s." or a bracket, and with its paper
      | (?:s|en)?-(?P<lower>[a-z]{{3,}}(?:/[a-z]{{3,}})*)(?={_SP}(?:over{_SP}|c\.s\.|\())
      # "van" may be doubled by a slip ("de motie van van het lid Jasper van Dijk") or left
      # out ("De motie het lid van Tongeren"); "moties van de leden A, B en C" names several
      # a footnote's digit may stick to the word ("de moties1 van Leijten (SP) en …"); a date
      # ("de moties van 14 december 2021 van de leden …") or "aangenomen" may stand between
      | s?\d{{0,2}}
        (?:{_SP}van{_SP}\d{{1,2}}{_SP}[a-z]{{3,9}}{_SP}\d{{4}}|{_SP}aangenomen(?={_SP}van))?
        # a comma may stand before "van": "De eerste motie, van senator Backer, verzoekt"; or
        # "ingediend door" for "van": "de motie, ingediend door de leden Omtzigt en Leijten"
        (?:,{_SP}van{_SP}|{_SP}(?:van{_SP}(?:van{_SP})?)?|,?{_SP}ingediend{_SP}door{_SP})
        {_BY}{_SP}(?P<named>{_NAMES})
      # "de motie op stuk nr. 206 (28 844) van het lid Van Nispen": the paper before the name;
      # in a debate without its dossier ("de motie op stuk nr. 28 van de heer Merkies")
      # several papers: "de amendementen op de stukken nrs. 6 en 8 van het lid Haverkamp"
      | (?:s|en)?
        (?P<paper>{_SP}op{_SP}stuk(?:{_SP}nr)?\.{_SP}?\d{{1,4}}(?:{_SP}?\([^()]{{4,40}}\))?
          | {_SP}op{_SP}de{_SP}stukken{_SP}nrs\.{_SP}?\d{{1,4}}(?:(?:,{_SP}|{_SP}en{_SP})\d{{1,4}})+
          # the number alone, its dossier cited later: "Het amendement nr. 21 van de leden
          # Pechtold en Dik-Faber … (Kamerstuk 34 109, nr. 21)"
          | {_SP}nr\.{_SP}?(?P<number>\d{{1,4}})
          # the Eerste Kamer chair's paper between commas: "de motie 35925-XIV, letter G, van het
          # lid Koffeman c.s."
          | {_SP}\d{{2}}{_SP}?\d{{3}}(?:(?:-|{_SP})[A-Z]{{1,5}})?,{_SP}letters?{_SP}[A-Z]{{1,3}},
          # the Tweede Kamer's paper so, without brackets: "de motie 35 570, nr. 12 van het lid X"
          | {_SP}\d{{2}}{_SP}?\d{{3}}(?:(?:-|{_SP})[A-Z0-9]{{1,5}})*,{_SP}nr\.{_SP}?\d{{1,4}},?
          | {_SP}\([^()]{{4,40}}\))
        {_SP}van{_SP}{_BY}{_SP}(?P<late>{_NAMES})
      # the members without "het lid" before them: "een motie van Herdé en Yrasquin", "de motie
      # van Marijnissen (SP) c.s.": only capitalised names, more than one or with "c.s."
      | s?\d{{0,2}}{_SP}van{_SP}(?P<bare>(?={_CAPITAL}){_NAMES})
      # the Eerste Kamer's letters before the members: "de motie met letters AO van Crone c.s."
      | {_SP}met{_SP}(?:de{_SP})?letters?{_SP}[A-Z]{{1,3}}{_SP}van{_SP}(?P<by>{_BY}{_SP})?
        (?P<lettered>{_NAMES})
      | s?{_SP}(?P<plain>{_NAMES})  # "de motie Huizing-Haverkamp (31 936, nr. 50)": see below
    )
    """,
    re.X,
)
_NAME_RE = lazy_compile(_NAME)
_AND_RE = lazy_compile(rf"{_SP}en{_SP}")
_DIGITS = "0123456789"
# the next of a list of moties each with its "c.s.": "de moties Marijnissen c.s. en Klaver c.s.";
# a footnote digit may be glued to the "c.s." before it: "de moties Van der Burg c.s.1 en
# Erkens c.s.2"
_MORE_CS_RE = lazy_compile(rf"\d{{0,2}}(?:,?{_SP}en{_SP}|,{_SP})(?P<names>{_NAME}{_SP}c\.s\.?)")
_PARTY_RE = lazy_compile(_PARTY)
# the next of a list of moties each by its members after the last one's paper: "de moties van de
# leden A en B over … (Kamerstuk 35925-VI-56) en van de leden C en D over … (…)"
_MORE_BY_RE = lazy_compile(rf"\)?,?{_SP}en{_SP}van{_SP}{_BY}{_SP}(?P<names>{_NAMES})")
# the next of a list of moties each opened by its hyphen: "de aangehouden moties-Beckerman c.s.
# en -Sienot/Beckerman (33529, nrs. 594 en 600)"
_MORE_HYPHEN_RE = lazy_compile(rf",?{_SP}en{_SP}-(?P<names>{_NAMES})")
# an abbreviation of small letters each closed by a dot, a bracket right after it
_ABBREVIATION_RE = lazy_compile(r"(?<![\w.])[a-z]{1,3}\.(?:[a-z]{1,3}\.)+\Z")
# How far after a mention a Kamerstuk may start and still be its own: "(Kamerstuk …" or
# " op stuk nr. …"
_RIGHT_AFTER = 12


# a party's member as a title between the names: "de motie van CDA'er Omtzigt en SP'er Leijten"
_PARTY_MEMBER_RE = lazy_compile(rf"[A-Z][\w-]{{1,20}}['’]er{_SP}")


def _members(names: str) -> list[str]:
    names = re.sub(_PARTY, "", names)  # "c.s." stays: it closes a name of several words
    if "er " in names or "er\u00a0" in names:
        names = _PARTY_MEMBER_RE.sub("", names)
    # a footnote's digit glued to the last name is no part of it: "Van Weyenberg1"
    # (the bracket stands for what followed the names, which told a first name before a surname:
    # "Remco Dijkstra" is one member)
    found = [
        m.group().replace("\u00a0", " ").rstrip(_DIGITS) for m in _NAME_RE.finditer(names + " (")
    ]
    return found or names.split("/")  # "albayrak/hoekema": as printed


# parties named as mixed-case words, which a member's name cannot be told from by its form
_PARTY_WORDS = frozenset({"GroenLinks", "ChristenUnie", "PvdA", "PvdD", "Volt", "Denk"})


def _several_members(names: str, topic: bool = False) -> bool:
    """Whether names after "motie van" without "het lid" are members: "c.s." closes them, or
    two or more are joined, or one is followed by the motie's subject, as a list of moties
    titles them ("Motie van Haverkamp over het benadrukken van …"); none of them a party ("van
    GroenLinks en D66", "van D66 over") or in capitals."""
    members = _members(names)
    if any(
        m.isupper() or m.split("-")[0] in _PARTY_WORDS  # "GroenLinks-PvdA" too
        for m in members
    ):
        return False
    return names.endswith(("c.s.", "c.s")) or len(members) > 1 or topic


def _of_party(names: str) -> bool:
    """Whether names after "het lid" are a party's, not a member's: "een motie van het lid van de
    PVV-fractie", "het lid van GroenLinks"; a member's particle is in lower case so too ("het lid
    van der Staaij"), but his surname is no abbreviation in capitals."""
    if not names[:1].islower():
        return False
    words = [m.split()[-1].split("-")[0] for m in _members(names)]
    return any(w.isupper() or w in _PARTY_WORDS for w in words)


def _sub(text: str, start: int) -> bool:
    """Whether the match at ``start`` continues "sub" of a word of its own: "het
    subamendement-Van Ooijen c.s." is an amendement by its members."""
    return (
        start >= 3
        and text.startswith("sub", start - 3)
        and (start == 3 or not text[start - 4].isalnum())
    )


def _own_paper(
    text: str, end: int, next_start: int, kamerstukken: Sequence[Reference]
) -> Reference | None:
    """The Kamerstuk the mention's parenthesis (or the words right after it) cites."""
    stop = SENTENCE_END_RE.search(text, end)
    while (
        stop
        and text.startswith("(", stop.end())
        and _ABBREVIATION_RE.search(text, max(0, stop.start() - 12), stop.start() + 1)
    ):
        # a dotted abbreviation before the bracket ends no sentence: "over versoepeling van de
        # leeftijdsgrenzen in het vso en pr.o. (35570-VIII, nr. 190)"
        stop = SENTENCE_END_RE.search(text, stop.end())
    while stop and text[stop.start()] == "." and text[stop.end() : stop.end() + 1].islower():
        # nor does an abbreviation's dot before a word in lower case: "over het toevoegen van 2
        # mln. aan het Nederlands Fonds voor de Podiumkunsten Plus (31700 VIII, nr. 27)"
        stop = SENTENCE_END_RE.search(text, stop.end())
    limit = min(stop.start() if stop else len(text), next_start)
    paren = text.find("(", end, limit)
    for ref in kamerstukken:
        start = ref.where.start
        if start < end or start >= limit:
            continue
        if start - end <= _RIGHT_AFTER or (paren >= 0 and start <= paren + 1):
            return ref
        # the bracket that opens right before it, after any the subject closes: "over
        # compensatie van schade van (deels) afbetaalde leningen (36151, letter H)"
        if paren >= 0 and paren < start and ")" not in text[text.rfind("(", paren, start) : start]:
            return ref
    return None


# The Eerste Kamer chair names a motie by its paper, then by its members: "de gewijzigde motie
# 35979, letter G, de gewijzigde motie van het lid De Boer c.s."; between the two only this
_APPOSITION_RE = lazy_compile(rf",{_SP}de{_SP}(?:(?:nader{_SP})?gewijzigde{_SP})?")
# A row of a list of moties that opens with the paper: "36 200 VIII, nr. 18 – de motie-Van Strien
# over …", "… nr. 19 (gewijzigd) – de gewijzigde motie-…"
_ROW_DASH_RE = lazy_compile(
    rf"(?:{_SP}\((?:gewijzigd|aangehouden)\))?{_SP}?[–—:-]{_SP}"
    rf"(?:[Dd]e{_SP})?(?:(?:nader{_SP})?gewijzigde{_SP}|aangehouden{_SP})?"
)


def _paper_reference(
    kind: str, text: str, names: str, paper: Reference | None, start: int, end: int
) -> Reference:
    """A motie or amendement named after ``names``, with the id of its ``paper`` where known."""
    return Reference(
        type=kind,
        text=text,
        id=paper.id if paper else None,
        url=paper.url if paper else None,
        dossier=paper.dossier if paper else None,
        number=paper.number if paper else None,
        members=_members(names),
        where=Where(start=start, end=end),
    )


def _paper_at(end: int, kamerstukken: Sequence[Reference]) -> Reference | None:
    """The Kamerstuk that starts one space after ``end``, printed without brackets."""
    for ref in kamerstukken:
        if ref.type == "kamerstuk" and ref.where.start - end == 1:
            return ref
    return None


def _next_number(paper: Reference, kamerstukken: Sequence[Reference]) -> Reference | None:
    """The paper of the same dossier a list's next number gives: "nrs. 594 en 600"."""
    for ref in kamerstukken:
        if (
            ref.type == "kamerstuk"
            and ref.dossier == paper.dossier
            and 0 < ref.where.start - paper.where.end <= 5
        ):
            return ref
    return None


def _paper_before(
    text: str, start: int, kind: str, kamerstukken: Sequence[Reference]
) -> Reference | None:
    """The Kamerstuk of the same kind of paper right before a mention that repeats it, or the
    paper that opens a row of a list of moties before a dash: "36 200 VIII, nr. 19 (gewijzigd)
    – de gewijzigde motie-Van Strien over …"."""
    for ref in kamerstukken:
        if ref.type != "kamerstuk" or ref.where.end >= start:
            continue
        if _APPOSITION_RE.fullmatch(text, ref.where.end, start) and text.endswith(
            # "de moties 35431, letter D, de motie-Kox c.s. … en de motie 35431, letter H, …"
            (f"{kind} ", f"{kind}\u00a0", f"{kind}s ", f"{kind}s\u00a0"),
            0,
            ref.where.start,
        ):
            return ref
        if not any(c.isalnum() for c in text[: ref.where.start]) and _ROW_DASH_RE.fullmatch(
            text, ref.where.end, start
        ):
            return ref
    return None


def _paper_opening(text: str, start: int, kamerstukken: Sequence[Reference]) -> Reference | None:
    """The Kamerstuk right before the bracket a mention opens, as a letter lists the moties it
    answers: "Kamerstuk 35 570, nr. 12 (motie Omtzigt)", "… nr. 14 (motie van het lid Bikker)"."""
    if text[start - 1 : start] != "(":
        return None
    for ref in kamerstukken:
        if ref.type == "kamerstuk" and text[ref.where.end : start] in ("(", " (", "\u00a0("):
            return ref
    return None


def _paper_matches(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_PAPER_RE.finditer(text)``: each starts one letter before "otie" or
    "mendement"."""
    starts = (at - 1 for at in positions(text, ("otie", "mendement")) if at > 0)
    return matches_at(_PAPER_RE, text, starts)


def find_member_papers(text: str, kamerstukken: Sequence[Reference]) -> list[Reference]:
    """Every motie or amendement named after its members in ``text``.

    ``kamerstukken`` are the Kamerstuk (and dossier) references already found in the same
    text; a dossier in the mention's parenthesis confirms a name, but gives no id.
    """
    if "otie" not in text and "mendement" not in text:
        return []
    # the pattern starts with literals so that ``re`` skips ahead to them; here the match is
    # dropped when it continues a word ("Kamermotie-…" is no citation of a motie)
    matches = [
        m
        for m in _paper_matches(text)
        if m.start() == 0 or not text[m.start() - 1].isalnum() or _sub(text, m.start())
    ]
    refs = []
    for k, m in enumerate(matches):
        next_start = matches[k + 1].start() if k + 1 < len(matches) else len(text)
        names = (
            m["hyphen"]
            or m["named"]
            or m["late"]
            or m["bare"]
            or m["plain"]
            or m["lower"]
            or m["lettered"]
        )
        if (
            m["lettered"]
            and not m["by"]
            and not text.startswith(" en anderen", m.end())
            and not _several_members(names, text.startswith(_OVER, m.end()))
        ):
            continue  # the letters before a party: "de motie met letter D van de PVV"
        if (m["named"] or m["late"]) and _of_party(names):
            continue  # "een motie van het lid van de PVV-fractie": no member named
        if m["bare"] and not _several_members(
            # a party in brackets after one name makes it a member's: "een motie van Pieter
            # Omtzigt (CDA) over …"
            names,
            text.startswith(_OVER, m.end()) or _PARTY_RE.match(text, m.end()) is not None,
        ):
            continue  # "de motie van Omtzigt", "de motie van GroenLinks en D66": not enough
        if m["bare"] and "/" in names:
            # "de motie van Campen/ Boswijk": names joined by a slash follow "motie" without
            # "van" ("de moties Bergkamp/Keijzer"), so the "van" is the first one's particle
            names = text[m.start("bare") - 4 : m.end("bare")]
        if m["paper"]:
            paper = next(
                (r for r in kamerstukken if m.start("paper") <= r.where.start < m.end("paper")),
                None,
            )
            if "stukken" in m["paper"]:
                paper = None  # one mention of several papers: no one id
            elif m["number"]:
                # the number's paper, where the mention's own bracket cites it in full
                paper = _own_paper(text, m.end(), next_start, kamerstukken)
                if paper is not None and paper.number != m["number"]:
                    paper = None
        else:
            # the paper is looked for after the last member's party ("… en Ploumen (PvdA)")
            party = _PARTY_RE.match(text, m.end())
            paper = _own_paper(text, party.end() if party else m.end(), next_start, kamerstukken)
            if (
                paper is None
                and (m["named"] or m["hyphen"])
                and text[m.start() - 1 : m.start()] == " "
            ):
                paper = _paper_before(text, m.start(), m["kind"].lower(), kamerstukken)
            if paper is None and (not m["plain"] or text.startswith((")", *_OVER), m.end())):
                # a plain name only when the bracket closes on it: "(motie Omtzigt)", not the
                # subject of "(motie Europese samenwerking)"
                paper = _paper_opening(text, m.start(), kamerstukken)
        if m["lower"] and paper is None:
            continue  # "het motie-overzicht", "de motie-indiener": a compound
        if m["plain"] and not (
            paper
            or names.endswith(("c.s.", "c.s"))
            or _PLAIN_NAME_RE.match(names)
            or _DOUBLE_NAME_RE.fullmatch(names)
            or text.startswith(_PLAIN_TOPIC, m.end())
            or "/" in names
            # members joined by "en": "het gewijzigde amendement Lodders en Van Weyenberg"
            or (_AND_RE.search(names) is not None and _several_members(names))
        ):
            continue  # "de motie Kamerbreed" or a capital after "motie": a name only so
        if paper is not None and paper.type != "kamerstuk":
            paper = None  # "de motie van Campen/ Boswijk (21 501–02)": its dossier, no paper

        start = m.start() - 3 if _sub(text, m.start()) else m.start()
        refs.append(
            _paper_reference(m["kind"].lower(), text[start : m.end()], names, paper, start, m.end())
        )
        own = paper
        plural = text[m.end("kind") : m.end("kind") + 1]
        end = m.end()
        listed = names.endswith(("c.s.", "c.s"))
        if plural == "s" and (paper := _paper_at(end, kamerstukken)) is not None:
            # "moties Van Dekken/Heerema 32 336, nr. 57, en Wassenberg c.s. 36 200 VIII, nr.
            # 113": each motie of the list with its paper right after it
            end, listed = paper.where.end, True
        while plural == "s" and m["hyphen"] and (more := _MORE_HYPHEN_RE.match(text, end)):
            # each motie of the list the next number of the papers that follow them all
            own = own and _next_number(own, kamerstukken)
            names, end = more["names"], more.end()
            refs.append(
                _paper_reference(m["kind"].lower(), names, names, own, more.start("names"), end)
            )
        while plural == "s" and listed and end < next_start:
            # "de moties Marijnissen c.s. en Klaver c.s.": each name with its "c.s." a motie
            more = _MORE_CS_RE.match(text, end)
            if more is None:
                break
            names, end = more["names"], more.end()
            paper = _paper_at(end, kamerstukken)
            refs.append(
                _paper_reference(m["kind"].lower(), names, names, paper, more.start("names"), end)
            )
            if paper is not None:
                end = paper.where.end
        while plural == "s" and not listed and own is not None and own.where.end < next_start:
            more = _MORE_BY_RE.match(text, own.where.end)
            if more is None:
                break
            own = _own_paper(text, more.end(), next_start, kamerstukken)
            names = more["names"]
            refs.append(
                _paper_reference(
                    m["kind"].lower(), names, names, own, more.start("names"), more.end()
                )
            )
    return refs
