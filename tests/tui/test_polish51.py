"""docs50's notes: the reviu screen's title at 60×20 and 80×24, id and en (no "·" left at a
line's end, no blank row under it below 30 rows, its hint's last word never alone); the help
names both keys that quit and says where `q` closes instead (the list screens: it quit the app
from the reviu, the history and the conflicts)."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList, Static

from lkj_tui.tui.components.changelog import ChangeLogScreen
from lkj_tui.tui.components.sharingscreens import ConflictScreen, HistoryScreen
from lkj_tui.tui.reviu import ReviuScreen
from lkj_tui.tui.screens import HelpScreen, help_text
from tests.tui.conftest import settle, text_of

WORDS = {
    "id": ("kesalahan", "peringatan", "catatan", "Enter: ke simpul"),
    "en": ("errors", "warnings", "notes", "Enter: go to the node"),
}


def _lines(widget: Static) -> list[str]:
    return [line.rstrip() for line in text_of(widget).splitlines()]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
async def test_the_reviu_title_breaks_between_its_parts(make_app, lang, size) -> None:
    app = make_app(lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviuScreen)
        counts = app.reviu.counts()
        error, warning, info, key = WORDS[lang]
        said = f"Reviu: {counts['error']} {error} · {counts['warning']} {warning} · "
        said += f"{counts['info']} {info}"
        title = screen.query_one(".dialog-title", Static)
        lines = _lines(title)
        width = title.content_region.width
        if len(said) + 5 + len(key) <= width:  # both on one line, "·" between them
            assert lines == [f"{said}  ·  {key}"], (width, lines)
        else:  # each on a line of its own, no "·" at a line's end
            assert lines == [said, key], (width, lines)
        findings = screen.query_one("#findings", OptionList)
        gap = findings.region.y - title.region.bottom
        assert gap == (0 if size[1] < 30 else 1), lines  # the list's own border under the title
        await pilot.press("x")  # the command that writes the Catatan Hasil Reviu, and its hint
        await pilot.pause()
        hint = _lines(screen.query_one("#hint", Static))
        assert len(hint[-1].split()) > 1, hint  # ("with:" was alone under it at 60×20, en)


#: The screens `q` closes (rather than quitting), how each is opened (a key, or the app's own
#: method with nothing found: H and K need a shared store) and how the help's `q` row names it
#: (id, en).
CLOSED_BY_Q = {
    HelpScreen: ("?", ("bantuan ini", "this help")),
    ChangeLogScreen: ("L", ("log perubahan", "change log")),
    ReviuScreen: ("v", ("reviu", "the reviu")),
    HistoryScreen: (
        lambda app: app._show_history(app.view.report_id, [], "IKU 1"),
        ("riwayat", "history"),
    ),
    ConflictScreen: (
        lambda app: app._show_conflicts(app.view.report_id, [], []),
        ("konflik", "conflicts"),
    ),
}


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_help_names_ctrl_q_and_where_q_only_closes(make_app, lang) -> None:
    app = make_app(lang=lang)
    quitting = {
        key
        for cls in type(app).__mro__
        for binding in getattr(cls, "BINDINGS", ())
        if getattr(binding, "action", "") == "quit"
        for key in binding.key.split(",")
    }
    assert quitting == {"q", "ctrl+q"}  # (Textual's ctrl+q and the app's q)
    row = next(line for line in help_text(lang).splitlines() if line.startswith("| `q`"))
    keys, said = row.split(" | ")[0], row.split(" | ")[1]
    assert all((k if k.startswith("ctrl+") else f"`{k}`") in keys for k in quitting), row
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        for screen, (opening, names) in CLOSED_BY_Q.items():
            closing = {k for b in screen.BINDINGS for k in b.key.split(",") if b.action == "cancel"}
            assert "q" in closing and names[lang == "en"] in said, (screen, row)
            if isinstance(opening, str):
                await pilot.press(opening)
            else:
                opening(app)
            await settle(pilot)
            assert isinstance(app.screen, screen)
            await pilot.press("q")  # closes it; the app goes on
            await settle(pilot)
            assert not isinstance(app.screen, screen) and app.return_code is None
        await pilot.press("?")
        await settle(pilot)
        await pilot.press("ctrl+q")  # quits from the help as from the report
        await pilot.pause()
        assert app.return_code == 0


@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
async def test_the_history_has_no_blank_row_under_its_title_below_30_rows(make_app, size) -> None:
    from lkj_tui.sync.history import Entry

    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        rid = app.view.report_id
        entries = [
            Entry("c1", "Budi", "2026-12-06T18:08:00+07:00", rid, "n1", "IKU 1", ("t",), "3", "4"),
            Entry("c2", "Rina", "2026-12-06T18:09:00+07:00", rid, "n1", "IKU 1", ("t",), "4", "5"),
        ]
        app._show_history(rid, entries, "IKU 1")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HistoryScreen)
        title = screen.query_one(".dialog-title", Static)
        listed = screen.query_one("#entries", OptionList)
        assert listed.region.y - title.region.bottom == (0 if size[1] < 30 else 1)
        assert listed.option_count == 2 and "Budi" in text_of(listed)
