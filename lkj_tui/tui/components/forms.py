"""A form of several fields in one dialog: the measure form (``m``), the triwulan (``w``), names
(``R``, ``a``), the report form (``E``).

Each field is one compact input (or, for lists, a text area with one entry per line). As the user
types, ``assess(values, key)`` previews what the focused field gives (the capaian and the engine's
doubts for a value field); Enter or ctrl+s returns the values (a ``dict`` key → text) through
``dismiss``, and the app validates and saves them — a refusal reopens the form with the values and
the reason. Esc with changed fields asks before dropping them (:class:`Dialog`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import Input, Static, TextArea
from textual.widgets.input import Selection

from lkj_tui.core.sanitize import clean, clean_line, clean_words
from lkj_tui.tui.components.dialogs import (
    Assessment,
    CleanTextArea,
    Dialog,
    OrderedInput,
    preview_area,
    show_preview,
)
from lkj_tui.tui.components.keybar import KeyBar
from lkj_tui.tui.text import t


class FormInput(OrderedInput):
    """A form field: ↓/↑ and Enter move to the next/previous field as they arrive, so a burst of
    keys (``2,5`` ↓ ``2,7``) fills the fields in the order typed (:meth:`FormDialog.moves_on`;
    one that comes after the focus moved on is passed to the field that has it now)."""

    #: Show a long value's end (a path: the file's name), not its start.
    keep_end = False

    def on_mount(self) -> None:
        self._initial_value = False  # (Input would put the cursor at the end on its first value)
        # a long value shows its start ("Badan Kepegawaian…"), a path its end
        self.cursor_position = len(self.value) if self.keep_end else 0

    def _on_focus(self, event: events.Focus) -> None:
        super()._on_focus(event)
        selection = self.selection
        if not self.keep_end and selection.start == 0 and selection.end == len(self.value):
            # the whole value selected (typing replaces it, as before), the cursor at its start,
            # so the field shows the start of a long value, not its end (tui14); the whole text
            # is under the fields (FormDialog.whole_value)
            self.selection = Selection(len(self.value), 0)

    def _on_blur(self, event: events.Blur) -> None:
        super()._on_blur(event)
        if not self.keep_end:
            # left, a long value shows its start again, as when the form opened: typed, it
            # showed its end ("an Masyarakat terhadap Layanan…" under Kode; edit25); again
            # after the scrolls to the cursor its typing asked for: typed in a burst with the
            # Enter (tmux, a paste, a fast typist), they came after this and showed its end
            self.scroll_to(x=0, animate=False, immediate=True)
            self.call_after_refresh(self._show_start)

    def _show_start(self) -> None:
        if not self.has_focus:
            self.scroll_to(x=0, animate=False, immediate=True)

    def render_line(self, y: int) -> Strip:
        """The field's line; a long value that goes on past an edge shows "…" at that edge (the
        Instansi read "… Sumber Da", cut mid-word with nothing to say it goes on; edit29), but
        where the cursor is. The whole text is under the fields while the field has the focus
        (FormDialog.whole_value)."""
        strip = super().render_line(y)
        width = self.scrollable_content_region.width
        if y or width < 3 or not self.value:
            return strip
        left = round(self.scroll_offset.x)
        cursor = cell_len(self.value[: self.cursor_position]) - left if self.has_focus else -1
        if cell_len(self.value) > left + width and cursor != width - 1:
            strip = _marked(strip, width - 1)
        return _marked(strip, 0) if left and cursor != 0 else strip


class FormTextArea(CleanTextArea):
    """A form's list field (one entry per line: misi, isu strategis): Tab and shift+Tab move to
    the next and previous field as they arrive, as in a :class:`FormInput`."""


def _marked(strip: Strip, x: int) -> Strip:
    """``strip`` with "…" in its cell ``x``, in that cell's style."""
    style = next((segment.style for segment in strip.crop(x, x + 1)), None)
    rest = strip.crop(x + 1, strip.cell_length)
    return Strip.join([strip.crop(0, x), Strip([Segment("…", style)], 1), rest])


#: where a path's part wider than a line is shown to go on, on the next line
CONTINUED = "↩"
#: characters after which a part wider than a line is folded, found at most a third of the
#: line (and SOFT_REACH cells) back from its end; never a "-" between two digits (a date)
SOFT_BREAKS, SOFT_REACH = "-_. ", 20
#: the characters of a file name's date and number ("2023-2026-12-04-3.md"): a fold that would
#: end a line or begin the next with one of them ("…-12-0↩" / "4-3.md", "…setda↩" / "-2024")
#: goes back to the break before, wherever it is (tui20)
DATE_RUN = frozenset("0123456789-.")


def _breaks_at(piece: list[str], k: int, after: str) -> bool:
    """Whether a fold may come after ``piece[k]`` (``after``: the character that follows it)."""
    if piece[k] not in SOFT_BREAKS:
        return False
    if piece[k] not in "-." or not piece[k - 1].isdigit():
        return True
    follows = piece[k + 1] if k + 1 < len(piece) else after
    return piece[k] == "-" and not follows.isdigit()  # (never "3.↩" / "md")


def _soft_break(piece: list[str], reach: int, after: str) -> int | None:
    """Where in ``piece`` a fold may come, after this index: the last break in its last
    ``reach`` characters; else, when a fold where the cells end would split a date or a
    number or begin a line with "-" (``piece``'s end or ``after`` in DATE_RUN: "…-12-04↩" /
    "-3.md"), the last break before it however far back. Each character is looked at at most twice over a
    part's folds (the search stops at the last break; what lies after it is folded next)."""
    run = piece[-1] in DATE_RUN or after in DATE_RUN or after == " "
    stop = 0 if run else max(0, len(piece) - reach)
    for k in range(len(piece) - 1, stop, -1):
        if _breaks_at(piece, k, after):
            return k
    return None


def fold_part(part: str, width: int) -> list[str]:
    """A path's part wider than ``width`` cells as lines of at most ``width``, each but the last
    ending with CONTINUED, not with a bare "-" that would read as the wrap's (or the name's):
    after a "-", "_", "." or space near the line's end (not inside a date), else where the
    cells end, unless that splits a date or a number: then before it. Linear."""
    reach = min(SOFT_REACH, width // 3)
    lines: list[str] = []
    piece: list[str] = []
    cells = 0
    for char in part:
        size = cell_len(char)
        if piece and cells + size > width - 1:
            back = _soft_break(piece, reach, char)
            keep = piece if back is None else piece[: back + 1]
            lines.append("".join(keep) + CONTINUED)
            piece = [] if back is None else piece[back + 1 :]
            cells = cell_len("".join(piece))
        piece.append(char)
        cells += size
    lines.append("".join(piece))
    return lines


def break_at_separators(text: str, width: int) -> str:
    """``text`` (a label and a path) as lines of at most ``width`` cells, each ending at a path
    separator where one falls within the line: a wrap would fold the path anywhere ("…2026-" /
    "12-04.md"). A part longer than a line begins a line of its own and goes on over as many as
    it needs, each marked CONTINUED at its end (fold_part). Linear."""
    if width <= 1:
        return text
    lines: list[str] = []
    line, cells, start = "", 0, 0
    for i, char in enumerate(text):
        if char in "/\\" or i == len(text) - 1:
            part = text[start : i + 1]
            start = i + 1
            if line and cells + cell_len(part) > width:
                lines.append(line)
                line, cells = "", 0
            if cell_len(part) > width:
                *folded, part = fold_part(part, width)
                lines.extend(folded)
            line, cells = line + part, cells + cell_len(part)
    lines.append(line)
    return "\n".join(lines)


@dataclass(frozen=True)
class Field:
    """One field of a form: its key, label, current text; ``lines``: a list, one per line."""

    key: str
    label: str
    value: str
    lines: bool = False
    hint: str = ""  # shown muted beside the label (choices, unit…)
    end: bool = False  # a long value shows its end (a path: the file's name), not its start
    # said after the whole value while the field holds it as given: a path the field shows
    # cleaned, "(memuat karakter yang tidak dapat ditampilkan)" (storage/errors.named_path)
    note: str = ""


#: the fields' rows kept on a screen too low for the dialog (then Dialog._make_room cuts hints)
FIELDS_MIN_ROWS = 3
#: The cells of the labels' column (FormDialog's ``.form-label``), and the fewest a list field
#: (misi, isu strategis) keeps beside it: in a narrower form its label goes above it and the
#: field takes the row (at 60×20 the misi had 21 cells, three words a line, beside a 26-cell
#: label; 51 above it: edit46)
LABELS, LIST_LEAST = 26, 40


class FormDialog(Dialog):
    """Several fields; Enter in the last one or ctrl+s saves, ↑/↓ move between fields."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # a field runs ↑ ↓ Enter itself (FormInput); here they are named in the key bar
        Binding("down", "step(1)", "key_fields", key_display="↑↓"),
        Binding("up", "step(-1)", "key_fields", show=False),
        Binding("enter", "next", "key_next"),
        Binding("ctrl+s", "save", "key_save", key_display="^s"),
    ]
    DEFAULT_CSS = """
    FormDialog {
        .dialog { width: 96; max-height: 100%; }
        #fields { height: auto; max-height: 45vh; }
        .dialog-name { margin-bottom: 0; }
        .dialog-title { margin-bottom: 0; }
        .dialog-preview { margin-top: 0; }
        /* (the rows' colours, a field's and its label's: Dialog's; the labels' width: LABELS,
           set by _narrow, as wide in the first frame as after it) */
        /* a list's label above it where the form is narrow (LIST_LEAST) */
        &.-stacked .form-row.form-list { layout: vertical; }
        &.-stacked .form-list .form-label { width: 1fr; }
        .form-row TextArea { height: 4; }
        /* a list's cursor line lit only where the cursor is (it lit an unfocused list's first
           entry, wrapped over all its rows: the field one colour with the dialog) */
        .form-row TextArea .text-area--cursor-line { background: transparent; }
        .form-row TextArea:focus .text-area--cursor-line { background: $boost; }
        #fields-more { color: $text-muted; }
        /* a form of empty fields (the quarters', `w`): each between two thin bars, its box
           on one row; their shade alone was lost on the dialog's in a terminal of few colours
           and nothing showed where to type at 80×24 (tui70) */
        &.-boxed .form-row Input {
            padding: 0 1;
            border-left: vkey $foreground 30% !important;
            border-right: vkey $foreground 30% !important;
        }
        &.-boxed .form-row Input:focus {
            border-left: vkey $primary !important;
            border-right: vkey $primary !important;
        }
    }
    """

    def __init__(
        self,
        title: str,
        fields: list[Field],
        lang: str = "id",
        error: str = "",
        assess: Callable[[dict[str, str], str], Assessment] | None = None,
        name: str = "",
        focus_key: str | None = None,
    ) -> None:
        super().__init__(title, lang, error)
        self.fields, self.assess, self.name_text = fields, assess, name
        self.focus_key = focus_key
        self.initial = {f.key: f.value for f in fields}
        self._whole_asked = False
        self._rows = 0  # the fields' max-height _fit gave

    def body(self) -> ComposeResult:
        if self.name_text:
            yield Static(Content(clean_line(self.name_text, 300)), classes="dialog-name")
        with VerticalScroll(id="fields", can_focus=False):
            for f in self.fields:
                with Horizontal(classes="form-row form-list" if f.lines else "form-row"):
                    label = Static(Content(clean_line(f.label, 40)), classes="form-label")
                    label.styles.width = LABELS
                    yield label
                    if f.lines:
                        yield FormTextArea(clean(f.value), id=f"f-{f.key}", show_line_numbers=False)
                    else:
                        field = FormInput(clean_line(f.value), id=f"f-{f.key}", compact=True)
                        field.keep_end = f.end
                        yield field
        yield Static(id="fields-more", markup=False)
        yield from preview_area()

    def on_mount(self) -> None:
        super().on_mount()
        self.query_one("#preview").display = False
        self.query_one("#warnings").display = False
        self.query_one("#fields-more").display = False
        scroll = self.query_one("#fields", VerticalScroll)
        self.watch(scroll, "scroll_y", lambda _: self.show_more(), init=False)
        self.watch(self.query_one(".dialog"), "virtual_size", self._fit, init=False)
        self.call_after_refresh(self._fit)

    def on_resize(self) -> None:
        self.call_after_refresh(self._fit)

    def _fit(self) -> None:
        """Give the fields the rows the screen has: the screen's height less its key bar, the
        dialog's border and padding and its other lines (title, name, the line under the
        fields, the preview). Their 45vh showed the measure form's first 10 of 15 fields at
        80×24 while 5 rows of the screen stayed empty (edit25). Called when the dialog's lines
        change (a preview's notes, an error) and on a resize; the fields' own height is left
        out of the sum, so the next call finds the same rows. A narrow form (:data:`LIST_LEAST`)
        sets its lists' labels above them."""
        box = self.query_one(".dialog")
        scroll = self.query_one("#fields", VerticalScroll)
        self._narrow(0 < box.content_region.width < LABELS + LIST_LEAST)
        if box.size.height:
            room = self.size.height - self.query_one(KeyBar).outer_size.height
            frame = box.styles.gutter.height + box.virtual_size.height - scroll.outer_size.height
            rows = max(FIELDS_MIN_ROWS, room - frame)
            if rows != self._rows:
                self._rows = scroll.styles.max_height = rows
        self.call_after_refresh(self.show_more)

    def _narrow(self, narrow: bool) -> None:
        """A narrow form (:data:`LIST_LEAST`): its lists' labels above them, the labels' column
        as wide as the widest label left in it and two cells ("Nama" beside a 25-cell field at
        60×20, 45 now), at most :data:`LABELS`; else the column of :data:`LABELS` cells (the one
        place their width is said: the stylesheet repeated it, tui47)."""
        if narrow == self.has_class("-stacked") and self._rows:
            return
        self.set_class(narrow, "-stacked")
        beside = [f for f in self.fields if not (narrow and f.lines)]
        widest = max((cell_len(clean_line(f.label, 40)) for f in beside), default=0)
        column = min(LABELS, widest + 2) if narrow else LABELS
        for f, row in zip(self.fields, self.query(".form-row"), strict=True):
            row.query_one(".form-label").styles.width = None if f.lines and narrow else column

    def show_more(self) -> None:
        """Say how many fields lie above and below the part of the form on screen (the measure
        form at 80×24 shows 10 of its 17: the last ones, target akhir and anggaran, were
        reachable by ↓ or Tab, but nothing said they were there; edit23)."""
        scroll = self.query_one("#fields", VerticalScroll)
        top, height = round(scroll.scroll_y), scroll.scrollable_content_region.height
        above = below = 0
        for row in scroll.children:
            region = row.virtual_region
            above += region.y < top
            below += region.bottom > top + height and height > 0
        said = [t("fields_above", self.lang, n=above)] if above else []
        said += [t("fields_below", self.lang, n=below)] if below else []
        more = self.query_one("#fields-more", Static)
        if said:
            more.update(" · ".join(said) + t("fields_keys", self.lang))
        more.display = bool(said)

    def first_focus(self) -> Widget | None:
        key = self.focus_key or (self.fields[0].key if self.fields else None)
        return self.query_one(f"#f-{key}") if key is not None else None

    def values(self) -> dict[str, str]:
        out = {}
        for f in self.fields:
            widget = self.query_one(f"#f-{f.key}")
            out[f.key] = widget.text if isinstance(widget, TextArea) else widget.value  # type: ignore[attr-defined]
        return out

    def dirty(self) -> bool:
        values = self.values()
        return any(values[f.key].strip() != self.initial_text(f.key) for f in self.fields)

    def _key_of(self, widget: Widget | None) -> str | None:
        if widget is None or not (widget.id or "").startswith("f-"):
            return None
        return (widget.id or "")[2:]

    def show_assessment(self, key: str | None) -> None:
        if key is None:
            return
        found = (
            self.assess(self.values(), key) if self.assess is not None else Assessment(Content())
        )
        shown = found.preview
        if found.error:
            shown = Content.styled(clean(found.error), "$text-error")
        hint = next((f.hint for f in self.fields if f.key == key), "")
        if hint:  # the choices of the focused field
            shown = Content.assemble(
                (f"{t('choices', self.lang)}: {hint}", "$text-muted"), "  ", shown
            )
        whole = self.whole_value(key)
        if whole is not None:  # a long name: the one-line field shows only a part of it
            shown = Content.assemble(whole, "\n", shown) if shown.plain else whole
        refusable = (found.refusable,) if found.refusable else ()
        show_preview(self, shown, (*found.warnings, *refusable), found.read)

    def whole_value(self, key: str) -> Content | None:
        """The focused one-line field's whole text, wrapped, when the field shows only a part of it
        (a long name scrolls sideways in its field, cut mid-word at either edge): None when it
        fits, or before the form is laid out (then it is asked again after the first paint)."""
        widget = self.query_one(f"#f-{key}")
        if not isinstance(widget, Input):
            return None
        width = widget.content_region.width
        if width <= 0:
            if not self._whole_asked:
                self._whole_asked = True
                self.call_after_refresh(self.show_assessment, key)
            return None
        value = clean_line(widget.value)
        field = next(f for f in self.fields if f.key == key)
        note = field.note if field.note and value.strip() == self.initial_text(key) else ""
        if cell_len(value) < width and not note:
            return None
        whole = f"{clean_line(field.label, 40)}: {clean_words(value, 2000)}"
        if field.end:  # a path: broken at its separators, never inside a name or a date
            room = self.query_one("#preview").content_region.width  # 0 while hidden
            whole = break_at_separators(whole, room or width)
        if note:  # (a path shown cleaned names another: the CLI's note, paths57)
            whole = f"{whole} ({clean_line(note, 200)})"
        return Content.styled(whole, "$text-muted")

    @on(Input.Changed)
    @on(TextArea.Changed)
    def changed(self, event: Input.Changed | TextArea.Changed) -> None:
        key = self._key_of(event.control)
        if key is not None and self.values()[key].strip() != self.initial_text(key):
            self.show_error("")  # the reason the form came back with stays until a field changes
        self.show_assessment(key)

    def initial_text(self, key: str) -> str:
        f = next(f for f in self.fields if f.key == key)
        return (clean(f.value) if f.lines else clean_line(f.value)).strip()

    def on_descendant_focus(self, event: events.DescendantFocus) -> None:
        self.show_assessment(self._key_of(event.widget))

    def _widgets(self) -> list[Widget]:
        return [self.query_one(f"#f-{f.key}") for f in self.fields]

    def is_last(self, widget: Widget) -> bool:
        return self._widgets()[-1] is widget

    def action_step(self, delta: int) -> None:
        if self.focused in self._widgets():
            self.step(self.focused, delta)  # type: ignore[arg-type]

    def action_next(self) -> None:
        focused = self.focused
        if focused is not None and focused in self._widgets() and not self.is_last(focused):
            self.step(focused, 1)
        else:
            self.action_save()

    def moves_on(self, field: Widget, key: str) -> bool:
        """Tab and shift+Tab move to the next and previous field from any field, going on from
        the other end; ↓ ↑ and Enter from a one-line field (in a list they move its cursor and
        begin a line), Enter in the last one saving. Run as the key arrives: the app's Tab ran
        after the keys typed behind it had gone into this field (Tab "P 1" put "P 1" in Name,
        not in Code, edit34; from a list, Tab "ABC" put "ABC" before the first misi, edit35)."""
        if field not in self._widgets():
            return False
        if key in ("tab", "shift+tab"):
            self.step(field, 1 if key == "tab" else -1, wrap=True)
        elif not isinstance(field, Input) or key not in ("down", "up", "enter"):
            return False
        elif key == "up":
            self.step(field, -1)
        elif key == "down" or not self.is_last(field):
            self.step(field, 1)
        else:
            self.action_save()
        return True

    def step(self, widget: Widget, delta: int, wrap: bool = False) -> None:
        """Focus the field ``delta`` places from ``widget`` (stays at either end, or with
        ``wrap`` goes on from the other end, as Tab does)."""
        widgets = self._widgets()
        index = widgets.index(widget) + delta
        if wrap:
            index %= len(widgets)
        if 0 <= index < len(widgets):
            self.focus_now(widgets[index])
            widgets[index].scroll_visible(animate=False)

    def action_save(self) -> None:
        self.dismiss(self.values())
