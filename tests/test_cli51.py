"""cli51: what words50 found in `sync` and the suggested commands."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.test_sync import lkj, offices, start  # noqa: F401 - fixture

git_needed = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def _address(offices, who: str) -> str:  # noqa: F811
    store = Path(str(offices["tmp"])) / who
    done = subprocess.run(
        ["git", "-C", str(store), "remote", "get-url", "origin"], capture_output=True, text=True
    )
    return done.stdout.strip()


@git_needed
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_new_address_not_reached_leaves_the_shared_address_as_it_was(
    offices,  # noqa: F811
    lang: str,
) -> None:
    """`sync --init /missing/path` on a store shared already set the new address, then said
    "Luring": the address that worked was gone from the store. The new one is tried first; not
    reached, the store keeps its address, and the message says which one it keeps and why."""
    start(offices, "opd")
    old = str(offices["remote"])
    gone = Path(str(offices["tmp"])) / "pindah" / "lkj.git"
    done = lkj(offices, "opd", "sync", "--init", str(gone), "--lang", lang)
    assert done.returncode == 3, done.stderr  # (offline: the saves go to the old address)
    said = " ".join(done.stderr.split())
    kept = {
        "id": f"alamat bersama tetap {old} (tidak diganti): folder {gone} tidak terjangkau — "
        f"folder 'pindah' tidak ada di {offices['tmp']}: periksa namanya",
        "en": f"the shared address stays {old} (not changed): the folder {gone} cannot be "
        f"reached — there is no folder 'pindah' in {offices['tmp']}: check its name",
    }[lang]
    assert kept in said, said
    assert "diganti dari" not in done.stdout and "changed from" not in done.stdout
    assert _address(offices, "opd") == old
    assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    sent = lkj(offices, "opd", "sync", "--lang", lang)
    assert sent.returncode == 0 and old in sent.stdout, sent.stdout + sent.stderr


@git_needed
def test_a_new_address_that_holds_no_repository_is_refused_with_the_old_one_kept(
    offices,  # noqa: F811
    tmp_path: Path,
) -> None:
    """A folder that is there but empty (a share not mounted) given as the new address: refused
    as before (exit 1, the drive asked about), and now the address is still the old one."""
    start(offices, "opd")
    old = str(offices["remote"])
    empty = tmp_path / "kosong"
    empty.mkdir()
    done = lkj(offices, "opd", "sync", "--init", str(empty), "--lang", "en")
    assert done.returncode == 1, done.stderr
    said = " ".join(done.stderr.split())
    assert f"the shared address stays {old} (not changed): {empty} is an empty folder" in said
    assert _address(offices, "opd") == old
