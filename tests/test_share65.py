"""Sharing, thirty-seventh pass of issue 17 (share65): what `resolve`, `set` and a hand edit
say when a shared store holds more than one year."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests import test_sync
from tests.conftest import run_cli
from tests.test_share64 import NEXT
from tests.test_sync import RID, lkj

offices = test_sync.offices


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize(("lang", "keep"), [("id", "pertahankan"), ("en", "keep")])
def test_resolve_lists_the_one_older_report_whose_conflicts_wait(
    offices, lang: str, keep: str
) -> None:
    """Last year's report holds a conflict, next year's (`new --from`) is the newest: `resolve`
    said only "no conflicts in …-2024" and the command to list the other. With one report
    waiting, it lists that report's conflicts, both values, and each command names it (-r);
    `--json` stays the newest report's, as documented."""
    test_sync._conflict_in(offices)
    assert lkj(offices, "opd", "new", "--from", RID).returncode == 0
    listed = lkj(offices, "opd", "resolve", "--lang", lang)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert NEXT in lines[0] and RID in lines[1] and RID not in lines[0], listed.stdout
    assert any(line.strip().startswith(f"{keep}: 81") for line in lines), listed.stdout
    command = next(line.split() for line in lines if f"resolve 1 {keep}" in line)
    assert command[4:6] == ["-r", RID], listed.stdout
    chosen = lkj(offices, "opd", *command[1:6])  # (as printed; lkj gives the --store)
    assert chosen.returncode == 0, chosen.stderr
    as_json = lkj(offices, "opd", "resolve", "--json")
    assert '"report": "' + NEXT + '", "conflicts": []' in as_json.stdout, as_json.stdout
    none = lkj(offices, "opd", "resolve", "--lang", lang)
    assert none.returncode == 0 and len(none.stdout.splitlines()) == 1, none.stdout


@pytest.mark.parametrize(
    ("lang", "generic"), [("id", "; laporan lain: -r ID"), ("en", "; another one: -r ID")]
)
def test_set_names_the_office_s_year_before_only_when_the_store_has_it(
    store_path: Path, bundled_id: str, lang: str, generic: str
) -> None:
    """After `new --from`, `set` without -r changes next year's report: its first line named it
    and "laporan lain: -r ID", leaving the planner to find last year's id. It names the same
    office's year before, to type; a newest report of another office keeps the general hint."""
    store = str(store_path)
    assert run_cli("new", "--from", bundled_id, "--store", store).returncode == 0
    newest = bundled_id.replace("2023", "2024")
    out = run_cli("set", "IKU 1", "realisasi", "2,80", "--store", store, "--lang", lang)
    assert out.returncode == 0, out.stderr
    first = out.stdout.splitlines()[0]
    assert first.startswith(("Laporan terbaru: ", "The newest report: ")), out.stdout
    assert f"({newest}); " in first and first.endswith(f"2023: -r {bundled_id}") == (
        lang == "id"
    ), out.stdout
    assert lang == "id" or first.endswith(f"the 2023 one: -r {bundled_id}"), out.stdout
    args = ("new", "--from", bundled_id, "--tahun", "2025", "--instansi", "Dinas X")
    assert run_cli(*args, "--store", store).returncode == 0
    out = run_cli("set", "IKU 1", "target", "3", "--store", store, "--lang", lang)
    assert out.returncode == 0, out.stderr
    first = out.stdout.splitlines()[0]
    assert "Dinas X 2025" in first and first.endswith(generic), out.stdout


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize(("lang", "said"), [("id", "di luar lkj-tui"), ("en", "outside lkj-tui")])
def test_a_hand_edit_that_keeps_its_revision_takes_the_next_one(
    offices, lang: str, said: str
) -> None:
    """A report file edited by hand that kept its revision was committed at that revision: the
    shared history held two contents as "revisi 2", `restore --revision 2` said the report was
    at it already and the shared version before the edit could not be brought back. The commit
    now gives the hand edit the next revision, keeps the shared one as revision 2, and
    `restore --list` says what the new revision is."""
    test_sync.start(offices, "rina")
    assert lkj(offices, "rina", "set", "IKU 2", "realisasi", "80").returncode == 0
    store = Path(str(offices["tmp"])) / "rina"
    at = Store(store).load(RID).revision
    path = store / f"{RID}.json"
    text = path.read_text(encoding="utf-8")
    assert text.count('"realisasi": "80"') == 1
    path.write_text(text.replace('"realisasi": "80"', '"realisasi": "85"'), encoding="utf-8")
    logged = lkj(offices, "rina", "log", "--lang", lang)  # (commits the edit, as a sync does)
    assert logged.returncode == 0 and "80 → 85" in logged.stdout, logged.stdout
    assert Store(store).load(RID).revision == at + 1
    listed = lkj(offices, "rina", "restore", "--list", RID, "--json", "--lang", lang)
    (report,) = json.loads(listed.stdout)["reports"]
    assert report["current"]["revision"] == at + 1, listed.stdout
    assert report["current"]["change"].endswith(said), listed.stdout
    assert report["versions"][0]["revision"] == at, listed.stdout
    back = lkj(offices, "rina", "restore", RID, "--revision", str(at))
    assert back.returncode == 0 and "85 → 80" in back.stdout, back.stdout + back.stderr
    assert lkj(offices, "rina", "sync").returncode == 0
    again = lkj(offices, "rina", "sync")  # (nothing left to commit: the hand edit was taken once)
    assert again.returncode == 0 and "Dikirim" not in again.stdout, again.stdout
