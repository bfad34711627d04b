"""Fixtures for the TUI tests: a temporary store with the bundled report, and an app factory."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from time import monotonic
from typing import Any

import pytest
from textual.geometry import Region
from textual.pilot import Pilot
from textual.widget import Widget
from textual.widgets import Input, OptionList

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core.model import Node
from lkj_tui.storage.store import Store
from lkj_tui.tui.app import LkjApp
from lkj_tui.tui.components.detail import DetailPane
from lkj_tui.tui.components.importdialogs import EmptyReportDialog

SIZE = (120, 40)


@pytest.fixture
def full_updates(monkeypatch) -> list[object]:
    """The whole-screen repaints (Textual's Compositor.render_full_update) made from now on: a
    focus move that repaints only the widgets that changed adds none."""
    from textual._compositor import Compositor

    full: list[object] = []
    whole = Compositor.render_full_update

    def counted(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        full.append(self)
        return whole(self, *args, **kwargs)

    monkeypatch.setattr(Compositor, "render_full_update", counted)
    return full


def handling(app: object) -> bool:
    """A message or a ``call_next`` is still queued in the app or a widget of a screen, a dialog
    asked for is not on screen yet, or a key typed is still to be handled (app.typing_ahead)."""
    if not getattr(app, "is_running", False) or not app.screen_stack:  # type: ignore[attr-defined]
        return False  # (closed, or closing: its screens are gone)
    if getattr(app, "dialogs_opening", 0) or getattr(app, "typing_ahead", False):
        return True
    pumps = [app, *(w for s in app.screen_stack for w in s.walk_children(with_self=True))]  # type: ignore[attr-defined]
    # (a message Textual took out of a queue to look at whether it replaces the one before it
    # is in none: the app's ``_pending_message``, a key bubbled up and not yet handled)
    return any(
        not p._message_queue.empty() or p._pending_message or p._next_callbacks for p in pumps
    )


@pytest.fixture(autouse=True)
def _keys_handled(monkeypatch: pytest.MonkeyPatch) -> None:
    """``pilot.press`` and ``pilot.click`` return once the app has handled what they sent, each
    key before the next is sent: every queue empty and the dialog a key asked for on screen.
    Textual's own wait ends when the process looks idle by its CPU time, or after a second at
    most: a process starved on a loaded box looks idle, and a test read the screen before the
    dialog its key opened was on it (with that wait made to return at once, 12 tests of
    test_edits, test_keybar and test_hardening failed so). Workers and timers are not waited
    for here: :func:`settle`, :func:`until`."""
    press, click = Pilot.press, Pilot.click

    async def handled(pilot: Pilot, what: str) -> None:
        await until(pilot, lambda: not handling(pilot.app), what)
        if pilot.app.is_running and pilot.app.screen_stack:  # (not closing)
            # (and a scroll it started has ended, as Textual means to wait)
            await pilot.wait_for_animation()
            await until(pilot, lambda: not handling(pilot.app), what)

    async def pressed(self: Pilot, *keys: str) -> None:
        for key in keys:  # (keys typed together, before the app handles the first: ``burst``)
            await press(self, key)
            await handled(self, f"the key {key!r} handled")

    async def clicked(self: Pilot, *args: object, **kwargs: object) -> bool:
        done = await click(self, *args, **kwargs)  # type: ignore[arg-type]
        await handled(self, "the click handled")
        return done

    monkeypatch.setattr(Pilot, "press", pressed)
    monkeypatch.setattr(Pilot, "click", clicked)


@pytest.fixture(autouse=True)
def _patient_waits(monkeypatch: pytest.MonkeyPatch) -> None:
    """Textual's pilot waits for the screen to handle what is queued (``pause``, ``press``) up
    to :data:`PATIENCE`, not 30 s: on a box at a load of 8–9 a screen of 3,000 findings mounted
    under tracemalloc took longer, and the memory tests of mem59 and mem63 failed with
    ``WaitForScreenTimeout`` (a harness's limit, not what a test asserts)."""
    wait = Pilot._wait_for_screen

    async def waited(self: Pilot, timeout: float = 30.0) -> bool:
        return await wait(self, max(timeout, PATIENCE))

    monkeypatch.setattr(Pilot, "_wait_for_screen", waited)


@pytest.fixture
def tui_store(tmp_path: Path) -> Store:
    return Store(tmp_path / "store", seed=load_bundled_report)


@pytest.fixture
def make_app(tui_store: Store, tmp_path: Path) -> Callable[..., LkjApp]:
    def make(
        store: Store | None = None,
        report_id: str | None = None,
        lang: str = "id",
        store_typed: str | None = None,
    ) -> LkjApp:
        app = LkjApp(store or tui_store, report_id=report_id, lang=lang, store_typed=store_typed)
        app.export_folder = tmp_path
        app.poll_seconds = 0  # no background polling: each test decides when the store changes
        app.toasts = []  # type: ignore[attr-defined]
        notify = app.notify

        def record(message: str, **kwargs: object) -> None:
            app.toasts.append(
                (message, kwargs.get("severity", "information"), kwargs.get("markup"))
            )  # type: ignore[attr-defined]
            notify(message, **kwargs)  # type: ignore[arg-type]

        app.notify = record  # type: ignore[method-assign]
        return app

    return make


@pytest.fixture
def lasting_toasts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Toasts stay until the test ends (one replaced by another of its kind still goes): a
    snapshot shows the toasts its keys raised however slow the run. (A jump's toast lasts 2 s:
    under load the picture was taken after it had gone, and the test failed now and then.)"""
    from textual.notifications import Notification

    monkeypatch.setattr(
        Notification, "time_left", property(lambda n: 3600.0 if n.timeout > 0 else 0.0)
    )


#: How long :func:`until` waits before it says what never happened: far longer than anything takes on
#: a loaded box (CI ran 4,000 tests in 45–75 min on two busy cores), so only a hang reaches it; it
#: measures nothing about speed.
PATIENCE = 120.0


def gated(monkeypatch: pytest.MonkeyPatch, owner: object, name: str) -> threading.Event:
    """``owner.name`` (a module's function) made to wait until the returned event is set (at
    most :data:`PATIENCE`), then run: a step surely still running when the keys come, however
    fast the box."""
    gate, step = threading.Event(), getattr(owner, name)

    def slow(*args: Any, **kwargs: Any) -> Any:
        gate.wait(PATIENCE)
        return step(*args, **kwargs)

    monkeypatch.setattr(owner, name, slow)
    return gate


async def reviu_opened(pilot: Pilot) -> tuple[OptionList, int]:
    """``v`` once the reviu is ready: the Reviu screen's list of findings and its width."""
    await settle(pilot)
    await until(pilot, lambda: pilot.app.reviu is not None, "the reviu")  # type: ignore[attr-defined]
    await pilot.press("v")
    await settle(pilot)
    options = pilot.app.screen.query_one("#findings", OptionList)
    return options, options.scrollable_content_region.width


def reviu_lines(app: LkjApp) -> str:
    """The Reviu screen's findings, as their rows say them, on one line (spaces folded)."""
    options = app.screen.query_one("#findings", OptionList)
    lines = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    return " ".join(" ".join(lines).split())


async def until(pilot: Pilot, done: Callable[[], object], what: str = "") -> None:
    """Let the app work until ``done()`` is true: the condition a test means (a dialog open, a
    worker's result shown, a toast raised), not a time that is enough on a quiet machine (under
    load a worker, a timer or a dialog's lazy import took seconds, and a test that read the app
    after a fixed pause, or after a poll of a few seconds that then went on silently, failed now
    and then). ``what``: said if it never happens."""
    deadline = monotonic() + PATIENCE
    while not done():
        if monotonic() > deadline:
            raise AssertionError(f"after {PATIENCE:.0f} s still not: {what or done}")
        await pilot.pause(0.01)


def timer_running(app: object, name: str) -> bool:
    """A timer of this name (``set_timer(..., name=...)``) set on the app and not yet run out: its
    callback still to come. (Wait for it to have run, not for the time it is set to: under load it
    ran late, and a test that paused for that time read the app before it had.)"""
    return any(
        t.name == name and t._task is not None and not t._task.done()
        for t in app._timers  # type: ignore[attr-defined]
    )


def _busy(app: object) -> bool:
    """The report is still loading, the detail pane still to follow the cursor, or a dialog asked
    for not yet on screen (its module is imported when first opened)."""
    return bool(
        getattr(app, "loading", False)
        or getattr(app, "detail_pending", False)
        or getattr(app, "dialogs_opening", 0)
    )


async def workers_done(pilot: Pilot) -> None:
    """Wait until every worker has finished (done, failed or cancelled). Textual's
    ``workers.wait_for_complete()`` raised WorkerCancelled when an exclusive worker was replaced
    by a newer one while it waited (a search typed key by key, under load: test_typing failed
    so)."""
    app = pilot.app
    while busy := [w for w in app.workers if not w.is_finished]:
        waits = asyncio.gather(*(w.wait() for w in busy), return_exceptions=True)
        await asyncio.wait_for(waits, PATIENCE)
        await pilot.pause()  # (a worker not started yet starts)


async def settle(pilot: Pilot) -> None:
    """Wait until the report is loaded, every worker finished and their messages were handled,
    the detail pane followed the cursor, and a dialog a key asked for is on screen (under load
    ``press`` came back before it was pushed)."""
    for _ in range(3):
        await until(pilot, lambda: not _busy(pilot.app), "the app settled (loaded, pane, dialog)")
        await workers_done(pilot)
        await pilot.pause()


async def no_blink(pilot: Pilot) -> None:
    for widget in pilot.app.screen.query(Input):
        widget.cursor_blink = False


def node_id_by_code(app: LkjApp, code: str) -> str:
    assert app.view is not None, "the report is not loaded yet: await settle(pilot) first"
    return next(n.id for n in app.view.evaluation.report.walk() if n.code == code)


async def years_shown(
    make_app: Callable[..., LkjApp],
    root: Path,
    report: str,
    lang: str,
    codes: tuple[str, ...],
    pick: Callable[[Node], bool] | None = None,
) -> list[str]:
    """The detail pane's years of each indicator of ``codes`` (or each node ``pick`` takes, in
    the report's order) in ``report`` of the store at ``root``, one line each, once the other
    years are read (at 120×40)."""
    app = make_app(Store(root), report_id=report, lang=lang)
    shown = []
    async with app.run_test(size=(120, 40)) as pilot:
        detail = app.detail
        await until(
            pilot,
            lambda d=detail: d.years_context is not None and d.years_context.others,
            "the other years read",
        )
        await settle(pilot)
        ids = [node_id_by_code(app, code) for code in codes]
        if pick is not None:
            assert app.view is not None
            ids = [n.id for n in app.view.evaluation.report.walk() if pick(n)]
        for node_id in ids:
            app.go_to(node_id)
            await settle(pilot)
            shown.append(" ".join(app.detail.part_text("years").split()))
    return shown


def report_id() -> str:
    return BUNDLED_REPORT_ID


def text_of(widget: Widget) -> str:
    """What a widget shows, as plain text (whatever it renders: Content, Text, a Rich table…);
    for a container, the text of its visible children; all of the detail pane's text."""
    if isinstance(widget, DetailPane):
        return widget.text
    if widget.children:
        return "\n".join(text_of(child) for child in widget.children if child.display)
    width, height = widget.size
    return "\n".join(strip.text for strip in widget.render_lines(Region(0, 0, width, height)))


async def go(pilot: Pilot, code: str) -> str:
    """Put the cursor on the node with this code (its parents opened), and wait until the detail
    pane and the key bar follow it; its id. (A move within 50 ms of the pane's last update waits
    for the cursor to rest, app.DETAIL_DELAY: under load the bar was read before it had followed,
    still the start node's, and test_meeting22's palette test failed now and then.)"""
    node_id = node_id_by_code(pilot.app, code)  # type: ignore[arg-type]
    assert pilot.app.tree.reveal(node_id)  # type: ignore[attr-defined]
    app = pilot.app
    await until(pilot, lambda: not getattr(app, "detail_pending", False), "the pane followed")
    await pilot.pause()
    return node_id


async def export_preview_lines(pilot: Pilot) -> tuple[list[str], str, int]:
    """The export dialog (``x``) opened on IKU 1: the lines under its fields, stripped (the
    whole path), the path in its field and the width of those lines."""
    await settle(pilot)
    await go(pilot, "IKU 1")
    await pilot.press("x")
    await settle(pilot)
    await pilot.pause()
    preview = pilot.app.screen.query_one("#preview")
    lines = [line.strip() for line in text_of(preview).splitlines() if line.strip()]
    path = str(pilot.app.screen.query_one("#f-path").value)  # type: ignore[attr-defined]
    return lines, path, preview.content_region.width


@asynccontextmanager
async def opened(
    make_app: Callable[..., LkjApp], code: str | None, size: tuple[int, int] = SIZE, **kw: object
) -> AsyncIterator[tuple[LkjApp, Pilot, str | None]]:
    """The app running on its report, loaded, with the cursor on the node with this ``code``
    (none: where it starts): ``(app, pilot, node id)``."""
    app = make_app(**kw)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        yield app, pilot, (await go(pilot, code) if code is not None else None)


async def new_report_choices(pilot: Pilot) -> OptionList:
    """``r``, then the picker's last entry ("Laporan baru…"): the new report's choices (a
    ``ChoiceDialog``), open; its list returned."""
    from lkj_tui.tui.components.dialogs import ChoiceDialog
    from lkj_tui.tui.screens import ReportScreen

    await pilot.press("r")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ReportScreen)
    options = pilot.app.screen.query_one(OptionList)
    options.highlighted = options.option_count - 1  # "Laporan baru…"
    await pilot.press("enter")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ChoiceDialog)
    return pilot.app.screen.query_one(OptionList)


async def empty_report_dialog(pilot: Pilot) -> EmptyReportDialog:
    """``r``, the picker's last entry ("Laporan baru…"), then its last ("Laporan kosong…"): the
    empty report dialog, open."""
    from textual.widgets import OptionList

    for key in ("r", "enter", "enter"):
        if key == "enter":
            options = pilot.app.screen.query_one(OptionList)
            options.highlighted = options.option_count - 1
        await pilot.press(key)
        await settle(pilot)
    assert isinstance(pilot.app.screen, EmptyReportDialog)
    return pilot.app.screen
