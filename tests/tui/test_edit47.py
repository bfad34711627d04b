"""edit47: dialogs' words: a question's key bar names its keys as its buttons do."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Button, OptionList

from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import ChoiceDialog, ConfirmDialog, DiscardDialog
from lkj_tui.tui.components.keybar import KeyBar
from lkj_tui.tui.screens import ReportScreen
from tests.tui.conftest import opened, settle, text_of
from tests.tui.test_import_tui import _import, _mine


async def _asked(pilot, *keys: str) -> tuple[str, str, str]:
    """Press ``keys``; the key bar of the ConfirmDialog they opened, and its buttons' words
    (yes, no)."""
    await pilot.press(*keys)
    await settle(pilot)
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ConfirmDialog), f"{keys} opened {screen!r}"
    words = [str(screen.query_one(f"#{b}", Button).label) for b in ("yes", "no")]
    return text_of(screen.query_one(KeyBar)), words[0], words[1]


def _named_as_buttons(bar: str, yes: str, no: str) -> None:
    """``y`` named by the yes button's word, Esc (on the right) by the no button's; ``n``, Esc's
    twin, not listed a second time."""
    assert bar.startswith(f" y {yes} ") and bar.rstrip().endswith(f" esc {no}"), bar
    assert " n " not in bar, bar


@pytest.mark.parametrize(("lang", "size"), [("id", (60, 20)), ("en", (80, 24))])
async def test_a_questions_key_bar_names_its_keys_as_its_buttons(
    make_app, tui_store: Store, tmp_path: Path, lang: str, size: tuple[int, int]
) -> None:
    """The bar under "Buat"/"Hapus"/"Timpa" and "Batal" said "y Ya n Tidak": now "y" says the
    yes button's word and Esc the no button's, for every question (delete a node, an item,
    discard typed text, overwrite a report, make next year's); ``n`` still cancels and ``y``
    still answers yes."""
    path = _mine(tui_store, tmp_path)
    async with opened(make_app, "IKU 1", size, lang=lang) as (app, pilot, _):
        _named_as_buttons(*await _asked(pilot, "d", "enter"))  # the node
        await pilot.press("n")
        await settle(pilot)
        assert not app.screen.is_modal
        _named_as_buttons(*await _asked(pilot, "d", "down", "enter"))  # a permasalahan
        await pilot.press("n")
        await settle(pilot)
        _named_as_buttons(*await _asked(pilot, "s", "enter", *"Teks", "escape"))  # discard
        assert isinstance(app.screen, DiscardDialog)
        await pilot.press("y")
        await settle(pilot)
        assert not app.screen.is_modal
        await _import(pilot, path)
        await _import(pilot, path)  # the same file again: overwrite?
        assert isinstance(app.screen, ConfirmDialog)
        yes, no = (str(app.screen.query_one(f"#{b}", Button).label) for b in ("yes", "no"))
        _named_as_buttons(text_of(app.screen.query_one(KeyBar)), yes, no)
        await pilot.press("n")
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ReportScreen)
        options = app.screen.query_one(OptionList)
        options.highlighted = options.option_count - 1  # "Laporan baru…"
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ChoiceDialog)
        app.screen.query_one(OptionList).highlighted = 0  # next year's report from this one
        _named_as_buttons(*await _asked(pilot, "enter"))
