"""paths57: messages, paths and commands, third round — an address, a path or an id wider than a
line is broken, never cut as a number, and the note that says it was cut is read whole."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_cli41 import _pty_lines

needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
needs_pty = pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")


def _shared(store: Path, address: str) -> None:
    """``store`` made a git repository whose remote is ``address`` (as a git config's, by hand)."""
    if not store.exists():
        assert run_cli("init", "--store", str(store)).returncode == 0
        subprocess.run(["git", "init", "-q", str(store)], check=True)
    subprocess.run(["git", "-C", str(store), "remote", "remove", "origin"], capture_output=True)
    subprocess.run(["git", "-C", str(store), "remote", "add", "origin", address], check=True)


@needs_git
@needs_pty
@pytest.mark.parametrize("columns", [24, 40, 60, 80])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_wide_address_of_digits_is_broken_never_cut_as_a_number(
    tmp_path: Path, columns: int, lang: str
) -> None:
    """``info`` on a store shared to an address of digits without a "/" where a line breaks it
    ("/srv/1111…", 503 characters, or 600 digits) showed "/srv/111111… (495 digit" / ")
    (dipotong: alamatnya 503 karakter)": the address cut a second time as if a long number, its
    length said twice and differently, a bracket alone on a line, and the note broken across
    lines at 40 columns. The address's first 500 characters are shown, broken across lines;
    the note says its length once, whole on its line where it fits one."""
    store = tmp_path / "store"
    note = {
        "id": "(dipotong: alamatnya {n} karakter)",
        "en": "(cut: the address has {n} characters)",
    }
    for address in ("/srv/" + "1" * 498, "9" * 600):
        _shared(store, address)
        lines = _pty_lines(["info", "--store", str(store), "--lang", lang], columns, 0)
        shown = "\n".join(lines)
        flat = "".join(shown.split())
        assert address[:500] in flat, shown  # (every character named, in order)
        assert "digit)" not in shown and "…" not in shown, shown
        said = note[lang].format(n=len(address))
        assert flat.count("".join(said.split())) == 1, shown
        if len(said) <= columns - 2:
            assert any(said in line for line in lines), shown
        start = next(i for i, line in enumerate(lines) if line.startswith(("Dibagikan", "Shared")))
        end = next(i for i, line in enumerate(lines) if "lkj-tui sync" in line)
        assert all(line.strip() not in (")", "·") for line in lines[start:end]), shown
        assert all(len(line) <= columns for line in lines[start:end]), shown


@needs_git
@needs_pty
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_line_under_the_shared_address_never_starts_with_its_separator(
    tmp_path: Path, lang: str
) -> None:
    """At 40 columns ``info`` put "https://git.kab.go.id/bappeda/lkj.git" on its line and
    "· 1 simpanan belum dikirim ·" under it, a line begun with the separator the break stood
    for (a message drops it there). The line under the address starts with the count."""
    store = tmp_path / "store"
    _shared(store, "https://git.kab.go.id/bappeda/lkj.git")
    lines = _pty_lines(["info", "--store", str(store), "--lang", lang], 40, 0)
    shown = "\n".join(lines)
    at = next(i for i, line in enumerate(lines) if line.strip().endswith("lkj.git"))
    assert lines[at + 1].strip().startswith("1 "), shown
    assert all(not line.strip().startswith("·") for line in lines), shown


@needs_pty
@pytest.mark.parametrize("command", ["template", "calc"])
@pytest.mark.parametrize("columns", [24, 40, 60, 80])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_commands_refused_store_names_the_one_that_takes_it_under_one_label(
    tmp_path: Path, command: str, columns: int, lang: str
) -> None:
    """``template --store X -o t.xlsx`` at 40 columns ended "… Perintah yang" / "memakai
    penyimpanan" / "menerimanya, mis." / "untuk mengimpor" / "templat yang sudah diisi:" over
    the import command: a clause of one to three words a line, "mis." read as a sentence's
    end and the label cut from its start. The label over the command that takes the store is
    one short line from 40 columns on, and every line of the words fits the terminal."""
    from lkj_tui.cli.clicktext import NO_STORE

    args = {"template": ["template", "-o", "t.xlsx"], "calc": ["calc", "3", "2"]}[command]
    lines = _pty_lines([*args, "--store", "s", "--lang", lang], columns, 2)
    shown = "\n".join(lines)
    label = NO_STORE[command][lang][1] + ":"
    at = next(
        i
        for i, line in enumerate(lines)
        if line.strip().startswith("lkj-tui import") or line.strip().startswith("lkj-tui status")
    )
    flat = " ".join(" ".join(lines[:at]).split())
    assert flat.endswith(label), shown
    if columns >= 40:
        assert lines[at - 1].strip().endswith(label), shown
    assert all(len(line) <= columns for line in lines), shown


@needs_pty
@pytest.mark.parametrize("columns", [24, 40, 60, 80])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_why_under_a_folded_command_reads_as_a_sentence(
    tmp_path: Path, columns: int, lang: str
) -> None:
    """``template --store F -o x.xlsx`` with F holding a bidi mark offers "…: lkj-tui import
    x.xlsx --store FOLDER; jalur yang diketik memuat …". The command on lines of its own, the
    why under it lost its "; " and began "jalur yang diketik" in lower case, read as the
    command's next words. It begins a sentence: "Jalur yang diketik memuat …"."""
    from lkj_tui.storage.errors import UNSHOWN

    store = str(tmp_path / "a\u202eb")
    args = ["template", "--store", store, "-o", "x.xlsx", "--lang", lang]
    lines = _pty_lines(args, columns, 2)
    shown = "\n".join(lines)
    last = "--lang en" if lang == "en" else "FOLDER"  # (the command's end: cli68)
    end = max(i for i, line in enumerate(lines) if line.rstrip().endswith(last))
    why = UNSHOWN[lang]
    assert lines[end + 1].strip().startswith(why[0].upper() + why[1:].split()[0]), shown
    assert " ".join(" ".join(lines[end + 1 :]).split()) == why[0].upper() + why[1:], shown


@needs_pty
@pytest.mark.parametrize("columns", [40, 80])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_helps_command_says_python_m_where_the_program_was_run_so(
    columns: int, lang: str
) -> None:
    """``python -m lkj_tui export -h`` said "--reviu  Tulis "Catatan Hasil Reviu" (temuan
    lkj-tui check)." and ``template -h`` "… untuk lkj-tui import.", under a usage line that
    says "python -m lkj_tui": a command that does not run where ``lkj-tui`` is not on PATH.
    They say ``python -m lkj_tui check`` / ``import``, the program's words on one line."""
    from tests.test_cli51 import _as_module

    english = ["--lang", "en"] if lang == "en" else []
    for command, named in (("export", "check"), ("template", "import")):
        shown = _as_module(command, "-h", *english, columns=columns, code=0)
        assert f"python -m lkj_tui {named}" in " ".join(shown.split()), shown
        assert f"lkj-tui {named}" not in " ".join(shown.split()), shown
        assert all("python -m lkj_tui" in line for line in shown.splitlines() if "lkj_tui" in line)


@needs_git
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_sync_that_brings_saves_this_store_had_says_what_they_were(
    tmp_path: Path, lang: str
) -> None:
    """Two offices chose a conflict's value alike; the second one's sync received the first
    one's choice and said "Diterima 1 simpanan dari kantor lain; laporan diperbarui: —.": an
    empty list of reports updated. It names the report the save was of and says this store had
    it already, nothing changed; the report is as both offices chose."""
    from tests import test_sync

    home = tmp_path / "home"
    home.mkdir()
    (home / ".gitconfig").write_text("[user]\n\tname = Test\n\temail = test@example.org\n")
    remote = tmp_path / "remote.git"
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    offices = {"remote": remote, "home": home, "tmp": tmp_path}

    def lkj(who: str, *args: str) -> str:
        done = test_sync.lkj(offices, who, *args, "--lang", lang)
        assert done.returncode == 0, done.stderr
        return done.stdout

    test_sync.start(offices, "a", "b")
    lkj("a", "set", "IKU 1", "realisasi", "2,90")
    lkj("b", "set", "IKU 1", "realisasi", "2,95")
    for who in ("a", "b", "a"):  # (the conflict in both offices' files)
        lkj(who, "sync")
    keep = "pertahankan" if lang == "id" else "keep"
    for who in ("a", "b"):
        lkj(who, "resolve", "1", keep)
    lkj("a", "sync")
    said = " ".join(lkj("b", "sync").split())
    received = {"id": "Diterima 1 simpanan", "en": "Received 1 save"}[lang]
    assert f"{received} dari kantor lain ({test_sync.RID})" in said or (
        f"{received} from other offices ({test_sync.RID})" in said
    ), said
    assert "—" not in said and "diperbarui" not in said and "updated" not in said, said
    assert str(test_sync.measure(offices, "b", "IKU 1").realisasi) == str(
        test_sync.measure(offices, "a", "IKU 1").realisasi
    )


@needs_pty
@pytest.mark.parametrize("columns", [20, 24, 30, 40])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_help_hint_under_a_usage_error_keeps_the_programs_name(columns: int, lang: str) -> None:
    """``status --bogus`` at 24 columns said "Bantuan: ui status -h": the hint's command, moved
    left of its label to fit, was then cut at the label's width, "lkj-t" lost. The command is
    whole, under its label where it does not fit beside it."""
    english = ["--lang", "en"] if lang == "en" else []
    lines = _pty_lines(["status", "--bogus", *english], columns, 2)
    shown = "\n".join(lines)
    flat = " ".join(" ".join(line.rstrip(" \\") for line in lines).split())
    label = {"id": "Bantuan:", "en": "Help:"}[lang]
    assert f"{label} lkj-tui status -h{' --lang en' * (lang == 'en')}" in flat, shown
    assert all(len(line) <= columns for line in lines), shown


@pytest.mark.skipif(os.name == "nt", reason="a POSIX file system's 255-byte names")
@pytest.mark.parametrize(
    "args",
    [
        ["status", "--store", "{long}"],
        ["info", "--store", "{long}"],
        ["export", "--store", "{store}", "-o", "{long}.md"],
        ["template", "-o", "{long}.xlsx"],
        ["import", "{long}.xlsx", "--store", "{store}"],
    ],
    ids=["status", "info", "export", "template", "import"],
)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_name_too_long_for_the_file_system_is_said_so(
    store_path: Path, tmp_path: Path, args: list[str], lang: str
) -> None:
    """A folder or file name of 300 characters (longer than the 255 bytes a file system takes)
    given to any command ended in "lkj-tui: kesalahan tak terduga (OSError): [Errno 36] File
    name too long: '/tmp/xxx…" and "LKJ_TUI_DEBUG=1 menampilkan traceback": a bug's words, in
    English, the path cut. The command says the name is too long, in the user's language, with
    the path whole, and exits 1."""
    long = str(tmp_path / ("x" * 300))
    typed = [a.format(long=long, store=store_path) for a in args]
    done = run_cli(*typed, "--lang", lang)
    assert done.returncode == 1, done.stderr
    said = " ".join(done.stderr.split())
    assert "OSError" not in said and "LKJ_TUI_DEBUG" not in said, said
    assert long in said, said
    words = {"id": ("terlalu panjang", "tidak ada"), "en": ("too long", "no such file")}[lang]
    assert any(word in said for word in words), said
