"""Evaluate a whole report with the capaian engine: per node, per subtree and for the report.

Every number a front end shows (tree labels, detail pane, ``status``, the export) comes from here, so
they all agree. Evaluation is pure and cheap (≈ 200 nodes for one report); a front end re-evaluates
the nodes an edit touches with :meth:`Evaluation.refresh`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import field
from decimal import ROUND_HALF_UP, Context, Decimal, localcontext
from functools import partial
from typing import Any

from lkj_tui.core.achievement import LIMIT
from lkj_tui.core.engine import Achievement, Polarity, compute
from lkj_tui.core.gcpause import gc_paused
from lkj_tui.core.i18n import field_label
from lkj_tui.core.messages import Text
from lkj_tui.core.model import Measure, Node, Printed, Report
from lkj_tui.core.numbers import format_exact, parse_number, quantize
from lkj_tui.core.record import FACTORY, record
from lkj_tui.core.scales import DEFAULT_SCALES, Scales
from lkj_tui.core.triwulan import Derivation, QuarterCapaian, derive, quarters
from lkj_tui.core.values import ParseError, Value, parse_value

#: Printed fields that are figures of the measure (``target:2025``, ``realisasi:2022`` and
#: ``triwulan:1`` too); other fields (``name``, ``kategori``) are kept but not compared.
CAPAIAN_FIELDS = ("capaian", "capaian_renstra")
_AVERAGE = Context(prec=60)


@record
class PrintedCheck:
    """A figure the report printed beside the one the engine computed."""

    printed: Printed
    value: Decimal | None  # None when the printed text is not a number
    differs: bool  # ours, rounded to the printed precision, is not the printed figure

    def __init__(self, printed: Printed, value: Decimal | None, differs: bool) -> None:
        vars(self).update(printed=printed, value=value, differs=differs)


@record
class Figure:
    """Any figure the report printed for a measure, compared with the one lkj-tui holds (or, for a
    capaian, computes). ``matches`` is None when there is nothing to compare it with (a name…)."""

    printed: Printed
    matches: bool | None

    def __init__(self, printed: Printed, matches: bool | None) -> None:
        vars(self).update(printed=printed, matches=matches)

    def to_json(self) -> dict[str, object]:
        p = self.printed
        return {"table": p.table, "field": p.field, "value": p.value, "matches": self.matches}


@record
class TargetConflict:
    """A target for the report year printed somewhere else with another value, and the capaian
    the realisasi would have against it: against ``figure`` where the value is one cell of several
    indicators' figures and this indicator's is known (the seed's PK "89,00 4,00": 89,00)."""

    source: str  # the table, or "Renstra 2023" for the Renstra target of the year
    value: str
    achievement: Achievement
    figure: str | None

    def __init__(
        self, source: str, value: str, achievement: Achievement, figure: str | None = None
    ) -> None:
        vars(self).update(source=source, value=value, achievement=achievement, figure=figure)

    def to_json(self) -> dict[str, object]:
        ach = self.achievement
        out: dict[str, object] = {
            "source": self.source,
            "value": self.value,
            "achievement": None if ach.rounded is None else float(ach.rounded),
            "rating": ach.rating,
            "under_target": ach.under_target,
        }
        if self.figure is not None:  # (the capaian is against this figure of the cell)
            out["figure"] = self.figure
        return out


@record(slots=True)
class Evaluated:
    """One node with its capaian, its Renstra capaian and its printed figures checked."""

    node: Node
    achievement: Achievement | None = None  # against the report year's (PK) target
    renstra: Achievement | None = None  # against the target akhir Renstra
    printed: tuple[PrintedCheck, ...] = ()  # printed capaian figures, checked against ours
    under_below: int = 0  # under-target measured nodes beneath this node (not counting itself)
    derived: Derivation | None = None  # the realisasi was empty and derived from the triwulan

    def __init__(
        self,
        node: Node,
        achievement: Achievement | None = None,
        renstra: Achievement | None = None,
        printed: tuple[PrintedCheck, ...] = (),
        under_below: int = 0,
        derived: Derivation | None = None,
    ) -> None:
        this: Any = self  # (writable until frozen again: core/record.py)
        object.__setattr__(this, "__class__", this.thawed_class)
        this.node = node
        this.achievement = achievement
        this.renstra = renstra
        this.printed = printed
        this.under_below = under_below
        this.derived = derived
        this.__class__ = Evaluated

    @property
    def realisasi(self) -> str | None:
        """The realisasi the capaian is computed from: as printed, or derived from the triwulan."""
        m = self.node.measure
        if self.derived is not None and self.derived.raw is not None:
            return self.derived.raw
        return m.realisasi if m is not None else None

    @property
    def realisasi_shown(self) -> str | None:
        """:attr:`realisasi` as a line or a cell shows it: one derived from the triwulan marked
        " (TW)" (status's table, its under-target lines, the export, the TUI's copy), so a
        capaian never stands next to an empty realisasi. Text from the report: clean it where
        printed."""
        if self.derived is not None and self.derived.raw is not None:
            return f"{self.derived.raw} (TW)"
        return self.realisasi

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


def total(summaries: Iterable[Summary]) -> Summary:
    """Several reports' summaries as one (a region's roll-up, one year's reports): the IKU
    counted, with a capaian and under target summed; the average is every IKU's capaian's (the
    reports' averages weighted by their IKU with a capaian), rounded half up to 2 decimals."""
    indicators = measured = under = 0
    weighted = Decimal(0)
    for s in summaries:
        indicators += s.indicators
        under += s.under_target
        if s.average is not None:
            measured += s.measured
            weighted += s.average * s.measured
    average = None
    if measured:
        with localcontext(_AVERAGE):
            average = quantize(weighted / measured, Decimal("0.01"), ROUND_HALF_UP)
    return Summary(indicators, measured, under, average)


def _decimals(text: str) -> int:
    digits = text.strip().rstrip("%").strip()
    for sep in (",", "."):
        if sep in digits:
            return len(digits.rsplit(sep, 1)[1])
    return 0


def _printed_number(text: str) -> Decimal | None:
    """A printed capaian read as a number ("61,97", "61,97 %"), or None."""
    try:
        value: Decimal | None = parse_number(text.strip().rstrip("%").strip()).value
    except ParseError:
        return None
    if value is not None and abs(value) > LIMIT:
        return None  # not a capaian anyone printed on purpose (and no float holds it)
    return value


def printed_percent(text: str, value: Decimal | None = None) -> str:
    """A printed capaian as ``check`` and ``status`` show it: a number in the product's format
    beside our own capaian, "61,97 %" (read from "61.97", "61,97%" or a cell formatted as a
    percentage, "61,97 %": vals39, not "88.51 %" beside "90,06 %"); a text that is no number as
    written. ``value``: the number it reads as, when the caller has read it (the reviu:
    :func:`check_printed`'s value, not parsed again for each of a store's printed capaian);
    None: read here."""
    if value is None:
        value = _printed_number(text)
    return text.strip() if value is None else f"{format_exact(value)} %"


def printed_words(field: str, value: str, lang: str) -> tuple[str, str]:
    """A figure the report prints as ``status`` ("Dicetak lain: 100 % · capaian Renstra 96 %")
    and the TUI's detail pane name it: the field's words ("" for the year's capaian, which the
    line it follows names; "capaian Renstra", "target 2025") and the value, a capaian's with its
    "%" (:func:`printed_percent`). Report text: clean both where they are printed."""
    word = "" if field == "capaian" else field_label(field, lang)
    return word, printed_percent(value) if field in CAPAIAN_FIELDS else value


def check_printed(printed: Printed, ours: Achievement | None) -> PrintedCheck:
    """Compare a printed capaian with ours, at the precision the report printed it with (any
    precision: 40 decimals or 10 000 digits compare, never raise)."""
    value = _printed_number(printed.value)
    if value is None or ours is None or ours.value is None:
        return PrintedCheck(printed, value, differs=value is not None or ours is not None)
    quantum = Decimal(1).scaleb(-_decimals(printed.value))
    mine = quantize(ours.value, quantum, ROUND_HALF_UP)
    return PrintedCheck(printed, value, differs=mine != value)


def _flat(text: str) -> str:
    return " ".join(text.split()).casefold()


def _parsed(text: str) -> Value | None:
    try:
        return parse_value(text)
    except ParseError:
        return None


def units_agree(a: str | None, b: str | None) -> bool:
    """Two units (``Value.unit_key``) agree: the same unit, a unit on one side only, or a percent
    against a bare number (whose key is None)."""
    return a == b or a is None or b is None


def _units_agree(va: Value, vb: Value) -> bool:
    """The same unit, a unit on one side only, or a percent against a bare number."""
    return units_agree(va.unit_key, vb.unit_key)


def same_value(a: str | None, b: str | None) -> bool:
    """Whether two cells say the same figure: "3,3" = "3,30", "91%" = "91", "3+1" = "3 ± 1",
    "A (86,45)" = "A (86,450)", "3" = "3 ± 1" (a number printed for the middle of a range, as
    ``check`` groups printed values: core/reviu/measures.py ``_same``); otherwise the same text
    (spaces and case aside)."""
    va, vb = _parsed(a or ""), _parsed(b or "")
    if va is not None and vb is not None and va.kind == vb.kind == "missing":
        return True  # "-", "–", blank and nothing all say "not reported"
    if a is None or b is None:
        return False
    if va is not None and vb is not None and {va.kind, vb.kind} == {"number", "range"}:
        n, r = (va, vb) if va.kind == "number" else (vb, va)
        if n.number is not None and r.low is not None and r.high is not None:
            return _units_agree(n, r) and n.number == (r.low + r.high) / 2
    if va is None or vb is None or va.kind != vb.kind:
        return _flat(a) == _flat(b)
    if va.kind == "composite":
        return len(va.components) == len(vb.components) and all(
            same_value(x.raw, y.raw) for x, y in zip(va.components, vb.components, strict=True)
        )
    return (
        _units_agree(va, vb)
        and va.number == vb.number
        and va.low == vb.low
        and va.high == vb.high
        and va.comparator == vb.comparator
        and va.code == vb.code
        and (va.kind != "text" or va.text == vb.text or _flat(a) == _flat(b))
    )


def group_conflicts(conflicts: Iterable[TargetConflict]) -> list[list[TargetConflict]]:
    """Conflicting targets grouped by value ("3,30" in the Renstra and "3,3" in Tabel 2.2.2 are
    one value), in the order first seen: what a display shows once, naming every source."""
    groups: list[list[TargetConflict]] = []
    for conflict in conflicts:
        same = next((g for g in groups if same_value(g[0].value, conflict.value)), None)
        if same is None:
            groups.append([conflict])
        else:
            same.append(conflict)
    return groups


def cell_figures(value: str, name: str | None) -> list[tuple[str, str | None]]:
    """A printed target that is several figures in one cell, each with the indicator it is for:
    the seed's Perjanjian Kinerja prints one row for two indicators, named "- Opini … - Standar
    Pelayanan Publik", with "89,00 4,00". The figures of a composite of plain numbers, each
    beside the name the same table prints in that place when it lists as many ("- a - b"), else
    None; [] when ``value`` is not such a composite (one figure, a grade, a text)."""
    if len(value.split(None, 1)) < 2:  # one word ("18,34%"): not read again (status, export)
        return []
    parsed = _parsed(value)
    if parsed is None or parsed.kind != "composite":
        return []
    parts = [c.raw for c in parsed.components]
    if len(parts) < 2 or any(c.kind != "number" for c in parsed.components):
        return []
    listed = " " + " ".join((name or "").split())  # a run of spaces once: linear
    names: list[str | None] = []
    if listed.startswith((" - ", " – ", " • ")):
        for bullet in ("–", "•"):
            listed = listed.replace(f" {bullet} ", " - ")
        names = [n.strip() for n in listed.split(" - ")[1:]]
    if len(names) != len(parts) or not all(names):
        names = [None] * len(parts)
    return list(zip(parts, names, strict=True))


#: How a table's name cell lists several indicators ("- Opini … - Standar Pelayanan Publik").
LISTED = ("-", "–", "•")


def listed_cell(m: Measure, source: str, value: str) -> list[tuple[str, str | None]] | None:
    """:func:`cell_figures` of a target printed in ``source`` as one cell of several indicators'
    figures, where that table lists their names ("- Opini … - Standar Pelayanan Publik") and
    names each figure's; None for any other target (most: one figure, no list of names)."""
    if len(value.split(None, 1)) < 2:
        return None
    listed = next((p.value for p in m.printed if p.field == "name" and p.table == source), "")
    if not listed.lstrip().startswith(LISTED):  # (this table lists no names)
        return None
    figures = cell_figures(value, listed)
    return None if not figures or all(n is None for _, n in figures) else figures


def _cell_figure(node: Node, source: str, value: str) -> str | None:
    """This indicator's figure of a target printed as one cell of several indicators' figures
    (:func:`listed_cell`), as ``check`` reads it (core/cell.py ``own_figure``, imported only
    here and then); None when the target is no such cell or no figure can be told apart."""
    m = node.measure
    figures = None if m is None else listed_cell(m, source, value)
    if figures is None or m is None:
        return None
    from lkj_tui.core.cell import own_figure

    own = own_figure(figures, node.name, m.target)
    return None if own is None else figures[own[0]][0]


def conflict_figures(m: Measure | None, source: str, value: str) -> list[tuple[str, str | None]]:
    """:func:`cell_figures` of a target printed in ``source``, beside the name that table prints
    for the measure (the seed's Perjanjian Kinerja: "- Opini … - Standar Pelayanan Publik")."""
    name = (
        None
        if m is None
        else next((p.value for p in m.printed if p.field == "name" and p.table == source), None)
    )
    return cell_figures(value, name)


def _held(m: Measure, field_name: str, tahun: int) -> tuple[bool, str | None]:
    """What the measure holds for a printed field: (comparable, value)."""
    name, _, which = field_name.partition(":")
    if name in ("target", "realisasi", "target_akhir") and not which:
        return True, getattr(m, name)
    if name == "target" and which.isascii() and which.isdigit():
        year = int(which)
        return True, m.target if year == tahun and m.target else m.targets.get(year)
    if name == "realisasi" and which.isascii() and which.isdigit():
        year = int(which)
        return True, m.realisasi if year == tahun else m.realisasi_history.get(year)
    if name == "triwulan" and which in ("1", "2", "3", "4"):
        return True, m.triwulan[int(which) - 1]
    return False, None


def figures(ev: Evaluated, tahun: int) -> tuple[Figure, ...]:
    """Every printed figure of a measured node, each compared with what lkj-tui holds."""
    m = ev.node.measure
    if m is None:
        return ()
    checks = {id(c.printed): c for c in ev.printed}
    out: list[Figure] = []
    for p in m.printed:
        if p.field in CAPAIAN_FIELDS:
            check = checks.get(id(p))
            out.append(Figure(p, None if check is None else not check.differs))
            continue
        comparable, held = _held(m, p.field, tahun)
        out.append(Figure(p, same_value(p.value, held) if comparable else None))
    return tuple(out)


def report_scales(report: Report) -> Scales:
    """The report's own scales (its ``scales`` field over the defaults), or the defaults."""
    return Scales.from_dict(report.meta.scales) if report.meta.scales else DEFAULT_SCALES


def capaian(m: Measure, scales: Scales) -> tuple[Achievement, Derivation | None]:
    """The capaian of a measure against the report year's target, as :class:`Evaluation` computes
    it (the realisasi, or when it is empty the one derived from the triwulan by the cara hitung),
    and the derivation when there was one. Alone, for callers that need no more (the listing's IKU
    summary, the import's list of indicators without capaian)."""
    realisasi, derived, how = _realisasi(m)
    return compute(m.target, realisasi, m.polaritas, scales, derived=how), derived


def _realisasi(m: Measure) -> tuple[str | None, Derivation | None, Text | None]:
    """The realisasi a capaian is computed from (derived from the triwulan by the cara hitung when
    it is empty), the derivation, and the sentence saying how."""
    realisasi, derived, how = m.realisasi, None, None
    if (realisasi is None or not realisasi.strip()) and m.cara_hitung is not None:
        derived = derive(m.triwulan, m.cara_hitung)
        if derived is not None:
            realisasi, how = derived.raw, derived.sentence()
    return realisasi, derived, how


_Key = tuple[str | None, str | None, str]  # target, realisasi, polarity

#: The capaian computed, by scales: rows such as "100%" of "100%" repeat within a report and
#: across the reports a process reads (``check --all``, the export of every report). An Achievement
#: is immutable. A memory that holds more than ``_KEPT`` starts again for another report; the same
#: report evaluated again keeps it (the TUI after an undo or a change of the tree, a reload: the
#: 100,000-measure report's 39,000 capaian computed again were 60 % of its evaluation). The bound:
#: about fifty kabupaten reports' capaian, ≈ 1 KB each; a kabupaten store's export computes
#: 32,389 of its 63,595 capaian (41,803 with 4,096: docs/performance.md, "exp65").
_COMPUTED: dict[Scales, dict[_Key, Achievement]] = {}
_KEPT = 16384
#: the report whose evaluation last took each memory
_USED_BY: dict[Scales, str] = {}


def _computed(scales: Scales, report_id: str) -> dict[_Key, Achievement]:
    """The capaian computed so far with ``scales``, for report ``report_id`` about to be
    evaluated."""
    memo = _COMPUTED.get(scales)
    if memo is None:
        if len(_COMPUTED) >= 8:  # (a store of many reports with scales of their own)
            _COMPUTED.clear()
            _USED_BY.clear()
        memo = _COMPUTED[scales] = {}
    elif len(memo) > _KEPT and _USED_BY.get(scales) != report_id:
        memo.clear()
    _USED_BY[scales] = report_id
    return memo


def _kept(
    memo: dict[_Key, Achievement],
    scales: Scales,
    target: str | None,
    realisasi: str | None,
    polarity: Polarity,
) -> Achievement:
    """The engine's capaian with ``scales``, taken from ``memo`` or made and kept there."""
    key = (target, realisasi, polarity)
    ach = memo.get(key)
    if ach is None:
        ach = memo[key] = compute(target, realisasi, polarity, scales)
    return ach


#: :attr:`Evaluation.compute`'s type: (target, realisasi, polarity) → capaian.
Compute = Callable[[str | None, str | None, Polarity], Achievement]


class Evaluation:
    """The engine's view of one report."""

    def __init__(self, report: Report, scales: Scales | None = None) -> None:
        self.report = report
        if scales is None:
            scales = report_scales(report)
        self.scales = scales
        #: The measured nodes, in report order. A node without a measure has no record kept: its
        #: count of under-target nodes beneath it is in ``_counts`` (when not 0), and :meth:`of`
        #: makes its record when asked (the 100,000-measure report's 83,264 records and their
        #: place in this dict held 12 MB: docs/performance.md, "mem65").
        self._by_id: dict[str, Evaluated] = {}
        self._counts: dict[str | None, int] = {}
        #: The engine's capaian with the report's scales, made once per (target, realisasi,
        #: polarity) while the memory of these scales holds it (:data:`_COMPUTED`): rows such as
        #: "100%" of "100%" or "1 Dokumen" of "1 Dokumen" repeat (a third of the bundled report's,
        #: 61 % of the 100,000-measure benchmark's, half of a kabupaten store's across its
        #: reports); an Achievement is immutable. The reviu computes through it too, and a
        #: finding whose words are written when first read keeps it without the evaluation.
        self.compute: Compute = partial(_kept, _computed(scales, report.meta.id), scales)
        #: items() and under_target() by the kinds asked for, until the next refresh
        self._items: dict[object, list[Evaluated]] = {}
        self.refresh()

    # ---- computing
    def _compute(
        self, target: str | None, realisasi: str | None, polarity: Polarity, how: Text | None
    ) -> Achievement:
        """:meth:`compute`, or the engine's own run for a realisasi derived ``how`` from the
        triwulan (its sentences say so)."""
        if how is not None:
            return compute(target, realisasi, polarity, self.scales, derived=how)
        return self.compute(target, realisasi, polarity)

    def _evaluate_node(self, node: Node) -> Evaluated:
        m = node.measure
        if m is None:
            return Evaluated(node)
        realisasi, derived, how = _realisasi(m)
        ach = self._compute(m.target, realisasi, m.polaritas, how)
        ren = self._compute(m.target_akhir, realisasi, m.polaritas, how) if m.target_akhir else None
        checks = []
        for p in m.printed:
            if p.field == "capaian":
                checks.append(check_printed(p, ach))
            elif p.field == "capaian_renstra":
                checks.append(check_printed(p, ren))
        return Evaluated(node, ach, ren, tuple(checks), derived=derived)

    def refresh(self, node_ids: Iterable[str] | None = None) -> None:
        """Recompute the given nodes (all when None) and keep every parent's under-target count.

        A full refresh counts in one pass over the tree; a partial one moves each parent's count by
        ±1 where a node's under-target state changed, so an edit costs O(depth), not O(report).
        """
        self._items.clear()
        if node_ids is None:
            # The cyclic GC is off during the pass: it makes ≈ 10 objects per measure, none in a
            # cycle, and each collection would walk the whole report (a 100,000-measure report:
            # 16 → 7 s; docs/performance.md).
            with gc_paused():
                self._full_pass()
            return
        for node_id in node_ids:
            node = self.report.node(node_id)
            before = self._by_id.get(node_id)
            if (node.measure is None) != (before is None):
                # a node that gains or loses its measure (or a new one): its place among the
                # measured, and every count, made again by a full pass
                with gc_paused():
                    self._full_pass()
                return
            if before is None:  # (no measure: nothing of it is kept, nothing under target)
                continue
            fresh = self._with_count(self._evaluate_node(node), before.under_below)
            self._by_id[node_id] = fresh
            if before.under_target != fresh.under_target:
                step = 1 if fresh.under_target else -1
                for ancestor in self.report.ancestors(node_id):
                    ev = self._by_id.get(ancestor.id)
                    if ev is not None:
                        self._by_id[ancestor.id] = self._with_count(ev, ev.under_below + step)
                    elif count := self._counts.get(ancestor.id, 0) + step:
                        self._counts[ancestor.id] = count
                    else:
                        del self._counts[ancestor.id]

    def _full_pass(self) -> None:
        """Every measured node evaluated, with the lists items() and under_target() give filled on
        the way (each a pass of its own over a big report cost as much as a fifth of evaluating
        it), and every node's count of under-target nodes beneath it."""
        by_id: dict[str, Evaluated] = {}
        under: list[Evaluated] = []
        by_kind: dict[str, list[Evaluated]] = {}
        walked = self.report.nodes()
        for node in walked:
            if node.measure is not None:
                made = by_id[node.id] = self._evaluate_node(node)
                by_kind.setdefault(node.kind, []).append(made)
                if made.achievement is not None and made.achievement.under_target:
                    under.append(made)
        # Every parent's count in one pass over the walk backwards, each node's descendants just
        # before it: linear in the report whatever its depth (a walk up from each under-target
        # node would be O(n × depth)), and only the counts of the nodes still waiting for theirs
        # kept (at most the depth; a count for every node and the walk's order as tuples: 20 MB
        # of the 100,000-measure report's peak, "mem57").
        below: dict[str | None, int] = {}  # under-target nodes beneath a node, while counted
        counts: dict[str | None, int] = {}  # the nodes without a measure that have one
        for node in reversed(walked):
            count = below.pop(node.id, 0)
            ev = by_id.get(node.id)
            if ev is None:
                if count:
                    counts[node.id] = count
            else:
                if count:  # set in place: every Evaluated of the full pass is new, not yet shared
                    object.__setattr__(ev, "under_below", count)
                if ev.achievement is not None and ev.achievement.under_target:
                    count += 1
            if count:
                below[node.parent] = below.get(node.parent, 0) + count
        self._by_id, self._counts = by_id, counts
        self._items[None] = list(by_id.values())
        self._items["under"] = under
        for kind, found in by_kind.items():
            self._items[frozenset((kind,))] = found
        self._items["every kind"] = []  # a kind without a list here has no items

    @staticmethod
    def _with_count(ev: Evaluated, count: int) -> Evaluated:
        if ev.under_below == count:
            return ev
        return Evaluated(ev.node, ev.achievement, ev.renstra, ev.printed, count, ev.derived)

    def replace(self, node: Node) -> None:
        """Put an edited node into the report and re-evaluate it and its parents."""
        self.report.replace_node(node)
        self.refresh([node.id])

    # ---- reading
    def of(self, node_id: str) -> Evaluated:
        ev = self._by_id.get(node_id)
        if ev is not None:
            return ev
        node = self.report.node(node_id)  # (KeyError: no such node)
        if node.measure is not None:  # (a measured node this evaluation has not seen)
            raise KeyError(node_id)
        return Evaluated(node, under_below=self._counts.get(node_id, 0))

    def figures(self, node_id: str) -> tuple[Figure, ...]:
        """Every printed figure of a node, compared with what lkj-tui holds."""
        return figures(self.of(node_id), self.report.meta.tahun)

    def target_conflicts(self, node_id: str) -> tuple[TargetConflict, ...]:
        """The report year's target as printed elsewhere with another value: the Renstra target of
        the year (``targets``) and every printed ``target``/``target:<year>`` figure; each with the
        capaian the realisasi would have against it (a conflict may flip the verdict)."""
        ev = self.of(node_id)
        m, tahun = ev.node.measure, self.report.meta.tahun
        if m is None:
            return ()
        found: list[tuple[str, str]] = []
        renstra = m.targets.get(tahun)
        if renstra is not None and renstra.strip():
            found.append((f"Renstra {tahun}", renstra))
        found += [(p.table, p.value) for p in m.printed if p.field in ("target", f"target:{tahun}")]
        out: list[TargetConflict] = []
        seen: set[tuple[str, str]] = set()
        for source, value in found:
            if (source, value) in seen or same_value(value, m.target):
                continue
            seen.add((source, value))
            # one cell of several indicators' figures: against this one's, as check reads it
            figure = _cell_figure(ev.node, source, value)
            ach = compute(figure or value, ev.realisasi, m.polaritas, self.scales)
            out.append(TargetConflict(source, value, ach, figure))
        return tuple(out)

    def quarters(self, node_id: str) -> tuple[QuarterCapaian, ...]:
        """A capaian per filled quarter (for the detail pane): see :func:`triwulan.quarters`."""
        m = self.of(node_id).node.measure
        if m is None:
            return ()
        return quarters(
            m.triwulan, m.target_triwulan, m.target, m.cara_hitung, m.polaritas, self.scales
        )

    def items(self, kinds: Iterable[str] | None = None) -> list[Evaluated]:
        """The measured nodes (of the given kinds), in report order. Kept until the next refresh:
        a front end asks for the same lists several times (``status`` of a 100,000-measure report
        walked its 183,264 nodes six times)."""
        key = frozenset(kinds) if kinds is not None else None
        found = self._items.get(key)
        if found is None:
            if key is None:  # (the measured nodes in report order: an edit replaces one in
                # place, a node that gains or loses a measure makes a full pass)
                found = list(self._by_id.values())
            elif len(key) == 1 and "every kind" in self._items:
                found = []  # no item of this kind (the full pass keeps one list per kind)
            else:
                found = [ev for ev in self.items() if ev.node.kind in key]
            self._items[key] = found
        return list(found)

    def under_target(self) -> list[Evaluated]:
        """Every under-target item at every level, in report order."""
        found = self._items.get("under")
        if found is None:
            found = self._items["under"] = [ev for ev in self.items() if ev.under_target]
        return list(found)

    def summary(self) -> Summary:
        iku = self.items(["iku"])
        rounded = [
            ev.achievement.rounded
            for ev in iku
            if ev.achievement and ev.achievement.rounded is not None
        ]
        by_rating = dict.fromkeys(self.scales.labels(), 0)  # the report's own labels, best first
        for ev in iku:
            if ev.achievement and ev.achievement.rating:
                rating = ev.achievement.rating
                by_rating[rating] = by_rating.get(rating, 0) + 1
        average = None
        if rounded:
            with localcontext(_AVERAGE):
                mean = sum(rounded, Decimal(0)) / len(rounded)
            average = quantize(mean, Decimal("0.01"), ROUND_HALF_UP)
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
