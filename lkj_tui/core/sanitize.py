"""Make user and report text safe to show in a terminal.

Everything a user typed or a report printed passes through :func:`clean` before it reaches the screen:
escape sequences (CSI, OSC — including OSC 52 clipboard writes —, DCS, APC, PM, SOS), C0 and C1
control characters, DEL, bidirectional overrides/isolates and Unicode's noncharacters (U+FDD0–U+FDEF,
U+FFFE, U+FFFF, U+1FFFE …) are removed, and lone surrogates (which no terminal or UTF-8 output can
take) become U+FFFD. Newlines and tabs survive
:func:`clean` (a problem description may have paragraphs); :func:`clean_line` folds them into spaces
for one-line places such as tree labels and table cells.

Removing markup is NOT this module's job: front ends pass text as data (``rich.text.Text``,
``markup=False``), so ``[/]`` or ``[@click=app.quit]`` stays literal text.
"""

from __future__ import annotations

import re

# ESC followed by a string-type introducer (] P _ ^ X) runs until BEL or ST (ESC \), or the end.
_STRING_SEQ = r"\x1b[\]P_^X].*?(?:\x07|\x1b\\|\x9c|$)"
# CSI: ESC [ parameters intermediates final byte.
_CSI_SEQ = r"\x1b\[[0-?]*[ -/]*[@-~]?"
# C1 string introducers (8-bit forms of OSC, DCS, APC, PM, SOS) up to ST or BEL.
_C1_STRING_SEQ = r"[\x90\x98\x9d\x9e\x9f].*?(?:\x07|\x9c|\x1b\\|$)"
_C1_CSI_SEQ = r"\x9b[0-?]*[ -/]*[@-~]?"
# Two-character escapes (ESC c, ESC 7, ESC ( B …) and a lone ESC.
_ESC_OTHER = r"\x1b[ -/]*[0-~]?"
# Remaining C0 controls except \t and \n, DEL, and C1 controls; a run removed as one match (one
# match a character made a field of 250,000 bidi controls cost ``check`` twice plain letters).
_CONTROLS = r"[\x00-\x08\x0b-\x1f\x7f-\x9f]+"
# Bidi embeddings/overrides/isolates and marks that can reorder what the reader sees.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
# Unicode's noncharacters (U+FDD0–U+FDEF and the last two code points of every plane, U+FFFE,
# U+FFFF … U+10FFFF): never text to interchange, so a program may use them inside itself, as the
# CLI marks its separators with one (cli/output.py, ``PART``); one in a report's text would act as
# such a mark, or draw as a box.
_NONCHARACTERS = "\ufdd0-\ufdef" + "".join(
    f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(17)
)
# What :func:`hides_text` finds: the controls but whitespace (a tab, a line break: a cell's
# Alt+Enter), the bidi controls and the noncharacters.
_HIDING = f"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f{_BIDI}{_NONCHARACTERS}]"
# A whole run of whitespace, matched once from its first character (linear: ``\s*[breaks]+\s*``
# retried the run from every position when no break followed it — quadratic); the runs holding a
# line break or tab are folded, see :func:`_fold`.
_WHITESPACE_RUN = r"\s{2,}|[\n\r\t\v\f\u2028\u2029\x85]"
_BREAK_CHARS = frozenset("\n\r\t\v\f\u2028\u2029\x85")
# Lone surrogates (a JSON file can carry "\ud800"): no terminal or UTF-8 file can take them.
_SURROGATES = "[\ud800-\udfff]"


#: Our separator's mark (" · ", " — " between the parts of a line of ours) for an output that
#: is not UTF-8, which writes it " | " (cli/output.py): a noncharacter, which :func:`clean`
#: removes from a report's text, so only ours carry it (the reviu's messages: ``Finding.marked``).
PART = "\ufdd0"


# In the order clean applies them. Compiled by ``re``'s cache when a text first needs them: most
# commands meet none (a report's text is printable), and compiling them at import cost every
# command ≈ 6 M instructions (the classes beyond Latin-1 are built in Python, bit by bit);
# docs/performance.md, "perf56".
_CLEANERS = [
    ("(?s)" + _STRING_SEQ, ""),
    (_CSI_SEQ, ""),
    ("(?s)" + _C1_STRING_SEQ, ""),
    (_C1_CSI_SEQ, ""),
    (_ESC_OTHER, ""),
    (_CONTROLS, ""),
    (_SURROGATES, "\ufffd"),
    (f"[{_BIDI}{_NONCHARACTERS}]+", ""),  # (one class: one pass, one compile)
]


def clean(text: str) -> str:
    """Remove escape sequences, control characters, bidi controls and noncharacters, replace lone
    surrogates with U+FFFD; keep newlines and tabs."""
    if not text:
        return ""
    # Every character removed or replaced below is not printable, and line breaks are kept: a
    # text printable but for its "\n" (a command's whole output, a paragraph) is clean already.
    if text.isprintable() or text.replace("\n", " ").isprintable():
        return text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\u2028", "\n").replace("\u2029", "\n")
    for pattern, replacement in _CLEANERS:
        text = re.sub(pattern, replacement, text)
    return text


def _fold(match: re.Match[str]) -> str:
    """A run of whitespace as one space when it holds a line break or tab, else as it is."""
    run = match[0]
    return " " if not _BREAK_CHARS.isdisjoint(run) else run


def clean_line(text: str, limit: int | None = None) -> str:
    """:func:`clean`, then fold line breaks and tabs into single spaces; cut to ``limit`` chars."""
    # printable: no line break, nothing to clean
    out = text if text.isprintable() else re.sub(_WHITESPACE_RUN, _fold, clean(text))
    out = out.strip()
    if limit is not None and len(out) > limit:
        out = out[: max(limit - 1, 0)].rstrip() + "…"
    return out


def cut_at_word(text: str, limit: int, words: bool = False) -> str:
    """``text`` whole when it has at most ``limit`` characters, else cut after its last word that
    fits, with "…" (``limit`` characters at most, the "…" included): "sedangkan…", never
    "sedangkan r…". When the last space is in the first third of the room (a word longer than
    two thirds of it: a long code, a path), the cut stays where the room ends: it still shows most
    of what fits; but for ``words`` (the overview's offices: "Badan…", not "Badan
    Penanggulanga…"), where only a first word wider than the room is cut. Linear: one ``rfind``
    over the kept part."""
    if len(text) <= limit:
        return text
    room = max(limit - 1, 0)
    head = text[:room]
    if text[room] != " ":  # the cut falls inside a word: go back to the space before it
        space = head.rfind(" ")
        if space >= (min(room // 3, 1) if words else room // 3):
            head = head[:space]
    return head.rstrip(" ,;:") + "…"


def clean_words(text: str, limit: int) -> str:
    """:func:`clean_line`, then cut at a word (:func:`cut_at_word`): for a long name or
    permasalahan shown in a line or a list of the TUI, where a cut word misleads."""
    return cut_at_word(clean_line(text), limit)


def without_surrogates(text: str) -> str:
    """``text`` with each lone surrogate as U+FFFD, as :func:`clean` shows it; nothing else
    changed: for a file that cannot carry one (UTF-8 cannot, nor a workbook's XML)."""
    return re.sub(_SURROGATES, "\ufffd", text)


def hides_text(text: str) -> bool:
    """True when ``text`` holds a control character (not whitespace: a tab, a line break), an escape, a
    bidi control or a noncharacter: what :func:`clean` removes, which may show the text as
    other words than it holds ("pos<U+202E>itif" shows "posfiti"). One test of
    :meth:`str.isprintable` for the usual text; the class only for text that is not."""
    if text.isprintable():
        return False
    return re.search(_HIDING, text) is not None


def is_clean(text: str) -> bool:
    """True when ``text`` holds nothing that :func:`clean` would remove."""
    return clean(text) == text.replace("\r\n", "\n")
