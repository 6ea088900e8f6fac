"""Signatories: who signed, from the lines of a signature block.

Shapes met in Kamerstukken:
    De Minister van Defensie,            function on its own line, ending in a comma,
    K.H. Ollongren                       the name below it
    De Minister-President, Minister van Algemene Zaken, M. Rutte     (one line; web text)
    De informateurs, J.W. Remkes W. Koolmees                         (one function, two names)
    J.W. Remkes Voorzitter staatscommissie parlementair stelsel      (name first)
    Halsema / Jense / Kant                (moties and amendementen: member names, no function)
A name is initials ("K.H.", "A.Th.B.", "E. I.") and a surname ("Bruins Slot", "van Haegen-Maas
Geesteranus", "M.van Bijsterveldt-Vliegenthart").
"""

from __future__ import annotations

import re

from ..model import Signatory
from .dates import parse_date_line

# an upper-case letter, accented ones too ("Öztürk", "Ünver", "Şahin")
_UP = "[A-ZÀ-ÖØ-ÞĆČŁŃŚŠŞŻŽ]"
# academic titles may stand before the initials: "mr. drs. C.J. Schouten"
# "Prof. dr. J.A. Knottnerus": a title opening the line is capitalised
_INITIALS = r"(?:(?:[Mm]r|[Dd]rs|[Dd]r|[Ii]r|[Ii]ng|[Pp]rof|[Dd]s)\.\s?)*(?:[A-Z][a-z]{0,2}\.\s?)+"
_PARTICLE = r"(?:van|de|der|den|ter|ten|te|het|von|du|la|le|in\s[’']t)"
_SURNAME = rf"(?:{_PARTICLE}\s?)*{_UP}[\w'’-]*(?:\s+(?:{_PARTICLE}\s+)*{_UP}[\w'’-]*)*"
NAME = re.compile(rf"{_INITIALS}\s?{_SURNAME}")
# several names on one line split before initials that follow a surname
# (also before a surname that opens with a particle: "D. Yeşilgöz-Zegerius E. van der Burg")
_NAME_SPLIT = re.compile(rf"(?<!\.)\s+(?={_INITIALS}\s?(?:[A-Z]|{_PARTICLE}\s))")
_ROLE = (
    r"(?:[Mm]inister(?:-[Pp]resident)?|[Ss]taatssecretaris|[Vv]oorzitter|[Gg]riffier|"
    r"[Ii]nformateurs?|[Ff]ormateurs?|[Vv]erkenners?|[Cc]ommissaris|(?:[Kk]inder|[Vv]eteranen)?[Oo]mbudsman|[Pp]resident|"
    r"[Ss]ecretaris|[Dd]irecteur|[Vv]ice-[Pp]resident|[Bb]urgemeester|[Rr]apporteurs?|[Ll]eden)"
)
# a function line: "De Minister van Defensie," / "Voorzitter staatscommissie …,"
# an acting or interim holder says so after the office: "…, a.i." / "…, wnd."
FUNCTION = re.compile(
    rf"(?:(?:De|Het|de|het)\s+)?(?:\S+\s+){{0,2}}{_ROLE}\b[^.;:]{{0,150}}(?:\s?(?:a\.i\.|wnd\.))?"
)
# co-signers set side by side: their functions run together on one line ("De Minister van
# Buitenlandse Zaken, De Staatssecretaris voor Europese Zaken,"), their names on the next
_CO_FUNCTION = re.compile(rf",\s+(?=(?:De|de|Het|het)\s+(?:\S+\s+){{0,2}}{_ROLE}\b)")
# a copy of a signed letter marks each name: "w.g. G. Zalm", "(w.g.) G. Zalm"
_SIGNED = re.compile(r"\(?\bw\.g\.\)?\s*")
# a moties/amendementen member name: "Ten Hoopen", "Ortega-Martijn", "Van der Staaij"
_MEMBER_PARTICLE = r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|[Ii]n ['’]t|[Hh]et)"
_MEMBER_WORD = rf"{_UP}[\w'’]*(?:-(?:{_MEMBER_PARTICLE}\s+)*[^\W\d_][\w'’]*)*"
# "Ten Hoopen", "Ortega-Martijn", "Van der Staaij", "Faber-van de Klashorst"; a first name where
# two members share a surname: "Diederik van Dijk", "Léon de Jong", "Daniëlle Jansen"; a stray
# comma or full stop after the name ("Teunissen,", "Bushoff.") is a typo, not part of it
MEMBER = re.compile(
    rf"(?:{_UP}[\w'’]*\s+(?={_MEMBER_PARTICLE}\s))?(?:{_MEMBER_PARTICLE}\s+){{0,3}}"
    rf"{_MEMBER_WORD}(?:\s+{_MEMBER_WORD})?[.,]?"
)
# a name written out in full under a function, as ministries' own letters sign: "Mark Harbers",
# "Hugo de Jonge", "Dilan Yeşilgöz-Zegerius"; only taken where a function line stands above it
FULL_NAME = re.compile(
    rf"{_UP}[\w'’-]+(?:\s+{_UP}[\w'’-]+)?\s+(?:{_MEMBER_PARTICLE}\s+){{0,3}}{_MEMBER_WORD}"
)
# a committee's officers sign its verslag or list of questions with their surname alone:
# "De voorzitter van de commissie," / "Aptroot"; "Adjunct-griffier van de commissie," / "De Best";
# papers of about 1995-2005 name the clerk by the list he drew up: "De griffier voor deze lijst," /
# "Atkins"
OFFICER = re.compile(
    r"(?:(?:De|Het)\s+)?(?:[Aa]djunct-|[Ww]nd\.\s|[Ww]aarnemend\s|[Pp]laatsvervangend\s|[Ff]ungerend\s)?"
    r"(?:[Vv]oorzitter|[Gg]riffier|[Ss]ecretaris)\s(?:(?:van|der)\s[^.;:]{0,120}\b[Cc]ommissie\b"
    r"[^.;:]{0,120}|voor\s(?:deze|dit)\s(?:lijst|verslag)),"
)


def officer_inline(text: str) -> tuple[str, str] | None:
    """A committee officer with the surname on one line, as web text prints it: "De voorzitter
    van de commissie, Sneller" → ("De voorzitter van de commissie", "Sneller")."""
    head, sep, tail = text.strip().rpartition(", ")
    if sep and OFFICER.fullmatch(head + ",") and MEMBER.fullmatch(tail):
        return head, tail.rstrip(".,")
    return None


# "Gegeven" opens the signing formula of a voorstel van wet, above the ministers' functions
CLOSING = re.compile(
    r"(?:Hoogachtend|Met (?:de meeste )?hoogachting|Met vriendelijke groet(?:en)?|"
    r"Met belangstelling zie ik|Namens deze|Gegeven)\s*,?"
)


# a particle binds the word after it: "Van Gent", "Van der Staaij", "Diederik van Dijk",
# "Faber-van de Klashorst", "In ’t Veld"
_BINDS = re.compile(
    r"(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Tt]e|[Ii]n|[’']t|[Hh]et|\S+-(?:van|de|der|den|ter|ten))"
)


def split_members(text: str) -> list[str]:
    """A motie's or amendement's signers run together on one line, as a page without line
    breaks prints them: "Weverling Verhoeven Bromet Futselaar Moorlag Stoffer" → six names.
    Only when every part is a member's name and there are at least two; a surname of two
    capitalised words ("Bruins Slot") cannot be told from two names and is split."""
    tokens = text.split()
    if len(tokens) < 2 or len(tokens) > 30:
        return []
    names: list[list[str]] = []
    for tok in tokens:
        lower_particle = tok[:1].islower() and _BINDS.fullmatch(tok) is not None
        if names and (_BINDS.fullmatch(names[-1][-1]) or lower_particle):
            names[-1].append(tok)
        else:
            names.append([tok])
    out = [" ".join(n) for n in names]
    if len(out) > 1 and all(MEMBER.fullmatch(n) and not n.endswith((",", ".")) for n in out):
        return out
    return []


def split_names(text: str) -> list[str]:
    """'J.W. Remkes W. Koolmees' → ['J.W. Remkes', 'W. Koolmees'] (only when all are names)."""
    text = _SIGNED.sub("", text)
    if "(" in text and NAME.fullmatch(_GIVEN.sub("", text.strip())):
        return [text.strip()]  # the given name in brackets: "drs. A. (Arno) Visser"
    parts = [p.strip() for p in _NAME_SPLIT.split(text.strip()) if p.strip()]
    if parts and all(NAME.fullmatch(p) for p in parts):
        return parts
    return []


# web text may put a whole co-signed block on one line: "De Minister van Defensie, K.H.
# Ollongren De Minister van Buitenlandse Zaken, H.G.J. Bruins Slot"; split before each function
_NEXT_FUNCTION = re.compile(rf"(?<=[^\s,])\s+(?=(?:De|Het)\s+(?:\S+\s+){{0,2}}{_ROLE}\b)")


def segments(text: str) -> list[str]:
    """A signature line cut into one piece per function it names."""
    parts = _NEXT_FUNCTION.split(text.strip())
    return parts if len(parts) > 1 and all(_inline(p) for p in parts) else [text.strip()]


def is_name_line(text: str) -> bool:
    return bool(split_names(text)) or _name_first(text) is not None


# a name over its function, the Algemene Rekenkamer's way: "drs. A. (Arno) Visser," / "president";
# earlier years print the given name before the initials and a post-nominal letters after the
# surname: "drs. Saskia J. Stuiveling," / "dr. Ellen M.A. van Schoten RA,"
_GIVEN = re.compile(r"\s*\([^()]{1,30}\)")
_GIVEN_BEFORE = re.compile(rf"^((?:(?:mr|drs|dr|ir|ing|prof)\.\s?)*){_UP}[a-zà-ÿ]+\s+(?=[A-Z]\.)")
_POST_NOMINAL = re.compile(r"\s+(?:RA|RE|MBA|MPA|MSc|LLM)$")
BARE_ROLE = re.compile(rf"(?:wnd\.\s+|waarnemend\s+)?{_ROLE}")


def name_over_role(name: str, role: str) -> bool:
    """``name`` (with its given name in brackets and a comma, as printed) stands over a bare
    ``role`` line: together they are one signatory."""
    plain = _GIVEN.sub("", name.strip()).rstrip(",").strip()
    plain = _POST_NOMINAL.sub("", _GIVEN_BEFORE.sub(r"\1", plain))
    return bool(BARE_ROLE.fullmatch(role.strip().rstrip(","))) and (
        bool(NAME.fullmatch(plain)) or is_full_name(plain)
    )


def name_role_inline(text: str) -> tuple[str, str] | None:
    """A name and its bare role on one line, as a web page prints the Algemene Rekenkamer's
    signature: "drs. Saskia J. Stuiveling, president" → ("president", "drs. Saskia J.
    Stuiveling")."""
    if len(text) > 90 or ", " not in text:
        return None
    head, _, tail = text.strip().rpartition(", ")
    return (tail, head) if name_over_role(head, tail) else None


def _function(text: str) -> bool:
    """A function, also set in capitals ("DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT")."""
    return bool(FUNCTION.fullmatch(text) or (text.isupper() and FUNCTION.fullmatch(text.lower())))


def is_function_line(text: str) -> bool:
    """A function standing alone ("De Minister van Defensie,") or with names after a comma."""
    t = text.strip()
    if t.endswith(",") and _function(t[:-1].strip()):
        return True
    if len(segments(t)) > 1:
        return True
    return _inline(t) is not None


def is_bare_function(text: str) -> bool:
    """A function without its closing comma: "De minister van Justitie en Veiligheid"; also
    without its article, as a 1999 letter types it: "Minister voor Ontwikkelingsamenwerking"."""
    t = text.strip()
    return (
        len(t) < 120
        and bool(re.match(r"(?:De|de|Het|het)\s|(?:Minister|Staatssecretaris)\s(?:van|voor)\s", t))
        and _function(t)
    )


def is_full_name(text: str) -> bool:
    """A name written out in full ("Mark Harbers"): a signatory only right under a function."""
    t = text.strip()
    return len(t) <= 50 and FULL_NAME.fullmatch(t) is not None and not _function(t)


def _inline(text: str) -> tuple[str, list[str]] | None:
    """'De Minister van X, K.H. Ollongren' → ('De Minister van X', ['K.H. Ollongren'])."""
    head, sep, tail = text.rpartition(",")
    if not sep:
        return None
    names = split_names(tail) or ([tail.strip()] if is_full_name(tail) else [])
    if names and _function(head.strip()):
        return head.strip(), names
    return None


def _name_first(text: str) -> tuple[str, str] | None:
    """'J.W. Remkes Voorzitter staatscommissie' → ('J.W. Remkes', 'Voorzitter staatscommissie')."""
    m = re.match(rf"({_INITIALS}\s?{_SURNAME}?)\s+({_ROLE}\b.*)", text.strip())
    if not m:
        return None
    name, function = m.group(1).strip(), m.group(2).strip().rstrip(",")
    # the surname pattern may have swallowed the role word's capital: re-split on the role
    if NAME.fullmatch(name):
        return name, function
    return None


def parse_signatories(lines: list[str], members: bool = False) -> list[Signatory]:
    """Signatories from the lines of a signature block, in order.

    ``members``: the document is a motie or amendement, so bare surnames are signatories too.
    """
    lines = _join_broken(lines)
    # a block of bare names alone is members signing (the sponsors of an initiatiefwet under
    # its covering letter), whatever the kind of document; a line ending on a comma is a
    # closing ("Hoogachtend,") or a function, no sponsor's name
    members = members or (len(lines) > 1 and all(map(_bare_name, lines)))
    out: list[Signatory] = []
    function: str | None = None
    # a dagtekening above, or nothing but the name: a bare name signs (the King)
    dated = len(lines) == 1
    texts = [seg for raw in lines for seg in segments(raw)]
    skip = False
    beside: list[str] = []  # the functions of co-signers set side by side
    officer = False  # the function is a committee officer's: a bare surname signs under it
    for k, text in enumerate(texts):
        if skip:
            skip = False
            continue
        if not text or CLOSING.fullmatch(text):
            continue
        if inline_role := name_role_inline(text):
            out.append(Signatory(*inline_role))
            continue
        if k + 1 < len(texts) and name_over_role(text, texts[k + 1]):
            out.append(Signatory(texts[k + 1].strip().rstrip(","), text.strip().rstrip(",")))
            skip = True
            continue
        if parse_date_line(text)[1] is not None:
            dated = True
            continue
        # a capitalised particle inside the line starts the next member: "Klein Van Gent"
        if (
            members
            and re.search(r"\s(?:Van|De|Den|Der|Ten|Ter|Te|In)\s", text)
            and len(run := split_members(text)) > 1
        ):
            out += [Signatory(None, n) for n in run]
            continue
        if dated and not out and MEMBER.fullmatch(text):
            out.append(Signatory(None, text.rstrip(".,")))
            continue
        if OFFICER.fullmatch(text):
            function, officer = text.rstrip(","), True
            continue
        if inline_officer := officer_inline(text):
            out.append(Signatory(*inline_officer))
            continue
        if inline := _inline(text):
            (function, names), officer = inline, False
            out += [Signatory(function, n) for n in names]
        elif text.endswith(",") and _function(text[:-1].strip()):
            function, officer = text[:-1].strip(), False
            side = _CO_FUNCTION.split(function)
            beside = side if len(side) > 1 and all(_function(f) for f in side) else []
        elif is_bare_function(text):
            function, officer = text, False
        elif beside and len(names := split_names(text) or two_full_names(text)) == len(beside):
            out += [Signatory(f, n) for f, n in zip(beside, names, strict=True)]
        elif names := split_names(text):
            out += [Signatory(function, n) for n in names]
        elif nf := _name_first(text):
            out.append(Signatory(nf[1], nf[0]))
        elif function is not None and is_full_name(text):
            out.append(Signatory(function, text))
        elif officer and MEMBER.fullmatch(text):
            out.append(Signatory(function, text.rstrip(".,")))
        elif members and MEMBER.fullmatch(text):
            out.append(Signatory(None, text.rstrip(".,")))
        elif members and (run := split_members(text)):
            out += [Signatory(None, n) for n in run]
        elif members and function is None and (odd := _odd_members(text)):
            out += [Signatory(None, n) for n in odd]
    return out


def _bare_name(text: str) -> bool:
    t = text.strip()
    return MEMBER.fullmatch(t) is not None and not t.endswith((",", "."))


_NAME_PARTICLES = {"van", "de", "der", "den", "ter", "ten", "te", "het", "in", "'t", "’t", "en"}


def _name_word(word: str) -> bool:
    """A word of a name: capitalised after any stray mark ("\\Van"), a particle, or a stray
    letter; not a word of running text or of a page's links ("Naar boven")."""
    first = next((c for c in word if c.isalpha()), "")
    return first.isupper() or word in _NAME_PARTICLES or len(word) == 1


def _odd_members(text: str) -> list[str]:
    """A line of a motie's member block that the page spells oddly: a stray letter or mark
    ("Tuinman e", "D, van Dijk", "\\Van Baarle", "Ceder____"), or two names joined by "en"
    ("Jetten en Eerdmans.") or by a comma ("Boswijk, Bikker"). Only a short line of a few words
    that has a capital and no digit: the block holds nothing else."""
    text = text.strip().rstrip(".,").strip()
    words = text.split()
    if not (0 < len(words) <= 4 and len(text) <= 45) or any(c.isdigit() for c in text):
        return []
    if text.endswith((";", ":")) or not all(_name_word(w) for w in words):
        return []
    for sep in (" en ", ", "):
        parts = text.split(sep)
        if len(parts) == 2 and all(len(n) > 2 and MEMBER.fullmatch(n) for n in parts):
            return parts
    return [text]


def two_full_names(text: str) -> list[str]:
    """Two names written out in full side by side, where only one cut makes both names:
    "Dilan Yeşilgöz-Zegerius Eric van der Burg"."""
    words = text.split()
    cuts = [
        [" ".join(words[:k]), " ".join(words[k:])]
        for k in range(2, len(words) - 1)
        if is_full_name(" ".join(words[:k])) and is_full_name(" ".join(words[k:]))
    ]
    return cuts[0] if len(cuts) == 1 else []


def _join_broken(lines: list[str]) -> list[str]:
    """A function broken over two lines with a hyphen ("Mede namens de mi-" / "nister van …")
    is one line; so is a committee officer's line that a page wraps (see ``officer_wrapped``)."""
    out: list[str] = []
    for line in lines:
        text = line.strip()
        if out and re.search(r"[a-z]-$", out[-1]) and text[:1].islower():
            out[-1] = out[-1][:-1] + text
        elif out and _second_office(out[-1], text):
            # "De Minister-President," / "Minister van Algemene Zaken,": one function
            out[-1] = f"{out[-1]} {text}"
        elif out and officer_wrapped(out[-1], text):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


def _second_office(first: str, second: str) -> bool:
    """A second office without its article under a function: the same person holds both."""
    return (
        first.endswith(",")
        and _function(first[:-1])
        and second.endswith(",")
        and re.match(r"(?:De|de|Het|het)\s", second) is None
        and FUNCTION.fullmatch(second[:-1]) is not None
    )


def officer_wrapped(first: str, second: str) -> bool:
    """A committee officer with the surname on one line, wrapped by a page that breaks its
    lines at a width: "De griffier van de vaste commissie voor Binnenlandse Zaken en de Hoge
    Colleges van" / "Staat / Algemene Zaken en Huis van de Koning, Fred Bergman"."""
    first, second = first.strip(), second.strip()
    return (
        not first.endswith((",", ".", ":", ";"))
        and officer_inline(first) is None
        and officer_inline(second) is None
        and officer_inline(f"{first} {second}") is not None
    )
