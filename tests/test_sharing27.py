"""Sharing a store, the twentieth pass (share27): an offline sync's closing lines, who a
batch of saves is credited to, and resolve's choices in `log`."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests import test_sync
from tests.conftest import run_cli
from tests.test_sharing20 import _narrow
from tests.test_sharing25 import _on_a_terminal

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices

#: The line above the command that sends the saves, for one save waiting.
SEND_ONE = {"id": "1 simpanan menunggu; kirim dengan:", "en": "1 save waits; send it with:"}


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_offline_sync_ends_with_the_command_that_sends_the_saves_whole(offices, lang) -> None:
    """Offline, `sync` ended "… — 1 simpanan menunggu 'lkj-tui sync' berikutnya.": a command
    without the --store typed (typed as shown, it synced another store), and at 40 columns
    three short lines above it ("bekerja terus di laptop ini — 3" / "simpanan menunggu" /
    "'lkj-tui sync' berikutnya."). The saves that wait now close it on a line of their own,
    then the command with the store, whole on its own line, at 40 and 80 columns and to a
    pipe; --json is as it was."""
    test_sync.start(offices, "opd")
    store = Path(str(offices["tmp"])) / "opd"
    url = "https://git.bengkulu-selatan.invalid/bappeda/lkj.git"
    subprocess.run(["git", "-C", str(store), "remote", "set-url", "origin", url], check=True)
    assert test_sync.lkj(offices, "opd", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    command = "  lkj-tui sync --store opd" + (" --lang en" if lang == "en" else "")
    for columns in (40, 80):
        lines = _on_a_terminal(offices, columns, "sync", "--lang", lang, code=3)
        lines = [line for line in lines if line.strip()]
        assert lines[-2:] == [SEND_ONE[lang], command], "\n".join(lines)
        assert not any("'lkj-tui" in line for line in lines), "\n".join(lines)
    piped = _narrow(offices, "opd", "sync", "--lang", lang, columns=40)
    assert piped.returncode == 3 and piped.stdout == "", piped.stderr
    said = piped.stderr.split("\n")
    assert len(said) == 4 and said[1:] == [SEND_ONE[lang], command, ""], piped.stderr
    assert said[0].startswith("lkj-tui: ") and "git.bengkulu-selatan.invalid" in said[0]
    data = test_sync.lkj(offices, "opd", "sync", "--json")
    assert data.returncode == 3 and '"waiting": 1' in data.stdout, data.stdout


@pytest.mark.parametrize("lang", ["id", "en"])
def test_log_says_a_choice_of_the_other_value_once_per_field(offices, lang) -> None:
    """`resolve semua ambil-lain` (and `resolve 1 ambil-lain`) showed two lines in `log` per
    field, the value's change ("IKU 2 · Realisasi: 81 → 80") and the choice that made it
    ("konflik sinkronisasi dipilih: ambil nilai yang lain 80 (bukan 81)"), which says both.
    One line per field now, the choice's; -n counts the lines shown; --json keeps both entries
    (a script reads each value's change as before)."""
    from tests.test_sharing20 import _second_conflict

    test_sync._conflict_in(offices)
    _second_conflict(offices)
    take = {"id": "ambil-lain", "en": "take-other"}[lang]
    done = test_sync.lkj(offices, "opd", "resolve", "semua", take, "--lang", lang)
    assert done.returncode == 0, done.stderr
    out = test_sync.lkj(offices, "opd", "log", "-n", "2", "--lang", lang)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    chosen = {
        "id": "konflik sinkronisasi dipilih: ambil nilai yang lain",
        "en": "sync conflict chosen: take the other value",
    }[lang]
    assert len(lines) == 2 and all(chosen in line for line in lines), out.stdout
    assert [line.split(" · ")[0].split()[-2:] for line in lines] == [["IKU", "2"], ["IKU", "3"]]
    whole = test_sync.lkj(offices, "opd", "log", "--lang", lang).stdout
    assert "81 → 80" not in whole and "2,2 → 2,1" not in whole, whole
    data = json.loads(test_sync.lkj(offices, "opd", "log", "--json").stdout)
    newest = [(e["kind"], e["label"], e["before"], e["after"]) for e in data[:4]]
    assert sorted(newest) == [
        ("edit", "IKU 2", "81", "80"),
        ("edit", "IKU 3", "2,2", "2,1"),
        ("take", "IKU 2", "81", "80"),
        ("take", "IKU 3", "2,2", "2,1"),
    ], newest


def test_two_authors_saving_within_the_wait_each_get_their_own_commit(offices) -> None:
    """Saves in quick succession share one commit, and it credited the first saver: Budi's save
    made while Andi's committer waited was in `log` as Andi's. Each author's saves now get a
    commit of their own, in the order they were made (the same report's version in between
    from its kept generation); `log --json` credits each, and each save is written as before
    (the report's revisions 2, 3, 4 one after the other)."""
    test_sync.start(offices, "opd")
    store = Path(str(offices["tmp"])) / "opd"
    window = {"LKJ_TUI_HISTORY": "", "LKJ_TUI_HISTORY_DELAY": "5"}  # (the committer waits)

    def save(author: str, code: str, value: str) -> None:
        who = test_sync.env(offices, f"{author} <{author.lower()}@example.org>") | window
        done = run_cli("set", code, "realisasi", value, "--store", str(store), env=who)
        assert done.returncode == 0, done.stderr

    save("Andi", "IKU 1", "2,90")
    save("Budi", "IKU 2", "81")
    save("Andi", "IKU 3", "2,5")
    out = test_sync.lkj(offices, "opd", "log", "--json")  # (commits them now, as "opd" runs it)
    assert out.returncode == 0, out.stderr
    credited = {e["label"]: e["author"] for e in json.loads(out.stdout) if e["node"]}
    assert credited == {"IKU 1": "Andi", "IKU 2": "Budi", "IKU 3": "Andi"}, credited
    authors = subprocess.run(
        ["git", "-C", str(store), "log", "--format=%an"], capture_output=True, text=True
    ).stdout.split()
    assert authors[:3] == ["Andi", "Budi", "Andi"], authors
    assert Store(store).load(test_sync.RID).revision == 4


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_restore_list_at_40_columns_puts_the_id_under_its_label(offices, lang) -> None:
    """`restore --list` at 40 columns ended a line with "Versi tersimpan: " (a trailing space)
    and put the report's id alone on the next. The id goes under its label, two cells in,
    whole; at 80 columns the title is one line as before."""
    store = Path(str(offices["tmp"])) / "opd"
    assert run_cli("--store", str(store), "init").returncode == 0
    assert test_sync.lkj(offices, "opd", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    title, files = {"id": ("Versi tersimpan:", "Berkas:"), "en": ("Kept versions:", "Files:")}[lang]
    lines = _on_a_terminal(offices, 40, "restore", test_sync.RID, "--list", "--lang", lang)
    assert lines[:2] == [title, f"  {test_sync.RID}"], "\n".join(lines)
    # (wider than the terminal: broken after a "/" or a "-", never mid-word, share34; it was
    # one line the terminal wrapped anywhere, cli12)
    name = {"id": "<revisi>.json", "en": "<revision>.json"}[lang]
    end = next(i for i, line in enumerate(lines) if line.endswith(name))
    path = f"{store}/.generations/{test_sync.RID}/{name}"
    assert "".join(line.strip() for line in lines[2 : end + 1]) == f"{files} {path}", lines
    assert lines[2].startswith(f"{files} /") and all(len(x) <= 40 for x in lines[2:end]), lines
    wide = _on_a_terminal(offices, 80, "restore", test_sync.RID, "--list", "--lang", lang)
    assert wide[0] == f"{title} {test_sync.RID}", "\n".join(wide)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_blank_author_removes_the_stores_setting_and_names_who_saves_now(offices, lang) -> None:
    """`sync --author ""` said "Penulis simpanan: ." and wrote an empty name into the store's
    setting. A blank author now removes the setting and names who the saves are credited to
    from now on (git's user.name here); a name given over several lines is kept on one."""
    test_sync.start(offices, "opd")
    store = Path(str(offices["tmp"])) / "opd"
    own = {k: v for k, v in test_sync.env(offices, "").items() if k != "LKJ_TUI_AUTHOR"}

    def sync(*args: str) -> subprocess.CompletedProcess[str]:
        return run_cli("sync", *args, "--lang", lang, "--store", str(store), env=own)

    def setting() -> str:
        got = ["git", "-C", str(store), "config", "--get", "lkj-tui.author"]
        return subprocess.run(got, capture_output=True, text=True).stdout.strip()

    assert sync("--author", "Rina\n(Bagian  Organisasi) <rina@example.org>").returncode == 0
    assert setting() == "Rina (Bagian Organisasi) <rina@example.org>"
    done = sync("--author", "  ")
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert first.startswith(
        {"id": "Setelan penulis penyimpanan ini dihapus", "en": "The store's author setting"}[lang]
    ), done.stdout
    assert "Test <test@example.org>" in first and setting() == "", done.stdout


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_restore_that_brings_back_only_a_conflict_says_it_goes_out_with_the_next_sync(
    offices, lang
) -> None:
    """`restore --revision N` of the version before `resolve 1 pertahankan` changes no field,
    only brings the conflict back; in a shared store it did not say that this goes to the other
    offices with the next sync (it said so only when a field changed). It does now, with the
    command on a line of its own."""
    test_sync._conflict_in(offices)
    keep = {"id": "pertahankan", "en": "keep"}[lang]
    chosen = test_sync.lkj(offices, "opd", "resolve", "1", keep, "--json")
    assert chosen.returncode == 0, chosen.stderr
    before = json.loads(chosen.stdout)["revision"] - 1
    out = test_sync.lkj(
        offices, "opd", "restore", test_sync.RID, "--revision", str(before), "--lang", lang
    )
    assert out.returncode == 0, out.stderr
    store = Path(str(offices["tmp"])) / "opd"
    lines = out.stdout.splitlines()
    assert (
        lines[-2]
        == {
            "id": "Penyimpanan ini dibagikan: pemulihan ini (konflik di atas) sampai ke kantor lain "
            "pada sinkronisasi berikutnya:",
            "en": "This store is shared: the restore (the conflicts above) reaches the other offices "
            "with the next sync:",
        }[lang]
    ), out.stdout
    assert lines[-1] == f"  lkj-tui sync --store {store}" + (" --lang en" if lang == "en" else "")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_log_says_a_conflict_a_restore_brought_back(offices, lang) -> None:
    """A restore of the version before a choice puts the conflict back (resolve and K list it
    again), but `log` showed only the choice, as if the conflict were settled. It says the
    conflict waits again, with both values; --json: kind "back"."""
    test_sync._conflict_in(offices)
    keep = {"id": "pertahankan", "en": "keep"}[lang]
    chosen = test_sync.lkj(offices, "opd", "resolve", "1", keep, "--json")
    assert chosen.returncode == 0, chosen.stderr
    before = str(json.loads(chosen.stdout)["revision"] - 1)
    assert (
        test_sync.lkj(offices, "opd", "restore", test_sync.RID, "--revision", before).returncode
        == 0
    )
    out = test_sync.lkj(offices, "opd", "log", "-n", "2", "--lang", lang)
    assert out.returncode == 0, out.stderr
    back = {
        "id": "IKU 2 · Realisasi: konflik sinkronisasi menunggu pilihan lagi (di berkas 81 · "
        "yang lain 80)",
        "en": "IKU 2 · Actual (Realisasi): sync conflict waits for a choice again (in the file "
        "81 · other 80)",
    }[lang]
    lines = out.stdout.splitlines()
    assert lines[0].endswith(back) and "opd" in lines[0], out.stdout
    data = json.loads(test_sync.lkj(offices, "opd", "log", "--json", "-n", "1").stdout)
    assert [(e["kind"], e["before"], e["after"]) for e in data] == [("back", "81", "80")]
