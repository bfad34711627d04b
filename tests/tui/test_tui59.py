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

from lkj_tui.storage.store import Store
from lkj_tui.tui.screens import SearchScreen
from tests.tui.conftest import go, settle, until
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
    more; every other cell reads as before."""
    from tests.tui.test_years32 import _table, regions_store

    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    lines, _ = await _table(make_app, regions_store(tmp_path), (100, 30), lang, ["ctrl+t"])
    rows = [x for x in lines[1:] if "IKU" in x]
    said = "\n".join(rows)
    assert "Indek Kepuasan Pelayanan…" in said, rows
    assert "Nilai AKIP Sekretariat…" in said and "Badan Pendapatan Daerah" in said, rows
    assert "Kab. Kaur" in said and "Prov.…" in said, rows
    assert all(len(x.rstrip()) <= 100 for x in lines), lines
