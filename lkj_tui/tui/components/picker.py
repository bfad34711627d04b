"""A list to pick from that filters as you type: the move target (``M``) and the report picker.

Rows are ``(id, label, where)``; every word typed must appear in the label or the "where" part
(case-insensitive), so ``s2`` or ``inflasi`` narrows hundreds of rows at once. Enter picks the
highlighted row; ↓ moves into the list.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from lkj_tui.core.sanitize import clean_line, clean_words, cut_at_word
from lkj_tui.tui.components.dialogs import Dialog, OrderedInput
from lkj_tui.tui.text import count, t

SHOWN = 200  # rows shown at once; the count says how many match
#: the cells of a row's sides (OptionList's "option-list--option" padding: 0 1)
SIDES = 2


#: The steps of a "where" part ("di bawah T1 › S1 › IKU 1") and the start of one cut before a
#: step ("…› S1 › IKU 1")
STEP = " › "
ELIDED = "…› "


def _cut(text: str, room: int) -> str:
    """``text`` in at most ``room`` cells, cut after a whole word with "…" (wide characters:
    where the room ends)."""
    if cell_len(text) <= room:
        return text
    if cell_len(text) == len(text):  # one cell a character: cut after a whole word
        return cut_at_word(text, room)
    return set_cell_size(text, max(room - 1, 0)).rstrip() + "…"


def _tail(text: str, room: int, most: int) -> str:
    """``text``'s end in at most ``room`` cells, cut before a whole step ("…› S1 › IKU 1": it
    was cut inside a word, "…nunjang urusan", edit26); the last step (the parent) whole even
    past ``room``, up to ``most`` cells (then cut after a word). Linear."""
    if cell_len(text) <= room:
        return text
    steps = text.split(STEP)
    tail = steps[-1]
    for step in reversed(steps[:-1]):
        longer = step + STEP + tail
        if cell_len(ELIDED) + cell_len(longer) > room:
            break
        tail = longer
    return _cut(ELIDED + tail if len(steps) > 1 else tail, max(most, 1))


def one_line(label: str, where: str, width: int) -> tuple[str, str]:
    """A row's label and its "where" part (with its two spaces) in one line of ``width`` cells:
    the where part whole ("  di bawah T1" never wraps onto a line of its own: it did under a
    long name, edit25), the label cut after a whole word with "…". A where part wider than half
    the row keeps its end, whole steps ("…› S1 › IKU 1") so the label keeps half the row; its
    last step (the parent) whole where the label keeps a third of the row, else cut after a
    word."""
    if width <= 0 or cell_len(label) + cell_len(where) <= width:
        return label, where
    gap = len(where) - len(where.lstrip(" "))  # the spaces between the two, kept
    least = min(cell_len(label), width // 2)
    room, most = width - least - gap, width - min(least, width // 3) - gap
    where = where[:gap] + _tail(where[gap:], max(room, 1), most)
    return _cut(label, width - cell_len(where)), where


class PickerDialog(Dialog):
    """Type to filter, Enter to pick; returns the row's id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "focus_rows", "key_rows", key_display="↓"),
        Binding("enter", "pick", "key_pick"),
    ]

    def __init__(
        self,
        title: str,
        rows: list[tuple[str, str, str]],
        lang: str = "id",
        current: str | None = None,
        note: str = "",
        rows_id: str = "rows",
        one_line: bool = False,
    ) -> None:
        super().__init__(title, lang)
        self.rows, self.current, self.note, self.rows_id = rows, current, note, rows_id
        #: each row on one line, cut to the list's width (the move picker's)
        self.one_line, self._width, self._query = one_line, 0, ""
        self._folded = [(f"{label} {where}").casefold() for _, label, where in rows]

    def body(self) -> ComposeResult:
        if self.note:
            yield Static(
                Content.styled(clean_line(self.note, 300), "$text-muted"), id="picker-note"
            )
        yield OrderedInput(placeholder=t("filter_placeholder", self.lang), id="filter")
        yield Static(id="count", markup=False)
        yield OptionList(id=self.rows_id, markup=False)

    def on_mount(self) -> None:
        super().on_mount()
        self.show_rows("")
        if self.one_line:
            self.call_after_refresh(self._reflow)

    def on_resize(self) -> None:
        if self.one_line:
            self.call_after_refresh(self._reflow)

    def _row_width(self) -> int:
        """The cells a row's text has: the list's less its sides and a scroll bar's (kept
        whether one shows or not: it comes and goes with the filter)."""
        rows = self.query_one(f"#{self.rows_id}", OptionList)
        width = rows.content_region.width - rows.styles.scrollbar_size_vertical - SIDES
        return max(width, 0) if rows.content_region.width else 0

    def _reflow(self) -> None:
        """The rows again, cut to the list's width, once it is laid out or resized."""
        if self._row_width() != self._width:
            self.show_rows(self._query)

    def first_focus(self) -> Widget | None:
        return self.query_one("#filter", Input)

    def matching(self, query: str) -> list[int]:
        words = query.casefold().split()
        return [i for i, text in enumerate(self._folded) if all(w in text for w in words)]

    def show_rows(self, query: str) -> None:
        found = self.matching(query)
        self._query, self._width = query, self._row_width() if self.one_line else 0
        options = []
        for i in found[:SHOWN]:
            row_id, label, where = self.rows[i]
            mark = f"  {t('current', self.lang)}" if row_id == self.current else ""
            # (one line: cut to the row by whole steps, not at 60 characters, which cut the
            # parent's name, the step that says where, at its end)
            said = (
                f"  {clean_line(where, 1000 if self.one_line else 60)}{mark}"
                if where or mark
                else ""
            )
            shown, said = one_line(clean_words(label, 120), said, self._width)
            options.append(Option(Content.assemble(shown, (said, "$text-muted")), id=row_id))
        rows = self.query_one(f"#{self.rows_id}", OptionList)
        rows.clear_options()
        rows.add_options(options)
        ids = [self.rows[i][0] for i in found[:SHOWN]]
        if options:
            rows.highlighted = ids.index(self.current) if self.current in ids else 0
        counted = {key: count(n, self.lang) for key, n in self.counted(found).items()}
        said = t("picker_count", self.lang, **counted)  # ("1.234 dari 5.678", as status groups)
        self.query_one("#count", Static).update(Content.styled(said, "$text-muted"))

    def counted(self, found: list[int]) -> dict[str, int]:
        """The count shown: how many rows match of how many."""
        return {"n": len(found), "total": len(self.rows)}

    @on(Input.Changed, "#filter")
    def changed(self, event: Input.Changed) -> None:
        self.show_rows(event.value)

    @on(Input.Submitted, "#filter")
    def action_pick(self) -> None:
        rows = self.query_one(f"#{self.rows_id}", OptionList)
        if rows.highlighted is not None:
            self.dismiss(rows.get_option_at_index(rows.highlighted).id)

    @on(OptionList.OptionSelected)
    def chosen(self, event: OptionList.OptionSelected) -> None:
        self.dismiss(event.option.id)

    def action_focus_rows(self) -> None:
        self.query_one(f"#{self.rows_id}", OptionList).focus()
