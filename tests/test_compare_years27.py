"""``compare`` at 90–99 columns (years27): a rating whole in English, the change's points "pts"."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.test_compare_room import _KABUPATEN, _RATINGS, _names_at, _store


def _tight(tmp_path: Path) -> Path:
    """The kabupaten's two years with a name of a 14-letter word ("penanggulangan") and a
    capaian down 12 points: at 90 columns the table was a cell short of "Very high"."""
    rows = {year: list(iku) for year, iku in _KABUPATEN.items()}
    rows["2024"][6] = "Tingkat penanggulangan bencana daerah;;3 ± 1;3 ± 1"
    rows["2024"][9] = "Nilai pengendalian inflasi daerah;;10,41;9,18"
    return _store(tmp_path, rows)


@pytest.mark.parametrize("columns", [90, 91])
def test_an_english_rating_is_whole_at_90_columns(tmp_path: Path, columns: int) -> None:
    # At 90–91 columns a kabupaten's table in English was one to three cells short of "Very
    # high" ("Very" / "high", 721 cells in 100 of a province's comparisons at 90): the change's
    # "−12,17 points" was its longest word. Below 100 columns it reads "−12,17 pts".
    store = _tight(tmp_path)
    done, lines, _ = _names_at(store, "en", columns)
    rows = [[c.strip() for c in line.split("│")] for line in lines if line.count("│") == 6]
    assert {row[5] for row in rows} <= _RATINGS, done.stdout
    assert "Very high" in {row[5] for row in rows}, done.stdout
    changes = [row[6] for row in rows]
    assert any(c.endswith(" pts") for c in changes), done.stdout
    assert not any("points" in c for c in changes), done.stdout


def test_points_in_full_from_100_columns_and_on_cards(tmp_path: Path) -> None:
    store = _store(tmp_path, _KABUPATEN)
    done, _, _ = _names_at(store, "en", 100)
    assert " points" in done.stdout and " pts" not in done.stdout, done.stdout
    # (cards, on a terminal too narrow for the table: a line has room for the word)
    done, _, _ = _names_at(store, "en", 60)
    assert "│" not in done.stdout and " points" in done.stdout, done.stdout
    assert " pts" not in done.stdout, done.stdout
    # Bahasa Indonesia's "poin" is short already
    done, _, _ = _names_at(store, "id", 90)
    assert " poin" in done.stdout and " pts" not in done.stdout, done.stdout
