"""One file → a report or every problem: picks the reader by the file's extension and the layout."""

from __future__ import annotations

import dataclasses
import json
import re
from pathlib import Path

from lkj_tui.core.model import SCHEMA_VERSION, ModelError, Report
from lkj_tui.importing.grid import Grid, Problem, Progress, fill_merged, in_place_order
from lkj_tui.importing.kept import NotStorable, unique_keys
from lkj_tui.importing.rows import (
    Built,
    MetaOptions,
    bad_report_id,
    build_flat,
    laporan_offers,
    no_laporan,
)

__all__ = ["LAYOUTS", "ImportError_", "read_report"]

LAYOUTS = ("flat", "renja86")


class ImportError_(Exception):  # (not the builtin ImportError)
    """The file cannot be read at all (one message, id/en)."""

    def __init__(self, message: str, message_en: str) -> None:
        super().__init__(message)
        self.message = message
        self.message_en = message_en


def _pick_sheets(names: list[str]) -> list[str]:
    by_lower = {n.strip().casefold(): n for n in names}
    data = by_lower.get("data", names[0] if names else "")
    out = [data] if data else []
    if "laporan" in by_lower and by_lower["laporan"] != data:
        out.append(by_lower["laporan"])
    return out


def read_report(
    path: Path, options: MetaOptions, layout: str = "flat", progress: Progress | None = None
) -> Built:
    suffix = path.suffix.casefold()
    if suffix == ".json":
        return _read_json(path, options)
    if suffix == ".csv":
        from lkj_tui.importing.csvfile import CsvError, read_csv

        try:
            grid = read_csv(path)
        except CsvError as exc:
            raise ImportError_(exc.message, exc.message_en) from exc
        built = _build(grid, None, options, layout, progress)
        if built.report is None and any(p.code == "no-header" for p in built.problems):
            # no header at the separator of the first line that has one (a title "Laporan
            # Kinerja, Dinas X" above a ';' header): the other separators are tried
            for separator in (";", ",", "\t"):
                try:
                    other = _build(read_csv(path, separator), None, options, layout, progress)
                except CsvError:
                    continue
                if not any(p.code == "no-header" for p in other.problems):
                    return other
        return _in_place_order(built)
    if suffix in (".xlsx", ".xlsm"):
        from lkj_tui.importing.xlsx import WorkbookError, read_workbook

        every: list[str] = []

        def pick(names: list[str]) -> list[str]:
            every.extend(names)
            return _pick_sheets(names)

        try:
            sheets = read_workbook(path, pick, progress)
        except WorkbookError as exc:
            raise ImportError_(exc.message, exc.message_en) from exc
        names = list(sheets)
        if not names:
            raise ImportError_(f"{path.name} tidak memuat lembar", f"{path.name} has no sheet")
        data = sheets[names[0]]
        laporan = next((g for n, g in sheets.items() if n.strip().casefold() == "laporan"), None)
        built = _build(data, laporan, options, layout, progress)
        renamed = None
        if laporan is None and any(p.code in _NO_META for p in built.problems):
            renamed = _renamed_laporan(path, [n for n in every if n not in sheets])
            if renamed is not None:
                laporan = renamed[1]
                built = _build(data, laporan, options, layout, progress)
        if built.report is None and any(p.code == "no-header" for p in built.problems):
            from lkj_tui.importing.forms import near_fixes

            others = [n for n in every if n not in sheets]
            grids = _other_sheets(path, others)
            kinds = {n: _table_kind(g) for n, g in grids.items()}
            # a known table before a table that only looks like one (vals22: a first sheet of a
            # near-PK table and a later proper PK read the PK, "lembar 'Rekap' tidak memuat
            # tabel"); a first sheet that looks like one is not left for another such sheet
            near = near_fixes(data)
            tables = [n for n in grids if kinds[n] == "known"]
            tables += [n for n in grids if kinds[n] == "near" and near is None]
            shown = [n for n in tables if not grids[n].sheet_hidden]
            if len(shown) == 1 and layout == "flat":  # (a "Petunjuk" or cover sheet first)
                built = _build(grids[shown[0]], laporan, options, layout, progress)
                built.warnings.insert(0, _read_instead(shown[0], names[0], near))
            else:
                _name_the_sheet(built, names[0], tables)
        if renamed is not None:
            built.warnings.insert(0, renamed[0])
        return _in_place_order(built, every)
    if suffix in (".xls", ".xlsb", ".ods"):
        how = (  # (an .ods is LibreOffice's: Excel's menu named nothing its user has)
            "LibreOffice Calc: File → Save As → Excel 2007-365 (.xlsx)"
            if suffix == ".ods"
            else "Excel: File → Save As → Excel Workbook"
        )
        raise ImportError_(
            f"{path.name}: simpan ulang sebagai .xlsx ({how}); lkj-tui membaca cara angka "
            "ditampilkan (persen, desimal) hanya dari .xlsx",
            f"{path.name}: save it again as .xlsx ({how}); lkj-tui reads how numbers are shown "
            "(percent, decimals) from .xlsx only",
        )
    raise ImportError_(
        f"jenis berkas {path.suffix or '(tanpa akhiran)'} tidak didukung: pakai .xlsx, .csv atau .json",
        f"file type {path.suffix or '(no suffix)'} is not supported: use .xlsx, .csv or .json",
    )


#: The problems of a workbook that lacks the instansi or the year (no ``Laporan`` sheet).
_NO_META = ("no-instansi", "no-tahun")


def _renamed_laporan(path: Path, others: list[str]) -> tuple[Problem, Grid] | None:
    """The one visible sheet of ``others`` that gives the instansi or the year under the
    ``Laporan`` sheet's keys (the template's ``Laporan`` renamed "Info Laporan 2024": vals64,
    refused as "no Laporan sheet, add one"), with the warning that says it is read; else None."""
    from lkj_tui.importing.rows import read_laporan

    found = [
        (name, grid)
        for name, grid in _other_sheets(path, others).items()
        if not grid.sheet_hidden and {"instansi", "tahun"} & set(read_laporan(grid, [])[0])
    ]
    if len(found) != 1:
        return None
    name, grid = found[0]
    warning = Problem(
        name,
        None,
        "dibaca sebagai lembar Laporan (tidak ada lembar bernama Laporan; lembar ini memuat "
        "isiannya, mis. instansi dan tahun)",
        "read as the Laporan sheet (no sheet is named Laporan; this one holds its keys, such as "
        "instansi and tahun)",
    )
    return warning, grid


def _other_sheets(path: Path, others: list[str]) -> dict[str, Grid]:
    """The workbook's sheets ``others`` (the ones not read), as grids; none if unreadable."""
    from lkj_tui.importing.xlsx import WorkbookError, read_workbook

    try:
        return read_workbook(path, lambda _names: others) if others else {}
    except WorkbookError:
        return {}


def _table_kind(grid: Grid) -> str | None:
    """ "known": a header of the template, the Renja evaluation, the cascading form or a table
    of Sasaran and Indikator in the sheet's first rows; "near": only a table that looks like a
    PK's under headers not known (:func:`~lkj_tui.importing.forms.near_table`); else None."""
    from lkj_tui.importing.forms import find_cascade, find_table, near_fixes
    from lkj_tui.importing.renja86 import find_renja_header
    from lkj_tui.importing.rows import find_header

    if any(
        find(grid) is not None
        for find in (find_header, find_renja_header, find_cascade, find_table)
    ):
        return "known"
    return "near" if near_fixes(grid) is not None else None


def _in_place_order(built: Built, sheets: list[str] | None = None) -> Built:
    """``built`` with its warnings and problems in sheet, row and column order (``sheets``: the
    workbook's sheet names, in its order), as an auditor reads the file (vals36)."""
    built.warnings = in_place_order(built.warnings, sheets or ())
    built.problems = in_place_order(built.problems, sheets or ())
    return built


def _read_instead(name: str, first: str, near: tuple[int, str, str] | None = None) -> Problem:
    """The warning of a workbook read from its one sheet that holds a table (vals15: an e-SAKIP
    export with its "Petunjuk" sheet first was refused, "rename the sheet 'Sheet1' to Data");
    ``near``: the first sheet's table that only looks like one, and the renames that would make
    it known (vals22: it said the sheet held no table)."""
    if near is not None:
        _, fixes, fixes_en = near
        return Problem(
            name,
            None,
            f"lembar ini yang dibaca: tabelnya dikenali; lembar '{first}' memuat tabel serupa "
            f"yang judul kolomnya tidak dikenali (bila lembar itu yang dimaksud: {fixes})",
            f"this sheet is read: its table is known; the sheet '{first}' holds a like table "
            f"whose headers are not known (if that sheet is the one meant: {fixes_en})",
        )
    return Problem(
        name,
        None,
        f"lembar ini yang dibaca (lembar '{first}' tidak memuat tabel; hanya lembar ini yang "
        "memuatnya)",
        f"this sheet is read (the sheet '{first}' holds no table; this one alone does)",
    )


def _name_the_sheet(built: Built, read: str, tables: list[str]) -> None:
    """A workbook whose table is not on the sheet lkj-tui reads, and not on one other visible
    sheet alone (two, "PK 2023" and "PK 2024", or a hidden one): the no-header problem says which
    sheet is read and which has a table (walk8: "Cover!1:20: no header row found" said
    neither). When no other sheet holds a table the problem's place names the sheet read and
    nothing is added (vals21: a PK table's refusal ended with this generic sentence)."""
    if not tables:
        return
    found = tables[0]
    why = (
        f"lkj-tui membaca lembar bernama 'Data', atau lembar pertama ('{read}'); "
        f"lembar '{found}' memuat tabelnya: ganti namanya menjadi Data"
    )
    why_en = (
        f"lkj-tui reads the sheet named 'Data', else the first sheet ('{read}'); "
        f"the sheet '{found}' holds the table: rename it to Data"
    )
    for i, p in enumerate(built.problems):
        if p.code == "no-header":
            built.problems[i] = dataclasses.replace(
                p, why=f"{p.why}; {why}", why_en=f"{p.why_en}; {why_en}"
            )


#: A year a title names: "TAHUN 2025", "T.A. 2025" (first); else one alone ("PK 2025").
_YEAR_SAID = re.compile(r"\b(?:tahun(?: anggaran)?|t\.?\s?a\.?)\s*((?:19|20)\d\d)\b", re.I)
_YEAR = re.compile(r"(?<![\d.,/-])((?:19|20)\d\d)(?![\d.,/-])")
#: An office's name in a title: from the word it starts with to "tahun" or the title's end
#: ("PENGUKURAN KINERJA DINAS KESEHATAN KABUPATEN LEBONG TAHUN 2025").
_OFFICE = re.compile(
    r"\b(?:dinas|badan|sekretariat|inspektorat|kecamatan|kelurahan|bagian|kantor|satuan|"
    r"rsud|rumah sakit|biro|dprd)\b.*",
    re.I,
)
#: Where an office's name in a title ends: its year ("TAHUN 2025", "T.A. 2024", "2025").
_OFFICE_END = re.compile(r"\btahun\b|\bt\.\s?a\.?(?!\w)|(?:19|20)\d\d", re.I)
#: The rows above a table looked at for its title, and the characters of each text.
_TITLE_ROWS, _TITLE_CHARS = 10, 300


def title_facts(grid: Grid) -> dict[str, str]:
    """The instansi and the year (as text) a sheet's name and its title rows above the table
    name ("PK 2025", "PENGUKURAN KINERJA TAHUN 2025"): what ``import`` offers as the options to
    give and the TUI's dialog holds when the file has no ``Laporan`` sheet saying them (walk57:
    the dialog asked for a year the title said). A year only where one is named (two, "Renstra
    2021-2026": none); an office's name from its first word. Linear in the title's length."""
    texts = [(grid.sheet or "")[:_TITLE_CHARS]]
    for row in grid.rows[:_TITLE_ROWS]:
        cells = list(dict.fromkeys(c.strip() for c in row if c and c.strip()))
        if len(cells) > 2:  # the table's header: the title is above it
            break
        texts += [c[:_TITLE_CHARS] for c in cells]
    said: dict[str, str] = {}
    years = {m.group(1) for t in texts for m in _YEAR_SAID.finditer(t)}
    years = years or {m.group(1) for t in texts for m in _YEAR.finditer(t)}
    if len(years) == 1:
        said["tahun"] = years.pop()
    office = next((m.group() for t in texts if (m := _OFFICE.search(t))), "")
    office = office[: end.start()] if (end := _OFFICE_END.search(office)) else office
    office = " ".join(office.split()).strip(" ,.:;-–")
    if office and len(office) <= 120 and office.isprintable():
        said["instansi"] = office
    return said


def _build(
    data: Grid,
    laporan: Grid | None,
    options: MetaOptions,
    layout: str,
    progress: Progress | None = None,
) -> Built:
    hidden_cols = _hidden_columns(data)  # (before the merged cells are filled)
    built = _build_form(data, laporan, options, layout, progress)
    wanted = {"no-instansi": "instansi", "no-tahun": "tahun"}
    if built.report is None and any(p.code in wanted for p in built.problems):
        read = title_facts(data)
        # (the Laporan sheet's own, or under a key mistyped: over what the title names)
        built.offered = read | laporan_offers(laporan)
        if laporan is None:  # (the option offered with the value the title names)
            built.problems = [
                no_laporan(p.code, data.sheet is None, read) if p.code in wanted else p
                for p in built.problems
            ]
    if built.read_columns is not None:  # an ignored column is named once, as ignored
        hidden_cols = [c for c in hidden_cols if c in built.read_columns]
    if hidden_cols:
        built.warnings.append(_hidden_columns_warning(data, hidden_cols))
    used = [r for r in data.hidden if r < len(data.rows) and any(data.rows[r])]
    if used:  # read as any row: a row hidden in Excel is often an old or a draft one
        shown = ", ".join(data.place(r) for r in used[:10])
        more = f" (+{len(used) - 10})" if len(used) > 10 else ""
        built.warnings.append(
            Problem(
                f"{shown}{more}",
                None,
                f"{len(used)} baris tersembunyi di Excel ikut dibaca seperti baris lain; tampilkan "
                "(Unhide) untuk memeriksanya, atau hapus bila tidak dipakai",
                (
                    "1 row hidden in Excel is read as any other row; unhide it to check it, or "
                    "delete it if it is not used"
                    if len(used) == 1
                    else f"{len(used)} rows hidden in Excel are read as any other row; unhide "
                    "them to check them, or delete them if they are not used"
                ),
            )
        )
    return built


def _hidden_columns(data: Grid) -> list[int]:
    """The columns the workbook hides that hold a cell (0-based, in order): a hidden column of
    targets is imported as any other, and the user never saw it."""
    if not data.hidden_cols:
        return []
    width = max(map(len, data.rows), default=0)
    wanted = sorted({c for cols in data.hidden_cols for c in cols if c < width})
    return [c for c in wanted if any(c < len(row) and row[c] is not None for row in data.rows)]


def _hidden_columns_warning(data: Grid, cols: list[int]) -> Problem:
    """The warning naming the hidden columns read (at most 10), each with its first cell (its
    header, as a rule): "Data!D:D (“Target”)"."""
    from lkj_tui.core.numbers import show_raw
    from lkj_tui.importing.grid import col_letter

    shown = []
    for c in cols[:10]:
        letter = col_letter(c)
        first = next((row[c] for row in data.rows[:20] if c < len(row) and row[c]), None)
        named = f" ({show_raw(first, 40)})" if first else ""
        shown.append(f"{data.sheet}!{letter}:{letter}{named}")
    more = f" (+{len(cols) - 10})" if len(cols) > 10 else ""
    n = len(cols)
    return Problem(
        f"{', '.join(shown)}{more}",
        None,
        f"{n} kolom tersembunyi di Excel ikut dibaca seperti kolom lain; tampilkan (Unhide) "
        "untuk memeriksanya, atau hapus bila tidak dipakai",
        (
            "1 column hidden in Excel is read as any other column; unhide it to check it, or "
            "delete it if it is not used"
            if n == 1
            else f"{n} columns hidden in Excel are read as any other column; unhide them to "
            "check them, or delete them if they are not used"
        ),
    )


def _build_form(
    data: Grid,
    laporan: Grid | None,
    options: MetaOptions,
    layout: str,
    progress: Progress | None = None,
) -> Built:
    if layout == "renja86":
        from lkj_tui.importing.renja86 import build_renja86

        return build_renja86(data, laporan, options, progress)  # (fills merged cells itself)
    from lkj_tui.importing.forms import build_form, find_cascade, find_table, near_table
    from lkj_tui.importing.renja86 import build_renja86, find_renja_header
    from lkj_tui.importing.rows import find_header

    renja = find_renja_header(data)  # (before the merged cells are filled down)
    if renja is not None and find_header(data) is None and find_cascade(data) is None:
        # the Renja evaluation's header and no other: read as it, as the TUI's import reads it
        # (it said "pakai --layout renja86" over "baris judul tidak ditemukan")
        built = build_renja86(data, laporan, options, progress)
        place = data.place(renja) if data.sheet is None else f"{data.sheet}!{renja + 1}:{renja + 1}"
        built.warnings.insert(
            0,
            Problem(
                place,
                None,
                "dibaca sebagai Evaluasi Hasil Renja (Permendagri 86/2017), seperti --layout "
                "renja86",
                "read as a Renja evaluation (Permendagri 86/2017), as with --layout renja86",
                "renja-layout",
            ),
        )
        return built
    fill_merged(data)
    form = find_cascade(data)  # (its Indikator column would be the template's uraian)
    if form is not None:
        return build_form(data, form, laporan, options, progress)
    built = build_flat(data, laporan, options, progress)
    if built.report is None and any(p.code == "no-header" for p in built.problems):
        form = find_table(data)  # Sasaran and Indikator, no level column
        if form is not None:
            return build_form(data, form, laporan, options, progress)
        if (near := near_table(data)) is not None:  # their columns named in other words
            built.problems = [near if p.code == "no-header" else p for p in built.problems]
    return built


def _read_json(path: Path, options: MetaOptions) -> Built:
    raw = path.read_bytes()
    try:  # (a key twice: refused, as a report file's is; the last value won, vals48)
        doc = json.loads(raw, object_pairs_hook=unique_keys)
    except NotStorable as exc:
        return Built(None, [Problem(path.name, None, *exc.why)])
    except (ValueError, RecursionError) as exc:
        from lkj_tui.core.jsonwords import unreadable

        try:  # (where it breaks, in the user's words, as a report file's is said)
            why = unreadable(raw.decode(json.detect_encoding(raw)))
        except UnicodeDecodeError:
            why = (
                "bukan teks UTF-8: simpan dokumennya lagi sebagai UTF-8",
                "not UTF-8 text: save the document again as UTF-8",
            )
        why = why or (f"JSON tidak sah: {exc}", f"invalid JSON: {exc}")
        return Built(None, [Problem(path.name, None, *why)])
    if not (isinstance(doc, dict) and doc.keys() & {"schema", "report"}):
        return Built(None, [_not_a_document(path, doc)])
    schema = doc.get("schema")
    if type(schema) is int and schema > SCHEMA_VERSION:
        return Built(None, [Problem(path.name, None, *_NEWER)])
    if isinstance(doc.get("report"), dict):
        report_doc = doc["report"]
        if options.report_id:
            report_doc["id"] = options.report_id
        if options.instansi:
            report_doc["instansi"] = options.instansi
        if options.tahun is not None:
            report_doc["tahun"] = options.tahun
    try:
        report = Report.from_document(doc)
    except ModelError as exc:
        return Built(None, [_model_problem(path, doc, exc)])
    except RecursionError as exc:
        return Built(None, [Problem(path.name, None, str(exc), str(exc))])
    from lkj_tui.importing.kept import kept_fields
    from lkj_tui.importing.limits import document_problems

    meta = report.meta
    place = "--report" if options.report_id else "report.id"
    bad = bad_report_id(meta.id, place, meta.instansi, meta.tahun)
    problems = [bad] if bad is not None else []
    problems += document_problems(report, bool(options.instansi))
    unknown, kept = kept_fields(report, doc)
    problems += unknown
    return Built(None, problems) if problems else Built(report, warnings=kept)


#: A node's place in a document as the model names it ("simpul 0.1.2", then the node's id).
_NODE_PLACE = re.compile(r"simpul (\d+(?:\.\d+)*)(?: |$)")


def _model_problem(path: Path, doc: dict[str, object], exc: ModelError) -> Problem:
    """The model's refusal of a document, its node named by its kode and name as ``check`` and
    ``set`` name one ("IKU 1 Nilai LPPD (simpul 0.0.0)"), not by its 32-character id on a line of
    120 (vals37); a node with neither, or a place that is no node's, as the model says it."""
    from lkj_tui.core.i18n import model_problem
    from lkj_tui.core.sanitize import clean_line

    found = _NODE_PLACE.match(exc.where)
    raw: object = None
    children: object = doc.get("nodes")
    for i in found[1].split(".") if found is not None else ():  # (0.1.2: a root's child's child)
        raw = children[int(i)] if isinstance(children, list) and int(i) < len(children) else None
        children = raw.get("children") if isinstance(raw, dict) else None
    named = ""
    if found is not None and isinstance(raw, dict):
        words = [raw.get("code"), raw.get("name")]
        named = " ".join(clean_line(w, 60) for w in words if isinstance(w, str) and w.strip())
    if found is None or not named:
        return Problem(path.name, None, exc.text("id"), exc.text("en"))
    return Problem(
        path.name,
        None,
        model_problem(exc.code, f"{named} (simpul {found[1]})", exc.values, "id"),
        model_problem(exc.code, f"{named} (node {found[1]})", exc.values, "en"),
    )


#: A JSON document of a newer lkj-tui (its schema above this one's).
_NEWER = (
    f"dokumen dari lkj-tui yang lebih baru (lkj-tui ini membaca skema {SCHEMA_VERSION}): "
    "perbarui lkj-tui",
    f"a document of a newer lkj-tui (this lkj-tui reads schema {SCHEMA_VERSION}): upgrade lkj-tui",
)


def _not_a_document(path: Path, doc: object) -> Problem:
    """What a JSON file that is no report document is (someone's own JSON, a report file copied
    out of a store folder), said first, with what to import instead; the model's "versi skema
    None tidak dikenal" said nothing of it, and only in Bahasa Indonesia."""
    if isinstance(doc, dict) and {"meta", "nodes"} <= doc.keys():
        from lkj_tui.core.sanitize import clean_line

        meta = next(iter(doc["meta"].values()), None) if isinstance(doc["meta"], dict) else None
        report = meta.get("report") if isinstance(meta, dict) else None
        rid = report.get("id") if isinstance(report, dict) else None
        rid = clean_line(rid, 80) if isinstance(rid, str) and rid and " " not in rid else "ID"
        line = f"lkj-tui export --format json -r {rid} -o {rid}.json"
        return Problem(
            path.name,
            None,
            "berkas dari folder penyimpanan lkj-tui, bukan dokumen laporan: ekspor laporannya "
            f"sebagai dokumen dari penyimpanan itu, lalu impor dokumennya: {line}",
            "a file of an lkj-tui store folder, not a report document: export the report as a "
            f"document from that store, then import the document: {line} --lang en",
        )
    return Problem(
        path.name,
        None,
        "bukan dokumen laporan lkj-tui: impor membaca JSON yang ditulis lkj-tui export "
        "--format json (docs/report-format.md)",
        "not an lkj-tui report document: import reads the JSON that lkj-tui export --format "
        "json writes (docs/report-format.md)",
    )
