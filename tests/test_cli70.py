"""The command line's rough edges, forty-first pass of issue 17 (cli70): ``sync`` of a
``--store`` folder not there, the ``--json`` listings' ``errors`` in the language asked for,
a folder of other files named by ``$LKJ_TUI_STORE``, ``log`` of a report made and not yet
edited. Each through the installed command, in both languages."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.mark.skipif(shutil.which("git") is None, reason="sync needs git")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_sync_of_a_store_folder_not_there_exits_2_with_the_clone_into_it(
    tmp_path: Path, lang: str
) -> None:
    """``sync --store MISSING`` exited 1 (a refusal of the store) where every other command
    exits 2 for a ``--store`` folder that does not exist (a path typed wrong). It exits 2 and
    still offers the clone into that folder; ``--json`` alike; an empty folder is still a
    refusal (exit 1), and nothing is made."""
    missing = tmp_path / "tidak-ada"
    english = ["--lang", "en"] if lang == "en" else []
    done = run_cli("sync", "--store", str(missing), *english)
    assert done.returncode == 2, done.stderr
    clone = {"id": "ALAMAT", "en": "REMOTE"}[lang]
    assert f"lkj-tui sync --clone {clone} --store {missing}" in done.stderr, done.stderr
    assert not missing.exists()
    assert run_cli("status", "--store", str(missing), *english).returncode == 2  # (the rule)
    as_json = run_cli("sync", "--json", "--store", str(missing), *english)
    assert as_json.returncode == 2 and json.loads(as_json.stdout)["code"] == "not-shared"
    empty = tmp_path / "kosong"
    empty.mkdir()
    assert run_cli("sync", "--store", str(empty), *english).returncode == 1
    assert list(empty.iterdir()) == []


@pytest.mark.parametrize("command", [["status", "--all"], ["check", "--all"], ["info"]])
def test_json_errors_say_the_problem_in_the_language_asked_for(
    tmp_path: Path, command: list[str]
) -> None:
    """``errors[].problem`` of ``status --all --json``, ``check --all --json`` and ``info
    --json`` stayed in Bahasa Indonesia under ``--lang en``; it follows ``--lang`` now, and
    each error carries its ``code``, the same in both languages, for scripts."""
    store = tmp_path / "lkj"
    assert run_cli("init", "--store", str(store)).returncode == 0
    (store / "rusak-2024.json").write_text("{bad", encoding="utf-8")
    said = {}
    for lang in ("id", "en"):
        done = run_cli(*command, "--json", "--store", str(store), "--lang", lang)
        errors = json.loads(done.stdout)["errors"]
        assert [e["path"] for e in errors] == [str(store / "rusak-2024.json")], done.stdout
        said[lang] = errors[0]
    assert said["id"]["code"] == said["en"]["code"] == "invalid-json"
    assert said["id"]["problem"].startswith("bukan JSON yang sah"), said
    assert said["en"]["problem"].startswith("not valid JSON"), said
