"""vals49: the import's last round-trip gaps, each through the installed command.

An import whose output nobody reads (``lkj-tui import BOOK.xlsx 2>&1 | head -3``) died on the
closed pipe while writing its warnings, before it saved: nothing imported, exit status 0.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

from tests.conftest import LKJ_TUI, run_cli
from tests.test_vals41 import _document, _ids
from tests.test_vals48 import _newer


def _to_a_closed_pipe(*args: str, store: Path) -> int:
    """The exit status of ``lkj-tui ARGS`` whose stdout and stderr are a pipe whose reader has
    gone before the first line (as ``| head -3`` once it has its lines, without the race)."""
    read, write = os.pipe()
    os.close(read)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env.update(LKJ_TUI_STORE=str(store), COLUMNS="80")
    try:
        done = subprocess.run(
            [str(LKJ_TUI), *args], stdout=write, stderr=write, stdin=subprocess.DEVNULL,
            env=env, timeout=60,
        )  # fmt: skip
    finally:
        os.close(write)
    return done.returncode


def test_an_import_whose_output_is_not_read_is_saved_all_the_same(tmp_path: Path) -> None:
    path = _document(tmp_path, "baru-2023", _newer)  # (kept fields: warnings before the save)
    said = run_cli("import", str(path), "--dry-run", store=tmp_path / "dry")
    assert said.returncode == 0 and "peringatan:" in said.stderr, said.stderr
    for lang in ("id", "en"):
        store = tmp_path / f"s-{lang}"
        assert _to_a_closed_pipe("import", str(path), "--lang", lang, store=store) == 0
        assert _ids(store) == ["baru-2023"]  # (nothing was saved)
        out = tmp_path / f"{lang}.json"
        done = run_cli("export", "-r", "baru-2023", "--format", "json", "-o", str(out), store=store)
        assert done.returncode == 0, done.stderr
        nodes = json.loads(out.read_text(encoding="utf-8"))["nodes"]
        assert [n["bobot"] for n in nodes] == [0]  # the whole report, its kept fields too


def test_a_refused_import_or_command_unread_still_exits_as_refused(tmp_path: Path) -> None:
    """Its problems written to nobody: the exit status still says it failed (it was 0)."""

    def bad_year(doc: dict) -> None:
        doc["report"]["tahun"] = "dua ribu"

    store = tmp_path / "s"
    path = _document(tmp_path, "baru-2023", bad_year)
    assert _to_a_closed_pipe("import", str(path), store=store) == 2
    assert "baru-2023" not in _ids(store)
    good = _document(tmp_path, "lain-2023", _newer)
    assert run_cli("import", str(good), store=store).returncode == 0
    # the id taken (a dry run says so before any save), a report the store does not hold
    assert _to_a_closed_pipe("import", str(good), "--dry-run", store=store) == 1
    assert _to_a_closed_pipe("status", "--report", "tidak-ada", store=store) == 1
    assert _to_a_closed_pipe("status", "--report", "lain-2023", store=store) == 0
