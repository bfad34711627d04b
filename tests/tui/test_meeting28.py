"""The TUI in a meeting, twenty-eighth pass (tui28): rows that read alike, the pane's width."""

from __future__ import annotations

import pytest

from lkj_tui.storage.store import Store
from tests.tui.conftest import node_id_by_code, settle
from tests.tui.test_meeting16 import kabupaten_report  # noqa: F401  (a fixture)
from tests.tui.test_meeting27 import _alike_iku_rows
from tests.tui.test_years_overview import NEXT_ID, _other_years, years_store  # noqa: F401


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_iku_rows_whose_next_word_does_not_fit_read_apart_at_80_columns(
    make_app,
    kabupaten_report,  # noqa: F811
    lang,
) -> None:
    """At 80×24 the rows left alike were names whose next whole word did not fit: "IKU 16
    Nilai…" of "Nilai infrastruktur jalan dan jembatan" beside another "Nilai…" (13 of 80 IKU
    rows in five kabupaten reports; 2 at 120 columns). The word that tells them apart is now
    cut where the room ends ("IKU 13 Persentase admini…"): 1 of 80 left at 80, none at 100
    or 120."""
    app = make_app(report_id=kabupaten_report, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        assert await _alike_iku_rows(app, pilot) == []
        for size in ((100, 30), (120, 40)):
            await pilot.resize_terminal(*size)
            assert await _alike_iku_rows(app, pilot) == [], size


async def test_at_80_columns_the_english_years_table_fits_a_pane_of_31(
    make_app,
    years_store: Store,  # noqa: F811
) -> None:
    """The pane was 32 wide at 80 columns (the tree 48) only because the English years table's
    short heading "Actual" is a cell wider than id's "Real.": its rows wrapped at 31. "Act."
    gives the tree the column back (49), and each year is still one line in English."""
    app = make_app(years_store, report_id=NEXT_ID, lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await _other_years(pilot)
        app.go_to(node_id_by_code(app, "IKU 1"))
        await settle(pilot)
        assert app.tree.size.width == 49 and app.query_one("#detail").size.width == 31
        shown = app.detail.part_text("years").splitlines()
        width = app.detail.content_region.width
    assert shown[1].split() == ["Year", "Target", "Act.", "Capaian"]
    assert all(len(x) <= width - 4 for x in shown)  # the rule, blanks and bar beside
    rows = [x.split() for x in shown[2 : shown.index("Source:")]]  # (each source a line, years29)
    assert [r[0] for r in rows] == ["2021", "2022", "2023", "2024", "2025", "2026"]
    assert all(len(r) == 5 and r[-1] == "%" for r in rows[2:4]), rows
