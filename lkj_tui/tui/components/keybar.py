"""The key bar at the bottom: the screen's shown bindings, one widget.

Textual's ``Footer`` mounts a widget per key and mounts them all again whenever the focus moves;
at start that cost as much as the rest of the screen together. This bar draws the same keys as one
line of ``Content`` and only repaints when the bindings change. A click on a key presses it.
"""

from __future__ import annotations

from textual.app import RenderResult
from textual.content import Content, Span
from textual.screen import Screen
from textual.style import Style
from textual.widget import Widget

KEY = "$footer-key-foreground on $footer-key-background bold"
DESCRIPTION = "$footer-description-foreground on $footer-description-background"
DISABLED = "$text-disabled"


#: Actions kept on the right, never cut, however narrow the terminal: help and quit.
PINNED = ("help", "quit")


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

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def _bindings_changed(self, screen: Screen) -> None:
        self.refresh()

    def render(self) -> RenderResult:
        app = self.app
        left: list[Content] = []
        pinned: dict[str, Content] = {}
        palette: Content | None = None
        seen: set[str] = set()
        for binding, enabled in (
            (active.binding, active.enabled) for active in self.screen.active_bindings.values()
        ):
            if binding.key == app.COMMAND_PALETTE_BINDING and app.ENABLE_COMMAND_PALETTE:
                palette = self._key(binding.key, app.get_key_display(binding), binding, enabled)
            elif binding.show and binding.action not in seen:
                seen.add(binding.action)  # "?" and F1 are one key here, as in Footer
                item = self._key(binding.key, app.get_key_display(binding), binding, enabled)
                if binding.action in PINNED:
                    pinned[binding.action] = item
                else:
                    left.append(item)
        line = Content("").join(left)  # each key starts with a space
        right = Content("").join([pinned[a] for a in PINNED if a in pinned])
        if palette is not None:
            right = Content.assemble(right, " ", palette)
        if right.cell_length:  # on the right, always shown: the keys that do not fit are cut
            room = self.size.width - right.cell_length - 1
            if line.cell_length > room:
                line = line.truncate(max(room - 1, 0), ellipsis=True)
            line = Content.assemble(line, " " * (room - line.cell_length + 1), right)
        return line

    @staticmethod
    def _key(key: str, display: str, binding: object, enabled: bool) -> Content:
        description = getattr(binding, "description", "")
        item = Content.assemble(
            (f" {display} ", KEY if enabled else DISABLED),
            (f"{description}" if description else "", DESCRIPTION if enabled else DISABLED),
        )
        click = Style.from_meta({"@click": f"app.simulate_key({key!r})"})
        return item.add_spans([Span(0, len(item.plain), click)]) if enabled else item
