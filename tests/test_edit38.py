"""edit38: in the minutes (``x``, ``export --changes``) a node added whose name says its kind in
the report's words is named once in its Sesudah cell, "Sub Kegiatan Pelaksanaan Survei", where
it read "Sub Kegiatan: Sub Kegiatan Pelaksanaan Survei" (the toast says it once since edit37)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli
from tests.test_edit37 import NAME, two_nodes_added


def test_the_minutes_name_an_added_nodes_kind_once(store_path: Path) -> None:
    two_nodes_added(store_path)
    said = {"id": ("tambah", "Sub Kegiatan"), "en": ("add", "Sub-activity")}
    for lang, (action, kind) in said.items():
        out = run_cli("export", "--changes", "--lang", lang, store=store_path)
        assert out.returncode == 0, out.stderr
        assert f"| {action} | — | {NAME} |" in out.stdout, out.stdout
        assert f"| {action} | — | {kind}: Survei Lapangan |" in out.stdout, out.stdout  # (kept)
        assert f": {NAME}" not in out.stdout, out.stdout
