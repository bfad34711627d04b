"""The app's default screen: the report's summary, tree, detail pane and key bar (``LkjApp``
composes them), imported when the app starts (``LkjApp.get_default_screen``)."""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.binding import Binding, BindingType
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget

#: Below this width the tree and the detail pane do not both fit (the tree's 40 cells, the
#: pane's 30); the pane then gives way (:meth:`MainScreen.lay_out`).
NARROW = 70
#: Tab as Textual's screen binds it (the next widget: the pane from the tree, the tree from the
#: pane); where the pane gives way, Tab and shift+Tab show the other one in its place, named on
#: the key bar: "Tab Rinci" on the tree, "esc Pohon" on the pane.
_TAB = Binding("tab", "app.focus_next", "detail_pane", show=False, key_display="Tab")
_TO_PANE = Binding("tab", "screen.swap_pane", "detail_pane", key_display="Tab")
_TO_TREE = Binding("tab", "screen.swap_pane", "tree_pane", show=False)
_BACK = Binding("shift+tab", "app.focus_previous", show=False)
_SWAP_BACK = Binding("shift+tab", "screen.swap_pane", show=False)
#: Esc on the pane where it has the tree's place: back to the tree (a reviewer sent there from
#: ``v``'s list reaches for Esc, as out of the list); elsewhere Esc is the app's (a filter off).
#: The bar names it there, "esc Pohon" (Tab does the same, hidden): it said "Tab Pohon", and a
#: reviewer who pressed Esc with a filter on could not tell whether it would leave the pane or
#: the filter (tui37); the filter's way out is "u Semua" beside it, and Esc on the tree.
_ESC_TREE = Binding("escape", "screen.swap_pane", "tree_pane", key_display="esc")


class MainScreen(Screen[object]):
    """The report's screen (summary, tree, detail pane, key bar): Textual's default screen with
    :attr:`Screen.focused` not repainting it, as a dialog's (2fb93f8). Tab between the tree and
    the pane repainted the whole screen; the two panes repaint themselves on Focus and Blur
    (``Widget._on_focus``), their :focus styles are updated (``Screen._update_focus_styles``) and
    the key bar follows the bindings' signal, which the watcher still sends."""

    focused: Reactive[Widget | None] = Reactive(None, repaint=False)
    BINDINGS: ClassVar[list[BindingType]] = [_TAB, _BACK]
    BAR_LEADS = ("screen.swap_pane",)  # (the key bar's first key where it shows: KeyBar.render)
    #: The tree's width set by :meth:`on_resize` (None: app.tcss's 58 %).
    _tree_width: int | None = None
    #: Narrower than :data:`NARROW`: the tree or the pane has the whole width (:meth:`lay_out`).
    narrow = False

    def on_resize(self, event: events.Resize) -> None:
        """The tree's width from 74 to 84 columns (:func:`tree_width`), set on the tree alone.
        Breakpoint classes on the screen did it (tui27) and cost the first frame 3.9 % of its
        instructions: a class changed on the screen restyles every widget beneath it."""
        narrow = event.size.width < NARROW
        if narrow != self.narrow:
            self.narrow = narrow
            self.lay_out()
        wanted = tree_width(event.size.width)
        if wanted == self._tree_width:
            return
        for tree in self.query("#tree"):
            tree.styles.width = wanted
            self._tree_width = wanted

    def lay_out(self, on_pane: bool | None = None) -> None:
        """Below :data:`NARROW` columns the pane gives way: the tree has the whole width, and
        Tab shows the selected node's detail in its place, at the whole width too (Tab or
        shift+Tab again: the tree, the cursor where it was). At 60×20 the tree cut a kabupaten's
        IKU to a word ("IKU 5 Jumlah mutu… ✗4") beside a pane 16 cells wide that read a word a
        line ("Meningkatnya" / "kualitas"): a reviewer reads the tree to find and the pane to
        read, one at a time (below the tree, the pane would have had 6 of the 20 rows). The key
        bar names Tab there. ``on_pane``: show the pane (None: the one that has the focus)."""
        trees = self.query("#tree")
        if not trees:
            return
        tree, pane = trees.first(), self.query_one("#detail")
        if on_pane is None:
            on_pane = self.focused is pane
        tree.display = not (self.narrow and on_pane)
        pane.display = not self.narrow or on_pane
        (pane if on_pane else tree).focus()
        keys = self._bindings.key_to_bindings
        tab = _TAB if not self.narrow else _TO_TREE if on_pane else _TO_PANE
        if keys.get("tab") != [tab]:
            keys["tab"], keys["shift+tab"] = [tab], [_SWAP_BACK if self.narrow else _BACK]
            if tab is _TO_TREE:
                keys["escape"] = [_ESC_TREE]
            else:
                keys.pop("escape", None)
            self.refresh_bindings()

    def action_swap_pane(self) -> None:
        self.lay_out(on_pane=self.focused is not self.query_one("#detail"))


def tree_width(width: int) -> int | None:
    """The tree's width in cells on a screen ``width`` columns wide, where it is not app.tcss's
    58 %: below :data:`NARROW` the whole width (the pane gives way: :meth:`MainScreen.lay_out`),
    from 74 to 79 columns all but the detail pane's 31 (its years table's rows stay one
    line), from 80 to 84 columns 49 (at 80 the tree had 46: a kabupaten's IKU rows read alike,
    "IKU 7 Jumlah…" above "IKU 16 Jumlah…"); from 85 58 % is 49 or more, so it never narrows
    as the screen widens."""
    if width < NARROW:
        return width
    if 74 <= width < 80:
        return width - 31
    if 80 <= width < 85:
        return 49
    return None
