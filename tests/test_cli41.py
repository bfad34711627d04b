"""cli41: the commands at narrow widths and odd arguments."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli


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
