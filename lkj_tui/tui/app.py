"""The lkj-tui application: tree on the left, detail on the right, summary on top.

Blocking work (loading, saving, exporting, filtering, searching) runs in thread workers that post a
message back (:mod:`lkj_tui.tui.messages`); only the handlers touch widgets. Edits live in
:mod:`lkj_tui.tui.editing`, finding and leaving (filter, jumps, search, export…) in
:mod:`lkj_tui.tui.navigation`.

Start-up is kept short: the report is read in a thread from the moment the app is made, so it is
usually ready by the first frame; dialogs, the help and the export are imported when first used.
The detail pane follows the cursor at once, but while keys come faster than ``DETAIL_DELAY`` apart
(an arrow key held down) it waits until the cursor rests, so holding a key only moves the cursor.
"""

from __future__ import annotations

import dataclasses
import gc
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable
from contextlib import suppress
from functools import partial
from itertools import chain
from pathlib import Path
from time import monotonic
from typing import TYPE_CHECKING, Any, ClassVar

from textual import events, work
from textual.app import App, ComposeResult, SystemCommand
from textual.binding import Binding, BindingsMap, BindingType
from textual.message import Message
from textual.notifications import Notification, Notify
from textual.screen import Screen
from textual.timer import Timer

from lkj_tui.core.changes import ChangeLog
from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.model import PARENT_KINDS, Node, Report
from lkj_tui.core.numbers import grouped as count
from lkj_tui.core.sanitize import clean_line
from lkj_tui.storage.store import Store
from lkj_tui.tui.authoring import AuthoringMixin
from lkj_tui.tui.commands import LkjCommands, open_palette, system_commands
from lkj_tui.tui.components.detail import DetailPane
from lkj_tui.tui.components.keybar import KeyBar
from lkj_tui.tui.components.summary import SummaryBar
from lkj_tui.tui.components.tree import LkjTree
from lkj_tui.tui.components.whole import GLUE, dated_whole, lines_whole
from lkj_tui.tui.editing import EditsMixin
from lkj_tui.tui.importfile import ImportMixin
from lkj_tui.tui.messages import (
    ListingProgress,
    LoadFailed,
    RevisionSeen,
    ViewEvaluated,
    ViewLoaded,
)
from lkj_tui.tui.navigation import NavigationMixin
from lkj_tui.tui.offthread import off_thread
from lkj_tui.tui.overview import OverviewMixin
from lkj_tui.tui.session import View, load_view, throttled
from lkj_tui.tui.sharing import SharingMixin
from lkj_tui.tui.text import commands_apart, error_text, paths_apart, t, toast_room

if TYPE_CHECKING:
    from textual.worker import Worker

    from lkj_tui.core.reviu import Reviu
    from lkj_tui.tui.components.dialogs import Dialog
    from lkj_tui.tui.reviu import ReviuReady

#: keys typed before the first report is on screen that are kept to be typed again once it is
#: (a key held down through a minute's loading would replay thousands of moves)
HELD_KEYS = 100
#: how many times a key waits for a busy widget before the next key goes anyway (a widget kept
#: busy by something else, never idle: the keys would wait for ever)
KEY_ROUNDS = 1000
#: the workers that end by opening a screen (or saying why not): the report list's (``r``), the
#: conflicts' (``K``), a node's history (``H``), an import (its report, or why not: a dialog),
#: a sync (``S``: the report read again with what came), a new report (next year's, or an empty
#: one: opened once made). The keys typed after the key that started one wait until it has
#: finished: typed on, "kesehatan" acted on the report (``e`` opened the realisasi, ``s`` a new
#: solusi) before the list came to filter it; during an import or a sync they acted on the
#: report it then replaced (until tui59), and while next year's was made (until tui61).
OPENS_A_SCREEN = frozenset(
    {
        "action_switch_report",
        "conflicts_worker",
        "create_worker",
        "history_worker",
        "import_worker",
        "sync_worker",
    }
)
DETAIL_DELAY = 0.05  # seconds: cursor moves closer together than this update the detail once
#: an author's keys, after the node's own (^y only while something is undone: bar_words)
_BUILD = ("add_child", "delete", "move", "undo", "redo")
#: next year's report (new --from): its targets to fill, T and n walk the measures without one
_TO_FILL = ("edit_target", "toggle_untargeted", "next_under", *_BUILD)
#: The main key bar's first keys (:meth:`LkjApp.bar_first`), by the selected node: an indicator
#: with its realisasi, one without (next year's report: its target), a node with no measure,
#: no node (an empty report, every add undone: what works without one).
BAR_FIRST: dict[str, tuple[str, ...]] = {
    "realisasi": ("edit_realisasi", *_BUILD),
    # e after t: without it a planner looking for the realisasi pressed r (the report picker).
    # At 80 columns in Indonesian d then gives way on an indicator's row (it stays on the rows
    # above, "a Tambah d Hapus M Pindah"; in English both fit); the help lists every key
    "target": (*_TO_FILL[:1], "edit_realisasi", *_TO_FILL[1:]),
    # every target filled (or a report in review whose measures all have one): no T to offer
    "targeted": ("edit_target", "edit_realisasi", *_BUILD),
    "node": (*_BUILD, "edit_item('permasalahan')"),
    "none": ("add_child", "undo", "redo"),
}
#: While the report is in review (something under target, or every realisasi reaching its
#: target: :attr:`View.in_review`) the reviewer's keys come first: a reviewer in a meeting saw
#: "a d M ^z …" and no "u n /" at 80 columns (edit19's order; tui20: with nothing under target).
_REVIEW = ("toggle_under", "next_under", "search")
BAR_FIRST_IN_REVIEW = {  # (n once, in its place among the reviewer's: "u n / t T", not "u / t T n")
    kind: (*_REVIEW, *(key for key in keys if key not in _REVIEW))
    # a measure without its target: t without e, as before (at 80 columns with u's filter on
    # e took ^p's word); with its target and no realisasi yet, e first: the value to type (an
    # author filling the realisasi of a report in review saw "u n / t T …", no e)
    for kind, keys in {**BAR_FIRST, "target": _TO_FILL, "targeted": BAR_FIRST["realisasi"]}.items()
}
#: While u's filter is on: the reviewer's keys, without T (the other filter, in the help and the
#: palette): with u reading "Semua", "T Tanpa target" fitted at 80 columns only by taking ^p's word.
BAR_FIRST_UNDER = {
    kind: tuple(key for key in keys if key != "toggle_untargeted")
    for kind, keys in BAR_FIRST_IN_REVIEW.items()
}
#: While T's filter is on (only the measures without a target): every measure's target first,
#: T (to leave the filter) and n (to walk it) on every row; T was gone from the bar on the
#: filter's parents and on a measure with a realisasi but no target (tui22).
BAR_FIRST_UNTARGETED = {
    "realisasi": _TO_FILL,
    "target": _TO_FILL,
    "targeted": _TO_FILL,
    "node": ("toggle_untargeted", "next_under", *BAR_FIRST["node"]),
    "none": ("toggle_untargeted", "next_under", *BAR_FIRST["none"]),
}
#: The first keys that give way to the palette's word in the key bar (components/keybar.py): the
#: keys that build the tree, which the palette lists. Without its word "^p" said nothing to a
#: first-time reviewer at 100-110 columns on an IKU, where "M Pindah ^z Batal" took its room.
BAR_YIELDS = frozenset({*_BUILD, "edit_item('permasalahan')"})
#: The key bar's words that follow the moment (:meth:`LkjApp.bar_words`): a text.py key for an
#: action's word, None to leave its key off the bar. A filter's key, while its filter is on, is
#: named for what it does then: "Semua" / "Show all" (it still said "Filter ▼" / "Tanpa target",
#: and "T Tanpa target n Berikut tanpa target" cost ^p its word at 80 columns).
_UNDER_ON = {"toggle_under": "filter_all"}  # u's filter on: u shows everything again
#: T's filter on: T shows everything again, n walks its measures, u switches to the other
#: filter (it said "u Filter ▼" there, which read as a second filter to add, or as the way out)
_WALKS_UNTARGETED = {
    "toggle_untargeted": "filter_all",
    "next_under": "next_untargeted",
    "toggle_under": "to_under",
}
_NOTHING_UNDER = {"toggle_under": None, "next_under": None}  # next year's, before any realisasi
_NOTHING_UNDER_WALKS_UNTARGETED = {**_WALKS_UNTARGETED, "toggle_under": None}
_NO_WORDS: dict[str, str | None] = {}
#: On a node without a measure (a Tujuan, a Program, a Kegiatan) ``e``, ``t`` and ``m`` are left
#: off the bar: they offered "e Realisasi t Target" (edit26) and "m Ukuran" (edit27) there and
#: only answered "Pilih indikator".
_NO_VALUE = {"edit_realisasi": None, "edit_target": None, "edit_measure": None}
#: With no node selected (an empty report, every add undone; a filter that shows nothing) every
#: key that needs one: it offered "/ Cari p Masalah s Solusi d Hapus" there.
_NO_NODE = {
    **_NO_VALUE,
    "search": None,
    "edit_item('permasalahan')": None,
    "edit_item('solusi')": None,
    "delete": None,
    "move": None,
}
_QUIT = frozenset({"quit"})
#: On a node with nowhere to move (a Tujuan; a Sasaran of the report's one Tujuan) ``M`` is left
#: off: it offered "M Pindah" there and only answered that there was no other place.
_NO_MOVE = {"move": None}


def nowhere_to_move(
    report: Report, node: Node, kinds_held: Callable[[], dict[str, int]] | None = None
) -> bool:
    """Whether ``node`` has no other parent to move under: a Tujuan (it stands at the top), a
    Sasaran beside no other Tujuan (the report's top looked at), a node of another kind where
    the report holds no node of a kind it may go under but its own parent (``kinds_held``: how
    many nodes of each kind the report has, counted once per version of the report, not at each
    cursor move; without it such a node keeps ``M``, which says so when it finds no place).
    A node's subtree never holds a kind it may go under (``PARENT_KINDS`` leads down the
    hierarchy): counting the kinds is enough."""
    kinds = PARENT_KINDS.get(node.kind, ())
    if not kinds:
        return False
    if set(kinds) <= {None, "tujuan"}:
        return not any(n.kind in kinds and n.id != node.parent for n in report.roots())
    if None in kinds or kinds_held is None:
        return False
    held = kinds_held()
    parent = report.get(node.parent) if node.parent is not None else None
    mine = parent is not None and parent.kind in kinds
    return sum(held.get(kind, 0) for kind in kinds if kind is not None) - mine <= 0


def kinds_held(report: Report) -> dict[str, int]:
    """How many nodes of each kind ``report`` holds (one pass over its nodes)."""
    held: dict[str, int] = {}
    for node in report.nodes():
        held[node.kind] = held.get(node.kind, 0) + 1
    return held


#: ^z and ^y by what this session can undo and redo: ^y while something is undone, ^z off once
#: every change is (it stayed, doing nothing, and ^y, which would work, was not there); before
#: any change ^z is named, so an author knows it is there.
_UNDO_WORDS: dict[tuple[bool, bool], dict[str, str | None]] = {
    (False, False): {"redo": None},
    (True, False): {"redo": None},
    (True, True): {},
    (False, True): {"undo": None},
}


#: what is typed: a key, or a paste (as a terminal's bracketed paste brings it)
Typed = events.Key | events.Paste


def _holds_work(pump: Any) -> bool:
    """Whether a message pump (the app, a screen, a widget) has a message or a callback still to
    handle: in its queue, or the one Textual took out of it to look at (``_pending_message``:
    whether it may replace the one before)."""
    return bool(pump.message_queue_size or pump._pending_message or pump._next_callbacks)


class LkjApp(
    AuthoringMixin, EditsMixin, NavigationMixin, ImportMixin, OverviewMixin, SharingMixin, App[int]
):
    """Review one LKj report at a time; every edit is saved through the store at once."""

    CSS_PATH = "app.tcss"
    TITLE = "lkj-tui"
    AUTO_FOCUS = "#tree"
    COMMANDS: ClassVar = App.COMMANDS | {LkjCommands}
    BAR_YIELDS = BAR_YIELDS
    # Descriptions are text.py keys, translated in __init__; vim keys live on the tree, hidden.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("u", "toggle_under", "toggle_under"),
        Binding("n", "next_under", "next_under"),
        Binding("N", "prev_under", "prev_under", show=False),
        Binding("T", "toggle_untargeted", "toggle_untargeted", show=False),
        # Esc leaves the filter (u or T): a first-time reviewer pressed it and nothing happened
        Binding("escape", "leave_filter", "leave_filter", show=False, key_display="esc"),
        Binding("slash", "search", "search", key_display="/"),
        Binding("e", "edit_realisasi", "edit"),
        Binding("t", "edit_target", "target"),
        Binding("w", "edit_quarters", "quarters", show=False),
        Binding("m", "edit_measure", "measure"),
        Binding("p", "edit_item('permasalahan')", "problem"),
        Binding("s", "edit_item('solusi')", "solution"),
        Binding("a", "add_child", "add"),
        Binding("A", "add_sibling", "add_sibling", show=False),
        Binding("R", "rename", "rename", show=False),
        Binding("d", "delete", "delete"),
        Binding("M", "move", "move"),
        Binding("left_square_bracket", "shift(-1)", "shift_up", show=False, key_display="["),
        Binding("right_square_bracket", "shift(1)", "shift_down", show=False, key_display="]"),
        Binding("E", "edit_report", "report_form", show=False),
        Binding("ctrl+z", "undo", "undo", key_display="^z"),
        Binding("ctrl+y", "redo", "redo", show=False, key_display="^y"),
        Binding("L", "change_log", "change_log", show=False),
        Binding("c", "copy_node", "copy", show=False),
        # ctrl+c copies (Textual's own ctrl+c only says how to quit; q and ctrl+q quit): the mouse
        # selection, else the selected node (authoring.py); a dialog's field copies its own
        # selection. Not a priority binding: in a burst (j j ctrl+c) it must act after the moves.
        Binding("ctrl+c", "copy", "copy", show=False),
        Binding("x", "export", "export"),
        Binding("v", "reviu", "reviu", show=False),
        Binding("r", "switch_report", "switch"),
        Binding("i", "import_file", "import", show=False),
        Binding("o", "overview", "overview", show=False),
        Binding("H", "history", "history", show=False),
        Binding("K", "conflicts", "conflicts", show=False),
        Binding("S", "sync", "sync", show=False),
        Binding("plus", "expand_all", "expand_all", show=False),
        Binding("minus", "collapse_all", "collapse_all", show=False),
        Binding("ctrl+r", "reload", "reload", show=False),
        Binding("question_mark,f1", "help", "help", key_display="?"),
        Binding("q", "quit", "quit"),
    ]

    #: The keys above that act wherever they are pressed; the others act on the report of the main
    #: screen, so not while the overview (the one screen that is not a dialog) is over it: ``o``
    #: then ``w`` typed in one burst opened the triwulan form over the overview, for the node behind.
    _ANYWHERE = frozenset({"help", "quit", "copy"})
    _ON_THE_REPORT = frozenset(b.action.split("(")[0] for b in BINDINGS if isinstance(b, Binding))

    def run(self, *, headless: bool = False, **options: Any) -> int | None:
        """textual's ``run``; refused with :class:`NoTerminal` where a standard stream is not a
        terminal (:func:`not_a_terminal`), unless ``headless`` (the benchmark's first frame)."""
        stream = "" if headless else not_a_terminal()
        if stream:
            raise NoTerminal(stream)
        return super().run(headless=headless, **options)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self._ANYWHERE or action not in self._ON_THE_REPORT:
            return True
        stack = self.screen_stack
        return not stack or stack[-1] is stack[0] or stack[-1].is_modal

    def __init__(
        self,
        store: Store,
        report_id: str | None = None,
        lang: str = "id",
        store_typed: str | Path | None = None,
    ) -> None:
        super().__init__()
        self.store, self.lang, self.requested_id = store, lang, report_id
        self.store_typed = store_typed
        self.view: View | None = None
        #: :meth:`_kinds_held`: the report counted (with its revision and size) and its counts
        self._kinds: tuple[tuple[Report, int, int], dict[str, int]] | None = None
        self.reviu: Reviu | None = None  # the open report's findings (tui/reviu.py)
        self.reviu_at: str | None = None  # the finding last highlighted on the Reviu screen
        self.only_under = False
        self.only_untargeted = False
        self.saving = False
        self.quit_pending = False  # q pressed while a save was running: quit once it is done
        self.changelog = ChangeLog()  # this session's saved changes, for undo and the minutes
        self.config_file: Path | None = None  # the settings file (tui/settings.py), set on mount
        self.export_folder = Path.cwd()
        self.poll_seconds = 3.0  # how often to look whether another process saved the report
        self._load_seq = 0
        self.loading = True
        self._tree: LkjTree | None = None
        self._detail: DetailPane | None = None
        self._detail_timer: Timer | None = None
        self._detail_key: tuple[object, ...] | None = None  # what the detail pane shows
        # the key bar's order (bar_first) and words (bar_words) as drawn
        self._bar_state: tuple[object, object] = ((), _NO_WORDS)
        self._detail_at = float("-inf")  # when it last followed the cursor (monotonic)
        self.dialogs_opening = 0  # dialogs asked for and not yet on screen (tests wait for them)
        # messages of loads that finished before the app ran; None once it runs
        self._early: list[Message] | None = []
        self._early_lock = threading.Lock()
        self.exiting = False  # set by exit(): later keys are dropped
        self.after_first_frame: Callable[[], object] | None = None  # see run_tui
        #: what waits for the open report's evaluation (a big report is evaluated after its
        #: first frame): run once it is made
        self._when_evaluated: list[Callable[[], object]] = []
        #: the key being handled (see on_event)
        self._typing: Typed | None = None
        self._typed_next: Typed | None = None  # a waiting key sent again (_type_next)
        #: keys typed before the first report is on screen, or while a key before them is being
        #: handled (and a paste among them): typed again, one at a time, in order (on_event)
        self._held: deque[Typed] = deque()
        self._held_dropped = 0  # keys past HELD_KEYS: dropped, and said
        self._loading_said = ""  # what the loading screen says (the listing's progress)
        #: a key was typed since the start: the start screen (the overview) is not opened over
        #: what the keys did (tui/overview.py)
        self.keys_typed = False
        #: toasts that replace the one before them of the same kind (see toast): the text of one
        #: asked for → its kind; each kind's toast on screen
        self._toast_kinds: dict[str, str] = {}
        self._kind_shown: dict[str, Notification] = {}
        self._untranslated = self._bindings  # descriptions are text.py keys
        self._bindings = self._translated(lang)
        # read the report while Textual starts: a small one is ready by the first frame, a huge
        # one shows "Memuat laporan…" until it is
        self.load(report_id, "open")

    def get_default_screen(self) -> Screen:
        # a class of its own: made when the app starts, not when the TUI is imported (≈ 3 M
        # instructions for a Screen subclass: Textual's class set-up)
        from lkj_tui.tui.components.mainscreen import MainScreen

        return MainScreen(id="_default")  # (Textual's id for it)

    def compose(self) -> ComposeResult:
        # the tree and the pane side by side on the screen itself (app.tcss), in no container: a
        # move's paint renders every widget under the rows it changes, and a container drew its
        # 35 rows of background under them each time
        yield SummaryBar(self.lang, id="summary")
        yield LkjTree(self.lang, id="tree")
        yield DetailPane(self.lang, id="detail")
        yield KeyBar()

    def on_mount(self) -> None:
        self.tree.on_cursor_moved = self.highlighted  # the tree has the focus (AUTO_FOCUS)
        self.apply_settings()
        if self.view is None:
            self.detail.show(None, t("loading", self.lang))
        if self.poll_seconds:
            self.set_interval(self.poll_seconds, self.poll_store)
        with self._early_lock:
            early, self._early = self._early or [], None
        for message in early:
            self.post_message(message)

    def _report_shown(self) -> None:
        """The first report is on screen, or could not be read: start-up is over (``run_tui``
        turns the cyclic GC back on after the next frame)."""
        then, self.after_first_frame = self.after_first_frame, None
        # the main key bar's keys that only waited act now (acting_now)
        self.tree.screen.query_one(KeyBar).refresh()
        if then is not None:
            self.call_after_refresh(then)

    def exit(self, *args: Any, **kwargs: Any) -> None:
        self.exiting = True
        super().exit(*args, **kwargs)

    async def action_quit(self) -> None:
        """q and ctrl+q: never lose typed text, never leave while a save is running."""
        screen = self.screen
        dirty = getattr(screen, "dirty", None)
        if screen.is_modal and callable(dirty) and dirty():
            screen.ask_discard(then=lambda: self.call_later(self.action_quit))  # type: ignore[attr-defined]
            return
        if self.saving:
            self.quit_pending = True
            self.toast(t("quit_waits", self.lang), "warning", timeout=10)
            return
        self.exit()

    def get_system_commands(self, screen: Screen[object]) -> Iterable[SystemCommand]:
        return system_commands(self, screen)

    def action_command_palette(self) -> None:
        open_palette(self)

    def search_themes(self) -> None:
        open_palette(self, themes=True)

    def saved_done(self, ok: bool) -> None:
        """A save ended: leave now if q was pressed meanwhile and it went through; if it failed,
        stay (the error and the typed text are on screen), never a silent exit."""
        if not self.quit_pending:
            return
        self.quit_pending = False
        if ok:
            self.exit(0, message=t("quit_saved", self.lang))
        else:
            self.toast(t("quit_cancelled", self.lang), "error", timeout=30)

    def apply_settings(self) -> None:
        """The saved theme (tui/settings.py); later theme switches are saved."""
        from lkj_tui.tui.settings import config_path, load

        self.config_file = config_path()
        theme = load(self.config_file).get("theme")
        if theme and theme in self.available_themes and theme != self.theme:
            self.theme = theme
        self.theme_changed_signal.subscribe(self, lambda th: self.remember(theme=th.name))

    def remember(self, **settings: str) -> None:
        """Save settings for the next session; a failure is said, never fatal."""
        from lkj_tui.tui.settings import save

        try:
            save(self.config_file, **settings)
        except Exception as exc:
            self.toast(
                t(
                    "settings_failed",
                    self.lang,
                    error=error_text(exc, self.lang, self.typed_options()),
                ),
                "warning",
            )

    def _translated(self, lang: str) -> BindingsMap:
        """The app's bindings with their descriptions and tooltips in ``lang``."""
        return BindingsMap(
            dataclasses.replace(
                b, description=t(b.description, lang), tooltip=t(f"{b.description}_help", lang)
            )
            for bindings in self._untranslated.key_to_bindings.values()
            for b in bindings
        )

    def action_toggle_lang(self) -> None:
        """Switch the language now (saved in the settings for the next sessions too)."""
        self.set_lang("id" if self.lang == "en" else "en")
        self.remember(lang=self.lang)
        self.toast(t("lang_saved", self.lang), timeout=6)

    def set_lang(self, lang: str) -> None:
        """Show everything in ``lang`` at once: the key bar, the summary, the tree's labels and the
        detail pane repaint; dialogs, the help and the palette opened from now on use it."""
        self.lang = lang
        self._bindings = self._translated(lang)
        self.tree.set_lang(lang)
        self.detail.lang = lang
        summary = self.query_one(SummaryBar)
        summary.lang = lang
        self.tree.screen.refresh_bindings()  # the main screen's key bar
        for screen in self.screen_stack:  # the overview, when it is open (it has its own texts)
            if callable(relang := getattr(screen, "set_lang", None)):
                relang(lang)
        self._detail_key = None
        if self.view is None:  # still loading, or the load failed
            self.detail.show(None, t("loading" if self.loading else "no_report", lang))
        else:
            self.refresh_panes()

    @property
    def tree(self) -> LkjTree:
        if self._tree is None:  # kept: the main screen's widgets live as long as the app
            self._tree = self.query_one("#tree", LkjTree)
        return self._tree

    @property
    def detail(self) -> DetailPane:
        if self._detail is None:
            self._detail = self.query_one("#detail", DetailPane)
        return self._detail

    # ------------------------------------------------------------------ dialogs and fast typing
    def open_dialog(self, dialog: Dialog, callback: Callable[[Any], None] | None = None) -> None:
        """Open ``dialog`` with its input focused before the app handles the next key."""
        self.dialogs_opening += 1
        self.call_next(self._open_dialog, dialog, callback)

    async def _open_dialog(self, dialog: Dialog, callback: Callable[[Any], None] | None) -> None:
        try:
            if self.exiting:
                return
            await self.push_screen(dialog, callback)  # the app's next key waits for the mount
            dialog.take_focus()
        finally:
            self.dialogs_opening -= 1

    async def on_event(self, event: events.Event) -> None:
        """Keys are handled one at a time, in the order typed: a key typed while the one before it
        is still being handled (its widget, the dialog or screen it opens, what that posts) waits,
        and is sent once the app has done all of that, to the screen and field on top then.
        Sent at once, keys typed ahead went to the widget focused when they came: ``o`` ctrl+t
        lost the ctrl+t (it reached the tree, and came back once the overview was on top), and
        a key typed once a dialog was open overtook the keys still on their way back from the
        tree ("Teks" came out "sTek"). A paste waits its turn as a key does (pasted right after
        ``e``, the value went to the tree and was lost). (Until tui59 a key that came back from
        the screen it was sent to after a dialog opened over it was typed again into the dialog:
        since a key waits for the workers that open one, sync and import too, no key comes so.)"""
        if isinstance(event, (events.Key, events.Paste)):
            if self.exiting:
                return  # keys typed after q: the app is closing, nothing may open or change
            if not event.is_forwarded:
                if event is not self._typed_next:
                    self.keys_typed |= isinstance(event, events.Key)
                    if self._holds(event) or self._waits(event):
                        return
                self._typed_next = None
                self._typing = event
                await super().on_event(event)
                # (forwarded: to the focused widget, as Textual does; else a binding ran it)
                sent_to = (self.focused or self.screen) if event.is_forwarded else None
                self._key_handled(event, sent_to)
                return
        await super().on_event(event)

    def _waits(self, event: Typed) -> bool:
        """Keep ``event`` behind the keys typed before it that are not handled yet (not while the
        first report loads: ``q``, ``?`` that :meth:`_holds` let through act at once)."""
        if (self._typing is None and not self._held) or self.acting_now() is not None:
            return False
        self._held.append(event)
        return True

    def _key_handled(self, event: Typed, sent_to: Any = None, rounds: int = 0) -> None:
        """Once nothing is left of what ``event`` started, the next key typed goes
        (:meth:`_type_next`): the widget it was ``sent_to`` has handled it, then every widget of
        every screen, and the app, has handled what it was given (the key bubbling up, the
        messages it made, a dialog or a screen it opened, mounting)."""
        if self._typing is not event:
            return
        if rounds < KEY_ROUNDS:
            again = partial(self.call_later, self._key_handled, event, None, rounds + 1)
            for pump in chain((sent_to,) if sent_to is not None else (), self._busy_pumps()):
                if pump.call_later(again):  # (after what it holds; False: it has closed)
                    return
            if _holds_work(self):  # (after what the app holds)
                self.call_later(self._key_handled, event, None, rounds + 1)
                return
            if any(w.name in OPENS_A_SCREEN and not w.is_finished for w in self.workers):
                return  # (looked at again once it has: on_worker_state_changed)
            if self.loading and self.view is not None:  # another report (or this one again)
                # being read: the keys are for it, not for the one it replaces (looked at again
                # once it is on screen: _release_held)
                return
        self._typing = None
        self._type_next()

    def on_worker_state_changed(self, message: Worker.StateChanged) -> None:
        """A worker that opens a screen has finished: the key waiting for it may go."""
        if message.worker.name in OPENS_A_SCREEN and message.worker.is_finished and self._typing:
            self.call_later(self._key_handled, self._typing)

    def _busy_pumps(self) -> Iterable[Any]:
        """The screens and widgets with a message or a callback still to handle."""
        for screen in self.screen_stack:
            yield from filter(_holds_work, screen.walk_children(with_self=True))

    def _type_next(self) -> None:
        """Send the next key waiting (:meth:`_waits`, :meth:`_holds`), if no key is being
        handled and the report is on screen."""
        if self._typing is not None or not self._held or self.acting_now() is not None:
            return
        if self.exiting:
            self._held.clear()
            return
        event = self._held.popleft()
        again: Typed = (
            events.Key(event.key, event.character)
            if isinstance(event, events.Key)
            else events.Paste(event.text)
        )
        self._typed_next = again
        self._typing = again  # (a key typed meanwhile waits behind it)
        self.post_message(again)

    @property
    def typing_ahead(self) -> bool:
        """A key typed is being handled, or waits its turn (not while the first report loads)."""
        return self._typing is not None or (bool(self._held) and self.acting_now() is None)

    def _holds(self, event: Typed) -> bool:
        """Hold ``event`` if no report is on screen yet (the first is being read): typed at once
        after ``lkj-tui``, ``/`` and ``pers`` acted on the loading screen (nothing to search), went
        to the tree and came back once the overview had opened, as its filter's text. Held, they
        are typed again once the report is on screen (:meth:`_release_held`); ``q`` acts at once,
        and so do ``?`` and ctrl+c while nothing is held. A paste is held in its place among
        them (until tui59 it went to the loading screen: ``/`` and a pasted word opened an empty
        search). Past ``HELD_KEYS`` keys are dropped, and the loading screen says so."""
        acting = self.acting_now()
        if acting is None:
            return False
        if isinstance(event, events.Key):
            actions = {b.action for b in self._bindings.key_to_bindings.get(event.key, ())}
            if actions & acting:
                return False
        if len(self._held) < HELD_KEYS:
            self._held.append(event)
            if len(self._held) == 1:
                self.query_one(KeyBar).refresh()  # ? is held from now on: off the bar
        else:
            self._held_dropped += 1
        self._say_loading()
        return True

    def acting_now(self) -> frozenset[str] | None:
        """While the first report is being read (keys are held, :meth:`_holds`), the actions that
        still act at once: ``q``, and ``?`` and ctrl+c while nothing is held; None once a report
        is on screen (or none could be read), or over another screen. The key bar shows only
        those keys then: it offered "a Tambah ^z Batal u Filter ▼ …", keys that only waited."""
        if self.view is not None or not self.loading or len(self.screen_stack) > 1:
            return None
        return _QUIT if self._held else _QUIT | self._ANYWHERE

    def _say_loading(self, said: str | None = None) -> None:
        """The loading screen's words (``said``: the listing's progress), and the keys held."""
        if said is not None:
            self._loading_said = said
        lang = self.lang
        lines = [self._loading_said or t("loading", lang)]
        if self._held:
            lines.append(t("keys_held", lang, n=count(len(self._held), lang)))
        if self._held_dropped:
            lines.append(t("keys_dropped", lang, n=count(self._held_dropped, lang)))
        self.query_one(SummaryBar).loading("\n".join(lines))
        self.detail.show(None, "\n\n".join(lines))

    def _release_held(self) -> None:
        """Type the held keys again, in order, now that a report is on screen (or none could be
        read: then they act on that screen, as typed after it)."""
        dropped, self._held_dropped = self._held_dropped, 0
        if self._typing is not None:  # (a key waited for the report: _key_handled)
            self.call_later(self._key_handled, self._typing)
        else:
            self._type_next()
        if dropped:
            self.toast(t("keys_dropped", self.lang, n=count(dropped, self.lang)), "warning")

    def bar_first(self) -> tuple[str, ...]:
        """The actions the key bar shows first: those that apply to the selected node (at 80
        columns it showed only "u n / e …", none of the keys to add, move, delete or undo), after
        the keys that find what is under target while the report is in review (something is
        under target, or every realisasi reaches its target: not next year's before them)."""
        node, view = self.selected(), self.view
        if self.only_untargeted:
            order = BAR_FIRST_UNTARGETED
        elif self.only_under:
            order = BAR_FIRST_UNDER
        else:
            order = BAR_FIRST_IN_REVIEW if view is not None and view.in_review else BAR_FIRST
        if node is None or view is None:
            return order["none"]
        m = node.measure
        if m is None:
            return order["node"]
        from lkj_tui.core.reviu.measures import is_missing  # (loaded by the reviu already)

        if is_missing(m.target):  # its target first, whatever its realisasi: no capaian without
            return order["target"]
        if m.realisasi:
            return order["realisasi"]
        # T only where some measure lacks its target: a report whose every target is filled
        # showed T, and T then said there was nothing to show; in review its realisasi first
        return order["targeted" if view.in_review or not view.lacks_target else "target"]

    def bar_words(self) -> dict[str, str | None]:
        """The key bar's words that follow the moment: with T's filter on, ``n`` walks the
        measures without a target and says so (it said "Berikut ▼", the under-target walk); on
        next year's report before any realisasi nothing is, nor can be, under target, and ``u``
        and ``n`` are left off the bar (``u`` only answered that nothing was under target); the
        key of the filter that is on reads "Semua" / "Show all", what it does then; on a node
        without a measure ``e``, ``t`` and ``m`` are left off (they can edit nothing there), with
        no node selected every key that needs one, ``M`` where the node has nowhere to move;
        ``^z`` and ``^y`` as they can act."""
        node = self.selected()
        log = self.changelog
        off = _NO_NODE if node is None else _NO_VALUE if node.measure is None else None
        view = self.view
        stays = (
            node is not None
            and view is not None
            and nowhere_to_move(view.report, node, partial(self._kinds_held, view))
        )
        return {
            **self._moment_words(),
            **(off or {}),
            **(_NO_MOVE if stays else {}),
            **_UNDO_WORDS[bool(log.can_undo), bool(log.can_redo)],
        }

    def _kinds_held(self, view: View) -> dict[str, int]:
        """:func:`kinds_held` of the view's report, counted again only when the report (or its
        revision, or its number of nodes: a node added or deleted) is another (the key bar asks
        at every cursor move: no walk of a report of 100k measures per key)."""
        report = view.report
        key = (report, view.revision, len(report))
        if self._kinds is None or self._kinds[0][0] is not report or self._kinds[0][1:] != key[1:]:
            self._kinds = (key, kinds_held(report))
        return self._kinds[1]

    def _moment_words(self) -> dict[str, str | None]:
        if self.only_under:
            return _UNDER_ON
        view = self.view
        nothing_under = view is not None and view.ready and not view.in_review
        if self.only_untargeted:
            return _NOTHING_UNDER_WALKS_UNTARGETED if nothing_under else _WALKS_UNTARGETED
        return _NOTHING_UNDER if nothing_under else _NO_WORDS

    def filter_mode(self) -> str | None:
        """The tree's filter: ``under`` (``u``), ``untargeted`` (``T``) or None."""
        return "under" if self.only_under else "untargeted" if self.only_untargeted else None

    def selected(self) -> Node | None:
        node_id = self.tree.current_id()
        if self.view is None or node_id is None:
            return None
        return self.view.report.get(node_id)

    def typed_options(self) -> str:
        """What a command the TUI prints (``lkj-tui restore ID``) needs to reach this store in
        this language, as the CLI's messages carry it: the ``--store`` the user typed, ``--lang
        en`` in English (:func:`~lkj_tui.storage.errors.store_option`)."""
        from lkj_tui.storage.errors import store_option

        return store_option(self.store_typed, self.lang)

    def toast(
        self,
        message: str,
        severity: str = "information",
        timeout: float | None = None,
        kind: str | None = None,
        lines: bool = False,
    ) -> None:
        """Every toast goes through here: cleaned, never markup. A toast of a ``kind`` replaces
        the one of that kind still on screen (``n`` pressed five times shows where the cursor is,
        not five positions stacked over the detail pane). ``lines``: the message's line breaks
        are kept (a path broken at its separators), each line cleaned."""
        from lkj_tui.storage.errors import one_bracket

        message = one_bracket(message)  # (a path's note and the aside after it: one, paths55)
        if lines:
            text = "\n".join(clean_line(line, 600) for line in message.split("\n")[:20])
        else:
            text = clean_line(message, 600)
        if "lkj-tui " in text:  # a command to type: on lines of its own, never broken inside
            text = commands_apart(text, self.size.width)
        # (a path in a sentence: at its separators; a date with its time, and which save)
        text = dated_whole(text, toast_room(self.size.width))
        text = paths_apart(text, self.size.width).replace(GLUE, " ")
        if kind is not None:
            self._toast_kinds[text] = kind
        self.notify(text, severity=severity, markup=False, timeout=timeout)  # type: ignore[arg-type]

    def on_notify(self, event: Notify) -> None:
        """Before Textual's own handler adds the toast: the one of its kind before it expires
        (the collection drops it when the new one is added, and the toasts on screen follow
        the collection). Here, not in :meth:`toast`: keys typed in a burst ask for several
        toasts before the first is added."""
        notification = event.notification
        kind = self._toast_kinds.pop(notification.message, None)
        # a figure kept whole with its unit and grade, "A (86,45)", as the detail pane keeps it
        # (Textual's toast wraps at any space): the lines broken where it is drawn
        notification.message = lines_whole(notification.message, toast_room(self.size.width))
        if kind is None:
            return
        old = self._kind_shown.get(kind)
        if old is not None:
            old.timeout = 0
        self._kind_shown[kind] = notification

    def toast_gone(self, kind: str) -> None:
        """The toast of ``kind`` on screen goes now (the next screen shown, a dialog, leaves it
        out), its word said: the shared store's start-up toast once ``K`` lists the conflicts."""
        said = self._kind_shown.pop(kind, None)
        if said is not None:  # (Textual's own way out of a toast, as a click on it takes)
            self._unnotify(said)

    # ------------------------------------------------------------------ loading
    def load(self, report_id: str | None, reason: str, then: object = None) -> None:
        """Read a report in a daemon thread (a huge one can take a while, and quitting must not
        wait for it) and evaluate it there too unless it is big (``session.EVALUATE_FIRST``: then
        its tree is shown first and :meth:`evaluate` follows); the result comes back as a
        message, the newest load wins. ``reason`` "external" and "reload" are said in a toast;
        "quiet" follows this app's own sync or restore, whose toast said what changed."""
        self._load_seq += 1
        self.loading = True
        args = (self._load_seq, report_id, reason, then, self.filter_mode())
        threading.Thread(target=self._load_thread, args=args, name="lkj-load", daemon=True).start()

    def _load_thread(
        self, seq: int, report_id: str | None, reason: str, then: object, mode: str | None
    ) -> None:
        message: Message

        def listed(done: int, total: int) -> None:
            self._post_loaded(ListingProgress(seq, done, total))

        try:
            # the filter and a dialog offered again after the load need the figures at once
            evaluate = mode == "under" or then is not None
            progress = throttled(listed) if report_id is None else None  # (the latest: a listing)
            view = load_view(self.store, report_id, evaluate=evaluate, progress=progress)
            only = view.filter_paths(mode)
        except Exception as exc:  # StoreError, ModelError, OSError: shown, the app stays up
            from lkj_tui.storage.errors import NotFoundError

            empty = isinstance(exc, NotFoundError) and exc.report_id is None  # (a new clone)
            error = error_text(exc, self.lang, self.typed_options())
            message = LoadFailed(seq, report_id, error, empty, empty and exc.held)
        else:
            message = ViewLoaded(seq, view, reason, only, then)  # type: ignore[arg-type]
        self._post_loaded(message)

    def _post_loaded(self, message: Message) -> None:
        """Post a load's message from its thread (before the app runs, on_mount posts it)."""
        with self._early_lock:
            if self._early is not None:  # the app is not running yet: on_mount posts it
                self._early.append(message)
                return
        self.post_message(message)

    def on_view_loaded(self, message: ViewLoaded) -> None:
        if message.seq != self._load_seq:
            return  # a newer load is on its way
        self.loading = False
        same = self.view is not None and self.view.report_id == message.view.report_id
        if self.view is not None and not same:
            self.reviu = self.reviu_at = None  # another report: its findings come with its reviu
            self._when_evaluated.clear()  # and what waited for the other one's figures is moot
        view = self.view = message.view
        if view.ready:
            self.detail.use(view.evaluation)
        self.tree.show_view(view, message.only, keep_open=same)  # (a reload: as it was)
        self.refresh_panes()
        if not view.report.roots():  # an empty report: the pane says how to start it, or
            from lkj_tui.tui.components.mainscreen import NARROW  # where it gives way, a toast

            if self.size.width < NARROW:
                self.toast(t("no_node_yet", self.lang), timeout=8)
        self._report_shown()
        self._release_held()
        self.call_after_refresh(self.start_reviu if view.ready else partial(self.evaluate, view))
        if view.ready:
            self._run_waiting()  # a reload evaluated at once (the filter is on)
        self.after_load(message.reason)  # the years; the overview at start (tui/overview.py)
        if message.reason in ("open", "switch"):
            self.sharing_state(view.report_id)  # a shared store: ahead, behind, conflicts
        # a report opened from the list or the overview is named by the summary's first line,
        # "LKj 2025 · Dinas …" (a toast saying the same, "Membuka LKj 2025 · Dinas …", covered
        # the detail pane's text for its seconds at 80×24: tui34)
        if message.reason == "external":
            self.toast(t("external_change", self.lang, revision=view.revision), "warning")
        elif message.reason == "reload":
            self.toast(t("reloaded", self.lang, revision=view.revision))
        if message.then is not None:
            message.then()

    def on_listing_progress(self, message: ListingProgress) -> None:
        """A big store's listing before the first report (over a minute, cold, for 2,000
        reports on a busy machine): "Memuat laporan… 120 dari 2.000 berkas dibaca"."""
        if message.seq != self._load_seq or self.view is not None:
            return
        lang = self.lang
        self._say_loading(
            t("loading_n", lang, n=count(message.done, lang), total=count(message.total, lang))
        )

    def on_load_failed(self, message: LoadFailed) -> None:
        if message.seq != self._load_seq:
            return
        self.loading = False
        self._report_shown()
        if message.empty:  # (no report yet, as after cloning an empty shared store: not an
            # error, "Gagal memuat laporan." said that something broke; the pane says the way
            # on here, the toast the commands')
            self.toast(message.error, "warning", timeout=20)
        else:
            self.toast(t("load_failed", self.lang, error=message.error), "error", timeout=20)
        if self.view is None:
            self.query_one(SummaryBar).show(None)
            empty = "store_emptied" if message.held else "store_empty"
            self.detail.show(None, t(empty, self.lang) if message.empty else "")
        self._release_held()

    @work(exclusive=True, group="evaluate")
    async def evaluate(self, view: View) -> None:
        """Evaluate a big report after its first frame (:meth:`load`), in a thread that quitting
        does not wait for (tui/offthread.py)."""
        try:
            evaluation = await off_thread(Evaluation, view.report)
        except Exception as exc:  # a bug in the engine: said, the tree stays on screen
            self.post_message(
                ViewEvaluated(view, None, error_text(exc, self.lang, self.typed_options()))
            )
        else:
            self.post_message(ViewEvaluated(view, evaluation))

    def on_view_evaluated(self, message: ViewEvaluated) -> None:
        view = message.view
        if view is not self.view or view.ready:
            return  # another report (or a reload) is open now
        if message.evaluation is None:
            self.toast(t("evaluate_failed", self.lang, error=message.error), "error", timeout=30)
            return
        view.evaluated(message.evaluation)
        self.detail.use(view.evaluation)
        self.tree.evaluated()
        self.refresh_panes()
        self.start_reviu()
        self._run_waiting()

    def _run_waiting(self) -> None:
        waiting, self._when_evaluated = self._when_evaluated, []
        for action in waiting:
            action()

    def when_evaluated(self, action: Callable[[], object]) -> None:
        """Run ``action`` now if the open report is evaluated, else once it is (a big report is
        evaluated after its first frame), saying so."""
        if self.view is None or self.view.ready:
            action()
            return
        self._when_evaluated.append(action)
        self.toast(t("evaluating_then", self.lang), timeout=3)

    def refresh_panes(self, changed: bool = False) -> None:
        """Show the summary and the selected node; ``changed``: the selected node's data changed
        (an edit), so the detail pane repaints even if it shows that node already."""
        self.query_one(SummaryBar).show(self.view, self.filter_mode())
        self.show_detail(force=changed)
        if changed:
            self.start_reviu()

    def highlighted(self) -> None:
        """Follow the cursor: at once after a pause, else once the cursor rests (a held arrow key
        repaints only the tree, and the pane shows where it stopped)."""
        if self._detail_timer is None and monotonic() - self._detail_at >= DETAIL_DELAY:
            self.show_detail()
            return
        if self._detail_timer is not None:
            self._detail_timer.stop()
        # the pane's own timer: it stops when the pane is unmounted (the app's outlived it)
        self._detail_timer = self.detail.set_timer(DETAIL_DELAY, self.show_detail, name="detail")

    def show_detail(self, force: bool = False) -> None:
        """Show the selected node in the detail pane (unless it already shows it)."""
        if self._detail_timer is not None:
            self._detail_timer.stop()
            self._detail_timer = None
        self._detail_at = monotonic()
        node = self.selected()
        view = self.view
        ready = view is not None and view.ready
        key = (id(view), node.id if node is not None and ready else None, ready)
        # the bar's order before the pane's early return: a filter turned off on the same node
        # changes it (T's filter left by Esc kept "T Tanpa target" on the bar)
        first, words = self.bar_first(), self.bar_words()
        drawn = self._bar_state  # (the bar repaints only when its order or its words change)
        if first is not drawn[0] or words != drawn[1]:
            self._bar_state = (first, words)
            self.query_one(KeyBar).refresh()
        if key == self._detail_key and not force:
            return
        self._detail_key = key
        if view is not None and not view.ready:
            self.detail.show(None, t("evaluating", self.lang, n=count(len(view.report), self.lang)))
        elif node is not None and self.view is not None:
            self.detail.evaluation = self.view.evaluation  # (an edit may have made a new one)
            self.detail.show(self.view.evaluation.of(node.id))
        elif self.view is not None:  # (an empty filter says how to leave it: tui20)
            said = "no_node_under" if self.only_under else "no_node"
            if not self.view.report.roots():  # (an empty report, how to start it)
                said = "no_node_yet"
            self.detail.show(None, t(said, self.lang))

    @property
    def detail_pending(self) -> bool:
        """Whether the detail pane is still to follow the cursor (tests wait for it)."""
        return self._detail_timer is not None

    # ------------------------------------------------------------------ reviu (tui/reviu.py)
    def start_reviu(self) -> None:
        """Check the open report again in a worker (after a load or a saved edit)."""
        if self.view is not None and self.view.ready:
            self._compute_reviu(self.view)

    @work(exclusive=True, group="reviu")
    async def _compute_reviu(self, view: View) -> None:
        """The reviu, in a thread that quitting does not wait for (tui/offthread.py)."""
        try:
            self.post_message(await off_thread(_reviu_of, view))
        except Exception:  # an edit racing the worker: the next one checks again
            return

    def on_reviu_ready(self, message: ReviuReady) -> None:
        if message.view is not self.view:
            return
        from lkj_tui.core.reviu import Places
        from lkj_tui.tui.reviu import Badges

        self.reviu = message.reviu
        found = message.reviu.by_node()  # (made once: ≈ 3 MB for a huge report's findings)
        self.tree.show_badges(Badges(found))
        self.detail.findings = found
        self.detail.places = Places(message.view.report)  # (shared names counted on first need)
        self.show_detail(force=True)

    def action_reviu(self) -> None:
        from lkj_tui.tui.reviu import ReviuScreen

        if self.view is None:
            return
        typed, places = self.typed_options(), self.detail.places
        screen = ReviuScreen(self.view, self.reviu, self.lang, typed, self.reviu_at, places)

        def closed(node_id: object) -> None:  # (opened again at the finding it was left at)
            self.reviu_at = screen.at
            self.go_to(node_id)
            if isinstance(node_id, str) and screen.at:
                self.show_finding(node_id, int(screen.at.partition(":")[0]))

        self.open_dialog(screen, closed)

    def show_finding(self, node_id: str, index: int) -> None:
        """Below 70 columns, where the tree has the screen, the detail pane in its place at the
        reviu's finding ``index`` (of ``node_id``): Enter on a finding at 60×20 showed the tree
        and the finding was a Tab and pages away. Tab or Esc: the tree, at the node."""
        from lkj_tui.tui.components.mainscreen import MainScreen

        main = self.tree.screen
        if not isinstance(main, MainScreen) or not main.narrow or self.reviu is None:
            return
        if self.tree.current_id() != node_id or index >= len(self.reviu.findings):
            return
        self.show_detail()  # (now, not once the cursor rests)
        main.lay_out(on_pane=True)
        self.detail.scroll_to_finding(self.reviu.findings[index])

    def action_reload(self) -> None:
        if self.view is not None:
            self.load(self.view.report_id, "reload")

    # ------------------------------------------------------------------ another writer
    def on_app_focus(self, _: events.AppFocus) -> None:
        self.poll_store()

    def poll_store(self) -> None:
        if self.view is not None and not self.saving:
            self.check_revision(self.view.report_id)

    @work(thread=True, exclusive=True, group="check")
    def check_revision(self, report_id: str) -> None:
        try:
            self.post_message(RevisionSeen(report_id, self.store.revision(report_id)))
        except Exception:  # an unreadable file shows up at the next load or save
            return

    def on_revision_seen(self, message: RevisionSeen) -> None:
        view = self.view
        if view is None or view.report_id != message.report_id or self.saving:
            return
        if message.revision > view.revision:  # revisions only grow; an older reading is stale
            self.load(view.report_id, "external")


def _reviu_of(view: View) -> ReviuReady:
    """The reviu of ``view`` as the message that brings it to the app (the reviu's modules are
    imported here, off the app's thread, when first needed)."""
    from lkj_tui.tui.reviu import ReviuReady, compute

    return ReviuReady(view, compute(view))


class NoTerminal(Exception):
    """The TUI started where :attr:`stream` ("stdout", "stdin" or "stderr") is not a terminal."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.stream = stream


def not_a_terminal() -> str:
    """The first standard stream the TUI needs that is not a terminal ("stdout", "stdin",
    "stderr"), else "". stdout piped or written to a file (``lkj-tui | less``, ``lkj-tui >
    out.txt``) asked for text: the TUI drew over ``less`` and waited, or wrote nothing to the
    file; its keys come from stdin (``< /dev/null``: a screen no key reached); it draws on
    stderr (on Windows on stdout, as textual's drivers do)."""
    streams = {"stdout": sys.__stdout__, "stdin": sys.__stdin__}
    if sys.platform != "win32":
        streams["stderr"] = sys.__stderr__
    for name, stream in streams.items():
        try:
            if stream is None or not stream.isatty():
                return name
        except (OSError, ValueError):  # (closed)
            return name
    return ""


def one_malloc_arena() -> None:
    """On Linux, the C allocations of every thread from one heap (glibc's ``mallopt`` of
    ``M_ARENA_MAX``, before the app starts a thread): the worker threads that read, evaluate and
    check a report each had an arena of their own, whose freed memory no other thread takes
    again (the huge report's session, its Reviu screen open: 247 → 216 MB, "mem65"). The GIL
    has one thread allocate at a time anyway. Elsewhere (Windows, macOS: not glibc) nothing."""
    if not sys.platform.startswith("linux"):
        return
    import ctypes

    with suppress(OSError, AttributeError):  # (a libc without mallopt)
        ctypes.CDLL(None).mallopt(-8, 1)  # M_ARENA_MAX (malloc.h)


def run_tui(
    store: Store,
    report_id: str | None = None,
    lang: str | None = None,
    store_typed: str | Path | None = None,
) -> int:
    """Open the TUI on ``report_id`` (the latest report when None); the exit status. The commands
    its messages print carry ``store_typed`` (the ``--store`` the user typed).

    Starting makes objects that live as long as the app (widgets, styles, the report) and hardly
    any garbage, yet the cyclic GC would scan them all several times before the first frame
    (≈ 50 ms). So the GC is off until the first frame that shows the report (or says it cannot be
    read) is painted; then ``gc.freeze`` sets those objects aside for good, and the GC runs as
    usual on what comes after. (Turned on after the app's first frame instead, it ran while a
    huge report was still being read in the load thread: that read took twice as long.)"""
    one_malloc_arena()
    if lang is None:  # no --lang: the saved language (tui/settings.py), else Bahasa Indonesia
        from lkj_tui.tui.settings import config_path, load

        lang = load(config_path()).get("lang", "id")
    enabled = gc.isenabled()
    gc.disable()
    app = LkjApp(store, report_id=report_id, lang=lang, store_typed=store_typed)
    app.after_first_frame = lambda: (gc.freeze(), gc.enable() if enabled else None)
    try:
        result = app.run()
    finally:
        # (what the app made lives until the process ends: ``lkj-tui``'s ``main`` freezes it when
        # the command is done, so that the interpreter's last collection does not walk it)
        if enabled:
            gc.enable()
    return result if isinstance(result, int) else (app.return_code or 0)
