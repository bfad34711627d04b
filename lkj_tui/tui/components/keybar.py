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
        seen: set[str] = set()
        for binding, enabled in self.shown():
            if binding.key == app.COMMAND_PALETTE_BINDING and app.ENABLE_COMMAND_PALETTE:
                palette = self._key(binding, app.get_key_display(binding), lang, enabled)
            elif binding.show and binding.action not in seen:
                seen.add(binding.action)  # "?" and F1 are one key here, as in Footer
                item = self._key(binding, app.get_key_display(binding), lang, enabled)
                if binding.action in PINNED:
                    pinned[binding.action] = item
                else:
                    left.append(item)
        right = Content("").join([pinned[a] for a in PINNED if a in pinned])
        if palette is not None:
            right = Content.assemble(right, " ", palette)
        if not right.cell_length:
            return Content("").join(left)  # each key starts with a space
        # the pinned keys on the right, always shown; on the left as many whole keys as fit (a
        # key cut in its word reads as another word), then "…" when some are left out
        room = self.size.width - right.cell_length - 1
        if sum(item.cell_length for item in left) > room:
            kept: list[Content] = []
            used = 2  # " …"
            for item in left:
                if used + item.cell_length > room:
                    break
                kept.append(item)
                used += item.cell_length
            left = [*kept, Content(" …")]
        line = Content("").join(left)
        return Content.assemble(line, " " * max(room - line.cell_length + 1, 1), right)

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
    def _key(binding: Binding, display: str, lang: str, enabled: bool) -> Content:
        key, description = binding.key, t(binding.description, lang)
        item = Content.assemble(
            (f" {display} ", KEY if enabled else DISABLED),
            (f"{description}" if description else "", DESCRIPTION if enabled else DISABLED),
        )
        click = Style.from_meta({"@click": f"app.simulate_key({key!r})"})
        return item.add_spans([Span(0, len(item.plain), click)]) if enabled else item
