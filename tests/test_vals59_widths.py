"""The commands at odd widths (vals59), on a pseudo-terminal as a user sees them: a label's words
left alone over its command, a command's path left of its first line, an address with spaces cut
inside a word."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.test_cli41 import _pty_lines
from tests.test_paths57 import _shared

needs_pty = pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
EN = {"id": [], "en": ["--lang", "en"]}


@needs_pty
@pytest.mark.parametrize("columns", [58, 60, 62])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_calcs_missing_realisasi_keeps_its_clause_together(
    tmp_path: Path, columns: int, lang: str
) -> None:
    """``calc 3 --store X`` at 58–62 columns: "realisasi belum" alone on a line over
    "diberikan (ditulis sesudah target “3”):" and its command. The clause's words stay
    together; its parenthesis goes whole over the command."""
    args = ["calc", "3", "--store", str(tmp_path / "x"), *EN[lang]]
    lines = [line.strip() for line in _pty_lines(args, columns, 2)]
    label = next(n for n, line in enumerate(lines) if line.startswith("lkj-tui calc 3")) - 1
    aside = {"id": "(ditulis sesudah target “3”):", "en": "(it goes after the target “3”):"}
    start = {"id": "realisasi belum diberikan", "en": "realisasi not given"}
    assert lines[label].endswith(aside[lang]), lines
    said = " ".join(lines[: label + 1])
    assert f"{start[lang]} {aside[lang]}" in said, lines
    assert start[lang] in lines[label] or lines[label - 1].endswith(start[lang]), lines
    assert all(line not in ("realisasi belum", "realisasi not") for line in lines), lines


@needs_pty
@pytest.mark.parametrize("columns", [26, 28, 30])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_commands_wide_path_is_never_left_of_its_first_line(columns: int, lang: str) -> None:
    """``template --store S -o /tmp/…/x.xlsx`` at 24 columns: "  /tmp/…/x.xlsx \\" stood under
    "    lkj-tui import \\", left of its command, read as another. The command starts as far
    left as its widest part needs; its later lines are never left of its first. (A path of
    ``columns`` − 4 characters: a line of its own, its mark after it, 2 in at most.)"""
    import tempfile

    base = Path(tempfile.mkdtemp(prefix="v", dir="/tmp"))  # (a short path: its length known)
    try:
        out = base / ("x" * (columns - 4 - len(str(base)) - 6) + ".xlsx")
        args = ["template", "--store", str(base / "s"), "-o", str(out), *EN[lang]]
        lines = [line for line in _pty_lines(args, columns, 2) if line.strip()]
    finally:
        shutil.rmtree(base)
    at = next(n for n, line in enumerate(lines) if line.strip().startswith("lkj-tui import"))
    command = [lines[at]]
    for line in lines[at + 1 :]:
        if not command[-1].endswith("\\"):
            break
        command.append(line)
    start = len(command[0]) - len(command[0].lstrip())
    assert all(len(line) - len(line.lstrip()) >= start for line in command), lines
    assert any(line.strip() == f"{out} \\" for line in command), lines
    assert all(len(line) <= columns for line in command), lines


@needs_pty
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_address_with_spaces_breaks_after_a_slash_or_a_space_never_in_a_word(
    tmp_path: Path, lang: str
) -> None:
    """``info`` of a store shared to "/srv/dinas kesehatan … pelaporan/lkj.git" at 40 columns
    cut the address anywhere ("bengku" / "lu") and left a space at a line's end. It breaks
    after a "/" where one falls in the line, else at a space, each word whole, no line ending
    in a space; one with a "/" in each line breaks after them, as before."""
    store = tmp_path / "store"
    words = "dinas kesehatan kabupaten bengkulu selatan bagian perencanaan dan pelaporan"
    for address, pieces in (
        (f"/srv/{words}/lkj.git", words.split()),
        (
            "/srv/berbagi data/dinas kesehatan kabupaten/laporan kinerja bersama.git",
            ['"/srv/berbagi data/', "dinas kesehatan kabupaten/", "laporan kinerja bersama.git"],
        ),
    ):
        _shared(store, address)
        lines = _pty_lines(["info", "--store", str(store), *EN[lang]], 40, 0)
        start = next(i for i, line in enumerate(lines) if line.startswith(("Dibagikan", "Shared")))
        end = next(i for i, line in enumerate(lines) if "lkj-tui sync" in line)
        shown = lines[start:end]
        assert all(line == line.rstrip() for line in shown), lines
        said = [word for line in shown for word in line.replace("/", " ").split()]
        assert all(piece.strip('"/') in " ".join(shown) for piece in pieces), lines
        if pieces[0].startswith('"'):
            assert all(any(line.strip().endswith(p) for line in shown) for p in pieces[:2]), lines
        else:
            assert all(word in said for word in pieces), lines
        assert " ".join(" ".join(shown).split()).count(f"{words.split()[0]}") >= 1
