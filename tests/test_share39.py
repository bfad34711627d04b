"""share39: `restore --list` names the store's first version, marks the version the report is at
and says where the revisions a sync skipped went; `restore --revision` of that version restores
nothing; `log --help` says why its lines stay whole to a pipe."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from tests import test_sync
from tests.conftest import run_cli
from tests.test_sync import RID, lkj

offices = test_sync.offices

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _synced_past_the_other_laptop(offices: dict[str, object]) -> None:
    """pusat saves revision 2, opd revisions 2 and 3; pusat's sync merges them as revision 4
    (above both: 3 is opd's number), then pusat saves revision 5."""
    test_sync.start(offices, "pusat", "opd")
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 2", "target", "90").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 3", "realisasi", "95").returncode == 0
    assert lkj(offices, "opd", "sync").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert lkj(offices, "pusat", "set", "IKU 4", "realisasi", "60").returncode == 0


def _listed(offices: dict[str, object], columns: int, *args: str) -> str:
    """pusat's `restore --list RID` piped at ``columns``."""
    store = str(Path(str(offices["tmp"])) / "pusat")
    env = {**test_sync.env(offices, "pusat <pusat@example.org>"), "COLUMNS": str(columns)}
    out = run_cli("restore", "--list", RID, *args, "--store", store, env=env)
    assert out.returncode == 0, out.stderr
    return out.stdout


@needs_git
def test_restore_list_marks_the_current_version_names_the_first_and_the_skipped(
    offices,
) -> None:
    """A planner read 4, 2, 1 with "—" beside 1 and no word of which version the report was at,
    nor where 3 went."""
    _synced_past_the_other_laptop(offices)
    shown = _listed(offices, 80)
    rows = [line for line in shown.splitlines() if "│" in line]
    first_cells = [row.split("│")[0].strip() for row in rows]
    assert [c for c in first_cells if c] == ["5", "4", "2", "1"], shown
    assert max(len(row) for row in rows) <= 80, shown
    assert rows[0].rstrip().endswith("│ ← sekarang") and "IKU 4 · Realisasi" in rows[0]
    assert "4.json" in shown and "5.json" not in shown
    listed = " ".join(" ".join(r.split("│")[2].split()) for r in rows)
    assert "penyimpanan dibuat, berisi laporan bawaan" in listed and "—" not in listed
    said = "Revisi 3 dibuat di laptop lain; sinkronisasi revisi 4 membawanya ke sini."
    assert shown.splitlines()[-1] == said

    english = _listed(offices, 60, "--lang", "en")  # (cards: the mark on the version's line)
    lines = english.splitlines()
    assert any(x.startswith("Revision 5 · ") and x.endswith(" ← current") for x in lines)
    assert "  store created, holding the bundled report" in lines, english
    gap = "Revision 3 was made on another laptop; the sync of revision 4 brought it here."
    assert lines[-1] == gap, english  # (to a pipe one line, as the table's rows)

    data = json.loads(_listed(offices, 80, "--json"))
    (report,) = data["reports"]
    assert [v["revision"] for v in report["versions"]] == [4, 2, 1]
    current = report["current"]
    assert current["revision"] == 5 and current["kind"] == "edit"
    assert Path(current["file"]).name == f"{RID}.json"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_restore_of_the_current_revision_restores_nothing_and_says_so(
    tmp_path: Path, lang: str
) -> None:
    """`restore ID --revision 3` of the version --list marks as the current one said "revision
    3 … is not kept on this computer" (exit 1)."""
    root = tmp_path / "Bersama LKj"
    assert run_cli("init", "--store", str(root)).returncode == 0
    for value in ("2,90", "3,00"):
        assert run_cli("set", "IKU 1", "realisasi", value, "--store", str(root)).returncode == 0
    before = (root / f"{RID}.json").read_bytes()
    out = run_cli("restore", RID, "--revision", "3", "--store", str(root), "--lang", lang)
    assert out.returncode == 0, out.stderr
    words = {"id": "sudah pada revisi 3: tidak ada yang dipulihkan", "en": "at revision 3 already"}
    assert words[lang] in out.stdout
    en = " --lang en" if lang == "en" else ""
    assert out.stdout.rstrip("\n").endswith(f'lkj-tui restore --list {RID} --store "{root}"{en}')
    assert (root / f"{RID}.json").read_bytes() == before


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("id", "Ke pipa atau berkas satu baris per perubahan, untuk grep"),
        ("en", "To a pipe or a file one line a change, for grep"),
    ],
)
def test_log_help_says_its_lines_stay_whole_to_a_pipe(lang: str, words: str) -> None:
    """`log` piped prints lines of 100 characters and more, on purpose (one line a change, to
    grep): its help says so."""
    out = run_cli("log", "--help", "--lang", lang, env={"COLUMNS": "200"})
    assert out.returncode == 0 and words in " ".join(out.stdout.split()), out.stdout


@needs_git
def test_a_sync_that_brought_changes_and_a_conflict_names_both(offices) -> None:
    """A sync that merged pusat's IKU 1 and recorded a conflict on IKU 2 read only "sync, from
    other offices: IKU 1 · …": the conflict it recorded went unsaid in the list."""
    test_sync.start(offices, "pusat", "opd")
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    assert lkj(offices, "pusat", "set", "IKU 2", "realisasi", "80").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 2", "realisasi", "81").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert lkj(offices, "opd", "sync").returncode == 0
    shown = lkj(offices, "opd", "restore", "--list", RID).stdout
    assert "dari kantor lain: IKU 1 · Realisasi: 2,85 → 2,90; 1 konflik baru" in shown, shown
    english = lkj(offices, "opd", "restore", "--list", RID, "--lang", "en").stdout
    assert "Actual (Realisasi): 2,85 → 2,90; 1 new conflict " in english, english
