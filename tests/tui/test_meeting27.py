"""The TUI in a meeting, twenty-seventh pass (tui27): 80×24, 100×30 and 120×40, id and en."""

from __future__ import annotations

import re

import pytest

from tests.tui.conftest import settle, workers_done
from tests.tui.test_meeting15 import _row
from tests.tui.test_meeting16 import kabupaten_report  # noqa: F401  (a fixture)


def _shown_name(row: str, code: str) -> str:
    """A row's name as drawn, without its icon, kode, badge, count and figures."""
    name = row.removeprefix("▸ ").removeprefix("▾ ").removeprefix(code + " ")
    return re.split(r" [✗!·]\d| {2}▼\d| {2,}", name)[0]


def _reads_alike(shown: str, name: str, others: list[str]) -> bool:
    """Whether ``shown`` (a name cut with "…") could as well be the cut of another, different
    name: "Jumlah…" of "Jumlah pelayanan kesehatan dasar" beside "Jumlah mutu pendidikan"."""
    parts = shown.split("…")
    pattern = ".*".join(re.escape(part) for part in parts) + ("" if parts[-1] == "" else "$")
    return any(re.match(pattern, other) for other in others if other != name)


async def _alike_iku_rows(app, pilot) -> list[str]:  # type: ignore[no-untyped-def]
    await settle(pilot)
    await workers_done(pilot)
    await settle(pilot)
    iku = [n for n in app.view.report.walk() if n.kind == "iku"]
    for node in iku:
        assert app.tree.reveal(node.id)
    await pilot.pause()
    names = [n.name for n in iku]
    rows = [(_row(app, n.id), n) for n in iku]
    return [row for row, n in rows if _reads_alike(_shown_name(row, n.code), n.name, names)]


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_kabupaten_reports_iku_rows_read_apart_at_80_100_and_120_columns(
    make_app,
    kabupaten_report,  # noqa: F811
    lang,
) -> None:
    """At 80×24 a kabupaten's IKU names shrank to one word ("IKU 14 Jumlah…" beside "IKU 4
    Jumlah pelayanan…": 5 of this report's 16 IKU read like another IKU, 28 of 79 in five
    offices' reports), and at 120 columns in English beside "▼3 under" (5 of 16). The detail
    pane gives the tree 3 columns at 80, and a list keeps its rating words only while every
    name keeps 20 cells after its kode. (At 80 the three left were names whose next word did
    not fit: "IKU 16 Nilai…" of "Nilai infrastruktur jalan dan jembatan": test_meeting28.)"""
    app = make_app(report_id=kabupaten_report, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        assert len(await _alike_iku_rows(app, pilot)) <= 3
        assert app.tree.size.width == 49 and app.query_one("#detail").size.width == 31
        for size in ((100, 30), (120, 40)):
            await pilot.resize_terminal(*size)
            assert await _alike_iku_rows(app, pilot) == [], size


async def test_the_tree_and_the_pane_share_the_width_without_a_jump(make_app) -> None:
    """From 70 to 130 columns the tree never narrows as the terminal widens (the widths that
    give the tree the room at 74–84 columns, ``mainscreen.tree_width``, join 58 % at 85, and
    go back to it as the terminal widens again), and the detail pane keeps
    at least 30 columns from 70 on; below 70 the pane gives way, the tree has the width (tui33)."""
    app = make_app()
    async with app.run_test(size=(60, 24)) as pilot:
        await settle(pilot)
        widths = []
        for width in range(60, 131):
            await pilot.resize_terminal(width, 24)
            await pilot.pause()
            tree, pane = app.tree.size.width, app.query_one("#detail").size.width
            assert tree + pane == width, (width, tree, pane)
            assert pane >= 30 if width >= 70 else pane == 0, (width, pane)
            widths.append(tree)
        assert widths[10:] == sorted(widths[10:]), widths
        assert widths[80 - 60] == 49, widths  # (46: 58 %)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_help_gives_the_count_beneath_as_the_tree_draws_it(
    make_app,
    kabupaten_report,  # noqa: F811
    lang,
) -> None:
    """The help gave the count of under-target items beneath a parent as "▼3 belum capai"
    while at 80 columns the tree draws "▼12" alone. Every form the tree draws at 80 and 120
    columns (the bundled report and a kabupaten's) is one the help gives, and the help gives
    none it never draws."""
    from lkj_tui.core.i18n import tr
    from lkj_tui.tui.screens import help_text

    intro = help_text(lang).split("\n## ")[0]
    given = {re.sub(r"\d+", "N", form) for form in re.findall(r"`(▼\d[^`]*)`", intro)}
    word = tr("under_target_short", lang)
    drawn: set[str] = set()
    for report_id in (None, kabupaten_report):
        for size in ((120, 40), (80, 24)):
            app = make_app(report_id=report_id, lang=lang)
            async with app.run_test(size=size) as pilot:
                await settle(pilot)
                await workers_done(pilot)
                app.tree.expand_everything()
                await pilot.pause()
                for node_id in list(app.tree.nodes_by_id):
                    row = _row(app, node_id)
                    for found in re.finditer(r"▼\d+", row):
                        worded = row[found.end() :].startswith(f" {word}")
                        drawn.add(f"▼N {word}" if worded else "▼N")
    assert drawn == given, (drawn, given)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_toast_stays_clear_of_a_dialog(make_app, lasting_toasts, size) -> None:
    """A toast raised just before a dialog opened (a jump's "1 dari 12", then `?`) drew over
    the help's bottom border and its last lines at 80×24: the toast takes its rows from the
    dialog's, which gets them back when the toast goes."""
    from textual.widgets._toast import Toast

    app = make_app()
    async with app.run_test(size=size, notifications=True) as pilot:
        await settle(pilot)
        await pilot.press("n", "question_mark")
        await settle(pilot)
        await pilot.pause()
        box = app.screen.query_one(".dialog")
        toasts = list(app.screen.query(Toast))
        assert toasts, app.toasts
        for toast in toasts:
            assert not toast.region.overlaps(box.region), (toast.region, box.region)
        tall = box.region.height
        app.clear_notifications()
        await pilot.pause()
        await pilot.pause()
        assert box.region.height >= tall


@pytest.mark.parametrize("slow", [False, True])
@pytest.mark.parametrize("code", ["IKU 2", "IKU 10", "IKU 1"])
async def test_search_enter_typed_without_a_pause_jumps_to_what_was_typed(
    make_app, monkeypatch, code, slow
) -> None:
    """`/` "IKU 2" Enter typed in one burst once did not jump, and the next key went into the
    search box: Enter took the results on screen, those of an earlier text ("IKU", or none
    yet: the search runs in a worker, slow under load). Enter now jumps to the first result
    of the text typed, whatever the worker has shown; the key after it moves the tree's
    cursor. (``slow``: the worker's searches wait until the keys are handled.)"""
    import threading

    from lkj_tui.tui.components.mainscreen import MainScreen
    from lkj_tui.tui.session import View

    handled = threading.Event()
    search = View.search

    def held(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        if threading.current_thread() is not threading.main_thread():
            handled.wait(10)
        return search(self, *args, **kwargs)

    if slow:
        monkeypatch.setattr(View, "search", held)
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        keys = ["slash", *[("space" if c == " " else c) for c in code], "enter"]
        await pilot.press(*keys)
        await pilot.pause()
        handled.set()
        await settle(pilot)
        assert isinstance(app.screen, MainScreen), app.screen
        node = app.view.report.get(app.tree.current_id())
        assert node is not None and node.code == code, node
        await pilot.press("j")
        await settle(pilot)
        assert isinstance(app.screen, MainScreen), app.screen
        assert app.tree.current_id() != node.id
