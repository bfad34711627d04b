"""Screen strings of the TUI in Bahasa Indonesia (default) and English.

Domain words (Tujuan, Sasaran, IKU, Capaian…) come from :func:`lkj_tui.core.i18n.tr`; this module
holds what only the TUI says. Messages are ``str.format`` templates; the values put into them are
cleaned user text, and every message is shown with ``markup=False``.
"""

from __future__ import annotations

from typing import Any

from lkj_tui.core import changes
from lkj_tui.core.i18n import achievement_text, tr
from lkj_tui.core.numbers import grouped
from lkj_tui.core.sanitize import clean_line, clean_words
from lkj_tui.tui.components.whole import NO_BREAK

_TEXT: dict[str, tuple[str, str]] = {
    # bindings / commands
    "pasted_cleaned": (
        "Dihapus dari teks yang ditempel: {n} karakter (kendali: {codes})",
        "Removed from the pasted text: {n} characters (controls: {codes})",
    ),
    "toggle_under": ("Filter ▼", "Filter ▼"),
    "toggle_under_help": (
        "Tampilkan hanya yang di bawah target (dan induknya)",
        "Show only what is under target (and its parents)",
    ),
    # u while T's filter is on: it switches to the under-target filter
    "to_under": ("Di bawah target ▼", "Under target ▼"),
    "next_under": ("Berikut ▼", "Next ▼"),
    "next_under_help": (
        "Lompat ke butir berikut yang di bawah target",
        "Jump to the next under-target item",
    ),
    "next_untargeted": ("Berikut tanpa target", "Next without target"),
    "leave_filter": ("Tampilkan semua", "Show everything"),
    # u or T while its own filter is on: the key then turns it off (the key bar's word)
    "filter_all": ("Semua", "Show all"),
    "leave_filter_help": (
        "Matikan filter (u atau T): tampilkan semua simpul lagi",
        "Turn the filter (u or T) off: show every node again",
    ),
    "prev_under": ("Sebelum ▼", "Previous ▼"),
    "prev_under_help": (
        "Lompat ke butir sebelumnya yang di bawah target",
        "Jump to the previous under-target item",
    ),
    "toggle_untargeted": ("Tanpa target", "No target"),
    "toggle_untargeted_help": (
        "Tampilkan hanya indikator tanpa target (dan induknya); n/N melompat ke berikutnya",
        "Show only the indicators without a target (and their parents); n/N jump to the next",
    ),
    "search": ("Cari", "Search"),
    # Tab where the pane gives way (below 70 columns): "Tab Rincian" left "n Berikut ▼" off
    # the bar at 60 columns
    "detail_pane": ("Rinci", "Detail"),
    "tree_pane": ("Pohon", "Tree"),
    "search_help": ("Cari indikator menurut nama atau kode", "Search by name or code"),
    # the English as the detail pane and the dialog name it, "Actual (Realisasi)" (tui38)
    "edit": ("Realisasi", "Actual"),
    "edit_help": (
        "Ubah realisasi indikator terpilih",
        "Edit the actual value (realisasi) of the selected measure",
    ),
    "problem": ("Masalah", "Problem"),
    "problem_help": ("Tambah atau ubah permasalahan", "Add or edit a permasalahan"),
    "solution": ("Solusi", "Solution"),
    "solution_help": ("Tambah atau ubah solusi", "Add or edit a solusi"),
    "delete": ("Hapus", "Delete"),
    "delete_help": (
        "Hapus simpul terpilih (dengan isinya), atau satu permasalahan/solusi",
        "Delete the selected node (with what is beneath), or one permasalahan/solusi",
    ),
    "target": ("Target", "Target"),
    "target_help": ("Ubah target tahun laporan", "Edit the report year's target"),
    "quarters": ("Triwulan", "Quarters"),
    "quarters_help": (
        "Ubah target dan realisasi triwulan I–IV",
        "Edit the target and realisasi of the triwulan I–IV",
    ),
    "measure": ("Ukuran", "Measure"),
    "measure_help": (
        "Formulir ukuran: satuan, polaritas, cara hitung, target Renstra, realisasi lalu, "
        "target akhir, penanggung jawab, anggaran",
        "Measure form: satuan, polaritas, cara hitung, Renstra targets, earlier realisasi, "
        "target akhir, penanggung jawab, anggaran",
    ),
    "add": ("Tambah", "Add"),
    "add_help": ("Tambah simpul di bawah yang terpilih", "Add a node under the selected one"),
    "add_sibling": ("Tambah sejajar", "Add sibling"),
    "add_sibling_help": ("Tambah simpul sejajar sesudahnya", "Add a sibling after it"),
    "rename": ("Ganti nama", "Rename"),
    "rename_help": ("Ganti nama dan kode simpul", "Rename the node (name and code)"),
    "move": ("Pindah", "Move"),
    "move_help": ("Pindahkan simpul ke induk lain", "Move the node to another parent"),
    "shift_up": ("Naik", "Up"),
    "shift_up_help": ("Naikkan di antara saudaranya", "Move it up among its siblings"),
    "shift_down": ("Turun", "Down"),
    "shift_down_help": ("Turunkan di antara saudaranya", "Move it down among its siblings"),
    "report_form": ("Data laporan", "Report data"),
    "report_form_help": (
        "Ubah instansi, tahun, periode, misi, isu strategis, perbaikan kinerja",
        "Edit instansi, tahun, periode, misi, isu strategis, perbaikan kinerja",
    ),
    "undo": ("Batal", "Undo"),
    "undo_help": ("Batalkan perubahan terakhir sesi ini", "Undo the last change of this session"),
    "redo": ("Ulang", "Redo"),
    "redo_help": ("Ulangi perubahan yang dibatalkan", "Redo the undone change"),
    "change_log": ("Log", "Log"),
    "change_log_help": (
        "Daftar perubahan laporan ini dalam sesi ini",
        "The changes to this report made in this session",
    ),
    "export": ("Ekspor", "Export"),
    "export_help": (
        "Ekspor ringkasan Markdown (berkas, cakupan, bahasa, log perubahan)",
        "Export the Markdown summary (file, scope, language, change log)",
    ),
    "history": ("Riwayat", "History"),
    "history_help": (
        "Riwayat simpul terpilih di penyimpanan bersama (siapa, kapan, sebelum → sesudah); "
        "pulihkan nilai lama",
        "History of the selected node in a shared store (who, when, before → after); restore "
        "an older value",
    ),
    "conflicts": ("Konflik", "Conflicts"),
    "conflicts_help": (
        "Konflik hasil sinkronisasi: lihat kedua nilai dan pilih",
        "Conflicts from a sync: see both values and choose",
    ),
    "sync": ("Sinkron", "Sync"),
    "sync_help": (
        "Sinkronkan penyimpanan bersama (lkj-tui sync)",
        "Sync the shared store (lkj-tui sync)",
    ),
    "reviu": ("Reviu", "Reviu"),
    "reviu_help": (
        "Temuan reviu (lkj-tui check); Enter ke simpulnya",
        "The reviu's findings (lkj-tui check); Enter goes to the node",
    ),
    "switch": ("Laporan", "Report"),
    "switch_help": ("Pilih laporan lain", "Switch to another report"),
    "import": ("Impor", "Import"),
    "import_help": (
        "Impor laporan dari berkas Excel, CSV atau JSON (docs/import.md)",
        "Import a report from an Excel, CSV or JSON file (docs/import.md)",
    ),
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
    # keys typed before the first report is on screen (app.LkjApp._holds)
    "keys_held": (
        "Tombol diketik: {n}, dijalankan setelah laporan tampil",
        "Keys typed: {n}, run once the report is shown",
    ),
    # the key bar meanwhile (components/keybar.py: only q, and ? before any key is held, act)
    "keys_wait": (
        "Tombol lain ditahan sampai laporan tampil",
        "Other keys are held until the report shows",
    ),
    "keys_wait_short": ("Tombol lain ditahan", "Other keys held"),
    "keys_dropped": (
        "Tombol diabaikan: {n} (terlalu banyak diketik saat memuat)",
        "Keys ignored: {n} (too many typed while loading)",
    ),
    "loading_n": (  # (files: a stray or broken one is counted too, said once at the end: tui39)
        "Memuat laporan… {n} dari {total} berkas dibaca",
        "Loading the report… {n} of {total} files read",
    ),
    # a big report is shown before it is evaluated (session.EVALUATE_FIRST)
    "evaluating": (
        "Capaian sedang dihitung ({n} simpul)… Laporan besar: pohonnya tampil lebih dulu, "
        "angkanya menyusul.",
        "Computing the capaian ({n} nodes)… A big report: its tree is shown first, the figures "
        "follow.",
    ),
    "evaluating_short": ("dihitung…", "computing…"),
    "evaluating_summary": (
        "Capaian sedang dihitung ({n} simpul)…",
        "Computing the capaian ({n} nodes)…",
    ),
    "evaluating_then": (
        "Capaian sedang dihitung; perintah ini dijalankan begitu selesai.",
        "The capaian are being computed; this runs as soon as they are done.",
    ),
    "evaluating_wait": (
        "Capaian sedang dihitung; ubah data setelah selesai.",
        "The capaian are being computed; edit once they are done.",
    ),
    "evaluate_failed": (
        "Capaian tidak dapat dihitung: {error}",
        "The capaian cannot be computed: {error}",
    ),
    "no_node": ("Tidak ada simpul yang ditampilkan.", "No node is shown."),
    "no_node_yet": (  # an empty report (new, "Laporan kosong…"): what to press
        "Laporan ini belum berisi simpul. Tombol a menambah Tujuan pertamanya.",
        "This report has no nodes yet. The a key adds its first Goal (Tujuan).",
    ),
    "no_node_under": (
        "Tidak ada yang di bawah target. Tombol u menampilkan semua simpul lagi.",
        "Nothing is under target. The u key shows every node again.",
    ),
    "palette": ("Perintah", "Commands"),
    "palette_help": ("Semua perintah dan tema", "Every command, and the themes"),
    "no_report": (
        "Belum ada laporan. Tekan r untuk memilih.",
        "No report loaded. Press r to pick one.",
    ),
    "filter_on": ("Filter: hanya di bawah target ({n})", "Filter: under target only ({n})"),
    "filter_off": ("Menampilkan semua simpul.", "Showing every node."),
    "nothing_under": ("Tidak ada yang di bawah target.", "Nothing is under target."),
    # u or n on next year's report before any realisasi: what can be done instead
    "no_realisasi_untargeted": (
        "Belum ada realisasi, jadi belum ada yang di bawah target. "
        "T: indikator tanpa target ({n}), lalu n melompat ke berikutnya.",
        "No realisasi yet, so nothing is under target. "
        "T: the indicators without a target ({n}), then n jumps to the next.",
    ),
    "no_realisasi_all_targeted": (
        "Belum ada realisasi, jadi belum ada yang di bawah target. "
        "Setiap indikator sudah punya target.",
        "No realisasi yet, so nothing is under target. Every indicator has its target.",
    ),
    "filter_untargeted_on": (
        "Filter: hanya tanpa target ({n})",
        "Filter: without a target only ({n})",
    ),
    "nothing_untargeted": (
        "Setiap indikator sudah punya target.",
        "Every indicator has its target.",
    ),
    "jump_untargeted": ("{n} dari {total} tanpa target", "{n} of {total} without a target"),
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
        "Proses lain mengubah laporan; data terbaru (revisi {revision}) sudah dimuat{now}. "
        "Periksa, lalu simpan lagi isian Anda.",
        "Another process changed the report; the latest data (revision {revision}) is loaded{now}. "
        "Check it, then save your input again.",
    ),
    "conflict_now": ("{field} sekarang {value}", "{field} is now {value}"),
    "external_change": (
        "Laporan diubah oleh proses lain; dimuat ulang (revisi {revision}).",
        "Another process changed the report; reloaded (revision {revision}).",
    ),
    "reloaded": (
        "Laporan dimuat ulang (revisi {revision}).",
        "Report reloaded (revision {revision}).",
    ),
    "load_failed": ("Gagal memuat laporan. {error}", "Could not load the report. {error}"),
    "store_empty": (  # (the detail pane of a store with no report: a clone of an empty one)
        "Penyimpanan ini belum berisi laporan. Tekan r, lalu Laporan baru… (impor berkas atau "
        "laporan kosong).",
        "This store holds no report yet. Press r, then New report… (import a file, or an empty "
        "report).",
    ),
    "store_emptied": (  # (… whose reports were deleted: "no longer", not "yet", cli69)
        "Penyimpanan ini tidak berisi laporan lagi. Tekan r, lalu Laporan baru… (impor berkas "
        "atau laporan kosong).",
        "This store no longer holds a report. Press r, then New report… (import a file, or an "
        "empty report).",
    ),
    # the report list's and the overview's row for them: the files named, then the command
    # that says why; fewer words where the row does not hold them (components/skipped.py)
    "skipped_listed": (
        "{n} berkas tidak terbaca dilewati ({names}). Sebabnya:",
        "{n} file(s) that cannot be read skipped ({names}). Why:",
    ),
    "skipped_short": ("{n} berkas dilewati ({names}):", "{n} file(s) skipped ({names}):"),
    "skipped_named": ("{n} dilewati ({names}):", "{n} skipped ({names}):"),
    "skipped_shortest": ("{n} berkas dilewati:", "{n} file(s) skipped:"),
    "skipped_fewest": ("{n} dilewati:", "{n} skipped:"),  # (r at 60×20 with --store and --lang)
    "exported": ("Diekspor ke {name}", "Exported to {name}"),
    "export_failed": ("Ekspor gagal. {error}", "Export failed. {error}"),
    "nothing_to_delete": (
        "Simpul ini belum punya permasalahan atau solusi.",
        "This node has no permasalahan or solusi yet.",
    ),
    "not_found": ("Tidak ditemukan: {query}", "Not found: {query}"),
    "undone": ("Dibatalkan: {what}", "Undone: {what}"),
    "redone": ("Diulang: {what}", "Redone: {what}"),
    # (after a saved target or realisasi: what the meeting asks next)
    "capaian_now": (", capaian\u00a0{capaian}", ", capaian\u00a0{capaian}"),
    # what an undone or redone change of the tree did (the toast said "IKU 6 Simpul")
    "node_added": ("tambah {node}", "add {node}"),
    "node_deleted": ("hapus {node}", "delete {node}"),
    # (a move, shift, and a node added or deleted: core.changes.structure_words)
    "value_back": (" (kembali ke {value})", " (back to {value})"),
    "value_back_empty": (" (kembali kosong)", " (back to empty)"),
    # a word the measure form reads in several spellings, as it was read (edit27: "naik" was
    # saved as positif, or changed nothing, and nothing said so)
    "read_word": ("“{typed}” dibaca {value}", "“{typed}” read as {value}"),
    "unchanged_read": (
        "Tidak ada yang berubah: {what}, seperti sebelumnya.",
        "Nothing changed: {what}, as before.",
    ),
    "more_lines": (" (+{n} lainnya)", " (+{n} more)"),
    "nothing_to_undo": ("Tidak ada yang dapat dibatalkan.", "Nothing to undo."),
    "nothing_to_redo": ("Tidak ada yang dapat diulang.", "Nothing to redo."),
    "undo_stale": (
        "Tidak dibatalkan: {error}. Laporan dimuat ulang.",
        "Not undone: {error}. The report was reloaded.",
    ),
    "quit_waits": (
        "Menunggu penyimpanan selesai; keluar sesudahnya…",
        "Waiting for the save to finish; quitting after it…",
    ),
    "quit_saved": ("lkj-tui: perubahan terakhir tersimpan.", "lkj-tui: the last change was saved."),
    "quit_cancelled": (
        "Tidak keluar: penyimpanan terakhir gagal (lihat pesan). Isian Anda masih ada.",
        "Not quitting: the last save failed (see the message). Your input is kept.",
    ),
    "discard_title": ("Buang isian yang belum disimpan?", "Discard what you typed?"),
    "discard_text": (
        "Isian di dialog ini belum disimpan.",
        "What you typed in this dialog is not saved.",
    ),
    "discard_yes": ("Buang", "Discard"),
    "keep_editing": ("Lanjut mengisi", "Keep editing"),
    "no_child_kind": (
        "Tidak ada jenis simpul di bawah {kind}.",
        "No kind of node goes under {kind}.",
    ),
    # … and the key that adds one beside it, where it can (edit22: an author pressed a, a…)
    "add_beside": (
        " Tombol A menambah simpul di sampingnya{under}.",
        " Key A adds one beside it{under}.",
    ),
    "pick_kind": ("Jenis simpul baru", "Kind of the new node"),
    "add_title": ("Tambah {kind}", "New {kind}"),
    "under_node": (" di bawah {node}", " under {node}"),
    "rename_title": ("Ganti nama {kind}", "Rename {kind}"),
    "delete_node_entry": (
        "Hapus simpul {name} beserta isinya ({n} simpul)",
        "Delete node {name} with what is beneath ({n} nodes)",
    ),
    "delete_leaf_entry": ("Hapus simpul {name}", "Delete node {name}"),
    "confirm_delete_node": ("Hapus {name}?", "Delete {name}?"),
    "delete_leaf_text": (
        "{name}\nSimpul ini akan dihapus.{goes} ctrl+z membatalkan.",
        "{name}\nThis node will be deleted.{goes} ctrl+z undoes it.",
    ),
    "delete_node_text": (
        "{name}\n{n} simpul akan dihapus (simpul ini dan semua di bawahnya).{goes} ctrl+z membatalkan.",
        "{name}\n{n} nodes will be deleted (this node and all beneath it).{goes} ctrl+z undoes it.",
    ),
    # … and what is written in them goes too (edit49: the question named only the nodes)
    "delete_goes": (" Ikut terhapus: {what}.", " Also deleted: {what}."),
    "goes_realisasi": ("realisasi\u00a0{value}", "realisasi\u00a0{value}"),
    "goes_realisasi_n": ("{n}\u00a0realisasi", "{n}\u00a0realisasi values"),
    "goes_realisasi_1": ("1\u00a0realisasi", "1\u00a0realisasi value"),
    "goes_permasalahan_n": ("{n}\u00a0permasalahan", "{n}\u00a0problems"),
    "goes_permasalahan_1": ("1\u00a0permasalahan", "1\u00a0problem"),
    "goes_solusi_n": ("{n}\u00a0solusi", "{n}\u00a0solutions"),
    "goes_solusi_1": ("1\u00a0solusi", "1\u00a0solution"),
    "and": (" dan ", " and "),
    "no_move_target": ("Tidak ada induk lain yang cocok.", "No other fitting parent."),
    "move_title": ("Pindahkan {name} ke…", "Move {name} to…"),
    "cannot_shift": ("Sudah di ujung.", "Already at the end."),
    "measure_title": ("Ukuran", "Measure"),
    "quarters_title": (
        "Target dan realisasi triwulan",
        "Quarters (triwulan): targets and realisasi",
    ),
    "report_title": ("Data laporan", "Report data"),
    "report_data": ("data laporan", "report data"),
    "empty_target": (
        "Kosong: target belum ditetapkan (capaian tidak dihitung).",
        "Empty: no target set (no capaian).",
    ),
    "clears_value": ("{field} {value} akan dihapus.", "The {field} {value} will be removed."),
    # the key bar of a dialog (components/keybar.py): binding descriptions
    "key_cancel": ("Batal", "Cancel"),
    "key_close": ("Tutup", "Close"),
    "key_scroll": ("Gulir", "Scroll"),  # the help's keys (tui19)
    "key_page": ("Halaman", "Page"),
    "key_ends": ("Awal/akhir", "Top/end"),
    "key_save": ("Simpan", "Save"),
    "key_clear": ("Kosongkan", "Clear"),
    "key_fields": ("Antar-isian", "Fields"),
    "key_next": ("Berikut/simpan", "Next/save"),
    "key_pick": ("Pilih", "Pick"),
    "key_rows": ("Ke daftar", "To the list"),
    "key_move_rows": ("Pindah", "Move"),  # ↑↓ in a list (a picker's)
    "key_jump": ("Lompat", "Jump"),
    # its command (tui31); in English its words, as `export --reviu -h` says them (tui50)
    "key_reviu_command": ("Catatan Hasil Reviu", "Review notes"),
    "key_yes": ("Ya", "Yes"),
    "key_import": ("Impor", "Import"),
    "key_create": ("Buat", "Create"),
    "key_back": ("Kembali", "Back"),
    "key_open": ("Buka", "Open"),
    "key_sort": ("Urutkan", "Sort"),
    "key_reverse": ("Balik", "Reverse"),
    "key_view": ("Laporan/IKU", "Report/IKU"),  # the overview's view: by report or by IKU
    "key_region": ("Daerah", "Region"),
    "key_year": ("Tahun", "Year"),
    "key_no": ("Tidak", "No"),
    "choices": ("pilihan", "choices"),
    # a form's fields that do not fit (the measure form at 80×24): how many, and the keys to them
    "fields_above": ("↑ {n} isian di atas", "↑ {n} more fields above"),
    "fields_below": ("↓ {n} isian lagi di bawah", "↓ {n} more fields below"),
    "fields_keys": (" (↑↓, Tab)", " (↑↓, Tab)"),
    "copied": ("Disalin (Markdown): {what}", "Copied (Markdown): {what}"),
    "copy": ("Salin", "Copy"),
    "copied_text": (
        "Disalin: teks terpilih ({n} karakter)",
        "Copied: the selected text ({n} characters)",
    ),
    "copy_quit_hint": (" · keluar: q atau ctrl+q", " · to quit: q or ctrl+q"),
    "copy_help": (
        "Salin simpul terpilih sebagai Markdown untuk notulen",
        "Copy the selected node as Markdown for the minutes",
    ),
    "jump_pos": ("{n} dari {total}", "{n} of {total}"),
    "filter_switched_off": (
        "Filter ▼ dimatikan: {name} tidak di bawah target.",
        "Filter ▼ switched off: {name} is not under target.",
    ),
    "filter_untargeted_switched_off": (
        "Filter tanpa target dimatikan: {name} sudah punya target.",
        "Filter without a target switched off: {name} has its target.",
    ),
    "config_at": ("Pengaturan: {path}", "Settings: {path}"),
    "yes": ("ya", "yes"),
    "no": ("tidak", "no"),
    "export_title": ("Ekspor ringkasan Markdown", "Export the Markdown summary"),
    "export_path": ("Berkas", "File"),
    "export_scope": ("Cakupan", "Scope"),
    "export_scopes": ("bawaan / di-bawah-target / semua", "default / under-target / all"),
    "export_lang": ("Bahasa", "Language"),
    "export_changes": ("Log perubahan ({n})", "Change log ({n})"),
    "export_bad": (
        "Isi berkas; cakupan salah satu dari {scopes}; bahasa id atau en.",
        "Give a file; the scope one of {scopes}; the language id or en.",
    ),
    "export_link": (
        "{path} adalah tautan simbolik (symlink) ke {target}; tidak ada yang ditulis lewat "
        "tautan, dan tautannya tidak diganti. Ubah nama berkas.",
        "{path} is a symbolic link to {target}; nothing is written through a link, nor is the "
        "link replaced. Change the file name.",
    ),
    "export_exists": (
        "{path} sudah ada. Simpan lagi (ctrl+s) untuk menimpanya, atau ubah nama berkas.",
        "{path} exists. Save again (ctrl+s) to overwrite it, or change the file name.",
    ),
    "settings_failed": ("Pengaturan tidak tersimpan. {error}", "Settings not saved. {error}"),
    "lang_saved": (
        "Bahasa Indonesia dipakai sekarang (juga pada pembukaan berikutnya).",
        "English from now on (and at the next start).",
    ),
    "toggle_lang": ("Bahasa: Indonesia/English", "Language: Indonesia/English"),
    "toggle_lang_help": (
        "Ganti bahasa sekarang (disimpan untuk pembukaan berikutnya)",
        "Switch the language now (saved for the next start)",
    ),
    "store_at": ("Penyimpanan: {path}", "Store: {path}"),
    "filter_placeholder": ("ketik untuk menyaring", "type to filter"),
    "picker_count": ("{n} dari {total}", "{n} of {total}"),
    "log_title": (
        "Perubahan laporan ini dalam sesi ini ({n})",
        "Changes to this report in this session ({n})",
    ),
    "log_empty": ("Belum ada perubahan.", "No changes yet."),
    "log_undo": ("batal", "undo"),
    # L lists the open report's changes, as its minutes do; those of the others are counted
    "log_others": (
        "Laporan lain yang diubah di sesi ini (dibuka dengan r): {reports}",
        "Other reports changed in this session (opened with r): {reports}",
    ),
    "log_redo": ("ulang", "redo"),
    "field_misi": ("Misi (satu per baris)", "Misi (one per line)"),
    "field_isu_strategis": ("Isu strategis (satu per baris)", "Strategic issues (one per line)"),
    "field_perbaikan_kinerja": (
        "Perbaikan kinerja (satu per baris)",
        "Performance improvements (one per line)",
    ),
    # dialogs
    # e and t: the field named as the dialog's labels and the detail pane name it (core/i18n's
    # table: "Edit Actual (Realisasi) 2023", where it said "Edit realisasi 2023")
    "value_title": ("Ubah {field} {year}", "Edit {field} {year}"),
    # the hint's second sentence shows only while the field holds a value: an empty field's
    # preview says it ("empty_realisasi"/"empty_target"), and it read twice (edit28)
    "edit_hint": (
        "Tulis seperti di laporan: 2,85 · 98% · A (86,45) · WTP · 10 kali.",
        "Write it as the report does: 2,85 · 98% · A (86,45) · WTP · 10 kali.",
    ),
    "edit_hint_empty": ("Kosong = belum dilaporkan.", "Empty = not reported."),
    "target_hint": (
        "Tulis seperti di laporan: 3,32 · 95% · 3 ± 1 · ≥ 3,51 · BB · WTP.",
        "Write it as the report does: 3,32 · 95% · 3 ± 1 · ≥ 3,51 · BB · WTP.",
    ),
    "target_hint_empty": ("Kosong = belum ditetapkan.", "Empty = not set."),
    "not_comparable": (
        "Capaian tidak dapat dihitung dengan nilai ini: {reason}. Tulis dengan satuan/bentuk yang sama seperti target.",
        "No capaian can be computed with this value: {reason}. Write it in the same unit/form as the target.",
    ),
    "empty_realisasi": (
        "Kosong: belum dilaporkan (capaian tidak dihitung, bukan 0).",
        "Empty: not reported (no capaian, not 0).",
    ),
    "clears_realisasi": (
        "Realisasi {value} akan dihapus.",
        "The realisasi {value} will be removed.",
    ),
    "no_capaian_because": ("Capaian tidak dihitung: {reason}.", "No capaian: {reason}."),
    "read_as": ("Dibaca sebagai {kind}.", "Read as: {kind}."),  # ("Read as number.": edit22)
    "set_target_with_t": ("Targetnya diisi dengan t.", "Set its target with t."),
    "year_target_is": (
        "Target {year} laporan ini (diubah dengan t): {value}; ini target Renstra-nya.",
        "This report's target {year} (changed with t): {value}; this is its Renstra target.",
    ),
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
    "switch_title": ("Pilih laporan", "Pick a report"),
    "current": ("(sedang dibuka)", "(open now)"),
    "search_title": ("Cari nama atau kode", "Search by name or code"),
    "search_placeholder": (
        "mis. LPPD, IKU 3, SAKIP, simpul 0ac1b075",
        "e.g. LPPD, IKU 3, SAKIP, node 0ac1b075",
    ),
    "search_count": ("{n} hasil", "{n} results"),
    "search_count_1": ("1 hasil", "1 result"),  # (it said "1 results")
    "search_more": ("{n} hasil (50 pertama)", "{n} results (first 50 shown)"),
    # a search result's kind, in a column of 10 cells: "Key indicator" and "Indikator kegiatan"
    # took 19, the name the rest (tui37)
    "kind_short_tujuan": ("Tujuan", "Goal"),
    "kind_short_sasaran": ("Sasaran", "Objective"),
    "kind_short_iku": ("IKU", "IKU"),
    "kind_short_lainnya": ("Ind. lain", "Other ind."),
    "kind_short_program": ("Program", "Programme"),
    "kind_short_kegiatan": ("Kegiatan", "Activity"),
    "kind_short_subkegiatan": ("Sub keg.", "Sub-act."),
    "kind_short_indikator_kegiatan": ("Ind. keg.", "Act. ind."),
    # detail pane
    "kind": ("Jenis", "Kind"),
    "code": ("Kode", "Code"),
    "source": ("Sumber tabel", "Source table"),
    "under_below": (
        "{n} butir di bawah target di dalam simpul ini",
        "{n} under-target items beneath this node",
    ),
    "under_below_one": (  # (it said "1 under-target items")
        "1 butir di bawah target di dalam simpul ini",
        "1 under-target item beneath this node",
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
    "doubt": ("Perhatikan", "Check"),  # (the engine's doubt of a capaian, as ``set`` says it)
    "printed_differs": (
        "Laporan mencetak {value} ({table}); hitungan lkj-tui {ours}",
        "The report prints {value} ({table}); lkj-tui computes {ours}",
    ),
    "printed_other": (
        "Laporan mencetak {what} {value} ({table})",
        "The report prints {what} {value} ({table})",
    ),
    "target_elsewhere": ("Target {tahun} tercetak lain", "The {tahun} target printed elsewhere"),
    "derived_realisasi": ("dari triwulan", "from the triwulan"),
    "quarter_capaian": ("Capaian per triwulan", "Capaian per quarter"),
    "quarters_basis_kumulatif": (
        "kumulatif s.d. triwulan terhadap target tahunan",
        "cumulative to the quarter against the year's target",
    ),
    "quarters_basis_target": ("terhadap target tahunan", "against the year's target"),
    "quarters_basis_target_triwulan": ("terhadap target triwulan", "against the quarter's target"),
    "revision": ("rev. {n}", "rev. {n}"),
    # the summary, after the revision while sync conflicts wait for a choice (tui39)
    "conflicts_waiting": ("{n} konflik (K)", "{n} conflicts (K)"),
    "conflicts_waiting_one": ("{n} konflik (K)", "{n} conflict (K)"),
    "under_count": ("{n} IKU di bawah target", "{n} IKU under target"),
    "under_all": ("{n} di semua tingkat", "{n} at all levels"),
    # … or, with none under target, why (tui20: it said "▼ 0 IKU di bawah target" in red)
    "all_reached": ("✓ semua tercapai", "✓ all on target"),
    "measured_reached": ("✓ yang terukur tercapai", "✓ all measured on target"),
    "no_realisasi": ("belum ada realisasi", "no realisasi yet"),
    "avg": ("rata-rata capaian {avg}", "average capaian {avg}"),
    "printed_avg": (" (laporan: {avg})", " (report: {avg})"),
    "of_iku": (" ({m} dari {n} IKU)", " ({m} of {n} IKU)"),  # as status says it (years14)
    "of_iku_short": (" ({m}/{n} IKU)", " ({m}/{n} IKU)"),  # (the summary where it is narrow)
    # the shared store (tui/sharing.py)
    "share_conflicts": (
        "Konflik ({n}): pilih nilai — Enter menyimpan pilihan",
        "Conflicts ({n}): choose a value — Enter saves the choice",
    ),
    # (a list with nothing to choose: the sentence alone, under a title without "Enter …")
    "share_conflicts_none": ("Konflik sinkronisasi", "Sync conflicts"),
    "share_no_conflicts": (
        "Tidak ada konflik sinkronisasi di laporan ini. Konflik muncul bila sinkronisasi (S) "
        "membawa nilai lain untuk isian yang juga diubah di sini.",
        "No sync conflicts in this report. A conflict appears when a sync (S) brings another "
        "value for a field also changed here.",
    ),
    "share_keep": ("pertahankan", "keep"),
    "share_take": ("ambil nilai yang lain", "take the other value"),
    # every conflict at once, as lkj-tui resolve semua pertahankan|ambil-lain (tui15)
    "share_keep_all": (
        "Semua ({n}) sekaligus: pertahankan nilai di berkas",
        "All ({n}) at once: keep the values in the file",
    ),
    "share_take_all": (
        "Semua ({n}) sekaligus: ambil nilai yang lain",
        "All ({n}) at once: take the other values",
    ),
    "share_all_chosen": ("{n} konflik sekaligus: {how}", "{n} conflicts at once: {how}"),
    # … undone (ctrl+z): what came back, the value and the conflict (change_words: share25)
    "choice_back": (
        "{how}; kembali ke {value}, konflik menunggu pilihan lagi",
        "{how}; back to {value}, the conflict waits for a choice again",
    ),
    "choice_again": (
        "{how}; konflik menunggu pilihan lagi",
        "{how}; the conflict waits for a choice again",
    ),
    "choice_again_all": (
        " (nilai kembali, {n} konflik menunggu pilihan lagi)",
        " (the values back, the {n} conflicts wait for a choice again)",
    ),
    "share_history": (
        "Riwayat: {node} — Enter memulihkan nilai sebelumnya",
        "History: {node} — Enter restores the value before",
    ),
    "share_restored": ("dipulihkan", "restored"),
    # the saves made before the store was shared, from this laptop's change journal (share70)
    "share_history_before": (
        "Sebelum penyimpanan ini dibagikan (dari jurnal perubahan di komputer ini, tanpa nama "
        "penulis):",
        "Before this store was shared (from the change journal on this computer, without "
        "author names):",
    ),
    "share_here": ("(di sini)", "(here)"),
    "share_history_none": ("Riwayat: {node}", "History: {node}"),
    "share_no_history": (
        "Belum ada riwayat untuk simpul ini. Riwayat muncul setelah isiannya diubah dan disimpan, "
        "di sini atau di kantor lain lalu disinkronkan (S).",
        "No history for this node yet. It appears once one of its fields is changed and saved, "
        "here or in another office and then synced (S).",
    ),
    "share_not_shared": (
        "Penyimpanan ini belum dibagikan (docs/sharing.md). Bagikan dengan: lkj-tui sync --init "
        "ALAMAT{store}",
        "This store is not shared (docs/sharing.md). Share it with: lkj-tui sync --init "
        "REMOTE{store}",
    ),
    "palette_placeholder": ("Cari perintah…", "Search for commands…"),
    "themes_placeholder": ("Cari tema…", "Search for themes…"),
    "sys_theme": ("Tema", "Theme"),
    "sys_theme_help": (
        "Ganti tema tampilan (disimpan untuk pembukaan berikutnya)",
        "Change the theme (saved for the next start)",
    ),
    "sys_max": ("Perbesar", "Maximize"),
    "sys_max_help": ("Perbesar panel terpilih", "Maximize the focused pane"),
    "sys_min": ("Kembalikan ukuran", "Minimize"),
    "sys_min_help": ("Kembalikan panel ke ukuran biasa", "Restore the pane to its normal size"),
    "sys_screenshot": ("Tangkapan layar", "Screenshot"),
    "sys_screenshot_help": (
        "Simpan tangkapan layar SVG dari layar ini",
        "Save an SVG screenshot of the current screen",
    ),
    # a value restored with H, a conflict chosen with K: a save that reaches the other offices as
    # lkj-tui restore says, with the TUI's own key for the sync (share18, tui19)
    "share_chosen": (
        "Tersimpan: {what} — sampai ke kantor lain pada sinkronisasi berikutnya (tombol S)",
        "Saved: {what} — reaches the other offices with the next sync (key S)",
    ),
    # … and its undo or redo with ctrl+z / ctrl+y, which reaches them the same way (tui20)
    "share_undone": (
        "Dibatalkan: {what} — sampai ke kantor lain pada sinkronisasi berikutnya (tombol S)",
        "Undone: {what} — reaches the other offices with the next sync (key S)",
    ),
    "share_redone": (
        "Diulang: {what} — sampai ke kantor lain pada sinkronisasi berikutnya (tombol S)",
        "Redone: {what} — reaches the other offices with the next sync (key S)",
    ),
    "share_syncing": ("Sinkronisasi…", "Syncing…"),
    "share_synced": (
        "Sinkron: simpanan diterima {received}, dikirim {sent}, konflik {conflicts}",
        "Synced: saves received {received}, sent {sent}, conflicts {conflicts}",
    ),
    "share_synced_open": (
        # ("{open}": this sync's and the older ones, said so: "1 baru, 1 terbuka" read as two)
        "Sinkron: simpanan diterima {received}, dikirim {sent}, {conflicts} konflik baru "
        "({open} terbuka seluruhnya: K)",
        "Synced: saves received {received}, sent {sent}, new conflicts {conflicts} ({open} open "
        "in all: K)",
    ),
    # the state a shared store opens in, only the counts that are not 0, and the keys for them
    # (tui39: "0 simpanan belum dikirim · 0 diterima belum digabung · 2 konflik", 4–5 rows at
    # 60×20, covered K's dialog; the summary says the conflicts that wait as long as they do)
    "share_state": ("Penyimpanan bersama: {said} ({keys})", "Shared store: {said} ({keys})"),
    # (the words of lkj-tui info; in English each count after its words, as share_synced's:
    # "1 saves", "1 conflicts": share29)
    # the number first, as `info` says it since share40 ("1 save not sent"); "_one" for 1
    "share_state_ahead": ("{n} simpanan belum dikirim", "{n} saves not sent"),
    "share_state_ahead_one": ("{n} simpanan belum dikirim", "{n} save not sent"),
    "share_state_behind": ("{n} diterima belum digabung", "{n} received, not merged"),
    "share_state_behind_one": ("{n} diterima belum digabung", "{n} received, not merged"),
    "share_state_conflicts": ("{n} konflik", "{n} conflicts"),
    "share_state_conflicts_one": ("{n} konflik", "{n} conflict"),
    "share_state_sync": ("S: sinkronkan", "S: sync"),
    # (a report deleted here by hand: sync sends nothing until it is restored or the deletion
    # confirmed; it read "1 simpanan belum dikirim (S: sinkronkan)", and S refused: share68)
    "share_state_deleted": (
        "{names} dihapus di luar lkj-tui, sinkronisasi menunggu pilihan",
        "{names} deleted outside lkj-tui, the sync waits for a choice",
    ),
    "share_state_how": ("S: pilihannya", "S: the choices"),
    "share_state_choose": ("K: konflik", "K: conflicts"),
}


#: Textual's Toast: 60 cells wide at most, half the screen; its padding, its border, its margin
TOAST_WIDTH, TOAST_FRAME = 60, 4


def toast_room(width: int) -> int:
    """The cells of a toast's line on a screen ``width`` cells wide."""
    return max(min(TOAST_WIDTH, width // 2) - TOAST_FRAME, 20)


def commands_apart(text: str, width: int) -> str:
    """A toast's ``text`` (clean) with the command it ends with after its label ("…; bagikan
    dengan: lkj-tui sync --init ALAMAT --store X") on lines of its own under it, folded between
    its options to the toast's room at a screen ``width`` cells wide (a line of its own that is a
    command alike): the toast wrapped it at any space, "'lkj-tui" / "sync --init ALAMAT --store"
    / "/tmp/x'" at 80 columns. Each line but the last ends with " \\" (a POSIX shell reads
    them as one command; whole on Windows: :mod:`lkj_tui.core.shell`). Linear."""
    import sys

    from rich.cells import cell_len

    from lkj_tui.core.shell import POSIX, command_lines

    room = toast_room(width)
    mark = None if sys.platform == "win32" else POSIX
    out: list[str] = []
    for line in text.split("\n"):
        at = 0 if line.startswith("lkj-tui ") else line.rfind(": lkj-tui ") + 2
        if at == 1 or ";" in line[at:] or "'" in line[at:]:  # (none, or one inside a sentence)
            out.extend(_quoted_whole(line, room, mark, cell_len))
            continue
        if at:  # (a command quoted before the last one kept whole too: share68)
            out.extend(_quoted_whole(line[: at - 1], room, mark, cell_len))
        out.extend(apart_in(command_lines(line[at:], room, 2 if at else 0, mark, cell_len), room))
    return "\n".join(out)


def _quoted_whole(line: str, room: int, mark: str | None, cells: Any) -> list[str]:
    """``line`` as run (``python -m lkj_tui``), a command quoted in it never broken inside where
    the line is wider than ``room`` (:func:`quoted_kept`)."""
    from lkj_tui.core.shell import as_run

    if "'lkj-tui " in line and cells(as_run(line)) > room:
        return quoted_kept(line, room, mark, cells)
    return [as_run(line)]


def apart_in(lines: list[str], room: int) -> list[str]:
    """A folded command's ``lines`` in a toast ``room`` cells wide, a line wider than that (a
    part no line holds: a ``--store`` path over 34 characters at 80×24, a 76-character report
    id) broken at its separators ("/", "\\"; a piece wider still after a "-" or "_", marked
    ↩), its " \\" after its last piece: Textual's toast folded it inside a word, and could
    put the " \\" on a line alone. Broken, not cut: the toast is read, not copied (it goes in
    seconds), and every word of the path is seen; the CLI prints the command whole. Linear."""
    from rich.cells import cell_len

    if all(cell_len(line) <= room for line in lines):
        return lines
    from lkj_tui.core.shell import POSIX
    from lkj_tui.tui.components.forms import break_at_separators

    out: list[str] = []
    for line in lines:
        body = line.lstrip(" ")
        indent = len(line) - len(body)
        end = POSIX if body.endswith(POSIX) else ""
        if cell_len(line) <= room or room - indent - len(end) < 8:
            out.append(line)
            continue
        pieces = break_at_separators(body.removesuffix(end), room - indent - len(end))
        out += [" " * indent + piece for piece in pieces.split("\n")]
        out[-1] += end
    return out


def id_end(rid: str, room: int) -> str:
    """A report id in ``room`` characters: whole where it fits, else by its end, where its year is,
    from a "-" on ("…-selatan-badan-pengelola-keuangan-dan-aset-daerah-2025", not "…gkulu-
    selatan-…"), as the report picker cuts it; the summary's id line, the detail pane's years'
    sources ("2021 …-pekerjaan-umum-dan-penataan-ruang-2021", not "…s-pekerjaan-…": tui63)."""
    if len(rid) <= room:
        return rid
    end = rid[len(rid) - max(room - 1, 1) :]
    dash = end.find("-")
    return "…" + (end[dash:] if 0 <= dash < len(end) // 2 else end)


def paths_apart(text: str, width: int) -> str:
    """A toast's ``text`` with each path in its sentences wider than the toast's line (a stray
    file's "/data/lkj-store-folder/stray.json:") on lines of its own, broken at its separators
    as :func:`apart_in` breaks a command's part, the sentence going on after its last piece:
    the toast folded it inside a word ("…-store-folde" / "r/stray.json"; tui33). A command's
    lines (:func:`commands_apart`) fit already. A report id wider than the line is broken so
    too, after a "-" ("Dibuat: bengkulu-selatan-setda-↩" / "2024": folded by the toast, its year
    read "…-setda-202" / "4" at 60 columns; edit43), the words before it kept with its first
    piece where it fits there, a report id that fits a line whole too (:func:`_id_apart`).
    Linear."""
    if "/" not in text and "\\" not in text and "-" not in text:
        return text
    from rich.cells import cell_len

    room = toast_room(width)
    if all(cell_len(line) <= room for line in text.split("\n")):
        return text
    import re

    out: list[str] = []
    for line in text.split("\n"):
        if cell_len(line) <= room:
            out.append(line)
            continue
        # (a path in double quotes one word: the toast broke '"D:\\Bersama' / 'LKj\\lkj.git"'
        # at its space; the line laid out here, so that no line is wider than the toast's)
        current = ""
        for word in _tail_kept(re.findall(_WORDS, line), room):
            path = "/" in word or "\\" in word
            wide = cell_len(word) > room or (
                current and cell_len(current) + 1 + cell_len(word) > room and _an_id(word)
            )
            if wide and not path and "-" in word:
                *pieces, current = _id_apart(current, word, room)
                out += pieces
            elif cell_len(word) > room and path:
                *pieces, current = _path_apart(current, word, room)
                out += pieces
            elif current and cell_len(current) + 1 + cell_len(word) > room:
                out.append(current)
                current = word
            else:
                current = f"{current} {word}" if current else word
        out.append(current)
    return "\n".join(out)


def _tail_kept(words: list[str], room: int) -> list[str]:
    """A toast's line's ``words`` with its last ones one word until they make ``LAST_LINE``
    characters, as :func:`~lkj_tui.tui.components.whole.no_widow` keeps them: "(i)." stood
    alone under "Perbaiki berkasnya lalu impor lagi" at 80 columns (edit47). A path's or a
    report id's word is left to be broken at its separators."""
    from rich.cells import cell_len

    from lkj_tui.tui.components.whole import LAST_LINE

    def plain(word: str) -> bool:
        return "/" not in word and "\\" not in word and not _an_id(word)

    if not words or not plain(words[-1]):
        return words
    at, tail = len(words) - 1, words[-1]
    while at > 0 and len(tail) < LAST_LINE and plain(words[at - 1]):
        if cell_len(words[at - 1]) + 1 + cell_len(tail) > room:
            break
        at, tail = at - 1, f"{words[at - 1]} {tail}"
    return [*words[:at], tail]


def _id_apart(current: str, word: str, room: int) -> list[str]:
    """A report id (``word``) wider than a toast's line, after the words of the line so far
    (``current``), as lines of at most ``room`` cells broken after a "-", each it goes on from
    marked ↩ (as :func:`~lkj_tui.tui.components.forms.break_at_separators` marks them), its
    first piece on ``current``'s line where it fits there: "Dibuat:" stood alone over the id
    (edit46). A piece wider than a line is folded (``fold_part``); the id's last piece, a year
    (:data:`~lkj_tui.core.shell.SHORT_PIECE` cells at most, as the CLI keeps it), is never
    alone on its line: the piece before it goes down with it. The last line is the one the id
    ends on, for the sentence to go on. Linear."""
    import re

    from rich.cells import cell_len

    from lkj_tui.core.shell import SHORT_PIECE
    from lkj_tui.tui.components.forms import CONTINUED, fold_part

    pieces = re.findall(r"[^-]*-|[^-]+", word)
    lines, line = [], f"{current} " if current else ""
    for n, piece in enumerate(pieces):
        mark = n < len(pieces) - 1  # (a cell for its ↩)
        if line and cell_len(line) + cell_len(piece) + mark > room:
            lines.append(line.rstrip() if line.endswith(" ") else line + CONTINUED)
            line = ""
        if cell_len(piece) + mark > room:
            *folded, piece = fold_part(piece, room)
            lines += folded
        line += piece
    year = line == pieces[-1] and cell_len(line) <= SHORT_PIECE  # (the year alone)
    if lines and year and lines[-1].endswith("-" + CONTINUED):
        body = lines[-1].removesuffix(CONTINUED)
        at = body.rfind("-", 0, len(body) - 1) + 1  # (after a dash: never "Dibuat:" alone)
        if at > body.rfind(" ") + 1 and cell_len(body[at:] + line) <= room:
            lines[-1], line = body[:at] + CONTINUED, body[at:] + line
    return [*lines, line]


def _path_apart(current: str, word: str, room: int) -> list[str]:
    """A path (``word``) wider than a toast's line, after the words of the line so far
    (``current``), as lines of at most ``room`` cells ending at its separators
    (``break_at_separators``), its first piece on ``current``'s line where it fits there and
    no sentence ends before it: "Pengaturan:" and "3 masalah di" stood alone over the path at
    60–120 columns (tui47), as "Dibuat:" did over an id (:func:`_id_apart`). (A path that fits
    a line stays whole on one, under its words if need be.) The last line is the one the path
    ends on. Linear."""
    import re

    from rich.cells import cell_len

    from lkj_tui.tui.components.forms import break_at_separators

    first = re.match(r"[^/\\]*[/\\]?", word)
    fits = cell_len(current) + 1 + cell_len(first.group() if first else word) <= room
    if current and fits and not current.endswith((".", "!", "?")):
        return break_at_separators(f"{current} {word}", room).split("\n")
    return ([current] if current else []) + break_at_separators(word, room).split("\n")


def _an_id(word: str) -> bool:
    """Whether a toast's ``word`` reads as a report id ("bengkulu-selatan-dinas-sosial-2025",
    a stop after it or not): a letter first, two dashes at least, a year last; not a word
    doubled ("masing-masing"), a period ("2021-2026") or a date ("2026-12-04")."""
    word = word.rstrip(".,;:")
    return word[:1].isalpha() and word.count("-") >= 2 and word.rpartition("-")[2].isdigit()


#: The words of a toast's line, a part in double quotes (a path with a space, as the messages
#: name it) one with what touches it ('"D:\\Bersama LKj\\lkj.git":'). Linear: classes, no
#: nested repeat.
_WORDS = r'[^\s"]*"[^"\n]*"\S*|\S+'


def quoted_kept(line: str, room: int, mark: str | None, cells: Any) -> list[str]:
    """A toast's ``line`` with a command quoted in its sentence ("…; jalankan 'lkj-tui sync
    --store X' lagi") never broken inside: the line broken at its spaces here, within ``room``
    cells, the quoted command one word where it fits a line, else after the words before it on
    lines of its own, unquoted and folded between its options as :func:`commands_apart` folds
    one, the sentence going on under it (the toast broke it at any space at 80 columns: tui30);
    a stop after it is left out. A figure keeps its "%", a grade its score, as
    :func:`~lkj_tui.tui.components.whole.lines_whole` keeps them. Linear."""
    from lkj_tui.core.shell import as_run, command_lines

    words: list[str] = []  # the line's words, a quoted command (and what touches it) one
    at = 0
    while (start := line.find("'lkj-tui ", at)) >= 0:
        close = line.find("'", start + 1)
        end = len(line) if close < 0 else line.find(" ", close) % (len(line) + 1)
        begin = line.rfind(" ", at, start) + 1 if start > at else at
        words += line[at:begin].split()
        words.append(line[begin:end])
        at = end
    words += line[at:].split()
    kept: list[str] = []  # a figure with its "%", a grade with its score ("A (86,45)"): one
    for word in words:
        glued = kept and (word[:1] == "%" or (word[:1] == "(" and word[1:2].isdigit()))
        kept.append(f"{kept.pop()} {word}" if glued else word)
    out, current, capital = [], "", False
    for word in kept:
        if "'lkj-tui " in word and cells(as_run(word)) > room:  # on lines of its own
            start, close = word.index("'lkj-tui "), word.find("'", word.index("'lkj-tui ") + 1)
            close = len(word) if close < 0 else close
            lead = (current + " " + word[:start]).strip()
            out += [lead] if lead else []
            out += apart_in(command_lines(word[start + 1 : close], room, 2, mark, cells), room)
            tail = word[close + 1 :]
            current = tail.strip(".,;:")  # (a stop alone under it: dropped)
            # (the clause after it a sentence of its own under the command, as the CLI prints
            # it: "Bila laporan itu …", not "bila …" with its ";" gone: share68)
            capital = not current and tail[:1] in (";", ".")
            continue
        word = as_run(word)  # (as the program was run: python -m lkj_tui)
        if capital:
            word, capital = word[:1].upper() + word[1:], False
        if current and cells(current) + 1 + cells(word) > room:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}" if current else word
    return [*out, current] if current else out


def t(key: str, lang: str = "id", **values: object) -> str:
    """The TUI string ``key`` in ``lang``, formatted with ``values``; unknown keys come back as is."""
    pair = _TEXT.get(key)
    if pair is None:
        return key
    template = pair[1] if lang == "en" else pair[0]
    return template.format(**values) if values else template


def deleted_with(nodes: list[Any], lang: str) -> str:
    """What a delete takes with its nodes (``nodes``: the node first, then its subtree): " Ikut
    terhapus: realisasi 3,22, 1 permasalahan dan 2 solusi." — the realisasi by its value when it
    is the node's own and the only one; "" when nothing is written. Linear in the nodes."""
    filled = sum(1 for n in nodes if n.measure and (n.measure.realisasi or "").strip())
    own = (nodes[0].measure.realisasi or "").strip() if nodes and nodes[0].measure else ""
    parts = []
    if filled == 1 and own:  # its pieces kept together on a line: "3 ± 1"
        parts.append(t("goes_realisasi", lang, value=clean_line(own, 60).replace(" ", NO_BREAK)))
    for key, n in (
        ("realisasi", 0 if parts else filled),
        ("permasalahan", sum(len(node.permasalahan) for node in nodes)),
        ("solusi", sum(len(node.solusi) for node in nodes)),
    ):
        if n:
            parts.append(
                t(f"goes_{key}_1", lang) if n == 1 else t(f"goes_{key}_n", lang, n=grouped(n, lang))
            )
    if not parts:
        return ""
    what = ", ".join(parts[:-1]) + t("and", lang) + parts[-1] if len(parts) > 1 else parts[0]
    return t("delete_goes", lang, what=what)


def field_label(key: str, lang: str) -> str:
    """A field's name on screen: a form's own label (``field_misi``: one per line), else the
    change log's (:func:`lkj_tui.core.changes.field_label`, as the exported minutes name it)."""
    label = t(f"field_{key}", lang)
    return label if label != f"field_{key}" else changes.field_label(key, lang)


def edit_message(exc: Any, lang: str) -> str:
    """A refused edit's message (:class:`lkj_tui.core.edits.EditError`) as a form shows it: the
    field named by its label on screen ("Nama: terlalu panjang …"), not by the key ``set`` takes
    and its messages open with ("name: …"; "polaritas harus …" reads "Polaritas: harus …",
    "cara_hitung harus …" "Cara hitung: harus …"). Linear in the message's length."""
    text: str = exc.message_en if lang == "en" else exc.message
    key = getattr(exc, "field", "")
    for opening in (f"{key}: ", f"{key} "):
        if key and text.startswith(opening):
            return f"{field_label(key, lang)}: {text[len(opening) :]}"
    return text


def read_as(field: str, typed: str, stored: str, lang: str) -> str:
    """A word typed in a form as it was read, named by the field's label: "Polaritas: “naik”
    dibaca positif (makin tinggi makin baik)". Linear."""
    value = tr(stored, lang) if field == "polaritas" else stored
    return f"{field_label(field, lang)}: {t('read_word', lang, typed=clean_words(typed, 40), value=value)}"


def change_words(change: Any, kind: str, lang: str, typed: dict[str, str] | None = None) -> str:
    """A change as its toast names it when saved, undone or redone, the same words for each
    (``kind``: "edit", "undo" or "redo"; an undo's ``change`` is the reversed one it saves):
    "IKU 1 · Target: 3,22 → 3,40", "pindah IKU 2 ke bawah S2", "hapus IKU 2 (dan 3 simpul di bawahnya)",
    "tambah IKU 12 · Indeks Baru", "IKU 1 · tambah Permasalahan 3: …"; an undo adds where it went
    back to: "… (kembali ke 3,22)", "… (kembali di bawah S1)". ``typed``: the words a form read
    in another spelling than the one saved, by field, said as read ("IKU 1 · Polaritas: “naik”
    dibaca positif (makin tinggi makin baik)"). The first two lines, then how many more. Linear
    in the lines' length."""
    if change.choice is not None or change.choices:  # a sync conflict chosen (K)
        return _choice_words(change, kind == "undo", lang)
    lines = change.lines
    if kind == "undo":  # the change undone, as it was made: its after is what the undo left
        lines = tuple(type(x)(x.node, x.field, x.after, x.before) for x in lines)
    undo = kind == "undo"
    said: list[str] = []
    last = ""
    for line in lines[:2]:
        node = clean_words(line.node, 40) if change.meta is None else t("report_title", lang)
        text = _line_words(line, node if node != last else "", undo, lang, typed or {})
        last = node
        said.append(text)
    more = t("more_lines", lang, n=len(lines) - 2) if len(lines) > 2 else ""
    return "; ".join(said) + more


def capaian_words(ach: Any, lang: str) -> str:
    """A capaian with its rating and verdict as ``lkj-tui set`` prints them after a change:
    "93,17 % Sangat Tinggi ▼ di bawah target", "n/a (tidak tercapai) ▼ di bawah target",
    "tidak terukur"."""
    parts = [achievement_text(ach, lang)]
    if ach.rating and ach.rounded is not None:  # (each kept whole on a line of the toast)
        parts.append(tr(ach.rating, lang).replace(" ", NO_BREAK))
    if ach.under_target:
        parts.append(f"▼ {tr('under_target', lang)}".replace(" ", NO_BREAK))
    return " ".join(parts)


def _choice_words(change: Any, undo: bool, lang: str) -> str:
    """A sync conflict chosen with ``K`` (``Change.choice``; every one at once, ``.choices``) as
    :func:`change_words` names it, saved, undone or redone alike, in ``lkj-tui resolve``'s
    words: "IKU 2 · Realisasi: 80 (ambil nilai yang lain)", "2 konflik sekaligus: ambil nilai
    yang lain"; an undo says what came back: "(ambil nilai yang lain; kembali ke 81, konflik
    menunggu pilihan lagi)" (its toast said "IKU 2 · Realisasi: 80 (kembali ke 81)", and the
    redo only "IKU 2 · Realisasi: 80": share25)."""
    if change.choices:
        n = len(change.choices)
        take = any(how == "take" for how, _, _ in change.choices)
        how = t("share_take_all" if take else "share_keep_all", lang, n=n).split(": ")[-1]
        again = t("choice_again_all", lang, n=n) if undo else ""
        return t("share_all_chosen", lang, n=n, how=how) + again
    from lkj_tui.core import conflicts

    line, (how, kept, other) = change.lines[0], change.choice
    key, took = line.field, how == "take"
    path = tuple(key.split(".")) if "." in key else None  # (new --from's record: made_from.blob)
    if change.meta is not None or (change.focus is None and line.node == "laporan"):
        where = changes.path_label((), lang, whole="laporan")  # the report's own fields
    else:
        where = clean_words(line.node, 40)
    label = changes.path_label(path, lang) if path else field_label(key, lang)

    def shown(raw: str) -> str:
        if key == "node":  # a whole node: "(simpul dihapus)" as recorded, in the session's words
            return conflicts.value(None if raw == conflicts.value(None, ()) else {}, (), lang)
        return clean_words(conflicts.value(raw, path, lang) if path else raw, 40) or "—"

    said = t("share_take" if took else "share_keep", lang)
    if undo and took:
        said = t("choice_back", lang, how=said, value=shown(kept))
    elif undo:
        said = t("choice_again", lang, how=said)
    return f"{where} · {label}: {shown(other if took else kept)} ({said})"


def _line_words(line: Any, node: str, undo: bool, lang: str, typed: dict[str, str]) -> str:
    """One line of :func:`change_words`; ``node`` empty when the line before named it."""
    field = line.field
    if field in changes.STRUCTURE:  # "tambah IKU 12 · Indeks Baru", "pindah IKU 2 ke bawah S2"
        return changes.structure_words(line, undo, lang)
    before, after = _apart(*changes.line_values(line, lang))
    label = field_label(field, lang)
    head = f"{node} · " if node else ""
    if field in typed and not undo:
        return head + read_as(field, typed[field], line.after, lang)
    if field.partition(" ")[0] in ("permasalahan", "solusi") and "" in (before, after):
        word = t("node_added" if after else "node_deleted", lang, node=label)
        return f"{head}{word}: {after or before}"
    if undo:
        said = f"{head}{label}: {after or '—'}"
        return said + (
            t("value_back", lang, value=before) if before else t("value_back_empty", lang)
        )
    # saved or redone: the value it replaced first, as ``lkj-tui set`` prints it ("Realisasi:
    # 2,85 → 3,00"; the toast named the new value only, and the meeting asked what it was)
    # (the pair kept on one line of the toast: "2,85 →" ended a line above "3,00" at 80×24)
    return f"{head}{label}: {before or '—'}{NO_BREAK}→{NO_BREAK}{after or '—'}"


def _apart(before: str, after: str, limit: int = 40) -> tuple[str, str]:
    """A change's two values, each cut after a word to ``limit`` characters; where that cut
    them alike (words added to a long instansi's end: "Dinas Kesehatan Kabupaten Bengkulu…"
    saved, and "kembali ke" the same), the words they begin with give way to "…" before those
    that differ (core.apart, as the tree's names): "…Tahun Anggaran 2026", "(kembali ke Dinas
    Kesehatan Kabupaten…Selatan)". Linear in the values' length."""
    cut = (clean_words(before, limit), clean_words(after, limit))
    if cut[0] != cut[1] or cut[0] == clean_line(before):
        return cut
    from lkj_tui.core.apart import cut_apart, shared_words

    values = (clean_line(before), clean_line(after))
    shared = shared_words(values)
    return tuple(  # type: ignore[return-value]
        cut_apart(v, limit, 0, *shared[v]) if v in shared else c
        for v, c in zip(values, cut, strict=True)
    )


def error_text(exc: BaseException, lang: str, options: str = "") -> str:
    """One line for an error, a sentence of its own: its own bilingual message when it has one
    (a store's, a sync's, an edit's). A first word is given its capital: the messages put it
    after their own sentence ("Ekspor gagal. Gagal menulis …", not "… gagal. gagal menulis …");
    a first word that is not all letters (a file name, a path: "data/x.json: …") is left as it
    is. The one way every TUI message words an error: the commands it prints carry ``options``
    (the ``--store`` and ``--lang en`` typed: ``typed_options``)."""
    from lkj_tui.core.model import ModelError
    from lkj_tui.storage.errors import Said

    said = getattr(exc, "message_en" if lang == "en" else "message", None)
    if isinstance(exc, Said):
        text = exc.text(lang, options)
    elif isinstance(said, str):  # (an edit refused, a value that cannot be read)
        text = said
    elif isinstance(exc, ModelError):  # (a report the model refuses: its words in ``lang``)
        text = exc.text(lang)
    elif isinstance(exc, OSError):
        text = f"{exc.filename or ''} {exc.strerror or exc}".strip()
    else:
        text = str(exc) or type(exc).__name__
    first = text.split(" ", 1)[0]
    return text[:1].upper() + text[1:] if first.isalpha() else text
