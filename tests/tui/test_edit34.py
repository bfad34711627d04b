"""edit34: the planner authoring in the TUI: the forms' fields are drawn where they are, Tab in a
burst of keys moves on before the keys behind it, and Esc never discards what was typed."""

from __future__ import annotations

import pytest
from rich.style import Style
from textual.widgets import Input

from tests.tui.conftest import go, settle
from tests.tui.test_typing import burst


def _distance(a: Style, b: Style) -> float:
    """How far apart two cells' backgrounds are (0: the same colour)."""
    assert a.bgcolor is not None and b.bgcolor is not None
    one, two = a.bgcolor.get_truecolor(), b.bgcolor.get_truecolor()
    return sum((x - y) ** 2 for x, y in zip(one, two, strict=True)) ** 0.5


def _drawn(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The screen's lines as drawn (the dialog over the dimmed report)."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


@pytest.mark.parametrize(
    ("size", "lang", "theme"),
    [
        ((80, 24), "en", "textual-dark"),
        ((120, 40), "id", "textual-dark"),
        ((80, 24), "id", "textual-light"),
    ],
)
async def test_the_add_forms_fields_are_drawn_and_tab_moves_before_the_keys_behind_it(
    make_app, size, lang, theme
) -> None:
    """`a` on IKU 1, Program: the form showed "Name" and "Code" with nothing beside them: the
    focused field's background was the dialog's own, lightened by 4 % ($boost), so an empty
    field could not be seen, and the focused row's label was never lit (a `:focus-within` rule
    on a descendant only: Textual restyles the row's children only for a rule on the row).
    And Tab "P 1" typed fast (tmux, a paste) put "P 1" in Name: the app's Tab binding ran after
    the keys behind it had gone into the field. Now each field stands out from the dialog, the
    focused one from the others, its label lit, and Tab moves at once."""
    app = make_app(lang=lang)
    app.theme = theme
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await go(pilot, "IKU 1")
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("enter")  # the first kind: Program
        await settle(pilot)
        screen = app.screen
        name, code = screen.query_one("#f-name", Input), screen.query_one("#f-code", Input)
        assert name.has_focus
        box = screen.query_one(".dialog").region
        panel = screen.get_style_at(box.x + 2, box.y + 1)

        def cell(field: Input) -> Style:
            return screen.get_style_at(field.region.x + 2, field.region.y)

        assert _distance(cell(name), panel) > 40, (cell(name), panel)  # the focused field
        # the others: $background, in the light theme the colour nearest the dialog's (they were
        # 14 apart from it there, 32 in the dark theme; the focused field 13)
        assert _distance(cell(code), panel) > 25, (cell(code), panel)
        assert _distance(cell(name), cell(code)) > 40
        label = next(iter(screen.query(".form-label")))
        lit = screen.get_style_at(label.region.x, label.region.y)
        assert lit.bold, lit

        burst(app, *"Tata Kelola", "tab", *"P 1")
        await settle(pilot)
        assert (name.value, code.value) == ("Tata Kelola", "P 1")
        assert code.has_focus
        lines = _drawn(app)
        assert "Tata Kelola" in lines[name.region.y] and "P 1" in lines[code.region.y], lines
        burst(app, "tab", "X")  # from the last field, Tab goes on to the first
        await settle(pilot)
        assert name.has_focus and name.value == "X"
        burst(app, "shift+tab", "shift+tab", "Q")
        await settle(pilot)
        assert (name.value, code.value) == ("Q", "P 1")
