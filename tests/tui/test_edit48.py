"""edit48: the planner authoring next year's report, walked end to end: what was lost from sight
or said wrongly on the way."""

from __future__ import annotations

import pytest

from lkj_tui.core.rollover import empty_report
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.changelog import ChangeLogScreen
from lkj_tui.tui.components.keybar import KeyBar
from lkj_tui.tui.components.summary import SummaryBar
from tests.tui.conftest import go, opened, settle, text_of
from tests.tui.test_authoring20 import NEXT, next_year  # noqa: F401  (a fixture)


@pytest.mark.usefixtures("next_year")
@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_cursor_stays_in_sight_when_the_first_realisasi_grows_the_summary(
    make_app, lang: str
) -> None:
    """Next year's first realisasi adds the summary's "▼ 1 IKU di bawah target" line: the tree
    lost a row and the row being edited, the tree's last, went out of sight below it."""
    async with opened(make_app, "IKU 10", (80, 24), report_id=NEXT, lang=lang) as (app, pilot, iku):
        tree, summary = app.tree, app.query_one(SummaryBar)
        await pilot.press("plus")  # everything open: rows enough to scroll the cursor down
        await settle(pilot)
        tree.scroll_to(y=tree.cursor_line - tree.size.height + 1, animate=False)
        await pilot.pause()
        assert tree.cursor_line == tree.scroll_offset.y + tree.size.height - 1  # the last row
        rows, lines = tree.size.height, summary.size.height
        await pilot.press("e", "5", "enter", "enter")  # a doubt asks for a second Enter
        await settle(pilot)
        await pilot.pause()
        assert not app.screen.is_modal
        assert summary.size.height == lines + 1 and tree.size.height == rows - 1
        assert tree.current_id() == iku
        top = tree.scroll_offset.y
        assert top <= tree.cursor_line < top + tree.size.height


def _open_ids(tree) -> set[str]:  # type: ignore[no-untyped-def]
    return {node.data for node in tree.nodes_by_id.values() if node.is_expanded}


@pytest.mark.parametrize(("lang", "size"), [("id", (80, 24)), ("en", (60, 20))])
async def test_adding_deleting_and_undoing_leave_the_tree_open_as_it_was(
    make_app, lang: str, size: tuple[int, int]
) -> None:
    """A node added (then undone, then redone) rebuilt the tree with its first two levels open:
    IKU 10, opened to work in its programs, closed at every add, delete, move or undo, and S2,
    closed to make room, opened again. Now the tree stays as the planner left it, the new
    node's parents opened."""
    async with opened(make_app, "IKU 10", size, lang=lang) as (app, pilot, iku10):
        tree = app.tree
        await pilot.press("l")  # open IKU 10
        s2 = await go(pilot, "S2")
        await pilot.press("h")  # close S2
        await settle(pilot)
        before = _open_ids(tree)
        assert iku10 in before and s2 not in before
        await go(pilot, "S1")
        await pilot.press("a", "enter", *"Indikator uji", "enter", "enter")  # an IKU under S1
        await settle(pilot)
        await pilot.pause()
        added = tree.current_id()
        assert added not in before and app.view.report.get(added).name == "Indikator uji"
        assert _open_ids(tree) == before  # (S1 was open already: nothing else opened)
        for key in ("ctrl+z", "ctrl+y", "d", "y", "ctrl+r"):  # undo, redo, delete it, reload
            await pilot.press(key)
            await settle(pilot)
            await pilot.pause()
            assert _open_ids(tree) == before, key
        assert app.view.report.get(added) is None


@pytest.mark.parametrize(("lang", "size"), [("id", (60, 20)), ("en", (80, 24))])
async def test_the_change_log_opens_on_the_newest_change_and_names_its_scroll_keys(
    make_app, lang: str, size: tuple[int, int]
) -> None:
    """``L`` after a dozen changes listed the oldest ones, the newest (what the planner wanted to
    check) below the box's foot, nothing on the bar saying it scrolls: it opens at its end, and
    names ↑↓ while it is longer than its box (not while it fits)."""
    async with opened(make_app, "IKU 1", size, lang=lang) as (app, pilot, _):
        await pilot.press("R", "end", *" 1", "ctrl+s")  # one change: the log fits
        await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        await pilot.pause()
        assert isinstance(app.screen, ChangeLogScreen)
        assert "↑↓" not in text_of(app.screen.query_one(KeyBar))
        await pilot.press("escape")
        for n in range(2, 13):  # eleven more: "Nilai LPPD 1 2 … 12"
            await pilot.press("R", "end", *f" {n}", "ctrl+s")
            await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        await pilot.pause()
        body = app.screen.query_one("#log-body")
        assert body.max_scroll_y > 0  # longer than its box
        assert body.scroll_offset.y == body.max_scroll_y  # at its end: the newest in sight
        lines = text_of(app.screen.query_one("#log")).splitlines()
        newest = max(i for i, line in enumerate(lines) if line[:2].isdigit())  # its time
        assert "12" in " ".join(lines[newest:]) and newest >= body.scroll_offset.y
        assert "↑↓" in text_of(app.screen.query_one(KeyBar))
        await pilot.press("home")
        await pilot.pause()
        assert body.scroll_offset.y == 0


@pytest.mark.parametrize(
    ("lang", "size", "said"),
    [
        ("id", (80, 24), "Laporan ini belum berisi simpul. Tombol a menambah Tujuan pertamanya."),
        ("en", (60, 20), "This report has no nodes yet. The a key adds its first Goal (Tujuan)."),
    ],
)
async def test_an_empty_report_says_how_to_add_its_first_node(
    make_app, tui_store: Store, lang: str, size: tuple[int, int], said: str
) -> None:
    """A report made empty (``new``, "Laporan kosong…") opened on a blank tree beside "Tidak ada
    simpul yang ditampilkan." ("No node is shown."), as a filter hiding everything does, and at
    60×20, the pane hidden, on a blank screen: it says the report is empty and which key starts
    it (the pane, or a toast where the pane is not shown); ``a`` then adds the Tujuan."""
    tui_store.import_report(empty_report("bagian-organisasi-2025", "Bagian Organisasi", 2025))
    kw = {"report_id": "bagian-organisasi-2025", "lang": lang}
    async with opened(make_app, None, size, **kw) as (app, pilot, _):
        if size[0] >= 70:
            assert " ".join(text_of(app.detail).split()) == said
        else:
            assert not app.detail.display and said in [m for m, *_ in app.toasts]
        await pilot.press("a", *"Meningkatnya tata kelola", "enter", "enter")
        await settle(pilot)
        assert [n.kind for n in app.view.report.walk()] == ["tujuan"]
