"""Screen strings of the TUI in Bahasa Indonesia (default) and English.

Domain words (Tujuan, Sasaran, IKU, Capaian…) come from :func:`lkj_tui.core.i18n.tr`; this module
holds what only the TUI says. Messages are ``str.format`` templates; the values put into them are
cleaned user text, and every message is shown with ``markup=False``.
"""

from __future__ import annotations

_TEXT: dict[str, tuple[str, str]] = {
    # bindings / commands
    "toggle_under": ("Filter ▼", "Filter ▼"),
    "toggle_under_help": (
        "Tampilkan hanya yang di bawah target (dan induknya)",
        "Show only what is under target (and its parents)",
    ),
    "next_under": ("Berikut ▼", "Next ▼"),
    "next_under_help": (
        "Lompat ke butir berikut yang di bawah target",
        "Jump to the next under-target item",
    ),
    "prev_under": ("Sebelum ▼", "Previous ▼"),
    "prev_under_help": (
        "Lompat ke butir sebelumnya yang di bawah target",
        "Jump to the previous under-target item",
    ),
    "search": ("Cari", "Search"),
    "search_help": ("Cari indikator menurut nama atau kode", "Search by name or code"),
    "edit": ("Realisasi", "Realisasi"),
    "edit_help": (
        "Ubah realisasi indikator terpilih",
        "Edit the realisasi of the selected measure",
    ),
    "problem": ("Masalah", "Problem"),
    "problem_help": ("Tambah atau ubah permasalahan", "Add or edit a permasalahan"),
    "solution": ("Solusi", "Solution"),
    "solution_help": ("Tambah atau ubah solusi", "Add or edit a solusi"),
    "delete": ("Hapus", "Delete"),
    "delete_help": ("Hapus satu permasalahan atau solusi", "Delete a permasalahan or solusi"),
    "export": ("Ekspor", "Export"),
    "export_help": ("Ekspor ringkasan Markdown ke folder ini", "Export the Markdown summary here"),
    "reviu": ("Reviu", "Reviu"),
    "reviu_help": (
        "Temuan reviu (lkj-tui check); Enter ke simpulnya",
        "The reviu's findings (lkj-tui check); Enter goes to the node",
    ),
    "switch": ("Laporan", "Report"),
    "switch_help": ("Pilih laporan lain", "Switch to another report"),
    "overview": ("Ikhtisar", "Overview"),
    "overview_help": (
        "Semua laporan (semua OPD dan tahun), terburuk dulu; per indikator dengan Ctrl+T",
        "Every report (every OPD and year), worst first; by indicator with Ctrl+T",
    ),
    "help": ("Bantuan", "Help"),
    "help_help": ("Tampilkan tombol dan cara pakai", "Show the keys and how to use the app"),
    "quit": ("Keluar", "Quit"),
    "quit_help": ("Keluar dari lkj-tui", "Quit lkj-tui"),
    "expand_all": ("Buka semua", "Expand all"),
    "expand_all_help": ("Buka seluruh pohon", "Expand the whole tree"),
    "collapse_all": ("Tutup semua", "Collapse all"),
    "collapse_all_help": ("Tutup seluruh pohon", "Collapse the whole tree"),
    "reload": ("Muat ulang", "Reload"),
    "reload_help": ("Muat ulang laporan dari penyimpanan", "Reload the report from the store"),
    # status and toasts
    "loading": ("Memuat laporan…", "Loading the report…"),
    "no_node": ("Tidak ada simpul yang ditampilkan.", "No node is shown."),
    "palette": ("Perintah", "Commands"),
    "palette_help": ("Semua perintah dan tema", "Every command, and the themes"),
    "no_report": (
        "Belum ada laporan. Tekan r untuk memilih.",
        "No report loaded. Press r to pick one.",
    ),
    "filter_on": ("Filter: hanya di bawah target ({n})", "Filter: under target only ({n})"),
    "filter_off": ("Menampilkan semua simpul.", "Showing every node."),
    "nothing_under": ("Tidak ada yang di bawah target.", "Nothing is under target."),
    "wrapped": ("Kembali ke awal daftar.", "Wrapped around."),
    "not_measured": (
        "Simpul ini tidak punya target/realisasi. Pilih indikator.",
        "This node has no target/realisasi. Pick an indicator.",
    ),
    "busy": ("Masih menyimpan perubahan sebelumnya…", "Still saving the previous change…"),
    "saved": ("Tersimpan: {what}", "Saved: {what}"),
    "save_failed": (
        "Gagal menyimpan; isian Anda tidak hilang. {error}",
        "Saving failed; what you typed is kept. {error}",
    ),
    "conflict": (
        "Laporan diubah oleh proses lain. Laporan dimuat ulang tanpa menimpa perubahan itu. "
        "Isian Anda belum disimpan: {typed}",
        "Another process changed the report. It was reloaded without overwriting that change. "
        "Your input is not saved yet: {typed}",
    ),
    "conflict_dialog": (
        "Proses lain mengubah laporan; data terbaru (revisi {revision}) sudah dimuat. "
        "Periksa, lalu simpan lagi isian Anda.",
        "Another process changed the report; the latest data (revision {revision}) is loaded. "
        "Check it, then save your input again.",
    ),
    "external_change": (
        "Laporan diubah oleh proses lain; dimuat ulang (revisi {revision}).",
        "Another process changed the report; reloaded (revision {revision}).",
    ),
    "reloaded": (
        "Laporan dimuat ulang (revisi {revision}).",
        "Report reloaded (revision {revision}).",
    ),
    "load_failed": ("Gagal memuat laporan. {error}", "Could not load the report. {error}"),
    "skipped_files": (
        "{n} berkas tidak terbaca dilewati. {first}",
        "{n} file(s) that cannot be read skipped. {first}",
    ),
    "exported": ("Diekspor ke {name}", "Exported to {name}"),
    "export_failed": ("Ekspor gagal. {error}", "Export failed. {error}"),
    "opened": ("Membuka {name}", "Opened {name}"),
    "nothing_to_delete": (
        "Simpul ini belum punya permasalahan atau solusi.",
        "This node has no permasalahan or solusi yet.",
    ),
    "deleted": ("Dihapus: {what}", "Deleted: {what}"),
    "not_found": ("Tidak ditemukan: {query}", "Not found: {query}"),
    # dialogs
    "edit_title": ("Ubah realisasi {year}", "Edit realisasi {year}"),
    "edit_hint": (
        "Tulis seperti di laporan: 2,85 · 98% · A (86,45) · WTP · 10 kali. Kosong = belum dilaporkan.",
        "Write it as the report does: 2,85 · 98% · A (86,45) · WTP · 10 kali. Empty = not reported.",
    ),
    "not_comparable": (
        "Capaian tidak dapat dihitung dengan nilai ini: {reason}. Tulis dengan satuan/bentuk yang sama seperti target.",
        "No capaian can be computed with this value: {reason}. Write it in the same unit/form as the target.",
    ),
    "target_is": ("Target: {target}", "Target: {target}"),
    "empty_realisasi": (
        "Kosong: belum dilaporkan (capaian tidak dihitung, bukan 0).",
        "Empty: not reported (no capaian, not 0).",
    ),
    "clears_realisasi": (
        "Realisasi {value} akan dihapus.",
        "The realisasi {value} will be removed.",
    ),
    "no_capaian_because": ("Capaian tidak dihitung: {reason}.", "No capaian: {reason}."),
    "confirm_warnings": (
        "Periksa catatan di atas. Tekan Enter lagi untuk tetap menyimpan, atau ubah nilainya.",
        "Check the notes above. Press Enter again to save anyway, or change the value.",
    ),
    "ok": ("Simpan", "Save"),
    "cancel": ("Batal", "Cancel"),
    "yes_delete": ("Ya, hapus", "Yes, delete"),
    "kind_permasalahan": ("permasalahan", "permasalahan (problem)"),
    "kind_solusi": ("solusi", "solusi (solution)"),
    "confirm_delete": ("Hapus {kind} ini?", "Delete this {kind}?"),
    "pick_item": (
        "Pilih {kind} yang diubah, atau tambah baru",
        "Pick the {kind} to edit, or add a new one",
    ),
    "pick_delete": ("Pilih butir yang dihapus", "Pick the entry to delete"),
    "add_new": ("+ Tambah baru", "+ Add new"),
    "new_item": ("Tambah {kind}", "New {kind}"),
    "edit_item": ("Ubah {kind}", "Edit {kind}"),
    "empty_text": ("Teks tidak boleh kosong.", "The text must not be empty."),
    "text_keys": ("ctrl+s simpan · esc batal", "ctrl+s save · esc cancel"),
    "switch_title": ("Pilih laporan", "Pick a report"),
    "current": ("(sedang dibuka)", "(open now)"),
    "search_title": ("Cari nama atau kode", "Search by name or code"),
    "search_placeholder": ("mis. LPPD, IKU 3, SAKIP", "e.g. LPPD, IKU 3, SAKIP"),
    "search_count": ("{n} hasil", "{n} results"),
    "search_more": ("{n} hasil (50 pertama)", "{n} results (first 50 shown)"),
    # detail pane
    "kind": ("Jenis", "Kind"),
    "code": ("Kode", "Code"),
    "source": ("Sumber tabel", "Source table"),
    "under_below": (
        "{n} butir di bawah target di dalam simpul ini",
        "{n} under-target items beneath this node",
    ),
    "children": ("Isi: {n} simpul", "Contains: {n} nodes"),
    "year": ("Tahun", "Year"),
    "info_sasaran": ("Sasaran kegiatan", "Activity objective"),
    "info_sasaran_pk": ("Sasaran (PK)", "Objective (PK)"),
    "info_catatan": ("Catatan", "Note"),
    "info_indikator_tujuan": ("Indikator tujuan", "Goal indicator"),
    "info_program_pendukung": ("Program pendukung", "Supporting programme"),
    "info_misi": ("Misi", "Mission"),
    "explanation": ("Perhitungan", "How it was computed"),
    "printed_differs": (
        "Laporan mencetak {value} ({table}); hitungan lkj-tui {ours}",
        "The report prints {value} ({table}); lkj-tui computes {ours}",
    ),
    "revision": ("rev. {n}", "rev. {n}"),
    "under_count": ("{n} IKU di bawah target", "{n} IKU under target"),
    "under_all": ("{n} di semua tingkat", "{n} at all levels"),
    "avg": ("rata-rata capaian {avg}", "average achievement {avg}"),
    "printed_avg": (" (laporan: {avg})", " (report: {avg})"),
    "close_help": ("Esc untuk menutup", "Esc to close"),
}


def t(key: str, lang: str = "id", **values: object) -> str:
    """The TUI string ``key`` in ``lang``, formatted with ``values``; unknown keys come back as is."""
    pair = _TEXT.get(key)
    if pair is None:
        return key
    template = pair[1] if lang == "en" else pair[0]
    return template.format(**values) if values else template
