"""Several years of one instansi: matching indicators across reports, and each indicator's years.

Pure. Two reports of the same instansi (two years) are matched indicator by indicator
(:func:`match`); the years of one indicator (:func:`years_of`) come from its own report (the year's
target and realisasi, the Renstra targets and the realisasi history) and from the matched
indicators of the store's other reports, each point labelled with where it came from;
:func:`change` says how a figure moved from one year to the next and whether that is better for the
indicator's polaritas; :func:`scaled_bar` draws a value to scale from zero.

Matching, per measured node of the newer report, among the older report's nodes of the same level
(IKU and indikator lainnya together, indikator kegiatan apart):

1. **kode**: one node with the same kode (case and spaces ignored) — unless that node's name is the
   name of another node of the newer report (the kode was given to a new indicator: ambiguous);
2. **nama**: one node with the same normalised name (case, punctuation and spacing ignored);
3. **tautan**: the link :func:`~lkj_tui.core.rollover.rollover` stores in ``info["pendahulu"]``
   (``<report id>/<node id>`` of the node it was made from). It decides when kode and name disagree
   or find several candidates, and finds an indicator whose kode and name both changed.

Of several candidates, the one whose parents (sub kegiatan, kegiatan, program…) have the names of
the node's, the nearest first, as far up as it takes to leave one, is matched (by name). Anything
else with candidates is *ambiguous*: reported with its candidates, never guessed. An old node
claimed by two new ones is ambiguous for both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cached_property

from lkj_tui.core.engine import Achievement, compute
from lkj_tui.core.i18n import verdict_text
from lkj_tui.core.model import LINK_KEY, Node, Polarity, Report, ReportMeta
from lkj_tui.core.numbers import format_exact, format_id
from lkj_tui.core.sanitize import clean_line
from lkj_tui.core.scales import DEFAULT_SCALES, Scales
from lkj_tui.core.values import ParseError, Value, parse_value, percent_satuan

__all__ = [
    "LINK_KEY",
    "Change",
    "Match",
    "Matching",
    "Pairing",
    "Reason",
    "Reasons",
    "Renamed",
    "Unsure",
    "YearPoint",
    "change",
    "counterparts",
    "figure",
    "government",
    "id_stem",
    "in_points",
    "legend",
    "link_of",
    "link_value",
    "match",
    "norm_code",
    "norm_name",
    "number_of",
    "office_name",
    "older_name",
    "pair_offices",
    "pairing",
    "previous_point",
    "progress",
    "progress_apart",
    "realisasi_change",
    "related_nodes",
    "relative",
    "renamed",
    "renamed_pair",
    "same_instansi",
    "same_office",
    "same_region",
    "satuan_changed",
    "satuan_text",
    "scale_top",
    "scaled_bar",
    "short_region",
    "source_report",
    "units_apart",
    "units_text",
    "verdict_change",
    "verdict_change_text",
    "years_of",
]

HOW = ("code", "name", "parents", "link")  # how a match was found
_GROUP = {"iku": "kinerja", "lainnya": "kinerja", "indikator_kegiatan": "kegiatan"}
_CENT = Decimal("0.01")


def link_value(report_id: str, node_id: str) -> str:
    return f"{report_id}/{node_id}"


def link_of(node: Node) -> tuple[str, str] | None:
    """The (report id, node id) a node was rolled over from, if it says (report ids have no '/')."""
    raw = node.info.get(LINK_KEY)
    if not raw or "/" not in raw:
        return None
    report_id, node_id = raw.split("/", 1)
    return (report_id, node_id) if report_id and node_id else None


_NOT_WORD = re.compile(r"[\W_]+")


def norm_name(text: str) -> str:
    """A name for matching: cleaned, case folded, every run of punctuation or space one space."""
    return _NOT_WORD.sub(" ", clean_line(text).casefold()).strip()


def norm_code(text: str) -> str:
    """A kode for matching: "IKU 1", "iku1" and "IKU-1" are the same kode."""
    return _NOT_WORD.sub("", clean_line(text).casefold())


def renamed(how: str | None, other: Node, own: Node) -> str | None:
    """``other``'s name when a match by kode pairs it with ``own`` of another name (the kode may
    have been given to another indicator): said beside ``own``'s name, so two different indicators
    are never shown as one. None otherwise (a match by name or by rollover's link)."""
    if how != "code":
        return None
    return other.name if norm_name(other.name) != norm_name(own.name) else None


def older_name(how: str | None, other: Node, own: Node) -> str | None:
    """``other``'s name where it is not ``own``'s and the match says so: by kode
    (:func:`renamed`: the kode may have been given to another indicator) or by rollover's link
    (the indicator renamed in the newer year, its figures still one indicator's). None
    otherwise."""
    if how == "link":
        return other.name if norm_name(other.name) != norm_name(own.name) else None
    return renamed(how, other, own)


def same_instansi(a: str, b: str) -> bool:
    return norm_name(a) == norm_name(b) and bool(norm_name(a))


def same_office(a: ReportMeta, b: ReportMeta) -> bool:
    """Whether two reports are of one office: one instansi (:func:`same_instansi`) of one
    pemerintah, where both say theirs ("Kecamatan Pino" of Kabupaten Kaur and of Kabupaten
    Seluma, in a province's store, are two offices: compared as two, by name, never as one
    office's two years by kode; nor shown as one office's years in the TUI)."""
    return same_instansi(a.instansi, b.instansi) and same_region(a.pemerintah, b.pemerintah)


def same_region(a: str, b: str) -> bool:
    """Whether two reports of the pemerintah ``a`` and ``b`` may be of one office: one
    pemerintah, or one of them left empty (any one's)."""
    ga, gb = norm_name(a), norm_name(b)
    return not (ga and gb) or ga == gb


def government(pemerintah: str) -> str:
    """A report's pemerintah as a list of governments names it, cleaned: "Kabupaten Kaur" for
    "Pemerintah Kabupaten Kaur" (the word every one of them repeats dropped); a name of two words
    or fewer as it is."""
    words = clean_line(pemerintah).split()
    return " ".join(words[1:] if len(words) > 2 and norm_name(words[0]) == "pemerintah" else words)


#: how a pemerintah's cell shortens its first words, as reports and letters write them
_SHORT_REGION = (
    ("pemerintah kabupaten ", "Kab. "),
    ("pemerintah kota ", "Kota "),
    ("pemerintah provinsi ", "Prov. "),
    ("pemerintah ", ""),
)


def short_region(pemerintah: str) -> str:
    """A pemerintah as its cell shows it: "Pemerintah Kabupaten Kaur" is "Kab. Kaur" (the column
    gives the instansi room; the filter still looks in the whole name)."""
    folded = pemerintah[:24].casefold()
    for long, short in _SHORT_REGION:
        if folded.startswith(long) and len(pemerintah) > len(long):
            return short + pemerintah[len(long) :]
    return pemerintah


#: The words before a government's place in an instansi ("Dinas Sosial Kabupaten Rejang Lebong").
GOVERNMENT_KINDS = (" Kabupaten ", " Kota ", " Provinsi ")


def named_government(instansi: str) -> str:
    """The pemerintah an instansi names at its end ("Pemerintah Kabupaten Bengkulu Selatan" of
    "Dinas Sosial Kabupaten Bengkulu Selatan"), for a report whose pemerintah is not filled in;
    "" for a name that says none. Linear."""
    kind = max(instansi.rfind(k) for k in GOVERNMENT_KINDS)
    return "" if kind < 0 else f"Pemerintah {instansi[kind + 1 :]}"


def office_name(instansi: str, region: str | None) -> str:
    """An instansi where its ``region`` is said beside it (a title, a column: the TUI's overview
    and report picker, ``export --all``'s roll-up): without that region's name at its end
    ("Dinas Sosial Kabupaten Bengkulu Selatan" is "Dinas Sosial" under "· Pemerintah Kabupaten
    Bengkulu Selatan"; "… Kab. Bengkulu Selatan" too). A name that is the region's own, or
    little more, stays whole; a filter and a sort still read the whole name."""
    folded = instansi.casefold()
    if region is None or folded == region.casefold():
        return instansi
    bare = region[len("pemerintah ") :] if region.casefold().startswith("pemerintah ") else ""
    for tail in {bare, short_region(region)} - {"", region}:
        suffix = " " + tail.casefold()
        if folded.endswith(suffix) and len(instansi) - len(suffix) >= 5:
            return instansi[: -len(suffix)].rstrip(" ,-–")
    return instansi


# --------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class Match:
    """A node of the newer report and its counterpart in the older one (``old`` None: new). ``how``:
    code, name, parents (one name many share, told apart by its parents' names) or link; an ambiguous match has no ``old`` and lists its ``candidates``."""

    new: Node
    old: Node | None = None
    how: str | None = None
    candidates: tuple[Node, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return self.old is None and bool(self.candidates)


@dataclass(frozen=True)
class Matching:
    """Every measured node of the newer report matched (or not) against the older one."""

    rows: tuple[Match, ...]  # in the newer report's order
    dropped: tuple[Node, ...]  # measured nodes of the older report nobody matched or named

    @cached_property
    def by_new(self) -> dict[str, Match]:
        return {m.new.id: m for m in self.rows}

    @property
    def matched(self) -> list[Match]:
        return [m for m in self.rows if m.old is not None]

    @property
    def added(self) -> list[Match]:
        return [m for m in self.rows if m.old is None and not m.candidates]

    @property
    def ambiguous(self) -> list[Match]:
        return [m for m in self.rows if m.ambiguous]


def _index(nodes: Iterable[Node], key: str) -> dict[tuple[str, str], list[Node]]:
    out: dict[tuple[str, str], list[Node]] = {}
    for node in nodes:
        k = norm_code(node.code) if key == "code" else norm_name(node.name)
        if k:
            out.setdefault((_GROUP[node.kind], k), []).append(node)
    return out


def _measured(report: Report, kinds: Iterable[str] = _GROUP) -> list[Node]:
    kinds = set(kinds)
    return [n for n in report.walk() if n.measure is not None and n.kind in kinds]


def _chain(report: Report, node: Node) -> list[str]:
    """A node's parents' names (normalised), nearest first."""
    return [norm_name(a.name) for a in report.ancestors(node.id)]


class _Parents:
    """The one candidate (nodes of one name: a kabupaten's "Jumlah dokumen …" under many sub
    kegiatan) whose parents have the names of a node's, the nearest first, as far up as it takes
    to leave one; None when none or several do (ambiguous: never a guess). Each set of
    candidates is indexed once by its parents' names (every prefix of each chain, with how many
    candidates have it), so a node is told in the steps of its depth, not of its candidates ×
    their depth: thousands of indikator kegiatan of one name took minutes (docs/compare.md)."""

    def __init__(self, old: Report, new: Report) -> None:
        self.old, self.new = old, new
        self._sets: dict[object, dict[tuple[str, ...], tuple[int, Node]]] = {}

    def pick(self, key: object, node: Node, cands: tuple[Node, ...]) -> Node | None:
        """``node``'s candidate by parents; ``key``: what names ``cands`` (the same key, the
        same candidates)."""
        index = self._sets.get(key)
        if index is None:
            index = self._sets[key] = {}
            for cand in cands:
                chain = tuple(_chain(self.old, cand))
                for depth in range(1, len(chain) + 1):
                    n, first = index.get(chain[:depth], (0, cand))
                    index[chain[:depth]] = (n + 1, first)
        own = tuple(_chain(self.new, node))
        for depth in range(1, len(own) + 1):
            n, first = index.get(own[:depth], (0, node))
            if n == 1:
                return first
            if not n:
                return None
        return None


def match(old: Report, new: Report, *, codes: bool = True, kinerja_only: bool = False) -> Matching:
    """Match the measured nodes of ``new`` against those of ``old`` (see the module's rules).
    ``codes`` False: not by kode (two offices' "IKU 1" are two indicators; only a name, or the
    link, pairs them). ``kinerja_only``: the IKU and indikator lainnya only (one group, matched
    apart from the indikator kegiatan: as they are matched with them, a kabupaten's hundreds of
    indikator kegiatan left out)."""
    kinds = [k for k, group in _GROUP.items() if group == "kinerja" or not kinerja_only]
    olds, news = _measured(old, kinds), _measured(new, kinds)
    old_by_id = {n.id: n for n in olds}
    old_codes, old_names = _index(olds, "code"), _index(olds, "name")
    new_names = _index(news, "name")
    parents = _Parents(old, new)
    shared: dict[tuple[str, str, str], tuple[Node, ...]] = {}  # (one tuple for one key's nodes)
    found: list[Match] = []
    links = [link_of(node) for node in news]
    carried = any(link[0] == old.meta.id for link in filter(None, links))  # (none: no walk)
    for node, link in zip(news, links, strict=True):
        group = _GROUP[node.kind]
        code = norm_code(node.code) if codes else ""
        by_code = old_codes.get((group, code), []) if code else []
        fresh = carried and link is None and len(by_code) == 1  # (no names read otherwise)
        if fresh and norm_name(by_code[0].name) != norm_name(node.name):
            # added to a report new --from made of ``old`` (its nodes linked, this one not),
            # under a kode freed by a deleted one: a new indicator, not the old one renamed
            by_code = []
        by_name = old_names.get((group, norm_name(node.name)), []) if norm_name(node.name) else []
        linked = old_by_id.get(link[1]) if link is not None and link[0] == old.meta.id else None
        if linked is not None and _GROUP[linked.kind] != group:
            linked = None
        result = Match(node)
        if len(by_code) == 1:
            cand = by_code[0]
            other_named = [
                n
                for n in new_names.get((group, norm_name(cand.name)), [])
                if n.id != node.id and norm_name(cand.name) != norm_name(node.name)
            ]
            if not other_named:
                result = Match(node, cand, "code")
            else:  # the kode now names another indicator, the old name lives on elsewhere
                result = Match(node, candidates=(cand,))
        elif not by_code and len(by_name) == 1:
            result = Match(node, by_name[0], "name")
        else:
            key = (group, code, norm_name(node.name))
            if key not in shared:
                shared[key] = tuple({n.id: n for n in [*by_code, *by_name]}.values())
            cands = shared[key]
            by_parents = parents.pick(key, node, cands) if len(cands) > 1 else None
            result = (
                Match(node, by_parents, "parents") if by_parents else Match(node, candidates=cands)
            )
        if result.old is None and linked is not None:
            result = Match(node, linked, "link")
        elif result.old is not None and linked is not None and result.old.id != linked.id:
            # kode or name point elsewhere than the stored link: the link is what rollover saw
            result = Match(node, linked, "link")
        found.append(result)
    # an old node claimed twice is ambiguous for every claimant (unless one claims it by link)
    claims: dict[str, list[int]] = {}
    for i, m in enumerate(found):
        if m.old is not None:
            claims.setdefault(m.old.id, []).append(i)
    for old_id, idx in claims.items():
        if len(idx) < 2:
            continue
        by_link = [i for i in idx if found[i].how == "link"]
        keep = by_link[0] if len(by_link) == 1 else None
        for i in idx:
            if i != keep:
                found[i] = Match(found[i].new, candidates=(old_by_id[old_id],))
    named = {m.old.id for m in found if m.old is not None}
    told = {id(m.candidates): m.candidates for m in found}  # (a key's candidates once)
    named |= {c.id for cands in told.values() for c in cands}
    dropped = tuple(n for n in olds if n.id not in named)
    return Matching(tuple(found), dropped)


# --------------------------------------------------------------------------- numbers and change


def number_of(raw: str | None) -> Decimal | None:
    """The plain number in a printed value ("2,85", "98%", "10 kali"); None for anything else."""
    try:
        value = parse_value(raw)
    except ParseError:
        return None
    return value.number if value.kind == "number" else None


def figure(value: Decimal) -> str:
    """A year's number as the years view says it beside its table (the chart's labels, its min
    and max, the progress's start): as written, with its own decimals ("93,5", "63,20", "98"),
    as the engine's explanation writes it ("realisasi 93,5 dibagi…"; "93,50" beside the table's
    "93,5" read as another figure, vals59); rounded to two where it has more ("3,2267": 3,23)."""
    exponent = value.as_tuple().exponent
    if isinstance(exponent, int) and exponent >= -2:
        return format_exact(value)
    return format_id(value, trim=True)


@dataclass(frozen=True)
class Change:
    """How a figure moved from one year to the next. A number's change has ``before``, ``after``,
    ``delta`` and (unless ``before`` is 0) ``percent``; a letter grade's or a BPK opinion's
    (``A (86,45)`` → ``BB``, ``WTP`` → ``WDP``) has ``steps`` instead: how many places it moved on
    its scale (AA > A > BB > B > CC > C > D; WTP > WDP > TW > TMP), positive when it rose."""

    before: Decimal | None
    after: Decimal | None
    delta: Decimal | None
    percent: Decimal | None  # of |before|, rounded to 2 decimals; None when before is 0
    direction: str  # "up", "down", "same"
    better: (
        bool | None
    )  # for the indicator's polaritas; None when it cannot say (stabil, no capaian)
    steps: int | None = None  # a grade's or an opinion's places on its scale (None: a number)
    #: Both figures are percentages (a "%" printed, or the indicator's satuan "%"): the change is
    #: their difference in points, not a percentage of last year's figure (95 % → 98 % is
    #: "↑ 3 poin"; "↑ 3,16 %" was read as points, vals55).
    points: bool = False

    @property
    def arrow(self) -> str:
        return {"up": "↑", "down": "↓"}.get(self.direction, "=")

    def shown(self, lang: str = "id", *, short: bool = False) -> str:
        """The change as every front end shows it: "↑ 5,26 %" (of last year's figure), "↑ 3
        poin" / "↑ 3 points" (two percentages: :attr:`points`; ``short``: "pts" in English, as
        a narrow table says the capaian's points), "↓ 0,5" (the difference, when last year's was
        0), "↓ 1 tingkat" / "↓ 1 step" (a grade or an opinion), "=" (the same)."""
        if self.direction == "same":
            return self.arrow
        if self.steps is not None:
            n = abs(self.steps)
            amount = f"{n} tingkat" if lang != "en" else f"{n} step" + ("s" if n != 1 else "")
        elif self.points:
            assert self.delta is not None
            unit = "poin" if lang != "en" else "pts" if short else "points"
            amount = f"{format_id(abs(self.delta), trim=True)} {unit}"
        elif self.percent is not None:
            amount = f"{format_id(abs(self.percent))} %"
        else:
            assert self.delta is not None
            amount = format_id(abs(self.delta), trim=True)
        return f"{self.arrow} {amount}"


#: What a change's figures are, said once where a reader could doubt (vals59): "↑ 3,01 %" (of
#: last year's realisasi) was read as points, "↓ 4,5 poin" as a percent of it.
_LEGEND = {
    "relative": ("% = persen dari realisasi {base}", "% = percent of the {base} realisasi"),
    "points": ("poin = selisih dua persentase", "{unit} = the difference of two percentages"),
}


#: A satuan changed between the two reports (years65: never said; "18 Laporan" beside "20"
#: was read as one unit): said under the table, a row a line.
_SATUAN = (
    "Satuan {code} berubah: {a} ({ya}) → {b} ({yb})",
    "Unit of {code} changed: {a} ({ya}) → {b} ({yb})",
)
_NO_SATUAN = ("tanpa satuan", "no unit")


def satuan_changed(old: str | None, new: str | None) -> bool:
    """Whether two satuan differ other than in case and spacing ("Laporan" → "Dokumen", "" →
    "Dokumen"; "laporan " and "Laporan" are one)."""
    return " ".join((old or "").split()).casefold() != " ".join((new or "").split()).casefold()


def satuan_text(code: str, pair: tuple[str, str], labels: Sequence[object], lang: str) -> str:
    """ "Satuan IKU 13 berubah: Laporan (2025) → Dokumen (2026)"; ``pair``: the two satuan as
    the caller prints them (cleaned or escaped), "" for none ("tanpa satuan")."""
    at = 1 if lang == "en" else 0
    a, b = (s or _NO_SATUAN[at] for s in pair)
    return _SATUAN[at].format(code=code, a=a, ya=labels[0], b=b, yb=labels[1])


def relative(moved: Change | None) -> bool:
    """Whether ``moved`` is shown as a percent of the earlier figure ("↑ 3,01 %")."""
    return (
        moved is not None
        and moved.direction != "same"
        and moved.steps is None
        and not moved.points
        and moved.percent is not None
    )


def in_points(moved: Change | None) -> bool:
    """Whether ``moved`` is shown in points, the difference of two percentages ("↑ 3 poin")."""
    return moved is not None and moved.direction != "same" and moved.steps is None and moved.points


def legend(
    base: object, relative: bool, points: bool, lang: str = "id", *, short: bool = False
) -> str:
    """What the changes shown are, in one line: "% = persen dari realisasi 2023; poin = selisih
    dua persentase" (``base``: the earlier side, a year or "A"; ``short``: "pts" in English, as
    :meth:`Change.shown`); only the parts shown, "" for none."""
    at = 1 if lang == "en" else 0
    unit = "pts" if short else "points"
    parts = [_LEGEND["relative"][at].format(base=base)] if relative else []
    parts += [_LEGEND["points"][at].format(unit=unit)] if points else []
    return "; ".join(parts)


def _better(
    direction: str,
    polaritas: Polarity,
    capaian_before: Decimal | None,
    capaian_after: Decimal | None,
) -> bool | None:
    """Whether a move is better: up for positif, down for negatif; for stabil (a band is best)
    the capaian decides, when both years have one."""
    if direction == "same":
        return None
    if polaritas == "positif":
        return direction == "up"
    if polaritas == "negatif":
        return direction == "down"
    if capaian_before is not None and capaian_after is not None and capaian_before != capaian_after:
        return capaian_after > capaian_before
    return None


def change(
    before: Decimal | None,
    after: Decimal | None,
    polaritas: Polarity,
    capaian_before: Decimal | None = None,
    capaian_after: Decimal | None = None,
    points: bool = False,
) -> Change | None:
    """The change from ``before`` to ``after`` (None unless both are numbers). Better: higher for
    positif, lower for negatif; for stabil (a band is best) the capaian decides, when both years
    have one. ``points``: both are percentages (:attr:`Change.points`)."""
    if before is None or after is None:
        return None
    delta = after - before
    try:
        percent = (
            None if before == 0 else (delta / abs(before) * 100).quantize(_CENT, ROUND_HALF_UP)
        )
    except InvalidOperation:
        percent = None
    direction = "up" if delta > 0 else "down" if delta < 0 else "same"
    better = _better(direction, polaritas, capaian_before, capaian_after)
    return Change(before, after, delta, percent, direction, better, points=points)


def _parsed(raw: str | None) -> Value | None:
    try:
        return parse_value(raw)
    except ParseError:
        return None


def _ordinal(value: Value | None) -> Value | None:
    """A realisasi that is a letter grade or a BPK opinion; None for anything else."""
    return (
        value if value is not None and value.kind in ("grade", "opinion") and value.code else None
    )


def _unit(value: Value) -> str | None:
    """The unit a number is printed with ("paket", "%"); None when it has none."""
    return value.unit.casefold() if value.unit else "%" if value.percent else None


def _year_unit(realisasi: Value, target: str | None, satuan: str | None = None) -> str | None:
    """A year's unit as compared: :func:`_shown_unit` casefolded ("orang"), None for none."""
    return _shown_unit(realisasi, target, satuan).casefold() or None


def _apart(
    first: Value,
    then: Value,
    targets: tuple[str | None, str | None],
    satuan: str | None = None,
) -> bool:
    """Whether two numbers are of two units: both printed and different ("2 Paket" → "4,99%"),
    or one printed and the other bare, unless the bare one's target has that unit ("6 Laporan"
    → "61,48" beside a bare target; "60 Dokumen" → "66" beside a target "66 Dokumen" is one),
    or the indicator's ``satuan`` is percent and the printed one is ("95%" → "98" of a satuan
    "%" is one). Two bare numbers are of one unit."""
    if _unit(first) is None and _unit(then) is None:
        return False
    return _year_unit(first, targets[0], satuan) != _year_unit(then, targets[1], satuan)


def units_apart(
    before: str | None,
    after: str | None,
    targets: tuple[str | None, str | None] = (None, None),
    satuan: str | None = None,
) -> bool:
    """Whether two stored realisasi are numbers of two units (:func:`_apart`; ``targets``: the
    stored targets, older first; ``satuan``: the indicator's): no change is told between them
    (ys43, ys47)."""
    first, then = _parsed(before), _parsed(after)
    if first is None or then is None or not first.kind == then.kind == "number":
        return False
    return _apart(first, then, targets, satuan)


def realisasi_units(
    before: str | None,
    after: str | None,
    targets: tuple[str | None, str | None] = (None, None),
    satuan: str | None = None,
) -> tuple[str, str] | None:
    """The two years' units of two realisasi of two units (:func:`units_apart`), older first,
    as printed ("Orang", "%"; "" for a bare number with no unit from its target or satuan: a
    "7" typed bare beside "4 Orang"); None when they are of one unit, or not two numbers."""
    first, then = _parsed(before), _parsed(after)
    if first is None or then is None or not first.kind == then.kind == "number":
        return None
    if not _apart(first, then, targets, satuan):
        return None
    return _shown_unit(first, targets[0], satuan), _shown_unit(then, targets[1], satuan)


def _shown_unit(realisasi: Value, target: str | None, satuan: str | None) -> str:
    """A year's unit as printed ("Orang", "%"), "" for none: its realisasi's, else its target's
    ("6 Laporan" beside a bare "7"), else the indicator's ``satuan``: "%" where it is percent (a
    bare 98 of a satuan "%"), "Orang" (a bare "7" of a satuan "Orang" beside "4 Orang" is one
    unit: it read ``satuan berbeda``, years66)."""
    for value in (realisasi, _parsed(target) if target else None):
        if value is not None and value.kind == "number" and (value.unit or value.percent):
            return value.unit or "%"
    if not satuan:
        return ""
    return "%" if percent_satuan(satuan) else " ".join(satuan.split())


#: Two realisasi of two units (years66: "satuan berbeda" said neither, nor what to do).
_UNITS = (
    "Satuan realisasi {code} berbeda: {a} ({ya}) → {b} ({yb}), tidak dibandingkan. ",
    "Units of the realisasi of {code} differ: {a} ({ya}) → {b} ({yb}), not compared. ",
)
_UNITS_HERE = (
    "satuan berbeda: {a} ({ya}) → {b} ({yb}), tidak dibandingkan. ",
    "units differ: {a} ({ya}) → {b} ({yb}), not compared. ",
)
#: ... one of them a bare number: the unit it was probably meant in, to type.
_UNITS_TYPE = (
    "Bila satuannya sama, isi satuan indikator “{unit}” atau tulis realisasi {year} “{value}”.",
    "If it is one unit, set the indicator's satuan to “{unit}” or type the {year} realisasi"
    " as “{value}”.",
)
#: ... two units printed (the indicator's satuan, when it has one, says which is meant).
_UNITS_FIX = (
    "Bila salah satunya salah ketik, perbaiki realisasi itu",
    "If one of them is mistyped, correct that realisasi",
)
_UNITS_SATUAN = (" (satuan indikator: {satuan}).", " (the indicator's satuan: {satuan}).")


def units_text(
    code: str,
    units: tuple[str, str],
    values: tuple[str, str],
    labels: Sequence[object],
    lang: str,
    satuan: str = "",
) -> str:
    """ "Satuan realisasi IKU 2 berbeda: Orang (2025) → tanpa satuan (2026), tidak
    dibandingkan. Bila satuannya sama, isi satuan indikator “Orang” atau tulis realisasi 2026
    “7 Orang”." — ``units`` (:func:`realisasi_units`), ``values`` (the two realisasi) and
    ``satuan`` (the indicator's) as the caller prints them (cleaned or escaped); ``code`` ""
    for one indicator's own years ("satuan berbeda: Orang (2025) → …")."""
    at = 1 if lang == "en" else 0
    a, b = (u or _NO_SATUAN[at] for u in units)
    template = _UNITS[at] if code else _UNITS_HERE[at]  # (the TUI's years: one indicator's)
    said = template.format(code=code, a=a, ya=labels[0], b=b, yb=labels[1])
    if all(units):  # two units printed: which is meant, the indicator's satuan may say
        return said + _UNITS_FIX[at] + (_UNITS_SATUAN[at].format(satuan=satuan) if satuan else ".")
    bare = 0 if not units[0] else 1  # (a bare number: the indicator has no satuan)
    unit = units[1 - bare]
    value = values[bare] + (unit if unit == "%" else f" {unit}")
    return said + _UNITS_TYPE[at].format(unit=unit, year=labels[bare], value=value)


def _places(value: Value, scales: Scales) -> list[str]:
    """The codes of ``value``'s scale, best first (by their scores: a region's own scores
    too)."""
    table = scales.grades if value.kind == "grade" else scales.opinions
    return [code for code, _ in sorted(table, key=lambda item: -item[1])]


def realisasi_change(
    before: str | None,
    after: str | None,
    polaritas: Polarity,
    capaian_before: Decimal | None = None,
    capaian_after: Decimal | None = None,
    scales: Scales = DEFAULT_SCALES,
    targets: tuple[str | None, str | None] = (None, None),
    satuan: str | None = None,
) -> Change | None:
    """How a realisasi moved from ``before`` to ``after`` (the stored texts): two numbers by
    :func:`change`, in points where both are percentages (``satuan``: the indicator's; a "%"
    printed, or the satuan "%"); two letter grades or two BPK opinions by their places on the
    scale (a grade's printed score decides between two of one letter); None for anything else
    (a range, a text, a number against a grade, two numbers of two units (:func:`_apart`;
    ``targets``: the stored targets, older first): "2 Paket" → "4,99%" was "↑ 149,50 %", ys43;
    "6 Laporan" → "61,48" was "↑ 924,67 % (lebih baik)", ys47)."""
    first, then = _parsed(before), _parsed(after)
    if first is not None and then is not None and first.kind == then.kind == "number":
        if _apart(first, then, targets, satuan):
            return None
        points = _year_unit(then, targets[1], satuan) == "%"
        return change(first.number, then.number, polaritas, capaian_before, capaian_after, points)
    old, new = _ordinal(first), _ordinal(then)
    if old is None or new is None or old.kind != new.kind:
        return None
    assert old.code is not None and new.code is not None
    if old.code == new.code:  # one letter: its printed scores, when both say one
        if old.number is not None and new.number is not None:
            return change(old.number, new.number, polaritas, capaian_before, capaian_after)
        return Change(None, None, None, None, "same", None, 0)
    places = _places(old, scales)
    if old.code not in places or new.code not in places:
        return None
    steps = places.index(old.code) - places.index(new.code)  # up the scale: positive
    direction = "up" if steps > 0 else "down"
    better = _better(direction, polaritas, capaian_before, capaian_after)
    return Change(None, None, None, None, direction, better, steps)


def verdict_change(
    before: Achievement | None, after: Achievement | None
) -> tuple[bool, bool] | None:
    """(met last year, met this year) when either year is a verdict without a capaian %
    (docs/capaian.md, "Verdicts"): no capaian points can say how it moved, the verdicts do.
    None otherwise."""
    if before is None or after is None or before.met is None or after.met is None:
        return None
    if not (before.verdict or after.verdict):
        return None
    return before.met, after.met


def verdict_change_text(moved: tuple[bool, bool], lang: str = "id") -> str:
    """ "tercapai → tidak tercapai", or "tetap tercapai" ("still met") when it did not change."""
    before, after = moved
    if before == after:
        return ("still " if lang == "en" else "tetap ") + verdict_text(after, lang)
    return f"{verdict_text(before, lang)} → {verdict_text(after, lang)}"


def progress(
    baseline: Decimal | None, current: Decimal | None, end: Decimal | None
) -> Decimal | None:
    """How far ``current`` has come from ``baseline`` towards the Renstra end target, in per cent
    (0: still at the baseline, 100: there; may pass 100 or fall below 0). None when it cannot say."""
    if baseline is None or current is None or end is None or end == baseline:
        return None
    try:
        return ((current - baseline) / (end - baseline) * 100).quantize(_CENT, ROUND_HALF_UP)
    except InvalidOperation:
        return None


# --------------------------------------------------------------------------- the years of a node


@dataclass(frozen=True)
class YearPoint:
    """One year of an indicator. ``source``: the id of the report the figures come from;
    ``history`` when it is the report's own history (Renstra target, realisasi of earlier years)."""

    year: int
    target: str | None
    realisasi: str | None
    source: str
    history: bool = False
    achievement: Achievement | None = field(default=None, compare=False)
    also: tuple[tuple[str, str], ...] = ()  # (source, realisasi) printed differently elsewhere

    @property
    def capaian(self) -> Decimal | None:
        return self.achievement.rounded if self.achievement is not None else None


def years_of(
    report: Report,
    node: Node,
    related: Sequence[tuple[Report, Node]] = (),
    scales: Scales | None = None,
) -> list[YearPoint]:
    """The years of ``node`` (of ``report``), oldest first: the report's year, the years of the
    ``related`` reports' matched nodes (their own year's figures win over this report's history of
    that year, which is then kept in ``also`` when it differs), the history's other years."""
    m = node.measure
    if m is None:
        return []
    if scales is None:
        scales = Scales.from_dict(report.meta.scales) if report.meta.scales else DEFAULT_SCALES
    rid, year = report.meta.id, report.meta.tahun
    points: dict[int, YearPoint] = {}
    for other, other_node in related:
        om = other_node.measure
        y = other.meta.tahun
        if om is None or y == year or y in points:
            continue
        points[y] = YearPoint(y, om.target, om.realisasi, other.meta.id)
    for y in sorted(set(m.targets) | set(m.realisasi_history)):
        if y == year:
            continue
        target, real = m.targets.get(y), m.realisasi_history.get(y)
        known = points.get(y)
        if known is None:
            if target is not None or real is not None:
                points[y] = YearPoint(y, target, real, rid, history=True)
        elif (
            real is not None
            and known.realisasi is not None
            and real.strip() != known.realisasi.strip()
        ):
            points[y] = YearPoint(
                y, known.target, known.realisasi, known.source, also=((rid, real),)
            )
        elif known.realisasi is None and real is not None:
            points[y] = YearPoint(y, known.target, real, rid, history=True)
    points[year] = YearPoint(year, m.target or m.targets.get(year), m.realisasi, rid)
    out = []
    for y in sorted(points):
        p = points[y]
        ach = None
        if p.target is not None and p.realisasi is not None:
            ach = compute(p.target, p.realisasi, m.polaritas, scales)
        out.append(YearPoint(p.year, p.target, p.realisasi, p.source, p.history, ach, p.also))
    return out


def previous_point(
    points: Sequence[YearPoint],
    year: int,
    now: str | None = None,
    now_target: str | None = None,
    satuan: str | None = None,
) -> YearPoint | None:
    """The latest year before ``year`` with a realisasi a change can be told from: a number, a
    letter grade or a BPK opinion; with ``now`` (this year's realisasi; ``now_target``: its
    target; ``satuan``: the indicator's), one a change from it to ``now`` can be told of
    (:func:`realisasi_change`: a number for a number of its unit, a grade for a grade)."""

    def comparable(point: YearPoint) -> bool:
        raw = point.realisasi
        if now is not None:
            targets = (point.target, now_target)
            moved = realisasi_change(raw, now, "positif", targets=targets, satuan=satuan)
            return moved is not None
        return number_of(raw) is not None or _ordinal(_parsed(raw)) is not None

    earlier = [p for p in points if p.year < year and comparable(p)]
    return earlier[-1] if earlier else None


def progress_apart(
    first: YearPoint, now: YearPoint, target_akhir: str | None, satuan: str | None = None
) -> bool:
    """Whether the baseline year's realisasi (``first``), this year's (``now``) and the Renstra
    end target are not all of one unit (:func:`units_apart`, a bare one read in its target's):
    no progress is told across two units ("4 Surat" from a bare 3,22 towards a bare 3,34 read
    "650,00 % dari jarak", ys48); ``satuan``: the indicator's (a bare 90 of a satuan "%" and
    "92%" are one unit, as :func:`realisasi_change` reads them)."""
    if units_apart(first.realisasi, now.realisasi, (first.target, now.target), satuan):
        return True
    return units_apart(target_akhir, now.realisasi, (target_akhir, now.target), satuan)


def chart_apart(points: Sequence[YearPoint], satuan: str | None = None) -> bool:
    """Whether two of the years' realisasi are numbers of two units (:func:`units_apart`;
    ``satuan``: the indicator's): no bars of them on one scale (a bar of "4 Surat" beside one of
    a bare 3,22, ys48)."""
    return any(
        units_apart(a.realisasi, b.realisasi, (a.target, b.target), satuan)
        for n, a in enumerate(points)
        for b in points[n + 1 :]
    )


# --------------------------------------------------------------------------- drawing to scale

_EIGHTHS = " ▏▎▍▌▋▊▉"


def scaled_bar(value: Decimal, high: Decimal, width: int) -> str:
    """A horizontal bar of ``value`` on a scale from 0 to ``high`` over ``width`` cells, in eighths
    of a cell: a 3,5 % rise makes the bar 3,5 % longer, never a jump from empty to full. Values
    below 0 draw nothing (the caller labels them)."""
    if width <= 0 or high <= 0 or value <= 0:
        return ""
    eighths = int((min(value, high) / high * width * 8).to_integral_value(ROUND_HALF_UP))
    full, part = divmod(eighths, 8)
    return "█" * full + (_EIGHTHS[part] if part else "")


def scale_top(values: Iterable[Decimal | None]) -> Decimal | None:
    """The top of a bar scale from zero: the largest value (None when none is above 0)."""
    known = [v for v in values if v is not None and v > 0]
    return max(known) if known else None


def counterparts(own: Report, other: Report) -> dict[str, tuple[Node, str]]:
    """Own node id → (the matched node of ``other`` (another year of the same instansi), how it was
    matched), matched from the older report to the newer one so that rollover's links are
    followed."""
    return pairing(own, other)[0]


@dataclass(frozen=True)
class Reason:
    """Why a node is a candidate of an ambiguous row (:meth:`Reasons.of`): what it shares with
    the row ("code", "name", "code+name") and the newer report's indicator in the way, if one is
    named: ``how`` "claimed" (the candidate is also that row's) or "named" (that indicator now
    has the candidate's name)."""

    shared: str
    other: Node | None = None
    how: str | None = None


#: :class:`Reasons`' index: a key's first two nodes, and its first two with a kode.
_Index = dict[str, tuple[list[Node], list[Node]]]


def _keep(index: _Index, key: str, node: Node) -> None:
    anyone, coded = index.setdefault(key, ([], []))
    if len(anyone) < 2:
        anyone.append(node)
    if len(coded) < 2 and node.code.strip():
        coded.append(node)


class Reasons:
    """Why each candidate of an ambiguous row is one (``compare``'s "nama sama; juga
    kemungkinan bagi IKU 2", the detail pane's years), from the rows of a matching: each newer
    node and its candidates; ``codes``: matched by kode too (two years of one instansi). Who
    claims a candidate and who has a name are indexed once, a key's first two nodes (and first
    two with a kode) kept: a candidate of 1,500 rows is not listed 1,500 times over."""

    def __init__(self, rows: Iterable[tuple[Node, tuple[Node, ...]]], codes: bool) -> None:
        self.codes = codes
        self._rows = rows

    def prepare(self) -> None:
        """Build the index now: the TUI's years' worker, 3-4 ms of CPU a year of the bench's
        province report, which the first cursor move over an ambiguous indicator paid on the UI
        thread (docs/performance.md, "years70")."""
        self._index  # noqa: B018 (a cached property: built here)

    @cached_property
    def _index(self) -> tuple[_Index, _Index]:
        """(who claims each candidate, who has each name), built when first asked (``compare``:
        only where a row is ambiguous) or by :meth:`prepare`."""
        claims: _Index = {}
        named: _Index = {}
        for node, candidates in self._rows:
            for cand in candidates:
                _keep(claims, cand.id, node)
            _keep(named, norm_name(node.name), node)
        return claims, named

    def of(self, node: Node, candidate: Node) -> Reason | None:
        """Why ``candidate`` is one of ``node``'s (a newer node's) and not its match: what it
        shares with it (the kode, matched by kode only; the name; both) and the other indicator
        of the newer report that stands in the way: the one that now has the candidate's name
        (its kode given to a new indicator), or another row the candidate is a candidate of (an
        old indicator two rows claim), one with a kode (one without a kode is not named: by the
        name, twins of one name read as the row itself). None when it shares neither (the
        rollover link)."""
        code = self.codes and norm_code(node.code) == norm_code(candidate.code) != ""
        name = norm_name(node.name) == norm_name(candidate.name) != ""
        shared = "+".join(k for k, on in (("code", code), ("name", name)) if on)
        if not shared:
            return None

        def other(index: _Index, key: str) -> tuple[bool, Node | None]:
            # (another node than the row's there; the first of them with a kode)
            anyone, coded = index.get(key, ((), ()))
            return (
                any(n.id != node.id for n in anyone),
                next((n for n in coded if n.id != node.id), None),
            )

        claims, named = self._index
        some, by = other(claims, candidate.id)
        how = "claimed"
        if not name and not some:
            some, by = other(named, norm_name(candidate.name))
            how = "named"
        return Reason(shared, by, how) if by is not None else Reason(shared)


#: The most nodes :func:`pairing` keeps of an ambiguous node's (it counts them all).
PAIRING_KEPT = 3

#: :func:`pairing`'s ambiguous nodes: own node id → (the first rows of the matching it is in,
#: each (the newer node, its candidate), one of them ours, and how many there are)
Unsure = dict[str, tuple[tuple[tuple[Node, Node], ...], int]]


def pairing(
    own: Report, other: Report
) -> tuple[dict[str, tuple[Node, str]], Unsure, Reasons | None]:
    """:func:`counterparts`, and own node id → the nodes of ``other`` it may be where the match
    is ambiguous (``compare``'s "ambigu"), the first :data:`PAIRING_KEPT` as (newer node,
    candidate) and how many: its candidates, ``other`` the older report; the rows that claim
    it, ``other`` the newer one (none of them matched to it: 1,500 rows of one name claim each
    of 1,500 nodes, kept three each); and why each is one (:class:`Reasons`, as ``compare``
    says it, worked out when asked), None without an ambiguous row."""
    older = other.meta.tahun <= own.meta.tahun
    old, new = (other, own) if older else (own, other)
    rows = match(old, new).rows  # (one office's two years: by kode too)
    if older:
        found = {m.new.id: (m.old, m.how or "") for m in rows if m.old is not None}
    else:
        found = {m.old.id: (m.new, m.how or "") for m in rows if m.old is not None}
    ambiguous = [m for m in rows if m.ambiguous]
    if not ambiguous:
        return found, {}, None
    why = Reasons([(m.new, m.candidates) for m in rows], codes=True)
    unsure: Unsure = {}
    if older:
        for m in ambiguous:
            first = m.candidates[:PAIRING_KEPT]
            unsure[m.new.id] = (tuple((m.new, c) for c in first), len(m.candidates))
        return found, unsure, why
    claims: dict[str, tuple[list[tuple[Node, Node]], list[int]]] = {}
    for m in ambiguous:
        for cand in m.candidates:
            if cand.id not in found:
                kept, n = claims.setdefault(cand.id, ([], [0]))
                n[0] += 1
                if len(kept) < PAIRING_KEPT:
                    kept.append((m.new, cand))
    return found, {k: (tuple(kept), n[0]) for k, (kept, n) in claims.items()}, why


def related_nodes(
    node: Node, others: Sequence[tuple[Report, Mapping[str, tuple[Node, str]]]]
) -> list[tuple[Report, Node]]:
    """The node's counterparts in other reports: (each other report, its :func:`counterparts`)."""
    out: list[tuple[Report, Node]] = []
    for other, found in others:
        hit = found.get(node.id)
        if hit is not None:
            out.append((other, hit[0]))
    return out


# --------------------------------------------------------------------------- offices across years


def source_report(report: Report) -> str | None:
    """The id of the report ``lkj-tui new --from`` made ``report`` from, as its measured nodes'
    links (:data:`LINK_KEY`) say it (the one most of them name); None when none has a link."""
    counts: dict[str, int] = {}
    for node in report.walk():
        raw = node.info.get(LINK_KEY) if node.info else None
        if raw:
            link = link_of(node)
            if link is not None:
                counts[link[0]] = counts.get(link[0], 0) + 1
    return max(counts, key=lambda k: (counts[k], k)) if counts else None


def id_stem(report_id: str, tahun: int) -> str:
    """A report's id with its year taken out (``bappeda-2023`` and ``bappeda-2024`` share one):
    the last standalone run of the year's digits, as :func:`~lkj_tui.core.rollover.next_report_id`
    replaces it; "" when the id does not hold its year."""
    year = str(tahun)
    end = len(report_id)
    while True:  # (str.rfind: linear, a megabyte id included)
        at = report_id.rfind(year, 0, end)
        if at < 0:
            return ""
        after = at + len(year)
        if (at == 0 or not report_id[at - 1].isdigit()) and (
            after == len(report_id) or not report_id[after].isdigit()
        ):
            return f"{report_id[:at]}\0{report_id[after:]}"
        end = at + len(year) - 1


@dataclass(frozen=True)
class Pairing:
    """A report of the year paired with an office of another name (renamed): ``earlier`` is that
    office's report (of another year, usually an earlier one) it was paired by, ``how`` "link" (``new --from`` made it from ``earlier``) or
    "id" (the two ids differ only in their year)."""

    report_id: str
    office: str  # the earlier office's normalised name (norm_name)
    earlier: str
    how: str


@dataclass(frozen=True)
class Renamed:
    """A report of the roll-up's year whose office has another name in the store's reports of
    other years (export --all says it, with how they were paired: :class:`Pairing`)."""

    instansi: str  # the report's
    tahun: int
    before: str  # the office's other name (its latest report's)
    years: tuple[int, ...]  # the years the store holds of it under that name
    how: str  # "link" or "id"
    earlier: str  # the earlier report's id


def pair_offices(
    year_reports: Sequence[tuple[str, str, int, str | None, str]],
    others: Sequence[tuple[str, str, int, str]],
) -> list[Pairing]:
    """Which offices of other years (``others``: id, instansi, tahun, pemerintah) a report of the
    year (``year_reports``: id, instansi, tahun, :func:`source_report`, pemerintah) continues
    under another name, within one pemerintah: first by what links them (the report it was made
    from), then by the id (the same id but for its year); an office whose name a report of the
    year of its pemerintah has is that report's, as before (another government's report of the
    old name that year kept a renamed office unpaired). Each office is paired once, each report
    of the year with one office at most. A pemerintah left empty is any one's."""
    have: dict[str, set[str]] = {}  # each name of the year → its governments
    for r in year_reports:
        have.setdefault(norm_name(r[1]), set()).add(norm_name(r[4]))
    region = {r[0]: norm_name(r[4]) for r in year_reports}
    by_id = {o[0]: o for o in others}
    paired: dict[tuple[str, str], Pairing] = {}
    taken: set[str] = set()

    def free(office: str, old_region: str, rid: str) -> bool:
        """Whether the office (its name, its pemerintah) may be paired with the report ``rid``."""
        if not office or rid in taken or (old_region, office) in paired:
            return False
        new_region = region[rid]
        if old_region and new_region and old_region != new_region:
            return False  # (another government's office)
        held = have.get(office, set())
        return not (held and (not old_region or "" in held or old_region in held))

    made: dict[str, list[tuple[str, int]]] = {}  # source id → the reports made from it
    for rid, _, tahun, source, _ in year_reports:
        if source in by_id:
            made.setdefault(source, []).append((rid, tahun))
    for source, reports in made.items():
        old = by_id[source]
        office, old_region = norm_name(old[1]), norm_name(old[3])
        if len(reports) > 1:  # made twice (an office split in two): the one of the same id only
            stem = id_stem(old[0], old[2])
            reports = [r for r in reports if stem and id_stem(*r) == stem]
        if len(reports) != 1 or not free(office, old_region, reports[0][0]):
            continue
        paired[old_region, office] = Pairing(reports[0][0], office, old[0], "link")
        taken.add(reports[0][0])
    stems: dict[str, str] = {}
    for rid, _, tahun, _, _ in year_reports:
        stem = id_stem(rid, tahun)
        if stem and rid not in taken:
            stems.setdefault(stem, rid)
    for oid, instansi, tahun, pemerintah in sorted(others, key=lambda o: (-o[2], o[0])):
        office, old_region = norm_name(instansi), norm_name(pemerintah)  # (latest first)
        stem = id_stem(oid, tahun)
        found = stems.get(stem) if stem else None
        if found is None or not free(office, old_region, found):
            continue
        paired[old_region, office] = Pairing(found, office, oid, "id")
        taken.add(found)
    return list(paired.values())


def renamed_pair(
    old: tuple[str, str, int], new: tuple[str, str, int], source: str | None
) -> str | None:
    """How two reports (id, instansi, tahun) of two names and two years are one office renamed,
    as :func:`pair_offices` pairs them: "link" (``new`` was made from ``old`` by ``lkj-tui new
    --from``: ``source``, :func:`source_report` of ``new``), "id" (the two ids differ only in
    their year); None when they are not (or are of one name, or one year)."""
    if old[2] == new[2] or same_instansi(old[1], new[1]):
        return None
    if source is not None and source == old[0]:
        return "link"
    stem = id_stem(old[0], old[2])
    return "id" if stem and stem == id_stem(new[0], new[2]) else None
