"""Finding and leaving: the under-target filter, jumps, search, export, switching report, help.

A mixin of :class:`lkj_tui.tui.app.LkjApp`; slow work runs in thread workers that post a message back.
The screens (search, report switch, help with its Markdown) are imported when first opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual import work

from lkj_tui.tui.editing import error_text
from lkj_tui.tui.messages import Exported, FilterReady, ReportsListed
from lkj_tui.tui.session import View, export_markdown
from lkj_tui.tui.text import t

if TYPE_CHECKING:
    from lkj_tui.tui.app import LkjApp

    _Base = LkjApp
else:
    _Base = object


class NavigationMixin(_Base):
    """Filter, jump, search, export, report switch and help actions."""

    # ------------------------------------------------------------------ filter, jump, search
    def action_toggle_under(self) -> None:
        if self.view is None:
            return
        self.only_under = not self.only_under
        if self.only_under:
            self.compute_filter(self.view)
        else:
            self.tree.show_view(self.view, None)
            self.refresh_panes()
            self.toast(t("filter_off", self.lang), timeout=3)

    @work(thread=True, exclusive=True, group="filter")
    def compute_filter(self, view: View) -> None:
        self.post_message(FilterReady(view, view.under_paths()))

    def on_filter_ready(self, message: FilterReady) -> None:
        if message.view is self.view and self.only_under:
            self.tree.show_view(message.view, message.only)
            self.refresh_panes()
            if not message.only:
                self.toast(t("nothing_under", self.lang), timeout=3)

    def jump(self, forward: bool) -> None:
        if self.view is None:
            return
        target, wrapped = self.view.next_under(self.tree.current_id(), forward)
        if target is None:
            self.toast(t("nothing_under", self.lang), timeout=3)
            return
        self.tree.reveal(target)
        if wrapped:
            self.toast(t("wrapped", self.lang), timeout=2)

    def action_next_under(self) -> None:
        self.jump(True)

    def action_prev_under(self) -> None:
        self.jump(False)

    def action_search(self) -> None:
        from lkj_tui.tui.screens import SearchScreen

        if self.view is not None:
            self.open_dialog(SearchScreen(self.view, self.lang), self.go_to)

    def go_to(self, node_id: object) -> None:
        if not isinstance(node_id, str) or self.view is None:
            return
        if self.tree.only is not None and node_id not in self.tree.only:
            self.only_under = False
            self.tree.show_view(self.view, None)
            self.refresh_panes()
        self.tree.reveal(node_id)

    def action_expand_all(self) -> None:
        self.tree.expand_everything()

    def action_collapse_all(self) -> None:
        self.tree.root.collapse_all()
        self.tree.root.expand()

    # ------------------------------------------------------------------ export, reports, help
    def action_export(self) -> None:
        if self.view is not None:
            self.export(self.view)

    @work(thread=True, exclusive=True, group="export")
    def export(self, view: View) -> None:
        try:
            self.post_message(Exported(export_markdown(view, self.lang, self.export_folder)))
        except Exception as exc:
            self.post_message(Exported(None, error_text(exc, self.lang)))

    def on_exported(self, message: Exported) -> None:
        if message.path is None:
            self.toast(t("export_failed", self.lang, error=message.error), "error", timeout=15)
        else:
            self.toast(t("exported", self.lang, name=str(message.path)), timeout=10)

    @work(thread=True, exclusive=True, group="reports")
    def action_switch_report(self) -> None:
        try:
            reports, errors = self.store.list_reports(skip_broken=True)
            skipped = [error_text(e, self.lang) for e in errors]
            self.post_message(ReportsListed(reports, skipped=skipped))
        except Exception as exc:
            self.post_message(ReportsListed([], error_text(exc, self.lang)))

    def on_reports_listed(self, message: ReportsListed) -> None:
        if message.error:
            self.toast(t("load_failed", self.lang, error=message.error), "error")
            return
        if message.skipped:  # files that cannot be read are listed, never fatal
            text = t("skipped_files", self.lang, n=len(message.skipped), first=message.skipped[0])
            self.toast(text, "warning", timeout=15)
        from lkj_tui.tui.screens import ReportScreen

        current = self.view.report_id if self.view else None
        self.open_dialog(ReportScreen(message.reports, current, self.lang), self.switch_to)

    def switch_to(self, report_id: object) -> None:
        from lkj_tui.tui.importfile import NEW_REPORT

        if report_id == NEW_REPORT:
            self.new_report_menu()
            return
        if isinstance(report_id, str) and (self.view is None or report_id != self.view.report_id):
            self.load(report_id, "switch")

    def action_help(self) -> None:
        from lkj_tui.tui.screens import HelpScreen

        if not isinstance(self.screen, HelpScreen):
            self.open_dialog(HelpScreen(self.lang))
