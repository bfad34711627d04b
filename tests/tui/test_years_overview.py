"""The detail pane's years and the overview screen (issue 15), in Pilot tests."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core.model import Report
from lkj_tui.core.rollover import rollover
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.overview import OverviewScreen
from lkj_tui.tui.components.rowtable import RowTable
from tests.tui.conftest import SIZE, node_id_by_code, settle, timer_running, until

NEXT_ID = "bengkulu-selatan-setda-2024"


def _with_realisasi(report: Report, values: dict[str, str]) -> Report:
    for node in list(report.walk()):
        if node.code in values and node.measure is not None:
            measure = replace(node.measure, realisasi=values[node.code])
            report.replace_node(node.with_changes(measure=measure))
    return report


def _office(rid: str, instansi: str, pemerintah: str, values: dict[str, str]) -> Report:
    report = load_bundled_report()
    report.meta = replace(report.meta, id=rid, instansi=instansi, pemerintah=pemerintah)
    return _with_realisasi(report, values)


@pytest.fixture
def years_store(tmp_path: Path) -> Store:
    """Bengkulu Selatan's Setda 2023 and 2024 (by rollover), and two other offices of 2023."""
    store = Store(tmp_path / "store", seed=load_bundled_report)
    old = store.load(BUNDLED_REPORT_ID).report
    store.import_report(_with_realisasi(rollover(old, 2024), {"IKU 1": "2,95", "IKU 6": "55"}))
    # every IKU met: none under target, the best office
    store.import_report(
        _office("dinas-a-2023", "Dinas A", "Kabupaten Kaur", {"IKU 1": "3,5", "IKU 8": "A"})
    )
    # worse than Setda: IKU 7 under target too
    store.import_report(
        _office("dinas-b-2023", "Dinas B", "Kabupaten Kaur", {"IKU 7": "C", "IKU 1": "2"})
    )
    return store


async def _overview(pilot) -> OverviewScreen:  # type: ignore[no-untyped-def]
    await settle(pilot)
    app = pilot.app
    await until(
        pilot,
        lambda: isinstance(app.screen, OverviewScreen) and app.screen.loaded,
        "the overview open and loaded",
    )
    await settle(pilot)
    return app.screen


async def _other_years(pilot) -> None:  # type: ignore[no-untyped-def]
    """Wait until the store's other years have been read (a worker, shortly after the start)."""
    detail = pilot.app.detail
    await until(
        pilot,
        lambda: detail.years_context is not None and detail.years_context.others,
        "the other years read",
    )
    await settle(pilot)


def _instansi(screen: OverviewScreen) -> list[str]:
    return [r.instansi for r in screen.shown]


async def test_detail_pane_shows_the_years_side_by_side(make_app, years_store: Store) -> None:
    app = make_app(years_store, report_id=NEXT_ID)
    async with app.run_test(size=SIZE) as pilot:
        await _other_years(pilot)
        app.go_to(node_id_by_code(app, "IKU 1"))
        await settle(pilot)
        years = app.detail.part_text("years")
        table = years.split("Perubahan")[0].splitlines()[2:]
        lines = {line.split()[0]: line for line in table if line[:5].strip().isdigit()}
        # 2023 from last year's report, 2024 this report, earlier years from the history
        assert "2,85" in lines["2023"] and "88,51 %" in lines["2023"]
        assert "setda-2023" in lines["2023"]  # the report id (its end, in a narrow pane)
        assert "laporan ini" in lines["2024"] and "2,95" in lines["2024"]
        assert "riwayat" in lines["2022"]
        # change from last year, coloured by polaritas, and the Renstra end target
        flat = " ".join(years.split())  # (the pane wraps long lines)
        assert "Perubahan realisasi dari 2023: ↑ 3,51 % (lebih baik)" in flat
        assert "Menjauh dari target akhir Renstra 3,34: 2021 3,22 → 2024 2,95" in flat
        # the chart is drawn from 0: 2,85 and 2,95 are bars of nearly the same length
        bars = {line.split()[0]: line.split()[1] for line in years.splitlines() if "█" in line}
        assert abs(len(bars["2023"]) - len(bars["2024"])) <= 2
        assert "min 2,82 (2022) · maks 3,22 (2021)" in flat
        assert "pendahulu" not in app.detail.text.lower()  # the rollover link is not a note


async def test_detail_years_colour_a_worse_negatif_change(make_app, years_store: Store) -> None:
    app = make_app(years_store, report_id=NEXT_ID, lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await _other_years(pilot)
        app.go_to(node_id_by_code(app, "IKU 6"))
        await settle(pilot)
        years = " ".join(app.detail.part_text("years").split())
        assert "Change in realisasi from 2023: ↓" in years and "(worse)" in years


async def test_overview_is_the_start_screen_worst_first(make_app, years_store: Store) -> None:
    app = make_app(years_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _overview(pilot)
        shown = _instansi(screen)
        assert len(shown) == 4
        assert shown[0] == "Dinas B" and shown[-1] == "Dinas A"  # most under target first
        unders = [r.under for r in screen.shown]
        assert unders == sorted(unders, reverse=True)
        # reviu errors arrive from a worker, one per report
        assert set(screen.errors) == {r.id for r in screen.shown}
        assert all(isinstance(n, int) for n in screen.errors.values())


async def test_overview_sorts_by_any_column_and_filters_by_typing(
    make_app, years_store: Store
) -> None:
    app = make_app(years_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _overview(pilot)
        await pilot.press("tab")  # sorted by instansi
        assert screen.sort_column == "instansi"
        assert _instansi(screen) == sorted(_instansi(screen), key=str.casefold)
        await pilot.press("shift+tab")
        assert _instansi(screen) == sorted(_instansi(screen), key=str.casefold, reverse=True)
        await pilot.press("tab", "tab")  # pemerintah, tahun
        assert screen.sort_column == "tahun"
        assert [r.tahun for r in screen.shown] == sorted(r.tahun for r in screen.shown)
        await pilot.press(*"dinas")
        assert sorted(_instansi(screen)) == ["Dinas A", "Dinas B"]
        await pilot.press("backspace", "backspace", "backspace", "backspace", "backspace")
        await pilot.press(*"2024")  # a year
        assert [r.id for r in screen.shown] == [NEXT_ID]
        await pilot.press(*" kaur")
        assert screen.shown == []


async def test_overview_region_and_year_filters(make_app, years_store: Store) -> None:
    app = make_app(years_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _overview(pilot)
        await pilot.press("ctrl+y")  # the latest year first
        assert {r.tahun for r in screen.shown} == {2024}
        await pilot.press("ctrl+y")
        assert {r.tahun for r in screen.shown} == {2023}
        await pilot.press("ctrl+g")  # regions in name order
        assert screen.region_filter == "Kabupaten Kaur"
        assert sorted(_instansi(screen)) == ["Dinas A", "Dinas B"]
        await pilot.press("ctrl+g")
        assert screen.region_filter == "Pemerintah Kabupaten Bengkulu Selatan"
        assert _instansi(screen) == ["Sekretariat Daerah Kabupaten Bengkulu Selatan"]
        await pilot.press("ctrl+g", "ctrl+y")  # every region, every year again
        assert len(screen.shown) == 4


async def test_overview_enter_opens_the_report(make_app, years_store: Store) -> None:
    app = make_app(years_store)
    async with app.run_test(size=SIZE) as pilot:
        await _overview(pilot)
        await pilot.press(*"dinas b", "enter")
        await settle(pilot)
        assert not isinstance(app.screen, OverviewScreen)
        assert app.view is not None and app.view.report_id == "dinas-b-2023"
        await pilot.press("o")
        screen = await _overview(pilot)
        assert screen.current == "dinas-b-2023"
        await pilot.press("escape")
        await settle(pilot)
        assert app.view.report_id == "dinas-b-2023"


async def test_overview_by_indicator_lists_one_iku_across_offices_worst_first(
    make_app, years_store: Store
) -> None:
    app = make_app(years_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _overview(pilot)
        await pilot.press("ctrl+t", *"nilai sakip")
        assert {x.name for x in screen.shown} == {"Nilai SAKIP"}
        assert len(screen.shown) == 4  # every office, every year
        capaian = [x.capaian for x in screen.shown]
        assert capaian == sorted(capaian, key=lambda c: (c is None, c or 0))
        assert screen.shown[0].report.instansi == "Dinas B"  # C against B: the worst
        await pilot.press("enter")
        await settle(pilot)
        assert app.view is not None and app.view.report_id == "dinas-b-2023"
        node = app.view.evaluation.report.node(app.tree.current_id())
        assert node.code == "IKU 7"


async def test_a_single_report_store_starts_on_the_report(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await until(pilot, lambda: not timer_running(app, "years-start"), "the start's timer")
        await settle(pilot)
        assert not isinstance(app.screen, OverviewScreen)
        assert isinstance(app.query_one("#tree"), object)
        assert not app.screen.query(RowTable)


async def test_overview_filters_and_sorts_without_reading_a_report(
    make_app, years_store: Store
) -> None:
    """Every key works on the listing's summaries in memory: after the screen has its rows, a
    store that refuses every read changes nothing the filter, sort or views show."""
    app = make_app(years_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _overview(pilot)

        def refuse(*_: object, **__: object) -> None:
            raise AssertionError("a report was read on a key")

        years_store.load = refuse  # type: ignore[method-assign]
        years_store.summaries = refuse  # type: ignore[method-assign]
        years_store.list_reports = refuse  # type: ignore[method-assign]
        await pilot.press(*"dinas", "tab", "shift+tab", "ctrl+y", "ctrl+g", "ctrl+t", "ctrl+t")
        await pilot.press("ctrl+y", "ctrl+y", "ctrl+g", "ctrl+g")
        await pilot.pause()
        assert sorted(_instansi(screen)) == ["Dinas A", "Dinas B"]


def test_detail_years_snapshot(snap_compare, make_app, years_store: Store, monkeypatch) -> None:
    from lkj_tui.core.reviu import Reviu

    # no findings and no badges: the reviu's checks change as it grows; this picture is the years
    monkeypatch.setattr("lkj_tui.tui.reviu.compute", lambda view: Reviu((), 0))

    async def to_iku1(pilot) -> None:  # type: ignore[no-untyped-def]
        await _other_years(pilot)
        pilot.app.go_to(node_id_by_code(pilot.app, "IKU 1"))
        await settle(pilot)
        pilot.app.detail.scroll_lines(8)  # the years, below the measure
        await pilot.pause()

    app = make_app(years_store, report_id=NEXT_ID)
    assert snap_compare(app, terminal_size=SIZE, run_before=to_iku1)


def test_overview_snapshot(snap_compare, make_app, years_store: Store, monkeypatch) -> None:
    # the reviu's own checks change as it grows: a fixed count keeps this picture about the screen
    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 7)

    async def overview(pilot) -> None:  # type: ignore[no-untyped-def]
        screen = await _overview(pilot)
        screen.query_one("#ov-filter").cursor_blink = False

    assert snap_compare(make_app(years_store), terminal_size=SIZE, run_before=overview)


async def test_the_overview_follows_a_language_switch(make_app, years_store: Store) -> None:
    """The start screen of a store with several reports: the palette's language switch
    re-renders it at once (title, headers, status, key bar)."""
    from lkj_tui.tui.components.keybar import KeyBar
    from tests.tui.conftest import text_of

    app = make_app(years_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _overview(pilot)
        assert "Ikhtisar" in text_of(screen.query_one("#ov-title"))
        app.action_toggle_lang()
        await pilot.pause()
        assert app.screen is screen and screen.lang == "en"
        assert "Ikhtisar" not in text_of(screen.query_one("#ov-title"))
        assert "Instansi" in text_of(screen.table) and "Tahun" not in text_of(screen.table)
        assert "esc Back" in text_of(screen.query_one(KeyBar))


async def test_the_by_indicator_lines_are_made_when_that_view_is_first_shown(
    make_app, years_store: Store
) -> None:
    """The overview opens by report: the IKU lines (a search key each, ≈ 0.2 s for 2,000
    reports) wait for ctrl+t, and are then every IKU of every report."""
    app = make_app(years_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _overview(pilot)
        assert screen._lines is None and len(screen.shown) == 4
        await pilot.press("ctrl+t")
        await pilot.pause()
        reports = [years_store.load(r.id).report for r in screen.rows]
        iku = sorted((r.meta.id, n.code) for r in reports for n in r.walk() if n.kind == "iku")
        assert sorted((x.report.id, x.code) for x in screen.shown) == iku
        assert screen.lines is screen._lines  # made once


async def test_the_start_lists_the_store_for_the_report_and_for_the_overview_only(
    make_app, years_store: Store
) -> None:
    """Started without a report, the listing that picks the newest report also counts the
    reports (several: the overview opens) and picks the other years of its instansi; only the
    overview lists the store again, for its summaries (the years and the count listed it too)."""
    listings: list[bool] = []
    list_locked = years_store._list_locked

    def counted(**kwargs):  # type: ignore[no-untyped-def]
        listings.append(kwargs["summaries"])  # (a small store: the start's makes none)
        return list_locked(**kwargs)

    years_store._list_locked = counted  # type: ignore[method-assign]
    app = make_app(years_store)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _overview(pilot)
        await _other_years(pilot)
        assert app.view.report_id == NEXT_ID and len(screen.shown) == 4
        assert [r.meta.id for r, _ in app.detail.years_context.others] == [BUNDLED_REPORT_ID]
        assert listings == [False, True]


async def test_the_overview_shows_every_column_at_80_columns(
    make_app, years_store: Store, monkeypatch
) -> None:
    """walk8: at 80×24 the overview's last column, the reviu errors, was off the screen ("Reviu
    err", "Kes" and no counts): the text columns stopped giving way at 12 cells and the figures'
    columns kept their labels' width. The figures' labels give way now, every column is on the
    screen with its figures. (ov13: the instansi keeps 24 cells before the labels give way;
    tui14: a label that does not fit says its short form, "Kesalahan", not "Kesal…".)"""
    from tests.tui.conftest import text_of

    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 7)
    for lang, last in (("en", "Errors"), ("id", "Kesalahan")):
        app = make_app(years_store, lang=lang)
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await _overview(pilot)
            lines = text_of(screen.table).splitlines()
            assert lines[0].rstrip().endswith(last), lines[0]
            assert "…" not in lines[0], lines[0]  # tui14: every header whole, short where need be
            rows = [line for line in lines[1:] if line.strip()]
            assert rows and all(line.rstrip().endswith(" 7") for line in rows), rows
            assert all(len(line.rstrip()) <= 80 for line in lines)
            if lang == "en":  # a click on a header sorts by the column drawn there
                await pilot.click(RowTable, offset=(77, 0))
                await pilot.pause()
                assert "sorted by: Reviu errors" in text_of(screen.query_one("#ov-status"))


async def test_a_cut_source_keeps_the_start_of_its_words(make_app) -> None:
    """At 80×24 the years' "Sumber" of the report's own year read "…ran ini" (cut at its start);
    our words are cut at their end as every cut label ("laporan…"), at every pane width where the
    sources stand beside the figures; a report id keeps its end, where its year is. Where they do
    not fit (80×24 now), they are listed whole under the table."""
    from lkj_tui.tui.components.years import YearsContext, years_part

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.go_to(node_id_by_code(app, "IKU 1"))
        await settle(pilot)
        years = app.detail.part_text("years")
    assert "…ran ini" not in years and "2023 laporan ini" in " ".join(years.split())
    evaluation = app.view.evaluation
    ev = evaluation.of(node_id_by_code(app, "IKU 1"))
    for lang, words in (("id", "laporan ini"), ("en", "this report")):
        part = years_part(ev, YearsContext(evaluation.report), lang)
        assert part is not None
        for width in range(20, 90):
            shown = part.layout(width).plain.splitlines()
            at = next((i for i, x in enumerate(shown) if x in ("Sumber:", "Source:")), 0)
            if at:  # no column: listed under the table, a line each (years29)
                assert f" 2023 {words}" in shown[at:]
                continue
            row = next(x for x in shown if x.startswith(" 2023"))
            source = row.split("  ")[-1]
            assert source == words or (source.endswith("…") and words.startswith(source[:-1]))


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_each_year_is_one_line_of_the_pane_at_80_columns(
    make_app, years_store: Store, lang: str
) -> None:
    """At 80×24 (where most Windows terminals open) the pane is 30 columns and the table with its
    "Sumber" column was wider: each year's row wrapped onto two lines ("88,51 %  …da-2023" under
    "2023  3,22  2,85"). Now each year is one line with its four figures, the sources listed whole
    under the table; at 120×40 the sources stand beside the figures as before."""
    head = {"id": ("Sumber", "laporan ini", "riwayat"), "en": ("Source", "this report", "history")}
    source, this, history = head[lang]
    app = make_app(years_store, report_id=NEXT_ID, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await _other_years(pilot)
        app.go_to(node_id_by_code(app, "IKU 1"))
        await settle(pilot)
        shown = app.detail.part_text("years").splitlines()
        width = app.detail.content_region.width
    table = shown[1 : shown.index(f"{source}:")]
    rows = {x.split()[0]: x.split() for x in table[1:]}
    assert rows["2023"] == ["2023", "3,22", "2,85", "88,51", "%"]  # was: 2023 3,22 2,85
    assert rows["2024"][2:] == ["2,95", "88,86", "%"]
    assert all(len(x) <= width - 4 for x in shown)  # the rule, blanks and bar beside
    assert [x.split()[0] for x in table[1:]] == ["2021", "2022", "2023", "2024", "2025", "2026"]
    # each source a line, its years before it; an id keeps its end, its year (years29: cut at
    # its start, two offices' long ids read alike and one office's two years as one report),
    # from a "-" on, as the summary cuts it (tui63: "…u-selatan-…" cut inside a word)
    listed = shown[shown.index(f"{source}:") + 1 :]
    assert " 2023 …-selatan-setda-2023" in listed and f" 2024 {this}" in listed
    assert " ".join(" ".join(listed).split()).startswith(f"2021, 2022, 2025, 2026 {history}")
    assert listed[1] == f"   {history}"  # (under its years, not read as a year's own line)
    app = make_app(years_store, report_id=NEXT_ID, lang=lang)
    async with app.run_test(size=SIZE) as pilot:  # wide: as before, the source beside
        await _other_years(pilot)
        app.go_to(node_id_by_code(app, "IKU 1"))
        await settle(pilot)
        shown = app.detail.part_text("years").splitlines()
    assert shown[1].split()[-1] == source
    assert next(x for x in shown if x.startswith(" 2024")).endswith(f"88,86 %  {this}")


def _kode_reused(store: Path) -> None:
    """walk8's office, imported through the installed command: IKU 2 was "Prevalensi stunting" in
    2023 and "Angka kematian bayi per 1.000 KH" in 2024; IKU 1 kept its name (its case changed)."""
    from tests.conftest import run_cli

    head = "Level;Kode;Uraian;Satuan;Target;Realisasi\nSasaran;S1;Meningkatnya mutu layanan;;;\n"
    rows = {
        "2023": "IKU;IKU 1;Persentase puskesmas terakreditasi;%;80;85\n"
        "IKU;IKU 2;Prevalensi stunting;%;14,5;15,2\n",
        "2024": "IKU;IKU 1;Persentase Puskesmas Terakreditasi;%;80;86\n"
        "IKU;IKU 2;Angka kematian bayi per 1.000 KH;per 1.000 KH;12,5;13,1\n",
    }
    for year, text in rows.items():
        path = store / f"{year}.csv"
        path.write_text(head + text)
        done = run_cli("import", str(path), "--instansi", "Dinkes", "--tahun", year, store=store)
        assert done.returncode == 0, done.stderr


async def test_a_kode_given_to_another_indicator_names_the_other_year(
    make_app, tmp_path: Path
) -> None:
    """walk8's office: IKU 2 was "Prevalensi stunting" in 2023 and "Angka kematian bayi per 1.000
    KH" in 2024 (the kode reused). The pane's years paired them by kode under the open report's
    name only, as if one indicator had moved; now the other year's row says its name, as
    ``compare`` does (:func:`lkj_tui.core.years.renamed`), wrapped within the pane at 80×24. A
    name that did not change (IKU 1, its case only) says nothing."""
    _kode_reused(tmp_path)
    cases = (
        ("dinkes-2024", "id", "2023", "nama 2023: Prevalensi stunting"),
        ("dinkes-2023", "en", "2024", "2024 name: Angka kematian bayi per 1.000 KH"),
    )
    for report_id, lang, other, note in cases:
        app = make_app(Store(tmp_path), report_id=report_id, lang=lang)
        async with app.run_test(size=(80, 24)) as pilot:
            await _other_years(pilot)
            app.go_to(node_id_by_code(app, "IKU 2"))
            await settle(pilot)
            shown = app.detail.part_text("years").splitlines()
            width = app.detail.content_region.width - 4
            app.go_to(node_id_by_code(app, "IKU 1"))
            await settle(pilot)
            same = app.detail.part_text("years")
        row = next(i for i, x in enumerate(shown) if x.startswith(f" {other} "))
        notes = []  # the lines under the row, indented to the figures
        for x in shown[row + 1 :]:
            if not x.startswith("       "):
                break
            notes.append(x.strip())
        assert " ".join(notes) == note
        assert all(len(x) <= width for x in shown)
        assert "name" not in same and "nama" not in same


async def test_two_indicators_under_one_kode_are_no_change(make_app, tmp_path: Path) -> None:
    """The change line compared the two indicators of walk8's reused kode: "Perubahan realisasi
    dari 2023: ↑ 13,82 % (lebih baik)" from 15,2 % stunting to 13,1 infant deaths per 1.000 KH,
    and drew both on one scale. Now it says that year was another indicator, with no arrow and no
    bar of it; IKU 1 (one indicator, its name's case changed) keeps its change and its bars."""
    _kode_reused(tmp_path)
    for lang, other in (("id", "tidak dibandingkan, indikator lain"), ("en", "not compared")):
        app = make_app(Store(tmp_path), report_id="dinkes-2024", lang=lang)
        async with app.run_test(size=(120, 40)) as pilot:
            await _other_years(pilot)
            app.go_to(node_id_by_code(app, "IKU 2"))
            await settle(pilot)
            renamed = app.detail.part_text("years")
            app.go_to(node_id_by_code(app, "IKU 1"))
            await settle(pilot)
            same = app.detail.part_text("years")
        flat = " ".join(renamed.split())  # the pane wraps the line at its width
        assert f"dari 2023: {other}" in flat or f"from 2023: {other}" in flat, renamed
        assert not any(c in renamed for c in "↑↓") and "Kemajuan" not in renamed
        row = next(x for x in renamed.splitlines() if x.startswith(" 2023 "))
        assert "15,2" in row and "█" not in renamed  # the year's row kept, no bar of it
        assert other not in same and "2023: ↑ 1 poin" in same
        assert " 2023 ██" in same


def test_a_long_figure_uses_the_room_the_pane_has() -> None:
    """The years' target and realisasi were cut at 14 characters whatever the pane's width
    (">3,51 (skala…" in a pane of 80 columns); now cut only as far as the pane needs, never
    shorter than before: at 80×24 (a pane of 30 columns) the table is as years9 laid it out.
    Where the pane then cut them ("Sangat Baik (…" at 120×40) they fold whole (tui65)."""
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.tui.components.years import YearsContext, years_part

    report = load_bundled_report()
    node = next(n for n in report.nodes() if n.code == "IKU 1")
    assert node.measure is not None
    history = {**node.measure.realisasi_history, 2022: "Sangat Baik (A) 3,49 poin"}
    measure = replace(node.measure, target=">3,51 (skala 1-5)", realisasi_history=history)
    report.replace_node(node.with_changes(measure=measure))
    ev = Evaluation(report).of(node.id)
    part = years_part(ev, YearsContext(report), "id")
    assert part is not None

    def rows(width: int) -> dict[str, str]:
        out: dict[str, str] = {}  # (the table's row, not the chart's bar below it)
        for x in part.layout(width).plain.splitlines():
            if x.startswith((" 2022", " 2023")):
                out.setdefault(x.split()[0], x)
        return out

    def table(width: int) -> list[str]:
        lines = part.layout(width).plain.splitlines()  # (to the sources listed, or the change)
        return lines[1 : next(i for i, x in enumerate(lines) if x.startswith(("Sumber:", "Per")))]

    # the pane at 80×24 (30 columns then, 27 now): as before, but for the capaian of 2023: the
    # target with its note in brackets is read (num11), 2,85 / 3,51 × 100; a figure wider than
    # its column folds within it (years29: the row was wider than the pane and wrapped whole,
    # its capaian under its year); a grade keeps its score on its line (years30: "Baik (A)" /
    # "3,49" read as two figures); a grade printed with its points and their unit is read as
    # those points (vals46: 3,49 / 3,226 × 100), its capaian shown beside it
    # (a folded figure's lines from one column: tui65)
    assert table(30)[2:9] == [  # (whole, where they fold: nothing cut)
        " 2022  3,226 Sangat   108,18 %",
        "             Baik",
        "             (A) 3,49",
        "             poin",
        " 2023 >3,51      2,85  81,20 %",
        "      (skala",
        "      1-5)",
    ]
    for width in range(27, 120):
        assert all(len(x) <= width for x in table(width)), (width, table(width))
    for width in range(45, 120):
        shown = rows(width)
        # whole, folded where the pane is narrow: never cut ("Sangat Baik (…", ">3,51 (skala…"
        # at 120×40, where they now fold: tui65)
        lines = table(width)
        assert not any("…" in x for x in lines), (width, lines)
        words = " ".join(" ".join(lines).split())
        assert ">3,51" in words and "(skala 1-5)" in words, (width, lines)
        assert "Sangat Baik" in words and "(A) 3,49 poin" in words, (width, lines)
        if width >= 1 + 5 + 2 + 17 + 2 + 25 + 2 + 8:  # room for both whole, gaps of two
            assert ">3,51 (skala 1-5)" in shown["2023"]
            assert "Sangat Baik (A) 3,49 poin" in shown["2022"]
        if width >= 50:  # (the pane at 120×40 and wider): every row within the pane
            assert all(len(x) <= width for x in shown.values()), (width, shown)


async def test_every_header_is_whole_at_80_columns_in_both_views(
    make_app, years_store: Store
) -> None:
    """tui14: at 80×24 the by-indicator view's year header read "Tah…" (and the report view's
    "Di bawah …", "Kesalahan…"): a header too long for its column says its short form, whole,
    also with the sort arrow beside it, id and en."""
    from tests.tui.conftest import text_of

    for lang, year in (("id", "Thn"), ("en", "Year")):
        app = make_app(years_store, lang=lang)
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await _overview(pilot)
            # (by indicator in a store of two regions: the pemerintah before the year, years31;
            # the first Tab sorts by the instansi, the indicator's order being the view's own)
            for keys in ((), ("ctrl+t",), ("tab", "tab"), ("tab",)):
                await pilot.press(*keys)
                await pilot.pause()
                header = text_of(screen.table).splitlines()[0]
                assert "…" not in header, (lang, keys, header)
                assert len(header.rstrip()) <= 80
            assert screen.by_indicator
            assert f" {year} ▲" in header or f" {year} ▼" in header, header


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_no_progress_from_another_years_realisasi(
    make_app, years_store: Store, lang: str
) -> None:
    """2024 has no realisasi for IKU 4 (new --from): its progress to the Renstra end target is
    not 2023's figure shown as this report's ("−500,00 % … menjauh"), it says there is none yet."""
    app = make_app(years_store, report_id=NEXT_ID, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await _other_years(pilot)
        app.go_to(node_id_by_code(app, "IKU 4"))
        await settle(pilot)
        flat = " ".join(app.detail.part_text("years").split())
        if lang == "en":
            assert "Progress to the Renstra end target 93: no realisasi for 2024 yet" in flat
            assert "of the way" not in flat and "moving away" not in flat
        else:
            assert "Kemajuan menuju target akhir Renstra 93: belum ada realisasi 2024" in flat
            assert "dari jarak" not in flat and "menjauh" not in flat
        app.go_to(node_id_by_code(app, "IKU 1"))  # its own realisasi: progress as before
        await settle(pilot)
        flat = " ".join(app.detail.part_text("years").split())
        # (moving away: the two years' figures, not "−225,00 % of the way": tui23)
        away = "Moving away from the Renstra end target" if lang == "en" else "Menjauh dari target"
        assert away in flat and "−225,00 %" not in flat, flat
