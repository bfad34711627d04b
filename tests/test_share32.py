"""Sharing at 40, 80 and 120 columns, twenty-second pass of issue 17 (share32): ``sync --init``
to a new address says the address changed; ``info`` keeps a count with its noun."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.test_sync import lkj, offices, start  # noqa: F401 - fixture

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_init_to_a_new_address_says_it_changed_from_the_old_one(offices, lang: str) -> None:  # noqa: F811
    """IT moved the shared repository: `sync --init NEW` on a store shared already printed only
    "Sudah sinkron dengan NEW" (the new one a copy of the old). It now says the address changed
    from the old one, and that nothing here was lost; `--json` names the old one."""
    start(offices, "opd")
    old = str(offices["remote"])
    new = Path(str(offices["tmp"])) / "Bersama LKj" / "baru.git"
    subprocess.run(["git", "clone", "-q", "--bare", old, str(new)], check=True)
    done = lkj(offices, "opd", "sync", "--init", str(new), "--lang", lang)
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    said = {
        "id": f'Alamat bersama diganti dari {old} ke "{new}"; laporan dan riwayatnya di laptop ini'
        " tetap utuh (repositori lama tidak diubah).",
        "en": f'Shared address changed from {old} to "{new}"; the reports and their history on'
        " this laptop are kept whole (the old repository is not changed).",
    }[lang]
    assert first == said, done.stdout
    again = lkj(offices, "opd", "sync", "--init", str(new), "--json")  # (the same address)
    data = json.loads(again.stdout)
    assert data["remote"] == str(new) and data["remote_before"] is None, data
    back = json.loads(lkj(offices, "opd", "sync", "--init", old, "--json").stdout)
    assert back["remote_before"] == str(new), back
