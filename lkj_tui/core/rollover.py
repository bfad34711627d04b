"""Next year's report from this one (``lkj-tui new --from``). Pure.

The same tree, codes, indicators and Renstra targets; the year's target is the Renstra target of the
new year; this year's realisasi moves into the history; realisasi, triwulan, printed figures,
permasalahan, solusi and budgets start empty. The old report is not touched (a new one is made). Each measured node keeps a link to the node it
was made from (``info["pendahulu"]``, see :mod:`lkj_tui.core.years`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import replace
from typing import Any

from lkj_tui.core.model import Measure, ModelError, Node, Report, ReportMeta, derived_id
from lkj_tui.core.years import LINK_KEY, link_value

__all__ = [
    "MADE_FROM",
    "default_report_id",
    "empty_report",
    "made_from",
    "next_report_id",
    "rollover",
]

#: The meta document's field naming what ``lkj-tui new --from`` made the report from: the old
#: report's id, its file's git blob id, the new year and the instansi given with ``--instansi``.
#: Two offices that each made next year's report have no common version in git; the merge
#: (``lkj_tui.sync.driver``) makes this one again from the old file as both had it, so that a
#: field only one office filled in merges without a conflict (docs/sharing.md).
MADE_FROM = "made_from"

_NO_QUARTERS = (None, None, None, None)
_SLUG = re.compile(r"[^a-z0-9]+")
#: A markup tag, "[bold]", "[/bold]", "[/]", "[link=…]": dropped from an id where the text closes
#: one ("[/"), so "Dinas [bold]Uji[/bold] X" is dinas-uji-x-2025 and "Dinas X [UPT]" keeps its
#: word.
_MARKUP = re.compile(r"\[/?(?:[a-z@#][^\[\]\n]{0,80})?\]")
#: The most characters of an id's name part (cut after a whole word where one ends in it).
ID_ROOM = 70


def default_report_id(instansi: str, tahun: int) -> str:
    """``sekretariat-daerah-kabupaten-x-2024`` from the instansi and the year (import, ``new``, the
    TUI's new report): its letters and digits only, no escape sequence, bidi control or markup
    tag ("Dinas [bold]Uji[/bold] X" was dinas-bold-uji-bold-x-2025), cut after a whole word
    (``ID_ROOM``); "laporan" when no letter or digit is left ("=!!"), as a text of another
    script."""
    import unicodedata

    from lkj_tui.core.sanitize import clean

    text = clean(instansi)
    if "[/" in text:
        text = _MARKUP.sub(" ", text)
    ascii_name = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _SLUG.sub("-", ascii_name.lower()).strip("-")
    if len(slug) > ID_ROOM:
        cut = slug.rfind("-", 0, ID_ROOM + 1)
        slug = slug[:cut] if cut > ID_ROOM // 3 else slug[:ID_ROOM]
    return f"{slug.strip('-') or 'laporan'}-{tahun}"


def next_report_id(old_id: str, old_year: int, new_year: int) -> str:
    """The old id with its (last) year replaced: ``setda-2023`` → ``setda-2024``."""
    matches = list(re.finditer(rf"(?<![0-9]){old_year}(?![0-9])", old_id))
    if matches:
        m = matches[-1]
        return f"{old_id[: m.start()]}{new_year}{old_id[m.end() :]}"
    return f"{old_id}-{new_year}"


def _measure(m: Measure, old_year: int, new_year: int) -> Measure:
    history = dict(m.realisasi_history)
    if m.realisasi is not None:
        history[old_year] = m.realisasi
    return Measure(
        satuan=m.satuan,
        polaritas=m.polaritas,
        target=m.targets.get(new_year),
        realisasi=None,
        targets=dict(m.targets),
        realisasi_history=dict(sorted(history.items())),
        triwulan=_NO_QUARTERS,
        target_akhir=m.target_akhir,
        printed=(),
        cara_hitung=m.cara_hitung,
        target_triwulan=_NO_QUARTERS,
    )


def rollover(old: Report, new_year: int, new_id: str | None = None) -> Report:
    """A new report for ``new_year`` built from ``old`` (which is left as it is)."""
    old_year = old.meta.tahun
    if new_year == old_year:
        raise ModelError("same year", year=old_year)
    report_id = new_id or next_report_id(old.meta.id, old_year, new_year)
    if report_id == old.meta.id:
        raise ModelError("same id", id=report_id)
    ids = {n.id: derived_id(report_id, n.id) for n in old.walk()}
    nodes = [
        Node(
            id=ids[n.id],
            kind=n.kind,
            name=n.name,
            parent=None if n.parent is None else ids[n.parent],
            order=n.order,
            code=n.code,
            source="",
            # a measured node names the node it was made from, so the years can be matched even
            # after its kode and name change (core/years.py)
            info=dict(n.info) | ({LINK_KEY: link_value(old.meta.id, n.id)} if n.measure else {}),
            measure=None if n.measure is None else _measure(n.measure, old_year, new_year),
        )
        for n in old.walk()
    ]
    meta = old.meta
    # What describes the plan (Renstra, visi, misi, strategi) carries over; what describes the year
    # (kesimpulan, inovasi, perbaikan, budget lines, printed figures, source) starts empty.
    fresh = ReportMeta(
        report_id,
        meta.instansi,
        new_year,
        pemerintah=meta.pemerintah,
        periode=meta.periode,
        misi=meta.misi,
        isu_strategis=meta.isu_strategis,
        scales=meta.scales,
    )
    return Report(replace(fresh, visi=meta.visi, strategi=meta.strategi), nodes)


def blob_id(data: bytes) -> str:
    """git's object id of a file with these bytes (``git hash-object``), its line ends as git
    keeps them (a clone on Windows with ``core.autocrlf`` has them as CR LF on disk)."""
    data = data.replace(b"\r\n", b"\n")
    return hashlib.sha1(b"blob %d\0" % len(data) + data, usedforsecurity=False).hexdigest()


def made_from(
    source_id: str, source_data: bytes, new: Report, instansi: str | None
) -> dict[str, Any]:
    """The :data:`MADE_FROM` record of ``new``, made by :func:`rollover` from the report
    ``source_id`` whose file held ``source_data`` (``instansi``: the one given instead of the old
    report's, if any)."""
    record: dict[str, Any] = {
        "report": source_id,
        "blob": blob_id(source_data),
        "tahun": new.meta.tahun,
    }
    if instansi:
        record["instansi"] = instansi
    return record


def remake(old: Report, record: dict[str, Any], report_id: str) -> Report:
    """The report :func:`rollover` made from ``old`` as ``record`` (:func:`made_from`) says."""
    report = rollover(old, int(record["tahun"]), report_id)
    instansi = record.get("instansi")
    if isinstance(instansi, str) and instansi:
        report.meta = replace(report.meta, instansi=instansi)
    return report


def empty_report(report_id: str, instansi: str, tahun: int) -> Report:
    """A report with no node yet (``lkj-tui new --report ID --instansi T --tahun Y``)."""
    return Report(ReportMeta(report_id, instansi, tahun), [])
