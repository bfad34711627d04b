"""The shared store in the TUI (docs/sharing.md): conflicts (``K``), a node's history (``H``),
sync (``S``).

``K`` lists the conflicts a merge recorded in the open report, each with both values: Enter on
"keep" keeps the value in the file, on "take" saves the other value (a normal save); the
conflict is gone either way. ``H`` lists who changed which field of the selected node, when, before →
after (from git, in a worker); Enter on a line restores its "before" value through a normal save.
``S`` runs ``lkj-tui sync`` in a worker and says what it did; when the app opens on a shared store it
says whether the store is ahead or behind, and how many conflicts wait. The two lists
(``components/sharingscreens.py``) are imported when first opened.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual import work

from lkj_tui.core.sanitize import clean_line
from lkj_tui.tui.text import error_text, t

if TYPE_CHECKING:
    from lkj_tui.core.conflicts import Version
    from lkj_tui.core.merge import Conflict
    from lkj_tui.sync.history import Entry
    from lkj_tui.tui.base import AppBase

    _Base = AppBase
else:
    _Base = object

#: The kind of the toast that says the state a shared store opens in (:meth:`LkjApp.toast`).
STATE_TOAST = "share_state"


class SharingMixin(_Base):
    """The sharing actions of :class:`LkjApp`."""

    def _shared(self) -> bool:
        if not self._shared_quietly():
            self.toast(
                t("share_not_shared", self.lang, store=self.typed_options()), "warning", timeout=6
            )
            return False
        return True

    # ------------------------------------------------------------------ conflicts (K)
    def action_conflicts(self) -> None:
        if self.view is not None:
            self.conflicts_worker(self.view.report_id)

    @work(thread=True, exclusive=True, group="sharing")
    def conflicts_worker(self, report_id: str) -> None:
        from lkj_tui.sync import git, history
        from lkj_tui.sync.resolve import open_conflicts, setters

        found = open_conflicts(self.store, report_id)
        who: list[tuple[Entry | None, Entry | None]] = []
        if found:
            try:  # who set each value: the history of the report, this laptop's saves included
                with git.commit_lock(self.store.root):  # type: ignore[attr-defined]
                    git.commit_saves(self.store.root)
                entries = history.entries(self.store.root, report_id, choices=True)
            except Exception:  # no git, a broken history: the values without their authors
                entries = []
            who = setters(found, entries)
        known = history.conflict_versions(self.store.root, report_id, found)  # (new --from's)
        self.call_from_thread(self._show_conflicts, report_id, found, who, known)

    def _show_conflicts(
        self,
        report_id: str,
        found: list[Conflict],
        who: list[tuple[Entry | None, Entry | None]],
        known: dict[str, Version] | None = None,
    ) -> None:
        from lkj_tui.tui.components.sharingscreens import ConflictScreen

        # the start-up toast said "K: konflik", now pressed: its rows covered the foot of the
        # list for its ten seconds at 60×20 and 80×24 (tui39)
        self.toast_gone(STATE_TOAST)
        report = self.view.report if self.view is not None else None
        self.open_dialog(
            ConflictScreen(found, report, self.lang, who, known),
            lambda choice: self._resolve(report_id, choice, found) if choice else None,
        )

    def _resolve(self, report_id: str, choice: Any, found: list[Conflict]) -> None:
        """Save the choice as one change, like every edit: undone by ctrl+z (the value and the
        conflict back), redone by ctrl+y, in the change log and the journal (tui14)."""
        from lkj_tui.core.conflicts import value
        from lkj_tui.core.edits import EditError
        from lkj_tui.sync.resolve import choice as choice_change
        from lkj_tui.sync.resolve import choice_all

        view = self.view
        conflict, take = choice
        if view is None or view.report_id != report_id:
            return
        if self.saving:
            self.toast(t("busy", self.lang), "warning", timeout=3)
            return
        try:
            if conflict is None:  # all of them at once, as one change (resolve semua)
                change = choice_all(view.report, found, bool(take))
                self.submit(change, view.revision, shared=self._shared_quietly())
                return
            change = choice_change(view.report, found, conflict, bool(take))
        except EditError as exc:
            self.toast(error_text(exc, self.lang), "error", 15)
            return
        # (the toast's words are the change's, as every save, undo and redo words them:
        # change_words; they were this one's own, and its undo and redo read otherwise: share25)
        picked = clean_line(value(conflict.other if take else conflict.kept, conflict.field), 80)
        self.submit(change, view.revision, typed=picked, shared=self._shared_quietly())

    def _shared_quietly(self) -> bool:
        """A shared store (a choice reaches the other offices with the next sync), without the
        warning :meth:`_shared` gives (a conflict can be left in a report copied out of one)."""
        from lkj_tui.storage.history import is_shared

        return is_shared(self.store.root)

    # ------------------------------------------------------------------ history (H)
    def action_history(self) -> None:
        node = self.selected()
        if node is None or self.view is None or not self._shared():
            return
        self.history_worker(self.view.report_id, node.id, node.code or node.name)

    @work(thread=True, exclusive=True, group="sharing")
    def history_worker(self, report_id: str, node_id: str, label: str) -> None:
        from lkj_tui.sync import git, history

        try:
            with git.commit_lock(self.store.root):  # type: ignore[attr-defined]
                git.commit_saves(self.store.root)
            # (with the conflicts chosen, in log's words: a choice of the other value read as
            # a plain edit, "Budi Realisasi: 16,80 → 16,50", share34)
            found = history.said_once(
                history.entries(self.store.root, report_id, node_id, choices=True)
            )
            found = history.typed_entries(self.store.root, found)  # ("2.93" typed, "2,93")
            # the saves made here before sharing: the first commit holds them as one (share70)
            early = history.before_sharing(self.store, report_id, node_id)
        except Exception as exc:
            self.call_from_thread(
                self.toast, error_text(exc, self.lang, self.typed_options()), "error", 10
            )
            return
        self.call_from_thread(self._show_history, report_id, found, label, early)

    def _show_history(
        self, report_id: str, found: list[Entry], label: str, early: list[Any] | None = None
    ) -> None:
        from lkj_tui.sync.history import field_words
        from lkj_tui.tui.components.sharingscreens import HistoryScreen, shown_value

        def restore(entry: Any) -> None:
            if isinstance(entry, tuple):  # a save before sharing: its field's value before
                self._restore_early(report_id, entry[1])
                return
            if entry is not None and entry.field:  # the field in the report's words, as H shows it
                words = field_words(entry.field, entry.before, entry.after, self.lang)
                field = clean_line(words, 40)
                what = f"{clean_line(label, 40)} · {field}: {shown_value(entry.before)}"
                self.choose_worker(report_id, what, ("restore", entry, None))

        self.open_dialog(HistoryScreen(found, label, self.lang, early), restore)

    def _restore_early(self, report_id: str, line: Any) -> None:
        """A field's value before a save made here before the store was shared (the change
        journal's line: its node's field as ``set`` names it, its value as stored), saved as
        every edit is: undone by ctrl+z, in the change log, sent with the next sync."""
        from lkj_tui.core.edits import EditError, set_field

        view = self.view
        node = self.selected()
        if view is None or view.report_id != report_id or node is None:
            return
        if self.saving:
            self.toast(t("busy", self.lang), "warning", timeout=3)
            return
        try:
            change = set_field(view.report, node.id, line.field, line.before)
        except (EditError, KeyError) as exc:
            self.toast(error_text(exc, self.lang), "error", 15)
            return
        typed = clean_line(line.before, 80)
        self.submit(change, view.revision, typed=typed, shared=self._shared_quietly())

    @work(thread=True, exclusive=True, group="save")
    def choose_worker(self, report_id: str, what: str, job: tuple[str, Any, Any]) -> None:
        from lkj_tui.sync import resolve

        _kind, item, _take = job
        try:
            resolve.choose(self.store, report_id, item.node, item.field, item.before, restored=True)
        except Exception as exc:
            self.call_from_thread(
                self.toast, error_text(exc, self.lang, self.typed_options()), "error", 15
            )
            return
        self.call_from_thread(self.toast, t("share_chosen", self.lang, what=what), "information", 8)
        self.call_from_thread(self.load, report_id, "quiet")  # (the toast above says it)

    # ------------------------------------------------------------------ sync (S) and its state
    def action_sync(self) -> None:
        if self.view is not None and self._shared():
            self.toast(t("share_syncing", self.lang), timeout=3)
            self.sync_worker(self.view.report_id)

    @work(thread=True, exclusive=True, group="sharing")
    def sync_worker(self, report_id: str) -> None:
        from lkj_tui.sync import git, share

        try:
            outcome = share.sync(self.store.root)
        except Exception as exc:
            self.call_from_thread(
                self.toast, error_text(exc, self.lang, self.typed_options()), "error", 20
            )
            return
        if outcome.offline is not None:  # in the words of lkj-tui sync (git's said "fatal: …")
            try:
                ahead = (share.status(self.store.root) or (0, 0))[0]
                remote = git.out(self.store.root, "remote", "get-url", share.REMOTE)
            except Exception:
                ahead, remote = 0, "?"
            opts = self.typed_options()  # (the store, as every command the TUI prints)
            said = share.offline_text(outcome, remote, ahead, self.lang, tui=True, opts=opts)
            said = clean_line(said, 600)
            self.call_from_thread(self.toast, said, "warning", 15)
            return
        from lkj_tui.sync.resolve import open_conflicts

        counts = {
            "received": outcome.received,
            "sent": outcome.sent,
            "conflicts": outcome.conflicts,
            "open": len(open_conflicts(self.store, report_id)),  # this sync's and older ones
        }
        key = "share_synced_open" if counts["open"] else "share_synced"
        self.call_from_thread(self.toast, t(key, self.lang, **counts), "information", 8)
        if outcome.reports:  # (its toast says what came: not "another process changed it")
            self.call_from_thread(self.load, report_id, "quiet")

    @work(thread=True, exclusive=True, group="sharing-state")
    def sharing_state(self, report_id: str) -> None:
        """Once, when the app opens on a shared store: ahead, behind, conflicts (no network)."""
        from lkj_tui.storage.history import is_shared

        if not is_shared(self.store.root):
            return
        try:
            from lkj_tui.sync import share
            from lkj_tui.sync.resolve import open_conflicts

            state = share.status(self.store.root)
            conflicts = len(open_conflicts(self.store, report_id))
        except Exception:
            return
        if state is None or not (state.ahead or state.behind or state.deleted or conflicts):
            return
        lang, counts = (
            self.lang,
            (("ahead", state.ahead), ("behind", state.behind), ("conflicts", conflicts)),
        )
        parts = [
            t(f"share_state_{key}{'_one' if n == 1 else ''}", lang, n=n) for key, n in counts if n
        ]
        if state.deleted:  # (S says why the sync waits, and the two commands: share68)
            names = ", ".join(f"{rid}.json" for rid in state.deleted)
            parts.insert(0, t("share_state_deleted", lang, names=names))
        said = " · ".join(parts)
        keys = [t("share_state_how" if state.deleted else "share_state_sync", lang)]
        keys = keys if state.ahead or state.behind or state.deleted else []
        keys += [t("share_state_choose", lang)] if conflicts else []
        message = t("share_state", lang, said=said, keys=", ".join(keys))
        self.call_from_thread(self.toast, message, "information", 10, STATE_TOAST)
