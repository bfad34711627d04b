"""Snapshot tests (pytest-textual-snapshot): fixed terminal size, loaded report, no cursor blink.

Update after an intended change with ``pytest tests/tui/test_snapshots.py --snapshot-update`` and look
at the SVGs in tests/tui/__snapshots__/ before committing them.
"""

from __future__ import annotations

import pytest

from tests.tui.conftest import SIZE, no_blink, settle

pytestmark = pytest.mark.usefixtures("lasting_toasts")  # the pictures are not timed


def steps(*keys: str):
    async def run_before(pilot) -> None:
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        await no_blink(pilot)
        await pilot.pause()

    return run_before


def test_main_screen(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=steps("j", "j"))


def test_under_target_filter(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=steps("u", "n", "n"))


def test_invalid_realisasi_dialog(snap_compare, make_app) -> None:
    keys = ("j", "j", "e", "ctrl+u", "2", ".", ".", "5", "enter")
    assert snap_compare(make_app(), terminal_size=SIZE, run_before=steps(*keys))


def test_english_help(snap_compare, make_app, monkeypatch) -> None:
    """The help shows the store's folder and the settings file: fixed here (tmp paths vary)."""
    from pathlib import Path

    monkeypatch.setenv("LKJ_TUI_CONFIG", "/home/user/.config/lkj-tui/settings.json")

    async def run_before(pilot) -> None:
        await settle(pilot)
        pilot.app.store.root = Path("/home/user/.local/share/lkj-tui/store")
        await steps("question_mark")(pilot)

    assert snap_compare(make_app(lang="en"), terminal_size=SIZE, run_before=run_before)


def test_light_theme(snap_compare, make_app) -> None:
    """The palette's theme switcher: rating colours come from theme variables."""

    async def light(pilot) -> None:
        pilot.app.theme = "textual-light"
        await steps("u", "n")(pilot)

    assert snap_compare(make_app(), terminal_size=SIZE, run_before=light)


SMALL, LARGE = (80, 24), (160, 45)


def at_iku1(*keys: str):
    async def run_before(pilot) -> None:
        await settle(pilot)
        app = pilot.app
        app.tree.reveal(next(n.id for n in app.view.evaluation.report.walk() if n.code == "IKU 1"))
        await steps(*keys)(pilot)

    return run_before


def test_measure_form_small(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=SMALL, run_before=at_iku1("m"))


def test_measure_form_large(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=LARGE, run_before=at_iku1("m", "down", "down"))


def test_move_picker_small(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=SMALL, run_before=at_iku1("M"))


def test_move_picker_large(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=LARGE, run_before=at_iku1("M", "s", "3"))


def test_delete_node_confirm_small(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=SMALL, run_before=at_iku1("d", "enter"))


def test_delete_node_confirm_large(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=LARGE, run_before=at_iku1("d", "enter"))


def test_discard_question_small(snap_compare, make_app) -> None:
    keys = ("e", "ctrl+u", "3", ",", "3", "escape")
    assert snap_compare(make_app(), terminal_size=SMALL, run_before=at_iku1(*keys))


def test_main_screen_small(snap_compare, make_app) -> None:
    """At 80×24 the key bar keeps ? and q."""
    assert snap_compare(make_app(), terminal_size=SMALL, run_before=steps("j", "j"))


def test_quarters_form_small(snap_compare, make_app) -> None:
    """``w``: a target and a realisasi per quarter; the realisasi of quarter I focused."""
    assert snap_compare(make_app(), terminal_size=SMALL, run_before=at_iku1("w", "2", ",", "5"))


def test_quarters_form_large(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=LARGE, run_before=at_iku1("w", "up", "3"))


def fixed_clock(monkeypatch) -> None:
    """The export's default name and the change log's times from a fixed clock."""
    import datetime

    class Day(datetime.date):
        @classmethod
        def today(cls):  # type: ignore[override]
            return cls(2026, 3, 2)

    class Moment(datetime.datetime):
        @classmethod
        def now(cls, tz=None):  # type: ignore[override]
            return cls(2026, 3, 2, 10, 42, 7)

    monkeypatch.setattr("lkj_tui.tui.session.date", Day)
    monkeypatch.setattr("lkj_tui.tui.editing.datetime", Moment)


def meeting(make_app, monkeypatch):
    """An app whose export folder and clock are fixed (the dialog shows both) and that shows no
    toasts (a saved edit's toast expires on its own: a slow run would lose it)."""
    from pathlib import Path

    fixed_clock(monkeypatch)
    app = make_app()
    app.export_folder = Path("/home/user/rapat")
    app.notify = lambda *args, **kwargs: None
    return app


EDIT = ("e", "ctrl+u", "3", ",", "0", "0", "enter")


def test_export_dialog_small(snap_compare, make_app, monkeypatch) -> None:
    app = meeting(make_app, monkeypatch)
    assert snap_compare(app, terminal_size=SMALL, run_before=at_iku1(*EDIT, "x"))


def test_export_dialog_large(snap_compare, make_app, monkeypatch) -> None:
    app = meeting(make_app, monkeypatch)
    assert snap_compare(app, terminal_size=LARGE, run_before=at_iku1(*EDIT, "x", "down"))


def test_change_log_small(snap_compare, make_app, monkeypatch) -> None:
    app = meeting(make_app, monkeypatch)
    keys = (*EDIT, "ctrl+z", "L")
    assert snap_compare(app, terminal_size=SMALL, run_before=at_iku1(*keys))


def test_change_log_large(snap_compare, make_app, monkeypatch) -> None:
    app = meeting(make_app, monkeypatch)
    keys = (*EDIT, "w", "up", "2", "ctrl+s", "L")
    assert snap_compare(app, terminal_size=LARGE, run_before=at_iku1(*keys))


def test_report_form_small(snap_compare, make_app) -> None:
    assert snap_compare(make_app(), terminal_size=SMALL, run_before=at_iku1("E"))


def test_discard_question_large(snap_compare, make_app) -> None:
    keys = ("m", "ctrl+u", "x", "escape")
    assert snap_compare(make_app(), terminal_size=LARGE, run_before=at_iku1(*keys))
