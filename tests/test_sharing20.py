"""share20: two offices sharing a store on Windows laptops and Linux, often offline — the command
that chooses a conflict copyable at 40 columns, where a shared path fails decided from the path
and what is there (Windows paths too), and a sync with no network saying the work is kept
(docs/sharing.md)."""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path, PureWindowsPath

import pytest

from tests import test_sync
from tests.conftest import LKJ_TUI
from tests.test_sync import RID, env, lkj

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices


def _narrow(offices, who: str, *args: str, columns: int = 40) -> subprocess.CompletedProcess[str]:
    """``lkj(…)`` run in the offices' folder with ``--store WHO`` as typed there (the commands
    printed name it so) and the console ``columns`` wide (status and check lay out to it)."""
    mine = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    mine |= env(offices, f"{who} <{who}@example.org>") | {"COLUMNS": str(columns), "NO_COLOR": "1"}
    return subprocess.run(
        [str(LKJ_TUI), *args, "--store", who],
        capture_output=True,
        text=True,
        env=mine,
        cwd=str(offices["tmp"]),
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize("columns", [40, 80])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_commands_that_choose_a_conflict_stay_whole_at_40_columns(
    offices, lang, columns
) -> None:
    """At 40 columns status's "Pilih: lkj-tui resolve -r ID --store PATH (…)" was broken between
    the command's words ("lkj-tui resolve -r" / "bengkulu-…-2023 --store" / "/tmp/…"), and at 80
    the TUI's command was followed by ", tombol K); lalu" on its line: no line could be copied.
    Wider than the line, each command now stands whole on a line of its own (the terminal wraps
    it and copies it as one line), the words around it on theirs; check says the same. On a
    line wide enough for all of it, the block is one line as before."""
    test_sync._conflict_in(offices)
    store = "opd"  # (as typed: the command fits 80 columns)
    opts = f"--store {store}" + (" --lang en" if lang == "en" else "")  # (cli22: the sync's too)
    resolve = f"    lkj-tui resolve -r {RID} {opts}"
    tui = f"    lkj-tui -r {RID} {opts}"
    words = {
        "id": ("  Pilih (pertahankan atau", "  atau di TUI, tombol K:", "  lalu kirim pilihannya:"),
        "en": ("  Choose (keep, or take the", "  or in the TUI, key K:", "  then send the choice:"),
    }[lang]
    sync = f"    lkj-tui sync {opts}"  # (cli22: a command of its own line, as the others)
    for command in ("status", "check"):
        out = _narrow(offices, "opd", command, "--lang", lang, columns=columns)
        assert out.returncode in (0, 1), out.stderr
        lines = out.stdout.split("\n")
        assert resolve in lines and tui in lines, out.stdout
        at = lines.index(resolve)
        assert lines[at - 2].startswith(words[0]) or lines[at - 1].startswith(words[0])
        assert lines[at + 1 : at + 5] == [words[1], tui, words[2], sync], out.stdout
        assert not any(line.rstrip().endswith(("resolve -r", "lkj-tui -r")) for line in lines)
    wide = _narrow(offices, "opd", "status", "--lang", lang, columns=300).stdout
    choose = {"id": "  Pilih: lkj-tui resolve -r", "en": "  Choose: lkj-tui resolve -r"}[lang]
    assert f"{choose} {RID} {opts} (" in wide, wide


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_syncs_command_for_the_conflicts_is_never_broken_on_a_terminal(offices, lang) -> None:
    """sync's "… menunggu pilihan: pilih dengan lkj-tui resolve -r ID --store PATH, atau tombol
    K di TUI." was broken at words on a 40-column terminal, the command over three lines. The
    command now stands on lines of its own (no comma glued to its path), folded at its options;
    to a pipe the sentence is one line."""
    from reliability.pty_capture import run_in_pty

    test_sync._conflict_in(offices)
    store = Path(str(offices["tmp"])) / "opd"
    mine = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    mine |= env(offices, "opd <opd@example.org>") | {"COLUMNS": "40", "NO_COLOR": "1"}
    args = [str(LKJ_TUI), "sync", "--store", str(store), "--lang", lang]
    done = run_in_pty(args, env=mine, size=(40, 24))
    shown = done.output.decode("utf-8", "replace").replace("\r\n", "\n")
    assert done.returncode == 0, shown
    # (folded at its options, each line but the last ending " \\": cli27, share29)
    lines = shown.replace(" \\\n    ", " ").split("\n")
    command = f"  lkj-tui resolve -r {RID} --store {store}" + (" --lang en" if lang == "en" else "")
    assert command in lines, shown
    after = {"id": "  (atau tombol K di TUI).", "en": "  (or key K in the TUI)."}[lang]
    assert lines[lines.index(command) + 1] == after, shown
    piped = lkj(offices, "opd", "sync", "--lang", lang)
    said = [line for line in piped.stdout.split("\n") if "lkj-tui resolve" in line]
    assert len(said) == 1 and f"{command.strip()} {after.strip()}" in said[0], piped.stdout


def _second_conflict(offices) -> None:
    """A second conflict in opd's report (IKU 3), next to test_sync._conflict_in's."""
    assert lkj(offices, "pusat", "set", "IKU 3", "realisasi", "2,1").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 3", "realisasi", "2,2").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert lkj(offices, "opd", "sync").returncode == 0


@pytest.mark.parametrize("lang", ["id", "en"])
def test_resolve_lists_each_command_for_all_at_once_on_a_line_of_its_own(offices, lang) -> None:
    """resolve's list ended "Semuanya sekaligus: lkj-tui resolve semua pertahankan --store PATH
    (atau ambil-lain)": the line copied whole was a shell's syntax error. Both commands now
    stand on lines of their own, as the one-conflict choices above them do; and sync names a
    report once when its new and older conflicts are in the same report ("1 konflik baru (ID)
    dan 1 dari sebelumnya (ID)")."""
    test_sync._conflict_in(offices)
    assert lkj(offices, "pusat", "set", "IKU 3", "realisasi", "2,1").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 3", "realisasi", "2,2").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    synced = lkj(offices, "opd", "sync", "--lang", lang).stdout  # (_second_conflict's)
    store = Path(str(offices["tmp"])) / "opd"
    out = lkj(offices, "opd", "resolve", "--lang", lang)
    assert out.returncode == 0, out.stderr
    words = {"id": ("semua", "pertahankan", "ambil-lain"), "en": ("all", "keep", "take-other")}
    every, keep, take = words[lang]
    tail = out.stdout.rstrip("\n").split("\n")[-3:]
    assert tail == [
        {"id": "Semuanya sekaligus:", "en": "All at once:"}[lang],
        f"  lkj-tui resolve {every} {keep} --store {store}"
        + (" --lang en" if lang == "en" else ""),
        f"  lkj-tui resolve {every} {take} --store {store}"
        + (" --lang en" if lang == "en" else ""),
    ], out.stdout
    assert {
        "id": f"1 konflik baru dan 1 dari sebelumnya menunggu pilihan ({RID}): pilih dengan",
        "en": f"1 new conflict and 1 from before wait for a choice ({RID}): choose with",
    }[lang] in synced, synced


def test_resolve_says_why_and_each_all_at_once_command_on_its_line(offices) -> None:
    """Next year's report made apart in two offices: "… Satu sisi untuk semuanya sekaligus:
    lkj-tui resolve semua pertahankan, atau lkj-tui resolve semua ambil-lain" ran the commands
    into the sentence (broken at words on a terminal, a comma glued to each)."""
    from tests.test_sync_counts import made_apart

    new_id = made_apart(offices)
    out = lkj(offices, "opd", "resolve", "-r", new_id).stdout.split("\n")
    at = next(i for i, line in enumerate(out) if line.startswith("Mengapa: "))
    assert out[at].endswith("Satu sisi untuk semuanya sekaligus:"), out[at]
    assert out[at + 1].startswith("  lkj-tui resolve semua pertahankan -r ")
    assert out[at + 2].startswith("  lkj-tui resolve semua ambil-lain -r ")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_restore_from_before_a_choice_says_the_conflict_waits_again(offices, lang) -> None:
    """`restore --revision N` as `resolve` prints it brings the value and the conflict back,
    but said only "IKU 2 · Realisasi: 80 → 81" (its opposite said "1 konflik … ikut hilang"):
    it now says the conflict waits for a choice again, and the command that lists it."""
    test_sync._conflict_in(offices)
    chosen = json.loads(lkj(offices, "opd", "resolve", "1", "ambil-lain", "--json").stdout)
    store = Path(str(offices["tmp"])) / "opd"
    opts = " --lang en" if lang == "en" else ""  # (cli22)
    out = lkj(
        offices, "opd", "restore", RID, "--revision", str(chosen["revision"] - 1), "--lang", lang
    )
    assert out.returncode == 0, out.stderr
    assert {
        "id": "1 konflik sinkronisasi di versi ini kembali menunggu pilihan:\n",
        "en": "1 sync conflict of this version waits for a choice again:\n",
    }[lang] + f"  lkj-tui resolve -r {RID} --store {store}{opts}\n" in out.stdout, out.stdout


# --------------------------------------------------------------------------- where a path fails


def _there(*folders: str, empty: tuple[str, ...] = ()):
    """What is there, as :func:`lkj_tui.sync.share.where_fails` asks it: ``folders`` (and every
    folder of their paths) on a Windows laptop, ``empty`` among them holding nothing."""
    known = {PureWindowsPath(f) for f in (*folders, *empty)}
    known |= {parent for f in list(known) for parent in f.parents}
    hollow = {PureWindowsPath(f) for f in empty}
    return (lambda p: PureWindowsPath(p) in known), (lambda p: PureWindowsPath(p) in hollow)


@pytest.mark.parametrize(
    ("remote", "folders", "place"),
    [
        # the drive letter not there (a USB drive, a mapped drive not connected)
        ("E:\\Bersama LKj\\lkj.git", ["C:\\Users\\rina", "D:\\Arsip"], ("drive", "E:\\")),
        # a network share not there, typed either way
        ("\\\\server\\lkj\\kabupaten.git", ["C:\\Users"], ("drive", "\\\\server\\lkj\\")),
        ("//server/lkj/kabupaten.git", ["C:\\Users"], ("drive", "\\\\server\\lkj\\")),
        # a folder mistyped on a drive that is there: that folder, not the drive
        (
            "D:\\Bersama LKJJ\\lkj.git",
            ["D:\\Bersama LKj\\lkj.git", "D:\\Arsip"],
            ("missing", "D:\\Bersama LKJJ"),
        ),
        # a folder mistyped on a share that is there
        (
            "\\\\server\\lkj\\kabupatn.git",
            ["\\\\server\\lkj\\kabupaten.git"],
            ("missing", "\\\\server\\lkj\\kabupatn.git"),
        ),
        # the repository's folder is there: not a place that fails
        ("D:\\Bersama LKj\\lkj.git", ["D:\\Bersama LKj\\lkj.git\\objects"], None),
    ],
)
def test_where_a_windows_path_fails_is_decided_from_the_path_and_what_is_there(
    remote: str, folders: list[str], place: tuple[str, str] | None
) -> None:
    """share18's decision was tested on Windows paths only through ``_is_drive``; the whole of
    it read this machine's folders. It is a function of the path and of what is there."""
    from lkj_tui.sync.share import where_fails

    there, empty = _there(*folders)
    assert where_fails(PureWindowsPath(remote), there, empty) == place


def test_an_empty_mount_folder_on_windows_paths_is_named_empty() -> None:
    """The deepest folder there is empty (a share's folder mounted on nothing): mount it."""
    from lkj_tui.sync.share import where_fails

    there, empty = _there("D:\\LKj", empty=("D:\\LKj",))
    found = where_fails(PureWindowsPath("D:\\LKj\\lkj.git"), there, empty)
    assert found == ("empty", "D:\\LKj")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_windows_place_is_said_with_its_drive_and_folder(lang: str) -> None:
    """The sentence names the Windows drive or share to connect, or the folder to check with
    the drive it is missing from, read as a Windows path (on Linux too)."""
    from lkj_tui.sync.share import _OFFLINE, _reason

    i = 1 if lang == "en" else 0
    again = _OFFLINE["again"][i]
    said = {
        kind: _reason((kind, where), i, again, "--init", PureWindowsPath)
        for kind, where in (("drive", "\\\\server\\lkj\\"), ("missing", "D:\\Bersama LKJJ"))
    }
    assert (
        said
        == {
            "id": {
                "drive": "\\\\server\\lkj\\ tidak ada: sambungkan drive bersama, lalu sinkronkan "
                "lagi",
                "missing": "folder 'Bersama LKJJ' tidak ada di D:\\: periksa namanya (atau huruf "
                "drive-nya), lalu beri alamat yang benar dengan 'lkj-tui sync --init ALAMAT'",
            },
            "en": {
                "drive": "\\\\server\\lkj\\ is not there: connect the shared drive, then sync "
                "again",
                "missing": "there is no folder 'Bersama LKJJ' in D:\\: check its name (or the "
                "drive's letter), then give the right address with 'lkj-tui sync --init REMOTE'",
            },
        }[lang]
    )


@pytest.mark.skipif(not Path("/mnt").is_dir(), reason="no /mnt on this machine")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_share_not_mounted_under_mnt_is_a_drive_to_connect_end_to_end(offices, lang) -> None:
    """On this machine's own paths, through the installed command: a shared repository under a
    /mnt folder that is not there is a drive to connect, for `sync` (offline, exit 3; --json
    drive_missing) and `sync --clone` (refused, no store made)."""
    gone = Path("/mnt") / f"lkj-share20-{uuid.uuid4().hex[:8]}"
    remote = gone / "kabupaten.git"
    test_sync.start(offices, "pusat")
    store = Path(str(offices["tmp"])) / "pusat"
    subprocess.run(
        ["git", "-C", str(store), "remote", "set-url", "origin", str(remote)], check=True
    )
    out = lkj(offices, "pusat", "sync", "--lang", lang)
    assert out.returncode == 3, out.stderr
    connect = {"id": f"{gone} tidak ada: sambungkan drive bersama", "en": f"{gone} is not there"}
    assert connect[lang] in " ".join(out.stderr.split()), out.stderr
    data = json.loads(lkj(offices, "pusat", "sync", "--json").stdout)
    assert data["drive_missing"] == str(gone) and data["missing_folder"] is None
    cloned = lkj(offices, "baru", "sync", "--clone", str(remote), "--lang", lang)
    # (offline, as sync says it: exit 3; it exited 1, cli63)
    assert cloned.returncode == 3 and connect[lang] in " ".join(cloned.stderr.split())
    assert not (Path(str(offices["tmp"])) / "baru").exists()


# --------------------------------------------------------------------------- no network


@pytest.mark.parametrize(
    ("line", "said_id", "said_en"),
    [
        (
            "fatal: unable to access 'https://git.kab.invalid/lkj.git/': Could not resolve "
            "host: git.kab.invalid",
            "nama server git.kab.invalid tidak dikenal: tidak ada jaringan, atau alamatnya "
            "salah ketik",
            "the server name git.kab.invalid is not known: no network, or the address is mistyped",
        ),
        (
            "ssh: Could not resolve hostname git.kab.invalid: Name or service not known",
            "nama server git.kab.invalid tidak dikenal",
            "the server name git.kab.invalid is not known",
        ),
        (
            "fatal: unable to access 'https://10.1.2.3/lkj.git/': Failed to connect to 10.1.2.3 "
            "port 443 after 21002 ms: Couldn't connect to server",
            "server 10.1.2.3 tidak menjawab",
            "the server 10.1.2.3 does not answer",
        ),
        (
            "ssh: connect to host git.kab.go.id port 22: Connection timed out",
            "server git.kab.go.id tidak menjawab",
            "the server git.kab.go.id does not answer",
        ),
        ("fatal: something else", "fatal: something else", "fatal: something else"),
    ],
)
def test_gits_words_for_no_network_are_said_in_the_users_words(
    line: str, said_id: str, said_en: str
) -> None:
    """`sync` offline said git's English line ("fatal: unable to access '…': Could not resolve
    host: …", the address twice) in either language; a server name not found may be no network
    or a typo in the address, and says both. An unknown reason stays git's line."""
    from lkj_tui.sync.share import why_text

    assert why_text(line, "id").startswith(said_id)
    assert why_text(line, "en").startswith(said_en)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_server_name_not_known_is_offline_with_the_saves_kept(offices, lang) -> None:
    """Through the installed command: a remote on a host that no network knows (the .invalid
    names never resolve): offline (exit 3), the save kept and waiting for the next sync, the
    reason in the user's words; --json keeps git's own words."""
    test_sync.start(offices, "pusat")
    store = Path(str(offices["tmp"])) / "pusat"
    url = "https://git.bengkulu-selatan.invalid/bappeda/lkj.git"
    subprocess.run(["git", "-C", str(store), "remote", "set-url", "origin", url], check=True)
    assert lkj(offices, "pusat", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    out = lkj(offices, "pusat", "sync", "--lang", lang)
    assert out.returncode == 3, out.stderr
    said = " ".join(out.stderr.split())
    assert {
        "id": f"lkj-tui: Luring: {url} tidak terjangkau (nama server git.bengkulu-selatan.invalid "
        "tidak dikenal: tidak ada jaringan, atau alamatnya salah ketik); bekerja terus di laptop "
        f"ini. 1 simpanan menunggu; kirim dengan: lkj-tui sync --store {store}",
        "en": f"lkj-tui: Offline: {url} cannot be reached (the server name "
        "git.bengkulu-selatan.invalid is not known: no network, or the address is mistyped); "
        f"keep working on this laptop. 1 save waits; send it with: lkj-tui sync --store {store} "
        "--lang en",
    }[lang] == said, said
    data = json.loads(lkj(offices, "pusat", "sync", "--json").stdout)
    assert "git.bengkulu-selatan.invalid" in data["offline"] and data["waiting"] == 1


@pytest.fixture
def silent_server() -> Iterator[str]:
    """An address that takes the connection and never answers (a VPN gone, a captive portal)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(8)
    try:
        yield f"http://127.0.0.1:{server.getsockname()[1]}/lkj.git"
    finally:
        server.close()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_remote_that_never_answers_is_offline_and_a_clone_leaves_nothing(
    offices, silent_server, lang, monkeypatch
) -> None:
    """A fetch with no answer in git.NETWORK_TIMEOUT was refused ("git fetch tidak selesai dalam
    120 detik", exit 1), the saves not named; a clone so stopped left a half-made store, which
    the next clone refused as "not empty". The sync is offline (the saves wait), the clone
    removes what it made."""
    from lkj_tui.sync import git, share

    test_sync.start(offices, "pusat")
    tmp = Path(str(offices["tmp"]))
    subprocess.run(
        ["git", "-C", str(tmp / "pusat"), "remote", "set-url", "origin", silent_server], check=True
    )
    for name, value in env(offices, "pusat <pusat@example.org>").items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(git, "NETWORK_TIMEOUT", 2.0)
    outcome = share.sync(tmp / "pusat")
    assert outcome.offline == share.TIMED_OUT and not outcome.no_folder
    said = share.offline_text(outcome, silent_server, 1, lang)
    assert {
        "id": "(tidak ada jawaban dalam 2 detik: jaringan terputus atau terlalu lambat); bekerja "
        "terus di laptop ini.\n1 simpanan menunggu; kirim dengan:\n  lkj-tui sync",
        "en": "(no answer within 2 seconds: the network is down or too slow); keep working on "
        "this laptop.\n1 save waits; send it with:\n  lkj-tui sync",
    }[lang] in said, said
    with pytest.raises(git.SyncError) as refused:
        share.clone(silent_server, tmp / "baru")
    message = refused.value.message_en if lang == "en" else refused.value.message
    assert {
        "id": "(tidak ada jawaban dalam 2 detik: jaringan terputus atau terlalu lambat); "
        "penyimpanan tidak dibuat: salin lagi saat jaringan tersambung",
        "en": "(no answer within 2 seconds: the network is down or too slow); no store was "
        "made: clone again once the network is there",
    }[lang] in message, message
    assert not (tmp / "baru").exists()
