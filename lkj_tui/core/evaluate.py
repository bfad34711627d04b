"""Evaluate a whole report with the capaian engine: per node, per subtree and for the report.

Every number a front end shows (tree labels, detail pane, ``status``, the export) comes from here, so
they all agree. Evaluation is pure and cheap (≈ 200 nodes for one report); a front end re-evaluates
the nodes an edit touches with :meth:`Evaluation.refresh`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import field
from decimal import ROUND_HALF_UP, Decimal

from lkj_tui.core.engine import Achievement, compute
from lkj_tui.core.model import Node, Printed, Report
from lkj_tui.core.numbers import parse_number
from lkj_tui.core.record import FACTORY, record
from lkj_tui.core.scales import DEFAULT_SCALES, RATINGS, Scales
from lkj_tui.core.values import ParseError


@record
class PrintedCheck:
    """A figure the report printed beside the one the engine computed."""

    printed: Printed
    value: Decimal | None  # None when the printed text is not a number
    differs: bool  # ours, rounded to the printed precision, is not the printed figure

    def __init__(self, printed: Printed, value: Decimal | None, differs: bool) -> None:
        vars(self).update(printed=printed, value=value, differs=differs)


@record
class Evaluated:
    """One node with its capaian, its Renstra capaian and its printed figures checked."""

    node: Node
    achievement: Achievement | None = None  # against the report year's (PK) target
    renstra: Achievement | None = None  # against the target akhir Renstra
    printed: tuple[PrintedCheck, ...] = ()  # printed capaian figures, checked against ours
    under_below: int = 0  # under-target measured nodes beneath this node (not counting itself)

    def __init__(
        self,
        node: Node,
        achievement: Achievement | None = None,
        renstra: Achievement | None = None,
        printed: tuple[PrintedCheck, ...] = (),
        under_below: int = 0,
    ) -> None:
        vars(self).update(
            node=node,
            achievement=achievement,
            renstra=renstra,
            printed=printed,
            under_below=under_below,
        )

    @property
    def under_target(self) -> bool:
        return bool(self.achievement and self.achievement.under_target)

    def printed_capaian(self, field_name: str = "capaian") -> PrintedCheck | None:
        return next((p for p in self.printed if p.printed.field == field_name), None)


@record
class Summary:
    """The IKU roll-up of a report."""

    indicators: int  # IKU counted
    measured: int  # IKU with a capaian
    under_target: int  # IKU under target
    average: Decimal | None  # mean of the IKU's rounded capaian, rounded half up to 2 decimals
    by_rating: dict[str, int] = field(default_factory=dict)
    under_all_levels: int = 0  # under-target items at every level
    printed_average: Decimal | None = None  # what the report itself prints as the average, if any

    def __init__(
        self,
        indicators: int,
        measured: int,
        under_target: int,
        average: Decimal | None,
        by_rating: dict[str, int] = FACTORY,
        under_all_levels: int = 0,
        printed_average: Decimal | None = None,
    ) -> None:
        vars(self).update(
            indicators=indicators,
            measured=measured,
            under_target=under_target,
            average=average,
            by_rating={} if by_rating is FACTORY else by_rating,
            under_all_levels=under_all_levels,
            printed_average=printed_average,
        )


def _decimals(text: str) -> int:
    digits = text.strip().rstrip("%").strip()
    for sep in (",", "."):
        if sep in digits:
            return len(digits.rsplit(sep, 1)[1])
    return 0


def check_printed(printed: Printed, ours: Achievement | None) -> PrintedCheck:
    """Compare a printed capaian with ours, at the precision the report printed it with."""
    try:
        value: Decimal | None = parse_number(printed.value.strip().rstrip("%").strip()).value
    except ParseError:
        value = None
    if value is None or ours is None or ours.value is None:
        return PrintedCheck(printed, value, differs=value is not None or ours is not None)
    quantum = Decimal(1).scaleb(-_decimals(printed.value))
    mine = ours.value.quantize(quantum, rounding=ROUND_HALF_UP)
    return PrintedCheck(printed, value, differs=mine != value)


class Evaluation:
    """The engine's view of one report."""

    def __init__(self, report: Report, scales: Scales | None = None) -> None:
        self.report = report
        if scales is None:
            scales = Scales.from_dict(report.meta.scales) if report.meta.scales else DEFAULT_SCALES
        self.scales = scales
        self._by_id: dict[str, Evaluated] = {}
        self.refresh()

    # ---- computing
    def _evaluate_node(self, node: Node) -> Evaluated:
        m = node.measure
        if m is None:
            return Evaluated(node)
        ach = compute(m.target, m.realisasi, m.polaritas, self.scales)
        ren = (
            compute(m.target_akhir, m.realisasi, m.polaritas, self.scales)
            if m.target_akhir
            else None
        )
        checks = []
        for p in m.printed:
            if p.field == "capaian":
                checks.append(check_printed(p, ach))
            elif p.field == "capaian_renstra":
                checks.append(check_printed(p, ren))
        return Evaluated(node, ach, ren, tuple(checks))

    def refresh(self, node_ids: Iterable[str] | None = None) -> None:
        """Recompute the given nodes (all when None) and keep every parent's under-target count.

        A full refresh counts in one pass over the tree; a partial one moves each parent's count by
        ±1 where a node's under-target state changed, so an edit costs O(depth), not O(report).
        """
        if node_ids is None:
            self._by_id = {n.id: self._evaluate_node(n) for n in self.report.walk()}
            self._recount()
            return
        for node_id in node_ids:
            before = self._by_id.get(node_id)
            fresh = self._evaluate_node(self.report.node(node_id))
            below = before.under_below if before is not None else 0
            self._by_id[node_id] = self._with_count(fresh, below)
            was = before is not None and before.under_target
            if was != fresh.under_target:
                step = 1 if fresh.under_target else -1
                for ancestor in self.report.ancestors(node_id):
                    ev = self._by_id[ancestor.id]
                    self._by_id[ancestor.id] = self._with_count(ev, ev.under_below + step)

    @staticmethod
    def _with_count(ev: Evaluated, count: int) -> Evaluated:
        if ev.under_below == count:
            return ev
        return Evaluated(ev.node, ev.achievement, ev.renstra, ev.printed, count)

    def _recount(self) -> None:
        """Every parent's under-target count in one pass, children before parents (linear in the
        report, whatever its depth: a walk up from each under-target node would be O(n × depth))."""
        counts: dict[str, int] = dict.fromkeys(self._by_id, 0)
        for node_id in reversed(list(self._by_id)):  # the walk's order, reversed
            parent = self._by_id[node_id].node.parent
            if parent is not None:
                counts[parent] += counts[node_id] + self._by_id[node_id].under_target
        for node_id, count in counts.items():
            self._by_id[node_id] = self._with_count(self._by_id[node_id], count)

    def replace(self, node: Node) -> None:
        """Put an edited node into the report and re-evaluate it and its parents."""
        self.report.replace_node(node)
        self.refresh([node.id])

    # ---- reading
    def of(self, node_id: str) -> Evaluated:
        return self._by_id[node_id]

    def items(self, kinds: Iterable[str] | None = None) -> list[Evaluated]:
        wanted = set(kinds) if kinds is not None else None
        return [
            self._by_id[n.id]
            for n in self.report.walk()
            if n.measure is not None and (wanted is None or n.kind in wanted)
        ]

    def under_target(self) -> list[Evaluated]:
        """Every under-target item at every level, in report order."""
        return [ev for ev in self.items() if ev.under_target]

    def summary(self) -> Summary:
        iku = self.items(["iku"])
        rounded = [
            ev.achievement.rounded
            for ev in iku
            if ev.achievement and ev.achievement.rounded is not None
        ]
        by_rating = dict.fromkeys(RATINGS, 0)
        for ev in iku:
            if ev.achievement and ev.achievement.rating:
                by_rating[ev.achievement.rating] += 1
        average = None
        if rounded:
            average = (sum(rounded, Decimal(0)) / len(rounded)).quantize(
                Decimal("0.01"), rounding=ROUND_HALF_UP
            )
        printed_average = None
        text = self.report.meta.printed.get("capaian_iku_rata_rata")
        if text:
            try:
                printed_average = parse_number(text.rstrip("% ").strip()).value
            except ParseError:
                printed_average = None
        return Summary(
            indicators=len(iku),
            measured=len(rounded),
            under_target=sum(1 for ev in iku if ev.under_target),
            average=average,
            by_rating=by_rating,
            under_all_levels=len(self.under_target()),
            printed_average=printed_average,
        )
