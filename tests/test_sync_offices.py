"""Two offices sharing a store (docs/sharing.md), through the installed command: next year's
report made in each office, the conflicts a meeting export and the reviu name, choosing a conflict
from the command line, and what a restore list says of a sync's versions."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests import test_sync
from tests.conftest import run_cli
from tests.test_sync import RID, env, lkj, start

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

NEW = "bengkulu-selatan-setda-2024"


#: the offices of tests/test_sync.py: a bare repository, a home without the user's git config
offices = test_sync.offices


def _measure(offices: dict[str, object], who: str, code: str):
    report = Store(Path(str(offices["tmp"])) / who).load(NEW).report
    return next(n for n in report.walk() if n.code == code).measure


def _meta(offices: dict[str, object], who: str, rid: str = NEW) -> dict:
    data = json.loads((Path(str(offices["tmp"])) / who / f"{rid}.json").read_text("utf-8"))
    return next(iter(data["meta"].values()))


def _set(offices: dict[str, object], who: str, *args: str) -> None:
    out = lkj(offices, who, "-r", NEW, "set", *args)
    assert out.returncode == 0, out.stderr


def test_next_years_report_made_in_two_offices_merges_what_each_filled_in(offices) -> None:
    """Both offices ran `new --from` for 2024: the file had no common version in git, and every
    field only one of them filled in was a conflict (3 conflicts below). Now only the field both
    changed differently is one, its base the value `new --from` made."""
    start(offices, "bappeda", "opd")
    for who in ("bappeda", "opd"):
        out = lkj(offices, who, "new", "--from", RID, "--tahun", "2024")
        assert out.returncode == 0, out.stderr
    _set(offices, "bappeda", "IKU 1", "realisasi", "3,10")
    _set(offices, "bappeda", "IKU 2", "target", "BB")  # a target new --from filled in, changed
    _set(offices, "opd", "IKU 3", "realisasi", "2,5")
    _set(offices, "opd", "IKU 4", "realisasi", "90")
    _set(offices, "bappeda", "IKU 4", "realisasi", "91")  # both: a real conflict
    for who in ("bappeda", "opd", "bappeda"):
        out = lkj(offices, who, "sync")
        assert out.returncode == 0, out.stderr
    for who in ("bappeda", "opd"):
        values = [
            (_measure(offices, who, "IKU 1").realisasi, _measure(offices, who, "IKU 2").target),
            (_measure(offices, who, "IKU 3").realisasi, _measure(offices, who, "IKU 4").realisasi),
        ]
        assert values == [("3,10", "BB"), ("2,5", "90")], who
        (conflict,) = _meta(offices, who)["conflicts"]
        assert conflict["field"] == ["measure", "realisasi"]
        assert (conflict["base"], conflict["kept"], conflict["other"]) == (None, "90", "91")


def test_next_years_report_made_for_different_years_still_conflicts(offices) -> None:
    """Made otherwise (another year given, then the same id): no common version is made up."""
    start(offices, "bappeda", "opd")
    assert lkj(offices, "bappeda", "new", "--from", RID, "--tahun", "2024").returncode == 0
    out = lkj(offices, "opd", "new", "--from", RID, "--tahun", "2025", "--report", NEW)
    assert out.returncode == 0, out.stderr
    for who in ("bappeda", "opd"):
        assert lkj(offices, who, "sync").returncode == 0
    assert any(c["field"] == ["tahun"] for c in _meta(offices, "opd")["conflicts"])


def _conflict(offices: dict[str, object]) -> None:
    """IKU 2's realisasi set to 80 in pusat and 81 in opd: opd's sync records the conflict."""
    test_sync._conflict_in(offices)
    assert len(_meta(offices, "opd", RID)["conflicts"]) == 1


def _realisasi(offices: dict[str, object], who: str) -> str:
    report = Store(Path(str(offices["tmp"])) / who).load(RID).report
    return next(n for n in report.walk() if n.code == "IKU 2").measure.realisasi


def test_resolve_lists_and_takes_the_other_value_undoable_and_in_the_log(offices) -> None:
    """There was no command-line way to choose (status pointed to the TUI's K): `resolve` lists
    the conflicts with K's words and both values, takes the other value through a save that
    `log` names, and prints the restore that undoes it."""
    _conflict(offices)
    listed = lkj(offices, "opd", "resolve")
    assert listed.returncode == 0, listed.stderr
    assert "1. IKU 2 · Realisasi" in listed.stdout
    assert "pertahankan: 81" in listed.stdout and "ambil nilai yang lain: 80" in listed.stdout
    assert "lkj-tui resolve 1 ambil-lain" in listed.stdout
    english = lkj(offices, "opd", "resolve", "--lang", "en")
    assert "keep: 81" in english.stdout and "take the other value: 80" in english.stdout
    out = lkj(offices, "opd", "resolve", "1", "ambil-lain")
    assert out.returncode == 0, out.stderr
    assert "IKU 2 · Realisasi: 80 (ambil nilai yang lain)" in out.stdout
    assert _realisasi(offices, "opd") == "80"
    assert "conflicts" not in _meta(offices, "opd", RID)
    log = lkj(offices, "opd", "log", "-n", "3").stdout
    assert "IKU 2 · Realisasi: konflik sinkronisasi dipilih: ambil nilai yang lain 80" in log
    undo = next(ln for ln in out.stdout.splitlines() if "lkj-tui restore" in ln).strip()
    argv = undo.split()[1:]  # lkj-tui restore ID --revision N --store PATH
    back = run_cli(*argv, env=env(offices, "opd <opd@example.org>"))
    assert back.returncode == 0, back.stderr
    assert _realisasi(offices, "opd") == "81"
    assert len(_meta(offices, "opd", RID)["conflicts"]) == 1  # the conflict is back


def _credited(offices: dict[str, object], kept: str, other: str) -> None:
    """opd's `resolve` lists its one conflict's values with who wrote them, id and en (each
    "81 — opd": the value, then, after the capaian it gives, share70, who wrote it)."""
    for lang, keep, take in (
        ("id", "pertahankan", "ambil nilai yang lain"),
        ("en", "keep", "take the other value"),
    ):
        listed = lkj(offices, "opd", "resolve", "--lang", lang)
        assert listed.returncode == 0, listed.stderr
        lines = [line.strip() for line in listed.stdout.splitlines()]
        for word, said in ((keep, kept), (take, other)):
            value, _, who = said.partition(" — ")
            line = next(x for x in lines if x.startswith(f"{word}: "))
            assert line.startswith(f"{word}: {value} → "), listed.stdout
            assert f" — {who}, " in line, listed.stdout


def written_then_changed(offices: dict[str, object]) -> int:
    """pusat writes IKU 2's realisasi 80, opd changes it to 70, both synced: opd's revision that
    held 80 (share22)."""
    start(offices, "pusat", "opd")
    assert lkj(offices, "pusat", "set", "IKU 2", "realisasi", "80").returncode == 0
    for who in ("pusat", "opd"):
        assert lkj(offices, who, "sync").returncode == 0
    with_80 = Store(Path(str(offices["tmp"])) / "opd").load(RID).revision
    assert lkj(offices, "opd", "set", "IKU 2", "realisasi", "70").returncode == 0
    for who in ("opd", "pusat"):
        assert lkj(offices, who, "sync").returncode == 0
    return with_80


def conflict_on_80(offices: dict[str, object]) -> None:
    """pusat sets 85 over opd's 80, both sync: opd records the conflict (80 kept, 85 other)."""
    assert lkj(offices, "pusat", "set", "IKU 2", "realisasi", "85").returncode == 0
    for who in ("pusat", "opd"):
        assert lkj(offices, who, "sync").returncode == 0
    (conflict,) = _meta(offices, "opd", RID)["conflicts"]
    assert (conflict["kept"], conflict["other"]) == ("80", "85")


def test_a_value_taken_by_resolve_stays_credited_to_the_office_that_wrote_it(offices) -> None:
    """share21: the other value was credited to whoever last set it, so after `resolve 1
    ambil-lain` and a `restore` (the conflict back) pusat's 80 read "— opd" (the office that
    chose it). The choice's own save is a choice (in `log`), not the value's author."""
    _conflict(offices)
    out = lkj(offices, "opd", "resolve", "1", "ambil-lain")
    assert out.returncode == 0, out.stderr
    undo = next(ln for ln in out.stdout.splitlines() if "lkj-tui restore" in ln).strip()
    back = run_cli(*undo.split()[1:], env=env(offices, "opd <opd@example.org>"))
    assert back.returncode == 0, back.stderr
    _credited(offices, "81 — opd", "80 — pusat")
    log = lkj(offices, "opd", "log", "-n", "4").stdout  # the choice stays opd's, in its words
    assert "opd  IKU 2 · Realisasi: konflik sinkronisasi dipilih: ambil nilai yang lain 80" in log


def test_a_value_brought_back_by_restore_stays_credited_to_the_office_that_wrote_it(
    offices,
) -> None:
    """share22: pusat wrote 80, opd 70, then opd restored the version with 80: the conflict
    that followed credited 80 to opd (whose restore was the newest save to set it). The restore
    is named in its commit, and the office that wrote the value is credited; `log` keeps the
    restore as opd's change, marked "(dipulihkan)"."""
    with_80 = written_then_changed(offices)
    out = lkj(offices, "opd", "restore", RID, "--revision", str(with_80))
    assert out.returncode == 0, out.stderr
    assert _realisasi(offices, "opd") == "80"
    conflict_on_80(offices)
    _credited(offices, "80 — pusat", "85 — pusat")
    # the restore stays opd's change, marked as one (as the journal marks an undo)
    log = lkj(offices, "opd", "log", "IKU 2").stdout
    assert "opd  IKU 2 · Realisasi (dipulihkan): 70 → 80" in log, log
    assert "pusat  IKU 2 · Realisasi: A (86,45) → 80" in log, log
    log = lkj(offices, "opd", "log", "IKU 2", "--lang", "en").stdout
    assert "opd  IKU 2 · Actual (Realisasi) (restored): 70 → 80" in log, log
    rows = json.loads(lkj(offices, "opd", "log", "IKU 2", "--json").stdout)
    # the clones' commits fall within one second, and git orders such commits either way: the
    # rows are compared without their order (positions made this test flaky)
    seen = [(r["author"], r["after"], r["restored"]) for r in rows]
    assert [row for row in seen if row[2]] == [("opd", "80", True)], rows
    assert {("pusat", "85", False), ("opd", "70", False), ("pusat", "80", False)} <= set(seen), rows


def test_resolve_keeps_the_value_by_node_and_refuses_what_it_cannot_read(offices) -> None:
    _conflict(offices)
    bad = lkj(offices, "opd", "resolve", "1", "simpan")
    assert bad.returncode == 2 and "pilihan tidak dikenal: 'simpan'" in bad.stderr
    bad = lkj(offices, "opd", "resolve", "4", "keep", "--lang", "en")
    assert bad.returncode == 2 and "no conflict number 4" in bad.stderr
    bad = lkj(offices, "opd", "resolve", "IKU 1", "keep")
    assert bad.returncode == 2 and "tidak ada konflik pada 'IKU 1'" in bad.stderr
    assert lkj(offices, "opd", "resolve", "1").returncode == 2  # no choice: nothing saved
    assert len(_meta(offices, "opd", RID)["conflicts"]) == 1
    out = lkj(offices, "opd", "resolve", "iku2", "keep", "--lang", "en")
    assert out.returncode == 0, out.stderr
    assert "IKU 2 · Actual (Realisasi): 81 (keep)" in out.stdout
    assert "No conflicts left" in out.stdout
    assert _realisasi(offices, "opd") == "81" and "conflicts" not in _meta(offices, "opd", RID)
    log = lkj(offices, "opd", "log", "-n", "1", "--lang", "en").stdout
    assert "sync conflict chosen: keep 81 (not 80)" in log
    assert lkj(offices, "opd", "sync").returncode == 0  # the choice reaches the other office
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert _realisasi(offices, "pusat") == "81" and "conflicts" not in _meta(offices, "pusat", RID)


def test_the_meeting_export_and_the_reviu_name_a_waiting_conflict(offices) -> None:
    """`export` and `check` showed the value in the file as if settled, saying nothing of the
    conflict that `status` named: both say it now, with both values and how to choose."""
    _conflict(offices)
    md = lkj(offices, "opd", "export").stdout
    assert "## Konflik sinkronisasi menunggu pilihan (1)" in md
    assert "| IKU 2 · Realisasi | 81 | 80 |" in md
    store = Path(str(offices["tmp"])) / "opd"  # (each command with the store typed: cli25)
    assert f"`lkj-tui resolve -r {RID} --store {store}`" in md and "tombol K" in md
    assert f"lalu `lkj-tui sync --store {store}`." in md
    md = lkj(offices, "opd", "export", "--lang", "en", "--scope", "all").stdout
    assert "## Sync conflicts waiting for a choice (1)" in md
    assert "| IKU 2 · Actual (Realisasi) | 81 | 80 |" in md
    assert f"then `lkj-tui sync --store {store} --lang en`." in md
    out = lkj(offices, "opd", "check")
    text = " ".join(out.stdout.split())
    assert "1 konflik sinkronisasi menunggu pilihan" in text
    assert "IKU 2 · Realisasi: di berkas 81 · yang lain 80" in text
    assert f"dengan: lkj-tui resolve -r {RID} --store" in text  # (its own line: share20)
    text = " ".join(lkj(offices, "opd", "check", "--lang", "en").stdout.split())
    assert "1 sync conflict waits for a choice" in text and "key K" in text
    data = json.loads(lkj(offices, "opd", "check", "--json").stdout)
    assert [(c["kept"], c["other"]) for c in data["conflicts"]] == [("81", "80")]
    assert lkj(offices, "opd", "resolve", "1", "pertahankan").returncode == 0
    assert "Konflik sinkronisasi" not in lkj(offices, "opd", "export").stdout
    assert "konflik" not in lkj(offices, "opd", "check").stdout
    assert json.loads(lkj(offices, "opd", "check", "--json").stdout)["conflicts"] == []


def test_a_hostile_conflict_is_text_in_the_export_and_the_reviu(offices) -> None:
    start(offices, "pusat", "opd")
    mine, theirs = "A | *b* <i>x</i>\n# h", "C\u202e [x](http://y) \x1b[31mred"
    assert lkj(offices, "pusat", "set", "IKU 2", "name", theirs).returncode == 0
    assert lkj(offices, "opd", "set", "IKU 2", "name", mine).returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert lkj(offices, "opd", "sync").returncode == 0
    md = lkj(offices, "opd", "export").stdout
    row = next(ln for ln in md.splitlines() if ln.startswith("| IKU 2 · "))
    assert row.count(" | ") == 2  # three cells: no "|" of a value splits one
    assert "\\*b\\*" in row and "\\<i\\>" in row and "\\[x\\]" in row
    assert "\u202e" not in md and "\x1b" not in md
    out = lkj(offices, "opd", "check").stdout
    assert "\u202e" not in out and "\x1b" not in out and "*b* <i>x</i>" in out


def test_restore_list_says_which_versions_a_sync_wrote(offices) -> None:
    """`restore --list` showed "—" for a version a sync wrote: it names the sync now, and what it
    brought in; `export --changes` (the meeting's own edits) does not list it."""
    start(offices, "pusat", "opd")
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    assert lkj(offices, "pusat", "set", "IKU 2", "realisasi", "80").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert lkj(offices, "opd", "sync").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 3", "realisasi", "2,5").returncode == 0
    listed = lkj(offices, "opd", "restore", "--list", RID).stdout
    synced = str(Store(Path(str(offices["tmp"])) / "opd").load(RID).revision - 1)
    row = " ".join(next(ln for ln in listed.splitlines() if ln.split()[:1] == [synced]).split())
    assert "sinkronisasi, dari kantor lain: IKU 1 · Realisasi: 2,85 → 2,90 (+1 lainnya)" in row
    english = lkj(offices, "opd", "restore", "--list", RID, "--lang", "en").stdout
    assert "sync, from other offices: IKU 1 · Actual (Realisasi): 2,85 → 2,90" in english
    notes = lkj(offices, "opd", "export", "--changes").stdout
    assert "2,5" in notes and "2,90" not in notes.split("Perubahan dalam rapat")[1]


def test_a_quarter_chosen_from_the_command_line_is_named_in_the_log(offices) -> None:
    start(offices, "pusat", "opd")
    assert lkj(offices, "pusat", "set", "IKU 1", "tw3", "2,1").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 1", "tw3", "2,2").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert lkj(offices, "opd", "sync").returncode == 0
    assert "1. IKU 1 · Triwulan III" in lkj(offices, "opd", "resolve").stdout
    out = lkj(offices, "opd", "resolve", "1", "pertahankan")
    assert out.returncode == 0, out.stderr
    log = lkj(offices, "opd", "log", "-n", "1").stdout
    assert "IKU 1 · Triwulan III: konflik sinkronisasi dipilih: pertahankan 2,2 (bukan 2,1)" in log


def test_a_shared_folder_typed_relative_to_here_is_found(offices) -> None:
    """`sync --init kabupaten.git` (a folder beside the user) said "Luring: kabupaten.git tidak
    terjangkau (fatal: ... does not appear to be a git repository)", exit 3: git read the path
    from inside the store. `--clone` read it from the store's parent. Both find it now."""
    import subprocess

    from tests.conftest import LKJ_TUI

    tmp = Path(str(offices["tmp"]))
    (tmp / "work" / "deep").mkdir(parents=True)
    own = {**os.environ, **env(offices, "a <a@example.org>"), "COLUMNS": "160"}
    own = {k: v for k, v in own.items() if k != "LKJ_TUI_STORE"}

    def here(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(LKJ_TUI), *args], cwd=tmp, capture_output=True, text=True, env=own, timeout=120
        )

    assert here("init", "--store", "work/first").returncode == 0
    out = here("sync", "--init", "remote.git", "--store", "work/first")
    assert out.returncode == 0, out.stderr
    assert f"Dikirim 1 simpanan ke {tmp / 'remote.git'}" in out.stdout
    out = here("sync", "--clone", "remote.git", "--store", "work/deep/second")
    assert out.returncode == 0, out.stderr
    assert (tmp / "work" / "deep" / "second" / f"{RID}.json").is_file()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_resolve_names_the_sync_of_the_store_typed(offices, lang: str) -> None:
    """`resolve`'s list said "Pilih salah satu, lalu kirim dengan lkj-tui sync:" with no
    --store: typed as printed, it synced the default store. Now the sync it names carries the
    --store typed (and --lang en), and typed as printed it syncs this office's store."""
    _conflict(offices)
    listed = lkj(offices, "opd", "resolve", "--lang", lang)
    assert listed.returncode == 0, listed.stderr
    root = Path(str(offices["tmp"])) / "opd"
    option = f" --store {root}" + (" --lang en" if lang == "en" else "")
    lines = listed.stdout.splitlines()
    after = "lalu kirim" if lang == "id" else "then send"
    at = next(i for i, line in enumerate(lines) if line.startswith(after))
    assert lines[at + 1] == f"  lkj-tui sync{option}", listed.stdout  # (whole, on its own line)
    argv = lines[at + 1].split()[1:]
    sent = run_cli(*argv, env=env(offices, "opd <opd@example.org>"))
    assert sent.returncode == 0, sent.stderr
