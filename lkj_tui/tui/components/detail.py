"""The right pane: everything about the selected node.

Every piece of report or user text is cleaned and placed into ``Content`` as data (never markup);
styles are theme variables, so a theme switch keeps the rating colours readable.
"""

from __future__ import annotations

import re
from decimal import Decimal

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.containers import Horizontal, VerticalScroll
from textual.content import Content
from textual.widgets import Label, Sparkline, Static

from lkj_tui.core.evaluate import Evaluated
from lkj_tui.core.i18n import tr
from lkj_tui.core.model import Item, Measure
from lkj_tui.core.numbers import format_id
from lkj_tui.core.sanitize import clean, clean_line
from lkj_tui.core.values import ParseError, parse_value
from lkj_tui.tui.components.tree import UNDER_MARK
from lkj_tui.tui.text import t

RATING_STYLE = {
    "Sangat Tinggi": "$text-success bold",
    "Tinggi": "$text-success",
    "Sedang": "$text-warning",
    "Rendah": "$text-error",
    "Sangat Rendah": "$text-error bold",
}
LABEL = "$text-muted"
NEWLINE = Content("\n")


def number_of(raw: str | None) -> Decimal | None:
    """The plain number in a printed value ("2,85", "98%", "10 kali"); None for anything else."""
    try:
        value = parse_value(raw)
    except ParseError:
        return None
    return value.number if value.kind == "number" else None


def field(label: str, value: str | Content | None, style: str = "") -> Content:
    shown = value if isinstance(value, Content) else Content.styled(clean_line(value or "—"), style)
    return Content.assemble((f"{label}: ", LABEL), shown)


def info_label(key: str, lang: str) -> str:
    """A label for an ``info`` key: the known ones translated, others spelled out ("nama tabel 2.2")."""
    for known in (t(f"info_{key}", lang), tr(key, lang)):
        if known not in (key, f"info_{key}"):
            return known
    return clean_line(re.sub(r"(?<=\d)_(?=\d)", ".", key).replace("_", " ")).capitalize()


def numbered(title: str, items: tuple[Item, ...], empty: str) -> Table:
    """A titled, numbered list with hanging indents; each entry's text is literal ``Text``."""
    grid = Table.grid(padding=(0, 1), expand=True)
    grid.title, grid.title_justify, grid.title_style = Text(title), "left", "bold"
    grid.add_column(justify="right", width=4, style="dim")
    grid.add_column(ratio=1)
    if not items:
        grid.add_row(Text(""), Text(empty, style="dim italic"))
    for i, item in enumerate(items, 1):
        grid.add_row(Text(f"{i}."), Text(clean(item.text).strip() or "—"))
    return grid


class DetailPane(VerticalScroll):
    """Detail of one node; call :meth:`show` with its evaluation."""

    PARTS = (
        "#d-head",
        "#d-measure",
        "#d-history",
        "#d-explain",
        "#d-problems",
        "#d-solutions",
        "#d-info",
    )

    def __init__(self, lang: str = "id", **kwargs: object) -> None:
        super().__init__(**kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self.tahun = 0
        self.periode = (0, 0)

    def compose(self) -> ComposeResult:
        yield Static(id="d-head", markup=False)
        yield Static(id="d-measure", markup=False)
        yield Static(id="d-history", markup=False)
        for key in ("target", "real"):
            with Horizontal(id=f"d-spark-{key}", classes="spark"):
                yield Label(markup=False)
                yield Sparkline([])
        yield Static(id="d-explain", markup=False)
        yield Static(id="d-problems", markup=False)
        yield Static(id="d-solutions", markup=False)
        yield Static(id="d-info", markup=False)

    def _set(self, part: str, content: Content | Table | None) -> None:
        widget = self.query_one(part, Static)
        widget.update(content if content is not None else Content())
        widget.display = content is not None

    def show(self, ev: Evaluated | None, empty: str = "") -> None:
        if ev is None:
            for part in self.PARTS:
                self._set(part, None)
            self._set("#d-head", Content.styled(empty or t("no_report", self.lang), LABEL))
            self._show_sparks(False)
            return
        node, lang, m = ev.node, self.lang, ev.node.measure
        head = [
            Content.assemble((tr(node.kind, lang), LABEL), ("  " + clean_line(node.code), "bold")),
            Content.styled(clean_line(node.name) or "—", "bold"),
        ]
        if node.info.get("penanggung_jawab"):
            head.append(field(tr("penanggung_jawab", lang), node.info["penanggung_jawab"]))
        if ev.under_below:
            head.append(Content.styled(t("under_below", lang, n=ev.under_below), "$text-error"))
        self._set("#d-head", NEWLINE.join(head))
        self._set("#d-measure", self._measure(ev, m) if m else None)
        self._set("#d-history", self._history(m) if m and len(self._years(m)) > 1 else None)
        self._show_sparks(m is not None)
        if m is not None:
            self._sparklines(m)
        explanation = clean(ev.achievement.explanation(lang)).strip() if ev.achievement else ""
        self._set(
            "#d-explain",
            NEWLINE.join([Content.styled(t("explanation", lang), "bold"), Content(explanation)])
            if explanation
            else None,
        )
        self._set(
            "#d-problems",
            numbered(
                tr("permasalahan", lang), node.permasalahan, tr("belum_ada_permasalahan", lang)
            ),
        )
        self._set(
            "#d-solutions", numbered(tr("solusi", lang), node.solusi, tr("belum_ada_solusi", lang))
        )
        info = [
            field(info_label(key, lang), value)
            for key, value in node.info.items()
            if value and key != "penanggung_jawab"
        ]
        if node.source:
            info.append(field(t("source", lang), node.source))
        self._set("#d-info", NEWLINE.join(info) if info else None)
        self.scroll_home(animate=False)

    def _show_sparks(self, visible: bool) -> None:
        for part in ("#d-spark-target", "#d-spark-real"):
            self.query_one(part).display = visible

    def _measure(self, ev: Evaluated, m: Measure) -> Content:
        lang, ach = self.lang, ev.achievement
        polarity = tr(m.polaritas, lang)
        lines = [
            field(tr("satuan", lang), m.satuan),
            field(tr("polaritas", lang), polarity),
            field(f"{tr('target', lang)} {self.tahun}", m.target),
            field(f"{tr('realisasi', lang)} {self.tahun}", m.realisasi),
        ]
        if ach is None or ach.rounded is None:
            capaian = Content.styled(tr("no_capaian", lang), LABEL)
        else:
            capaian = Content(f"{format_id(ach.rounded)} %")
            if ach.rating:
                rating = (f"  {tr(ach.rating, lang)}", RATING_STYLE[ach.rating])
                capaian = Content.assemble(capaian, rating)
            if ach.under_target:
                mark = f"  {UNDER_MARK} {tr('under_target', lang)}"
                capaian = Content.assemble(capaian, (mark, "$text-error bold"))
        lines.append(field(tr("capaian", lang), capaian))
        if m.target_akhir:
            ren = ev.renstra
            shown = "—" if ren is None or ren.rounded is None else f"{format_id(ren.rounded)} %"
            lines.append(field(tr("target_akhir", lang), m.target_akhir))
            lines.append(field(tr("capaian_renstra", lang), shown))
        for check in ev.printed:
            if check.differs:
                which = ach if check.printed.field == "capaian" else ev.renstra
                ours = "—" if which is None or which.rounded is None else format_id(which.rounded)
                text = t(
                    "printed_differs",
                    lang,
                    value=clean_line(check.printed.value),
                    table=clean_line(check.printed.table),
                    ours=ours,
                )
                lines.append(Content.styled(text, "$text-warning"))
        if any(m.triwulan):
            quarters = " · ".join(
                f"{q} {clean_line(v) if v else '—'}"
                for q, v in zip(("I", "II", "III", "IV"), m.triwulan, strict=True)
            )
            lines.append(field(f"{tr('triwulan', lang)} {self.tahun}", quarters))
        return NEWLINE.join(lines)

    def _years(self, m: Measure) -> list[int]:
        first, last = self.periode
        years = set(m.targets) | set(m.realisasi_history) | {self.tahun}
        if len(years) > 1 and first and last and last - first < 20:
            years |= set(range(first, last + 1))
        return sorted(y for y in years if y)

    def _realisasi(self, m: Measure, year: int) -> str | None:
        return m.realisasi if year == self.tahun else m.realisasi_history.get(year)

    def _target(self, m: Measure, year: int) -> str | None:
        return m.target if year == self.tahun and m.target else m.targets.get(year)

    def _history(self, m: Measure) -> Table:
        lang = self.lang
        table = Table(
            title=Text(tr("riwayat", lang)), title_justify="left", box=None, padding=(0, 1)
        )
        table.title_style = "bold"
        table.add_column(Text(t("year", lang)), no_wrap=True, min_width=9)
        years = self._years(m)
        for year in years:
            table.add_column(
                Text(str(year)), justify="right", style="bold" if year == self.tahun else ""
            )
        table.add_row(
            Text(tr("target", lang)), *(Text(clean_line(self._target(m, y) or "")) for y in years)
        )
        real = tr("realisasi", lang).split(" ")[0]
        table.add_row(Text(real), *(Text(clean_line(self._realisasi(m, y) or "")) for y in years))
        return table

    def _sparklines(self, m: Measure) -> None:
        years = self._years(m)
        series = {
            "target": (
                tr("target", self.lang),
                [(y, number_of(self._target(m, y))) for y in years],
            ),
            "real": (
                tr("realisasi", self.lang).split(" ")[0],
                [(y, number_of(self._realisasi(m, y))) for y in years],
            ),
        }
        for key, (name, pairs) in series.items():
            known = [(y, float(v)) for y, v in pairs if v is not None]
            box = self.query_one(f"#d-spark-{key}")
            box.display = len(known) >= 2
            if len(known) >= 2:
                span = f"{name} {known[0][0]}–{known[-1][0]}"
                box.query_one(Label).update(Content.styled(span, LABEL))
                spark = box.query_one(Sparkline)
                spark.data = [v for _, v in known]
                spark.styles.width = 3 * len(known)
