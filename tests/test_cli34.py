"""cli34: the commands' messages, continued (a usage error's text functions stay linear, …)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from lkj_tui.cli import clicktext
from tests.conftest import run_cli


class _Counted(Sequence[str]):
    """A command line's words that count how often a word is looked at."""

    def __init__(self, words: list[str]) -> None:
        self.words, self.looks = words, 0

    def __getitem__(self, index):  # type: ignore[no-untyped-def]
        self.looks += 1
        return self.words[index]

    def __len__(self) -> int:
        return len(self.words)


def test_a_usage_error_with_thousands_of_stray_words_looks_at_each_a_few_times() -> None:
    """3,000 words of a name typed without quotes took 5 s: the quoting hint walked back over
    the words before each stray one (quadratic). Now each word is looked at a few times."""
    words = 2000
    strays = " ".join(f"kata{i}" for i in range(1, words))
    message = f"{clicktext.EXTRA}{strays})"
    argv = _Counted(["new", "--instansi", *(f"kata{i}" for i in range(words))])
    assert clicktext.unquoted_path(argv, message, ["new", "status"], "id") == ""
    assert argv.looks < 10 * words  # (the walk back: about words² / 2 = 2,000,000)
    # the hint itself is unchanged: a path after --store, its rest a stray word
    argv = _Counted(["--store", "/tmp/My", "Docs/lkj", "status", *(f"w{i}" for i in range(words))])
    said = clicktext.unquoted_path(argv, f"{clicktext.NO_COMMAND} 'Docs/lkj'.", ["status"], "id")
    assert said == 'Jalur yang berisi spasi harus diberi tanda petik: --store "/tmp/My Docs/lkj"'
    assert argv.looks < 10 * words


def test_thousands_of_stray_words_through_the_command(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The command line of a user who pasted a page after --instansi is answered (its stray
    words listed), and with a path's rest among them, with the path to quote."""
    pasted = [f"kata{i}" for i in range(3000)]
    done = run_cli("--store", str(tmp_path / "s"), "new", "--instansi", *pasted)
    assert done.returncode == 2
    assert "kata2999)" in done.stderr
    assert "tanda petik" not in done.stderr


#: An option typed last without its value: the command line, then what each language says
#: after click's sentence (what the option wants, and the line to type).
MISSING = [
    (
        ["export", "-o"],
        ": nama berkas yang ditulis. Contoh: lkj-tui export -o ringkasan.md",
        ": the name of the file to write. For example: lkj-tui export -o summary.md --lang en",
    ),
    (
        ["new", "--instansi"],
        ': nama instansi. Contoh: lkj-tui new --instansi "Dinas Kesehatan"',
        ': the office\'s name. For example: lkj-tui new --instansi "Dinas Kesehatan" --lang en',
    ),
    (
        ["status", "--report"],
        ": id laporan. Contoh: lkj-tui status --report ID\nDaftar id laporan: lkj-tui status --all",
        ": a report's id. For example: lkj-tui status --report ID --lang en\n"
        "The reports' ids: lkj-tui status --all --lang en",
    ),
    (
        ["set", "IKU 1", "realisasi", "5", "--store"],
        ': folder penyimpanan laporan. Contoh: lkj-tui set "IKU 1" realisasi 5 --store '
        + clicktext.STORE_EXAMPLE,
        ': the store\'s folder. For example: lkj-tui set "IKU 1" realisasi 5 --store '
        + clicktext.STORE_EXAMPLE
        + " --lang en",
    ),
]


@pytest.mark.parametrize(("args", "indonesian", "english"), MISSING, ids=lambda v: str(v)[:24])
def test_an_option_without_its_value_says_what_it_wants_and_the_line_to_type(
    args: list[str], indonesian: str, english: str
) -> None:
    """`export -o` (the file's name forgotten) said only "Opsi '-o' memerlukan satu argumen."
    with no usage line: now the usage line and help line above it, and after it what the
    option wants and the line typed with an example value, in either language."""
    for lang, said in (("id", indonesian), ("en", english)):
        typed = [*args[:-1], "--lang", "en", args[-1]] if lang == "en" else args
        done = run_cli(*typed)
        assert done.returncode == 2, done.stderr
        lines = done.stderr.splitlines()
        command = args[0]
        usage, helped = ("Usage", "Help") if lang == "en" else ("Penggunaan", "Bantuan")
        assert lines[0].startswith(f"{usage}: lkj-tui {command} "), lines
        assert lines[1].startswith(f"{helped}: lkj-tui {command} -h"), lines
        option = args[-1]
        head = (
            f"Error: Option '{option}' requires an argument"
            if lang == "en"
            else (f"Kesalahan: Opsi '{option}' memerlukan satu argumen")
        )
        shown = said if lang == "id" else said.replace(" --lang en", "", 1)
        if lang == "en":  # (the line as typed: --lang en where the user put it)
            shown = shown.replace(f" {option} ", f" --lang en {option} ", 1)
        assert "\n".join(lines[-1 - shown.count("\n") :]) == head + shown, lines


def test_an_option_followed_by_another_is_refused_and_writes_nothing(tmp_path: Path) -> None:
    """`export -o --force` took "--force" for the file's name and wrote a file named
    "--force"; `status --report --lang en` said "Ada argumen berlebih (en)". Now each says
    the option wants a value, and that the word after it is an option; nothing is written."""
    done = run_cli("export", "-o", "--force", cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert list(tmp_path.iterdir()) == []
    assert done.stderr.splitlines()[-1] == (
        "Kesalahan: Opsi '-o' memerlukan satu argumen: nama berkas yang ditulis ('--force' "
        "adalah opsi, bukan nilainya). Contoh: lkj-tui export -o ringkasan.md --force"
    )
    done = run_cli("status", "--report", "--lang", "en")
    assert done.returncode == 2
    assert done.stderr.splitlines()[-2] == (
        "Error: Option '--report' requires an argument: a report's id ('--lang' is an option, "
        "not its value). For example: lkj-tui status --report ID --lang en"
    )
    assert done.stderr.splitlines()[-1] == "The reports' ids: lkj-tui status --all --lang en"
    done = run_cli("--report", "-h", "status")  # (before the command: lkj-tui's own)
    assert done.returncode == 2
    assert "Contoh: lkj-tui --report ID -h status" in done.stderr


@pytest.mark.parametrize(
    ("args", "line"),
    [
        (["sync", "--author", "Budi", "Santoso"], 'sync --author "Budi Santoso"'),
        (["sync", "--init", "--author", "Budi", "Santoso"], 'sync --init --author "Budi Santoso"'),
        (["sync", "--author", "Budi", "Santoso", "Putra"], 'sync --author "Budi Santoso Putra"'),
    ],
)
def test_syncs_author_typed_without_quotes_gets_the_line_to_type(
    tmp_path: Path, args: list[str], line: str
) -> None:
    """`sync --author Budi Santoso` said "ALAMAT hanya dengan --init …" ("Santoso" read as the
    shared address); with --init it credited "Budi" and tried a folder "Santoso". Now each is
    answered with the line to type, the name in quotes, and the store is left as it was."""
    store = tmp_path / "lkj"
    assert run_cli("init", "--store", str(store)).returncode == 0
    before = sorted(p.name for p in store.iterdir())
    for lang in ("id", "en"):
        done = run_cli(*args, "--store", str(store), "--lang", lang)
        assert done.returncode == 2, done.stderr
        said = done.stderr.splitlines()[-1]
        quote = "Put a text that holds a space in quotes" if lang == "en" else "Teks yang berisi"
        assert quote in said and f"lkj-tui {line} --store {store} --lang {lang}" in said, said
    assert sorted(p.name for p in store.iterdir()) == before


def test_sync_init_with_an_author_and_an_address_is_not_quoted(tmp_path: Path) -> None:
    """With --init the word after a one-word name that reads as an address is the address."""
    hint = clicktext.author_hint(
        ["sync", "--init", "--author", "Budi", "D:\\Bersama\\lkj.git"], True, "id"
    )
    assert hint == ""
    hint = clicktext.author_hint(
        ["sync", "--init", "--author", "Budi", "Santoso", "x.git"], True, "en"
    )
    assert (
        hint
        == 'Put a text that holds a space in quotes: lkj-tui sync --init --author "Budi Santoso" x.git'
    )


def test_an_empty_report_says_it_has_no_indicators_and_how_to_fill_it(tmp_path: Path) -> None:
    """`status` of a report just made by `new` said "0 IKU · 0 di bawah target … Tidak ada yang
    di bawah target." as if every indicator were on target. Now status, check and export say
    it has no indicators yet, with the TUI's command, the import's and the template's."""
    store = tmp_path / "lkj"
    run_cli("init", "--store", str(store))
    made = run_cli("new", "--instansi", "Dinas Uji", "--tahun", "2026", "--store", str(store))
    assert made.returncode == 0, made.stderr
    opts = f"--store {store}"
    status = run_cli("status", "-r", "dinas-uji-2026", "--store", str(store)).stdout
    assert "Tidak ada yang di bawah target" not in status
    assert status.endswith(
        "\nLaporan ini belum berisi indikator. Isi lewat TUI (tombol a menambah sasaran, IKU, "
        f"program …):\n  lkj-tui --report dinas-uji-2026 {opts}\natau impor dari Excel:\n"
        f"  lkj-tui import BERKAS.xlsx --report dinas-uji-2026 --overwrite {opts}\n"
        "Templat Excel-nya:\n  lkj-tui template -o templat.xlsx\n"
    ), status
    check = run_cli("check", "-r", "dinas-uji-2026", "--store", str(store), "--lang", "en")
    assert "This report has no indicators yet." in check.stdout
    assert f"  lkj-tui import FILE.xlsx --report dinas-uji-2026 --overwrite {opts} --lang en\n" in (
        check.stdout
    )
    assert "export --reviu" not in check.stdout
    export = run_cli("export", "-r", "dinas-uji-2026", "--store", str(store))
    assert export.returncode == 0
    assert export.stdout.startswith("# ")  # (the document still written)
    assert "Laporan ini belum berisi indikator." in export.stderr
    bundled = run_cli("status", "--store", str(store), "-r", "bengkulu-selatan-setda-2023")
    assert bundled.returncode == 0 and "belum berisi indikator" not in bundled.stdout


def test_a_users_own_json_in_the_store_folder_is_named_as_no_report(tmp_path: Path) -> None:
    """A --store folder holding a user's settings.json: the file was reported as a broken
    report with "lkj-tui import BERKAS --report settings --overwrite", which would write over
    it. Now it is named as no lkj-tui report, to move out of the folder; nothing is touched."""
    folder = tmp_path / "Dokumen"
    folder.mkdir()
    own = b'{"nama": "budi", "x": [1, 2]}\n'
    (folder / "settings.json").write_bytes(own)
    for lang in ("id", "en"):
        done = run_cli("status", "--store", str(folder), "--lang", lang)
        assert done.returncode == 1
        said = " ".join(done.stderr.split())
        assert "--overwrite" not in said, said
        assert (
            "settings.json: not an lkj-tui report"
            if lang == "en"
            else "settings.json: bukan laporan lkj-tui"
        ) in said
    assert [p.name for p in folder.iterdir()] == ["settings.json"]
    assert (folder / "settings.json").read_bytes() == own
    # beside the reports of a store: each listed, the stray file named, unchanged
    store = tmp_path / "lkj"
    run_cli("init", "--store", str(store))
    (store / "daftar.json").write_text("[1, 2, 3]\n")
    done = run_cli("status", "--all", "--store", str(store))
    assert done.returncode == 0, done.stderr
    assert "bengkulu-selatan-setda-2023" in done.stdout
    shown = " ".join((done.stdout + done.stderr).split())
    assert "daftar.json: bukan laporan lkj-tui" in shown
    assert (store / "daftar.json").read_text() == "[1, 2, 3]\n"
