"""Modal dialogs for edits: a value, a text, a choice among entries, a confirmation.

Each dialog gets its labels as arguments and returns what the user chose through ``dismiss``; the
app does the saving. Text the user typed is shown as data (``Content``/``markup=False``).

The app opens every dialog with ``LkjApp.open_dialog``, which gives the dialog's input the focus
before the app handles the next key, so nothing typed right after ``e`` or ``/`` is lost.

Every dialog has its own key bar (:class:`~lkj_tui.tui.components.keybar.KeyBar`) at the bottom,
showing the shown bindings of the dialog and its focused widget (binding descriptions are
``text.py`` keys, translated by the bar); Esc is kept on its right.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from textual import events, on
from textual.app import ComposeResult
from textual.await_complete import AwaitComplete
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.geometry import Size
from textual.reactive import Reactive
from textual.screen import ModalScreen
from textual.visual import Visual
from textual.widget import Widget
from textual.widgets import Button, Input, OptionList, Static, TextArea
from textual.widgets.input import Selection
from textual.widgets.option_list import Option

from lkj_tui.core.i18n import tr
from lkj_tui.core.sanitize import clean, clean_line, clean_words
from lkj_tui.core.values import ParseError, typed_value
from lkj_tui.tui.components.keybar import KeyBar
from lkj_tui.tui.components.whole import NO_BREAK, KeptWhole, no_widow
from lkj_tui.tui.text import t

NEW = "__new__"
#: a numbered item's number, "12. " (ChoiceDialog's items)
_NUMBERED = re.compile(r"\d{1,4}\. ")


def pasted_note(before: str, after: str, lang: str) -> str:
    """What cleaning took out of pasted text, for the dialog: how many characters, and the
    control characters among them by code point ("" when nothing was removed). Linear."""
    if before == after:
        return ""
    gone = Counter(before)
    gone.subtract(after)
    count = sum(n for n in gone.values() if n > 0)
    controls = sorted(c for c, n in gone.items() if n > 0 and not c.isprintable())
    codes = ", ".join(f"U+{ord(c):04X}" for c in controls[:8]) + (" …" if len(controls) > 8 else "")
    return t("pasted_cleaned", lang, n=count, codes=codes or "—")


def _copied(widget: Widget, text: str) -> None:
    """Say that the selection of a field was copied (ctrl+c; Textual copies it silently)."""
    toast = getattr(widget.app, "toast", None)
    if text and toast is not None:
        toast(t("copied_text", getattr(widget.app, "lang", "id"), n=len(text)), timeout=3)


def _pasted(widget: Widget, text: str) -> str:
    """``text`` pasted into ``widget``, cleaned (escape sequences, C0/C1 controls, bidi controls
    removed; line breaks kept); the dialog says what was removed."""
    cleaned = clean(text)
    screen = widget.screen
    if isinstance(screen, Dialog):
        screen.show_pasted(pasted_note(text, cleaned, screen.lang))
    return cleaned


class OrderedInput(Input):
    """An ``Input`` that runs its own editing keys (ctrl+u, backspace, enter…) as they arrive.

    Textual runs a widget's key bindings only when the key comes back unhandled to the app, after
    the input has already taken the characters typed behind it. In a burst of keys (typed while
    the app was busy, or sent by tmux) ctrl+u ``2,90`` Enter then inserted ``2,90``, deleted it
    with ctrl+u, and saved an empty value. Here every key acts in the order it was typed."""

    _ACTIONS: ClassVar[dict[str, str]] = {
        key.strip(): b.action
        for b in Input.BINDINGS
        if isinstance(b, Binding)
        for key in b.key.split(",")
    }

    def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()  # Input's own handler would insert the raw text
        super()._on_paste(events.Paste(_pasted(self, event.text)))
        event.stop()

    def action_copy(self) -> None:
        text = self.selected_text
        super().action_copy()  # SkipAction when nothing is selected
        _copied(self, text)

    async def _on_key(self, event: events.Key) -> None:
        if await in_typing_order(self, event):
            return
        if not event.is_printable:
            action = next((self._ACTIONS[k] for k in event.aliases if k in self._ACTIONS), None)
            if action is not None:
                event.stop()
                event.prevent_default()
                await self.run_action(action)
                return
        await super()._on_key(event)


class CleanTextArea(TextArea):
    """A ``TextArea`` that cleans pasted text on entry (see :func:`_pasted`), and takes the keys
    of a burst in the order typed (:func:`in_typing_order`)."""

    async def _on_key(self, event: events.Key) -> None:
        if not await in_typing_order(self, event):
            await super()._on_key(event)

    async def _on_paste(self, event: events.Paste) -> None:
        event.prevent_default()  # TextArea's own handler would insert the raw text
        await super()._on_paste(events.Paste(_pasted(self, event.text)))
        event.stop()

    def action_copy(self) -> None:
        text = self.selected_text
        super().action_copy()
        _copied(self, text)


async def in_typing_order(field: Widget, event: events.Key) -> bool:
    """Whether ``event``, typed in a dialog's ``field``, was run here as a move between the
    fields (:meth:`Dialog.moves_on`, the focus at once): "=!!" Enter "2025" in the new report
    dialog put "=!!2025" in Instansi (edit42), Tab "P 1" in a form put "P 1" in Name (edit34).
    (Until tui59 a key of a burst still handed to the field the focus had left went on from
    here to the one that has it; since keys57 a key is sent only once the one before it has
    moved the focus.)"""
    dialog = field.screen
    if not isinstance(dialog, Dialog):
        return False
    if dialog.moves_on(field, event.key):
        event.stop()
        event.prevent_default()
        return True
    return False


@dataclass(frozen=True)
class Assessment:
    """What the engine makes of a typed realisasi, shown in the dialog as it is typed."""

    preview: Content  # the capaian it gives, or why there is none
    warnings: tuple[str, ...] = ()  # the engine's doubts: saving needs a second Enter
    error: str | None = None  # why it cannot be saved (unreadable, not comparable)
    refusable: str | None = None  # why it might be refused (no capaian): the caller decides
    #: how a number typed in another form is read and stored ("2.93" as 2,93): shown under the
    #: preview, no doubt (the engine's reading is certain: no second Enter, vals59)
    read: tuple[str, ...] = ()


#: The keys that scroll a dialog's long body (:attr:`Dialog.SCROLLED`), named on its key bar: the
#: body runs them itself while it has the focus; these run them when it has not (e.g. after a
#: click elsewhere in the box)
SCROLL_KEYS: list[BindingType] = [
    Binding("up", "body('scroll_up')", "key_scroll", key_display="↑↓"),
    Binding("down", "body('scroll_down')", "key_scroll", show=False),
    Binding("pageup", "body('page_up')", "key_page", key_display="PgUp PgDn"),
    Binding("pagedown", "body('page_down')", "key_page", show=False),
    Binding("home", "body('scroll_home')", "key_ends", key_display="Home End"),
    Binding("end", "body('scroll_end')", "key_ends", show=False),
]


class Dialog(ModalScreen[object]):
    """Shared frame: a title, a body, an inline error line; esc cancels."""

    #: Screen.focused without its repaint: a focus change (Tab, ↑ ↓ between a form's fields)
    #: repainted the whole screen, the dimmed report behind the dialog included (15–35 ms a
    #: key under load). The widgets that gain and lose the focus repaint themselves (their
    #: :focus styles, Screen._update_focus_styles) and the key bars on the bindings' signal,
    #: which the watcher still sends.
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)

    # here, not in app.tcss: parsed when the first dialog opens, not at start
    DEFAULT_CSS = """
    Dialog {
        align: center middle;
        background: $background 60%;

        .dialog {
            width: 84;
            max-width: 95%;
            height: auto;
            max-height: 90%;
            padding: 1 2;
            background: $panel;
            border: round $primary;
        }
        .dialog-title { margin-bottom: 1; color: $text-primary; }
        .dialog-name { margin-bottom: 1; }
        #command { text-wrap: nowrap; text-overflow: fold; }
        .dialog-hint { color: $text-muted; margin-top: 1; }
        .dialog-preview { margin-top: 1; }
        .dialog-warnings { color: $text-warning; }
        .dialog-pasted { color: $text-warning; margin-top: 1; }
        .dialog-error { color: $text-error; text-style: bold; margin-top: 1; }
        .dialog TextArea { height: 10; }
        .dialog OptionList { height: auto; max-height: 20; }
        .dialog-buttons { height: auto; margin-top: 1; }
        .dialog-buttons Button { margin-right: 2; }

        /* a form's rows (FormDialog, the new report's): a label, then its field */
        .form-row { height: auto; }
        /* (a rule on the row itself: Textual restyles a :focus-within row's label only then) */
        .form-row:focus-within { background: $boost; }
        /* ($boost is all but transparent in the light theme: its row was not lit; edit36) */
        &:light .form-row:focus-within { background: $foreground 5%; }
        .form-label { color: $text-muted; }
        .form-row:focus-within .form-label { color: $text-accent; text-style: bold; }
        .form-row Input:focus, .form-row TextArea:focus { background-tint: $primary 45%; }
        /* each field drawn apart from the dialog: darker in a dark theme; in a light one
           lighter, as far (the list fields were $surface, 14 apart from the dialog in the
           light theme and 20 in the dark, the one-line fields 28 in the light; edit35) */
        .form-row Input, .form-row TextArea { width: 1fr; background: $background; }
        &:light .form-row Input, &:light .form-row TextArea { background: $background-lighten-1; }

        /* below 30 rows the box takes the screen's rows without its blank ones: at 60×20 the
           tenth of the screen left and the box's padding took 4 rows, a form's last fields,
           a value's hint, a list's rows cut or under the fold (the help, K, the pickers had
           their own such rule: tui39, tui42, edit47; one for every dialog: tui47) */
        /* and no blank row under its title: a list's or a field's own border is the row under
           it, a text follows it as the help's does; at 60×20 the blank row took a row of the
           list, the text, the value's hint (tui42, edit47, tui50, polish52; every dialog: tui55) */
        &.-low .dialog { max-height: 100%; padding: 0 2; }
        &.-low .dialog-title { margin-bottom: 0; }

        /* a toast that would draw over the box takes its rows from the dialog's (on its own
           layer it drew over the help's bottom border and last lines at 80×24 after a jump's
           toast); one clear of the box stays on its own layer: the dialog stays put (tui29) */
        &.-toasted ToastRack { layer: default; }
    }
    """

    #: ``-low`` below 30 rows: the box without its blank rows (the stylesheet above)
    VERTICAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-low"), (30, "-tall")]
    # descriptions are text.py keys (the key bar translates them); Esc is pinned on its right
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "key_cancel"),
        # (a field typing text takes "?": F1 there; not on the bar, the help says them)
        Binding("question_mark,f1", "help", "help", show=False),
    ]
    #: the box's list (a selector) that takes the rows the screen has, at least 3, and scrolls
    #: in them: with ``height: auto`` alone a long one ran past the box, cut and not scrolled to
    #: (``K``'s two conflicts at 60×20: the choices for both at once were below the box's foot,
    #: the cursor on them out of sight: tui41)
    FIT_LIST: ClassVar[str | None] = None
    #: the box's scrolled body (a selector) that :data:`SCROLL_KEYS` scroll
    SCROLLED: ClassVar[str] = ""

    def __init__(self, title: str, lang: str = "id", error: str = "") -> None:
        super().__init__()
        self.title_text, self.lang, self.initial_error = title, lang, error
        self._list_rows = 0  # the rows _fit_list gave
        self._dismissed = False  # (see dismiss)

    def dismiss(self, result: object = None) -> AwaitComplete:
        """Once: a key typed twice before the dialog is gone (Enter Enter on the report picker's
        row, sent at once) dismissed it again, its callback ran twice and Textual popped the
        screen under it, the app's own: ScreenStackError, the app closed (edit44)."""
        if self._dismissed:
            return AwaitComplete.nothing()
        self._dismissed = True
        return super().dismiss(result)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.title_visual(), classes="dialog-title")
            yield from self.body()
            yield Static(classes="dialog-pasted", id="pasted", markup=False)
            yield Static(Content(clean(self.initial_error)), classes="dialog-error", id="error")
        yield KeyBar()

    def title_visual(self) -> Visual:
        """The title as drawn: wrapped, its last words together."""
        # (wrapped, "choice" stood alone under "Conflicts (2): … Enter saves the": tui43)
        return KeptWhole(no_widow(Content.styled(clean_line(self.title_text), "bold")))

    def body(self) -> ComposeResult:
        yield from ()

    def action_body(self, action: str) -> None:
        """Scroll :attr:`SCROLLED` as its own key would (``scroll_up``, ``page_down``, …)."""
        body = self.query_one(self.SCROLLED)
        body.focus()
        getattr(body, f"action_{action}")()

    def show_error(self, message: str) -> None:
        error = self.query_one("#error", Static)
        error.update(Content(clean(message)))
        error.display = bool(message)
        self._room()

    def show_pasted(self, note: str) -> None:
        """Say what was removed from pasted text ("" hides the line)."""
        pasted = self.query_one("#pasted", Static)
        pasted.update(Content(note))
        pasted.display = bool(note)
        self._room()

    def rows_left(self, widget: Widget) -> int:
        """The rows ``widget`` may take for the box to fit the screen above its key bar (and its
        own ``max-height``): the screen's height less the key bar's, the box's border and padding
        and its other lines (``widget``'s own height is left out, so a call after the layout
        finds the same)."""
        box = self.query_one(".dialog")
        room = self.size.height - self.query_one(KeyBar).outer_size.height
        cap = box.styles.max_height
        if cap is not None:
            room = min(room, int(cap.resolve(Size(self.size.width, room), self.app.size)))
        return room - box.styles.gutter.height - box.virtual_size.height + widget.outer_size.height

    def _fit_list(self) -> None:
        """Give :attr:`FIT_LIST` the rows left (called after each layout of the box)."""
        found = self.query(self.FIT_LIST or "#-none")
        if not found:
            return
        rows = max(self.rows_left(found.first()), 3)
        if rows != self._list_rows:
            self._list_rows = found.first().styles.max_height = rows

    def on_resize(self) -> None:
        if self.FIT_LIST:
            self.call_after_refresh(self._fit_list)

    def _room(self) -> None:
        """The hint and the text area as they were; then, once laid out, room for the last lines."""
        for hint in self.query(".dialog-hint"):
            hint.display = True
        for area in self.query(TextArea):
            area.styles.height = None  # the stylesheet's
        # the layout that places the lines changes the box's virtual size: _make_room follows

    def _make_room(self) -> None:
        """The error and the pasted note are the dialog's last lines: where the dialog is cut at the
        screen's height (at 80×24: a value with the engine's notes, a permasalahan's text area),
        the hint under the inputs gives them its place, then the text area its rows (3 kept), so
        "Tekan Enter lagi untuk tetap menyimpan" and what a paste lost are never cut off.
        Called when a layout changed the box's virtual size (its children's arrangement): the
        rows it holds beyond its content region are the last lines cut off. (A line clipped
        out of the box has no region on screen: measured by it, a cut error made no room.)"""
        if not (self.query_one("#error").display or self.query_one("#pasted").display):
            return
        box = self.query_one(".dialog")
        over = box.virtual_size.height - box.scrollable_content_region.height
        for hint in self.query(".dialog-hint"):
            if over > 0:
                hint.display = False
                over -= hint.outer_size.height + 1  # its line(s) and its margin
        for area in self.query(TextArea):
            if over > 0:
                height = area.outer_size.height
                area.styles.height = kept = max(3, height - over)
                over -= height - kept

    def on_mount(self) -> None:
        self.query_one("#error").display = bool(self.initial_error)
        self.query_one("#pasted").display = False
        self.watch(self.query_one(".dialog"), "virtual_size", self._make_room, init=False)
        if self.FIT_LIST:
            self.watch(self.query_one(".dialog"), "virtual_size", self._fit_list, init=False)
        self.screen_layout_refresh_signal.subscribe(self, self._toasted)

    def _toasted(self, _screen: object = None) -> None:
        """After each layout: a toast that draws over the box gives the dialog's screen the class
        ``-toasted`` (the toasts then take their rows from the dialog's, which moves up or
        shrinks), kept until the last toast goes. A toast clear of the box leaves it where it
        is: with its rows taken by every toast, a small dialog moved by two rows when a toast
        came or went. Toasts that would take more than a third of the box's rows draw over its
        foot for their seconds instead: at 60×20 the shared store's state, toasted as the app
        opens, took nearly half of ``H``'s 17 rows: its list showed an entry or two (tui36)."""
        toasts = self.query("Toast")
        if not toasts:
            if self.has_class("-toasted"):
                self.remove_class("-toasted")
                self.refresh()  # (the rows the box takes back: its lines stayed over the tree)
        elif not self.has_class("-toasted"):
            box = self.query_one(".dialog").region
            rows = sum(toast.outer_size.height + 1 for toast in toasts) + 1  # (their margins)
            if rows * 3 <= box.height and any(toast.region.overlaps(box) for toast in toasts):
                self.add_class("-toasted")

    def hold_whole(self, line: str, width: int = 84) -> None:
        """The dialog as wide as one ``line`` of it needs to stay whole (a command to copy: its
        padding and border take 6 cells), at least ``width``, up to the screen's whole width
        (80 columns too); a line wider than the screen still wraps at its spaces."""
        box, wide = self.query_one(".dialog"), cell_len(line) + 6
        if wide > width:
            box.styles.width = wide
        if wide > self.app.size.width * 0.95:
            box.styles.max_width = "100%"

    def folded(self, command: str) -> list[str]:
        """``command`` as a dialog shows it: whole where the screen holds it, else folded between
        its options, each line but the last ending with " \\" (copied, a POSIX shell reads them
        as one command; whole on Windows: :mod:`lkj_tui.core.shell`); never broken inside an
        option ("--store" / "/data/lkj")."""
        from lkj_tui.core.shell import POSIX, command_lines

        room = max(self.app.size.width - 6, 20)  # (the dialog's border and padding: 6 cells)
        mark = None if sys.platform == "win32" else POSIX
        return command_lines(command, room, 0, mark, cell_len)

    def first_focus(self) -> Widget | None:
        """The widget that takes the keys when the dialog opens."""
        return next(iter(self.focus_chain), None)

    def take_focus(self) -> None:
        """Focus :meth:`first_focus` at once (``Widget.focus`` would wait behind queued keys).
        An input's select-all-on-focus is done now too: done later, when its Focus event comes,
        it would select the characters typed meanwhile, and the next one would replace them."""
        self.focus_now(self.first_focus())

    def focus_now(self, widget: Widget | None, at_end: bool = False) -> None:
        """Focus ``widget`` at once, selecting an input's text now (see :meth:`take_focus`);
        ``at_end``: its cursor after its text instead, nothing selected (a filter gone back to
        from its list: what is typed then adds to it, as in the list)."""
        if widget is None or self.focused is widget:
            return
        if isinstance(widget, Input) and widget.select_on_focus:
            widget.select_on_focus = False
            end = len(widget.value)
            widget.selection = Selection.cursor(end) if at_end else Selection(0, end)
            self.set_focus(widget)
            # (once its Focus event is handled, queued before this: after the next refresh it
            # could be still to come, and selected the text, ↑ back from a list: tui46)
            widget.call_later(setattr, widget, "select_on_focus", True)
            return
        self.set_focus(widget)

    def moves_on(self, field: Widget, key: str) -> bool:
        """Run ``key`` typed in ``field`` now if it moves between the dialog's fields (see
        :func:`in_typing_order`): Tab and shift+Tab to the next or previous field, when that is
        an input or a text area (else the app's binding moves the focus, as before: to a list, a
        button). A dialog whose Enter moves on says so here too."""
        if key not in ("tab", "shift+tab"):
            return False
        chain = self.focus_chain
        if field not in chain:
            return False
        step = 1 if key == "tab" else -1
        to = chain[(chain.index(field) + step) % len(chain)]
        if not isinstance(to, (OrderedInput, CleanTextArea)):
            return False
        self.focus_now(to)
        return True

    def dirty(self) -> bool:
        """Whether the dialog holds typed text that closing it would lose."""
        return False

    async def action_help(self) -> None:
        """The help over the dialog, at its part on dialogs (``?`` did nothing in a dialog: the
        app's keys are not a modal screen's; tui50); Esc comes back here, what was typed kept."""
        await self.app.run_action("help('dialogs')")

    def action_cancel(self) -> None:
        if self.dirty():
            self.ask_discard()
        else:
            self.dismiss(None)

    def ask_discard(self, then: Callable[[], object] | None = None) -> None:
        """Ask before dropping typed text: keep editing (the default; Enter, ``n`` or Esc) or
        discard (``y`` or its button; then ``then``). Esc never discards: a second Esc took it
        as "discard" and lost what a user pressing Esc to go back had typed (edit34)."""

        def answered(discard: object) -> None:
            if discard:
                self.dismiss(None)
                if then is not None:
                    then()

        dialog = DiscardDialog(self.lang)
        opener = getattr(self.app, "open_dialog", None)
        if opener is not None:  # focused before the next key (LkjApp.open_dialog)
            opener(dialog, answered)
        else:
            self.app.push_screen(dialog, answered)


class ValueDialog(Dialog):
    """Edit the realisasi. As it is typed, the dialog shows the capaian it gives and the engine's
    notes; Enter refuses what cannot be read or compared, and asks for a second Enter when the
    engine doubts the value (a unit on one side only, an ambiguous dot, "3.226"…)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        # the input runs these keys itself (OrderedInput); here they are named in the key bar
        Binding("enter", "save", "key_save"),
        Binding("ctrl+u", "clear", "key_clear", key_display="^u"),
    ]

    def __init__(
        self,
        title: str,
        name: str,
        target: str,
        value: str,
        lang: str = "id",
        error: str = "",
        assess: Callable[[str], Assessment] | None = None,
        about: str = "",
        other: str = "target",
    ) -> None:
        super().__init__(title, lang, error)
        self.name_text, self.target, self.value, self.assess = name, target, value, assess
        self.about = about  # satuan and polaritas, shown beside the target
        self.other = other  # the other side of the pair, "target" or "realisasi"
        self.confirmed: str | None = None  # the text whose warnings the user has seen

    def dirty(self) -> bool:
        return self.query_one("#value", Input).value.strip() != clean_line(self.value).strip()

    def body(self) -> ComposeResult:
        yield Static(Content(clean_line(self.name_text, 300)), classes="dialog-name")
        # named as the detail pane names it ("Actual (Realisasi)" in English: edit23)
        target = f"{tr(self.other, self.lang)}: {clean_line(self.target) or '—'}"
        about = f"  ·  {clean_line(self.about)}" if self.about else ""
        yield Static(Content.assemble(target, (about, "$text-muted")))
        yield OrderedInput(clean_line(self.value), id="value")  # selected: typing replaces it
        yield from preview_area(self.hint(self.value))

    def hint(self, text: str) -> str:
        """How to write the value; what an empty field means only while it holds one (an empty
        field's preview says it)."""
        key = "edit_hint" if self.other == "target" else "target_hint"
        if not text.strip():
            return t(key, self.lang)
        return f"{t(key, self.lang)} {t(key + '_empty', self.lang)}"

    def on_mount(self) -> None:
        super().on_mount()
        self.show_assessment(self.query_one("#value", Input).value)

    def first_focus(self) -> Widget | None:
        return self.query_one("#value", Input)

    def show_assessment(self, text: str, submitted: bool = False) -> Assessment:
        """Preview ``text``: the capaian it gives and the engine's notes. A value that cannot be
        saved says why: quietly while it is typed, as the dialog's error once Enter is pressed."""
        found = self.assess(text.strip()) if self.assess is not None else _parsed(text, self.lang)
        shown = found.preview
        if found.error and text.strip():
            shown = Content() if submitted else Content.styled(clean(found.error), "$text-muted")
            self.show_error(found.error if submitted else "")
        show_preview(self, shown, found.warnings, found.read)
        hint = self.hint(text)
        self.query_one(".dialog-hint", Static).update(hint_text(hint))
        return found

    @on(Input.Changed, "#value")
    def changed(self, event: Input.Changed) -> None:
        # the opening value keeps the reason it came with; "Tekan Enter lagi…" is of the value
        # Enter was pressed on (walk57: ctrl+u left it under an empty field, no notes above)
        if event.value != clean_line(self.value) or self.confirmed is not None:
            self.show_error("")
        self.show_assessment(event.value)

    def action_save(self) -> None:
        self.query_one("#value", Input).action_submit()

    def action_clear(self) -> None:
        self.query_one("#value", Input).clear()

    @on(Input.Submitted, "#value")
    def submit(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        found = self.show_assessment(text, submitted=True)
        if text and found.error:
            return
        if found.warnings and self.confirmed != text:
            self.confirmed = text
            self.show_error(t("confirm_warnings", self.lang))
            return
        self.dismiss(text)


def preview_area(hint: str = "") -> ComposeResult:
    """The preview line, the warnings and (when given) a hint under a dialog's inputs."""
    yield Static(id="preview", classes="dialog-preview", markup=False)
    yield Static(id="warnings", classes="dialog-warnings", markup=False)
    if hint:
        yield Static(hint_text(hint), classes="dialog-hint")


def hint_text(hint: str) -> KeptWhole:
    """A hint under a dialog's inputs, each " · " kept with the word before it: wrapped, a line
    began with it ("· WTP · 10 kali. Empty = not reported." under the realisasi's examples at
    60×20 in English: tui47); its last words kept together."""
    return KeptWhole(no_widow(Content.styled(hint.replace(" · ", f"{NO_BREAK}· "), "$text-muted")))


def show_preview(
    dialog: Dialog, shown: Content, warnings: tuple[str, ...], read: tuple[str, ...] = ()
) -> None:
    """Show a preview with how the value is ``read`` under it, and the engine's doubts (each
    hidden when empty)."""
    preview, lines_widget = (
        dialog.query_one("#preview", Static),
        dialog.query_one("#warnings", Static),
    )
    if read:
        # (a sentence of its own, as `lkj-tui set` prints it: "Titik pada '3.22' …", tui67)
        said = Content("\n").join(
            Content.styled(clean_line(r[:1].upper() + r[1:], 300), "$text-muted") for r in read
        )
        shown = Content.assemble(shown, "\n", said) if shown.plain else said
    preview.update(shown)
    preview.display = bool(shown.plain)
    lines = [Content.styled(f"⚠ {clean_line(w, 300)}", "$text-warning") for w in warnings]
    lines_widget.update(Content("\n").join(lines))
    lines_widget.display = bool(lines)


def _parsed(text: str, lang: str) -> Assessment:
    """Without the engine: only whether ``text`` can be read."""
    try:
        typed_value(text.strip())
    except ParseError as exc:
        return Assessment(Content(), (), exc.message_en if lang == "en" else exc.message)
    return Assessment(Content())


class TextDialog(Dialog):
    """Write or edit one permasalahan/solusi; ctrl+s saves, an empty text is refused."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "save", "key_save", key_display="^s")
    ]

    def __init__(self, title: str, text: str, lang: str = "id", error: str = "") -> None:
        super().__init__(title, lang, error)
        self.text = text

    def body(self) -> ComposeResult:
        yield CleanTextArea(clean(self.text), id="text", soft_wrap=True, show_line_numbers=False)
        with Horizontal(classes="dialog-buttons"):
            yield Button(t("ok", self.lang), id="save", variant="primary")
            yield Button(t("cancel", self.lang), id="cancel")

    def first_focus(self) -> Widget | None:
        return self.query_one("#text", TextArea)

    def dirty(self) -> bool:
        return self.query_one("#text", TextArea).text.strip() != clean(self.text).strip()

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        text = self.query_one("#text", TextArea).text.strip()
        if not text:
            self.show_error(t("empty_text", self.lang))
            return
        self.dismiss(text)

    @on(Button.Pressed, "#cancel")
    def cancel_pressed(self) -> None:
        self.action_cancel()


def _choice(label: str) -> Content | Visual:
    """A choice's label; a numbered item's ("1. Dari target…") with its later lines under its
    text, not at column 0 under its number (`p` at 60×20, tui35)."""
    from lkj_tui.tui.components.whole import Hanging

    number = _NUMBERED.match(label)
    if number is None:
        return Content(label)
    return Hanging(Content(number.group()), Content(label[number.end() :]))


class ChoiceDialog(Dialog):
    """Pick one entry (``choices`` of (key, label)); returns its key. The options carry no id:
    keys come from the data (item ids), which may repeat or be any text, and ``OptionList``
    refuses a repeated id (``DuplicateID``); the choice is found by its position."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "pick", "key_pick"),
        # (as in the tree: `j` did nothing in p's, s's and a's lists, tui67)
        Binding("j", "step('down')", show=False),
        Binding("k", "step('up')", show=False),
    ]
    FIT_LIST = "#choices"

    def __init__(self, title: str, choices: list[tuple[str, str]], lang: str = "id") -> None:
        super().__init__(title, lang)
        self.choices = choices

    def body(self) -> ComposeResult:
        options = [Option(_choice(clean_words(label, 200))) for _, label in self.choices]
        yield OptionList(*options, id="choices", markup=False)

    @on(OptionList.OptionSelected, "#choices")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(self.choices[event.option_index][0])

    def action_pick(self) -> None:
        """Enter (the list runs it itself while it has the focus; here for the key bar)."""
        self.query_one("#choices", OptionList).action_select()

    def action_step(self, way: str) -> None:
        choices = self.query_one("#choices", OptionList)
        (choices.action_cursor_down if way == "down" else choices.action_cursor_up)()


class ConfirmDialog(Dialog):
    """Yes or no; ``y``/enter on the yes button confirms, ``n``/esc cancels, the key bar
    naming them as the buttons do ("y Buat", "esc Batal": it said "y Ya n Tidak" under "Buat"
    and "Batal", edit47; ``n`` is Esc's key, named on the bar's right). ``command``: a
    command the text names (``lkj-tui restore ID --store PATH``), on a line of its own under
    it, the dialog as wide as it needs to hold it whole, up to the screen's width.
    ``destructive``: the yes button drops or replaces something (delete, discard, overwrite)
    and is red; else it has the primary colour (next year's report was made under a red
    "Buat", as if it destroyed something: edit46). Each caller says which."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("y", "yes", "key_yes"),
        Binding("n", "no", "key_no", show=False),
    ]

    def __init__(
        self,
        title: str,
        text: str,
        yes: str,
        lang: str = "id",
        no: str | None = None,
        command: str = "",
        *,
        destructive: bool,
    ) -> None:
        super().__init__(title, lang)
        self.text, self.yes, self.no, self.destructive = text, yes, no, destructive
        self.command = clean_line(command)

    def body(self) -> ComposeResult:
        # (each line's last words kept together: "riwayat." stood alone at 60×20, edit47)
        yield Static(KeptWhole(no_widow(Content(clean(self.text)))), classes="dialog-name")
        if self.command:
            shown = "\n".join(self.command_lines())
            yield Static(Content(shown), classes="dialog-name", id="command")
        with Horizontal(classes="dialog-buttons"):
            yield Button(self.yes, id="yes", variant="error" if self.destructive else "primary")
            yield Button(self.no or t("cancel", self.lang), id="no")

    def bar_words(self) -> dict[str, str | None]:
        """The keys named by the buttons' words (already translated: the bar keeps them)."""
        return {"yes": self.yes, "cancel": self.no or t("cancel", self.lang)}

    def command_lines(self) -> list[str]:
        """The command as the dialog shows it (:meth:`Dialog.folded`)."""
        return self.folded(self.command)

    def on_mount(self) -> None:
        if self.command:
            self.hold_whole(max(self.command_lines(), key=cell_len))

    def first_focus(self) -> Widget | None:
        return self.query_one("#no", Button)

    @on(Button.Pressed, "#yes")
    def action_yes(self) -> None:
        self.dismiss(True)

    @on(Button.Pressed, "#no")
    def action_no(self) -> None:
        self.dismiss(False)

    def action_cancel(self) -> None:
        self.dismiss(False)


class DiscardDialog(ConfirmDialog):
    """Before typed text is dropped: keep editing (focused: Enter; ``n``, Esc) or discard (``y``),
    the key bar naming them as the buttons do."""

    def __init__(self, lang: str = "id") -> None:
        super().__init__(
            t("discard_title", lang),
            t("discard_text", lang),
            t("discard_yes", lang),
            lang,
            no=t("keep_editing", lang),
            destructive=True,
        )
