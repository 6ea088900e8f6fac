"""Stage 4: cut the signature block off the end of the body.

From the last line backwards, lines that belong to a signature (closing formulas, function lines,
names; for moties and amendementen also bare member names) are taken until the first line that
is running text. A block with no name in it is no signature and is left in the body.
"""

from __future__ import annotations

from ..extract.signatories import CLOSING, MEMBER, is_function_line, is_name_line
from ..layout import Line


def split_signature(lines: list[Line], members: bool = False) -> tuple[list[Line], list[Line]]:
    """Return (body lines, signature lines)."""
    i = len(lines)
    named = False
    while i > 0:
        text = lines[i - 1].text.strip()
        if is_name_line(text) or is_function_line(text):
            named = True
        elif CLOSING.fullmatch(text):
            pass
        elif (
            text.endswith(",")
            and len(text) < 120
            and i < len(lines)
            and is_name_line(lines[i].text)
        ):
            pass  # a function line of a shape we do not know, directly above a name
        elif members and _member(text):
            named = True
        else:
            break
        i -= 1
    if not named:
        return lines, []
    return lines[:i], lines[i:]


def _member(text: str) -> bool:
    return len(text) <= 40 and MEMBER.fullmatch(text) is not None
