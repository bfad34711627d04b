"""The shared store's lists in the TUI (``sharing.py``): the conflicts a merge recorded (``K``)
and a node's history (``H``). Imported when first opened, with the other dialogs."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from lkj_tui.core.sanitize import clean_line, clean_words
from lkj_tui.tui.components.dialogs import Dialog
from lkj_tui.tui.components.whole import NO_BREAK, Hanging, KeptWhole, no_widow
from lkj_tui.tui.text import t

if TYPE_CHECKING:
    from lkj_tui.core.conflicts import Version
    from lkj_tui.core.merge import Conflict
    from lkj_tui.core.model import Report
    from lkj_tui.sync.history import Entry


def shown_value(value: Any) -> str:
    from lkj_tui.core.conflicts import shown

    return clean_words(shown(value), 80)


def where(
    report: Report | None, node_id: str | None, field: tuple[str, ...], lang: str = "id"
) -> str:
    from lkj_tui.core.conflicts import place

    return clean_line(place(report, node_id, field, lang), 70)


def _whole(text: str) -> str:
    """``text`` never broken at its spaces where it fits a line (no-break spaces, kept by
    :class:`KeptWhole`; a part wider than the line is broken at them again)."""
    return text.replace(" ", NO_BREAK)


def _when(entry: Entry) -> str:
    """ "2026-12-03 07:42": an entry's date and time, never broken apart."""
    return entry.when[:16].replace("T", NO_BREAK)


def _by(entry: Entry | None) -> str:
    """ " — Budi Santoso, 2026-12-03 07:42": who set a conflict's value, and when; the author
    whole where the line holds it, as ``log`` and ``resolve`` print it (cut at 30 it read
    "Rina Wulandari Kusumaningrum…": share32), the dash with it (a line ended "3,40 —": tui43)."""
    if entry is None:
        return ""
    return f" —{NO_BREAK}{_whole(clean_line(entry.author, 100))}, {_when(entry)}"


#: K's choices: in a list narrower than this each is folded two cells in (:class:`Hanging`),
#: every choice alike: the list's 54 cells at 60×20 (hung under "IKU 2 · Realisasi" a choice
#: took three lines); at 80×24, 66, they hang under their text as before
FOLD = 60


class ConflictScreen(Dialog):
    """Both values of every recorded conflict; Enter on one saves it (dismisses with the choice:
    the conflict, or None for all of them, and whether the other value is taken)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "key_close"),
        Binding("q,K", "cancel", "key_close", show=False),
        # (the list runs Enter itself while it has the focus: named here for the key bar, which
        # said only "esc Tutup")
        Binding("enter", "pick", "key_save"),
    ]
    DEFAULT_CSS = """
    ConflictScreen .dialog { width: 110; }
    /* below 70 columns the box takes the screen's width, a cell of padding a side: a choice
       with its capaian, its office and time folds into two lines of 50 cells (at 60×20 the
       45 cells of a box of 95 % wrapped each into three, and two conflicts' choices scrolled
       since tui69's capaian; tui70) */
    ConflictScreen.-narrow .dialog { max-width: 100%; padding: 0; }
    """
    FIT_LIST = "#choices"
    HORIZONTAL_BREAKPOINTS: ClassVar[list[tuple[int, str]]] = [(0, "-narrow"), (70, "-wide")]

    def __init__(
        self,
        conflicts: list[Conflict],
        report: Report | None,
        lang: str = "id",
        who: list[tuple[Entry | None, Entry | None]] | None = None,
        known: dict[str, Version] | None = None,
    ) -> None:
        title = "share_conflicts" if conflicts else "share_conflicts_none"
        super().__init__(t(title, lang, n=len(conflicts)), lang)
        self.conflicts, self.report = conflicts, report
        self.who = who or []
        self.known = known or {}  # the old report's versions (new --from), by revision and author

    def body(self) -> ComposeResult:
        from lkj_tui.core.conflicts import value

        options: list[Option | None] = []
        for i, c in enumerate(self.conflicts):
            head = where(self.report, c.node, c.field, self.lang)
            kept = clean_words(value(c.kept, c.field, self.lang, self.known), 80)
            other = clean_words(value(c.other, c.field, self.lang, self.known), 80)
            kept, other = self.with_capaian(c, kept, other)
            by_kept, by_other = self.who[i] if i < len(self.who) else (None, None)
            place = Content.styled(head + "  ", "bold")
            keep = Content.assemble(
                f"{t('share_keep', self.lang)}: {kept}", (_by(by_kept), "$text-muted")
            )
            take = Content.assemble(
                f"{t('share_take', self.lang)}: {other}", (_by(by_other), "$text-muted")
            )
            # (at 80 columns "… Budi (Dinas Pendidikan), 2026-12-05" / "00:54" read a time
            # alone: share25; a wrapped choice's time then began at column 0, under the place,
            # where it read as another row: it hangs under its choice's text, as H's do, tui37;
            # where that takes a third line, at 60×20 since each value's capaian, the choice is
            # folded two cells in: every choice of two conflicts fits the box again, tui70)
            options += [
                Option(Hanging(place, keep, fold=FOLD), id=f"keep:{i}"),
                Option(Hanging(place, take, fold=FOLD), id=f"take:{i}"),
                None,
            ]
        if len(self.conflicts) > 1:  # one side for all of them, in one save (resolve semua)
            n = len(self.conflicts)
            # (wrapped, "berkas" stood alone under "… pertahankan nilai di" at 60×20: tui43)
            options += [
                Option(KeptWhole(no_widow(Content.styled(t(key, self.lang, n=n), "bold"))), id=i)
                for key, i in (("share_keep_all", "keep:*"), ("share_take_all", "take:*"))
            ]
            options.append(None)
        if not options:  # (the sentence alone: an empty bordered list under it read as broken)
            yield Static(Content.styled(t("share_no_conflicts", self.lang), "$text-muted"))
            return
        yield OptionList(*options[:-1], id="choices", markup=False)

    def with_capaian(self, conflict: Conflict, kept: str, other: str) -> tuple[str, str]:
        """Each value with the capaian it gives, where the two differ, as the pane says another
        target's: "pertahankan: 2,90 → 90,06 % Tinggi ▼" / "ambil nilai yang lain: 3,00 →
        93,17 % Sangat Tinggi ▼" (the choice was made without the figure the meeting reads)."""
        from lkj_tui.sync.resolve import capaian_words

        said = capaian_words(self.report, conflict, self.lang) if self.report is not None else None
        if said is None:
            return kept, other
        kept, other = (
            f"{v} →{NO_BREAK}{_whole(s)}" if s else v
            for v, s in zip((kept, other), said, strict=True)
        )
        return kept, other

    def bar_words(self) -> dict[str, str | None]:
        """No conflict, nothing to save: "⏎ Simpan" is left off (Enter did nothing; tui67)."""
        return {} if self.conflicts else {"pick": None}

    def action_pick(self) -> None:
        for choices in self.query("#choices").results(OptionList):
            choices.action_select()

    @on(OptionList.OptionSelected, "#choices")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        how, _, index = (event.option.id or "").partition(":")
        if index == "*":  # every conflict
            self.dismiss((None, how == "take"))
            return
        self.dismiss((self.conflicts[int(index)], how == "take"))


class HistoryScreen(Dialog):
    """The node's history, newest first; Enter on a line dismisses with that entry."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "key_close"),
        Binding("q,H", "cancel", "key_close", show=False),
    ]
    DEFAULT_CSS = """
    HistoryScreen .dialog { width: 120; }
    """
    FIT_LIST = "#entries"

    def __init__(
        self, entries: list[Entry], label: str, lang: str = "id", early: list[Any] | None = None
    ) -> None:
        self.early = early or []  # the saves before the store was shared (history.before_sharing)
        title = "share_history" if entries or self.early else "share_history_none"
        super().__init__(t(title, lang, node=clean_line(label, 60)), lang)
        self.entries = entries

    def body(self) -> ComposeResult:
        options = []
        from lkj_tui.core.changes import typed_said
        from lkj_tui.sync.history import field_words, shown_pair

        for i, e in enumerate(self.entries):
            before, after = shown_pair(e.before, e.after)
            if e.typed:  # (stored in the Indonesian form: this computer's journal kept it typed)
                after = typed_said(after, e.typed, self.lang)
            before, after = clean_words(before, 120), clean_words(after, 120)
            whole = "node" if e.node else "laporan"  # (an item by its number, as log: share31)
            field = field_words(e.field, e.before, e.after, self.lang, whole)
            mark = f" ({t('share_restored', self.lang)})" if e.restored else ""  # (as log)
            what = _kept(before, after)
            if e.kind != "edit":  # a sync conflict chosen, dropped or back, in log's words
                from lkj_tui.core.conflicts import choice_said, value

                kept, other = (
                    clean_words(value(v, e.field, self.lang), 80) for v in (e.before, e.after)
                )
                what = choice_said(e.kind, kept, other, self.lang)
            when = Content.styled(f"{e.when[:16].replace('T', ' ')}  ", "$text-muted")
            line = Content.assemble(
                (_whole(clean_line(e.author, 100)) + "  ", "bold"),
                f"{_whole(clean_line(field, 40) + mark + ':')} {what}",
            )
            # (Hanging: the OptionList wrapped at any space, "Permasalahan 2: —" above
            # "→ Keterlambatan…", the author cut at 30: share32; its later lines under its
            # text, as log hangs them, not at column 0 under the time: tui35). Enter restores
            # the value before an edit or a choice of the other value (the one in the file
            # before it); a conflict kept, dropped or back changed no value: nothing to restore
            still = e.kind in ("keep", "dropped", "back")
            options.append(Option(Hanging(when, line, last_words=True), id=str(i), disabled=still))
        options += self.early_options()
        if not options:  # (the sentence alone: an empty bordered list under it read as broken)
            yield Static(Content.styled(t("share_no_history", self.lang), "$text-muted"))
            return
        yield OptionList(*options, id="entries", markup=False)

    def early_options(self) -> list[Option]:
        """The saves made here before the store was shared (its first commit holds them as one,
        and ``H`` showed none of them: share70), under a line that says so, each as ``log``
        says it, "(di sini)" for the author the change journal does not keep. Enter on one of a
        field restores its value before, as on any line; a change of the tree's shape or of an
        item cannot be restored so (``restore --revision`` brings back a whole version)."""
        from lkj_tui.core.changes import STRUCTURE
        from lkj_tui.sync.history import journal_said

        if not self.early:
            return []
        head = Content.styled(t("share_history_before", self.lang), "$text-muted")
        options = [Option(KeptWhole(head), id="before", disabled=True)]
        here = _whole(t("share_here", self.lang))
        for i, (rid, entry, line, _) in enumerate(self.early):
            said = journal_said(rid, entry, line, self.lang)
            when = Content.styled(f"{entry['at'].isoformat(sep=' ')[:16]}  ", "$text-muted")
            place = _whole(f"{said.field or said.node}{said.mark}" + (":" if said.what else ""))
            what = _kept(*said.pair) if said.pair is not None else said.what
            text = Content.assemble((here + "  ", "bold"), f"{place} {what}".rstrip())
            n = line.field.partition(" ")[2]
            fixed = line.field in (*STRUCTURE, "measure") or n.isdigit() or "conflict" in entry
            option = Hanging(when, text, last_words=True)
            options.append(Option(option, id=f"j{i}", disabled=fixed or line.node == rid))
        return options

    @on(OptionList.OptionSelected, "#entries")
    def chosen(self, event: OptionList.OptionSelected) -> None:
        index = event.option.id or "0"
        if index.startswith("j"):  # a save before sharing: ("journal", its line)
            self.dismiss(("journal", self.early[int(index[1:])][2]))
            return
        self.dismiss(self.entries[int(index)])


def _kept(before: str, after: str) -> str:
    """ "before → after" with the parts ``log`` keeps whole kept so (``history.kept_whole``:
    the arrow with the value before it, a short value whole)."""
    from lkj_tui.sync.history import kept_whole

    parts = kept_whole(before, after)
    if parts[0] == f"{before} → {after}":
        return _whole(parts[0])
    left = f"{before} →"
    return f"{left[: len(left) - len(parts[0])]}{_whole(parts[0])} " + (
        _whole(after) if len(parts) > 1 else after
    )
