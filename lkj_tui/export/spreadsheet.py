"""Write the flat template (``lkj-tui template``) and a report in it (``export --format xlsx|csv|json``).

xlsxwriter writes the workbook (≈ 3× faster than openpyxl, and it cannot read, which the import does
not need: docs/performance.md); it is imported inside :func:`workbook_bytes` only. Every cell is
written as text with ``write_string``, so nothing typed is ever turned into a formula or a number.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import tempfile
from collections.abc import Iterator
from itertools import chain
from typing import Any

from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.i18n import verdict_text
from lkj_tui.core.model import (
    CARA_HITUNG,
    NODE_KINDS,
    POLARITIES,
    SCHEMA_VERSION,
    Node,
    Report,
)
from lkj_tui.core.sanitize import without_surrogates
from lkj_tui.importing.columns import (
    COLUMNS,
    HELP_EN,
    LAPORAN_HELP_EN,
    LAPORAN_KEYS,
    REPORT_COLUMNS,
    YEAR_HELP,
    YEAR_HELP_EN,
)
from lkj_tui.importing.flat import data_headers, each_data_row, laporan_rows
from lkj_tui.importing.grid import EXCEL_ERROR

__all__ = [
    "EXCEL_CELL_LIMIT",
    "TooLongError",
    "as_kode",
    "csv_bytes",
    "csv_leaves_out",
    "csv_pieces",
    "json_bytes",
    "json_pieces",
    "workbook_bytes",
]

#: Excel keeps at most this many characters in a cell.
EXCEL_CELL_LIMIT = 32767


class TooLongError(ValueError):
    """A text does not fit in an Excel cell (it would be cut: nothing is written): ``place`` the
    cell ("Data!AE40"), ``field`` its column's (or Laporan key's) name, ``node`` the node whose row
    it is (``None`` on the Laporan sheet), so the refusal names what to shorten."""

    def __init__(
        self, place: str, length: int, field: str | None = None, node: Node | None = None
    ) -> None:
        super().__init__(place)
        self.place = place
        self.length = length
        self.field = field
        self.node = node


def json_bytes(report: Report) -> bytes:
    """The document form (docs/report-format.md), as the bundled report is written: the bytes of
    ``json.dumps(report.to_document(), ensure_ascii=False, indent=2) + "\\n"``, a lone surrogate
    (which UTF-8 cannot carry) as JSON's escape, "\\ud800", as the store keeps it."""
    return b"".join(json_pieces(report))


#: The document form's layout, ``json.dumps(…, ensure_ascii=False, indent=2)``.
_INDENTED = json.JSONEncoder(ensure_ascii=False, indent=2).encode
#: Characters of the document turned into UTF-8 at a time by :func:`json_pieces`.
_PIECE = 1 << 20


def json_pieces(report: Report) -> Iterator[bytes]:
    """:func:`json_bytes` in pieces of about a MiB, made node by node as they are written: the
    document's dicts, its text and the encoder's chunks of it (a string each, tens of millions for
    the 100k-measure report) are never held whole (docs/performance.md, "exp64")."""
    texts: list[str] = []
    size = 0
    for text in _document_texts(report):
        texts.append(text)
        size += len(text)
        if size >= _PIECE:
            yield "".join(texts).encode("utf-8", "backslashreplace")
            texts.clear()
            size = 0
    texts.append("\n")
    yield "".join(texts).encode("utf-8", "backslashreplace")


def _document_texts(report: Report) -> Iterator[str]:
    """The text of :meth:`Report.to_document`'s layout, a node at a time."""
    head = {"schema": SCHEMA_VERSION, "report": report.meta.to_dict(), "nodes": []}
    return _with_list(report, head, "nodes", report.roots(), "")


def _with_list(
    report: Report, obj: dict[str, Any], key: str, nodes: list[Node], pad: str
) -> Iterator[str]:
    """The layout of ``obj`` (``key`` an empty list in it) at ``pad``, ``key`` holding ``nodes``'
    documents. A JSON text holds no line break inside a string: a value nested ``pad`` deeper is
    its text with ``pad`` after each line break, and the one line ``'\\n  "key": []'`` (two
    spaces: a member of ``obj`` itself) is where the list goes."""
    member = f'\n  "{key}": ['
    before, after = _INDENTED(obj).split(member + "]")
    if pad:
        before, after = before.replace("\n", "\n" + pad), after.replace("\n", "\n" + pad)
    if not nodes:
        yield before + member.replace("\n", "\n" + pad) + "]" + after
        return
    yield before + member.replace("\n", "\n" + pad)
    inner = pad + "    "
    for i, node in enumerate(nodes):
        yield (",\n" if i else "\n") + inner
        record = node.to_record()
        del record["parent"], record["order"]
        record["children"] = []  # (in place, as to_document sets it)
        yield from _with_list(report, record, "children", report.children(node.id), inner)
    yield "\n" + pad + "  ]" + after


#: A cell Excel, LibreOffice and Google Sheets would take for a formula when they open a CSV (its
#: first character is ``=``, ``+``, ``-``, ``@``, a tab or a carriage return) or for an error
#: value (only ``#DIV/0!``, ``#N/A``…: the import reads such a bare cell as Excel's error), also
#: behind the apostrophes :func:`as_text` adds, and that is not a number ("-2,5" stays a number).
_FORMULA_LIKE = re.compile(r"'*(?:[=+\-@\t\r]|(?:" + EXCEL_ERROR.pattern + r")\Z)")
_NUMBER = re.compile(r"[+-]?\d[\d.,]*%?")


def as_text(cell: str) -> str:
    """``cell`` as a CSV cell a spreadsheet shows as text: a formula-like one gets an apostrophe,
    Excel's "this is text" mark (a permasalahan "- Kurangnya SDM" was shown as #NAME? and lost when
    the file was saved again, and a "=HYPERLINK(…)" typed in a report ran when the file was
    opened). The import takes the apostrophe off again (``importing.csvfile.from_text``)."""
    if _FORMULA_LIKE.match(cell) and not _NUMBER.fullmatch(cell):
        return "'" + cell
    return cell


#: A kode Excel takes for a number or a date when it opens a CSV, and writes back changed when
#: the file is saved again: "01" → "1", "1.10" → "1,1", "2.3.1" → a date, "1E5" → "100000".
_EXCEL_CHANGES = re.compile(r"[+-]?[.,/:% -]*\d[\d.,/:% eE+-]*")


def as_kode(cell: str) -> str:
    """``cell`` of a ``kode`` or ``induk`` column as a CSV cell Excel keeps as it is: a kode Excel
    would take for a number or a date is written ``="1.10"``, a formula that gives that very text
    (Excel, LibreOffice, Google Sheets); saved again, Excel writes the text itself. The import takes
    the ``="…"`` off again (``importing.csvfile.from_text``). Any other cell: :func:`as_text`."""
    return f'="{cell}"' if _EXCEL_CHANGES.fullmatch(cell) else as_text(cell)


def csv_bytes(report: Report) -> bytes:
    """The ``Data`` sheet as CSV, each row with the report's id, instansi and year (the import
    reads them back: a CSV file has no ``Laporan`` sheet): UTF-8 with BOM (Excel opens it right),
    ``;`` (Indonesian Excel),
    no cell a spreadsheet would take for a formula (:func:`as_text`), no kode it would take for a
    number or a date (:func:`as_kode`)."""
    return b"".join(csv_pieces(report))


def csv_pieces(report: Report) -> Iterator[bytes]:
    """:func:`csv_bytes` in pieces of about a MiB, made row by row as they are written: the rows,
    their text and its bytes are never held whole (docs/performance.md, "exp64")."""
    headers = data_headers(report)
    out = io.StringIO(newline="")
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow([*headers, *REPORT_COLUMNS])
    # which report each row is of (a CSV file has no Laporan sheet): the import reads it back
    meta = report.meta
    whose = [as_text(meta.id), as_text(meta.instansi), str(meta.tahun)]
    kodes = [i for i, h in enumerate(headers) if h in ("kode", "induk")]
    rows = each_data_row(report, headers)
    first = next(rows, [None] * len(headers))  # (an empty report: one row)
    yield b"\xef\xbb\xbf"
    for row in chain((first,), rows):
        cells = ["" if v is None else as_text(v) for v in row]
        for i in kodes:
            if (value := row[i]) is not None:
                cells[i] = as_kode(value)
        writer.writerow([*cells, *whose])
        if out.tell() >= _PIECE:
            yield _utf8(out.getvalue())
            out.seek(0)
            out.truncate()
    yield _utf8(out.getvalue())


def _utf8(text: str) -> bytes:
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (a JSON document can carry one): U+FFFD
        return without_surrogates(text).encode("utf-8")


def csv_leaves_out(report: Report) -> list[str]:
    """The fields of ``report`` itself that :func:`csv_bytes` does not carry (a CSV has no
    ``Laporan`` sheet: only the id, instansi and tahun, on every row), by their ``Laporan`` keys,
    those the report holds only (the export said nothing of them: vals50)."""
    keys = [key for key, _ in laporan_rows(report)[1:]]
    return [key for key in keys if key is not None and key not in ("id", "instansi", "tahun")]


_HELP_EXTRA = {
    "level": ", ".join(NODE_KINDS),
    "polaritas": ", ".join(POLARITIES),
    "cara_hitung": ", ".join(CARA_HITUNG),
}


def workbook_bytes(report: Report | None, lang: str = "id") -> bytes:
    """The template workbook: ``Data`` (frozen headers, autofilter, lists for level, polaritas and
    cara_hitung), ``Laporan``, ``Petunjuk`` (its words in ``lang``; the sheets' names and the
    columns' keys are the importer's, in either language), and for a report a ``Capaian``
    sheet."""
    import xlsxwriter

    fd, name = tempfile.mkstemp(suffix=".xlsx")
    os.close(fd)
    try:
        wb = xlsxwriter.Workbook(name, {"strings_to_numbers": False, "strings_to_formulas": False})
        bold = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
        wrap = wb.add_format({"text_wrap": True, "valign": "top"})
        _data_sheet(wb, report, bold, wrap)
        _laporan_sheet(wb, report, bold, wrap)
        _petunjuk_sheet(wb, bold, wrap, lang)
        if report is not None:
            _capaian_sheet(wb, report, bold)
        wb.close()
        with open(name, "rb") as f:
            return f.read()
    finally:
        os.unlink(name)


def _put(
    ws: Any,
    r: int,
    c: int,
    text: str | None,
    fmt: Any = None,
    field: str | None = None,
    node: Node | None = None,
) -> None:
    if text is None:
        return
    if len(text) > EXCEL_CELL_LIMIT:
        raise TooLongError(f"{ws.get_name()}!{_col(c)}{r + 1}", len(text), field, node)
    # (a lone surrogate, which the workbook's XML cannot carry, as U+FFFD; isascii is O(1))
    ws.write_string(r, c, text if text.isascii() else without_surrogates(text), fmt)


def _col(c: int) -> str:
    from lkj_tui.importing.grid import col_letter

    return col_letter(c)


def _data_sheet(wb: Any, report: Report | None, bold: Any, wrap: Any) -> None:
    ws = wb.add_worksheet("Data")
    headers = data_headers(report)
    for c, h in enumerate(headers):
        _put(ws, 0, c, h, bold)
        ws.set_column(c, c, 40 if h in ("uraian", "permasalahan", "solusi") else 14)
    # (each row made as it is written: the 100k-measure report's rows were 70 MB as a list)
    rows = each_data_row(report, headers) if report is not None else iter(())
    nodes = report.walk() if report is not None else ()  # (each_data_row's order)
    written = 0
    for written, (row, node) in enumerate(zip(rows, nodes, strict=True), 1):
        for c, value in enumerate(row):
            _put(ws, written, c, value, wrap if value and "\n" in value else None, headers[c], node)
    ws.freeze_panes(1, 0)
    last = max(written, 1)
    ws.autofilter(0, 0, last, len(headers) - 1)
    lists = {"level": NODE_KINDS, "polaritas": POLARITIES, "cara_hitung": CARA_HITUNG}
    for key, values in lists.items():
        c = headers.index(key)
        ws.data_validation(
            1,
            c,
            max(written + 1000, 5000),
            c,
            {
                "validate": "list",
                "source": list(values),
                "error_type": "warning",  # the importer also accepts other spellings
                "input_title": key,
                "input_message": ", ".join(values)[:255],
            },
        )


def _laporan_sheet(wb: Any, report: Report | None, bold: Any, wrap: Any) -> None:
    ws = wb.add_worksheet("Laporan")
    ws.set_column(0, 0, 20)
    ws.set_column(1, 1, 80)
    for r, (key, value) in enumerate(laporan_rows(report)):
        _put(ws, r, 0, key, bold if r == 0 else None)
        _put(ws, r, 1, value, bold if r == 0 else wrap, key)
    ws.freeze_panes(1, 0)


#: The Petunjuk sheet's own words, in each language (its column and key names are the
#: importer's, the same in both).
_PETUNJUK = {
    "id": {
        "intro": "Isi satu baris per simpul di lembar Data, lalu: lkj-tui import BERKAS.xlsx "
        "(periksa dulu dengan --dry-run). Nilai ditulis persis seperti tercetak; angka boleh "
        "dengan koma desimal (88,51), persen (95 %), Rupiah (Rp 1.234.500), rentang (3 ± 1), "
        "ambang (>3,51), nilai huruf (A (86,45)), opini (WTP). Sel kosong berarti tidak ada "
        "nilai, bukan 0. Lihat docs/import.md.",
        "column": "kolom",
        "meaning": "arti",
        "example": "contoh",
        "values": " Nilai: {values}.",
        "aliases": " Judul lain yang diterima: {aliases}.",
        "year": "tahun",
        "laporan": "Lembar Laporan",
        "laporan_is": "Dua kolom: kunci dan nilai.",
    },
    "en": {
        "intro": "Fill one row per node in the Data sheet, then: lkj-tui import FILE.xlsx (check "
        "it first with --dry-run). Write values exactly as printed; numbers may have a decimal "
        "comma (88,51), a percent (95 %), Rupiah (Rp 1.234.500), a range (3 ± 1), a threshold "
        "(>3,51), a letter grade (A (86,45)), an audit opinion (WTP). An empty cell means no "
        "value, not 0. See docs/import.md.",
        "column": "column",
        "meaning": "meaning",
        "example": "example",
        "values": " Values: {values}.",
        "aliases": " Other headers read: {aliases}.",
        "year": "year",
        "laporan": "Laporan sheet",
        "laporan_is": "Two columns: kunci (key) and nilai (value).",
    },
}


def _petunjuk_sheet(wb: Any, bold: Any, wrap: Any, lang: str = "id") -> None:
    ws = wb.add_worksheet("Petunjuk")
    ws.set_column(0, 0, 22)
    ws.set_column(1, 1, 90)
    ws.set_column(2, 2, 40)
    en = lang == "en"
    t = _PETUNJUK["en" if en else "id"]
    lines = [("Petunjuk", t["intro"], ""), (t["column"], t["meaning"], t["example"])]
    for column in COLUMNS:
        extra = _HELP_EXTRA.get(column.key)
        text = (HELP_EN[column.key] if en else column.help) + (
            t["values"].format(values=extra) if extra else ""
        )
        aliases = ", ".join(column.aliases)
        if aliases:
            text += t["aliases"].format(aliases=aliases)
        lines.append((column.key, text, column.example))
    for key, text in (YEAR_HELP_EN if en else YEAR_HELP).items():
        lines.append((f"{key}_<{t['year']}>", text, "3,30" if key == "target" else "2,82"))
    lines.append(("", "", ""))
    lines.append((t["laporan"], t["laporan_is"], ""))
    for key, (_names, meaning, example) in LAPORAN_KEYS.items():
        lines.append((key, LAPORAN_HELP_EN[key] if en else meaning, example))
    for r, (a, b, c) in enumerate(lines):
        fmt = bold if r in (0, 1) else wrap
        _put(ws, r, 0, a, fmt)
        _put(ws, r, 1, b, fmt)
        _put(ws, r, 2, c, fmt)


def _capaian_sheet(wb: Any, report: Report, bold: Any) -> None:
    """The LKj's capaian table: one row per IKU and indikator lainnya, by sasaran."""
    ws = wb.add_worksheet("Capaian")
    headers = ["No", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi", "Capaian (%)",
               "Kategori", "Dicetak"]  # fmt: skip
    widths = [5, 40, 50, 12, 14, 14, 12, 14, 12]
    for c, (h, w) in enumerate(zip(headers, widths, strict=True)):
        _put(ws, 0, c, h, bold)
        ws.set_column(c, c, w)
    pct = wb.add_format({"num_format": "0.00"})
    under = wb.add_format({"bg_color": "#FCE4D6", "font_color": "#9C0006"})
    under_pct = wb.add_format(
        {"num_format": "0.00", "bg_color": "#FCE4D6", "font_color": "#9C0006"}
    )
    evaluation = Evaluation(report)
    r = 0
    for ev in evaluation.items(("iku", "lainnya")):
        node = ev.node
        m = node.measure
        if m is None:
            continue
        r += 1
        sasaran = report.sasaran_of(node.id)
        is_under = ev.under_target
        fmt = under if is_under else None
        ws.write_number(r, 0, r, fmt)
        _put(ws, r, 1, sasaran.name if sasaran else "", fmt)
        _put(ws, r, 2, f"{node.code} {node.name}".strip() if node.code else node.name, fmt)
        _put(ws, r, 3, m.satuan or "", fmt)
        _put(ws, r, 4, m.target or "", fmt)
        _put(ws, r, 5, m.realisasi or "", fmt)
        ach = ev.achievement
        if ach is not None and ach.rounded is not None:
            ws.write_number(r, 6, float(ach.rounded), under_pct if is_under else pct)
            _put(ws, r, 7, ach.rating or "", fmt)
        elif ach is not None and ach.verdict:  # met or not, no capaian %
            _put(ws, r, 6, ach.format(), fmt)
            _put(ws, r, 7, f"{verdict_text(ach.met)}: {ach.reason or '—'}"[:200], fmt)
        else:
            reason = (ach.reason if ach is not None else None) or "—"
            _put(ws, r, 6, "—", fmt)
            _put(ws, r, 7, reason[:200], fmt)
        printed = m.printed_figure("capaian")
        if printed is not None:
            _put(ws, r, 8, printed.value, fmt)
        elif is_under:
            _put(ws, r, 8, "", fmt)
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, max(r, 1), len(headers) - 1)
