"""``compare`` at 120 columns gives the Indikator column the room the other columns leave
(years16).

rich shares a line out evenly among the columns that wrap: at 120 columns the names got 16
cells, four to six lines each for a kabupaten's ("Persentase pengelolaan keuangan daerah (2024:
Tingkat kapasitas aparatur)"), beside figures of two lines and room to spare in them. Now the
figures keep their widest pair (or 12 cells, each side of "→" on its line), the capaian each
side whole, the change 18 cells, and the name the rest."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.conftest import run_cli
from tests.test_years import NEXT_ID, years_store  # noqa: F401  (the fixture)


def _widths(stdout: str) -> list[int]:
    """Each column's width, from the rule under the header."""
    rule = next(line for line in stdout.splitlines() if "╇" in line)
    return [len(part) for part in rule.split("╇")]


def test_the_name_gets_the_room_at_120_columns(years_store: Path) -> None:  # noqa: F811
    for lang in ("id", "en"):
        done = run_cli(
            "compare", BUNDLED_REPORT_ID, NEXT_ID, "--lang", lang, store=years_store,
            env={"COLUMNS": "120"},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        assert max(len(line) for line in lines) <= 120
        widths = _widths(done.stdout)
        assert widths[1] >= 26, done.stdout  # (was 18: 16 cells and their padding)
        assert widths[1] == max(widths), done.stdout
        # the figures still read whole: a pair on one line, a capaian's side whole
        assert "3 ± 1 → 3 ± 1" in done.stdout
        assert ("tidak terukur" if lang == "id" else "not measurable") in done.stdout
    # at 80 columns, as before: every word whole, the table within the terminal
    narrow = run_cli(
        "compare", BUNDLED_REPORT_ID, NEXT_ID, store=years_store, env={"COLUMNS": "80"}
    )
    assert max(len(line) for line in narrow.stdout.splitlines()) <= 80


@pytest.mark.parametrize("columns", [78, 80])
def test_a_number_keeps_its_percent_sign_at_80_columns(
    years_store: Path,  # noqa: F811
    columns: int,
) -> None:
    """At 78–80 columns the capaian column was given as many cells as its longest word
    ("100,00"), and rich broke a capaian from its "%": "100,00" / "% →" / "tidak terukur".
    Now a number and its "%" are one word, in the columns' widths and in their breaks."""
    for lang in ("id", "en"):
        done = run_cli(
            "compare", BUNDLED_REPORT_ID, NEXT_ID, "--lang", lang, store=years_store,
            env={"COLUMNS": str(columns)},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        assert max(len(line) for line in lines) <= columns
        cells = [cell.strip() for line in lines if "│" in line for cell in line.split("│")]
        assert not [c for c in cells if c.startswith("%")], done.stdout
        assert any(c.startswith("100,00 %") for c in cells), done.stdout


@pytest.mark.parametrize("columns", [78, 80])
def test_the_change_keeps_its_arrow_and_percent(years_store: Path, columns: int) -> None:  # noqa: F811
    """The change's "↑ 149,12 %" read "↑ 149,12" / "% (lebih" at 78–80 columns: its arrow, its
    number and its "%" are now one word."""
    done = run_cli("set", "IKU 1", "realisasi", "7,1", "-r", NEXT_ID, store=years_store)
    assert done.returncode == 0, done.stderr
    done = run_cli(
        "compare", BUNDLED_REPORT_ID, NEXT_ID, store=years_store, env={"COLUMNS": str(columns)}
    )
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= columns
    cells = [cell.strip() for line in lines if "│" in line for cell in line.split("│")]
    assert "↑ 149,12 %" in cells, done.stdout
    assert not [c for c in cells if c.startswith("%")], done.stdout


def _renamed_store(tmp_path: Path) -> Path:
    """Dinkes 2023 and 2024 from CSV: IKU 2 renamed (its row names the 2023 indicator), both
    years under target (▼)."""
    head = "Level;Kode;Uraian;Satuan;Target;Realisasi\nSasaran;S1;Meningkatnya mutu layanan;;;"
    rows = {
        "2023": ("Persentase puskesmas terakreditasi;%;80;85", "Cakupan imunisasi dasar;%;95;88,5"),
        "2024": (
            "Persentase Puskesmas Terakreditasi;%;80;70",
            "Cakupan pelayanan kesehatan ibu hamil sesuai standar;%;95;84,1",
        ),
    }
    store = tmp_path / "s"
    for year, (one, two) in rows.items():
        path = tmp_path / f"{year}.csv"
        path.write_text(f"{head}\nIKU;IKU 1;{one}\nIKU;IKU 2;{two}\n", encoding="utf-8")
        done = run_cli("import", str(path), "--instansi", "Dinkes", "--tahun", year, store=store)
        assert done.returncode == 0, done.stderr
    return store


@pytest.mark.parametrize("columns", [84, 96])
def test_a_name_note_and_an_under_target_mark_stay_whole(tmp_path: Path, columns: int) -> None:
    # A row's note broke inside itself ("… sesuai standar (2023:" / "Cakupan imunisasi …)") and
    # a capaian from its mark ("93,16 %" / "▼ →"): the note starts a line with its first word,
    # the mark stays with its figure, as a number keeps its "%".
    done = run_cli("compare", store=_renamed_store(tmp_path), env={"COLUMNS": str(columns)})
    assert done.returncode == 0, done.stderr
    cells = [part.strip() for line in done.stdout.splitlines() for part in line.split("│")]
    assert not any(c.startswith("▼") for c in cells), done.stdout
    assert any(c.endswith("% ▼") for c in cells), done.stdout
    if columns > 90:  # (at 84 the name's 13 cells cannot hold "(2023: Cakupan": as rich breaks)
        assert "(2023:" not in cells, done.stdout
        assert any(c.startswith("(2023: Cakupan") for c in cells), done.stdout
