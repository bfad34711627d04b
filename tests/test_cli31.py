"""The commands' messages, twenty-second pass of issue 17 (cli31): a folded command's long value
on a line of its own, a command's option typed before the command named as written."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from lkj_tui.core.shell import POSIX, command_lines, command_parts
from tests.conftest import run_cli

#: A kabupaten's report id (76 characters): wider than an 80-column line with "--report ".
LONG_ID = "bengkulu-selatan-badan-kepegawaian-dan-pengembangan-sumber-daya-manusia-2025"

#: Hostile words: wide characters, a backslash inside, markup, up to 90 characters.
_word = st.text(st.sampled_from("az09-_./\\:[]漢é"), min_size=1, max_size=90).filter(
    lambda w: not w.startswith("-") and not w.endswith("\\")
)
_part = st.one_of(
    _word,
    st.builds(lambda n, v: f"--{n} {v}", st.sampled_from(["store", "report", "init"]), _word),
    st.builds(lambda a, b: f'--store "{a} {b}"', _word, _word),
    st.builds(lambda v: f"-o {v}", _word),
    st.sampled_from(["--all", "--json"]),
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(_part, min_size=1, max_size=7),
    width=st.integers(min_value=20, max_value=130),
    indent=st.integers(min_value=0, max_value=8),
)
@example(parts=["--report " + LONG_ID, "7e747367", "target", "NILAI"], width=80, indent=2)
@example(
    parts=["--init ALAMAT", "--store /tmp/cli31-a-rather-long-store-folder"], width=36, indent=2
)
def test_a_value_too_wide_with_its_option_gets_a_line_of_its_own(
    parts: list[str], width: int, indent: int
) -> None:
    """`new --from` at 80 columns printed `--report <76-character id>` on one line, which the
    terminal cut mid-id; a toast (36 cells at 80×24) put a long `--store` path under its option
    with no " \\". Now an option and its value part only where the two with the mark are wider
    than the line: the option ends its line, the value starts the next. Every line fits with its
    mark but one holding a single word wider than that (never cut); no line is the mark alone;
    the lines read back as the command."""
    command = " ".join(["lkj-tui set", *parts])
    flags = ("--all", "--json")
    lines = command_lines(command, width, indent, POSIX, cell_len, flags)
    read = " ".join(line.removesuffix(POSIX).strip(" ") for line in lines)
    assert read == command, lines
    if len(lines) == 1:
        return
    pieces = command_parts(command, flags)
    for n, line in enumerate(lines):
        body, last = line.removesuffix(POSIX).strip(" "), n == len(lines) - 1
        assert line.endswith(POSIX) != last and body, lines
        if cell_len(line) > width:  # one word alone, too wide for any line with its mark
            assert '"' in body or " " not in body, (line, width)
            assert cell_len(body) + (0 if last else 2) > width, (line, width)
    for n, piece in enumerate(pieces):  # an option and its value parted only where too wide
        option, space, _ = piece.partition(" ")
        parted = any(line.rstrip(POSIX).endswith(option) for line in lines) and space
        kept = any(piece in line for line in lines)
        mark = 0 if n == len(pieces) - 1 else 2
        assert kept or (parted and cell_len(piece) + mark > width), (piece, lines)


def _folded(lines: list[str], start: str) -> list[str]:
    """The lines of the folded command that begins with ``start``."""
    at = next(n for n, line in enumerate(lines) if line.lstrip().startswith(start))
    end = next(n for n in range(at, len(lines)) if not lines[n].endswith(" \\"))
    return lines[at : end + 1]


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_long_report_id_is_never_cut_by_the_terminal_at_80_columns(
    tmp_path: Path, lang: str
) -> None:
    """`new` of a kabupaten's office at 80 columns: "--report <76-character id>" was one part of
    85 cells, cut mid-id by the terminal. Now "--report \\" ends a line and the id stands whole
    on the next; the lines, pasted into sh, are the command; piped, one line as before."""
    from tests.test_narrow_terminal import _on_a_terminal

    store = tmp_path / "s"
    assert run_cli("init", "--store", str(store)).returncode == 0
    args = ["new", "--instansi", "Badan Kepegawaian", "--tahun", "2025", "--report", LONG_ID]
    code, shown = _on_a_terminal([*args, "--store", str(store), "--lang", lang], 80)
    assert code == 0, shown
    lines = shown.rstrip("\n").split("\n")
    block = _folded(lines, "lkj-tui --report")
    assert all(cell_len(line) <= 80 for line in block), block
    assert block[0].endswith("--report \\") and block[1].strip() == LONG_ID + " \\", block
    shell = subprocess.run(
        ["sh", "-c", "\n".join(block).replace("lkj-tui", "printf '%s\\n'", 1)],
        capture_output=True,
        text=True,
        check=True,
    )
    english = ["--lang", "en"] if lang == "en" else []
    assert shell.stdout.split("\n")[:-1] == ["--report", LONG_ID, "--store", str(store), *english]
    piped = run_cli(*args[:-2], "--report", "x-2024", "--store", str(store), env={"COLUMNS": "80"})
    assert piped.returncode == 0 and " \\" not in piped.stdout, piped.stdout


def test_a_toast_sets_a_long_store_path_under_its_option_with_the_mark() -> None:
    """A toast at 80×24 (36 cells a line) wrapped `--store /tmp/…-folder-name` between the
    option and its path, no " \\" after "--store": the lines read as two commands. Now the
    option ends its line with the mark and the path stands on the next."""
    from lkj_tui.tui.text import commands_apart, toast_room

    store = "/tmp/cli31-a-rather-long-store-folder-name"
    text = f"Penyimpanan ini belum dibagikan. Bagikan dengan: lkj-tui sync --init ALAMAT --store {store}"
    lines = commands_apart(text, 80).split("\n")
    room = toast_room(80)
    # (the path, wider than the toast, broken at its separators: Textual cut it mid-word, cli32)
    path = ["    /tmp/", "    cli31-a-rather-long-store-↩", "    folder-name"]
    assert lines[1:] == ["  lkj-tui sync --init ALAMAT \\", "    --store \\", *path], lines
    assert all(cell_len(line) <= room for line in lines[1:]), lines


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_commands_option_before_the_command_is_named_as_written_with_where_it_goes(
    tmp_path: Path, lang: str
) -> None:
    """`lkj-tui -json status` (a Windows habit: one dash, before the command) got click's "Opsi
    tidak dikenal: -j", a letter nobody typed. Now the option is named as written, said to be
    the command's, to go after it (with two dashes), with the line to type, which runs."""
    store = tmp_path / "s"
    assert run_cli("init", "--store", str(store)).returncode == 0
    done = run_cli("--store", str(store), "-json", "status", "--lang", lang)
    assert done.returncode == 2, done.stderr
    error = done.stderr.strip().split("\n")[-1]
    said = {
        "id": "-json adalah opsi perintah status, ditulis sesudahnya dengan dua tanda minus: ",
        "en": "-json is an option of the command status, written after it with two dashes: ",
    }[lang]
    line = f"lkj-tui --store {store} status --json --lang {lang}"
    assert error.endswith(said + line), error
    again = run_cli(*line.split()[1:])
    assert again.returncode == 0 and again.stdout.lstrip().startswith("{"), again.stderr
    exported = run_cli("-o", "notulen.md", "export", "--store", str(store), cwd=tmp_path)
    assert exported.stderr.strip().endswith(
        "-o adalah opsi perintah export, ditulis sesudahnya: "
        f"lkj-tui export -o notulen.md --store {store}"
    ), exported.stderr
    unknown = run_cli("status", "-jsn", "--store", str(store))  # (after it: named as written)
    assert "Opsi tidak dikenal: -jsn (Opsi yang mirip: --json)" in unknown.stderr, unknown.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_option_written_with_a_slash_is_answered_with_its_dashes(
    tmp_path: Path, lang: str
) -> None:
    """Windows' own commands take `/o`, `/json`, `/?`: `export /o x.md` got "Ada argumen
    berlebih yang tidak dikenal (/o x.md)" and "Jalur yang berisi spasi harus diberi tanda
    petik: "/o x.md"", a path nobody meant. Now the option is named as written with how it is
    written here; a path that starts with a slash is still a path."""
    store = tmp_path / "s"
    assert run_cli("init", "--store", str(store)).returncode == 0
    said = {
        "id": ("ditulis dengan tanda minus", "ditulis dengan dua tanda minus"),
        "en": ("is written with a dash", "is written with two dashes"),
    }[lang]
    for args, error in (
        (["export", "/o", "x.md"], f"/o {said[0]}: -o"),
        (["status", "/JSON"], f"/JSON {said[1]}: --json"),
        (["status", "/?"], f"/? {said[0]}: -h"),
    ):
        done = run_cli(*args, "--store", str(store), "--lang", lang, cwd=tmp_path)
        assert done.returncode == 2, done.stderr
        assert done.stderr.strip().split("\n")[-1].endswith(error), done.stderr
        assert "x.md" not in done.stderr.split("\n")[-2], done.stderr  # (no path to quote)
    missing = run_cli("import", "/nowhere.xlsx", "--store", str(store), "--lang", lang)
    assert missing.returncode == 2 and "/nowhere.xlsx" in missing.stderr, missing.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_refused_overwrite_ends_with_the_line_that_overwrites(tmp_path: Path, lang: str) -> None:
    """`export -o notulen.md` a second time said "(pakai --force untuk menimpa)", and `import`
    of a report the store holds "(pakai --overwrite untuk menimpa; …)": the user had to build
    the line. Now each ends with the command as typed, the option added (before a `--lang en`
    that ends it, a path with a space quoted), and that line, run as printed, overwrites."""
    from tests.conftest import LKJ_TUI

    store = tmp_path / "s"
    assert run_cli("init", "--store", str(store)).returncode == 0
    (tmp_path / "Data LKj").mkdir()
    english = ["--lang", "en"] if lang == "en" else []
    env = {"PATH": f"{LKJ_TUI.parent}:/usr/bin:/bin", "NO_COLOR": "1", "LKJ_TUI_STORE": str(store)}
    for args, option in (
        (["export", "-o", "Data LKj/notulen rapat.md", *english], "--force"),
        (["export", "-f", "xlsx", "-o", "Data LKj/lkj 2023.xlsx", *english], "--force"),
        (["import", "Data LKj/lkj 2023.xlsx", *english], "--overwrite"),
    ):
        first = run_cli(*args, store=store, cwd=tmp_path)
        if args[0] == "export":
            assert first.returncode == 0, first.stderr
            first = run_cli(*args, store=store, cwd=tmp_path)
        assert first.returncode == 1, first.stderr
        quoted = " ".join(f'"{w}"' if " " in w else w for w in args[: -2 if english else None])
        line = f"lkj-tui {quoted} {option}" + (" --lang en" if english else "")
        assert first.stderr.rstrip("\n").endswith(": " + line), first.stderr
        again = subprocess.run(
            ["sh", "-c", line], capture_output=True, text=True, env=env, cwd=tmp_path
        )
        assert again.returncode == 0, again.stderr
