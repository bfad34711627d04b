"""The spreadsheets planners already have (forms12): e-SAKIP's ``tipe_perhitungan`` and
``target_text``, the cascading form (Level, Teks, Indikator…) and a hand-made table of Sasaran
and Indikator without a level column. Through the installed command, as the user meets them."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import run_cli

ESAKIP = (
    "level;kode;kode_induk;uraian;satuan;tipe_indikator;tipe_perhitungan;target;target_text;"
    "realisasi;tw1;tw2\n"
    "sasaran;S1;;Meningkatnya kesejahteraan;;;;;;;;\n"
    "iku;I1;S1;Angka kemiskinan;%;negatif;non-kumulatif;12,5;12,5 %;12,80;;\n"
    "iku;I2;S1;Jumlah wisatawan;orang;positif;Kumulatif;;1.000;;400;500\n"
    "iku;I3;S1;Indeks kepuasan;Indeks;positif;Non Kumulatif;80;85;82;;\n"
)
ARGS = ("--instansi", "Bappeda", "--tahun", "2024")


def _items(store: Path) -> dict[str, dict[str, object]]:
    status = run_cli("status", "--json", "-r", "bappeda-2024", store=store)
    assert status.returncode == 0, status.stderr
    return {i["code"]: i for i in json.loads(status.stdout)["items"]}


def test_e_sakip_tipe_perhitungan_and_target_text_are_read(tmp_path: Path) -> None:
    """new11/forms12: an e-SAKIP export's ``tipe_perhitungan`` and ``target_text`` were unknown
    columns, ignored with a warning: the wisatawan's target (only in target_text) was lost, so it
    had no capaian, and its kumulatif quarters gave no realisasi of the year. Now kumulatif is the
    cara hitung, non-kumulatif is kept as the file says it (it names no cara hitung of its own),
    target_text is the target where target is empty, and a target_text that says another figure
    is kept and named."""
    path = tmp_path / "esakip.csv"
    path.write_text(ESAKIP, encoding="utf-8")
    store = tmp_path / "s"
    done = run_cli("import", str(path), *ARGS, store=store)
    assert done.returncode == 0, done.stderr
    assert "kolom tidak dikenal" not in done.stderr
    # the disagreeing target_text is named with its cell, once (12,5 and "12,5 %" agree)
    assert done.stderr.count("target_text berbeda") == 1
    assert 'baris 5 (target_text) "85": target_text berbeda dengan target "80"' in done.stderr
    items = _items(store)
    assert items["I2"]["target"] == "1.000" and items["I2"]["achievement"] == 90.0
    assert items["I1"]["achievement"] == 97.6
    assert [c["value"] for c in items["I3"]["target_conflicts"]] == ["85"]
    doc = json.loads(
        run_cli("export", "--format", "json", "-r", "bappeda-2024", store=store).stdout
    )
    text = json.dumps(doc, ensure_ascii=False)
    assert '"tipe_perhitungan": "non-kumulatif"' in text and '"cara_hitung": "kumulatif"' in text
    check = run_cli("check", "-r", "bappeda-2024", "--lang", "en", store=store)
    assert "85 (Imported file)" in check.stdout
    en = run_cli(
        "import", str(path), *ARGS, "--dry-run", "--overwrite", "--lang", "en", store=store
    )
    assert 'row 5 (target_text) "85": target_text differs from the target "80"' in en.stderr


def test_e_sakip_values_that_cannot_be_mapped_name_their_cell(tmp_path: Path) -> None:
    """A tipe_perhitungan lkj-tui cannot read, and a non-kumulatif indicator whose realisasi of
    the year would have to come from its quarters, are refused with the cell; nothing is saved."""
    path = tmp_path / "esakip.csv"
    path.write_text(
        ESAKIP
        + "iku;I4;S1;Rasio;%;positif;non kumulatif;80;;;40;45\n"
        + "iku;I5;S1;Rasio 2;%;positif;bulanan;80;;70;;\n",
        encoding="utf-8",
    )
    store = tmp_path / "s"
    done = run_cli("import", str(path), *ARGS, store=store)
    assert done.returncode == 2
    assert 'baris 6 (cara_hitung) "non kumulatif": non-kumulatif tidak menyebut' in done.stderr
    assert "tulis nilai_akhir (triwulan terakhir yang terisi) atau rata_rata" in done.stderr
    assert 'baris 7 (cara_hitung) "bulanan": cara_hitung harus kumulatif' in done.stderr
    assert not (store / "bappeda-2024.json").exists()
    en = run_cli("import", str(path), *ARGS, "--lang", "en", store=store)
    assert 'row 6 (cara_hitung) "non kumulatif": non-kumulatif does not say' in en.stderr


def test_a_hostile_target_text_is_named_cleanly(tmp_path: Path) -> None:
    """A target_text with an escape is refused as any value holding one is, and one of 200,000
    characters is refused as too long for a value, named cut short; neither reaches the terminal
    raw."""
    path = tmp_path / "esakip.csv"
    path.write_text(ESAKIP.replace(";80;85;", ";80;\x1b[31m85\x1b[0m;"), encoding="utf-8")
    done = run_cli("import", str(path), *ARGS, "--dry-run", store=tmp_path / "s")
    assert done.returncode == 2 and "\x1b" not in done.stderr
    assert 'baris 5 (target_text) "\\x1b[31m85\\x1b[0m": berisi karakter' in done.stderr
    path.write_text(ESAKIP.replace(";80;85;", f";80;{'8' * 200_000};"), encoding="utf-8")
    done = run_cli("import", str(path), *ARGS, "--dry-run", store=tmp_path / "s", timeout=120)
    assert done.returncode == 2, done.stderr[:2000]  # no value is that long (vals13)
    line = next(x for x in done.stderr.splitlines() if "terlalu panjang" in x)
    assert "(target_text)" in line
    assert '8888… (200.000 digit)": terlalu panjang' in line
    assert "terlalu panjang untuk sebuah nilai (paling banyak 200 karakter)" in line
    assert len(line) < 500


openpyxl = __import__("pytest").importorskip("openpyxl")

CASCADE_HEAD = [
    "Level", "Teks", "Indikator", "Satuan", "Tipe Target", "Target 2024", "Target 2025",
    "Target Akhir", "Anggaran 2024", "Anggaran 2025",
]  # fmt: skip
CASCADE = [
    ["Tujuan", "Meningkatnya tata kelola", "Indeks RB", "Indeks", "Naik", "70", "72", "75"],
    ["Sasaran", "Meningkatnya akuntabilitas", "Nilai SAKIP", "Nilai", "Angka", "BB", "A", "A"],
    [None, None, "Nilai LPPD", "Nilai", "naik", "3,22", "3,3", "3,4"],
    ["Program", "Program Penunjang", "Dokumen tepat waktu", "%", "persen", "100", "100", "100",
     "Rp 1.000.000", "Rp 1.100.000"],
    ["Kegiatan", "Perencanaan", "Dokumen perencanaan", "Dokumen", "kumulatif", "5", "5", "25",
     "Rp 500.000"],
    ["Sasaran", "Menurunnya kemiskinan", "Angka kemiskinan", "%", "turun", "12,5", "12", "11"],
]  # fmt: skip


def _csv(path: Path, head: list[str], rows: list[list[str | None]]) -> Path:
    lines = [";".join(head)] + [";".join(c or "" for c in row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _tree(store: Path, report: str = "bappeda-2024") -> list[tuple[int, str, str]]:
    """(depth, kind, name) of every node, in order, from the exported document."""
    done = run_cli("export", "--format", "json", "-r", report, store=store)
    assert done.returncode == 0, done.stderr
    out: list[tuple[int, str, str]] = []

    def walk(nodes: list[dict[str, object]], depth: int) -> None:
        for n in nodes:
            out.append((depth, str(n["kind"]), str(n["name"])))
            walk(n.get("children", []), depth + 1)  # type: ignore[arg-type]

    walk(json.loads(done.stdout)["nodes"], 0)
    return out


def test_the_cascading_form_is_imported_from_csv(tmp_path: Path) -> None:
    """forms12: the cascading form (Level, Teks, Indikator, Satuan, Tipe Target, Target per year,
    Target Akhir, Anggaran per year) was read as the template, its Indikator as the name: every
    sasaran was named after its indicator and its target refused on a sasaran row. Now each row
    with a level is a node under the nearest row above of a higher level, its Indikator its
    indicator, an empty Level one more indicator of the row above; the report year's Target and
    Anggaran are the target and the budget, the other years kept."""
    path = _csv(tmp_path / "cascade.csv", CASCADE_HEAD, CASCADE)
    store = tmp_path / "s"
    dry = run_cli("import", str(path), *ARGS, "--dry-run", store=store)
    assert dry.returncode == 0, dry.stderr
    assert "Tujuan: 1, Sasaran: 2, IKU: 4, Program: 1, Kegiatan: 1, Indikator kegiatan: 2" in (
        dry.stdout
    )
    assert not (store / "bappeda-2024.json").exists()
    done = run_cli("import", str(path), *ARGS, store=store)
    assert done.returncode == 0, done.stderr
    assert _tree(store) == [
        (0, "tujuan", "Meningkatnya tata kelola"),
        (1, "iku", "Indeks RB"),
        (1, "sasaran", "Meningkatnya akuntabilitas"),
        (2, "iku", "Nilai SAKIP"),
        (2, "iku", "Nilai LPPD"),
        (2, "program", "Program Penunjang"),
        (3, "indikator_kegiatan", "Dokumen tepat waktu"),
        (3, "kegiatan", "Perencanaan"),
        (4, "indikator_kegiatan", "Dokumen perencanaan"),
        (1, "sasaran", "Menurunnya kemiskinan"),
        (2, "iku", "Angka kemiskinan"),
    ]
    doc = run_cli("export", "--format", "json", "-r", "bappeda-2024", store=store).stdout
    program = json.loads(doc)["nodes"][0]["children"][1]["children"][2]
    assert program["anggaran"] == "Rp 1.000.000"
    assert program["info"] == {"anggaran_2025": "Rp 1.100.000"}
    lppd = json.loads(doc)["nodes"][0]["children"][1]["children"][1]["measure"]
    assert (lppd["target"], lppd["targets"], lppd["target_akhir"]) == (
        "3,22",
        {"2025": "3,3"},
        "3,4",
    )
    items = _items(store)
    kemiskinan = next(i for i in items.values() if i["name"] == "Angka kemiskinan")
    assert kemiskinan["polarity"] == "negatif"


def test_the_cascading_form_names_every_problem_with_its_cell(tmp_path: Path) -> None:
    """All or nothing: a level it cannot read, an empty level with a teks, an indicator's values
    without an indicator, a budget on an indicator's row and a tipe target it cannot read are
    each named with their cell, in Bahasa Indonesia and in English; nothing is saved."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Cascading"
    ws.append(CASCADE_HEAD)
    for row in [
        ["Misi", "Misi 1", None],
        ["Sasaran", "Meningkatnya akuntabilitas", "Nilai SAKIP", "Nilai", "ganjil", "BB"],
        [None, "Teks tanpa level", "Nilai LPPD"],
        ["Program", "Program Penunjang", None, "%", None, "100"],
        [None, None, "Dokumen", "Dokumen", None, "5", None, None, "Rp 9"],
        ["Jumlah", None, None],
    ]:
        ws.append(row)
    wb.save(tmp_path / "c.xlsx")
    store = tmp_path / "s"
    done = run_cli("import", str(tmp_path / "c.xlsx"), *ARGS, store=store)
    assert done.returncode == 2
    err = done.stderr
    assert 'Cascading!A2 "Misi": level tidak dikenal (tujuan, sasaran, program' in err
    assert 'Cascading!E3 "ganjil": tipe target tidak dikenal' in err
    assert 'Cascading!B4 "Teks tanpa level": level kosong tetapi teks terisi' in err
    assert 'Cascading!D5 "%": nilai indikator tanpa indikator: isi kolom Indikator' in err
    assert 'Cascading!I6 "Rp 9": anggaran milik baris berlevel' in err
    assert 'Cascading!A7 "Jumlah": baris jumlah atau rata-rata' in err
    assert not (store / "bappeda-2024.json").exists()
    en = run_cli("import", str(tmp_path / "c.xlsx"), *ARGS, "--lang", "en", store=store)
    assert 'Cascading!B4 "Teks tanpa level": the level is empty but teks is filled' in en.stderr
    assert 'Cascading!E3 "ganjil": unknown tipe target' in en.stderr


def test_a_cascade_with_target_merged_over_years_reads_each_year(tmp_path: Path) -> None:
    """A two-row header: "Target" and "Anggaran" merged over a row of years, Level, Teks and
    Indikator merged down over it."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Level", "Teks", "Indikator", "Satuan", "Target", None, "Anggaran", None])
    ws.append([None, None, None, None, "2024", "2025", "2024", "2025"])
    ws.append(["Program", "Program A", "Cakupan layanan", "%", "90", "95", "Rp 10", "Rp 12"])
    for rng in ("A1:A2", "B1:B2", "C1:C2", "D1:D2", "E1:F1", "G1:H1"):
        ws.merge_cells(rng)
    lp = wb.create_sheet("Laporan")
    lp.append(["instansi", "Bappeda"])
    lp.append(["tahun", 2024])
    wb.save(tmp_path / "m.xlsx")
    store = tmp_path / "s"
    done = run_cli("import", str(tmp_path / "m.xlsx"), store=store)
    assert done.returncode == 0, done.stderr
    tree = json.loads(
        run_cli("export", "--format", "json", "-r", "bappeda-2024", store=store).stdout
    )
    program = tree["nodes"][0]
    assert (program["anggaran"], program["info"]) == ("Rp 10", {"anggaran_2025": "Rp 12"})
    m = program["children"][0]["measure"]
    assert (m["target"], m["targets"]) == ("90", {"2025": "95"})


TABLE_HEAD = ["No", "Sasaran Strategis", "Indikator Kinerja", "Satuan", "Target", "Realisasi"]


def test_a_hand_made_table_of_sasaran_and_indikator_is_imported(tmp_path: Path) -> None:
    """new11/forms12: her LKj table (No, Sasaran Strategis, Indikator Kinerja, Satuan, Target,
    Realisasi) has no level column: it was refused ("baris judul tanpa kolom 'level'"). Now each
    row is an IKU of the sasaran in its row; an empty Sasaran cell or a merged one means the one
    above."""
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Tabel 3.1"
    ws.append(["PENGUKURAN KINERJA 2024"])
    ws.append(TABLE_HEAD)
    ws.append([1, 2, 3, 4, 5, 6])
    ws.append([1, "Meningkatnya akuntabilitas", "Nilai SAKIP", "Nilai", "B", "BB"])
    ws.append([None, None, "Nilai LPPD", "Nilai", "3,22", "2,85"])
    ws.append([2, "Meningkatnya pelayanan", "Indeks kepuasan", "Indeks", "80", "82"])
    ws.append([None, None, "Waktu layanan", "Hari", "5", "4"])
    ws.append([None, None, "Persentase aduan selesai", "%", "90", "95"])
    ws.merge_cells("B6:B8")
    wb.save(tmp_path / "tabel.xlsx")
    store = tmp_path / "s"
    done = run_cli("import", str(tmp_path / "tabel.xlsx"), *ARGS, store=store)
    assert done.returncode == 0, done.stderr
    assert _tree(store) == [
        (0, "sasaran", "Meningkatnya akuntabilitas"),
        (1, "iku", "Nilai SAKIP"),
        (1, "iku", "Nilai LPPD"),
        (0, "sasaran", "Meningkatnya pelayanan"),
        (1, "iku", "Indeks kepuasan"),
        (1, "iku", "Waktu layanan"),
        (1, "iku", "Persentase aduan selesai"),
    ]
    items = _items(store)
    assert sorted(i["achievement"] for i in items.values())[-1] == 105.56


def test_a_hand_made_table_from_csv_names_its_problems(tmp_path: Path) -> None:
    """A CSV table: a Tujuan column too; an indicator with no sasaran above, a row of values
    without its indicator and a row of averages are named with their row and column."""
    head = ["Tujuan", "Sasaran", "Indikator", "Satuan", "Target", "Realisasi"]
    rows: list[list[str | None]] = [
        [None, None, "Indikator yatim", "%", "1", "1"],
        ["T1 tata kelola", "S1 akuntabilitas", "Nilai SAKIP", "Nilai", "B", "BB"],
        [None, None, None, "%", "5", "4"],
        [None, "Rata-rata capaian", None, None, None, "99"],
    ]
    path = _csv(tmp_path / "t.csv", head, rows)
    done = run_cli("import", str(path), *ARGS, store=tmp_path / "s")
    assert done.returncode == 2
    assert "baris 2 (sasaran): sasaran kosong, dan tidak ada sasaran di atasnya" in done.stderr
    assert "baris 4 (indikator): indikator kosong" in done.stderr
    assert 'baris 5 (sasaran) "Rata-rata capaian": baris jumlah atau rata-rata' in done.stderr
    en = run_cli("import", str(path), *ARGS, "--lang", "en", store=tmp_path / "s")
    assert "row 4 (indikator): the indikator is empty" in en.stderr
    path = _csv(tmp_path / "t.csv", head, rows[1:2])
    done = run_cli("import", str(path), *ARGS, store=tmp_path / "s")
    assert done.returncode == 0, done.stderr
    assert _tree(tmp_path / "s") == [
        (0, "tujuan", "T1 tata kelola"),
        (1, "sasaran", "S1 akuntabilitas"),
        (2, "iku", "Nilai SAKIP"),
    ]


def test_hostile_text_in_the_new_forms_is_named_cleanly(tmp_path: Path) -> None:
    """An escape and 200,000 characters in a level and a teks: named cut and without the escape,
    in a time that grows with the sheet (the header and the rows are read once)."""
    rows: list[list[str | None]] = [
        ["\x1b[2J" + "x" * 200_000, "Teks", "Ind"],
        ["Sasaran", "\u202e" + "y" * 200_000, "Ind"],
        [None, "z" * 200_000, None],
    ]
    path = _csv(tmp_path / "h.csv", ["Level", "Teks", "Indikator"], rows)
    done = run_cli("import", str(path), *ARGS, store=tmp_path / "s", timeout=120)
    assert done.returncode == 2
    assert "\x1b" not in done.stderr and "\u202e" not in done.stderr
    assert all(len(line) < 600 for line in done.stderr.splitlines())
    assert 'baris 4 (teks) "zzz' in done.stderr
