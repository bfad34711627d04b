"""Numbers as typed in the TUI (vals59): a dotted number the engine reads one way only ("2.93",
stored "2,93") asked a second Enter as if it were in doubt; an ambiguous one ("3.226": thousands,
or a decimal point?) still does."""

from __future__ import annotations

import pytest

from lkj_tui.tui.components.dialogs import ValueDialog
from tests.tui.conftest import SIZE, settle, until
from tests.tui.test_edits import stored
from tests.tui.test_typing import on_iku1, text

READ = {
    # (a sentence of its own, capitalised as `lkj-tui set` prints it: tui67)
    "id": "Titik pada '2.93' dibaca sebagai tanda desimal (2,93)",
    "en": "The dot in '2.93' was read as a decimal point (2,93)",
}
AGAIN = {"id": "Tekan Enter lagi", "en": "Press Enter again"}


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_dot_read_one_way_is_said_and_saved_at_the_first_enter(
    make_app, tui_store, lang: str
) -> None:
    app = make_app(lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        iku1 = await on_iku1(pilot)
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, ValueDialog), "the value dialog")
        dialog = app.screen
        await pilot.press("ctrl+u", *"2.93")
        await settle(pilot)
        assert READ[lang] in " ".join(text(app, "#preview").split())
        assert not text(app, "#warnings"), text(app, "#warnings")
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is not dialog, "the dialog closed")
        await until(pilot, lambda: stored(tui_store, iku1).measure.realisasi == "2,93", "saved")


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_an_ambiguous_dot_still_asks_a_second_enter(make_app, tui_store, lang: str) -> None:
    app = make_app(lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        iku1 = await on_iku1(pilot)
        await pilot.press("e")
        await until(pilot, lambda: isinstance(app.screen, ValueDialog), "the value dialog")
        dialog = app.screen
        await pilot.press("ctrl+u", *"3.226", "enter")
        await settle(pilot)
        assert app.screen is dialog
        assert "3.226" in text(app, "#warnings") and AGAIN[lang] in text(app, "#error")
        assert stored(tui_store, iku1).measure.realisasi == "2,85"
        await pilot.press("enter")
        await until(pilot, lambda: app.screen is not dialog, "the dialog closed")
        await until(pilot, lambda: stored(tui_store, iku1).measure.realisasi == "3.226", "saved")


async def test_the_quarters_form_says_the_reading_without_a_warning(make_app, tui_store) -> None:
    """`w` (the quarters form), "86.45" in Triwulan I: how it is read, under the preview."""
    from lkj_tui.tui.components.forms import FormDialog

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await on_iku1(pilot)
        await pilot.press("w")
        await until(pilot, lambda: isinstance(app.screen, FormDialog), "the quarters form")
        await settle(pilot)
        await pilot.press("ctrl+u", *"2.93")
        await settle(pilot)
        assert READ["id"] in " ".join(text(app, "#preview").split())
        assert "2.93" not in text(app, "#warnings"), text(app, "#warnings")


@pytest.mark.parametrize(
    ("lang", "said"),
    [("id", "realisasi “2.5” (angka)"), ("en", "realisasi “2.5” (number)")],
)
async def test_the_quarters_form_quotes_a_refused_value_as_typed(
    make_app, tui_store, lang: str, said: str
) -> None:
    """`w` on IKU 9 (target WTP), Triwulan I "2.5": refused (a number against an opinion), the
    form's error quoted "2,5", which the author never typed."""
    from textual.widgets import Input

    from lkj_tui.tui.components.forms import FormDialog
    from tests.tui.conftest import go

    app = make_app(lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        iku9 = await go(pilot, "IKU 9")
        await pilot.press("w")
        await until(pilot, lambda: isinstance(app.screen, FormDialog), "the quarters form")
        first = app.screen
        assert first.query_one("#f-tw1", Input).value == "WTP"
        first.query_one("#f-tw1", Input).value = "2.5"
        await settle(pilot)
        first.action_save()
        await until(
            pilot,
            lambda: isinstance(app.screen, FormDialog) and app.screen is not first,
            "the form again, with its error",
        )
        await settle(pilot)
        error = " ".join(text(app, "#error").split())
        assert said in error and "2,5" not in error, error
        assert stored(tui_store, iku9).measure.triwulan[0] == "WTP"  # (as it was)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_years_chart_labels_a_figure_as_the_table_writes_it(
    make_app, tmp_path, lang: str
) -> None:
    """IKU 4 of the bundled report's 2024, realisasi "93,5": the table said "93,5", the chart
    beneath it "93,50" (and "min 93,50"), read as another figure. One form: the engine's."""
    from lkj_tui.storage.store import Store
    from tests.conftest import NEXT_YEAR_ID, next_year_store
    from tests.tui.conftest import go
    from tests.tui.test_years_overview import _other_years

    root = next_year_store(tmp_path / "s", [("IKU 4", "realisasi", "93,5")])
    app = make_app(Store(root), report_id=NEXT_YEAR_ID, lang=lang)
    async with app.run_test(size=(100, 50)) as pilot:
        await _other_years(pilot)
        await go(pilot, "IKU 4")
        await until(pilot, lambda: "█" in app.detail.part_text("years"), "the chart drawn")
        years = app.detail.part_text("years")
    bars = [line.split() for line in years.splitlines() if "█" in line]
    assert [(b[0], b[-1]) for b in bars] == [("2022", "95"), ("2023", "98"), ("2024", "93,5")]
    table = next(line.split() for line in years.splitlines() if line.split()[:1] == ["2024"])
    assert "93,5" in table, table
    assert "min 93,5 (2024)" in years and "93,50" not in years, years


@pytest.mark.parametrize(
    ("lang", "code", "said", "unsaid"),
    [
        ("id", "IKU 6", "% = persen dari realisasi 2023; poin = selisih dua persentase", ""),
        ("en", "IKU 6", "% = percent of the 2023 realisasi; points = the difference of two", ""),
        ("id", "IKU 4", "poin = selisih dua persentase", "% = persen"),
        ("en", "IKU 4", "points = the difference of two percentages", "% = percent"),
    ],
)
async def test_the_years_say_what_a_changes_percent_and_points_are(
    make_app, tmp_path, lang: str, code: str, said: str, unsaid: str
) -> None:
    """IKU 6 (Nilai) 63,20 → 65,10: "↑ 3,01 %", of 2023's realisasi, was read as points; IKU 4
    (satuan %) 98 → 93,5: "↓ 4,50 poin". A line under the change says which is which."""
    from lkj_tui.storage.store import Store
    from tests.conftest import NEXT_YEAR_ID, next_year_store
    from tests.tui.conftest import go
    from tests.tui.test_years_overview import _other_years

    sets = [("IKU 4", "realisasi", "93,5"), ("IKU 6", "realisasi", "65,10")]
    app = make_app(Store(next_year_store(tmp_path / "s", sets)), report_id=NEXT_YEAR_ID, lang=lang)
    async with app.run_test(size=(100, 50)) as pilot:
        await _other_years(pilot)
        await go(pilot, code)
        await until(pilot, lambda: "█" in app.detail.part_text("years"), "the years drawn")
        years = " ".join(app.detail.part_text("years").split())
    assert said in years, years
    assert not unsaid or unsaid not in years, years
