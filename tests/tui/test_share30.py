"""Sharing in the TUI at 80×24, twenty-first pass of issue 17 (share30)."""

from __future__ import annotations

from rich.cells import cell_len

from tests.tui.conftest import settle
from tests.tui.test_tui29 import _toast_lines


async def test_a_toast_folds_a_command_with_a_spaced_store_within_its_room(
    make_app, lasting_toasts
) -> None:
    """`--lang en`, S on a store not shared, typed as "/tmp/share30-b laptop": the fold gave
    `    --store "/tmp/share30-b laptop" \\` 37 cells in a toast of 36, and the toast set its
    " \\" on a line of its own, ending the command there for a shell. Every line of the command
    fits the toast with its mark now."""
    app = make_app(lang="en", store_typed="/tmp/share30-b laptop")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        await pilot.pause()
        shown = _toast_lines(app)
    [(lines, room)] = [each for each in shown if "sync --init" in "".join(each[0])]
    at = next(n for n, line in enumerate(lines) if line.endswith("Share it with:"))
    folded = lines[at + 1 :]
    assert any('--store "/tmp/share30-b laptop" \\' in line for line in folded), folded
    assert all(cell_len(line) <= room for line in folded), (folded, room)
