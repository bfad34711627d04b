"""cli68: the command line as a new user finds it — a store folder that cannot be written found
by trying to write there (``os.access`` calls every folder writable on Windows), ..."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from tests.conftest import run_cli
from tests.test_cli67 import needs_permissions, said_emptied_read_only

#: ``lkj-tui`` with ``os.access`` saying what it says on Windows: every folder is writable
_AS_ON_WINDOWS = (
    "import os, sys; os.access = lambda *a, **k: True; sys.argv[0] = 'lkj-tui'; "
    "from lkj_tui.cli.entry import main; main()"
)


@needs_permissions
def test_an_emptied_store_that_cannot_be_written_is_found_by_trying(tmp_path: Path) -> None:
    """A store whose reports were deleted, in a folder the user may not write, where the system
    calls every folder writable (``os.access`` on Windows): ``status``, ``check`` and ``info``
    said "import your report … or lkj-tui init --store DIR", two commands that cannot write there.
    The folder is tried (a temp file, removed): the refusal and its reason are said."""
    said_emptied_read_only(tmp_path, program=(sys.executable, "-c", _AS_ON_WINDOWS))


def test_trying_a_writable_emptied_store_leaves_nothing_behind(tmp_path: Path) -> None:
    """The try leaves no file in a store the user may write, and the store's own hint stands."""
    folder = tmp_path / "dikosongkan"
    folder.mkdir()
    (folder / "lama-2023.json.lock").touch()
    done = run_cli("status", "--store", str(folder), "--lang", "en")
    said = " ".join(done.stderr.split())
    assert done.returncode == 1, done.stderr
    assert "cannot be written" not in said and "import" in said, said
    assert os.listdir(folder) == ["lama-2023.json.lock"]
