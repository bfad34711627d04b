"""Bringing a report in, second round, in the TUI (import59)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests.conftest import ONE_LINE, run_cli
from tests.tui.conftest import go, settle


def _imported(tmp_path: Path, problems: str = "") -> Store:
    """A report imported from a CSV file, IKU 1's permasalahan cell ``problems``."""
    tmp_path.mkdir(exist_ok=True)
    path = tmp_path / "isian.csv"
    cell = '"' + problems.replace('"', '""') + '"'
    path.write_text(
        "level;kode;uraian;satuan;target;realisasi;permasalahan\n"
        "sasaran;S1;Meningkatnya pelayanan;;;;\n"
        f"iku;IKU 1;Cakupan air minum;%;85;80;{cell}\n",
        encoding="utf-8",
    )
    root = tmp_path / "simpan"
    done = run_cli(
        "import", str(path), "--instansi", "Dinas X", "--tahun", "2025", store=root, env=ONE_LINE
    )
    assert done.returncode == 0, done.stderr
    return Store(root)


def _problems(store: Store) -> list[str]:
    report = Store(store.root).load(store.list_reports()[0].id).report
    return [item.text for item in next(n for n in report.walk() if n.code == "IKU 1").permasalahan]


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_two_lines_typed_in_the_dialog_are_two_items_as_in_a_cell(
    make_app, tmp_path: Path, lang: str
) -> None:
    """Two lines typed in the p dialog were saved as one permasalahan with a line break, where
    the same two lines in a cell of the imported sheet are two: one rule, one per line, blank
    lines and the blanks around a line left out, in the dialog, in `set` and in the import.
    An item edited into two lines stays in its place, the second after it."""
    from_cell = _problems(_imported(tmp_path / "cell", "  Data terlambat \n\n SDM kurang"))
    assert from_cell == ["Data terlambat", "SDM kurang"]
    store = _imported(tmp_path / "tui")
    app = make_app(store=store, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await go(pilot, "IKU 1")
        await pilot.press("p")
        await settle(pilot)
        await pilot.press(*"  Data terlambat ", "enter", "enter", *" SDM kurang", "ctrl+s")
        await settle(pilot)
        assert _problems(store) == from_cell
        await pilot.press("p")  # (its items first: "Tambah baru", 1., 2.)
        await settle(pilot)
        await pilot.press("down", "enter")
        await settle(pilot)
        await pilot.press("end", "enter", *"Arsip hilang", "ctrl+s")
        await settle(pilot)
        assert _problems(store) == ["Data terlambat", "Arsip hilang", "SDM kurang"]
    root = store.root
    done = run_cli("set", "IKU 1", "permasalahan+", "Anggaran kurang\n\nDokumen telat", store=root)
    assert done.returncode == 0, done.stderr
    assert _problems(store)[-2:] == ["Anggaran kurang", "Dokumen telat"]
