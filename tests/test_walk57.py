"""A new user's first hour (walk57): the template filled as a planner fills it, imported, edited,
checked. Each test names what the walk met."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ONE_LINE, import_refused, run_cli


def _csv(tmp_path: Path, rows: list[tuple[str, ...]]) -> Path:
    path = tmp_path / "isian.csv"
    path.write_text("".join(";".join(row) + "\n" for row in rows), encoding="utf-8")
    return path


_OPTIONS = ("--instansi", "Dinas X", "--tahun", "2025")


def test_a_program_row_without_its_level_is_not_made_an_indicator(
    store_path: Path, tmp_path: Path
) -> None:
    """A program's row whose level was left empty, under an IKU, was read as one more IKU (the
    e-SAKIP convention for an empty level) without a word: "Program Kesehatan Masyarakat" was
    counted among the IKU. It is refused with the level to fill in; a row so named that has a
    satuan is an indicator, as before."""
    rows = [
        ("level", "kode", "uraian", "satuan", "target", "realisasi", "anggaran"),
        ("sasaran", "S1", "Meningkatnya pelayanan", "", "", "", ""),
        ("iku", "IKU 1", "Cakupan air minum", "%", "85", "80", ""),
        ("", "", "Program Kesehatan Masyarakat", "", "", "", "Rp 500.000.000"),
        ("lainnya", "L1", "Angka kesakitan", "%", "5", "4", ""),
        ("", "", "Sub-Kegiatan Penyediaan Obat", "", "", "", ""),
        ("", "L2", "Kegiatan yang terlaksana", "Keg", "12", "12", ""),
    ]
    said, en = import_refused(_csv(tmp_path, rows), *_OPTIONS, store=store_path)
    assert (
        'baris 4 (uraian) "Program Kesehatan Masyarakat": nama program pada baris tanpa level '
        "(baris tanpa level di bawah indikator dibaca sebagai indikator lain): isi level "
        "'program', atau 'iku' bila ini indikator"
    ) in said
    assert "nama sub kegiatan pada baris tanpa level" in said
    assert "isi level 'subkegiatan', atau 'lainnya' bila ini indikator" in said
    assert "Kegiatan yang terlaksana" not in said  # (a satuan: an indicator)
    assert said.count("pada baris tanpa level") == 2
    assert (
        'row 4 (uraian) "Program Kesehatan Masyarakat": a program\'s name on a row without a '
        "level (such a row under an indicator is read as one more indicator): fill in level "
        "'program', or 'iku' if it is an indicator"
    ) in en
    rows[3] = ("program", "", "Program Kesehatan Masyarakat", "", "", "", "Rp 500.000.000")
    rows[5] = ("subkegiatan", "", "Sub-Kegiatan Penyediaan Obat", "", "", "", "")
    rows[6] = ("lainnya", *rows[6][1:])
    done = run_cli("import", str(_csv(tmp_path, rows)), *_OPTIONS, store=store_path, env=ONE_LINE)
    assert done.returncode == 0, done.stderr
    assert "IKU: 1, Indikator lainnya: 2, Program: 1" in done.stdout, done.stdout


def test_a_dry_run_ends_with_the_command_that_imports_the_file(
    store_path: Path, tmp_path: Path
) -> None:
    """`import --dry-run` ended "Uji coba (--dry-run): tidak ada yang disimpan." and no more: a
    new user had to work out that the same line without --dry-run imports it. It says so, the
    line as typed (its options, a name with a space in quotes) without --dry-run."""
    rows = [
        ("level", "kode", "uraian", "satuan", "target", "realisasi"),
        ("sasaran", "S1", "Meningkatnya pelayanan", "", "", ""),
        ("iku", "IKU 1", "Cakupan air minum", "%", "85", "80"),
    ]
    path = _csv(tmp_path, rows).rename(tmp_path / "isian dinas.csv")
    for lang, said in (("id", "Untuk mengimpornya: "), ("en", "To import it: ")):
        args = ("import", "isian dinas.csv", "--dry-run", *_OPTIONS, "--lang", lang)
        done = run_cli(*args, store=store_path, env=ONE_LINE, cwd=tmp_path)
        assert done.returncode == 0, done.stderr
        command = 'lkj-tui import "isian dinas.csv" --instansi "Dinas X" --tahun 2025'
        assert done.stdout.splitlines()[-1] == f"{said}{command} --lang {lang}", done.stdout
    assert path.exists()
    done = run_cli("import", "isian dinas.csv", *_OPTIONS, store=store_path, cwd=tmp_path)
    assert done.returncode == 0 and "diimpor" in done.stdout, done.stderr  # (the line works)


def test_a_mistyped_laporan_key_is_named_where_its_field_is_missing(
    store_path: Path, tmp_path: Path
) -> None:
    """A Laporan sheet whose "instansi" was typed "Instnasi" (and "tahun" "Tahn") was refused
    with "instansi tidak ada: isi 'instansi' di lembar Laporan"; the typo was named only in a
    warning of unknown keys above it. The problem names the key to correct."""
    from openpyxl import Workbook

    wb = Workbook()
    data = wb.active
    assert data is not None
    data.title = "Data"
    for row in (("level", "kode", "uraian"), ("sasaran", "S1", "Meningkatnya pelayanan")):
        data.append(row)
    laporan = wb.create_sheet("Laporan")
    for row in (("kunci", "nilai"), ("Instnasi", "Dinas X"), ("Tahn", "2025")):
        laporan.append(row)
    path = tmp_path / "isian.xlsx"
    wb.save(path)
    said, en = import_refused(path, store=store_path)
    assert (
        "instansi tidak ada: isi 'instansi' di lembar Laporan atau pakai --instansi; kunci "
        "'Instnasi' salah ketik? tulis 'instansi'"
    ) in said, said
    assert "pakai --tahun; kunci 'Tahn' salah ketik? tulis 'tahun'" in said, said
    assert "use --instansi; is the key 'Instnasi' a typo? write 'instansi'" in en, en
    laporan["A2"], laporan["A3"] = "Instansi", "tahun"
    wb.save(path)
    done = run_cli("import", str(path), "--dry-run", store=store_path, env=ONE_LINE)
    assert done.returncode == 0 and "Dinas X, tahun 2025" in done.stdout, done.stderr
