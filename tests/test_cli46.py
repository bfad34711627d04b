"""cli46: the commands: a long id keeps its year, a missing store said first, `--store` where
it goes, an empty folder made a store said piped too, a help's last words kept together."""

from __future__ import annotations

import os
import re
import shlex
from itertools import pairwise
from pathlib import Path

import pytest

from tests.conftest import LKJ_TUI, run_cli

#: A kabupaten OPD's report id, 61 characters: at 58–61 columns its last "-" that fits the line
#: is the one before "2025".
LONG_ID = "bengkulu-selatan-dinas-pemberdayaan-masyarakat-dan-desa-2025"

PTY = pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")


@pytest.fixture(scope="module")
def long_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled report and an empty one with :data:`LONG_ID`, made through the command."""
    store = tmp_path_factory.mktemp("cli46") / "s"
    assert run_cli("init", store=store).returncode == 0
    made = run_cli("new", "--instansi", "Dinas PMD", "--tahun", "2025", "-r", LONG_ID, store=store)
    assert made.returncode == 0, made.stderr
    return store


def _on_a_terminal(store: Path, columns: int, *args: str, code: int = 0) -> list[str]:
    """``lkj-tui ARGS --store STORE`` on a pseudo-terminal ``columns`` wide: the lines it wrote
    (a line the terminal wraps is one); its exit status ``code``."""
    from reliability.pty_capture import run_in_pty

    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env |= {"COLUMNS": str(columns), "NO_COLOR": "1"}
    line = " ".join(map(shlex.quote, [str(LKJ_TUI), *args, "--store", str(store)]))
    done = run_in_pty(["sh", "-c", f"exec {line}"], env=env, size=(columns, 24))
    shown = done.output.decode("utf-8", "replace").replace("\r\n", "\n")
    assert done.returncode == code, shown
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown).split("\n")


def _id_lines(lines: list[str]) -> list[str]:
    """The lines of :data:`LONG_ID` where a listing broke it: from its first piece's line (two
    cells in) while each ends with a "-"."""
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("bengkulu-selatan-"))
    pieces = [lines[at]]
    while pieces[-1].endswith("-"):
        pieces.append(lines[at + len(pieces)])
    return pieces


@PTY
@pytest.mark.parametrize(("command", "code"), [("status", 0), ("check", 1), ("info", 0)])
@pytest.mark.parametrize("columns", [60, 61])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_listing_never_leaves_the_year_of_an_id_alone(
    long_store: Path, command: str, code: int, columns: int, lang: str
) -> None:
    """At 60–61 columns `status --all`, `check --all` and `info` broke the id after its last
    "-" that fit: "…-masyarakat-dan-desa-" / "2025", the year alone on a line, read apart from
    its id. The break is now one "-" earlier, "…-dan-" / "desa-2025"; every line fits and the
    pieces join back whole."""
    args = [command, "--all"] if command != "info" else [command]
    lines = _on_a_terminal(long_store, columns, *args, "--lang", lang, code=code)
    shown = "\n".join(lines)
    pieces = _id_lines(lines)
    assert len(pieces) == 2, shown
    assert all(len(piece) <= columns for piece in pieces), shown
    assert "".join(piece.strip() for piece in pieces) == LONG_ID, shown
    assert pieces[-1].strip() == "desa-2025", shown


@PTY
@pytest.mark.parametrize("columns", [36, 61])
def test_a_folded_command_never_puts_the_year_of_an_id_alone_before_its_mark(
    tmp_path: Path, columns: int
) -> None:
    """The commands `new` prints to open the report and to import into it, folded at 36 or 61
    columns, put the id's year alone on a line before the " \\" that joins it to the next
    ("2025 \\"). The year now goes with the piece before it; pasted, each command is the one
    typed."""
    other = tmp_path / "other"
    assert run_cli("init", store=other).returncode == 0
    lines = _on_a_terminal(
        other, columns, "new", "--instansi", "Dinas PMD", "--tahun", "2025", "-r", LONG_ID
    )
    shown = "\n".join(lines)
    starts = [i for i, line in enumerate(lines) if line.startswith("  lkj-tui ")]
    assert len(starts) == 2, shown
    for at in starts:
        end = next(i for i in range(at, len(lines)) if not lines[i].endswith("\\"))
        command = lines[at : end + 1]
        assert not any(re.fullmatch(r"\s*\w{1,4}( \\)?", line) for line in command), shown
        typed = ""  # (as a POSIX shell reads it: "\\" and its line's end removed)
        for line in command:
            typed += line.strip() if not line.endswith("\\") else line.lstrip()[:-1]
        assert f"--report {LONG_ID} " in " ".join(typed.split()), shown


@pytest.mark.parametrize("whole", [False, True])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_export_to_an_existing_file_says_first_that_the_store_is_missing(
    tmp_path: Path, whole: bool, lang: str
) -> None:
    """`export -o EXISTING --store MISSING` asked for `--force`; given it, the user then heard
    the store was missing, the real problem. The missing store is now said first, and neither
    the file nor the folder is touched."""
    out = tmp_path / "notulen.md"
    out.write_text("kept\n", encoding="utf-8")
    missing = tmp_path / "lkj-typo"
    args = ["export", *(["--all"] if whole else []), "-o", str(out), "--store", str(missing)]
    done = run_cli(*args, "--lang", lang)
    said = {"id": "tidak ada; tidak dibuat", "en": "does not exist; this command does not"}
    assert done.returncode == 2, done.stderr
    assert said[lang] in done.stderr and str(missing) in done.stderr, done.stderr
    assert "--force" not in done.stderr, done.stderr
    assert out.read_text(encoding="utf-8") == "kept\n"
    assert not missing.exists()


@pytest.mark.parametrize("command", [["calc", "90", "100"], ["template", "-o", "t.xlsx"]])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_command_without_a_store_shows_one_that_takes_it_as_typed(
    tmp_path: Path, command: list[str], lang: str
) -> None:
    """`calc --store X` said a command that uses a store takes it "before the command's name",
    though after it works as well (every command the CLI prints has it there). It now shows
    the command with ``--store`` after it, and says no rule that is not true; the command it
    shows runs."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    done = run_cli(*command, "--store", str(store), "--lang", lang, cwd=tmp_path)
    assert done.returncode != 0, done.stdout
    said = done.stderr.strip()
    assert "sebelum nama perintah" not in said and "before the command" not in said, said
    shown = said[said.rindex("lkj-tui ") :]
    tail = " --lang en" if lang == "en" else ""  # (as every English command shown: cli68)
    assert shown.endswith(f" --store {store}{tail}"), said
    if command[0] == "calc":  # (template's, `import t.xlsx`, needs the filled-in file)
        again = run_cli(*shown.split()[1:], cwd=tmp_path)
        assert again.returncode == 0, again.stderr


@pytest.mark.parametrize("command", [["status"], ["set", "IKU 1", "realisasi", "3"]])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_empty_folder_typed_as_the_store_is_said_to_get_the_bundled_report_piped_too(
    tmp_path: Path, command: list[str], lang: str
) -> None:
    """An empty folder typed with ``--store`` becomes a store holding the bundled report (cli33);
    piped, nothing said so, and `set` wrote into that sample as if it were the user's report (a
    script's folder, an unmounted share's empty mount point). One line on stderr now says it,
    piped too, once; a store configured once ($LKJ_TUI_STORE) stays quiet piped (cli38)."""
    from lkj_tui.bundled import BUNDLED_REPORT_ID

    folder = tmp_path / "LKj"
    folder.mkdir()
    done = run_cli(*command, "--store", str(folder), "--lang", lang)
    assert done.returncode == 0, done.stderr
    said = {
        "id": f"lkj-tui: penyimpanan baru dibuat di {folder}, berisi laporan bawaan sebagai "
        f"contoh; impor laporan Anda: lkj-tui import BERKAS.xlsx --store {folder}",
        "en": f"lkj-tui: a new store was created in {folder}, holding the bundled report as a "
        f"sample; import your own report: lkj-tui import FILE.xlsx --store {folder} --lang en",
    }[lang]
    assert done.stderr == said + "\n", done.stderr
    assert (folder / f"{BUNDLED_REPORT_ID}.json").exists()
    again = run_cli(*command, "--store", str(folder), "--lang", lang)
    assert again.returncode == 0 and again.stderr == "", again.stderr


#: The commands whose help is read (the root's first).
HELPS = [[], *([c] for c in ["import", "status", "check", "export", "set", "sync", "log"])]


@PTY
@pytest.mark.parametrize("columns", [40, 60, 80])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_help_never_leaves_a_short_last_word_alone_on_a_line(columns: int, lang: str) -> None:
    """At 40 columns click's help left "exit." alone under "Show this message and", "dulu."
    under "… per laporan, terburuk", "0]" under "[default:" (27 such lines over the commands'
    helps, 10 at 60 columns, 2 at 80). The last words of each help now stay together: no line
    of a help holds one word of four letters or fewer after a line of the same help, and every
    line fits."""
    from reliability.pty_capture import run_in_pty

    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env |= {"COLUMNS": str(columns), "NO_COLOR": "1"}
    for command in HELPS:
        args = [str(LKJ_TUI), *command, "-h", "--lang", lang]
        done = run_in_pty(args, env=env, size=(columns, 24))
        shown = done.output.decode("utf-8", "replace").replace("\r\n", "\n")
        lines = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown).split("\n")
        assert done.returncode == 0, shown
        assert all(len(line) <= columns for line in lines), shown
        alone = [
            line
            for before, line in pairwise(lines)
            if before.strip() and re.fullmatch(r" +\S{1,4}", line) and line.strip()[0] != "-"
        ]
        assert alone == [], shown
