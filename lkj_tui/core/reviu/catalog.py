"""Every check of the reviu: its stable id, family, default severity, what it checks, the rule it
comes from and what the reviewer recommends (Bahasa Indonesia, English). docs/reviu.md lists them."""

from __future__ import annotations

from typing import Literal

from lkj_tui.core.record import record

Severity = Literal["error", "warning", "info"]
#: Severities, most serious first (the order findings are listed in).
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")

PAIR = tuple[str, str]

_PK = "PermenPAN-RB 53/2014 (Juknis Perjanjian Kinerja, Pelaporan Kinerja dan Reviu atas LKj)"
_LKE = "PermenPAN-RB 88/2021 (Evaluasi AKIP, LKE: kualitas pelaporan kinerja)"
_LKJ_B3 = f"{_PK}, Lampiran: isi Bab III LKj"
_ENGINE = "docs/capaian.md (rumus capaian BAB III LKj; Permendagri 54/2010 Tabel 3.1)"


@record
class CheckInfo:
    """One check: ``title`` names it, ``rule`` is the criterion (kriteria) with its ``source``,
    ``recommendation`` what the OPD should do (rekomendasi)."""

    id: str
    family: int
    severity: Severity
    title: PAIR
    rule: PAIR
    source: str
    recommendation: PAIR

    def __init__(
        self,
        id: str,
        family: int,
        severity: Severity,
        title: PAIR,
        rule: PAIR,
        source: str,
        recommendation: PAIR,
    ) -> None:
        vars(self).update(
            id=id,
            family=family,
            severity=severity,
            title=title,
            rule=rule,
            source=source,
            recommendation=recommendation,
        )

    def text(self, what: str, lang: str = "id") -> str:
        pair: PAIR = getattr(self, what)
        return pair[1] if lang == "en" else pair[0]


#: The families of the issue, in order (1 … 12).
FAMILIES: dict[int, PAIR] = {
    1: ("Angka tercetak vs hasil hitung", "Printed vs computed"),
    2: ("Target yang bertentangan", "Conflicting targets"),
    3: ("Data kosong", "Missing data"),
    4: ("Di bawah target tanpa analisis", "Under target without analysis"),
    5: ("Polaritas", "Polarity"),
    6: ("Satuan dan bentuk angka", "Units and forms"),
    7: ("Triwulan vs tahunan", "Quarters vs year"),
    8: ("Target nol dan kewajaran target", "Target zero and target realism"),
    9: ("Perbandingan dengan tahun lalu", "Comparison with earlier years"),
    10: ("Jalur Renstra", "Renstra path"),
    11: ("Anggaran dan efisiensi", "Budget and efficiency"),
    12: ("Struktur", "Structure"),
}

_FIX_FIGURE = (
    "Perbaiki angka yang tercetak agar sama dengan hasil hitung dari target dan realisasi, atau "
    "jelaskan cara hitung yang dipakai.",
    "Correct the printed figure to the one computed from target and realisasi, or state the method "
    "used.",
)

_CHECKS = (
    # 1 ------------------------------------------------------------------ printed vs computed
    CheckInfo(
        "printed-capaian",
        1,
        "error",
        ("Capaian tercetak berbeda dari hasil hitung", "Printed capaian differs from computed"),
        (
            "Capaian = realisasi ÷ target × 100 (makin rendah makin baik: (2T − R) ÷ T × 100), "
            "dibandingkan pada presisi yang dicetak.",
            "Capaian = realisasi ÷ target × 100 (lower is better: (2T − R) ÷ T × 100), compared at "
            "the printed precision.",
        ),
        f"{_ENGINE}; {_LKE}",
        _FIX_FIGURE,
    ),
    CheckInfo(
        "printed-capaian-renstra",
        1,
        "error",
        (
            "Capaian terhadap target akhir Renstra tercetak berbeda dari hasil hitung",
            "Printed progress to the Renstra end target differs from computed",
        ),
        (
            "Capaian s.d. tahun ini thd target Renstra = realisasi ÷ target akhir Renstra × 100.",
            "Progress to the Renstra target = realisasi ÷ Renstra end target × 100.",
        ),
        f"{_ENGINE}; {_LKJ_B3} (perbandingan dengan target jangka menengah)",
        _FIX_FIGURE,
    ),
    CheckInfo(
        "printed-average",
        1,
        "error",
        ("Rata-rata capaian tercetak berbeda", "Printed average capaian differs"),
        (
            "Rata-rata capaian = rata-rata capaian tiap indikator yang dihitung dari target dan "
            "realisasinya.",
            "Average capaian = the mean of each indicator's capaian computed from its target and "
            "realisasi.",
        ),
        f"{_ENGINE}; {_LKE}",
        _FIX_FIGURE,
    ),
    CheckInfo(
        "printed-count",
        1,
        "error",
        ("Jumlah indikator tercetak berbeda", "A printed count of indicators differs"),
        (
            "Jumlah IKU per golongan capaian dihitung dari capaian tiap IKU.",
            "The number of IKU per capaian class follows from each IKU's capaian.",
        ),
        f"{_ENGINE}; {_LKE}",
        _FIX_FIGURE,
    ),
    CheckInfo(
        "printed-kategori",
        1,
        "error",
        ("Kategori tercetak tidak sesuai capaian", "Printed rating contradicts the capaian"),
        (
            "Kategori capaian mengikuti skala Tabel 3.1 (Permendagri 54/2010) dari capaian yang "
            "dihitung.",
            "The rating follows the scale of Tabel 3.1 (Permendagri 54/2010) from the computed "
            "capaian.",
        ),
        _ENGINE,
        (
            "Sesuaikan penggolongan indikator dengan capaian yang dihitung.",
            "Align the indicator's classification with the computed capaian.",
        ),
    ),
    # 2 ------------------------------------------------------------------ conflicting targets
    CheckInfo(
        "target-conflict",
        2,
        "error",
        ("Target tahun ini tercetak berbeda-beda", "This year's target is printed differently"),
        (
            "Target tahun berjalan di LKj sama dengan target Perjanjian Kinerja dan target "
            "tahunan Renstra.",
            "The year's target in the LKj equals the Perjanjian Kinerja target and the Renstra's "
            "target for the year.",
        ),
        f"{_PK} (PK sebagai dasar pengukuran); {_LKE}",
        (
            "Tetapkan satu target (Perjanjian Kinerja) dan pakai di semua tabel; jelaskan bila "
            "target direvisi.",
            "Settle one target (the Perjanjian Kinerja) and use it in every table; explain any "
            "revision.",
        ),
    ),
    CheckInfo(
        "realisasi-conflict",
        2,
        "error",
        ("Realisasi tercetak berbeda-beda", "The realisasi is printed differently"),
        (
            "Satu realisasi (tahun ini, tahun lalu, per triwulan) sama di semua tabel dan narasi.",
            "One realisasi (this year, earlier years, per quarter) is the same in every table and "
            "in the text.",
        ),
        f"{_LKE} (informasi kinerja yang akurat dan konsisten)",
        (
            "Tetapkan realisasi yang benar (dengan buktinya) dan pakai di semua bagian LKj.",
            "Settle the right realisasi (with its evidence) and use it throughout the LKj.",
        ),
    ),
    # 3 ------------------------------------------------------------------ missing data
    CheckInfo(
        "missing-target",
        3,
        "error",
        ("Target kosong", "Target missing"),
        ("Setiap IKU memiliki target tahun ini.", "Every IKU has a target for the year."),
        _LKJ_B3,
        ("Lengkapi target dari Perjanjian Kinerja.", "Fill in the target from the PK."),
    ),
    CheckInfo(
        "missing-target-kegiatan",
        3,
        "warning",
        ("Indikator kegiatan tanpa target", "Activity indicator without a target"),
        (
            "Setiap indikator program/kegiatan memiliki target tahun ini, agar capaiannya terukur.",
            "Every program/activity indicator has a target for the year, so that its capaian "
            "can be measured.",
        ),
        f"{_LKJ_B3} (program dan kegiatan yang mendukung capaian)",
        (
            "Lengkapi target tahun ini dari Renja (rencana kerja) tahun itu.",
            "Fill in the year's target from that year's Renja (work plan).",
        ),
    ),
    CheckInfo(
        "missing-realisasi",
        3,
        "error",
        ("Realisasi kosong", "Realisasi missing"),
        (
            "Setiap indikator memiliki realisasi tahun ini (kosong bukan 0).",
            "Every indicator has a realisasi for the year (empty is not 0).",
        ),
        _LKJ_B3,
        (
            "Lengkapi realisasi atau jelaskan mengapa belum tersedia.",
            "Fill in the realisasi or explain why it is not available.",
        ),
    ),
    CheckInfo(
        "no-realisasi-yet",
        3,
        "info",
        ("Belum ada realisasi", "No realisasi yet"),
        (
            "Laporan tanpa realisasi sama sekali adalah rencana (mis. dari new --from): realisasi "
            "yang kosong dihitung sekali, targetnya tetap diperiksa.",
            "A report with no realisasi at all is a plan (e.g. from new --from): its empty "
            "realisasi are counted once, its targets are still checked.",
        ),
        _LKJ_B3,
        (
            "Isi realisasi setelah tahun berjalan (tombol e di TUI, atau lkj-tui set).",
            "Fill in the realisasi once the year is over (key e in the TUI, or lkj-tui set).",
        ),
    ),
    CheckInfo(
        "missing-satuan",
        3,
        "warning",
        ("Satuan kosong", "Unit missing"),
        ("Setiap IKU menyebut satuannya.", "Every IKU states its unit."),
        f"{_PK} (format PK dan IKU: indikator, satuan, target)",
        ("Lengkapi satuan indikator.", "State the indicator's unit."),
    ),
    CheckInfo(
        "missing-sumber-data",
        3,
        "warning",
        ("Sumber data kosong", "Data source missing"),
        (
            "Setiap IKU menyebut sumber datanya, agar angkanya dapat diverifikasi.",
            "Every IKU states its data source, so that its figures can be verified.",
        ),
        f"{_PK} (format IKU: sumber data; reviu: keandalan data kinerja)",
        (
            "Sebutkan sumber data indikator (instansi atau dokumen asal angkanya).",
            "State the indicator's data source (the agency or document its figures come from).",
        ),
    ),
    CheckInfo(
        "realisasi-dash",
        3,
        "info",
        (
            "Realisasi tahun sebelumnya tercetak “-” atau n/a",
            "An earlier realisasi is printed “-” or n/a",
        ),
        (
            "Realisasi tahun-tahun sebelumnya disajikan untuk perbandingan.",
            "Earlier years' realisasi are given for comparison.",
        ),
        _LKJ_B3,
        (
            "Isi realisasi tahun tersebut atau jelaskan mengapa tidak ada (mis. indikator baru).",
            "Fill in that year's realisasi or explain why there is none (e.g. a new indicator).",
        ),
    ),
    # 4 ------------------------------------------------------------------ analysis
    CheckInfo(
        "under-no-permasalahan",
        4,
        "warning",
        ("Di bawah target tanpa permasalahan", "Under target with no permasalahan"),
        (
            "Setiap kinerja yang tidak mencapai target dianalisis penyebabnya.",
            "Every performance under target has its causes analysed.",
        ),
        f"{_LKJ_B3} (analisis penyebab keberhasilan/kegagalan)",
        (
            "Uraikan penyebab tidak tercapainya target.",
            "Describe why the target was not met.",
        ),
    ),
    CheckInfo(
        "under-no-solusi",
        4,
        "warning",
        ("Di bawah target tanpa solusi", "Under target with no solusi"),
        (
            "Setiap kinerja yang tidak mencapai target disertai alternatif solusi.",
            "Every performance under target comes with alternative solutions.",
        ),
        f"{_LKJ_B3} (alternatif solusi yang telah dilakukan)",
        ("Uraikan langkah perbaikan.", "Describe the corrective steps."),
    ),
    # 5 ------------------------------------------------------------------ polaritas
    CheckInfo(
        "polaritas-name",
        5,
        "warning",
        (
            "Nama indikator berarti makin rendah makin baik, polaritas positif",
            "The name reads lower-is-better, polarity positive (higher is better)",
        ),
        (
            "Indikator yang makin rendah makin baik (kemiskinan, pengangguran, stunting, "
            "kematian…) dihitung dengan rumus negatif.",
            "Lower-is-better indicators (poverty, unemployment, stunting, deaths…) use the "
            "negative formula.",
        ),
        _ENGINE,
        (
            "Tetapkan polaritas negatif atau jelaskan mengapa makin tinggi makin baik.",
            "Set polarity negative (lower is better) or explain why higher is better.",
        ),
    ),
    CheckInfo(
        "polaritas-band",
        5,
        "warning",
        (
            "Target berupa rentang (±), polaritas bukan stabil",
            "A ± band target whose polarity is not stable",
        ),
        (
            "Target rentang (mis. inflasi 3 ± 1) berarti terbaik di dalam rentang: polaritas "
            "stabil.",
            "A band target (e.g. inflation 3 ± 1) means best inside the band: polarity stable.",
        ),
        f"{_ENGINE}; DOMAIN: naik/turun/stabil",
        ("Tetapkan polaritas stabil.", "Set polarity stable."),
    ),
    # 6 ------------------------------------------------------------------ units and forms
    CheckInfo(
        "percent-over-100",
        6,
        "warning",
        ("Persentase di atas 100 %", "A share above 100 %"),
        (
            "Persentase bagian dari keseluruhan (Persentase … yang …) tidak dapat melebihi 100 %.",
            "A share of a whole (Persentase … yang …) cannot exceed 100 %.",
        ),
        _LKE,
        ("Periksa realisasi dan cara hitungnya.", "Check the realisasi and how it is computed."),
    ),
    CheckInfo(
        "grade-vs-number",
        6,
        "warning",
        ("Predikat dibandingkan dengan angka", "A grade against a number"),
        (
            "Target dan realisasi memakai bentuk yang sama (predikat dengan predikat, angka "
            "dengan angka).",
            "Target and realisasi use one form (grade with grade, number with number).",
        ),
        _ENGINE,
        ("Samakan bentuk target dan realisasi.", "Use one form for target and realisasi."),
    ),
    CheckInfo(
        "satuan-number",
        6,
        "warning",
        ("Satuan predikat, nilainya angka", "A grade satuan with a number"),
        (
            "Indikator bersatuan Predikat atau Opini diberi target dan realisasi berupa predikat "
            "atau opini (BB, WTP), bukan angka.",
            "An indicator whose satuan is Predikat or Opini has a grade or opinion (BB, WTP) as "
            "its target and realisasi, not a number.",
        ),
        _ENGINE,
        (
            "Tulis predikat atau opini, atau ubah satuannya.",
            "Write a grade or an opinion, or change the satuan.",
        ),
    ),
    CheckInfo(
        "grade-score-range",
        6,
        "error",
        ("Skor predikat di luar 0–100", "A grade's score outside 0–100"),
        (
            "Angka yang dibandingkan dengan predikat dibaca sebagai skornya, 0–100.",
            "A number against a grade is read as its score, 0–100.",
        ),
        _LKE,
        ("Tulis skor 0–100 atau predikatnya.", "Write a score of 0–100 or the grade."),
    ),
    CheckInfo(
        "percent-vs-fraction",
        6,
        "error",
        ("Persen dibandingkan dengan pecahan", "A percent against a fraction"),
        (
            "Target dan realisasi memakai skala yang sama (90 % dengan 92 %, bukan dengan 0,92).",
            "Target and realisasi use one scale (90 % with 92 %, not with 0,92).",
        ),
        _ENGINE,
        ("Samakan skala target dan realisasi.", "Use one scale for target and realisasi."),
    ),
    CheckInfo(
        "not-measurable",
        6,
        "error",
        ("Capaian tidak terukur", "Capaian not measurable"),
        (
            "Capaian setiap indikator dapat dihitung dari target dan realisasinya: keduanya "
            "dalam bentuk yang dapat dibandingkan (angka dengan angka dalam satu satuan, "
            "predikat dengan predikat).",
            "Every indicator's capaian can be computed from its target and realisasi: both in "
            "forms that compare (numbers in one unit, grades with grades).",
        ),
        _ENGINE,
        (
            "Tulis target dan realisasi dalam satu bentuk, atau jelaskan cara menilainya.",
            "Write the target and realisasi in one form, or explain how it is assessed.",
        ),
    ),
    CheckInfo(
        "mixed-decimals",
        6,
        "info",
        ("Tanda desimal campuran", "Mixed decimal marks"),
        (
            "Angka ditulis dengan satu gaya (desimal koma: 88,51).",
            "Numbers use one style (decimal comma: 88,51).",
        ),
        "PUEBI / format angka Indonesia",
        ("Tulis semua desimal dengan koma.", "Write every decimal with a comma."),
    ),
    # 7 ------------------------------------------------------------------ triwulan
    CheckInfo(
        "triwulan-mismatch",
        7,
        "warning",
        (
            "Realisasi tahunan tidak cocok dengan triwulan",
            "Annual realisasi does not match quarters",
        ),
        (
            "Realisasi tahunan = jumlah triwulan (kumulatif), triwulan terakhir (nilai akhir) "
            "atau rata-ratanya (rata-rata), sesuai cara hitung indikator.",
            "The year's realisasi = the sum of quarters (kumulatif), the last quarter (nilai "
            "akhir) or their mean (rata-rata), per the indicator's cara hitung.",
        ),
        f"{_LKJ_B3}; docs/capaian.md (cara hitung)",
        (
            "Selaraskan realisasi tahunan dengan realisasi triwulan, sebutkan cara hitungnya.",
            "Align the year's realisasi with the quarters and state the cara hitung.",
        ),
    ),
    # 8 ------------------------------------------------------------------ target zero, realism
    CheckInfo(
        "target-zero",
        8,
        "error",
        ("Target 0: capaian tidak dapat dihitung", "Target 0: no capaian can be computed"),
        (
            "Target yang menjadi pembagi tidak boleh 0.",
            "A target used as the divisor cannot be 0.",
        ),
        _ENGINE,
        (
            "Nyatakan target yang terukur (bukan 0) atau rumus lain.",
            "State a measurable target (not 0) or another formula.",
        ),
    ),
    CheckInfo(
        "capaian-verdict",
        8,
        "warning",
        (
            "Hanya tercapai/tidak tercapai, tanpa persen capaian",
            "Only met/not met, no achievement %",
        ),
        (
            "Capaian dihitung sebagai persen (rumus BAB III); ambang 0 (> 0) tidak dapat menjadi "
            "pembagi, dan rumus positif maupun negatif tidak memberi persen yang bermakna untuk "
            "realisasi negatif: hanya tercapai atau tidak tercapai yang dapat dinyatakan.",
            "The capaian is a percentage (BAB III's formulas); a threshold of 0 (> 0) cannot be "
            "a divisor, and neither the positive nor the negative formula gives a meaningful "
            "percentage for a negative realisasi: only met or not met can be said.",
        ),
        _ENGINE,
        (
            "Nyatakan target yang terukur (bukan ambang 0), atau jelaskan realisasi negatif "
            "dan cara menilainya.",
            "State a measurable target (not a threshold of 0), or explain the negative "
            "realisasi and how it is assessed.",
        ),
    ),
    CheckInfo(
        "magnitude-apart",
        8,
        "warning",
        (
            "Realisasi dan target berbeda sepuluh kali lipat atau lebih",
            "Realisasi and target ten times apart or more",
        ),
        (
            "Target dan realisasi satu indikator ditulis pada skala dan satuan yang sama; "
            "berbeda sepuluh kali lipat atau lebih menandakan tanda desimal, satuan, atau skor "
            "predikat yang keliru, bukan capaian.",
            "An indicator's target and realisasi are written on one scale and in one unit; ten "
            "times apart or more suggests a wrong decimal mark, unit or grade score, not a "
            "capaian.",
        ),
        _LKE,
        (
            "Periksa angka target dan realisasi (tanda desimal, satuan, skor predikat); bila "
            "benar, jelaskan capaiannya dalam analisis.",
            "Check the target and realisasi figures (decimal mark, unit, grade score); if they "
            "are right, explain the capaian in the analysis.",
        ),
    ),
    CheckInfo(
        "capaian-over-150",
        8,
        "info",
        ("Capaian di atas 150 %", "Capaian above 150 %"),
        (
            "Target yang realistis tidak terlampaui jauh; capaian > 150 % menandakan target "
            "terlalu rendah atau data keliru.",
            "A realistic target is not exceeded by far; capaian > 150 % suggests a low target "
            "or wrong data.",
        ),
        f"{_LKE} (target kinerja yang menantang/realistis)",
        (
            "Tinjau kembali target tahun berikutnya.",
            "Review the next years' targets.",
        ),
    ),
    CheckInfo(
        "separator-slip",
        8,
        "warning",
        (
            "Capaian seperseribu: tanda titik atau koma tertukar",
            "Capaian a thousandth: a dot or comma slipped",
        ),
        (
            "Target dan realisasi ditulis dalam satu bentuk angka; “1.234” di samping “1,2” "
            "dibaca 1.234 (titik ribuan), dan capaian menjadi seperseribu capaian yang wajar.",
            "Target and realisasi are written in one form of number; “1.234” beside “1,2” is "
            "read as 1.234 (thousands dot), and the capaian becomes a thousandth of a likely one.",
        ),
        "PUEBI / format angka Indonesia",
        (
            "Tulis desimal dengan koma (1,234) atau ribuan dengan titik pada keduanya.",
            "Write a decimal with a comma (1,234), or thousands with a dot, in both.",
        ),
    ),
    CheckInfo(
        "target-below-last-year",
        8,
        "info",
        (
            "Realisasi tahun lalu sudah melampaui target tahun ini",
            "Last year's realisasi already exceeds this year's target",
        ),
        (
            "Target tahun ini menantang: di atas realisasi tahun lalu.",
            "This year's target is challenging: above last year's realisasi.",
        ),
        f"{_LKE} (target kinerja yang menantang)",
        ("Tinjau kembali target.", "Review the target."),
    ),
    # 9 ------------------------------------------------------------------ earlier years
    CheckInfo(
        "no-last-year",
        9,
        "warning",
        ("Tanpa realisasi tahun lalu", "No realisasi for last year"),
        (
            "LKj membandingkan realisasi tahun ini dengan tahun lalu.",
            "The LKj compares this year's realisasi with last year's.",
        ),
        f"{_LKJ_B3} (perbandingan dengan tahun lalu)",
        ("Sajikan realisasi tahun lalu.", "Give last year's realisasi."),
    ),
    CheckInfo(
        "decline-unexplained",
        9,
        "warning",
        (
            "Turun dari tahun lalu tanpa permasalahan",
            "Declined from last year with no permasalahan",
        ),
        (
            "Penurunan kinerja dibanding tahun lalu dianalisis penyebabnya.",
            "A decline from last year has its causes analysed.",
        ),
        f"{_LKJ_B3} (analisis penyebab)",
        ("Uraikan penyebab penurunan.", "Describe why it declined."),
    ),
    # 10 ----------------------------------------------------------------- Renstra path
    CheckInfo(
        "no-target-akhir",
        10,
        "warning",
        ("Tanpa target akhir Renstra", "No Renstra end target"),
        (
            "LKj membandingkan realisasi dengan target jangka menengah (Renstra).",
            "The LKj compares the realisasi with the medium-term (Renstra) target.",
        ),
        f"{_LKJ_B3} (perbandingan dengan target jangka menengah)",
        ("Sajikan target akhir Renstra.", "Give the Renstra end target."),
    ),
    CheckInfo(
        "renstra-conflict",
        10,
        "warning",
        (
            "Target Renstra tercetak berbeda-beda",
            "Renstra targets are printed differently",
        ),
        (
            "Target tahunan dan target akhir Renstra sama di semua tabel (Renstra, IKU, LKj).",
            "Yearly and end Renstra targets are the same in every table (Renstra, IKU, LKj).",
        ),
        f"{_PK}; {_LKE} (keselarasan dokumen perencanaan)",
        (
            "Selaraskan target dengan dokumen Renstra yang berlaku (atau perubahannya).",
            "Align the targets with the Renstra in force (or its revision).",
        ),
    ),
    CheckInfo(
        "renstra-path",
        10,
        "info",
        (
            "Target tahunan tidak menuju target akhir Renstra",
            "Yearly targets do not lead to the Renstra end target",
        ),
        (
            "Target tahunan Renstra bergerak menuju target akhir (tidak mundur).",
            "The Renstra's yearly targets move toward the end target (never back).",
        ),
        f"{_LKE} (target jangka menengah)",
        ("Tinjau target tahunan Renstra.", "Review the Renstra's yearly targets."),
    ),
    CheckInfo(
        "renstra-reached",
        10,
        "info",
        (
            "Target akhir Renstra sudah tercapai",
            "The Renstra end target is already reached",
        ),
        (
            "Target akhir Renstra yang tercapai sebelum akhir periode menandakan target terlalu "
            "rendah.",
            "An end target reached before the end of the period suggests it is too low.",
        ),
        f"{_LKE} (target kinerja yang menantang)",
        (
            "Pertimbangkan menaikkan target sisa periode Renstra.",
            "Consider raising the targets of the rest of the Renstra period.",
        ),
    ),
    # 11 ----------------------------------------------------------------- budget
    CheckInfo(
        "budget-missing",
        11,
        "warning",
        ("Anggaran atau realisasinya tidak disajikan", "Budget or its realisation not given"),
        (
            "LKj menyajikan anggaran dan realisasi anggaran per sasaran/program untuk analisis "
            "efisiensi.",
            "The LKj gives the budget and its realisation per sasaran/program for the efficiency "
            "analysis.",
        ),
        f"{_LKJ_B3} (realisasi anggaran; analisis efisiensi penggunaan sumber daya)",
        (
            "Sajikan anggaran dan realisasi anggaran per sasaran/program.",
            "Give the budget and its realisation per sasaran/program.",
        ),
    ),
    CheckInfo(
        "budget-sum",
        11,
        "error",
        ("Jumlah anggaran tidak cocok dengan rinciannya", "A budget total does not add up"),
        (
            "Setiap jumlah sama dengan jumlah rinciannya (“-” = nihil).",
            "Every total equals the sum of its lines (“-” = nil).",
        ),
        f"{_LKJ_B3} (realisasi anggaran)",
        (
            "Perbaiki jumlah atau lengkapi rincian yang tidak dicetak.",
            "Correct the total or add the lines left out.",
        ),
    ),
    CheckInfo(
        "budget-ambiguous",
        11,
        "warning",
        ("Angka anggaran bisa dibaca dua cara", "A budget figure reads two ways"),
        (
            "Setiap angka anggaran terbaca satu cara: “1,000” bisa 1 (koma desimal) atau 1.000 "
            "(koma ribuan, format Inggris).",
            "Every budget figure reads one way: “1,000” is 1 (decimal comma) or 1.000 (English "
            "thousands comma).",
        ),
        f"{_LKJ_B3} (realisasi anggaran)",
        (
            "Tulis angka dengan titik ribuan (1.000) atau tanpa koma (1), mis. lkj-tui set.",
            "Write the figure with a thousands dot (1.000) or without the comma (1), e.g. with "
            "lkj-tui set.",
        ),
    ),
    CheckInfo(
        "budget-conflict",
        11,
        "warning",
        (
            "Angka anggaran yang sama tercetak berbeda",
            "The same budget figure is printed differently",
        ),
        (
            "Satu angka anggaran sama di semua bagian LKj, atau perbedaannya dijelaskan "
            "(mis. APBD murni dan perubahan).",
            "A budget figure is the same throughout the LKj, or the difference is explained "
            "(e.g. original and revised APBD).",
        ),
        _LKE,
        (
            "Samakan angka atau sebutkan dasar masing-masing (APBD murni/perubahan, Renja, "
            "Renstra).",
            "Make the figures agree or name the basis of each (original/revised APBD, Renja, "
            "Renstra).",
        ),
    ),
    CheckInfo(
        "budget-efficiency",
        11,
        "info",
        ("Efisiensi: capaian − serapan anggaran", "Efficiency: capaian − budget absorption"),
        (
            "Efisiensi = capaian kinerja − serapan anggaran (realisasi ÷ anggaran × 100), "
            "digolongkan menurut skala efisiensi laporan.",
            "Efficiency = capaian − absorption (realisasi ÷ anggaran × 100), banded by the "
            "report's efficiency scale.",
        ),
        f"{_LKJ_B3} (analisis efisiensi); skala: docs/reviu.md",
        (
            "Uraikan efisiensi penggunaan anggaran dalam LKj.",
            "Discuss the efficiency of the budget's use in the LKj.",
        ),
    ),
    # 12 ----------------------------------------------------------------- structure
    CheckInfo(
        "sasaran-no-iku",
        12,
        "error",
        ("Sasaran tanpa IKU", "A sasaran without an IKU"),
        ("Setiap sasaran strategis diukur dengan IKU.", "Every sasaran is measured by an IKU."),
        f"{_PK} (IKU); PermenPAN-RB 09/2007",
        ("Tetapkan IKU sasaran ini.", "Set this sasaran's IKU."),
    ),
    CheckInfo(
        "iku-no-program",
        12,
        "info",
        ("IKU tanpa program/kegiatan pendukung", "An IKU with no supporting programme/activity"),
        (
            "LKj menganalisis program/kegiatan yang menunjang keberhasilan atau kegagalan "
            "pencapaian sasaran.",
            "The LKj analyses the programmes/activities behind the sasaran's success or failure.",
        ),
        f"{_LKJ_B3} (analisis program/kegiatan penunjang)",
        (
            "Kaitkan program/kegiatan yang mendukung IKU ini.",
            "Link the programmes/activities that support this IKU.",
        ),
    ),
    CheckInfo(
        "duplicate-indicator",
        12,
        "warning",
        ("Indikator ganda dalam satu sasaran", "Duplicate indicator under one sasaran"),
        ("Setiap indikator sasaran tercantum sekali.", "Each indicator is listed once."),
        _LKE,
        ("Hapus atau bedakan indikator yang ganda.", "Remove or distinguish the duplicate."),
    ),
    CheckInfo(
        "duplicate-code",
        12,
        "warning",
        ("Kode ganda", "Duplicate kode"),
        (
            "Setiap tujuan, sasaran dan indikator memiliki kodenya sendiri (kode program dan "
            "kegiatan boleh berulang).",
            "Every tujuan, sasaran and indicator has a kode of its own (a programme's or an "
            "activity's kode may repeat).",
        ),
        _LKE,
        (
            "Beri kode yang bebas pada salah satunya, mis. kode berikutnya yang disebut.",
            "Give one of them a free kode, e.g. the next free one named.",
        ),
    ),
    CheckInfo(
        "name-differs",
        12,
        "info",
        ("Nama indikator tercetak berbeda-beda", "The indicator is named differently"),
        (
            "Indikator di Perjanjian Kinerja, Renstra/IKU dan LKj sama (nama dan rumusannya).",
            "The indicator is the same in the Perjanjian Kinerja, the Renstra/IKU and the LKj "
            "(name and definition).",
        ),
        f"{_LKE} (keselarasan indikator PK, IKU dan LKj)",
        (
            "Seragamkan nama indikator di semua dokumen, atau jelaskan perbedaannya.",
            "Use one name for the indicator in every document, or explain the difference.",
        ),
    ),
    CheckInfo(
        "empty-node",
        12,
        "info",
        ("Baris tanpa indikator", "A row without indicators"),
        (
            "Setiap program/kegiatan/sub kegiatan yang disajikan memiliki indikator kinerja.",
            "Every programme/activity/sub-activity shown has a performance indicator.",
        ),
        f"{_LKJ_B3}",
        (
            "Lengkapi indikator atau hapus baris yang kosong.",
            "Add its indicators or drop the empty row.",
        ),
    ),
)

CHECKS: dict[str, CheckInfo] = {c.id: c for c in _CHECKS}
