"""Rich renderables shared by the CLI commands. User text always enters as ``Text`` (never markup)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.box import HEAVY_HEAD
from rich.padding import Padding
from rich.segment import Segment
from rich.style import Style
from rich.text import Span, Text

from lkj_tui.cli.layout import (  # (the helpers that need no rich, for every command)
    CELL_LIMIT,
    UNDER_MARK,
    Columns,
    cells,
    pct,
    rating_label,
    rating_style,
)
from lkj_tui.core.i18n import tr
from lkj_tui.core.sanitize import clean, clean_line

if TYPE_CHECKING:
    from rich.console import Console, ConsoleOptions

    from lkj_tui.core.achievement import Achievement
    from lkj_tui.core.scales import Scales


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


# --------------------------------------------------------------------------- the table

_NULL = Style.null()


class Grid(Columns):
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
        super().__init__()
        self.rows: list[tuple[Text, ...]] = []
        self.notes: dict[int, Text] = {}  # row index → a line under the row, the table's width

    def add_row(self, *cells: Text, note: Text | None = None) -> None:
        """A row; ``note``: a line drawn under it across the whole table (wrapped, indented), so
        what does not fit a column is never cut or dropped."""
        assert len(cells) == len(self.headers)
        if note is not None and note.plain:
            self.notes[len(self.rows)] = clean_text(note)
        self.rows.append(tuple(map(clean_text, cells)))

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
            and cells(plain) <= inner
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
            shift = inner - cells(stripped)
            plain = " " * shift + stripped
            if shift:
                spans = [Span(s + shift, e + shift, st) for s, e, st in spans]
        else:  # Text.truncate(pad=True)
            plain += " " * (inner - cells(plain))
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
