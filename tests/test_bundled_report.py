"""The bundled report (store/bengkulu-selatan-setda-2023.json) checked against the seed LKj text.

The seed is the PDF-extracted text of the LKj 2023 of Sekretariat Daerah Kabupaten Bengkulu Selatan.
Counts are checked without it; every text and figure is also looked up in it, so a typo in the
transcription fails. The PDF extraction wraps lines and marks emphasis with ``*``: texts are compared on
normalised whitespace with emphasis and list bullets removed; short figures are compared on the raw text.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from lkj_tui.core.model import Measure, Node, Report

ROOT = Path(__file__).resolve().parents[1]
BUNDLED = ROOT / "store" / "bengkulu-selatan-setda-2023.json"
SEED = Path(__file__).resolve().parents[2] / "shared/seed/000_245a3e58c8ea993e.txt"


def _normalise(text: str) -> str:
    text = text.replace("*", "")
    text = re.sub(r"(?m)^[ \t]*-[ \t]+", "", text)  # list bullets added by the extraction
    return re.sub(r"\s+", " ", text).strip()


def _load() -> Report:
    return Report.from_document(json.loads(BUNDLED.read_text(encoding="utf-8")))


@pytest.fixture(scope="module")
def report() -> Report:
    return _load()


@pytest.fixture(scope="module")
def seed_raw() -> str:
    if not SEED.is_file():
        pytest.skip(
            f"seed text {SEED} is absent (it lives outside the repository, in /work/shared)"
        )
    return SEED.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def seed(seed_raw: str) -> str:
    return _normalise(seed_raw)


def by_code(report: Report, code: str) -> Node:
    (node,) = [n for n in report.walk() if n.code == code]
    return node


def measure(node: Node) -> Measure:
    assert node.measure is not None, node.name
    return node.measure


def printed(node: Node, table: str, field: str) -> list[str]:
    return [p.value for p in measure(node).printed if p.table == table and p.field == field]


# --------------------------------------------------------------------------- structure and counts

INDIKATOR_PER_TABLE = {
    # table: (rows transcribed, the indicator the table's kegiatan support)
    "Tabel 3.2.1.1.1": (18, "IKU 1"),
    "Tabel 3.2.1.1.2": (2, "IKU 1"),
    "Tabel 3.2.1.2.1": (6, "IKU 2"),
    "Tabel 3.2.2.1.1": (3, "IKU 3"),
    "Tabel 3.2.2.1.2": (3, "IKU 4"),
    "Tabel 3.2.2.1.3": (3, "IKU 5"),
    "Tabel 3.2.3.1.1": (17, "IKU 7"),
    "Tabel 3.2.3.1.2": (8, "IKU 7"),
    "Tabel 3.2.3.1.3": (2, "IKU 10"),
}

PERMASALAHAN_SOLUSI = {
    "IKU 1": (1, 2),
    "IKU 2": (1, 2),
    "IKU 3": (3, 3),
    "IKU 4": (2, 4),
    "IKU 5": (0, 0),
    "IKU 6": (0, 0),
    "IKU 7": (7, 6),
    "IKU 8": (3, 3),
    "IKU 9": (3, 4),
    "IKU 10": (0, 0),
    "IKL 1": (0, 0),
    "IKL 2": (1, 1),
}

IKU_NAMES = [
    "Nilai LPPD",
    "Indeks Reformasi Hukum",
    "Indeks Inflasi",
    "Persentase Ketepatan Kebijakan Pembangunan",
    "Persentase Ketepatan Kebijakan Pengadaan Barang dan Jasa",
    "Nilai Reformasi Birokrasi",
    "Nilai SAKIP",
    "Nilai AKIP Sekretariat Daerah",
    "Opini LHP BPK",
    "Indek Kepuasan Pelayanan Keprotokalan, Komunikasi, dan Dokumentasi Pimpinan",
]


def test_report_meta(report: Report) -> None:
    meta = report.meta
    assert meta.id == "bengkulu-selatan-setda-2023"
    assert meta.instansi == "Sekretariat Daerah Kabupaten Bengkulu Selatan"
    assert meta.pemerintah == "Pemerintah Kabupaten Bengkulu Selatan"
    assert meta.tahun == 2023
    assert meta.periode == (2021, 2026)
    assert [m.split(":")[0] for m in meta.misi] == ["Misi 1", "Misi 3", "Misi 4"]
    assert len(meta.isu_strategis) == 6
    assert len(meta.perbaikan_kinerja) == 3
    assert all(f"{x})" in meta.perbaikan_kinerja[0] for x in "abcd")
    assert len(meta.inovasi) == 6
    assert all(set(i) == {"nama", "legalitas", "manfaat", "keterangan"} for i in meta.inovasi)
    assert any("107,35 %" in k and "95,50 persen" in k for k in meta.kesimpulan)
    assert meta.printed["capaian_iku_rata_rata"] == "107,35 %"
    assert meta.source


def test_counts_per_kind(report: Report) -> None:
    kinds = Counter(n.kind for n in report.walk())
    assert kinds["tujuan"] == 1
    assert kinds["sasaran"] == 3
    assert kinds["iku"] == 10
    assert kinds["lainnya"] == 2
    assert kinds["program"] == 5
    assert kinds["kegiatan"] == 9
    assert kinds["subkegiatan"] == 27
    assert kinds["indikator_kegiatan"] == sum(n for n, _ in INDIKATOR_PER_TABLE.values()) == 62


def test_tree_codes_and_order(report: Report) -> None:
    (tujuan,) = report.roots()
    assert tujuan.code == "T1"
    assert tujuan.name == "Meningkatkan Tatakelola Pemerintah yang efektif, efisien dan Akuntabel"
    assert tujuan.info["indikator_tujuan"] == "Indeks Reformasi Birokrasi"
    sasaran = report.children(tujuan.id)
    assert [s.code for s in sasaran] == ["S1", "S2", "S3"]
    assert [[c.code for c in report.children(s.id)] for s in sasaran] == [
        ["IKU 1", "IKU 2", "IKL 1"],
        ["IKU 3", "IKU 4", "IKU 5"],
        ["IKU 6", "IKU 7", "IKU 8", "IKU 9", "IKU 10", "IKL 2"],
    ]
    iku = [n for n in report.walk() if n.kind == "iku"]
    assert [n.code for n in iku] == [f"IKU {i}" for i in range(1, 11)]
    assert [n.name for n in iku] == IKU_NAMES
    stabil = [n.name for n in report.measured() if measure(n).polaritas == "stabil"]
    # a band target (3 ± 1): outside it is bad on either side; the activity indicator is the same index
    assert stabil == ["Indeks Inflasi", "Indeks Inflasi Daerah"]
    assert all(measure(n).polaritas == "positif" for n in report.measured() if n.name not in stabil)
    assert by_code(report, "IKL 1").name == "Persentase Tingkat Kesejahteraan Masyarakat"
    assert by_code(report, "IKL 2").name == "Tingkat Kepatuhan Standar Pelayanan masyarakat"


def test_indikator_kegiatan_per_table_and_placement(report: Report) -> None:
    rows = [n for n in report.walk() if n.kind == "indikator_kegiatan"]
    assert Counter(n.source for n in rows) == {t: c for t, (c, _) in INDIKATOR_PER_TABLE.items()}
    for row in rows:
        (indicator,) = [a for a in report.ancestors(row.id) if a.kind in ("iku", "lainnya")]
        assert indicator.code == INDIKATOR_PER_TABLE[row.source][1], row.name
        parent = report.node(row.parent or "")
        assert parent.kind in ("kegiatan", "subkegiatan"), row.name
        assert row.source in parent.source, row.name
        assert measure(row).target is not None, row.name


def test_merged_pemerintahan_tables(report: Report) -> None:
    (kegiatan,) = [n for n in report.walk() if n.name == "Kegiatan administrasi tata pemerintahan"]
    sources = [c.source for c in report.children(kegiatan.id) if c.kind == "indikator_kegiatan"]
    assert sources == ["Tabel 3.2.1.1.1"] * 4 + ["Tabel 3.2.1.1.2"]
    (sub,) = [n for n in report.walk() if n.name == "Administrasi Pemerintahan"]
    assert [c.source for c in report.children(sub.id)] == ["Tabel 3.2.1.1.1"] * 4 + [
        "Tabel 3.2.1.1.2"
    ]
    assert measure(report.children(sub.id)[-1]).realisasi == "90 Surat"


def test_subkegiatan_without_rows_are_kept(report: Report) -> None:
    empty = [n.name for n in report.walk() if n.kind == "subkegiatan" and not report.children(n.id)]
    assert empty == [
        "Sub Kegiatan Pengendalian dan distribusi perekonomian",
        "Sub kegiatan Koordinasi, sinkronisasi, monitoring dan evaluasi kebijakan pertambangan dan LH",
        "Sub Kegiatan Komunikasi Pimpinan",
        "Sub Kegiatan Pendokumentasian Pimpinan",
    ]


def test_broken_rows(report: Report) -> None:
    (row,) = [n for n in report.walk() if n.name == "Indeks kesesuaian pemanfaatan ruang"]
    assert (measure(row).target, measure(row).realisasi) == ("100%", None)
    assert "realisasi" in row.info["catatan"]
    four = (
        "Penyusunan Laporan Kinerja Kab. Pelaksanaan dan pembinaan SAKIP Pelaksanaan dan pembinaan "
        "RB Penerapan Core Values ASN"
    )
    rows = [n for n in report.walk() if n.name == four]
    assert [report.node(r.parent or "").kind for r in rows] == ["kegiatan", "subkegiatan"]
    assert all(measure(r).target == measure(r).realisasi == "1 Dokumen" for r in rows)
    (kai,) = [
        n for n in report.walk() if n.name == "Rapat-rapat koordinasi terkait Kerjasama Daerah"
    ]
    assert (measure(kai).target, measure(kai).realisasi) == ("10 kai", "10 kali")


def test_permasalahan_solusi_counts(report: Report) -> None:
    counts = {
        n.code: (len(n.permasalahan), len(n.solusi))
        for n in report.walk()
        if n.kind in ("iku", "lainnya")
    }
    assert counts == PERMASALAHAN_SOLUSI
    others = [n for n in report.walk() if n.kind not in ("iku", "lainnya")]
    assert not any(n.permasalahan or n.solusi for n in others)


def test_history_and_triwulan(report: Report) -> None:
    # "-" in the Capaian 2021 column is not a value: the year is left out
    assert dict(measure(by_code(report, "IKU 2")).realisasi_history) == {2022: "CC"}
    assert dict(measure(by_code(report, "IKU 4")).realisasi_history) == {2022: "95"}
    for n in report.walk():
        if n.kind == "iku":
            m = measure(n)
            assert sorted(m.targets) == [2022, 2023, 2024, 2025, 2026], n.code
            assert "-" not in m.realisasi_history.values(), n.code
            filled = [t for t in m.triwulan if t is not None]
            assert filled == [m.realisasi], n.code
    assert measure(by_code(report, "IKU 9")).triwulan == ("WTP", None, None, None)
    assert measure(by_code(report, "IKU 1")).triwulan == (None, None, None, "2,85")


def test_ids_unique_and_stable(report: Report) -> None:
    ids = [n.id for n in report.walk()]
    items = [i.id for n in report.walk() for i in (*n.permasalahan, *n.solusi)]
    assert len(set(ids)) == len(ids) == len(report)
    assert len(set(items)) == len(items)
    again = _load()
    assert [n.id for n in again.walk()] == ids
    assert [i.id for n in again.walk() for i in (*n.permasalahan, *n.solusi)] == items


def test_document_round_trip(report: Report) -> None:
    doc = report.to_document()
    assert Report.from_document(doc).to_document() == doc
    assert [n.id for n in Report.from_document(doc).walk()] == [n.id for n in report.walk()]


def test_file_format() -> None:
    text = BUNDLED.read_text(encoding="utf-8")
    doc = json.loads(text)
    assert doc["schema"] == 1
    assert text == json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


# --------------------------------------------------------------------------- values against the seed

# (code, key, value): key is a measure field, "targets:YEAR", "history:YEAR" or "TABLE|FIELD" (printed)
SAMPLE: list[tuple[str, str, str]] = [
    ("IKU 1", "target", "3,22"),
    ("IKU 1", "realisasi", "2,85"),
    ("IKU 1", "targets:2022", "3,226"),
    ("IKU 1", "targets:2023", "3,30"),
    ("IKU 1", "history:2021", "3,22"),
    ("IKU 1", "history:2022", "2,82"),
    ("IKU 1", "target_akhir", "3,34"),
    ("IKU 1", "Tabel 3.2|capaian", "88.51"),
    ("IKU 1", "Tabel 3.2|capaian_renstra", "85.33"),
    ("IKU 1", "Tabel 3.2.1|capaian", "100"),
    ("IKU 1", "Tabel 3.2.1|capaian_renstra", "96"),
    ("IKU 1", "Tabel 2.2.2 (IKU)|target:2023", "3,3"),
    ("IKU 1", "Perjanjian Kinerja 2023 (Lampiran I)|target:2023", "Minimal 3,226"),
    ("IKU 2", "realisasi", "A (86,45)"),
    ("IKU 2", "targets:2025", "B"),
    ("IKU 2", "Tabel 2.2.2 (IKU)|target:2025", "BB"),
    ("IKU 2", "target_akhir", "BB"),
    ("IKU 2", "Tabel 3.2|capaian", "172"),
    ("IKU 2", "narasi 3.2|realisasi", "AA"),
    ("IKU 3", "target", "3 ± 1"),
    ("IKU 3", "Tabel 3.2.2|target", "3+1"),
    ("IKU 3", "Tabel 2.2.2 (IKU)|target:2022", "3,00"),
    ("IKU 4", "realisasi", "98"),
    ("IKU 4", "targets:2025", "93%"),
    ("IKU 4", "Tabel 2.2.2 (IKU)|target:2025", "92%"),
    ("IKU 4", "Tabel 3.2.2|capaian", "108"),
    ("IKU 5", "target", "87,07"),
    ("IKU 5", "targets:2023", "87,07%"),
    ("IKU 5", "Tabel 3.2|capaian_renstra", "111"),
    ("IKU 6", "target", "60,24"),
    ("IKU 6", "realisasi", "63,20"),
    ("IKU 6", "targets:2023", "53,86"),
    ("IKU 6", "targets:2026", "73"),
    ("IKU 6", "target_akhir", "66,62"),
    ("IKU 6", "Tabel 3.3.1 (Sasaran 3)|capaian_renstra", "94,87"),
    ("IKU 6", "narasi 3.2|realisasi", "63.20"),
    ("IKU 6", "Perjanjian Kinerja 2023 (Lampiran I)|target:2023", "CC"),
    ("IKU 6", "history:2021", "42,98"),
    ("IKU 7", "targets:2024", "BB"),
    ("IKU 7", "history:2021", "CC"),
    ("IKU 8", "realisasi", "CC"),
    ("IKU 8", "targets:2024", "B"),
    ("IKU 8", "Tabel 2.2.2 (IKU)|target:2024", "BB"),
    ("IKU 8", "Tabel 3.3.1 (Sasaran 3)|capaian", "80"),
    ("IKU 8", "Tabel 3.2|capaian_renstra", "60"),
    ("IKU 9", "history:2021", "WDP"),
    ("IKU 9", "Tabel 3.3|triwulan:1", "WTP"),
    ("IKU 10", "realisasi", "90"),
    ("IKU 10", "Tabel 3.2|capaian", "106"),
    ("IKU 10", "targets:2026", "96"),
    ("IKL 1", "target", "100"),
    ("IKL 1", "realisasi", "90"),
    ("IKL 1", "targets:2025", "95%"),
    ("IKL 2", "target", "81,00"),
    ("IKL 2", "realisasi", "81,89"),
    ("IKL 2", "Tabel 3.3.2|capaian", "101"),
    ("IKL 2", "Tabel 3.3.2|capaian_renstra", "82"),
]


def _value(node: Node, key: str) -> Any:
    m = measure(node)
    if "|" in key:
        table, field = key.split("|")
        values = printed(node, table, field)
        assert len(values) == 1, (node.code, key, values)
        return values[0]
    if key.startswith("targets:"):
        return m.targets.get(int(key.split(":")[1]))
    if key.startswith("history:"):
        return m.realisasi_history.get(int(key.split(":")[1]))
    return getattr(m, key)


def test_sample_is_large_enough() -> None:
    assert len(SAMPLE) >= 25


@pytest.mark.parametrize(("code", "key", "value"), SAMPLE)
def test_sample_values(report: Report, seed_raw: str, code: str, key: str, value: str) -> None:
    assert _value(by_code(report, code), key) == value
    assert value in seed_raw


def test_every_printed_figure_is_in_the_seed(report: Report, seed: str) -> None:
    for n in report.measured():
        for p in measure(n).printed:
            assert _normalise(p.value) in seed, (n.code or n.name, p)
    for value in report.meta.printed.values():
        assert value in seed


def test_every_iku_figure_is_in_the_seed(report: Report, seed_raw: str) -> None:
    for n in report.walk():
        if n.kind not in ("iku", "lainnya"):
            continue
        m = measure(n)
        values = [m.target, m.realisasi, m.target_akhir, *m.triwulan]
        values += [*m.targets.values(), *m.realisasi_history.values()]
        for v in values:
            assert v is None or v in seed_raw, (n.code, v)


def test_every_kegiatan_row_is_in_the_seed(report: Report, seed_raw: str, seed: str) -> None:
    for n in report.walk():
        if n.kind in ("program", "kegiatan", "subkegiatan"):
            assert _normalise(n.name) in seed, n.name
        if n.kind == "indikator_kegiatan":
            m = measure(n)
            assert _normalise(n.name) in seed, n.name
            assert "sasaran" not in n.info or _normalise(n.info["sasaran"]) in seed, n.name
            for v in (m.target, m.realisasi):
                assert v is None or v in seed_raw, (n.name, v)


def test_texts_are_in_the_seed(report: Report, seed: str) -> None:
    meta = report.meta
    texts = [*meta.isu_strategis, *meta.perbaikan_kinerja, *meta.kesimpulan]
    texts += [m.split(": ", 1)[1] for m in meta.misi]
    texts += [v for i in meta.inovasi for v in i.values() if v]
    for n in report.walk():
        texts += [i.text for i in (*n.permasalahan, *n.solusi)]
        if n.kind in ("tujuan", "sasaran", "iku", "lainnya"):
            texts.append(n.name)
            texts += [v for k, v in n.info.items() if k.startswith(("nama_", "indikator_tujuan"))]
            texts += [
                n.info[k] for k in ("sumber_data", "penanggung_jawab", "sasaran_pk") if k in n.info
            ]
            # formulas printed as fractions are transcribed with "/" and "×": compare their parts
            for part in re.split(r"\s*[∑/×\n]\s*", n.info.get("definisi", "")):
                if part.strip() and part.strip() != "100%":
                    texts.append(part)
    for text in texts:
        assert _normalise(text) in seed, text


def test_contradictions_kept(report: Report) -> None:
    lppd = by_code(report, "IKU 1")
    assert measure(lppd).printed_figure("capaian") == measure(lppd).printed[0]
    assert printed(lppd, "Tabel 3.2", "capaian") == ["88.51"]
    assert printed(lppd, "Tabel 3.2.1", "capaian") == ["100"]
    assert measure(lppd).targets[2023] == "3,30"
    rb = by_code(report, "IKU 6")
    assert measure(rb).targets[2026] == "73"
    assert printed(rb, "Tabel 3.2", "target_akhir") == ["66,62"]
    irh = by_code(report, "IKU 2")
    assert measure(irh).targets[2025] == "B"
    assert printed(irh, "Tabel 2.2.2 (IKU)", "target:2025") == ["BB"]
    assert printed(by_code(report, "IKU 3"), "Tabel 3.2", "capaian") == ["100"]
    # every IKU keeps the % Realisasi and the progress to the Renstra target of each table
    tables = {
        "IKU 1": ("Tabel 3.2", "Tabel 3.2.1"),
        "IKU 2": ("Tabel 3.2", "Tabel 3.2.1"),
        "IKU 3": ("Tabel 3.2", "Tabel 3.2.2"),
        "IKU 4": ("Tabel 3.2", "Tabel 3.2.2"),
        "IKU 5": ("Tabel 3.2", "Tabel 3.2.2"),
    }
    tables.update({f"IKU {i}": ("Tabel 3.2", "Tabel 3.3.1 (Sasaran 3)") for i in range(6, 11)})
    for code, names in tables.items():
        node = by_code(report, code)
        for table in names:
            for field in ("capaian", "capaian_renstra"):
                assert len(printed(node, table, field)) == 1, (code, table, field)


# --------------------------------------------------------------------------- budget, visi, strategi

BUDGET_TABLES = {"1.4.E Keuangan (Penjabaran APBD 2023)", "Tabel 2.4", "narasi 2.3", "Tabel 3.4.1"}


def test_budget_lines_are_rows_of_the_seed(report: Report, seed_raw: str) -> None:
    lines = report.meta.anggaran
    assert {line.table for line in lines} == BUDGET_TABLES
    assert len(lines) == 21
    order = {"Tabel 2.4": ("renstra", "anggaran"), "Tabel 3.4.1": ("anggaran", "realisasi")}
    rows = seed_raw.splitlines()
    for line in lines:
        figures = [
            v for k in order.get(line.table, ("anggaran",)) if (v := line.figure(k)) is not None
        ]
        if line.table == "narasi 2.3":  # one sentence of §2.3 prints all three
            figures = [line.renstra, line.anggaran, line.realisasi]
        else:
            figures.insert(0, line.uraian)
        # a table row: its cells in order; a sentence (§1.4.E, §2.3): in order, words between
        sep = r"\s+" if line.table in order else r".*"
        pattern = sep.join(re.escape(f) for f in figures if f is not None)
        assert any(re.search(pattern, row, re.IGNORECASE) for row in rows), line
        if line.parent is not None:
            assert any(p.uraian == line.parent and p.table == line.table for p in lines), line


def test_budget_figures_as_printed(report: Report) -> None:
    by = {(line.table, line.uraian): line for line in report.meta.anggaran}
    jumlah = by["Tabel 2.4", "Jumlah"]
    assert (jumlah.renstra, jumlah.anggaran) == ("46.832.149.536", "43.197.824.640")
    assert by["narasi 2.3", "Jumlah"].anggaran == "Rp. 43.197.824.610,-"
    belanja = by["Tabel 3.4.1", "BELANJA"]
    assert (belanja.anggaran, belanja.realisasi) == ("49.398.613.640,-", "48.405.012.715,-")
    assert by["Tabel 3.4.1", "Belanja Modal Aset Tetap Lainnya"].realisasi == "-"
    apbd = by["1.4.E Keuangan (Penjabaran APBD 2023)", "Belanja Modal"]
    assert (apbd.anggaran, apbd.parent) == ("Rp. 2.385.000.000,-", "Anggaran")


def test_sasaran_carry_their_program_allocation(report: Report) -> None:
    """Tabel 2.4 is the report's "alokasi anggaran per sasaran strategis" (§2.3 B): one program
    per sasaran; the sasaran carries the Renja figure of its program, no realisasi (none printed)."""
    lines = {line.uraian: line for line in report.meta.anggaran if line.table == "Tabel 2.4"}
    expected = {"S1": "4.116.058.920", "S2": "4.200.698.000", "S3": "34.881.667.729"}
    for n in report.walk():
        if n.kind == "sasaran":
            assert n.anggaran == expected[n.code] == lines[n.info["program_tabel_2_4"]].anggaran
            assert n.realisasi_anggaran is None
        else:
            assert n.anggaran is None and n.realisasi_anggaran is None, n.name


def test_visi_and_strategi(report: Report, seed: str) -> None:
    meta = report.meta
    assert (
        meta.visi
        == "Terwujudnya Masyarakat Madani menuju Bengkulu Selatan EMAS berlandaskan Cinta BS"
    )
    assert f"VISI : {meta.visi}" in seed
    assert [len(s.strategi) for s in meta.strategi] == [3, 3, 3]
    assert [len(s.arah_kebijakan) for s in meta.strategi] == [10, 6, 6]
    sasaran = [n.info["nama_tabel_2_2"] for n in report.walk() if n.kind == "sasaran"]
    assert [s.sasaran.casefold() for s in meta.strategi] == [
        s.casefold().replace("administrasi", "admnistrasi") for s in sasaran
    ]
    for s in meta.strategi:
        assert s.misi in seed and s.sasaran in seed
        # printed numbered: "1. … 2. …" in one cell
        numbered = " ".join(f"{i}. {x}" for i, x in enumerate(s.strategi, 1))
        assert numbered in seed or all(f". {x}" in seed for x in s.strategi)
        for i, x in enumerate(s.arah_kebijakan, 1):
            assert f"{i}. {x}" in seed, x


def test_dash_cells_of_tabel_3_2_are_kept(report: Report) -> None:
    for code in ("IKU 2", "IKU 4"):
        assert printed(by_code(report, code), "Tabel 3.2", "realisasi:2021") == ["-"]
        assert 2021 not in measure(by_code(report, code)).realisasi_history


def test_printed_counts_of_the_ikhtisar(report: Report, seed: str) -> None:
    printed = report.meta.printed
    assert printed["jumlah_iku:capaian>=60"] == "7"
    assert (
        "Sebanyak 7 IKU masuk dalam kategori tinggi. Yang mana indikator yang pencapaiannya" in seed
    )
    assert printed["jumlah_iku:capaian<60"] == "2"
    assert "realisasinya dibawah 60% atau dikategorikan belum baik ada 2 IKU" in seed
