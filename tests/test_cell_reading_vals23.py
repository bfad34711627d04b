"""vals23: one reading of a Perjanjian Kinerja cell that prints several indicators' figures
("89,00 4,00") in ``check``, ``status``, the export and the TUI's detail pane."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

CELL = {
    "id": "89,00 untuk “Opini Penyelenggaraan Pengawasan Kepatuhan Pelayanan Publik” dan 4,00 "
    "untuk “Standar Pelayanan Publik” (Perjanjian Kinerja 2023 (Lampiran I), satu sel) →",
    "en": "89,00 for “Opini Penyelenggaraan Pengawasan Kepatuhan Pelayanan Publik” and 4,00 for "
    "“Standar Pelayanan Publik” (Perjanjian Kinerja 2023 (Lampiran I), one cell) →",
}
AGAINST = {"id": "terhadap 89,00: 92,01 % ▼", "en": "against 89,00: 92,01 % ▼"}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_status_and_export_give_the_capaian_check_gives_against_this_indicators_figure(
    store_path: Path, lang: str
) -> None:
    """`check` read IKL 2's PK cell "89,00 4,00" as 89,00 for IKL 2 (92,01 % ▼) while status and
    the export said "→ tidak terukur" of the same cell: all now give the capaian against the
    figure check takes, and say which figure it is."""
    status = " ".join(run_cli("status", "--lang", lang, store=store_path).stdout.split())
    assert f"{CELL[lang]} {AGAINST[lang]}" in status, status
    export = run_cli("export", "--lang", lang, store=store_path).stdout
    assert f"{CELL[lang]} capaian {AGAINST[lang]}." in export, export
    check = " ".join(run_cli("check", "--lang", lang, store=store_path).stdout.split())
    assert "89,00 → 92,01 % ▼" in check, check


def test_a_cell_whose_figure_cannot_be_told_stays_unmeasured_everywhere(
    store_path: Path,
) -> None:
    """Where neither figure can be told to be the indicator's (both of the LKj target's size),
    nothing is guessed: status says "tidak terukur" as before, and check asks which it is."""
    done = run_cli("set", "IKL 2", "target", "20", store=store_path)
    assert done.returncode == 0, done.stderr
    status = " ".join(run_cli("status", store=store_path).stdout.split())
    assert f"{CELL['id']} tidak terukur" in status, status
    data = run_cli("status", "--json", store=store_path).stdout
    assert '"figure"' not in data
    check = " ".join(run_cli("check", store=store_path).stdout.split())
    assert "tentukan mana target indikator ini" in check, check


@pytest.mark.parametrize("columns", ["110", "120", "140"])
def test_a_notes_under_target_mark_stays_with_its_capaian(store_path: Path, columns: str) -> None:
    """IKL 2's note under its row in `status` ended "… → terhadap 89,00: 92,01 %" with the "▼"
    alone on the next line at 110–140 columns: the mark now wraps with its capaian."""
    out = run_cli("status", store=store_path, env={"COLUMNS": columns}).stdout
    assert not [line for line in out.splitlines() if line.strip() == "▼"], out
    assert "92,01 % ▼" in out
