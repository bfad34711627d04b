"""Sharing at 40, 80 and 120 columns, twenty-first pass of issue 17 (share30): a command folded
within its width, its " \\" mark included."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from lkj_tui.core.shell import POSIX, command_lines, command_parts

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
    for n, line in enumerate(lines):
        last = n == len(lines) - 1
        assert line.endswith(POSIX) != last, lines
        if cell_len(line) > width:  # one part too wide for any line, at its place
            body = line.removesuffix(POSIX).strip(" ")
            assert body in pieces and cell_len(body) + (0 if last else 2) > width, (line, width)
    read = " ".join(line.removesuffix(POSIX).strip(" ") for line in lines)
    assert read == command, lines
