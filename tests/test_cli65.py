"""cli65: one exit status for each kind of file ``import`` is given (README, "Exit status")."""

from __future__ import annotations

import os
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import run_cli


def _zip_of_other_files(path: Path) -> None:
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("catatan.txt", "bukan buku kerja")


#: A file given to ``import`` that is no report it can read, each made in a folder, with words
#: its refusal holds (en): every one is the file given, to mend or to give another (exit 2).
_WRONG_FILES = [
    ("kosong.xlsx", lambda p: p.write_bytes(b""), "is empty (0 bytes)"),
    ("teks.xlsx", lambda p: p.write_text("bukan zip"), "not a readable .xlsx workbook"),
    ("arsip.xlsx", _zip_of_other_files, "not a readable .xlsx workbook"),
    ("sandi.xlsx", lambda p: p.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)), "password"),
    ("lama.xls", lambda p: p.write_bytes(b"x"), "save it again as .xlsx"),
    ("catatan.txt", lambda p: p.write_text("x"), "file type .txt is not supported"),
    ("tanpa-akhiran", lambda p: p.write_text("x"), "(no suffix) is not supported"),
    ("kosong.json", lambda p: p.write_bytes(b""), "the JSON cannot be read"),
    ("rusak.json", lambda p: p.write_text('{"schema": 1, "report": '), "the JSON cannot be read"),
    ("lain.json", lambda p: p.write_text("[1, 2]"), "not an lkj-tui report document"),
    ("kosong.csv", lambda p: p.write_bytes(b""), "instansi is missing"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "make", "words"), _WRONG_FILES, ids=[f[0] for f in _WRONG_FILES])
def test_a_file_that_is_no_report_exits_2_whatever_its_kind(
    tmp_path: Path, name: str, make: object, words: str
) -> None:
    """``import`` of a broken .json exited 2 (its problem listed) and of a broken .xlsx, an
    empty one, a password's, an .xls or a suffix it does not read 1 ("cannot be read"): a script
    could rely on neither. The file given is what was typed: any file that is no report it can
    read exits 2, as a missing one and a folder do, in the user's words, nothing saved."""
    path = tmp_path / name
    make(path)  # type: ignore[operator]
    store = tmp_path / "s"
    for extra in ((), ("--dry-run",)):
        done = run_cli("import", str(path), "--store", str(store), "--lang", "en", *extra)
        assert done.returncode == 2, done.stderr
        assert words in " ".join(done.stderr.split()), done.stderr
        assert "Traceback" not in done.stderr and done.stdout == "", done.stdout
        assert not store.exists()
    done = run_cli("import", str(path), "--store", str(store))
    assert done.returncode == 2 and done.stderr.startswith("lkj-tui: "), done.stderr
    assert not store.exists()


def test_a_missing_file_and_a_folder_exit_2_as_a_broken_one(tmp_path: Path) -> None:
    """The kinds the rule already had: no file at the path, a dangling link, a folder."""
    (tmp_path / "folder.xlsx").mkdir()
    (tmp_path / "putus.xlsx").symlink_to(tmp_path / "tidak-ada.xlsx")
    for name in ("tidak-ada.json", "putus.xlsx", "folder.xlsx"):
        done = run_cli("import", str(tmp_path / name), "--store", str(tmp_path / "s"))
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc/self/mem is Linux's")
@pytest.mark.parametrize("suffix", [".xlsx", ".json", ".csv"])
def test_a_file_the_system_cannot_read_exits_1_with_its_error(tmp_path: Path, suffix: str) -> None:
    """A file the system fails to read (here a read error: ``/proc/self/mem`` read at 0) is
    not the file given being wrong: exit 1, "cannot read FILE: Input/output error". An .xlsx
    was called "damaged, cut short … save it as .xlsx in Excel", which no save mends."""
    path = tmp_path / f"lkj{suffix}"
    path.symlink_to("/proc/self/mem")
    done = run_cli("import", path.name, "--store", "s", "--lang", "en", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert done.stderr == f"lkj-tui: cannot read lkj{suffix}: Input/output error\n", done.stderr


@pytest.mark.skipif(
    sys.platform == "win32" or os.geteuid() == 0, reason="a mode root and Windows ignore"
)
def test_a_file_without_permission_is_said_by_the_reader_exit_1(tmp_path: Path) -> None:
    """click's own check ("Jalur … tidak dapat dibaca", a usage error, exit 2) refused a file
    the user may not read; README's rule has "no permission" exit 1, the reader's words."""
    path = tmp_path / "lkj.xlsx"
    path.write_bytes(b"PK")
    path.chmod(0)
    done = run_cli("import", path.name, "--store", "s", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert done.stderr.startswith("lkj-tui: tidak dapat membaca lkj.xlsx: "), done.stderr


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize(
    "args",
    [["init"], ["new", "--instansi", "Dinas X", "--tahun", "2025"]],
    ids=["init", "new"],
)
def test_a_store_under_a_file_is_a_path_typed_wrong_exit_2(
    tmp_path: Path, args: list[str], lang: str
) -> None:
    """``init --store notulen.md/lkj`` (a file where a folder of the path should be) exited 1,
    "gagal membuat folder: Not a directory (errno 20); berkas sebelumnya tidak berubah": no
    file was changed, and the path typed was wrong, as ``export -o notulen.md/x.md`` says it
    (exit 2). Now the same rule and the file named, nothing made."""
    (tmp_path / "notulen.md").write_text("catatan\n", encoding="utf-8")
    done = run_cli(*args, "--store", "notulen.md/lkj", "--lang", lang, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    said = {
        "id": "penyimpanan notulen.md/lkj (dari --store) tidak dapat dibuat: notulen.md adalah "
        "sebuah berkas, bukan folder; periksa jalurnya",
        "en": "the store notulen.md/lkj (from --store) cannot be created: notulen.md is a file, "
        "not a folder; check the path",
    }[lang]
    assert said in " ".join(done.stderr.split()), done.stderr
    assert "errno" not in done.stderr
    assert (tmp_path / "notulen.md").read_text(encoding="utf-8") == "catatan\n"


@pytest.mark.parametrize("lang", ["id", "en"])
def test_an_output_typed_as_a_folder_not_there_is_refused_not_written_as_a_file(
    tmp_path: Path, lang: str
) -> None:
    """``export -o rapat/`` (a folder meant: the separator at its end) wrote a file named
    "rapat", exit 0: the path click gives drops the separator. Refused, exit 2 (a path typed
    wrong), with a file in it to name; ``template`` alike; nothing made."""
    store = tmp_path / "s"
    assert run_cli("init", "--store", str(store)).returncode == 0
    for args, example in (
        (["export", "-o", "rapat/"], {"id": "rapat/notulen.md", "en": "rapat/summary.md"}),
        (["export", "--format", "xlsx", "--output=rapat/"], {"id": "rapat/laporan.xlsx", "en": "rapat/report.xlsx"}),
        (["template", "-o", "rapat/"], {"id": "rapat/templat.xlsx", "en": "rapat/template.xlsx"}),
    ):  # fmt: skip
        done = run_cli(*args, "--store", str(store), "--lang", lang, cwd=tmp_path)
        assert done.returncode == 2, done.stderr
        said = "a folder's name (ending in /)" if lang == "en" else "nama folder (berakhiran /)"
        assert said in done.stderr and f"-o {example[lang]})" in done.stderr, done.stderr
        assert not (tmp_path / "rapat").exists()
    (tmp_path / "rapat").mkdir()  # (the folder there: the file in it is named, as before)
    done = run_cli("export", "-o", "rapat/", "--store", str(store), cwd=tmp_path)
    assert done.returncode == 2 and "rapat/notulen.md" in done.stderr, done.stderr
