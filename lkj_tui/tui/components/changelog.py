"""The session's change log (``L``): every saved change, newest last, with undo and redo marked."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.visual import Visual
from textual.widget import Widget
from textual.widgets import Static

from lkj_tui.core.changes import STRUCTURE, Entry, line_node, line_values, structure_words
from lkj_tui.core.conflicts import choice_said
from lkj_tui.core.sanitize import clean_line, clean_words
from lkj_tui.tui.components.dialogs import SCROLL_KEYS, Dialog
from lkj_tui.tui.components.keybar import KeyBar
from lkj_tui.tui.components.whole import Hanging as Row
from lkj_tui.tui.text import field_label, t

if TYPE_CHECKING:
    from textual.css.styles import RulesMap
    from textual.strip import Strip
    from textual.style import Style
    from textual.visual import RenderOptions


class Hanging(Visual):
    """Lines of a time column and a text, each wrapped as a search result is
    (:class:`~lkj_tui.tui.components.whole.Hanging`): its wrapped lines hanging under its own
    start (they went back under the time, where they read as another entry), its last words
    kept together and a figure whole with its unit ("Berjalan" alone under "Pengelolaan Arsip
    Daerah Tahun Anggaran" at 60×20, wrapped by Textual: tui46). Wrapped once a width."""

    def __init__(self, lines: list[tuple[Content, Content]]) -> None:
        self.rows = [Row(time, text, last_words=True) for time, text in lines]
        self.whole = Content("\n").join(time + text for time, text in lines)
        self._at: tuple[int, Content] | None = None

    def wrapped(self, width: int) -> Content:
        if self._at is None or self._at[0] != width:
            self._at = (width, Content("\n").join(row.lines(width) for row in self.rows))
        return self._at[1]

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self.wrapped(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.whole.get_optimal_width(rules, container_width)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.wrapped(width).get_height(rules, width)

    def __str__(self) -> str:
        return str(self.whole)


def entry_lines(entry: Entry, lang: str) -> list[tuple[Content, Content]]:
    """One line per field of an entry, its time column and its text: ``10:42:05  `` and ``IKU 1
    · Target: 3,22 → 3,40``."""
    mark = {"undo": f"↶ {t('log_undo', lang)} ", "redo": f"↷ {t('log_redo', lang)} "}.get(
        entry.kind, ""
    )
    out = []
    choices = entry.choices or (entry.choice,) * len(entry.lines)
    for line, choice in zip(entry.lines, choices, strict=False):
        when = Content.styled(f"{entry.at:%H:%M:%S}  ", "$text-muted")
        if line.field in STRUCTURE and choice is None:  # as its toast says it: "tambah …"
            made = (
                line
                if entry.kind != "undo"
                else replace(line, before=line.after, after=line.before)
            )
            said = structure_words(made, entry.kind == "undo", lang)
            out.append((when, Content.assemble((mark, "$text-warning"), said)))
            continue
        before, after = line_values(line, lang)
        tail: tuple[str | tuple[str, str], ...] = (
            (clean_words(before, 80) or "—", "$text-muted"),
            " → ",
            clean_words(after, 80) or "—",
        )
        if choice is not None:  # a sync conflict chosen (K): the words of lkj-tui log
            _how, kept, other = (clean_words(x, 80) or "—" for x in choice)
            tail = (choice_said(choice[0], kept, other, lang),)
        out.append(
            (
                when,
                Content.assemble(
                    (mark, "$text-warning"),
                    (clean_words(line_node(line, entry.report, lang), 40), "bold"),
                    f" · {clean_line(field_label(line.field, lang), 40)}: ",
                    *tail,
                ),
            )
        )
    return out


class ChangeLogScreen(Dialog):
    """What this session saved, oldest first, opened at its end: the newest change in sight (a
    long session's log opened on its first changes, the last ones, the reason to look, below
    the box with nothing saying so). Esc, q or L closes; ↑↓, PgUp PgDn, Home End scroll a log
    longer than its box, and the key bar names them then."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "key_close"),
        Binding("q,L", "cancel", "key_close", show=False),
        *SCROLL_KEYS,
    ]
    SCROLLED = "#log-body"
    DEFAULT_CSS = """
    ChangeLogScreen {
        .dialog { width: 110; }
        #log-body { height: auto; max-height: 30; }
        #log-others { margin-top: 1; }
    }
    """
    # (at most the rows the screen has: at 60×20 its 30 rows ran past the box's foot, the
    # last changes never seen, End or not: tui47)
    FIT_LIST = "#log-body"

    def __init__(self, entries: list[Entry], lang: str = "id", report: str = "") -> None:
        """``entries``: the session's; those of ``report`` (the open one) are listed, as its
        minutes list them (``x``), and the other reports changed are named under them: after
        ``r`` the list held every report's changes, none saying which report (edit31)."""
        mine = [e for e in entries if e.report == report] if report else entries
        super().__init__(t("log_title", lang, n=len(mine)), lang)
        self.entries = mine
        self.others = Counter(e.report for e in entries if report and e.report != report)
        self._at_end = False  # scrolled to the newest change once (_fit_list)

    def body(self) -> ComposeResult:
        lines = [line for entry in self.entries for line in entry_lines(entry, self.lang)]
        text = Hanging(lines) if lines else Content.styled(t("log_empty", self.lang), "$text-muted")
        with VerticalScroll(id="log-body"):
            yield Static(text, id="log", markup=False)
            if self.others:
                reports = "; ".join(f"{clean_line(r, 200)} ({n})" for r, n in self.others.items())
                said = t("log_others", self.lang, reports=reports)
                yield Static(Content.styled(said, "$text-muted"), id="log-others", markup=False)

    def first_focus(self) -> Widget | None:
        return self.query_one("#log-body")

    def _fit_list(self) -> None:
        super()._fit_list()
        if not self._at_end:
            self._at_end = True
            self.query_one("#log-body").scroll_end(animate=False)
        self.call_after_refresh(self.query_one(KeyBar).refresh)  # the scroll keys, or none

    def bar_words(self) -> dict[str, str | None]:
        """The scroll keys are left off while the whole log fits in its box."""
        if self.query_one("#log-body").max_scroll_y:
            return {}
        return dict.fromkeys(("body('scroll_up')", "body('page_up')", "body('scroll_home')"))
