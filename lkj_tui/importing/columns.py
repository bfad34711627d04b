"""The flat template's columns: names, accepted header spellings, level/polaritas/cara hitung
spellings, and the Bahasa Indonesia help of every column (the ``Petunjuk`` sheet, docs/import.md).
Pure."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from lkj_tui.core import words
from lkj_tui.core.model import NODE_KINDS
from lkj_tui.core.words import norm, parse_polarity

__all__ = [
    "COLUMNS",
    "LAPORAN_KEYS",
    "REPORT_COLUMNS",
    "Column",
    "baseline_without_year",
    "header_key",
    "match_header",
    "meant_value",
    "norm",
    "parse_cara_hitung",
    "parse_level",
    "parse_polaritas",
]


@dataclass(frozen=True)
class Column:
    key: str
    aliases: tuple[str, ...]
    help: str  # Bahasa Indonesia, for the Petunjuk sheet
    example: str = ""
    measure: bool = False  # only on indicator rows (iku, lainnya, indikator_kegiatan)


_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
_QUARTER_HELP = "Realisasi triwulan {n} seperti tercetak."
_TTW_HELP = "Target triwulan {n}, bila Perjanjian Kinerja memuat target per triwulan."

COLUMNS: tuple[Column, ...] = (
    Column(
        "level",
        ("jenis", "tingkat", "level simpul"),
        "Jenis baris: tujuan, sasaran, iku, lainnya, program, kegiatan, subkegiatan, "
        "indikator_kegiatan. Ejaan lain diterima (Indikator Kinerja Utama, Sub Kegiatan, "
        "Indikator Kinerja Lainnya…). Kosong tepat di bawah baris indikator: indikator lain "
        "dari induk yang sama.",
        "iku",
    ),
    Column(
        "kode",
        ("kode simpul", "no kode", "nomor kode"),
        "Kode unik baris (boleh kosong). Dipakai kolom induk baris lain.",
        "IKU 1",
    ),
    Column(
        "induk",
        # (e-SAKIP's and other apps' parent code: kode_parent, parent_kode, parent_id…)
        (
            "kode induk",
            "parent",
            "kode parent",
            "parent kode",
            "parent code",
            "parent id",
            "id induk",
        ),
        "Kode (atau id) baris induk. Kosong: induknya baris terdekat di atas yang jenisnya "
        "dapat memuat baris ini (urutan kerangka seperti diketik di Excel).",
        "S1",
    ),
    Column(
        "uraian",
        (
            "indikator kinerja",
            "indikator",
            "nama",
            "nama indikator",
            "uraian indikator",  # (imp65: was refused as a header without 'uraian')
            "uraian kinerja",
            "program kegiatan",
            "sasaran strategis",
        ),
        "Nama tujuan, sasaran, indikator, program atau kegiatan, persis seperti tercetak.",
        "Nilai LPPD",
    ),
    Column("satuan", ("unit", "satuan indikator"), "Satuan indikator.", "Nilai; %; Dokumen", True),
    Column(
        "polaritas",
        ("arah", "sifat", "arah kinerja", "tipe indikator"),
        "positif (makin tinggi makin baik, bawaan), negatif (makin rendah makin baik) atau "
        "stabil (di dalam rentang target paling baik, mis. inflasi 3 ± 1).",
        "positif",
        True,
    ),
    Column(
        "cara_hitung",
        ("cara perhitungan", "metode perhitungan", "cara hitung realisasi"),
        "Cara realisasi tahunan dari triwulan: kumulatif (jumlah), nilai_akhir (triwulan "
        "terakhir yang terisi) atau rata_rata. Boleh kosong.",
        "kumulatif",
        True,
    ),
    Column(
        "target",
        ("target pk", "target tahun ini", "target kinerja"),
        "Target tahun laporan (Perjanjian Kinerja), persis seperti tercetak.",
        "3,22; 95 %; >3,51; 3 ± 1; A (86,45); WTP; 1.500 bh",
        True,
    ),
    Column(
        "realisasi",
        ("realisasi tahun ini", "realisasi kinerja"),
        "Realisasi tahun laporan, persis seperti tercetak. Teks seperti n/a atau - disimpan "
        "apa adanya (tanpa capaian, dengan alasannya); sel galat Excel (#DIV/0!) dibaca "
        "kosong, dengan peringatan.",
        "2,85",
        True,
    ),
    *(
        Column(
            f"tw{n}",
            (
                f"triwulan {n}",
                f"realisasi tw {n}",
                f"realisasi triwulan {n}",
                f"triwulan {_ROMAN[n]}",
                f"tw {_ROMAN[n]}",
                f"realisasi tw {_ROMAN[n]}",  # (as docs/import.md has long said they are read)
                f"realisasi triwulan {_ROMAN[n]}",
            ),
            _QUARTER_HELP.format(n=n),
            "",
            True,
        )
        for n in range(1, 5)
    ),
    *(
        Column(
            f"target_tw{n}",
            (
                f"target triwulan {n}",
                f"target tw {n}",
                f"target triwulan {_ROMAN[n]}",
                f"target tw {_ROMAN[n]}",
            ),
            _TTW_HELP.format(n=n),
            "",
            True,
        )
        for n in range(1, 5)
    ),
    Column(
        "target_akhir",
        ("target akhir renstra", "target renstra akhir", "target akhir periode"),
        "Target akhir Renstra seperti tercetak di samping capaian.",
        "3,34",
        True,
    ),
    Column(
        "capaian_tercetak",
        ("capaian", "capaian persen", "persentase capaian", "capaian kinerja"),
        "Capaian seperti tercetak di dokumen Anda. Disimpan sebagai angka tercetak dan "
        "dibandingkan dengan capaian hitungan lkj-tui; tidak pernah dipakai sebagai capaian.",
        "88,51",
        True,
    ),
    Column(
        "tercetak",
        ("angka tercetak",),
        "Angka tercetak lain, satu per baris: tabel | bidang | nilai "
        "(bidang: capaian, capaian_renstra, target, realisasi, target:2025…).",
        "Tabel 3.2 | capaian_renstra | 85,33",
        True,
    ),
    Column(
        "penanggung_jawab",
        (
            "pj",
            "pic",
            "penanggungjawab",
            "perangkat daerah penanggung jawab",
            "unit penanggung jawab",
            "unit kerja penanggung jawab",
            "opd penanggung jawab",
        ),
        "Penanggung jawab indikator.",
        "Bagian Tata Pemerintahan",
    ),
    Column(
        "definisi",
        ("definisi operasional", "formula", "rumus"),
        "Definisi operasional atau rumus indikator.",
        "",
    ),
    Column("sumber_data", ("sumber data",), "Sumber data indikator.", "Laporan LPPD"),
    Column(
        "permasalahan",
        ("masalah", "kendala", "hambatan"),
        "Permasalahan, satu per baris di dalam sel (Alt+Enter).",
        "",
    ),
    Column(
        "solusi",
        ("upaya", "tindak lanjut", "rencana tindak lanjut"),
        "Solusi, satu per baris di dalam sel (Alt+Enter).",
        "",
    ),
    Column(
        "anggaran",
        ("pagu", "pagu anggaran", "anggaran rp", "pagu rp", "pagu anggaran rp"),
        "Anggaran seperti tercetak (biasanya program, kegiatan, sub kegiatan).",
        "Rp 1.234.567.000",
    ),
    Column(
        "realisasi_anggaran",
        ("realisasi keuangan", "realisasi anggaran rp"),
        "Realisasi anggaran seperti tercetak.",
        "Rp 1.100.000.000",
    ),
    Column("catatan", ("keterangan", "ket"), "Catatan bebas.", ""),
    Column(
        "tabel",
        ("sumber tabel", "tabel sumber"),
        "Tabel dokumen tempat baris ini tercetak.",
        "Tabel 3.2",
    ),
    Column(
        "info_lain",
        ("info",),
        "Keterangan lain, satu per baris: kunci: nilai.",
        "indikator_tujuan: Indeks RB",
    ),
    Column(
        "kolom_lain",
        (),
        "Kolom laporan yang tidak dikenal lkj-tui ini (mis. dari lkj-tui yang lebih baru), "
        "sebagai satu objek JSON, ditulis ekspor dan dipertahankan apa adanya saat impor ulang: "
        "biarkan apa adanya.",
        '{"bobot": 5}',
    ),
    Column(
        "id",
        ("id simpul",),
        "Id baris yang diisi lkj-tui saat ekspor, agar impor ulang menjaga id. Kosongkan "
        "untuk baris baru.",
        "",
    ),
)

#: Each column's help in English, for the Petunjuk sheet of ``template --lang en`` (the sheet
#: said it in Indonesian only: walk57); :data:`COLUMNS` holds the Indonesian. The same keys
#: (tests/test_import59.py).
HELP_EN: dict[str, str] = {
    "level": "The row's kind: tujuan, sasaran, iku, lainnya, program, kegiatan, subkegiatan, "
    "indikator_kegiatan. Other spellings are read (Indikator Kinerja Utama, Sub Kegiatan, "
    "Indikator Kinerja Lainnya…). Empty right under an indicator's row: one more indicator of "
    "the same parent.",
    "kode": "The row's unique code (may be empty). Named by other rows' induk column.",
    "induk": "The kode (or id) of the parent row. Empty: the nearest row above whose kind may "
    "hold this row (the outline in the order typed in Excel).",
    "uraian": "The name of the tujuan, sasaran, indicator, program or kegiatan, exactly as "
    "printed.",
    "satuan": "The indicator's unit.",
    "polaritas": "positif (higher is better, the default), negatif (lower is better) or stabil "
    "(best inside the target's range, e.g. inflation 3 ± 1).",
    "cara_hitung": "How the year's realisasi comes from the quarters: kumulatif (their sum), "
    "nilai_akhir (the last quarter filled in) or rata_rata (their mean). May be empty.",
    "target": "The report year's target (Perjanjian Kinerja), exactly as printed.",
    "realisasi": "The report year's realisasi, exactly as printed. A text such as n/a or - is "
    "kept as it is (no capaian, with the reason); an Excel error cell (#DIV/0!) is read as "
    "empty, with a warning.",
    **{f"tw{n}": f"Realisasi of quarter {n} as printed." for n in range(1, 5)},
    **{
        f"target_tw{n}": f"Target of quarter {n}, where the Perjanjian Kinerja gives one per "
        "quarter."
        for n in range(1, 5)
    },
    "target_akhir": "The Renstra's end target as printed beside the capaian.",
    "capaian_tercetak": "The capaian as printed in your document. Kept as a printed figure and "
    "compared with the capaian lkj-tui computes; never used as the capaian.",
    "tercetak": "Other printed figures, one per line: table | field | value (field: capaian, "
    "capaian_renstra, target, realisasi, target:2025…).",
    "penanggung_jawab": "Who is responsible for the indicator.",
    "definisi": "The indicator's operational definition or formula.",
    "sumber_data": "The indicator's data source.",
    "permasalahan": "Problems, one per line in the cell (Alt+Enter).",
    "solusi": "Solutions, one per line in the cell (Alt+Enter).",
    "anggaran": "The budget as printed (usually of a program, kegiatan, sub kegiatan).",
    "realisasi_anggaran": "The budget's realisation as printed.",
    "catatan": "A free note.",
    "tabel": "The document's table this row is printed in.",
    "info_lain": "Other facts, one per line: key: value.",
    "kolom_lain": "The report's columns this lkj-tui does not know (e.g. from a newer "
    "lkj-tui), as one JSON object, written by the export and kept as they are on import: leave "
    "it as it is.",
    "id": "The row's id, filled in by lkj-tui's export so that importing again keeps the ids. "
    "Empty for a new row.",
}

#: Extra per-year columns: ``target_<year>`` (Renstra target) and ``realisasi_<year>`` (history):
#: "Target 2025", "Target Tahun 2025", a Renstra matrix's "Target Renstra 2026" and "Target
#: Kinerja Tahun" merged over its years (as :func:`norm` leaves them).
YEAR_COLUMN = re.compile(
    r"(target|realisasi)(?:kinerja)?(?:renstra|rpjmd)?(?:padatahun|tahun|th)?(\d{4})"
)
#: A Renstra matrix's end-of-period target, its year written or not: "Target Akhir Periode
#: Renstra (2026)", "Kondisi Kinerja pada Akhir Periode Renstra" → ``target_akhir``.
_END_TARGET = re.compile(
    r"(?:target(?:renstra)?akhir(?:periode)?|kondisi(?:kinerja)?(?:pada)?akhir(?:periode)?)"
    r"(?:renstra|rpjmd)?(?:tahun|th)?(?:\d{4})?"
)
#: The baseline of a Renstra matrix: "Kondisi Awal (2021)", "Kondisi Kinerja pada Awal Periode
#: Renstra 2021", "Baseline 2021": the realisasi of that year (DOMAIN.md: the condition the
#: Renstra starts from), ``realisasi_2021``. Without its year the model has no place for it
#: (:data:`BASELINE_NO_YEAR`).
_BASELINE = re.compile(
    r"(?:kondisi(?:kinerja)?(?:pada)?awal(?:periode)?(?:renstra|rpjmd)?|baseline|capaianawal)"
    r"(?:tahun|th)?(\d{4})?"
)
YEAR_HELP = {
    "target": "target_<tahun> (mis. target_2025): target Renstra tahun itu.",
    "realisasi": "realisasi_<tahun> (mis. realisasi_2022): realisasi tahun sebelumnya.",
}
YEAR_HELP_EN = {
    "target": "target_<year> (e.g. target_2025): the Renstra's target of that year.",
    "realisasi": "realisasi_<year> (e.g. realisasi_2022): the realisasi of an earlier year.",
}
#: Headers that may stand in a sheet and are ignored without a warning.
IGNORED = frozenset({"no", "nomor", "nourut"})

#: e-SAKIP's names (DOMAIN.md, "Spreadsheets people already have") read as the template's
#: columns; not in the template's own help (the Petunjuk sheet lists :data:`COLUMNS`):
#: ``tipe_perhitungan`` (kumulatif, non-kumulatif…) is the cara hitung, and ``target_text`` the
#: target as text, read as the target when ``target`` is empty (docs/import.md).
ESAKIP_NAMES = {
    "tipe perhitungan": "cara_hitung",
    "jenis perhitungan": "cara_hitung",
    "target text": "target_text",
    "target teks": "target_text",
}

_BY_NAME: dict[str, str] = {}
for _col in COLUMNS:
    for _name in (_col.key, *_col.aliases):
        _BY_NAME.setdefault(norm(_name), _col.key)
for _name, _key in ESAKIP_NAMES.items():
    _BY_NAME.setdefault(norm(_name), _key)

MEASURE_KEYS = frozenset(c.key for c in COLUMNS if c.measure) | {"target_text"}
#: The cara hitung that says only that the quarters are not summed (e-SAKIP's ``non-kumulatif``):
#: the last quarter and the mean are both non-kumulatif, so it names no cara hitung of its own.
NON_CUMULATIVE = frozenset({"nonkumulatif", "tidakkumulatif", "bukankumulatif", "noncumulative"})


def match_header(text: str) -> str | None:
    """The column key of a header cell (``target_2025`` for year columns), or None."""
    key = norm(text)
    if key in _BY_NAME:
        return _BY_NAME[key]
    if m := YEAR_COLUMN.fullmatch(key):
        return f"{m.group(1)}_{m.group(2)}"
    if _END_TARGET.fullmatch(key):
        return "target_akhir"
    if (m := _BASELINE.fullmatch(key)) and m.group(1):
        return f"realisasi_{m.group(1)}"
    return None


def baseline_without_year(text: str) -> bool:
    """A baseline header without its year ("Kondisi Awal"): the realisasi of which year is not
    said, so the column is ignored with a warning saying how to name it."""
    m = _BASELINE.fullmatch(norm(text))
    return m is not None and not m.group(1)


def header_key(key: str) -> str:
    """The header the template writes for a column key (the key itself)."""
    return key


# ------------------------------------------------------------------------------- value spellings

_LEVELS: dict[str, str] = {norm(k): k for k in NODE_KINDS}
_LEVELS |= {
    norm(a): kind
    for kind, names in {
        "tujuan": ("tujuan strategis", "tujuan renstra"),
        "sasaran": ("sasaran strategis", "sasaran renstra", "sasaran kinerja"),
        "iku": ("indikator kinerja utama", "indikator utama", "indikator sasaran"),
        "lainnya": ("indikator kinerja lainnya", "indikator lainnya", "ikl", "indikator lain"),
        "program": ("prog",),
        "kegiatan": ("keg",),
        "subkegiatan": ("sub kegiatan", "sub-kegiatan", "subkeg", "sub keg"),
        "indikator_kegiatan": (
            "indikator kegiatan",
            "indikator program",
            "indikator sub kegiatan",
            "indikator subkegiatan",
            "indikator kinerja kegiatan",
            "indikator kinerja program",
            "indikator kinerja sub kegiatan",
            "indikator output",
            "indikator outcome",
        ),
    }.items()
    for a in names
}


def _abbreviated(text: str) -> tuple[str, str] | None:
    """``text`` as a name and the abbreviation in brackets at its end ("Indikator Kinerja Utama
    (IKU)" → "Indikator Kinerja Utama", "IKU": two to six ASCII letters), or None. Split at the
    last "(", without a regex: ``(.+?)\\s*\\(`` backtracked over a run of spaces (64 K spaces
    and a tab took 4.7 s)."""
    body = text.rstrip()
    at = body.rfind("(")
    if not body.endswith(")") or at < 0:
        return None
    head, short = body[:at].rstrip(), body[at + 1 : -1].strip()
    if not head or not (2 <= len(short) <= 6 and short.isascii() and short.isalpha()):
        return None
    return head, short


def parse_level(text: str) -> str | None:
    """The level ``text`` names: a spelling of :data:`_LEVELS`, or one followed by its
    abbreviation in brackets, the same level's or letters only ("Indikator Kinerja Utama (IKU)":
    vals64, refused as a level not known)."""
    found = words.word_of(_LEVELS, text)
    if found is None and (parts := _abbreviated(text)) is not None:
        found = words.word_of(_LEVELS, parts[0])
        short = words.word_of(_LEVELS, parts[1])
        if short != found if short is not None else not parts[1].isupper():
            return None
    return found


def meant_value(column: str, text: str) -> tuple[str, str]:
    """ "; maksud Anda 'sasaran'?" ("; did you mean 'sasaran'?") for a mistyped value of the
    column ``column`` (level, polaritas or cara_hitung): the value whose closest spelling is like
    ``text`` (difflib's ratio ≥ 0.75, as a mistyped option: "sasran" → sasaran, "positf" →
    positif); ("", "") when none is, when the close spellings are of several values ("Indikator"
    is near "indikator lain", "indikator utama" and "indikator output": it named 'lainnya', and a
    planner who wrote it on every IKU row made them all indikator lainnya), or ``text`` is longer
    than a typo of one (vals21: "level tidak dikenal" named no value meant)."""
    table: Mapping[str, str] = (
        _LEVELS
        if column == "level"
        else words.POLARITY_WORDS
        if column == "polaritas"
        else words.CARA_HITUNG_WORDS
    )
    typed = norm(text)
    if not typed or len(typed) > 40:  # (difflib is quadratic: a pasted line is not compared)
        return "", ""
    import difflib

    found = {table[key] for key in difflib.get_close_matches(typed, list(table), cutoff=0.75)}
    if len(found) != 1:  # none, or a word near several ("Indikator": lainnya, iku, kegiatan's)
        return "", ""
    value = found.pop()
    return f"; maksud Anda '{value}'?", f"; did you mean '{value}'?"


def parse_polaritas(text: str) -> str | None:
    return parse_polarity(text)  # the one table, core/words.py (calc --polaritas reads it too)


def parse_cara_hitung(text: str) -> str | None:
    return words.parse_cara_hitung(text)  # one table, core/words.py (set and the TUI read it too)


#: The keys of the ``Laporan`` sheet (key → help).
LAPORAN_KEYS: dict[str, tuple[tuple[str, ...], str, str]] = {
    "id": (
        ("id laporan",),
        "Id laporan di lkj-tui (huruf kecil, angka, . _ -). Kosong: dibuat "
        "dari instansi dan tahun.",
        "setda-bengkulu-selatan-2024",
    ),
    "instansi": (
        ("nama instansi", "perangkat daerah", "opd", "skpd"),
        "Nama instansi (wajib).",
        "Sekretariat Daerah Kabupaten Bengkulu Selatan",
    ),
    "tahun": (("tahun laporan", "tahun anggaran"), "Tahun laporan (wajib).", "2024"),
    "pemerintah": (
        ("pemerintah daerah", "pemda"),
        "Pemerintah daerah.",
        "Pemerintah Kabupaten Bengkulu Selatan",
    ),
    "periode": (("periode renstra",), "Periode Renstra: tahun awal-tahun akhir.", "2021-2026"),
    "sumber": (("source",), "Dokumen sumber laporan.", "LKj 2024"),
    "misi": ((), "Misi, satu per baris.", ""),
    "isu_strategis": (("isu strategis",), "Isu strategis, satu per baris.", ""),
    "perbaikan_kinerja": (("perbaikan kinerja",), "Rencana perbaikan kinerja, satu per baris.", ""),
    "kesimpulan": ((), "Kesimpulan, satu per baris.", ""),
    "inovasi": ((), "Inovasi dalam JSON: daftar objek {nama, legalitas, manfaat, keterangan}.", ""),
    "skala": (
        ("scales",),
        "Skala penilaian daerah dalam JSON (lihat docs/capaian.md). Boleh kosong.",
        "",
    ),
    "tercetak": (
        ("printed",),
        "Angka tingkat laporan yang tercetak, satu per baris: kunci: nilai.",
        "capaian_iku_rata_rata: 107,35 %",
    ),
}
#: Each ``Laporan`` key's help in English (:data:`HELP_EN`'s reason; the same keys).
LAPORAN_HELP_EN: dict[str, str] = {
    "id": "The report's id in lkj-tui (lower case letters, digits, . _ -). Empty: made from "
    "the instansi and the year.",
    "instansi": "The instansi's name (required).",
    "tahun": "The report's year (required).",
    "pemerintah": "The regional government.",
    "periode": "The Renstra's period: first year-last year.",
    "sumber": "The report's source document.",
    "misi": "Misi, one per line.",
    "isu_strategis": "Strategic issues, one per line.",
    "perbaikan_kinerja": "Plans to improve performance, one per line.",
    "kesimpulan": "Conclusions, one per line.",
    "inovasi": "Innovations in JSON: a list of objects {nama, legalitas, manfaat, keterangan}.",
    "skala": "The region's rating scales in JSON (see docs/capaian.md). May be empty.",
    "tercetak": "Report-level printed figures, one per line: key: value.",
}
LAPORAN_BY_NAME: dict[str, str] = {}
for _key, (_aliases, _help, _ex) in LAPORAN_KEYS.items():
    for _name in (_key, *_aliases):
        LAPORAN_BY_NAME.setdefault(norm(_name), _key)

#: Columns of the Data sheet that say which report each row is of (the CSV export writes them,
#: since a CSV file has no Laporan sheet) → the Laporan key they give: every row that fills one
#: must say the same (``rows.build_flat``).
REPORT_COLUMNS = {"id_laporan": "id", "instansi": "instansi", "tahun": "tahun"}
for _key in REPORT_COLUMNS:  # (not "OPD" or "Perangkat Daerah": a row's unit, as often as not)
    _BY_NAME.setdefault(norm(_key), _key)
