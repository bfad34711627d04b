"""The TUI's import of a refused file says a row's warnings under its problems, as ``lkj-tui
import`` does (vals37: the dialog listed the problems alone)."""

from __future__ import annotations

from pathlib import Path

from lkj_tui.tui.components.importdialogs import ProblemsDialog
from tests.tui.conftest import SIZE, settle
from tests.tui.test_import_tui import _import


async def test_a_refused_files_dialog_says_a_rows_warning_under_its_problem(
    make_app, tui_store, tmp_path: Path
) -> None:
    bad = tmp_path / "campur.csv"
    rows = [
        "level;kode;induk;uraian;satuan;polaritas;target;realisasi",
        "sasaran;S1;;Sasaran satu;;;;",
        "iku;IKU 1;S1;Satu;%;naik turun;95 %;0,97",
    ]
    bad.write_text("\n".join(rows) + "\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await _import(pilot, bad)
        assert isinstance(app.screen, ProblemsDialog)
        lines = app.screen.lines
        at = next(i for i, line in enumerate(lines) if line.startswith("baris 3 (polaritas)"))
        assert lines[at + 1].startswith("  peringatan: baris 3 (realisasi)"), lines
