"""The commands at 40–80 columns, id and en (cli27), through the installed ``lkj-tui``: a report
id the store does not hold refused before the TUI starts; a printed command folded at its
options on a narrow terminal; every runnable command a message names on a line of its own."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_cli

NO_REPORT = {
    "id": "laporan 'nope' tidak ada di penyimpanan",
    "en": "no report 'nope' in the store",
}


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_tui_refuses_a_report_the_store_does_not_hold_before_it_starts(
    store_path: Path, lang: str
) -> None:
    """`lkj-tui -r nope` opened the TUI on no report: a toast named the id, then the screen said
    only "Belum ada laporan. Tekan r untuk memilih." while the key bar offered `a`, `u`, `n`. Now
    it is refused in the terminal, in the words and with the exit status of `status -r nope`,
    naming the reports the store holds; no TUI is started (stdin is not a terminal: a TUI
    started would fail otherwise, or hang until the timeout)."""
    args = ("-r", "nope", "--store", str(store_path), "--lang", lang)
    done = run_cli(*args)  # (a TUI started would hang until run_cli's timeout)
    status = run_cli("status", *args)
    assert done.returncode == status.returncode == 2, done.stderr
    assert done.stdout == "" and done.stderr == status.stderr, done.stderr
    assert NO_REPORT[lang] in done.stderr and "bengkulu-selatan-setda-2023" in done.stderr


def _folded_command(shown: str) -> tuple[list[str], str]:
    """The lines of the command ``shown`` prints on a line of its own (from "lkj-tui " to the
    line that does not end with " \\"), and the command as a shell reads them."""
    lines = shown.rstrip("\n").split("\n")
    at = next(n for n, line in enumerate(lines) if line.lstrip().startswith("lkj-tui set"))
    end = next(n for n in range(at, len(lines)) if not lines[n].endswith(" \\"))
    block = lines[at : end + 1]
    shell = subprocess.run(
        ["sh", "-c", "\n".join(block).replace("lkj-tui", "printf '%s\\n'", 1)],
        capture_output=True,
        text=True,
        check=True,
    )
    return block, shell.stdout


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_command_wider_than_the_terminal_folds_at_its_options(tmp_path: Path, lang: str) -> None:
    """`set IKU 1 realisasi` (the code unquoted, the value forgotten) at 40 columns printed the
    line to type, `lkj-tui set "IKU 1" realisasi NILAI --store "…"`, whole: the terminal broke it
    wherever its line ran out, inside "--store" or between it and its path. Now it is folded
    between its options, each line but the last ending with " \\": the lines, pasted into a
    shell, are the command (each `--option value` whole); piped, one line as before."""
    from tests.test_narrow_terminal import _on_a_terminal

    root = tmp_path / "Data LKj" / "penyimpanan-kabupaten-bengkulu-selatan"
    assert run_cli("init", "--store", str(root)).returncode == 0
    args = ["set", "IKU", "1", "realisasi", "--store", str(root), "--lang", lang]
    code, shown = _on_a_terminal(args, 40)
    assert code == 2, shown
    block, read = _folded_command(shown)
    assert len(block) > 1, shown
    assert all(len(line) <= 40 for line in block[:1]), block
    # an option parted from its value only where the two are wider than a line (cli31):
    # "--store \\" ends a line, its path alone on the next
    at = next(n for n, line in enumerate(block) if line.endswith("--store \\"))
    assert block[at + 1].strip().removesuffix(" \\") == f'"{root}"', block
    english = ["--lang", "en"] if lang == "en" else []
    expected = ["set", "IKU 1", "realisasi", {"id": "NILAI", "en": "VALUE"}[lang]]
    assert read.split("\n")[:-1] == [*expected, "--store", str(root), *english], read
    piped = run_cli(*args, env={"COLUMNS": "40"})
    assert piped.returncode == 2 and piped.stderr.count("\n") == 1, piped.stderr
    assert " \\" not in piped.stderr, piped.stderr


def test_a_command_folds_only_between_its_parts_and_stays_whole_on_windows() -> None:
    """The fold (core/shell.py): each `--option value` and a quoted value one part; a part wider
    than a line alone on its line, never cut; on Windows (no continuation mark both of its shells
    read) the command whole; a megabyte-long path read in linear time."""
    from lkj_tui.core.shell import command_lines, command_parts

    command = 'lkj-tui set "IKU 1" realisasi 2,90 --store "C:\\Data LKj\\kabupaten" --lang en'
    assert command_parts(command) == [
        "lkj-tui set", '"IKU 1"', "realisasi", "2,90", '--store "C:\\Data LKj\\kabupaten"',
        "--lang en",
    ]  # fmt: skip
    assert command_lines(command, 120) == [command]
    assert command_lines(command, 40, 2) == [
        '  lkj-tui set "IKU 1" realisasi 2,90 \\',
        '    --store "C:\\Data LKj\\kabupaten" \\',
        "    --lang en",
    ]
    assert command_lines(command, 40, 2, None) == ["  " + command]  # Windows
    huge = "lkj-tui restore x --store /" + "d" * 1_000_000
    assert command_lines(huge, 40) == ["lkj-tui restore x --store \\", "  /" + "d" * 1_000_000]


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_command_an_error_names_stands_on_its_own_line_and_runs_as_printed(
    tmp_path: Path, lang: str
) -> None:
    """`restore` without an id said "sebutkan id laporan yang dipulihkan (lihat: lkj-tui restore
    --list --store …)": the command inside a sentence's brackets, copied with its ")". Now it
    ends the line after its label; on a terminal, at 80 columns too, it stands on a line of its
    own, and the line as printed lists the store's versions; piped, the error is one line."""
    from tests.test_narrow_terminal import _on_a_terminal

    root = tmp_path / "Data LKj"
    assert run_cli("init", "--store", str(root)).returncode == 0
    assert run_cli("set", "IKU 1", "realisasi", "2,90", "--store", str(root)).returncode == 0
    # (two reports to restore: with one, the error gives its restore command, test_share37)
    made = run_cli("new", "--from", "bengkulu-selatan-setda-2023", "--store", str(root))
    assert made.returncode == 0, made.stderr
    rid = "bengkulu-selatan-setda-2024"
    assert run_cli("set", "-r", rid, "IKU 1", "target", "3", "--store", str(root)).returncode == 0
    args = ["restore", "--store", str(root), "--lang", lang]
    piped = run_cli(*args)
    assert piped.returncode == 2 and piped.stderr.count("\n") == 1, piped.stderr
    assert piped.stderr.rstrip("\n").endswith(
        f'restore --list --store "{root}"' + (" --lang en" if lang == "en" else "")
    ), piped.stderr  # (no ")" after it)
    code, shown = _on_a_terminal(args, 80)
    assert code == 2, shown
    lines = shown.rstrip("\n").split("\n")
    at = next(n for n, line in enumerate(lines) if "lkj-tui restore" in line)
    assert lines[at].startswith("  ") and lines[at].strip().startswith("lkj-tui restore --list")
    end = next(n for n in range(at, len(lines)) if not lines[n].endswith(" \\"))
    env = {"PATH": f"{Path(run_cli.__globals__['LKJ_TUI']).parent}:/usr/bin:/bin"}
    command = "\n".join(lines[at : end + 1])  # (folded at its options: pytest's long path)
    listed = subprocess.run(["sh", "-c", command], capture_output=True, text=True, env=env)
    assert listed.returncode == 0 and "bengkulu-selatan-setda-2023" in listed.stdout, listed


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_missing_argument_of_import_or_set_is_answered_with_the_line_to_type(
    tmp_path: Path, lang: str
) -> None:
    """`lkj-tui import` alone (the first command after the template is filled) said only
    "Kurang argumen 'BERKAS'.", `set "IKU 1" realisasi` only "Kurang argumen 'NILAI'.", and
    `template` in English gave "For example: lkj-tui template -o template.xlsx" without
    --lang en (typed as shown, it answered in Bahasa Indonesia). Each now ends with the line to
    type, with the --store typed and --lang en in English, as every printed command."""
    root = tmp_path / "Data LKj"
    assert run_cli("init", "--store", str(root)).returncode == 0
    store = f' --store "{root}"'
    en = " --lang en" if lang == "en" else ""
    said = {
        "id": (
            "Contoh: lkj-tui import laporan.xlsx",
            'Contoh: lkj-tui set "IKU 1" realisasi NILAI',
        ),
        "en": (
            "For example: lkj-tui import report.xlsx",
            'For example: lkj-tui set "IKU 1" realisasi VALUE',
        ),
    }[lang]
    for args, example in (
        (("import",), said[0] + store + en),
        (("set", "IKU 1", "realisasi"), said[1] + store + en),
        (("set", "IKU 1"), said[1] + store + en),
    ):
        done = run_cli(*args, "--store", str(root), "--lang", lang)
        assert done.returncode == 2 and done.stdout == "", done.stdout
        assert done.stderr.rstrip("\n").endswith(example), done.stderr
    template = run_cli("template", "--lang", lang)
    assert template.returncode == 2, template.stderr
    assert template.stderr.rstrip("\n").endswith(
        "templat.xlsx" if lang == "id" else "template.xlsx --lang en"
    ), template.stderr
