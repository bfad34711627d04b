"""The right pane: everything about the selected node.

Every piece of report or user text is cleaned and placed into ``Content`` as data, never markup;
styles are theme variables, so a theme switch keeps the rating colours readable.

The pane is one line-API widget of a fixed size that scrolls itself (keys when focused, the mouse
wheel) and draws its own scroll bar: :meth:`DetailPane.show` renders the parts into lines once, and
scrolling or a repaint only copies them out. Showing another node therefore changes no widget's
size, not even a scroll bar's, and costs no relayout of the screen: only the pane repaints.

A mouse drag selects text as in Textual's own widgets, in the pane's lines as shown (a wrapped
line copies with its break): the lines Textual asks for outside a paint (the compositor, to find
the character under the mouse) carry each character's place, ``(x, line)``; the painted ones do
not need it and are drawn without (see :meth:`DetailPane.render_line`). A drag that leaves the
pane above or below scrolls it, a line at a time while the mouse stays there, and selects to the
edge line (:meth:`DetailPane.on_mouse_move`): Textual's own auto-scroll moves only widgets that
scroll through Textual, which this one does not.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Offset, Region
from textual.selection import Selection  # imported by textual.screen already
from textual.strip import Strip
from textual.style import Style as VisualStyle
from textual.visual import Visual, VisualType, visualize
from textual.widget import Widget

from lkj_tui.core.evaluate import (
    Evaluated,
    Evaluation,
    conflict_figures,
    group_conflicts,
    printed_words,
)
from lkj_tui.core.i18n import (
    achievement_text,
    explained,
    field_label,
    figure_said,
    table_name,
    target_said,
    tr,
    verdict_text,
)
from lkj_tui.core.model import LINK_KEY, Item, Measure, Node, Report
from lkj_tui.core.numbers import format_id, grouped
from lkj_tui.core.sanitize import clean, clean_line
from lkj_tui.core.scales import Scales, rating_tone
from lkj_tui.tui.components.tree import UNDER_MARK
from lkj_tui.tui.components.whole import NO_BREAK, wrap_whole
from lkj_tui.tui.text import t

if TYPE_CHECKING:
    from textual.timer import Timer

    from lkj_tui.core.achievement import Achievement
    from lkj_tui.core.reviu import Finding, Places  # imported when the reviu's findings arrive
    from lkj_tui.core.triwulan import QuarterCapaian
    from lkj_tui.tui.components.years import YearsContext, YearsPart  # (see years_of)

#: A rating's label up to this long is kept on one line ("Sangat Rendah", "Very low"); a longer
#: one (a scale of the report's own) wraps between its words
RATING_WHOLE = 24


RATING_STYLE = {
    "Sangat Tinggi": "$text-success bold",
    "Tinggi": "$text-success",
    "Sedang": "$text-warning",
    "Rendah": "$text-error",
    "Sangat Rendah": "$text-error bold",
}
TONE_STYLE = tuple(RATING_STYLE.values())  # by rating_tone 1 (best) … 5 (worst): any scale's labels


def rating_style(label: str, scales: Scales | None) -> str:
    """The style of a rating label: by its place in the report's scales (a region's own labels
    too), else the default five by name."""
    tone = rating_tone(label, scales) if scales is not None else None
    return TONE_STYLE[tone - 1] if tone is not None else RATING_STYLE.get(label, "")


LABEL = "$text-muted"
#: At most this many characters of a one-line field, and of a paragraph, in the pane: the pane
#: wraps and draws every line of what it shows, and a megabyte name made 64,000 lines (14 s on
#: the node; issue 11). The edit dialogs, the export and ``status --json`` carry the whole text.
FIELD_LIMIT = 2_000
TEXT_LIMIT = 20_000


def _line(text: str) -> str:
    """A value or name from the report on a line of its own sentence: cleaned, at most 80 chars."""
    return clean_line(text, 80)


def _verdict_whole(explanation: str, lang: str) -> str:
    """The explanation's closing verdict kept whole: "di bawah target." never "di bawah" above
    "target." (tui32, at 80×24), nor "Kategori" apart from its rating ("Kategori Rendah,")."""
    from lkj_tui.core.messages import MESSAGES

    at = 1 if lang == "en" else 0
    for key in ("not_met", "under", "met", "on"):  # (not_met ends as under does: first)
        phrase = f", {MESSAGES[key][at]}."
        if explanation.endswith(phrase):
            cut = len(explanation) - len(phrase)
            start = explanation.rfind(f" {tr('rating', lang)} ", max(cut - 60, 0), cut)
            rated = explanation[start + 1 : cut + 1] if start >= 0 else ""  # "Kategori Tinggi,"
            head = explanation[: start + 1] if start >= 0 else explanation[: cut + 1]
            # (each kept whole on its own: the two together are wider than the pane at 80)
            said = ", ".join(part.replace(" ", NO_BREAK) for part in phrase[2:].split(", "))
            return head + rated.replace(" ", NO_BREAK) + " " + said
    return explanation


def _formula_whole(explanation: str) -> str:
    """The explanation with its formula's "× 100" kept whole: "dibagi target 49,93 ×" above
    "100 (makin tinggi makin baik)" at 60×20 (tui45). The command line says it as it is."""
    return explanation.replace(" × 100", f" ×{NO_BREAK}100")


def _cut(text: str) -> str:
    """A paragraph cut at TEXT_LIMIT characters (with "…")."""
    return text if len(text) <= TEXT_LIMIT else text[: TEXT_LIMIT - 1] + "…"


NEWLINE = Content("\n")

#: the parts of the pane, top to bottom (each followed by a blank line)
PARTS = ("head", "measure", "years", "explain", "reviu", "problems", "solutions", "info")
#: the parts whose words are the indicator's values or ours: a word wider than the pane is a
#: value there, cut with its length as ``set`` and ``check`` cut it ("Tercapaiaaa… (200
#: karakter)"; it filled seven lines of the pane at 80×24). Not the names, the texts nor the
#: info, where a long word (an address) is read whole, folded.
VALUE_PARTS = frozenset({"measure", "years", "explain", "reviu"})


def field(
    label: str,
    value: str | Content | None,
    style: str = "",
    whole: bool = False,
    numbered: bool = False,
) -> Content:
    """``label: value``, the label's last word kept on the line of the value's first (tui31: at
    80 columns in English "Actual (Realisasi) 2024:" ended a line, its "2,48" alone on the next;
    now "Actual (Realisasi)" / "2024: 2,48"); ``whole``: a short value (a figure) kept on one
    line ("13 Unit"), where a name breaks ("Penanggung jawab: Bagian" / "Tapem"); ``numbered``: a
    word kept with the number after it ("Sumber tabel: Tabel" above "3.2.1.1.1" at 80 columns)."""
    if isinstance(value, Content):
        shown = value
    else:
        text = clean_line(value or "", FIELD_LIMIT) or "—"
        if whole and len(text) <= SHORT_VALUE:  # (where the line holds it: wrap_whole)
            text = text.replace(" ", NO_BREAK)
        elif numbered:
            text = NUMBER_AFTER.sub(NO_BREAK, text)
        shown = Content.styled(text, style)
    return Content.assemble((f"{label}:{NO_BREAK}", LABEL), shown)


#: A space before a number (a table's, a section's): kept as a no-break space
NUMBER_AFTER = re.compile(r" (?=\d)")

#: A field's value up to this long is kept on one line with its label's last word
SHORT_VALUE = 20


def under_mark(lang: str) -> str:
    """ "  ▼ di bawah target" after a capaian, kept whole (it broke before "target")."""
    return "  " + f"{UNDER_MARK} {tr('under_target', lang)}".replace(" ", NO_BREAK)


def info_label(key: str, lang: str) -> str:
    """A label for an ``info`` key: the known ones translated, others spelled out ("nama tabel 2.2")."""
    for known in (t(f"info_{key}", lang), tr(key, lang)):
        if known not in (key, f"info_{key}"):
            return known
    return clean_line(
        re.sub(r"(?<=\d)_(?=\d)", ".", key).replace("_", " "), FIELD_LIMIT
    ).capitalize()


class Numbered:
    """A titled, numbered list with hanging indents, laid out for the pane's width (Content, not a
    Rich table: it is rendered on every cursor rest). Entry texts are data."""

    def __init__(self, title: str, items: tuple[Item, ...], empty: str) -> None:
        self.title, self.empty = title, empty
        self.texts = [_cut(clean(item.text).strip()) or "—" for item in items]

    def layout(self, width: int) -> Content:
        lines = [Content.styled(self.title, "bold")]
        if not self.texts:
            lines.append(Content.styled(self.empty, "dim italic"))  # flush, as the pane's lines
        room = max(width - 5, 10)
        for i, text in enumerate(self.texts, 1):
            wrapped = [w for para in text.splitlines() for w in wrap_whole(Content(para), room)]
            for j, line in enumerate(wrapped or [Content("")]):
                lead = (f"{i:>3}. ", "dim") if j == 0 else "     "
                lines.append(Content.assemble(lead, line))
        return NEWLINE.join(lines)


def numbered(title: str, items: tuple[Item, ...], empty: str) -> Numbered:
    return Numbered(title, items, empty)


class DetailPane(Widget, can_focus=True):
    """Detail of one node; call :meth:`show` with its evaluation."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up,k", "scroll(-1)", "Up", show=False),
        Binding("down,j", "scroll(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown,space", "page(1)", "Page down", show=False),
        Binding("home,g", "scroll(-1_000_000)", "Top", show=False),
        Binding("end,G", "scroll(1_000_000)", "Bottom", show=False),
        Binding("ctrl+c", "app.copy", "copy", show=False),  # LkjApp.action_copy
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {"detail--bar", "detail--thumb", "detail--rule"}
    DEFAULT_CSS = """
    DetailPane > .detail--bar { color: $scrollbar-background; }
    DetailPane > .detail--thumb { color: $scrollbar; }
    DetailPane > .detail--rule { color: $primary 30%; }
    """
    DRAG_SCROLL = 1 / 20  # seconds a line while a drag rests above or below the pane
    BAR = "▐"  # the scroll bar's column: the thumb in one colour, the track in another
    RULE = "▏"  # the first column: the line between the tree and the pane (cheaper drawn here
    # than as the tree's border, which Textual adds to every tree line it paints)

    def __init__(self, lang: str = "id", **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self.tahun = 0
        self.periode = (0, 0)
        self.findings: dict[str | None, list[Finding]] = {}  # the reviu's, per node (tui/reviu.py)
        self.places: Places | None = None  # where a row is, as check says it (with findings)
        self.evaluation: Evaluation | None = None  # printed figures, conflicts, quarters
        self._heads: tuple[Report, set[str]] | None = None  # ids' shared beginnings (_node_ref)
        self.top = 0  # the first line shown
        #: the open report and the store's other years of its instansi (tui/components/years.py)
        self.years_context: YearsContext | None = None
        self._own_years: Report | None = None  # the report whose own years come first (years_of)
        self._parts: list[tuple[str, VisualType | Numbered | YearsPart]] = []
        self._lines: list[Strip] = []
        self._spans: dict[str, tuple[int, int]] = {}  # part → its lines [start, end)
        self._width = 0
        self._shown: list[tuple[Strip, Segment]] = []  # the rows on screen (see _rows)
        self._strips: dict[int, Strip] = {}  # the rows as drawn
        self._lead: list[Segment] = []  # the rule and the blank cell that start every row
        self._painting = False  # in render_lines: the lines need no places for the mouse
        self._selection: Selection | None = None  # the mouse's selection in the pane, if any
        self._anchor: Offset | None = None  # a drag's start, (character, line), while it lasts
        self._drag_step = 0  # a drag past the edge: -1 up, 1 down, 0 inside
        self._drag_timer: Timer | None = None
        #: the finding to scroll to at the next layout (:meth:`scroll_to_finding`)
        self._to_finding: Finding | None = None
        self._node: Node | None = None  # the node shown
        self.set_reactive(Widget.auto_links, False)  # no links here: no link styling per line

    # ------------------------------------------------------------------ public

    def use(self, evaluation: Evaluation) -> None:
        """Show nodes of this evaluation (a report opened, reloaded or changed in structure): its
        year, Renstra period, printed figures, conflicts and quarters."""
        meta = evaluation.report.meta
        self.tahun, self.periode, self.evaluation = meta.tahun, meta.periode, evaluation

    def show(self, ev: Evaluated | None, empty: str = "") -> None:
        """Show ``ev`` (or, for None, the ``empty`` message), scrolled to the top."""
        if ev is None:
            message = Content.styled(empty or t("no_report", self.lang), LABEL)
            self._parts, self._node = [("head", message)], None
        else:
            self._parts, self._node = self._build(ev), ev.node
        self.top, self._to_finding = 0, None
        self._render_parts()

    def scroll_to_finding(self, finding: Finding) -> None:
        """Scroll to ``finding`` of the node shown (Enter on it in ``v``'s list at 60×20: the
        pane showed the node's top, the finding a Tab and pages below): its section's title
        and it when both fit in the pane, else it first; now, or at the pane's first layout."""
        self._to_finding = finding
        self._render_parts()

    def _finding_top(self, width: int) -> int | None:
        """The line :meth:`scroll_to_finding` asked for, at ``width`` (None: not shown)."""
        finding, self._to_finding = self._to_finding, None
        found = self.findings.get(finding.node)
        if self._node is None or self._node.id != finding.node or not found:
            return None
        if finding not in found or "reviu" not in self._spans:
            return None
        from lkj_tui.tui.reviu import finding_line, section_title

        start = self._spans["reviu"][0]
        title = section_title(self._node, len(found), self.places, self.lang)
        line = start + len(wrap_whole(title, width, self.lang))
        for f in found[: found.index(finding)]:
            line += len(wrap_whole(finding_line(f, None, self.lang, False), width, self.lang))
        return start if line - start < self.content_region.height // 2 else line

    def part_text(self, part: str) -> str:
        """The plain text of one part as shown ("" when the part is not shown)."""
        start, end = self._spans.get(part, (0, 0))
        return "\n".join(strip.text.rstrip() for strip in self._lines[start:end])

    def shows(self, part: str) -> bool:
        return part in self._spans

    @property
    def line_count(self) -> int:
        """How many lines the pane holds (it shows ``content_region.height`` of them)."""
        return len(self._lines)

    @property
    def text(self) -> str:
        """Everything the pane shows, as plain text."""
        return "\n".join(strip.text.rstrip() for strip in self._lines)

    def get_selection(self, selection: Selection) -> tuple[str, str] | None:
        """The selected text as the pane shows it: ``selection`` holds (character, line) places in
        the pane's lines (the whole pane for select-all). Not ``Selection.extract`` over
        :attr:`text`: it splits at every character ``str.splitlines`` breaks at."""
        lines = [strip.text.rstrip() for strip in self._lines]
        if not lines:
            return None
        x1, y1 = (0, 0) if selection.start is None else selection.start
        x2, y2 = (len(lines[-1]), len(lines) - 1) if selection.end is None else selection.end
        if y1 >= len(lines):
            return "", "\n"
        if y1 == y2:
            return lines[y1][x1:x2], "\n"
        last = min(y2, len(lines) - 1)
        end_line = lines[last][:x2] if last == y2 else lines[last]
        return "\n".join([lines[y1][x1:], *lines[y1 + 1 : last], end_line]), "\n"

    def selection_updated(self, selection: Selection | None) -> None:
        """The mouse's selection changed: repaint with its highlight."""
        self._selection = selection
        self._strips = {}
        self.refresh()

    # ------------------------------------------------------------------ line API
    def _render_parts(self, repaint: bool = True) -> None:
        """Render every part at the current width; the lines are kept until the next show.

        Not while the pane is out of the DOM (before its mount, after its unmount): Textual
        clears an unmounted widget's component styles, and drawing then raised ``KeyError:
        'detail--rule'`` (a reviu result or a timer arriving as the app shut down). The parts
        are kept and laid out at the next paint."""
        if not self.is_attached:
            self._width = -1  # render_line lays the parts out at its first call
            self._shown, self._strips = [], {}
            return
        # the rule and a blank cell on the left, the text, a blank cell and the scroll bar
        width = self._width = max(self.content_region.width - 4, 0)
        lines: list[Strip] = []
        spans: dict[str, tuple[int, int]] = {}
        if width > 0:
            style = self.visual_style
            blank = Strip([], 0)
            for name, part in self._parts:
                if isinstance(part, Numbered) or name == "years":  # (a YearsPart)
                    part = part.layout(width)
                strips = self._strips_of(part, width, style, name in VALUE_PARTS)
                spans[name] = (len(lines), len(lines) + len(strips))
                lines.extend(strips)
                lines.append(blank)
        self._lines, self._spans = lines, spans
        if self._to_finding is not None and width > 0:
            top = self._finding_top(width)
            self.top = self.top if top is None else top
        if self._selection is not None:  # it held places in the lines that are gone
            self._selection = None
            self.screen.selections.pop(self, None)
        self.top = self._clamp(self.top)
        self._repaint(refresh=repaint)

    def _strips_of(
        self, part: VisualType, width: int, style: VisualStyle, words: bool = False
    ) -> list[Strip]:
        """The lines of one part. Content is wrapped and styled directly: Visual.to_strips also
        marks every segment with its place *in its part* for the mouse selection, which the pane
        gives in its own lines and only when asked (:meth:`render_line`), and it would draw a
        selection's highlight into the part's lines."""
        if not isinstance(part, Content):
            visual = visualize(self, part, markup=False)
            return Visual.to_strips(self, visual, width, None, style, apply_selection=False)
        return [  # as long as Textual makes it: a span may split a cluster (emoji joined by ZWJ)
            Strip(
                [Segment(text, s.rich_style) for text, s in line.render(style, end="")],
                line.cell_length,
            )
            for line in wrap_whole(part, width, self.lang, words)  # "95,55 %" whole (ov13)
        ]

    def _clamp(self, top: int) -> int:
        return max(0, min(top, len(self._lines) - self.content_region.height))

    def _rows(self) -> list[tuple[Strip, Segment]]:
        """The lines on screen now, each with its cell of the scroll bar."""
        width, height = self._width, self.content_region.height
        style = self.visual_style.rich_style
        total = len(self._lines)
        track = thumb = Segment(" ", style)
        size = start = 0
        if total > height > 0:  # a thumb as long as the share shown, where the shown lines are
            size = max(1, height * height // total)
            start = (height - size) * self.top // max(total - height, 1)
            track = Segment(self.BAR, style + self._part_style("detail--bar"))
            thumb = Segment(self.BAR, style + self._part_style("detail--thumb"))
        self._lead = [
            Segment(self.RULE, style + self._part_style("detail--rule")),
            Segment(" ", style),
        ]
        blank = Strip.blank(width, style)
        lines = self._lines[self.top : self.top + max(height, 0)]
        lines += [blank] * (max(height, 0) - len(lines))
        return [
            (line, thumb if start <= y < start + size else track) for y, line in enumerate(lines)
        ]

    def _part_style(self, name: str) -> RichStyle:
        return self.get_component_rich_style(name, partial=True)

    def _repaint(self, refresh: bool = True) -> None:
        """Repaint the lines that changed (another indicator shares blank lines, titles…)."""
        if not self.is_attached:  # unmounted: no component styles to draw with (see above)
            self._shown, self._strips = [], {}
            return
        old, self._shown = self._shown, self._rows()
        self._strips = {}
        if not refresh:
            return
        if len(old) != len(self._shown):
            self.refresh()
            return
        if self._selection is not None:  # a highlight moves with its lines: every row
            self.refresh()
            return
        width, start = self.size.width, None
        rows = [before != now for before, now in zip(old, self._shown, strict=True)]
        for y, changed in enumerate([*rows, False]):  # one region per run of changed rows
            if changed and start is None:
                start = y
            elif not changed and start is not None:
                self.refresh(Region(0, start, width, y - start))
                start = None

    def render_lines(self, crop: Region) -> list[Strip]:
        """A paint: its lines are drawn without the places the mouse selection reads."""
        self._painting = True
        try:
            return super().render_lines(crop)
        finally:
            self._painting = False

    def render_line(self, y: int) -> Strip:
        """Row ``y``. Outside a paint (the compositor finding the character under the mouse), each
        segment carries its place as Textual's ``{"offset": (x, line)}``: x counts characters in
        the line, ``line`` is its index in the pane's lines; the rule and the blank cell on the
        left are the line's start. Painted rows carry none: the meta would cost every move and
        split the screen's runs of text, and nothing reads it there."""
        if self._parts and self.content_region.width - 4 != self._width:
            # painted at a new size (the first paint comes before the Resize event): lay out now
            self._render_parts(repaint=False)
        strip = self._strips.get(y)
        if strip is None:
            if y < len(self._shown):
                line, bar = self._shown[y]
                pad = self._width - line.cell_length + 1
                fill = [Segment(" " * pad, self._lead[1].style)] if pad > 0 else []
                strip = Strip([*self._lead, *line, *fill, bar], self._width + 4)
                if self._selection is not None:
                    strip = self._highlighted(strip, line, self.top + y)
            else:
                strip = Strip.blank(self.content_region.width, self.visual_style.rich_style)
            self._strips[y] = strip
        if self._painting or y >= len(self._shown) or self.top + y >= len(self._lines):
            return strip
        index = self.top + y
        start = RichStyle.from_meta({"offset": (0, index)})
        lead = [Segment(segment.text, start) for segment in self._lead]
        return Strip([*lead, *self._shown[y][0].apply_offsets(0, index)])

    def _highlighted(self, strip: Strip, line: Strip, index: int) -> Strip:
        """Row ``strip`` (showing ``line``, the pane's line ``index``) with the mouse selection's
        highlight over the characters selected in it, as Textual's widgets draw it."""
        assert self._selection is not None
        span = self._selection.get_span(index)
        text = line.text
        if span is None:
            return strip
        start, end = span
        end = len(text) if end == -1 else min(end, len(text))
        if start >= end:
            return strip
        cut1, cut2 = 2 + cell_len(text[:start]), 2 + cell_len(text[:end])
        before, selected, after = strip.divide([cut1, cut2, strip.cell_length])
        selection = VisualStyle.from_styles(self.screen.get_component_styles("screen--selection"))
        over = (self.visual_style + selection).rich_style  # its background blended over ours
        colour = selection.foreground is not None and selection.foreground.a > 0  # not transparent
        style = RichStyle(color=over.color if colour else None, bgcolor=over.bgcolor)
        selected = Strip(Segment.apply_style(selected, post_style=style), selected.cell_length)
        return Strip.join([before, selected, after])

    def on_resize(self) -> None:
        if self.content_region.width - 4 != self._width:
            self._render_parts()
        else:
            self.top = self._clamp(self.top)
            self._repaint()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        if self._parts and self.is_mounted:
            self.call_later(self._render_parts)  # a theme switch: new colours

    # ------------------------------------------------------------------ scrolling
    def scroll_lines(self, delta: int) -> None:
        top = self._clamp(self.top + delta)
        if top != self.top:
            self.top = top
            self._repaint()

    def action_scroll(self, delta: int) -> None:
        self.scroll_lines(delta)

    def action_page(self, pages: int) -> None:
        self.scroll_lines(pages * max(self.content_region.height - 1, 1))

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        event.stop()
        self.scroll_lines(3)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        event.stop()
        self.scroll_lines(-3)

    # ------------------------------------------------------------------ a drag past the edge
    def on_mouse_down(self, event: events.MouseDown) -> None:
        """A drag may start: keep the mouse (as Textual's TextArea and Input do) so that its
        moves above or below the pane still come here."""
        if event.button != 1 or not self.app.ENABLE_SELECT_AUTO_SCROLL:
            return
        widget, offset = self.screen.get_widget_and_offset_at(event.screen_x, event.screen_y)
        if widget is self and offset is not None:  # where Textual's selection starts
            self._anchor = offset
            self.capture_mouse()

    def on_mouse_move(self, event: events.MouseMove) -> None:
        """Above or below the pane during a drag: scroll towards the mouse, now and then every
        ``DRAG_SCROLL`` seconds while it stays there; back inside, Textual's selection follows
        the mouse again."""
        if self._anchor is None or self.app.mouse_captured is not self:
            return
        height = self.content_region.height
        self._drag_step = -1 if event.y < 0 else 1 if event.y >= height else 0
        if not self._drag_step:
            self._stop_drag_scroll()
            return
        self._drag_scroll()
        if self._drag_timer is None:
            self._drag_timer = self.set_interval(self.DRAG_SCROLL, self._drag_scroll)

    def on_mouse_up(self) -> None:
        self._end_drag()

    def on_mouse_release(self) -> None:  # the app took the mouse back (a screen opened)
        self._end_drag()

    def _end_drag(self) -> None:
        self._anchor = None
        self._stop_drag_scroll()
        self.release_mouse()

    def _stop_drag_scroll(self) -> None:
        self._drag_step = 0
        if self._drag_timer is not None:
            self._drag_timer.stop()
            self._drag_timer = None

    def _drag_scroll(self) -> None:
        """One line towards the mouse; the selection runs from the drag's start to the edge line
        (its end going down, its start going up), as a text editor selects."""
        anchor, step = self._anchor, self._drag_step
        if anchor is None or not step or not self._lines:
            return
        self.scroll_lines(step)
        height = max(self.content_region.height, 1)
        if step > 0:
            edge = min(self.top + height, len(self._lines)) - 1
            end = Offset(len(self._lines[edge].text.rstrip()), edge)
            selection = (
                Selection.from_offsets(anchor, end) if end.transpose > anchor.transpose else None
            )
        else:
            start = Offset(0, self.top)
            selection = (
                Selection.from_offsets(start, Offset(anchor.x + 1, anchor.y))
                if start.transpose < anchor.transpose
                else None
            )
        if selection is not None:
            self.screen.selections = {self: selection}

    # ------------------------------------------------------------------ the parts
    def years_of(self, report: Report) -> None:
        """Show ``report``'s own years (the store's other years come later, in
        :attr:`years_context`). The years' modules (:mod:`lkj_tui.tui.components.years`,
        :mod:`lkj_tui.core.years`) are imported when a measured node is first shown, not before
        the first frame, whose cursor is on a tujuan: 2.1 % of the bundled report's first frame
        (docs/performance.md, "ff68"); the years' worker imports them 0.3 s later anyway."""
        self.years_context, self._own_years = None, report

    def _years_part(self, ev: Evaluated, lang: str) -> YearsPart | None:
        if self.years_context is None:
            if self._own_years is None:
                return None
            from lkj_tui.tui.components.years import YearsContext

            self.years_context = YearsContext(self._own_years)
        from lkj_tui.tui.components.years import years_part

        return years_part(ev, self.years_context, lang)

    def _build(self, ev: Evaluated) -> list[tuple[str, VisualType | Numbered | YearsPart]]:
        node, lang, m = ev.node, self.lang, ev.node.measure
        head = [
            Content.assemble(
                (tr(node.kind, lang), LABEL),
                ("  " + clean_line(node.code, FIELD_LIMIT), "bold")
                if node.code.strip()
                else ("  " + self._node_ref(node.id).replace(" ", NO_BREAK), LABEL),
            ),
            Content.styled(clean_line(node.name, FIELD_LIMIT) or "—", "bold"),
        ]
        if node.info.get("penanggung_jawab"):
            head.append(field(tr("penanggung_jawab", lang), node.info["penanggung_jawab"]))
        if ev.under_below:
            key = "under_below_one" if ev.under_below == 1 else "under_below"
            n = grouped(ev.under_below, lang)  # ("10.382 butir", as the tree's "▼10.382")
            head.append(Content.styled(t(key, lang, n=n), "$text-error"))
        parts: list[tuple[str, VisualType | Numbered | YearsPart]] = [("head", NEWLINE.join(head))]
        if m is not None:
            parts.append(("measure", self._measure(ev, m)))
            years = self._years_part(ev, lang)
            if years is not None:
                parts.append(("years", years))
        explanation = (
            _verdict_whole(
                _formula_whole(_cut(clean(explained(ev.achievement, lang)).strip())), lang
            )
            if ev.achievement
            else ""
        )
        if explanation:
            title = Content.styled(t("explanation", lang), "bold")
            said = [Content.styled(f"{t('doubt', lang)}: {note}", "$text-warning")
                    for note in self._doubts(ev.achievement, m)]  # fmt: skip
            parts.append(("explain", NEWLINE.join([title, Content(explanation), *said])))
        found = self.findings.get(node.id)
        if found:
            from lkj_tui.tui.reviu import finding_line, section_title

            title = section_title(node, len(found), self.places, lang)
            lines = [finding_line(f, None, lang, with_node=False) for f in found]
            parts.append(("reviu", NEWLINE.join([title, *lines])))
        problems = numbered(
            tr("permasalahan", lang), node.permasalahan, tr("belum_ada_permasalahan", lang)
        )
        solutions = numbered(tr("solusi", lang), node.solusi, tr("belum_ada_solusi", lang))
        parts += [("problems", problems), ("solutions", solutions)]
        info = [
            field(info_label(key, lang), value, numbered=True)  # "(Tabel 3.2.1)" whole
            for key, value in node.info.items()
            if value and key not in ("penanggung_jawab", LINK_KEY)
        ]
        if node.source:  # a table's name kept with its number ("Tabel 3.2.1.1.1")
            info.append(field(t("source", lang), node.source, numbered=True))
        if info:
            parts.append(("info", NEWLINE.join(info)))
        return parts

    def _node_ref(self, node_id: str) -> str:
        """A node without a kode by its id, in ``check``'s words ("simpul 0ac1b075"): what
        ``set`` takes and ``check`` names (an author adding a node in the TUI saw no id to type)."""
        from lkj_tui.core.reviu.finding import node_ref, shared_heads

        report = self.evaluation.report if self.evaluation is not None else None
        if report is None:
            return node_ref(node_id, set(), self.lang)
        if self._heads is None or self._heads[0] is not report:
            self._heads = (report, shared_heads(report))  # (once per report shown)
        return node_ref(node_id, self._heads[1], self.lang)

    def _measure(self, ev: Evaluated, m: Measure) -> Content:
        lang, ach = self.lang, ev.achievement
        polarity = tr(m.polaritas, lang)
        lines = [
            field(tr("satuan", lang), m.satuan, whole=True),
            field(tr("polaritas", lang), polarity),
            field(f"{tr('target', lang)} {self.tahun}", m.target, whole=True),
            field(f"{tr('realisasi', lang)} {self.tahun}", m.realisasi, whole=True),
        ]
        derived = ev.derived
        if derived is not None and derived.raw is not None:  # the realisasi is empty: say how
            shown = f"{clean_line(derived.raw, FIELD_LIMIT)} ({t('derived_realisasi', lang)}, "
            shown += f"{derived.cara_hitung.replace('_', ' ')}: {clean_line(derived.formula, FIELD_LIMIT)})"
            lines[-1] = field(f"{tr('realisasi', lang)} {self.tahun}", shown)
        if ach is not None and ach.verdict:  # met or not, no capaian %: the verdict and why
            why = (ach.reason_en if lang == "en" else ach.reason) or ""
            verdict = verdict_text(ach.met, lang).replace(" ", NO_BREAK)  # "not met" whole
            capaian = Content(f"{ach.format(lang)}  {verdict}")
            if ach.under_target:
                capaian = Content.assemble(capaian, (under_mark(lang), "$text-error bold"))
            capaian = Content.assemble(capaian, (f" ({clean_line(why, 300)})", LABEL))
        elif ach is None or ach.rounded is None:
            # as the tree's "—"; "tidak terukur" only where a realisasi cannot be compared
            unrealised = not (m.realisasi or "").strip() and (
                derived is None or derived.raw is None
            )
            word = f"— {t('no_realisasi', lang)}" if unrealised else tr("no_capaian", lang)
            capaian = Content.styled(word, LABEL)
        else:
            capaian = Content(f"{format_id(ach.rounded)} %")
            if ach.rating:
                scales = self.evaluation.scales if self.evaluation is not None else None
                label = scales.label_en(ach.rating) if scales and lang == "en" else tr(ach.rating)
                shown = clean_line(label, FIELD_LIMIT)
                if len(shown) <= RATING_WHOLE:  # "Sangat Rendah", not "Sangat" / "Rendah"
                    shown = shown.replace(" ", NO_BREAK)
                rating = (f"  {shown}", rating_style(ach.rating, scales))
                capaian = Content.assemble(capaian, rating)
            if ach.under_target:
                capaian = Content.assemble(capaian, (under_mark(lang), "$text-error bold"))
        # ("Capaian" in English too: the pane's years and the copied Markdown say it; tui68)
        lines.append(field(tr("capaian", lang), capaian))
        if m.target_akhir:
            ren = ev.renstra
            shown = (
                achievement_text(ren, lang)
                if ren is not None and ren.verdict
                else "—"
                if ren is None or ren.rounded is None
                else f"{format_id(ren.rounded)} %"
            )
            lines.append(field(tr("target_akhir", lang), m.target_akhir, whole=True))
            lines.append(field(tr("capaian_renstra", lang), shown, whole=True))
        for check in ev.printed:
            if check.differs:
                which = ach if check.printed.field == "capaian" else ev.renstra
                ours = (
                    achievement_text(which, lang)
                    if which is not None and which.verdict
                    else "—"
                    if which is None or which.rounded is None
                    else f"{format_id(which.rounded)} %"
                )
                # as status prints it: "100 %", "capaian Renstra 96 %" (one function)
                word, value = printed_words(check.printed.field, check.printed.value, lang)
                word = f"{clean_line(word, 40)} " if word else ""
                text = t(
                    "printed_differs",
                    lang,
                    value=word + clean_line(value, FIELD_LIMIT),
                    table=clean_line(table_name(check.printed.table, lang), FIELD_LIMIT),
                    ours=ours,
                )
                lines.append(Content.styled(text, "$text-warning"))
        lines += self._figures(ev)
        if any(m.triwulan):
            quarters = " · ".join(  # "IV A (86,45)" kept on one line
                f"{q}{NO_BREAK}{clean_line(v or '', FIELD_LIMIT) or '—'}"
                for q, v in zip(("I", "II", "III", "IV"), m.triwulan, strict=True)
            )
            lines.append(field(f"{tr('triwulan', lang)} {self.tahun}", Content(quarters)))
            lines += self._quarters(ev)
        return NEWLINE.join(lines)

    def _figures(self, ev: Evaluated) -> list[Content]:
        """Every other printed figure that differs (naming its table) and the year's target as
        printed elsewhere, with the capaian it would give."""
        if self.evaluation is None or self.evaluation.report.get(ev.node.id) is None:
            return []
        lang, tahun, node_id = self.lang, self.tahun, ev.node.id
        skip = ("capaian", "capaian_renstra", "target", f"target:{tahun}")
        out = [
            Content.styled(
                t(
                    "printed_other",
                    lang,
                    what=clean_line(field_label(f.printed.field, lang), 40),
                    value=clean_line(f.printed.value, 60),
                    table=clean_line(table_name(f.printed.table, lang), 80),
                ),
                "$text-warning",
            )
            for f in self.evaluation.figures(node_id)
            if f.matches is False and f.printed.field not in skip
        ]
        groups = group_conflicts(self.evaluation.target_conflicts(node_id))
        if groups:
            shown: list[str | tuple[str, str]] = []
            for i, group in enumerate(groups):
                ach = group[0].achievement
                sources = "; ".join(clean_line(table_name(c.source, lang), 80) for c in group)
                capaian = achievement_text(ach, lang)  # as status says it
                figures = conflict_figures(ev.node.measure, group[0].source, group[0].value)
                shown_value = clean_line(group[0].value, 60)  # (names read at 80)
                value, sources = target_said(figures, shown_value, sources, lang, _line)
                said = figure_said(group[0].figure, lang, _line)  # ("terhadap 89,00: ")
                shown.append(f"{' · ' if i else ''}{value} ({sources}) → {said}")
                shown.append((capaian, ""))
                if ach.under_target:
                    shown.append((f" {UNDER_MARK}", "$text-error bold"))
            label = t("target_elsewhere", lang, tahun=tahun)
            out.append(Content.assemble((f"{label}:{NO_BREAK}", "$text-warning"), *shown))
        return out

    def _quarters(self, ev: Evaluated) -> list[Content]:
        """A capaian per filled quarter (against the quarter's target where the report gives one)."""
        if self.evaluation is None or self.evaluation.report.get(ev.node.id) is None:
            return []
        quarters = self.evaluation.quarters(ev.node.id)
        if not quarters:
            return []
        lang = self.lang
        parts: list[str | tuple[str, str]] = []
        for i, q in enumerate(quarters):
            ach = q.achievement
            shown = (
                achievement_text(ach, lang)
                if ach.verdict
                else "—"
                if ach.rounded is None
                else f"{format_id(ach.rounded)} %"
            )
            parts.append(f"{' · ' if i else ''}{('I', 'II', 'III', 'IV')[q.quarter - 1]} {shown}")
            if ach.under_target:
                parts.append((f" {UNDER_MARK}", "$text-error bold"))
        bases = sorted({q.basis for q in quarters})
        basis = ", ".join(t(f"quarters_basis_{b}", lang) for b in bases)
        return [
            Content.assemble(
                (f"{t('quarter_capaian', lang)}: ", LABEL), *parts, (f"  ({basis})", LABEL)
            ),
            *self._quarter_doubts(quarters, ev, ev.node.measure),
        ]

    def _doubts(self, ach: Achievement | None, m: Measure | None) -> tuple[str, ...]:
        """The engine's doubts of a capaian (its notes worth a second look, as ``set`` and the
        edit dialog filter them: ``edits.doubts``), clean, in the pane's language."""
        if ach is None:
            return ()
        from lkj_tui.core.edits import doubts

        notes = ach.notes_en if self.lang == "en" else ach.notes
        found = doubts(notes, (), (m.satuan or "") if m is not None else "")
        return tuple(clean_line(note, 300) for note in found)

    def _quarter_doubts(
        self, quarters: tuple[QuarterCapaian, ...], ev: Evaluated, m: Measure | None
    ) -> list[Content]:
        """The engine's doubts of the quarters' capaian, in its words, as ``set`` and the edit
        dialog say them, each once with the quarters it is of: "Triwulan IV: satuan “Surat”
        hanya tertulis pada satu sisi" (a bare 2,85 against the target "4 Surat" was "IV
        71,25 %" without a word: vals55)."""
        lang, said = self.lang, {}
        year = self._doubts(ev.achievement, m)  # (said under the capaian's explanation)
        for q in quarters:
            for note in self._doubts(q.achievement, m):
                if note not in year:
                    said.setdefault(note, []).append(("I", "II", "III", "IV")[q.quarter - 1])
        return [
            Content.styled(
                f"{tr('triwulan', lang)} {', '.join(which)}: {note}",
                "$text-warning",
            )
            for note, which in said.items()
        ]
