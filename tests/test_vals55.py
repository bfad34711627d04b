"""vals55: values the reports hold, second round, through the installed command: the reviu's
English names a polarity in English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lkj_tui.core.reviu.catalog import CHECKS
from tests.conftest import run_cli

#: The polaritas' Indonesian words, which an English sentence said ("Set polaritas stabil.").
_POLARITY_ID = re.compile(r"\b(polaritas|positif|negatif|stabil)\b")


@pytest.fixture
def polar_store(tmp_path: Path) -> Path:
    """The bundled report with a band target of polaritas positif (IKU 1) and a lower-is-better
    name of polaritas positif (IKU 2): both polaritas checks find something."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    assert run_cli("set", "IKU 1", "target", "3 ± 1", store=store).returncode == 0
    done = run_cli("set", "IKU 2", "name", "Persentase Angka Kemiskinan", store=store)
    assert done.returncode == 0, done.stderr
    return store


def _finding(out: str, check: str) -> list[str]:
    """The lines of the exported reviu's finding of ``check``: its title, then its fields."""
    lines = out.splitlines()
    at = lines.index(f"- Check: {check}" if "Check:" in out else f"- Pemeriksaan: {check}")
    start = max(i for i in range(at) if re.match(r"\d+\\\. \*\*", lines[i]))
    return lines[start:at]


def test_the_reviu_in_english_names_a_polarity_in_english(polar_store: Path) -> None:
    """ "The name reads lower-is-better, polaritas positif", "Set polaritas stabil.": the
    English reviu (title, condition, criterion, recommendation) says polarity positive (higher
    is better), as the TUI and the glossary; Bahasa Indonesia keeps its words."""
    en = run_cli("export", "--reviu", "--lang", "en", store=polar_store)
    assert en.returncode == 0, en.stderr
    band, name = _finding(en.stdout, "polaritas-band"), _finding(en.stdout, "polaritas-name")
    assert band[0].endswith("**A ± band target whose polarity is not stable** — IKU 1 Nilai LPPD")
    assert band[-1] == "- Recommendation (rekomendasi): Set polarity stable."
    assert (
        "- Criterion (kriteria): A band target (e.g. inflation 3 ± 1) means best inside the band: "
        "polarity stable. ("
    ) in band[-2]
    assert "**The name reads lower-is-better, polarity positive (higher is better)**" in name[0]
    assert name[2:] == [
        "- Condition (kondisi): “Kemiskinan” reads lower-is-better, but the polarity is positive "
        "(higher is better).",
        "- Criterion (kriteria): Lower-is-better indicators (poverty, unemployment, stunting, "
        "deaths…) use the negative formula. (docs/capaian.md (rumus capaian BAB III LKj; "
        "Permendagri 54/2010 Tabel 3.1))",
        "- Recommendation (rekomendasi): Set polarity negative (lower is better) or explain why "
        "higher is better.",
    ]
    for line in (*band, *name):  # (the source names the DOMAIN's words: kept)
        assert not _POLARITY_ID.search(line.partition(" (docs/capaian.md")[0]), line
    said = run_cli("export", "--reviu", store=polar_store).stdout
    assert _finding(said, "polaritas-band")[-1] == "- Rekomendasi: Tetapkan polaritas stabil."
    assert "“Kemiskinan” berarti makin rendah makin baik, tetapi polaritas positif." in said


def test_no_english_text_of_the_catalog_names_a_polarity_in_indonesian() -> None:
    for check in CHECKS.values():
        for what in ("title", "rule", "recommendation"):
            assert not _POLARITY_ID.search(check.text(what, "en")), (check.id, what)
