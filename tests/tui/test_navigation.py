"""Moving around: keys, the under-target filter, jumps, search, help, palette, language."""

from __future__ import annotations

import gc

import pytest
from textual import events
from textual.widgets import Input, Markdown, Tree

from lkj_tui.tui.app import LkjApp, run_tui
from lkj_tui.tui.components.keybar import KeyBar
from lkj_tui.tui.components.summary import SummaryBar
from lkj_tui.tui.components.tree import LkjTree
from lkj_tui.tui.screens import HelpScreen, SearchScreen
from tests.tui.conftest import SIZE, node_id_by_code, settle, text_of, until


def shown_ids(app) -> list[str]:
    tree = app.tree
    return [tree.get_node_at_line(i).data for i in range(tree.last_line + 1)]


async def test_opens_latest_report_with_top_levels_open(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        report = app.view.evaluation.report
        assert app.tree.current_id() == report.roots()[0].id
        codes = [report.node(i).code for i in shown_ids(app)]
        assert codes[:3] == ["T1", "S1", "IKU 1"]
        assert "IKU 10" in codes  # Tujuan and Sasaran are open, the indicators visible
        assert "LKj 2023" in str(app.query_one(SummaryBar).render())


async def test_keys_move_and_expand(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        iku1 = node_id_by_code(app, "IKU 1")
        await pilot.press("j", "j")
        assert app.tree.current_id() == iku1
        await pilot.press("k")
        assert app.view.evaluation.report.node(app.tree.current_id()).code == "S1"
        await pilot.press("down")
        assert app.tree.current_id() == iku1
        before = app.tree.last_line
        await pilot.press("l")  # expand IKU 1: its kegiatan appear
        await pilot.pause()
        assert app.tree.last_line > before
        await pilot.press("l")  # on an open node: go to the first child
        child = app.view.evaluation.report.node(app.tree.current_id())
        assert child.parent == iku1
        await pilot.press("h")  # on a closed leaf: back to the parent
        assert app.tree.current_id() == iku1
        await pilot.press("h")  # collapse
        await pilot.pause()
        assert app.tree.last_line == before
        await pilot.press("enter")  # enter toggles as well
        await pilot.pause()
        assert app.tree.last_line > before
        await pilot.press("space")
        await pilot.pause()
        assert app.tree.last_line == before
        await pilot.press("G")
        assert app.tree.cursor_line == app.tree.last_line
        await pilot.press("g")
        assert app.tree.cursor_line == 0


async def test_detail_follows_cursor(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")
        await settle(pilot)  # the pane follows once the cursor rests
        head, measure = app.detail.part_text("head"), app.detail.part_text("measure")
        assert "Nilai LPPD" in head
        assert "88,51 %" in measure and "Tinggi" in measure and "di bawah target" in measure
        assert "Laporan mencetak 100 % (Tabel 3.2.1)" in measure  # the printed figure that differs
        years = app.detail.part_text("years")  # the history, year by year, drawn to scale
        assert "2021" in years and "2026" in years and "riwayat" in years
        assert "min 2,82 (2022) · maks 3,22 (2021)" in years


async def test_expand_all_opens_from_the_top_when_the_report_is_too_big(make_app) -> None:
    """``+`` on a report bigger than its limit opens the nodes in the order they are shown: the
    first indicators open, the last ones stay closed (not the other way round)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.tree.expand_everything(limit=20)
        await pilot.pause()
        order = []
        stack = list(reversed(app.tree.root.children))
        while stack:  # every tree node, in screen order
            node = stack.pop()
            order.append(node)
            stack.extend(reversed(node.children))
        openable = [n for n in order if n.allow_expand]
        closed = [i for i, n in enumerate(openable) if not n.is_expanded]
        assert closed, "the limit left nothing closed: the report is too small for this test"
        assert all(n.is_expanded for n in openable[: closed[0]])  # opened from the top...
        assert sum(len(n.children) for n in openable[: closed[0]]) >= 20  # ...up to the limit
        iku1 = app.tree.nodes_by_id[node_id_by_code(app, "IKU 1")]
        assert iku1.is_expanded and not openable[-1].is_expanded


async def test_filter_under_target(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("u")
        await settle(pilot)
        ev = app.view.evaluation
        shown = shown_ids(app)
        assert shown
        for node_id in shown:
            assert ev.of(node_id).under_target or ev.of(node_id).under_below > 0
        # every under-target item is shown, parents included
        assert {e.node.id for e in ev.under_target()} <= set(shown)
        assert node_id_by_code(app, "IKU 3") not in shown  # on target, nothing under it
        assert "Filter" in str(app.query_one(SummaryBar).render())
        await pilot.press("u")
        await settle(pilot)
        assert node_id_by_code(app, "IKU 3") in shown_ids(app)


async def test_the_summary_keeps_every_row_when_the_filter_wraps_at_80_columns(make_app) -> None:
    """At 80×24 the filter's words wrap onto a sixth row of the summary: the bar grows to show
    them (it counted its lines, three either way, and cut the row: "· Filter:" and nothing
    after), and shrinks back when the filter is off."""
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        summary = app.query_one(SummaryBar)
        rows = summary.size.height
        await pilot.press("u")
        await settle(pilot)
        under = len(app.view.under)
        shown = " ".join(text_of(summary).split())
        assert f"Filter: hanya di bawah target ({under})" in shown
        assert summary.size.height == rows + 1
        assert app.tree.region.y == summary.region.bottom  # the tree moved down, not under it
        await pilot.press("u")
        await settle(pilot)
        assert summary.size.height == rows
        assert "Filter" not in text_of(summary)


async def test_jump_next_and_previous_under_target(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        under = [e.node.id for e in app.view.evaluation.under_target()]
        assert len(under) >= 3
        await pilot.press("n")
        assert app.tree.current_id() == under[0]  # expanded as needed (a kegiatan row or IKU 1)
        await pilot.press("n")
        assert app.tree.current_id() == under[1]
        await pilot.press("N")
        assert app.tree.current_id() == under[0]
        await pilot.press("N")  # wraps to the last one
        assert app.tree.current_id() == under[-1]
        node = app.view.evaluation.report.node(under[-1])
        for ancestor in app.view.evaluation.report.ancestors(node.id):
            assert app.tree.nodes_by_id[ancestor.id].is_expanded


async def test_search_by_name_and_code(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        assert isinstance(app.screen, SearchScreen)
        await pilot.press(*"lppd")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.tree.current_id() == node_id_by_code(app, "IKU 1")
        # a deep row by name: its parents are expanded
        await pilot.press("slash")
        await pilot.press(*"peta batas desa")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        node = app.view.evaluation.report.node(app.tree.current_id())
        assert "peta batas desa" in node.name.lower()
        # by code
        await pilot.press("slash")
        await pilot.press(*"IKU 7")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.tree.current_id() == node_id_by_code(app, "IKU 7")
        # escape leaves the cursor where it was
        await pilot.press("slash")
        await pilot.press(*"zzz-nothing")
        await settle(pilot)
        assert "Tidak ditemukan" in str(app.screen.query_one("#count").render())
        await pilot.press("escape")
        assert app.tree.current_id() == node_id_by_code(app, "IKU 7")


async def test_help_and_palette(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        assert app.screen.query_one(Markdown)
        await pilot.press("escape")
        await pilot.press("f1")
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        # the command palette runs our actions by their Indonesian names
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Filter")
        await settle(pilot)  # (the palette's search is a worker)
        await pilot.press("enter")
        await settle(pilot)
        assert app.only_under


async def test_english(make_app) -> None:
    app = make_app(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        summary = str(app.query_one(SummaryBar).render())
        assert "average capaian" in summary and "107,81 %" in summary
        descriptions = {ab.binding.description for ab in app.active_bindings.values()}
        assert {"Search", "Quit", "Export"} <= descriptions
        await pilot.press("slash")
        assert app.screen.query_one(Input).placeholder.startswith("e.g.")


async def test_detail_pane_scrolls_by_itself(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("j", "j")  # IKU 1: more lines than the pane shows
        await settle(pilot)
        detail = app.detail
        assert detail.top == 0 and detail.line_count > detail.content_region.height
        first = text_of(detail)
        await pilot.press("tab")  # the pane takes the keys
        assert app.focused is detail
        await pilot.press("pagedown")
        assert detail.top > 0
        top = detail.top
        await pilot.press("k")
        assert detail.top == top - 1
        await pilot.press("G")
        assert detail.top == detail.line_count - detail.content_region.height
        await pilot.press("g")
        assert detail.top == 0
        assert text_of(detail) == first
        await pilot.press("shift+tab")
        assert app.focused is app.tree


async def test_a_held_key_moves_the_cursor_and_the_detail_follows_where_it_stops(
    make_app, monkeypatch
) -> None:
    """tui14: the keys were sent at once, and the test relied on the app handling them within
    50 ms of each other; under load it did not, and the pane followed every key. The clock the
    app reads is now the test's (the keys come at one instant, as a held key's do), and the
    pane's timer runs when the test says the cursor rests: nothing depends on the machine's
    speed."""
    import lkj_tui.tui.app as app_module

    class Timer:
        def __init__(self, callback) -> None:  # type: ignore[no-untyped-def]
            self.callback, self.stopped = callback, False

        def stop(self) -> None:
            self.stopped = True

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        now = app_module.monotonic() + 10  # long after the pane last followed: the first key
        monkeypatch.setattr(app_module, "monotonic", lambda: now)
        timers: list[Timer] = []
        monkeypatch.setattr(
            app.detail,
            "set_timer",
            lambda delay, callback, name=None: timers.append(Timer(callback)) or timers[-1],
        )
        shown = []
        show = app.detail.show
        app.detail.show = lambda ev, empty="": (shown.append(ev), show(ev, empty))  # type: ignore[method-assign]
        start = app.tree.cursor_line
        for _ in range(8):  # at one instant, closer than the pane follows (50 ms): a held key
            app._driver.send_message(events.Key("down", None))
        await until(pilot, lambda: app.tree.cursor_line == start + 8, "every key handled")
        assert len(shown) == 1  # the first move at once, then the pane waits
        waiting = [timer for timer in timers if not timer.stopped]
        assert len(waiting) == 1
        waiting[0].callback()  # the cursor rests: the pane's timer runs
        await settle(pilot)
        assert len(shown) == 2
        assert shown[-1].node.id == app.tree.current_id()
        assert app.view.evaluation.report.node(app.tree.current_id()).code in app.detail.text


async def test_key_bar_shows_the_keys_and_a_click_presses_one(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        bar = app.query_one(KeyBar)
        shown = text_of(bar)
        assert "u Filter ▼" in shown and "? Bantuan" in shown and "^p Perintah" in shown
        assert shown.count("Bantuan") == 1  # ? and F1 are one key
        await pilot.click(KeyBar, offset=(shown.index("Filter"), 0))
        await settle(pilot)
        assert app.only_under


def test_run_tui_keeps_the_gc_off_until_the_first_frame(monkeypatch, tui_store) -> None:
    seen: dict[str, bool] = {}

    def run(self):
        seen["off while starting"] = not gc.isenabled()
        self.after_first_frame()  # what the app calls once its first frame is painted
        seen["on after"] = gc.isenabled()
        return 0

    monkeypatch.setattr(LkjApp, "run", run)
    try:
        assert run_tui(tui_store) == 0
    finally:
        gc.unfreeze()
    assert seen == {"off while starting": True, "on after": True} and gc.isenabled()


def test_lkj_tui_leaves_what_the_app_made_to_the_end_of_the_process(monkeypatch, tui_store) -> None:
    """After the app, the interpreter's last collection walked and freed everything it had made:
    seconds after a huge report, before the prompt came back. ``lkj-tui`` (``main``) sets it all
    aside (``gc.freeze``) when the TUI has left, also what was made after the first frame (a big
    report's evaluation). (``run_tui`` froze it too until the seventh pass: the same freeze.)"""
    from lkj_tui.cli.main import main

    late: list[list[object]] = []

    def run(self):
        self.after_first_frame()  # the first frame: what start-up made is set aside
        late.append([self])  # made afterwards, as a big report's evaluation is
        return 0

    monkeypatch.setattr(LkjApp, "run", run)
    monkeypatch.setattr("sys.argv", ["lkj-tui", "--store", str(tui_store.root)])
    try:
        with pytest.raises(SystemExit) as exited:
            main()
        assert exited.value.code == 0
        assert late and not any(o is late[0] for o in gc.get_objects())  # no generation holds it
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("size", [SIZE, (60, 20)])
async def test_the_tree_measures_its_labels_as_tree_does(make_app, monkeypatch, size) -> None:
    """LkjTree lets Tree measure its labels (Tree renders each to measure it when it builds its
    lines). They are padded to the tree's width, so the screen is the one the tree painted when it
    measured nothing (``get_label_width`` returning 0, the device it had until the seventh pass):
    through moves, "expand all", the end of the tree and the under-target filter, and narrow."""
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)

        async def both() -> tuple[str, str]:
            screens = []
            for old in (False, True):
                with monkeypatch.context() as patch:
                    if old:
                        patch.setattr(LkjTree, "get_label_width", lambda self, node: 0)
                    app.tree._invalidate()  # its lines built again, and measured
                    await pilot.pause()
                    screens.append(app.export_screenshot())
            return screens[0], screens[1]

        for keys in [("j", "j", "j"), ("plus",), ("l", "j", "j"), ("G", "k"), ("u",)]:
            await pilot.press(*keys)
            await settle(pilot)
            ours, old = await both()
            assert ours == old, keys


async def test_the_tree_paints_as_tree_does(make_app, monkeypatch) -> None:
    """LkjTree works out its style once per paint (``render_lines``), not once per line: the
    screen is the one Tree's own ``render_line`` paints, through cursor moves, focus, the mouse
    over a line, the under-target filter and a theme switch (the style changes between paints)."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)

        async def both() -> tuple[str, str]:
            screens = []
            for methods in ((), (Tree.render_lines, Tree.render_line)):
                with monkeypatch.context() as patch:
                    if methods:  # Tree's own: the style of the widget asked for on every line
                        patch.setattr(LkjTree, "render_lines", methods[0])
                        patch.setattr(LkjTree, "render_line", methods[1])
                    app.tree._line_cache.clear()  # Tree's lines, and the screen's of the tree
                    app.tree.refresh()
                    await pilot.pause()
                    screens.append(app.export_screenshot())
            return screens[0], screens[1]

        steps = [
            ("j", "j", "j"),
            ("plus",),
            ("G", "k", "k"),
            ("tab",),  # the detail pane focused: the tree's guides lose their colour
            ("shift+tab", "u"),
        ]
        for keys in steps:
            await pilot.press(*keys)
            await settle(pilot)
            ours, trees = await both()
            assert ours == trees, keys
        await pilot.hover("#tree", offset=(10, 4))
        ours, trees = await both()
        assert ours == trees
        app.theme = "textual-light"
        await settle(pilot)
        light, trees = await both()
        assert light == trees and light != ours


async def _palette_lines(pilot, query: str = "") -> tuple[str, list[str]]:
    """ctrl+p, then ``query`` typed: the search line's placeholder and the listed commands."""
    from textual.command import CommandInput, CommandList, CommandPalette

    await pilot.press("ctrl+p")
    await settle(pilot)
    palette = pilot.app.screen
    assert isinstance(palette, CommandPalette)
    if query:
        await pilot.press(*query)
    await settle(pilot)  # the providers answered (the palette's search is a worker)
    found = palette.query_one(CommandList)
    lines = [str(found.get_option_at_index(i).prompt) for i in range(found.option_count)]
    placeholder = palette.query_one(CommandInput).placeholder
    await pilot.press("escape")
    return placeholder, lines


async def test_the_palette_is_indonesian(make_app) -> None:
    """Textual's own commands ("Theme", "Quit", "Keys", "Screenshot") and the search line ("Search
    for commands…") were English in the Indonesian palette; "Keys" opened Textual's key panel,
    English line by line. Now: "Tema" and "Tangkapan layar", no Quit beside our "Keluar (q)", no
    Keys; the theme switcher searches "Cari tema…". English keeps Textual's words."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        placeholder, everything = await _palette_lines(pilot)
        assert placeholder == "Cari perintah…"
        shown = " ".join(everything)
        assert "Tema" in shown and "Tangkapan layar" in shown and "Keluar (q)" in shown
        for english in ("Theme", "Quit", "Keys", "Screenshot", "Change the current theme"):
            assert english not in shown, english
        _, themes = await _palette_lines(pilot, "tema")
        assert any("Ganti tema" in line for line in themes)
        app.action_change_theme()
        await settle(pilot)
        assert app.screen.query_one("CommandInput").placeholder == "Cari tema…"
        await pilot.press("escape")
    app = make_app(lang="en")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        placeholder, everything = await _palette_lines(pilot)
        assert placeholder == "Search for commands…"
        assert "Theme" in " ".join(everything) and "Keys" in " ".join(everything)
