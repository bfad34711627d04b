"""paths55: a path's note is one aside with the one after it, and a command a message offers
before "; why" is never broken inside on a narrow terminal."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from lkj_tui.storage.errors import UNSHOWN_PATH
from tests.conftest import run_cli
from tests.test_cli41 import _pty_lines

BIDI = "\u202e"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_paths_note_and_the_aside_after_it_are_one(tmp_path: Path, lang: str) -> None:
    """``export -o`` a file whose name holds a bidi mark said "Ditulis ke /tmp/xy.md (memuat
    karakter …) (Markdown): …", two asides in a row; ``init`` and ``status -r`` alike. One
    aside holds both: "(memuat karakter …; Markdown)"."""
    store, note = tmp_path / f"n{BIDI}o", UNSHOWN_PATH[lang]
    made = run_cli("init", "--store", str(store), "--lang", lang)
    written = run_cli("export", "--store", str(store), "-o", str(tmp_path / f"x{BIDI}y.md"))
    missing = run_cli("status", "--store", str(store), "-r", "nope", "--lang", lang)
    assert made.returncode == 0 and written.returncode == 0, made.stderr + written.stderr
    assert missing.returncode == 2, missing.stderr
    bundled = {"id": "berisi laporan bawaan", "en": "holding the bundled report"}[lang]
    assert f"o ({note}; {bundled})" in made.stdout, made.stdout
    assert f"y.md ({UNSHOWN_PATH['id']}; Markdown): " in written.stdout, written.stdout
    exist = {"id": "laporan yang ada: ", "en": "reports that exist: "}[lang]
    assert f"o ({note}; {exist}" in missing.stderr, missing.stderr
    for said in (made.stdout, written.stdout, missing.stderr):
        assert ") (" not in said, said


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("columns", [24, 40, 60, 80])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_command_before_its_why_is_folded_whole(tmp_path: Path, columns: int, lang: str) -> None:
    """``template --store F -o x.xlsx`` with F holding a bidi mark offers "…: lkj-tui import
    x.xlsx --store FOLDER; jalur yang diketik memuat …": at 40 columns the why was folded as the
    command's words, "--store FOLDER; jalur \\" / "yang diketik memuat \\" … (pasted, a shell
    ran "jalur" as a command). The command is folded alone, its last line "--store FOLDER" (in
    English "--lang en"), the why under it as words."""
    store = str(tmp_path / f"a{BIDI}b")
    args = ["template", "--store", store, "-o", str(tmp_path / "x.xlsx"), "--lang", lang]
    lines = _pty_lines(args, columns, 2)
    shown = "\n".join(lines)
    why = {"id": "memuat", "en": "holds"}[lang]
    start = next(i for i, line in enumerate(lines) if "lkj-tui import" in line)
    end = next(i for i in range(start, len(lines)) if not lines[i].rstrip().endswith("\\"))
    # (the command ends "--store FOLDER", and in English "--lang en": cli68 keeps the language)
    assert lines[end].rstrip().endswith({"id": "FOLDER", "en": "--lang en"}[lang]), shown
    after = " ".join(" ".join(lines[end + 1 :]).split())
    assert why in after and "\\" not in after, shown
    assert all(len(line) <= columns for line in lines if "/" not in line), shown


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_missing_stores_check_the_path_is_never_alone_on_its_line(lang: str) -> None:
    """``status --store /tmp/aaaaaaaaaa`` at 60 columns put "Periksa jalurnya," alone on a line
    between "…oleh perintah ini." and the label over the command ("atau buat penyimpanan baru
    berisi laporan bawaan:"), read as a line of its own. The label's first words go up to it;
    the label stays whole on its line where nothing is alone (the lengths of a path that
    brought each layout)."""
    alone = {"id": "Periksa jalurnya,", "en": "Check the path,"}[lang]
    for n in range(4, 30, 3):  # (/tmp/ and 10 letters: id and en alone; 15: en)
        store = "/no-paths55/" + "a" * n
        lines = _pty_lines(["status", "--store", store, "--lang", lang], 60, 2)
        shown = "\n".join(lines)
        assert alone in " ".join(shown.split()), shown
        assert all(line.strip() != alone for line in lines), shown
        assert all(len(line) <= 60 for line in lines), shown
        assert f" {store}" in shown, shown  # (the path whole in its command, as before)


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_info_names_a_long_shared_address_whole_or_says_it_is_cut(
    tmp_path: Path, lang: str
) -> None:
    """``info`` cut the shared address at 200 characters with a "…" inside it, read as part of
    the address. One of 300 is named whole (broken after its "/"); one longer than info names
    is cut and said to be, with its length."""
    store = tmp_path / "store"
    assert run_cli("init", "--store", str(store)).returncode == 0
    subprocess.run(["git", "init", "-q", str(store)], check=True)
    for parts, cut in ((30, False), (80, True)):
        address = "/srv/" + "dinas-abc/" * parts + "lkj.git"
        subprocess.run(["git", "-C", str(store), "remote", "remove", "origin"], capture_output=True)
        subprocess.run(["git", "-C", str(store), "remote", "add", "origin", address], check=True)
        said = run_cli("info", "--store", str(store), "--lang", lang, env={"COLUMNS": "80"})
        assert said.returncode == 0, said.stderr
        flat = "".join(said.stdout.split())  # (broken after a "/" or a "-" on its lines)
        words = {"id": "(dipotong:alamatnya{n}karakter)", "en": "(cut:theaddresshas{n}characters)"}
        if cut:
            assert flat.count("dinas-abc/") < parts, said.stdout
            assert words[lang].format(n=len(address)) in flat, said.stdout
        else:
            assert address in flat and "…" not in said.stdout, said.stdout


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("columns", [60, 70, 80])
def test_clones_command_for_a_missing_folder_is_one_form_in_both_languages(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, columns: int
) -> None:
    """``sync --clone`` from a folder not there ends "… beri alamat yang benar dengan 'lkj-tui
    sync --clone ALAMAT --store X'": where it fits a line it stood quoted on a line of its own,
    where it did not (at 70 columns in English, with a longer --store) folded without quotes:
    two forms of one command. It stands on lines of its own under its words, unquoted, as every
    command a message ends with."""
    (tmp_path / "other").mkdir()  # (a folder not empty: "none" is not in it, a drive is there)
    monkeypatch.chdir(tmp_path)  # (the command short: "--store c")
    for lang in ("id", "en"):
        lines = _pty_lines(
            ["sync", "--clone", "none/rx", "--store", "c", "--lang", lang], columns, 2
        )
        shown = "\n".join(lines)
        at = next(i for i, line in enumerate(lines) if "lkj-tui sync" in line)
        assert lines[at].startswith("  ") and lines[at].strip().startswith("lkj-tui"), shown
        assert "'" not in lines[at], shown
        assert lines[at - 1].rstrip().endswith(("dengan", "with")), shown
