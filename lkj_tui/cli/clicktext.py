"""click's own words in Bahasa Indonesia: the usage errors, ``--help``'s headings and notes.

typer (0.26 on) carries its own copy of click 8.3.1 (``typer._click``) whose words are plain English
f-strings, not gettext calls (typer's own few go through gettext's "messages" domain, which would
need a compiled catalog and the process's locale variables): no catalog can reach them. So each is
translated here by its *msgid*, the English as it stands in typer's source, placeholders included
(``"{value!r} is not one of {choices_str}."``); ``tests/test_cli_words.py`` walks typer's source and
fails when it prints a sentence this table does not know (an upgrade of typer).

Only ``--help`` and a usage error import this module (``cli/main.py``: ``_Context``, ``_Root.main``);
``--lang en`` keeps typer's English, an argument named as its usage line names it (``FIELD``).
"""

from __future__ import annotations

import io
import os
import re
import sys
import textwrap
from collections.abc import Callable, Sequence
from functools import cache, partial

from typer._click.exceptions import (
    BadOptionUsage,
    BadParameter,
    MissingParameter,
    NoSuchOption,
    UsageError,
)
from typer.core import _click

#: msgid (typer's English, as in its source) → Bahasa Indonesia, in the report's register
#: (docs/glossary.md, "The command line's own words").
MESSAGES = {
    # --help and the usage line
    "Usage: ": "Penggunaan: ",
    "[OPTIONS]": "[OPSI]",
    "COMMAND [ARGS]...": "PERINTAH [ARGUMEN]...",
    "Arguments": "Argumen",
    "Options": "Opsi",
    "Commands": "Perintah",
    "Show this message and exit.": "Tampilkan bantuan ini lalu keluar.",
    "default: {default}": "default: {default}",
    "required": "wajib",
    "env var: {var}": "variabel lingkungan: {var}",
    "env var: {var_str}": "variabel lingkungan: {var_str}",
    " (env var: '{self.envvar}')": " (variabel lingkungan: '{self.envvar}')",
    "(dynamic)": "(dinamis)",
    "(DEPRECATED)": "(USANG)",
    "(DEPRECATED: {self.deprecated})": "(USANG: {self.deprecated})",
    # a usage error: the usage line, then these
    # (the command at the line's end, as every command a message prints: _help_hint)
    "Try '{command} {option}' for help.\n": "Bantuan: {command} {option}\n",
    "Error: {self.format_message()}": "Kesalahan: {self.format_message()}",
    "Aborted!": "Dibatalkan!",
    # what was wrong
    "No such option: {_escape_control_characters(option_name)}": (
        "Opsi tidak dikenal: {_escape_control_characters(option_name)}"
    ),
    "(Possible options: {possibility_str})": "(Opsi yang mirip: {possibility_str})",
    "Option {opt!r} does not take a value.": "Opsi {opt!r} tidak menerima nilai.",
    "Option {option_name!r} requires {msg}": "Opsi {option_name!r} memerlukan {msg}",
    "an argument.": "satu argumen.",
    "{nargs} arguments.": "{nargs} argumen.",
    "Argument {self.dest!r} takes {self.nargs} values.": (
        "Argumen {self.dest!r} memerlukan {self.nargs} nilai."
    ),
    "Got unexpected extra argument(s) ({extra_args})": (
        "Ada argumen berlebih yang tidak dikenal ({extra_args})"
    ),
    "Missing command.": "Perintah belum diberikan.",
    "No such command {name!r}.": "Perintah {name!r} tidak ada.",
    "{message}. Did you mean {suggestions}?": "{message}. Maksud Anda {suggestions}?",
    "Missing argument": "Kurang argumen",
    "Missing option": "Kurang opsi",
    "Missing parameter": "Kurang parameter",
    "Choose from:\n\t{choices}": "Pilih salah satu:\n\t{choices}",
    "Invalid value for {hint}: {self.message}": "Nilai tidak sah untuk {hint}: {self.message}",
    "Invalid value: {self.message}": "Nilai tidak sah: {self.message}",
    "Value must be an iterable.": "Nilai harus berupa deret.",
    "Takes {self.nargs} values but {len(value)} given.": (
        "Memerlukan {self.nargs} nilai, tetapi {len(value)} diberikan."
    ),
    "{len_type} values are required, but {len_value} given.": (
        "Diperlukan {len_type} nilai, tetapi {len_value} diberikan."
    ),
    "{value!r} is not one of {choices_str}.": "{value!r} bukan salah satu dari {choices_str}.",
    "{value!r} is not a valid {self.name}.": "{value!r} bukan {self.name} yang sah.",
    "{value!r} is not a valid boolean. Recognized values: {states}": (
        "{value!r} bukan nilai boolean yang sah. Nilai yang dikenali: {states}"
    ),
    "{value!r} is not a valid UUID.": "{value!r} bukan UUID yang sah.",
    "{value!r} does not match the formats {formats_str}.": (
        "{value!r} tidak cocok dengan format {formats_str}."
    ),
    "{rv} is not in the range {self._describe_range()}.": (
        "{rv} di luar rentang {self._describe_range()}."
    ),
    " clamped": " dibatasi",
    "{self.name.title()} {_click.utils.format_filename(value)!r} does not exist.": (
        "{self.name.title()} {_click.utils.format_filename(value)!r} tidak ada."
    ),
    "{name} {loc} is a file.": "{name} {loc} adalah berkas.",
    "{name} {loc} is a directory.": "{name} {loc} adalah folder.",
    "{name} {loc} is not readable.": "{name} {loc} tidak dapat dibaca.",
    "{name} {loc} is not writable.": "{name} {loc} tidak dapat ditulis.",
    "Could not open file {self.ui_filename!r}: {self.message}": (
        "Tidak dapat membuka berkas {self.ui_filename!r}: {self.message}"
    ),
    "unknown error": "kesalahan tak dikenal",
}

# NoSuchOption.format_message() joins the two: "{self.message} {suggest}".
_NO_SUCH = "No such option: {_escape_control_characters(option_name)}"
_POSSIBLE = "(Possible options: {possibility_str})"
MESSAGES[f"{_NO_SUCH} {_POSSIBLE}"] = f"{MESSAGES[_NO_SUCH]} {MESSAGES[_POSSIBLE]}"

#: The names of value types, in a message (``'x' is not a valid int.``) and in a metavar (``<int>``).
NAMES = {
    "int": ("bilangan bulat", "bulat"),
    "float": ("bilangan desimal", "desimal"),
    "str": ("teks", "teks"),
    "text": ("teks", "teks"),
    "path": ("jalur", "jalur"),
    "file": ("berkas", "berkas"),
    "directory": ("folder", "folder"),
    "filename": ("nama berkas", "berkas"),
    "boolean": ("boolean", "boolean"),
    "uuid": ("UUID", "uuid"),
    "datetime": ("tanggal dan waktu", "tanggal"),
    "int range": ("bilangan bulat", "bulat"),
    "float range": ("bilangan desimal", "desimal"),
}

#: The commands' arguments (their names in the code, which typer prints: ``{node}``) in the
#: report's words, in capitals as a placeholder is written: in the usage line (typer's
#: ``{simpul}`` → ``SIMPUL``, ``[lama]`` → ``[LAMA]``), the "Argumen:" list and a usage error
#: (``Kurang argumen 'SIMPUL'.``). ``tests/test_cli_words.py`` walks
#: every command's arguments and fails on one this table does not know.
ARGUMENTS = {
    "target": "target",
    "realisasi": "realisasi",
    "node": "simpul",
    "field": "kolom",
    "value": "nilai",
    "first": "lama",
    "second": "baru",
    "report_id": "id_laporan",
    "remote": "alamat",
    "file": "berkas",
    "which": "nomor",
    "choice": "pilihan",
}

#: The arguments whose typer name is not the word README's table and docs use in English.
ENGLISH_ARGUMENTS = {"first": "old", "second": "new", "report_id": "id"}

#: Placeholders that hold another message (translated in turn) or a type's name.
_NESTED = {"self.message", "self.format_message()", "message", "msg"}
_TYPE_NAME = {"self.name": False, "self.name.title()": True, "name": True}

_PLACEHOLDER = re.compile(r"\{([^{}]*)\}")


@cache
def _templates() -> list[tuple[list[str], list[str], str]]:
    """Each msgid with placeholders as (its literal parts, its placeholders, the translation).
    The outer ones first: the longest literal start ("Error: " before "{value!r} is not one
    of"), then the longest literal end, then the most literal text. The table's exact texts
    need no template."""
    out = []
    for msgid, text in MESSAGES.items():
        parts = _PLACEHOLDER.split(msgid.removesuffix("\n"))
        if len(parts) > 1:
            out.append((parts[0::2], parts[1::2], text.removesuffix("\n")))
    out.sort(key=lambda item: (-len(item[0][0]), -len(item[0][-1]), -sum(map(len, item[0]))))
    return out


@cache
def _exact() -> dict[str, str]:
    return {k.removesuffix("\n"): v.removesuffix("\n") for k, v in MESSAGES.items()}


def _match(literals: Sequence[str], text: str, first_longest: bool) -> list[str] | None:
    """The placeholders' values when ``text`` reads as the template's ``literals`` around them,
    else None. Where a literal could be found twice, the placeholder that holds what the user
    typed takes the longer part: the first one (``{value!r} is not one of …``: rightmost
    literals), unless the last holds a message that holds it (``Invalid value for {hint}:
    {self.message}``: leftmost). Linear: one search per literal."""
    first, last = literals[0], literals[-1]
    if not text.startswith(first) or not text.endswith(last):
        return None
    start, end = len(first), len(text) - len(last)
    if start > end:
        return None
    middle, cuts = literals[1:-1], []  # where each middle literal starts
    if first_longest:
        limit = end
        for literal in reversed(middle):
            limit = text.rfind(literal, start, limit) if literal else -1
            if limit < 0:
                return None
            cuts.insert(0, limit)
    else:
        at = start
        for literal in middle:
            found = text.find(literal, at, end) if literal else -1
            if found < 0:
                return None
            cuts.append(found)
            at = found + len(literal)
    values, at = [], start
    for cut, literal in zip(cuts, middle, strict=True):
        values.append(text[at:cut])
        at = cut + len(literal)
    values.append(text[at:end])
    return values


def translate(text: str) -> str:
    """``text`` (one line that typer prints) in Bahasa Indonesia, when it reads as one of
    :data:`MESSAGES`; else unchanged."""
    exact = _exact().get(text)
    if exact is not None:
        return exact
    for literals, names, target in _templates():
        values = _match(literals, text, first_longest=names[-1] not in _NESTED)
        if values is None:
            continue
        given = {name: _value(name, value) for name, value in zip(names, values, strict=True)}
        return _PLACEHOLDER.sub(lambda m, given=given: given[m[1]], target)
    return _missing(text)


#: How MissingParameter's "{missing}{param_hint}.{msg}" begins, and the first line of a choice's
#: ``msg`` (its choices follow on lines of their own).
_MISSING = ("Missing argument", "Missing option", "Missing parameter")
_CHOOSE = "Choose from:\n\t{choices}"


def _missing(text: str) -> str:
    """``Missing argument 'x'.`` (and ``… Choose from:``) translated, else ``text``."""
    for start in _MISSING:
        rest = text.removeprefix(start)
        if rest != text and rest[:1] in (" ", "."):
            choose = _CHOOSE.partition("\n")[0]
            if rest.endswith(" " + choose):
                rest = rest.removesuffix(choose) + MESSAGES[_CHOOSE].partition("\n")[0]
            return MESSAGES[start] + rest
    return text


def _value(name: str, value: str) -> str:
    if name in _NESTED:
        return _nested(value)
    if name in _TYPE_NAME:
        word = NAMES.get(value.lower())
        if word is not None:
            return word[0].capitalize() if _TYPE_NAME[name] else word[0]
    return value


def _nested(message: str) -> str:
    """A message inside another; also one whose final "." was cut (``"… 'x'. Did you mean"``)."""
    out = translate(message)
    if out == message and not message.endswith("."):
        dotted = translate(message + ".")
        if dotted != message + ".":
            return dotted.removesuffix(".")
    return out


def translate_lines(text: str) -> str:
    """Each line of ``text`` translated (:func:`translate`)."""
    return "\n".join(translate(line) for line in text.split("\n"))


_METAVAR = re.compile(r"<([a-z ]+)>")
#: The values of an option that takes the words of either language, as the output shows them.
CHOICES = {
    "<error|warning|info>": "<kesalahan|peringatan|catatan>",  # check --severity
    "<default|under-target|all>": "<bawaan|di-bawah-target|semua>",  # export --scope
}


def _metavar(text: str) -> str:
    """``--store <path>`` → ``--store <jalur>``: the type names in a definition's first column,
    and the words of ``--severity`` and ``--scope`` (:data:`CHOICES`)."""
    for english, ours in CHOICES.items():
        text = text.replace(english, ours)
    return _METAVAR.sub(lambda m: f"<{NAMES[m[1]][1]}>" if m[1] in NAMES else m[0], text)


#: The type names of a metavar in English (``<str>``, ``<int>``: Python's words) as ``--help``
#: writes them.
ENGLISH_NAMES = {"str": "text", "text": "text", "int": "number", "float": "decimal"}


def _english_metavar(match: re.Match[str]) -> str:
    return f"<{ENGLISH_NAMES.get(match[1], match[1])}>"


def _help(text: str) -> str:
    """A definition's help: its own text (ours, or click's "Show this message and exit."), then
    click's notes in brackets (``[default: id]``, ``[required]``)."""
    own, _, notes = text.rpartition("[")
    if notes.endswith("]") and (not own or own.endswith("  ")):
        items = notes[:-1].split("; ")
        own = f"{_exact().get(own.rstrip(), own.rstrip())}  " if own else ""
        return f"{own}[{'; '.join(map(_note, items))}]"
    return _exact().get(text, text)


def _note(item: str) -> str:
    """One of click's notes: ``default: id``, ``required``, a range (``x>=1``, `` clamped``)."""
    if item.endswith(" clamped"):
        return item.removesuffix(" clamped") + MESSAGES[" clamped"]
    return translate(item)


def arguments(command: _click.Command | None, english: bool = False) -> dict[str, str]:
    """``command``'s arguments: the name typer prints → its word (:data:`ARGUMENTS`; typer's
    name itself with ``english``)."""
    params = [] if command is None else command.params
    return {
        p.name: ENGLISH_ARGUMENTS.get(p.name, p.name) if english else ARGUMENTS.get(p.name, p.name)
        for p in params
        if p.param_type_name == "argument" and p.name
    }


#: The fewest cells of an option's help beside it in ``--help``.
HELP_LEAST = 24


#: A hyphen inside a word (``lkj-tui``, ``di-bawah-target``) and what it is while wrapped.
_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_KEPT = "\u2011"
#: A space kept while wrapped (:func:`_last_words_kept`).
_KEPT_SPACE = "\u00a0"
#: The fewest characters a help's wrapped last line holds (the TUI's ``whole.LAST_LINE``), and
#: the most its kept words may make (under :data:`HELP_LEAST`: they fit any help's column).
LAST_LINE, LAST_MOST = 12, 20


def _kept(text: str) -> str:
    """``text`` (a help) with its last words kept together (:func:`_last_words_kept`) and each
    command it names as the program was run, its words kept together ("(temuan python -m
    lkj_tui check)" where run so: it said "lkj-tui check", paths57)."""
    from lkj_tui.core.shell import as_run

    return _last_words_kept(as_run(text, _KEPT_SPACE))


def _last_words_kept(text: str) -> str:
    """``text`` (a help) with the last words of each paragraph kept together, its spaces
    :data:`_KEPT_SPACE` while it is wrapped, until they make :data:`LAST_LINE` characters
    (:data:`LAST_MOST` at most): at 40 columns click left "exit." alone under "Show this
    message and", "dulu." under "… per laporan, terburuk", "0]" under "(0: semua).
    [default:". Linear: one pass back over each paragraph's tail."""
    out = []
    for part in text.split("\n\n"):
        end = len(part.rstrip())
        bound, at = end, part.rfind(" ", 0, end)
        while at > 0 and end - at - 1 < LAST_LINE and end - part.rfind(" ", 0, at) <= LAST_MOST:
            bound, at = at, part.rfind(" ", 0, at)
        while bound < end and part[bound] == " " and part[bound - 1] == " ":
            bound += 1  # (a wider gap, "  [default: 0]": kept where the two parts meet)
        out.append(part[:bound] + part[bound:end].replace(" ", _KEPT_SPACE) + part[end:])
    return "\n\n".join(out)


class Formatter(_click.HelpFormatter):
    """click's help formatter with click's words in Bahasa Indonesia, before they are wrapped;
    the ``command``'s arguments in the report's words (:data:`ARGUMENTS`), in capitals as a
    placeholder is written (``lkj-tui set [OPSI] SIMPUL KOLOM NILAI``; typer wrote
    ``{simpul}``). ``english``: click's words as they are, the arguments in capitals
    (``NODE FIELD VALUE``)."""

    def __init__(
        self,
        indent_increment: int = 2,
        width: int | None = None,
        max_width: int | None = None,
        command: _click.Command | None = None,
        english: bool = False,
    ) -> None:
        #: The terminal's cells, which the usage line may fill (:meth:`write_usage`).
        self.columns = width
        if width is None:  # click's: never below 50 cells, so at 40 columns each line wrapped
            import shutil

            self.columns = min(shutil.get_terminal_size().columns, max_width or 80)
            width = max(self.columns - 2, 20)
        super().__init__(indent_increment, width, max_width)
        self.english = english
        self.arguments = {k: v.upper() for k, v in arguments(command, english).items()}
        self.heading = ""
        #: ``{node}``, ``[first]`` or ``{node...}`` in the usage line (typer's braces: a required
        #: argument, brackets: an optional one): the word in capitals, in brackets when optional.
        names = "|".join(map(re.escape, sorted(self.arguments, key=len, reverse=True)))
        self._usage = re.compile(rf"([{{\[])({names})(\.\.\.)?[}}\]]") if names else None

    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        """The usage line, ``prog``'s arguments in the language's words, wrapped at the width."""
        if self._usage is not None:
            args = self._usage.sub(self._placeholder, args)
        if not self.english:
            args = args.replace("[OPTIONS]", MESSAGES["[OPTIONS]"])
            args = args.replace("COMMAND [ARGS]...", MESSAGES["COMMAND [ARGS]..."])
            prefix = translate(prefix or "Usage: ")
        # the whole line where it fits the terminal: click's margin (2 cells) wrapped
        # "Penggunaan: lkj-tui import [OPSI] BERKAS" (40 cells) at 40 columns. Else the
        # arguments together where they fit ("[OLD] [NEW]", not "[OLD]" / "[NEW]"), 4 cells in
        # in every language (under the command's arguments they started at 19 or 23 in English
        # and at 4 in Indonesian, whose longer "Penggunaan: " left them no room there: words50;
        # click put them on lines of their own, 16 cells in, below 20 cells: cli40)
        head = f"{prefix or 'Usage: ':>{self.current_indent}}{prog} "
        full = max(self.columns or 0, self.width)
        indent = 4
        options, _, rest = args.partition(" ")
        if len(head) + len(args) <= full:
            lines = [head + args]
        elif rest and len(head) + len(options) <= full and indent + len(rest) <= full:
            lines = [head + options, " " * indent + rest]
        else:  # (below 34 columns, "[OPSI]" too under the command, 4 cells in)
            alone = len(head) + len(options) > full
            lines = [head.rstrip()] if alone else []
            lines += textwrap.wrap(
                args,
                full,
                initial_indent="    " if alone else head,
                subsequent_indent="    " if alone else " " * indent,
                break_long_words=False,  # ("[OPS" / "I]")
                break_on_hyphens=False,
            )
        self.write("\n".join(lines) + "\n")

    def _placeholder(self, match: re.Match[str]) -> str:
        word = self.arguments[match[2]] + (match[3] or "")
        return word if match[1] == "{" else f"[{word}]"

    def write_heading(self, heading: str) -> None:
        self.heading = heading
        super().write_heading(heading if self.english else translate(heading))

    def write_dl(
        self, rows: Sequence[tuple[str, str]], col_max: int = 30, col_spacing: int = 2
    ) -> None:
        if self.heading == "Arguments":
            rows = [(self._argument(term), text) for term, text in rows]
        if not self.english:
            rows = [(_metavar(term), _help(text)) for term, text in rows]
        else:  # (a planner's word for a value, not Python's: ``--report <text>``)
            rows = [(_METAVAR.sub(_english_metavar, term), text) for term, text in rows]
        # the help keeps HELP_LEAST cells on a narrow terminal: a longer option goes on a line of
        # its own, its help under it (at 40 columns the help of `export -h` had 8 cells a line)
        room = self.width - self.current_indent - col_spacing - HELP_LEAST
        rows = [(self._fitted(term), _HYPHEN.sub(_KEPT, _kept(text))) for term, text in rows]
        start = len(self.buffer)
        if room < 8 and max(len(term) for term, _ in rows) > 8:  # (below 36 columns, where a
            # term is wider than its column: each help under it, 4 cells in, on the whole width;
            # beside a column of 10 cells it had 16, a word a line; the commands' names fit)
            self._under(rows)
        else:
            super().write_dl(rows, max(min(col_max, room), 8), col_spacing)
        self._unkept(start)

    def _under(self, rows: Sequence[tuple[str, str]]) -> None:
        """The definition list ``rows`` on a narrow terminal: each term on its line, its help
        under it four cells further in, wrapped at words to the width (cli41: at 30 columns
        "Folder" / "penyimpanan" / "laporan" / "(default:" beside ``--store``)."""
        from typer._click.formatting import wrap_text

        indent = " " * self.current_indent
        hang = " " * (self.current_indent + 4)
        for term, text in rows:
            self.write(f"{indent}{term}\n")
            if text:
                wrapped = wrap_text(text, self.width - len(hang), preserve_paragraphs=True)
                self.write("".join(f"{hang}{line}\n" for line in wrapped.splitlines()))

    def write_text(self, text: str) -> None:
        start = len(self.buffer)
        super().write_text(_HYPHEN.sub(_KEPT, _kept(text)))
        self._unkept(start)

    def _unkept(self, start: int) -> None:
        """The hyphens kept from the wrapping since ``start`` of the buffer hyphens again: click
        breaks a line after a hyphen ("lkj-" / "tui", "di-bawah-" / "target", a command and a
        choice to be typed), so each went in as U+2011, which it does not break after; the
        spaces of a help's last words (:func:`_last_words_kept`) spaces again."""
        self.buffer[start:] = [
            part.replace(_KEPT, "-").replace(_KEPT_SPACE, " ") for part in self.buffer[start:]
        ]

    def _fitted(self, term: str) -> str:
        """An option wider than the terminal with its value's placeholder (``--severity
        <kesalahan|peringatan|catatan>``, 43 cells at 40 columns, which the terminal broke
        inside the placeholder): the placeholder on a line of its own under the option's name,
        whole."""
        name, space, metavar = term.rpartition(" <")
        columns = self.columns or self.width
        if not space or self.current_indent + len(term) <= columns:
            return term
        return f"{name}\n{' ' * (self.current_indent + 4)}<{metavar}"

    def _argument(self, term: str) -> str:
        """An argument's first column (``node``, ``file:…``) with the name in its word."""
        name, sep, rest = term.partition(":")
        name, dots = (name[:-3], "...") if name.endswith("...") and not sep else (name, "")
        word = self.arguments.get(name)
        return term if word is None else f"{word}{dots}{sep}{rest}"


def show(error: _click.ClickException, english: bool = False, typed: Sequence[str] = ()) -> None:
    """What click prints for ``error`` (the usage line, the hint, the error) on stderr, in Bahasa
    Indonesia unless ``english``. An argument is named by the word of the usage line above it
    ("Kurang argumen 'KOLOM'.", "Missing argument 'FIELD'."), not by typer's name for it
    (``field``); a word of the command line (``typed``) quoted as it was typed
    (:func:`as_typed`); with ``--json``, JSON on stdout (:func:`~lkj_tui.cli.output.refusal`)."""
    kind = _kind(error)  # (before the message is told in the user's words)
    if isinstance(error, BadParameter) and error.param_hint is None:
        param = error.param
        if param is not None and param.param_type_name == "argument" and param.name:
            words = ENGLISH_ARGUMENTS if english else ARGUMENTS
            error.param_hint = f"'{words.get(param.name, param.name).upper()}'"
    if isinstance(error, BadParameter) and error.param is not None:
        error.message = _meant_choice(error.message, error.param, english)
        if error.message.endswith(_NOT_INT):  # ("new --tahun 2025/26")
            command = error.ctx.info_name if error.ctx is not None else ""
            error.message = not_a_number(error.message, error.param, command or "", typed, english)
    if isinstance(error, MissingParameter) and error.param is not None:
        command = error.ctx.info_name if error.ctx is not None else None
        example = _EXAMPLES.get((command or "", error.param.name or ""))
        if example is _SET_EXAMPLE and error.ctx is not None:  # the node typed, when there is one
            example = _set_example(error.ctx.params)
        if example is not None:  # ("Kurang opsi '--output' / '-o'." and nothing of what to write)
            from lkj_tui.storage.errors import store_option

            store = None if command in NO_STORE else value_of(typed, "--store")
            error.message = example[1 if english else 0] + store_option(
                store, "en" if english else "id"
            )  # (the store typed and --lang en, as every command a message prints)
    if isinstance(error, BadOptionUsage) and error.message.endswith(" requires an argument."):
        command = error.ctx.info_name if error.ctx is not None else ""  # (typed with no value)
        said = error.message if english else translate(error.message)
        error.message = needs_value(said, error.option_name, command or "", typed, english)
    if isinstance(error, NoSuchOption):
        error = _as_written(error, typed)
        found = close_options(error.option_name, error.possibilities)
        error.possibilities = found or _option_word(error)
        lang = "en" if english else "id"
        said = misplaced(error.option_name, typed, error.ctx, lang)
        if said is None and not error.possibilities:  # ("lkj-tui --json": no command at all)
            said = without_command(error.option_name, typed, error.ctx, lang)
        error = in_command(error, typed) if said is None else UsageError(said, error.ctx)
    if isinstance(error, NoSuchOption):
        command = error.ctx.info_name if error.ctx is not None else None
        if error.option_name == "--store" and command in NO_STORE:
            error = UsageError(no_store(command, typed, "en" if english else "id"), error.ctx)
        elif command == "export" and error.option_name in _AS_FORMAT:
            error = UsageError(
                as_format(error.option_name, typed, "en" if english else "id"), error.ctx
            )
        elif command == "compare" and error.option_name in _ALL_ONLY:
            error = UsageError(
                all_only(error.option_name, typed, "en" if english else "id"), error.ctx
            )
    dashed = _one_dash(typed, error.ctx)
    if dashed is not None:  # ("-store X" was "-s", "-report ID" "-r eport" and an extra ID)
        said = _ONE_DASH["en" if english else "id"].format(typed=dashed, option=f"-{dashed}")
        error = UsageError(said, error.ctx)
    stray = type(error) is UsageError and error.message.startswith(("Got unexpected", "No such"))
    slashed = _slashed(typed, error.ctx) if dashed is None and stray else None
    if slashed is not None:  # ("export /o x.md": "Jalur yang berisi spasi …: "/o x.md"")
        said = _SLASH["en" if english else "id"][len(slashed[1]) > 2].format(
            typed=slashed[0], option=slashed[1]
        )
        error = UsageError(said, error.ctx)
    buffer = io.StringIO()
    error.show(file=buffer)
    shown = _HINT.sub(_HELP, buffer.getvalue()) if english else buffer.getvalue()
    text = as_typed(shown if english else translate_lines(shown), typed)
    from lkj_tui.cli import output

    if output.JSON_ERRORS:  # (--json: the error and its hint, JSON on stdout; no usage line)
        label = "Error: " if english else "Kesalahan: "
        at = text.find(label)
        output.refusal(text[at + len(label) :] if at >= 0 else text, kind)
        return
    _click.echo(_at_words(text), err=True, nl=False)


def _kind(error: _click.ClickException) -> str:
    """The ``code`` of the usage error ``error`` with ``--json``: calc's words for its own."""
    if isinstance(error, MissingParameter) or error.message.endswith(" requires an argument."):
        return "missing-value"
    if isinstance(error, NoSuchOption):
        return "unknown-option"
    return "bad-value" if isinstance(error, BadParameter) else "usage"


def _as_written(error: NoSuchOption, typed: Sequence[str]) -> NoSuchOption:
    """``error`` naming the option as it was typed: click named "-jsn" by its first letter,
    "Opsi tidak dikenal: -j", a letter nobody typed; then with the options of the command close
    to it with two dashes ("Opsi yang mirip: --json")."""
    short = error.option_name
    if len(short) != 2 or short[1] == "-":
        return error
    words = typed[: list(typed).index("--")] if "--" in typed else typed
    heads = (w.partition("=")[0] for w in words)
    written = next((w for w in heads if len(w) > 2 and w[1] != "-" and w.startswith(short)), None)
    command = getattr(error.ctx, "command", None)
    if written is None or command is None:
        return error
    names = [o for p in command.params for o in p.opts if o.startswith("--")]
    found = close_options("-" + written.partition("=")[0], names)
    return NoSuchOption(written, possibilities=found, ctx=error.ctx)


_MISPLACED = {
    "id": "{typed} adalah opsi perintah {command}, ditulis sesudahnya{dashes}{line}",
    "en": "{typed} is an option of the command {command}, written after it{dashes}{line}",
}
_DASHES = {"id": " dengan dua tanda minus", "en": " with two dashes"}
_MEANT = {
    "id": "Opsi tidak dikenal: {typed}. Opsi perintah {command} yang mirip: {option}, ditulis "
    "sesudahnya{line}",
    "en": "No such option: {typed}. The command {command}'s option close to it: {option}, "
    "written after it{line}",
}
#: Where a word of the command line typed cannot be shown as typed (an escape, a bidi mark, a
#: line break, a double quote, hundreds of characters): the line, cleaned or cut, would name
#: another file or folder than the one typed (``-o "a\x1b[2J.md"`` offered ``-o "a.md"``:
#: hostile71), so it is not offered, and the message says why.
_UNSHOWN_LINE = {
    "id": "; baris perintahnya tidak disalin di sini: yang diketik memuat karakter yang tidak "
    "dapat ditampilkan",
    "en": "; the command line is not repeated here: what was typed holds characters that "
    "cannot be shown",
}
#: The longest command line offered whole (a longer one: not offered, as one not shown).
LINE_LIMIT = 400


def _typed_line(words: Sequence[str], lang: str, before: str = ": ") -> str:
    """``words`` (``lkj-tui``'s arguments) as the command line a message offers after
    ``before``, each word as typed, quoted where a shell would read it otherwise; or, where one
    cannot be shown as typed, no line and why (:data:`_UNSHOWN_LINE`). Linear."""
    from lkj_tui.storage.errors import shown_as_typed, typed_path

    line = " ".join(["lkj-tui", *(typed_path(w) or '""' for w in words)])
    if len(line) > LINE_LIMIT or not all(shown_as_typed(w, LINE_LIMIT) for w in words if w):
        return _UNSHOWN_LINE[lang]
    return before + line


def misplaced(
    option: str, typed: Sequence[str], ctx: _click.Context | None, lang: str
) -> str | None:
    """What to say when ``option``, unknown to ``lkj-tui`` itself, is an option of the command
    typed after it (``lkj-tui -json status``: a Windows habit, one dash, before the command),
    which click answered "Opsi tidak dikenal: -j": the option as written, that it goes after its
    command (with two dashes), and the command line with it there, as typed (``typed``); one
    mistyped too ("-jsn status") with the command's option close to it in its place; None
    when the option is not the command's, nor close to one of them, or no command follows it."""
    words = list(typed[: list(typed).index("--")] if "--" in typed else typed)
    at = next((n for n, w in enumerate(words) if w.partition("=")[0] == option), None)
    found = _command_after(words, at, ctx)
    if at is None or found is None:
        return None
    name, command = found
    word, eq, value = words[at].partition("=")
    fixed = "-" + word if len(word) > 2 and word[1] != "-" else word
    param = next((p for p in command.params if fixed in p.opts), None)
    meant = None
    if param is None:  # a mistyped one ("-jsn status"): the command's option close to it
        names = [o for p in command.params for o in p.opts if o.startswith("--")]
        meant = next(iter(close_options(fixed, names)), None)
        param = next((p for p in command.params if meant in p.opts), None)
        if param is None:
            return None
    takes = not getattr(param, "is_flag", False) and not getattr(param, "count", False)
    moved = [(meant or fixed) + eq + value]
    del words[at]
    if takes and not eq and at < len(words) and words[at] != name:
        moved.append(words.pop(at))  # (its value: "-o notulen.md export")
    where = words.index(name) + 1
    words[where:where] = moved
    from lkj_tui.core.sanitize import clean_line

    line = _typed_line(words, lang)
    if meant is not None:
        return _MEANT[lang].format(
            typed=clean_line(option, 80), command=name, option=meant, line=line
        )
    return _MISPLACED[lang].format(
        typed=clean_line(option, 80),
        command=name,
        dashes=_DASHES[lang] if fixed != word else "",
        line=line,
    )


_WITHOUT = {
    "id": "{typed} adalah opsi perintah {commands}, ditulis sesudah perintahnya{line}",
    "en": "{typed} is an option of the {command} {commands}, written after the command{line}",
}
_FOR_EXAMPLE = {"id": ". Contoh: ", "en": ". For example: "}
#: The commands a command line without one is shown with first (a reviewer's), then the others.
_FIRST = ("status", "export", "check")


def without_command(
    option: str, typed: Sequence[str], ctx: _click.Context | None, lang: str
) -> str | None:
    """What to say when ``option``, unknown to ``lkj-tui`` itself, is typed with no command
    (``lkj-tui --json``, ``lkj-tui --all``, ``lkj-tui -o notulen.md``: "Opsi tidak dikenal" and
    nothing of where it goes): the commands that take it (``status``, ``export``, ``check``
    first) and the line typed with the first of them; None when a command is typed or none
    takes the option."""
    group = getattr(ctx, "command", None)
    if ctx is None or ctx.parent is not None or not hasattr(group, "get_command"):
        return None
    words = list(typed[: list(typed).index("--")] if "--" in typed else typed)
    names = group.list_commands(ctx)
    if any(word in names for word in words):
        return None
    ranked = [n for n in _FIRST if n in names] + [n for n in names if n not in _FIRST]
    having = [
        name
        for name in ranked
        if any(option in p.opts for p in getattr(group.get_command(ctx, name), "params", ()))
    ]
    if not having:
        return None
    from lkj_tui.core.sanitize import clean_line

    return _WITHOUT[lang].format(
        typed=clean_line(option, 80),
        command="command" if len(having) == 1 else "commands",
        commands=", ".join(having[:4]) + (" …" if len(having) > 4 else ""),
        line=_typed_line([having[0], *words], lang, _FOR_EXAMPLE[lang]),
    )


def _command_after(
    words: Sequence[str], at: int | None, ctx: _click.Context | None
) -> tuple[str, _click.Command] | None:
    """The name and the command of the first of ``words`` after its ``at``-th that names a
    command of ``lkj-tui`` (``ctx``, its own context: None for a command's), or None."""
    group = getattr(ctx, "command", None)
    if at is None or ctx is None or ctx.parent is not None or not hasattr(group, "get_command"):
        return None
    names = group.list_commands(ctx)
    name = next((w for w in words[at:] if w in names), None)
    command = None if name is None else group.get_command(ctx, name)
    return None if name is None or command is None else (name, command)


def in_command(error: NoSuchOption, typed: Sequence[str]) -> NoSuchOption:
    """``error``, an option unknown to ``lkj-tui`` itself typed before a command (``lkj-tui
    --bogus status``) and to that command too, said as the command says it (``lkj-tui status
    --bogus``): its usage line and help (cli43: ``lkj-tui``'s own, though the user asked about
    ``status``, ``-h`` among its words); as it is when no command follows the option."""
    words = list(typed[: list(typed).index("--")] if "--" in typed else typed)
    option = error.option_name
    at = next((n for n, w in enumerate(words) if w.partition("=")[0] == option), None)
    found = _command_after(words, at, error.ctx)
    if found is None or error.ctx is None:
        return error
    name, command = found
    ctx = type(error.ctx)(command, parent=error.ctx, info_name=name)
    return NoSuchOption(option, possibilities=error.possibilities, ctx=ctx)


_SLASH = {
    "id": (
        "{typed} ditulis dengan tanda minus: {option}",
        "{typed} ditulis dengan dua tanda minus: {option}",
    ),
    "en": (
        "{typed} is written with a dash: {option}",
        "{typed} is written with two dashes: {option}",
    ),
}


def _slashed(typed: Sequence[str], ctx: _click.Context | None) -> tuple[str, str] | None:
    """The first word of the command line that is an option of the command written the way of
    Windows' own commands, with a slash ("/o", "/json", "/?"), and that option ("-o", "--json",
    "-h"); None when there is none. click took it for an argument: "Ada argumen berlebih"
    and, with the word after it, a path to quote ("/o x.md")."""
    command = getattr(ctx, "command", None)
    if command is None:
        return None
    words = typed[: list(typed).index("--")] if "--" in typed else typed
    names = {o for p in command.params for o in p.opts} | set(ctx.help_option_names)
    for word in words:
        name = word[1:].partition(":")[0].partition("=")[0].lower()  # (cmd's: any case)
        if word[:1] != "/" or not name or "/" in name or "\\" in name:
            continue
        option = "-h" if name == "?" else ("-" if len(name) == 1 else "--") + name
        if option in names:
            return word, option
    return None


_ONE_DASH = {
    "id": "{typed} ditulis dengan dua tanda minus: {option}",
    "en": "{typed} is written with two dashes: {option}",
}


def _one_dash(typed: Sequence[str], ctx: _click.Context | None) -> str | None:
    """The first word of the command line that is a long option of the command written with one
    dash ("-store", "-report", "-json": a Windows habit), which click read as a short option and
    its value ("-r eport") or refused by its first letter ("Opsi tidak dikenal: -s"); None when
    there is none."""
    from lkj_tui.cli.main import one_dash

    command = getattr(ctx, "command", None)
    return None if command is None else one_dash(typed, command)


#: What a missing required option or argument of a command is answered with too: the line to
#: type (``import`` alone, the first command after the template is filled, said only "Kurang
#: argumen 'BERKAS'."; ``set "IKU 1" realisasi`` only "Kurang argumen 'NILAI'.").
_SET_EXAMPLE = (
    'Contoh: lkj-tui set "IKU 1" realisasi NILAI',
    'For example: lkj-tui set "IKU 1" realisasi VALUE',
)


def _set_example(params: dict[str, object]) -> tuple[str, str]:
    """:data:`_SET_EXAMPLE` with the node (and the field) already typed (``set "IKU 3"``:
    'Contoh: lkj-tui set "IKU 3" realisasi NILAI', was always "IKU 1"): the node as a shell
    reads it (in double quotes when it is more than one word; "IKU" alone, a code's letters, as
    "IKU 1"), the field as ``set`` names it;
    a node no shell would read whole in double quotes, or a field ``set`` does not know, as in
    the generic example."""
    from lkj_tui.core.changes import FIELDS, field_key
    from lkj_tui.core.sanitize import clean_line

    node, field = params.get("node"), params.get("field")
    code, key = '"IKU 1"', "realisasi"
    if isinstance(node, str) and node.strip() and len(node) <= 80 and clean_line(node) == node:
        if _CODE_WORDS[0].fullmatch(node):  # a code's letters, its number not typed ("IKU")
            code = f'"{node} 1"'
        elif _PLAIN_WORD.fullmatch(node):
            code = node
        elif not any(char in node for char in '"$`\\!'):
            code = f'"{node.strip()}"'
    if isinstance(field, str) and len(field) <= 80:
        typed = field_key(field)
        key = typed if (typed != field or typed in FIELDS) and _PLAIN_WORD.fullmatch(typed) else key
    return tuple(  # type: ignore[return-value]
        example.replace('"IKU 1"', code, 1).replace(" realisasi ", f" {key} ", 1)
        for example in _SET_EXAMPLE
    )


#: A word a shell reads as it is, without quotes (a node's id, "IKU_1", a field's key).
_PLAIN_WORD = re.compile(r"[\w.,:+-]+")

_EXAMPLES = {
    ("template", "output"): (
        "Contoh: lkj-tui template -o templat.xlsx",
        "For example: lkj-tui template -o template.xlsx",
    ),
    ("import", "file"): (
        "Contoh: lkj-tui import laporan.xlsx",
        "For example: lkj-tui import report.xlsx",
    ),
    ("set", "node"): _SET_EXAMPLE,
    ("set", "field"): _SET_EXAMPLE,
    ("set", "value"): _SET_EXAMPLE,
}


#: A store's folder as the example of a message: a path of the system the user is on (a
#: Windows drive's there; ``~``, which every command expands, elsewhere).
STORE_EXAMPLE = r"D:\LKj" if os.name == "nt" else "~/LKj"

#: What the value of an option is and an example of it (Bahasa Indonesia, English; an example
#: per command where it differs): an option typed last, with nothing after it, was answered only
#: "Opsi '-o' memerlukan satu argumen." and nothing of what to write.
_WANTS: dict[str, tuple[str, str, str, str]] = {
    "--store": ("folder penyimpanan laporan", "the store's folder", STORE_EXAMPLE, STORE_EXAMPLE),
    "--report": ("id laporan", "a report's id", "ID", "ID"),
    "--lang": ("id atau en", "id or en", "en", "en"),
    "--tahun": ("tahun", "a year", "2025", "2025"),
    "--pemerintah": ("nama pemerintah daerah", "a local government's name", "Kaur", "Kaur"),
    "--output": (
        "nama berkas yang ditulis",
        "the name of the file to write",
        "ringkasan.md",
        "summary.md",
    ),
    "template --output": ("", "", "templat.xlsx", "template.xlsx"),
    "--scope": (
        "bawaan, di-bawah-target atau semua",
        "default, under-target or all",
        "semua",
        "all",
    ),
    "--format": ("md, xlsx, csv atau json", "md, xlsx, csv or json", "xlsx", "xlsx"),
    "--compare": ("id laporan pembanding", "the id of the report to compare with", "ID", "ID"),
    "--severity": (
        "kesalahan, peringatan atau catatan",
        "error, warning or info",
        "peringatan",
        "warning",
    ),
    "--revision": (
        "nomor revisi (lkj-tui restore --list)",
        "a revision's number (lkj-tui restore --list)",
        "3",
        "3",
    ),
    "--instansi": ("nama instansi", "the office's name", "Dinas Kesehatan", "Dinas Kesehatan"),
    "--from": ("id laporan tahun sebelumnya", "the id of the year before's report", "ID", "ID"),
    "--clone": ("alamat repositori bersama", "the shared repository's address", "ALAMAT", "REMOTE"),
    "--author": ("nama penulis", "the author's name", "Budi Santoso", "Budi Santoso"),
    "--limit": ("jumlah baris paling banyak (0: semua)", "the most lines (0: all)", "20", "20"),
    "--layout": ("flat atau renja86", "flat or renja86", "renja86", "renja86"),
}
_SHORT = {"-o": "--output", "-r": "--report", "-f": "--format", "-n": "--limit"}
#: How a missing value is said (after click's own sentence), and where a report's id is found.
_NEEDS = {"id": "{said}: {what}. Contoh: {line}", "en": "{said}: {what}. For example: {line}"}
_IDS = {
    "id": "\nDaftar id laporan: lkj-tui status --all{opts}",
    "en": "\nThe reports' ids: lkj-tui status --all{opts}",
}


def needs_value(said: str, option: str, command: str, typed: Sequence[str], english: bool) -> str:
    """click's ``said`` ("Opsi '-o' memerlukan satu argumen.") for ``option`` of ``command``
    typed on the command line ``typed`` with nothing after it, or with another option after it
    (``export -o --force``), with what the option wants and the line to type: the one typed,
    with an example value (``lkj-tui export -o ringkasan.md``); for a report's id, the command
    that lists them too."""
    from lkj_tui.core.sanitize import clean_line
    from lkj_tui.storage.errors import store_option

    lang = "en" if english else "id"
    name = _SHORT.get(option, option)
    wants = _WANTS.get(name)
    words = list(typed[: typed.index("--")] if "--" in typed else typed)
    at = next((i for i in range(len(words) - 1, -1, -1) if words[i] == option), None)
    if wants is None or at is None:
        return said
    example = _WANTS.get(f"{command} {name}", wants)[3 if english else 2]
    line = _line([*typed[: at + 1], example, *typed[at + 1 :]])
    what = wants[1 if english else 0]
    if at + 1 < len(words):  # ("-o --force": the option after it taken for its value)
        what += _TAKEN[lang].format(after=clean_line(words[at + 1], 40))
    text = _NEEDS[lang].format(said=said.rstrip("."), what=what, line=line)
    if example == "ID":
        text += _IDS[lang].format(opts=store_option(value_of(typed, "--store"), lang))
    return text


#: How click ends the message of a value that is no whole number (``'abc' is not a valid int.``).
_NOT_INT = " is not a valid int."
_EXAMPLE_LINE = {"id": "{said}. Contoh: {line}", "en": "{said}. For example: {line}"}


def not_a_number(
    said: str, param: _click.Parameter, command: str, typed: Sequence[str], english: bool
) -> str:
    """click's ``said`` for an option's value that is no whole number (``new --tahun 2025/26``:
    "'2025/26' is not a valid int.", Python's word in English) in a planner's words, with the
    line typed with an example value in its place (``lkj-tui new --tahun 2025 …``), as an
    option typed without its value is answered (:func:`needs_value`)."""
    lang = "en" if english else "id"
    said = said.replace(_NOT_INT, " is not a whole number.") if english else translate(said)
    words = list(typed[: typed.index("--")] if "--" in typed else typed)
    at = next((i for i in range(len(words) - 2, -1, -1) if words[i] in param.opts), None)
    name = max(param.opts, key=len)
    wants = _WANTS.get(name)
    if at is None or wants is None:
        return said
    example = _WANTS.get(f"{command} {name}", wants)[3 if english else 2]
    line = _line([*typed[: at + 1], example, *typed[at + 2 :]])
    return _EXAMPLE_LINE[lang].format(said=said.rstrip("."), line=line)


_TAKEN = {
    "id": " ('{after}' adalah opsi, bukan nilainya)",
    "en": " ('{after}' is an option, not its value)",
}


#: How like an unknown option a suggestion must be (difflib's ratio; click's own 0.6 suggested
#: ``--force`` for ``--store`` and ``--store`` for ``--json``): a typo such as ``--jsn``,
#: ``--forse`` or ``--tahn`` (0.86 and up), not a word that shares "--" and a letter or three.
CLOSE = 0.8


#: The commands that use no store, what each works on instead, and a command that uses one (to
#: show where ``--store`` goes): ``template --store X`` said only "Opsi tidak dikenal: --store".
NO_STORE = {
    "template": {
        "id": ("templat ditulis ke berkas -o saja", "Isiannya diimpor dengan"),
        "en": ("the template is written to the -o file only", "To import it once filled in"),
    },
    "calc": {
        "id": ("capaian dihitung dari dua nilai yang diketik", "Ringkasan laporan"),
        "en": ("it computes the achievement from the two values typed", "A report's summary"),
    },
}
#: The file of :data:`_EXAMPLE`'s ``import`` where ``-o`` was not typed (in English, not
#: "templat.xlsx")
_EXAMPLE_FILE = {"id": "templat.xlsx", "en": "template.xlsx"}
#: The command line each of :data:`NO_STORE` shows.
_EXAMPLE = {"template": "import {output}", "calc": "status"}
#: (--store after the command, as every command the CLI prints has it: "before the command's
#: name" was not true, a command takes it after its name too; cli46)
#: (a label over the command that uses the store, one line at 40 columns: "Perintah yang
#: memakai penyimpanan menerimanya, mis. untuk mengimpor templat yang sudah diisi:" was broken
#: there into lines of one to three words under one another, "mis." read as a sentence's end:
#: paths57)
_NO_STORE = {
    "id": "{command} tidak memakai penyimpanan ({what}); hapus --store. {why}: lkj-tui "
    "{example} --store {store}",
    "en": "{command} uses no store ({what}); leave out --store. {why}: lkj-tui {example} --store "
    "{store} --lang en",
}


def no_store(command: str, typed: Sequence[str], lang: str) -> str:
    """What to say when ``--store`` is given to ``command``, one of :data:`NO_STORE`: that it uses
    no store, and a command line that does, with the store as typed (``typed``: the command
    line's words)."""
    from lkj_tui.storage.errors import UNSHOWN, shown_as_typed, typed_path

    lang = "en" if lang == "en" else "id"
    what, why = NO_STORE[command][lang]
    store = value_of(typed, "--store") or ("PATH" if lang == "en" else "JALUR")
    output = value_of(typed, "--output") or value_of(typed, "-o") or _EXAMPLE_FILE[lang]
    unshown = [v for v in (store, output) if not shown_as_typed(v)]  # (cleaned or cut: another)
    store = "FOLDER" if store in unshown else typed_path(store)
    output = ("FILE" if lang == "en" else "BERKAS") if output in unshown else typed_path(output)
    said = _NO_STORE[lang].format(
        command=command,
        what=what,
        why=why,
        store=store,
        example=_EXAMPLE[command].format(output=output),
    )
    return f"{said}; {UNSHOWN[lang]}" if unshown else said


#: The options of the ``--all`` commands that ``compare`` is given (it compares two reports):
#: ``compare --tahun 2024`` got click's "Opsi tidak dikenal" and nothing of what to use.
_ALL_ONLY = ("--tahun", "--pemerintah")
_ALL_VALUE = {
    "id": {"--tahun": "TAHUN", "--pemerintah": "TEKS"},
    "en": {"--tahun": "YEAR", "--pemerintah": "TEXT"},
}
_COMPARE_ALL = {
    "id": (
        "compare membandingkan dua laporan (id-nya, atau yang terbaru dan sebelumnya) dan tidak "
        "menerima {option}.\n"
        "Semua OPD, masing-masing dibanding tahun sebelumnya: lkj-tui export --all{all}\n"
        "Daftar laporannya: lkj-tui status --all{all}\n"
        "Dua tahun satu OPD: lkj-tui compare ID_LAMA ID_BARU{opts}"
    ),
    "en": (
        "compare compares two reports (their ids, or the latest and the one before it) and takes "
        "no {option}.\n"
        "Every office, each against its year before: lkj-tui export --all{all}\n"
        "Their reports listed: lkj-tui status --all{all}\n"
        "Two years of one office: lkj-tui compare OLD_ID NEW_ID{opts}"
    ),
}


#: An ``export`` option a user types for a format (``--json``: the other commands' option for
#: scripts), and the format ``-f`` names for it: ``export --json`` said "No such option: --json"
#: and nothing of ``-f json`` (cli68).
_AS_FORMAT = {
    "--json": "json",
    "--xlsx": "xlsx",
    "--excel": "xlsx",
    "--csv": "csv",
    "--md": "md",
    "--markdown": "md",
}
#: the file's name in :data:`_AS_FORMAT_SAID` where none of that format was typed: a report's,
#: or the meeting notes' (Markdown)
_AS_FORMAT_FILE = {"id": ("laporan", "notulen"), "en": ("report", "notes")}
_AS_FORMAT_SAID = {
    "id": "export tidak punya opsi {option}; formatnya dipilih dengan -f (--format)",
    "en": "export has no option {option}; the format is chosen with -f (--format)",
}


def as_format(option: str, typed: Sequence[str], lang: str) -> str:
    """What to say when ``export`` is given ``option``, one of :data:`_AS_FORMAT`: the ``-f``
    that writes that format, with the ``-o`` typed when it names a file of that format (else a
    file named for it) and the store typed."""
    from lkj_tui.storage.errors import UNSHOWN, shown_as_typed, store_option, typed_path

    lang = "en" if lang == "en" else "id"
    fmt = _AS_FORMAT[option]
    output = value_of(typed, "--output") or value_of(typed, "-o")
    if output is None or not output.lower().endswith(f".{fmt}") or not shown_as_typed(output):
        output = f"{_AS_FORMAT_FILE[lang][fmt == 'md']}.{fmt}"  # (none, or of another format)
    store = value_of(typed, "--store")
    said = _AS_FORMAT_SAID[lang].format(option=option)
    said += f": lkj-tui export -f {fmt} -o {typed_path(output)}{store_option(store, lang)}"
    return said if store is None or shown_as_typed(store) else f"{said}; {UNSHOWN[lang]}"


def all_only(option: str, typed: Sequence[str], lang: str) -> str:
    """What to say when ``compare`` is given ``option`` (one of :data:`_ALL_ONLY`): the
    ``--all`` commands that take it, with the values typed (``--tahun 2024 --pemerintah kaur``),
    and how two reports are compared."""
    from lkj_tui.core.sanitize import clean_line
    from lkj_tui.storage.errors import store_option

    lang = "en" if lang == "en" else "id"
    given = ""
    for name in _ALL_ONLY:
        value = value_of(typed, name)
        if value is not None and value.startswith("-"):
            value = None  # ("--pemerintah --lang en": an option, not the value)
        if value is None and name == option:  # ("compare --tahun" alone)
            value = _ALL_VALUE[lang][name]
        if value is not None:
            value = clean_line(value, 80)
            given += f' {name} "{value}"' if " " in value or not value else f" {name} {value}"
    opts = store_option(value_of(typed, "--store"), lang)
    return _COMPARE_ALL[lang].format(option=option, all=given + opts, opts=opts)


def value_of(typed: Sequence[str], option: str) -> str | None:
    """The value typed for ``option`` in ``typed`` (``--store X`` or ``--store=X``), the first
    before any ``--``; None if none."""
    for i, word in enumerate(typed):
        if word == "--":
            break
        if word == option and i + 1 < len(typed):
            return typed[i + 1]
        if word.startswith(option + "="):
            return word[len(option) + 1 :]
    return None


#: A word typed for an option of a command, too far from its name for :func:`close_options`:
#: the option meant (``restore ID --to 99``, the revision to go back to: ``--revision 99``).
_OPTION_WORDS = {("restore", "to"): "--revision", ("restore", "ke"): "--revision"}


def _option_word(error: NoSuchOption) -> list[str]:
    """The option of the command ``error`` was raised in that its unknown option is a word for
    (:data:`_OPTION_WORDS`, with one dash or two), or none."""
    command = error.ctx.info_name if error.ctx is not None else None
    meant = _OPTION_WORDS.get((command or "", error.option_name.lstrip("-")))
    return [] if meant is None else [meant]


def close_options(option: str, possibilities: Sequence[str] | None) -> list[str]:
    """The options among click's ``possibilities`` close enough to ``option`` to be what was
    meant (:data:`CLOSE`), the closest first."""
    import difflib

    return difflib.get_close_matches(option, list(possibilities or ()), cutoff=CLOSE)


def _meant_choice(message: str, param: _click.Parameter, english: bool = False) -> str:
    """A value not among an option's choices (``--format mdd``, ``--lang eng``) with the one
    meant, as an unknown option gets it ("… Maksud Anda 'md'?"): click lists them only.
    ``import --layout``'s choices are names no one guesses: a word for what a layout reads
    ("renstra", "e-sakip", "renja") names it too, and every layout is listed with what it reads,
    a line each (:data:`LAYOUTS`)."""
    choices = getattr(param.type, "choices", None)
    typed = _NOT_ONE_OF.match(message)
    if not choices or typed is None:
        return message
    named = [str(choice) for choice in choices]
    word = typed[2].casefold()  # ("XLSX", "EN": Windows' words have no case)
    found = close_options(typed[2], named) or close_options(word, named)
    if not found and _CHOICE_WORDS.get(word) in named:  # ("excel": the format that is one)
        found = [_CHOICE_WORDS[word]]
    layouts = param.name == "layout"
    if layouts and not found:
        words = close_options(typed[2].casefold(), list(_LAYOUT_WORDS))
        found = [_LAYOUT_WORDS[words[0]]] if words else []
    said = f"{message[:-1]}. Did you mean {found[0]!r}?" if found else message
    lang = 1 if english else 0
    if param.name == "fmt" and not found and typed[2].casefold().lstrip(".") in PRINTED:
        return "\n".join([said, PRINT_IT[lang]])  # ("pdf": what to write to print one)
    if not layouts:
        return said
    lines = [f"  {name:<8} {reads[lang]}" for name, reads in LAYOUTS.items()]
    return "\n".join([said, ("Layouts:", "Tata letak:")[1 - lang], *lines])


#: A word for a choice, typed for it (``--format excel``, ``--lang english``): the choice.
_CHOICE_WORDS = {
    "excel": "xlsx",
    "markdown": "md",
    "english": "en",
    "inggris": "en",
    "indonesia": "id",
    "indonesian": "id",
}
#: A document ``export --format`` does not write, typed for its format: one to print instead.
PRINTED = frozenset({"pdf", "docx", "doc", "odt", "rtf", "html", "htm"})
#: How to get such a document (Bahasa Indonesia, English): docs/export.md.
PRINT_IT = (
    "Untuk PDF atau dokumen Word: tulis Markdown atau xlsx, buka berkasnya, lalu cetak ke PDF "
    "(Microsoft Print to PDF) atau salin ke Word:\n"
    "  lkj-tui export -o notulen.md\n"
    "  lkj-tui export -f xlsx -o laporan.xlsx",
    "For a PDF or a Word document: write Markdown or xlsx, open the file, then print it to PDF "
    "(Microsoft Print to PDF) or copy it into Word:\n"
    "  lkj-tui export -o notes.md\n"
    "  lkj-tui export -f xlsx -o report.xlsx",
)
#: What each of ``import --layout``'s layouts reads (Bahasa Indonesia, English): docs/import.md.
LAYOUTS = {
    "flat": (
        "templat lkj-tui, lembar e-SAKIP, formulir cascading, tabel Sasaran dan Indikator, "
        "matriks Renstra atau PK (bawaan)",
        "lkj-tui's template, e-SAKIP's sheet, the cascading form, a table of Sasaran and "
        "Indikator, a Renstra or PK matrix (the default)",
    ),
    "renja86": (
        "evaluasi Renja Permendagri 86 (tabel E.81)",
        "the Renja evaluation of Permendagri 86 (table E.81)",
    ),
}
#: A word for what a layout reads, typed for the layout: the layout that reads it.
_LAYOUT_WORDS = {
    **dict.fromkeys(
        ("renstra", "pk", "esakip", "e-sakip", "template", "templat", "cascading", "sasaran"),
        "flat",
    ),
    **dict.fromkeys(("renja", "permendagri86", "permendagri", "e.81", "e81"), "renja86"),
}


#: The labels of the usage line and the help hint under it (:data:`_HINT`).
_UNDER_USAGE = ("Penggunaan", "Usage", "Bantuan", "Help")
#: click's (typer's) refusal of a value not among the choices, the value as its repr.
_NOT_ONE_OF = re.compile(r"(['\"])([^'\"]{0,80})\1 is not one of .*\.\Z", re.DOTALL)


def _at_words(text: str) -> str:
    """``text``'s lines as the commands' own errors are written: on a terminal, a line wider than
    it broken at words, under the words after "Kesalahan: "/"Error: " (the terminal broke it
    anywhere: "bilangan bul" / "at"); to a pipe or a file as they are."""
    from rich.cells import cell_len

    from lkj_tui.cli.output import _width, command_at, fold_command, folded
    from lkj_tui.cli.plain import PATH_SEPS

    width = max(_width(os.environ, False), 20)
    out = []
    for line in text.split("\n"):
        head, colon, _ = line.partition(": ")
        if head in _UNDER_USAGE and cell_len(line) <= width:
            out.append(line)  # (whole where it fits: not "Penggunaan:" / its command)
            continue
        if head in (*_UNDER_USAGE[2:], "Ketik", "Type") and colon and sys.stderr.isatty():
            # the hint's (or the line to type's) command after its label, folded at its
            # options: not "Help:" alone over it at 30 columns (cli39); where its first option does not fit, as the rest
            label = f"{head}: "
            lines = fold_command(line[len(label) :], width, len(label))
            # (moved left of the label for its widest part, it goes under it: cut at the
            # label's width, "Bantuan: ui template -h" lost "lkj-t" at 24 columns, paths57)
            if cell_len(lines[0]) <= width and lines[0].startswith(" " * len(label)):
                out += [label + lines[0][len(label) :], *lines[1:]]
                continue
        hang = len(head) + 2 if colon and head in ("Kesalahan", "Error") else 4
        listed = _LISTED.match(line)  # ("  flat     templat …": under the words, not the name)
        if listed is not None:
            hang = len(listed[0])
        plain = hang == 4 and listed is None  # (a line of its own words, at column 0)
        at = line.find(": lkj-tui ")  # (a command after its label: whole, to be copied)
        whole: tuple[str, ...] = (command_at(line, at + 2),) if at >= 0 else ()
        if at >= 0 and plain and cell_len(line[: at + 1]) <= width:
            hang = 0  # (its label on one line: the command 2 in from it, not 6: words50)
        out.append(folded(line, hang, sys.stderr, whole, seps=PATH_SEPS) if line else line)
    return "\n".join(out)


#: click's hint under the usage line, "Try 'lkj-tui set -h' for help.": its command inside the
#: sentence (broken there, or copied with "for help."), and without ``--lang en`` (``set -h``
#: answers in Bahasa Indonesia). Written "Help: lkj-tui set -h --lang en" (in Bahasa Indonesia
#: "Bantuan: lkj-tui set -h", :data:`MESSAGES`), the command at its line's end; whatever the
#: program's name ("python -m lkj_tui": "Try '…' for" / "help." at 40 columns, cli48).
_HINT = re.compile(r"^Try '([^'\n]*)' for help\.$", re.MULTILINE)
_HELP = r"Help: \1 --lang en"
#: A line of a list a usage error ends with: its indent, the name listed and the spaces after it.
_LISTED = re.compile(r" +\S+ {2,}")


def as_typed(text: str, typed: Sequence[str]) -> str:
    r"""``text`` with each word of ``typed`` that click quoted with ``repr``, its ``\`` doubled
    ("Perintah 'C:\\Data\\x.xlsx' tidak ada."), quoted as it was typed instead
    ('C:\Data\x.xlsx'). Only where ``repr`` did nothing else: a word holding a control
    character keeps every escape."""
    for word in set(typed):
        quoted = repr(word)
        if "\\" in word and quoted[1:-1].replace("\\\\", "\\") == word:
            text = text.replace(quoted, quoted[0] + word + quoted[-1])
    return text


#: The options whose value is a path (a folder, a file, sync's shared repository).
PATH_OPTIONS = ("--store", "--output", "-o", "--clone")
_QUOTE_IT = {
    "id": "Jalur yang berisi spasi harus diberi tanda petik: {typed}",
    "en": "Put a path that holds a space in quotes: {typed}",
}


def unquoted_path(
    argv: Sequence[str],
    message: str,
    commands: Sequence[str],
    lang: str,
    takes_path: bool = False,
) -> str:
    r"""The line that says to quote a path, when the usage error ``message`` is about an argument
    that goes on a path typed without quotes; "" otherwise. The path as it should be typed: its
    words up to an option or a command's name, in double quotes.

    Where a path with a space is likely: the value of ``--store``/``-o`` (``--store C:\My
    Docs\lkj``: "Docs\lkj" is a stray argument, or taken for a command), or an argument holding
    a ``\`` or a ``/`` (``import D:\Data LKj\a.xlsx``) where the command takes a path
    (``takes_path``: ``import``'s file, ``sync``'s remote) or where the joined words name a
    file or folder, or one in a folder that exists. Not a value such as ``set IKU1 target 3/4
    lagi`` (a stray word after a ``/``).

    Linear in the words: each word's run of plain words (neither an option nor a command) is
    found once, and a text longer than a path can be is not looked up on disk (3,000 stray
    words took 5 s: each walked back over the words before it)."""
    named = _named(message)
    plain = [  # (a command in capitals, STATUS, ends a path too: no part of it)
        not word.startswith("-") and word.casefold() not in commands for word in argv
    ]
    begins = [0]  # begins[i]: where the plain words just before word i begin (i: none)
    for i, is_plain in enumerate(plain):
        begins.append(begins[i] if is_plain else i + 1)
    ends = [len(argv)] * (len(argv) + 1)  # ends[i]: the first word from i on that is not plain
    for i in range(len(argv) - 1, -1, -1):
        ends[i] = ends[i + 1] if plain[i] else i
    spaced, slashed, chars = [0], [0], [0]  # before word i: how many hold a space (typed
    for word in argv:  # quoted), a slash; their length joined by spaces, with one more space
        spaced.append(spaced[-1] + (" " in word))
        slashed.append(slashed[-1] + ("\\" in word or "/" in word))
        chars.append(chars[-1] + len(word) + 1)
    for at in range(1, len(argv)):
        if not plain[at] or not named(argv[at]) or " " in argv[at]:
            continue  # (a word holding a space was typed quoted: whole, no path's rest)
        option, eq, value = argv[at - 1].partition("=")
        if not eq:  # the path's first words alone: after its option, or a path itself
            start = at - 1 if at == 1 else max(1, begins[at - 1])  # (``--clone D:\My Shared
            if start > 1 and argv[start - 1] not in PATH_OPTIONS:  # LKj\r.git``: the option
                start = at - 1  # three words back)
            elif spaced[at] > spaced[start]:  # (quoted: typed whole, and the words after it
                start = at - 1  # are arguments: --store "C:\My Docs" set IKU 1 …)
            option = argv[start - 1] if start > 0 else ""
            if argv[start].startswith("-") or not (
                option in PATH_OPTIONS or slashed[at] > slashed[start]
            ):
                continue
            long = chars[ends[at]] - chars[start] > _LONGEST_PATH
            if long and option not in PATH_OPTIONS and not takes_path:
                continue  # (no folder or file is named by a text that long)
            value = " ".join(argv[start:at])
        elif option not in PATH_OPTIONS:
            continue
        joined = " ".join([value, *argv[at : ends[at]]])
        if option not in PATH_OPTIONS and not (takes_path or _on_disk(joined)):
            continue
        if option == "--store" and _on_disk_whole(value) and not _on_disk(joined):
            continue  # a store that is there, then a word of its own (lkj-tui --store X lkj.xlsx)
        if message.startswith(NO_COMMAND) and not _on_disk_whole(joined):
            from difflib import get_close_matches  # (typer's test for its "Did you mean")

            if get_close_matches(argv[at], commands):
                continue  # a mistyped command (--store X statsu), not the rest of the path
        return quote_it(option if option in PATH_OPTIONS else "", joined, lang)
    return ""


#: The longest path a system names (Windows' long paths): a longer text is no file or folder.
_LONGEST_PATH = 32767


def quote_it(option: str, path: str, lang: str) -> str:
    """The line that says to type ``path`` (after ``option``, if any) in double quotes; a path a
    message cannot show as typed (:func:`~lkj_tui.storage.errors.shown_as_typed`) is named by
    its placeholder, and why (the line copied would name another file)."""
    from lkj_tui.storage.errors import UNSHOWN, shown_as_typed, typed_path

    lang = "en" if lang == "en" else "id"
    shown = shown_as_typed(path, 400)
    if not shown:
        path = "PATH" if lang == "en" else "JALUR"
    path = typed_path(path) if " " in path else f'"{path}"'  # (JALUR: quoted all the same)
    said = _QUOTE_IT[lang].format(typed=f"{option} {path}" if option else path)
    return said if shown else f"{said}; {UNSHOWN[lang]}"


_QUOTE_NODE = {
    "id": "Kode simpul yang berisi spasi diberi tanda petik: {typed}",
    "en": "Put a node's code that holds a space in quotes: {typed}",
}
#: A node's code typed as two words: its letters, then its number ("IKU 1", "Sasaran 2.1").
_CODE_WORDS = (re.compile(r"[A-Za-z]+"), re.compile(r"[0-9]+(?:\.[0-9]+)*[A-Za-z]?"))
#: The commands whose first argument is a node (``set``'s, ``log``'s).
NODE_COMMANDS = ("set", "log")


def node_hint(
    argv: Sequence[str], message: str, command: str, valued: Sequence[str], lang: str
) -> str:
    """The line that says to quote a node's code when the usage error ``message`` is about a
    stray argument of ``set`` or ``log`` whose node, its first argument, was typed as two words
    (``set IKU 1 target 3``: "Ada argumen berlebih (3)"), with the command line as it should be
    typed; "" otherwise. ``valued``: the options that take a value (before the command too)."""
    if command not in NODE_COMMANDS or not message.startswith(EXTRA) or command not in argv:
        return ""
    words, at = list(argv), list(argv).index(command) + 1
    while at < len(words) and words[at].startswith("-") and words[at] != "--":
        at += 2 if words[at] in valued else 1  # (an option, and its value)
    at += at < len(words) and words[at] == "--"
    if at + 1 >= len(words):
        return ""
    first, second = words[at], words[at + 1]
    if not _code_words(first, second):
        return ""
    words[at : at + 2] = [f"{first} {second}"]
    return _QUOTE_NODE["en" if lang == "en" else "id"].format(typed=_line(words))


def _line(words: Sequence[str]) -> str:
    """The command line of ``words`` as it is typed: a word that holds a space in quotes."""
    from lkj_tui.core.sanitize import clean_line
    from lkj_tui.storage.errors import typed_path

    return clean_line("lkj-tui " + " ".join(typed_path(w) for w in words), 400)


_QUOTE_TEXT = {
    "id": "Teks yang berisi spasi diberi tanda petik: {typed}",
    "en": "Put a text that holds a space in quotes: {typed}",
}
#: The options whose value is a text of several words: a name (``--instansi Dinas X``).
TEXT_OPTIONS = ("--instansi", "--pemerintah")
#: The most words of a name joined (``--instansi Dinas Pendidikan dan Kebudayaan …``).
TEXT_WORDS = 24


def text_hint(
    argv: Sequence[str],
    message: str,
    at: int,
    valued: Sequence[str],
    extras: Callable[[list[str]], int],
    lang: str,
) -> str:
    """The line that says to quote a text when the usage error ``message`` is about stray words
    that are the rest of a text typed without quotes: a name after ``--instansi`` or
    ``--pemerintah`` (``new --instansi Dinas X --tahun 2025``: "Ada argumen berlebih (X)"),
    ``set``'s value (``set IKU1 name Nilai baru``), with the command line as it should be typed;
    "" otherwise. ``at``: where the command's name is in ``argv``; ``valued``: its options that
    take a value; ``extras``: how many stray words the command's words leave. The words of each
    text are joined where that leaves fewer stray words (as few as joining can, then the fewest
    words joined), and the line is said only when it leaves none.

    A few parses of the words, however many there are: once, none more when more words are
    stray than joining could take (a page pasted after ``--instansi``), then two for each name
    (each word joined into it is one stray word fewer, down to the fewest) and one for ``set``'s
    words (30,000 stray words took 3.6 s when each name's every length was parsed)."""
    if not message.startswith(EXTRA):
        return ""
    words = list(argv[at + 1 :])
    runs = _bare_runs(words, valued)
    joins: list[tuple[list[tuple[int, int]], bool]] = []  # the spans to join; whether a name
    for start, end in reversed(runs):  # (from the end: the places before stay where they are)
        if start > 0 and words[start - 1] in TEXT_OPTIONS:  # (a name of at most TEXT_WORDS)
            joins.append(([(start, min(end, start + TEXT_WORDS))], True))
        elif argv[at] == "set" and (start, end) == runs[0]:
            joins.append((_set_spans(words, start, end), False))
    most = sum(max(0, stop - start - 1) for spans, _ in joins for start, stop in spans)
    left = extras(words)
    if not 0 < left <= most:  # (no stray words, or more than joining can take)
        return ""
    for spans, name in joins:
        if not spans or spans[0][1] - spans[0][0] < 2:
            continue
        candidate = _joined(words, spans)
        fewest = extras(candidate)
        if fewest >= left:
            continue
        start, last = spans[0]
        stop = start + 1 + left - fewest  # (a name: the shortest that leaves as few)
        if name and stop < last:
            shorter = _joined(words, [(start, stop)])
            candidate = shorter if extras(shorter) == fewest else candidate
        words, left = candidate, fewest
    if left:
        return ""
    typed = _line([*argv[: at + 1], *words])
    return _QUOTE_TEXT["en" if lang == "en" else "id"].format(typed=typed)


def author_hint(argv: Sequence[str], init: bool, lang: str) -> str:
    """The line that says to quote ``sync``'s author when its name was typed without quotes
    (``sync --author Budi Santoso``: "Santoso" read as the shared address, and refused as an
    address given without --init), with the command line as it should be typed; "" otherwise.
    With ``--init`` the word after the name is taken for its rest only when it cannot be an
    address (no slash, colon or dot, and nothing of that name here): ``sync --init --author
    Budi D:\\Bersama\\lkj.git`` is the name and the address."""
    words = list(argv[: argv.index("--")] if "--" in argv else argv)
    if "--author" not in words:
        return ""
    start = words.index("--author") + 1
    stop = start
    while stop < len(words) and not _is_option(words[stop]):
        stop += 1
    name = stop
    if (
        init
        and stop - start > 1
        and (any(mark in words[stop - 1] for mark in "/\\:.") or _on_disk_whole(words[stop - 1]))
    ):
        name = stop - 1  # (the address after the name)
    if name - start < 2:
        return ""
    typed = _line([*words[:start], " ".join(words[start:name]), *argv[name:]])
    return _QUOTE_TEXT["en" if lang == "en" else "id"].format(typed=typed)


def _set_spans(words: Sequence[str], start: int, end: int) -> list[tuple[int, int]]:
    """The words of ``set``'s node, field and value (``words[start:end]``) that are one each,
    as (start, stop) spans of more than one word: the node when a code typed as two words
    ("IKU 1"), the field when the words after the node name one ("Target triwulan II"), the
    value all the words after them; none when only the node is (:func:`node_hint` says that)."""
    pair = end - start >= 2 and _code_words(words[start], words[start + 1])
    field = start + 1 + pair
    value = field + _field_words(words[field:end])
    spans = [(field, value)] if value - field > 1 else []
    spans += [(value, end)] if end - value > 1 else []
    return [(start, start + 2), *spans] if pair and spans else spans


def _field_words(words: Sequence[str]) -> int:
    """How many of ``words`` (at most 3) name ``set``'s field: the most that name one
    ("Target triwulan II": 3), else 1."""
    from lkj_tui.core.changes import field_key

    for count in (3, 2):  # (a field's key has no space: two words that name none stay as typed)
        typed = " ".join(words[:count])
        if len(words) > count and field_key(typed) != typed:
            return count
    return 1


def _joined(words: Sequence[str], spans: Sequence[tuple[int, int]]) -> list[str]:
    """``words`` with those of each (start, stop) span one word (spans in order, apart)."""
    out = list(words)
    for start, stop in reversed(spans):
        out[start:stop] = [" ".join(out[start:stop])]
    return out


def _code_words(first: str, second: str) -> bool:
    """True when ``first`` and ``second`` are a node's code typed as two words ("IKU", "1")."""
    return bool(_CODE_WORDS[0].fullmatch(first) and _CODE_WORDS[1].fullmatch(second))


def _bare_runs(words: Sequence[str], valued: Sequence[str]) -> list[tuple[int, int]]:
    """The runs of ``words`` that are neither an option nor an option's value, as (start, end);
    a text option's value the start of the run after it (``--instansi Dinas X``: "Dinas X")."""
    runs: list[tuple[int, int]] = []
    at = 0
    while at < len(words):
        if words[at] == "--":
            runs.append((at + 1, len(words)))
            break
        if _is_option(words[at]):
            at += 1 + (words[at] in valued and words[at] not in TEXT_OPTIONS)
            continue
        start = at
        while at < len(words) and not _is_option(words[at]):
            at += 1
        runs.append((start, at))
    return runs


def _is_option(word: str) -> bool:
    """True when ``word`` is an option's name, not a value such as ``-20`` or ``- Kurang SDM``."""
    return word.startswith("-") and not _NEGATIVE_VALUE.match(word)


#: A word that begins with "-" and is a value, not an option (``-20``, ``- Kurangnya SDM``).
_NEGATIVE_VALUE = re.compile(r"-[^-A-Za-z]")


_IMPORT_IT = {
    "id": "Untuk mengimpor berkas itu: lkj-tui import {typed}",
    "en": "To import that file: lkj-tui import {typed}",
}
#: The suffixes of the files ``lkj-tui import`` reads.
IMPORTED = (".xlsx", ".xlsm", ".csv", ".json")


def import_hint(argv: Sequence[str], message: str, lang: str) -> str:
    r"""The line that names ``lkj-tui import`` when the usage error ``message`` is about a
    command named like a file it reads (``lkj-tui C:\Data\lkj.xlsx``: the command forgotten, or a
    file dropped onto the console), "" otherwise; with the ``--store`` typed and ``--lang en``,
    as every command a message prints."""
    if not message.startswith(NO_COMMAND):
        return ""
    for word in argv:
        if word.lower().endswith(IMPORTED) and _names(message, word):
            from lkj_tui.storage.errors import UNSHOWN, shown_as_typed, store_option, typed_path

            typed = typed_path(word) + store_option(_store_typed(argv), lang)
            if not shown_as_typed(word):  # (cleaned, it would name another file)
                fill = "FILE" if lang == "en" else "BERKAS"
                typed = f"{fill}{store_option(_store_typed(argv), lang)}; {UNSHOWN[lang]}"
            return _IMPORT_IT["en" if lang == "en" else "id"].format(typed=typed)
    return ""


_COMMAND_MEANT = re.compile(r"\. Did you mean '([^']+)'\?$")
_TYPE_IT = {"id": "Ketik: {line}", "en": "Type: {line}"}


def meant_line(message: str, argv: Sequence[str], at: int, lang: str) -> str:
    """The line to type when the usage error ``message`` about the command ``argv[at]`` ends
    with the one command meant ("No such command 'imprt'. Did you mean 'import'?", typer's
    words): the command line with that command in its place (``lkj-tui import X.xlsx``); ""
    otherwise (several meant, or a line already said under the message)."""
    meant = _COMMAND_MEANT.search(message)
    if meant is None or "\n" in message or not message.startswith(NO_COMMAND):
        return ""
    words = [*argv[:at], meant[1], *argv[at + 1 :]]
    return _TYPE_IT["en" if lang == "en" else "id"].format(line=_line(words))


#: Words typed as a command that are options here (``lkj-tui help``: git's and pip's habit).
_AS_OPTION = {"help": "-h", "bantuan": "-h", "version": "--version", "versi": "--version"}
_OPTION_IT = {
    "id": "{typed} ditulis sebagai opsi: {line}",
    "en": "{typed} is written as an option: {line}",
}


def option_hint(argv: Sequence[str], message: str, commands: Sequence[str], lang: str) -> str:
    """The line that names the option meant when the usage error ``message`` is about a command
    that is an option here (``lkj-tui help``, ``version``, ``HELP``: "Perintah 'help' tidak
    ada." and nothing of ``-h``, where ``/?`` is answered with it), with the line to type:
    ``lkj-tui status -h`` for ``help status``; "" otherwise."""
    if not message.startswith(NO_COMMAND):
        return ""
    at = next((n for n, word in enumerate(argv) if _names(message, word)), None)
    option = None if at is None else _AS_OPTION.get(argv[at].casefold())
    if at is None or option is None:
        return ""
    after = argv[at + 1] if at + 1 < len(argv) and option == "-h" else ""
    from lkj_tui.core.sanitize import clean_line

    words = ["lkj-tui", *([after] if after in commands else []), option]
    words += ["--lang", "en"] if lang == "en" else []
    said = _OPTION_IT["en" if lang == "en" else "id"]
    return said.format(typed=clean_line(argv[at], 80), line=" ".join(words))


def _store_typed(argv: Sequence[str]) -> str | None:
    """The ``--store`` of the command line (``--store X`` or ``--store=X``), or None."""
    for at, word in enumerate(argv):
        if word.startswith("--store="):
            return word.removeprefix("--store=")
        if word == "--store" and at + 1 < len(argv):
            return argv[at + 1]
    return None


def _on_disk(path: str) -> bool:
    """True when ``path`` (either slash) names a file or folder, or one in a folder that exists."""
    path = _native(path)
    parent = os.path.dirname(path.rstrip(os.sep))
    return os.path.exists(path) or (bool(parent) and os.path.isdir(parent))


def _on_disk_whole(path: str) -> bool:
    """True when ``path`` (either slash) itself names a file or folder."""
    return os.path.exists(_native(path))


def _native(path: str) -> str:
    """``path`` with either slash as this system's, ``~`` expanded."""
    return os.path.expanduser(path.replace("\\", os.sep).replace("/", os.sep))


def _named(message: str) -> Callable[[str], bool]:
    """:func:`_names` for ``message`` and any word, each word looked up in the same time however
    many stray words ``message`` lists (its words gathered once)."""
    extra = message.removeprefix(EXTRA)
    if extra == message:
        return partial(_names, message)
    strays = frozenset(extra.removesuffix(")").split(" "))
    return lambda word: word in strays if " " not in word else _names(message, word)


def _names(message: str, word: str) -> bool:
    """True when click's ``message`` names ``word`` whole: quoted ("No such command {name!r}."),
    or among the stray arguments ("Got unexpected extra argument(s) (Docs/lkj x)"); not inside
    another word (the "s" of "(x)")."""
    if repr(word) in message or f"'{word}'" in message:
        return True
    extra = message.removeprefix(EXTRA)
    return extra != message and f" {word} " in f" {extra.removesuffix(')')} "


#: How click begins the usage error of stray words.
EXTRA = "Got unexpected extra argument(s) ("
#: How click begins the usage error of an unknown command.
NO_COMMAND = "No such command"
