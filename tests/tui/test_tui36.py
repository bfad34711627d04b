"""The reviewer in a meeting, continued (tui36): at 60×20 Enter on a finding of ``v``'s list
shows the detail pane at that finding, and Tab or Esc goes back to the tree at its node."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import OptionList

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.sharingscreens import HistoryScreen
from lkj_tui.tui.reviu import ReviuScreen, finding_line
from lkj_tui.tui.screens import ReportScreen
from tests.test_sync import lkj, offices, start  # noqa: F401 - fixture
from tests.tui.conftest import node_id_by_code, settle
from tests.tui.test_sharing import office_env  # noqa: F401 - fixture
from tests.tui.test_tui34 import _store_with_a_stray_file, drawn


def _shown(app) -> str:
    """The pane's rows on screen, as one line of words (wrapped at the pane's width)."""
    pane = app.detail
    rows = pane.text.split("\n")[pane.top : pane.top + pane.content_region.height]
    return " ".join(" ".join(rows).split())


async def _enter_on(app, pilot, node_id: str, k: int) -> None:
    """``v``, then Enter on the ``k``-th finding of ``node_id``."""
    await pilot.press("v")
    await settle(pilot)
    assert isinstance(app.screen, ReviuScreen)
    options = app.screen.query_one("#findings", OptionList)
    finding = app.reviu.of(node_id)[k]
    wanted = f"{app.reviu.findings.index(finding)}:{node_id}"
    options.highlighted = options.get_option_index(wanted)
    await pilot.press("enter")
    await settle(pilot)
    assert not isinstance(app.screen, ReviuScreen)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_at_60x20_enter_on_a_finding_shows_the_detail_at_the_finding(
    make_app, lang: str
) -> None:
    """`v` then Enter on a finding at 60×20 jumped to the node but showed the tree: the finding
    was only in the detail, a Tab and pages down. The pane now shows in the tree's place, at
    the finding (the last of the node with the most findings, far below the pane's top); Esc
    and Tab go back to the tree with the cursor on the node."""
    app = make_app(lang=lang)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        assert app.reviu is not None
        by_node = app.reviu.by_node()
        node_id = max((n for n in by_node if n), key=lambda n: len(by_node[n]))
        found = by_node[node_id]
        assert len(found) >= 3
        for k in (len(found) - 1, 0):
            await _enter_on(app, pilot, node_id, k)
            assert app.detail.display and not app.tree.display
            assert app.focused is app.detail
            assert app.tree.current_id() == node_id
            said = " ".join(finding_line(found[k], None, lang, with_node=False).plain.split())
            assert said[:40] in _shown(app), (said, _shown(app))
            await pilot.press("escape" if k else "tab")
            await settle(pilot)
            assert app.tree.display and not app.detail.display
            assert app.focused is app.tree and app.tree.current_id() == node_id
        # Esc on the tree is the app's again: a filter left
        await pilot.press("u")
        await settle(pilot)
        assert app.only_under
        await pilot.press("escape")
        await settle(pilot)
        assert not app.only_under


async def test_at_80x24_enter_on_a_finding_keeps_the_tree_beside_the_pane(make_app) -> None:
    """Where both fit, Enter on a finding moves the tree's cursor and the pane follows, as ever."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        node_id = next(n for n in app.reviu.by_node() if n)
        await _enter_on(app, pilot, node_id, 0)
        assert app.tree.display and app.detail.display and app.focused is app.tree
        assert app.tree.current_id() == node_id and app.detail.top == 0


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize("lang", ["id", "en"])
async def test_at_60x20_a_toast_does_not_squeeze_the_history(
    offices,  # noqa: F811 - the fixture imported above
    office_env,  # noqa: F811
    make_app,
    lasting_toasts,  # (read on screen after settles that took seconds under load)
    lang: str,
) -> None:
    """`H` at 60×20 while a toast showed (the shared store's state, said as the app opens): the
    dialog gave its rows to the toast and listed an entry or two until it went. It keeps two
    thirds of its rows at least; a larger toast draws over its foot for its seconds."""
    start(offices, "opd")
    for value in ("2,80", "2,85", "2,90", "2,95", "3,00", "3,05", "3,10", "3,15", "3,20"):
        assert lkj(offices, "opd", "set", "IKU 1", "realisasi", value).returncode == 0
    store = Store(Path(str(offices["tmp"])) / "opd")
    app = make_app(store=store, lang=lang)
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        heights, toasted = [], []
        for _ in range(2):
            await settle(pilot)
            app.tree.reveal(node_id_by_code(app, "IKU 1"))
            await settle(pilot)
            await pilot.press("H")
            await settle(pilot)
            await pilot.pause()
            assert isinstance(app.screen, HistoryScreen)
            heights.append(app.screen.query_one(".dialog").region.height)
            toasted.append(bool(app.screen.query("Toast")))
            await pilot.press("escape")
            app.clear_notifications()
        assert toasted == [True, False], (toasted, app.toasts)  # (the store's state, then none)
        # (a toast of a third of the box's rows at most takes them; a larger one draws over its
        # foot: the box below 30 rows has 19 rows now, the English toast's 5 a third: tui47;
        # every entry listed without the toast, under a title with no blank row: 14 rows)
        assert heights[1] >= 14 and heights[0] * 3 >= heights[1] * 2, heights


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_at_60x20_the_report_lists_skip_row_names_the_whole_info_command(
    make_app, tui_store: Store, lang: str
) -> None:
    """`r` at 60×20 in English with `--store rapat`: the skip's row cut its command ("lkj-tui
    info --store rapat --la…"). With fewer words ("1 skipped:") the command is whole."""
    store = _store_with_a_stray_file(tui_store.root / "rapat")
    app = make_app(store=store, report_id=BUNDLED_REPORT_ID, lang=lang, store_typed="rapat")
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        await pilot.pause()
        assert isinstance(app.screen, ReportScreen)
        said = drawn(app.screen.query_one("#skipped"))
    command = "lkj-tui info --store rapat" + (" --lang en" if lang == "en" else "")
    assert said.startswith("1 ") and said.endswith(command), said
    assert "\n" not in said, said
