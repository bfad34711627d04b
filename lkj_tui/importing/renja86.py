"""The "Evaluasi terhadap Hasil Renja Perangkat Daerah" workbook of Permendagri 86/2017
(``--layout renja86``). Pure.

Recognised by its header rows: a row naming the indicator ("Indikator Kinerja …") with the
"Triwulan" columns in it or the row below, then a row of ``K``/``Rp`` sub-headers (kinerja and
anggaran), and often a row of column numbers. Each data row is one indicator of a program, kegiatan
or sub kegiatan (known by the start of its name or by the depth of its kode, 1.01.01 / 1.01.01.1.01
/ 1.01.01.1.01.0001), under the sasaran in the Sasaran column (merged cells fill down).

The rows are turned into rows of the flat template and built by :func:`~.rows.build_flat`, so the
checks and messages are the same; each problem names the cell of the Renja sheet.
"""

from __future__ import annotations

import re

from lkj_tui.importing.columns import norm
from lkj_tui.importing.grid import Grid, MappedGrid, Problem, Progress, fill_merged
from lkj_tui.importing.rows import Built, MetaOptions, build_flat, formula_cells, without_echoes

__all__ = ["RENJA_TABLE", "build_renja86", "find_renja_header"]

#: The ``table`` of the printed figures taken from the Renja sheet.
RENJA_TABLE = "Evaluasi Renja (Permendagri 86/2017)"

_FLAT = (
    "level", "kode", "uraian", "satuan", "target", "realisasi", "tw1", "tw2", "tw3", "tw4",
    "target_akhir", "tercetak", "anggaran", "realisasi_anggaran", "penanggung_jawab", "catatan",
    "info_lain",
)  # fmt: skip
_SUBS = frozenset({"k", "rp", "kinerja", "anggaran", "anggaranrp", "keuangan"})
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
_TRIWULAN = re.compile(r"(?:triwulan|tw)(iv|iii|ii|i|[1-4])")


def find_renja_header(grid: Grid, limit: int = 20) -> int | None:
    """The first header row: it names an indicator, and it or the next row has triwulan columns."""
    for r in range(min(limit, len(grid.rows))):
        texts = [norm(t) for t in grid.rows[r] if t]
        if not any("indikator" in t for t in texts):
            continue
        near = texts + [norm(t) for t in (grid.rows[r + 1] if r + 1 < len(grid.rows) else []) if t]
        if any("triwulan" in t for t in near):
            return r
    return None


def _header_rows(grid: Grid, h: int) -> tuple[list[int], int]:
    """The header rows from ``h`` and the first data row (skipping a row of column numbers)."""
    rows = [h]
    r = h + 1
    while r < len(grid.rows) and r <= h + 3:
        texts = [norm(t) for t in grid.rows[r] if t]
        if texts and all(t.isdigit() for t in texts):  # 1, 2, 3 … under the headers
            return rows, r + 1
        if texts and all(
            t in _SUBS or t in ("i", "ii", "iii", "iv") or "triwulan" in t for t in texts
        ):
            rows.append(r)
            r += 1
            continue
        break
    return rows, r


def _column_key(top: str, sub: str) -> str | None:
    """A Renja column (its header text, normalised) → a flat key (``…:rp`` for anggaran)."""
    rp = sub in ("rp", "anggaran", "anggaranrp", "keuangan")
    t = top
    if t in ("no", "nomor"):
        return None
    if "indikator" in t:
        return "indikator"
    if "satuan" in t:
        return "satuan"
    if "sasaran" in t and "realisasi" not in t and "target" not in t:
        return "sasaran"
    if t.startswith("kode"):
        return "kode"
    if "penanggungjawab" in t or t.startswith("unit") or "perangkatdaerahpenanggung" in t:
        return "penanggung_jawab"
    if t in ("ket", "keterangan") or t.startswith("ket"):
        return "catatan"
    m = _TRIWULAN.search(t)
    if m and ("realisasi" in t or t.startswith(("triwulan", "tw"))):
        n = _ROMAN[m.group(1)]
        return f"tw{n}:rp" if rp else f"tw{n}"
    if "tingkatcapaian" in t:
        return "capaian_renstra:rp" if rp else "capaian_renstra"
    if "target" in t and "renstra" in t:
        return "target_akhir:rp" if rp else "target_akhir"
    if "target" in t:  # Target kinerja dan anggaran Renja tahun berjalan
        return "anggaran" if rp else "target"
    if "realisasi" in t and ("tahunlalu" in t or "sampaidenganrenja" in t):
        return "realisasi_sd_lalu:rp" if rp else "realisasi_sd_lalu"
    if "realisasi" in t and "renstra" in t:
        return "realisasi_renstra:rp" if rp else "realisasi_renstra"
    if "realisasi" in t:  # Realisasi capaian kinerja dan anggaran Renja yang dievaluasi
        return "realisasi_anggaran" if rp else "realisasi"
    if "program" in t or "kegiatan" in t or "urusan" in t:
        return "uraian"
    return None


def _kind(uraian: str, kode: str | None) -> str | None:
    n = norm(uraian)
    if n.startswith("subkegiatan"):
        return "subkegiatan"
    if n.startswith("kegiatan"):
        return "kegiatan"
    if n.startswith("program"):
        return "program"
    parts = _parts(kode)
    if parts >= 6:
        return "subkegiatan"
    if parts >= 4:
        return "kegiatan"
    if parts == 3:
        return "program"
    return None


def build_renja86(
    data: Grid, laporan: Grid | None, options: MetaOptions, progress: Progress | None = None
) -> Built:
    h = find_renja_header(data)
    if h is None:
        return Built(
            None,
            [
                Problem(
                    f"{data.sheet}!1:20" if data.sheet else "baris 1-20",
                    None,
                    "judul tata letak renja86 tidak ditemukan (kolom 'Indikator Kinerja' dan "
                    "'Realisasi Kinerja pada Triwulan')",
                    "no renja86 header found (columns 'Indikator Kinerja' and 'Triwulan')",
                )
            ],
        )
    header_rows, first = _header_rows(data, h)
    fill_merged(data, header_rows=first)
    columns: dict[str, int] = {}
    problems: list[Problem] = []
    warnings: list[Problem] = []
    width = max(len(data.rows[r]) for r in header_rows)
    for c in range(width):
        texts: list[str] = []
        for r in header_rows:  # (a header merged down repeats: once is enough)
            text = data.cell(r, c)
            if text and (not texts or texts[-1] != text):
                texts.append(text)
        sub = norm(texts[-1]) if len(texts) > 1 and norm(texts[-1]) in _SUBS else ""
        top = norm(" ".join(texts[:-1] if sub else texts))
        key = _column_key(top, sub)
        if key is None:
            continue
        if key in columns:
            if key in ("uraian", "kode", "sasaran", "catatan"):
                continue  # e.g. "Urusan/Bidang/Program" split over two columns: the first one
            warnings.append(
                Problem(
                    data.place(h, c),
                    texts[0],
                    "kolom ganda; diabaikan",
                    "duplicate column; ignored",
                )
            )
            continue
        columns[key] = c
    for needed in ("indikator", "uraian"):
        if needed not in columns:
            problems.append(
                Problem(
                    data.place(h),
                    None,
                    f"kolom {needed} tidak ditemukan di judul renja86",
                    f"no {needed} column in the renja86 header",
                )
            )
    if problems:
        return Built(None, problems, warnings)

    flat = MappedGrid(data.sheet, [list(_FLAT)])
    col = {k: i for i, k in enumerate(_FLAT)}

    def emit(cells: dict[str, str | None], origin: dict[str, int], r: int) -> None:
        out_r = len(flat.rows)
        flat.rows.append([cells.get(k) for k in _FLAT])
        flat.row_origin[out_r] = data.place(r)
        for key, c in origin.items():
            if key in col:
                flat.origin[(out_r, col[key])] = data.place(r, c)
                if (merge := data.filled.get((r, c))) is not None:  # (a K merged down: named)
                    flat.filled[(out_r, col[key])] = merge

    def get(r: int, key: str) -> str | None:
        return data.cell(r, columns[key]) if key in columns else None

    last_sasaran: str | None = None
    last_node: tuple[str | None, str] | None = None
    # a sasaran on a row of its own, its programs below (vals16: it was dropped without a word,
    # and its programs had no sasaran): made with its first program, or named if none comes
    pending: tuple[str, int] | None = None
    for r in range(first, len(data.rows)):
        uraian = get(r, "uraian")
        indikator = get(r, "indikator")
        kode = get(r, "kode")
        sasaran = get(r, "sasaran")
        if uraian is None and indikator is None:
            if sasaran is not None and sasaran not in (last_sasaran, pending and pending[0]):
                _unmade(data, columns, pending, warnings)
                pending = (sasaran, r)
            else:  # a note under the table in the No column ("Faktor pendorong …")
                _stray(data, r, columns, warnings)
            continue
        at = r
        if pending is not None:
            if sasaran is None or sasaran == pending[0]:
                sasaran, at = pending
            else:
                _unmade(data, columns, pending, warnings)
            pending = None
        if sasaran is not None and sasaran != last_sasaran:
            emit({"level": "sasaran", "uraian": sasaran}, {"uraian": columns["sasaran"]}, at)
            last_sasaran = sasaran
            last_node = None
        if uraian is not None and (kode, uraian) != last_node:
            kind = _kind(uraian, kode)
            if kind is None:
                if indikator is None:  # an urusan or bidang line: no node of its own
                    if not _urusan(uraian):  # anything else is named (vals17)
                        _stray(data, r, columns, warnings, _parts(kode) in (1, 2))
                    continue
                problems.append(
                    Problem(
                        data.place(r, columns["uraian"]),
                        uraian,
                        "jenis baris tidak dapat ditentukan: awali dengan Program, Kegiatan atau "
                        "Sub Kegiatan, atau isi kodenya",
                        "cannot tell the row's level: begin it with Program, Kegiatan or Sub "
                        "Kegiatan, or fill its kode",
                    )
                )
                continue
            cells: dict[str, str | None] = {
                "level": kind,
                "uraian": uraian,
                "info_lain": f"kode_rekening: {kode.strip()}" if kode and kode.strip() else None,
                "anggaran": get(r, "anggaran"),
                "realisasi_anggaran": get(r, "realisasi_anggaran"),
                "penanggung_jawab": get(r, "penanggung_jawab"),
            }
            origin: dict[str, int] = {
                k: columns[k] for k in ("uraian", "anggaran", "realisasi_anggaran") if k in columns
            }
            extra = [
                f"{name}: {v}"
                for name, key in (
                    ("target_renstra_rp", "target_akhir:rp"),
                    ("realisasi_renstra_sd_lalu_rp", "realisasi_sd_lalu:rp"),
                    ("realisasi_renstra_rp", "realisasi_renstra:rp"),
                    ("tingkat_capaian_renstra_rp", "capaian_renstra:rp"),
                    *((f"realisasi_tw{n}_rp", f"tw{n}:rp") for n in range(1, 5)),
                )
                if (v := get(r, key)) and "\n" not in v
            ]
            if extra:
                cells["info_lain"] = "\n".join(
                    ([cells["info_lain"]] if cells["info_lain"] else []) + extra
                )
            emit(cells, origin, r)
            last_node = (kode, uraian)
        if indikator is None:
            continue
        printed = [
            f"{RENJA_TABLE} | {name} | {v}"
            for name, key in (
                ("realisasi_sd_tahun_lalu", "realisasi_sd_lalu"),
                ("realisasi_renstra", "realisasi_renstra"),
                ("capaian_renstra", "capaian_renstra"),
            )
            if (v := get(r, key)) and "\n" not in v and "|" not in v
        ]
        keys = (
            "satuan",
            "target",
            "realisasi",
            "tw1",
            "tw2",
            "tw3",
            "tw4",
            "target_akhir",
            "catatan",
        )
        cells = {"level": "indikator_kegiatan", "uraian": indikator}
        cells |= {k: get(r, k) for k in keys}
        cells["tercetak"] = "\n".join(printed) or None
        origin = {k: columns[k] for k in keys if k in columns}
        origin["uraian"] = columns["indikator"]
        emit(cells, origin, r)
    _unmade(data, columns, pending, warnings)
    read = set(columns.values())  # (walk8: a triwulan =Q8+22 without its value was empty)
    formula_cells(data, first, {c: k for k, c in columns.items()}, problems, warnings)
    if problems:
        return Built(None, without_echoes(problems), warnings, read_columns=frozenset(read))
    built = build_flat(flat, laporan, options, progress)
    built.warnings[:0] = warnings
    built.read_columns = frozenset(read)
    return built


def _unmade(
    data: Grid, columns: dict[str, int], pending: tuple[str, int] | None, warnings: list[Problem]
) -> None:
    """A text in the Sasaran column no program or indicator came under (the form's "Faktor
    pendorong…" lines under the table): named, and not made a sasaran."""
    if pending is None:
        return
    text, r = pending
    warnings.append(
        Problem(
            data.place(r, columns["sasaran"]),
            text,
            "sasaran tanpa program atau indikator di bawahnya; diabaikan: bila ini memang "
            "sasaran, isi program dan indikatornya di bawahnya",
            "a sasaran without a program or indicator under it; ignored: if it is a sasaran, "
            "fill in its programs and indicators below it",
        )
    )


_URUSAN = ("urusan", "bidang", "unsur")

#: The bidang urusan and unsur of Permendagri 90/2019's nomenclature (1.01 PENDIDIKAN … 8.01), with
#: the older spellings of Permendagri 13/2006 regions still print, as :func:`norm` leaves them.
_BIDANG_NAMES = (
    "Pendidikan", "Kesehatan", "Pekerjaan Umum dan Penataan Ruang", "Pekerjaan Umum",
    "Penataan Ruang", "Perumahan dan Kawasan Permukiman",
    "Perumahan Rakyat dan Kawasan Permukiman", "Perumahan",
    "Ketenteraman dan Ketertiban Umum serta Pelindungan Masyarakat",
    "Ketentraman dan Ketertiban Umum serta Perlindungan Masyarakat",
    "Ketenteraman, Ketertiban Umum dan Perlindungan Masyarakat", "Sosial", "Tenaga Kerja",
    "Ketenagakerjaan", "Pemberdayaan Perempuan dan Pelindungan Anak",
    "Pemberdayaan Perempuan dan Perlindungan Anak", "Pangan", "Ketahanan Pangan", "Pertanahan",
    "Lingkungan Hidup", "Administrasi Kependudukan dan Pencatatan Sipil",
    "Kependudukan dan Catatan Sipil", "Pemberdayaan Masyarakat dan Desa",
    "Pengendalian Penduduk dan Keluarga Berencana", "Keluarga Berencana dan Keluarga Sejahtera",
    "Perhubungan", "Komunikasi dan Informatika", "Koperasi, Usaha Kecil, dan Menengah",
    "Koperasi dan Usaha Kecil Menengah", "Penanaman Modal", "Kepemudaan dan Olahraga",
    "Kepemudaan dan Olah Raga", "Statistik", "Persandian", "Kebudayaan", "Perpustakaan",
    "Kearsipan", "Kelautan dan Perikanan", "Pariwisata", "Pertanian", "Kehutanan",
    "Energi dan Sumber Daya Mineral", "Perdagangan", "Perindustrian", "Transmigrasi",
    "Ketransmigrasian", "Sekretariat Daerah", "Sekretariat DPRD", "Perencanaan",
    "Perencanaan Pembangunan", "Keuangan", "Kepegawaian", "Pendidikan dan Pelatihan",
    "Penelitian dan Pengembangan", "Inspektorat Daerah", "Pengawasan", "Kecamatan",
    "Kesatuan Bangsa dan Politik", "Kesatuan Bangsa dan Politik Dalam Negeri",
    "Otonomi Daerah, Pemerintahan Umum, Administrasi Keuangan Daerah, Perangkat Daerah, "
    "Kepegawaian dan Persandian",
)  # fmt: skip
_BIDANG = frozenset(map(norm, _BIDANG_NAMES))


def _urusan(uraian: str) -> bool:
    """An urusan or bidang line of the form: its name is an urusan's (it begins "Urusan",
    "Bidang" or "Unsur", or is a bidang urusan of the nomenclature: "1.01 PENDIDIKAN"). No node of
    its own, and nothing lost. A kode of one or two parts alone is not enough (vals18): a note
    numbered "1" in the Kode column is named, not taken for an urusan."""
    n = norm(uraian)
    return n.startswith(_URUSAN) or n in _BIDANG


_URUSAN_FIX = (
    "; bila ini urusan atau bidang urusan, awali namanya dengan Urusan atau Bidang",
    "; if it is an urusan or bidang, begin its name with Urusan or Bidang",
)


def _parts(kode: str | None) -> int:
    """How many parts a kode has: 1.01 → 2."""
    return len([p for p in re.split(r"[.\s]+", kode.strip()) if p]) if kode else 0


def _stray(
    data: Grid, r: int, columns: dict[str, int], warnings: list[Problem], urusan: bool = False
) -> None:
    """A text of row ``r`` no node is made of, outside the Sasaran column (a note under the table
    in the No or the Program/Kegiatan column, a line of no level without an indicator): named,
    never dropped without a word (vals17). A number (the No column's) and a cell a merge above
    filled are not. ``urusan``: the row has an urusan's kode (1, 1.02), so the fix for an urusan
    line is said too."""
    if (found := data.note(r, columns.get("sasaran"))) is None:
        return
    c, text = found
    warnings.append(
        Problem(
            data.place(r, c),
            text,
            "teks tanpa indikator yang bukan program, kegiatan atau sub kegiatan; diabaikan "
            "(catatan di bawah tabel tidak diimpor): bila ini program atau kegiatan, tulis di "
            "kolom Program/Kegiatan berawalan Program, Kegiatan atau Sub Kegiatan (atau isi "
            "kodenya) dengan indikatornya" + (_URUSAN_FIX[0] if urusan else ""),
            "a text without an indicator that is not a program, kegiatan or sub kegiatan; "
            "ignored (notes under the table are not imported): if it is a program or "
            "kegiatan, write it in the Program/Kegiatan column beginning with Program, "
            "Kegiatan or Sub Kegiatan (or fill its kode), with its indicator"
            + (_URUSAN_FIX[1] if urusan else ""),
        )
    )
