"""Glyph runs to printed lines to ``Line`` records with the evidence the PDF gives.

The steps, each from positions and fonts only (no wording is needed except to confirm the
first-page masthead and the running footer):

1. rows: runs are grouped by baseline into printed lines; a small run raised above (or sunk
   below) a line's baseline is a superscript (subscript) of that line, not a line of its own.
2. columns: a page with two text columns side by side (Handelingen) is read column by column;
   the Kamerstuk layout's narrow label column ("Nr. 963" left of "BRIEF VAN …") is not a column
   but the start of its row, so "Nr. 963 BRIEF VAN …" reads as one line.
3. roles: the first-page masthead and the footers are furniture; the lines under the short
   footnote rule (or a trailing block of smaller lines starting with a number) are footnotes.
4. text: runs are joined with spaces where the PDF leaves a word gap; a superscript number that
   names a footnote of the document becomes an in-band marker, other superscripts stay as text.
5. flow: paragraph starts from vertical gaps, from a line that ended although the next word
   would have fitted on it, and from headings (a body-size line set wholly in italic or bold
   that stands alone).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from itertools import pairwise
from operator import attrgetter

from ...layout import QA_LABEL, Line, Role, first_unit, marker
from .glyphs import Glyph, PageGlyphs

# a row whose top lies below this share of the page height is in the footer zone
FOOTER_ZONE = 0.885
# runs this much smaller than their row's text, and raised or sunk, are super/subscripts
SCRIPT_SIZE = 0.85
SCRIPT_SHIFT = 0.15
# gaps, as a share of the font size
WORD_GAP = 0.15  # wider than this between two runs: a word space
MARK_GAP = 0.3  # around a superscript a space needs a real gap (kerning puts them close)
SPLIT_GAP = 1.0  # wider than this: separate fragments (label column, table cells, columns)
# a vertical step wider than this many line pitches is a gap between blocks
GAP_STEPS = 1.45

_DIGITS = re.compile(r"\d{1,3}")
_MARKS = re.compile(r"\d{1,3}(?:[,\s]+\d{1,3})*")
_NUMBER_START = re.compile(r"(\d{1,3})(?:\s+|$)")
# "m2", "km3": a raised 2 or 3 after a unit of length is a power even where a footnote 2 exists
_UNIT = re.compile(r"(?<![^\W\d_])[kcdm]?m$")
_CLOSE = ")»”’\"'"
_BULLET = re.compile(r"[•·▪◦‣●■□–—-]\s|\d{1,2}[.)]\s|[a-z][.)]\s")
# a list item's label standing as a run of its own: "3.", "b)", "(ii)", a bullet or dash
_ITEM_LABEL = re.compile(r"[•·▪◦‣●■□–—-]|\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]")
_MASTHEAD = re.compile(
    r"(Tweede|Eerste) Kamer der Staten-Generaal|Vergaderjaar \d{4}\s*[-–]\s*\d{4}|"
    r"Aanhangsel van de Handelingen|"
    r"Vragen gesteld door de leden der Kamer, met de daarop door de|regering gegeven antwoorden"
)
_WEB_ADDRESS = re.compile(r"https?:|www\.|\w\.(?:nl|eu|com|org)\b|@\w")
_RUNNING_FOOTER = re.compile(r"(?:['’]s-Gravenhage \d{4} )?(Tweede|Eerste) Kamer, vergaderjaar")
# C-level keys and getters: a Handelingen page has a run per word, and these run per run
_TEXT = attrgetter("text")
_X0 = attrgetter("x0")
_X1 = attrgetter("x1")
_SIZE = attrgetter("size")
_BASELINE = attrgetter("baseline")
_BOLD = attrgetter("bold")
_ITALIC = attrgetter("italic")
_ORDER = attrgetter("order")


@dataclass(slots=True)
class _Row:
    """One printed line (or the part of it in one column) while the layout is worked out."""

    page: int
    runs: list[Glyph]
    baseline: float
    size: float
    x0: float
    x1: float
    column: int = 0  # 0: the page's single column or a row spanning both; 1, 2: left, right
    label: bool = False  # starts in the label column, left of the text column
    role: Role | None = None
    text: str = ""
    footnote: str | None = None  # the number, when the row starts a footnote
    heading: bool = False
    gap_before: bool = False
    starts_paragraph: bool | None = None
    page_start: bool = False
    bold: bool = False
    italic: bool = False
    underline: bool = False  # a rule runs under the whole row (Word's underlined headings)
    frame: int = 0  # reading order of overprinted frames read apart (see ``_unstack``)
    # its runs split at wide gaps (see ``_fragments``), once asked: the sidebar, the gutter
    # and the masthead all ask, and a row's runs and size do not change once it is made
    frags: list[list[Glyph]] | None = None
    chars: int = -1  # its characters that are not spaces, once counted (see ``_row_chars``)

    @property
    def order(self) -> float:
        """Reading-order key: roughly the top of the row's main text."""
        return self.baseline - 0.7 * self.size


def _chars(run: Glyph) -> int:
    return len(run.text) - run.text.count(" ")


def _chars_of(runs: list[Glyph]) -> int:
    """``sum(_chars(g) for g in runs)``, in one pass over one string (a Handelingen page has
    a run per word, and this is asked of every row several times)."""
    text = "".join(map(_TEXT, runs))
    return len(text) - text.count(" ")


def _row_chars(row: _Row) -> int:
    """``_chars_of(row.runs)``, counted once: the footer, the sidebar and the measures all
    ask it of every row."""
    n = row.chars
    if n < 0:
        n = row.chars = _chars_of(row.runs)
    return n


def _make_row(page: int, runs: list[Glyph]) -> _Row:
    runs.sort(key=_X0)
    # the row's own size is the one most of its characters are set in (summed over runs, so
    # that it does not depend on how a backend cut the text into runs)
    one = len(set(map(_SIZE, runs))) == 1  # most rows: nothing to round
    keys = [] if one else [round(g.size, 1) for g in runs]
    if one or len(set(keys)) == 1:  # one size: no weighing to do
        main = runs[0]
    else:
        weight: dict[float, int] = {}
        for key, g in zip(keys, runs, strict=True):
            weight[key] = weight.get(key, 0) + _chars(g)
        size = max(weight, key=lambda k: (weight[k], k))
        main = runs[keys.index(size)]
    return _Row(page, runs, main.baseline, main.size, runs[0].x0, max(map(_X1, runs)))


def _is_script(run: Glyph, row: _Row) -> bool:
    """A superscript or subscript: clearly smaller than the row's text and off its baseline."""
    return (
        run.size <= SCRIPT_SIZE * row.size
        and abs(row.baseline - run.baseline) >= SCRIPT_SHIFT * row.size
    )


def _no_scripts(row: _Row) -> bool:
    """None of the row's runs is small enough to be a super- or subscript (most rows): then
    the per-run ``_is_script`` checks can be left out."""
    return min(map(_SIZE, row.runs)) > SCRIPT_SIZE * row.size


def page_rows(page: PageGlyphs) -> list[_Row]:
    """Group a page's runs into rows by baseline; attach super- and subscripts to their row."""
    glyphs = sorted(page.glyphs, key=_BASELINE)
    groups: list[list[Glyph]] = []
    ref = 0.0
    ref_size = 0.0
    for g in glyphs:
        # max(0.5, 0.2 * min(size, ref_size)) and max(ref_size, size) written out, as the
        # builtins decide (the first on a tie): they run once per run of text
        size = g.size
        near = 0.2 * (ref_size if ref_size < size else size)
        if groups and abs(g.baseline - ref) <= (near if near > 0.5 else 0.5):
            groups[-1].append(g)
            if size > ref_size:
                ref_size = size
            continue
        groups.append([g])
        ref, ref_size = g.baseline, size
    rows = [_make_row(page.number, runs) for runs in groups]
    merged: list[_Row] = []
    for i, row in enumerate(rows):
        host = _script_host(row, merged[-1] if merged else None, rows[i + 1 : i + 2])
        if host is None:
            merged.append(row)
        else:
            host.runs.extend(row.runs)
            host.runs.sort(key=_X0)
            host.chars, host.frags = -1, None  # counted before the merge, if at all
            host.x0 = min(host.x0, row.x0)
            host.x1 = max(host.x1, row.x1)
    return merged


def _script_host(row: _Row, above: _Row | None, below: list[_Row]) -> _Row | None:
    """The row a short row of small runs belongs to as super- or subscript, if any."""
    # (every run shows a character that is not a space, so more than 8 runs are more than
    # 8 characters: most rows need no counting)
    if len(row.runs) > 8 or _row_chars(row) > 8:
        return None
    for host, shift, limit in (
        (below[0] if below else None, 1.0, 0.6),  # superscript: raised above the row below
        (above, -1.0, 0.45),  # subscript: sunk under the row above
    ):
        if host is None:
            continue
        rise = (host.baseline - row.baseline) * shift
        if (
            all(g.size <= SCRIPT_SIZE * host.size for g in row.runs)
            and SCRIPT_SHIFT * host.size <= rise <= limit * host.size
            and host.x0 - 2 * host.size <= row.x0 <= host.x1 + 2 * host.size
        ):
            return host
    return None


def _fragments(row: _Row) -> list[list[Glyph]]:
    """Split a row where a gap wider than ``SPLIT_GAP`` font sizes separates its runs."""
    if row.frags is not None:
        return row.frags
    frags: list[list[Glyph]] = [[row.runs[0]]]
    wide = SPLIT_GAP * max(row.size, 1.0)
    for prev, run in zip(row.runs, row.runs[1:], strict=False):
        if run.x0 - prev.x1 > wide and not _is_script(run, row):
            frags.append([run])
        else:
            frags[-1].append(run)
    row.frags = frags
    return frags


def _gutter(rows: list[_Row], width: float) -> float | None:
    """The x of the gap between two text columns, if the page is set in two columns."""
    frags = [(f[0].x0, max(map(_X1, f)), _chars_of(f)) for r in rows for f in _fragments(r)]
    total = sum(n for _, _, n in frags) or 1
    wide = 0.25 * width
    best: tuple[int, float] | None = None
    for g in sorted({round(x0) for x0, _, _ in frags if 0.3 * width < x0 < 0.7 * width}):
        left = sum(1 for x0, x1, _ in frags if x1 <= g - 3 and x1 - x0 >= wide)
        right = sum(1 for x0, x1, _ in frags if x0 >= g - 1 and x1 - x0 >= wide)
        straddle = sum(n for x0, x1, n in frags if x0 < g - 1 and x1 > g - 3)
        if left >= 5 and right >= 5 and straddle <= 0.15 * total:
            score = min(left, right)
            if best is None or score > best[0]:
                best = (score, g - 1.5)
    return best[1] if best else None


def _split_columns(rows: list[_Row], gutter: float) -> list[_Row]:
    """Read a two-column page: bands between spanning rows, left column then right in each."""
    out: list[_Row] = []
    left: list[_Row] = []
    right: list[_Row] = []
    left_end, right_start = gutter + 2, gutter - 2
    for row in sorted(rows, key=_ORDER):
        if row.x1 <= left_end:  # wholly in the left column (its x1 is its runs' largest)
            runs_l, runs_r = row.runs[:], []
        else:
            runs_l = [g for g in row.runs if g.x1 <= left_end]
            runs_r = [g for g in row.runs if g.x0 >= right_start and g.x1 > left_end]
        if len(runs_l) + len(runs_r) < len(row.runs):  # a run crosses the gutter: spans both
            out += left + right + [row]
            left, right = [], []
            continue
        if runs_l:
            part = _make_row(row.page, runs_l)
            part.column = 1
            left.append(part)
        if runs_r:
            part = _make_row(row.page, runs_r)
            part.column = 2
            right.append(part)
    return out + left + right


def _mode(values: list[float], default: float) -> float:
    return Counter(values).most_common(1)[0][0] if values else default


def _weighted_mode(pairs: list[tuple[float, int]], default: float) -> float:
    counts: Counter[float] = Counter()
    for value, weight in pairs:
        counts[value] += weight
    return counts.most_common(1)[0][0] if counts else default


@dataclass(slots=True)
class _Stats:
    """Document-wide measures that the per-line decisions compare against."""

    body_size: float
    pitch: float
    left: dict[int, float]
    right: dict[int, float]
    bold_body: bool
    italic_body: bool


def build_lines(pages: list[PageGlyphs]) -> list[Line]:
    """The whole layout stage: pages of glyph runs in, ``Line`` records in reading order out."""
    per_page: list[list[_Row]] = []
    all_rows = [_unstack(page_rows(page)) for page in pages]
    for page, rows in zip(pages, all_rows, strict=True):
        _footer(page, rows)
    side = _sidebar_x(pages, all_rows)
    for page, rows in zip(pages, all_rows, strict=True):
        if side is not None:
            rows = _split_sidebar(rows, side)
        content = [r for r in rows if r.role is None]
        gutter = _gutter(content, page.width)
        if gutter is not None:
            rows = _split_columns(content, gutter) + [r for r in rows if r.role is not None]
        else:
            rows.sort(key=lambda r: (r.frame, r.order))
        per_page.append(rows)
    for page, rows in zip(pages, per_page, strict=True):
        _underlines(page, rows)
    stats = _measure(per_page)
    notes = False
    for page, rows in zip(pages, per_page, strict=True):
        _masthead(page, rows, stats)
        notes = _footnotes(page, rows, stats, continued=notes)
        _figures(rows, stats)
    _label_rows(per_page, stats)
    numbers = _footnote_numbers(per_page) or _unnoted_marks(per_page)
    for rows in per_page:
        for row in rows:
            _render(row, numbers)
    _flow(per_page, stats)
    return [_to_line(row) for rows in per_page for row in rows]


def _overlaps(row: _Row) -> bool:
    """Two of the row's runs are printed over each other (not a marker over its word)."""
    if len(row.runs) < 2:  # (a row of one run, as most of a letter's are)
        return False
    # _is_script written out (the same comparisons): this runs for every run of the page
    small, shift, baseline = SCRIPT_SIZE * row.size, SCRIPT_SHIFT * row.size, row.baseline
    runs = [
        g
        for g in row.runs
        if g.text.strip() and not (g.size <= small and abs(baseline - g.baseline) >= shift)
    ]
    return any(b.x0 < a.x1 - 2.0 for a, b in pairwise(runs))


def _unstack(rows: list[_Row]) -> list[_Row]:
    """Read apart the frames a renderer printed over each other.

    A renderer that loses the anchors of a letter's frames (address block, date and subject
    table, letterhead column) prints them all at one corner of the page, their lines
    interleaved and overprinted. Where three or more rows of a page overprint, each row is
    cut into layers (runs that follow each other without overlap), and the layers are put
    back together by frame: layers set in one size whose runs start at a shared x belong to
    one frame, which is then read top to bottom, frame after frame. A frame of small type is
    the letterhead column.
    """
    stacked = [r for r in rows if _overlaps(r)]
    if len(stacked) < 3:
        return rows
    top = min(r.baseline for r in stacked)
    bottom = max(r.baseline for r in stacked)
    region = [r for r in rows if top - 40.0 <= r.baseline <= bottom + 40.0]
    keys = {(round(r.size, 1), round(4 * g.x0)) for r in region for g in r.runs}
    below = sorted((r for r in rows if r.baseline > bottom + 40.0), key=lambda r: r.baseline)
    for row in below:  # the frames' lines that run on below the overprinted part
        if (round(row.size, 1), round(4 * row.x0)) not in keys:
            break
        region.append(row)
    rest = [r for r in rows if r not in region]
    layers: list[_Row] = []
    for row in region:
        cut: list[list[Glyph]] = []
        for g in sorted(row.runs, key=_X0):
            home = next((c for c in cut if g.x0 >= c[-1].x1 - 1.0), None)
            if home is None:
                cut.append([g])
            else:
                home.append(g)
        layers += [_make_row(row.page, c) for c in cut]
    # frames: union of layers that share a size and a run's starting x
    frame = list(range(len(layers)))

    def find(i: int) -> int:
        while frame[i] != i:
            frame[i] = frame[frame[i]]
            i = frame[i]
        return i

    # a frame's lines start at the same x to the quarter point
    owner: dict[tuple[float, int], int] = {}
    for i, layer in enumerate(layers):
        for g in layer.runs:
            key = (round(layer.size, 1), round(4 * g.x0))
            if key in owner:
                frame[find(i)] = find(owner[key])
            else:
                owner[key] = i
    groups: dict[int, list[_Row]] = {}
    for i, layer in enumerate(layers):
        groups.setdefault(find(i), []).append(layer)
    out: list[_Row] = []
    biggest = max(r.size for r in layers)
    frames = sorted(groups.values(), key=lambda g: (min(r.baseline for r in g), g[0].x0))
    for rank, group in enumerate(frames):
        group.sort(key=lambda r: r.baseline)
        small = max(r.size for r in group) < 0.9 * biggest
        for r in group:
            r.frame = rank  # read frame after frame, whatever the baselines say
            if small and len(group) >= 4:
                r.role = "letterhead"
        out += group
    for r in rest:
        r.frame = len(frames) if r.baseline > top else 0
    return out + rest


def _sidebar_x(pages: list[PageGlyphs], per_page: list[list[_Row]]) -> tuple[float, float] | None:
    """Where the letterhead column of a ministry's letter starts, if the document has one.

    The Rijkshuisstijl letter sets its sender, address and reference fields ("Ons kenmerk",
    "Datum", "Bijlage(n)") in a narrow column of small type at the right of the page, beside
    the text column, and repeats part of it on every page: a stack of at least four small
    fragments starting at one x, right of the text column's body-size lines, which never
    reach it. Nothing else in a Kamerstuk looks like that.
    """
    if not pages or not per_page[0]:
        return None
    # characters by exact size first, then by rounded size: a run per word makes the
    # rounding the cost, and a document has few sizes (the rounded sizes keep the order they
    # are first met in, which breaks ties in most_common)
    exact: dict[float, int] = {}
    for rows in per_page:
        for row in rows:
            runs = row.runs
            if len(set(map(_SIZE, runs))) == 1:  # most rows: one size, counted at once
                size = runs[0].size
                exact[size] = exact.get(size, 0) + _row_chars(row)
                continue
            for g in runs:
                text = g.text
                exact[g.size] = exact.get(g.size, 0) + len(text) - text.count(" ")
    weights: Counter[float] = Counter()
    for size, n in exact.items():
        weights[round(size, 1)] += n
    body = weights.most_common(1)[0][0]
    starts: Counter[int] = Counter()
    body_ends: list[float] = []
    for page, rows in zip(pages, per_page, strict=True):
        for row in rows:
            if row.role is not None:
                continue
            if row.x1 < 0.6 * page.width:  # wholly left of any letterhead column
                if row.size > 0.9 * body and row.x0 < 0.5 * page.width:
                    body_ends.append(row.x1)
                continue
            for frag in _fragments(row):
                x0 = frag[0].x0
                small = all(g.size <= 0.9 * body for g in frag)
                if small and x0 >= 0.6 * page.width and row.order < 0.7 * page.height:
                    starts[round(x0)] += 1
                elif not small and x0 < 0.5 * page.width:
                    body_ends.append(max(g.x1 for g in frag))
    if not starts or not body_ends:
        return None
    x, _ = starts.most_common(1)[0]
    stacked = sum(n for k, n in starts.items() if abs(k - x) <= 2)
    reaching = sum(1 for end in body_ends if end > x - 2)
    if stacked < 4 or reaching > 0.1 * len(body_ends):
        return None
    return x - 3.0, body


def _split_sidebar(rows: list[_Row], side: tuple[float, float]) -> list[_Row]:
    """Take the letterhead column's small runs out of the rows they share a baseline with."""
    x, body = side
    out: list[_Row] = []
    for row in rows:
        side_runs = [g for g in row.runs if g.x0 >= x and g.size < 0.9 * body]
        if row.role is not None or not side_runs:
            out.append(row)
        elif len(side_runs) == len(row.runs):
            row.role = "letterhead"
            out.append(row)
        else:
            main = _make_row(
                row.page, [g for g in row.runs if not (g.x0 >= x and g.size < 0.9 * body)]
            )
            letterhead = _make_row(row.page, side_runs)
            letterhead.role = "letterhead"
            out += [main, letterhead]
    return out


def _underlines(page: PageGlyphs, rows: list[_Row]) -> None:
    """Mark rows a rule runs under from end to end: underlined text, as Word sets headings.

    A web address is underlined as a link, not as a heading: such rows are left unmarked.
    """
    for rule in page.rules:
        for row in rows:
            if (
                row.role is None
                and row.baseline - 1.0 <= rule.y <= row.baseline + 0.4 * row.size
                and rule.x0 <= row.x0 + 3.0
                and row.x1 - 3.0 <= rule.x1 <= row.x1 + row.size
                and not _WEB_ADDRESS.search(_plain(row))
            ):
                row.underline = True


def _footer(page: PageGlyphs, rows: list[_Row]) -> None:
    """Mark the page footer: rows at the foot of the page, set apart from the text above.

    A row low on the page is furniture when it matches the running footer, or lies in the
    footer zone without continuing the text above it (a clear gap, or a smaller size): body
    text that happens to run down into the zone keeps its role.
    """
    prev: _Row | None = None
    notes = _low_notes(page, rows)
    text_size, text_left = _page_text(rows)
    for row in sorted(rows, key=lambda r: r.order):
        if row.order >= 0.8 * page.height and _RUNNING_FOOTER.match(_plain(row)):
            row.role = "furniture"
        elif id(row) in notes:
            pass  # a footnote set low on the page, under its rule (Word's layout)
        elif (
            abs(row.size - text_size) < 0.02 * text_size
            and abs(row.x0 - text_left) < 1.5
            and prev is not None
            and row.baseline - prev.baseline <= 3.0 * row.size
        ):
            pass  # a line of the text itself run down to the foot of the page ("Vraag 9")
        elif row.order >= FOOTER_ZONE * page.height:
            continues = (
                prev is not None
                and prev.role is None
                and row.baseline - prev.baseline <= 1.6 * max(row.size, prev.size)
                and row.size >= 0.85 * prev.size
                and not _DIGITS.fullmatch(_plain(row))
            )
            if not continues:
                row.role = "furniture"
        prev = row


def _page_text(rows: list[_Row]) -> tuple[float, float]:
    """The size most of a page's characters are set in, and where most of its lines start."""
    sizes: Counter[float] = Counter()
    for r in rows:
        sizes[round(r.size, 1)] += _row_chars(r)
    if not sizes:
        return 0.0, 0.0
    size = sizes.most_common(1)[0][0]
    lefts = Counter(round(r.x0) for r in rows if round(r.size, 1) == size)
    return size, float(lefts.most_common(1)[0][0])


def _low_notes(page: PageGlyphs, rows: list[_Row]) -> set[int]:
    """The rows of a footnote block under its short rule (ids), however low on the page.

    The block starts right under the rule with a numbered row at the text's left and goes on
    in regular line steps; the first clear gap ends it (what follows is the page footer).
    """
    for rule in sorted(page.rules, key=lambda r: r.y):
        if not (15.0 <= rule.x1 - rule.x0 <= 150.0 and rule.y > 0.5 * page.height):
            continue
        below = sorted(
            (r for r in rows if r.baseline > rule.y and r.x0 < rule.x1), key=lambda r: r.order
        )
        if not below or below[0].order - rule.y > 3 * below[0].size:
            continue
        if not _NUMBER_START.match(below[0].runs[0].text.strip() + " "):
            continue
        block = [below[0]]
        for row in below[1:]:
            if row.baseline - block[-1].baseline > 2.6 * max(row.size, block[-1].size):
                break
            block.append(row)
        return {id(r) for r in block}
    return set()


def _measure(per_page: list[list[_Row]]) -> _Stats:
    sizes = [(round(r.size, 1), _row_chars(r)) for rows in per_page for r in rows if r.role is None]
    # text set at size 0 (invisible, or a damaged file) gives no scale: take a usual one
    body_size = _weighted_mode(sizes, 10.0) or 10.0
    body = [
        r
        for rows in per_page
        for r in rows
        if r.role is None and abs(r.size - body_size) <= 0.1 * body_size
    ]
    steps: list[float] = []
    for rows in per_page:
        prev: _Row | None = None
        for r in rows:
            if r.role is not None or abs(r.size - body_size) > 0.1 * body_size:
                continue
            if prev is not None and prev.column == r.column:
                step = r.baseline - prev.baseline
                if 0.8 * body_size < step < 2.0 * body_size:
                    steps.append(round(step * 2) / 2)
            prev = r
    pitch = _mode(steps, 1.2 * body_size)
    left: dict[int, float] = {}
    right: dict[int, float] = {}
    for column in {r.column for r in body}:
        in_col = [r for r in body if r.column == column]
        left[column] = _mode([round(r.x0) for r in in_col], in_col[0].x0)
        ends = sorted(r.x1 for r in in_col)
        right[column] = ends[int(0.9 * (len(ends) - 1))]
    runs = [g for r in body for g in r.runs]
    total = _chars_of(runs) or 1
    return _Stats(
        body_size=body_size,
        pitch=pitch,
        left=left,
        right=right,
        bold_body=_chars_of(list(filter(_BOLD, runs))) > 0.5 * total,
        italic_body=_chars_of(list(filter(_ITALIC, runs))) > 0.5 * total,
    )


def _plain(row: _Row) -> str:
    """The row's text without markers (no footnote numbers known yet), for pattern checks."""
    return _joined(row, frozenset())


def _masthead(page: PageGlyphs, rows: list[_Row], stats: _Stats) -> None:
    """First page: chamber mark, chamber name and vergaderjaar (and the Aanhangsel masthead)."""
    if page.number != 1:
        return
    full = sorted(
        r.y for r in page.rules if r.x1 - r.x0 >= 0.6 * page.width and r.y < 0.3 * page.height
    )
    limit = full[1] if len(full) >= 2 else None
    for row in rows:
        if row.role is not None:
            continue
        big = row.size >= 1.6 * stats.body_size and row.order < 0.2 * page.height
        above = limit is not None and row.baseline < limit
        if big or above or _MASTHEAD.fullmatch(_plain(row)):
            row.role = "furniture"
    # masthead items that share a baseline ("Vergaderjaar 2023–2024" beside "Aanhangsel van
    # de Handelingen") are separate statements: one line each, so each reads on its own
    for i in range(len(rows) - 1, -1, -1):
        row = rows[i]
        if row.role == "furniture" and row.order < 0.3 * page.height:
            frags = _fragments(row)
            if len(frags) > 1:
                parts = [_make_row(row.page, f) for f in frags]
                for part in parts:
                    part.role = "furniture"
                rows[i : i + 1] = parts


def _footnotes(page: PageGlyphs, rows: list[_Row], stats: _Stats, continued: bool) -> bool:
    """Mark the footnote block at the foot of the page; say whether there was one.

    The block lies under a short rule at the text column's left (the Kamerstuk layout), or,
    without a rule, is a trailing block of smaller lines that starts with a note number, or
    anyhow when the previous page ended in footnotes (a note running over the page break).
    """
    content = [r for r in rows if r.role is None]
    if not content:
        return False
    small = 0.88 * stats.body_size
    start: int | None = None
    rules = [r for r in page.rules if 15.0 <= r.x1 - r.x0 <= 150.0 and r.y > 0.4 * page.height]
    for rule in sorted(rules, key=lambda r: r.y):
        below = [r for r in content if r.baseline > rule.y]
        above = [r for r in content if r.baseline < rule.y]
        # under a rule, a note may be set only a little smaller than the text (Word: 8 on 9)
        if below and above and all(r.size <= 0.95 * stats.body_size for r in below):
            start = content.index(below[0])
            break
    if start is None:  # no rule: a trailing block of small lines that starts with a number
        k = len(content)
        while k > 0 and content[k - 1].size <= small:
            k -= 1
        numbered = (
            _NUMBER_START.match(content[k].runs[0].text.strip()) if k < len(content) else None
        )
        low = k < len(content) and content[k].order > 0.6 * page.height
        if 0 < k < len(content) and (numbered or (continued and low)):
            start = k
    if start is None:
        return False
    for row in content[start:]:
        row.role = "footnote"
    _footnote_starts(content[start:])
    return True


# a figure's caption: "Figuur 1. Organogram …", "Tabel 2: …"
_CAPTION = re.compile(r"(?:Figuur|Tabel|Grafiek|Afbeelding|Kaart|Schema|Bron)\b.{0,200}")


def _figures(rows: list[_Row], stats: _Stats) -> None:
    """Text inside a figure (the labels of a chart or an organogram) is no running text: three
    or more rows in a row set in type far smaller than the text's, placed freely (hardly any
    of them starts at the text column's left edge, where a table's first column would), with
    their caption."""
    content = [r for r in rows if r.role is None]
    tiny = 0.8 * stats.body_size
    i = 0
    while i < len(content):
        j = i
        while j < len(content) and content[j].size <= tiny:
            j += 1
        block = content[i:j]
        at_left = sum(1 for r in block if abs(r.x0 - stats.left.get(r.column, r.x0 + 9.0)) < 2.0)
        if len(block) >= 3 and at_left <= 0.25 * len(block):
            for row in content[i:j]:
                row.role = "furniture"
            caption = content[j] if j < len(content) else None
            if caption and caption.size < stats.body_size - 0.1:
                caption.role = "furniture" if _CAPTION.fullmatch(_plain(caption)) else None
        i = max(j, i + 1)


def _footnote_starts(block: list[_Row]) -> None:
    """Which footnote rows begin a note: a number run at the note column (hanging indent)."""
    left = min(r.x0 for r in block)
    hanging = any(r.x0 > left + 2.0 for r in block)
    expected: int | None = None
    for row in block:
        first = row.runs[0]
        m = _NUMBER_START.match(first.text.strip() + " ")
        if m is None or row.x0 > left + 1.0:
            continue
        alone = _DIGITS.fullmatch(first.text.strip()) is not None
        # without a hanging indent or a number set apart, a line that merely starts with a
        # number ("2024 …") is told from a new note by the numbering
        numbered = expected is None or int(m.group(1)) == expected
        if alone or hanging or _is_script(first, row) or numbered:
            row.footnote = m.group(1)
            expected = int(m.group(1)) + 1


def _footnote_numbers(per_page: list[list[_Row]]) -> set[str]:
    return {r.footnote for rows in per_page for r in rows if r.footnote}


def _unnoted_marks(per_page: list[list[_Row]]) -> set[str]:
    """Footnote markers of a document that prints no footnotes (a render that left them out):
    raised numbers in the body that, in reading order, count 1, 2, 3 and nothing else. A
    power or a stray raised digit breaks the count, and then none is taken."""
    seen: list[str] = []
    for rows in per_page:
        for row in rows:
            if row.role is not None or _no_scripts(row):
                continue
            before = ""
            for run in row.runs:
                text = run.text.strip()
                if _is_script(run, row) and row.baseline > run.baseline:
                    if not _DIGITS.fullmatch(text) or _UNIT.search(before):
                        return set()
                    seen.append(text)
                before = text or before
    if seen != [str(n) for n in range(1, len(seen) + 1)]:
        return set()
    return set(seen)


def _label_rows(per_page: list[list[_Row]], stats: _Stats) -> None:
    """Rows that start in the label column, left of the text column ("Nr. 963", "27 925")."""
    text_left = stats.left.get(0)
    if text_left is None:
        return
    for rows in per_page:
        for row in rows:
            if row.column == 0 and row.x0 < text_left - 10.0:
                row.label = True


def _render(row: _Row, numbers: set[str]) -> None:
    """Set the row's text (footnote markers in-band) and whether it is wholly bold or italic."""
    runs = row.runs  # (none of them blank: every run shows a character that is not a space)
    plain = _no_scripts(row)
    texts = runs if plain else [g for g in runs if not _is_script(g, row)] or runs
    if len(texts) > 1 and _ITEM_LABEL.fullmatch(texts[0].text.strip()):
        # a list item's number or bullet is often set upright before italic (quoted) text:
        # the item is in the style of its words, as its continuation lines are
        texts = texts[1:]
    row.bold = all(map(_BOLD, texts))
    row.italic = all(map(_ITALIC, texts))
    row.text = _joined_plain(row, runs) if plain and row.footnote is None else _joined(row, numbers)


def _joined(row: _Row, numbers: set[str] | frozenset[str]) -> str:
    """Join the row's runs: a space where the PDF leaves a word gap, markers for footnotes."""
    if row.footnote is None and _no_scripts(row):
        return _joined_plain(row)
    parts: list[str] = []
    prev: Glyph | None = None
    prev_mark = False
    skip_first = row.footnote is not None
    for run in row.runs:
        if not run.text.strip():
            continue
        text = run.text
        mark = False
        if skip_first:
            number = row.footnote or ""
            text = number + " " + text.strip()[len(number) :].lstrip()
            skip_first = False
        elif row.role != "footnote" and _is_script(run, row) and row.baseline > run.baseline:
            found = _MARKS.fullmatch(text.strip())
            nums = _DIGITS.findall(text) if found else []
            unit = len(nums) == 1 and nums[0] in "23" and _UNIT.search("".join(parts))
            if nums and all(n in numbers for n in nums) and not unit:
                text = "".join(marker(n) for n in nums) + (" " if text.endswith(" ") else "")
                mark = True
        if prev is not None and not (parts[-1].endswith(" ") or text.startswith(" ")):
            gap = run.x0 - prev.x1
            after_script = prev_mark or _is_script(prev, row)
            if after_script:
                # the space after a marker is set in the marker's small size (Word)
                need = MARK_GAP * prev.size
            elif mark or _is_script(run, row):
                need = MARK_GAP * row.size
            else:
                need = WORD_GAP * row.size
            if gap > need:
                parts.append(" ")
        parts.append(text)
        prev, prev_mark = run, mark
    return _squeezed("".join(parts))


def _squeezed(text: str) -> str:
    """Each stretch of white space one space, none at the ends: what ``re.sub(r"\\s+", " ",
    text).strip()`` gives (str.split and the pattern's class know the same white space), at
    less cost, for every row."""
    return " ".join(text.split())


def _joined_plain(row: _Row, runs: list[Glyph] | None = None) -> str:
    """``_joined`` of a row without super- or subscripts and footnote number: a space wherever
    the gap between two runs is wider than a word gap. (A space next to one a run has already
    comes out once, as every run of spaces does.) ``runs``: the row's runs that are not blank,
    where the caller has them."""
    if runs is None:
        runs = [g for g in row.runs if g.text.strip()]
    need = WORD_GAP * row.size
    parts: list[str] = []
    x1 = 0.0
    for run in runs:
        text = run.text
        if parts and run.x0 - x1 > need:
            parts.append(" ")
        parts.append(text)
        x1 = run.x1
    return _squeezed("".join(parts))


def _first_word_width(row: _Row) -> float:
    """Estimated width of the row's first word, or the words tied to it (see ``first_unit``):
    the run's mean character width times their length."""
    run = row.runs[0]
    word = first_unit(row.text) if row.text else ""
    per_char = (run.x1 - run.x0) / max(1, len(run.text.rstrip()))
    return per_char * len(word)


def _would_fit(prev: _Row, row: _Row, stats: _Stats) -> bool:
    """The row's first word would have fitted at the end of ``prev``: so prev ended a paragraph."""
    if not prev.text or prev.text.endswith("-") or not row.text:
        return False
    right = stats.right.get(prev.column, prev.x1)
    slack = right - prev.x1
    return _first_word_width(row) + 0.28 * row.size < slack - 0.5 * row.size


def _flow(per_page: list[list[_Row]], stats: _Stats) -> None:
    """Gaps, paragraph starts, headings and page starts for the body rows, in reading order."""
    body_size = stats.body_size
    prev: _Row | None = None
    for rows in per_page:
        page_first = True
        for row in rows:
            if row.role in ("furniture", "letterhead"):
                continue
            if page_first and row.page > 1:
                row.page_start = True
            new_page = page_first and prev is not None
            page_first = False
            if row.role == "footnote":
                row.starts_paragraph = row.footnote is not None
                continue
            if prev is not None and not new_page and prev.column == row.column:
                step = row.baseline - prev.baseline
                row.gap_before = step > GAP_STEPS * stats.pitch * max(1.0, row.size / body_size)
            elif prev is not None and not new_page:
                row.gap_before = False
            row.starts_paragraph = _starts(prev, row, stats)
            prev = row
    _headings(per_page, stats)


def _short(row: _Row, stats: _Stats) -> bool:
    """The row ends well before its column's right edge."""
    return row.x1 < stats.right.get(row.column, row.x1) - 2 * row.size


def _starts(prev: _Row | None, row: _Row, stats: _Stats) -> bool:
    if prev is None or row.gap_before or row.label:
        return True
    if prev.label and prev.bold == row.bold and prev.page == row.page:
        return False  # "ZAKEN" under "Nr. 963 BRIEF VAN … BUITENLANDSE": the title goes on
    bold, italic = _style_over(prev, row.x0)
    if (bold != row.bold or italic != row.italic) and _short(
        prev if bold or italic else row, stats
    ):
        return True  # into or out of a short styled line: a heading, a label
    if prev.underline and not row.underline and prev.starts_paragraph and _short(prev, stats):
        return True  # out of a short underlined line that stands alone: a heading
    if abs(prev.size - row.size) > 0.1 * stats.body_size:
        return True
    if _table_rows(prev, row):
        return True
    if _BULLET.match(row.text) and (
        row.text[0] in "•·▪◦‣●■□"
        or _BULLET.match(prev.text)
        or prev.text.rstrip(_CLOSE).endswith((".", ":", ";", ",", "!", "?"))
    ):
        # a dash or "3)" also stands inside a sentence wrapped before it ("(Volksgezondheid,
        # Welzijn en Sport" / "– Jeugd, Preventie en Sport)"): an item only after a finished
        # clause or another item; a bullet glyph always is one
        return True
    return _would_fit(prev, row, stats)


def _style_over(prev: _Row, x: float) -> tuple[bool, bool]:
    """Whether ``prev`` is bold and italic above a line that starts at ``x``. A line indented
    under the text of a label ("Agendapunt:", an item's number) goes on from that text, so
    the label's own style is left out."""
    if x <= prev.x0 + 1.0 or len(prev.runs) < 2:
        return prev.bold, prev.italic
    runs = [g for g in prev.runs if g.x0 >= x - 1.0 and not _is_script(g, prev)]
    if not runs or len(runs) == len(prev.runs):
        return prev.bold, prev.italic
    return all(map(_BOLD, runs)), all(map(_ITALIC, runs))


def _table_rows(prev: _Row, row: _Row) -> bool:
    """Two rows of a table: each is cut into cells by wide gaps, and a cell of the one starts
    or ends where a cell of the other does (the text column's left edge aside, which every
    line shares). A table row is a line of its own, however close the next one is set."""
    if len(prev.runs) < 2 or len(row.runs) < 2 or prev.column != row.column:
        return False
    above, below = _fragments(prev), _fragments(row)
    if len(above) < 2 or len(below) < 2:
        return False
    edges = {round(x) for f in above[1:] for x in (f[0].x0, max(map(_X1, f)))}
    return any(
        round(x) + d in edges
        for f in below[1:]
        for x in (f[0].x0, max(map(_X1, f)))
        for d in (-1, 0, 1)
    )


def _headings(per_page: list[list[_Row]], stats: _Stats) -> None:
    """A heading: a body-size line wholly in italic, bold or underlined, standing alone between
    paragraphs. A question-and-answer label ("Vraag 1", "Antwoord op vraag 1") is a heading by
    itself, and what follows it is text even when it is set in the same style (a question
    printed in bold under its label)."""
    body = [r for rows in per_page for r in rows if r.role is None]
    after_label = False
    for i, row in enumerate(body):
        styled = (
            (row.italic and not stats.italic_body)
            or (row.bold and not stats.bold_body)
            or row.underline
        )
        # (a label in the running font is left to the body stage, which reads it from the text)
        if styled and row.starts_paragraph and QA_LABEL.fullmatch(row.text) and i + 1 < len(body):
            row.heading = True
            body[i + 1].starts_paragraph = True
            after_label = True
            continue
        if row.starts_paragraph and after_label:
            after_label = False
            continue
        if not styled or row.label or not row.text or row.text[-1] in ",;":
            continue
        if not 0.9 * stats.body_size <= row.size <= 1.25 * stats.body_size:
            continue
        # the heading block: this row and its continuation rows in the same style
        if not row.starts_paragraph:
            continue
        j = i
        while j + 1 < len(body) and not body[j + 1].starts_paragraph and j - i <= 2:
            j += 1
        if j - i > 2:
            continue
        block = body[i : j + 1]
        if len(block) > 1 and block[-1].text.endswith("."):
            continue  # a sentence set in bold over several lines, not a heading
        if any(
            b.label or b.bold != row.bold or b.italic != row.italic or b.underline != row.underline
            for b in block
        ):
            continue
        if j + 1 < len(body) and not body[j + 1].starts_paragraph:
            continue
        if j + 1 >= len(body):
            continue  # nothing follows: a closing line, not a heading
        preceded_by_label = i > 0 and body[i - 1].label and body[i - 1].page == row.page
        if preceded_by_label and not row.gap_before:
            continue
        for b in block:
            b.heading = True
        body[j + 1].starts_paragraph = True


def _to_line(row: _Row) -> Line:
    return Line(
        text=row.text,
        page=row.page,
        gap_before=row.gap_before,
        role=row.role,
        heading=row.heading,
        starts_paragraph=row.starts_paragraph,
        page_start=row.page_start,
        bold=row.bold,
        italic=row.italic,
        size=round(row.size, 2),
        x0=round(row.x0, 2),
        box=(
            round(row.x0, 1),
            round(row.baseline - 0.85 * row.size, 1),
            round(row.x1, 1),
            round(row.baseline + 0.25 * row.size, 1),
        ),
    )
