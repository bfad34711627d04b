"""cli38: the commands' messages, continued (a suggested command two spaces under its label at
every width, a store a command made unasked said once on a terminal)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import LKJ_TUI, run_cli
from tests.test_cli37 import PTY

RID = "bengkulu-selatan-setda-2023"


def _command_under(lines: list[str], label: str) -> list[str]:
    """The lines of the command printed under the line that ends with ``label``, up to the last
    one that ends it (each but the last ends with " \\")."""
    at = next(n for n, line in enumerate(lines) if line.endswith(label)) + 1
    end = at
    while lines[end].endswith(" \\"):
        end += 1
    return lines[at : end + 1]


@PTY
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_command_wider_than_its_line_stays_two_spaces_under_its_label(
    tmp_path: Path, lang: str
) -> None:
    """`import` of a workbook without instansi and year at 60 columns: the command under "Untuk
    mengimpornya, sebutkan instansi dan tahunnya:" started at column 0, as a sentence of its
    own, because it was wider than the line; it is two spaces in, folded there, as a narrower
    command is."""
    import openpyxl

    from tests.test_narrow_terminal import _on_a_terminal

    book = openpyxl.Workbook()
    book.active.append(["Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi"])
    book.active.append(["Meningkatnya mutu pendidikan", "Angka Partisipasi Murni", "%", "95", "93"])
    path = tmp_path / "tabel dinas.xlsx"
    book.save(path)
    store = tmp_path / "s"
    args = ["import", str(path), "--store", str(store), "--lang", lang]
    code, shown = _on_a_terminal(args, 60)
    assert code == 2, shown
    label = {"id": "instansi dan tahunnya:", "en": "give its instansi and year:"}[lang]
    lines = shown.rstrip("\n").split("\n")
    command = _command_under(lines, label)
    assert command[0].startswith("  lkj-tui import "), shown
    assert all(line.startswith("    ") for line in command[1:]), shown  # (its options further in)
    for line in command:  # (wider only by a path, whole: never cut)
        assert len(line) <= 60 or str(tmp_path) in line, shown
    typed = " ".join(" ".join(command).replace(" \\", " ").split())
    assert typed == run_cli(*args).stderr.rstrip("\n").split(": ")[-1], shown  # the same command


@PTY
@pytest.mark.parametrize("lang", ["id", "en"])
def test_log_at_40_columns_puts_the_shared_history_command_under_its_label(
    store_path: Path, lang: str
) -> None:
    """`log --lang en` at 40 columns: "A shared history:" and `lkj-tui sync --init …` both stood
    two spaces in, the command not under its label as other labels' commands are."""
    from tests.test_narrow_terminal import _on_a_terminal

    code, shown = _on_a_terminal(["log", "--store", str(store_path), "--lang", lang], 40)
    assert code == 0, shown
    lines = shown.rstrip("\n").split("\n")
    label = {"id": "Riwayat bersama:", "en": "A shared history:"}[lang]
    said = next(line for line in lines if line.endswith(label))
    command = _command_under(lines, label)
    indent = len(said) - len(said.lstrip(" "))
    assert command[0].startswith(" " * (indent + 2) + "lkj-tui sync --init"), shown
    assert all(line.startswith(" " * (indent + 4)) for line in command[1:]), shown
    assert all(len(line) <= 40 or str(store_path) in line for line in lines), shown


@PTY
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_store_made_unasked_is_said_once_on_a_terminal_never_piped(
    tmp_path: Path, lang: str
) -> None:
    """The first `lkj-tui status` on a new machine made the store with the bundled Setda report
    and showed it unsaid, as if it were the user's. On a terminal a note says where the store is,
    what it holds and how to import one's own report, once; piped, stderr stays empty."""
    from reliability.pty_capture import run_in_pty

    store = tmp_path / "data pengguna" / "store"  # ($LKJ_TUI_STORE: made on first use, unasked)
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env |= {"COLUMNS": "80", "NO_COLOR": "1", "LKJ_TUI_STORE": str(store)}
    args = [str(LKJ_TUI), "status", "--lang", lang]
    shown = run_in_pty(args, env=env, size=(80, 24)).output.decode().replace("\r\n", "\n")
    said = {
        "id": f'lkj-tui: penyimpanan baru dibuat di "{store}", berisi laporan bawaan sebagai '
        "contoh; impor laporan Anda: lkj-tui import BERKAS.xlsx",
        "en": f'lkj-tui: a new store was created in "{store}", holding the bundled report as a '
        "sample; import your own report: lkj-tui import FILE.xlsx --lang en",
    }[lang]
    from tests.test_cli37 import _joined

    lines = shown.split("\n")
    end = next(n for n, line in enumerate(lines) if n and not line.startswith(" "))
    note = lines[:end]  # (its later lines under "lkj-tui: "; then the report, as before)
    assert _joined(note).replace(" \\ ", " ") == said, shown
    assert "LKj 2023" in lines[end], shown
    assert all(len(line) <= 80 for line in note), shown
    assert (store / f"{RID}.json").exists()
    again = run_in_pty(args, env=env, size=(80, 24)).output.decode()
    assert "lkj-tui:" not in again and "LKj 2023" in again, again  # (once)
    # piped: nothing on stderr, the store made as before
    other = tmp_path / "lain"
    done = run_cli("status", "--lang", lang, store=other)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert (other / f"{RID}.json").exists()
    # a command that makes a store on purpose says it itself
    made = run_in_pty([str(LKJ_TUI), "init", "--store", str(tmp_path / "baru"), "--lang", lang])
    assert "lkj-tui:" not in made.output.decode(), made.output
