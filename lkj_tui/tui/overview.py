"""The app's side of the overview and the years (``o``, the start screen, the detail pane's years).

The screen itself is :mod:`lkj_tui.tui.components.overview`, imported when first opened; the years'
rendering is :mod:`lkj_tui.tui.components.years`. Kept out of ``app.py``: the app only mixes this in.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work
from textual.message import Message

#: seconds after the first report is on screen before the years and the overview look at the store
START_DELAY = 0.3

if TYPE_CHECKING:
    from lkj_tui.storage.reader import ReportInfo
    from lkj_tui.tui.base import AppBase
    from lkj_tui.tui.components.years import YearsContext
    from lkj_tui.tui.session import View

    _Base = AppBase
else:
    _Base = object


# --------------------------------------------------------------------------- the app's side


class YearsReady(Message):
    def __init__(self, view: View, context: YearsContext) -> None:
        super().__init__()
        self.view, self.context = view, context


class OverviewMixin(_Base):
    """The app's overview key (``o``), the start screen, and the years of the detail pane."""

    def after_load(self, reason: str) -> None:
        """After a report is loaded: its own years at once, the store's other years in a worker;
        on the first load without --report, how many reports the store holds (several: the
        overview is the start screen, unless a key was typed since the start: the overview
        opened 0.3 s after the report, over the search ``/`` had opened, and took its text). On the first load both wait ``START_DELAY`` so that they
        never compete with the first frames (reading other reports holds the GIL), and both take
        the listing that chose the report (:attr:`View.listing`) instead of listing the store
        again: the overview alone lists it once more, for its summaries."""
        view = self.view
        if view is None:
            return
        app: Any = self
        app.detail.years_of(view.report)
        app.show_detail(force=True)
        if reason != "open":
            self._load_years(view)
            return

        listing = view.listing

        def later() -> None:
            if not app.is_running or not app.screen_stack:
                return  # (the app closed before the timer fired: nothing to show)
            if self.view is view:
                self._load_years(view, listing)
            several = self.requested_id is None and listing is not None and len(listing) > 1
            if several and not self.keys_typed:  # (typed: the keys act on the report)
                self.action_overview(start=True)

        app.set_timer(START_DELAY, later, name="years-start")

    @work(thread=True, exclusive=True, group="years")
    def _load_years(self, view: View, listing: list[ReportInfo] | None = None) -> None:
        from lkj_tui.tui.components.years import load_context

        try:
            context = load_context(self.store, view.report, listing)
        except Exception:  # the years of other reports are a bonus: never fatal
            return
        if context.others:
            app: Any = self
            app.post_message(YearsReady(view, context))

    def on_years_ready(self, message: YearsReady) -> None:
        app: Any = self
        if message.view is not self.view:
            return
        app.detail.years_context = message.context
        app.show_detail(force=True)

    def action_overview(self, start: bool = False) -> None:
        """``o``: the overview, the cursor on the open report; ``start``: the start screen (a
        store of several reports, none asked for), the cursor on the worst, at the top."""
        from lkj_tui.tui.components.overview import OverviewScreen

        app: Any = self
        if isinstance(app.screen, OverviewScreen):
            return
        current = self.view.report_id if self.view is not None else None
        screen = OverviewScreen(self.store, self.lang, current, start)
        app.push_screen(screen, self.overview_chosen)

    def overview_chosen(self, chosen: object) -> None:
        if not isinstance(chosen, tuple):
            return
        report_id, code = chosen
        app: Any = self

        def reveal() -> None:
            if code is None or self.view is None:
                return
            report = self.view.report
            node = next((n for n in report.walk() if n.kind == "iku" and n.code == code), None)
            if node is not None:
                app.go_to(node.id)

        if self.view is not None and self.view.report_id == report_id:
            reveal()
        else:
            app.load(report_id, "switch", reveal)
