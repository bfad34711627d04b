"""years68: `compare` kept a pair's arrow with a figure only where the column happened to hold
"3 ± 1 →": in a column a cell short of it the arrow stood alone on a line ("3 ± 1" / "→" /
"3 ± 1"). A column of pairs now takes the cell or two it lacks from a column wider than its
words need, so each arrow ends a figure's line or begins the next figure's."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_years67 import OTHER, SETDA, store  # noqa: F401

LONE = re.compile(r"│ *(?:→|->) *│")


@pytest.mark.parametrize(
    ("old", "lang", "columns"),
    [
        ("bengkulu-selatan-setda-2023", "en", "70"),  # (the realisasi "3 ± 1" / "→" / "3 ± 1")
        (SETDA, "id", "76"),  # (the capaian "terukur" / "→" / "100,00 %")
    ],
)
def test_no_arrow_alone_on_a_line(
    store: Path,  # noqa: F811 (the fixture of tests/test_years67.py)
    old: str,
    lang: str,
    columns: str,
) -> None:
    done = run_cli("compare", old, OTHER, "--lang", lang, store=store, env={"COLUMNS": columns})
    assert done.returncode == 0, done.stderr
    table = [line for line in done.stdout.splitlines() if "│" in line]
    assert table, done.stdout
    assert not [line for line in table if LONE.search(line)], done.stdout
    first = next(line for line in table if line.startswith("IKU 3"))
    assert "3 ± 1 →" in first, done.stdout  # (the target's pair, its arrow on its first line)
