"""A command a message offers never names a folder or file other than the one typed.

A path holding a character a terminal is not shown (an escape, a control, a bidi mark, a line
break) is cleaned where a message names it; the command the message offers to copy named the
cleaned path: ``--store "n\\u202eo"`` was answered ``lkj-tui init --store no``, and ``export -o``
"already exists" offered ``--force`` on another file. Such a command now names a placeholder or is
not printed, and says why; every other path is named as typed."""

from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
from pathlib import Path

import pytest

from reliability.corpus import HANDWRITTEN, generated
from tests.conftest import run_cli


#: Hostile names a folder or file can have (no NUL, no separator, short enough for a file name):
#: every ninth of the handwritten ones (escapes, controls, bidi, markup…), a few generated ones,
#: and two a message shows as typed (a space, markup) that must still be offered whole.
def _nameable(strings: list[str]) -> list[str]:
    return [s for s in strings if s and len(s) < 60 and "\x00" not in s and "/" not in s]


_NAMES = [
    *_nameable(HANDWRITTEN)[::9],
    *_nameable(generated(40, seed=49))[:4],
    "dua kata",
    "[b]tebal",
]
_NAMES = [s for s in _NAMES if not any(0xD800 <= ord(c) <= 0xDFFF for c in s)]

#: What a message says of a path it cannot show (a word of it, in each language).
_UNSHOWN = {"id": "tidak dapat ditampilkan", "en": "cannot be shown"}

#: A command a message offers, up to the ";" or line end after it.
_COMMAND = re.compile(r"lkj-tui (?:init|export)\b[^;\n]*")


def _named(output: str, option: str) -> list[str]:
    """The value each command of ``output`` gives ``option``, as a shell reads it back (in double
    quotes or a word without spaces: a backslash kept, as Windows' shells keep it)."""
    found = []
    for command in _COMMAND.findall(output):
        words = shlex.split(command.replace("\\", "\0"))
        found += [words[i + 1] for i, word in enumerate(words[:-1]) if word == option]
    return [word.replace("\0", "\\") for word in found]


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_missing_store_is_offered_init_on_that_folder_only(tmp_path: Path, lang: str) -> None:
    for name in _NAMES:
        typed = str(tmp_path / f"n{name}o")
        result = run_cli("status", "--store", typed, "--lang", lang, env={"COLUMNS": "2000"})
        assert result.returncode == 2, (name, result.stderr)
        named = _named(result.stderr, "--store")
        assert named, (name, result.stderr)
        if typed.isprintable() and '"' not in typed:  # shown as typed: the command names it
            assert named == [typed], (name, result.stderr)
        else:  # a placeholder, and why: never the cleaned path, another folder
            assert named == ["FOLDER"], (name, result.stderr)
            assert _UNSHOWN[lang] in result.stderr
        assert not Path(typed).exists()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_existing_output_is_offered_force_on_that_file_only(tmp_path: Path, lang: str) -> None:
    store = tmp_path / "store"
    assert run_cli("init", "--store", str(store)).returncode == 0
    for name in _NAMES:
        typed = tmp_path / f"x{name}.md"
        typed.write_text("milik pengguna\n", encoding="utf-8")
        result = run_cli(
            "export", "--store", str(store), "-o", str(typed), "--lang", lang,
            env={"COLUMNS": "2000"},
        )  # fmt: skip
        assert result.returncode == 1, (name, result.stderr)
        assert "--force" in result.stderr, (name, result.stderr)
        if str(typed).isprintable() and '"' not in str(typed):
            assert _named(result.stderr, "-o") == [str(typed)], (name, result.stderr)
        else:  # no command to copy: the option to add, and why
            assert _named(result.stderr, "-o") == [], (name, result.stderr)
            assert _UNSHOWN[lang] in result.stderr
        assert typed.read_text(encoding="utf-8") == "milik pengguna\n"


def _imported(output: str) -> list[str]:
    """The file each ``lkj-tui import`` of ``output`` names, as a shell reads it back."""
    found = []
    for command in re.findall(r"lkj-tui import [^;\n]*", output):
        found.append(shlex.split(command.replace("\\", "\0"))[2].replace("\0", "\\"))
    return found


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_template_and_a_workbook_are_offered_to_import_as_typed(
    tmp_path: Path, lang: str
) -> None:
    placeholder = "FILE" if lang == "en" else "BERKAS"
    for k, name in enumerate(_NAMES):
        typed = tmp_path / f"t{name}.xlsx"
        result = run_cli("template", "-o", str(typed), "--lang", lang, env={"COLUMNS": "2000"})
        assert result.returncode == 0, (name, result.stderr)
        said = result.stdout + result.stderr
        shown = str(typed).isprintable() and '"' not in str(typed)
        assert _imported(said) == [str(typed) if shown else placeholder], (name, said)
        assert shown or _UNSHOWN[lang] in said
        folder = tmp_path / f"folder{k}"  # (a folder holding only a workbook: not a store)
        folder.mkdir()
        typed.rename(folder / typed.name)
        result = run_cli("status", "--store", str(folder), "--lang", lang, env={"COLUMNS": "2000"})
        assert result.returncode == 1, (name, result.stderr)
        assert _imported(result.stderr) == ([str(folder / typed.name)] if shown else []), name


def test_a_mistyped_workbook_is_offered_only_when_its_name_is_shown(tmp_path: Path) -> None:
    for k, name in enumerate(_NAMES):  # (its first character: a name close to the one typed)
        folder = tmp_path / f"folder{k}"
        folder.mkdir()
        (folder / f"lkj{name[0]}2024.xlsx").write_bytes(b"")
        result = run_cli("import", str(folder / "lkj2024.xlsx"), env={"COLUMNS": "2000"})
        assert result.returncode == 2, (name, result.stderr)
        for offered in _imported(result.stderr):  # (each names the file that is there)
            assert Path(offered).is_file(), (name, result.stderr)


def _names_as_typed(said: str, path: Path, lang: str) -> None:
    """``said`` names ``path`` as typed, or (a path that holds a character a terminal is not
    shown, cleaned where it is printed) says it holds characters that cannot be shown."""
    if str(path).isprintable():
        assert str(path) in said, (str(path), said)
        assert _UNSHOWN[lang] not in said, (str(path), said)
    else:
        assert _UNSHOWN[lang] in said, (str(path), said)


def test_a_path_shown_cleaned_is_said_to_be_so(tmp_path: Path) -> None:
    """A message naming a path it prints cleaned ("Ditulis ke /tmp/xy.md" for ``x\\u202ey.md``)
    says that path holds characters that cannot be shown: the file written, the store made, the
    file not found, the store a report is not in; each name in one language, by turns."""
    wide = {"COLUMNS": "2000"}
    for k, name in enumerate(dict.fromkeys(_NAMES)):
        lang = ("id", "en")[k % 2]
        store = tmp_path / f"s{k}{name}"
        result = run_cli("init", "--store", str(store), "--lang", lang, env=wide)
        assert result.returncode == 0, (name, result.stderr)
        _names_as_typed(result.stdout, store, lang)
        written = tmp_path / f"x{k}{name}.md"
        result = run_cli(
            "export", "--store", str(store), "-o", str(written), "--lang", lang, env=wide
        )
        assert result.returncode == 0 and written.is_file(), (name, result.stderr)
        _names_as_typed(result.stdout, written, lang)
        missing = tmp_path / f"m{k}{name}.xlsx"
        result = run_cli("import", str(missing), "--store", str(store), "--lang", lang, env=wide)
        assert result.returncode == 2, (name, result.stderr)
        _names_as_typed(result.stderr, missing, lang)
        result = run_cli("status", "--store", str(store), "-r", "nope", "--lang", lang, env=wide)
        assert result.returncode == 2, (name, result.stderr)
        _names_as_typed(result.stderr, store, lang)


def _words(command: str) -> list[str]:
    """``command``'s words as a shell reads them back (a backslash kept, as Windows' keep it)."""
    return [w.replace("\0", "\\") for w in shlex.split(command.replace("\\", "\0"))]


def _offered(output: str) -> list[list[str]]:
    """The words of each command ``output`` offers (``lkj-tui …`` up to a ";" or the line's
    end) and of each quote hint's option with its value."""
    commands = re.findall(r"lkj-tui [^;\n]*", output)
    commands += re.findall(r"(?:petik|quotes): (--\w+ (?:\"[^\"\n]*\"|'[^'\n]*'))", output)
    return [_words(command) for command in commands]


def test_a_command_offered_holds_each_word_as_typed_or_its_placeholder(tmp_path: Path) -> None:
    """A command a message offers names each word the user typed as it was typed, whole, or
    (a word a message cannot show as typed) its placeholder, saying why: calc's and template's
    store, import's example in a folder, the quote hint of a path typed in two words, calc's
    --polaritas, sync --clone's words after an option; never a word cleaned or cut (calc cut
    --polaritas at 40 characters, sync --clone at 300, import named the cleaned folder)."""
    wide = {"COLUMNS": "2000"}
    for k, name in enumerate(dict.fromkeys([*_NAMES, "p" * 250])):
        lang = ("id", "en")[k % 2]
        typed = f"{tmp_path}/h{k}{name}"
        said = _UNSHOWN[lang]
        runs = [  # (what is typed, the word offered: as typed, or one of its placeholders)
            (["calc", "90", "--store", typed], typed, {"FOLDER"}),
            (["template", "--store", typed, "-o", f"{typed}.xlsx"], typed, {"FOLDER"}),
            (["import", typed, "--store", str(tmp_path / "s")], f"{typed}/lkj.xlsx", {"BERKAS.xlsx", "FILE.xlsx"}),
            (["status", "--store", f"{tmp_path}/Dua", f"Kata{k}{name}/x"], f"{tmp_path}/Dua Kata{k}{name}/x", {"JALUR", "PATH"}),
            (["calc", "3", "±", "1", "--polaritas", typed], typed, {"POLARITAS"}),
            (["sync", "--clone", "--json", typed], typed, {"ALAMAT", "REMOTE"}),
        ]  # fmt: skip
        Path(typed).mkdir()
        for args, word, placeholders in runs:
            if args[0] == "status" and " " in name:  # (a word typed quoted: no hint)
                continue
            result = run_cli(*args, "--lang", lang, env=wide)
            assert result.returncode in (1, 2), (args, result.stderr)
            # (``--json`` on the line: the error is JSON on stdout, cli63)
            shown = json.loads(result.stdout)["error"] if "--json" in args else result.stderr
            offered = [w for command in _offered(shown) for w in command]
            limit = 400 if args[0] == "status" else 200  # (a quote hint names a longer path)
            if word.isprintable() and '"' not in word and len(word) <= limit:
                assert word in offered, (args, shown)
            else:
                assert word not in offered, (args, shown)
                if args[0] != "status" or "--store" in offered:  # (a hint given: why JALUR)
                    assert placeholders & set(offered), (args, shown)
                    assert said in shown, (args, shown)
            for w in offered:  # (no word is the cleaned or cut one)
                assert not w.startswith(f"{tmp_path}/h{k}") or w in (typed, word, *args), (args, w)


#: Names a POSIX shell reads otherwise, bare or in double quotes: an expansion, a command run, a
#: quote, an escape, a pattern (zsh refuses one that matches nothing), a command's end.
_SHELL_NAMES = [
    "$HOME", "a`id`b", "it's", "x!y", "a\\b", "trail\\", "two\\\\", "semi;colon", "amp&x",
    "(paren)", "*star", "q?", "{a,b}", "#hash", "pipe|x", "lt<gt>", "sp $HOME 'q'", "hat^",
]  # fmt: skip


def _read_by_sh(command: str) -> list[str]:
    """The words after ``lkj-tui init`` of ``command`` as ``sh`` reads them."""
    line = "printf '%s\\n' " + command.removeprefix("lkj-tui init ")
    done = subprocess.run(["sh", "-c", line], capture_output=True, text=True, check=True)
    return done.stdout.split("\n")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_path_offered_reads_back_whole_in_a_posix_shell(tmp_path: Path, lang: str) -> None:
    """The command a message offers, run by ``sh`` (printing its words), gives the folder typed:
    a path holding ``$``, a backtick, a backslash, a quote or a pattern was printed bare or in
    double quotes (``"/data/$lkj"``: ``/data/``), and the command copied named another folder.
    Each name a message shows as typed, in turn."""
    names = [n for n in [*_SHELL_NAMES, *_NAMES] if n.isprintable() and '"' not in n]
    for k, name in enumerate(names[lang == "en" :: 2]):
        typed = f"{tmp_path}/n{k}{name}o"
        result = run_cli("status", "--store", typed, "--lang", lang, env={"COLUMNS": "2000"})
        assert result.returncode == 2, (name, result.stderr)
        command = result.stderr[result.stderr.index("lkj-tui init ") :].rstrip("\n")
        assert _read_by_sh(command)[:2] == ["--store", typed], (name, command)
        assert not Path(typed).exists()


def test_a_path_for_windows_is_in_double_quotes_where_cmd_or_powershell_reads_it() -> None:
    """On Windows a path is quoted in double quotes, which cmd and PowerShell both take, where
    either reads it otherwise (a space, ``&``, ``(``, ``$``…); never in single quotes (cmd keeps
    them); a backslash, the separator, left as it is."""
    from lkj_tui.storage.errors import typed_path

    assert typed_path(r"D:\LKj", windows=True) == r"D:\LKj"
    assert typed_path(r"D:\Data LKj", windows=True) == r'"D:\Data LKj"'
    for name in ("R&D", "(2024)", "a;b", "$x", "it's", "a,b", "a`b"):
        assert typed_path(rf"D:\{name}", windows=True) == rf'"D:\{name}"', name


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_value_typed_in_another_encoding_is_refused_naming_its_option(
    tmp_path: Path, lang: str
) -> None:
    """A report id, a government's name or a path typed on a terminal in another encoding (a
    byte that is not UTF-8: Python reads it as a lone surrogate) was looked for and not found
    ("id laporan 'caf\\udce9' tidak sah"), or named a new file "caf\\ufffd.md": refused, exit 2,
    naming the option, as ``--instansi`` is; nothing written. A folder so named that exists is
    used as it is."""
    store = tmp_path / "s"
    assert run_cli("init", "--store", str(store)).returncode == 0
    said = {"id": "bukan teks UTF-8", "en": "is not UTF-8 text"}[lang]
    bad = [f"caf{chr(0xDC00 + byte)}" for byte in (0x80, 0xA0, 0xE9, 0xFF)]
    runs = [  # (each a byte of its own, in turn)
        (["status", "-r", bad[0], "--store", str(store)], "-r"),
        (["log", f"--report={bad[1]}", "--store", str(store)], "--report"),
        (["status", "--all", "--pemerintah", bad[2], "--store", str(store)], "--pemerintah"),
        (["--store", str(tmp_path / bad[3]), "status"], "--store"),
        (["export", "--store", str(store), "-o", str(tmp_path / f"{bad[0]}.md")], "-o"),
        (["template", "-o", str(tmp_path / f"{bad[1]}.xlsx")], "-o"),
        (["import", str(tmp_path / f"{bad[2]}.xlsx"), "--store", str(store)], "BERKAS"),
        (["sync", "--clone", str(tmp_path / bad[3]), "--store", str(tmp_path / "c")], "--clone"),
    ]
    for k, (args, option) in enumerate(runs):
        result = run_cli(*args, "--lang", lang)
        assert result.returncode == 2, (args, result.stderr)
        option = "FILE" if option == "BERKAS" and lang == "en" else option
        assert said in result.stderr and f"{option} " in result.stderr, (args, result.stderr)
        assert f"0x{ord(bad[k % 4][-1]) - 0xDC00:02X}" in result.stderr, (args, result.stderr)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s"]
    there = tmp_path / "caf\udce9"  # (made on this disk by a terminal in that encoding)
    store.rename(there)
    assert run_cli("status", "--store", str(there), "--lang", lang).returncode == 0


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_single_quoted_path_stays_whole_on_a_narrow_terminal(tmp_path: Path, lang: str) -> None:
    """At 60 columns a path in a POSIX shell's single quotes ('/data/$lkj dua kata') was broken
    at its spaces like words, in the sentence and in the command offered, which, copied, named
    another folder: each stays whole on its line; the command, its lines joined, reads it back."""
    from reliability.pty_capture import run_in_pty
    from tests.conftest import LKJ_TUI

    typed = f"{tmp_path}/a$b c d e f g h"
    own = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    own |= {"COLUMNS": "60", "NO_COLOR": "1"}
    args = [str(LKJ_TUI), "status", "--store", typed, "--lang", lang]
    done = run_in_pty(args, env=own, size=(60, 24))
    shown = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", done.output.decode().replace("\r\n", "\n"))
    assert done.returncode == 2, shown
    quoted = f"'{typed}'"
    lines = shown.split("\n")
    assert sum(quoted in line for line in lines) == 2, shown  # (the sentence's, the command's)
    at = next(i for i, line in enumerate(lines) if line.lstrip().startswith("lkj-tui init"))
    command = " ".join(line.strip().removesuffix("\\") for line in lines[at:] if line.strip())
    assert _read_by_sh(command)[:2] == ["--store", typed], shown
