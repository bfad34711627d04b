"""The ``lkj-tui`` command. Without a sub-command it opens the TUI.

Each command imports what it needs inside its function, so ``lkj-tui status``, ``export`` and ``calc``
never import textual (a subprocess test checks it) and start fast.
"""

import gc  # (no "from __future__ import annotations": typer would evaluate every string again)
import os
import re
import sys
from collections.abc import Iterator, MutableMapping, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from typer.core import TyperCommand, TyperGroup
from typer.main import get_command_from_info, get_command_name
from typer.models import CommandInfo

from lkj_tui import __version__

Command = typer.core._click.Command

#: The options of ``lkj-tui`` itself that a command may take too (``lkj-tui --store X status``).
CARRIED = ("store", "report", "lang")


class _Context(typer.Context):
    """The context of ``lkj-tui`` and of its commands: its ``--help`` and usage line say click's
    own words ("Usage:", "Options:", "[required]" …) in the language of the command line
    (:attr:`lang`), in Bahasa Indonesia through ``cli/clicktext.py``, imported only then."""

    #: "en" when the command line asks for English (``--lang en``, wherever it stands), else "id";
    #: set by :meth:`_Root.main` before click parses, so that a usage error has it too.
    lang = "id"
    #: The command line's arguments (set with :attr:`lang`).
    argv: tuple[str, ...] = ()

    def fail(self, message: str) -> Any:
        """A usage error; when its stray argument is the rest of a path with a space typed without
        quotes (``--store C:\\My Docs\\lkj``), with a line saying to quote it; when its unknown
        command is a file to import (``lkj-tui lkj.xlsx``), with the command that imports it;
        when it is an option here (``lkj-tui help``), with the option."""
        from lkj_tui.cli.clicktext import (
            EXTRA,
            NO_COMMAND,
            _names,
            author_hint,
            import_hint,
            node_hint,
            option_hint,
            text_hint,
            unquoted_path,
        )

        hint = option_hint(self.argv, message, self.names(), self.lang)
        hint = hint or unquoted_path(self.argv, message, self.names(), self.lang, self.takes_path())
        hint = hint or import_hint(self.argv, message, self.lang)
        valued = [o for p in self.command.params if not getattr(p, "is_flag", True) for o in p.opts]
        if message.startswith(NO_COMMAND) and not hint:  # ("STATUS": typer's "Did you mean",
            from difflib import get_close_matches  # which it adds after, has case)

            name = next((w for w in self.argv if _names(message, w)), "")
            meant = name.casefold()
            if meant in self.names() and not get_close_matches(name, self.names()):
                message = f"{message.rstrip('.')}. Did you mean {meant!r}?"
        if self.parent is not None and not hint:  # (a command's: its words joined, parsed again)
            at = _command_at(list(self.argv))
            hint = text_hint(self.argv, message, at, valued, self._extras, self.lang)
        hint = hint or node_hint(self.argv, message, self.info_name or "", valued, self.lang)
        if self.info_name == "sync" and not hint and message.startswith(EXTRA):
            hint = author_hint(self.argv, "--init" in self.argv, self.lang)
        super().fail(f"{message}\n{hint}" if hint else message)

    def _extras(self, words: list[str]) -> int:
        """How many stray words the command's ``words`` leave (none where they do not parse)."""
        try:
            probe = self.command.make_context(
                self.info_name, list(words), parent=self.parent, resilient_parsing=True
            )
        except Exception:  # (another error: not a line to suggest)
            return len(words) + 1
        return len(probe.args)

    def names(self) -> list[str]:
        """The names of ``lkj-tui``'s commands."""
        root = self.find_root().command
        return root.list_commands(self) if isinstance(root, TyperGroup) else []

    def takes_path(self) -> bool:
        """Whether the command has an argument that is a path: import's file, sync's remote (a
        shared folder or a URL)."""
        return any(
            p.param_type_name == "argument" and (p.name == "remote" or p.type.name == "path")
            for p in self.command.params
        )

    def quote_hint(self, error: typer.core._click.ClickException) -> None:
        """``error``, a bad value found before the stray words of a path with a space typed
        without quotes (``import --layout renstra D:\\Data LKj\\Renstra Dinas.xlsx``: click
        stops at the layout), with the line that says to quote the path too."""
        from typer._click.exceptions import BadParameter

        if not isinstance(error, BadParameter) or self.parent is None:
            return
        argv = list(self.argv)
        try:  # the command's words again, without stopping at an error: the stray ones
            probe = self.command.make_context(
                self.info_name,
                argv[_command_at(argv) + 1 :],
                parent=self.parent,
                resilient_parsing=True,
            )
        except Exception:  # (nothing to add)
            return
        if not probe.args:
            return
        from lkj_tui.cli.clicktext import EXTRA, unquoted_path

        stray = f"{EXTRA}{' '.join(probe.args)})"
        hint = unquoted_path(argv, stray, self.names(), self.lang, self.takes_path())
        if hint:
            error.message = f"{error.message}\n{hint}"

    def make_formatter(self) -> typer.core._click.HelpFormatter:
        from lkj_tui.cli.clicktext import Formatter

        return Formatter(
            width=self.terminal_width,
            max_width=self.max_content_width,
            command=self.command,
            english=self.lang == "en",
        )


class _Root(TyperGroup):
    """The ``lkj-tui`` group.

    Options given before the command name are the command's too: ``lkj-tui --store X status`` is
    ``lkj-tui status --store X``. One the command does not take (``--report`` before ``calc``),
    or one given twice with different values (on one side or on both), is refused with a usage
    error, never ignored. Its ``--help`` ends with the store folder in use.

    Its sub-commands are those registered on :data:`commands`, each built by typer when it is
    first looked up (:class:`_Commands`). click's own words (usage errors, ``--help``) are in the
    language of the command line (:class:`_Context`)."""

    context_class = _Context

    def __init__(self, **attrs: Any) -> None:
        super().__init__(**attrs)
        self.commands = _Commands(commands.registered_commands)

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        """typer's ``main``, with the language of the command line known before typer parses.
        A usage error (or "Aborted!") is printed here by ``cli/clicktext.py`` instead of by
        typer: translated unless it is English, an argument named as the usage line names it
        (``KOLOM``, ``FIELD``); the exit codes stay typer's."""
        from lkj_tui.cli import output

        _Context.argv = tuple(sys.argv[1:] if args is None else args)
        _Context.lang = output._lang(list(_Context.argv))
        output.JSON_ERRORS = asks_json(list(_Context.argv))
        if _Context.lang == "en":  # the help texts in English (cli/helptext.py)
            from lkj_tui.cli.helptext import english

            english(self)
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, standalone_mode, **extra)
        try:
            code = super().main(args, prog_name, complete_var, False, **extra)
        except typer.core._click.ClickException as exc:
            from lkj_tui.cli.clicktext import show

            if isinstance(getattr(exc, "ctx", None), _Context):
                exc.ctx.quote_hint(exc)  # type: ignore[union-attr]
            elif isinstance(
                exc, typer.core._click.exceptions.BadOptionUsage
            ):  # (click's parser gives
                exc.ctx = self._context_of(list(_Context.argv))  # it none: no usage line)
            _help_instead(exc)
            code = _refused_by_calc(exc)
            if code is not None:
                sys.exit(code)
            show(exc, english=_Context.lang == "en", typed=_Context.argv)
            sys.exit(exc.exit_code)
        except typer.Abort:
            from lkj_tui.cli.clicktext import MESSAGES

            typer.echo("Aborted!" if _Context.lang == "en" else MESSAGES["Aborted!"], err=True)
            sys.exit(1)
        # (not standalone, typer returns the code of typer.Exit, which every command raises)
        sys.exit(code if isinstance(code, int) else 0)

    def _context_of(self, argv: list[str]) -> _Context:
        """A context for the command of ``argv`` (``lkj-tui``'s own when it names none), for a
        usage error raised without one: its usage line and help line are printed above it."""
        from lkj_tui.core.shell import RUN

        root = _Context(self, info_name=RUN or "lkj-tui", **self.context_settings)
        at = _command_at(argv)
        name = argv[at] if at < len(argv) else None
        if name is None or name not in self.commands:
            return root
        return _Context(self.commands[name], parent=root, info_name=name)

    def list_commands(self, ctx: typer.Context) -> list[str]:
        return list(self.commands)  # the names, in :data:`ORDER`, none built

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        _refuse_repeated(args[: _command_at(args)])  # the options before the command
        _refuse_one_dash(ctx, self, args[: _command_at(args)])
        _refuse_glued(self, args[: _command_at(args)])
        _refuse_option_as_value(self, args[: _command_at(args)])
        _refuse_undecoded(args[: _command_at(args)])
        return super().parse_args(ctx, args)

    def resolve_command(
        self, ctx: typer.Context, args: list[str]
    ) -> tuple[str | None, typer.core._click.Command | None, list[str]]:
        try:
            name, command, rest = super().resolve_command(ctx, args)
        except typer.core._click.exceptions.UsageError as error:
            from lkj_tui.cli.clicktext import meant_line  # (typer's "Did you mean" is in it now)

            argv = list(_Context.argv)
            line = meant_line(error.message, argv, _command_at(argv), _Context.lang)
            error.message += f"\n{line}" if line else ""
            raise
        _refuse_repeated(rest)  # the command's own
        if command is not None and not ctx.resilient_parsing:
            _refuse_one_dash(ctx, command, rest, name)
            _refuse_glued(command, rest)
            _refuse_undecoded(rest)
            if name in ("export", "template"):
                _refuse_folder_output(name, rest)
            if not isinstance(command, _CalcCommand):  # (calc says so in its own words)
                _refuse_option_as_value(command, rest)
        given = {n: ctx.params.get(n) for n in CARRIED if _given(ctx, n)}
        if given and name is not None and command is not None:
            _carry(ctx, name, command, rest, given)
        return name, command, rest

    def format_epilog(self, ctx: typer.Context, formatter: typer.core._click.HelpFormatter) -> None:
        from lkj_tui.cli.common import labelled_path, store_lines

        super().format_epilog(ctx, formatter)
        formatter.write_paragraph()
        store, source = store_lines(None, _Context.lang)
        columns = getattr(formatter, "columns", None) or formatter.width
        for line in labelled_path(store, columns, 2):  # not wrapped: a path stays on one line
            formatter.write(f"{line}\n")
        with formatter.indentation(), formatter.indentation():
            formatter.write_text(source.strip())  # (wrapped at the terminal's width)


class _Commands(MutableMapping[str, Command]):
    """The sub-commands by name, each built by typer (its options from the function's signature)
    when it is first looked up: a command line builds only the command it runs, ``--help`` all of
    them (click's "lazily loading subcommands"). Building all 14 for every command line cost 4.7 %
    of ``lkj-tui status`` (docs/performance.md, "Devices")."""

    def __init__(self, infos: list[CommandInfo]) -> None:
        named = {info.name or get_command_name(info.callback.__name__): info for info in infos}
        self._items: dict[str, CommandInfo | Command] = dict(
            sorted(named.items(), key=lambda item: ORDER.index(item[0]))
        )

    def __getitem__(self, name: str) -> Command:
        item = self._items[name]
        if isinstance(item, CommandInfo):
            item = self._items[name] = get_command_from_info(
                item,
                pretty_exceptions_short=app.pretty_exceptions_short,
                rich_markup_mode=app.rich_markup_mode,
            )
            item.context_class = _Context
            if _Context.lang == "en":
                from lkj_tui.cli.helptext import english

                english(item)
        return item

    def __setitem__(self, name: str, command: Command) -> None:
        self._items[name] = command

    def __delitem__(self, name: str) -> None:
        del self._items[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._items)

    def __len__(self) -> int:
        return len(self._items)


def flags_of(command: str) -> frozenset[str]:
    """The options of the printed ``command`` ("lkj-tui status --all --tahun 2025") that take no
    value (``--all``, ``--json``, ``--version``): those of ``lkj-tui`` and of its sub-command, as
    the app itself declares them (the running app's, else built: one sub-command, lazily)."""
    from typer._click.globals import get_current_context

    ctx = get_current_context(silent=True)
    root = ctx.find_root().command if ctx is not None else None
    group = root if isinstance(root, _Root) else typer.main.get_command(app)
    words = command.split(" ", 2)
    params = list(group.params)
    if len(words) > 1 and not words[1].startswith("-") and isinstance(group, TyperGroup):
        sub = group.commands.get(words[1])
        params += sub.params if sub is not None else []
    return frozenset(
        name
        for param in params
        if getattr(param, "is_flag", False) or getattr(param, "count", False)  # (an option's)
        for name in (*param.opts, *param.secondary_opts)
    )


def _help_instead(error: typer.core._click.ClickException, typed: Sequence[str] = ()) -> None:
    """The help of the command ``error`` (an unknown option, an option without its value) was
    raised for, shown, when ``-h`` or ``--help`` is among that command's words (``typed``, else
    the command line's): click reads every option before the help, so ``template -h --store X``
    said "template uses no store" where ``--store X template -h`` showed the help (cli42)."""
    from typer._click.exceptions import BadOptionUsage, NoSuchOption

    ctx = getattr(error, "ctx", None)
    if not isinstance(error, (NoSuchOption, BadOptionUsage)) or ctx is None:
        return
    words = list(typed or _Context.argv)
    if not typed:  # (the root's words before the command's name, a command's after it)
        at = _command_at(words)
        words = words[:at] if ctx.parent is None else words[at + 1 :]
    words = words[: words.index("--")] if "--" in words else words
    if "-h" in words or "--help" in words:
        typer.echo(ctx.get_help(), color=ctx.color)
        sys.exit(0)


def _refused_by_calc(error: typer.core._click.ClickException) -> int | None:
    """An option unknown to ``lkj-tui`` and to ``calc`` typed before it (``lkj-tui --bogus calc
    3 2``) refused in calc's words, JSON with ``--json``, as ``calc --bogus 3 2`` is (its exit
    code); None for any other error (``cli/clicktext.py`` says it: :func:`show`)."""
    from typer._click.exceptions import NoSuchOption

    from lkj_tui.cli.clicktext import in_command, misplaced

    typed, lang = _Context.argv, _Context.lang
    if not isinstance(error, NoSuchOption) or misplaced(error.option_name, typed, error.ctx, lang):
        return None
    moved = in_command(error, typed)
    if moved.ctx is None or not isinstance(moved.ctx.command, _CalcCommand):
        return None
    from lkj_tui.cli.calc import usage_error

    return usage_error(moved, list(typed), lang)


def _given(ctx: typer.Context, name: str) -> bool:
    """True when the option ``name`` was typed on the command line (not its default)."""
    source = ctx.get_parameter_source(name)
    return source is not None and source.name == "COMMANDLINE"


def _carry(
    ctx: typer.Context,
    name: str,
    command: typer.core._click.Command,
    rest: list[str],
    given: dict[str, object],
) -> None:
    """Make the options ``given`` before the command the command's defaults, or refuse them."""
    from lkj_tui.cli.common import fail

    lang = "en" if given.get("lang") == "en" or _Context.lang == "en" else "id"
    takes = {p.name for p in command.params}
    probe = command.make_context(name, list(rest), parent=ctx, resilient_parsing=True)
    helped = any(word in ("-h", "--help") for word in rest)  # (its help asked for: shown, as
    for option, value in given.items():  # after the command's name, not refused: cli41)
        if option not in takes and not helped:
            from lkj_tui.cli.clicktext import NO_STORE, no_store

            if option == "store" and name == "calc":  # (its values' faults first: vals48)
                from lkj_tui.cli.calc import store_given

                raise SystemExit(store_given(list(rest), lang, _Context.argv))
            if option == "store" and name in NO_STORE:  # (it uses none: say where it goes)
                fail(no_store(name, _Context.argv, lang), 2)
            fail(_PLACED[lang]["not_here"].format(option=f"--{option}", command=name), 2)
        if _given(probe, option) and probe.params.get(option) != value:
            fail(_twice(f"--{option}", lang, name), 2)
    defaults = dict(ctx.default_map or {})
    defaults[name] = {**defaults.get(name, {}), **{k: str(v) for k, v in given.items()}}
    ctx.default_map = defaults


class _ValuesCommand(TyperCommand):
    """A command whose arguments are values as printed (``calc``, ``set``): one that begins with
    ``-`` and a digit (``-20``, ``-2,5``, ``-5 %``) is a negative number, an argument, not the short
    options ``-2`` and ``-0`` (click's reading: "Opsi tidak dikenal: -2"), and one that begins with
    ``-`` and a space or a sign (``"- Kurangnya SDM"``, the dash of a permasalahan written as a
    list) is a text. No option of these commands begins with anything but a letter or ``-``, so
    nothing else changes; ``--`` still ends the options."""

    def make_parser(self, ctx: typer.Context) -> Any:
        parser = super().make_parser(ctx)
        process_opts = parser._process_opts

        def _process_opts(arg: str, state: Any) -> None:
            if re.match(_NEGATIVE, arg):
                state.largs.append(arg)
            else:
                process_opts(arg, state)

        parser._process_opts = _process_opts
        return parser


_NEGATIVE = r"-[^-A-Za-z]"  # (a value: an option is -<letter> or --<name>; compiled on first use)


class _CalcCommand(_ValuesCommand):
    """``calc``: a usage error (a value missing or too many, an unknown option, an option
    without its value) is a sentence in the user's words, and JSON with ``--json``
    (``cli/calc.py``, :func:`~lkj_tui.cli.calc.usage_error`), not click's usage line with its
    ``{target} {realisasi}``."""

    def parse_args(self, ctx: typer.Context, args: list[str]) -> list[str]:
        from typer._click.exceptions import UsageError

        typed = list(args)
        try:
            return super().parse_args(ctx, args)
        except UsageError as exc:
            if ctx.resilient_parsing:
                raise
            _help_instead(exc, typed)
            from lkj_tui.cli.calc import usage_error

            raise typer.Exit(usage_error(exc, typed, _Context.lang)) from None


#: The carried options as typed (click keeps the last of an option given twice on one side).
_TYPED = {"--store": "store", "--report": "report", "-r": "report", "--lang": "lang"}


def _command_at(args: list[str]) -> int:
    """Where the command's name is in ``lkj-tui``'s arguments (their length: none)."""
    i = 0
    while i < len(args) and args[i] != "--" and args[i].startswith("-"):
        i += 2 if args[i] in _TYPED else 1
    return min(i, len(args))


#: The commands that have ``--json`` (test_cli63 holds it to their options).
JSON_COMMANDS = frozenset(
    {"calc", "status", "set", "check", "compare", "restore", "sync", "resolve", "log", "info"}
)


def asks_json(argv: list[str]) -> bool:
    """Whether the command line ``argv`` gives ``--json`` (before a ``--``) to a command that
    has it: every error it prints is then one JSON object on stdout (README, "Exit status")."""
    words = argv[: argv.index("--")] if "--" in argv else argv
    at = _command_at(words)
    return "--json" in words and at < len(words) and words[at] in JSON_COMMANDS


def _refuse_repeated(args: list[str]) -> None:
    """A usage error when ``--store``, ``--report`` or ``--lang`` is given twice in ``args`` with
    different values (click would keep the last and ignore the first); a ``--report`` that is
    empty refused as an id that is no id (exit 2, as ``set -r ""`` was): a script's empty
    variable, ``-r "$ID"``, was read as no ``--report`` — ``status``, ``new``, ``resolve``,
    ``import`` and the TUI took the latest report, or made an id of their own (cli61)."""
    seen: dict[str, str] = {}
    helped = "-h" in args or "--help" in args  # (the help asked for is shown instead)
    i = 0
    while i < len(args) and args[i] != "--":
        option, eq, value = args[i].partition("=")
        given = bool(eq)  # (a value typed: "--report" last wants one, said by click)
        if option in _TYPED and not eq and i + 1 < len(args):
            value, i, given = args[i + 1], i + 1, True
        elif option.startswith("-r") and not option.startswith("--") and len(option) > 2:
            option, value = "-r", args[i][2:]
        i += 1
        if option not in _TYPED:
            continue
        name = _TYPED[option]
        if name == "report" and given and not value.strip() and not helped:
            _refuse_empty_report(value)
        if name == "store":
            value = os.path.normpath(value)
        if seen.setdefault(name, value) != value:
            from lkj_tui.cli.common import fail

            fail(_twice(f"--{name}", _Context.lang), 2)


def _refuse_empty_report(value: str) -> None:
    """Exit 2 with the refusal of the report id ``value`` (empty or blank): no id."""
    from lkj_tui.cli.common import fail_store
    from lkj_tui.storage.errors import StoreError
    from lkj_tui.storage.paths import validate_report_id

    try:
        validate_report_id(value)
    except StoreError as exc:
        fail_store(exc, None, _Context.lang)


def _twice(option: str, lang: str, command: str | None = None) -> str:
    """The refusal of ``option`` given twice with different values (``command``: once before
    it, once after), in ``lang``; of ``--lang en --lang id`` in both languages, the one the user
    reads being what is in doubt."""
    said = "repeated" if command is None else "twice"
    langs = ("id", "en") if option == "--lang" else (lang,)
    return " / ".join(_PLACED[one][said].format(option=option, command=command) for one in langs)


def one_dash(words: Sequence[str], command: typer.core._click.Command) -> str | None:
    """The first of ``words`` (those before ``--``) that is a long option of ``command`` written
    with one dash ("-report", "-store", "-json": a Windows habit); None when there is none."""
    dashed = []
    for word in words:
        if word == "--":
            break
        if len(word) > 2 and word[0] == "-" and word[1] != "-":
            dashed.append(word)
    if not dashed:  # (every command line: no option's names gathered)
        return None
    names = {o for p in command.params for o in p.opts if o.startswith("--")}
    return next((w for w in dashed if f"-{w}" in names), None)


def _refuse_one_dash(
    ctx: typer.Context, command: typer.core._click.Command, args: list[str], name: str | None = None
) -> None:
    """A usage error (said by ``clicktext.show``: "-report ditulis dengan dua tanda minus:
    --report") when ``args`` hold a long option of ``command`` written with one dash. click
    reads "-report" as "-r eport": with nothing after it that is no usage error, and ``status
    -report`` looked for a report 'eport'."""
    if one_dash(args, command) is None:
        return
    if name is not None:  # (the command's usage line, and its options named)
        ctx = command.make_context(name, list(args), parent=ctx, resilient_parsing=True)
    from typer._click.exceptions import UsageError

    raise UsageError("", ctx)


#: The options whose value a byte typed in another encoding spoils: an id or a name looked for
#: (never found: "id laporan 'caf\udce9' tidak sah"), a path written (a file or folder named with
#: a byte that is no letter, shown as "caf\ufffd"). :data:`_PATH_OPTIONS`: a path that exists is
#: used as it is (a folder named in another encoding on this disk).
_DECODED = ("-r", "--report", "--pemerintah", "--store", "-o", "--output", "--clone")
_PATH_OPTIONS = ("--store", "-o", "--output", "--clone")


def _refuse_undecoded(args: list[str]) -> None:
    """Exit 2 (:func:`~lkj_tui.cli.common.refuse_undecoded`, naming the option) when the value of
    one of :data:`_DECODED` in ``args`` (``-r X`` or ``--report=X``, before any ``--``) holds a
    byte of the command line that was not UTF-8, as ``--instansi``'s and ``set``'s value are."""
    for at, word in enumerate(args):
        if word == "--":
            return
        option, eq, value = word.partition("=")
        if not eq and word in _DECODED and at + 1 < len(args):
            value = args[at + 1]
        elif not (eq and option in _DECODED):
            continue
        if value.isascii() or (option in _PATH_OPTIONS and os.path.lexists(value)):
            continue
        from lkj_tui.cli.common import refuse_undecoded

        refuse_undecoded(value, _Context.lang, option)


def _refuse_folder_output(name: str, args: list[str]) -> None:
    """Exit 2 when ``-o`` in ``args`` is typed with a separator at its end ("rapat/") and no
    such folder exists: the path click gives loses the separator, and ``export`` wrote a file
    named "rapat" (cli65). An existing folder is said by ``export.refuse_existing``."""
    typed = fmt = None
    for at, word in enumerate(args):
        if word == "--":
            break
        option, eq, value = word.partition("=")
        if not eq and word in ("-o", "--output", "-f", "--format") and at + 1 < len(args):
            option, value = word, args[at + 1]
        elif not (eq and option in ("--output", "--format")):
            continue
        if option in ("-o", "--output"):
            typed = value
        else:
            fmt = value
    seps = ("/", os.sep) if os.altsep is None else ("/", os.sep, os.altsep)
    if typed is None or not typed.endswith(seps) or os.path.isdir(typed):
        return
    from lkj_tui.cli.export import refuse_folder_named

    refuse_folder_named(typed, "template" if name == "template" else fmt or "md", _Context.lang)


def _refuse_glued(command: typer.core._click.Command, args: list[str]) -> None:
    """An error (exit 2) when ``args`` hold a short option of ``command`` glued to its value with
    "=" (``-o=notulen.md``, as ``--output=notulen.md`` is written): click takes "=notulen.md"
    for the value, and ``export`` wrote a file named "=notulen.md"."""
    for word in args:
        if word == "--":
            return
        option = word[:2]
        if word[2:3] != "=" or option[:1] != "-" or option == "--" or re.match(_NEGATIVE, word):
            continue
        if any(option in p.opts and not getattr(p, "is_flag", True) for p in command.params):
            from lkj_tui.cli.common import fail
            from lkj_tui.core.sanitize import clean_line

            value = clean_line(word[3:], 200)
            from lkj_tui.storage.errors import typed_path

            value = typed_path(value) or '""'
            said = _PLACED[_Context.lang]["glued"]
            fail(said.format(typed=clean_line(word, 200), option=option, value=value), 2)


def _refuse_option_as_value(command: typer.core._click.Command, args: list[str]) -> None:
    """A usage error (said by ``clicktext.show``, as an option typed last without its value)
    when an option of ``command`` that takes a value is followed by another of its options
    (``export -o --force``: click took "--force" for the file's name, and wrote a file named
    "--force"; ``status --report --lang en`` said "Ada argumen berlebih (en)")."""
    from itertools import pairwise

    valued = set()
    names = {"-h", "--help"}
    for param in command.params:
        names.update(param.opts)
        names.update(param.secondary_opts)
        if param.param_type_name == "option" and not getattr(param, "is_flag", True):
            valued.update(param.opts)
    for word, after in pairwise(args):
        if word == "--":
            return
        if word in valued and after in names and word != "--clone":  # (sync says that itself)
            from typer._click.exceptions import BadOptionUsage

            raise BadOptionUsage(word, f"Option {word!r} requires an argument.")


_PLACED = {
    "id": {
        "glued": "{typed}: nilai opsi {option} ditulis sesudah spasi, bukan '=': {option} {value}",
        "not_here": "opsi {option} tidak berlaku untuk perintah '{command}'",
        "twice": "opsi {option} diberikan dua kali dengan nilai berbeda (sebelum dan sesudah "
        "'{command}')",
        "repeated": "opsi {option} diberikan dua kali dengan nilai berbeda",
    },
    "en": {
        "glued": "{typed}: the value of {option} is written after a space, not '=': {option} "
        "{value}",
        "not_here": "option {option} does not apply to the command '{command}'",
        "twice": "option {option} given twice with different values (before and after '{command}')",
        "repeated": "option {option} given twice with different values",
    },
}

app = typer.Typer(
    cls=_Root,
    name="lkj-tui",
    help=(
        "Tinjau Laporan Kinerja (LKj) di terminal: capaian, kategori, permasalahan dan solusi. "
        "Tanpa sub-perintah: membuka TUI. English: --lang en."
    ),
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=False,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
#: The sub-commands (``@commands.command()``), registered apart from ``app`` so that typer does not
#: build them all with the group: :class:`_Root` builds each when it is looked up.
commands = typer.Typer()
#: The order ``lkj-tui --help`` lists the commands in: as a new user meets them (a report in, read
#: and reviewed, written out, authored), then the sharing and the store's upkeep.
ORDER = (
    "import", "template", "status", "check", "export", "compare", "new", "set", "calc",
    "sync", "resolve", "log", "restore", "info", "init",
)  # fmt: skip


class Lang(StrEnum):
    id = "id"
    en = "en"


class Format(StrEnum):
    md = "md"
    xlsx = "xlsx"
    csv = "csv"
    json = "json"


def _version(value: bool) -> None:
    if value:
        from lkj_tui.cli.output import write

        write(f"lkj-tui {__version__}\n")
        raise typer.Exit()


StoreOpt = Annotated[
    Path | None,
    typer.Option(
        "--store",
        help="Folder penyimpanan laporan (default: $LKJ_TUI_STORE, lalu folder data pengguna).",
        show_default=False,
        # (the store's own words for a folder the user may not read: click's "Jalur … tidak
        # dapat dibaca" was a usage error, exit 2, that said nothing of what to do)
        readable=False,
    ),
]


ReportOpt = Annotated[
    str | None, typer.Option("--report", "-r", help="Id laporan (default: laporan terbaru).")
]
#: (No "[default: id]" after a help that says its default: "id (default) atau en.  [default: id]".)
LangOpt = Annotated[
    Lang, typer.Option("--lang", help="Bahasa: id (default) atau en.", show_default=False)
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Cetak satu objek JSON untuk skrip.")]
#: ``--pemerintah`` of ``status --all``, ``check --all`` and ``export --all`` (cli/common.py's
#: ``Region``: one matcher, one message for a text no report's pemerintah contains).
RegionOpt = Annotated[
    str | None, typer.Option("--pemerintah", help="Dengan --all: hanya pemerintah daerah ini.")
]


@app.callback(invoke_without_command=True)
def root(
    ctx: typer.Context,
    store: StoreOpt = None,
    report: ReportOpt = None,
    lang: Annotated[
        Lang | None,
        typer.Option("--lang", help="Bahasa: id atau en (default: pengaturan TUI, lalu id)."),
    ] = None,
    version: Annotated[
        bool,
        typer.Option("--version", "-V", callback=_version, is_eager=True, help="Tampilkan versi."),
    ] = False,
) -> None:
    """Buka TUI pada laporan terbaru (atau --report) di penyimpanan pengguna."""
    if ctx.invoked_subcommand is not None:
        return
    # (all the TUI's start does is there: the entry opens it too, without typer, for a command
    # line of these options alone, cli/start.py)
    from lkj_tui.cli.start import open_tui

    raise typer.Exit(open_tui(store, report, lang.value if lang else None))


@commands.command(
    cls=_CalcCommand, short_help="Hitung capaian dan kategori dari target dan realisasi."
)
def calc(
    target: Annotated[
        str, typer.Argument(help='Target seperti dicetak, mis. "3,22", ">3,51", "CC".')
    ],
    realisasi: Annotated[str, typer.Argument(help='Realisasi seperti dicetak, mis. "2,85".')],
    polaritas: Annotated[
        str | None,
        typer.Option(
            "--polaritas",
            # any word the import takes (naik, turun, max…: core/words.py), checked by run_calc
            metavar="<positif|negatif|stabil>",
            help="positif (makin tinggi makin baik, default), negatif (makin rendah makin baik) "
            "atau stabil (terbaik di dalam rentang target).",
        ),
    ] = None,
    negatif: Annotated[
        bool, typer.Option("--negatif", help="Singkatan --polaritas negatif.")
    ] = False,
    as_json: JsonOpt = False,
    lang: LangOpt = Lang.id,
) -> None:
    """Hitung capaian dan kategori dari satu target dan realisasi."""
    from lkj_tui.cli.calc import run_calc

    raise typer.Exit(run_calc(target, realisasi, negatif, as_json, lang.value, polaritas))


@commands.command(short_help="Ringkasan laporan: IKU, kategori, yang di bawah target.")
def status(
    store: StoreOpt = None,
    report: ReportOpt = None,
    as_json: JsonOpt = False,
    all_reports: Annotated[
        bool, typer.Option("--all", help="Satu baris per laporan, terburuk dulu.")
    ] = False,
    tahun: Annotated[
        int | None, typer.Option("--tahun", help="Dengan --all: hanya laporan tahun ini.")
    ] = None,
    pemerintah: RegionOpt = None,
    lang: LangOpt = Lang.id,
) -> None:
    """Ringkasan capaian laporan: IKU, kategori, dan semua yang di bawah target."""
    from lkj_tui.cli.status import run_status

    raise typer.Exit(run_status(store, report, as_json, all_reports, lang.value, tahun, pemerintah))


@commands.command(short_help="Ringkasan Markdown untuk notulen; atau xlsx, csv, json.")
def export(
    store: StoreOpt = None,
    report: ReportOpt = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Tulis ke berkas (default: stdout).")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Timpa berkas yang sudah ada.")] = False,
    scope: Annotated[
        str,
        typer.Option(
            "--scope",
            # the words of either language (default, under-target, all too), checked by run_export
            metavar="<default|under-target|all>",  # <bawaan|…> in Bahasa Indonesia (clicktext)
            help="Yang didaftar per sasaran. bawaan (default): di bawah target, lalu indikator "
            "lain yang berpermasalahan atau bersolusi; di-bawah-target: hanya di bawah target; "
            "semua: di bawah target, lalu semua indikator terukur lainnya. Juga dalam bahasa "
            "Inggris: default, under-target, all.",
            show_default=False,
        ),
    ] = "default",
    lang: LangOpt = Lang.id,
    fmt: Annotated[
        Format,
        typer.Option(
            "--format",
            "-f",
            help="md (ringkasan, default), xlsx (templat + lembar Capaian), csv (lembar Data) "
            "atau json (dokumen laporan).",
            show_default=False,
        ),
    ] = Format.md,
    reviu: Annotated[
        bool,
        typer.Option("--reviu", help='Tulis "Catatan Hasil Reviu" (temuan lkj-tui check).'),
    ] = False,
    compare_with: Annotated[
        str | None,
        typer.Option("--compare", help="Tambahkan perbandingan dengan laporan ini (tahun lain)."),
    ] = None,
    all_reports: Annotated[
        bool,
        typer.Option("--all", help="Rekap semua OPD: IKU di bawah target, permasalahan, solusi."),
    ] = False,
    tahun: Annotated[
        int | None, typer.Option("--tahun", help="Dengan --all: tahun (default: terbaru).")
    ] = None,
    pemerintah: RegionOpt = None,
    changes: Annotated[
        bool,
        typer.Option(
            "--changes",
            help='Tambahkan "Perubahan dalam rapat": perubahan laporan hari ini (TUI, set).',
        ),
    ] = False,
) -> None:
    """Tulis ringkasan Markdown untuk notulen rapat, atau laporan dalam Excel, CSV atau JSON."""
    from lkj_tui.cli.export import run_export

    raise typer.Exit(
        run_export(
            store,
            report,
            output,
            force,
            scope,
            lang.value,
            fmt=fmt.value,
            reviu=reviu,
            compare_with=compare_with,
            all_reports=all_reports,
            tahun=tahun,
            pemerintah=pemerintah,
            changes=changes,
        )
    )


@commands.command(short_help="Templat Excel kosong untuk diisi lalu diimpor.")
def template(
    output: Annotated[Path, typer.Option("--output", "-o", help="Berkas .xlsx yang ditulis.")],
    force: Annotated[bool, typer.Option("--force", help="Timpa berkas yang sudah ada.")] = False,
    lang: LangOpt = Lang.id,
) -> None:
    """Tulis templat Excel kosong (lembar Data, Laporan dan Petunjuk) untuk lkj-tui import."""
    from lkj_tui.cli.export import write_template

    raise typer.Exit(write_template(output, force, lang.value))


@commands.command(
    "set", cls=_ValuesCommand, short_help="Ubah satu kolom satu simpul; cetak capaian barunya."
)
def set_field(
    node: Annotated[
        str,
        typer.Argument(
            help='Id simpul (atau 8 huruf awalnya, seperti dicetak check) atau kodenya, mis. "IKU 1".'
        ),
    ],
    field: Annotated[
        str,
        typer.Argument(
            help="target, realisasi, tw1…tw4, target_tw1…target_tw4, satuan, polaritas, cara_hitung, target_<tahun>, "
            "realisasi_<tahun>, target_akhir, penanggung_jawab, anggaran, realisasi_anggaran, "
            "name, code, permasalahan+, solusi+ (huruf besar/kecil sama; juga seperti dicetak: "
            '"Realisasi", "Target triwulan II").'
        ),
    ],
    value: Annotated[str, typer.Argument(help='Nilai baru seperti dicetak ("" mengosongkan).')],
    store: StoreOpt = None,
    report: ReportOpt = None,
    as_json: JsonOpt = False,
    lang: LangOpt = Lang.id,
) -> None:
    """Ubah satu kolom satu simpul (divalidasi seperti di TUI) dan cetak capaian barunya."""
    from lkj_tui.cli.setfield import run_set

    raise typer.Exit(run_set(store, report, node, field, value, as_json, lang.value))


@commands.command(short_help="Reviu LKj: angka, target, analisis, anggaran, struktur.")
def check(
    store: StoreOpt = None,
    report: ReportOpt = None,
    as_json: JsonOpt = False,
    lang: LangOpt = Lang.id,
    severity: Annotated[
        str,
        typer.Option(
            "--severity",
            # the words of either language (error, warning, info too), checked by run_check
            metavar="<error|warning|info>",  # <kesalahan|…> in Bahasa Indonesia (clicktext)
            help="Tampilkan temuan setingkat ini ke atas: kesalahan, peringatan atau catatan "
            "(default: semua); juga error, warning, info.",
            show_default=False,
        ),
    ] = "info",
    all_reports: Annotated[
        bool,
        typer.Option(
            "--all",
            help="Reviu semua laporan di penyimpanan: satu baris per laporan, terburuk dulu.",
        ),
    ] = False,
    tahun: Annotated[
        int | None, typer.Option("--tahun", help="Dengan --all: hanya laporan tahun ini.")
    ] = None,
    pemerintah: RegionOpt = None,
) -> None:
    """Reviu LKj: periksa angka, target, analisis, anggaran dan struktur (keluar 1 bila ada kesalahan)."""
    from lkj_tui.cli.check import run_check

    raise typer.Exit(
        run_check(store, report, as_json, lang.value, severity, all_reports, tahun, pemerintah)
    )


@commands.command(short_help="Bandingkan dua laporan (dua tahun) per indikator.")
def compare(
    first: Annotated[
        str | None,
        typer.Argument(
            help="Laporan lama; dengan satu id saja: laporan itu, dibandingkan"
            " dengan laporan sebelumnya dari instansinya (tanpa id: laporan terbaru)."
        ),
    ] = None,
    second: Annotated[
        str | None,
        typer.Argument(help="Laporan baru (dua id dari dua tahun: yang lebih lama menjadi dasar)."),
    ] = None,
    store: StoreOpt = None,
    as_json: JsonOpt = False,
    lang: LangOpt = Lang.id,
    all_levels: Annotated[
        bool,
        typer.Option("--all-levels", help="Juga indikator kegiatan (default: IKU dan lainnya)."),
    ] = False,
) -> None:
    """Bandingkan dua laporan (dua tahun) per indikator: target, realisasi, capaian, perubahan."""
    from lkj_tui.cli.compare import run_compare

    raise typer.Exit(run_compare(store, first, second, as_json, lang.value, all_levels))


@commands.command(short_help="Pulihkan laporan dari versi baik yang tersimpan.")
def restore(
    report_id: Annotated[
        str | None,
        typer.Argument(help="Id laporan yang dipulihkan (dengan --list: boleh kosong = semua)."),
    ] = None,
    revision: Annotated[
        int | None, typer.Option("--revision", help="Revisi yang dipulihkan (default: terbaru).")
    ] = None,
    store: StoreOpt = None,
    list_only: Annotated[
        bool, typer.Option("--list", help="Hanya tampilkan versi yang tersimpan.")
    ] = False,
    report: ReportOpt = None,
    lang: LangOpt = Lang.id,
    as_json: JsonOpt = False,
) -> None:
    """Pulihkan laporan dari salah satu versi baik terakhir yang disimpan."""
    from lkj_tui.cli.common import fail
    from lkj_tui.cli.restore import run_restore

    if report_id is not None and report is not None and report_id != report:
        fail(
            "two report ids: the argument and --report differ"
            if lang == Lang.en
            else "dua id laporan: argumen dan --report berbeda",
            2,
        )
    chosen = report_id if report_id is not None else report
    raise typer.Exit(run_restore(store, chosen, revision, list_only, lang.value, as_json))


@commands.command(short_help="Buat penyimpanan berisi laporan bawaan.")
def init(store: StoreOpt = None, lang: LangOpt = Lang.id) -> None:
    """Buat penyimpanan (folder pribadi) berisi laporan bawaan; yang sudah ada dibiarkan (yang semua laporannya dihapus mendapat laporan bawaan lagi)."""
    from lkj_tui.cli.info import run_init

    raise typer.Exit(run_init(store, lang.value))


@commands.command(short_help="Versi, folder penyimpanan, dan laporan di dalamnya.")
def info(store: StoreOpt = None, lang: LangOpt = Lang.id, as_json: JsonOpt = False) -> None:
    """Tampilkan versi, folder penyimpanan yang dipakai, dan laporan di dalamnya."""
    from lkj_tui.cli.info import info_json, run_info

    raise typer.Exit(info_json(store, lang.value) if as_json else run_info(store, lang.value))


@commands.command(short_help="Laporan kosong, atau laporan tahun berikutnya (--from).")
def new(
    store: StoreOpt = None,
    report: Annotated[
        str | None,
        typer.Option(
            "--report",
            "-r",
            help="Id laporan baru (default: dari instansi dan tahun; dengan --from: id lama, tahunnya diganti).",
        ),
    ] = None,
    instansi: Annotated[str | None, typer.Option("--instansi", help="Nama instansi.")] = None,
    tahun: Annotated[
        int | None,
        typer.Option(
            "--tahun", help="Tahun laporan baru (dengan --from: bawaan tahun sesudahnya)."
        ),
    ] = None,
    source: Annotated[
        str | None,
        typer.Option("--from", help="Buat laporan tahun berikutnya dari laporan ini (rollover)."),
    ] = None,
    lang: LangOpt = Lang.id,
) -> None:
    """Buat laporan kosong, atau laporan tahun berikutnya dari laporan yang ada (--from)."""
    from lkj_tui.cli.new import run_new

    raise typer.Exit(run_new(store, report, instansi, tahun, source, lang.value))


class Layout(StrEnum):
    flat = "flat"
    renja86 = "renja86"


@commands.command(short_help="Bagikan penyimpanan lewat git: ambil, gabung, kirim.")
def sync(
    remote: Annotated[
        str | None, typer.Argument(help="Dengan --init: alamat repositori bersama.")
    ] = None,
    store: StoreOpt = None,
    init: Annotated[
        bool, typer.Option("--init", help="Jadikan penyimpanan repositori git (dan bagikan).")
    ] = False,
    clone: Annotated[
        str | None,
        typer.Option(
            "--clone", help="Buat penyimpanan dari repositori bersama ini.", show_default=False
        ),
    ] = None,
    author: Annotated[
        str | None,
        typer.Option("--author", help='Penulis simpanan di penyimpanan ini, mis. "Nama <surel>".'),
    ] = None,
    delete: Annotated[
        list[str] | None,
        typer.Option(
            "--delete",
            metavar="ID",
            help="Kirim penghapusan laporan ID yang berkasnya dihapus di sini (ke semua kantor).",
            show_default=False,
        ),
    ] = None,
    lang: LangOpt = Lang.id,
    as_json: JsonOpt = False,
) -> None:
    """Bagikan penyimpanan lewat git: ambil, gabungkan, periksa, kirim (docs/sharing.md)."""
    if remote is not None and author is not None:  # (--author Budi Santoso: "Santoso" the
        from lkj_tui.cli.clicktext import author_hint  # address)

        hint = author_hint(_Context.argv, init, lang.value)
        if hint:
            from lkj_tui.cli.common import fail

            fail(hint, 2)
    from lkj_tui.cli.sync import run_sync

    gone = frozenset(delete or ())
    raise typer.Exit(run_sync(store, init, clone, remote, author, lang.value, as_json, gone))


@commands.command(short_help="Pilih nilai konflik sinkronisasi, seperti tombol K di TUI.")
def resolve(
    which: Annotated[
        str | None,
        typer.Argument(
            help="Nomor konflik (tanpa argumen: daftar bernomor), kode simpulnya, atau semua.",
            show_default=False,
        ),
    ] = None,
    choice: Annotated[
        str | None,
        typer.Argument(
            help="pertahankan (nilai di berkas) atau ambil-lain (nilai yang lain).",
            show_default=False,
        ),
    ] = None,
    store: StoreOpt = None,
    report: ReportOpt = None,
    as_json: JsonOpt = False,
    lang: LangOpt = Lang.id,
) -> None:
    """Pilih nilai konflik sinkronisasi, seperti tombol K di TUI (docs/sharing.md)."""
    from lkj_tui.cli.resolve import run_resolve

    raise typer.Exit(run_resolve(store, report, which, choice, lang.value, as_json))


@commands.command(
    short_help="Riwayat: siapa mengubah kolom apa, kapan.",
    help="Riwayat: siapa mengubah kolom apa, kapan, sebelum → sesudah. Ke pipa atau berkas satu "
    "baris per perubahan, untuk grep; di terminal baris yang panjang dilipat.",
)
def log(
    node: Annotated[
        str | None, typer.Argument(help='Simpul: id atau kodenya, mis. "IKU 1".')
    ] = None,
    store: StoreOpt = None,
    report: ReportOpt = None,
    as_json: Annotated[  # (a list: "satu objek JSON" was untrue of it, cli69)
        bool, typer.Option("--json", help="Cetak daftar JSON, satu objek per perubahan.")
    ] = False,
    limit: Annotated[
        int, typer.Option("--limit", "-n", help="Paling banyak N baris (0: semua).")
    ] = 0,
    lang: LangOpt = Lang.id,
) -> None:
    """``lkj-tui log``: the history (its help, one line a change to a pipe: share39)."""
    from lkj_tui.cli.log import run_log

    raise typer.Exit(run_log(store, report, node, as_json, limit, lang.value))


@commands.command(
    "import", short_help="Impor laporan dari Excel, CSV atau JSON (semua atau tidak)."
)
def import_(
    file: Annotated[
        Path,
        typer.Argument(
            help="Berkas .xlsx, .csv atau .json (dokumen laporan).",
            readable=False,  # (click's check: no permission exited 2 as a usage error; the
        ),  # reader's "tidak dapat membaca …: Permission denied" exits 1, README: cli65)
    ],
    store: StoreOpt = None,
    report: Annotated[
        str | None, typer.Option("--report", "-r", help="Id laporan baru (default: dari berkas).")
    ] = None,
    instansi: Annotated[
        str | None, typer.Option("--instansi", help="Nama instansi (menang atas lembar Laporan).")
    ] = None,
    tahun: Annotated[
        int | None, typer.Option("--tahun", help="Tahun laporan (menang atas lembar Laporan).")
    ] = None,
    layout: Annotated[
        Layout,
        typer.Option(
            "--layout",
            help="flat (templat lkj-tui, e-SAKIP, cascading, matriks Renstra/PK; default) atau renja86 "
            "(evaluasi Renja Permendagri 86).",
            show_default=False,
        ),
    ] = Layout.flat,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Periksa dan tampilkan hasilnya; tidak menyimpan.")
    ] = False,
    overwrite: Annotated[
        bool,
        typer.Option(
            "--overwrite", help="Timpa laporan dengan id yang sama (versi lama disimpan)."
        ),
    ] = False,
    lang: LangOpt = Lang.id,
) -> None:
    """Impor laporan dari Excel (.xlsx), CSV atau dokumen JSON; semua atau tidak sama sekali."""
    from lkj_tui.cli.importcmd import run_import

    raise typer.Exit(
        run_import(
            file, store, report, instansi, tahun, layout.value, dry_run, overwrite, lang.value
        )
    )


def main() -> None:
    """The ``lkj-tui`` program: one command, then the process exits. What the command leaves
    (its imports, often its report) lives until then, so it is frozen (``gc.freeze``) and the
    interpreter's last collection does not walk it: ``lkj-tui export -r`` of a kabupaten report
    3.8 % fewer instructions; quitting the TUI after a huge report 9.2 → 0.3 s (docs/performance.md,
    "Devices")."""
    from lkj_tui.cli.output import run_guarded

    try:
        run_guarded(app)  # cleaned output; output errors: one line on stderr, exit 1
    finally:
        gc.freeze()


if __name__ == "__main__":  # pragma: no cover
    main()
