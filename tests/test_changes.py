"""core/changes.py: the session's undo/redo stacks and change log, without the TUI."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core import changes, edits
from lkj_tui.core.changes import ChangeLog
from tests.conftest import run_cli

AT = datetime(2026, 3, 1, 10, 42)


def test_undo_redo_and_the_log() -> None:
    report = load_bundled_report()
    iku1 = next(n.id for n in report.walk() if n.code == "IKU 1")
    log = ChangeLog()
    assert log.next_undo() is None and log.next_redo() is None
    first = edits.set_field(report, iku1, "target", "3,40")
    edits.apply(report, first)
    log.saved(first, "edit", AT, 2)
    second = edits.set_field(report, iku1, "realisasi", "3,00")
    edits.apply(report, second)
    log.saved(second, "edit", AT, 3)
    undo = log.next_undo()
    assert undo is not None and undo.lines[0].after == "2,85"  # the reverse of the last one
    edits.apply(report, undo)
    log.saved(undo, "undo", AT, 4)
    assert report.node(iku1).measure.realisasi == "2,85"
    assert log.next_redo() == second
    redo = log.next_redo()
    assert redo is not None
    edits.apply(report, redo)
    log.saved(redo, "redo", AT, 5)
    assert report.node(iku1).measure.realisasi == "3,00"
    assert [e.kind for e in log.entries] == ["edit", "edit", "undo", "redo"]
    assert [e.revision for e in log.entries] == [2, 3, 4, 5]
    assert log.entries[2].lines[0].before == "3,00" and log.entries[2].lines[0].after == "2,85"
    # a new edit after an undo drops the redo
    undo = log.next_undo()
    edits.apply(report, undo)
    log.saved(undo, "undo", AT)
    assert log.can_redo == 1
    third = edits.set_field(report, iku1, "tw1", "1")
    edits.apply(report, third)
    log.saved(third, "edit", AT)
    assert log.can_redo == 0 and log.can_undo == 2
    log.forget()
    assert log.next_undo() is None and len(log.entries) == 6


@pytest.mark.parametrize(
    ("path", "id_", "en"),
    [
        (("measure", "realisasi"), "Realisasi", "Actual (Realisasi)"),
        (("measure", "targets", "2024"), "Target Renstra 2024", "Target Renstra 2024"),
        (("measure", "realisasi_history", "2021"), "Realisasi 2021", "Actual (Realisasi) 2021"),
        (("info", "penanggung_jawab"), "Penanggung jawab", "Responsible unit"),
        (("name",), "Nama", "Name"),
        ((), "Simpul", "Node"),
        (("info", "x_unknown"), "info.x_unknown", "info.x_unknown"),
        (("measure", "printed", "0"), "measure.printed.0", "measure.printed.0"),
    ],
)
def test_a_stored_field_path_reads_as_the_change_log_names_it(path, id_, en) -> None:
    """``lkj-tui log`` and the TUI's history and conflicts showed record paths ("measure.realisasi")."""
    assert changes.path_label(path) == id_
    assert changes.path_label(path, "en") == en
    assert changes.path_label((), whole="laporan") == "Laporan"


def test_log_of_a_store_not_shared_shows_its_change_journal(
    store_path: Path, tmp_path: Path
) -> None:
    """lead13: `lkj-tui log` on a store that is not shared (most laptops), or on a machine without
    git, refused ("belum dibagikan") though every save of the TUI and `set` is in the report's
    change journal. It shows the journal now, newest first, with a note that says where it comes
    from and that it has no author names; NODE, --report, -n and --json work as on a shared store."""
    rid = BUNDLED_REPORT_ID
    for node, field, value in (("IKU 1", "realisasi", "3,0"), ("IKU 2", "target", "BB")):
        assert run_cli("set", node, field, value, "-r", rid, store=store_path).returncode == 0
    shown = run_cli("log", store=store_path)
    assert shown.returncode == 0, shown.stderr
    assert "belum dibagikan: riwayat dari jurnal perubahan" in shown.stderr
    lines = shown.stdout.splitlines()
    assert len(lines) == 2
    assert "IKU 2 · Target: CC → BB" in lines[0] and "IKU 1 · Realisasi: 2,85 → 3,0" in lines[1]
    only = run_cli("log", "IKU 1", "-r", rid, "--lang", "en", store=store_path)
    assert only.stdout.splitlines()[0].endswith("(here)  IKU 1 · Actual (Realisasi): 2,85 → 3,0")
    assert len(only.stdout.splitlines()) == 1 and "not shared" in only.stderr
    data = json.loads(run_cli("log", "--json", "-n", "1", store=store_path).stdout)
    assert [(d["label"], d["field"], d["before"], d["after"]) for d in data] == [
        ("IKU 2", "target", "CC", "BB")
    ]
    assert data[0]["author"] is None and data[0]["report"] == rid
    no_git = tmp_path / "bin"
    no_git.mkdir()
    bare = run_cli("log", "-r", rid, store=store_path, env={"PATH": str(no_git)})
    assert bare.returncode == 0 and "git tidak ada di komputer ini" in bare.stderr
    assert len(bare.stdout.splitlines()) == 2
    fresh = tmp_path / "fresh"
    assert run_cli("init", "--store", str(fresh)).returncode == 0
    empty = run_cli("log", "--store", str(fresh))
    assert empty.returncode == 0, empty.stderr
    assert empty.stdout == (  # (a report made, none of its saves yet: cli70)
        "Belum ada perubahan yang disimpan: riwayat dimulai pada simpanan pertama di TUI atau "
        "dengan lkj-tui set, sesudah laporan dibuat atau diimpor.\n"
    )


def test_log_of_a_long_named_node_finds_its_journal_lines_cut_either_way(store_path: Path) -> None:
    """A node with no kode and a name over 80 characters: the journal keeps its label, which
    cli13 now cuts after a whole word; lines saved before (cut mid-word) are found as well."""
    from lkj_tui.core.edits import LABEL_LIMIT
    from lkj_tui.core.sanitize import clean_line
    from lkj_tui.storage import journal
    from lkj_tui.storage.store import Store

    report = Store(store_path).load(BUNDLED_REPORT_ID).report
    node = next(n for n in report.walk() if not n.code and n.measure and len(n.name) > 100)
    old_label = clean_line(" ".join(node.name.split()), LABEL_LIMIT)
    journal.append(
        store_path,
        BUNDLED_REPORT_ID,
        {
            "at": "2026-01-02T03:04:05",
            "kind": "edit",
            "revision": 1,
            "lines": [[old_label, "realisasi", "1", "2"]],
        },
    )
    done = run_cli("set", node.id, "realisasi", "90%", "-r", BUNDLED_REPORT_ID, store=store_path)
    assert done.returncode == 0, done.stderr
    shown = run_cli("log", node.id, "-r", BUNDLED_REPORT_ID, store=store_path).stdout.splitlines()
    assert len(shown) == 2, shown
    assert shown[0].endswith("→ 90%") and shown[1].endswith("Realisasi: 1 → 2")
