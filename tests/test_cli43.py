"""cli43: the commands' lines at narrow widths, and their refusals."""

from __future__ import annotations

import os
import shutil
import subprocess
from json import loads
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from tests import test_sync
from tests.conftest import run_cli

offices = test_sync.offices

#: A second report of the shared store, its id wider than the room beside the author at 60.
OTHER = "bengkulu-selatan-dinas-pmptsp-2025"


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("columns", [60, 53, 45, 40])
def test_log_never_leaves_the_author_alone_where_a_word_fits_beside_it(
    offices, columns: int
) -> None:
    """`log` of two reports at 60 columns put "Rina Wulandari" alone on the time's line, the
    report's id under it and the change under that; at 40-53 columns, a report made did the
    same though "Laporan:" fits beside the author, and at 40-45 every change ("IKU 1 · Target:"
    wider than the room). The change now starts beside the author (its node there, its field
    under, where the node and field do not fit), and a report's id that does not fit beside the
    author stands whole on a line of its own under the entry's words."""
    from tests.test_sharing25 import _on_a_terminal

    rina = test_sync.env(offices, "Rina Wulandari <rina@example.org>")
    store = ["--store", str(Path(str(offices["tmp"])) / "opd")]
    rid = ["-r", test_sync.RID]
    for args in (
        ["init"],
        ["sync", "--init", str(offices["remote"])],
        ["new", "--instansi", "Dinas Penanaman Modal", "--tahun", "2025", "-r", OTHER],
        ["set", "IKU 3", "realisasi", "2,48", *rid],
        ["set", "IKU 1", "target", "80", *rid],
    ):
        done = run_cli(*args, *store, env=rina)
        assert done.returncode == 0, done.stderr
    lines = [line for line in _on_a_terminal(offices, columns, "log") if line.strip()]
    shown = "\n".join(lines)
    assert all(len(line) <= columns for line in lines), shown
    heads = [i for i, line in enumerate(lines) if line.startswith("20")]
    assert len(heads) == 4, shown
    for at in heads:
        if lines[at].endswith("Wulandari"):  # (only where no word of the entry fits beside it)
            word = lines[at + 1].split()[0]
            assert len(lines[at]) + 2 + len(word) > columns, shown
        assert "  Rina Wulandari  " in lines[at] or columns == 40, shown
    ends = [*heads[1:], len(lines)]
    ids = [line.strip() for a, b in zip(heads, ends, strict=True) for line in lines[a + 1 : b]]
    assert sorted(i for i in ids if i.startswith("bengkulu-")) == sorted(
        [OTHER, *[test_sync.RID] * 3]
    ), shown  # (each entry's id whole, on a line of its own, under its words)
    edit = lines[heads[0] : heads[1]]
    if columns < 50:  # (the node beside the author, its field under: "IKU 1" / "Target: …")
        assert edit[:2] == [edit[0][:16] + "  Rina Wulandari  IKU 1", "    Target: 3,22 → 80"]
    elif columns < 54:  # (the node and field beside the author, the values under)
        assert edit[:2] == [edit[0][:16] + "  Rina Wulandari  IKU 1 · Target:", "    3,22 → 80"]
    else:
        assert edit[0].endswith("Rina Wulandari  IKU 1 · Target: 3,22 → 80"), shown
    assert edit[-1].strip() == test_sync.RID, shown
    piped = test_sync.lkj(offices, "opd", "log").stdout  # (piped: one line an entry, as before)
    assert f"Wulandari  {test_sync.RID}  IKU 1 · Target: 3,22 → 80\n" in piped, piped


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    ("before", "after"),
    [
        (["--bogus", "status", "-h"], ["status", "--bogus"]),
        (["--bogus=3", "template"], ["template", "--bogus=3"]),
        (["-x", "status", "--all"], ["status", "-x", "--all"]),
    ],
)
def test_an_unknown_option_before_a_command_is_said_as_the_command_says_it(
    tmp_path: Path, before: list[str], after: list[str], lang: str
) -> None:
    """``lkj-tui --bogus status -h`` gave ``lkj-tui``'s own usage line and help ("lkj-tui
    [OPSI] PERINTAH"), though the user asked about ``status``. An option neither ``lkj-tui``
    nor the command knows, typed before the command, is now refused as the command refuses it
    typed after its name: its usage line, its help, the option."""
    english = ["--lang", "en"] if lang == "en" else []
    done = run_cli(*english, *before, store=tmp_path / "s")
    assert done.returncode == 2, done.stdout
    assert done.stdout == ""
    said = run_cli(*after, *english, store=tmp_path / "s")
    assert said.returncode == 2
    assert done.stderr == said.stderr
    usage = "Usage:" if lang == "en" else "Penggunaan:"
    assert done.stderr.startswith(f"{usage} lkj-tui {after[0]} "), done.stderr


@pytest.mark.parametrize("json", [[], ["--json"]])
def test_an_unknown_option_before_calc_is_refused_in_calcs_words(json: list[str]) -> None:
    """``lkj-tui --bogus calc 3 2`` gave click's usage lines, ``--json`` or not, where
    ``calc --bogus 3 2`` says which options calc has (JSON with ``--json``). Both now say it
    alike."""
    done = run_cli("--bogus", "calc", "3,22", "2,85", *json)
    said = run_cli("calc", "--bogus", "3,22", "2,85", *json)
    assert (done.returncode, done.stdout, done.stderr) == (2, said.stdout, said.stderr)
    assert "--polaritas" in done.stdout + done.stderr


def _folded_in_pty(tmp_path: Path, columns: int, *args: str) -> list[str]:
    """``lkj-tui ARGS`` run in ``tmp_path`` on a pseudo-terminal ``columns`` wide: the lines of
    the folded command it wrote (from "lkj-tui new" to the line without " \\")."""
    import re
    import shlex

    from reliability.pty_capture import run_in_pty
    from tests.conftest import LKJ_TUI

    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env |= {"COLUMNS": str(columns), "NO_COLOR": "1"}
    line = " ".join(map(shlex.quote, [str(LKJ_TUI), *args]))
    where = shlex.quote(str(tmp_path))
    done = run_in_pty(["sh", "-c", f"cd {where} && exec {line}"], env=env, size=(columns, 24))
    shown = done.output.decode("utf-8", "replace").replace("\r\n", "\n")
    lines = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown).split("\n")
    at = next(n for n, line in enumerate(lines) if line.lstrip().startswith("lkj-tui new"))
    end = next(n for n in range(at, len(lines)) if not lines[n].endswith(" \\"))
    return lines[at : end + 1]


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize(
    ("columns", "store"),
    [(30, "toko-lkj-dinas"), (30, "toko-laporan-dinas-kes"), (24, "toko-laporan-dinas")],
)
def test_a_folded_commands_later_lines_stand_at_one_column(
    tmp_path: Path, columns: int, store: str
) -> None:
    """`new --store STORE` at 30 columns folded its example with ``--store STORE`` 3 cells left of
    the other options (as far left as that line needed), and ``"Dinas Kesehatan" \\`` 2 left:
    a command's lines at three columns. Now the whole command starts as far left as its widest
    part needs, every later line two spaces in from its first; an option whose value does not
    fit there ends its line, the path whole on the next, at the same column. Pasted into sh,
    the lines are the command, the path whole."""
    block = _folded_in_pty(tmp_path, columns, "new", "--store", store)
    first = _indent(block[0])
    assert 4 <= first <= 11, block  # (under the message's words, never further left than 4)
    assert all(len(line) <= columns for line in block), block
    for line in block[1:]:  # (2 in from the first; a part wider than 2 in from 4 further left)
        need = len(line.strip())  # (with its " \\")
        wide = need > columns - 4 - 2
        assert _indent(line) == (columns - need if wide else first + 2), block
        assert _indent(line) == first + 2 or not line.lstrip().startswith("-"), block  # (options)
    assert _indent(block[-2]) == first + 2, block  # (--store, its path under it, at one column)
    assert block[-1].strip() == store or block[-1].strip() == f"--store {store}", block
    shell = subprocess.run(
        ["sh", "-c", "\n".join(block).replace("lkj-tui", "printf '%s\\n'", 1)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert shell.stdout.split("\n")[-2] == store, shell.stdout


_word = st.text(st.sampled_from("az09-_./\\:漢é"), min_size=1, max_size=50).filter(
    lambda w: not w.startswith("-") and not w.endswith("\\")
)
_part = st.one_of(
    _word,
    st.builds("--store {}".format, _word),
    st.builds('--instansi "{} {}"'.format, _word, _word),
    st.sampled_from(["--all", "--json"]),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example(parts=["000000000漢漢", "0"], width=20, indent=4)  # (moved left for its wide part: alone)
@example(parts=["00000000000000000", "0"], width=20, indent=0)
@given(
    parts=st.lists(_part, min_size=1, max_size=6),
    width=st.integers(min_value=20, max_value=100),
    indent=st.integers(min_value=0, max_value=12),
)
def test_an_aligned_command_keeps_its_later_lines_at_one_column(
    parts: list[str], width: int, indent: int
) -> None:
    """The CLI's folded command (``aligned``): it starts at ``indent`` or further left, 4 in at
    the least but where a later part too wide two spaces in from there (a path, a quoted value)
    needs it further left (vals59: "   /tmp/x.xlsx \\" under "    lkj-tui import \\" read as
    another command), every later line two spaces in from its first but one holding such a
    part, which starts as far left as it needs, never left of the first; an option and its
    value part only where the two do not fit two spaces in from 4; read back, the command."""
    from lkj_tui.core.shell import POSIX, command_lines, command_parts

    command = " ".join(["lkj-tui set", *parts])
    flags = ("--all", "--json")
    lines = command_lines(command, width, indent, POSIX, cell_len, flags, aligned=True)
    assert " ".join(line.removesuffix(POSIX).strip(" ") for line in lines) == command, lines
    if len(lines) == 1:
        return
    least = min(indent, 4)
    first = _indent(lines[0])
    wide = [
        n for line in lines[1:] if width - least - 2 < (n := cell_len(line.strip(" "))) <= width
    ]
    assert first <= indent, lines
    assert first >= least or cell_len(lines[0]) > width - least or first == width - max(wide), lines
    for line in lines[1:]:
        need = cell_len(line.strip(" "))
        assert _indent(line) >= first or need > width, lines  # (never left of its first line)
        if need <= width - first - 2:  # (it fits 2 in from the first: there)
            assert _indent(line) == first + 2, (lines, width, indent)
        else:
            assert " " not in line.removesuffix(POSIX).strip(" ") or '"' in line, lines
    pieces = command_parts(command, flags)
    for n, piece in enumerate(pieces):
        mark = 0 if n == len(pieces) - 1 else 2
        kept = any(piece in line for line in lines)
        assert kept or cell_len(piece) + mark > width - least - 2, (piece, lines)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("json", [[], ["--json"]])
def test_log_of_a_mistyped_report_id_says_there_is_no_such_report(
    offices, lang: str, json: list[str]
) -> None:
    """``log -r bengkulu-selatan-setda-2032`` (two digits swapped) on a shared store said "Belum
    ada riwayat." and exited 0 (``--json``: ``[]``), as if the report had no changes, where the
    unshared store's log, and every other command, says the store holds no such report and
    names those it holds. The shared log now says so too, exit 1."""
    test_sync.start(offices, "opd")
    english = ["--lang", "en"] if lang == "en" else []
    typo = test_sync.RID[:-2] + "32"
    done = test_sync.lkj(offices, "opd", "log", "-r", typo, *json, *english)
    assert done.returncode == 2, done.stdout
    # (``--json``: the error as JSON on stdout, nothing on stderr: cli63)
    shown = loads(done.stdout)["error"] if json else done.stderr
    assert (done.stderr if json else done.stdout) == ""
    said = "no report" if lang == "en" else "tidak ada di penyimpanan"
    assert f"'{typo}'" in shown and said in shown, shown
    assert test_sync.RID in shown, shown  # (the ids it holds)
    kept = test_sync.lkj(offices, "opd", "log", "-r", test_sync.RID, *json, *english)
    assert kept.returncode == 0 and kept.stdout.strip(), kept.stderr  # (the report's own: shown)
