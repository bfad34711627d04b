"""vals21: the reviu as an Inspektorat reviewer reads it — a finding on an indicator row whose
name other rows share says where the row is."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import csv_store, run_cli

_ROWS = """level;kode;uraian;satuan;target;realisasi
sasaran;S1;Meningkatnya pelayanan;;;
iku;IKU 1;Persentase layanan;%;90;95
kegiatan;;Pemeliharaan Arsip;;;
indikator_kegiatan;;Jumlah dokumen;dokumen;10;
kegiatan;;Pengadaan Arsip;;;
indikator_kegiatan;;Jumlah dokumen;dokumen;12;
indikator_kegiatan;;Jumlah arsip;dokumen;5;
"""


def _store(tmp_path: Path) -> Path:
    """A report whose two kegiatan each have an indicator "Jumlah dokumen", all three rows
    without a realisasi."""
    return csv_store(tmp_path, "rows.csv", _ROWS, "Dinas X")


def test_a_finding_on_a_row_whose_name_others_share_says_where_it_is(tmp_path: Path) -> None:
    """A kabupaten report names "Jumlah Dokumen Perencanaan Perangkat Daerah" under several
    kegiatan: `check` said "Realisasi kosong · Jumlah dokumen" twice, and the reviewer could not
    tell which row to correct. Such a row is now followed by the IKU above it and its kegiatan
    (text id and en, and the Catatan Hasil Reviu); a row of a name of its own is as before."""
    store = _store(tmp_path)
    for lang, title in (("id", "Realisasi kosong"), ("en", "Realisasi missing")):
        said = " ".join(run_cli("check", "--lang", lang, store=store).stdout.split())
        for kegiatan in ("Pemeliharaan Arsip", "Pengadaan Arsip"):
            assert f"{title} · Jumlah dokumen (IKU 1 › {kegiatan} · " in said, said
        assert f"{title} · Jumlah arsip (" in said, said  # (then the id set takes)
    paper = run_cli("export", "--reviu", store=store).stdout
    assert "**Realisasi kosong** — Jumlah dokumen (IKU 1 › Pengadaan Arsip)" in paper, paper
    assert "**Realisasi kosong** — Jumlah arsip\n" in paper, paper


def test_severity_counts_the_levels_it_leaves_out_as_not_shown(tmp_path: Path) -> None:
    """`check --severity kesalahan` ended "3 kesalahan · 0 peringatan · 0 catatan" for a report
    with 4 warnings, and `--all` put 0 in their columns: a reviewer read "no warnings". The
    levels left out are now counted as not shown, and `--all` marks their columns "–" (id and
    en); without --severity the line is as before."""
    store = _store(tmp_path)
    args = ("check", "--report", "dinas-x-2024", "--severity")
    said = run_cli(*args, "kesalahan", store=store).stdout
    assert (
        "3 kesalahan · 4 peringatan dan 0 catatan tidak ditampilkan (--severity kesalahan)\n"
    ) in said, said
    said = run_cli(*args, "error", "--lang", "en", store=store).stdout
    assert "3 errors · 4 warnings and 0 notes not shown (--severity error)\n" in said, said
    said = run_cli("check", "--report", "dinas-x-2024", store=store).stdout
    assert "\n3 kesalahan · 4 peringatan · 0 catatan\n" in said, said
    every = run_cli("check", "--all", "--severity", "peringatan", store=store).stdout
    assert re.search(r"\ndinas-x-2024 +Dinas X +3 +4 +–\n", every), every
    flat = " ".join(every.split())
    assert re.search(
        r" 1 laporan: 3 kesalahan \(✗\) · 4 peringatan \(!\) · 0 catatan \(·\) tidak "
        r"ditampilkan \(--severity peringatan\)$",
        flat,
    ), flat
