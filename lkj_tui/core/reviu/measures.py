"""The checks of one measured node: printed figures (1), targets (2), missing data (3), analysis
(4), polaritas (5), units and forms (6), triwulan (7), realism (8), earlier years (9), Renstra (10).

Each function takes the :class:`Ctx` and one evaluated node and returns its findings; none raises
on any text (every value goes through the engine's parser, which never raises past its callers)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, localcontext
from functools import partial
from itertools import pairwise
from typing import TYPE_CHECKING

from lkj_tui.core.achievement import Achievement
from lkj_tui.core.engine import Polarity, compute, point_capaian
from lkj_tui.core.evaluate import (
    LISTED,
    Compute,
    Evaluated,
    Evaluation,
    PrintedCheck,
    printed_percent,
    same_value,
    units_agree,
)
from lkj_tui.core.evaluate import (
    _decimals as decimals,  # the printed precision, as Evaluation reads it
)
from lkj_tui.core.i18n import LANGS, achievement_text, table_name, tr
from lkj_tui.core.longvalue import quoted
from lkj_tui.core.model import Measure, Node
from lkj_tui.core.numbers import format_id
from lkj_tui.core.reviu.finding import Finding, Said, make, make_unwritten, parted
from lkj_tui.core.scales import DEFAULT_SCALES, Scales, normalise_unit
from lkj_tui.core.values import (
    MISSING_MARKS,
    NOT_AVAILABLE,
    ParseError,
    Value,
    parse_value,
    separator_slip,
)

if TYPE_CHECKING:
    from lkj_tui.core.reviu.cells import Cell

HUNDRED = Decimal(100)
#: the nodes whose subtrees the checks walk (:meth:`Ctx.below`)
_RUN_KINDS = ("sasaran", "iku")


class Ctx:
    """What every check needs: the evaluation, the report year and the Renstra's last year, and
    the nodes in report order (walked once: the checks of the whole report and of each sasaran
    or IKU's subtree walked it ten times over)."""

    def __init__(self, evaluation: Evaluation) -> None:
        self.ev = evaluation
        self.report = evaluation.report
        self.scales = evaluation.scales
        self.year = self.report.meta.tahun
        self.end_year = self.report.meta.periode[1] or None
        self.nodes = self.report.nodes()
        # The subtree of each sasaran and IKU (the ones the checks walk) is a run of the walk:
        # from the node to its last descendant (its last child's last child…). Where each run
        # ends is kept for them alone: a position and a size for each of the huge report's
        # 183,264 nodes held 22 MiB at the reviu's peak (mem65).
        starts = {n.id: i for i, n in enumerate(self.nodes) if n.kind in _RUN_KINDS}
        last = {node_id: self._last(node_id) for node_id in starts}
        ends = set(last.values())
        at = {n.id: i for i, n in enumerate(self.nodes) if n.id in ends}
        self._runs = {node_id: (i + 1, at[last[node_id]] + 1) for node_id, i in starts.items()}

    def _last(self, node_id: str) -> str:
        """``node_id``'s last descendant in the walk (itself when it has no children)."""
        while children := self.report.children(node_id):
            node_id = children[-1].id
        return node_id

    def leaf(self, node_id: str) -> bool:
        """Whether ``node_id`` has no children."""
        return not self.report.has_children(node_id)

    def below(self, node_id: str) -> list[Node]:
        """The nodes under ``node_id``, in report order (``Report.walk(node_id)``): a slice of the
        walk for a sasaran or an IKU, a walk of its own for any other node."""
        run = self._runs.get(node_id)
        if run is None:
            return list(self.report.walk(node_id))
        return self.nodes[run[0] : run[1]]

    def compute(self, target: str | None, realisasi: str | None, polarity: Polarity) -> Achievement:
        return self.ev.compute(target, realisasi, polarity)


def num(value: Decimal | None, places: int = 2) -> str:
    """A computed number the Indonesian way (88,51); "—" for none."""
    return "—" if value is None else format_id(value, places)


def parse(text: str | None) -> Value | None:
    """The engine's reading of a printed value, or None when it cannot be read."""
    try:
        return parse_value(text)
    except ParseError:
        return None


def at(value: Decimal, places: int, rounding: str = ROUND_HALF_UP) -> Decimal:
    """``value`` at ``places`` decimals, at any length (a printed figure may carry 40 decimals)."""
    with localcontext() as ctx:
        ctx.prec = max(28, value.adjusted() + places + 3)
        return value.quantize(Decimal(1).scaleb(-places), rounding=rounding)


def is_missing(text: str | None) -> bool:
    if text is None:
        return True
    text = text.strip()
    return text in MISSING_MARKS or text.casefold() in NOT_AVAILABLE


# --------------------------------------------------------------------------- 1 printed vs computed

Candidate = tuple[str, Decimal | None, tuple[str, str]]  # method, value, (id, en) explanation


def explain(printed: Decimal, places: int, candidates: Iterable[Candidate]) -> tuple[str, str]:
    """The first known method whose result, at the printed precision, is the printed figure."""
    for method, value, (text_id, text_en) in candidates:
        if value is None:
            continue
        rounding = ROUND_DOWN if method == "truncation" else ROUND_HALF_UP
        if at(value, places, rounding) == printed:
            shown = num(value)
            return text_id.format(v=shown), text_en.format(v=shown)
    return (
        "Tidak ada cara hitung yang dikenal yang menghasilkan angka tercetak.",
        "No known method gives the printed figure.",
    )


_TRUNC = (
    "Pemotongan desimal (bukan pembulatan) dari {v} menghasilkan angka tercetak.",
    "Truncating {v} (instead of rounding) gives the printed figure.",
)
_CAP = ("Angka tercetak = capaian yang dibatasi ({v}).", "The printed figure is a capped capaian.")


def _caps(value: Decimal | None, printed: Decimal) -> list[Candidate]:
    if value is not None and printed in (HUNDRED, Decimal(110), Decimal(120)) and value > printed:
        return [("cap", printed, _CAP)]
    return []


def _year_targets(year: int, m: Measure) -> list[tuple[str, str]]:
    """(source, text) of every target printed for the report ``year``."""
    out = [("LKj", m.target)] if m.target else []
    if year in m.targets:
        out.append(("Renstra", m.targets[year]))
    out += [(p.table, p.value) for p in m.printed if p.field in ("target", f"target:{year}")]
    return [(s, t) for s, t in out if t is not None]


def _capaian_candidates(
    compute: Compute, year: int, e: Evaluated, renstra: bool
) -> list[Candidate]:
    m = e.node.measure
    assert m is not None
    ours = e.renstra if renstra else e.achievement
    other = e.achievement if renstra else e.renstra
    value = ours.value if ours else None
    cands: list[Candidate] = [("truncation", value, _TRUNC)]
    if renstra:
        tt = compute(m.target_akhir, m.target, m.polaritas).value
        cands.append(
            (
                "target-over-target",
                tt,
                (
                    "Angka tercetak = target tahun ini ÷ target akhir × 100 ({v}): realisasi "
                    "tidak dipakai.",
                    "The printed figure = this year's target ÷ end target × 100 ({v}): the "
                    "realisasi was not used.",
                ),
            )
        )
        swap = (
            "Angka tercetak sama dengan capaian terhadap target tahun ini ({v}).",
            "The printed figure is the capaian against this year's target ({v}).",
        )
        inverse = compute(m.realisasi, m.target_akhir, "positif").value
    else:
        tt = compute(m.target, m.target, m.polaritas).value
        cands.append(
            (
                "target-over-target",
                tt,
                (
                    "Angka tercetak = target ÷ target × 100 ({v}): realisasi tidak dipakai.",
                    "The printed figure = target ÷ target × 100 ({v}): the realisasi was not used.",
                ),
            )
        )
        swap = (
            "Angka tercetak sama dengan capaian terhadap target akhir Renstra ({v}).",
            "The printed figure is the progress to the Renstra end target ({v}).",
        )
        inverse = compute(m.realisasi, m.target, "positif").value  # T / R
        for source, text in _year_targets(year, m):
            if text != m.target:
                cands.append(
                    (
                        "other-target",
                        compute(text, m.realisasi, m.polaritas).value,
                        (
                            f"Angka tercetak = capaian terhadap target {text} ({source}): {{v}}.",
                            f"The printed figure = the capaian against target {text} ({source}): "
                            "{v}.",
                        ),
                    )
                )
    cands.append(("swap", other.value if other else None, swap))
    cands += _cara_hitung_candidates(compute, m, m.target_akhir if renstra else m.target)
    cands.append(
        (
            "inverse",
            inverse,
            (
                "Angka tercetak = target ÷ realisasi × 100 ({v}): rumus terbalik.",
                "The printed figure = target ÷ realisasi × 100 ({v}): the ratio inverted.",
            ),
        )
    )
    return cands


_CARA = {
    "kumulatif": ("jumlah triwulan", "the sum of the quarters"),
    "rata_rata": ("rata-rata triwulan", "the mean of the quarters"),
    "nilai_akhir": ("triwulan terakhir", "the last quarter"),
}


def _cara_hitung_candidates(compute: Compute, m: Measure, target: str | None) -> list[Candidate]:
    """The capaian with the year's realisasi taken from the triwulan another way (a count summed
    where the last quarter was meant, or the reverse)."""
    quarters = [parse(q) for q in m.triwulan if not is_missing(q)]
    if not quarters or any(q is None for q in quarters):
        return []
    out: list[Candidate] = []
    for cara, (label_id, label_en) in _CARA.items():
        year = _year_from_quarters(cara, [q for q in quarters if q is not None])
        if year is None:
            continue
        value = compute(target, format_id(year, 10, trim=True), m.polaritas).value
        shown = format_id(year, 2)
        out.append(
            (
                f"cara-hitung:{cara}",
                value,
                (
                    f"Angka tercetak = capaian dengan realisasi dari {label_id} ({shown}): {{v}}.",
                    f"The printed figure = the capaian with the realisasi taken as {label_en} "
                    f"({shown}): {{v}}.",
                ),
            )
        )
    return out


#: A printed capaian as a finding names it: (id, en).
_WHAT = {
    "capaian": ("capaian", "capaian"),
    "capaian_renstra": ("capaian thd target Renstra", "progress to the Renstra target"),
}


def _printed_groups(e: Evaluated) -> dict[tuple[str, str], list[PrintedCheck]]:
    """The printed capaian (and capaian Renstra) of ``e`` that differ from ours, by field and
    text as printed: one finding each, naming every table that prints it."""
    groups: dict[tuple[str, str], list[PrintedCheck]] = {}
    for pc in e.printed:
        if pc.differs and pc.value is not None:
            groups.setdefault((pc.printed.field, pc.printed.value.strip()), []).append(pc)
    return groups


def _printed_said(field_name: str, text: str, checks: list[PrintedCheck]) -> tuple[str, ...]:
    """ "Tabel 3.2, Tabel 3.2.2 mencetak capaian 100 %" (id, en; the tables as stored, for
    ``--json``)."""
    named = [", ".join(table_name(pc.printed.table, lang) for pc in checks) for lang in LANGS]
    shown = printed_percent(text, checks[0].value)  # (checks[0] read it)
    what = _WHAT[field_name]
    return (
        f"{named[0]} mencetak {what[0]} {shown}",
        f"{named[1]} {'print' if len(checks) > 1 else 'prints'} {what[1]} {shown}",
        _tables(checks),
    )


def _tables(checks: list[PrintedCheck]) -> str:
    """The tables that print a figure, as stored (``--json``'s ``tables``)."""
    return ", ".join(pc.printed.table for pc in checks)


def printed_capaian(ctx: Ctx, e: Evaluated) -> list[Finding]:
    """A printed capaian (or capaian Renstra) that is not ours at its precision: one finding a
    figure, its words written when first read (:func:`_printed_words`: the known methods that
    could give the printed figure cost a run of the engine each; ``check --all`` and the TUI's
    counts read none)."""
    if not e.printed:
        return []
    groups = _printed_groups(e)
    unfilled = bool(groups) and _unfilled(e)  # (then said by missing-realisasi, once)
    out = []
    for (field_name, text), checks in groups.items():
        renstra = field_name == "capaian_renstra"
        ours = e.renstra if renstra else e.achievement
        value = ours.value if ours else None
        if unfilled and value is None:
            continue  # no realisasi to check it against: one finding, missing-realisasi's
        figures = {"printed": text, "tables": _tables(checks)}
        if value is not None:
            places = decimals(text)
            figures |= {
                "computed": num(value),
                "computed_at_printed_precision": num(at(value, places), places),
            }
        else:  # met or not, no capaian % ("n/a"); or none at all
            figures["computed"] = "n/a" if ours is not None and ours.verdict else "—"
        check = "printed-capaian-renstra" if renstra else "printed-capaian"
        words = partial(_printed_words, ctx.ev.compute, ctx.year, e, field_name, text, checks)
        out.append(make_unwritten(check, e.node.id, words, figures))
    return out


def _printed_words(
    compute: Compute,
    year: int,
    e: Evaluated,
    field_name: str,
    text: str,
    checks: list[PrintedCheck],
) -> tuple[str, str]:
    """:func:`printed_capaian`'s message (id, en) on the figure ``text`` of ``field_name``:
    what we compute, and the known method that gives the printed figure, if any (the
    evaluation's ``compute`` and the report's ``year``: not the reviu's :class:`Ctx`, which
    a finding would keep)."""
    renstra = field_name == "capaian_renstra"
    ours = e.renstra if renstra else e.achievement
    value = ours.value if ours else None
    said_id, said_en, _ = _printed_said(field_name, text, checks)
    if value is None and ours is not None and ours.verdict:  # met or not, no capaian %
        said = [achievement_text(ours, lang) for lang in LANGS]
        return (
            f"{said_id}, hasil hitung {said[0]}: {ours.reason}.",
            f"{said_en}, computed {said[1]}: {ours.reason_en}.",
        )
    if value is None:  # (why after a colon: "(realisasi belum diisi (kosong bukan 0))")
        return (
            f"{said_id}, tetapi capaian tidak dapat dihitung: "
            f"{ours.reason if ours else 'tanpa target akhir'}.",
            f"{said_en}, but no capaian can be computed: "
            f"{ours.reason_en if ours else 'no end target'}.",
        )
    printed = checks[0].value
    assert printed is not None
    places = decimals(text)
    cands = _capaian_candidates(compute, year, e, renstra) + _caps(value, printed)
    why = explain(printed, places, cands)
    shown, mine = num(value), num(at(value, places), places)
    precision = (
        (f" ({mine} pada presisi tercetak)", f" ({mine} at the printed precision)")
        if mine != shown
        else ("", "")
    )
    return (
        f"{said_id}, hasil hitung {shown} %{precision[0]}. {why[0]}",
        f"{said_en}, computed {shown} %{precision[1]}. {why[1]}",
    )


# (compiled by ``re``'s cache when a report prints a kategori: most print none)
_BELOW = r"(?i)di\s*bawah\s*([0-9][0-9.,]*)\s*%"
_ABOVE = r"(?i)di\s*atas\s*([0-9][0-9.,]*)\s*%"


def printed_kategori(ctx: Ctx, e: Evaluated) -> list[Finding]:
    m = e.node.measure
    ours = e.achievement
    if m is None or ours is None or ours.rounded is None:
        return []
    out = []
    for p in m.printed:
        if p.field != "kategori":
            continue
        wrong = False
        if (hit := re.search(_BELOW, p.value)) and (v := parse(hit[1])) and v.number is not None:
            wrong = ours.rounded >= v.number
        elif (hit := re.search(_ABOVE, p.value)) and (v := parse(hit[1])) and v.number is not None:
            wrong = ours.rounded <= v.number
        elif p.value.strip().casefold() in {b.label.casefold() for b in ctx.scales.bands}:
            wrong = p.value.strip().casefold() != (ours.rating or "").casefold()
        if wrong:
            shown = f"{num(ours.rounded)} % ({ours.rating})"
            out.append(
                make(
                    "printed-kategori",
                    e.node.id,
                    (
                        f"{p.table} menggolongkan indikator ini “{p.value}”, capaiannya {shown}.",
                        f"{p.table} classes this indicator as “{p.value}”; its capaian is {shown}.",
                    ),
                    {"printed": p.value, "table": p.table, "computed": num(ours.rounded)},
                )
            )
    return out


# --------------------------------------------------------------------------- 2 / 10 targets


def _key(value: Value | None, text: str) -> tuple[object, ...]:
    """What two printed targets must share to be the same target (90 and 90 % are); a number's,
    range's or threshold's unit comes last, matched by :func:`_same` as ``status`` matches it."""
    if value is None:
        return ("raw", " ".join(text.split()).casefold())
    if value.kind == "number":
        return ("n", value.number.normalize() if value.number is not None else None, value.unit_key)
    if value.kind in ("grade", "opinion"):
        return (value.kind, value.code, value.number)
    if value.kind == "range":
        return ("r", value.low, value.high, value.unit_key)
    if value.kind == "threshold":
        return ("t", value.comparator, value.number, value.code, value.unit_key)
    return ("x", " ".join(value.raw.split()).casefold())


_UNITED = ("n", "r", "t")  # the keys whose last item is a unit


def _same(a: tuple[object, ...], b: tuple[object, ...]) -> bool:
    """Equal keys, or a number printed for the middle of a range (3 for 3 ± 1), in units that
    agree as ``status`` has them agree (evaluate.units_agree: 90 % and 90, not 90 % and 90 orang)."""
    if a[0] in _UNITED and b[0] in _UNITED:
        if not units_agree(a[-1], b[-1]):  # type: ignore[arg-type]
            return False
        a, b = a[:-1], b[:-1]
    if a == b:
        return True
    for x, y in ((a, b), (b, a)):
        if x[0] == "n" and y[0] == "r" and isinstance(x[1], Decimal):
            lo, hi = y[1], y[2]
            if isinstance(lo, Decimal) and isinstance(hi, Decimal):
                return x[1] == (lo + hi) / 2
    return False


def group_values(values: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    """Printed values grouped by meaning: [(first text, [sources])], in order of appearance."""
    if len(values) < 2:  # nothing to compare (most rows: the value is not printed again)
        return [(text, [source]) for source, text in values]
    groups: list[tuple[tuple[object, ...], str, list[str]]] = []
    for source, text in values:
        key = _key(parse(text), text)
        for gkey, _, sources in groups:
            if _same(gkey, key):
                if source not in sources:
                    sources.append(source)
                break
        else:
            groups.append((key, text, [source]))
    return [(text, sources) for _, text, sources in groups]


def _listing(groups: list[tuple[str, list[str]]], lang: str | None = None) -> str:
    """ "80 (LKj); 85 (Berkas impor)": each value and where it is printed, the tables named as a
    reader is shown them (:func:`table_name`) in ``lang``, or as stored (``None``: the data of
    ``--json``)."""

    def named(source: str) -> str:
        return source if lang is None else table_name(source, lang)

    return "; ".join(f"{text} ({', '.join(map(named, sources))})" for text, sources in groups)


#: An empty value as a reader is shown it ("—" in ``--json``: its data unchanged).
_EMPTY = {"id": "kosong", "en": "empty"}


def _worded(groups: list[tuple[str, list[str]]], lang: str) -> list[tuple[str, list[str]]]:
    """``groups`` with an empty value ("—") in words: "kosong (LKj); 3+1 (Tabel 3.2.2)"."""
    return [(_EMPTY[lang] if text == "—" else text, sources) for text, sources in groups]


def _shifted(m: Measure, text: str | None, year: int | None) -> int | None:
    """The year next to ``year`` whose Renstra target ``text`` is, when it is no other year's
    (``year``'s own included): the LKj took its target (or target akhir) from the Renstra one year
    off. A figure the Renstra sets for several years (B in 2024 and 2025) names no shift."""
    if text is None or year is None or is_missing(text):
        return None
    found = [other for other, value in m.targets.items() if same_value(text, value)]
    if len(found) == 1 and abs(found[0] - year) == 1:
        return found[0]
    return None


def _shift_words(text: str, other: int, year: int) -> tuple[str, str]:
    return (
        f" {text} adalah target Renstra {other}, bukan {year}: target bergeser satu tahun.",
        f" {text} is the Renstra's {other} target, not {year}'s: shifted by one year.",
    )


#: The names a Perjanjian Kinerja's table goes by in real reports and workbooks: "Perjanjian
#: Kinerja Tahun 2023", "Penetapan Kinerja" (its name before PermenPAN-RB 53/2014, "Tapkin"),
#: "PK 2023", "Target PK", "Lampiran PK".
_PK_WORDS = frozenset({"pk", "tapkin"})
_PK_NAMES = (("perjanjian", "kinerja"), ("penetapan", "kinerja"))


def _is_pk(source: str) -> bool:
    """Whether a printed target's table is the Perjanjian Kinerja (a name of :data:`_PK_WORDS`
    or :data:`_PK_NAMES` in it, as words: "Perjanjian Kinerja 2023 (Lampiran I)", "Target PK"):
    the target the year is measured against (PermenPAN-RB 53/2014)."""
    folded = source.casefold()
    if "pk" not in folded and "kinerja" not in folded and "tapkin" not in folded:
        return False  # (most tables: "Tabel 3.2.1", "Renstra 2023")
    words = "".join(c if c.isalnum() else " " for c in folded).split()
    pairs = pairwise(words)
    return not _PK_WORDS.isdisjoint(words) or any(pair in _PK_NAMES for pair in pairs)


def _to_correct(groups: list[tuple[str, list[str]]]) -> tuple[tuple[str, list[str]], list[str]]:
    """The target the others must follow — the Perjanjian Kinerja's when it is printed, else the
    LKj's (the one the capaian uses) — and the tables that print another one."""
    ref = next((g for g in groups if any(map(_is_pk, g[1]))), None)
    ref = ref or next((g for g in groups if "LKj" in g[1]), groups[0])
    return ref, [s for g in groups if g is not ref for s in g[1]]


def target_conflict(ctx: Ctx, e: Evaluated) -> list[Finding]:
    """This year's target printed differently: an error when the targets give different
    capaian (or verdicts) at the realisasi, a warning when every one gives the same: then only
    the writing differs ("> 95 %" and "95 %" at 97). Either way it names the target to follow
    and the tables to correct."""
    m = e.node.measure
    if m is None or not (m.printed or ctx.year in m.targets):
        return []  # the LKj's target alone
    groups = group_values(_year_targets(ctx.year, m))
    if len(groups) < 2:
        return []
    listing = _listing(groups)
    # a cell of several figures, each for its indicator (the seed's PK: "89,00 4,00"), where a
    # table lists several indicators' names: each said with its indicator, and the one of this
    # indicator used where it is known (core/reviu/cells.py, imported only then)
    cells: dict[int, Cell] = {}
    if any(p.field == "name" and p.value.lstrip().startswith(LISTED) for p in m.printed):
        from lkj_tui.core.reviu.cells import read_cells

        cells = read_cells(m, e.node.name, groups)
    if cells:
        from lkj_tui.core.reviu.cells import cells_listing

        words_id, words_en = cells_listing(groups, cells, "id"), cells_listing(groups, cells, "en")
    else:
        words_id, words_en = _listing(groups, "id"), _listing(groups, "en")
    drives = m.target or "—"
    each_id, each_en, results = [], [], set()
    for i, (text, _) in enumerate(groups):  # what the capaian would be against each of them
        own = cells.get(i)
        if own is not None and own[1] is not None:
            text = own[0][own[1][0]][0]  # (this indicator's figure of the cell)
        ach = ctx.compute(text, e.realisasi, m.polaritas)  # (derived from the triwulan too)
        if ach.rounded is not None or ach.verdict:
            results.add((ach.rounded, ach.under_target, ach.met))
            mark = " ▼" if ach.under_target else ""
            each_id.append(f"{text} → {achievement_text(ach, 'id')}{mark}")
            each_en.append(f"{text} → {achievement_text(ach, 'en')}{mark}")
    same = len(each_id) == len(groups) and len(results) == 1
    (ref, ref_sources), fix = _to_correct(groups)
    ref_cell = next((cells.get(i) for i, g in enumerate(groups) if g[0] == ref), None)
    ref_id, ref_en = ref, ref
    if ref_cell is not None:
        from lkj_tui.core.reviu.cells import ref_said

        ref_id, ref_en = ref_said(ref_cell, m.target)
    if ref_cell is not None and ref_cell[1] is not None:
        ref = ref_cell[0][ref_cell[1][0]][0]  # (compared with the LKj's target below)
    fix_id = ", ".join(table_name(s, "id") for s in fix)
    fix_en = ", ".join(table_name(s, "en") for s in fix)
    pk = any(map(_is_pk, ref_sources))
    source = table_name(ref_sources[0], "id") if pk else "LKj"
    if same:
        result_id, result_en = (each_id[0].partition(" → ")[2], each_en[0].partition(" → ")[2])
        against = (
            f" Pada realisasi {e.realisasi_shown}, capaian sama menurut tiap target ({result_id}):"
            f" hanya penulisannya yang berbeda. Tulis target di {fix_id} seperti di {source}: "
            f"{ref_id}.",
            f" At realisasi {e.realisasi_shown} each gives the same capaian ({result_en}): only the"
            f" writing differs. Write the target in {fix_en} as in {source}: {ref_en}.",
        )
    else:
        against = (
            (
                f" Capaian menurut tiap target: {'; '.join(each_id)}.",
                f" Capaian against each: {'; '.join(each_en)}.",
            )
            if len(each_id) > 1
            else ("", "")
        )
        if pk:
            recount = ref != drives and "LKj" in fix
            against = (
                against[0]
                + f" Perjanjian Kinerja menetapkan {ref_id}: perbaiki target"
                + (" (dan capaiannya)" if recount else "")
                + f" di {fix_id}, atau jelaskan bila target direvisi.",
                against[1]
                + f" The Perjanjian Kinerja sets {ref_en}: correct the target"
                + (" (and its capaian)" if recount else "")
                + f" in {fix_en}, or explain a revision.",
            )
        else:
            against = (
                against[0] + f" Cocokkan dengan Perjanjian Kinerja: bila {drives} benar, perbaiki "
                f"target di {fix_id}; bila tidak, perbaiki target dan capaian di LKj.",
                against[1] + f" Check the Perjanjian Kinerja: if {drives} is right, correct the "
                f"target in {fix_en}; if not, correct the LKj's target and capaian.",
            )
    shift = _shifted(m, m.target, ctx.year)
    if shift is not None:
        words = _shift_words(drives, shift, ctx.year)
        against = (against[0] + words[0], against[1] + words[1])
    return [
        make(
            "target-conflict",
            e.node.id,
            (
                f"Target {ctx.year} tercetak {len(groups)} macam: {words_id}. Capaian dihitung "
                f"dari target {drives} (LKj).{against[0]}",
                f"The {ctx.year} target is printed {len(groups)} ways: {words_en}. The capaian "
                f"uses target {drives} (LKj).{against[1]}",
            ),
            {"targets": listing, "drives": drives, "year": str(ctx.year)}
            | ({"reference": ref} if ref_cell is not None and ref_cell[1] is not None else {})
            | ({"capaian": "; ".join(each_id)} if len(each_id) > 1 else {})
            | ({"shifted_from": str(shift)} if shift is not None else {}),
            "warning" if same else None,
        )
    ]


def realisasi_conflict(ctx: Ctx, e: Evaluated) -> list[Finding]:
    """This year's realisasi, earlier years' and the quarters', against every printed one."""
    m = e.node.measure
    if m is None:
        return []
    if ctx.year not in m.realisasi_history and not (
        m.printed and any(p.field.startswith(("realisasi", "triwulan")) for p in m.printed)
    ):
        return []  # every figure below is printed once: nothing to differ
    rows: dict[str, list[tuple[str, str]]] = {str(ctx.year): [("LKj", m.realisasi or "")]}
    for year, value in m.realisasi_history.items():
        rows.setdefault(str(year), []).append(("LKj", value))
    for i, quarter in enumerate(m.triwulan, 1):
        if quarter is not None:
            rows.setdefault(f"triwulan {i}", []).append(("LKj", quarter))
    for p in m.printed:
        name, _, which = p.field.partition(":")
        if name == "realisasi":
            rows.setdefault(which or str(ctx.year), []).append((p.table, p.value))
        elif name == "triwulan" and which in ("1", "2", "3", "4"):
            rows.setdefault(f"triwulan {which}", []).append((p.table, p.value))
    parts, figures = [], {}
    for which, values in rows.items():
        present = [(s, t) for s, t in values if not is_missing(t)]
        if len(present) < len(values) and len(present) > 0 and which == str(ctx.year):
            present = values  # an empty realisasi beside a printed one is a conflict too
        groups = group_values([(s, t or "—") for s, t in present])
        if len(groups) > 1:
            figures[f"realisasi:{which}"] = _listing(groups)
            said = _listing(_worded(groups, "id"), "id"), _listing(_worded(groups, "en"), "en")
            parts.append((which, *said))
    if not parts:
        return []
    said, marked = zip(
        parted("Realisasi tercetak berbeda", [f"{w}: {listing}" for w, listing, _ in parts], "."),
        parted(
            "The realisasi is printed differently",
            [f"{w.replace('triwulan', 'quarter')}: {listing}" for w, _, listing in parts],
            ".",
        ),
        strict=True,
    )
    return [make("realisasi-conflict", e.node.id, said, figures, marked=marked)]


def name_differs(ctx: Ctx, e: Evaluated) -> list[Finding]:
    """The names an IKU/indikator lainnya is printed with in other tables (spaces, case and a final
    full stop aside)."""
    m = e.node.measure
    if m is None or e.node.kind not in ("iku", "lainnya"):
        return []
    names = [("LKj", e.node.name)] + [(p.table, p.value) for p in m.printed if p.field == "name"]
    if len(names) < 2:
        return []
    seen: dict[str, tuple[str, list[str]]] = {}
    for source, name in names:
        key = " ".join(name.split()).casefold().rstrip(" .")
        seen.setdefault(key, (name, []))[1].append(source)
    if len(seen) < 2:
        return []
    listing = "; ".join(f"“{name}” ({', '.join(sources)})" for name, sources in seen.values())
    return [
        make(
            "name-differs",
            e.node.id,
            (
                f"Indikator ini tercetak dengan {len(seen)} nama: {listing}.",
                f"This indicator is printed with {len(seen)} names: {listing}.",
            ),
            {"names": listing},
        )
    ]


def renstra_conflict(ctx: Ctx, e: Evaluated) -> list[Finding]:
    m = e.node.measure
    if m is None:
        return []
    if not (m.target_akhir and ctx.end_year in m.targets) and not (
        m.printed and any(p.field.startswith("target") for p in m.printed)
    ):
        return []  # every target below is printed once: nothing to differ
    per_year: dict[int, list[tuple[str, str]]] = {}
    for year, text in sorted(m.targets.items()):
        if year != ctx.year:
            per_year.setdefault(year, []).append(("Renstra", text))
    for p in m.printed:
        if p.field.startswith("target:") and p.field[7:].isdigit() and int(p.field[7:]) != ctx.year:
            per_year.setdefault(int(p.field[7:]), []).append((p.table, p.value))
    akhir = [("LKj", m.target_akhir)] if m.target_akhir else []
    akhir += [(p.table, p.value) for p in m.printed if p.field == "target_akhir"]
    if ctx.end_year is not None and ctx.end_year in m.targets and akhir:
        akhir.append((f"Renstra {ctx.end_year}", m.targets[ctx.end_year]))
    parts_id, parts_en, figures = [], [], {}
    rows: list[tuple[str, list[tuple[str, str]]]] = [
        (str(y), v) for y, v in sorted(per_year.items())
    ]
    for which, values in [*rows, ("akhir", akhir)]:
        groups = group_values([(s, t) for s, t in values if t is not None])
        if len(groups) > 1:
            figures[f"target:{which}"] = _listing(groups)
            listing, listing_en = _listing(groups, "id"), _listing(groups, "en")
            label = f"target {which}" if which != "akhir" else "target akhir Renstra"
            parts_id.append(f"{label}: {listing}")
            parts_en.append(
                f"{which} target: {listing_en}" if which != "akhir" else f"end target: {listing_en}"
            )
    if not parts_id:
        return []
    shift = _shifted(m, m.target_akhir, ctx.end_year) if "target:akhir" in figures else None
    words = ("", "")
    if shift is not None and m.target_akhir is not None and ctx.end_year is not None:
        words = _shift_words(m.target_akhir, shift, ctx.end_year)
        figures["target_akhir_shifted_from"] = str(shift)
    said, marked = zip(
        parted("Target Renstra tercetak berbeda", parts_id, "." + words[0]),
        parted("Renstra targets printed differently", parts_en, "." + words[1]),
        strict=True,
    )
    return [make("renstra-conflict", e.node.id, said, figures, marked=marked)]


def renstra_path(ctx: Ctx, e: Evaluated) -> list[Finding]:
    m = e.node.measure
    if m is None or e.node.kind not in ("iku", "lainnya"):
        return []
    out = []
    if not m.target_akhir and (ctx.end_year is None or ctx.end_year not in m.targets):
        out.append(
            make(
                "no-target-akhir",
                e.node.id,
                (
                    "Tidak ada target akhir Renstra: kemajuan jangka menengah tidak terukur.",
                    "No Renstra end target: medium-term progress cannot be measured.",
                ),
            )
        )
    years = sorted(m.targets)
    for a, b in pairwise(years):
        if m.targets[a] == m.targets[b]:
            continue  # the same target again is no step back (a target against itself: 100 %)
        step = ctx.compute(m.targets[a], m.targets[b], m.polaritas)
        if step.value is not None and step.method not in ("rentang", "opini") and step.value < 99:
            out.append(
                make(
                    "renstra-path",
                    e.node.id,
                    (
                        f"Target Renstra {b} ({m.targets[b]}) mundur dari target {a} "
                        f"({m.targets[a]}).",
                        f"The Renstra target for {b} ({m.targets[b]}) falls back from {a} "
                        f"({m.targets[a]}).",
                    ),
                    {"year": str(b), "target": m.targets[b], "previous": m.targets[a]},
                )
            )
            break
    ren = e.renstra
    if (
        ren is not None
        and ren.rounded is not None
        and ren.rounded >= HUNDRED
        and ren.method not in ("rentang", "opini", "teks_sama")
        and (ctx.end_year is None or ctx.year < ctx.end_year)
    ):
        end = "" if ctx.end_year is None else f" ({ctx.end_year})"  # (a report without periode)
        out.append(
            make(
                "renstra-reached",
                e.node.id,
                (
                    f"Realisasi {m.realisasi} sudah mencapai target akhir Renstra "
                    f"{m.target_akhir} ({num(ren.rounded)} %) pada {ctx.year}, sebelum akhir "
                    f"periode{end}.",
                    f"Realisasi {m.realisasi} already reaches the Renstra end target "
                    f"{m.target_akhir} ({num(ren.rounded)} %) in {ctx.year}, before the end of "
                    f"the period{end}.",
                ),
                {"realisasi": m.realisasi or "", "target_akhir": m.target_akhir or ""}
                | {"progress": num(ren.rounded)},
            )
        )
    return out


# --------------------------------------------------------------------------- 3 missing data


def _no_target(e: Evaluated, m: Measure) -> bool:
    """Whether ``m``'s target is missing (an error of its own, ``missing-target``)."""
    a = e.achievement  # a capaian computed from the target had one (not a text matched as
    # text: "n/a" against "n/a"): the target is read once, by the engine, for most measures
    measured = a is not None and a.value is not None and a.method != "teks_sama"
    return not measured and is_missing(m.target)


def _unfilled(e: Evaluated) -> bool:
    """Whether ``e``'s realisasi is empty with a target to reach (``missing-realisasi``), and
    not derived from its triwulan."""
    m = e.node.measure
    if m is None or not is_missing(m.realisasi) or _no_target(e, m):
        return False
    derived = getattr(e, "derived", None)
    return derived is None or derived.raw is None


def missing(ctx: Ctx, e: Evaluated) -> list[Finding]:
    m = e.node.measure
    if m is None:
        return []
    out = []
    headline = e.node.kind in ("iku", "lainnya")
    a = e.achievement
    no_target = _no_target(e, m)
    if no_target:  # an IKU's is an error; an activity's (new --from leaves some) a warning
        out.append(
            make(
                "missing-target" if headline else "missing-target-kegiatan",
                e.node.id,
                ("Target tahun ini kosong.", "This year's target is missing."),
                {"target": m.target or ""},
            )
        )
    derived = getattr(e, "derived", None)  # the engine derives an empty realisasi from triwulan
    underived = derived is not None and derived.raw is None  # ("Triwulan II bukan angka")
    if is_missing(m.realisasi) and _unfilled(e):  # (the first test first: most are filled)
        shown = f"tercetak “{m.realisasi.strip()}”" if m.realisasi and m.realisasi.strip() else ""
        shown_en = f"printed “{m.realisasi.strip()}”" if shown and m.realisasi else "empty"
        # the engine's own reason where it gives another (as calc and status say it); "n/a" is
        # not reported, as "-" is (core/values.NOT_AVAILABLE): "kosong bukan 0"
        stated = a is not None and a.reason_code not in (None, "realisasi_missing")
        why = (a.reason or "", a.reason_en or "") if a is not None and stated else None
        why_id, why_en = why or ("kosong bukan 0", "empty is not 0")
        if underived and derived is not None:  # the filled quarters say why there is none
            why_id = f"tidak dapat diturunkan dari triwulan: {derived.formula}"
            why_en = f"it cannot be derived from the triwulan: {derived.formula_en}"
        figures = {"target": m.target or "", "realisasi": m.realisasi or ""}
        unchecked = _unchecked(e, figures)  # the capaian the report printed all the same
        out.append(
            make(
                "missing-realisasi",
                e.node.id,
                (
                    f"Realisasi {shown or 'kosong'} untuk target {m.target}: capaian tidak "
                    f"terukur ({why_id}).{unchecked[0]}",
                    f"Realisasi {shown_en} for target {m.target}: no capaian ({why_en})."
                    f"{unchecked[1]}",
                ),
                figures,
            )
        )
    if headline and (m.satuan is None or not m.satuan.strip()):
        out.append(
            make("missing-satuan", e.node.id, ("Satuan tidak disebut.", "No unit is stated."))
        )
    if headline and not e.node.info.get("sumber_data", "").strip():
        out.append(
            make(
                "missing-sumber-data",
                e.node.id,
                (
                    "Sumber data indikator tidak disebut: angkanya tidak dapat ditelusuri.",
                    "No data source is stated: the figures cannot be traced.",
                ),
            )
        )
    if not (m.realisasi_history or m.printed):
        return out  # no earlier year's realisasi printed, in any table
    dashes = [(str(y), t, "Renstra/LKj") for y, t in m.realisasi_history.items() if is_missing(t)]
    dashes += [
        (p.field[10:], p.value, p.table)
        for p in m.printed
        if p.field.startswith("realisasi:") and is_missing(p.value)
    ]
    for year, text, table in dashes:
        out.append(
            make(
                "realisasi-dash",
                e.node.id,
                (
                    f"{table} mencetak realisasi {year} “{text.strip()}”: tidak ada angka "
                    "pembanding tahun itu.",
                    f"{table} prints the {year} realisasi as “{text.strip()}”: no figure to "
                    "compare with that year.",
                ),
                {"year": year, "printed": text, "table": table},
            )
        )
    return out


def _unchecked(e: Evaluated, figures: dict[str, str]) -> tuple[str, str]:
    """The capaian ``e``'s report prints though its realisasi is empty, as a sentence of
    ``missing-realisasi`` (id, en; "" when none): the figure cannot be checked until the
    realisasi is filled in; each added to ``figures`` as ``printed_capaian`` (and
    ``printed_capaian_renstra``): "100 (Tabel 3.2, Tabel 3.2.2); 100% (narasi 3.2)"."""
    said_id, said_en = [], []
    for (field_name, text), checks in _printed_groups(e).items():
        ours = e.renstra if field_name == "capaian_renstra" else e.achievement
        if ours is not None and ours.value is not None:
            continue  # (checked: printed-capaian's)
        one_id, one_en, tables = _printed_said(field_name, text, checks)
        said_id.append(one_id)
        said_en.append(one_en)
        key = f"printed_{field_name}"
        figures[key] = "; ".join(filter(None, (figures.get(key), f"{text} ({tables})")))
    if not said_id:
        return "", ""
    which = "the printed figures" if len(said_en) > 1 else "the printed figure"
    return (
        f" {'; '.join(said_id)}: angka tercetak itu tidak dapat diperiksa sebelum realisasi diisi.",
        f" {'; '.join(said_en)}: {which} cannot be checked until the realisasi is filled in.",
    )


# --------------------------------------------------------------------------- 4 analysis


def analysis(ctx: Ctx, e: Evaluated) -> list[Finding]:
    node = e.node
    if not e.under_target or e.achievement is None:
        return []
    carriers = [node]
    if node.kind == "indikator_kegiatan" and not (node.permasalahan and node.solusi):
        # analysed where its IKU is analysed
        carriers += [a for a in ctx.report.ancestors(node.id) if a.measure is not None]
    no_permasalahan = not any(c.permasalahan for c in carriers)
    no_solusi = not any(c.solusi for c in carriers)
    if not (no_permasalahan or no_solusi):
        return []
    ach = e.achievement
    # (a verdict without a capaian % (-5 against 92) is said "n/a (tidak tercapai)", not "— %")
    shown, shown_en = (
        (achievement_text(ach, "id"), achievement_text(ach, "en"))
        if ach is not None and ach.verdict
        else (f"{num(ach.rounded if ach else None)} %",) * 2
    )
    # (the words written when first read: a huge report's 16,964 held 3.3 MiB written, mem68)
    out = []
    if no_permasalahan:
        said = Said(_NO_PERMASALAHAN, shown, shown_en)
        out.append(make_unwritten("under-no-permasalahan", node.id, said, {"capaian": shown}))
    if no_solusi:
        said = Said(_NO_SOLUSI, shown, shown_en)
        out.append(make_unwritten("under-no-solusi", node.id, said, {"capaian": shown}))
    return out


_NO_PERMASALAHAN = (
    "Capaian {} di bawah target, tanpa uraian permasalahan.",
    "Capaian {} is under target, with no permasalahan.",
)
_NO_SOLUSI = (
    "Capaian {} di bawah target, tanpa solusi.",
    "Capaian {} is under target, with no solusi.",
)


# --------------------------------------------------------------------------- 5 polaritas

_LOWER_IS_BETTER = re.compile(
    r"(?i)\b(kemiskinan|pengangguran|stunting|prevalensi|kematian|inflasi|"
    r"waktu\s+rata-rata|rata-rata\s+waktu|jumlah\s+(?:temuan|keluhan|kasus)|"
    r"^(?:berkurangnya|menurunnya))"
)
_DECREASE_MEASURED = re.compile(r"(?i)\b(penurunan|pengurangan|berkurangnya|menurunnya)\b")
#: Every match of ``_LOWER_IS_BETTER`` holds one of these, in some case.
_LOWER_STEMS = (
    *("kemiskinan", "pengangguran", "stunting", "prevalensi", "kematian", "inflasi", "rata-rata"),
    *("temuan", "keluhan", "kasus", "berkurangnya", "menurunnya"),
)


def _folded(name: str) -> str:
    """``name`` in lower case as the case-insensitive search reads the stems' letters: ``re`` also
    takes "İ" and "ı" for "i" and "ſ" for "s" (and the Kelvin sign for "k", which ``lower`` makes
    "k"). What it makes of other characters does not matter: at worst a name is searched for
    nothing."""
    if not name.isascii():
        name = name.replace("\u0130", "i").replace("\u0131", "i").replace("\u017f", "s")
    return name.lower()


def _lower_is_better(name: str) -> re.Match[str] | None:
    """``_LOWER_IS_BETTER.search(name)``, searched only when the name holds one of its stems: the
    case-insensitive search tries every position of every positif name (≈ 15k instructions for 32
    characters), the stems' substring tests cost a third of it."""
    folded = _folded(name)
    for stem in _LOWER_STEMS:
        if stem in folded:
            return _LOWER_IS_BETTER.search(name)
    return None


def _band(target: str | None, t: Value | None, polaritas: str) -> tuple[str, str] | None:
    """``polaritas-band``'s words where the target ``t`` is a band (``3 ± 1``, a range) and the
    polaritas is not stabil; None otherwise."""
    if t is None or t.kind != "range" or polaritas == "stabil":
        return None
    return (
        f"Target {target} adalah rentang, polaritas {polaritas}: terbaik di dalam rentang "
        "berarti polaritas stabil.",
        f"Target {target} is a band, polarity {tr(polaritas, 'en')}: best inside the band means "
        "polarity stable.",
    )


_GRADE_NUMBER = frozenset(("grade", "number"))


def _off_scale(
    target: str | None, t: Value | None, realisasi: str | None, r: Value | None
) -> list[tuple[str, str, tuple[str, str]]]:
    """``grade-score-range``: each side (field, value, words) that is a bare number outside
    0–100 against a grade, which the engine reads as the grade's score: "1.234,5" against CC
    gave a capaian of 2.469 %, said only as "angka dibaca sebagai skor predikat"."""
    if t is None or r is None or {t.kind, r.kind} != _GRADE_NUMBER:
        return []
    out = []
    for field, raw, v in (("target", target, t), ("realisasi", realisasi, r)):
        bare = v.kind == "number" and v.unit_key is None and v.number is not None
        if bare and not 0 <= v.number <= HUNDRED:  # type: ignore[operator]
            label = field.capitalize()
            words = (
                f"{label} {raw} dibaca sebagai skor predikat, di luar skala 0–100.",
                f"{label} {raw} is read as a grade's score, outside the 0–100 scale.",
            )
            out.append((field, raw or "", words))
    return out


#: How far apart a realisasi and its target may be before their figures are doubted: ten times.
_APART = Decimal(10)
#: The most "kali" said as a number: beyond it, "lebih dari 1.000.000.000 kali".
_TIMES_SAID = Decimal(10) ** 9
#: The capaian (%) within which no formula compares figures ten times apart (positif r/t,
#: negatif 2 − r/t, stabil 1 − |r/t − 1|, a band's bound alike): :func:`realism` looks no further.
_NEAR_LOW, _NEAR_HIGH = Decimal(10), Decimal(190)


def _figure(v: Value, scales: Scales) -> Decimal | None:
    """The figure of ``v`` the engine compares: a number, a threshold's bound, a grade's
    printed score or else the scales' (its band's lower bound); None for any other value."""
    if v.number is not None:
        return v.number if v.kind in ("number", "threshold", "grade") else None
    if v.code is not None and v.kind in ("grade", "threshold"):
        return scales.grade_score(v.code)
    return None


def apart(
    target: str | None,
    realisasi: str | None,
    polarity: Polarity,
    scales: Scales,
    satuan: str = "",
    capaian: str = "",
) -> tuple[str, str] | None:
    """``magnitude-apart``'s words (id, en) where the realisasi is ten times its target or
    more, or a tenth or less (of a band: of its bounds), a grade's score counted: "1.234,5"
    typed for 1,2345 against 3,22 gave a capaian of 38.338,51 % without a word, "A (86,45)"
    against the number 3,22 2.684,78 %. None for any other pair, and where another rule names
    the cause: a percent against a fraction, a number outside a grade's 0–100 scale, a dot or
    comma slipped (the parser's own note, ``separator-slip``, ``capaian-over-150``).
    ``capaian``: its figure, said after the values ("(capaian 38.338,51 %)"). The one rule of ``check``,
    ``set`` and the TUI's edit form (:func:`typed_doubts`)."""
    t, r = parse(target), parse(realisasi)
    if t is None or r is None or r.kind not in ("number", "grade") or target is None:
        return None
    x = _figure(r, scales)
    lo, hi = (t.low, t.high) if t.kind == "range" else (_figure(t, scales),) * 2
    if x is None or lo is None or hi is None or x <= 0 or lo <= 0:
        return None
    if t.unit_key is not None and r.unit_key is not None and t.unit_key != r.unit_key:
        return None  # (units that differ: the engine's own reason)
    if x >= hi * _APART:
        times, over = x / hi, True
    elif x * _APART <= lo:
        times, over = lo / x, False
    else:
        return None
    small, large = (t, r) if over else (r, t)
    fraction = small.number is not None and small.number <= 1 and not small.percent
    if fraction and (large.percent or satuan.strip() == "%"):
        return None  # (a fraction against a percent: its own words, "percent-vs-fraction")
    if _off_scale(target, t, realisasi, r) or separator_slip(target, realisasi or ""):
        return None
    if point_capaian(target, realisasi, polarity, scales) is not None:
        return None
    return _apart_words(target, t, realisasi or "", r, scales, times, over, capaian)


#: ``magnitude-apart``'s words: how far (a number "n", more than it "n+"; over or under the
#: target) and what to look at (a grade in the pair, or numbers).
_APART_WORDS = {
    "id": {
        "over": "sekitar {n} kali",
        "over+": "lebih dari {n} kali",
        "under": "sekitar 1/{n}",
        "under+": "kurang dari 1/{n}",
        "score": "skor",
        "said": "Realisasi {r} {how} target {t}{c}: {fix}",
        "numbers": "periksa tanda desimal dan satuan keduanya.",
        "grade": "skor predikat (0–100) tidak sebanding dengan angka ini; tulis keduanya dalam "
        "satu bentuk.",
    },
    "en": {
        "over": "is about {n} times",
        "over+": "is more than {n} times",
        "under": "is about 1/{n} of",
        "under+": "is less than 1/{n} of",
        "score": "score",
        "said": "Realisasi {r} {how} target {t}{c}: {fix}",
        "numbers": "check the decimal mark and the unit of both.",
        "grade": "a grade's score (0–100) does not compare with this number; write both in one "
        "form.",
    },
}


def _apart_words(
    target: str,
    t: Value,
    realisasi: str,
    r: Value,
    scales: Scales,
    times: Decimal,
    over: bool,
    capaian: str,
) -> tuple[str, str]:
    """:func:`apart`'s words, each value as a message quotes it (whole up to 40 characters), a
    grade without its printed score with the score it stands for: "A (skor 80)"."""
    more = times >= _TIMES_SAID
    n = format_id(_TIMES_SAID if more else times, 0)
    graded = t.code is not None or r.code is not None
    said = []
    for lang in ("id", "en"):
        words = _APART_WORDS[lang]
        shown = []
        for raw, v in ((realisasi, r), (target, t)):
            text = quoted(" ".join(raw.split()), lang)
            if v.number is None and v.code is not None and v.kind == "grade":
                score = _figure(v, scales) or Decimal(0)
                text += f" ({words['score']} {format_id(score, 2, trim=True)})"
            shown.append(text)
        how = words[("over" if over else "under") + ("+" if more else "")].format(n=n)
        said.append(
            words["said"].format(
                r=shown[0],
                how=how,
                t=shown[1],
                c=f" (capaian {capaian} %)" if capaian else "",
                fix=words["grade" if graded else "numbers"],
            )
        )
    return said[0], said[1]


#: A satuan that names a grade or an opinion (normalised): what to write for it (id, en).
_GRADED_UNITS = {
    "predikat": ("predikat (mis. BB)", "a grade (e.g. BB)"),
    "opini": ("opini (mis. WTP)", "an opinion (e.g. WTP)"),
}
_NUMERIC = frozenset(("number", "range", "composite"))
_GRADED = frozenset(("grade", "opinion"))


def _names_grade(satuan: str) -> bool:
    """Whether a satuan may name a grade or an opinion: most ("%", "Dokumen") do not, and are
    not normalised (``check --all`` measured it: every satuan normalised cost 1 % of its time)."""
    low = satuan.casefold()
    return "predikat" in low or "opini" in low


def graded_satuan(
    satuan: str,
    target: str | None,
    realisasi: str | None,
    parsed: tuple[Value | None, Value | None] | None = None,
    fields: Iterable[str] = ("target", "realisasi"),
) -> tuple[str, str] | None:
    """``satuan-number``'s words where the satuan names a grade or an opinion ("Predikat",
    "Opini") and the target or realisasi (of ``fields``) is a number, a threshold of one, a
    band: ">3,51" typed as next year's target of an IKU whose satuan is Predikat (target CC)
    saved without a word, and its capaian could not be computed once a grade came. None
    where a side is a grade or an opinion (``grade-vs-number`` or the engine says it).
    ``parsed``: the target and realisasi as read already (``check``: every indicator's)."""
    t, r = parsed or (parse(target), parse(realisasi))
    if (t is not None and t.kind in _GRADED) or (r is not None and r.kind in _GRADED):
        return None
    said = _GRADED_UNITS.get(normalise_unit(satuan)) if _names_grade(satuan) else None
    if said is None:
        return None
    shown = [
        (field, " ".join((raw or "").split()))
        for field, raw, v in (("target", target, t), ("realisasi", realisasi, r))
        if field in fields
        and v is not None
        and (v.kind in _NUMERIC or (v.kind == "threshold" and v.code is None))
    ]
    if not shown:
        return None
    unit = " ".join(satuan.split())
    values = " dan ".join(f"{f} {quoted(v, 'id')}" for f, v in shown)
    values_en = " and ".join(f"{f} {quoted(v, 'en')}" for f, v in shown)
    verb = "are numbers" if len(shown) > 1 else "is a number"
    return (
        f"Satuan {unit}, tetapi {values} berupa angka: tulis {said[0]}, atau ubah satuannya.",
        f"The satuan is {unit}, but {values_en} {verb}: write {said[1]}, or change the satuan.",
    )


def typed_doubts(
    target: str | None,
    realisasi: str | None,
    polaritas: str,
    typed: str,
    lang: str = "id",
    satuan: str = "",
    scales: Scales = DEFAULT_SCALES,
) -> tuple[str, ...]:
    """What ``check`` would find in an indicator's own values about the field ``typed``
    (``target``, ``realisasi`` or ``polaritas``), by the same rules: ``set`` prints it and the
    TUI's edit dialog asks a second Enter for it, before ``check`` warns. A band target whose
    polaritas is not stabil (``polaritas-band``); a number against a grade read as a score
    outside 0–100 (``grade-score-range``); a target or realisasi ten times the other or more
    (``magnitude-apart``, with the indicator's ``satuan`` and the report's ``scales``, unless
    they are so far apart that the engine gives no capaian: its reason says it once, "hasil
    lebih dari 10^12 %", as ``check``'s ``not-measurable`` does); a number where the satuan
    names a grade (``satuan-number``; ``typed`` "satuan": of either side)."""
    if typed == "satuan":
        said = [graded_satuan(satuan, target, realisasi)]
        return tuple(w[1] if lang == "en" else w[0] for w in said if w is not None)
    t = parse(target)
    said = [_band(target, t, polaritas)] if typed == "polaritas" else []  # (a target typed:
    # the engine's own note says it, "target berupa rentang ± dengan polaritas positif: …")
    if typed != "polaritas":
        said.append(graded_satuan(satuan, target, realisasi, fields=(typed,)))
    said += [
        words
        for field, _, words in _off_scale(target, t, realisasi, parse(realisasi))
        if field == typed
    ]
    if typed != "polaritas":
        far = apart(target, realisasi, polaritas, scales, satuan)  # type: ignore[arg-type]
        beyond = far is not None and compute(target, realisasi, polaritas, scales).reason_code  # type: ignore[arg-type]
        said.append(None if beyond == "out_of_range" else far)
    return tuple(w[1] if lang == "en" else w[0] for w in said if w is not None)


def polaritas(ctx: Ctx, e: Evaluated) -> list[Finding]:
    m = e.node.measure
    if m is None or m.polaritas == "stabil":  # a band's polaritas; the names check positif only
        return []
    band = _band(m.target, parse(m.target), m.polaritas)
    if band is not None:
        return [
            make(
                "polaritas-band",
                e.node.id,
                band,
                {"target": m.target or "", "polaritas": m.polaritas},
            )
        ]
    if m.polaritas != "positif":
        return []
    hit = _lower_is_better(e.node.name)
    if hit is None:
        return []
    starts_with_decrease = re.match(r"(?i)\s*(berkurangnya|menurunnya)", e.node.name)
    if not starts_with_decrease and _DECREASE_MEASURED.search(e.node.name[: hit.start()]):
        return []  # "Persentase penurunan kemiskinan": the decrease itself, higher is better
    word = hit[0]
    return [
        make(
            "polaritas-name",
            e.node.id,
            (
                f"Nama “{word}” berarti makin rendah makin baik, tetapi polaritas positif.",
                f"“{word}” reads lower-is-better, but the polarity is positive (higher is better).",
            ),
            {"word": word, "polaritas": m.polaritas},
        )
    ]


# --------------------------------------------------------------------------- 6 units and forms

_SHARE = re.compile(r"(?i)^\s*(persentase|proporsi)\b")
_NOT_SHARE = re.compile(r"(?i)peningkatan|pertumbuhan|kenaikan|penurunan|perubahan|capaian")
# (the two compiled by ``re``'s cache when a measure has a decimal point: most have none)
_COMMA_DECIMAL = r"\d,\d{1,2}(?![\d-])"
_DOT_DECIMAL = r"(?<![\d.])\d{1,3}\.\d{1,2}(?![\d.])"
_NUMERIC_FIELDS = ("capaian", "capaian_renstra", "target", "realisasi", "target_akhir")


def _is_percent(v: Value | None, m: Measure) -> bool:
    return v is not None and (v.percent or (m.satuan or "").strip() == "%")


#: Why the engine gives no capaian that no other check names (a missing target or realisasi, a
#: target of 0 and a verdict have their own): "0 Temuan" against "Tidak ada temuan", units that
#: differ, a grade the scales do not hold. Each with its fix (id, en).
_NOT_MEASURABLE = {
    "incomparable": (
        "Tulis target dan realisasi dalam satu bentuk (angka dengan angka, predikat dengan "
        "predikat), atau jelaskan cara menilainya.",
        "Write the target and realisasi in one form (a number with a number, a grade with a "
        "grade), or explain how it is assessed.",
    ),
    "unit_mismatch": (
        "Tulis target dan realisasi dalam satu satuan.",
        "Write the target and realisasi in one unit.",
    ),
    "score_out_of_band": (
        "Tulis predikat dengan skor di dalam rentangnya (skala SAKIP 0–100), atau angkanya saja "
        "di kedua sisi.",
        "Write the grade with a score inside its band (the SAKIP scale, 0–100), or the figures "
        "alone on both sides.",
    ),
    "unknown_code": (
        "Tulis predikat yang ada pada skala, atau skornya.",
        "Write a grade the scales hold, or its score.",
    ),
    # (a value that cannot be read: the store's file written by hand, or by an older version)
    "parse_error": (
        "Tulis nilainya seperti tercetak di laporan.",
        "Write the value as the report prints it.",
    ),
    "out_of_range": (
        "Tulis keduanya seperti tercetak di laporan.",
        "Write both as the report prints them.",
    ),
    "target_negative": (
        "Tulis target seperti tercetak di laporan; bila memang negatif, jelaskan cara menilainya.",
        "Write the target as the report prints it; if it is negative indeed, explain how it is "
        "assessed.",
    ),
    "realisasi_zero": (
        "Beri skala batas atas capaian, atau pakai rumus negatif 2T−R.",
        "Give the scales a cap, or use the negative formula 2T−R.",
    ),
    "component": (
        "Tulis setiap komponen target dan realisasinya dalam satu bentuk dan satuan.",
        "Write each component of the target and its realisasi in one form and unit.",
    ),
}


def _not_measurable(e: Evaluated, ach: Achievement, scales: Scales) -> Finding:
    """An indicator whose capaian the engine cannot compute, with why (as ``status`` and
    ``calc`` say it) and what to write: an IKU's an error, an indikator kegiatan's a warning (as
    a missing target's; ``status`` says "tidak terukur" and its averages leave it out). A
    capaian beyond 10^12 % is said by the values ten times apart (``magnitude-apart``'s words,
    which name them) where they are so; a value that cannot be read and a negative target are
    named too."""
    m = e.node.measure
    assert m is not None and ach.reason_code is not None
    fix_id, fix_en = _NOT_MEASURABLE[ach.reason_code]
    headline = e.node.kind in ("iku", "lainnya")

    def words() -> tuple[str, str]:  # (the reason costs a run of the engine: when printed)
        if ach.reason_code == "out_of_range":
            far = apart(m.target, m.realisasi, m.polaritas, scales, m.satuan or "", "> 10^12")
            if far is not None:
                return far
        return (
            f"{_first_upper(ach.reason or '')}. {fix_id}",
            f"{_first_upper(ach.reason_en or '')}. {fix_en}",
        )

    return make_unwritten(
        "not-measurable",
        e.node.id,
        words,
        {"target": m.target or "", "realisasi": m.realisasi or "", "reason": ach.reason_code},
        None if headline else "warning",
    )


def _first_upper(text: str) -> str:
    return text[:1].upper() + text[1:]


def units(ctx: Ctx, e: Evaluated) -> list[Finding]:
    m = e.node.measure
    if m is None:
        return []
    out = []
    t, r = parse(m.target), parse(m.realisasi)
    if (
        r is not None
        and r.kind == "number"
        and r.number is not None
        and r.number > HUNDRED
        and _is_percent(r, m)
        and _SHARE.search(e.node.name)
        and not _NOT_SHARE.search(e.node.name)
    ):
        out.append(
            make(
                "percent-over-100",
                e.node.id,
                (
                    f"Realisasi {m.realisasi} untuk sebuah persentase bagian (tidak dapat "
                    "melebihi 100 %).",
                    f"Realisasi {m.realisasi} for a share (which cannot exceed 100 %).",
                ),
                {"realisasi": m.realisasi or ""},
            )
        )
    if t is not None and r is not None:
        kinds = {t.kind, r.kind}
        graded = {"grade", "opinion"} & kinds
        bare = [v for v in (t, r) if v.kind == "number"]
        if graded and bare:
            out.append(
                make(
                    "grade-vs-number",
                    e.node.id,
                    (
                        f"Target {m.target} dan realisasi {m.realisasi}: predikat dibandingkan "
                        "dengan angka.",
                        f"Target {m.target} and realisasi {m.realisasi}: a grade against a number.",
                    ),
                    {"target": m.target or "", "realisasi": m.realisasi or ""},
                )
            )
            for field, raw, words in _off_scale(m.target, t, m.realisasi, r):
                out.append(make("grade-score-range", e.node.id, words, {field: raw}))
        if kinds == {"number"} and t.number is not None and r.number is not None:
            for a, b in ((t, r), (r, t)):
                if (
                    a.number is not None
                    and b.number is not None
                    and a.number > 1
                    and 0 < b.number <= 1
                    and not b.percent
                    and _is_percent(a, m)
                ):
                    out.append(
                        make(
                            "percent-vs-fraction",
                            e.node.id,
                            (
                                f"Target {m.target} dan realisasi {m.realisasi}: persen "
                                "dibandingkan dengan pecahan.",
                                f"Target {m.target} and realisasi {m.realisasi}: a percent "
                                "against a fraction.",
                            ),
                            {"target": m.target or "", "realisasi": m.realisasi or ""},
                        )
                    )
                    break
    satuan = m.satuan or ""
    if _names_grade(satuan) and (said := graded_satuan(satuan, m.target, m.realisasi, (t, r))):
        facts = {"satuan": satuan, "target": m.target or "", "realisasi": m.realisasi or ""}
        out.append(make("satuan-number", e.node.id, said, facts))
    ach = e.achievement
    if ach is not None and ach.rounded is None and ach.reason_code in _NOT_MEASURABLE:
        out.append(_not_measurable(e, ach, ctx.scales))
    texts = [m.target, m.realisasi, m.target_akhir, *m.triwulan]
    texts += [*m.targets.values(), *m.realisasi_history.values()]
    texts += [
        p.value
        for p in m.printed
        if p.field in _NUMERIC_FIELDS or p.field.startswith(("target:", "realisasi:"))
    ]
    if "." not in "".join(filter(None, texts)):
        return out  # no decimal point to mix with decimal commas (most measures)
    commas, dots = [], []
    for x in texts:
        if not x:
            continue
        if re.search(_COMMA_DECIMAL, x):
            commas.append(x)
        elif re.search(_DOT_DECIMAL, x):
            dots.append(x)
    if commas and dots:
        shown = ", ".join(dict.fromkeys(dots))
        out.append(
            make(
                "mixed-decimals",
                e.node.id,
                (
                    f"Desimal titik ({shown}) di samping desimal koma ({commas[0]}).",
                    f"Decimal points ({shown}) beside decimal commas ({commas[0]}).",
                ),
                {"dot": shown, "comma": commas[0]},
            )
        )
    return out


# --------------------------------------------------------------------------- 7 triwulan


def _year_from_quarters(cara: str, quarters: list[Value]) -> Decimal | None:
    numbers = [q.number for q in quarters if q.kind == "number" and q.number is not None]
    if len(numbers) != len(quarters):
        return None
    if cara == "kumulatif":
        return sum(numbers, Decimal(0))
    if cara == "rata_rata":
        return sum(numbers, Decimal(0)) / len(numbers)
    return numbers[-1]


def triwulan(ctx: Ctx, e: Evaluated) -> list[Finding]:
    m = e.node.measure
    if m is None or not any(m.triwulan) or is_missing(m.realisasi):
        return []  # no quarter filled (None and "" are missing), or no year's realisasi
    filled = [q for q in m.triwulan if not is_missing(q)]
    if not filled:
        return []
    r = parse(m.realisasi)
    quarters = [parse(q) for q in filled]
    if r is None or any(q is None for q in quarters):
        return []
    qs = [q for q in quarters if q is not None]
    methods = [m.cara_hitung] if m.cara_hitung else ["nilai_akhir", "kumulatif", "rata_rata"]
    for cara in methods:
        assert cara is not None
        if r.kind == "number" and r.number is not None:
            year = _year_from_quarters(cara, qs)
            if year is not None and at(year, decimals(m.realisasi or "")) == r.number:
                return []
        elif cara == "nilai_akhir" and _key(qs[-1], filled[-1] or "") == _key(r, m.realisasi or ""):
            return []
    cara_text = m.cara_hitung or "kumulatif/nilai akhir/rata-rata"
    shown = " · ".join(q or "—" for q in m.triwulan)
    return [
        make(
            "triwulan-mismatch",
            e.node.id,
            (
                f"Realisasi tahunan {m.realisasi} tidak sesuai triwulan ({shown}) menurut cara "
                f"hitung {cara_text}.",
                f"The year's realisasi {m.realisasi} does not follow from the quarters ({shown}) "
                f"by cara hitung {cara_text}.",
            ),
            {"realisasi": m.realisasi or "", "triwulan": shown, "cara_hitung": cara_text},
        )
    ]


# --------------------------------------------------------------------------- 8 / 9 realism, years


def _slip_words(target: str, realisasi: str) -> tuple[str, str] | None:
    """A capaian a decimal-separator slip explains (target "1,234", realisasi "1.234": 1,234
    against 1.234), named with the two ways to write them alike; None otherwise."""
    slip = separator_slip(target, realisasi)
    if slip is None:
        return None
    shown, decimal, thousands, dotted, as_decimal = slip
    return (
        f"target {shown} dibaca {decimal} (koma desimal) dan realisasi {dotted} dibaca "
        f"{dotted} (titik ribuan): tulis keduanya dalam satu bentuk ({thousands} dan {dotted}, "
        f"atau {decimal} dan {as_decimal}).",
        f"target {shown} is read as {decimal} (decimal comma) and realisasi {dotted} as "
        f"{dotted} (thousands dot): write both in one form ({thousands} and {dotted}, or "
        f"{decimal} and {as_decimal}).",
    )


def _point_words(ctx: Ctx, m: Measure, dotted: str) -> tuple[str, str] | None:
    """A capaian a thousandfold off because the ``dotted`` figure ("target" or "realisasi",
    "1.234": 1.234) beside the other's decimal comma ("1,2") was typed with a decimal point
    (:func:`~lkj_tui.core.engine.point_capaian`), in words; None for a genuine capaian."""
    found = point_capaian(m.target, m.realisasi, m.polaritas, ctx.scales)
    if found is None or found[0] != dotted:
        return None
    _, shown, decimal, alt = found
    other = "realisasi" if dotted == "target" else "target"
    other_raw = getattr(m, other)
    return (
        f"{dotted} {shown} dibaca {shown} (titik ribuan) di samping {other} {other_raw} "
        f"(koma desimal); bila titiknya tanda desimal, {dotted} {decimal} dan capaian "
        f"{num(alt)} %: tulis keduanya dalam satu bentuk ({dotted} {decimal} bila desimal).",
        f"{dotted} {shown} is read as {shown} (thousands dot) beside {other} {other_raw} "
        f"(decimal comma); if its dot is a decimal point, {dotted} {decimal} and capaian "
        f"{num(alt)} %: write both in one form ({dotted} {decimal} for a decimal).",
    )


def realism(ctx: Ctx, e: Evaluated) -> list[Finding]:
    m, ach = e.node.measure, e.achievement
    if m is None or ach is None:
        return []
    out = []
    if ach.reason_code == "target_zero":
        out.append(
            make(
                "target-zero",
                e.node.id,
                (
                    f"Target {m.target} bernilai 0: capaian tidak dapat dihitung.",
                    f"Target {m.target} is 0: no capaian can be computed.",
                ),
                {"target": m.target or ""},
            )
        )
    if ach.verdict:  # met or not, no capaian %: say so and why
        met = ("tercapai", "met") if ach.met else ("tidak tercapai", "not met")
        out.append(
            make(
                "capaian-verdict",
                e.node.id,
                (
                    f"Target {m.target}, realisasi {m.realisasi}: {met[0]}, capaian n/a "
                    f"({ach.reason}).",
                    f"Target {m.target}, realisasi {m.realisasi}: {met[1]}, achievement n/a "
                    f"({ach.reason_en}).",
                ),
                {"target": m.target or "", "realisasi": m.realisasi or "", "met": met[1]},
            )
        )
    high, cap = ach.rounded, ctx.scales.cap
    if high is not None and not (_NEAR_LOW < high < _NEAR_HIGH and (cap is None or high < cap)):
        # (a capaian of 10–190 % is no pair ten times apart by any formula: most are that)
        shown = num(high)
        words = apart(m.target, m.realisasi, m.polaritas, ctx.scales, m.satuan or "", shown)
        if words is not None:
            figures = {"target": m.target or "", "realisasi": m.realisasi or "", "capaian": shown}
            out.append(make("magnitude-apart", e.node.id, words, figures))
            high = None  # (not "capaian di atas 150 %: target mungkin terlalu rendah" too)
    if high is not None and high > 150:
        why = (
            _slip_words(m.target, m.realisasi)
            if m.target is not None and m.realisasi is not None
            else None
        ) or (
            _point_words(ctx, m, "realisasi")
            or ("target mungkin terlalu rendah.", "the target may be too low.")
        )
        out.append(
            make(
                "capaian-over-150",
                e.node.id,
                (
                    f"Capaian {num(ach.rounded)} % (target {m.target}, realisasi {m.realisasi}): "
                    + why[0],
                    f"Capaian {num(ach.rounded)} % (target {m.target}, realisasi {m.realisasi}): "
                    + why[1],
                ),
                {"capaian": num(ach.rounded)},
            )
        )
    slip = _point_words(ctx, m, "target") if ach.rounded is not None and ach.rounded < 1 else None
    if slip is not None:
        shown = f"Capaian {num(ach.rounded)} % (target {m.target}, realisasi {m.realisasi}): "
        out.append(
            make(
                "separator-slip",
                e.node.id,
                (shown + slip[0], shown + slip[1]),
                {
                    "capaian": num(ach.rounded),
                    "target": m.target or "",
                    "realisasi": m.realisasi or "",
                },
            )
        )
    last = m.realisasi_history.get(ctx.year - 1)
    if e.node.kind in ("iku", "lainnya") and not is_missing(last) and not is_missing(m.target):
        before = ctx.compute(m.target, last, m.polaritas)
        flat = before.method in ("rentang", "opini")
        if before.value is not None and not flat and before.value > HUNDRED:
            out.append(
                make(
                    "target-below-last-year",
                    e.node.id,
                    (
                        f"Realisasi {ctx.year - 1} ({last}) sudah melampaui target "
                        f"{ctx.year} ({m.target}).",
                        f"The {ctx.year - 1} realisasi ({last}) already exceeds the "
                        f"{ctx.year} target ({m.target}).",
                    ),
                    {"last_year": last or "", "target": m.target or ""},
                )
            )
    return out


def earlier_years(ctx: Ctx, e: Evaluated) -> list[Finding]:
    m = e.node.measure
    if m is None or e.node.kind not in ("iku", "lainnya"):
        return []
    last = m.realisasi_history.get(ctx.year - 1)
    if is_missing(last):
        if e.node.kind != "iku":
            return []
        return [
            make(
                "no-last-year",
                e.node.id,
                (
                    f"Tidak ada realisasi {ctx.year - 1}: perbandingan dengan tahun lalu tidak "
                    "tersaji.",
                    f"No {ctx.year - 1} realisasi: no comparison with last year.",
                ),
                {"year": str(ctx.year - 1)},
            )
        ]
    change = ctx.compute(last, m.realisasi, m.polaritas)
    if change.under_target and change.value is not None and not e.node.permasalahan:
        return [
            make(
                "decline-unexplained",
                e.node.id,
                (
                    f"Realisasi turun dari {last} ({ctx.year - 1}) ke {m.realisasi} "
                    f"({ctx.year}) tanpa uraian permasalahan.",
                    f"Realisasi fell from {last} ({ctx.year - 1}) to {m.realisasi} "
                    f"({ctx.year}) with no permasalahan.",
                ),
                {"last_year": last or "", "realisasi": m.realisasi or ""},
            )
        ]
    return []


#: Every per-measure check, in the order of the issue's families.
MEASURE_CHECKS: tuple[Callable[[Ctx, Evaluated], list[Finding]], ...] = (
    printed_capaian,
    printed_kategori,
    target_conflict,
    realisasi_conflict,
    missing,
    analysis,
    polaritas,
    units,
    triwulan,
    realism,
    earlier_years,
    renstra_conflict,
    renstra_path,
    name_differs,
)
