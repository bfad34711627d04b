"""cli67: the command line's rough edges — an empty store folder that cannot be written, an
``-o`` that is a symlink, ``calc --json`` in English, a capaian's decimal mark in English."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import LKJ_TUI

#: Root ignores a folder's permissions (CAP_DAC_OVERRIDE): run as root, the command runs with
#: those capabilities dropped (util-linux's setpriv), so the folder's mode decides, as for a user.
_AS_USER = (
    [
        "setpriv",
        "--inh-caps=-all",
        "--bounding-set=-dac_override,-dac_read_search,-fowner",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0
    else []
)

needs_permissions = pytest.mark.skipif(
    sys.platform == "win32" or (bool(_AS_USER) and shutil.which("setpriv") is None),
    reason="folder permissions as a user (POSIX; as root, setpriv drops the override)",
)


def _run_as_user(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    full_env.update({"COLUMNS": "400", "NO_COLOR": "1", **(env or {})})
    return subprocess.run(
        [*_AS_USER, str(LKJ_TUI), *args],
        capture_output=True,
        text=True,
        env=full_env,
        timeout=60,
        stdin=subprocess.DEVNULL,
    )


@needs_permissions
def test_an_empty_folder_that_cannot_be_written_is_said_so(tmp_path: Path) -> None:
    """``status --store DIR`` of an empty folder the user may not write tried to put the bundled
    report in it and said "locking the report bengkulu-selatan-setda-2023 failed … the previous
    file is unchanged": a report never asked for, no previous file. Now: the store is empty and
    cannot be written, nothing changed, what to do; exit 1 (the system stops it)."""
    folder = tmp_path / "kosong"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        for command in ("status", "check", "export", "init"):
            done = _run_as_user(command, "--store", str(folder), "--lang", "en")
            said = " ".join(done.stderr.split())
            assert done.returncode == 1, (command, done.stderr)
            assert "is empty and cannot be written (Permission denied)" in said, said
            assert "Ask for write permission on that folder" in said, said
            assert said.endswith("lkj-tui init --store FOLDER --lang en"), said
            assert "locking" not in said and "previous file" not in said, said
            assert "bengkulu" not in said, said
        done = _run_as_user("status", "--store", str(folder))
        said = " ".join(done.stderr.split())
        assert done.returncode == 1, done.stderr
        assert "masih kosong dan tidak dapat ditulisi" in said, said
        done = _run_as_user("status", "--json", "--lang", "en", env={"LKJ_TUI_STORE": str(folder)})
        answer = json.loads(done.stdout)
        assert done.returncode == 1 and answer["code"] == "read-only", done.stdout
        assert "(from $LKJ_TUI_STORE) is empty and cannot be written" in answer["error"]
        assert os.listdir(folder) == []
    finally:
        folder.chmod(0o755)
