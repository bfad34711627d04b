"""Sharing at 40, 80 and 120 columns, twenty-second pass of issue 17 (share32): ``sync --init``
to a new address says the address changed; ``info`` keeps a count with its noun."""

from __future__ import annotations

import itertools
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


@pytest.mark.parametrize("lang", ["id", "en"])
def test_info_at_40_columns_keeps_each_count_with_its_noun_and_folds_its_commands(
    offices,  # noqa: F811
    lang: str,
) -> None:
    """`info` at 40 columns read "…/remote.git · 1" / "simpanan belum dikirim" (a count apart from
    its noun), and printed "lkj-tui resolve -r ID --store PATH" whole, cut by the terminal
    mid-id: each count now stays with its noun, each command folded at its options."""
    from tests.test_sharing25 import _after, _on_a_terminal
    from tests.tui.test_sharing import iku2_conflict

    iku2_conflict(offices)
    assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    lines = _on_a_terminal(offices, 40, "info", "--lang", lang)
    shown = "\n".join(lines)
    tmp = str(offices["tmp"])[:20]  # (the test's own paths are wider than 40: not asked of)
    assert all(len(line) <= 40 for line in lines if tmp not in line and "pytest" not in line), shown
    joined = " ".join(line.strip() for line in lines)
    counts = ("1 simpanan", "0 diterima") if lang == "id" else ("1 save", "0 received")
    pairs = list(itertools.pairwise(lines))
    for count in counts:
        first, second = count.split()
        assert count in joined, shown
        assert not any(
            a.rstrip().endswith(f" {first}") and b.strip().startswith(second) for a, b in pairs
        ), shown
    at = next(i for i, line in enumerate(lines) if line.strip().startswith("lkj-tui resolve"))
    command = _after(lines, lines[at - 1]).strip()
    assert command.startswith("lkj-tui resolve -r bengkulu-selatan-setda-2023 --store opd"), shown
