"""Sharing, thirty-eighth pass of issue 17 (share67): what `sync`, `resolve` and `restore` say
after a hand edit, a report deleted by hand, and a conflict, id and en."""

from __future__ import annotations

import json
import shlex
import shutil
from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests import test_sync
from tests.test_sync import RID, lkj

offices = test_sync.offices
pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "penyimpanan tidak diubah selain nomor revisi {rid}.json, kini 2 (diubah langsung"),
        ("en", "the store is unchanged but for the revision of {rid}.json, now 2 (changed in its"),
    ],
)
def test_a_refused_merge_says_the_hand_edit_it_renumbered(offices, lang: str, said: str) -> None:
    """A sync whose merge is refused said "penyimpanan tidak diubah" while its commit had just
    given this office's hand edit the next revision (share65). It says that, and the restore of
    the shared version before the edit, which, typed as printed, lets the next sync through."""
    test_sync.cycle_by_hand(offices)
    store = Path(str(offices["tmp"])) / "opd"
    out = lkj(offices, "opd", "sync", "--lang", lang)
    assert out.returncode == 1, out.stdout
    text = " ".join(out.stderr.split())
    assert said.format(rid=RID) in text, text
    assert Store(store).load(RID).revision == 2
    command = text.rpartition(": ")[2]
    assert command.startswith(f"lkj-tui restore {RID} --revision 1 --store {store}"), text
    again = lkj(offices, "opd", "sync", "--lang", lang)  # (renumbered before: unchanged is true)
    assert again.returncode == 1 and "(" not in again.stderr.partition(":")[2][:60], again.stderr
    way = {"id": "Salah satu kantor memulihkan", "en": "One of the offices restores"}[lang]
    assert way in again.stderr and f"restore --list {RID}" in again.stderr, again.stderr
    assert way not in out.stderr, out.stderr  # (the restore of the hand edit instead)
    typed = shlex.split(command)
    assert lkj(offices, "opd", *typed[1 : typed.index("--store")]).returncode == 0
    done = lkj(offices, "opd", "sync", "--lang", lang)
    assert done.returncode == 0, done.stderr


def _typed(said: str, after: str) -> list[str]:
    """The command printed after ``after`` in ``said`` (up to its ``--store``, which lkj gives),
    as a shell splits it."""
    words = shlex.split(said.split(after, 1)[1].split(";")[0])
    words = shlex.split(words[0]) if len(words) == 1 else words  # (quoted inside the message)
    return words[1 : words.index("--store")]


@pytest.mark.parametrize(
    ("lang", "refused", "restore", "delete", "sent"),
    [
        (
            "id",
            "tidak disinkronkan, tidak ada yang dikirim ke kantor lain: {rid}.json tidak ada lagi "
            "di penyimpanan ini (dihapus di luar lkj-tui)",
            "Bila tidak sengaja, pulihkan: ",
            "kirim penghapusannya: ",
            "Yang dihapus di sini kini terhapus juga di kantor lain: {rid}",
        ),
        (
            "en",
            "not synced, nothing was sent to the other offices: {rid}.json is no longer in this "
            "store (deleted outside lkj-tui)",
            "If that was a mistake, restore it: ",
            "send the deletion: ",
            "Deleted here, now deleted at the other offices too: {rid}",
        ),
    ],
    ids=["id", "en"],
)
def test_a_report_deleted_by_hand_is_sent_only_when_confirmed(
    offices, lang: str, refused: str, restore: str, delete: str, sent: str
) -> None:
    """A report file deleted by hand (Explorer, by mistake or not) went out with the next sync
    and was deleted at every office, said only afterwards. The sync now refuses, sends nothing,
    and names both ways on: the restore (typed as printed, the report back and the sync
    through, nothing deleted anywhere) or `sync --delete ID` (typed as printed, the deletion
    sent). Also when a `log` committed the deletion first; a --delete of a report still here is
    typed wrong (exit 2)."""
    from tests.test_share68 import deleted_by_hand

    store = deleted_by_hand(offices)
    out = lkj(offices, "opd", "sync", "--lang", lang)
    said = " ".join(out.stderr.split())
    assert out.returncode == 1 and said.startswith(f"lkj-tui: {refused.format(rid=RID)}"), said
    back = _typed(said, restore)
    assert back == ["restore", RID], said
    from tests.test_share55 import on_a_terminal

    shown = on_a_terminal(offices, "opd", 40, "sync", "--lang", lang)  # (each command whole)
    assert "    lkj-tui restore \\" in shown and "    lkj-tui sync --delete \\" in shown, shown
    assert f"      {RID} \\" in shown, shown
    assert lkj(offices, "opd", *back).returncode == 0
    done = lkj(offices, "opd", "sync", "--lang", lang)
    assert done.returncode == 0, done.stderr
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert (Path(str(offices["tmp"])) / "pusat" / f"{RID}.json").exists()
    (store / f"{RID}.json").unlink()
    assert lkj(offices, "opd", "log").returncode == 0  # (commits the deletion)
    out = lkj(offices, "opd", "sync", "--lang", lang)
    said = " ".join(out.stderr.split())
    assert out.returncode == 1 and refused.format(rid=RID) in said, said
    assert not (store / f"{RID}.json").exists()
    assert lkj(offices, "opd", "status", "-r", RID).returncode != 0
    wrong = lkj(offices, "opd", "sync", "--delete", RID.replace("2023", "2024"), "--lang", lang)
    assert wrong.returncode == 2 and "--delete" in wrong.stderr, wrong.stderr
    confirm = _typed(said, delete)
    assert confirm == ["sync", "--delete", RID], said
    done = lkj(offices, "opd", *confirm, "--lang", lang)
    assert done.returncode == 0, done.stderr
    assert sent.format(rid=RID) in done.stdout, done.stdout
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert not (Path(str(offices["tmp"])) / "pusat" / f"{RID}.json").exists()


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "{rid} dihapus di satu kantor dan diubah di kantor lain: laporannya dipertahankan"),
        ("en", "{rid} deleted at one office and changed at another: the report is kept"),
    ],
)
def test_a_report_deleted_at_one_office_and_changed_at_another_is_kept(
    offices, lang: str, said: str
) -> None:
    """One office sends a report's deletion, the other changed it meanwhile: every sync of the
    other office was refused ("penggabungan ditolak …: ID.json"), for good. The merge keeps the
    changed report (nothing lost), says so with the way to delete it after all, and sends it;
    the office that deleted it gets it back with the change."""
    test_sync.start(offices, "pusat", "opd")
    (Path(str(offices["tmp"])) / "pusat" / f"{RID}.json").unlink()
    assert lkj(offices, "pusat", "sync", "--delete", RID).returncode == 0
    assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "2,95").returncode == 0
    out = lkj(offices, "opd", "sync", "--lang", lang)
    assert out.returncode == 0, out.stderr
    assert said.format(rid=RID) in out.stdout, out.stdout
    assert f"lkj-tui sync --delete {RID} --store" in out.stdout, out.stdout
    assert test_sync.measure(offices, "opd", "IKU 1").realisasi == "2,95"
    data = json.loads(lkj(offices, "opd", "sync", "--json").stdout)
    assert data["kept_both"] == [] and data["pushed"] is False, data
    back = lkj(offices, "pusat", "sync", "--lang", lang)
    assert back.returncode == 0, back.stderr
    again = {"id": "(kembali, sesudah dihapus di sini)", "en": "(back, after it was deleted here)"}
    assert f"{RID} {again[lang]}" in back.stdout, back.stdout  # (not "(baru)")
    assert test_sync.measure(offices, "pusat", "IKU 1").realisasi == "2,95"


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "tidak tercatat (mis. diubah langsung di berkasnya, atau oleh lkj-tui versi lama)"),
        ("en", "not recorded (e.g. changed in its file directly, or by an older lkj-tui)"),
    ],
)
def test_restore_list_says_a_version_no_save_recorded_is_not_recorded(
    offices, lang: str, said: str
) -> None:
    """A version no lkj-tui save made (a hand edit that gave itself the next revision, or one
    made before share65's mark) read "—" in `restore --list`'s change column: now what is
    known, that it is not recorded and how that comes about. `--json` keeps its null."""
    import re

    test_sync.start(offices, "rina")
    assert lkj(offices, "rina", "set", "IKU 2", "realisasi", "80").returncode == 0
    path = Path(str(offices["tmp"])) / "rina" / f"{RID}.json"
    text = path.read_text(encoding="utf-8").replace('"realisasi": "80"', '"realisasi": "85"')
    at = Store(path.parent).revision(RID)
    path.write_text(re.sub(r'"revision": *\d+', f'"revision": {at + 1}', text, count=1), "utf-8")
    assert lkj(offices, "rina", "log").returncode == 0  # (commits the hand edit as it is)
    assert lkj(offices, "rina", "set", "IKU 2", "realisasi", "86").returncode == 0
    listed = lkj(offices, "rina", "restore", "--list", RID, "--lang", lang)
    row = next(line for line in listed.stdout.splitlines() if line.split()[:1] == [str(at + 1)])
    assert said in row and "—" not in row, listed.stdout
    data = json.loads(lkj(offices, "rina", "restore", "--list", RID, "--json").stdout)
    (version,) = [v for v in data["reports"][0]["versions"] if v["revision"] == at + 1]
    assert version["change"] is None and version["kind"] is None, version
