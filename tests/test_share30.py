"""Sharing at 40, 80 and 120 columns, twenty-first pass of issue 17 (share30): a command folded
within its width, its " \\" mark included; `log`'s entries broken between their parts."""

from __future__ import annotations

import os
import shutil

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from lkj_tui.core.shell import POSIX, command_lines, command_parts
from tests import test_sync
from tests.test_sharing25 import _on_a_terminal
from tests.test_sync import lkj

offices = test_sync.offices

#: A command's hostile parts: options with values (a quoted path with spaces, wide characters,
#: a 40-character word stands for a long one), flags, bare arguments. (A bare word ending in
#: " \" would read as a mark: none in a command lkj-tui prints.)
_word = st.text(st.sampled_from("abz09-_./\\:漢字é"), min_size=1, max_size=40).filter(
    lambda w: not w.startswith("-") and '"' not in w and not w.endswith("\\")
)
_part = st.one_of(
    _word,
    st.builds(
        lambda name, value: f"--{name} {value}", st.sampled_from(["store", "lang", "init"]), _word
    ),
    st.builds(lambda a, b: f'--store "{a} {b}"', _word, _word),
    st.sampled_from(["--all", "--json", "-r x"]),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    parts=st.lists(_part, min_size=1, max_size=8),
    width=st.integers(min_value=1, max_value=130),
    indent=st.integers(min_value=0, max_value=12),
)
@example(  # the TUI's toast at 80×24 (36 cells): '    --store "/tmp/share30-b laptop" \' was 37
    parts=["--init REMOTE", '--store "/tmp/share30-b laptop"', "--lang en"], width=36, indent=2
)
def test_every_line_of_a_folded_command_fits_with_its_mark(
    parts: list[str], width: int, indent: int
) -> None:
    """The fold never counted the " \\" of a line a part starts: each line, its mark included,
    fits the width, unless it holds one part alone that is wider than a line with its mark (the
    terminal wraps it; a path is never cut); the lines read back as the command."""
    command = " ".join(["lkj-tui sync", *parts])
    lines = command_lines(command, width, indent, POSIX, cell_len, ("--all", "--json"))
    if len(lines) == 1:  # (whole, or less far in where its first part needs the room)
        assert lines == [" " * indent + command] or cell_len(lines[0]) <= width, lines
        assert lines[0].strip(" ") == command
        return
    pieces = command_parts(command, ("--all", "--json"))
    pieces += [half for piece in pieces for half in piece.split(" ", 1)]  # (an option, its value)
    for n, line in enumerate(lines):
        last = n == len(lines) - 1
        assert line.endswith(POSIX) != last, lines
        if cell_len(line) > width:  # one part too wide for any line, at its place
            body = line.removesuffix(POSIX).strip(" ")
            assert body in pieces and cell_len(body) + (0 if last else 2) > width, (line, width)
    read = " ".join(line.removesuffix(POSIX).strip(" ") for line in lines)
    assert read == command, lines


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("columns", [40, 80])
def test_log_breaks_an_entry_between_its_parts_never_at_a_separator(offices, columns) -> None:
    """`log` at 40 columns broke an entry between "IKU 2 ·" and "Realisasi: …", and a line
    could start with "· Laporan: dibuat": a separator at a line's edge reads as a part lost. The
    break now falls between the parts, its separator dropped. Piped, each entry is one line
    with its separators, as before."""
    test_sync._conflict_in(offices)
    lines = [line for line in _on_a_terminal(offices, columns, "log") if line.strip()]
    entries = [line for line in lines if line.startswith("20")]  # (each entry's first line)
    assert len(entries) >= 3, "\n".join(lines)
    for line in lines:
        assert not line.rstrip().endswith("·"), "\n".join(lines)
        assert not line.lstrip().startswith("·"), "\n".join(lines)
    if columns == 40:  # (the node beside the author, never alone there, its field under: cli43)
        at = next(n for n, line in enumerate(lines) if "IKU 2" in line)
        assert lines[at].endswith("  IKU 2"), lines
        assert lines[at + 1].startswith("    Realisasi: "), lines
    piped = lkj(offices, "opd", "log").stdout.strip().split("\n")
    assert len(piped) == len(entries), piped
    assert all(" · " in line for line in piped), piped
