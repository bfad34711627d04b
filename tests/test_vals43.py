"""vals43: a JSON report document's values and report texts held to the limits of every other
way in (``core/limits.py``, ``values.typed_value``).

A document was imported with a megabyte target (or realisasi, target of a year, quarter…), which
a workbook, a CSV file and ``set`` refuse. Each test goes through the installed command.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import run_cli
from tests.test_vals41 import _document, _ids  # (the bundled report as a document; the ids)


def test_a_json_documents_values_are_held_to_a_values_limit(tmp_path: Path) -> None:
    store = tmp_path / "s"
    composite = "; ".join(f"{n} Dokumen Perencanaan" for n in range(1, 13))  # 12 parts, 250 long

    def at_the_limit(doc: dict) -> None:
        iku = doc["nodes"][0]["children"][0]["children"][0]
        iku["measure"]["target"] = "9" * 200
        iku["measure"]["realisasi"] = "  ".join(["8"] * 101)  # 201 once its spaces are folded
        iku["measure"]["target_akhir"] = composite  # (a composite grows with its parts)
        iku["anggaran"] = "Rp " + "1" * 197

    assert len(composite) > 200
    fits = _document(tmp_path, "pas-2023", at_the_limit)
    done = run_cli("import", str(fits), store=store)
    assert done.returncode == 0, done.stderr
    assert "pas-2023" in _ids(store)

    def over_it(doc: dict) -> None:
        at_the_limit(doc)
        iku = doc["nodes"][0]["children"][0]["children"][0]
        iku["measure"]["target"] += "9"
        iku["measure"]["realisasi"] = "x" * 1_000_000  # a pasted megabyte
        iku["measure"]["triwulan"][3] = "7" * 201
        iku["measure"]["targets"]["2024"] = "Minimal " + "3" * 300
        iku["measure"]["realisasi_history"]["2022"] = "6" * 201
        iku["anggaran"] += "1"

    over = _document(tmp_path, "lebih-2023", over_it)
    done = run_cli("import", str(over), store=store)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines()[0].endswith("6 masalah; tidak ada yang disimpan:")
    # each at its path, in the document's order, with the words a workbook's cell gets
    iku = "nodes[0].children[0].children[0]"
    places = [
        f"{iku}.measure.target (IKU 1)",
        f"{iku}.measure.realisasi (IKU 1)",
        f"{iku}.measure.triwulan[3] (IKU 1)",
        f"{iku}.measure.targets.2024 (IKU 1)",
        f"{iku}.measure.realisasi_history.2022 (IKU 1)",
        f"{iku}.anggaran (IKU 1)",
    ]
    at = [done.stderr.find(f"\n  {place} ") for place in places]
    assert -1 not in at and at == sorted(at), list(zip(places, at, strict=True))
    folded = " ".join(done.stderr.split())
    assert folded.count("terlalu panjang untuk sebuah nilai (paling banyak 200 karakter)") == 6
    assert '(1.000.000 karakter)": terlalu panjang' in folded
    assert "lebih-2023" not in _ids(store)

    done = run_cli("import", str(over), "--lang", "en", store=store)
    folded = " ".join(done.stderr.split())
    assert folded.count("too long for a value (at most 200 characters)") == 6, folded


def test_a_documents_sources_and_other_facts_are_held_to_their_limits(tmp_path: Path) -> None:
    """The report's source document, a node's source table and its other facts (``info_lain``)
    had no limit on any way in: a megabyte of each was imported."""
    store = tmp_path / "s"

    def at_the_limits(doc: dict) -> None:
        doc["report"]["source"] = "LKj " + "s" * 1_996
        doc["report"]["visi"] = "v" * 100_000
        iku = doc["nodes"][0]["children"][0]["children"][0]
        iku["source"] = "Tabel " + "3" * 1_994
        iku["info"]["sasaran_pk"] = "k" * 100_000
        iku["info"]["k" * 2_000] = "a key as long as a name"

    fits = _document(tmp_path, "pas-2023", at_the_limits)
    done = run_cli("import", str(fits), store=store)
    assert done.returncode == 0, done.stderr

    def over_them(doc: dict) -> None:
        at_the_limits(doc)
        doc["report"]["source"] += "s"
        doc["report"]["visi"] += "v"
        iku = doc["nodes"][0]["children"][0]["children"][0]
        iku["source"] += "3"
        iku["info"]["sasaran_pk"] += "k"
        iku["info"]["k" * 2_001] = "a key longer than a name"

    over = _document(tmp_path, "lebih-2023", over_them)
    done = run_cli("import", str(over), store=store)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines()[0].endswith("5 masalah; tidak ada yang disimpan:")
    iku = "nodes[0].children[0].children[0]"
    places = [
        "report.source",
        "report.visi",
        f"{iku}.source (IKU 1)",
        f"{iku}.info.sasaran_pk (IKU 1)",
        f"{iku}.info (IKU 1)",  # (not a path of 2,001 characters)
    ]
    at = [done.stderr.find(f"\n  {place} ") for place in places]
    assert -1 not in at and at == sorted(at), list(zip(places, at, strict=True))
    folded = " ".join(done.stderr.split())
    for said in (
        "source: terlalu panjang (2.001 karakter, paling banyak 2.000)",
        "visi: terlalu panjang (100.001 karakter, paling banyak 100.000)",
        "sasaran_pk: terlalu panjang (100.001 karakter, paling banyak 100.000)",
        "info_lain: terlalu panjang (2.001 karakter, paling banyak 2.000)",
    ):
        assert said in folded, said
    assert "lebih-2023" not in _ids(store)


def test_a_workbooks_sumber_tabel_and_info_lain_are_held_to_their_limits(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    store = tmp_path / "s"

    def workbook(name: str, sumber: str, tabel: str, info_lain: str) -> Path:
        wb = openpyxl.Workbook()
        data = wb.active
        data.title = "Data"
        data.append(["level", "uraian", "satuan", "target", "realisasi", "tabel", "info_lain"])
        data.append(["sasaran", "Meningkatnya pelayanan"])
        data.append(["iku", "Indeks Kepuasan", "Nilai", "80", "82", tabel, info_lain])
        laporan = wb.create_sheet("Laporan")
        for row in (["instansi", "Dinas X"], ["tahun", "2024"], ["sumber", sumber]):
            laporan.append(row)
        path = tmp_path / f"{name}.xlsx"
        wb.save(path)
        return path

    # (a cell of Excel holds 32,767 characters: an account's 100,000 is met by a CSV file)
    fact = "sasaran_pk: " + "k" * 30_000 + "\npenanggung_jawab: Bagian " + "U" * 1_993
    at = workbook("pas", "LKj " + "s" * 1_996, "Tabel " + "3" * 1_994, fact)
    done = run_cli("import", str(at), "--report", "pas-2024", store=store)
    assert done.returncode == 0, done.stderr
    over = workbook("lebih", "LKj " + "s" * 1_997, "Tabel " + "3" * 1_995, fact + "U")
    done = run_cli("import", str(over), "--report", "lebih-2024", store=store)
    assert done.returncode == 2, done.stderr
    folded = " ".join(done.stderr.split())
    for said in (
        "Laporan!B3",
        "sumber: terlalu panjang (2.001 karakter, paling banyak 2.000)",
        "Data!F3",
        "tabel: terlalu panjang (2.001 karakter, paling banyak 2.000)",
        "Data!G3",  # (a penanggung_jawab given as another fact: held as its own column is)
        "penanggung_jawab: terlalu panjang (2.001 karakter, paling banyak 2.000)",
    ):
        assert said in folded, said
    assert "sasaran_pk" not in folded
    assert "lebih-2024" not in _ids(store)

    csv = tmp_path / "lain.csv"
    long_fact = "k" * 100_001
    csv.write_text(f"level;uraian;info_lain\nsasaran;S;sasaran_pk: {long_fact}\n", "utf-8")
    done = run_cli("import", str(csv), "--instansi", "D", "--tahun", "2024", store=store)
    assert done.returncode == 2
    folded = " ".join(done.stderr.split())
    assert "sasaran_pk: terlalu panjang (100.001 karakter, paling banyak 100.000)" in folded


def test_a_fraction_sign_is_refused_with_its_decimal_not_read_as_a_unit(tmp_path: Path) -> None:
    """ "1½" was read as 1 with the unit "½": a capaian three times too high (3 / 1), with only
    a note that the unit was on one side."""
    done = run_cli("calc", "1½", "3")
    assert done.returncode != 0 and "300" not in done.stdout
    assert "pecahan ½ tidak dibaca sebagai nilai: tulis desimalnya (½ = 0,5)" in done.stderr
    done = run_cli("calc", "¾", "3", "--lang", "en")
    assert "the fraction ¾ is not read as a value: write its decimal (¾ = 0.75)" in done.stderr
    done = run_cli("calc", "100 m²", "50 m²")  # (a superscript is a unit's)
    assert done.returncode == 0 and "50,00 %" in done.stdout, done.stderr

    csv = tmp_path / "pecahan.csv"
    csv.write_text("level;uraian;target;realisasi\niku;Indikator;2;1½\n", encoding="utf-8")
    done = run_cli("import", str(csv), "--instansi", "D", "--tahun", "2024", store=tmp_path / "s")
    assert done.returncode == 2
    assert 'baris 2 (realisasi) "1½": pecahan ½ tidak dibaca' in " ".join(done.stderr.split())


def test_a_figure_as_printed_is_held_to_a_values_limit(tmp_path: Path) -> None:
    """A printed capaian, a ``tercetak`` figure and a document's ``printed`` took a megabyte,
    which ``check`` then quoted as "(960+ digit)"; a printed name keeps a name's limit."""
    store = tmp_path / "s"
    name = "Persentase " * 40  # 440 characters: a name, as printed in another table
    csv = tmp_path / "tercetak.csv"

    def write(capaian: str, figure: str, table: str) -> None:
        csv.write_text(
            "level;uraian;target;realisasi;capaian_tercetak;tercetak\n"
            "sasaran;S;;;;\n"
            f'iku;I1;5;6;{capaian};"PK | target | {figure}\nPK | name | {name}"\n'
            f"iku;I2;5;6;;{table} | target | 5\n",
            encoding="utf-8",
        )

    write("9" * 200, "9" * 200, "T" * 2_000)
    done = run_cli("import", str(csv), "--instansi", "D", "--tahun", "2024", store=store)
    assert done.returncode == 0, done.stderr
    write("9" * 201, "9" * 201, "T" * 2_001)
    done = run_cli("import", str(csv), "--report", "lebih-2024", "--instansi", "D", store=store)
    assert done.returncode == 2, done.stderr
    folded = " ".join(done.stderr.split())
    assert '(capaian_tercetak) "9999' in folded and '(tercetak) "9999' in folded, folded
    assert folded.count("terlalu panjang untuk sebuah nilai (paling banyak 200 karakter)") == 2
    assert "tercetak: terlalu panjang (2.001 karakter, paling banyak 2.000)" in folded

    def long_figure(doc: dict) -> None:
        printed = doc["nodes"][0]["children"][0]["children"][0]["measure"]["printed"]
        printed[0]["value"] = "8" * 201
        printed[-1]["value"] = name  # (field "name")

    done = run_cli("import", str(_document(tmp_path, "tercetak-2023", long_figure)), store=store)
    assert done.returncode == 2
    place = "nodes[0].children[0].children[0].measure.printed[0].value (IKU 1)"
    assert done.stderr.splitlines()[0].endswith("1 masalah; tidak ada yang disimpan:")
    assert done.stderr.splitlines()[1].startswith(f"  {place} "), done.stderr
    assert "printed[9]" not in done.stderr


def test_a_reports_own_figures_and_tables_are_held_to_their_limits(tmp_path: Path) -> None:
    """The report's printed figures, inovasi, strategi and budget lines took a megabyte from a
    document (and the Laporan sheet's tercetak and inovasi from a workbook)."""
    store = tmp_path / "s"

    def over_them(doc: dict) -> None:
        report = doc["report"]
        report["printed"]["capaian_iku_rata_rata"] = "1" * 201
        report["inovasi"][0]["manfaat"] = "m" * 100_001
        report["strategi"][0]["sasaran"] = "S" * 2_001
        report["strategi"][0]["strategi"] = ["ok", "s" * 100_001]
        report["anggaran"][0]["anggaran"] = "Rp " + "1" * 200

    done = run_cli("import", str(_document(tmp_path, "lebih-2023", over_them)), store=store)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines()[0].endswith("5 masalah; tidak ada yang disimpan:")
    places = [
        "report.printed.capaian_iku_rata_rata",
        "report.inovasi[0].manfaat",
        "report.strategi[0].sasaran",
        "report.strategi[0].strategi[1]",
        "report.anggaran[0].anggaran",
    ]
    at = [done.stderr.find(f"\n  {place} ") for place in places]
    assert -1 not in at and at == sorted(at), list(zip(places, at, strict=True))
    folded = " ".join(done.stderr.split())
    for said in (
        "manfaat: terlalu panjang (100.001 karakter, paling banyak 100.000)",
        "sasaran: terlalu panjang (2.001 karakter, paling banyak 2.000)",
        "strategi: terlalu panjang (100.001 karakter, paling banyak 100.000)",
    ):
        assert said in folded, said
    assert folded.count("terlalu panjang untuk sebuah nilai (paling banyak 200 karakter)") == 2

    openpyxl = pytest.importorskip("openpyxl")
    wb = openpyxl.Workbook()
    data = wb.active
    data.title = "Data"
    data.append(["level", "uraian"])
    data.append(["sasaran", "Meningkatnya pelayanan"])
    laporan = wb.create_sheet("Laporan")
    laporan.append(["instansi", "Dinas X"])
    laporan.append(["tahun", "2024"])
    laporan.append(["tercetak", "capaian_iku_rata_rata: " + "9" * 201])
    laporan.append(["inovasi", '[{"nama": "' + "N" * 20_000 + '"}]'])
    path = tmp_path / "laporan.xlsx"
    wb.save(path)
    done = run_cli("import", str(path), store=store)
    assert done.returncode == 2, done.stderr
    folded = " ".join(done.stderr.split())
    assert 'Laporan!B3 "9999' in folded and "sebuah nilai (paling banyak 200" in folded, folded
    assert "Laporan!B4" not in folded  # (20,000: an account's inovasi is within its limit)


def test_a_composite_value_is_held_to_a_lines_limit(tmp_path: Path) -> None:
    """A composite was excepted from a value's limit whatever its length: one of 1,000 parts
    (7,000 characters) was imported, where ``set`` refuses one over a line's 2,000."""
    csv = tmp_path / "komposit.csv"

    def write(parts: int) -> str:
        value = "; ".join(["1 BUMD"] * parts)
        csv.write_text(f'level;uraian;target;realisasi\niku;I;"{value}";1 BUMD\n', "utf-8")
        return value

    assert len(write(250)) == 1_998
    done = run_cli("import", str(csv), "--instansi", "D", "--tahun", "2024", store=tmp_path / "s")
    assert done.returncode == 0, done.stderr
    assert len(write(1_000)) == 7_998
    done = run_cli("import", str(csv), "--instansi", "E", "--tahun", "2024", store=tmp_path / "s")
    assert done.returncode == 2
    folded = " ".join(done.stderr.split())
    assert "(7.998 karakter)" in folded, folded
    assert "terlalu panjang untuk sebuah nilai (paling banyak 2.000 karakter)" in folded
