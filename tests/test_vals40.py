"""The auditor with messy values, continued (vals40): a pasted megabyte in a name cell, or a
permasalahan longer than ``set`` takes one, is refused at its cell with ``set``'s words."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli

_ARGS = ("--instansi", "Dinas X", "--tahun", "2025")


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_megabyte_name_cell_is_refused_at_its_cell_with_sets_words(
    tmp_path: Path, lang: str
) -> None:
    # a 100 kB uraian (a megabyte was), a long satuan, kode or penanggung jawab were imported, though set refuses
    # a name of more than 2,000 characters; a permasalahan line of more than 100,000 too
    big = "Kegiatan" + " Kegiatan" * 12_000
    problem = "masalah" + " masalah" * 20_000
    lines = "\n".join(["ringkas " * 1_000] * 20)  # 160,000 characters, each line 8,000
    path = tmp_path / "besar.csv"
    path.write_text(
        "level;kode;uraian;satuan;target;realisasi;permasalahan;penanggung_jawab\n"
        "sasaran;S1;Sasaran satu;;;;;\n"
        f"iku;IKU 1;{big};%;10;9;;\n"
        f"iku;IKU 2;Dua;{'persen ' * 400}%;10;9;;\n"
        f"iku;{'K' * 2001};Tiga;%;10;9;;\n"
        f"iku;IKU 4;Empat;%;10;9;{problem};{'Kepala Bidang ' * 150}X\n"
        f'iku;IKU 5;{"Lima " * 399}Lima;%;10;9;"{lines}";\n',
        encoding="utf-8",
    )
    store = tmp_path / "s"
    done = run_cli("--store", str(store), "import", str(path), *_ARGS, "--lang", lang)
    assert done.returncode == 2, done.stderr
    said = " ".join(done.stderr.split())
    if lang == "en":
        line, text = "one line, e.g. a name or code as printed", "shorten it, or keep a long"
        expected = [
            "row 3 (uraian)",
            "uraian: too long (108,008 characters, at most 2,000)",
            "row 4 (satuan)",
            "satuan: too long (2,801 characters, at most 2,000)",
            "row 5 (kode)",
            "kode: too long (2,001 characters, at most 2,000)",
            "row 6 (permasalahan)",
            "permasalahan: too long (160,007 characters, at most 100,000)",
            "row 6 (penanggung_jawab)",
            "penanggung_jawab: too long (2,101 characters",
            "5 problems",
        ]
    else:
        line, text = "satu baris, mis. nama atau kode seperti tercetak", "ringkas, atau simpan"
        expected = [
            "baris 3 (uraian)",
            "uraian: terlalu panjang (108.008 karakter, paling banyak 2.000)",
            "baris 4 (satuan)",
            "satuan: terlalu panjang (2.801 karakter",
            "baris 5 (kode)",
            "kode: terlalu panjang (2.001 karakter",
            "baris 6 (permasalahan)",
            "permasalahan: terlalu panjang (160.007 karakter, paling banyak 100.000)",
            "baris 6 (penanggung_jawab)",
            "penanggung_jawab: terlalu panjang (2.101 karakter",
            "5 masalah",
        ]
    for words in (*expected, line, text):
        assert words in said, (words, said[:3000])
    # IKU 5: a name of 1,999 characters, a permasalahan of 160,000 in lines of 8,000 (each one)
    assert "IKU 5" not in said and "baris 7" not in said and "row 7" not in said, said[:3000]
    assert len(done.stderr) < 3000 and not store.exists()


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_second_office_of_no_latin_letter_is_told_the_id_to_give(
    tmp_path: Path, lang: str
) -> None:
    # an instansi of symbols or of another script makes laporan-2025; a second such office was
    # refused without a word of --report (import offered to overwrite the first office's)
    store = tmp_path / "s"
    first = run_cli("--store", str(store), "new", "--instansi", "!!!", "--tahun", "2025")
    assert first.returncode == 0, first.stderr
    # (laporan-2-2025 taken too: the next free one is named)
    run_cli(
        "--store", str(store), "new", "--instansi", "Ω", "--tahun", "2025", "-r", "laporan-2-2025"
    )
    path = tmp_path / "dinas.csv"
    path.write_text("level;uraian\nsasaran;S\n", encoding="utf-8")
    for args in (
        ("new", "--instansi", "دائرة الصحة", "--tahun", "2025"),
        ("import", str(path), "--instansi", "Дирекция", "--tahun", "2025"),
        ("import", str(path), "--instansi", "Дирекция", "--tahun", "2025", "--dry-run"),
    ):
        done = run_cli("--store", str(store), *args, "--lang", lang)
        assert done.returncode == 1, done.stderr
        said = " ".join(done.stderr.split())
        if lang == "en":
            assert "report 'laporan-2025' already exists (!!!); the id is made from the " in said
            assert "Give this report its own with --report: lkj-tui --store" in said, said
        else:
            assert "laporan 'laporan-2025' sudah ada (!!!); id-nya dibuat dari instansi." in said
            assert "Beri laporan ini id sendiri dengan --report: lkj-tui --store" in said, said
        assert "--report laporan-3-2025" in said and "--overwrite" not in said, said
    done = run_cli(
        "--store",
        str(store),
        "import",
        str(path),
        "--instansi",
        "Дирекция",
        "--tahun",
        "2025",
        "--report",
        "laporan-3-2025",
    )
    assert done.returncode == 0, done.stderr
    # the same office again is the file imported again: its overwrite, as before
    done = run_cli(
        "--store", str(store), "import", str(path), "--instansi", "!!!", "--tahun", "2025"
    )
    assert done.returncode == 1 and "--overwrite" in done.stderr, done.stderr
