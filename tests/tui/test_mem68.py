"""The huge report's TUI session (issue 17, mem68): the Reviu screen makes a finding's option
(its row, its id) when the list asks for it, and holds the findings' order, a few bytes a
finding (an option, a row, an id and Textual's two dicts by option held ≈ 390 bytes a finding:
11.3 MiB of a huge report's 30,279); what it shows, where it reopens and where Enter goes stay."""

from __future__ import annotations

import tracemalloc

import pytest
from textual.widgets import OptionList
from textual.widgets.option_list import OptionDoesNotExist

from lkj_tui.core.reviu import SEVERITIES, Reviu
from lkj_tui.tui.components.tree import BADGE
from lkj_tui.tui.reviu import Badges, ReviuScreen
from tests.tui.conftest import SIZE, settle
from tests.tui.test_mem63 import _screen


def _many(app, n: int) -> Reviu:
    found = app.reviu.findings
    return Reviu((found * (n // len(found) + 1))[:n], app.reviu.iku, app.reviu.coverage)


async def _held(app, pilot, reviu: Reviu) -> int:
    """The memory the Reviu screen of ``reviu`` holds once drawn, at its end and back at its top."""
    _, held = await _screen(app, pilot, reviu, ("end", "home"))
    app.pop_screen()
    await settle(pilot)
    return held


async def test_the_reviu_screen_holds_a_few_bytes_a_finding(make_app) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        app = pilot.app
        await _held(app, pilot, _many(app, 500))  # (the process's caches filled first)
        small = await _held(app, pilot, _many(app, 2000))
        large = await _held(app, pilot, _many(app, 8000))
    # what 6,000 findings more cost: the order, 4 bytes each (before: ≈ 390 bytes)
    per_finding = (large - small) / 6000
    assert per_finding < 40, per_finding


async def test_the_rows_are_every_finding_most_serious_first_with_their_ids(make_app) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        app = pilot.app
        many = _many(app, 1500)
        app.push_screen(ReviuScreen(app.view, many, app.lang))
        await settle(pilot)
        options = app.screen.query_one("#findings", OptionList)
        n = options.option_count
        assert n == len(many.findings)
        ids = [options.get_option_at_index(i).id or "" for i in range(n)]
        # each finding once, by its index and its node, most serious first (in the reviu's order
        # within a severity)
        indices = [int(x.partition(":")[0]) for x in ids]
        assert sorted(indices) == list(range(n))
        expected = sorted(range(n), key=lambda i: SEVERITIES.index(many.findings[i].severity))
        assert indices == expected
        assert all(
            x.partition(":")[2] == (many.findings[i].node or "")
            for x, i in zip(ids, indices, strict=True)
        )
        # an id finds its place; the same option (a row drawn is not made twice)
        for place in (0, n // 2, n - 1):
            assert options.get_option_index(ids[place]) == place
            assert options.get_option(ids[place]) is options.get_option_at_index(place)
        assert options.get_option_at_index(-1).id == ids[-1]
        with pytest.raises(OptionDoesNotExist):
            options.get_option_at_index(n)
        # an id of another reviu (the finding at that index is of another node, or none) is none
        node = many.findings[indices[0]].node or ""
        for stale in (f"{n}:{node}", f"{indices[0]}:x{node}", "x", ""):
            with pytest.raises(OptionDoesNotExist):
                options.get_option_index(stale)


async def test_the_screen_reopens_at_its_finding_and_enter_goes_to_its_node(make_app) -> None:
    async with make_app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        app = pilot.app
        await pilot.press("v")
        await settle(pilot)
        options = app.screen.query_one("#findings", OptionList)
        with_node = next(
            i
            for i in range(options.option_count)
            if (options.get_option_at_index(i).id or "").partition(":")[2]
        )
        for _ in range(with_node):
            await pilot.press("down")
        await settle(pilot)
        chosen = options.get_option_at_index(with_node).id or ""
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, ReviuScreen)
        assert app.tree.current_id() == chosen.partition(":")[2]
        await pilot.press("v")
        await settle(pilot)
        options = app.screen.query_one("#findings", OptionList)
        assert options.highlighted == with_node


async def test_the_badges_are_read_from_the_findings_by_node(make_app) -> None:
    """The tree's badges (count, most serious) are the findings by node's, read when drawn: no
    tuple kept a node (a dict of them held 2.1 MiB of a huge report's 21,934 nodes)."""
    async with make_app().run_test(size=SIZE) as pilot:
        await settle(pilot)
        app = pilot.app
        expected: dict[str, tuple[int, str]] = {}
        for f in app.reviu.findings:
            if f.node is not None:
                n, worst = expected.get(f.node, (0, "info"))
                expected[f.node] = (n + 1, min(worst, f.severity, key=SEVERITIES.index))
        assert expected and dict(app.tree.badges) == expected
        assert len(app.tree.badges) == len(expected) and None not in app.tree.badges
        node_id, (n, worst) = next(iter(expected.items()))
        assert str(app.tree.badge(node_id)).strip() == f"{BADGE[worst][0]}{n}"
    found = app.reviu.findings
    by_node = {f"n{i}": [found[i % len(found)]] * (1 + i % 3) for i in range(20000)}
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        badges = Badges(by_node)
        assert badges["n5"] == (3, found[5 % len(found)].severity)
        held = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    assert held < 1000, held
