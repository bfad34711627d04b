"""The commands' messages, twenty-second pass of issue 17, second wave (cli32): a folded command's
wide part moves left alone, a short file name suggested by ``new --from``, ``help`` and
``version`` answered with their options."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from lkj_tui.core.shell import POSIX, command_lines
from tests.conftest import run_cli

#: A store folder whose path, with "--store ", is wider than a 40-column line.
LONG_STORE = "cli32-a-rather-long-store-folder-name"


def _folded(lines: list[str], start: str) -> list[str]:
    """The lines of the folded command that begins with ``start``."""
    at = next(n for n, line in enumerate(lines) if line.lstrip().startswith(start))
    end = next(n for n in range(at, len(lines)) if not lines[n].endswith(POSIX))
    return lines[at : end + 1]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


_word = st.text(st.sampled_from("az09-_./漢"), min_size=1, max_size=60).filter(
    lambda w: not w.startswith("-")
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(st.one_of(_word, st.builds("--store {}".format, _word)), min_size=1, max_size=6),
    width=st.integers(min_value=20, max_value=100),
    indent=st.integers(min_value=0, max_value=10),
)
def test_only_a_wide_part_moves_left_of_the_later_lines(
    parts: list[str], width: int, indent: int
) -> None:
    """One wide part pulled every later line of a folded command left (the skipped-file note at
    40 columns: the command at column 9, its later lines at column 1). Now a later line starts
    two spaces under the first unless its own part with its mark would not fit there: then as
    far left as that part needs, and no further."""
    lines = command_lines(" ".join(["lkj-tui set", *parts]), width, indent, POSIX, cell_len)
    for line in lines[1:]:
        body = line.removesuffix(POSIX).strip(" ")
        need = cell_len(body) + (cell_len(POSIX) if line.endswith(POSIX) else 0)
        assert _indent(line) == indent + 2 or (
            need > width - indent - 2 and _indent(line) == max(0, width - need)
        ), (lines, width, indent)


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
def test_the_skipped_file_note_at_40_columns_keeps_its_command_under_the_note(
    tmp_path: Path,
) -> None:
    """A store with a broken file and a long path, at 40 columns: the note's command started at
    column 9 and its later lines at column 1 or 3, as if they were apart. Now the command's
    lines stand under the note; only the path too wide there starts further left; the lines,
    pasted into sh, are the command."""
    from tests.test_narrow_terminal import _on_a_terminal

    store = tmp_path / LONG_STORE
    assert run_cli("init", "--store", str(store)).returncode == 0
    (store / "stray.json").write_text("{broken", encoding="utf-8")
    _code, shown = _on_a_terminal(["status", "--store", str(store)], 40)
    lines = shown.rstrip("\n").split("\n")
    block = _folded(lines, "lkj-tui import")
    assert _indent(block[0]) == 11, shown  # (two spaces under the note's words: cli38)
    for line in block[1:]:
        wide = cell_len(line.removesuffix(POSIX).strip()) + 2 > 40 - 13
        assert _indent(line) == 13 or (wide and cell_len(line) <= 40), block
    assert _indent(block[1]) == 13, block  # (--report stray --overwrite: under the command)
    shell = subprocess.run(
        ["sh", "-c", "\n".join(block).replace("lkj-tui", "printf '%s\\n'", 1)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert shell.stdout.split("\n")[-2] == str(store), shell.stdout


@pytest.mark.parametrize(
    ("typed", "lang", "said"),
    [
        (["help"], "id", "help ditulis sebagai opsi: lkj-tui -h"),
        (["HELP"], "en", "HELP is written as an option: lkj-tui -h --lang en"),
        (["help", "status"], "id", "help ditulis sebagai opsi: lkj-tui status -h"),
        (["version"], "id", "version ditulis sebagai opsi: lkj-tui --version"),
        (["versi"], "en", "versi is written as an option: lkj-tui --version --lang en"),
    ],
)
def test_help_and_version_typed_as_commands_are_answered_with_their_options(
    tmp_path: Path, typed: list[str], lang: str, said: str
) -> None:
    """`lkj-tui help`, `version`, `HELP` got "Perintah 'help' tidak ada." (and, after a
    `--store`, a hint to quote "STORE help" as a path), where `/?` is answered with `-h`. Now
    the option is named with the line to type, which runs."""
    store = tmp_path / "s"
    assert run_cli("init", "--store", str(store)).returncode == 0
    english = ["--lang", "en"] if lang == "en" else []
    done = run_cli("--store", str(store), *typed, *english)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().split("\n")
    assert lines[-1] == said and "petik" not in done.stderr, done.stderr
    again = run_cli(*said.partition(": lkj-tui ")[2].split())
    assert again.returncode == 0 and again.stdout.strip(), again.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_mistyped_option_before_its_command_gets_the_commands_close_option(
    tmp_path: Path, lang: str
) -> None:
    """`lkj-tui -jsn status` got "Opsi tidak dikenal: -jsn" and nothing more, where `status
    -jsn` gets "--json". Now the command's option close to it is named, with the line that
    puts it after the command, which runs."""
    store = tmp_path / "s"
    assert run_cli("init", "--store", str(store)).returncode == 0
    done = run_cli("--store", str(store), "-jsn", "status", "--lang", lang)
    assert done.returncode == 2, done.stderr
    said = {
        "id": "Opsi tidak dikenal: -jsn. Opsi perintah status yang mirip: --json, ditulis "
        "sesudahnya: ",
        "en": "No such option: -jsn. The command status's option close to it: --json, written "
        "after it: ",
    }[lang]
    line = f"lkj-tui --store {store} status --json --lang {lang}"
    assert done.stderr.strip().split("\n")[-1].endswith(said + line), done.stderr
    again = run_cli(*line.split()[1:])
    assert again.returncode == 0 and again.stdout.lstrip().startswith("{"), again.stderr


def test_new_from_suggests_a_workbook_name_that_fits_an_80_column_line(store_path: Path) -> None:
    """`new --from` of a kabupaten's office suggested `-o <76-character id>.xlsx`, 81
    characters, which an 80-column terminal wrapped mid-name. Now the name is the id's first
    words that fit 40 characters with the year; the two lines it gives, run, round-trip."""
    from lkj_tui.bundled import BUNDLED_REPORT_ID
    from lkj_tui.cli.new import workbook_name

    rid = "bengkulu-selatan-badan-kepegawaian-dan-pengembangan-sumber-daya-manusia-2024"
    assert workbook_name(rid, 2024) == "bengkulu-selatan-badan-kepegawaian-2024.xlsx"
    assert workbook_name("setda-2024", 2024) == "setda-2024.xlsx"
    args = ["new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", "--report", rid]
    done = run_cli(*args, store=store_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    name = "bengkulu-selatan-badan-kepegawaian-2024.xlsx"
    assert f"  lkj-tui export --report {rid} -f xlsx -o {name}" in lines, lines
    assert f"  lkj-tui import {name} --report {rid} --overwrite" in lines, lines
    work = store_path.parent
    for line in lines:
        if line.startswith(("  lkj-tui export", "  lkj-tui import")):
            ran = run_cli(*line.split()[1:], store=store_path, cwd=work)
            assert ran.returncode == 0, ran.stderr
    assert (work / name).is_file()
