"""The hierarchy tree: Tujuan → Sasaran → Indikator → Program/Kegiatan/Sub Kegiatan → indicator rows.

Children are added when a node is first expanded (Textual's DirectoryTree pattern); a node with many
children gets its labels built in a worker thread. A node's stored label is its cleaned code and name
(``rich.text.Text``, never markup); capaian, rating, the under-target mark and the count of
under-target items beneath are appended at render time from the current evaluation, with styles
from component classes; an edit repaints its nodes' lines.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import ClassVar

from rich.cells import cell_len
from rich.style import Style
from rich.text import Span, Text
from textual import work
from textual.binding import Binding, BindingType
from textual.geometry import Region
from textual.strip import Strip
from textual.widgets import Tree
from textual.widgets.tree import TreeNode

from lkj_tui.core.apart import common_prefix, cut_apart, shared_words
from lkj_tui.core.evaluate import Evaluated
from lkj_tui.core.i18n import tr, verdict_text
from lkj_tui.core.model import Node
from lkj_tui.core.numbers import format_id, grouped
from lkj_tui.core.sanitize import clean_line
from lkj_tui.core.scales import rating_tone
from lkj_tui.tui.session import View
from lkj_tui.tui.text import t

UNDER_MARK = "▼"
TOGGLE_STYLE = Style.from_meta({"toggle": True})  # a click on the icon toggles (as in Tree)
NAME_LIMIT = 160
#: The rating column: as wide as the widest word it holds ("tidak tercapai", "not measurable": 14),
#: a region's own longer labels widen it up to RATING_MAX cells (longer ones are cut with "…").
RATING_WIDTH, RATING_MAX = 14, 20
#: What a list of rows keeps for each name before its rating words give way: the whole name or
#: this many cells of it after its kode (it counted the kode: "IKU 10 Jumlah…" kept 13 cells of
#: words, and a kabupaten's IKU rows read alike at 120 columns in English, beside "▼3 under")
NAME_CELLS = 20
SYNC_LIMIT = 300  # children built at once on expand; more go through a worker
#: names are told apart across a report of up to this many nodes (≈ 30 ms), among siblings in a
#: bigger one (worked out as each list of children is opened)
APART_ALL = 10_000
#: A node's reviu badge: its most serious finding's mark and style class, then the count.
BADGE = {"error": ("✗", "lkj--under"), "warning": ("!", "lkj--r3"), "info": ("·", "lkj--muted")}
RATING_CLASS = {
    "Sangat Tinggi": "lkj--r1",
    "Tinggi": "lkj--r2",
    "Sedang": "lkj--r3",
    "Rendah": "lkj--r4",
    "Sangat Rendah": "lkj--r5",
}


def base_label(code: str, name: str) -> Text:
    """The stored part of a label: code and name as literal, cleaned, one-line text."""
    label = Text()
    if code:
        label.append(clean_line(code, 24), style="bold")
        label.append(" ")
    label.append(clean_line(name, NAME_LIMIT) or "—")
    return label


def cut_label(
    label: Text, width: int, shared: tuple[int, int, bool, int] = (0, 0, True, 0)
) -> Text:
    """``label`` cut to ``width`` cells with "…" after its last word that fits ("… yang…", not
    "… yang efekti…"), the words another name begins with too giving way to the words that tell
    it apart (core.apart.cut_apart: ``shared`` is where the name starts in the label, where
    those words end, whether the words after them are its own and how many first characters of
    the name another's has too). The code's style is kept on what is left of it. A label of wide
    characters is cut where the cells end."""
    if label.cell_len <= width:
        return label
    plain = label.plain
    if len(plain) != label.cell_len:  # wide characters: cells, not characters, count
        cut = label.copy()
        cut.truncate(width - 1)
        cut.append("…")
        return cut
    text = cut_apart(plain, width, *shared)
    out = Text(text, style=label.style, end="")
    kept = common_prefix(text, plain)
    out.spans = [
        Span(span.start, min(span.end, kept), span.style)
        for span in label.spans
        if span.start < kept
    ]
    return out


class LkjTree(Tree[str]):
    """The report tree; each tree node's ``data`` is the report node's id."""

    ICON_NODE = "▸ "
    ICON_NODE_EXPANDED = "▾ "
    COMPONENT_CLASSES: ClassVar[set[str]] = Tree.COMPONENT_CLASSES | {
        "lkj--under",
        "lkj--count",
        "lkj--muted",
        *RATING_CLASS.values(),
    }
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", show=False),
        Binding("k", "cursor_up", "Up", show=False),
        Binding("l,right", "expand_or_child", "Expand", show=False),
        Binding("h,left", "collapse_or_parent", "Collapse", show=False),
        Binding("g,home", "scroll_home", "Top", show=False),
        Binding("G,end", "scroll_end", "Bottom", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        # before the Screen's own ctrl+c (a silent copy of the mouse selection): LkjApp.action_copy
        Binding("ctrl+c", "app.copy", "copy", show=False),
    ]

    def __init__(self, lang: str = "id", **kwargs: object) -> None:
        self.lang = lang
        self.view: View | None = None
        self.only: set[str] | None = None  # the under-target filter: ids to show, or None for all
        # node id → (findings, worst severity): tui/reviu.py's Badges
        self.badges: Mapping[str, tuple[int, str]] = {}
        self.nodes_by_id: dict[str, TreeNode[str]] = {}
        #: report node id → (where its name starts in its label, where the words another
        #: node's name begins with too end, whether the words after them are its own): see
        #: cut_label; worked out for the whole report
        #: (``_shared_of``) when it has at most APART_ALL nodes, else for each list of children
        self._shared: dict[str, tuple[int, int, bool, int]] = {}
        self._shared_of: object = None
        self._loaded: set[str] = set()
        self._rating_cols: int | None = None  # rating_width's, for this view and language
        #: (parent tree node's id, width) → how much its children's rows give way (_group_level)
        self._levels: dict[tuple[int, int], int] = {}
        # called when the cursor moved to another line, in the same step. (Tree's NodeHighlighted
        # message would reach the app a frame later, and the detail pane repaint in a second
        # frame; it is not posted.)
        self.on_cursor_moved: Callable[[], None] | None = None
        self._paint_style: Style | None = None  # the widget's style while a paint lasts
        # (the hidden root's label as Text: a str is read as markup, and rich's markup imports
        # its emoji table, ≈ 0.8 % of the bundled report's first frame, for an empty label)
        super().__init__(Text(), **kwargs)  # type: ignore[arg-type]
        self.show_root = False
        self.guide_depth = 2

    # ------------------------------------------------------------------ building
    def show_view(
        self, view: View | None, only: set[str] | None = None, keep_open: bool = False
    ) -> None:
        """Show a (new) report, optionally filtered to ``only``; keeps the cursor on the same id.
        ``keep_open`` (the same report again, after a node was added, deleted or moved, or a
        reload): the nodes open before stay open and those closed stay closed (the whole tree
        came back with only its first two levels open, every branch a planner had opened to
        work in closed at each edit)."""
        keep = self.current_id()
        opened = None
        if keep_open and only is None and self.only is None:
            opened = {n.data for n in self.nodes_by_id.values() if n.is_expanded}
        self.view, self.only = view, only
        self._rating_cols = None
        self._levels.clear()
        self.nodes_by_id.clear()
        self._loaded.clear()
        self.clear()
        if view is None:
            return
        if view.report is not self._shared_of:  # (the filter keeps the report: kept too)
            self._shared.clear()
            self._shared_of = view.report
            if len(view.report) <= APART_ALL:
                self._tell_apart(list(view.report.walk()))
        self._populate(self.root, None)
        if opened is not None:
            self._reopen(opened)
        elif only is None:
            self.open_top(levels=2, limit=200)
        else:  # the filtered tree: open every level while it stays small
            self.open_top(levels=10, limit=600)
        if keep is None or not self.reveal(keep):
            self.move_cursor_to_line(0) if self.last_line >= 0 else None

    def _children(self, parent_id: str | None) -> list[tuple[Text, str, bool]]:
        assert self.view is not None
        report, only = self.view.report, self.only
        children = [c for c in report.children(parent_id) if only is None or c.id in only]
        if len(report) > APART_ALL:  # a huge report: names told apart among siblings
            self._tell_apart(children)
        return [(base_label(c.code, c.name), c.id, bool(report.children(c.id))) for c in children]

    def _tell_apart(self, nodes: list[Node]) -> None:
        """Where each node's name (in its label) and the words another of ``nodes`` begins
        its name with too end (see cut_label): two rows anywhere in the tree, cut to fit, never
        read alike while their names differ."""
        names = [clean_line(n.name, NAME_LIMIT) or "—" for n in nodes]
        shared = shared_words(names)
        for node, name in zip(nodes, names, strict=True):
            found = shared.get(name)
            if found is not None:
                at = len(clean_line(node.code, 24)) + 1 if node.code else 0
                self._shared[node.id] = (at, at + found[0], found[1], found[2])
            else:
                self._shared.pop(node.id, None)

    def relabel(self, node: Node) -> None:
        """``node``'s code or name changed (``R``, saved in place): its row says the new ones,
        and every name is told apart again (another row's cut may depend on it)."""
        shown = self.nodes_by_id.get(node.id)
        if shown is not None:
            shown.set_label(base_label(node.code, node.name))
        if self.view is not None:
            report = self.view.report
            if len(report) <= APART_ALL:
                self._tell_apart(list(report.walk()))
            else:
                self._tell_apart(list(report.children(node.parent)))
        self._levels.clear()
        self.notify_style_update()  # as a theme switch: every line is drawn again

    def _add_children(self, node: TreeNode[str], rows: list[tuple[Text, str, bool]]) -> None:
        self._levels.clear()
        for label, node_id, has_kids in rows:
            child = node.add(label, node_id, allow_expand=has_kids)
            self.nodes_by_id[node_id] = child

    def _populate(self, node: TreeNode[str], node_id: str | None) -> None:
        key = node_id or ""
        if key in self._loaded or self.view is None:
            return
        self._loaded.add(key)
        self._add_children(node, self._children(node_id))

    def on_tree_node_expanded(self, event: Tree.NodeExpanded[str]) -> None:
        node = event.node
        if node.data is None or node.data in self._loaded or self.view is None:
            return
        if len(self.view.report.children(node.data)) <= SYNC_LIMIT:
            self._populate(node, node.data)
        else:
            self._loaded.add(node.data)
            self._load_big(node, self.view)

    @work(thread=True, group="tree-load")
    def _load_big(self, node: TreeNode[str], view: View) -> None:
        rows = self._children(node.data)
        self.app.call_from_thread(self._apply_big, node, view, rows)

    def _apply_big(
        self, node: TreeNode[str], view: View, rows: list[tuple[Text, str, bool]]
    ) -> None:
        if view is self.view and node.data in self.nodes_by_id:
            self._add_children(node, rows)

    # ------------------------------------------------------------------ navigation
    def watch_cursor_line(self, previous_line: int, line: int) -> None:
        with self.prevent(Tree.NodeHighlighted):
            super().watch_cursor_line(previous_line, line)
        if previous_line != line and self.on_cursor_moved is not None:
            self.on_cursor_moved()

    def on_resize(self) -> None:
        """The tree got shorter (the summary above it grew a line with the first realisasi, or
        the terminal shrank): the cursor's row stays in sight (it was left below the last row)."""
        if self.cursor_line >= 0:
            self.scroll_to_line(self.cursor_line, animate=False)

    def current_id(self) -> str | None:
        node = self.cursor_node
        return node.data if node is not None else None

    def reveal(self, node_id: str) -> bool:
        """Expand the parents of ``node_id`` (loading them as needed) and put the cursor on it."""
        if self.view is None or self.view.report.get(node_id) is None:
            return False
        path = [a.id for a in reversed(self.view.report.ancestors(node_id))]
        for parent_id in path:
            parent = self.nodes_by_id.get(parent_id)
            if parent is None:
                return False
            self._populate(parent, parent_id)
            if not parent.is_expanded:
                parent.expand()
        target = self.nodes_by_id.get(node_id)
        if target is None:
            return False
        _ = self.last_line  # rebuild the lines so the node knows its line
        self.move_cursor(target)
        self.scroll_to_node(target, animate=False)
        return True

    def action_expand_or_child(self) -> None:
        node = self.cursor_node
        if node is None or not node.allow_expand:
            return
        if not node.is_expanded:
            node.expand()
        elif node.children:
            self.move_cursor(node.children[0])

    def action_collapse_or_parent(self) -> None:
        node = self.cursor_node
        if node is None:
            return
        if node.allow_expand and node.is_expanded:
            node.collapse()
        elif node.parent is not None and node.parent is not self.root:
            self.move_cursor(node.parent)

    def open_top(self, levels: int = 2, limit: int = 200) -> None:
        """Open the first ``levels`` levels (Tujuan, Sasaran…) while that adds at most ``limit``
        lines, so a huge report opens as fast as a small one."""
        assert self.view is not None
        report, only = self.view.report, self.only
        layer, shown = [n for n in self.root.children if n.allow_expand], 0
        for _ in range(levels):
            for node in layer:
                kids = report.children(node.data)
                shown += len(kids) if only is None else sum(1 for k in kids if k.id in only)
            if not layer or shown > limit:
                return
            for node in layer:
                self._populate(node, node.data)
                node.expand()
            layer = [c for n in layer for c in n.children if c.allow_expand]

    def _reopen(self, opened: set[str]) -> None:
        """Open the nodes of ``opened`` that are shown (their parents open too), from the top."""
        stack = list(self.root.children)
        while stack:
            node = stack.pop()
            if node.data in opened and node.allow_expand:
                self._populate(node, node.data)
                node.expand()
                stack.extend(node.children)

    def expand_everything(self, limit: int = 5000) -> None:
        """Load and open every node, in the order they are shown (up to ``limit`` nodes, so a huge
        report stays responsive: its first nodes open, from the top, the rest stay closed)."""
        stack, opened = list(reversed(self.root.children)), 0
        while stack and opened < limit:
            node = stack.pop()
            if node.allow_expand:
                self._populate(node, node.data)
                node.expand()
                opened += len(node.children)
                stack.extend(reversed(node.children))

    def show_badges(self, badges: Mapping[str, tuple[int, str]]) -> None:
        """The reviu's findings per node (tui/reviu.py): repaint the labels whose badge changed.
        (A plain ``refresh`` would draw Tree's cached lines again, old badges and all, until
        something else changed those lines: a stale count after an edit.)"""
        old, self.badges = self.badges, badges
        self.refresh_ids([k for k in old.keys() | badges.keys() if old.get(k) != badges.get(k)])

    def badge(self, node_id: str | None) -> Text:
        """ " ✗3": the node's findings, marked by the most serious (nothing without findings)."""
        found = self.badges.get(node_id) if node_id is not None else None
        if found is None:
            return Text()
        mark, style = BADGE.get(found[1], BADGE["info"])
        return Text(f" {mark}{grouped(found[0], self.lang)}", style=self._style(style))

    def evaluated(self) -> None:
        """The report's evaluation is made: draw every label again with its figures."""
        self._levels.clear()
        self.notify_style_update()  # as a theme switch: clears the lines Tree keeps

    def set_lang(self, lang: str) -> None:
        """Draw the labels in ``lang`` from now on (the language was switched)."""
        self.lang = lang
        self._rating_cols = None
        self._levels.clear()
        self.notify_style_update()  # as a theme switch: every line is drawn again

    def refresh_ids(self, ids: list[str]) -> None:
        """Repaint the labels of these report nodes (after an edit), and every row beside one
        of them whose layout the edit changed (a longer count, a badge: see _group_level)."""
        before, width = dict(self._levels), self.scrollable_content_region.width
        self._levels.clear()
        groups: dict[int, TreeNode[str]] = {}
        for node_id in ids:
            node = self.nodes_by_id.get(node_id)
            if node is not None:
                node.refresh()
                if node.parent is not None:
                    groups[node.parent.id] = node.parent
        for key, parent in groups.items():
            if (key, width) in before and before[key, width] != self._group_level(parent, width):
                for sibling in parent.children:
                    sibling.refresh()

    # ------------------------------------------------------------------ rendering
    def render_lines(self, crop: Region) -> list[Strip]:
        """The widget's style worked out once per paint: Tree.render_line asks for it on every
        line, and ``rich_style`` walks every ancestor's styles (most lines come from Tree's cache
        and cost little else)."""
        self._paint_style = self.rich_style
        try:
            return super().render_lines(crop)
        finally:
            self._paint_style = None

    def render_line(self, y: int) -> Strip:
        """Tree.render_line with the style of the paint (or, outside one, the current style)."""
        style = self._paint_style if self._paint_style is not None else self.rich_style
        scroll_x, scroll_y = self.scroll_offset
        return self._render_line(y + scroll_y, scroll_x, scroll_x + self.size.width, style)

    def _style(self, name: str) -> Style:
        return self.get_component_rich_style(name, partial=True)

    def render_label(self, node: TreeNode[str], base_style: Style, style: Style) -> Text:
        """Icon, name (cut to fit), the count beneath, and right-aligned the node's own metrics;
        in a narrow tree the rating word and the count's word are dropped first, then the count
        of a row that shows its own figures."""
        label = self._label_body(node, self.scrollable_content_region.width)
        label.stylize_before(style)
        if node.allow_expand:
            icon = self.ICON_NODE_EXPANDED if node.is_expanded else self.ICON_NODE
            label = Text.assemble(Text(icon, style=base_style + TOGGLE_STYLE), label)
        return label

    def get_label_width(self, node: TreeNode[str]) -> int:
        """The cells of ``node``'s label without drawing it (Tree draws it to measure it, for
        every line each time the lines change and once more on each cursor move, to scroll to
        it): every row is as wide as the tree, its guides and label (``_label_body`` pads it)."""
        return max(self.scrollable_content_region.width - self._indent(node), 0)

    def _indent(self, node: TreeNode[str]) -> int:
        """The cells of the guides before ``node``'s label, as Tree draws them."""
        depth, parent = 0, node.parent
        while parent is not None and parent is not self.root:
            depth, parent = depth + 1, parent.parent
        return depth * max(2, self.guide_depth)

    def _label_body(self, node: TreeNode[str], region: int) -> Text:
        indent = self._indent(node)
        icon = 2 if node.allow_expand else 0
        width = region - indent - icon
        ev = pending = None
        if self.view is not None and node.data is not None and self.is_mounted:
            if self.view.ready:
                ev = self.view.evaluation.of(node.data)
            else:  # a big report before its evaluation: its measures say so
                pending = self.view.report.get(node.data)
        name = node._label.copy()
        count = metrics = Text()
        badge = self.badge(node.data)
        # what gives way before the name, in every row of its list alike (the columns stay
        # aligned): the count's word, then the rating's (_group_level); then, row by row, the
        # count of a row with figures of its own while its name is cut (its ▼ says whether it
        # is under target; the detail pane says how many items beneath are): a kabupaten's IKU
        # at 80×24 kept ≈ 13 cells. The count stays where its name shows no more without it
        # ("IKU 7 Jumlah mutu…  ▼7", not "IKU 7 Jumlah mutu…" and 9 blank cells: tui63)
        level = self._group_level(node.parent, region) if node.parent is not None else 0
        compact = level >= 2 or not self.rated()
        shared = self._shared.get(node.data or "", (0, 0, True, 0))
        counted_cut: tuple[Text, Text] | None = None  # the name's cut beside the count, and it
        for counted in (True, False):
            if ev is not None:
                metrics = self.metrics(ev, compact)
                count = self.count(ev, level >= 1) if counted or not metrics else Text()
            elif pending is not None and pending.measure is not None:
                metrics = self.pending_metrics(compact)
            # the blanks before a figure shorter than its column ("—", "75,00 %") are the
            # row's own, two kept: "IKU 13 Jumlah infrastruktur…  ✗2   —", not "Jumlah…";
            # a figure as wide as its column gets its two ("✗8  2.450,00 %", not "✗82.450,00 %")
            spare = len(metrics.plain) - len(metrics.plain.lstrip(" ")) - 2 if metrics else 0
            room = width - metrics.cell_len - count.cell_len - badge.cell_len + spare
            cut = cut_label(name, max(room, 8), shared)
            if counted_cut is not None and cut.cell_len <= counted_cut[0].cell_len:
                cut, count = counted_cut
                break
            if not compact or not count or not metrics or name.cell_len <= room:
                break
            counted_cut = (cut, count)
        name = cut
        name.append_text(badge)
        name.append_text(count)
        over = name.cell_len + metrics.cell_len - width
        if over > 0:  # (into the spare blanks)
            metrics = metrics.divide([over])[1]
        name.pad_right(width - metrics.cell_len - name.cell_len)
        name.append_text(metrics)
        return name

    def _group_level(self, parent: TreeNode[str], region: int) -> int:
        """How much every row of ``parent``'s list gives way before a name is cut, the same for
        all of them so that their figures stay in one column: 0 nothing, 1 the count's word
        ("▼3", not "▼3 belum capai"), 2 the rating's word too (the number keeps its colour).
        The first level at which every row keeps its whole name or NAME_CELLS cells of it after
        its kode: the rating word has its room before a name takes cells it does not need.
        Worked out from widths alone, once per list and width."""
        key = (parent.id, region)
        level = self._levels.get(key)
        if level is not None:
            return level
        rows = []
        if self.view is not None and self.is_mounted:
            indent = self._depth(parent) * max(2, self.guide_depth)
            view, full = self.view, 13 + self.rating_width() if self.rated() else 12
            word = 1 + cell_len(tr("under_target_short", self.lang))
            for child in parent.children:
                measured, under = False, 0
                if view.ready:
                    ev = view.evaluation.of(child.data) if child.data is not None else None
                    if ev is not None:
                        measured, under = ev.node.measure is not None, ev.under_below
                else:
                    node = view.report.get(child.data) if child.data is not None else None
                    measured = node is not None and node.measure is not None
                found = self.badges.get(child.data) if child.data is not None else None
                fixed = (2 if child.allow_expand else 0) + indent
                fixed += 2 + len(grouped(found[0], self.lang)) if found is not None else 0
                count = 3 + len(grouped(under, self.lang)) if under else 0
                name = child._label.cell_len
                keep = min(name, self._kode_cells(child.data) + NAME_CELLS)
                rows.append((region - fixed, name, full if measured else 0, count, keep))

        def fits(rating: bool, count_word: bool) -> bool:
            # a row without figures (a tujuan, a sasaran) keeps its count's word only beside its
            # whole name: "▼75" says it, and the name has the cells (tui19); and only where it
            # leaves the under-target mark's two cells blank, as every row with figures does
            # ("S7 Meningkatnya mutu pendidikan dasar yang akuntabel ✗1  ▼1 under" ran into
            # the detail pane's border at 120×40 in English: tui65)
            return all(
                free - (metrics if rating else 0) - count - (word if count and count_word else 0)
                >= (name + 2 if count and count_word and not metrics else keep)
                for free, name, metrics, count, keep in rows
            )

        level = 0 if fits(True, True) else 1 if fits(True, False) else 2
        self._levels[key] = level
        return level

    def _kode_cells(self, node_id: str | None) -> int:
        """The cells a row's kode takes before its name (with the space after it)."""
        node = self.view.report.get(node_id) if self.view is not None and node_id else None
        return len(clean_line(node.code, 24)) + 1 if node is not None and node.code else 0

    def rated(self) -> bool:
        """Whether the rows have their rating column: not on next year's report before any
        realisasi (:attr:`View.in_review`), where every measure said "— tidak terukur" in it
        (every rating is none yet, the summary says "belum ada realisasi") and its names lost
        those 15 cells; the column comes with the first realisasi (:meth:`evaluated`)."""
        view = self.view
        return view is None or not view.ready or view.in_review

    def _depth(self, parent: TreeNode[str]) -> int:
        """The depth of ``parent``'s children (0 under the root)."""
        depth = 0
        while parent is not self.root and parent is not None:
            depth, parent = depth + 1, parent.parent  # type: ignore[assignment]
        return depth

    def count(self, ev: Evaluated, compact: bool = False) -> Text:
        """How many under-target items lie beneath ("  ▼3 belum capai"), or nothing; grouped as
        the summary says them ("▼10.382" in the huge report, where it read "▼10382": tui59)."""
        if not ev.under_below:
            return Text()
        word = "" if compact else f" {tr('under_target_short', self.lang)}"
        n = grouped(ev.under_below, self.lang)
        return Text(f"  {UNDER_MARK}{n}{word}", style=self._style("lkj--count"))

    def pending_metrics(self, compact: bool = False) -> Text:
        """The metrics' columns of a measure not evaluated yet: "…  dihitung…"."""
        out = Text(f"{'…':>10}")
        if not compact:
            word = f" {t('evaluating_short', self.lang):<{self.rating_width()}}"
            out.append(word, style=self._style("lkj--muted"))
        out.append("  ")
        return out

    def _rating_label(self, rating: str) -> str:
        """A rating in the pane's language: a region's band by its own English label if it has one
        (any text of the report: cleaned, at most RATING_MAX cells)."""
        scales = self.view.scales if self.view is not None else None
        if self.lang == "en" and scales is not None:
            return clean_line(scales.label_en(rating), RATING_MAX)
        return clean_line(tr(rating, self.lang), RATING_MAX)

    def rating_width(self) -> int:
        """The rating column's width for this report and language: RATING_WIDTH, or the report's
        widest rating label (a region's own) up to RATING_MAX; worked out once per view and
        language, so every row has the same columns."""
        if self.view is None:
            return RATING_WIDTH
        if self._rating_cols is None:
            bands = self.view.scales.bands
            widest = max((len(self._rating_label(b.label)) for b in bands), default=0)
            self._rating_cols = max(RATING_WIDTH, widest)
        return self._rating_cols

    def _rating_class(self, rating: str | None) -> str:
        """The class of a rating: by its place in the report's scales (a region's own labels too)."""
        scales = self.view.scales if self.view is not None else None
        tone = rating_tone(rating, scales) if scales is not None else None
        return f"lkj--r{tone}" if tone is not None else RATING_CLASS.get(rating or "", "lkj--muted")

    def metrics(self, ev: Evaluated, compact: bool = False) -> Text:
        """Capaian, rating and the under-target mark in fixed columns (empty for unmeasured nodes)."""
        out = Text()
        if ev.node.measure is None:
            return out
        ach, width = ev.achievement, self.rating_width()
        if ach is not None and ach.rounded is None and ach.verdict:  # met or not, no capaian %
            out.append(f"{ach.format(self.lang):>10}" + ("" if compact else " "))
            if not compact:
                out.append(
                    f"{verdict_text(ach.met, self.lang):<{width}}", style=self._style("lkj--muted")
                )
        elif ach is None or ach.rounded is None:
            out.append(f"{'—':>10}" + ("" if compact else " "))
            if not compact:
                out.append(
                    f"{tr('no_capaian', self.lang):<{width}}", style=self._style("lkj--muted")
                )
        elif compact:  # the rating's colour stays on the number
            style = self._style(self._rating_class(ach.rating))
            out.append(f"{format_id(ach.rounded) + ' %':>10}", style=style)
        else:
            out.append(f"{format_id(ach.rounded) + ' %':>10} ")
            rating = self._rating_label(ach.rating) if ach.rating else ""
            out.append(f"{rating:<{width}}", style=self._style(self._rating_class(ach.rating)))
        out.append(f" {UNDER_MARK}" if ev.under_target else "  ", style=self._style("lkj--under"))
        return out
