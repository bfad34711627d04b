"""cli45: long report ids in the narrow listings of `status --all` and `check --all`, and
`restore`'s mistyped option."""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import pytest

from tests.conftest import LKJ_TUI, run_cli

#: A kabupaten OPD's report id: 43 characters, wider than a 40-column line two cells in.
LONG_ID = "bengkulu-selatan-dinas-penanaman-modal-2025"


@pytest.fixture(scope="module")
def long_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled report and an empty one with :data:`LONG_ID`, made through the command."""
    store = tmp_path_factory.mktemp("cli45") / "s"
    assert run_cli("init", store=store).returncode == 0
    made = run_cli(
        "new", "--instansi", "Dinas Penanaman Modal", "--tahun", "2025", "-r", LONG_ID, store=store
    )
    assert made.returncode == 0, made.stderr
    return store


#: Each listing's exit status on :func:`long_store` (the bundled report has review errors).
CODE = {"status": 0, "check": 1}


def _on_a_terminal(store: Path, columns: int, command: str, *args: str) -> list[str]:
    """``lkj-tui COMMAND ARGS --store STORE`` on a pseudo-terminal ``columns`` wide: the lines
    it wrote (a line the terminal wraps is one)."""
    from reliability.pty_capture import run_in_pty

    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env |= {"COLUMNS": str(columns), "NO_COLOR": "1"}
    line = " ".join(map(shlex.quote, [str(LKJ_TUI), command, *args, "--store", str(store)]))
    done = run_in_pty(["sh", "-c", f"exec {line}"], env=env, size=(columns, 24))
    shown = done.output.decode("utf-8", "replace").replace("\r\n", "\n")
    assert done.returncode == CODE[command], shown
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown).split("\n")


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("command", ["status", "check"])
@pytest.mark.parametrize("columns", [30, 40])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_long_id_in_the_listing_of_every_report_breaks_after_a_dash(
    long_store: Path, command: str, columns: int, lang: str
) -> None:
    """`status --all` and `check --all` at 30–40 columns wrote a 43-character report id two
    cells in, whole: the terminal wrapped it mid-word at column 0 ("…-modal-20" / "25"). It is
    now broken after a "-" under its start; every line fits and the pieces join back whole."""
    lines = _on_a_terminal(long_store, columns, command, "--all", "--lang", lang)
    shown = "\n".join(lines)
    assert all(len(line) <= columns for line in lines), shown
    at = next(i for i, line in enumerate(lines) if line.startswith("  bengkulu-selatan-dinas"))
    pieces = [lines[at]]
    while pieces[-1].endswith("-") and lines[at + len(pieces)].startswith("  "):
        pieces.append(lines[at + len(pieces)])
    assert len(pieces) > 1, shown
    assert all(re.fullmatch(r"  [a-z0-9-]+", piece) for piece in pieces), shown
    assert "".join(piece.strip() for piece in pieces) == LONG_ID, shown


@pytest.mark.parametrize("command", ["status", "check"])
def test_a_long_id_stays_whole_on_its_line_to_a_pipe(long_store: Path, command: str) -> None:
    """To a pipe or a file the id is never broken (one line, to grep and copy), however narrow
    ``COLUMNS`` says the output is."""
    done = run_cli(command, "--all", store=long_store, env={"COLUMNS": "30"})
    assert done.returncode == CODE[command], done.stderr
    assert f"\n  {LONG_ID}\n" in done.stdout, done.stdout


@pytest.mark.parametrize("typed", [["--to", "3"], ["--to=3"], ["-to", "3"], ["--ke", "3"]])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_restore_to_a_revision_is_answered_with_the_option_meant(
    long_store: Path, typed: list[str], lang: str
) -> None:
    """`restore ID --to 99` said "No such option: --to" and nothing of `--revision`, where a
    mistyped option ("--revisi") is answered with the one close to it: `--to` (and `--ke`, its
    Indonesian word) now get `--revision` so, and nothing is restored."""
    done = run_cli("restore", LONG_ID, *typed, "--lang", lang, store=long_store)
    assert done.returncode == 2, done.stdout
    said = {"id": "(Opsi yang mirip: --revision)", "en": "(Possible options: --revision)"}[lang]
    assert said in done.stderr.replace("\n", " "), done.stderr
    other = run_cli("status", *typed, "--lang", lang, store=long_store)
    assert other.returncode == 2 and "--revision" not in other.stderr, other.stderr
