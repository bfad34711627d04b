"""``lkj-tui status``: the quick summary of a report (rich), or of every report (``--all``)."""

from __future__ import annotations

import json
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.table import Table
from rich.text import Text

from lkj_tui.cli.common import fail, open_store
from lkj_tui.cli.format import RATING_STYLES, UNDER_MARK, capaian_cell, pct, rating_cell, safe
from lkj_tui.core.evaluate import Evaluated, Evaluation
from lkj_tui.core.i18n import tr
from lkj_tui.core.scales import RATINGS
from lkj_tui.storage.errors import StoreError
from lkj_tui.storage.store import Store

_TEXT = {
    "id": {
        "title": "LKj {tahun} · {instansi}",
        "summary": "{n} IKU · {under} di bawah target · rata-rata capaian {avg}",
        "printed_avg": " (laporan mencetak {avg})",
        "under_all": "Di bawah target, semua tingkat ({n})",
        "none_under": "Tidak ada yang di bawah target.",
        "lainnya": "Indikator kinerja lainnya",
        "code": "Kode",
        "name": "Indikator",
        "printed": "Dicetak",
        "all_title": "Semua laporan ({n}), terburuk dulu",
        "report": "Laporan",
        "unreadable": "tidak terbaca",
    },
    "en": {
        "title": "LKj {tahun} · {instansi}",
        "summary": "{n} IKU · {under} under target · average achievement {avg}",
        "printed_avg": " (the report prints {avg})",
        "under_all": "Under target, every level ({n})",
        "none_under": "Nothing is under target.",
        "lainnya": "Other performance indicators",
        "code": "Code",
        "name": "Indicator",
        "printed": "Printed",
        "all_title": "All reports ({n}), worst first",
        "report": "Report",
        "unreadable": "unreadable",
    },
}


def _num(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _printed_note(ev: Evaluated) -> Text:
    """The report's own figures where they differ from ours."""
    out = Text()
    for check in ev.printed:
        if check.differs:
            if out:
                out.append("; ")
            label = "" if check.printed.field == "capaian" else "Renstra "
            out.append(f"{label}{check.printed.value} ({check.printed.table})", style="magenta")
    return out


def item_json(evaluation: Evaluation, ev: Evaluated) -> dict[str, Any]:
    node, ach, ren = ev.node, ev.achievement, ev.renstra
    sasaran = evaluation.report.sasaran_of(node.id)
    reported = ev.printed_capaian("capaian")
    reported_ren = ev.printed_capaian("capaian_renstra")
    assert node.measure is not None
    return {
        "id": node.id,
        "level": node.level,
        "code": node.code,
        "name": node.name,
        "sasaran": sasaran.name if sasaran else None,
        "target": node.measure.target,
        "realisasi": node.measure.realisasi,
        "achievement": _num(ach.rounded) if ach else None,
        "rating": ach.rating if ach else None,
        "under_target": ach.under_target if ach else None,
        "method": ach.method if ach else None,
        "explanation": ach.explanation("id") if ach else None,
        "reported_achievement": _num(reported.value) if reported else None,
        "renstra_achievement": _num(ren.rounded) if ren else None,
        "reported_renstra_achievement": _num(reported_ren.value) if reported_ren else None,
        "target_akhir": node.measure.target_akhir,
    }


def report_json(evaluation: Evaluation) -> dict[str, Any]:
    meta, summary = evaluation.report.meta, evaluation.summary()
    return {
        "report": {"id": meta.id, "instansi": meta.instansi, "year": meta.tahun},
        "summary": {
            "indicators": summary.indicators,
            "under_target": summary.under_target,
            "average_achievement": _num(summary.average),
            "by_rating": summary.by_rating,
            "under_target_all_levels": summary.under_all_levels,
            "reported_average_achievement": _num(summary.printed_average),
        },
        "items": [item_json(evaluation, ev) for ev in evaluation.items()],
    }


def _indicator_table(rows: list[Evaluated], lang: str, t: dict[str, str]) -> Table:
    table = Table(expand=False, show_edge=False, pad_edge=False)
    table.add_column(t["code"], no_wrap=True)
    table.add_column(t["name"], ratio=1, min_width=24)
    table.add_column(tr("target", lang), justify="right")
    table.add_column(tr("realisasi", lang), justify="right")
    table.add_column(tr("capaian", lang), justify="right", no_wrap=True)
    table.add_column(tr("rating", lang), no_wrap=True)
    table.add_column(t["printed"])
    for ev in rows:
        m = ev.node.measure
        assert m is not None
        table.add_row(
            safe(ev.node.code),
            safe(ev.node.name),
            safe(m.target or "—"),
            safe(m.realisasi or "—"),
            capaian_cell(ev.achievement, lang),
            rating_cell(ev.achievement, lang),
            _printed_note(ev),
        )
    return table


def render_report(console: Console, evaluation: Evaluation, lang: str) -> None:
    t, report = _TEXT[lang], evaluation.report
    summary = evaluation.summary()
    console.print(
        Text(
            t["title"].format(tahun=report.meta.tahun, instansi=report.meta.instansi), style="bold"
        )
    )
    line = Text(
        t["summary"].format(
            n=summary.indicators, under=summary.under_target, avg=pct(summary.average)
        )
    )
    if summary.printed_average is not None and summary.printed_average != summary.average:
        line.append(t["printed_avg"].format(avg=pct(summary.printed_average)), style="magenta")
    console.print(line)
    ratings = Text()
    for label in RATINGS:
        ratings.append(f"{tr(label, lang)} ", style=RATING_STYLES[label])
        ratings.append(f"{summary.by_rating.get(label, 0)}   ")
    console.print(ratings)
    for sasaran in (n for n in report.walk() if n.kind == "sasaran"):
        iku = [evaluation.of(n.id) for n in report.walk(sasaran.id) if n.kind == "iku"]
        if not iku:
            continue
        console.print()
        console.print(Text.assemble((f"{sasaran.code} ", "bold"), safe(sasaran.name)))
        console.print(_indicator_table(iku, lang, t))
    lainnya = evaluation.items(["lainnya"])
    if lainnya:
        console.print()
        console.print(Text(t["lainnya"], style="bold"))
        console.print(_indicator_table(lainnya, lang, t))
    under = evaluation.under_target()
    console.print()
    console.print(Text(t["under_all"].format(n=len(under)), style="bold red"))
    if not under:
        console.print(t["none_under"])
    for ev in under:
        ach = ev.achievement
        assert ach is not None and ev.node.measure is not None
        parents = [a for a in report.ancestors(ev.node.id) if a.kind in ("iku", "lainnya")]
        row = Text(f" {UNDER_MARK} ", style="bold red")
        row.append_text(safe(f"{tr(ev.node.kind, lang)}: ", None))
        row.append_text(safe(ev.node.name, 90))
        row.append(
            f" — {ev.node.measure.realisasi} / {ev.node.measure.target} = {pct(ach.rounded)} "
        )
        row.append_text(rating_cell(ach, lang))
        if parents and parents[0].id != ev.node.id:
            row.append(" ← ", style="dim")
            row.append_text(safe(parents[0].code or parents[0].name, 40))
        console.print(row)


def _all_reports(store: Store, as_json: bool, lang: str, console: Console) -> int:
    infos, errors = store.list_reports(skip_broken=True)
    rows = []
    for info in infos:
        s = Evaluation(store.load(info.id).report).summary()
        rows.append((info, s))
    rows.sort(
        key=lambda r: (-r[1].under_target, r[1].average if r[1].average is not None else Decimal(0))
    )
    if as_json:
        out = {
            "reports": [
                {
                    "id": i.id,
                    "instansi": i.instansi,
                    "year": i.tahun,
                    "indicators": s.indicators,
                    "under_target": s.under_target,
                    "average_achievement": _num(s.average),
                }
                for i, s in rows
            ],
            "errors": [{"path": str(e.path), "problem": e.problem} for e in errors],
        }
        sys.stdout.write(json.dumps(out, ensure_ascii=False) + "\n")
        return 0
    t = _TEXT[lang]
    table = Table(title=t["all_title"].format(n=len(rows)), title_justify="left")
    for col in (
        t["report"],
        tr("instansi", lang),
        tr("tahun", lang),
        "IKU",
        tr("under_target", lang),
        tr("capaian", lang),
    ):
        table.add_column(col)
    for info, s in rows:
        table.add_row(
            safe(info.id),
            safe(info.instansi),
            str(info.tahun),
            str(s.indicators),
            Text(str(s.under_target), style="bold red" if s.under_target else ""),
            pct(s.average),
        )
    console.print(table)
    for e in errors:
        console.print(Text(f"{t['unreadable']}: {e.message}", style="red"))
    return 0


def run_status(
    store_path: Path | None, report_id: str | None, as_json: bool, all_reports: bool, lang: str
) -> int:
    store = open_store(store_path)
    console = Console(highlight=False)
    try:
        if all_reports:
            return _all_reports(store, as_json, lang, console)
        loaded = store.load(report_id or store.latest_report_id())
    except StoreError as exc:
        fail(exc.message if lang == "id" else exc.message_en)
    evaluation = Evaluation(loaded.report)
    if as_json:
        sys.stdout.write(json.dumps(report_json(evaluation), ensure_ascii=False) + "\n")
        return 0
    render_report(console, evaluation, lang)
    return 0
