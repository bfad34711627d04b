"""Where the CLI's text leaves the process: stdout and stderr, cleaned, with output errors caught.

Every command prints through this module: :func:`console` (rich), :func:`write` (JSON, plain lines)
and :func:`write_utf8` (the Markdown export). That makes it the one boundary where text is cleaned,
whatever field it came from:

- :class:`SafeStream` wraps the real stream. Whatever is written through it keeps only printable
  text, line breaks, tabs and rich's own colour sequences (SGR, ``ESC[…m``); every other escape
  sequence, control or bidi character is removed (:func:`terminal_safe`). Report text is cleaned
  earlier too (``format.safe``), so the layout is right; this is the net for a field that was not.
- An output that is not UTF-8 (Windows writes a redirected or piped stdout in the ANSI code page,
  cp1252; ``PYTHONIOENCODING=cp437``, ``ascii``) is decided here, once, when the stream is wrapped
  (:class:`SafeStream`): the symbols of :data:`FALLBACK` (our table lines, ▼ → ≥ − ✓ ✗ · — …, and
  the same symbols in report text) are written as their ASCII equivalents (our separators between
  the parts of a line, marked by :func:`ours`, as " | "; a report's own " · " as " - "), and any other character
  the encoding cannot hold (another script, an emoji) as a marked escape, ``\\uXXXX``
  (``\\UXXXXXXXX`` beyond the BMP), counted and named in one line on stderr at the end
  (:func:`run_guarded`): nothing is dropped, and the command works. JSON is written with JSON's own
  escapes instead (:func:`dumps`), exact for any reader. A UTF-8 output is written exactly as
  before: the decision is one test of the encoding's name.
- Output errors (issue 11) end the command with one line on stderr and exit status 1: a full
  device (``> /dev/full``), a closed stdout (``>&-``). A reader that went away (``| head``) ends
  it quietly. :func:`run_guarded` does this for the whole ``lkj-tui`` program.
"""

from __future__ import annotations

import codecs
import errno
import os
import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from typing import IO, TYPE_CHECKING, Any, NoReturn

from lkj_tui.core.sanitize import PART, clean, clean_line
from lkj_tui.core.shell import as_run

if TYPE_CHECKING:
    from rich.console import Console

    from lkj_tui.cli.plain import Painter

# rich's own colour/style sequences: ESC [ parameters m. Everything else that is not printable text,
# "\n" or "\t" is removed by ``clean``.
_SGR = re.compile(r"(\x1b\[[0-9;:]*m)")
# On stderr also what rich's progress display (``import``) moves the cursor with: carriage return,
# cursor up/down/column, erase line, hide/show cursor.
_SGR_AND_CURSOR = re.compile(r"(\x1b\[[0-9;:]*m|\r|\x1b\[[0-9]*[ABG]|\x1b\[2K|\x1b\[\?25[lh])")

_TEXT = {
    "id": {
        "closed": "stdout tertutup: tidak ada tempat untuk menulis keluaran",
        "encoding": (
            "keluaran ({encoding}) tidak dapat memuat teks ini; "
            "pakai PYTHONIOENCODING=utf-8 atau terminal UTF-8"
        ),
        "write": "tidak dapat menulis keluaran: {why}",
        "unopened": "keluaran tidak dibuka untuk ditulisi ({why}); periksa pengalihannya (> BERKAS)",
        "escaped": (
            "{n} karakter yang tidak dapat dimuat keluaran ({encoding}) ditulis sebagai \\uXXXX; "
            "pakai PYTHONIOENCODING=utf-8 atau export -o BERKAS untuk teks aslinya"
        ),
        # (a folder's or file's name longer than the file system takes: it was "kesalahan tak
        # terduga (OSError): [Errno 36] …" from every command, paths57)
        "too_long": "nama terlalu panjang untuk sistem berkas ({n} karakter dalam satu nama "
        "folder atau berkas): {path}; pilih nama yang lebih pendek",
    },
    "en": {
        "closed": "stdout is closed: nowhere to write the output",
        "encoding": (
            "the output ({encoding}) cannot carry this text; "
            "use PYTHONIOENCODING=utf-8 or a UTF-8 terminal"
        ),
        "write": "cannot write the output: {why}",
        "unopened": "the output is not open for writing ({why}); check its redirection (> FILE)",
        "escaped": (
            "{n} characters the output ({encoding}) cannot hold were written as \\uXXXX; "
            "use PYTHONIOENCODING=utf-8 or export -o FILE for the original text"
        ),
        "too_long": "a name too long for the file system ({n} characters in one folder or "
        "file name): {path}; choose a shorter name",
    },
}


def terminal_safe(text: str, allowed: re.Pattern[str] = _SGR, marks: bool = False) -> str:
    """``text`` with nothing a terminal would act on but the sequences ``allowed`` (a pattern
    with one group; SGR colour sequences by default); ``marks``: our separators' marks
    (:data:`PART`) kept too, for an output that is not UTF-8. Linear."""
    if text.isprintable():
        return text
    keep = keeping_parts if marks else clean
    parts = allowed.split(text)  # text, kept, text, kept, … (the group keeps them)
    return "".join(part if i % 2 else keep(part) for i, part in enumerate(parts))


def keeping_parts(text: str) -> str:
    """:func:`clean` but for our separators' marks (:data:`PART`, a noncharacter, which ``clean``
    removes as it removes a report's own): a line of ours cleaned once more on its way out. A
    report's text, cleaned where it was put in the line, holds none. Linear."""
    if PART not in text:
        return clean(text)
    return PART.join(map(clean, text.split(PART)))


class OutputError(Exception):
    """Writing the command's output failed: ``kind`` is "closed", "encoding" or "write"; ``errno``
    the system's code of a failed write (a full disk is said as the store says it)."""

    def __init__(self, kind: str, detail: str = "", errno: int | None = None) -> None:
        super().__init__(kind, detail)
        self.kind, self.detail, self.errno = kind, detail, errno

    def message(self, lang: str) -> str:
        t = _TEXT["en" if lang == "en" else "id"]
        kind, why = self.kind, self.detail
        if kind == "write" and self.errno == errno.EBADF:  # (``1< FILE``: open to read only)
            kind = "unopened"
        elif kind == "write" and self.errno is not None:
            from lkj_tui.storage.errors import system_words

            why = system_words(self.errno, self.detail)[lang == "en"]
        return t[kind].format(encoding=self.detail, why=why)


def _failed(exc: BaseException, stream: Any) -> OutputError:
    if isinstance(exc, BrokenPipeError):
        return OutputError("pipe")
    if isinstance(exc, UnicodeEncodeError):
        return OutputError("encoding", getattr(stream, "encoding", None) or exc.encoding)
    if isinstance(exc, OSError):
        return OutputError("write", exc.strerror or str(exc), exc.errno)
    return OutputError("write", str(exc))


#: What a symbol is written as on an output that is not UTF-8 (:func:`fallback_table`): one table
#: for every command, in both languages, and for the same symbols in report text (a target's
#: "≥ 80" reads ">= 80"). Box-drawing lines (U+2500–U+257F) are added by their shape (:func:`_box`),
#: as rich's ASCII box draws a table: "-" a line across, "|" a line down, "+" a corner or crossing.
FALLBACK = {
    # arrows and marks
    "→": "->",
    "←": "<-",
    "↔": "<->",
    "↑": "^",
    "↓": "v",
    "▲": "^",
    "▼": "v",
    "►": ">",
    "▶": ">",
    "›": ">",  # (check's "IKU 1 › Pengadaan Arsip": where a row is)
    "‹": "<",
    "✓": "v",
    "✔": "v",
    "✗": "x",
    "✘": "x",
    "•": "*",
    "·": "-",
    # mathematics
    "≥": ">=",
    "≤": "<=",
    "≠": "<>",
    "≈": "~",
    "−": "-",
    "±": "+/-",
    "×": "x",
    "÷": "/",
    "∞": "inf",
    # typography
    "—": "-",
    "–": "-",
    "…": "...",
    "“": '"',
    "”": '"',
    "„": '"',
    "‘": "'",
    "’": "'",
    "\u00a0": " ",
    # the blocks of a progress bar (rich's, on stderr)
    **dict.fromkeys("█▉▊▋▌▍▎▏", "#"),
}


def _box(char: str) -> str:
    """The ASCII of a box-drawing character: its shape, from its Unicode name."""
    import unicodedata

    name = unicodedata.name(char, "")
    across = "HORIZONTAL" in name or name.endswith((" LEFT", " RIGHT"))
    down = "VERTICAL" in name or name.endswith((" UP", " DOWN"))
    if across and not down and "AND" not in name:
        return "-"
    if down and not across and "AND" not in name:
        return "|"
    return "+"


#: Encodings that hold every character: the output is written as it is.
_WHOLE = frozenset({"utf-8", "utf8", "utf_8"})


def fallback_table(encoding: str) -> dict[int, str] | None:
    """The ``str.translate`` table for an output in ``encoding``: every symbol of
    :data:`FALLBACK` and every box-drawing line as its ASCII; None for a UTF (the output is
    written as it is). All of them, also those the code page holds ("·" "—" "…" in cp1252): on
    Windows a pipe is written in the ANSI page and read in the OEM one (``| more``, ``| findstr``,
    and every pipe or redirect of Windows PowerShell 5.1), so only ASCII reads the same in both;
    and a file reads the same whichever page wrote it."""
    if encoding.lower() in _WHOLE:
        return None
    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return None  # (Python would not have opened such a stream)
    if name.startswith("utf"):
        return None
    table = {c: _box(chr(c)) for c in range(0x2500, 0x2580)}
    table.update((ord(symbol), ascii) for symbol, ascii in FALLBACK.items())
    table[ord(PART)] = "|"  # (our separator: :func:`ours`)
    return table


#: How many characters were written as escapes (:func:`_escape`) in this process, by encoding.
ESCAPED: dict[str, int] = {}
_COUNT = [0]  # (every escape of the handler)


def _escape(exc: UnicodeError) -> tuple[str, int]:
    """The ``lkj-escape`` codec error handler: each character the encoding cannot hold as
    ``\\uXXXX`` (``\\UXXXXXXXX`` beyond the BMP)."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    run = exc.object[exc.start : exc.end]
    _COUNT[0] += len(run)
    return "".join(f"\\u{o:04x}" if o < 0x10000 else f"\\U{o:08x}" for o in map(ord, run)), exc.end


codecs.register_error("lkj-escape", _escape)


#: What :func:`as_written` writes for the backslash of an escape it makes: a lone surrogate, one
#: cell wide as "\\" is. No other text can hold one here: ``clean`` makes each of a report's
#: U+FFFD before it is laid out. The stream writes it as "\\" and counts it (:class:`SafeStream`).
MARK = "\udb7f"


def _mark(exc: UnicodeError) -> tuple[str, int]:
    """The ``lkj-mark`` handler: :func:`_escape` with NUL for its backslash (NUL: encodable in
    every code page, and, as every control, never left in cleaned text); see :data:`MARK`."""
    if not isinstance(exc, UnicodeEncodeError):
        raise exc
    run = exc.object[exc.start : exc.end]
    marked = [f"\0u{o:04x}" if o < 0x10000 else f"\0U{o:08x}" for o in map(ord, run)]
    return "".join(marked), exc.end


codecs.register_error("lkj-mark", _mark)


#: A separator between the parts of a line of ours as :func:`ours` finds it: every " · ", and a
#: " — " before a word or a figure ("Nilai LPPD — 2,85 / 3,22 = 88,51 %", "berbeda — Laporan …"),
#: not the "—" of no value ("target: — → 3,40", "pertahankan — (bukan 3)", "Target — · …").
#: (Compiled on first use: only an output that is not UTF-8 needs it.)
_PARTS = r" · | — (?=[-+−<>≥≤]?\w)"

#: Our separator between the parts of a line, as :func:`ours` marks it on an output that is not
#: UTF-8: a noncharacter (never in text to interchange; ``clean`` removes it from a report's text,
#: :func:`keeping_parts` keeps ours; one cell wide as "·"),
#: written " | " (:func:`fallback_table`), " / " in a table's cell (:func:`as_written`). A
#: report's own " · " or " — " is no separator: it is written as its symbols are ("-").
_MARKED = f" {PART} "

#: A " · " in a table's cell (or on the line under a row) on an output that is not UTF-8: " | "
#: would read as a column rule ("IKU 1 / Realisasi: 2,85 -> 2,90"; layout.NOTE_SEP).
IN_TABLE = " / "


def ours(text: str) -> str:
    """Our own ``text`` (a template before the report's text is put in it, a literal piece: " · ",
    " — ") with its separators (:data:`_PARTS`; a bare " · " or " — " whole) marked as
    :data:`PART` on an output that is not UTF-8, which writes them " | ": their own fallback,
    "-", reads as a minus ("LKj 2023 - Sekretariat Daerah …", "Nilai LPPD - 2,85 / 3,22",
    "Python 3.11.7 - Linux"). On UTF-8 ``text`` as it is. As wide as before. Linear."""
    if stdout_table() is None or ("·" not in text and "—" not in text):
        return text
    if text in (" · ", " — "):
        return _MARKED
    return re.sub(_PARTS, _MARKED, text)


def as_written(text: str, table: Mapping[int, str], encoding: str, in_table: bool = False) -> str:
    """``text`` as :class:`SafeStream` writes it on an output in ``encoding`` that is not UTF-8
    (``table``: its :func:`fallback_table`): the symbols as ASCII, and each character the
    encoding cannot hold as its escape (``\\u4e2d``), its backslash :data:`MARK`. A table laid
    out on this text is as wide as what is printed: an escape takes six cells, not the
    character's one or two. The stream counts each escape it writes: one that a cell's cut
    dropped is not counted. ``in_table``: the text of a table's cell (our separators, marked by
    :func:`ours`, written :data:`IN_TABLE`). Linear."""
    if in_table and PART in text:
        text = text.replace(_MARKED, IN_TABLE)
    text = text.translate(table)
    if text.isascii():
        return text
    try:
        text.encode(encoding)
    except UnicodeEncodeError:
        return text.encode(encoding, "lkj-mark").decode(encoding).replace("\0", MARK)
    return text


class SafeStream:
    """A text stream that writes only :func:`terminal_safe` text to ``stream``, and raises
    :class:`OutputError` when the stream fails. When the stream is not UTF-8, the symbols are
    written as their ASCII (:func:`fallback_table`) and any other character it cannot hold as an
    escape (``lkj-escape``): decided once, here."""

    def __init__(self, stream: IO[str], allowed: re.Pattern[str] = _SGR) -> None:
        self.stream, self.allowed = stream, allowed
        self.ascii = fallback_table(getattr(stream, "encoding", None) or "utf-8")

    def write(self, text: str) -> int:
        try:
            if self.ascii is not None and MARK in text:  # escapes laid out (as_written)
                ESCAPED[self.encoding] = ESCAPED.get(self.encoding, 0) + text.count(MARK)
                text = text.replace(MARK, "\\")
            text = terminal_safe(text, self.allowed, self.ascii is not None)
            if self.ascii is None:
                return self.stream.write(text)
            return self._write_narrow(text.translate(self.ascii))
        except (OSError, UnicodeEncodeError, ValueError) as exc:
            raise _failed(exc, self.stream) from exc

    def _write_narrow(self, text: str) -> int:
        """``text`` to a stream that cannot hold every character: what it cannot hold escaped."""
        try:
            return self.stream.write(text)
        except UnicodeEncodeError:  # (nothing of ``text`` was written)
            pass
        codec, before = self.encoding, _COUNT[0]
        text = text.encode(codec, "lkj-escape").decode(codec)
        ESCAPED[codec] = ESCAPED.get(codec, 0) + _COUNT[0] - before
        return self.stream.write(text)

    def flush(self) -> None:
        try:
            self.stream.flush()
        except (OSError, ValueError) as exc:
            raise _failed(exc, self.stream) from exc

    def isatty(self) -> bool:
        return self.stream.isatty()

    def fileno(self) -> int:
        return self.stream.fileno()

    @property
    def encoding(self) -> str:
        return getattr(self.stream, "encoding", None) or "utf-8"

    @property
    def errors(self) -> str | None:
        return getattr(self.stream, "errors", None)


class Listed:
    """A list in :func:`dumps_pieces`'s JSON whose items are made as they are written."""

    def __init__(self, items: Iterable[Any]) -> None:
        self.items = items


def dumps_pieces(data: Mapping[str, Any]) -> Iterator[str]:
    """:func:`dumps` of ``data`` in pieces, a value that is :class:`Listed` as a list written a
    hundred items at a time as they are made (the same text: ``json``'s separators, its keys
    as its strings): a long list is never held whole, nor its text."""
    between = "{"
    for key, value in data.items():
        if not isinstance(value, Listed):
            yield f"{between}{dumps(key)}: {dumps(value)}"
        else:
            yield f"{between}{dumps(key)}: ["
            batch: list[Any] = []
            sep = ""
            for item in value.items:
                batch.append(item)
                if len(batch) == 100:
                    yield sep + dumps(batch)[1:-1]
                    sep, batch = ", ", []
            yield (sep + dumps(batch)[1:-1] if batch else "") + "]"
        between = ", "
    yield "}" if data else "{}"


def dumps(data: Any) -> str:
    """JSON for stdout: the stored text exactly (not cleaned), readable UTF-8, with the characters
    a terminal would act on that JSON may carry raw (DEL, C1 controls, bidi controls, line and
    paragraph separators, noncharacters) and lone surrogates (which UTF-8 cannot encode) written as \\uXXXX
    escapes (JSON escapes the C0 controls itself)."""
    import json

    # An output that cannot hold every character gets JSON's own escapes for all but ASCII: the
    # same JSON for any reader, whichever encoding it decodes the bytes with.
    text = json.dumps(data, ensure_ascii=narrow())
    if text.isprintable():  # (none of those characters is printable)
        return text
    # One C pass each (a regex callback per character took 20 s for a megabyte of C1 controls):
    # the table escapes the controls and separators, the codec the lone surrogates (\\udXXX).
    escaped = text.translate(_JSON_ESCAPES)
    return escaped.encode("utf-8", "backslashreplace").decode("utf-8")


def _json_escape(c: int) -> str:
    """JSON's escape of code point ``c``: beyond the BMP its surrogate pair."""
    if c < 0x10000:
        return f"\\u{c:04x}"
    c -= 0x10000
    return f"\\u{0xD800 + (c >> 10):04x}\\u{0xDC00 + (c & 0x3FF):04x}"


#: Those characters but the surrogates, and Unicode's noncharacters (``clean`` removes them; one
#: is our separators' mark, :data:`PART`), each to its ``\\uXXXX`` escape.
_JSON_ESCAPES = {
    c: _json_escape(c)
    for c in (
        *range(0x7F, 0xA0),
        *(0x61C, 0x200E, 0x200F, 0x2028, 0x2029),
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
        *range(0xFDD0, 0xFDF0),
        *(plane << 16 | last for plane in range(17) for last in (0xFFFE, 0xFFFF)),
    )
}


def stdout_table() -> dict[int, str] | None:
    """stdout's :func:`fallback_table` (None: UTF-8, written as it is)."""
    out = sys.stdout
    if out is None:
        return None
    if isinstance(out, SafeStream):
        return out.ascii
    return fallback_table(getattr(out, "encoding", None) or "utf-8")


def narrow() -> bool:
    """Whether stdout is not UTF-8 (its symbols are written as ASCII: :class:`SafeStream`)."""
    return stdout_table() is not None


def stdout() -> IO[str]:
    """stdout, or :class:`OutputError` when it is closed (started with ``>&-``)."""
    if sys.stdout is None:
        raise OutputError("closed")
    return sys.stdout


def _safe(stream: IO[str]) -> SafeStream:
    return stream if isinstance(stream, SafeStream) else SafeStream(stream)


def console(**kwargs: Any) -> Console:
    """A rich console on stdout that only writes :func:`terminal_safe` text."""
    from rich.console import Console

    kwargs.setdefault("highlight", False)
    return Console(file=_safe(stdout()), **kwargs)  # type: ignore[arg-type]


#: The colour depth named by ``$TERM``'s last part (rich's ``_TERM_COLORS``).
_TERM_COLORS = {"kitty": "256", "256color": "256", "16color": "standard"}


class Terminal:
    """What rich's ``Console`` on stdout would find out about it, without importing
    ``rich.console`` (≈ 6 % of ``lkj-tui status``, docs/performance.md "Devices"): the width, the
    colour system ("standard", "256", "truecolor" or None: not a terminal), whether it is a dumb
    terminal, ``NO_COLOR``, the encoding. The same rules as rich's (``COLUMNS``/``LINES``, the size
    of stdin, stdout or stderr, ``TTY_COMPATIBLE``, ``FORCE_COLOR``, ``TERM``, ``COLORTERM``);
    ``tests/test_status.py`` compares the two. On Windows it asks rich (its console API), and a
    legacy Windows console, which takes no colour sequences, gets none."""

    def __init__(self, stream: Any = None, environ: Mapping[str, str] | None = None) -> None:
        stream = _safe(stdout()) if stream is None else stream
        env = os.environ if environ is None else environ
        self.encoding = (getattr(stream, "encoding", "utf-8") or "utf-8").lower()
        self.no_color = env.get("NO_COLOR", "") != ""
        if sys.platform == "win32":  # pragma: no cover
            self._from_rich(stream, env)
            return
        self.is_terminal = terminal = _is_terminal(stream, env)
        self.is_dumb_terminal = terminal and env.get("TERM", "").lower() in ("dumb", "unknown")
        self.color_system: str | None = None
        if terminal and not self.is_dumb_terminal:
            if env.get("COLORTERM", "").strip().lower() in ("truecolor", "24bit"):
                self.color_system = "truecolor"
            else:
                colours = env.get("TERM", "").strip().lower().rpartition("-")[2]
                self.color_system = _TERM_COLORS.get(colours, "standard")
        self.width = _width(env, self.is_dumb_terminal)

    def _from_rich(self, stream: Any, env: Mapping[str, str]) -> None:  # pragma: no cover
        from rich.console import Console

        rich = Console(file=stream, _environ=env)
        self.is_dumb_terminal, self.width = rich.is_dumb_terminal, rich.width
        self.is_terminal = rich.is_terminal
        legacy = rich.color_system == "windows"
        self.color_system = None if legacy else rich.color_system


def _is_terminal(stream: Any, env: Mapping[str, str]) -> bool:
    """``Console.is_terminal`` (rich)."""
    if getattr(sys.stdin, "__module__", "").startswith("idlelib"):
        return False  # IDLE claims a terminal but takes no escape sequences
    tty_compatible = env.get("TTY_COMPATIBLE", "")
    if tty_compatible in ("0", "1"):
        return tty_compatible == "1"
    force_color = env.get("FORCE_COLOR")
    if force_color is not None:
        return force_color != ""
    isatty = getattr(stream, "isatty", None)
    try:
        return False if isatty is None else bool(isatty())
    except ValueError:  # a closed file
        return False


def _width(env: Mapping[str, str], dumb: bool) -> int:
    """``Console.width`` (rich): ``COLUMNS`` (when ``LINES`` is set too, even on a dumb
    terminal), else 80 on a dumb terminal, else ``COLUMNS``, else the width of the first of
    stdin, stdout and stderr that is a terminal, else 80. The terminal is asked only where
    ``COLUMNS`` is not set (rich asks it for its height: `import`'s 300 warnings to a file
    asked it on the three for every line folded, 906 times, for a width put aside: cli48)."""
    columns, lines = env.get("COLUMNS"), env.get("LINES")
    given = int(columns) if columns is not None and columns.isdigit() else None
    if given is not None and lines is not None and lines.isdigit():
        return given
    if dumb:
        return 80
    if given is not None:
        return given
    for fd in (0, 1, 2):
        try:
            return os.get_terminal_size(fd).columns or 80
        except (AttributeError, ValueError, OSError):  # not a terminal
            continue
    return 80


def write(text: str) -> None:
    """Write ``text`` to stdout (cleaned) and flush it."""
    stream = _safe(stdout())
    stream.write(text)
    stream.flush()


def write_lines(lines: Iterable[str]) -> None:
    """``"\n".join(lines)`` to stdout (cleaned), written a few hundred lines at a time as they
    come, then flushed: a long text is never held whole (``check`` of the 100,000-measure
    report, 70,000 lines: 35 MB as a list and a text, "mem65")."""
    stream = _safe(stdout())
    batch: list[str] = []
    between = ""  # (before the next batch: the line break after the last one written)
    for line in lines:
        batch.append(line)
        if len(batch) == 512:
            stream.write(between + "\n".join(batch))
            between, batch = "\n", []
    if batch:
        stream.write(between + "\n".join(batch))
    stream.flush()


def write_utf8(text: str | Iterable[str]) -> None:
    """Write ``text`` (or its pieces, made as they are written: a document of the huge report)
    to stdout as UTF-8 whatever the locale (cleaned) and flush it."""
    pieces = (text,) if isinstance(text, str) else batched(text)
    write_bytes(terminal_safe(p).encode("utf-8", "surrogateescape") for p in pieces)


def batched(pieces: Iterable[str], size: int = 1 << 16) -> Iterator[str]:
    """``pieces`` joined into texts of about ``size`` characters as they come: one write each,
    never the whole."""
    held: list[str] = []
    length = 0
    for piece in pieces:
        held.append(piece)
        length += len(piece)
        if length >= size:
            yield "".join(held)
            held, length = [], 0
    if held:
        yield "".join(held)


def write_bytes(data: bytes | Iterable[bytes]) -> None:
    """Write ``data`` (or its pieces, one after the other, as they are made) to stdout's bytes
    as they are and flush it. (A failure to make a piece is its own, not the output's.)"""
    out = stdout()
    if isinstance(out, SafeStream):
        out = out.stream
    buffer = getattr(out, "buffer", None)
    pieces = (data,) if isinstance(data, bytes) else data
    if buffer is None:  # a replaced sys.stdout (tests)
        text = b"".join(pieces).decode("utf-8", "surrogateescape")
        with _failing(out):
            out.write(text)
            out.flush()
        return
    with _failing(out):
        out.flush()
    for piece in pieces:
        with _failing(out):
            buffer.write(piece)
    with _failing(out):
        buffer.flush()


@contextmanager
def _failing(out: IO[str]) -> Iterator[None]:
    """A failure of the output within it is an :class:`OutputError`."""
    try:
        yield
    except (OSError, ValueError) as exc:
        raise _failed(exc, out) from exc


#: Whether the command line asks a command that has ``--json`` for it (set by ``cli/main.py``):
#: its errors are then JSON on stdout (:func:`refusal`), a script that asked for JSON gets it.
JSON_ERRORS = False


def refusal(message: str, kind: str, seps: str | None = None) -> None:
    """Say the error ``message``: :func:`error_line` on stderr; with :data:`JSON_ERRORS` one JSON
    object on stdout instead, ``{"error": message, "code": kind}`` (its lines joined, nothing on
    stderr: README, "Exit status"), as ``calc --json`` says its own (cli63: a script
    that asked ``status --json`` got text on stderr and nothing to parse)."""
    if not JSON_ERRORS or sys.stdout is None:
        error_line(message, seps)
        return
    parts: list[str] = []
    for line in filter(None, map(str.strip, message.splitlines())):  # (a hint under it: a
        # sentence of its own, "… (3). Kode simpul …"; a command after its label as it is)
        if parts and parts[-1][-1] not in ".:;!?" and line[0].isupper():
            parts[-1] += "."
        parts.append(line)
    said = " ".join(parts)
    with suppress(OSError, ValueError, OutputError):  # (stdout's reader gone: the exit status)
        write(dumps({"error": said, "code": kind}) + "\n")


def error_line(message: str, seps: str | None = None) -> None:
    """One line on stderr (cleaned); nothing when stderr is closed too. On a terminal the line is
    broken at words to its width, under "lkj-tui: " (the terminal broke it anywhere: "… (laporan
    yang ada: bengkulu-sela" / "tan-setda-2023)"); to a pipe or a file it stays one line, with
    ``COLUMNS`` set too (cli36): an error is one line to ``grep``/``findstr`` and to a log
    (``2>> galat.txt``), a command it names whole to copy, and ``COLUMNS`` is as often inherited
    as asked for; a report's text (``check``'s findings) is laid out to it, as its tables are.
    ``seps``: :func:`at_words`', by default a path's and a report id's (``PATH_SEPS``): a path
    or an id wider than the room under "lkj-tui: " broken after a "/" or a "-", not put at
    column 0 and wrapped there mid-word (share35 for sync, cli37 for every command)."""
    stream = sys.stderr
    if stream is None:
        return
    if seps is None:
        from lkj_tui.cli.plain import PATH_SEPS as seps
    line = f"lkj-tui: {clean_line(message)}"
    try:
        stream.write(folded(line, len("lkj-tui: "), stream, commands_in(line), seps=seps) + "\n")
        stream.flush()  # (a SafeStream in run_guarded)
    except (OSError, ValueError, OutputError):  # (stderr's reader gone: the exit status says
        pass  # it, never 0 for a failure unsaid)


def commands_in(line: str) -> list[str]:
    """The commands ``line`` prints for the user to type, never to be broken inside: those it
    quotes ('lkj-tui sync --init [ALAMAT]': broken, it was not copied whole) and the one it ends
    with after a label ("sebutkan dua id: lkj-tui compare LAMA BARU"), or that ends its clause
    before a "; " and why ("…: lkj-tui calc TARGET REALISASI; nilai yang diketik memuat …":
    broken inside at 40 columns, paths55). Linear."""
    whole = re.findall(_QUOTED_COMMAND, line) if "'lkj-tui " in line or "'git " in line else []
    last = line.rfind(": lkj-tui ")
    if last >= 0 and line.count("'", last) % 2 == 0:  # (a POSIX shell's '/data/$lkj' in it,
        whole.append(command_at(line, last + 2))  # whole: typed_path)
    return whole


def command_at(line: str, at: int) -> str:
    """The command ``line`` prints at ``at`` ("lkj-tui …"): up to the line's end, or to the
    "; " that ends its clause where the line says why after it (a "; " in quotes is the
    command's own: a path typed so). Linear."""
    end, quote = at, ""
    while end < len(line) and (quote or line[end : end + 2] != "; "):
        if line[end] in "'\"" and quote in ("", line[end]):
            quote = "" if quote else line[end]
        end += 1
    return line[at:end]


def say(
    line: str,
    hang: int = 0,
    err: bool = False,
    whole: Sequence[str] = (),
    seps: str = "",
    piped: bool = False,
) -> None:
    """One line of a command's words (clean already) on stdout, or on stderr (``err``: a note or
    a warning), as :func:`folded` lays it out for that stream: on a terminal broken at words under
    a hanging indent of ``hang`` spaces (never inside a part of ``whole``, by default the
    :func:`commands_in` it: a command wider than a line folded at its options); to a pipe or a
    file one line, as it is, or with ``piped`` broken at words too. ``seps``: :func:`at_words`'."""
    stream = sys.stderr if err else sys.stdout
    if stream is not None:
        whole = whole or commands_in(line)
        stream.write(folded(line, hang, stream, whole, seps=seps, piped=piped) + "\n")


def say_lines(lines: list[str], seps: str = "", hang: int = 0) -> None:
    """Lines of a command's words (clean already; an item may hold several) on stdout, each
    broken at words on a terminal (:func:`say`), an indented one's later lines two spaces under
    its indent; a command (a line's "lkj-tui …", or after its label's ": ") never broken inside
    an option, copied from the terminal as one command: after its label on a line of its own,
    folded at its options where it is wider than the terminal (:func:`folded`). To a pipe or a
    file, as they are (``resolve``, ``restore``: at 40 columns a time, an id, "lkj-tui" were cut
    anywhere). ``seps``: :func:`at_words`' (a report id wider than the terminal broken after
    a "-": ``resolve``'s list). ``hang``: the later lines of a line that is not indented
    (``resolve``'s "2 conflicts chosen at once: the other" / "  values taken.", not at column 0
    as if a sentence of its own: cli37). A line that ends with ":" over a command keeps its
    label's last words together ("Empty report x-2025 made. Fill it in the" / "TUI:" at 40
    columns: cli48)."""
    from lkj_tui.cli.plain import cells

    every = "\n".join(lines).split("\n")
    for n, line in enumerate(every):
        indent = len(line) - len(line.lstrip(" "))
        if line.startswith("lkj-tui ", indent):  # a command of its own: folded at its options
            write("\n".join(command_lines(line[indent:], indent)) + "\n")
            continue
        later = indent + 2 if indent else hang
        whole = commands_in(line)  # (one after its label: on a line of its own, :func:`folded`)
        if line.endswith(":") and n + 1 < len(every) and every[n + 1].lstrip().startswith("lkj-"):
            room = max(_width(os.environ, False), 20) - later
            whole = [*whole, _label_end(line.strip(), room, cells)]
        say(line, later, seps=seps, whole=whole)


def folded(
    text: str,
    hang: int,
    stream: Any,
    whole: Sequence[str] = (),
    apart: bool = False,
    seps: str = "",
    piped: bool = False,
) -> str:
    """``text`` (one clean line) as it is written to ``stream``: on a terminal broken at words to
    its width (:func:`at_words`), the later lines after ``hang`` spaces (at most 4 when ``hang``
    is more than a third of the width: the words keep their room at 40 columns), never inside a
    part of ``whole``; a command of ``whole`` that ends a label ("…: lkj-tui init --store X")
    or does not fit the rest of a line goes on lines of its own, two spaces further in (wider
    than the rest of the line too: cli38), folded at its options (:func:`fold_command`; a quoted one without its quotes, to be copied), one
    that fits stays in its sentence, unless another of the line went on lines of its own
    (``apart``: "jalankan" / the one command / "atau" / the other); else ``text`` as it is (a
    pipe, a file: one entry a line, to grep), or with ``piped`` broken at words to the width
    ``check`` folds its findings to there (``COLUMNS``, else 80: ``import``'s warnings), each
    command of ``whole`` whole, as typed. ``seps``: :func:`at_words`'."""
    from lkj_tui.storage.errors import one_bracket

    text = one_bracket(text)  # (a path's note and the aside after it: one, paths55)
    try:
        terminal = stream.isatty()
    except (AttributeError, OSError, ValueError):
        terminal = False
    if not terminal and not piped:
        return as_run(text)
    from lkj_tui.cli.plain import _PROGRAM, cells, glue_signs

    table = getattr(stream, "ascii", None)  # (a SafeStream's, on an output that is not UTF-8)
    if table is not None:  # measured as it is written: "→" takes the two cells of "->"
        text = as_written(text, table, stream.encoding)
    width = max(_width(os.environ, False), 20)
    hang = hang if hang <= width // 3 else min(hang, 4)
    for part in whole if terminal else ():  # (piped, a command stays whole, in its sentence)
        quoted = part[-1:] == "'" and part.startswith(("'lkj-tui ", "'git "))
        command = part[1:-1] if quoted else part
        at = text.find(part) if command.startswith(("lkj-tui ", "git ")) else -1
        if (
            command is part
            and at > 0
            and text[at - 1] == text[at + len(part) : at + len(part) + 1] == "'"
        ):
            at, part = at - 1, f"'{part}'"  # (a command given without the quotes around it)
        head = text[:at].rstrip(" ") if at > 0 else ""
        # (a quoted one that ends a message wider than the line: on lines of its own as any,
        # never quoted on its own line at one width and folded at another, paths55)
        ends = quoted and not text[at + len(part) :].strip(" .") and cells(text) > width
        if at < 0 or not (
            apart  # (measured as written: "python -m lkj_tui" where run so)
            or (command is part and head.endswith(":"))
            or cells(as_run(part)) > width - hang
            or ends
        ):
            continue
        after = text[at + len(part) :].lstrip(" ")
        tail = after.lstrip(";,").lstrip(" ").rstrip(" ")  # (its line ends the clause)
        if after[:1] == ";" and tail:  # (its why, a sentence under it: "; jalur yang …" was
            tail = tail[0].upper() + tail[1:]  # "jalur yang …", its mark lost: paths57)
        others = [other for other in whole if other != part]
        last = _label_end(head, width - hang, cells)
        out = [folded(head, hang, stream, [*others, last], True, seps)] if head else []
        held = _with_words_over(out[0].split("\n") if head else [], width - hang, cells)
        if held and (aside := _end_aside(last)):  # (a label that ends with a parenthesis: it
            # alone over the command where the clause's words before it then fill the line over
            # it, not the sentence before broken short to fill it: "calc needs two values, the"
            # / "target then the realisasi;" at 60 columns, vals61)
            again = folded(head, hang, stream, [*others, aside], True, seps)
            if not _with_words_over(again.split("\n"), width - hang, cells):
                out, last, held = [again], aside, ""
        if held:  # (words the label left alone on the line over it: cli39)
            out = [folded(head, hang, stream, [*others, held, last], True, seps)]
        if head and (shorter := _label_up(out[0].split("\n"), last, width, hang, cells)):
            kept = [*others, held, shorter] if held else [*others, shorter]
            out = [folded(head, hang, stream, kept, True, seps)]
        # (two spaces in from the words under which it stands, folded there where it is wider:
        # under them, a command read as the words' next line, at 0 after a note: cli38)
        indent = at if not head else hang + 2
        # (the whole command there, or 4 in where its widest part does not fit, its later lines
        # 2 further, not "-o template.xlsx" at the column of "lkj-tui" at 24: cli40, cli43, cli48)
        out += fold_command(command, width, indent)
        rest = [folded(" " * hang + tail, hang, stream, others, True, seps)] if tail else []
        return "\n".join(out + rest)
    if cells(ran := as_run(text)) <= width:
        return ran
    for part in whole:  # (held by NULs, as a quoted part: at_words; no clean text has one)
        if cells(as_run(part)) <= width - hang:  # (wider, it breaks at its words: held, it
            text = text.replace(part, part.replace(" ", "\0"))  # went to column 0: share35)
    room = width - hang
    if ":" in text and "(" in text:  # who and when, whole where it fits the room: "(Rina," /
        # "2026-12-06 20:52)" apart at 80 columns (share55)
        text = _DATED_ASIDE.sub(
            lambda m: m[0].replace(" ", "\0") if cells(m[0]) <= room else m[0], text
        )
    if ":" in text:  # a date with its time, never "2026-12-04" / "21:45" (share23)
        text = re.sub(r"\b(\d{4}-\d\d-\d\d) (\d\d:\d\d)\b", "\\1\0\\2", text)
    if "(" in text:  # a short parenthesis whole, never "(new revision" / "4)." (share28),
        # where it fits the room under the indent (wider, it went to column 0: share31)
        text = re.sub(
            _SHORT_ASIDE,
            lambda m: m[0].replace(" ", "\0") if cells(m[0]) <= room else m[0],
            text,
        )
        # (a parenthesis of one word ending the text, with its word: never "(3)" alone under
        # "Error: Got unexpected extra argument(s)", words50)
        text = re.sub(_LAST_ASIDE, lambda m: f"{m[1]}\0{m[2]}", text)
        # (a parenthesis's label whole: "(reports that" / "exist: …" at 40 columns, cli51)
        text = re.sub(_ASIDE_LABEL, lambda m: m[0].replace(" ", "\0"), text)
    # a value's sign with its number: "3 ± 1", "≥ 3,51", as written ("3 +/- 1", ">= 3,51")
    text = glue_signs(text, "\0", table is not None)
    if "lkj-tui " in text:  # (the program with its command's name, in a sentence: words50)
        text = re.sub(_PROGRAM, "lkj-tui\0", text)
    if " → " in text or " -> " in text:  # the arrow with the value before it, and a value
        # left out ("—") with the arrow: never a line begun with "→", nor "→ —" alone on one
        # (log's rule, share31; the values import --overwrite and restore list, vals61)
        text = re.sub(_ARROW, lambda m: f"\0{m[1]}\0{m[2]}" if m[2] else f"\0{m[1]} ", text)
    if "·" not in text and table is None:
        return "\n".join(at_words(text, width, hang, seps))
    # a separator held to the word after it, never ending a line ("IKU 6 ·" / "Realisasi: …"),
    # and dropped where a later line would begin with it: the break parts the two (share30);
    # inside a parenthesis it parts two values, kept: "(95" / "· yang lain 97)", not "(95" /
    # "yang lain 97)" (share34)
    lines = at_words(re.sub(_HELD, " \\1\0", text), width, hang, seps)
    depth = lines[0].count("(") - lines[0].count(")")  # (the parentheses open before a line)
    for n, line in enumerate(lines[1:], 1):
        body = line.lstrip(" ")
        if depth <= 0 and body.startswith(_SEPARATORS):
            lines[n] = line[: len(line) - len(body)] + body[2:]
        depth += line.count("(") - line.count(")")
    return "\n".join(lines)


def _with_words_over(lines: list[str], room: int, cells: Callable[[str], int]) -> str:
    """The words to hold together over a label's line (:func:`_label_end`, the last of
    ``lines``) where the line over it holds less than half of ``room``: "it. Check the path, or
    create a" / "new store" / "holding the bundled report:" at 40 columns. Its words with the
    last words of the line before them that bring it to half a line, never from another clause
    (a word that ends with ",", ";", ":" or "." stays), two left there at least: "… or" /
    "create a new store" / "holding …". "" when there is no such line or no word to bring."""
    if len(lines) < 3 or cells(lines[-2].strip()) >= room // 2:
        return ""
    before, over = lines[-3].split(), lines[-2].split()
    take = 0
    while take < len(before) - 2 and before[-take - 1][-1] not in ",;:.":
        take += 1
        if cells(" ".join(before[-take:] + over)) >= room // 2:
            break
    return " ".join(before[len(before) - take :] + over) if take else ""


def _end_aside(label: str) -> str:
    """The parenthesis that ends ``label`` ("(it goes after the target “3”):"), where words come
    before it; else "". Linear."""
    words = label.split(" ")
    if not words[-1].endswith((")", "):")):
        return ""
    at = next((n for n in range(len(words) - 1, 0, -1) if words[n][:1] == "("), 0)
    return " ".join(words[at:]) if at else ""


def _label_up(
    lines: list[str], last: str, width: int, hang: int, cells: Callable[[str], int]
) -> str:
    """The label's words to hold over a command (``last``, alone on the last of ``lines``)
    where the line over it is a clause of its own (it ends with ",", ";", ":" or ".") of less
    than half a line and none of the words before can come to it (:func:`_with_words_over`:
    the line before ends a sentence): the label's first words go up
    to it until it holds half a line, as many as fit ``width``, two left over the command at
    least ("perintah ini." / "Periksa jalurnya," alone / "atau buat penyimpanan baru berisi
    laporan bawaan:" at 60 columns: "Periksa jalurnya, atau buat penyimpanan" / "baru berisi
    laporan bawaan:", paths55). "" when there is no such line or no word goes up. Linear."""
    if len(lines) < 2 or lines[-1].strip() != last:
        return ""
    over, words = lines[-2].rstrip(), last.split()
    if over[-1:] not in ",;:.":  # (a clause's start over the rest: "…then give the right" /
        return ""  # "address with" read apart, share35)
    half, said = (width - hang) // 2, cells(over.strip())
    used, up = cells(over), 0
    while said < half and up < len(words) - 2 and used + 1 + cells(words[up]) <= width:
        used, said, up = used + 1 + cells(words[up]), said + 1 + cells(words[up]), up + 1
    return " ".join(words[up:]) if up else ""


def _label_end(head: str, room: int, cells: Callable[[str], int]) -> str:
    """The last words of ``head``, the label over a command on lines of its own, that stay
    together on its last line: its last clause (after the last ",", ";" or ":") where it fits
    ``room`` cells (after a sentence's "." too: "… (no author names). A shared history:"), else
    as many of its last words as fit, at least two ("buat sekali" /
    "dengan" read a word alone over the command at 40 columns, share29; "…then give the
    right" / "address with" split the address from its words, share35), never all but the
    clause's first ("then" alone over "give the right address with"); its last two where the
    clause's words left over them would fill less than two thirds of a line alone ("Put a node's" over
    "code that holds a space in quotes:" at 40 columns: words50). Linear."""
    words = head.split()
    clause = len(words)
    for n in range(len(words) - 1, 0, -1):
        if words[n - 1][-1:] in ",;:.":  # (a sentence's end too: cli37)
            clause = len(words) - n
            break
    clause = max(clause, min(2, len(words)))
    take, used = 0, -1
    for word in reversed(words[len(words) - clause :]):
        size = used + 1 + cells(word)
        if take >= 2 and size > room:
            break
        take, used = take + 1, size
    if clause - take == 1 and take > 2:
        take -= 1
    if 2 < take < clause and cells(" ".join(words[: len(words) - take])) < room * 2 // 3:
        take = 2  # (the head's words fill their lines, the last two over the command)
    start = len(words) - clause
    if take < clause and words[-1][-2:-1] == ")":  # (a parenthesis ends it: whole, the clause's
        # words before it together, never "realisasi belum" alone over "diberikan (ditulis
        # sesudah target “3”):" at 58–62 columns, vals59)
        aside = next((n for n in range(start + 2, len(words)) if words[n][:1] == "("), 0)
        if aside > len(words) - take and cells(" ".join(words[aside:])) <= room:
            take = len(words) - aside
    return " ".join(words[len(words) - take :])


#: A separator between the parts of a line (" · "; " | " as :func:`ours` writes it on an output
#: that is not UTF-8) and the word after it. Linear.
_HELD = r" ([·|]) (?=\S)"
#: An arrow between two values ("3,1 → 2,85"; "->" on an output that is not UTF-8) and whether
#: a value left out ("—", "-") follows it. Linear.
_ARROW = r" (→|->) (?:([—-])(?= |$))?"
_SEPARATORS = ("· ", "| ")


#: A parenthesis of two to four short words and the mark after it ("(ambil nilai yang lain).",
#: "(new revision 6)."): kept on one line, as a unit keeps its number. Linear: bounded repeats
#: of a class without a space or a parenthesis.
_SHORT_ASIDE = r"\([^()\s]{1,12}(?: [^()\s]{1,12}){1,3}\)[.,;:]?"
#: A word and the parenthesis of one short word after it that ends a line ("argument(s) (3)").
#: Linear: bounded classes, anchored at the end.
#: The label that opens a parenthesis, up to its colon ("(reports that exist:", "(laporan yang
#: ada:"): kept on one line. Linear: bounded repeats of a class without a space.
_ASIDE_LABEL = r"\([^()\s:]{1,12}(?: [^()\s:]{1,12}){1,3}:"
_LAST_ASIDE = r"(\S{1,24}) (\([^()\s]{1,12}\)[.,;:]?)$"  # (both compiled on first use)
#: A parenthesis that ends with a date and time ("(Rina, 2026-12-06 20:52)", "(revisi 2,
#: 2026-12-06 20:52)"): who or which, and when. Linear: a bounded class before a fixed tail.
_DATED_ASIDE = re.compile(r"\([^()]{1,60},[ \0]\d{4}-\d\d-\d\d[ \0]\d\d:\d\d\)[.,;:]?")


def fold_command(command: str, width: int, indent: int = 0) -> list[str]:
    """``command`` (clean) on a terminal ``width`` cells wide, ``indent`` spaces in: folded
    between its options, each line but the last ending with " \\" (POSIX shells read them as
    one command); whole on Windows, whose terminals copy a line they wrapped as one and whose
    two shells share no such mark (:func:`lkj_tui.core.shell.command_lines`). An option that
    takes no value (``--all``) is never kept with the argument after it
    (:func:`lkj_tui.cli.main.flags_of`); a report id wider than a line is broken after a
    "-", its pieces joined back by a "\\"."""
    from lkj_tui.cli.plain import cells
    from lkj_tui.core.shell import POSIX, command_lines

    # (the program as run held as one word, the first part with its command's name)
    command = as_run(command, "\0")
    mark = None if sys.platform == "win32" else POSIX
    first = [" " * indent + command] if mark is None else None
    if first is not None or cells(command) + indent <= width:
        lines = first or [" " * indent + command]  # (whole: no need to know its flags)
    else:
        from lkj_tui.cli.main import flags_of

        lines = command_lines(command, width, indent, mark, cells, flags_of(command), "-", True)
    return [line.replace("\0", " ") for line in lines] if "\0" in command else lines


def told_lines(
    painter: Painter, text: str, style: str = "", indent: int = 0, first: str = ""
) -> list[str]:
    """``text``, a message (clean), as lines of words at ``painter``'s width, the first after
    ``first``, the others ``indent`` spaces in; a command it ends with after its label ("…
    Pulihkan dari laporan bawaan: lkj-tui restore ID --store X") on lines of its own where the
    line does not fit, two spaces further in, folded at its options (:func:`fold_command`):
    broken at its words, its second line ran as a command of its own (``status --all``'s
    unreadable file at 80 columns: "… lkj-tui restore" / "bengkulu-selatan-setda-2023 --store
    …", cli48)."""
    from lkj_tui.cli.plain import PATH_SEPS, cells

    at = text.rfind(": lkj-tui ")
    command = text[at + 2 :] if at >= 0 and len(first) + len(text) > painter.width else ""
    lead = [(first, "")] if first else ()
    if not command:
        return painter.lines([(text, style)], indent, lead, seps=PATH_SEPS)
    text, room = text[: at + 1], painter.width - indent
    # (its label's last words together over it, and a short line over them given words: not
    # "report:" nor "changed." alone on a line at 40 columns)
    whole = [_label_end(text, room, cells)]
    plain = painter.lines([(text, "")], indent, lead, whole, seps=PATH_SEPS)
    held = _with_words_over(plain, room, cells)
    whole = [held, *whole] if held else whole
    lines = painter.lines([(text, style)], indent, lead, whole, seps=PATH_SEPS)
    return lines + fold_command(command, painter.width, indent + 2)


def command_lines(command: str, indent: int = 0, stream: Any = None) -> list[str]:
    """``command`` (clean) as it is printed to ``stream`` (stdout), ``indent`` spaces in: on a
    terminal folded at its options to the terminal's width (:func:`fold_command`); to a pipe or
    a file one line, as it is."""
    stream = sys.stdout if stream is None else stream
    try:
        terminal = stream.isatty()
    except (AttributeError, OSError, ValueError):
        terminal = False
    if not terminal:
        return [" " * indent + as_run(command)]
    return fold_command(command, max(_width(os.environ, False), 20), indent)


def at_words(text: str, width: int, indent: int, seps: str = "") -> list[str]:
    """``text`` (one clean line) broken at its spaces into lines of at most ``width`` cells, the
    later lines after ``indent`` spaces; a word wider than a line is never cut (a path, a report
    id: whole, to be copied; the terminal shows it over two lines), nor put after a line of no
    more than the indent ("lkj-tui:" alone); a part in double quotes that fits a line, or a path
    in them (``--store "C:\\Data LKj"``, :func:`~lkj_tui.storage.errors.typed_path`), is one
    word. ``seps`` (opt-in: a report id, a path a line names): a word wider than the room under
    the indent is broken after one of these (:func:`lkj_tui.cli.plain.wrap`'s), its first part
    on the line it starts where that part ends after one, its later parts under the indent
    (resolve's "… di laporan bengkulu-selatan-" / "dinas-penanaman-…", not wrapped by the
    terminal mid-word at column 0: share34); so is one that would leave the line's one word
    alone ("Laporan" over the id of import's "Laporan … diimpor": cli40). Linear."""
    from rich.cells import cell_len

    def glued(quoted: re.Match[str]) -> str:
        part = quoted[0]  # (a path, wider than a line too: on a line of its own, whole)
        if part[0] == "'" and not any(c in part for c in '$`!"\\'):  # (a message's quotes,
            return part  # as click's "No such command '…'"; typed_path's hold one of these)
        whole = len(part) <= width - indent or "/" in part or "\\" in part
        return part.replace(" ", "\0") if whole else part

    if '"' in text or " '" in text:  # the spaces inside quotes held as NUL (no clean text has
        text = re.sub(_QUOTED, glued, text)  # one) meanwhile
    text = as_run(text, "\0")  # (the program as run, held with its command's name)
    lines: list[str] = []
    line: list[str] = []
    used, room = 0, width
    for word in text.split(" "):
        size = cell_len(word) + word.count("\0")  # (a NUL takes no cell: its space takes one)
        lone = len(line) == 1 and used + 1 + size > room  # (after a word it would leave alone)
        if seps and (size > width - indent or lone) and ("\0" not in word or '"' in word):
            from lkj_tui.cli.plain import UNIT_GLUE, wrap

            # (a quoted path's held spaces measured as the cells they take, never broken at
            # but where no "/" falls in a line's last two thirds: :func:`wrap`'s ``held``)
            plain = word.replace("\0", UNIT_GLUE)
            left = room - used - 1 if line else room
            spans = wrap(plain, width - indent, left, seps=seps) if left > 0 else []
            if line and (not spans or word[spans[0][1] - 1] not in seps):  # (its own lines)
                lines.append(" ".join(line))
                line, used, room = [], 0, width - indent
                spans = wrap(plain, room, seps=seps)
            for n, (begin, end) in enumerate(spans):
                if n:
                    lines.append(" ".join(line))
                    line, used, room = [], 0, width - indent
                used += cell_len(plain[begin:end]) + (1 if line else 0)
                line.append(word[begin:end].rstrip("\0"))  # (a held space it broke after)
            continue
        if line and used + 1 + size > room and used > indent - (width - room):
            lines.append(" ".join(line))
            line, used, room = [], 0, width - indent
        used += size + (1 if line else 0)
        line.append(word)
    lines.append(" ".join(line))
    # (the spaces of a wider gap, "  ", are words of no cell: none ends or begins a broken line)
    out = [lines[0].rstrip(" ")]
    for rest in lines[1:]:
        rest = rest.strip(" ")  # (a word wider than the room under the indent, a long path in
        # quotes: at column 0, where the terminal's wrap of it reads as one run, cli30)
        wide = cell_len(rest) + rest.count("\0") > width - indent
        out.append(rest if wide else " " * indent + rest)
    return [each.replace("\0", " ") for each in out]


#: A command an error quotes in single quotes ('lkj-tui sync --init [ALAMAT]', 'git init --bare
#: …': share28). Linear.
#: (Compiled on first use, by ``re``'s cache: only an error that quotes one needs it.)
_QUOTED_COMMAND = r"'(?:lkj-tui|git) [^'\n]*'"

#: A double-quoted part of a line (a path with spaces, as a command names it): no quote inside,
#: no line break. Linear: one class, then the closing quote.
#: A part in double quotes, or a path in a POSIX shell's single quotes (``'/data/$lkj'``,
#: :func:`~lkj_tui.storage.errors.typed_path`; never an apostrophe's words).
_QUOTED = r'"[^"\n]*"|(?<!\S)\'[/~.][^\'\n]*\''  # (compiled on first use)


def _silence_stdout() -> None:
    """Point fd 1 at the null device: what is still buffered is dropped at exit without a second
    error (Python flushes sys.stdout when it exits)."""
    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.close(null)
    except OSError:
        pass


def _lang(argv: list[str]) -> str:
    """ "en" when ``argv`` asks for English (``--lang en`` or ``--lang=en``, before or after the
    command), else "id". Not after ``--``: what follows it is arguments, never options
    (``lkj-tui set "IKU 1" name -- --lang en``)."""
    for i, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--lang=en" or (arg == "--lang" and argv[i + 1 : i + 2] == ["en"]):
            return "en"
    return "id"


_OUTPUT_ERRNOS = {errno.ENOSPC, errno.EIO, errno.EBADF, errno.EFBIG, errno.EDQUOT, errno.EPIPE}


_REAL: dict[str, Any] = {}


def release() -> None:
    """Give sys.stdout and sys.stderr back as they were before :func:`run_guarded` (the TUI)."""
    for name, stream in _REAL.items():
        setattr(sys, name, stream)


def run_guarded(program: Callable[[], object]) -> NoReturn:
    """Run ``program`` (the typer app) and exit. sys.stdout and sys.stderr are
    :class:`SafeStream` meanwhile (every command's output and click's usage errors, which quote
    the arguments, are cleaned); output errors become one line on stderr and exit status 1."""
    lang = _lang(sys.argv[1:])
    code: Any = 0
    _REAL.update(stdout=sys.stdout, stderr=sys.stderr)
    for name, stream in _REAL.items():
        if stream is not None:
            setattr(sys, name, SafeStream(stream, _SGR if name == "stdout" else _SGR_AND_CURSOR))
    try:
        if _REAL["stdout"] is None:
            raise OutputError("closed")
        program()
    except SystemExit as exc:
        code = exc.code
    except OutputError as exc:
        code = _report(exc, lang)
    except (OSError, UnicodeEncodeError) as exc:
        if isinstance(exc, OSError) and exc.errno == errno.ENAMETOOLONG and exc.filename:
            say_too_long(exc.filename, lang)
            code = 1
        elif isinstance(exc, OSError) and exc.errno not in _OUTPUT_ERRNOS:
            code = _unexpected(exc, lang)
        else:
            code = _report(_failed(exc, _REAL["stdout"]), lang)
    except Exception as exc:  # a bug: one cleaned line, not a traceback that echoes report text
        code = _unexpected(exc, lang)
    finally:
        release()
    if code in (0, None) and sys.stdout is not None:
        try:
            sys.stdout.flush()
        except (OSError, ValueError) as exc:
            code = _report(_failed(exc, sys.stdout), lang)
    for encoding, n in ESCAPED.items():  # (not an error: the output is whole)
        error_line(_TEXT["en" if lang == "en" else "id"]["escaped"].format(n=n, encoding=encoding))
    raise SystemExit(code)


def say_too_long(path: object, lang: str) -> None:
    """A path with a name longer than the file system takes: said so, the path whole (broken
    after its "/" on a terminal; at most 5,000 characters), the length of its longest name."""
    from lkj_tui.storage.errors import named_path

    text = os.fsdecode(path) if isinstance(path, (str, bytes, os.PathLike)) else str(path)
    longest = max(map(len, re.split(r"[/\\]", text)), default=0)
    said = _TEXT["en" if lang == "en" else "id"]["too_long"]
    refusal(said.format(n=longest, path=clean_line(named_path(text, lang), 5000)), "name-too-long")


def _unexpected(exc: BaseException, lang: str) -> int:
    """An exception no command handled: one line naming it (its message cleaned: it may quote
    report text); the traceback only with LKJ_TUI_DEBUG=1."""
    if os.environ.get("LKJ_TUI_DEBUG"):
        raise exc
    what = "unexpected error" if lang == "en" else "kesalahan tak terduga"
    hint = (
        "LKJ_TUI_DEBUG=1 shows the traceback"
        if lang == "en"
        else "LKJ_TUI_DEBUG=1 menampilkan traceback"
    )
    refusal(f"{what} ({type(exc).__name__}): {clean_line(str(exc), 300)} ({hint})", "unexpected")
    return 1


def _report(exc: OutputError, lang: str) -> int:
    _silence_stdout()
    if exc.kind == "pipe":  # the reader went away (``lkj-tui export | head``): nothing to say
        return 0
    error_line(exc.message(lang))
    return 1
