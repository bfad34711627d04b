"""vals27: the reviu and calc as an Inspektorat reviewer reads them at 40–120 columns: a quoted
value kept whole, an empty realisasi said once with the capaian the report printed, a value
longer than a line cut with its length."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import csv_store, run_cli
from tests.test_check_vals25 import _UNMEASURED

#: A quoted part that does not close on its line.
_OPEN = re.compile(r"“[^”]*$")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_quoted_value_is_never_split_across_lines(tmp_path: Path, lang: str) -> None:
    """`check` broke “0 Temuan” into "Target “0" / "Temuan” (angka)" at 40 columns. A quoted
    value that fits a line now stays whole on one; a longer one breaks only between words."""
    store = csv_store(tmp_path, "rows.csv", _UNMEASURED, "Inspektorat X")
    for columns in (40, 80):
        done = run_cli("check", "--lang", lang, store=store, env={"COLUMNS": str(columns)})
        lines = done.stdout.splitlines()
        assert all(len(line) <= columns for line in lines), (columns, done.stdout)
        text = "\n".join(lines)
        assert "“0 Temuan”" in text and "“Tidak ada temuan”" in text, (columns, text)
        assert not [line for line in lines if _OPEN.search(line)], (columns, text)
