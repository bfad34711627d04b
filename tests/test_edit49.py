"""edit49: what a planner is told by ``set`` and ``check``: a polaritas in the TUI's words, and a
value's sign never parted from its number where lines are folded."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import run_cli

POLARITY = {  # as the TUI's detail pane and measure form say them
    "id": "Polaritas: positif (makin tinggi makin baik) → negatif (makin rendah makin baik)",
    "en": "Polarity: positive (higher is better) → negative (lower is better)",
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_set_and_log_say_a_polaritas_in_the_tuis_words(store_path, lang: str) -> None:
    """``set --lang en`` printed "Polarity: positif → negatif", Indonesian inside English."""
    out = run_cli("set", "IKU 1", "polaritas", "negatif", "--lang", lang, store=store_path)
    assert out.returncode == 0, out.stderr
    assert f"IKU 1 · {POLARITY[lang]}" in out.stdout
    log = run_cli("log", "--lang", lang, store=store_path)
    assert POLARITY[lang] in log.stdout, log.stdout
    data = json.loads(
        run_cli("set", "IKU 1", "polaritas", "positif", "--json", store=store_path).stdout
    )
    assert (data["before"], data["after"]) == ("negatif", "positif")  # a script's words as stored


#: a line that ends with a value's sign, or begins with "±" (its number on the line before)
_PARTED = re.compile(r"[±≥≤<]$|^ *±", re.MULTILINE)


@pytest.mark.parametrize("width", [45, 46, 59, 76, 83, 84])
def test_check_never_parts_a_sign_from_its_number(store_path, width: int) -> None:
    """``check`` at 80 columns read "target 3" over "± 1"; "capaian <" over "60 %" (the widths
    are those where it did, with this target)."""
    assert run_cli("set", "IKU 6", "target", "3 ± 1", store=store_path).returncode == 0
    out = run_cli("check", store=store_path, env={"COLUMNS": str(width)})
    assert "3 ± 1" in out.stdout and "< 60 %" in out.stdout
    assert not _PARTED.search(out.stdout), _PARTED.findall(out.stdout)
