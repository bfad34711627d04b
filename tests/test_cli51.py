"""cli51: what words50 found in `sync` and the suggested commands."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_sync import lkj, offices, start  # noqa: F401 - fixture

git_needed = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _address(offices, who: str) -> str:  # noqa: F811
    store = Path(str(offices["tmp"])) / who
    done = subprocess.run(
        ["git", "-C", str(store), "remote", "get-url", "origin"], capture_output=True, text=True
    )
    return done.stdout.strip()


@git_needed
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_new_address_not_reached_leaves_the_shared_address_as_it_was(
    offices,  # noqa: F811
    lang: str,
) -> None:
    """`sync --init /missing/path` on a store shared already set the new address, then said
    "Luring": the address that worked was gone from the store. The new one is tried first; not
    reached, the store keeps its address, and the message says which one it keeps and why."""
    start(offices, "opd")
    old = str(offices["remote"])
    gone = Path(str(offices["tmp"])) / "pindah" / "lkj.git"
    done = lkj(offices, "opd", "sync", "--init", str(gone), "--lang", lang)
    assert done.returncode == 3, done.stderr  # (offline: the saves go to the old address)
    said = " ".join(done.stderr.split())
    kept = {
        "id": f"alamat bersama tetap {old} (tidak diganti): folder {gone} tidak terjangkau — "
        f"folder 'pindah' tidak ada di {offices['tmp']}: periksa namanya",
        "en": f"the shared address stays {old} (not changed): the folder {gone} cannot be "
        f"reached — there is no folder 'pindah' in {offices['tmp']}: check its name",
    }[lang]
    assert kept in said, said
    assert "diganti dari" not in done.stdout and "changed from" not in done.stdout
    assert _address(offices, "opd") == old
    assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    sent = lkj(offices, "opd", "sync", "--lang", lang)
    assert sent.returncode == 0 and old in sent.stdout, sent.stdout + sent.stderr


@git_needed
def test_a_new_address_that_holds_no_repository_is_refused_with_the_old_one_kept(
    offices,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A folder that is there but empty (a share not mounted) given as the new address: refused
    as before (exit 1, the drive asked about), and now the address is still the old one."""
    start(offices, "opd")
    old = str(offices["remote"])
    empty = tmp_path / "kosong"
    empty.mkdir()
    done = lkj(offices, "opd", "sync", "--init", str(empty), "--lang", "en")
    assert done.returncode == 1, done.stderr
    said = " ".join(done.stderr.split())
    assert f"the shared address stays {old} (not changed): {empty} is an empty folder" in said
    assert _address(offices, "opd") == old


#: What the user typed to run the program as a module (Windows without Scripts on PATH).
MODULE = [sys.executable, "-m", "lkj_tui"]


def _as_module(*args: str, columns: int | None = None, code: int | None = None) -> str:
    """``python -m lkj_tui ARGS`` as a user runs it: piped, or on a pseudo-terminal ``columns``
    wide; what it wrote on stdout and stderr."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env |= {"NO_COLOR": "1", "COLUMNS": str(columns or 160)}
    if columns is None:
        done = subprocess.run(
            [*MODULE, *args], capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL
        )
        shown, returned = done.stdout + done.stderr, done.returncode
    else:
        from reliability.pty_capture import run_in_pty

        ran = run_in_pty([*MODULE, *args], env=env, size=(columns, 24))
        shown = ran.output.decode("utf-8", "replace").replace("\r\n", "\n")
        shown, returned = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown), ran.returncode
    assert code is None or returned == code, shown
    return shown


def test_the_commands_a_message_may_name_are_the_programs() -> None:
    """:data:`COMMANDS` (after which "lkj-tui" is a command to type) is the app's list: a new
    command left out would be suggested as "lkj-tui NEW" to a user who ran python -m."""
    import typer.main

    from lkj_tui.cli.main import app
    from lkj_tui.core.shell import COMMANDS

    assert set(typer.main.get_command(app).commands) == COMMANDS  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_run_as_python_m_every_suggested_command_says_python_m(
    store_path: Path, tmp_path: Path, lang: str
) -> None:
    """Run as `python -m lkj_tui` (on Windows without Python's Scripts folder on PATH `lkj-tui`
    does not run), every command it suggested said `lkj-tui …` under click's own "python -m
    lkj_tui set -h": each says `python -m lkj_tui …` now, in a sentence, on its own line and in
    a listing's advice; the program's name before its message stays "lkj-tui:"."""
    store = ["--store", str(store_path), "--lang", lang]
    missing = _as_module("set", *store, code=2)
    checked = _as_module("check", *store, code=1)
    empty = tmp_path / "kosong"
    empty.mkdir()
    listed = _as_module("info", "--store", str(empty), "--lang", lang, code=0)
    gone = _as_module("status", "--store", str(tmp_path / "tidak-ada"), "--lang", lang, code=2)
    said = {"set": missing, "export": checked, "import": listed, "init": gone}
    for command, shown in said.items():
        assert re.search(f"python -m lkj_tui {command}\\s", shown), shown
        assert not re.search(r"(^|[ '(])lkj-tui [a-z-]", shown), shown
    assert gone.startswith("lkj-tui: "), gone
    typed = run_cli("set", *store)  # (run as lkj-tui: as before)
    assert "lkj-tui set " in typed.stderr and "python -m" not in typed.stderr, typed.stderr


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("columns", [40, 60])
def test_run_as_python_m_a_command_is_laid_out_as_written(tmp_path: Path, columns: int) -> None:
    """On a terminal the lines are laid out with `python -m lkj_tui` in them (10 cells more than
    `lkj-tui`): a line is never wider than the terminal, and the program is never broken from
    its command's name."""
    gone = tmp_path / "tidak-ada"
    shown = _as_module("status", "--store", str(gone), columns=columns, code=2)
    lines = shown.rstrip("\n").split("\n")
    assert all(len(line) <= columns for line in lines if "pytest-of" not in line), shown
    assert any(line.strip().startswith("python -m lkj_tui init") for line in lines), shown
    missing = _as_module("set", "--store", str(tmp_path), columns=columns, code=2)
    lines = missing.rstrip("\n").split("\n")
    assert all(len(line) <= columns for line in lines if str(tmp_path) not in line), missing
    assert "python -m lkj_tui set" in missing and "lkj-tui set" not in missing, missing


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize(
    ("lang", "label"), [("id", "(laporan yang ada:"), ("en", "(reports that exist:")]
)
def test_a_parenthesis_label_stays_on_one_line_at_40_columns(
    store_path: Path, lang: str, label: str
) -> None:
    """`restore zz --lang en` at 40 columns read "(reports that" / "exist: bengkulu-…" where the
    Indonesian kept "(laporan yang ada:" whole: the label that opens a parenthesis stays on one
    line, in both languages."""
    from tests.test_cli46 import _on_a_terminal

    lines = _on_a_terminal(store_path, 40, "restore", "zz", "--lang", lang, code=2)
    assert any(label in line for line in lines), lines
