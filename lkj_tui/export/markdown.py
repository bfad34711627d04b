"""The Markdown summary of problems and solutions, for the notes of an evaluation meeting.

``lkj-tui export`` and the TUI's export key write this same document. It is pure: an
:class:`~lkj_tui.core.evaluate.Evaluation` in, a string (or its pieces, made as they are written)
out; every number comes from the evaluation,
every user or report string goes through :mod:`lkj_tui.export.escape`. Outline (docs/export.md):

1. title (instansi, year), export date and what the document lists;
2. the IKU summary table, the average capaian and the count per rating;
3. one section per sasaran: the under-target items first, then the other indicators with
   permasalahan or solusi (``scope="under-target"``: only the first; ``scope="all"``: every
   measured indicator);
4. isu strategis and rencana perbaikan kinerja.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Iterator, Mapping, Sequence
from decimal import Decimal
from typing import TYPE_CHECKING, Any, cast

from lkj_tui.core.evaluate import Evaluated, Evaluation, conflict_figures, group_conflicts
from lkj_tui.core.i18n import (
    achievement_text,
    check_lang,
    explained,
    field_label,
    figure_said,
    table_name,
    target_said,
    tr,
    verdict_text,
)
from lkj_tui.core.longvalue import NOTES_ROOM, clip_long
from lkj_tui.core.model import Item, Node, listed_once
from lkj_tui.core.numbers import format_exact, format_id, grouped
from lkj_tui.core.sanitize import clean_line
from lkj_tui.export.escape import code, escape_cell, escape_inline, joined, memoized, plain

if TYPE_CHECKING:
    from lkj_tui.core.achievement import Achievement
    from lkj_tui.core.conflicts import Version
    from lkj_tui.core.merge import Conflict

#: A conflict's value in the document, at most (a field may hold a megabyte; both values stay
#: whole in the file and in ``lkj-tui resolve``).
CONFLICT_CHARS = 1000

__all__ = ["SCOPES", "UNDER_MARK", "markdown_pieces", "render_markdown", "scope_said"]

SCOPES: tuple[str, ...] = ("default", "under-target", "all")
#: The under-target mark; the words beside it say the same, so colour is never needed.
UNDER_MARK = "▼"
_MONTHS = {
    "id": "Januari Februari Maret April Mei Juni Juli Agustus September Oktober November Desember",
    "en": "January February March April May June July August September October November December",
}
_TEXT: dict[str, dict[str, str]] = {
    "id": {
        "title": "Permasalahan dan Solusi Kinerja {tahun}: {instansi}",
        "c_title": "Konflik sinkronisasi menunggu pilihan ({n})",
        "c_intro": "Dua kantor mengubah isian yang sama. Dokumen ini memakai nilai di berkas "
        "sampai seseorang memilih.",
        "c_where": "Isian",
        "c_kept": "Di berkas",
        "c_other": "Yang lain",
        "c_how": "Pilih dengan {resolve} (pertahankan atau ambil nilai yang lain), atau tombol K "
        "di TUI; lalu {sync}.",
        "intro": "Bahan rapat evaluasi Laporan Kinerja (LKj) tahun {tahun}{pemerintah}. "
        "Diekspor dari lkj-tui pada {date}.",
        "scope:default": "Isi: semua butir di bawah target ({mark}), lalu indikator lain yang "
        "memiliki permasalahan atau solusi.",
        "scope:under-target": "Isi: hanya butir di bawah target ({mark}).",
        "scope:all": "Isi: semua indikator terukur; butir di bawah target ({mark}) lebih dulu.",
        "summary": "Ringkasan capaian IKU",
        "code": "Kode",
        "indicator": "Indikator",
        "status": "Status",
        "under": f"{UNDER_MARK} belum capai",
        "met": "✓ tercapai",
        "average": "Rata-rata capaian IKU: {avg}",
        "printed_avg": " (laporan mencetak {avg})",
        "count": "IKU di bawah target: {under} dari {n}",
        "unmeasured": "; tidak terukur: {n}",
        "ratings": "Per kategori: {ratings}",
        "all_levels": "Butir di bawah target di semua tingkat (IKU, indikator lainnya, "
        "indikator kegiatan): {n}",
        "sasaran": "Sasaran",
        "no_sasaran": "Indikator tanpa sasaran",
        "under_head": "Di bawah target ({n})",
        "other_head": "Indikator lain dengan permasalahan atau solusi ({n})",
        "other_head_all": "Indikator lain ({n})",
        "nothing:default": "Semua indikator mencapai target; tidak ada permasalahan atau solusi "
        "tercatat.",
        "nothing:under-target": "Tidak ada butir di bawah target.",
        "nothing:all": "Tidak ada indikator terukur.",
        "kind:iku": "IKU",
        "kind:lainnya": "Indikator lainnya",
        "kind:indikator_kegiatan": "Indikator kegiatan",
        "supports": "Mendukung",
        "source": "Sumber",
        "how": "Perhitungan",
        "why_none": "Tidak terukur",
        "why_verdict": "Capaian n/a",
        "printed": "Laporan mencetak {what} {value} di {tables}; hasil hitung {ours}.",
        "printed_other": "Angka tercetak lain yang berbeda: {items}.",
        "conflicts": "Target {tahun} tercetak lain: {items}.",
        "conflict": "{value} ({sources}) → capaian {ach}",
        "derived": "Realisasi diturunkan dari triwulan (cara hitung: {how}): {formula}.",
        "not_derived": "Realisasi tidak dapat diturunkan dari triwulan (cara hitung: {how}): "
        "{formula}.",
        "and": "dan",
        "what:capaian": "capaian",
        "what:capaian_renstra": "capaian terhadap target akhir Renstra",
        "to_assign": "perlu ditetapkan dalam rapat",
        "none_listed": "Tidak ada yang tercatat.",
        "same_as": "sama dengan {ref} di atas.",
    },
    "en": {
        "title": "Problems and Solutions, Performance {tahun}: {instansi}",
        "c_title": "Sync conflicts waiting for a choice ({n})",
        "c_intro": "Two offices changed the same field. This document uses the value in the file "
        "until someone chooses.",
        "c_where": "Field",
        "c_kept": "In the file",
        "c_other": "Other",
        "c_how": "Choose with {resolve} (keep, or take the other value), or key K in the TUI; "
        "then {sync}.",
        "intro": "Notes for the evaluation meeting on the performance report (LKj) "
        "{tahun}{pemerintah}. Exported from lkj-tui on {date}.",
        "scope:default": "Lists every item under target ({mark}), then the other indicators "
        "with problems or solutions recorded.",
        "scope:under-target": "Lists only the items under target ({mark}).",
        "scope:all": "Lists every measured indicator; items under target ({mark}) first.",
        "summary": "Key indicator (IKU) summary",
        "code": "Code",
        "indicator": "Indicator",
        "status": "Status",
        "under": f"{UNDER_MARK} under target",
        "met": "✓ met",
        "average": "Average IKU capaian: {avg}",
        "printed_avg": " (the report prints {avg})",
        "count": "IKU under target: {under} of {n}",
        "unmeasured": "; not measurable: {n}",
        "ratings": "Per rating: {ratings}",
        "all_levels": "Items under target at every level (IKU, other indicators, activity "
        "indicators): {n}",
        "sasaran": "Objective (Sasaran)",
        "no_sasaran": "Indicators without an objective",
        "under_head": "Under target ({n})",
        "other_head": "Other indicators with problems or solutions ({n})",
        "other_head_all": "Other indicators ({n})",
        "nothing:default": "Every indicator meets its target; no problems or solutions recorded.",
        "nothing:under-target": "Nothing is under target.",
        "nothing:all": "No measured indicators.",
        "kind:iku": "IKU",
        "kind:lainnya": "Other indicator",
        "kind:indikator_kegiatan": "Activity indicator",
        "supports": "Supports",
        "source": "Source",
        "how": "How it was computed",
        "why_none": "Not measurable",
        "why_verdict": "Capaian n/a",
        "printed": "The report prints {what} {value} in {tables}; computed {ours}.",
        "printed_other": "Other printed figures that differ: {items}.",
        "conflicts": "The {tahun} target printed elsewhere: {items}.",
        "conflict": "{value} ({sources}) → capaian {ach}",
        "derived": "Realisasi derived from the triwulan (how counted: {how}): {formula}.",
        "not_derived": "The realisasi cannot be derived from the triwulan (how counted: {how}): "
        "{formula}.",
        "and": "and",
        "what:capaian": "a capaian of",
        "what:capaian_renstra": "progress to the final Renstra target of",
        "to_assign": "to be assigned in the meeting",
        "none_listed": "Nothing recorded.",
        "same_as": "the same as {ref}'s above.",
    },
}
#: Labels the export sets in bold (the hostile-text test checks no other bold text appears).
BOLD_LABELS = frozenset(
    tr(k, lang) for k in ("permasalahan", "solusi") for lang in ("id", "en")
) | frozenset(f"{tr(k, lang)}:" for k in ("permasalahan", "solusi") for lang in ("id", "en"))


def _escaped(text: str) -> str:
    """A value or name from the report inside a sentence: escaped, "—" when it is empty."""
    return escape_cell(text) or "—"


def _measured(ach: Achievement | None) -> bool:
    """Whether an IKU is measured: a capaian %, or a verdict without one (met or not is said)."""
    return ach is not None and (ach.rounded is not None or ach.verdict)


def _pct(value: Decimal | None) -> str:
    return "—" if value is None else f"{format_id(value)} %"


def _date(day: datetime.date, lang: str) -> str:
    return f"{day.day} {_MONTHS[lang].split()[day.month - 1]} {day.year}"


def _numbered(items: Iterable[str]) -> list[str]:
    """An ordered list of user texts (empty ones dropped); continuation lines indented."""
    lines: list[str] = []
    for text in items:
        marker = f"{len(lines) + 1}. "
        escaped = escape_inline(text, indent=" " * len(marker))  # ("" exactly when plain is)
        if escaped:
            lines.append(marker + escaped)
    return lines


_ITEM_WORDS = ["target", "realisasi", "capaian", "rating", "no_capaian", "permasalahan"]
_ITEM_WORDS += ["solusi", "program", "kegiatan", "subkegiatan"]  # (the last: where it sits)


#: The blocks a section hands on at a time (a few dozen items'), as one text.
_HANDED = 256


def scope_said(scope: str, lang: str) -> str:
    """What a document of ``scope`` lists, as its opening says it ("Isi: hanya butir di bawah
    target (▼)."): the TUI's export dialog says it under its scope field."""
    return _TEXT[lang][f"scope:{scope}"].format(mark=UNDER_MARK)


class _Doc:
    def __init__(self, evaluation: Evaluation, scope: str, lang: str) -> None:
        self.ev, self.scope, self.lang = evaluation, scope, lang
        self.report = evaluation.report
        self.t = _TEXT[lang]
        #: the labels every item writes, in the document's language (looked up once, not per item)
        self.words = {k: tr(k, lang) for k in _ITEM_WORDS}
        #: where the indicators kegiatan below a node sit, for the last node asked for and the
        #: nodes above it, top down (:meth:`place`)
        self.places: dict[str, tuple[tuple[str, ...], str | None]] = {}
        #: the blocks made and not yet written (a table: its rows, made as they are written)
        self.blocks: list[str | Iterator[str]] = []
        #: (permasalahan or solusi, its texts) → the item of this section that listed them
        #: first: a cell merged over several IKU gives each the same texts, listed once (vals19)
        self.listed: dict[tuple[str, tuple[str, ...]], tuple[str, str]] = {}

    def add(self, *blocks: str | Iterator[str]) -> None:
        self.blocks.extend(b for b in blocks if b)

    def text_taken(self) -> str:
        """:meth:`taken`'s blocks, a section's (text, no table), as one text."""
        return "\n\n".join(cast(list[str], self.taken()))

    def taken(self) -> list[str | Iterator[str]]:
        """The blocks made so far, handed on: the document is written as it is made."""
        blocks, self.blocks = self.blocks, []
        return blocks

    # ---- 1. title
    def title(self, today: datetime.date) -> None:
        meta, t = self.report.meta, self.t
        pemerintah = f", {escape_cell(meta.pemerintah)}" if plain(meta.pemerintah) else ""
        self.add(
            "# " + t["title"].format(tahun=meta.tahun, instansi=escape_cell(meta.instansi) or "—"),
            t["intro"].format(tahun=meta.tahun, pemerintah=pemerintah, date=_date(today, self.lang))
            + "\n"
            + scope_said(self.scope, self.lang),
        )

    # ---- 1b. the sync conflicts that wait for a choice (a shared store)
    def conflicts(
        self,
        conflicts: Sequence[Conflict],
        versions: Mapping[str, Version] | None = None,
        options: str = "",
    ) -> None:
        """Every recorded conflict, where and both values, and how to choose: the document shows
        the value in the file, which a person has not chosen yet (docs/sharing.md); ``options``
        follow each command (:func:`~lkj_tui.storage.errors.store_option`)."""
        from lkj_tui.core.conflicts import place, value

        t, lang = self.t, self.lang
        rows = [f"| {t['c_where']} | {t['c_kept']} | {t['c_other']} |", "| --- | --- | --- |"]
        for c in conflicts:
            cells = (
                place(self.report, c.node, c.field, lang),
                value(c.kept, c.field, lang, versions),
                value(c.other, c.field, lang, versions),
            )
            shown = (
                x if len(x) <= CONFLICT_CHARS else x[: CONFLICT_CHARS - 1] + "…" for x in cells
            )
            rows.append("| " + " | ".join(escape_cell(x) or "—" for x in shown) + " |")
        # each command a code span, with the --store and --lang en typed (``options``)
        rid = clean_line(self.report.meta.id, 100)
        resolve, sync = f"lkj-tui resolve -r {rid}{options}", f"lkj-tui sync{options}"
        self.add(
            f"## {t['c_title'].format(n=self.count(len(conflicts)))}",
            t["c_intro"],
            "\n".join(rows),
            t["c_how"].format(resolve=code(resolve), sync=code(sync)),
        )

    # ---- 2. summary
    def summary(self) -> None:
        t = self.t
        s = self.ev.summary()
        iku = self.ev.items(["iku"])
        unmeasured = sum(not _measured(ev.achievement) for ev in iku)
        avg = t["average"].format(avg=_pct(s.average))
        if s.printed_average is not None and s.printed_average != s.average:
            avg += t["printed_avg"].format(avg=_pct(s.printed_average))
        count = t["count"].format(under=self.count(s.under_target), n=self.count(s.indicators))
        if unmeasured:
            count += t["unmeasured"].format(n=self.count(unmeasured))
        ratings = " · ".join(f"{self.rating(r)} {self.count(n)}" for r, n in s.by_rating.items())
        self.add(
            f"## {t['summary']}",
            self.summary_rows(iku),
            "\n".join(
                f"- {line}."
                for line in (
                    avg,
                    count,
                    t["ratings"].format(ratings=ratings),
                    t["all_levels"].format(n=self.count(s.under_all_levels)),
                )
            ),
        )

    def summary_rows(self, iku: list[Evaluated]) -> Iterator[str]:
        """The IKU summary table, row by row as it is written."""
        t, lang = self.t, self.lang
        head = [t["code"], t["indicator"], *(tr(k, lang) for k in ("target", "realisasi"))]
        head += [tr("capaian", lang), tr("rating", lang), t["status"]]
        yield "| " + " | ".join(head) + " |"
        yield "| --- | --- | ---: | ---: | ---: | --- | --- |"
        for ev in iku:
            m, ach = ev.node.measure, ev.achievement
            assert m is not None
            measured = _measured(ach)
            verdict = ach is not None and ach.verdict  # met or not, no capaian %
            cells = [
                escape_cell(ev.node.code) or "—",
                escape_cell(ev.node.name) or "—",
                self.value(m.target) or "—",
                self.value(ev.realisasi_shown) or "—",
                (ach.format(lang) if verdict else _pct(ach.rounded)) if ach else "—",
                self.rating(ach.rating)
                if ach and ach.rating
                else verdict_text(ach.met, lang)
                if ach and verdict
                else "—",
                t["under"] if ev.under_target else t["met"] if measured else tr("no_capaian", lang),
            ]
            yield "| " + " | ".join(cells) + " |"

    # ---- 3. per sasaran
    def sections(self) -> Iterator[str]:
        sections, rest = self.by_sasaran()
        for sasaran_id, items in sections.items():
            sasaran = self.report.node(sasaran_id)
            label = f"{self.t['sasaran']} {escape_cell(sasaran.code)}".rstrip()
            yield from self.section(f"## {label}: {escape_cell(sasaran.name) or '—'}", items)
        if rest:
            yield from self.section(f"## {self.t['no_sasaran']}", rest)

    def by_sasaran(self) -> tuple[dict[str, list[Evaluated]], list[Evaluated]]:
        """The measured nodes of each sasaran's section (the measured nodes below it, in report
        order), by its id in report order, and the rest (below none). One walk: each measured
        node goes to the section of every sasaran above it."""
        sections: dict[str, list[Evaluated]] = {}
        rest: list[Evaluated] = []
        above: dict[str | None, tuple[str, ...]] = {None: ()}  # the sasaran above each node
        for n in self.report.walk():
            owners = above[n.parent]
            if n.measure:
                ev = self.ev.of(n.id)
                for owner in owners:
                    sections[owner].append(ev)
                if not owners:
                    rest.append(ev)
            if n.kind == "sasaran":
                owners = (*owners, n.id)
                sections[n.id] = []
            above[n.id] = owners
        return sections, rest

    def section(self, heading: str, items: Sequence[Evaluated]) -> Iterator[str]:
        """A sasaran's section, its blocks handed on a few dozen items at a time (one text:
        handed on one by one, they cost the export of every report 2 % in generators)."""
        t, scope = self.t, self.scope
        under: list[Evaluated] = []
        other: list[Evaluated] = []
        for ev in items:
            if ev.under_target:
                under.append(ev)
            elif scope == "all" or (
                scope == "default" and (ev.node.permasalahan or ev.node.solusi)
            ):
                other.append(ev)
        self.add(heading)
        self.listed.clear()  # (referred to within a sasaran's section only: near, on one screen)
        if not under and not other:
            self.add(t[f"nothing:{self.scope}"])
        if under:
            self.add(f"### {t['under_head'].format(n=self.count(len(under)))}")
            for ev in under:
                self.item(ev, True)
                if len(self.blocks) >= _HANDED:
                    yield self.text_taken()
        if other:
            key = "other_head_all" if self.scope == "all" else "other_head"
            self.add(f"### {t[key].format(n=self.count(len(other)))}")
            for ev in other:
                self.item(ev, False)
                if len(self.blocks) >= _HANDED:
                    yield self.text_taken()
        if self.blocks:
            yield self.text_taken()

    def item(self, ev: Evaluated, under: bool) -> None:
        t, lang, w, node, ach = self.t, self.lang, self.words, ev.node, ev.achievement
        m = node.measure
        assert m is not None
        label = escape_cell(node.code) or t.get(f"kind:{node.kind}", tr(node.kind, lang))
        mark = f"{UNDER_MARK} " if under else ""
        name = escape_cell(node.name) or "—"
        target = self.value(m.target) or "—"
        realisasi = self.value(ev.realisasi_shown) or "—"
        facts = f"- {w['target']}: {target} · {w['realisasi']}: {realisasi} · {w['capaian']}: "
        if ach is not None and ach.rounded is not None:
            facts += _pct(ach.rounded)
            if ach.rating:
                facts += f" · {w['rating']}: {self.rating(ach.rating)}"
        elif ach is not None and ach.verdict:  # met or not, no capaian %: the reason follows
            facts += f"{ach.format(lang)} · {verdict_text(ach.met, lang)}"
        else:
            facts += w["no_capaian"]
        lines = [facts]
        lines += self.context(node)
        if ach is not None:
            if ach.rounded is None:
                reason = ach.reason_en if lang == "en" else ach.reason
                reason = escape_inline(clip_long(reason or "", NOTES_ROOM, lang), indent="  ")
                if reason and reason[-1] not in ".!?":
                    reason += "."
                why = t["why_verdict" if ach.verdict else "why_none"]
                lines.append(f"- {why}: {reason or '—'}")
            elif ach.method != "positif":
                how = escape_inline(clip_long(explained(ach, lang), NOTES_ROOM, lang), indent="  ")
                lines.append(f"- {t['how']}: {how}")
        lines += self.printed(ev)
        self.blocks += (f"#### {mark}{label}: {name}", "\n".join(lines))
        ref = (node.id, label if node.code else name)
        self.entries("permasalahan", node.permasalahan, under, ref)
        self.entries("solusi", node.solusi, under, ref)

    def value(self, text: str | None) -> str:
        """A value from the report, escaped: a number longer than a line of the notes (a
        200-digit target) cut with its length, "9999… (200 digit)", as ``check`` and the TUI cut
        it (the store and ``--format json`` keep it whole). Per value, not over the document:
        a scan of its 66 KB cost ``export`` 0.7 %; a value shorter than a line is not searched."""
        return escape_cell(clip_long(text or "", NOTES_ROOM, self.lang))

    def said(self, text: str) -> str:
        """:meth:`value` inside a sentence: "—" when it is empty."""
        return self.value(text) or "—"

    def count(self, n: int) -> str:
        """A count as ``status`` and the TUI write it: 1.442 (id), 1,442 (en)."""
        return grouped(n, self.lang)

    def rating(self, label: str) -> str:
        """A rating label, escaped: the report's scales may name their own bands (any text)."""
        scales = self.ev.scales
        return escape_cell(scales.label_en(label) if self.lang == "en" else tr(label)) or "—"

    def context(self, node: Node) -> list[str]:
        """Where an item sits, as list items: its program/kegiatan/sub kegiatan and the indicator it
        supports, then its source."""
        out: list[str] = []
        if node.kind == "indikator_kegiatan" and node.parent is not None:
            lines, supports = self.place(node.parent)
            out += lines
            if supports is not None:
                out.append(supports)
        source = escape_cell(node.source)  # ("" exactly when plain is)
        if source:
            out.append(f"- {self.t['source']}: {source}")
        return out

    def place(self, node_id: str) -> tuple[tuple[str, ...], str | None]:
        """Where the indicators kegiatan below ``node_id`` sit: a line for each program, kegiatan
        and sub kegiatan at or above it, top down, and the line naming the nearest indicator at or
        above it, which they support. Made once per node from its parent's (a program's line once
        for every sub kegiatan below it: per indicator's parent, 14,424 of 17,199 distinct, the
        lines were ≈ 3.7 % of the export of every kabupaten report, exp67). Kept for the last
        node asked for and those above it (the items come in report order: the next one's are
        mostly there); kept for every node, they held 24 MB of the 100,000-measure report's
        export (mem67)."""
        found = self.places.get(node_id)
        if found is not None:
            return found
        node = self.report.node(node_id)
        lines, supports = ((), None) if node.parent is None else self.place(node.parent)
        while self.places and next(reversed(self.places)) != node.parent:
            self.places.popitem()  # (another branch's, below the parent: left behind)
        if node.kind in ("program", "kegiatan", "subkegiatan"):
            lines = (*lines, f"- {self.words[node.kind]}: {escape_cell(node.name) or '—'}")
        elif node.kind in ("iku", "lainnya"):
            name = " ".join(x for x in (escape_cell(node.code), escape_cell(node.name)) if x)
            supports = f"- {self.t['supports']}: {name or '—'}"
        found = self.places[node_id] = (lines, supports)
        return found

    def printed(self, ev: Evaluated) -> list[str]:
        """The report's own capaian figures that differ from ours, one list item per field and
        value; then :meth:`figures`."""
        groups: dict[tuple[str, str], list[str]] = {}
        for check in ev.printed:
            if not check.differs:
                continue
            p = check.printed
            shown = (
                f"{format_exact(check.value)} %" if check.value is not None else self.value(p.value)
            )
            tables = groups.setdefault((p.field, shown or "—"), [])
            table = escape_cell(table_name(p.table, self.lang)) or "—"
            if table not in tables:
                tables.append(table)
        lines = []
        for (field, shown), tables in groups.items():
            ours = ev.achievement if field == "capaian" else ev.renstra
            joined = (
                ", ".join(tables[:-1]) + f" {self.t['and']} " + tables[-1]
                if len(tables) > 1
                else tables[0]
            )
            line = self.t["printed"].format(
                what=self.t.get(f"what:{field}", escape_cell(field)),
                value=shown,
                tables=joined,
                ours=achievement_text(ours, self.lang)
                if ours is not None and ours.verdict
                else _pct(ours.rounded if ours else None),
            )
            lines.append(f"- {line}")
        return lines + self.figures(ev)

    def figures(self, ev: Evaluated) -> list[str]:
        """Every other printed figure that differs (naming its table), the report year's target
        printed elsewhere (with the capaian it would give) and a realisasi derived from triwulan,
        as list items."""
        t, lang, tahun = self.t, self.lang, self.report.meta.tahun
        skip = ("capaian", "capaian_renstra", "target", f"target:{tahun}")
        items = [
            f"{escape_cell(field_label(f.printed.field, lang))} {self.value(f.printed.value) or '—'}"
            f" ({escape_cell(table_name(f.printed.table, lang)) or '—'})"
            for f in self.ev.figures(ev.node.id)
            if f.matches is False and f.printed.field not in skip
        ]
        lines = [f"- {t['printed_other'].format(items='; '.join(items))}"] if items else []
        groups = group_conflicts(self.ev.target_conflicts(ev.node.id))
        if groups:
            shown = []
            for group in groups:
                ach = group[0].achievement
                mark = f" {UNDER_MARK}" if ach.under_target else ""
                sources = "; ".join(escape_cell(table_name(c.source, lang)) or "—" for c in group)
                figures = conflict_figures(ev.node.measure, group[0].source, group[0].value)
                value, sources = target_said(figures, group[0].value, sources, lang, self.said)
                shown.append(
                    t["conflict"].format(
                        value=value,
                        sources=sources,
                        ach=figure_said(group[0].figure, lang, _escaped)  # (one cell's figure)
                        + achievement_text(ach, lang)
                        + mark,  # as status and the TUI
                    )
                )
            lines.append(f"- {t['conflicts'].format(tahun=tahun, items='; '.join(shown))}")
        if (d := ev.derived) is not None:  # derived from the triwulan, or why it cannot be
            how = d.cara_hitung.replace("_", " ")
            formula = d.formula_en if lang == "en" else d.formula
            formula = escape_inline(clip_long(formula, NOTES_ROOM, lang), indent="  ")
            key = "derived" if d.raw is not None else "not_derived"
            lines.append(f"- {t[key].format(how=how, formula=formula)}")
        return lines

    def entries(self, key: str, items: Sequence[Item], under: bool, ref: tuple[str, str]) -> None:
        """An item's permasalahan or solusi, numbered; the same texts as an earlier item's
        (a cell merged over several IKU) refer to it instead of being listed again."""
        label = self.words[key]
        if items:  # (most items have none: nothing more to work out)
            texts = tuple(i.text for i in items)
            # (a short one, "Tidak ada", is read faster listed again than referred to)
            first = self.listed.setdefault((key, texts), ref) if listed_once(texts) else ref
            if first[0] != ref[0]:
                self.blocks.append(f"**{label}:** {self.t['same_as'].format(ref=first[1])}")
                return
            if lines := _numbered(texts):
                self.blocks += (f"**{label}:**", "\n".join(lines))
                return
        if under:
            missing = tr(f"belum_ada_{key}", self.lang)
            self.blocks.append(f"**{label}:** {missing} ({self.t['to_assign']}).")

    # ---- 4. report-level lists
    def report_lists(self) -> None:
        meta = self.report.meta
        for key, items in (
            ("isu_strategis", meta.isu_strategis),
            ("perbaikan_kinerja", meta.perbaikan_kinerja),
        ):
            lines = _numbered(items)
            self.add(f"## {tr(key, self.lang)}", "\n".join(lines) or self.t["none_listed"])


def render_markdown(evaluation: Evaluation, **options: Any) -> str:
    """:func:`markdown_pieces`'s document as one text (the TUI's export and copy)."""
    return "".join(markdown_pieces(evaluation, **options))


def markdown_pieces(
    evaluation: Evaluation,
    *,
    scope: str = "default",
    lang: str = "id",
    today: datetime.date | None = None,
    conflicts: Sequence[Conflict] = (),
    versions: Mapping[str, Version] | None = None,
    options: str = "",
) -> Iterator[str]:
    """The meeting-notes document for ``evaluation`` (see the module docstring for the
    outline), in pieces made as they are written (``export``: the 100,000-measure report's
    document was held whole, then its bytes beside it).

    ``scope`` is "default", "under-target" or "all"; ``lang`` "id" or "en" (numbers stay in the
    Indonesian format in both); ``today`` is the export date shown (default: today);
    ``conflicts``: the sync conflicts the report's file records, named under the title
    (``versions``: the old report's versions a conflict on ``new --from``'s record names, as the
    history knows them: :func:`lkj_tui.core.conflicts.value`); ``options``: what follows each
    command the document prints, the ``--store`` and ``--lang en`` typed. A ``scope`` or
    ``lang`` unknown is refused when called, before any piece.
    """
    if scope not in SCOPES:
        raise ValueError(f"cakupan tidak dikenal: {scope!r} (pilih: {', '.join(SCOPES)})")
    doc = _Doc(evaluation, scope, check_lang(lang))
    day = today or datetime.date.today()
    # (a node's name and code are written in many places: escaped once each, memo)
    return joined(memoized(_blocks(doc, day, conflicts, versions, options)))


def _blocks(
    doc: _Doc,
    today: datetime.date,
    conflicts: Sequence[Conflict],
    versions: Mapping[str, Version] | None,
    options: str,
) -> Iterator[str | Iterator[str]]:
    doc.title(today)
    if conflicts:
        doc.conflicts(conflicts, versions, options)
    doc.summary()
    yield from doc.taken()
    yield from doc.sections()
    doc.report_lists()
    yield from doc.taken()
