"""The commands in a meeting at 80 columns and narrower (a reviewer's laptop, a split window), in
Bahasa Indonesia and English, through the installed ``lkj-tui``: long names cut after a whole word,
``info``'s report lines wrapped, the listings of ``status --all``/``check --all`` at 40–64 columns."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests.conftest import run_cli

#: A sasaran's name as long as a kabupaten's: cut at 80 characters it falls inside "serta".
LONG_NAME = (
    "Meningkatnya Kualitas Tata Kelola Pemerintahan Daerah yang Efektif, Efisien serta "
    "Akuntabel di Kabupaten Bengkulu Selatan"
)


def _cut_after_a_word(shown: str, limit: int) -> None:
    """``shown`` is LONG_NAME's start cut after a whole word with "…", at most ``limit`` long."""
    assert shown.endswith("…") and len(shown) <= limit, shown
    kept = shown[:-1]
    assert LONG_NAME.startswith(kept), shown
    assert LONG_NAME[len(kept)] in " ,", shown  # the next character ends a word


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_long_name_is_cut_after_a_whole_word_in_set_and_the_minutes(
    store_path: Path, lang: str
) -> None:
    """set's message and export --changes named a node without a code by its name cut at 80
    characters mid-word ("… Efektif, Efisien ser…"); now after its last whole word."""
    rid = "bengkulu-selatan-setda-2023"
    store = Store(store_path)
    sasaran = next(n for n in store.load(rid).report.walk() if n.kind == "sasaran")
    args = ("--store", str(store_path), "--lang", lang)
    assert run_cli("set", sasaran.id, "name", LONG_NAME, *args).returncode == 0
    done = run_cli("set", sasaran.id, "code", "", *args)
    assert done.returncode == 0, done.stderr
    shown = done.stdout.splitlines()[0].split(" · ")[0]
    _cut_after_a_word(shown, 60)
    minutes = run_cli("export", "--changes", *args)
    assert minutes.returncode == 0, minutes.stderr
    rows = [line for line in minutes.stdout.splitlines() if line.startswith("| ")]
    cell = rows[-1].split(" | ")[1]  # the node of the last change: its code emptied
    _cut_after_a_word(cell, 80)
    assert "ser…" not in minutes.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_log_cuts_a_long_name_after_a_whole_word(tmp_path: Path) -> None:
    """``lkj-tui log`` cut a node's name at 40 characters mid-word ("… Kelola Pemer"); now
    after its last whole word with "…"."""
    home = tmp_path / "home"
    home.mkdir()
    (home / ".gitconfig").write_text("[user]\n\tname = Test\n\temail = test@example.org\n")
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    env = {
        "HOME": str(home),
        "GIT_CONFIG_NOSYSTEM": "1",
        "LKJ_TUI_AUTHOR": "Rina <rina@example.org>",
        "LKJ_TUI_HISTORY": "wait",
        "XDG_CACHE_HOME": str(tmp_path / "cache"),
    }
    root = tmp_path / "pusat"
    args = ("--store", str(root))
    assert run_cli("sync", "--init", str(remote), *args, env=env).returncode == 0
    sasaran = next(
        n
        for n in Store(root).load("bengkulu-selatan-setda-2023").report.walk()
        if n.kind == "sasaran"
    )
    assert run_cli("set", sasaran.id, "code", "", *args, env=env).returncode == 0
    assert run_cli("set", sasaran.id, "name", LONG_NAME, *args, env=env).returncode == 0
    for lang in ("id", "en"):
        out = run_cli("log", *args, "--lang", lang, env=env)
        assert out.returncode == 0, out.stderr
        first = out.stdout.splitlines()[0]
        shown = first.split("  ")[2].split(" · ")[0]
        _cut_after_a_word(shown, 40)
