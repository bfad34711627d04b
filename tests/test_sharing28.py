"""Sharing a store, the twentieth pass's second wave (share28): sharing's commands at 40–80
columns, and saves whose marker lines were written out of order."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from lkj_tui.storage.history import AUTHOR_LINE, PENDING, SAVE_LINE
from tests import test_sync
from tests.conftest import run_cli
from tests.test_sharing20 import _narrow
from tests.test_sharing25 import _on_a_terminal

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices


def test_two_saves_of_one_report_noted_out_of_order_are_each_credited(offices) -> None:
    """Two saves of one report that finish at nearly the same moment can write their lines in
    the committer's marker out of revision order (Budi's revision 3 before Andi's 2); the split
    into a commit per author then looked for a kept revision 3, found none, and committed both
    saves under Budi. The marker's lines of one report are read in revision order: `log --json`
    credits IKU 1 to Andi and IKU 2 to Budi; the store is as the saves wrote it."""
    test_sync.start(offices, "opd")
    store = Path(str(offices["tmp"])) / "opd"
    for author, code, value in (("Andi", "IKU 1", "2,90"), ("Budi", "IKU 2", "81")):
        who = test_sync.env(offices, f"{author} <{author.lower()}@example.org>")
        done = run_cli(
            "set", code, "realisasi", value, "--store", str(store),
            env=who | {"LKJ_TUI_HISTORY": "off"},  # (committed by the marker written below)
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
    rid = test_sync.RID
    (store / ".git" / PENDING).write_text(
        f"{AUTHOR_LINE}Budi\n{SAVE_LINE}Budi\t{rid}\t3\n{SAVE_LINE}Andi\t{rid}\t2\n",
        encoding="utf-8",
    )
    out = test_sync.lkj(offices, "opd", "log", "--json")  # (commits them now)
    assert out.returncode == 0, out.stderr
    credited = {e["label"]: e["author"] for e in json.loads(out.stdout) if e["node"]}
    assert credited == {"IKU 1": "Andi", "IKU 2": "Budi"}, credited
    authors = subprocess.run(
        ["git", "-C", str(store), "log", "--format=%an"], capture_output=True, text=True
    ).stdout.split()
    assert authors[:2] == ["Budi", "Andi"], authors


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("columns", [40, 80])
def test_clone_of_an_empty_folder_prints_git_init_whole_on_its_own_line(
    offices, lang: str, columns: int
) -> None:
    """`sync --clone` of an empty folder quoted 'git init --bare --initial-branch=main PATH'
    inside its sentence, broken over three lines at 40 columns ("dengan 'git init --bare" /
    "--initial-branch=main" / "PATH', atau beri"): copied, it was not one command. It now
    stands on lines of its own, folded only at its options (" \\" ending all but the last), as
    the `lkj-tui sync --clone` command that closes the message does; to a pipe the message is
    one line, as it was."""
    empty = Path(str(offices["tmp"])) / "kosong"
    empty.mkdir()
    english = ["--lang", "en"] if lang == "en" else []
    lines = [line.strip() for line in _on_a_terminal(
        offices, columns, "sync", "--clone", "kosong", *english, code=1
    )]  # fmt: skip
    starts = [n for n, line in enumerate(lines) if line.startswith("git init")]
    assert len(starts) == 1, "\n".join(lines)
    command, n = lines[starts[0]], starts[0]
    while command.endswith(" \\"):
        n += 1
        command = command[:-2] + " " + lines[n]
    assert command == f"git init --bare --initial-branch=main {empty}", "\n".join(lines)
    # (run in the offices' folder, as "kosong" is typed there: share29 reads it from there)
    piped = _narrow(offices, "opd", "sync", "--clone", "kosong", *english)
    assert piped.returncode == 1 and len(piped.stderr.strip().split("\n")) == 1, piped.stderr
    assert "'git init --bare --initial-branch=main " in piped.stderr


#: The parentheses resolve's account closes its lines with, whole on one line.
ASIDES = {
    "id": ["(ambil nilai yang lain).", "(revisi baru 4)."],
    "en": ["(take the other value).", "(new revision 4)."],
}


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("columns", [40, 80])
def test_resolve_keeps_a_short_parenthesis_on_one_line(offices, lang: str, columns: int) -> None:
    """At 40 columns `resolve` left short fragments alone on a line: "(take the" / "other
    value).", "(new revision" / "4).". A parenthesis of a few words is now kept whole, with
    the mark after it, as a unit keeps its number."""
    test_sync._conflict_in(offices)
    english = ["--lang", "en"] if lang == "en" else []
    lines = _on_a_terminal(offices, columns, "resolve", "1", "take", *english)
    for aside in ASIDES[lang]:
        assert any(aside in line for line in lines), "\n".join(lines)
