"""years34: the Bappeda analyst's overview (a store of several governments) at 80×24."""

from __future__ import annotations

from lkj_tui.core.numbers import format_id
from tests.tui.conftest import settle, text_of
from tests.tui.test_years33 import _report
from tests.tui.test_years_overview import _overview


async def test_a_new_sort_shows_its_first_rows(make_app, tui_store) -> None:
    # By indicator, sorted "Capaian ▲", the screen showed the rows around the row selected
    # before the sort (its first row 116,67 % in a province's store): a new sort shows its
    # first rows, the cursor on the first; a filter still keeps the row selected.
    for region in ("Kaur", "Seluma"):
        tui_store.import_report(_report(f"{region.lower()}-bkpsdm-2025", region))
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _overview(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        measured = [x.capaian for x in screen.shown if x.capaian is not None]
        best = max(measured)
        while screen.shown[screen.table.cursor].capaian != best:  # the best IKU selected
            await pilot.press("down")
        keys = [key for key, _ in screen.columns]
        while screen.sort_column != "capaian":
            await pilot.press("tab")
        await pilot.pause()
        assert (screen.table.cursor, screen.table.top) == (0, 0)
        first = text_of(screen.table).splitlines()[1]
        assert f"{format_id(min(measured))} %" in first, first
        await pilot.press("shift+tab")  # reversed: the best first
        await pilot.pause()
        assert (screen.table.cursor, screen.table.top) == (0, 0)
        assert f"{format_id(best)} %" in text_of(screen.table).splitlines()[1]
        assert len(keys) > 2


async def test_shift_tab_by_indicator_reverses_the_indicator_s_order(make_app, tui_store) -> None:
    # ⇧Tab on the view by indicator sorted it by "Di bawah target", a column of the view by
    # report ("urut: Di bawah target ▲" with no such column); the first Tab sorted again by the
    # indicator the view was already sorted by ("urut: Indikator ▲" twice).
    for region in ("Kaur", "Seluma"):
        tui_store.import_report(_report(f"{region.lower()}-bkpsdm-2025", region))
    for lang, said, second in (
        ("id", "urut: Indikator ▼", "Instansi ▲"),
        ("en", "Indicator ▼", "Instansi ▲"),
    ):
        app = make_app(lang=lang)
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await _overview(pilot)
            await pilot.press("ctrl+t")
            await settle(pilot)
            await pilot.press("shift+tab")
            await pilot.pause()
            status = str(screen.query_one("#ov-status").render())
            assert said in status, status
            names = [x.search for x in screen.shown]
            assert names == sorted(names, reverse=True)
            await pilot.press("ctrl+t", "ctrl+t", "tab")  # (the view's first sort again)
            await pilot.pause()
            assert screen.sort_column == "instansi"
            assert second in str(screen.query_one("#ov-status").render())


async def test_the_report_picker_of_one_government_names_it_in_its_title(
    make_app, tui_store
) -> None:
    # A store of one government: each office is named without it and no column says it; the
    # government appeared nowhere in the dialog. Its title says it once; of several, the column.
    from lkj_tui.bundled import BUNDLED_REPORT_ID
    from lkj_tui.tui.screens import ReportScreen

    tui_store.import_report(_report("bs-bkpsdm-2025", "Bengkulu Selatan"))
    for lang, title in (("id", "Pilih laporan"), ("en", "Pick a report")):
        app = make_app(report_id=BUNDLED_REPORT_ID, lang=lang)
        async with app.run_test(size=(60, 20)) as pilot:
            await settle(pilot)
            await pilot.press("r")
            await settle(pilot)
            assert isinstance(app.screen, ReportScreen)
            said = text_of(app.screen.query_one(".dialog-title"))
            assert said.strip() == f"{title} · Kabupaten Bengkulu Selatan", said
    tui_store.import_report(_report("kaur-bkpsdm-2025", "Kaur"))
    app = make_app(report_id=BUNDLED_REPORT_ID)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert text_of(app.screen.query_one(".dialog-title")).strip() == "Pilih laporan"
