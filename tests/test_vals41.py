"""vals41: the import's length limits, the same for every way a report comes in.

A JSON report document was imported with a megabyte name that a workbook, a CSV file and ``set``
refuse; the length a refusal quoted was the cell's raw one while the check measured it folded.
Each test goes through the installed command, as a user imports.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lkj_tui.bundled import load_bundled_report
from tests.conftest import run_cli


def _document(tmp_path: Path, rid: str, change) -> Path:
    """The bundled report as a JSON document under the id ``rid``, changed by ``change(doc)``."""
    doc = load_bundled_report().to_document()
    doc["report"]["id"] = rid
    change(doc)
    path = tmp_path / f"{rid}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def _ids(store: Path) -> list[str]:
    done = run_cli("status", "--all", "--json", store=store)
    return [r["id"] for r in json.loads(done.stdout)["reports"]] if done.returncode == 0 else []


def test_a_json_document_is_held_to_the_limits_of_every_other_import(tmp_path: Path) -> None:
    store = tmp_path / "s"

    def at_the_limits(doc: dict) -> None:
        sasaran = doc["nodes"][0]["children"][1]
        sasaran["name"] = "n" * 1_998 + "   n"  # 2,000 once its spaces are folded
        iku = sasaran["children"][0]
        iku["permasalahan"] = ["p" * 100_000]
        iku["info"]["definisi"] = "d" * 100_000
        doc["report"]["pemerintah"] = "g" * 2_000
        doc["report"]["misi"] = ["m" * 100_000]

    fits = _document(tmp_path, "pas-2023", at_the_limits)
    assert run_cli("import", str(fits), store=store).returncode == 0
    assert "pas-2023" in _ids(store)

    def over_them(doc: dict) -> None:
        at_the_limits(doc)
        sasaran = doc["nodes"][0]["children"][1]
        sasaran["name"] += "n"
        iku = sasaran["children"][0]
        iku["permasalahan"] = ["ok", "p" * 100_001]
        iku["measure"]["satuan"] = "%" * 2_001
        iku["info"]["definisi"] += "d"
        iku["info"]["penanggung_jawab"] = "Bagian " * 400
        doc["report"]["pemerintah"] += "g"
        doc["report"]["misi"] = ["Misi satu", "m" * 100_001]

    over = _document(tmp_path, "lebih-2023", over_them)
    done = run_cli("import", str(over), store=store)
    assert done.returncode == 2, done.stderr
    assert done.stderr.splitlines()[0].endswith("7 masalah; tidak ada yang disimpan:")
    # each at its path in the document, in the document's order, the node's kode after it
    iku = "nodes[0].children[1].children[0]"
    places = [
        "report.pemerintah",
        "report.misi[1]",
        "nodes[0].children[1].name (S2)",
        f"{iku}.info.definisi (IKU 3)",
        f"{iku}.info.penanggung_jawab (IKU 3)",
        f"{iku}.measure.satuan (IKU 3)",
        f"{iku}.permasalahan[1] (IKU 3)",
    ]
    at = [done.stderr.find(f"\n  {place} ") for place in places]
    assert -1 not in at and at == sorted(at), list(zip(places, at, strict=True))
    folded = " ".join(done.stderr.split())
    assert "name: terlalu panjang (2.001 karakter, paling banyak 2.000)" in folded
    assert "permasalahan: terlalu panjang (100.001 karakter, paling banyak 100.000)" in folded
    assert "penanggung_jawab: terlalu panjang (2.799 karakter" in folded  # (folded, stripped)
    assert "lebih-2023" not in _ids(store)  # all or nothing

    english = run_cli("import", str(over), "--lang", "en", store=store)
    assert english.returncode == 2
    assert "satuan: too long (2,001 characters, at most 2,000)" in " ".join(english.stderr.split())


def test_a_long_instansi_given_as_an_option_is_named_at_the_option(tmp_path: Path) -> None:
    path = _document(tmp_path, "opsi-2023", lambda doc: None)
    done = run_cli("import", str(path), "--instansi", "i" * 2_001, store=tmp_path / "s")
    assert done.returncode == 2
    assert '--instansi "iiii' in done.stderr and "report.instansi" not in done.stderr


def test_the_length_a_refusal_quotes_is_the_length_it_checked(tmp_path: Path) -> None:
    """A cell ending in spaces was quoted "(2.002 karakter)" and refused "(2.001 karakter …)"; a
    permasalahan cell of two lines quoted with the length of both."""
    path = tmp_path / "spasi.csv"
    name = "x" * 1_999 + "  y   "  # raw 2,005, folded 2,001
    problems = "a\nb" + "p" * 100_001
    path.write_text(f'level;uraian;permasalahan\nsasaran;{name};"{problems}"\n', encoding="utf-8")
    done = run_cli("import", str(path), "--instansi", "D", "--tahun", "2024", store=tmp_path / "s")
    assert done.returncode == 2
    folded = " ".join(done.stderr.split())
    assert '(2.001 karakter)": uraian: terlalu panjang (2.001 karakter,' in folded, folded
    assert '(100.002 karakter)": permasalahan: terlalu panjang (100.002 karakter,' in folded
    assert "2.005" not in folded and "\\x0a" not in folded  # (the line refused, not the cell)

    # a value alike: refused by its folded length (201), quoted so, by the import and by set
    value = "1" + "x" * 200 + "     "
    path.write_text(f"level;uraian;target\niku;Indikator;{value}\n", encoding="utf-8")
    done = run_cli("import", str(path), "--instansi", "D", "--tahun", "2024", store=tmp_path / "s")
    folded = " ".join(done.stderr.split())
    assert done.returncode == 2 and '(201 karakter)": terlalu panjang untuk sebuah nilai' in folded
    store = tmp_path / "contoh"
    assert run_cli("init", store=store).returncode == 0
    done = run_cli("set", "IKU 1", "realisasi", "y" * 201 + "    x", store=store)
    assert done.returncode != 0 and '(203 karakter)" tidak dapat dibaca' in done.stderr, done.stderr


def test_the_laporan_sheets_pemerintah_is_held_to_a_names_limit(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    store = tmp_path / "s"

    def workbook(pemerintah: str) -> Path:
        wb = openpyxl.Workbook()
        data = wb.active
        data.title = "Data"
        data.append(["level", "uraian"])
        data.append(["sasaran", "Meningkatnya pelayanan"])
        laporan = wb.create_sheet("Laporan")
        for row in (["instansi", "Dinas X"], ["tahun", "2024"], ["pemerintah", pemerintah]):
            laporan.append(row)
        path = tmp_path / f"p{len(pemerintah)}.xlsx"
        wb.save(path)
        return path

    at = workbook("Pemerintah " + "K" * 1_989 + "   ")  # 2,000 once stripped
    assert run_cli("import", str(at.resolve()), store=store).returncode == 0
    over = workbook("Pemerintah " + "K" * 1_990)
    done = run_cli("import", str(over), "--report", "lebih-2024", store=store)
    assert done.returncode == 2
    folded = " ".join(done.stderr.split())
    assert 'Laporan!B3 "PemerintahKKK' not in folded  # (its words kept)
    assert "Laporan!B3" in folded and "… (2.001 karakter)" in folded, folded
    assert "pemerintah: terlalu panjang (2.001 karakter, paling banyak 2.000)" in folded
    assert "lebih-2024" not in _ids(store)


def test_a_report_id_too_long_says_the_limit_and_the_option_to_give_another(
    tmp_path: Path,
) -> None:
    store = tmp_path / "s"
    long_id = "dinas-" + "a" * 80 + "-2024"  # 91 characters, each one an id takes
    csv = tmp_path / "id.csv"
    csv.write_text(
        f"level;uraian;id_laporan;instansi;tahun\nsasaran;S;{long_id};Dinas Sosial;2024\n",
        encoding="utf-8",
    )
    done = run_cli("import", str(csv), store=store)
    said = " ".join(done.stderr.split())
    assert done.returncode == 2
    assert '(id_laporan) "dinas-aaa' in said and "(91 karakter)" in said, said
    assert (
        "id laporan terlalu panjang (paling banyak 81 karakter): beri id yang lebih pendek "
        "dengan --report dinas-sosial-2024" in said
    )
    # the hint works: the same file with the id it gives
    assert run_cli("import", str(csv), "--report", "dinas-sosial-2024", store=store).returncode == 0

    # a JSON document: at read, in the language asked, --dry-run too (it was the store's
    # Indonesian refusal, "unexpected error (StoreError)" under --dry-run --lang en)
    path = _document(tmp_path, long_id, lambda doc: None)
    for dry in ([], ["--dry-run"]):
        done = run_cli("import", str(path), *dry, "--lang", "en", store=store)
        said = " ".join(done.stderr.split())
        assert done.returncode == 2 and "unexpected" not in said, said
        assert 'report.id "dinas-aaa' in said, said
        assert (
            "the report id is too long (at most 81 characters): give a shorter one with --report "
            "sekretariat-daerah-kabupaten-bengkulu-selatan-2023" in said
        )
    bad = run_cli("import", str(path), "--report", "Dinas_X", store=store)
    said = " ".join(bad.stderr.split())
    assert bad.returncode == 2 and '--report "Dinas_X": id laporan hanya huruf kecil' in said, said
    assert _ids(store) == ["dinas-sosial-2024"]


def test_a_path_wider_than_the_terminal_folds_after_its_dots(tmp_path: Path) -> None:
    """The path of a deep node, 62 characters, was one word over two lines of a 40-column
    terminal, wrapped at column 0 mid-word: it breaks after a "." under its indent."""

    def deep(doc: dict) -> None:
        kegiatan = doc["nodes"][0]["children"][0]["children"][0]["children"][0]
        kegiatan["children"][0]["name"] = "Indikator " * 250

    path = _document(tmp_path, "dalam-2023", deep)
    done = run_cli("import", str(path), env={"COLUMNS": "40"}, store=tmp_path / "s")
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    at = next(n for n, line in enumerate(lines) if line.startswith("  nodes"))
    assert all(len(line) <= 40 for line in lines[at:]), lines  # (the file's path above: whole)
    assert lines[at : at + 2] == [
        "  nodes[0].children[0].children[0].",
        "    children[0].children[0].name",
    ]
