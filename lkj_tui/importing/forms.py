"""Two forms planners already keep, read without ``--layout`` (docs/import.md). Pure.

- **The cascading form** (another tool's cascading import, DOMAIN.md): Level, Teks, Indikator,
  Satuan, Tipe Target, Target per year, Target Akhir, Anggaran per year. Each row with a Level is a
  node (tujuan, sasaran, program, kegiatan, sub kegiatan) named by its Teks, under the nearest row
  above of a higher level, with the row's Indikator as its indicator; a row with an empty Level is
  one more indicator of the row above. Known by a header with a level, a teks and an indikator
  column.
- **A hand-made table** of Sasaran and Indikator (and Tujuan) columns without a level column: each
  row is an indicator (an IKU) of the sasaran in its row; an empty Sasaran cell, or a merged one,
  means the one above.

Each is made into rows of the flat template (:class:`~.grid.MappedGrid`, the parent of each row
given) and built by :func:`~.rows.build_flat`, so the checks and messages are the template's; each
problem names the cell of the sheet it came from.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace

from lkj_tui.importing import grid as grids
from lkj_tui.importing.columns import (
    IGNORED,
    MEASURE_KEYS,
    NON_CUMULATIVE,
    match_header,
    norm,
    parse_cara_hitung,
    parse_level,
    parse_polaritas,
)
from lkj_tui.importing.grid import Grid, MappedGrid, Problem, Progress, place_en
from lkj_tui.importing.rows import (
    _NOTE,
    _TOTAL_ROW,
    _TOTAL_WHY,
    Built,
    MetaOptions,
    _column_number,
    _under,
    build_flat,
    formula_cells,
    read_laporan,
    split_pairs,
    stray_notes,
    unknown_column,
    without_echoes,
)

__all__ = ["Form", "build_form", "find_cascade", "find_table", "near_table"]

#: The levels of the cascading form, outermost first (a row sits under the nearest row above of a
#: lower depth), and the kind of each one's indicator.
_DEPTH = {"tujuan": 0, "sasaran": 1, "program": 2, "kegiatan": 3, "subkegiatan": 4}
_INDICATOR = {
    "tujuan": "iku",
    "sasaran": "iku",
    "program": "indikator_kegiatan",
    "kegiatan": "indikator_kegiatan",
    "subkegiatan": "indikator_kegiatan",
}
_TEKS = frozenset({"teks", "text", "uraian", "nama", "uraianteks"})
_TIPE_TARGET = frozenset({"tipetarget", "jenistarget"})
#: Tipe Target words that say what kind of value the target is: the target is read as printed, so
#: they are kept (``info.tipe_target``) and change nothing.
_TARGET_KINDS = frozenset(
    {"angka", "nilai", "persen", "persentase", "", "teks", "text", "indeks", "rasio"}
    | {"predikat", "huruf", "opini", "jumlah", "rupiah", "numerik", "kualitatif", "kuantitatif"}
)
#: A year in a header: "Target 2024", "Anggaran 2025 (Rp)", "Pagu 2024".
_YEAR = re.compile(r"((?:19|20)\d\d)")
_SUB_YEAR = re.compile(r"(?:tahun|th\.?)?\s*((?:19|20)\d\d)", re.IGNORECASE)
_NODE_KEYS = frozenset({"anggaran", "realisasi_anggaran"})
#: The columns every mapped sheet has (the rest follow the sheet's own).
_BASE = ("level", "kode", "uraian", "polaritas", "cara_hitung", "anggaran", "info_lain")


@dataclass
class Form:
    """A header found: which form, its row, the first data row, each column's role (``level``,
    ``teks``, ``indikator``, ``tujuan``, ``sasaran``, ``tipe_target``, ``anggaran_<year>`` or a
    template column) and its header's place."""

    kind: str  # "cascade" or "table"
    row: int
    first: int
    roles: dict[int, str]
    header_places: dict[int, str] = field(default_factory=dict)
    unknown: list[int] = field(default_factory=list)
    #: each column's header as written ("Target 2024"; "Target" over 2024 joined: "Target 2024")
    header_texts: dict[int, str] = field(default_factory=dict)


def _role(text: str) -> str | None:
    n = norm(text)
    if n in _TEKS:
        return "teks"
    if n.startswith("indikator") or n == "iku":
        return "indikator"
    if n.startswith("tujuan") and "target" not in n:
        return "tujuan"
    if n.startswith("sasaran") and "target" not in n:
        return "sasaran"
    if n in _TIPE_TARGET:
        return "tipe_target"
    if n.startswith(("anggaran", "pagu")) and (year := _YEAR.search(n)) is not None:
        return f"anggaran_{year.group(1)}"
    key = match_header(text)
    return None if key in ("uraian", "induk", "id") else key


def _headers(grid: Grid, r: int) -> tuple[dict[int, str], dict[int, str]]:
    """Row ``r``'s header texts by column, a header merged across columns over a row of years
    joined with the year beneath it ("Target" over 2024 | 2025: "Target 2024", "Target 2025"), and
    each column's place."""
    texts = {c: t for c, t in enumerate(grid.rows[r]) if t is not None and t.strip()}
    places = {c: grid.place(r, c) for c in texts}
    for r1, c1, r2, c2 in grid.merged:
        if r1 == r <= r2 and c2 > c1 and c1 in texts:
            below = [grid.cell(r + 1, c) for c in range(c1, c2 + 1)]
            found = [_SUB_YEAR.fullmatch(b.strip()) if b else None for b in below]
            if not all(found):
                continue  # (as the template reads it: the merge's first column)
            top = texts[c1]
            for c, year in zip(range(c1, c2 + 1), found, strict=True):
                assert year is not None
                texts[c] = f"{top} {year.group(1)}"
                places[c] = grid.place(r + 1, c)
    return texts, places


def _find(grid: Grid, kind: str, limit: int = 20) -> Form | None:
    for r in range(min(limit, len(grid.rows))):
        texts, places = _headers(grid, r)
        roles = {c: role for c, t in texts.items() if (role := _role(t)) is not None}
        found = set(roles.values())
        if kind == "cascade":
            if not {"level", "teks", "indikator"} <= found:
                continue
        elif (
            not {"sasaran", "indikator"} <= found
            or "level" in found
            or any("program" in norm(t) or "kegiatan" in norm(t) for t in texts.values())
        ):
            continue  # (program and kegiatan columns: the Renja evaluation's, --layout renja86)
        unknown = [c for c, t in texts.items() if c not in roles and norm(t) not in IGNORED]
        first = _first_row(grid, r, texts)
        return Form(kind, r, first, roles, places, unknown, texts)
    return None


def find_cascade(grid: Grid) -> Form | None:
    """The cascading form's header: a row with a level, a teks and an indikator column."""
    return _find(grid, "cascade")


def find_table(grid: Grid) -> Form | None:
    """A hand-made table's header: Sasaran and Indikator columns, no level column, and no program
    or kegiatan column."""
    return _find(grid, "table")


#: Words of a header that names the indicators' column in other words ("Ukuran Kinerja")
_INDICATOR_WORDS = ("indikator", "kinerja", "ukuran", "iku")


def near_table(grid: Grid, limit: int = 20) -> Problem | None:
    """A header row with a target column, and columns that name a sasaran and an indicator but
    not as :func:`find_table` knows them ("Tujuan/Sasaran", "Ukuran Kinerja"): a PK's table typed
    by hand. The problem says which headers the reader looks for and what to rename (vals20: it
    asked for the template's level column); None when no row looks so."""
    found = near_fixes(grid, limit)
    if found is None:
        return None
    r, fixes, fixes_en = found
    place = grid.place(r) if grid.sheet is None else f"{grid.sheet}!{r + 1}:{r + 1}"
    return Problem(
        place,
        None,
        "tabel ini tampak seperti tabel Sasaran dan Indikator (PK): lkj-tui mengenalinya "
        "dari judul kolom yang diawali 'Sasaran' (mis. 'Sasaran Strategis') dan yang "
        "diawali 'Indikator' (mis. 'Indikator Kinerja'); " + fixes,
        "this table looks like a table of Sasaran and Indikator (PK): lkj-tui knows it "
        "by a column header beginning with 'Sasaran' (e.g. 'Sasaran Strategis') and one "
        "beginning with 'Indikator' (e.g. 'Indikator Kinerja'); " + fixes_en,
        "no-header",
    )


def near_fixes(grid: Grid, limit: int = 20) -> tuple[int, str, str] | None:
    """The header row of :func:`near_table`'s table and the renames that make it known, id and
    en ("ganti judul 'Ukuran Kinerja' di PK!C1 menjadi 'Indikator Kinerja'"); None."""
    for r in range(min(limit, len(grid.rows))):
        texts, places = _headers(grid, r)
        roles = {c: _role(t) for c, t in texts.items()}
        if not any(v == "target" or (v or "").startswith("target_") for v in roles.values()):
            continue
        if "level" in roles.values() or any(
            "program" in norm(t) or "kegiatan" in norm(t) for t in texts.values()
        ):
            continue  # (the template's or the Renja evaluation's header: their own problems)
        fixes, fixes_en = [], []
        for role, example, words in (
            ("sasaran", "Sasaran Strategis", ("sasaran",)),
            ("indikator", "Indikator Kinerja", _INDICATOR_WORDS),
        ):
            if role in roles.values():
                continue
            meant = next(
                (
                    c
                    for c, t in texts.items()
                    if roles[c] in (None, "tujuan") and any(w in norm(t) for w in words)
                ),
                None,
            )
            if meant is None:
                break  # (not a PK's table: a column of either is not even named)
            fixes.append(f"ganti judul '{texts[meant]}' di {places[meant]} menjadi '{example}'")
            fixes_en.append(f"rename '{texts[meant]}' at {place_en(places[meant])} '{example}'")
        else:
            if not fixes:
                continue
            return r, " dan ".join(fixes), " and ".join(fixes_en)
    return None


def _first_row(grid: Grid, r: int, texts: dict[int, str]) -> int:
    """The row after the header: the row of years under a merged "Target", a row of column
    numbers, and a row repeating the header (a header cell merged down) are the header's."""
    first = r + 1
    while first < len(grid.rows) and first <= r + 3:
        cells = {
            c: t.strip() for c, t in enumerate(grid.rows[first]) if t is not None and t.strip()
        }
        if not cells or not all(
            _column_number(t) or t == texts.get(c, "").strip() for c, t in cells.items()
        ):
            break
        first += 1
    return first


def _t(place: str, text: str | None, why: str, why_en: str) -> Problem:
    return Problem(place, text, why, why_en)


def report_year(laporan: Grid | None, options: MetaOptions) -> int | None:
    """The report's year as the options or the ``Laporan`` sheet give it (None: not yet known;
    ``build_flat`` then names what is missing)."""
    if options.tahun is not None:
        return options.tahun
    facts, _, _ = read_laporan(laporan, [])  # (the import says its problems)
    text = facts.get("tahun", ("", ""))[0].strip().removesuffix(",0")
    return int(text) if re.fullmatch(r"\d{4}", text) else None


class _Builder:
    """The mapped sheet, row by row."""

    def __init__(self, data: Grid, form: Form, tahun: int | None) -> None:
        self.data, self.form, self.tahun = data, form, tahun
        keys = list(_BASE)
        for role in form.roles.values():
            key = self.key_of(role)
            if key is not None and key not in keys:
                keys.append(key)
        self.keys = keys
        self.col = {k: i for i, k in enumerate(keys)}
        self.grid = MappedGrid(data.sheet, [list(keys)], parents={})
        self.problems: list[Problem] = []
        self.warnings: list[Problem] = []
        #: a budget merged over some of one sasaran's indicator rows, by its merge: what its
        #: refusal adds (that it may be the sasaran's, and how to write it so)
        self.partial: dict[str, tuple[str, str]] = {}
        for c, role in form.roles.items():
            key = self.key_of(role)
            if key is not None:
                self.grid.origin[(0, self.col[key])] = form.header_places[c]
                if c in form.header_texts:
                    self.grid.written[(0, self.col[key])] = form.header_texts[c]

    def key_of(self, role: str) -> str | None:
        """The template column a role's cells go to (None: read by the form itself)."""
        if role in ("level", "teks", "indikator", "tujuan", "sasaran", "tipe_target"):
            return None
        if role.startswith("anggaran_"):  # (beside an "Anggaran" column, the year's is info)
            this = role == f"anggaran_{self.tahun}" and "anggaran" not in self.form.roles.values()
            return "anggaran" if this else None
        return role

    def place(self, r: int, c: int, role: str) -> str:
        return self.data.place(r, c, role)

    def emit(
        self,
        r: int,
        cells: dict[str, str],
        origin: dict[str, int],
        parent: int | None,
        info: dict[str, str] | None = None,
    ) -> int:
        out_r = len(self.grid.rows)
        if info:
            own = cells.get("info_lain")
            pairs = split_pairs(own, ":")
            if pairs is not None:  # (a malformed info_lain is named by the template's check)
                merged = {p[0]: p[1] for p in pairs} | info
                cells["info_lain"] = json.dumps(merged, ensure_ascii=False)
        self.grid.rows.append([cells.get(k) for k in self.keys])
        self.grid.row_origin[out_r] = self.data.place(r)
        assert self.grid.parents is not None
        self.grid.parents[out_r] = parent
        for key, c in origin.items():
            if key in self.col:
                label = self.form.roles.get(c, key)
                self.grid.origin[(out_r, self.col[key])] = self.place(r, c, label)
                if (merge := self.data.filled.get((r, c))) is not None:
                    self.grid.filled[(out_r, self.col[key])] = merge
        return out_r

    def split(self, r: int) -> tuple[dict[str, tuple[str, int]], dict[str, tuple[str, int]]]:
        """The row's cells by role (the form's own) and by template column, with their column."""
        line = self.data.rows[r]
        own: dict[str, tuple[str, int]] = {}
        flat: dict[str, tuple[str, int]] = {}
        for c, role in self.form.roles.items():
            text = line[c] if c < len(line) else None
            if text is None or not text.strip():
                continue
            key = self.key_of(role)
            if key is None:
                own.setdefault(role, (text, c))
            else:
                flat.setdefault(key, (text, c))
        return own, flat

    def header_again(self, own: dict[str, tuple[str, int]], roles: tuple[str, ...]) -> bool:
        heads = {role: c for c, role in self.form.roles.items()}
        header = self.data.rows[self.form.row]
        return all(
            role in own
            and heads[role] < len(header)
            and norm(own[role][0]) == norm(header[heads[role]] or "")
            for role in roles
        )


def _total(text: str) -> bool:
    return norm(text).startswith(_TOTAL_ROW)


def _totals(role: str, text: str, flat: dict[str, tuple[str, int]]) -> bool:
    """``text`` in the column ``role`` of a hand-made table's row makes it a row of totals or
    averages ("Jumlah", "Rata-rata capaian"). An indicator named so that has a satuan ("Jumlah
    dokumen" in Dok, "Rata-rata lama sekolah" in Tahun, as many IKU are) is an indicator."""
    if role == "tipe_target" or not _total(text):
        return False
    return role != "indikator" or "satuan" not in flat or norm(text) in _TOTAL_ROW


_HEADER_WHY = ("baris judul terulang: hapus baris ini", "the header row again: delete the row")


def _tipe_target(text: str) -> tuple[str, str] | None:
    """What a Tipe Target says: a polaritas ("naik", "turun", "stabil"…), a cara hitung
    ("kumulatif"…), or the kind of value ("angka", "persen"…, kept as ``tipe_target``)."""
    if parse_polaritas(text) is not None:
        return "polaritas", text
    if parse_cara_hitung(text) is not None or norm(text) in NON_CUMULATIVE:
        return "cara_hitung", text
    if norm(text) in _TARGET_KINDS or text.strip() == "%":
        return "info", text
    return None


def _cascade(b: _Builder) -> None:
    data, form = b.data, b.form
    stack: list[tuple[int, int]] = []  # (depth, mapped row) of the rows a later row may sit under
    current: tuple[int, str] | None = None  # the node of the row above (mapped row, kind)
    other_years = {
        role: c
        for c, role in form.roles.items()
        if role.startswith("anggaran_") and b.key_of(role) is None
    }
    gap = False  # an empty row since the last row of the table: a text alone is under it
    under: list[tuple[str, str]] = []  # (the signature's lines: named at once)
    for r in range(form.first, len(data.rows)):
        own, flat = b.split(r)
        if not own and not flat:
            gap = True
            continue
        level = own.get("level")
        teks = own.get("teks")
        if (line := _under_cascade(own, flat, gap)) is not None:
            # the signature or a note under the table ("Mengetahui,"), in any column it is
            # written in: named, not refused as a row without its level (vals16), nor read as
            # one more indicator (imp71: its lines under Indikator were IKUs, under Level or
            # Target refused, and a note right under the table made the signature's refused)
            role, (text, c) = line
            under.append((b.place(r, c, role), text))
            gap = True
            continue
        _under(under, b.warnings, _TEKS_ONLY)
        gap = False
        node_cells = {k: v for k, v in flat.items() if k in _NODE_KEYS}
        # a node's Teks (and Level, budget) merged down over its indicators' rows: those rows
        # are its indicators, not more nodes of the same name (vals15)
        if (
            teks is not None
            and _from_above(data, r, teks[1])
            and (level is None or _from_above(data, r, level[1]))
        ):
            level = teks = None
            node_cells = {k: v for k, v in node_cells.items() if not _from_above(data, r, v[1])}
            if "kode" in flat and _from_above(data, r, flat["kode"][1]):
                del flat["kode"]  # (the node's, not this indicator's)
        if level is not None:
            kind = parse_level(level[0])
            if kind not in _DEPTH:
                current = None
                why = _level_why(b, own, level[0])
                b.problems.append(_t(b.place(r, level[1], "level"), level[0], *why))
                continue
            if teks is None:
                c = next(c for c, role in form.roles.items() if role == "teks")
                b.problems.append(
                    _t(
                        b.place(r, c, "teks"),
                        None,
                        f"teks kosong: tulis nama {kind} baris ini",
                        f"teks is empty: write the name of this row's {kind}",
                    )
                )
                current = None
                continue
            depth = _DEPTH[kind]
            while stack and stack[-1][0] >= depth:
                stack.pop()
            cells = {"level": kind, "uraian": teks[0]}
            origin = {"level": level[1], "uraian": teks[1]}
            for key, (text, c) in node_cells.items():
                cells[key], origin[key] = text, c
            if "kode" in flat:  # (on a row with a level, the kode is the node's)
                cells["kode"], origin["kode"] = flat["kode"]
            info: dict[str, str] = {}
            for role, c in other_years.items():
                year_text = data.cell(r, c)
                if year_text is not None and year_text.strip():
                    info[role] = year_text
            out_r = b.emit(r, cells, origin, stack[-1][1] if stack else None, info)
            stack.append((depth, out_r))
            current = (out_r, kind)
        elif teks is not None:
            b.problems.append(
                _t(
                    b.place(r, teks[1], "teks"),
                    teks[0],
                    "level kosong tetapi teks terisi: isi level baris ini (tujuan, sasaran, "
                    "program, kegiatan, sub kegiatan), atau kosongkan teks bila baris ini "
                    "indikator lain dari baris di atasnya",
                    "the level is empty but teks is filled: fill this row's level (tujuan, "
                    "sasaran, program, kegiatan, sub kegiatan), or empty teks when the row is "
                    "one more indicator of the row above",
                )
            )
            continue
        elif current is None:
            c = next(c for c, role in form.roles.items() if role == "level")
            b.problems.append(
                _t(
                    b.place(r, c, "level"),
                    None,
                    "level kosong, dan tidak ada baris berlevel di atasnya untuk indikator ini",
                    "the level is empty, and no row with a level is above for this indicator",
                )
            )
            continue
        else:
            for key, (text, c) in node_cells.items():  # a node's budget on an indicator's row
                b.problems.append(
                    _t(
                        b.place(r, c, key),
                        text,
                        "anggaran milik baris berlevel (program, kegiatan…): tulis di baris itu",
                        "a budget belongs to a row with a level (program, kegiatan…): write it "
                        "on that row",
                    )
                )
        assert current is not None
        _indicator(b, r, own, flat, current[0], current[1], level is not None)
    _under(under, b.warnings, _TEKS_ONLY)


#: The cascading form's columns a signature under the table is written in: its own (an unknown
#: Level's text alone), the names, and the figures' on the right (Target, Anggaran).
_SIGNED_ROLES = frozenset({"level", "teks", "indikator"})


def _under_cascade(
    own: dict[str, tuple[str, int]], flat: dict[str, tuple[str, int]], gap: bool
) -> tuple[str, tuple[str, int]] | None:
    """A row of the cascading form that is a line under its table, not a row of it: a note
    alone ("Catatan: …", in any column), or after an empty row (or a note) texts only, without
    a level it knows, in the columns a signature is written in (:data:`_SIGNED_ROLES`, a target
    or a budget); its first cell, by role, else None."""
    cells = {**own, **flat}
    if (level := own.get("level")) is not None and (len(cells) > 1 or parse_level(level[0])):
        return None  # (a row with its level; an unknown level beside other cells is refused)
    first = min(cells.items(), key=lambda item: item[1][1])
    if len(cells) == 1 and _NOTE.match(first[1][0]):
        return first
    if not gap or not all(
        role in _SIGNED_ROLES or role.startswith(_SIGNED_FIGURES) for role in cells
    ):
        return None
    return first if grids.words_only(text for text, _c in cells.values()) else None


#: The figures' columns (``target``, ``target_2025``, ``target_akhir``, ``anggaran_2025``…) a
#: signature on the right of the cascading form is written in.
_SIGNED_FIGURES = ("target", "realisasi", "anggaran")


def _from_above(data: Grid, r: int, c: int) -> bool:
    """Cell (r, c) holds a value merged down from the row above (one merge over both)."""
    merge = data.filled.get((r, c))
    return merge is not None and data.filled.get((r - 1, c)) == merge


def _level_why(b: _Builder, own: dict[str, tuple[str, int]], text: str) -> tuple[str, str]:
    if b.header_again(own, ("level",)):
        return _HEADER_WHY
    if _total(text):
        return _TOTAL_WHY
    return (
        "level tidak dikenal (tujuan, sasaran, program, kegiatan, sub kegiatan; kosong: "
        "indikator lain dari baris di atasnya)",
        "unknown level (tujuan, sasaran, program, kegiatan, sub kegiatan; empty: one more "
        "indicator of the row above)",
    )


def _indicator(
    b: _Builder,
    r: int,
    own: dict[str, tuple[str, int]],
    flat: dict[str, tuple[str, int]],
    parent: int,
    kind: str,
    node_row: bool,
    budget: bool = False,
) -> int | None:
    """The row's indicator (its Indikator and the values beside it), under ``parent``, and its
    row of the mapped grid (None: not made); with
    ``budget`` (a table of Sasaran and Indikator, whose sasaran has no row of its own) the row's
    anggaran too, which was dropped without a word (vals18)."""
    indikator = own.get("indikator")
    values = {
        k: v
        for k, v in flat.items()
        if (budget or k not in _NODE_KEYS) and not (k == "kode" and node_row)
    }
    tipe = own.get("tipe_target")
    if indikator is None:
        if tipe is not None:
            values["tipe_target"] = tipe
        for key, (text, c) in values.items():
            if key in MEASURE_KEYS or key.startswith(("target_", "realisasi_", "tipe_")):
                b.problems.append(
                    _t(
                        b.place(r, c, key),
                        text,
                        "nilai indikator tanpa indikator: isi kolom Indikator baris ini",
                        "an indicator's value without an indicator: fill this row's Indikator",
                    )
                )
                break
        return None
    cells = {"level": _INDICATOR[kind], "uraian": indikator[0]}
    origin = {"level": indikator[1], "uraian": indikator[1]}
    for key, (text, c) in values.items():
        cells[key], origin[key] = text, c
    info: dict[str, str] = {}
    if tipe is not None:
        read = _tipe_target(tipe[0])
        where = b.place(r, tipe[1], "tipe_target")
        if read is None:
            b.problems.append(
                _t(
                    where,
                    tipe[0],
                    "tipe target tidak dikenal: tulis arahnya (naik/positif, turun/negatif, "
                    "stabil/rentang), cara hitungnya (kumulatif, nilai_akhir, rata_rata) atau "
                    "jenis nilainya (angka, persen, indeks, teks…)",
                    "unknown tipe target: write its direction (naik/positif, turun/negatif, "
                    "stabil/rentang), its cara hitung (kumulatif, nilai_akhir, rata_rata) or the "
                    "kind of value (angka, persen, indeks, teks…)",
                )
            )
        elif read[0] == "info":
            info["tipe_target"] = read[1]
        elif read[0] in cells and norm(cells[read[0]]) != norm(read[1]):
            b.problems.append(
                _t(
                    where,
                    tipe[0],
                    f"tipe target berbeda dengan {read[0]} “{cells[read[0]]}” di baris ini",
                    f"tipe target differs from the {read[0]} “{cells[read[0]]}” of this row",
                )
            )
        else:
            cells[read[0]], origin[read[0]] = read[1], tipe[1]
    return b.emit(r, cells, origin, parent, info)


def _table(b: _Builder) -> None:
    data, form = b.data, b.form
    # a tujuan or sasaran is made when its first indicator is, so one without any (the
    # signature "Kepala Dinas," under the table) is named and ignored, never a node (vals16: it
    # became a sasaran without a word)
    tujuan: _Pending | None = None
    sasaran: _Pending | None = None
    heads = {role: c for c, role in form.roles.items()}
    # a budget merged down: the mapped rows that took it, by merge and column (vals18)
    merges: dict[tuple[str, str], list[tuple[int, _Pending]]] = {}
    counts: dict[int, int] = {}  # id of a sasaran → its indicator rows
    rows: dict[int, tuple[int, int]] = {}  # id of a sasaran → its first and last indicator row

    def made(node: _Pending | None, parent: int | None) -> int | None:
        if node is not None and node.out is None:
            cells = {"level": node.level, "uraian": node.text}
            node.out = b.emit(node.r, cells, {"uraian": node.c}, parent)
        return None if node is None else node.out

    gap = False  # an empty row since the last row of the table: a text alone is under it
    under: list[tuple[str, str]] = []  # (the signature's lines: named at once)
    for r in range(form.first, len(data.rows)):
        own, flat = b.split(r)
        if not own and not flat:
            gap = True
            continue
        if gap and not own and flat and grids.words_only(text for text, _c in flat.values()):
            under.append(_signature(b, r, flat))  # (imp68: "indikator kosong" of each line)
            continue
        if not flat and len(own) == 1 and _NOTE.match(next(iter(own.values()))[0]):
            # a note ("Catatan: …" in the Sasaran column) is no sasaran: a line of what is under
            # the table (imp70: it split a signature, whose next line was "indikator kosong")
            ((role, (text, c)),) = own.items()
            under.append((b.place(r, c, role), text))
            gap = True
            continue
        grids.under_table(under, _TEXT_ONLY, b.warnings)
        gap = False
        if b.header_again(own, ("sasaran", "indikator")):
            c = heads["indikator"]
            b.problems.append(_t(b.place(r, c, "indikator"), own["indikator"][0], *_HEADER_WHY))
            continue
        totals = [(role, v) for role, v in own.items() if _totals(role, v[0], flat)]
        if totals:
            role, (text, c) = totals[0]
            b.problems.append(_t(b.place(r, c, role), text, *_TOTAL_WHY))
            continue
        if "tujuan" in own and (tujuan is None or own["tujuan"][0] != tujuan.text):
            _unmade(b, sasaran)
            _unmade(b, tujuan)
            tujuan, sasaran = _Pending("tujuan", *own["tujuan"], r), None
        if "sasaran" in own and (sasaran is None or own["sasaran"][0] != sasaran.text):
            _unmade(b, sasaran)
            sasaran = _Pending("sasaran", *own["sasaran"], r)
        if "indikator" not in own and not flat:
            continue  # a sasaran without an indicator (yet)
        if sasaran is None:
            b.problems.append(
                _t(
                    b.place(r, heads["sasaran"], "sasaran"),
                    None,
                    "sasaran kosong, dan tidak ada sasaran di atasnya untuk indikator ini",
                    "the sasaran is empty, and no sasaran is above for this indicator",
                )
            )
            continue
        if "indikator" not in own:
            b.problems.append(
                _t(
                    b.place(r, heads["indikator"], "indikator"),
                    None,
                    "indikator kosong: tulis nama indikator baris ini",
                    "the indikator is empty: write the name of this row's indicator",
                )
            )
            continue
        parent = made(sasaran, made(tujuan, None))
        assert parent is not None
        out = _indicator(b, r, own, flat, parent, "sasaran", False, budget=True)
        counts[id(sasaran)] = counts.get(id(sasaran), 0) + 1
        rows[id(sasaran)] = (rows.get(id(sasaran), (r, r))[0], r)
        for key in _NODE_KEYS & flat.keys():
            label = data.filled.get((r, flat[key][1]))
            if out is not None and label is not None:
                merges.setdefault((label, key), []).append((out, sasaran))
    grids.under_table(under, _TEXT_ONLY, b.warnings)
    _unmade(b, sasaran)
    _unmade(b, tujuan)
    _sasaran_budgets(b, merges, counts, rows)


def _partial(
    b: _Builder, key: str, sasaran: _Pending, n: int, rows: tuple[int, int]
) -> tuple[str, str]:
    """A budget merged over some of ``sasaran``'s ``n`` indicator rows (``rows``: its first and
    last): its refusal says it may be the sasaran's, and the two ways to write it (vals20: it
    said only "write the amount once, on the row it belongs to")."""
    c = next(c for c, role in b.form.roles.items() if b.key_of(role) == key)
    whole = b.data.place(rows[0], c) + ":" + b.data.place(rows[1], c).rpartition("!")[2]
    return (
        f"; bila ini anggaran sasaran “{sasaran.text}”, gabungkan selnya atas semua {n} baris "
        f"indikatornya ({whole}) agar dibaca sekali sebagai anggaran sasaran, atau tulis "
        "angkanya pada satu baris saja",
        f"; if it is the budget of the sasaran “{sasaran.text}”, merge the cell over all {n} of "
        f"its indicator rows ({whole}) to read it once as the sasaran's, or write the amount "
        "on one row only",
    )


def _sasaran_budgets(
    b: _Builder,
    merges: dict[tuple[str, str], list[tuple[int, _Pending]]],
    counts: dict[int, int],
    rows: dict[int, tuple[int, int]],
) -> None:
    """A budget merged over every indicator row of one sasaran (and only those) in a table of
    Sasaran and Indikator is that sasaran's, once, with a warning saying so; merged otherwise it
    stays on each row, which the template's check refuses (it would be counted once a row)."""
    for (label, key), took in merges.items():
        sasaran = took[0][1]
        if len(took) < 2 or any(s is not sasaran for _, s in took):
            continue
        if len(took) != counts[id(sasaran)] or sasaran.out is None:
            if sasaran.out is not None:  # some of its rows: refused, and said how to write it
                n = counts[id(sasaran)]
                b.partial[label] = _partial(b, key, sasaran, n, rows[id(sasaran)])
            continue
        col = b.col[key]
        text = b.grid.rows[took[0][0]][col]
        place = b.grid.origin[(took[0][0], col)]
        for out, _ in took:
            b.grid.rows[out][col] = None
            b.grid.origin.pop((out, col), None)
            b.grid.filled.pop((out, col), None)
        b.grid.rows[sasaran.out][col] = text
        b.grid.origin[(sasaran.out, col)] = place
        b.warnings.append(
            _t(
                label,
                text,
                f"{key} dalam sel gabungan atas semua indikator sasaran “{sasaran.text}”: dibaca "
                "sekali, sebagai anggaran sasaran itu",
                f"the {key} is in a cell merged over every indicator of the sasaran "
                f"“{sasaran.text}”: read once, as that sasaran's",
            )
        )


@dataclass
class _Pending:
    """A tujuan or sasaran of a table: its text, column and row, and its mapped row once made."""

    level: str
    text: str
    c: int
    r: int
    out: int | None = None


#: Why a row of the table of Sasaran and Indikator under it is ignored (:func:`_signature`).
_TEXT_ONLY = (
    "hanya teks, di bawah baris kosong setelah tabel (tanda tangan atau catatan?); "
    "diabaikan: bila ini baris tabel, isi indikatornya",
    "only text, under an empty row after the table (a signature or a note?); "
    "ignored: if it is a row of the table, fill in its indicator",
)
#: Why a row of only text under the cascading form's table is ignored (:func:`_under_cascade`).
_TEKS_ONLY = (
    "hanya teks, di bawah baris kosong setelah tabel (tanda tangan atau catatan?); diabaikan: "
    "bila ini baris tabel, isi levelnya",
    "only text, under an empty row after the table (a signature or a note?); ignored: if "
    "it is a row of the table, fill in its level",
)


def _signature(b: _Builder, r: int, flat: dict[str, tuple[str, int]]) -> tuple[str, str]:
    """A row of texts only under an empty row after a table of Sasaran and Indikator (the
    signature beside its place and date, in the Target or Realisasi column): its first cell's
    place and text, named with the others (:func:`~lkj_tui.importing.grid.under_table`)."""
    key, (text, c) = min(flat.items(), key=lambda item: item[1][1])
    return b.place(r, c, b.form.roles.get(c, key)), text


def _unmade(b: _Builder, node: _Pending | None) -> None:
    """A tujuan or sasaran of a table that no indicator came under: named, and not made."""
    if node is None or node.out is not None:
        return
    level = node.level
    b.warnings.append(
        _t(
            b.place(node.r, node.c, level),
            node.text,
            f"{level} tanpa indikator (tidak ada indikator di barisnya atau di bawahnya); "
            f"diabaikan: bila ini memang {level}, isi indikatornya",
            f"a {level} without an indicator (none on its row or below it); ignored: if it is "
            f"a {level}, fill in its indicator",
        )
    )


def build_form(
    data: Grid,
    form: Form,
    laporan: Grid | None,
    options: MetaOptions,
    progress: Progress | None = None,
) -> Built:
    """The report of a sheet of the cascading form or a hand-made table, or every problem."""
    b = _Builder(data, form, report_year(laporan, options))
    seen: dict[str, int] = {}
    for c, role in sorted(form.roles.items()):
        if role in seen:
            b.problems.append(
                _t(
                    form.header_places[c],
                    data.cell(form.row, c),
                    f"kolom '{role}' ganda (juga di {form.header_places[seen[role]]})",
                    f"column '{role}' twice (also at {place_en(form.header_places[seen[role]])})",
                )
            )
        seen.setdefault(role, c)
    for c in form.unknown:
        b.warnings.append(unknown_column(data, form.header_places[c], c, data.cell(form.row, c)))
    if form.kind == "cascade":
        _cascade(b)
    else:
        _table(b)
    formula_cells(data, form.first, form.roles, b.problems, b.warnings)
    stray_notes(data, form.first, form.roles, b.warnings)
    built = build_flat(b.grid, laporan, options, progress)
    for i, p in enumerate(built.problems):
        if (more := b.partial.get(p.place)) is not None:
            built.problems[i] = replace(p, why=p.why + more[0], why_en=p.why_en + more[1])
    problems = without_echoes(b.problems + built.problems)
    warnings = b.warnings + built.warnings
    read = frozenset(form.roles)
    if problems:
        return Built(None, problems, warnings, read_columns=read)
    return Built(built.report, problems, warnings, built.records, read, built.places)
