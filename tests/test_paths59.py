"""paths59: the errors of ``new``, ``set``, ``compare``, ``log``, ``restore``, ``calc`` and
``resolve`` with hostile arguments and paths, and ``set --json`` carrying every line it made."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests.conftest import run_cli
from tests.test_cli41 import _pty_lines

needs_pty = pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")


def _items(store_path: Path, code: str) -> list[str]:
    store = Store(store_path)
    report = store.load(store.latest_report_id()).report
    return [i.text for i in next(n for n in report.walk() if n.code == code).permasalahan]


def test_set_json_carries_every_item_a_multi_line_permasalahan_adds(store_path: Path) -> None:
    """``set "IKU 1" permasalahan+ $'satu\\ndua\\ntiga'`` adds three items (the text output
    lists three lines) but ``--json`` gave only the first one's before/after ("after":
    "satu"): a script saw one item added. ``lines`` names every item added, in order, with
    the field each is at as ``log --json`` gives it; ``before``/``after`` stay the first's."""
    had = _items(store_path, "IKU 1")
    out = run_cli(
        "set", "IKU 1", "permasalahan+", "satu\ndua\n\n tiga ", "--json", store=store_path
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    n = len(had)
    assert data["lines"] == [
        {"field": f"permasalahan {n + 1}", "before": "", "after": "satu"},
        {"field": f"permasalahan {n + 2}", "before": "", "after": "dua"},
        {"field": f"permasalahan {n + 3}", "before": "", "after": "tiga"},
    ], data
    assert (data["before"], data["after"]) == ("", "satu")
    assert _items(store_path, "IKU 1") == [*had, "satu", "dua", "tiga"]
    logged = json.loads(run_cli("log", "IKU 1", "--json", store=store_path).stdout)
    assert sorted((r["field"], r["after"]) for r in logged) == sorted(
        (x["field"], x["after"]) for x in data["lines"]
    )


@pytest.mark.parametrize(
    ("field", "value", "before", "after"),
    [("realisasi", "2,90", "2,85", "2,90"), ("realisasi", "2,85", None, None)],
)
def test_set_json_lines_of_one_field(
    store_path: Path, field: str, value: str, before: str | None, after: str | None
) -> None:
    """One field set gives one line, the same as ``before``/``after``; the value it has already
    gives none (nothing changed)."""
    data = json.loads(run_cli("set", "IKU 1", field, value, "--json", store=store_path).stdout)
    assert (data["before"], data["after"]) == (before, after)
    want = [] if after is None else [{"field": field, "before": before, "after": after}]
    assert data["lines"] == want


def _files(root: Path) -> dict[str, bytes]:
    """Every file below ``root`` with its bytes (a command that refuses writes nothing)."""
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


@needs_pty
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    "args",
    [
        ["set", "IKU 1", "realisasi", "3"],
        ["compare", "{rid}"],
        ["log", "-r", "{rid}"],
        ["restore", "{rid}"],
        ["resolve", "-r", "{rid}"],
    ],
    ids=["set", "compare", "log", "restore", "resolve"],
)
def test_a_folder_where_the_report_file_is_says_so_and_what_to_do(
    store_path: Path, bundled_id: str, args: list[str], lang: str
) -> None:
    """A folder named as a report's file (``REPORT.json/``, left by a copy or an unzip) gave
    "gagal membaca: Is a directory (errno 21)" in set, compare, log, restore and resolve: the
    system's English words and nothing to do. It says the path is a folder, not a file, that
    it was not read and to move it out of the store or rename it, in the user's language;
    exit 1, no traceback, nothing written."""
    report = store_path / f"{bundled_id}.json"
    report.unlink()
    report.mkdir()
    before = _files(store_path)
    typed = [a.format(rid=bundled_id) for a in args]
    lines = _pty_lines([*typed, "--store", str(store_path), "--lang", lang], 40, 1)
    flat = " ".join(" ".join(lines).split())
    said = {
        "id": "bukan berkas, melainkan sebuah folder",
        "en": "not a file but a folder",
    }[lang]
    do = {
        "id": "pindahkan folder itu keluar dari folder penyimpanan atau ganti namanya",
        "en": "move that folder out of the store folder or rename it",
    }[lang]
    assert said in flat and do in flat, flat
    assert "errno" not in flat and "Traceback" not in flat, flat
    assert all(len(line) <= 40 for line in lines), lines
    assert _files(store_path) == before
    shutil.rmtree(report)
