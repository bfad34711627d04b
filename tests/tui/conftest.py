"""Fixtures for the TUI tests: a temporary store with the bundled report, and an app factory."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.storage.store import Store
from lkj_tui.tui.app import LkjApp

SIZE = (120, 40)


@pytest.fixture
def tui_store(tmp_path: Path) -> Store:
    return Store(tmp_path / "store", seed=load_bundled_report)


@pytest.fixture
def make_app(tui_store: Store, tmp_path: Path) -> Callable[..., LkjApp]:
    def make(store: Store | None = None, report_id: str | None = None, lang: str = "id") -> LkjApp:
        app = LkjApp(store or tui_store, report_id=report_id, lang=lang)
        app.export_folder = tmp_path
        app.poll_seconds = 0  # no background polling: each test decides when the store changes
        return app

    return make


async def settle(pilot: Pilot) -> None:
    """Wait until every worker finished and the messages they posted were handled."""
    for _ in range(3):
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def no_blink(pilot: Pilot) -> None:
    for widget in pilot.app.screen.query(Input):
        widget.cursor_blink = False


def node_id_by_code(app: LkjApp, code: str) -> str:
    assert app.view is not None
    return next(n.id for n in app.view.evaluation.report.walk() if n.code == code)


def report_id() -> str:
    return BUNDLED_REPORT_ID
