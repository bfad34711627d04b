"""The commands' help and their answers to bad input at 40 and 80 columns (cli25), through the
installed ``lkj-tui``: an option's placeholder and a store's path stay whole where a line of their
own holds them; a mistyped report or an unquoted code gets the way out."""

from __future__ import annotations

import shlex
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.conftest import run_cli

WORDS = {"id": ("Penyimpanan:", "NILAI"), "en": ("Store:", "VALUE")}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("command", [(), ("info",)])
def test_the_store_in_use_stays_whole_at_40_columns(
    tmp_path: Path, lang: str, command: tuple[str, ...]
) -> None:
    """`lkj-tui --help` and `info` wrote "Penyimpanan: /root/.local/share/lkj-tui/store" (47
    cells) on one line at 40 columns: the terminal broke the path. Now the path goes under its
    label where the two do not fit, whole; at 80 columns they share a line."""
    root = tmp_path / "penyimpanan-lkj-kabupaten"
    assert run_cli("init", "--store", str(root)).returncode == 0
    label = WORDS[lang][0]
    for columns in (40, 80):
        args = (*command, "--lang", lang) if command else ("--lang", lang, "--help")
        done = run_cli(*args, store=root, env={"COLUMNS": str(columns)})
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        at = next(i for i, line in enumerate(lines) if line.strip().startswith(label))
        if len(str(root)) + len(label) + 3 > columns:
            assert lines[at].strip() == label and lines[at + 1].strip() == str(root), lines
        else:
            assert lines[at].strip() == f"{label} {root}", lines
        assert all(len(line) <= columns for line in lines if str(root) not in line), lines


@pytest.mark.parametrize("lang", ["id", "en"])
def test_check_help_keeps_its_severity_placeholder_whole_at_40_columns(lang: str) -> None:
    """`check -h` at 40 columns wrote "  --severity <kesalahan|peringatan|catatan>" (43 cells):
    the terminal broke the placeholder. Now it goes under the option's name, whole."""
    done = run_cli("check", "-h", "--lang", lang, env={"COLUMNS": "40"})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert all(len(line) <= 40 for line in lines), [x for x in lines if len(x) > 40]
    levels = "<kesalahan|peringatan|catatan>" if lang == "id" else "<error|warning|info>"
    assert any(line.strip() in (levels, f"--severity {levels}") for line in lines), lines


@pytest.mark.parametrize("lang", ["id", "en"])
def test_restore_list_of_a_report_not_in_the_store_names_those_there_are(
    store_path: Path, lang: str
) -> None:
    """`restore --list nope` said only "tidak ada versi tersimpan untuk laporan nope": a
    mistyped id read as a report with no versions. Now it says there is no such report and
    names those the store holds, as `restore nope` does."""
    done = run_cli("restore", "--list", "nope", "--store", str(store_path), "--lang", lang)
    assert done.returncode == 2
    said = " ".join(done.stderr.split())
    expected = {"id": "laporan 'nope' tidak ada", "en": "no report 'nope'"}[lang]
    assert expected in said and BUNDLED_REPORT_ID in said, said
    listed = run_cli("restore", "--list", "nope", "--json", "--store", str(store_path))
    assert listed.returncode == 0 and '"reports": []' in listed.stdout  # (scripts: as before)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_set_with_a_code_unquoted_and_no_value_prints_the_line_to_type(
    store_path: Path, lang: str
) -> None:
    """`set IKU 1 realisasi` (the code unquoted, the value forgotten) said "node 'IKU' is not in
    the report: give the node's code": the user had. Now it says how the words were read and
    prints the line to type, which, its value filled in, sets the value."""
    done = run_cli(
        "set", "IKU", "1", "realisasi", "--store", str(store_path), "--lang", lang,
        env={"COLUMNS": "80"},
    )  # fmt: skip
    assert done.returncode == 2
    said = " ".join(done.stderr.split())
    assert "'IKU 1'" in said and "'realisasi'" in said, said
    fill = WORDS[lang][1]
    command = shlex.split(said[said.index("lkj-tui set ") :])
    assert command[:5] == ["lkj-tui", "set", "IKU 1", "realisasi", fill], command
    command[4] = "2,90"
    typed = run_cli(*command[1:])
    assert typed.returncode == 0, typed.stderr
    shown = run_cli("status", "--json", "--store", str(store_path)).stdout
    assert '"2,90"' in shown


@pytest.mark.parametrize("lang", ["id", "en"])
def test_sync_clone_without_its_address_says_so_with_the_line_to_type(
    tmp_path: Path, lang: str
) -> None:
    """`sync --clone --store "D:\\Data LKj"` (the address forgotten) read "--store" as the
    address and the folder as a stray REMOTE, and said to quote a path with a space:
    `--clone "--store D:\\Data LKj"`. Now it says --clone needs the address, and the line to
    type keeps the store as typed (quoted); nothing is made."""
    folder = tmp_path / "Data LKj"
    done = run_cli("sync", "--clone", "--store", str(folder), "--lang", lang)
    assert done.returncode == 2
    said = " ".join(done.stderr.split())
    assert "--clone" in said and "'--store'" in said and '"--store' not in said, said
    fill = {"id": "ALAMAT", "en": "REMOTE"}[lang]
    command = shlex.split(said[said.index("lkj-tui sync --clone") :])
    assert command[:4] == ["lkj-tui", "sync", "--clone", fill], command
    assert command[command.index("--store") + 1] == str(folder), command
    assert ("--lang" in command) == (lang == "en")
    assert not folder.exists()
