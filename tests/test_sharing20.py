"""share20: two offices sharing a store on Windows laptops and Linux, often offline — the command
that chooses a conflict copyable at 40 columns (docs/sharing.md)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests import test_sync
from tests.conftest import LKJ_TUI, run_cli
from tests.test_sync import RID, env, lkj

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices


def _narrow(offices, who: str, *args: str, columns: int = 40) -> subprocess.CompletedProcess[str]:
    """``lkj(…)`` with the console ``columns`` wide (status and check lay out to it, piped too)."""
    store = Path(str(offices["tmp"])) / who
    mine = env(offices, f"{who} <{who}@example.org>") | {"COLUMNS": str(columns)}
    return run_cli(*args, "--store", str(store), env=mine)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_commands_that_choose_a_conflict_stay_whole_at_40_columns(offices, lang) -> None:
    """At 40 columns status's "Pilih: lkj-tui resolve -r ID --store PATH (…)" was broken between
    the command's words ("lkj-tui resolve -r" / "bengkulu-…-2023 --store" / "/tmp/…"): no line
    could be copied. Each command now stands whole on a line of its own (the terminal wraps it
    and copies it as one line), the words around it on theirs; check says the same. Wider,
    the block is as before."""
    test_sync._conflict_in(offices)
    store = Path(str(offices["tmp"])) / "opd"
    resolve = f"    lkj-tui resolve -r {RID} --store {store}"
    tui = f"    lkj-tui -r {RID} --store {store}"
    words = {
        "id": ("  Pilih (pertahankan atau", "  atau di TUI, tombol K:", "  lalu lkj-tui sync."),
        "en": ("  Choose (keep, or take the", "  or in the TUI, key K:", "  then lkj-tui sync."),
    }[lang]
    for command in ("status", "check"):
        out = _narrow(offices, "opd", command, "--lang", lang)
        assert out.returncode in (0, 1), out.stderr
        lines = out.stdout.split("\n")
        assert resolve in lines and tui in lines, out.stdout
        at = lines.index(resolve)
        assert lines[at - 2].startswith(words[0]) or lines[at - 1].startswith(words[0])
        assert lines[at + 1 : at + 4] == [words[1], tui, words[2]], out.stdout
        assert not any(line.rstrip().endswith(("resolve -r", "lkj-tui -r")) for line in lines)
    wide = _narrow(offices, "opd", "status", "--lang", lang, columns=160).stdout
    choose = {"id": "  Pilih: lkj-tui resolve -r", "en": "  Choose: lkj-tui resolve -r"}[lang]
    assert f"{choose} {RID} --store {store} (" in wide, wide


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_syncs_command_for_the_conflicts_is_never_broken_on_a_terminal(offices, lang) -> None:
    """sync's "… menunggu pilihan: pilih dengan lkj-tui resolve -r ID --store PATH, atau tombol
    K di TUI." was broken at words on a 40-column terminal, the command over three lines. The
    command now stands whole on a line of its own (no comma glued to its path); to a pipe the
    sentence is one line."""
    from reliability.pty_capture import run_in_pty

    test_sync._conflict_in(offices)
    store = Path(str(offices["tmp"])) / "opd"
    mine = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    mine |= env(offices, "opd <opd@example.org>") | {"COLUMNS": "40", "NO_COLOR": "1"}
    args = [str(LKJ_TUI), "sync", "--store", str(store), "--lang", lang]
    done = run_in_pty(args, env=mine, size=(40, 24))
    shown = done.output.decode("utf-8", "replace").replace("\r\n", "\n")
    assert done.returncode == 0, shown
    lines = shown.split("\n")
    command = f"  lkj-tui resolve -r {RID} --store {store}"
    assert command in lines, shown
    after = {"id": "  (atau tombol K di TUI).", "en": "  (or key K in the TUI)."}[lang]
    assert lines[lines.index(command) + 1] == after, shown
    piped = lkj(offices, "opd", "sync", "--lang", lang)
    said = [line for line in piped.stdout.split("\n") if "lkj-tui resolve" in line]
    assert len(said) == 1 and f"{command.strip()} {after.strip()}" in said[0], piped.stdout
