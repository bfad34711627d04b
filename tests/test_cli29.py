"""The commands' messages (cli29), through the installed ``lkj-tui``: `compare`'s lines of words
whole to a pipe or a file, its "Dipilih otomatis" sentence closed with its full stop."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.conftest import run_cli

SETDA_2024 = BUNDLED_REPORT_ID.replace("2023", "2024")


@pytest.fixture(scope="module")
def two_years(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of the bundled report and its 2024 (``new --from``)."""
    root = tmp_path_factory.mktemp("cli29") / "s"
    assert run_cli("init", "--store", str(root)).returncode == 0
    done = run_cli("new", "--from", BUNDLED_REPORT_ID, "--tahun", "2024", "--store", str(root))
    assert done.returncode == 0, done.stderr
    return root


@pytest.mark.parametrize("lang", ["id", "en"])
def test_compare_piped_writes_its_lines_of_words_whole(two_years: Path, lang: str) -> None:
    """Piped (`compare > x.txt`, `| more`), the title and the "Dipilih otomatis: …" line were
    wrapped at rich's 80 columns, mid-sentence, and the picked pair's sentence had no full stop.
    Now each is one line, as every other command writes to a pipe, the sentence ending with its
    "."; a width the reader gives (``COLUMNS``) is kept, an id never cut."""
    english = ["--lang", "en"] if lang == "en" else []
    done = run_cli("compare", *english, store=two_years, env={"COLUMNS": ""})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.split("\n")
    title = {"id": "Perbandingan LKj 2023 → 2024 · ", "en": "LKj comparison 2023 → 2024 · "}[lang]
    assert lines[0].startswith(title) and lines[0].endswith("Kabupaten Bengkulu Selatan"), lines
    picked = {
        "id": f"Dipilih otomatis: {SETDA_2024} dan laporan sebelumnya dari instansi yang sama, ",
        "en": f"Picked: {SETDA_2024} and the earlier report of the same instansi, ",
    }[lang]
    assert f"{picked}{BUNDLED_REPORT_ID}." in lines, lines
    given = run_cli("compare", *english, store=two_years, env={"COLUMNS": "60"}).stdout
    lines = given.split("\n")
    assert max(map(len, lines)) <= 60, given
    assert any(line.endswith(f"{BUNDLED_REPORT_ID}.") for line in lines), given


@pytest.mark.skipif(not hasattr(__import__("os"), "openpty"), reason="a pseudo-terminal")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_path_with_spaces_in_an_error_is_never_broken(tmp_path: Path, lang: str) -> None:
    """On a terminal an error broke a path with spaces at its spaces ("berkas tidak ada:
    /tmp/My Data LKj" / "Bersama/Laporan Kinerja 2024.xlsx"): where the path ended could not be
    seen, nor copied whole. Now a path holding a space is named as it is typed, in double quotes,
    never broken at a space (wider than a line, after a "/": cli37); piped, one line."""
    from tests.test_cli37 import _joined
    from tests.test_narrow_terminal import _on_a_terminal

    root = tmp_path / "Data LKj Bersama"
    assert run_cli("init", "--store", str(root)).returncode == 0
    english = ["--lang", "en"] if lang == "en" else []
    workbook = root / "Laporan Kinerja 2024.xlsx"
    notes = root / "no such folder" / "notulen rapat.md"
    cases = [
        (["import", str(workbook), "--store", str(root)], workbook),
        (["status", "-r", "nope", "--store", str(root)], root),
        (["export", "-o", str(notes), "--store", str(root)], notes),
        (  # (a file in the folder as the example, in the language asked)
            ["export", "-o", str(root), "--store", str(root)],
            root / ("summary.md" if lang == "en" else "notulen.md"),
        ),
    ]
    for n, (args, path) in enumerate(cases):
        if n % 2 == 0:  # (on a terminal, two of them: each run there takes a second)
            code, shown = _on_a_terminal([*args, *english], 60)
            assert code in (1, 2), shown
            # (whole once its lines are joined: broken only after a "/" under "lkj-tui: ", cli37)
            assert f'"{path}"' in _joined(shown.rstrip("\n").split("\n")), shown
        piped = run_cli(*args, *english)
        assert piped.stderr.count("\n") == 1 and f'"{path}"' in piped.stderr, piped.stderr
    kept = run_cli("restore", "--list", "--store", str(root), *english)  # (none kept yet)
    # (the message names the store, then ends with the command that shows its history)
    assert kept.returncode == 1 and kept.stderr.count("\n") == 1, kept.stderr
    command = " ".join(["lkj-tui log --store", f'"{root}"', *english])
    assert f' "{root}" ' in kept.stderr and kept.stderr.rstrip().endswith(command), kept.stderr


def test_a_command_to_type_ends_its_line(tmp_path: Path) -> None:
    """Piped, messages held their command mid-sentence ("Coba 'lkj-tui set -h' untuk bantuan.",
    "(kolom Kode di lkj-tui status, mis. 'IKU 1') atau id-nya", "(mis. lkj-tui calc 3,22
    2,85)", "Isi lewat TUI (lkj-tui --report ID) atau impor: …", "Buka: lkj-tui --report ID
    Ringkasan: lkj-tui status …"): copied with the words or the ")" after it, and broken
    wherever a terminal's line ran out. Now every command a message prints ends its line, after
    its label; in English with the ``--lang en`` that answers in English."""
    root = tmp_path / "s"
    store = ("--store", str(root))
    assert run_cli("init", *store).returncode == 0
    cases = [
        (["set"], "Bantuan: lkj-tui set -h"),
        (["set", "--lang", "en"], "Help: lkj-tui set -h --lang en"),
        (["set", "Tujuan", "target", "3", *store], f"lkj-tui status -r {BUNDLED_REPORT_ID}"),
        (["calc"], ", mis.: lkj-tui calc 3,22 2,85"),
        (["calc", "10", "Dokumen", "8", "Dokumen"], 'lkj-tui calc "10 Dokumen" "8 Dokumen"'),
        (["import", str(tmp_path), *store], f"lkj-tui import {tmp_path / 'lkj.xlsx'}"),
        (["new", "--instansi", "Dinas X", "--tahun", "2025", *store], "lkj-tui --report"),
        (["new", "--from", BUNDLED_REPORT_ID, "--tahun", "2022", *store], "--tahun 2022"),
    ]
    for args, command in cases:
        done = run_cli(*args)
        lines = [line for line in (done.stdout + done.stderr).split("\n") if "lkj-tui " in line]
        assert any(command in line for line in lines), (args, lines)
        for line in lines:  # (each from its command on: that command alone, to its end)
            after = line[line.index("lkj-tui ") :]
            assert not any(c in after for c in "()';") and "  " not in after, (args, line)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_export_to_a_word_document_is_refused_with_the_suffix_to_use(
    store_path: Path, tmp_path: Path, lang: str
) -> None:
    """``export -o notulen.docx`` (a Windows habit) wrote the Markdown under that name, which
    Word then called damaged. Now a Word or PDF suffix is a usage error naming the suffix that
    is written (``.md``, or ``.xlsx`` with ``--format xlsx``), nothing written."""
    english = ["--lang", "en"] if lang == "en" else []
    notes = tmp_path / "notulen rapat.DOCX"
    done = run_cli("export", "-o", str(notes), *english, store=store_path)
    assert done.returncode == 2 and not notes.exists(), done.stderr
    said = {"id": "pakai nama berkas berakhiran .md", "en": "use a file name ending in .md"}
    assert said[lang] in done.stderr and "Word" in done.stderr, done.stderr
    book = run_cli(
        "export", "-f", "xlsx", "-o", str(tmp_path / "x.pdf"), *english, store=store_path
    )
    assert book.returncode == 2 and ".xlsx" in book.stderr, book.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_long_option_typed_with_one_dash_is_named(store_path: Path, lang: str) -> None:
    """A long option typed with one dash (a Windows habit) was read as a short one: ``-store X``
    answered "Opsi tidak dikenal: -s", ``-report ID`` read "-r eport" and refused the id as an
    extra argument, ``-output x.md`` alike. Now the usage error names the option as written."""
    english = ["--lang", "en"] if lang == "en" else []
    said = {
        "id": "{} ditulis dengan dua tanda minus: -{}",
        "en": "{} is written with two dashes: -{}",
    }
    for args in (["status", "-store", str(store_path)], ["status", "-report", BUNDLED_REPORT_ID]):
        done = run_cli(*args, *english, store=store_path)
        assert done.returncode == 2, done.stderr
        assert said[lang].format(args[1], args[1]) in done.stderr, done.stderr
