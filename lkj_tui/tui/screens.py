"""Modal screens that are not edits: search, switch report, help."""

from __future__ import annotations

from collections import Counter
from importlib import resources
from typing import ClassVar

from rich.cells import cell_len
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Input, Markdown, OptionList, Static
from textual.widgets._markdown import MarkdownTable, MarkdownTableContent
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from lkj_tui.core.apart import shared_words
from lkj_tui.core.i18n import tr
from lkj_tui.core.model import Node, Report
from lkj_tui.core.numbers import grouped as count
from lkj_tui.core.reviu.finding import shared_heads, short_id
from lkj_tui.core.sanitize import clean_line, clean_words
from lkj_tui.storage.store import ReportInfo
from lkj_tui.tui.components.dialogs import SCROLL_KEYS, Dialog, OrderedInput
from lkj_tui.tui.components.picker import (
    ID_STEP,
    FilterDialog,
    PickerDialog,
    PickerRows,
    _cut,
    _least,
)
from lkj_tui.tui.components.whole import NO_BREAK, Hanging, no_widow, wrap_whole
from lkj_tui.tui.session import View
from lkj_tui.tui.text import t

#: the search results' kind column: the widest short kind ("Other ind.") and a space
KIND_COLUMN = 11
#: a search result narrower than this (the results' width below ≈ 70 columns of screen) is one
#: line, its name cut at a word: at 60×20 most wrapped onto two and 5 showed in 14 rows (tui40)
ONE_LINE_BELOW = 58


class SearchRow(Hanging):
    """A search result: its kind's column and its kode, name and place, wrapped under the name's
    start; in a line narrower than :data:`ONE_LINE_BELOW`, one line, the name cut after a word
    with "…" and its place (" · S1") kept at the end (linear). ``parent``: the name of the node
    it is under, said after its place where another result has the same kode, name and place
    (" · IKU 1 › Penyusunan…"); ``rows``: the results it is one of, cut together in one line
    (:class:`SearchRows`: where two would read alike, each keeps the words that tell it)."""

    def __init__(
        self,
        kind: str,
        code: str,
        name: str,
        where: str,
        apart: tuple | None = None,
        parent: str = "",
        rows: SearchRows | None = None,
        by_id: bool = False,
    ) -> None:
        head = Content.styled(f"{kind:<{KIND_COLUMN}}", "$text-muted")
        # "IKU 4" in the kind's column: "IKU  IKU 4" said it twice; a twin's id there too, as
        # its rows alike say their kind: beside it the id took 9 of the name's cells at 60×20,
        # "Ind. keg.  24d2a0ff Persentase…" (tui43)
        if says_kind(code, kind) or (by_id and cell_len(code) < KIND_COLUMN):
            head = Content.assemble((code, "bold"), " " * (KIND_COLUMN - cell_len(code)))
            code = ""
        self.parts, self.apart = (code, name, where, parent), apart  # (apart: shared_words')
        self.rows = rows
        #: the words its parent begins with as another's of its kode, name and place does
        #: (core.apart.shared_words'), set by :func:`search_rows`
        self.parent_apart: tuple[int, bool, int] | None = None
        self.by_id = by_id  # its kode is its id: its kode, name and parent another's too
        self._fitted: tuple[int, Content] | None = None  # (wrapping's, a width's)
        super().__init__(head, self._body(parent), last_words=True)

    def _body(self, parent: str) -> Content:
        """Its kode, name and place, then ``parent`` (its parent's name as shown) after it."""
        code, name, where, _ = self.parts
        context = f"{where} › {parent}".removeprefix(" › ") if parent else where
        return Content.assemble(
            (f"{code} " if code else "", "bold"),  # a node without a kode: its name in line
            name,
            (f"  ·{NO_BREAK}{context}" if context else "", "$text-muted"),
        )  # (a long one goes on under its start, not under the kinds)

    def wrapping(self, room: int) -> Content:
        """As wrapped (:class:`Hanging`); a parent said that is cut (at 50 characters:
        :func:`search_rows`) cut after a word to the lines the row takes with the parent at its
        least (:meth:`parent_cut`), never given a line for the last words of a cut: "Keuangan
        Perangkat…" and "Administrasi…" alone on a result's last line under "· IKU 2 ›
        Peningkatan Kapasitas Layanan" (tui46); a whole one as it is. Each width once."""
        parent = self.parts[3]
        if not parent.endswith("…") or self.body.cell_length <= room:
            return super().wrapping(room)
        if self._fitted is None or self._fitted[0] != room:
            self._fitted = (room, self._parent_fitted(room))
        return self._fitted[1]

    def _parent_fitted(self, room: int) -> Content:
        """The body, its parent cut to the room its least leaves on the row's last line (two
        wraps; the least where its last words kept together would take a line more). A least
        of one word takes a line more, filled: "› Peningkatan…" told a result from its
        namesake's "› Penyusunan Layanan Administrasi Perkantoran" by a word, not which
        parent it is under (at 76–96 cells, 189 rows of 2,976 at 76: tui47)."""
        least = self.parent_cut()
        body = no_widow(self._body(least))
        lines = wrap_whole(body, room, self.lang)
        if not lines:
            return body
        free, shown = room - lines[-1].cell_length, least
        apart = (0, *self.parent_apart) if self.parent_apart else None
        for rows in (len(lines), len(lines) + 1):
            said = _cut(self.parts[3], cell_len(least) + free, apart)
            more = no_widow(self._body(said))
            if free > 0 and len(wrap_whole(more, room, self.lang)) <= rows:
                body, shown = more, said
            if " " in shown:  # (more than a word said)
                break
            free += room  # one word: a line more
        return body

    def wrapped(self, width: int) -> list[Content]:
        room = width - self.head.cell_length
        if width >= ONE_LINE_BELOW or self.body.cell_length <= room:
            return super().wrapped(width)
        line = self.rows.line(self, room) if self.rows is not None else self.line(room)
        return [self.head + line.truncate(room, ellipsis=True)]  # (one line, its height 1)

    def line(self, room: int, telling: int = 0) -> Content:
        """The row's body in one line of ``room`` cells: its place cut to a third of the room
        ("IKU 1 ›…"), the name in the rest, cut after a word. ``telling``, where the row would
        read as another result's: 1, for a row whose parent is said (its kode, name and place
        another's too), the parent keeps its first word, or the words that tell it from the
        others' parents (:meth:`parent_cut`), and the name the rest, cut after a word
        ("Persentase…  · IKU 3 › Pemeliharaan…"); 2, as 1 with the name's words that tell it
        from another name ("…Sekolah…  · IKU 3 › Pemeliharaan…", core.apart), or, for a row
        without a parent said, the place gives way to the name ("IKU 1 ›…", its kode whole)."""
        code, name, where, parent = self.parts
        code = f"{code} " if code else ""
        where = where.replace(NO_BREAK, " ")
        context = f"{where} › {parent}".removeprefix(" › ") if parent else where
        # a row told by its id or its parent: its name cut after a word, not within one as
        # where its letters tell it ("Persentase Dokume…" beside "Persentase Data…")
        apart = None if self.by_id or (telling == 1 and parent) else self.apart
        if telling and parent:  # the parent's telling words, the name its first word
            told = self.parent_cut()
            left = room - cell_len(code) - cell_len(f"  · {where} › " if where else "  · ")
            name = _cut(name, max(left - cell_len(told), cell_len(_least(name))), apart)
            apart_parent = (0, *self.parent_apart) if self.parent_apart else None
            said = f"{where} › {_cut(parent, max(left - cell_len(name), 1), apart_parent)}"
            said = said.removeprefix(" › ")
            return Content.assemble((code, "bold"), name, (f"  · {said}", "$text-muted"))
        if not context:
            said = ""
        elif not telling:
            said = _cut(context, max(room // 3, 8))
        else:
            said = f"{where} ›…" if parent and where else where or _cut(context, 8)
        where = f"  · {said}" if said else ""
        name = _cut(name, max(room - cell_len(code) - cell_len(where), 1), apart)
        return Content.assemble((code, "bold"), name, (where, "$text-muted"))

    def parent_cut(self) -> str:
        """Its parent at its shortest that still tells it from the parents of the rows of its
        kode, name and place: its first word, or the first word after those another one begins
        with too ("Program Penanggulangan…" beside "Program Pengelolaan…", "Evaluasi…Ruas…")."""
        parent = self.parts[3]
        least = _least(parent)
        if self.parent_apart is None:
            return least
        room = cell_len(least) + cell_len(_least(parent[self.parent_apart[0] :]))
        return _cut(parent, room, (0, *self.parent_apart))


class SearchRows:
    """The results of one search, cut together in one line each (:meth:`SearchRow.line`): rows
    that would read alike though their kode, name or place differ are cut again, each keeping
    what tells it (the name's words, or its parent's), as the move picker's are
    (core.apart; tui42: at 60×20 "Persentase Dokumen…  · IKU 1 ›…" twice, the parents that
    told them cut to "›…"). Once a width; linear in the rows."""

    def __init__(self, rows: list[SearchRow] | None = None) -> None:
        self.rows: list[SearchRow] = rows or []
        self._at: tuple[int, dict[int, Content]] | None = None

    def add(self, row: SearchRow) -> None:
        self.rows.append(row)

    def line(self, row: SearchRow, room: int) -> Content:
        if self._at is None or self._at[0] != room:
            self._at = (room, self._cut(room))
        lines = self._at[1]
        return lines[id(row)] if id(row) in lines else row.line(room)

    def _cut(self, room: int) -> dict[int, Content]:
        lines = {id(row): row.line(room) for row in self.rows}
        level = dict.fromkeys(lines, 0)
        for _ in range(3):  # the rows alike cut again (then those the new cuts made alike)
            said: dict[str, set[tuple[str, str, str, str]]] = {}
            for row in self.rows:
                said.setdefault(lines[id(row)].plain, set()).add(row.parts)
            again = [row for row in self.rows if len(said[lines[id(row)].plain]) > 1]
            if not again:
                break
            for row in again:  # its parent's words, then its name's too (or the place least)
                level[id(row)] = min(level[id(row)] + 1 + (not row.parts[3]), 2)
                lines[id(row)] = row.line(room, level[id(row)])
        return lines


def search_rows(report: Report, nodes: list[Node], lang: str) -> list[tuple[str, SearchRow]]:
    """The search's result rows for ``nodes`` (with their ids), cut together (:class:`SearchRows`).
    Each says its kind, kode, name and the kode above it ("IKU 1"); two alike there (one name
    under one IKU, in two kegiatan) each say their parent too; two that are alike even so (a
    kabupaten report lists one indikator twice in one sub kegiatan) each say their id where a
    kode would be, as ``check`` names them and ``/`` finds them: "0dfd07cd Persentase…". Linear
    in the nodes."""
    wheres = [next((a.code for a in report.ancestors(n.id) if a.code), "") for n in nodes]
    parents = [report.get(n.parent) if n.parent else None for n in nodes]
    # (a kode is never broken across two lines: "· IKU" / "1" at 80 columns)
    keys = [(n.code, n.name, w) for n, w in zip(nodes, wheres, strict=True)]
    alike = Counter(keys)
    said = [
        clean_words(p.name, 50) if alike[key] > 1 and p is not None else ""
        for key, p in zip(keys, parents, strict=True)
    ]
    twins = Counter(zip(keys, said, strict=True))
    shared_ids = shared_heads(report) if any(n > 1 for n in twins.values()) else set()
    names = [clean_words(node.name, 120) for node in nodes]
    shared = shared_words(names)  # (a name cut in one line keeps the words that tell it)
    group = SearchRows()
    out = []
    for node, key, where, name, parent in zip(nodes, keys, wheres, names, said, strict=True):
        code = clean_line(node.code, 16)
        by_id = twins[key, parent] > 1
        if by_id:
            code = short_id(node.id, shared_ids)
        if twins[key, parent] == alike[key]:  # every row alike has that parent: it tells none
            parent = ""
        apart = (0, *shared[name]) if name in shared else None
        row = SearchRow(
            short_kind(node.kind, lang),
            code,
            name,
            clean_line(where, 16).replace(" ", NO_BREAK),
            apart,
            parent,
            group,
            by_id,
        )
        group.add(row)
        out.append((node.id, row))
    by_key: dict[tuple[str, str, str], list[SearchRow]] = {}
    for key, (_, row) in zip(keys, out, strict=True):
        if row.parts[3]:
            by_key.setdefault(key, []).append(row)
    for rows in by_key.values():  # each parent's words that tell it from its namesakes'
        told = shared_words(row.parts[3] for row in rows)
        for row in rows:
            row.parent_apart = told.get(row.parts[3])
    return out


def says_kind(code: str, kind: str) -> bool:
    """Whether ``code`` begins with the word of ``kind`` (an IKU's "IKU 4"), so that it can stand
    in the kind's column for both: it fits there (a space kept after it)."""
    head = code[: len(kind)]
    rest = code[len(kind) : len(kind) + 1]
    fits = cell_len(code) < KIND_COLUMN
    return bool(code) and fits and head.casefold() == kind.casefold() and not rest.isalpha()


def short_kind(kind: str, lang: str) -> str:
    """A node kind's word in the search results' column ("Ind. keg.", "Act. ind."): its full
    label took 19 of the 70 cells at 80 columns, "Key indicator" where the name needed them."""
    word = t(f"kind_short_{kind}", lang)
    return word if word != f"kind_short_{kind}" else tr(kind, lang)[: KIND_COLUMN - 1]


class SearchScreen(FilterDialog):
    """Type a name or a code; results update as you type (searched in a worker). Enter jumps.
    ↓ moves into the results, ↑ on the first goes back to the text typed, and what is typed in
    the results goes on to it (:class:`PickerRows`)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "jump", "key_jump"),
    ]
    # the results take the rows they need up to the screen's (at 80×24 9 were listed, the box's
    # padding and the tenth of the screen it left took 5: tui31; two results had a box of the
    # screen's height, empty under them: tui33), the box at the top, where its input stays put
    # as the results come and go; below 30 rows no blank row under its title either, the
    # input's own border under it (a FilterDialog's: Dialog; at 60×20 a row of the results
    # went to it: tui50)
    DEFAULT_CSS = """
    SearchScreen {
        align: center top;
        .dialog, &.-low .dialog { max-height: 100%; padding: 0 1; }
        #results { height: auto; max-height: 100%; }
    }
    """

    def __init__(self, view: View, lang: str = "id", query: str = "") -> None:
        super().__init__(t("search_title", lang), lang)
        self.view, self.query_text = view, query
        self.shown: str | None = None  # the text whose results are on screen

    def body(self) -> ComposeResult:
        placeholder = t("search_placeholder", self.lang)
        yield OrderedInput(self.query_text, placeholder=placeholder, id="query")
        yield Static(id="count", markup=False)
        results = PickerRows(id="results", markup=False)
        results.display = False  # (until there is a result: show_results)
        yield results

    def bar_words(self) -> dict[str, str | None]:
        """The filter's, and while no result is listed, neither "↓ Ke daftar" nor "⏎ Lompat"
        (the keys still act: Enter typed before the results came jumps to the first)."""
        if self.query_one("#results", OptionList).option_count:
            return super().bar_words()
        return {"focus_rows": None, "jump": None}

    # the results' most rows: the screen's less the box's other lines (a long list scrolls in
    # them; ``height: auto`` alone let it run past the screen, cut and not scrollable)
    FIT_LIST = "#results"

    def on_mount(self) -> None:
        super().on_mount()
        if self.query_text:
            self.run_search(self.query_text)

    def first_focus(self) -> Widget | None:
        return self.query_one("#query", Input)

    @on(Input.Changed, "#query")
    def changed(self, event: Input.Changed) -> None:
        self.run_search(event.value)

    @work(thread=True, exclusive=True, group="search")
    def run_search(self, query: str) -> None:
        # (a newer key cancels this worker; its walk then stops: each key typed on the huge
        # report walked 183,264 nodes to the end, one after the other: tui66)
        worker = get_current_worker()
        nodes, total = self.view.search(query, stop=lambda: worker.is_cancelled)
        if worker.is_cancelled:
            return
        found = search_rows(self.view.report, nodes, self.lang)
        rows = [Option(row, id=node_id) for node_id, row in found]
        self.app.call_from_thread(self.show_results, query, rows, total)

    def show_results(self, query: str, rows: list[Option], total: int) -> None:
        if not self.is_attached:
            return  # Enter jumped before the worker was done
        if query != self.query_one("#query", Input).value:
            return  # a newer search is on its way
        self.shown = query
        results = self.query_one("#results", OptionList)
        results.clear_options()
        results.add_options(rows)
        # (no result: no empty box under "Tidak ditemukan", nor "↓ Ke daftar ⏎ Lompat" in the
        # bar, which led nowhere: bar_words)
        results.display = bool(rows)
        if rows:
            results.highlighted = 0
        self.refresh_bindings()
        key = "search_more" if total > len(rows) else "search_count" + "_1" * (total == 1)
        text = t(key, self.lang, n=count(total, self.lang)) if query.strip() else ""
        if query.strip() and not total:
            text = t("not_found", self.lang, query=clean_line(query, 60))
        self.query_one("#count", Static).update(Content.styled(text, "$text-muted"))

    @on(Input.Submitted, "#query")
    def action_jump(self) -> None:
        """Jump to the highlighted result; while the worker has not shown the results of the
        text typed (Enter in the same burst as the keys before it, or under load), to the
        first result of that text, searched here: Enter took the results of an earlier text,
        or none, and the next key went into the search box."""
        query = self.query_one("#query", Input).value
        if query != self.shown:
            found, _ = self.view.search(query)
            if found:
                self.dismiss(found[0].id)
            return
        results = self.query_one("#results", OptionList)
        if results.highlighted is not None:
            option = results.get_option_at_index(results.highlighted)
            self.dismiss(option.id)

    @on(OptionList.OptionSelected, "#results")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)


class ReportScreen(PickerDialog):
    """Pick one of the store's reports (filtered as you type; the store's folder shown), or start
    a new one ("Laporan baru…", always listed last).

    A report is one line: its year and office, and its pemerintah where the store holds several
    ("2025  Dinas Sosial  Kab. Kaur"); its id only where two rows would read alike. The filter
    still reads the whole instansi, the pemerintah and the id. (A province's row took three
    lines, the instansi wrapped and an id repeating its year and instansi: 2.5 of 2,000 showed
    at 80×24.)"""

    def __init__(
        self,
        reports: list[ReportInfo],
        current: str | None,
        lang: str = "id",
        store_path: str = "",
        skipped: tuple[list[str], str] | None = None,
    ) -> None:
        from lkj_tui.core.apart import shared_words
        from lkj_tui.core.years import government, norm_name, office_name, short_region
        from lkj_tui.tui.importfile import NEW_REPORT

        said = {norm_name(i.pemerintah) for i in reports}
        several = len(said - {""}) > 1
        rows = []
        for info in reports:
            office = clean_line(office_name(info.instansi, info.pemerintah or None), 120)
            region = clean_line(short_region(info.pemerintah), 60) if several else ""
            rows.append((info.id, f"{info.tahun}  {office}", region))
        alike = Counter((label, where) for _, label, where in rows)
        rows = [(i, label, i if alike[label, where] > 1 else where) for i, label, where in rows]
        rows.append((NEW_REPORT, "Laporan baru…" if lang != "en" else "New report…", ""))
        note = t("store_at", lang, path=store_path) if store_path else ""
        title = t("switch_title", lang)
        if len(said) == 1 and "" not in said:  # (every report's, dropped from
            # its office: said once, in the title; it was said nowhere in the dialog)
            title += f" · {clean_line(government(reports[0].pemerintah), 60)}"
        # (an id too long for its line keeps its end, where its year is: "…-penataan-ruang-2025")
        super().__init__(title, rows, lang, current, note, rows_id="reports", step=ID_STEP)
        self.reports, self.skipped = reports, skipped
        self._folded = [
            f"{i.tahun} {i.instansi} {i.pemerintah} {i.id}".casefold() for i in reports
        ] + [self._folded[-1]]
        #: the offices that begin with the words of another, cut to keep them apart
        self._offices = shared_words(label.split("  ", 1)[1] for _, label, _ in rows[:-1])
        #: the pemerintah's column: as wide as the widest (none in a store of one)
        self._regions = max((cell_len(w) for i, _, w in rows if w and w != i), default=0)

    def body(self) -> ComposeResult:
        """The picker's, with the files of the store that cannot be read said under its folder
        with the command that says why (a row of the list, not a toast: it keeps its rows)."""
        for widget in super().body():
            if widget.id == "filter" and self.skipped:
                from lkj_tui.tui.components.skipped import SkippedLine

                yield SkippedLine(*self.skipped, self.lang, id="skipped")
            yield widget

    def _widest(self) -> int:
        """The cells the widest row takes whole, its pemerintah in their column."""
        column = self._regions + 2 if self._regions else 0
        return max(super()._widest(), max(cell_len(label) for _, label, _ in self.rows) + column)

    def _row(
        self,
        i: int,
        least: int = 1,
        share: int = 3,
        telling: tuple[int, bool, int] | None = None,
        fixed: str = "",
    ) -> tuple[str, str]:
        """A report on one line: its office cut after a word (keeping the words that tell it
        from another office that begins alike) where the line would not hold it, then "(sedang
        dibuka)" for the open one, its pemerintah in a column after them; as the picker shows a
        row (its id on a line of its own) where that would leave the office less than half the
        line, or where its id is what tells it apart."""
        row_id, label, where = self.rows[i]
        mark = f"  {t('current', self.lang)}" if row_id == self.current else ""
        column = self._regions + 2 if self._regions else 0
        room = self._width - column - cell_len(mark)
        if not self._width or where == row_id or room < self._width // 2:
            return super()._row(i, least, share, telling, fixed)
        start = label.find("  ") + 2  # (after the year)
        end, own, alike = self._offices.get(label[start:], (0, True, 0))
        shown = _cut(label, room, (start, start + end, own, alike) if end else None) + mark
        if not column:
            return shown, ""
        return shown + " " * (self._width - column - cell_len(shown)), f"  {where}"

    def matching(self, query: str) -> list[int]:
        found = super().matching(query)
        last = len(self.rows) - 1
        return found if last in found else [*found, last]

    def counted(self, found: list[int]) -> dict[str, int]:
        """Reports only: "Laporan baru…", always listed, is none ("3 dari 3" for two reports)."""
        return {"n": len(found) - 1, "total": len(self.rows) - 1}


def help_text(lang: str) -> str:
    """The help in ``lang``, each command it names as the program was run ("`python -m lkj_tui
    check`" where it was run so: paths57)."""
    from lkj_tui.core.shell import as_run

    name = "help.en.md" if lang == "en" else "help.md"
    return as_run(resources.files("lkj_tui.tui").joinpath(name).read_text(encoding="utf-8"))


class KeyTable(MarkdownTable):
    """A table of the help: its first column (the keys) as wide as its widest key, so a key
    reads on one line ("↑ ↓ atau k/j" wrapped over 3 lines at 80 and 100 columns, the grid
    shrinking every column alike); the second column takes the rest."""

    def compose(self) -> ComposeResult:
        for child in super().compose():
            if isinstance(child, MarkdownTableContent) and child.headers:
                keys = [child.headers[0], *(row[0] for row in child.rows if row)]
                widest = max(cell_len(key.plain) for key in keys)
                child.styles.grid_columns = f"{widest + 3} 1fr"  # (padding 0 1, the keyline)
            yield child


class HelpMarkdown(Markdown):
    """The help's Markdown: its tables keep their keys whole (:class:`KeyTable`)."""

    BLOCKS: ClassVar = {**Markdown.BLOCKS, "table_open": KeyTable}


class HelpScreen(Dialog):
    """The keys and how the app works, from the packaged help.md (its title becomes ours).

    Its key bar names the keys that scroll it (the scrolled body runs them while it has the focus;
    these bindings run them when it has not, e.g. after a click on the paths above it)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "key_close"),
        Binding("q,question_mark,f1", "cancel", "key_close", show=False),
        *SCROLL_KEYS,
    ]
    SCROLLED = "#help-body"
    # the help's text flush with the paths above it (Markdown's own padding put it 2 cells in,
    # the help opening ragged: tui38), a blank line between them. Below 30 rows the paths come
    # after the help's text and the box takes the screen's rows (without its blank ones, as
    # every dialog's: tui39: at 60×20 the title, the two paths and the blank lines left the
    # help ≈ 7 rows), nor the one under its title (Dialog: a row of the help more)
    DEFAULT_CSS = """
    HelpScreen {
        .dialog { width: 100; height: 90%; }
        #help-paths { margin-bottom: 1; }
        #help-paths-end { display: none; }
        #help-body { height: 1fr; }
        #help { height: auto; padding: 0; }
        &.-low {
            .dialog { height: 1fr; }
            #help-paths { display: none; }
            #help-paths-end { display: block; }
        }
    }
    """

    #: a part of the help (``part``) → its heading in each language
    PARTS: ClassVar[dict[str, tuple[str, str]]] = {
        "dialogs": ("Di dalam dialog", "In a dialog"),
        # (from the overview, the start screen: its keys were one row of "Lainnya", the 90th
        # line of the help, which opened at its top, on the tree's keys: tui65)
        "overview": ("Ikhtisar", "Overview"),
    }

    def __init__(self, lang: str = "id", store_path: str = "", part: str = "") -> None:
        title, _, self.markdown = help_text(lang).partition("\n")
        super().__init__(title.lstrip("# "), lang)  # the key bar says how to close it
        self.store_path = store_path
        #: the heading it opens at (opened from a dialog: "Di dalam dialog"); "" for the top
        self.part = self.PARTS[part][lang == "en"] if part else ""

    @on(Markdown.TableOfContentsUpdated)
    def at_part(self, event: Markdown.TableOfContentsUpdated) -> None:
        found = [block for _, label, block in event.table_of_contents if label == self.part]
        if found:  # (once laid out: the heading's place is known then)
            self.call_after_refresh(self._to_part, found[0])

    def _to_part(self, block: str) -> None:
        """The heading ``block`` on the help's first row (its margin above it out of view: at
        60×20 it took 3 of the help's 16 rows)."""
        heading, text = self.query_one(f"#{block}"), self.query_one(HelpMarkdown)
        y = text.virtual_region.y + heading.virtual_region.y  # (in the scrolled body)
        self.query_one("#help-body").scroll_to(y=y, animate=False)

    def body(self) -> ComposeResult:
        if self.store_path:
            from lkj_tui.storage.errors import named_path
            from lkj_tui.tui.settings import config_path

            # (a path holding a character not shown says so, as `lkj-tui info` does: paths55;
            # the store's as the app names it, store_where)
            where = t("store_at", self.lang, path=clean_line(self.store_path, 300))
            named = named_path(config_path(), self.lang, quoted=False)
            config = t("config_at", self.lang, path=clean_line(named, 300))
            paths = Content.styled(f"{where}\n{config}", "$text-muted")
            yield Static(paths, id="help-paths")
        with VerticalScroll(id="help-body"):
            yield HelpMarkdown(self.markdown.strip(), id="help")
            if self.store_path:  # (below 30 rows, in the paths' place above: see DEFAULT_CSS)
                yield Static(paths, id="help-paths-end")

    def first_focus(self) -> Widget | None:
        return self.query_one("#help-body")
