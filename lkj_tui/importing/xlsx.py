"""Read an ``.xlsx`` workbook into :class:`Grid` sheets: python-calamine for the values (≈ 17× faster
than openpyxl, docs/performance.md), plus one look at the sheet's XML for what calamine does not give:
the number format of styled numeric cells (percent, decimals, Rupiah) and error cells (``#DIV/0!``).
python-calamine is imported inside :func:`read_workbook` only."""

from __future__ import annotations

import html
import posixpath
import re
import zipfile
from collections.abc import Callable, Sequence
from pathlib import Path

from lkj_tui.importing.cells import GENERAL, NumberFormat, cell_text, format_number, read_format
from lkj_tui.importing.grid import STEP, Grid, Progress

__all__ = ["WorkbookError", "read_workbook"]

#: Excel's built-in number formats that change how a number reads (the rest: General).
_BUILTIN = {
    1: "0",
    2: "0.00",
    3: "#,##0",
    4: "#,##0.00",
    9: "0%",
    10: "0.00%",
    37: "#,##0 ;(#,##0)",
    38: "#,##0 ;[Red](#,##0)",
    39: "#,##0.00;(#,##0.00)",
    40: "#,##0.00;[Red](#,##0.00)",
}
#: An attribute: its name starts a run of name characters (without the look-behind a run of
#: them not followed by '="' was tried from each of its positions: quadratic; imp65).
_ATTR = re.compile(rb'(?<![\w:])([\w:]+)="([^"]*)"')
_TAG = r"<(?:\w+:)?{name}\b([^<>]*)>"
_REF = re.compile(rb"([A-Z]+)([0-9]+)")
#: row → column → what a styled cell's number format does, or an error cell's text
_ByRow = dict[int, dict[int, str]]
_FormatsByRow = dict[int, dict[int, NumberFormat]]
_Formulas = dict[tuple[int, int], str]  # (row, col) → "=formula"


class WorkbookError(Exception):
    """The file is not a workbook lkj-tui can read (message in Bahasa Indonesia / English)."""

    def __init__(self, message: str, message_en: str) -> None:
        super().__init__(message)
        self.message = message
        self.message_en = message_en


def _attrs(raw: bytes) -> dict[str, str]:
    return {
        k.decode().rsplit(":", 1)[-1]: html.unescape(v.decode("utf-8", "replace"))
        for k, v in _ATTR.findall(raw)
    }


def _tags(xml: bytes, name: str) -> list[dict[str, str]]:
    return [_attrs(m) for m in re.findall(_TAG.format(name=name).encode(), xml)]


def _col_index(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ch - 64
    return n - 1


class _Formats:
    """Number formats by style index, and the sheets' XML paths, from the workbook's parts."""

    def __init__(self, zf: zipfile.ZipFile) -> None:
        names = set(zf.namelist())
        self.zf = zf
        self.sheet_paths: dict[str, str] = {}
        try:
            workbook = zf.read("xl/workbook.xml")
            rels = zf.read("xl/_rels/workbook.xml.rels")
        except KeyError:
            workbook = rels = b""
        #: the workbook asks to be computed again when opened (``<calcPr fullCalcOnLoad="1"/>``:
        #: xlsxwriter and other programs, never Excel's own save), so a formula's stored value may
        #: be a placeholder (:func:`_uncomputed`)
        self.recalc = re.search(rb'\bfullCalcOnLoad="(?:1|true)"', workbook) is not None
        #: Excel saved it in manual calculation without computing it again before saving (its
        #: default computes then): every formula's stored value is the one computed last, which
        #: may be stale (imp67; :func:`_program_values` names them). Read from ``<calcPr>``.
        calc = _tags(workbook, "calcPr")
        self.manual = bool(calc) and not self.recalc and _stale(calc[0])
        targets = {r.get("Id", ""): r.get("Target", "") for r in _tags(rels, "Relationship")}
        for sheet in _tags(workbook, "sheet"):
            target = targets.get(sheet.get("id", ""), "")
            path = target.lstrip("/") if target.startswith("/") else posixpath.join("xl", target)
            path = posixpath.normpath(path)
            if path in names:
                self.sheet_paths[sheet.get("name", "")] = path
        codes = dict(_BUILTIN)
        xfs: list[int] = []
        if "xl/styles.xml" in names:
            styles = zf.read("xl/styles.xml")
            for fmt in _tags(styles, "numFmt"):
                if fmt.get("numFmtId", "").isdigit():
                    codes[int(fmt["numFmtId"])] = fmt.get("formatCode", "General")
            m = re.search(rb"<(?:\w+:)?cellXfs\b[^<>]*>(.*?)</(?:\w+:)?cellXfs>", styles, re.S)
            if m:
                xfs = [int(x.get("numFmtId", "0") or 0) for x in _tags(m.group(1), "xf")]
        #: style index → its format code read, for the styles whose format is not General
        self.by_style = {
            i: read_format(codes[f]) for i, f in enumerate(xfs) if f in codes and f != 0
        }
        #: a style shows a zero as a text or nothing (``_(* "-"_)``): its cells are looked at
        self.zero_shown = any(f.zero_shown is not None for f in self.by_style.values())
        #: a style shows a negative without its minus (``0.0;[Red]0.0``): its cells are looked at
        self.minus_hidden = any(f.minus_hidden is not None for f in self.by_style.values())

    def scan(
        self, sheet: str
    ) -> tuple[_FormatsByRow, _ByRow, _Formulas, _Formulas, list[int], list[range]]:
        """row → col → number format of styled cells, row → col → text of error cells,
        (row, col) → formula of the cells with a formula and no value (:func:`_uncomputed`), and
        of those whose value the program that wrote the workbook gave (:func:`_program_values`),
        the hidden rows and the hidden columns."""
        formats: _FormatsByRow = {}
        errors: _ByRow = {}
        given: dict[tuple[int, int], str] = {}
        path = self.sheet_paths.get(sheet)
        if path is None:
            return formats, errors, {}, given, [], []
        xml = self.zf.read(path)
        uncomputed = _uncomputed(xml, recalc=self.recalc)
        if self.recalc or self.manual:
            given = {k: f for k, f in _program_values(xml).items() if k not in uncomputed}
        hidden = _hidden_rows(xml) if b"hidden=" in xml else []
        hidden_cols = _hidden_cols(xml) if b"hidden=" in xml else []
        if self.by_style:
            wanted = b"|".join(str(i).encode() for i in self.by_style)
            # The tags as Excel and xlsxwriter spell them, found by a pattern that starts with a
            # literal (the regex engine skips to each "<c r=" instead of trying every "<"). They
            # are every styled cell when they hold every 's="N"' of the sheet; else (another
            # spelling, a styled row, such text in a cell) each tag is read as its attributes say.
            found = re.findall(
                rb'<c r="([A-Z]+)([0-9]+)" s="(' + wanted + rb')"(?: t="\w+")?/?>', xml
            )
            if len(found) != len(re.findall(rb's="(?:' + wanted + rb')"', xml)):
                found = _styled_cells(xml, wanted)
            by_style = {str(i).encode(): fmt for i, fmt in self.by_style.items()}
            columns: dict[bytes, int] = {}  # (a sheet's few columns, each counted once)
            for letters, digits, style in found:
                if letters not in columns:
                    columns[letters] = _col_index(letters)
                cells = formats.setdefault(int(digits) - 1, {})
                cells[columns[letters]] = by_style[style]
        if b't="e"' in xml:
            pattern = re.compile(
                rb'<(?:\w+:)?c\b([^<>]*\bt="e"[^<>]*)>[^<]{0,64}(?:<(?:\w+:)?f\b[^<>]*(?:/>|>[^<]*</(?:\w+:)?f>)[^<]{0,64})?<(?:\w+:)?v>([^<]*)</'
                # (bounded: a cell's own formula and value only, never a scan to a later cell)
            )
            for m in pattern.finditer(xml):
                ref = _REF.fullmatch(_attrs(m.group(1)).get("r", "").encode())
                if ref:
                    row = errors.setdefault(int(ref.group(2)) - 1, {})
                    row[_col_index(ref.group(1))] = html.unescape(
                        m.group(2).decode("utf-8", "replace")
                    )
        return formats, errors, uncomputed, given, hidden, hidden_cols


def _zero_shown(styled: _FormatsByRow) -> dict[int, dict[int, str]]:
    """row → column → what the cell's format shows for a zero instead of 0 ("-", "–", ""), for
    the styled cells whose format's zero section writes no digit (:attr:`NumberFormat.zero_shown`)."""
    out: dict[int, dict[int, str]] = {}
    for r, by_col in styled.items():
        for c, fmt in by_col.items():
            if fmt.zero_shown is not None:
                out.setdefault(r, {})[c] = fmt.zero_shown
    return out


def _minus_hidden(styled: _FormatsByRow) -> dict[int, dict[int, NumberFormat]]:
    """row → column → format, for the styled cells whose format shows a negative without its
    minus (:attr:`NumberFormat.minus_hidden`)."""
    out: dict[int, dict[int, NumberFormat]] = {}
    for r, by_col in styled.items():
        for c, fmt in by_col.items():
            if fmt.minus_hidden is not None:
                out.setdefault(r, {})[c] = fmt
    return out


def _stale(calc: dict[str, str]) -> bool:
    """A ``<calcPr>``'s attributes say the workbook was saved in manual calculation and not
    computed before saving (``calcOnSave`` is on unless it says "0" or "false")."""
    return calc.get("calcMode") == "manual" and calc.get("calcOnSave") in ("0", "false")


def _hidden_cols(xml: bytes) -> list[range]:
    """The columns ``<col min="3" max="4" hidden="1"/>`` hides (0-based ranges), in order. A
    range may run to the sheet's last column (16384: every unused column hidden)."""
    out = []
    for col in _tags(xml, "col"):
        low, high = col.get("min", ""), col.get("max", "")
        if col.get("hidden") in ("1", "true") and low.isdigit() and high.isdigit():
            out.append(range(int(low) - 1, int(high)))
    return out


def _hidden_rows(xml: bytes) -> list[int]:
    """The rows ``<row r="5" hidden="1">`` hides (0-based), in order."""
    out = []
    for row in _tags(xml, "row"):
        if row.get("hidden") in ("1", "true") and row.get("r", "").isdigit():
            out.append(int(row["r"]) - 1)
    return out


#: A cell with a formula and no value: ``<c r="E3"><f>D3*0.9</f><v/></c>`` or without ``<v>``
#: (what openpyxl and other programs write; Excel always stores the value it computed). A formula
#: whose value is an empty text is ``t="str"`` with ``<v></v>``: not matched, it is computed. No
#: two whitespace runs meet (``\s*(…)?\s*`` retried every split of a run: quadratic).
_UNCOMPUTED = re.compile(
    rb"<(?:\w+:)?c\b([^<>]*)>\s*<(?:\w+:)?f\b[^<>]*?(?:/>|>([^<]*)</(?:\w+:)?f>)\s*"
    rb"(?:(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)\s*)?</(?:\w+:)?c>"
)


#: A formula whose stored value is the number 0, ``<c r="E3"><f>D3*0.9</f><v>0</v></c>``: what
#: xlsxwriter stores for every formula it is given no value for (it computes none), in a workbook
#: that asks Excel to compute them all when it opens (vals64: =F5*0.9 was read as the realisasi 0).
_PLACEHOLDER = re.compile(
    rb"<(?:\w+:)?c\b([^<>]*)>\s*<(?:\w+:)?f\b[^<>]*?(?:/>|>([^<]*)</(?:\w+:)?f>)\s*"
    rb"<(?:\w+:)?v>0</(?:\w+:)?v>\s*</(?:\w+:)?c>"
)


#: A formula with the value stored beside it, ``<c r="E3"><f>D3*0.9</f><v>2.5</v></c>``: in a
#: workbook to be computed again when opened, a value the program that wrote it gave, which may
#: not be the formula's (:func:`_program_values`).
_VALUED = re.compile(
    rb"<(?:\w+:)?c\b([^<>]*)>\s*<(?:\w+:)?f\b[^<>]*?(?:/>|>([^<]*)</(?:\w+:)?f>)\s*"
    rb"<(?:\w+:)?v>[^<]*</(?:\w+:)?v>\s*</(?:\w+:)?c>"
)


def _program_values(xml: bytes) -> dict[tuple[int, int], str]:
    """(r, c) → formula of every cell of the sheet's XML with a formula and a stored value, in a
    workbook to be computed again when opened (``fullCalcOnLoad``): the value is the one the
    program that wrote the file gave (xlsxwriter's ``write_formula(…, value)``), never one Excel
    computed, so it may be stale (imp65: =E4*0.9 stored with 2.5 was read 2.5 without a word).
    An error value (``t="e"``) is named as an error is."""
    out: dict[tuple[int, int], str] = {}
    if b"/f>" not in xml:
        return out
    for m in _VALUED.finditer(xml):
        attrs = _attrs(m.group(1))
        ref = _REF.fullmatch(attrs.get("r", "").encode())
        if ref is not None and attrs.get("t") != "e":
            formula = html.unescape((m.group(2) or b"").decode("utf-8", "replace"))
            out[(int(ref.group(2)) - 1, _col_index(ref.group(1)))] = "=" + formula
    return out


def _uncomputed(xml: bytes, recalc: bool = False) -> dict[tuple[int, int], str]:
    """(r, c) → formula of every cell of the sheet's XML with a formula and no value; in a
    workbook to be computed again when opened (``recalc``), also those whose value is the
    placeholder 0 (:data:`_PLACEHOLDER`): a number that may never have been computed."""
    out: dict[tuple[int, int], str] = {}
    if b"/f>" not in xml:  # a sheet with a formula has a "</f>" (or "</x:f>"): one search
        return out
    found: list[tuple[re.Match[bytes], tuple[str, ...]]]  # (with the value types it is not)
    found = [(m, ("str",)) for m in _UNCOMPUTED.finditer(xml)]
    if recalc:  # (a number 0, not a text "0" nor a boolean FALSE)
        found += [(m, ("str", "s", "inlineStr", "b", "e")) for m in _PLACEHOLDER.finditer(xml)]
    for m, not_types in found:
        attrs = _attrs(m.group(1))
        ref = _REF.fullmatch(attrs.get("r", "").encode())
        if ref is not None and attrs.get("t") not in not_types:
            formula = html.unescape((m.group(2) or b"").decode("utf-8", "replace"))
            out[(int(ref.group(2)) - 1, _col_index(ref.group(1)))] = "=" + formula
    return out


def _styled_cells(xml: bytes, wanted: bytes) -> list[tuple[bytes, bytes, bytes]]:
    """The column letters, row digits and style of each cell tag whose style is one of ``wanted``
    (``1|3|4``), however its tag is spelled (namespace prefixes, attribute order, entities)."""
    out: list[tuple[bytes, bytes, bytes]] = []
    for m in re.finditer(rb'<(?:\w+:)?c\b([^<>]*\bs="(?:' + wanted + rb')"[^<>]*)>', xml):
        attrs = _attrs(m.group(1))
        ref = _REF.fullmatch(attrs.get("r", "").encode())
        if ref is not None:
            out.append((ref.group(1), ref.group(2), attrs["s"].encode()))
    return out


def _cells(raw: Sequence[object], formats: dict[int, NumberFormat] | None) -> list[str | None]:
    """One row's cells as text (:func:`cell_text`), without the empty cells at its end."""
    row = [
        (value if value and not value.isspace() else None)  # most cells: text as typed, or empty
        if value.__class__ is str
        else _value_text(value, formats.get(c) if formats else None)
        for c, value in enumerate(raw)
    ]
    while row and row[-1] is None:
        row.pop()
    return row


def _value_text(value: object, fmt: NumberFormat | None) -> str | None:
    if value.__class__ is float or value.__class__ is int:  # (not a boolean)
        return format_number(value, fmt or GENERAL)
    return cell_text(value)


def _unreadable(path: Path, exc: Exception) -> WorkbookError | OSError:
    """Why the workbook ``path`` cannot be read, with what to do where the file says it: Excel's
    lock file of an open workbook ("~$lkj.xlsx", beside it while it is open), a workbook saved
    with a password or in the old format (both an OLE file, not the zip of an .xlsx); or the
    system's error when it cannot be read at all (no permission, a read error: it was called
    "damaged … save it as .xlsx in Excel", and import exits 1 for it, not 2: cli65)."""
    name = path.name
    if name.startswith("~$"):  # (Excel's name for it: the workbook's, its first 2 letters "~$"
        try:  # when it is long, so the workbook is the one beside it whose name ends as it)
            found = [p for p in path.parent.iterdir() if p.name.endswith(name[2:]) and p != path]
        except OSError:
            found = []
        workbook = str(found[0]) if len(found) == 1 else ""
        workbook = f'"{workbook}"' if " " in workbook else workbook
        return WorkbookError(
            f"{name} adalah berkas kunci Excel (ada selama buku kerjanya terbuka di Excel), "
            f"bukan buku kerja; impor buku kerjanya{': ' + workbook if workbook else ''}",
            f"{name} is Excel's lock file (there while its workbook is open in Excel), not a "
            f"workbook; import the workbook{': ' + workbook if workbook else ''}",
        )
    try:
        with open(path, "rb") as file:
            head = file.read(8)
    except OSError as error:
        return error
    if not head:  # (an empty file: a copy or a download cut off, or made by hand)
        return WorkbookError(
            f"{name} kosong (0 bita), bukan buku kerja: salin atau unduh lagi buku kerjanya, "
            "lalu impor lagi",
            f"{name} is empty (0 bytes), not a workbook: copy or download the workbook again, "
            "then import it again",
        )
    if head == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1":
        return WorkbookError(
            f"{name} dilindungi kata sandi atau berformat Excel lama (.xls): buka di Excel, hapus "
            "kata sandinya (File → Info → Protect Workbook) lalu simpan sebagai .xlsx (File → "
            "Save As → Excel Workbook)",
            f"{name} is protected by a password or in Excel's old format (.xls): open it in "
            "Excel, remove the password (File → Info → Protect Workbook), then save it as .xlsx "
            "(File → Save As → Excel Workbook)",
        )
    # (what to do first; the reader's own words after it: "(ZipError: invalid Zip archive:
    # Could not find EOCD)" alone said nothing a planner could act on: cli61)
    why = f"{type(exc).__name__}: {exc}"
    return WorkbookError(
        f"{name} bukan buku kerja .xlsx yang dapat dibaca — rusak, terpotong, atau berkas jenis "
        "lain yang diberi akhiran .xlsx: buka di Excel lalu simpan sebagai .xlsx (File → Save As "
        f"→ Excel Workbook), atau ekspor lagi dari aplikasinya ({why})",
        f"{name} is not a readable .xlsx workbook — damaged, cut short, or a file of another "
        "kind named .xlsx: open it in Excel and save it as .xlsx (File → Save As → Excel "
        f"Workbook), or export it again from its application ({why})",
    )


def read_workbook(
    path: Path, sheets: Callable[[list[str]], list[str]], progress: Progress | None = None
) -> dict[str, Grid]:
    """The sheets that ``sheets`` picks from the workbook's sheet names, as grids of cell text."""
    try:
        from python_calamine import CalamineWorkbook, SheetVisibleEnum
    except ImportError as exc:  # pragma: no cover - a broken install
        raise WorkbookError(
            f"pustaka python-calamine tidak terpasang: {exc}",
            f"the python-calamine library is not installed: {exc}",
        ) from exc
    try:
        workbook = CalamineWorkbook.from_path(str(path))
        names = list(workbook.sheet_names)
        # a hidden sheet last: never the first sheet read for want of one named Data
        shown = {m.name for m in workbook.sheets_metadata if m.visible == SheetVisibleEnum.Visible}
        names = [n for n in names if n in shown] + [n for n in names if n not in shown]
        zf = zipfile.ZipFile(path)
    except Exception as exc:  # calamine raises its own errors for every kind of bad file
        raise _unreadable(path, exc) from exc
    out: dict[str, Grid] = {}
    with zf:
        formats = _Formats(zf)
        for name in sheets(names):
            sheet = workbook.get_sheet_by_name(name)
            styled, errors, uncomputed, given, hidden, hidden_cols = formats.scan(name)
            total = sheet.height
            rows: list[list[str | None]] = []
            zeros = _zero_shown(styled) if formats.zero_shown else {}
            dashes: dict[tuple[int, int], str] = {}
            unsigned = _minus_hidden(styled) if formats.minus_hidden else {}
            minus: dict[tuple[int, int], tuple[str, str]] = {}
            # (from A1, as the places say: iter_rows would start at the first used column)
            for r, raw in enumerate(sheet.to_python(skip_empty_area=False)):
                rows.append(_cells(raw, styled.get(r)))
                if zeros and r in zeros:
                    for c, text in zeros[r].items():
                        value = raw[c] if c < len(raw) else None
                        if (value.__class__ is int or value.__class__ is float) and value == 0:
                            dashes[(r, c)] = text
                if unsigned and r in unsigned:
                    for c, fmt in unsigned[r].items():
                        value = raw[c] if c < len(raw) else None
                        if (value.__class__ is int or value.__class__ is float) and value < 0:
                            assert fmt.negative is not None and fmt.minus_hidden is not None
                            # (what Excel shows: "5,5" of -5.5 under 0.0;[Red]0.0)
                            minus[(r, c)] = (format_number(-value, fmt.negative), fmt.minus_hidden)
                if progress is not None and r % STEP == 0:
                    progress("read", r, total)
            merged = [(a[0], a[1], b[0], b[1]) for a, b in (sheet.merged_cell_ranges or [])]
            out[name] = Grid(name, rows, merged, uncomputed, hidden=hidden, hidden_cols=hidden_cols)
            out[name].given = given
            out[name].manual = formats.manual
            # an error cell reads as empty (its text is in the XML): named by the import, never
            # a value (vals16: a Renja quarter's Rp "#DIV/0!" was kept without a word)
            out[name].errors = {
                (r, c): text
                for r, by_col in errors.items()
                for c, text in by_col.items()
                if r < len(rows) and (c >= len(rows[r]) or rows[r][c] is None)
            }
            out[name].sheet_hidden = name not in shown
            out[name].zeros = dashes
            out[name].minus = minus
    return out
