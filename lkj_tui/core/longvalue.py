"""A value too long to print, cut to its first digits (or characters) with its length said:
"99999… (200 digit)". One rule for every front end: the CLI cuts to its line, the TUI to its
pane, the Markdown export to :data:`NOTES_ROOM`; the stored value and ``--json`` keep it whole.
Pure; linear in the text's length (one pass of a regex whose run starts only where a run begins).

A value of 130.000 digits was 1.600 lines of a terminal, one line of 477.000 characters, eight
screens of the TUI's detail pane, a Markdown table cell of 200 digits (vals27–vals29).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from lkj_tui.core.numbers import grouped

__all__ = [
    "CELL_ROOM",
    "NOTES_ROOM",
    "QUOTE_ROOM",
    "clip_line",
    "clip_long",
    "clip_long_pieces",
    "clip_value",
    "long_runs",
    "quoted",
]

#: The room of a value in the Markdown export, which has no width of its own: a line of the
#: notes at 80 columns, as ``check`` piped (rich's default width) cuts it. No figure a report
#: prints is that long (a Rupiah amount of trillions with its cents is 25 characters).
NOTES_ROOM = 80
#: The room of a value in a table's cell (``status``, ``compare``): "99999999999… (200 digit)",
#: which a narrow column folds after its "…". A Rupiah amount of trillions with its cents (20
#: characters) is whole.
CELL_ROOM = 24

#: The room of a value a message quotes (an error, a note, a doubt: "bukan 'Tercapaiaaaaaaa…
#: (200 karakter)'"): a value up to it whole, as typed.
QUOTE_ROOM = 40

#: The words of a value cut: "(130.000 digit)", "(5.000 karakter)".
_LENGTH = {
    "id": ("digit", "digit", "karakter", "karakter"),
    "en": ("digit", "digits", "character", "characters"),
}

#: A run of a number (digits, dots, commas; then a "…" it was cut with before) of at least as
#: many characters as its ``%d`` and one, beginning where a run begins (linear).
_NUMBER_RUN = r"(?<![\d.,])\d[\d.,]{%d,}(?<=\d)(…)?"
#: The length a value cut says after its "…" (:func:`quoted`, :func:`long_runs`).
#: (a pattern compiled when a run is cut, not at import: ``check`` and ``export`` import this)
_SAID = r" \([\d.,]+\+? (?:digit|digits|karakter|character|characters)\)"
#: A word (without quotes or brackets) of at least as many characters as its ``%d`` and one.
_WORD_RUN = r"(?<![^\s“”\"()])[^\s“”\"()]{%d,}"


#: Each byte of a number's run (digits, "." and ",") as "0", every other byte as it is: a run
#: long enough to cut is found by one search in C (a UTF-8 byte of any other character is none
#: of them). The regex tries a match at every character: 6 ms on a 66 KB export.
_RUN_BYTES = bytes.maketrans(b"123456789.,", b"0" * 11)


def _crop(text: str, room: int, cells: Callable[[str], int]) -> str:
    """The longest start of ``text`` that takes at most ``room`` cells."""
    if text.isascii():
        return text[:room]
    used = 0
    for at, char in enumerate(text):
        used += cells(char)
        if used > room:
            return text[:at]
    return text


def long_runs(
    text: str,
    room: int,
    lang: str = "id",
    ellipsis: str = "…",
    numbers: bool = True,
    cells: Callable[[str], int] = len,
    fold: bool = False,
    again: bool = False,
) -> list[tuple[int, int, str]]:
    """Where :func:`clip_long` cuts ``text``: (start, end, what it says instead) of each run, in
    order (a front end that styles the text replaces each run in place: the TUI's panes).
    ``fold``: the text is folded at its spaces where it is drawn (a narrow column): a start at
    least as wide as the widest word of its length ("99999…" / "(200" / "digit)", not "9…").
    ``again``: a value cut before with its length (:func:`quoted`) wider than ``room`` is cut
    shorter, its length as said (a line that is wrapped: the TUI's pane, ``check``'s findings;
    a line never broken, ``calc``'s, keeps it as the message quoted it)."""
    room = max(room, 8)
    out: list[tuple[int, int, str]] = []
    if again and (f"{ellipsis} (" in text or "… (" in text):  # (rare)
        out = _shorter(text, room, ellipsis, cells, fold)
    least = max(room - 7, 2)  # (the shortest run of a number the pattern cuts)
    if numbers and (
        len(text) < least  # (a value, a short line: nothing to search)
        or b"0" * least not in text.encode(errors="ignore").translate(_RUN_BYTES)
    ):
        return out  # (no run of number characters as long)
    words = _LENGTH.get(lang, _LENGTH["id"])
    # (a number's run ends at its last digit: "… 999." keeps its full stop)
    pattern = (_NUMBER_RUN if numbers else _WORD_RUN) % max(room - 8, 1)
    for run in re.finditer(pattern, text):
        part, start, end = run[0], run.start(), run.end()
        if part.endswith(("…", ellipsis)) and re.compile(_SAID).match(text, end):
            continue  # (cut with its length already, :func:`quoted`: not "(26+ digit)" again)
        before, after = text[max(start - 4, 0) : start], text[end : end + 4]
        beside = len(before) - before.rfind(" ") - 1 + (after.find(" ") % (len(after) + 1))
        if cells(part) + beside <= room:
            continue  # (its word fits the room)
        # (cut before: "9999…", its "…" replaced; a word so, "ZZZ…" of a name a line cut to
        # 120 characters, is "(120+ karakter)", not its cut length as if whole: vals37)
        before_cut = run[1] if numbers else part.endswith(("…", ellipsis))
        more = "+" if before_cut else ""
        if numbers:
            digits = sum(map(str.isdigit, part))
        else:
            digits = len(part.removesuffix("…").removesuffix(ellipsis)) if before_cut else len(part)
        noun = words[(0 if digits == 1 else 1) + (0 if numbers else 2)]
        n = grouped(digits, lang)  # (as set's)
        tail = f"{ellipsis} ({n}{more} {noun})"
        widest = max(map(cells, tail.split(" "))) - cells(ellipsis) if fold else 1
        head = _crop(part, max(room - beside - cells(tail), widest), cells)
        out.append((start, end, (head.rstrip(".,") if numbers else head) + tail))  # ("88…")
    return sorted(out)


def _shorter(
    text: str, room: int, ellipsis: str, cells: Callable[[str], int], fold: bool
) -> list[tuple[int, int, str]]:
    """The runs of :func:`long_runs` of each value cut before with its length (:func:`quoted`,
    "“Tercapaiaaaaaaaaaaaaaaaa… (200 karakter)”") wider than ``room`` with its quotes: its start
    shorter, its length as said, so that it is read on one line, not "“Tercapaiaaaaaaaa…" above
    "(200 karakter)”" (``fold``: only its start must fit, its length may go on below).
    Linear: a run starts only where a word does, and is matched once."""
    out: list[tuple[int, int, str]] = []
    dots = "…" if ellipsis == "…" else "(?:…|" + re.escape(ellipsis) + ")"
    lo = 0  # (where the last one ended: each word is looked back over once)
    for cut in re.finditer(dots + "(" + _SAID + ")", text):  # (a literal "… (" is sought in C)
        start = max(text.rfind(c, lo, cut.start()) for c in ' \t\n“”"()…') + 1 or lo
        head, said, lo = text[start : cut.start()], cut[1], cut.end()
        before, after = text[max(start - 4, 0) : start], text[cut.end() : cut.end() + 4]
        beside = len(before) - before.rfind(" ") - 1 + (after.find(" ") % (len(after) + 1))
        need = cells(ellipsis) + (0 if fold else cells(said)) + beside
        if cells(head) + need <= room:
            continue  # (it fits: as it was)
        head = _crop(head, max(room - need, 1), cells).rstrip(".,") or head[:1]
        out.append((start, cut.end(), head + ellipsis + said))
    return out


def clip_long(
    text: str,
    room: int,
    lang: str = "id",
    ellipsis: str = "…",
    numbers: bool = True,
    made: list[str] | None = None,
    cells: Callable[[str], int] = len,
    fold: bool = False,
    again: bool = False,
) -> str:
    """``text`` with every number that makes a word wider than ``room`` cells (a run of digits,
    dots and commas, with the quotes or brackets around it) cut to its first digits, "…" and how
    many digits it has: "“99999… (130.000 digit)”", the word within ``room``. ``numbers=False``:
    every word wider than ``room`` so (a text: "(5.000 karakter)"). A run cut before ("…" after
    it) is "(100+ digit)". ``made``: each cut value appended. ``cells``: the cells a text takes
    (the terminal's measure; characters by default); ``fold``, ``again``: as :func:`long_runs`."""
    if len(text) < room - 7:  # (shorter than a run to cut: a value, the usual line)
        return text
    runs = long_runs(text, room, lang, ellipsis, numbers, cells, fold, again)
    if not runs:
        return text
    out, at = [], 0
    for start, end, said in runs:
        out += [text[at:start], said]
        at = end
        if made is not None:
            made.append(said)
    out.append(text[at:])
    return "".join(out)


def clip_long_pieces(
    pieces: Iterable[str], room: int, lang: str = "id", size: int = 1 << 16
) -> Iterator[str]:
    """:func:`clip_long` of the text ``pieces`` make, in pieces of about ``size`` characters as
    they come (a document written as it is made: the reviu of the 100,000-measure report, 70 MB,
    was held whole). The same text: a number's run never holds a line break, and a run is cut
    by what is around it on its line and 4 characters either side (:func:`long_runs`), so each
    piece ends before a line break with more than 4 characters after it, kept for the next one.
    Linear: a line longer than ``size`` is searched again only when it has doubled."""
    held: list[str] = []
    length, lo, need = 0, 0, size  # lo: the characters held as the context of the next piece
    for piece in pieces:
        held.append(piece)
        length += len(piece)
        if length < need:
            continue
        text = "".join(held)
        cut = text.rfind("\n", lo + 1, len(text) - 4)  # (4 characters after it, at least)
        if cut < 0:  # (no line break: held on)
            held, need = [text], 2 * length
            continue
        keep = max(cut - 4, 0)
        yield _clipped(text, lo, cut, room, lang)
        held, length, lo = [text[keep:]], len(text) - keep, cut - keep
        need = length + size
    if held:
        yield _clipped("".join(held), lo, None, room, lang)


def _clipped(text: str, lo: int, hi: int | None, room: int, lang: str) -> str:
    """``text[lo:hi]`` as :func:`clip_long` cuts it in ``text`` (runs begun before ``lo`` are
    the last piece's)."""
    hi = len(text) if hi is None else hi
    if len(text) < room - 7:
        return text[lo:hi]
    out, at = [], lo
    for start, end, said in long_runs(text, room, lang):
        if lo <= start < hi:
            out += [text[at:start], said]
            at = end
    out.append(text[at:hi])
    return "".join(out)


def clip_value(
    text: str,
    room: int,
    lang: str,
    dots: str = "…",
    made: list[str] | None = None,
    cells: Callable[[str], int] = len,
    fold: bool = False,
    again: bool = False,
) -> str:
    """``text`` with a number, then a word, wider than ``room`` cells cut with its length
    (:func:`clip_long`): "9999… (200 digit)", "xxxx… (5.000 karakter)"; each cut value appended
    to ``made`` (to keep it whole on its line). A value as typed or stored (``calc``'s, ``set``'s
    echo, a target in the detail pane or the export); ``fold``, ``again``: as
    :func:`long_runs`."""
    if max(map(len, text.split()), default=0) < room - 7:  # (no word as long as a run to cut)
        return text
    once = clip_long(text, room, lang, dots, made=made, cells=cells, fold=fold, again=again)
    return clip_long(once, room, lang, dots, False, made, cells, fold)


def clip_line(
    text: str,
    width: int,
    lang: str,
    dots: str = "…",
    cells: Callable[[str], int] = len,
    least: int = 10,
    again: bool = False,
) -> str:
    """``text``, one line that is never broken (to a pipe or a file), with its values wider than
    ``width`` cut (:func:`clip_value`) so that the line fits ``width`` where its other words
    leave the room: the values share what they leave ("IKU 1 · Target: 3,22 → 9999… (200
    digit)" within 80, not the value within 80 after its label); where that leaves fewer than
    4 digits, each value takes ``least`` cells besides its "…" and length, ≈ 8 digits beside a
    quote or bracket ("(1,999999… (101 digit))", where a room of 16 cells kept "(1… (101
    digit))"), and the line is longer. ``again``: as :func:`long_runs`."""
    made: list[str] = []
    first = clip_value(text, width, lang, dots, made, cells, again=again)
    if not made or cells(first) <= width:
        return first
    rest = cells(first) - sum(map(cells, made))  # (the label and the other words)
    said = max(cells(value[value.rfind(dots) :]) for value in made)  # ("… (101 digit)")
    room = (width - rest) // len(made)
    if room < said + 4:  # (a line too long to fit with a few digits: ≈ 8 of them, not 1–3)
        room = max(room, said + least)
    return clip_value(text, room, lang, dots, cells=cells, again=again)


def quoted(text: str, lang: str, room: int = QUOTE_ROOM, dots: str = "…") -> str:
    """``text`` as a message quotes it (the caller puts the quotes): whole up to ``room``
    characters; longer, its start and its length, within ``room``: a number "99999… (300
    digit)", a word "Tercapaiaaa… (200 karakter)", words cut after one, "Target kinerja yang…
    (5.000 karakter)". The one rule of every value a message names (a refusal of ``set``, a
    note on how a number was read, the engine's reason), so that no front end cuts it again:
    a value cut before, "9999…", was said "(39+ digit)". Linear in the text's length."""
    if len(text) <= room:
        return text
    unit = re.fullmatch(r"[-+−]?\d[\d.,]*( ?[^\s\d.,]\S{0,19})", text)
    if unit is not None:  # (a number with its unit: "99999… (101 digit) %", its unit kept)
        return quoted(text[: -len(unit[1])], lang, room - len(unit[1]), dots) + unit[1]
    words = _LENGTH.get(lang, _LENGTH["id"])
    number = re.fullmatch(r"[-+−]?\d[\d.,]*", text) is not None
    count = len(text) - sum(map(text.count, ".,-+−")) if number else len(text)
    n = grouped(count, lang)
    tail = f"{dots} ({n} {words[(0 if count == 1 else 1) + (0 if number else 2)]})"
    head = text[: max(room - len(tail), 1)]
    end = head.rstrip().rfind(" ")
    if not number and end * 2 >= len(head):  # (after a word that ends in its second half)
        head = head[:end] if head[-1:] != " " else head
    return (head.rstrip(" .,") or text[:1]) + tail
