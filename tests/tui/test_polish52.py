"""polish51's and tui50's notes: every dialog below 30 rows has no blank row under its title
(Dialog's ``-low`` rule: the help, the change log, polish52; the value, text, choice and
confirm dialogs and the import's, tui55: at 60×20 the blank row was one of 20); at 30 rows and
more the blank row stays."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Static

from lkj_tui.tui.components.changelog import ChangeLogScreen
from lkj_tui.tui.components.dialogs import ChoiceDialog, ConfirmDialog, TextDialog, ValueDialog
from lkj_tui.tui.components.importdialogs import EmptyReportDialog, PathDialog, ProblemsDialog
from lkj_tui.tui.screens import HelpScreen
from tests.tui.conftest import empty_report_dialog, go, settle


async def _keys(pilot: Pilot, *keys: str, at: str | None = None) -> None:
    if at is not None:
        await go(pilot, at)
    for key in keys:
        await pilot.press(key)
        await settle(pilot)


async def _bad_file(pilot: Pilot, tmp_path: Path) -> None:
    """``i`` and a file with three problems: the problems dialog."""
    bad = tmp_path / "bad.csv"
    bad.write_text("level;uraian;target\nsasaran;S;\nbogus;X;\niku;I;12,3.4x\n", encoding="utf-8")
    await _keys(pilot, "i")
    await pilot.press(*str(bad), "enter")
    await settle(pilot)


async def _empty(pilot: Pilot, tmp_path: Path) -> None:
    await empty_report_dialog(pilot)


Opener = Callable[[Pilot, Path], Awaitable[None]]
#: each dialog: how a user opens it
OPENED: dict[type, Opener] = {
    HelpScreen: lambda pilot, _: _keys(pilot, "question_mark"),
    ChangeLogScreen: lambda pilot, _: _keys(pilot, "L"),
    ValueDialog: lambda pilot, _: _keys(pilot, "e", at="IKU 1"),
    ChoiceDialog: lambda pilot, _: _keys(pilot, "p", at="IKU 1"),  # (IKU 1 has one)
    TextDialog: lambda pilot, _: _keys(pilot, "p", "enter", at="IKU 1"),  # "+ Tambah baru"
    ConfirmDialog: lambda pilot, _: _keys(pilot, "d", "enter", at="IKU 1"),  # (the node)
    PathDialog: lambda pilot, _: _keys(pilot, "i"),
    EmptyReportDialog: _empty,
    ProblemsDialog: _bad_file,
}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
@pytest.mark.parametrize("screen_type", list(OPENED), ids=lambda kind: kind.__name__)
async def test_no_blank_row_under_the_title_below_30_rows(
    make_app, tmp_path: Path, lang: str, size: tuple[int, int], screen_type: type
) -> None:
    app = make_app(lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await OPENED[screen_type](pilot, tmp_path)
        screen = app.screen
        assert isinstance(screen, screen_type)
        title = screen.query_one(".dialog-title", Static)
        body = next(w for w in title.parent.children[1:] if w.display)  # (the first shown)
        drawn = screen._compositor.render_strips()
        left, right = title.region.x, title.region.right
        rows = [strip.crop(left, right).text for strip in drawn]  # (the title's columns)
        under = rows[title.region.bottom].strip()
        if size[1] < 30:  # the body's first row right under the title, drawn
            assert body.region.y == title.region.bottom
            assert under, rows[title.region.y : title.region.bottom + 2]
        else:  # a blank row between them
            assert not under, rows[title.region.y : title.region.bottom + 2]
            assert body.region.y > title.region.bottom
