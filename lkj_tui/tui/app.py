"""The lkj-tui application: tree on the left, detail on the right, summary on top.

Blocking work (loading, saving, exporting, filtering, searching) runs in thread workers that post a
message back (:mod:`lkj_tui.tui.messages`); only the handlers touch widgets. Edits live in
:mod:`lkj_tui.tui.editing`, finding and leaving (filter, jumps, search, export…) in
:mod:`lkj_tui.tui.navigation`.
"""

from __future__ import annotations

import dataclasses
import threading
from pathlib import Path
from typing import ClassVar

from textual import events, on, work
from textual.app import App, ComposeResult
from textual.binding import Binding, BindingsMap, BindingType
from textual.containers import Horizontal
from textual.widgets import Footer, Tree

from lkj_tui.core.model import Node
from lkj_tui.core.sanitize import clean_line
from lkj_tui.storage.store import Store
from lkj_tui.tui.commands import LkjCommands
from lkj_tui.tui.components.detail import DetailPane
from lkj_tui.tui.components.summary import SummaryBar
from lkj_tui.tui.components.tree import LkjTree
from lkj_tui.tui.editing import EditsMixin, error_text
from lkj_tui.tui.messages import (
    LoadFailed,
    RevisionSeen,
    ViewLoaded,
)
from lkj_tui.tui.navigation import NavigationMixin
from lkj_tui.tui.session import View, load_view
from lkj_tui.tui.text import t


class LkjApp(EditsMixin, NavigationMixin, App[int]):
    """Review one LKj report at a time; every edit is saved through the store at once."""

    CSS_PATH = "app.tcss"
    TITLE = "lkj-tui"
    COMMANDS: ClassVar = App.COMMANDS | {LkjCommands}
    # Descriptions are text.py keys, translated in __init__; vim keys live on the tree, hidden.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("u", "toggle_under", "toggle_under"),
        Binding("n", "next_under", "next_under"),
        Binding("N", "prev_under", "prev_under", show=False),
        Binding("slash", "search", "search", key_display="/"),
        Binding("e", "edit_realisasi", "edit"),
        Binding("p", "edit_item('permasalahan')", "problem"),
        Binding("s", "edit_item('solusi')", "solution"),
        Binding("d", "delete_item", "delete"),
        Binding("x", "export", "export"),
        Binding("r", "switch_report", "switch"),
        Binding("plus", "expand_all", "expand_all", show=False),
        Binding("minus", "collapse_all", "collapse_all", show=False),
        Binding("ctrl+r", "reload", "reload", show=False),
        Binding("question_mark,f1", "help", "help", key_display="?"),
        Binding("q", "quit", "quit"),
    ]

    def __init__(self, store: Store, report_id: str | None = None, lang: str = "id") -> None:
        super().__init__()
        self.store, self.lang, self.requested_id = store, lang, report_id
        self.view: View | None = None
        self.only_under = False
        self.saving = False
        self.export_folder = Path.cwd()
        self.poll_seconds = 3.0  # how often to look whether another process saved the report
        self._load_seq = 0
        self.loading = True
        self._bindings = BindingsMap(
            dataclasses.replace(
                b, description=t(b.description, lang), tooltip=t(f"{b.description}_help", lang)
            )
            for bindings in self._bindings.key_to_bindings.values()
            for b in bindings
        )

    def compose(self) -> ComposeResult:
        yield SummaryBar(self.lang, id="summary")
        with Horizontal(id="main"):
            yield LkjTree(self.lang, id="tree")
            yield DetailPane(self.lang, id="detail")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.tree.focus()
        self.query_one(DetailPane).show(None, t("loading", self.lang))
        # paint the first frame ("Memuat laporan…") before the loading thread takes the GIL
        self.call_after_refresh(self.load, self.requested_id, "open")
        if self.poll_seconds:
            self.set_interval(self.poll_seconds, self.poll_store)

    @property
    def tree(self) -> LkjTree:
        return self.query_one("#tree", LkjTree)

    def selected(self) -> Node | None:
        node_id = self.tree.current_id()
        if self.view is None or node_id is None:
            return None
        return self.view.evaluation.report.get(node_id)

    def toast(
        self, message: str, severity: str = "information", timeout: float | None = None
    ) -> None:
        """Every toast goes through here: cleaned, never markup."""
        self.notify(clean_line(message, 600), severity=severity, markup=False, timeout=timeout)  # type: ignore[arg-type]

    # ------------------------------------------------------------------ loading
    def load(self, report_id: str | None, reason: str, then: object = None) -> None:
        """Read and evaluate a report in a daemon thread (a huge one can take a while, and quitting
        must not wait for it); the result comes back as a message, the newest load wins."""
        self._load_seq += 1
        self.loading = True
        args = (self._load_seq, report_id, reason, then, self.only_under)
        threading.Thread(target=self._load_thread, args=args, name="lkj-load", daemon=True).start()

    def _load_thread(
        self, seq: int, report_id: str | None, reason: str, then: object, only_under: bool
    ) -> None:
        try:
            view = load_view(self.store, report_id)
            only = view.under_paths() if only_under else None
        except Exception as exc:  # StoreError, ModelError, OSError: shown, the app stays up
            self.post_message(LoadFailed(seq, report_id, error_text(exc, self.lang)))
            return
        self.post_message(ViewLoaded(seq, view, reason, only, then))  # type: ignore[arg-type]

    def on_view_loaded(self, message: ViewLoaded) -> None:
        if message.seq != self._load_seq:
            return  # a newer load is on its way
        self.loading = False
        view = self.view = message.view
        detail = self.query_one(DetailPane)
        detail.tahun, detail.periode = (
            view.evaluation.report.meta.tahun,
            view.evaluation.report.meta.periode,
        )
        self.tree.show_view(view, message.only)
        self.refresh_panes()
        if message.reason == "switch":
            self.toast(t("opened", self.lang, name=view.evaluation.report.meta.instansi))
        elif message.reason == "external":
            self.toast(t("external_change", self.lang, revision=view.revision), "warning")
        elif message.reason == "reload":
            self.toast(t("reloaded", self.lang, revision=view.revision))
        if message.then is not None:
            message.then()

    def on_load_failed(self, message: LoadFailed) -> None:
        if message.seq != self._load_seq:
            return
        self.loading = False
        self.toast(t("load_failed", self.lang, error=message.error), "error", timeout=20)
        if self.view is None:
            self.query_one(SummaryBar).show(None)
            self.query_one(DetailPane).show(None)

    def refresh_panes(self) -> None:
        self.query_one(SummaryBar).show(self.view, self.only_under)
        node = self.selected()
        self.query_one(DetailPane).show(
            self.view.evaluation.of(node.id) if self.view and node else None
        )

    @on(Tree.NodeHighlighted)
    def highlighted(self) -> None:
        node = self.selected()
        if node is not None and self.view is not None:
            self.query_one(DetailPane).show(self.view.evaluation.of(node.id))

    def action_reload(self) -> None:
        if self.view is not None:
            self.load(self.view.report_id, "reload")

    # ------------------------------------------------------------------ another writer
    def on_app_focus(self, _: events.AppFocus) -> None:
        self.poll_store()

    def poll_store(self) -> None:
        if self.view is not None and not self.saving:
            self.check_revision(self.view.report_id)

    @work(thread=True, exclusive=True, group="check")
    def check_revision(self, report_id: str) -> None:
        try:
            self.post_message(RevisionSeen(report_id, self.store.revision(report_id)))
        except Exception:  # an unreadable file shows up at the next load or save
            return

    def on_revision_seen(self, message: RevisionSeen) -> None:
        view = self.view
        if view is None or view.report_id != message.report_id or self.saving:
            return
        if message.revision > view.revision:  # revisions only grow; an older reading is stale
            self.load(view.report_id, "external")


def run_tui(store: Store, report_id: str | None = None, lang: str = "id") -> int:
    """Open the TUI on ``report_id`` (the latest report when None); the exit status."""
    app = LkjApp(store, report_id=report_id, lang=lang)
    result = app.run()
    return result if isinstance(result, int) else (app.return_code or 0)
