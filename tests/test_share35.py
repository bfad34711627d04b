"""Two laptops sharing one store, the twenty-fourth pass of issue 17 (share35): a command
printed for the user to type, folded on a terminal narrower than its report id, breaks the id
after a "-" with a "\\" a POSIX shell joins it back with, and keeps " \\" with its part."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess

import pytest

from lkj_tui.core.shell import command_lines
from tests import test_sync
from tests.conftest import run_cli
from tests.test_share34 import LONG_ID, _long_conflict
from tests.test_sharing25 import _on_a_terminal

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
PTY = pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")

offices = test_sync.offices


def _words(lines: list[str]) -> list[str]:
    """The words a POSIX shell reads from a command's ``lines`` pasted as they are shown, its
    program ("lkj-tui") left out."""
    assert lines[0].lstrip().startswith("lkj-tui "), lines
    script = "\n".join(lines).replace("lkj-tui ", "printf '%s\\n' ", 1)
    done = subprocess.run(["sh", "-c", script], capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


@pytest.mark.parametrize("width", [36, 40, 52, 80])
def test_an_id_wider_than_a_line_breaks_after_a_dash_and_pastes_whole(width: int) -> None:
    """The 76-character id of a kabupaten OPD's report, at 40 columns, stood on a line of its
    own: the terminal wrapped it mid-word at column 0 ("…-penanaman-m" / "odal-…") and its
    " \\" fell alone on the next line. Now each line fits the terminal, the id's lines end
    after a "-" with a "\\", its last piece keeps " \\", and the shell reads the command it
    was."""
    command = f'lkj-tui resolve 1 pertahankan -r {LONG_ID} --store "Bersama LKj/opd"'
    lines = command_lines(command, width, 4, seps="-")
    shown = "\n".join(lines)
    assert all(len(line) <= width for line in lines), shown
    assert all(line.endswith(("-\\", " \\")) for line in lines[:-1]), shown
    assert not any(line.strip() == "\\" for line in lines), shown  # (never a mark alone)
    broken = [line for line in lines if line.endswith("-\\")]
    assert broken or width == 80, shown
    assert _words(lines) == shlex.split(command)[1:], shown


def test_a_command_is_whole_without_seps_or_where_it_fits() -> None:
    """The TUI's dialogs (no ``seps``) keep a part wider than the line whole; a command that
    fits is one line; a part in single quotes is never broken (a "\\" is text there), nor a
    path (on a line of its own, cli31)."""
    command = f"lkj-tui resolve -r {LONG_ID}"
    assert f"  {LONG_ID}" in command_lines(command, 40, 0)
    assert command_lines(command, 120, 0, seps="-") == [command]
    quoted = f"lkj-tui set -r {LONG_ID} 'IKU 1' name 'a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p-q-r-s'"
    assert any(line.strip().startswith("'a-b") for line in command_lines(quoted, 30, 0, seps="-"))
    path = "/data/lkj-store-of-the-bagian-organisasi-kabupaten"
    assert f"  {path}" in command_lines(f"lkj-tui info --store {path}", 40, 0, seps="-")


@PTY
@pytest.mark.parametrize("lang", ["id", "en"])
def test_status_and_resolve_at_40_columns_print_commands_that_paste_whole(offices, lang) -> None:
    """`status` and `resolve` at 40 columns, a conflict in the report of a 76-character id:
    each command's lines fit, its id breaks after a "-" and the shell reads it back whole;
    piped, each command is one line."""
    _long_conflict(offices)
    for args in (("status", "-r", LONG_ID), ("resolve", "-r", LONG_ID)):
        lines = _on_a_terminal(offices, 40, *args, "--lang", lang)
        shown = "\n".join(lines)
        assert all(len(line) <= 40 for line in lines), shown
        assert not any(line.strip() in ("\\", "2025") for line in lines), shown
        begin = next(i for i, line in enumerate(lines) if line.strip().startswith("lkj-tui res"))
        end = begin
        while lines[end].endswith("\\"):
            end += 1
        assert lines[begin + 1].endswith("-\\"), shown  # (the id's first piece)
        words = _words(lines[begin : end + 1])
        assert words[words.index("-r") + 1] == LONG_ID, shown
        assert words[-2:] == ["--store", "opd"] or words[-2:] == ["--lang", "en"], shown
        piped = run_cli(*args, "--lang", lang, "--store", str(offices["tmp"] / "opd"))
        assert f"-r {LONG_ID} --store " in piped.stdout, piped.stdout  # (whole, on one line)


@PTY
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_clone_from_a_folder_not_there_keeps_its_path_and_label_readable(offices, lang) -> None:
    """`sync --clone "<dir>/Bersama LKj/lkj.git"` from a folder not there, at 40 columns: the
    quoted path started at column 0 (the terminal wrapped it there) and the label over the
    command read "…then give the right" / "address with". The path now breaks after a "/"
    under "lkj-tui: ", and the label's last line holds the address with its words."""
    from pathlib import Path

    where = Path(str(offices["tmp"])) / "Bersama LKj" / "lkj.git"
    lines = _on_a_terminal(offices, 40, "sync", "--clone", str(where), "--lang", lang, code=2)
    lines = [line for line in lines if line.strip()]
    shown = "\n".join(lines)
    assert all(len(line) <= 40 for line in lines), shown
    assert all(line.startswith(" " * 9) for line in lines[1:]), shown
    joined = " ".join(line.strip() for line in lines)
    for sep in "/-_":
        joined = joined.replace(f"{sep} ", sep)
    assert f'"{where}"' in joined, shown
    label = {"id": "alamat yang benar dengan", "en": "the right address with"}[lang]
    at = next(n for n, line in enumerate(lines) if line.strip().startswith("lkj-tui sync"))
    assert lines[at - 1].strip().endswith(label), shown
    assert len(lines[at - 2].split()) >= 2, shown  # (no word alone over the label's last line)


@PTY
@pytest.mark.parametrize("lang", ["id", "en"])
def test_offline_and_restore_errors_at_40_columns_keep_paths_and_ids_under_their_words(
    offices, lang
) -> None:
    """Offline at 40 columns, the shared folder renamed away: its path went to column 0
    ("lkj-tui: Luring: folder" / "/tmp/…" wrapped anywhere) and "kirim ke alamat" / "yang
    benar dengan:" split the address. `restore ID --revision N` of a revision not kept put
    the 76-character id at column 0, wrapped mid-word. Now the path breaks after a "/" and
    the id after a "-" under "lkj-tui: ", and the clause over the command stays whole."""
    from pathlib import Path

    from tests.test_share34 import _joined

    tmp = Path(str(offices["tmp"]))
    test_sync.start(offices, "opd")
    Path(str(offices["remote"])).rename(tmp / "gone.git")
    lines = _on_a_terminal(offices, 40, "sync", "--lang", lang, code=3)
    lines = [line for line in lines if line.strip()]
    shown = "\n".join(lines)
    assert all(len(line) <= 40 for line in lines), shown
    first = next(n for n, line in enumerate(lines) if line.startswith("lkj-tui: "))
    last = next(n for n, line in enumerate(lines) if line.rstrip().endswith((" ini.", "laptop.")))
    assert all(line.startswith(" " * 9) for line in lines[first + 1 : last + 1]), shown
    assert str(offices["remote"]) in _joined(lines[first : last + 1]), shown
    clause = {"id": "beri alamat yang benar dengan:", "en": "give the right address with:"}
    assert lines[last + 2].strip() == clause[lang], shown

    import json
    from dataclasses import replace

    from lkj_tui.bundled import load_bundled_report

    report = load_bundled_report()
    report.meta = replace(report.meta, id=LONG_ID)
    (tmp / "long.json").write_text(json.dumps(report.to_document()), encoding="utf-8")
    assert run_cli("import", str(tmp / "long.json"), store=tmp / "opd").returncode == 0
    lines = _on_a_terminal(
        offices, 40, "restore", LONG_ID, "--revision", "99", "--lang", lang, code=2
    )  # a --revision not kept: what was typed names nothing (cli61's rule)
    lines = [line for line in lines if line.strip()]
    shown = "\n".join(lines)
    command = next(n for n, line in enumerate(lines) if line.strip().startswith("lkj-tui "))
    assert all(line.startswith(" " * 9) for line in lines[1:command]), shown
    assert LONG_ID in _joined(lines[:command]), shown
