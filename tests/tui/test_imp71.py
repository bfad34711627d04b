"""The TUI's import screen on a refused workbook with warnings (imp71)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_imp68 import _workbook
from tests.tui.conftest import settle, text_of


@pytest.mark.parametrize(
    ("lang", "title", "warning"),
    [
        ("id", "2 masalah di k.xlsx", 'peringatan: Data!G4 "(1.2)": titik dibaca'),
        ("en", "2 problems in k.xlsx", 'warning: Data!G4 "(1.2)": the dot'),
    ],
)
async def test_the_problems_dialog_counts_problems_not_warnings(
    make_app, tmp_path: Path, lang: str, title: str, warning: str
) -> None:
    """A workbook refused for two cells, with two warnings of a third ("(1.2)": read negative,
    its dot a decimal point): the dialog's title said "4 masalah", counting the warnings it
    lists under them, where ``lkj-tui import`` says 2. It says 2; the warnings are still listed,
    each quoting the cell as written ("(1.2)", not its reading "-1.2")."""
    from lkj_tui.tui.components.importdialogs import ProblemsDialog
    from tests.tui.test_import_tui import _import

    rows: list[list[object]] = [
        ["iku", "IKU 1", "Nilai SAKIP", "Nilai", "positif", "(1.2.3)", 70],
        ["iku", "IKU 2", "Nilai LPPD", "Nilai", "positif", 3, "(1.2)"],
        ["iku", "IKU 3", "Nilai IKM", "Nilai", "positif", 3, 3, "(1.02.2.01)"],
    ]
    path = _workbook(tmp_path / "k.xlsx", rows, {})
    app = make_app(lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await _import(pilot, path)
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ProblemsDialog)
        said = " ".join(text_of(dialog).split())
        assert title in said, said
        assert " ".join(warning.split()) in said, said
        assert '"-1.2"' not in said, said
