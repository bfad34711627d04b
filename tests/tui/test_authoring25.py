"""Authoring in the TUI (edit25): the measure form uses the rows the screen has."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from lkj_tui.tui.components.forms import FormDialog
from tests.tui.conftest import opened, settle

MORE = {
    "id": ("↓ {} isian lagi di bawah", "↑ {} isian di atas"),
    "en": ("↓ {} more fields below", "↑ {} more fields above"),
}


def hidden(form: FormDialog) -> tuple[int, int]:
    """How many of the form's fields lie above and below the rows on screen, by where each
    field's row is drawn (not by the form's own count)."""
    shown = form.query_one("#fields").region
    rows = list(form.query_one("#fields").children)
    whole = [bool(r.region.height) and shown.contains_region(r.region) for r in rows]
    assert any(whole), "no field on screen"
    first = whole.index(True)
    last = len(whole) - 1 - whole[::-1].index(True)
    return first, len(rows) - 1 - last


def room(app) -> int:  # type: ignore[no-untyped-def]
    """The screen's rows above the dialog's key bar."""
    return app.screen.size.height - 1


async def measure_form(pilot) -> FormDialog:  # type: ignore[no-untyped-def]
    await pilot.press("m")
    await settle(pilot)
    await pilot.pause()
    form = pilot.app.screen
    assert isinstance(form, FormDialog)
    return form


def said(form: FormDialog, lang: str) -> str:
    """The line under the fields: what it says ("" while hidden), checked against the rows."""
    more = form.query_one("#fields-more", Static)
    above, below = hidden(form)
    if not (above or below):
        assert not more.display, str(more.render())
        return ""
    text = str(more.render())
    down, up = MORE[lang]
    assert (down.format(below) in text) == bool(below), (text, above, below)
    assert (up.format(above) in text) == bool(above), (text, above, below)
    return text


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_measure_form_shows_every_field_where_the_screen_has_the_rows(
    make_app, tui_store, lang, size
) -> None:
    """At 80×24 the measure form showed 10 of its 15 fields (its fields had 45 % of the
    screen's height) and said "↓ 5 isian lagi di bawah" while 5 rows of the screen stayed
    empty. Now the fields take the rows the screen has: all 15 on screen, and no line."""
    async with opened(make_app, "IKU 1", size, lang=lang) as (app, pilot, _):
        form = await measure_form(pilot)
        assert len(form.fields) == 15
        assert hidden(form) == (0, 0)
        assert said(form, lang) == ""
        assert form.query_one(".dialog").region.bottom <= room(app)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_form_too_tall_for_the_screen_fills_it_and_counts_what_is_hidden(
    make_app, tui_store, lang
) -> None:
    """Where the fields do not all fit (80×18; at 80×24 when a value's notes take rows under
    them), the dialog takes the screen's rows, the line counts the fields really hidden, and
    the dialog is never taller than the screen."""
    async with opened(make_app, "IKU 1", (80, 18), lang=lang) as (app, pilot, _):
        form = await measure_form(pilot)
        box = form.query_one(".dialog").region
        assert box.bottom == room(app), (box, room(app))  # no row of the screen left empty
        assert hidden(form)[1] and said(form, lang)
    async with opened(make_app, "IKU 1", (80, 24), lang=lang) as (app, pilot, _):
        form = await measure_form(pilot)
        for _ in range(9):  # to Realisasi 2021
            await pilot.press("down")
        await pilot.press(*"1.234x")  # two doubts: two more lines under the fields
        await settle(pilot)
        await pilot.pause()
        assert form.query_one("#warnings").display
        assert form.query_one(".dialog").region.bottom == room(app)
        assert sum(hidden(form)) and said(form, lang)
        assert form.focused is form.query_one("#f-realisasi_2021")
        assert form.query_one("#fields").region.contains_region(form.focused.region)
