"""years37: the Bappeda analyst comparing years and offices at 80 columns (``compare``,
``status --all``)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_compare_room import _KABUPATEN, _store

_RATINGS = {"id": ("Sangat Tinggi", "Sangat Rendah"), "en": ("Very high", "Very low")}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_compare_keeps_a_rating_whole_at_80_columns(tmp_path: Path, lang: str) -> None:
    # At 80 columns (the kode in the name's cell) the rating's column got a cell or four short
    # of "Very high" / "Sangat Tinggi": "Very" / "high" stood in most rows of a kabupaten's
    # comparison (285 lines of 80 comparisons in English).
    store = _store(tmp_path, _KABUPATEN)
    done = run_cli("compare", "--lang", lang, store=store, env={"COLUMNS": "80"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(map(len, lines)) <= 80, done.stdout
    ratings = [line.split("│")[4].strip() for line in lines if line.count("│") == 5]
    assert _RATINGS[lang][0] in ratings, done.stdout
    # (a half alone: "Sangat", "Very", "high", "low"; "Tinggi" and "Rendah" are ratings too)
    assert [r for r in ratings if r in ("Sangat", "Very", "high", "low")] == [], done.stdout


def test_compare_keeps_a_candidate_s_kode_whole_at_60_columns(tmp_path: Path) -> None:
    # At 60 columns an ambiguous indicator's candidate broke inside its kode: "… — kemungkinan:
    # IKU" / "2 Opini BPK atas LKPD".
    store = _store(
        tmp_path,
        {
            "2024": ("Nilai kualitas lingkungan hidup;;80;70", "Opini BPK atas LKPD;;80;70"),
            "2025": ("Opini BPK atas LKPD;;80;75", "Nilai kualitas lingkungan hidup;;80;75"),
        },
    )
    done = run_cli("compare", store=store, env={"COLUMNS": "60"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "    IKU 2 Opini BPK atas LKPD" in lines, done.stdout
    assert not [line for line in lines if line.endswith(" IKU")], done.stdout
