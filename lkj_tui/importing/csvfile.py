"""Read a CSV file into a :class:`Grid`: ``;`` or ``,`` separated (from the header line), UTF-8 with or
without BOM, UTF-16 with its BOM (Excel's "Unicode Text", tab separated), or Windows-1252 as older
Excel writes it. Every cell is text, kept as written."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

from lkj_tui.importing.grid import EXCEL_ERROR, Grid

__all__ = ["CsvError", "decode", "from_text", "read_csv", "sniff_separator"]

#: An apostrophe ahead of what a spreadsheet would take for a formula or an error value
#: (``#DIV/0!`` typed as text): the mark the CSV export adds (``export.spreadsheet.as_text``) so
#: that Excel shows the cell as text.
_MARKED = re.compile(r"'+(?:[=+\-@\t\r]|(?:" + EXCEL_ERROR.pattern + r")\Z)")


#: A kode the CSV export wrote as a formula giving its text (``export.spreadsheet.as_kode``).
_KODE = re.compile(r'="([^"]*)"')


def from_text(cell: str) -> str:
    """``cell`` without the one apostrophe the CSV export put ahead of a formula-like text, or
    ``="1.10"`` (a kode kept from Excel's numbers and dates) as the text it gives."""
    first = cell[:1]
    if first == "'" and _MARKED.match(cell):
        return cell[1:]
    if first == "=" and (kode := _KODE.fullmatch(cell)):
        return kode[1]
    return cell


def decode(data: bytes) -> tuple[str, str]:
    """The text and the encoding's name: UTF-8 (BOM or not), UTF-16 (BOM), else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # (the BOM tells the byte order)
        return data.decode("utf-16", errors="replace"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace"), "cp1252"


def sniff_separator(text: str) -> str:
    """``;`` or ``,`` (or a tab): the one found most often outside quotes in the first line that
    has one of them (a title line above the header, "Laporan Kinerja", has none)."""
    counts = {";": 0, ",": 0, "\t": 0}
    quoted = False
    lines = 0
    for ch in text[:65536]:
        if ch == '"':
            quoted = not quoted
        elif ch == "\n" and not quoted:
            lines += 1
            if any(counts.values()) or lines >= 20:
                break
        elif not quoted and ch in counts:
            counts[ch] += 1
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else ","


class CsvError(ValueError):
    """The file is not CSV that can be read (one line, id/en)."""

    def __init__(self, message: str, message_en: str) -> None:
        super().__init__(message)
        self.message, self.message_en = message, message_en


def read_csv(path: Path, separator: str | None = None) -> Grid:
    """The file's rows, split at ``separator`` (None: :func:`sniff_separator`'s)."""
    text, _encoding = decode(path.read_bytes())
    separator = separator or sniff_separator(text)
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))  # a cell may be as long as the file
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=separator)
        rows = [[cell if cell.strip() else None for cell in row] for row in reader]
    except csv.Error as exc:  # e.g. a NUL byte
        line = reader.line_num
        raise CsvError(
            f"{path.name} baris {line}: bukan CSV yang dapat dibaca ({exc})",
            f"{path.name} line {line}: not readable CSV ({exc})",
        ) from exc
    finally:
        csv.field_size_limit(limit)
    # a cell that is only an error value ("#DIV/0!"): Excel's error cell, as its "Save as CSV"
    # writes it (vals16); read as empty, the import names it (``rows.formula_cells``). A text
    # that says so the export wrote "'#DIV/0!": from_text takes the apostrophe off.
    errors: dict[tuple[int, int], str] = {}
    formulas: dict[tuple[int, int], str] = {}  # ("=A1*0,9": a formula's text, Grid.formulas)
    for r, row in enumerate(rows):
        for c, cell in enumerate(row):
            if cell is None:
                continue
            first = cell[:1]
            if first == "#" and EXCEL_ERROR.fullmatch(cell):
                errors[(r, c)], row[c] = cell, None
            elif first == "'":
                row[c] = from_text(cell)
            elif first == "=":
                row[c] = from_text(cell)
                if row[c] is cell and len(cell) > 1:  # (not the export's ="1.10")
                    formulas[(r, c)] = cell
    return Grid(None, rows, errors=errors, separator=separator, formulas=formulas)
