"""Rich renderables shared by the CLI commands. User text always enters as ``Text`` (never markup)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from lkj_tui.cli.layout import (  # (the helpers that need no rich, for every command)
    CELL_LIMIT,
    UNDER_MARK,
    pct,
    rating_label,
    rating_style,
)
from lkj_tui.core.i18n import tr, verdict_text
from lkj_tui.core.sanitize import clean, clean_line

if TYPE_CHECKING:
    from rich.text import OverflowMethod

    from lkj_tui.core.achievement import Achievement
    from lkj_tui.core.scales import Scales


def safe(text: str | None, limit: int | None = CELL_LIMIT) -> Text:
    """User or report text as a literal, cleaned, one-line ``Text``."""
    return Text(clean_line(text or "", limit))


def clean_text(text: Text, in_table: bool = False) -> Text:
    """``text`` without escapes, control or bidi characters (:func:`clean`), its styles kept,
    and on an output that is not UTF-8 as it is written there (its symbols as ASCII, what the
    encoding cannot hold as ``\\uXXXX``: cli/output.py), so rich lays out what is written. The commands pass every line and table
    cell they print through it, so a field put in a ``Text`` without :func:`safe` is cleaned
    before rich lays it out. ``in_table``: a table's cell (its " · " written " / ", not " | ")."""
    from lkj_tui.cli.output import MARK, as_written, keeping_parts, stdout, stdout_table

    plain = text.plain
    ascii = stdout_table()
    if (plain.isprintable() or clean(plain) == plain) and (ascii is None or plain.isascii()):
        return text
    encoding = getattr(stdout(), "encoding", None) or "utf-8"
    bounds = sorted({i for span in text.spans for i in (span.start, span.end)})
    out = text.blank_copy()
    for piece in text.divide(bounds):
        start = len(out)
        if ascii is None:
            out.append(clean(piece.plain))
        else:  # a MARK is an escape's backslash, written before (a cell in a card): kept, as
            # clean would make it "\ufffd"; the text around it cleaned (it may be a report's)
            parts = piece.plain.split(MARK)
            out.append(
                MARK.join(
                    as_written(keeping_parts(part), ascii, encoding, in_table) for part in parts
                )
            )
        for span in piece.spans:  # after the division every span covers its whole piece
            out.stylize(span.style, start, len(out))
    return out


def overflow() -> OverflowMethod:
    """How a rich column cuts a word wider than itself: with rich's "…" on a UTF-8 output; folded
    onto the next line elsewhere, where that "…" would be written "..." after the layout, two
    cells wider than the column (a word of ``\\uXXXX`` escapes is long)."""
    from lkj_tui.cli.output import narrow

    return "fold" if narrow() else "ellipsis"


def capaian_cell(ach: Achievement | None, lang: str) -> Text:
    if ach is None or ach.rounded is None:
        if ach is not None and ach.verdict:  # met or not, no capaian %
            text = Text(ach.format(lang))
            if ach.under_target:
                text.append(f" {UNDER_MARK}", style="bold red")
            return text
        return Text(tr("no_capaian", lang), style="dim")
    text = Text(pct(ach.rounded))
    if ach.under_target:
        text.append(f" {UNDER_MARK}", style="bold red")
    return text


def rating_cell(
    ach: Achievement | None, lang: str, scales: Scales | None = None, limit: int | None = None
) -> Text:
    """The rating's label in its colour, cut to ``limit`` characters (with "…")."""
    if ach is None or ach.rating is None:
        if ach is not None and ach.verdict:
            return Text(verdict_text(ach.met, lang), style="bold red" if ach.under_target else "")
        return Text("—", style="dim")
    label = rating_label(ach.rating, scales, lang)
    if limit is not None and len(label) > limit:
        label = clean_line(label, limit)
    return Text(label, style=rating_style(ach.rating, scales))
