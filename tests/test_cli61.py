"""cli61: the commands' errors as an adversarial user meets them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_cli

_SYMLINK = {"id": "tautan simbolik (symlink)", "en": "a symbolic link"}
_FOLDER = {"id": "bukan berkas, melainkan sebuah folder", "en": "not a file but a folder"}


def _only_report_refused(tmp_path: Path, store_path: Path, how: str) -> Path:
    """``store_path`` whose one report file is replaced by a symlink to a copy of it, or by a
    folder of its name."""
    (report,) = store_path.glob("*.json")
    if how == "symlink":
        outside = tmp_path / "outside.json"
        shutil.copyfile(report, outside)
        report.unlink()
        os.symlink(outside, report)
    else:
        report.unlink()
        report.mkdir()
    return report


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
@pytest.mark.parametrize("how", ["symlink", "folder"])
@pytest.mark.parametrize("lang", ["id", "en"])
def test_log_names_the_only_report_it_cannot_read(
    tmp_path: Path, store_path: Path, how: str, lang: str
) -> None:
    """A store whose only report file is a symlink or a folder: ``log`` said "Belum ada
    riwayat.", exit 0, as if the store were fine and never edited. It refuses as ``status``
    does, naming the file and what to do, exit 1, nothing on stdout; ``--json`` alike."""
    report = _only_report_refused(tmp_path, store_path, how)
    said = (_SYMLINK if how == "symlink" else _FOLDER)[lang]
    for extra in ([], ["--json"]):
        done = run_cli("log", "--lang", lang, *extra, store=store_path)
        assert done.returncode == 1, done.stdout + done.stderr
        # (``--json``: the refusal as JSON on stdout, stderr empty: cli63)
        assert (done.stderr if extra else done.stdout) == "", done.stdout + done.stderr
        flat = " ".join((json.loads(done.stdout)["error"] if extra else done.stderr).split())
        assert str(report) in flat and said in flat, flat
        assert "Belum ada riwayat" not in flat and "No history" not in flat, flat
        assert "Belum ada perubahan" not in flat and "No changes saved" not in flat, flat


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_empty_log_names_the_report_files_it_skipped(
    tmp_path: Path, store_path: Path, lang: str
) -> None:
    """Beside a report that reads, a symlinked one: the empty log says so and names the
    skipped file on stderr, as ``status`` does (it was left out unsaid); exit 0."""
    outside = tmp_path / "outside.json"
    shutil.copyfile(next(store_path.glob("*.json")), outside)
    os.symlink(outside, store_path / "lain-2024.json")
    done = run_cli("log", "--lang", lang, store=store_path)
    assert done.returncode == 0, done.stderr
    empty = {  # (the store's reports with no save yet: cli70)
        "id": "Belum ada perubahan yang disimpan: riwayat dimulai pada simpanan pertama di TUI "
        "atau dengan lkj-tui set, sesudah laporan dibuat atau diimpor.",
        "en": "No changes saved yet: the history starts at the first save in the TUI or with "
        "lkj-tui set, after a report is made or imported.",
    }
    assert done.stdout.strip() == empty[lang], done.stdout
    flat = " ".join(done.stderr.split())
    skipped = {"id": "dilewati (tidak terbaca):", "en": "skipped (cannot be read):"}[lang]
    assert f"{skipped} {store_path / 'lain-2024.json'}" in flat, flat
    assert _SYMLINK[lang] in flat, flat


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_keyword_holding_a_bidi_control_is_refused_as_typed(store_path: Path, lang: str) -> None:
    """``set "IKU 1" polaritas "pos<U+202E>itif"`` (shown "posfiti" on the terminal) was stored
    as positif unsaid, and ``calc --polaritas`` read it alike: a keyword holding a control or
    a bidi control is not read as the word it hides; refused (exit 2) with the value quoted,
    the control escaped; nothing written. A zero-width space or a line break is still read."""
    before = {p: p.read_bytes() for p in store_path.glob("*.json")}
    for field, value in (("polaritas", "neg\u202eatif"), ("cara_hitung", "akhir\x1b[2J")):
        done = run_cli("set", "IKU 1", field, value, "--lang", lang, store=store_path)
        assert done.returncode == 2, done.stdout + done.stderr
        flat = "".join(done.stderr.split())
        assert repr(value).replace(" ", "") in flat, flat
        assert "\u202e" not in done.stderr and "\x1b" not in done.stderr
    assert {p: p.read_bytes() for p in store_path.glob("*.json")} == before
    done = run_cli("calc", "3", "2", "--polaritas", "neg\u202eatif", "--lang", lang)
    assert done.returncode == 2 and "'neg\\u202eatif'" in done.stderr, done.stderr
    done = run_cli("calc", "3", "2", "--polaritas", "nega\u200btif\n", "--json")
    assert done.returncode == 0 and '"method": "negatif"' in done.stdout, done.stdout


def test_an_import_level_or_polaritas_cell_holding_a_bidi_control_is_refused(
    tmp_path: Path,
) -> None:
    """The import reads the same words (core/words.py): a cell "pos<U+202E>itif" or
    "ik<U+202E>u" is refused with its row, quoted with the control escaped, and the word meant."""
    path = tmp_path / "lkj.csv"
    path.write_text(
        "level,kode,induk,uraian,satuan,target,realisasi,polaritas\n"
        "sasaran,S1,,Meningkatnya mutu,,,,\n"
        'iku,IKU 1,S1,Nilai,%,80,"70",pos\u202eitif\n'
        "ik\u202eu,IKU 2,S1,Nilai dua,%,80,70,positif\n",
        encoding="utf-8",
    )
    done = run_cli(
        "import", str(path), "--instansi", "Dinas X", "--tahun", "2024", "--dry-run",
        store=tmp_path / "s", env={"COLUMNS": "4000"},
    )  # fmt: skip
    assert done.returncode == 2, done.stderr
    assert 'baris 3 (polaritas) "pos\\u202eitif"' in done.stderr, done.stderr
    assert 'baris 4 (level) "ik\\u202eu"' in done.stderr, done.stderr
    assert "\u202e" not in done.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_check_quotes_an_unknown_severity_as_typed(store_path: Path, lang: str) -> None:
    """``check --severity "kesa<U+202E>lahan"`` said "tingkat tidak dikenal: kesalahan; maksud
    Anda kesalahan?": the control dropped, the word shown as the one it suggested."""
    done = run_cli("check", "--severity", "kesa\u202elahan", "--lang", lang, store=store_path)
    assert done.returncode == 2, done.stderr
    assert "'kesa\\u202elahan'" in done.stderr and "\u202e" not in done.stderr, done.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_name_typed_that_names_nothing_exits_2_as_a_usage_error(
    tmp_path: Path, store_path: Path, lang: str
) -> None:
    """One rule (README, "Exit status"): what was typed is wrong → 2, as an unknown option or
    node always was; a report id the store does not hold or that is no id, a year or a
    pemerintah no report has, a revision not kept, a store folder or a file to import that does
    not exist exited 1. The store stopping the command stays 1 (a broken file, one held)."""
    typed_wrong = [
        ["status", "-r", "tidak-ada"],
        ["status", "-r", "Bukan Id!"],
        ["check", "-r", "tidak-ada"],
        ["export", "-r", "tidak-ada", "-o", str(tmp_path / "x.md")],
        ["compare", "tidak-ada", "bengkulu-selatan-setda-2023"],
        ["log", "-r", "tidak-ada"],
        ["restore", "bengkulu-selatan-setda-2023", "--revision", "99"],
        ["status", "--all", "--tahun", "1999"],
        ["check", "--all", "--pemerintah", "Kota Antah"],
        ["import", str(tmp_path / "tidak-ada.xlsx")],
        ["status", "--store", str(tmp_path / "tidak-ada")],
    ]
    for args in typed_wrong:
        done = run_cli(*args, "--lang", lang, store=store_path)
        assert done.returncode == 2, (args, done.stderr)
        assert done.stdout == "" and done.stderr.startswith("lkj-tui: "), (args, done.stderr)
    held = run_cli("new", "--instansi", "Sekretariat Daerah", "--tahun", "2023", "-r",
                   "bengkulu-selatan-setda-2023", "--lang", lang, store=store_path)  # fmt: skip
    assert held.returncode == 1, held.stderr
    (report,) = store_path.glob("*.json")
    report.write_bytes(report.read_bytes()[:5000])  # (truncated mid-write by hand)
    for args in (["status"], ["status", "-r", report.stem]):
        done = run_cli(*args, "--lang", lang, store=store_path)
        assert done.returncode == 1, (args, done.stderr)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_empty_report_option_is_refused_not_read_as_the_latest(
    store_path: Path, lang: str
) -> None:
    """``-r "$ID"`` with the variable empty: ``status``, ``new``, ``resolve`` and the TUI read
    it as no ``--report`` (the latest report; ``new`` made an id of its own), as ``set -r ""``
    did not. Refused as an id that is no id, exit 2, nothing written."""
    before = sorted(p.name for p in store_path.iterdir())
    invalid = {"id": "tidak sah: gunakan huruf kecil", "en": "invalid report id '"}[lang]
    for args in (
        ["status", "-r", ""],
        ["-r", ""],
        ["-r", "", "status"],
        ["new", "-r", "", "--instansi", "Dinas X", "--tahun", "2026"],
        ["resolve", "-r", ""],
        ["status", "--report", " "],
    ):
        done = run_cli(*args, "--lang", lang, store=store_path)
        assert done.returncode == 2, (args, done.stdout, done.stderr)
        assert done.stdout == "" and invalid in done.stderr, (args, done.stderr)
    assert sorted(p.name for p in store_path.iterdir()) == before


@pytest.mark.parametrize("lang", ["id", "en"])
def test_import_of_a_name_too_long_says_so_without_echoing_it_whole(
    store_path: Path, lang: str
) -> None:
    """``import /tmp/<120,000 characters>.xlsx`` said "berkas tidak ada:" and the path whole,
    120 KB on stderr; it says the name is too long for the file system (as ``export -o`` does),
    its length, the path cut, exit 1 (as theirs)."""
    name = "a" * 120_000
    done = run_cli("import", f"/tmp/{name}.xlsx", "--lang", lang, store=store_path)
    assert done.returncode == 1, done.stderr[:300]
    said = {"id": "nama terlalu panjang untuk sistem berkas (120005 karakter",
            "en": "a name too long for the file system (120005 characters"}[lang]  # fmt: skip
    assert said in done.stderr, done.stderr[:300]
    assert len(done.stderr) < 6000, len(done.stderr)


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symlinks")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_export_all_of_a_store_whose_only_report_is_refused_names_it(
    tmp_path: Path, store_path: Path, lang: str
) -> None:
    """``export --all`` of a store whose one report file is a symlink said "penyimpanan tidak
    berisi laporan" (the store holds no report): it names the file and why, as ``status`` does;
    exit 1, nothing written."""
    report = _only_report_refused(tmp_path, store_path, "symlink")
    out = tmp_path / "rekap.md"
    done = run_cli("export", "--all", "-o", str(out), "--lang", lang, store=store_path)
    assert done.returncode == 1 and not out.exists(), done.stderr
    flat = " ".join(done.stderr.split())
    assert str(report) in flat and _SYMLINK[lang] in flat, flat


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_workbook_that_is_no_workbook_says_what_to_do(tmp_path: Path, lang: str) -> None:
    """An empty .xlsx (a download cut off) or a zip of other files named .xlsx was refused with
    the reader's words only: "(ZipError: invalid Zip archive: Could not find EOCD)". An empty
    one says it is empty; another says what it may be and what to do in Excel, the reader's
    words kept after it; exit 2 (the file given is wrong: cli65), no store made."""
    empty = tmp_path / "lkj.xlsx"
    empty.write_bytes(b"")
    other = tmp_path / "lain.xlsx"
    other.write_bytes(b"PK\x05\x06" + bytes(18))  # (an empty zip: no workbook in it)
    store = tmp_path / "s"
    said = {
        "id": ("lkj.xlsx kosong (0 bita), bukan buku kerja", "simpan sebagai .xlsx (File →"),
        "en": ("lkj.xlsx is empty (0 bytes), not a workbook", "save it as .xlsx (File →"),
    }[lang]
    for book, words in ((empty, said[0]), (other, said[1])):
        done = run_cli("import", str(book), "--store", str(store), "--lang", lang)
        assert done.returncode == 2 and not store.exists(), done.stderr
        assert words in " ".join(done.stderr.split()), done.stderr


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_author_holding_a_control_or_too_long_is_refused(store_path: Path, lang: str) -> None:
    """``sync --author "Rina<ESC>[31m <r@x.id>"`` (or a bidi control, or 5,000 characters) was
    set as typed: into the store's git config and every commit after, shown to every office
    (cleaned, as other words). Refused, exit 2, the name quoted with its control escaped; the
    setting is left as it was."""
    assert run_cli("sync", "--init", store=store_path).returncode == 0
    good = run_cli("sync", "--author", "Rina <rina@x.id>", store=store_path)
    assert "Rina <rina@x.id>" in good.stdout, good.stdout + good.stderr
    for author, said in (
        ("Rina\x1b[31m <r@x.id>", "'Rina\\x1b[31m <r@x.id>'"),
        ("Rina \u202e <r@x.id>", "'Rina \\u202e <r@x.id>'"),
        ("a" * 5000, "(5"),
    ):
        done = run_cli("sync", "--author", author, "--lang", lang, store=store_path)
        assert done.returncode == 2 and done.stdout == "", done.stdout + done.stderr
        assert said in done.stderr and "\x1b" not in done.stderr, done.stderr
        assert "\u202e" not in done.stderr, done.stderr
    kept = subprocess.run(
        ["git", "-C", str(store_path), "config", "lkj-tui.author"], capture_output=True, text=True
    )
    assert kept.stdout == "Rina <rina@x.id>\n", kept.stdout
