"""The reviewer in a meeting, continued (tui34): the report list says a file it skips in its own
lines, and opening a report leaves the detail pane uncovered."""

from __future__ import annotations

import dataclasses

import pytest
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import OptionList

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.storage.store import Store
from lkj_tui.tui.screens import ReportScreen
from tests.tui.conftest import settle


def drawn(widget: Widget) -> str:
    """A widget's text as drawn, its padding included (text_of draws its content's width)."""
    width, height = widget.outer_size
    lines = widget.render_lines(Region(0, 0, width, height))
    return "\n".join(strip.text for strip in lines).strip()


def _store_with_a_stray_file(folder) -> Store:
    """The bundled report, three more offices, and a file of garbage named like a report."""
    store = Store(folder, seed=load_bundled_report)
    report = store.load(BUNDLED_REPORT_ID).report
    for n in range(3):
        other = dataclasses.replace(report.meta, id=f"kantor-{n}-2023", instansi=f"Kantor {n}")
        report.meta = other
        store.import_report(report)
    (folder / "stray.json").write_text("\x00garbage{" * 40, encoding="utf-8")
    return store


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_report_list_says_a_skipped_file_in_its_lines_and_keeps_its_rows(
    make_app, tui_store: Store, lang: str, size: tuple[int, int]
) -> None:
    """`r` over a store holding a file that cannot be read toasted the store's whole message
    (≈ 15 rows at 80×24) for 15 s, which squeezed the list to its title. The list now names
    the file on a line under the store's folder, with the command that says why; no toast,
    and every report's row shows."""
    store = _store_with_a_stray_file(tui_store.root / "rapat")
    app = make_app(store=store, report_id=BUNDLED_REPORT_ID, lang=lang, store_typed="rapat")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        assert not [m for m, *_ in app.toasts if "stray" in m], app.toasts
        # (one row, fewer words where it would wrap: tests/tui/test_tui35.py)
        said = drawn(app.screen.query_one("#skipped"))
        head = {"id": "1 berkas", "en": "1 file(s)"}[lang]  # (fewest at 60 in English: tui36)
        # (at 60 columns in Indonesian the file named with fewer words: tui37)
        assert said.startswith((head, "1 skipped:", "1 dilewati (stray.json):")), said
        option = " --lang en" if lang == "en" else ""
        assert said.endswith(f"lkj-tui info --store rapat{option}"), said
        rows = app.screen.query_one("#reports", OptionList)
        assert rows.option_count == 5  # (four reports and "Laporan baru…")
        assert rows.content_region.height >= rows.option_count, rows.content_region
