"""Seeded generator of realistic synthetic lkj-tui stores, for the benchmarks.

    python benchmarks/generate.py SCALE OUT_DIR [--seed N] [--jobs N]

Scales (a "measure" is a node that carries a target and a realisasi: an IKU, an indikator
kinerja lainnya or an indicator row of a program/kegiatan/sub kegiatan):

- ``opd``        1 report of ≈ 200 nodes (≈ 120 measures), like one OPD's LKj;
- ``kabupaten``  40 OPD × 5 Renstra years = 200 reports, ≈ 60k measures (a Bappeda's store);
- ``provinsi``   10 pemerintah daerah × 40 OPD × 5 years = 2,000 reports, ≈ 600k measures;
- ``huge``       1 report of 100,000 measures (≈ 140k nodes): the big-report figures of issue 17;
- ``tiny``       2 OPD × 2 years (tests and ``bench.py --quick``).

Reports differ in size the way real OPDs do (a Dinas Pendidikan has three times the sub kegiatan of
a kecamatan) and use every value form the bundled report prints: decimal commas ("3,22"), percents
("87,07%"), grades ("CC", "A (86,45)"), opinions ("WTP"), ranges ("3 ± 1"), thresholds (">3,51"),
composites ("10 Raperda, 50 Raperbup, 600 SK"), counts ("132 Surat"), text ("Tidak ada temuan") and
missing values (null); some indicators have negative polarity; under-target IKU carry permasalahan
and solusi sentences. The same seed gives the same store, byte for byte, on every machine.

Reports are written through the store's own import path (``Store.import_report``), so every file is
exactly what lkj-tui itself writes; ``--jobs`` spreads the reports over processes.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

# ---------------------------------------------------------------------------------------- scales


@dataclass(frozen=True)
class Scale:
    name: str
    pemerintah: int  # pemerintah daerah (the first is a province when there are several)
    opd: int  # OPD per pemerintah daerah
    years: int  # report years (from 2021)
    measures: int  # mean measures per report
    fixed_size: bool = False  # every report exactly ``measures`` (no OPD size factor)

    @property
    def reports(self) -> int:
        return self.pemerintah * self.opd * self.years


SCALES = {
    "tiny": Scale("tiny", 1, 2, 2, 40),
    "opd": Scale("opd", 1, 1, 1, 120, fixed_size=True),
    "kabupaten": Scale("kabupaten", 1, 40, 5, 300),
    "provinsi": Scale("provinsi", 10, 40, 5, 300),
    "huge": Scale("huge", 1, 1, 1, 100_000, fixed_size=True),
}

FIRST_YEAR = 2021
PERIODE = (2021, 2026)

# ---------------------------------------------------------------------------------------- names

PEMERINTAH = [
    "Kabupaten Bengkulu Selatan",
    "Provinsi Bengkulu",
    "Kabupaten Bengkulu Utara",
    "Kabupaten Bengkulu Tengah",
    "Kabupaten Kaur",
    "Kabupaten Kepahiang",
    "Kabupaten Lebong",
    "Kabupaten Mukomuko",
    "Kabupaten Rejang Lebong",
    "Kabupaten Seluma",
    "Kota Bengkulu",
]

# (name, size factor)
OPD = [
    ("Sekretariat Daerah", 1.0),
    ("Dinas Pendidikan dan Kebudayaan", 2.6),
    ("Dinas Kesehatan", 2.4),
    ("Dinas Pekerjaan Umum dan Penataan Ruang", 2.2),
    ("Badan Perencanaan Pembangunan Daerah", 1.2),
    ("Badan Pengelola Keuangan dan Aset Daerah", 1.2),
    ("Inspektorat Daerah", 0.8),
    ("Sekretariat DPRD", 0.9),
    ("Badan Pendapatan Daerah", 1.0),
    ("Badan Kepegawaian dan Pengembangan Sumber Daya Manusia", 0.9),
    ("Badan Penanggulangan Bencana Daerah", 0.8),
    ("Badan Kesatuan Bangsa dan Politik", 0.6),
    ("Rumah Sakit Umum Daerah Hasanuddin Damrah", 1.8),
    ("Dinas Perumahan dan Kawasan Permukiman", 1.2),
    ("Satuan Polisi Pamong Praja", 0.7),
    ("Dinas Sosial", 1.1),
    ("Dinas Tenaga Kerja dan Transmigrasi", 0.9),
    ("Dinas Pemberdayaan Perempuan dan Perlindungan Anak", 0.8),
    ("Dinas Ketahanan Pangan", 0.9),
    ("Dinas Lingkungan Hidup", 1.0),
    ("Dinas Kependudukan dan Pencatatan Sipil", 0.8),
    ("Dinas Pemberdayaan Masyarakat dan Desa", 1.0),
    ("Dinas Pengendalian Penduduk dan Keluarga Berencana", 0.9),
    ("Dinas Perhubungan", 1.0),
    ("Dinas Komunikasi, Informatika dan Persandian", 0.9),
    ("Dinas Koperasi, Usaha Kecil dan Menengah", 0.8),
    ("Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", 0.8),
    ("Dinas Kepemudaan dan Olahraga", 0.7),
    ("Dinas Pariwisata", 0.8),
    ("Dinas Perpustakaan dan Kearsipan", 0.7),
    ("Dinas Perikanan", 1.0),
    ("Dinas Pertanian", 1.4),
    ("Dinas Perdagangan dan Perindustrian", 0.9),
    ("Dinas Pemadam Kebakaran dan Penyelamatan", 0.6),
    ("Kecamatan Manna", 0.45),
    ("Kecamatan Kota Manna", 0.45),
    ("Kecamatan Pino", 0.45),
    ("Kecamatan Seginim", 0.45),
    ("Kecamatan Kedurang", 0.45),
    ("Kecamatan Pasar Manna", 0.45),
]
_MEAN_FACTOR = sum(f for _, f in OPD) / len(OPD)

BIDANG = [
    "pelayanan publik",
    "tata kelola pemerintahan",
    "pengelolaan keuangan daerah",
    "pelayanan kesehatan dasar",
    "mutu pendidikan dasar",
    "infrastruktur jalan dan jembatan",
    "ketahanan pangan masyarakat",
    "kualitas lingkungan hidup",
    "pemberdayaan ekonomi desa",
    "perlindungan sosial",
    "kapasitas aparatur",
    "administrasi kependudukan",
    "pengendalian inflasi daerah",
    "penanggulangan bencana",
    "pelayanan perizinan",
]
OBJEK = [
    "Dokumen Perencanaan Perangkat Daerah",
    "Laporan Keuangan Perangkat Daerah",
    "Sarana dan Prasarana Kantor",
    "Data Kinerja Perangkat Daerah",
    "Produk Hukum Daerah",
    "Layanan Administrasi Perkantoran",
    "Kegiatan Monitoring dan Evaluasi",
    "Rumah Tidak Layak Huni",
    "Ruas Jalan Kabupaten",
    "Sekolah Dasar Terakreditasi",
    "Puskesmas Terakreditasi",
    "Kelompok Tani Binaan",
    "Usaha Mikro Binaan",
    "Desa Tangguh Bencana",
    "Arsip Daerah",
]
KEGIATAN_VERB = [
    "Penyusunan",
    "Pengelolaan",
    "Penyediaan",
    "Koordinasi dan Sinkronisasi",
    "Pembinaan dan Pengawasan",
    "Pemeliharaan",
    "Fasilitasi",
    "Evaluasi dan Pelaporan",
    "Peningkatan Kapasitas",
    "Pendataan",
]
PROGRAM = [
    "Program Penunjang Urusan Pemerintahan Daerah Kabupaten/Kota",
    "Program Perencanaan, Pengendalian dan Evaluasi Pembangunan Daerah",
    "Program Pengelolaan Keuangan Daerah",
    "Program Pemerintahan dan Kesejahteraan Rakyat",
    "Program Perekonomian dan Pembangunan",
    "Program Pengelolaan Pendidikan",
    "Program Pemenuhan Upaya Kesehatan Perorangan dan Upaya Kesehatan Masyarakat",
    "Program Penyelenggaraan Jalan",
    "Program Pemberdayaan Lembaga Kemasyarakatan dan Lembaga Adat",
    "Program Penanggulangan Bencana",
    "Program Pelayanan Penanaman Modal",
    "Program Pengelolaan Arsip",
]
SEBAB = [
    "keterbatasan anggaran yang tersedia",
    "belum optimalnya koordinasi antar perangkat daerah",
    "kurangnya tenaga teknis yang kompeten",
    "keterlambatan penyampaian data dari unit kerja",
    "refocusing anggaran pada tahun berjalan",
    "sarana dan prasarana kerja yang belum memadai",
    "rendahnya partisipasi masyarakat",
    "perubahan regulasi dari pemerintah pusat",
    "kondisi cuaca yang menghambat pelaksanaan pekerjaan fisik",
    "belum tersedianya sistem informasi yang terintegrasi",
]
UPAYA = [
    "meningkatkan koordinasi dan sinergi dengan perangkat daerah terkait",
    "mengusulkan penambahan anggaran pada APBD Perubahan",
    "melaksanakan bimbingan teknis bagi aparatur pengelola",
    "menyusun SOP pengumpulan data kinerja",
    "melakukan monitoring dan evaluasi secara berkala setiap triwulan",
    "memanfaatkan aplikasi daring untuk pelaporan",
    "melibatkan pemerintah desa dan tokoh masyarakat",
    "mempercepat proses pengadaan barang dan jasa",
    "memperbaiki kualitas dokumen perencanaan",
]
ISU = [
    "Belum memadainya tenaga teknis di lingkungan perangkat daerah",
    "Budaya kerja berbasis kinerja belum terbangun dengan baik",
    "Kurangnya dukungan sarana prasarana kerja",
    "Masih lemahnya koordinasi dan sinergi antar instansi",
    "Terbatasnya dukungan dana yang tersedia",
    "Rendahnya kualitas data pendukung capaian kinerja",
]
INOVASI = ["e-Kinerja", "SIPANDU", "Lapor Cepat", "MONALISA", "e-Arsip", "SiDesa Tangguh"]

# ---------------------------------------------------------------------------------------- values

#: Every value form; the first report measures use each once, the rest are drawn with these weights.
FORMS: dict[str, int] = {
    "decimal": 14,  # "3,22" vs "2,85"
    "percent": 18,  # "90%" vs "87,07%"
    "count": 30,  # "132 Surat"
    "grade": 4,  # "CC", "A (86,45)"
    "opinion": 2,  # "WTP"
    "range": 2,  # "3 ± 1"
    "threshold": 4,  # ">3,51", ">90%"
    "composite": 3,  # "10 Raperda, 50 Raperbup, 600 SK"
    "text": 2,  # "Tidak ada temuan"
    "missing": 4,  # null realisasi (or target)
    "neg_percent": 5,  # negative polarity, "12,5%" vs "13,1%"
    "neg_count": 3,  # negative polarity, "25 Kasus" vs "18 Kasus"
    "neg_threshold": 2,  # negative polarity, "<5%" vs "4,2%"
}
_FORM_NAMES = list(FORMS)
_FORM_WEIGHTS = list(FORMS.values())
COUNT_UNITS = ["Dokumen", "Surat", "kali", "Laporan", "Orang", "Unit", "Kegiatan", "Desa", "Paket"]
GRADES = ["C", "CC", "B", "BB", "A", "AA"]


def _dec(x: float, places: int = 2) -> str:
    """A number the way the reports print it: decimal comma, no thousands mark under 10,000."""
    return f"{x:.{places}f}".replace(".", ",")


def _grow(base: float, rng: random.Random, years: int) -> list[float]:
    return [base * (1 + 0.015 * i + rng.uniform(-0.01, 0.01)) for i in range(years)]


@dataclass
class MeasureText:
    satuan: str | None
    polaritas: str
    target: str | None
    realisasi: str | None
    target_akhir: str | None
    targets: dict[str, str]  # Renstra year targets
    history: dict[str, str]  # earlier realisasi
    name_hint: str


def _values(form: str, rng: random.Random, tahun: int) -> MeasureText:
    """Target, realisasi, Renstra targets and history of one measure in the given form."""
    under = rng.random() < 0.28  # about a quarter of the measures miss their target
    years = list(range(PERIODE[0] + 1, PERIODE[1] + 1))
    past = [y for y in range(FIRST_YEAR, tahun)]
    pos = "positif"
    if form == "decimal":
        base = rng.uniform(2.5, 90)
        series = _grow(base, rng, len(years))
        target = base * (1 + 0.015 * (tahun - PERIODE[0]))
        real = target * (rng.uniform(0.8, 0.99) if under else rng.uniform(1.0, 1.12))
        return MeasureText(
            rng.choice(["Nilai", "Indeks"]), pos, _dec(target), _dec(real), _dec(series[-1]),
            {str(y): _dec(v) for y, v in zip(years, series, strict=True)},
            {str(y): _dec(base * rng.uniform(0.9, 1.02)) for y in past}, "Nilai",
        )  # fmt: skip
    if form == "percent":
        target = rng.choice([80, 85, 87.07, 90, 95, 100])
        real = target * (rng.uniform(0.75, 0.99) if under else rng.uniform(1.0, 1.1))
        tt = f"{_dec(target).removesuffix(',00')}%"
        return MeasureText(
            "%", pos, tt, f"{_dec(real)}%", "100%",
            {str(y): f"{min(100, round(target) + i)}%" for i, y in enumerate(years)},
            {str(y): f"{_dec(target * rng.uniform(0.9, 1.0))}%" for y in past}, "Persentase",
        )  # fmt: skip
    if form in ("count", "neg_count"):
        unit = rng.choice(COUNT_UNITS) if form == "count" else rng.choice(["Kasus", "Temuan"])
        target_n = rng.choice([1, 2, 4, 6, 12, 18, 24, 90, 132, 200])
        if form == "count":
            real_n = round(target_n * (rng.uniform(0.5, 0.95) if under else rng.uniform(1, 1.2)))
        else:
            real_n = round(target_n * (rng.uniform(1.05, 1.5) if under else rng.uniform(0.6, 1)))
        return MeasureText(
            unit, pos if form == "count" else "negatif", f"{target_n} {unit}", f"{real_n} {unit}",
            f"{target_n} {unit}", {str(y): f"{target_n} {unit}" for y in years},
            {str(y): f"{target_n} {unit}" for y in past}, "Jumlah",
        )  # fmt: skip
    if form == "grade":
        i = rng.randrange(1, 4)
        target, real = GRADES[i], GRADES[max(0, i - 1)] if under else GRADES[i + 1]
        if rng.random() < 0.4:
            real = f"{real} ({_dec(rng.uniform(60, 92))})"
        return MeasureText(
            "Predikat", pos, target, real, GRADES[i + 1],
            {str(y): GRADES[min(5, i + (y - years[0]) // 2)] for y in years},
            {str(y): GRADES[i - 1] for y in past}, "Nilai",
        )  # fmt: skip
    if form == "opinion":
        real = "WDP" if under else "WTP"
        return MeasureText(
            "Opini", pos, "WTP", real, "WTP", {str(y): "WTP" for y in years},
            {str(y): rng.choice(["WTP", "WDP"]) for y in past}, "Opini",
        )  # fmt: skip
    if form == "range":
        real = _dec(rng.uniform(4.3, 5.5) if under else rng.uniform(2.1, 3.9))
        return MeasureText(
            "%", pos, "3 ± 1", rng.choice([real, "3 ± 1"]) if not under else real, "3 ± 1",
            {str(y): "3 ± 1" for y in years}, {str(y): _dec(rng.uniform(2, 4)) for y in past},
            "Tingkat",
        )  # fmt: skip
    if form in ("threshold", "neg_threshold"):
        if form == "neg_threshold":
            t = rng.choice([5, 10, 15])
            real = t * (rng.uniform(1.05, 1.3) if under else rng.uniform(0.6, 0.95))
            return MeasureText(
                "%", "negatif", f"<{t}%", f"{_dec(real, 1)}%", f"<{t}%",
                {str(y): f"<{t}%" for y in years}, {}, "Angka",
            )  # fmt: skip
        pct = rng.random() < 0.5
        t = rng.choice([77, 81, 90]) if pct else rng.choice([3.51, 3.2])
        real = t * (rng.uniform(0.85, 0.99) if under else rng.uniform(1.01, 1.15))
        shown = (lambda v: f"{round(v)}%") if pct else (lambda v: _dec(v))
        return MeasureText(
            "%" if pct else "Nilai", pos, f">{shown(t)}", shown(real), f">{shown(t)}",
            {str(y): f">{shown(t)}" for y in years}, {}, "Indeks",
        )  # fmt: skip
    if form == "composite":
        parts = [("Raperda", rng.choice([5, 10])), ("Raperbup", rng.choice([50, 75]))]
        parts.append(("SK", rng.choice([600, 677])))
        f = rng.uniform(0.5, 0.9) if under else rng.uniform(1.0, 1.3)
        target = ", ".join(f"{n} {u}" for u, n in parts)
        real = ", ".join(f"{round(n * f)} {u}" for u, n in parts)
        return MeasureText(
            "Dokumen", pos, target, real, target, {str(y): target for y in years}, {}, "Jumlah"
        )
    if form == "text":
        return MeasureText(
            "Temuan", "negatif", "0 Temuan", "Tidak ada temuan", "0 Temuan",
            {str(y): "0 Temuan" for y in years}, {}, "Jumlah",
        )  # fmt: skip
    if form == "neg_percent":
        t = rng.uniform(3, 20)
        real = t * (rng.uniform(1.03, 1.2) if under else rng.uniform(0.8, 0.99))
        return MeasureText(
            "%", "negatif", f"{_dec(t)}%", f"{_dec(real)}%", f"{_dec(t * 0.9)}%",
            {str(y): f"{_dec(t * (1 - 0.02 * i))}%" for i, y in enumerate(years)},
            {str(y): f"{_dec(t * 1.05)}%" for y in past}, "Persentase",
        )  # fmt: skip
    assert form == "missing", form
    m = _values(rng.choice(["decimal", "percent", "count"]), rng, tahun)
    if rng.random() < 0.8:
        m.realisasi = None
    else:
        m.target = None
    return m


# ---------------------------------------------------------------------------------------- text


def _sentence(rng: random.Random, indikator: str, m: MeasureText) -> str:
    return (
        f"Realisasi {indikator.lower()} sebesar {m.realisasi or '-'} dari target "
        f"{m.target or '-'} belum tercapai karena {rng.choice(SEBAB)} dan "
        f"{rng.choice(SEBAB)}, sehingga {rng.choice(BIDANG)} belum berjalan optimal."
    )


def _solution(rng: random.Random) -> str:
    return (
        f"Ke depan perangkat daerah akan {rng.choice(UPAYA)} serta {rng.choice(UPAYA)} "
        f"agar target tahun berikutnya dapat dicapai."
    )


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# ---------------------------------------------------------------------------------------- reports


@dataclass(frozen=True)
class ReportPlan:
    index: int
    pemerintah: str
    opd: str
    tahun: int
    measures: int

    @property
    def id(self) -> str:
        pemda = _slug(self.pemerintah.replace("Kabupaten ", "").replace("Provinsi ", "prov-"))
        return f"{pemda}-{_slug(self.opd)}-{self.tahun}"[:81].rstrip("-")

    @property
    def instansi(self) -> str:
        if self.opd.startswith("Kecamatan") or self.opd.startswith("Rumah Sakit"):
            return self.opd
        return f"{self.opd} {self.pemerintah}"


def plan(scale: Scale) -> list[ReportPlan]:
    """Every report of a scale, in a fixed order (the seed only changes their content)."""
    out = []
    pemdas = PEMERINTAH[: scale.pemerintah] if scale.pemerintah > 1 else PEMERINTAH[:1]
    for p in pemdas:
        for name, factor in OPD[: scale.opd]:
            for year in range(FIRST_YEAR, FIRST_YEAR + scale.years):
                size = scale.measures if scale.fixed_size else factor / _MEAN_FACTOR
                if not scale.fixed_size:
                    size = round(scale.measures * size)
                out.append(ReportPlan(len(out), p, name, year, max(12, int(size))))
    return out


def _measure(rng: random.Random, form: str, tahun: int, iku: bool) -> tuple[dict[str, Any], Any]:
    m = _values(form, rng, tahun)
    tw: list[str | None] = [None, None, None, m.realisasi]
    if iku and m.realisasi is not None and rng.random() < 0.3:
        tw = [m.realisasi] + [None] * 3 if rng.random() < 0.2 else tw
    out: dict[str, Any] = {
        "satuan": m.satuan,
        "polaritas": m.polaritas,
        "target": m.target,
        "realisasi": m.realisasi,
    }
    if iku:
        out |= {
            "targets": m.targets,
            "realisasi_history": m.history,
            "triwulan": tw,
            "target_akhir": m.target_akhir,
        }
    return out, m


def build_document(p: ReportPlan, seed: int) -> dict[str, Any]:
    """The nested document form (docs/report-format.md) of one planned report."""
    rng = random.Random(f"lkj-bench:{seed}:{p.index}")
    forms = _FORM_NAMES[:]
    rng.shuffle(forms)  # the first measures of every report use every form once

    def next_form() -> str:
        return forms.pop() if forms else rng.choices(_FORM_NAMES, _FORM_WEIGHTS)[0]

    n_iku = max(3, min(16, p.measures // 12))
    n_lain = max(1, n_iku // 5)
    n_tujuan = 1 + n_iku // 8
    remaining = p.measures - n_iku - n_lain
    # Sub kegiatan carry 1-2 indicator rows each (mean 1.5): spread them over the IKU.
    indicator_rows = max(n_iku, remaining)
    iku_nodes: list[dict[str, Any]] = []
    under_iku = 0
    for k in range(n_iku + n_lain):
        lainnya = k >= n_iku
        form = next_form()
        measure, m = _measure(rng, form, p.tahun, iku=True)
        bidang = rng.choice(BIDANG)
        name = f"{m.name_hint} {bidang}" if m.name_hint != "Opini" else "Opini BPK atas LKPD"
        node: dict[str, Any] = {
            "kind": "lainnya" if lainnya else "iku",
            "code": f"IKL {k - n_iku + 1}" if lainnya else f"IKU {k + 1}",
            "name": name[0].upper() + name[1:],
            "source": "Tabel 3.3.1" if lainnya else "Tabel 3.2",
            "info": {
                "definisi": f"Hasil pengukuran {bidang} oleh perangkat daerah",
                "sumber_data": rng.choice(["BPS", "Bagian Organisasi", "Kemendagri", "Internal"]),
                "penanggung_jawab": f"Bidang {bidang.title()}",
            },
            "measure": measure,
            "children": [],
        }
        likely_under = m.realisasi is not None and rng.random() < 0.6
        if likely_under or rng.random() < 0.15:
            node["permasalahan"] = [_sentence(rng, name, m) for _ in range(rng.randint(1, 2))]
            node["solusi"] = [_solution(rng) for _ in range(rng.randint(1, 2))]
            under_iku += 1
        if rng.random() < 0.7 and m.target is not None:
            capaian = _dec(rng.uniform(60, 130))
            measure["printed"] = [{"table": "Tabel 3.2", "field": "capaian", "value": capaian}]
        iku_nodes.append(node)

    # Programs → kegiatan → sub kegiatan → indicator rows under the IKU, round robin.
    rows_left = indicator_rows
    k = 0
    while rows_left > 0:
        parent = iku_nodes[k % n_iku]
        k += 1
        program = {
            "kind": "program",
            "name": rng.choice(PROGRAM),
            "source": f"Tabel 3.2.{k}",
            "children": [],
        }
        parent["children"].append(program)
        for _ in range(rng.randint(1, 3)):
            if rows_left <= 0:
                break
            objek = rng.choice(OBJEK)
            kegiatan = {
                "kind": "kegiatan",
                "name": f"{rng.choice(KEGIATAN_VERB)} {objek}",
                "source": f"Tabel 3.2.{k}.1",
                "children": [],
            }
            program["children"].append(kegiatan)
            for _ in range(rng.randint(2, 4)):
                if rows_left <= 0:
                    break
                sub_objek = rng.choice(OBJEK)
                sub = {
                    "kind": "subkegiatan",
                    "name": f"{rng.choice(KEGIATAN_VERB)} {sub_objek}",
                    "source": f"Tabel 3.2.{k}.1.1",
                    "children": [],
                }
                kegiatan["children"].append(sub)
                for _ in range(min(rows_left, rng.choice([1, 1, 2, 2, 3]))):
                    rows_left -= 1
                    measure, m = _measure(rng, next_form(), p.tahun, iku=False)
                    row: dict[str, Any] = {
                        "kind": "indikator_kegiatan",
                        "name": f"{m.name_hint} {sub_objek}",
                        "source": sub["source"],
                        "measure": measure,
                    }
                    if m.realisasi is None or rng.random() < 0.05:
                        row["permasalahan"] = [_sentence(rng, row["name"], m)]
                    sub["children"].append(row)

    tujuan_nodes: list[dict[str, Any]] = []
    sasaran_count = 0
    per_tujuan = -(-len(iku_nodes) // n_tujuan)
    for t in range(n_tujuan):
        mine = iku_nodes[t * per_tujuan : (t + 1) * per_tujuan]
        if not mine:
            break
        tujuan: dict[str, Any] = {
            "kind": "tujuan",
            "code": f"T{t + 1}",
            "name": f"Meningkatnya kualitas {rng.choice(BIDANG)}",
            "source": "Tabel 2.1",
            "info": {"indikator_tujuan": f"Indeks {rng.choice(BIDANG).title()}"},
            "children": [],
        }
        step = max(1, -(-len(mine) // rng.randint(1, 3)))
        for s in range(0, len(mine), step):
            sasaran_count += 1
            tujuan["children"].append(
                {
                    "kind": "sasaran",
                    "code": f"S{sasaran_count}",
                    "name": f"Meningkatnya {rng.choice(BIDANG)} yang akuntabel",
                    "info": {"misi": f"Misi {rng.randint(1, 5)}"},
                    "children": mine[s : s + step],
                }
            )
        tujuan_nodes.append(tujuan)

    return {
        "schema": 1,
        "report": {
            "id": p.id,
            "instansi": p.instansi,
            "pemerintah": f"Pemerintah {p.pemerintah}",
            "tahun": p.tahun,
            "periode": list(PERIODE),
            "misi": [f"Misi {i}: Mewujudkan {b}." for i, b in enumerate(rng.sample(BIDANG, 3), 1)],
            "isu_strategis": rng.sample(ISU, rng.randint(3, 6)),
            "perbaikan_kinerja": [_solution(rng) for _ in range(rng.randint(2, 3))],
            "inovasi": [
                {
                    "nama": n,
                    "legalitas": "SK Kepala Perangkat Daerah",
                    "manfaat": f"Mempermudah {rng.choice(BIDANG)}",
                    "keterangan": "",
                }
                for n in rng.sample(INOVASI, rng.randint(1, 3))
            ],
            "kesimpulan": [
                f"Capaian kinerja {p.instansi} tahun {p.tahun} merupakan cerminan pelaksanaan "
                "Renstra; beberapa indikator masih di bawah target dan memerlukan perhatian."
            ],
            "source": f"Data sintetis lkj-tui benchmarks (seed {seed}, laporan {p.index})",
            "scales": None,
            "printed": {"capaian_iku_rata_rata": f"{_dec(rng.uniform(80, 110))} %"},
        },
        "nodes": tujuan_nodes,
    }


# ---------------------------------------------------------------------------------------- writing


def _write_batch(out_dir: str, seed: int, plans: list[ReportPlan]) -> int:
    from lkj_tui.core.model import Report
    from lkj_tui.storage.store import Store

    store = Store(Path(out_dir))
    for p in plans:
        store.import_report(Report.from_document(build_document(p, seed)), overwrite=True)
    return len(plans)


def _chunks(items: list[ReportPlan], n: int) -> Iterator[list[ReportPlan]]:
    size = max(1, -(-len(items) // n))
    for i in range(0, len(items), size):
        yield items[i : i + size]


def generate(
    scale: str | Scale,
    out_dir: Path,
    seed: int = 1,
    *,
    jobs: int | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> list[ReportPlan]:
    """Write every report of ``scale`` into the store folder ``out_dir``; returns the plans."""
    sc = SCALES[scale] if isinstance(scale, str) else scale
    plans = plan(sc)
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = jobs or min(len(plans), os.cpu_count() or 1)
    if jobs <= 1 or len(plans) < 8:
        _write_batch(str(out_dir), seed, plans)
        return plans
    done = 0
    # Small batches keep every worker busy to the end and let the caller show progress.
    batches = list(_chunks(plans, max(jobs, len(plans) // 20)))
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for n in pool.map(_write_batch, [str(out_dir)] * len(batches), [seed] * len(batches),
                          batches):  # fmt: skip
            done += n
            if progress:
                progress(done, len(plans))
    return plans


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("scale", choices=list(SCALES))
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--jobs", type=int, default=None, help="processes (default: CPUs)")
    args = parser.parse_args(argv)
    if args.out_dir.exists() and any(args.out_dir.glob("*.json")):
        print(f"{args.out_dir} already holds reports; reports of the same id are replaced")
    start = time.perf_counter()

    def show(done: int, total: int) -> None:
        print(f"\r{done}/{total} reports", end="", file=sys.stderr, flush=True)

    plans = generate(args.scale, args.out_dir, args.seed, jobs=args.jobs, progress=show)
    elapsed = time.perf_counter() - start
    print(file=sys.stderr)
    print(
        f"{args.scale}: {len(plans)} reports, ≈ {sum(p.measures for p in plans):,} measures "
        f"in {args.out_dir} ({elapsed:.1f} s, seed {args.seed})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
