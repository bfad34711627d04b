"""cli48: the commands' help and usage errors at narrow widths."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from lkj_tui.cli.plain import PATH_SEPS
from tests.conftest import run_cli
from tests.test_cli43 import _folded_in_pty
from tests.test_cli46 import PTY, _on_a_terminal


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


@PTY
@pytest.mark.parametrize("columns", [36, 40, 44])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_news_example_stands_under_its_label_or_four_in(
    tmp_path: Path, columns: int, lang: str
) -> None:
    """`new --store STORE` without its office at 40 columns printed its example with
    "lkj-tui new \\" at column 8, under the message's words at 9, its options at 10: as far
    left as ``--instansi "Dinas Kesehatan" \\`` needed, a column off the words, as if misaligned
    (a command stood at any column from 4 to 10). It now stands two spaces in from the words
    where its widest line fits there, else 4 in, its options two further; pasted into sh, the
    lines are the command."""
    assert run_cli("init", store=tmp_path / "s").returncode == 0
    block = _folded_in_pty(tmp_path, columns, "new", "--store", "s", "--lang", lang)
    shown = "\n".join(block)
    hang = len("lkj-tui: ")
    assert len(block) > 1 and all(len(line) <= columns for line in block), shown
    first = _indent(block[0])
    widest = max(len(line.strip()) for line in block[1:])
    assert first == (hang + 2 if hang + 4 + widest <= columns else 4), shown
    assert all(_indent(line) == first + 2 for line in block[1:]), shown
    shell = subprocess.run(
        ["sh", "-c", "\n".join(block).replace("lkj-tui", "printf '%s\\n'", 1)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert shell.stdout.split("\n")[:4] == ["new", "--instansi", "Dinas Kesehatan", "--tahun"]
    assert "\n--store\ns\n" in shell.stdout, shell.stdout


@PTY
@pytest.mark.parametrize("columns", [30, 40, 60])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_usage_errors_help_hint_is_a_command_under_its_label(columns: int, lang: str) -> None:
    """`python -m lkj_tui status --bogus --lang en` kept click's own "Try 'python -m lkj_tui
    status -h' for help.", which a 40-column terminal broke before "help.", left alone on its
    line, and whose command answers in Bahasa Indonesia: only a hint naming "lkj-tui" was
    rewritten. Whatever the program's name, the hint is now "Help:" (in Bahasa Indonesia
    "Bantuan:") with the command to type at its line's end, ``--lang en`` in English; folded,
    its lines are that command."""
    import os
    import re
    import shlex
    import sys

    from reliability.pty_capture import run_in_pty

    english = ["--lang", "en"] if lang == "en" else []
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env |= {"COLUMNS": str(columns), "NO_COLOR": "1"}
    line = " ".join(map(shlex.quote, [sys.executable, "-m", "lkj_tui", "status", "--bogus"]))
    done = run_in_pty(["sh", "-c", f"exec {line} {' '.join(english)}"], env=env, size=(columns, 24))
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", done.output.decode("utf-8", "replace"))
    lines = shown.replace("\r\n", "\n").split("\n")
    assert done.returncode == 2, shown
    assert "Try" not in shown and "help." not in shown, shown
    label = "Help: " if lang == "en" else "Bantuan: "
    at = next(n for n, line in enumerate(lines) if line.startswith(label))
    end = next(n for n in range(at, len(lines)) if not lines[n].endswith(" \\"))
    hint = "\n".join(lines[at : end + 1])[len(label) :]
    assert all(len(line) <= columns for line in lines), shown
    said = subprocess.run(
        ["sh", "-c", hint.replace("python", "printf '%s '", 1)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert said.stdout.split() == ["-m", "lkj_tui", "status", "-h", *english], shown


def test_a_width_given_in_columns_is_not_asked_of_the_terminal(tmp_path: Path) -> None:
    """`import` of indicators to a file with ``COLUMNS`` set (no ``LINES``) asked the
    terminal's size on stdin, stdout and stderr for every warning it folded (300: 906 times),
    for a width it then put aside for ``COLUMNS``'. The width given is now taken as it is: the
    warnings folded to it, the terminal never asked."""
    import csv
    import os
    import sys

    rows = [["level", "kode", "uraian", "satuan", "target", "realisasi", "instansi", "tahun"]]
    rows += [["tujuan", "T1", "Tujuan", "", "", "", "Dinas Uji", "2024"]]
    rows += [["sasaran", "S1", "Sasaran", "", "", "", "", ""]]
    rows += [["iku", f"IKU {n}", f"Indikator {n}", "%", "90", f"x{n}", "", ""] for n in range(30)]
    sheet = tmp_path / "lkj.csv"
    with sheet.open("w", newline="", encoding="utf-8") as out:
        csv.writer(out, delimiter=";").writerows(rows)
    counted = tmp_path / "asked"
    run = (  # (the command, its os.get_terminal_size counted)
        "import atexit, os, sys\n"
        "asked, real = [], os.get_terminal_size\n"
        "os.get_terminal_size = lambda *a: (asked.append(a), real(*a))[1]\n"
        f"atexit.register(lambda: open({str(counted)!r}, 'w').write(str(len(asked))))\n"
        "sys.argv[0] = 'lkj-tui'\n"
        "from lkj_tui.cli.main import main\n"
        "main()\n"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("LINES", "LKJ_TUI_STORE")}
    env |= {"COLUMNS": "60", "NO_COLOR": "1"}
    args = ["import", str(sheet), "--dry-run", "--store", str(tmp_path / "s")]
    done = subprocess.run(
        [sys.executable, "-c", run, *args],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split("\n")
    assert sum(line.startswith("  - IKU ") for line in lines) == 30, done.stdout
    folded = [line for line in lines if not line.startswith("Untuk mengimpornya: ")]
    assert max(map(len, folded)) <= 60, done.stdout  # (folded to COLUMNS, under their dash;
    # the command to type last, whole: walk57)
    assert sum(line.startswith("    kosongkan sel") for line in lines) == 30, done.stdout
    assert counted.read_text() == "0"


def _broken_bundled(tmp_path: Path) -> tuple[Path, str]:
    """A store whose only report, the bundled one, was cut short: its folder and the id."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    (path,) = store.glob("*.json")
    path.write_bytes(path.read_bytes()[:300])
    return store, path.stem


@pytest.mark.parametrize("lang", ["id", "en"])
def test_info_tells_to_restore_a_broken_bundled_report_as_status_does(
    tmp_path: Path, lang: str
) -> None:
    """`info` on a store whose bundled report was cut short said "Belum ada versi cadangan
    (lkj-tui restore tidak dapat membantu)" and to import the report again, where `status`
    said to restore it from the bundled report, which `restore` does. `info` now says so too,
    with the command that does it."""
    store, rid = _broken_bundled(tmp_path)
    english = ["--lang", "en"] if lang == "en" else []
    info = run_cli("info", *english, store=store)
    status = run_cli("status", *english, store=store)
    assert info.returncode == 0 and status.returncode == 1, info.stderr
    said = "Restore it from the bundled report" if lang == "en" else "Pulihkan dari laporan bawaan"
    assert said in info.stdout and said in status.stderr, info.stdout
    assert "restore" in info.stdout and "--overwrite" not in info.stdout, info.stdout
    assert "cannot help" not in info.stdout and "tidak dapat membantu" not in info.stdout
    assert run_cli("restore", rid, *english, store=store).returncode == 0
    assert run_cli("status", store=store).returncode == 0


@PTY
@pytest.mark.parametrize("command", ["status", "check"])
@pytest.mark.parametrize(("columns", "lang"), [(80, "id"), (40, "en"), (60, "id")])
def test_an_unreadable_files_restore_command_is_never_broken_at_its_words(
    tmp_path: Path, command: str, columns: int, lang: str
) -> None:
    """`status --all` and `check --all` ended with the unreadable file's message broken at its
    words at 80 columns, "… Pulihkan dari laporan bawaan: lkj-tui restore" / "bengkulu-
    selatan-setda-2023 --store …": pasted, the second line ran as a command of its own. The
    command now stands on lines of its own under its label, folded at its options; pasted into
    sh, its lines are the command."""
    store, rid = _broken_bundled(tmp_path)
    assert run_cli("new", "--instansi", "Dinas X", "--tahun", "2025", store=store).returncode == 0
    code = 1 if command == "check" else 0
    lines = _on_a_terminal(store, columns, command, "--all", "--lang", lang, code=code)
    shown = "\n".join(lines)
    at = next(n for n, line in enumerate(lines) if line.lstrip().startswith("lkj-tui restore"))
    end = next(n for n in range(at, len(lines)) if not lines[n].endswith(" \\"))
    assert lines[at - 1].endswith(":") and _indent(lines[at]) == 4, shown
    assert len(lines[at - 1].split()) >= 2, shown  # (the label's words with it)
    said = subprocess.run(
        ["sh", "-c", "\n".join(lines[at : end + 1]).replace("lkj-tui", "printf '%s '", 1)],
        capture_output=True,
        text=True,
        check=True,
    )
    english = ["--lang", "en"] if lang == "en" else []
    assert said.stdout.split() == ["restore", rid, "--store", str(store), *english], shown


@PTY
@pytest.mark.parametrize("columns", [30, 40, 44])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_news_label_over_its_command_keeps_its_words(
    tmp_path: Path, columns: int, lang: str
) -> None:
    """`new --instansi X --tahun 2025` at 40 columns in English said "Empty report x-2025
    made. Fill it in the" / "TUI:", the word alone over the command it names. A line over a
    command now keeps its label's last words together: "Fill it in the TUI:"."""
    store = tmp_path / "s"
    assert run_cli("init", store=store).returncode == 0
    english = ["--lang", "en"] if lang == "en" else []
    args = ["new", "--instansi", "Dinas X", "--tahun", "2025", *english]
    lines = [line for line in _on_a_terminal(store, columns, *args) if line]
    shown = "\n".join(lines)
    labels = [n for n, line in enumerate(lines[:-1]) if lines[n + 1].startswith("  lkj-tui ")]
    assert len(labels) == 2, shown
    assert all(len(line) <= columns for line in lines if str(store) not in line), shown
    for n in labels:
        assert lines[n].endswith(":") and len(lines[n].split()) >= 2, shown
    said = "Fill it in the TUI:" if lang == "en" else "Isi lewat TUI:"
    assert said in lines[labels[0]], shown


@pytest.mark.parametrize("lang", ["id", "en"])
def test_sync_of_a_file_says_it_is_a_file_not_an_unshared_store(tmp_path: Path, lang: str) -> None:
    """`sync --store FILE` said "penyimpanan FILE belum dibagikan; untuk membagikannya: lkj-tui
    sync --init", which then refused the file as every other command does. `sync` now says
    first that the store is a file, not a folder, as they do; the file is left as it was."""
    english = ["--lang", "en"] if lang == "en" else []
    path = tmp_path / "lkj.txt"
    path.write_text("catatan rapat\n", encoding="utf-8")
    done = run_cli("sync", "--store", str(path), *english)
    said = run_cli("status", "--store", str(path), *english)
    assert done.returncode == said.returncode == 2, done.stderr  # a typed path (cli61)
    assert done.stderr == said.stderr, done.stderr
    assert ("is a file" if lang == "en" else "adalah sebuah berkas") in done.stderr
    assert "sync --init" not in done.stderr
    assert path.read_text(encoding="utf-8") == "catatan rapat\n"


def _commands(lines: list[str]) -> list[list[str]]:
    """The words of each command ``lines`` print on lines of their own ("  lkj-tui …" to the
    line without " \\"), as sh reads them."""
    out = []
    for at, line in enumerate(lines):
        if line.startswith("  lkj-tui "):
            end = next(n for n in range(at, len(lines)) if not lines[n].endswith(" \\"))
            said = subprocess.run(
                ["sh", "-c", "\n".join(lines[at : end + 1]).replace("lkj-tui", "printf '%s '", 1)],
                capture_output=True,
                text=True,
                check=True,
            )
            out.append(said.stdout.split())
    return out


@PTY
@pytest.mark.parametrize("command", ["status", "check", "export"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_empty_reports_commands_are_folded_at_their_options(
    tmp_path: Path, command: str, lang: str
) -> None:
    """`check` and `export` of a report `new` made empty broke the commands that fill it at
    their words at 40 columns ("lkj-tui --report x-2025 --store" / "/tmp/…/s"): pasted, the
    second line ran on its own. They are folded at their options now, as `status` folded them;
    a path wider than the line aside, every line fits."""
    store = tmp_path / "s"
    made = run_cli("new", "--instansi", "Dinas X", "--tahun", "2025", store=store)
    assert made.returncode == 0, made.stderr
    english = ["--lang", "en"] if lang == "en" else []
    out = ["-o", str(tmp_path / "x.md")] if command == "export" else []
    lines = _on_a_terminal(store, 40, command, *out, *english)
    shown = "\n".join(lines)
    assert all(len(line) <= 40 for line in lines if str(tmp_path) not in line), shown
    opts = ["--store", str(store), *english]
    book = "FILE.xlsx" if english else "BERKAS.xlsx"
    assert _commands(lines)[:2] == [
        ["--report", "dinas-x-2025", *opts],
        ["import", book, "--report", "dinas-x-2025", "--overwrite", *opts],
    ], shown


@PTY
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_skipped_files_path_is_broken_after_a_slash(tmp_path: Path, lang: str) -> None:
    """`status` beside an unreadable file at 40 columns said "lkj-tui: skipped (cannot be
    read):" over the file's path whole at column 0, wider than the terminal, which wrapped it
    anywhere. The path is now broken after a "/" or "-" under the message's words: every line
    fits, and its pieces joined are the path."""
    store, rid = _broken_bundled(tmp_path)
    made = run_cli("new", "--instansi", "Dinas X", "--tahun", "2025", store=store)
    assert made.returncode == 0, made.stderr
    english = ["--lang", "en"] if lang == "en" else []
    lines = _on_a_terminal(store, 40, "status", *english)
    shown = "\n".join(lines)
    assert all(len(line) <= 40 for line in lines if str(store) not in line), shown
    end = next(n for n, line in enumerate(lines) if line.lstrip().startswith("lkj-tui restore"))
    joined = "".join(
        line.strip() if line.endswith(tuple(PATH_SEPS)) else line.strip() + " "
        for line in lines[:end]
    )
    assert f" {store / rid}.json: " in joined, shown
    assert lines[0].startswith("lkj-tui: ") and len(lines[0]) > 36, shown  # (not the label alone)
