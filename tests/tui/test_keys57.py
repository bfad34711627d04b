"""keys57: keys typed ahead of the app (while the first report loads, a screen or a dialog opens,
a slow widget works) are handled one at a time, in the order typed, each on the screen the key
before it left on top.

The loads are held back by a gate (``load_view`` waits for it, as in test_tui41), and a slow tree
by a gate in its key handling: the keys surely come while the app is busy, however fast the box.
"""

from __future__ import annotations

import asyncio
import re
import threading
from typing import Any

import pytest
from textual import events
from textual.widgets import Input, TextArea

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.core import edits
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import TextDialog
from lkj_tui.tui.components.tree import LkjTree
from tests.tui.conftest import PATIENCE, opened, settle, until
from tests.tui.test_edit30 import _toast_texts
from tests.tui.test_tui41 import gate, slow_app  # noqa: F401  (fixtures)
from tests.tui.test_typing import burst
from tests.tui.test_years_overview import _overview, years_store  # noqa: F401  (a fixture)


async def test_o_then_ctrl_t_typed_while_the_store_loads_shows_the_overview_by_iku(
    slow_app: Any,  # noqa: F811
    gate: threading.Event,  # noqa: F811
) -> None:
    """ctrl+t, the overview's key, went to the tree with ``o`` before the overview opened: lost."""
    app = slow_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("o", "ctrl+t")
        assert app.view is None  # (both held)
        gate.set()
        screen = await _overview(pilot)
        assert screen.by_indicator


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_o_then_a_word_typed_while_the_store_loads_filters_the_overview(
    slow_app: Any,  # noqa: F811
    gate: threading.Event,  # noqa: F811
    lang: str,
) -> None:
    app = slow_app(lang)
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("o", *"dinas")
        assert app.view is None
        gate.set()
        screen = await _overview(pilot)
        assert screen.query_one("#ov-filter", Input).value == "dinas"
        assert app.view is not None and len(app.screen_stack) == 2  # the report behind it
        # the letters did not act on the report first ("d" deletes, "a" adds, "s" a solusi)
        assert app.changelog.entries == [] and not app.screen_stack[0].is_modal


@pytest.fixture
def slow_tree(monkeypatch: pytest.MonkeyPatch) -> asyncio.Event:
    """The tree takes the key ``T`` only once the returned event is set (a starved box: the tree's
    task had not run yet when later keys came)."""
    opened = asyncio.Event()
    handle = LkjTree.handle_key

    async def slow(self: LkjTree, event: events.Key) -> bool:
        if event.key == "T":
            await asyncio.wait_for(opened.wait(), PATIENCE)
        return await handle(self, event)

    monkeypatch.setattr(LkjTree, "handle_key", slow)
    return opened


async def test_text_typed_on_while_the_tree_is_slow_keeps_its_order(
    make_app: Any, slow_tree: asyncio.Event
) -> None:
    """``s`` Enter (a new solusi) then "Teks" while the tree still held the ``T``: the ``s`` typed
    once the dialog was open went into it first ("sTek")."""
    async with opened(make_app, "IKU 3", (80, 24)) as (app, pilot, _):
        burst(app, "s", "enter", *"Tek")
        await until(
            pilot,
            lambda: isinstance(app.screen, TextDialog) and isinstance(app.focused, TextArea),
            "the solusi's dialog",
        )
        burst(app, "s")
        slow_tree.set()
        await settle(pilot)
        await pilot.pause()
        assert isinstance(app.screen, TextDialog)
        assert app.screen.query_one(TextArea).text == "Teks"


async def test_a_key_after_enter_goes_to_the_screen_the_dialog_closed_to(
    make_app: Any,
) -> None:
    """``e`` 3,30 Enter then ``j`` in one burst: ``j`` moves the tree's cursor once the dialog
    has saved and closed (not typed into the closing dialog, nor lost)."""
    async with opened(make_app, "IKU 1", (80, 24)) as (app, pilot, iku1):
        burst(app, "e", "ctrl+u", *"3,30", "enter", "j")
        await settle(pilot)
        await until(pilot, lambda: not app.screen.is_modal, "the dialog closed")
        await settle(pilot)
        assert app.view.report.node(iku1).measure.realisasi == "3,30"
        assert app.selected() is not None and app.selected().id != iku1


def _broken_after_two_saves(store: Store) -> None:
    """Two saves (the first kept as a version), then the file broken by hand in an editor."""
    for value in ("2,90", "2,91"):
        report = store.load(BUNDLED_REPORT_ID).report
        iku1 = next(n.id for n in report.walk() if n.code == "IKU 1")
        store.apply(BUNDLED_REPORT_ID, edits.set_field(report, iku1, "realisasi", value))
    path = store.root / f"{BUNDLED_REPORT_ID}.json"
    text = path.read_text("utf-8")
    at = text.index(",\n", text.index('"realisasi": '))
    path.write_text(text[:at] + text[at + 1 :], "utf-8")


@pytest.mark.parametrize(("lang", "size"), [("id", (80, 24)), ("en", (80, 24)), ("id", (60, 20))])
async def test_the_load_error_toast_keeps_which_version_and_when_on_a_line(
    make_app: Any, tui_store: Store, lang: str, size: tuple[int, int]
) -> None:
    """The way out of a report file broken by hand names the version to restore and its time:
    the toast broke "(revisi 2," from "2026-12-07" and that from "00:52" at 80×24. Each stays on
    one line where it fits (as the CLI keeps it); at 60×20 the date stays with its time."""
    _broken_after_two_saves(tui_store)
    app = make_app(lang=lang)
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        lines = [line for toast in _toast_texts(app) for line in toast]
    assert any("lkj-tui restore" in line for line in lines), lines
    word = "revisi" if lang == "id" else "revision"
    dated = r"\d{4}-\d\d-\d\d \d\d:\d\d;"
    whole = rf"\({word} \d+, {dated}" if size[0] == 80 else dated
    assert any(re.search(whole, line) for line in lines), lines
    cut = r"(\d,|\d{4}-\d\d-\d\d)$" if size[0] == 80 else r"\d{4}-\d\d-\d\d$"
    assert not any(re.search(cut, line) for line in lines), lines


async def test_a_word_typed_after_r_filters_the_report_list_once_it_is_read(
    make_app: Any, tui_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``r`` lists the store in a worker before the list opens: "pers" typed on acted on the
    report meanwhile (``p`` opened a new permasalahan, ``s`` a new solusi, ``e`` the realisasi),
    and the list came up empty over them."""
    from lkj_tui.tui.screens import ReportScreen

    listed = threading.Event()
    list_reports = Store.list_reports

    def slow(self: Store, *args: Any, **kwargs: Any) -> Any:
        listed.wait(PATIENCE)
        return list_reports(self, *args, **kwargs)

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        monkeypatch.setattr(Store, "list_reports", slow)
        burst(app, "r", *"pers")
        await until(pilot, lambda: len(app._held) == 4, "the keys after r waiting")
        assert len(app.screen_stack) == 1  # nothing opened on the report
        listed.set()
        await until(pilot, lambda: isinstance(app.screen, ReportScreen), "the report list")
        await settle(pilot)
        assert len(app.screen_stack) == 2, app.screen_stack
        assert app.screen.query_one(Input).value == "pers"


async def test_a_value_pasted_right_after_e_goes_into_the_dialog(
    make_app: Any, tui_store: Store
) -> None:
    """``e`` ctrl+u, a paste of "3,30" (a terminal's bracketed paste) and Enter in one burst: the
    paste went to the tree before the dialog opened, and Enter then met an empty field."""
    async with opened(make_app, "IKU 1", (80, 24)) as (app, pilot, iku1):
        burst(app, "e", "ctrl+u")
        app._driver.send_message(events.Paste("3,30"))
        burst(app, "enter")
        await settle(pilot)
        await until(pilot, lambda: not app.screen.is_modal, "the dialog closed")
        await settle(pilot)
        saved = Store(tui_store.root).load(BUNDLED_REPORT_ID).report.node(iku1)
        assert saved.measure is not None and saved.measure.realisasi == "3,30"


async def test_a_key_typed_while_another_report_is_read_acts_on_it(
    make_app: Any,
    years_store: Store,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Enter on the report list reads the report chosen in a thread; ``/`` typed on searched the
    report it replaced (an ``e`` would have opened that one's realisasi)."""
    from lkj_tui.tui import app as app_module
    from lkj_tui.tui.screens import SearchScreen

    app = make_app(years_store, report_id=BUNDLED_REPORT_ID)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        read = threading.Event()
        load_view = app_module.load_view

        def slow(*args: Any, **kwargs: Any) -> Any:
            read.wait(PATIENCE)
            return load_view(*args, **kwargs)

        monkeypatch.setattr(app_module, "load_view", slow)
        burst(app, "r", *"dinas a", "enter", "slash", *"iku")

        def waiting() -> bool:  # the keys after Enter wait, and nothing else is left to do
            pumps = [app, *(w for s in app.screen_stack for w in s.walk_children(with_self=True))]
            return len(app._held) == 4 and not any(map(app_module._holds_work, pumps))

        await until(  # (searching the report it replaces, or waiting for Dinas A)
            pilot,
            lambda: app.loading and (isinstance(app.screen, SearchScreen) or waiting()),
            "the keys after Enter handled or waiting",
        )
        read.set()
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "the search")
        await settle(pilot)
        assert app.view is not None and app.view.report_id == "dinas-a-2023"
        assert app.screen.view is app.view
        assert app.screen.query_one(Input).value == "iku"
