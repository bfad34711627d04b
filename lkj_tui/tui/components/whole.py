"""Wrapping that keeps a figure whole: "95,55 %" never ends one line with "95,55" and begins the
next with "%", and a grade never leaves its score ("A (86,45)"), in the detail pane and the reviu
screen (ov13).

Textual wraps at any whitespace (a no-break space too). Before wrapping, the space inside such a
figure is taken for :data:`GLUE`, a character that is not whitespace and is one cell wide; after
it, every :data:`GLUE` is drawn as the space it was. A no-break space (``\\u00a0``, which lkj-tui
puts between words that belong together: "IV A (86,45)" on the Triwulan line) is kept the same
way and drawn as a space.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from rich.segment import Segment
from textual.content import Content
from textual.strip import Strip
from textual.visual import Visual

if TYPE_CHECKING:
    from textual.css.styles import RulesMap
    from textual.style import Style
    from textual.visual import RenderOptions

#: one cell, not whitespace (a private-use character: a report's text drawn here has one
#: drawn as a space, nothing else)
GLUE = "\ue000"
NO_BREAK = "\u00a0"
#: a number and its "%"; a word and the "(" of a score after it ("A (86,45)"); a no-break space.
#: Each alternative is one character between fixed one-character looks: linear.
_GLUED = re.compile(r"(?<=\d) (?=%)|(?<=\w) (?=\(\d)|\u00a0")


def glue(content: Content) -> Content:
    """``content`` with the spaces that must not break taken for :data:`GLUE` (itself when it has
    none: most texts, at the cost of three substring tests)."""
    plain = content.plain
    if " %" not in plain and " (" not in plain and NO_BREAK not in plain:
        return content
    glued = _GLUED.sub(GLUE, plain)
    return content if glued == plain else Content(glued, list(content.spans))


def unglue(line: Content) -> Content:
    """A wrapped line with its :data:`GLUE` drawn as spaces again."""
    plain = line.plain
    if GLUE not in plain:
        return line
    return Content(plain.replace(GLUE, " "), list(line.spans))


def wrap_whole(content: Content, width: int) -> list[Content]:
    """``content.wrap(width)``, keeping each figure whole with its unit and grade."""
    glued = glue(content)
    if glued is content:
        return content.wrap(width)
    return [unglue(line) for line in glued.wrap(width)]


class KeptWhole(Visual):
    """A Content drawn as :func:`wrap_whole` wraps it, for a widget that wraps its items itself
    (an ``OptionList``'s prompts); ``str()`` is the text as given."""

    def __init__(self, content: Content) -> None:
        self.content = content
        self.glued = glue(content)

    def __str__(self) -> str:
        return self.content.plain

    def render_strips(
        self, width: int, height: int | None, style: Style, options: RenderOptions
    ) -> list[Strip]:
        strips = self.glued.render_strips(width, height, style, options)
        if self.glued is self.content:
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
        return self.glued.get_height(rules, width)
