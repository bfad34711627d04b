"""tui23: the TUI in a meeting: the key bar words n for what it walks and offers u and n only
where they can do something."""

from __future__ import annotations

from dataclasses import replace

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.storage.store import Store
from tests.tui.conftest import opened, settle
from tests.tui.test_meeting22 import NEXT_YEAR, SMALL, bar, next_year_store

WORDS = {
    "id": ("n Berikut tanpa target", "n Berikut ▼", "u Filter ▼"),
    "en": ("n Next without target", "n Next ▼", "u Filter ▼"),
}


async def test_n_says_it_walks_the_measures_without_a_target_while_T_is_on(
    make_app, tmp_path
) -> None:
    """With T's filter on, n walks the measures without a target, but the bar still called it
    "Berikut ▼" / "Next ▼" (the under-target walk): it says what it walks, at 80 columns too,
    and takes its own word again when the filter is left (id and en)."""
    store = Store(tmp_path / "store", seed=load_bundled_report)
    report = store.load(BUNDLED_REPORT_ID).report
    iku = next(n for n in report.walk() if n.code == "IKU 2")
    report.replace_node(iku.with_changes(measure=replace(iku.measure, target=None)))
    store.import_report(report, overwrite=True)
    for lang, (walks, under, _) in WORDS.items():
        async with opened(make_app, "IKU 2", SMALL, store=store, lang=lang) as (app, pilot, _):
            assert app.view.in_review and f" {under} " in bar(app), bar(app)
            await pilot.press("T")
            await settle(pilot)
            assert app.only_untargeted
            shown = bar(app)
            assert f" {walks} " in shown and under not in shown, shown
            await pilot.press("n")
            await settle(pilot)
            assert app.selected().code == "IKU 2" and f" {walks} " in bar(app)
            await pilot.press("T")
            await settle(pilot)
            assert not app.only_untargeted
            shown = bar(app)
            assert f" {under} " in shown and walks not in shown, shown


async def test_u_and_n_are_not_offered_where_nothing_can_be_under_target(
    make_app, tmp_path
) -> None:
    """Next year's report before any realisasi: nothing is, nor can be, under target, yet the bar
    offered "u Filter ▼" (at 100 columns and wider) and n, which only answered that nothing was
    under target. They are left off the bar (n comes back to walk T's filter), and come back with
    the first realisasi typed in (id and en)."""
    for lang, (walks, under, filter_) in WORDS.items():
        for size in ((100, 30), (120, 40)):
            store = next_year_store(tmp_path / f"{lang}{size[0]}", missing="IKU 1")
            kw = {"store": store, "report_id": NEXT_YEAR, "lang": lang}
            async with opened(make_app, "IKU 1", size, **kw) as (app, pilot, _):
                assert not app.view.in_review
                shown = bar(app)
                assert filter_ not in shown and " n " not in shown, (size, shown)
                await pilot.press("T")
                await settle(pilot)
                shown = bar(app)
                assert f" {walks} " in shown and filter_ not in shown, (size, shown)
                await pilot.press("T")
                await settle(pilot)
                await pilot.press("e")
                await settle(pilot)
                await pilot.press(*"2,85", "enter")
                await settle(pilot)
                assert app.view.in_review
                shown = bar(app)
                assert f" {filter_} " in shown and f" {under} " in shown, (size, shown)


async def test_moving_away_from_the_renstra_target_is_said_with_the_years_figures(
    make_app,
) -> None:
    """The bundled report's IKU 1 (3,22 in 2021, 2,85 in 2023, Renstra end target 3,34) said
    "−308,33 % of the way since 2021 … moving away": a negative share of the way says little.
    It says where the figure was and where it is; a share between 0 and 100 % stays as it was."""
    for lang, said in (
        ("id", "Menjauh dari target akhir Renstra 3,34: 2021 3,22 → 2023 2,85"),
        ("en", "Moving away from the Renstra end target 3,34: 2021 3,22 → 2023 2,85"),
    ):
        async with opened(make_app, "IKU 1", (100, 30), lang=lang) as (app, pilot, _):
            await settle(pilot)
            flat = " ".join(app.detail.part_text("years").split())
            assert said in flat and "308,33" not in flat, flat
