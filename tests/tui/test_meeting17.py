"""The TUI in a meeting, fifteenth pass's second wave: the overview's status line."""

from __future__ import annotations

import pytest

from tests.tui.conftest import settle, text_of
from tests.tui.test_meeting16 import regions_store  # noqa: F401 (a fixture)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_region_filter_keeps_the_status_on_one_line(
    make_app,
    regions_store,  # noqa: F811
    lang,
) -> None:
    """With the overview filtered to one region at 80 columns the status line wrapped to two
    lines in Bahasa Indonesia ("… daerah: Kab. Bengkulu Selatan · tahun: semua"): where it
    would, it leaves out the region, which the title says; at 120 columns it keeps it."""
    from tests.tui.test_years_overview import _overview

    # in English the line is 78 cells: it fits 80 columns whole
    for size, said in (((80, 24), lang == "en"), ((120, 40), True)):
        app = make_app(regions_store, lang=lang)
        async with app.run_test(size=size) as pilot:
            screen = await _overview(pilot)
            while screen.region_filter != "Pemerintah Kabupaten Bengkulu Selatan":
                await pilot.press("ctrl+g")
                await settle(pilot)
            await pilot.pause()
            status = screen.query_one("#ov-status")
            line = str(status.render())
            assert status.size.height == 1, (size, line)
            assert ("Bengkulu Selatan" in line) is said, (size, line)
            assert "Bengkulu Selatan" in text_of(screen.query_one("#ov-title"))
            assert ("tahun: semua" if lang == "id" else "year: all") in line, line


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_export_path_breaks_only_at_its_separators(make_app, lang) -> None:
    """The export dialog's whole path under its fields broke inside the date ("…2026-" /
    "12-04.md") at 80 columns: each line now ends at a separator, the file's name whole."""
    from pathlib import Path

    from tests.tui.conftest import export_preview_lines

    app = make_app(lang=lang)
    app.export_folder = Path("/home/user/Dokumen/laporan-kinerja-rapat-bappeda")
    async with app.run_test(size=(80, 24)) as pilot:
        lines, path, _ = await export_preview_lines(pilot)
        name = path.rsplit("/", 1)[1]
        assert len(lines) >= 2 and lines[-1] == name, lines
        assert all(line.endswith("/") for line in lines[:-1]), lines
