"""Sharing a store, the eighteenth pass (share22): `resolve`'s all-at-once word suggested in the
session's language; a `sync --clone` stopped by the time limit removes only the folder it made;
the drive letters a Windows laptop has, injectable and named in the offline message; the
version a clone brought named in `restore --list`."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from tests import test_sync
from tests.test_sharing20 import silent_server  # noqa: F401 - the fixture
from tests.test_sync import lkj

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices


@pytest.mark.parametrize(
    ("lang", "typed", "words"),
    [
        ("en", "semua", ("all keep", "all take-other")),
        ("en", "ALL", ("all keep", "all take-other")),
        ("id", "all", ("semua pertahankan", "semua ambil-lain")),
        ("id", "Semua", ("semua pertahankan", "semua ambil-lain")),
    ],
)
def test_resolve_all_without_a_choice_suggests_the_sessions_words(
    offices, lang, typed, words
) -> None:
    """`resolve semua` in an English session suggested "lkj-tui resolve semua keep": the
    suggestion mixed the languages. Each language's own words now, whichever word was typed."""
    test_sync._conflict_in(offices)
    store = str(Path(str(offices["tmp"])) / "opd")
    out = lkj(offices, "opd", "resolve", typed, "--lang", lang)
    assert out.returncode == 2, out.stderr
    opts = f"--store {store}" + (" --lang en" if lang == "en" else "")  # (cli22)
    commands = [f"           lkj-tui resolve {word} {opts}" for word in words]
    assert out.stderr.splitlines()[1:] == commands, out.stderr


def test_a_clone_stopped_by_the_time_limit_removes_only_the_folders_it_made(
    tmp_path,
    silent_server,  # noqa: F811 - the fixture imported above
    monkeypatch,
) -> None:
    """share20's timed-out `--clone` removed its target folder, also one that was there before
    (empty: a folder made for the store, a mount point). It is emptied and kept; a folder the
    clone made is removed, with the parents made for it, and nothing above them."""
    from lkj_tui.sync import git, share

    monkeypatch.setattr(git, "NETWORK_TIMEOUT", 1.0)
    there = tmp_path / "disiapkan"
    there.mkdir()
    with pytest.raises(git.SyncError) as refused:
        share.clone(silent_server, there)
    assert refused.value.code == "offline"
    assert there.is_dir() and not any(there.iterdir())
    with pytest.raises(git.SyncError):
        share.clone(silent_server, tmp_path / "baru" / "lkj" / "store")
    assert not (tmp_path / "baru").exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["disiapkan"]


def test_the_drive_letters_come_from_the_systems_mask_and_never_raise() -> None:
    """The Windows listing (ctypes' GetLogicalDrives) was untested: its mask is now given, so
    the letters are read from a fake one; where there is no Windows (this machine) the real
    call gives no letters and raises nothing."""
    from lkj_tui.sync.share import _logical_drives, present_drives

    assert present_drives(lambda: 0b1101) == ["A:", "C:", "D:"]
    assert present_drives(lambda: 1 << 25 | 1 << 4) == ["E:", "Z:"]
    assert present_drives(lambda: 0) == []  # (the call failed)

    def refused() -> int:
        raise OSError("access denied")

    assert present_drives(refused) == []
    assert present_drives(_logical_drives) == []  # (no ctypes.windll here: no letters)
    assert present_drives() == []  # (not Windows)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_drive_not_there_names_the_letters_the_laptop_has(lang, monkeypatch) -> None:
    """The whole offline sentence of a sync and of a clone, on a Windows laptop with C: and E:
    where F: was typed for D: (share21's letters, never shown in a test of the message)."""
    from pathlib import PureWindowsPath

    from lkj_tui.sync import share

    monkeypatch.setattr(share, "PATH_FLAVOUR", PureWindowsPath)
    monkeypatch.setattr(share, "present_drives", lambda: ["C:", "E:"])
    remote = "F:\\Bersama LKj\\lkj.git"
    outcome = share.Outcome(offline="fatal", no_folder=True, drive="F:\\")
    said = share.offline_text(outcome, remote, 2, lang)
    assert (
        said
        == {
            "id": f'Luring: folder "{remote}" tidak terjangkau — F:\\ tidak ada: sambungkan drive '
            "bersama, atau periksa huruf drive-nya (yang ada di laptop ini: C:, E:), lalu sinkronkan "
            "lagi; bekerja terus di laptop ini.\n2 simpanan menunggu; kirim dengan:\n"
            "  lkj-tui sync",
            "en": f'Offline: the folder "{remote}" cannot be reached — F:\\ is not there: connect the '
            "shared drive, or check the drive's letter (this laptop has C:, E:), then sync again; "
            "keep working on this laptop.\n2 saves wait; send them with:\n  lkj-tui sync",
        }[lang]
    ), said
    clone = share._where_text(("drive", "F:\\"), remote, lang)
    assert {
        "id": "(yang ada di laptop ini: C:, E:), lalu salin lagi",
        "en": "(this laptop has C:, E:), then clone again",
    }[lang] in clone, clone
    assert clone.startswith(
        {
            "id": "tidak dapat menyalin, penyimpanan tidak dibuat: ",
            "en": "cannot clone, no store was made: ",
        }[lang]
    ), clone


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        ("id", "salinan dari repositori bersama (lkj-tui sync --clone)"),
        ("en", "cloned from the shared repository (lkj-tui sync --clone)"),
    ],
)
def test_restore_list_names_the_version_the_clone_brought(offices, lang, said) -> None:
    """On a laptop that cloned the store, `restore --list` named the first kept version "—":
    the clone wrote it, and the change journal did not say so."""
    test_sync.start(offices, "pusat", "opd")
    assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    out = lkj(offices, "opd", "restore", test_sync.RID, "--list", "--lang", lang)
    assert out.returncode == 0, out.stderr
    first = next(line for line in out.stdout.splitlines() if line.lstrip().startswith("1 "))
    assert f"│ {said} " in first, out.stdout
    data = json.loads(lkj(offices, "opd", "restore", "--list", "--json").stdout)
    (versions,) = [r["versions"] for r in data["reports"] if r["report"] == test_sync.RID]
    assert [v["kind"] for v in versions if v["revision"] == 1] == ["clone"], versions


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize(
    ("lang", "after"), [("id", "(atau tombol K di TUI)."), ("en", "(or key K in the TUI).")]
)
def test_the_syncs_command_that_chooses_stands_alone_on_its_line(offices, lang, after) -> None:
    """Where the command fitted a line with room to spare, the sync wrote the words after it on
    the same line ("lkj-tui resolve -r ID --store PATH (or"): copied as a line, a shell's syntax
    error. The command is alone on its line, the words after it on the next."""
    from reliability.pty_capture import run_in_pty
    from tests.conftest import LKJ_TUI
    from tests.test_sync import env

    test_sync._conflict_in(offices)
    store = str(Path(str(offices["tmp"])) / "opd")
    command = f"lkj-tui resolve -r {test_sync.RID} --store {store}"
    command += " --lang en" if lang == "en" else ""  # (the session's language, acc7aed)
    width = len(f"  {command} {after[:6]}")  # (room for the words' start after the command)
    own = {**os.environ, **env(offices, "opd <opd@example.org>"), "COLUMNS": str(width)}
    own |= {"NO_COLOR": "1", "LKJ_TUI_HISTORY": "off"}
    done = run_in_pty(
        [str(LKJ_TUI), "sync", "--lang", lang, "--store", store], env=own, size=(width, 24)
    )
    assert done.returncode == 0, done.output
    lines = done.output.decode().replace("\r\n", "\n").split("\n")
    at = lines.index(f"  {command}")
    assert lines[at + 1] == f"  {after}", lines


@pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="O_NOFOLLOW")
def test_a_restores_mark_is_never_written_through_a_symlink(tmp_path: Path) -> None:
    """The restore's mark for the next commit (share22) is appended in the store's .git: a
    symlink planted there is not followed (the store follows no symlink), and the mark is written
    where there is none."""
    from lkj_tui.storage.history import RESTORED, restored

    root = tmp_path / "store"
    (root / ".git").mkdir(parents=True)
    outside = tmp_path / "outside.txt"
    outside.write_text("keep\n", encoding="utf-8")
    (root / ".git" / RESTORED).symlink_to(outside)
    restored(root, "rid-2023", 3)
    assert outside.read_text(encoding="utf-8") == "keep\n"
    (root / ".git" / RESTORED).unlink()
    restored(root, "rid-2023", 3)
    assert (root / ".git" / RESTORED).read_text(encoding="utf-8") == "rid-2023 3\n"
