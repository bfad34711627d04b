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
    from lkj_tui.core.scales import Scales

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
    # (the report's own word in English too, as the glossary allows: "Achievement" did not fit
    # a kabupaten's table at 80 columns (compare, the TUI's years and overview); and so every
    # export, the TUI, whose help names the figure "capaian", and status, set and calc, whose
    # English said "Achievement" above a printed "Renstra capaian 96 %" (tui69))
    "capaian": ("Capaian", "Capaian"),
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
    "indicators": ("Indikator", "Indicators"),
    "belum_ada_permasalahan": ("belum ada permasalahan", "no problem recorded"),
    "belum_ada_solusi": ("belum ada solusi", "no solution recorded"),
    "instansi": ("Instansi", "Agency"),
    # (the head of a column of offices, `status --all`, `check --all`: the report's word, as the
    # overview and `compare` say it; the field's label is "Agency": docs/glossary.md)
    "instansi_column": ("Instansi", "Instansi"),
    "tahun": ("Tahun", "Year"),
    # the five ratings of Tabel 3.1
    "Sangat Tinggi": ("Sangat Tinggi", "Very high"),
    "Tinggi": ("Tinggi", "High"),
    "Sedang": ("Sedang", "Medium"),
    "Rendah": ("Rendah", "Low"),
    "Sangat Rendah": ("Sangat Rendah", "Very low"),
}


_FIELDS: dict[str, tuple[str, str]] = {
    # (a figure the report prints, named in its words, as the TUI's pane and the export say it)
    "capaian": ("capaian", "capaian"),
    "capaian_renstra": ("capaian Renstra", "Renstra capaian"),
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


def json_labels(ach: Achievement, scales: Scales, lang: str = "id") -> dict[str, str | None]:
    """The words a ``--json`` of one capaian (``calc``, ``set``) shows a user, in ``lang``, beside
    its stable values (``rating`` stays the report's label, ``method`` its id: one vocabulary for
    scripts): ``rating_label``, the rating as ``calc`` names it (in English the band's English
    name, "High", a region's own label as it is; a verdict, "achieved", where there is no
    rating; None where neither), and ``method_label`` ("positive (higher is better)"). With
    ``--lang en`` they said "Tinggi" and "positif" only (cli67)."""
    if ach.rating is not None:
        rating: str | None = scales.label_en(ach.rating) if lang == "en" else ach.rating
    else:
        rating = verdict_text(ach.met, lang) if ach.verdict else None
    return {"rating_label": rating, "method_label": method_label(ach.method, lang)}


def capaian_text(rounded: Decimal | None, lang: str = "id") -> str:
    """A capaian where a line names it ("Target lain: 3,30 → 86,36 %"): "tidak terukur" when there
    is none, in ``status``, the TUI and the export alike (a table's cell shows "—")."""
    return tr("no_capaian", lang) if rounded is None else f"{format_id(rounded)} %"


def explained(ach: Achievement, lang: str = "id") -> str:
    """How a capaian was computed, in the report's word: the engine's English sentence opens
    with "Achievement 50,00 %:", the export and the TUI say "Capaian" in English too, as their
    tables do (docs/glossary.md)."""
    text = ach.explanation(lang)
    lead = "Achievement "
    return "Capaian " + text[len(lead) :] if lang == "en" and text.startswith(lead) else text


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


#: What a document or record the model refuses has wrong (``core.model.ModelError``'s ``code``),
#: in Bahasa Indonesia and English; its ``values`` fill the braces. The words live here, the
#: model names the problem (an import with ``--lang en`` said "jenis simpul tidak dikenal").
_MODEL_PROBLEMS: dict[str, tuple[str, str]] = {
    "required": ("'{key}' wajib diisi", "'{key}' is required"),
    "type": ("'{key}' harus {what}, bukan {got}", "'{key}' must be {what}, not {got}"),
    "text list": ("'{key}' harus daftar teks", "'{key}' must be a list of texts"),
    "year map": ("'{key}' harus objek tahun → nilai", "'{key}' must be an object year → value"),
    "bad year": ("'{key}' memuat tahun tidak sah {year}", "'{key}' holds an invalid year {year}"),
    "year text": ("'{key}.{year}' harus teks", "'{key}.{year}' must be text"),
    "quarters": ("'{key}' harus 4 nilai teks atau null", "'{key}' must be 4 texts or nulls"),
    "item": (
        "butir harus teks atau objek {{id, text}}",
        "an item must be text or an object {{id, text}}",
    ),
    "object": ("harus objek", "must be an object"),
    "key object": ("'{key}' harus objek", "'{key}' must be an object"),
    "list": ("'{key}' harus daftar", "'{key}' must be a list"),
    "text object": ("'{key}' harus objek teks", "'{key}' must be an object of texts"),
    "object list": (
        "'{key}' harus daftar objek teks",
        "'{key}' must be a list of objects of texts",
    ),
    "object or null": ("'{key}' harus objek atau null", "'{key}' must be an object or null"),
    "printed item": ("printed[{i}] harus objek", "printed[{i}] must be an object"),
    "polaritas": (
        "polaritas harus 'positif', 'negatif' atau 'stabil', bukan {got}",
        "polaritas must be 'positif', 'negatif' or 'stabil', not {got}",
    ),
    "cara_hitung": (
        "cara_hitung harus 'kumulatif', 'nilai_akhir' atau 'rata_rata', bukan {got}",
        "cara_hitung must be 'kumulatif', 'nilai_akhir' or 'rata_rata', not {got}",
    ),
    "kind": ("jenis simpul tidak dikenal {kind}", "unknown node kind {kind}"),
    "item twice": ("id butir ganda {id} di '{key}'", "item id {id} twice in '{key}'"),
    "periode": (
        "'periode' harus [tahun_awal, tahun_akhir]",
        "'periode' must be [first_year, last_year]",
    ),
    "scales": ("{why}", "{why}"),
    "node twice": ("id simpul ganda: {id}", "node id twice: {id}"),
    "no parent": (
        "simpul {id}: induk {parent} tidak ada",
        "node {id}: its parent {parent} does not exist",
    ),
    "too deep": (
        "pohon laporan terlalu dalam: lebih dari {n} tingkat",
        "the report's tree is too deep: more than {n} levels",
    ),
    "too deep at": (
        "pohon laporan terlalu dalam: lebih dari {n} tingkat (simpul {id})",
        "the report's tree is too deep: more than {n} levels (node {id})",
    ),
    "cycle": (
        "siklus induk (induk melingkar), tiap simpul di bawah yang berikutnya: {shown}",
        "a parent cycle, each node under the next: {shown}",
    ),
    "moved": ("memindahkan simpul tidak didukung", "moving a node is not supported"),
    "id mismatch": (
        "simpul {id}: id tidak cocok ({other})",
        "node {id}: the id does not match ({other})",
    ),
    "detached": (
        "perubahan membuat simpul terputus dari pohon (induk melingkar)",
        "the change would cut nodes off the tree (a parent cycle)",
    ),
    "unreached": (
        "ada simpul yang tidak terhubung ke pohon laporan",
        "some nodes are not connected to the report's tree",
    ),
    "report id": ("id laporan tidak dapat diubah", "a report's id cannot be changed"),
    "document": ("dokumen laporan harus objek JSON", "a report document must be a JSON object"),
    "schema": (
        "versi skema {schema} tidak dikenal (didukung: {n})",
        "unknown schema version {schema} (supported: {n})",
    ),
    "same year": (  # (core.rollover: next year's report)
        "tahun baru sama dengan tahun laporan ({year})",
        "the new year is the report's own year ({year})",
    ),
    "same id": (
        "id laporan baru sama dengan yang lama ({id})",
        "the new report id is the old one's ({id})",
    ),
}
#: What a plain field must be (``type``'s ``what``), as ``core.model._FIELD_KINDS`` names it.
_MODEL_WHAT = {
    "teks": "text",
    "teks atau null": "text or null",
    "bilangan bulat": "an integer",
}
#: The length of a value a refusal of the model quotes whole (a document's polaritas of a
#: megabyte was a line of a megabyte: vals37); longer, its start and its length.
_QUOTE_ROOM = 42


def _quoted_value(value: object, lang: str) -> object:
    """``value`` as a refusal of the model says it: a value of the document (its ``repr``) longer
    than :data:`_QUOTE_ROOM` cut to its start and its length inside its quotes ("'XXXX…
    (1.048.576 karakter)'"); anything else as it is."""
    from lkj_tui.core.longvalue import quoted

    if isinstance(value, str) and len(value) > _QUOTE_ROOM and value[0] == value[-1] in "'\"":
        return value[0] + quoted(value[1:-1], lang) + value[0]
    return value  # (a sentence of ours, "scales: batas bawah …", as it is)


#: How a place in a document (``ModelError.where``) begins in Bahasa Indonesia: "simpul 0.1".
_WHERE_NODE = "simpul "


def model_problem(code: str, where: str, values: dict[str, object], lang: str = "id") -> str:
    """A ``ModelError`` in ``lang``: its place, then its problem ("simpul 0.1 ab12: jenis simpul
    tidak dikenal 'x'", "node 0.1 ab12: unknown node kind 'x'"); a code this table does not know
    is a sentence said as it is (``ModelError("…")`` of older callers)."""
    pair = _MODEL_PROBLEMS.get(code)
    if any(isinstance(v, str) and len(v) > _QUOTE_ROOM for v in values.values()):
        values = {k: _quoted_value(v, lang) for k, v in values.items()}
    if pair is None:
        said = code
    elif lang == "en":
        what = values.get("what")
        said = pair[1].format(**{**values, "what": _MODEL_WHAT.get(str(what), what)})
        if where.startswith(_WHERE_NODE):
            where = f"node {where[len(_WHERE_NODE) :]}"
    else:
        said = pair[0].format(**values)
    return f"{where}: {said}" if where else said
