"""The reviu in the TUI (docs/reviu.md): the findings of ``lkj-tui check`` for the open report,
computed in a worker after each load and each saved edit; a badge on every node that has findings
(the tree), the node's findings (the detail pane), and the Reviu screen (key ``v``) that lists them
all, Enter jumping to the finding's node."""

from __future__ import annotations

import re
from array import array
from bisect import bisect_right
from typing import TYPE_CHECKING, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.visual import Visual
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from lkj_tui.core.numbers import grouped
from lkj_tui.core.reviu import SEVERITIES, Finding, Places, Reviu
from lkj_tui.core.sanitize import clean_line
from lkj_tui.tui.components.dialogs import Dialog
from lkj_tui.tui.components.whole import NO_BREAK, Hanging, KeptWhole, OneLineOr, no_widow
from lkj_tui.tui.session import View

if TYPE_CHECKING:
    from textual.css.styles import RulesMap
    from textual.strip import Strip
    from textual.style import Style
    from textual.visual import RenderOptions

    from lkj_tui.core.model import Node, Report

#: Severity → (mark, theme style): the mark says it without colour.
MARKS: dict[str, tuple[str, str]] = {
    "error": ("✗", "$text-error bold"),
    "warning": ("!", "$text-warning"),
    "info": ("·", "$text-muted"),
}
_TEXT: dict[str, tuple[str, str]] = {
    "title": (
        "Reviu: {error} kesalahan · {warning} peringatan · {info} catatan",
        "Reviu: {error} errors · {warning} warnings · {info} notes",
    ),
    # (after the title, "  ·  " between them where both fit on one line; else on a line of its own)
    "title_key": ("Enter: ke simpul", "Enter: go to the node"),
    "report": ("Tingkat laporan", "Report level"),
    "pending": ("Reviu sedang dihitung…", "The reviu is being computed…"),
    "none": ("Tidak ada temuan.", "No findings."),
    "section": ("Temuan reviu ({n})", "Reviu findings ({n})"),
    # (the command of this report and store, on a line of its own: whole to read and copy;
    # shown on `x`, the findings having the rows until then)
    "hint": (
        "Catatan Hasil Reviu laporan ini ditulis dengan:",
        "The review notes (Catatan Hasil Reviu) of this report are written with:",
    ),
    # (Enter on a finding of the report as a whole: it said so above the list, at every open)
    "no_node": (
        "Temuan tingkat laporan (tanpa simpul): tidak ada simpul untuk dituju.",
        "A report-level finding (no node): there is no node to go to.",
    ),
}


def text(key: str, lang: str, **values: object) -> str:
    pair = _TEXT[key]
    template = pair[1] if lang == "en" else pair[0]
    return template.format(**values) if values else template


class ReviuReady(Message):
    """The findings of ``view`` (posted by the worker; the newest view wins)."""

    def __init__(self, view: View, reviu: Reviu) -> None:
        super().__init__()
        self.view, self.reviu = view, reviu


def compute(view: View) -> Reviu:
    """Blocking: every check over the view's evaluation (≈ 40 ms for the bundled report)."""
    from lkj_tui.core.reviu import run_checks

    return run_checks(view.evaluation)


def badges(by_node: dict[str | None, list[Finding]]) -> dict[str, tuple[int, str]]:
    """Node id → (number of findings, most serious severity), from the reviu's findings by node
    (:meth:`~lkj_tui.core.reviu.Reviu.by_node`, which the detail pane keeps too)."""
    out: dict[str, tuple[int, str]] = {}
    for node_id, found in by_node.items():
        if node_id is not None:
            worst = min(found, key=lambda f: SEVERITIES.index(f.severity)).severity
            out[node_id] = (len(found), worst)
    return out


def finding_line(
    f: Finding, report: Report | None, lang: str, with_node: bool, places: Places | None = None
) -> Content:
    """One finding as a line of data: mark, check, [node], message (all cleaned). The check is
    its id in English; in Bahasa Indonesia its title, as ``lkj-tui check`` says it
    (``✗ title · node — message``); with ``places``, a row whose name others share says where it
    is, as there (:class:`~lkj_tui.core.reviu.Places`)."""
    mark, style = MARKS[f.severity]
    where = None
    if with_node:
        node = report.get(f.node) if report is not None and f.node else None
        if node is None:
            where = text("report", lang)
        elif places is not None:  # (as long as check's: cut at 100, a kabupaten's shared row
            # lost its bracket's end, "(IKU 4 › Koordinasi dan Sinkronisasi Dokumen Perencan…")
            where = clean_line(places(node), 160)
        else:
            where = clean_line(" ".join(x for x in (node.code, node.name) if x), 60)
    parts: list[str | tuple[str, str]] = [(f"{mark} ", style)]
    if lang == "en":
        parts.append((f"{f.check}  ", "$text-muted"))
        if where is not None:
            parts.append((where + "  ", "bold"))
    else:
        parts.append((f.info.text("title"), "$text-muted"))
        if where is not None:
            parts += [" · ", (where, "bold")]
        parts.append(" — ")
    # a label kept with its value's start: "printed 2 ways:" never ended a line above "BB
    # (LKj); A (Renstra)" (tui32); a run wider than the line breaks again (KeptWhole)
    parts.append(LABEL_VALUE.sub(":" + NO_BREAK, clean_line(f.message(lang), 2000)))
    return Content.assemble(*parts)


#: the space after a label's colon, before its value (a colon of a time, "10:30", has none)
LABEL_VALUE = re.compile(r"(?<=\S): (?=\S)")


def section_title(node: Node, n: int, places: Places | None, lang: str) -> Content:
    """The title of a node's findings in the detail pane: "Temuan reviu (2)", and where the node
    is when ``lkj-tui check`` says it (a row whose name others share: "· IKU 1 › Penyediaan
    Sarana dan Prasarana Kantor", :meth:`~lkj_tui.core.reviu.Places.parts`), so the pane's
    findings read as check's do."""
    title = Content.styled(text("section", lang, n=n), "bold")
    where = places.parts(node)[1] if places is not None else ""
    return Content.assemble(title, " · ", clean_line(where, 200)) if where else title


class Row(Visual):
    """A finding's row of the Reviu screen, its line (:func:`finding_line`) made each time it is
    measured or drawn, and only its height at the last width kept: a list of every finding
    measures each row once and draws the few on screen."""

    __slots__ = ("finding", "height", "screen")

    def __init__(self, screen: ReviuScreen, finding: Finding) -> None:
        self.screen, self.finding = screen, finding
        self.height: tuple[int, int] | None = None  # (width, its height)

    def made(self) -> Hanging:
        """The row: "95,55 %" never split at a line's end (ov13); a 200-digit value cut with its
        length; its later lines under its text, not at column 0 under its mark (tui37)."""
        screen = self.screen
        line = finding_line(self.finding, screen.view.report, screen.lang, True, screen.places)
        return Hanging(line[:2], line[2:], screen.lang)

    def __str__(self) -> str:
        return str(self.made())

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self.made().render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.made().get_optimal_width(rules, container_width)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self.made().get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        if self.height is None or self.height[0] != width:
            self.height = (width, self.made().get_height(rules, width))
        return self.height[1]


class ByOption(array):  # type: ignore[type-arg]
    """A number for each option measured so far; an option not measured yet is a KeyError, as
    in the dict Textual keeps (it asks for the highlighted option's before the list is laid
    out)."""

    def __getitem__(self, index: int) -> int:  # type: ignore[override]
        try:
            return super().__getitem__(index)  # type: ignore[no-any-return]
        except IndexError:
            raise KeyError(index) from None


class Lines:
    """An option list's lines as the first line and the height of each option, two arrays: for
    :class:`FindingList`, in place of Textual's ``_LineCache`` (a tuple for every line and two
    dicts by option: ≈ 9 MB for a huge report's 30,279 findings, mem63). ``lines[y]`` is
    Textual's (option, line within it) for line ``y``; ``heights`` and ``index_to_line`` are
    read by option, as Textual reads its dicts."""

    def __init__(self) -> None:
        self.index_to_line = ByOption("l")  # option → its first line
        self.heights = ByOption("l")  # option → its lines
        self.lines = self  # (Textual's ``lines``: ``len`` and ``[y]``, below)

    def __len__(self) -> int:
        return self.index_to_line[-1] + self.heights[-1] if self.heights else 0

    def __getitem__(self, y: int) -> tuple[int, int]:
        if y < 0:
            y += len(self)
        if not 0 <= y < len(self):
            raise IndexError(y)
        index = bisect_right(self.index_to_line, y) - 1
        return index, y - self.index_to_line[index]

    def add(self, height: int) -> None:
        self.index_to_line.append(len(self))
        self.heights.append(height)

    def clear(self) -> None:
        del self.index_to_line[:], self.heights[:]


class FindingList(OptionList):
    """The Reviu screen's list: Textual's ``OptionList`` with its line cache held as
    :class:`Lines` (``_update_lines`` as Textual's, for options without dividers)."""

    def __init__(self, *options: Option, id: str, classes: str = "") -> None:
        super().__init__(id=id, classes=classes, markup=False)
        self._line_cache = Lines()  # type: ignore[assignment]
        self.add_options(options)
        if options:
            self.action_first()  # (as OptionList's own __init__ does)

    def _update_lines(self) -> None:
        if not self.scrollable_content_region:
            return
        lines: Lines = self._line_cache  # type: ignore[assignment]
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        options = self.options
        if len(lines.heights) < len(options):
            padding = self.get_component_styles("option-list--option").padding.width
            for option in options[len(lines.heights) :]:
                lines.add(self._get_visual(option).get_height(self.styles, width - padding))
        virtual_size = Size(width, len(lines))
        if virtual_size != self.virtual_size:
            self.virtual_size = virtual_size
            self._scroll_update(virtual_size)


class ReviuScreen(Dialog):
    """Every finding of the report, most serious first; Enter (or a click) jumps to its node."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "key_close"),
        # (q as in the change log and the help: it quit the app from here)
        Binding("q,v", "cancel", "key_close", show=False),
        Binding("enter", "jump", "key_jump"),
        Binding("x", "command", "key_reviu_command"),
    ]
    # the screen's rows at every height (below 30 rows, as every dialog, no blank row under the
    # title: Dialog)
    DEFAULT_CSS = """
    ReviuScreen {
        .dialog, &.-low .dialog { width: 120; height: 1fr; max-height: 100%; padding: 0 1; }
        #findings { height: 1fr; max-height: 100%; }
        #findings.-long { overflow-y: scroll; }
    }
    """

    def __init__(
        self,
        view: View,
        reviu: Reviu | None,
        lang: str = "id",
        options: str = "",
        at: str | None = None,
    ) -> None:
        """``at``: the finding to highlight first (the one highlighted when the screen was left:
        a reviewer who went to a finding's node and came back began again at the top, tui30)."""
        self.at = at
        counts = reviu.counts() if reviu is not None else dict.fromkeys(SEVERITIES, 0)
        # (with the summary's thousands: the huge report's read "3481 kesalahan · 26792
        # peringatan" under its "23.458 di semua tingkat", tui66)
        said = {severity: grouped(n, lang) for severity, n in counts.items()}
        super().__init__(text("title", lang, **said), lang)
        self.view, self.reviu = view, reviu
        self.places: Places | None = None  # (made with the rows)
        rid = clean_line(view.report.meta.id, 200)  # (with the --store and --lang en typed)
        self.command = f"lkj-tui export --reviu -r {rid}{options}"

    def title_visual(self) -> Visual:
        """The counts and "Enter: ke simpul" on one line, or where they do not fit, each on its
        own: no "·" left at a line's end (docs50)."""
        counts = no_widow(Content.styled(clean_line(self.title_text), "bold"))
        key = Content.styled(text("title_key", self.lang), "bold")
        return OneLineOr(Content.assemble(counts, "  ·  ", key), Content("\n").join([counts, key]))

    def body(self) -> ComposeResult:
        options = []
        if self.reviu is not None:
            ordered = sorted(
                enumerate(self.reviu.findings), key=lambda p: SEVERITIES.index(p[1].severity)
            )
            self.places = Places(self.view.report)
            # each row's line made when it is measured or drawn, not kept (30,000 findings of a
            # huge report held 70 MB as lines: mem59)
            options = [Option(Row(self, f), id=f"{i}:{f.node or ''}") for i, f in ordered]
        empty = "pending" if self.reviu is None else "none"
        # the command on `x` only: with it, the screen at 80×24 listed 8 rows (tui31)
        key = "hint" if options else empty
        # ("with:" alone under "The Catatan Hasil Reviu of this report is written" at 60×20)
        said = Static(
            KeptWhole(no_widow(Content.styled(text(key, self.lang), "$text-muted"))), id="hint"
        )
        said.display = not options
        yield said
        if options:  # (folded at its options where the screen is narrow: "--store" / "/t" / "mp")
            command = Static(Content("\n".join(self.folded(self.command))), id="command")
            command.display = False
            yield command
        # more rows than the screen has lines: sure to scroll, so its scrollbar from the start;
        # the list measures every row at the width it draws them, once (a scrollbar that came
        # once they were measured made it measure all 30,279 of a huge report's again: mem61)
        long = len(options) > self.app.size.height
        yield FindingList(*options, id="findings", classes="-long" if long else "")

    def on_mount(self) -> None:
        super().on_mount()
        self.hold_whole(max(self.folded(self.command), key=len), 120)
        findings = self.query_one("#findings", OptionList)
        if findings.option_count:
            try:
                findings.highlighted = findings.get_option_index(self.at or "")
            except OptionDoesNotExist:  # (none yet, or the reviu changed since)
                findings.highlighted = 0

    @on(OptionList.OptionHighlighted, "#findings")
    def highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self.at = event.option.id

    def action_jump(self) -> None:
        """Enter (the list runs it itself while it has the focus; here for the key bar)."""
        self.query_one("#findings", OptionList).action_select()

    def action_command(self) -> None:
        """``x``: show (or hide again) the command that writes the Catatan Hasil Reviu."""
        command = self.query("#command")  # (none without findings: nothing to write)
        shown = bool(command) and not command.first().display
        for widget in self.query("#hint, #command") if command else ():
            widget.display = shown

    @on(OptionList.OptionSelected, "#findings")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        node_id = (event.option.id or "").partition(":")[2]
        if node_id:
            self.dismiss(node_id)
            return
        toast = getattr(self.app, "toast", None)
        if toast is not None:
            toast(text("no_node", self.lang), timeout=4, kind="reviu_no_node")
