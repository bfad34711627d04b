"""Wrapping that keeps a figure whole: "95,55 %" never ends one line with "95,55" and begins the
next with "%", and a grade never leaves its score ("A (86,45)"), in the detail pane and the reviu
screen (ov13).

Textual wraps at any whitespace (a no-break space too). Before wrapping, the space inside such a
figure is taken for :data:`GLUE`, a character that is not whitespace and is one cell wide; after
it, every :data:`GLUE` is drawn as the space it was. A no-break space (``\\u00a0``, which lkj-tui
puts between words that belong together: "IV A (86,45)" on the Triwulan line) is kept the same
way and drawn as a space.

A number wider than the line (a 200-digit target) is cut to its first digits with its length,
"9999… (200 digit)", as the CLI and the export cut it (:mod:`lkj_tui.core.longvalue`), and kept
on one line; the stored value is whole.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.cells import cell_len
from rich.segment import Segment
from textual.content import Content, Span
from textual.strip import Strip
from textual.visual import Visual

from lkj_tui.core.longvalue import long_runs

if TYPE_CHECKING:
    from textual.css.styles import RulesMap
    from textual.style import Style
    from textual.visual import RenderOptions

#: one cell, not whitespace (a private-use character: a report's text drawn here has one
#: drawn as a space, nothing else)
GLUE = "\ue000"
NO_BREAK = "\u00a0"
#: a number and its "%"; a word and the "(" of a score after it ("A (86,45)"); a sign and its
#: number ("≥ 3,51", "3 ± 1": the target dialog's hint broke after "≥" at 60×20, tui50); a
#: change's arrow and its figure ("↑ 7,02 %": the years' change line ended with "↑" at 100×30,
#: tui65); a no-break space. Each alternative is one character between fixed one-character
#: looks: linear.
_GLUED = re.compile(r"(?<=\d) (?=%)|(?<=\w) (?=\(\d)|(?<=[≥≤±<>=↑↓]) (?=\d)|(?<=\d) (?=±)|\u00a0")
#: what a text holds where :data:`_GLUED` may find something
_MAY_GLUE = (" %", " (", NO_BREAK, "≥ ", "≤ ", "± ", "> ", "< ", "= ", "↑ ", "↓ ")


def glue(content: Content) -> Content:
    """``content`` with the spaces that must not break taken for :data:`GLUE` (itself when it has
    none: most texts, at the cost of a few substring tests)."""
    plain = content.plain
    if not any(part in plain for part in _MAY_GLUE):
        return content
    glued = _GLUED.sub(GLUE, plain)
    return content if glued == plain else Content(glued, list(content.spans))


def loosen(glued: Content, before: str, width: int) -> Content:
    """``glued`` (:func:`glue` of the text ``before``) with each run kept whole that is wider than
    ``width`` cells breakable again: first at its no-break spaces ("Realisasi 2025:" and "13
    Unit", kept together in a pane narrower than them), then, a part still too wide, at its
    every space (Textual would fold it inside a word). Linear: one pass over its words."""
    plain = glued.plain
    if GLUE not in plain:
        return glued

    def loose(word: re.Match[str]) -> str:
        text = word.group()
        if GLUE not in text or cell_len(text) <= width:
            return text
        at = word.start()
        parts = "".join(" " if before[at + i] == NO_BREAK else c for i, c in enumerate(text))
        return " ".join(
            part.replace(GLUE, " ") if cell_len(part) > width else part for part in parts.split(" ")
        )

    loosened = _WORD.sub(loose, plain)
    return glued if loosened == plain else Content(loosened, list(glued.spans))


#: a run of characters Textual does not break inside
_WORD = re.compile(r"[^ \n]+")


def unglue(line: Content) -> Content:
    """A wrapped line with its :data:`GLUE` drawn as spaces again."""
    plain = line.plain
    if GLUE not in plain:
        return line
    return Content(plain.replace(GLUE, " "), list(line.spans))


def clip_wide(content: Content, width: int, lang: str, words: bool = False) -> Content:
    """``content`` with each number wider than ``width`` cells cut with its length ("9999… (200
    digit)", its spaces :data:`GLUE`: one line), in the style the number had (itself when none
    is: a text no longer than the line is not searched); ``words``: then each word so ("Tercapai…
    (200 karakter)": a value's, where every word is a value's or ours, as ``set`` cuts it)."""
    plain = content.plain
    if len(plain) <= width:
        return content
    for numbers in (True, False) if words else (True,):
        # (a no-break space parts words there as a space: "Polaritas:\u00a0positif" is two)
        runs = long_runs(
            plain.replace(NO_BREAK, " "), width, lang, numbers=numbers, cells=cell_len, again=True
        )
        if not runs:
            continue
        parts, at = [], 0
        for start, end, said in runs:
            said = said.replace(" ", GLUE)
            styles = [Span(0, len(said), span.style) for span in content[start:end].spans]
            parts += [content[at:start], Content(said, styles)]
            at = end
        parts.append(content[at:])
        content = Content("").join(parts)
        plain = content.plain
    return content


def wrap_whole(
    content: Content, width: int, lang: str | None = None, words: bool = False
) -> list[Content]:
    """``content.wrap(width)``, keeping each figure whole with its unit and grade; with ``lang``,
    a number (``words``: and a word) wider than the line cut with its length
    (:func:`clip_wide`)."""
    clipped = content if lang is None else clip_wide(content, width, lang, words)
    glued = glue(clipped)
    if glued is content:
        return _wrap(content, width)
    return [unglue(line) for line in _wrap(loosen(glued, clipped.plain, width), width)]


def _wrap(content: Content, width: int) -> list[Content]:
    """``content.wrap(width)``, a line that fits taken as it is: Textual splits, measures, cuts
    and pads every line, and most of the detail pane's fit (its lists are wrapped twice, each
    line once in its list and again in the pane). The same lines: Textual's wrap keeps a line
    no longer than the width, in characters and cells, without a tab."""
    if width <= 0:
        return content.wrap(width)
    out: list[Content] = []
    for line in content.split(allow_blank=True):
        plain = line.plain
        if len(plain) <= width and "\t" not in plain and line.cell_length <= width:
            out.append(line)
        else:
            out.extend(line.wrap(width))
    return out


def lines_whole(text: str, width: int) -> str:
    """Plain ``text`` with each line wider than ``width`` cells broken where :func:`wrap_whole`
    breaks it, for a widget that wraps at any space itself (Textual's toast read "Tersimpan: IKU
    17 · Target: A" above "(86,45)" at 80 columns; edit30). A line that fits, and a text with no
    figure to keep whole, as they are."""
    if " %" not in text and " (" not in text and NO_BREAK not in text:
        return text
    out: list[str] = []
    for line in text.split("\n"):
        if cell_len(line) > width and _GLUED.search(line):
            out.extend(part.plain for part in wrap_whole(Content(line), width))
        else:
            out.append(line)
    return "\n".join(out)


_DATE_TIME = r"\d{4}-\d\d-\d\d \d\d:\d\d"
#: which save and when, a parenthesis's words up to a date and time ("(revisi 2, 2026-12-06
#: 20:52)", "(revisi 2, 2026-12-06 20:52;" and more after it), or a date and time alone. Linear:
#: a bounded class before a fixed tail.
_DATED = re.compile(rf"\([^()]{{1,60}}, {_DATE_TIME}(?:\)[.,;:]?|;)|\b{_DATE_TIME}\b")


def dated_whole(text: str, room: int) -> str:
    """``text`` with a date's space to its time taken for :data:`GLUE`, and so the words of the
    parenthesis that names which save it was, where they fit ``room`` cells: "(revisi 2,
    2026-12-06 20:52)" one word for a toast's layout, as the CLI keeps it (the toast broke after
    "(revisi 2," and after "2026-12-06" at 80×24). The caller draws each :data:`GLUE` as a space
    once the lines are laid out."""
    if ":" not in text:
        return text

    def whole(dated: re.Match[str]) -> str:
        part = dated[0]
        if cell_len(part) > room:
            return re.sub(_DATE_TIME, lambda at: at[0].replace(" ", GLUE), part)
        return part.replace(" ", GLUE)

    return _DATED.sub(whole, text)


#: the fewest characters :func:`no_widow` leaves a wrapped text's last line
LAST_LINE = 12


def no_widow(content: Content) -> Content:
    """``content`` with its last words kept together (no-break spaces between them, drawn by
    :class:`KeptWhole` or :class:`Hanging`) until they make :data:`LAST_LINE` characters:
    wrapped, its last line never holds one short word alone ("berkas" under "Semua (2)
    sekaligus: pertahankan nilai di", K at 60×20). So each of its lines: a question's text
    ("riwayat." alone under "Target 2024 dari Renstra; realisasi 2023 ke" at 60×20: edit47).
    Linear: one pass back over each line's tail."""
    plain = content.plain
    kept = "\n".join(map(_kept_tail, plain.split("\n"))) if "\n" in plain else _kept_tail(plain)
    return content if kept == plain else Content(kept, list(content.spans))


def _kept_tail(line: str) -> str:
    """One line of :func:`no_widow`'s (itself where nothing is kept)."""
    bound = len(line)  # the spaces from here on are kept
    at = line.rfind(" ")
    while at >= 0 and len(line) - at - 1 < LAST_LINE:
        bound, at = at, line.rfind(" ", 0, at)
    if bound == len(line):
        return line
    return line[:bound] + line[bound:].replace(" ", NO_BREAK)


class KeptWhole(Visual):
    """A Content drawn as :func:`wrap_whole` wraps it, for a widget that wraps its items itself
    (an ``OptionList``'s prompts); ``str()`` is the text as drawn on one line (its no-break
    spaces as spaces)."""

    def __init__(self, content: Content, lang: str | None = None) -> None:
        self.content, self.lang = content, lang
        self.glued = glue(content)

    def _glued(self, width: int) -> Content:
        """The content as drawn ``width`` cells wide: with ``lang``, a number wider than a line
        cut with its length (:func:`clip_wide`)."""
        clipped = self.content if self.lang is None else clip_wide(self.content, width, self.lang)
        glued = self.glued if clipped is self.content else glue(clipped)
        return loosen(glued, clipped.plain, width)

    def __str__(self) -> str:
        return self.content.plain.replace(NO_BREAK, " ")

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        glued = self._glued(width)
        strips = glued.render_strips(width, height, style, options)
        if glued is self.content:
            return strips
        return [
            Strip(
                [
                    Segment(text.replace(GLUE, " "), seg_style, control)
                    for text, seg_style, control in strip
                ],
                strip.cell_length,
            )
            for strip in strips
        ]

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.glued.get_optimal_width(rules, container_width)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self.glued.get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self._glued(width).get_height(rules, width)


class OneLineOr(Visual):
    """``line`` where it fits on one line, else ``lines`` (each as :class:`KeptWhole` draws it):
    a title whose parts a separator joins breaks where they meet, the separator left out ("…
    33 catatan  ·" above "Enter: ke simpul", the reviu at 60×20: docs50)."""

    def __init__(self, line: Content, lines: Content) -> None:
        self.line, self.lines = KeptWhole(line), KeptWhole(lines)

    def __str__(self) -> str:
        return str(self.line)

    def chosen(self, width: int) -> KeptWhole:
        return self.line if self.line.content.cell_length <= width else self.lines

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self.chosen(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.line.get_optimal_width(rules, container_width)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self.lines.get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return self.chosen(width).get_height(rules, width)


class Hanging(Visual):
    """A column's cell (``head``: a search result's kind) and beside it ``body``, wrapped as
    :func:`wrap_whole` wraps it in the cells left, each later line under the body's first: a
    long name went on under the kind column ("dan Upaya Kesehatan Masyarakat" where the kinds
    are, at 80 columns: tui29). ``str()`` is the text as drawn on one line (its no-break
    spaces as spaces, as :class:`KeptWhole`'s)."""

    def __init__(
        self,
        head: Content,
        body: Content,
        lang: str | None = None,
        last_words: bool = False,
        fold: int = 0,
    ) -> None:
        self.head, self.body, self.lang = head, body, lang  # lang: as wrap_whole's
        #: ``fold``: drawn fewer cells wide than this, the head and the body wrapped together,
        #: each later line two cells in (K's choices at 60×20: three lines each hung under "IKU
        #: 2 · Realisasi", two folded; tui70)
        self.fold = fold
        #: ``last_words``: wrapped, its last words kept together (:func:`no_widow`: "› Rapat"
        #: alone under a search result, at 80 columns: tui45), made once, for a body that wraps
        self._kept: Content | None = None if last_words else body
        #: the body's widest part kept whole ("— Rina Wulandari Kusumaningrum (Bagian
        #: Organisasi),": a conflict's author, share32)
        self.widest = max(map(cell_len, glue(body).plain.split()), default=0)

    def __str__(self) -> str:
        return (self.head.plain + self.body.plain).replace(NO_BREAK, " ")

    def wrapping(self, room: int) -> Content:
        """The body as it is wrapped onto lines ``room`` cells wide (``last_words``: with them
        together where it wraps; its layout chosen by the body's own parts, ``widest``)."""
        if self.body.cell_length <= room:
            return self.body
        if self._kept is None:
            self._kept = no_widow(self.body)
        return self._kept

    def wrapped(self, width: int) -> list[Content]:
        """The lines drawn ``width`` cells wide, each no wider (as Textual's wrap keeps them)."""
        room = width - self.head.cell_length
        folds = width < self.fold and self.body.cell_length > room and self.widest <= width - 2
        if room >= 20 and (self.widest <= room or self.widest > width - 2) and not folds:
            pad = Content(" " * self.head.cell_length)
            lines = wrap_whole(self.wrapping(room), room, self.lang) or [Content("")]
            return [self.head + lines[0], *(pad + line for line in lines[1:])]
        if folds:
            lines = wrap_whole(self.head + self.wrapping(width - 2), width - 2, self.lang)
            return [lines[0], *(Content("  ") + line for line in lines[1:])]
        # a line too narrow for the column, or a part kept whole that it would break: the head
        # on a line of its own, the body under it two cells in
        lines = wrap_whole(self.wrapping(width - 2), width - 2, self.lang) or [Content("")]
        return [self.head, *(Content("  ") + line for line in lines)]

    def lines(self, width: int) -> Content:
        return Content("\n").join(self.wrapped(width))

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        return self.lines(width).render_strips(width, height, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return self.head.cell_length + self.body.get_optimal_width(rules, container_width)

    def get_minimal_width(self, rules: RulesMap) -> int:
        return self.head.cell_length + self.body.get_minimal_width(rules)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return len(self.wrapped(width))  # (each line fits: not wrapped again to be counted)
