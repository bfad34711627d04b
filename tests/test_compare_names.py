"""A kode given to another indicator in the next year (walk8): compare and export --compare name
the older indicator beside the newer one, through the installed command."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run_cli

HEAD = "Level;Kode;Uraian;Satuan;Target;Realisasi"


def _csv(path: Path, *rows: str) -> Path:
    path.write_text("\n".join([HEAD, "Sasaran;S1;Meningkatnya mutu layanan;;;", *rows]) + "\n")
    return path


def test_a_kode_matched_to_another_name_shows_the_older_name(tmp_path: Path) -> None:
    """She compared her office's 2023 and 2024 reports: IKU 2 was "Prevalensi stunting" in 2023
    and "Angka kematian bayi" in 2024 (the kode reused). compare printed one row under the 2024
    name only, 15,2 → 13,1 "better", as if one indicator had moved; the row names the 2023
    indicator too. A row whose name did not change reads as before."""
    store = tmp_path / "store"
    old = _csv(
        tmp_path / "2023.csv",
        "IKU;IKU 1;Persentase puskesmas terakreditasi;%;80;85",
        "IKU;IKU 2;Prevalensi stunting;%;14,5;15,2",
    )
    new = _csv(
        tmp_path / "2024.csv",
        "IKU;IKU 1;Persentase Puskesmas Terakreditasi;%;80;86",
        "IKU;IKU 2;Angka kematian bayi per 1.000 KH;per 1.000 KH;12,5;13,1",
    )
    for path, year in ((old, "2023"), (new, "2024")):
        done = run_cli("import", str(path), "--instansi", "Dinkes", "--tahun", year, store=store)
        assert done.returncode == 0, done.stderr
    for lang in ("en", "id"):
        shown = run_cli("compare", "--lang", lang, store=store, env={"COLUMNS": "300"})
        assert shown.returncode == 0, shown.stderr
        assert "Angka kematian bayi per 1.000 KH (2023: Prevalensi stunting)" in shown.stdout
        assert "Terakreditasi (2023:" not in shown.stdout  # the same name: no note
        md = run_cli("export", "--compare", "dinkes-2023", "--lang", lang, store=store)
        assert md.returncode == 0, md.stderr
        assert (
            "| IKU 2 | Angka kematian bayi per 1.000 KH (2023: Prevalensi stunting) |" in md.stdout
        )
        assert "| IKU 1 | Persentase Puskesmas Terakreditasi |" in md.stdout


def test_compare_without_ids_compares_the_stores_latest_report(tmp_path: Path) -> None:
    """walk8: with Dinas Kesehatan 2023 and 2024 and another office's 2024 report (Dinas Y) in
    her store, `lkj-tui compare` said "no earlier report of the same instansi for
    dinas-kesehatan-2024": it had picked dinas-y-2024 (the larger id of 2024) and named the
    store's latest. It compares the store's latest report, the one status shows, with the one
    before it."""
    store = tmp_path / "store"
    rows = ("IKU;IKU 1;Persentase puskesmas terakreditasi;%;80;85",)
    for instansi, year in (
        ("Dinas Kesehatan", "2023"),
        ("Dinas Kesehatan", "2024"),
        ("Dinas Y", "2024"),
    ):
        path = _csv(tmp_path / f"{instansi}-{year}.csv", *rows)
        done = run_cli("import", str(path), "--instansi", instansi, "--tahun", year, store=store)
        assert done.returncode == 0, done.stderr
    latest = run_cli("status", "--json", store=store)
    assert '"id": "dinas-kesehatan-2024"' in latest.stdout  # the store's latest report
    shown = run_cli("compare", "--lang", "en", store=store)
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("LKj comparison 2023 → 2024 · Dinas Kesehatan")
