"""paths57: run as ``python -m lkj_tui``, the TUI's help and command palette name the commands
as the program was run, as its toasts and the CLI do (paths55)."""

from __future__ import annotations

import pytest

from lkj_tui.core import shell
from tests.tui.conftest import settle
from tests.tui.test_navigation import _palette_lines


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_help_and_the_palette_name_commands_as_the_program_was_run(
    make_app, monkeypatch, lang
) -> None:
    """Run as ``python -m lkj_tui`` (Windows without Python's Scripts folder on PATH: no
    ``lkj-tui`` to type), the palette's Sync said "(lkj-tui sync)" and the help "`lkj-tui
    check`", "`lkj-tui info --store FOLDER`", "`lkj-tui --lang en`": commands that do not run
    there. They say ``python -m lkj_tui``; the program's name in a sentence stays."""
    monkeypatch.setattr(shell, "RUN", "python -m lkj_tui")
    app = make_app(lang=lang)
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        _, found = await _palette_lines(pilot, "sync")
        await pilot.press("question_mark")
        await settle(pilot)
        helped = app.screen.markdown  # type: ignore[attr-defined]
        title = str(app.screen.title_text)  # type: ignore[attr-defined]
    shown = " ".join(found)
    assert "(python -m lkj_tui sync)" in shown and "lkj-tui sync" not in shown, found
    for command in ("check", "info --store FOLDER", "sync"):
        assert f"`python -m lkj_tui {command}`" in helped, command
        assert f"`lkj-tui {command}`" not in helped, command
    assert ", lkj-tui" in helped, helped  # ("lkj-tui memuat ulang" / "reloads": the program)
    assert "lkj-tui" in title, title
