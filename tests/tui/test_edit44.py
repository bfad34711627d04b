"""edit44: the report picker (``r``): next year's report is made only once the user has seen what
it will be; keys typed ahead never make it, nor close the app."""

from __future__ import annotations

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import ConfirmDialog
from lkj_tui.tui.screens import ReportScreen
from tests.tui.conftest import settle
from tests.tui.test_typing import burst

NEXT = "bengkulu-selatan-setda-2024"


def reports(store: Store) -> list[str]:
    return sorted(info.id for info in Store(store.root).list_reports())


@pytest.mark.parametrize(
    "keys",
    [
        ("down", "down", "enter", "enter"),
        ("down", "down", "enter", "enter", "enter", "enter", "enter"),
        (*"2024", "enter", "enter", "enter"),  # a year not in the store: only "Laporan baru…"
    ],
)
async def test_keys_typed_ahead_in_the_picker_make_no_report(make_app, tui_store, keys) -> None:
    """At 60×20 keys sent at once (``r`` ↓ ↓ Enter Enter, as tmux sends them) made next year's
    report unseen: Enter on "Laporan baru…", Enter on its first choice. Sent at once, the
    second Enter also reached the picker after it had gone and closed the app (ScreenStackError).
    Now no run of Enter, arrows and a filter makes a report: the question that says what it
    would make keeps Batal focused; the app stays up on its report."""
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        assert isinstance(app.screen, ReportScreen)
        burst(app, *keys)
        for _ in range(3):
            await settle(pilot)
        assert app.is_running and app.view is not None
        assert app.view.report_id == BUNDLED_REPORT_ID
    assert reports(tui_store) == [BUNDLED_REPORT_ID]


@pytest.mark.parametrize(
    ("lang", "said"), [("id", "Laporan 2023 tidak diubah."), ("en", "unchanged")]
)
async def test_next_years_report_says_what_it_makes_before_it_is_made(
    make_app, tui_store, lang: str, said: str
) -> None:
    """The menu's first choice asks first, naming the year, the instansi and the id it makes;
    Batal has the focus (Enter keeps the store as it is); ``y`` makes it and opens it."""
    app = make_app(lang=lang)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        await pilot.press("enter")  # the menu's first choice: next year's report
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        text = app.screen.text
        assert "2024" in app.screen.title_text and NEXT in text and said in text
        assert "Sekretariat Daerah Kabupaten Bengkulu Selatan" in text
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, ConfirmDialog)
        assert reports(tui_store) == [BUNDLED_REPORT_ID]
        await pilot.press("r")
        await settle(pilot)
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("y")
        for _ in range(2):
            await settle(pilot)
        assert app.view is not None and app.view.report_id == NEXT
    assert reports(tui_store) == [BUNDLED_REPORT_ID, NEXT]
