"""Edits through the TUI: realisasi (valid and invalid), permasalahan, solusi, deletion, failed saves."""

from __future__ import annotations

from decimal import Decimal

from textual.widgets import Input, OptionList, TextArea

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import ChoiceDialog, ConfirmDialog, TextDialog, ValueDialog
from tests.tui.conftest import SIZE, go, settle, until


async def type_value(pilot, text: str) -> None:
    await pilot.press("ctrl+u", *text, "enter")
    await settle(pilot)


async def laid_out(pilot, box, error) -> None:  # type: ignore[no-untyped-def]
    """Wait until the dialog has made room for its last lines (after two refreshes: the error
    shown, then the hint hidden; a fixed 0.1 s pause was too short under load)."""
    await until(
        pilot,
        lambda: (
            box.content_region.contains_region(error.region)
            and not getattr(pilot.app.screen, "_layout_required", False)
        ),
        "the dialog's room for its error",
    )


def stored(store: Store, node_id: str):
    return Store(store.root).load(BUNDLED_REPORT_ID).report.node(node_id)


def label(app, node_id: str) -> str:
    tree = app.tree
    return tree.render_label(tree.nodes_by_id[node_id], tree.rich_style, tree.rich_style).plain


async def test_edit_realisasi_updates_everything(make_app, tui_store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        iku1 = await go(pilot, "IKU 1")
        ev = app.view.evaluation
        s1, t1 = (a.id for a in ev.report.ancestors(iku1))
        before = (ev.of(s1).under_below, ev.of(t1).under_below, ev.summary().under_target)
        assert ev.of(iku1).under_target and "88,51 %" in label(app, iku1)
        await pilot.press("e")
        assert isinstance(app.screen, ValueDialog)
        assert app.screen.query_one(Input).value == "2,85"
        await type_value(pilot, "3,30")
        assert not isinstance(app.screen, ValueDialog)
        ev = app.view.evaluation
        ach = ev.of(iku1).achievement
        assert ach.rounded == Decimal("102.48") and ach.rating == "Sangat Tinggi"
        assert not ev.of(iku1).under_target
        after = (ev.of(s1).under_below, ev.of(t1).under_below, ev.summary().under_target)
        assert after == (before[0] - 1, before[1] - 1, before[2] - 1)
        assert "102,48 %" in label(app, iku1) and "▼" not in label(app, iku1).split("%")[-1]
        # (the count's word gives way before S1's name is cut: "▼7", tui19)
        assert f"▼{after[0]}" in label(app, s1).split()
        assert "102,48 %" in app.detail.part_text("measure")
        summary = " ".join(str(app.query_one("#summary").render()).split())  # (no-break spaces)
        assert f"▼ {after[2]} IKU di bawah target" in summary
        node = stored(tui_store, iku1)
        assert node.measure.realisasi == "3,30"
        assert Store(tui_store.root).revision(BUNDLED_REPORT_ID) == 2 == app.view.revision
        assert any("Tersimpan" in m for m, _, _ in app.toasts)


async def test_invalid_realisasi_shows_why_and_changes_nothing(make_app, tui_store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        iku1 = await go(pilot, "IKU 1")
        await pilot.press("e")
        await type_value(pilot, "2..5")
        assert isinstance(app.screen, ValueDialog)
        error = str(app.screen.query_one("#error").render())
        assert "tidak dapat dibaca" in error and app.screen.query_one("#error").display
        await type_value(pilot, "abc")  # parses as text, but no capaian can come of it
        assert isinstance(app.screen, ValueDialog)
        assert "tidak dapat dihitung" in str(app.screen.query_one("#error").render())
        await pilot.press("escape")
        await settle(pilot)
        assert app.view.evaluation.of(iku1).achievement.rounded == Decimal("88.51")
        assert stored(tui_store, iku1).measure.realisasi == "2,85"
        assert Store(tui_store.root).revision(BUNDLED_REPORT_ID) == 1


async def test_the_second_enter_is_asked_for_within_a_screen_the_dialog_overruns(
    make_app, tui_store
) -> None:
    """A target the engine doubts ("3 ± 1" with polaritas positif) needs a second Enter; the
    dialog said so on its last line, which at 80×24 was below the screen's edge: Enter seemed to
    do nothing. The hint under the input now gives the error its place where the dialog is cut
    (80×19: at 80×24 it fits since its blank rows went, tui47, at 80×20 since the one under its
    title went, tui55); where it fits the hint stays."""
    for size, hint_kept in (((80, 19), False), (SIZE, True)):
        app = make_app()
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await go(pilot, "IKU 1")
            await pilot.press("t")
            await settle(pilot)  # (tui14: the dialog on screen, not only asked for)
            dialog = app.screen
            assert isinstance(dialog, ValueDialog)
            dialog.query_one(Input).value = "3 ± 1"  # "±" is no key the pilot can press
            await pilot.press("enter")
            await settle(pilot)
            error, box = dialog.query_one("#error"), dialog.query_one(".dialog")
            await laid_out(pilot, box, error)
            assert "Enter lagi" in str(error.render())
            assert box.content_region.contains_region(error.region), (error.region, box.region)
            assert dialog.query_one(".dialog-hint").display is hint_kept
            await pilot.press("enter")
            await settle(pilot)
            assert not isinstance(app.screen, ValueDialog)


async def test_the_whole_error_is_read_in_english_at_80x20(make_app, tui_store) -> None:
    """In English at 80×24 the error wraps to two lines under the engine's two-line note, and it
    fell wholly below the dialog's edge: a line clipped out of the box has no region on screen,
    so it was measured as nothing and the hint kept its place ("…or change the" / "value." cut).
    The target is typed key by key, as a user does: each key redraws the preview. (At 80×20:
    at 80×24 the dialog fits whole since its blank rows went, tui47.)"""
    app = make_app(lang="en")
    async with app.run_test(size=(80, 20)) as pilot:
        await settle(pilot)
        await go(pilot, "IKU 1")
        await pilot.press("t")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ValueDialog)
        await pilot.press("ctrl+u", "3", "space")
        dialog.query_one(Input).insert_text_at_cursor("±")  # no key the pilot can press
        await pilot.press("space", "1", "enter")
        await settle(pilot)
        error, box = dialog.query_one("#error"), dialog.query_one(".dialog")
        await laid_out(pilot, box, error)
        assert str(error.render()).endswith("or change the value.")
        assert error.size.height == 2 and error.region.height == 2, error.region
        assert box.content_region.contains_region(error.region), (error.region, box.region)
        assert dialog.query_one(".dialog-hint").display is False


async def test_what_a_paste_lost_is_said_within_a_screen_the_dialog_overruns(
    make_app, tui_store
) -> None:
    """A permasalahan's dialog at 80×24 was cut below its buttons, where it says what cleaning
    took out of pasted text: the note was never seen. The text area now gives the note its rows
    (3 kept; at 80×19 now: at 80×24 the dialog fits whole since its blank rows went, tui47, at
    80×20 since the one under its title went, tui55); at 120×40 it keeps its 10."""
    from textual import events

    for size, rows in (((80, 19), 9), (SIZE, 10)):
        app = make_app()
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await go(pilot, "IKU 1")
            await pilot.press("p", "enter")  # a new permasalahan
            dialog = app.screen
            assert isinstance(dialog, TextDialog)
            area = dialog.query_one(TextArea)
            area.post_message(events.Paste("Data\x1b[31m terlambat\u202e"))
            note, box = dialog.query_one("#pasted"), dialog.query_one(".dialog")
            await until(pilot, lambda n=note: "U+202E" in str(n.render()), "the paste's note")
            await laid_out(pilot, box, note)
            assert box.content_region.contains_region(note.region), (note.region, box.region)
            assert area.outer_size.height == rows, area.outer_size


async def test_edit_on_a_parent_is_refused(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("e")  # the cursor is on the Tujuan
        assert not isinstance(app.screen, ValueDialog)
        assert any("tidak punya target" in m for m, _, _ in app.toasts)


async def test_add_and_edit_permasalahan(make_app, tui_store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        iku1 = await go(pilot, "IKU 1")
        old = app.view.evaluation.report.node(iku1).permasalahan
        await pilot.press("p")
        assert isinstance(app.screen, ChoiceDialog)
        await pilot.press("enter")  # "+ Tambah baru" is first
        assert isinstance(app.screen, TextDialog)
        await pilot.press(*"Data LPPD terlambat", "ctrl+s")
        await settle(pilot)
        items = stored(tui_store, iku1).permasalahan
        assert [i.text for i in items] == [*(i.text for i in old), "Data LPPD terlambat"]
        assert "Data LPPD terlambat" in app.detail.part_text("problems")
        # edit the first one: same id, new text
        await pilot.press("p", "down", "enter")
        assert isinstance(app.screen, TextDialog)
        area = app.screen.query_one(TextArea)
        assert area.text == old[0].text
        area.load_text("Skor LPPD berubah")
        await pilot.press("ctrl+s")
        await settle(pilot)
        items = stored(tui_store, iku1).permasalahan
        assert items[0].id == old[0].id and items[0].text == "Skor LPPD berubah"
        assert len(items) == len(old) + 1


async def test_add_solusi_and_refuse_empty(make_app, tui_store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        iku3 = await go(pilot, "IKU 5")
        assert not app.view.evaluation.report.node(iku3).solusi
        await pilot.press("s")  # nothing yet: straight to a new entry
        assert isinstance(app.screen, TextDialog)
        await pilot.press("ctrl+s")
        assert isinstance(app.screen, TextDialog)
        assert "tidak boleh kosong" in str(app.screen.query_one("#error").render())
        await pilot.press(*"Koordinasi TPID", "ctrl+s")
        await settle(pilot)
        assert [i.text for i in stored(tui_store, iku3).solusi] == ["Koordinasi TPID"]


async def test_delete_asks_first(make_app, tui_store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        iku1 = await go(pilot, "IKU 1")
        node = app.view.evaluation.report.node(iku1)
        assert node.permasalahan and node.solusi
        await pilot.press("d")
        assert isinstance(app.screen, ChoiceDialog)
        # the node itself (with its subtree) first, then every permasalahan and solusi
        assert app.screen.query_one(OptionList).option_count == 1 + len(node.permasalahan) + len(
            node.solusi
        )
        await pilot.press("down", "enter")
        assert isinstance(app.screen, ConfirmDialog)
        await pilot.press("n")
        await settle(pilot)
        assert stored(tui_store, iku1).permasalahan == node.permasalahan
        await pilot.press("d", "down", "enter", "y")
        await settle(pilot)
        assert stored(tui_store, iku1).permasalahan == node.permasalahan[1:]
        assert app.view.evaluation.report.node(iku1).permasalahan == node.permasalahan[1:]
        # named with its node (edit18: "Dihapus: Permasalahan 1" said not whose), as its undo
        # names it (edit23)
        said = "Tersimpan: IKU 1 · hapus Permasalahan 1"
        assert any(m.startswith(said) for m, _, _ in app.toasts), app.toasts


async def test_failed_save_keeps_what_was_typed(make_app, tui_store, monkeypatch) -> None:
    def disk_full(*args: object, **kwargs: object) -> int:
        raise StoreError(tui_store.root, "disk-full", "gagal menyimpan: disk penuh", "disk full")

    app = make_app()
    monkeypatch.setattr(tui_store, "apply", disk_full)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        iku1 = await go(pilot, "IKU 1")
        await pilot.press("e")
        await type_value(pilot, "3,30")
        assert isinstance(app.screen, ValueDialog)  # back, with the text and the reason
        assert app.screen.query_one(Input).value == "3,30"
        assert "disk penuh" in str(app.screen.query_one("#error").render())
        assert any(sev == "error" and "disk penuh" in m for m, sev, _ in app.toasts)
        assert app.view.evaluation.of(iku1).achievement.rounded == Decimal("88.51")
        assert app.view.revision == 1
        await pilot.press("escape")
        # a problem text survives the same way
        await pilot.press("s", "enter")
        await pilot.press(*"Teks penting", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TextDialog)
        assert app.screen.query_one(TextArea).text == "Teks penting"
        assert all(markup is False for _, _, markup in app.toasts)
