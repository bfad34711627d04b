"""The TUI in a meeting, sixteenth pass's second wave (tui19): 80×24 and 120×40, id and en."""

from __future__ import annotations

import pytest

from tests.tui.conftest import settle, text_of
from tests.tui.test_meeting16 import kabupaten_report, regions_store  # noqa: F401 (fixtures)


@pytest.mark.parametrize("keys", [("tab",), ("tab", "tab"), ("shift+tab",)])
async def test_tab_on_the_main_screen_repaints_only_what_changed(
    make_app, full_updates, keys
) -> None:
    """Tab between the tree and the detail pane repainted the whole screen (Textual's
    Screen.focused repaints its screen), as a dialog's Tab did before 2fb93f8: only the two panes
    that gain and lose the focus repaint now, and the focus still moves."""
    from tests.tui.conftest import go

    full = full_updates
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await go(pilot, "IKU 1")
        await settle(pilot)
        first = app.screen.focused
        full.clear()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        assert (app.screen.focused is first) == (len(keys) == 2)  # the focus moved (and back)
        assert not full, len(full)


@pytest.mark.parametrize(
    ("lang", "said", "picked"),
    [
        (
            "id",
            "Tidak ada yang cocok dengan “kebahagiaan”. ctrl+u mengosongkan saringan.",
            "ctrl+y tahun",
        ),
        ("en", "Nothing matches “kebahagiaan”. ctrl+u clears the filter.", "ctrl+y year"),
    ],
)
async def test_an_overview_filter_matching_nothing_says_so_and_how_to_clear_it(
    make_app,
    regions_store,  # noqa: F811
    lang,
    said,
    picked,
) -> None:
    """Filtered on text that matches nothing, the overview showed its headers alone: it says
    that nothing matches, what was typed, and how to clear it (and, with a year or region
    picked, that those apply too); by report and by indicator; ctrl+u brings the rows back."""
    from tests.tui.test_years_overview import _overview

    app = make_app(regions_store, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _overview(pilot)
        table = screen.query_one("#ov-table")
        assert said.split("“")[0] not in text_of(table)
        await pilot.press(*"kebahagiaan")
        await settle(pilot)
        lines = [line.strip() for line in text_of(table).splitlines()]
        assert lines[1] == said, lines
        await pilot.press("ctrl+y")  # a year picked: the region/year filters named too
        await settle(pilot)
        assert picked in text_of(table)
        await pilot.press("ctrl+t")  # by indicator, the same
        await settle(pilot)
        assert said in text_of(table) and picked in text_of(table)
        await pilot.press("ctrl+u")
        await settle(pilot)
        assert said.split("“")[0] not in text_of(table) and len(screen.shown) > 0


@pytest.mark.parametrize(("lang", "word"), [("id", "belum capai"), ("en", "under")])
async def test_a_kabupaten_tujuan_row_gives_its_counts_word_before_its_name(
    make_app,
    kabupaten_report,  # noqa: F811
    lang,
    word,
) -> None:
    """At 80×24 a kabupaten's tujuan and sasaran rows kept "▼35 belum capai" while their names
    shrank to about two words ("T1 Meningkatnya kualitas…"): the count's word gives way first,
    "▼35" stays, in every row of the list alike, and the name takes the cells."""
    from tests.tui.test_meeting15 import _row
    from tests.tui.test_meeting18 import _settled

    app = make_app(report_id=kabupaten_report, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await _settled(pilot)
        evaluation = app.view.evaluation
        for kind in ("tujuan", "sasaran"):
            nodes = [n for n in app.view.report.walk() if n.kind == kind]
            for node in (n for n in nodes if evaluation.of(n.id).under_below):
                row = _row(app, node.id).rstrip()
                assert row.endswith(f"▼{evaluation.of(node.id).under_below}"), row
                assert word not in row, row
                assert len(row.split("  ▼")[0].split(" ", 2)[-1]) > 20, row  # not two words
