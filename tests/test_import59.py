"""Bringing a report in, second round (import59): what the walk of walk57 noticed. Each test
names what a user met."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import ONE_LINE, run_cli

BUNDLED = "bengkulu-selatan-setda-2023"


def _exported(store_path: Path, tmp_path: Path) -> Path:
    out = tmp_path / "lkj.xlsx"
    done = run_cli("export", "-f", "xlsx", "-o", str(out), store=store_path)
    assert done.returncode == 0, done.stderr
    return out


def test_an_overwrite_says_which_edits_it_replaces_and_how_to_get_them_back(
    store_path: Path, tmp_path: Path
) -> None:
    """`import --overwrite` over a report edited since it was imported (in the TUI or with
    `set`) said only "Versi lama disimpan sebagai revisi 3": the edits went without a word. It
    lists each value it replaces (stored → file), in the dry run too, with the revision that
    brings them back; the same file again says nothing changes."""
    xlsx = _exported(store_path, tmp_path)
    for args in (("IKU 1", "realisasi", "3,1"), ("IKU 4", "permasalahan+", "Data terlambat")):
        assert run_cli("set", *args, store=store_path).returncode == 0
    dry = run_cli("import", str(xlsx), "--overwrite", "--dry-run", store=store_path, env=ONE_LINE)
    assert dry.returncode == 0, dry.stderr
    lines = dry.stdout.splitlines()
    at = lines.index("Yang akan ditimpa (2 nilai), tersimpan → berkas:")
    assert lines[at + 1 : at + 3] == [
        "  IKU 1 · Realisasi: 3,1 → 2,85",
        "  IKU 4 · Permasalahan 3: Data terlambat → —",
    ], dry.stdout
    assert lines[at + 3].startswith("Versi sekarang (revisi 3) akan disimpan; untuk kembali ")
    assert lines[at + 3].endswith(f"lkj-tui restore {BUNDLED} --revision 3"), dry.stdout
    assert "3,1" in run_cli("status", store=store_path).stdout  # (nothing written)
    en = run_cli("import", str(xlsx), "--overwrite", "--lang", "en", store=store_path, env=ONE_LINE)
    assert en.returncode == 0, en.stderr
    lines = en.stdout.splitlines()
    at = lines.index("Replaced (2 values), stored → file:")
    assert lines[at + 1 : at + 4] == [
        "  IKU 1 · Actual (Realisasi): 3,1 → 2,85",
        "  IKU 4 · Problem 3: Data terlambat → —",
        f"The old version is kept as revision 3: lkj-tui restore {BUNDLED} --revision 3 --lang en",
    ], en.stdout
    again = run_cli("import", str(xlsx), "--overwrite", store=store_path, env=ONE_LINE)
    assert "Isi berkas sama dengan laporan tersimpan: tidak ada nilai yang berubah." in (
        again.stdout
    )
    back = run_cli("restore", BUNDLED, "--revision", "3", store=store_path)
    assert back.returncode == 0, back.stderr
    status = run_cli("status", store=store_path).stdout
    assert "3,1" in status, status  # (the edits are back)


#: docs/import.md's worked example ("An LKj in the template"), the program's induk as it says
#: to write it to hang the program under the sasaran.
_EXAMPLE = (
    "level;kode;induk;uraian;satuan;target;realisasi;capaian_tercetak;permasalahan\n"
    "tujuan;T1;;Meningkatnya tata kelola;;;;;\n"
    "sasaran;S1;;Meningkatnya kualitas kebijakan;;;;;\n"
    "iku;IKU 1;;Nilai LPPD;Nilai;3,22;2,85;88,51;Data terlambat\n"
    ";IKU 2;;Indeks Reformasi Hukum;Nilai;CC;A (86,45);;\n"
    "program;;{induk};Program Penunjang;;;;;\n"
    "indikator_kegiatan;;;Dokumen perencanaan;Dokumen;5;5;;\n"
)


def _unsupported(tmp_path: Path, induk: str) -> list[str]:
    """The codes of the IKU check says have no supporting program, the example imported."""
    import json

    path = tmp_path / f"contoh{induk}.csv"
    path.write_text(_EXAMPLE.format(induk=induk), encoding="utf-8")
    store = tmp_path / f"simpan{induk}"
    args = ("--instansi", "Bagian Hukum", "--tahun", "2024")
    assert run_cli("import", str(path), *args, store=store).returncode == 0
    done = run_cli("check", "--json", store=store)
    findings = json.loads(done.stdout)["findings"]
    return [f["code"] for f in findings if f["check"] == "iku-no-program"]


def test_a_program_under_the_sasaran_supports_each_of_its_iku(tmp_path: Path) -> None:
    """docs/import.md's example imported with S1 as the program's induk, as it says to hang it
    under the sasaran: check said "IKU tanpa program/kegiatan pendukung" of each IKU, where the
    sasaran's programs support all its IKU (the Renstra's shape). None is said; the program
    left under IKU 2 (induk empty) still leaves IKU 1 without one."""
    assert _unsupported(tmp_path, "S1") == []
    assert _unsupported(tmp_path, "") == ["IKU 1"]


def test_a_missing_store_offers_importing_a_report_into_it(
    store_path: Path, tmp_path: Path
) -> None:
    """`status --store NEW` for a folder not made yet offered only `lkj-tui init` (the bundled
    report): a planner with a workbook of their own was not told that an import makes the
    store with it. Both are offered, id and en; the import's line works as printed."""
    store = tmp_path / "simpan baru"
    for lang, label, file in (
        ("id", "atau buat penyimpanan baru berisi laporan Anda (Excel, CSV, JSON): ", "BERKAS"),
        ("en", "or create a new store holding your own report (Excel, CSV, JSON): ", "FILE"),
    ):
        done = run_cli("status", "--store", str(store), "--lang", lang)
        assert done.returncode == 2 and not store.exists(), done.stderr
        tail = "" if lang == "id" else " --lang en"
        command = f'lkj-tui import {file}.xlsx --store "{store}"{tail}'
        assert f"{label}'{command}'; " in done.stderr, done.stderr
        assert done.stderr.rstrip().endswith(f'lkj-tui init --store "{store}"{tail}'), done.stderr
    xlsx = _exported(store_path, tmp_path)
    done = run_cli("import", str(xlsx), "--store", str(store))
    assert done.returncode == 0 and "diimpor" in done.stdout, done.stderr


def _petunjuk(path: Path) -> list[list[str]]:
    from python_calamine import CalamineWorkbook

    rows = CalamineWorkbook.from_path(str(path)).get_sheet_by_name("Petunjuk").to_python()
    return [[str(c) for c in row] for row in rows]


def test_the_english_template_explains_its_columns_in_english(
    store_path: Path, tmp_path: Path
) -> None:
    """`template --lang en` wrote the Petunjuk sheet in Indonesian ("Isi satu baris per simpul
    …", "Judul lain yang diterima"): an English reader had the command's answer in English and
    the sheet's help not. Every line of it is in English, the columns' keys and the sheets'
    names as the importer reads them, in either language; the English template imports as the
    Indonesian one does."""
    from lkj_tui.importing.columns import COLUMNS, HELP_EN, LAPORAN_HELP_EN, LAPORAN_KEYS

    assert set(HELP_EN) == {c.key for c in COLUMNS}
    assert set(LAPORAN_HELP_EN) == set(LAPORAN_KEYS)
    sheets = {}
    for lang in ("id", "en"):
        out = tmp_path / f"templat-{lang}.xlsx"
        done = run_cli("template", "-o", str(out), "--lang", lang)
        assert done.returncode == 0, done.stderr
        sheets[lang] = _petunjuk(out)
    id_rows, en_rows = sheets["id"], sheets["en"]
    assert en_rows[0][1].startswith("Fill one row per node in the Data sheet, then: ")
    assert en_rows[1][:3] == ["column", "meaning", "example"]
    keys = [c.key for c in COLUMNS]
    en_of = {r[0]: r[1] for r in en_rows[2 : 2 + len(keys)]}
    id_of = {r[0]: r[1] for r in id_rows[2 : 2 + len(keys)]}
    assert list(en_of) == list(id_of) == keys
    for key in keys:
        assert en_of[key] != id_of[key], key
        assert "Judul lain" not in en_of[key] and "Nilai:" not in en_of[key], en_of[key]
    assert "Other headers read: masalah, kendala, hambatan." in en_of["permasalahan"]
    said = " ".join(r[1] for r in en_rows)
    assert "Laporan sheet" in [r[0] for r in en_rows] and "wajib" not in said, said
    out = tmp_path / "lkj-en.xlsx"  # (a report's workbook in English: the same sheet, imported)
    done = run_cli("export", "-f", "xlsx", "-o", str(out), "--lang", "en", store=store_path)
    assert done.returncode == 0, done.stderr
    assert _petunjuk(out)[0][1] == en_rows[0][1]
    again = run_cli("import", str(out), "--overwrite", store=store_path, env=ONE_LINE)
    assert again.returncode == 0, again.stderr
    assert "Isi berkas sama dengan laporan tersimpan" in again.stdout, again.stdout


def test_check_in_english_names_each_finding_by_its_title(tmp_path: Path) -> None:
    """`check --lang en` printed each finding's rule id ("! budget-missing — …") where the
    Indonesian prints its title ("! Anggaran atau realisasinya tidak disajikan — …"): an English
    reader got a key meant for scripts. Both print the title in their language; --json keeps
    the id."""
    import json

    from lkj_tui.core.reviu import CHECKS

    path = tmp_path / "contoh.csv"
    path.write_text(_EXAMPLE.format(induk="S1"), encoding="utf-8")
    store = tmp_path / "simpan"
    args = ("--instansi", "Bagian Hukum", "--tahun", "2024")
    assert run_cli("import", str(path), *args, store=store).returncode == 0
    found = json.loads(run_cli("check", "--json", store=store).stdout)["findings"]
    ids = {f["check"] for f in found}
    assert "budget-missing" in ids
    for lang in ("id", "en"):
        said = run_cli("check", "--lang", lang, store=store, env={"COLUMNS": "4000"}).stdout
        for check in ids:
            title = CHECKS[check].text("title", lang)
            assert f" {title} " in said, (title, said)
            assert f" {check} " not in said, (check, said)
