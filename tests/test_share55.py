"""Sharing and restoring without surprises, thirty-second pass of issue 17 (share55)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests import test_sync
from tests.conftest import run_cli
from tests.test_share48 import break_by_hand
from tests.test_share50 import WHEN, needs_git, realisasi

offices = test_sync.offices
lkj = test_sync.lkj
RID = test_sync.RID


@needs_git
@pytest.mark.parametrize(
    ("lang", "broke", "mended", "hint"),
    [
        (
            "id",
            "Laporan: berkas rusak, tidak terbaca (sebelumnya rev. {rev})",
            "Laporan (dipulihkan): berkas rusak diganti (rev. {new})",
            "Pulihkan simpanan terakhir yang baik dari riwayat penyimpanan bersama",
        ),
        (
            "en",
            "Report: file broken, unreadable (was rev. {rev})",
            "Report (restored): broken file replaced (rev. {new})",
            "Restore the last good save from the shared store's history",
        ),
    ],
    ids=["id", "en"],
)
def test_log_says_a_file_broken_by_hand_is_broken_not_deleted(
    offices, lang: str, broke: str, mended: str, hint: str
) -> None:
    """`log` in a shared store read a report file broken by hand as the report deleted
    ("Laporan: dihapus (sebelumnya rev. 4)"), and its restore as the report made anew. It now
    says the file is broken, and while it is, names the restore that mends it; after the restore
    the entry says the broken file was replaced, by a restore."""
    test_sync.start(offices, "pusat")
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "2,80").returncode == 0
    revision = Store(Path(str(offices["tmp"])) / "pusat").revision(RID)
    break_by_hand(offices, "pusat")
    out = lkj(offices, "pusat", "log", "--lang", lang)
    assert out.returncode == 0, out.stderr
    first = out.stdout.splitlines()[0]
    assert re.fullmatch(
        rf"{WHEN}  pusat  {RID} · " + re.escape(broke.format(rev=revision)), first
    ), out.stdout
    assert "dihapus" not in out.stdout and "deleted" not in out.stdout, out.stdout
    said = " ".join(out.stderr.split())
    assert re.search(
        rf"{re.escape(hint)} \(\w+ {revision}, {WHEN}\): lkj-tui restore {RID}", said
    ), said
    rows = json.loads(lkj(offices, "pusat", "log", "--json").stdout)
    assert (rows[0]["before"], rows[0]["after"], rows[0]["broken"]) == (
        f"rev. {revision}",
        None,
        "after",
    )
    assert lkj(offices, "pusat", "restore", RID).returncode == 0
    out = lkj(offices, "pusat", "log", "--lang", lang)
    first = out.stdout.splitlines()[0]
    assert first.endswith(f"  pusat  {RID} · " + mended.format(new=revision + 1)), out.stdout
    assert out.stderr == "", out.stderr  # (mended: no restore to name any more)


def push_broken(offices, who: str = "pusat", author: str = "Rina <rina@example.org>") -> None:
    """A report file broken by hand, committed and pushed with git by ``author`` (an older
    lkj-tui's way, or a push by hand: a sync refuses to send one)."""
    import os
    import subprocess

    break_by_hand(offices, who)
    store = Path(str(offices["tmp"])) / who
    env = {**os.environ, **test_sync.env(offices, author)}
    for args in (
        ("commit", "-qam", "x", "--author", author),
        ("push", "-q", "origin", "main"),
    ):
        subprocess.run(["git", "-C", str(store), *args], check=True, env=env, capture_output=True)


@needs_git
@pytest.mark.parametrize(
    ("lang", "cloned", "way"),
    [
        (
            "id",
            "salinan dibuat, tetapi {rid}.json yang dikirim kantor lain (Rina, {when}) tidak "
            "terbaca: bukan JSON yang sah",
            "Pulihkan simpanan terakhir yang baik dari riwayat penyimpanan bersama (revisi {rev}, "
            "{when}): lkj-tui restore {rid} --store",
        ),
        (
            "en",
            "cloned, but {rid}.json as another office sent it (Rina, {when}) cannot be read: not "
            "valid JSON",
            "Restore the last good save from the shared store's history (revision {rev}, "
            "{when}): lkj-tui restore {rid} --store",
        ),
    ],
    ids=["id", "en"],
)
def test_a_fresh_clone_of_a_broken_file_offers_the_shared_last_good_save(
    offices, lang: str, cloned: str, way: str
) -> None:
    """A fresh clone holding a report file another office broke said only the file's problem,
    and then every command offered "Pulihkan dari laporan bawaan": the bundled report, which
    would have replaced the shared content at the next sync. The clone now says who sent it and
    when, and it and every command offer the last good save of the shared history; the restore
    brings that save back (its values, not the bundled report's)."""
    test_sync.start(offices, "pusat")
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "2,80").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    rev = Store(Path(str(offices["tmp"])) / "pusat").revision(RID)
    push_broken(offices)
    out = lkj(offices, "baru", "sync", "--clone", str(offices["remote"]), "--lang", lang)
    assert out.returncode == 1, out.stdout
    said = " ".join(out.stderr.split())
    when = WHEN
    assert re.search(re.escape(cloned.format(rid=RID, when="@")).replace("@", when), said), said
    hint = re.escape(way.format(rid=RID, rev=rev, when="@")).replace("@", when)
    assert re.search(hint, said), said
    status = " ".join(lkj(offices, "baru", "status", "--lang", lang).stderr.split())
    assert re.search(hint, status), status
    assert "bawaan" not in status and "bundled" not in status, status
    done = lkj(offices, "baru", "restore", RID, "--lang", lang)
    assert done.returncode == 0, done.stderr
    assert realisasi(Path(str(offices["tmp"])) / "baru", "IKU 1") == "2,80"


def break_file(path: Path) -> None:
    """A comma taken out of a report file in an editor (as test_share48's, for any store)."""
    text = path.read_text("utf-8")
    at = text.index(",\n", text.index('"realisasi": '))
    path.write_text(text[:at] + text[at + 1 :], "utf-8")


@pytest.mark.parametrize(
    ("lang", "hint", "same"),
    [
        (
            "id",
            r"Pulihkan versi baik terakhir yang tersimpan \(revisi 2, {when}; simpanan "
            r"terakhirnya, revisi 4, memulihkan versi yang sama\): lkj-tui restore {rid}",
            r"Tidak ada yang hilang: simpanan terakhirnya memulihkan versi yang sama: revisi 4 "
            r"· {when}:\d\d · pemulihan dari revisi 2",
        ),
        (
            "en",
            r"Restore the last good version kept \(revision 2, {when}; its last save, revision "
            r"4, restored the same version\): lkj-tui restore {rid}",
            r"Nothing is lost: its last save restored the same version: revision 4 · "
            r"{when}:\d\d · restored from revision 2",
        ),
    ],
    ids=["id", "en"],
)
def test_a_file_broken_again_after_a_restore_loses_nothing_and_says_so(
    store_path: Path, bundled_id: str, lang: str, hint: str, same: str
) -> None:
    """A file broken by hand, restored (revision 4, from the kept revision 2), then broken again:
    the hint said the save after revision 2 was not kept, and the next restore named the first
    restore as "its last save … not kept … make its change again". That save restored revision
    2 itself: the hint and the restore now say so, and that nothing is lost."""
    env = {"LKJ_TUI_HISTORY": "off"}
    store = str(store_path)
    for code, value in (("IKU 1", "2,80"), ("IKU 3", "77")):
        assert run_cli("set", code, "realisasi", value, "--store", store, env=env).returncode == 0
    path = store_path / f"{bundled_id}.json"
    break_file(path)
    first = run_cli("restore", bundled_id, "--store", store, "--lang", lang)
    assert first.returncode == 0 and "77" in first.stdout, first.stdout  # (revision 3 lost)
    break_file(path)
    said = " ".join(run_cli("status", "--store", store, "--lang", lang).stderr.split())
    assert re.search(hint.format(when=WHEN, rid=bundled_id), said), said
    again = run_cli("restore", bundled_id, "--store", store, "--lang", lang)
    assert again.returncode == 0, again.stderr
    said = " ".join(again.stdout.split())
    assert re.search(same.format(when=WHEN), said), said
    assert "tidak dapat dipulihkan" not in said and "cannot be restored" not in said, said
    assert realisasi(store_path, "IKU 1") == "2,80"


@needs_git
@pytest.mark.parametrize(
    ("lang", "done"),
    [
        (
            "id",
            "Laporan {rid} dipulihkan dari simpanan terakhirnya di riwayat penyimpanan bersama "
            r"\(revisi {rev}, disimpan {when}:\d\d; revisi baru {new}\)\.",
        ),
        (
            "en",
            "Report {rid} restored from its last save in the shared store's history "
            r"\(revision {rev}, saved {when}:\d\d; new revision {new}\)\.",
        ),
    ],
    ids=["id", "en"],
)
@pytest.mark.parametrize("logged", [False, True], ids=["deleted", "deletion-committed"])
def test_a_report_deleted_by_hand_is_restored_from_the_shared_history(
    offices, lang: str, done: str, logged: bool
) -> None:
    """In a shared store, a report file deleted by hand on a laptop that kept no version of it
    (a fresh clone) was "not found" to `restore`, though the shared history held it. The
    restore now brings back its last save from the history (also when a commit took the
    deletion along), names it, and numbers the new version above it; a command on the store
    left empty offers that restore, not the bundled report (`init`); the log says the report
    was restored ("dibuat (rev. 3)" under a "(dipulihkan)" mark before)."""
    test_sync.start(offices, "pusat")
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "2,80").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert lkj(offices, "opd", "sync", "--clone", str(offices["remote"])).returncode == 0
    store = Path(str(offices["tmp"])) / "opd"
    rev = Store(store).revision(RID)
    assert not Store(store).generations(RID)  # (nothing kept on this laptop)
    (store / f"{RID}.json").unlink()
    if logged:  # (the log commits the latest saves, the deletion with them)
        assert "rev. " in lkj(offices, "opd", "log").stdout
    # the store holds no report now: the history's, not the bundled one (`init`)
    said = " ".join(lkj(offices, "opd", "status", "--lang", lang).stderr.split())
    holds = {
        "id": f"riwayat penyimpanan bersama masih memuat {RID}; pulihkan: lkj-tui restore {RID}",
        "en": f"the shared store's history still holds {RID}; restore it: lkj-tui restore {RID}",
    }[lang]
    assert holds in said and "init" not in said, said
    said = " ".join(lkj(offices, "opd", "info", "--lang", lang).stdout.split())
    assert holds in said and " init " not in said, said
    out = lkj(offices, "opd", "restore", RID, "--lang", lang)
    assert out.returncode == 0, out.stderr
    first = out.stdout.splitlines()[0]
    expected = done.format(rid=RID, rev=rev, when=WHEN, new=rev + 1)
    assert re.fullmatch(expected, first), out.stdout
    assert realisasi(store, "IKU 1") == "2,80"
    if logged:  # the log says it came back, not "made (rev. 3)" under a "(restored)" mark
        back = {"id": "Laporan: dipulihkan", "en": "Report: restored"}[lang]
        log = lkj(offices, "opd", "log", "--lang", lang).stdout.splitlines()
        assert log[0].endswith(f"  opd  {RID} · {back} (rev. {rev + 1})"), log
    missing = lkj(offices, "opd", "restore", "tidak-ada", "--lang", lang)
    assert missing.returncode == 2 and "tidak-ada" in missing.stderr, missing.stderr


def on_a_terminal(offices, who: str, columns: int, *args: str) -> list[str]:
    """``lkj-tui ARGS --store`` of office ``who`` on a pseudo-terminal ``columns`` wide: the
    lines it wrote."""
    import os
    import shlex

    from reliability.pty_capture import run_in_pty
    from tests.conftest import LKJ_TUI

    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env |= test_sync.env(offices, f"{who} <{who}@example.org>")
    env |= {"COLUMNS": str(columns), "NO_COLOR": "1"}
    store = Path(str(offices["tmp"])) / who
    line = " ".join(map(shlex.quote, [str(LKJ_TUI), *args, "--store", str(store)]))
    done = run_in_pty(["sh", "-c", f"exec {line}"], env=env, size=(columns, 24))
    shown = done.output.decode("utf-8", "replace").replace("\r\n", "\n")
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown).split("\n")


@needs_git
@pytest.mark.skipif(not hasattr(__import__("os"), "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_who_sent_a_broken_file_and_when_stay_on_one_line(offices, lang: str) -> None:
    """The refusal of a broken report file another office sent names who sent it and when,
    "(Rina Wulandari, 2026-12-06 20:52)": on a terminal it broke after "(Rina Wulandari," (at
    80 columns in English), the time apart from its sender. It stays whole on its line at every
    width it fits, as does "(revisi 2, 2026-12-06 20:52)" of a clone's way out."""
    test_sync.start(offices, "pusat", "opd")
    push_broken(offices, author="Rina Wulandari <rina@example.org>")
    sender = re.compile(rf"\(Rina Wulandari, {WHEN}\)")
    for columns in (60, 66, 72, 80, 90, 100):
        lines = on_a_terminal(offices, "opd", columns, "sync", "--lang", lang)
        assert any(sender.search(line) for line in lines), (columns, lines)
    dated = re.compile(rf"\((revisi|revision) \d+, {WHEN}\)")
    assert lkj(offices, "baru", "sync", "--clone", str(offices["remote"])).returncode == 1
    for columns in (60, 80):
        lines = on_a_terminal(offices, "baru", columns, "status", "--lang", lang)
        assert any(dated.search(line) for line in lines), (columns, lines)


@needs_git
@pytest.mark.parametrize(
    ("lang", "sent", "received", "deleted"),
    [
        (
            "id",
            "Yang dihapus di sini kini terhapus juga di kantor lain: {rid}; bila tidak sengaja, "
            "pulihkan: lkj-tui restore {rid} --store",
            "Diterima 1 simpanan dari kantor lain.",
            "Dihapus kantor lain: {rid}; bila masih diperlukan, pulihkan: lkj-tui restore {rid} "
            "--store",
        ),
        (
            "en",
            "Deleted here, now deleted at the other offices too: {rid}; if that was a mistake, "
            "restore it: lkj-tui restore {rid} --store",
            "Received 1 save from other offices.",
            "Deleted by another office: {rid}; if still needed, restore it: lkj-tui restore "
            "{rid} --store",
        ),
    ],
    ids=["id", "en"],
)
def test_a_report_deleted_by_hand_is_named_as_deleted_by_both_syncs(
    offices, lang: str, sent: str, received: str, deleted: str
) -> None:
    """A report file deleted by hand went to every office as "Dikirim 1 simpanan", and the other
    office's sync said "laporan diperbarui: ID" of the report it had just taken away. Both syncs
    now name the deletion and its restore; the other office's restore brings back the version
    its sync kept, without calling a later save lost."""
    test_sync.start(offices, "pusat", "opd")
    (Path(str(offices["tmp"])) / "pusat" / f"{RID}.json").unlink()
    out = lkj(offices, "pusat", "sync", "--lang", lang, "--delete", RID)  # (confirmed: share67)
    assert out.returncode == 0, out.stderr
    assert sent.format(rid=RID) in out.stdout, out.stdout
    out = lkj(offices, "opd", "sync", "--lang", lang)
    assert out.returncode == 0, out.stderr
    first, second = out.stdout.splitlines()[:2]
    assert first == received and second.startswith(deleted.format(rid=RID)), out.stdout
    assert not (Path(str(offices["tmp"])) / "opd" / f"{RID}.json").exists()
    done = lkj(offices, "opd", "restore", RID, "--lang", lang)
    assert done.returncode == 0, done.stderr
    assert "tidak dapat dipulihkan" not in done.stdout, done.stdout
    assert "cannot be restored" not in done.stdout, done.stdout
    rows = json.loads(lkj(offices, "opd", "sync", "--json").stdout)
    assert (rows["deleted"], rows["deleted_sent"], rows["pushed"]) == ([], [], True), rows
