"""The TUI in a meeting, twenty-eighth pass (tui28): rows that read alike, the pane's width."""

from __future__ import annotations

import pytest

from tests.tui.test_meeting16 import kabupaten_report  # noqa: F401  (a fixture)
from tests.tui.test_meeting27 import _alike_iku_rows


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
