"""A large report: the tree builds only what is shown, big child lists load in a worker."""

from __future__ import annotations

from lkj_tui.core.model import Measure, Node, Report, ReportMeta, derived_id
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.tree import SYNC_LIMIT
from tests.tui.conftest import SIZE, settle

ROWS = 1200  # indicator rows under one kegiatan: more than SYNC_LIMIT


def large_report(report_id: str = "besar-2023", n_iku: int = 40, n_keg: int = 5) -> Report:
    nodes: list[Node] = []

    def add(kind, name, parent, order, code="", measure=None) -> str:
        node_id = derived_id(report_id, parent or "", order)
        nodes.append(Node(node_id, kind, name, parent, order, code, measure=measure))
        return node_id

    tujuan = add("tujuan", "Tujuan besar", None, 0, "T1")
    sasaran = add("sasaran", "Sasaran besar", tujuan, 0, "S1")
    for i in range(n_iku):
        target = Measure(satuan="%", target="90", realisasi=str(70 + i % 40))
        iku = add("iku", f"IKU nomor {i}", sasaran, i, f"IKU {i + 1}", target)
        for g in range(n_keg if i else 1):
            keg = add("kegiatan", f"Kegiatan {i}-{g}", iku, g)
            for j in range(ROWS if i == 0 else 20):
                real = f"{18 + (i + j) % 10} kali"
                add(
                    "indikator_kegiatan",
                    f"Baris {i}-{g}-{j}",
                    keg,
                    j,
                    measure=Measure(target="24 kali", realisasi=real),
                )
    return Report(ReportMeta(id=report_id, instansi="Dinas Besar", tahun=2023), nodes)


async def test_large_report_is_built_lazily(make_app, tmp_path) -> None:
    report = large_report()
    store = Store(tmp_path / "besar")
    store.import_report(report)
    app = make_app(store=store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(report) > 5000
        assert len(app.tree.nodes_by_id) <= 45  # Tujuan, Sasaran and the IKU: nothing deeper yet
        # a child list above SYNC_LIMIT is built in a worker, then shown
        iku1 = app.tree.nodes_by_id[next(n.id for n in report.walk() if n.code == "IKU 1")]
        app.tree.move_cursor(iku1)
        await pilot.press("l")
        await settle(pilot)
        kegiatan = iku1.children[0]
        app.tree.move_cursor(kegiatan)
        await pilot.press("l")
        await settle(pilot)
        assert len(kegiatan.children) == ROWS > SYNC_LIMIT
        # jump, filter and search stay bounded and work
        await pilot.press("G", "n")
        await settle(pilot)
        assert app.view.evaluation.of(app.tree.current_id()).under_target
        await pilot.press("u")
        await settle(pilot)
        assert app.tree.only is not None and app.tree.last_line < 700
        await pilot.press("slash", *"Baris 39-4-19", "enter")
        await settle(pilot)
        assert app.view.evaluation.report.node(app.tree.current_id()).name == "Baris 39-4-19"
        assert not app.only_under  # the match was outside the filter: the filter was lifted
