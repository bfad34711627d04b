"""The strings of the TUI's import and new-report dialogs (``importfile.py``,
``components/importdialogs.py``), in Bahasa Indonesia and English."""

from __future__ import annotations

_TEXT: dict[str, tuple[str, str]] = {
    "path_title": ("Impor laporan dari berkas", "Import a report from a file"),
    # (what import reads, as `import --layout`'s words say it; where the template comes from:
    # a new user's first question, walk71 — it named the template and the Renja evaluation only)
    "path_hint": (
        "Berkas .xlsx (templat lkj-tui, lembar e-SAKIP, formulir cascading, tabel Sasaran dan "
        "Indikator, matriks Renstra atau PK, evaluasi Renja Permendagri 86), .csv atau .json. "
        "Templat kosong untuk diisi:\nlkj-tui template -o templat.xlsx",
        "An .xlsx file (lkj-tui's template, e-SAKIP's sheet, the cascading form, a table of "
        "Sasaran and Indikator, a Renstra or PK matrix, the Renja evaluation of Permendagri 86), "
        ".csv or .json. An empty template to fill:\nlkj-tui template -o templat.xlsx --lang en",
    ),
    "path_placeholder": ("~/Dokumen/lkj-2024.xlsx", "~/Documents/lkj-2024.xlsx"),
    "path_empty": ("Tulis jalur berkasnya.", "Type the file's path."),
    "problems_title": (
        "{n} masalah di {file}; tidak ada yang disimpan",
        "{n} problems in {file}; nothing was saved",
    ),
    "problems_title_1": (
        "1 masalah di {file}; tidak ada yang disimpan",
        "1 problem in {file}; nothing was saved",
    ),
    "problems_hint": (
        "Perbaiki berkasnya lalu impor lagi (i).",
        "Fix the file, then import again (i).",
    ),
    "problems_hint_ask": (
        "Perbaiki berkasnya lalu impor lagi (i); instansi dan tahun yang tidak disebut berkas "
        "ditanyakan saat itu.",
        "Fix the file, then import again (i); the instansi and year the file does not name are "
        "asked then.",
    ),
    "warnings_title": (
        "Diimpor, dengan {n} peringatan tentang {file}",
        "Imported, with {n} warnings about {file}",
    ),
    "warnings_title_1": (
        "Diimpor, dengan 1 peringatan tentang {file}",
        "Imported, with 1 warning about {file}",
    ),
    "warnings_hint": (
        "Laporan sudah disimpan; periksa berkasnya bila ada yang keliru, lalu impor lagi (i).",
        "The report is saved; check the file if something is wrong, then import again (i).",
    ),
    "exists_title": ("Laporan sudah ada", "The report exists"),
    # (what the overwrite replaces, stored → file, after its question: walk57)
    "replaced": ("Yang ditimpa ({n} nilai): {lines}.", "Replaced ({n} value{s}): {lines}."),
    "replaced_more": ("; dan {n} lainnya", "; and {n} more"),
    "replaced_none": (
        "Isinya sama dengan laporan tersimpan.",
        "It holds what the stored report holds.",
    ),
    # (the restore on a line of its own under it, whole to read and copy: ConfirmDialog's command)
    "exists": (
        "Laporan '{id}' sudah ada. Timpa dengan isi {file}? {replaced}Versi lama tetap dapat "
        "dipulihkan dengan:",
        "Report '{id}' exists. Replace it with {file}? {replaced}The old version stays "
        "restorable with:",
    ),
    "overwrite": ("Timpa", "Replace"),
    "imported": ("Diimpor: {id} ({n} simpul)", "Imported: {id} ({n} nodes)"),
    "created": ("Dibuat: {id}", "Created: {id}"),
    "failed": ("Impor gagal: {error}", "Import failed: {error}"),
    "missing": ("berkas {file} tidak ada", "there is no file {file}"),
    "new_title": ("Laporan baru", "New report"),
    "new_next": (
        "Laporan tahun {year} dari laporan ini (target dari Renstra, realisasi ke riwayat)",
        "The {year} report from this one (targets from the Renstra, realisasi into the history)",
    ),
    # (the next year's report, asked before it is made: Enter after the menu's Enter made it
    # unseen, typed ahead at 60×20; edit44). Batal has the focus: Enter does not make it
    "next_title": ("Buat laporan tahun {year}?", "Make the {year} report?"),
    "next_text": (
        "{instansi}\nId: {id}\nTarget {year} dari Renstra; realisasi {old} ke riwayat.\n"
        "Laporan {old} tidak diubah.",
        "{instansi}\nId: {id}\nThe {year} targets from the Renstra; the {old} realisasi into "
        "the history.\nThe {old} report is unchanged.",
    ),
    "next_yes": ("Buat", "Make it"),
    # (the store holds it already: opened, not made again)
    "next_there_title": ("Laporan tahun {year} sudah ada", "The {year} report exists"),
    "next_there_text": (
        "{instansi}\nId: {id}\nLaporan {year} sudah ada di penyimpanan; buka untuk melanjutkan.",
        "{instansi}\nId: {id}\nThe {year} report is in the store already; open it to go on.",
    ),
    "next_there_yes": ("Buka", "Open it"),
    "new_import": (
        "Impor dari berkas Excel, CSV atau JSON…",
        "Import from an Excel, CSV or JSON file…",
    ),
    "new_empty": ("Laporan kosong…", "An empty report…"),
    "empty_title": ("Laporan kosong", "An empty report"),
    "empty_hint": (
        "Instansi, tahun, dan id (boleh kosong: dibuat dari instansi dan tahun). Enter: buat",
        "Instansi, year, and id (may be empty: made from the instansi and year). Enter: create",
    ),
    # (instansi and year filled, the Id field empty: the id Enter will make, before it is made)
    "empty_hint_id": (
        "Id: {id} (dibuat dari instansi dan tahun). Enter: buat",
        "Id: {id} (made from the instansi and year). Enter: create",
    ),
    "facts_title": ("Instansi dan tahun untuk {file}", "Instansi and year for {file}"),
    "facts_hint": (
        "Berkas ini tidak menyebut instansi dan tahunnya.",
        "The file names no instansi and year.",
    ),
    # (what is filled in read from the file: its Laporan sheet, a key mistyped, its title; as
    # `lkj-tui import` offers it)
    "facts_hint_offered": (
        "Yang terisi dibaca dari berkasnya; periksa, lalu Enter.",
        "What is filled in is read from the file; check it, then Enter.",
    ),
    # (the new report's id is taken: said in the dialog, which stays open with what was typed,
    # the Id field focused)
    "empty_taken": (
        "Id '{id}' sudah dipakai laporan {other}. Tulis id lain, mis. {free}.",
        "The id '{id}' is taken by the report of {other}. Type another id, e.g. {free}.",
    ),
    "empty_taken_made": (
        "Id '{id}', dibuat dari instansi dan tahun, sudah dipakai laporan {other}. Tulis id "
        "lain, mis. {free}.",
        "The id '{id}', made from the instansi and year, is taken by the report of {other}. "
        "Type another id, e.g. {free}.",
    ),
    # (the instansi and year are in the fields above it; two lines at 60×20)
    "empty_taken_same": (
        "Laporan ini sudah ada: '{id}' (buka dari daftar, r). Untuk laporan kedua, tulis id "
        "lain, mis. {free}.",
        "This report exists: '{id}' (open it from the list, r). For a second one, type another "
        "id, e.g. {free}.",
    ),
    "next_exists": (
        "laporan tahun {tahun} sudah ada: '{id}' (buka dari daftar laporan, r)",
        "the {tahun} report exists: '{id}' (open it from the report list, r)",
    ),
    "create_failed": ("Laporan baru tidak dibuat: {error}", "The new report was not made: {error}"),
    "year_label": ("Tahun", "Year"),
    "id_placeholder": ("boleh kosong", "may be empty"),
    "empty_bad": (
        "Isi instansi dan tahun (4 angka).",
        "Fill the instansi and the year (4 digits).",
    ),
}


def tx(key: str, lang: str, **values: object) -> str:
    text = _TEXT[key][1 if lang == "en" else 0]
    return text.format(**values) if values else text
