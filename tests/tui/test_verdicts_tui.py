"""The TUI names a verdict without a capaian % where it names a capaian (num12): the Renstra
capaian and a printed figure's "hitungan lkj-tui" said "—" for a negative realisasi."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core.model import Report
from lkj_tui.storage.store import Store
from tests.tui.conftest import SIZE, node_id_by_code, settle


async def test_the_tui_gives_the_verdict_of_the_renstra_capaian(make_app, tmp_path: Path) -> None:
    report = load_bundled_report()
    nodes = [
        n.with_changes(measure=replace(n.measure, realisasi="-5"))
        if n.code == "IKU 4" and n.measure is not None
        else n
        for n in report.walk()
    ]
    app = make_app(Store(tmp_path / "v", seed=lambda: Report(report.meta, nodes)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.go_to(node_id_by_code(app, "IKU 4"))
        await settle(pilot)
        measure = " ".join(app.detail.part_text("measure").split())
        assert "Capaian thd target Renstra: n/a (tidak tercapai)" in measure
        said = "Laporan mencetak capaian Renstra 105 % (Tabel 3.2); hitungan lkj-tui n/a"
        assert f"{said} (tidak tercapai)" in measure
