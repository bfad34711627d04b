"""cli49: the commands' words, last items."""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.conftest import LKJ_TUI, run_cli


def _stderr_with_stdout(store: Path, stdout: object, *args: str) -> str:
    env = {k: v for k, v in os.environ.items() if not k.startswith("LKJ_TUI")}
    env.update(LKJ_TUI_STORE=str(store), COLUMNS="400", NO_COLOR="1")
    result = subprocess.run(
        [str(LKJ_TUI), *args],
        env=env,
        stdin=subprocess.DEVNULL,
        stdout=stdout,
        stderr=subprocess.PIPE,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def _outside_brackets(line: str) -> str:
    return re.sub(r"\([^()]*\)", "", line)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(("lang", "words"), [("id", "disk penuh"), ("en", "the disk is full")])
@pytest.mark.parametrize("command", ["status", "export"])
def test_a_full_disk_under_the_output_is_said_in_the_users_words(
    store_path: Path, lang: str, words: str, command: str
) -> None:
    """`status > /dev/full` said "tidak dapat menulis keluaran: No space left on device", the
    system's English inside an Indonesian line, where the store says "disk penuh". The output's
    full disk is now said as the store's is, in the language asked, the system's reason in
    brackets."""
    with open("/dev/full", "w") as full:
        line = _stderr_with_stdout(store_path, full, command, "--lang", lang)
    assert words in line, line
    assert "No space left" not in _outside_brackets(line), line


@pytest.mark.skipif(os.name != "posix", reason="an fd open to read only as stdout")
@pytest.mark.parametrize(
    ("lang", "words"), [("id", "tidak dibuka untuk ditulisi"), ("en", "not open for writing")]
)
def test_an_output_open_to_read_only_is_said_in_the_users_words(
    store_path: Path, lang: str, words: str
) -> None:
    """`status 1< FILE` said "Bad file descriptor" and nothing else."""
    with open(os.devnull) as read_only:
        line = _stderr_with_stdout(store_path, read_only, "status", "--lang", lang)
    assert words in line and "> " in line, line
    assert "Bad file descriptor" not in _outside_brackets(line), line


@pytest.mark.parametrize(
    "args",
    [
        ("status", "--lang", "en", "--lang", "id"),
        ("status", "--lang=id", "--lang", "en"),
        ("--lang", "en", "status", "--lang", "id"),
    ],
    ids=["after", "equals", "around"],
)
def test_two_languages_asked_are_refused_in_both(store_path: Path, args: tuple[str, ...]) -> None:
    """`status --lang en --lang id` was refused in English only: which language the user
    reads is what is in doubt, so the refusal says it in both."""
    result = run_cli(*args, store=store_path)
    assert result.returncode == 2 and not result.stdout, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and "opsi --lang diberikan dua kali" in lines[0], result.stderr
    assert "option --lang given twice" in lines[0], result.stderr


@pytest.mark.parametrize(("lang", "words"), [("id", "opsi --store"), ("en", "option --store")])
def test_a_store_given_twice_is_refused_in_the_language_asked_after_it(
    tmp_path: Path, lang: str, words: str
) -> None:
    """`--store A --store B status --lang en` was refused in Bahasa Indonesia: the language
    was read only from the options before the command."""
    result = run_cli(
        "--store", str(tmp_path / "a"), "--store", str(tmp_path / "b"), "status", "--lang", lang
    )
    assert result.returncode == 2 and result.stderr.startswith(f"lkj-tui: {words}"), result.stderr


def test_status_all_says_average_capaian_as_the_other_side_by_side_screens(
    store_path: Path,
) -> None:
    """`status --all --lang en` said "Average achievement" (its column, its cards, its totals)
    where compare, the overview and `export --all` say "Average capaian": offices side by side
    keep the report's word (docs/glossary.md)."""
    made = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", store=store_path)
    assert made.returncode == 0, made.stderr
    for columns in ("160", "40"):  # (the table with its total; the cards)
        shown = run_cli(
            "status", "--all", "--lang", "en", store=store_path, env={"COLUMNS": columns}
        ).stdout
        assert "achievement" not in shown.lower(), shown
        assert "verage capaian" in shown, shown
    compared = run_cli("export", "--all", "--lang", "en", store=store_path).stdout
    assert "Average capaian" in compared


@pytest.mark.parametrize(
    ("lang", "words"),
    [("id", "belum ada: dibuat sebagai penyimpanan baru"), ("en", "did not exist: it was created")],
)
def test_new_says_it_made_the_store_a_mistyped_store_names(
    tmp_path: Path, lang: str, words: str
) -> None:
    """`new --store MISSING` made the folder a new store without a word: a mistyped --store
    made a store the user then looked for in vain. It says so in one line; into the store
    it made, the next `new` says nothing of it (nor does `init`, which says it made one)."""
    typo = tmp_path / "lkj-2025x"
    made = run_cli(
        "new", "--instansi", "Dinas X", "--tahun", "2025", "--store", str(typo), "--lang", lang
    )
    assert made.returncode == 0, made.stderr
    lines = made.stderr.splitlines()
    assert len(lines) == 1 and words in lines[0] and str(typo) in lines[0], made.stderr
    again = run_cli(
        "new", "--instansi", "Dinas Y", "--tahun", "2025", "--store", str(typo), "--lang", lang
    )
    assert again.returncode == 0 and not again.stderr, again.stderr
    init = run_cli("init", "--store", str(tmp_path / "fresh"), "--lang", lang)
    assert init.returncode == 0 and not init.stderr, init.stderr


@pytest.mark.parametrize(
    ("lang", "none"), [("id", "Capaian tidak terukur"), ("en", "not measurable")]
)
@pytest.mark.parametrize("columns", ["50", "60"])  # (cards; the wide table has a column)
def test_a_card_without_a_rating_ends_with_its_capaian(
    store_path: Path, lang: str, none: str, columns: str
) -> None:
    """`status` as cards (a narrow terminal) ended an IKU without a capaian with its rating
    "· —", which says nothing the capaian does not, and at 70 columns on a line of its own,
    "    · —". A card without a rating ends with its capaian."""
    emptied = run_cli("set", "IKU 1", "realisasi", "", store=store_path)
    assert emptied.returncode == 0, emptied.stderr
    shown = run_cli("status", "--lang", lang, store=store_path, env={"COLUMNS": columns}).stdout
    lines = shown.splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("IKU 1 "))
    card = " ".join(line.strip() for line in lines[at + 1 : at + 3])
    assert none in card and "—" not in card.split(none)[1][:4], shown
    assert all(line.strip() not in ("· —", "—") for line in lines), shown
    assert "· Sangat Tinggi" in shown or "· Very high" in shown, shown  # (a rating: said)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_export_help_says_what_each_scope_lists(lang: str) -> None:
    """`export -h` said "What is summarised: default, all or under-target (also bawaan, …)":
    "default" read as a fourth choice or as a mark. Each scope is now named with what it
    lists, the one used without --scope marked, the other language's names after them."""
    shown = " ".join(run_cli("export", "-h", "--lang", lang).stdout.split())
    names = ("bawaan", "di-bawah-target", "semua", "default", "under-target", "all")
    own, other = (names[:3], names[3:]) if lang == "id" else (names[3:], names[:3])
    for name in own:
        assert (
            f" {name} (default):" in shown
            or f" {name}:" in shown
            or f" {name} (without --scope):" in shown
        ), shown
    assert ", ".join(other) + "." in shown, shown


@pytest.mark.parametrize(("lang", "words"), [("id", "adalah sebuah berkas"), ("en", "is a file")])
def test_clone_into_a_file_says_it_is_a_file(tmp_path: Path, lang: str, words: str) -> None:
    """`sync --clone X --store FILE` said "folder FILE sudah ada dan tidak kosong": a file
    called a folder. It says the store named is a file, and changes nothing."""
    named = tmp_path / "notes.txt"
    named.write_text("mine\n", encoding="utf-8")
    result = run_cli(
        "sync", "--clone", str(tmp_path / "remote"), "--store", str(named), "--lang", lang
    )
    assert result.returncode != 0 and words in result.stderr, result.stderr
    assert "folder" not in result.stderr.split(words)[0].lower(), result.stderr
    assert named.read_text(encoding="utf-8") == "mine\n"
