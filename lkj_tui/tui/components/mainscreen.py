"""The app's default screen: the report's summary, tree, detail pane and key bar (``LkjApp``
composes them), imported when the app starts (``LkjApp.get_default_screen``)."""

from __future__ import annotations

from textual import events
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget


class MainScreen(Screen[object]):
    """The report's screen (summary, tree, detail pane, key bar): Textual's default screen with
    :attr:`Screen.focused` not repainting it, as a dialog's (2fb93f8). Tab between the tree and
    the pane repainted the whole screen; the two panes repaint themselves on Focus and Blur
    (``Widget._on_focus``), their :focus styles are updated (``Screen._update_focus_styles``) and
    the key bar follows the bindings' signal, which the watcher still sends."""

    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    #: The tree's width set by :meth:`on_resize` (None: app.tcss's 58 %).
    _tree_width: int | None = None

    def on_resize(self, event: events.Resize) -> None:
        """The tree's width from 74 to 84 columns (:func:`tree_width`), set on the tree alone.
        Breakpoint classes on the screen did it (tui27) and cost the first frame 3.9 % of its
        instructions: a class changed on the screen restyles every widget beneath it."""
        wanted = tree_width(event.size.width)
        if wanted == self._tree_width:
            return
        for tree in self.query("#tree"):
            tree.styles.width = wanted
            self._tree_width = wanted


def tree_width(width: int) -> int | None:
    """The tree's width in cells on a screen ``width`` columns wide, where it is not app.tcss's
    58 %: from 74 to 79 columns all but the detail pane's 31 (its years table's rows stay one
    line), from 80 to 84 columns 49 (at 80 the tree had 46: a kabupaten's IKU rows read alike,
    "IKU 7 Jumlah…" above "IKU 16 Jumlah…"); from 85 58 % is 49 or more, so it never narrows
    as the screen widens."""
    if 74 <= width < 80:
        return width - 31
    if 80 <= width < 85:
        return 49
    return None
