"""tui59: the TUI in a meeting, what was still cut or lost — a paste while the first report loads,
keys typed while sync or an import runs, the overview's spare cells, the tree's grouped counts.

The loads are held back by a gate (``load_view`` waits for it, as in test_tui41 and test_keys57):
the keys surely come while the app is busy, however fast the box.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.widgets import Input

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.importdialogs import PathDialog
from lkj_tui.tui.screens import SearchScreen
from tests.tui.conftest import PATIENCE, gated, go, settle, until
from tests.tui.test_import_tui import _mine
from tests.tui.test_tui41 import gate, slow_app  # noqa: F401  (fixtures)
from tests.tui.test_typing import burst
from tests.tui.test_years_overview import _overview, years_store  # noqa: F401  (a fixture)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_paste_after_slash_while_the_store_loads_goes_into_the_search(
    slow_app: Any,  # noqa: F811
    gate: threading.Event,  # noqa: F811
    lang: str,
) -> None:
    """``/``, a pasted word and a key after it, while the first report is read: the paste went to
    the loading screen and was lost (the search opened with "s" alone)."""
    app = slow_app(lang)
    async with app.run_test(size=(80, 24)) as pilot:
        burst(app, "slash")
        app._driver.send_message(events.Paste("kepuasan"))
        burst(app, "s")
        await until(pilot, lambda: len(app._held) == 3, "the three held")
        assert app.view is None and len(app.screen_stack) == 1
        gate.set()
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "the search")
        await settle(pilot)
        assert app.screen.query_one("#query", Input).value == "kepuasans"


async def test_a_paste_after_o_while_the_store_loads_filters_the_overview(
    slow_app: Any,  # noqa: F811
    gate: threading.Event,  # noqa: F811
) -> None:
    app = slow_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("o")
        app._driver.send_message(events.Paste("dinas"))
        await until(pilot, lambda: len(app._held) == 2, "o and the paste held")
        assert app.view is None
        gate.set()
        screen = await _overview(pilot)
        assert screen.query_one("#ov-filter", Input).value == "dinas"
        assert app.changelog.entries == []  # (nothing acted on the report)


def _search_or_waiting(app: Any, keys: int) -> bool:
    """A search open (the keys acted), or the keys after the one in flight waiting for it."""
    from lkj_tui.tui import app as app_module

    if isinstance(app.screen, SearchScreen):
        return True
    pumps = [app, *(w for s in app.screen_stack for w in s.walk_children(with_self=True))]
    return len(app._held) == keys and not any(map(app_module._holds_work, pumps))


async def test_keys_typed_while_a_file_is_imported_act_on_the_report_it_opens(
    make_app: Any, tui_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``i``, the path, Enter, then ``/`` and "iku" while the file is read: the search opened on
    the report the import then replaced (an ``e`` would have edited that one)."""
    from lkj_tui.importing import read

    path = _mine(tui_store, tmp_path)
    reading = gated(monkeypatch, read, "read_report")
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("i")
        await settle(pilot)
        assert isinstance(app.screen, PathDialog)
        await pilot.press(*str(path))
        burst(app, "enter", "slash", *"iku")
        await until(pilot, lambda: _search_or_waiting(app, 4), "the search, or the keys waiting")
        assert not isinstance(app.screen, SearchScreen)  # (not on the report being replaced)
        reading.set()
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "the search")
        await settle(pilot)
        assert app.view is not None and app.view.report_id == "milik-saya-2023"
        assert app.screen.view is app.view
        assert app.screen.query_one(Input).value == "iku"


async def test_keys_typed_while_s_syncs_act_on_the_report_it_reads_again(
    make_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``S``, then ``/`` and "iku" while the sync runs (the network is slow): the search opened
    on the report the sync then read again with what came."""
    from lkj_tui.sync import share
    from lkj_tui.tui.sharing import SharingMixin

    syncing = threading.Event()

    def slow(root: Any) -> share.Outcome:
        syncing.wait(PATIENCE)
        return share.Outcome(received=1, reports=[BUNDLED_REPORT_ID])

    monkeypatch.setattr(share, "sync", slow)
    monkeypatch.setattr(SharingMixin, "_shared", lambda self: True)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        before = app.view
        burst(app, "S", "slash", *"iku")
        await until(pilot, lambda: _search_or_waiting(app, 4), "the search, or the keys waiting")
        assert not isinstance(app.screen, SearchScreen)  # (not on the report read again)
        syncing.set()
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "the search")
        await settle(pilot)
        assert app.view is not before and app.screen.view is app.view
        assert app.screen.query_one(Input).value == "iku"


@pytest.mark.parametrize(("lang", "mark"), [("id", "."), ("en", ",")])
async def test_a_count_of_thousands_beneath_a_node_is_grouped_in_the_tree_and_the_pane(
    make_app: Any, tmp_path: Path, lang: str, mark: str
) -> None:
    """The huge report's tujuan read "▼10382" in the tree (and "10382 butir…" in the pane) where
    the summary says "23.458": every count the user reads grouped alike."""
    from tests.tui.test_large import large_report
    from tests.tui.test_meeting15 import _row
    from tests.tui.test_meeting18 import _settled

    report = large_report()
    store = Store(tmp_path / "besar")
    store.import_report(report)
    app = make_app(store=store, lang=lang)
    async with app.run_test(size=(100, 30)) as pilot:
        await _settled(pilot)
        tujuan = next(n for n in app.view.report.walk() if n.kind == "tujuan")
        n = app.view.evaluation.of(tujuan.id).under_below
        assert n >= 1000  # (the report's rows: hundreds under target beneath each IKU)
        said = f"{n // 1000}{mark}{n % 1000:03d}"
        assert f"▼{said}" in _row(app, tujuan.id)
        assert str(n) not in _row(app, tujuan.id)
        await go(pilot, tujuan.code)
        assert f"{said} " in app.detail.text and str(n) not in app.detail.text


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_by_indicator_at_100x30_the_cells_a_cut_leaves_go_to_the_indicator(
    make_app: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """At 100×30 by indicator the indicator had 24 cells, "Indek Kepuasan…" (15) on its rows,
    while its widest cut ("Nilai AKIP Sekretariat…") left a cell, the instansi's one and the
    pemerintah's one: three cells blank. They go to the indicator, which then shows a word
    more; every other cell reads as before. (At 101 columns since tui63: every capaian keeps
    the under-target mark's two cells, its column a cell wider than its widest figure.)"""
    from tests.tui.test_years32 import _table, regions_store

    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    lines, _ = await _table(make_app, regions_store(tmp_path), (101, 30), lang, ["ctrl+t"])
    rows = [x for x in lines[1:] if "IKU" in x]
    said = "\n".join(rows)
    assert "Indek Kepuasan Pelayanan…" in said, rows
    assert "Nilai AKIP Sekretariat…" in said and "Badan Pendapatan Daerah" in said, rows
    assert "Kab. Kaur" in said and "Prov.…" in said, rows
    assert all(len(x.rstrip()) <= 101 for x in lines), lines


async def test_keys_go_on_after_key_rounds_while_a_widget_is_never_idle(
    make_app: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A key waits until every widget has handled what it started; a widget kept busy by
    something else (never idle) would hold the keys after it for ever: after ``KEY_ROUNDS``
    rounds of waiting the next key goes anyway. Three moves typed at once, the tree never idle:
    the cursor moves three rows."""
    from lkj_tui.tui import app as app_module

    holds = app_module._holds_work
    monkeypatch.setattr(app_module, "KEY_ROUNDS", 20)  # (1000 rounds: seconds on a loaded box)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        tree = app.tree
        start = tree.cursor_line
        monkeypatch.setattr(app_module, "_holds_work", lambda pump: pump is tree or holds(pump))
        burst(app, "j", "j", "j")
        await until(pilot, lambda: tree.cursor_line == start + 3, "the three moves")
        await until(pilot, lambda: app._typing is None and not app._held, "no key left")
