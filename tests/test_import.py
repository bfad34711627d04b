"""``lkj-tui import``: real-looking workbooks made by openpyxl, CSV files as Excel writes them, every
error class, all or nothing, and the installed command end to end."""

from __future__ import annotations

import json
import random
import shutil
import zipfile
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core.model import Item, Measure, Node, Printed, Report, ReportMeta, stored_record
from lkj_tui.core.numbers import DOT_DECIMAL, ENGLISH_FORMAT, format_exact, format_id
from lkj_tui.core.values import parse_value
from lkj_tui.importing import rows as rows_module
from lkj_tui.importing.cells import GENERAL, cell_text, number_text, read_format
from lkj_tui.importing.columns import COLUMNS
from lkj_tui.importing.read import read_report
from lkj_tui.importing.rows import IMPORT_TABLE, MetaOptions
from lkj_tui.storage.store import Store
from tests.conftest import run_cli

openpyxl = pytest.importorskip("openpyxl")

HEAD = ["Level", "Kode", "Induk", "Indikator Kinerja", "Satuan", "Target", "Realisasi",
        "Capaian (%)", "Permasalahan", "Anggaran"]  # fmt: skip


def _workbook(path: Path, rows: list[list[object]], *, laporan: bool = True, fmts=None, merges=()):
    """A workbook with a ``Data`` sheet (and a ``Laporan`` sheet); ``fmts`` maps "F3" → format."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Data"
    for row in rows:
        ws.append(row)
    for ref, fmt in (fmts or {}).items():
        ws[ref].number_format = fmt
    for rng in merges:
        ws.merge_cells(rng)
    if laporan:
        lp = wb.create_sheet("Laporan")
        for row in (["kunci", "nilai"], ["instansi", "Dinas Contoh"], ["tahun", 2024],
                    ["periode", "2021-2026"]):  # fmt: skip
            lp.append(row)
    wb.save(path)
    return path


def _noise(path: Path, literal: dict[str, str]) -> None:
    """Put float literals into the sheet XML as Excel writes them (openpyxl writes short ones)."""
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                for marker, text in literal.items():
                    data = data.replace(f"<v>{marker}</v>".encode(), f"<v>{text}</v>".encode())
            dst.writestr(item, data)
    tmp.replace(path)


def _import(path: Path, **options: object):
    return read_report(path, MetaOptions(**options))  # type: ignore[arg-type]


def _by_name(report: Report) -> dict[str, Node]:
    return {n.name: n for n in report.walk()}


# ------------------------------------------------------------------------------ cells


@pytest.mark.parametrize(
    ("value", "fmt", "text"),
    [
        (100.00000000000001, None, "100"),
        (92.857142857142861, "General", "92,8571428571429"),
        (92.857142857142861, "0.00", "92,86"),
        (0.95, "0%", "95 %"),
        (0.9286, "0.00%", "92,86 %"),
        (1234567.0, "#,##0", "1.234.567"),
        (1234567.0, '"Rp"#,##0', "Rp 1.234.567"),
        (1500.0, None, "1500"),
        (0.1 + 0.2, None, "0,3"),
        (2024, None, "2024"),
        (85.0, '0.0"%"', "85,0 %"),  # (imp65: a percent sign as text was dropped, "85,0")
        (85.0, "0.00\\%", "85,00 %"),
        (92.5, '#,##0" %"', "93 %"),
        (5.0, '0" orang"', "5 orang"),  # (imp67: a unit as text was dropped, "5")
        (1500.0, '#,##0" Dokumen"', "1.500 Dokumen"),
        (5.0, '0"orang"', "5orang"),  # (as Excel shows it)
        (5.0, 'General" orang"', "5 orang"),
        (5.0, '0  "orang  per"\\ "tahun"', "5 orang per tahun"),
        (1234567.0, '#,##0," rb"', "1.235 rb"),  # (a comma after the digits: thousands)
        (1234567.0, '#,##0.0,," jt"', "1,2 jt"),
        (1234.0, "#,##0_);[Red](#,##0)", "1.234"),  # (a space's width: no unit)
        (1234.0, '_-"Rp"* #,##0_-;\\-"Rp"* #,##0_-', "Rp 1.234"),
        (5.0, '0" Korporasi"', "5 Korporasi"),  # (its "rp" was read as Rupiah)
        (95.0, '"≥ "0', "≥ 95"),  # (imp68: a text before the number was dropped, "95")
        (3.51, '">"0.00', ">3,51"),
        (0.05, '"≤ "0.0%', "≤ 5,0 %"),
        (95.0, "\\≥ 0", "≥ 95"),
        (1234.0, '_("$"* #,##0_)', "$1.234"),  # (imp69: kept, the import names it)
        (1234.0, "[$$-409]#,##0", "$1.234"),
        (1234.0, "[$€-2] #,##0.00", "€ 1.234,00"),
        (1234.0, "[$-421]#,##0", "1.234"),  # (a locale alone: no sign)
        (1234.0, '"Rp."#,##0', "Rp 1.234"),
        (1.0, "00", "01"),  # (imp68: a kode 01 so formatted was read "1")
        (7.0, '"IKU "00', "IKU 07"),
        (1.5, "000.0", "001,5"),
        (-1234.0, "#,##0;(#,##0)", "(1.234)"),  # (imp70: as Excel shows it; the import names it)
        (-1234.0, '"Rp"#,##0;("Rp"#,##0)', "Rp (1.234)"),
        (-0.0125, "0.0%;(0.0%)", "(1,3 %)"),
    ],
)
def test_excel_numbers_read_as_the_user_sees_them(value, fmt, text) -> None:
    assert number_text(value, fmt) == text


def _shown(value: float, fmt: str | None) -> str:
    """What a number cell shows, by the rules of ``number_text``'s docstring spelled out with
    Decimal and the core's formatting (number_text takes shortcuts to the same text)."""
    read = read_format(fmt or "General")
    if read.negative is not None and value < 0:  # (the negative section, its sign marks dropped)
        read = read.negative
    elif read.zero is not None and value == 0:  # (a zero section that shows digits)
        read = read.zero
    percent, places, grouped, rupiah, unit, scale, prefix, width, _, _, bracketed, _, _ = read
    number = Decimal(format(value, ".15g"))
    if percent:
        number = Decimal(format(number.scaleb(2), ".15g"))
    number = number / 1000**scale
    if places is not None:
        text = format_id(number, places)
        text = text if grouped else text.replace(".", "")
        if not grouped:  # (at least ``width`` digits before the comma)
            sign = "-" if text.startswith("-") else ""
            whole, comma, fraction = text.removeprefix("-").partition(",")
            text = sign + whole.rjust(width, "0") + comma + fraction
    else:
        number = number.normalize()
        number = number.quantize(Decimal(1)) if number == number.to_integral() else number
        text = format_exact(number).replace(".", "")
    body = text + (" %" if percent else "") + unit
    if bracketed and body.startswith("-"):  # (a negative section's brackets, as Excel shows them)
        body = f"({body[1:]})"
    return ("Rp " if rupiah else prefix) + body


_FORMATS = [None, "General", "0", "0.00", "#,##0", "#,##0.00", "0%", "0.00%", '"Rp" #,##0',
            '"Rp"#,##0.00', "0.000;(0.000)", "#,##0;(#,##0.0)", '0;-0;0.00', '0;-0;"–"', "@", "#,##0.0%", '0.0"%"', '#,##0" Dokumen"',
            '#,##0.00,," jt"', '0"orang"', '"≥ "0', '">"0.00', '"≤ "0.0%', "00", "000.0", '"IKU "00', "0.0;[Red]0.0"]  # fmt: skip


@given(
    st.one_of(
        st.floats(min_value=-1e17, max_value=1e17),
        st.floats(min_value=-1, max_value=1),
        st.integers(-(10**15), 10**15).map(lambda n: n / 100),
    ),
    st.sampled_from(_FORMATS),
)
@example(-0.0, None)
@example(0.125, "0.00")  # half up, not to even
@example(2.5, '"Rp" #,##0')
@example(-0.001, "0.00")  # "0,00", never "-0,00"
@example(1e15, None)  # written with an exponent by format(…, ".15g")
@example(1e-05, "General")
@example(-0.0, "0.00%")
@example(0.005, "0.00")  # half up at the first dropped digit
@example(-0.994999, "0.00%")
@example(999.995, "#,##0.00")  # the carry into a new group: "1.000,00"
def test_number_text_follows_its_rules(value: float, fmt: str | None) -> None:
    assert number_text(value, fmt) == _shown(value, fmt)


def test_a_number_format_longer_than_excel_allows_reads_as_general() -> None:
    assert read_format("#,##0.00" + " " * 247) == read_format("#,##0.00")
    assert read_format("#,##0.00" + " " * 248) == GENERAL
    assert number_text(1234.5, "#,##0.00" + "[" * 10**5) == "1234,5"


def test_a_huge_number_cell_is_read_not_refused() -> None:
    """1e30 in a General cell (Excel shows 1E+30) used to raise decimal's InvalidOperation."""
    assert number_text(1e30) == "1" + "0" * 30
    assert number_text(-1e30, "#,##0") == "-1" + ".000" * 10
    assert number_text(1e30, "0%") == "1" + "0" * 32 + " %"


@given(st.from_regex(rows_module._PARSES, fullmatch=True))
@example("Rp 1.000")  # ambiguous: a thousands dot or a decimal point (a note, no refusal)
@example("Rp 0,5")
@example("-0 %")
@example("0" * 5000)
def test_the_shapes_the_check_does_not_parse_always_parse(text: str) -> None:
    """The rows' check asks only whether a value cell parses, and the English-number warning
    whether it is read with a dot as a decimal point or in the English format; both skip the
    parser for the shapes of ``_PARSES``: each must parse, with neither note, or a cell the parser
    refuses would be imported, or a budget "Rp 0.500" read as 0,5 imported without a word."""
    notes = parse_value(text).notes
    assert not [n for n in notes if DOT_DECIMAL[0] in n or ENGLISH_FORMAT[0] in n], notes


def test_text_cells_are_kept_exactly() -> None:
    for text in ("3 ± 1", ">3,51", "A (86,45)", "WTP", "1.500bh", "n/a", "-", "#DIV/0!", " 7 "):
        assert cell_text(text) == text
    assert cell_text("   ") is None
    assert cell_text(None) is None


# ------------------------------------------------------------------------------ workbooks


def _scan_by_attributes(formats, sheet: str) -> dict[int, dict[int, object]]:
    """The styled cells' formats as the scan read them before issue 17's third pass: every
    tag's attributes read one by one (``_attrs``). The reference of the scan's shortcut."""
    import re

    from lkj_tui.importing import xlsx

    xml = formats.zf.read(formats.sheet_paths[sheet])
    wanted = b"|".join(str(i).encode() for i in formats.by_style)
    out: dict[int, dict[int, object]] = {}
    for m in re.finditer(rb'<(?:\w+:)?c\b([^>]*\bs="(?:' + wanted + rb')"[^>]*)>', xml):
        attrs = xlsx._attrs(m.group(1))
        ref = xlsx._REF.fullmatch(attrs.get("r", "").encode())
        if ref:
            cells = out.setdefault(int(ref.group(2)) - 1, {})
            cells[xlsx._col_index(ref.group(1))] = formats.by_style[int(attrs["s"])]
    return out


_SPELLINGS = {  # a styled cell's tag as other writers (or a hostile file) may spell it
    "as written": lambda r, s, rest: f'<c r="{r}" s="{s}"{rest}>',
    "style first": lambda r, s, rest: f'<c s="{s}" r="{r}"{rest}>',
    "prefixed": lambda r, s, rest: f'<x:c r="{r}" s="{s}"{rest}>',
    "prefixed attributes": lambda r, s, rest: f'<c x:r="{r}" x:s="{s}"{rest}>',
    "an entity": lambda r, s, rest: f'<c r="&#{ord(r[0])};{r[1:]}" s="{s}"{rest}>',
    "more attributes": lambda r, s, rest: f'<c r="{r}" s="{s}"{rest} cm="1">',
    "spaces": lambda r, s, rest: f'<c  r="{r}"   s="{s}"{rest} >',
    "no reference": lambda r, s, rest: f'<c s="{s}"{rest}>',
    "a lower-case reference": lambda r, s, rest: f'<c r="{r.lower()}" s="{s}"{rest}>',
    "empty": lambda r, s, rest: f'<c r="{r}" s="{s}"{rest}/>',
}


@pytest.mark.parametrize("spelling", [*_SPELLINGS, "mixed"])
def test_the_scan_reads_styled_cells_as_their_attributes_say(tmp_path: Path, spelling) -> None:
    import re

    from lkj_tui.importing import xlsx

    rows = [HEAD, *[["IKU", f"I{i}", None, "x", "%", 0.5 + i, 0.25 * i] for i in range(30)]]
    fmts = {f"{c}{r}": f for r in range(2, 32) for c, f in (("F", "0.00%"), ("G", '"Rp" #,##0'))}
    path = _workbook(tmp_path / "w.xlsx", rows, fmts={**fmts, "E5": "0.0", "AB40": "0%"})
    names = list(_SPELLINGS)
    tags = iter(range(10**6))

    def respell(m: re.Match[bytes]) -> bytes:
        name = names[next(tags) % len(names)] if spelling == "mixed" else spelling
        r, s, rest = (g.decode() for g in m.groups())
        return _SPELLINGS[name](r, s, rest).encode()

    tmp = tmp_path / "respelled.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(tmp, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<c r="([A-Z]+[0-9]+)" s="([0-9]+)"([^>]*)>', respell, data)
            dst.writestr(item, data)
    with zipfile.ZipFile(tmp) as zf:
        formats = xlsx._Formats(zf)
        got = formats.scan("Data")[0]
        assert got == _scan_by_attributes(formats, "Data")
    if spelling == "as written":
        assert sum(map(len, got.values())) == 62  # F and G of 30 rows, E5, AB40


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.sampled_from(list(_SPELLINGS)), min_size=1, max_size=80),
    st.sampled_from(["", ' s="1" customFormat="1"', ' s="3"']),
    st.sampled_from(["", 's="1"', 'x s="3"/>']),
)
def test_the_scan_of_any_mix_of_spellings_reads_as_the_attributes_say(
    tmp_path_factory: pytest.TempPathFactory, spellings: list[str], row_style: str, text: str
) -> None:
    """Whatever mix of spellings the styled tags have, with a styled row or a text cell that holds
    ``s="1"``: the scan (its shortcut for the usual spelling, or its way back to every tag's
    attributes) reads what the attributes say."""
    import io
    import re

    from lkj_tui.importing import xlsx

    path = tmp_path_factory.getbasetemp() / "mix.xlsx"
    if not path.exists():
        rows = [HEAD, *[["IKU", f"I{i}", None, "x", "%", 0.5 + i, 0.25 * i] for i in range(30)]]
        fmts = {f"{c}{r}": f for r in range(2, 32) for c, f in (("F", "0.00%"), ("G", "0.0"))}
        _workbook(path, rows, fmts={**fmts, "E5": '"Rp" #,##0', "AB40": "0%"})
    tags = iter(range(10**6))

    def respell(m: re.Match[bytes]) -> bytes:
        r, s, rest = (g.decode() for g in m.groups())
        return _SPELLINGS[spellings[next(tags) % len(spellings)]](r, s, rest).encode()

    buffer = io.BytesIO()
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(buffer, "w") as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<c r="([A-Z]+[0-9]+)" s="([0-9]+)"([^>]*)>', respell, data)
                data = data.replace(b'<row r="4"', f'<row r="4"{row_style}'.encode())
                cell = f'<c r="Z7" t="inlineStr"><is><t>{text}</t></is></c></row>'
                data = data.replace(b"</row>", cell.encode(), 1)
            dst.writestr(item, data)
    with zipfile.ZipFile(buffer) as zf:
        formats = xlsx._Formats(zf)
        assert formats.scan("Data")[0] == _scan_by_attributes(formats, "Data")


def test_real_looking_workbook(tmp_path: Path) -> None:
    rows = [
        HEAD,
        ["Tujuan", "T1", None, "Tata kelola efektif"],
        ["Sasaran Strategis", "S1", None, "Kebijakan meningkat"],
        ["Indikator Kinerja Utama", "IKU 1", None, "Nilai LPPD", "Nilai", 1.111, 2.222, 3.333,
         "Masalah satu\nMasalah dua"],
        [None, "IKU 2", None, "Persentase layanan", "%", 0.95, 0.9286],
        [None, "IKU 3", None, "Indeks kepuasan", "%", "95", "#DIV/0!"],
        ["iku", "IKU 4", None, "Opini BPK", None, "WTP", "n/a"],
        ["iku", "IKU 5", None, "Inflasi", "%", "3 ± 1", "-"],
        ["Program", "P1", None, "Program penunjang", None, None, None, None, None,
         "Rp 1.234.500"],
        ["Sub Kegiatan", None, None, "Salah tempat"],
        ["Kegiatan", "K1", "P1", "Kegiatan A"],
        ["Sub Kegiatan", "SK1", None, "Sub kegiatan A"],
        ["indikator kegiatan", None, None, "Dokumen", "dok", "92,5", "92.86"],
        [None, None, None, "Rapat", "kali", 4, 5.0],
    ]  # fmt: skip
    path = _workbook(tmp_path / "lkj.xlsx", rows, fmts={"F5": "0%", "G5": "0.00%"})
    _noise(path, {"1.111": "3.2200000000000002", "2.222": "2.8500000000000001",
                  "3.333": "88.509316770186331"})  # fmt: skip
    built = _import(path)
    # a sub kegiatan right under a program has no kegiatan above it: its parent is inferred
    # from the outline, nearest that may hold it — there is none (kegiatan K1 comes later)
    assert built.problems == [], built.problems
    report = built.report
    assert report is not None
    assert report.meta.instansi == "Dinas Contoh" and report.meta.tahun == 2024
    assert report.meta.periode == (2021, 2026)
    nodes = _by_name(report)
    lppd = nodes["Nilai LPPD"].measure
    assert lppd is not None
    assert (lppd.target, lppd.realisasi) == ("3,22", "2,85")
    assert lppd.printed == (Printed(IMPORT_TABLE, "capaian", "88,5093167701863"),)
    assert [i.text for i in nodes["Nilai LPPD"].permasalahan] == ["Masalah satu", "Masalah dua"]
    layanan = nodes["Persentase layanan"]
    assert layanan.kind == "iku" and layanan.parent == nodes["Kebijakan meningkat"].id
    assert (layanan.measure.target, layanan.measure.realisasi) == ("95 %", "92,86 %")
    # an error cell (openpyxl writes "#DIV/0!" as one) is never a value: named (vals16)
    assert nodes["Indeks kepuasan"].measure.realisasi is None
    # a text cell "92.86": its dot read as the decimal point, said as set says it (vals39)
    assert [(w.place, w.text) for w in built.warnings] == [
        ("Data!G6", "#DIV/0!"),
        ("Data!G13", "92.86"),
    ]
    assert nodes["Opini BPK"].measure.realisasi == "n/a"
    assert nodes["Inflasi"].measure.target == "3 ± 1"
    assert nodes["Inflasi"].measure.realisasi == "-"
    assert nodes["Program penunjang"].anggaran == "Rp 1.234.500"
    # outline: a program's nearest row above that may hold it is the IKU above (as in the LKj)
    assert nodes["Program penunjang"].parent == nodes["Inflasi"].id
    assert nodes["Salah tempat"].parent is None  # no kegiatan above it: a root
    dokumen, rapat = nodes["Dokumen"], nodes["Rapat"]
    assert dokumen.parent == nodes["Sub kegiatan A"].id
    assert rapat.parent == dokumen.parent and rapat.kind == "indikator_kegiatan"
    assert (dokumen.measure.target, dokumen.measure.realisasi) == ("92,5", "92.86")
    assert (rapat.measure.target, rapat.measure.realisasi) == ("4", "5")
    assert nodes["Kegiatan A"].parent == nodes["Program penunjang"].id


def test_merged_cells_fill_down(tmp_path: Path) -> None:
    rows = [HEAD, ["sasaran", "S1", None, "Satu"], ["sasaran", "S2", None, "Dua"],
            ["iku", None, "S1", "A"], ["iku", None, None, "B"]]  # fmt: skip
    path = _workbook(tmp_path / "m.xlsx", rows, merges=["C4:C5"])
    nodes = _by_name(_import(path).report)
    assert nodes["A"].parent == nodes["B"].parent == nodes["Satu"].id
    unmerged = _by_name(_import(_workbook(tmp_path / "u.xlsx", rows)).report)
    assert unmerged["B"].parent == unmerged["Dua"].id  # the outline, without the merge


def test_options_win_over_the_laporan_sheet(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "a.xlsx", [HEAD, ["sasaran", None, None, "S"]])
    report = _import(path, instansi="Dinas Lain", tahun=2025, report_id="lain-2025").report
    assert report is not None
    assert (report.meta.id, report.meta.instansi, report.meta.tahun) == (
        "lain-2025",
        "Dinas Lain",
        2025,
    )


def test_a_missing_instansi_and_tahun_are_errors(tmp_path: Path) -> None:
    path = _workbook(tmp_path / "a.xlsx", [HEAD, ["sasaran", None, None, "S"]], laporan=False)
    built = _import(path)
    assert built.report is None
    whys = " ".join(p.why for p in built.problems)
    assert "instansi" in whys and "tahun" in whys


def test_every_problem_is_listed_with_its_cell(tmp_path: Path) -> None:
    rows = [
        HEAD,
        ["sasaran", "S1", None, "Sasaran"],
        ["bukan level", None, None, "X"],  # unknown level
        ["iku", "K", "TIDAK-ADA", "Y", None, "1"],  # parent that does not exist
        ["iku", "K", None, "Z", None, "1"],  # duplicate kode
        ["iku", None, None, "W", None, "12,3.4x"],  # begins like a number, is not one
        ["iku", "A", "B", "Siklus 1"],
        ["iku", "B", "A", "Siklus 2"],  # a cycle
        ["iku", None, None, None],  # no uraian
        ["program", None, None, "Program", None, "100"],  # measure on a program row
    ]  # fmt: skip
    built = _import(_workbook(tmp_path / "bad.xlsx", rows))
    assert built.report is None
    places = {p.place: p for p in built.problems}
    assert "Data!A3" in places and "level" in places["Data!A3"].why
    assert places["Data!C4"].text == "TIDAK-ADA"
    assert "ganda" in places["Data!B5"].why
    assert (
        places["Data!F6"].text == "12,3.4x" and "angka '12,3.4' tidak sah" in places["Data!F6"].why
    )
    assert any("lingkaran" in p.why for p in built.problems)
    assert "uraian" in places["Data!D9"].why
    assert "Data!F10" in places


def test_no_header_row(tmp_path: Path) -> None:
    built = _import(_workbook(tmp_path / "x.xlsx", [["apa", "ini"], [1, 2]]))
    assert built.report is None and "judul" in built.problems[0].why


# ------------------------------------------------------------------------------ CSV


@pytest.mark.parametrize("sep", [";", ","])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_csv_separators_and_encodings(tmp_path: Path, sep: str, encoding: str) -> None:
    lines = [
        ["level", "uraian", "satuan", "target", "realisasi", "penanggung jawab"],
        ["sasaran", "Pelayanan publik", "", "", "", ""],
        ["iku", "Indeks kepuasan €", "%", "95,5", "96,25", "Bagian Organisasi – Tata Laksana"],
    ]
    text = "\r\n".join(sep.join(f'"{c}"' if sep in c else c for c in row) for row in lines) + "\r\n"
    path = tmp_path / "data.csv"
    path.write_bytes(text.encode(encoding))
    built = _import(path, instansi="Dinas", tahun=2024)
    assert built.problems == []
    node = _by_name(built.report)["Indeks kepuasan €"]
    assert node.measure.target == "95,5" and node.measure.realisasi == "96,25"
    assert node.info["penanggung_jawab"] == "Bagian Organisasi – Tata Laksana"


def test_csv_problems_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text("level;uraian;target\nsasaran;S;\niku;I;1,2,3,x\n", encoding="utf-8")
    built = _import(path, instansi="D", tahun=2024)
    assert [p.place for p in built.problems] == ["baris 3 (target)"]


# ------------------------------------------------------------------------------ round trip


def _generated(seed: int) -> Report:
    rnd = random.Random(seed)
    values = ["3,22", "95 %", ">3,51", "3 ± 1", "A (86,45)", "WTP", "n/a", "-", "#DIV/0!",
              "1.500bh", "Rp 1.234.500", "0012", "2024", "12,50", None]  # fmt: skip
    texts = ["Nama biasa", "Baris\nkedua", " spasi tepi ", "[kurung]", "a | b", "kunci: nilai",
             "x" * 500, "emoji 📊", "tab\tdi dalam", "=SUM(A1)", "+62 812"]  # fmt: skip

    # a name as set, the TUI and the import save it, its whitespace folded (imp65: the import
    # folds a name's Alt+Enter and trailing space); the items keep theirs (a JSON list in a cell)
    names = [" ".join(t.split()) for t in texts]

    def v() -> str | None:
        return rnd.choice(values)

    meta = ReportMeta(
        f"gen-{seed}", "Dinas " + rnd.choice(names), 2024, pemerintah="Pemkab X",
        periode=(2021, 2026), misi=("Misi | satu", "Misi\ndua"), kesimpulan=("Baik",),
        printed={"capaian_iku_rata_rata": "99 %"},
    )  # fmt: skip
    nodes: list[Node] = []
    sasaran = Node(f"s{seed}", "sasaran", rnd.choice(names), code="S1")
    nodes.append(sasaran)
    for i in range(rnd.randint(1, 6)):
        measure = Measure(
            satuan=rnd.choice(["%", "Nilai", None]),
            polaritas=rnd.choice(["positif", "negatif", "stabil"]),
            target=v(), realisasi=v(),
            targets={2024: "1", 2026: "3"} if i % 2 else {},
            realisasi_history={2023: "2"} if i % 3 == 0 else {},
            triwulan=(v(), None, v(), v()),
            target_akhir=v(),
            printed=(Printed(IMPORT_TABLE, "capaian", "88,5"), Printed("Tabel | 3", "capaian", "x"))
            if i % 2 else (Printed("Tabel 3.2", "capaian_renstra", "70"),),
            cara_hitung=rnd.choice(["kumulatif", "nilai_akhir", "rata_rata", None]),
            target_triwulan=("1", "2", None, "4") if i % 2 else (None,) * 4,
        )  # fmt: skip
        iku_id = f"iku-{seed}-{i}"
        nodes.append(
            Node(
                iku_id,
                "iku",
                rnd.choice(names),
                parent=sasaran.id,
                order=i,
                code=f"IKU {i}" if i % 2 else "",
                source="Tabel 3.2",
                info={"penanggung_jawab": "Bagian A", "definisi": "d", "lain": "x: y", "k|": " v"},
                measure=measure,
                permasalahan=tuple(
                    Item(f"{iku_id}-p{j}", rnd.choice(texts)) for j in range(rnd.randint(0, 3))
                ),
                solusi=(Item(f"{iku_id}-s0", "Solusi"),),
                anggaran=rnd.choice(["Rp 1.000", None]),
            )
        )
    return Report(meta, nodes)


def _doc_without_item_ids(report: Report) -> dict:
    """The document; item ids are derived from the node and position by the template."""
    doc = report.to_document()

    def strip(nodes: list) -> None:
        for n in nodes:
            for key in ("permasalahan", "solusi"):
                n[key] = [i["text"] for i in n[key]]
            strip(n["children"])

    strip(doc["nodes"])
    return doc


def _assert_records_are_the_models(built) -> None:
    """The records the reader made the nodes from (which the store writes as they are) are the
    model's own as the store writes them, key for key and in order: the file is the one the store
    writes for the report."""
    if built.records is None:  # (the JSON document: the store makes the records)
        return
    records = [built.records[n.id] for n in built.report.walk()]
    assert json.dumps(records) == json.dumps([stored_record(r) for r in built.report.to_records()])


@pytest.mark.parametrize("fmt", ["xlsx", "csv", "json"])
def test_round_trip_of_the_bundled_report(tmp_path: Path, fmt: str) -> None:
    from lkj_tui.export import spreadsheet

    report = load_bundled_report()
    path = tmp_path / f"out.{fmt}"
    if fmt == "xlsx":
        path.write_bytes(spreadsheet.workbook_bytes(report))
    elif fmt == "csv":
        path.write_bytes(spreadsheet.csv_bytes(report))
    else:
        path.write_bytes(spreadsheet.json_bytes(report))
    m = report.meta
    options = {"instansi": m.instansi, "tahun": m.tahun, "report_id": m.id} if fmt == "csv" else {}
    built = _import(path, **options)
    assert built.problems == []
    _assert_records_are_the_models(built)
    doc = built.report.to_document()
    if fmt == "csv":  # a CSV file carries the Data sheet only
        doc["report"] = report.to_document()["report"]
    assert doc == report.to_document()


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
def test_round_trip_of_generated_reports(tmp_path: Path, seed: int, fmt: str) -> None:
    from lkj_tui.export import spreadsheet

    report = _generated(seed)
    path = tmp_path / f"gen.{fmt}"
    path.write_bytes(
        spreadsheet.workbook_bytes(report) if fmt == "xlsx" else spreadsheet.csv_bytes(report)
    )
    m = report.meta
    options = {"instansi": m.instansi, "tahun": m.tahun, "report_id": m.id} if fmt == "csv" else {}
    built = _import(path, **options)
    assert built.problems == [], built.problems
    _assert_records_are_the_models(built)
    got = _doc_without_item_ids(built.report)
    want = _doc_without_item_ids(report)
    if fmt == "csv":
        got["report"] = want["report"]
    assert got == want


def describe_by_evaluation(report: Report, lang: str) -> list[str]:
    """What ``describe`` printed when it made a whole ``Evaluation`` (before issue 17's third pass):
    the reference its leaner walk must match line for line."""
    from collections import Counter

    from lkj_tui.cli.importcmd import _T, _quarters
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.core.i18n import tr
    from lkj_tui.core.model import NODE_KINDS
    from lkj_tui.core.sanitize import clean_line

    counts = Counter(n.kind for n in report.walk())
    lines = [", ".join(f"{tr(k, lang)}: {counts[k]}" for k in NODE_KINDS if counts[k])]
    missing = [
        ev
        for ev in Evaluation(report).items()
        if ev.node.measure is not None and ev.achievement and ev.achievement.rounded is None
    ]
    if missing:
        lines.append(_T["en" if lang == "en" else "id"]["no_capaian"].format(n=len(missing)))
        for ev in missing:
            assert ev.achievement is not None
            reason = ev.achievement.reason_en if lang == "en" else ev.achievement.reason
            line = f"- {clean_line(ev.node.code or ev.node.name, 60)}: {reason or '—'}"
            t = _T["en" if lang == "en" else "id"]
            if ev.achievement.reason_code == "realisasi_missing" and (
                q := _quarters(ev.node, lang)
            ):
                # (a filled quarter named, as a document without cells has it: imp70)
                line += "; " + t["fix_quarters"].format(q=q[0], v=q[1], realisasi=t["field"])
            lines.append(line)
    return lines


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_list_of_indicators_without_capaian_is_the_evaluations(lang: str) -> None:
    """Generated reports (every kind of value, cara hitung with the realisasi derived from the
    triwulan, rows that repeat) and the bundled one: the same lines as a whole evaluation gives."""
    from lkj_tui.cli.importcmd import describe

    reports = [load_bundled_report(), *(_generated(seed) for seed in range(40))]
    for report in reports:
        assert describe(report, lang) == describe_by_evaluation(report, lang)
    assert any(len(describe(r, lang)) > 1 for r in reports)  # some have indicators listed


# ------------------------------------------------------------------------------ the command


def test_import_command_end_to_end(tmp_path: Path) -> None:
    store = tmp_path / "store"
    rows = [HEAD, ["sasaran", "S1", None, "Sasaran"], ["iku", "IKU 1", None, "LPPD", "Nilai",
            "3,22", "2,85"]]  # fmt: skip
    path = _workbook(tmp_path / "lkj.xlsx", rows)
    dry = run_cli("import", str(path), "--dry-run", store=store)
    assert dry.returncode == 0, dry.stderr
    assert "dinas-contoh-2024" in dry.stdout and "IKU: 1" in dry.stdout
    assert not (store / "dinas-contoh-2024.json").exists()
    done = run_cli("import", str(path), store=store)
    assert done.returncode == 0, done.stderr
    status = run_cli("status", "--json", "--report", "dinas-contoh-2024", store=store)
    assert status.returncode == 0, status.stderr
    data = json.loads(status.stdout)
    assert data["summary"]["indicators"] == 1
    again = run_cli("import", str(path), store=store)
    assert again.returncode == 1 and "--overwrite" in again.stderr
    over = run_cli("import", str(path), "--overwrite", store=store)
    assert over.returncode == 0, over.stderr
    listed = run_cli("restore", "dinas-contoh-2024", "--list", store=store)
    assert listed.returncode == 0 and "dinas-contoh-2024" in listed.stdout
    assert Store(store).generations("dinas-contoh-2024")  # the old version is restorable


def test_import_dry_run_answers_as_the_import_would_for_an_existing_id(tmp_path: Path) -> None:
    """A dry run of a report id the store holds said "Akan dibuat" (exit 0) while the import itself
    refuses it (exit 1): the dry run refuses it the same way, and with --overwrite says it replaces
    it. Nothing is written either way."""
    store = tmp_path / "store"
    rows = [HEAD, ["sasaran", "S1", None, "Sasaran"], ["iku", "IKU 1", None, "LPPD", "Nilai",
            "3,22", "2,85"]]  # fmt: skip
    path = _workbook(tmp_path / "lkj.xlsx", rows)
    assert run_cli("import", str(path), store=store).returncode == 0
    before = Store(store).revision("dinas-contoh-2024")
    real = run_cli("import", str(path), store=store)
    dry = run_cli("import", str(path), "--dry-run", store=store)
    assert real.returncode == dry.returncode == 1, dry.stdout
    assert "--overwrite" in dry.stderr and "Akan dibuat" not in dry.stdout
    over = run_cli("import", str(path), "--dry-run", "--overwrite", "--lang", "en", store=store)
    assert over.returncode == 0, over.stderr
    assert "Would replace report dinas-contoh-2024" in over.stdout
    assert Store(store).revision("dinas-contoh-2024") == before
    fresh = run_cli("import", str(path), "--dry-run", "--report", "baru-2024", store=store)
    assert fresh.returncode == 0 and "Akan dibuat laporan baru-2024" in fresh.stdout


def test_import_command_lists_every_problem_and_writes_nothing(tmp_path: Path) -> None:
    store = tmp_path / "store"
    rows = [HEAD, ["sasaran", None, None, "S"], ["apa", None, None, "X"],
            ["iku", None, "NOPE", "Y", None, "1,2,3x"]]  # fmt: skip
    path = _workbook(tmp_path / "bad.xlsx", rows)
    done = run_cli("import", str(path), store=store)
    assert done.returncode == 2
    assert "Data!A3" in done.stderr and "Data!C4" in done.stderr and "Data!F4" in done.stderr
    assert "Traceback" not in done.stderr
    assert not list(store.glob("dinas-*.json"))


def test_import_command_refuses_unreadable_files(tmp_path: Path) -> None:
    bad = tmp_path / "broken.xlsx"
    bad.write_bytes(b"not a zip")
    done = run_cli("import", str(bad), store=tmp_path / "s")
    assert done.returncode == 2 and "Traceback" not in done.stderr and "xlsx" in done.stderr
    odd = tmp_path / "x.ods"
    odd.write_text("x")
    done = run_cli("import", str(odd), store=tmp_path / "s")
    assert done.returncode == 2 and ".xlsx" in done.stderr
    done = run_cli("import", str(tmp_path / "missing.csv"), store=tmp_path / "s")
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_import_the_json_document(tmp_path: Path) -> None:
    store = tmp_path / "store"
    doc = load_bundled_report().to_document()
    doc["report"]["id"] = "salinan-2023"
    path = tmp_path / "laporan.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    done = run_cli("import", str(path), store=store)
    assert done.returncode == 0, done.stderr
    assert Store(store).load("salinan-2023").report.meta.instansi == doc["report"]["instansi"]


def test_template_and_export_formats(tmp_path: Path, store_path: Path) -> None:
    out = tmp_path / "tpl.xlsx"
    done = run_cli("template", "-o", str(out))
    assert done.returncode == 0, done.stderr
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Data", "Laporan", "Petunjuk"]
    data = wb["Data"]
    headers = [c.value for c in data[1]]
    assert headers[:4] == ["level", "kode", "induk", "uraian"]
    assert data.freeze_panes == "A2" and data.auto_filter.ref
    lists = {
        str(dv.sqref).split(":")[0]: dv.formula1 for dv in data.data_validations.dataValidation
    }
    for key, value in (("level", "indikator_kegiatan"), ("polaritas", "stabil"),
                       ("cara_hitung", "rata_rata")):  # fmt: skip
        column = openpyxl.utils.get_column_letter(headers.index(key) + 1)
        assert value in lists[f"{column}2"]
    petunjuk = [r[0] for r in wb["Petunjuk"].iter_rows(values_only=True)]
    for h in headers:
        assert h in petunjuk, h  # every column is explained
    xlsx = tmp_path / "r.xlsx"
    done = run_cli("export", "--format", "xlsx", "-o", str(xlsx), store=store_path)
    assert done.returncode == 0, done.stderr
    wb = openpyxl.load_workbook(xlsx)
    assert wb.sheetnames == ["Data", "Laporan", "Petunjuk", "Capaian"]
    cap = wb["Capaian"]
    assert [c.value for c in cap[1]] == ["No", "Sasaran", "Indikator", "Satuan", "Target",
                                         "Realisasi", "Capaian (%)", "Kategori", "Dicetak"]  # fmt: skip
    lppd = next(r for r in cap.iter_rows(min_row=2) if "LPPD" in (r[2].value or ""))
    assert lppd[6].value == pytest.approx(88.51) and lppd[6].number_format == "0.00"
    assert lppd[0].fill.fgColor.rgb.endswith("FCE4D6")  # under target: marked
    csv_out = run_cli("export", "--format", "csv", store=store_path)
    assert csv_out.returncode == 0 and csv_out.stdout.lstrip("\ufeff").startswith("level;kode")
    again = run_cli("export", "--format", "xlsx", store=store_path)
    assert again.returncode == 2  # xlsx needs -o


def test_copy_of_a_store_report_file_is_not_a_document(tmp_path: Path, store_path: Path) -> None:
    """A store file (TinyDB form) is not the document form: a clear message, nothing written."""
    src = next(store_path.glob("*.json"))
    dst = tmp_path / "copy.json"
    shutil.copy(src, dst)
    done = run_cli("import", str(dst), "--report", "salinan", store=tmp_path / "s2")
    assert done.returncode == 2 and "Traceback" not in done.stderr


def test_a_document_dropped_into_the_store_points_to_import(tmp_path: Path) -> None:
    store = tmp_path / "store"
    store.mkdir()
    doc = load_bundled_report().to_document()
    doc["report"]["id"] = "mine"
    (store / "mine.json").write_text(json.dumps(doc), encoding="utf-8")
    done = run_cli("status", "--report", "mine", store=store)
    assert done.returncode != 0
    assert "dokumen laporan" in done.stderr and "lkj-tui import mine.json" in done.stderr
    moved = tmp_path / "mine.json"
    (store / "mine.json").rename(moved)
    imported = run_cli("import", str(moved), store=store)
    assert imported.returncode == 0, imported.stderr
    assert run_cli("status", "--report", "mine", store=store).returncode == 0


def test_more_error_classes(tmp_path: Path) -> None:
    head = ["level", "kode", "induk", "uraian", "polaritas", "cara_hitung", "tercetak", "info_lain",
            "target", "Target"]  # fmt: skip
    rows = [
        head,
        [None, None, None, "Tanpa level di awal"],  # an empty level not after an indicator
        ["sasaran", "S", "S", "Induknya sendiri"],
        ["iku", None, None, "I", "naik turun", "kadang", "hanya dua | bagian", "tanpa titik dua"],
    ]  # fmt: skip
    path = _workbook(tmp_path / "x.xlsx", rows, laporan=False)
    wb = openpyxl.load_workbook(path)
    lp = wb.create_sheet("Laporan")
    for row in (["instansi", "D"], ["tahun", "20244"], ["periode", "dua ribu"], ["skala", "{bukan"],
                ["id", "Bad Id"]):  # fmt: skip
        lp.append(row)
    wb.save(path)
    built = _import(path)
    assert built.report is None
    places = {p.place: p.why for p in built.problems}
    assert "ganda" in places["Data!J1"]  # the target column twice
    assert "level kosong" in places["Data!A2"]
    assert "sendiri" in places["Data!C3"]
    assert "polaritas" in places["Data!E4"]
    assert "cara_hitung" in places["Data!F4"]
    assert "tabel | bidang | nilai" in places["Data!G4"]
    assert "kunci: nilai" in places["Data!H4"]
    assert "tahun" in places["Laporan!B2"]
    assert "periode" in places["Laporan!B3"]
    assert "JSON" in places["Laporan!B4"]
    # the id is checked once the year reads
    built = _import(path, tahun=2024)
    assert any(p.place == "Laporan!B5" and "id laporan" in p.why for p in built.problems)


def test_english_messages(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text("level;uraian\nbogus;X\n", encoding="utf-8")
    done = run_cli("import", str(path), "--lang", "en", "--instansi", "D", "--tahun", "2024",
                   store=tmp_path / "s")  # fmt: skip
    assert done.returncode == 2
    assert "nothing was saved" in done.stderr and "unknown level" in done.stderr
    assert "d.csv: 1 problem; nothing" in done.stderr  # it said "1 problem(s)"
    path.write_text("level;uraian\nbogus;X\nbogus;Y\n", encoding="utf-8")
    done = run_cli("import", str(path), "--lang", "en", "--instansi", "D", "--tahun", "2024",
                   store=tmp_path / "s")  # fmt: skip
    assert "d.csv: 2 problems; nothing" in done.stderr


def test_progress_bar_only_on_a_terminal(tmp_path: Path, monkeypatch) -> None:
    import sys

    from lkj_tui.cli import importcmd

    big = tmp_path / "big.xlsx"
    big.write_bytes(b"x" * 300_000)
    with importcmd._progress(big, "id") as step:  # stderr is captured here: not a terminal
        assert step is None
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True, raising=False)
    with importcmd._progress(big, "en") as step:
        assert callable(step)
        step("check", 10, 100)
        step("save", 0, 0)  # (no total: a bar without an end)
    small = tmp_path / "small.xlsx"
    small.write_bytes(b"x")
    with importcmd._progress(small, "id") as step:
        assert step is None  # a small file takes no moment


def test_old_excel_formats_are_refused_with_a_way_out(tmp_path: Path) -> None:
    old = tmp_path / "lama.xls"
    old.write_bytes(b"\xd0\xcf\x11\xe0")
    done = run_cli("import", str(old), store=tmp_path / "s")
    assert done.returncode == 2 and ".xlsx" in done.stderr and "Traceback" not in done.stderr


def test_hostile_csv_cells(tmp_path: Path) -> None:
    big = "x" * 1_000_000
    path = tmp_path / "big.csv"
    path.write_text(f"level;uraian\nsasaran;{big}\n", encoding="utf-8")
    built = _import(path, instansi="D", tahun=2024)  # (refused as set refuses it, vals40)
    assert built.report is None and [p.place for p in built.problems] == ["baris 2 (uraian)"]
    assert built.problems[0].why.startswith("uraian: terlalu panjang (1.000.000 karakter")
    nul = tmp_path / "nul.csv"
    nul.write_bytes(b"level;uraian\nsasaran;a\x00b\n")
    done = run_cli("import", str(nul), "--instansi", "D", "--tahun", "2024", store=tmp_path / "s")
    assert done.returncode in (0, 1) and "Traceback" not in done.stderr


def test_export_refuses_a_text_too_long_for_an_excel_cell(tmp_path: Path) -> None:
    store = tmp_path / "store"
    doc = load_bundled_report().to_document()
    doc["report"]["id"] = "panjang-2023"
    # a name at the limit of one line (vals41: a JSON import is held to set's limits); an
    # account longer than an Excel cell holds, within its own limit
    doc["nodes"][0]["name"] = "x" * 2_000
    doc["nodes"][0]["permasalahan"] = ["y" * 40_000]
    path = tmp_path / "panjang.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    assert run_cli("import", str(path), store=store).returncode == 0
    out = tmp_path / "p.xlsx"
    done = run_cli(
        "export", "--report", "panjang-2023", "--format", "xlsx", "-o", str(out), store=store
    )
    assert done.returncode == 1 and "Data!AE2" in done.stderr
    assert "(40.000 karakter, paling banyak 32.767)" in done.stderr  # (grouped, vals41)
    assert not out.exists()
    as_json = run_cli("export", "--report", "panjang-2023", "--format", "json", store=store)
    exported = json.loads(as_json.stdout)["nodes"][0]
    assert as_json.returncode == 0 and exported["name"] == "x" * 2_000
    assert [item["text"] for item in exported["permasalahan"]] == ["y" * 40_000]
    doc["report"]["id"] = "lebih-2023"
    doc["nodes"][0]["name"] = "x" * 2_001  # one over: refused, nothing saved
    path.write_text(json.dumps(doc), encoding="utf-8")
    refused = run_cli("import", str(path), store=store)
    assert refused.returncode == 2 and "nodes[0].name (T1)" in refused.stderr
    assert "(2.001 karakter, paling banyak 2.000)" in refused.stderr
    assert "lebih-2023" not in run_cli("status", "--all", "--json", store=store).stdout


def _record_before(row, rows) -> dict:
    """A row's record as ``rows._record`` wrote it before issue 17's fourth pass (each cell's column
    looked up for its year, the optional fields merged in): the reference of the rewrite; each
    cell's text without the whitespace around it, a one-line text's folded (imp65)."""
    from lkj_tui.importing.columns import parse_cara_hitung, parse_polaritas

    cells = {key: text.strip() for key, text in row.cells.items() if text.strip()}
    for key in ("uraian", "kode", "satuan", "tabel", "penanggung_jawab"):
        if key in cells:
            cells[key] = " ".join(cells[key].split())
    info: dict[str, str] = {}
    for key in ("penanggung_jawab", "definisi", "sumber_data", "catatan"):
        if cells.get(key) is not None:
            info[key] = cells[key]
    for pair in rows_module.split_pairs(cells.get("info_lain"), ":") or []:
        info[pair[0]] = pair[1]
    measure = None
    if row.kind in rows_module.MEASURED_KINDS:
        pairs = rows_module.split_pairs(cells.get("tercetak"), "|") or []
        printed = [{"table": p[0], "field": p[1], "value": p[2]} for p in pairs]
        if cells.get("capaian_tercetak") is not None:
            printed.insert(
                0, {"table": IMPORT_TABLE, "field": "capaian", "value": cells["capaian_tercetak"]}
            )
        targets: dict[int, str] = {}
        history: dict[int, str] = {}
        for key, text in cells.items():
            year = rows_module._column(key)[2]
            if year is not None:
                (targets if year[0] == "target" else history)[year[1]] = text
        pol = cells.get("polaritas")
        cara = cells.get("cara_hitung")
        target_triwulan = [cells.get(f"target_tw{n}") for n in range(1, 5)]
        if cara and parse_cara_hitung(cara) is None:  # non-kumulatif (forms12): kept as written
            info["tipe_perhitungan"] = cara
        measure = {
            "satuan": cells.get("satuan"),
            "polaritas": parse_polaritas(pol) if pol else "positif",
            "target": cells.get("target"),
            "realisasi": cells.get("realisasi"),
            "targets": {str(y): t for y, t in sorted(targets.items())},
            "realisasi_history": {str(y): t for y, t in sorted(history.items())},
            "triwulan": [cells.get("tw1"), cells.get("tw2"), cells.get("tw3"), cells.get("tw4")],
            "target_akhir": cells.get("target_akhir"),
            "printed": printed,
            **(
                {"cara_hitung": parse_cara_hitung(cara)} if cara and parse_cara_hitung(cara) else {}
            ),
            **(
                {"target_triwulan": target_triwulan}
                if any(v is not None for v in target_triwulan)
                else {}
            ),
        }
    items = {
        key: [
            {"id": rows_module.derived_id(row.id, key, i), "text": text}
            for i, text in enumerate(rows_module.split_items(cells.get(key)))
        ]
        for key in ("permasalahan", "solusi")
    }
    anggaran, realisasi_anggaran = cells.get("anggaran"), cells.get("realisasi_anggaran")
    return {
        "id": row.id,
        "kind": row.kind,
        "name": cells.get("uraian") or "",
        "parent": None if row.parent_row is None else rows[row.parent_row].id,
        "order": row.order,
        "code": (cells.get("kode") or "").strip(),
        "source": cells.get("tabel") or "",
        "info": info,
        "measure": measure,
        "permasalahan": items["permasalahan"],
        "solusi": items["solusi"],
        **({"anggaran": anggaran} if anggaran is not None else {}),
        **({"realisasi_anggaran": realisasi_anggaran} if realisasi_anggaran is not None else {}),
    }


_RECORD_KEYS = [c.key for c in COLUMNS] + [
    *("target_2024", "target_2026", "target_0999", "realisasi_2022", "realisasi_2023")
]
_CELL_TEXT = {
    "tercetak": st.sampled_from(["LKj | capaian | 95 %", "a | b | c\n\nd | e | f"]),
    "info_lain": st.sampled_from(["kunci: nilai", "a: 1\nb: 2", '{"x": "y"}']),
    "polaritas": st.sampled_from(["positif", "Negatif", "+", "stabil", "naik"]),
    "cara_hitung": st.sampled_from(["kumulatif", "rata_rata", "nilai akhir", "lain"]),
}


@st.composite
def _cells(draw: st.DrawFn) -> dict[str, str]:
    keys = draw(st.sets(st.sampled_from(_RECORD_KEYS)))
    return {k: draw(_CELL_TEXT.get(k, st.text(min_size=1, max_size=12))) for k in sorted(keys)}


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.tuples(st.sampled_from(sorted(rows_module.MAY_HOLD)), _cells()), max_size=4),
    st.sets(st.sampled_from(_RECORD_KEYS)),
)
def test_a_rows_record_is_the_one_written_before(drawn, header: set[str]) -> None:
    """``_record`` (the sheet's year columns found once, the optional fields added in turn) writes
    each row's record as before, less the fields that hold their default as the store writes it
    (``stored_record``), field for field and in the same order (the file's bytes)."""
    rows = []
    for i, (kind, cells) in enumerate(drawn):
        row = rows_module._Row(i, kind, cells, None)  # type: ignore[arg-type]
        row.id, row.order, row.parent_row = f"n{i}", i, (i - 1 if i else None)
        rows.append(row)
    years = rows_module._year_columns(header | {k for _, cells in drawn for k in cells})
    for row in rows:
        assert json.dumps(rows_module._record(row, rows, years)) == json.dumps(
            stored_record(_record_before(row, rows))
        )


def test_the_search_for_formulas_without_a_value_is_linear() -> None:
    """A hostile workbook's cell with a long whitespace run after its formula took quadratic
    time (two whitespace runs met around the optional value: 40,000 spaces took 2 s)."""
    from lkj_tui.importing.xlsx import _uncomputed
    from reliability.timing import time_text_functions

    def search(text: str) -> object:
        return _uncomputed(f'<c r="A1"><f>1</f>{text}<v>5</v></c>'.encode())

    figures = time_text_functions(
        65_536, kinds=("spaces, then a tab", "words"), funcs={"uncomputed": search}
    )
    assert figures.cases == 2 and figures.ok, figures.superlinear
    assert _uncomputed(b'<c r="E3"><f>D3*0.9</f> <v> </v> </c>') == {(2, 4): "=D3*0.9"}
    assert _uncomputed(b'<c r="E3"><f>D3</f>\n<v>1</v></c>') == {}


def test_a_header_merged_across_every_column_is_read_in_time_linear_in_the_grid() -> None:
    """A hostile workbook: the header's level cell merged down thousands of rows and across all
    16,384 columns Excel has. Each row under it was given every column of the merge (rows ×
    16,384 set insertions: minutes for a merge one XML element long); a merge now counts up to
    the row's own cells, so a merge 8 times as wide costs the same (the growth is measured as
    the reliability suite measures a text function's: thread CPU, the GC off, best of 3)."""
    import gc
    import time

    from lkj_tui.importing.grid import Grid

    rows: list[list[str | None]] = [["level", "uraian", "target"]]
    rows += [["level", None, None] for _ in range(3_000)]
    rows.append(["iku", "Nilai", "3"])

    def cost(last_col: int) -> float:
        grid = Grid("Data", rows, [(0, 0, 3_000, last_col)])
        best = float("inf")
        for _ in range(3):
            warnings: list = []
            gc.disable()
            try:
                started = time.thread_time()
                first = rows_module._first_data_row(grid, 0, {"level": 0, "uraian": 1}, warnings)
                best = min(best, time.thread_time() - started)
            finally:
                gc.enable()
            assert first == 3_001 and warnings == []  # the merged rows are the header's
        return best

    narrow, wide = cost(2_047), cost(16_383)
    assert wide < 3 * narrow + 0.05, (narrow, wide)  # (8 times as wide: ≈ 8× before)


def test_the_imported_capaian_is_named_in_the_output_language(tmp_path: Path) -> None:
    """A capaian of the file's ``capaian_tercetak`` column is a printed figure of the table
    stored as "Impor"; ``status``, ``check`` and the export named it so in both languages
    ("95 (Impor)", "Impor prints capaian 95 %"). Now "Berkas impor" / "Imported file" (``--json``
    keeps the stored name). And a report imported without a periode (a CSV) no longer says
    "sebelum akhir periode (None)"."""
    head = "Level;Kode;Uraian;Target;Realisasi;Target akhir;Capaian\nSasaran;S1;Mutu layanan;;;;\n"
    path = tmp_path / "lkj.csv"
    path.write_text(head + "IKU;IKU 1;Persentase layanan;80;90;85;95\n")
    store = tmp_path / "store"
    done = run_cli("import", str(path), "--instansi", "Dinas X", "--tahun", "2024", store=store)
    assert done.returncode == 0, done.stderr
    for lang, name, words in (
        ("id", "Berkas impor", ("Dicetak lain: 95 % (Berkas impor)", "Berkas impor mencetak")),
        (
            "en",
            "Imported file",
            ("Printed elsewhere: 95 % (Imported file)", "Imported file prints"),
        ),
    ):
        said = ""
        for args in (("status",), ("check",), ("export", "--scope", "all"), ("export", "--reviu")):
            done = run_cli(*args, "--lang", lang, store=store)
            assert done.stdout, done.stderr
            said += " ".join(done.stdout.split()) + "\n"
        for part in words:
            assert part in said, said
        assert name in said and "Impor " not in said and "(Impor)" not in said, said
        assert "None" not in said, said
        assert ("sebelum akhir periode." if lang == "id" else "end of the period.") in said, said
    figures = json.loads(run_cli("check", "--json", store=store).stdout)["findings"]
    printed = next(f for f in figures if f["check"] == "printed-capaian")
    assert printed["figures"]["tables"] == IMPORT_TABLE == "Impor"
    assert printed["message"].startswith("Berkas impor mencetak capaian 95 %")


@pytest.mark.parametrize("cell", ["95 %", "95%", "95"])
def test_check_prints_an_imported_percentage_capaian_with_one_sign(
    tmp_path: Path, cell: str
) -> None:
    """A Capaian cell formatted as a percentage comes in as "95 %": ``check`` said "mencetak
    capaian 95 % %" (it added its own sign to the printed text). The sign is written once, in
    both languages, in the text output and the --json message: "95 %", the product's number
    format whichever way the cell wrote it (vals39), and the figure as the cell wrote it."""
    head = "Level;Kode;Uraian;Target;Realisasi;Target akhir;Capaian\nSasaran;S1;Mutu layanan;;;;\n"
    path = tmp_path / "lkj.csv"
    path.write_text(head + f"IKU;IKU 1;Persentase layanan;80;90;85;{cell}\n")
    store = tmp_path / "store"
    done = run_cli("import", str(path), "--instansi", "Dinas X", "--tahun", "2024", store=store)
    assert done.returncode == 0, done.stderr
    shown = "95 %"
    for lang, words in (("id", "mencetak capaian"), ("en", "prints capaian")):
        said = " ".join(run_cli("check", "--lang", lang, store=store).stdout.split())
        assert f"{words} {shown}, " in said, said
        assert "% %" not in said and "%%" not in said, said
    figures = json.loads(run_cli("check", "--json", store=store).stdout)["findings"]
    printed = next(f for f in figures if f["check"] == "printed-capaian")
    assert f"mencetak capaian {shown}, hasil hitung 112,50 %" in printed["message"]
    assert printed["figures"]["printed"] == cell


def test_an_empty_level_is_worded_in_plain_english(tmp_path: Path) -> None:
    """A first data row without a level said, in English, "the row above is no indicator"; it
    says "is not an indicator" (the Indonesian unchanged), and nothing is saved."""
    path = tmp_path / "lkj.csv"
    path.write_text("Level;Kode;Uraian;Target;Realisasi\n;S1;Mutu layanan;;\n")
    store = tmp_path / "store"
    for lang, words in (
        ("en", "row 2 (level): level is empty (and the row above is not an indicator)"),
        ("id", "baris 2 (level): level kosong (dan baris di atasnya bukan indikator)"),
    ):
        done = run_cli("import", str(path), "--instansi", "X", "--tahun", "2024", "--lang", lang,
                       store=store)  # fmt: skip
        assert done.returncode == 2 and words in done.stderr, done.stderr
        assert not list(store.glob("*2024*.json"))  # (an import is all or nothing)
