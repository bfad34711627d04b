"""The TUI in a meeting, sixteenth pass (tui18): 80×24 and 120×40, id and en."""

from __future__ import annotations

import pytest

from tests.tui.conftest import settle, text_of
from tests.tui.test_meeting16 import regions_store  # noqa: F401 (a fixture)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_overview_status_stays_on_one_line_for_every_sort(
    make_app,
    regions_store,  # noqa: F811
    lang,
) -> None:
    """Sorted by a long column name ("Average capaian") with no region filter, the status line
    wrapped to two lines where it did not fit: it now takes its short forms first (the column's
    short name, then without "region: all"), at any width; whole where it fits."""
    from tests.tui.test_years_overview import _overview

    app = make_app(regions_store, lang=lang)
    async with app.run_test(size=(64, 24)) as pilot:
        screen = await _overview(pilot)
        for width in (64, 80):
            await pilot.resize_terminal(width, 24)
            await settle(pilot)
            screen.sort_column, screen.reverse = None, False
            for _ in range(len(screen.columns)):
                await pilot.press("tab")
                await pilot.pause()
                status = screen.query_one("#ov-status")
                line = text_of(status).strip()
                assert status.size.height == 1, (width, line)
                assert len(line) <= width - 2, (width, line)
                assert ("of 4" if lang == "en" else "dari 4") in line, line
        # at 80 columns every sort keeps the region and the year ("all")
        assert ("region: all" if lang == "en" else "daerah: semua") in line, line


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_overview_by_indicator_says_how_it_is_sorted(make_app, lang) -> None:
    """By indicator (ctrl+t) the rows come by name, the worst first within it, but the status
    said "sorted by: Under target ▼", a column that view does not have."""
    from tests.tui.test_years_overview import _overview

    app = make_app(lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("o")
        screen = await _overview(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        line = text_of(screen.query_one("#ov-status"))
        said = "sorted by: Indicator ▲" if lang == "en" else "urut: Indikator ▲"
        assert said in line, line
