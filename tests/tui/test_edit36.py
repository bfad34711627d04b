"""edit36: the planner authoring, continued — a form's focused row is lit in the light theme
as in the dark one (``$boost`` is all but transparent in textual-light: only the label turned
bold)."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from tests.tui.conftest import settle
from tests.tui.test_edit34 import _distance


@pytest.mark.parametrize(
    ("size", "lang", "theme"),
    [((80, 24), "id", "textual-light"), ((120, 40), "en", "textual-dark")],
)
async def test_a_forms_focused_row_is_lit_in_either_theme(make_app, size, lang, theme) -> None:
    """`E`: the focused row's label cells stand apart from the dialog, and from an unfocused
    row's, as far in the light theme as in the dark."""
    app = make_app(lang=lang)
    app.theme = theme
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        form = app.screen
        tahun, instansi = form.query_one("#f-tahun", Input), form.query_one("#f-instansi", Input)
        tahun.focus()
        await settle(pilot)
        lit = form.get_style_at(tahun.region.x - 3, tahun.region.y)  # the label's row, past it
        plain = form.get_style_at(instansi.region.x - 3, instansi.region.y)
        assert _distance(lit, plain) > 12, (lit, plain)
