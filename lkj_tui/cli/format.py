"""Rich renderables shared by the CLI commands. User text always enters as ``Text`` (never markup)."""

from __future__ import annotations

from decimal import Decimal
from itertools import pairwise
from typing import TYPE_CHECKING, Literal

from rich._wrap import divide_line
from rich.box import ASCII, HEAVY_HEAD
from rich.cells import cell_len
from rich.color import ColorSystem
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text

from lkj_tui.core.i18n import tr
from lkj_tui.core.numbers import format_id
from lkj_tui.core.sanitize import clean, clean_line

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions

    from lkj_tui.cli.output import Terminal
    from lkj_tui.core.achievement import Achievement
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


def safe(text: str | None, limit: int | None = CELL_LIMIT) -> Text:
    """User or report text as a literal, cleaned, one-line ``Text``."""
    return Text(clean_line(text or "", limit))


def clean_text(text: Text) -> Text:
    """``text`` without escapes, control or bidi characters (:func:`clean`), its styles kept.
    The commands pass every line they print through it, and :meth:`Grid.add_row` every cell, so a
    field put in a ``Text`` without :func:`safe` is cleaned before rich lays it out."""
    plain = text.plain
    if plain.isprintable() or clean(plain) == plain:
        return text
    bounds = sorted({i for span in text.spans for i in (span.start, span.end)})
    out = text.blank_copy()
    for piece in text.divide(bounds):
        start = len(out)
        out.append(clean(piece.plain))
        for span in piece.spans:  # after the division every span covers its whole piece
            out.stylize(span.style, start, len(out))
    return out


def pct(value: Decimal | None) -> str:
    return "—" if value is None else f"{format_id(value)} %"


def capaian_cell(ach: Achievement | None, lang: str) -> Text:
    if ach is None or ach.rounded is None:
        return Text(tr("no_capaian", lang), style="dim")
    text = Text(pct(ach.rounded))
    if ach.under_target:
        text.append(f" {UNDER_MARK}", style="bold red")
    return text


def rating_cell(
    ach: Achievement | None, lang: str, scales: Scales | None = None, limit: int | None = None
) -> Text:
    """The rating's label in its colour, cut to ``limit`` characters (with "…")."""
    if ach is None or ach.rating is None:
        return Text("—", style="dim")
    label = rating_label(ach.rating, scales, lang)
    if limit is not None and len(label) > limit:
        label = clean_line(label, limit)
    return Text(label, style=rating_style(ach.rating, scales))


# --------------------------------------------------------------------------- lines and tables


# What rich treats specially in a line: breaks, tabs, the controls ``Text`` strips, and the zero
# width joiner and variation selector 16, with which rich's cell width of a string is not the sum
# of its parts' (so where rich cuts it into segments matters).
_SPECIAL = "\n\t\r\x07\x08\x0b\x0c\u200d\ufe0f"


def _plain_line(plain: str) -> bool:
    """True when ``plain`` has none of the characters above: one line, as wide as its parts."""
    return not any(c in plain for c in _SPECIAL)


# --------------------------------------------------------------------------- plain printing

_SYSTEMS = {
    "standard": ColorSystem.STANDARD,
    "256": ColorSystem.EIGHT_BIT,
    "truecolor": ColorSystem.TRUECOLOR,
}


class Printer:
    """The lines rich's ``Console.print`` writes for a ``Text`` (wrapped at the terminal's width,
    coloured only on a terminal, with rich's own colour sequences), made without a console:
    ``lkj-tui status`` prints without importing ``rich.console`` or going through its
    renderable pipeline (docs/performance.md, "plainstatus"). Each line is the one rich prints
    less its trailing spaces; ``tests/test_status.py`` compares the two on random text."""

    def __init__(self, terminal: Terminal) -> None:
        self.width = terminal.width
        self.encoding = terminal.encoding
        dumb = terminal.is_dumb_terminal
        self.system = None if dumb else _SYSTEMS.get(terminal.color_system or "")
        self.no_color = terminal.no_color
        self._styles: dict[tuple[str | Style, ...], Style] = {}

    def lines(self, text: Text) -> list[str]:
        """``text`` (cleaned: :func:`clean_text`) wrapped at the terminal's width."""
        if self.width < 1:  # rich renders nothing in less than a cell
            return []
        return [self.paint(line) for line in wrap(text, self.width)]

    def paint(self, line: Text, width: int | None = None) -> str:
        """One line: cut to ``width`` cells (the console cuts what is wider than it), its trailing
        spaces dropped, with colour sequences for its styles (``Text.render``, then each piece's
        ``Style.render`` as the console writes it)."""
        if width is not None and cell_len(line.plain) > width:
            line.truncate(width, overflow="crop")
        line.rstrip()
        plain = line.plain
        if self.system is None or not plain:
            return plain
        spans = [Span(0, len(plain), line.style), *line.spans] if line.style else line.spans
        if not spans:
            return plain
        # Text.render: the styles over each run between span edges, combined in span order
        edges = sorted(
            [(0, False, -1), (len(plain), True, -1)]
            + [(span.start, False, i) for i, span in enumerate(spans)]
            + [(span.end, True, i) for i, span in enumerate(spans)],
            key=lambda e: (e[0], e[1]),
        )
        out: list[str] = []
        stack: list[int] = []
        for (at, leaving, index), (following, _, _) in pairwise(edges):
            if index >= 0:
                if leaving:
                    stack.remove(index)
                else:
                    stack.append(index)
            if following > at:
                style = self._style(tuple(spans[i].style for i in sorted(stack)))
                out.append(style.render(plain[at:following], color_system=self.system))
        return "".join(out)

    def _style(self, names: tuple[str | Style, ...]) -> Style:
        style = self._styles.get(names)
        if style is None:
            style = Style.combine(
                [_NULL, *(s if isinstance(s, Style) else Style.parse(s) for s in names)]
            )
            if self.no_color:
                style = style.without_color
            self._styles[names] = style
        return style


def wrap(
    text: Text,
    width: int,
    justify: str = "default",
    overflow: Literal["fold", "crop", "ellipsis"] = "fold",
    no_wrap: bool = False,
) -> list[Text]:
    """The lines of ``Text.wrap`` (rich), which needs no console: rich's asks it only to justify
    "full", which this does not do."""
    out: list[Text] = []
    for part in text.split(allow_blank=True) if "\n" in text.plain else [text]:
        if "\t" in part.plain:
            part = part.copy()
            part.expand_tabs(8)
        if no_wrap:
            lines = [part.copy()]
        else:
            lines = list(part.divide(divide_line(part.plain, width, fold=overflow == "fold")))
            for line in lines:
                line.rstrip_end(width)
        if justify == "left":
            for line in lines:
                line.truncate(width, overflow=overflow, pad=True)
        elif justify == "right":
            for line in lines:
                line.rstrip()
                line.truncate(width, overflow=overflow)
                line.pad_left(width - cell_len(line.plain))
        for line in lines:
            line.truncate(width, overflow=overflow)
        out += lines
    return out


def _fitted(line: Text, width: int) -> Text:
    """``line`` cut or padded to ``width`` cells (``Segment.adjust_line_length``)."""
    size = cell_len(line.plain)
    if size > width:
        line.truncate(width, overflow="crop")
        size = cell_len(line.plain)
    if size < width:
        line.pad_right(width - size)
    return line


# --------------------------------------------------------------------------- the table

Justify = Literal["left", "right"]
_NULL = Style.null()


class Grid:
    """Prints exactly what ``rich.table.Table(show_edge=False, pad_edge=False)`` prints (same
    segments, so the same characters and styles), for string headers and ``Text`` cells.

    rich's ``Table`` measures and renders every cell through its generic renderable pipeline
    (``Padding`` → ``Text.wrap`` → lines → crop → shape), twice for the measuring: ≈ 30 ms for the
    few tables of one report. Here the widths are computed with the same rules (Measurement,
    collapse, ratio_reduce) in plain arithmetic, and a cell that fits on one line is drawn directly;
    only a cell that must wrap or be cut goes through rich's own pipeline, as in ``Table``.
    ``tests/test_status.py`` compares the two on random tables.
    """

    def __init__(self) -> None:
        self.headers: list[str] = []
        self.justify: list[Justify] = []
        self.no_wrap: list[bool] = []
        self.min_width: list[int | None] = []
        self.rows: list[tuple[Text, ...]] = []
        self.notes: dict[int, Text] = {}  # row index → a line under the row, the table's width

    def add_column(
        self,
        header: str,
        *,
        justify: Justify = "left",
        no_wrap: bool = False,
        min_width: int | None = None,
    ) -> None:
        self.headers.append(header)
        self.justify.append(justify)
        self.no_wrap.append(no_wrap)
        self.min_width.append(min_width)

    def add_row(self, *cells: Text, note: Text | None = None) -> None:
        """A row; ``note``: a line drawn under it across the whole table (wrapped, indented), so
        what does not fit a column is never cut or dropped."""
        assert len(cells) == len(self.headers)
        if note is not None and note.plain:
            self.notes[len(self.rows)] = clean_text(note)
        self.rows.append(tuple(map(clean_text, cells)))

    # ---- widths (rich.table.Table._calculate_column_widths for expand=False)

    def _pads(self, index: int) -> tuple[int, int]:
        """Left and right padding of a column: 1 each, none at the table's outer edges."""
        return (0 if index == 0 else 1), (0 if index == len(self.headers) - 1 else 1)

    @staticmethod
    def _text_measure(plain: str) -> tuple[int, int]:
        """``Text.__rich_measure__``: the longest word and the longest line (word <= line: a line
        break is whitespace, so no word spans two lines)."""
        lines = plain.splitlines()
        hi = max(map(_cell_len, lines)) if lines else 0
        words = plain.split()
        return (max(map(_cell_len, words)) if words else hi), hi

    @staticmethod
    def _measure_cell(measure: tuple[int, int], max_width: int, extra: int) -> tuple[int, int]:
        """``Measurement.get(console, options, Padding(text, …))`` at ``max_width``, from the
        text's own measure (0 <= minimum <= maximum, which the normalising steps keep so)."""
        if max_width < 1:
            return 0, 0
        if max_width - extra < 1:  # Padding.__rich_measure__
            return max_width, max_width
        lo, hi = measure
        if hi < 1:  # Measurement.get of the Text: nothing to show
            lo = hi = 0
        lo, hi = min(lo, max_width) + extra, min(hi, max_width) + extra
        return min(lo, max_width), min(hi, max_width)  # Padding, then Measurement.get of it

    def _measure_column(
        self, columns: list[list[tuple[int, int]]], index: int, max_width: int
    ) -> int:
        """``Table._measure_column(...).maximum``."""
        if max_width < 1:
            return 0
        left, right = self._pads(index)
        extra = left + right
        measured = [self._measure_cell(m, max_width, extra) for m in columns[index]]
        lo = max(m[0] for m in measured) if measured else 1
        hi = max(m[1] for m in measured) if measured else max_width
        lo, hi = min(lo, max_width), min(hi, max_width)
        if (min_width := self.min_width[index]) is not None:  # Measurement.clamp
            floor = max(0, min_width + extra)
            lo, hi = max(lo, floor), max(hi, floor)
        return hi

    def _widths(self, columns: list[list[tuple[int, int]]], max_width: int) -> list[int]:
        count = len(columns)
        widths = [self._measure_column(columns, i, max_width) or 1 for i in range(count)]
        if sum(widths) > max_width:
            widths = _collapse(widths, [not nw for nw in self.no_wrap], max_width)
            if sum(widths) > max_width:  # last resort, reduce columns evenly
                excess = sum(widths) - max_width
                widths = _ratio_reduce(excess, [1] * count, widths, widths)
            widths = [self._measure_column(columns, i, w) or 0 for i, w in enumerate(widths)]
        return widths

    # ---- drawing (rich.table.Table._render)

    def _cell(
        self,
        console: Console,
        options: ConsoleOptions,
        text: Text,
        index: int,
        width: int,
        style: Style,
    ) -> list[list[Segment]]:
        """The lines of one cell, exactly as ``Table`` renders it (``Padding`` + ``Text``)."""
        left, right = self._pads(index)
        inner = width - left - right
        plain = text.plain
        fits = (
            inner >= 1
            and text.justify is None
            and text.overflow is None
            and text.no_wrap is None
            and _plain_line(plain)
            and len(plain) <= inner  # (else Text.rstrip_end may cut trailing spaces)
            and _cell_len(plain) <= inner
        )
        if not fits:
            cell_options = options.update(
                width=width,
                justify=self.justify[index],
                no_wrap=self.no_wrap[index],
                overflow="ellipsis",
                height=None,
                highlight=False,
            )
            return console.render_lines(
                Padding(text, (0, right, 0, left)), cell_options, style=style
            )
        spans = text.spans
        if self.justify[index] == "right":  # Lines.justify: rstrip, then pad on the left
            stripped = plain.rstrip()
            if len(stripped) < len(plain):  # Text._trim_spans
                end = len(stripped)
                spans = [Span(s, min(e, end), st) for s, e, st in spans if s < end]
            shift = inner - _cell_len(stripped)
            plain = " " * shift + stripped
            if shift:
                spans = [Span(s + shift, e + shift, st) for s, e, st in spans]
        else:  # Text.truncate(pad=True)
            plain += " " * (inner - _cell_len(plain))
        if text.style:  # Text.join turns the line's own style into a span over all of it
            spans = [Span(0, len(plain), text.style), *spans]
        if spans:
            rendered = list(Text(plain, spans=list(spans)).render(console))
        else:
            rendered = [Segment(plain)]
        if style:  # Segment.apply_style
            rendered = [Segment(t, style + s) for t, s, _ in rendered]
        line = [Segment(" " * left, style)] if left else []
        line += rendered
        if right:
            line.append(Segment(" " * right, style))
        return [line]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> list[Segment]:
        count = len(self.headers)
        if not count:
            return [Segment("\n")]
        headers = [
            # what render_str makes of a header without markup or emoji codes, without loading
            # rich's emoji table (≈ 3 ms) to find there are none
            Text(h) if "[" not in h and ":" not in h else console.render_str(h, highlight=False)
            for h in self.headers
        ]
        rows: list[tuple[Text, ...]] = [tuple(headers), *self.rows]
        columns = [[self._text_measure(row[i].plain) for row in rows] for i in range(count)]
        extra_width = count - 1  # the dividers between columns; no outer edge
        max_width = options.max_width
        widths = self._widths(columns, max_width - extra_width)
        options = options.update(width=sum(widths) + extra_width, highlight=False, height=None)
        box = HEAVY_HEAD.substitute(options, safe=console.safe_box)
        border = console.get_style("none") + console.get_style("")
        header_style = console.get_style("table.header") + console.get_style("")
        cell_style = console.get_style("")
        new_line = Segment.line()
        last_row = len(rows) - 1
        out: list[Segment] = []
        for index, row in enumerate(rows):
            style = (header_style if index == 0 else cell_style) + _NULL
            cells = [
                self._cell(console, options, cell, i, w, style)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            ]
            row_height = max(len(c) for c in cells)
            height = max(1, row_height)  # a row has one line at least, even if empty
            if any(len(c) != height for c in cells):  # header at the bottom, cells at the top
                align = Segment.align_bottom if index == 0 else Segment.align_top
                cells = [
                    Segment.set_shape(align(c, w, row_height, style), w, height)
                    for c, w in zip(cells, widths, strict=True)
                ]
            vertical = (
                box.head_vertical
                if index == 0
                else (box.foot_vertical if index == last_row else box.mid_vertical)
            )
            divider = Segment(vertical, border)
            if not vertical.strip():
                divider = Segment(vertical, _NULL.background_style + border)
            for line_no in range(height):
                for i, cell_lines in enumerate(cells):
                    out += cell_lines[line_no]
                    if i < count - 1:
                        out.append(divider)
                out.append(new_line)
            note = self.notes.get(index - 1) if index else None
            if note is not None:
                out += self._note(console, options, note, sum(widths) + extra_width)
            if index == 0:
                out.append(Segment(box.get_row(widths, "head", edge=False), border))
                out.append(new_line)
        if sum(widths) + extra_width > max_width:
            # wider than the console (columns that may not wrap): the console cuts every line,
            # and where it cuts depends on the segments (a zero-width character just past the
            # cut stays with a segment that began before it): keep rich's segments then
            return out
        return _join_plain(out)

    def lines(self, printer: Printer) -> list[str]:
        """The lines rich prints for this table (:meth:`__rich_console__`), made by ``printer``
        without a console: the same widths, each cell wrapped as rich wraps it (``Padding`` of a
        ``Text``), the same box; headers are plain text (no markup)."""
        count = len(self.headers)
        if printer.width < 1:  # rich renders nothing in less than a cell
            return []
        if not count:
            return [""]
        rows: list[tuple[Text, ...]] = [tuple(Text(h, style="bold") for h in self.headers)]
        rows += self.rows
        columns = [[self._text_measure(row[i].plain) for row in rows] for i in range(count)]
        width = printer.width
        widths = self._widths(columns, width - (count - 1))
        table_width = sum(widths) + count - 1
        box = HEAVY_HEAD if printer.encoding.startswith("utf") else ASCII  # Box.substitute
        out: list[str] = []
        for index, row in enumerate(rows):
            cells = [
                self._plain_cell(cell, i, w)
                for i, (cell, w) in enumerate(zip(row, widths, strict=True))
            ]
            height = max(1, *(len(c) for c in cells))
            if any(len(c) != height for c in cells):  # header at the bottom, cells at the top
                for i, c in enumerate(cells):
                    blank = [Text(" " * widths[i]) for _ in range(height - len(c))]
                    lines = blank + c if index == 0 else c + blank
                    cells[i] = [_fitted(line, widths[i]) for line in lines]
            if index == 0:
                divider = Text(box.head_vertical)
            else:
                divider = Text(box.foot_vertical if index == len(rows) - 1 else box.mid_vertical)
            for n in range(height):
                out.append(printer.paint(divider.join(c[n] for c in cells), width))
            note = self.notes.get(index - 1) if index else None
            if note is not None:
                indent = 2 if table_width > 12 else 0
                for line in wrap(note, max(1, table_width - indent)):
                    out.append(printer.paint(Text(" " * indent).append_text(line), width))
            if index == 0:
                out.append(printer.paint(Text(box.get_row(widths, "head", edge=False)), width))
        return out

    def _plain_cell(self, text: Text, index: int, width: int) -> list[Text]:
        """The lines of one cell (``Padding(text)`` in a table column ``width`` cells wide, each
        line cut or padded to the padding's inner width, then to the column's)."""
        left, right = self._pads(index)
        inner = width - left - right
        if inner < 1:  # rich renders nothing in less than a cell
            return []
        lines = wrap(text, inner, self.justify[index], "ellipsis", self.no_wrap[index])
        padded = (Text(" " * left).append_text(_fitted(line, inner)) for line in lines)
        return [_fitted(line.append(" " * right), width) for line in padded]

    @staticmethod
    def _note(console: Console, options: ConsoleOptions, note: Text, width: int) -> list[Segment]:
        """A row's note: wrapped to the table's width, indented by two cells."""
        indent = 2 if width > 12 else 0
        note_options = options.update(width=max(1, width - indent), no_wrap=False, highlight=False)
        out: list[Segment] = []
        for line in console.render_lines(note, note_options, pad=False):
            out.append(Segment(" " * indent))
            out += line
            out.append(Segment.line())
        return out


def _join_plain(segments: list[Segment]) -> list[Segment]:
    """Adjacent unstyled segments as one: the console writes them as the same text, and has
    fewer segments to go through."""
    out: list[Segment] = []
    plain: list[str] = []
    for segment in segments:
        if segment.style or segment.control:
            if plain:
                out.append(Segment("".join(plain)))
                plain = []
            out.append(segment)
        else:
            plain.append(segment.text)
    if plain:
        out.append(Segment("".join(plain)))
    return out


def _cell_len(text: str) -> int:
    """``rich.cells.cell_len``; printable ASCII is one cell a character."""
    return len(text) if text.isascii() and text.isprintable() else cell_len(text)


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
