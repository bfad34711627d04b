"""Issue 11 in the TUI: duplicate item ids (defect 7), pasted controls in the edit dialogs
(defect 12), and the store in use in the help (defect 17)."""

from __future__ import annotations

from textual import events
from textual.widgets import Input, OptionList, Static, TextArea

from lkj_tui.core.model import Item
from lkj_tui.tui.components.dialogs import ChoiceDialog, ConfirmDialog, TextDialog, ValueDialog
from lkj_tui.tui.screens import HelpScreen
from tests.tui.conftest import SIZE, node_id_by_code, settle, text_of
from tests.tui.test_edits import go, stored

_TWINS = (Item("sama", "pertama"), Item("sama", "kedua"))


async def test_duplicate_item_ids_do_not_crash_p_s_d(make_app, monkeypatch) -> None:
    """Item ids come from the file; two items with one id made OptionList raise DuplicateID on
    p, s and d. Now the choice is by position: the second item is the one edited or deleted."""
    saved = []  # the nodes the dialogs save (the store would refuse the twins' file)
    app = make_app()
    monkeypatch.setattr(app, "save", lambda node, *args, **kwargs: saved.append(node))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        iku1 = await go(pilot, "IKU 1")
        node = app.view.evaluation.report.node(iku1)
        app.view.evaluation.replace(node.with_changes(permasalahan=_TWINS, solusi=_TWINS))
        for key in ("p", "s"):
            await pilot.press(key)
            assert isinstance(app.screen, ChoiceDialog)
            assert app.screen.query_one(OptionList).option_count == 3  # new + the two
            await pilot.press("down", "down", "enter")
            assert isinstance(app.screen, TextDialog)
            area = app.screen.query_one(TextArea)
            assert area.text == "kedua"
            area.load_text("kedua diubah")
            await pilot.press("ctrl+s")
            await settle(pilot)
            kind = "permasalahan" if key == "p" else "solusi"
            assert getattr(saved[-1], kind) == (_TWINS[0], Item("sama", "kedua diubah"))
            app.view.evaluation.replace(node.with_changes(permasalahan=_TWINS, solusi=_TWINS))
        await pilot.press("d")
        assert isinstance(app.screen, ChoiceDialog)
        # the node itself, then the two permasalahan and the two solusi
        assert app.screen.query_one(OptionList).option_count == 5
        await pilot.press("down", "down", "enter")
        assert isinstance(app.screen, ConfirmDialog)
        assert "kedua" in text_of(app.screen)
        await pilot.press("y")
        await settle(pilot)
        assert saved[-1].permasalahan == (_TWINS[0],)  # only the second one went
        assert app.is_running


async def test_pasted_controls_are_cleaned_and_named(make_app, tui_store) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        iku1 = await go(pilot, "IKU 1")
        await pilot.press("e", "ctrl+u")  # the value dialog, emptied
        value = app.screen.query_one(Input)
        assert isinstance(app.screen, ValueDialog)
        value.post_message(events.Paste("2,\x9b31m9\x1b[2J0\u202e"))
        await pilot.pause()
        assert value.value == "2,90"
        note = text_of(app.screen.query_one("#pasted", Static))
        assert "U+009B" in note and "U+001B" in note and "U+202E" in note
        await pilot.press("enter")
        await settle(pilot)
        assert stored(tui_store, iku1).measure.realisasi == "2,90"

        await pilot.press("p", "enter")  # a new permasalahan
        assert isinstance(app.screen, TextDialog)
        area = app.screen.query_one(TextArea)
        area.post_message(events.Paste("Data\x1b]52;c;QQ==\x07 terlambat\x85\x1b[31m!"))
        await pilot.pause()
        assert area.text == "Data terlambat!"
        assert "U+0085" in text_of(app.screen.query_one("#pasted", Static))
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert stored(tui_store, iku1).permasalahan[-1].text == "Data terlambat!"


async def test_help_shows_the_store_in_use(make_app, tui_store) -> None:
    app = make_app(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        shown = text_of(app.screen.query_one("#help-paths", Static))
        assert "Store:" in shown and tui_store.root.name in shown
        assert node_id_by_code(app, "IKU 1")


async def test_the_detail_pane_after_it_is_unmounted(make_app) -> None:
    """The reliability suite's part 8 met, under load, ``KeyError: 'detail--rule'``: the pane
    drawn after Textual unmounted it (which clears its component styles) — by the app's
    follow-the-cursor timer or a reviu result arriving while the app shut down. Neither may
    draw a pane that is gone, and the timer dies with the pane."""
    import asyncio

    from lkj_tui.tui.app import DETAIL_DELAY

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await go(pilot, "IKU 1")
        pane = app.detail
        app._detail_at = 0.0
        app.highlighted()  # shown at once; a second move within DETAIL_DELAY waits on the timer
        app.highlighted()
        assert app.detail_pending
        await pane.remove()
        await asyncio.sleep(DETAIL_DELAY * 4)  # the timer's time passes with the pane gone
        await pilot.pause()
        app.show_detail(force=True)  # a reviu result or a reload after the pane went
        pane.show(None, "x")
        pane.notify_style_update()
        await pilot.pause()
        assert app.is_running
    assert app.return_code in (0, None)
