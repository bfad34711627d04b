"""The edit dialog as a fast typist meets it: keys typed before the dialog opened, bursts of keys,
the live preview of the capaian, the engine's doubts and the confirmation they need."""

from __future__ import annotations

from decimal import Decimal

from textual import events
from textual.widgets import Input

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import ValueDialog
from lkj_tui.tui.screens import SearchScreen
from tests.tui.conftest import SIZE, node_id_by_code, settle, until

KEYS = {",": "comma", ".": "full_stop", " ": "space", "\r": "enter"}


def burst(app, *keys: str) -> None:
    """Keys arriving together, as from a paste through tmux or typed while the app was busy: all
    sent before the app handles the first (Pilot.press would wait for the app between keys)."""
    for key in keys:
        if len(key) == 1:
            app._driver.send_message(events.Key(KEYS.get(key, key), key))
        else:
            app._driver.send_message(events.Key(key, "\r" if key == "enter" else None))


def stored(store: Store, node_id: str) -> str | None:
    return Store(store.root).load(BUNDLED_REPORT_ID).report.node(node_id).measure.realisasi


async def on_iku1(pilot) -> str:
    await settle(pilot)
    node_id = node_id_by_code(pilot.app, "IKU 1")
    assert pilot.app.tree.reveal(node_id)
    await settle(pilot)
    return node_id


def text(app, widget_id: str) -> str:
    widget = app.screen.query_one(widget_id)
    return str(widget.render()) if widget.display else ""


async def test_keys_typed_while_the_dialog_opens_go_into_it(make_app, tui_store) -> None:
    """`e`, ctrl+u, 3,30, Enter in one burst: once lost the characters and saved an empty value."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        iku1 = await on_iku1(pilot)
        burst(app, "e", "ctrl+u", *"3,30", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, ValueDialog)
        assert stored(tui_store, iku1) == "3,30"
        assert app.view.evaluation.of(iku1).achievement.rounded == Decimal("102.48")


async def test_editing_keys_act_in_typing_order(make_app, tui_store) -> None:
    """In an open dialog a burst of ctrl+u then characters must not delete what follows it."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        iku1 = await on_iku1(pilot)
        await pilot.press("e")
        assert isinstance(app.screen, ValueDialog)
        burst(app, "ctrl+u", *"3,1", "backspace", "3", "enter")
        await settle(pilot)
        assert stored(tui_store, iku1) == "3,3"


async def test_search_typed_right_after_slash(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, "slash", *"lppd")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one(Input).value == "lppd"
        await pilot.press("enter")
        await settle(pilot)
        assert app.tree.current_id() == node_id_by_code(app, "IKU 1")


async def test_preview_and_a_doubtful_unit_needs_a_second_enter(make_app, tui_store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        iku1 = await on_iku1(pilot)
        await pilot.press("e")
        dialog = app.screen
        assert "Capaian: 88,51 %" in text(app, "#preview")  # the current value, as it opens
        await pilot.press("ctrl+u", *"3,30")
        assert "Capaian: 102,48 %" in text(app, "#preview") and "Sangat Tinggi" in text(
            app, "#preview"
        )
        assert not text(app, "#warnings")
        await pilot.press("ctrl+u", *"2,8x")  # a unit the target does not have
        assert "86,96 %" in text(app, "#preview")
        assert "satuan “x” hanya tertulis pada satu sisi" in text(app, "#warnings")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is dialog  # not saved yet: the notes are pointed out
        assert "Tekan Enter lagi" in text(app, "#error")
        assert stored(tui_store, iku1) == "2,85"
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, ValueDialog)
        assert stored(tui_store, iku1) == "2,8x"


async def test_rounding_alone_needs_no_confirmation(make_app, tui_store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        iku1 = await on_iku1(pilot)
        await pilot.press("e", "ctrl+u", *"2,9", "enter")  # 90,0621… → 90,06: a rounding note
        await settle(pilot)
        assert not isinstance(app.screen, ValueDialog)
        assert stored(tui_store, iku1) == "2,9"


async def test_unreadable_value_is_explained_as_typed_and_refused(make_app, tui_store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        iku1 = await on_iku1(pilot)
        await pilot.press("e", "ctrl+u", *"2..5")
        assert "tidak dapat dibaca" in text(app, "#preview")  # quietly, while typing
        assert not text(app, "#error")
        await pilot.press("enter")
        await pilot.press("enter")  # a second Enter does not save it either
        await settle(pilot)
        assert isinstance(app.screen, ValueDialog)
        assert "tidak dapat dibaca" in text(app, "#error")
        assert stored(tui_store, iku1) == "2,85"


async def test_clearing_a_realisasi_asks_first(make_app, tui_store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        iku1 = await on_iku1(pilot)
        await pilot.press("e", "ctrl+u")
        assert "belum dilaporkan" in text(app, "#preview")
        assert "Realisasi 2,85 akan dihapus" in text(app, "#warnings")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ValueDialog) and stored(tui_store, iku1) == "2,85"
        await pilot.press("enter")
        await settle(pilot)
        assert stored(tui_store, iku1) is None
        assert app.view.evaluation.of(iku1).achievement.reason_code == "realisasi_missing"


async def test_english_preview(make_app) -> None:
    app = make_app(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await on_iku1(pilot)
        await pilot.press("e", "ctrl+u", *"2,8x")
        assert "unit “x” is written on one side only" in text(app, "#warnings")
        await pilot.press("enter")
        assert "Press Enter again" in text(app, "#error")


async def test_keys_after_quit_open_nothing(make_app) -> None:
    """q then more keys in one burst (tmux typing "question_mark"): once opened a dialog while the
    app was closing, which crashed it."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        burst(app, *"quest")
        # (the keys after q come to an app closing, as they may arrive later: they open nothing)
        await until(pilot, lambda: app.exiting, "q handled")
    assert app.return_code == 0
