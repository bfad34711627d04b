"""A big report is shown before it is evaluated (``session.EVALUATE_FIRST``): what the screen says
meanwhile, what waits for the evaluation, and what is refused until it is made. The bundled report
stands in for a big one (the limit set to 0), and its evaluation waits for the test."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

import lkj_tui.tui.app as app_module
import lkj_tui.tui.session as session
from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.numbers import format_id
from lkj_tui.tui.components.summary import SummaryBar
from lkj_tui.tui.screens import SearchScreen
from tests.tui.conftest import SIZE, report_id, settle, text_of, until


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """Every report counts as big, and its evaluation waits until the test sets the event."""
    release = threading.Event()
    monkeypatch.setattr(session, "EVALUATE_FIRST", 0)

    def gated(report: object) -> Evaluation:
        assert release.wait(60)
        return Evaluation(report)  # type: ignore[arg-type]

    monkeypatch.setattr(app_module, "Evaluation", gated)
    yield release
    release.set()


def tree_lines(app: app_module.LkjApp) -> list[str]:
    return text_of(app.tree).splitlines()


def line_of(app: app_module.LkjApp, code: str) -> str:
    return next(line for line in tree_lines(app) if f" {code} " in line)


async def test_a_big_report_shows_its_tree_first_then_its_figures(make_app, gate) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.view is not None)
        await pilot.pause()
        view = app.view
        assert not view.ready
        # nothing shows a figure that is not computed yet, and each place says so
        summary = text_of(app.query_one(SummaryBar))
        assert f"Capaian sedang dihitung ({len(view.report)} simpul)" in summary
        assert "rata-rata" not in summary and "IKU di bawah target" not in summary
        assert "IKU 1" in text_of(app.tree)
        assert "dihitung…" in line_of(app, "IKU 1") and "%" not in line_of(app, "IKU 1")
        assert "belum capai" not in text_of(app.tree)  # no count beneath a parent yet
        assert "Capaian sedang dihitung" in app.detail.text
        gate.set()
        await settle(pilot)
        assert view.ready and app.view is view
        expected = Evaluation(view.report)
        summary = text_of(app.query_one(SummaryBar))
        assert f"rata-rata capaian {format_id(expected.summary().average)} %" in summary
        assert "sedang dihitung" not in summary
        iku1 = next(n for n in view.report.walk() if n.code == "IKU 1")
        rounded = expected.of(iku1.id).achievement.rounded
        assert f"{format_id(rounded)} %" in line_of(app, "IKU 1")
        assert "dihitung…" not in text_of(app.tree)
        assert "Tujuan" in app.detail.text and "sedang dihitung" not in app.detail.text
        assert app.reviu is not None  # the reviu follows the evaluation


async def test_the_filter_and_jumps_wait_for_the_evaluation(make_app, gate) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.view is not None)
        await pilot.press("u", "n")
        await pilot.pause()
        assert not app.only_under and app.tree.only is None
        assert any("dijalankan begitu selesai" in m for m, _, _ in app.toasts)
        gate.set()
        await settle(pilot)
        view = app.view
        assert app.only_under and app.tree.only == view.under_paths()  # every under-target item
        assert len(view.under) == len(Evaluation(view.report).under_target()) > 0
        assert app.tree.current_id() == view.under[0]  # n: the first under-target item


async def test_edits_are_refused_and_search_works_before_the_evaluation(make_app, gate) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.view is not None)
        iku1 = next(n.id for n in app.view.report.walk() if n.code == "IKU 1")
        assert app.tree.reveal(iku1)
        await pilot.press("e")
        await pilot.pause()
        assert app.screen is app.tree.screen  # no dialog: it would show and change figures
        assert any("ubah data setelah selesai" in m for m, _, _ in app.toasts)
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.screen is app.tree.screen
        # search reads codes and names only: it finds everything before the evaluation
        await pilot.press("slash")
        await until(pilot, lambda: isinstance(app.screen, SearchScreen))
        await pilot.press(*"IKU 10", "enter")
        await until(pilot, lambda: app.screen is app.tree.screen)
        assert app.view.report.node(app.tree.current_id()).code == "IKU 10"
        assert not app.view.ready
        gate.set()
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        assert app.screen is not app.tree.screen  # now the dialog opens


async def test_the_gc_stays_off_until_the_report_is_on_screen(make_app, monkeypatch) -> None:
    """``run_tui`` turns the GC back on after the frame that shows the report, not after the
    app's first frame: a huge report is still being read then, and its read ran twice as long
    with the GC on."""
    release = threading.Event()
    load_view = session.load_view

    def gated(*args: object, **kwargs: object) -> session.View:
        assert release.wait(60)
        return load_view(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(app_module, "load_view", gated)
    calls: list[bool] = []
    app = make_app()
    app.after_first_frame = lambda: calls.append(app.view is not None)
    try:
        async with app.run_test(size=SIZE) as pilot:
            for _ in range(5):
                await pilot.pause(0.02)
            assert calls == [] and app.view is None  # frames painted, the report not read yet
            release.set()
            await settle(pilot)
            assert calls == [True]
    finally:
        release.set()


async def test_what_waited_is_dropped_when_another_report_opens(make_app, gate, tui_store) -> None:
    from tests.tui.test_store_interplay import second_report

    tui_store.import_report(second_report())
    app = make_app(report_id=report_id())
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.view is not None)
        await pilot.press("u")  # waits for this report's figures
        await pilot.pause()
        app.load("dinas-contoh-2024", "switch")
        await until(pilot, lambda: app.view.report_id == "dinas-contoh-2024")
        gate.set()
        await until(pilot, lambda: app.view.ready)
        for _ in range(5):  # (settle would wait for the first report's cancelled worker)
            await pilot.pause(0.02)
        assert not app.only_under and app.tree.only is None
