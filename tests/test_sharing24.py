"""Sharing a store, the eighteenth pass's second wave (share24): `status --all`'s conflicts
heading names the report when one report has conflicts and the store typed, the command whole
on a line of its own where the sentence does not fit."""

from __future__ import annotations

import shutil

import pytest

from tests import test_sync
from tests.test_sharing20 import _narrow
from tests.test_sync import RID

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices


@pytest.mark.parametrize("lang", ["id", "en"])
def test_status_alls_conflicts_command_names_the_report_and_stands_whole(offices, lang) -> None:
    """status --all said "lkj-tui resolve -r ID --store PATH" with one report in conflict, and at
    40 columns broke it inside the path and ran it into ", atau tombol K di TUI):" on one line.
    The report's id now; wider than the line, the list first and the command whole on its own."""
    test_sync._conflict_in(offices)
    opts = " --lang en" if lang == "en" else ""
    resolve = f"lkj-tui resolve -r {RID} --store opd{opts}"
    head, then = {
        "id": ("Konflik sinkronisasi menunggu pilihan:", "Tunjukkan dan pilih (atau K di TUI):"),
        "en": ("Sync conflicts wait for a choice:", "Show and choose (or key K in the TUI):"),
    }[lang]
    for columns in (40, 80):
        out = _narrow(offices, "opd", "status", "--all", "--lang", lang, columns=columns)
        assert out.returncode == 0, out.stderr
        lines = out.stdout.rstrip("\n").split("\n")
        assert head in lines, out.stdout
        assert lines[-1] == f"    {resolve}", out.stdout
        assert lines[-2] == then, out.stdout
        assert "-r ID" not in out.stdout
        assert not any(line.rstrip().endswith(("resolve -r", "--store")) for line in lines)
    wide = _narrow(offices, "opd", "status", "--all", "--lang", lang, columns=300).stdout
    said = {
        "id": f"(rincian dan pilihannya: {resolve}, atau tombol K di TUI):",
        "en": f"(the details and the choice: {resolve}, or key K in the TUI):",
    }[lang]
    assert said in wide, wide
