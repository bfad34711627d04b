"""vals55: values the reports hold, second round, through the installed command: the reviu's
English names a polarity in English."""

from __future__ import annotations

import os
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


#: A minus written "-" (cp1252) ending a line, what it takes away beginning the next.
_PARTED_MINUS = re.compile(r" -\n *[\d(|]")


def _cp1252_pty(args: list[str], columns: int) -> str:
    """``lkj-tui ARGS`` on a pseudo-terminal ``columns`` wide whose encoding is cp1252."""
    from reliability.pty_capture import run_in_pty
    from tests.conftest import LKJ_TUI

    own = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    own |= {"COLUMNS": str(columns), "NO_COLOR": "1", "PYTHONIOENCODING": "cp1252"}
    done = run_in_pty([str(LKJ_TUI), *args], env=own, size=(columns, 24))
    shown = done.output.decode("cp1252").replace("\r\n", "\n")
    assert done.returncode == 0, shown
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("columns", [24, 28, 32, 36])
def test_a_formulas_minus_stays_with_its_number_on_a_cp1252_console(
    tmp_path: Path, columns: int
) -> None:
    """On a console that cannot show "−" it is written "-": ``calc``'s and ``set``'s Rumus read
    "(2 x 60,24 -" over "63,20) / 60,24 x 100", the minus a hyphen. The minus goes on with its
    number ("- 63,20)", "- |63,20"); the formula is whole, and UTF-8 is as it was."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    said = []
    for polaritas in ("negatif", "stabil"):
        out = _cp1252_pty(["calc", "60,24", "63,20", "--polaritas", polaritas], columns)
        said.append(out)
        env = {"COLUMNS": str(columns), "PYTHONIOENCODING": "cp1252"}
        done = run_cli("set", "IKU 6", "polaritas", polaritas, store=store, env=env)
        assert done.returncode == 0, done.stderr
        said.append(done.stdout)
    for out in said:
        assert not _PARTED_MINUS.search(out), (columns, out)
        assert all(len(line) <= columns for line in out.splitlines()), out
    rumus = [" ".join(re.sub(r"\n(?!\w)", " ", out).split()) for out in said]
    assert "(2 x 60,24 - 63,20) / 60,24 x 100 = 95,09" in rumus[0] and rumus[1], rumus
    assert "(1 - |63,20 - 60,24| / 60,24) x 100 = 95,09" in rumus[2] and rumus[3], rumus
