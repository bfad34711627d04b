"""share14: what a sync, `status`, `check` and `info` say of the conflicts that wait, through the
installed command: a conflict recorded by an earlier sync is "from before", not counted again as
if new every time a sync writes the report."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests import test_sync
from tests.test_sync import RID, lkj

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices


def _both(offices: dict[str, object], code: str, ours: str, theirs: str) -> None:
    """IKU ``code``'s realisasi set to ``theirs`` in pusat and ``ours`` in opd; pusat syncs."""
    assert lkj(offices, "pusat", "set", code, "realisasi", theirs).returncode == 0
    assert lkj(offices, "opd", "set", code, "realisasi", ours).returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0


def test_a_sync_counts_new_conflicts_apart_from_those_waiting_from_before(offices) -> None:
    test_sync._conflict_in(offices)  # IKU 2: opd's sync recorded the first conflict
    # pusat changes the report again (no conflict): opd's next sync writes it again
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "2,5").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    again = lkj(offices, "opd", "sync")
    assert again.returncode == 0, again.stderr
    assert "konflik baru" not in again.stdout  # it said "1 konflik menunggu pilihan" again
    assert f"1 konflik dari sebelumnya masih terbuka ({RID})" in again.stdout
    english = lkj(offices, "opd", "sync", "--lang", "en")
    assert f"1 conflict from before is still open ({RID})" in english.stdout
    # a second conflict: one new, one from before
    _both(offices, "IKU 4", "60", "50")
    out = lkj(offices, "opd", "sync")
    assert out.returncode == 0, out.stderr
    assert f"1 konflik baru dan 1 dari sebelumnya menunggu pilihan ({RID})" in out.stdout
    assert f"lkj-tui resolve -r {RID}" in out.stdout

    status = " ".join(lkj(offices, "opd", "status").stdout.split())
    assert "2 konflik sinkronisasi menunggu pilihan" in status
    assert "1 baru dari sinkronisasi " in status and ", 1 dari sebelumnya." in status
    assert "IKU 4 · Realisasi: di berkas 60 · yang lain 50 (baru)" in status
    assert "IKU 2 · Realisasi: di berkas 81 · yang lain 80 IKU 4" in status  # (not marked)
    english = " ".join(lkj(offices, "opd", "status", "--lang", "en").stdout.split())
    assert "1 new from the sync of " in english and ", 1 from before." in english
    assert "in the file 60 · other 50 (new)" in english
    check = " ".join(lkj(offices, "opd", "check", "--lang", "en").stdout.split())
    assert "1 new from the sync of " in check
    listed = " ".join(lkj(offices, "opd", "status", "--all").stdout.split())
    assert f"{RID}: 2 konflik (1 baru)" in listed
    info = " ".join(lkj(offices, "opd", "info", "--lang", "en").stdout.split())
    assert "2 sync conflicts (1 new from the sync of " in info

    # a sync that brings nothing finds none: both still open (share23: it called the last
    # sync's new), and status and info keep their words (new from that sync, dated)
    again = lkj(offices, "opd", "sync")
    assert f"2 konflik dari sebelumnya masih terbuka ({RID})" in again.stdout
    assert " ".join(lkj(offices, "opd", "status").stdout.split()) == status  # (word for word)
    assert "(1 baru" in " ".join(lkj(offices, "opd", "info").stdout.split())
    # one that brings something without a conflict: every conflict is from before it
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "2,6").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert "2 konflik dari sebelumnya" in lkj(offices, "opd", "sync").stdout
    status = " ".join(lkj(offices, "opd", "status").stdout.split())
    assert "Semuanya dari sebelum sinkronisasi " in status and "(baru)" not in status
    assert "(1 baru" not in " ".join(lkj(offices, "opd", "info").stdout.split())


def test_the_other_office_hears_of_the_conflict_as_new_once(offices) -> None:
    """The office that receives the recorded conflict: new at the sync that brings it, from
    before at the next one."""
    test_sync._conflict_in(offices)
    first = lkj(offices, "pusat", "sync", "--lang", "en")
    assert f"1 new conflict waits for a choice ({RID})" in first.stdout
    status = " ".join(lkj(offices, "pusat", "status", "--lang", "en").stdout.split())
    assert "All new from the sync of " in status
    assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "2,5").returncode == 0
    assert lkj(offices, "opd", "sync").returncode == 0
    second = lkj(offices, "pusat", "sync", "--lang", "en")
    assert "new conflict" not in second.stdout
    assert f"1 conflict from before is still open ({RID})" in second.stdout


def _rows(out: str) -> dict[str, str]:
    """restore --list's rows by revision, each row's wrapped lines joined."""
    rows: dict[str, str] = {}
    last = ""
    for line in out.splitlines():
        if "│" not in line:
            continue
        first = line.split("│")[0].strip()
        last = first or last
        cells = " ".join(c.strip() for c in line.split("│")[1:3] if c.strip())
        rows[last] = f"{rows.get(last, '')} {cells}".strip()
    return rows


def test_restore_list_names_imports_new_restores_and_a_choice(offices, tmp_path) -> None:
    """`restore --list` said "—" of a version made by `import`, `new`, `restore` or a conflict
    chosen; it says what made each, as it does for edits and syncs."""

    test_sync._conflict_in(offices)
    chosen = lkj(offices, "opd", "resolve", "1", "pertahankan")
    assert chosen.returncode == 0, chosen.stderr
    after_choice = lkj(offices, "opd", "restore", "--list", RID).stdout
    exported = tmp_path / "laporan [b]x.json"
    out = lkj(offices, "opd", "-r", RID, "export", "-f", "json", "-o", str(exported))
    assert out.returncode == 0, out.stderr
    assert lkj(offices, "opd", "import", str(exported), "--overwrite").returncode == 0
    assert lkj(offices, "opd", "restore", RID, "--revision", "2").returncode == 0
    assert lkj(offices, "opd", "set", "-r", RID, "IKU 1", "realisasi", "2,5").returncode == 0
    made = lkj(offices, "opd", "new", "--from", RID, "--tahun", "2024")
    assert made.returncode == 0, made.stderr
    new_id = "bengkulu-selatan-setda-2024"
    assert lkj(offices, "opd", "set", "-r", new_id, "IKU 1", "realisasi", "3").returncode == 0

    rows = _rows(lkj(offices, "opd", "restore", "--list", RID).stdout)
    revisions = sorted(rows, key=int)
    assert "—" not in " ".join(rows.values()), rows
    choice, imported, restored, now = revisions[-4:]  # (the current version listed: share39)
    assert "IKU 1 · Realisasi" in rows[now]
    assert (
        "konflik sinkronisasi dipilih: IKU 2 · Realisasi: pertahankan 81 (bukan 80)"
        in (rows[choice])
    )
    assert "impor dari laporan [b]x.json" in rows[imported]
    assert "pemulihan dari revisi 2" in rows[restored]
    assert "sinkronisasi: 1 konflik baru" in list(_rows(after_choice).values())[1]
    english = _rows(lkj(offices, "opd", "restore", "--list", RID, "--lang", "en").stdout)
    assert "sync conflict chosen: IKU 2 · Actual (Realisasi): keep 81 (not 80)" in english[choice]
    assert "imported from laporan [b]x.json" in english[imported]
    assert "restored from revision 2" in english[restored]
    newer = _rows(lkj(offices, "opd", "restore", "--list", new_id, "--lang", "en").stdout)
    assert f"new report made from {RID} (lkj-tui new --from)" in newer["1"]


def made_apart(offices: dict[str, object]) -> str:
    """Both offices made next year's report with new --from, pusat after changing the old one
    (and then IKU 2's target of the new one): opd's sync records a conflict on new --from's
    record (made_from.blob) and on two fields. The new report's id."""
    new_id = "bengkulu-selatan-setda-2024"
    test_sync.start(offices, "pusat", "opd")
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "2,9").returncode == 0
    for who in ("pusat", "opd"):
        assert lkj(offices, who, "new", "--from", RID, "--tahun", "2024").returncode == 0
    assert lkj(offices, "pusat", "set", "-r", new_id, "IKU 2", "target", "90").returncode == 0
    for who in ("pusat", "opd"):
        assert lkj(offices, who, "sync").returncode == 0
    return new_id


def test_next_years_reports_made_from_different_versions_resolve_all_at_once(offices) -> None:
    """Both offices ran `new --from` for 2024, one after changing the old report: every field
    that differs conflicts, and the planner had to choose them one by one without knowing why.
    `resolve` says why and `resolve semua ambil-lain` takes every other value in one save (one
    restore undoes it), with `--json` for scripts."""
    new_id = made_apart(offices)
    listed = " ".join(lkj(offices, "opd", "resolve", "-r", new_id).stdout.split())
    assert f"Mengapa: laporan ini dibuat dengan 'lkj-tui new --from {RID}' di dua kantor" in listed
    assert "lkj-tui resolve semua ambil-lain -r " in listed
    assert "Asal laporan (new --from): versi laporan lama" in listed  # (not "made_from.blob")
    data = json.loads(lkj(offices, "opd", "resolve", "-r", new_id, "--json").stdout)
    assert data["report"] == new_id and data["made_apart_from"] == RID
    assert [c["number"] for c in data["conflicts"]] == [1, 2, 3]
    target = next(c for c in data["conflicts"] if c["field"] == ["measure", "target"])
    assert (target["kept"], target["other"], target["place"]) == ("CC", "90", "IKU 2 · Target")
    assert target["other_by"]["author"].startswith("pusat") and target["kept_by"] is None

    out = lkj(offices, "opd", "resolve", "semua", "ambil-lain", "-r", new_id, "--json")
    assert out.returncode == 0, out.stderr
    done = json.loads(out.stdout)
    assert done["choice"] == "take-other" and len(done["chosen"]) == 3 and done["left"] == 0
    report = Store(Path(str(offices["tmp"])) / "opd").load(new_id)
    measures = {n.code: n.measure for n in report.report.walk() if n.measure is not None}
    assert measures["IKU 2"].target == "90" and report.conflicts == ()
    meta = next(
        iter(
            json.loads((Path(str(offices["tmp"])) / "opd" / f"{new_id}.json").read_text("utf-8"))[
                "meta"
            ].values()
        )
    )
    assert "made_from" not in meta["report"] and meta["made_from"]["report"] == RID
    undo = done["undo"].split()[1:]
    from tests.conftest import run_cli
    from tests.test_sync import env

    assert run_cli(*undo, env=env(offices, "opd <opd@example.org>")).returncode == 0
    assert len(Store(Path(str(offices["tmp"])) / "opd").load(new_id).conflicts) == 3
    listed = lkj(offices, "opd", "restore", "--list", new_id, "--lang", "en").stdout
    assert "sync conflicts chosen, all (3): take the other values" in " ".join(listed.split())
    english = lkj(offices, "opd", "resolve", "all", "keep", "-r", new_id, "--lang", "en")
    assert "3 conflicts chosen at once: the values in the file kept." in english.stdout
    assert lkj(offices, "opd", "resolve", "-r", new_id).stdout.startswith("Tidak ada konflik")


def test_in_sync_is_said_before_the_conflicts_that_still_wait(offices) -> None:
    """A sync that brings nothing while a conflict waits: "Sudah sinkron" came after the
    conflicts' line and read as if they were settled; it is said first, the conflicts last,
    still open (share23: not new again, as share15 had them)."""
    test_sync._conflict_in(offices)
    for lang, synced, waits in (
        ("id", "Sudah sinkron dengan ", "1 konflik dari sebelumnya masih terbuka"),
        ("en", "Already in sync with ", "1 conflict from before is still open"),
    ):
        done = lkj(offices, "opd", "sync", "--lang", lang)
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        assert lines[0].startswith(synced), lines
        assert lines[-1].startswith(waits), lines
