"""years35: the Bappeda analyst's overview, comparing years and offices at 80×24 and 100×30."""

from __future__ import annotations

from itertools import pairwise

from lkj_tui.storage.store import Store
from tests.tui.conftest import settle
from tests.tui.test_years_overview import _overview, years_store  # noqa: F401 (a fixture)


def _worst_first(lines) -> bool:  # type: ignore[no-untyped-def]
    """Whether each name's rows run from the lowest capaian up (those without one last)."""
    keys = [(x.search, x.capaian is None, x.capaian or 0) for x in lines]
    return all(a <= b for a, b in pairwise(keys) if a[0] == b[0])


async def test_by_indicator_tab_round_to_the_indicator_is_worst_first_again(
    make_app,
    years_store: Store,  # noqa: F811
) -> None:
    # By indicator the rows of one name are worst first; once Tab came round to Indikator again
    # they were in the listing's order (the newest year first), and so reversed with shift+Tab.
    app = make_app(years_store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _overview(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        assert _worst_first(screen.shown)
        first = list(screen.shown)
        await pilot.press("tab")
        while screen.sort_column != "indicator":
            await pilot.press("tab")
        await pilot.pause()
        assert screen.shown == first  # the view's first order
        await pilot.press("shift+tab")  # the names reversed, each still worst first
        await pilot.pause()
        names = [x.search for x in screen.shown]
        assert names == sorted(names, reverse=True)
        assert _worst_first(screen.shown)
        await pilot.press("ctrl+t")  # by report: a column's ties worst first too
        await settle(pilot)
        while screen.sort_column != "tahun":
            await pilot.press("tab")
        await pilot.pause()
        of_2023 = [r for r in screen.shown if r.tahun == 2023]
        assert [r.instansi for r in of_2023][:1] == ["Dinas B"], of_2023
