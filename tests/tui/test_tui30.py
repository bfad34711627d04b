"""The reviewer in a meeting at 80×24, continued (tui30): a command quoted in a toast's
sentence never broken inside."""

from __future__ import annotations

import re

import pytest
from rich.cells import cell_len

from tests.tui.conftest import settle
from tests.tui.test_commands_run_tui import _open_reviu, race_the_sync


def _toasts(app) -> list[tuple[list[str], int]]:  # type: ignore[no-untyped-def]
    """Each toast on screen: its message's lines and the cells its text has on a line."""
    from textual.widgets._toast import Toast

    return [
        (toast._notification.message.split("\n"), toast.content_region.width)
        for toast in app.screen.query(Toast)
    ]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    ("typed", "size", "whole"),
    [
        ("/data/lkj", (120, 40), True),
        ("/data/lkj", (80, 24), False),  # (its line 36 cells: 'lkj-tui sync --store /data/lkj'
        ("/srv/lkj-bersama", (80, 24), False),  # fits in Bahasa Indonesia alone)
    ],
)
async def test_a_command_quoted_in_a_toasts_sentence_is_never_broken_inside(
    make_app, lasting_toasts, monkeypatch, lang: str, typed: str, size: tuple[int, int], whole: bool
) -> None:
    """S on a sync another office raced said "…; jalankan 'lkj-tui sync --store X' lagi", which
    the toast broke at any space at 80 columns ("'lkj-tui" / "sync --store X'"). The toast's
    lines are laid out where it is made: the quoted command one word where it fits, else on
    lines of its own folded between its options, every line within the toast."""
    race_the_sync(monkeypatch)
    app = make_app(lang=lang, store_typed=typed)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("S")
        await settle(pilot)
        await pilot.pause()
        shown = _toasts(app)
    command = f"lkj-tui sync --store {typed}" + (" --lang en" if lang == "en" else "")
    [(lines, room)] = [each for each in shown if "lkj-tui sync" in "\n".join(each[0])]
    assert all(cell_len(line) <= room for line in lines), (lines, room)
    quoted = [line for line in lines if f"'{command}'" in line]
    folded = [line for line in lines if line.startswith("  ")]
    if quoted:  # whole in its sentence
        assert not folded, lines
    else:  # on lines of its own, after the sentence's words before it
        assert lines[lines.index(folded[0]) - 1].endswith("jalankan" if lang == "id" else "run")
        assert re.sub(r" \\\n *", " ", "\n".join(folded)).strip() == command, lines
        assert lines[-1] == ("lagi" if lang == "id" else "again"), lines
    assert bool(quoted) == (whole or (lang == "id" and typed == "/data/lkj")), lines


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_reviu_screen_opens_again_at_the_finding_it_was_left_at(
    make_app, lang: str
) -> None:
    """A reviewer goes through the findings one by one: `v`, a finding, Enter (its node), then
    `v` again began at the top, the finding they came from 14 rows down. The screen opens
    again at the finding last highlighted, after Enter and after Esc alike."""
    from textual.widgets import OptionList

    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await _open_reviu(app, pilot)
        findings = app.screen.query_one("#findings", OptionList)
        for _ in range(14):
            await pilot.press("down")
        chosen = findings.highlighted
        node = findings.get_option_at_index(chosen).id.partition(":")[2]  # type: ignore[union-attr]
        await pilot.press("enter")
        await settle(pilot)
        assert app.tree.current_id() == node  # (a finding of a node: Enter went there)
        await _open_reviu(app, pilot)
        findings = app.screen.query_one("#findings", OptionList)
        assert findings.highlighted == chosen
        await pilot.press("down", "escape")
        await settle(pilot)
        await _open_reviu(app, pilot)
        assert app.screen.query_one("#findings", OptionList).highlighted == chosen + 1
