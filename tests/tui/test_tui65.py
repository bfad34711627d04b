"""tui65: the TUI in a review meeting at 80, 100 and 120 columns — a row without figures keeps
the under-target mark's column blank, a year's folded figure reads from one column."""

from __future__ import annotations

from typing import Any

import pytest

from tests.tui.conftest import settle, until, workers_done
from tests.tui.test_tui63 import works_report, works_table, works_years  # noqa: F401


@pytest.mark.parametrize(("size", "lang"), [((120, 40), "en"), ((100, 30), "id"), ((80, 24), "en")])
async def test_a_count_s_word_never_runs_into_the_under_target_mark_column(
    make_app: Any,
    works_report: str,  # noqa: F811
    size: tuple[int, int],
    lang: str,
) -> None:
    """At 120×40 in English the public works office's S7 read "S7 Meningkatnya mutu
    pendidikan dasar yang akuntabel ✗1  ▼1 under" to the tree's last cell, against the detail
    pane's border, where every row with figures keeps its last two cells for the under-target
    mark ("  " or " ▼"). The count's word now gives way (in every row of its list, as it does
    for a name's room) where it would take those cells: "▼1", then blanks."""
    from lkj_tui.core.i18n import tr

    word = f" {tr('under_target_short', lang)}"
    app = make_app(report_id=works_report, lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await workers_done(pilot)
        await settle(pilot)
        tree = app.tree
        width = tree.scrollable_content_region.width
        rows = []
        for line in range(tree.last_line + 1):
            node = tree.get_node_at_line(line)
            assert node is not None
            rows.append(tree._label_body(node, width).plain)
        worded = [row for row in rows if row.rstrip().endswith(word)]
        assert worded or size != (120, 40), rows  # (the word shown where it has the room)
        for row in worded:
            assert row.endswith("  "), row
        s7 = next(row for row in rows if row.startswith("S7 Meningkatnya"))
        assert s7.endswith("  "), s7


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("width", [27, 38])
def test_a_folded_figure_in_the_years_reads_from_one_column(
    tui_store: Any,
    works_years: list[str],  # noqa: F811
    lang: str,
    width: int,
) -> None:
    """At 100×30 (and 80×24) the years of an indicator whose targets hold several figures
    folded "5 Raperda, 50 Raperbup, 600 SK" with each line's end at the column's: "5 Raperda,"
    / "        50" / " Raperbup," / "    600 SK" read as four figures, jagged. A folded
    figure's lines now start in one column, the widest's end at the column's."""
    lines = works_table(tui_store, works_years[-1], lang, width)
    start = next(i for i, x in enumerate(lines) if x.strip().startswith("2022"))
    end = next(i for i, x in enumerate(lines) if "600 SK" in x)
    block, column = lines[start : end + 1], lines[end].index("600 SK")
    assert len(block) >= 3 and any("Raperbup," in x for x in block), block
    for x in block:  # every line of the target starts in its first line's column
        assert x[column - 1] == " " and x[column] != " ", block
    assert all(x == x.rstrip() for x in lines), lines


@pytest.mark.parametrize(("width", "lang"), [(100, "en"), (80, "id"), (120, "en")])
async def test_a_change_keeps_its_arrow_beside_its_figure(
    make_app: Any, tui_store: Any, width: int, lang: str
) -> None:
    """Next year's report of the bundled one (``new --from``) with IKU 1's realisasi 3,05: at
    100×30 in English the years' change line ended with its arrow, "Change in realisasi from
    2023: ↑", and began the next with "7,02 % (better)". The arrow now stays with its figure,
    as a sign does ("≥ 3,51")."""
    from lkj_tui.bundled import load_bundled_report
    from lkj_tui.core import edits
    from lkj_tui.core.rollover import rollover
    from tests.tui.conftest import go

    tui_store.import_report(rollover(load_bundled_report(), 2024, "setda-2024"))
    report = tui_store.load("setda-2024").report
    iku1 = next(n for n in report.walk() if n.code == "IKU 1")
    tui_store.apply("setda-2024", edits.set_field(report, iku1.id, "realisasi", "3,05"))
    app = make_app(report_id="setda-2024", lang=lang)
    async with app.run_test(size=(width, 30)) as pilot:
        await settle(pilot)
        await workers_done(pilot)
        await go(pilot, "IKU 1")
        await until(pilot, lambda: "7,02 %" in app.detail.text, "the change from 2023 shown")
        lines = [x.rstrip() for x in app.detail.text.splitlines()]
        assert any("↑ 7,02 %" in x for x in lines), lines
        assert not any(x.endswith(("↑", "↓")) for x in lines), lines


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_years_figure_of_several_parts_is_read_whole_at_120_columns(
    tui_store: Any,
    works_years: list[str],  # noqa: F811
    lang: str,
) -> None:
    """At 120×40 (47 cells of the pane's text) the years' targets of several figures were cut
    to fit their columns: "10 Raperda, 7…" (2024's 75 Raperbup and 600 SK unread), where at
    100×30 they folded whole. They now fold whole wherever they were cut, each figure on a
    line of its own where its column holds it ("10 Raperda," / "75 Raperbup," / "600 SK"); a
    long number keeps its length said on one line ("99… (200 digit)": test_vals30)."""
    table = works_table(tui_store, works_years[-1], lang, 47)
    assert all(len(x) <= 47 for x in table), table
    assert not any("…" in x for x in table), table
    start = next(i for i, x in enumerate(table) if x.split()[0] == "2024")
    block = [x.split("  ")[0].strip() if i else x for i, x in enumerate(table[start : start + 3])]
    assert "10 Raperda," in block[0] and "12 Raperda," in block[0], table
    assert [x.split()[:2] for x in table[start + 1 : start + 3]] == [
        ["75", "Raperbup,"],
        ["600", "SK"],
    ], table


@pytest.mark.parametrize(("size", "lang", "key"), [((100, 30), "en", "f1"), ((80, 24), "id", "?")])
async def test_the_help_opens_at_the_overview_s_keys_from_the_overview(
    make_app: Any, size: tuple[int, int], lang: str, key: str
) -> None:
    """The overview is the start screen of a store of several reports; F1 there opened the help
    at its top, on the tree's keys, and the overview's own (ctrl+t, ctrl+y, Tab, Esc) were one
    row of the last part, ≈ 90 lines down. The help now has a part on the overview, and F1 (or
    ``?`` in its empty filter) opens it there."""
    from lkj_tui.tui.components.overview import OverviewScreen
    from lkj_tui.tui.screens import HelpScreen, help_text
    from tests.tui.test_tui50 import _screen

    heading = "Overview" if lang == "en" else "Ikhtisar"
    part = help_text(lang).split(f"## {heading}\n")[1].split("\n## ")[0]
    for keys in ("ctrl+t", "ctrl+y", "ctrl+g", "Tab / Shift+Tab", "Enter", "Esc", "ctrl+u"):
        assert keys in part, part
    app = make_app(lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("o")
        await until(pilot, lambda: isinstance(app.screen, OverviewScreen) and app.screen.loaded)
        overview = app.screen
        await pilot.press(key)
        await until(pilot, lambda: isinstance(app.screen, HelpScreen), "the help open")
        await settle(pilot)
        rows = _screen(app)
        assert any(f"│  {heading}   " in row for row in rows[:9]), rows  # (its first row)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is overview
