"""A report → the rows of the flat template (``Data`` and ``Laporan``), the inverse of
:func:`lkj_tui.importing.rows.build_flat`: importing what this writes gives the same report. Pure."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence

from lkj_tui.core.model import Node, Report
from lkj_tui.importing.kept import KEPT_COLUMN, kept_cell
from lkj_tui.importing.rows import IMPORT_TABLE, META_KEYS, extra_key, extra_text

__all__ = ["HEADERS", "data_headers", "data_rows", "laporan_rows"]

_BEFORE_YEARS = (
    "level", "kode", "induk", "uraian", "satuan", "polaritas", "cara_hitung", "target",
    "realisasi", "tw1", "tw2", "tw3", "tw4", "target_tw1", "target_tw2", "target_tw3",
    "target_tw4", "target_akhir",
)  # fmt: skip
_AFTER_YEARS = (
    "capaian_tercetak", "tercetak", "penanggung_jawab", "definisi", "sumber_data",
    "permasalahan", "solusi", "anggaran", "realisasi_anggaran", "catatan", "tabel",
    "info_lain", "id",
)  # fmt: skip
#: The template's columns without year columns (an empty template).
HEADERS = (*_BEFORE_YEARS, *_AFTER_YEARS)
_INFO_COLUMNS = ("penanggung_jawab", "definisi", "sumber_data", "catatan")


def data_headers(report: Report | None, years: Iterable[int] = ()) -> list[str]:
    """The columns, with ``target_<year>``/``realisasi_<year>`` for every year the report uses,
    and :data:`~lkj_tui.importing.kept.KEPT_COLUMN` before ``id`` when a node holds a field this
    lkj-tui does not know."""
    targets: set[int] = set(years)
    history: set[int] = set()
    kept = False
    if report is not None:
        for node in report.walk():
            if node.measure is not None:
                targets.update(node.measure.targets)
                history.update(node.measure.realisasi_history)
            kept = kept or kept_cell(node) is not None
    year_cols = [f"realisasi_{y}" for y in sorted(history)] + [
        f"target_{y}" for y in sorted(targets)
    ]
    after = [*_AFTER_YEARS[:-1], KEPT_COLUMN, "id"] if kept else _AFTER_YEARS  # ("id" last)
    return [*_BEFORE_YEARS, *year_cols, *after]


def _safe_line(text: str) -> bool:
    return "\n" not in text and "\r" not in text and text.strip() == text and text != ""


def join_items(items: Iterable[str]) -> str | None:
    """One per line, or a JSON list when a line break or blank would not survive (an item with
    blanks around it: a cell's lines are read without them, ``rows.split_items``)."""
    texts = list(items)
    if not texts:
        return None
    if not texts[0].startswith("[") and all(
        t.strip() == t and t and "\n" not in t and "\r" not in t for t in texts
    ):
        return "\n".join(texts)
    return json.dumps(texts, ensure_ascii=False)


def _pairs(pairs: Sequence[tuple[str, ...]], sep: str) -> str | None:
    if not pairs:
        return None
    first = pairs[0][0]
    simple = not first.startswith(("{", "[")) and all(
        all(_safe_line(part) and sep not in part for part in pair[:-1])
        and _safe_line(pair[-1])
        and (sep != "|" or "|" not in pair[-1])
        for pair in pairs
    )
    if simple:
        return "\n".join(
            f" {sep} ".join(pair) if sep == "|" else f"{pair[0]}{sep} {pair[1]}" for pair in pairs
        )
    if sep == ":":
        return json.dumps(dict(pairs), ensure_ascii=False)  # type: ignore[arg-type]
    return json.dumps([list(p) for p in pairs], ensure_ascii=False)


def _info_lain(info: Mapping[str, str]) -> str | None:
    pairs = [(k, v) for k, v in info.items() if k not in _INFO_COLUMNS]
    return _pairs(pairs, ":")


def _parent_refs(report: Report) -> dict[str, str]:
    """How ``induk`` names each node: its ``kode`` when unique (and not an id), else its id."""
    codes = Counter(n.code for n in report.walk() if n.code)
    ids = {n.id for n in report.walk()}
    return {
        n.id: n.code if n.code and codes[n.code] == 1 and n.code not in ids else n.id
        for n in report.walk()
    }


def node_row(node: Node, refs: Mapping[str, str], headers: list[str]) -> list[str | None]:
    cells: dict[str, str | None] = {
        "level": node.kind,
        "kode": node.code or None,
        "induk": refs[node.parent] if node.parent is not None else None,
        "uraian": node.name,
        "permasalahan": join_items(i.text for i in node.permasalahan),
        "solusi": join_items(i.text for i in node.solusi),
        "anggaran": node.anggaran,
        "realisasi_anggaran": node.realisasi_anggaran,
        "tabel": node.source or None,
        "info_lain": _info_lain(node.info),
        KEPT_COLUMN: kept_cell(node),
        "id": node.id,
    }
    for key in _INFO_COLUMNS:
        cells[key] = node.info.get(key)
    m = node.measure
    if m is not None:
        cells |= {
            "satuan": m.satuan,
            "polaritas": m.polaritas,
            "cara_hitung": m.cara_hitung,
            "target": m.target,
            "realisasi": m.realisasi,
            "target_akhir": m.target_akhir,
        }
        for n in range(4):
            cells[f"tw{n + 1}"] = m.triwulan[n]
            cells[f"target_tw{n + 1}"] = m.target_triwulan[n]
        for year, text in m.targets.items():
            cells[f"target_{year}"] = text
        for year, text in m.realisasi_history.items():
            cells[f"realisasi_{year}"] = text
        printed = list(m.printed)
        if printed and printed[0].table == IMPORT_TABLE and printed[0].field == "capaian":
            cells["capaian_tercetak"] = printed.pop(0).value
        cells["tercetak"] = _pairs([(p.table, p.field, p.value) for p in printed], "|")
    return [cells.get(h) for h in headers]


def data_rows(report: Report, headers: list[str]) -> list[list[str | None]]:
    """One row per node in report order (parents before children)."""
    return list(each_data_row(report, headers))


def each_data_row(report: Report, headers: list[str]) -> Iterator[list[str | None]]:
    """:func:`data_rows` made one at a time, as they are written (a CSV of 100,000 rows)."""
    refs = _parent_refs(report)
    return (node_row(node, refs, headers) for node in report.walk())


def laporan_rows(report: Report | None) -> list[list[str | None]]:
    """``kunci | nilai`` rows of the ``Laporan`` sheet."""
    rows: list[list[str | None]] = [["kunci", "nilai"]]
    if report is None:
        return rows + [[k, None] for k in ("id", "instansi", "tahun", "pemerintah", "periode")]
    meta = report.meta
    values: dict[str, str | None] = {
        "id": meta.id,
        "instansi": meta.instansi,
        "tahun": str(meta.tahun),
        "pemerintah": meta.pemerintah or None,
        "periode": f"{meta.periode[0]}-{meta.periode[1]}" if meta.periode != (0, 0) else None,
        "sumber": meta.source or None,
        "misi": join_items(meta.misi),
        "isu_strategis": join_items(meta.isu_strategis),
        "perbaikan_kinerja": join_items(meta.perbaikan_kinerja),
        "kesimpulan": join_items(meta.kesimpulan),
        "inovasi": json.dumps([dict(i) for i in meta.inovasi], ensure_ascii=False)
        if meta.inovasi
        else None,
        "skala": json.dumps(dict(meta.scales), ensure_ascii=False)
        if meta.scales is not None
        else None,
        "tercetak": _pairs(list(meta.printed.items()), ":"),
    }
    rows += [[k, v] for k, v in values.items() if v is not None]
    for key, value in meta.to_dict().items():  # fields the template has no key of its own for
        # (an unknown field's null or empty value too: kept as it was, vals47)
        if key not in META_KEYS and (value not in (None, "", [], {}) or key in meta.extra):
            rows.append([extra_key(key) if key in meta.extra else key, extra_text(value)])
    return rows
