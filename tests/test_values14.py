"""Values and spreadsheets (vals14): a dash between more than two numbers, a grade threshold
explained in grades, ``calc``'s errors as sentences (and JSON), hidden columns of a workbook."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

RANGE_ENDS = "tanda “-” di antara angka berarti rentang, yang hanya punya dua ujung"
RANGE_ENDS_EN = "a “-” between numbers makes a range, which has only two ends"


@pytest.fixture
def store(tmp_path: Path) -> Path:
    root = tmp_path / "s"
    assert run_cli("init", store=root).returncode == 0
    return root


@pytest.mark.parametrize("cell", ["3-4-5", "3 - 4 - 5", "3–4–5", "1-2-3 Dokumen", "80-90-100 %"])
def test_a_dash_between_three_numbers_is_refused_as_a_range_has_two_ends(
    cell: str, store: Path
) -> None:
    """ "3-4-5" was read as a composite of 3, −4 and −5 ("tidak dapat dibandingkan", or a capaian
    of its lowest part); "3 - 4 - 5" as "not recognised". A range has two ends (DOMAIN.md): now
    ``calc`` and ``set`` refuse it, say why and how to write several values."""
    done = run_cli("calc", cell, "4")
    assert done.returncode == 2 and done.stdout == ""
    assert RANGE_ENDS in done.stderr and "3; 4; 5" in done.stderr
    en = run_cli("calc", "4", cell, "--lang", "en")
    assert en.returncode == 2 and RANGE_ENDS_EN in en.stderr
    refused = run_cli("set", "IKU 1", "target", cell, store=store)
    assert refused.returncode == 2 and RANGE_ENDS in refused.stderr
    assert refused.stderr.startswith("lkj-tui: target: ")


@pytest.mark.parametrize(
    ("cell", "kind"),
    [("3; -4", "composite"), ("89,00 4,00", "composite"), ("80-90", "range"), ("-3-4", "range")],
)
def test_a_range_a_minus_sign_and_two_numbers_are_read_as_before(cell: str, kind: str) -> None:
    data = json.loads(run_cli("calc", cell, "4", "--json").stdout)
    assert data["inputs"]["target"]["kind"] == kind


def test_the_import_names_the_cell_of_a_three_number_dash(store: Path, tmp_path: Path) -> None:
    path = tmp_path / "rentang.csv"
    path.write_text(
        "level;uraian;satuan;target;realisasi\nsasaran;Meningkatnya A\n"
        "iku;Indeks A;Nilai;3-4-5;4\n",
        encoding="utf-8",
    )
    args = ("import", str(path), "--dry-run", "--tahun", "2024", "--instansi", "Dinas X")
    done = run_cli(*args, store=store)
    assert done.returncode == 2
    assert 'baris 3 (target) "3-4-5"' in done.stderr and RANGE_ENDS in done.stderr
    en = run_cli(*args, "--lang", "en", store=store)
    assert 'row 3 (target) "3-4-5"' in en.stderr and RANGE_ENDS_EN in en.stderr


def test_the_dash_rule_is_linear_on_hostile_text() -> None:
    from lkj_tui.core.values import ParseError, parse_value

    for hostile in ("3-" * 100_000 + "3", "3 - " * 50_000 + "3", "1 -" * 66_000, "3–" * 100_000):
        with pytest.raises(ParseError) as refused:  # (a quadratic rule would take minutes)
            parse_value(hostile)
        assert len(refused.value.message) < 600
