"""The reviu of an LKj (``lkj-tui check``): every check of docs/reviu.md over one evaluated report.

Pure: no I/O, no front end. :func:`run_checks` gives a :class:`Reviu` — its findings in report
order (report-level findings first), each with a stable check id, a severity, the node it concerns,
a message in Bahasa Indonesia and English naming the figures, and its rule (:data:`CHECKS`).
"""

from __future__ import annotations

from lkj_tui.core.evaluate import Evaluation
from lkj_tui.core.reviu.catalog import CHECKS, FAMILIES, SEVERITIES, CheckInfo, Severity
from lkj_tui.core.reviu.finding import COVERAGE_ITEMS, Finding, Places, Reviu, make
from lkj_tui.core.reviu.measures import MEASURE_CHECKS, Ctx, is_missing
from lkj_tui.core.reviu.report import (
    budget,
    coverage,
    printed_averages,
    printed_counts,
    structure,
)

__all__ = ["CHECKS", "COVERAGE_ITEMS", "FAMILIES", "SEVERITIES", "CheckInfo", "Finding"]
__all__ += ["Places", "Reviu", "Severity", "run_checks"]


def run_checks(evaluation: Evaluation) -> Reviu:
    """Every finding of the report evaluated by ``evaluation``."""
    ctx = Ctx(evaluation)
    found = printed_averages(ctx) + printed_counts(ctx) + budget(ctx)
    by_node = structure(ctx)
    for ev in evaluation.items():
        for check in MEASURE_CHECKS:
            by_node += check(ctx, ev)
    by_node = _plan(evaluation, by_node, found)
    report_level = [f for f in found if f.node is None]
    by_node += [f for f in found if f.node is not None]
    # in report order (stable: each node's findings keep the checks' order); a position for the
    # findings' nodes alone, not for each of the report's (mem65)
    wanted = {f.node for f in by_node}
    at = {n.id: i for i, n in enumerate(ctx.nodes) if n.id in wanted}
    by_node.sort(key=lambda f: at.get(f.node or "", -1))
    iku, counts = coverage(ctx)
    return Reviu(tuple(report_level + by_node), iku, counts)


def _plan(evaluation: Evaluation, by_node: list[Finding], found: list[Finding]) -> list[Finding]:
    """A report with no realisasi at all is a plan (next year's, from ``new --from``): its empty
    realisasi are one note of the report (appended to ``found``), not an error per indicator that
    buries the target findings. ``by_node`` without them; unchanged for any other report."""
    empty = [f for f in by_node if f.check == "missing-realisasi"]
    if not empty:
        return by_node
    measures = 0
    for ev in evaluation.items():
        m = ev.node.measure
        if m is None:
            continue
        if not is_missing(m.realisasi) or ev.derived is not None:
            return by_node  # a realisasi (or a quarter's) somewhere: a report to review
        measures += 1
    n, targeted = str(measures), str(len(empty))
    found.append(
        make(
            "no-realisasi-yet",
            None,
            (
                f"Belum ada realisasi: {n} indikator ({targeted} dengan target tahun ini). "
                "Laporan ini masih rencana; targetnya diperiksa seperti biasa.",
                f"No realisasi yet: {n} indicator{'' if measures == 1 else 's'} ({targeted} with "
                "this year's target). This report is still a plan; its targets are checked as "
                "usual.",
            ),
            {"indicators": n, "with_target": targeted},
        )
    )
    # (one that names a capaian the report printed all the same stays: nothing else says it)
    printed = ("printed_capaian", "printed_capaian_renstra")
    return [
        f
        for f in by_node
        if f.check != "missing-realisasi" or any(key in f.figures for key in printed)
    ]
