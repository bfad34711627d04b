"""vals30: the auditor's messy values, continued: ``status``'s table says a long value's length
as every other front end does (core/longvalue.py)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli

_BIG = "9" * 200
_SAID = {"id": "(200 digit)", "en": "(200 digits)"}


def test_status_says_a_long_target_s_length_in_its_cell(tmp_path: Path) -> None:
    """At 80 columns `status` showed a 200-digit target as "99999999999999…" in its cell, at 120
    as 46 nines and "…": no length, where set, calc, check, the TUI and the export say "(200
    digit)". Now the cell holds its first digits and its length, folded after its "…" where
    the column is narrow; the card at 60 columns alike; the stored value is whole."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    assert run_cli("set", "IKU 2", "target", _BIG, store=store).returncode == 0
    for columns, lang in ((80, "id"), (120, "en"), (60, "id"), (80, "en")):
        out = run_cli("status", "--lang", lang, store=store, env={"COLUMNS": str(columns)})
        assert out.returncode == 0, out.stderr
        lines = out.stdout.splitlines()
        assert all(len(line) <= columns for line in lines), columns
        at = next(i for i, line in enumerate(lines) if "9999" in line)
        assert "9…" in lines[at], lines[at]
        said = " ".join(" ".join(lines[at : at + 2]).replace("│", " ").split())
        assert _SAID[lang] in said and "+" not in said, (columns, lines[at : at + 2])
    assert _BIG in run_cli("status", "--json", store=store).stdout
