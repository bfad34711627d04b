"""The reviewer in a meeting at 60×20 and 80×24 (tui32): the summary bar's short forms where the
totals wrap, the filter always said."""

from __future__ import annotations

import pytest

from lkj_tui.storage.store import Store
from lkj_tui.tui.components.summary import SummaryBar
from tests.tui.conftest import settle, text_of
from tests.tui.test_tui31 import _long_named


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(60, 20), (50, 20), (80, 24)])
async def test_the_summary_bar_uses_its_short_forms_where_the_totals_wrap(
    make_app, tui_store: Store, lang: str, size: tuple[int, int]
) -> None:
    """At 60 columns a long instansi's bar needed more than its 6 rows even without the id's
    line: the full words were used where the short ones wrapped too, "16 IKU" stood alone on a
    line, and with `u` the ratings and "Filter: hanya di bawah target" were cut off. The count
    now shares its line with the average, the instansi gives way to one line, and the filter is
    said whatever the width; each rating is whole ("Sangat Rendah 0", never "Sangat" / …)."""
    app = make_app(report_id=_long_named(tui_store), lang=lang)
    note = "Filter: under target only" if lang == "en" else "Filter: hanya di bawah target"
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        bar = app.query_one(SummaryBar)
        for filtered in (False, True):
            lines = [line.strip() for line in text_of(bar).splitlines()]
            assert bar.size.height <= 6
            assert not any(line.endswith("IKU") and len(line.split()) == 2 for line in lines), lines
            assert not any(line.endswith(("Sangat", "Very")) for line in lines), lines
            assert (note in "\n".join(lines)) is filtered, lines
            if size[0] >= 60:  # (the ratings whole too, where the bar has the rows)
                assert any(line.startswith(("Sangat Tinggi", "Very high")) for line in lines), lines
            await pilot.press("u")
            await settle(pilot)
