"""edit45: the report picker (``r``) at 60×20: its key bar follows the focus (the list's arrows
once ↓ has moved into it), ↑ on its first row goes back to the filter."""

from __future__ import annotations

import pytest
from rich.cells import cell_len
from textual.widgets import Input, OptionList

from lkj_tui.tui.components.forms import CONTINUED
from lkj_tui.tui.components.keybar import KeyBar
from lkj_tui.tui.screens import ReportScreen
from tests.tui.conftest import empty_report_dialog, settle, text_of
from tests.tui.test_typing import burst

NARROW = (60, 20)


def bar(app) -> str:
    return text_of(app.screen.query_one(KeyBar))


@pytest.mark.parametrize(
    ("lang", "to_list", "move"),
    [("id", "↓ Ke daftar", "↑↓ Pindah"), ("en", "↓ To the list", "↑↓ Move")],
)
async def test_the_pickers_key_bar_follows_the_focus(make_app, lang, to_list, move) -> None:
    """After ↓ the list has the focus and the bar still said "↓ Ke daftar" (edit43): it now names
    the list's arrows, before Enter; ↑ on the first row gives the filter the focus again (it went
    round to "Laporan baru…"), and the bar says "↓ Ke daftar" again."""
    app = make_app(lang=lang)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ReportScreen)
        assert to_list in bar(app) and move not in bar(app)
        await pilot.press("down")
        await settle(pilot)
        rows = app.screen.query_one("#reports", OptionList)
        assert app.screen.focused is rows and rows.highlighted == 0
        said = bar(app)
        assert to_list not in said and move in said
        assert said.index(move) < said.index("⏎")
        await pilot.press("down", "up")  # within the list: it keeps the focus
        await settle(pilot)
        assert app.screen.focused is rows and rows.highlighted == 0
        await pilot.press("up")
        await settle(pilot)
        assert isinstance(app.screen.focused, Input) and app.screen.focused.id == "filter"
        assert rows.highlighted == 0
        assert to_list in bar(app) and move not in bar(app)
        await pilot.press("x")  # typed into the filter again
        await settle(pilot)
        assert app.screen.query_one("#filter", Input).value == "x"


LONG = "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Bengkulu Selatan"
MADE = "dinas-pekerjaan-umum-dan-penataan-ruang-kabupaten-bengkulu-selatan-2025"


@pytest.mark.parametrize(("lang", "size"), [("id", NARROW), ("en", NARROW), ("id", (80, 24))])
async def test_the_new_reports_id_hint_keeps_id_with_its_first_piece(make_app, lang, size) -> None:
    """At 60×20 the hint read "Id:" alone on its line, then the id folded mid-word
    ("…-kabupaten-b" / "engkulu-selatan-2025"). "Id:" now begins the line of the id's first
    piece, the id broken after a "-" and marked, each line within the hint; the id reads whole
    once its marks are taken out, and Enter makes the report with it."""
    app = make_app(lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        dialog = await empty_report_dialog(pilot)
        burst(app, *LONG, "tab", *"2025")
        await settle(pilot)
        hint = dialog.query_one(".dialog-hint")
        lines = text_of(hint).rstrip().split("\n")
        width = hint.content_region.width
        assert all(cell_len(line.rstrip()) <= width for line in lines), lines
        first = lines[0].rstrip()
        assert first.startswith("Id: dinas-") and first.endswith("-" + CONTINUED), lines
        whole = "".join(line.rstrip() for line in lines).replace(CONTINUED, "")
        assert whole.startswith(f"Id: {MADE}"), lines
        burst(app, "enter")
        for _ in range(3):
            await settle(pilot)
        assert app.view is not None and app.view.report_id == MADE
