"""The commands' messages, twenty-third pass of issue 17 (cli33): a new user's first hours on
Windows habits, at 60 and 80 columns, piped and on a terminal, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("store_there", [True, False])
def test_a_mistyped_command_after_the_store_is_not_taken_for_the_rest_of_its_path(
    tmp_path: Path, lang: str, store_there: bool
) -> None:
    """``lkj-tui --store X statsu``: beside "Maksud Anda 'status'?" the error also said to quote
    ``--store "X statsu"`` (the folder of ``X statsu`` exists, so it could be a path). A word close
    to a command is that command mistyped: the error names the command meant, and only it."""
    store = tmp_path / "store"
    if store_there:
        run_cli("init", "--store", str(store)).check_returncode()
    done = run_cli("--store", str(store), "statsu", "--lang", lang)
    assert done.returncode == 2
    meant = "Did you mean 'status'?" if lang == "en" else "Maksud Anda 'status'?"
    assert meant in done.stderr
    assert "statsu" not in done.stderr.replace("'statsu'", "")
    assert '"' not in done.stderr, done.stderr


def test_a_path_with_a_space_is_still_said_to_be_quoted(tmp_path: Path) -> None:
    """The quoting line stays for the rest of a path that is no command (``--store D:\\My
    Docs\\lkj status``), and for a word close to a command where the path it makes is there:
    the folder ``X statsu`` exists, so both are said."""
    done = run_cli("--store", f"{tmp_path}/My", "Docs/lkj", "status")
    assert f'--store "{tmp_path}/My Docs/lkj"' in done.stderr, done.stderr
    (tmp_path / "s statsu").mkdir()
    done = run_cli("--store", f"{tmp_path}/s", "statsu")
    assert f'--store "{tmp_path}/s statsu"' in done.stderr, done.stderr
    assert "Maksud Anda 'status'?" in done.stderr
