"""Markdown for several reports: the year-over-year comparison (``export --compare``) and the
region's roll-up (``export --all``). Pure: evaluations in, a string out; every user or report string
goes through :mod:`lkj_tui.export.escape`."""

from __future__ import annotations

import datetime
from collections.abc import Iterator, Mapping, Sequence
from decimal import Decimal
from typing import Any

from lkj_tui.core.achievement import Achievement
from lkj_tui.core.compare import (
    Comparison,
    Row,
    SameIku,
    apart_text,
    change_legend,
    groups,
    parents_text,
)
from lkj_tui.core.evaluate import Evaluation, Summary, total
from lkj_tui.core.i18n import achievement_text, check_lang, tr, verdict_text
from lkj_tui.core.longvalue import NOTES_ROOM, clip_long_pieces
from lkj_tui.core.model import Node, ReportMeta, listed_once
from lkj_tui.core.numbers import format_id, grouped
from lkj_tui.core.sanitize import clean, clean_line
from lkj_tui.core.years import (
    Renamed,
    government,
    norm_name,
    office_name,
    same_office,
    satuan_text,
    units_text,
    verdict_change_text,
)
from lkj_tui.export.escape import (
    code,
    escape_cell,
    escape_inline,
    escape_parts,
    joined,
    memo,
    memoized,
    plain,
)

__all__ = ["comparison_pieces", "render_comparison", "render_rollup", "rollup_workbook"]

UNDER_MARK = "▼"
_TEXT: dict[str, dict[str, str]] = {
    "id": {
        "cmp_title": "Perbandingan dengan LKj {a}",
        "cmp_intro": "{instansi}: {b} dibandingkan dengan {a}. {counts}",
        "counts": "{matched} indikator cocok, {new} baru, {dropped} hilang, {ambiguous} ambigu; "
        "realisasi lebih baik pada {better}, lebih buruk pada {worse}.",
        "code": "Kode",
        "indicator": "Indikator",
        "change": "Perubahan",
        "better": "lebih baik",
        "worse": "lebih buruk",
        "points": "poin",
        "new": "Indikator baru ({n})",
        "dropped": "Indikator yang tidak ada lagi ({n})",
        "ambiguous": "Tidak dicocokkan, ambigu ({n})",
        "candidates": "kemungkinan",
        "group:lainnya": "Indikator kinerja lainnya",
        "group:indikator_kegiatan": "Indikator kegiatan",
        "by:name": "dicocokkan dengan nama",
        "by:parents": "dicocokkan dengan nama dan induknya",
        "by:link": "dicocokkan dengan tautan rollover",
        "cmp_title_across": "Perbandingan LKj A → B",
        "cmp_intro_across": "A: {a}. B: {b}. {counts}",
        "side": "{instansi} ({tahun}, {id})",
        "by_name_only": "Instansi berbeda: indikator dicocokkan dengan nama saja.",
        "renamed_cmp": "Instansi yang sama dengan nama lain: pada {a} bernama {before}.",
        "counts_across": "{matched} indikator cocok, {new} hanya di B, {dropped} hanya di A, "
        "{ambiguous} ambigu; realisasi B lebih baik pada {better}, lebih buruk pada {worse}.",
        "new_across": "Indikator yang hanya ada di B ({n})",
        "dropped_across": "Indikator yang hanya ada di A ({n})",
        "roll_title": "Rekap Kinerja Seluruh OPD{region}{tahun}",
        "roll_intro": "Bahan rapat evaluasi tingkat daerah: {n} laporan, terburuk dulu. "
        "Per OPD, IKU di bawah target ({mark}) dengan permasalahan dan solusinya. "
        "Diekspor dari lkj-tui pada {date}.",
        "roll_table": "Ringkasan per OPD",
        "report": "Laporan",
        "instansi": "Instansi",
        "tahun": "Tahun",
        "under": "Di bawah target",
        "average": "Rata-rata capaian",
        "of_iku": " ({m} dari {n} IKU)",
        "total": "Jumlah ({n} OPD)",
        "against": "Dibanding {prev}",
        "against_cell": "{points} poin ({prev}: {avg})",
        "against_both": "{points} poin ({prev}: {avg}; {year}: {now})",
        "against_of": "; {m} dari {n} OPD",
        "same": "; atas {k} IKU yang sama",
        "renamed_out": "; {n} IKU yang namanya berubah tidak dihitung",
        "none_same": "— ({prev}: tidak ada IKU yang sama dengan capaian)",
        "unlike_head": "Catatan perbandingan",
        "average_before": "Rata-rata capaian {prev} (IKU yang sama)",
        "points_head": "Perubahan (poin)",
        "none_under": "Semua IKU mencapai target.",
        "missing": "belum ada (perlu ditetapkan dalam rapat)",
        "same_as": "sama dengan {ref} di atas.",
        "same_as_cell": "sama dengan {ref}",
        "unreadable": "Tidak terbaca",
        "without": "OPD tanpa laporan {tahun} ({n})",
        "without_intro": "Laporan tahun lain ada di penyimpanan; laporan {tahun} belum ada.",
        "held": "laporan yang ada: {years}",
        "sheet_without": "Tanpa laporan {tahun}",
        "renamed": "OPD dengan nama lain di tahun lain ({n})",
        "renamed_intro": "Laporan {tahun} ini dipasangkan dengan laporan tahun lain dari "
        "instansi dengan nama lain; instansi itu tidak dihitung sebagai OPD tanpa laporan.",
        "renamed_item": "{instansi} — {when} {before} (laporan yang ada: {years}); {how}",
        "when:before": "dahulu",
        "when:after": "kemudian bernama",
        "when:both": "juga bernama",
        "how:link": "dibuat dengan {command}",
        "how:id": "id laporannya sama kecuali tahunnya ({earlier})",
        "years": "Tahun laporan yang ada",
        "sheet_renamed": "Nama lain",
        "other_name": "Nama di tahun lain",
        "when": "Hubungan",
        "paired": "Dipasangkan karena",
    },
    "en": {
        "cmp_title": "Comparison with the LKj of {a}",
        "cmp_intro": "{instansi}: {b} compared with {a}. {counts}",
        "counts": "{matched} indicators matched, {new} new, {dropped} dropped, {ambiguous} "
        "ambiguous; realisasi better for {better}, worse for {worse}.",
        "code": "Code",
        "indicator": "Indicator",
        "change": "Change",
        "better": "better",
        "worse": "worse",
        "points": "points",
        "new": "New indicators ({n})",
        "dropped": "Indicators no longer reported ({n})",
        "ambiguous": "Not matched, ambiguous ({n})",
        "candidates": "candidates",
        "group:lainnya": "Other performance indicators",
        "group:indikator_kegiatan": "Activity indicators",
        "by:name": "matched by name",
        "by:parents": "matched by name and parents",
        "by:link": "matched by the rollover link",
        "cmp_title_across": "LKj comparison A → B",
        "cmp_intro_across": "A: {a}. B: {b}. {counts}",
        "side": "{instansi} ({tahun}, {id})",
        "by_name_only": "Different instansi: indicators matched by name only.",
        "renamed_cmp": "One instansi under another name: in {a} it was named {before}.",
        "counts_across": "{matched} indicators matched, {new} only in B, {dropped} only in A, "
        "{ambiguous} ambiguous; realisasi of B better for {better}, worse for {worse}.",
        "new_across": "Indicators only in B ({n})",
        "dropped_across": "Indicators only in A ({n})",
        "roll_title": "Performance roll-up of every OPD{region}{tahun}",
        "roll_intro": "For a region-wide evaluation meeting: {n} {reports}, worst first. Per OPD, "
        "the IKU under target ({mark}) with their permasalahan and solusi. Exported from lkj-tui "
        "on {date}.",
        "roll_table": "Summary per OPD",
        "report": "Report",
        "instansi": "Instansi",
        "tahun": "Year",
        "under": "Under target",
        "average": "Average capaian",
        "of_iku": " ({m} of {n} IKU)",
        "total": "Total ({n} offices)",
        "against": "Against {prev}",
        "against_cell": "{points} points ({prev}: {avg})",
        "against_both": "{points} points ({prev}: {avg}; {year}: {now})",
        "against_of": "; {m} of {n} offices",
        "same": "; over the {k} IKU both years have",
        "renamed_out": "; {n} renamed IKU left out",
        "none_same": "— ({prev}: no IKU in both years with a capaian)",
        "unlike_head": "Comparison note",
        "average_before": "Average capaian {prev} (same IKU)",
        "points_head": "Change (points)",
        "none_under": "Every IKU met its target.",
        "missing": "none yet (to be assigned in the meeting)",
        "same_as": "the same as {ref}'s above.",
        "same_as_cell": "the same as {ref}'s",
        "unreadable": "Unreadable",
        "without": "Offices without a report for {tahun} ({n})",
        "without_intro": "The store holds their reports of other years, none of {tahun}.",
        "held": "reports held: {years}",
        "renamed": "Offices named otherwise in other years ({n})",
        "renamed_intro": "These reports of {tahun} are paired with the reports of other years of "
        "an instansi of another name; that instansi is not counted as an office without a report.",
        "renamed_item": "{instansi} — {when} {before} (reports held: {years}); {how}",
        "when:before": "formerly",
        "when:after": "later named",
        "when:both": "also named",
        "how:link": "made with {command}",
        "how:id": "its report id is the same but for the year ({earlier})",
        "sheet_without": "No report {tahun}",
        "years": "Years of the reports held",
        "sheet_renamed": "Other names",
        "other_name": "Name in other years",
        "when": "Relation",
        "paired": "Paired because",
    },
}


def _pct(value: Decimal | None) -> str:
    return "—" if value is None else f"{format_id(value)} %"


def _cell(ach: Achievement | None, lang: str) -> str:
    """A capaian in a table's cell: "88,51 %", "n/a" for a verdict without a capaian % (its
    verdict in the rating's column, as ``compare`` and the summary's table show it), else "—"."""
    if ach is not None and ach.verdict:
        return ach.format(lang)
    return _pct(ach.rounded if ach else None)


def change_cell(row: Row, t: dict[str, str], lang: str) -> str:
    parts = []
    moved = row.realisasi
    if row.apart is not None:  # (two indicators, or two units: no change to tell)
        parts.append(apart_text(row.apart, lang))
    if moved is not None:
        text = moved.shown(lang)
        if moved.better is not None:
            text += f" ({t['better'] if moved.better else t['worse']})"
        parts.append(text)
    if row.capaian_points is not None and row.capaian_points != 0:
        sign = "+" if row.capaian_points > 0 else "−"
        parts.append(
            f"{tr('capaian', lang).lower()} {sign}{format_id(abs(row.capaian_points))} "
            f"{t['points']}"
        )
    if row.verdicts is not None:  # no capaian % in a year: met or not says how it moved
        before, after = row.verdicts
        text = verdict_change_text(row.verdicts, lang)
        parts.append(text if before == after else f"{text} ({t['better' if after else 'worse']})")
    return "; ".join(parts) or "—"


def _units_item(row: Row, labels: tuple[str, str], lang: str) -> str:
    """A list item for a row whose realisasi are of two units (``satuan berbeda``): both units
    and what to do (:func:`~lkj_tui.core.years.units_text`; years66: the cell said neither)."""
    units = row.units
    assert units is not None and row.old is not None and row.new is not None
    mo, mn = row.old.node.measure, row.new.node.measure
    assert mo is not None and mn is not None
    kode = escape_cell(row.node.code) or escape_cell(row.node.name)
    values = (escape_cell(mo.realisasi or ""), escape_cell(mn.realisasi or ""))
    both = (escape_cell(units[0]), escape_cell(units[1]))
    satuan = escape_cell(mn.satuan or mo.satuan or "")
    return "- " + units_text(kode, both, values, labels, lang, satuan)


def render_comparison(comparison: Comparison, rows: Sequence[Row], lang: str = "id") -> str:
    """The comparison as a Markdown section (``##``), for the end of the meeting summary."""
    return "".join(comparison_pieces(comparison, rows, lang))


def comparison_pieces(
    comparison: Comparison, rows: Sequence[Row], lang: str = "id"
) -> Iterator[str]:
    """:func:`render_comparison`'s text in pieces, made as they are written (``export
    --compare``)."""
    lang = check_lang(lang)
    # (a node's name and code are written in many places: escaped once each, memo)
    blocks = memoized(_comparison_blocks(comparison, rows, lang, _TEXT[lang]))
    return clip_long_pieces(joined(blocks), NOTES_ROOM, lang)  # ("9999… (200 digit)")


def _comparison_blocks(
    comparison: Comparison, rows: Sequence[Row], lang: str, t: dict[str, str]
) -> Iterator[str | Iterator[str]]:
    """The section's blocks, a table's lines as they are made."""
    old, new = comparison.old.report.meta, comparison.new.report.meta
    a, b = comparison.labels
    across = comparison.across
    if across:  # two offices (or one year twice): the sides are A and B, each named once

        def side(meta: ReportMeta) -> str:
            instansi = escape_cell(meta.instansi) or "—"
            return t["side"].format(instansi=instansi, tahun=meta.tahun, id=escape_cell(meta.id))

        intro = t["cmp_intro_across"].format(
            a=side(old), b=side(new), counts=t["counts_across"].format(**comparison.counts(rows))
        )
        if not same_office(old, new):
            intro += " " + t["by_name_only"]
        yield f"## {t['cmp_title_across']}"
        yield intro
    else:
        yield f"## {t['cmp_title'].format(a=a)}"
        intro = t["cmp_intro"].format(
            instansi=escape_cell(new.instansi) or "—",
            a=a,
            b=b,
            counts=t["counts"].format(**comparison.counts(rows)),
        )
        if comparison.renamed is not None:  # one office renamed: its earlier name is said
            before = escape_cell(old.instansi) or "—"
            intro += " " + t["renamed_cmp"].format(a=a, before=before)
        yield intro
    head = [t["code"], t["indicator"]]
    head += [f"{tr(k, lang).split(' ')[0]} {y}" for k in ("target", "realisasi") for y in (a, b)]
    head += [f"{tr('capaian', lang)} {y}" for y in (a, b)]
    head += [tr("rating", lang) + (f" {b}" if across else ""), t["change"]]
    matched = [r for r in rows if r.state == "matched"]
    if matched:
        yield _table(head, matched, comparison, t, lang)  # (its lines as they are made)
        said = change_legend(rows, a, lang)  # ("↑ 3,01 %" read as points: vals59)
        if said:
            yield f"{t['change']}: {said}."
        units = [
            "- " + satuan_text(kode, (escape_cell(p[0]), escape_cell(p[1])), (a, b), lang)
            for r in rows
            if r.state == "matched" and (p := r.satuan) is not None
            for kode in (escape_cell(r.node.code) or escape_cell(r.node.name),)
        ]  # (a satuan changed between the years: years65, never said)
        units += [_units_item(r, (a, b), lang) for r in rows if r.units is not None]
        if units:
            yield "\n".join(units)
    for state in ("new", "dropped", "ambiguous"):
        listed = [r for r in rows if r.state == state]
        if not listed:
            continue
        heading = t[f"{state}_across"] if across and state != "ambiguous" else t[state]
        yield f"### {heading.format(n=grouped(len(listed), lang))}"
        for kind, run in groups(listed):
            if kind != "iku":
                yield f"**{t.get(f'group:{kind}', kind)}**"
            yield (_listed_line(r, t, comparison, lang) for r in run)


def _table(
    head: list[str], matched: list[Row], comparison: Comparison, t: dict[str, str], lang: str
) -> Iterator[str]:
    """The table of the indicators of both reports, line by line."""
    yield "| " + " | ".join(head) + " |"
    yield "| --- | --- |" + " ---: |" * 6 + " --- | --- |"
    for kind, run in groups(matched):
        if kind != "iku":  # as an LKj: the IKU, then the indikator lainnya, labelled
            yield f"| | **{t.get(f'group:{kind}', kind)}** |" + " |" * 8
        for r in run:
            yield _matched_line(r, comparison, t, lang)


def _parents(comparison: Comparison, r: Row, lang: str) -> str:
    """ " (Sub Kegiatan: …; Kegiatan: …)" beside an indikator kegiatan of a name another of its
    report has (:meth:`~lkj_tui.core.compare.Comparison.parents_of`), escaped; "" otherwise."""
    parents = comparison.parents_of(r)
    return f" ({escape_cell(parents_text(parents, lang))})" if parents else ""


def _listed_line(r: Row, t: dict[str, str], comparison: Comparison, lang: str) -> str:
    """A new, dropped or ambiguous indicator as a Markdown list item."""
    node = r.node
    text = f"- {escape_cell(node.code)} {escape_cell(node.name) or '—'}".replace("-  ", "- ")
    text += _parents(comparison, r, lang)
    if r.candidates:
        names = "; ".join(
            comparison.candidates_of(
                r,
                lambda c: f"{escape_cell(c.code)} {escape_cell(c.name)}",
                lambda p: f" ({escape_cell(parents_text(p, lang))})" if p else "",
                lang,
                escape_cell,
            )
        )
        text += f" — {t['candidates']}: {names}"
    return text


def _matched_line(r: Row, comparison: Comparison, t: dict[str, str], lang: str) -> str:
    """A matched indicator as a row of the Markdown table."""
    a = comparison.labels[0]
    assert r.old is not None and r.new is not None
    mo, mn = r.old.node.measure, r.new.node.measure
    assert mo is not None and mn is not None
    name = escape_cell(r.new.node.name) or "—"
    how, code = comparison.matched_how(r), comparison.other_code(r)
    if code is not None:  # two instansi: A's kode, when it is not B's
        name += f" (A: {escape_cell(code)})"
    if how is not None:
        name += f" ({t['by:' + how]})"
    if r.old_name is not None:  # one kode or link, two names: say the older one
        name += f" ({a}: {escape_cell(r.old_name) or '—'})"
    name += _parents(comparison, r, lang)
    ach_o, ach_n = r.old.achievement, r.new.achievement
    cells = [
        escape_cell(r.new.node.code) or "—",
        name,
        escape_cell(mo.target) or "—",
        escape_cell(mn.target) or "—",
        escape_cell(mo.realisasi) or "—",
        escape_cell(mn.realisasi) or "—",
        _cell(ach_o, lang) + (f" {UNDER_MARK}" if r.old.under_target else ""),
        _cell(ach_n, lang) + (f" {UNDER_MARK}" if r.new.under_target else ""),
        tr(ach_n.rating, lang)
        if ach_n and ach_n.rating
        else verdict_text(ach_n.met, lang)
        if ach_n and ach_n.verdict
        else "—",
        change_cell(r, t, lang),
    ]
    return "| " + " | ".join(cells) + " |"


def _when(r: Renamed, t: dict[str, str]) -> str:
    """ "dahulu" (the other name is of earlier years), "kemudian bernama" (later), "juga
    bernama" (both)."""
    when = "before" if r.years[-1] < r.tahun else "after" if r.years[0] > r.tahun else "both"
    return t[f"when:{when}"]


def _renamed_item(r: Renamed, t: dict[str, str]) -> str:
    command = code(f"lkj-tui new --from {r.earlier}")  # (as it was typed: no --store)
    how = t[f"how:{r.how}"].format(earlier=escape_cell(r.earlier), command=command)
    return t["renamed_item"].format(
        instansi=escape_cell(r.instansi) or "—",
        when=_when(r, t),
        before=escape_cell(r.before) or "—",
        years=", ".join(map(str, r.years)),
        how=how,
    )


def _points(same: SameIku | None) -> Decimal | None:
    """This year's average capaian less the year before's over the IKU both have, in points;
    None when there are none."""
    if same is None or same.now.average is None or same.then.average is None:
        return None
    return same.now.average - same.then.average


def _against(same: SameIku | None, prev: int, t: dict[str, str]) -> str:
    """The roll-up's year-over-year cell, over the IKU both years have: "+4,28 poin (2023:
    98,10 %)"; when those are not every IKU, both years' averages of them, "−9,62 poin (2024:
    108,87 %; 2025: 99,25 %)" (the row's own average, of every IKU, is another: 93,93 − 108,87
    read as −14,94); "—" without a report of the year before, "— (2023: tidak ada IKU yang sama
    …)" when no IKU has a capaian in both years."""
    if same is None:
        return "—"
    points = _points(same)
    if points is None:
        return t["none_same"].format(prev=prev)
    sign = "+" if points > 0 else "−" if points < 0 else ""
    shown, avg = sign + format_id(abs(points)), _pct(same.then.average)
    if same.every:
        return t["against_cell"].format(points=shown, prev=prev, avg=avg)
    now = _pct(same.now.average)
    return t["against_both"].format(points=shown, prev=prev, avg=avg, year=prev + 1, now=now)


def _unlike(same: SameIku | None, t: dict[str, str]) -> str:
    """Which IKU the change compares when they are not every IKU of both years ("; atas 14 IKU
    yang sama": matched as ``compare`` matches them, each with a capaian in both years) and how
    many of one kode but two names were left out ("; 3 IKU yang namanya berubah tidak
    dihitung"), else "" (every IKU of both, or no change to compare and none left out)."""
    if same is None:
        return ""
    left = t["renamed_out"].format(n=same.renamed) if same.renamed else ""
    if _points(same) is None or same.every:
        return left
    return t["same"].format(k=same.now.measured) + left


def _both_years(
    summaries: Sequence[tuple[Evaluation, Summary]], before: Mapping[str, SameIku]
) -> tuple[SameIku, int]:
    """The offices the store holds the year before of, over the IKU each has in both years:
    their figures added up, and how many offices they are."""
    kept = [before[ev.report.meta.id] for ev, _ in summaries if ev.report.meta.id in before]
    now, then = total(k.now for k in kept), total(k.then for k in kept)
    renamed = sum(k.renamed for k in kept)
    return SameIku(now, then, all(k.every for k in kept), renamed), len(kept)


def _worst_first(evaluations: Sequence[Evaluation]) -> list[tuple[Evaluation, Summary]]:
    summaries = [(ev, ev.summary()) for ev in evaluations]
    summaries.sort(
        key=lambda p: (
            -p[1].under_target,
            p[1].average if p[1].average is not None else Decimal(0),
            p[0].report.meta.instansi,
            p[0].report.meta.id,
        )
    )
    return summaries


#: an office without a report of the roll-up's year: its instansi (with its government where
#: several share the name), the years the store holds of it, the pemerintah of its latest report
Missing = tuple[str, tuple[int, ...], str]


def _office_names(
    summaries: Sequence[tuple[Evaluation, Summary]], region: str | None
) -> dict[str, str]:
    """By report id, its office as the roll-up names it, escaped: the instansi, without the name
    of the ``region`` the title says (``office_name``: "Dinas Sosial" under "Pemerintah
    Kabupaten Kaur", not "Dinas Sosial Kabupaten Kaur" on every row) and, where reports of
    several governments share that name (a province's "Kecamatan Pino" of Kaur and of Seluma:
    ten rows and sections of one name), its government after it: "Kecamatan Pino (Kabupaten
    Kaur)"."""
    governments: dict[str, set[str]] = {}
    for ev, _ in summaries:
        meta = ev.report.meta
        governments.setdefault(norm_name(meta.instansi), set()).add(norm_name(meta.pemerintah))
    names = {}
    for ev, _ in summaries:
        meta = ev.report.meta
        name = escape_cell(office_name(meta.instansi, region)) or "—"
        if len(governments[norm_name(meta.instansi)]) > 1 and government(meta.pemerintah):
            name += f" ({escape_cell(government(meta.pemerintah))})"
        names[meta.id] = name
    return names


def _one_region(evaluations: Sequence[Evaluation], missing: Sequence[Missing]) -> str | None:
    """The pemerintah every report names, when they and the offices ``missing`` the year's
    report name one (as written in the first report): the roll-up's title says it, its rows do
    not; None for several or none (a store whose year is one government's but whose office
    without it is another's: the title named the one and listed the other's under it)."""
    said = {norm_name(government(ev.report.meta.pemerintah)) for ev in evaluations}
    said |= {norm_name(government(pemerintah)) for _, _, pemerintah in missing}
    if len(said) != 1 or not next(iter(said)) or not evaluations:
        return None
    return evaluations[0].report.meta.pemerintah


#: (permasalahan or solusi, its texts) → the node of an office's IKU that listed them first and
#: its name in the roll-up (its code, or its name without one)
Listed = dict[tuple[str, tuple[str, ...]], tuple[str, str]]


def _listed_above(listed: Listed, key: str, texts: Sequence[str], node: Node, ref: str) -> str:
    """The IKU of this office above that lists the same permasalahan or solusi (a cell merged
    over several IKU gives each the same texts: listed once, as the single report's export does,
    vals20), or "" to list them here."""
    if not listed_once(texts):  # (a short one, "Tidak ada", is read faster listed again)
        return ""
    first = listed.setdefault((key, tuple(texts)), (node.id, ref))
    return first[1] if first[0] != node.id else ""


@memo()
def render_rollup(
    evaluations: Sequence[Evaluation],
    *,
    lang: str = "id",
    today: datetime.date | None = None,
    region: str = "",
    tahun: int | None = None,
    unreadable: Sequence[list[tuple[str, bool]]] = (),
    missing: Sequence[Missing] = (),
    renamed: Sequence[Renamed] = (),
    before: Mapping[str, SameIku] | None = None,
) -> str:
    """Every report's under-target IKU with their permasalahan and solusi, worst report first;
    after the summary table, the offices ``missing`` a report of the year (instansi, the years
    the store holds of it) and the reports paired with an office of another name (``renamed``,
    and how they were paired). ``before``: by report id, its office's two years over the IKU
    both have (a column "Dibanding 2023" when the store holds that year)."""
    lang = check_lang(lang)
    t = _TEXT[lang]
    summaries = _worst_first(evaluations)
    day = today or datetime.date.today()
    one = _one_region(evaluations, missing)  # (named by the title, not by every row)
    region = region if plain(region) or one is None else clean_line(one, 80)
    blocks = [
        "# "
        + t["roll_title"].format(
            region=f": {escape_cell(region)}" if plain(region) else "",
            tahun=f" ({tahun})" if tahun else "",
        ),
        t["roll_intro"].format(
            n=grouped(len(summaries), lang),
            reports="report" if len(summaries) == 1 else "reports",  # ("1 reports")
            mark=UNDER_MARK,
            date=day.isoformat(),
        ),
        f"## {t['roll_table']}",
    ]
    # (no column of the year: the title says it, one year's reports)
    head = [t["instansi"], "IKU", t["under"], t["average"]]
    prev = (tahun or 0) - 1
    head += [t["against"].format(prev=prev)] if before else []  # (the store holds that year)
    lines = ["| " + " | ".join(head) + " |", "| --- " + "| ---: " * (len(head) - 1) + "|"]

    def figures(s: Summary) -> list[str]:
        # the average of the IKU with a capaian: how many of them, when not all (a report filled
        # in part read as if its average were the whole report's)
        m, n = grouped(s.measured, lang), grouped(s.indicators, lang)
        of = t["of_iku"].format(m=m, n=n) if s.measured < s.indicators else ""
        return [n, grouped(s.under_target, lang), _pct(s.average) + of]

    office = _office_names(summaries, one)
    for ev, s in summaries:
        meta = ev.report.meta
        cells = [office[meta.id], *figures(s)]
        if before:
            last = before.get(meta.id)
            cells.append(_against(last, prev, t) + _unlike(last, t))
        lines.append("| " + " | ".join(cells) + " |")
    if len(summaries) > 1:  # the region's figures: what a planner adds up by hand otherwise
        whole = figures(total(s for _, s in summaries))
        cells = [f"**{t['total'].format(n=grouped(len(summaries), lang))}**", *whole]
        if before:  # the same offices' both years (those the store holds the year before of)
            both, of = _both_years(summaries, before)
            cells.append(
                _against(both, prev, t)
                + (
                    t["against_of"].format(m=grouped(of, lang), n=grouped(len(summaries), lang))
                    if of < len(summaries)
                    else ""
                )
                + _unlike(both, t)
            )
        lines.append("| " + " | ".join(cells) + " |")
    blocks.append("\n".join(lines))
    if missing:  # an office without the year's report is named, never left out unsaid
        blocks.append(f"## {t['without'].format(tahun=tahun, n=grouped(len(missing), lang))}")
        blocks.append(t["without_intro"].format(tahun=tahun))
        blocks.append(
            "\n".join(
                f"- {escape_cell(office_name(name, one)) or '—'} — "
                + t["held"].format(years=", ".join(map(str, years)))
                for name, years, _ in missing
            )
        )
    if renamed:  # a renamed office is paired, never one missing and one new; how is said
        blocks.append(f"## {t['renamed'].format(n=grouped(len(renamed), lang))}")
        blocks.append(t["renamed_intro"].format(tahun=tahun))
        blocks.append("\n".join("- " + _renamed_item(r, t) for r in renamed))
    for ev, _ in summaries:
        meta = ev.report.meta
        blocks.append(f"## {office[meta.id]} ({meta.tahun})")
        under = [e for e in ev.items(["iku"]) if e.under_target]
        if not under:
            blocks.append(t["none_under"])
            continue
        once: Listed = {}
        for e in under:
            node, m, ach = e.node, e.node.measure, e.achievement
            assert m is not None and ach is not None
            label = escape_cell(node.code) or "IKU"
            ref = escape_cell(node.code) or escape_cell(node.name) or "—"
            facts = (
                f"{tr('target', lang)}: {escape_cell(m.target) or '—'} · "
                f"{tr('realisasi', lang)}: {escape_cell(m.realisasi) or '—'} · "
                f"{tr('capaian', lang)}: "
                + (achievement_text(ach, lang) if ach.verdict else _pct(ach.rounded))
            )
            if ach.rating:
                facts += f" ({tr(ach.rating, lang)})"
            blocks.append(f"### {UNDER_MARK} {label}: {escape_cell(node.name) or '—'}\n\n{facts}")
            for key, items in (("permasalahan", node.permasalahan), ("solusi", node.solusi)):
                texts = [i.text for i in items if plain(i.text)]
                if not texts:
                    blocks.append(f"**{tr(key, lang)}:** {t['missing']}")
                    continue
                if above := _listed_above(once, key, texts, node, ref):
                    blocks.append(f"**{tr(key, lang)}:** {t['same_as'].format(ref=above)}")
                    continue
                listed = [
                    f"{n}. " + escape_inline(x, indent=" " * len(f"{n}. "))
                    for n, x in enumerate(texts, 1)
                ]
                blocks.append(f"**{tr(key, lang)}:**\n\n" + "\n".join(listed))
    if unreadable:
        blocks.append(
            f"## {t['unreadable']}\n\n" + "\n".join(f"- {escape_parts(u)}" for u in unreadable)
        )
    return "\n\n".join(blocks) + "\n"


_SHEETS = {
    "id": ("Rekap", "Di bawah target", "Pemerintah", "Kode", "Target", "Realisasi", "Kategori"),
    "en": ("Summary", "Under target", "Government", "Code", "Target", "Realisasi", "Rating"),
}


def rollup_workbook(
    evaluations: Sequence[Evaluation],
    lang: str = "id",
    *,
    missing: Sequence[Missing] = (),
    tahun: int | None = None,
    renamed: Sequence[Renamed] = (),
    before: Mapping[str, SameIku] | None = None,
) -> bytes:
    """The roll-up as an Excel workbook: a sheet with one row per OPD (worst first), a sheet
    with one row per under-target IKU and its permasalahan and solusi (one per line), when some
    office has no report of the year a sheet naming them with the years held, and when some
    report is paired with an office of another name (``renamed``) a sheet of those pairs, as
    the Markdown roll-up lists them; ``before`` (by report id, its office's two years over the
    IKU both have): three columns, that year's average capaian and the change in points over
    those IKU and, when they are not every IKU of both years, how many they are. Every text is cleaned and written as a string (never a
    formula); capaian as numbers. A text longer than an Excel cell holds (an office's forty long
    permasalahan in one cell) raises ``spreadsheet.TooLongError`` naming its sheet and cell: Excel
    would cut it, and no workbook is written."""
    import os
    import tempfile

    import xlsxwriter

    from lkj_tui.export.spreadsheet import EXCEL_CELL_LIMIT, TooLongError

    lang = check_lang(lang)
    t, names = _TEXT[lang], _SHEETS[lang]
    summaries = _worst_first(evaluations)
    fd, path = tempfile.mkstemp(suffix=".xlsx")
    os.close(fd)
    try:
        wb = xlsxwriter.Workbook(path, {"strings_to_numbers": False, "strings_to_formulas": False})
        bold = wb.add_format({"bold": True, "bg_color": "#DDEBF7", "border": 1})
        wrap = wb.add_format({"text_wrap": True, "valign": "top"})

        def put(ws: Any, row: int, col: int, text: str, fmt: object = None) -> None:
            if len(text) > EXCEL_CELL_LIMIT:  # (Excel would cut it: nothing is written)
                from xlsxwriter.utility import xl_rowcol_to_cell

                place = f"{ws.get_name()}!{xl_rowcol_to_cell(row, col)}"
                raise TooLongError(place, len(text))
            ws.write_string(row, col, text, fmt)

        def number(ws: object, row: int, col: int, value: Decimal | None) -> None:
            if value is not None:
                ws.write_number(row, col, float(value))  # type: ignore[attr-defined]

        rekap = wb.add_worksheet(names[0])

        def note(row: int, unlike: str) -> None:  # the comparison's note, when there is one
            if unlike:
                put(rekap, row, 8, unlike.removeprefix("; "))

        head = [t["instansi"], names[2], t["tahun"], "IKU", t["under"], t["average"]]
        prev = (tahun or 0) - 1
        if before:  # the year before's average and the change, as numbers (Markdown: one cell)
            head += [t["average_before"].format(prev=prev), t["points_head"], t["unlike_head"]]
        for c, h in enumerate(head):
            put(rekap, 0, c, h, bold)
        for r, (ev, s) in enumerate(summaries, 1):
            meta = ev.report.meta
            put(rekap, r, 0, clean_line(meta.instansi))
            put(rekap, r, 1, clean_line(meta.pemerintah))
            rekap.write_number(r, 2, meta.tahun)
            rekap.write_number(r, 3, s.indicators)
            rekap.write_number(r, 4, s.under_target)
            number(rekap, r, 5, s.average)
            if before and meta.id in before:
                number(rekap, r, 6, before[meta.id].then.average)
                number(rekap, r, 7, _points(before[meta.id]))
                note(r, _unlike(before[meta.id], t))
        if len(summaries) > 1:  # the region's figures, under a blank row (out of the filter)
            whole, r = total(s for _, s in summaries), len(summaries) + 2
            put(rekap, r, 0, t["total"].format(n=len(summaries)), bold)
            if tahun is not None:
                rekap.write_number(r, 2, tahun)
            rekap.write_number(r, 3, whole.indicators)
            rekap.write_number(r, 4, whole.under_target)
            number(rekap, r, 5, whole.average)
            if before:  # the same offices' both years (those the store holds the year before of)
                both, _ = _both_years(summaries, before)
                number(rekap, r, 6, both.then.average)
                number(rekap, r, 7, _points(both))
                note(r, _unlike(both, t))
        rekap.freeze_panes(1, 0)
        rekap.autofilter(0, 0, max(len(summaries), 1), len(head) - 1)
        rekap.set_column(0, 1, 40)
        under = wb.add_worksheet(names[1])
        head = [t["instansi"], t["tahun"], names[3], t["indicator"], names[4], names[5]]
        head += [tr("capaian", lang), names[6], tr("permasalahan", lang), tr("solusi", lang)]
        for c, h in enumerate(head):
            put(under, 0, c, h, bold)
        r = 0
        for ev, _ in summaries:
            meta = ev.report.meta
            once: Listed = {}
            for e in ev.items(["iku"]):
                if not e.under_target:
                    continue
                m, ach = e.node.measure, e.achievement
                assert m is not None and ach is not None
                r += 1
                put(under, r, 0, clean_line(meta.instansi))
                under.write_number(r, 1, meta.tahun)
                put(under, r, 2, clean_line(e.node.code))
                put(under, r, 3, clean_line(e.node.name))
                put(under, r, 4, clean_line(m.target or ""))
                put(under, r, 5, clean_line(m.realisasi or ""))
                number(under, r, 6, ach.rounded)
                if ach.verdict:  # met or not, no capaian %: as the Capaian sheet says it
                    put(under, r, 6, ach.format(lang))
                    put(under, r, 7, verdict_text(ach.met, lang))
                else:
                    put(under, r, 7, tr(ach.rating, lang) if ach.rating else "")
                ref = clean_line(e.node.code) or clean_line(e.node.name)
                for c, key, items in (
                    (8, "permasalahan", e.node.permasalahan),
                    (9, "solusi", e.node.solusi),
                ):
                    texts = [clean(i.text).strip() for i in items if clean(i.text).strip()]
                    if above := _listed_above(once, key, texts, e.node, ref):
                        put(under, r, c, t["same_as_cell"].format(ref=above), wrap)
                        continue
                    put(under, r, c, "\n".join(texts) or t["missing"], wrap)
        under.freeze_panes(1, 0)
        under.autofilter(0, 0, max(r, 1), len(head) - 1)
        under.set_column(3, 3, 40)
        under.set_column(8, 9, 60)
        if missing:
            without = wb.add_worksheet(t["sheet_without"].format(tahun=tahun or "")[:31])
            for c, h in enumerate((t["instansi"], t["years"])):
                put(without, 0, c, h, bold)
            for r, (name, years, _) in enumerate(missing, 1):
                put(without, r, 0, clean_line(name))
                put(without, r, 1, ", ".join(map(str, years)))
            without.set_column(0, 0, 60)
            without.set_column(1, 1, 24)
        if renamed:  # the offices paired under another name, as the Markdown's section
            other = wb.add_worksheet(t["sheet_renamed"])
            head = [t["instansi"], t["tahun"], t["other_name"], t["when"], t["years"], t["paired"]]
            for c, h in enumerate(head):
                put(other, 0, c, h, bold)
            for r, item in enumerate(renamed, 1):
                put(other, r, 0, clean_line(item.instansi))
                other.write_number(r, 1, item.tahun)
                put(other, r, 2, clean_line(item.before))
                put(other, r, 3, _when(item, t))
                put(other, r, 4, ", ".join(map(str, item.years)))
                earlier = clean_line(item.earlier)
                command = f"lkj-tui new --from {earlier}"
                put(other, r, 5, t[f"how:{item.how}"].format(earlier=earlier, command=command))
            other.freeze_panes(1, 0)
            other.set_column(0, 0, 50)
            other.set_column(2, 2, 50)
            other.set_column(4, 5, 30)
        wb.close()
        with open(path, "rb") as f:
            return f.read()
    finally:
        os.unlink(path)
