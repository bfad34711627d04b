"""share17: two offices sharing a store through git, as their users read it (docs/sharing.md),
through the installed command."""

from __future__ import annotations

import json
import shutil

import pytest

from tests import test_sync
from tests.test_sync import lkj

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices


def test_sync_names_what_it_sent_and_received_saves_as_the_offline_line_does(offices) -> None:
    """`sync` said "Dikirim 2 perubahan" / "Sent 2 changes" of what the offline line and
    `info` call "2 simpanan" / "2 saves": the same count, one noun, in id and en."""
    test_sync.start(offices, "pusat", "opd")
    for code, value in (("IKU 1", "3,00"), ("IKU 2", "82")):
        assert lkj(offices, "opd", "set", code, "realisasi", value).returncode == 0
    sent = lkj(offices, "opd", "sync", "--lang", "en")
    assert sent.returncode == 0, sent.stderr
    assert "Sent 2 saves to " in sent.stdout, sent.stdout
    received = lkj(offices, "pusat", "sync")
    assert "Diterima 2 simpanan dari kantor lain" in " ".join(received.stdout.split())
    assert lkj(offices, "pusat", "set", "IKU 3", "realisasi", "5").returncode == 0
    assert json.loads(lkj(offices, "pusat", "sync", "--json").stdout)["sent"] == 1
    back = lkj(offices, "opd", "sync", "--lang", "en")
    assert "Received 1 save from other offices" in " ".join(back.stdout.split())


@pytest.mark.parametrize("lang", ["id", "en"])
def test_offline_with_the_drive_unplugged_says_connect_it_not_init_again(offices, lang) -> None:
    """The shared folder on a drive that is not connected (its parent not there either) was
    "tidak ditemukan — … atau alamatnya salah (ganti dengan 'lkj-tui sync --init ALAMAT')":
    the address is right, the drive is not there. It says what is not there and to connect
    the drive; `--json` names it. A folder whose parent is there keeps the address advice."""
    from pathlib import Path

    tmp = Path(str(offices["tmp"]))
    drive = tmp / "drive"
    remote = drive / "Bersama LKj" / "lkj.git"
    remote.parent.mkdir(parents=True)
    Path(str(offices["remote"])).rename(remote)
    offices["remote"] = remote
    test_sync.start(offices, "pusat", "opd")
    assert lkj(offices, "opd", "set", "IKU 2", "realisasi", "81").returncode == 0
    drive.rename(tmp / "unplugged")
    out = lkj(offices, "opd", "sync", "--lang", lang)
    assert out.returncode == 3, out.stderr
    said = " ".join(out.stderr.split())
    assert {
        "id": f"folder {remote} tidak terjangkau — {drive} tidak ada: sambungkan drive bersama, "
        "lalu jalankan 'lkj-tui sync' lagi",
        "en": f"the folder {remote} cannot be reached — {drive} is not there: connect the "
        "shared drive, then run 'lkj-tui sync' again",
    }[lang] in said, said
    assert "--init" not in said
    assert json.loads(lkj(offices, "opd", "sync", "--json").stdout)["drive_missing"] == str(drive)
    remote.parent.mkdir(parents=True)  # (the folder that holds it is there: the address?)
    there = " ".join(lkj(offices, "opd", "sync", "--lang", lang).stderr.split())
    assert "--init" in there and "tidak ada:" not in there and "is not there:" not in there
    assert json.loads(lkj(offices, "opd", "sync", "--json").stdout)["drive_missing"] is None
