"""Sharing, thirty-seventh pass of issue 17 (share65): what `resolve`, `set` and a hand edit
say when a shared store holds more than one year."""

from __future__ import annotations

import shutil

import pytest

from tests import test_sync
from tests.test_sync import RID, lkj

offices = test_sync.offices

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

NEXT = RID.replace("2023", "2024")


@pytest.mark.parametrize(("lang", "keep"), [("id", "pertahankan"), ("en", "keep")])
def test_resolve_lists_the_one_older_report_whose_conflicts_wait(
    offices, lang: str, keep: str
) -> None:
    """Last year's report holds a conflict, next year's (`new --from`) is the newest: `resolve`
    said only "no conflicts in …-2024" and the command to list the other. With one report
    waiting, it lists that report's conflicts, both values, and each command names it (-r);
    `--json` stays the newest report's, as documented."""
    test_sync._conflict_in(offices)
    assert lkj(offices, "opd", "new", "--from", RID).returncode == 0
    listed = lkj(offices, "opd", "resolve", "--lang", lang)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert NEXT in lines[0] and RID in lines[1] and RID not in lines[0], listed.stdout
    assert any(line.strip().startswith(f"{keep}: 81") for line in lines), listed.stdout
    command = next(line.split() for line in lines if f"resolve 1 {keep}" in line)
    assert command[4:6] == ["-r", RID], listed.stdout
    chosen = lkj(offices, "opd", *command[1:6])  # (as printed; lkj gives the --store)
    assert chosen.returncode == 0, chosen.stderr
    as_json = lkj(offices, "opd", "resolve", "--json")
    assert '"report": "' + NEXT + '", "conflicts": []' in as_json.stdout, as_json.stdout
    none = lkj(offices, "opd", "resolve", "--lang", lang)
    assert none.returncode == 0 and len(none.stdout.splitlines()) == 1, none.stdout
