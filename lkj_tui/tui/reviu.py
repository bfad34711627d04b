"""The reviu in the TUI (docs/reviu.md): the findings of ``lkj-tui check`` for the open report,
computed in a worker after each load and each saved edit; a badge on every node that has findings
(the tree), the node's findings (the detail pane), and the Reviu screen (key ``v``) that lists them
all, Enter jumping to the finding's node."""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, ClassVar, overload

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.geometry import Size
from textual.message import Message
from textual.visual import Visual
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option, OptionDoesNotExist

from lkj_tui.core.numbers import grouped
from lkj_tui.core.reviu import SEVERITIES, Finding, Places, Reviu
from lkj_tui.core.sanitize import clean_line, cut_at_word
from lkj_tui.tui.components.dialogs import Dialog
from lkj_tui.tui.components.whole import (
    NO_BREAK,
    Hanging,
    KeptWhole,
    OneLineOr,
    glue,
    no_widow,
)
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


class Badges(Mapping[str, tuple[int, str]]):
    """Node id → (number of findings, most serious severity), read from the reviu's findings by
    node (:meth:`~lkj_tui.core.reviu.Reviu.by_node`, which the detail pane keeps too) when the
    tree draws a node: a dict of them held a tuple a node (2.1 MiB of a huge report's 21,934
    nodes with findings, mem68)."""

    __slots__ = ("by_node",)

    def __init__(self, by_node: Mapping[str | None, Sequence[Finding]]) -> None:
        self.by_node = by_node

    def __getitem__(self, node_id: str) -> tuple[int, str]:
        if node_id is None:
            raise KeyError(node_id)
        found = self.by_node[node_id]
        return len(found), min(found, key=lambda f: SEVERITIES.index(f.severity)).severity

    def __iter__(self) -> Iterator[str]:
        return (node_id for node_id in self.by_node if node_id is not None)

    def __len__(self) -> int:
        return len(self.by_node) - (None in self.by_node)


def finding_line(
    f: Finding,
    report: Report | None,
    lang: str,
    with_node: bool,
    places: Places | None = None,
    title_room: int | None = None,
    report_named: bool = True,
) -> Content:
    """One finding as a line of data: mark, check, [node], message (all cleaned). The check is
    its id in English; in Bahasa Indonesia its title, as ``lkj-tui check`` says it
    (``✗ title · node — message``); with ``places``, a row whose name others share says where it
    is, as there (:class:`~lkj_tui.core.reviu.Places`). ``title_room``: the check's characters
    at most, cut after a word with "…" (a row of the Reviu screen too long for its line).
    ``report_named`` false: a finding of the report itself without "Tingkat laporan" (the Reviu
    screen's rows, as ``check`` lists them under its heading "Laporan": its 18 cells gave way to
    what differs, "Tabel 3.4.1: realisasi “BELANJA OPERASI”", where three rows of
    ``budget-sum`` read "Tingkat laporan — Tabel 3.4.1:…" at 80×24; tui69)."""
    mark, style = MARKS[f.severity]
    where = None
    if with_node:
        node = report.get(f.node) if report is not None and f.node else None
        if node is None:
            where = text("report", lang) if report_named else None
        elif places is not None:  # (as long as check's: cut at 100, a kabupaten's shared row
            # lost its bracket's end, "(IKU 4 › Koordinasi dan Sinkronisasi Dokumen Perencan…")
            where = clean_line(places(node), 160)
        else:
            where = clean_line(" ".join(x for x in (node.code, node.name) if x), 60)
    parts: list[str | tuple[str, str]] = [(f"{mark} ", style)]
    check = f.check if lang == "en" else f.info.text("title")
    if title_room is not None:
        check = cut_at_word(check, title_room)
    if lang == "en":
        parts.append((f"{check}  ", "$text-muted"))
        if where is not None:
            parts.append((where + "  ", "bold"))
    else:
        parts.append((check, "$text-muted"))
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
    """A finding's row of the Reviu screen: its line (:func:`finding_line`) on one line, cut
    with "…" at the list's width, made each time it is drawn; the highlighted finding whole
    under the list (:meth:`ReviuScreen.highlighted`). Every row one line high, none is
    measured: a huge report's 30,279 findings were each wrapped at the list's width before the
    list showed (6–11 s, tui66; rev67)."""

    __slots__ = ("finding", "screen")

    def __init__(self, screen: ReviuScreen, finding: Finding) -> None:
        self.screen, self.finding = screen, finding

    def made(self, title_room: int | None = None, drawn: bool = False) -> Content:
        """The finding's line; ``drawn``: as its row, a finding of the report without "Tingkat
        laporan" (the list's first rows; the finding under the list says it)."""
        screen = self.screen
        report, lang = screen.view.report, screen.lang
        places = screen.places
        return finding_line(self.finding, report, lang, True, places, title_room, not drawn)

    def whole(self) -> Hanging:
        """The finding wrapped, as under the list: "95,55 %" never split at a line's end (ov13);
        a 200-digit value cut with its length; its later lines under its text, not at column 0
        under its mark (tui37)."""
        line = self.made()
        return Hanging(line[:2], line[2:], self.screen.lang)

    def __str__(self) -> str:
        return self.made().plain.replace(NO_BREAK, " ")

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self.cut(width).render_strips(width, 1, style, options)

    def cut(self, width: int) -> Content:
        """The row as drawn in ``width`` cells. Where it is wider, the check's title gives way
        to where and what it found: a check's rows read alike where its long title left no
        room for them ("Capaian terhadap target akhir Renstra tercetak berbeda dari…", the
        indicator cut away; tui68)."""
        line = self.made(drawn=True)
        if line.cell_length <= width:
            return line
        cut = one_line(self.made(max(TITLE_ROOM, width // 3), drawn=True), width)
        if self.screen.lang != "en" and _quote_open(cut.plain):
            # a name cut inside its quotes ("realisasi “BELANJA…") read as the whole name of
            # the row above it ("realisasi “BELANJA”…", one quote apart: two rows of
            # budget-sum at 80×24): the title gives way to its first word, where that shows
            # the name whole (an English check's id is not cut; tui70)
            shorter = one_line(self.made(SHORT_TITLE, drawn=True), width)
            if not _quote_open(shorter.plain):
                return shorter
        return cut

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.made(drawn=True).cell_length

    def get_minimal_width(self, rules: RulesMap) -> int:
        return 1

    def get_height(self, rules: RulesMap, width: int) -> int:
        return 1


#: The fewest characters a cut row of the Reviu screen keeps of its check's title (an English
#: check's id, 23 at most, whole)
TITLE_ROOM = 24
#: ... and where that cut a name inside its quotes: a title's first word ("Jumlah…")
SHORT_TITLE = 12


def _quote_open(text: str) -> bool:
    """A “ without its ” in ``text``: a quoted name cut short."""
    return text.count("“") > text.count("”")


def one_line(line: Content, width: int) -> Content:
    """``line`` in ``width`` cells: whole where it fits, else cut after its last word that
    leaves room for "…", a figure kept with its "%" ("hasil hitung…", not "hasil hitung 95,5…"
    nor "95,55…": :func:`~lkj_tui.tui.components.whole.glue`); a label's colon and its value
    cut apart (kept together where the finding wraps: "Tabel 3.4.1: realisasi…", not
    "Tabel…"); where that would leave less than half the width, or the line has wide characters,
    cut at the cells."""
    if line.cell_length <= width:
        return line
    plain = line.plain.replace(NO_BREAK, " ")
    plain = glue(Content(plain)).plain  # (its glued spaces one character each, as the line's)
    end = plain.rfind(" ", 0, width) if len(plain) == line.cell_length else -1
    if end < width // 2:
        return line.truncate(width, ellipsis=True)
    return Content.assemble(line[:end].rstrip(), "…")


class Lines:
    """Textual's line cache (``_LineCache``) of an option list whose options are one line each,
    kept as their number: line ``y`` is option ``y``'s only line, ``heights[i]`` 1 and
    ``index_to_line[i]`` ``i``, read as Textual reads its list and dicts (an option past the
    list, or of a list not laid out, a KeyError as in those). Textual's held a tuple a line and
    two dicts by option (≈ 9 MB for a huge report's findings, mem63)."""

    def __init__(self) -> None:
        self.count = 0  # (0 until the list is laid out: as Textual's, nothing measured before)
        self.lines = self
        self.heights = _ByOption(self, 1)
        self.index_to_line = _ByOption(self, None)

    def __len__(self) -> int:
        return self.count

    def __getitem__(self, y: int) -> tuple[int, int]:
        if y < 0:
            y += self.count
        if not 0 <= y < self.count:
            raise IndexError(y)
        return y, 0

    def clear(self) -> None:
        self.count = 0


class _ByOption:
    """:class:`Lines`'s ``heights`` (each 1) or ``index_to_line`` (option ``i``'s line: ``i``)."""

    def __init__(self, lines: Lines, value: int | None) -> None:
        self.of, self.value = lines, value

    def __getitem__(self, index: int) -> int:
        if not 0 <= index < self.of.count:
            raise KeyError(index)
        return index if self.value is None else self.value


class FindingOption(Option):
    """A finding's option: its :class:`Row`, the id ``"i:node"`` (``i`` the finding's index in
    the reviu, ``node`` its node's id) and its place in the list."""

    def __init__(self, row: Row, option_id: str, index: int) -> None:
        super().__init__(row, id=option_id)
        self.index = index


#: How many options :class:`Rows` keeps made (several screens' rows; the render cache's own
#: options, Textual's 2,048 at most, stay alive with it).
KEPT = 512


class Rows(Sequence[FindingOption]):
    """The Reviu screen's options, most serious first, each made when the list asks for it (the
    rows on screen, the highlighted one) and a few hundred kept: the list holds the findings'
    order, 4 bytes a finding. An option, its row and its id a finding, with Textual's two dicts
    by option, held 390 bytes a finding (11.3 MiB of a huge report's 30,279, mem68)."""

    def __init__(self, screen: ReviuScreen, findings: Sequence[Finding]) -> None:
        self.screen, self.findings = screen, findings
        rank = {severity: i for i, severity in enumerate(SEVERITIES)}
        self.order = array(
            "I", sorted(range(len(findings)), key=lambda i: rank[findings[i].severity])
        )
        self.made: dict[int, FindingOption] = {}

    def __len__(self) -> int:
        return len(self.order)

    @overload
    def __getitem__(self, index: int) -> FindingOption: ...
    @overload
    def __getitem__(self, index: slice) -> list[FindingOption]: ...
    def __getitem__(self, index: int | slice) -> FindingOption | list[FindingOption]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self.order)
        option = self.made.get(index)
        if option is None:
            if not 0 <= index < len(self.order):
                raise IndexError(index)
            i = self.order[index]
            finding = self.findings[i]
            if len(self.made) >= KEPT:
                self.made.clear()
            option = FindingOption(Row(self.screen, finding), f"{i}:{finding.node or ''}", index)
            self.made[index] = option
        return option

    def index_of(self, option_id: str) -> int:
        """The place of the option ``option_id`` (``"i:node"``); ValueError if no option has it
        (the reviu changed since it was read)."""
        head, _, node = option_id.partition(":")
        if not head.isdigit() or int(head) >= len(self.findings):
            raise ValueError(option_id)
        i = int(head)
        if (self.findings[i].node or "") != node:
            raise ValueError(option_id)
        return self.order.index(i)


class _IndexOf:
    """Textual's ``_option_to_index`` of a :class:`FindingList`: an option's place, which it
    keeps itself (no dict by option)."""

    def __getitem__(self, option: FindingOption) -> int:
        return option.index

    def clear(self) -> None:
        pass


class FindingList(OptionList):
    """The Reviu screen's list: Textual's ``OptionList`` over :class:`Rows` (its options made
    when asked), whose options are one line each, its line cache :class:`Lines`
    (``_update_lines`` sets their number: no option measured)."""

    def __init__(self, rows: Rows, id: str, classes: str = "") -> None:
        super().__init__(id=id, classes=classes, markup=False)
        self._line_cache = Lines()  # type: ignore[assignment]
        self._options = rows  # type: ignore[assignment]
        self._option_to_index = _IndexOf()  # type: ignore[assignment]
        if rows:
            self.action_first()  # (as OptionList's own __init__ does)

    def get_option(self, option_id: str) -> Option:
        rows: Rows = self._options  # type: ignore[assignment]
        try:
            return rows[rows.index_of(option_id)]
        except ValueError:
            raise OptionDoesNotExist(f"There is no option with an ID of {option_id!r}") from None

    def _on_resize(self) -> None:  # (the finding under the list took a line more or less)
        super()._on_resize()
        self.call_after_refresh(self.scroll_to_highlight)

    def _update_lines(self) -> None:
        if not self.scrollable_content_region:
            return
        lines: Lines = self._line_cache  # type: ignore[assignment]
        lines.count = self.option_count
        width = self.scrollable_content_region.width - self._get_left_gutter_width()
        virtual_size = Size(width, lines.count)
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
        #finding-box { height: auto; min-height: 4; max-height: 45%; }
        #finding { margin: 0 2; }
    }
    """

    def __init__(
        self,
        view: View,
        reviu: Reviu | None,
        lang: str = "id",
        options: str = "",
        at: str | None = None,
        places: Places | None = None,
    ) -> None:
        """``at``: the finding to highlight first (the one highlighted when the screen was left:
        a reviewer who went to a finding's node and came back began again at the top, tui30);
        ``places``: the report's (the detail pane's: its shared names counted once)."""
        self.at = at
        counts = reviu.counts() if reviu is not None else dict.fromkeys(SEVERITIES, 0)
        # (with the summary's thousands: the huge report's read "3481 kesalahan · 26792
        # peringatan" under its "23.458 di semua tingkat", tui66)
        said = {severity: grouped(n, lang) for severity, n in counts.items()}
        super().__init__(text("title", lang, **said), lang)
        self.view, self.reviu = view, reviu
        self.places = places
        rid = clean_line(view.report.meta.id, 200)  # (with the --store and --lang en typed)
        self.command = f"lkj-tui export --reviu -r {rid}{options}"

    def title_visual(self) -> Visual:
        """The counts and "Enter: ke simpul" on one line, or where they do not fit, each on its
        own: no "·" left at a line's end (docs50)."""
        counts = no_widow(Content.styled(clean_line(self.title_text), "bold"))
        key = Content.styled(text("title_key", self.lang), "bold")
        return OneLineOr(Content.assemble(counts, "  ·  ", key), Content("\n").join([counts, key]))

    def body(self) -> ComposeResult:
        # each row's option made when the list asks for it, its line when it is drawn (30,000
        # findings of a huge report held 70 MB as lines: mem59; 11 MiB as options: mem68)
        options = Rows(self, self.reviu.findings if self.reviu is not None else ())
        if options and (self.places is None or self.places.report is not self.view.report):
            self.places = Places(self.view.report)
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
        # more rows than the screen has lines: sure to scroll, so its scrollbar from the start
        long = len(options) > self.app.size.height
        yield FindingList(options, id="findings", classes="-long" if long else "")
        if options:  # the highlighted finding whole (its row is cut at the list's width);
            # a long one scrolls with the wheel, the list keeping the keys
            with VerticalScroll(id="finding-box", can_focus=False):
                yield Static(id="finding", markup=False)

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
        row = event.option.prompt
        if isinstance(row, Row):
            self.query_one("#finding", Static).update(row.whole())
            self.query_one("#finding-box").scroll_home(animate=False)

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
