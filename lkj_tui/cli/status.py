"""``lkj-tui status``: the quick summary of a report (rich), or of every report (``--all``)."""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Mapping, Sequence
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lkj_tui.cli.common import (
    Region,
    by_year,
    errors_json,
    fail,
    fail_store,
    listing_progress,
    no_report,
    open_store,
    pick_reports,
    store_message,
    store_option,
    warn_skipped,
    year_only_with_all,
)
from lkj_tui.cli.layout import (
    CELL_LIMIT,
    PARTS_GAP,
    UNDER_MARK,
    Hanging,
    Table,
    Unbroken,
    pct,
    rating_label,
    rating_style,
    text_lines,
)
from lkj_tui.cli.output import (
    Terminal,
    command_lines,
    dumps,
    keeping_parts,
    ours,
    told_lines,
    write,
)
from lkj_tui.cli.plain import Painter, Piece, table
from lkj_tui.cli.plain import cells as cells_of
from lkj_tui.core.evaluate import (
    Evaluated,
    Evaluation,
    conflict_figures,
    group_conflicts,
    printed_words,
    total,
)
from lkj_tui.core.gcpause import gc_paused
from lkj_tui.core.i18n import (
    achievement_text,
    capaian_text,
    figure_said,
    json_labels,
    table_name,
    target_said,
    tr,
    verdict_text,
)
from lkj_tui.core.model import Node
from lkj_tui.core.numbers import grouped
from lkj_tui.core.sanitize import clean_line, cut_at_word
from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.store import Store

if TYPE_CHECKING:
    from lkj_tui.core.achievement import Achievement
    from lkj_tui.core.evaluate import Summary
    from lkj_tui.core.merge import Conflict
    from lkj_tui.core.model import Report
    from lkj_tui.core.scales import Scales

_TEXT = {
    "id": {
        "title": "LKj {tahun} · {instansi}",
        "summary": "{n} IKU{sep}{under} di bawah target{sep}rata-rata capaian {avg}",
        "printed_avg": " (laporan mencetak {avg})",
        "of_iku": " ({m} dari {n} IKU)",
        "under_all": "Di bawah target, semua tingkat ({n})",
        "none_under": "Tidak ada yang di bawah target.",
        "more_under": " … dan {n} lainnya; semuanya: tombol u di TUI, atau {command}",
        "lainnya": "Indikator kinerja lainnya",
        "code": "Kode",
        "name": "Indikator",
        "printed": "Dicetak lain",
        "conflicts": "Target lain",
        "derived": " (TW)",
        "all_title": "Semua laporan ({n}), terburuk dulu",
        "all_title_year": "Semua laporan {tahun} ({n}), terburuk dulu",
        "all_title_years": "Semua laporan ({n}) per tahun, terbaru dulu; tiap tahun terburuk dulu",
        "all_year": "Tahun {tahun} ({n} laporan)",
        "all_under": "Di bawah target",
        "all_average": "Rata-rata capaian",
        "all_total": "Jumlah {tahun} ({n} laporan): ",
        "all_summary": "{n} IKU{sep}{under} di bawah target{sep}rata-rata capaian {avg}",
        "report": "Laporan",
        "unreadable": "tidak terbaca",
        "conflicts_head": "{n} konflik sinkronisasi menunggu pilihan (dua kantor mengubah isian "
        "yang sama; tabel di bawah memakai nilai di berkas):",
        "check_head": "{n} konflik sinkronisasi menunggu pilihan (dua kantor mengubah isian yang "
        "sama; reviu di bawah memakai nilai di berkas):",
        "conflict": "  {where}: di berkas {kept} · yang lain {other}",
        "conflicts_more": "  … dan {n} lainnya",
        "conflicts_next": "  Pilih: {resolve} (pertahankan atau ambil nilai yang lain; atau di "
        "TUI: {command}, tombol K); lalu lkj-tui sync{opts}",
        "all_conflicts": "Konflik sinkronisasi menunggu pilihan (rincian dan pilihannya: {resolve}, "
        "atau tombol K di TUI):",
        # (wider than the line: the list first, then the command whole on a line of its own)
        "all_conflicts_head": "Konflik sinkronisasi menunggu pilihan:",
        "all_conflicts_then": "Tunjukkan dan pilih (atau K di TUI):",
        "all_conflict": "  {id}: {n} konflik",
        "all_conflict_new": " ({k} baru)",
        "fresh_some": "  {new} baru dari sinkronisasi {at}, {old} dari sebelumnya.",
        "fresh_all": "  Semuanya baru dari sinkronisasi {at}.",
        "fresh_none": "  Semuanya dari sebelum sinkronisasi {at}.",
        "fresh_mark": " (baru)",
    },
    "en": {
        "title": "LKj {tahun} · {instansi}",
        # (the report's word for its average, as status --all, compare, the overview and the
        # exports say it: one English word for one figure, docs/glossary.md)
        "summary": "{n} IKU{sep}{under} under target{sep}average capaian {avg}",
        "printed_avg": " (the report prints {avg})",
        "of_iku": " ({m} of {n} IKU)",
        "under_all": "Under target, every level ({n})",
        "none_under": "Nothing is under target.",
        "more_under": " … and {n} more; all of them: key u in the TUI, or {command}",
        "lainnya": "Other performance indicators",
        "code": "Code",
        "name": "Indicator",
        "printed": "Printed elsewhere",
        "conflicts": "Other targets",
        "derived": " (TW)",
        "all_title": "All reports ({n}), worst first",
        "all_title_year": "All reports of {tahun} ({n}), worst first",
        "all_title_years": "All reports ({n}) by year, newest first; in each year worst first",
        "all_year": "{tahun} ({n} reports)",
        "all_year_1": "{tahun} (1 report)",
        "all_under": "Under target",
        # (offices side by side keep the report's word, as compare, the overview and the
        # exports do: docs/glossary.md)
        "all_average": "Average capaian",
        "all_total": "Total {tahun} ({n} reports): ",
        "all_summary": "{n} IKU{sep}{under} under target{sep}average capaian {avg}",
        "report": "Report",
        "unreadable": "unreadable",
        "conflicts_head": "{n} sync conflicts wait for a choice (two offices changed the same "
        "field; the tables below use the value in the file):",
        "conflicts_head_1": "1 sync conflict waits for a choice (two offices changed the same "
        "field; the tables below use the value in the file):",
        "check_head": "{n} sync conflicts wait for a choice (two offices changed the same field; "
        "the reviu below uses the value in the file):",
        "check_head_1": "1 sync conflict waits for a choice (two offices changed the same field; "
        "the reviu below uses the value in the file):",
        "conflict": "  {where}: in the file {kept} · other {other}",
        "conflicts_more": "  … and {n} more",
        "conflicts_next": "  Choose: {resolve} (keep, or take the other value; or in the TUI: "
        "{command}, key K); then lkj-tui sync{opts}",
        "all_conflicts": "Sync conflicts wait for a choice (the details and the choice: {resolve}, "
        "or key K in the TUI):",
        "all_conflicts_head": "Sync conflicts wait for a choice:",
        "all_conflicts_then": "Show and choose (or key K in the TUI):",
        "all_conflict": "  {id}: {n} conflicts",
        "all_conflict_1": "  {id}: 1 conflict",
        "all_conflict_new": " ({k} new)",
        "fresh_some": "  {new} new from the sync of {at}, {old} from before.",
        "fresh_all": "  All new from the sync of {at}.",
        "fresh_none": "  All from before the sync of {at}.",
        "fresh_mark": " (new)",
    },
}


#: The conflicts' "Pilih: …" when it is wider than the terminal's line: the words around the three
#: commands, each command on a line of its own (broken between its words at 40 columns, or
#: followed by ", tombol K); lalu" at 80, no line of it could be copied as a command).
_APART = {
    "id": (
        "  Pilih (pertahankan atau ambil nilai yang lain) dengan:",
        "  atau di TUI, tombol K:",
        "  lalu kirim pilihannya:",
    ),
    "en": (
        "  Choose (keep, or take the other value) with:",
        "  or in the TUI, key K:",
        "  then send the choice:",
    ),
}


#: A report of ``status --all`` on a console too narrow for the columns (plain.table's cards): its
#: figures as the summary says them, the count under target in its colour.
_CARD = {
    "id": ("{n} IKU", "{under} di bawah target", "rata-rata capaian {avg}"),
    "en": ("{n} IKU", "{under} under target", "average capaian {avg}"),
}


#: The under-target list shows this many items at most, then how many more there are: a report of
#: 100,000 measures has ≈ 25,000, which no one reads in a terminal (docs/performance.md).
UNDER_SHOWN = 100


def of_iku(measured: int, indicators: int, lang: str) -> str:
    """Of how many IKU the average is, when some IKU have no capaian (" (12 dari 14 IKU)"): an
    average of part of the IKU read as the whole report's (export --all's roll-up says it the
    same way); "" when every IKU has one."""
    if measured >= indicators:
        return ""
    return _TEXT[lang]["of_iku"].format(m=measured, n=indicators)


def _line(text: str) -> str:
    """A value or name from the report inside a row's note: cleaned, at most 80 characters."""
    return clean_line(text, 80)


def _value(text: str, lang: str, limit: int = CELL_LIMIT) -> str:
    """A target, a realisasi or a figure printed elsewhere, cleaned, at most ``limit``
    characters: a number or word longer than a cell's room is its start and its length
    ("99999999999… (200 digit)", core/longvalue.py), as every front end says it; its cell read
    "99999999999999…", as long as what the report printed."""
    if len(text) > 17:  # (shorter than a run longvalue cuts at its room of 24: most values)
        from lkj_tui.core.longvalue import CELL_ROOM, clip_value

        text = clip_value(text, CELL_ROOM, lang)
    return clean_line(text, limit)


def _num(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _row_note(evaluation: Evaluation, ev: Evaluated, lang: str) -> list[Piece]:
    """The line under a row: every printed figure that differs from ours (naming its table) and
    every conflicting target for the report year (with the capaian it would give). (Its " · "
    is " / " under a table on an output that is not UTF-8, where "-" would read as a minus and
    "|" as a column rule: layout.NOTE_SEP; a card's is " | ": layout.Table.cards.)"""
    t, tahun = _TEXT[lang], evaluation.report.meta.tahun
    out: list[Piece] = []
    year_target = ("target", f"target:{tahun}")
    differing = [
        f
        for f in evaluation.figures(ev.node.id)
        if f.matches is False and f.printed.field not in year_target
    ]
    if differing:
        out.append((f"{t['printed']}: ", "bold magenta"))
        for i, figure in enumerate(differing):
            p = figure.printed
            if i:
                out.append((" · ", ""))
            word, value = printed_words(p.field, p.value, lang)
            word = f"{clean_line(word, 40)} " if word else ""
            out.append(
                (
                    f"{word}{_value(value, lang, 40)} ({clean_line(table_name(p.table, lang), 60)})",
                    "magenta",
                )
            )
    conflicts = evaluation.target_conflicts(ev.node.id)
    if conflicts:
        if out:
            out.append((PARTS_GAP, ""))  # (a line of its own where the note wraps)
        out.append((f"{t['conflicts']}: ", "bold yellow"))
        groups = group_conflicts(conflicts)  # one entry per value, naming every source
        for i, group in enumerate(groups):
            if i:
                out.append((" · ", ""))
            sources = "; ".join(clean_line(table_name(c.source, lang), 60) for c in group)
            figures = conflict_figures(ev.node.measure, group[0].source, group[0].value)
            shown = _value(group[0].value, lang, 40)  # (names read at 80)
            value, sources = target_said(figures, shown, sources, lang, _line)
            said = figure_said(group[0].figure, lang, _line)  # ("terhadap 89,00: ", one cell)
            out.append((f"{value} ({sources}) → {said}", ""))
            ach = group[0].achievement
            if ach.verdict:  # met or not, no capaian %: said as the TUI and the export say it
                out.append((achievement_text(ach, lang), ""))
                out += [(f" {UNDER_MARK}", "bold red")] if ach.under_target else []
            else:
                out += _capaian(ach, lang)
    return out


def item_json(evaluation: Evaluation, ev: Evaluated, lang: str = "id") -> dict[str, Any]:
    node, ach, ren = ev.node, ev.achievement, ev.renstra
    sasaran = evaluation.report.sasaran_of(node.id)
    reported = ev.printed_capaian("capaian")
    reported_ren = ev.printed_capaian("capaian_renstra")
    assert node.measure is not None
    return {
        "id": node.id,
        "level": node.level,
        "code": node.code,
        "name": node.name,
        "sasaran": sasaran.name if sasaran else None,
        "target": node.measure.target,
        "realisasi": node.measure.realisasi,
        "achievement": _num(ach.rounded) if ach else None,
        "rating": ach.rating if ach else None,
        **(json_labels(ach, evaluation.scales, lang) if ach else _NO_LABELS),
        "under_target": ach.under_target if ach else None,
        "method": ach.method if ach else None,
        # (in the language asked: with --lang en it was Indonesian, cli67)
        "explanation": ach.explanation(lang) if ach else None,
        "reported_achievement": _num(reported.value) if reported else None,
        "renstra_achievement": _num(ren.rounded) if ren else None,
        "reported_renstra_achievement": _num(reported_ren.value) if reported_ren else None,
        "target_akhir": node.measure.target_akhir,
        "polarity": node.measure.polaritas,
        "realisasi_derived": ev.derived.to_json() if ev.derived is not None else None,
        "printed": [f.to_json() for f in evaluation.figures(node.id)],
        "target_conflicts": [c.to_json() for c in evaluation.target_conflicts(node.id)],
    }


#: An item's ``rating_label`` and ``method_label`` (:func:`json_labels`) without a capaian.
_NO_LABELS = {"rating_label": None, "method_label": None}


def report_json(
    evaluation: Evaluation, conflicts: tuple[Conflict, ...] = (), lang: str = "id"
) -> dict[str, Any]:
    meta, summary = evaluation.report.meta, evaluation.summary()
    return {
        "report": {"id": meta.id, "instansi": meta.instansi, "year": meta.tahun},
        "summary": {
            "indicators": summary.indicators,
            "under_target": summary.under_target,
            "average_achievement": _num(summary.average),
            "measured_indicators": summary.measured,
            "by_rating": summary.by_rating,
            "under_target_all_levels": summary.under_all_levels,
            "reported_average_achievement": _num(summary.printed_average),
        },
        "items": [item_json(evaluation, ev, lang) for ev in evaluation.items()],
        "conflicts": [c.to_json() for c in conflicts],
    }


#: The widest rating shown in the table (a region's own band labels can be any text).
RATING_LIMIT = 20


def _capaian(ach: Achievement | None, lang: str) -> list[Piece]:
    """A capaian with its under-target mark (``format.capaian_cell``, as pieces)."""
    if ach is None or ach.rounded is None:
        if ach is not None and ach.verdict:  # met or not, no capaian % (format.capaian_cell)
            mark = [(f" {UNDER_MARK}", "bold red")] if ach.under_target else []
            return [(ach.format(lang), ""), *mark]
        return [(capaian_text(None, lang), "dim")]
    return (
        [(capaian_text(ach.rounded, lang), ""), (f" {UNDER_MARK}", "bold red")]
        if ach.under_target
        else [(capaian_text(ach.rounded, lang), "")]
    )


def _rating(ach: Achievement | None, lang: str, scales: Scales, limit: int | None = None) -> Piece:
    """The rating's label in its colour, cut to ``limit`` characters (``format.rating_cell``)."""
    if ach is None or ach.rating is None:
        if ach is not None and ach.verdict:
            return (verdict_text(ach.met, lang), "bold red" if ach.under_target else "")
        return ("—", "dim")
    label = rating_label(ach.rating, scales, lang)
    if limit is not None and len(label) > limit:
        label = clean_line(label, limit)
    return (label, rating_style(ach.rating, scales))


#: The indicator's name gets at least this many cells of a line, or the table is printed as
#: cards: at 60 columns a kabupaten's names were folded into 6 cells ("Perse…" / "pelay…"); at 80
#: they get 13 to 25, a word each line at least (a table, as before).
NAME_LEAST = 12


def _indicator_table(
    evaluation: Evaluation, rows: list[Evaluated], lang: str, t: dict[str, str]
) -> Table:
    # What rich's Table(expand=False, show_edge=False, pad_edge=False) prints (cli/layout.py).
    # The figures printed elsewhere and the conflicting targets go on a line under the row (a
    # column for them would squeeze the others at 80 columns and cut the rating). Only the
    # capaian and the rating never wrap, and the rating is cut at RATING_LIMIT: once the columns
    # that do not wrap are wider than the terminal, rich shrinks every column evenly, to nothing
    # (a 60-character code, unwrapped, took an 80-column table's name, target and realisasi). No
    # column has a minimum width either: rich widens such a column again after fitting the
    # table, and the line then runs past the terminal's edge, which cuts the rating.
    table = Table()
    table.add_column(t["code"])
    table.add_column(t["name"])
    table.add_column(tr("target", lang), justify="right")
    table.add_column(tr("realisasi", lang), justify="right")
    table.add_column(tr("capaian", lang), justify="right", no_wrap=True)
    table.add_column(tr("rating", lang), no_wrap=True)
    table.least = (1, NAME_LEAST)  # (a narrower name column: each IKU a card)
    for ev in rows:
        m = ev.node.measure
        assert m is not None
        realisasi = [(_value(ev.realisasi or "—", lang), "")]
        if ev.derived is not None and ev.derived.raw is not None:
            realisasi.append((t["derived"], "dim"))
        table.add_row(
            [(clean_line(ev.node.code or "", CELL_LIMIT), "")],
            [(clean_line(ev.node.name or "", CELL_LIMIT), "")],
            [(_value(m.target or "—", lang), "")],
            realisasi,
            _capaian(ev.achievement, lang),
            [_rating(ev.achievement, lang, evaluation.scales, RATING_LIMIT)],
            note=_row_note(evaluation, ev, lang),
        )
    return table


def render_report(
    terminal: Terminal,
    evaluation: Evaluation,
    lang: str,
    conflicts: tuple[Conflict, ...] = (),
    command: str = "",
    fresh: Fresh | None = None,
    versions: Versions | None = None,
) -> str:
    """The summary of one report: the lines rich's console printed for it (less their trailing
    spaces), laid out by cli/layout.py without rich's ``Text`` or console; with the merge
    conflicts its file records (``conflicts``; ``fresh``: those the last sync brought, as
    :func:`fresh_of`) and how to choose (``command`` opens the TUI on it)."""
    painter = Painter(terminal, lang)
    utf8 = terminal.encoding.startswith("utf")
    lines: list[str] = []
    laid = settle(
        parts(evaluation, lang, conflicts, command, fresh, painter.sep, versions), painter
    )
    for part in laid:
        lines += part.lines(painter, utf8) if isinstance(part, Table) else text_lines(painter, part)
    return "\n".join(lines) + "\n"


def settle(out: list[list[Piece] | Table], painter: Painter) -> list[list[Piece] | Table]:
    """``out`` with every table printed as cards when one is (:data:`NAME_LEAST`): a summary
    of cards and tables mixed, sasaran by sasaran, read as two layouts."""
    tables = [part for part in out if isinstance(part, Table)]
    if any(table.wants_cards(painter) for table in tables):
        for table in tables:
            table.carding = True
    return out


def parts(
    evaluation: Evaluation,
    lang: str,
    conflicts: tuple[Conflict, ...] = (),
    command: str = "",
    fresh: Fresh | None = None,
    sep: str = " · ",
    versions: Versions | None = None,
) -> list[list[Piece] | Table]:
    """The lines (lists of pieces, each piece cleaned) and tables of a report's summary;
    ``sep`` between the parts of a line (" | " on an output that is not UTF-8)."""
    out: list[list[Piece] | Table] = []
    t, report = _TEXT[lang], evaluation.report
    summary = evaluation.summary()
    instansi = clean_line(report.meta.instansi, CELL_LIMIT)
    out.append([(ours(t["title"]).format(tahun=report.meta.tahun, instansi=instansi), "bold")])
    line = [
        (
            t["summary"].format(
                n=summary.indicators,
                under=summary.under_target,
                avg=pct(summary.average),
                sep=sep,
            )
            + of_iku(summary.measured, summary.indicators, lang),
            "",
        )
    ]
    if summary.printed_average is not None and summary.printed_average != summary.average:
        line.append((t["printed_avg"].format(avg=pct(summary.printed_average)), "magenta"))
    out.append(line)
    ratings: list[Piece] = []
    for label, count in summary.by_rating.items():  # the report's own labels, best first
        ratings.append(
            (rating_label(label, evaluation.scales, lang), rating_style(label, evaluation.scales))
        )
        ratings.append((f" {count}   ", ""))
    # broken between the bands only ("Sangat" / "Rendah 0" read as two)
    out.append(
        Hanging(
            ratings,
            0,
            [f"{ratings[n][0]}{ratings[n + 1][0].rstrip()}" for n in range(0, len(ratings), 2)],
        )
    )
    if conflicts:
        out += conflict_lines(
            evaluation.report, conflicts, lang, command, fresh=fresh, versions=versions
        )
    # Each sasaran with the IKU beneath it, in report order: a sasaran's subtree is one run of the
    # walk, so the sasaran (outermost first) come in the order of their first IKU.
    sasaran_iku: dict[str, tuple[Node, list[Evaluated]]] = {}
    for ev in evaluation.items(["iku"]):
        for up in reversed(report.ancestors(ev.node.id)):
            if up.kind == "sasaran":
                sasaran_iku.setdefault(up.id, (up, []))[1].append(ev)
    for sasaran, iku in sasaran_iku.values():
        if not iku:
            continue
        out.append([])
        code, name = clean_line(sasaran.code, 100), clean_line(sasaran.name or "", CELL_LIMIT)
        out.append([(f"{code} " if code else "", "bold"), (name, "")])  # (no code: no space)
        out.append(_indicator_table(evaluation, iku, lang, t))
    lainnya = evaluation.items(["lainnya"])
    if lainnya:
        out.append([])
        out.append([(t["lainnya"], "bold")])
        out.append(_indicator_table(evaluation, lainnya, lang, t))
    if not report.roots():  # (made by new: "Tidak ada yang di bawah target." said nothing)
        from lkj_tui.cli.common import empty_report

        opts = options_of(command, report.meta.id) if command else store_option(None, lang)
        out.append([])
        for line, command in empty_report(report.meta.id, opts, lang):
            if command:  # (folded at its options on a terminal, as new's)
                out += [Unbroken([(text, "")]) for text in command_lines(line, 2)]
            else:
                out.append(Hanging([(line, "")], 0))
        return out
    under = evaluation.under_target()
    out.append([])
    out.append([(t["under_all"].format(n=grouped(len(under), lang)), "bold red")])
    if not under:
        out.append([(t["none_under"], "")])
    for ev in under[:UNDER_SHOWN]:
        ach = ev.achievement
        assert ach is not None and ev.node.measure is not None
        parents = [a for a in report.ancestors(ev.node.id) if a.kind in ("iku", "lainnya")]
        m = ev.node.measure
        row: list[Piece] = [
            (f" {UNDER_MARK} ", "bold red"),
            (f"{tr(ev.node.kind, lang)}: ", "bold"),
            (clean_line(ev.node.name or "", 90), ""),
            (_pair(ach, ev.realisasi_shown, m.target, lang), ""),
            (f"{ach.format(lang) if ach.verdict else pct(ach.rounded)} ", ""),
            _rating(ach, lang, evaluation.scales),
        ]
        whole = [row[5][0]]  # the rating, never broken inside ("Sangat" / "Tinggi")
        if parents and parents[0].id != ev.node.id:
            parent = clean_line(parents[0].code or parents[0].name, 40)
            row += [(" ← ", "dim"), (parent, "")]
            whole.append(f"← {parent}" if parents[0].code else "")  # ("← IKU" / "1" apart)
        out.append(Hanging(row, len(f" {UNDER_MARK} "), whole))  # (wrapped: under its text)
    if len(under) > UNDER_SHOWN:
        more = grouped(len(under) - UNDER_SHOWN, lang)
        # (the command last, and wider than the line on a line of its own: at 80 columns
        # "--store" / "PATH" was broken apart)
        every = f"lkj-tui export --scope under-target{options_of(command, report.meta.id)}"
        line = t["more_under"].format(n=more, command=every)
        apart = [Hanging([(f"{line.removesuffix(every).rstrip()}:", "dim")], 1)]
        out.append(Hanging([(line, "dim")], 1, (), [*apart, Unbroken([(f"   {every}", "dim")])]))
    # every piece cleaned, whatever field it holds: the static texts are, the fields through
    # clean_line above; this is the net for one that was not (as format.clean_text was)
    for part in out:
        if not isinstance(part, Table):
            part[:] = [(_clean(x), st) for x, st in part]  # (in place: a Hanging stays one)
    return out


#: The recorded conflicts ``status`` lists one by one (the TUI's ``K`` lists them all).
CONFLICTS_SHOWN = 10


#: This laptop's last sync (its time, shown) and the keys of the conflicts it brought into a report.
Fresh = tuple[str, frozenset[str]]
#: The old report's versions this laptop's history named (git blob → revision, author, when).
Versions = Mapping[str, tuple[int | None, str, str]]


def fresh_of(root: Path, report_id: str) -> Fresh | None:
    """When this laptop last synced and the conflicts that sync brought into ``report_id``
    (:func:`lkj_tui.storage.journal.last_sync`); None when it never synced. Read only when the
    report records a conflict."""
    from lkj_tui.storage.journal import last_sync

    found = last_sync(root, report_id)
    if found is None:
        return None
    return found[0].strftime("%Y-%m-%d %H:%M"), frozenset(found[1])


def known_versions(root: Path, conflicts: Sequence[Conflict]) -> Versions:
    """The old report's versions that ``conflicts`` on ``new --from``'s record name, as the last
    sync or ``resolve`` read them from the history (storage/journal.py's ``read_versions``):
    named "revisi 1, disimpan pusat …" as ``resolve`` names them, not by their ids' start. Read
    only when there is such a conflict."""
    from lkj_tui.core.conflicts import VERSION_FIELD

    if not any(c.node is None and c.field == VERSION_FIELD for c in conflicts):
        return {}
    from lkj_tui.storage.journal import read_versions

    return read_versions(root)


def new_conflicts(conflicts: tuple[Conflict, ...], fresh: Fresh | None) -> int:
    """How many of ``conflicts`` the last sync brought."""
    from lkj_tui.core.conflicts import key

    return sum(key(c) in fresh[1] for c in conflicts) if fresh and fresh[1] else 0


def conflict_lines(
    report: Report,
    conflicts: tuple[Conflict, ...],
    lang: str,
    command: str,
    of: str = "conflicts",
    fresh: Fresh | None = None,
    versions: Versions | None = None,
) -> list[list[Piece]]:
    """The merge conflicts the report's file records, each with both values, and how to choose:
    a sync kept this laptop's value in the file and set the other aside (docs/sharing.md,
    "Conflicts"), and the summary (``of="check"``: the reviu) shows the kept one. With ``fresh``
    (:func:`fresh_of`): how many the last sync brought and how many wait from before, those
    marked (a sync counted them all as if new: share14)."""
    from lkj_tui.core.conflicts import key, place, value

    t = _TEXT["en" if lang == "en" else "id"]
    n = len(conflicts)
    head = t[f"{of}_head_1"] if n == 1 and f"{of}_head_1" in t else t[f"{of}_head"]
    out: list[list[Piece]] = [[], [(head.format(n=n), "bold yellow")]]
    new = new_conflicts(conflicts, fresh)
    if fresh is not None:
        which = "fresh_all" if new == n else "fresh_some" if new else "fresh_none"
        out.append(Hanging([(t[which].format(new=new, old=n - new, at=fresh[0]), "")], 4))
    for c in conflicts[:CONFLICTS_SHOWN]:
        line = ours(t["conflict"]).format(
            where=clean_line(place(report, c.node, c.field, lang), 120),
            kept=clean_line(value(c.kept, c.field, lang, versions), 80),
            other=clean_line(value(c.other, c.field, lang, versions), 80),
        )
        if new and new < n and fresh is not None and key(c) in fresh[1]:
            line += t["fresh_mark"]
        out.append(Hanging([(line, "")], 4))  # (wrapped: under its place, not at column 0)
    if n > CONFLICTS_SHOWN:
        out.append([(t["conflicts_more"].format(n=n - CONFLICTS_SHOWN), "dim")])
    resolve = "lkj-tui resolve" + command.removeprefix("lkj-tui")  # (-r ID, --store PATH)
    opts = options_of(command, report.meta.id)
    choose = t["conflicts_next"].format(command=command, resolve=resolve, opts=opts)
    with_, in_tui, then = _APART["en" if lang == "en" else "id"]

    def own(command: str) -> list[list[Piece]]:
        """A command on lines of its own: on a terminal folded at its options where it is
        wider (at 40 columns the terminal broke it mid-id, "…-terp" / "adu-…": share33)."""
        return [Unbroken([(line, "yellow")]) for line in command_lines(command, 4)]

    def label(words: str) -> Hanging:
        """A label over a command, its last two words together (at 40 columns "Choose (keep,
        or take the other value)" / "with:" left a word alone over the command: share34)."""
        return Hanging([(words, "yellow")], 4, (" ".join(words.split()[-2:]),))

    apart: list[list[Piece]] = [  # (wider than the line: each command on a line of its own)
        label(with_),
        *own(resolve),
        label(in_tui),
        *own(command),
        label(then),
        *own(f"lkj-tui sync{opts}"),
    ]
    out.append(Hanging([(choose, "yellow")], 4, (), apart))  # (one line, or the commands apart)
    return out


def open_command(report_id: str, store_path: Path | None, lang: str = "id") -> str:
    """The command that opens the TUI on ``report_id`` in the store the user named."""
    return f"lkj-tui -r {clean_line(report_id, 100)}{store_option(store_path, lang)}"


def options_of(command: str, report_id: str) -> str:
    """The ``--store``/``--lang`` of an :func:`open_command` (for the other commands a
    summary names: ``lkj-tui sync --store X``); "" for none."""
    return command.removeprefix(open_command(report_id, None))


def _pair(ach: Achievement, realisasi: str | None, target: str | None, lang: str) -> str:
    """The text " — 2,85 / 3,22 = " before an under-target item's capaian; for a lower-is-better or a
    stable measure of two numbers, whose capaian is not realisasi / target (walk8: "13,1 / 12,5 =
    95,20 %" for an infant mortality of 13,1 against 12,5; 13,1 / 12,5 is 104,8), the two figures
    and the polaritas instead: " — realisasi 13,1, target 12,5, negative (lower is better): ".
    A verdict without a capaian % (-5 against 92) is no division either: " — realisasi -5,
    target 92: " before its "n/a tidak tercapai"."""
    r, t = clean_line(realisasi or "", CELL_LIMIT), clean_line(target or "", CELL_LIMIT)
    method, dash = ach.method, ours(" — ")  # (the name's own " — " before it is no separator)
    if ach.verdict:
        return f"{dash}realisasi {r}, target {t}: "
    if method in ("negatif", "stabil"):
        return f"{dash}realisasi {r}, target {t}, {tr(method, lang)}: "
    return f"{dash}{r} / {t} = "


def _total_json(year: int, reports: int, whole: Summary) -> dict[str, Any]:
    """One year's reports added up, in ``status --all --json`` (``total``, ``years``)."""
    return {
        "year": year,
        "reports": reports,
        "indicators": whole.indicators,
        "under_target": whole.under_target,
        "average_achievement": _num(whole.average),
        "measured_indicators": whole.measured,
    }


def _clean(text: str) -> str:
    """A piece of a line as :func:`clean_line` leaves it, its spaces (and our separators'
    marks, :func:`ours`) kept."""
    if text.isprintable():
        return text
    return keeping_parts(text).replace("\n", " ").replace("\t", " ")


def _all_reports(
    store: Store,
    as_json: bool,
    lang: str,
    terminal: Terminal,
    tahun: int | None = None,
    region: Region | None = None,
    store_path: Path | None = None,
) -> int:
    # Summaries come from the store's listing index: only reports changed since the last
    # listing are read and summarised (``Store.summaries``). The GC is off for the whole listing,
    # not only while each report is read: between two reads, collections walked what the listing
    # keeps (its newest report, the summaries so far), 3 % of a cold listing (perf62).
    with listing_progress(lang) as progress, gc_paused():
        rows, errors = store.summaries(progress)
    if not rows and not errors:
        no_report(store, store_path, lang)
    # no report read, each file refused: listed, and the command stopped (exit 1, as `status`
    # and `check --all` exit: it exited 0, a script took an empty listing for an empty store)
    code = 1 if errors and not rows else 0
    rows = pick_reports(rows, tahun, region or Region(None, lang), lang)
    rows.sort(
        key=lambda r: (-r[1].under_target, r[1].average if r[1].average is not None else Decimal(0))
    )
    # several years: each year's reports together, the newest year first, worst first within it
    groups = by_year(rows, lambda r: r[0].tahun)
    rows = [row for _, group in groups for row in group]
    # one year's reports (more than one): the region's figures added up; across years, per year
    totals = [(year, group, total(s for _, s in group)) for year, group in groups]
    whole = totals[0][2] if len(rows) > 1 and len(groups) == 1 else None
    if as_json:
        out = {
            "reports": [
                {
                    "id": i.id,
                    "instansi": i.instansi,
                    "year": i.tahun,
                    "indicators": s.indicators,
                    "under_target": s.under_target,
                    "average_achievement": _num(s.average),
                    "measured_indicators": s.measured,
                    "conflicts": i.conflicts,
                }
                for i, s in rows
            ],
            "total": None if whole is None else _total_json(totals[0][0], len(rows), whole),
            "years": [_total_json(year, len(group), sum_) for year, group, sum_ in totals],
            "errors": errors_json(errors, lang),
        }
        write(dumps(out) + "\n")
        return code
    # A plain aligned table (cli/plain.py), as check --all prints: rich's ``Table`` measures and
    # wraps every cell, seconds for a province's thousands of reports.
    t = _TEXT[lang]
    painter = Painter(terminal, lang)
    # one year's reports: the title names it, as with --tahun (years39: a column of "2025" on
    # each row pushed the Indonesian listing of a province's year into cards at 80 columns)
    if len(groups) == 1 and tahun is None:
        tahun = groups[0][0]
    # the year a column (a card's word) only where neither a year's heading nor the title says it
    said = len(groups) > 1 or tahun is not None
    headers = [t["report"], tr("instansi_column", lang), *([] if said else [tr("tahun", lang)])]
    headers += ["IKU", t["all_under"], t["all_average"]]
    first, middle, last = _CARD[lang]

    def card(row: Sequence[Piece]) -> list[Piece]:
        """A report's figures in words, the summary's (a console too narrow for the columns);
        its year only when no year's heading says it (its column's)."""
        *year, (n, _), (under, style), (avg, _) = row[2:]
        return [
            *year,
            (first.format(n=n), ""),
            (middle.format(under=under), style),
            (last.format(avg=avg), ""),
        ]

    if tahun is not None:
        title = t["all_title_year"]
    else:
        title = t["all_title_years"] if len(groups) > 1 else t["all_title"]
    said_region, offices = (region or Region(None, lang)).listed([i for i, _ in rows])
    office = {i.id: name for (i, _), name in zip(rows, offices, strict=True)}
    title = title.format(n=grouped(len(rows), lang), tahun=tahun) + said_region
    lines = painter.lines([(title, "bold")])
    right = [False, False, *([] if said else [True]), True, True, True]
    cells = [
        [
            [
                (clean_line(info.id, 200), ""),
                (clean_line(office[info.id], 200), ""),
                *([] if said else [(str(info.tahun), "")]),
                (grouped(s.indicators, lang), ""),
                (grouped(s.under_target, lang), "bold red" if s.under_target else ""),
                (pct(s.average) + of_iku(s.measured, s.indicators, lang), ""),
            ]
            for info, s in group
        ]
        for _, group in groups
    ]
    every = [row for group_cells in cells for row in group_cells]  # (one layout for all years)
    names = _Names([row[1][0] for row in every])
    for (year, group, sum_), group_cells in zip(totals, cells, strict=True):
        if len(groups) > 1:  # (one year: its title says it)
            key = "all_year_1" if len(group) == 1 and "all_year_1" in t else "all_year"
            head = t[key].format(tahun=year, n=grouped(len(group), lang))
            lines += ["", *painter.lines([(head, "bold")])]
        lines += table(painter, headers, group_cells, right, 0, card, every, names.cut)
        if len(group) > 1:  # the year's reports: the region's figures added up
            avg = pct(sum_.average) + of_iku(sum_.measured, sum_.indicators, lang)
            head = t["all_total"].format(tahun=year, n=grouped(len(group), lang))
            figures = t["all_summary"].format(
                n=grouped(sum_.indicators, lang),
                under=grouped(sum_.under_target, lang),
                avg=avg,
                sep=painter.sep,
            )
            lines += painter.lines([(head, "bold"), (figures, "")], 2)
    waiting = [info for info, _ in rows if info.conflicts]
    if waiting:  # (the worst first, as the table)
        # The report's id when one report has conflicts (the list names several: "ID").
        which = waiting[0].id if len(waiting) == 1 else "ID"
        resolve = "lkj-tui resolve" + open_command(which, store_path, lang).removeprefix("lkj-tui")
        heading = t["all_conflicts"].format(resolve=resolve)
        apart = cells_of(heading) > painter.width  # (the command would break, or run into ", or")
        if apart:
            lines += painter.lines([(t["all_conflicts_head"], "bold yellow")])
        else:
            lines += painter.lines([(heading, "bold yellow")], whole=[resolve])
        for info in waiting:
            key = "all_conflict_1" if info.conflicts == 1 and lang == "en" else "all_conflict"
            line = t[key].format(id=clean_line(info.id, 200), n=info.conflicts)
            fresh = fresh_of(store.root, info.id)
            if fresh is not None and fresh[1]:  # (the file read only when the sync brought some)
                k = new_conflicts(store.load(info.id).conflicts, fresh)
                line += t["all_conflict_new"].format(k=k) if k else ""
            if cells_of(line) <= painter.width:
                lines += painter.lines([(line.lstrip(), "")], 4, [("  ", "")])
                continue
            # The id whole on its line (never folded: it is typed again), its count under it.
            head, _, count = line.lstrip().partition(": ")
            lines += ["  " + head + ":", *painter.lines([(count, "")], 4, [("    ", "")])]
        if apart:  # (whole on its line however wide: the terminal wraps it, copied as one line)
            lines += painter.lines([(t["all_conflicts_then"], "bold yellow")])
            lines.append(painter.paint(f"    {resolve}", "bold yellow"))
    for e in errors:
        message = store_message(e, store_path, lang)
        lines += told_lines(painter, f"{t['unreadable']}: {clean_line(message)}", "red", 2)
    write("\n".join(lines) + "\n")
    return code


class _Names:
    """The instansi of a listing cut to one line where they are wider than their column (80
    columns: 38 cells, where "Dinas Pemberdayaan Perempuan dan Perlindungan Anak Kabupaten
    Bengkulu Utara" took three lines), after whole words and, as the TUI's overview cuts them
    (core.apart), with the words that tell two offices apart: "Badan Pendapatan
    Daerah…Lebong", not "Badan Pendapatan Daerah…" for every kabupaten's (years37). The names'
    shared words are found once, at the first cut."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = names
        self.apart: dict[str, tuple[int, bool, int]] | None = None
        self.places: set[str] = set()
        self.seconds: Counter[str] = Counter()
        self.told: dict[int, dict[str, str | None]] = {}  # a width → each name's cut

    def cut(self, name: str, width: int) -> str | None:
        """``name`` cut to ``width`` cells (:meth:`_one`), told apart from the names whose cut
        would read the same: two of Rejang Lebong's offices read "Dinas…Rejang Lebong" on
        five years' rows, now "Dinas…Masyarakat…Rejang Lebong" and "Dinas…Perempuan…Rejang
        Lebong", the first word that differs between them (years40). A name that fits is
        itself."""
        if cells_of(name) <= width:
            return name
        if width not in self.told:
            cuts = {n: self._one(n, width) for n in set(self.names) if cells_of(n) > width}
            alike: dict[str, list[str]] = {}
            for n, c in cuts.items():
                if c is not None:
                    alike.setdefault(c, []).append(n)
            for c, group in alike.items():
                if len(group) > 1:
                    cuts.update(_told_apart(group, c, width))
            self.told[width] = cuts
        told = self.told[width]
        return told[name] if name in told else self._one(name, width)

    def _one(self, name: str, width: int) -> str | None:
        """``name`` cut to ``width`` cells; None where a character takes two cells (broken at
        words onto more lines, as before)."""
        from lkj_tui.core.apart import cut_apart, shared_words

        if cells_of(name) != len(name) or width < 4:
            return None
        if self.apart is None:
            self.apart = shared_words({n for n in self.names if cells_of(n) == len(n)})
            self.places = {_place(n)[1] for n in self.names}
            # each office's second word → how many offices have it there ("Kependudukan": 1)
            offices = {_place(n)[0] for n in self.names} - {""}
            self.seconds = Counter(o.split(" ", 2)[1] for o in offices if " " in o)
        shared = self.apart.get(name)
        if shared is None and " " in name:  # (its first word as if shared: "…Kependudukan…")
            shared = (name.index(" ") + 1, True, 0)
        if shared is None:
            return self._place_kept(name, width, cut_at_word(name, width))
        return self._place_kept(name, width, cut_apart(name, width, 0, *shared, words=True))

    def _place_kept(self, name: str, width: int, cut: str) -> str:
        """``cut`` (``name`` cut to ``width`` cells), or where it shows no place or a place of
        another listed government ("…Lebong" of "…Kabupaten Rejang Lebong" beside Kabupaten
        Lebong's), the name's first words and its place ("Dinas Sosial…Rejang Lebong", not
        "Dinas Sosial Kabupaten Rejang…"), or its last word where the place does not fit
        ("Sekretariat Daerah…Bengkulu"), the more first words kept: the office's government
        shows, as it does for names shared across governments (years38). A cut that shows its
        place after its first word only gives way to one with more of its own words ("Dinas
        Perpustakaan…Bengkulu", where five of a province's offices read "Dinas…Provinsi
        Bengkulu", years39). A cut that keeps the office's words and its government's kind word
        but not the whole place ("Sekretariat Daerah Kabupaten…Utara") keeps the place instead
        where it fits ("Sekretariat Daerah…Bengkulu Utara", years41). Linear."""
        before, place = _place(name)
        kind = name[: name.find(" ", len(before) + 1)]  # ("Sekretariat Daerah Kabupaten")
        if place and cut.startswith(f"{kind}…") and len(before) + 1 + len(place) <= width:
            return f"{before}…{place}"
        shown = cut[cut.rfind("…") + 1 :]  # (the words after the cut's last "…")
        alone = place.endswith(f" {shown}") and shown not in self.places  # ("…Selatan")
        if not place or alone or (cut.endswith(place) and cut.count("…") > 1):
            return cut
        last = place[place.rfind(" ") + 1 :]
        # (a cut that shows the place: kept unless another shows more of the office's words)
        best, kept = cut, len(cut[: cut.index("…")].split()) if cut.endswith(place) else 0
        tails = (place, last) if place != last and not kept else (place,)
        for tail in tails:  # (the more first words kept)
            head = cut_at_word(before, width - len(tail) - 1, words=True).removesuffix("…")
            whole = head and (head == before or before[len(head)] in " ,")  # (a word at least)
            if whole and head.count(" ") + 1 > kept and (tail == place or tail not in self.places):
                best, kept = f"{head}…{tail}", head.count(" ") + 1
        rest = before[before.find(" ") + 1 :]
        if kept > 1 or " " not in before or self.seconds[rest.split(" ", 1)[0]] != 1:
            return best
        # the office's first word only ("Dinas…Rejang Lebong" for seven offices): the words
        # after it where the next one is its own, as the overview cuts ("…Kependudukan…Rejang
        # Lebong"; "Sekretariat…" beside "…Daerah…" of the Inspektorat Daerah, years39)
        for tail in tails:
            head = cut_at_word(rest, width - len(tail) - 2, words=True).removesuffix("…")
            whole = head and (head == rest or rest[len(head)] in " ,")
            if whole and (tail == place or tail not in self.places):
                return f"…{head}…{tail}"
        return best


def _told_apart(names: list[str], cut: str, width: int) -> dict[str, str]:
    """Each of ``names`` (that ``cut`` to the same ``cut``) with the first of its words that
    differs from the others' kept before the cut's tail, in ``width`` cells: its words up to
    it ("Sekretariat DPRD…Kaur"), or its first word and it ("Dinas…Perempuan…Rejang Lebong"),
    or it alone ("…Perempuan…Rejang Lebong"); a name where none fits, as it was. Linear."""
    tail = cut[cut.rfind("…") + 1 :]
    words = [n.removesuffix(tail).split() if n.endswith(tail) else [] for n in names]
    k = 0
    while all(len(w) > k for w in words) and len({w[k] for w in words}) == 1:
        k += 1
    out: dict[str, str] = {}
    for name, w in zip(names, words, strict=True):
        if len(w) <= k:
            continue
        for told in (
            f"{' '.join(w[: k + 1])}…{tail}",
            f"{w[0]}…{w[k]}…{tail}" if k > 1 else "",
            f"…{w[k]}…{tail}",
        ):
            if told and len(told) <= width:
                out[name] = told
                break
    return out


def _place(name: str) -> tuple[str, str]:
    """``name`` before its government's kind word, and the place after it ("Dinas Sosial",
    "Rejang Lebong"); ("", "") for a name without one. Linear."""
    from lkj_tui.core.years import GOVERNMENT_KINDS

    kind = max(name.rfind(k) for k in GOVERNMENT_KINDS)
    return ("", "") if kind < 0 else (name[:kind], name[name.index(" ", kind + 1) + 1 :])


_ALL_REPORT = {
    "id": "--all meringkas semua laporan: tanpa --report",
    "en": "--all summarises every report: drop --report",
}


def run_status(
    store_path: Path | None,
    report_id: str | None,
    as_json: bool,
    all_reports: bool,
    lang: str,
    tahun: int | None = None,
    pemerintah: str | None = None,
) -> int:
    if all_reports and report_id:  # as check --all: never ignored
        fail(_ALL_REPORT["en" if lang == "en" else "id"], 2)
    year_only_with_all(tahun, all_reports, lang, pemerintah)
    region = Region(pemerintah, lang)
    store = open_store(store_path, lang=lang)
    terminal = Terminal()
    if all_reports:
        try:
            return _all_reports(store, as_json, lang, terminal, tahun, region, store_path)
        except StoreError as exc:
            fail_store(exc, store_path, lang)
    # The report and its evaluation live until the command ends: the cyclic GC need not walk them
    # again while the output is made (rendering a 100,000-measure report's summary: 5.9 → 0.05 s),
    # nor once at the end of the load's pause or of the evaluation's (the first collection after
    # each walked every object it made: 0.6 s of the 100,000-measure report's 2.8 s for the
    # evaluation). Nothing of it is in a cycle: frozen while the GC is off (as check's).
    with gc_paused():
        try:
            loaded = store.load(report_id or store.latest_report_id())
        except StoreError as exc:
            fail_store(exc, store_path, lang)
        warn_skipped(store, lang, store_path)
        evaluation = Evaluation(loaded.report)
        gc.freeze()
    if as_json:
        write(dumps(report_json(evaluation, loaded.conflicts, lang)) + "\n")
        return 0
    command, fresh, versions = open_command(loaded.report.meta.id, store_path, lang), None, None
    if loaded.conflicts:
        fresh = fresh_of(store.root, loaded.report.meta.id)
        versions = known_versions(store.root, loaded.conflicts)
    write(render_report(terminal, evaluation, lang, loaded.conflicts, command, fresh, versions))
    return 0
