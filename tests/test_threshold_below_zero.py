"""A threshold of 0 pointing down is decided by its comparator (num12): "< 0" against 0 said
"0 ≤ 0 → 100,00 … target terpenuhi" and then "ambang belum terpenuhi, di bawah target" (the
engine took the target-0 rule, R ≤ 0, and the comparator, 0 < 0, apart). Now 0 is not below 0:
0,00 %, not met, one story; "≤ 0" against 0 and "< 0" against -2 stay 100,00 %, met."""

from __future__ import annotations

import json

import pytest

from tests.conftest import run_cli


@pytest.mark.parametrize(
    ("target", "realisasi", "achievement", "met", "formula"),
    [
        ("< 0", "0", 0.0, False, "0 ≥ 0 → 0,00"),
        ("< 0", "-2", 100.0, True, "-2 ≤ 0 → 100,00"),
        ("≤ 0", "0", 100.0, True, "0 ≤ 0 → 100,00"),
        ("Maksimal 0", "1", 0.0, False, "1 > 0 → 0,00"),
        ("< 0", "1", 0.0, False, "1 > 0 → 0,00"),
    ],
)
def test_a_threshold_of_0_pointing_down_follows_its_comparator(
    target: str, realisasi: str, achievement: float, met: bool, formula: str
) -> None:
    done = run_cli("calc", target, realisasi, "--json")
    assert done.returncode == 0, done.stderr
    read = json.loads(done.stdout)
    assert (read["achievement"], read["met"], read["formula"]) == (achievement, met, formula)
    said = read["explanation"]
    assert ("target terpenuhi" in said) is met and ("tidak terpenuhi" in said) is not met


def test_calc_says_one_thing_of_less_than_0_against_0() -> None:
    done = run_cli("calc", "< 0", "0")
    assert "Capaian         : 0,00 %" in done.stdout
    assert "target tidak terpenuhi, capaian 0" in done.stdout
    assert "target terpenuhi" not in done.stdout.replace("tidak terpenuhi", "")
    en = run_cli("calc", "< 0", "0", "--lang", "en")
    assert "the target is missed, achievement 0" in en.stdout
