"""click's own words (typer's copy of click) in the UI's language: Bahasa Indonesia by default,
typer's English unchanged with ``--lang en`` (cli/clicktext.py). Through the installed command."""

from __future__ import annotations

import ast
import re
from collections import Counter
from pathlib import Path

import pytest
import typer
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from lkj_tui.cli import clicktext, helptext
from tests.conftest import run_cli

TYPER = Path(typer.__file__).parent

#: typer's modules whose words ``lkj-tui`` can print: parsing, usage errors, ``--help``.
SPOKEN = [
    *(TYPER / "_click" / f"{name}.py" for name in ("core", "decorators", "exceptions")),
    *(TYPER / "_click" / f"{name}.py" for name in ("formatting", "parser", "types", "utils")),
    *(TYPER / f"{name}.py" for name in ("core", "_types", "models")),
]
#: The modules left out, and why nothing of theirs reaches the user of ``lkj-tui``.
SILENT = {
    "shell_completion.py": "shell completion is off (add_completion=False)",
    "termui.py": "prompts, confirmations, progress bars and the pager: lkj-tui uses none",
    "_termui_impl.py": "the same, their implementation",
    "_winconsole.py": "the Windows console streams: no words",
    "_compat.py": "stream plumbing: no words",
    "_textwrap.py": "wrapping: no words",
    "globals.py": "the current context: a programming error only",
    "__init__.py": "re-exports",
}
#: Sentences in those modules that never reach a user of lkj-tui, and why.
NEVER_SHOWN = {
    # programming errors (raised as TypeError/ValueError/RuntimeError … are left out already)
    "Missing parameter: {param_name}": "MissingParameter.__str__, not what click prints",
    "DeprecationWarning: The command {self.name!r} is deprecated.{extra_message}": (
        "no lkj-tui command is deprecated"
    ),
    "python -m {py_module.lstrip('.')}": "the program's name when run with -m: not a sentence",
    "Missing {param_type}": "a parameter neither an argument nor an option: lkj-tui has none",
    "~/.config": "click's get_app_dir: lkj-tui's folders come from platformdirs",
    "~/Library/Application Support": "the same",
}


def _text(node: ast.expr, source: str) -> str | None:
    """A string literal or f-string as written: placeholders as ``{expr!r:spec}``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if not isinstance(node, ast.JoinedStr):
        return None
    out = []
    for part in node.values:
        if isinstance(part, ast.Constant):
            out.append(str(part.value))
            continue
        assert isinstance(part, ast.FormattedValue)
        expr = ast.get_source_segment(source, part.value)
        conversion = "" if part.conversion < 0 else f"!{chr(part.conversion)}"
        spec = "" if part.format_spec is None else f":{_text(part.format_spec, source)}"
        out.append(f"{{{expr}{conversion}{spec}}}")
    return "".join(out)


_PROGRAMMING_ERRORS = {
    "TypeError",
    "ValueError",
    "RuntimeError",
    "NotImplementedError",
    "AssertionError",
    "KeyError",
    "AttributeError",
}


#: A name, not words: an identifier, a dotted or hyphenated one, a format.
_NAME = re.compile(r"[\w.%:-]*\Z")


def _sentences(path: Path) -> set[str]:
    """Every text in ``path`` that could be printed: string literals and f-strings with an
    English word outside their placeholders that are more than a name (``"store"``,
    ``"utf-8"``), or marked with gettext's ``_``; not docstrings, type annotations or the
    messages of programming errors."""
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    skip: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            skip.add(id(node.value))  # a docstring (of a module, class, function or attribute)
        annotations = []
        if isinstance(node, ast.arg | ast.AnnAssign) and node.annotation is not None:
            annotations.append(node.annotation)
        if isinstance(node, ast.FunctionDef) and node.returns is not None:
            annotations.append(node.returns)
        if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
            func = node.exc.func
            if isinstance(func, ast.Name) and func.id in _PROGRAMMING_ERRORS:
                annotations.append(node.exc)
        if isinstance(node, ast.Assert) and node.msg is not None:
            annotations.append(node.msg)
        if isinstance(node, ast.Call) and ast.unparse(node.func) in ("warn", "warnings.warn"):
            annotations.append(node)
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "cast":
            annotations.extend(node.args[:1])
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "TypeVar":
            annotations.append(node)
        if isinstance(node, ast.FunctionDef) and node.name == "__repr__":
            annotations.append(node)
        if isinstance(node, ast.JoinedStr):
            annotations.extend(node.values)  # its parts: it is taken whole
        for annotation in annotations:
            skip.update(id(inner) for inner in ast.walk(annotation))
    marked = {
        id(node.args[0])
        for node in ast.walk(tree)
        if isinstance(node, ast.Call) and ast.unparse(node.func) == "_" and node.args
    }
    found = set()
    for node in ast.walk(tree):
        if id(node) in skip or not isinstance(node, ast.Constant | ast.JoinedStr):
            continue
        text = _text(node, source)
        if text is None:
            continue
        words = text
        while (inner := re.sub(r"\{[^{}]*\}", "", words)) != words:  # (nested: "{a:>{b}}")
            words = inner
        if id(node) in marked or (re.search(r"[A-Za-z]{2}", words) and not _NAME.match(words)):
            found.add(text)
    return found


def test_every_sentence_typer_can_print_has_its_indonesian() -> None:
    """An upgrade of typer that adds or rewords a sentence fails here until it is translated."""
    modules = {path.name for path in (TYPER / "_click").glob("*.py")}
    assert modules - {p.name for p in SPOKEN if p.parent.name == "_click"} == set(SILENT)
    sentences = set().union(*map(_sentences, SPOKEN))
    known = {*clicktext.MESSAGES, *clicktext.NAMES, *NEVER_SHOWN}
    untranslated = sorted(sentences - known)
    assert untranslated == []
    stale = sorted(set(NEVER_SHOWN) - sentences)
    assert stale == []


def test_each_translation_keeps_the_placeholders_of_its_msgid() -> None:
    placeholder = re.compile(r"\{[^{}]*\}")
    for msgid, text in clicktext.MESSAGES.items():
        assert Counter(placeholder.findall(msgid)) == Counter(placeholder.findall(text)), msgid
        assert text != msgid or msgid in ("default: {default}",), msgid


#: Usage errors, one of each kind: the arguments, then what ``lkj-tui`` prints (after the usage
#: line and the hint) in Bahasa Indonesia and, with ``--lang en``, in typer's English.
ERRORS = [
    # (check --severity and export --scope take either language's words: run_check and run_export
    # name an unknown one, tests/test_check_text.py)
    (
        ["export", "--format", "txt"],  # ("pdf" adds how to get one: test_cli_messages.py)
        "Kesalahan: Nilai tidak sah untuk '--format' / '-f': 'txt' bukan salah satu dari 'md', "
        "'xlsx', 'csv', 'json'.",
        "Error: Invalid value for '--format' / '-f': 'txt' is not one of 'md', 'xlsx', 'csv', "
        "'json'.",
    ),
    # (calc's own usage errors are sentences of its own: tests/test_values14.py)
    # only a close option is suggested: click's own cutoff offered --report and --store for
    # --target, --force for template's --store, --store for info's --json (cli17)
    (
        ["set", "--target", "3"],
        "Kesalahan: Opsi tidak dikenal: --target",
        "Error: No such option: --target",
    ),
    (  # (it uses no store: where --store goes, cli18)
        ["template", "--store", "x", "-o", "t.xlsx"],
        "Kesalahan: template tidak memakai penyimpanan (templat ditulis ke berkas -o saja); "
        "hapus --store. Isiannya diimpor dengan: lkj-tui import t.xlsx --store x",
        "Error: template uses no store (the template is written to the -o file only); leave out "
        "--store. To import it once filled in: lkj-tui import t.xlsx --store x --lang en",
    ),
    (  # (info has a --json since cli69: init, which has a --store, has none)
        ["init", "--json"],
        "Kesalahan: Opsi tidak dikenal: --json",
        "Error: No such option: --json",
    ),
    (
        ["status", "--jsn"],
        "Kesalahan: Opsi tidak dikenal: --jsn (Opsi yang mirip: --json)",
        "Error: No such option: --jsn (Possible options: --json)",
    ),
    (
        ["set", "IKU"],
        "Kesalahan: Kurang argumen 'KOLOM'. Contoh: lkj-tui set \"IKU 1\" realisasi NILAI",
        "Error: Missing argument 'FIELD'. For example: lkj-tui set \"IKU 1\" realisasi VALUE"
        " --lang en",  # (the line to type, with --lang en: cli27)
    ),
    (
        ["template"],
        "Kesalahan: Kurang opsi '--output' / '-o'. Contoh: lkj-tui template -o templat.xlsx",
        "Error: Missing option '--output' / '-o'. For example: lkj-tui template -o template.xlsx"
        " --lang en",
    ),
    (
        ["compare", "a", "b", "c"],
        "Kesalahan: Ada argumen berlebih yang tidak dikenal (c)",
        "Error: Got unexpected extra argument(s) (c)",
    ),
    (
        ["stat"],
        "Kesalahan: Perintah 'stat' tidak ada. Maksud Anda 'status'?\nKetik: lkj-tui status",
        "Error: No such command 'stat'. Did you mean 'status'?\nType: lkj-tui --lang en status",
    ),
    (
        ["frobnicate"],
        "Kesalahan: Perintah 'frobnicate' tidak ada.",
        "Error: No such command 'frobnicate'.",
    ),
    (
        ["log", "-n", "x"],
        "Kesalahan: Nilai tidak sah untuk '--limit' / '-n': 'x' bukan bilangan bulat yang sah. "
        "Contoh: lkj-tui log -n 20",
        "Error: Invalid value for '--limit' / '-n': 'x' is not a whole number. "
        "For example: lkj-tui --lang en log -n 20",  # (the line as typed, an example value)
    ),
    (
        ["export", "--tahun", "2023,5"],
        "Kesalahan: Nilai tidak sah untuk '--tahun': '2023,5' bukan bilangan bulat yang sah. "
        "Contoh: lkj-tui export --tahun 2025",
        "Error: Invalid value for '--tahun': '2023,5' is not a whole number. "
        "For example: lkj-tui --lang en export --tahun 2025",
    ),
    (
        ["export", "--scope"],
        "Kesalahan: Opsi '--scope' memerlukan satu argumen: bawaan, di-bawah-target atau semua. "
        "Contoh: lkj-tui export --scope semua",
        "Error: Option '--scope' requires an argument: default, under-target or all. "
        "For example: lkj-tui --lang en export --scope all",
    ),
    (
        ["status", "--json=yes"],
        "Kesalahan: Opsi '--json' tidak menerima nilai.",
        "Error: Option '--json' does not take a value.",
    ),
]


@pytest.mark.parametrize(("args", "indonesian", "english"), ERRORS, ids=lambda v: str(v)[:30])
def test_usage_errors_speak_the_ui_language(args: list[str], indonesian: str, english: str) -> None:
    id_done = run_cli(*args)
    en_done = run_cli("--lang", "en", *args)
    # after the command too (not after an option that takes the next word as its value)
    en_after = en_done if args[-1].startswith("-") else run_cli(*args, "--lang", "en")
    assert id_done.returncode == en_done.returncode == en_after.returncode == 2
    assert id_done.stdout == en_done.stdout == ""
    said = english.count("\n") + 1  # (the error's lines: a mistyped command's line to type)
    assert "\n".join(id_done.stderr.splitlines()[-said:]) == indonesian
    assert "\n".join(en_done.stderr.splitlines()[-said:]) == english
    # (the same, but where --lang en stands in a line it prints as typed)
    assert en_after.stderr.replace(" --lang en", "") == en_done.stderr.replace(" --lang en", "")
    # the usage line and the hint (an option's missing value too: cli34)
    id_lines, en_lines = id_done.stderr.splitlines(), en_done.stderr.splitlines()
    if len(en_lines) > 1:
        assert en_lines[0].startswith("Usage: lkj-tui ") and "[OPTIONS]" in en_lines[0]
        assert re.fullmatch(r"Help: lkj-tui( \w+)? -h --lang en", en_lines[1])
        english_words = {v.upper(): k for k, v in clicktext.ENGLISH_ARGUMENTS.items()}
        assert id_lines[0] == re.sub(  # the arguments in the report's words: NODE SIMPUL
            r"\b(?<![-<])([A-Z_]{2,})\b",
            lambda m: clicktext.ARGUMENTS.get(
                english_words.get(m[1], m[1].lower()), m[1].lower()
            ).upper(),
            en_lines[0].replace("Usage:", "Penggunaan:").replace("[OPTIONS]", "[OPSI]"),
        ).replace("COMMAND [ARGS]...", "PERINTAH [ARGUMEN]...")
        assert id_lines[1] == en_lines[1].replace("Help", "Bantuan").removesuffix(" --lang en")
        assert id_lines[2:-said] == en_lines[2:-said] == [""]
    else:
        assert len(id_lines) == 1


def test_an_error_before_lang_or_in_lang_itself() -> None:
    """The language is known before typer parses: ``--lang en`` after the faulty option counts,
    and a faulty ``--lang`` (or one without its value) is answered in Bahasa Indonesia."""
    done = run_cli("template", "--target", "3", "--lang", "en")
    assert done.stderr.splitlines()[-1] == "Error: No such option: --target"
    done = run_cli("--lang", "fr", "status")
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == (
        "Kesalahan: Nilai tidak sah untuk '--lang': 'fr' bukan salah satu dari 'id', 'en'."
    )
    done = run_cli("status", "--lang")
    assert done.stderr.splitlines()[-1] == (
        "Kesalahan: Opsi '--lang' memerlukan satu argumen: id atau en. "
        "Contoh: lkj-tui status --lang en"
    )


#: ``--help`` of a command and of ``lkj-tui``: the arguments, then for Bahasa Indonesia and for
#: ``--lang en``: the usage line, the section headings, lines that must be there (patterns).
HELPS = [
    (
        ["calc", "--help"],
        "Penggunaan: lkj-tui calc [OPSI] TARGET REALISASI",
        ["Argumen:", "Opsi:"],
        [
            r"Target seperti dicetak, .*\[wajib\]$",
            r"Bahasa: id \(default\) atau en\.$",  # (its default said once, cli13)
            r"^  -h, --help +Tampilkan bantuan ini lalu keluar\.$",
        ],
        "Usage: lkj-tui calc [OPTIONS] TARGET REALISASI",
        ["Arguments:", "Options:"],
        [r"\[required\]$", r"^  -h, --help +Show this message and exit\.$"],
    ),
    (
        ["-h"],
        "Penggunaan: lkj-tui [OPSI] PERINTAH [ARGUMEN]...",
        ["Opsi:", "Perintah:"],
        [r"^  --store <jalur> ", r"^  -r, --report <teks> ", r"^  calc +Hitung capaian"],
        "Usage: lkj-tui [OPTIONS] COMMAND [ARGS]...",
        ["Options:", "Commands:"],
        [r"^  --store <path> ", r"^  -r, --report <text> ", r"^  calc +Compute the achievement"],
    ),
]


@pytest.mark.parametrize("case", HELPS, ids=lambda case: " ".join(case[0]))
def test_help_speaks_the_ui_language(case: tuple) -> None:
    args, id_usage, id_headings, id_lines, en_usage, en_headings, en_lines = case
    for done, usage, headings, patterns, foreign in (
        (run_cli(*args), id_usage, id_headings, id_lines, ["Usage", "Options", "required"]),
        (run_cli("--lang", "en", *args), en_usage, en_headings, en_lines, ["Penggunaan", "wajib"]),
    ):
        assert done.returncode == 0 and done.stderr == ""
        lines = done.stdout.splitlines()
        assert lines[0] == usage
        assert [line for line in lines if line.endswith(":") and line[0] != " "] == headings
        for pattern in patterns:
            assert re.search(pattern, done.stdout, re.M), pattern
        assert not any(word in done.stdout for word in foreign)


def test_translation_leaves_what_it_does_not_know() -> None:
    """A value typed by the user is kept as typed, also when it reads like click's words."""
    line = "Error: Invalid value for '--severity': 'Error: is not one of' is not one of 'a', 'b'."
    assert clicktext.translate(line) == (
        "Kesalahan: Nilai tidak sah untuk '--severity': 'Error: is not one of' bukan salah satu "
        "dari 'a', 'b'."
    )
    line = "Error: No such command 'a. Did you mean b?'. Did you mean 'status'?"
    assert clicktext.translate(line) == (
        "Kesalahan: Perintah 'a. Did you mean b?' tidak ada. Maksud Anda 'status'?"
    )
    line = "Error: No such option: --x (Possible options: --y) (Possible options: --json)"
    assert clicktext.translate(line) == (
        "Kesalahan: Opsi tidak dikenal: --x (Possible options: --y) (Opsi yang mirip: --json)"
    )
    line = "Error: Invalid value for '--severity': 'a is not one of b' is not one of 'x'."
    assert clicktext.translate(line) == (
        "Kesalahan: Nilai tidak sah untuk '--severity': 'a is not one of b' bukan salah satu "
        "dari 'x'."
    )
    assert clicktext.translate("Penggunaan: lkj-tui [OPSI]") == "Penggunaan: lkj-tui [OPSI]"
    assert clicktext.translate("anything else") == "anything else"


@pytest.mark.parametrize(
    ("raised", "code", "indonesian", "english"),
    [(EOFError, 1, "\nDibatalkan!\n", "\nAborted!\n"), (KeyboardInterrupt, 130, "", "")],
)
def test_abort_and_interrupt_keep_typers_exit_codes(
    monkeypatch: pytest.MonkeyPatch,
    raised: type[BaseException],
    code: int,
    indonesian: str,
    english: str,
) -> None:
    """In Bahasa Indonesia ``lkj-tui`` prints typer's errors itself (typer runs with
    standalone_mode=False): end of input still aborts with 1, Ctrl+C still exits 130.
    (No command reads the terminal; a stub stands for one.)"""
    from typer.testing import CliRunner

    from lkj_tui.cli import calc
    from lkj_tui.cli.main import app

    def stub(*args: object) -> int:
        raise raised()

    monkeypatch.setattr(calc, "run_calc", stub)
    for args, expected in (
        (["calc", "1", "2"], indonesian),
        (["calc", "1", "2", "--lang", "en"], english),
    ):
        result = CliRunner().invoke(app, args)
        assert result.exit_code == code
        assert result.stderr == expected


#: Lines typer prints with a value typed by the user, and their Indonesian, for a value ``v``.
TYPED = [
    (
        lambda v: f"Error: Invalid value for '--severity': {v!r} is not one of 'error', 'info'.",
        lambda v: (
            f"Kesalahan: Nilai tidak sah untuk '--severity': {v!r} bukan salah satu dari "
            "'error', 'info'."
        ),
    ),
    (
        lambda v: f"Error: Invalid value for '--tahun': {v!r} is not a valid int.",
        lambda v: (
            f"Kesalahan: Nilai tidak sah untuk '--tahun': {v!r} bukan bilangan bulat yang sah."
        ),
    ),
    (
        lambda v: f"Error: No such option: {v} (Possible options: --json)",
        lambda v: f"Kesalahan: Opsi tidak dikenal: {v} (Opsi yang mirip: --json)",
    ),
    (
        lambda v: f"Error: No such command {v!r}. Did you mean 'status'?",
        lambda v: f"Kesalahan: Perintah {v!r} tidak ada. Maksud Anda 'status'?",
    ),
    (
        lambda v: f"Error: Got unexpected extra argument(s) ({v})",
        lambda v: f"Kesalahan: Ada argumen berlebih yang tidak dikenal ({v})",
    ),
]
#: click's phrases: a value that quotes one may be read as click's own words.
PHRASES = {
    part
    for msgid in clicktext.MESSAGES
    for part in re.split(r"\{[^{}]*\}", msgid)
    if len(part.strip(" .:'()")) >= 3
}


@given(value=st.text(st.characters(blacklist_categories=("Cc", "Cs"))))
@settings(max_examples=300, deadline=None)
def test_a_typed_value_is_kept_as_typed(value: str) -> None:
    """The user's value is kept as typed, whatever it holds but click's own phrases (and with
    some of those too: test_translation_leaves_what_it_does_not_know)."""
    assume(not any(phrase in value for phrase in PHRASES))
    for english, indonesian in TYPED:
        assert clicktext.translate(english(value)) == indonesian(value)


def test_every_note_of_an_option_is_translated() -> None:
    """The notes typer puts after an option's help: all of them, also those no option of
    lkj-tui has yet (an environment variable, a range)."""
    text = "Tahun.  [env var: LKJ_X; default: 3; x>=1 clamped; required]"
    assert clicktext._help(text) == (
        "Tahun.  [variabel lingkungan: LKJ_X; default: 3; x>=1 dibatasi; wajib]"
    )
    assert clicktext._help("Pilih [a] atau b") == "Pilih [a] atau b"


def _arguments() -> dict[str, list[str]]:
    """Every command of ``lkj-tui`` (as typer builds them) → the names of its arguments."""
    from lkj_tui.cli.main import app

    group = typer.main.get_command(app)
    ctx = typer.Context(group)
    commands = {name: group.get_command(ctx, name) for name in group.list_commands(ctx)}  # type: ignore[attr-defined]
    return {
        name: [p.name for p in command.params if p.param_type_name == "argument"]
        for name, command in commands.items()
        if command is not None
    }


def test_every_argument_has_its_word() -> None:
    """Each command's arguments, walked from typer's app (a new one fails here until
    ``clicktext.ARGUMENTS`` names it in the report's words)."""
    found = {name for names in _arguments().values() for name in names}
    assert found and found <= set(clicktext.ARGUMENTS), found - set(clicktext.ARGUMENTS)
    assert {"node", "field", "value", "first", "file"} <= found  # (the walk sees them)


@pytest.mark.parametrize(
    "command", [name for name, names in _arguments().items() if names], ids=str
)
def test_arguments_read_in_the_report_words(command: str) -> None:
    """``lkj-tui set --help`` names its arguments ``SIMPUL KOLOM NILAI`` in the usage line and
    in "Argumen:" (typer wrote ``{simpul}``: no placeholder a user knows); ``--lang en`` typer's
    names in capitals (``NODE``; ``OLD NEW`` for ``compare``), byte for byte otherwise."""
    names = _arguments()[command]
    words = [clicktext.ARGUMENTS[name].upper() for name in names]
    en_words = [clicktext.ENGLISH_ARGUMENTS.get(name, name).upper() for name in names]
    done, english = run_cli(command, "--help"), run_cli(command, "--help", "--lang", "en")
    assert done.returncode == english.returncode == 0
    usage, en_usage = done.stdout.splitlines()[0], english.stdout.splitlines()[0]
    pieces = re.findall(r"\b[A-Z_]{2,}\b", usage.removeprefix(f"Penggunaan: lkj-tui {command}"))
    assert pieces == ["OPSI", *words] and "{" not in usage
    assert re.findall(r"\b[A-Z_]{2,}\b", en_usage) == ["OPTIONS", *en_words]
    assert "{" not in en_usage
    listed = done.stdout.split("\nArgumen:\n")[1].split("\n\n")[0]
    en_listed = english.stdout.split("\nArguments:\n")[1].split("\n\n")[0]
    assert re.findall(r"^  (\S+)", listed, re.M) == words
    assert re.findall(r"^  (\S+)", en_listed, re.M) == en_words
    # the rest is the same words (wrapped to the column the words leave)
    for word, name in zip(words, en_words, strict=True):
        listed = re.sub(rf"^  {word}\b", f"  {name}", listed, flags=re.M)
    # and each help text in English (cli/helptext.py)
    listed = " ".join(listed.replace("[wajib]", "[required]").split())
    for indonesian, english in helptext.ENGLISH.items():
        listed = listed.replace(indonesian, english)
    assert listed == " ".join(en_listed.split())


def test_a_missing_argument_is_named_in_the_report_words() -> None:
    """The missing argument is named as the usage line above it names it (``KOLOM``, ``FIELD``;
    it said ``'kolom'``, ``'field'``), in both languages and for every command's arguments."""
    done = run_cli("set", "IKU 1")
    assert done.returncode == 2
    assert done.stderr.splitlines()[0] == "Penggunaan: lkj-tui set [OPSI] SIMPUL KOLOM NILAI"
    assert done.stderr.splitlines()[-1].startswith("Kesalahan: Kurang argumen 'KOLOM'. ")
    english = run_cli("set", "IKU 1", "--lang", "en")
    assert english.stderr.splitlines()[0] == "Usage: lkj-tui set [OPTIONS] NODE FIELD VALUE"
    assert english.stderr.splitlines()[-1].startswith("Error: Missing argument 'FIELD'. ")
    for lang, error in (("id", "Kesalahan: Kurang argumen"), ("en", "Error: Missing argument")):
        lines = run_cli("import", "--lang", lang).stderr.splitlines()
        word = lines[0].split()[-1]  # BERKAS, FILE
        assert word.isupper() and lines[-1].startswith(f"{error} '{word}'. "), lines


def test_lang_after_double_dash_is_an_argument() -> None:
    """After ``--`` every word is an argument: ``--lang en`` there does not switch the language
    (of click's words nor of the command)."""
    done = run_cli("compare", "--", "--lang", "en", "extra")
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1] == (
        "Kesalahan: Ada argumen berlebih yang tidak dikenal (extra)"
    )
    done = run_cli("compare", "--", "--lang=en", "a", "b")
    assert done.stderr.splitlines()[-1] == "Kesalahan: Ada argumen berlebih yang tidak dikenal (b)"
    done = run_cli("--lang", "en", "compare", "--", "--lang", "id", "x")  # before "--" it counts
    assert done.stderr.splitlines()[-1] == "Error: Got unexpected extra argument(s) (x)"


def test_checks_help_says_kesalahan_as_its_output_does() -> None:
    """``check --help`` said "(keluar 1 bila ada error)" where check's own output says
    "Kesalahan (3)" and "3 kesalahan"."""
    done = run_cli("check", "--help")
    assert done.returncode == 0
    said = " ".join(done.stdout.split())
    assert "(keluar 1 bila ada kesalahan)" in said and "error)" not in said


def test_sync_names_its_argument_as_its_help_does(tmp_path: Path) -> None:
    """``sync --help`` names the remote's address ``[alamat]``; sync's and log's Indonesian
    messages said ``sync --init REMOTE`` (English, and another word): now ``ALAMAT``, as
    ``compare LAMA BARU`` and ``-o BERKAS`` say theirs. English unchanged."""
    store = tmp_path / "store"
    assert run_cli("init", "--store", str(store)).returncode == 0
    said = {}
    for lang in ("id", "en"):
        said[lang] = [
            run_cli("log", "--store", str(store), "--lang", lang).stderr,
            run_cli("sync", "--store", str(store), "--lang", lang).stderr,
            run_cli("sync", "x", "--store", str(store), "--lang", lang).stderr,
        ]
    said["id"].append(run_cli("sync", "--store", str(tmp_path / "baru")).stderr)  # (--clone)
    said["id"].append(run_cli("sync", "--init", "--store", str(store)).stdout)
    said["en"].append(run_cli("sync", "--store", str(store), "--lang", "en").stdout)
    indonesian, english = " ".join(said["id"]), " ".join(said["en"])
    assert "sync --init [ALAMAT]" in indonesian and "sync --clone ALAMAT" in indonesian
    assert (
        "ALAMAT hanya dengan --init" in indonesian
        and f"sync --init ALAMAT --store {store}\n" in indonesian  # (at its line's end: cli29)
    )
    assert "REMOTE" not in indonesian
    assert "sync --init [REMOTE]" in english and "REMOTE only goes with --init" in english


def _helps() -> list[tuple[str, str]]:
    """Every help text of ``lkj-tui`` as typer builds it: (where, the text): the group's and
    each command's own, and each of their options' and arguments'."""
    from lkj_tui.cli.main import _Context, app

    _Context.lang = "id"  # (as written: a command line of a test before may have said en)
    group = typer.main.get_command(app)
    ctx = typer.Context(group)
    out = [("lkj-tui", group.help or "")]
    out += [(f"lkj-tui {p.name}", getattr(p, "help", None) or "") for p in group.params]
    for name in group.list_commands(ctx):  # type: ignore[attr-defined]
        command = group.get_command(ctx, name)  # type: ignore[attr-defined]
        out.append((name, command.help or ""))
        out += [(f"{name} {p.name}", getattr(p, "help", None) or "") for p in command.params]
    return [(where, text) for where, text in out if text]


def test_every_help_text_has_its_english() -> None:
    """Each help text, walked from typer's app (a new option fails here until
    ``helptext.ENGLISH`` gives its English); none of the English is the Indonesian again."""
    texts = _helps()
    assert len(texts) > 60  # (the walk sees the options and arguments)
    missing = [where for where, text in texts if text not in helptext.ENGLISH]
    assert not missing, missing
    assert all(english != text for text, english in helptext.ENGLISH.items())


@pytest.mark.parametrize("command", [*_arguments(), ""], ids=lambda c: c or "lkj-tui")
def test_help_in_english_has_no_indonesian_help(command: str) -> None:
    """``lkj-tui CMD --help --lang en`` (80 columns): the command's own help, every option's and
    argument's in English; the list of commands too (they stayed in Bahasa Indonesia: "Bahasa: id
    (default) atau en.", "Reviu LKj: periksa angka…"), and the store named in English."""
    args = [command, "--help"] if command else ["--help"]
    done = run_cli(*args, "--lang", "en", env={"COLUMNS": "80"})
    assert done.returncode == 0 and done.stderr == ""
    flat = " ".join(done.stdout.split())
    for where, text in _helps():
        if where == command or where.startswith(f"{command} ") or not command:
            short = " ".join(text.split())[:30]
            assert short not in flat, (where, text)
    for word in (" atau ", " dan ", " laporan ", "Penyimpanan", "default: semua", "mis. "):
        assert word not in flat, word
    assert all(len(line) <= 80 for line in done.stdout.splitlines())
    indonesian = run_cli(*args, env={"COLUMNS": "80"})
    assert "Bahasa: id" in indonesian.stdout  # (unchanged in Bahasa Indonesia)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_help_fits_a_narrow_terminal(lang: str) -> None:
    """At 40 columns click laid ``--help`` out 50 cells wide (its least width), so the terminal
    broke every line again, and gave an option's help 8 cells a line beside ``--scope
    <bawaan|di-bawah-target|semua>``; the usage line put ``[OPSI]`` alone on a line 16 cells in.
    Now every line fits but an option's name (never cut), a long option's help goes under it,
    and the usage line is whole where it fits."""
    for command in ("export", "check", "set", "resolve", "import"):
        done = run_cli(command, "-h", "--lang", lang, env={"COLUMNS": "40"})
        assert done.returncode == 0, done.stderr
        lines = done.stdout.splitlines()
        wide = [ln for ln in lines if len(ln) > 40]
        assert all(ln.strip().startswith("-") and "  " not in ln.strip() for ln in wide), wide
        # the help beside an option starts 20 cells from the edge at most (it had 8)
        starts = [len(m[1]) for ln in lines if (m := re.match(r"(  -\S.*?\S  +)\S", ln))]
        assert starts and max(starts) <= 20, lines
    usage = run_cli("export", "-h", "--lang", lang, env={"COLUMNS": "40"}).stdout.splitlines()[0]
    assert usage == (
        "Usage: lkj-tui export [OPTIONS]" if lang == "en" else "Penggunaan: lkj-tui export [OPSI]"
    )


#: The usage lines at 40 columns (a command's ``-h`` and its usage error), id and en.
USAGE_AT_40 = {
    ("import", "id"): ["Penggunaan: lkj-tui import [OPSI] BERKAS"],
    ("sync", "id"): ["Penggunaan: lkj-tui sync [OPSI] [ALAMAT]"],
    ("import", "en"): ["Usage: lkj-tui import [OPTIONS] FILE"],
    ("compare", "en"): ["Usage: lkj-tui compare [OPTIONS]", "    [OLD] [NEW]"],
    ("compare", "id"): ["Penggunaan: lkj-tui compare [OPSI]", "    [LAMA] [BARU]"],
    ("set", "en"): ["Usage: lkj-tui set [OPTIONS]", "    NODE FIELD VALUE"],
    ("set", "id"): ["Penggunaan: lkj-tui set [OPSI]", "    SIMPUL KOLOM NILAI"],
    ("resolve", "en"): ["Usage: lkj-tui resolve [OPTIONS]", "    [WHICH] [CHOICE]"],
}


@pytest.mark.parametrize(("command", "lang"), sorted(USAGE_AT_40))
def test_the_usage_line_at_40_columns_fits_or_keeps_its_arguments_together(
    command: str, lang: str
) -> None:
    """At 40 columns "Penggunaan: lkj-tui import [OPSI] BERKAS" (40 cells) wrapped, "BERKAS"
    alone 4 cells in, held by click's 2-cell margin; ``compare --lang en`` put "[OLD]" on the
    first line and "[NEW]" alone under it. Now a usage line that fits the terminal is whole, and
    one that does not keeps its arguments together, 4 cells in, in both languages (under the
    command's they started at 19 or 23 in English, at 4 in Indonesian: words50)."""
    want = USAGE_AT_40[command, lang]
    env = {"COLUMNS": "40", "LINES": "24"}
    helped = run_cli(command, "-h", "--lang", lang, env=env)
    assert helped.stdout.splitlines()[: len(want)] == want, helped.stdout
    assert helped.stdout.splitlines()[len(want)] == ""
    if command != "sync":  # (sync's one argument missing or too many: its own messages)
        extra = ["a", "b", "c"] if command in ("compare", "resolve") else []
        refused = run_cli(command, *extra, "--lang", lang, env=env)
        assert refused.returncode == 2
        assert refused.stderr.splitlines()[: len(want)] == want, refused.stderr
