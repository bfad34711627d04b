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
