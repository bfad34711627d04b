"""tui63: the TUI's columns and names at every width — a tree row's count kept where its name
shows no more without it, the overview's capaian figures in one column, the years' sources cut
from a "-", a year's capaian under its realisasi where its row cannot hold it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.tui.conftest import go, settle, text_of, until, workers_done
from tests.tui.test_meeting16 import counted_rows


@pytest.fixture
def works_report(tui_store: Any) -> str:
    """The public works office's 2025 report of benchmarks/generate.py's kabupaten (the bench's
    ``kabupaten-s1`` holds it): IKU 7 "Jumlah mutu pendidikan dasar", 7 items under target
    beneath it."""
    from lkj_tui.core.model import Report
    from tests.test_benchmarks import _generator

    generate = _generator()
    plan = generate.plan(generate.SCALES["kabupaten"])[19]
    tui_store.import_report(Report.from_document(generate.build_document(plan, 1)))
    return str(plan.id)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_row_keeps_its_count_where_its_name_shows_no_more_without_it(
    make_app: Any, works_report: str, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """At 80×24 IKU 7 read "IKU 7 Jumlah mutu… ✗1" and 9 blank cells before "120,00 %": its
    count ("▼7") gave way, but the name's cut after a word was the same without it. A row's
    count now gives way only where its name then shows more: no row without its count has the
    count's cells (and the figure's two) blank before its figure."""
    rows = {}
    for code, row, under in await counted_rows(make_app, works_report, monkeypatch, lang):
        rows[code] = row
        count = f"  ▼{under}"
        if count.strip() not in row:
            figures = row.split(" ✗1")[1]
            blank = len(figures) - len(figures.lstrip(" "))
            assert blank < len(count) + 2, row
    assert "IKU 7 Jumlah mutu" in rows["IKU 7"], rows
    assert "▼7" in rows["IKU 7"], rows
    assert "▼10" not in rows["IKU 1"], rows  # (its name shows more without it)
    assert "pengendalian" in rows["IKU 1"], rows


@pytest.mark.parametrize(("size", "lang"), [((80, 24), "id"), ((100, 30), "en"), ((120, 40), "id")])
async def test_by_indicator_the_capaian_figures_end_in_one_column(
    make_app: Any, tmp_path: Any, monkeypatch: pytest.MonkeyPatch, size: Any, lang: str
) -> None:
    """By indicator a capaian under target ("88,51 % ▼") ended where one on target ended
    without the mark ("100,00 %"): their "%" stood two cells apart, row after row. Every
    capaian keeps the mark's cells now: the figures end in one column."""
    from tests.tui.test_years32 import regions_store
    from tests.tui.test_years_overview import _overview

    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    app = make_app(regions_store(tmp_path), lang=lang)
    async with app.run_test(size=size) as pilot:
        screen = await _overview(pilot)
        await pilot.press("ctrl+t", *"nilai")  # (LPPD and AKIP under target, SAKIP on it)
        await settle(pilot)
        rows = text_of(screen.table).splitlines()[1:]
        marked = [row for row in rows if "% ▼" in row]
        plain = [row for row in rows if " %" in row and "% ▼" not in row]
        assert marked and plain, rows
        ends = {row.rindex(" %") for row in marked + plain}
        assert len(ends) == 1, rows


@pytest.fixture
def works_years(tui_store: Any) -> list[str]:
    """The public works office's reports of 2021–2025 (benchmarks/generate.py's kabupaten, as
    ``kabupaten-s1`` holds them): long ids, targets of several figures."""
    from lkj_tui.core.model import Report
    from tests.test_benchmarks import _generator

    generate = _generator()
    plans = generate.plan(generate.SCALES["kabupaten"])[15:20]
    for plan in plans:
        tui_store.import_report(Report.from_document(generate.build_document(plan, 1)))
    return [str(plan.id) for plan in plans]


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_years_sources_cut_an_id_from_a_dash_as_the_summary_does(
    make_app: Any, works_years: list[str], lang: str
) -> None:
    """The detail pane's years said their sources "2021 …s-pekerjaan-umum-dan-penataan-ruang-
    2021" at 120×40: the id cut inside its first word kept, where the summary's id line and the
    report picker cut one from a "-" on. Each source is now cut as the summary cuts an id."""
    app = make_app(report_id=works_years[-1], lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await workers_done(pilot)
        await go(pilot, "IKU 1")
        await until(pilot, lambda: "2021 " in text_of(app.detail), "the years shown")
        lines = text_of(app.detail).splitlines()
        at = next(i for i, x in enumerate(lines) if x.strip() in ("Sumber:", "Source:"))
        sources = [x.split() for x in lines[at + 1 : at + 5]]
        assert [x[0] for x in sources] == ["2021", "2022", "2023", "2024"], lines
        for year, source in sources:
            assert source.startswith("…-") and source.endswith(f"-{year}"), lines


def works_table(store: Any, report_id: str, lang: str, width: int) -> list[str]:
    """IKU 1's years table of ``report_id`` laid out at ``width`` (its rows, to the sources
    listed under it)."""
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.tui.components.years import load_context, years_part

    report = store.load(report_id).report
    node = next(n for n in report.walk() if n.code == "IKU 1")
    part = years_part(Evaluation(report).of(node.id), load_context(store, report), lang)
    assert part is not None
    lines = part.layout(width).plain.splitlines()
    return lines[1 : lines.index("Sumber:" if lang == "id" else "Source:")]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_years_capaian_goes_under_its_realisasi_where_the_row_cannot_hold_it(
    tui_store: Any, works_years: list[str], lang: str
) -> None:
    """At 80×24 (27 cells of the pane's text) the years of an indicator whose targets hold
    several figures ("5 Raperda, 50 Raperbup, 600 SK": columns 9 cells wide, folded) wrapped
    every year's row whole, its capaian at the pane's left under its year ("2025  >3,20  3,57"
    / "111,56%"). The capaian now goes on a line of its own, its end under the realisasi's."""
    table = works_table(tui_store, works_years[-1], lang, 27)
    assert all(len(x) <= 27 for x in table), table  # (the paragraphs below wrap in the pane)
    years = [i for i, x in enumerate(table) if x[:5].strip().isdigit()]
    assert [table[i].split()[0] for i in years] == [str(y) for y in range(2021, 2027)], table
    ends = {len(x) for x in table if x.endswith("%") or x.endswith("—")}
    assert len(ends) == 1, table  # every capaian's end (and the realisasi's) in one column
    assert "111,56 %" in "\n".join(table) and not any(x.startswith("1") and "%" in x for x in table)
