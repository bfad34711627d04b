"""Authoring in the TUI (edit28): the realisasi and target dialogs say what an empty field means
once (in the preview while it is empty, in the hint while it holds a value)."""

from __future__ import annotations

import pytest

from lkj_tui.tui.components.dialogs import ValueDialog
from tests.tui.conftest import SIZE, node_id_by_code, settle


def shown(app, selector: str) -> str:
    widget = app.screen.query_one(selector)
    return str(widget.render()) if widget.display else ""


@pytest.mark.parametrize(
    ("lang", "key", "empty"),
    [
        ("id", "e", "belum dilaporkan"),
        ("en", "e", "not reported"),
        ("id", "t", "belum ditetapkan"),
        ("en", "t", "no target set"),
    ],
)
async def test_an_empty_value_is_explained_once(make_app, lang, key, empty) -> None:
    app = make_app(lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert app.tree.reveal(node_id_by_code(app, "IKU 1"))
        await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        assert isinstance(app.screen, ValueDialog)
        words = ("Kosong", "Empty")[lang == "en"]
        hint = shown(app, ".dialog-hint")
        assert f"{words} =" in hint  # with a value: the hint says what an empty field means
        await pilot.press("ctrl+u")
        await settle(pilot)
        both = shown(app, "#preview") + "\n" + shown(app, ".dialog-hint")
        assert empty in shown(app, "#preview")
        assert both.count(words) == 1, both
        await pilot.press(*"2")
        await settle(pilot)
        assert f"{words} =" in shown(app, ".dialog-hint")
