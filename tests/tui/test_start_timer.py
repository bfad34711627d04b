"""The start screen's timer (``overview.START_DELAY``) can fire after the app has closed: a test
that ends quickly, or a user who quits at once. It then opened the overview on an empty screen
stack and raised ``ScreenStackError`` (seen intermittently in ``test_meeting27``'s help test)."""

from __future__ import annotations

from typing import Any

from tests.tui.conftest import settle
from tests.tui.test_meeting16 import kabupaten_report  # noqa: F401  (a fixture)


async def test_the_start_timer_firing_after_the_app_closed_does_nothing(
    make_app,
    kabupaten_report,  # noqa: F811
) -> None:
    app = make_app(report_id=None)
    held: list[Any] = []
    set_timer = app.set_timer

    def holding(delay: float, callback: Any = None, *, name: str | None = None, **kw: Any) -> Any:
        if name == "years-start":  # held back: fired by hand once the app has closed
            held.append(callback)
            return None
        return set_timer(delay, callback, name=name, **kw)

    app.set_timer = holding  # type: ignore[method-assign]
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        assert app.view is not None  # a report is open: its start timer was asked for
    assert len(held) == 1, held
    assert not app.screen_stack  # (closed)
    held[0]()  # must neither raise nor start a worker on a closed app
    assert not app.screen_stack
