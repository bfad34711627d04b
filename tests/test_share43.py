"""Sharing, twenty-eighth pass of issue 17 (ys43): a clone of a shared store with no report says
so and what to type next; the `init` it names adds the example and says the next sync shares
it."""

from __future__ import annotations

import shlex
import shutil
from pathlib import Path

import pytest

from tests import test_sync
from tests.test_share41 import _shared_files
from tests.test_sync import lkj

offices = test_sync.offices

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_clone_of_an_empty_store_names_init_and_init_adds_the_example(offices, lang: str) -> None:
    """`sync --clone` of a store shared empty (`sync --init` of a new store) said only "Store
    made from X in Y." The clone says it holds no report and names the two ways on: import
    one's report, or `init` for the example. That `init`, as printed, said "The bundled report
    is back" of a store that never held it: it says the example is added and that the next sync
    shares it, which the sync then does."""
    tmp, remote = Path(str(offices["tmp"])), Path(str(offices["remote"]))
    assert lkj(offices, "pusat", "sync", "--init", str(remote)).returncode == 0
    clone = tmp / "opd"
    done = lkj(offices, "opd", "sync", "--clone", str(remote), "--lang", lang)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    words = {
        "id": (
            f"Penyimpanan dibuat dari {remote} di {clone}, belum berisi laporan; impor laporan "
            f"Anda: lkj-tui import BERKAS.xlsx --store {clone}",
            f"Atau laporan contoh (bawaan): lkj-tui init --store {clone}",
        ),
        "en": (
            f"Store made from {remote} in {clone}, with no report yet; import your report: "
            f"lkj-tui import FILE.xlsx --store {clone} --lang en",
            f"Or the sample (bundled) report: lkj-tui init --store {clone} --lang en",
        ),
    }[lang]
    assert tuple(lines) == words, done.stdout
    typed = shlex.split(lines[-1].partition(": ")[2])  # the init as printed
    assert typed[:2] == ["lkj-tui", "init"], typed
    added = test_sync.run_cli(*typed[1:], env=test_sync.env(offices, "opd <opd@example.org>"))
    assert added.returncode == 0, added.stderr
    said = {
        "id": f"Laporan bawaan ditambahkan ke penyimpanan {clone}; sync berikutnya "
        "membagikannya ke kantor lain",
        "en": f"The bundled report is added to the store {clone}; the next sync shares it with "
        "the other offices",
    }[lang]
    assert " ".join(added.stdout.split()) == said, added.stdout
    assert [p.name for p in clone.glob("*.json")] == [f"{test_sync.RID}.json"]
    sent = lkj(offices, "opd", "sync")
    assert sent.returncode == 0 and sent.stdout.startswith("Dikirim 1 simpanan"), sent.stdout
    assert f"{test_sync.RID}.json" in _shared_files(remote)
    again = lkj(offices, "opd", "init", "--lang", lang)  # (now it holds it: left as it is)
    assert again.stdout.startswith(("Penyimpanan sudah ada", "The store already exists"))


def test_a_clone_of_a_store_with_reports_says_only_where_it_was_made(offices) -> None:
    tmp, remote = Path(str(offices["tmp"])), Path(str(offices["remote"]))
    test_sync.start(offices, "pusat", "opd")
    done = lkj(offices, "bappeda", "sync", "--clone", str(remote))
    assert done.stdout == f"Penyimpanan dibuat dari {remote} di {tmp / 'bappeda'}.\n", done.stdout
