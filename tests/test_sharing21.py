"""Sharing a store, the seventeenth pass (share21): `resolve` without its choice names both
commands each on a line of its own, whole on a 40-column terminal, id and en."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests import test_sync
from tests.test_sync import lkj

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize(
    ("lang", "keep", "take"), [("id", "pertahankan", "ambil-lain"), ("en", "keep", "take-other")]
)
def test_resolve_without_a_choice_gives_each_command_a_line_of_its_own(
    offices, lang, keep, take
) -> None:
    """need_choice ran both commands into one sentence ("…: lkj-tui resolve IKU 2 pertahankan
    --store PATH, atau lkj-tui resolve …"), broken at words on a terminal, and named the
    conflict as typed ("IKU 2": two words to a shell). Each command now stands whole on its own
    line, the conflict by its number."""
    from reliability.pty_capture import run_in_pty
    from tests.conftest import LKJ_TUI
    from tests.test_sync import env

    test_sync._conflict_in(offices)
    store = str(Path(str(offices["tmp"])) / "opd")
    piped = lkj(offices, "opd", "resolve", "IKU 2", "--lang", lang)
    assert piped.returncode == 2
    commands = [f"  lkj-tui resolve 1 {word} --store {store}" for word in (keep, take)]
    assert piped.stderr.splitlines()[1:] == commands, piped.stderr
    own = {**os.environ, **env(offices, "opd <opd@example.org>"), "COLUMNS": "40"}
    own |= {"NO_COLOR": "1", "LKJ_TUI_HISTORY": "off"}
    done = run_in_pty(
        [str(LKJ_TUI), "resolve", "IKU 2", "--lang", lang, "--store", store],
        env=own,
        size=(40, 24),
    )
    assert done.returncode == 2
    lines = done.output.decode().replace("\r\n", "\n").rstrip("\n").split("\n")
    assert lines[-2:] == commands, lines
    assert all(len(line) <= 40 for line in lines[:-2]), lines
