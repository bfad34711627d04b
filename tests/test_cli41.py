"""cli41: the commands at narrow widths and odd arguments."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests import test_sync
from tests.conftest import run_cli

offices = test_sync.offices


@pytest.mark.parametrize(
    ("lang", "meant", "typed"),
    [
        ("id", "Maksud Anda 'status'?", "Ketik: lkj-tui --store {path} status --json"),
        ("en", "Did you mean 'status'?", "Type: lkj-tui --lang en --store {path} status --json"),
    ],
)
def test_a_command_in_capitals_after_a_quoted_path_is_the_command(
    tmp_path: Path, lang: str, meant: str, typed: str
) -> None:
    """``lkj-tui --store "D:\\a b" STATUS``: "STATUS" was taken for the rest of the path, told
    to quote ``"…a b STATUS"``. It is the command typed in capitals: named, the path as typed."""
    folder = tmp_path / "a b"
    folder.mkdir()
    args = ["--store", str(folder), "STATUS", "--json"]
    done = run_cli(*(["--lang", "en"] if lang == "en" else []), *args)
    assert done.returncode == 2 and done.stdout == "", done.stdout
    said = " ".join(done.stderr.split())
    assert meant in said, done.stderr
    assert typed.format(path=f'"{folder}"') in said, done.stderr
    assert 'STATUS"' not in said and "petik" not in said and "quotes" not in said, said


def test_an_unquoted_path_ends_before_a_command_in_capitals(tmp_path: Path) -> None:
    """``--store D:\\My Docs\\lkj STATUS``: the path to quote stops at the command's word, in
    any case; it was quoted with the command in it."""
    done = run_cli("--store", str(tmp_path / "My"), "Docs/lkj", "STATUS")
    assert done.returncode == 2, done.stderr
    said = " ".join(done.stderr.split())
    assert f'--store "{tmp_path / "My"} Docs/lkj"' in said, done.stderr
    assert 'STATUS"' not in said, done.stderr


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_restored_entry_of_log_keeps_its_place_beside_the_author_at_60_columns(
    offices, lang: str
) -> None:
    """``log`` at 60 columns put "IKU 1 · Realisasi (dipulihkan):" under its time, the author
    alone on the time's line: the place and its mark were one unit too wide for the rest of the
    line. The mark goes under the place now, with the values; the place stays whole."""
    from tests.test_sharing25 import _on_a_terminal

    assert test_sync.lkj(offices, "opd", "init").returncode == 0
    test_sync.start(offices, "opd")
    rina = test_sync.env(offices, "Rina Wulandari <rina@example.org>")
    store = ["--store", str(Path(str(offices["tmp"])) / "opd")]
    for args in (
        ["set", "IKU 1", "realisasi", "50"],
        ["restore", test_sync.RID, "--revision", "1"],
    ):
        done = run_cli(*args, *store, env=rina)
        assert done.returncode == 0, done.stderr
    args = ("log", "--lang", "en") if lang == "en" else ("log",)
    lines = [line for line in _on_a_terminal(offices, 60, *args) if line.strip()]
    shown = "\n".join(lines)
    place, mark = {
        "id": ("IKU 1 · Realisasi", "(dipulihkan): 50 → 2,85"),
        "en": ("IKU 1 · Actual (Realisasi)", "(restored): 50 → 2,85"),
    }[lang]
    first = next(i for i, line in enumerate(lines) if line.startswith("20"))
    assert lines[first].endswith(f"Rina Wulandari  {place}"), (
        shown
    )  # (the author not alone on its line)
    assert lines[first + 1].strip() == mark, shown
    assert all(len(line) <= 60 for line in lines), shown
    piped = test_sync.lkj(offices, "opd", *args).stdout
    assert f"Wulandari  {place} {mark}" in piped, piped  # (piped: one line an entry, as before)


def _pty_lines(args: list[str], columns: int, code: int) -> list[str]:
    """``lkj-tui ARGS`` on a pseudo-terminal ``columns`` wide: the lines it wrote."""
    import re

    from reliability.pty_capture import run_in_pty
    from tests.conftest import LKJ_TUI

    own = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    own |= {"COLUMNS": str(columns), "NO_COLOR": "1"}
    done = run_in_pty([str(LKJ_TUI), *args], env=own, size=(columns, 24))
    shown = done.output.decode("utf-8", "replace").replace("\r\n", "\n")
    assert done.returncode == code, shown
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown).split("\n")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_kept_versions_change_goes_on_under_its_label_at_30_columns(
    store_path: Path, lang: str
) -> None:
    """``restore --list --lang en`` at 30 columns put "IKU 1 · Actual (Realisasi):" on a line
    and "2,85 → 50" under it at the same indent, read as two changes. The values go on two
    cells further in, under their label."""
    done = run_cli("set", "IKU 1", "realisasi", "50", "--store", str(store_path))
    assert done.returncode == 0, done.stderr
    args = ["restore", "--list", "--store", str(store_path), *(["--lang", "en"] * (lang == "en"))]
    lines = _pty_lines(args, 30, 0)
    shown = "\n".join(lines)
    label = "  IKU 1 · Actual (Realisasi):" if lang == "en" else "  IKU 1 · Realisasi: 2,85 → 50"
    at = next((i for i, line in enumerate(lines) if line.rstrip().startswith(label)), -1)
    assert at >= 0, shown  # (id: the change fits its line, one line as before)
    if lang == "en":  # (the label fills the line: its values under it, further in)
        assert lines[at + 1].rstrip() == "    2,85 → 50", shown
    assert all(len(line) <= 30 for line in lines if "/" not in line), shown


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("command", ["status", "check", "import", "sync", ""])
def test_help_at_30_columns_puts_an_options_help_under_it_on_the_whole_width(
    lang: str, command: str
) -> None:
    """At 30 columns ``-h`` gave each option's help 16 cells beside a 10-cell column, a word or
    two a line ("Folder" / "penyimpanan" / "laporan" / "(default:"). It goes under its option
    now, four cells in, the lines as wide as the terminal; the commands' list, whose names fit
    their column, stays beside."""
    args = [command, "-h"] if command else ["-h"]
    done = run_cli(*args, "--lang", lang, env={"COLUMNS": "30"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    at = lines.index("  --store <jalur>" if lang == "id" else "  --store <path>")
    words = {"id": "      Folder penyimpanan", "en": "      The folder the reports"}[lang]
    assert lines[at + 1].startswith(words), done.stdout
    assert all(len(line) <= 30 for line in lines if "<" not in line and "/" not in line), lines
    if not command:  # (the commands beside their names, as at 80 columns)
        assert any(line.startswith("  status    ") for line in lines), done.stdout


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_usage_errors_long_path_breaks_after_a_separator_at_24_columns(
    tmp_path: Path, lang: str
) -> None:
    """``lkj-tui "D:/…/laporan-kinerja-2025.xlsx"`` at 24 columns: "Kesalahan: Perintah '…'
    tidak ada." left the path whole, which the terminal cut at column 0 ("…-2" / "025.xlsx'").
    It breaks after a "/" or a "-" under the message's indent, each line within the width."""
    path = tmp_path / "data lkj" / "sub folder" / "laporan-kinerja-2025.xlsx"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")
    lines = _pty_lines([str(path), *(["--lang", "en"] if lang == "en" else [])], 24, 2)
    shown = "\n".join(lines)
    head = "Kesalahan: Perintah" if lang == "id" else "Error: No such command"
    at = next(i for i, line in enumerate(lines) if line.startswith(head))
    end = next(i for i in range(at, len(lines)) if "xlsx'" in lines[i])
    said = lines[at : end + 1]
    assert all(len(line) <= 24 for line in said), shown
    assert all(line.startswith("    ") for line in said[1:]), shown  # (under its indent)
    flat = "".join(line.strip() for line in said).replace(" ", "")
    assert str(path).replace(" ", "") in flat, shown
    assert any(line.rstrip().endswith(("/", "-")) for line in said), shown


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("command", ["template", "calc"])
def test_help_of_a_command_that_uses_no_store_is_shown_after_a_store(
    store_path: Path, lang: str, command: str
) -> None:
    """``lkj-tui --store X template -h`` was refused ("template tidak memakai penyimpanan"):
    the help asked for is shown; without ``-h`` the store is still refused, said as before."""
    english = ["--lang", "en"] if lang == "en" else []
    helped = run_cli("--store", str(store_path), command, "-h", *english)
    assert helped.returncode == 0 and helped.stderr == "", helped.stderr
    usage = "Penggunaan" if lang == "id" else "Usage"
    assert helped.stdout.startswith(f"{usage}: lkj-tui {command} "), helped.stdout
    refused = run_cli("--store", str(store_path), command, *english)
    assert refused.returncode == 2 and "--store" in refused.stderr, refused.stderr
