"""Labels in Bahasa Indonesia (default) and English.

The domain words of the report (Tujuan, Sasaran, IKU, Capaian, Realisasi, Permasalahan, Solusi, the
rating labels…) are the interface's vocabulary. English is offered on request (``--lang en``); the
rating *values* in JSON stay the five Indonesian labels of Tabel 3.1 so scripts see one vocabulary.
Front ends keep their own screen-specific strings next to their code and use :func:`tr` for these.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Literal

from lkj_tui.core.numbers import format_id

if TYPE_CHECKING:
    from lkj_tui.core.achievement import Achievement

Lang = Literal["id", "en"]
LANGS: tuple[Lang, ...] = ("id", "en")

_LABELS: dict[str, tuple[str, str]] = {
    # node kinds
    "tujuan": ("Tujuan", "Goal (Tujuan)"),
    "sasaran": ("Sasaran", "Objective (Sasaran)"),
    "iku": ("IKU", "Key indicator (IKU)"),
    "lainnya": ("Indikator lainnya", "Other indicator"),
    "program": ("Program", "Programme"),
    "kegiatan": ("Kegiatan", "Activity (Kegiatan)"),
    "subkegiatan": ("Sub Kegiatan", "Sub-activity"),
    "indikator_kegiatan": ("Indikator kegiatan", "Activity indicator"),
    # measures
    "target": ("Target", "Target"),
    "realisasi": ("Realisasi", "Actual (Realisasi)"),
    "capaian": ("Capaian", "Achievement"),
    # (the years and offices side by side, compare, export --compare, the TUI's years and
    # overview: the report's own word in English too, as the glossary allows; "Achievement" did
    # not fit a kabupaten's table at 80 columns)
    "capaian_years": ("Capaian", "Capaian"),
    "rating": ("Kategori", "Rating"),
    "satuan": ("Satuan", "Unit"),
    "polaritas": ("Polaritas", "Polarity"),
    "positif": ("positif (makin tinggi makin baik)", "positive (higher is better)"),
    "negatif": ("negatif (makin rendah makin baik)", "negative (lower is better)"),
    "stabil": ("stabil (terbaik di dalam rentang target)", "stable (best inside the target band)"),
    "penanggung_jawab": ("Penanggung jawab", "Responsible unit"),
    "sumber_data": ("Sumber data", "Data source"),
    "definisi": ("Definisi/formula", "Definition/formula"),
    "target_akhir": ("Target akhir Renstra", "Final Renstra target"),
    "capaian_renstra": ("Capaian thd target Renstra", "Progress to Renstra target"),
    "dicetak": ("dicetak", "printed"),
    "laporan_mencetak": ("Laporan mencetak", "The report prints"),
    "triwulan": ("Triwulan", "Quarter"),
    "riwayat": ("Target dan realisasi", "Targets and actuals"),
    "permasalahan": ("Permasalahan", "Problems (Permasalahan)"),
    "solusi": ("Solusi", "Solutions (Solusi)"),
    "isu_strategis": ("Isu strategis", "Strategic issues"),
    "perbaikan_kinerja": ("Rencana perbaikan kinerja", "Performance improvement plan"),
    "inovasi": ("Inovasi", "Innovations"),
    "under_target": ("di bawah target", "under target"),
    "under_target_short": ("belum capai", "under"),
    "on_target": ("mencapai target", "on target"),
    "no_capaian": ("tidak terukur", "not measurable"),
    "verdict_met": ("tercapai", "met"),
    "verdict_not_met": ("tidak tercapai", "not met"),
    "average": ("Rata-rata capaian IKU", "Average IKU achievement"),
    "indicators": ("Indikator", "Indicators"),
    "belum_ada_permasalahan": ("belum ada permasalahan", "no problem recorded"),
    "belum_ada_solusi": ("belum ada solusi", "no solution recorded"),
    "instansi": ("Instansi", "Agency"),
    "tahun": ("Tahun", "Year"),
    # the five ratings of Tabel 3.1
    "Sangat Tinggi": ("Sangat Tinggi", "Very high"),
    "Tinggi": ("Tinggi", "High"),
    "Sedang": ("Sedang", "Medium"),
    "Rendah": ("Rendah", "Low"),
    "Sangat Rendah": ("Sangat Rendah", "Very low"),
}


_FIELDS: dict[str, tuple[str, str]] = {
    "capaian": ("capaian", "achievement"),
    "capaian_renstra": ("capaian Renstra", "Renstra achievement"),
    "target": ("target", "target"),
    "realisasi": ("realisasi", "realisasi"),
    "target_akhir": ("target akhir", "final target"),
    "kategori": ("kategori", "rating"),
    "name": ("nama", "name"),
}
_QUARTERS = frozenset("1234")
_ROMAN = ("I", "II", "III", "IV")


def quarter_label(n: int, lang: str = "id", target: bool = False) -> str:
    """A quarter (1–4) as users read it, where the keys ``tw1``…``tw4``, ``target_tw1``… (what
    ``lkj-tui set`` takes) would be: "Triwulan II", "Target triwulan II"; in English "Quarter 2",
    "Quarter 2 target"."""
    if lang == "en":
        return f"Quarter {n} target" if target else f"Quarter {n}"
    return f"Target triwulan {_ROMAN[n - 1]}" if target else f"Triwulan {_ROMAN[n - 1]}"


def field_label(field: str, lang: str = "id") -> str:
    """How a printed figure's field is named: "target:2025" → "target 2025", "triwulan:1" →
    "Triwulan I" ("Quarter 1"), "capaian_renstra" → "capaian Renstra". Text from the report: clean it where printed."""
    name, _, which = field.partition(":")
    if name == "triwulan" and which in _QUARTERS:
        return quarter_label(int(which), lang)
    pair = _FIELDS.get(name)
    word = (pair[1] if lang == "en" else pair[0]) if pair else name
    return f"{word} {which}".rstrip()


#: The ``table`` of a printed figure read from an import's ``capaian_tercetak`` column (the
#: name stored in the report; ``lkj_tui.importing``), shown in words (:func:`table_name`).
IMPORT_TABLE = "Impor"
_IMPORT_TABLE = ("Berkas impor", "Imported file")


def table_name(table: str, lang: str = "id") -> str:
    """A printed figure's table as shown: the report's own ("Tabel 3.2"), or for a figure of the
    imported file's ``capaian_tercetak`` column "Berkas impor" ("Imported file"), not its stored
    name "Impor" (``--json`` keeps the stored name). Text from the report: clean it where
    printed."""
    if table == IMPORT_TABLE:
        return _IMPORT_TABLE[1 if lang == "en" else 0]
    return table


def tr(key: str, lang: str = "id") -> str:
    """The label for ``key`` in ``lang``; an unknown key is returned as it is."""
    pair = _LABELS.get(key)
    if pair is None:
        return key
    return pair[1] if lang == "en" else pair[0]


def verdict_text(met: bool | None, lang: str = "id") -> str:
    """A verdict without a capaian % ("tercapai", "tidak tercapai"; docs/capaian.md, "Verdicts")."""
    return tr("verdict_met" if met else "verdict_not_met", lang)


def capaian_text(rounded: Decimal | None, lang: str = "id") -> str:
    """A capaian where a line names it ("Target lain: 3,30 → 86,36 %"): "tidak terukur" when there
    is none, in ``status``, the TUI and the export alike (a table's cell shows "—")."""
    return tr("no_capaian", lang) if rounded is None else f"{format_id(rounded)} %"


def achievement_text(ach: Achievement | None, lang: str = "id") -> str:
    """A capaian where a line names it, as :func:`capaian_text`; a verdict without a capaian %
    (docs/capaian.md, "Verdicts") as "n/a (tidak tercapai)", so no line says "tidak terukur" or
    "—" of a measure that has its verdict."""
    if ach is not None and ach.rounded is None and ach.verdict:
        return f"n/a ({verdict_text(ach.met, lang)})"
    return capaian_text(None if ach is None else ach.rounded, lang)


def target_said(
    figures: Sequence[tuple[str, str | None]],
    value: str,
    sources: str,
    lang: str,
    clean: Callable[[str], str],
) -> tuple[str, str]:
    """A target printed elsewhere and its sources as ``status``, the TUI and the export say them:
    several figures in one cell (``core.evaluate.conflict_figures``) each with the indicator its
    table names for it, the sources "…, satu sel" ("89,00 untuk “Opini …” dan 4,00 untuk
    “Standar Pelayanan Publik”", not "89,00 4,00"); else ``value``. ``clean`` cleans (or
    escapes) each text from the report for the front end's medium."""
    if not figures:
        return clean(value), sources
    en = lang == "en"
    said = [
        clean(f) if n is None else f"{clean(f)} {'for' if en else 'untuk'} “{clean(n)}”"
        for f, n in figures
    ]
    joined = f"{', '.join(said[:-1])} {'and' if en else 'dan'} {said[-1]}"
    return joined, f"{sources}, {'one cell' if en else 'satu sel'}"


def figure_said(figure: str | None, lang: str, clean: Callable[[str], str]) -> str:
    """Before a capaian against one figure of a cell of several indicators' figures
    (``TargetConflict.figure``: the seed's PK "89,00 4,00" read as 89,00 for this indicator, as
    ``check`` reads it): "terhadap 89,00: " / "against 89,00: "; "" for any other target."""
    if figure is None:
        return ""
    return f"{'against' if lang == 'en' else 'terhadap'} {clean(figure)}: "


#: The capaian methods (``Achievement.method``, docs/capaian.md section 6) a reader is shown in
#: words: by the kind of value they compare (core/messages.py's KINDS); the three polaritas and
#: "tidak terukur" by their labels above.
_METHOD_KINDS = {
    "rentang": "range",
    "ambang": "threshold",
    "predikat": "grade",
    "opini": "opinion",
    "komposit": "composite",
}
_METHODS: dict[str, tuple[str, str]] = {"teks_sama": ("teks yang sama", "the same text")}


def method_label(method: str, lang: str = "id") -> str:
    """How the capaian was worked out, in words ("positif (makin tinggi makin baik)", "ambang",
    "tidak terukur"…): what ``calc`` prints; its ``--json`` keeps the id (``method``)."""
    if method in ("positif", "negatif", "stabil"):  # the polaritas' labels
        return tr(method, lang)
    if method == "tidak_terukur":
        return tr("no_capaian", lang)
    if method in _METHOD_KINDS:
        from lkj_tui.core.messages import KINDS

        pair = KINDS[_METHOD_KINDS[method]]
    else:
        pair = _METHODS.get(method, (method.replace("_", " "),) * 2)
    return pair[1] if lang == "en" else pair[0]


def check_lang(lang: str) -> Lang:
    """Validate a ``--lang`` value."""
    if lang not in LANGS:
        from lkj_tui.core.numbers import show_raw  # only for the message

        # the value quoted cut: the repr of a megabyte (part 11 of the reliability suite)
        raise ValueError(f"bahasa tidak dikenal: {show_raw(lang, 40)} (pilih: id, en)")
    return lang
