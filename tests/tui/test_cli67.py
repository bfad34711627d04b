"""cli67 in the TUI: the export dialog refuses a file name that is a symbolic link, as every
``-o`` of the command line does."""

from __future__ import annotations

import os
import sys

import pytest

from lkj_tui.tui.components.forms import FormDialog
from tests.tui.conftest import opened, settle
from tests.tui.test_authoring import opens, shown


@pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32", reason="symlinks")
async def test_the_export_dialog_refuses_a_symlink(make_app, tmp_path) -> None:
    """A dangling link typed as the export's file "existed", and the second save (ctrl+s)
    replaced the link by the file, its target never written: now the dialog says it is a link
    and where it points, twice saved, and the link and the folder are left as they were."""
    (tmp_path / "putus.md").symlink_to(tmp_path / "hilang.md")
    async with opened(make_app, "IKU 1") as (app, pilot, _):
        await opens(pilot, "x")
        await pilot.press("ctrl+u", *"putus.md", "ctrl+s")
        await settle(pilot)
        for _ in range(2):
            assert isinstance(app.screen, FormDialog)
            error = " ".join(shown(app.screen, "#error").split())
            assert "adalah tautan simbolik (symlink) ke" in error, error
            assert "hilang.md" in error and "sudah ada" not in error, error
            await pilot.press("ctrl+s")
            await settle(pilot)
    assert (tmp_path / "putus.md").is_symlink() and not (tmp_path / "hilang.md").exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".md") == ["putus.md"]
