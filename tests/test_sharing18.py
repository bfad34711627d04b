"""share18: a shared folder that cannot be reached, named as the user can act on it (a drive not
connected, a folder of its path mistyped, an unmounted share's empty mount point), through the
installed command (docs/sharing.md)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path, PureWindowsPath

import pytest

from tests import test_sync
from tests.test_sync import lkj

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices


def _on_share(offices) -> tuple[Path, Path]:
    """The shared repository moved to ``tmp/drive/Bersama LKj/lkj.git``, two offices on it and
    one save of opd's waiting: (the drive, the repository)."""
    tmp = Path(str(offices["tmp"]))
    drive = tmp / "drive"
    remote = drive / "Bersama LKj" / "lkj.git"
    remote.parent.mkdir(parents=True)
    (drive / "Arsip").mkdir()  # (the drive holds other folders: it is connected)
    Path(str(offices["remote"])).rename(remote)
    offices["remote"] = remote
    test_sync.start(offices, "pusat", "opd")
    assert lkj(offices, "opd", "set", "IKU 2", "realisasi", "81").returncode == 0
    return drive, remote


def _says_with_no_init_advice(said: str, words_id: str, words_en: str, lang: str) -> None:
    """``said`` holds the words of ``lang`` and no advice to give the address again (--init)."""
    assert (words_en if lang == "en" else words_id) in said, said
    assert "--init" not in said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_folder_mistyped_part_way_down_the_path_is_named_not_the_drive(offices, lang) -> None:
    """A folder of the shared path that is not there while the drive is (a typo in its name, a
    folder renamed) was "D:\\Bersama LKj tidak ada: sambungkan drive bersama": it names the
    first folder that is missing and the folder it is missing from, to check its name."""
    drive, remote = _on_share(offices)
    (drive / "Bersama LKj").rename(drive / "Bersama-LKj")
    out = lkj(offices, "opd", "sync", "--lang", lang)
    assert out.returncode == 3, out.stderr
    said = " ".join(out.stderr.split())
    store = Path(str(offices["tmp"])) / "opd"  # (the command with the store typed: share25)
    assert {
        "id": f"Luring: folder \"{remote}\" tidak terjangkau — folder 'Bersama LKj' tidak ada di "
        f"{drive}: periksa namanya, lalu beri alamat yang benar; bekerja terus di laptop ini. "
        f"1 simpanan menunggu; kirim ke alamat yang benar dengan: lkj-tui sync --init ALAMAT "
        f"--store {store}",
        "en": f'Offline: the folder "{remote}" cannot be reached — there is no folder \'Bersama '
        f"LKj' in {drive}: check its name, then give the right address; keep working on this "
        f"laptop. 1 save waits; send it to the right address with: lkj-tui sync --init REMOTE "
        f"--store {store} --lang en",
    }[lang] in said, said
    assert "sambungkan drive" not in said and "connect the shared drive" not in said
    data = json.loads(lkj(offices, "opd", "sync", "--json").stdout)
    assert data["folder_missing"] is True and data["drive_missing"] is None
    assert data["missing_folder"] == str(drive / "Bersama LKj") and data["empty_folder"] is None

    cloned = lkj(offices, "x", "sync", "--clone", str(remote), "--lang", lang)
    # (the name typed to check: exit 2, as an address that names nothing; it exited 1: cli63)
    assert cloned.returncode == 2 and not (Path(str(offices["tmp"])) / "x").exists()
    said = " ".join(cloned.stderr.split())
    assert {
        "id": "folder 'Bersama LKj' tidak ada di",
        "en": "there is no folder 'Bersama LKj' in",
    }[lang] in said and "sync --clone" in said, said


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_unmounted_share_is_named_an_empty_folder_before_any_init_advice(offices, lang) -> None:
    """On Linux an unmounted share leaves its mount point, an empty folder: `sync` said the
    folder was not there "atau alamatnya salah (ganti dengan 'lkj-tui sync --init ALAMAT')",
    or, the mount point being the repository itself, refused it as no repository with the
    advice to make one there. It says the folder is empty and asks whether the drive is
    mounted, offline (the saves wait)."""
    drive, remote = _on_share(offices)
    tmp = Path(str(offices["tmp"]))
    drive.rename(tmp / "mounted")
    drive.mkdir()  # (the mount point, nothing mounted on it)
    out = lkj(offices, "opd", "sync", "--lang", lang)
    assert out.returncode == 3, out.stderr
    _says_with_no_init_advice(
        " ".join(out.stderr.split()),
        f"tidak terjangkau — folder {drive} kosong: drive bersama belum dipasang di sana? "
        "Pasang drive itu, lalu sinkronkan lagi",
        f"cannot be reached — {drive} is an empty folder: is the shared drive not mounted "
        "there? Mount it, then sync again",
        lang,
    )
    data = json.loads(lkj(offices, "opd", "sync", "--json").stdout)
    assert data["empty_folder"] == str(drive) and data["missing_folder"] is None

    # the mount point is the repository itself: once fetched from, an empty folder is offline
    drive.rmdir()
    (tmp / "mounted").rename(drive)
    shutil.move(str(remote), str(tmp / "lkj.git"))
    remote.mkdir()
    out = lkj(offices, "opd", "sync", "--lang", lang)
    assert out.returncode == 3, out.stderr
    said = " ".join(out.stderr.split())
    assert {"id": f'folder "{remote}" kosong: drive', "en": f'"{remote}" is an empty folder'}[
        lang
    ] in said, said
    assert "git init" not in said and "--init" not in said
    remote.rmdir()
    shutil.move(str(tmp / "lkj.git"), str(remote))
    assert lkj(offices, "opd", "sync").returncode == 0  # (mounted again: the save goes out)


def test_a_new_empty_folder_given_to_init_is_named_empty_before_the_advice_to_make_one(
    offices, tmp_path
) -> None:
    """`sync --init` or `--clone` of an empty folder never fetched from: refused (exit 1), the
    empty folder and the unmounted drive asked about before the advice to make a repository."""
    empty = tmp_path / "kosong"
    empty.mkdir()
    for who, how in (("pusat", "--init"), ("baru", "--clone")):
        out = lkj(offices, who, "sync", how, str(empty))
        assert out.returncode == 1, out.stderr
        said = " ".join(out.stderr.split())
        first = said.index(f"folder {empty} kosong, bukan repositori bersama: drive bersama belum")
        assert first < said.index("git init --bare --initial-branch=main") < said.index(how)


def test_a_drive_not_there_is_told_from_a_folder_missing_on_a_drive_that_is() -> None:
    """The first missing part is a drive when it is the path's anchor (D:\\, a network share) or
    a mount point where drives are mounted (/mnt/lkj, /media/rina/LKJ)."""
    from lkj_tui.sync.share import _is_drive

    assert _is_drive(PureWindowsPath("E:\\"))
    assert _is_drive(PureWindowsPath("//server/lkj/"))
    assert not _is_drive(PureWindowsPath("D:\\Bersama LKj"))
    assert _is_drive(Path("/media/rina/LKJ")) and _is_drive(Path("/mnt/lkj"))
    assert not _is_drive(Path("/home/rina/Bersama LKj"))


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_drive_not_there_says_connect_it(offices, lang, monkeypatch) -> None:
    """The whole drive gone: connect it, never the address blamed, no --init (share17's test,
    which took any folder of the path for a drive; the drive here a folder of the test's own
    mounts)."""
    from lkj_tui.sync import share
    from tests.test_sync import env

    drive, remote = _on_share(offices)
    tmp = Path(str(offices["tmp"]))
    monkeypatch.setattr(share, "_MOUNTS", (str(tmp),))
    for name, value in env(offices, "opd <opd@example.org>").items():
        monkeypatch.setenv(name, value)
    drive.rename(tmp / "unplugged")
    outcome = share.sync(tmp / "opd")
    assert outcome.drive == str(drive) and outcome.missing is None and outcome.no_folder
    _says_with_no_init_advice(
        share.offline_text(outcome, str(remote), 1, lang),
        f'folder "{remote}" tidak terjangkau — {drive} tidak ada: sambungkan drive bersama, '
        "lalu sinkronkan lagi",
        f'the folder "{remote}" cannot be reached — {drive} is not there: connect the shared '
        "drive, then sync again",
        lang,
    )


def test_saves_are_counted_from_the_head_of_each_version_not_the_whole_report(
    tmp_path, monkeypatch
) -> None:
    """`info`, `sync` and the TUI's opening toast count the saves not sent from each version's
    revision: `share.saves` piped every version of a report whole through `git cat-file` (0.4 s
    for 200 saves of a 600 kB kabupaten report, weeks offline). The versions git keeps loose
    are read from their start only (no cat-file); packed ones as before; the count the same."""
    import subprocess

    from lkj_tui.sync import history, share
    from tests.conftest import run_cli

    root = tmp_path / "s"
    assert run_cli("--store", str(root), "init").returncode == 0
    [path] = root.glob("*.json")

    def git(*args: str) -> None:
        who = ("-c", "user.name=opd", "-c", "user.email=opd@example.org")
        subprocess.run(["git", *who, "-C", str(root), *args], check=True, capture_output=True)

    git("init", "-q")
    git("add", path.name)
    git("commit", "-qm", "rev 1")
    text, revisions = path.read_text("utf-8"), [1]
    for n in range(12):  # a save a commit, or three saves in one (three revisions up)
        now = revisions[-1] + (3 if n % 4 == 3 else 1)
        text = text.replace(f'"revision": {revisions[-1]},', f'"revision": {now},', 1)
        path.write_text(text.replace("2,85", f"2,{n + 10}", 1), "utf-8")
        git("commit", "-qam", f"rev {now}")
        revisions.append(now)

    def no_cat_file(_root: object) -> None:
        raise AssertionError("cat-file started for loose objects")

    with monkeypatch.context() as patched:
        patched.setattr(history, "_Blobs", no_cat_file)
        assert share.saves(root, "HEAD") == revisions[-1] == 19
        assert share.saves(root, "HEAD~3..HEAD") == revisions[-1] - revisions[-4]
    git("gc", "-q")  # (packed: read through cat-file, the same count)
    assert not any((root / ".git" / "objects").glob("[0-9a-f][0-9a-f]/*"))
    assert share.saves(root, "HEAD") == 19


@pytest.mark.skipif(not hasattr(__import__("os"), "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_resolve_and_restore_on_a_40_column_terminal_break_their_lines_at_words(
    offices, lang
) -> None:
    """`resolve` wrote its list and its choice, and `restore` what it did, as lines the terminal
    cut anywhere at 40 columns ("Budi (Dinas), 2" / "026-12-04", "kirim dengan lkj-" / "tui
    sync"): their words are broken at spaces, an indented line's rest under its indent, and a
    command is whole on its own line (copied from the terminal as one line), "'lkj-tui sync'"
    in a sentence kept in it; to a pipe every line as before."""
    import os

    from reliability.pty_capture import run_in_pty
    from tests.conftest import LKJ_TUI
    from tests.test_sync import env

    test_sync._conflict_in(offices)
    store = str(Path(str(offices["tmp"])) / "opd")
    own = {**os.environ, **env(offices, "opd <opd@example.org>"), "COLUMNS": "40"}
    own |= {"NO_COLOR": "1", "LKJ_TUI_HISTORY": "off"}

    def shown(*args: str) -> list[str]:
        done = run_in_pty([str(LKJ_TUI), *args, "--store", store], env=own, size=(40, 24))
        assert done.returncode == 0, done.output
        return done.output.decode().replace("\r\n", "\n").rstrip("\n").split("\n")

    listed = shown("resolve", "--lang", lang)
    piped = lkj(offices, "opd", "resolve", "--lang", lang).stdout
    # (to a pipe: a line each, as before; the sync named with --store has its own two, cli23)
    assert len(piped.splitlines()) == 9
    # the same words (but for the " \\" a command folded at its options ends a line with, cli27)
    shown_words = [word for word in " ".join(listed).split() if word != "\\"]
    assert " ".join(shown_words) == " ".join(piped.split())
    chosen = shown("resolve", "1", "ambil-lain", "--lang", lang)
    words = " ".join(chosen).split()
    back = words[words.index("--revision") + 1]  # (the undo: restore, as on a terminal too)
    restored = shown("restore", test_sync.RID, "--revision", back, "--lang", lang)
    assert any("lkj-tui sync" in line for line in restored), restored  # (in a sentence)
    for line in listed + chosen + restored:  # a wider line: a command's part, whole (a path)
        # (a path wider than the line stands on a line of its own after "--store \\", cli31)
        alone = line.strip().removesuffix(" \\").strip('"') == store
        part = alone or line.strip().startswith(("lkj-tui ", "--store "))
        assert len(line) <= 40 or part, listed + chosen + restored


@pytest.mark.parametrize("command", ["status", "check"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_conflicts_lines_wrap_under_their_indent_with_the_commands_whole(
    offices, command, lang
) -> None:
    """At 80 columns the conflict block of `status` and `check` went on at column 0 ("Pilih:
    lkj-tui resolve … --store" / "/tmp/…/opd (pertahankan …", "lkj-tui" / "-r ID --store …"):
    an indented line's later lines are now under its indent (4 spaces) and each command that
    fits a line is whole on one (share20: on a line of its own)."""
    import os
    import subprocess

    from tests.conftest import LKJ_TUI
    from tests.test_sync import env

    test_sync._conflict_in(offices)
    store = "opd"  # (relative to the folder it runs in: the commands' --store as typed)
    own = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    own |= env(offices, "opd <opd@example.org>") | {"COLUMNS": "80", "NO_COLOR": "1"}
    out = subprocess.run(
        [str(LKJ_TUI), command, "--store", store, "--lang", lang],
        cwd=str(offices["tmp"]),
        env=own,
        capture_output=True,
        text=True,
        timeout=60,
    ).stdout.splitlines()
    start = next(i for i, line in enumerate(out) if line.startswith(("  Pilih", "  Choose")))
    # (cli22: "lalu lkj-tui sync --store opd", no "." glued to the path it ends with)
    end = next(i for i in range(start, len(out)) if "lkj-tui sync " in out[i])
    block = out[start : end + 1]
    assert all(line.startswith("  ") for line in block), block
    assert all(len(line) <= 80 for line in block), block
    # (share20: wider than the line, each command whole on a line of its own, nothing after it:
    # "… --store opd, tombol K); lalu" could not be copied as a command)
    opts = f"--store {store}" + (" --lang en" if lang == "en" else "")
    assert f"    lkj-tui resolve -r {test_sync.RID} {opts}" in block, block
    assert f"    lkj-tui -r {test_sync.RID} {opts}" in block, block
