"""The TUI in a meeting, sixteenth pass's second wave (tui19): 80×24 and 120×40, id and en."""

from __future__ import annotations

import pytest

from tests.tui.conftest import settle


@pytest.mark.parametrize("keys", [("tab",), ("tab", "tab"), ("shift+tab",)])
async def test_tab_on_the_main_screen_repaints_only_what_changed(
    make_app, monkeypatch, keys
) -> None:
    """Tab between the tree and the detail pane repainted the whole screen (Textual's
    Screen.focused repaints its screen), as a dialog's Tab did before 2fb93f8: only the two panes
    that gain and lose the focus repaint now, and the focus still moves."""
    from textual._compositor import Compositor

    from tests.tui.conftest import go

    full = []
    whole = Compositor.render_full_update

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        full.append(self)
        return whole(self, *args, **kwargs)

    monkeypatch.setattr(Compositor, "render_full_update", counted)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await go(pilot, "IKU 1")
        await settle(pilot)
        first = app.screen.focused
        full.clear()
        for key in keys:
            await pilot.press(key)
            await pilot.pause()
        assert (app.screen.focused is first) == (len(keys) == 2)  # the focus moved (and back)
        assert not full, len(full)

