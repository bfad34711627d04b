"""A session's undo, redo and change log, without any front end (testable without the TUI).

The TUI records every change it saved (:class:`lkj_tui.core.edits.Change`). ``undo`` hands out the
reversed last change for the caller to save like any edit (through the store, so it survives a crash
and another process sees it); once saved, :meth:`ChangeLog.undone` moves it to the redo stack. A new
edit clears the redo stack. Every saved change — edit, undo or redo — is one log entry: when, what
(node, field, before → after), for the minutes ("Perubahan dalam rapat").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from lkj_tui.core.edits import Change, Line

Kind = Literal["edit", "undo", "redo"]


@dataclass(frozen=True)
class Entry:
    """One saved change of the session."""

    at: datetime
    kind: Kind
    lines: tuple[Line, ...]
    revision: int = 0  # the store revision it was saved as


@dataclass
class ChangeLog:
    """Undo and redo stacks and the list of what was saved, oldest first."""

    entries: list[Entry] = field(default_factory=list)
    _undo: list[Change] = field(default_factory=list)
    _redo: list[Change] = field(default_factory=list)

    def saved(self, change: Change, kind: Kind, at: datetime, revision: int = 0) -> None:
        """Record a change the store accepted. ``kind``: a new edit, or the undo/redo handed out
        by :meth:`next_undo`/:meth:`next_redo` (as given, i.e. already reversed for an undo)."""
        if kind == "edit":
            self._undo.append(change)
            self._redo.clear()
        elif kind == "undo":
            self._redo.append(self._undo.pop().reversed().reversed())
        else:
            self._undo.append(self._redo.pop())
        self.entries.append(Entry(at, kind, change.lines, revision))

    def next_undo(self) -> Change | None:
        """What saving would undo the last change (its reverse), or None."""
        return self._undo[-1].reversed() if self._undo else None

    def next_redo(self) -> Change | None:
        return self._redo[-1] if self._redo else None

    def forget(self) -> None:
        """Drop the undo and redo stacks (another report was opened); the log stays."""
        self._undo.clear()
        self._redo.clear()

    @property
    def can_undo(self) -> int:
        return len(self._undo)

    @property
    def can_redo(self) -> int:
        return len(self._redo)
