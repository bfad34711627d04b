"""The dialogs of the TUI's import and new report (``importfile.py``): a file's path, an empty
report's instansi and year, a refused file's problems. Imported when first opened, with the other
dialogs (``Input``, ``TextArea``… are not needed for the first frame)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, ClassVar

from rich.cells import cell_len
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.visual import Visual
from textual.widget import Widget
from textual.widgets import Input, Static

from lkj_tui.core.edits import EditError, one_line
from lkj_tui.core.limits import LINE_LIMIT
from lkj_tui.core.rollover import default_report_id
from lkj_tui.core.sanitize import clean, clean_line
from lkj_tui.core.shell import as_run
from lkj_tui.importing.grid import STAGES
from lkj_tui.tui.components.dialogs import Dialog, OrderedInput
from lkj_tui.tui.components.forms import FormInput, break_at_separators
from lkj_tui.tui.components.whole import wrap_whole
from lkj_tui.tui.importtext import tx
from lkj_tui.tui.text import edit_message

if TYPE_CHECKING:
    from textual.css.styles import RulesMap
    from textual.strip import Strip
    from textual.style import Style
    from textual.visual import RenderOptions


class PathDialog(Dialog):
    """Ask for a file's path."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "import", "key_import")]

    def action_import(self) -> None:
        self.query_one("#path", Input).action_submit()

    def body(self) -> ComposeResult:
        yield OrderedInput(placeholder=tx("path_placeholder", self.lang), id="path")
        hint = as_run(tx("path_hint", self.lang))  # (its command as the program was run)
        yield Static(Content.styled(hint, "$text-muted"), classes="dialog-hint")

    def first_focus(self) -> Widget | None:
        return self.query_one("#path", Input)

    @on(Input.Submitted, "#path")
    def submit(self, event: Input.Submitted) -> None:
        value = event.value.strip()
        if len(value) > 1 and value[0] == value[-1] and value[0] in "\"'":
            value = value[1:-1].strip()  # Windows' "Copy as path" puts quotes around it
        if not value:
            self.show_error(tx("path_empty", self.lang))
            return
        self.dismiss(value)


def id_kept_whole(text: str, made: str, width: int) -> str:
    """``text`` with the id ``made`` in it, where the id and the words before it are wider than
    ``width``, broken after a "-" near the line's end and marked (as a toast breaks it:
    break_at_separators), the words before it kept with its first piece: at 60×20 the new
    report's hint read "Id:" alone on its line, then the id folded mid-word ("…-kabupaten-b" /
    "engkulu-selatan-2025"; edit45). The words after it wrap as they did. Linear."""
    at = text.find(made)
    if at < 0:
        return text
    end = at + len(made)
    return break_at_separators(text[:end], width) + text[end:]


class EmptyReportDialog(Dialog):
    """Instansi, year and (optional) id of an empty report; ``facts_only``: the instansi and year
    of a file that has none (a CSV file)."""

    DEFAULT_CSS = """
    EmptyReportDialog .form-label { width: 10; }
    """
    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "import", "key_import")]

    def action_import(self) -> None:
        self.submit()

    def __init__(
        self,
        title: str,
        lang: str = "id",
        facts_only: bool = False,
        create: Callable[[tuple[str, str, int]], None] | None = None,
        values: Mapping[str, str] | None = None,
    ) -> None:
        """``create``: makes the report from (id, instansi, year) off the UI thread, the dialog
        open until it answers: :meth:`refused` says why not (an id taken, edit41: the dialog
        closed, the typed instansi was lost and the toast said "Impor gagal"), or the caller
        dismisses it. Without it Enter dismisses the dialog with the values. ``values``: the
        instansi and year (by field) the fields hold as it opens: what a file's title names."""
        super().__init__(title, lang)
        self.values = dict(values or {})
        self.facts_only = facts_only
        self.create = create
        self.waiting = False  # the values went to ``create``, which has not answered yet

    def bar_words(self) -> dict[str, str | None]:
        """Enter makes the empty report ("Buat"); it imports the file that asked for the facts."""
        return {} if self.facts_only else {"import": "key_create"}

    def body(self) -> ComposeResult:
        """A row a field, its label on its left, as in the report form (``E``): the fields were
        named by their placeholders only, gone once typed in; at 60×20, without their borders,
        three lines of one colour ("Dinas X" over "2024": edit43)."""
        rows = (
            ("instansi", "Instansi", ""),
            ("tahun", tx("year_label", self.lang), ""),
            ("report-id", "Id", tx("id_placeholder", self.lang)),
        )
        for key, label, placeholder in rows:
            with Horizontal(classes="form-row") as row:
                row.display = key != "report-id" or not self.facts_only
                yield Static(label, classes="form-label", markup=False)
                # (a form's field: a long instansi left shows its start, "…" where it goes on)
                value = self.values.get(key, "")
                yield FormInput(value, placeholder=placeholder, id=key, compact=True)
        hint = "facts_hint" if self.facts_only else "empty_hint"
        hint = "facts_hint_offered" if self.facts_only and self.values else hint
        yield Static(Content.styled(tx(hint, self.lang), "$text-muted"), classes="dialog-hint")

    def first_focus(self) -> Widget | None:
        return self.query_one("#instansi", Input)

    def dirty(self) -> bool:
        """Esc asks before dropping what was typed (it closed the dialog: a long instansi typed
        in a meeting was gone with one key; edit43)."""
        return any(field.value.strip() for field in self.query(Input))

    @on(Input.Changed)
    def show_id(self) -> None:
        """With instansi and year filled and the Id field empty, the hint names the id Enter
        will make (``default_report_id``), before it is made: Enter on the year makes the report
        at once, and its id was first seen in the toast. (An instansi over the line's limit,
        refused on Enter, names none: the id is not worked out from a pasted megabyte.)"""
        if self.facts_only:
            return
        instansi, tahun, typed = (
            self.query_one(f"#{key}", Input).value.strip()
            for key in ("instansi", "tahun", "report-id")
        )
        made = None
        if (
            instansi
            and _is_year(tahun)
            and not typed
            and len(" ".join(instansi.split())) <= LINE_LIMIT
        ):
            made = default_report_id(instansi, int(tahun))
        hint = tx("empty_hint_id", self.lang, id=made) if made else tx("empty_hint", self.lang)
        shown = self.query_one(".dialog-hint", Static)
        if made:
            hint = id_kept_whole(hint, made, shown.content_region.width)
        shown.update(Content.styled(hint, "$text-muted"))

    def on_resize(self) -> None:
        super().on_resize()
        self.call_after_refresh(self.show_id)  # (the id's breaks follow the hint's width)

    def moves_on(self, field: Widget, key: str) -> bool:
        """Enter in a field runs :meth:`submit` as it arrives, so its move to the next field is
        made before the keys typed behind it (edit42: "=!!" Enter "2025" Enter in one burst put
        "=!!2025" in Instansi)."""
        if key == "enter" and isinstance(field, Input):
            self.submit(field)
            return True
        return super().moves_on(field, key)

    def submit(self, field: Input | None = None) -> None:
        """Enter (in ``field``): the report when instansi and year are right; else the first
        wrong field gets the focus, at once, with the reason unless Enter only left a filled
        field for an empty one (new11: Enter after the instansi said "Isi instansi dan tahun"
        and kept the focus there, so the year typed next was added to the instansi, "Dinas
        X2024")."""
        fields = self.query_one("#instansi", Input), self.query_one("#tahun", Input)
        instansi, tahun = (f.value.strip() for f in fields)
        report_id = self.query_one("#report-id", Input).value.strip()
        ok = (bool(instansi), _is_year(tahun))
        if not all(ok):
            wrong = fields[ok.index(False)]
            self.focus_now(wrong)
            if field is None or field is wrong or wrong.value.strip():
                self.show_error(tx("empty_bad", self.lang))
            return
        try:  # (a pasted megabyte: refused as set and new refuse it, vals40; nothing cleared)
            one_line("instansi", instansi)
        except EditError as exc:
            self.focus_now(fields[0])
            self.show_error(edit_message(exc, self.lang))
            return
        if self.create is None:
            self.dismiss((report_id, instansi, int(tahun)))
        elif not self.waiting:  # (a second Enter before the answer makes no second report)
            self.waiting = True
            self.show_error("")
            self.create((report_id, instansi, int(tahun)))

    def refused(self, field: str, message: str) -> None:
        """``create`` made no report: why, under the fields, everything typed kept, the focus on
        the field to change (``field``: "report-id", "instansi"…; "" leaves it)."""
        self.waiting = False
        if field:
            self.focus_now(self.query_one(f"#{field}", Input))
        self.show_error(message)


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit()


class ProblemsDialog(Dialog):
    """Every problem of a refused file (or every warning of a file imported), one per line; Esc
    closes."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "key_close"),
        Binding("enter", "cancel", "key_close", show=False),
    ]
    DEFAULT_CSS = """
    ProblemsDialog #problems { height: auto; max-height: 24; }
    """
    # (at most the rows the screen has: at 60×20 its 24 rows ran past the box's foot, the
    # last problems and the hint under it never seen, End or not: tui47)
    FIT_LIST = "#problems"

    def __init__(
        self, title: str, lines: list[str], lang: str = "id", hint: str | None = None
    ) -> None:
        super().__init__(title, lang)
        self.lines = lines
        self.hint = hint  # (default: fix the file and import again)

    def body(self) -> ComposeResult:
        text = "\n".join(clean_line(line, 400) for line in self.lines[:500])
        if len(self.lines) > 500:
            text += f"\n… (+{len(self.lines) - 500})"
        with VerticalScroll(id="problems"):
            yield Static(Entries(clean(text).split("\n")), markup=False)
        hint = self.hint or tx("problems_hint", self.lang)
        yield Static(Content.styled(hint, "$text-muted"), classes="dialog-hint")

    def first_focus(self) -> Widget | None:
        return self.query_one("#problems", VerticalScroll)


class Entries(Visual):
    """Entries one under another, each wrapped with its later lines two cells in from its own
    indent, as ``lkj-tui import`` lists a file's problems (walk57: at 60×20 a problem's second
    line began where the next problem did, and they ran together)."""

    def __init__(self, entries: list[str]) -> None:
        self.entries = entries
        self._drawn: tuple[int, Content] = (-1, Content(""))

    def lines(self, width: int) -> Content:
        if self._drawn[0] != width:
            out: list[Content] = []
            for entry in self.entries:
                body = entry.lstrip(" ")
                indent = len(entry) - len(body)
                first = (wrap_whole(Content(body), max(width - indent, 1)) or [Content("")])[0]
                out.append(Content(" " * indent) + first)
                rest, pad = body[len(first.plain) :].lstrip(" "), indent + 2
                if rest:
                    wrapped = wrap_whole(Content(rest), max(width - pad, 1))
                    out += [Content(" " * pad) + line for line in wrapped]
            self._drawn = (width, Content("\n").join(out))
        return self._drawn[1]

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self.lines(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return max(map(cell_len, self.entries), default=0)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.lines(width).get_height(rules, width)


class ImportProgressLine(Static):
    """One line at the bottom of the main screen while a file is imported: the stage and how far
    (``importfile.ImportProgress``); removed when the import ends."""

    DEFAULT_CSS = """
    ImportProgressLine { dock: bottom; height: 1; padding: 0 1; background: $boost; }
    """

    def show(self, file: str, stage: str, done: int, total: int, lang: str) -> None:
        label = STAGES.get(stage, (stage, stage))[1 if lang == "en" else 0]
        text = f"{label}: {clean_line(file, 40)}"
        if total > 0:
            text += f"  {min(done * 100 // total, 100)} %"
        self.update(Content(clean_line(text)))
