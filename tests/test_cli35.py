"""cli35: the commands' messages, continued (a usage error's parses, …)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_tui.cli import main


def _parsed(monkeypatch: pytest.MonkeyPatch, args: list[str]) -> tuple[str, list[int]]:
    """The usage error of ``lkj-tui args`` (run in this process) and the number of words of
    each parse the quoting hints made of the command's words."""
    from typer.testing import CliRunner

    sizes: list[int] = []
    extras = main._Context._extras

    def counted(self: main._Context, words: list[str]) -> int:
        sizes.append(len(words))
        return extras(self, words)

    monkeypatch.setattr(main._Context, "_extras", counted)
    result = CliRunner().invoke(main.app, args)
    assert result.exit_code == 2, result.output
    return result.stderr, sizes


def test_a_page_pasted_after_instansi_is_parsed_once(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """30,000 words after ``--instansi`` took 3.6 s: the hint that says to quote a name parsed
    the command's words again for each length of the name (24 times). More words are stray
    than a name can take, so they are parsed once; the stray words are still listed."""
    pasted = [f"kata{i}" for i in range(3000)]
    said, sizes = _parsed(
        monkeypatch, ["--store", str(tmp_path / "s"), "new", "--instansi", *pasted]
    )
    assert "kata2999)" in said and "tanda petik" not in said
    assert sizes == [len(pasted) + 1]


@pytest.mark.parametrize("last", [False, True])
@pytest.mark.parametrize("name", [2, 5, 24])
def test_a_name_typed_without_quotes_takes_three_parses_and_the_shortest_join(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, name: int, last: bool
) -> None:
    """A name of N words among many options: the line to type joins exactly its words
    (the shortest join that leaves no stray word: ``import``'s file, right after them or last,
    is not joined), found in at most three parses of the command's words, not one for each
    length of the name."""
    words = [f"W{i}" for i in range(name)]
    options = ["--tahun", "2024"] * 8  # (the last --tahun is the one taken)
    tail = [*options, "lkj.xlsx"] if last else ["lkj.xlsx", *options]
    said, sizes = _parsed(
        monkeypatch, ["--store", str(tmp_path / "s"), "import", "--instansi", *words, *tail]
    )
    typed = " ".join(
        f'"{w}"' if " " in w else w for w in ["import", "--instansi", " ".join(words), *tail]
    )
    assert said.rstrip().endswith(typed), said[-300:]
    assert len(sizes) <= 3, sizes


def test_a_json_in_the_store_folder_that_is_no_report_file_is_said_first(tmp_path: Path) -> None:
    """A user's own JSON, or a report document, in a --store folder opened with the reader's
    sentence ("tabel 'nama' harus objek berisi dokumen, bukan string") before the plain one.
    Now the message says first what the file is, then what to do; the file is untouched."""
    from tests.conftest import run_cli

    folder = tmp_path / "Dokumen"
    folder.mkdir()
    own = b'{"nama": "budi", "x": [1, 2]}\n'
    (folder / "settings.json").write_bytes(own)
    said = {
        "id": "settings.json: bukan laporan lkj-tui (tanpa tabel meta dan nodes). Berkas tidak "
        "diubah. Pindahkan keluar",
        "en": "settings.json: not an lkj-tui report (no meta and nodes tables). The file was not "
        "changed. Move it out",
    }
    for lang in ("id", "en"):
        done = run_cli("status", "--store", str(folder), "--lang", lang)
        shown = " ".join(done.stderr.split())
        assert done.returncode == 1 and said[lang] in shown, shown
        assert "harus objek" not in shown and "must be an object" not in shown, shown
    assert (folder / "settings.json").read_bytes() == own
    document = tmp_path / "Dokumen2"
    document.mkdir()
    assert run_cli("export", "-f", "json", "-o", str(document / "setda.json")).returncode == 0
    done = run_cli("status", "--store", str(document))
    shown = " ".join(done.stderr.split())
    assert (
        "setda.json: dokumen laporan (docs/report-format.md), bukan berkas penyimpanan. Berkas "
        f"tidak diubah. Pindahkan keluar dari folder penyimpanan, lalu impor: lkj-tui import "
        f"setda.json --store {document}"
    ) in shown, shown


#: A JSON file given to import that is no report document, and what each language says of it.
NOT_DOCUMENTS = [
    (
        '{"nama": "budi"}',
        "bukan dokumen laporan lkj-tui: impor membaca JSON yang ditulis lkj-tui export --format "
        "json (docs/report-format.md)",
        "not an lkj-tui report document: import reads the JSON that lkj-tui export --format json "
        "writes (docs/report-format.md)",
    ),
    (
        '{"meta": {"1": {"schema": 1, "revision": 3, "report": {"id": "dinas-x-2024"}}}, '
        '"nodes": {}}',
        "berkas dari folder penyimpanan lkj-tui, bukan dokumen laporan: ekspor laporannya sebagai "
        "dokumen dari penyimpanan itu, lalu impor dokumennya: lkj-tui export --format json -r "
        "dinas-x-2024 -o dinas-x-2024.json",
        "a file of an lkj-tui store folder, not a report document: export the report as a "
        "document from that store, then import the document: lkj-tui export --format json -r "
        "dinas-x-2024 -o dinas-x-2024.json --lang en",
    ),
    (
        '{"schema": 2, "report": {}, "nodes": []}',
        "dokumen dari lkj-tui yang lebih baru (lkj-tui ini membaca skema 1): perbarui lkj-tui",
        "a document of a newer lkj-tui (this lkj-tui reads schema 1): upgrade lkj-tui",
    ),
]


@pytest.mark.parametrize(
    ("text", "indonesian", "english"), NOT_DOCUMENTS, ids=["own", "store", "newer"]
)
def test_import_of_a_json_that_is_no_report_document_says_what_it_is(
    tmp_path: Path, text: str, indonesian: str, english: str
) -> None:
    """`import` of someone's JSON or of a report file copied out of a store said "versi skema
    None tidak dikenal (didukung: 1)", in Bahasa Indonesia even with --lang en. Now what the
    file is, and what to import instead, in the language asked; nothing is written."""
    from tests.conftest import run_cli

    path = tmp_path / "data laporan.json"
    path.write_text(text)
    store = tmp_path / "lkj"
    for lang, said in (("id", indonesian), ("en", english)):
        done = run_cli("import", str(path), "--store", str(store), "--lang", lang)
        assert done.returncode != 0
        assert f"data laporan.json: {said}" in " ".join(done.stderr.split()), done.stderr
    assert not store.exists() or [p.name for p in store.glob("*.json")] == [
        "bengkulu-selatan-setda-2023.json"
    ]


def test_the_store_example_is_a_path_of_this_system() -> None:
    """`status --store` (its folder forgotten) answered with `--store D:\\LKj` on every
    system; on Linux and macOS a path there reads as one: ``~/LKj`` (every command expands
    ``~``), the Windows drive on Windows."""
    import os

    from tests.conftest import run_cli

    for lang in ("id", "en"):
        done = run_cli("status", "--lang", lang, "--store")
        assert done.returncode == 2
        last = done.stderr.splitlines()[-1]
        if os.name == "nt":
            assert last.endswith(r"--store D:\LKj"), last
        else:
            assert last.endswith("--store ~/LKj") and "D:" not in done.stderr, last


def test_english_help_names_values_in_a_planners_words() -> None:
    """`--help --lang en` named values as Python does, `--report <str>`, `--tahun <int>`
    (Bahasa Indonesia: `<teks>`, `<bulat>`): now `<text>` and `<number>`."""
    from tests.conftest import run_cli

    done = run_cli("new", "--help", "--lang", "en")
    assert done.returncode == 0
    assert "-r, --report <text>" in done.stdout and "--tahun <number>" in done.stdout, done.stdout
    assert "<str>" not in done.stdout and "<int>" not in done.stdout


@pytest.mark.parametrize(
    ("args", "indonesian", "english"),
    [
        (
            ["new", "--instansi", "Dinas X", "--tahun", "2025/26"],
            "Kesalahan: Nilai tidak sah untuk '--tahun': '2025/26' bukan bilangan bulat yang sah. "
            'Contoh: lkj-tui new --instansi "Dinas X" --tahun 2025',
            "Error: Invalid value for '--tahun': '2025/26' is not a whole number. For example: "
            'lkj-tui new --instansi "Dinas X" --tahun 2025 --lang en',
        ),
        (
            ["restore", "--revision", "tiga", "ID"],
            "Kesalahan: Nilai tidak sah untuk '--revision': 'tiga' bukan bilangan bulat yang sah. "
            "Contoh: lkj-tui restore --revision 3 ID",
            "Error: Invalid value for '--revision': 'tiga' is not a whole number. For example: "
            "lkj-tui restore --revision 3 ID --lang en",
        ),
    ],
    ids=["tahun", "revision"],
)
def test_a_value_that_is_no_whole_number_gets_the_line_to_type(
    args: list[str], indonesian: str, english: str
) -> None:
    """`new --tahun 2025/26` said "'2025/26' is not a valid int." (Python's word) and nothing
    of what to write: now a whole number, with the line typed and an example value in its place."""
    from tests.conftest import run_cli

    for lang, said in (("id", indonesian), ("en", english)):
        done = run_cli(*args, *(["--lang", "en"] if lang == "en" else []))
        assert done.returncode == 2
        assert done.stderr.splitlines()[-1] == said, done.stderr


@pytest.mark.parametrize(
    ("args", "indonesian", "english"),
    [
        (["template"], "templat.xlsx", "template.xlsx"),
        (["export"], "notulen.md", "summary.md"),
        (["export", "-f", "xlsx"], "laporan.xlsx", "report.xlsx"),
    ],
)
def test_a_folder_given_as_the_file_is_answered_with_a_file_of_what_is_written(
    tmp_path: Path, args: list[str], indonesian: str, english: str
) -> None:
    """`template -o "Data LKj"` (a folder) was answered 'mis. "Data LKj/notulen.md"', a
    Markdown name for a workbook, and so `export -f xlsx`; in English too. Now a file of what
    the command writes, in the language asked; nothing is written."""
    from tests.conftest import run_cli

    folder = tmp_path / "Data LKj"
    folder.mkdir()
    assert run_cli("init", "--store", str(tmp_path / "s")).returncode == 0  # (a missing store is
    # said first: cli46)
    for lang, name in (("id", indonesian), ("en", english)):
        store = ["--store", str(tmp_path / "s")] if args[0] == "export" else []
        done = run_cli(*args, "-o", str(folder), "--lang", lang, *store)
        assert done.returncode == 2  # (a folder for a file: typed wrong, cli63)
        assert done.stderr.rstrip().endswith(f'"{folder / name}")'), done.stderr
    assert list(folder.iterdir()) == []


def test_new_without_its_instansi_or_year_says_both_and_the_line_to_type(tmp_path: Path) -> None:
    """`new` alone said only "--tahun wajib diisi", and once the year was given, that the
    instansi was missing too; neither said what to type. Now what is missing, --from for next
    year's report, and the line with what was typed and an example for the rest; no report."""
    import datetime

    from tests.conftest import run_cli

    store = tmp_path / "lkj"
    year = datetime.date.today().year
    for args, said in (
        (
            [],
            "laporan kosong perlu --instansi dan --tahun (laporan tahun berikutnya dari laporan "
            'yang ada: --from ID). Contoh: lkj-tui new --instansi "Dinas Kesehatan" --tahun '
            f"{year} --store {store}",
        ),
        (
            ["--instansi", "Dinas Y", "--lang", "en"],
            "an empty report needs --tahun (next year's report from an existing one: --from "
            f'ID). For example: lkj-tui new --instansi "Dinas Y" --tahun {year} --store {store} '
            "--lang en",
        ),
        (
            ["--tahun", "2025", "--report", "dinas-y-2025"],
            "laporan kosong perlu --instansi (laporan tahun berikutnya dari laporan yang ada: "
            '--from ID). Contoh: lkj-tui new --report dinas-y-2025 --instansi "Dinas Kesehatan" '
            f"--tahun 2025 --store {store}",
        ),
    ):
        done = run_cli("new", "--store", str(store), *args)
        assert done.returncode == 2
        assert done.stderr == f"lkj-tui: {said}\n", done.stderr
    assert not store.exists()


def test_import_of_a_mistyped_file_names_the_file_meant(tmp_path: Path) -> None:
    """`import "Data LKj/lkj2024.xlsx"` (the space forgotten; on Linux a case typed otherwise)
    said only "berkas tidak ada". Now the file of that folder meant, in the line to type; never
    another year's file (digits differ), nothing for a name near none."""
    from tests.conftest import run_cli

    folder = tmp_path / "Data LKj"
    folder.mkdir()
    (folder / "lkj 2024.xlsx").write_bytes(b"x")
    (folder / "catatan 2024.txt").write_bytes(b"x")  # (not a file import reads)
    store = ["--store", str(tmp_path / "s")]
    meant = f'"{folder / "lkj 2024.xlsx"}" --store {tmp_path / "s"}'
    for lang, said in (
        ("id", f'berkas tidak ada: "{folder / "lkj2024.xlsx"}". Maksud Anda: lkj-tui import '),
        ("en", f'no such file: "{folder / "lkj2024.xlsx"}". Did you mean: lkj-tui import '),
    ):
        done = run_cli("import", str(folder / "lkj2024.xlsx"), *store, "--lang", lang)
        end = " --lang en" if lang == "en" else ""
        assert done.returncode == 2 and done.stderr == f"lkj-tui: {said}{meant}{end}\n", done.stderr
    for typed in ("lkj 2023.xlsx", "catatan 2024.xlsx", "rekap.xlsx"):
        done = run_cli("import", str(folder / typed), *store)
        assert done.stderr == f'lkj-tui: berkas tidak ada: "{folder / typed}"\n', done.stderr


def test_an_ods_workbook_is_told_the_libreoffice_way_to_xlsx(tmp_path: Path) -> None:
    """An .ods (LibreOffice Calc's) was told Excel's menu, "Excel: File → Save As → Excel
    Workbook", which its user has not; the Indonesian reason read oddly. Now LibreOffice's menu
    for an .ods (Excel's for an .xls), and why in either language."""
    from tests.conftest import run_cli

    for name, how in (
        ("lkj.ods", "LibreOffice Calc: File → Save As → Excel 2007-365 (.xlsx)"),
        ("lkj.xls", "Excel: File → Save As → Excel Workbook"),
    ):
        (tmp_path / name).write_bytes(b"x")
        done = run_cli("import", str(tmp_path / name), "--store", str(tmp_path / "s"))
        assert done.returncode == 2
        assert done.stderr == (
            f"lkj-tui: {name}: simpan ulang sebagai .xlsx ({how}); lkj-tui membaca cara angka "
            "ditampilkan (persen, desimal) hanya dari .xlsx\n"
        ), done.stderr
