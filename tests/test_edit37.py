"""edit37: a node added whose name says its kind in the report's words is named once by the
toast, ``L``, ``log`` and ``restore --list``: "tambah Sub Kegiatan Pelaksanaan Survei", where
it read "tambah Sub Kegiatan · Sub Kegiatan Pelaksanaan Survei" (the move picker shows it so
since edit35)."""

from __future__ import annotations

import json
from pathlib import Path

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.conftest import run_cli

NAME = "Sub Kegiatan Pelaksanaan Survei"


def two_nodes_added(store_path: Path) -> None:
    """The bundled report's journal with two sub kegiatan added, one named by its kind."""
    for value in ("2,90", "2,95"):
        assert run_cli("set", "IKU 1", "realisasi", value, store=store_path).returncode == 0
    journal = store_path / ".changes" / f"{BUNDLED_REPORT_ID}.jsonl"
    entries = [json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines()]
    entries[-2]["lines"] = [[NAME, "node", "", f"subkegiatan: {NAME}"]]
    entries[-1]["lines"] = [["Survei Lapangan", "node", "", "subkegiatan: Survei Lapangan"]]
    journal.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")


def test_a_node_added_that_says_its_kind_is_named_once(store_path: Path) -> None:
    two_nodes_added(store_path)
    said = {
        "id": (f"tambah {NAME}", "tambah Sub Kegiatan · Survei Lapangan"),
        "en": (f"add {NAME}", "add Sub-activity · Survei Lapangan"),
    }
    for lang, (once, kind_led) in said.items():
        log = run_cli("log", "--lang", lang, store=store_path, env={"COLUMNS": "200"})
        assert log.returncode == 0, log.stderr
        assert once in log.stdout and kind_led in log.stdout, log.stdout
        assert f"· {NAME}" not in log.stdout, log.stdout
