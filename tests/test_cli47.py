"""cli47: the commands' last rough lines: `new`'s long id broken after a dash."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_cli46 import LONG_ID, PTY, _on_a_terminal


@PTY
@pytest.mark.parametrize("columns", [34, 40])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_new_breaks_a_long_id_in_its_sentence_after_a_dash(
    tmp_path: Path, columns: int, lang: str
) -> None:
    """`new -r LONG_ID` printed "Laporan kosong <60-character id> dibuat" with the id whole on
    a line of its own, which a 34–40-column terminal wrapped mid-word. The sentence's lines now
    fit, the id broken after a "-" as the listings break it: its pieces join back whole, and
    its year stays with a piece."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    args = ["new", "--instansi", "Dinas PMD", "--tahun", "2025", "-r", LONG_ID, "--lang", lang]
    lines = _on_a_terminal(store, columns, *args)
    shown = "\n".join(lines)
    said = lines[: next(i for i, line in enumerate(lines) if line.startswith("  lkj-tui "))]
    assert all(len(line) <= columns for line in said), shown
    joined = "".join(line if line.endswith("-") else line + " " for line in said)
    assert f" {LONG_ID} " in joined, shown
    assert not any(line.startswith("2025") for line in said), shown
