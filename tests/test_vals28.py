"""vals28: a long value cut with its length wherever it is echoed (`set`'s "Target: … →" line,
the TUI's detail pane, the Markdown export, `calc` at 40 columns), as vals27's `calc`, `check`
and `status` do; `--json` and the store keep it whole."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import run_cli

_BIG = "9" * 200
_SAID = {"id": "(200 digit)", "en": "(200 digits)"}


@pytest.mark.skipif(not hasattr(__import__("os"), "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_set_echoes_a_long_value_cut_with_its_length(tmp_path: Path, lang: str) -> None:
    """`set IKU 1 target <200 digits>` echoed "Target: 3,22 → 9999…" with all 200 digits (three
    lines at 80 columns, six at 40). Now the value is its first digits, "…" and its length,
    whole on its line, at 40 and 80 columns, on a terminal and to a pipe; the store keeps it."""
    from tests.test_narrow_terminal import _on_a_terminal

    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    said = _SAID[lang]
    for columns in (40, 80):
        for value in (_BIG, "3,22"):  # (the long value after "→", then before it)
            args = ["set", "IKU 1", "target", value, "--store", str(store), "--lang", lang]
            code, shown = _on_a_terminal(args, columns)
            assert code == 0, shown[:300]
            lines = re.sub(r"\x1b\[[0-9;]*m", "", shown).rstrip("\n").split("\n")
            assert all(len(line) <= columns for line in lines), shown
            assert _BIG not in shown and [x for x in lines if f"9… {said}" in x], shown
    env = {"COLUMNS": "80"}  # (to a pipe one line, its value within a line of 80)
    piped = run_cli("set", "IKU 1", "target", _BIG, "--lang", lang, store=store, env=env)
    assert piped.returncode == 0, piped.stderr
    first = piped.stdout.splitlines()[0]
    assert _BIG not in piped.stdout and first.endswith(f"9… {said}"), first
    assert len(first.rpartition(" → ")[2]) <= 80, first
    out = run_cli("set", "IKU 1", "target", _BIG, "--json", store=store).stdout
    assert _BIG in out  # (unchanged, the stored value whole)


@pytest.mark.skipif(not hasattr(__import__("os"), "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_calc_puts_a_long_value_below_its_label_at_40_columns(lang: str) -> None:
    """At 40 columns `calc` cut a 130.000-digit target to the room after "Target          : ":
    "99999… (130.000 digit)", and the formula's to 4 digits though it stood on a line of its own.
    Now a value that shows more on the next line stands there, whole and indented, with as many
    digits as that line holds; at 80 columns it stays on its label's line."""
    from tests.test_narrow_terminal import _on_a_terminal

    big = "9" * 200  # (the most calc takes, as set: vals47)
    said = "(200 digits)" if lang == "en" else "(200 digit)"
    for columns in (40, 80):
        code, shown = _on_a_terminal(["calc", big, "100", "--lang", lang], columns)
        assert code == 0, shown[:300]
        lines = re.sub(r"\x1b\[[0-9;]*m", "", shown).rstrip("\n").split("\n")
        assert all(len(line) <= columns for line in lines), shown
        cut = [line for line in lines if line.endswith(f"… {said}")]
        assert cut and all(line.count("9") >= 12 for line in cut), shown  # (not 4 or 5)
        if columns == 40:  # below "Target :", indented, as long as the line lets it be
            assert lines[0].split() == ["Target", ":"] and lines[1].startswith("    9"), shown
            assert len(lines[1]) >= 36, shown
        else:
            assert lines[0].startswith("Target") and lines[0].endswith(said), shown


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_empty_realisasi_beside_a_printed_one_reads_as_words(tmp_path: Path, lang: str) -> None:
    """With IKU 3's realisasi emptied, `check` said "2023: — (LKj); 3+1 (Tabel 3.2.2, narasi
    3.2)": a dash a reader takes for a figure. Now "kosong (LKj)" / "empty (LKj)"; `--json`'s
    figures keep "—" (stable for scripts)."""
    import json

    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    assert run_cli("set", "IKU 3", "realisasi", "", store=store).returncode == 0
    out = run_cli("check", "--lang", lang, store=store, env={"COLUMNS": "200"}).stdout
    (line,) = [x for x in out.splitlines() if "IKU 3" in x and "3+1" in x]
    empty = "empty" if lang == "en" else "kosong"
    assert f"2023: {empty} (LKj); 3+1 (" in line and "— (LKj)" not in line, line
    data = json.loads(run_cli("check", "--json", store=store).stdout)
    (found,) = [
        f for f in data["findings"] if f["check"] == "realisasi-conflict" and f["code"] == "IKU 3"
    ]
    assert found["figures"]["realisasi:2023"].startswith("— (LKj); 3+1 ("), found
