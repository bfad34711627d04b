"""What a command says when something is wrong, in the user's language, through the installed
``lkj-tui``: a store file that is not valid JSON, a path with a space typed without quotes, a
value ``set`` refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import run_cli

#: A report file broken as a hand edit breaks it.
BROKEN = {
    "trailing-comma": b'{"meta": {"1": {"schema": 1},}}',
    "missing-colon": b'{"meta": {"1" {}}}',
    "missing-comma": b'{"meta": {"1": {}}\n "nodes": {}}',
    "missing-value": b'{"meta": {"1": {"x": }}}',
    "control": b'{"meta": {"1": {"x": "a\tb"}}}',
    "escape": b'{"meta": {"1": {"x": "a\\qb"}}}',
}

#: Python's own English words for a JSON error, which the Indonesian message carried.
PYTHONS = ("Expecting", "delimiter", "enclosed", "Invalid")


@pytest.mark.parametrize("name", sorted(BROKEN))
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_file_that_is_not_json_is_named_in_the_users_words(
    store_path: Path, name: str, lang: str
) -> None:
    """A report file broken by hand ("bukan JSON yang sah: Expecting ',' delimiter (baris 2
    kolom 2)"): Python's English in an Indonesian sentence. Now the problem is said in the
    user's language, with its line and column."""
    data = BROKEN[name]
    with pytest.raises(json.JSONDecodeError) as where:
        json.loads(data)
    line, column = where.value.lineno, where.value.colno
    (store_path / "rusak-2024.json").write_bytes(data)
    done = run_cli("status", "-r", "rusak-2024", "--store", str(store_path), "--lang", lang)
    assert done.returncode == 1 and done.stdout == "", done.stderr
    said = done.stderr
    assert said.startswith("lkj-tui: ") and said.count("\n") == 1, said
    at = f"line {line} column {column}" if lang == "en" else f"baris {line} kolom {column}"
    valid = "not valid JSON" if lang == "en" else "bukan JSON yang sah"
    assert f"{valid} ({at}): " in said, said
    assert not any(word in said for word in PYTHONS), said
    assert "Traceback" not in said


#: A command line with a path with a space typed without quotes, and the path as to be typed.
UNQUOTED = [
    (["--store", "C:\\My", "Docs\\lkj", "status"], '--store "C:\\My Docs\\lkj"'),
    (["status", "--store", "C:\\My", "Docs\\lkj"], '--store "C:\\My Docs\\lkj"'),
    (["--store", "/tmp/Data", "LKj", "Bersama/lkj"], '--store "/tmp/Data LKj Bersama/lkj"'),
    (["export", "--store=C:\\My", "Docs\\lkj", "--force"], '--store "C:\\My Docs\\lkj"'),
    (["export", "-o", "Rapat", "Mei/notulen.md"], '-o "Rapat Mei/notulen.md"'),
    (["import", "D:\\Data", "LKj\\lkj.xlsx", "--dry-run"], '"D:\\Data LKj\\lkj.xlsx"'),
    # sync's shared repository: two words said "ALAMAT hanya dengan --init …" and nothing of the
    # path; three, "Ada argumen berlebih" after a word without a slash
    (["sync", "--clone", "D:\\Bersama", "LKj\\repo.git"], '--clone "D:\\Bersama LKj\\repo.git"'),
    (["sync", "--clone=D:\\Bersama", "LKj\\repo.git"], '--clone "D:\\Bersama LKj\\repo.git"'),
    (["sync", "--clone", "D:\\Data", "Dinas", "LKj\\r.git"], '--clone "D:\\Data Dinas LKj\\r.git"'),
    # a bad value before the path: click stopped at it, and the path went unnamed (cli18)
    (
        ["import", "--layout", "renstra", "D:\\Data", "LKj\\Renstra", "Dinas.xlsx"],
        '"D:\\Data LKj\\Renstra Dinas.xlsx"',
    ),
    (["import", "--tahun", "2024x", "D:\\Data", "LKj\\a.xlsx"], '"D:\\Data LKj\\a.xlsx"'),
    (["export", "-f", "pdf", "-o", "D:\\Rapat", "Mei\\a.md"], '-o "D:\\Rapat Mei\\a.md"'),
]


@pytest.mark.parametrize(("args", "typed"), UNQUOTED)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_path_with_a_space_typed_without_quotes_is_named_quoted(
    args: list[str], typed: str, lang: str
) -> None:
    """``--store C:\\My Docs\\lkj`` (a Windows user's folder, typed as Explorer shows it) said
    "Perintah 'Docs\\lkj' tidak ada" or "Ada argumen berlebih yang tidak dikenal": nothing about
    the path. Now the usage error ends with the path as it must be typed, in quotes."""
    done = run_cli(*args, "--lang", lang)
    assert done.returncode == 2 and done.stdout == "", done.stderr
    last = done.stderr.rstrip("\n").split("\n")[-1]
    said = "Put a path that holds a space in quotes: " if lang == "en" else "Jalur yang berisi "
    assert last.startswith(said) and last.endswith(typed), done.stderr


@pytest.mark.parametrize(
    "args",
    [
        ["set", "IKU 1", "target", "3,4", "lagi"],
        ["status", "lagi"],
        ["statuss"],
        ["calc", "1"],
        # a "/" in a value that is no path, then a stray word (the line said: put "3/4 lagi" in
        # quotes); a stray "s" is not the "s" of another message's word
        ["set", "IKU 1", "target", "3/4", "lagi"],
        ["compare", "a/b", "c", "d"],
        ["log", "Sasaran 1/2", "lagi"],
        ["status", "--report", "bengkulu/2023", "s"],
        # a bad value, and no path typed in parts
        ["import", "--layout", "renstra", "D:\\Data\\Renstra.xlsx"],
        ["log", "-n", "x", "Sasaran 1/2", "lagi"],
        ["set", "IKU 1", "target", "3/4", "lagi", "--json=ya"],
        # a quoted store's path, then stray arguments (the line quoted them with the path)
        ["set", "--store", "/tmp/Data LKj", "IKU1", "target", "3", "lagi"],
        ["set", "IKU1", "target", "3", "lagi"],  # (no node in two words: "target 3" is none)
    ],
)
def test_a_stray_argument_that_is_no_path_gets_no_quotes_line(args: list[str]) -> None:
    for lang in ("id", "en"):
        done = run_cli(*args, "--lang", lang)
        assert done.returncode == 2, done.stderr
        # (set's value of several words is said to be quoted as a text, cli33: not as a path)
        said = done.stderr
        assert "Jalur yang" not in said and "a path that holds" not in said, said
        assert "tanda petik" not in said or args[0] == "set", said


def test_a_path_in_a_folder_that_exists_gets_the_quotes_line(tmp_path: Path) -> None:
    """Where the command takes no path, the line comes when the words name a place on disk."""
    folder = tmp_path / "Rapat Mei"
    folder.mkdir()
    done = run_cli("log", str(tmp_path / "Rapat"), "Mei", "lagi")
    assert done.returncode == 2
    assert done.stderr.splitlines()[-1].endswith(f'"{folder} lagi"'), done.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_windows_path_taken_for_a_command_is_printed_as_typed(lang: str) -> None:
    """``lkj-tui C:\\Data\\x.xlsx`` said "Perintah 'C:\\\\Data\\\\x.xlsx' tidak ada." (click's
    ``repr``, each backslash doubled): a path the user did not type. Now as typed; a word that
    holds a control character keeps its escapes (nothing of it reaches the terminal raw)."""
    path = "C:\\Data\\notulen.md"
    done = run_cli(path, "--lang", lang)
    said = "Error: No such command" if lang == "en" else "Kesalahan: Perintah"
    assert done.returncode == 2 and done.stderr.splitlines()[-1].startswith(f"{said} '{path}'")
    done = run_cli("a\\\x1b[31mb", "--lang", lang)
    assert "\x1b" not in done.stderr and "'a\\\\\\x1b[31mb'" in done.stderr, done.stderr


@pytest.mark.parametrize(
    ("field", "value"),
    [("target", "abc"), ("polaritas", "naik-turun"), ("anggaran", "12abc"), ("tw1", "x" * 201)],
)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_set_names_the_node_it_refuses_a_value_for(
    store_path: Path, field: str, value: str, lang: str
) -> None:
    """``set iku1 anggaran 12abc`` said "anggaran: Nilai … tidak dapat dibaca": which node, in a
    script's run of a hundred ``set``? Now the refusal begins with the node's kode and name."""
    done = run_cli("set", "iku1", field, value, "--store", str(store_path), "--lang", lang)
    assert done.returncode == 2 and done.stdout == "", done.stderr
    assert done.stderr.startswith("lkj-tui: IKU 1 (Nilai LPPD) — "), done.stderr
    assert done.stderr.count("\n") == 1


@pytest.mark.parametrize(
    ("field", "meant"), [("tagret", "target"), ("Realisai", "realisasi"), ("anggran", "anggaran")]
)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_set_names_the_field_meant_by_a_typo(
    store_path: Path, field: str, meant: str, lang: str
) -> None:
    """``set "IKU 1" tagret 3`` answered with the 23 fields to choose from, 13 lines at 40
    columns, and the user looked for the typo in them. Now the field meant comes first; a word
    like none of them ("warna") gets the list alone."""
    done = run_cli("set", "IKU 1", field, "3", "--store", str(store_path), "--lang", lang)
    assert done.returncode == 2 and done.stdout == "", done.stdout
    said = "did you mean" if lang == "en" else "maksud Anda"
    assert f"{field!r}; {said} {meant}? (" in done.stderr, done.stderr
    other = run_cli("set", "IKU 1", "warna", "3", "--store", str(store_path), "--lang", lang)
    assert other.returncode == 2 and f"{said} " not in other.stderr, other.stderr


@pytest.mark.parametrize(
    ("field", "meant"),
    [
        ("Realisasi anggran", "'Realisasi anggaran'"),
        ("Targt triwulan II", "'Target triwulan II'"),
        ("Target Renstr 2024", "'Target Renstra 2024'"),
        ("Actul", "Actual"),
    ],
)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_set_names_the_printed_field_meant_by_a_typo(
    store_path: Path, field: str, meant: str, lang: str
) -> None:
    """A typo was compared only with the keys: "Realisasi anggran" got ``realisasi_anggaran``
    and "Targt triwulan II" nothing, though ``set`` takes (and prints) the field by those words.
    Now a typo of a printed name is answered with that name, quoted to be typed as it is."""
    done = run_cli("set", "IKU 1", field, "3", "--store", str(store_path), "--lang", lang)
    assert done.returncode == 2 and done.stdout == "", done.stdout
    said = "did you mean" if lang == "en" else "maksud Anda"
    assert f"{field!r}; {said} {meant}? (" in done.stderr, done.stderr
    typed = meant.strip("'")
    again = run_cli("set", "IKU 1", typed, "3", "--store", str(store_path), "--lang", lang)
    assert again.returncode == 0, again.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_log_refuses_a_negative_limit(store_path: Path, lang: str) -> None:
    """``log -n -1`` listed the whole history, as ``-n 0`` does: a typo for ``-n 1`` read as
    "everything". Now it is refused (exit 2), saying what to write."""
    assert run_cli("set", "IKU 1", "realisasi", "2,90", "--store", str(store_path)).returncode == 0
    done = run_cli("log", "-n", "-1", "--store", str(store_path), "--lang", lang)
    assert done.returncode == 2 and done.stdout == "", done.stdout
    assert done.stderr.startswith("lkj-tui: -n/--limit: ") and "-1" in done.stderr
    assert run_cli("log", "-n", "1", "--store", str(store_path)).stdout.count("\n") == 1


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_file_to_import_typed_as_the_command_names_import(lang: str) -> None:
    """``lkj-tui "D:\\Data LKj\\lkj 2024.xlsx"`` (the command forgotten, or the file dragged onto
    the console) said only that there is no such command; it names the command that imports it
    now, the path as it must be typed. A word that is not such a file gets no such line."""
    path = "D:\\Data LKj\\lkj 2024.xlsx"
    done = run_cli(path, "--lang", lang)
    assert done.returncode == 2 and done.stdout == ""
    said = "To import that file" if lang == "en" else "Untuk mengimpor berkas itu"
    english = " --lang en" if lang == "en" else ""
    assert done.stderr.splitlines()[-1] == f'{said}: lkj-tui import "{path}"{english}', done.stderr
    other = run_cli("notulen.txt", "--lang", lang)
    assert other.returncode == 2 and "lkj-tui import" not in other.stderr
    hostile = run_cli("a\x1b[2Jb.csv", "--lang", lang)  # (cleaned, "ab.csv" is another file)
    fill = "FILE" if lang == "en" else "BERKAS"
    assert "\x1b" not in hostile.stderr and "lkj-tui import ab.csv" not in hostile.stderr
    assert f"lkj-tui import {fill}" in hostile.stderr, hostile.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_file_after_the_store_names_import_with_the_store(
    store_path: Path, tmp_path: Path, lang: str
) -> None:
    """``lkj-tui --store X lkj.xlsx`` (import forgotten after the store, as README's examples put
    ``--store`` first) was read as one path with a space and answered with ``--store "X
    lkj.xlsx"``, a folder that is not there; the store is there, so it is answered with the
    command that imports the file into it, which then runs as printed."""
    workbook = tmp_path / "lkj.xlsx"
    assert run_cli("template", "-o", str(workbook)).returncode == 0
    done = run_cli("--store", str(store_path), str(workbook), "--lang", lang)
    assert done.returncode == 2 and "tanda petik" not in done.stderr, done.stderr
    english = " --lang en" if lang == "en" else ""
    line = done.stderr.splitlines()[-1]
    assert line.endswith(f": lkj-tui import {workbook} --store {store_path}{english}"), line
    again = run_cli(*line.split(": lkj-tui ", 1)[1].split())
    assert "--instansi" in again.stderr  # (the empty template: its instansi to fill)
    quoted = run_cli("--store", str(tmp_path / "My"), "Docs", "status", "--lang", lang)
    assert f'"{tmp_path / "My"} Docs"' in quoted.stderr  # (a store not there: quote it, as before)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_quoted_file_after_a_store_not_there_names_import(lang: str) -> None:
    """README's ``lkj-tui --store D:\\LKj "D:\\Data\\lkj 2024.xlsx"`` (a laptop without that
    store yet) was answered with ``--store "D:\\LKj D:\\Data\\lkj 2024.xlsx"``, a workbook typed
    whole in quotes read as the rest of the store's path; it names the import into that store."""
    path = "D:\\Data\\lkj 2024.xlsx"
    done = run_cli("--store", "D:\\LKj", path, "--lang", lang)
    assert done.returncode == 2 and "D:\\LKj D:" not in done.stderr, done.stderr
    english = " --lang en" if lang == "en" else ""
    line = done.stderr.splitlines()[-1]
    assert line.endswith(f': lkj-tui import "{path}" --store D:\\LKj{english}'), line


@pytest.mark.parametrize(
    ("args", "example"),
    [
        (["template", "--store", "D:\\Data LKj", "-o", "t.xlsx"], "import t.xlsx"),
        (["--store", "D:\\Data LKj", "template", "-o", "t.xlsx"], "import t.xlsx"),
        (["calc", "3,22", "2,85", "--store", "D:\\Data LKj"], "status"),
        (["--store=D:\\Data LKj", "calc", "3,22", "2,85"], "status"),
    ],
)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_store_given_to_a_command_that_uses_none_says_so(
    args: list[str], example: str, lang: str
) -> None:
    """``template --store X`` said "Opsi tidak dikenal: --store" (``calc``: "opsi --store tidak
    dikenal untuk calc"; before the command: "tidak berlaku untuk perintah"): nothing of why.
    Now it says the command uses no store, and a command that does, with the store as typed
    (after the command's name, as every command shown: cli46)."""
    done = run_cli(*args, "--lang", lang)
    assert done.returncode == 2 and done.stdout == "", done.stderr
    last = done.stderr.splitlines()[-1]
    command = "template" if "template" in args else "calc"
    said = "uses no store" if lang == "en" else "tidak memakai penyimpanan"
    assert f"{command} {said}" in last, done.stderr
    # (in English with --lang en, as every command the CLI prints: cli68)
    typed = f'lkj-tui {example} --store "D:\\Data LKj"' + (" --lang en" if lang == "en" else "")
    assert last.endswith(typed), done.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_import_of_a_folder_says_it_is_a_folder(
    store_path: Path, tmp_path: Path, lang: str
) -> None:
    """``import "D:\\Data LKj"`` (the folder, not the workbook in it) said "berkas tidak ada":
    the folder is there. Now it says it is a folder and shows a file in it to name."""
    folder = tmp_path / "Data LKj"
    folder.mkdir()
    done = run_cli("import", str(folder), "--store", str(store_path), "--lang", lang)
    assert done.returncode == 2 and done.stdout == "", done.stdout
    said = "is a folder, not a file" if lang == "en" else "adalah folder, bukan berkas"
    assert done.stderr.startswith(f'lkj-tui: "{folder}" {said}; '), done.stderr  # (cli29)
    opts = f" --store {store_path}" + (" --lang en" if lang == "en" else "")  # (cli22)
    assert done.stderr.rstrip().endswith(f'lkj-tui import "{folder / "lkj.xlsx"}"{opts}')


@pytest.mark.parametrize(
    ("args", "typed"),
    [
        (["set", "IKU", "1", "target", "3"], 'lkj-tui set "IKU 1" target 3'),
        (["set", "-r", "x", "Sasaran", "2.1", "name", "A B"], 'set -r x "Sasaran 2.1" name "A B"'),
        (["log", "-n", "5", "IKU", "1"], 'lkj-tui log -n 5 "IKU 1"'),
    ],
)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_node_code_typed_as_two_words_is_named_quoted(
    args: list[str], typed: str, lang: str
) -> None:
    """``set IKU 1 target 3`` (the code as ``status`` prints it, without quotes) said only "Ada
    argumen berlebih yang tidak dikenal (3)". Now the usage error ends with the command line as
    it must be typed, the code in quotes."""
    done = run_cli(*args, "--lang", lang)
    assert done.returncode == 2 and done.stdout == "", done.stderr
    last = done.stderr.splitlines()[-1]
    said = "Put a node's code that holds a space in quotes: " if lang == "en" else "Kode simpul"
    assert last.startswith(said) and last.endswith(f"{typed} --lang {lang}"), done.stderr


@pytest.mark.parametrize(
    ("args", "typo", "said_id", "said_en"),
    [
        (("check", "--severity"), "eror", "kesalahan", "error"),
        (("check", "--severity"), "peringatn", "peringatan", "warning"),
        (("export", "--scope"), "semuaa", "semua", "all"),
        (("export", "--scope"), "under-targt", "di-bawah-target", "under-target"),
        (("resolve", "1"), "pertahanka", "pertahankan", "keep"),
        (("calc", "1", "2", "--polaritas"), "positf", "positif", "positif"),
    ],
)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_mistyped_choice_names_the_one_meant(
    store_path: Path, args: tuple[str, ...], typo: str, said_id: str, said_en: str, lang: str
) -> None:
    """``check --severity eror`` and ``export --scope semuaa`` listed the choices and left the
    user to find the typo. Now the closest choice is named, in the words the list shows (a word
    of the other language taken, "eror", named as this one's: kesalahan); a word like none
    ("warna") gets the list alone, and nothing is written."""
    done = run_cli(*args, typo, "--lang", lang, store=store_path)
    assert done.returncode == 2 and done.stdout == "", done.stdout
    said = f"; did you mean {said_en}? (" if lang == "en" else f"; maksud Anda {said_id}? ("
    assert said in done.stderr, done.stderr
    other = run_cli(*args, "warna", "--lang", lang, store=store_path)
    assert other.returncode == 2 and "warna" in other.stderr, other.stderr
    assert "; maksud Anda" not in other.stderr and "; did you mean" not in other.stderr


@pytest.mark.parametrize(
    ("args", "meant"),
    [
        (("export", "--format", "mdd"), "md"),
        (("import", "--layout", "flt", "x.xlsx"), "flat"),
        (("status", "--lang", "eng"), "en"),
    ],
)
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_value_not_among_an_options_choices_names_the_one_meant(
    store_path: Path, args: tuple[str, ...], meant: str, lang: str
) -> None:
    """``export --format mdd`` listed the formats, as click does, and left the typo to be found,
    where an unknown option (``--jsn``) gets the one meant. Now a close choice is named too; a
    value like none ("zzz") gets the list alone."""
    english = ("--lang", "en") if lang == "en" and "--lang" not in args else ()
    done = run_cli(*english, *args, store=store_path)
    assert done.returncode == 2 and done.stdout == "", done.stdout
    said = "Did you mean" if lang == "en" and english else "Maksud Anda"
    assert f"{said} '{meant}'?" in " ".join(done.stderr.split()), done.stderr
    other = run_cli(*english, *[a if a != args[2] else "zzz" for a in args], store=store_path)
    assert other.returncode == 2 and "zzz" in other.stderr, other.stderr
    assert "Maksud Anda" not in other.stderr and "Did you mean" not in other.stderr


@pytest.mark.parametrize(("typed", "meant"), [("renstr", "flat"), ("renja", "renja86")])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_layout_named_by_what_it_reads_names_the_layout(
    typed: str, meant: str, lang: str
) -> None:
    """``import --layout renstr`` (a Renstra matrix to import) listed 'flat', 'renja86' and left
    the user to guess which reads it: no choice is close to the word. Now the layout that reads
    it is named, and each layout is listed with what it reads, a line each."""
    done = run_cli("import", "--layout", typed, "x.xlsx", "--lang", lang)
    assert done.returncode == 2 and done.stdout == "", done.stdout
    said = "Did you mean" if lang == "en" else "Maksud Anda"
    assert f"{said} '{meant}'?" in done.stderr, done.stderr
    lines = done.stderr.rstrip("\n").split("\n")
    assert lines[-3] == ("Layouts:" if lang == "en" else "Tata letak:"), done.stderr
    reads = (
        ("Renstra or PK matrix", "Renja evaluation")
        if lang == "en"
        else ("matriks Renstra", "evaluasi Renja")
    )
    assert lines[-2].startswith("  flat     ") and reads[0] in lines[-2], done.stderr
    assert lines[-1].startswith("  renja86  ") and reads[1] in lines[-1], done.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_template_without_its_file_shows_the_line_to_type(lang: str) -> None:
    """``lkj-tui template`` (the first command a new user types to get the template) said only
    "Kurang opsi '--output' / '-o'.": now the line to type follows, whole on a terminal."""
    done = run_cli("template", "--lang", lang)
    assert done.returncode == 2 and done.stdout == "", done.stdout
    said = (
        "For example: lkj-tui template -o template.xlsx --lang en"
        if lang == "en"
        else "Contoh: lkj-tui template -o templat.xlsx"
    )
    assert done.stderr.rstrip("\n").endswith(f"'-o'. {said}"), done.stderr
    from tests.test_narrow_terminal import _on_a_terminal

    code, shown = _on_a_terminal(["template", "--lang", lang], 40)
    # (on a line of its own under the words, folded at its options where it is wider, cli27)
    assert code == 2, shown
    lines = [" ".join(line.split()) for line in shown.replace(" \\\n", " ").split("\n")]
    assert said.split(": ")[1] in lines, shown


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_error_keeps_the_commands_it_quotes_whole_on_a_terminal(
    store_path: Path, lang: str
) -> None:
    """``sync`` in a store not shared, at 40 columns: "jalankan 'lkj-tui" / "sync --init
    [ALAMAT]'", the command broken over two lines, copied in halves. Now each command the error
    quotes stays whole: wider than the line (its --store), each goes on lines of its own without
    its quotes, folded between its options (cli27); the words around it are broken as before."""
    from tests.test_narrow_terminal import _on_a_terminal

    code, shown = _on_a_terminal(["sync", "--store", str(store_path), "--lang", lang], 40)
    assert code != 0, shown
    remote = "REMOTE" if lang == "en" else "ALAMAT"
    lines = [line.strip() for line in shown.splitlines()]
    opts = f" --store {store_path}" + (" --lang en" if lang == "en" else "")  # (cli22)
    commands = " ".join(lines).replace(" \\ ", " ")
    assert commands.endswith(f" lkj-tui sync --init [{remote}]{opts}"), shown  # (its end: cli30)
    assert "--clone" not in shown, shown  # (refused into a folder with reports: cli30)
    folded = [n for n, line in enumerate(lines) if line.endswith(" \\")]
    # each line starts a part, or holds the value of an option too wide with it (cli31)
    valued = [n for n in folded if lines[n - 1].split(" ")[-2].startswith("--")]
    assert all(lines[n].startswith(("lkj-tui", "--")) or n in valued for n in folded), shown


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_missing_report_or_revision_says_so_before_where(store_path: Path, lang: str) -> None:
    """``lkj-tui: /data/lkj/x.json: laporan 'x' tidak ada …``: the store's own file, which nobody
    types, came before the sentence. Now the sentence comes first and names the store's folder
    (a wrong ``--store`` shows there); a revision not kept names its report, not its file."""
    args = ("--store", str(store_path), "--lang", lang)
    missing = run_cli("status", "-r", "x", *args)
    assert missing.returncode == 2, missing.stdout
    rid = "bengkulu-selatan-setda-2023"
    said = {
        "id": f"laporan 'x' tidak ada di penyimpanan {store_path} (laporan yang ada: {rid})",
        "en": f"no report 'x' in the store {store_path} (reports that exist: {rid})",
    }
    assert missing.stderr == f"lkj-tui: {said[lang]}\n", missing.stderr
    kept = run_cli("restore", rid, "--revision", "99", *args)
    assert kept.returncode == 2, kept.stdout
    said = {
        "id": f"revisi 99 tidak tersimpan: belum ada versi laporan {rid} yang tersimpan di ",
        "en": f"revision 99 is not kept: no version of the report {rid} is kept on this ",
    }
    assert kept.stderr.startswith(f"lkj-tui: {said[lang]}"), kept.stderr
    assert ".json" not in missing.stderr + kept.stderr


@pytest.mark.parametrize("typed", ["pdf", "DOCX"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_export_to_pdf_says_how_to_get_one(store_path: Path, typed: str, lang: str) -> None:
    """``export -f pdf`` listed md, xlsx, csv and json and left the reader there. Now it says how
    to get a PDF or a Word document (Markdown or xlsx, opened and printed), with the command
    lines to type, each on a line of its own; a value like no document ("zzz") does not."""
    done = run_cli("export", "-f", typed, "--lang", lang, store=store_path)
    assert done.returncode == 2 and done.stdout == "", done.stdout
    lines = done.stderr.splitlines()
    said = "For a PDF or a Word document: " if lang == "en" else "Untuk PDF atau dokumen Word: "
    assert any(line.startswith(said) for line in lines), done.stderr
    assert "(Microsoft Print to PDF)" in done.stderr
    notes = "notes.md" if lang == "en" else "notulen.md"
    assert f"  lkj-tui export -o {notes}" in lines, done.stderr
    assert f"  lkj-tui export -f xlsx -o {'report' if lang == 'en' else 'laporan'}.xlsx" in lines
    other = run_cli("export", "-f", "zzz", "--lang", lang, store=store_path)
    assert other.returncode == 2 and "PDF" not in other.stderr, other.stderr


@pytest.mark.parametrize(("lang", "width"), [("id", 40), ("id", 30), ("en", 30)])
def test_the_help_hint_keeps_its_command_whole_and_no_word_alone(lang: str, width: int) -> None:
    """At 40 columns in Bahasa Indonesia the hint under the usage line read "Coba 'lkj-tui
    template -h' untuk" / "    bantuan.": a word alone on its line (and narrower, the quoted
    command broken). Then the command stayed whole in its sentence; now (cli29) it ends its
    line after its label, "Bantuan: lkj-tui template -h", in English with the ``--lang en``
    that answers in English, the command after "Help: " folded at its options where it is wider
    ("Help:" alone over it at column 6 read apart from the usage line: cli39)."""
    from tests.test_narrow_terminal import _on_a_terminal

    code, shown = _on_a_terminal(["template", "--lang", lang], width)
    assert code == 2, shown
    lines = shown.splitlines()
    if lang == "id":
        assert "Bantuan: lkj-tui template -h" in lines, shown
        return
    at = lines.index("Help: lkj-tui template -h \\")
    assert lines[at + 1] == "        --lang en", shown  # (folded at its options: cli39)


@pytest.mark.parametrize("command", ["status", "check", "export", "log", "compare", "set"])
def test_a_store_refused_speaks_the_language_asked(tmp_path: Path, command: str) -> None:
    """``status --store X --lang en`` of a folder that does not exist, or of a file, answered in
    Bahasa Indonesia (open_store was not told the language by most commands), and a store
    that is a file said "gagal membuat folder: File exists (errno 17); berkas lama tidak
    berubah". Now each says so in the language asked, and that the store is a file."""
    args = {"set": ["IKU 1", "realisasi", "3"]}.get(command, [])
    a_file = tmp_path / "lkj.json"
    a_file.write_text("{}")
    for store, said in ((tmp_path / "tidak-ada", "does not exist"), (a_file, "is a file")):
        done = run_cli(command, *args, "--store", str(store), "--lang", "en")
        assert done.returncode == 2 and done.stdout == "", done.stdout
        assert done.stderr.startswith(f"lkj-tui: the store {store} (from --store) "), done.stderr
        assert said in done.stderr and "errno" not in done.stderr, done.stderr
    done = run_cli(command, *args, "--store", str(a_file))
    assert "adalah sebuah berkas, bukan folder" in done.stderr, done.stderr
    assert "'lkj-tui init --store FOLDER'" in done.stderr
    assert a_file.read_text() == "{}"  # (nothing written)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_info_of_a_store_that_is_a_file_says_so(tmp_path: Path, lang: str) -> None:
    """``info --store FILE`` said "this folder does not exist yet (created on first use …)" of a
    file, where no store can be made. Now it says it is a file, not a folder."""
    a_file = tmp_path / "lkj.json"
    a_file.write_text("{}")
    done = run_cli("info", "--store", str(a_file), "--lang", lang)
    assert done.returncode == 0, done.stderr
    said = "this is a file, not a folder" if lang == "en" else "ini sebuah berkas, bukan folder"
    assert said in done.stdout and "does not exist" not in done.stdout, done.stdout


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_command_an_error_ends_with_stays_whole_on_a_terminal(
    store_path: Path, lang: str
) -> None:
    """``compare`` of a report with no earlier year, at 40 columns: "sebutkan dua id: lkj-tui
    compare" / "LAMA BARU", the command to type broken over two lines. Now the command a line
    ends with after its label is kept whole, as a quoted one is: on lines of its own, folded
    between its options where it is wider than the terminal (cli27)."""
    from tests.test_narrow_terminal import _on_a_terminal

    rid = "bengkulu-selatan-setda-2023"
    args = ["compare", rid, "--store", str(store_path), "--lang", lang]
    code, shown = _on_a_terminal(args, 40)
    assert code == 1, shown
    typed = "lkj-tui compare OLD NEW" if lang == "en" else "lkj-tui compare LAMA BARU"
    typed += f" --store {store_path}" + (" --lang en" if lang == "en" else "")  # (cli22)
    lines = [line.strip() for line in shown.splitlines()]
    at = next(n for n, line in enumerate(lines) if line.startswith("lkj-tui compare"))
    assert " ".join(lines[at:]).replace(" \\ ", " ") == typed, shown
