"""A sheet as read from a file: rows of cell text, with the places problems are reported at. Pure."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field

__all__ = [
    "EXCEL_ERROR",
    "EXCEL_ERRORS",
    "STAGES",
    "STEP",
    "Grid",
    "MappedGrid",
    "Problem",
    "Progress",
    "col_letter",
    "fill_merged",
    "place_en",
]

#: How far an import is: ``progress(stage, done, total)``, stage one of "read" (rows of the sheet
#: read), "check" (rows checked), "build" (nodes made); the command adds its own stages.
Progress = Callable[[str, int, int], None]
#: Rows between two progress calls.
STEP = 1000
#: Each stage's name as the command's bar and the TUI's progress line show it (id, en).
STAGES = {
    "read": ("Membaca sel", "Reading cells"),
    "check": ("Memeriksa baris", "Checking rows"),
    "build": ("Menyusun simpul", "Building nodes"),
    "save": ("Menyimpan", "Saving"),
    "evaluate": ("Menghitung capaian", "Computing capaian"),
}


#: What each of Excel's errors says (id, en).
EXCEL_ERRORS = {
    "#DIV/0!": ("pembagian dengan nol", "division by zero"),
    "#N/A": (
        "nilai tidak tersedia: pencariannya tidak menemukan apa pun",
        "no value: its lookup found nothing",
    ),
    "#VALUE!": ("jenis nilai salah dalam rumus", "a wrong kind of value in the formula"),
    "#REF!": (
        "rujukan sel tidak sah: sel yang dirujuk sudah dihapus",
        "an invalid cell reference: the cell it refers to was deleted",
    ),
    "#NAME?": ("nama fungsi atau rentang tidak dikenal", "an unknown function or range name"),
    "#NUM!": ("angka tidak sah", "an invalid number"),
    "#NULL!": ("irisan rentang kosong", "an empty intersection of ranges"),
}
#: A cell that is one of them: what a CSV file saved by Excel writes for an error cell.
EXCEL_ERROR = re.compile("(?i:" + "|".join(re.escape(e) for e in EXCEL_ERRORS) + ")")


def col_letter(col: int) -> str:
    """0 → "A", 25 → "Z", 26 → "AA"."""
    out = ""
    col += 1
    while col:
        col, rem = divmod(col - 1, 26)
        out = chr(65 + rem) + out
    return out


@dataclass
class Grid:
    """One sheet: ``rows[r][c]`` is the text of spreadsheet row ``r + 1``, column ``c`` (None when
    empty). ``sheet`` is the sheet's name (None for a CSV file)."""

    sheet: str | None
    rows: list[list[str | None]]
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2 (incl.)
    #: (r, c) → the formula of a cell that has one but no value computed (a workbook written by a
    #: program, not saved by Excel): read as empty, so the import names it instead.
    uncomputed: dict[tuple[int, int], str] = field(default_factory=dict)
    #: (r, c) → the error Excel stored in a cell whose formula failed (``#DIV/0!``, ``#N/A``…):
    #: read as empty, never as a value, so the import names it (``rows.formula_cells``)
    errors: dict[tuple[int, int], str] = field(default_factory=dict)
    #: (r, c) → a CSV file's cell holding a formula's text ("=A1*0,9", not the export's
    #: ``="1.10"`` nor a text it marked with an apostrophe): kept, and refused where the import
    #: reads it, as a workbook's formula without its value is (``rows.formula_cells``; vals39)
    formulas: dict[tuple[int, int], str] = field(default_factory=dict)
    #: (r, c) → the formula of a cell whose value the program that wrote the workbook stored
    #: (it asks Excel to compute every formula when opened): read, and named in a warning, since
    #: that value may not be the formula's (``rows.formula_cells``; imp65)
    given: dict[tuple[int, int], str] = field(default_factory=dict)
    #: Excel saved the workbook in manual calculation without computing it again on saving
    #: (``calcMode="manual" calcOnSave="0"``): the values of ``given`` are Excel's, but may be
    #: stale (imp67), not a program's
    manual: bool = False
    #: the rows the workbook hides (read as any row; the import says which)
    hidden: list[int] = field(default_factory=list)
    #: the columns the workbook hides, as ranges (read as any column; the import says which)
    hidden_cols: list[range] = field(default_factory=list)
    #: (r, c) → what a number cell holding 0 shows by its format instead ("-", "–", "": an
    #: accounting format's dash): read 0, the number it holds, and named by the import
    #: (``rows.formula_cells``; imp70: it was read 0 without a word)
    zeros: dict[tuple[int, int], str] = field(default_factory=dict)
    #: (r, c) → what a number cell holding a negative shows by its format, without its minus
    #: ("5,5" of -5.5 under ``0.0;[Red]0.0``), and the format's colour ("red", or ""): read as
    #: the negative it holds, and named by the import (``rows.formula_cells``; imp71)
    minus: dict[tuple[int, int], tuple[str, str]] = field(default_factory=dict)
    #: (r, c) → the merged range ("Data!E3:E5") whose value the cell holds, for each cell of a
    #: merge over several rows that :func:`fill_merged` filled down (its first cell too)
    filled: dict[tuple[int, int], str] = field(default_factory=dict)
    #: the workbook hides the sheet itself
    sheet_hidden: bool = False
    #: a CSV file's separator (``,``, ``;`` or a tab; None for a workbook's sheet)
    separator: str | None = None

    def cell(self, r: int, c: int) -> str | None:
        row = self.rows[r] if r < len(self.rows) else []
        return row[c] if c < len(row) else None

    def note(self, r: int, skip: int | None = None) -> tuple[int, str] | None:
        """The first text of row ``r`` (outside column ``skip``) that a stray-text warning names:
        one with a letter in it (not the No column's number), and not a merge above filling it
        down (named once, at its first row). None when there is none."""
        for c, text in enumerate(self.rows[r]):
            if c == skip or not text or not any(ch.isalpha() for ch in text):
                continue
            if (r, c) in self.filled and r > 0 and self.cell(r - 1, c) == text:
                continue
            return c, text
        return None

    def as_written(self, r: int, c: int) -> str | None:
        """Cell (r, c) as the file wrote it (a mapped form's header: the user's, not the key)."""
        return self.cell(r, c)

    def place(self, r: int, c: int | None = None, header: str | None = None) -> str:
        """``Data!F17`` for a workbook, ``baris 17 (target)`` for a CSV file (``baris 1 (kolom
        F)`` for a cell of a column without a key: a header the import does not know)."""
        if self.sheet is None:
            if header:
                return f"baris {r + 1} ({header})"
            return f"baris {r + 1}" + (f" (kolom {col_letter(c)})" if c is not None else "")
        if c is None:
            return f"{self.sheet}!{r + 1}:{r + 1}"
        return f"{self.sheet}!{col_letter(c)}{r + 1}"


@dataclass
class MappedGrid(Grid):
    """A sheet of another form (the Renja evaluation, the cascading form, a hand-made table) made
    into rows of the flat template; its places name the cells of the sheet they came from.
    ``parents``: row → its parent's row, for a form whose outline the rows' order does not tell
    (None: the template's outline rules)."""

    origin: dict[tuple[int, int], str] = field(default_factory=dict)
    row_origin: dict[int, str] = field(default_factory=dict)
    #: a header cell as the sheet wrote it ("Target 2024"), where the grid holds the template's
    #: key (``target_2024``): what a message about the column quotes
    written: dict[tuple[int, int], str] = field(default_factory=dict)
    parents: dict[int, int | None] | None = None

    def as_written(self, r: int, c: int) -> str | None:
        return self.written.get((r, c), self.cell(r, c))

    def place(self, r: int, c: int | None = None, header: str | None = None) -> str:
        if c is not None and (r, c) in self.origin:
            return self.origin[(r, c)]
        return self.row_origin.get(r, f"{self.sheet}!{r + 1}:{r + 1}")


def fill_merged(grid: Grid, header_rows: int = 0) -> None:
    """Give every cell of a merged range the value of its top-left cell: down the first column
    (fill-down of a Sasaran or Program spanning rows) and, in the first ``header_rows`` rows, across
    too (a header spanning the columns beneath it)."""
    for r1, c1, r2, c2 in grid.merged:
        value = grid.cell(r1, c1)
        if value is None:
            continue
        label = f"{grid.sheet}!{col_letter(c1)}{r1 + 1}:{col_letter(c2)}{r2 + 1}"
        for r in range(r1, r2 + 1):
            last = c2 if r < header_rows else c1
            if r2 > r1 and r >= header_rows:
                grid.filled[(r, c1)] = label
            for c in range(c1, last + 1):
                if r == r1 and c == c1:
                    continue
                while len(grid.rows) <= r:
                    grid.rows.append([])
                row = grid.rows[r]
                if len(row) <= c:
                    row.extend([None] * (c + 1 - len(row)))
                if row[c] is None:
                    row[c] = value


@dataclass(frozen=True)
class Problem:
    """One thing wrong in the file: where, the cell's text, and why (id/en)."""

    place: str
    text: str | None
    why: str
    why_en: str
    code: str = ""  # for the few problems a caller acts on: "no-header", "no-instansi"…

    def line(self, lang: str = "id") -> str:
        shown = "" if self.text is None else f" {_quote(self.text, lang=lang)}"
        if lang == "en":  # a CSV file's "baris 17 (target)"
            return f"{place_en(self.place)}{shown}: {self.why_en}"
        return f"{self.place}{shown}: {self.why}"


_ROW = re.compile(r"(?:^|(?<=, ))baris (\d+)(?: \(kolom ([A-Z]{1,3})\))?")


def place_en(place: str) -> str:
    """A CSV file's place in English: "baris 17 (target)" → "row 17 (target)", "baris 1 (kolom
    F)" → "row 1 (column F)"; a workbook's place as it is."""
    return _ROW.sub(lambda m: f"row {m[1]}" + (f" (column {m[2]})" if m[2] else ""), place)


def words_only(texts: Iterable[str]) -> bool:
    """Whether the texts (a row's cells, some) read as no value ("Kepala Dinas,", "Uji, 2 Januari
    2024", "dr. Budi"): a signature's, not an indicator's values."""
    from lkj_tui.core.values import ParseError, parse_value

    try:
        return all(parse_value(text).kind == "text" for text in texts)
    except ParseError:
        return False


def under_table(lines: list[tuple[str, str]], why: tuple[str, str], out: list[Problem]) -> None:
    """The rows of only text under an empty row after the table (a signature: its place and
    date, title, name and NIP), each ``(place, text)``: one warning in ``out`` naming their
    cells, the first one's text quoted (imp69: it was one warning a line); ``lines`` emptied."""
    if not lines:
        return
    first = lines[0][0]
    sheet = first.partition("!")[0] + "!" if "!" in first else ""
    place = ", ".join([first] + [p.removeprefix(sheet) if sheet else p for p, _ in lines[1:]])
    n = len(lines)
    said = (f"{n} baris: {why[0]}", f"{n} rows: {why[1]}") if n > 1 else why
    out.append(Problem(place, lines[0][1], *said))
    lines.clear()


#: A place's cell after its sheet: "F10", "17:17" (a row), "D:D" (a column), "F4:F6" (a merge).
_CELL = re.compile(r"([A-Z]{0,3})(\d*)")


#: A place in one row of a sheet: "F10", "17:17", "B4:F4" (not a column, nor a merge down rows).
_ONE_ROW = re.compile(r"[A-Z]{0,3}(\d+)(?::[A-Z]{0,3}(\d+))?")


def row_of(place: str) -> tuple[str, int] | None:
    """The sheet and row of ``place`` ("Data!F10": ("Data", 10); a CSV file's "baris 17 (target)":
    ("", 17)), or None for a place of more rows than one or of none (a column, a merge down rows,
    a sheet's name alone)."""
    row = _ROW.match(place)
    if row is not None:
        return ("", int(row[1]))
    sheet, bang, cell = place.partition("!")
    m = _ONE_ROW.fullmatch(cell) if bang else None
    if m is None or (m[2] is not None and m[2] != m[1]):
        return None
    return (sheet, int(m[1]))


def by_row(
    problems: list[Problem], warnings: list[Problem]
) -> tuple[list[Problem], list[tuple[Problem, list[Problem]]]]:
    """What a refused file's front end says, row by row (vals37: a row's warning was listed far
    above its problem): the ``warnings`` of no row that has a problem, and each of ``problems``
    (in place order) with the warnings of its row after the row's last problem."""
    rows = {row_of(p.place) for p in problems} - {None}
    apart: list[Problem] = []
    of_row: dict[tuple[str, int] | None, list[Problem]] = {}
    for warning in warnings:
        row = row_of(warning.place) if rows else None
        (of_row.setdefault(row, []) if row in rows else apart).append(warning)
    said: list[tuple[Problem, list[Problem]]] = []
    for i, problem in enumerate(problems):
        row = row_of(problem.place)
        last = i + 1 == len(problems) or row_of(problems[i + 1].place) != row
        said.append((problem, of_row.pop(row, []) if row is not None and last else []))
    return apart, said


def in_place_order(found: list[Problem], sheets: Sequence[str] = ()) -> list[Problem]:
    """``found`` in the order an auditor reads the file: by sheet (``sheets``: the workbook's
    order), then by row, numerically (Data!F8 before Data!F10), then by column (vals36: they were
    listed by kind, "Data!F10" before "Data!F8"). A CSV file's place ("baris 17 (target)") sorts by
    its row; a sheet's name alone (the sheet read) comes first of its sheet, a place of no sheet
    first of all; like places keep their order."""
    rank = {name: i + 1 for i, name in enumerate(sheets)}

    def key(problem: Problem) -> tuple[int, int, int]:
        place = problem.place
        row = _ROW.match(place)
        if row is not None:
            return (0, int(row[1]), 0)
        sheet, _, cell = place.partition("!")
        m = _CELL.match(cell)  # (it always matches; both parts may be empty)
        letters, digits = m.groups() if m is not None else ("", "")
        column = 0
        for letter in letters:
            column = column * 26 + ord(letter) - 64
        return (rank.get(sheet, 0), int(digits or 0), column)

    return sorted(found, key=key)


def _quote(text: str, limit: int = 60, lang: str = "id") -> str:
    """A cell's text as a problem quotes it: on one line, a line break typed in the cell
    (Alt+Enter: a header "Target⏎2024") as a space, as Excel's cell shows it wrapped (imp68: it
    was quoted "Target\\x0a2024"); every other control character escaped (``show_raw``)."""
    from lkj_tui.core.numbers import show_raw

    return show_raw(text.replace("\r\n", " ").replace("\n", " "), limit, lang)
