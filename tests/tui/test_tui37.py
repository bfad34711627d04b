"""The reviewer in a meeting, continued (tui37): the detail pane's "belum ada permasalahan" flush
with its other lines, and the search results' names given the room of a long kind word."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from tests.tui.conftest import go, settle


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_no_permasalahan_is_said_flush_with_the_pane(make_app, lang: str) -> None:
    """A node with no permasalahan read "     belum ada permasalahan", indented five cells
    under its title as if it were an item. It is said where the pane's other lines begin."""
    empty = {"id": ("belum ada permasalahan", "belum ada solusi"), "en": ("no problem", "no sol")}
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await go(pilot, "T1")
        lines = app.detail.text.split("\n")
        for said in empty[lang]:
            line = next(x for x in lines if said in x)
            title = lines[lines.index(line) - 1]
            assert line.index(said) == len(title) - len(title.lstrip()), lines


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_search_results_give_the_name_the_room_at_80_columns(make_app, lang: str) -> None:
    """`/` at 80×24: the first column took 19 cells ("Key indicator", "Indikator kegiatan")
    and the names wrapped beside it. A short kind word ("IKU", "Ind. keg.", "Act. ind.")
    leaves the name 8 cells more: IKL 1's name and where it is are on one line."""
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"in")
        await settle(pilot)
        results = app.screen.query_one("#results", OptionList)
        shown = [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]
        kinds = {line[:11].strip() for line in shown}
        assert {"IKU", "Ind. keg." if lang == "id" else "Act. ind."} <= kinds, kinds
        assert all(line[10] == " " and line[11] != " " for line in shown), shown
        lines = [results.render_line(y).text.rstrip() for y in range(results.size.height)]
        start = next(line.index("IKU 2 ") for line in lines if "IKU 2 " in line)
        assert start <= 14, lines  # (the box's edge, padding and the 11 cells of the kinds)
        ikl = next(line for line in lines if "IKL 1 " in line)
        assert ikl.rstrip(" ▎").endswith("Kesejahteraan Masyarakat  · S1"), lines


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_at_60x20_the_pane_names_its_esc_and_the_filter_beside_it(
    make_app, lang: str
) -> None:
    """Below 70 columns, with a filter on, Tab then Esc: the first Esc went back to the tree and
    left the filter on, while the bar named only "Tab Pohon". The pane's bar now names Esc for
    what it does there, with the filter's way out beside it; on the tree Esc leaves the filter."""
    from lkj_tui.tui.components.keybar import KeyBar
    from tests.tui.conftest import text_of

    tree_word, all_word = ("Pohon", "Semua") if lang == "id" else ("Tree", "Show all")
    app = make_app(lang=lang)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("u", "tab")
        await settle(pilot)
        bar = text_of(app.query_one(KeyBar))
        assert app.focused is app.detail and app.only_under
        assert bar.startswith(f" esc {tree_word} u {all_word} "), bar
        await pilot.press("escape")
        await settle(pilot)
        assert app.focused is app.tree and app.only_under
        assert f" u {all_word} " in text_of(app.query_one(KeyBar))
        await pilot.press("escape")
        await settle(pilot)
        assert not app.only_under
