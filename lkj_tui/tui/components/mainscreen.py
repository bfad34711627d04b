"""The app's default screen: the report's summary, tree, detail pane and key bar (``LkjApp``
composes them), imported when the app starts (``LkjApp.get_default_screen``)."""

from __future__ import annotations

from typing import ClassVar

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
    #: The tree's width (app.tcss): 58 % of the screen, and from 74 to 84 columns all but the
    #: detail pane's 31 up to 49 cells (at 80 the tree had 46: a kabupaten's IKU rows read
    #: alike, "IKU 7 Jumlah…" above "IKU 16 Jumlah…"); it never narrows as the screen widens.
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]] | None] = [
        (0, "-w0"),
        (74, "-w74"),
        (80, "-w80"),
        (85, "-w85"),
    ]
