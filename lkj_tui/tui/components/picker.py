"""A list to pick from that filters as you type: the move target (``M``) and the report picker.

Rows are ``(id, label, where)``; every word typed must appear in the label or the "where" part
(case-insensitive), so ``s2`` or ``inflasi`` narrows hundreds of rows at once. Enter picks the
highlighted row; ↓ moves into the list.
"""

from __future__ import annotations

from typing import ClassVar

from rich.cells import cell_len, set_cell_size
from textual import events, on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widget import Widget
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from lkj_tui.core.apart import cut_apart, shared_words
from lkj_tui.core.numbers import grouped as count
from lkj_tui.core.sanitize import clean_line, clean_words, cut_at_word
from lkj_tui.tui.components.dialogs import Dialog, OrderedInput
from lkj_tui.tui.text import t

SHOWN = 200  # rows shown at once; the count says how many match
#: the cells of a row's sides (OptionList's "option-list--option" padding: 0 1)
SIDES = 2


#: The steps of a "where" part ("di bawah T1 › S1 › IKU 1"), and those of a report id
#: ("bengkulu-selatan-dinas-pariwisata-2025")
STEP, ID_STEP = " › ", "-"
#: A move picker's row narrower than this (a screen under ≈ 77 columns) shows its place on a
#: line of its own under its name: beside it at 43 cells (60 columns) 30,522 of the kabupaten
#: store's 35,662 rows read as another ("Sub Kegiatan ·…  di bawah …› Peningkatan…"), at 58
#: cells 490, at 62 (80 columns) 4. (edit46, /work/brief/scripts/edit46-move-count.py)
TWO_LINES = 60
#: The cells a place on its own line is set in under its name
INDENT = 2
#: The widest a picker grows to (a classic wide terminal's 132 columns): at 120 and 160 columns
#: it was 84 wide as at 80, and cut a long name and its place that the screen had room for
WIDEST = 132


#: Where a row's name begins in its label, the end of the words another name begins with too,
#: whether the rest is its own and how many first characters another name shares (core.apart):
#: (start, end, own, alike)
Apart = tuple[int, int, bool, int]


def _cut(text: str, room: int, apart: Apart | None = None) -> str:
    """``text`` in at most ``room`` cells, cut after a whole word with "…" (wide characters:
    where the room ends); a name that begins with the words of another keeps the words that
    tell it apart (``apart``: core.apart.cut_apart, "Kegiatan…Kebijakan…" beside
    "Kegiatan…Administrasi…", which both read "Kegiatan Pelaksanaan…")."""
    if cell_len(text) <= room:
        return text
    if cell_len(text) == len(text):  # one cell a character: cut after a whole word
        return cut_apart(text, room, *apart) if apart else cut_at_word(text, room)
    return set_cell_size(text, max(room - 1, 0)).rstrip() + "…"


def name_start(label: str, kinds: tuple[str, ...] = ()) -> int:
    """Where a move target's name begins in its label ("Kegiatan · " or "IKU · IKU 1 · " before
    it), after the words of ``kinds`` it begins with ("Sub kegiatan " of a name that says its
    kind, which has no "·": its words, shared by every sub kegiatan so named, gave way to "…",
    "Sub…Pengendalian dan…"; edit35). Case-insensitive; the longest kind that matches."""
    start = label.rfind(" · ") + 3 if " · " in label else 0
    folded = label[start:].casefold()
    said = [len(k) + 1 for k in kinds if folded.startswith(k.casefold() + " ")]
    return start + max(said, default=0)


def place(
    text: str,
    room: int,
    most: int,
    lead: str = "",
    step: str = STEP,
    least: int = 1,
    apart: tuple[int, bool, int] | None = None,
    telling: tuple[int, bool, int] | None = None,
) -> str:
    """A row's place (``lead`` and steps joined by ``step``) in ``room`` cells: whole where it
    fits; else its lead ("di bawah ", "under ") and its last step (the parent) whole, and as
    many steps before that as fit, the steps left out marked "…› " ("di bawah …› S1 › IKU 1";
    cut at its start, it lost its "di bawah": "…› S1 › IKU 1", and before that "…nunjang
    urusan › T1"); the last step whole even past ``room``, up to ``most`` cells, then cut after
    a word. A report id keeps its end, where its year is (``step`` "-": "…-penataan-ruang-2025";
    cut at 60 characters at its end, it read "…-penataan-ruang-20…"). One function for every
    picker. ``least``: the last steps kept whatever the room (the one that tells two rows
    apart, :func:`telling_steps`). ``apart``: the words the last step begins with as another
    row's does (core.apart.shared_words), given way to where it is cut, as a name's are
    ("…› …Ruas Jalan Kabupaten", not "…› Pembinaan dan…" under two parents). Where the
    ``least`` last steps do not fit together, each is cut on its own (:func:`_each_cut`; cut
    together from their end, "…› Program Pengelolaan Arsip › Koordinasi…" and "…› Program
    Pengelolaan Keuangan Daerah › …" both read "…› Program Pengelolaan…"), ``telling`` the
    words the first of them begins with as another row's does. Linear in the text's length."""
    if cell_len(text) <= room:
        return text
    head = lead if lead and text.startswith(lead) else ""
    steps = text[len(head) :].split(step)
    kept = max(min(least, len(steps)), 1)
    tail, elided = step.join(steps[-kept:]), "…" + step.lstrip()
    if len(steps) > kept:
        used, gap = cell_len(head) + cell_len(elided) + cell_len(tail), cell_len(step)
        for s in reversed(steps[:-kept]):
            used += cell_len(s) + gap
            if used > room:
                break
            kept += 1
        tail = elided + step.join(steps[-kept:])
    if kept > 1 and cell_len(tail) > most - cell_len(head):
        before = elided if len(steps) > kept else ""
        room_left = most - cell_len(head) - cell_len(before)
        return head + before + _each_cut(steps[-kept:], room_left, step, telling, apart)
    start = len(tail) - len(steps[-1])
    # (cut after a word: a step cut inside one, "Kegiatan adm…", reads as a misprint)
    told = (start, start + apart[0], apart[1], 0) if apart else None
    return head + _cut(tail, max(most - cell_len(head), 1), told)


def _least(step: str) -> str:
    """A step at its shortest: its first word, "…" after it where more follows."""
    word = step.split(" ", 1)[0]
    return step if word == step else word + "…"


def _each_cut(
    steps: list[str],
    room: int,
    step: str = STEP,
    telling: tuple[int, bool, int] | None = None,
    parent: tuple[int, bool, int] | None = None,
) -> str:
    """The last steps of a place in ``room`` cells, each cut on its own: the first (the step
    that tells the row from another, :func:`telling_steps`) keeps the words that differ, with
    its first word where they fit beside it (``telling``: the words it begins with as another's
    does, core.apart; "Program…Arsip" beside "Program…Keuangan Daerah", which both read
    "Program Pengelolaan…" cut together); the last (the parent) its first word, then the room
    left (``parent``: :func:`place`'s ``apart``); the steps between them "…", then their first
    word where the room is left. Where the first step tells nothing beside its parent's first
    word, the parent gives way to "…" too. Linear."""
    first, later, gap = steps[0], steps[1:], cell_len(step)
    told = (0, telling[0], telling[1], telling[2]) if telling else None
    for shortest in (_least, lambda _: "…"):
        mins = ["…"] * (len(later) - 1) + [shortest(later[-1])]
        own = room - sum(cell_len(s) + gap for s in mins)
        shown = _cut(first, max(own, 1), told)
        if not telling or not shown.endswith("…") or first[: len(shown) - 1] != shown[:-1]:
            break  # whole, or the words that differ shown ("…Arsip", "Program…Arsip")
        if len(shown) - 1 > telling[2]:
            break  # cut after the letters it shares with another ("Program Penye…")
    left = own - cell_len(shown)
    for n in range(len(later) - 1, -1, -1):  # the parent first, then the steps above it
        if cell_len(_least(later[n])) <= cell_len(mins[n]) + left:  # (never "Koo…")
            apart = (0, parent[0], parent[1], 0) if parent and n == len(later) - 1 else None
            cut = _cut(later[n], cell_len(mins[n]) + left, apart)
            left -= cell_len(cut) - cell_len(mins[n])
            mins[n] = cut
    return step.join([shown, *mins])


def _frame(text: str, lead: str, step: str = STEP, least: int = 1) -> tuple[int, int]:
    """The cells of what :func:`place` keeps of ``text`` at the least besides its last
    ``least`` steps (its lead and "…› ", "di bawah …› "; none for a place of no more steps),
    and those steps'."""
    head = lead if lead and text.startswith(lead) else ""
    steps = text[len(head) :].split(step)
    if len(steps) <= least:
        return 0, cell_len(text)
    return cell_len(head) + len("…" + step.lstrip()), cell_len(step.join(steps[-least:]))


def telling_steps(wheres: list[str], step: str = STEP) -> list[int]:
    """For rows shown alike, how many of each one's last steps tell it apart from the others
    (the same-named program under IKU 3 and under IKU 4: its last two); 1 where none does
    (the places are the same). Linear in the places' steps times their depth."""
    paths = [w.split(step) for w in wheres]
    told, deepest = [1] * len(paths), max((len(p) for p in paths), default=1)
    left = set(range(len(paths)))
    for k in range(1, deepest + 1):
        ends: dict[tuple[str, ...], int] = {}
        for i in left:
            end = tuple(paths[i][-k:])
            ends[end] = ends.get(end, 0) + 1
        for i in [i for i in left if ends[tuple(paths[i][-k:])] == 1]:
            told[i] = k
            left.discard(i)
    return told


def one_line(
    label: str,
    where: str,
    width: int,
    lead: str = "",
    apart: Apart | None = None,
    least: int = 1,
    share: int = 3,
    parent: tuple[int, bool, int] | None = None,
    telling: tuple[int, bool, int] | None = None,
    fixed: str = "",
    start: int | None = None,
) -> tuple[str, str]:
    """A row's label and its "where" part (with its two spaces) in one line of ``width`` cells:
    the where part never wraps onto a line of its own (it did under a long name, edit25). The
    name comes first: the place gives way before it, by whole steps between its lead and its
    last step (:func:`place`: "Kegiatan · Fasilitasi dan Koordinasi Hukum  di bawah …› IKU 2"
    at 80 columns, which read "Kegiatan · Fasilitasi dan…  …› S1 › IKU 2"); where the name
    does not fit even so, it is cut after a whole word with "…" (keeping the words that tell
    it apart from another name that begins alike: ``apart``) beside the last step (the parent)
    whole where the name keeps a third of the row after its kind and kode, else the step cut
    after a word. ``least``: the last steps of the place kept (:func:`place`); ``share``: the
    name keeps 1/``share`` of the row (6 where the place is what tells rows apart); ``parent``:
    the words its parent begins with as another's does; ``telling``: those of the step that
    tells the row apart (:func:`place`). The name keeps its first word ("Sub Kegiatan ·…"
    read as any other sub kegiatan). ``fixed``: the label as another row of the same name shows
    it (cut alike: :meth:`PickerDialog._cut_alike`), the place in the rest. ``start``: where the
    name begins in the label (:func:`name_start`)."""
    if width <= 0 or cell_len(label) + cell_len(where) <= width:
        return label, where
    gap = len(where) - len(where.lstrip(" "))  # the spaces between the two, kept
    core = where[gap:]
    frame, last = _frame(core, lead, least=least)
    steps = core.removeprefix(lead).split(STEP)
    least_step = cell_len(steps[-min(least, len(steps))].split(" ")[0]) + 1
    if fixed:  # (cut back by whole words where the place at its least needs their room)
        fixed = _fewer_words(fixed, width - gap - frame - least_step, name_start(fixed))
    rest = width - cell_len(fixed) - gap
    if fixed and rest >= frame + least_step:  # (never "Pemelihara…")
        said = place(core, rest, rest, lead, least=least, apart=parent, telling=telling)
        return fixed, where[:gap] + said
    rest = width - cell_len(label) - gap
    if rest >= frame + last:  # the name whole, as many of its place's steps as fit
        return label, where[:gap] + place(core, rest, rest, lead, least=least, apart=parent)
    # (a third of the row for the name, after its kind and kode: "Sub Kegiatan ·…" read alike
    # on four rows at 80 columns; its first word at the least)
    start = apart[0] if apart else name_start(label) if start is None else start
    kept = max(width // share, cell_len(_least(label[start:])))
    most = width - gap - min(cell_len(label), cell_len(label[:start]) + kept)
    # (its lead and the first word of the steps it keeps at the least: "di bawah …› Program…",
    # where half the row for the name left it "di bawah …›…")
    most = max(most, frame + least_step)
    where = where[:gap] + place(
        core, frame + last, most, lead, least=least, apart=parent, telling=telling
    )
    return _cut(label, width - cell_len(where), apart), where


def _fewer_words(shown: str, room: int, start: int) -> str:
    """A label as shown, cut back after whole words to ``room`` cells ("Pembinaan…Data
    Kinerja…" is "Pembinaan…Data…"), its name's first word kept (it begins at ``start``): ""
    where that does not fit. Linear."""
    while cell_len(shown) > room:
        body = shown.rstrip("…")
        at = max(body.rfind(" "), body.rfind("…"))
        if at <= start:
            return ""
        shown = body[:at].rstrip(" ·…") + "…"
    return shown


def _at_word(shown: str, label: str) -> bool:
    """Whether a label as shown is whole or cut after a whole word of ``label``: "Pemeliharaan
    Layanan…", not "Pemeliharaan Laya…"."""
    words = shown.rstrip("…").replace("…", " ").split()
    if not shown.endswith("…") or not words:
        return True
    return words[-1].rstrip(",;:.") in {w.rstrip(",;:.") for w in label.split()}  # ("Perencanaan,")


def _word_cut(shown: str, label: str) -> str:
    """A label shown, cut after its last whole word of ``label`` (:func:`_at_word`), at a space
    or at the "…" of the words it skips: "Koordinasi…Sara…" is "Koordinasi…" (cut at its last
    space it lost the name: "Sub Kegiatan…", on two rows that only their place then told)."""
    while not _at_word(shown, label):
        body = shown.rstrip("…")
        at = max(body.rfind(" "), body.rfind("…"))
        if at <= 0:
            break
        shown = body[:at].rstrip(" ·…") + "…"
    return shown


def _word_end(shown: str, label: str) -> str:
    """A label shown cut within a word, cut after that word instead: "Fasilitasi Usaha…", not
    "Fasilitasi U…" (where :func:`_word_cut`'s cut before it would read as another row). The
    parts between its "…" are found in ``label`` in their order, each after a space but the
    first (its kind's gloss may be off the row); as shown where one is not. Linear."""
    body = shown.rstrip("…")
    first, *later = body.split("…")
    first = first.rpartition(" · ")[2]
    at = label.find(first)
    if _at_word(shown, label) or at < 0:
        return shown
    at += len(first)
    for part in later:
        found = label.find(" " + part, at - 1)
        if found < 0:
            return shown
        at = found + 1 + len(part)
    end = label.find(" ", at)
    return body + (label[at:end] + "…" if end >= 0 else label[at:])


def _short_ref(label: str, row_id: str, lang: str, room: int) -> str:
    """A cut row's id without its word: "Sub Kegiatan · f4e2bea9 · Fasilitasi…", where "simpul
    f4e2bea9 ·…" left nothing of the name at 80 columns (rows of one kind, name and place,
    authoring.told_by_id): the id still reads as one (its 8 characters, as ``/`` and ``set``
    take it). The kind stays where the name's first word fits in ``room`` beside it (a kegiatan
    and a sub kegiatan share names, and the filter rarely says which); else it gives way, the
    rows it tells apart all of one kind: "f4e2bea9 · Penyusunan…", never "…f4e2bea9 ·…"."""
    from lkj_tui.core.reviu.finding import node_ref

    word = node_ref(row_id, set(), lang).split(" ")[0] + " "
    kind, dot, rest = label.partition(" · ")
    if not rest.startswith(word + row_id[:8]):
        return label
    rest = rest[len(word) :]
    start = name_start(rest)
    least = cell_len(kind + dot + rest[:start]) + cell_len(_least(rest[start:]))
    return f"{kind}{dot}{rest}" if least <= room else rest


class PickerRows(OptionList):
    """A list under its dialog's filter (:class:`FilterDialog`: a picker's, the search's): the
    key bar names its arrows while it has the focus (it still offered "↓ Ke daftar" there:
    edit45, tui46), ↑ on its first row goes back to the filter (it went round to the last row,
    the filter reachable by Tab only), its cursor after the text typed; what is typed in the
    list goes on to the filter, which keeps it (a letter did nothing there: tui46)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", "key_move_rows", key_display="↑↓"),
    ]

    def action_cursor_up(self) -> None:
        if self.highlighted:
            super().action_cursor_up()
        else:
            self._to_filter()

    def _to_filter(self) -> Input | None:
        """The filter, focused with its cursor after its text (what is typed adds to it)."""
        screen = self.screen
        field = screen.first_focus() if isinstance(screen, Dialog) else None
        if not isinstance(screen, Dialog) or not isinstance(field, Input):
            return None
        screen.focus_now(field, at_end=True)
        return field

    async def _on_key(self, event: events.Key) -> None:
        """A character typed (or Backspace) goes on to the filter, as if typed there."""
        if event.is_printable or event.key == "backspace":
            field = self._to_filter()
            if field is not None:
                event.stop()
                event.prevent_default()
                if event.character and event.is_printable:
                    field.insert_text_at_cursor(event.character)
                else:
                    field.action_delete_left()
                return
        await super()._on_key(event)


class FilterDialog(Dialog):
    """A dialog of a filter (its :meth:`first_focus`) and the list it filters (a
    :class:`PickerRows`): ↓ moves into the list, whose key bar then says its own "↑↓", where
    the filter's "↓ Ke daftar" was."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("down", "focus_rows", "key_rows", key_display="↓"),
    ]

    def bar_words(self) -> dict[str, str | None]:
        """The filter's "↓ Ke daftar" gone while the list has the focus (its own "↑↓" shown)."""
        return {"focus_rows": None} if isinstance(self.focused, PickerRows) else {}

    def bar_first(self) -> tuple[str, ...]:
        return ("cursor_up",)  # the list's arrows before Enter, where "↓" was

    def action_focus_rows(self) -> None:
        self.query_one(PickerRows).focus()


class PickerDialog(FilterDialog):
    """Type to filter, Enter to pick; returns the row's id."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "pick", "key_pick"),
    ]
    # below 30 rows (the box then without its blank rows: Dialog) its list takes the rows left:
    # at 60×20 the move picker showed 3 two-line rows, and the list, taller than the box, was
    # cut by it, its cursor going out of sight under the box's foot (edit47)
    FIT_LIST = "PickerRows"

    def __init__(
        self,
        title: str,
        rows: list[tuple[str, str, str]],
        lang: str = "id",
        current: str | None = None,
        note: str = "",
        rows_id: str = "rows",
        one_line: bool = False,
        lead: str = "",
        step: str = STEP,
        kinds: tuple[str, ...] = (),
    ) -> None:
        super().__init__(title, lang)
        self.rows, self.current, self.note, self.rows_id = rows, current, note, rows_id
        #: each row on one line, cut to the list's width (the move picker's)
        self.one_line, self._width, self._query = one_line, 0, ""
        #: the words every place begins with ("di bawah "), kept where a place is cut; a place
        #: without them is a report id, cut by its end
        self.lead, self.step = lead, step
        #: the words a name may say its kind with ("Program", "Sub Kegiatan"): a name is cut
        #: after them, as after a kind and its "·" (the move picker's; name_start)
        self.kinds = kinds
        self._folded = [(f"{label} {where}").casefold() for _, label, where in rows]
        #: the rows' names that begin with the words of another, cut to keep them apart
        self._apart: dict[str, tuple[int, bool, int]] = {}
        #: and the parents that begin with the words of another (the last step of a place)
        self._parents: dict[str, tuple[int, bool, int]] = {}
        #: the names whose rows read as another name's, cut to keep the words that tell them
        self._alike: set[str] = set()
        if one_line:
            self._apart = shared_words(label[name_start(label, kinds) :] for _, label, _ in rows)
            self._parents = shared_words(self._last_step(clean_line(w)) for _, _, w in rows)
        self._sized = False

    def body(self) -> ComposeResult:
        if self.note:
            yield Static(
                Content.styled(clean_line(self.note, 300), "$text-muted"), id="picker-note"
            )
        yield OrderedInput(placeholder=t("filter_placeholder", self.lang), id="filter")
        yield Static(id="count", markup=False)
        yield PickerRows(id=self.rows_id, markup=False)

    def on_mount(self) -> None:
        super().on_mount()
        self.show_rows("")
        self.call_after_refresh(self._reflow)
        # laid out again at the width it takes (the screen's resize does not say so)
        self.watch(self.query_one(".dialog"), "virtual_size", self._reflow, init=False)

    def on_resize(self) -> None:
        self.call_after_refresh(self._reflow)

    def _widest(self) -> int:
        """The cells the widest row would take whole: a label (as shown, at most 120
        characters), its two spaces and its place. Linear in the rows."""
        mark = cell_len(f"  {t('current', self.lang)}")
        return max(
            (
                cell_len(clean_words(label, 120))
                + cell_len(clean_line(where[:1000]))
                + 2
                + mark * (row_id == self.current)
                for row_id, label, where in self.rows
            ),
            default=0,
        )

    def _row_width(self) -> int:
        """The cells a row's text has: the list's less its sides and a scroll bar's (kept
        whether one shows or not: it comes and goes with the filter)."""
        rows = self.query_one(f"#{self.rows_id}", OptionList)
        width = rows.content_region.width - rows.styles.scrollbar_size_vertical - SIDES
        return max(width, 0) if rows.content_region.width else 0

    def _reflow(self) -> None:
        """The dialog as wide as its widest row needs, up to :data:`WIDEST` cells and the
        screen's 95 % (it stayed 84 wide at 120 and 160 columns); then the rows again, cut to
        the list's width, once it is laid out or resized."""
        width = self._row_width()
        if not self._sized and width:
            self._sized = True
            box = self.query_one(".dialog")
            wanted = min(self._widest() + box.outer_size.width - width, WIDEST)
            if wanted > box.outer_size.width:
                box.styles.width = wanted  # (its layout calls this again: the watch above)
                return
        if width != self._width:
            self.show_rows(self._query)

    def first_focus(self) -> Widget | None:
        return self.query_one("#filter", Input)

    def matching(self, query: str) -> list[int]:
        words = query.casefold().split()
        return [i for i, text in enumerate(self._folded) if all(w in text for w in words)]

    def show_rows(self, query: str) -> None:
        found = self.matching(query)
        self._query, self._width, self._alike = query, self._row_width(), set()
        texts = [self._row(i) for i in found[:SHOWN]]
        if self.one_line:
            texts = self._told_apart(found[:SHOWN], texts)
        options = [
            Option(Content.assemble(shown, (said, "$text-muted")), id=self.rows[i][0])
            for i, (shown, said) in zip(found[:SHOWN], texts, strict=True)
        ]
        rows = self.query_one(f"#{self.rows_id}", OptionList)
        rows.clear_options()
        rows.add_options(options)
        ids = [self.rows[i][0] for i in found[:SHOWN]]
        if options:
            rows.highlighted = ids.index(self.current) if self.current in ids else 0
        counted = {key: count(n, self.lang) for key, n in self.counted(found).items()}
        said = t("picker_count", self.lang, **counted)  # ("1.234 dari 5.678", as status groups)
        self.query_one("#count", Static).update(Content.styled(said, "$text-muted"))

    def _row(
        self,
        i: int,
        least: int = 1,
        share: int = 3,
        telling: tuple[int, bool, int] | None = None,
        fixed: str = "",
    ) -> tuple[str, str]:
        """Row ``i``'s label and its place as shown (``least``, ``share``, ``telling``,
        ``fixed``: :func:`one_line`). A name cut keeps the words that tell it from another that
        begins alike (core.apart) only where it would read as another name's row
        (:attr:`_alike`); else it is cut at its end, its start kept: "Sasaran · S2 ·
        Meningkatnya Kualitas…", where "S2 · …Perekonomian dan Pembangunan" lost its first
        words beside an S1 and an S3 that their codes told apart (edit37)."""
        row_id, label, where = self.rows[i]
        mark = f"  {t('current', self.lang)}" if row_id == self.current else ""
        # cut by whole steps (place), not at 60 characters at its end, which cut the
        # parent's name, the step that says where, and a report id's year
        where, shown = clean_line(where), clean_words(label, 120)
        said = f"  {where}{mark}" if where or mark else ""
        if self._two_lines():
            return self._two_line(i, shown, where, mark, least, telling, fixed)
        if self.one_line:
            kind, dot, rest = shown.partition(" · ")
            if dot and kind.endswith(")") and " (" in kind and self._width < cell_len(shown + said):
                # the kind without its gloss where the row is cut ("Activity · ", as the search
                # shows it: "Activity (Kegiatan) · " took 11 cells of the name's at 80 columns)
                shown = f"{kind[: kind.index(' (')]}{dot}{rest}"
            if dot and self._width < cell_len(shown + said):
                # (the room a place takes at its least: "  di bawah …› Koordinasi…")
                least_place = 2 + cell_len(self.lead + "…› " + _least(self._last_step(where)))
                shown = _short_ref(shown, row_id, self.lang, self._width - least_place)
            start = name_start(shown, self.kinds)
            told = label in self._alike  # (else cut at its end: :meth:`_names_apart`)
            end, own, alike = self._apart.get(shown[start:], (0, True, 0)) if told else (0, 1, 0)
            apart = (start, start + end, bool(own), alike) if end else None
            parent = self._parents.get(self._last_step(where))
            cut = (apart, least, share, parent, telling, fixed, start)
            return one_line(shown, said, self._width, self.lead, *cut)
        if 0 < self._width < cell_len(shown) + cell_len(said):  # on a line of its own
            room = self._width - cell_len(mark)
            said = f"\n{place(where, room, room, self.lead, self.step)}{mark}"
        return shown, said

    def _two_lines(self) -> bool:
        """Whether a one-line picker's rows are too narrow for a name and its place side by
        side (:data:`TWO_LINES`): the place goes on a line of its own."""
        return self.one_line and 0 < self._width < TWO_LINES

    def _two_line(
        self,
        i: int,
        shown: str,
        where: str,
        mark: str,
        least: int = 1,
        telling: tuple[int, bool, int] | None = None,
        fixed: str = "",
    ) -> tuple[str, str]:
        """Row ``i`` as its name on a line (``shown``, cut after a word; ``fixed``: as another
        row of the name shows it) and, under it, its place (``where``, :func:`place`, the
        telling steps kept: ``least``, ``telling``) and ``mark``, each with the row's width:
        "Sub Kegiatan · Pendataan Layanan Administrasi…" over "  di bawah …› Peningkatan
        Kapasitas…", where beside it the name had 2 cells ("Sub Kegiatan ·…")."""
        row_id, width = self.rows[i][0], self._width
        kind, dot, rest = shown.partition(" · ")
        if dot and kind.endswith(")") and " (" in kind and width < cell_len(shown):
            shown = f"{kind[: kind.index(' (')]}{dot}{rest}"  # (its gloss gives way: _row)
        if dot and width < cell_len(shown):
            shown = _short_ref(shown, row_id, self.lang, width)
        if fixed:
            shown = fixed
        else:
            start = name_start(shown, self.kinds)
            told = self.rows[i][1] in self._alike
            end, own, alike = self._apart.get(shown[start:], (0, True, 0)) if told else (0, 1, 0)
            shown = _cut(shown, width, (start, start + end, bool(own), alike) if end else None)
        room = max(width - INDENT - cell_len(mark), 1)
        parent = self._parents.get(self._last_step(where))
        said = place(where, room, room, self.lead, self.step, least, parent, telling)
        return shown, f"\n{' ' * INDENT}{said}{mark}" if said or mark else ""

    def _last_step(self, where: str) -> str:
        """The last step of a place, its parent ("IKU 1" of "di bawah T1 › S1 › IKU 1")."""
        return where.removeprefix(self.lead).rpartition(self.step)[2]

    def _told_apart(self, shown: list[int], texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Rows that read alike shown again: where their names differ, the name given half the
        row ("Peningkatan Kapasitas Kelompok…", "Peningkatan Kapasitas Kegiatan…", which both
        read "Peningkatan…"); where only their places do, the step that tells them apart kept
        (the same-named program under IKU 3 and under IKU 4, "di bawah …› Program…" on both)
        with the room of the name's last words. A row shown anew may read as another row: so
        again, three rounds at most. Names whose rows still read alike are cut, once more
        from the start, keeping the words that tell them apart (:meth:`_row`); twice, then
        every name (its rows read apart as well as they can)."""
        told = self._told_once(shown, texts)
        for step in range(3):
            seen: dict[tuple[str, str], int] = {}
            for text in told:
                seen[text] = seen.get(text, 0) + 1
            more = {self.rows[i][1] for i, text in zip(shown, told, strict=True) if seen[text] > 1}
            if step == 2 or not more - self._alike:  # (at the last step, every name)
                more = {self.rows[i][1] for i in shown} if more else set()
            if not more - self._alike:
                break
            self._alike |= more
            told = self._told_once(shown, [self._row(i) for i in shown])
        # (a name on a line of its own keeps the row's width: no place to give it room)
        return told if self._two_lines() else self._names_first(shown, told)

    def _names_first(self, shown: list[int], texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Names still cut within a word (the letters that tell one from a name that begins
        alike, "Fasilitasi Lap…") given that word whole, the place cut to the rest down to its
        parent's first word: "Fasilitasi Laporan…  di bawah …› Pendataan…", which read
        "Fasilitasi Lap…  di bawah …› Pendataan Layanan…" (edit41); else cut before that word,
        the place given the room. The rows of a name so cut alike, and only where no row then
        reads as another. Linear."""
        seen: dict[tuple[str, str], int] = {}
        for text in texts:
            seen[text] = seen.get(text, 0) + 1
        texts = list(texts)
        for rows in self._cut_alike(shown, texts):
            label = self.rows[shown[rows[0]]][1]
            group = [n for n in rows if not _at_word(texts[n][0], label)]  # (cut within a word)
            if not group or any(self.rows[shown[n]][0] == self.current for n in group):
                continue
            # together (one name cut one way), else each row on its own
            if not self._name_first(group, shown, texts, seen) and len(group) > 1:
                for n in group:
                    self._name_first([n], shown, texts, seen)
        return texts

    def _name_first(
        self,
        group: list[int],
        shown: list[int],
        texts: list[tuple[str, str]],
        seen: dict[tuple[str, str], int],
    ) -> bool:
        """:meth:`_names_first` of the rows ``group`` (of one name): whether they were cut
        anew (``texts`` and the count of each text, ``seen``, changed with them)."""
        label = self.rows[shown[group[0]]][1]
        name = max({texts[n][0] for n in group}, key=cell_len)
        parents = [self._last_step(clean_line(self.rows[shown[n]][2])) for n in group]
        # their parents cut as the picker's parents are, else to the words that tell them
        # from each other ("…› …Ruas…" beside "…› …Data…", both "Pendataan …"), else the name
        # cut before its word
        mine = shared_words(parents) if len(group) > 1 else {}
        word, before = _word_end(name, label), _word_cut(name, label)
        for whole, apart in ((word, self._parents), (word, mine), (before, self._parents)):
            start = name_start(whole, self.kinds)
            if whole == name or not whole[start:].strip(" ·…") or (not apart and apart is mine):
                continue
            again = [
                self._place_beside(whole, shown[n], apart.get(p))
                for n, p in zip(group, parents, strict=True)
            ]
            now = {texts[n] for n in group}
            if any(text is None or seen.get(text, 0) > (text in now) for text in again):
                continue  # (a row that would read as another)
            if len(set(again)) < len(group):
                continue
            for n, text in zip(group, again, strict=True):
                assert text is not None
                seen[texts[n]] -= 1
                seen[text] = seen.get(text, 0) + 1
                texts[n] = text
            return True
        return False

    def _place_beside(
        self, name: str, i: int, parent: tuple[int, bool, int] | None
    ) -> tuple[str, str] | None:
        """Row ``i`` as ``name`` and its place in the rest of the row (``parent``: the words its
        parent begins with as another's does, :func:`place`'s ``apart``), None where the place
        would not keep its parent's first word (:meth:`_names_first`)."""
        core = clean_line(self.rows[i][2])
        rest = self._width - cell_len(name) - 2
        frame = _frame(core, self.lead)[0] or cell_len(self.lead)
        last = self._last_step(core)
        said = place(core, rest, rest, self.lead, apart=parent)
        if rest < frame + cell_len(_least(last)):
            # short of its parent's first word: the words that tell the parent from another
            # whole ("…› …Dokumen…" beside "…› …Puskesmas…"), else no place
            told = self._last_step(said)
            if parent is None or cell_len(said) > rest or not told.strip("…"):
                return None
            if not _at_word(told, last):
                return None
        return name, f"  {said}"

    def _told_once(self, shown: list[int], texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """:meth:`_told_apart`'s rounds."""
        texts = self._names_apart(shown, texts)
        texts, leasts, tells = list(texts), [1] * len(texts), [""] * len(texts)
        tellings: list[tuple[int, bool, int] | None] = [None] * len(texts)
        for _ in range(4):
            alike: dict[tuple[str, str], list[int]] = {}
            for n, text in enumerate(texts):
                alike.setdefault(text, []).append(n)
            groups = [group for group in alike.values() if len(group) > 1]
            for group in groups:
                wheres = [clean_line(self.rows[shown[n]][2]) for n in group]
                if len({self.rows[shown[n]][1] for n in group}) > 1:
                    for n in group:
                        tells[n] = "".join(sorted(set(tells[n] + "n")))
                elif len(set(wheres)) > 1:
                    for n, least in zip(group, telling_steps(wheres, self.step), strict=True):
                        leasts[n] = max(leasts[n], least)
                        tells[n] = "".join(sorted(set(tells[n] + "p")))
                    # the words the telling steps begin with alike ("Program Pengelolaan ")
                    paths = [w.split(self.step) for w in wheres]
                    firsts = [p[-min(leasts[n], len(p))] for n, p in zip(group, paths, strict=True)]
                    said = shared_words(firsts)
                    for n, first in zip(group, firsts, strict=True):
                        tellings[n] = said.get(first)
                for n in group:
                    share = {"n": 2, "p": 6}.get(tells[n], 3)
                    texts[n] = self._row(shown[n], leasts[n], share, tellings[n])
            if not groups:
                break
        for group in self._cut_alike(shown, texts):  # same names cut the same way
            label = self.rows[shown[group[0]]][1]
            widest = max({texts[n][0] for n in group}, key=cell_len)
            # after the last whole word, else after the word cut ("Fasilitasi Usaha…  di bawah
            # …› Pengelolaan…", which read "Fasilitasi U…  di bawah …› Pengelolaan Layanan…")
            for best in (_word_cut(widest, label), _word_end(widest, label)):
                again = list(texts)
                fixed = best
                for _ in range(2):
                    for n in group:
                        share = {"n": 2, "p": 6}.get(tells[n], 3)
                        again[n] = self._row(shown[n], leasts[n], share, tellings[n], fixed)
                    # a row whose place took a word of it (its "…› " and its parent's first
                    # word, one_line): every row of the name cut there, alike
                    fewest = min((again[n][0] for n in group), key=cell_len)
                    if fewest == fixed or not fixed.startswith(fewest.rstrip("…")):
                        break
                    fixed = fewest
                mine = set(group)
                others = {text for n, text in enumerate(texts) if n not in mine}
                told = {again[n] for n in group}
                if len(told) == len({texts[n] for n in group}) and not told & others:
                    texts = again  # (not where that would make two rows read alike)
                    if all(_at_word(texts[n][0], label) for n in group):
                        break
        return texts

    def _names_apart(self, shown: list[int], texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """The rows cut at their names' end (:meth:`_row`) again where a name cut reads as
        another's (whatever their kodes: S1's and S2's "Meningkatnya Kebijakan di bidang…"):
        every row of those names keeps the words that tell them apart ("Meningkatnya…
        Pemerintahan dan…"); again where that makes a name read as another's, three rounds at
        most. Linear."""
        texts = list(texts)
        for _ in range(3):
            alike: dict[str, set[str]] = {}
            for n, (label, _) in enumerate(texts):
                name = label[name_start(label, self.kinds) :]  # (after its kind and kode)
                alike.setdefault(name, set()).add(self.rows[shown[n]][1])
            more = {x for labels in alike.values() if len(labels) > 1 for x in labels}
            more -= self._alike
            if not more:
                break
            self._alike |= more
            for n, i in enumerate(shown):
                if self.rows[i][1] in more:
                    texts[n] = self._row(i)
        return texts

    def _cut_alike(self, shown: list[int], texts: list[tuple[str, str]]) -> list[list[int]]:
        """The rows of one name whose names are cut differently ("Pemeliharaan Laya…" beside
        "Pemeliharaan Layanan…" at 120 columns: two names, it read), or within a word (core.apart
        shows the letters that tell a name from another that begins alike, "Sub Kegiatan ·
        Pemeliharaan Kelompo…" on a row of its own at 80 columns: cut after a word instead where
        no row then reads as another, the place given the rest). Linear."""
        same: dict[str, list[int]] = {}
        for n, i in enumerate(shown):
            same.setdefault(self.rows[i][1], []).append(n)
        return [
            g
            for g in same.values()
            if len({texts[n][0] for n in g}) > 1
            or not _at_word(texts[g[0]][0], self.rows[shown[g[0]]][1])
        ]

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
