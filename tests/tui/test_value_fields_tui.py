"""The TUI's forms take what ``set`` and the import take (vals13): a 600-character quarter target,
a target typed as a paragraph, an anggaran in words are refused with why; nothing is saved."""

from __future__ import annotations

from textual.widgets import Input

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import ValueDialog
from lkj_tui.tui.components.forms import FormDialog
from tests.tui.conftest import opened, settle

LONG = "Target triwulan kedua " + "dicapai dengan koordinasi lintas OPD " * 16


def disk(store: Store):
    return Store(store.root).load(BUNDLED_REPORT_ID).report


async def _open(pilot, key: str, kind: type):
    await pilot.press(key)
    await settle(pilot)
    assert isinstance(pilot.app.screen, kind)
    return pilot.app.screen


async def _saved_with(pilot, form, key: str, text: str) -> str:
    """``text`` put in the form's field ``key``, then ctrl+s: the form's error line."""
    field = form.query_one(f"#f-{key}", Input)
    field.focus()
    field.value = text
    await pilot.pause()
    await pilot.press("ctrl+s")
    await settle(pilot)
    assert isinstance(pilot.app.screen, FormDialog)  # refused: back with the values and why
    return str(pilot.app.screen.query_one("#error").render())


async def test_quarter_form_refuses_a_paragraph_as_a_target(make_app, tui_store) -> None:
    async with opened(make_app, "IKU 1") as (_app, pilot, iku1):
        before = disk(tui_store).node(iku1)
        form = await _open(pilot, "w", FormDialog)
        error = await _saved_with(pilot, form, "target_tw2", LONG)
        assert "Target triwulan II" in error and "terlalu panjang untuk sebuah nilai" in error
        assert disk(tui_store).node(iku1) == before


async def test_measure_form_refuses_an_anggaran_in_words(make_app, tui_store) -> None:
    async with opened(make_app, "IKU 1") as (_app, pilot, iku1):
        before = disk(tui_store).node(iku1)
        form = await _open(pilot, "m", FormDialog)
        error = await _saved_with(pilot, form, "anggaran", "satu miliar")
        assert "anggaran adalah jumlah Rupiah" in error
        assert disk(tui_store).node(iku1) == before


async def test_target_dialog_refuses_a_paragraph(make_app, tui_store) -> None:
    async with opened(make_app, "IKU 1") as (app, pilot, iku1):
        before = disk(tui_store).node(iku1)
        dialog = await _open(pilot, "t", ValueDialog)
        dialog.query_one(Input).value = LONG
        await pilot.pause()
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ValueDialog)
        assert "terlalu panjang untuk sebuah nilai" in str(app.screen.query_one("#error").render())
        assert disk(tui_store).node(iku1) == before
