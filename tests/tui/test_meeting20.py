"""tui20: the TUI in a meeting — a K choice's undo said where it goes, the export toast's file
name broken where a reader expects, the help screen's scroll keys, the key bar's order."""

from __future__ import annotations

import shutil

import pytest

from tests.test_sync import offices  # noqa: F401 - fixture
from tests.tui.conftest import SIZE, settle, workers_done
from tests.tui.test_sharing import office_env  # noqa: F401 - fixture

git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

SYNC = {
    "id": " — sampai ke kantor lain pada sinkronisasi berikutnya (tombol S)",
    "en": " — reaches the other offices with the next sync (key S)",
}


@git
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.usefixtures("office_env")
async def test_a_k_choice_undone_and_redone_says_it_reaches_the_others_with_s(
    offices,  # noqa: F811
    make_app,
    lang,
) -> None:
    """ctrl+z of a K choice said only "Dibatalkan: …": the undo is a save that goes out with the
    next sync as the choice did, so it says so, as K and H do (and ctrl+y the same)."""
    from tests.tui.test_sharing import choose, iku2_conflict, open_conflicts

    app = make_app(store=iku2_conflict(offices), lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen, _ = await open_conflicts(pilot)
        choose(screen, "ambil nilai yang lain" if lang == "id" else "take")
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        for key, word in (
            ("ctrl+z", "Dibatalkan" if lang == "id" else "Undone"),
            ("ctrl+y", "Diulang" if lang == "id" else "Redone"),
        ):
            app.toasts.clear()
            await pilot.press(key)
            await settle(pilot)
            await settle(pilot)
            said = [m for m, *_ in app.toasts if m.startswith(word)]
            assert said and said[-1].endswith(SYNC[lang]), app.toasts


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_export_toast_keeps_a_date_and_its_number_whole(
    make_app, tui_store, tmp_path, lang
) -> None:
    """A third export the same day is named "…-2026-12-04-3.md": at 80 columns its toast cut
    the name where the cells ended ("…-2024-2026-12-0↩" / "4-3.md"), a "-" between digits
    being no break point. It folds at the break before the date instead, so each line of the
    name reads whole; the path read back is the file written."""
    from pathlib import Path

    from lkj_tui.core.rollover import empty_report
    from lkj_tui.tui.session import export_name

    rid = "kab-bs-setda-2024"  # (a name of 36–38 characters: the toast has 36 at 80 columns)
    tui_store.import_report(empty_report(rid, "Setda", 2024))
    app = make_app(report_id=rid, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for _ in range(2):  # the names of the day's first two exports taken
            export_name(app.view, tmp_path).write_text("", encoding="utf-8")
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        await workers_done(pilot)
        await settle(pilot)
        said = next(m for m, *_ in app.toasts if "lkj-kab-bs" in m)
    lines = said.split("\n")
    assert lines[-1].endswith("-3.md") and all(len(x) <= 36 for x in lines), lines
    assert not any(x.startswith(("-", ".")) for x in lines), lines
    assert lines[-1][:4].isdigit() and lines[-1][4] == "-", lines  # the date begins its line
    path = "".join(x.removesuffix("↩") for x in lines).split(" ", 2)[-1]
    assert Path(path).is_file() and Path(path).parent == tmp_path, path


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_help_scrolls_with_its_keys_when_its_body_has_lost_the_focus(
    make_app, size
) -> None:
    """The help screen's key bar names ↑↓, PgUp PgDn and Home End; its body runs them while it
    has the focus, the screen's own bindings when it has lost it (``set_focus(None)``). Nothing
    tested the second: each key scrolls the body either way (they worked; tui20)."""
    from textual.containers import VerticalScroll

    from lkj_tui.tui.screens import HelpScreen

    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HelpScreen)
        body = screen.query_one("#help-body", VerticalScroll)
        assert body.max_scroll_y > 10

        for focused in (body, None):  # the body's own keys, then the screen's

            async def press(key: str, focused: VerticalScroll | None = focused) -> float:
                screen.set_focus(focused)
                await pilot.press(key)
                await settle(pilot)
                # Home/End animate the scroll: under load the animation outlived settle (CI 58527a9)
                await pilot.wait_for_scheduled_animations()
                return body.scroll_y

            assert await press("down") == 1
            assert await press("pagedown") > 1
            assert await press("end") == body.max_scroll_y
            assert await press("up") == body.max_scroll_y - 1
            assert await press("pageup") < body.max_scroll_y - 1
            assert await press("home") == 0
        assert isinstance(app.screen, HelpScreen)


@pytest.fixture
def all_reached(tui_store) -> str:
    """The bundled report with every under-target item's realisasi raised to its target: a
    report in review with nothing under target."""
    import dataclasses

    from lkj_tui.bundled import load_bundled_report
    from lkj_tui.core.evaluate import Evaluation

    report = load_bundled_report()
    for ev in Evaluation(report).under_target():
        measure = ev.node.measure
        assert measure is not None
        raised = dataclasses.replace(
            measure, realisasi=measure.target, triwulan=(None,) * 4, printed=()
        )
        report.replace_node(dataclasses.replace(ev.node, measure=raised))
    assert not Evaluation(report).under_target()
    report.meta = dataclasses.replace(report.meta, id="tercapai-2023")
    tui_store.import_report(report)
    return "tercapai-2023"


@pytest.mark.parametrize(("lang", "size"), [("id", (80, 24)), ("en", (120, 40))])
async def test_a_report_with_nothing_under_target_leads_with_the_reviewers_keys(
    make_app, all_reached, lang, size
) -> None:
    """A report whose every realisasi reaches its target led with the author's keys ("e a d M
    ^z"), as next year's report before its realisasi does: a reviewer's search and filter came
    after them, or not at all at 80 columns. They come first, as when something is under target."""
    from lkj_tui.tui.components.keybar import KeyBar
    from tests.tui.conftest import go

    app = make_app(report_id=all_reached, lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        for code in ("S1", "IKU 1"):
            await go(pilot, code)
            await settle(pilot)
            bar = app.screen.query_one(KeyBar).render().plain
            keys = [word for word in bar.split() if word in ("u", "n", "/", "e", "a")]
            assert keys[:3] == ["u", "n", "/"], (code, bar)


@pytest.mark.parametrize(
    ("lang", "query", "said"),
    [
        ("en", "Nilai LPPD", "1 result"),
        ("id", "Nilai LPPD", "1 hasil"),
        ("en", "Nilai", "results"),
    ],
)
async def test_search_counts_one_result_in_the_singular(make_app, lang, query, said) -> None:
    """`/` finding one node said "1 results" in English."""
    from tests.tui.conftest import text_of

    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *query)
        await settle(pilot)
        shown = text_of(app.screen.query_one("#count")).strip()
    assert shown.endswith(said) and shown[:1].isdigit(), shown
    assert (shown == said) == (said != "results"), shown


@pytest.mark.parametrize(("lang", "mark"), [("id", "."), ("en", ",")])
async def test_n_counts_the_under_target_items_with_their_thousands_grouped(
    make_app, tmp_path, lang, mark
) -> None:
    """`n` on a report with thousands under target said "1 dari 1096" where the summary bar
    and `lkj-tui status` group them ("1.096"): the jump's toast groups them too."""
    from lkj_tui.storage.store import Store
    from tests.tui.test_large import large_report

    store = Store(tmp_path / "besar")
    store.import_report(large_report(n_iku=16, n_keg=2))
    app = make_app(store=store, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        total = len(app.view.under)
        assert total >= 1000
        await pilot.press("n")
        await settle(pilot)
    grouped = f"{total // 1000}{mark}{total % 1000:03d}"
    said = [m for m, *_ in app.toasts if m.startswith("1 ")]
    assert said and said[-1].endswith(grouped), app.toasts


@pytest.mark.parametrize(
    ("lang", "reached", "before"),
    [
        ("id", "✓ semua tercapai", "belum ada realisasi"),
        ("en", "✓ all on target", "no realisasi yet"),
    ],
)
async def test_the_summary_says_why_nothing_is_under_target(
    make_app, tui_store, all_reached, lang, reached, before
) -> None:
    """With nothing under target the summary bar said "▼ 0 IKU di bawah target · 0 di semua
    tingkat" in red, alike for a report whose every realisasi reaches its target and for next
    year's before its realisasi: it says which."""
    from lkj_tui.bundled import BUNDLED_REPORT_ID
    from lkj_tui.core.rollover import rollover
    from lkj_tui.tui.components.summary import SummaryBar
    from tests.tui.conftest import text_of

    tui_store.import_report(rollover(tui_store.load(BUNDLED_REPORT_ID).report, 2024))
    for rid, said in ((all_reached, reached), ("bengkulu-selatan-setda-2024", before)):
        app = make_app(report_id=rid, lang=lang)
        async with app.run_test(size=(80, 24)) as pilot:
            await settle(pilot)
            lines = text_of(app.screen.query_one(SummaryBar)).splitlines()
        third = lines[2].rstrip()
        assert f"·  {said[:12]}" in third and "▼ 0" not in "".join(lines), lines


@pytest.mark.parametrize(("lang", "said"), [("id", "Tombol u"), ("en", "The u key")])
async def test_an_empty_under_target_filter_says_how_to_leave_it(
    make_app, all_reached, lang, said
) -> None:
    """`u` on a report with nothing under target emptied the tree, and the detail pane said
    only "Tidak ada simpul yang ditampilkan." (the toast saying why went in 3 s): it says why,
    and that u shows every node again."""
    app = make_app(report_id=all_reached, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        assert said in " ".join(app.detail.text.split()), app.detail.text
        await pilot.press("u")
        await settle(pilot)
        assert said not in " ".join(app.detail.text.split())


async def test_the_start_overview_opens_on_the_worst_row_and_o_on_the_open_report(
    make_app, tmp_path
) -> None:
    """The overview as the start screen put its cursor on the report the app opened beneath it
    (the latest), scrolled there: on 200 reports a reviewer saw rows of 3 under target under
    "Di bawah target ▼", the 9s above out of view. The start shows the worst row at the top;
    `o` from a report still shows where that report is."""
    import dataclasses

    from lkj_tui.bundled import load_bundled_report
    from lkj_tui.storage.store import Store
    from lkj_tui.tui.components.overview import OverviewScreen
    from tests.tui.test_years_overview import _overview

    store = Store(tmp_path / "many")
    for year in range(2001, 2041):  # 40 reports alike: the latest (2040) sorts last
        report = load_bundled_report()
        report.meta = dataclasses.replace(report.meta, id=f"setda-{year}", tahun=year)
        store.import_report(report)
    app = make_app(store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _overview(pilot)
        assert screen.shown[-1].id == "setda-2040" and app.view.report_id == "setda-2040"
        assert screen.table.cursor == 0 and screen.table.scroll_y == 0
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("o")
        screen = await _overview(pilot)
        assert isinstance(screen, OverviewScreen)
        assert screen.shown[screen.table.cursor].id == "setda-2040"
