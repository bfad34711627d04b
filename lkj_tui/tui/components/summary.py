"""The top bar: which report is open and how it is doing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.content import Content
from textual.widgets import Static

from lkj_tui.core.i18n import tr
from lkj_tui.core.numbers import format_id, grouped
from lkj_tui.core.sanitize import clean_line, cut_at_word
from lkj_tui.tui.components.detail import LABEL, rating_style
from lkj_tui.tui.components.tree import UNDER_MARK
from lkj_tui.tui.components.whole import NO_BREAK, KeptWhole, no_widow
from lkj_tui.tui.session import View
from lkj_tui.tui.text import id_end, t

if TYPE_CHECKING:
    from lkj_tui.core.evaluate import Summary

SEP = ("  ·  ", LABEL)
ID_ROOM = 60  # a report id longer than this, before the width is known, is shown by its end


class SummaryBar(Static):
    """Instansi, tahun, counts per rating, average capaian and how many are under target."""

    def __init__(self, lang: str = "id", **kwargs: object) -> None:
        super().__init__(Content(t("loading", lang)), markup=False, **kwargs)  # type: ignore[arg-type]
        self.lang = lang
        self._shown: tuple[View | None, str | None] | None = None  # show's arguments, last
        # the width from which the lines are those of an unknown width (the full words, the
        # filter beside the ratings), and whether the last show laid them out so
        self._room, self._wide = 0, True

    def on_resize(self) -> None:
        """Lay the totals out again at the new width (their shorter forms where they would wrap),
        unless the lines shown are those of any width from ``_room`` on: the first frame's
        resize then repaints nothing (a second layout of the bar cost 0.4 % of the first frame)."""
        if self._shown is not None and not (self._wide and self.content_region.width >= self._room):
            # (after the layout that sent the resize: a relayout asked for within it was lost,
            # and the bar kept the rows of its lines at no width, its last line cut off)
            self.call_later(self.show, *self._shown)

    def show(self, view: View | None, filtered: str | None = None) -> None:
        """``filtered``: the tree's filter (``under``, ``untargeted``), said after the ratings."""
        lang = self.lang
        self._shown = (view, filtered)
        self._room, self._wide = 0, True
        if view is None:
            self._put([Content.styled(t("no_report", lang), LABEL)])
            return
        meta = view.report.meta
        width = self.content_region.width
        # (its last words kept together: at 80 columns "Selatan" stood alone under "LKj 2024 ·
        # Dinas Pemadam Kebakaran dan Penyelamatan Kabupaten Bengkulu": tui43)
        head = no_widow(
            Content.assemble(
                (f"LKj {meta.tahun}", "bold"), SEP, (clean_line(meta.instansi, 90), "bold")
            )
        )
        rid = clean_line(view.report_id)
        # "rev. 1" kept with the id it follows (tui26: at 100 columns it wrapped alone)
        rev = NO_BREAK * 2 + t("revision", lang, n=view.revision).replace(" ", NO_BREAK)
        # the sync conflicts that wait for a choice, with the key that lists them, kept with the
        # revision: the start-up toast said it for ten seconds, then nothing did (tui39)
        waiting = _waiting(view.conflicts, lang)
        whole = Content.assemble(head, SEP, (rid, LABEL), (rev, LABEL), waiting)
        room = whole.cell_length  # (the lines of any width from here on)
        if width <= 0:  # (laid out again at the width it is given, unless it is that wide)
            shown = id_end(rid, ID_ROOM)
            title = [Content.assemble(head, SEP, (shown, LABEL), (rev, LABEL), waiting)]
        elif whole.cell_length <= width:
            title = [whole]
        else:  # the id on a line of its own: the line before it ended with a dangling "·"
            # (years30), and the id kept only its last 60 characters where the line had room
            # for it whole ("…gkulu-selatan-badan-pengelola-…")
            shown = id_end(rid, width - len(rev) - len(waiting[0]))
            title = [head, Content.assemble((shown, LABEL), (rev, LABEL), waiting)]
        if not view.ready:  # a big report before its evaluation: no totals yet, and it says so
            pending = t("evaluating_summary", lang, n=grouped(len(view.report), lang))
            self._put([*title, Content.styled(pending, LABEL), Content("")])
            return
        summary = view.evaluation.summary()
        # shorter forms where they keep the line whole (edit21: at 120 columns a kabupaten's
        # broke "181 di semua / tingkat" over two lines); the full words where it wraps anyway,
        # broken before a separator, never after it (years30: a line ended with "·")
        full = _totals(view, summary, lang)
        units, one = full, _joined(full, SEP)
        for short in (1, 2):
            if width <= 0 or one.cell_length <= width:
                break
            units = _totals(view, summary, lang, short)
            one = _joined(units, SEP_SHORT if short else SEP)
        if width > 0 and one.cell_length > width:
            units = full
        totals = _packed(units, SEP if units is full else SEP_SHORT, width)
        if len(totals) > 1 and totals[0].plain == f"{summary.indicators} IKU":  # not alone on
            # its line: the shortest forms, the count with the average's start (tui32: at 60
            # columns the full words were kept where the short ones wrapped too)
            totals = _packed(_totals(view, summary, lang, 3), SEP_SHORT, width)
        room = max(room, _joined(full, SEP).cell_length)
        rated = _ratings(view, summary, lang, "  ")
        if width > 0 and rated.cell_length > width:  # one space apart where two would wrap,
            # then only the ratings some IKU have (tui32: at 60 columns "Sangat" ended the
            # line, "Rendah 0" below it was cut off)
            rated = _ratings(view, summary, lang, " ")
            if rated.cell_length > width and any(summary.by_rating.values()):
                rated = _ratings(view, summary, lang, " ", some=True)
        lines = [*totals, rated]
        if filtered:  # beside the ratings, or on a line of its own where it would wrap (tui14:
            # at 80 columns in English its count was alone on the next line, "(12)")
            said = (
                t("filter_on", lang, n=grouped(len(view.under), lang))
                if filtered == "under"
                else t("filter_untargeted_on", lang, n=grouped(len(view.untargeted()), lang))
            )
            note = Content.styled(said, "$text-warning bold")
            joined = Content.assemble(lines[-1], SEP, note)
            room = max(room, joined.cell_length)
            if width <= 0 or joined.cell_length <= width:
                lines[-1] = joined
            else:
                lines.append(note)
        lines = [*title, *lines]
        if len(title) == 2 and self._rows_of(lines, width) > self._cap():
            # the id's line gives its row first: the bar is cut at its last rows, where the
            # filter's note is (tui31: at 80×24 a long instansi's report needed 7 rows with `u`
            # on, and "Filter: hanya di bawah target (76)" was cut off; the key bar's "u Semua"
            # was then the only sign of it)
            del lines[1]
        if self._rows_of(lines, width) > self._cap():  # then the instansi on one line (tui32:
            # at 60 columns the ratings and the filter were cut off)
            lines[0] = Content.assemble(
                (f"LKj {meta.tahun}", "bold"),
                SEP,
                (cut_at_word(clean_line(meta.instansi), width - 8 - len(SEP[0])), "bold"),
            )
        if filtered and self._rows_of(lines, width) > self._cap():  # the filter before all
            # that is cut at the bar's end: it is said while it is on, whatever the width
            lines.insert(1, lines.pop())
        self._room, self._wide = room, width <= 0 or width >= room
        self._put(lines)

    def _cap(self) -> int:
        """The most rows the bar has (app.tcss's ``max-height``)."""
        cap = self.styles.max_height
        return int(cap.value) if cap is not None and cap.is_cells else 1_000

    def _rows_of(self, lines: list[Content], width: int) -> int:
        """The rows ``lines`` take wrapped at ``width``, as :meth:`_put` draws them."""
        if width <= 0:
            return len(lines)
        return KeptWhole(Content("\n").join(lines)).get_height(self.styles, width)

    def loading(self, said: str) -> None:
        """Before the first report: how far its loading is (a big store's listing)."""
        self._put([Content(line) for line in said.splitlines()])

    def _put(self, lines: list[Content]) -> None:
        """Show ``lines``: a repaint, and a relayout of the screen only when they take another
        number of rows than the bar has (wrapped at its width, as Textual measures them: at 80
        columns the filter's words wrap onto a sixth row, which a count of the lines missed)."""
        content = KeptWhole(Content("\n").join(lines))  # (its no-break spaces kept)
        width, rows = self.content_region.width, self.content_region.height
        self.update(content, layout=width <= 0 or content.get_height(self.styles, width) != rows)


#: The narrow separator of the totals' shorter forms.
SEP_SHORT = (" · ", LABEL)


def _waiting(conflicts: int, lang: str) -> tuple[str, str]:
    """After the revision: "  ·  2 konflik (K)", one piece that never breaks; "" with none."""
    if not conflicts:
        return ("", "")
    said = t("conflicts_waiting_one" if conflicts == 1 else "conflicts_waiting", lang, n=conflicts)
    return ((SEP[0] + said).replace(" ", NO_BREAK), "$text-warning bold")


Unit = list[str | tuple[str, str]]


def _joined(units: list[list[Unit]], sep: tuple[str, str]) -> Content:
    """The units' pieces on one line, a separator between each two."""
    pieces = [piece for unit in units for piece in unit]
    return Content.assemble(*[part for piece in pieces for part in (sep, *piece)][1:])


def _packed(units: list[list[Unit]], sep: tuple[str, str], width: int) -> list[Content]:
    """The units as lines of ``width`` cells, a separator between two on a line and none at a
    line's end: a unit goes whole to the next line where it does not fit after the last one
    ("▼ 4 IKU di bawah target · 187 di semua tingkat" kept together), its pieces one by one
    where it is wider than a line."""
    lines: list[list[Unit]] = [[]]

    def room(piece: Unit, line: list[Unit]) -> bool:
        return width <= 0 or _joined([[*line, piece]], sep).cell_length <= width

    for unit in units:
        fits = room(unit[-1], lines[-1] + unit[:-1])
        if not fits and lines[-1] and room(unit[-1], unit[:-1]):  # whole on the next line
            lines.append([])
            fits = True
        if fits:
            lines[-1] += unit
            continue
        for piece in unit:
            if lines[-1] and not room(piece, lines[-1]):
                lines.append([])
            lines[-1].append(piece)
    return [_joined([line], sep) for line in lines]


def _totals(view: View, summary: Summary, lang: str, short: int = 0) -> list[list[Unit]]:
    """The totals' units, each of pieces: "16 IKU", "rata-rata capaian 101,04 % (14 dari 16
    IKU) (laporan: 94,30 %)", "▼ 4 IKU di bawah target" with "181 di semua tingkat"; ``short``
    2 says "(14/16 IKU)", 3 too, the count and the average (and the report's) one unit's pieces."""
    avg = "—" if summary.average is None else f"{format_id(summary.average)}{NO_BREAK}%"
    printed = summary.printed_average
    if summary.measured < summary.indicators:  # an average of part of the IKU says so, by
        # the average it qualifies, as status says it (not after the report's figure)
        key = "of_iku_short" if short >= 2 else "of_iku"
        avg += _whole(t(key, lang, m=summary.measured, n=summary.indicators))
    said = t("avg", lang, avg=avg)
    if printed is not None and summary.average is not None and printed != summary.average:
        report = _whole(t("printed_avg", lang, avg=f"{format_id(printed)} %"))
        if short < 3:
            said += report
        else:  # a piece of its own, so that the count and the average share a line
            return [
                [[f"{summary.indicators} IKU"], [said], [report.strip()]],
                _under_parts(view, summary, lang),
            ]
    if short >= 3:
        return [
            [[f"{summary.indicators} IKU"], [said]],
            _under_parts(view, summary, lang),
        ]
    return [
        [[f"{summary.indicators} IKU"]],
        [[said]],
        _under_parts(view, summary, lang),
    ]


def _ratings(view: View, summary: Summary, lang: str, apart: str, some: bool = False) -> Content:
    """How many IKU have each rating, each "Sangat Rendah 0" kept whole, ``apart`` between two;
    ``some``: only the ratings some IKU have."""
    ratings: list[str | tuple[str, str]] = []
    for rating, count in summary.by_rating.items():
        if some and not count:
            continue
        if ratings:
            ratings.append((apart, ""))
        scales = view.scales  # a report's own labels: any text (clean it)
        label = clean_line(scales.label_en(rating) if lang == "en" else tr(rating), 40)
        ratings.append((_whole(f"{label} {count}"), rating_style(rating, scales)))
    return Content.assemble(*ratings)


def _under_parts(view: View, summary: Summary, lang: str) -> list[Unit]:
    """How many are under target, in red while some are: "▼ 2 IKU di bawah target", "12 di
    semua tingkat" (a count grouped as the TUI's others: "23.458"); with none it said "▼ 0 IKU
    di bawah target · 0 di semua tingkat" in red (tui20): a report in review whose every item
    reaches its target says so ("✓ yang terukur tercapai" while some IKU have no capaian:
    walk57, "✓ semua tercapai" beside "(2 dari 4 IKU)"), next year's before its realisasi that
    it has none yet."""
    iku, items = summary.under_target, summary.under_all_levels
    # each phrase kept whole (tui26: at 100 columns "▼ 5 IKU di bawah" / "target" broke inside it)
    if iku:
        return [
            [
                (
                    _whole(f"{UNDER_MARK} {t('under_count', lang, n=grouped(iku, lang))}"),
                    "$text-error bold",
                )
            ],
            [(_whole(t("under_all", lang, n=grouped(items, lang))), "$text-error")],
        ]
    if items:  # every IKU reaches its target, some item beneath one does not
        return [
            [(_whole(t("under_count", lang, n=0)), LABEL)],
            [(_whole(t("under_all", lang, n=grouped(items, lang))), "$text-error")],
        ]
    if view.in_review:
        key = "measured_reached" if summary.measured < summary.indicators else "all_reached"
        return [[(_whole(t(key, lang)), "$text-success bold")]]
    return [[(t("no_realisasi", lang), LABEL)]]


def _whole(phrase: str) -> str:
    """``phrase`` with no-break spaces: drawn as spaces, never broken (:class:`KeptWhole`)."""
    return phrase.replace(" ", NO_BREAK)
