"""Sharing and the history at 40, 80 and 120 columns, twenty-second pass of issue 17 (share31):
a restore with nothing kept says what to do; the offline sync's closing lines fit the store's
state; `log`'s entries laid out whole."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from tests.conftest import run_cli

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
    assert done.returncode == 1, done.stdout
    said = done.stderr.strip()
    kept = "(yang tersimpan: revisi 2, 1)" if lang == "id" else "(kept: revisions 2, 1)"
    assert kept in said, said
    label = "pilih dari daftarnya:" if lang == "id" else "choose from the list:"
    command = _command_after(said, label)
    assert command[:4] == ["lkj-tui", "restore", "--list", rid], command
    listed = run_cli(*command[1:])
    assert listed.returncode == 0 and "2,90" in listed.stdout, listed.stdout + listed.stderr
