"""The detail pane shows what the engine knows beyond one capaian (issue 10): every printed figure
that differs and every conflicting target with its table, a realisasi derived from the triwulan,
the capaian per quarter; and a report's own rating labels work in every pane."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core.model import Report
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.summary import SummaryBar
from tests.tui.conftest import SIZE, node_id_by_code, settle, text_of

CUSTOM = {
    "ratings": [
        {"label": "Baik", "min": "100", "label_en": "Good"},
        {"label": "Cukup", "min": "80"},
        {"label": "Kurang", "min": None},
    ],
    "cap": "120",
}


def _report(scales: dict[str, object] | None = None, **measure: object) -> Report:
    """The bundled report; LPPD's measure changed by ``measure`` (cara hitung, triwulan…)."""
    report = load_bundled_report()
    nodes = []
    for node in report.walk():
        if node.code == "IKU 1" and measure and node.measure is not None:
            node = node.with_changes(measure=replace(node.measure, **measure))
        nodes.append(node)
    return Report(replace(report.meta, scales=scales), nodes)


async def shown(app, pilot, code: str, part: str = "measure") -> str:
    """The detail pane's ``part`` for the node ``code``, on one line."""
    app.go_to(node_id_by_code(app, code))
    await settle(pilot)
    return " ".join(app.detail.part_text(part).split())


async def test_detail_names_the_table_of_every_figure_and_conflict(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        measure = await shown(app, pilot, "IKU 1")
        assert "Laporan mencetak 100 % (Tabel 3.2.1)" in measure
        assert "Target 2023 tercetak lain: 3,30 (Renstra 2023; Tabel 2.2.2 (IKU)) → 86,36 % ▼" in (
            measure
        )
        assert "Minimal 3,226 (Perjanjian Kinerja 2023 (Lampiran I)) → 88,34 % ▼" in measure
        measure = await shown(app, pilot, "IKU 2")
        assert "Laporan mencetak target 2022 C (Tabel 2.2.2 (IKU))" in measure
        assert "Laporan mencetak realisasi AA (narasi 3.2)" in measure


async def test_detail_shows_derived_realisasi_and_quarter_capaian(make_app, tmp_path: Path) -> None:
    store = Store(
        tmp_path / "derived",
        seed=lambda: _report(
            realisasi=None,
            triwulan=("0,8", "0,9", "0,6", None),
            cara_hitung="kumulatif",
        ),
    )
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        measure = await shown(app, pilot, "IKU 1")
        # 0,8 + 0,9 + 0,6 = 2,3 against 3,22: 71,43 %
        assert "2,3 (dari triwulan, kumulatif: 0,8 + 0,9 + 0,6 = 2,3)" in measure
        assert "71,43 %" in measure
        # to date against the year's target: 0,8 / 3,22 = 24,84; 1,7 / 3,22 = 52,80
        assert "Capaian per triwulan: I 24,84 % ▼ · II 52,80 % ▼ · III 71,43 % ▼" in measure
        assert "kumulatif s.d. triwulan terhadap target tahunan" in measure
        explain = await shown(app, pilot, "IKU 1", "explain")
        assert "Realisasi tahunan diturunkan dari triwulan" in explain


async def test_a_quarter_or_field_of_control_characters_only_shows_a_dash(
    make_app, tmp_path: Path
) -> None:
    """A value that cleaning empties (only escapes and control characters) is shown as "—", as an
    empty one is, never as a blank that reads like a missing label."""
    hostile = "\x1b[31m\x07\u202e"
    store = Store(
        tmp_path / "hostile",
        seed=lambda: _report(triwulan=(hostile, "0,9", None, None), satuan=hostile),
    )
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        measure = await shown(app, pilot, "IKU 1")
        assert "I — · II 0,9 · III — · IV —" in measure, measure
        assert "Satuan: —" in measure, measure
        assert "\x07" not in measure and "\x1b" not in measure


async def test_custom_rating_labels_in_every_pane(make_app, tmp_path: Path) -> None:
    store = Store(tmp_path / "custom", seed=lambda: _report(CUSTOM))
    app = make_app(store)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        summary = str(app.query_one(SummaryBar).render())
        assert "Baik 8" in summary and "Cukup 2" in summary and "Kurang 0" in summary
        assert "Baik" in text_of(app.tree)
        measure = await shown(app, pilot, "IKU 2")
        assert "120,00 %" in measure and "Baik" in measure  # 172,90 capped at 120


async def test_custom_rating_labels_in_english(make_app, tmp_path: Path) -> None:
    store = Store(tmp_path / "custom-en", seed=lambda: _report(CUSTOM))
    app = make_app(store, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        summary = str(app.query_one(SummaryBar).render())
        assert "Good 8" in summary and "Cukup 2" in summary  # a band without label_en keeps its own
        assert "Good" in text_of(app.tree)
        measure = await shown(app, pilot, "IKU 2")
        assert "120,00 %" in measure and "Good" in measure


async def test_a_target_elsewhere_reads_as_in_status(make_app, tui_store: Store) -> None:
    """IKL 2's year target as the Perjanjian Kinerja prints it ("89,00 4,00", one cell for two
    indicators): the detail pane said "→ —" where ``status`` said "→ tidak terukur"; then all
    said "tidak terukur" where ``check`` read 89,00 as IKL 2's (92,01 % ▼). The pane, status
    and the export now give check's reading, from one function (core/cell.own_figure), in
    either language."""
    from tests.conftest import run_cli

    said = {
        "id": ("terhadap 89,00: 92,01 % ▼", "capaian"),
        "en": ("against 89,00: 92,01 % ▼", "capaian"),
    }
    # its two figures, each for the indicator the Perjanjian Kinerja names for it (tui21)
    two = {
        "id": "89,00 untuk “Opini Penyelenggaraan Pengawasan Kepatuhan Pelayanan Publik” dan "
        "4,00 untuk “Standar Pelayanan Publik” (Perjanjian Kinerja 2023 (Lampiran I), satu sel) →",
        "en": "89,00 for “Opini Penyelenggaraan Pengawasan Kepatuhan Pelayanan Publik” and 4,00 "
        "for “Standar Pelayanan Publik” (Perjanjian Kinerja 2023 (Lampiran I), one cell) →",
    }
    for lang, (words, capaian) in said.items():
        app = make_app(lang=lang)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            measure = await shown(app, pilot, "IKL 2")
        other = two[lang]
        assert f"{other} {words}" in measure, measure
        status = run_cli("status", "--lang", lang, store=tui_store.root)
        assert f"{other} {words}" in " ".join(status.stdout.split())
        export = run_cli("export", "--lang", lang, store=tui_store.root)
        assert f"{other} {capaian} {words}." in export.stdout


async def test_an_imported_target_is_named_as_the_imported_file(make_app, tmp_path: Path) -> None:
    """A target printed in an imported file (stored table "Impor") was listed "(Impor)" under
    "Target lain" where status and check name it "Berkas impor" ("Imported file")."""
    from lkj_tui.core.i18n import IMPORT_TABLE
    from lkj_tui.core.model import Printed

    store = Store(
        tmp_path / "imported",
        seed=lambda: _report(printed=(Printed(IMPORT_TABLE, "target", "3,40"),)),
    )
    for lang, name in (("id", "Berkas impor"), ("en", "Imported file")):
        app = make_app(store, lang=lang)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            measure = await shown(app, pilot, "IKU 1")
        assert f"3,40 ({name}) →" in measure, measure
        assert "(Impor)" not in measure


def unmeasured_store(tmp_path: Path, *codes: str) -> Store:
    """A store of the bundled report where the IKU of ``codes`` have no realisasi."""
    report = load_bundled_report()
    nodes = [
        node.with_changes(measure=replace(node.measure, realisasi=None, triwulan=(None,) * 4))
        if node.code in codes and node.measure is not None
        else node
        for node in report.walk()
    ]
    return Store(tmp_path / "part", seed=lambda: Report(report.meta, nodes))


async def test_the_summary_says_of_how_many_iku_its_average_is(make_app, tmp_path: Path) -> None:
    """Two IKU without a realisasi: the top bar's average is of 8 of the 10 IKU and says so, as
    ``status`` does (years14); with every IKU measured it reads as before."""
    store = unmeasured_store(tmp_path, "IKU 1", "IKU 2")
    # (in Bahasa Indonesia "(8/10 IKU)" at 120 columns: the totals keep one line, edit21)
    for lang, words in (("id", "(8/10 IKU)"), ("en", "(8 of 10 IKU)")):
        app = make_app(store, lang=lang)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            summary = " ".join(str(app.query_one(SummaryBar).render()).split())
            assert "10 IKU" in summary and words in summary, summary
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        summary = " ".join(str(app.query_one(SummaryBar).render()).split())
        assert "10 IKU" in summary and "dari 10 IKU" not in summary, summary
