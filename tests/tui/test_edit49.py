"""edit49: what a planner is told before a delete: the realisasi, permasalahan and solusi that go
with the nodes, not only the nodes."""

from __future__ import annotations

import pytest

from lkj_tui.core.model import Node, Report
from lkj_tui.tui.components.dialogs import ChoiceDialog, ConfirmDialog
from tests.tui.conftest import opened, settle, text_of
from tests.tui.test_authoring import disk, opens


def _beneath(report: Report, node: Node) -> list[Node]:
    """The node and every node under it, walked here by parent (not by the app's subtree)."""
    out, todo = [], [node]
    while todo:
        here = todo.pop()
        out.append(here)
        todo += [n for n in report.walk() if n.parent == here.id]
    return out


def _written(nodes: list[Node]) -> tuple[int, int, int]:
    """How many realisasi, permasalahan and solusi are written in ``nodes``."""
    realisasi = sum(
        1 for n in nodes if n.measure is not None and (n.measure.realisasi or "").strip()
    )
    return realisasi, sum(len(n.permasalahan) for n in nodes), sum(len(n.solusi) for n in nodes)


async def _question(pilot, node: Node) -> list[str]:  # type: ignore[no-untyped-def]
    """``d`` on ``node`` (the node itself picked where its items are offered too): the
    question's lines as drawn."""
    assert pilot.app.tree.reveal(node.id)
    await settle(pilot)
    screen = await opens(pilot, "d", kind=(ChoiceDialog, ConfirmDialog))  # type: ignore[arg-type]
    if isinstance(screen, ChoiceDialog):
        screen = await opens(pilot, "enter", kind=ConfirmDialog)
    return [line.strip() for line in text_of(screen.query_one(".dialog-name")).splitlines()]


@pytest.mark.parametrize(("lang", "size"), [("id", (80, 24)), ("en", (60, 20))])
async def test_a_delete_says_the_realisasi_and_items_that_go_and_undo_brings_them_back(
    make_app, tui_store, lang: str, size: tuple[int, int]
) -> None:
    """ "26 simpul akan dihapus" said nothing of the 21 realisasi, the permasalahan and the
    solusi written in them."""
    report = disk(tui_store)
    iku = next(n for n in report.walk() if n.code == "IKU 3")
    gone = _beneath(report, iku)
    realisasi, problems, solutions = _written(gone)
    assert len(gone) > 1 and realisasi > 1 and problems > 1 and solutions > 1  # the data's
    said = {
        "id": f"Ikut terhapus: {realisasi} realisasi, {problems} permasalahan dan {solutions} "
        "solusi. ctrl+z membatalkan.",
        "en": f"Also deleted: {realisasi} realisasi values, {problems} problems and {solutions} "
        "solutions. ctrl+z undoes it.",
    }[lang]
    async with opened(make_app, "IKU 3", size, lang=lang) as (_app, pilot, _iku):
        lines = await _question(pilot, iku)
        assert said in " ".join(lines)
        await pilot.press("y")
        await settle(pilot)
        assert not any(n.id == iku.id for n in disk(tui_store).walk())
        await pilot.press("ctrl+z")
        await settle(pilot)
        back = disk(tui_store)
        assert _written(_beneath(back, back.node(iku.id))) == (realisasi, problems, solutions)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_leaf_names_its_realisasi_by_its_value(make_app, tui_store, lang: str) -> None:
    """One indicator's realisasi by its value, "3 ± 1" never broken between its pieces at 60×20;
    a node with nothing written in it says nothing more."""
    report = disk(tui_store)
    leaf = next(
        n
        for n in report.walk()
        if n.measure is not None
        and " " in (n.measure.realisasi or "")
        and not report.children(n.id)
    )
    empty = next(n for n in report.walk() if _written(_beneath(report, n)) == (0, 0, 0))
    value = " ".join((leaf.measure.realisasi or "").split())  # type: ignore[union-attr]
    async with opened(make_app, None, (60, 20), lang=lang) as (_app, pilot, _none):
        lines = await _question(pilot, leaf)
        assert any(f"realisasi {value}." in line for line in lines), lines
        assert not any(word in " ".join(lines) for word in ("permasalahan", "problem", "solu"))
        await pilot.press("escape")
        await settle(pilot)
        lines = await _question(pilot, empty)
        assert not any(word in " ".join(lines) for word in ("Ikut terhapus", "Also deleted"))
        assert any(word in " ".join(lines) for word in ("ctrl+z membatalkan", "ctrl+z undoes it"))
