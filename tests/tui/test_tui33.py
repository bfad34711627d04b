"""The reviewer in a meeting at 60×20, 80×24 and 120×40 (tui33): the search's box as tall as its
results, the detail pane giving way at narrow widths, a path in a toast's sentence kept whole."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from lkj_tui.tui.components.detail import DetailPane
from lkj_tui.tui.components.keybar import KeyBar
from lkj_tui.tui.text import paths_apart
from tests.tui.conftest import opened, settle, text_of


async def _search(pilot, text: str) -> tuple[OptionList, object]:
    await pilot.press("slash", *text)
    await settle(pilot)
    await pilot.pause()
    return pilot.app.screen.query_one("#results", OptionList), pilot.app.screen.query_one(".dialog")


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
async def test_a_search_with_few_results_has_a_box_as_tall_as_them(make_app, size) -> None:
    """`/` "Opini" (2 results in the bundled report) opened a box of the screen's height, the
    rows under its results empty; the list now takes the rows of its results."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        results, box = await _search(pilot, "Opini")
        assert results.option_count == 2
        # its rows (a result wraps at 60 columns) and its border, no more
        assert results.outer_size.height == results.virtual_size.height + 2 <= 6
        assert box.region.bottom < size[1] - 4, box.region


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
async def test_a_long_search_list_keeps_to_the_screen_and_scrolls(make_app, size) -> None:
    """Many results: the list stops at the screen's bottom (above the key bar) and scrolls
    to its last result."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        results, box = await _search(pilot, "kegiatan")
        assert results.option_count > 20
        assert box.region.bottom == size[1] - 1  # (the key bar's row under it)
        assert results.region.bottom <= box.region.bottom - 1
        assert results.max_scroll_y > 0
        await pilot.press("down", "end")
        await pilot.pause()
        assert results.highlighted == results.option_count - 1
        assert results.scroll_y == results.max_scroll_y > 0
        await pilot.resize_terminal(size[0], size[1] + 6)  # (taller: the list takes the rows)
        await pilot.pause()
        await pilot.pause()
        assert box.region.bottom == size[1] + 6 - 1


def test_a_windows_path_in_a_toast_breaks_at_its_backslashes() -> None:
    path = r"C:\Users\inspektorat\Documents\Rapat Reviu\lkj-store-folder\stray.json:"
    text = f"1 berkas tidak terbaca dilewati. {path.replace('Rapat Reviu', 'RapatReviu')} rusak"
    lines = paths_apart(text, 80).split("\n")
    assert lines[0] == "1 berkas tidak terbaca dilewati.", lines
    assert lines[-1] == "stray.json: rusak", lines
    assert all(line.endswith("\\") for line in lines[1:-1]), lines
    assert paths_apart("Tersimpan: IKU 1 · Target: 3,22", 80) == "Tersimpan: IKU 1 · Target: 3,22"


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_at_60x20_the_pane_gives_way_and_tab_shows_it_in_the_trees_place(
    make_app, lang: str
) -> None:
    """At 60×20 the tree cut an IKU's name to a word beside a pane 16 cells wide that read a
    word a line. Below 70 columns the tree has the whole width; Tab shows the selected node's
    detail there, at the whole width, and Tab again the tree; the key bar names Tab."""
    async with opened(make_app, "IKU 1", (60, 20), lang=lang) as (app, pilot, _):
        tree, pane = app.query_one("#tree"), app.query_one(DetailPane)
        bar = text_of(app.query_one(KeyBar))
        assert tree.outer_size.width == 60 and not pane.display
        assert "IKU 1 Nilai LPPD" in text_of(tree)
        assert bar.startswith(" Tab Rinci u " if lang == "id" else " Tab Detail u "), bar
        assert (" n Berikut" if lang == "id" else " n Next") in bar, bar  # (n kept beside it)
        await pilot.press("tab")
        await pilot.pause()
        assert app.focused is pane and pane.outer_size.width == 60, pane.outer_size
        assert not tree.display
        said = "Penanggung jawab: Bagian Tapem" if lang == "id" else "Responsible unit: Bagian"
        assert said in pane.text.splitlines()[2], pane.text  # (on one line: the whole width)
        bar = text_of(app.query_one(KeyBar))
        assert bar.startswith(" esc Pohon " if lang == "id" else " esc Tree "), bar  # (tui37)
        await pilot.press("tab")  # (back to the tree, the cursor where it was)
        await pilot.pause()
        assert app.focused is tree and tree.outer_size.width == 60
        assert app.selected().code == "IKU 1"


async def test_the_pane_comes_back_beside_the_tree_when_the_screen_widens(make_app) -> None:
    """Widened to 80 columns with the pane shown alone: tree and pane side by side again (the
    tree's 49 cells), and no Tab on the key bar; narrowed again, the pane still shown alone."""
    async with opened(make_app, "IKU 1", (60, 20)) as (app, pilot, _):
        tree, pane = app.query_one("#tree"), app.query_one(DetailPane)
        await pilot.press("tab")
        await pilot.pause()
        await pilot.resize_terminal(80, 24)
        await pilot.pause()
        await pilot.pause()
        assert tree.outer_size.width == 49 and pane.outer_size.width == 31
        assert "Tab" not in text_of(app.query_one(KeyBar))
        await pilot.resize_terminal(60, 20)
        await pilot.pause()
        await pilot.pause()
        assert app.focused is pane and pane.outer_size.width == 60
        await pilot.press("shift+tab")
        await pilot.pause()
        assert app.focused is tree and tree.outer_size.width == 60
