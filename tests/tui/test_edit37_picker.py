"""edit37: the move picker cuts a name at its end and keeps its start where the cut names read
apart; it gave a name's first words away to "…" beside any name that began alike ("Sub
Kegiatan · …Pemerintahan", "Sub Kegiatan …penyusunan program…" at 80 columns)."""

from __future__ import annotations

import re

from textual.widgets import OptionList

from tests.tui.conftest import settle

#: a name that begins with "…" after its kind and kode ("Sub Kegiatan · …", "Sub kegiatan …")
LOST_START = re.compile(r"^(?:[^·…]* · )*(?:Sub [Kk]egiatan |Kegiatan |Program )?…")


async def test_a_name_keeps_its_start_where_its_cut_reads_apart(make_app) -> None:
    """``M`` on the bundled report's first indikator kegiatan at 80×24: rows whose name lost
    its start 5 → 3 (those left would read as another row's), no two rows alike."""
    app = make_app(lang="id")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        report = app.view.report
        node = next(n for n in report.walk() if n.kind == "indikator_kegiatan")
        assert app.tree.reveal(node.id)
        await pilot.pause()
        await pilot.press("M")
        await settle(pilot)
        rows = app.screen.query_one(OptionList)
        shown = [str(rows.get_option_at_index(i).prompt) for i in range(rows.option_count)]
        assert len(shown) >= 40, shown
        lost = [row for row in shown if LOST_START.match(row)]
        assert len(lost) <= 3, lost
        assert any(row.startswith("Sub Kegiatan · Administrasi…") for row in shown), shown
        assert len(set(shown)) == len(shown), shown
