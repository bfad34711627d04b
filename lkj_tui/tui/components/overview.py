"""The overview screen: every report of the store on one screen (``o``; the start screen when the
store holds several reports; the app's side is :mod:`lkj_tui.tui.overview`).

One row per report — instansi, pemerintah, tahun, IKU, under target, average capaian, reviu errors —
worst first, sortable by any column (``tab`` next column, ``shift+tab`` reverse, or click a header),
filtered by typing (a four-digit word is a year), a region filter (``ctrl+g``) and a year filter
(``ctrl+y``). ``ctrl+t`` switches to the view by indicator: every IKU of every report, the same name
across every OPD together, worst first. Enter opens the report (at that IKU).

The rows come from the store's listing summaries (the listing index on a big store: no report is
read to draw the screen); filtering and sorting work on those rows in memory. Reviu errors need the
whole report and every check, so a worker fills that column in display order (the first
``REVIU_LIMIT`` rows), cached per report revision.
"""

from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING, Any, ClassVar

from rich.cells import cell_len
from textual import events, on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Static

from lkj_tui.core.apart import shared_words
from lkj_tui.core.i18n import tr, verdict_text
from lkj_tui.core.numbers import format_id
from lkj_tui.core.numbers import grouped as format_count
from lkj_tui.core.sanitize import clean_line
from lkj_tui.core.scales import RATINGS
from lkj_tui.core.years import norm_name, office_name, short_region
from lkj_tui.tui.components.keybar import KeyBar
from lkj_tui.tui.components.rowtable import Cells, RowTable, Styles, fit
from lkj_tui.tui.components.skipped import SkippedLine
from lkj_tui.tui.session import throttled
from lkj_tui.tui.text import error_text

if TYPE_CHECKING:
    from lkj_tui.core.model import Report
    from lkj_tui.storage.store import ReportInfo, ReportSummary, Store

REVIU_LIMIT = 300  # reviu errors are computed for this many rows in display order
_reviu_cache: dict[tuple[str, str, int], int] = {}  # (store, report id, revision) → reviu errors
_reviu_lock = threading.Lock()

_TEXT: dict[str, tuple[str, str]] = {
    "title": ("Ikhtisar semua laporan", "Overview of every report"),
    "title_iku": ("Ikhtisar per indikator (IKU)", "Overview by indicator (IKU)"),
    "title_region": ("{title} · {region}", "{title} · {region}"),
    # the columns a narrow screen leaves out, said after the title where it fits (years41)
    "title_hidden": ("{title} · tersembunyi: {columns}", "{title} · hidden: {columns}"),
    "placeholder": (
        "Ketik untuk menyaring (nama, id; 2023 = tahun)…",
        "Type to filter (name, id; 2023 = year)…",
    ),
    # the status line, from its parts: the longest that fits one line (see show_status)
    "status_count": ("{shown} dari {total}", "{shown} of {total}"),
    "status_sorted": ("urut: {column} {arrow}", "sorted by: {column} {arrow}"),
    "status_region": ("daerah: {region}", "region: {region}"),
    "status_year": ("tahun: {year}", "year: {year}"),
    "all": ("semua", "all"),
    "loading": ("Memuat ikhtisar…", "Loading the overview…"),
    "loading_n": (  # (a big store's cold listing: over a minute for 2,000 reports)
        "Memuat ikhtisar… {n} dari {total} berkas dibaca",  # (files: a stray one counts, tui39)
        "Loading the overview… {n} of {total} files read",
    ),
    "report": ("Laporan", "Report"),
    "instansi": ("Instansi", "Instansi"),
    "pemerintah": ("Pemerintah", "Government"),
    "tahun": ("Tahun", "Year"),
    "iku": ("IKU", "IKU"),
    "under": ("Di bawah target", "Under target"),
    "average": ("Rata-rata capaian", "Average capaian"),
    "errors": ("Kesalahan reviu", "Reviu errors"),
    "indicator": ("Indikator", "Indicator"),
    "code": ("Kode", "Code"),
    "capaian": ("Capaian", "Capaian"),
    "rating": ("Kategori", "Rating"),
    # a header too long for its column at 80 columns says this instead (never "Tah…")
    "tahun_short": ("Thn", "Year"),
    "under_short": ("Blm capai", "Under"),
    "average_short": ("Rata-rata", "Average"),
    "errors_short": ("Kesalahan", "Errors"),
    # no row for the filter: said under the headers, with the way out (tui19)
    "no_match": (
        "Tidak ada yang cocok dengan “{typed}”. ctrl+u mengosongkan saringan.",
        "Nothing matches “{typed}”. ctrl+u clears the filter.",
    ),
    "no_match_picked": (
        "Saringan daerah/tahun juga berlaku: ctrl+g daerah, ctrl+y tahun.",
        "The region/year filters apply too: ctrl+g region, ctrl+y year.",
    ),
    "no_row_picked": (
        "Tidak ada laporan untuk daerah/tahun ini: ctrl+g daerah, ctrl+y tahun.",
        "No report for this region/year: ctrl+g region, ctrl+y year.",
    ),
}


def text(key: str, lang: str, **values: object) -> str:
    template = _TEXT[key][1 if lang == "en" else 0]
    return template.format(**values) if values else template


# --------------------------------------------------------------------------- rows (no textual)


@dataclass(frozen=True)
class ReportRow:
    id: str
    instansi: str
    pemerintah: str
    tahun: int
    revision: int
    iku: int
    under: int
    average: Decimal | None
    search: str  # the normalised words a filter looks in


@dataclass(frozen=True)
class IkuLine:
    """One IKU of one report, for the by-indicator view."""

    report: ReportRow
    code: str
    name: str
    capaian: Decimal | None
    rating: str | None
    under: bool
    search: str
    met: bool | None = None  # the verdict of an IKU without a capaian % (None: neither)


def report_rows(listing: Sequence[tuple[ReportInfo, ReportSummary]]) -> list[ReportRow]:
    return [
        ReportRow(
            info.id,
            info.instansi,
            summary.pemerintah,
            info.tahun,
            info.revision,
            summary.indicators,
            summary.under_target,
            summary.average,
            norm_name(f"{info.instansi} {summary.pemerintah} {info.id}"),
        )
        for info, summary in listing
    ]


def iku_lines(
    listing: Sequence[tuple[ReportInfo, ReportSummary]], rows: Sequence[ReportRow]
) -> list[IkuLine]:
    by_id = {r.id: r for r in rows}
    return [
        IkuLine(
            by_id[info.id],
            i.code,
            i.name,
            i.capaian,
            i.rating,
            i.under_target,
            norm_name(i.name),
            i.met,
        )
        for info, summary in listing
        for i in summary.iku
    ]


#: the columns of each view: (key, is a number)
REPORT_COLUMNS = (
    ("instansi", False),
    ("pemerintah", False),
    ("tahun", True),
    ("iku", True),
    ("under", True),
    ("average", True),
    ("errors", True),
)
IKU_COLUMNS = (
    ("indicator", False),
    ("instansi", False),
    ("tahun", True),
    ("code", False),
    ("capaian", True),
    ("rating", False),
)
#: by indicator in a store of several regions (none picked): each row's pemerintah beside its
#: instansi, which is said without it, as by report (years31: "Dinas…Lebong", "Dinas…Provinsi…"
#: read alike at 80×24, the region's words telling the names apart instead of the office's)
IKU_REGION_COLUMNS = (*IKU_COLUMNS[:2], ("pemerintah", False), *IKU_COLUMNS[2:])
_LOW = Decimal("-1e30")


def region_cell(pemerintah: str) -> str:
    """A pemerintah's cell: short (:func:`short_region`) and cleaned."""
    return clean_line(short_region(pemerintah), 60)


def regions_apart(
    cells: Collection[str],
    apart: dict[str, tuple[int, bool, int]] | None,
    whole: bool = True,
    kept: bool = False,
) -> int:
    """The narrowest width at which ``cells``, the pemerintah's, cut as the table cuts them,
    keep whole words and read apart ("Kab.…Selatan", "Kab.…Tengah", "Kab. Lebong": 12); their
    widest when none does. Not ``whole``: a word may be cut, as long as they read apart (the
    kategori's "Sangat T…" beside "Sangat R…": 9). ``kept``: each keeps its first word and one
    of its own too ("Kab. Kepahiang", "Prov. Bengkulu", "Kab. Rejang…": 14; at 12 they read
    "…Kepahiang", "Prov.…")."""
    widest = max((len(c) for c in cells), default=0)
    for width in range(min(9, widest), widest):
        cuts = set()
        for cell in cells:
            cut = fit(cell, width, False, None if apart is None else apart.get(cell)).strip()
            shown = cut.replace("…", " ").split()
            if whole and not set(shown) <= set(cell.split()):
                break  # (a word cut: "Kab. Leb…")
            if kept and cut != cell and (len(shown) < 2 or shown[0] != cell.split()[0]):
                break  # ("Prov.…", "…Kepahiang")
            cuts.add(cut)
        else:
            if len(cuts) == len(set(cells)):
                return width
    return widest


def worst_first(row: ReportRow) -> tuple[Any, ...]:
    return (-row.under, row.average if row.average is not None else _LOW, row.instansi, row.id)


def sort_key(column: str, errors: dict[str, int]) -> Callable[[Any], Any]:
    """A sort key for a column of either view; a missing figure sorts after every known one."""

    def number(value: Decimal | int | None) -> tuple[int, Decimal | int]:
        return (1, 0) if value is None else (0, value)

    keys: dict[str, Callable[[Any], Any]] = {
        "instansi": lambda r: norm_name(
            r.instansi if isinstance(r, ReportRow) else r.report.instansi
        ),
        "pemerintah": lambda r: norm_name(
            r.pemerintah if isinstance(r, ReportRow) else r.report.pemerintah
        ),
        "tahun": lambda r: r.tahun if isinstance(r, ReportRow) else r.report.tahun,
        "iku": lambda r: r.iku,
        "under": lambda r: r.under,
        "average": lambda r: number(r.average),
        "errors": lambda r: number(errors.get(r.id)),
        "indicator": lambda r: r.search,
        "code": lambda r: norm_name(r.code),
        "capaian": lambda r: number(r.capaian),
        "rating": lambda r: r.rating or "~",
    }
    return keys[column]


def keep(
    row: ReportRow, words: list[str], years: list[int], region: str | None, year: int | None
) -> bool:
    if region is not None and row.pemerintah != region:
        return False
    if year is not None and row.tahun != year:
        return False
    if years and row.tahun not in years:
        return False
    return all(w in row.search for w in words)


def parse_filter(query: str) -> tuple[list[str], list[int]]:
    """Words to look for, and four-digit words taken as years."""
    words, years = [], []
    for word in norm_name(query).split():
        if len(word) == 4 and word.isdigit():
            years.append(int(word))
        else:
            words.append(word)
    return words, years


def reviu_errors(report: Report) -> int:
    """Blocking: the errors ``lkj-tui check`` finds in ``report``."""
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.core.reviu import run_checks

    return run_checks(Evaluation(report)).counts().get("error", 0)


# --------------------------------------------------------------------------- the screen


class OverviewLoaded(Message):
    def __init__(self, listing: list[tuple[Any, Any]], skipped: list[str]) -> None:
        super().__init__()
        self.listing, self.skipped = listing, skipped


class OverviewProgress(Message):
    def __init__(self, done: int, total: int) -> None:
        super().__init__()
        self.done, self.total = done, total


class _Filter(Input):
    """The overview's filter: a "?" typed into an empty filter opens the help, as ``?`` does on
    the main screen (a "?" alone would filter nothing: the filter reads words); after a word it
    is typed as any character is."""

    async def _on_key(self, event: events.Key) -> None:
        if event.character == "?" and not self.value:
            event.stop()
            event.prevent_default()  # not typed (Input._on_key is not called)
            await self.app.run_action("help('overview')")


class OverviewScreen(Screen[object]):
    """Every report (or every IKU) of the store; dismisses with (report id, IKU kode or None)."""

    DEFAULT_CSS = """
    OverviewScreen { background: $surface; }
    OverviewScreen #ov-title { padding: 0 1; background: $panel; text-style: bold; }
    OverviewScreen #ov-status { padding: 0 1; color: $text-muted; }
    OverviewScreen #ov-skipped { padding: 0 1; }
    OverviewScreen #ov-filter { margin: 0 1; }
    """
    # descriptions are tui/text.py keys: the key bar at the bottom translates them, in the order
    # of bar_first
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "back", "key_back"),
        Binding("enter", "open", "key_open"),  # the filter field runs it (Submitted)
        Binding("down", "move(1)", "down", show=False, priority=True),
        Binding("up", "move(-1)", "up", show=False, priority=True),
        Binding("pagedown", "page(1)", "page down", show=False, priority=True),
        Binding("pageup", "page(-1)", "page up", show=False, priority=True),
        Binding("tab", "sort_next", "key_sort", key_display="Tab", priority=True),
        Binding("shift+tab", "sort_reverse", "key_reverse", key_display="⇧Tab", priority=True),
        Binding("ctrl+t", "toggle_view", "key_view", key_display="^t", priority=True),
        Binding("ctrl+g", "cycle_region", "key_region", key_display="^g", priority=True),
        Binding("ctrl+y", "cycle_year", "key_year", key_display="^y", priority=True),
        # the help: F1 in the bar (pinned on the right, beside Esc); "?" too while the filter is
        # empty (see _Filter), as on the main screen
        Binding("f1", "help", "help", key_display="F1"),
    ]

    def __init__(
        self, store: Store, lang: str = "id", current: str | None = None, start: bool = False
    ) -> None:
        super().__init__()
        self.store, self.lang, self.current = store, lang, current
        #: the start screen: the cursor on the worst row, at the top, not on the report the app
        #: opened beneath it (the latest: shown mid-list, the worst rows above it out of view)
        self.start = start
        self.rows: list[ReportRow] = []
        self._listing: Sequence[tuple[ReportInfo, ReportSummary]] = ()
        self._lines: list[IkuLine] | None = None  # see lines
        self.shown: list[Any] = []
        self.by_indicator = False
        self.sort_column: str | None = None  # None: worst first
        self.reverse = False
        self.region_filter: str | None = None
        self.year_filter: int | None = None
        self.errors: dict[str, int] = {}
        self.loaded = False
        #: the one pemerintah of every report (a kabupaten's store): said in the title, not in a
        #: column that repeats it on every row; None when the reports have several
        self.one_region: str | None = None
        #: the cleaned cells of each row (by id: rows live as long as the screen), made when shown
        self._cells: dict[int, tuple[Cells, Styles]] = {}
        #: instansi → its cell (office_name, cleaned); the names' shared words per column
        #: (core.apart: "Dinas…Masyarakat…" beside "Dinas…Perempuan…"), made once per listing
        self._office: dict[tuple[str, str | None], str] = {}
        self._apart: dict[tuple[str, bool, str | None], dict[str, tuple[int, bool, int]]] = {}
        #: a text column's cells over every row (as _apart; RowTable's ``names``)
        self._names: dict[tuple[str, bool, str | None], frozenset[str]] = {}
        self._figures: dict[str, tuple[int, int]] = {}  # lang → the IKU's capaian, rating cells
        self._ratings: dict[str, set[str]] = {}  # lang → the kategori's words (figure_widths)
        self._marked: bool | None = None  # whether an IKU is under target (marked)
        #: the filters' state, words and the rows they kept, in the store's order (filtered)
        self._narrowed: tuple[tuple[Any, ...], list[str], list[Any]] | None = None
        #: the widths of every row (view, region said, language): where the filter keeps none
        self._widths_all: dict[tuple[Any, ...], tuple[list[int], dict[int, Counter[int]]]] = {}

    def compose(self) -> ComposeResult:
        yield Static(text("title", self.lang), id="ov-title", markup=False)
        yield _Filter(placeholder=text("placeholder", self.lang), id="ov-filter")
        yield Static(text("loading", self.lang), id="ov-status", markup=False)
        yield RowTable(id="ov-table")  # never focused: typing always filters
        yield KeyBar(only_screen=True)  # its own keys (Enter, Tab, ctrl+t/g/y, Esc)

    def bar_first(self) -> tuple[str, ...]:
        """The key bar's order: at 80 columns, beside "F1 Bantuan esc Kembali", every key fits
        but ⇧Tab (it reverses the sort, as a click on the header does), left out last."""
        return ("open", "sort_next", "toggle_view", "cycle_region", "cycle_year")

    def bar_words(self) -> dict[str, str | None]:
        """The key bar's keys left off while they can change nothing: ctrl+g in a store of one
        region, ctrl+y in a store of one year (each picked its one value: the same rows, and at
        80×24 "^g Daerah" took the room of a key that acts)."""
        off: dict[str, str | None] = {}
        if self.loaded and len({r.pemerintah for r in self.rows}) < 2:
            off["cycle_region"] = None
        if self.loaded and len({r.tahun for r in self.rows}) < 2:
            off["cycle_year"] = None
        return off

    def on_mount(self) -> None:
        self.query_one("#ov-filter", Input).focus()
        self.load_listing()

    @work(thread=True, exclusive=True, group="overview")
    def load_listing(self) -> None:
        def listed(done: int, total: int) -> None:
            self.post_message(OverviewProgress(done, total))

        listing, errors = self.store.summaries(throttled(listed))
        # each by its file's name (the row says why with `lkj-tui info`, as the report list)
        options = self.app.typed_options()  # type: ignore[attr-defined]
        skipped = [e.path.name if e.path else error_text(e, self.lang, options) for e in errors]
        self.post_message(OverviewLoaded(listing, skipped))

    def on_overview_progress(self, message: OverviewProgress) -> None:
        if self.loaded:
            return
        lang = self.lang
        n, total = format_count(message.done, lang), format_count(message.total, lang)
        self.query_one("#ov-status", Static).update(text("loading_n", lang, n=n, total=total))

    def on_overview_loaded(self, message: OverviewLoaded) -> None:
        self.rows = report_rows(message.listing)
        regions = {r.pemerintah for r in self.rows}
        self.one_region = regions.pop() if len(regions) == 1 else None
        self._listing, self._lines, self._marked = message.listing, None, None
        self._office, self._apart, self._names, self._figures = {}, {}, {}, {}
        self._narrowed, self._widths_all = None, {}
        self._cells.clear()
        root = str(self.store.root)
        with _reviu_lock:
            self.errors = {
                r.id: _reviu_cache[(root, r.id, r.revision)]
                for r in self.rows
                if (root, r.id, r.revision) in _reviu_cache
            }
        self.loaded = True
        self.refresh_bindings()  # (the keys that can change nothing left off: bar_words)
        if message.skipped:  # one row under the filter: a toast of the store's message was
            # 15–17 rows at 60×20 and 80×24 and covered the table for its seconds (tui35)
            command = f"lkj-tui info{self.app.typed_options()}"  # type: ignore[attr-defined]
            line = SkippedLine(message.skipped, command, self.lang, id="ov-skipped")
            self.mount(line, after=self.query_one("#ov-filter"))
        self.refill()

    @property
    def lines(self) -> list[IkuLine]:
        """Every report's IKU, for the by-indicator view: made when that view is first shown (the
        overview opens by report, and the IKU's search keys of 2,000 reports took ≈ 0.2 s)."""
        if self._lines is None:
            self._lines = iku_lines(self._listing, self.rows)
        return self._lines

    # ------------------------------------------------------------------ filtering and sorting
    @property
    def table(self) -> RowTable:
        return self.query_one("#ov-table", RowTable)

    def set_lang(self, lang: str) -> None:
        """Speak ``lang`` from now on (the palette's language switch): titles, the filter's
        placeholder, headers, cells and the key bar again."""
        self.lang = lang
        self._cells.clear()
        self._figures.clear()
        self.query_one("#ov-filter", Input).placeholder = text("placeholder", lang)
        for line in self.query("#ov-skipped").results(SkippedLine):
            line.set_lang(lang)
        if self.loaded:
            self.refill()
        else:
            self.query_one("#ov-status", Static).update(text("loading", lang))
        self.query_one("#ov-title", Static).update(self.title_text())
        self.refresh_bindings()

    @property
    def said_region(self) -> str | None:
        """The one pemerintah of every row shown, said in the title instead of a column that
        repeats it: the store's only one, or the one the region filter (ctrl+g) picked. A
        store whose reports name no pemerintah has the empty one: no column of blank cells
        beside instansi cut short ("Dinas Komunikasi dan…" twice at 80×24, walk71)."""
        return self.one_region if self.one_region is not None else self.region_filter

    def title_text(self) -> str:
        """The title, the one region of the rows said, and where the table leaves columns out
        for the names' room and the line has room, which ("· tersembunyi: IKU, Kesalahan" at
        60×20 in a province's store)."""
        title = text("title_iku" if self.by_indicator else "title", self.lang)
        if self.said_region:
            room, said = self.size.width - 2, title  # (the line's padding)
            for region in (self.said_region, short_region(self.said_region)):
                # (short where it would wrap: "Selatan" alone under "… Pemerintah Kabupaten
                # Bengkulu" at 60×20, ys46)
                title = text("title_region", self.lang, title=said, region=clean_line(region, 80))
                if cell_len(title) <= room:
                    break
        table = self.table if self.loaded else None
        if table is None or not table.widths or not table.size.width:
            return title
        hidden = [
            short
            for short, width in zip(table.short, table.fitted(table.size.width), strict=False)
            if not width
        ]
        if hidden:
            said = text("title_hidden", self.lang, title=title, columns=", ".join(hidden))
            if cell_len(said) <= self.size.width - 2:  # (the line's padding)
                return said
        return title

    @property
    def columns(self) -> tuple[tuple[str, bool], ...]:
        if self.by_indicator:
            return IKU_COLUMNS if self.said_region is not None else IKU_REGION_COLUMNS
        if self.said_region is not None:  # the same on every row: in the title
            return tuple(c for c in REPORT_COLUMNS if c[0] != "pemerintah")
        return REPORT_COLUMNS

    def filtered(self) -> list[Any]:
        """The rows the filters keep, sorted. A query that only grows (each word typed before
        within one typed now, the same years, view and region/year filters) looks only in the
        rows the last one kept, in the store's order: typed a letter at a time by indicator in a
        province's store (30,400 IKU), a query that matched nothing scanned them all again at
        each key (≈ 150-250 ms a key on a loaded machine; ys46)."""
        words, years = parse_filter(self.query_one("#ov-filter", Input).value)
        state = (self.by_indicator, self.region_filter, self.year_filter, years)
        last = self._narrowed
        base: Sequence[Any] = self.lines if self.by_indicator else self.rows
        if last and last[0] == state and all(any(o in new for new in words) for o in last[1]):
            base = last[2]
        if self.by_indicator:
            found: list[Any] = [
                line
                for line in base
                if keep(line.report, [], years, self.region_filter, self.year_filter)
                and all(w in line.search or w in line.report.search for w in words)
            ]
        else:
            found = [r for r in base if keep(r, words, years, self.region_filter, self.year_filter)]
        self._narrowed = (state, words, found)
        found = list(found)
        if self.by_indicator:
            # worst first, which a column's sort keeps within its ties (stable): back round to
            # the indicator with Tab, one name's rows were in the listing's order (years35)
            found.sort(key=lambda x: (x.capaian is None, x.capaian or 0))
            if self.sort_column is None:  # the same name together, worst first within it
                found.sort(key=lambda x: x.search)
        else:
            found.sort(key=worst_first)  # (within a column's ties too)
        if self.sort_column is not None:
            found.sort(key=sort_key(self.sort_column, self.errors), reverse=self.reverse)
        return found

    def refill(self, sorted_anew: bool = False) -> None:
        """Rows for the filter and sort now (in memory: no report is read, and the table draws
        only the rows on screen). The cursor stays on its row, but for a new sort
        (``sorted_anew``), which shows its first rows: the screen kept the row selected before
        and showed the rows around it ("Capaian ▲" over 116,67 % at the top, years34)."""
        if not self.loaded:
            return
        table = self.table
        selected = self.shown[table.cursor] if self.shown and not sorted_anew else None
        labels, right, short = [], [], []
        for key, numeric in self.columns:
            label = text(key, self.lang)
            brief = text(f"{key}_short", self.lang) if f"{key}_short" in _TEXT else label
            if key == self.sort_column:
                arrow = " ▼" if self.reverse else " ▲"
                label, brief = label + arrow, brief + arrow
            labels.append(label)
            short.append(brief)
            right.append(numeric)
        self.shown = self.filtered()
        cells = self.line_cells if self.by_indicator else self.report_cells
        cursor = 0
        if selected is not None and selected in self.shown:
            cursor = self.shown.index(selected)
        elif self.current is not None and not self.by_indicator and not (self.start or sorted_anew):
            cursor = next((i for i, r in enumerate(self.shown) if r.id == self.current), 0)
        # the instansi gives way to the indicator it lists; the pemerintah to the instansi
        keys = [k for k, _ in self.columns]
        first = [keys.index(k) for k in ("pemerintah", "instansi") if k in keys]
        apart = [self.apart_of(key) for key in keys]
        give_first, drop = {}, []
        if not self.by_indicator:
            first = first[:1]  # (the pemerintah, beside the instansi it lists)
            # the reviu's errors left out where the names would lose more than it holds
            # (years37: at 60×20 Instansi and Pemerintah had 5 cells each, "Dinas…", "Kab.…",
            # beside "Kesalahan" over counts of two digits); the report's screen says them
            drop.append(keys.index("errors"))
        else:  # the kategori as short as its words read apart ("Sangat T…", "Sangat R…": the
            # capaian beside it says the rest), before a name is cut (years32: the indicator
            # had 11 cells at 80×24 beside "Sangat Tinggi")
            where = keys.index("rating")
            least = regions_apart(self._ratings[self.lang], apart[where], False)
            give_first[where] = (least, least)
            drop.append(where)  # (where even so the names would lose more than it holds)
        if "pemerintah" in keys:  # (its regions as short as they read apart: the instansi
            # and the indicator have the room; by report too, years32: "Badan Pendapata…" in
            # 16 cells beside "Kab. Bengkulu…" in 18)
            where = keys.index("pemerintah")
            regions = {region_cell(p) for p in {r.pemerintah for r in self.rows}}
            least = regions_apart(regions, apart[where])
            # by report, where the instansi is cut after whole words, as short as they read
            # whole, first ("Kab. Kepahiang", "Prov. Bengkulu" at 80×24, not "…Kepahiang",
            # "Prov.…": the offices read whole at 18 cells as at 20, years35); by indicator
            # the indicator's names would lose more (56 of 91 read whole at 19 cells, 46 at 18)
            kept = least if self.by_indicator else regions_apart(regions, apart[where], kept=True)
            give_first[where] = (kept, least)
        typed = self.query_one("#ov-filter", Input).value
        words = parse_filter(typed)[0]
        table.empty = self.why_empty(typed)
        widths, sizes = self.widths()
        table.set_rows(
            labels,
            right,
            self.shown,
            cells,
            widths,
            cursor,
            first,
            short,
            apart,
            words,
            give_first,
            drop,
            # (cut after whole words, years35: "Badan Penanggulanga…" in 20 cells, now
            # "…Penanggulangan…"; a cut in a word takes others that read apart, ys43)
            {keys.index("instansi"): self.names_of("instansi")},
            # by report the IKU count where the names would go below 16 cells even so (years41:
            # at 60×20 in a province's store Instansi had 11, "Badan Pend…", Pemerintah 12,
            # "Prov.…"); the title says the columns left out, the report's screen the count; by
            # indicator the kode (tui61: at 60×20 the names had 9–10 cells, "Badan…", "Kab.
            # Lebo…", beside "IKU 16"; Enter opens the report at that IKU)
            [keys.index("code" if self.by_indicator else "iku")],
            sizes,  # (its cells go to the name cut on the most rows)
            self.one_text(keys),
            # (the cells a name's widest cut leaves go to another, tui59: at 100×30 by
            # indicator "Indek Kepuasan…" beside three blank cells)
            {i: self.names_of(k) for i, k in enumerate(keys) if self.apart_of(k) is not None},
        )
        self.show_status()
        if not self.by_indicator:
            self.count_errors([r for r in self.shown[:REVIU_LIMIT] if r.id not in self.errors])

    def one_text(self, keys: Sequence[str]) -> list[int]:
        """The name columns (of ``keys``) that hold one text on every row shown, of two rows or
        more (filtered on "inspektorat": "Inspektorat Daerah" on each of a province's 800 IKU):
        they give their cells to the others (RowTable's ``same``). Stops at the first row that
        differs."""
        shown = self.shown
        if len(shown) < 2:
            return []
        by_line = self.by_indicator
        texts: dict[str, Callable[[Any], str]] = {
            "instansi": lambda x: self.office(x.report if by_line else x),
            "pemerintah": lambda x: (x.report if by_line else x).pemerintah,
            "indicator": lambda x: x.name,
        }
        out = []
        for i, key in enumerate(keys):
            of = texts.get(key)
            if of is not None:
                first = of(shown[0])
                if all(of(x) == first for x in shown):
                    out.append(i)
        return out

    def why_empty(self, typed: str) -> str:
        """Under the headers when the filters leave no row of a store that has some: what was
        typed and how to clear it, or which of ctrl+g / ctrl+y to change ("" while rows show)."""
        if self.shown or not (self.lines if self.by_indicator else self.rows):
            return ""
        lang, picked = self.lang, self.region_filter is not None or self.year_filter is not None
        if not typed.strip():
            return text("no_row_picked", lang) if picked else ""
        said = text("no_match", lang, typed=clean_line(typed.strip(), 60))
        return f"{said} {text('no_match_picked', lang)}" if picked else said

    def show_status(self) -> None:
        """The line "2000 of 2000 · sorted by: Average capaian ▲ · region: all · year: all", or where that
        would wrap, the first of its shorter forms that fits one line: without a region the
        title says (one picked with ctrl+g), the column's short name, without "region: all",
        then without "year: all"."""
        lang = self.lang
        key = self.sort_column or ("indicator" if self.by_indicator else "under")
        # by indicator, worst first within each name: by the name, ascending
        arrow = "▼" if self.reverse or (self.sort_column is None and not self.by_indicator) else "▲"
        names = [text(key, lang)]
        if f"{key}_short" in _TEXT:
            names.append(text(f"{key}_short", lang))
        total = len(self.lines if self.by_indicator else self.rows)
        shown = format_count(len(self.shown), lang)  # ("3.040 dari 3.040", as status groups)
        count = text("status_count", lang, shown=shown, total=format_count(total, lang))
        region = clean_line(short_region(self.region_filter or text("all", lang)), 40)
        one = self.one_region is not None  # (no region to pick: said in the title, or none)
        region_part = [] if one else [text("status_region", lang, region=region)]
        year_part = [text("status_year", lang, year=self.year_filter or text("all", lang))]
        year_kept = year_part if self.year_filter else []
        long, short = names[0], names[-1]
        forms = [(long, region_part + year_part)]
        if self.region_filter:  # the title says the region picked
            forms.append((long, year_part))
        else:
            forms.append((short, region_part + year_part))
        forms += [(short, year_part), (long, year_kept), (short, year_kept)]
        room = self.size.width - 2  # the line's padding
        lines = [
            " · ".join([count, text("status_sorted", lang, column=name, arrow=arrow), *parts])
            for name, parts in forms
        ]
        line = next((x for x in lines if cell_len(x) <= room), lines[-1])
        self.query_one("#ov-status", Static).update(line)
        self.query_one("#ov-title", Static).update(self.title_text())

    def on_resize(self) -> None:
        if self.loaded:
            self.show_status()

    def widths(self) -> tuple[list[int], dict[int, Counter[int]]]:
        """Column widths from the raw texts' lengths (cheap for thousands of rows; a cell wider
        than its column is cut with "…"). Where the filter leaves no row, those of every row:
        the headers as the store's rows lay them out (from no row, the names' columns were as
        narrow as their headers and cut them first: "Indika…  Instan…  Pemeri…" at 60×20, ys45),
        worked out once a view, region said and language (each key typed after a query that
        matched nothing measured the province's 30,400 IKU again, ys46). By report, with the
        names' columns' lengths → how many rows (RowTable's ``sizes``)."""
        if self.shown:
            return self._widths_of(self.shown)
        key = (self.by_indicator, self.said_region, self.lang)
        found = self._widths_all.get(key)
        if found is None:
            every = self.lines if self.by_indicator else self.rows
            found = self._widths_all[key] = self._widths_of(every)
        return found

    def _widths_of(self, shown: Sequence[Any]) -> tuple[list[int], dict[int, Counter[int]]]:
        def widest(texts: Any) -> int:
            return max((len(x) for x in texts), default=0)

        if self.by_indicator:
            capaian, rating = self.figure_widths()
            sizes = {
                0: Counter(len(x.name) for x in shown),
                1: Counter(len(self.office(x.report)) for x in shown),
            }
            if self.said_region is None:
                sizes[2] = _region_sizes(x.report.pemerintah for x in shown)
            named = [max(n, default=0) for n in sizes.values()]
            return [*named, 4, widest(x.code for x in shown), capaian, rating], sizes
        sizes = {0: Counter(len(self.office(r)) for r in shown)}
        if self.said_region is None:
            sizes[1] = _region_sizes(r.pemerintah for r in shown)
        return [*(max(n, default=0) for n in sizes.values()), 4, 3, 3, 9, 3], sizes

    def office(self, row: ReportRow) -> str:
        """A report's instansi as its cell shows it: cleaned, without the name of the region
        said beside it (office_name): the one region's, in the title; in a store of several
        regions, its row's own, in the pemerintah column, by report and by indicator ("Dinas
        Sosial" in "Kab. Kaur", not "Dinas Sosial…Kaur" at 80 columns; by indicator it kept
        the region: "Dinas…Lebong" for both Dinas of Lebong)."""
        region = self.said_region or row.pemerintah
        found = self._office.get((row.instansi, region))
        if found is None:
            shown = clean_line(office_name(row.instansi, region), 80)
            found = self._office[row.instansi, region] = shown
        return found

    def apart_of(self, key: str) -> dict[str, tuple[int, bool, int]] | None:
        """A text column's names that begin with the words of another (core.apart), over every
        row of the store (the cuts stay put while the filter changes); the pemerintah's too
        ("Kab.…Selatan", "Kab.…Tengah" at 80 columns, not "Kab. Bengkulu…" thrice)."""
        if key not in ("instansi", "indicator", "pemerintah", "rating"):
            return None
        if key == "rating":  # ("Sangat T…" beside "Sangat R…", in the app's language)
            self.figure_widths()
            key = f"rating {self.lang}"
        found = self._apart.get((key, self.by_indicator, self.said_region))
        if found is None:
            if key.startswith("rating"):  # (and the scale's: "Sangat T…" where it is alone)
                names = self._ratings[self.lang] | {tr(r, self.lang) for r in RATINGS}
            elif key == "instansi":  # (of the region filter's rows: the others' names differ)
                region = self.region_filter
                names = {self.office(r) for r in self.rows if region in (None, r.pemerintah)}
            elif key == "pemerintah":
                names = {region_cell(p) for p in {r.pemerintah for r in self.rows}}
            else:
                names = {clean_line(x.name, 80) for x in self.lines}
            found = self._apart[key, self.by_indicator, self.said_region] = shared_words(names)
            self._names[key, self.by_indicator, self.said_region] = frozenset(names)
        return found

    def names_of(self, key: str) -> frozenset[str]:
        """Every cell of a text column (apart_of's names, which it makes first)."""
        self.apart_of(key)
        if key == "rating":
            key = f"rating {self.lang}"
        return self._names[key, self.by_indicator, self.said_region]

    def figure_widths(self) -> tuple[int, int]:
        """The capaian and kategori columns of the view by indicator: as wide as their widest
        cell over every IKU of the store ("71,00 % ▼": 9; "Sangat Tinggi": 13, "tidak
        tercapai" only where an IKU has that verdict; "Very high": 9), worked out from the
        extremes (a figure's width grows with its size) and the set of ratings, no cell made."""
        found = self._figures.get(self.lang)
        if found is not None:
            return found
        lines, capaian, words = self.lines, 1, {"—"}
        mark = 2 if self.marked() else 0
        values = [x.capaian for x in lines if x.capaian is not None]
        if values:
            capaian = max(len(format_id(v)) for v in (min(values), max(values))) + 2 + mark
        if any(x.capaian is None for x in lines):
            capaian = max(capaian, 3 + mark)  # "n/a" (a verdict), "—"
        for rating, met in {(x.rating, x.met) for x in lines}:
            if rating:
                words.add(tr(rating, self.lang))
            if met is not None:
                words.add(verdict_text(met, self.lang))
        found = self._figures[self.lang] = (capaian, max(len(w) for w in words))
        self._ratings[self.lang] = words
        return found

    def report_cells(self, r: ReportRow) -> tuple[Cells, Styles]:
        found = self._cells.get(id(r))
        if found is None:
            average = "—" if r.average is None else f"{format_id(r.average)} %"
            region = () if self.said_region is not None else (region_cell(r.pemerintah),)
            found = self._cells[id(r)] = (
                (
                    self.office(r),
                    *region,
                    str(r.tahun),
                    str(r.iku),
                    str(r.under),
                    average,
                    "…",
                ),
                (
                    "bold" if r.id == self.current else "",
                    *("" for _ in region),
                    "",
                    "",
                    "bold red" if r.under else "",
                    "",
                    "dim",
                ),
            )
        errors = self.errors.get(r.id)
        if errors is None:
            return found
        return (*found[0][:-1], str(errors)), (*found[1][:-1], "red" if errors else "dim")

    def marked(self) -> bool:
        """Whether an IKU of the store is under target: every capaian cell then keeps the
        mark's two cells, so that the figures stay in one column (by indicator a capaian
        without "▼" ended two cells right of one with it: "71,00 % ▼" over "110,00 %")."""
        if self._marked is None:
            self._marked = any(x.under for x in self.lines)
        return self._marked

    def line_cells(self, x: IkuLine) -> tuple[Cells, Styles]:
        found = self._cells.get(id(x))
        if found is None:
            capaian = "—" if x.capaian is None else f"{format_id(x.capaian)} %"
            rating = tr(x.rating, self.lang) if x.rating else "—"
            if x.capaian is None and x.met is not None:  # a verdict ("> 0"): met or not, no %
                capaian, rating = "n/a", verdict_text(x.met, self.lang)
            if self.marked():  # (the figures in one column: "110,00 %  " under "71,00 % ▼")
                capaian += " ▼" if x.under else "  "
            region = () if self.said_region is not None else (region_cell(x.report.pemerintah),)
            found = self._cells[id(x)] = (
                (
                    clean_line(x.name, 80),
                    self.office(x.report),
                    *region,
                    str(x.report.tahun),
                    clean_line(x.code, 16),
                    capaian,
                    rating,
                ),
                ("", "", *("" for _ in region), "", "", "bold red" if x.under else "", ""),
            )
        return found

    # ------------------------------------------------------------------ reviu errors
    @work(thread=True, exclusive=True, group="overview-reviu", description="reviu errors")
    def count_errors(self, rows: list[ReportRow]) -> None:
        from textual.worker import get_current_worker

        worker = get_current_worker()
        for row in rows:
            if worker.is_cancelled:
                return
            try:
                loaded = self.store.load(row.id)
                errors = reviu_errors(loaded.report)
            except Exception:  # an unreadable report keeps its "…"
                continue
            with _reviu_lock:
                _reviu_cache[(str(self.store.root), row.id, loaded.revision)] = errors
            self.app.call_from_thread(self.errors_counted, row.id, errors)

    def errors_counted(self, report_id: str, errors: int) -> None:
        self.errors[report_id] = errors
        if self.by_indicator:
            return
        for r in self.rows:
            if r.id == report_id:
                self.table.refresh_item(r)
                break

    # ------------------------------------------------------------------ keys
    @on(Input.Changed, "#ov-filter")
    def filter_changed(self) -> None:
        self.refill()

    @on(Input.Submitted, "#ov-filter")
    def submitted(self) -> None:
        self.action_open()

    @on(RowTable.RowClicked)
    def row_clicked(self) -> None:
        self.action_open()

    @on(RowTable.HeaderClicked)
    def header_clicked(self, event: RowTable.HeaderClicked) -> None:
        key = self.columns[event.column][0]
        if key == self.sort_column:
            self.reverse = not self.reverse
        else:
            self.sort_column, self.reverse = key, False
        self.refill(sorted_anew=True)

    def action_open(self) -> None:
        if not self.shown:
            return
        item = self.shown[self.table.cursor]
        if isinstance(item, IkuLine):
            self.dismiss((item.report.id, item.code or None))
        else:
            self.dismiss((item.id, None))

    def action_back(self) -> None:
        self.dismiss(None)

    async def action_help(self) -> None:
        await self.app.run_action("help('overview')")  # (at the overview's keys)

    def action_move(self, delta: int) -> None:
        self.table.move(delta)

    def action_page(self, pages: int) -> None:
        self.table.move(pages * self.table.page)

    def action_sort_next(self) -> None:
        """Sort by the next column on screen: one left out for the names' room (the kategori
        by indicator at 80 columns in a store of several regions) is passed over ("urut:
        Kategori ▲" with no such column to read)."""
        widths = self.table.fitted(self.table.size.width) if self.table.widths else []
        shown = [w > 0 for w in widths] or [True] * len(self.columns)
        keys = [k for (k, _), on in zip(self.columns, shown, strict=False) if on]
        # (by indicator the first sort is by the indicator's name: the next is the instansi)
        now = self.sort_column or ("indicator" if self.by_indicator else None)
        here = keys.index(now) if now in keys else -1
        self.sort_column, self.reverse = keys[(here + 1) % len(keys)], False
        self.refill(sorted_anew=True)

    def action_sort_reverse(self) -> None:
        if self.sort_column is None:  # (the first sort's column and order, reversed; by
            # indicator its name's, not "Di bawah target ▲" with no such column)
            self.sort_column = "indicator" if self.by_indicator else "under"
            self.reverse = not self.by_indicator
        self.reverse = not self.reverse
        self.refill(sorted_anew=True)

    def action_toggle_view(self) -> None:
        self.by_indicator = not self.by_indicator
        self.sort_column, self.reverse = None, False
        self.refill()

    def action_cycle_region(self) -> None:
        regions = sorted({r.pemerintah for r in self.rows}, key=norm_name)
        self.region_filter = _cycle(regions, self.region_filter)
        self._cells.clear()  # the pemerintah's cell comes or goes
        self.refill()

    def action_cycle_year(self) -> None:
        years = sorted({r.tahun for r in self.rows}, reverse=True)
        self.year_filter = _cycle(years, self.year_filter)
        self.refill()


def _region_sizes(pemerintah: Iterable[str]) -> Counter[int]:
    """The lengths of the pemerintah column's cells → how many rows (each region measured once)."""
    sizes: Counter[int] = Counter()
    for region, rows in Counter(pemerintah).items():
        sizes[len(region_cell(region))] += rows
    return sizes


def _cycle(values: list[Any], current: Any) -> Any:
    """The next value after ``current`` (None: all), then back to None."""
    if current is None:
        return values[0] if values else None
    here = values.index(current) if current in values else -1
    return values[here + 1] if here + 1 < len(values) else None
