"""Stage 4: cut the signature block off the end of the body.

From the last line backwards, lines that belong to a signature (closing formulas, function lines,
names; for moties and amendementen also bare member names) are taken until the first line that
is running text. A block with no name in it is no signature and is left in the body.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Callable

from ..extract.dates import parse_date_line
from ..extract.signatories import (
    BARE_ROLE,
    CLOSING,
    FUNCTION,
    MEMBER,
    OFFICER,
    is_bare_function,
    is_full_name,
    is_function_line,
    is_name_line,
    name_over_role,
    name_role_inline,
    officer_inline,
    officer_wrapped,
    segments,
    split_members,
    two_full_names,
)
from ..layout import Line

# where a letter's appendix starts after its signature: a ministry sends its answers to
# written questions as "Antwoorden van de minister van … op Kamervragen …" below the letter
_APPENDIX = re.compile(r"(?:Antwoorden|Antwoord) (?:van|op) (?:de|het) \S.*")
# the closing formula of a koninklijke boodschap: the text ends with it, the King signs under it
_ROYAL_CLOSE = re.compile(r"En hiermede bevelen Wij U in Godes (?:heilige )?bescherming\.?")
# a body's name over the names of its officers: "Algemene Rekenkamer", "College van Rijksadviseurs"
_BODY_NAME = re.compile(r"[A-Z][\w-]+(?: (?:[A-Z][\w-]+|van|voor|de|het|en)){0,4}")
# the closing sentence of a bill's covering letter: the King signs under the formula that follows
# it, the members who bring an initiatiefwet sign directly under it ("Wilders" / "Bosma")
_BILL_GROUNDS = re.compile(
    r"De memorie van toelichting(?:,? die het (?:wets)?voorstel(?: van wet)? vergezelt,?)? bevat"
    r" de gronden waarop het rust\.?"
)
# "Mede namens de minister van Binnenlandse Zaken," above the function of who signs; "Namens de
# Huishoudelijke Commissie van de Eerste Kamer," above its chair
_ON_BEHALF = re.compile(r"(?:[Mm]ede )?[Nn]amens \S.{0,120},")


def split_signature(lines: list[Line], members: bool = False) -> tuple[list[Line], list[Line]]:
    """Return (body lines, signature lines).

    The signature closes the body; where an appendix follows the letter, it closes the part
    before the appendix, and the appendix stays body.
    """
    # both searches ask of line after line whether it ends a signature; the body keeps most
    # of the lines the first search asked of, so their answers are kept (see ``_signs``)
    signs: dict[tuple[int, ...], bool] = {}
    body, signature = _split_end(lines, members, signs)
    # a committee signs the introduction of its list of questions and answers, above the
    # questions: those blocks stand inside the text
    taken = {j for k in range(len(body) - 1) if _officer_pair(body, k) for j in (k, k + 1)}
    taken |= {k for k, line in enumerate(body) if officer_inline(line.text)}
    taken |= {
        j
        for k in range(len(body) - 1)
        if officer_wrapped(body[k].text, body[k + 1].text)
        for j in (k, k + 1)
    }
    taken |= _inner_signatures(body, members, signs)
    if taken:
        signature = [*(body[j] for j in sorted(taken)), *signature]
        body = [ln for j, ln in enumerate(body) if j not in taken]
    return body, _join_dagtekening(signature)


def _join_dagtekening(signature: list[Line]) -> list[Line]:
    """A dagtekening whose place and date stand on lines of their own is read as one line."""
    out: list[Line] = []
    for line in signature:
        if out and _place_then_date(out[-1].text, line.text):
            out[-1] = dataclasses.replace(
                out[-1], text=f"{out[-1].text.strip()}, {line.text.strip()}"
            )
        else:
            out.append(line)
    return out


def _split_end(
    lines: list[Line], members: bool, signs: dict[tuple[int, ...], bool]
) -> tuple[list[Line], list[Line]]:
    i = _signature_start(lines, len(lines), members)
    if i is not None:
        return lines[:i], lines[i:]
    if lines and (glued := _glued_signature(lines[-1], members)) is not None:
        return [*lines[:-1], glued[0]], [glued[1]]
    for k, line in enumerate(lines):
        if k and _APPENDIX.fullmatch(line.text.strip()):
            i = _signature_start(lines, k, members)
            if i is not None:
                return lines[:i] + lines[k:], lines[i:k]
            break
    # an appendix of another kind (a regulation's text, a report) after the signature: the last
    # block that signs with a function and a name, followed by text
    for k in range(len(lines) - 1, 1, -1):
        if _signs(lines, k - 1, signs) and not _signs(lines, k, signs):
            i = _signature_start(lines, k, members)
            if i is not None and i > 0:
                return lines[:i] + lines[k:], lines[i:k]
    return lines, []


def _inner_signatures(
    lines: list[Line], members: bool, signs: dict[tuple[int, ...], bool]
) -> set[int]:
    """The signature blocks of letters printed inside a paper: an Eerste Kamer verslag of a
    written consultation holds the committee's letter and the minister's answer, each signed."""
    out: set[int] = set()
    for k in range(2, len(lines)):
        if _signs(lines, k - 1, signs) and not _signs(lines, k, signs):
            i = _signature_start(lines, k, members)
            if i is not None and i > 0:
                out.update(range(i, k))
    return out


def _signs(lines: list[Line], k: int, seen: dict[tuple[int, ...], bool]) -> bool:
    """Line ``k`` ends a signature beyond doubt: a function with its name on the line, a name
    under a function line, or a function under its name.

    The answer depends on line ``k`` and the (up to) three lines before it alone, so it is
    kept in ``seen`` under those lines' identities (the lines stay alive, and unchanged,
    for the whole of ``split_signature``): the same four lines in another list give the same
    answer."""
    key = tuple(map(id, lines[max(0, k - 3) : k + 1]))
    found = seen.get(key)
    if found is None:
        found = seen[key] = _signs_here(lines, k)
    return found


def _signs_here(lines: list[Line], k: int) -> bool:
    """``_signs`` worked out."""
    # asked of every body line, so what is quick to see goes first: a function line with its
    # name has a comma before the name, a name under a function follows a line ending on a
    # comma, and name_over_role wants a bare role as its second line; few lines have any
    text = lines[k].text.strip()
    if officer_inline(text) or ("," in text and not text.endswith(",") and is_function_line(text)):
        return True
    if name_role_inline(text):
        return True  # "drs. Saskia J. Stuiveling, president"
    if len(text) <= 40 and k and _royal(lines, k):
        return True
    above = lines[k - 1].text.strip() if k else ""
    if above.endswith(",") and (is_name_line(text) or is_full_name(text)):
        # a name in full only under a function: "DE MINISTER VAN …," / "Karla Peijs"
        return is_function_line(above)
    if "." in text and len(text) < 60 and above and is_name_line(text):
        return is_bare_function(above)  # "Minister voor Ontwikkelingsamenwerking" / "E. Herfkens"
    return bool(above and BARE_ROLE.fullmatch(text.rstrip(",")) and name_over_role(above, text))


def _royal(lines: list[Line], k: int) -> bool:
    """Line ``k`` is the King's name under the closing formula of a koninklijke boodschap, or
    under its dagtekening below that formula; a page may print the bill after it."""
    above = [line.text.strip() for line in lines[max(0, k - 3) : k]]
    # asked of every short body line: the formula's first words are looked for first
    if not any(t.startswith("En hiermede") for t in above):
        return False
    text = lines[k].text.strip()
    if not MEMBER.fullmatch(text):
        return False
    if _ROYAL_CLOSE.fullmatch(above[-1]):
        return True
    if len(above) >= 2 and _ROYAL_CLOSE.fullmatch(above[-2]):
        return _signed_under_date(above[-1], text)
    return (
        len(above) == 3
        and bool(_ROYAL_CLOSE.fullmatch(above[0]))
        and _place_then_date(above[1], above[2])
    )


# where a signature may start inside a line: after the end of a sentence, at a function
_SENTENCE_THEN_FUNCTION = re.compile(r"(?<=[.!?»”)])\s+(?=(?:De|Het|Hoogachtend|Namens)\b)")


def _glued_signature(line: Line, members: bool) -> tuple[Line, Line] | None:
    """A page that puts each paragraph on one line may run the signature on after the last
    sentence: "… ontvangt deze brief. De Minister van Defensie, K.H. Ollongren". Split there
    when all that follows is a function with its name (or several); a motie's members after
    its closing formula ("… en gaat over tot de orde van de dag. Klein Van Gent")."""
    text = line.text
    cuts = [(m.start(), m.end(), False) for m in _SENTENCE_THEN_FUNCTION.finditer(text)]
    if members and (m := _MOTIE_CLOSE.search(text)):
        cuts.append((m.end(1), m.end(), True))
    if not cuts:
        return None
    # a page of running text on one line has a cut at many a sentence: each is judged first by
    # the few words after it (_FUNCTION_FIRST), read in place, not by reading and copying the
    # rest of the page again, so the line is read in time linear in its length. The closing
    # formulas are found once: none holds the start of another, so these are all of them
    closings = [(m.start(), m.end()) for m in CLOSING.finditer(text)]
    starts = [a for a, _ in closings]
    # (lowering "İ" gives two characters: a text with it is judged the long way)
    quick = "\u0130" not in text
    for start, end, closed in cuts:
        # the tail without its first closing formula, as CLOSING.sub("", tail, count=1)
        k = bisect_left(starts, end)
        a, b = closings[k] if k < len(closings) else (len(text), len(text))
        if quick and not _function_first(text, end, a, b):
            signed = False
        else:
            parts = [p for p in segments(text[end:a] + text[b:]) if p]
            signed = bool(parts) and all(is_function_line(p) for p in parts)
        if signed or (closed and _member(text[end:])):
            head = dataclasses.replace(line, text=text[:start])
            return head, dataclasses.replace(line, text=text[end:], gap_before=True)
    return None


# what a signed tail starts with: every part of it must be a function line, so its first part
# is a function ("De Minister van Defensie", in capitals too) before a comma, with the names
# after it (is_function_line and segments: the function before the part's last comma, or the
# part all function but its closing comma). A tail that does not start so is no signature
_FUNCTION_FIRST = re.compile(rf"(?:{FUNCTION.pattern})\s*,", re.IGNORECASE)


# how far a _FUNCTION_FIRST match can read: its role ends by the fourth word, then at most
# 150 characters, "a.i." or "wnd." and a run of spaces before its comma
_FOUR_WORDS = re.compile(r"(?:\s*\S+){0,4}")
_SPACES = re.compile(r"\s*")
_AFTER_ROLE = 156


def _function_first(text: str, end: int, a: int, b: int) -> bool:
    """Whether ``text[end:a] + text[b:]`` (a tail without its first closing formula, from
    ``a`` to ``b``), stripped, starts as a signed tail does (_FUNCTION_FIRST); read in
    ``text`` itself where the formula stands first or out of reach, else from a copy."""
    if a == end:  # the tail opens with the formula: what follows it, from its first word
        return _FUNCTION_FIRST.match(text, _SPACES.match(text, b).end()) is not None
    reach = _FOUR_WORDS.match(text, end).end() + _AFTER_ROLE
    reach = _SPACES.match(text, min(reach, len(text))).end() + 2  # the comma, a look past it
    if a >= reach:
        return _FUNCTION_FIRST.match(text, end) is not None
    return _FUNCTION_FIRST.match((text[end:a] + text[b:]).strip()) is not None


# the closing formula of a motie, with what follows it on its line
_MOTIE_CLOSE = re.compile(r"(\ben gaat over tot de orde van de dag\.)\s+(?=\S)")


def _officer_pair(lines: list[Line], k: int) -> bool:
    """A committee officer's function line with the surname under it."""
    return bool(
        OFFICER.fullmatch(lines[k].text.strip()) and MEMBER.fullmatch(lines[k + 1].text.strip())
    )


def _signature_start(lines: list[Line], end: int, members: bool) -> int | None:
    """Where the signature block that ends at ``end`` starts; None if there is none."""
    if end >= 2 and _signed_under_date(lines[end - 2].text, lines[end - 1].text):
        return end - 2
    if (
        end >= 3
        and _place_then_date(lines[end - 3].text, lines[end - 2].text)
        and MEMBER.fullmatch(lines[end - 1].text.strip())
    ):
        return end - 3  # the place and the date of the King's dagtekening on lines of their own
    if (
        end >= 2
        and _ROYAL_CLOSE.fullmatch(lines[end - 2].text.strip())
        and MEMBER.fullmatch(lines[end - 1].text.strip())
    ):
        return end - 1  # the King's name under the closing formula of his message
    if (under := _under_closing(lines, end)) is not None:
        return under
    i = end
    named = False
    while i > 0:
        text = lines[i - 1].text.strip()
        if is_name_line(text) or is_function_line(text):
            named = True
        elif officer_inline(text):
            named = True  # "De griffier van de commissie, Schukkink"
        elif i >= 2 and _officer_pair(lines, i - 2):
            named = True  # a committee officer's surname under the function
        elif i < end and _officer_pair(lines, i - 1):
            named = True
        elif name_role_inline(text):
            named = True  # "drs. Saskia J. Stuiveling, president" on one line
        elif i < end and name_over_role(text, lines[i].text):
            named = True  # "drs. A. (Arno) Visser," over "president"
        elif (
            i >= 2
            and BARE_ROLE.fullmatch(text.rstrip(","))
            and name_over_role(lines[i - 2].text, text)
        ):
            pass  # the role under its name; the name above decides
        elif i >= 2 and _broken_function(lines[i - 2].text, text):
            pass  # the second half of a function broken over two lines: "mi-" / "nister van …"
        elif i < end and _broken_function(text, lines[i].text):
            pass  # its first half
        elif (
            i + 1 < end
            and _BODY_NAME.fullmatch(text)
            and name_over_role(lines[i].text, lines[i + 1].text)
        ) or (i < end and _BODY_NAME.fullmatch(text) and name_role_inline(lines[i].text)):
            pass  # the body whose officers sign below: "Algemene Rekenkamer"
        elif i >= 2 and is_full_name(text) and _under_function(lines[i - 2].text):
            named = True  # "Mark Harbers" under "DE MINISTER VAN …,"
        elif i >= 2 and _under_function(lines[i - 2].text) and two_full_names(text):
            named = True  # co-signers' names in full side by side under their functions
        elif CLOSING.fullmatch(text) or _ON_BEHALF.fullmatch(text):
            pass
        elif i < end and is_bare_function(text) and is_name_line(lines[i].text):
            named = True  # "De minister van Justitie en Veiligheid" without its comma
        elif text.endswith(",") and len(text) < 120 and i < end and is_name_line(lines[i].text):
            pass  # a function line of a shape we do not know, directly above a name
        elif members and _member(text):
            named = True
        else:
            break
        i -= 1
    if members and (closed := _after_motie_close(lines, end)) is not None and closed < i:
        return closed
    return i if named else None


# a motie's members: at most some twenty lines, each a name or a few
_MEMBER_LINE = 45
_MEMBER_LINES = 20


def _after_motie_close(lines: list[Line], end: int) -> int | None:
    """Where a motie's members start after its closing formula, where every line after it is as
    short as a member's name: a name the page spells oddly ("D, van Dijk", "Tuinman e")
    is still a member, and the names above it too."""
    return _names_under(
        lines,
        end,
        lambda text: _CLOSE_LINE.search(text) is not None,
        lambda text: len(text) <= _MEMBER_LINE and not text.endswith((";", ":")),
    )


def _under_closing(lines: list[Line], end: int) -> int | None:
    """Where the members' names start under a closing line, when every line after it is a
    member's name: under the closing sentence of an initiatiefwet's covering letter, else under
    a motie's closing formula (a page that lost the paper's head, its number and "MOTIE VAN HET
    LID …", so nothing says it is a motie, still ends so: "… en gaat over tot de orde van de
    dag." / "Verdonk" / "Brinkman").

    Both are looked for in one walk up from ``end``: each line is asked once whether it is a
    member's name, the question that costs, where two walks asked it twice of every line."""
    # -1 while undecided; then where the names start, or None where they do not
    bill: int | None = -1
    motie: int | None = -1
    for k in range(end - 1, max(-1, end - _MEMBER_LINES - 2), -1):
        text = lines[k].text.strip()
        if bill == -1 and _BILL_GROUNDS.fullmatch(text) is not None:
            bill = k + 1 if k + 1 < end else None
        if motie == -1 and _CLOSE_LINE.search(text) is not None:
            motie = k + 1 if k + 1 < end else None
        if (bill != -1 and motie != -1) or not _member(text):
            break
    for start in (bill, motie):
        if start is not None and start != -1:
            return start
    return None


def _names_under(
    lines: list[Line], end: int, closes: Callable[[str], bool], names: Callable[[str], bool]
) -> int | None:
    """Where the names start under the last line before ``end`` that ``closes``, when every
    line between is one ``names`` accepts and there are at most ``_MEMBER_LINES`` of them."""
    for k in range(end - 1, max(-1, end - _MEMBER_LINES - 2), -1):
        text = lines[k].text.strip()
        if closes(text):
            return k + 1 if k + 1 < end else None
        if not names(text):
            return None
    return None


_CLOSE_LINE = re.compile(r"\ben ga(?:at|an) over tot de orde van de dag[.,]?$")


def _member(text: str) -> bool:
    return (len(text) <= 40 and MEMBER.fullmatch(text) is not None) or bool(split_members(text))


def _under_function(text: str) -> bool:
    t = text.strip()
    return is_function_line(t) or is_bare_function(t)


def _signed_under_date(date_line: str, name: str) -> bool:
    """A dagtekening closing the text with one name under it: the King signs a koninklijke
    boodschap so ("’s-Gravenhage, 2 september 2011" / "Beatrix")."""
    place, date = parse_date_line(date_line.strip())
    return date is not None and place is not None and bool(MEMBER.fullmatch(name.strip()))


def _place_then_date(place_line: str, date_line: str) -> bool:
    """A dagtekening whose place and date stand on lines of their own, as 1990s web pages print
    a koninklijke boodschap: "'s-Gravenhage" / "18 april 1997"."""
    place_line, date_line = place_line.strip(), date_line.strip()
    if len(place_line) > 40 or any(c.isdigit() for c in place_line):
        return False
    place, date = parse_date_line(f"{place_line}, {date_line}")
    return place is not None and date is not None and "," not in date_line


def _broken_function(first: str, second: str) -> bool:
    """Two lines that are one function broken with a hyphen: "Mede namens de mi-" /
    "nister van Buitenlandse Zaken,"."""
    first, second = first.strip(), second.strip()
    if not (re.search(r"[a-z]-$", first) and second[:1].islower()):
        return False
    joined = first[:-1] + second
    return bool(_ON_BEHALF.fullmatch(joined)) or _under_function(joined)
