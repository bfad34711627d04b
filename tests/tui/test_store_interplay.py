"""The TUI and the store: export, switching reports, and another process writing the same report."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from textual import events
from textual.widgets import Input, OptionList

from lkj_tui.bundled import BUNDLED_REPORT_ID, bundled_report_path
from lkj_tui.core.model import Report
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import ValueDialog
from lkj_tui.tui.screens import ReportScreen
from tests.tui.conftest import SIZE, node_id_by_code, settle, until


def second_report(report_id: str = "dinas-contoh-2024") -> Report:
    doc = json.loads(bundled_report_path().read_text(encoding="utf-8"))
    doc["report"].update(id=report_id, tahun=2024, instansi="Dinas Contoh Kabupaten")
    return Report.from_document(doc)


def external_edit(store: Store, node_id: str, realisasi: str) -> int:
    """Another process (a second Store on the same folder) changes one realisasi."""
    other = Store(store.root)
    loaded = other.load(BUNDLED_REPORT_ID)
    node = loaded.report.node(node_id)
    changed = node.with_changes(measure=dataclasses.replace(node.measure, realisasi=realisasi))
    return other.save_node(BUNDLED_REPORT_ID, changed, expected_revision=loaded.revision)


async def edit_while_another_saves(app, pilot, store: Store) -> str:
    """IKU 1's realisasi dialog open (``e``) while another process saves 3,00 there; its id."""
    await settle(pilot)
    iku1 = node_id_by_code(app, "IKU 1")
    app.tree.reveal(iku1)
    await pilot.press("e")
    external_edit(store, iku1, "3,00")
    return iku1


async def test_export_writes_a_new_file_each_time(make_app, tmp_path: Path) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("ctrl+s")  # the export dialog: a new name in the folder by default
        await settle(pilot)
        files = sorted(tmp_path.glob("lkj-*.md"))
        assert len(files) == 1 and files[0].name.startswith(f"lkj-{BUNDLED_REPORT_ID}-")
        text = files[0].read_text(encoding="utf-8")
        assert "Nilai LPPD" in text
        assert any(files[0].name in m for m, _, _ in app.toasts)
        await pilot.press("x")  # never overwrites: a suffix instead
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        second = tmp_path / f"{files[0].stem}-2.md"
        assert sorted(tmp_path.glob("lkj-*.md")) == sorted([files[0], second])
        assert files[0].read_text(encoding="utf-8") == text == second.read_text(encoding="utf-8")
        assert any(second.name in m for m, _, _ in app.toasts)
        assert not list(tmp_path.glob(".*.tmp"))


async def test_switch_report(make_app, tui_store) -> None:
    tui_store.import_report(second_report())
    app = make_app(report_id=BUNDLED_REPORT_ID)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.view.report_id == BUNDLED_REPORT_ID
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ReportScreen)
        options = app.screen.query_one(OptionList)
        assert options.option_count == 3  # two reports, then "Laporan baru…"
        count = app.screen.query_one("#count")  # reports, not rows (it said "3 dari 3")
        assert str(count.render()) == "2 dari 2"
        await pilot.press(*"2024")
        assert str(count.render()) == "1 dari 2" and options.option_count == 2
        await pilot.press(*"xyz")
        assert str(count.render()) == "0 dari 2" and options.option_count == 1
        await pilot.press(*["backspace"] * 7)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(3)]
        assert prompts[-1] == "Laporan baru…"
        assert any("Dinas Contoh Kabupaten" in p for p in prompts)
        target = next(i for i, p in enumerate(prompts) if "Dinas Contoh" in p)
        options.highlighted = target
        await pilot.press("enter")
        await settle(pilot)
        assert app.view.report_id == "dinas-contoh-2024"
        assert "LKj 2024" in str(app.query_one("#summary").render())
        assert app.view.evaluation.report.node(app.tree.current_id()).kind == "tujuan"


async def test_conflict_reloads_and_never_overwrites(make_app, tui_store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        iku1 = node_id_by_code(app, "IKU 1")
        app.tree.reveal(iku1)
        await pilot.press("e")  # the user starts typing…
        assert external_edit(tui_store, iku1, "3,00") == 2  # …while another process saves
        await pilot.press("ctrl+u", *"3,30", "enter")
        await settle(pilot)
        # not overwritten: the other writer's value is in the file and now on screen
        assert (
            Store(tui_store.root).load(BUNDLED_REPORT_ID).report.node(iku1).measure.realisasi
            == "3,00"
        )
        assert app.view.revision == 2
        assert app.view.evaluation.report.node(iku1).measure.realisasi == "3,00"
        warning = next(m for m, sev, _ in app.toasts if sev == "warning")
        assert "proses lain" in warning and "3,30" in warning
        # what the user typed is offered again, on the fresh data
        assert isinstance(app.screen, ValueDialog)
        assert app.screen.query_one(Input).value == "3,30"
        await pilot.press("enter")
        await settle(pilot)
        loaded = Store(tui_store.root).load(BUNDLED_REPORT_ID)
        assert loaded.revision == 3 and loaded.report.node(iku1).measure.realisasi == "3,30"


async def test_conflict_dialog_names_the_value_now_in_the_report(make_app, tui_store) -> None:
    """A colleague's value synced in while the dialog was open: saving again replaces it, so the
    dialog offered again names it, beside what was typed (it said only "check, then save")."""
    for lang, said in (("id", "Realisasi sekarang 3,00"), ("en", "Actual (Realisasi) is now 3,00")):
        store = Store(tui_store.root)
        app = make_app(store=store, lang=lang)
        async with app.run_test(size=SIZE) as pilot:
            iku1 = await edit_while_another_saves(app, pilot, tui_store)
            await pilot.press("ctrl+u", *"3,30", "enter")
            await settle(pilot)
            assert isinstance(app.screen, ValueDialog)
            assert said in str(app.screen.query_one("#error").render())
            assert app.screen.query_one(Input).value == "3,30"
            # the toast that said it (30 s) went when the dialog came back: it covered its words
            assert not [n for n in app._notifications if "3,30" in n.message]
            await pilot.press("escape")
            await settle(pilot)
        external_edit(tui_store, iku1, "2,85")  # (back, for the next language)


async def test_change_seen_when_the_app_regains_focus(make_app, tui_store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        iku1 = node_id_by_code(app, "IKU 1")
        external_edit(tui_store, iku1, "3,22")
        app.post_message(events.AppFocus())
        await settle(pilot)
        assert app.view.revision == 2
        assert not app.view.evaluation.of(iku1).under_target
        assert any("proses lain" in m for m, _, _ in app.toasts)


async def test_change_seen_by_polling(make_app, tui_store) -> None:
    app = make_app()
    app.poll_seconds = 0.1
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        iku1 = node_id_by_code(app, "IKU 1")
        external_edit(tui_store, iku1, "3,22")
        await until(pilot, lambda: app.view.revision == 2, "the poll saw the other process's save")
        await settle(pilot)
        assert app.view.revision == 2


async def test_unknown_report_is_reported_not_fatal(make_app) -> None:
    app = make_app(report_id="tidak-ada")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.view is None and app.is_running
        assert any(sev == "error" and "tidak-ada" in m for m, sev, _ in app.toasts)
        await pilot.press("j", "e", "u", "n", "slash", "x")  # nothing to act on: no crash
        await pilot.press("escape")
        assert app.is_running


async def test_reload_under_an_open_dialog_still_never_overwrites(make_app, tui_store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        iku1 = await edit_while_another_saves(app, pilot, tui_store)
        app.post_message(events.AppFocus())  # the app notices and reloads under the dialog
        await settle(pilot)
        assert app.view.revision == 2
        await pilot.press("ctrl+u", *"3,30", "enter")  # typed against what was on screen before
        await settle(pilot)
        assert (
            Store(tui_store.root).load(BUNDLED_REPORT_ID).report.node(iku1).measure.realisasi
            == "3,00"
        )
        assert isinstance(app.screen, ValueDialog) and app.screen.query_one(Input).value == "3,30"
