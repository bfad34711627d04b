"""The reviewer in a meeting, continued (tui36): at 60×20 Enter on a finding of ``v``'s list
shows the detail pane at that finding, and Tab or Esc goes back to the tree at its node."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList

from lkj_tui.tui.reviu import ReviuScreen, finding_line
from tests.tui.conftest import settle


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
