"""Messages the worker threads post back to the app (workers never touch widgets)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from textual.message import Message

from lkj_tui.core.edits import Change
from lkj_tui.core.evaluate import Evaluation
from lkj_tui.tui.session import View


@dataclass
class Edit:
    """One change to save, the revision it was made on (None: an undo/redo, checked node by node),
    and how to re-offer it."""

    report_id: str
    change: Change
    revision: int | None
    what: str  # a short description for the toast ("realisasi 2,90", "permasalahan 2")
    typed: str = ""  # what the user typed, repeated when the save does not go through
    retry: Callable[[str], None] | None = field(default=None, repr=False)  # reopen with an error
    kind: str = "edit"  # "edit", "undo" or "redo" (core.changes.ChangeLog)
    shared: bool = False  # a choice in a shared store: the toast says when the other offices get it

    @property
    def fast(self) -> bool:
        """One node's fields, against the revision on screen: the view is updated in place;
        anything else (structure, meta, undo) gets a view rebuilt from what was written."""
        c = self.change
        return (
            self.revision is not None
            and len(c.nodes) == 1
            and not c.structural
            and not c.meta
            and c.conflicts is None  # (a conflict chosen: the view is rebuilt)
        )


class ViewLoaded(Message):
    def __init__(
        self,
        seq: int,
        view: View,
        reason: str,
        only: set[str] | None,
        then: Callable[[], None] | None,
    ) -> None:
        super().__init__()
        self.seq, self.view, self.reason, self.only, self.then = seq, view, reason, only, then


class ViewEvaluated(Message):
    """A big report's evaluation, made after its first frame (or None and why not)."""

    def __init__(self, view: View, evaluation: Evaluation | None, error: str = "") -> None:
        super().__init__()
        self.view, self.evaluation, self.error = view, evaluation, error


class ListingProgress(Message):
    """How far the listing that picks the report to open is (a big store's, cold)."""

    def __init__(self, seq: int, done: int, total: int) -> None:
        super().__init__()
        self.seq, self.done, self.total = seq, done, total


class LoadFailed(Message):
    def __init__(
        self, seq: int, report_id: str | None, error: str, empty: bool = False, held: bool = False
    ) -> None:
        super().__init__()
        self.seq, self.report_id, self.error = seq, report_id, error
        self.empty = empty  # (a store with no report: nothing failed, ys43)
        self.held = held  # (… that held reports before: "no longer", not "yet", cli69)


class FilterReady(Message):
    def __init__(self, view: View, only: set[str], mode: str | None = "under") -> None:
        super().__init__()
        self.view, self.only, self.mode = view, only, mode


class Saved(Message):
    def __init__(
        self, edit: Edit, revision: int, view: View | None = None, only: set[str] | None = None
    ) -> None:
        super().__init__()
        self.edit, self.revision, self.view, self.only = edit, revision, view, only


class SaveFailed(Message):
    def __init__(self, edit: Edit, error: str, conflict: bool, stale: bool = False) -> None:
        super().__init__()
        self.edit, self.error, self.conflict, self.stale = edit, error, conflict, stale


class RevisionSeen(Message):
    def __init__(self, report_id: str, revision: int) -> None:
        super().__init__()
        self.report_id, self.revision = report_id, revision


class Exported(Message):
    def __init__(
        self, path: Path | None, error: str = "", typed: dict[str, str] | None = None
    ) -> None:  # typed: the export dialog's values, offered again when the export failed
        super().__init__()
        self.path, self.error, self.typed = path, error, typed


class ReportsListed(Message):
    def __init__(
        self, reports: list, error: str = "", skipped: list[str] | None = None
    ) -> None:  # list[ReportInfo]; skipped: the name of each file that cannot be read
        super().__init__()
        self.reports, self.error, self.skipped = reports, error, skipped or []
