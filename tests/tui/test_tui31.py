"""The reviewer in a meeting at 80×24 (tui31): the under-target filter always said on the summary
bar, a label kept with its value in the detail pane, the reviu screen's rows for its findings."""

from __future__ import annotations

import dataclasses

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.summary import SummaryBar
from tests.tui.conftest import settle, text_of

#: a kabupaten's office with a long name, and its report's id (the kabupaten store's)
LONG_INSTANSI = "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kabupaten Bengkulu Selatan"
LONG_ID = "bengkulu-selatan-dinas-penanaman-modal-dan-pelayanan-terpadu-satu-pintu-2023"


def _long_named(store: Store) -> str:
    """The bundled report again under a long instansi and id (as the kabupaten store's)."""
    report = store.load(BUNDLED_REPORT_ID).report
    report.meta = dataclasses.replace(report.meta, id=LONG_ID, instansi=LONG_INSTANSI)
    store.import_report(report)
    return LONG_ID


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(80, 24), (100, 30), (120, 40)])
async def test_the_under_target_filter_is_said_on_the_summary_bar_of_a_long_named_report(
    make_app, tui_store: Store, lang: str, size: tuple[int, int]
) -> None:
    """At 80×24 `u` on a long instansi's report said nothing of its filter above the tree: the
    bar, capped at 6 rows, needed 7, and "Filter: hanya di bawah target (…)" was its row cut
    off. The id's line gives its row first; the bar keeps its rows, the filter is said."""
    app = make_app(report_id=_long_named(tui_store), lang=lang)
    note = "Filter: under target only" if lang == "en" else "Filter: hanya di bawah target"
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        bar = app.query_one(SummaryBar)
        rows = bar.size.height
        assert LONG_ID[-20:] in text_of(bar)  # (the id shown while there is room)
        await pilot.press("u")
        await settle(pilot)
        shown = text_of(bar)
        assert note in shown, shown
        assert "Sangat Tinggi" in shown or "Very high" in shown, shown  # (the ratings too)
        assert bar.size.height <= max(rows, 6)
        await pilot.press("u")
        await settle(pilot)
        assert LONG_ID[-20:] in text_of(bar) and note not in text_of(bar)  # back as it was


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_the_detail_pane_keeps_a_label_with_its_value_and_a_verdict_whole(
    make_app, lang: str, size: tuple[int, int]
) -> None:
    """At 80×24 in English the pane read "Actual (Realisasi) 2023:" with its "2,85" alone on the
    next line, and "▼ di bawah" above "target". A label's last word now stays with its value
    ("Actual (Realisasi)" / "2023: 2,85"), a short figure whole with it, the verdict whole;
    every indicator of the report, in both languages."""
    from lkj_tui.core.i18n import tr
    from lkj_tui.tui.components.detail import DetailPane

    app = make_app(lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        pane = app.query_one(DetailPane)
        assert app.view is not None
        evaluation = app.view.evaluation
        verdict = f"▼ {tr('under_target', lang)}"
        seen = 0
        for node in evaluation.report.walk():
            if node.measure is None:
                continue
            pane.show(evaluation.of(node.id))
            lines = [
                line.strip()
                for part in ("head", "measure")
                for line in pane.part_text(part).splitlines()
            ]
            assert not [line for line in lines if line.endswith(":")], lines
            if evaluation.of(node.id).under_below == 1:  # (it said "1 under-target items")
                one = "1 under-target item beneath" if lang == "en" else "1 butir di bawah"
                assert one in " ".join(lines), lines
                seen += 1
            if evaluation.of(node.id).achievement.under_target:
                assert any(verdict in line for line in lines), lines
                seen += 1
            if node.code == "IKU 1" and size == (80, 24):
                said = "Actual (Realisasi)" if lang == "en" else "Realisasi"
                assert f"{said} 2023: 2,85" in lines or "2023: 2,85" in lines, lines
        assert seen >= 3


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_label_kept_with_its_value_breaks_again_where_the_pane_is_too_narrow(
    make_app, lang: str
) -> None:
    """At 60 columns the pane had 16 cells: "Polarity: positive" kept together is wider, and
    was cut as one long word, "P… (9 characters)". There it breaks at its space again, nothing
    cut, no word folded. (Below 70 columns the pane now gives way to the tree, Tab showing it at
    the whole width: tui33; the pane is made 20 cells wide here, as it was.)"""
    from lkj_tui.tui.components.detail import DetailPane

    app = make_app(lang=lang)
    async with app.run_test(size=(60, 24)) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        pane = app.query_one(DetailPane)
        pane.styles.width = 20
        await pilot.pause()
        assert pane.content_region.width == 20  # (its text 16 cells, as it was)
        assert app.view is not None
        evaluation = app.view.evaluation
        for code in ("IKU 1", "IKU 9"):
            node = next(n for n in evaluation.report.walk() if n.code == code)
            pane.show(evaluation.of(node.id))
            measure = pane.part_text("measure")
            assert "…" not in measure, measure
            assert ("Polarity:" if lang == "en" else "Polaritas:") in measure.split(), measure


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_reviu_screen_gives_its_rows_to_the_findings_and_the_command_on_x(
    make_app, tui_store: Store, lang: str
) -> None:
    """At 80×24 `v` listed 8 rows of findings (about two): its explanation and the command of
    the Catatan Hasil Reviu (a kabupaten's long id: four rows) took the rest. The list now has
    the screen's rows; `x` (named in its key bar) shows the command and hides it again, and
    Enter on a report-level finding says there is no node to go to (said above the list
    before)."""
    from textual.widgets import OptionList

    from lkj_tui.tui.reviu import ReviuScreen
    from tests.tui.test_commands_run_tui import _open_reviu

    app = make_app(report_id=_long_named(tui_store), lang=lang, store_typed="/data/lkj")
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_reviu(app, pilot)
        screen = app.screen
        findings = screen.query_one("#findings", OptionList)
        assert findings.scrollable_content_region.height >= 13  # (a finding a row: rev67)
        assert not screen.query_one("#command").display
        said = "x Review notes" if lang == "en" else "x Catatan Hasil Reviu"  # (tui50)
        assert said in text_of(screen.query_one("KeyBar"))
        await pilot.press("x")
        await pilot.pause()
        command = text_of(screen.query_one("#command"))
        assert "lkj-tui export --reviu" in command and "--store /data/lkj" in command
        assert findings.scrollable_content_region.height >= 8
        await pilot.press("x")
        await pilot.pause()
        assert not screen.query_one("#command").display
        report_level = next(
            i
            for i in range(findings.option_count)
            if (findings.get_option_at_index(i).id or "").endswith(":")
        )
        findings.highlighted = report_level
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is screen and isinstance(screen, ReviuScreen)
        said = "tidak ada simpul untuk dituju" if lang == "id" else "no node to go to"
        assert any(said in message for message, *_ in app.toasts), app.toasts


async def test_the_search_lists_its_results_in_the_screens_rows_at_80x24(make_app) -> None:
    """At 80×24 `/` listed 9 rows of results: the box's padding and the tenth of the screen it
    left took 5. The box now has the screen's height, its list every row left."""
    from textual.widgets import OptionList

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"kegiatan")
        await settle(pilot)
        results = app.screen.query_one("#results", OptionList)
        assert results.option_count > 14
        assert results.scrollable_content_region.height >= 13
        assert results.region.bottom <= app.screen.query_one(".dialog").region.bottom - 1
