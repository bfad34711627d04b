"""The session's change log (``L``): every saved change, newest last, with undo and redo marked."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Static

from lkj_tui.core.changes import Entry, line_values
from lkj_tui.core.sanitize import clean_line, clean_words
from lkj_tui.tui.components.dialogs import Dialog
from lkj_tui.tui.text import field_label, t


def entry_lines(entry: Entry, lang: str, label: object = None) -> list[Content]:
    """One line per field of an entry: ``10:42  IKU 1 · Target: 3,22 → 3,40``."""
    mark = {"undo": f"↶ {t('log_undo', lang)} ", "redo": f"↷ {t('log_redo', lang)} "}.get(
        entry.kind, ""
    )
    out = []
    choices = entry.choices or (entry.choice,) * len(entry.lines)
    for line, choice in zip(entry.lines, choices, strict=False):
        before, after = line_values(line, lang)
        tail: tuple[str | tuple[str, str], ...] = (
            (clean_words(before, 80) or "—", "$text-muted"),
            " → ",
            clean_words(after, 80) or "—",
        )
        if choice is not None:  # a sync conflict chosen (K): the words of lkj-tui log
            _how, kept, other = (clean_words(x, 80) or "—" for x in choice)
            tail = (t(f"log_conflict_{choice[0]}", lang, kept=kept, other=other),)
        out.append(
            Content.assemble(
                (f"{entry.at:%H:%M:%S}  ", "$text-muted"),
                (mark, "$text-warning"),
                (clean_words(line.node, 40), "bold"),
                f" · {clean_line(field_label(line.field, lang), 40)}: ",
                *tail,
            )
        )
    return out


class ChangeLogScreen(Dialog):
    """What this session saved; Esc, q or L closes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "key_close"),
        Binding("q,L", "cancel", "key_close", show=False),
    ]
    DEFAULT_CSS = """
    ChangeLogScreen {
        .dialog { width: 110; }
        #log-body { height: auto; max-height: 30; }
    }
    """

    def __init__(self, entries: list[Entry], lang: str = "id") -> None:
        super().__init__(t("log_title", lang, n=len(entries)), lang)
        self.entries = entries

    def body(self) -> ComposeResult:
        lines = [line for entry in self.entries for line in entry_lines(entry, self.lang)]
        text = (
            Content("\n").join(lines)
            if lines
            else Content.styled(t("log_empty", self.lang), "$text-muted")
        )
        with VerticalScroll(id="log-body"):
            yield Static(text, id="log", markup=False)

    def first_focus(self) -> Widget | None:
        return self.query_one("#log-body")
