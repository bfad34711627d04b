"""cli43: the commands' lines at narrow widths, and their refusals."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

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
