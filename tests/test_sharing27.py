"""Sharing a store, the twentieth pass (share27): an offline sync's closing lines, who a
batch of saves is credited to, and resolve's choices in `log`."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests import test_sync
from tests.test_sharing20 import _narrow
from tests.test_sharing25 import _on_a_terminal

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices

#: The line above the command that sends the saves, for one save waiting.
SEND_ONE = {"id": "1 simpanan menunggu; kirim dengan:", "en": "1 save waits; send it with:"}


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_offline_sync_ends_with_the_command_that_sends_the_saves_whole(offices, lang) -> None:
    """Offline, `sync` ended "… — 1 simpanan menunggu 'lkj-tui sync' berikutnya.": a command
    without the --store typed (typed as shown, it synced another store), and at 40 columns
    three short lines above it ("bekerja terus di laptop ini — 3" / "simpanan menunggu" /
    "'lkj-tui sync' berikutnya."). The saves that wait now close it on a line of their own,
    then the command with the store, whole on its own line, at 40 and 80 columns and to a
    pipe; --json is as it was."""
    test_sync.start(offices, "opd")
    store = Path(str(offices["tmp"])) / "opd"
    url = "https://git.bengkulu-selatan.invalid/bappeda/lkj.git"
    subprocess.run(["git", "-C", str(store), "remote", "set-url", "origin", url], check=True)
    assert test_sync.lkj(offices, "opd", "set", "IKU 1", "realisasi", "2,90").returncode == 0
    command = "  lkj-tui sync --store opd" + (" --lang en" if lang == "en" else "")
    for columns in (40, 80):
        lines = _on_a_terminal(offices, columns, "sync", "--lang", lang, code=3)
        lines = [line for line in lines if line.strip()]
        assert lines[-2:] == [SEND_ONE[lang], command], "\n".join(lines)
        assert not any("'lkj-tui" in line for line in lines), "\n".join(lines)
    piped = _narrow(offices, "opd", "sync", "--lang", lang, columns=40)
    assert piped.returncode == 3 and piped.stdout == "", piped.stderr
    said = piped.stderr.split("\n")
    assert len(said) == 4 and said[1:] == [SEND_ONE[lang], command, ""], piped.stderr
    assert said[0].startswith("lkj-tui: ") and "git.bengkulu-selatan.invalid" in said[0]
    data = test_sync.lkj(offices, "opd", "sync", "--json")
    assert data.returncode == 3 and '"waiting": 1' in data.stdout, data.stdout
