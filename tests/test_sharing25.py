"""Sharing a store, the nineteenth pass (share25): resolve's and restore's closing lines give
each command a line of its own, as the list of choices above them does."""

from __future__ import annotations

import os
import re
import shlex
import shutil
from pathlib import Path

import pytest

from tests import test_sync
from tests.conftest import LKJ_TUI
from tests.test_sharing20 import _narrow, _second_conflict
from tests.test_sync import RID, env

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices

#: The closing lines' labels, each followed by its command on a line of its own.
UNDO = {"id": "Untuk membatalkan:", "en": "To undo:"}
SEND = {"id": "Kirim pilihan ini ke kantor lain:", "en": "Send this choice to the other offices:"}
LEFT = {"id": "1 konflik lagi; tunjukkan dengan:", "en": "1 conflict left; list it with:"}
CHOICE = {"id": ("ambil-lain", "pertahankan"), "en": ("take-other", "keep")}


def _on_a_terminal(offices, columns: int, *args: str, code: int = 0) -> list[str]:
    """``lkj-tui ARGS --store opd`` on a pseudo-terminal ``columns`` wide, run in the offices'
    folder (the store as typed there): the lines it wrote (a line the terminal wraps is one);
    its exit status ``code``."""
    from reliability.pty_capture import run_in_pty

    own = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    own |= env(offices, "opd <opd@example.org>") | {"COLUMNS": str(columns), "NO_COLOR": "1"}
    line = " ".join(map(shlex.quote, [str(LKJ_TUI), *args, "--store", "opd"]))
    where = shlex.quote(str(offices["tmp"]))
    done = run_in_pty(["sh", "-c", f"cd {where} && exec {line}"], env=own, size=(columns, 24))
    shown = done.output.decode("utf-8", "replace").replace("\r\n", "\n")
    assert done.returncode == code, shown
    return re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown).split("\n")


def _after(lines: list[str], label: str) -> str:
    """The line after ``label``: a command, its lines joined where a terminal narrower than it
    folded it at its options (each but the last ending with " \\", cli27)."""
    assert label in lines, "\n".join(lines)
    at = lines.index(label) + 1
    command = [lines[at]]
    while command[-1].endswith(" \\"):
        at += 1
        command[-1] = command[-1][:-2] + " " + lines[at].strip()
    return command[-1]


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_resolves_closing_commands_each_stand_on_a_line_of_their_own(offices, lang) -> None:
    """resolve's closing lines kept their commands inside sentences: "Kirim pilihan ini ke
    kantor lain: lkj-tui sync --store X" at 80 columns and to a pipe, "1 konflik lagi: lkj-tui
    resolve …", "Untuk membatalkan: lkj-tui restore …" to a pipe. Each command now stands whole
    on a line of its own under its label, at 40 and 80 columns and to a pipe, as the list of
    choices above them does; restore's account alike."""
    test_sync._conflict_in(offices)
    _second_conflict(offices)
    opts = " --store opd" + (" --lang en" if lang == "en" else "")
    take, keep = CHOICE[lang]
    olds = []
    for columns, choice in ((40, take), (80, keep)):
        lines = _on_a_terminal(offices, columns, "resolve", "1", choice, "--lang", lang)
        (old,) = {int(n) for n in re.findall(r"--revision (\d+)", "\n".join(lines))}
        olds.append(old)
        assert _after(lines, UNDO[lang]) == f"  lkj-tui restore {RID} --revision {old}{opts}"
        assert _after(lines, SEND[lang]) == f"  lkj-tui sync{opts}"
        if columns == 40:  # (one of the two left)
            assert _after(lines, LEFT[lang]) == f"  lkj-tui resolve{opts}"
    # to a pipe: the same lines (one entry a line, to grep)
    out = _narrow(offices, "opd", "restore", RID, "--revision", str(olds[0]), "--lang", lang)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.split("\n")
    assert _after(lines, UNDO[lang]) == f"  lkj-tui restore {RID} --revision {old + 1}{opts}"
    assert lines[-3].endswith(":") and lines[-2] == f"  lkj-tui sync{opts}"  # (shared)
    out = _narrow(offices, "opd", "resolve", "1", keep, "--lang", lang, columns=80)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.split("\n")
    assert _after(lines, UNDO[lang]) == f"  lkj-tui restore {RID} --revision {old + 2}{opts}"
    assert _after(lines, SEND[lang]) == f"  lkj-tui sync{opts}"
    assert not any(re.search(r"\S.*: lkj-tui ", line) for line in lines), out.stdout
    assert Path(str(offices["tmp"]), "opd").is_dir()


@pytest.mark.skipif(not hasattr(os, "O_NOFOLLOW"), reason="O_NOFOLLOW")
def test_the_restore_marks_are_never_read_through_a_symlink(tmp_path: Path) -> None:
    """The next commit read the restore marks (share22) through a symlink planted in the store's
    .git, crediting a restore the file it pointed to named: every other read of the store
    refuses a symlink, and the mark is appended without following one (af27d94). The marks are
    now read without following it: the symlink is taken away, names no restore, and the file
    it points to is left as it was; a real mark file is read as before."""
    from lkj_tui.storage.history import RESTORED, restored
    from lkj_tui.sync.git import _restores

    root = tmp_path / "store"
    (root / ".git").mkdir(parents=True)
    outside = tmp_path / "outside.txt"
    outside.write_text("rid-2023 3\n", encoding="utf-8")
    (root / ".git" / RESTORED).symlink_to(outside)
    assert _restores(root) == []
    assert outside.read_text(encoding="utf-8") == "rid-2023 3\n"
    assert sorted(p.name for p in (root / ".git").iterdir()) == []
    restored(root, "rid-2024", 5)
    assert _restores(root) == [("rid-2024", "5")]
    assert _restores(root) == []


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_offline_syncs_command_names_the_store_and_stands_whole(offices, lang) -> None:
    """A shared folder renamed away: the offline line said "… beri alamat yang benar dengan
    'lkj-tui sync --init ALAMAT'" without the --store typed (typed as shown, it set up another
    store), and at 40 columns broke it ("'lkj-tui sync" / "--init ALAMAT'"). It names the store
    now, and a terminal never breaks it (too wide for the rest of its line, on a line of its own
    without its quotes, cli27); to a pipe the line is as it was, with the store."""
    from reliability.pty_capture import run_in_pty

    test_sync.start(offices, "opd")
    remote = Path(str(offices["remote"]))
    remote.rename(remote.with_name("moved.git"))
    word = {"id": "ALAMAT", "en": "REMOTE"}[lang]
    command = f"lkj-tui sync --init {word} --store opd" + (" --lang en" if lang == "en" else "")
    piped = _narrow(offices, "opd", "sync", "--lang", lang, columns=40)
    assert piped.returncode == 3, piped.stderr
    assert piped.stderr.endswith(f"\n  {command}\n"), piped.stderr  # (its own line: share27)
    own = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    own |= env(offices, "opd <opd@example.org>") | {"COLUMNS": "40", "NO_COLOR": "1"}
    line = " ".join(map(shlex.quote, [str(LKJ_TUI), "sync", "--lang", lang, "--store", "opd"]))
    where = shlex.quote(str(offices["tmp"]))
    done = run_in_pty(["sh", "-c", f"cd {where} && exec {line}"], env=own, size=(40, 24))
    shown = done.output.decode("utf-8", "replace").replace("\r\n", "\n")
    assert done.returncode == 3, shown
    # (on a line of its own, without its quotes, folded at its options: cli27)
    rows = shown.replace(" \\\n", " ").split("\n")
    assert any(" ".join(row.split()) == command for row in rows), shown


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_clone_of_a_folder_not_there_suggests_the_clone_with_its_store(offices, lang) -> None:
    """`sync --clone remote-x.git --store baru`, the folder mistyped: the refusal said "beri
    alamat yang benar dengan 'lkj-tui sync --clone ALAMAT'" without the --store typed (typed as
    shown, it cloned into the default store's folder). It names the store now."""
    word = {"id": "ALAMAT", "en": "REMOTE"}[lang]
    out = _narrow(offices, "baru", "sync", "--clone", "remote-x.git", "--lang", lang)
    assert out.returncode == 2, out.stderr  # (a name to check: typed wrong, cli63)
    en = " --lang en" if lang == "en" else ""
    assert f"'lkj-tui sync --clone {word} --store baru{en}'" in out.stderr, out.stderr
    assert not (Path(str(offices["tmp"])) / "baru").exists()


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        (
            "id",
            (
                f"lkj-tui: tidak ada konflik nomor 3 di laporan {RID} (ada 1); tampilkan dengan:",
                f"lkj-tui: tidak ada konflik pada 'IKU 9' di laporan {RID}; tampilkan semuanya, "
                "bernomor, dengan:",
            ),
        ),
        (
            "en",
            (
                f"lkj-tui: there is no conflict number 3 in the report {RID} (it has 1); list "
                "them with:",
                f"lkj-tui: no conflict at 'IKU 9' in the report {RID}; list them all, numbered, "
                "with:",
            ),
        ),
    ],
)
def test_a_conflict_not_there_is_refused_with_the_list_command_on_its_line(
    offices, lang, words
) -> None:
    """`resolve 3 pertahankan` with one conflict, or `resolve "IKU 9" …` on a node without
    one, was refused with its command inside parentheses ("(ada 1: lkj-tui resolve --store opd
    menampilkannya)"), broken at 40 columns. The command now stands on a line of its own, as
    the refusal of a node with several conflicts has it."""
    test_sync._conflict_in(offices)
    en = " --lang en" if lang == "en" else ""
    for which, head in zip(("3", "IKU 9"), words, strict=True):
        out = _narrow(offices, "opd", "resolve", which, CHOICE[lang][1], "--lang", lang)
        assert out.returncode == 2, out.stderr
        command = f"           lkj-tui resolve --store opd{en}"  # (under its words: share29)
        assert out.stderr.split("\n")[:2] == [head, command]


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
def test_the_syncs_words_before_its_command_keep_together_at_80_columns(offices) -> None:
    """At 80 columns sync's "1 konflik dari sebelumnya masih terbuka (ID): pilih dengan" was
    broken before its last word, "dengan" read alone over the command on the next line. The
    label's last two words now stay together."""
    test_sync._conflict_in(offices)
    lines = _on_a_terminal(offices, 80, "sync")
    at = next(i for i, line in enumerate(lines) if line.startswith("  lkj-tui resolve -r "))
    assert lines[at - 1].endswith("pilih dengan"), "\n".join(lines)
    assert not any(line.strip() in ("dengan", "with") for line in lines), "\n".join(lines)
