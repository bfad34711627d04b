"""Sharing, thirty-sixth pass of issue 17 (share64): two offices editing one store, as an office
shares it on a shared drive."""

from __future__ import annotations

import shutil

import pytest

from tests import test_sync
from tests.test_sync import RID, lkj, start

offices = test_sync.offices

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

NEXT = RID.replace("2023", "2024")


@pytest.mark.parametrize(("lang", "new"), [("id", "baru"), ("en", "new")])
def test_a_report_another_office_made_is_named_new_not_only_updated(
    offices, lang: str, new: str
) -> None:
    """Budi made next year's report (`new --from`) while Rina changed this year's; Rina's sync
    said "laporan diperbarui: …-2024, …-2023" of both, as if she had had next year's report
    already. The one she did not have is marked new; the one she had stays "updated"."""
    start(offices, "rina", "budi")
    assert lkj(offices, "budi", "new", "--from", RID).returncode == 0
    assert lkj(offices, "budi", "set", "-r", RID, "IKU 1", "realisasi", "3,00").returncode == 0
    assert lkj(offices, "budi", "sync").returncode == 0
    came = lkj(offices, "rina", "sync", "--lang", lang)
    assert came.returncode == 0, came.stderr
    first = came.stdout.splitlines()[0]
    assert f"{NEXT} ({new})" in first, came.stdout
    assert f"{RID} (" not in first and RID in first.replace(NEXT, ""), came.stdout
