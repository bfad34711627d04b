"""vals32: the TUI's edit form doubts a realisasi ten times its target, in ``set``'s and
``check``'s words (one rule, ``magnitude-apart``), and asks a second Enter for it."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from lkj_tui.tui.components.dialogs import ValueDialog
from tests.tui.conftest import go, settle, text_of

_SAID = {
    "id": "Realisasi 1.234,5 sekitar 383 kali target 3,22",
    "en": "Realisasi 1.234,5 is about 383 times target 3,22",
}


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_edit_form_doubts_a_realisasi_ten_times_its_target(
    make_app, tui_store, lang: str
) -> None:
    """At 80×24, `e` on IKU 1 (target 3,22) and "1.234,5": the form showed 38.338,51 % and
    saved on the first Enter. It now shows the doubt and saves on the second."""
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await go(pilot, "IKU 1")
        await pilot.press("e")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ValueDialog)
        await pilot.press("ctrl+u", *"1.234,5")
        await settle(pilot)
        warned = dialog.query_one("#warnings")
        assert warned.display and _SAID[lang] in " ".join(text_of(warned).split())
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is dialog  # (a second Enter asked for)
        assert dialog.query_one(Input).value == "1.234,5"
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, ValueDialog)
        iku = app.view.report.node(app.tree.cursor_node.data).measure  # type: ignore[union-attr]
        assert iku.realisasi == "1.234,5"
