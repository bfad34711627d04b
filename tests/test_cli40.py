"""cli40: a new user's first commands, continued (a mistyped command with the line to type, the
commands listed as a new user meets them, import's message kept with its id, narrow folds)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_cli37 import PTY


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "Ketik: lkj-tui import X.xlsx --store {store} --lang id"),
        ("en", "Type: lkj-tui import X.xlsx --store {store} --lang en"),
    ],
)
def test_a_mistyped_command_prints_the_line_to_type(tmp_path: Path, lang: str, said: str) -> None:
    """`lkj-tui imprt X.xlsx` said only "Did you mean 'import'?": the user retyped the line.
    It is printed whole, the command meant in place of the typo, the rest as typed."""
    store = tmp_path / "s"
    result = run_cli("imprt", "X.xlsx", "--store", str(store), "--lang", lang)
    assert result.returncode == 2, result.stderr
    lines = result.stderr.rstrip("\n").split("\n")
    assert "'import'?" in lines[-2], result.stderr
    assert lines[-1] == said.format(store=store), result.stderr
    assert not store.exists()


def test_several_commands_meant_print_no_line() -> None:
    """Where the typo is near no one command, no line is guessed."""
    result = run_cli("zzz", "--lang", "en")
    assert result.returncode == 2, result.stderr
    assert "Type:" not in result.stderr, result.stderr


@PTY
def test_the_line_to_type_starts_after_its_label_at_40_columns() -> None:
    """On a 40-column terminal "Type:" does not stand alone over its command."""
    from tests.test_narrow_terminal import _on_a_terminal

    code, shown = _on_a_terminal(
        ["imprt", "Laporan Kinerja.xlsx", "--store", "/tmp/cli40 nowhere", "--lang", "en"], 40
    )
    assert code == 2, shown
    lines = shown.rstrip("\n").split("\n")
    at = next(n for n, line in enumerate(lines) if line.startswith("Type:"))
    assert lines[at] == "Type: lkj-tui import \\", shown
    assert '"Laporan Kinerja.xlsx"' in lines[at + 1], shown


@pytest.mark.parametrize(("lang", "heading"), [("id", "Perintah:"), ("en", "Commands:")])
def test_the_help_lists_the_commands_as_a_new_user_meets_them(lang: str, heading: str) -> None:
    """`lkj-tui --help` listed `calc` first and `import` last, `init` and `new` in the middle
    (the order they were written in). A report in, read and reviewed, written out first; the
    sharing and the store's upkeep last."""
    import re

    result = run_cli("--help", "--lang", lang)
    assert result.returncode == 0, result.stderr
    listed = re.findall(r"^ {2}(\w+) ", result.stdout.split(heading, 1)[1], re.M)
    assert listed[:5] == ["import", "template", "status", "check", "export"], listed
    assert listed[-6:] == ["sync", "resolve", "log", "restore", "info", "init"], listed
    assert len(listed) == len(set(listed)) == 15, listed
