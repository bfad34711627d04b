"""The checks of the whole report: printed averages (1), budget and efficiency (11), structure
(12), and the coverage of the LKj content items."""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import partial

from lkj_tui.core.codes import UNIQUE_CODE_KINDS, highest, next_free, same_code, taken_by
from lkj_tui.core.evaluate import Evaluated
from lkj_tui.core.evaluate import _decimals as decimals
from lkj_tui.core.model import BUDGET_FIGURES, BudgetLine, Node
from lkj_tui.core.numbers import format_exact
from lkj_tui.core.reviu.finding import Finding, make, make_unwritten, parted
from lkj_tui.core.reviu.measures import Ctx, at, is_missing, num, parse
from lkj_tui.core.sanitize import clean_words
from lkj_tui.core.values import amount_readings

_AVERAGES = {
    # meta.printed key → the node kind averaged, its label (id, en)
    "capaian_iku_rata_rata": ("iku", ("rata-rata capaian IKU", "average IKU capaian")),
    "capaian_lainnya_rata_rata": (
        "lainnya",
        ("rata-rata capaian indikator lainnya", "average capaian of the other indicators"),
    ),
}


def _mean(values: list[Decimal]) -> Decimal | None:
    if not values:
        return None
    return (sum(values, Decimal(0)) / len(values)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def _without_percent(text: str) -> str:
    """``text`` without a "%" or "persen" at its end and the spaces around it ("85,5 %" →
    "85,5"). (A pattern of spaces, the unit and the end, searched from each space of a run of
    them, was quadratic: imp65.)"""
    end = text.rstrip()
    for unit in ("%", "persen"):
        if end[-len(unit) :].lower() == unit:
            return end[: -len(unit)].rstrip()
    return text


def _number(text: str) -> Decimal | None:
    value = parse(_without_percent(text.strip()))
    return value.number if value is not None and value.kind == "number" else None


def printed_averages(ctx: Ctx) -> list[Finding]:
    out = []
    for key, (kind, (label_id, label_en)) in _AVERAGES.items():
        text = ctx.report.meta.printed.get(key)
        printed = _number(text) if text else None
        if text is None or printed is None:
            continue
        items = ctx.ev.items([kind])
        ours = _mean(
            [ev.achievement.rounded for ev in items if ev.achievement and ev.achievement.rounded]
        )
        if ours is None:
            continue
        places = decimals(_without_percent(text))
        if at(ours, places) == printed:
            continue
        from_printed = _mean([v for ev in items if (v := _first_printed(ev)) is not None])
        if from_printed is not None and at(from_printed, places) == printed:
            why = (
                f"Angka tercetak = rata-rata capaian yang tercetak per indikator ({num(from_printed)}),"
                " termasuk yang tercetak keliru.",
                f"The printed figure = the mean of the capaian printed per indicator "
                f"({num(from_printed)}), the wrong ones included.",
            )
        else:
            why = (
                "Tidak ada cara hitung yang dikenal yang menghasilkan angka tercetak.",
                "No known method gives the printed figure.",
            )
        out.append(
            make(
                "printed-average",
                None,
                (
                    f"Laporan mencetak {label_id} {text}, hasil hitung {num(ours)} % dari "
                    f"{len(items)} indikator. {why[0]}",
                    f"The report prints the {label_en} as {text}; computed {num(ours)} % from "
                    f"{len(items)} indicators. {why[1]}",
                ),
                {"printed": text, "computed": num(ours), "indicators": str(len(items))},
            )
        )
    return out


#: A printed count: ``printed["jumlah_iku:capaian>=60"] = "7"`` (IKU whose capaian is ≥ 60 %).
_COUNT_KEY = re.compile(r"jumlah_(iku|lainnya):capaian(>=|<=|>|<)([0-9]+(?:[.,][0-9]+)?)")
_CMP = {
    ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    "<": lambda a, b: a < b,
}


def printed_counts(ctx: Ctx) -> list[Finding]:
    out = []
    for key, text in ctx.report.meta.printed.items():
        match = _COUNT_KEY.fullmatch(key)
        printed = _number(text)
        if match is None or printed is None:
            continue
        kind, cmp, bound_text = match.groups()
        bound = Decimal(bound_text.replace(",", "."))
        items = ctx.ev.items([kind])
        hits = [
            ev
            for ev in items
            if ev.achievement
            and ev.achievement.rounded is not None
            and _CMP[cmp](ev.achievement.rounded, bound)
        ]
        if Decimal(len(hits)) == printed:
            continue
        label = "IKU" if kind == "iku" else "indikator lainnya"
        label_en = "IKU" if kind == "iku" else "other indicators"
        sign = {">=": "≥", "<=": "≤"}.get(cmp, cmp)
        shown = f"{sign} {format_exact(bound)} %"
        # (none: "hasil hitung 0 dari 10.", not "(—)"; a name without a kode cut after a word)
        names = ", ".join(clean_words(ev.node.code or ev.node.name, 40) for ev in hits)
        listed = f" ({names})" if names else ""
        out.append(
            make(
                "printed-count",
                None,
                (
                    f"Laporan mencetak {text} {label} dengan capaian {shown}; hasil hitung "
                    f"{len(hits)} dari {len(items)}{listed}.",
                    f"The report prints {text} {label_en} with capaian {shown}; computed "
                    f"{len(hits)} of {len(items)}{listed}.",
                ),
                {"printed": text, "computed": str(len(hits)), "condition": f"capaian {shown}"},
            )
        )
    return out


def _first_printed(ev: Evaluated) -> Decimal | None:
    """The capaian the report prints first for an indicator (its main table)."""
    pc = ev.printed_capaian("capaian")
    return pc.value if pc is not None else None


# --------------------------------------------------------------------------- 11 budget


def amount(text: str | None) -> Decimal | None:
    """A printed amount ("Rp. 1.234.000,-"); a printed "-" is nil (0); None when unreadable."""
    if text is None:
        return None
    if text.strip() in ("-", "–", "—"):
        return Decimal(0)
    body = re.sub(r"(?i)^\s*rp\.?\s*", "", text)
    if "," in body and amount_readings(body) is not None:
        return None  # "1,000": 1 or 1.000, never guessed (:func:`budget_ambiguous` says so)
    value = parse(body)
    if value is None or value.kind != "number" or value.number is None:
        return None
    return value.number


def rupiah(value: Decimal) -> str:
    return num(value, 0)


_WHAT = {"anggaran": ("anggaran", "budget"), "realisasi": ("realisasi", "realisation")}
_WHAT["renstra"] = ("rencana Renstra", "Renstra plan")


def budget_sums(ctx: Ctx) -> list[Finding]:
    lines = ctx.report.meta.anggaran
    out = []
    for parent in lines:
        children = [c for c in lines if c.table == parent.table and c.parent == parent.uraian]
        if not children:
            continue
        for name in BUDGET_FIGURES:
            total = amount(parent.figure(name))
            parts = [amount(c.figure(name)) for c in children if c.figure(name) is not None]
            if total is None or not parts or any(p is None for p in parts):
                continue
            added = sum((p for p in parts if p is not None), Decimal(0))
            if added == total:
                continue
            what = _WHAT[name]
            gap = rupiah(total - added)
            out.append(
                make(
                    "budget-sum",
                    None,
                    (
                        f"{parent.table}: {what[0]} “{parent.uraian}” tercetak "
                        f"{parent.figure(name)}, jumlah {len(parts)} rinciannya {rupiah(added)} "
                        f"(selisih {gap}).",
                        f"{parent.table}: the {what[1]} of “{parent.uraian}” is printed "
                        f"{parent.figure(name)}; its {len(parts)} lines add up to "
                        f"{rupiah(added)} (difference {gap}).",
                    ),
                    {
                        "table": parent.table,
                        "uraian": parent.uraian,
                        "figure": name,
                        "printed": parent.figure(name) or "",
                        "sum": rupiah(added),
                        "difference": gap,
                    },
                )
            )
    return out


#: Top lines that hold a table's total: compared across tables whatever their exact name.
_TOTAL_NAMES = frozenset(
    {"anggaran", "jumlah anggaran", "total anggaran", "belanja", "jumlah belanja"}
    | {"total belanja", "jumlah", "total"}
)


def _fold(text: str) -> str:
    return " ".join(text.split()).casefold()


def _is_total(line: BudgetLine) -> bool:
    return line.parent is None and _fold(line.uraian) in _TOTAL_NAMES


def budget_totals(ctx: Ctx) -> list[Finding]:
    """The year's total budget (and realisation, Renstra plan) of every table, when they differ."""
    totals = [line for line in ctx.report.meta.anggaran if _is_total(line)]
    parts_id, parts_en, figures = [], [], {}
    for name in BUDGET_FIGURES:
        groups: dict[Decimal, list[str]] = {}
        shown: dict[Decimal, str] = {}
        for line in totals:
            value = amount(line.figure(name))
            if value is not None and value != 0:
                groups.setdefault(value, []).append(f"{line.table}, {line.uraian}")
                shown.setdefault(value, line.figure(name) or "")
        if len(groups) > 1:
            listing = "; ".join(f"{shown[v]} ({'; '.join(where)})" for v, where in groups.items())
            figures[name] = listing
            parts_id.append(f"{_WHAT[name][0]}: {listing}")
            parts_en.append(f"{_WHAT[name][1]}: {listing}")
    if not parts_id:
        return []
    said, marked = zip(
        parted("Jumlah tahun ini tercetak berbeda per tabel", parts_id, "."),
        parted("The year's totals differ between tables", parts_en, "."),
        strict=True,
    )
    return [make("budget-conflict", None, said, figures, marked=marked)]


def budget_conflicts(ctx: Ctx) -> list[Finding]:
    """The same line (by name) with different figures in two tables: one finding per pair (the
    tables' totals: :func:`budget_totals`)."""
    by_name: dict[tuple[str, str], list[BudgetLine]] = {}
    for line in ctx.report.meta.anggaran:
        if _is_total(line):
            continue
        for name in BUDGET_FIGURES:
            if line.figure(name) is not None:
                key = (_fold(line.uraian), name)
                by_name.setdefault(key, []).append(line)
    pairs: dict[tuple[str, str], list[str]] = {}
    pairs_en: dict[tuple[str, str], list[str]] = {}
    for (_, name), lines in by_name.items():
        for i, a in enumerate(lines):
            for b in lines[i + 1 :]:
                if a.table == b.table:
                    continue
                va, vb = amount(a.figure(name)), amount(b.figure(name))
                if va is None or vb is None or va == vb:
                    continue
                what = _WHAT[name]
                key = (a.table, b.table)
                pairs.setdefault(key, []).append(
                    f"{what[0]} {a.uraian} {a.figure(name)} vs {b.figure(name)}"
                )
                pairs_en.setdefault(key, []).append(
                    f"{what[1]} of {a.uraian} {a.figure(name)} vs {b.figure(name)}"
                )
    return [
        make(
            "budget-conflict",
            None,
            (
                f"{a} dan {b} mencetak angka berbeda: " + "; ".join(items) + ".",
                f"{a} and {b} print different figures: " + "; ".join(pairs_en[a, b]) + ".",
            ),
            {"tables": f"{a}; {b}", "lines": "; ".join(items)},
        )
        for (a, b), items in pairs.items()
    ]


#: Names of the line whose realisation is the report's spending, most specific first.
_TOTALS = (("belanja", "jumlah belanja", "total belanja"), ("jumlah", "total"))


def _serapan(anggaran: str | None, realisasi: str | None) -> Decimal | None:
    a, r = amount(anggaran), amount(realisasi)
    if a is None or r is None or a == 0:
        return None
    return r / a * 100


def _efficiency(
    ctx: Ctx, node: Node | None, where: tuple[str, str], capaian: Decimal, serapan: Decimal
) -> Finding:
    points = at(capaian, 2) - at(serapan, 2)
    band = ctx.scales.efficiency_band(points) or "—"
    return make(
        "budget-efficiency",
        node.id if node else None,
        (
            f"{where[0]}: capaian {num(capaian)} % − serapan anggaran {num(serapan)} % = "
            f"{num(points)} poin: {band}.",
            f"{where[1]}: capaian {num(capaian)} % − budget absorption {num(serapan)} % = "
            f"{num(points)} points: {band}.",
        ),
        {
            "capaian": num(capaian),
            "serapan": num(serapan),
            "selisih": num(points),
            "band": band,
        },
    )


def _sasaran_capaian(ctx: Ctx, sasaran: Node) -> Decimal | None:
    values = [
        ev.achievement.rounded
        for ev in ctx.ev.items(["iku"])
        if ev.achievement
        and ev.achievement.rounded is not None
        and ctx.report.sasaran_of(ev.node.id) == sasaran
    ]
    return _mean(values)


_BUDGET_ROWS = ("program", "kegiatan", "subkegiatan")


def node_budget_sums(ctx: Ctx) -> list[Finding]:
    """A node's anggaran (realisasi anggaran) against its programs/kegiatan/sub kegiatan's, when
    every one of them carries the figure."""
    report, out = ctx.report, []
    for n in ctx.nodes:
        if (n.anggaran is None and n.realisasi_anggaran is None) or ctx.leaf(n.id):
            continue  # no figure to add up to (most nodes), or no rows under it
        rows = [c for c in report.children(n.id) if c.kind in _BUDGET_ROWS]
        if not rows:
            continue
        for attr, what in (
            ("anggaran", _WHAT["anggaran"]),
            ("realisasi_anggaran", _WHAT["realisasi"]),
        ):
            total = amount(getattr(n, attr))
            parts = [amount(getattr(c, attr)) for c in rows]
            if total is None or any(p is None for p in parts):
                continue
            added = sum((p for p in parts if p is not None), Decimal(0))
            if added == total:
                continue
            gap = rupiah(total - added)
            out.append(
                make(
                    "budget-sum",
                    n.id,
                    (
                        f"{what[0].capitalize()} tercetak {getattr(n, attr)}, jumlah {len(rows)} "
                        f"program/kegiatan di bawahnya {rupiah(added)} (selisih {gap}).",
                        f"The {what[1]} is printed {getattr(n, attr)}; its {len(rows)} "
                        f"programmes/activities add up to {rupiah(added)} (difference {gap}).",
                    ),
                    {
                        "figure": attr,
                        "printed": getattr(n, attr) or "",
                        "sum": rupiah(added),
                        "difference": gap,
                    },
                )
            )
    return out


def _readings(text: str | None) -> tuple[str, str, str] | None:
    """A stored figure's two readings when it is "1,000" or "Rp 1,000" (1 or 1.000)."""
    if text is None or "," not in text:
        return None
    return amount_readings(re.sub(r"(?i)^\s*rp\.?\s*", "", text))


def _ambiguous(node: str | None, where: tuple[str, str], text: str) -> Finding | None:
    readings = _readings(text)
    if readings is None:
        return None
    _, decimal, thousands = readings
    return make(
        "budget-ambiguous",
        node,
        (
            f"{where[0]} tercetak “{text}”: bisa {decimal} (koma desimal) atau {thousands} "
            f"(koma ribuan, format Inggris); tidak ikut dijumlahkan. Tulis {thousands} atau "
            f"{decimal}.",
            f"{where[1]} is printed “{text}”: {decimal} (decimal comma) or {thousands} (English "
            f"thousands comma); left out of the sums. Write {thousands} or {decimal}.",
        ),
        {"printed": text, "decimal": decimal, "thousands": thousands},
    )


def budget_ambiguous(ctx: Ctx, with_budget: list[Node]) -> list[Finding]:
    """Every stored amount written "1,000" (an older store, a hand-edited file): 1 by the
    Indonesian comma, 1.000 by the English one. Left out of the sums and the serapan (as a
    figure that cannot be read), with both readings: never a silent 1."""
    found = []
    for n in with_budget:
        for attr, (what_id, what_en) in (
            ("anggaran", ("Anggaran", "The budget")),
            ("realisasi_anggaran", ("Realisasi anggaran", "The realisation")),
        ):
            text = getattr(n, attr)
            if text is not None and "," in text:
                found.append(_ambiguous(n.id, (what_id, what_en), text))
    for line in ctx.report.meta.anggaran:
        for name in BUDGET_FIGURES:
            text = line.figure(name)
            if text is not None and "," in text:
                what = _WHAT[name]
                where = (
                    f"{line.table}: {what[0]} “{line.uraian}”",
                    f"{line.table}: the {what[1]} of “{line.uraian}”",
                )
                found.append(_ambiguous(None, where, text))
    return [f for f in found if f is not None]


def budget(ctx: Ctx) -> list[Finding]:
    out = budget_sums(ctx) + budget_totals(ctx) + budget_conflicts(ctx) + node_budget_sums(ctx)
    nodes = ctx.nodes
    sasaran = [n for n in nodes if n.kind == "sasaran"]
    with_budget = [n for n in nodes if n.anggaran is not None or n.realisasi_anggaran is not None]
    out += budget_ambiguous(ctx, with_budget)
    if not with_budget and nodes:  # (a report with nothing in it yet has nothing to budget)
        out.append(
            make(
                "budget-missing",
                None,
                (
                    "Anggaran dan realisasi anggaran per sasaran/program tidak disajikan.",
                    "No budget or realisation per sasaran/programme is given.",
                ),
            )
        )
    levels = {n.kind for n in with_budget}
    for n in nodes:
        if n.kind not in levels or n.kind not in ("sasaran", "program") or ctx.leaf(n.id):
            continue  # (an empty one, just added: structure says what it lacks first)
        missing = [
            label
            for label, text in (
                (("anggaran", "budget"), n.anggaran),
                (("realisasi anggaran", "realisation"), n.realisasi_anggaran),
            )
            if is_missing(text)
        ]
        if missing:
            shown_id = " dan ".join(m[0] for m in missing)
            shown_en = " and ".join(m[1] for m in missing)
            have = f" (anggaran {n.anggaran})" if n.anggaran else ""
            have_en = f" (budget {n.anggaran})" if n.anggaran else ""
            out.append(
                make(
                    "budget-missing",
                    n.id,
                    (
                        f"{shown_id.capitalize()} tidak disajikan{have}: serapan dan efisiensi "
                        "tidak dapat dihitung.",
                        f"No {shown_en} given{have_en}: absorption and efficiency cannot be "
                        "computed.",
                    ),
                    {
                        "anggaran": n.anggaran or "",
                        "realisasi_anggaran": n.realisasi_anggaran or "",
                    },
                )
            )
            continue
        serapan = _serapan(n.anggaran, n.realisasi_anggaran)
        capaian = _sasaran_capaian(ctx, n) if n in sasaran else None
        if serapan is not None and capaian is not None:
            label = f"{n.code or n.name}"
            out.append(_efficiency(ctx, n, (label, label), capaian, serapan))
    total = _spending(ctx)
    average = ctx.ev.summary().average
    if total is not None and average is not None:
        line, serapan = total
        where = (f"Laporan ({line.table}, {line.uraian})", f"Report ({line.table}, {line.uraian})")
        out.append(_efficiency(ctx, None, where, average, serapan))
    return out


def _spending(ctx: Ctx) -> tuple[BudgetLine, Decimal] | None:
    """The report's total spending line with its serapan (a top "BELANJA" line before a "Jumlah")."""
    for names in _TOTALS:
        for line in ctx.report.meta.anggaran:
            if line.parent is None and _fold(line.uraian) in names:
                serapan = _serapan(line.anggaran, line.realisasi)
                if serapan is not None:
                    return line, serapan
    return None


# --------------------------------------------------------------------------- 12 structure

_ROWS = ("program", "kegiatan", "subkegiatan")
_SUPPORT = ("program", "kegiatan", "subkegiatan", "indikator_kegiatan")


def duplicate_codes(ctx: Ctx) -> list[Finding]:
    """A tujuan, sasaran or indicator whose kode an earlier one has (an imported report's second
    "IKU 1": the editors refuse one, core/codes.py): one finding on each later one, naming the
    first and the next free kode, its words written only when read. Linear."""
    first: dict[str, Node] = {}
    free: dict[str, str] = {}  # the next free kode, once per kode
    top: dict[str, int] | None = None  # each series' highest number (one walk, when needed)
    out = []
    for n in ctx.nodes:
        if not n.code or n.kind not in UNIQUE_CODE_KINDS:
            continue
        key = same_code(n.code)
        had = first.setdefault(key, n) if key else n
        if had is n:
            continue
        if key not in free:
            top = highest(ctx.report) if top is None else top
            free[key] = next_free(ctx.report, had.code, top=top)
        figures = {"code": n.code, "duplicate_of": had.id, "next_free": free[key]}
        out.append(
            make_unwritten("duplicate-code", n.id, partial(_code_words, n, had, free[key]), figures)
        )
    return out


def _code_words(node: Node, had: Node, free: str) -> tuple[str, str]:
    said_id, said_en = taken_by(had, free)
    code = clean_words(node.code, 30)
    return f"Kode “{code}” {said_id}.", f"The kode “{code}” {said_en}."


#: an empty sasaran (one just added) is told what to add next, and nothing else: its budget
#: waited beside it as a second finding, which a planner read as a mistake of their own (edit35)
_EMPTY_SASARAN = (
    "Sasaran ini masih kosong: tambahkan IKU yang mengukurnya.",
    "This sasaran is still empty: add the IKU that measures it.",
)


def _programs_of_sasaran(ctx: Ctx) -> set[str | None]:
    """The nodes (a sasaran) that hold a program directly: in the Renstra's shape a sasaran's
    programs support each of its IKU (the LKj analyses the programs behind the sasaran's
    result: DOMAIN.md), as one under the IKU supports it. Linear."""
    sasaran = {n.id for n in ctx.nodes if n.kind == "sasaran"}
    return {n.parent for n in ctx.nodes if n.kind == "program" and n.parent in sasaran}


def structure(ctx: Ctx) -> list[Finding]:
    out = duplicate_codes(ctx)
    shared: set[str | None] | None = None  # (made once, only when an IKU has none below it)
    for n in ctx.nodes:
        if n.kind == "sasaran":
            if ctx.leaf(n.id):  # (just added: one thing, what comes next)
                out.append(make("sasaran-no-iku", n.id, _EMPTY_SASARAN))
            elif not any(d.kind == "iku" for d in ctx.below(n.id)):
                out.append(
                    make(
                        "sasaran-no-iku",
                        n.id,
                        ("Sasaran ini tidak memiliki IKU.", "This sasaran has no IKU."),
                    )
                )
            seen: dict[str, Node] = {}
            for d in ctx.below(n.id):
                if d.kind in ("iku", "lainnya"):
                    key = " ".join(d.name.split()).casefold()
                    if key in seen:
                        first = seen[key]
                        out.append(
                            make(
                                "duplicate-indicator",
                                d.id,
                                (
                                    f"Indikator “{d.name}” sudah tercantum "
                                    f"({first.code or first.name}).",
                                    f"Indicator “{d.name}” is already listed "
                                    f"({first.code or first.name}).",
                                ),
                                {"duplicate_of": first.id},
                            )
                        )
                    else:
                        seen[key] = d
        elif n.kind == "iku" and not any(d.kind in _SUPPORT for d in ctx.below(n.id)):
            # (a program under the sasaran: the template's example imported, with S1 as the
            # program's induk, had each IKU "without a supporting program", walk57)
            shared = _programs_of_sasaran(ctx) if shared is None else shared
            if n.parent not in shared:
                out.append(
                    make(
                        "iku-no-program",
                        n.id,
                        (
                            "Tidak ada program/kegiatan pendukung di bawah IKU ini atau "
                            "sasarannya: keterkaitan program dengan capaiannya tidak terlihat.",
                            "No supporting programme/activity under this IKU or its sasaran: "
                            "what drives its capaian is not shown.",
                        ),
                    )
                )
        elif n.kind in _ROWS and ctx.leaf(n.id):
            what = {"program": "program", "kegiatan": "kegiatan", "subkegiatan": "sub kegiatan"}
            out.append(
                make(
                    "empty-node",
                    n.id,
                    (
                        f"Baris {what[n.kind]} ini tanpa indikator, target dan realisasi.",
                        f"This {n.kind} row has no indicator, target or realisasi.",
                    ),
                )
            )
    return out


# --------------------------------------------------------------------------- coverage


def coverage(ctx: Ctx) -> tuple[int, dict[str, int]]:
    """Per LKj content item, how many IKU have it."""
    iku = ctx.ev.items(["iku"])
    counts = dict.fromkeys(("tahun_lalu", "renstra", "analisis", "anggaran"), 0)
    for ev in iku:
        m = ev.node.measure
        assert m is not None
        if not is_missing(m.realisasi_history.get(ctx.year - 1)):
            counts["tahun_lalu"] += 1
        if ev.renstra is not None and ev.renstra.value is not None:
            counts["renstra"] += 1
        if ev.node.permasalahan and ev.node.solusi:
            counts["analisis"] += 1
        nodes = [ev.node, *ctx.report.ancestors(ev.node.id), *ctx.below(ev.node.id)]
        if any(n.anggaran for n in nodes):
            counts["anggaran"] += 1
    return len(iku), counts
