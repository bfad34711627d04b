"""The English help of ``lkj-tui``, its commands, their options and arguments (``--help --lang en``).

The help texts are written in Bahasa Indonesia where the commands are defined (``cli/main.py``);
with ``--lang en`` on the command line each command is given the English of :data:`ENGLISH` as it is
built (``main._Commands``, ``main._Root.main``), before click lays out its help, so the list of
commands shortens the English too. Only a command line with ``--lang en`` imports this module.
``tests/test_cli_words.py`` fails on a help text this table does not know.
"""

from __future__ import annotations

from typing import Any

#: Each help text as written in ``cli/main.py`` → its English.
ENGLISH = {
    # lkj-tui itself
    "Tinjau Laporan Kinerja (LKj) di terminal: capaian, kategori, permasalahan dan solusi. "
    "Tanpa sub-perintah: membuka TUI. English: --lang en.": (
        "Review Indonesian government performance reports (Laporan Kinerja, LKj) in the "
        "terminal: achievement (capaian), rating, problems and solutions. Without a command: "
        "opens the TUI."
    ),
    "Folder penyimpanan laporan (default: $LKJ_TUI_STORE, lalu folder data pengguna).": (
        "The folder the reports are stored in (default: $LKJ_TUI_STORE, then the user data folder)."
    ),
    "Id laporan (default: laporan terbaru).": "Report id (default: the latest report).",
    "Bahasa: id atau en (default: pengaturan TUI, lalu id).": (
        "Language: id or en (default: the TUI's setting, then id)."
    ),
    "Tampilkan versi.": "Show the version.",
    # each command in the list of commands (its short help: whole at 80 columns, never cut)
    "Hitung capaian dan kategori dari target dan realisasi.": (
        "Compute the achievement and rating of a target and realisasi."
    ),
    "Ringkasan laporan: IKU, kategori, yang di bawah target.": (
        "The report's summary: IKU, ratings, what is under target."
    ),
    "Ringkasan Markdown untuk notulen; atau xlsx, csv, json.": (
        "The Markdown summary for the minutes; or xlsx, csv, json."
    ),
    "Templat Excel kosong untuk diisi lalu diimpor.": (
        "The empty Excel template, to fill in and import."
    ),
    "Ubah satu kolom satu simpul; cetak capaian barunya.": (
        "Change one field of one node; print its new achievement."
    ),
    "Reviu LKj: angka, target, analisis, anggaran, struktur.": (
        "Review the LKj: figures, targets, analysis, budget, structure."
    ),
    "Bandingkan dua laporan (dua tahun) per indikator.": (
        "Compare two reports (two years) indicator by indicator."
    ),
    "Pulihkan laporan dari versi baik yang tersimpan.": (
        "Restore a report from one of its kept good versions."
    ),
    "Buat penyimpanan berisi laporan bawaan.": "Create the store, with the bundled report.",
    "Versi, folder penyimpanan, dan laporan di dalamnya.": (
        "The version, the store folder, and the reports in it."
    ),
    "Laporan kosong, atau laporan tahun berikutnya (--from).": (
        "An empty report, or next year's report (--from)."
    ),
    "Bagikan penyimpanan lewat git: ambil, gabung, kirim.": (
        "Share the store through git: fetch, merge, push."
    ),
    "Riwayat: siapa mengubah kolom apa, kapan.": "History: who changed which field, when.",
    "Pilih nilai konflik sinkronisasi, seperti tombol K di TUI.": (
        "Choose a sync conflict's value, as the TUI's key K does."
    ),
    "Impor laporan dari Excel, CSV atau JSON (semua atau tidak).": (
        "Import a report from Excel, CSV or JSON (all or nothing)."
    ),
    "Bahasa: id (default) atau en.": "Language: id (default) or en.",
    "Cetak satu objek JSON untuk skrip.": "Print one JSON object, for scripts.",
    "Cetak daftar JSON, satu objek per perubahan.": "Print a JSON list, one object per change.",
    # calc
    "Hitung capaian dan kategori dari satu target dan realisasi.": (
        "Compute the achievement (capaian) and rating of one target and realisasi."
    ),
    'Target seperti dicetak, mis. "3,22", ">3,51", "CC".': (
        'The target as printed, e.g. "3,22", ">3,51", "CC".'
    ),
    'Realisasi seperti dicetak, mis. "2,85".': 'The realisasi (actual value) as printed, e.g. "2,85".',
    "positif (makin tinggi makin baik, default), negatif (makin rendah makin baik) atau stabil "
    "(terbaik di dalam rentang target).": (
        "positif (higher is better, default), negatif (lower is better) or stabil (best within "
        "the target's range)."
    ),
    "Singkatan --polaritas negatif.": "Short for --polaritas negatif.",
    # status
    "Ringkasan capaian laporan: IKU, kategori, dan semua yang di bawah target.": (
        "The report's summary: its IKU, ratings, and everything under target."
    ),
    "Satu baris per laporan, terburuk dulu.": "One line per report, worst first.",
    # export
    "Tulis ringkasan Markdown untuk notulen rapat, atau laporan dalam Excel, CSV atau JSON.": (
        "Write the Markdown summary for meeting notes, or the report as Excel, CSV or JSON."
    ),
    "Tulis ke berkas (default: stdout).": "Write to this file (default: stdout).",
    "Timpa berkas yang sudah ada.": "Overwrite a file that exists.",
    "Yang didaftar per sasaran. bawaan (default): di bawah target, lalu indikator lain yang "
    "berpermasalahan atau bersolusi; di-bawah-target: hanya di bawah target; semua: di bawah "
    "target, lalu semua indikator terukur lainnya. Juga dalam bahasa Inggris: default, "
    "under-target, all.": (
        "What is listed per sasaran. default (without --scope): under target, then the other "
        "indicators with permasalahan or solusi; under-target: only under target; all: under "
        "target, then every other measured indicator. Also in Bahasa Indonesia: bawaan, "
        "di-bawah-target, semua."
    ),
    "md (ringkasan, default), xlsx (templat + lembar Capaian), csv (lembar Data) atau json "
    "(dokumen laporan).": (
        "md (the summary, default), xlsx (the template + a Capaian sheet), csv (the Data sheet) "
        "or json (the report document)."
    ),
    'Tulis "Catatan Hasil Reviu" (temuan lkj-tui check).': (
        'Write the "Catatan Hasil Reviu" (the review notes: the findings of lkj-tui check).'
    ),
    "Tambahkan perbandingan dengan laporan ini (tahun lain).": (
        "Add the comparison with this report (another year)."
    ),
    "Rekap semua OPD: IKU di bawah target, permasalahan, solusi.": (
        "The roll-up of every OPD: IKU under target, problems, solutions."
    ),
    "Dengan --all: tahun (default: terbaru).": "With --all: the year (default: the latest).",
    "Dengan --all: hanya laporan tahun ini.": "With --all: only the reports of this year.",
    "Dengan --all: hanya pemerintah daerah ini.": "With --all: only this regional government.",
    'Tambahkan "Perubahan dalam rapat": perubahan laporan hari ini (TUI, set).': (
        'Add "Perubahan dalam rapat" (changes in the meeting): the report\'s changes of today '
        "(TUI, set)."
    ),
    # template
    "Tulis templat Excel kosong (lembar Data, Laporan dan Petunjuk) untuk lkj-tui import.": (
        "Write the empty Excel template (Data, Laporan and Petunjuk sheets) for lkj-tui import."
    ),
    "Berkas .xlsx yang ditulis.": "The .xlsx file to write.",
    # set
    "Ubah satu kolom satu simpul (divalidasi seperti di TUI) dan cetak capaian barunya.": (
        "Change one field of one node (checked as the TUI checks it) and print its new achievement."
    ),
    'Id simpul (atau 8 huruf awalnya, seperti dicetak check) atau kodenya, mis. "IKU 1".': (
        'The node\'s id (or its first 8 characters, as check prints it) or its code, e.g. "IKU 1".'
    ),
    "target, realisasi, tw1…tw4, target_tw1…target_tw4, satuan, polaritas, cara_hitung, "
    "target_<tahun>, realisasi_<tahun>, target_akhir, penanggung_jawab, anggaran, "
    "realisasi_anggaran, name, code, permasalahan+, solusi+ (huruf besar/kecil sama; juga "
    'seperti dicetak: "Realisasi", "Target triwulan II").': (
        "target, realisasi, tw1…tw4 (quarters 1 to 4), target_tw1…target_tw4, satuan, "
        "polaritas, cara_hitung, target_<year>, realisasi_<year>, target_akhir, "
        "penanggung_jawab, anggaran, realisasi_anggaran, name, code, permasalahan+, solusi+ "
        '(any case; also as printed: "Realisasi", "Quarter 2 target").'
    ),
    'Nilai baru seperti dicetak ("" mengosongkan).': 'The new value as printed ("" empties it).',
    # check
    "Reviu LKj: periksa angka, target, analisis, anggaran dan struktur (keluar 1 bila ada "
    "kesalahan).": (
        "Review (reviu) the LKj: check its figures, targets, analysis, budget and structure "
        "(exit 1 when there is an error)."
    ),
    "Tampilkan temuan setingkat ini ke atas: kesalahan, peringatan atau catatan (default: "
    "semua); juga error, warning, info.": (
        "Show the findings of this severity and above: error, warning or info (default: all); "
        "also kesalahan, peringatan, catatan."
    ),
    "Reviu semua laporan di penyimpanan: satu baris per laporan, terburuk dulu.": (
        "Review every report of the store: one line per report, worst first."
    ),
    # compare
    "Bandingkan dua laporan (dua tahun) per indikator: target, realisasi, capaian, perubahan.": (
        "Compare two reports (two years) indicator by indicator: target, realisasi, "
        "capaian, change."  # (the word its columns say: docs/glossary.md)
    ),
    "Laporan lama; dengan satu id saja: laporan itu, dibandingkan"
    " dengan laporan sebelumnya dari instansinya (tanpa id: laporan terbaru).": (
        "The older report; with one id only: that report, compared wi"
        "th the previous report of its instansi (no id: the latest report)."
    ),
    "Laporan baru (dua id dari dua tahun: yang lebih lama menjadi dasar).": (
        "The newer report (two ids of two years: the older one is the base)."
    ),
    "Juga indikator kegiatan (default: IKU dan lainnya).": (
        "Activity indicators too (default: IKU and other indicators)."
    ),
    # restore
    "Pulihkan laporan dari salah satu versi baik terakhir yang disimpan.": (
        "Restore a report from one of its last good versions."
    ),
    "Id laporan yang dipulihkan (dengan --list: boleh kosong = semua).": (
        "The id of the report to restore (with --list: may be left out = every report)."
    ),
    "Revisi yang dipulihkan (default: terbaru).": "The revision to restore (default: the latest).",
    "Hanya tampilkan versi yang tersimpan.": "Only list the kept versions.",
    # init, info
    "Buat penyimpanan (folder pribadi) berisi laporan bawaan; yang sudah ada dibiarkan "
    "(yang semua laporannya dihapus mendapat laporan bawaan lagi).": (
        "Create the store (a private folder) with the bundled report; one that exists is left "
        "as it is (one whose reports were all deleted gets the bundled report back)."
    ),
    "Tampilkan versi, folder penyimpanan yang dipakai, dan laporan di dalamnya.": (
        "Show the version, the store folder in use, and the reports in it."
    ),
    # new
    "Buat laporan kosong, atau laporan tahun berikutnya dari laporan yang ada (--from).": (
        "Create an empty report, or next year's report from an existing one (--from)."
    ),
    "Id laporan baru (default: dari instansi dan tahun; dengan --from: id lama, tahunnya diganti).": (
        "The new report's id (default: from the instansi and the year; with --from: the old id with "
        "its year changed)."
    ),
    "Nama instansi.": "The instansi's (agency's) name.",
    "Tahun laporan baru (dengan --from: bawaan tahun sesudahnya).": (
        "The new report's year (with --from: the year after that report's, by default)."
    ),
    "Buat laporan tahun berikutnya dari laporan ini (rollover).": (
        "Create next year's report from this report (rollover)."
    ),
    # sync
    "Bagikan penyimpanan lewat git: ambil, gabungkan, periksa, kirim (docs/sharing.md).": (
        "Share the store through git: fetch, merge, check, push (docs/sharing.md)."
    ),
    "Dengan --init: alamat repositori bersama.": "With --init: the shared repository's address.",
    "Jadikan penyimpanan repositori git (dan bagikan).": (
        "Make the store a git repository (and share it)."
    ),
    "Buat penyimpanan dari repositori bersama ini.": "Create a store from this shared repository.",
    'Penulis simpanan di penyimpanan ini, mis. "Nama <surel>".': (
        'The author of this store\'s saves, e.g. "Name <email>".'
    ),
    "Kirim penghapusan laporan ID yang berkasnya dihapus di sini (ke semua kantor).": (
        "Send the deletion of report ID, whose file was deleted here (to every office)."
    ),
    # resolve
    "Pilih nilai konflik sinkronisasi, seperti tombol K di TUI (docs/sharing.md).": (
        "Choose a sync conflict's value, as the TUI's key K does (docs/sharing.md)."
    ),
    "Nomor konflik (tanpa argumen: daftar bernomor), kode simpulnya, atau semua.": (
        "The conflict's number (without arguments: the numbered list), its node's code, or all "
        "(semua)."
    ),
    "pertahankan (nilai di berkas) atau ambil-lain (nilai yang lain).": (
        "keep (the value in the file) or take-other (the other value); pertahankan and "
        "ambil-lain too."
    ),
    # log
    "Riwayat: siapa mengubah kolom apa, kapan, sebelum → sesudah. Ke pipa atau berkas satu "
    "baris per perubahan, untuk grep; di terminal baris yang panjang dilipat.": (
        "History: who changed which field, when, before → after. To a pipe or a file one line a "
        "change, for grep; on a terminal a long line is folded."
    ),
    'Simpul: id atau kodenya, mis. "IKU 1".': 'The node: its id or its code, e.g. "IKU 1".',
    "Paling banyak N baris (0: semua).": "At most N lines (0: all).",
    # import
    "Impor laporan dari Excel (.xlsx), CSV atau dokumen JSON; semua atau tidak sama sekali.": (
        "Import a report from Excel (.xlsx), CSV or a JSON document; all or nothing."
    ),
    "Berkas .xlsx, .csv atau .json (dokumen laporan).": (
        "An .xlsx, .csv or .json file (a report document)."
    ),
    "Id laporan baru (default: dari berkas).": "The new report's id (default: from the file).",
    "Nama instansi (menang atas lembar Laporan).": (
        "The instansi's name (wins over the Laporan sheet)."
    ),
    "Tahun laporan (menang atas lembar Laporan).": "The report's year (wins over the Laporan sheet).",
    "flat (templat lkj-tui, e-SAKIP, cascading, matriks Renstra/PK; default) atau renja86 "
    "(evaluasi Renja Permendagri 86).": "flat (lkj-tui's template, e-SAKIP, cascading, a "
    "Renstra/PK matrix; default) or renja86 (the Renja evaluation of Permendagri 86).",
    "Periksa dan tampilkan hasilnya; tidak menyimpan.": "Check and show the result; save nothing.",
    "Timpa laporan dengan id yang sama (versi lama disimpan).": (
        "Overwrite the report with the same id (the old version is kept)."
    ),
}


def english(command: Any) -> None:
    """``command`` (a click command or group) with its help and its parameters' help in English
    (a text :data:`ENGLISH` does not know is left as it is)."""
    if command.help:
        command.help = ENGLISH.get(command.help, command.help)
    if getattr(command, "short_help", None):
        command.short_help = ENGLISH.get(command.short_help, command.short_help)
    for param in command.params:
        text = getattr(param, "help", None)
        if text:
            param.help = ENGLISH.get(text, text)
