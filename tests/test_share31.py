"""Sharing and the history at 40, 80 and 120 columns, twenty-second pass of issue 17 (share31):
a restore with nothing kept says what to do; the offline sync's closing lines fit the store's
state; `log`'s entries laid out whole."""

from __future__ import annotations

import os
import shlex
import shutil
from pathlib import Path

import pytest

from tests import test_sync
from tests.conftest import run_cli
from tests.test_sharing20 import _narrow
from tests.test_sharing25 import _on_a_terminal

offices = test_sync.offices

NEW_ID = "dinas-kominfo-2025"


def _new_report(store_path: Path) -> None:
    """A report of no bundled seed (a restore has no bundled report to fall back on)."""
    done = run_cli(
        "new", "--instansi", "Dinas Kominfo", "--tahun", "2025", "--report", NEW_ID,
        "--store", str(store_path),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr


def _command_after(said: str, label: str) -> list[str]:
    """The command ``said`` (one line, as to a pipe) ends with after ``label``, as words."""
    assert label in said, said
    return shlex.split(said.split(label, 1)[1].strip())


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("listing", [False, True])
def test_a_restore_with_no_kept_version_says_why_and_what_to_do(
    store_path: Path, lang: str, listing: bool
) -> None:
    """`restore ID` of a report with no kept version said "tidak ada versi yang baik laporan X
    yang tersimpan untuk dipulihkan (revisi tersimpan: tidak ada)", and `restore --list ID`
    "tidak ada versi tersimpan …", with no next step. Now they say no version is kept yet and
    when one is, and end with the command that shows the report's history, with the --store
    typed; that command runs as printed."""
    _new_report(store_path)
    args = ("--list",) if listing else ()
    done = run_cli("restore", *args, NEW_ID, "--store", str(store_path), "--lang", lang)
    assert done.returncode == 1 and done.stdout == "", done.stdout
    said = done.stderr.strip()
    assert "\n" not in said, said  # (one line to a pipe)
    words = {
        "id": ("belum ada versi laporan", "setiap kali laporan diubah di sini"),
        "en": ("no version of the report", "each time the report is changed here"),
    }[lang]
    assert all(w in said for w in words), said
    assert "tidak ada)" not in said and "none)" not in said, said
    label = "riwayat perubahannya:" if lang == "id" else "its history of changes:"
    command = _command_after(said, label)
    assert command[:4] == ["lkj-tui", "log", "-r", NEW_ID], command
    assert "--store" in command and ("--lang" in command) == (lang == "en"), command
    ran = run_cli(*command[1:])
    assert ran.returncode == 0, ran.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_revision_not_kept_names_those_kept_and_their_list(store_path: Path, lang: str) -> None:
    """`restore ID --revision 99` where other versions are kept names them and ends with the
    command that lists them with what each save changed, to choose from."""
    rid = "bengkulu-selatan-setda-2023"
    for value in ("2,90", "2,95"):
        assert run_cli("set", "IKU 1", "realisasi", value, store=store_path).returncode == 0
    done = run_cli("restore", rid, "--revision", "99", "--lang", lang, "--store", str(store_path))
    assert done.returncode == 2, done.stdout
    said = done.stderr.strip()
    kept = "(yang tersimpan: revisi 2, 1)" if lang == "id" else "(kept: revisions 2, 1)"
    assert kept in said, said
    label = "pilih dari daftarnya:" if lang == "id" else "choose from the list:"
    command = _command_after(said, label)
    assert command[:4] == ["lkj-tui", "restore", "--list", rid], command
    listed = run_cli(*command[1:])
    assert listed.returncode == 0 and "2,90" in listed.stdout, listed.stdout + listed.stderr


#: The line above the command that gives the right address, by the saves that wait.
ADDRESS = {
    ("id", 0): "Tidak ada simpanan yang menunggu; beri alamat yang benar dengan:",
    ("en", 0): "No save waits to be sent; give the right address with:",
    ("id", 1): "1 simpanan menunggu; kirim ke alamat yang benar dengan:",
    ("en", 1): "1 save waits; send it to the right address with:",
}


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_offline_sync_quotes_a_spaced_folder_and_asks_for_the_right_address(
    offices, lang
) -> None:
    """The shared folder "Bersama LKj" renamed away: `sync` said "Luring: folder
    /…/Bersama LKj/lkj.git tidak terjangkau", the path unquoted (at 40 columns broken at its
    space, "…/Bersama" / "LKj/lkj.git"), and with nothing waiting "sinkronkan lagi dengan:"
    above `lkj-tui sync --init ALAMAT`, on a store shared already. The path is in double
    quotes, never broken at its space; the line above the command says what it does: give the
    right address (and send the saves that wait there)."""
    tmp = Path(str(offices["tmp"]))
    remote = tmp / "drive" / "Bersama LKj" / "lkj.git"
    remote.parent.mkdir(parents=True)
    Path(str(offices["remote"])).rename(remote)
    offices["remote"] = remote
    test_sync.start(offices, "opd")
    (tmp / "drive" / "Bersama LKj").rename(tmp / "drive" / "Bersama-LKj")
    word = "REMOTE" if lang == "en" else "ALAMAT"
    command = f"lkj-tui sync --init {word} --store opd" + (" --lang en" if lang == "en" else "")
    for waiting in (0, 1):
        if waiting:
            assert (
                test_sync.lkj(offices, "opd", "set", "IKU 1", "realisasi", "2,90").returncode == 0
            )
        piped = _narrow(offices, "opd", "sync", "--lang", lang, columns=40)
        assert piped.returncode == 3, piped.stderr
        said = piped.stderr.split("\n")
        assert said[1:] == [ADDRESS[lang, waiting], f"  {command}", ""], piped.stderr
        assert f'"{remote}"' in said[0], said[0]  # (quoted: it holds a space)
        assert "sinkronkan lagi dengan" not in piped.stderr and "sync again with" not in said[1]
    lines = [line for line in _on_a_terminal(offices, 40, "sync", "--lang", lang, code=3) if line]
    shown = "\n".join(lines)
    # (on a terminal a path wider than the line breaks only after its separators, each piece
    # under the words, never at column 0 (share35): joined, the quoted path reads whole, its
    # space kept, and no piece ends at that space)
    assert f'"{remote}"' in "".join(line.strip() for line in lines), shown
    said_first = lines[: next(i for i, line in enumerate(lines) if line.startswith("1 "))]
    assert len(said_first) > 1 and all(line.startswith(" ") for line in said_first[1:]), shown
    assert not any(line.rstrip().endswith("/Bersama") for line in lines), shown


#: A report id as long as a kabupaten OPD's (76 characters).
LONG_ID = "bengkulu-selatan-badan-kepegawaian-dan-pengembangan-sumber-daya-manusia-2024"
#: An author as an office writes itself (60 characters: under the room beside the time at 80).
AUTHOR = "Rina Wulandari Kusumaningrum (Bagian Organisasi Setda Kaur)"


def _history(offices) -> None:
    """opd's shared store: next year's report under a long id, then two saves by a long-named
    author in the bundled one (a realisasi, a permasalahan added)."""
    test_sync.start(offices, "opd")
    made = test_sync.lkj(offices, "opd", "new", "--from", test_sync.RID, "--report", LONG_ID)
    assert made.returncode == 0, made.stderr
    mine = test_sync.env(offices, f"{AUTHOR} <rina@example.org>")
    store = str(Path(str(offices["tmp"])) / "opd")
    for args in (
        ("IKU 2", "realisasi", "BB (75,50)"),
        ("IKU 2", "permasalahan+", "Keterlambatan penyampaian laporan dari perangkat daerah"),
    ):
        done = run_cli("set", *args, "-r", test_sync.RID, "--store", store, env=mine)
        assert done.returncode == 0, done.stderr


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("columns", [40, 80, 120])
def test_log_lays_an_entry_out_whole_and_names_an_item_as_set_does(offices, columns) -> None:
    """`log` at 80 columns cut a long author ("Rina … (Bagian Or…"), broke "IKU 2 ·
    Realisasi: 7" / "Dokumen → 8 Dokumen", ended a line with "—" and began the next with
    "→ …", put a 76-character id at column 0 of its entry, and said "Permasalahan" where
    `set` said "Permasalahan 3". Now the author is whole (on one line where it fits one), a
    short value is never broken, the "→" stays with the value before it, an id wider than the
    room under the time stands whole on a line of its own within the width, and the item is
    named by its number. Piped, one line an entry, as before."""
    _history(offices)
    said = test_sync.lkj(offices, "opd", "set", "-r", test_sync.RID, "IKU 2", "permasalahan+", "X")
    item = next(w for w in said.stdout.split(":")[0].split(" · ") if "Permasalahan" in w)
    assert item.startswith("Permasalahan ") and item.split()[-1].isdigit(), said.stdout
    lines = [line for line in _on_a_terminal(offices, columns, "log") if line.strip()]
    shown = "\n".join(lines)
    # (set's words; then the item before it; at 40 the node beside the author "opd", its
    # field under it: cli43)
    named = f"IKU 2\n    {item}:" if columns == 40 else f"IKU 2 · {item}:"
    assert named in shown, shown
    number = int(item.split()[-1]) - 1
    assert f"Permasalahan {number}: — →" in shown, shown
    for line in lines:
        assert not line.lstrip().startswith("→"), shown
        assert len(line) <= columns or line.strip() == LONG_ID, shown  # (an id is never cut)
        if line.strip() == LONG_ID:  # its own line, as far in as the width lets it
            assert len(line) == min(columns, len(LONG_ID) + 18) or len(line) == len(LONG_ID)
    if columns >= 80:
        assert any(AUTHOR in line for line in lines), shown  # (whole where it fits the line)
        assert any("A (86,45) → BB (75,50)" in line for line in lines), shown
    if columns > len(LONG_ID):
        assert any(LONG_ID in line for line in lines), shown  # (whole, its entry's "Laporan: …")
    else:  # (wider than the terminal: broken after a "-", under the time's indent: share33)
        assert LONG_ID in "".join(line.strip() for line in lines), shown
    listed = _on_a_terminal(offices, columns, "restore", "--list", test_sync.RID)
    assert any("Realisasi" in line for line in listed), listed
    assert not any(line.lstrip().startswith("→") for line in listed), "\n".join(listed)
    piped = test_sync.lkj(offices, "opd", "log").stdout.strip().split("\n")
    assert all(line.startswith("20") for line in piped), piped  # (one line an entry)
    entry = f"{AUTHOR}  {test_sync.RID}  IKU 2 · Permasalahan {number}: — → Keterlambatan"
    assert any(entry in line for line in piped), piped
    assert any(f"{LONG_ID} · Laporan: " in line for line in piped), piped
