"""rich's layout of lines and tables, for (text, style) pieces, without rich's ``Text`` or console.

``lkj-tui status`` printed its summary as rich ``Text`` lines and tables through a rich console;
``rich.text`` and ``rich.console`` (with ``rich.style``, the colours, the theme…) and the console's
renderable pipeline were ≈ 10 % of the command (docs/performance.md, "plainstatus"). Here a line
is a list of pieces (``cli/plain.py``'s ``Piece``: text, style name), laid out with the same steps
as rich — ``Text.wrap`` (rich's own ``divide_line``, then ``rstrip_end``, ``truncate``, ``pad_left``)
and ``Table``'s column widths, cell padding, box and alignment — and painted by ``plain.Painter``
(the colour sequences rich writes for these style names). What it prints is what rich printed,
less the trailing spaces, and but for one thing: a line of text and the line under a row never
break between a number and its "%" (``plain.glue_units``), where rich could. ``tests/test_status.py``
compares the two on random lines and tables.

The pieces must be clean (``clean_line``: no line break, tab or control character).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from itertools import pairwise
from typing import TYPE_CHECKING, Literal

from rich._wrap import divide_line
from rich.cells import cell_len, set_cell_size

from lkj_tui.cli.plain import UNIT_GLUE, Painter, Piece, glue_units
from lkj_tui.core.i18n import tr
from lkj_tui.core.numbers import format_id
from lkj_tui.core.sanitize import clean_line

if TYPE_CHECKING:
    from lkj_tui.core.scales import Scales

#: One style per rating band; the label is always printed too, so colour is never the only signal.
RATING_STYLES = {
    "Sangat Tinggi": "bold green",
    "Tinggi": "green",
    "Sedang": "yellow",
    "Rendah": "dark_orange",
    "Sangat Rendah": "bold red",
}
#: The same styles by tone (1 best … 5 worst): a region's own labels are coloured by their place.
TONE_STYLES = ("bold green", "green", "yellow", "dark_orange", "bold red")
UNDER_MARK = "▼"
#: What parts the line under a table's row on an output that is not UTF-8, where its " · " would
#: be written " - " ("-> 86,36 % v - Minimal 3,226": a minus) and a "|" would read as a rule.
NOTE_SEP = " / "
#: :data:`UNDER_MARK` as a non-UTF-8 pipe writes it (``output.FALLBACK``): a "v" after a capaian
#: ("n/a (tidak tercapai) v", "92,01 % v"), kept on its line as "▼" is
#: (compiled on first use, by ``re``'s cache)
_ASCII_MARK = r"(?<=[)%]) v(?= |\Z)"


def rating_style(label: str | None, scales: Scales | None = None) -> str:
    """The style of a rating label: the five defaults by name, any other by its place in
    ``scales`` (no style for a label the scales do not know)."""
    if label is None:
        return ""
    if scales is None:
        return RATING_STYLES.get(label, "")
    from lkj_tui.core.scales import rating_tone

    tone = rating_tone(label, scales)
    return "" if tone is None else TONE_STYLES[tone - 1]


def rating_label(label: str, scales: Scales | None, lang: str) -> str:
    """A rating label in ``lang``: the band's own English label when the scales give one."""
    if lang == "en" and scales is not None:
        return clean_line(scales.label_en(label))
    return clean_line(tr(label, lang))


#: At most this many characters of one field in a line or a cell (a megabyte-long name would take
#: rich seconds to wrap into thousands of lines; ``--json`` and the export carry the whole text).
CELL_LIMIT = 1000


def pct(value: Decimal | None) -> str:
    return "—" if value is None else f"{format_id(value)} %"


Justify = Literal["left", "right"]
Overflow = Literal["fold", "ellipsis"]

#: A table's column is at least as wide as its widest word up to this many cells, where the
#: terminal leaves the room (a word wider, a hostile code's, may be cut with "…"): Indonesian's
#: long words ("pertanggungjawaban"), a Rupiah amount of trillions, a long value's first digits
#: (cut at ``CELL_ROOM`` with its length: "(200" and "digit)" are words of their own).
WORD_ROOM = 18

#: rich's ``HEAVY_HEAD`` box (show_edge=False): the header's divider, the rows', the rule's parts;
#: and rich's ``ASCII`` box, which it uses when the output is not UTF-8 (``Box.substitute``).
_HEAVY_HEAD = ("┃", "│", "━", "╇")
_ASCII = ("|", "|", "-", "+")


class Styled:
    """A line of text and its styles (start, end, style name: not overlapping), with the few
    ``rich.text.Text`` methods its wrapping uses, doing what they do."""

    __slots__ = ("plain", "spans")

    def __init__(self, plain: str, spans: list[tuple[int, int, str]]) -> None:
        self.plain, self.spans = plain, spans

    @classmethod
    def of(cls, pieces: Sequence[Piece]) -> Styled:
        spans, at = [], 0
        for text, style in pieces:
            if style and text:
                spans.append((at, at + len(text), style))
            at += len(text)
        return cls("".join(text for text, _ in pieces), spans)

    def divide(self, offsets: list[int]) -> list[Styled]:
        bounds = [0, *offsets, len(self.plain)]
        return [
            Styled(
                self.plain[a:b],
                [(max(s, a) - a, min(e, b) - a, st) for s, e, st in self.spans if s < b and e > a],
            )
            for a, b in pairwise(bounds)
        ]

    def _set(self, plain: str) -> None:
        """``Text.plain = plain``: the spans cut to a shorter text."""
        if len(plain) < len(self.plain):
            end = len(plain)
            self.spans = [(s, min(e, end), st) for s, e, st in self.spans if s < end]
        self.plain = plain

    def rstrip_end(self, size: int) -> None:
        excess = len(self.plain) - size
        if excess > 0:
            spaces = len(self.plain) - len(self.plain.rstrip())
            if spaces:
                self._set(self.plain[: len(self.plain) - min(spaces, excess)])

    def truncate(
        self, width: int, overflow: Overflow, pad: bool = False, ellipsis: str = "…"
    ) -> None:
        size = cell_len(self.plain)
        if size > width:
            if overflow == "ellipsis":
                n = cell_len(ellipsis)  # ("..." on an output that is not UTF-8)
                cut = ellipsis[:width] if n > 1 and width < n else None
                self._set(
                    cut if cut is not None else set_cell_size(self.plain, width - n) + ellipsis
                )
            else:
                self._set(set_cell_size(self.plain, width))
        if pad and size < width:
            self.plain += " " * (width - size)

    def pad_left(self, count: int) -> None:
        if count > 0:
            self.plain = " " * count + self.plain
            self.spans = [(s + count, e + count, st) for s, e, st in self.spans]

    def fit(self, width: int) -> Styled:
        """Cut or padded to ``width`` cells (``Segment.adjust_line_length``)."""
        size = cell_len(self.plain)
        if size > width:
            self._set(set_cell_size(self.plain, width))
        elif size < width:
            self.plain += " " * (width - size)
        return self

    def paint(self, painter: Painter, strip: bool = True) -> str:
        """The line with its colour sequences (none off a terminal); ``strip``: without its
        trailing spaces."""
        plain = self.plain.rstrip() if strip else self.plain
        if not painter.styled or not self.spans:
            return plain
        out, at = [], 0
        for s, e, style in self.spans:
            if s >= len(plain):
                break
            out += [plain[at:s], painter.paint(plain[s:e], style)]
            at = min(e, len(plain))
        out.append(plain[at:])
        return "".join(out)


def wrap(
    line: Styled,
    width: int,
    justify: Justify | None = None,
    overflow: Overflow = "fold",
    no_wrap: bool = False,
    units: bool = False,
    ellipsis: str = "…",
    marks: bool = False,
) -> list[Styled]:
    """``Text.wrap`` (rich) of one line: broken at ``width`` cells (a word longer than a line
    folded, or cut with ``ellipsis`` for ``overflow="ellipsis"``), each line justified (padded to
    ``width``) when ``justify`` is given; ``units``: never between a number and its "%"
    (``plain.glue_units``), where rich would break; ``marks``: nor before an under-target mark
    (a row's note: "92,01 % ▼", never "▼" alone on the next line) or a separator of its parts
    (" · ", " / ": at a line's end, not its start)."""
    if no_wrap:
        lines = [Styled(line.plain, line.spans)]
    else:
        plain = glue_units(line.plain) if units else line.plain
        if marks and f" {UNDER_MARK}" in plain:
            plain = plain.replace(f" {UNDER_MARK}", UNIT_GLUE + UNDER_MARK)
        elif marks and " v" in plain:  # (the mark on a non-UTF-8 pipe, a word of its own: "v")
            plain = re.sub(_ASCII_MARK, UNIT_GLUE + "v", plain)
        if marks:  # (a part's " · " ends a line, never starts one: "▼" / "· 3,22")
            plain = plain.replace(" · ", UNIT_GLUE + "· ").replace(NOTE_SEP, UNIT_GLUE + "/ ")
        lines = line.divide(divide_line(plain, width, fold=overflow == "fold"))
        for part in lines:
            part.rstrip_end(width)
    for part in lines:
        if justify == "left":
            part.truncate(width, overflow, pad=True, ellipsis=ellipsis)
        elif justify == "right":
            part._set(part.plain.rstrip())
            part.truncate(width, overflow, ellipsis=ellipsis)
            part.pad_left(width - cell_len(part.plain))
        part.truncate(width, overflow, ellipsis=ellipsis)
    return lines


class Hanging(list[Piece]):
    """A line of pieces whose later lines, when it wraps, go on after ``hang`` spaces (an
    under-target item of ``status`` under its text, not at column 0 under its "▼"); ``whole``:
    parts of it never broken inside (a rating: "Sangat" / "Tinggi" read as two; "← IKU" / "1")."""

    def __init__(
        self,
        pieces: Sequence[Piece],
        hang: int,
        whole: Sequence[str] = (),
        apart: Sequence[list[Piece]] = (),
    ) -> None:
        super().__init__(pieces)
        self.hang, self.whole = hang, tuple(part for part in whole if " " in part)
        #: the lines it is printed as instead when it is wider than a line (its commands, broken
        #: between their words at 40 columns or followed by ", tombol" at 80, could not be
        #: copied as a line); an :class:`Unbroken` one (a command) stands whole however wide
        self.apart = tuple(apart)


#: The gap between the parts of a row's note, "Dicetak lain: …   Target lain: …" (``status``):
#: where the note is wider than its line, each part starts a line of its own (:func:`note_parts`;
#: "Target lain" went on in the middle of the line "Dicetak lain" wrapped to).
PARTS_GAP = "   "


def note_parts(note: Sequence[Piece]) -> list[list[Piece]]:
    """``note``'s parts, split at each :data:`PARTS_GAP` piece."""
    parts: list[list[Piece]] = [[]]
    for piece in note:
        if piece[0] == PARTS_GAP:
            parts.append([])
        else:
            parts[-1].append(piece)
    return parts


class Unbroken(list[Piece]):
    """A line printed whole however wide (a command of its own: the terminal wraps it and
    copies it as one line, as ``output.say_lines`` prints one); pieces without a line break."""


def text_lines(painter: Painter, pieces: Sequence[Piece], width: int | None = None) -> list[str]:
    """A line of pieces as rich's console prints a ``Text``: wrapped at the console's width. A
    :class:`Hanging` line is broken at its spaces as ``Painter.lines`` breaks a line (linear: no
    rich ``divide_line`` per line), its later lines after its hang (none on a terminal of less
    than three times it)."""
    width = painter.width if width is None else width
    if width < 1:  # rich renders nothing in less than a cell
        return []
    line = Styled.of(painter.narrow(pieces))
    if cell_len(line.plain) <= width:
        return [line.paint(painter)]
    if isinstance(pieces, Unbroken):
        return [line.paint(painter)]
    if isinstance(pieces, Hanging):
        hang = pieces.hang if pieces.hang * 3 < width else 0
        if pieces.apart:  # (wider than the line: its commands each on a line of their own)
            return [each for part in pieces.apart for each in text_lines(painter, part, width)]
        whole = [part for part in pieces.whole if cell_len(part) <= width - hang]  # (else cut)
        text, style = pieces[0]  # (its leading spaces kept: " ▼ …")
        lead = text[: len(text) - len(text.lstrip(" "))]
        rest = [(text[len(lead) :], style), *pieces[1:]]
        return painter.lines(rest, hang, [(lead, "")] if lead else (), whole, width)
    return [part.paint(painter) for part in wrap(line, width, units=True)]


# --------------------------------------------------------------------------- tables


def cells(text: str) -> int:
    """``rich.cells.cell_len``; printable ASCII is one cell a character."""
    return len(text) if text.isascii() and text.isprintable() else cell_len(text)


class Table:
    """A table of pieces printed as rich's ``Table(show_edge=False, pad_edge=False,
    expand=False)`` (``HEAVY_HEAD``, a bold header, no outer edge) is, with a line under a row when
    it has a note. The column widths are worked out as rich does (``_calculate_column_widths``: each
    cell's ``Measurement``, ``_collapse_widths``, ``ratio_reduce``), in plain arithmetic."""

    def __init__(self) -> None:
        self.headers: list[str] = []
        self.justify: list[Justify] = []
        self.no_wrap: list[bool] = []
        self.rows: list[list[list[Piece]]] = []
        self.notes: dict[int, list[Piece]] = {}  # row index → a line under the row
        #: (column, cells): when the terminal leaves that column fewer cells, each row is a card
        #: (:meth:`cards`) instead: a name folded to "Perse…" / "pelay…" reads as nothing.
        self.least: tuple[int, int] | None = None
        #: True: printed as cards whatever the widths (:meth:`lines`); None: as :attr:`least` says.
        self.carding: bool | None = None
        self._laid: tuple[int, list[list[Styled]], list[int]] | None = None  # (width, rows, widths)
        #: The columns at the width laid out cut a word of up to :data:`WORD_ROOM` cells.
        self.cuts = False

    def add_column(self, header: str, *, justify: Justify = "left", no_wrap: bool = False) -> None:
        self.headers.append(header)
        self.justify.append(justify)
        self.no_wrap.append(no_wrap)

    def add_row(self, *row: list[Piece], note: list[Piece] | None = None) -> None:
        """A row; ``note``: a line drawn under it across the whole table (wrapped, indented by
        two cells), so what does not fit a column is never cut or dropped."""
        assert len(row) == len(self.headers)
        if note and any(text for text, _ in note):
            self.notes[len(self.rows)] = note
        self.rows.append(list(row))

    def lines(self, painter: Painter, utf8: bool = True, width: int | None = None) -> list[str]:
        """The table's lines, at most ``width`` cells (the painter's) wide; ``utf8``: the output
        takes UTF-8 (else rich draws the table with ASCII characters)."""
        width = painter.width if width is None else width
        count = len(self.headers)
        if width < 1:  # rich renders nothing in less than a cell
            return []
        rows, widths = self._measured(painter, width)
        if self.carding or (self.carding is None and self.carded(widths)):
            cards = self.cards(painter.sep)
            return [line for card in cards for line in text_lines(painter, card, width)]
        table_width = sum(widths) + count - 1
        head, mid, rule, cross = _HEAVY_HEAD if utf8 else _ASCII
        ellipsis = "…".translate(painter.ascii) if painter.ascii else "…"
        out: list[str] = []
        for index, row in enumerate(rows):
            drawn = [
                self._cell(cell, i, w, ellipsis)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            ]
            height = max(1, *(len(c) for c in drawn))
            for i, c in enumerate(drawn):  # the header at the bottom, the cells at the top
                blank = [Styled(" " * widths[i], [])] * (height - len(c))
                drawn[i] = blank + c if index == 0 else c + blank
            divider = head if index == 0 else mid
            for n in range(height):
                parts = [c[n] for c in drawn]
                line = Styled(
                    divider.join(p.plain for p in parts),
                    [
                        (s + at, e + at, st)
                        for p, at in zip(parts, _starts(parts, len(divider)), strict=True)
                        for s, e, st in p.spans
                    ],
                )
                out.append(
                    line.fit(width).paint(painter) if table_width > width else line.paint(painter)
                )
            note = self.notes.get(index - 1) if index else None
            if note is not None:
                indent = 2 if table_width > 12 else 0
                if painter.ascii is not None:  # (not "-", a minus, nor "|", a column rule)
                    note = [(NOTE_SEP if text == " · " else text, st) for text, st in note]
                note = painter.narrow(note, in_table=True)
                at = max(1, table_width - indent)
                wrapped = wrap(Styled.of(note), at, units=True, marks=True)
                if len(wrapped) > 1 and len(parts := note_parts(note)) > 1:
                    lines = (wrap(Styled.of(p), at, units=True, marks=True) for p in parts)
                    wrapped = [line for each in lines for line in each]
                for part in wrapped:
                    part.pad_left(indent)
                    out.append(
                        part.fit(width).paint(painter)
                        if cells(part.plain) > width
                        else part.paint(painter)
                    )
            if index == 0:
                out.append(cross.join(rule * w for w in widths)[:width].rstrip())
        return out

    def _measured(self, painter: Painter, width: int) -> tuple[list[list[Styled]], list[int]]:
        """The header and the rows as laid out, and the columns' widths in ``width`` cells (kept
        for the next call at this width: :meth:`wants_cards`, then :meth:`lines`)."""
        if self._laid is not None and self._laid[0] == width:
            return self._laid[1], self._laid[2]
        count, self.cuts = len(self.headers), False
        headers = (
            [h.translate(painter.ascii) for h in self.headers] if painter.ascii else self.headers
        )
        rows = [[Styled(h, [(0, len(h), "bold")] if h else []) for h in headers]]
        rows += [[Styled.of(painter.narrow(c, in_table=True)) for c in row] for row in self.rows]
        measures = [[_text_width(row[i].plain) for row in rows] for i in range(count)]
        widths = self._widths(measures, width - (count - 1))
        if sum(widths) + count - 1 >= width:  # (narrowed: a word it would cut, kept whole)
            words = [max(_word_width(row[i].plain) for row in rows) for i in range(count)]
            widths = self._words_whole(widths, measures, words, width - (count - 1))
        self._laid = (width, rows, widths)
        return rows, widths

    def wants_cards(self, painter: Painter) -> bool:
        """Whether the table is printed as cards at the painter's width (:attr:`least`)."""
        return painter.width >= 1 and self.carded(self._measured(painter, painter.width)[1])

    def carded(self, widths: list[int]) -> bool:
        """Whether a table of these column widths is printed as cards (:attr:`least`)."""
        return self.least is not None and (widths[self.least[0]] < self.least[1] or self.cuts)

    def cards(self, sep: str = " · ") -> list[Hanging]:
        """Each row as lines of words: its first two cells (a kode and a name), then under them
        every other cell after its header, ``sep`` between them ("Target 87,07% · Realisasi
        68,66% · Capaian 78,86 % ▼ · Tinggi": the last, the rating, is its own word; " | " on
        an output that is not UTF-8: "Capaian 78,86 % v | Tinggi"; left out where it is "—",
        no rating, which the capaian says: "Capaian tidak terukur" went on to a line of its own,
        "    · —"), then its note (its parts parted by ``sep`` too); each wrapped under its
        start."""
        out: list[Hanging] = []
        for index, row in enumerate(self.rows):
            head = [
                (text, "bold" if n == 0 else style)
                for n, c in enumerate(row[:2])
                for text, style in c
            ]
            if row[0] and row[1]:
                head.insert(len(row[0]), (" ", ""))
            code = sum(cells(text) for text, _ in row[0])
            out.append(Hanging(head, code + 1 if code and row[1] else 2))  # (the name under it)
            figures: list[Piece] = [("  ", "")]
            rated = len(row) < 4 or [text for text, _ in row[-1]] != ["—"]
            for n, cell in enumerate(row[2:] if rated else row[2:-1], 2):
                if len(figures) > 1:
                    figures.append((sep, "dim"))
                if n < len(row) - 1 and self.headers[n]:  # (the last, the rating: its word)
                    figures.append((f"{self.headers[n]} ", "dim"))
                figures += cell
            out.append(Hanging(figures, 4, [text for text, _ in row[-1]]))
            note = self.notes.get(index)
            if note is not None:  # (its " · " as ``sep`` too: no column rule here to mistake)
                parted = [(sep if text == " · " else text, style) for text, style in note]
                parts = note_parts(parted)
                apart = [Hanging([("    ", ""), *p], 4) for p in parts] if len(parts) > 1 else []
                out.append(Hanging([("    ", ""), *parted], 4, apart=apart))
        return out

    def _cell(self, cell: Styled, index: int, width: int, ellipsis: str = "…") -> list[Styled]:
        """The lines of one cell: rich's ``Padding`` of a ``Text`` in a column ``width`` cells
        wide (each line cut or padded to the padding's inner width, then to the column's)."""
        left, right = self._pads(index)
        inner = width - left - right
        if inner < 1:  # rich renders nothing in less than a cell
            return []
        lines = wrap(
            cell, inner, self.justify[index], "ellipsis", self.no_wrap[index], ellipsis=ellipsis
        )
        for line in lines:
            line.fit(inner)
            line.pad_left(left)
            line.plain += " " * right
            line.fit(width)
        return lines

    def _pads(self, index: int) -> tuple[int, int]:
        """Left and right padding of a column: 1 each, none at the table's outer edges."""
        return (0 if index == 0 else 1), (0 if index == len(self.headers) - 1 else 1)

    def _measure_column(self, columns: list[list[int]], index: int, max_width: int) -> int:
        """``Table._measure_column(...).maximum``: the widest cell with its padding (rich's
        ``Measurement`` of a ``Padding`` of a ``Text``), at most ``max_width``. (The minimum, the
        longest word, changes nothing here: no column has a minimum width.)"""
        if max_width < 1:
            return 0
        left, right = self._pads(index)
        extra = left + right
        if max_width - extra < 1:  # Padding.__rich_measure__
            return max_width
        return min(max(columns[index], default=max_width), max_width - extra) + extra

    def _words_whole(
        self, widths: list[int], columns: list[list[int]], words: list[int], max_width: int
    ) -> list[int]:
        """``widths`` (rich's), or where they would cut a word that the table has room for
        ("Jumlah" / "administra…" / "kependuduk…" at 80 columns, a composite target beside it),
        the wrapable columns narrowed to one width, the same for the widest, each at least as
        wide as its widest word (up to :data:`WORD_ROOM`): "administrasi" whole, the target
        folded at its commas. Where the words do not all fit, rich's widths and :attr:`cuts`
        (``status`` prints its IKU as cards then: no word cut with "…")."""
        full = [self._measure_column(columns, i, max_width) for i in range(len(widths))]
        least = [
            w if no_wrap else min(w, min(word, WORD_ROOM) + sum(self._pads(i)))
            for i, (w, word, no_wrap) in enumerate(zip(full, words, self.no_wrap, strict=True))
        ]
        if all(map(int.__ge__, widths, least)):
            return widths
        if sum(least) > max_width:
            self.cuts = True  # (a table with :attr:`least` is then printed as cards)
            return widths
        pairs = list(zip(least, full, strict=True))
        level = max(full)  # (the widest a column may be: lowered till the table fits)
        while level > 0 and sum(max(lo, min(f, level)) for lo, f in pairs) > max_width:
            level -= 1
        out = [max(lo, min(f, level)) for lo, f in pairs]
        spare = max_width - sum(out)
        for i, f in enumerate(full):  # (what is left, a cell each to the first at the level)
            if spare > 0 and out[i] == level < f:
                out[i], spare = level + 1, spare - 1
        return out

    def _widths(self, columns: list[list[int]], max_width: int) -> list[int]:
        count = len(columns)
        widths = [self._measure_column(columns, i, max_width) or 1 for i in range(count)]
        if sum(widths) > max_width:
            widths = _collapse(widths, [not nw for nw in self.no_wrap], max_width)
            if sum(widths) > max_width:  # last resort, reduce columns evenly
                excess = sum(widths) - max_width
                widths = _ratio_reduce(excess, [1] * count, widths, widths)
            widths = [self._measure_column(columns, i, w) or 0 for i, w in enumerate(widths)]
        return widths


def _word_width(plain: str) -> int:
    """``Text.__rich_measure__(...).minimum``: the widest word, in cells."""
    return max(map(cells, plain.split()), default=0)


def _text_width(plain: str) -> int:
    """``Text.__rich_measure__(...).maximum``: the longest line, in cells."""
    lines = plain.splitlines()
    return max(map(cells, lines)) if lines else 0


def _starts(parts: list[Styled], gap: int) -> list[int]:
    out, at = [], 0
    for part in parts:
        out.append(at)
        at += len(part.plain) + gap
    return out


def _collapse(widths: list[int], wrapable: list[bool], max_width: int) -> list[int]:
    """``Table._collapse_widths``: narrow the widest wrapable columns until the table fits."""
    total = sum(widths)
    excess = total - max_width
    if any(wrapable):
        while total and excess > 0:
            widest = max(w for w, wrap in zip(widths, wrapable, strict=True) if wrap)
            second = max(
                w if wrap and w != widest else 0 for w, wrap in zip(widths, wrapable, strict=True)
            )
            difference = widest - second
            ratios = [int(w == widest and wrap) for w, wrap in zip(widths, wrapable, strict=True)]
            if not any(ratios) or not difference:
                break
            widths = _ratio_reduce(excess, ratios, [min(excess, difference)] * len(widths), widths)
            total = sum(widths)
            excess = total - max_width
    return widths


def _ratio_reduce(
    total: int, ratios: list[int], maximums: list[int], values: list[int]
) -> list[int]:
    """``rich._ratio.ratio_reduce``."""
    ratios = [ratio if limit else 0 for ratio, limit in zip(ratios, maximums, strict=True)]
    total_ratio = sum(ratios)
    if not total_ratio:
        return values[:]
    remaining = total
    result: list[int] = []
    for ratio, maximum, value in zip(ratios, maximums, values, strict=True):
        if ratio and total_ratio > 0:
            distributed = min(maximum, round(ratio * remaining / total_ratio))
            result.append(value - distributed)
            remaining -= distributed
            total_ratio -= ratio
        else:
            result.append(value)
    return result
