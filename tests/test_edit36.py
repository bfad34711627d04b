"""edit36: the planner authoring, continued — the minutes' table (``x``, ``export --changes``)
says a change of the tree's shape by its action in the Kolom column ("hapus", "pindah",
"tambah", "geser") and the count of the nodes deleted with it in the value, where the column
held the whole sentence and repeated the node the Simpul column names."""

from __future__ import annotations

import json
from pathlib import Path

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.conftest import run_cli


def _journal_with_shapes(store_path: Path) -> None:
    """Five saves through ``set``, their journal lines turned into a node added, one deleted
    with 35 beneath it, one moved, one shifted and the delete undone (the TUI's journal lines,
    language-free; an undo's line stored as it went)."""
    for value in ("2,90", "2,95", "3,00", "3,05", "3,10"):
        assert run_cli("set", "IKU 1", "realisasi", value, store=store_path).returncode == 0
    journal = store_path / ".changes" / f"{BUNDLED_REPORT_ID}.jsonl"
    entries = [json.loads(line) for line in journal.read_text(encoding="utf-8").splitlines()]
    entries[-5]["lines"] = [["IKU 9", "node", "", "iku: Indeks baru"]]
    entries[-4]["lines"] = [["S1", "node", "sasaran: Meningkatnya mutu (+35)", ""]]
    entries[-3]["lines"] = [["IKU 9", "parent", "S1", "S2"]]
    entries[-2]["lines"] = [["IKU 9", "order", "1", "2"]]
    entries[-1]["lines"] = [["S1", "node", "", "sasaran: Meningkatnya mutu (+35)"]]
    entries[-1]["kind"] = "undo"
    journal.write_text("".join(json.dumps(e) + "\n" for e in entries), encoding="utf-8")


def test_the_minutes_say_a_change_of_shape_by_its_action_not_a_sentence(
    store_path: Path,
) -> None:
    """It read '| S1 | hapus S1 (dan 35 simpul di bawahnya) | Sasaran: Meningkatnya mutu (+35) |
    — |': the node twice and the count as "(+35)" in the value."""
    _journal_with_shapes(store_path)
    rows = {
        "id": (
            "| IKU 9 | tambah | — | IKU: Indeks baru |",
            "| S1 | hapus | Sasaran: Meningkatnya mutu (dan 35 simpul di bawahnya) | — |",
            "| IKU 9 | pindah | di bawah S1 | di bawah S2 |",
            "| IKU 9 | geser | urutan 1 | urutan 2 |",
            "| S1 | hapus (dibatalkan) | — | Sasaran: Meningkatnya mutu (dan 35 simpul di "
            "bawahnya) |",
        ),
        "en": (
            "| IKU 9 | add | — | Key indicator (IKU): Indeks baru |",
            "| S1 | delete | Objective (Sasaran): Meningkatnya mutu (and 35 beneath it) | — |",
            "| IKU 9 | move | under S1 | under S2 |",
            "| IKU 9 | reorder | place 1 | place 2 |",
            "| S1 | delete (undone) | — | Objective (Sasaran): Meningkatnya mutu (and 35 beneath "
            "it) |",
        ),
    }
    for lang, said in rows.items():
        notes = run_cli("export", "--changes", "--lang", lang, store=store_path)
        assert notes.returncode == 0, notes.stderr
        section = notes.stdout.rsplit("## ", 1)[1]
        for row in said:
            assert row in section, section
        assert "(+35)" not in section and "hapus S1" not in section and "delete S1" not in section
