"""The "Catatan Hasil Reviu": the reviu's findings as a Markdown document for the Inspektorat's
working papers (``lkj-tui export --reviu``, docs/reviu.md).

Pure: an :class:`~lkj_tui.core.evaluate.Evaluation` and its :class:`~lkj_tui.core.reviu.Reviu` in,
a string (or its pieces) out. Per finding: kondisi (what the report shows, with the figures),
kriteria (the rule and its source) and rekomendasi. Every string that comes from the report passes
:mod:`lkj_tui.export.escape`, as in the export.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterator

from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.longvalue import NOTES_ROOM, clip_long_pieces
from lkj_tui.core.numbers import grouped
from lkj_tui.core.reviu import COVERAGE_ITEMS, SEVERITIES, Finding, Places, Reviu
from lkj_tui.export.escape import escape_cell, escape_inline, joined, memoized, plain
from lkj_tui.export.markdown import _date

__all__ = ["render_reviu", "reviu_pieces"]

_TEXT: dict[str, dict[str, str]] = {
    "id": {
        "title": "Catatan Hasil Reviu atas Laporan Kinerja {tahun}: {instansi}",
        "intro": "Reviu atas Laporan Kinerja (LKj) tahun {tahun}{pemerintah}, bahan kertas kerja "
        "reviu Inspektorat (PermenPAN-RB 53/2014). Disusun dengan lkj-tui pada {date}; setiap "
        "angka dihitung ulang dari target dan realisasi yang tercetak.",
        "summary": "Ringkasan",
        "severity": "Tingkat",
        "count": "Jumlah",
        "error": "Kesalahan",
        "warning": "Peringatan",
        "info": "Catatan",
        "coverage": "Cakupan isi LKj ({n} IKU)",
        "item": "Isi LKj",
        "have": "IKU yang memuatnya",
        "findings": "Temuan",
        "none": "Tidak ada temuan.",
        "empty": "Tidak ada temuan: laporan ini belum berisi IKU.",
        "report": "Laporan",
        "other": "Di luar sasaran",
        "kondisi": "Kondisi",
        "kriteria": "Kriteria",
        "rekomendasi": "Rekomendasi",
        "check": "Pemeriksaan",
    },
    "en": {
        "title": "Reviu notes on the Performance Report {tahun}: {instansi}",
        "intro": "Reviu of the performance report (LKj) {tahun}{pemerintah}, for the Inspektorat's "
        "working papers (PermenPAN-RB 53/2014). Prepared with lkj-tui on {date}; every figure is "
        "recomputed from the printed target and realisasi.",
        "summary": "Summary",
        "severity": "Severity",
        "count": "Count",
        "error": "Errors",
        "warning": "Warnings",
        "info": "Notes",
        "coverage": "Coverage of the LKj content ({n} IKU)",
        "item": "LKj content",
        "have": "IKU that have it",
        "findings": "Findings",
        "none": "No findings.",
        "empty": "No findings: this report has no IKU yet.",
        "report": "Report",
        "other": "Outside any sasaran",
        "kondisi": "Condition (kondisi)",
        "kriteria": "Criterion (kriteria)",
        "rekomendasi": "Recommendation (rekomendasi)",
        "check": "Check",
    },
}


def _where(
    evaluation: Evaluation, f: Finding, t: dict[str, str], places: Places
) -> tuple[str, str]:
    """(group heading, node label) of a finding, escaped."""
    report = evaluation.report
    node = report.get(f.node) if f.node else None
    if node is None:
        return t["report"], ""
    label = escape_cell(places(node))
    sasaran = report.sasaran_of(node.id)
    if sasaran is None:
        return t["other"], label
    head = escape_cell(" ".join(x for x in (sasaran.code, sasaran.name) if x))
    return head, "" if sasaran.id == node.id else label


def render_reviu(
    evaluation: Evaluation, reviu: Reviu, *, lang: str = "id", today: datetime.date | None = None
) -> str:
    """The Catatan Hasil Reviu of ``reviu`` (the findings of ``evaluation``'s report)."""
    return "".join(reviu_pieces(evaluation, reviu, lang=lang, today=today))


def reviu_pieces(
    evaluation: Evaluation, reviu: Reviu, *, lang: str = "id", today: datetime.date | None = None
) -> Iterator[str]:
    """:func:`render_reviu`'s text in pieces, made as they are written (``export --reviu``: the
    100,000-measure report's 70 MB document was held whole, and its bytes beside it)."""
    lang = "en" if lang == "en" else "id"
    blocks = _blocks(evaluation, reviu, _TEXT[lang], lang, today or datetime.date.today())
    # (a node's name and code are written in many places: escaped once each, memo)
    return clip_long_pieces(joined(memoized(blocks)), NOTES_ROOM, lang)  # ("9999… (200 digit)")


def _blocks(
    evaluation: Evaluation, reviu: Reviu, t: dict[str, str], lang: str, day: datetime.date
) -> Iterator[str]:
    """The document's blocks (headings, paragraphs, tables, a finding's list), in order."""
    meta = evaluation.report.meta
    pemerintah = f", {escape_cell(meta.pemerintah)}" if plain(meta.pemerintah) else ""
    counts = reviu.counts()
    yield "# " + t["title"].format(tahun=meta.tahun, instansi=escape_cell(meta.instansi) or "—")
    yield t["intro"].format(tahun=meta.tahun, pemerintah=pemerintah, date=_date(day, lang))
    yield f"## {t['summary']}"
    yield "\n".join(
        [f"| {t['severity']} | {t['count']} |", "| --- | ---: |"]
        + [f"| {t[s]} | {grouped(counts[s], lang)} |" for s in SEVERITIES]
    )
    if reviu.iku:  # (a report without an IKU, just made by new: no table of 0/0, vals36)
        yield f"### {t['coverage'].format(n=grouped(reviu.iku, lang))}"
        yield "\n".join(
            [f"| {t['item']} | {t['have']} |", "| --- | ---: |"]
            + [
                f"| {pair[1] if lang == 'en' else pair[0]} | "
                f"{reviu.coverage.get(k, 0)}/{reviu.iku} |"
                for k, pair in COVERAGE_ITEMS.items()
            ]
        )
    yield f"## {t['findings']}"
    if not reviu.findings:
        yield t["none" if reviu.iku else "empty"]
    number = 0
    places = Places(evaluation.report)
    for severity in SEVERITIES:
        found = [f for f in reviu.findings if f.severity == severity]
        if not found:
            continue
        yield f"### {t[severity]} ({grouped(len(found), lang)})"
        current = None
        for f in found:
            head, label = _where(evaluation, f, t, places)
            if head != current:
                yield f"#### {head}"
                current = head
            number += 1
            title = escape_cell(f.info.text("title", lang))
            yield f"{number}\\. **{title}**" + (f" — {label}" if label else "")
            yield "\n".join(
                [
                    f"- {t['kondisi']}: " + escape_inline(f.message(lang), indent="  "),
                    f"- {t['kriteria']}: "
                    + escape_inline(f"{f.info.text('rule', lang)} ({f.info.source})", indent="  "),
                    f"- {t['rekomendasi']}: "
                    + escape_inline(f.info.text("recommendation", lang), indent="  "),
                    f"- {t['check']}: {f.check}",
                ]
            )
