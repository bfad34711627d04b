"""walk71: a new user's first hour in the TUI — the overview of a store of one's own reports."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input

from lkj_tui.bundled import load_bundled_report
from lkj_tui.storage.store import Store
from tests.tui.conftest import settle, text_of
from tests.tui.test_years_overview import _overview

KOMINFO = "Dinas Komunikasi dan Informatika Kabupaten Contoh"
DINKES = "Dinas Kesehatan Kabupaten Contoh"


def _own_store(root: Path) -> Store:
    """Reports imported from a workbook whose Laporan sheet names no pemerintah (the
    template's row left empty, as a new user leaves it): two offices, one in two years."""
    store = Store(root)
    offices = [("kominfo-2024", KOMINFO, 2024), ("kominfo-2025", KOMINFO, 2025)]
    for rid, instansi, tahun in [*offices, ("dinkes-2024", DINKES, 2024)]:
        report = load_bundled_report()
        report.meta = replace(report.meta, id=rid, instansi=instansi, pemerintah="", tahun=tahun)
        store.import_report(report)
    return store


@pytest.mark.parametrize(
    ("lang", "header", "region"), [("id", "Pemerintah", "daerah"), ("en", "Government", "region")]
)
async def test_overview_of_reports_without_a_pemerintah_has_no_blank_column(
    make_app: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    lang: str,
    header: str,
    region: str,
) -> None:
    """A store of one's own imported reports (no pemerintah in the template's Laporan sheet):
    the overview at 80×24 gave a "Pemerintah" column blank on every row and the status line
    "daerah: semua", while the instansi was cut to "Dinas Komunikasi dan…" on two rows that
    only the year told apart. The blank column is left out, its room the instansi's."""
    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    app = make_app(_own_store(tmp_path / "own"), lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen = await _overview(pilot)
        assert screen.query_one("#ov-filter", Input).value == ""
        rows = text_of(screen.table).splitlines()
        assert header not in rows[0], rows
        assert f"{region}:" not in text_of(screen.query_one("#ov-status")), text_of(screen)
        kominfo = [row for row in rows if row.lstrip().startswith("Dinas Komunikasi")]
        assert len(kominfo) == 2 and all("Informatika" in row for row in kominfo), rows
        assert any(DINKES in row for row in rows), rows  # (whole where it fits)


@pytest.mark.parametrize(
    ("lang", "command", "folder"),
    [
        ("id", "lkj-tui template -o templat.xlsx", "~/Dokumen/"),
        ("en", "lkj-tui template -o templat.xlsx --lang en", "~/Documents/"),
    ],
)
async def test_import_dialog_says_where_the_template_comes_from(
    make_app: Any, lang: str, command: str, folder: str
) -> None:
    """``i`` asked for "An .xlsx file (the lkj-tui template or the Permendagri 86 Renja
    evaluation)": a new user did not learn where the template comes from, nor that e-SAKIP's
    sheet, the cascading form or a table of Sasaran and Indikator are read too, and the English
    dialog suggested "~/Dokumen/". Now the command that writes the template is on a line of its
    own (as typed in this language), with every shape import reads, at 80×24 and 60×20."""
    from lkj_tui.tui.components.importdialogs import PathDialog

    for size in ((80, 24), (60, 20)):
        app = make_app(lang=lang)
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await pilot.press("i")
            await settle(pilot)
            dialog = app.screen
            assert isinstance(dialog, PathDialog)
            lines = [line.strip() for line in text_of(dialog).splitlines()]
            assert command in lines, lines
            assert "e-SAKIP" in " ".join(lines), lines
            assert dialog.query_one("#path", Input).placeholder.startswith(folder)
