"""``lkj-tui compare [A] [B]``: two reports of one instansi, indicator by indicator (docs/compare.md).

The pair is picked from the store's listing (its index on a big store: no report is read but the
two compared); the matching and the figures come from :mod:`lkj_tui.core.compare`.
"""

from __future__ import annotations

import datetime
import os
import re
import sys
from collections.abc import Collection, Iterable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.console import Console, Group, RenderableType
from rich.table import Column, Table
from rich.text import Text

from lkj_tui.cli.common import (
    Region,
    check_year,
    fail,
    fail_store,
    listing_progress,
    no_report,
    open_store,
    store_option,
)
from lkj_tui.cli.format import capaian_cell, clean_text, overflow, rating_cell, safe
from lkj_tui.cli.output import ours
from lkj_tui.core.compare import (
    CANDIDATES_APART,
    Comparison,
    Picked,
    Row,
    SameIku,
    apart_text,
    as_json,
    change_legend,
    compare,
    groups,
    parents_text,
    pick_pair,
)
from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.i18n import tr
from lkj_tui.core.longvalue import CELL_ROOM, clip_long
from lkj_tui.core.model import Measure, Node, Report, ReportMeta
from lkj_tui.core.numbers import format_id, grouped
from lkj_tui.core.sanitize import clean_line, clean_words
from lkj_tui.core.years import (
    Change,
    Pairing,
    Renamed,
    government,
    pair_offices,
    renamed_pair,
    same_instansi,
    same_office,
    same_region,
    satuan_text,
    source_report,
    units_text,
    verdict_change_text,
)
from lkj_tui.storage.errors import StoreError, typed_path
from lkj_tui.storage.reader import ReportInfo, StoreReader
from lkj_tui.storage.store import Store

if TYPE_CHECKING:
    from rich.box import Box

#: The kinds compared unless --all-levels: what the meeting looks at.
KINDS = ("iku", "lainnya")
ALL_KINDS = ("iku", "lainnya", "indikator_kegiatan")

TEXT = {
    "id": {
        "title": "Perbandingan LKj {a} → {b} · {instansi}",
        "counts": "{matched} cocok · {new} baru · {dropped} hilang · {ambiguous} ambigu · "
        "realisasi naik {up}, turun {down} (lebih baik {better}, lebih buruk {worse})",
        "other_instansi": "Perhatian: instansi berbeda ({a} / {b})",
        "title_across": "Perbandingan LKj A → B",
        "side": "{label}  {instansi} · {tahun} · {id}",
        "by_name_only": "Instansi berbeda: indikator dicocokkan dengan nama saja (IKU 1 satu "
        "instansi bukan IKU 1 instansi lain)",
        "counts_across": "{matched} cocok · {new} hanya di B · {dropped} hanya di A · "
        "{ambiguous} ambigu · realisasi B lebih tinggi {up}, lebih rendah {down} "
        "(lebih baik {better}, lebih buruk {worse})",
        "new_across": "Indikator yang hanya ada di B ({n})",
        "dropped_across": "Indikator yang hanya ada di A ({n})",
        "code": "Kode",
        "name": "Indikator",
        "change": "Perubahan",
        "points": "poin",
        "points_short": "poin",
        "was_named": "{mark} {code} di {year} bernama {name}",
        "listed_realisasi": "realisasi {year}: {value}",
        "listed_no_realisasi": "realisasi {year} kosong",
        "better": "lebih baik",
        "worse": "lebih buruk",
        "new": "Indikator baru di {b} ({n})",
        "dropped": "Indikator {a} yang tidak ada lagi di {b} ({n})",
        "ambiguous": "Tidak dicocokkan: ambigu ({n})",
        "candidates": "kemungkinan",
        "group:lainnya": "Indikator kinerja lainnya",
        "group:indikator_kegiatan": "Indikator kegiatan",
        "by:code": "kode",
        "by:name": "nama",
        "by:parents": "induk",
        "by:link": "tautan",
        "too_long": "teks di sel {place} terlalu panjang untuk satu sel Excel ({n} karakter, paling "
        "banyak {limit}): tidak ada berkas yang ditulis. Tulis ringkasan sebagai Markdown (tanpa "
        "--format xlsx), atau pendekkan teks itu",
        "no_pair": "tidak ada laporan tahun sebelumnya dari instansi yang sama untuk {id}; "
        "sebutkan dua id: lkj-tui compare LAMA BARU{opts}",
        "same": "dua id yang sama: {id}",
        "later": "tidak ada laporan tahun sebelumnya dari instansi yang sama untuk {id}; "
        "laporan sesudahnya: {listed}; dengan yang berikutnya: {command}",
        "renamed": "Instansi yang sama dengan nama lain: {a} ({ya}) kemudian bernama {b} ({yb}); "
        "{how}",
        "how:link": "{b} dibuat dengan lkj-tui new --from {a}",
        "how:id": "id laporannya sama kecuali tahunnya",
        "picked:instansi": "Dipilih otomatis: {b} dan laporan sebelumnya dari instansi yang sama, "
        "{a}{skipped}.",
        "picked:renamed": "Dipilih otomatis: {b} dan laporan sebelumnya dari instansi yang sama "
        "dengan nama lain, {a}{skipped}.",
        "others": "{n} instansi lain juga punya laporan {year}; untuk membandingkan salah satunya:",
        "others:region": "{n} instansi lain di {region} juga punya laporan {year}; untuk "
        "membandingkan salah satunya:",
        "others:list": "daftarnya:",
        "skipped": " (laporan terbaru {id} tidak punya laporan tahun sebelumnya)",
    },
    "en": {
        "title": "LKj comparison {a} → {b} · {instansi}",
        "counts": "{matched} matched · {new} new · {dropped} dropped · {ambiguous} ambiguous · "
        "realisasi up {up}, down {down} (better {better}, worse {worse})",
        "other_instansi": "Note: different instansi ({a} / {b})",
        "title_across": "LKj comparison A → B",
        "side": "{label}  {instansi} · {tahun} · {id}",
        "by_name_only": "Different instansi: indicators matched by name only (one office's "
        "IKU 1 is not another's)",
        "counts_across": "{matched} matched · {new} only in B · {dropped} only in A · "
        "{ambiguous} ambiguous · realisasi of B higher {up}, lower {down} "
        "(better {better}, worse {worse})",
        "new_across": "Indicators only in B ({n})",
        "dropped_across": "Indicators only in A ({n})",
        "code": "Code",
        "name": "Indicator",
        "change": "Change",
        "points": "points",
        "points_short": "pts",
        "was_named": "{mark} {code} in {year} was named {name}",
        "listed_realisasi": "realisasi {year}: {value}",
        "listed_no_realisasi": "no realisasi in {year}",
        "better": "better",
        "worse": "worse",
        "new": "New indicators in {b} ({n})",
        "dropped": "Indicators of {a} no longer in {b} ({n})",
        "ambiguous": "Not matched: ambiguous ({n})",
        "candidates": "candidates",
        "group:lainnya": "Other performance indicators",
        "group:indikator_kegiatan": "Activity indicators",
        "by:code": "code",
        "by:name": "name",
        "by:parents": "parents",
        "by:link": "link",
        "too_long": "the text in cell {place} is too long for one Excel cell ({n} characters, at "
        "most {limit}): no file was written. Write the summary as Markdown (without --format "
        "xlsx), or shorten that text",
        "no_pair": "no earlier report of the same instansi for {id}; name two ids: "
        "lkj-tui compare OLD NEW{opts}",
        "same": "the same id twice: {id}",
        "later": "no earlier report of the same instansi for {id}; later reports: {listed}; "
        "with the next one: {command}",
        "renamed": "One instansi under another name: {a} ({ya}), later named {b} ({yb}); {how}",
        "how:link": "{b} was made with lkj-tui new --from {a}",
        "how:id": "the report ids are the same but for the year",
        "picked:instansi": "Picked: {b} and the earlier report of the same instansi, {a}{skipped}.",
        "picked:renamed": "Picked: {b} and the earlier report of the same instansi under "
        "another name, {a}{skipped}.",
        "others": "{n} other instansi also have a report of {year}; to compare one of them:",
        "others:region": "{n} other instansi of {region} also have a report of {year}; to "
        "compare one of them:",
        "others:list": "to list them:",
        "skipped": " (the latest report {id} has no earlier report)",
    },
}


def change_text(
    moved: Change | None, lang: str, *, words: bool = True, short: bool = False
) -> tuple[str, str]:
    """The change of the realisasi as shown ("↑ 9,12 %", "↑ 3 poin" of two percentages, "↓ 1
    tingkat" of a grade; ``short``: "pts" in English) and its style (green better, red worse)."""
    if moved is None:
        return "—", "dim"
    t = TEXT[lang]
    shown = moved.shown(lang, short=short)
    if moved.better is None:
        return shown, ""
    word = t["better"] if moved.better else t["worse"]
    return (f"{shown} ({word})" if words else shown), "green" if moved.better else "red"


def verdict_cell(verdicts: tuple[bool, bool], lang: str) -> Text:
    """A verdict's change ("tercapai → tidak tercapai (lebih buruk)"), coloured as a change."""
    before, after = verdicts
    shown = verdict_change_text(verdicts, lang)
    if before == after:
        return Text(shown)
    word = TEXT[lang]["better" if after else "worse"]
    return Text(f"{shown} ({word})", style="green" if after else "red")


def pruned(report: Report, kinds: tuple[str, ...]) -> Report:
    """The nodes of ``kinds`` and their parents only: the engine runs on what is compared (the
    indikator kegiatan are most of a report's measures)."""
    keep: set[str] = set()
    for node in report.walk():
        if node.kind in kinds:
            up: Node | None = node
            while up is not None and up.id not in keep:
                keep.add(up.id)
                up = report.get(up.parent) if up.parent is not None else None
    return Report(report.meta, [n for n in report.walk() if n.id in keep])


def _later(infos: list[ReportInfo], report_id: str, t: dict[str, str], opts: str = "") -> str:
    """ "No earlier report" when the instansi has later ones: they are listed, with the command
    that compares the report with the next of them ("" when there are none)."""
    own = next((i for i in infos if i.id == report_id), None)
    if own is None:
        return ""
    later = sorted(  # (of its own government: another's office of the name is another office)
        (
            i
            for i in infos
            if i.tahun > own.tahun
            and same_instansi(i.instansi, own.instansi)
            and same_region(i.pemerintah, own.pemerintah)
        ),
        key=lambda i: (i.tahun, i.id),
    )
    if not later:
        return ""
    listed = ", ".join(f"{clean_line(i.id, 80)} ({i.tahun})" for i in later[:5])
    command = f"lkj-tui compare {clean_line(own.id, 80)} {clean_line(later[0].id, 80)}{opts}"
    listed += ", …" if len(later) > 5 else ""
    return t["later"].format(id=clean_line(own.id, 80), listed=listed, command=command)


def load_pair(
    store: Store,
    first: str | None,
    second: str | None,
    lang: str,
    kinds: tuple[str, ...] = ALL_KINDS,
    store_path: Path | None = None,
) -> tuple[Evaluation, Evaluation, Picked]:
    """The two evaluations to compare (older, newer) and how the pair was picked (its
    ``renamed``: one office under two names, as ``export --all`` pairs them), or a one-line
    failure."""
    t = TEXT[lang]
    loaded: dict[str, Report] = {}

    def load(rid: str) -> Report:
        if rid not in loaded:
            loaded[rid] = store.load(rid).report
        return loaded[rid]

    try:
        if first is None or second is None:
            with listing_progress(lang) as progress:  # (cold: every report is read)
                infos = store.list_reports(progress=progress)
            if not infos:
                no_report(store, store_path, lang)
            picked = pick_pair(
                [(i.id, i.instansi, i.tahun, i.pemerintah) for i in infos],
                first,
                second,
                lambda rid: source_report(load(rid)),
            )
            if isinstance(picked, str):
                newest = first or (infos[0].id if infos else "")
                opts = store_option(store_path, lang)
                said = t[picked].format(id=clean_line(newest), opts=opts)
                fail(_later(infos, newest, t, opts) or said)
            if not picked.new:  # an unknown id: loading it says so
                store.load(picked.old)
        else:
            picked = Picked(first, second, "given")
        if picked.old == picked.new:
            fail(t["same"].format(id=clean_line(picked.old)), 2)
        old, new = load(picked.old), load(picked.new)
    except StoreError as exc:
        fail_store(exc, store_path, lang)
    if picked.how == "given":  # two ids of one office renamed are two years of it too
        if old.meta.tahun > new.meta.tahun:  # the newer first: compared from the older, as
            old, new = new, old  # export --compare does (never a change told backwards)
            picked = Picked(picked.new, picked.old, "given")
        a, b = old.meta, new.meta
        how = renamed_pair(
            (a.id, a.instansi, a.tahun), (b.id, b.instansi, b.tahun), source_report(new)
        )
        picked = Picked(picked.old, picked.new, "given", renamed=how)
    if kinds != ALL_KINDS:
        old, new = pruned(old, kinds), pruned(new, kinds)
    return Evaluation(old), Evaluation(new), picked


def pair_lines(
    comparison: Comparison, picked: Picked, lang: str, store_path: Path | None = None
) -> list[str]:
    """What says how the two reports were paired: one office under two names (and how), and,
    when ``compare`` picked them, which and how many other instansi it could have."""
    t = TEXT[lang]
    old, new = comparison.old.report.meta, comparison.new.report.meta
    ids = {"a": clean_line(old.id, 120), "b": clean_line(new.id, 120)}
    out = []
    if comparison.renamed is not None:
        how = t[f"how:{comparison.renamed}"].format(**ids)
        out.append(
            t["renamed"].format(
                a=clean_line(old.instansi, 200),
                ya=old.tahun,
                b=clean_line(new.instansi, 200),
                yb=new.tahun,
                how=how,
            )
        )
    if picked.how != "given":
        skipped = picked.skipped and t["skipped"].format(id=clean_line(picked.skipped, 120))
        how = "picked:instansi" if picked.how == "instansi" else "picked:renamed"
        out.append(t[how].format(**ids, skipped=skipped or ""))
        if picked.others:  # (each command on a line of its own, whole, to be copied)
            store = store_option(store_path, lang)
            region = government(picked.region)  # (a store of several: its own government's)
            key, listed = "others", f"--tahun {new.tahun}"
            if region:
                key, listed = "others:region", f"{listed} --pemerintah {typed_path(region)}"
            out += [
                t[key].format(n=grouped(picked.others, lang), year=new.tahun, region=region),
                f"  lkj-tui compare ID{store}",
                t["others:list"],
                f"  lkj-tui status --all {listed}{store}",
            ]
    return out


def parent_label(comparison: Comparison, row: Row, lang: str) -> str:
    """ " (Sub Kegiatan: Pendataan …; Kegiatan: …)" beside an indikator kegiatan whose name
    another of its report has (:meth:`~lkj_tui.core.compare.Comparison.parents_of`), cleaned;
    "" otherwise."""
    return _parents_said(comparison.parents_of(row), lang)


def _parents_said(parents: tuple[Node, ...], lang: str) -> str:
    return f" ({clean_words(parents_text(parents, lang), 240)})" if parents else ""


def _words(text: str | None, limit: int) -> Text:
    """A report's name (or list of names) cleaned to one line and, past ``limit`` characters,
    cut after its last whole word with "…" (``clean_words``, as the TUI cuts a name): a cut
    inside a word ("Kesejaht…") reads as another word."""
    return Text(clean_words(text or "", limit))


def _capaian(lang: str) -> str:
    return tr("capaian", lang)


def _pair(a: Text, b: Text) -> Text:
    return Text.assemble(a, (" → ", "dim"), b)


#: From :data:`_KODE_APART` columns to one less than this, the columns' widths keep a capaian's
#: sides whole and a rating whole, where the table has the cells (:func:`_measure`); from this
#: many the widths are :func:`_name_room`'s. At any width a capaian's lines break only at its
#: arrow where its column holds each side (:func:`_units_whole`: at 120 columns "100,00 % →
#: not" / "measurable" was left as rich broke it, 308 lines in 100 of a province's comparisons
#: in English).
_WIDE = 120

#: Below this many columns the kode is written in the name's cell, before the name, not in a
#: column of its own: its 8 cells (with the column's padding and rule) go to the others, and the
#: change's "↑ 2.243,34 %" and "−12,17 poin" stay whole where their unit began a line (at 80–82
#: columns, 600 to 740 lines of 100 of a province's comparisons).
_KODE_APART = 90


#: Below this many columns (with the kode in the name's cell) a row's kategori is the first line
#: of the change's cell, not a column of its own ("Sangat Tinggi" / "nama berubah;" / "capaian
#: −22,22 poin"): at 80 columns the rating's 13 cells and its rule were what a capaian's arrow
#: lacked ("102,22 %" / "→" / "80,00 %▼" in an 8-cell column, 330 lines of the 40 kabupaten-s1
#: offices' 2024 → 2025 in Bahasa Indonesia and English), and a rating narrowed to its longest
#: word split 370 ratings ("Sangat" / "Tinggi"): exp70.
_RATED_UNDER = _KODE_APART


#: Below this many columns the change's points are "pts" in English ("−12,17 pts", 10 cells, not
#: "−12,17 points", 13): at 90–91 columns a table was one to three cells short of keeping its
#: rating whole ("Very" / "high"), the points' unit its change column's longest word.
_POINTS_SHORT = 100


def _table(
    rows: list[Row],
    comparison: Comparison,
    lang: str,
    kode_apart: bool = True,
    short: bool = False,
    marked: bool = False,
    rated: bool = False,
) -> Table:
    """The table of ``rows``: kode, name, target, realisasi, capaian, kategori, change; without
    ``kode_apart``, the kode in bold before the name, in its cell (:data:`_KODE_APART`); with
    ``short``, the change's points "pts" in English (:data:`_POINTS_SHORT`); ``marked``: a
    renamed kode's older name under the table (:func:`_renames`); ``rated``: the kategori on
    the first line of the change's cell, not in a column of its own (:data:`_RATED_UNDER`)."""
    t = TEXT[lang]
    years = " → ".join(comparison.labels)
    grid = (Table if kode_apart else _KodeInName)(show_edge=False, pad_edge=False)
    cut = overflow()
    if kode_apart:
        grid.add_column(t["code"], no_wrap=True, overflow=cut)
    # every column but the kode may wrap, a name's long word folded rather than cut: at 80
    # columns the table fits, where a minimum name width and unwrapped capaian and rating columns
    # made it wider than the terminal and the change (the reason to compare) was cut off
    grid.add_column(t["name"], overflow="fold")
    # (Text, cleaned: its "→" laid out as it is written, "->" on an output that is not UTF-8)
    realisasi = tr("realisasi", lang).split(" ")[0]
    # (the report's own word "Capaian", in English too: "Achievement" was cut to "Achieveme…" at
    # 80 columns; a target's or realisasi's word wider than its column folded, never cut)
    for word, fold in ((tr("target", lang), "fold"), (realisasi, "fold"), (_capaian(lang), cut)):
        grid.add_column(clean_text(Text(f"{word} {years}")), justify="right", overflow=fold)
    rating = tr("rating", lang) + (" B" if comparison.across else "")
    if rated:  # (its two words on two lines: "Kategori" / "Perubahan")
        grid.add_column(Text(f"{rating}\n{t['change']}"), overflow=cut)
    else:
        grid.add_column(rating, overflow=cut)
        grid.add_column(t["change"], overflow=cut)
    for r in rows:
        cells = _cells(r, comparison, lang, short, marked)
        if rated:  # (the row's kategori, then what changed; a row without a change its kategori)
            change = cells.pop()
            if change.plain != "—":
                cells[-1] = Text("\n").join([cells[-1], change])
        if not kode_apart:
            code = cells[0]
            code.stylize("bold")
            cells[:2] = [_code_and(code).append_text(cells[1])]
        grid.add_row(*cells)
    return grid


def _kode_room(rows: list[Row], head: str) -> int:
    """The cells a column of the ``rows``' kode would take, with its padding and rule."""
    codes = (safe(r.new.node.code).cell_len for r in rows if r.new is not None)
    return max(cell_len(head), *codes) + 3


def _rating_room(grid: Table) -> int:
    """The cells a kategori's column of its own would take at its least, with its padding and
    rule, for a table whose kategori is in the change's cell (:data:`_RATED_UNDER`): its
    header's and its cells' first line's longest word, up to ``_CELL_FLOOR``."""
    column = grid.columns[-1]
    texts = [
        str(column.header).split("\n", 1)[0],
        *(str(c).split("\n", 1)[0] for c in column.cells),
    ]
    return min(max((cell_len(w) for t in texts for w in t.split()), default=0), _CELL_FLOOR) + 3


class _KodeInName(Table):
    """The table of :func:`_table` whose kode is in the name's cell (:data:`_KODE_APART`)."""


def _kode(grid: Table) -> int:
    """1 when the table's first column is the kode's, 0 when the kode is in the name's cell
    (:class:`_KodeInName`): where the name's column is, and each other column ``_kode(grid) +
    n`` (1 the target, 2 the realisasi, 3 the capaian, 4 the kategori, 5 the change)."""
    return 0 if isinstance(grid, _KodeInName) else 1


#: A target or realisasi is shown whole, wrapped in its cell ("10 Raperda, 50 Raperbup, 600 SK"
#: was cut at 24 characters: "…50 Raperbup…", its SK lost); past this many characters (a
#: sentence, not a figure) it is cut after its last whole word, never inside a figure.
_FIGURE = 120
#: A number longer than this is its first digits and its length ("99999999999… (200 digit)",
#: core/longvalue.py), as check, the TUI and the export say it: a 200-digit target filled ten
#: lines of its cell.
_NUMBER = CELL_ROOM


#: The mark of a row whose kode had another indicator's name the year before, said under the
#: table (:attr:`Row.old_name`): "(2024: Jumlah tata kelola pemerintahan)" in the name's cell took
#: 2 to 5 lines more a row at 80 columns.
_RENAMED = "*"


#: Below this many columns a renamed kode's older name is said under its table, the row marked
#: :data:`_RENAMED`: beside the name, in a column of 12 to 16 cells, "(2024: Jumlah tata kelola
#: pemerintahan)" took 2 to 5 lines more a row (12 kabupaten comparisons, in Bahasa Indonesia
#: and English: 1,459 and 1,446 lines at 80 columns, now 1,228 and 1,135; at 100, 1,322 and
#: 1,317, now 1,082 and 994). From here the name's wider column holds it in a line or so: under
#: the table it took more (at 119 columns 844 and 767 lines, 858 and 854 so).
_RENAMES_UNDER = 116


def _renames(rows: list[Row], comparison: Comparison, lang: str) -> list[Text]:
    """A line for each row of ``rows`` marked :data:`_RENAMED`, under its table: "* IKU 3 di
    2024 bernama Jumlah tata kelola pemerintahan"."""
    out = []
    for r in rows:
        if (was := r.old_name) is not None:
            assert r.new is not None
            code = clean_line(r.new.node.code, 24) or _words(r.new.node.name, 80).plain
            said = TEXT[lang]["was_named"].format(
                mark=_RENAMED, code=code, year=comparison.labels[0], name=_words(was, 80).plain
            )
            out.append(Text(said, style="dim"))
    return out


def _satuan(rows: list[Row], comparison: Comparison, lang: str) -> list[Text]:
    """A line for each row of ``rows`` whose satuan changed, under its table: "Satuan IKU 13
    berubah: Laporan (2025) → Dokumen (2026)" (years65: never said)."""
    out = []
    for r in rows:
        if (pair := r.satuan) is not None:
            code = clean_line(r.node.code, 24) or _words(r.node.name, 80).plain
            both = (clean_line(pair[0], 80), clean_line(pair[1], 80))
            out.append(Text(satuan_text(code, both, comparison.labels, lang), style="yellow"))
    return out


def _units(rows: list[Row], comparison: Comparison, lang: str) -> list[Text]:
    """A line for each row of ``rows`` whose realisasi are of two units (``satuan berbeda``),
    under its table: both units and what to do, "Satuan realisasi IKU 2 berbeda: Orang (2025)
    → tanpa satuan (2026), tidak dibandingkan. Bila satuannya sama, …" (years66: the cell said
    neither)."""
    out = []
    for r in rows:
        if (units := r.units) is not None:
            assert r.old is not None and r.new is not None
            mo, mn = r.old.node.measure, r.new.node.measure
            assert mo is not None and mn is not None
            code = clean_line(r.node.code, 24) or _words(r.node.name, 80).plain
            both = (clean_line(units[0], 40), clean_line(units[1], 40))
            values = (clean_line(mo.realisasi or "", 40), clean_line(mn.realisasi or "", 40))
            satuan = clean_line(mn.satuan or mo.satuan or "", 40)
            said = units_text(code, both, values, comparison.labels, lang, satuan)
            out.append(Text(said, style="yellow"))
    return out


def _cells(
    r: Row, comparison: Comparison, lang: str, short: bool = False, marked: bool = False
) -> list[Text]:
    """A matched row of the table, each cell cleaned; ``short``: its points "pts" in English;
    ``marked``: a renamed kode's older name said by :data:`_RENAMED` (:func:`_renames`), not
    beside the name (a card's line has room for it)."""
    t = TEXT[lang]
    assert r.old is not None and r.new is not None
    mo, mn = r.old.node.measure, r.new.node.measure
    assert mo is not None and mn is not None
    shown, style = change_text(r.realisasi, lang, short=short)
    cell = Text(shown, style=style) if r.realisasi is not None else Text()
    if r.apart is not None:  # (two indicators, or two units: no change to tell)
        cell = Text(apart_text(r.apart, lang), style="yellow")
    if r.capaian_points is not None and r.capaian_points != 0:
        sign = "+" if r.capaian_points > 0 else "−"
        points = f"{_capaian(lang).lower()} {sign}{format_id(abs(r.capaian_points))}"
        cell.append(f"{'; ' if cell else ''}{points} {t['points_short' if short else 'points']}")
    if r.verdicts is not None:  # no capaian % in a year: met or not says how it moved
        cell.append("; " if cell else "")
        cell.append_text(verdict_cell(r.verdicts, lang))
    name = _words(r.new.node.name, 80)
    how, code = comparison.matched_how(r), comparison.other_code(r)
    if code is not None:  # two instansi: A's kode, when it is not B's
        name.append(f" (A: {clean_line(code, 24)})", style="dim")
    if how is not None:
        name.append(f" ({t['by:' + how]})", style="dim")
    if r.old_name is not None and marked:  # two names of one kode or link: said under it
        name.append(_RENAMED, style="bold")  # (against its last word: "dasar*")
    elif r.old_name is not None:  # (on a card: beside the name)
        was = _words(r.old_name, 80)
        name.append(f" ({comparison.labels[0]}: {was.plain})", style="dim")
    name.append(parent_label(comparison, r, lang), style="dim")

    def figure(text: str) -> Text:
        return _words(clip_long(text or "—", _NUMBER, lang), _FIGURE)

    cells = (
        safe(r.new.node.code),
        name,
        _pair(figure(mo.target), figure(mn.target)),
        _pair(figure(mo.realisasi), figure(mn.realisasi)),
        _pair(capaian_cell(r.old.achievement, lang), capaian_cell(r.new.achievement, lang)),
        rating_cell(r.new.achievement, lang),
        cell or Text("—", style="dim"),
    )
    return [clean_text(c, in_table=True) for c in cells]


#: A name's word longer than this is folded (cut onto the next line) all the same.
_WORD_LIMIT = 15
#: The other columns' word kept whole up to this many cells ("Realisasi", "Achievement").
_CELL_WORD_LIMIT = 12
#: When not every word fits, a name's words are kept whole up to this many cells.
_NAME_FLOOR = 12
#: … and the other columns' down to this many.
_CELL_FLOOR = 9
#: The change's points with their unit are kept whole up to this many cells ("−19,74 points"),
#: where the other columns' words stay whole.
_CHANGE_WORD_LIMIT = 14


#: On a wide terminal the columns of two figures ("67,47 → 0 Temuan") get at most this many cells
#: while the name is cut into lines, each side then on a line of its own ("67,47 →" / "0 Temuan")…
_PAIR_ROOM = 12
#: … and the change this many ("↑ 834,43 % (lebih" / "buruk); capaian" / "−45,34 poin"); the
#: capaian each side whole up to this many ("tidak terukur →" / "114,29 %").
_CHANGE_ROOM = 18
_CAPAIAN_ROOM = 16
#: The name takes room from the other columns up to this many cells.
_NAME_ROOM = 40
#: Between the two sides of a pair: "→", or "->" as written on an output that is not UTF-8.
_ARROW = re.compile(" (?:→|->) ")


def _pair_room(column: Column) -> int:
    """The cells a column of pairs keeps beside a name cut into lines: its widest pair, when it
    fits :data:`_CAPAIAN_ROOM` ("3 ± 1 → 3 ± 1" whole, not "3 ± 1 → 3 ±" / "1"), else
    :data:`_PAIR_ROOM`."""
    widest = max((cell_len(line) for c in column.cells for line in str(c).splitlines()), default=0)
    return widest if widest <= _CAPAIAN_ROOM else _PAIR_ROOM


def _halves(column: Column) -> Iterator[tuple[int, list[int], int]]:
    """Each cell of a column of pairs: the cells of its first side, of its second (none without
    an arrow), and of its arrow with the space before it (" →": 2; " ->": 3, as written on an
    output that is not UTF-8)."""
    for cell in column.cells:
        text = str(cell)
        arrow = _ARROW.search(text)
        if arrow is None:
            yield cell_len(text), [], 0
        else:
            after = cell_len(text[arrow.end() :])
            yield cell_len(text[: arrow.start()]), [after], cell_len(arrow.group()) - 1


def _sides(column: Column) -> int:
    """The cells the wider side of a pair of a column's cells takes with its arrow ("tidak
    terukur →": 15), each cell's."""
    return max((max(a + arrow, *b) for a, b, arrow in _halves(column)), default=0)


def _at_arrow(column: Column) -> tuple[int, int]:
    """The cells a column of capaian pairs needs for each side whole, broken only at the arrow:
    (the arrow at the end of the first line, "93,32 % ▼ →" / "70,00 % ▼", or, where that is
    narrower, at the start of the second, "tidak terukur" / "→ 114,29 %"; the least: its widest
    side, the arrow on a line of its own where it fits neither, "not measurable" / "→" / "not
    measurable"), each cell's."""
    want = least = 0
    for a, b, arrow in _halves(column):
        least = max(least, a, *b)
        want = max(want, min(max(a + arrow, *b), max(a, *(n + arrow for n in b))) if b else a)
    return want, least


def _capaian_room(column: Column) -> int:
    """:data:`_CAPAIAN_ROOM`, a cell more where the arrow is written "->" (an output that is not
    UTF-8): "not measurable ->" / "not measurable", not "not measurable" / "->" / "not
    measurable" at 120 columns."""
    return _CAPAIAN_ROOM + max((arrow - 2 for *_, arrow in _halves(column)), default=0)


def _longest_line(column: Column, first: bool = False) -> int:
    """The cells the longest line of a column takes (rich's measure of its widest cell);
    ``first``: of each cell's first line (the kategori of a change's cell: :data:`_RATED_UNDER`)
    and its header's longest."""
    texts = [str(column.header), *(str(cell) for cell in column.cells)]
    lines = (
        ([t.split("\n", 1)[0] for t in texts[1:]] + texts[0].splitlines())
        if first
        else [line for text in texts for line in text.splitlines()]
    )
    return max(map(cell_len, lines), default=0)


def _longest_word(column: Column, name: bool = False, points: bool = False) -> int:
    """The cells the longest word of a column needs (of a column that does not wrap, its
    longest line); ``name``: the names' column, a note's opening with its first word ("(2024:
    Jumlah", kept together where the width allows: :func:`_name_lines`); ``points``: the
    change's column, its points with their unit ("−12,17 poin")."""
    if column.no_wrap:
        return _longest_line(column)
    # (a number and its "%" one word: :func:`_units_whole` never breaks between them)
    texts = [str(column.header), *(_glued(str(cell)) for cell in column.cells)]
    if points:
        from lkj_tui.cli.plain import UNIT_GLUE

        texts = [_POINTS_GLUE.sub(UNIT_GLUE, text) for text in texts]
    if name:
        texts = [_YEAR_NOTE.sub(lambda m: m.group()[:-1] + "~", text) for text in texts]
    return max((cell_len(w) for text in texts for w in text.split()), default=0)


def _name_room(grid: Table, inner: list[int], need: list[int]) -> list[int] | None:
    """The columns' widths that give the name what the others' real needs leave, on a terminal
    wide enough (120 columns): rich shares the width out evenly among the columns that wrap, and a
    kabupaten's names ("Persentase pengelolaan keuangan daerah (2024: Tingkat kapasitas
    aparatur)") got 16 cells, four to six lines, beside figures of two lines. The figures' columns
    keep their widest pair, or :data:`_PAIR_ROOM` cells (each side of "→" on its line), the change
    :data:`_CHANGE_ROOM`, the capaian each side whole (up to :data:`_CAPAIAN_ROOM`), the kode and the kategori their widest cell, every column its longest
    word; the name up to :data:`_NAME_ROOM` cells, then what is left once the others are whole.
    None when the name is whole already, or would not get more than rich gives it."""
    if len(grid.columns) != 7:  # (not the table of :func:`_table`)
        return None
    natural = [_longest_line(column) for column in grid.columns]
    if inner[1] >= natural[1]:
        return None
    pairs = [_pair_room(grid.columns[k]) for k in (2, 3)]
    capaian = min(_sides(grid.columns[4]), _capaian_room(grid.columns[4]))
    room = [natural[0], 0, *pairs, capaian, natural[5], _CHANGE_ROOM]
    target = [min(n, max(w, r)) for n, w, r in zip(natural, need, room, strict=True)]
    # (up to _NAME_ROOM: on a wider terminal the figures get their whole width back first)
    name = min(natural[1], _NAME_ROOM, sum(inner) - (sum(target) - target[1]))
    if name <= inner[1]:
        return None
    target[1] = name
    spare = sum(inner) - sum(target)  # (the rest to the others, as they need it, then the name)
    for k in (0, 5, 4, 6, 3, 2, 1):  # (the capaian and the change first)
        extra = min(spare, max(0, natural[k] - target[k]))
        target[k] += extra
        spare -= extra
    return target


#: What :func:`_measure` finds of a table: its columns' widths, needs and floors (None: a rich
#: that lays out otherwise).
_Measured = tuple[list[int], list[int], list[int]] | None


def _measure(console: Console, grid: Table) -> _Measured:
    """(the inner width rich gives each column, the width its longest word needs, the least it
    may be given: a name ``_NAME_FLOOR``, a column that does not wrap its whole need, the others
    ``_CELL_FLOOR``); None with a rich that lays out otherwise."""
    try:  # rich's own layout, by two of its private methods (rich 13 to 15)
        options = console.options
        # (as the table lays itself out: the width less its borders)
        widths = grid._calculate_column_widths(
            console, options.update_width(options.max_width - grid._extra_width)
        )
        pads = [grid._get_padding_width(i) for i in range(len(grid.columns))]
    except (AttributeError, TypeError):  # a rich that lays out otherwise: its layout as it is
        return None  # (tests/test_years.py's 80 columns then fails: a test, never a user, sees it)
    name = _kode(grid)
    limits = [_CELL_WORD_LIMIT] * len(grid.columns)
    limits[name] = _WORD_LIMIT
    # (the change's points and their unit whole, "−12,17 poin", as its "↑ 2.243,34 %": they
    # began a line at 80–82 columns, and at 90–100 with the kode in its column)
    change = len(grid.columns) - 1
    limits[change] = _CHANGE_WORD_LIMIT
    need = [
        min(_longest_word(c, k == name, k == change), limit)
        for k, (c, limit) in enumerate(zip(grid.columns, limits, strict=True))
    ]
    floors = [
        n if c.no_wrap else min(n, _CELL_FLOOR) for c, n in zip(grid.columns, need, strict=True)
    ]
    floors[name] = min(need[name], _NAME_FLOOR)
    inner = [w - p for w, p in zip(widths, pads, strict=True)]
    return inner, need, floors


def _kept_whole(console: Console, grid: Table, measured: _Measured) -> _Measured:
    """``measured`` (:func:`_measure`, of a table not too narrow for its columns) with a
    capaian's sides whole, broken only at its arrow ("not" / "measurable" / "→ 75,00 %" / "▼"
    was one capaian at 90 columns), and a rating whole ("Very" / "high"), where the table has
    the cells, below :data:`_WIDE`: every other column keeps its need; the capaian gives first
    (down to its widest side, the arrow then on a line of its own), then the name (down to its
    longest word: a note's opening may start a line of its own). What is given up when not all
    fits: from :data:`_KODE_APART` columns the rating, then the capaian's sides (each whole or
    not: a cell short of it is no use); below (the kode in the name's cell) the capaian's
    sides, then the rating: at 80 columns "Sangat" / "Tinggi" (and "Very" / "high") stood in
    most rows of a kabupaten's comparison, years37. As it is else."""
    name = _kode(grid)
    rated = len(grid.columns) == 5 + name  # (the kategori in the change's cell: _RATED_UNDER)
    if measured is None or len(grid.columns) not in (5 + name, 6 + name) or console.width >= _WIDE:
        return measured  # (not the table of :func:`_table`, or wide enough as it is)
    inner, need, _ = measured
    column = grid.columns[name + 3]
    capaian, sides = (min(n, _capaian_room(column)) for n in _at_arrow(column))
    # (the kategori's column, or the change's whose cells' first line is the kategori)
    rating = min(_longest_line(grid.columns[name + 4], first=rated), _CAPAIAN_ROOM)
    word = min(need[name], max(_longest_token(grid.columns[name]), _NAME_FLOOR))
    room = sum(inner)
    both = {name + 3: capaian, name + 4: rating}
    tries = [both, {name + 3: capaian} if name else {name + 4: rating}]
    for kept in tries:
        wants = [max(n, kept.get(k, 0)) for k, n in enumerate(need)]
        lows = ((name + 3, max(need[name + 3], sides)), (name, word))
        for k, low in lows if name + 3 in kept else lows[1:]:
            wants[k] -= min(max(0, sum(wants) - room), wants[k] - low)
        if sum(wants) <= room:
            return inner, wants, wants
    return measured


def _lone_arrow(column: Column, k: int, width: int) -> bool:
    """Whether a cell of a column of pairs (``k``: 2 to 4, as :func:`_cell_spans`) would have its
    arrow alone on a line at ``width`` cells ("3 ± 1" / "→" / "3 ± 1")."""
    for cell in column.cells:
        if not isinstance(cell, Text) or cell.cell_len <= width:
            continue
        spans, cell = _cell_spans(cell, k, width)
        if spans is not None and any(_ARROW.fullmatch(f" {cell.plain[a:b]} ") for a, b in spans):
            return True
    return False


#: A column of pairs takes at most this many cells from the others to keep its arrows with a
#: figure (a side and " →": 2, " ->" as written on an output that is not UTF-8: 3).
_ARROW_ROOM = 3


def _years_kept(column: Column, width: int) -> int:
    """The cells a figure's header keeps its years whole in ("Target" / "2023 → 2024",
    :func:`_headers_kept`) where ``width`` holds them, else 0."""
    header = str(column.header)
    years = cell_len(header[header.find(" ") + 1 :]) if " → " in header else 0
    return years if years <= width else 0


def _arrows_kept(grid: Table, widths: list[int], need: list[int]) -> None:
    """``widths`` (the columns' inner widths) with the target's, realisasi's and capaian's arrow
    kept with a figure, never on a line of its own ("3 ± 1 →" / "3 ± 1", not "3 ± 1" / "→" /
    "3 ± 1" in a 6-cell column; "terukur →" / "114,29 %", not "terukur" / "→" / "114,29 %":
    at 80 columns 413 lines of 80 of a kabupaten's comparisons, id and en, years68): a column
    that lacks a cell or a few takes them from the columns wider than their ``need``, the
    widest first, a column of pairs only while its own arrows stay with their figures. As it
    is where they cannot be had (the arrow alone: nothing else is given up for it)."""
    at = _kode(grid)
    pairs = {at + 1: 2, at + 2: 3, at + 3: 4}  # (a column's index: its kind in _cell_spans)
    need = [
        max(n, _years_kept(column, w))
        for n, w, column in zip(need, widths, grid.columns, strict=True)
    ]
    for c, k in pairs.items():
        column = grid.columns[c]
        if not _lone_arrow(column, k, widths[c]):
            continue
        for more in range(1, _ARROW_ROOM + 1):
            if _lone_arrow(column, k, widths[c] + more):
                continue
            spare = list(widths)
            for _ in range(more):
                free = [
                    d
                    for d in range(len(spare))
                    if d != c
                    and spare[d] > need[d]
                    and (d not in pairs or not _lone_arrow(grid.columns[d], pairs[d], spare[d] - 1))
                ]
                if not free:
                    break
                spare[max(free, key=lambda d: (spare[d] - need[d], d))] -= 1
            else:
                spare[c] += more
                widths[:] = spare
            break


def _too_narrow(measured: _Measured, kode: int = 0) -> bool:
    """Whether the terminal cannot give every column of the table its least width (``measured``:
    :func:`_measure`): each indicator is then a card (:func:`_cards`), never a table of empty,
    cut columns. ``kode``: the cells of a kode column, with its padding and rule, for a table
    whose kode is in the name's cell (:data:`_KODE_APART`): cards where they were before."""
    return measured is not None and sum(measured[0]) - kode < sum(measured[2])


_UNMEASURED: _Measured = ([], [], [])


def _words_whole(console: Console, grid: Table, measured: _Measured = _UNMEASURED) -> Table:
    """The table with every column at least as wide as its longest word (the name's up to
    ``_WORD_LIMIT``, the others' up to ``_CELL_WORD_LIMIT``), when the terminal's width allows
    it: on a narrow terminal rich shares the width out evenly among the columns that wrap, and at
    80 columns the names got 9 ("Persentas e", "Kesejahte raan"), the headers and a capaian were
    cut ("Realisa…", "not measura…"). The width then comes from the columns that have more than
    their words need. When the words cannot all be whole, the longest give way first (a name's
    down to ``_NAME_FLOOR``, the others' to ``_CELL_FLOOR``), else the name's alone are kept
    whole; where rich gives every column that much already (a wide terminal) the table is as
    rich lays it out."""
    name = _kode(grid)
    names = grid.columns[name]
    if measured is _UNMEASURED:  # (measured once: rich's layout reads every cell, 3,000 rows ≈ 1 s)
        measured = _kept_whole(console, grid, _measure(console, grid))
    if measured is None:
        return grid
    inner, need, floors = measured
    roomy = _name_room(grid, inner, need)
    if roomy is not None:
        _arrows_kept(grid, roomy, need)
        for column, width in zip(grid.columns, roomy, strict=True):
            column.width = width
        return grid
    if all(w >= n for n, w in zip(need, inner, strict=True)):
        # (rich's widths, set: the change's units then kept with their figures, at 90–100
        # columns too, where rich broke "↑ 2.243,34" / "%" at any space)
        inner = list(inner)
        _arrows_kept(grid, inner, need)
        for column, width in zip(grid.columns, inner, strict=True):
            column.width = width
        return grid
    room = sum(inner)
    # what cannot all be whole gives way, the longest first: a name down to _NAME_FLOOR, the
    # others to _CELL_FLOOR, a column that does not wrap never
    target = list(need)
    while sum(target) > room:
        free = [k for k in range(len(target)) if target[k] > floors[k]]
        if not free:
            break
        target[max(free, key=lambda k: target[k])] -= 1
    if sum(target) > room:  # the columns that do not wrap are too wide: the name's words only
        if inner[name] < need[name]:
            names.width = need[name]
        return grid
    _word_kept(grid, target, floors)
    spare = room - sum(target)  # given back: first to a word cut, then as rich laid it out
    for wanted in (need, inner):
        for k, width in enumerate(wanted):
            extra = min(spare, max(0, width - target[k]))
            target[k] += extra
            spare -= extra
    _arrows_kept(grid, target, need)
    for column, width in zip(grid.columns, target, strict=True):
        column.width = width
    return grid


def _longest_token(column: Column) -> int:
    """The cells the longest run of a column without a space takes (its header's and cells'),
    the change's arrow with its figure ("↑ 1.877,73"): what is never broken but by folding."""
    texts = [str(column.header), *(str(cell) for cell in column.cells)]
    texts = [text.replace("↑ ", "↑~").replace("↓ ", "↓~") for text in texts]
    return max((cell_len(w) for text in texts for w in text.split()), default=0)


def _word_kept(grid: Table, target: list[int], floors: list[int]) -> None:
    """``target`` (the columns' widths, the name's given way to ``_NAME_FLOOR``) with the name's
    longest word whole where the other columns can give the cells: a name's word was folded
    ("penanggulang" / "an bencana)", 62 times in 40 kabupaten comparisons at 82 columns) beside
    a change that kept "↑ 6.150,00 %" on one line. The others give down to their longest word,
    a change's arrow with its figure ("↑ 6.150,00": it then breaks before its "%"), and their
    floor, the one with most to give first; never a word or a figure folded. As it was when they
    cannot give it all (the word is folded all the same) or the word is past ``_WORD_LIMIT``."""
    name = _kode(grid)
    word = _longest_token(grid.columns[name])
    short = word - target[name]
    if short <= 0 or word > _WORD_LIMIT:
        return
    lows = [
        target[k] if k == name or c.no_wrap else min(target[k], max(floors[k], _longest_token(c)))
        for k, c in enumerate(grid.columns)
    ]
    if sum(target) - sum(lows) < short:
        return
    for _ in range(short):
        k = max(range(len(target)), key=lambda k: (target[k] - lows[k], k))
        target[k] -= 1
    target[name] = word


#: A name's notes read as one: "(A: IKU 8)" whole, "(2024:" with the word after it.
_CODE_NOTE = re.compile(r"\(A: [^()\n]{1,24}\)")
_YEAR_NOTE = re.compile(r"\(\d{4}: (?=\S)")
#: A capaian's under-target mark, kept with its figure ("88,51 % ▼"; "v" as written on an
#: output that is not UTF-8).
_MARK_GLUE = re.compile(r" (?=▼)|(?<=%) (?=v(?: |$))")
#: The change's points with their figure ("−8,75 poin", "−8,75 points"), where its column
#: holds them: never a line of "poin" alone under its figure.
_POINTS_GLUE = re.compile(r"(?<=\d) (?=(?:poin(?:ts?)?|pts)(?:\s|$))")


def _glued(text: str, mark: bool = False) -> str:
    """``text`` as it is broken into lines: a number and its "%" and an arrow of the change and
    its figure ("↑ 149,50 %") one word (``plain.glue_units``; same length, same cells); also a
    capaian's ▼ with its figure (``mark``). Linear."""
    from lkj_tui.cli.plain import UNIT_GLUE, glue_units

    text = glue_units(text).replace("↑ ", "↑" + UNIT_GLUE).replace("↓ ", "↓" + UNIT_GLUE)
    return _MARK_GLUE.sub(UNIT_GLUE, text) if mark else text


def _sides_glued(plain: str, width: int | None = None) -> str:
    """A pair as it is broken into lines: each side one word ("tidak terukur", "93,32 % ▼"),
    the arrow between them where the line breaks (same length, same cells). ``width``: only the
    sides that fit that many cells, a wider one broken at its spaces (not inside a number and its
    "%"), the other still whole ("Tidak ada" / "temuan →" / "3 ± 1", not "temuan → 3 ±" / "1"
    at 100 columns, years38). Linear."""
    from lkj_tui.cli.plain import UNIT_GLUE

    parts = _ARROW.split(plain, maxsplit=1)
    arrow = _ARROW.search(plain)
    sides = [
        part.replace(" ", UNIT_GLUE) if width is None or cell_len(part) <= width else _glued(part)
        for part in parts
    ]
    return arrow.group().join(sides) if arrow else sides[0]


def _widest_word(text: str) -> int:
    return max(map(cell_len, text.split()), default=0)


def _name_lines(plain: str, width: int) -> list[tuple[int, int]] | None:
    """Where a name (with its notes) breaks into lines of ``width`` cells: a note "(A: IKU 8)"
    whole and a note's opening with its first word ("(2024: Nilai") where they fit a line; where
    the opening and its word do not ("(2024: Persentase" in 12 cells), the note starts a line
    ("dasar" / "(2024:" / "Persentase …"), never its opening left at the end of the name's line
    ("dasar (2024:" / "Persentase"); a word wider than the line is cut, as rich folds it
    ("penanggulang" / "an bencana)"). None: as rich breaks it (nothing to keep together).
    Linear. (Below 116 columns the notes are under the table: from there a note's last word
    folded off its closing bracket on none of 40 kabupaten comparisons at 116 and 120 columns,
    and the rule that kept a few letters with it went, years34.)"""
    from lkj_tui.cli.plain import UNIT_GLUE, wrap

    breaks = [0]

    def code_note(m: re.Match[str]) -> str:
        return m.group().replace(" ", UNIT_GLUE) if cell_len(m.group()) <= width else m.group()

    def year_note(m: re.Match[str]) -> str:
        end = m.string.find(" ", m.end())
        if cell_len(m.string[m.start() : end if end >= 0 else len(m.string)]) <= width:
            return m.group()[:-1] + UNIT_GLUE
        if m.start() > 0:  # (the opening begins a line of its own)
            breaks.append(m.start())
        return m.group()

    text = _CODE_NOTE.sub(code_note, _glued(plain))
    text = _YEAR_NOTE.sub(year_note, text)
    if len(breaks) == 1 and text == plain:
        return None  # (as rich breaks it)
    spans: list[tuple[int, int]] = []
    for a, b in zip(breaks, [*breaks[1:], len(text)], strict=True):
        spans += [(a + x, a + y) for x, y in wrap(text[a:b], width)]
    return spans


def _marked(cell: Text, width: int) -> Text:
    """A capaian whose "93,32 % ▼" is wider than its column (a kabupaten's 8 cells at 80
    columns, where it read "93,32 %" / "▼ →") with its ▼ against its "%": "93,32 %▼", the
    figure, its "%" and its mark on one line; as it is when that does not fit either."""
    if " ▼" not in cell.plain or _widest_word(_glued(cell.plain, mark=True)) <= width:
        return cell
    plain, parts, at = cell.plain, [], 0
    for m in re.finditer(" ▼", plain):
        parts.append(cell[at : m.start()])
        at = m.start() + 1
    tight = Text("").join([*parts, cell[at:]])
    return tight if _widest_word(_glued(tight.plain)) <= width else cell


def _cell_spans(cell: Text, k: int, width: int) -> tuple[list[tuple[int, int]] | None, Text]:
    """Where a cell of :func:`_units_whole`'s column ``k`` (1 the name, 2 to 4 the pairs, 6 the
    change) breaks into lines of ``width`` cells, and the cell (a capaian's ▼ against its "%"
    where that is what fits); None: as rich breaks it."""
    from lkj_tui.cli.plain import UNIT_GLUE, wrap

    if k == 1:
        return _name_lines(cell.plain, width), cell
    if k == 6 and "\n" in cell.plain:  # (the kategori's line, then the change: each broken alone)
        head = cell.plain.index("\n")
        rest, _ = _cell_spans(cell[head + 1 :], 6, width)
        after = rest if rest is not None else wrap(cell.plain[head + 1 :], width)
        return [
            *wrap(cell.plain[:head], width),
            *((a + head + 1, b + head + 1) for a, b in after),
        ], cell
    # (a target's and a realisasi's side whole beside a wider one, years38)
    if _widest_word(glued := _sides_glued(cell.plain, width if k < 4 else None)) <= width:
        return wrap(glued, width), cell  # (each side whole, broken at the arrow)
    cell = _marked(cell, width) if k == 4 else cell
    # (the capaian: its mark too, where it fits; the change: its points too)
    for more in (True, False) if k in (4, 6) else (False,):
        glued = _glued(cell.plain, mark=more and k == 4)
        if more and k == 6:
            glued = _POINTS_GLUE.sub(UNIT_GLUE, glued)
        if _widest_word(glued) > width:
            continue  # (a word wider than the column: less kept together)
        # (else as rich breaks it, at its spaces)
        return (wrap(glued, width) if glued != cell.plain else None), cell
    return None, cell


def _units_whole(grid: Table) -> Table:
    """The figures' and the change's cells broken at their spaces as their column's width (set
    by :func:`_words_whole`) allows, never between a number and its "%" nor after the change's
    arrow (:func:`_glued`), nor between the change's points and "poin" where the column holds
    them ("capaian −19,74" / "poin" at 120 columns, 274 lines in 100 of a province's
    comparisons; the widths are not changed for it): rich breaks at any
    space, and at 80 columns a capaian read "100,00" / "% →" / "119,77" / "%"; a capaian's ▼
    with its figure (:func:`_marked`), a name's notes with their words (:func:`_name_lines`);
    a capaian's sides each whole, broken at the arrow, where the column holds them (below
    :data:`_KODE_APART` columns too since years37) (:func:`_sides_glued`: "tidak terukur" / "→ 114,29
    %", not "tidak" / "terukur →"). A cell with a word wider than its column is left to rich
    (folded)."""
    at = _kode(grid)
    for k in (1, 2, 3, 4, 6):
        column = grid.columns[k - 1 + at if k < 6 else -1]  # (the change's: the last)
        width, cells = column.width, getattr(column, "_cells", None)
        if width is None or not isinstance(cells, list):
            continue
        for n, cell in enumerate(cells):
            if not isinstance(cell, Text) or cell.cell_len <= width:
                continue
            spans, cell = _cell_spans(cell, k, width)
            if spans is not None:
                cells[n] = Text("\n").join(cell[a:b] for a, b in spans)
            elif k == 4:
                cells[n] = cell  # (its ▼ against its "%")
    return grid


def _spaced_box() -> Box:
    """rich's table box (HEAVY_HEAD) with each column's padding in its dividers, " │ ", for a
    table without its header (:func:`_unpadded`)."""
    import copy

    from rich import box

    spaced = copy.copy(box.HEAVY_HEAD)
    for part in ("head_vertical", "mid_vertical", "foot_vertical"):
        setattr(spaced, part, f" {box.HEAVY_HEAD.mid_vertical} ")
    return spaced


def _headers_kept(grid: Table, measured: _Measured) -> Table:
    """Each figure's header ("Target 2024 → 2025") wider than its column broken after its word,
    its years whole on the line under it ("Target" / "2024 → 2025"; rich broke it at its last
    space that fit: "Target 2024 →" / "2025", "Target 2024" / "→ 2025" at 100 and 120
    columns), where the years fit the column (its width set, or as :func:`_measure` found it)."""
    for k, column in enumerate(grid.columns):
        header, width = column.header, column.width
        if width is None and measured is not None:
            width = measured[0][k]
        if not isinstance(header, Text) or width is None or " → " not in header.plain:
            continue
        word = header.plain.find(" ")
        if header.cell_len > width >= cell_len(header.plain[word + 1 :]):
            column.header = Text("\n").join([header[:word], header[word + 1 :]])
    return grid


def _unpadded(console: Console, grid: Table, measured: _Measured) -> RenderableType:
    """The table drawn as rich draws it, its rows' cells without their ``Padding``: the header
    (and its rule) as rich draws it, alone, then the rows in a table of the same widths (set, or
    as :func:`_measure` found them, the ones rich gives them), no padding and the padding's
    spaces in the dividers (:func:`_spaced_box`). The same bytes (a padding is a cell's spaces
    either side of its divider, none at the edges: ``pad_edge=False``), each cell rendered once
    instead of twice (its Text, then the Padding around it): a 3,000-row comparison ≈ 3,7 →
    3,1 s. As it is where rich would lay it out otherwise: a box it would substitute (an ASCII
    output, a legacy Windows console), a column of its own width among columns rich lays out."""
    from rich import box

    options = console.options
    if measured is None or options.ascii_only or options.legacy_windows or grid.show_edge:
        return grid
    if grid.box is not box.HEAVY_HEAD or grid.padding != (0, 1, 0, 1) or grid.pad_edge:
        return grid
    widths = [column.width for column in grid.columns]
    if None in widths:
        if any(w is not None for w in widths):
            return grid  # (some set, the others rich's: its layout at print)
        widths = list(measured[0])
    head = Table(show_edge=False, pad_edge=False)
    for column, width in zip(grid.columns, widths, strict=True):
        column.width = width
        head.add_column(
            column.header,
            width=width,
            justify=column.justify,
            no_wrap=column.no_wrap,
            overflow=column.overflow,
        )
    grid.show_header = False
    grid.padding = 0
    grid.box = _spaced_box()
    return Group(head, grid)


def _code_and(code: Text) -> Text:
    """A kode and the space before the name that follows it; nothing for no kode (an indikator
    kegiatan often has none: its name then starts the line, not a space)."""
    return code.append(" ") if code.plain else code


def _cards(grid: Table) -> list[RenderableType]:
    """The table's rows as cards, on a terminal too narrow for its columns: the kode and the
    name, then each figure under its column's word ("Target: 3,22 → 3,32"), indented."""
    from rich.padding import Padding

    at = _kode(grid)
    heads = [str(c.header).split(" ")[0] for c in grid.columns]
    rating = grid.columns[at + 4].header
    if rating and str(rating).endswith(" B"):
        heads[at + 4] = str(rating)  # (two offices: "Kategori B")
    out: list[RenderableType] = []
    for i in range(grid.row_count):
        cells = [c._cells[i] for c in grid.columns]
        name = cells[at]
        assert isinstance(name, Text)
        if at:  # (else the kode in bold is the name cell's first word already)
            code = cells[0].copy()
            assert isinstance(code, Text)
            code.stylize("bold")
            name = _code_and(code).append_text(name)
        out.append(name)
        for head, cell in zip(heads[at + 1 :], cells[at + 1 :], strict=True):
            assert isinstance(cell, Text)
            out.append(Padding(Text.assemble(f"{head}: ", cell), (0, 0, 0, 2), expand=False))
    return out


def _paired(line: str, width: int) -> list[str]:
    """A line of :func:`pair_lines` as printed: an indented command ("  lkj-tui compare ID
    --store X") folded at its options where it is wider than ``width``, as the words around it
    are broken (to a pipe with ``COLUMNS`` too: its ``status --all … --pemerintah "…" --store
    …`` stood out at 104 characters under 80-column lines; to a pipe without, whole); words
    broken at their spaces (:func:`_unfolded`)."""
    if line.startswith("  lkj-tui "):
        from lkj_tui.cli.output import fold_command

        return fold_command(line[2:], width, 2)
    return _unfolded(line, width)


def _unfolded(text: str, width: int, indent: int = 0) -> list[str]:
    """``text`` broken at its spaces into lines of at most ``width`` cells, a word wider than
    that (an id, a path) whole on a line of its own, never folded: it is typed again; the lines
    after the first after ``indent`` spaces (none on a terminal of less than three times it)."""
    lead = " " * indent if indent * 3 < width else ""
    lines: list[str] = []
    line, used = "", 0
    for word in text.split(" "):
        size = cell_len(word)
        if line and used + 1 + size > width:
            lines.append(line)
            line, used = lead, len(lead)
        if line.strip():
            line, used = f"{line} {word}", used + 1 + size
        else:
            line, used = line + word, used + size
    return [*lines, line]


def _piped(console: Console) -> bool:
    """Whether ``console`` writes to a pipe or a file with no width given (``COLUMNS``): each
    line of words is then written whole, as every command writes it there (rich wrapped it at
    its 80 columns, mid-sentence)."""
    return not console.is_terminal and not os.environ.get("COLUMNS", "").isdigit()


#: A kode's letters and its number ("IKU 2", "IKL 12"), one word where a list item wraps.
_KODE_GLUE = re.compile(r"(?<![^\s(:;])([A-Z]{2,5}) (?=\d)")


def _hanging(console: Console, line: Text) -> list[Text]:
    """A list item (a new, dropped or ambiguous indicator): its first line after two spaces, the
    lines it wraps onto after four, under its text rather than at column 0; measured as it is
    written (cleaned: "->" for "→" on an output that is not UTF-8)."""
    if _piped(console):  # (one line, as it is)
        return [Text("  ") + clean_text(line)]
    from lkj_tui.cli.plain import UNIT_GLUE, wrap

    text, room = clean_text(line), max(console.width - 4, 12)
    glued = _KODE_GLUE.sub(lambda m: m.group(1) + UNIT_GLUE, text.plain)
    if glued != text.plain:  # a candidate's kode whole: not "kemungkinan: IKU" / "2 Opini…"
        parts = [text[a:b] for a, b in wrap(glued, room)] or [text]
    else:
        parts = list(text.wrap(console, room))
    for part in parts:
        part.rstrip()
    return [Text("  ") + parts[0], *(Text("    ") + part for part in parts[1:])]


def _labelled(rows: list[Row], out: list[RenderableType], t: dict[str, str]) -> Iterator[Row]:
    """``rows`` one by one; before the first of each kind but the IKU, its label ("Indikator
    kinerja lainnya") is put in ``out``, as the table labels them."""
    for kind, run in groups(rows):
        if kind != "iku":
            out.append(Text(f"  {t.get(f'group:{kind}', kind)}", style="bold"))
        yield from run


def _office(meta: ReportMeta) -> str:
    """The instansi, cleaned, with its government where its name does not say it: "Kecamatan
    Pino (Kabupaten Seluma)", one of ten offices of that name in a province's store (the title
    said "Kecamatan Pino" alone); "Dinas Kesehatan Kabupaten Kaur" as it is."""
    from lkj_tui.core.years import government, norm_name

    name, region = clean_line(meta.instansi), government(meta.pemerintah)
    return f"{name} ({region})" if region and norm_name(region) not in norm_name(name) else name


def render(
    console: Console,
    comparison: Comparison,
    rows: list[Row],
    lang: str,
    paired: Iterable[str] = (),
) -> None:
    """The comparison on the terminal; ``paired``: the lines saying how the pair was picked
    (:func:`pair_lines`), under the title."""
    t = TEXT[lang]
    old, new = comparison.old.report.meta, comparison.new.report.meta
    out: list[RenderableType] = []
    across = comparison.across
    width = console.width
    prose = sys.maxsize if _piped(console) else width
    if across:  # two offices (or one year twice): the sides are A and B, each named once
        out.append(Text(t["title_across"], style="bold"))
        for label, meta in (("A", old), ("B", new)):
            side = ours(t["side"]).format(
                label=label, instansi=_office(meta), tahun=meta.tahun, id=meta.id
            )
            # (its lines under its name, not at column 0 under "A": "   rejang-lebong-…-2025")
            lines = _unfolded(clean_line(side), prose, len(label) + 2)
            out += [Text(part, overflow="ignore") for part in lines]
        if not same_office(old, new):
            out.append(Text(t["by_name_only"], style="yellow"))
    else:
        title = ours(t["title"]).format(a=old.tahun, b=new.tahun, instansi=_office(new))
        out.append(Text(title, style="bold"))
        if comparison.renamed is None and clean_line(old.instansi) != clean_line(new.instansi):
            a, b = clean_line(old.instansi), clean_line(new.instansi)
            out.append(Text(t["other_instansi"].format(a=a, b=b), style="yellow"))
    # (an id wider than the terminal is never folded: on a line of its own, whole, to be typed)
    out += [Text(part, "dim", overflow="ignore") for ln in paired for part in _paired(ln, prose)]
    # ("0 hilang | 6 ambigu" where not UTF-8: its "·" written "-" read as a subtraction)
    counts = ours(t["counts_across" if across else "counts"]).format(**comparison.counts(rows))
    out.append(Text(counts))
    matched = [r for r in rows if r.state == "matched"]
    # as an LKj: the IKU's table, then the indikator lainnya's under their label (its Tabel 3.3.2)
    short = False  # (a table's points "pts" in English: the legend's too)
    for kind, run in groups(matched):
        out.append(Text())
        if kind != "iku":
            out.append(Text(t.get(f"group:{kind}", kind), style="bold"))
        apart = width >= _KODE_APART
        marked = width < _RENAMES_UNDER
        rated = width < _RATED_UNDER
        grid = _table(run, comparison, lang, apart, width < _POINTS_SHORT, marked, rated)
        measured = _measure(console, grid)
        kode = 0 if apart else _kode_room(run, TEXT[lang]["code"])
        kode += _rating_room(grid) if rated else 0  # (cards where they were before: exp70)
        if _too_narrow(measured, kode):  # (a card's line has room for "points")
            out += _cards(_table(run, comparison, lang, apart))
        else:
            short = short or width < _POINTS_SHORT
            kept = _kept_whole(console, grid, measured)
            out.append(
                _unpadded(
                    console,
                    _headers_kept(_units_whole(_words_whole(console, grid, kept)), measured),
                    measured,
                )
            )
            renames = _renames(run, comparison, lang) if marked else []
            out += [part for line in renames for part in _hanging(console, line)]
        notes = _satuan(run, comparison, lang) + _units(run, comparison, lang)
        out += [part for line in notes for part in _hanging(console, line)]
    said = change_legend(matched, comparison.labels[0], lang, short=short)
    if said:  # ("↑ 3,01 %" read as points, "↓ 4,5 poin" as a percent of last year's: vals59)
        out += [Text(), *_hanging(console, Text(f"{t['change']}: {said}", "dim"))]
    for state in ("new", "dropped"):
        listed = [r for r in rows if r.state == state]
        if listed:
            heading = t[f"{state}_across" if across else state]
            out += [
                Text(),
                Text(
                    heading.format(a=old.tahun, b=new.tahun, n=grouped(len(listed), lang)), "bold"
                ),
            ]
            for r in _labelled(listed, out, t):
                ev = r.new if r.new is not None else r.old
                assert ev is not None and ev.node.measure is not None
                line = _code_and(safe(ev.node.code))
                line.append_text(_words(ev.node.name, 90))
                line.append(parent_label(comparison, r, lang), style="dim")
                label = comparison.labels[0 if r.new is None else 1]
                line.append(ours(" — ") + _realisasi_said(ev.node.measure, label, t), style="dim")
                out += _hanging(console, line)
    ambiguous = [r for r in rows if r.state == "ambiguous"]
    if ambiguous:
        out += [Text(), Text(t["ambiguous"].format(n=grouped(len(ambiguous), lang)), "bold yellow")]
        for r in _labelled(ambiguous, out, t):
            line = _code_and(safe(r.node.code))
            line.append_text(_words(r.node.name, 60))
            line.append(parent_label(comparison, r, lang), style="dim")
            line.append(ours(f" — {t['candidates']}: "), style="dim")
            said = comparison.candidates_of(
                r,
                lambda c: clean_words(f"{c.code} {c.name}", 60),
                lambda p: _parents_said(p, lang),
                lang,
                lambda text: clean_words(text, 40),
            )  # (a name cut as the row's: each of a few candidates whole with its parents)
            line.append_text(_words("; ".join(said), 240 * min(len(said), CANDIDATES_APART)))
            out += _hanging(console, line)
    lines = [clean_text(r) if isinstance(r, Text) else r for r in out]
    if prose != width:
        for r in lines:
            if isinstance(r, Text):
                r.no_wrap, r.overflow = True, "ignore"
    console.print(_unspaced(console, Group(*lines)), crop=False)


def _realisasi_said(measure: Measure, label: object, t: dict[str, str]) -> str:
    """A new or dropped indicator's realisasi, said as one: "realisasi 2026: 18 Laporan", or
    "realisasi 2026 kosong" (years65: "— —", the dashes unexplained)."""
    if measure.realisasi and (said := clean_line(measure.realisasi)):
        return t["listed_realisasi"].format(year=label, value=said)
    return t["listed_no_realisasi"].format(year=label)


def _unspaced(console: Console, group: Group) -> RenderableType:
    """``group`` as rich lays it out, every line without the spaces it ends in: a line rich
    wrapped keeps the space it broke at ("… Kabupaten ", "realisasi naik 0, ") and a table's last
    column its padding, which no other command writes (piped, a ``grep 'x$'`` missed them)."""
    from rich.segment import Segment, Segments

    out: list[Segment] = []
    for line in Segment.split_lines(console.render(group, console.options)):
        while line and not line[-1].control and not line[-1].text.strip(" "):
            line.pop()  # (a run of padding, or the space a wrap left)
        if line and not line[-1].control:
            last = line[-1]
            line[-1] = Segment(last.text.rstrip(" "), last.style)
        out += line
        out.append(Segment.line())
    return Segments(out)


def run_compare(
    store_path: Path | None,
    first: str | None,
    second: str | None,
    as_json_out: bool,
    lang: str,
    all_levels: bool,
) -> int:
    store = open_store(store_path, lang=lang)
    kinds = ALL_KINDS if all_levels else KINDS
    old, new, picked = load_pair(store, first, second, lang, kinds, store_path)
    comparison = compare(old, new, picked.renamed)
    rows = comparison.of_kinds(kinds)
    if as_json_out:
        from lkj_tui.cli.status import dumps

        sys.stdout.write(dumps(as_json(comparison, rows, picked)) + "\n")
        return 0
    paired = pair_lines(comparison, picked, lang, store_path)
    render(Console(highlight=False), comparison, rows, lang, paired)
    return 0


def comparison_pieces(
    store: StoreReader, report: Report, other_id: str, lang: str, store_path: Path | None = None
) -> Iterator[str]:
    """``export --compare OTHER``: the comparison of the exported report with ``other_id`` (the
    older of the two is the base), as a Markdown section in pieces made as they are written
    (another report not there, or the same, is refused when called, before any)."""
    from lkj_tui.export.compare import comparison_pieces

    try:
        other = store.load(other_id).report
    except StoreError as exc:
        fail_store(exc, store_path, lang)
    if other.meta.id == report.meta.id:
        fail(TEXT[lang]["same"].format(id=clean_line(other_id)), 2)
    old, new = (other, report) if other.meta.tahun <= report.meta.tahun else (report, other)
    a, b = old.meta, new.meta
    how = renamed_pair((a.id, a.instansi, a.tahun), (b.id, b.instansi, b.tahun), source_report(new))
    comparison = compare(Evaluation(old), Evaluation(new), how)
    return comparison_pieces(comparison, comparison.of_kinds(KINDS), lang)


def rollup_bytes(
    store: Store,
    lang: str,
    today: datetime.date | None,
    tahun: int | None,
    pemerintah: str | None,
    fmt: str = "md",
    store_path: Path | None = None,
) -> bytes:
    """``export --all``: the roll-up of one year's reports (default: the latest year), optionally
    of one region (``pemerintah`` contains the text, case ignored). The listing (the store's index
    on a big store) picks the year's reports, of the region by their pemerintah; only those are
    read (a province's ``--pemerintah kaur`` read the ten governments' 400 to keep 40), and of
    every other office (an instansi with no report of the year) its latest report, when a region
    is asked for: those offices are named with the years the store holds of them, never left out
    unsaid."""
    from lkj_tui.core.years import norm_name
    from lkj_tui.export.compare import render_rollup, rollup_workbook

    t = TEXT[lang]
    with listing_progress(lang) as progress:
        infos, errors = store.list_reports(skip_broken=True, progress=progress)
    if not infos:  # (none read: the first file's refusal, as status says it; "penyimpanan
        if not errors:  # tidak berisi laporan" of a store whose one report is a symlink: cli61)
            no_report(store, store_path, lang)
        fail_store(errors[0], store_path, lang)
    held = sorted({i.tahun for i in infos})
    check_year(tahun, held, lang)
    year = tahun if tahun is not None else held[-1]
    region = Region(pemerintah, lang)
    evaluations = []
    opts = store_option(store_path, lang)  # (a restore hint reaches the store the user named)
    unreadable = [e.pieces(lang, opts) for e in errors]  # (Markdown: code apart)
    year_reports: list[tuple[str, str, int, str | None, str]] = []  # (for pair_offices)
    governments: dict[str, set[str]] = {}  # (each name's governments of the year)
    government_of: dict[str, str] = {}  # (each report's of the year, by id)
    for info in (i for i in infos if i.tahun == year):
        government_of[info.id] = norm_name(info.pemerintah)
        governments.setdefault(norm_name(info.instansi), set()).add(government_of[info.id])
        if not region.holds(info.pemerintah):  # (the listing's: another region's is not read)
            year_reports.append((info.id, info.instansi, year, None, info.pemerintah))
            continue
        try:
            report = store.load(info.id).report
        except StoreError as exc:
            unreadable.append(exc.pieces(lang, opts))
            continue
        source = source_report(report)
        year_reports.append((info.id, info.instansi, year, source, info.pemerintah))
        evaluations.append(Evaluation(report))
    if region and not evaluations and region.elsewhere:
        region.none_held(year)
    others = [(i.id, i.instansi, i.tahun, i.pemerintah) for i in infos if i.tahun != year]
    pairings = pair_offices(year_reports, others)
    shown = {ev.report.meta.id for ev in evaluations}
    renamed = _renamed(infos, pairings, shown)
    for p in pairings:  # (a renamed office's old name is its government's, not every one's)
        governments.setdefault(p.office, set()).add(government_of[p.report_id])
    regions = {norm_name(ev.report.meta.pemerintah) for ev in evaluations}
    missing = _without_the_year(infos, year, region, pairings, governments, regions)
    before = (
        _year_before(store, infos, evaluations, pairings, year, unreadable, lang, opts)
        if year - 1 in held
        else {}
    )
    if fmt == "xlsx":
        from lkj_tui.export.spreadsheet import EXCEL_CELL_LIMIT, TooLongError

        try:
            return rollup_workbook(
                evaluations, lang, missing=missing, tahun=year, renamed=renamed, before=before
            )
        except TooLongError as exc:  # (Excel would cut the text: no workbook, and why)
            n, limit = f"{exc.length:,}", f"{EXCEL_CELL_LIMIT:,}"
            if lang != "en":
                n, limit = n.replace(",", "."), limit.replace(",", ".")
            fail(t["too_long"].format(place=clean_line(exc.place, 80), n=n, limit=limit))
    # (the title names the governments, "Pemerintah Kabupaten Kaur", not the text typed, "kaur",
    # nor "bengkulu" for four governments' reports: Region.titled)
    return render_rollup(
        evaluations,
        lang=lang,
        today=today,
        region=region.titled(ev.report.meta.pemerintah for ev in evaluations),
        tahun=year,
        unreadable=unreadable,
        missing=missing,
        renamed=renamed,
        before=before,
    ).encode("utf-8")


def _year_before(
    store: Store,
    infos: list[ReportInfo],
    evaluations: list[Evaluation],
    pairings: list[Pairing],
    year: int,
    unreadable: list[list[tuple[str, bool]]],
    lang: str,
    opts: str = "",
) -> dict[str, SameIku]:
    """Each report of the roll-up's year (by id) with its office's two years over the IKU both
    have (:func:`~lkj_tui.core.compare.same_iku`), where the store holds the office's report of
    the year before: the office of the same name, or the one a report renamed is paired with
    (``pairings``); of two reports of one office that year, the one of the same id but for the
    year, else none (never a guess). The listing finds it; it is read (one a report, an
    unreadable one listed in ``unreadable``)."""
    from lkj_tui.core.compare import same_iku
    from lkj_tui.core.years import id_stem, norm_name

    offices: dict[str, list[ReportInfo]] = {}
    by_id = {info.id: info for info in infos}
    for info in infos:
        if info.tahun == year - 1:
            offices.setdefault(norm_name(info.instansi), []).append(info)
    # (a renamed office's: of the id of the report it was paired with, but for the year; one
    # made with new --from under another id was found by its own id, none, where another
    # government's office had its old name that year)
    office_of = {p.report_id: (p.office, p.how, _stem(by_id.get(p.earlier))) for p in pairings}
    out: dict[str, SameIku] = {}
    for ev in evaluations:
        meta = ev.report.meta
        own = id_stem(meta.id, meta.tahun)
        office, how, stem = office_of.get(meta.id, (norm_name(meta.instansi), None, own))
        # (of its own government, as the listing says it; then, of two, the one of its id)
        found = [f for f in offices.get(office, []) if same_region(f.pemerintah, meta.pemerintah)]
        if len(found) > 1:
            found = [f for f in found if stem and id_stem(f.id, f.tahun) == stem]
        if len(found) == 1:
            try:
                old = store.load(found[0].id).report
            except StoreError as exc:
                unreadable.append(exc.pieces(lang, opts))
                continue
            if how is None and not same_office(old.meta, meta):
                continue  # (another government's office of the name: not this one's year)
            out[meta.id] = same_iku(Evaluation(pruned(old, KINDS)), ev, how)
    return out


def _renamed(infos: list[ReportInfo], pairings: list[Pairing], shown: set[str]) -> list[Renamed]:
    """Each report of the roll-up (``shown``) paired with an office of another name: its
    instansi, the office's latest name and the years the store holds of it, how they were paired
    and the earlier report's id; by the report's instansi."""
    from lkj_tui.core.years import norm_name

    by_id = {i.id: i for i in infos}
    out = []
    for p in pairings:
        if p.report_id not in shown:  # (another region's report)
            continue
        stem = _stem(by_id.get(p.earlier))  # (another government's office of the name: not it)
        office = [
            i for i in infos if norm_name(i.instansi) == p.office and (not stem or _stem(i) == stem)
        ]
        latest = max(office, key=lambda i: (i.tahun, i.id))
        years = tuple(sorted({i.tahun for i in office}))
        now = by_id[p.report_id]
        out.append(Renamed(now.instansi, now.tahun, latest.instansi, years, p.how, p.earlier))
    return sorted(out, key=lambda r: norm_name(r.instansi))


def _stem(info: ReportInfo | None) -> str:
    """A listed report's id without its year (``id_stem``; "" for none)."""
    from lkj_tui.core.years import id_stem

    return id_stem(info.id, info.tahun) if info is not None else ""


def _without_the_year(
    infos: list[ReportInfo],
    year: int,
    region: Region,
    pairings: Collection[Pairing] = (),
    governments: Mapping[str, set[str]] | None = None,
    shown: Collection[str] = (),
) -> list[tuple[str, tuple[int, ...], str]]:
    """(instansi, the years the store holds of it, its latest report's pemerintah) of every
    office with reports of other years but none of ``year``, by instansi; of the ``region``
    only, by the pemerintah of each
    office's latest report (the listing's: none is read). An office paired
    with a report of the year under another name (``pairings``: its reports of the id of the
    one paired, but for the year) is not missing. An office whose name a report of the year
    has, or a paired office had, but of another government (``governments``: each name's,
    normalised, a paired office's with its report's of the year; its id, but for the year,
    none of the year's nor the paired one's), is missing all the same, named with its
    government: "Setwan (Kabupaten Seluma)" (it was left out unsaid; of a name another
    government's office renamed, too) where the export holds several governments (``shown``:
    those of its reports of the year, normalised, and the missing offices' read)."""
    from lkj_tui.core.years import government, norm_name

    names = {norm_name(i.instansi) for i in infos if i.tahun == year}
    have = names | {p.office for p in pairings}
    by_id = {i.id: i for i in infos}
    stems = {_stem(i) for i in infos if i.tahun == year}
    stems = (stems | {_stem(by_id.get(p.earlier)) for p in pairings}) - {""}
    offices: dict[tuple[str, str], list[ReportInfo]] = {}
    for info in infos:
        key = norm_name(info.instansi)
        if key not in have:
            offices.setdefault((key, ""), []).append(info)
        elif governments and info.tahun != year:
            stem = _stem(info)  # (another government's office of the name?)
            if stem and stem not in stems:
                offices.setdefault((key, stem), []).append(info)
    out = []
    held = set(shown)  # (the export's governments: one alone is never named after an office)
    for (key, stem), reports in offices.items():
        latest = max(reports, key=lambda i: (i.tahun, i.id))
        name, region_of = latest.instansi, ""
        if region or stem:
            if not region.holds(latest.pemerintah):
                continue
            held.add(norm_name(latest.pemerintah))
            if stem:  # (of a government that has no report of that name for the year)
                if norm_name(latest.pemerintah) in (governments or {}).get(key, ()):
                    continue
                region_of = government(latest.pemerintah) or "—"
        out.append((name, region_of, tuple(sorted({i.tahun for i in reports})), latest))
    several = len(held) > 1  # (--pemerintah kaur: every office is Kaur's, none named so)
    named = [
        (f"{n} ({r})" if r and several else n, years, latest.pemerintah)
        for n, r, years, latest in out
    ]
    return sorted(named, key=lambda o: norm_name(o[0]))
