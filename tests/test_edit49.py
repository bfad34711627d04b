"""edit49: what a planner is told by ``set``: a polaritas in the TUI's words."""

from __future__ import annotations

import json

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
