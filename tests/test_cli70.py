"""The command line's rough edges, forty-first pass of issue 17 (cli70): ``sync`` of a
``--store`` folder not there, the ``--json`` listings' ``errors`` in the language asked for,
a folder of other files named by ``$LKJ_TUI_STORE``, ``log`` of a report made and not yet
edited. Each through the installed command, in both languages."""

from __future__ import annotations

import json
import os
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


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_folder_of_other_files_named_by_the_variable_is_left_as_it_is(
    tmp_path: Path, lang: str
) -> None:
    """``$LKJ_TUI_STORE`` naming a folder of the user's files (no report in it) got the bundled
    report and its lock file put beside them, unsaid when piped, and ``status`` showed that
    report as theirs; only a typed ``--store`` was refused so. The commands and the TUI refuse
    it alike now, naming the variable, the folder unchanged; ``init`` still makes the store
    there on purpose, and an empty folder still becomes a new store."""
    folder = tmp_path / "Dokumen"
    folder.mkdir()
    (folder / "catatan.txt").write_text("rapat", encoding="utf-8")
    (folder / "lkj 2024.xlsx").write_bytes(b"PK")
    env = {"LKJ_TUI_STORE": str(folder)}
    english = ["--lang", "en"] if lang == "en" else []
    for args in (["status"], ["check"], ["log"], []):  # ([]: the TUI, refused before it starts)
        done = run_cli(*args, *english, env=env)
        assert done.returncode == 1 and done.stdout == "", (args, done.stdout)
        flat = " ".join(done.stderr.split())
        said = {"id": "(dari $LKJ_TUI_STORE)", "en": "(from $LKJ_TUI_STORE)"}[lang]
        assert said in flat and ("bukan folder penyimpanan" in flat or "not a store" in flat)
        named = {"id": "dengan --store atau $LKJ_TUI_STORE", "en": "with --store or $LKJ_TUI_STORE"}
        assert named[lang] in flat, flat
        assert sorted(p.name for p in folder.iterdir()) == ["catatan.txt", "lkj 2024.xlsx"]
    empty = tmp_path / "kosong"
    empty.mkdir()
    fresh = run_cli("status", *english, env={"LKJ_TUI_STORE": str(empty)})
    assert fresh.returncode == 0 and "Bengkulu Selatan" in fresh.stdout, fresh.stderr
    made = run_cli("init", *english, env=env)
    assert made.returncode == 0, made.stderr
    assert run_cli("status", *english, env=env).returncode == 0


#: An empty log of this computer's journal: the start of its words, and where history starts
_NO_SAVES = {
    "id": ("Belum ada perubahan yang disimpan", "riwayat dimulai pada simpanan pertama"),
    "en": ("No changes saved yet", "the history starts at the first save"),
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_log_right_after_new_says_no_change_is_saved_yet(tmp_path: Path, lang: str) -> None:
    """``log`` right after ``new`` said "Belum ada riwayat" ("no history yet"), the report just
    made. It says what is true: no change of it saved yet, and that its history starts at the
    first save in the TUI or with ``set``; of the report asked for, named. ``--json`` stays an
    empty list; a store with no report still says it has no history."""
    store = tmp_path / "lkj"
    english = ["--lang", "en"] if lang == "en" else []
    made = run_cli("new", "--instansi", "Dinas A", "--tahun", "2024", "--store", str(store))
    assert made.returncode == 0, made.stderr
    none, starts = _NO_SAVES[lang]
    done = run_cli("log", "--store", str(store), *english)
    assert done.returncode == 0, done.stderr
    line = " ".join(done.stdout.split())
    assert line.startswith(f"{none}: {starts}") and "lkj-tui set" in line, line
    assert "riwayat." not in line.lower() and "No history" not in line, line
    done = run_cli("log", "-r", "dinas-a-2024", "--store", str(store), *english)
    line = " ".join(done.stdout.split())
    report = {"id": "pada laporan dinas-a-2024:", "en": "to the report dinas-a-2024:"}[lang]
    assert done.returncode == 0 and line.startswith(f"{none} {report} {starts}"), line
    as_json = run_cli("log", "--json", "--store", str(store), *english)
    assert as_json.returncode == 0 and json.loads(as_json.stdout) == []
    (store / "dinas-a-2024.json").unlink()  # (a store with no report: no history at all)
    done = run_cli("log", "--store", str(store), *english)
    assert done.stdout.strip() == {"id": "Belum ada riwayat.", "en": "No history yet."}[lang]


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_refusal_of_a_folder_of_other_files_keeps_its_init_whole_at_80_columns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """On a terminal the refusal of a folder of the user's files left its ``lkj-tui init
    --store FOLDER`` mid-line where the import of its workbook came after it ("… di folder lain:
    lkj-tui init --store FOLDER;"), or broke it at 80 columns ("lkj-tui init" / "--store
    FOLDER"): pasted, two commands. It stands whole on a line of its own, as the import does."""
    from tests.test_cli41 import _pty_lines

    monkeypatch.chdir(tmp_path)  # (the folder typed short, "Dokumen": the lines as a user's)
    folder = tmp_path / "Dokumen"
    folder.mkdir()
    (folder / "catatan.txt").write_text("rapat", encoding="utf-8")
    (folder / "lkj.xlsx").write_bytes(b"PK")
    english = ["--lang", "en"] if lang == "en" else []
    lines = _pty_lines(["status", "--store", "Dokumen", *english], 80, 1)
    tail = " --lang en" if english else ""
    shown = [line.strip() for line in lines]
    assert f"lkj-tui init --store FOLDER{tail}" in shown, "\n".join(lines)
    assert f"lkj-tui import Dokumen/lkj.xlsx{tail}" in shown, "\n".join(lines)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_store_emptied_beside_an_export_is_still_a_store(tmp_path: Path, lang: str) -> None:
    """A store whose one report was deleted, the minutes exported into its folder beside it
    (``export -o STORE/rapat.md``): it was refused as "bukan folder penyimpanan" ("not a store")
    under ``--store`` (and, since the variable is refused alike, under ``$LKJ_TUI_STORE``). It is
    a store its user emptied: said so, with the import and ``init`` that fill it, the export
    kept and no report put in it."""
    store = tmp_path / "lkj"
    english = ["--lang", "en"] if lang == "en" else []
    assert run_cli("init", "--store", str(store)).returncode == 0
    done = run_cli("export", "--store", str(store), "-o", str(store / "rapat.md"))
    assert done.returncode == 0, done.stderr
    for report in store.glob("*.json"):
        report.unlink()
    emptied = {"id": "tidak ada lagi laporan", "en": "no longer holds a report"}[lang]
    for named in (["--store", str(store)], []):
        env = {} if named else {"LKJ_TUI_STORE": str(store)}
        done = run_cli("status", *named, *english, env=env)
        flat = " ".join(done.stderr.split())
        assert done.returncode == 1 and emptied in flat, flat
        assert "bukan folder penyimpanan" not in flat and "not a store" not in flat, flat
        assert not list(store.glob("*.json")) and (store / "rapat.md").is_file()
