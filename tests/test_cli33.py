"""The commands' messages, twenty-third pass of issue 17 (cli33): a new user's first hours on
Windows habits, at 60 and 80 columns, piped and on a terminal, in both languages."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("store_there", [True, False])
def test_a_mistyped_command_after_the_store_is_not_taken_for_the_rest_of_its_path(
    tmp_path: Path, lang: str, store_there: bool
) -> None:
    """``lkj-tui --store X statsu``: beside "Maksud Anda 'status'?" the error also said to quote
    ``--store "X statsu"`` (the folder of ``X statsu`` exists, so it could be a path). A word close
    to a command is that command mistyped: the error names the command meant, and only it."""
    store = tmp_path / "store"
    if store_there:
        run_cli("init", "--store", str(store)).check_returncode()
    done = run_cli("--store", str(store), "statsu", "--lang", lang)
    assert done.returncode == 2
    meant = "Did you mean 'status'?" if lang == "en" else "Maksud Anda 'status'?"
    assert meant in done.stderr
    assert "statsu" not in done.stderr.replace("'statsu'", "")
    assert '"' not in done.stderr, done.stderr


def test_a_path_with_a_space_is_still_said_to_be_quoted(tmp_path: Path) -> None:
    """The quoting line stays for the rest of a path that is no command (``--store D:\\My
    Docs\\lkj status``), and for a word close to a command where the path it makes is there:
    the folder ``X statsu`` exists, so both are said."""
    done = run_cli("--store", f"{tmp_path}/My", "Docs/lkj", "status")
    assert f'--store "{tmp_path}/My Docs/lkj"' in done.stderr, done.stderr
    (tmp_path / "s statsu").mkdir()
    done = run_cli("--store", f"{tmp_path}/s", "statsu")
    assert f'--store "{tmp_path}/s statsu"' in done.stderr, done.stderr
    assert "Maksud Anda 'status'?" in done.stderr


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (
            ["new", "--instansi", "Dinas", "X", "--tahun", "2025"],
            'lkj-tui new --instansi "Dinas X" --tahun 2025',
        ),
        (
            ["status", "--all", "--pemerintah", "Kabupaten", "Bengkulu", "Selatan"],
            'lkj-tui status --all --pemerintah "Kabupaten Bengkulu Selatan"',
        ),
        (  # (click took "Pendidikan" for the file, and named the file as the stray word)
            ["import", "--instansi", "Dinas", "Pendidikan", "--tahun", "2024", "lkj.xlsx"],
            'lkj-tui import --instansi "Dinas Pendidikan" --tahun 2024 lkj.xlsx',
        ),
        (["set", "IKU1", "name", "Nilai", "baru"], 'lkj-tui set IKU1 name "Nilai baru"'),
        (["set", "IKU1", "realisasi", "87", "%"], 'lkj-tui set IKU1 realisasi "87 %"'),
        (  # (a field of several words, as set prints it, is one word too)
            ["set", "IKU", "1", "Target", "triwulan", "II", "87", "%"],
            'lkj-tui set "IKU 1" "Target triwulan II" "87 %"',
        ),
        (
            ["set", "IKU", "1", "permasalahan+", "Kurangnya", "SDM", "--lang", "en"],
            'lkj-tui set "IKU 1" permasalahan+ "Kurangnya SDM" --lang en',
        ),
    ],
)
def test_a_text_typed_without_quotes_is_answered_with_the_line_to_type(
    tmp_path: Path, args: list[str], line: str
) -> None:
    """A name with spaces typed without quotes (``new --instansi Dinas X --tahun 2025``, the way
    a Windows user types it) was answered "Ada argumen berlebih yang tidak dikenal (X)" and
    nothing of quotes; ``import`` even named the file as the stray word. Now the usage error
    ends with the command line to type, the text in quotes, nothing written."""
    done = run_cli("--store", str(tmp_path / "s"), *args)
    assert done.returncode == 2, done.stderr
    said = (
        "Put a text that holds a space in quotes: "
        if "en" in args
        else "Teks yang berisi spasi diberi tanda petik: "
    )
    store = f"lkj-tui --store {tmp_path / 's'} "
    assert said + line.replace("lkj-tui ", store, 1) in done.stderr, done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["status", "--all", "Bengkulu"],  # (a stray word after no text: nothing to quote)
        ["new", "--instansi", "Dinas", "--tahun", "2025", "lagi"],
    ],
)
def test_a_stray_word_that_no_quotes_would_place_gets_no_line(args: list[str]) -> None:
    done = run_cli(*args)
    assert done.returncode == 2
    assert "tanda petik" not in done.stderr, done.stderr


def test_a_node_typed_as_two_words_keeps_its_own_sentence() -> None:
    """``set IKU 1 target 3``: the code alone needs quotes, said as before."""
    done = run_cli("set", "IKU", "1", "target", "3")
    assert 'Kode simpul yang berisi spasi diberi tanda petik: lkj-tui set "IKU 1" target 3' in (
        done.stderr
    )


@pytest.mark.parametrize(
    ("args", "meant"),
    [
        (["STATUS"], "status"),  # (typer's suggestion has case: "STATUS" got none)
        (["Status"], "status"),  # (typer's own, said once)
        (["export", "--format", "XLSX"], "xlsx"),
        (["export", "--format", "excel"], "xlsx"),
        (["export", "--format", "markdown"], "md"),
        (["status", "--lang", "EN"], "en"),
        (["status", "--lang", "english"], "en"),
    ],
)
def test_a_word_in_capitals_or_by_its_name_gets_the_one_meant(args: list[str], meant: str) -> None:
    """Windows' commands have no case (``DIR``, ``dir``): ``lkj-tui STATUS``, ``--format XLSX``
    and ``--lang EN`` were refused with the list and no word of the one meant, which "Status"
    and "mdd" get; ``--format excel`` too. Each now names it, once."""
    done = run_cli(*args)
    assert done.returncode == 2 and done.stdout == "", done.stdout
    said = " ".join(done.stderr.split())
    assert said.count(f"Maksud Anda '{meant}'?") == 1, done.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_short_option_glued_to_its_value_with_equals_writes_nothing(
    tmp_path: Path, store_path: Path, lang: str
) -> None:
    """``export -o=notulen.md`` (as ``--output=notulen.md`` is written) wrote a file named
    "=notulen.md": click takes what follows a short option for its value. It is refused with
    how to write it, nothing written; ``--output=notulen.md`` still writes notulen.md."""
    here = tmp_path / "rapat"
    here.mkdir()
    done = run_cli("export", "-o=notulen.md", "--lang", lang, store=store_path, cwd=here)
    assert done.returncode == 2 and done.stdout == "", done.stderr
    said = "is written after a space" if lang == "en" else "ditulis sesudah spasi"
    assert said in done.stderr and done.stderr.rstrip().endswith("-o notulen.md"), done.stderr
    assert list(here.iterdir()) == []
    done = run_cli("export", "--output=notulen.md", store=store_path, cwd=here)
    assert done.returncode == 0 and (here / "notulen.md").is_file(), done.stderr


#: The first bytes of an OLE file: a workbook saved with a password, or in the .xls format.
OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_workbook_with_a_password_says_what_to_do(tmp_path: Path, lang: str) -> None:
    """A workbook saved with a password (an OLE file, not the zip of an .xlsx) was refused with
    "bukan buku kerja .xlsx yang dapat dibaca (ZipError: invalid Zip archive: Could not find
    EOCD)": words of a library. It says what it is and what to do in Excel."""
    book = tmp_path / "lkj rahasia.xlsx"
    book.write_bytes(OLE)
    done = run_cli("import", str(book), "--store", str(tmp_path / "s"), "--lang", lang)
    assert done.returncode == 2, done.stderr
    said = "protected by a password" if lang == "en" else "dilindungi kata sandi"
    assert said in done.stderr and "Protect Workbook" in done.stderr, done.stderr
    assert "ZipError" not in done.stderr and "EOCD" not in done.stderr


def test_excels_lock_file_names_the_workbook_to_import(tmp_path: Path) -> None:
    """While a workbook is open, Excel keeps "~$" and its name beside it (the first two letters
    of a long name replaced): picked or completed by Tab, it was "not a readable workbook
    (ZipError …)". Now it is named for what it is, with the workbook to import."""
    folder = tmp_path / "Data LKj"
    folder.mkdir()
    (folder / "laporan kinerja.xlsx").write_bytes(b"PK")
    lock = folder / "~$poran kinerja.xlsx"
    lock.write_bytes(b"\x05Budi" + bytes(160))
    done = run_cli("import", str(lock), "--store", str(tmp_path / "s"))
    assert done.returncode == 2, done.stderr
    assert "berkas kunci Excel" in done.stderr, done.stderr
    assert done.stderr.rstrip().endswith(f'"{folder / "laporan kinerja.xlsx"}"'), done.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_folder_of_workbooks_typed_as_the_store_is_left_as_it_is(
    tmp_path: Path, lang: str
) -> None:
    """``lkj-tui --store "D:\\Data LKj" status``, the folder of a new user's workbooks taken for
    the store, got the bundled report (Setda Bengkulu Selatan 2023) and its lock file written
    beside the workbooks, and ``status`` showed that report as if it were theirs. A folder that
    holds no report but other files is refused, unchanged, with the import of its workbook."""
    folder = tmp_path / "Data LKj"
    folder.mkdir()
    (folder / "lkj 2024.xlsx").write_bytes(b"PK")
    (folder / "catatan.txt").write_text("rapat")
    for args in (["status"], ["check"], ["export"]):
        done = run_cli("--store", str(folder), *args, "--lang", lang)
        assert done.returncode == 1 and done.stdout == "", done.stdout
        said = "it is not a store" if lang == "en" else "bukan folder penyimpanan"
        assert said in done.stderr, done.stderr
        assert f'lkj-tui import "{folder / "lkj 2024.xlsx"}"' in done.stderr, done.stderr
        assert sorted(p.name for p in folder.iterdir()) == ["catatan.txt", "lkj 2024.xlsx"]


def test_an_empty_folder_typed_as_the_store_still_gets_the_bundled_report(tmp_path: Path) -> None:
    """An empty folder (or one with only Windows' desktop.ini) is a new store, as before."""
    folder = tmp_path / "LKj"
    folder.mkdir()
    (folder / "desktop.ini").write_text("[.ShellClassInfo]")
    done = run_cli("--store", str(folder), "status")
    assert done.returncode == 0 and "Bengkulu Selatan" in done.stdout, done.stderr


def test_init_of_a_folder_of_other_files_says_it_made_the_store(tmp_path: Path) -> None:
    """``init --store X`` of a folder holding no report but other files wrote the bundled
    report there and said "Penyimpanan sudah ada … (tidak diubah)"; it says it made the store,
    and a second ``init`` that it was there."""
    folder = tmp_path / "LKj"
    folder.mkdir()
    (folder / "catatan.txt").write_text("rapat")
    done = run_cli("init", "--store", str(folder))
    assert done.returncode == 0 and done.stdout.startswith("Penyimpanan dibuat:"), done.stdout
    again = run_cli("init", "--store", str(folder))
    assert again.stdout.startswith("Penyimpanan sudah ada:"), again.stdout


@pytest.mark.parametrize(
    ("command", "columns", "lang"),
    [("export", 60, "en"), ("export", 40, "id"), ("template", 80, "en")],
)
def test_help_breaks_no_word_at_its_hyphen(command: str, columns: int, lang: str) -> None:
    """``--help`` broke lines after a hyphen inside a word: "for lkj-" / "tui import" (a command
    to type, at 80 columns), "di-bawah-" / "target" (a choice to type). Lines break at spaces;
    the hyphens are hyphens (U+2011 only while wrapped)."""
    done = run_cli(command, "--help", "--lang", lang, env={"COLUMNS": str(columns)})
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert "\u2011" not in done.stdout
    assert not [line for line in lines if line[-2:-1].isalpha() and line.endswith("-")], lines
    assert all(len(line) <= columns for line in lines), lines
    assert "di-bawah-target" in done.stdout or "lkj-tui import" in done.stdout


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_workbook_without_instansi_and_year_ends_with_the_line_to_import_it(
    tmp_path: Path, lang: str
) -> None:
    """A hand-made table without a Laporan sheet was refused with two problems, each naming
    its own option; a new user had to put the two together. The refusal ends with the line
    that imports it, the file as typed and both options with a value to replace."""
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi"])
    sheet.append(["Meningkatnya mutu pendidikan", "Angka Partisipasi Murni", "%", "95", "93"])
    path = tmp_path / "tabel dinas.xlsx"
    book.save(path)
    done = run_cli("import", str(path), "--store", str(tmp_path / "s"), "--lang", lang)
    assert done.returncode == 2, done.stderr
    values = '"NAMA INSTANSI" --tahun TAHUN' if lang == "id" else '"INSTANSI NAME" --tahun YEAR'
    line = f'lkj-tui import "{path}" --store {tmp_path / "s"} --instansi {values}'
    line += f" --lang {lang}"  # (walk71: the values to replace in the language asked)
    said = "give its instansi and year: " if lang == "en" else "sebutkan instansi dan tahunnya: "
    assert done.stderr.rstrip().endswith(said + line), done.stderr
