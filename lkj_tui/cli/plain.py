"""Plain styled lines for the terminal, wrapped by hand: what ``lkj-tui check`` prints with.

rich lays out a ``Table`` by measuring and wrapping every cell through its renderable pipeline;
for the findings of a report, which are lines with a hanging indent, that was ≈ 60 % of
``check``'s time (docs/performance.md, "check (issue 17, second pass)"). Here a line is a list of
pieces (text, style), broken at spaces into lines of at most ``width`` terminal cells, with SGR
colour sequences only when the console is a terminal (rich decides that: ``FORCE_COLOR``,
``NO_COLOR``, ``TERM=dumb``). The text must already be clean (``clean_line``); the stream it is
written to is the CLI's ``SafeStream`` (cli/output.py) all the same. Linear in the text's length.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from rich.cells import cell_len, get_character_cell_size, set_cell_size

if TYPE_CHECKING:
    from rich.console import Console

    from lkj_tui.cli.output import Terminal

Piece = tuple[str, str]  # text, style name ("" for none)

#: SGR parameters of each style name: (without colour, with colour).
_STYLES = {
    "bold": ("1", "1"),
    "dim": ("2", "2"),
    "red": ("", "31"),
    "bold red": ("1", "1;31"),
    "yellow": ("", "33"),
    "bold yellow": ("1", "1;33"),
    "cyan": ("", "36"),
    "bold cyan": ("1", "1;36"),
    "green": ("", "32"),
    "bold green": ("1", "1;32"),
    "magenta": ("", "35"),
    "bold magenta": ("1", "1;35"),
    "dark_orange": ("", "91"),
}
#: Colours rich writes as one of 256 on a terminal that has them (``TERM=*-256color``, truecolor).
_EIGHT_BIT = {"dark_orange": "38;5;208"}
#: A word. (This and the patterns marked "on first use" below: compiled by ``re``'s cache when
#: first used, not at import, which every command pays.)
_WORD = r"\S+"
#: A number and its unit "%" wrap as one word ("107,35 %" never breaks into "107,35" and "%"): the
#: space before a "%" is made ``UNIT_GLUE`` (one cell, not a space) in the text that the breaks
#: are looked for in; what is printed keeps the space. (A "%" is never a word of its own.)
UNIT_GLUE = "~"


#: A value's sign and its number wrap as one word too: "≥ 3,51", "3 ± 1", "< 60 %" (``check`` read
#: "target 3" over "± 1" at 80 columns: edit49). Linear: one character before or after a space.
_SIGNED = re.compile(r"(?<=[±≥≤<>]) (?=[-\d])|(?<=\d) (?=±)")


def glue_units(plain: str) -> str:
    """``plain`` as it is broken into lines: the space before each "%", and beside a value's
    sign (:func:`glue_signs`), glued (same length, same cells). Linear."""
    return glue_signs(plain.replace(" %", UNIT_GLUE + "%"))


#: The same signs as an output that is not UTF-8 writes them (``output.FALLBACK``): "3 +/- 1",
#: ">= 3,51", "<= 5" (``set`` read "Target 3" over "+/- 1" on a cp1252 console: vals50), and a
#: formula's minus "−" written "-" with what it takes away, "- 63,20)", "- |63,20": a line that
#: ended "(2 x 60,24 -" read as a hyphen (``calc``, ``set``'s Rumus: vals55). (On first use.)
_SIGNED_ASCII = r"(?<=[<>]=) (?=[-\d])|(?<=\+/-) (?=[-\d])|(?<=\d) (?=\+/-)|(?<= -) (?=[\d(|])"


def glue_signs(plain: str, glue: str = UNIT_GLUE, written: bool = False) -> str:
    """``plain`` with the spaces beside a value's sign (:data:`_SIGNED`) made ``glue``;
    ``written``: ``plain`` as an output that is not UTF-8 writes it, its signs' ASCII forms
    (:data:`_SIGNED_ASCII`) glued too. Linear."""
    if written and ("+/- " in plain or "= " in plain or " - " in plain):
        plain = re.sub(_SIGNED_ASCII, glue, plain)
    if "± " in plain or "≥ " in plain or "≤ " in plain or "< " in plain or "> " in plain:
        return _SIGNED.sub(glue, plain)
    return plain


#: A part in curly quotes (a value or a name a message quotes: “0 Temuan”): no quote inside, no
#: line break. Linear: an opening quote ends the class, so each character is scanned once.
#: (Compiled on first use, by ``re``'s cache: a line without a quote never needs it.)
_CURLY = "“[^“”\n]*”"


def glue_quoted(plain: str, room: int, wide: list[str] | None = None) -> str:
    """``plain`` as it is broken into lines: the spaces of each part in curly quotes that fits
    ``room`` cells glued (same length, same cells), so that it is never broken ("“0" / "Temuan”");
    a longer one is broken between its words as any text. ``wide``: each longer part that is a
    value cut with its length ("“99999… (200 digit)”", ``core.longvalue.quoted``) appended, to
    be cut shorter to the line rather than broken before its length. Linear."""

    def glued(quoted: re.Match[str]) -> str:
        part = quoted[0]
        if cells(part) <= room:
            return part.replace(" ", UNIT_GLUE)
        if wide is not None and part.endswith(")”") and ("… (" in part or "... (" in part):
            wide.append(part)
        return part

    return re.sub(_CURLY, glued, plain)


def cells(text: str) -> int:
    """The terminal cells ``text`` takes (rich's measure; printable ASCII is one a character)."""
    return len(text) if text.isascii() else cell_len(text)


class Painter:
    """Turns pieces into text: with SGR sequences on a terminal that shows styles, else plain."""

    def __init__(self, console: Console | Terminal, lang: str = "id") -> None:
        from lkj_tui.cli.output import fallback_table

        self.width = max(console.width, 20)
        self.lang = lang  # (the words of a value cut to a line: "(130.000 digit)")
        self.styled = console.color_system is not None and not console.is_dumb_terminal
        self.colour = 0 if console.no_color else 1
        self.eight_bit = console.color_system in ("256", "truecolor")
        #: On an output that is not UTF-8 the symbols are written as ASCII (cli/output.py): the
        #: text is laid out as it will be written, so "->" takes its two cells in a line's room.
        self.encoding = getattr(console, "encoding", None) or "utf-8"
        self.ascii = fallback_table(self.encoding)
        #: Between the parts of a line (totals, a card's figures): " · ", or on an output that is
        #: not UTF-8 " | ", where the "·" would be written "-" and "23 kesalahan - 19 peringatan"
        #: read as a subtraction, "Capaian 82,86 % v - Tinggi" as a negative rating.
        self.sep = " | " if self.ascii is not None else " · "
        #: Written to a terminal (which wraps a line wider than it anywhere, at column 0), not to
        #: a pipe or a file (where a report id stays whole on its line, to grep and copy).
        self.terminal: bool = console.is_terminal

    def narrow(self, pieces: Sequence[Piece], in_table: bool = False) -> Sequence[Piece]:
        """``pieces`` as they are written on this output: when not UTF-8, its symbols as ASCII
        and what it cannot hold as ``\\uXXXX`` (:func:`~lkj_tui.cli.output.as_written`;
        ``in_table``: a table's cell)."""
        if self.ascii is None:
            return pieces
        from lkj_tui.cli.output import as_written

        enc = self.encoding
        return [(as_written(text, self.ascii, enc, in_table), style) for text, style in pieces]

    def paint(self, text: str, style: str) -> str:
        if not style or not self.styled or not text:
            return text
        sgr = _STYLES[style][self.colour]
        if self.colour and self.eight_bit:
            sgr = _EIGHT_BIT.get(style, sgr)
        return f"\x1b[{sgr}m{text}\x1b[0m" if sgr else text

    def lines(
        self,
        pieces: Sequence[Piece],
        indent: int = 0,
        prefix: Sequence[Piece] = (),
        whole: Sequence[str] = (),
        width: int | None = None,
        codes: bool = False,
        values: bool = False,
        seps: str = "",
    ) -> list[str]:
        """``pieces`` as lines of at most ``width`` cells (the console's): the first after
        ``prefix``, the others after ``indent`` spaces (the prefix should be ``indent`` cells
        wide). ``whole``: parts of the text never broken inside ("1.840 catatan (·)",
        "lkj-tui resolve -r ID"; the longest first), unless one is wider than a line.
        ``codes``: an IKU's or indikator lainnya's kode never broken after its "IKU"/"IKL"
        ("IKL 1", "(IKU 4 › …", "(IKU 1, IKU 2, …)": ``check``'s findings). ``values``: a word
        wider than a line is a value quoted, cut with its length as a long number is ("Tercapai…
        (200 karakter)", ``check``'s findings: it was folded over three lines). ``seps``: the
        characters after which a word wider than a line is broken where one falls in its line's
        last two thirds (a path, an address, a report id: ``wrap``), never cut as a number."""
        width = self.width if width is None else width
        glued = "".join([text for text, _ in pieces])
        ran = ""
        if "lkj-tui" in glued:  # (a command to type: as the program was run, python -m lkj_tui)
            from lkj_tui.core.shell import RUN, as_run

            if RUN is not None:
                pieces, whole = [(as_run(t), s) for t, s in pieces], [as_run(w) for w in whole]
                glued, ran = "".join([text for text, _ in pieces]), RUN
        for part in sorted(whole, key=len, reverse=True):  # (each: one replace, as the units')
            glued = glued.replace(part, part.replace(" ", UNIT_GLUE))
        # a capaian's under-target mark with its figure ("88,51 % ▼"): glued before the symbols
        # are written as ASCII (on cp1252 "▼" is "v", a word like any other)
        glued = glue_units(glued).replace(" ▼", UNIT_GLUE + "▼")
        if "lkj-tui " in glued:  # the program with its command's name: "(lkj-tui" / "restore
            glued = re.sub(_PROGRAM, "lkj-tui" + UNIT_GLUE, glued)  # cannot help)" at 40: words50
        if ran:  # (and "python -m lkj_tui" with it)
            glued = glued.replace(ran + " ", ran.replace(" ", UNIT_GLUE) + UNIT_GLUE)
        if codes and "IK" in glued:  # (two C passes: no regex, no loop)
            glued = glued.replace("IKU ", "IKU" + UNIT_GLUE).replace("IKL ", "IKL" + UNIT_GLUE)
        if "“" in glued:  # a quoted value that fits a line kept whole ("“0 Temuan”")
            wide: list[str] = []
            glued = glue_quoted(glued, max(width - indent, 8), wide)
            if wide:  # (rare) one cut with its length, wider than the line: its start shorter
                from lkj_tui.core.longvalue import clip_long

                room, made = max(width - indent, 8), []
                shorter = [
                    (clip_long(text, room, self.lang, made=made, cells=cells, again=True), s)
                    for text, s in pieces
                ]
                if made and shorter != list(pieces):  # (once: a cut as short as it goes stays)
                    return self.lines(
                        shorter, indent, prefix, [*whole, *made], width, codes, seps=seps
                    )
        if self.ascii is not None:  # (laid out as written: "→" takes the two cells of "->")
            pieces, prefix = self.narrow(pieces), self.narrow(prefix)
            glued = self.narrow([(glued, "")])[0][0]  # (character by character: glue kept)
            glued = glue_signs(glued, UNIT_GLUE, True)  # (and a minus, now "-", with its number)
        first = width - sum([cells(text) for text, _ in prefix])
        cut: list[int] = []  # (a word wider than a line: rare; a number there is cut once)
        spans = wrap(glued, max(width - indent, 8), max(first, 8), cut, seps)
        if cut and seps:  # (a held space a wide part was broken after: not left at its line's
            text = "".join([text for text, _ in pieces])  # end, vals59)
            spans = [
                (b, e - 1) if text[e - 1 : e] == " " and e - 1 > b else (b, e) for b, e in spans
            ]
        if cut and not seps:  # (a path, an address, an id wider than a line is broken, never
            # cut as a number: "/srv/1111… (495 digit" / ")" beside its "(dipotong: …)", paths57)
            from lkj_tui.core.longvalue import clip_long, clip_value  # (rare: not every line)

            room, dots = max(width - indent, 8), "…" if self.ascii is None else "..."
            made: list[str] = []  # (each cut value whole on its line: "999… (200 digit)")
            clip = clip_value if values else clip_long
            clipped = [
                (clip(text, room, self.lang, dots, made=made, cells=cells), s) for text, s in pieces
            ]
            if made:
                return self.lines(clipped, indent, prefix, [*whole, *made], width, codes, seps=seps)
        out: list[str] = []
        at, index = 0, 0  # the piece ``index`` starts at plain[at]
        for n, (begin, end) in enumerate(spans):
            line = [self.paint(text, style) for text, style in prefix] if n == 0 else [" " * indent]
            for text, style in pieces[index:]:
                start, stop = at, at + len(text)
                if stop > begin:  # the part of this piece on the line
                    line.append(self.paint(text[max(begin - start, 0) : end - start], style))
                if stop >= end:
                    break
                at, index = stop, index + 1
            out.append("".join(line))
        return out or ["".join(self.paint(text, style) for text, style in prefix).rstrip()]


#: Where a path, an address or a report id wider than a line is broken (:func:`wrap`'s ``seps``):
#: after one of these.
PATH_SEPS = "/\\-_"
#: "lkj-tui" before its command's name ("lkj-tui restore"): the space between them never broken,
#: as a sentence names a command. Linear.
_PROGRAM = r"lkj-tui (?=[a-z])"  # (compiled on first use)


def wrap(
    plain: str,
    width: int,
    first: int | None = None,
    cut: list[int] | None = None,
    seps: str = "",
) -> list[tuple[int, int]]:
    """Where ``plain`` (one line) breaks into lines of at most ``width`` cells (``first`` for the
    first line): (start, end) of each, broken at spaces (dropped at a break); a word wider than a
    line is cut (its start added to ``cut``, when given), after the last of ``seps`` in the
    line's last two thirds where there is one ("https://git.kab.go.id/" / "bappeda/lkj.git",
    not "…go.id/bap" / "peda…"; rich cuts where the cells end, as ``seps=""`` does). Linear."""
    if not _one_cell(plain):
        return _wrap_words(plain, width, first, cut, seps)
    # A cell a character (the usual line): each line ends at the last space within its room.
    out: list[tuple[int, int]] = []
    at, end = len(plain) - len(plain.lstrip(" ")), len(plain.rstrip(" "))
    room = width if first is None else first
    while at < end:
        if at + room >= end:  # the rest fits
            out.append((at, end))
            break
        space = plain.rfind(" ", at, at + room + 1)
        if seps and space >= 0 and at + room - space > 8:  # (a path, an id: words50)
            stop = plain.find(" ", space + 1, end)
            stop = end if stop < 0 else stop
            if stop - space - 1 > width:  # wider than any line, cut anyway: begun on this
                # one where it breaks after a separator, not "unreadable:" alone over it
                left = at + room - space - 1
                last = _after_sep(plain, space + 1, at + room, left, seps, stop)
                # (a piece that fills half the room at least: not "https://" ending a line)
                if plain[last - 1] in seps and last - space - 1 >= max(12, left // 2):
                    out.append((at, last))
                    at, room = last, width
                    continue
        if space < 0:  # a word longer than a line: cut it into lines
            stop = plain.find(" ", at, end)
            if cut is not None:
                cut.append(at)
            at, room = _cut(plain, at, end if stop < 0 else stop, room, width, out, seps), width
            continue
        stop = space
        while plain[stop - 1] == " ":
            stop -= 1
        out.append((at, stop))
        at, room = space + 1, width
        while plain[at] == " ":
            at += 1
    return out


def _one_cell(text: str) -> bool:
    """Whether every character of ``text`` takes one cell and its only space is " " (printable:
    no other space, no control character, no zero-width joiner)."""
    if not text.isprintable():
        return False
    return text.isascii() or all(
        get_character_cell_size(c) == 1 for c in set(_ASCII_RUNS.sub("", text))
    )


#: Runs of ASCII, removed in one C pass: what is left are the characters to measure (a set of every
#: character of the line, then its difference with ASCII's, cost more; docs/performance.md, "render7").
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


def _wrap_words(
    plain: str, width: int, first: int | None, cut: list[int] | None = None, seps: str = ""
) -> list[tuple[int, int]]:
    """:func:`wrap` word by word: any character, any space."""
    out: list[tuple[int, int]] = []
    start = end = used = -1
    room = width if first is None else first
    for match in re.finditer(_WORD, plain):
        begin, stop = match.span()
        size = cells(match.group())
        if start >= 0:
            gap = begin - end  # the spaces between the words (ASCII: clean_line folds the rest)
            if used + gap + size <= room:
                used, end = used + gap + size, stop
                continue
            out.append((start, end))
            room = width
        if size > room:  # a word longer than a line: cut it into lines
            if cut is not None:
                cut.append(begin)
            begin = _cut(plain, begin, stop, room, width, out, seps)
            size = cells(plain[begin:stop])
            room = width
        start, end, used = begin, stop, size
    if start >= 0:
        out.append((start, end))
    return out


def _cut(
    plain: str,
    begin: int,
    stop: int,
    room: int,
    width: int,
    out: list[tuple[int, int]],
    seps: str = "",
) -> int:
    """Lines from ``plain[begin:stop]`` added to ``out`` (the first of at most ``room`` cells,
    the others ``width``) while more than a line is left; returns where the rest begins. A line
    ends after the last of ``seps`` in its last two thirds where there is one (:func:`wrap`)."""
    word = plain[begin:stop]
    if word.isascii():
        while stop - begin > room:
            out.append(
                (begin, end := _after_sep(plain, begin, begin + room, room, seps, stop, width))
            )
            begin, room = end, width
        return begin
    sizes = [get_character_cell_size(c) for c in word]
    base = begin  # (where ``sizes`` starts in ``plain``)
    left = sum(sizes)  # the cells from ``begin`` to the word's end
    used = 0  # the cells from ``begin`` to the character at hand
    for at, size in enumerate(sizes, start=begin):
        if left <= room:
            break
        if used + size > room:
            end = _after_sep(plain, begin, at, at - begin, seps, stop, width)
            line = sum(sizes[begin - base : end - base])
            out.append((begin, end))
            begin, left, used, room = end, left - line, used - line, width
        used += size
    return begin


def _after_sep(
    plain: str, begin: int, end: int, span: int, seps: str, stop: int = -1, width: int = 0
) -> int:
    """Where a line of ``plain[begin:end]`` (``span`` characters) cut from a word ending at
    ``stop`` ends: after the last of ``seps`` in its last two thirds, else after the last space
    held there (:data:`UNIT_GLUE`: the word's, a path's with spaces), else at ``end``; after
    the one before it where the word's rest would be one short piece alone on the next line
    (:data:`~lkj_tui.core.shell.SHORT_PIECE`) and the two fit its ``width``:
    "…-masyarakat-dan-" / "desa-2025", not "…-dan-desa-" / "2025" at 60 columns (a year read
    apart from its id)."""
    if not seps:
        return end
    low = begin + span // 3
    at = max(plain.rfind(sep, low, end) for sep in seps)
    if at < 0:  # (no "/": after a space held in the word, a path's or an address's, never
        # mid-word, "bengku" / "lu" at 40 columns: vals59; the caller drops it at the break)
        at = plain.rfind(UNIT_GLUE, low, end)
        return end if at < 0 else at + 1
    from lkj_tui.core.shell import SHORT_PIECE

    if 0 < stop - at - 1 <= SHORT_PIECE and not any(sep in plain[at + 1 : stop] for sep in seps):
        before = max(plain.rfind(sep, low, at) for sep in seps)
        if before >= 0 and cells(plain[before + 1 : stop]) <= width:
            return before + 1
    return at + 1


#: What :func:`fit` leaves out of a cell: the zero-width joiner and variation selector 16.
_JOINERS = str.maketrans("", "", "\u200d\ufe0f")


def fit(
    text: str, width: int, right: bool = False, middle: bool = False, ellipsis: str = "…"
) -> str:
    """``text`` cut (with ``ellipsis``) or padded to exactly ``width`` cells. ``middle``: cut out
    of the middle, keeping the end, where report ids differ ("bengkulu-…-kesehatan-2025").
    Zero-width joiners and variation selectors are left out: rich measures a joiner as taking the
    character after it, so a joiner at the end of a cell would swallow its padding or its "…"."""
    if not text.isascii():
        text = text.translate(_JOINERS)
    size = cells(text)
    if size > width:
        n = cells(ellipsis)
        if middle and width >= 8:
            head = set_cell_size(text, (width - n) // 3)
            tail = _tail(text, width - n - cells(head))
            return head + " " * (width - n - cells(head) - cells(tail)) + ellipsis + tail
        return set_cell_size(text, width - n) + ellipsis
    pad = " " * (width - size)
    return pad + text if right else text + pad


def _tail(text: str, width: int) -> str:
    """The longest end of ``text`` that takes at most ``width`` cells."""
    used, at = 0, len(text)
    while at > 0 and used + (size := get_character_cell_size(text[at - 1])) <= width:
        used, at = used + size, at - 1
    return text[at:]


#: A text column of :func:`table` is not cut below this many cells.
NARROWEST = 12
#: A listing (:func:`table` with ``under``) whose text column would get fewer cells than this is
#: printed as cards (:func:`_cards`): a name broken into a word a line reads badly.
CARD_BELOW = 28


def table(
    painter: Painter,
    headers: Sequence[str],
    rows: Sequence[Sequence[Piece]],
    right: Sequence[bool],
    under: int | None = None,
    card: Callable[[Sequence[Piece]], list[Piece]] | None = None,
    measure: Sequence[Sequence[Piece]] | None = None,
    cut: Callable[[str, int], str | None] | None = None,
) -> list[str]:
    """A plain aligned table: a bold header, a rule, one line a row (cells of one line each, the
    columns ``right`` aligned to the right). When it is wider than the console the widest text
    column (not ``right``) is cut first, none below :data:`NARROWEST` cells. ``under``: a column that, when the table is
    wider than the console, is printed whole on a line under each row instead (a report id, to be
    typed again), the other text columns then broken at words (:func:`_stacked`). ``card``: the
    figures of a row (its ``right`` cells) as a line of words ("2024 · 15 IKU · …"), for a
    console too narrow for the columns (:func:`_cards`). ``measure``: the rows the columns are
    measured on, when ``rows`` is one of several groups laid out alike (every year's reports
    under their year's heading: one layout, one set of widths, for all; default ``rows``).
    ``cut``: with ``under``, a text cell wider than its column cut to one line (the cell and
    the width → the cut, with "…"; None: broken at words as without it)."""
    ellipsis = "…"
    if painter.ascii is not None:  # (laid out as written: the cut's "..." within the column)
        headers = [h.translate(painter.ascii) for h in headers]
        rows = [painter.narrow(row, in_table=True) for row in rows]
        measure = (
            None if measure is None else [painter.narrow(row, in_table=True) for row in measure]
        )
        ellipsis = ellipsis.translate(painter.ascii)
    measure = rows if measure is None else measure
    figures = [max((cells(r[i][0]) for r in measure), default=0) for i in range(len(headers))]
    widths = [max(cells(h), f) for h, f in zip(headers, figures, strict=True)]
    gap = "  "
    excess = sum(widths) + len(gap) * (len(widths) - 1) - painter.width
    if under is not None and excess > 0:
        return _stacked(painter, headers, rows, right, widths, under, card, cut, ellipsis, figures)
    heads = _folded(headers, widths, right, figures, excess)
    _narrow(widths, right, sum(widths) + len(gap) * (len(widths) - 1) - painter.width)
    out = _head(painter, heads, widths, right, range(len(headers)))
    out.append(painter.paint("─" * min(cells(out[-1]), painter.width), "dim"))
    for row in rows:
        line = gap.join(
            painter.paint(fit(text, w, r, ellipsis=ellipsis), style)
            for (text, style), w, r in zip(row, widths, right, strict=True)
        )
        out.append(line.rstrip())
    return out


def _folded(
    headers: Sequence[str],
    widths: list[int],
    right: Sequence[bool],
    figures: Sequence[int],
    excess: int,
) -> list[list[str]]:
    """Each header as the lines it is printed on: one, or where the table is ``excess`` cells
    wider than the console, a figures' header wider than its figures broken at its spaces
    onto two lines over them ("Di bawah" / "target" over counts of two digits: at 80 columns
    "Di bawah target" took 15 cells and the instansi 31, one short of "Sekretariat
    Daerah…Rejang Lebong", years41), the header that gives most first, till the table fits;
    ``widths`` made as narrow as those headers' lines and figures."""
    heads = [[h] for h in headers]
    gains: list[tuple[int, int, list[str]]] = []
    for i, (h, r) in enumerate(zip(headers, right, strict=True)):
        if not r or " " not in h:
            continue
        at = min((n for n, c in enumerate(h) if c == " "), key=lambda n: abs(2 * n - len(h)))
        lines = [h[:at], h[at + 1 :]]  # (at the space nearest its middle)
        narrow = max(figures[i], *map(cells, lines))
        if narrow < widths[i]:
            gains.append((widths[i] - narrow, i, lines))
    for gain, i, lines in sorted(gains, key=lambda g: -g[0]):
        if excess <= 0:
            break
        heads[i] = lines
        widths[i] -= gain
        excess -= gain
    return heads


def _head(
    painter: Painter,
    heads: Sequence[Sequence[str]],
    widths: Sequence[int],
    right: Sequence[bool],
    columns: Sequence[int],
) -> list[str]:
    """The header's lines (bold): each column's lines (:func:`_folded`) at its foot, the
    columns ``columns`` of ``heads`` in ``widths``."""
    gap = "  "
    height = max(len(heads[i]) for i in columns)
    out = []
    for n in range(height):
        line = gap.join(
            fit(
                heads[i][n - height + len(heads[i])] if n >= height - len(heads[i]) else "",
                w,
                right[i],
            )
            for i, w in zip(columns, widths, strict=True)
        )
        out.append(painter.paint(line.rstrip(), "bold"))
    return out


def _narrow(widths: list[int], right: Sequence[bool], excess: int) -> None:
    """``widths`` made ``excess`` cells narrower: the widest text column (not ``right``) first,
    none below :data:`NARROWEST` cells."""
    text = [i for i, r in enumerate(right) if not r]
    while excess > 0 and text:
        wide = max(text, key=lambda i: widths[i])
        if widths[wide] <= NARROWEST:
            break
        others = max((widths[i] for i in text if i != wide), default=NARROWEST)
        cut = min(excess, widths[wide] - NARROWEST, max(1, widths[wide] - others))
        widths[wide] -= cut
        excess -= cut


def _stacked(
    painter: Painter,
    headers: Sequence[str],
    rows: Sequence[Sequence[Piece]],
    right: Sequence[bool],
    widths: list[int],
    under: int,
    card: Callable[[Sequence[Piece]], list[Piece]] | None = None,
    cut: Callable[[str, int], str | None] | None = None,
    ellipsis: str = "…",
    figures: Sequence[int] = (),
) -> list[str]:
    """:func:`table` when it is wider than the console: the column ``under`` whole on a line of
    its own under each row (indented two cells; never folded, so it can be copied whole: wider
    than the console only when the id itself is), its header under the others'; the other text
    columns broken at words onto more lines (a word wider than its column folded), or cut to
    one line by ``cut`` (its "…" written ``ellipsis``); a figures' header wider than its
    figures on two lines first (:func:`_folded`; ``figures``: each column's widest cell).
    When a text column would get fewer than :data:`CARD_BELOW` cells and ``card`` is given, the
    rows are cards instead (:func:`_cards`)."""
    keep = [i for i in range(len(headers)) if i != under]
    width = [widths[i] for i in keep]
    gap = "  "
    kept_right = [right[i] for i in keep]
    heads = _folded(
        [headers[i] for i in keep],
        width,
        kept_right,
        [figures[i] for i in keep] if figures else width,
        sum(width) + len(gap) * (len(keep) - 1) - painter.width,
    )
    _narrow(width, kept_right, sum(width) + len(gap) * (len(keep) - 1) - painter.width)
    if card is not None and any(
        w < CARD_BELOW for i, w in zip(keep, width, strict=True) if not right[i]
    ):
        return _cards(painter, rows, right, under, card)
    out = _head(painter, heads, width, kept_right, range(len(keep)))
    rule = min(cells(out[-1]), painter.width)  # (the last line: the widest, its first column)
    out.append(painter.paint("  " + headers[under], "bold"))
    out.append(painter.paint("─" * rule, "dim"))
    for row in rows:
        drawn: list[list[str]] = []
        for i, w in zip(keep, width, strict=True):
            text = row[i][0]
            short = None
            if cut is not None and not right[i] and cells(text) > w:
                short = cut(text, w - 2 * (cells(ellipsis) - 1))  # (room for "..." twice)
            if right[i] or cells(text) <= w:
                drawn.append([fit(text, w, right[i])])
            elif short is not None:
                drawn.append([fit(short.replace("…", ellipsis), w)])
            else:
                drawn.append([fit(text[a:b], w) for a, b in wrap(text, w)] or [" " * w])
        for n in range(max(len(c) for c in drawn)):
            line = gap.join(
                painter.paint(c[n] if n < len(c) else " " * w, row[i][1] if n < len(c) else "")
                for c, i, w in zip(drawn, keep, width, strict=True)
            )
            out.append(line.rstrip())
        out += _under(painter, row[under])
    return out


def _under(painter: Painter, piece: Piece) -> list[str]:
    """A row's column ``under`` (its report id) on a line of its own two cells in, whole (to
    copy); on a terminal, wider than its line, broken after a "-" under its start, not by the
    terminal mid-word at column 0 (a 43-character id at 40 columns, as ``info`` and ``log``
    break theirs: share33)."""
    text, style = piece
    if painter.terminal and cells(text) > painter.width - 2:
        return painter.lines([piece], 2, [("  ", "")], seps=PATH_SEPS)
    return ["  " + painter.paint(text, style)]


def _cards(
    painter: Painter,
    rows: Sequence[Sequence[Piece]],
    right: Sequence[bool],
    under: int,
    card: Callable[[Sequence[Piece]], list[Piece]],
) -> list[str]:
    """A listing on a console too narrow for its columns (40–60 cells), a row as a card: its text
    columns (the Instansi) broken at words over the whole width, then, indented two cells, its
    figures as words (``card``: the parts "2024", "15 IKU", "9 di bawah target"…, joined by
    " · ", " | " on an output that is not UTF-8, and broken between parts, not inside one) and
    the column ``under`` whole (the report id, never folded)."""
    gap = " · " if painter.ascii is None else " | "
    room = max(painter.width - 2, 8)
    out: list[str] = []
    for row in rows:
        for i, (text, style) in enumerate(row):
            if i != under and not right[i]:
                out += [painter.paint(text[a:b], style) for a, b in wrap(text, painter.width)]
        line: list[str] = []
        used = 0
        for text, style in painter.narrow(card(row)):
            size = cells(text)
            if line and used + len(gap) + size > room:
                out.append("  " + "".join(line))
                line, used = [], 0
            if size > room:  # (a part wider than a line: broken at its words; before its
                # bracket where that fits a line, "(14 dari 16 IKU)", not "IKU)" alone, ys43)
                head, bracket, rest = text.rpartition(" (")
                pieces = [head, bracket[1:] + rest] if head and cells(rest) < room else [text]
                for piece in pieces:
                    out += ["  " + painter.paint(piece[a:b], style) for a, b in wrap(piece, room)]
                continue
            if line:
                line.append(gap)
                used += len(gap)
            line.append(painter.paint(text, style))
            used += size
        if line:
            out.append("  " + "".join(line))
        out += _under(painter, row[under])
    return out
