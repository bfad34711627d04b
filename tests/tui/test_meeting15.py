"""The TUI in a meeting, fifteenth pass (tui15): 80×24 and 120×40, id and en."""

from __future__ import annotations

import pytest
from textual.widgets._toast import Toast

from tests.tui.conftest import settle


@pytest.mark.usefixtures("lasting_toasts")
@pytest.mark.parametrize(("size", "lang"), [((80, 24), "id"), ((120, 40), "en")])
async def test_each_jump_replaces_the_toast_of_the_one_before(make_app, size, lang) -> None:
    """`n` pressed three times stacked three toasts ("1 dari 12", "2 dari 12", "3 dari 12": nine
    lines over the detail pane at 80×24); now one says where the cursor is. Typed in a burst
    too (the toasts are asked for before the first is on screen)."""
    app = make_app(lang=lang)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        app.toast("Laporan dimuat ulang")  # another kind of toast stays
        for keys in (("n",), ("n",), ("N", "n", "n")):
            await pilot.press(*keys)
            await settle(pilot)
        await pilot.pause()
        shown = [toast.render().plain for toast in app.screen.query(Toast)]
        assert shown == ["Laporan dimuat ulang", ("3 of 12" if lang == "en" else "3 dari 12")]
