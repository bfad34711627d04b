"""Sharing a store, the twenty-first pass (share29): resolve's refusals put their commands under
their words and say what to type when the report has no conflict."""

from __future__ import annotations

import os
import shutil

import pytest

from tests import test_sync
from tests.test_sharing25 import _on_a_terminal
from tests.test_sync import RID, lkj

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices

#: Where a refusal's command starts: under its words ("lkj-tui: "), two spaces further in.
UNDER = " " * 11


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
def test_a_refusals_commands_stand_under_its_words_at_40_columns(offices) -> None:
    """`resolve 3 ambil-lain` with one conflict, at 40 columns: the refusal's words went on 9
    columns in (under "lkj-tui: ") while its command started 2 in, read as a line of another
    message. The command now starts two spaces further in than the words, folded at its options
    under itself (cli27); to a pipe the same indent."""
    test_sync._conflict_in(offices)
    lines = _on_a_terminal(offices, 40, "resolve", "3", "ambil-lain", code=2)
    at = next(n for n, line in enumerate(lines) if "lkj-tui resolve" in line)
    assert at > 1 and all(line[9] != " " == line[8] for line in lines[1:at]), "\n".join(lines)
    assert lines[at] == UNDER + "lkj-tui resolve --store opd", "\n".join(lines)
    piped = lkj(offices, "opd", "resolve", "3", "ambil-lain")
    assert piped.stderr.split("\n")[1].startswith(UNDER + "lkj-tui resolve --store "), piped.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_choice_for_a_report_without_conflicts_names_the_report_that_has_them(
    offices, lang
) -> None:
    """`lkj-tui resolve 1 ambil-lain` when the latest report (next year's) has no conflict but
    another has one: it said only "Tidak ada konflik sinkronisasi di laporan ID2." and nothing to
    type, and `resolve` listing it said the same: the conflict waited unseen. The refusal (exit 1)
    and the list now name the command that lists the report whose conflicts wait; with no
    conflict anywhere, that nothing is to be chosen."""
    test_sync._conflict_in(offices)
    made = lkj(offices, "opd", "new", "--from", RID, "--tahun", "2024")
    assert made.returncode == 0, made.stderr
    take, en = ("take-other", " --lang en") if lang == "en" else ("ambil-lain", "")
    store = f"{offices['tmp']}/opd"
    command = f"lkj-tui resolve -r {RID} --store {store}{en}"
    refused = lkj(offices, "opd", "resolve", "1", take, "--lang", lang)
    assert refused.returncode == 1, refused.stderr
    head, line = refused.stderr.split("\n")[:2]
    said = {"id": "konflik menunggu di 1 laporan lain, tampilkan dengan:",
            "en": "conflicts wait in another report, list them with:"}[lang]  # fmt: skip
    assert head.endswith(said) and line == UNDER + command, refused.stderr
    listed = lkj(offices, "opd", "resolve", "--lang", lang)
    assert listed.returncode == 0 and listed.stdout.split("\n")[2] == "  " + command, listed.stdout
    assert lkj(offices, "opd", "resolve", "semua", take, "-r", RID).returncode == 0
    none = lkj(offices, "opd", "resolve", "1", take, "--lang", lang)
    assert none.returncode == 1 and len(none.stderr.strip().split("\n")) == 1, none.stderr
    assert {"id": "tidak ada yang perlu dipilih", "en": "nothing to choose"}[lang] in none.stderr
