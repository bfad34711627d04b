"""The key bar at the bottom: the shown bindings of its screen and its focused widget, one widget.

Textual's ``Footer`` mounts a widget per key and mounts them all again whenever the focus moves;
at start that cost as much as the rest of the screen together. This bar draws the same keys as one
line of ``Content`` and only repaints when the bindings change. A click on a key presses it.

The main screen has one, and so has every dialog (``Dialog.compose``): its bar shows the dialog's
keys (``Screen.active_bindings`` of a modal screen stops at the modal, so the app's keys are not
listed there). Descriptions are ``text.py`` keys, translated here in the app's current language
(an already translated description comes back as it is), so a language switch only repaints.
"""

from __future__ import annotations

from textual.app import RenderResult
from textual.binding import Binding
from textual.content import Content, Span
from textual.screen import Screen
from textual.style import Style
from textual.widget import Widget

from lkj_tui.tui.text import t

KEY = "$footer-key-foreground on $footer-key-background bold"
DESCRIPTION = "$footer-description-foreground on $footer-description-background"
DISABLED = "$text-disabled"


#: Actions kept on the right, never cut, however narrow the terminal: help and quit on the main
#: screen, Esc (cancel, close, back) in a dialog or the overview.
PINNED = ("help", "quit", "cancel", "back")


class KeyBar(Widget):
    """``key description`` for every shown binding of the screen; the palette key on the right."""

    DEFAULT_CSS = """
    KeyBar {
        dock: bottom;
        height: 1;
        background: $footer-background;
        color: $footer-foreground;
    }
    """

    def __init__(self, only_screen: bool = False) -> None:
        super().__init__()
        #: only the screen's own keys (a full screen over the main one, whose field takes the
        #: letters: the app's keys would be listed there but not work)
        self.only_screen = only_screen

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def _bindings_changed(self, screen: Screen) -> None:
        self.refresh()

    def render(self) -> RenderResult:
        app = self.app
        lang = getattr(app, "lang", "id")
        left: list[Content] = []
        pinned: dict[str, Content] = {}
        palette: Content | None = None
        palette_key = Content()
        actions: list[str] = []  # each of left's
        seen: set[str] = set()
        # the app's order is for its main screen: over a dialog it let a hidden binding of the
        # focused field through (a text area's own ctrl+z, "^z Undo", untranslated)
        owner = self.screen if self.only_screen or self.screen.is_modal else app
        acting_now = getattr(owner, "acting_now", None)
        acting = acting_now() if acting_now is not None else None
        if acting is not None:  # the first report is being read: most keys are held
            return self._holding(acting, lang)
        first = getattr(owner, "bar_first", tuple)()
        # words that follow the moment (the app's bar_words): n walking T's filter says so; a
        # key that can do nothing now (None) is left off
        words: dict[str, str | None] = getattr(owner, "bar_words", dict)()
        for binding, enabled in self.shown():
            if binding.key == app.COMMAND_PALETTE_BINDING and app.ENABLE_COMMAND_PALETTE:
                palette = self._key(binding, app.get_key_display(binding), lang, enabled)
                palette_key = self._key(binding, app.get_key_display(binding), "", enabled, "")
            # a hidden key among the first too: T on next year's report (app.BAR_FIRST)
            elif (binding.show or binding.action in first) and binding.action not in seen:
                seen.add(binding.action)  # "?" and F1 are one key here, as in Footer
                word = words.get(binding.action, binding.description)
                if word is None:
                    continue
                item = self._key(
                    binding, app.get_key_display(binding), lang, enabled, t(word, lang)
                )
                if binding.action in PINNED:
                    pinned[binding.action] = item
                else:
                    left.append(item)
                    actions.append(binding.action)
        # the keys that apply to the selected node first (the overview: its own order), the
        # others as they were
        if first:
            rank = {action: i for i, action in enumerate(first)}
            # (the screen's keys before them: the main screen's Tab where the pane gives way)
            rank.update((action, -1) for action in getattr(self.screen, "BAR_LEADS", ()))
            order = sorted(range(len(left)), key=lambda i: rank.get(actions[i], len(rank)))
            left = [left[i] for i in order]
        # the first keys the palette's word gives way to: all but those that yield to it (the
        # app's BAR_YIELDS: an author's keys, which the palette lists)
        yields = getattr(owner, "BAR_YIELDS", frozenset())
        wanted = sum(1 for action in actions if action in first and action not in yields)
        right = Content("").join([pinned[a] for a in PINNED if a in pinned])
        if not right.cell_length and palette is None:
            return Content("").join(left)  # each key starts with a space
        # the pinned keys on the right, always shown; on the left as many whole keys as fit (a
        # key cut in its word reads as another word), then "…" when some are left out; the
        # palette's key then without its word (help names it) only when that word would leave
        # out one of the first keys that do not yield to it and dropping it does not
        if palette is not None:
            whole = Content.assemble(right, " ", palette)
            right = Content.assemble(right, " ", palette_key)
            shown = _fitting(left, self.size.width - whole.cell_length - 1)
            if shown >= wanted or shown >= _fitting(left, self.size.width - right.cell_length - 1):
                right = whole
        room = self.size.width - right.cell_length - 1
        kept = _fitting(left, room)
        if kept < len(left):
            left = [*left[:kept], Content(" …")]
        line = Content("").join(left)
        return Content.assemble(line, " " * max(room - line.cell_length + 1, 1), right)

    def _holding(self, acting: frozenset[str], lang: str) -> Content:
        """The bar while keys are held until the first report is on screen: the keys that act
        at once on the right (q; ? while nothing is held), and what happens to the others on the
        left, shorter where the long words do not fit (the palette's key is held too)."""
        app = self.app
        pinned: dict[str, Content] = {}
        for binding, _ in self.shown():
            if binding.action in acting and binding.action in PINNED and binding.show:
                item = self._key(binding, app.get_key_display(binding), lang, True)
                pinned.setdefault(binding.action, item)
        right = Content("").join([pinned[a] for a in PINNED if a in pinned])
        room = self.size.width - right.cell_length - 1
        note = ""
        for key in ("keys_wait", "keys_wait_short"):
            if len(t(key, lang)) + 1 <= room:
                note = " " + t(key, lang)
                break
        return Content.assemble((note, DESCRIPTION), " " * max(room - len(note) + 1, 1), right)

    def shown(self) -> list[tuple[Binding, bool]]:
        """The bindings to draw, in order, with whether each is enabled: the screen's own first
        (a dialog names Enter or ↑↓ although its focused input runs them: that input's own
        binding of the key, hidden, would otherwise hide the dialog's), then the rest of
        ``Screen.active_bindings`` (the focused widget's, and the app's on the main screen)."""
        screen = self.screen
        active = screen.active_bindings
        out: list[tuple[Binding, bool]] = []
        # the screen's BindingsMap: Textual has no public accessor for one node's bindings
        for key, bindings in screen._bindings.key_to_bindings.items():
            current = active.get(key)
            for binding in bindings:
                if binding.show:
                    mine = current is not None and current.binding is binding
                    out.append((binding, current.enabled if mine and current else True))
        if not self.only_screen:
            out += [(a.binding, a.enabled) for a in active.values() if a.node is not screen]
        return out

    @staticmethod
    def _key(
        binding: Binding, display: str, lang: str, enabled: bool, description: str | None = None
    ) -> Content:
        key = binding.key
        description = t(binding.description, lang) if description is None else description
        item = Content.assemble(
            (f" {display} ", KEY if enabled else DISABLED),
            (f"{description}" if description else "", DESCRIPTION if enabled else DISABLED),
        )
        click = Style.from_meta({"@click": f"app.simulate_key({key!r})"})
        return item.add_spans([Span(0, len(item.plain), click)]) if enabled else item


def _fitting(items: list[Content], room: int) -> int:
    """How many of ``items`` the bar shows in ``room`` cells: all, or as many whole ones as fit
    beside " …"."""
    if sum(item.cell_length for item in items) <= room:
        return len(items)
    used = 2  # " …"
    for n, item in enumerate(items):
        used += item.cell_length
        if used > room:
            return n
    return len(items)
