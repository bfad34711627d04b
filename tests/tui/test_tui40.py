"""The reviewer in a meeting, continued (tui40): at 60×20 each search result is one line."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from tests.tui.conftest import settle


def _results(app) -> list[str]:
    results = app.screen.query_one("#results", OptionList)
    return [results.render_line(y).text.rstrip() for y in range(results.size.height)]


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_at_60x20_each_search_result_is_one_line(make_app, lang: str) -> None:
    """`/` at 60×20: the kind column took 11 of the ≈ 49 cells and most names wrapped onto two
    lines: ≈ 5 results showed in 14 rows. Each is now one line, its name cut after a word with
    "…" and its place kept at the end; at 80 columns a name still wraps whole."""
    app = make_app(lang=lang)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"persentase")
        await settle(pilot)
        results = app.screen.query_one("#results", OptionList)
        lines = _results(app)
        print("\n".join(lines))
        assert results.option_count > 10
        assert len(lines) >= 8 and all(" · " in x or x.endswith("▎") for x in lines), lines
        # (a second line would begin under the name, after the kind's column: tui41's IKU rows
        # give the name the kode's cells, "IKU 5      …Pengadaan Barang dan Jasa", its rest whole)
        rows = [x for x in lines if not x.startswith(" ")]
        assert len(rows) == len(lines), lines  # (every row a result: none went on a second)
        assert len(set(rows)) == len(rows), rows  # (a cut keeps the words that tell them apart)
        cut = [x for x in rows if "… " in x]
        assert cut and all(x.split("…")[0][-1] != " " for x in cut), cut
        assert all(x.rstrip(" ▎").split(" · ")[-1][:1] in "STPKI" for x in rows if " · " in x)
    app = make_app(lang=lang)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"persentase")
        await settle(pilot)
        lines = _results(app)
        print("\n".join(lines))
        assert any("Persentase" not in x for x in lines), lines  # (the long ones wrap whole)
