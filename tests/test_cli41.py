"""cli41: the commands at narrow widths and odd arguments."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests import test_sync
from tests.conftest import run_cli

offices = test_sync.offices


@pytest.mark.parametrize(
    ("lang", "meant", "typed"),
    [
        ("id", "Maksud Anda 'status'?", "Ketik: lkj-tui --store {path} status --json"),
        ("en", "Did you mean 'status'?", "Type: lkj-tui --lang en --store {path} status --json"),
    ],
)
def test_a_command_in_capitals_after_a_quoted_path_is_the_command(
    tmp_path: Path, lang: str, meant: str, typed: str
) -> None:
    """``lkj-tui --store "D:\\a b" STATUS``: "STATUS" was taken for the rest of the path, told
    to quote ``"…a b STATUS"``. It is the command typed in capitals: named, the path as typed."""
    folder = tmp_path / "a b"
    folder.mkdir()
    args = ["--store", str(folder), "STATUS", "--json"]
    done = run_cli(*(["--lang", "en"] if lang == "en" else []), *args)
    assert done.returncode == 2 and done.stdout == "", done.stdout
    said = " ".join(done.stderr.split())
    assert meant in said, done.stderr
    assert typed.format(path=f'"{folder}"') in said, done.stderr
    assert 'STATUS"' not in said and "petik" not in said and "quotes" not in said, said


def test_an_unquoted_path_ends_before_a_command_in_capitals(tmp_path: Path) -> None:
    """``--store D:\\My Docs\\lkj STATUS``: the path to quote stops at the command's word, in
    any case; it was quoted with the command in it."""
    done = run_cli("--store", str(tmp_path / "My"), "Docs/lkj", "STATUS")
    assert done.returncode == 2, done.stderr
    said = " ".join(done.stderr.split())
    assert f'--store "{tmp_path / "My"} Docs/lkj"' in said, done.stderr
    assert 'STATUS"' not in said, done.stderr


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_restored_entry_of_log_keeps_its_place_beside_the_author_at_60_columns(
    offices, lang: str
) -> None:
    """``log`` at 60 columns put "IKU 1 · Realisasi (dipulihkan):" under its time, the author
    alone on the time's line: the place and its mark were one unit too wide for the rest of the
    line. The mark goes under the place now, with the values; the place stays whole."""
    from tests.test_sharing25 import _on_a_terminal

    assert test_sync.lkj(offices, "opd", "init").returncode == 0
    test_sync.start(offices, "opd")
    rina = test_sync.env(offices, "Rina Wulandari <rina@example.org>")
    store = ["--store", str(Path(str(offices["tmp"])) / "opd")]
    for args in (
        ["set", "IKU 1", "realisasi", "50"],
        ["restore", test_sync.RID, "--revision", "1"],
    ):
        done = run_cli(*args, *store, env=rina)
        assert done.returncode == 0, done.stderr
    args = ("log", "--lang", "en") if lang == "en" else ("log",)
    lines = [line for line in _on_a_terminal(offices, 60, *args) if line.strip()]
    shown = "\n".join(lines)
    place, mark = {
        "id": ("IKU 1 · Realisasi", "(dipulihkan): 50 → 2,85"),
        "en": ("IKU 1 · Actual (Realisasi)", "(restored): 50 → 2,85"),
    }[lang]
    first = next(i for i, line in enumerate(lines) if line.startswith("20"))
    assert lines[first].endswith(f"Rina Wulandari  {place}"), (
        shown
    )  # (the author not alone on its line)
    assert lines[first + 1].strip() == mark, shown
    assert all(len(line) <= 60 for line in lines), shown
    piped = test_sync.lkj(offices, "opd", *args).stdout
    assert f"Wulandari  {place} {mark}" in piped, piped  # (piped: one line an entry, as before)
