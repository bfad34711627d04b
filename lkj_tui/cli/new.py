"""``lkj-tui new``: an empty report, or next year's report from an existing one (rollover)."""

from __future__ import annotations

import sys
from pathlib import Path

from lkj_tui.cli.common import fail, open_store
from lkj_tui.core.model import ModelError, Report
from lkj_tui.core.rollover import empty_report, rollover
from lkj_tui.core.sanitize import clean_line
from lkj_tui.storage.errors import StoreError


def run_new(
    store_path: Path | None,
    report_id: str | None,
    instansi: str | None,
    tahun: int | None,
    source_id: str | None,
) -> int:
    if tahun is None:
        fail("--tahun wajib diisi (tahun laporan baru)", 2)
    if not 1900 <= tahun <= 2200:
        fail(f"tahun tidak masuk akal: {tahun}", 2)
    store = open_store(store_path, create=True)  # makes a store on purpose
    report: Report
    if source_id is not None:
        try:
            old = store.load(source_id).report
        except StoreError as exc:
            fail(exc.message)
        try:
            report = rollover(old, tahun, report_id)
        except ModelError as exc:
            fail(str(exc), 2)
        if instansi:
            from dataclasses import replace

            report.meta = replace(report.meta, instansi=instansi)
    else:
        if not report_id or not instansi or not instansi.strip():
            fail(
                "laporan kosong perlu --report ID, --instansi NAMA dan --tahun TAHUN "
                "(atau --from LAPORAN untuk laporan tahun berikutnya)",
                2,
            )
        report = empty_report(report_id, instansi, tahun)
    try:
        store.import_report(report)
    except StoreError as exc:
        if exc.code == "exists":
            fail(f"laporan '{report.meta.id}' sudah ada; tidak ditimpa (pilih --report lain)")
        fail(exc.message)
    new_id = clean_line(report.meta.id)
    if source_id is not None:
        measured = sum(1 for n in report.walk() if n.measure is not None)
        without = sum(
            1 for n in report.walk() if n.measure is not None and n.measure.target is None
        )
        sys.stdout.write(
            f"Laporan {new_id} dibuat dari {clean_line(source_id)}: {len(report)} simpul, "
            f"{measured} indikator; target tahun {tahun} dari target Renstra"
            + (f" ({without} indikator tanpa target tahun itu)" if without else "")
            + f". Realisasi {old.meta.tahun} dipindah ke riwayat; laporan lama tidak diubah.\n"
        )
    else:
        sys.stdout.write(
            f"Laporan kosong {new_id} dibuat. Isi lewat TUI (lkj-tui --report {new_id}) "
            f"atau impor: lkj-tui import BERKAS.xlsx --report {new_id} --overwrite\n"
        )
    return 0
