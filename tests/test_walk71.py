"""walk71: a new user's first hour on the installed command — the CSV of one's own report."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

CSV = (
    "level;kode;induk;uraian;satuan;target;realisasi\n"
    "tujuan;T1;;Meningkatnya kesehatan masyarakat;;;\n"
    "sasaran;S1;T1;Menurunnya angka kesakitan;;;\n"
    "iku;IKU 1;S1;Cakupan imunisasi;%;95 %;91 %\n"
)


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("id", '--instansi "NAMA INSTANSI" --tahun TAHUN'),
        ("en", '--instansi "INSTANSI NAME" --tahun YEAR --lang en'),
    ],
)
def test_csv_without_instansi_and_year_gives_the_line_in_the_language_asked(
    tmp_path: Path, lang: str, line: str
) -> None:
    """A CSV of one's own (no Laporan sheet) is refused with the line that imports it; under
    ``--lang en`` its values to replace were Indonesian, "NAMA INSTANSI" and "TAHUN", beside
    English words. Each language's own now; nothing is saved."""
    path = tmp_path / "dinkes.csv"
    path.write_text(CSV, encoding="utf-8")
    store = tmp_path / "store"
    typed_lang = ["--lang", "en"] if lang == "en" else []  # (as a new user types it)
    done = run_cli("import", str(path), "--store", str(store), *typed_lang)
    assert done.returncode == 2, done.stderr
    typed = f"lkj-tui import {path} --store {store} {line}"
    assert done.stderr.rstrip().endswith(typed), done.stderr
    other = "NAMA INSTANSI" if lang == "en" else "INSTANSI NAME"
    assert other not in done.stderr, done.stderr
    assert not store.exists() or not any(store.glob("*.json")), "nothing saved"
