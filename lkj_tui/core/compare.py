"""Two reports of one instansi side by side (``lkj-tui compare``, ``export --compare``). Pure.

Indicators are matched by :func:`lkj_tui.core.years.match` (kode, name, rollover's link); each row
holds both evaluations, the change of the realisasi (↑/↓, per cent — or places on the scale for a
letter grade or a BPK opinion —, better or worse for the polaritas), of the capaian (points) and,
where a year has no capaian %, of the verdict (tercapai → tidak tercapai). New, dropped and
ambiguous indicators are rows of their own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cached_property
from typing import Any

from lkj_tui.core.evaluate import Evaluated, Evaluation, Summary, total
from lkj_tui.core.model import Node, Report
from lkj_tui.core.years import (
    Change,
    Pairing,
    Reason,
    Reasons,
    id_stem,
    in_points,
    legend,
    match,
    norm_code,
    norm_name,
    older_name,
    pair_offices,
    realisasi_change,
    realisasi_units,
    relative,
    same_office,
    same_region,
    satuan_changed,
    units_apart,
    verdict_change,
)
from lkj_tui.core.years import renamed as names_differ  # (same_iku's argument is `renamed`)

__all__ = [
    "KIND_ORDER",
    "SHARED",
    "STATES",
    "Comparison",
    "Picked",
    "Row",
    "SameIku",
    "apart_text",
    "as_json",
    "candidate_labels",
    "change_legend",
    "compare",
    "groups",
    "pick_pair",
    "reason_text",
    "same_iku",
]

#: What a row is: matched (with how), new in the newer report, dropped from it, ambiguous.
STATES = ("matched", "new", "dropped", "ambiguous")

#: The order an LKj lists its indicators in (Tabel 3.x, PermenPAN-RB 53/2014): the IKU, then the
#: indikator kinerja lainnya, then (``--all-levels``) the indikator kegiatan; tree order within each.
KIND_ORDER = ("iku", "lainnya", "indikator_kegiatan")
_RANK = {kind: rank for rank, kind in enumerate(KIND_ORDER)}


@dataclass(frozen=True)
class Row:
    state: str
    old: Evaluated | None
    new: Evaluated | None
    how: str | None = None  # code, name, parents, link (matched rows)
    candidates: tuple[Node, ...] = ()  # ambiguous rows
    realisasi: Change | None = None
    capaian_points: Decimal | None = None  # new capaian − old capaian
    #: why a matched row tells no change of its realisasi: "renamed" (one kode, two names: two
    #: indicators), "units" (two units, or one against none); else None
    apart: str | None = None

    @property
    def node(self) -> Node:
        ev = self.new if self.new is not None else self.old
        assert ev is not None
        return ev.node

    @property
    def old_name(self) -> str | None:
        """The older report's name of a row matched by kode or by rollover's link whose name is
        not the newer's: shown beside the name, so two different indicators are never compared
        under one name (a kode given to another indicator), and an indicator renamed in the
        newer year is named as it was (matched by the link, its figures compared). None
        otherwise."""
        if self.old is None or self.new is None:
            return None
        return older_name(self.how, self.old.node, self.new.node)

    @property
    def satuan(self) -> tuple[str, str] | None:
        """The two reports' satuan of a matched row whose satuan changed ("Laporan",
        "Dokumen"; "" for none), older first: said under the table. None otherwise, and for
        two indicators of one kode (``nama berubah``: each its own satuan)."""
        if self.old is None or self.new is None or self.apart == "renamed":
            return None
        mo, mn = self.old.node.measure, self.new.node.measure
        if mo is None or mn is None or not satuan_changed(mo.satuan, mn.satuan):
            return None
        return mo.satuan or "", mn.satuan or ""

    @property
    def units(self) -> tuple[str, str] | None:
        """The two years' units of a row whose realisasi are of two units (``satuan
        berbeda``), older first, as printed ("Orang", "" for a bare number): said under the
        table with what to do (:func:`~lkj_tui.core.years.units_text`). None otherwise."""
        if self.apart != "units" or self.old is None or self.new is None:
            return None
        mo, mn = self.old.node.measure, self.new.node.measure
        assert mo is not None and mn is not None
        targets = (mo.target, mn.target)
        return realisasi_units(mo.realisasi, mn.realisasi, targets, mn.satuan or mo.satuan)

    @property
    def verdicts(self) -> tuple[bool, bool] | None:
        """(met, met) of both years when either is a verdict without a capaian % (no capaian
        points to say how it moved: "tercapai → tidak tercapai"); None otherwise."""
        if self.old is None or self.new is None:
            return None
        return verdict_change(self.old.achievement, self.new.achievement)


#: What a matched row says in place of a change it cannot tell (:attr:`Row.apart`): (id, en).
_APART = {
    "renamed": ("nama berubah", "renamed"),
    "units": ("satuan berbeda", "units differ"),
}


def apart_text(apart: str, lang: str = "id") -> str:
    """ "nama berubah" / "satuan berbeda" (:attr:`Row.apart`)."""
    return _APART[apart][lang == "en"]


def change_legend(
    rows: Iterable[Row], base: object, lang: str = "id", *, short: bool = False
) -> str:
    """What the change column's "%" and "poin" are, in one line, for the matched ``rows`` that
    show either (:func:`~lkj_tui.core.years.legend`; ``base``: the earlier side's year, or
    "A"); "" when none does."""
    shown = [r for r in rows if r.state == "matched"]
    said = [r.realisasi for r in shown if r.apart is None]
    points = any(in_points(m) for m in said) or any(r.capaian_points for r in shown)
    return legend(base, any(relative(m) for m in said), points, lang, short=short)


#: Why a candidate of an ambiguous row is one (:meth:`Comparison.why`), as said beside it: "IKU 1
#: Nilai LPPD (nama sama; juga kemungkinan bagi IKU 2)" (years68: the row said "ambigu", not why).
SHARED = {
    "id": {
        "code": "kode sama",
        "name": "nama sama",
        "code+name": "kode dan nama sama",
        "named": "{shared}; namanya kini dipakai {other}",
        "claimed": "{shared}; juga kemungkinan bagi {other}",
    },
    "en": {
        "code": "same code",
        "name": "same name",
        "code+name": "same code and name",
        "named": "{shared}; its name is now {other}'s",
        "claimed": "{shared}; also a candidate of {other}",
    },
}


def reason_text(
    said: Reason | None, lang: str, mark: Callable[[str], str] = str, claimed: bool = True
) -> str:
    """Why a node is a candidate (:class:`~lkj_tui.core.years.Reason`) as said beside it, the
    other indicator by its kode (``mark``: as printed): "nama sama; juga kemungkinan bagi IKU
    2"; ``claimed`` False: without the other row that claims it (the detail pane lists a later
    year's rows that claim the indicator: not said again as each other's); "" for none."""
    if said is None:
        return ""
    words = SHARED[lang]
    if said.other is None or said.how is None or (said.how == "claimed" and not claimed):
        return words[said.shared]
    return words[said.how].format(shared=words[said.shared], other=mark(said.other.code))


def candidate_labels(
    candidates: Iterable[Node],
    label: Callable[[Node], str],
    why: Callable[[Node], str] = lambda node: "",
    apart: Callable[[Node], str] | None = None,
) -> list[str]:
    """An ambiguous row's candidates as shown (``label``: "IKU 4 Opini BPK atas LKPD"), each
    label once: several with one label (indikator kegiatan without a kode, of one name under
    several kegiatan) are one "Jumlah Desa Tangguh Bencana (4×)", not four of the same words;
    ``why``: the first's reason after it ("(nama sama)", "(2×; nama sama)"); ``apart``: what
    tells such twins apart, each named by it rather than counted ("Jumlah dokumen (simpul
    19bcd6a7, simpul 3f1ec818; nama sama)")."""
    groups: dict[str, list[Node]] = {}
    for node in candidates:
        groups.setdefault(label(node).strip(), []).append(node)
    out = []
    for text, nodes in groups.items():
        said = []
        if len(nodes) > 1:
            said.append(", ".join(map(apart, nodes)) if apart else f"{len(nodes)}×")
        said += [w for w in (why(nodes[0]),) if w]
        out.append(f"{text} ({'; '.join(said)})" if said else text)
    return out


def _capaian(ev: Evaluated | None) -> Decimal | None:
    return ev.achievement.rounded if ev is not None and ev.achievement is not None else None


@dataclass(frozen=True)
class Comparison:
    old: Evaluation
    new: Evaluation
    # the newer report's order, then the dropped ones in the older's order; each by KIND_ORDER
    rows: tuple[Row, ...]
    #: "link" or "id" when the two names are one office renamed (:func:`~lkj_tui.core.years.
    #: renamed_pair`): compared as two years of one instansi; None otherwise
    renamed: str | None = None

    @property
    def across(self) -> bool:
        """Two reports of two instansi, or two of one instansi for one year: its sides are
        named A and B (:attr:`labels`), not by their years."""
        a = self.old.report.meta
        return a.tahun == self.new.report.meta.tahun or self.names_only

    @property
    def names_only(self) -> bool:
        """Two instansi (not one renamed): matched by name (and link) only, never by kode."""
        a, b = self.old.report.meta, self.new.report.meta
        return self.renamed is None and not same_office(a, b)

    def matched_how(self, row: Row) -> str | None:
        """What is said beside a matched row's name: how it was matched ("name", "parents",
        "link"), None when by kode — or by name between two instansi, where every row is
        (:attr:`names_only`)."""
        if row.how in ("link", "parents") or (row.how == "name" and not self.names_only):
            return row.how
        return None

    def other_code(self, row: Row) -> str | None:
        """A's kode of a row of two instansi (:attr:`names_only`) when it is not B's (B's IKU 7
        is A's IKU 4): said beside the name, as the table's kode is B's. None otherwise."""
        if not self.names_only or row.old is None or row.new is None:
            return None
        old, new = row.old.node.code, row.new.node.code
        return old if norm_code(old) != norm_code(new) and norm_code(old) else None

    @cached_property
    def _told_apart(self) -> tuple[dict[str, tuple[Node, ...]], dict[str, tuple[Node, ...]]]:
        """The parents that tell apart the indikator kegiatan of one name in each report (old,
        new): by node id, the nearest parent, or as many as it takes (up to three) when the
        parents share a name too."""
        return _apart(self.old.report), _apart(self.new.report)

    def parents_of(self, row: Row) -> tuple[Node, ...]:
        """The parents (a sub kegiatan, its kegiatan…: nearest first) of a row's indikator
        kegiatan when another indikator kegiatan of its report has its name ("Jumlah Sarana dan
        Prasarana Kantor" under 32 sub kegiatan): said beside the name, so two rows are told
        apart. () otherwise."""
        old, new = self._told_apart
        return (new if row.new is not None else old).get(row.node.id, ())

    def candidates_of(
        self,
        row: Row,
        label: Callable[[Node], str],
        parents: Callable[[tuple[Node, ...]], str],
        lang: str = "id",
        mark: Callable[[str], str] = str,
    ) -> list[str]:
        """An ambiguous row's candidates as shown (:func:`candidate_labels`); a few (at most
        :data:`CANDIDATES_APART`) each with why it is one (:meth:`why`: " (nama sama; juga
        kemungkinan bagi IKU 2)"; ``mark``: the other row's kode as printed) and with its parents
        when another indikator kegiatan of the older report has its name (``parents``: their
        text, " (Kegiatan: Penataan Organisasi)"), so the reader sees which is which."""
        apart = self._told_apart[0]
        if len(row.candidates) > CANDIDATES_APART:
            return candidate_labels(row.candidates, label)

        return candidate_labels(
            row.candidates,
            lambda node: label(node) + parents(apart.get(node.id, ())),
            lambda node: self.why(row, node, lang, mark),
        )

    def reason(self, row: Row, candidate: Node) -> Reason | None:
        """Why ``candidate`` is one of an ambiguous row's and not its match
        (:meth:`~lkj_tui.core.years.Reasons.of`: the kode shared between two years of one
        instansi only). Said by :meth:`why`; given by ``compare --json``."""
        return self._reasons.of(row.node, candidate)

    def why(self, row: Row, candidate: Node, lang: str, mark: Callable[[str], str] = str) -> str:
        """:meth:`reason` as said beside a candidate (:func:`reason_text`)."""
        return reason_text(self.reason(row, candidate), lang, mark)

    @cached_property
    def _reasons(self) -> Reasons:
        """The rows' :class:`~lkj_tui.core.years.Reasons`, once, when first asked."""
        rows = ((r.new.node, r.candidates) for r in self.rows if r.new is not None)
        return Reasons(rows, codes=not self.names_only)

    @property
    def labels(self) -> tuple[str, str]:
        """What names each side in a header or a note: the years ("2023", "2024"), or "A" and
        "B" when the years do not tell them apart or the instansi differ (:attr:`across`)."""
        if self.across:
            return ("A", "B")
        return (str(self.old.report.meta.tahun), str(self.new.report.meta.tahun))

    def of_kinds(self, kinds: Iterable[str]) -> list[Row]:
        wanted = set(kinds)
        return [r for r in self.rows if r.node.kind in wanted]

    def counts(self, rows: Iterable[Row] | None = None) -> dict[str, int]:
        out = dict.fromkeys((*STATES, "up", "down", "better", "worse"), 0)
        for r in self.rows if rows is None else rows:
            out[r.state] += 1
            if r.realisasi is not None:
                if r.realisasi.direction in ("up", "down"):
                    out[r.realisasi.direction] += 1
                if r.realisasi.better is not None:
                    out["better" if r.realisasi.better else "worse"] += 1
        return out


def compare(old: Evaluation, new: Evaluation, renamed: str | None = None) -> Comparison:
    """Compare ``new`` with ``old`` (usually the year before), indicator by indicator. Two
    instansi are matched by name (and link) only: each office's "IKU 1" is its own indicator;
    but one office ``renamed`` ("link" or "id": how the two names were paired) is one instansi."""
    a, b = old.report.meta, new.report.meta
    codes = renamed is not None or same_office(a, b)
    matching = match(old.report, new.report, codes=codes)
    # (Comparison.names_only says the same of the two reports)
    rows: list[Row] = []
    for m in matching.rows:
        ev_new = new.of(m.new.id)
        if m.old is None:
            state = "ambiguous" if m.candidates else "new"
            rows.append(Row(state, None, ev_new, candidates=m.candidates))
            continue
        ev_old = old.of(m.old.id)
        mo, mn = m.old.measure, m.new.measure
        assert mn is not None and mo is not None
        cap_old, cap_new = _capaian(ev_old), _capaian(ev_new)
        targets = (mo.target, mn.target)
        moved, apart = None, None
        if names_differ(m.how, m.old, m.new) is not None:  # one kode, two names:
            apart = "renamed"  # two indicators' realisasi (each one's capaian still said)
        else:
            satuan, scales = mn.satuan or mo.satuan, new.scales
            moved = realisasi_change(
                mo.realisasi, mn.realisasi, mn.polaritas, cap_old, cap_new, scales, targets, satuan
            )
            if moved is None and units_apart(mo.realisasi, mn.realisasi, targets, satuan):
                apart = "units"
        points = None if cap_old is None or cap_new is None else cap_new - cap_old
        rows.append(Row("matched", ev_old, ev_new, m.how, (), moved, points, apart))
    rows.sort(key=_rank)  # (stable: tree order within a kind)
    dropped = sorted((Row("dropped", old.of(n.id), None) for n in matching.dropped), key=_rank)
    return Comparison(old, new, (*rows, *dropped), renamed)


@dataclass(frozen=True)
class SameIku:
    """One office's two years over the IKU both have, each with a capaian in both years: what
    its year-over-year change compares (``export --all``'s "Dibanding 2024"), not two averages of
    unlike IKU. ``now`` and ``then``: the summaries of those IKU (as many in both); ``every``:
    they are every IKU of both years (nothing to say of them); ``renamed``: the IKU pairs of one
    kode and two names (each with a capaian in both years), left out: two indicators, as
    ``compare`` says ("nama berubah")."""

    now: Summary
    then: Summary
    every: bool
    renamed: int = 0


def _of(achieved: list[Decimal]) -> Summary:
    """The summary of IKU of these rounded capaian: their mean as a report's summary makes it."""
    return total(Summary(1, 1, 0, value) for value in achieved)


def same_iku(old: Evaluation, new: Evaluation, renamed: str | None = None) -> SameIku:
    """``new``'s IKU and ``old``'s matched as :func:`compare` matches them (IKU to IKU), those
    with a capaian in both years, as each year's :class:`SameIku` summary; a kode whose name
    changed is counted apart (:attr:`SameIku.renamed`). Linear."""
    a, b = old.report.meta, new.report.meta
    codes = renamed is not None or same_office(a, b)
    now: list[Decimal] = []
    then: list[Decimal] = []
    two_names = 0
    # (the IKU only: the indikator kegiatan, a kabupaten's hundreds, are matched apart and left out)
    for m in match(old.report, new.report, codes=codes, kinerja_only=True).matched:
        assert m.old is not None
        if m.new.kind == "iku" and m.old.kind == "iku":
            cap_old, cap_new = _capaian(old.of(m.old.id)), _capaian(new.of(m.new.id))
            if cap_old is None or cap_new is None:
                continue
            if names_differ(m.how, m.old, m.new) is not None:
                two_names += 1
                continue
            then.append(cap_old)
            now.append(cap_new)
    counts = {len(ev.items(["iku"])) for ev in (old, new)}
    every = counts == {len(now)}
    return SameIku(_of(now), _of(then), every, two_names)


def _rank(row: Row) -> int:
    return _RANK.get(row.node.kind, len(KIND_ORDER))


def groups(rows: Iterable[Row]) -> list[tuple[str, list[Row]]]:
    """``rows`` (in :data:`KIND_ORDER`, as :func:`compare` makes them) as runs of one kind each:
    (kind, rows), for the renderers' labels ("Indikator kinerja lainnya") between the IKU and the
    others."""
    out: list[tuple[str, list[Row]]] = []
    for row in rows:
        kind = row.node.kind
        if not out or out[-1][0] != kind:
            out.append((kind, []))
        out[-1][1].append(row)
    return out


@dataclass(frozen=True)
class Picked:
    """The two reports to compare (ids, older first) and how they were picked: "given" (two
    ids), "instansi" (the report before the newer of the same instansi), "link" or "id" (its
    office under another name: :func:`~lkj_tui.core.years.pair_offices`). ``others``: how many
    other reports the newer one's year has (the listing's rows) of its own pemerintah, when no
    id was given; ``region``: that pemerintah, where the store holds others' reports too (a
    province's store: "399 instansi lain" counted the ten governments' offices, years32);
    ``renamed``: how the two names are one office ("link", "id"), None when they are not."""

    old: str
    new: str
    how: str
    others: int = 0
    renamed: str | None = None  # "link" or "id": one office under two names (else None)
    skipped: str = ""  # the store's latest report, passed over: it has no earlier report
    region: str = ""  # the newer one's pemerintah, in a store of several (see above)


def pick_pair(
    reports: list[tuple[str, str, int, str]],
    first: str | None,
    second: str | None,
    source: Callable[[str], str | None] | None = None,
) -> Picked | str:
    """Which two reports to compare, from (id, instansi, tahun, pemerintah) of every report: both
    given; one given (the report of the same instansi and pemerintah just before it); none (the latest report and the one
    before it of the same instansi; when the latest has none, the first report of its year that
    has one, the latest said ``skipped``). Without an earlier report of its name, the report's
    office under an earlier name, paired as ``export --all`` pairs them (``source``: the id of
    the report a report was made from, read of the latest only). Returns the :class:`Picked`
    pair, or the reason (a message key)."""
    by_id = {r[0]: r for r in reports}
    if first is not None and second is not None:
        return Picked(first, second, "given")
    if not reports:
        return "empty"
    # none given: the store's latest report, as every command's default (StoreReader's listing
    # order: newest year, then instansi, then id); by year then id it was another report of that
    # year, and "no earlier report" named the default one (walk8)
    newest = (
        by_id.get(first) if first is not None else min(reports, key=lambda r: (-r[2], r[1], r[0]))
    )
    if newest is None:
        return Picked(first or "", "", "given")  # the caller's load says the id is unknown
    year = newest[2]
    by_name: dict[str, list[tuple[str, str, int, str]]] = {}
    for r in reports:
        by_name.setdefault(norm_name(r[1]), []).append(r)
    others, region = 0, ""
    candidates = [newest]
    if first is None:  # then the year's other reports, in the listing's order
        # the year's other reports of its pemerintah, as `status --all --tahun --pemerintah`
        # lists them (one row a report): by name, two governments' "Dinas Pendidikan" were one
        # (336 of a province's 399); then every government's (399 of its 40, years32)
        own = [r for r in reports if r[2] == year and same_region(r[3], newest[3])]
        others = len(own) - 1
        if any(not same_region(r[3], newest[3]) for r in reports):
            region = newest[3]
        candidates += sorted(
            (r for r in reports if r[2] == year and r[0] != newest[0]), key=lambda r: (r[1], r[0])
        )
    pairings: dict[str, Pairing] | None = None
    for r in candidates:
        key = norm_name(r[1])
        earlier = [  # (another government's office of the name is another office)
            o
            for o in by_name.get(key, [])
            if key and o[0] != r[0] and o[2] < r[2] and same_region(o[3], r[3])
        ]
        skipped = newest[0] if r is not newest else ""
        if earlier:
            if len({o[2] for o in earlier}) < len(earlier):  # one name, two offices in a year
                # (two governments' "Kecamatan Pino"): the office of the same id but for the
                # year, as export --all pairs the year before; by id alone it took the other's
                stem = id_stem(r[0], r[2])
                earlier = [o for o in earlier if stem and id_stem(o[0], o[2]) == stem] or earlier
            old = max(earlier, key=lambda o: (o[2], o[0]))[0]
            return Picked(old, r[0], "instansi", others, skipped=skipped, region=region)
        if source is None:
            continue
        if pairings is None:  # (the latest's link read once; the others' ids only)
            year_reports = [
                (o[0], o[1], o[2], source(o[0]) if o[0] == newest[0] else None, o[3])
                for o in reports
                if o[2] == year
            ]
            before = [o for o in reports if o[2] < year]
            pairings = {p.report_id: p for p in pair_offices(year_reports, before)}
        p = pairings.get(r[0])
        if p is not None:
            return Picked(p.earlier, r[0], p.how, others, p.how, skipped, region)
    return "no_pair"


#: An ambiguous row's candidates are each named with their parents when there are at most this
#: many (more are counted: "Jumlah Sarana dan Prasarana Kantor (32×)").
CANDIDATES_APART = 3
#: At most this many parents tell two indikator kegiatan of one name apart.
_PARENTS_SHOWN = 3


def _apart(report: Report) -> dict[str, tuple[Node, ...]]:
    """:attr:`Comparison._told_apart` of one report."""
    groups: dict[str, list[Node]] = {}
    for node in report.walk():
        if node.kind == "indikator_kegiatan":
            groups.setdefault(norm_name(node.name), []).append(node)
    out: dict[str, tuple[Node, ...]] = {}
    for nodes in groups.values():
        if len(nodes) < 2:
            continue
        chains = [report.ancestors(n.id) for n in nodes]
        for depth in range(1, _PARENTS_SHOWN + 1):
            keys = {
                tuple((norm_code(a.code), norm_name(a.name)) for a in c[:depth]) for c in chains
            }
            if len(keys) == len(chains):
                break
        for node, chain in zip(nodes, chains, strict=True):
            out[node.id] = tuple(chain[:depth])
    return out


def parents_text(parents: tuple[Node, ...], lang: str) -> str:
    """ "Sub Kegiatan: Pendataan …; Kegiatan: …" (:meth:`Comparison.parents_of`), as stored:
    cleaned or escaped where it is printed."""
    from lkj_tui.core.i18n import tr

    return "; ".join(
        f"{tr(p.kind, lang)}: {' '.join(x for x in (p.code, p.name) if x) or p.id}" for p in parents
    )


def parents_json(parents: tuple[Node, ...]) -> list[dict[str, Any]]:
    """A row's parents in ``compare --json`` (:meth:`Comparison.parents_of`)."""
    return [{"id": p.id, "kind": p.kind, "code": p.code, "name": p.name} for p in parents]


def as_json(
    comparison: Comparison, rows: Iterable[Row], picked: Picked | None = None
) -> dict[str, Any]:
    """The comparison for scripts (``compare --json``): stored text as is, numbers as numbers;
    how the pair was picked when ``compare`` picked it (``picked``)."""

    def num(value: Decimal | None) -> float | None:
        return None if value is None else float(value)

    def side(ev: Evaluated | None) -> dict[str, Any] | None:
        if ev is None:
            return None
        m, ach = ev.node.measure, ev.achievement
        assert m is not None
        return {
            "id": ev.node.id,
            "code": ev.node.code,
            "name": ev.node.name,
            "target": m.target,
            "realisasi": m.realisasi,
            "satuan": m.satuan,
            "achievement": num(ach.rounded) if ach else None,
            "rating": ach.rating if ach else None,
            "under_target": ach.under_target if ach else None,
            "met": ach.met if ach else None,
        }

    def meta(ev: Evaluation) -> dict[str, Any]:
        m = ev.report.meta
        return {"id": m.id, "instansi": m.instansi, "year": m.tahun}

    def change(r: Row) -> dict[str, Any] | None:
        # the capaian's points stand without a realisasi change (renamed, units apart, text)
        moved = r.realisasi
        if moved is None and r.capaian_points is None:
            return None
        return {
            "realisasi_delta": num(moved.delta) if moved else None,
            "realisasi_percent": num(moved.percent) if moved else None,
            "realisasi_steps": moved.steps if moved else None,
            "direction": moved.direction if moved else None,
            "better": moved.better if moved else None,
            "achievement_points": num(r.capaian_points),
        }

    def node(n: Node) -> dict[str, Any]:
        return {"id": n.id, "code": n.code, "name": n.name}

    def candidate(r: Row, c: Node) -> dict[str, Any]:
        # why it is one, as the text says it (of a few: more are counted there and listed here
        # as they were; 1,500 rows of 1,500 candidates each are 123 MB, each with its reason
        # 276 MB): what it shares, who is in the way
        if len(r.candidates) > CANDIDATES_APART:
            return node(c)
        said = comparison.reason(r, c)
        other = None if said is None or said.other is None else node(said.other)
        return {
            **node(c),
            "shared": [] if said is None else said.shared.split("+"),
            "also_candidate_of": other if said is not None and said.how == "claimed" else None,
            "name_now_of": other if said is not None and said.how == "named" else None,
        }

    listed = list(rows)
    out_rows = []
    for r in listed:
        out_rows.append(
            {
                "state": r.state,
                "level": r.node.level,
                "matched_by": r.how,
                "not_compared": r.apart,
                "units": list(units) if (units := r.units) is not None else None,
                "old": side(r.old),
                "new": side(r.new),
                "change": change(r),
                "candidates": [candidate(r, c) for c in r.candidates],
                "parents": parents_json(comparison.parents_of(r)),
            }
        )
    return {
        "old": meta(comparison.old),
        "new": meta(comparison.new),
        "picked_by": None if picked is None or picked.how == "given" else picked.how,
        "renamed": comparison.renamed,
        "other_offices": picked.others if picked is not None else 0,
        "skipped": picked.skipped or None if picked is not None else None,
        "counts": comparison.counts(listed),
        "rows": out_rows,
    }
