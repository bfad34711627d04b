"""Sharing a store, the twenty-first pass (share29): resolve's refusals, git init's quoted path, a
new or relative address for the shared repository, and info's sync command on a line of its own."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests import test_sync
from tests.conftest import run_cli
from tests.test_sharing25 import _on_a_terminal
from tests.test_sync import RID, lkj

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

offices = test_sync.offices

#: Where a refusal's command starts: under its words ("lkj-tui: "), two spaces further in.
UNDER = " " * 11


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
def test_a_refusals_commands_stand_under_its_words_at_40_columns(offices) -> None:
    """`resolve 3 ambil-lain` with one conflict, at 40 columns: the refusal's words went on 9
    columns in (under "lkj-tui: ") while its command started 2 in, read as a line of another
    message. The command now starts two spaces further in than the words, folded at its options
    under itself (cli27); to a pipe the same indent."""
    test_sync._conflict_in(offices)
    lines = _on_a_terminal(offices, 40, "resolve", "3", "ambil-lain", code=2)
    at = next(n for n, line in enumerate(lines) if "lkj-tui resolve" in line)
    assert at > 1 and all(line[9] != " " == line[8] for line in lines[1:at]), "\n".join(lines)
    assert lines[at] == UNDER + "lkj-tui resolve --store opd", "\n".join(lines)
    piped = lkj(offices, "opd", "resolve", "3", "ambil-lain")
    assert piped.stderr.split("\n")[1].startswith(UNDER + "lkj-tui resolve --store "), piped.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_choice_for_a_report_without_conflicts_names_the_report_that_has_them(
    offices, lang
) -> None:
    """`lkj-tui resolve 1 ambil-lain` when the latest report (next year's) has no conflict but
    another has one: it said only "Tidak ada konflik sinkronisasi di laporan ID2." and nothing to
    type, and `resolve` listing it said the same: the conflict waited unseen. The refusal (exit 1)
    and the list now name the command that lists the report whose conflicts wait; with no
    conflict anywhere, that nothing is to be chosen."""
    test_sync._conflict_in(offices)
    made = lkj(offices, "opd", "new", "--from", RID, "--tahun", "2024")
    assert made.returncode == 0, made.stderr
    take, en = ("take-other", " --lang en") if lang == "en" else ("ambil-lain", "")
    store = f"{offices['tmp']}/opd"
    command = f"lkj-tui resolve -r {RID} --store {store}{en}"
    refused = lkj(offices, "opd", "resolve", "1", take, "--lang", lang)
    assert refused.returncode == 2, refused.stderr
    head, line = refused.stderr.split("\n")[:2]
    said = {"id": "konflik menunggu di 1 laporan lain, tampilkan dengan:",
            "en": "conflicts wait in another report, list them with:"}[lang]  # fmt: skip
    assert head.endswith(said) and line == UNDER + command, refused.stderr
    listed = lkj(offices, "opd", "resolve", "--lang", lang)  # (the list itself: share65)
    keep = "keep" if lang == "en" else "pertahankan"
    assert listed.returncode == 0, listed.stderr
    assert f"  lkj-tui resolve 1 {keep} -r {RID} --store {store}{en}" in listed.stdout.split("\n")
    assert lkj(offices, "opd", "resolve", "semua", take, "-r", RID).returncode == 0
    none = lkj(offices, "opd", "resolve", "1", take, "--lang", lang)
    assert none.returncode == 2 and len(none.stderr.strip().split("\n")) == 1, none.stderr
    assert {"id": "tidak ada yang perlu dipilih", "en": "nothing to choose"}[lang] in none.stderr


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("columns", [40, 80])
def test_git_init_for_a_folder_with_a_space_is_quoted_and_folded_at_its_options(
    offices, columns: int
) -> None:
    """`sync --clone "bukan repo"` (a folder there, holding no repository) suggested 'git init
    --bare --initial-branch=main /tmp/…/bukan repo': typed as printed, git took two folders. At
    40 columns the path was also folded at its space, and kept with --initial-branch=main (an
    option that holds its value) as one part, under a lone "dengan". The path is now in double
    quotes, one part, under "sekali dengan"; to a pipe the message is one line."""
    folder = Path(str(offices["tmp"])) / "bukan repo"
    folder.mkdir()
    (folder / "catatan.txt").write_text("x", encoding="utf-8")
    lines = _on_a_terminal(offices, columns, "sync", "--clone", "bukan repo", code=2)
    at = next(n for n, line in enumerate(lines) if line.lstrip().startswith("git init"))
    assert len(lines[at - 1].split()) > 1, "\n".join(lines)  # ("dengan" alone over it)
    command = lines[at].strip()
    while command.endswith(" \\"):
        at += 1
        command = command[:-2] + " " + lines[at].strip()
    assert command == f'git init --bare --initial-branch=main "{folder}"', "\n".join(lines)
    # (one part, on its line at 40 columns: never with the option before it)
    assert lines[at].strip() == f'"{folder}"' or columns == 80, "\n".join(lines)
    piped = lkj(offices, "opd", "sync", "--clone", "bukan repo")
    assert piped.returncode == 2 and piped.stderr.count("\n") == 1, piped.stderr


def test_a_shared_folder_typed_relative_while_not_there_is_kept_from_here(offices) -> None:
    """`sync --init ../bersama/lkj.git` while the share was not connected kept the path as
    typed: git read it from inside the store, so every later sync, the share connected, said
    "folder 'bersama' tidak ada di STORE" (exit 3) and nothing was ever sent. It is kept as the
    folder it names from where the command ran: once the share is there, sync sends."""
    tmp = Path(str(offices["tmp"]))
    assert lkj(offices, "opd", "init").returncode == 0
    here = {"cwd": tmp / "opd"}  # (the command run in the store's folder: "../bersama" beside)
    away = _in(offices, here, "sync", "--init", "../bersama/lkj.git")
    assert away.returncode == 3, away.stderr
    assert f"tidak ada di {tmp}:" in " ".join(away.stderr.split()), away.stderr
    (tmp / "bersama").mkdir()
    subprocess.run(["git", "init", "-q", "--bare", str(tmp / "bersama" / "lkj.git")], check=True)
    back = _in(offices, here, "sync")
    assert back.returncode == 0 and "Dikirim" in back.stdout, back.stdout + back.stderr


def test_a_new_address_for_the_shared_repository_gets_every_save(offices) -> None:
    """IT moved the shared repository (or made it anew, empty, after a disk was lost); an office
    gave the new address, `sync --init NEW`: it said "Sudah sinkron dengan NEW" and sent
    nothing, the old repository's branch still taken for the new one's: every clone of NEW was
    empty. The sync now sends every save, and the report reaches a clone of NEW."""
    tmp = Path(str(offices["tmp"]))
    test_sync.start(offices, "opd")
    subprocess.run(["git", "init", "-q", "--bare", str(tmp / "baru.git")], check=True)
    moved = lkj(offices, "opd", "sync", "--init", str(tmp / "baru.git"))
    assert moved.returncode == 0 and "Dikirim" in moved.stdout, moved.stdout + moved.stderr
    assert lkj(offices, "kedua", "sync", "--clone", str(tmp / "baru.git")).returncode == 0
    assert (tmp / "kedua" / f"{RID}.json").is_file()


def _in(offices, where: dict[str, Path], *args: str) -> subprocess.CompletedProcess[str]:
    """``lkj-tui ARGS --store opd`` run in the folder ``where["cwd"]``, piped."""
    from tests.conftest import LKJ_TUI

    own = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    own |= test_sync.env(offices, "opd <opd@example.org>")
    store = str(Path(str(offices["tmp"])) / "opd")
    return subprocess.run(
        [str(LKJ_TUI), *args, "--store", store],
        capture_output=True,
        text=True,
        env=own,
        cwd=where["cwd"],
        timeout=120,
        stdin=subprocess.DEVNULL,
    )


@pytest.mark.parametrize("lang", ["id", "en"])
def test_info_names_the_sync_whole_on_its_line_and_never_breaks_the_remote(offices, lang) -> None:
    """`info` piped at 80 columns said "… diterima belum digabung (lkj-tui sync --store "/x/opd"
    / "laptop")": the command in parentheses mid-sentence, its path broken at its space, and
    the shared folder's path ("Bersama" / "LKj/lkj.git") too. The command now stands whole on a
    line of its own under its words, the remote never broken."""
    tmp = Path(str(offices["tmp"]))
    remote, store = tmp / "ber sama.git", tmp / "opd laptop"  # (the tmp folder's path is long)
    subprocess.run(["git", "init", "-q", "--bare", str(remote)], check=True)
    own = test_sync.env(offices, "opd <opd@example.org>") | {"COLUMNS": "80"}
    assert run_cli("init", "--store", str(store), env=own).returncode == 0  # (share41)
    shared = run_cli("sync", "--init", str(remote), "--store", str(store), env=own)
    assert shared.returncode == 0, shared.stderr
    out = run_cli("info", "--store", str(store), "--lang", lang, env=own).stdout.split("\n")
    at = next(n for n, line in enumerate(out) if line.startswith(("Dibagikan", "Shared")))
    to = next(n for n, line in enumerate(out) if line.startswith("    lkj-tui sync"))
    en = " --lang en" if lang == "en" else ""
    assert out[to] == f'    lkj-tui sync --store "{store}"{en}', "\n".join(out)
    said = "\n".join(out[at:to])  # (the remote whole on one of the lines above)
    assert str(remote) in said and "lkj-tui" not in said, "\n".join(out)
    count = {"id": "0 simpanan belum dikirim", "en": "0 saves not sent"}[lang]  # ("1 saves")
    assert count in " ".join(said.split()), said


@pytest.mark.skipif(not hasattr(os, "openpty"), reason="a pseudo-terminal")
def test_syncs_command_for_the_conflicts_folds_at_its_options_at_40_columns(offices) -> None:
    """sync's command that chooses the conflicts stood whole on its line at 40 columns, and
    the terminal cut it anywhere ("-r bengkulu-selatan-setda-20" / "23 --store opd"), while
    resolve's and restore's own commands fold at their options (cli27). It folds so too, each
    line but the last ending " \\", the words after it on the next line."""
    test_sync._conflict_in(offices)
    lines = _on_a_terminal(offices, 40, "sync")
    at = start = next(n for n, line in enumerate(lines) if line.startswith("  lkj-tui resolve"))
    command = lines[at]
    while command.endswith(" \\"):
        at += 1
        command = command[:-2] + " " + lines[at].strip()
    assert command == f"  lkj-tui resolve -r {RID} --store opd", "\n".join(lines)
    assert at > start and all(len(line) <= 40 for line in lines[start:]), "\n".join(lines)
    assert lines[at + 1] == "  (atau tombol K di TUI).", "\n".join(lines)


def test_log_names_a_long_report_id_whole_and_once(offices) -> None:
    """`log` cut a report's id at 40 characters as the label of a report made ("bengkulu-
    selatan-badan-kepegawaian-dan-pen… · Laporan: dibuat"), at 60 as the report of a line of
    the whole store's log, and named it twice on the report's own line there: a kabupaten
    OPD's id could not be read, nor typed again. Piped, each line names it once, whole."""
    test_sync.start(offices, "opd")
    rid = "bengkulu-selatan-badan-kepegawaian-dan-pengembangan-sumber-daya-manusia-2024"
    made = lkj(
        offices, "opd", "new", "-r", rid, "--instansi", "Badan Kepegawaian", "--tahun", "2024"
    )
    assert made.returncode == 0, made.stderr
    for args in (("-r", rid), ()):
        out = lkj(offices, "opd", "log", *args).stdout
        line = next(
            line for line in out.split("\n") if "Laporan: dibuat" in line and "2024" in line
        )
        assert line.endswith(f"  {rid} · Laporan: dibuat (rev. 1)"), out
        assert line.count(rid) == 1 and "…" not in line, out


def test_a_label_keeps_its_last_two_words_over_the_command_it_ends_with(monkeypatch) -> None:
    """An error's label broken before its last word ("… buat sekali" / "dengan" / "git init
    …") read "dengan" alone over the command at 40 columns, as sync's own line did before
    share25. The words before a command set apart keep their last two together (and as many
    more of their clause as fit the line: share35)."""
    from lkj_tui.cli.output import folded

    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.setenv("COLUMNS", "40")
    monkeypatch.setenv("LINES", "24")
    command = "'git init --bare --initial-branch=main /srv/lkj.git'"
    line = f"lkj-tui: abcdefgh abcdefgh abcdefgh abcd dengan {command}"
    shown = folded(line, 9, Terminal(), [command]).split("\n")
    assert shown[:3] == [
        "lkj-tui: abcdefgh abcdefgh",
        "         abcdefgh abcd dengan",
        "           git init --bare \\",  # (two spaces under its label, folded there: cli38)
    ], shown


def test_sync_of_a_folder_not_shared_suggests_the_clone_into_it(offices) -> None:
    """`sync --store baru` on a new laptop's empty folder (the --clone forgotten) suggested
    'lkj-tui sync --clone ALAMAT' without the --store: typed as printed, it cloned into the
    default store's folder, not the one named. The clone now carries the --store typed, and
    run as printed it makes the store there."""
    from tests.test_sharing20 import _narrow

    tmp = Path(str(offices["tmp"]))
    test_sync.start(offices, "opd")
    (tmp / "baru").mkdir()
    refused = _narrow(offices, "baru", "sync")
    assert refused.returncode == 1, refused.stderr
    assert refused.stderr.endswith(": lkj-tui sync --clone ALAMAT --store baru\n")  # (cli30)
    cloned = _narrow(offices, "baru", "sync", "--clone", str(offices["remote"]))
    assert cloned.returncode == 0 and (tmp / "baru" / f"{RID}.json").is_file(), cloned.stderr
