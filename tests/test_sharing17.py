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
