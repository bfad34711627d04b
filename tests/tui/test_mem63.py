"""The huge report's TUI session (issue 17, mem63; rev67): the Reviu screen's list, a line a
finding, holds its lines as their number (Textual's own list kept a tuple for every line and two
dicts by option: ≈ 9 MB of the 30,279 findings of a huge report), and reads and moves as
Textual's does."""

from __future__ import annotations

import tracemalloc

import pytest
from textual.widgets import OptionList

from lkj_tui.core.reviu import Reviu
from lkj_tui.tui import reviu as reviu_module
from lkj_tui.tui.reviu import FindingList, ReviuScreen
from tests.tui.conftest import SIZE, settle


def _textuals(rows, id: str, classes: str = "") -> OptionList:
    return OptionList(*rows, id=id, classes=classes, markup=False)


async def _screen(app, pilot, reviu: Reviu, keys: tuple[str, ...] = ()) -> tuple[OptionList, int]:
    """The Reviu screen of ``reviu`` pushed and drawn, ``keys`` pressed; its list and the memory
    traced from its push to the end."""
    for f in reviu.findings:  # (each finding's words written once: what the screen itself adds)
        f.message("id"), f.message("en")
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        app.push_screen(ReviuScreen(app.view, reviu, app.lang))
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    return app.screen.query_one("#findings", OptionList), held


def _many(app, n: int) -> Reviu:
    found = app.reviu.findings
    return Reviu(found * (n // len(found) + 1), app.reviu.iku, app.reviu.coverage)


async def test_the_reviu_list_holds_a_few_bytes_a_row_for_its_lines(
    make_app, monkeypatch: pytest.MonkeyPatch
) -> None:
    held = {}
    # each in an app of its own, after one that fills the process's caches (rich's cell widths…)
    for made in (_textuals, FindingList, _textuals):
        monkeypatch.setattr(reviu_module, "FindingList", made)
        async with make_app().run_test(size=SIZE) as pilot:
            await settle(pilot)
            many = _many(pilot.app, 3000)
            options, held[made] = await _screen(pilot.app, pilot, many, ("end",))
            assert isinstance(options, FindingList) == (made is FindingList)
            assert options.option_count == len(many.findings)
            assert len(options._lines) == len(many.findings)  # (a line each)
    # Textual's line records: a tuple a line and two dicts by row, 150–270 bytes a finding
    # (tracemalloc's, after other tests or alone)
    saved = (held[_textuals] - held[FindingList]) / len(many.findings)
    assert saved > 100, saved


@pytest.mark.parametrize("size", [SIZE, (80, 24)])
async def test_the_reviu_list_reads_and_moves_as_textuals(
    make_app, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    keys = ("down", "pagedown", "pagedown", "end", "pageup", "up", "home", "pagedown")
    seen = []
    async with make_app().run_test(size=size) as pilot:
        app = pilot.app
        await settle(pilot)
        many = _many(app, 300)
        for made in (FindingList, _textuals):
            monkeypatch.setattr(reviu_module, "FindingList", made)
            options, _ = await _screen(app, pilot, many)
            lines = options._lines
            n = options.option_count
            where = [options.highlighted]
            for key in keys:
                await pilot.press(key)
                await settle(pilot)
                where.append((options.highlighted, options.scroll_y))
            seen.append(
                (
                    [lines[y] for y in range(len(lines))],
                    [lines[-1], len(lines)],
                    [options._heights[i] for i in range(n)],
                    [options._index_to_line[i] for i in range(n)],
                    where,
                    [options.render_line(y).text for y in range(options.size.height)],
                )
            )
            app.pop_screen()
            await settle(pilot)
    ours, textuals = seen
    assert ours == textuals
    assert set(ours[2]) == {1}  # (a line a finding)
