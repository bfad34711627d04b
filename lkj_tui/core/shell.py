"""A command printed for the user to type (``lkj-tui restore ID --store PATH``), folded between its
options where it is wider than the screen, as a shell reads it. Pure.

The terminal wrapped a long command wherever its line ran out, inside an option ("--st" /
"ore /data/lkj") or between an option and its value. Folded here, each ``--option value`` stays
whole and every line but the last ends with `` \\``, which bash, zsh and sh read as one command,
pasted or typed line by line. Windows has no such mark that both of its shells take (cmd's ``^``
is text to PowerShell, PowerShell's backtick is text to cmd), and Windows Terminal and the console
copy a line they wrapped as one line: there a command is printed whole (``continuation`` None)."""

from __future__ import annotations

from collections.abc import Callable, Collection

__all__ = ["POSIX", "RUN", "as_run", "command_lines", "command_parts"]

#: What ends each line of a folded command but its last on POSIX shells.
POSIX = " \\"

#: The most cells of a report id's (a path's) last piece that a break after a separator never
#: leaves alone on a line (:func:`pieces_of`, the CLI's listings): a year, "v2".
SHORT_PIECE = 4


def command_parts(command: str, flags: Collection[str] = ()) -> list[str]:
    """The parts ``command`` is never broken inside: the program with its command ("lkj-tui
    set"), each argument, each option with its value (``--store "C:\\Data LKj"``, ``-r ID``; one
    written ``--name=value`` holds it); a part in double or single quotes is one word (a POSIX
    shell's ``'/data/$lkj'``, :func:`lkj_tui.storage.errors.typed_path`). ``flags``: the
    options that take no value (``--all``, ``--json``: the command's own,
    :func:`lkj_tui.cli.main.flags_of`), each a part of its own, never joined with the argument
    after it. Linear."""
    words: list[str] = []
    start, quote = 0, ""
    for at, char in enumerate(command):
        if char in "\"'" and quote in ("", char):
            quote = "" if quote else char
        elif char == " " and not quote:
            if at > start:
                words.append(command[start:at])
            start = at + 1
    if start < len(command):
        words.append(command[start:])
    parts: list[str] = []
    for word in words:
        if parts and len(parts) == 1 and not word.startswith("-") and " " not in parts[0]:
            parts[0] += " " + word  # the program's command: "lkj-tui set"
        elif (
            parts
            and parts[-1].startswith("-")
            and " " not in parts[-1]
            and "=" not in parts[-1]  # ("--initial-branch=main" holds its value)
            and word[:1] != "-"
            and parts[-1] not in flags
        ):
            parts[-1] += " " + word  # an option's value: "--store PATH"
        else:
            parts.append(word)
    return parts


def command_lines(
    command: str,
    width: int,
    indent: int = 0,
    continuation: str | None = POSIX,
    cells: Callable[[str], int] = len,
    flags: Collection[str] = (),
    seps: str = "",
    aligned: bool = False,
) -> list[str]:
    """``command`` as the lines it is printed on, ``indent`` spaces in, ``width`` cells wide:
    one line when it fits (or when ``continuation`` is None: Windows); else broken only between
    its :func:`command_parts`, each line but the last ending with ``continuation``, the later ones
    two spaces further in. Every line fits ``width`` with its mark: a line whose part with its
    mark would not fit there starts less far in, as far as it needs, the others staying where
    they are (a toast of 36 cells got ``--store "…"`` four spaces in and 37 wide with its mark:
    it wrapped the " \\" onto a line of its own, ending the command there; one wide part moved
    every later line left, the skipped-file note's command at column 9 then 1). An
    option whose value makes it wider than a line ends its line, the value on the next (the
    terminal cut ``--report`` and a 76-character id mid-id at 80 columns, a toast put a long
    ``--store`` path under its option without the mark); a part still wider than a line has a
    line of its own (the terminal wraps it: a path or an id is never cut); with ``seps`` (the
    CLI's, on a terminal) a bare word, a report id, is broken after one of them, each piece but
    the last ending with a "\\" that joins it to the next (:func:`pieces_of`), the line ending
    after its last piece with " \\" (the terminal wrapped a 76-character id at 40 columns
    mid-word at column 0, its " \\" alone under it: share35); a path or a quoted part stays
    whole (cli31). ``cells``: the width of a text on the
    screen; ``flags``: the options that take no value (:func:`command_parts`).

    ``aligned`` (the CLI's): the whole command starts at ``indent`` where its widest part fits
    there, else 4 in (cli40's), its later lines all two spaces in from its first (a command only
    as far left as it needed stood at any column from 4 to 10, at 40 columns ``lkj-tui new`` at 8
    under its label's words at 9, as if misaligned: cli48);
    an option and its value part where the two do not fit two spaces in from 4; only a part
    wider than that starts further left, alone (cli43: at 30 columns ``--store PATH`` at column
    8 under ``--all`` at 11, a quoted value at 11 under options at 13), never left of the
    command's first line, which starts as far left as it needs (vals59). The program as it was
    run (:func:`as_run`: ``python -m lkj_tui``), never broken inside. Linear."""
    if RUN is not None and "lkj-tui" in command:  # (held by NULs, measured as spaces)
        held, measure = as_run(command, "\0"), cells
        if "\0" in held:
            ran = command_lines(
                held,
                width,
                indent,
                continuation,
                lambda text: measure(text.replace("\0", " ")),
                flags,
                seps,
                aligned,
            )
            return [line.replace("\0", " ") for line in ran]
    first = " " * indent + command
    if continuation is None or cells(first) <= width:
        return [first]
    mark = cells(continuation)
    least = min(indent, 4)  # (aligned: as far left as the command goes, its later lines 2 in)
    room = width - least - 2 if aligned else width  # (where an option parts from its value)
    parts: list[str] = []
    for n, part in enumerate(pieces := command_parts(command, flags)):
        option, space, value = part.partition(" ")
        wide = cells(part) + (0 if n == len(pieces) - 1 else mark) > room
        parts += [option, value] if wide and space and option[:1] == "-" else [part]
    need = [cells(part) + mark for part in parts]  # (each part alone on its line, its mark after)
    need[-1] -= mark  # (the last has none)
    if aligned:  # (the first part on the first line; the others two spaces further in)
        fits = [width - need[0], *(width - 2 - n for n in need[1:] if n <= room)]
        indent = indent if min(fits) >= indent else least
        # (a part wider than that, alone, never left of the command's first line: the command
        # starts as far left as it needs, "   /tmp/x.xlsx \" under "    lkj-tui import \"
        # read as another command at 24 columns, vals59)
        indent = min([indent, *(width - n for n in need[1:] if room < n <= width)])
    later = indent + 2

    def start(n: int, at: int) -> int:
        """Where a line beginning with part ``n`` starts: at ``at``, or as far less in as the
        part with its mark needs to fit (none more: only the wide part moves left); a part
        too wide for any line stays at ``at``."""
        return max(0, min(at, width - need[n])) if need[n] <= width else at

    lines: list[str] = []
    used = start(0, indent)
    line = [" " * used]
    alone = False  # (a later line moved left for its wide part holds that part only)
    for n, part in enumerate(parts):
        size, last = cells(part), n == len(parts) - 1
        if len(line) > 1 and (alone or used + 1 + size + (0 if last else mark) > width):
            lines.append("".join(line) + continuation)
            used = start(n, later)
            alone = used < later
            line = [" " * used]
        elif len(line) > 1:
            line.append(" ")
            used += 1
        room = width - (0 if last else mark)
        if seps and used + size > room and not any(c in part for c in "'\"/\\"):
            *ahead, end = pieces_of(part, width - used - 1, width - 1, room, seps, cells)
            if ahead:
                lines.append("".join(line) + ahead[0] + "\\")
                lines += [piece + "\\" for piece in ahead[1:]]
                if last:
                    line, used = [end], cells(end)
                else:  # (the line ends with its part: the next option under the others)
                    lines.append(end + continuation)
                    used = start(n + 1, later)
                    alone = used < later
                    line = [" " * used]
                continue
        line.append(part)
        used += size
    lines.append("".join(line))
    return lines


def pieces_of(
    part: str, first: int, room: int, last: int, seps: str, cells: Callable[[str], int] = len
) -> list[str]:
    """``part`` (a report id, a path) in pieces that are joined back by a "\\" at the end of
    each but the last: the first at most ``first`` cells, the others ``room`` and the last
    ``last``, each but the last ending after one of ``seps`` (never right at its start); the
    rest whole where no such break is left (the terminal wraps it). A POSIX shell removes a
    "\\" and its line's end, unquoted or in double quotes, so the next piece must start its
    line, at column 0: pasted, the part is the word it was ("bengkulu-selatan-dinas-\\" /
    "penanaman-modal-…-2025"). A last piece of :data:`SHORT_PIECE` characters at most, a year,
    goes with the piece before it where the two fit ("…-dan-politik-\\" / "2021 \\" at 30
    columns read the year apart from its id). Linear."""
    sizes = [0]
    for char in part:
        sizes.append(sizes[-1] + cells(char))
    breaks = frozenset(seps)  # (one look per character, however many separators there are)
    out: list[str] = []
    begin, end, fits = 0, 0, first
    while sizes[-1] - sizes[begin] > last:
        while end < len(part) and sizes[end + 1] - sizes[begin] <= fits:
            end += 1
        at = end - 1  # the last separator in [begin + 1, end): what has no separator is looked
        while at > begin and part[at] not in breaks:  # at twice at most (it ends the loop)
            at -= 1
        if at <= begin:
            break
        if sizes[-1] - sizes[at + 1] <= min(last, SHORT_PIECE) and not breaks & set(part[at + 1 :]):
            before = at - 1  # (a short last piece alone, "2025 \\": with the one before it)
            while before > begin and part[before] not in breaks:
                before -= 1
            if before > begin and sizes[-1] - sizes[before + 1] <= last:
                at = before
        out.append(part[begin : at + 1])
        begin, fits = at + 1, room
        end = max(end, begin)
    return [*out, part[begin:]]


#: The program as the user ran it where it is not ``lkj-tui``: ``python -m lkj_tui`` (set by
#: ``lkj_tui/__main__``, as click names it in its usage lines; on Windows without Python's
#: Scripts folder on PATH ``lkj-tui`` does not run, words50). None: ``lkj-tui``.
RUN: str | None = None

#: The program's commands, after which ``lkj-tui`` is a command to type (``tests/test_cli51.py``
#: checks them against the app's).
COMMANDS = frozenset(
    {
        "calc",
        "check",
        "compare",
        "export",
        "import",
        "info",
        "init",
        "log",
        "new",
        "resolve",
        "restore",
        "set",
        "status",
        "sync",
        "template",
    }
)
#: What stands before a folder's name, never before the program: ``…/lkj-tui/store``.
_IN_A_NAME = frozenset("./\\-_")


def as_run(text: str, glue: str = " ") -> str:
    """``text`` with each command it prints for the user to type started as the program was run
    (:data:`RUN`), its words joined by ``glue`` (a NUL holds them as one word while a line is
    broken at its spaces, :func:`at_words`): ``lkj-tui`` before an option or one of
    :data:`COMMANDS`, never "lkj-tui:" naming the program before its message, "lkj-tui
    computes" in a sentence, nor a folder's name. ``text`` itself when run as ``lkj-tui``.
    Linear: each place looked at over a command's name at most."""
    if RUN is None or "lkj-tui" not in text:
        return text
    run, out, done = RUN.replace(" ", glue), [], 0
    at = text.find("lkj-tui")
    while at >= 0:
        end = at + len("lkj-tui")
        name = end + 1
        while name < len(text) and name - end <= 9 and text[name].isalpha():
            name += 1
        typed = (
            (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in _IN_A_NAME))
            and text[end : end + 1] in (" ", "\0")
            and (text[end + 1 : end + 2] == "-" or text[end + 1 : name] in COMMANDS)
            and not text[name : name + 1].isalpha()
        )
        if typed:
            out += [text[done:at], run]
            done = end
        at = text.find("lkj-tui", end)
    return "".join([*out, text[done:]])
