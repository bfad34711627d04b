"""The app's default screen: the report's summary, tree, detail pane and key bar (``LkjApp``
composes them), imported when the app starts (``LkjApp.get_default_screen``)."""

from __future__ import annotations

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
