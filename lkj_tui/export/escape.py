"""Escape user and report text for Markdown, so nothing a user typed becomes structure.

The rule is CommonMark's backslash escape, applied to the few characters that can start markup, so
the raw Markdown stays readable ("Nilai LPPD 3,22" is written as it is):

- everywhere: ``\\`` ``*`` ``_`` ``` ` ``` ``[`` ``]`` ``<`` ``>`` ``|`` ``~`` ``#`` ``$`` —
  emphasis, code, links, images, autolinks, raw HTML, table cells, strikethrough and math in GFM
  viewers, heading markers and an ATX heading's closing ``#``;
- ``&`` when it could start an entity (``&amp;``, ``&#38;``); ``!`` needs nothing, since the ``[``
  of an image is escaped;
- at the start of a line: ``-`` ``+`` ``=`` ``:`` (lists, thematic breaks, setext underlines, table
  delimiter rows) and the ``.`` or ``)`` after leading digits (ordered lists).

Text is cleaned first (:func:`lkj_tui.core.sanitize.clean`): escape sequences, control and bidi
characters are gone. Every line is stripped, so no line is indented into a code block. A CommonMark
renderer gives back exactly the cleaned text; see :func:`plain` for the canonical form.

Bare URLs stay text in CommonMark; viewers with the GFM autolink extension may make them clickable,
with the URL itself as the visible text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import TypeVar

from lkj_tui.core.sanitize import clean, clean_line

T = TypeVar("T")

__all__ = [
    "code",
    "escape_cell",
    "escape_inline",
    "escape_parts",
    "joined",
    "memo",
    "memoized",
    "plain",
    "plain_line",
]

#: Texts from this length on are escaped once per :func:`memo` (a shorter cell is kept in
#: :data:`_CELLS`, for the process).
_LONG = 256
_MEMO: ContextVar[dict[tuple[str, str, str], str] | None] = ContextVar("escape_memo", default=None)


@contextmanager
def memo() -> Iterator[None]:
    """Within it, each long text is cleaned and escaped once per form: a document writes a node's
    name and code in many places (an IKU's in the summary, its section and beside every indicator
    that supports it: 45 times in the bundled report), so a megabyte name cost 45 cleanings
    (issue 11: 1 MB of C1 controls took ``export`` 65 s). The cache lives as long as the block."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def memoized(pieces: Iterable[T]) -> Iterator[T]:
    """``pieces`` made within :func:`memo` (a document made as it is written: its generator's
    body runs as it is iterated, not when it is called)."""
    with memo():
        yield from pieces


def joined(blocks: Iterable[str | Iterator[str]]) -> Iterator[str]:
    """``"\n\n".join(blocks) + "\n"`` in pieces: the blocks of a document written as it is made
    (:func:`memoized`); a block that is an iterator is its lines, made as they are written (a
    table of thousands of rows)."""
    between = ""
    for block in blocks:
        yield between
        if isinstance(block, str):
            yield block
        else:
            yield from _lines_of(block)
        between = "\n\n"
    yield "\n"


def _lines_of(lines: Iterator[str]) -> Iterator[str]:
    """``"\n".join(lines)`` in pieces."""
    yield next(lines, "")
    for line in lines:
        yield "\n"
        yield line


def _once(form: str, text: str, extra: str, make: Callable[[], str]) -> str:
    cache = _MEMO.get()
    if cache is None or len(text) < _LONG:
        return make()
    key = (form, extra, text)
    done = cache.get(key)
    if done is None:
        done = cache[key] = make()
    return done


# Characters escaped wherever they appear: with a backslash, in one C pass (a regex took half of
# an export's rendering).
_ALWAYS = str.maketrans({c: "\\" + c for c in "\\`*_[]<>|~#$"})
# An ampersand that could start an entity reference (named, decimal or hexadecimal); compiled by
# ``re``'s cache when a text first holds an "&".
_ENTITY = r"&(?=#?[0-9A-Za-z]+;)"
# Line starts that open a block: bullet, thematic break, setext underline, table delimiter row…
_BLOCK = frozenset("-+=:")
# …and ordered-list markers ("1." / "1)"), escaped before the "." or ")".
_ORDERED = re.compile(r"[0-9]{1,9}[.)]")


#: A line holding none of these characters, starting with none of the line-start ones, is left as
#: it is (one regex scan: a set's ``isdisjoint`` hashes every character of the line).
_SPECIAL = re.compile(r"[\\`*_\[\]<>|~#$&]")
_STARTS = frozenset("-+=:0123456789")


def _escape_line(line: str) -> str:
    out = line
    if _SPECIAL.search(line) is not None:
        out = line.translate(_ALWAYS)
        if "&" in out:
            out = re.sub(_ENTITY, r"\\&", out)
    first = out[:1]
    if first not in _STARTS:
        return out  # most lines: nothing at the start can open a block
    if first in _BLOCK:
        return "\\" + out
    ordered = _ORDERED.match(out)  # (most lines starting with a digit are a number: "24 Dokumen")
    if ordered is None:
        return out
    end = ordered.end() - 1
    return out[:end] + "\\" + out[end:]


def _lines(text: str) -> list[str]:
    return [s for s in (line.strip() for line in clean(text).split("\n")) if s]


def plain(text: str | None) -> str:
    """The text a Markdown renderer gives back for :func:`escape_inline` (lines joined by "\\n")."""
    return _once("plain", text or "", "", lambda: "\n".join(_lines(text or "")))


def plain_line(text: str | None) -> str:
    """The text a Markdown renderer gives back for :func:`escape_cell` (one line)."""
    return _once("plain_line", text or "", "", lambda: clean_line(text or ""))


def escape_inline(text: str | None, *, indent: str = "") -> str:
    """User text for a paragraph or a list item (for a heading use :func:`escape_cell`).

    Line breaks are kept as hard breaks (a backslash at the end of the line); empty lines are
    dropped, so a paragraph break inside an entry becomes a line break. ``indent`` prefixes each
    continuation line (the content indent of the list item the text sits in). Empty exactly when
    :func:`plain` is.
    """
    done = _kept_line(text)  # (most entries: one printable line, escaped as a cell)
    if done is not None:
        return done
    return _once(
        "inline",
        text or "",
        indent,
        lambda: ("\\\n" + indent).join(_escape_line(line) for line in _lines(text or "")),
    )


#: Short texts of one printable line escaped already: a document writes the same names, values
#: and labels many times (a target "100 %", an IKU's name beside every indicator that supports
#: it), and the reports one process exports repeat them (an office's names every year: 93 % of a
#: kabupaten store's cells; its permasalahan and solusi: 47 % of the entries). An escaped text
#: depends on the text alone. When full it starts again.
_CELLS: dict[str, str] = {}
_CELLS_MAX = 4096


def _kept_line(text: str | None) -> str | None:
    """The escape of a short text that is one printable line (nothing to clean or fold: most
    cells and entries), as a cell and as a paragraph alike; None for any other text."""
    if text is None or len(text) >= _LONG:
        return None
    done = _CELLS.get(text)
    if done is None and text.isprintable():
        done = _escape_line(text.strip())
        if len(_CELLS) >= _CELLS_MAX:
            _CELLS.clear()
        _CELLS[text] = done
    return done


def escape_cell(text: str | None) -> str:
    """User text for one line: a table cell or a heading. ``|`` escaped, line breaks folded.
    Empty exactly when :func:`plain` is."""
    done = _kept_line(text)
    if done is not None:
        return done
    return _once("cell", text or "", "", lambda: _escape_line(plain_line(text)))


def code(text: str) -> str:
    """A path or a command as a CommonMark code span, one line: it reads and copies whole (no
    ``\\_`` in ``/data/lkj_2024``). The fence is one backtick longer than the longest run in the
    text, with a space inside it where the text starts or ends with one (a renderer takes the two
    spaces away). In a GFM table cell a ``|`` would still end the cell: use it in text only."""
    flat = clean_line(text)
    if not flat:
        return ""
    # (patterns compiled on first use, by re's cache: nothing at import, which export pays)
    fence = "`" * (max((len(m) for m in re.findall("`+", flat)), default=0) + 1)
    pad = " " if flat[0] == "`" or flat[-1] == "`" else ""
    return f"{fence}{pad}{flat}{pad}{fence}"


def escape_parts(parts: list[tuple[str, bool]]) -> str:
    """One line of words and code (:meth:`lkj_tui.storage.errors.Said.pieces`: a message with
    its commands and paths): the words escaped, each command or path a :func:`code` span."""
    out = []
    for text, is_code in parts:
        if is_code:
            out.append(code(text))
            continue
        flat = re.sub("[\n\t\v\f\x85]", " ", clean(text))
        escaped = _escape_line(flat.lstrip()) if not out else _escape_mid(flat)
        out.append(escaped)
    return "".join(out).strip()


def _escape_mid(text: str) -> str:
    """:func:`_escape_line` without the rules of a line's start (text after a code span)."""
    if _SPECIAL.search(text) is None:
        return text
    out = text.translate(_ALWAYS)
    return re.sub(_ENTITY, r"\\&", out) if "&" in out else out
