"""Sharing, thirty-ninth pass of issue 17 (share68): the refusals and counts of a shared store
say what a user knows (kode, name) and what `sync` will do, id and en."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.storage.store import Store
from tests import test_sync
from tests.conftest import run_cli
from tests.test_sync import RID, lkj

offices = test_sync.offices
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
HEX_ID = re.compile(r"\b[0-9a-f]{32}\b")


@needs_git
@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "siklus induk (induk melingkar), tiap simpul di bawah yang berikutnya: "),
        ("en", "a parent cycle, each node under the next: "),
    ],
)
def test_a_merge_refused_for_a_cycle_names_the_nodes_by_kode(offices, lang, said) -> None:
    """Two offices' moves that make a cycle were refused naming four 32-digit node ids: the
    refusal names each node by its kode, the one under the next, as the report shows them."""
    test_sync.cycle_by_hand(offices)
    out = lkj(offices, "opd", "sync", "--lang", lang)
    text = " ".join(out.stderr.split())
    assert out.returncode == 1, text
    assert f"{said}S1 → IKU 3 → S2 → IKU 1 → S1" in text, text
    assert not HEX_ID.search(text), text


def test_a_cycle_made_by_hand_names_a_node_without_kode_by_its_name_cleaned(
    tmp_path: Path,
) -> None:
    """A node with no kode is named by its name, on one line and cleaned (a bidi control and
    markup in the file are not shown as other words), cut where it is long."""
    root = tmp_path / "store"
    store = Store(root, seed=load_bundled_report)
    store.load(RID)
    path = store.path_for(RID)
    raw = json.loads(path.read_bytes())
    nodes = [n for n in raw["nodes"].values() if n["kind"] == "kegiatan"][:2]
    nodes[0]["code"] = ""
    nodes[0]["name"] = "Rapat\u202e koordinasi [bold]SAKIP[/bold]\n" + "panjang " * 20
    nodes[1]["code"] = "K 2"
    nodes[0]["parent"], nodes[1]["parent"] = nodes[1]["id"], nodes[0]["id"]
    path.write_text(json.dumps(raw, ensure_ascii=False), "utf-8")
    out = run_cli("status", "--lang", "en", store=root)
    assert out.returncode == 1, out.stderr
    text = " ".join(out.stderr.split())
    named = "Rapat koordinasi [bold]SAKIP[/bold]…"
    assert f"each node under the next: {named} → K 2 → {named}" in text, text
    assert "\u202e" not in out.stderr and not HEX_ID.search(text), text


def deleted_by_hand(offices) -> Path:  # type: ignore[no-untyped-def]
    """Two offices share the bundled report and a second one; "opd" deletes the first's file
    by hand (the sync then refuses until it is restored or the deletion confirmed)."""
    test_sync.start(offices, "pusat", "opd")
    assert lkj(offices, "opd", "new", "--from", RID).returncode == 0
    assert lkj(offices, "opd", "sync").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    store = Path(str(offices["tmp"])) / "opd"
    (store / f"{RID}.json").unlink()
    return store


#: What `info` says of a report deleted by hand: the counts and the deletion, the restore's
#: label, the label of the sync that sends the deletion.
INFO_SAYS = {
    "id": (
        "· 0 simpanan belum dikirim · 0 diterima belum digabung · {rid}.json dihapus di luar "
        "lkj-tui: sinkronisasi tidak mengirim apa pun sampai Anda memilih.",
        "Bila tidak sengaja, pulihkan:",
        "Bila laporan itu memang dihapus untuk semua kantor, kirim penghapusannya:",
    ),
    "en": (
        "· 0 saves not sent · 0 received, not merged · {rid}.json deleted outside lkj-tui: a "
        "sync sends nothing until you choose.",
        "If that was a mistake, restore it:",
        "If that report is meant to be deleted for every office, send the deletion:",
    ),
}


@needs_git
@pytest.mark.parametrize("lang", ["id", "en"])
def test_info_says_what_sync_does_with_a_report_deleted_by_hand(offices, lang: str) -> None:
    """`info` counted a report deleted by hand as "1 simpanan belum dikirim" and said to send it
    with `lkj-tui sync`, which refused it. It now names the deletion, that the sync waits for a
    choice, and both commands, each as typed (the restore, typed as printed, brings it back and
    `info` says "sinkronkan dengan: lkj-tui sync" again; `--delete` sends it); also once `log`
    committed the deletion."""
    waits, back, send = INFO_SAYS[lang]
    store = deleted_by_hand(offices)
    for commit_first in (False, True):
        if commit_first:
            assert lkj(offices, "opd", "log").returncode == 0  # (commits the deletion)
        out = lkj(offices, "opd", "info", "--lang", lang)
        assert out.returncode == 0, out.stderr
        text = " ".join(out.stdout.split())
        assert waits.format(rid=RID) in text, text
        assert f"{back} lkj-tui restore {RID} --store {store}" in text, text
        assert f"{send} lkj-tui sync --delete {RID} --store {store}" in text, text
        assert "sinkronkan dengan" not in text and "sync with" not in text, text
    restore = text.split(f"{back} ", 1)[1].split(" --store")[0].split()
    assert lkj(offices, "opd", *restore[1:]).returncode == 0
    again = " ".join(lkj(offices, "opd", "info").stdout.split())
    assert "dihapus di luar" not in again and "sinkronkan dengan: lkj-tui sync" in again, again
    assert lkj(offices, "opd", "sync").returncode == 0


@needs_git
@pytest.mark.parametrize(
    ("lang", "waiting"), [("id", "1 simpanan menunggu; kirim dengan:"), ("en", "1 save waits;")]
)
def test_a_deletion_confirmed_offline_is_sent_by_the_command_printed(
    offices, lang: str, waiting: str
) -> None:
    """`sync --delete ID` offline said "Tidak ada simpanan yang menunggu; sinkronkan lagi
    dengan: lkj-tui sync", which refused the deletion again once online. It counts the deletion
    and prints the sync that sends it; typed as printed, it does."""
    store = deleted_by_hand(offices)
    remote = Path(str(offices["remote"]))
    away = remote.with_name("away.git")
    remote.rename(away)
    remote.mkdir()  # (an empty folder: a shared drive not mounted)
    out = lkj(offices, "opd", "sync", "--delete", RID, "--lang", lang)
    assert out.returncode == 3, out.stderr
    lines = out.stderr.strip().splitlines()
    assert waiting in lines[-2], lines
    typed = lines[-1].split()
    # (the confirmation is remembered since share69: the plain sync sends it)
    assert typed[:4] == ["lkj-tui", "sync", "--store", str(store)], lines
    remote.rmdir()
    away.rename(remote)
    assert lkj(offices, "opd", typed[1], *typed[4:]).returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert not (Path(str(offices["tmp"])) / "pusat" / f"{RID}.json").exists()
