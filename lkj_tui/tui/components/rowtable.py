"""A table that draws only the rows on screen: the overview's thousands of rows (every report of a
province, every IKU of every report) refill on each key in milliseconds.

Textual's ``DataTable`` builds, measures and keeps every row it is given: refilling 2,000 rows took
≈ 6 s a key on the development machine. Here a row is a tuple of cleaned cell texts (and a style per
cell), made by a function only for the ≈ 40 rows painted; filtering and sorting give the table a new
list of items and the column widths, and :meth:`RowTable.render_line` pads the visible rows.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any, ClassVar

from rich.cells import cell_len, set_cell_size
from rich.segment import Segment
from rich.style import Style
from textual import events
from textual.geometry import Region
from textual.message import Message
from textual.strip import Strip
from textual.widget import Widget

from lkj_tui.core.apart import cut_apart, in_words, words_apart
from lkj_tui.core.sanitize import cut_at_word
from lkj_tui.tui.components.whole import LAST_LINE

Cells = tuple[str, ...]
Styles = tuple[str, ...]  # a rich style per cell ("" for none)


def fit(
    text: str,
    width: int,
    right: bool,
    apart: tuple[int, bool, int] | None = None,
    keep: Sequence[str] = (),
    words: bool = False,
) -> str:
    """``text`` cut (with "…") or padded to exactly ``width`` cells; a name (left-aligned) is cut
    after a whole word ("Dinas Komunikasi, Informatika…", not "Dinas Komunikasi, Inform…") unless
    that leaves more than half of the room empty ("Kab. Bengk…", not "Kab.…"). ``apart``: where
    the words another name of its column begins with too end, and whether the words after them
    are its own (core.apart.shared_words): a cut that would keep only those shows the words that
    tell the names apart ("Dinas…Masyarakat…" beside "Dinas…Perempuan…"). ``keep``: the words
    typed in a filter (case folded): a cut that would drop one of them that the name holds keeps
    it where the words that tell the name apart still show (:func:`_keeping`: "Dinas
    Kependudu…" when "dinas" is typed, not "…Kependudukan…"), and a cut that would show only
    those words shows as much of the name as fits ("Persentase Kualit…", not "Persentase…" on
    every row when "persentase" is typed). ``words``: cut after whole words even where that
    leaves most of the room empty, within a word only where no whole-word cut reads apart
    (core.apart.cut_apart's ``words``: the overview's offices, "…Penanggulangan…", not "Badan
    Penanggulanga…")."""
    size = cell_len(text)
    if size > width:
        if width <= 0:
            return ""
        cut = ""
        if not right and size == len(text):
            if words and not apart and " " in text:  # (its first word as if shared: its own
                # words after it, "…Kependudukan dan…", where "Dinas…" would say nothing)
                cut = cut_apart(text, width, 0, text.index(" ") + 1, words=True)
            elif apart:
                cut = cut_apart(text, width, 0, *apart, words=words)
            else:
                cut = cut_at_word(text, width)
            if apart and keep and not _shows(cut, text, keep):
                cut = _keeping(text, width, apart[0], keep) or cut
            if keep and _only(cut, keep):  # "Persentase…" on every row: as much as fits
                cut = ""
        # a figure's label, wide characters, or most of the room lost (not for ``words``)
        if 2 * len(cut) < width and not (words and len(cut) > 1):
            return set_cell_size(text, width - 1) + "…"
        text, size = cut, len(cut)
    pad = " " * (width - size)
    return pad + text if right else text + pad


def _shows(cut: str, text: str, words: Sequence[str]) -> bool:
    """Whether ``cut`` still shows every one of ``words`` that ``text`` holds."""
    folded, whole = cut.casefold(), text.casefold()
    return all(w in folded or w not in whole for w in words)


def _keeping(text: str, width: int, end: int, words: Sequence[str]) -> str | None:
    """``text`` cut to ``width`` so that it shows the typed ``words`` it holds, something more,
    and the beginning of the words that tell it apart (after ``end``): its first word before
    them ("Dinas…Kependudukan…"), its beginning cut at a word, or cut where the room ends
    ("Dinas Kependudu…"). None when no such cut fits (the words that tell it apart win)."""
    own = text[end : end + 4]
    for cut in (
        cut_apart(text, width, 0, end, False),
        cut_at_word(text, width),
        set_cell_size(text, width - 1) + "…",
    ):
        if _shows(cut, text, words) and not _only(cut, words) and own in cut:
            return cut
    return None


def _only(cut: str, words: Sequence[str]) -> bool:
    """Whether ``cut`` shows nothing but some of ``words``."""
    rest = cut.replace("…", " ").casefold()
    for word in words:
        rest = rest.replace(word, " ")
    return not rest.strip(" ,.;:-")


def _give_way(widths: list[int], columns: list[int], floor: int, excess: int) -> int:
    """Narrow the widest of ``columns`` first, none below ``floor``, until ``excess`` cells are
    given (or none can give); what is left of ``excess``."""
    while excess > 0:
        wide_ones = [i for i in columns if widths[i] > floor]
        if not wide_ones:
            break
        wide = max(wide_ones, key=lambda i: widths[i])
        others = [widths[i] for i in wide_ones if i != wide]
        cut = min(excess, widths[wide] - floor, max(1, widths[wide] - max(others, default=floor)))
        widths[wide] -= cut
        excess -= cut
    return excess


def _give_back(
    widths: list[int],
    columns: list[int],
    full: Sequence[int],
    spare: int,
    sizes: Mapping[int, Mapping[int, int]],
) -> int:
    """``spare`` cells given back to ``columns``, a cell at a time to the one whose text is cut
    most: on the most rows (``sizes``: a column → its cells' lengths → how many rows), on a tie
    its widest text the most cells short of its ``full`` width; what is left of ``spare`` once
    none is short. (Until ys46 to the narrowest: at 76 columns in a province's store the
    pemerintah took 19 cells, where "Kab.…Selatan" showed 12 characters, beside the instansi's
    20 cut on nearly every row.)"""

    def cut(i: int) -> tuple[int, int]:
        rows = sum(n for size, n in sizes.get(i, {}).items() if size > widths[i])
        return rows, full[i] - widths[i]

    while spare > 0:
        short = [i for i in columns if 0 < widths[i] < full[i]]
        if not short:
            break
        widths[max(short, key=cut)] += 1
        spare -= 1
    return spare


class RowTable(Widget):
    """Columns (label, right-aligned), rows of cells, a cursor row; scrolls to keep it in view."""

    DEFAULT_CSS = """
    RowTable { height: 1fr; }
    RowTable > .rowtable--header { text-style: bold; color: $text-primary; }
    RowTable > .rowtable--cursor { background: $primary 40%; }
    """
    COMPONENT_CLASSES: ClassVar[set[str]] = {"rowtable--header", "rowtable--cursor"}
    MAX_WIDTH = 60  # no column is wider than this (cells are cut with "…")
    NAME_ROOM = 24  # a name's column keeps this many cells while a figure's label can give way
    #: the other names give way to this before a column of ``give_first`` goes below the width
    #: it reads whole at (the overview's offices read whole and apart at 16 cells, years35)
    NAME_KEPT = 16
    #: where the names would go below ``NAME_KEPT`` even so, the columns ``spare`` are left out
    #: and the names go to this before a column of ``give_first`` goes below its first width (a
    #: province's 40 offices read apart in whole words at 14 cells but two, and each region its
    #: kind and a word of its own, "Prov. Bengkulu", where at 12 it read "Prov.…", years41)
    NAME_APART = 14

    class HeaderClicked(Message):
        def __init__(self, column: int) -> None:
            super().__init__()
            self.column = column

    class RowClicked(Message):
        def __init__(self, row: int) -> None:
            super().__init__()
            self.row = row

    def __init__(self, **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.labels: list[str] = []
        self.short: list[str] = []
        self.right: list[bool] = []
        self.items: Sequence[Any] = ()
        self.cells_of: Callable[[Any], tuple[Cells, Styles]] = lambda _: ((), ())
        self.widths: list[int] = []
        self.least: list[int] = []
        self.first: list[int] = []  # text columns that give way before the others
        #: a text column that gives way before those, down to its widths here (see set_rows)
        self.give_first: dict[int, tuple[int, int]] = {}
        #: a column of those left out (width 0) where the names would lose more than it holds
        self.drop: list[int] = []
        #: figures' columns left out where the names would go below ``NAME_KEPT`` (see fitted)
        self.spare: list[int] = []
        #: a text column → its cells' lengths → how many rows: the cells those leave go to
        #: the column cut on the most rows (see set_rows)
        self.sizes: Mapping[int, Mapping[int, int]] = {}
        self.apart: list[Mapping[str, tuple[int, bool, int]] | None] = []  # see set_rows
        self.keep: Sequence[str] = ()  # see set_rows
        self.whole: Mapping[int, Collection[str]] = {}  # see set_rows
        #: text columns of one text on every row: they give way first, cut plainly (set_rows)
        self.same: Sequence[int] = ()
        #: a text column → every text its cells hold (set_rows): the cells its widest cut
        #: leaves unused go to a name that shows more with them (fitted)
        self.names: Mapping[int, Collection[str]] = {}
        #: (column, width) → the cells its widest cut takes (_widest); for a room, the widths
        #: and the widths the cells are cut to (fitted, _spread)
        self._widest_cuts: dict[tuple[int, int], int] = {}
        self._fitted: tuple[int, list[int], list[int]] | None = None
        #: (column, width) → its names, and their cuts within a word → whole words (_settled)
        self._whole_cuts: dict[
            tuple[int, int], tuple[Collection[str], dict[tuple[str, str], str]]
        ] = {}
        #: said under the header when there is no row (why, and how to get rows back); cleaned
        self.empty = ""
        self.cursor = 0
        self.top = 0

    @property
    def rows(self) -> Sequence[Any]:
        return self.items

    def set_rows(
        self,
        labels: Sequence[str],
        right: Sequence[bool],
        items: Sequence[Any],
        cells_of: Callable[[Any], tuple[Cells, Styles]],
        widths: Sequence[int],
        cursor: int = 0,
        first: Sequence[int] = (),
        short: Sequence[str] = (),
        apart: Sequence[Mapping[str, tuple[int, bool, int]] | None] = (),
        keep: Sequence[str] = (),
        give_first: Mapping[int, tuple[int, int]] | None = None,
        drop: Sequence[int] = (),
        whole: Mapping[int, Collection[str]] | None = None,
        spare: Sequence[int] = (),
        sizes: Mapping[int, Mapping[int, int]] | None = None,
        same: Sequence[int] = (),
        names: Mapping[int, Collection[str]] | None = None,
    ) -> None:
        """Show ``items``; ``cells_of(item)`` gives a row's cleaned cells and styles when it is
        painted; ``widths`` (cells per column, at least the labels', at most ``MAX_WIDTH``); the
        text columns ``first`` give way before the others (:meth:`fitted`); ``short``: each
        column's header where its label does not fit (a figure's column gives way to its
        figures only as far as its short header stays whole: "Thn", never "Tah…"); ``apart``:
        for a text column, its cells' shared words; ``keep``: the words typed in a filter,
        which a cut keeps in view (see :func:`fit`); ``give_first``: a column that gives way
        first below ``NAME_ROOM``, down to the first width given (the overview's pemerintah, to
        where each region keeps its first word and one of its own: "Kab. Kepahiang",
        "Kab.…Selatan"), and below ``NAME_KEPT`` down to the second (where they still read
        apart in whole words: "…Kepahiang", "Prov.…"); ``drop``: of
        those, a column left out where the names would otherwise lose more cells than it holds
        (the overview's kategori by indicator at 80 columns: the capaian beside it says it);
        ``whole``: text columns cut after whole words (:func:`fit`'s ``words``: the
        overview's instansi) → every name of the column (a name cut in a word takes whole words
        no other's cut reads as, :meth:`_settled`); ``spare``: figures' columns left out where the names would go
        below ``NAME_KEPT`` even so, after the columns ``drop`` still shown (the overview's IKU
        count by report at 60 columns); ``sizes``: a text column → its cells' lengths → how
        many rows have one: the cells the ``spare`` columns leave go to the column cut on the
        most rows; ``same``: text columns whose every row holds one text (the overview filtered
        on an office: "Inspektorat Daerah" on each of 800 rows): they give way before the other
        names, down to their headers, and are cut at a word with nothing to tell apart."""
        self.labels, self.right = list(labels), list(right)
        self.short = list(short) if short else list(labels)
        self.items, self.cells_of = items, cells_of
        self.widths = [
            min(max(w, cell_len(label)), self.MAX_WIDTH)
            for w, label in zip(widths, self.labels, strict=True)
        ]
        self.least = [min(w, self.MAX_WIDTH) for w in widths]  # the cells', without the labels
        self.first = list(first)
        self.give_first = dict(give_first or {})
        self.drop = list(drop)
        self.spare = list(spare)
        self.sizes = dict(sizes or {})
        self.apart = list(apart) + [None] * (len(self.labels) - len(apart))
        self.names = dict(names or {})
        self._widest_cuts, self._fitted = {}, None
        self.keep, self.whole = keep, dict(whole or {})
        self.same = same
        self.cursor = max(0, min(cursor, len(items) - 1))
        self.top = 0
        self._follow()
        self.refresh()

    @property
    def page(self) -> int:
        return max(self.size.height - 1, 1)

    def _follow(self) -> None:
        if self.cursor < self.top:
            self.top = self.cursor
        elif self.cursor >= self.top + self.page:
            self.top = self.cursor - self.page + 1

    def move(self, delta: int) -> None:
        if not self.rows:
            return
        self.cursor = max(0, min(len(self.rows) - 1, self.cursor + delta))
        self._follow()
        self.refresh()

    def refresh_item(self, item: Any) -> None:
        """Repaint a row whose cells changed (a figure a worker computed later)."""
        for y in range(1, self.size.height):
            index = self.top + y - 1
            if index < len(self.items) and self.items[index] is item:
                self.refresh(Region(0, y, self.size.width, 1))

    def fitted(self, room: int) -> list[int]:
        """The column widths for ``room`` cells. First a figure's column wider than its figures
        for its label gives way to them, the label that overhangs most first (80 columns, walk8:
        the reviu errors were off the screen); one that then shows its short header ("Blm
        capai") is only as wide as that header or its figures (tui15: the instansi kept 24 cells
        beside "Blm capai" in 13). Then the widest text (left-aligned) columns give way (the
        columns named ``first`` before the others: the overview's pemerintah before the
        instansi, the instansi before the indicator it lists), none below ``NAME_ROOM``, so the
        figures on the right stay on screen; then the columns ``give_first`` (see set_rows),
        the others to ``NAME_KEPT``, those to their least; then together, widest first, to 12
        and to 6. (Until tui16 the names went to ``NAME_ROOM`` before the headers gave way: at 120 columns
        the instansi of a store of several regions was cut at 31 cells beside "Rata-rata
        capaian" in 17 over figures of 9. Before ov13 the names went to 12 first.) Last, the
        cells the names' cuts leave unused go to a name that shows more with them
        (:meth:`_spread`). Worked out once a room until the rows change."""
        return list(self._laid_out(room)[0])

    def _laid_out(self, room: int) -> tuple[list[int], list[int]]:
        """:meth:`fitted`'s widths, and the widths each column's cells are cut to (wider where
        its widest cut leaves cells unused: :meth:`_spread`)."""
        if self._fitted is None or self._fitted[0] != room:
            widths = self._fit(room)
            cut_to = self._spread(widths)
            self._fitted = (room, widths, cut_to)
        return self._fitted[1], self._fitted[2]

    def _fit(self, room: int) -> list[int]:
        widths = list(self.widths)
        # a cell before the first column, two between columns, one after the last
        excess = sum(widths) + 2 * len(widths) - room
        texts = [i for i, r in enumerate(self.right) if not r]
        figures = [i for i, r in enumerate(self.right) if r and i < len(self.least)]
        floor = [max(self.least[i], 4, cell_len(self.short[i])) for i in range(len(self.least))]
        while excess > 0 and figures:  # a cell at a time from the label that overhangs most
            i = max(figures, key=lambda i: widths[i] - floor[i])
            if widths[i] <= floor[i]:
                break
            widths[i] -= 1
            excess -= 1
        for i in figures:  # its short header is shown: no wider than it or its figures
            if floor[i] < widths[i] < cell_len(self.labels[i]):
                widths[i] = floor[i]
        # a name said on every row (``same``) goes to its header first, its cells to the names
        # that differ; the columns left out are those left out without it (``given`` counted
        # back), and the cells the others do not take come back to it at the end
        given = 0
        if excess > 0:
            for i in self.same:
                least = min(widths[i], cell_len(self.short[i]))
                given, widths[i] = given + widths[i] - least, least
        excess -= given
        others = [i for i in texts if i not in self.same]
        excess = _give_way(widths, self.first, self.NAME_ROOM, excess)
        excess = _give_way(widths, others, self.NAME_ROOM, excess)
        for i, (kept, _) in self.give_first.items():  # (its header whole: "Pemerintah ▲")
            excess = _give_way(widths, [i], max(kept, cell_len(self.short[i])), excess)
        for i in self.drop:
            if excess + given > widths[i] + 2:
                excess -= widths[i] + 2
                widths[i] = 0
        # (the columns ``first`` give way first on a tie too)
        rest = [i for i in self.first + texts if i not in self.give_first]
        excess = _give_way(widths, rest, self.NAME_KEPT, excess)
        if excess > 0 and self.spare:  # (the names still short of their room: the columns
            # ``drop`` still shown give theirs first, then the spare figures, and the names go
            # to NAME_APART before a region to its least; the spare went first, and at 76
            # columns the IKU count was left out while the reviu errors, less needed, showed)
            for i in (*self.drop, *self.spare):
                if excess > 0 and widths[i]:
                    excess -= widths[i] + 2
                    widths[i] = 0
            excess = _give_way(widths, rest, self.NAME_APART, excess)
            excess = -_give_back(widths, others, self.widths, -excess, self.sizes)
        for i, (_, least) in self.give_first.items():  # (at 80 columns its regions got 12
            # cells beside the instansi's 20, "Prov.…", "…Mukomuko"; now 14 beside 18, years35)
            excess = _give_way(widths, [i], max(least, cell_len(self.short[i])), excess)
        excess = _give_way(widths, rest, 12, excess)
        excess = _give_way(widths, texts, 6, excess)
        if excess < 0 and self.same:  # (what the names that differ do not take: back to it)
            spare = _give_back(widths, others, self.widths, -excess, self.sizes)
            _give_back(widths, list(self.same), self.widths, spare, {})
        return widths

    def _spread(self, widths: list[int]) -> list[int]:
        """The cells the name columns (of ``names``) leave unused where their widest cut is
        narrower than the column ("Nilai AKIP Sekretariat…" in 24 cells, "Kab. Kaur" in 10) go
        to a name that then shows more, the leftmost first (the indicator, then the instansi).
        A column of ``give_first`` gives those of its first width (where its texts read apart:
        "Kab.…Selatan" in 14 cells, 2 unused) however wide it is, and keeps the rest, each
        cell shown as the screen grows: where it gave what its widest cut left at each width,
        it took them back where a text came whole ("Kab. Rejang Lebong" at 18), and the
        indicator and the instansi moved 3 cells left as the screen grew by one (108 columns
        by indicator, tui61). (Until tui59, at 100×30 by indicator three cells stayed blank
        beside "Indek Kepuasan…", now "Indek Kepuasan Pelayanan…".) Its cells are cut as in
        its width before (a cut after whole words changes with the width: "…Bencana…" in 11
        cells read "Badan…" in 9); those widths are returned."""
        cut_to = list(widths)
        texts = [i for i, r in enumerate(self.right) if not r and i not in self.same]
        named = [i for i in texts if i in self.names and i not in self.give_first]
        pool = 0
        for i in (*named, *self.give_first):
            if widths[i] and i in self.names:  # (its header kept as shown: "Pemerintah")
                at = min(widths[i], self.give_first[i][0]) if i in self.give_first else widths[i]
                unused = at - max(self._widest(i, at), min(at, cell_len(self.short[i])))
                pool, widths[i] = pool + unused, widths[i] - unused
                cut_to[i] = max(at, widths[i])
        for i in named:
            while pool > 0 and widths[i]:
                shown = widths[i]
                room = range(cut_to[i] + 1, min(shown + pool, self.widths[i]) + 1)
                wider = next((w for w in room if self._widest(i, w) > shown), None)
                if wider is None:
                    break
                used = self._widest(i, wider)
                pool, widths[i], cut_to[i] = pool - (used - shown), used, wider
        return cut_to

    def _widest(self, i: int, width: int) -> int:
        """The most cells a text of column ``i`` (``names``) takes cut to ``width`` as drawn
        (:meth:`_cut`), worked out once a width until the rows change; it stops at a text
        that fills the width."""
        found = self._widest_cuts.get((i, width))
        if found is None:
            found = 0
            for name in self.names[i]:
                size = cell_len(name)
                if size > width:
                    size = cell_len(self._cut(i, name, width).rstrip())
                if size > found:
                    found = size
                    if found >= width:
                        break
            self._widest_cuts[i, width] = found
        return found

    def _cells(
        self, cells: Sequence[str], styles: Sequence[str], base: Style, header: bool = False
    ) -> list[Segment]:
        out: list[Segment] = [Segment(" ", base)]
        widths, cut_to = self._laid_out(self.size.width)
        if header:  # a label too long for its column: its short form when that fits
            cells = [
                short if cell_len(label) > width >= cell_len(short) else label
                for label, short, width in zip(cells, self.short, widths, strict=False)
            ]
        for i, (cell, width) in enumerate(zip(cells, widths, strict=False)):
            if not width:  # (a column left out: see fitted)
                continue
            style = base + Style.parse(styles[i]) if styles[i] else base
            if header:
                cut = fit(cell, width, self.right[i], None, self.keep, i in self.whole)
            elif cut_to[i] != width:  # (cut as in its width before: see _spread)
                cut = set_cell_size(self._cut(i, cell, cut_to[i]), width)
            else:
                cut = self._cut(i, cell, width)
            out.append(Segment(cut, style))
            out.append(Segment("  ", base))
        return out

    def _cut(self, i: int, cell: str, width: int) -> str:
        """Row cell ``cell`` of column ``i`` as drawn in ``width`` cells."""
        if i in self.same:  # (one text on every row: nothing to tell apart)
            return fit(cell, width, self.right[i])
        apart = self.apart[i]
        shared = apart.get(cell) if apart is not None else None
        cut = fit(cell, width, self.right[i], shared, self.keep, i in self.whole)
        if i in self.whole and cell_len(cut.rstrip()) < cell_len(cell):
            if self.keep and not in_words(cut.rstrip(), cell):  # (a typed word kept by
                # cutting another: whole words, as without the filter; "Sekretariat D…"
                # at 60 columns filtered on "sekretariat", ys46)
                cut = fit(cell, width, False, shared, (), True)
            cut = self._settled(i, width).get((cell, cut.rstrip()), cut).ljust(width)
        return cut

    def _settled(self, i: int, width: int) -> dict[tuple[str, str], str]:
        """Column ``i``'s names cut in a word in ``width`` cells (their cut as :func:`fit` makes
        it without the typed words: those change it, and then it stays) → whole words no other
        name's cut reads as (core.apart.words_apart: "Sekretariat…" beside "…DPRD", not
        "Sekretariat Dae…"; ys43), worked out once a width for the column's names."""
        names = self.whole[i]
        known = self._whole_cuts.get((i, width))
        if known is None or known[0] is not names:
            apart = self.apart[i] or {}
            cuts = {
                n: fit(n, width, False, apart.get(n), (), True).rstrip()
                for n in names
                if cell_len(n) == len(n)  # (wide characters: cut as they are)
            }
            found = words_apart(cuts, width, apart)
            known = self._whole_cuts[i, width] = (
                names,
                {(n, cuts[n]): f for n, f in found.items()},
            )
        return known[1]

    def render_line(self, y: int) -> Strip:
        width = self.size.width
        base = self.rich_style
        if y == 0:
            header = base + self.get_component_rich_style("rowtable--header", partial=True)
            segments = self._cells(self.labels, [""] * len(self.labels), header, header=True)
        else:
            index = self.top + y - 1
            if index >= len(self.rows):
                said = self._empty_lines(width - 2) if not self.rows else []
                if y - 1 < len(said):  # (not a header alone: "nothing matches", and the way out)
                    line = Segment(f" {said[y - 1]}", base + Style.parse("italic"))
                    return Strip([line]).adjust_cell_length(width, base).crop(0, width)
                return Strip.blank(width, base)
            style = base
            if index == self.cursor:
                style = base + self.get_component_rich_style("rowtable--cursor", partial=True)
            cells, styles = self.cells_of(self.items[index])
            segments = self._cells(cells, styles, style)
        return Strip(segments).adjust_cell_length(width, base).crop(0, width)

    def _empty_lines(self, width: int) -> list[str]:
        """:attr:`empty` broken at its words into lines of ``width`` cells (a word wider than
        that cut with "…"), the last words kept together to :data:`whole.LAST_LINE` characters
        where they fit a line (not "saringan." alone under "… ctrl+u mengosongkan" at 60×20, as
        :func:`whole.no_widow`). Linear."""
        lines: list[str] = []
        line = ""
        words = self.empty.split()
        while len(words) > 1 and len(words[-1]) < LAST_LINE:
            kept = f"{words[-2]} {words[-1]}"
            if cell_len(kept) > width:
                break
            words[-2:] = [kept]
        for word in words:
            if line and cell_len(line) + 1 + cell_len(word) <= width:
                line = f"{line} {word}"
                continue
            if line:
                lines.append(line)
            line = cut_at_word(word, width) if cell_len(word) > width else word
        return [*lines, line] if line else lines

    def on_resize(self) -> None:
        self._follow()

    def on_mouse_scroll_down(self, event: events.MouseScrollDown) -> None:
        event.stop()
        self.move(3)

    def on_mouse_scroll_up(self, event: events.MouseScrollUp) -> None:
        event.stop()
        self.move(-3)

    def on_click(self, event: events.Click) -> None:
        if event.y == 0:
            x = 1
            for i, w in enumerate(self.fitted(self.size.width)):  # the widths as drawn
                if not w:
                    continue
                if x <= event.x < x + w + 2:
                    self.post_message(self.HeaderClicked(i))
                    return
                x += w + 2
            return
        index = self.top + event.y - 1
        if 0 <= index < len(self.rows):
            self.cursor = index
            self.refresh()
            if event.chain >= 2:  # a double click opens
                self.post_message(self.RowClicked(index))
