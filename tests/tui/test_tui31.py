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
