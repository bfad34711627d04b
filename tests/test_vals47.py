"""vals47: a report's unknown fields through the xlsx export and back (the export wrote them as
rows of the Laporan sheet, the import answered "kunci tidak dikenal; diabaikan" and dropped
them). Each test goes through the installed command.
"""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import ONE_LINE, run_cli
from tests.test_vals41 import _document  # (the bundled report as a document)

#: A newer lkj-tui's fields on the report, of every kind a value may be, and texts that look
#: like another kind ("5", "null", a broken "[", a quoted one).
UNKNOWN = {
    "catatan_lain": "dari versi baru",
    "bobot": 5,
    "rasio": 0.25,
    "kode_lain": "5",
    "aktif": True,
    "kosong": None,
    "teks_null": "null",
    "sumber_lain": {"tabel": ["3.1", 2]},
    "daftar": ["a", "b"],
    "mirip_json": "[lihat lampiran",
    "kutip": '"x"',
    "baris": "satu\ndua",
    "teks_kosong": "",
    "daftar_kosong": [],
}


def _laporan(path: Path) -> list[tuple[object, object]]:
    import openpyxl

    sheet = openpyxl.load_workbook(path)["Laporan"]
    return [(row[0].value, row[1].value) for row in sheet.iter_rows()]


def test_unknown_fields_make_the_round_trip_through_the_xlsx_export(tmp_path: Path) -> None:
    path = _document(tmp_path, "baru-2023", lambda doc: doc["report"].update(UNKNOWN))
    first, second = tmp_path / "s1", tmp_path / "s2"
    assert run_cli("import", str(path), store=first).returncode == 0
    xlsx, before = tmp_path / "a.xlsx", tmp_path / "a.json"
    for out in (xlsx, before):
        done = run_cli("export", "-r", "baru-2023", "--format", out.suffix[1:], "-o", str(out),
                       store=first)  # fmt: skip
        assert done.returncode == 0, done.stderr

    done = run_cli("import", str(xlsx), store=second, env=ONE_LINE)
    assert done.returncode == 0, done.stderr
    rows = {key: r for r, (key, _) in enumerate(_laporan(xlsx), 1)}
    warned = [line for line in done.stderr.splitlines() if line.startswith("peringatan: Lapor")]
    first, *_, last = UNKNOWN
    cells = f"Laporan!A{rows[first]}:A{rows[last]}"
    assert warned == [  # (one warning, not one of three lines each: vals48)
        f"peringatan: {cells}: kunci yang tidak dikenal lkj-tui ini, dipertahankan apa adanya "
        "tanpa dipakai: catatan_lain, bobot, rasio dan 11 lainnya; bila salah ketik, pakai "
        "kunci dari lembar Petunjuk"
    ]
    after, again = tmp_path / "b.json", tmp_path / "b.xlsx"
    for out in (after, again):
        done = run_cli("export", "-r", "baru-2023", "--format", out.suffix[1:], "-o", str(out),
                       store=second)  # fmt: skip
        assert done.returncode == 0, done.stderr
    kept = json.loads(after.read_text(encoding="utf-8"))
    assert kept == json.loads(before.read_text(encoding="utf-8"))
    assert {k: kept["report"].get(k) for k in UNKNOWN} == UNKNOWN
    assert type(kept["report"]["bobot"]) is int and kept["report"]["kode_lain"] == "5"
    assert _laporan(again) == _laporan(xlsx)  # export → import → export: the same sheet

    # in English too
    done = run_cli("import", str(xlsx), "--dry-run", "--report", "lain-2023", "--lang", "en",
                   store=second, env=ONE_LINE)  # fmt: skip
    assert (
        f"warning: {cells}: keys this lkj-tui does not know, kept as they are, not used: "
        "catatan_lain, bobot, rasio and 11 more; if one is a typo, use a key from the Petunjuk "
        "sheet"
    ) in done.stderr.splitlines(), done.stderr


def _workbook(tmp_path: Path, name: str, extra: list[tuple[str, str | None]]) -> Path:
    """`lkj-tui template`'s workbook, one report's instansi and year, ``extra`` rows last in
    its Laporan sheet, and one tujuan."""
    import openpyxl

    path = tmp_path / name
    assert run_cli("template", "-o", str(path), store=tmp_path / "t").returncode == 0
    wb = openpyxl.load_workbook(path)
    wb["Data"].append(["tujuan", "T1", None, "Tujuan"])
    sheet = wb["Laporan"]
    for r in range(2, sheet.max_row + 1):
        key = sheet.cell(row=r, column=1).value
        sheet.cell(row=r, column=2, value={"instansi": "Dinas Uji", "tahun": "2025"}.get(key))
    for row in extra:
        sheet.append(row)
    wb.save(path)
    return path


def test_a_typed_laporan_key_is_kept_as_typed_or_refused_too_long(tmp_path: Path) -> None:
    store = tmp_path / "s"
    rows = [("lampiran", "[lihat lampiran]"), ("tanpa_nilai", None), ("k" * 2_000, "pas")]
    path = _workbook(tmp_path, "lkj.xlsx", rows)
    done = run_cli("import", str(path), "--report", "uji-2025", store=store, env=ONE_LINE)
    assert done.returncode == 0, done.stderr
    assert '"tanpa_nilai": kunci tidak dikenal; diabaikan' in done.stderr  # nothing to keep
    out = tmp_path / "uji.json"
    done = run_cli("export", "-r", "uji-2025", "--format", "json", "-o", str(out), store=store)
    assert done.returncode == 0, done.stderr
    report = json.loads(out.read_text(encoding="utf-8"))["report"]
    assert report["lampiran"] == "[lihat lampiran]"  # (no JSON: the text as typed)
    assert report["k" * 2_000] == "pas" and "tanpa_nilai" not in report

    over = _workbook(tmp_path, "lebih.xlsx", [("k" * 2_001, "x"), ("catatan", "c" * 32_767)])
    for lang, said in (
        ("id", "namanya terlalu panjang untuk dipertahankan (2.001 karakter, paling banyak 2.000)"),
        ("en", "its name is too long to keep (2,001 characters, at most 2,000)"),
    ):
        done = run_cli("import", str(over), "--report", "lebih-2025", "--lang", lang,
                       store=store, env=ONE_LINE)  # fmt: skip
        assert done.returncode == 2, done.stderr
        problems = [line for line in done.stderr.splitlines() if line.startswith("  Laporan!")]
        assert len(problems) == 1 and problems[0].startswith("  Laporan!A"), done.stderr
        assert said in problems[0], done.stderr
    done = run_cli("status", "--all", "--json", store=store)
    assert [r["id"] for r in json.loads(done.stdout)["reports"]] == ["uji-2025"]


def test_a_grade_whose_score_lies_outside_its_band_is_not_compared(store_path: Path) -> None:
    """ "A (3,49)" (an index's points beside a grade) against B was 60 / 3,49 = 1.719,20 %: a
    grade's printed score outside the grade's band is said, never a number."""
    done = run_cli("calc", "A (3,49)", "B", "--json")
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert out["achievement"] is None and out["reason_code"] == "score_out_of_band", out
    assert out["reason"] == (
        "skor A 3,49 di luar rentang predikat A (80–90): predikat dan skornya tidak sejalan, "
        "tidak dapat dibandingkan"
    )
    done = run_cli("calc", "BB", "B (75,78)", "--lang", "en", env=ONE_LINE)
    assert done.returncode == 0, done.stderr
    assert (
        "No achievement: the score 75,78 of B lies outside grade B's band (60–70): the grade "
        "and its score disagree, it cannot be compared."
    ) in done.stdout, done.stdout
    # inside the band, both ends in, measured as before; the top grade's band ends at 100
    for target, realisasi, capaian in (
        ("A (86,45)", "B (65)", 75.19),
        ("BB", "A (90)", 128.57),
        ("A", "AA (100)", 125.0),
        ("B", "D (0)", 0.0),
    ):
        out = json.loads(run_cli("calc", target, realisasi, "--json").stdout)
        assert out["achievement"] == capaian, (target, realisasi, out)
    out = json.loads(run_cli("calc", "A", "AA (100,5)", "--json").stdout)
    assert out["reason_code"] == "score_out_of_band", out

    # set refuses it where a capaian was (the reason said); the reviu names it, with the fix
    done = run_cli("set", "IKU 1", "target", "A (3,49)", store=store_path, env=ONE_LINE)
    assert done.returncode == 2 and "di luar rentang predikat A (80–90)" in done.stderr

    def graded(doc: dict) -> None:
        measure = doc["nodes"][0]["children"][0]["children"][0]["measure"]
        measure["target"], measure["realisasi"] = "A (3,49)", "B"

    path = _document(store_path.parent, "nilai-2023", graded)
    assert run_cli("import", str(path), store=store_path).returncode == 0
    done = run_cli("check", "-r", "nilai-2023", store=store_path, env=ONE_LINE)
    assert (
        "Skor A 3,49 di luar rentang predikat A (80–90): predikat dan skornya tidak sejalan, "
        "tidak dapat dibandingkan. Tulis predikat dengan skor di dalam rentangnya (skala SAKIP "
        "0–100), atau angkanya saja di kedua sisi."
    ) in done.stdout, done.stdout


def test_calc_holds_a_value_to_the_limit_set_holds_it_to(store_path: Path) -> None:
    """`calc` printed a 909-character text target whole on one 927-character line, where `set`
    refuses a value over 200 characters: calc refuses it with set's words."""
    text = "Dokumen " * 113 + "x" * 5  # 909 characters
    for lang in ("id", "en"):
        calc = run_cli("calc", text, "5", "--lang", lang, env=ONE_LINE)
        assert calc.returncode == 2 and calc.stdout == "", calc.stdout[:300]
        put = run_cli("set", "IKU 1", "target", text, "--lang", lang, store=store_path,
                      env=ONE_LINE)  # fmt: skip
        assert put.returncode == 2, put.stderr
        why = put.stderr.split("target: ", 1)[1]  # (set names the node before the field)
        assert calc.stderr == f"lkj-tui: target: {why}", (calc.stderr, put.stderr)
        assert "200" in why and len(calc.stderr) < 400
    done = run_cli("calc", "9" * 200, "x" * 200)  # (at the limit: measured, as set takes them)
    assert done.returncode == 0, done.stderr
