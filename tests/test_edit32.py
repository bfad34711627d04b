"""edit32: the planner authoring, continued — a node added, deleted, moved or shifted is said
alike everywhere the session's changes are read: the TUI's toast and ``L``, the minutes
(``export --changes``), ``log`` and ``restore --list`` (core.changes.structure_words)."""

from __future__ import annotations

import json
from pathlib import Path

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.conftest import run_cli


def _journal_with_shapes(store_path: Path) -> None:
    """Three saves through ``set``, their journal lines turned into a node added, one deleted
    with two beneath it and one moved (the TUI's journal lines, language-free)."""
    for value in ("2,90", "2,95", "3,00"):
        assert run_cli("set", "IKU 1", "realisasi", value, store=store_path).returncode == 0
    journal = store_path / ".changes" / f"{BUNDLED_REPORT_ID}.jsonl"
    entries = [json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines()]
    entries[-3]["lines"] = [["IKU 9", "node", "", "iku: Indeks baru"]]
    entries[-2]["lines"] = [["K 1", "node", "indikator_kegiatan: Persentase lama (+2)", ""]]
    entries[-1]["lines"] = [["IKU 9", "parent", "S1", "S2"]]
    journal.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")


def test_the_minutes_and_log_say_a_node_added_deleted_or_moved_as_l_does(
    store_path: Path,
) -> None:
    """The minutes read '| IKU 9 | Simpul | — | IKU: Indeks baru |' and ``log`` 'IKU 9 · Simpul:
    — → IKU: Indeks baru', where the toast and ``L`` said 'tambah IKU 9 · Indeks baru'."""
    _journal_with_shapes(store_path)
    said = {
        "id": (
            "tambah IKU 9 · Indeks baru",
            "hapus K 1 (dan 2 simpul di bawahnya)",
            "pindah IKU 9 ke bawah S2",
        ),
        "en": ("add IKU 9 · Indeks baru", "delete K 1 (and 2 beneath it)", "move IKU 9 under S2"),
    }
    for lang, (added, deleted, moved) in said.items():
        notes = run_cli("export", "--changes", "--lang", lang, store=store_path)
        assert notes.returncode == 0, notes.stderr
        section = notes.stdout.rsplit("## ", 1)[1]
        # (the minutes' Kolom has the action alone since edit36: tests/test_edit36.py)
        action = {"id": ("tambah", "hapus", "pindah"), "en": ("add", "delete", "move")}[lang]
        assert f"| IKU 9 | {action[0]} | — |" in section, section
        assert f"| K 1 | {action[1]} |" in section, section
        under = ("di bawah", "under")[lang == "en"]  # (the place in words since edit37)
        assert f"| IKU 9 | {action[2]} | {under} S1 | {under} S2 |" in section, section
        assert "| Simpul | —" not in section and "| Node | —" not in section
        log = run_cli("log", "--lang", lang, store=store_path, env={"COLUMNS": "200"})
        assert log.returncode == 0, log.stderr
        for words in (added, deleted, moved):
            assert words in log.stdout, log.stdout
        assert "Simpul:" not in log.stdout and "Node:" not in log.stdout
        assert "Induk:" not in log.stdout and "Parent:" not in log.stdout
