"""``lkj-tui import FILE``: a report from a workbook, a CSV file or the JSON document (docs/import.md).

All or nothing: the whole file is validated first; any problem is listed with its place and nothing is
written (exit 2). The report is written through the store (atomic, locked); ``--overwrite`` keeps the
old version as a generation. Spreadsheet libraries are imported only here, inside the readers.
"""

from __future__ import annotations

import errno
import os
import sys
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from lkj_tui.cli.common import (
    fail,
    fail_store,
    open_store,
    refuse_undecoded,
    say_twins,
    store_location,
    store_option,
    typed_again,
    typed_without,
)
from lkj_tui.cli.output import OutputError, say
from lkj_tui.core.gcpause import gc_paused
from lkj_tui.core.i18n import quarter_label, tr
from lkj_tui.core.model import NODE_KINDS, Node, Report, ReportMeta
from lkj_tui.core.sanitize import clean_line
from lkj_tui.importing.grid import STAGES, Progress, by_row, place_en
from lkj_tui.importing.read import ImportError_, read_report
from lkj_tui.importing.rows import Built, MetaOptions
from lkj_tui.storage.errors import UNSHOWN, StoreError, named_path, shown_as_typed, typed_path
from lkj_tui.storage.reader import StoreReader

if TYPE_CHECKING:
    from lkj_tui.sync.history import Entry

_T = {
    "id": {
        "problems": "{file}: {n} masalah; tidak ada yang disimpan:",
        "problems_1": "{file}: 1 masalah; tidak ada yang disimpan:",
        "warning": "peringatan",
        "exists": "laporan '{id}' sudah ada; tidak ditimpa. Untuk menimpanya (versi lama tetap "
        "dapat dipulihkan): {command}",
        "dry": "Uji coba (--dry-run): tidak ada yang disimpan.",
        "now": "Untuk mengimpornya: {command}",
        "would": "Akan dibuat laporan {id}: {instansi}, tahun {tahun}",
        "would_replace": "Akan menimpa laporan {id}: {instansi}, tahun {tahun} (versi lama tetap "
        "dapat dipulihkan)",
        "done": "Laporan {id} diimpor: {n} simpul ({instansi}, tahun {tahun}).",
        "kept": "Versi lama disimpan sebagai revisi {rev}: lkj-tui restore {id} --revision {rev}{store}",
        "will_keep": "Versi sekarang (revisi {rev}) akan disimpan; untuk kembali kepadanya: "
        "lkj-tui restore {id} --revision {rev}{store}",
        # (what an overwrite replaces: the edits made since, in the TUI or with set, walk57)
        "replaced": "Yang ditimpa ({n} nilai), tersimpan → berkas:",
        "would_replace_n": "Yang akan ditimpa ({n} nilai), tersimpan → berkas:",
        "same": "Isi berkas sama dengan laporan tersimpan: tidak ada nilai yang berubah.",
        # (each command at its line's end: on a terminal never broken inside an option)
        "open": "Buka: lkj-tui --report {id}{store}\nRingkasan: lkj-tui status --report {id}{store}",
        "no_capaian": "Indikator tanpa capaian: {n}",
        "no_rows": "Laporannya kosong: belum ada tujuan, sasaran atau indikator",
        "fix_target": "isi target tahun ini seperti di Perjanjian Kinerja",
        "fix_realisasi": "isi realisasinya bila sudah ada",
        "fix_quarters": "triwulan terisi ({q}: {v}), cara_hitung kosong: isi cara_hitung "
        "(nilai_akhir, kumulatif atau rata_rata) agar realisasi tahun ini dihitung dari "
        "triwulan, atau isi {realisasi}",
        "read_empty": "“{text}” dibaca sebagai kosong, bukan 0",
        "not_zero": " (kosong bukan 0)",  # (the engine's, at the end of an empty realisasi's why)
        "column": "kolom realisasi",
        "field": "realisasinya",
        "fix_text": "tulis {which} dalam bentuk yang sama dengan “{other}”, atau kosongkan sel "
        "bila {which} belum ada",
        "missing": "berkas tidak ada: {file}",
        "missing_near": "berkas tidak ada: {file}. Maksud Anda: lkj-tui import {example}",
        "folder": "{file} adalah folder, bukan berkas; beri nama berkas .xlsx, .csv atau .json "
        "di dalamnya, mis.: lkj-tui import {example}",
        "read": "tidak dapat membaca {file}: {why}",
        "give": "Untuk mengimpornya, sebutkan {what}",
        "no-instansi": "instansinya",
        "no-tahun": "tahunnya",
        "both": "instansi dan tahunnya",
        "offered": " (yang terisi dibaca dari berkasnya; periksa dulu)",
    },
    "en": {
        "problems": "{file}: {n} problems; nothing was saved:",
        "problems_1": "{file}: 1 problem; nothing was saved:",
        "warning": "warning",
        "exists": "report '{id}' already exists; not overwritten. To replace it (the old version "
        "stays restorable): {command}",
        "dry": "Dry run (--dry-run): nothing was saved.",
        "now": "To import it: {command}",
        "would": "Would create report {id}: {instansi}, year {tahun}",
        "would_replace": "Would replace report {id}: {instansi}, year {tahun} (the old version "
        "stays restorable)",
        "done": "Report {id} imported: {n} nodes ({instansi}, year {tahun}).",
        "kept": "The old version is kept as revision {rev}: lkj-tui restore {id} --revision {rev}{store}",
        "will_keep": "The current version (revision {rev}) will be kept; to go back to it: "
        "lkj-tui restore {id} --revision {rev}{store}",
        "replaced": "Replaced ({n} value{s}), stored → file:",
        "would_replace_n": "Would replace ({n} value{s}), stored → file:",
        "same": "The file holds what the stored report holds: no value changes.",
        "open": "Open: lkj-tui --report {id}{store}\nSummary: lkj-tui status --report {id}{store}",
        "no_capaian": "Indicators without capaian: {n}",
        "no_rows": "The report is empty: no goal, objective or indicator yet",
        "fix_target": "fill in this year's target as in the Perjanjian Kinerja",
        "fix_realisasi": "fill in the realisasi when it is known",
        "fix_quarters": "quarters are filled ({q}: {v}), cara_hitung is empty: fill in "
        "cara_hitung (nilai_akhir, kumulatif or rata_rata) to derive the year's realisasi from "
        "them, or fill in {realisasi}",
        "read_empty": "“{text}” is read as empty, not 0",
        "not_zero": " (blank is not 0)",
        "column": "the realisasi column",
        "field": "its realisasi",
        "fix_text": "write the {which} in the same form as “{other}”, or clear the cell if the "
        "{which} is not known yet",
        "missing": "no such file: {file}",
        "missing_near": "no such file: {file}. Did you mean: lkj-tui import {example}",
        "folder": "{file} is a folder, not a file; name an .xlsx, .csv or .json file in it, "
        "e.g.: lkj-tui import {example}",
        "read": "cannot read {file}: {why}",
        "give": "To import it, give its {what}",
        "no-instansi": "instansi",
        "no-tahun": "year",
        "both": "instansi and year",
        "offered": " (what is filled in is read from the file; check it first)",
    },
}
#: The options that give what a file without a Laporan sheet lacks, with a value to replace,
#: in the words of the language asked (English had "NAMA INSTANSI", walk71).
_GIVE = {
    "id": {"no-instansi": '--instansi "NAMA INSTANSI"', "no-tahun": "--tahun TAHUN"},
    "en": {"no-instansi": '--instansi "INSTANSI NAME"', "no-tahun": "--tahun YEAR"},
}


def _given(code: str, offered: Mapping[str, str] | None, lang: str) -> str:
    """The option that gives what ``code`` says is missing, with the value the file offers
    (``Built.offered``: its title's, a mistyped key's) where it offers one, as typed (quoted
    as the shell takes it), else a value to replace in ``lang``'s words."""
    key = "instansi" if code == "no-instansi" else "tahun"
    value = (offered or {}).get(key)
    if value is None or not shown_as_typed(value):
        return _GIVE["en" if lang == "en" else "id"][code]
    return f"--{key} {typed_path(value)}"  # (quoted as the shell takes it: "Dinas $X" not)


def _out(line: str, indent: str = "", seps: str = "") -> None:
    """A line on stdout; on a terminal wrapped at words, two spaces in from ``indent``; an
    indented one (what the report holds: an indicator without capaian and why) piped too, as
    the warnings are. ``seps``: :func:`~lkj_tui.cli.output.at_words`' (a report id)."""
    say(indent + clean_line(line), len(indent) + 2, seps=seps, piped=bool(indent))


def _err(
    line: str, indent: str = "", hang: int | None = None, piped: bool = True, seps: str = ""
) -> None:
    """A warning or a problem on stderr, wrapped at words under a hanging indent (two spaces in
    from ``indent`` unless ``hang``), on a terminal and (``piped``) to a pipe or a file alike, as
    ``check`` folds its findings: a warning of 300 characters was one line at ``COLUMNS=80``
    (vals35). ``seps``: :func:`~lkj_tui.cli.output.at_words`'."""
    hang = len(indent) + 2 if hang is None else hang
    say(indent + clean_line(line), hang, err=True, piped=piped, seps=seps)


#: A file at least this big gets a progress bar (on a terminal): it takes more than a moment.
BIG_FILE = 256 * 1024


@contextmanager
def _progress(path: Path, lang: str) -> Iterator[Progress | None]:
    """A rich progress bar on stderr for a big file, only when stderr is a terminal; stdout (the
    command's answer) never gets any of it. Gone when the import ends (transient)."""
    try:
        big = path.stat().st_size >= BIG_FILE
    except OSError:
        big = False
    if not (big and sys.stderr.isatty()):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TaskProgressColumn, TextColumn

    name = clean_line(path.name, 40)
    with Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        console=Console(stderr=True),
        transient=True,
        redirect_stdout=False,  # the answer goes to stdout as it is, never into the bar
    ) as bar:
        task = bar.add_task(name, total=None)
        last = ""

        def step(stage: str, done: int, total: int) -> None:
            nonlocal last
            label = STAGES.get(stage, (stage, stage))[1 if lang == "en" else 0]
            bar.update(task, description=f"{label}: {name}", completed=done, total=total or None)
            if stage != last:  # each stage drawn as it starts, however short (the bar redraws
                last = stage  # itself 10 times a second: a stage of 0.05 s could go unseen)
                bar.refresh()

        yield step


def _name_too_long(file: Path) -> bool:
    """Whether the system refuses ``file``'s path for a name in it longer than it takes."""
    try:
        os.lstat(file)
    except OSError as exc:
        return exc.errno == errno.ENAMETOOLONG
    return False


def read_or_fail(
    file: Path,
    options: MetaOptions,
    layout: str,
    lang: str,
    progress: Progress | None = None,
    store_path: Path | None = None,
) -> tuple[Report, dict[str, dict[str, Any]] | None, Mapping[str, Any] | None, OutputError | None]:
    """The report of a file, the records of its nodes (``Built.records``), where their cells are
    (``Built.places``) and the error that stopped its warnings being written, if any; or exit 2
    for anything of the file given — no file has the path typed (a folder has it), a type it
    does not read, a file that is no report it can read (empty, broken, not a workbook, a
    password), every problem listed — and 1 only when the system cannot read it (no permission,
    a read error, a name too long): README, "Exit status". A broken .json exited 2 and a broken
    .xlsx 1 (cli63)."""
    t = _T["en" if lang == "en" else "id"]
    if os.path.isdir(file):  # (it said "berkas tidak ada": the folder is there; os.path's: a
        # name too long for the system is none, not "kesalahan tak terduga (OSError)", paths57)
        example = str(file / "lkj.xlsx")  # (cleaned, it would name another folder's file)
        if not shown_as_typed(example):
            fill = "FILE.xlsx" if lang == "en" else "BERKAS.xlsx"
            example = f"{fill}{store_option(store_path, lang)}; {UNSHOWN[lang]}"
        else:
            example = typed_path(example) + store_option(store_path, lang)
        fail(t["folder"].format(file=named_path(file, lang), example=example), 2)
    if not os.path.isfile(file):
        if _name_too_long(file):  # (it said "berkas tidak ada: /tmp/aaa…", a path of 120,000
            from lkj_tui.cli.output import say_too_long  # characters whole: cli61)

            say_too_long(file, lang)  # (exit 1: a name the file system cannot hold, as the
            raise SystemExit(1)  # other commands' paths, cli/output.py)
        if not os.path.lexists(file):  # (a name typed in another encoding: never found)
            refuse_undecoded(str(file), lang, "FILE" if lang == "en" else "BERKAS")
        near = _near_file(file)
        if near is not None and shown_as_typed(str(near)):  # (a name mistyped: the file meant;
            # one whose name cannot be shown as it is would be offered as another file)
            example = typed_path(near) + store_option(store_path, lang)
            fail(t["missing_near"].format(file=named_path(file, lang), example=example), 2)
        fail(t["missing"].format(file=named_path(file, lang)), 2)
    try:
        built = read_report(file, options, layout, progress)
    except ImportError_ as exc:  # (the file given is wrong: another file, or it mended)
        fail(exc.message_en if lang == "en" else exc.message, 2)
    except OSError as exc:  # (the system stops the read: exit 1)
        fail(t["read"].format(file=named_path(file, lang), why=exc.strerror or exc))
    unsaid = None  # (the reader gone, ``lkj-tui import … 2>&1 | head -3``: raised once the
    try:  # report is saved; what the import does never hangs on its output being read)
        _say_read(built, file, lang)
    except OutputError as exc:
        unsaid = exc
    if built.report is None:  # refused, its problems said or not: never exit 0
        raise SystemExit(2)
    return built.report, built.records, built.places, unsaid


def _say_read(built: Built, file: Path, lang: str) -> None:
    """A file's warnings on stderr; for a refused file its problems too."""
    t = _T["en" if lang == "en" else "id"]
    refused = built.report is None
    # a refused file's warnings at a row with a problem: said under its problems, the row read
    # in one place (vals37: "peringatan: Data!I4" came far above "Data!F4" of the same row)
    apart, said = by_row(built.problems, built.warnings) if refused else (built.warnings, [])
    for warning in apart:
        _err(f"{t['warning']}: {warning.line(lang)}")
    if refused:
        n = len(built.problems)
        what = t["problems_1" if n == 1 else "problems"].format(file=named_path(file, lang), n=n)
        _err(f"lkj-tui: {what}", hang=len("lkj-tui: "))
        for problem, warnings in said:  # (a JSON document's path wider than a line broken
            _err(problem.line(lang), "  ", seps=".")  # after a ".", vals41)
            for warning in warnings:
                _err(f"{t['warning']}: {warning.line(lang)}", "    ")
        wanted = [p.code for p in built.problems]
        if set(wanted) <= {"no-instansi", "no-tahun"}:  # (the options are all it needs: the line)
            placeholders = _GIVE["en" if lang == "en" else "id"]
            codes = [code for code in placeholders if code in wanted]
            given = [_given(code, built.offered, lang) for code in codes]
            what = "both" if len(given) == 2 else wanted[0]
            said = t["give"].format(what=t[what])
            if given != [placeholders[code] for code in codes]:  # (values the file offers)
                said += t["offered"]
            line = f"{said}: {typed_again(' '.join(given))}"
            _err(line, hang=0, piped=False)  # (the line to type: piped one line, as typed)


#: The suffixes of the files import reads, and how many names of a folder are looked at.
_READ = (".xlsx", ".xlsm", ".csv", ".json")
_NAMES_LOOKED_AT = 1000


def _near_file(file: Path) -> Path | None:
    """The file of ``file``'s folder that import reads whose name is closest to the one typed
    (``lkj2024.xlsx`` for "lkj 2024.xlsx", ``LKJ 2024.XLSX`` on a system that tells case
    apart), or None: no such folder, or no name close enough with the same digits."""
    from difflib import get_close_matches

    folder = file.parent
    names: dict[str, str] = {}
    try:
        with os.scandir(folder) as entries:
            for n, entry in enumerate(entries):
                if n >= _NAMES_LOOKED_AT:
                    break
                if entry.name.casefold().endswith(_READ) and entry.is_file():
                    names.setdefault(entry.name.casefold(), entry.name)
    except OSError:
        return None
    typed = file.name.casefold()
    digits = _digits(typed)  # (never another year's file: "lkj 2023.xlsx" is not "lkj 2024")
    close = get_close_matches(typed, [n for n in names if _digits(n) == digits], 1, 0.75)
    return folder / names[close[0]] if close else None


def _digits(name: str) -> str:
    return "".join(c for c in name if c.isdigit())


def _text_side(node: Node) -> str | None:
    """Which of a measure's target and realisasi is a text where the other is not ("meningkat"
    against 81: the target), the cell to correct where they cannot be compared; None when neither
    or both are (a grade against a number: the reason says it)."""
    from lkj_tui.core.values import ParseError, parse_value

    m = node.measure
    if m is None or m.target is None or m.realisasi is None:
        return None
    kinds = []
    for raw in (m.target, m.realisasi):
        try:
            kinds.append(parse_value(raw).kind)
        except ParseError:
            kinds.append("text")
    if kinds.count("text") != 1:
        return None
    return "target" if kinds[0] == "text" else "realisasi"


def _text_fix(which: str, other: str, t: Mapping[str, str]) -> str:
    """What to write for a ``which`` ("target" or "realisasi") typed as a text where the other is
    ``other`` ("80"). ("n/a" is no such text: it is read as empty, as "-" is.)"""
    return t["fix_text"].format(which=which, other=clean_line(other, 40))


def _quarters(node: Node, lang: str) -> tuple[str, str] | None:
    """The last quarter filled of a measure without cara_hitung and its value, as a line names
    them ("Triwulan IV", "96"): its year's realisasi could come from them (imp68: a workbook whose
    one realisasi column is "Realisasi TW IV" was told only "realisasi belum diisi"); None when
    the measure has a cara_hitung or no quarter."""
    m = node.measure
    if m is None or m.cara_hitung is not None:
        return None
    filled = [(n, q) for n, q in enumerate(m.triwulan, start=1) if q is not None and q.strip()]
    if not filled:
        return None
    n, value = filled[-1]
    return quarter_label(n, lang), clean_line(value, 40)


def describe(report: Report, lang: str, places: Mapping[str, Any] | None = None) -> list[str]:
    """Counts per level and the indicators without capaian, with why: each measure's capaian as
    ``Evaluation`` computes it (``evaluate.capaian``), without the rest of an evaluation (the
    Renstra capaian, the printed checks, an ``Evaluated`` per node), which these lines never show.
    With ``places`` (node id → where its cells are), each names the cell to correct and, for an
    empty target or realisasi, what to write (vals21: "- IKU 2: target belum diisi" for a "-"
    typed in Data!H4 said neither)."""
    from lkj_tui.core.engine import Achievement, compute
    from lkj_tui.core.evaluate import capaian, report_scales

    t = _T["en" if lang == "en" else "id"]
    scales = report_scales(report)
    counts: Counter[str] = Counter()
    missing: list[tuple[Node, Achievement]] = []
    #: one capaian per (target, realisasi, polaritas), as ``Evaluation`` keeps them: rows repeat
    known: dict[tuple[str | None, str | None, str], Achievement] = {}
    for node in report.walk():
        counts[node.kind] += 1
        m = node.measure
        if m is None:
            continue
        if m.cara_hitung is not None and (m.realisasi is None or not m.realisasi.strip()):
            ach = capaian(m, scales)[0]  # the realisasi derived from the triwulan
        else:
            key = (m.target, m.realisasi, m.polaritas)
            found = known.get(key)
            ach = known[key] = compute(*key, scales) if found is None else found
        if ach.rounded is None:
            missing.append((node, ach))
    if not counts:  # (a document of an empty report: its line of counts was "  ", blank; the
        # empty template is refused, vals37)
        return [t["no_rows"]]
    lines = [", ".join(f"{tr(k, lang)}: {counts[k]}" for k in NODE_KINDS if counts[k])]
    if missing:
        lines.append(t["no_capaian"].format(n=len(missing)))
        for node, ach in missing:
            reason = ach.reason_en if lang == "en" else ach.reason
            name = clean_line(node.code or node.name, 60)
            which = "target" if (ach.reason_code or "").startswith("target") else "realisasi"
            side = _text_side(node) if ach.reason_code == "incomparable" else None
            which = side or which  # ("meningkat" against 81: the target's cell, vals22)
            cell = places.get(node.id) if places is not None else None
            at = cell.get(which, "") if cell is not None else ""
            text = getattr(node.measure, which, None) if at else None
            if at:  # (the cell, as a problem names it: Data!H4 "-")
                name += f", {place_en(at) if lang == 'en' else at}"
                name += f' "{clean_line(text, 40)}"' if text else ""
            fix = t.get(f"fix_{which}") if at and ach.reason_code == f"{which}_missing" else None
            if fix and text and text.strip():  # ("-": what was read, vals22), said once: not
                # "belum diisi (kosong bukan 0) (“n/a” dibaca sebagai kosong, bukan 0)" (walk57)
                reason = (reason or "").removesuffix(t["not_zero"])
                reason = f"{reason} ({t['read_empty'].format(text=clean_line(text, 40))})"
            elif at and side is not None and text and node.measure is not None:
                other = node.measure.realisasi if side == "target" else node.measure.target
                fix = _text_fix(side, other or "", t)
            if ach.reason_code == "realisasi_missing" and (q := _quarters(node, lang)):
                # (a JSON document has no cells, no column: imp70, it was told nothing)
                realisasi = t["column" if places is not None else "field"]
                fix = t["fix_quarters"].format(q=q[0], v=q[1], realisasi=realisasi)
            lines.append(f"- {name}: {reason or '—'}" + (f"; {fix}" if fix else ""))
    return lines


def run_import(
    file: Path,
    store_path: Path | None,
    report_id: str | None,
    instansi: str | None,
    tahun: int | None,
    layout: str,
    dry_run: bool,
    overwrite: bool,
    lang: str,
) -> int:
    t = _T["en" if lang == "en" else "id"]
    refuse_undecoded(instansi, lang, "--instansi")
    options = MetaOptions(report_id, instansi, tahun)
    previous = None
    # The cyclic GC off for the whole import: millions of objects and no cyclic garbage (20,000
    # rows: 10.8 → 6.3 s of CPU; docs/performance.md, "Listing and import at scale").
    with gc_paused(), _progress(file, lang) as progress:
        report, records, places, unsaid = read_or_fail(
            file, options, layout, lang, progress, store_path
        )
        meta = report.meta
        # a dry run answers as the import would: refused, or replacing, when the id exists
        replaces = dry_run and _exists(store_path, meta.id, lang)
        if replaces and not overwrite:
            _refuse_taken(meta, store_path, lang)
        if dry_run and not replaces:
            from lkj_tui.storage.paths import check_new_report_id

            try:
                check_new_report_id(meta.id)  # (what the import's save would refuse)
            except StoreError as exc:
                fail_store(exc, store_path, lang)  # (exit 2, as the import's save says it)
        replacing = _replacing(report, records, store_path, lang) if overwrite else None
        if not dry_run:
            if progress is not None:
                progress("save", 0, 0)
            previous = _save(report, records, store_path, overwrite, lang, file.name)
        if progress is not None:
            progress("evaluate", 0, 0)
        lines = describe(report, lang, places)
        nodes = len(report)
        # Dropped with the GC still off: once it is on again, the next allocation would walk every
        # object made since it went off, the whole report, to free nothing (100,000 rows: 0.3 s).
        del report, records, places
    if dry_run:
        _out(
            t["would_replace" if replaces else "would"].format(
                id=meta.id, instansi=meta.instansi, tahun=meta.tahun
            ),
            seps="-",
        )
        for line in lines:
            _out(line, "  ")
        if replacing is not None:
            found, revision = replacing
            _said_replaced(found, "would_replace_n", lang)
            store = store_option(store_path, lang)
            _out(t["will_keep"].format(id=meta.id, rev=revision, store=store))
        _out(t["dry"])
        command = typed_without("--dry-run")  # (what to type next: walk57)
        if command is not None:
            _out(t["now"].format(command=command))
    else:
        done = t["done"].format(id=meta.id, n=nodes, instansi=meta.instansi, tahun=meta.tahun)
        _out(done, seps="-")  # (an id wider than a line broken at a "-": not "Laporan" alone)
        for line in lines:
            _out(line, "  ")
        if replacing is not None and previous is not None:
            _said_replaced(replacing[0], "replaced", lang)
        if previous is not None:
            _out(t["kept"].format(id=meta.id, rev=previous, store=store_option(store_path, lang)))
        for line in t["open"].format(id=meta.id, store=store_option(store_path, lang)).split("\n"):
            _out(line)
        say_twins(open_store(store_path, lang=lang, example="never"), meta, lang)
    if unsaid is not None:  # (a warning not written: said as any command's output error is)
        raise unsaid
    return 0


def _replacing(
    report: Report, records: dict[str, dict[str, Any]] | None, store_path: Path | None, lang: str
) -> tuple[list[Entry], int] | None:
    """What importing ``report`` over the stored report of its id replaces
    (``sync.history.replaced_by``); None when the store holds no such report (a store not made
    yet is not made here)."""
    from lkj_tui.sync.history import replaced_by

    root, _ = store_location(store_path)
    if not root.is_dir():
        return None
    return replaced_by(open_store(store_path, lang=lang, example="never"), report, records)


def _said_replaced(found: list[Entry], key: str, lang: str) -> None:
    """What an overwrite replaces (:func:`_replacing`), as ``restore`` lists what it changed."""
    from lkj_tui.cli.restore import changed_lines

    t = _T["en" if lang == "en" else "id"]
    # (each value or item a line, counted so: a list of two items dropped counted one, vals61)
    n = len(found)
    _out(t[key].format(n=n, s="" if n == 1 else "s") if found else t["same"])
    for line in changed_lines(found, lang):
        _out(line.removeprefix("  "), "  ")


def _exists(store_path: Path | None, report_id: str, lang: str) -> bool:
    """True when the store holds a report ``report_id``. A store not made yet is not made here."""
    root, _ = store_location(store_path)
    if not root.is_dir():
        return False
    return open_store(store_path, lang=lang, example="never").path_for(report_id).exists()


def _save(
    report: Report,
    records: dict[str, dict[str, Any]] | None,
    store_path: Path | None,
    overwrite: bool,
    lang: str,
    name: str = "",
) -> int | None:
    """Write the report through the store (all or nothing; ``records``: the reader's, written as
    they are); the revision kept of the report it replaced, if any."""
    meta = report.meta
    # (makes a store on purpose, the user's report its first: no example beside it)
    store = open_store(store_path, lang=lang, create=True, example="never")
    previous = None
    if overwrite:
        try:  # (an id the store refuses: said below, as without --overwrite)
            previous = store.revision(meta.id) if store.path_for(meta.id).exists() else None
        except StoreError:
            previous = None
    try:
        note = {"kind": "import", "file": name}  # (restore --list names the file)
        store.import_report(report, overwrite=overwrite, records=records, note=note)
    except StoreError as exc:
        if exc.code == "exists":
            _refuse_taken(meta, store_path, lang, store)
        fail_store(exc, store_path, lang)
    return previous


def _refuse_taken(
    meta: ReportMeta, store_path: Path | None, lang: str, store: StoreReader | None = None
) -> NoReturn:
    """Refuse an import whose report id the store holds: its overwrite, the file imported again;
    but another instansi's report under an id made from the instansi (both "laporan-2025", an
    office named in another script or in symbols) is not one to overwrite: the id to give
    instead (vals40)."""
    from lkj_tui.cli.common import taken_id
    from lkj_tui.core.rollover import default_report_id

    t = _T["en" if lang == "en" else "id"]
    if meta.id == default_report_id(meta.instansi, meta.tahun):
        store = store or open_store(store_path, lang=lang, example="never")
        try:
            theirs = store.load(meta.id).report.meta.instansi
        except StoreError:
            theirs = meta.instansi
        if theirs.split() != meta.instansi.split():
            fail(taken_id(store, meta.id, meta.tahun, lang))
    fail(t["exists"].format(id=meta.id, command=typed_again("--overwrite", lang)))
