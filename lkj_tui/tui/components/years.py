"""The detail pane's years: an indicator's target, realisasi and capaian per year, side by side.

Each year says where its figures come from (this report, its own history, or another report of the
store for the same office, matched by :mod:`lkj_tui.core.years`); then the change from last year
(↑/↓ with the percentage, coloured by polaritas), the progress to the Renstra end target, and a bar
per year drawn to scale from zero with its min and max labelled, so a 3,5 % rise is a bar 3,5 %
longer and never ▁ → █. Laid out at the pane's width (:meth:`YearsPart.layout`). No I/O here: the
other reports come in a :class:`YearsContext` the app builds in a worker (:func:`load_context`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from textual.content import Content

from lkj_tui.core.evaluate import Evaluated, report_scales
from lkj_tui.core.i18n import tr
from lkj_tui.core.longvalue import clip_value
from lkj_tui.core.model import Node, Report
from lkj_tui.core.numbers import format_id
from lkj_tui.core.sanitize import clean_line
from lkj_tui.core.years import (
    Reason,
    Reasons,
    Unsure,
    YearPoint,
    chart_apart,
    figure,
    id_stem,
    in_points,
    legend,
    number_of,
    older_name,
    pairing,
    previous_point,
    progress,
    progress_apart,
    realisasi_change,
    realisasi_units,
    related_nodes,
    relative,
    same_instansi,
    same_office,
    same_region,
    satuan_changed,
    scale_top,
    scaled_bar,
    units_text,
    verdict_change,
    verdict_change_text,
    years_of,
)
from lkj_tui.tui.text import id_end

if TYPE_CHECKING:
    from lkj_tui.storage.reader import ReportInfo

LABEL = "$text-muted"
NEWLINE = Content("\n")
GOOD, BAD = "$text-success", "$text-error"
#: The most other reports read for the years (the same office: one per year, rarely more).
MAX_OTHERS = 12

_TEXT: dict[str, tuple[str, str]] = {
    "title": ("Dari tahun ke tahun", "Year by year"),
    "year": ("Tahun", "Year"),
    "source": ("Sumber", "Source"),
    "this": ("laporan ini", "this report"),
    "history": ("riwayat", "history"),
    "change": ("Perubahan realisasi dari {year}", "Change in realisasi from {year}"),
    "other": ("tidak dibandingkan, indikator lain", "not compared, another indicator"),
    # (one line: "(lebih" ended the change's line at 120×40, tui65)
    "better": ("lebih\u00a0baik", "better"),
    "worse": ("lebih\u00a0buruk", "worse"),
    "points": ("capaian {sign}{n} poin", "capaian {sign}{n} points"),
    "progress": (
        "Kemajuan menuju target akhir Renstra {end}: {pct} dari jarak sejak {year} ({base})",
        "Progress to the Renstra end target {end}: {pct} of the way since {year} ({base})",
    ),
    # below 0 % "of the way" said little ("−308,33 % dari jarak"): the two years' figures instead
    "away": ("Menjauh", "Moving away"),
    "away_from": (  # (a year and its figure on one line: no-break spaces)
        " dari target akhir Renstra {end}: {year}\u00a0{base} → {tahun}\u00a0{now}",
        " from the Renstra end target {end}: {year}\u00a0{base} → {tahun}\u00a0{now}",
    ),
    "units_apart": (  # (each year and its figure on one line: no-break spaces)
        "Kemajuan menuju target akhir Renstra {end}: tidak dihitung, satuan berbeda"
        " ({year}\u00a0{base} → {tahun}\u00a0{now})",
        "Progress to the Renstra end target {end}: not counted, units differ"
        " ({year}\u00a0{base} → {tahun}\u00a0{now})",
    ),
    "no_progress": (
        "Kemajuan menuju target akhir Renstra {end}: belum ada realisasi {year}",
        "Progress to the Renstra end target {end}: no realisasi for {year} yet",
    ),
    "chart": ("Realisasi, skala dari 0", "Realisasi, scale from 0"),
    "chart_apart": ("tidak digambar, satuan berbeda", "not drawn, units differ"),
    "minmax": (  # (a label and its figure on one line: "max" ended a line at 80×24, tui65)
        "min\u00a0{low} ({ly}) · maks\u00a0{high} ({hy})",
        "min\u00a0{low} ({ly}) · max\u00a0{high} ({hy})",
    ),
    "also": ("{source} mencatat {value}", "{source} records {value}"),
    "renamed": ("nama {year}: {name}", "{year} name: {name}"),
    "satuan": ("satuan {year}: {satuan}", "{year} unit: {satuan}"),
    # an indicator compare leaves ambiguous with a year (years69: no year was shown, nor why)
    "ambiguous": (
        "{year} tidak dicocokkan, ambigu: {candidates}",
        "{year} not matched, ambiguous: {candidates}",
    ),
    "more": ("dan {n} lagi", "and {n} more"),
    "no_satuan": ("tanpa satuan", "no unit"),
}


def text(key: str, lang: str, **values: object) -> str:
    template = _TEXT[key][1 if lang == "en" else 0]
    return template.format(**values) if values else template


def _capaian(p: YearPoint, lang: str) -> str:
    """A year's capaian in the table: "88,51 %"; "n/a" for a verdict without a capaian % (a
    negative realisasi, a threshold of 0: the pane's Capaian line says met or not and why), as
    the status table's Capaian column; "—" when there is none."""
    ach = p.achievement
    if ach is not None and ach.verdict:
        return ach.format(lang)
    return "—" if p.capaian is None else f"{format_id(p.capaian)} %"


@dataclass
class YearsContext:
    """The open report and the store's other reports of its instansi, each with its matched nodes
    (own node id → that report's node and how it was matched)."""

    report: Report
    others: list[tuple[Report, Mapping[str, tuple[Node, str]]]] = field(default_factory=list)
    #: of the same reports, own node id → the nodes it may be there where ``compare`` leaves it
    #: ambiguous (the first few) and how many (:func:`~lkj_tui.core.years.pairing`)
    unsure: list[tuple[Report, Unsure, Reasons]] = field(default_factory=list)
    #: of the other reports, the beginnings their node ids share (:meth:`node_ref`), by id
    _heads: dict[str, set[str]] = field(default_factory=dict, repr=False)

    def points(self, node: Node) -> list[YearPoint]:
        return years_of(self.report, node, related_nodes(node, self.others))

    def ambiguous(
        self, node: Node
    ) -> list[tuple[Report, tuple[tuple[Node, Reason | None], ...], int]]:
        """The other reports where ``node``'s match is ambiguous, by year: each with the nodes
        it may be (the first few, each with why) and how many."""
        out = []
        for other, unsure, why in self.unsure:
            hit = unsure.get(node.id)
            if hit is not None:
                older = other.meta.tahun < self.report.meta.tahun  # (theirs: the candidate)
                kept = tuple((c if older else n, why.of(n, c)) for n, c in hit[0])
                out.append((other, kept, hit[1]))
        return sorted(out, key=lambda x: x[0].meta.tahun)

    def node_ref(self, other: Report, node: Node, lang: str) -> str:
        """A node of ``other`` as ``check`` names one without a kode, "simpul 19bcd6a7" (what the
        search and ``set`` take): the other report's ids read once, when first asked."""
        from lkj_tui.core.reviu.finding import node_ref, shared_heads

        shared = self._heads.get(other.meta.id)
        if shared is None:
            shared = self._heads[other.meta.id] = shared_heads(other)
        return node_ref(node.id, shared, lang)

    def names(self, node: Node) -> dict[str, tuple[str, str]]:
        """Other report id → (its node's name, how it was matched), where the match is by kode
        (:func:`~lkj_tui.core.years.renamed`: the kode may name another indicator) or by
        rollover's link (the indicator renamed) and the names differ, as ``compare`` says it."""
        out: dict[str, tuple[str, str]] = {}
        for other, found in self.others:
            hit = found.get(node.id)
            name = None if hit is None else older_name(hit[1], hit[0], node)
            if hit is not None and name is not None:
                out[other.meta.id] = (name, hit[1])
        return out

    def satuans(self, node: Node) -> dict[str, str]:
        """Other report id → its node's satuan ("" for none), where it is not ``node``'s
        (:func:`~lkj_tui.core.years.satuan_changed`) and the node is this indicator, not
        another one of its kode (years65: a satuan changed was never said)."""
        own = node.measure.satuan if node.measure is not None else None
        out: dict[str, str] = {}
        for other, found in self.others:
            hit = found.get(node.id)
            if hit is None or hit[0].measure is None:
                continue
            if hit[1] == "code" and older_name(hit[1], hit[0], node) is not None:
                continue  # (two indicators of one kode: their satuan are theirs)
            if satuan_changed(hit[0].measure.satuan, own):
                out[other.meta.id] = hit[0].measure.satuan or ""
        return out


def load_context(
    store: object, report: Report, listing: list[ReportInfo] | None = None
) -> YearsContext:
    """Read the store's other reports of the same office (the listing picks them by name and
    pemerintah, :func:`~lkj_tui.core.years.same_office`, as ``compare`` pairs them: the index on
    a big store; ``listing`` when the caller has just listed the store) and match them against
    ``report``. Runs in a worker thread. Another government's reports of the name are not read
    (a province's ten "Kecamatan Pino": of a year this office has none, the nine others were
    read, up to :data:`MAX_OTHERS`, and its own earlier years were then left out)."""
    from lkj_tui.storage.store import Store

    assert isinstance(store, Store)
    infos = listing if listing is not None else store.list_reports(skip_broken=True)[0]
    meta = report.meta
    picked = [
        i
        for i in infos
        if i.id != meta.id
        and i.tahun != meta.tahun
        and same_instansi(i.instansi, meta.instansi)
        and same_region(i.pemerintah, meta.pemerintah)
    ]
    # the nearest years first; of a year's two reports of one name (two governments' "Kecamatan
    # Pino"), the one of the same id but for the year, as compare and export --all pair them
    stem = id_stem(meta.id, meta.tahun)
    picked.sort(
        key=lambda i: (abs(i.tahun - meta.tahun), not stem or id_stem(i.id, i.tahun) != stem)
    )
    others: list[tuple[Report, Mapping[str, tuple[Node, str]]]] = []
    unsure: list[tuple[Report, Unsure, Reasons]] = []
    seen: set[int] = set()
    read = 0  # (at most MAX_OTHERS reports read: a province's ten "Kecamatan Pino")
    for info in picked:
        if info.tahun in seen:
            continue  # two reports of one year: the first (listing order) speaks for it
        if read == MAX_OTHERS:
            break
        read += 1
        try:
            other = store.load(info.id).report
        except Exception:  # an unreadable report: its years are left out
            continue
        if not same_office(other.meta, meta):
            continue  # (changed since the listing: another government's office of the name)
        seen.add(info.tahun)
        found, ambiguous, why = pairing(report, other)
        others.append((other, found))
        if why is not None:  # (its index built here, not on the first move over one)
            why.prepare()
            unsure.append((other, ambiguous, why))
    if unsure:  # what words them (:meth:`YearsPart._unmatched`) imported here too: with the
        # index, 17-20 ms of CPU on the first move over an ambiguous indicator (the bench's
        # province report), 1 ms now (docs/performance.md, "Devices")
        import lkj_tui.core.compare  # noqa: F401
    return YearsContext(report, others, unsure)


#: The most characters of a figure (a hostile one is cut here, whatever the room).
FIGURE_LIMIT = 40
#: A target or realisasi longer than this is cut only as far as the pane needs (">3,51 (skala
#: 1-5)" whole where it has the room), never shorter than this: below, its row wraps.
FIGURE_MIN = 14


def _num(raw: str | None, lang: str, limit: int = FIGURE_LIMIT, room: int = 0) -> str:
    """A figure in at most ``limit`` characters, a sentence cut with "…"; a number or word longer
    than ``room`` (``limit`` when 0) is its start and its length, "9999… (200 digit)"
    (core/longvalue.py), as the pane's Target line and ``status`` say it; with a ``room``, to be
    folded at its spaces in a narrow column ("99999…" / "(200" / "digit)"). A 200-digit target
    read "99999999999999…", then "(39+ digit)" where the pane cut that again."""
    shown = clean_line(raw or "—")
    if len(shown) > (room or limit):
        clipped = clip_value(shown, room or limit, lang, fold=room > 0)
        if clipped != shown:  # (its length said whole: "T… (200 karakter)", not "(200 kara…")
            return clipped
    return shown if len(shown) <= limit else shown[: max(limit - 1, 0)].rstrip() + "…"


def _room(widths: Sequence[int], head: Sequence[str], longest: Sequence[int], width: int) -> int:
    """The longest a target or realisasi may be (at least :data:`FIGURE_MIN`) for the four
    columns to fit ``width`` with their gaps of two: ``widths`` the columns' as laid out,
    ``longest`` the two figures' longest."""
    free = width - 1 - widths[0] - widths[3] - 2 * 3
    for cap in range(max(longest), FIGURE_MIN, -1):
        if sum(max(len(h), min(n, cap)) for h, n in zip(head[1:3], longest, strict=True)) <= free:
            return cap
    return FIGURE_MIN


#: The table's headers where the pane is narrow (year, target, realisasi, capaian), id and en:
#: "Act." as "Real." (a cell more, "Actual", made the pane 32 wide at 80 columns, not 31)
_SHORT = (("Thn", "Target", "Real.", "Capaian"), ("Year", "Target", "Act.", "Capaian"))
#: The capaian's header where even "Capaian" is a cell too many (years31: at 80×24, "81,20%"
#: beside "(A) 3,49" left the pane one cell short, and the grade folded apart from its score)
_SHORT_CAPAIAN = "Cap."


def _widths(head: Sequence[str], rows: Sequence[Sequence[str]]) -> list[int]:
    return [max(len(r[i]) for r in [head, *rows]) for i in range(4)]


#: Where a figure folds: at a space, never before its unit's "%" ("118,00 %" stays whole), nor
#: between a grade and its score ("A (86,45)", "(A) 3,49": years30, "Sangat / Baik / (A) / 3,49 /
#: poin" read as five figures).
_BREAK = re.compile(r" (?!%)(?!\(\d)(?<!\) (?=\d))")
#: A grade beside its score ("A (86,45)", "(A) 3,49"), which :data:`_BREAK` keeps together.
_GRADED = re.compile(r"[A-Z]\)? \(?\d")
#: Where a figure folds in a pane too narrow for a grade with its score: before a "%" still never.
_LOOSE = re.compile(r" (?!%)")


def _fold(cell: str, width: int, brk: re.Pattern[str] = _BREAK) -> list[str]:
    """A cell's lines within ``width``: its words (:data:`_BREAK`) as many to a line as fit; one
    line when it fits (a word wider than the column keeps its line, whole)."""
    if len(cell) <= width:
        return [cell]
    out: list[str] = []
    figures = cell.split(", ")  # (several figures: each whole on its line where each fits,
    # "10 Raperda," / "75 Raperbup," / "600 SK", not "10 Raperda, 75" / "Raperbup, 600" / "SK")
    if len(figures) > 1 and all(len(f) < width for f in figures):
        for n, figure in enumerate(figures):
            figure += "," if n < len(figures) - 1 else ""
            if out and len(out[-1]) + 1 + len(figure) <= width:
                out[-1] += " " + figure
            else:
                out.append(figure)
        return out
    for word in brk.split(cell):
        if out and len(out[-1]) + 1 + len(word) <= width:
            out[-1] += " " + word
        else:
            out.append(word)
    return out


def _narrowed(
    widths: list[int],
    head: Sequence[str],
    rows: Sequence[Sequence[str]],
    free: int,
    brk: re.Pattern[str] = _BREAK,
) -> list[int]:
    """The columns' widths within ``free`` cells (the gaps left out) where they are wider: of
    the widths at which target, realisasi and capaian fold their figures (:func:`_fold`), none
    below its header or its longest word, the year's never changed, the ones that take the
    fewest lines in all (years30: the widest given up first folded "Sangat Baik (A) 3,49 poin"
    into four or five lines where the capaian's "—" left room for two). At 80×24 a kabupaten's
    "4 Surat", "Tidak ada temuan" and "118,00 %" made a year's row one cell wider than the
    pane: it wrapped whole, its capaian under its year."""
    if sum(widths) <= free:
        return list(widths)
    choices = []  # per column, the narrowest width of each way its cells fold
    for i in range(1, 4):
        floor = max([len(head[i])] + [len(w) for r in rows for w in brk.split(r[i])])
        ways: dict[tuple[int, ...], int] = {}
        for width in range(max(widths[i], floor), floor - 1, -1):
            ways[tuple(len(_fold(r[i], width, brk)) for r in rows)] = width
        choices.append([(width, lines) for lines, width in ways.items()])
    best: tuple[int, int] | None = None
    picked = [w for w, _ in (min(c) for c in choices)]  # (the floors: the rows wrap as they did)
    room = free - widths[0]
    for w1, l1 in choices[0]:
        for w2, l2 in choices[1]:
            for w3, l3 in choices[2]:
                if w1 + w2 + w3 > room:
                    continue
                lines = sum(map(max, l1, l2, l3))
                if best is None or (lines, -(w1 + w2 + w3)) < best:
                    best, picked = (lines, -(w1 + w2 + w3)), [w1, w2, w3]
    return [widths[0], *picked]


def _noted(note: str, width: int) -> list[Content]:
    """A note under a year's row, indented under its figures and broken at words within
    ``width``."""
    return [
        Content.styled(f"       {part.plain}", "$text-warning")
        for part in Content(note).wrap(max(width - 7, 8))
    ]


class YearsPart:
    """The part as laid out for a width (the pane calls :meth:`layout`)."""

    def __init__(self, ev: Evaluated, context: YearsContext, lang: str, options: str = "") -> None:
        self.ev, self.lang, self.options = ev, lang, options
        self.report_id, self.tahun = context.report.meta.id, context.report.meta.tahun
        self.points = context.points(ev.node)
        self.scales = report_scales(context.report)
        self.names = context.names(ev.node)
        self.satuans = context.satuans(ev.node)
        self.ambiguous = context.ambiguous(ev.node)
        self.node_ref = context.node_ref
        #: the years of this very indicator: a kode given to another one in a year (``names``)
        #: is no change, no progress and no bar of it
        self.own = [
            p for p in self.points if p.history or self.names.get(p.source, ("", ""))[1] != "code"
        ]

    @property
    def worth_showing(self) -> bool:
        return len(self.points) > 1 or bool(self.ambiguous)

    def _source(self, p: YearPoint, room: int) -> str:
        """Where a year's figures come from, in at most ``room`` characters: our words ("laporan
        ini", "riwayat") cut at their end, as every cut label; a long report id keeps its end,
        where its year usually is."""
        if p.history or p.source == self.report_id:
            words = text("history" if p.history else "this", self.lang)
            return words if len(words) <= room else words[: room - 1] + "…"
        return id_end(clean_line(p.source, 200), room)

    def _folded_whole(
        self, rows: list[list[str]], ways: Sequence[tuple[list[str], int]], width: int
    ) -> tuple[list[str], int, list[int]] | None:
        """The first of ``ways`` (headers, gap) and the columns' widths at which ``rows``'
        targets and realisasi, where one of them was cut to fit (:func:`_room`: "10 Raperda,
        7…"), fit ``width`` whole, folded within their columns (``rows`` then holds them whole);
        None where none was cut, or the table would not fit so."""
        lang = self.lang
        whole = [
            [_num(p.target, lang, room=FIGURE_MIN), _num(p.realisasi, lang, room=FIGURE_MIN)]
            for p in self.points
        ]
        cut = (  # (a long number said by its length, "99… (200 digit)", is not: tui65)
            shown != said and shown.endswith("…")
            for row, figures in zip(rows, whole, strict=True)
            for shown, said in zip(row[1:3], figures, strict=True)
        )
        if not any(cut):
            return None
        folded = [[row[0], *figures, row[3]] for row, figures in zip(rows, whole, strict=True)]
        for head, gap in ways:
            fitted = _narrowed(_widths(head, folded), head, folded, width - 1 - 3 * gap)
            if 1 + sum(fitted) + 3 * gap <= width:
                for row, figures in zip(rows, whole, strict=True):
                    row[1:3] = figures
                return head, gap, fitted
        return None

    def layout(self, width: int) -> Content:
        """The table at ``width``: a column "Sumber" when the sources fit beside the figures; else
        the figures alone (shorter headers, narrower gaps when they need it: at 80×24 the pane is
        30 columns) and the sources listed under them, so no year's row wraps."""
        lang, m = self.lang, self.ev.node.measure
        assert m is not None
        lines = [Content.styled(text("title", lang), "bold")]
        if len(self.points) < 2:  # shown for its ambiguous years alone: its one year is the
            # pane's own figures (a table of one row, its source, drawn on every cursor move
            # over a store whose names repeat: +1.2-4.2 ms a move, docs/performance.md)
            return NEWLINE.join(lines + self._unmatched(width))
        head = [text("year", lang), tr("target", lang), tr("realisasi", lang).split(" ")[0]]
        head += [tr("capaian", lang)]
        rows = [
            [
                str(p.year),
                _num(p.target, lang),
                _num(p.realisasi, lang),
                _capaian(p, lang),
            ]
            for p in self.points
        ]
        widths = _widths(head, rows)
        if max(widths[1:3]) > FIGURE_MIN:  # a long figure: cut as far as the pane needs
            cap = _room(widths, head, widths[1:3], width)
            for p, row in zip(self.points, rows, strict=True):
                row[1:3] = _num(p.target, lang, cap), _num(p.realisasi, lang, cap)
            widths = _widths(head, rows)
        room = width - 1 - sum(widths) - 2 * 4  # what is left for the source
        sources = [self._source(p, 40) for p in self.points]
        gap, beside = 2, room >= min(max(len(s) for s in sources), len(text("this", lang)))
        lead, brk = " ", _BREAK  # (each row's margin; where a figure folds)
        stacked = False  # the capaian on a line of its own under each row (see below)
        if beside:
            head.append(text("source", lang))
            for p, row in zip(self.points, rows, strict=True):
                row.append(self._source(p, room))
        else:
            full = list(head)
            if 1 + sum(widths) + 2 * 3 > width:
                head = [*_SHORT[1 if lang == "en" else 0]]
                widths = _widths(head, rows)
            gap = 2 if 1 + sum(widths) + 2 * 3 <= width else 1
            # a figure cut to fit ("10 Raperda, 7…": its 75 Raperbup and 600 SK unread at
            # 120×40) comes whole, folded in its column, where the table then holds the pane
            # (with the whole headers and gaps of two where they fit: tui65)
            folded = None
            if 1 + sum(widths) + 3 * gap <= width:
                folded = self._folded_whole(rows, ((full, 2), (head, gap)), width)
            if folded is not None:
                head, gap, fitted = folded
            else:
                if gap == 1 and sum(widths) + 2 * 3 <= width:  # gaps of two, not the rows'
                    lead, gap = "", 2  # margin: "2,85 88,51 %" read as one figure (years67)
                if len(lead) + sum(widths) + 3 * gap > width:  # folded within their columns
                    for p, row in zip(self.points, rows, strict=True):
                        row[1:3] = [_num(v, lang, room=FIGURE_MIN) for v in (p.target, p.realisasi)]
                    widths = _widths(head, rows)
                fitted = _narrowed(widths, head, rows, width - len(lead) - 3 * gap)
            if len(lead) + sum(fitted) + 3 * gap > width:  # the row's margin given up too
                lead, fitted = "", _narrowed(widths, head, rows, width - 3 * gap)
            if sum(fitted) + 3 * gap > width:  # a capaian's "%" beside it, "100,00%" (years30:
                # "0 Temuan", "Tidak ada temuan", "102,01%" and "100,00 %" wrapped every row)
                for row in rows:
                    row[3] = row[3].replace(" %", "%")
                widths = _widths(head, rows)
                fitted = _narrowed(widths, head, rows, width - 3 * gap)
            graded = any(_GRADED.search(c) for r in rows for c in r[1:3])
            if sum(fitted) + 3 * gap > width and graded:  # a grade with its score: the capaian
                head[3] = _SHORT_CAPAIAN  # says a shorter header (its figures no wider: "81,20%")
                widths = _widths(head, rows)
                fitted = _narrowed(widths, head, rows, width - 3 * gap)
            if sum(fitted) + 3 * gap > width:  # a grade apart from its score, rather than the
                brk = _LOOSE  # row wrapped whole (at 80×24, "(A) 3,49" beside "81,20 %")
                fitted = _narrowed(widths, head, rows, width - 3 * gap, brk)
            if sum(fitted) + 3 * gap > width:  # the capaian on a line of its own, under the
                # realisasi: a row wrapped whole put it at the pane's left under its year
                # ("2025  >3,20  3,57" / "111,56%": targets of several figures, "5 Raperda,
                # 50 Raperbup, 600 SK", folded 9 cells wide, at 80×24; tui63)
                head[3] = tr("capaian", lang)  # (whole again, "100,00 %" with its space)
                for p, row in zip(self.points, rows, strict=True):
                    row[3] = _capaian(p, lang)
                stacked, bare = True, [[*r[:3], ""] for r in [head, *rows]]
                for lead, gap, brk in ((" ", 2, _BREAK), ("", 1, _BREAK), ("", 1, _LOOSE)):
                    free = width - len(lead) - 2 * gap  # (its margin and gaps back where they fit)
                    fitted = _narrowed(_widths(bare[0], bare[1:]), bare[0], bare[1:], free, brk)
                    if sum(fitted) <= free:
                        break
            widths = fitted

        def line(cells: Sequence[str], style: str = "") -> list[Content]:
            """A year's row: a figure wider than its column folds at its spaces within it
            ("4" / "Surat"), the other columns kept in place, its lines one below the other
            from one column, the widest's end at the column's ("5 Raperda," / "50" /
            "Raperbup," / "600 SK" read from the left as one figure: each line's end at the
            column's read as four, tui65); a capaian ``stacked`` on a line of its own, its end
            under the realisasi's."""
            shown = 2 if stacked else 3
            folded = [_fold(c, w, brk) for c, w in zip(cells[1:4], widths[1:4], strict=True)]
            folded = [[x.ljust(max(map(len, f))) for x in f] for f in folded]
            out = []
            for n in range(max(len(f) for f in folded[:shown])):
                first = f"{lead}{cells[0] if n == 0 else '':<{widths[0]}}"
                parts = [f[n] if n < len(f) else "" for f in folded]
                out.append(
                    first
                    + "".join(
                        f"{'':{gap}}{c:>{w}}"
                        for c, w in zip(parts[:shown], widths[1 : shown + 1], strict=True)
                    )
                )
            if stacked:
                out.append(cells[3].rjust(len(lead) + widths[0] + 2 * gap + sum(widths[1:3])))
            if not beside:
                return [Content.styled(x.rstrip(), style) for x in out]
            return [Content.assemble(("".join(out), style), (f"  {cells[4]}", LABEL))]

        lines += line(head, LABEL)
        for p, cells in zip(self.points, rows, strict=True):
            lines += line(cells, "bold" if p.year == self.tahun else "")
            for source, value in p.also:
                source = self._source_id(source)
                room = width - 7 - len(text("also", lang, source=source, value=""))
                note = text(
                    "also", lang, source=source, value=_num(value, lang, max(room, FIGURE_MIN))
                )
                lines += _noted(note, width)  # (its value under its words where they fill the line)
            was = None if p.history else self.names.get(p.source)
            if was is not None:  # one kode or link, two names: say the other year's name
                note = text("renamed", lang, year=p.year, name=clean_line(was[0], 80))
                lines += _noted(note, width)
            unit = None if p.history else self.satuans.get(p.source)
            if unit is not None:  # the satuan changed between the years: say that year's
                said = clean_line(unit, 80) or text("no_satuan", lang)
                lines += _noted(text("satuan", lang, year=p.year, satuan=said), width)
        if not beside:  # each source once, a line each with its years: "2024 laporan ini"
            years: dict[str, tuple[YearPoint, list[str]]] = {}
            for p in self.points:  # (by the report: two ids alike at their start are two)
                key = "" if p.history else p.source
                years.setdefault(key, (p, []))[1].append(str(p.year))
            lines.append(Content.styled(f"{text('source', lang)}:", LABEL))
            for p, ys in years.values():
                said = ", ".join(ys)  # (an id keeps its end, its year, on the line with them)
                source = self._source(p, max(width - len(said) - 2, 12))
                entry = f"{said} {source}"  # (longer: under its first line, indented)
                parts = [entry] if len(entry) < width else Content(entry).wrap(max(width - 3, 8))
                for n, part in enumerate(parts):
                    lines.append(Content.styled(f"{'   ' if n else ' '}{part}", LABEL))
        lines += self._unmatched(width)
        change, said = self._change(m.polaritas, m.satuan)
        lines += change
        lines += self._progress(m.target_akhir, m.satuan)
        lines += self._chart(width, m.satuan)
        # what the change's "%" and "poin" are, under the figures: at 80×24 its two or three
        # rows in the 29-column pane pushed the progress and the chart down (vals61)
        lines += [Content.styled(said, LABEL)] if said else []
        return NEWLINE.join(lines)

    def _unmatched(self, width: int) -> list[Content]:
        """A line for the years whose report ``compare`` leaves this indicator ambiguous with,
        so an indicator with candidates is not one without years: the years, the indicators it
        may be (a few, each label once as ``compare`` counts them, then how many more), each
        with why, as ``compare`` says it ("IKU 1 Nilai LPPD (kode sama; namanya kini dipakai
        IKU 5)"): of a later year, the rows that claim this one are all listed, and not said
        again as each other's. Twins (one kode and name) of a year whose candidates are all
        listed are each named as ``check`` names a node, "Jumlah dokumen (simpul 19bcd6a7,
        simpul 3f1ec818; nama sama)"; of a year of more, counted, as ``compare`` counts a row's
        beyond three. The years that say the same share one line, "2021, 2022, 2024 …", their
        counts of more as a range: a store whose names repeat drew two or three lines alike
        for each year (the bench's province report: 792 of its 800 measures ambiguous)."""
        from lkj_tui.core.compare import candidate_labels, reason_text

        lang = self.lang
        said_by: dict[tuple[str, bool], tuple[list[int], list[int]]] = {}
        for other, kept, n in self.ambiguous:
            reasons = {id(node): r for node, r in kept}
            older = other.meta.tahun < self.tahun  # (a later year's rows: not each other's)

            def why(
                node: Node, reasons: dict[int, Reason | None] = reasons, older: bool = older
            ) -> str:
                return reason_text(reasons[id(node)], lang, _kode, claimed=older)

            def ref(node: Node, other: Report = other) -> str:
                return self.node_ref(other, node, lang)

            said = candidate_labels(
                [node for node, _ in kept],
                lambda c: " ".join(
                    x for x in (clean_line(c.code, 40), clean_line(c.name, 80)) if x
                ),
                why,
                ref if n == len(kept) else None,  # (of more: counted, as compare does)
            )
            years, more = said_by.setdefault(("; ".join(said), n > len(kept)), ([], []))
            years.append(other.meta.tahun)
            more.append(n - len(kept))
        lines = []
        for (said, beyond), (years, more) in said_by.items():
            if beyond:
                low, high = min(more), max(more)
                n_more = f"{low}–{high}" if low != high else str(low)
                said += f"; {text('more', lang, n=n_more)}"
            year = ", ".join(map(str, years))
            note = text("ambiguous", lang, year=year, candidates=said)
            lines += [Content.styled(x.plain, "$text-warning") for x in Content(note).wrap(width)]
        return lines

    def _source_id(self, source: str) -> str:
        if source == self.report_id:
            return text("this", self.lang)
        return id_end(clean_line(source, 200), 40)

    def _current(self) -> YearPoint | None:
        return next((p for p in self.points if p.year == self.tahun), None)

    def _change(self, polaritas: str, satuan: str | None) -> tuple[list[Content], str]:
        """The line of the realisasi's change from the year before, and what its "%" and
        "poin" are (:func:`~lkj_tui.core.years.legend`; "" for none)."""
        lang, now = self.lang, self._current()
        if now is None:
            return [], ""
        doubt = self._doubt(now, satuan)
        if doubt is not None:  # the year before is of another unit: this year's unit is in
            # doubt, and no change is told from an earlier year, as `compare` tells none
            # (years67: "↓ 85,18 % (lebih buruk)" from 2022 under 2023's "satuan berbeda")
            return [self._units(doubt, now, satuan)], ""
        before = previous_point(self.own, self.tahun, now.realisasi, now.target, satuan)
        if before is None:
            last = previous_point(self.points, self.tahun, now.realisasi, now.target, satuan)
            if last is None:
                return [], ""
            # the kode named another indicator that year: two indicators, no change to show
            label = f"{text('change', lang, year=last.year)}: "
            return [Content.assemble((label, LABEL), (text("other", lang), LABEL))], ""
        moved = realisasi_change(
            before.realisasi,
            now.realisasi,
            polaritas,  # type: ignore[arg-type]
            before.capaian,
            now.capaian,
            self.scales,
            (before.target, now.target),
            satuan,
        )
        if moved is None:
            return [], ""
        shown = moved.shown(lang)
        style = "" if moved.better is None else GOOD if moved.better else BAD
        if moved.better is not None:
            shown += f" ({text('better' if moved.better else 'worse', lang)})"
        parts: list[str | tuple[str, str]] = [
            (f"{text('change', lang, year=before.year)}: ", LABEL),
            (shown, style),
        ]
        points = None
        if before.capaian is not None and now.capaian is not None and before.capaian != now.capaian:
            points = now.capaian - before.capaian
            sign = "+" if points > 0 else "−"
            parts.append(f"; {text('points', lang, sign=sign, n=format_id(abs(points)))}")
        verdicts = verdict_change(before.achievement, now.achievement)
        if verdicts is not None:  # no capaian % in a year: met or not says how it moved
            said = verdict_change_text(verdicts, lang)
            if verdicts[0] == verdicts[1]:
                parts.append(f"; {said}")
            else:
                word = text("better" if verdicts[1] else "worse", lang)
                parts += ["; ", (f"{said} ({word})", GOOD if verdicts[1] else BAD)]
        # what its "%" and "poin" are ("↑ 3,01 %" of last year's, read as points: vals59)
        said = legend(before.year, relative(moved), in_points(moved) or bool(points), lang)
        return [Content.assemble(*parts)], said

    def _doubt(self, now: YearPoint, satuan: str | None) -> YearPoint | None:
        """The latest year before this one with a realisasi (a number or a grade, any unit),
        when its realisasi and this year's are numbers of two units
        (:func:`~lkj_tui.core.years.realisasi_units`); None otherwise."""
        latest = previous_point(self.own, self.tahun)
        if latest is None:
            return None
        targets = (latest.target, now.target)
        apart = realisasi_units(latest.realisasi, now.realisasi, targets, satuan)
        return None if apart is None else latest

    def _units(self, latest: YearPoint, now: YearPoint, satuan: str | None) -> Content:
        """The line of the year before (``latest``, :meth:`_doubt`) whose realisasi is of
        another unit than this year's: both units and what to do
        (:func:`~lkj_tui.core.years.units_text`; years66: that year was passed over without a
        word)."""
        targets = (latest.target, now.target)
        units = realisasi_units(latest.realisasi, now.realisasi, targets, satuan) or ("", "")
        both = (clean_line(units[0], 40), clean_line(units[1], 40))
        values = (clean_line(latest.realisasi or "", 40), clean_line(now.realisasi or "", 40))
        labels = (latest.year, now.year)
        said = units_text("", both, values, labels, self.lang, clean_line(satuan or "", 40))
        label = f"{text('change', self.lang, year=latest.year)}: "
        return Content.assemble((label, LABEL), (said, "$text-warning"))

    def _progress(self, target_akhir: str | None, satuan: str | None) -> list[Content]:
        end = number_of(target_akhir)
        known = [(p, number_of(p.realisasi)) for p in self.own if p.year <= self.tahun]
        known = [(p, v) for p, v in known if v is not None]
        if end is None or not known:
            return []
        if known[-1][0].year != self.tahun:  # no realisasi this year: no progress of this year's
            # (never one built from an earlier year's figure, as if it were this report's)
            end_text = _num(target_akhir or "", self.lang)
            none = text("no_progress", self.lang, end=end_text, year=self.tahun)
            return [Content.styled(none, LABEL)]
        if len(known) < 2:
            return []
        (first, base), (last, now) = known[0], known[-1]
        end_text = _num(target_akhir or "", self.lang)  # (a sentence: it wraps)
        apart = progress_apart(first, last, target_akhir, satuan)  # "4 Surat" from 3,22: no way
        doubt = None if apart else self._doubt(last, satuan)  # nor from a year before's "4
        if apart or doubt is not None:  # Orang" to a bare 7 (years67), said with its two years
            first = doubt or first
            said = text(
                "units_apart",
                self.lang,
                end=end_text,
                year=first.year,
                base=_num(first.realisasi, self.lang),
                tahun=self.tahun,
                now=_num(last.realisasi, self.lang),
            )
            return [Content.styled(said, LABEL)]
        done = progress(base, now, end)
        if done is None:
            return []
        base_text = figure(base)
        if done < 0:  # moving away: where it was and where it is, not a negative share
            rest = text(
                "away_from",
                self.lang,
                end=end_text,
                year=first.year,
                base=base_text,
                tahun=self.tahun,
                now=figure(now),
            )
            return [Content.assemble((text("away", self.lang), BAD), (rest, LABEL))]
        pct = f"{format_id(done)} %"
        shown = text("progress", self.lang, end=end_text, pct=pct, base=base_text, year=first.year)
        return [Content.styled(shown, LABEL)]

    def _chart(self, width: int, satuan: str | None) -> list[Content]:
        values = [(p, number_of(p.realisasi)) for p in self.own]
        known = [(p.year, v) for p, v in values if v is not None]
        if len(known) < 2 or any(v < 0 for _, v in known):
            return []
        if chart_apart([p for p, v in values if v is not None], satuan):  # as progress says
            said = f"{text('chart', self.lang)}: {text('chart_apart', self.lang)}"
            return [Content.styled(said, LABEL)]
        top = scale_top(v for _, v in known)
        if top is None:
            return []
        shown = [figure(v) for _, v in known]
        label_w = max(len(s) for s in shown)
        room = max(width - 6 - label_w - 2, 4)
        lines = [Content.styled(text("chart", self.lang), LABEL)]
        for (year, value), label in zip(known, shown, strict=True):
            bar = scaled_bar(value, top, room)
            style = "bold" if year == self.tahun else ""
            lines.append(
                Content.assemble(
                    (f" {year} ", style),
                    (f"{bar:<{room}}", "$primary"),
                    (f"  {label:>{label_w}}", style),
                )
            )
        low = min(known, key=lambda p: p[1])
        high = max(known, key=lambda p: p[1])
        minmax = text(
            "minmax",
            self.lang,
            low=figure(low[1]),
            ly=low[0],
            high=figure(high[1]),
            hy=high[0],
        )
        lines.append(Content.styled(f" {minmax}", LABEL))
        return lines


def _kode(code: str) -> str:
    """A kode as a note names it: cleaned, 40 characters at most."""
    return clean_line(code, 40)


def years_part(ev: Evaluated, context: YearsContext | None, lang: str) -> YearsPart | None:
    """The years of a measured node, when it has more than one year to show, or a year it is
    ambiguous with."""
    if ev.node.measure is None or context is None:
        return None
    part = YearsPart(ev, context, lang)
    return part if part.worth_showing else None
