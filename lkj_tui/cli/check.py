"""``lkj-tui check``: the reviu of a report (docs/reviu.md) — findings grouped by severity, then by
sasaran; a summary line; the coverage of the LKj content items; exit 1 when there is an error.
``--all``: the reviu of every report of the store, one line each, worst first."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator, Mapping, Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from lkj_tui.cli.common import (
    Region,
    by_year,
    errors_json,
    fail,
    fail_store,
    listing_progress,
    meant,
    no_report,
    open_store,
    pick_reports,
    store_message,
    year_only_with_all,
)
from lkj_tui.cli.layout import CELL_LIMIT
from lkj_tui.cli.output import (
    Listed,
    Terminal,
    dumps,
    dumps_pieces,
    ours,
    stdout_table,
    told_lines,
    write,
    write_lines,
)
from lkj_tui.cli.plain import Painter, Piece, table
from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.gcpause import gc_paused
from lkj_tui.core.i18n import tr
from lkj_tui.core.model import Report
from lkj_tui.core.numbers import grouped
from lkj_tui.core.reviu import (
    COVERAGE_ITEMS,
    SEVERITIES,
    CheckInfo,
    Finding,
    Places,
    Reviu,
    run_checks,
)
from lkj_tui.core.reviu.finding import node_ref, shared_heads
from lkj_tui.core.sanitize import PART, clean_line, hides_text
from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.index import summarize
from lkj_tui.storage.reader import ReportInfo
from lkj_tui.storage.store import Store

if TYPE_CHECKING:
    from lkj_tui.core.merge import Conflict

_TEXT = {
    "id": {
        "title": "Reviu LKj {tahun} · {instansi}",
        "error": "Kesalahan",
        "warning": "Peringatan",
        "info": "Catatan",
        "report": "Laporan",
        "other": "Di luar sasaran",
        "summary": "{error} kesalahan{sep}{warning} peringatan{sep}{info} catatan",
        "hidden": "{counts} tidak ditampilkan (--severity {least})",
        "and": " dan ",
        "coverage": "Cakupan ({n} IKU):",
        "none": "Tidak ada temuan.",
        "severity": "tingkat tidak dikenal: {s}{meant} (pilih: kesalahan, peringatan, catatan)",
        "all_title": "Reviu semua laporan ({n}), terburuk dulu",
        "all_title_year": "Reviu semua laporan {tahun} ({n}), terburuk dulu",
        "all_title_years": "Reviu semua laporan ({n}) per tahun, terbaru dulu; tiap tahun "
        "terburuk dulu",
        "all_year": "Tahun {tahun} ({n} laporan)",
        "year_summary": "Jumlah {tahun} ({n} laporan): {error} kesalahan ({m_error}){sep}{warning} peringatan ({m_warning}){sep}{info} catatan ({m_info})",
        "all_summary": "{n} laporan: {error} kesalahan ({m_error}){sep}{warning} peringatan ({m_warning}){sep}{info} catatan ({m_info})",
        "all_report": "--all memeriksa semua laporan: tanpa --report",
        "unreadable": "tidak terbaca",
        "advice": "Kriteria dan rekomendasi tiap temuan (Catatan Hasil Reviu):",
    },
    "en": {
        "title": "Reviu of LKj {tahun} · {instansi}",
        "error": "Errors",
        "warning": "Warnings",
        "info": "Notes",
        "report": "Report",
        "other": "Outside any sasaran",
        "summary": "{error} {w_error}{sep}{warning} {w_warning}{sep}{info} {w_info}",
        "hidden": "{counts} not shown (--severity {least})",
        "and": " and ",
        "coverage": "Coverage ({n} IKU):",
        "none": "No findings.",
        "severity": "unknown severity: {s}{meant} (choose: error, warning, info)",
        "all_title": "Reviu of every report ({n}), worst first",
        "all_title_year": "Reviu of every report of {tahun} ({n}), worst first",
        "all_title_years": "Reviu of every report ({n}) by year, newest first; in each year "
        "worst first",
        "all_year": "{tahun} ({n} {w_n})",
        "year_summary": "Total {tahun} ({n} {w_n}): {error} {w_error} ({m_error}){sep}{warning} {w_warning} ({m_warning}){sep}{info} {w_info} ({m_info})",
        "all_summary": "{n} {w_n}: {error} {w_error} ({m_error}){sep}{warning} {w_warning} ({m_warning}){sep}{info} {w_info} ({m_info})",
        "all_report": "--all checks every report: drop --report",
        "unreadable": "unreadable",
        "advice": "The criteria and recommendation of each finding (Catatan Hasil Reviu):",
    },
}
_MARKS = {"error": ("✗", "bold red"), "warning": ("!", "yellow"), "info": ("·", "cyan")}


def _mark(severity: str, painter: Painter) -> str:
    """A severity's mark as written: on an output that is not UTF-8 (cli/output.py) the note's "·"
    would be written "-", as every "·" between two parts of a line is, and read as "none"
    ("1.840 catatan (-)"), so it is "i" there."""
    mark = _MARKS[severity][0]
    return "i" if painter.ascii is not None and severity == "info" else mark


#: The English nouns of the totals, one and more ("1 error", "2 errors"; Bahasa Indonesia's do not
#: change).
_NOUNS = {"error": "error", "warning": "warning", "info": "note", "n": "report"}


def _nouns(counts: dict[str, int]) -> dict[str, str]:
    """The ``w_*`` words of the English totals for ``counts``: "1 report", "2 errors"."""
    return {f"w_{k}": word + ("" if counts.get(k) == 1 else "s") for k, word in _NOUNS.items()}


#: ``--severity`` in Bahasa Indonesia, the words the output shows (the English ids are taken too).
SEVERITY_WORDS = {"kesalahan": "error", "peringatan": "warning", "catatan": "info"}
_WORDS_OF = {v: k for k, v in SEVERITY_WORDS.items()}


def _left_out(
    t: Mapping[str, str], every: list[str], least: str, lang: str
) -> tuple[list[str], list[str]]:
    """The parts of a summary line (``every``: one per level, each with its count) with
    ``--severity least``: the levels shown, then those left out, counted as not shown ("54
    kesalahan · 110 peringatan dan 11 catatan tidak ditampilkan (--severity kesalahan)"; vals21:
    "0 peringatan · 0 catatan" where there were 110 and 11); and the parts never broken."""
    shown = SEVERITIES.index(least) + 1  # type: ignore[arg-type]
    if shown == len(SEVERITIES):
        return every, every
    word = least if lang == "en" else _WORDS_OF[least]
    said = t["hidden"].format(counts=t["and"].join(every[shown:]), least=word)
    return [*every[:shown], said], [*every, f"(--severity {word})"]


def node_label(report: Report, node_id: str | None, lang: str, places: Places | None = None) -> str:
    """ "IKU 1 Nilai LPPD" for a node, "Laporan" for the report (cleaned, one line); with
    ``places``, a row whose name others share says where it is (:class:`Places`)."""
    if node_id is None:
        return _TEXT["en" if lang == "en" else "id"]["report"]
    node = report.get(node_id)
    if node is None:
        return clean_line(node_id)
    if places is not None:
        return clean_line(places(node), 160)
    return clean_line(" ".join([x for x in (node.code, node.name) if x]), 120)


def check_name(info: CheckInfo, lang: str) -> str:
    """A check in the reader's words, as the text names it: its title in the reader's language
    ("Rata-rata capaian tercetak berbeda", "Printed average capaian differs"; English printed
    its id, ``printed-average``, where Indonesian printed the title: walk57); the id is the
    stable key of --json."""
    return info.text("title", lang)


def finding_json(report: Report, f: Finding, lang: str) -> dict[str, Any]:
    node = report.get(f.node) if f.node else None
    return {
        "check": f.check,
        "severity": f.severity,
        "node": f.node,
        "code": node.code if node else None,
        "name": node.name if node else None,
        "message": f.message(lang),
        "figures": dict(f.figures),
        "rule": f.info.text("rule", lang),
        "source": f.info.source,
        "recommendation": f.info.text("recommendation", lang),
    }


def reviu_json(
    report: Report, reviu: Reviu, lang: str, full: Reviu | None = None, least: str = "info"
) -> dict[str, Any]:
    """The reviu's JSON: ``summary`` counts every level, those ``--severity least`` leaves out
    too (``full``: the reviu before it left them out; vals22: it said "warning": 0 where there
    were 19), and ``shown`` names the levels whose findings are listed. ``findings``: each
    finding's JSON made as it is written (:func:`~lkj_tui.cli.output.dumps_pieces`; the huge
    report's 30,279 as dicts and one text held 90 MB, "mem65")."""
    return {
        "report": report.meta.id,
        "summary": (full or reviu).counts(),
        "shown": shown_levels(least),
        "coverage": {"iku": reviu.iku, **reviu.coverage},
        "findings": Listed(finding_json(report, f, lang) for f in reviu.findings),
    }


def shown_levels(least: str) -> list[str]:
    """The severities ``--severity least`` shows, the most serious first (``shown`` in
    ``--json``)."""
    return list(SEVERITIES[: SEVERITIES.index(least) + 1])  # type: ignore[arg-type]


def groups(report: Report, findings: list[Finding]) -> list[tuple[str | None, list[Finding]]]:
    """Findings by sasaran in report order: the report's own first (key None), then each sasaran
    (its id), then findings outside any sasaran (key "")."""
    out: dict[str | None, list[Finding]] = {}
    for f in findings:
        if f.node is None:
            key: str | None = None
        else:
            sasaran = report.sasaran_of(f.node) if report.get(f.node) else None
            key = sasaran.id if sasaran else ""
        out.setdefault(key, []).append(f)
    return list(out.items())


def _cleaned(said: str, painter: Painter, keep: list[str]) -> str:
    """A finding's message on one line, cut to :data:`CELL_LIMIT` as every cell; a value in it
    wider than a line cut first with its length ("9999… (5.000 digit)", as ``status`` says, not
    "(960+ digit)" of the message cut), appended to ``keep`` (whole on its line)."""
    said = clean_line(said)
    if len(said) <= CELL_LIMIT:
        return said
    from lkj_tui.cli.plain import cells
    from lkj_tui.core.longvalue import clip_value  # (rare: a message a page long)

    dots = "…" if painter.ascii is None else "..."
    room = max(painter.width - 6, 8)  # (the room of a finding's lines: 6 in)
    return clean_line(clip_value(said, room, painter.lang, dots, keep, cells), CELL_LIMIT)


def render(
    painter: Painter,
    report: Report,
    reviu: Reviu,
    lang: str,
    conflicts: tuple[Conflict, ...] = (),
    command: str = "",
    fresh: tuple[str, frozenset[str]] | None = None,
    versions: Mapping[str, tuple[int | None, str, str]] | None = None,
    least: str = "info",
    hidden: Mapping[str, int] | None = None,
) -> Iterator[str]:
    """The findings as lines of text, one after the other (the huge report's 30,279 findings
    made 70,000 lines, held whole as a list and as a text: 35 MB, "mem65"): by severity, then
    by sasaran, one wrapped line per finding
    (``✗ check · node — message``: the check's title in the reader's language),
    then the counts and the coverage; with ``--severity`` (``least`` shown, ``hidden``: the
    counts of every level), the levels left out are counted as not shown. Under the title, the
    sync conflicts the report's file records (``conflicts``) and how to choose (``command``
    opens the TUI on it), as ``status``."""
    t = _TEXT["en" if lang == "en" else "id"]
    meta = report.meta
    title = ours(t["title"]).format(tahun=meta.tahun, instansi=clean_line(meta.instansi, 200))
    yield from painter.lines([(title, "bold")])
    if conflicts:
        from lkj_tui.cli.layout import text_lines
        from lkj_tui.cli.status import conflict_lines

        for part in conflict_lines(
            report, conflicts, lang, command, of="check", fresh=fresh, versions=versions
        ):
            yield from text_lines(painter, part)
    if not reviu.findings:
        yield from painter.lines([(t["none"], "")])
    shared: set[str] | None = (
        None  # id beginnings two nodes share: on the first node without a kode
    )
    places = Places(report)  # (the shared names counted once, for every severity)
    marks = stdout_table() is not None  # (not UTF-8: a message's separators of ours marked)
    for severity in SEVERITIES:
        found = [f for f in reviu.findings if f.severity == severity]
        if not found:
            continue
        mark, style = _mark(severity, painter), _MARKS[severity][1]
        yield ""
        heading = f"{t[severity]} ({grouped(len(found), lang)})"
        yield from painter.lines([(heading, f"bold {style.split()[-1]}")])
        prefix = [("    ", ""), (mark, style), (" ", "")]
        for key, items in groups(report, found):
            if key is None:
                head = t["report"]
            elif key == "":
                head = t["other"]
            else:
                head = node_label(report, key, lang)
            yield from painter.lines([(head, "bold")], 4, [("  ", "")])
            for f in items:
                body = [(check_name(f.info, lang), "dim")]
                keep: list[str] = []
                node = report.get(f.node) if f.node is not None else None
                if node is not None and node.kind != "sasaran" and node.code.strip():
                    body.append((ours(" · ") + node_label(report, f.node, lang, places), "bold"))
                elif node is not None and node.kind != "sasaran":
                    # no kode to give set: the id it takes instead, in the one bracket that says
                    # where the row is ("(IKU 1 › Penyediaan … · simpul 0ac1b075)")
                    if shared is None:
                        shared = shared_heads(report)
                    keep = [node_ref(node.id, shared, lang)]  # (one piece)
                    name, where = places.parts(node)
                    said = clean_line(name, 120) + (f" ({clean_line(where, 120)}" if where else "")
                    body.append((ours(" · ") + said, "bold"))
                    body.append(((ours(" · ") if where else " (") + keep[0] + ")", "dim"))
                # a message can quote a field whole: cut, as every cell (cli/layout.py)
                said = f.message(lang, marks)  # (on an output not UTF-8, ours marked)
                if marks and f.marked is not None:  # (each part cleaned, the marks kept)
                    cut = f" {PART} "
                    said = cut.join(_cleaned(p, painter, keep) for p in said.split(cut))
                else:
                    said = _cleaned(said, painter, keep)
                body.append((ours(" — ") + said, ""))
                # (an IKU's kode whole: "IKL" / "1 Persentase …" read as a word and a figure)
                yield from painter.lines(body, 6, prefix, whole=keep, codes=True, values=True)
    yield ""
    counts = dict(hidden) if hidden else reviu.counts()  # (--severity: every level's count)
    said = {k: grouped(n, lang) for k, n in counts.items()}  # ("1.442", as status says it)
    every = t["summary"].format(sep=painter.sep, **said, **_nouns(counts)).split(painter.sep)
    parts, whole = _left_out(t, every, least, lang)
    summary = painter.sep.join(parts)
    yield from painter.lines([(summary, "bold")], whole=whole)
    cover = t["coverage"].format(n=grouped(reviu.iku, lang))
    for key, (label_id, label_en) in COVERAGE_ITEMS.items():
        label = label_en if lang == "en" else label_id
        cover += f" {label} {reviu.coverage.get(key, 0)}/{reviu.iku};"
    yield from painter.lines([(cover.rstrip(";"), "")])
    yield ""


def run_check(
    store_path: Path | None,
    report_id: str | None,
    as_json: bool,
    lang: str,
    severity: str,
    all_reports: bool = False,
    tahun: int | None = None,
    pemerintah: str | None = None,
) -> int:
    t = _TEXT["en" if lang == "en" else "id"]
    typed = severity
    severity = SEVERITY_WORDS.get(severity.strip().casefold(), severity.strip().casefold())
    if severity not in SEVERITIES:
        close = meant(severity, SEVERITY_WORDS, lang)
        said = clean_line(severity, 40)
        if hides_text(typed):  # (as typed, a control escaped: "kesa<U+202E>lahan" was said
            from lkj_tui.core.longvalue import quoted  # "kesalahan; maksud Anda kesalahan?")

            said = repr(quoted(typed.strip(), lang, 40))
        fail(t["severity"].format(s=said, meant=close), 2)
    if all_reports and report_id:
        fail(t["all_report"], 2)
    year_only_with_all(tahun, all_reports, lang, pemerintah)
    if all_reports:
        region = Region(pemerintah, lang)
        store = open_store(store_path, lang=lang)
        return check_all(store, as_json, lang, severity, tahun, region, store_path)
    store = open_store(store_path, lang=lang)
    # The report and its evaluation live until the command ends and hold no cycle: frozen while
    # the cyclic GC is off, it never walks them (it walked each at the end of the load's pause and
    # of the evaluation's; cli/status.py).
    with gc_paused():
        try:
            loaded = store.load(report_id or store.latest_report_id())
        except StoreError as exc:
            fail_store(exc, store_path, lang)
        evaluation = Evaluation(loaded.report)
        gc.freeze()
    full = run_checks(evaluation)
    shown = full.filtered(severity)  # type: ignore[arg-type]
    if as_json:
        data = reviu_json(loaded.report, shown, lang, full, severity)
        data["conflicts"] = [c.to_json() for c in loaded.conflicts]
        for piece in dumps_pieces(data):
            sys.stdout.write(piece)
        sys.stdout.write("\n")
    else:
        command, fresh, versions = "", None, None
        if loaded.conflicts:
            from lkj_tui.cli.status import fresh_of, known_versions, open_command

            command = open_command(loaded.report.meta.id, store_path, lang)
            fresh = fresh_of(store.root, loaded.report.meta.id)
            versions = known_versions(store.root, loaded.conflicts)
        painter = Painter(Terminal(), lang)
        empty = not loaded.report.roots()
        if empty and not full.findings and not loaded.conflicts:  # (made by new: how to fill
            # it, not a reviu's counts of nothing and its coverage 0/0, vals35)
            from lkj_tui.cli.common import say_empty

            meta = loaded.report.meta
            title = ours(t["title"]).format(
                tahun=meta.tahun, instansi=clean_line(meta.instansi, 200)
            )
            write("\n".join(painter.lines([(title, "bold")])) + "\n\n")
            say_empty(meta.id, store_path, lang)
            return 0
        conflicts = loaded.conflicts
        hidden = full.counts() if severity != "info" else None
        lines = render(
            painter,
            loaded.report,
            shown,
            lang,
            conflicts,
            command,
            fresh,
            versions,
            severity,
            hidden,
        )
        if empty:  # (a report without nodes that has findings: them, then how to fill it)
            from lkj_tui.cli.common import say_empty

            write_lines(lines)
            say_empty(loaded.report.meta.id, store_path, lang)
            return 1 if full.counts()["error"] else 0
        write_lines(lines)
        if shown.findings:  # what to do about each: the Catatan Hasil Reviu, its command whole
            from lkj_tui.storage.errors import store_option

            # (the report as the user chose it: without -r, export takes the latest one too)
            rid = f" -r {clean_line(loaded.report.meta.id, 100)}" if report_id else ""
            advice = painter.lines([(t["advice"], "")])
            from lkj_tui.cli.output import as_run

            reviu = as_run(f"lkj-tui export --reviu{rid}{store_option(store_path, lang)}")
            if len(reviu) + 2 > painter.width:  # (on a terminal folded at its options)
                from lkj_tui.cli.output import command_lines

                advice += command_lines(reviu, 2)
            else:
                advice.append(f"  {reviu}")
            write("\n".join(advice) + "\n")
    return 1 if full.counts()["error"] else 0


def check_all(
    store: Store,
    as_json: bool,
    lang: str,
    severity: str,
    tahun: int | None = None,
    region: Region | None = None,
    store_path: Path | None = None,
) -> int:
    """The reviu of every report of ``store`` (of the year ``tahun`` and the ``region`` only,
    when given), one at a time (only one is held in memory): the counts of each (at ``severity`` or more serious),
    worst first; exit 1 when a report has an error or cannot be read."""
    t = _TEXT["en" if lang == "en" else "id"]
    kept = shown_levels(severity)

    def reviu_of(report_id: str) -> tuple[int, bool, dict[str, int], dict[str, int]]:
        """(revision, has an error, the counts at ``severity``, every count) of one report
        (StoreError); its
        IKU summary, from the evaluation, goes to the store's listing index (as ``status --all``
        would compute it, from the same read)."""
        loaded = store.load(report_id)
        evaluation = Evaluation(loaded.report)
        full = run_checks(evaluation)
        store.note_summary(report_id, loaded, summarize(loaded.report, evaluation))
        every = full.counts()
        shown = {s: n if s in kept else 0 for s, n in every.items()}
        return loaded.revision, every["error"] > 0, shown, every

    # Each file is read once: loaded and checked first, then listed from what the loads
    # remembered (a listing alone reads every file that has no current index entry in full);
    # the listing writes the index of a big store from those loads and their summaries, so the
    # next ``status --all`` reads no report that has not changed since.
    # The cyclic GC is off for each report: nothing of it is in a cycle and all of it is freed
    # (reference counting) when reviu_of returns, so the GC never walks it (cli/export.py).
    done: dict[str, tuple[int, bool, dict[str, int], dict[str, int]]] = {}
    ids = store.report_ids()
    if not ids and not store.list_reports(skip_broken=True)[1]:  # (none, broken or not)
        no_report(store, store_path, lang)
    region = region or Region(None, lang)
    # (on a terminal, a line says how far the reading is once it takes a while: a province's
    # 2,000 reports, as compare, status --all and export --all say it)
    with listing_progress(lang) as progress:
        if tahun is not None or region:  # (--tahun, --pemerintah) the listing picks the reports
            # (each one's pemerintah said: no summary made for it); only they are read
            listed = [(i,) for i in store.list_reports(skip_broken=True, progress=progress)[0]]
            ids = [row[0].id for row in pick_reports(listed, tahun, region, lang)]
        for done_n, report_id in enumerate(ids):
            if progress is not None:
                progress(done_n, len(ids))
            with gc_paused(), suppress(StoreError):  # the listing says why a file cannot be read
                done[report_id] = reviu_of(report_id)
        infos, errors = store.list_reports(skip_broken=True, progress=progress)
    if tahun is not None or region:
        picked = set(ids)
        infos = [i for i in infos if i.id in picked]
    rows: list[tuple[ReportInfo, dict[str, int]]] = []
    alls: dict[str, dict[str, int]] = {}  # every report's counts, the levels left out too
    failed = bool(errors)
    for info in infos:
        found = done.get(info.id)
        if found is None or found[0] != info.revision:  # new or changed since it was checked
            try:
                with gc_paused():
                    found = reviu_of(info.id)
            except StoreError as exc:  # changed or broken since the listing
                errors.append(exc)
                failed = True
                continue
        failed |= found[1]
        rows.append((info, found[2]))
        alls[info.id] = found[3]
    rows.sort(key=lambda r: tuple(-r[1][s] for s in SEVERITIES))  # stable: the listing's order
    # several years: each year's reports together, the newest year first, worst first within it
    groups = by_year(rows, lambda r: r[0].tahun)
    rows = [row for _, group in groups for row in group]
    totals = [
        (year, group, {s: sum(counts[s] for _, counts in group) for s in SEVERITIES})
        for year, group in groups
    ]
    if as_json:
        # every level counted, those --severity leaves out too (vals22: "warning": 0 for every
        # year); ``shown``: the levels the order counts ("worst first")
        out = {
            "reports": [
                {"id": i.id, "instansi": i.instansi, "year": i.tahun, "summary": alls[i.id]}
                for i, _ in rows
            ],
            "years": [
                {
                    "year": year,
                    "reports": len(group),
                    "summary": {s: sum(alls[i.id][s] for i, _ in group) for s in SEVERITIES},
                }
                for year, group, _ in totals
            ],
            "shown": kept,
            "errors": errors_json(errors, lang),
        }
        write(dumps(out) + "\n")
        return 1 if failed else 0
    painter = Painter(Terminal())

    def count(n: int) -> str:
        """A count as the reader writes it: 16.196 in Bahasa Indonesia, 16,196 in English."""
        return grouped(n, lang)

    # one year's reports: the title names it, as with --tahun (years39: a column of "2025" on
    # each row pushed the Indonesian listing of a province's year into cards at 80 columns)
    if len(groups) == 1 and tahun is None:
        tahun = groups[0][0]
    # the year a column (a card's word) only where neither a year's heading nor the title says it
    said = len(groups) > 1 or tahun is not None
    headers = [t["report"], tr("instansi_column", lang), *([] if said else [tr("tahun", lang)])]
    headers += [_mark(s, painter) for s in SEVERITIES]  # named in the line under the table
    styles = {s: _MARKS[s][1] for s in SEVERITIES}
    words = {"error": "kesalahan", "warning": "peringatan", "info": "catatan"}
    english = {"error": ("error", "errors"), "warning": ("warning", "warnings")}
    english["info"] = ("note", "notes")

    def card(row: Sequence[Piece]) -> list[Piece]:
        """A report's counts in words, as the totals say them (a console too narrow for the
        columns): "54 kesalahan", "1 error"; its year only when no year's heading says it (its
        column's)."""
        out = list(row[2:-3])  # (under a year's heading: not again)
        for severity, (n, style) in zip(SEVERITIES, row[-3:], strict=True):
            if severity not in kept:  # (--severity: left out, said by the totals)
                continue
            noun = english[severity][n != "1"] if lang == "en" else words[severity]
            out.append((f"{n} {noun}", style))
        return out

    def summary_of(n: int, counts: dict[str, int], key: str = "all_summary", **more: Any) -> str:
        """The totals of ``n`` reports ("40 laporan: 1.840 kesalahan (✗) · …")."""
        return t[key].format(
            n=count(n),
            sep=painter.sep,
            **more,
            **{f"m_{s}": _mark(s, painter) for s in SEVERITIES},
            **{s: count(counts[s]) for s in SEVERITIES},
            **_nouns(counts | {"n": n}),
        )

    if tahun is not None:
        title = t["all_title_year"]
    else:
        title = t["all_title_years"] if len(groups) > 1 else t["all_title"]
    said_region, offices = region.listed([i for i, _ in rows])
    office = {i.id: name for (i, _), name in zip(rows, offices, strict=True)}
    title = title.format(n=count(len(rows)), tahun=tahun) + said_region
    lines = painter.lines([(title, "bold")])
    right = [False, False, *([] if said else [True]), True, True, True]
    cells = [
        [
            [
                (clean_line(info.id, 200), ""),
                (clean_line(office[info.id], 200), ""),
                *([] if said else [(str(info.tahun), "")]),
                *(
                    (count(counts[s]), styles[s] if counts[s] else "")
                    if s in kept
                    else ("–", "dim")  # (--severity: not counted, not 0)
                    for s in SEVERITIES
                ),
            ]
            for info, counts in group
        ]
        for _, group in groups
    ]
    every = [row for group_cells in cells for row in group_cells]  # (one layout for all years)
    for (year, group, sums), group_cells in zip(totals, cells, strict=True):
        if len(groups) > 1:  # (one year: its title says it)
            head = t["all_year"].format(
                tahun=year, n=count(len(group)), **_nouns({"n": len(group)})
            )
            lines += ["", *painter.lines([(head, "bold")])]
        lines += table(
            painter, headers, group_cells, right=right, under=0, card=card, measure=every
        )
        if len(groups) > 1 and len(group) > 1:  # the year's totals, broken between them only
            sums = {s: sum(alls[i.id][s] for i, _ in group) for s in SEVERITIES}
            summary = summary_of(len(group), sums, "year_summary", tahun=year)
            parts, whole = _left_out(t, summary.split(painter.sep), severity, lang)
            lines += painter.lines([(painter.sep.join(parts), "bold")], 2, whole=whole)
    if len(groups) > 1:
        lines.append("")
    total = {s: sum(alls[i.id][s] for i, _ in rows) for s in SEVERITIES}
    summary = summary_of(len(rows), total)  # (every level: those --severity leaves out too)
    # broken between its totals only: "1.840 catatan" / "(·)" left the mark alone at 40 columns
    parts, whole = _left_out(t, summary.split(painter.sep), severity, lang)
    lines += painter.lines([(painter.sep.join(parts), "bold")], whole=whole)
    for e in errors:
        message = store_message(e, store_path, lang)
        said = f"{t['unreadable']}: {clean_line(message, CELL_LIMIT)}"
        lines += told_lines(painter, said, "red", 2)  # (its command whole, folded: cli48)
    write("\n".join(lines) + "\n")
    return 1 if failed else 0
