"""cli48: the commands' help and usage errors at narrow widths."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_cli43 import _folded_in_pty
from tests.test_cli46 import PTY


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


@PTY
@pytest.mark.parametrize("columns", [36, 40, 44])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_news_example_stands_under_its_label_or_four_in(
    tmp_path: Path, columns: int, lang: str
) -> None:
    """`new --store STORE` without its office at 40 columns printed its example with
    "lkj-tui new \\" at column 8, under the message's words at 9, its options at 10: as far
    left as ``--instansi "Dinas Kesehatan" \\`` needed, a column off the words, as if misaligned
    (a command stood at any column from 4 to 10). It now stands two spaces in from the words
    where its widest line fits there, else 4 in, its options two further; pasted into sh, the
    lines are the command."""
    assert run_cli("init", store=tmp_path / "s").returncode == 0
    block = _folded_in_pty(tmp_path, columns, "new", "--store", "s", "--lang", lang)
    shown = "\n".join(block)
    hang = len("lkj-tui: ")
    assert len(block) > 1 and all(len(line) <= columns for line in block), shown
    first = _indent(block[0])
    widest = max(len(line.strip()) for line in block[1:])
    assert first == (hang + 2 if hang + 4 + widest <= columns else 4), shown
    assert all(_indent(line) == first + 2 for line in block[1:]), shown
    shell = subprocess.run(
        ["sh", "-c", "\n".join(block).replace("lkj-tui", "printf '%s\\n'", 1)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert shell.stdout.split("\n")[:4] == ["new", "--instansi", "Dinas Kesehatan", "--tahun"]
    assert "\n--store\ns\n" in shell.stdout, shell.stdout
