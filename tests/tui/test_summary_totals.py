"""The summary's totals line (edit21): at 120 columns a kabupaten report's broke "181 di semua /
tingkat" over two lines; shorter forms keep it whole where they fit, the full words stay where the
line wraps anyway (80 columns) or fits as it is."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.summary import SummaryBar
from tests.tui.conftest import opened

RID = "uji-lebar-2023"


@pytest.fixture
def long_totals(tmp_path) -> Store:
    """The bundled report with one IKU not measured and a long instansi-free id: its totals say
    "(9 dari 10 IKU) (laporan: …)", a line of 119 cells in Bahasa Indonesia."""
    report = load_bundled_report()
    report.meta = replace(report.meta, id=RID)
    for node in list(report.walk()):
        if node.code == "IKU 9" and node.measure is not None:
            report.replace_node(node.with_changes(measure=replace(node.measure, realisasi="")))
    store = Store(tmp_path / "store")
    store.import_report(report)
    return store


def _totals(app) -> list[str]:  # type: ignore[no-untyped-def]
    bar = app.query_one(SummaryBar)
    lines = [strip.text.rstrip() for strip in bar.render_lines(bar.region.reset_offset)]
    return [line for line in lines if line.strip()]


@pytest.mark.parametrize(
    ("lang", "whole"),
    [("id", "· ▼ 2 IKU di bawah target · 12 di semua tingkat"), ("en", "12 at all levels")],
)
async def test_the_totals_keep_one_line_at_120_columns(
    make_app, long_totals: Store, lang: str, whole: str
) -> None:
    async with opened(make_app, None, (120, 40), store=long_totals, report_id=RID, lang=lang) as (
        app,
        _,
        _,
    ):
        lines = _totals(app)
        (totals,) = [line for line in lines if "IKU" in line and "·" in line]
        assert whole in totals, lines
        assert len(lines) == 3, lines  # title, totals, ratings: nothing wrapped
    async with opened(make_app, None, (80, 24), store=long_totals, report_id=RID, lang=lang) as (
        app,
        _,
        _,
    ):
        shown = " ".join(" ".join(_totals(app)).split())
        # where it wraps anyway: the full words, as before
        assert ("(9 dari 10 IKU)" if lang == "id" else "(9 of 10 IKU)") in shown, shown


async def test_the_totals_are_laid_out_again_when_the_terminal_narrows(
    make_app, long_totals: Store
) -> None:
    """Opened wide (the full words fit), then narrowed to 120 columns: the bar takes its shorter
    forms on the resize; its first frame's own resize (the width it is given) lays out nothing
    again, as the full words fit (a second layout cost 0.4 % of the first frame)."""
    async with opened(make_app, None, (200, 40), store=long_totals, report_id=RID) as (
        app,
        pilot,
        _,
    ):
        wide = _totals(app)
        assert len(wide) == 3 and "(9 dari 10 IKU)" in " ".join(wide), wide
        bar = app.query_one(SummaryBar)
        shown: list[object] = []
        bar.show = lambda *a: shown.append(a)  # type: ignore[method-assign]
        await pilot.resize_terminal(199, 40)
        await pilot.pause()
        assert shown == [], "the full words still fit: nothing laid out again"
        del bar.show
        await pilot.resize_terminal(120, 40)
        await pilot.pause()
        await pilot.pause()
        narrow = _totals(app)
        (totals,) = [line for line in narrow if "IKU" in line and "·" in line]
        assert "· ▼ 2 IKU di bawah target · 12 di semua tingkat" in totals, narrow
        assert len(narrow) == 3, narrow


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_under_target_phrases_never_break_inside(
    make_app, long_totals: Store, lang: str
) -> None:
    """At 80 columns the bundled report's totals read "▼ 2 IKU di bawah" / "target": each
    phrase of the under-target part stays on one line at any width, where the line wraps."""
    phrases = (
        ("▼ 2 IKU di bawah target", "12 di semua tingkat")
        if lang == "id"
        else ("▼ 2 IKU under target", "12 at all levels")
    )
    for width in range(70, 131, 4):
        async with opened(
            make_app, None, (width, 30), store=long_totals, report_id=RID, lang=lang
        ) as (app, _, _):
            lines = _totals(app)
            for phrase in phrases:
                assert any(phrase in line for line in lines), (width, phrase, lines)


@pytest.mark.parametrize(
    ("lang", "said"), [("id", "1.012 di semua tingkat"), ("en", "1,012 at all")]
)
async def test_a_count_of_thousands_is_grouped(make_app, tmp_path, lang: str, said: str) -> None:
    """A big report's count under target at all levels is grouped as the TUI's other counts
    ("Capaian sedang dihitung (183.264 simpul)"): "23458 di semua tingkat" read as one figure of
    five digits among grouped ones (mem57, the 100k-measure report)."""
    report = load_bundled_report()
    report.meta = replace(report.meta, id=RID)
    iku = next(n for n in report.walk() if n.code == "IKU 1")
    for i in range(1000):  # (the bundled report: 12 under target at all levels)
        measure = replace(iku.measure, target="100", realisasi="10", printed=())  # type: ignore[arg-type]
        report.add_node(
            iku.with_changes(
                id=f"under-{i}", parent=iku.id, kind="program", code="", order=i, measure=measure
            )
        )
    store = Store(tmp_path / "store")
    store.import_report(report)
    async with opened(make_app, None, (200, 40), store=store, report_id=RID, lang=lang) as (
        app,
        _,
        _,
    ):
        shown = " ".join(" ".join(_totals(app)).split())
        assert said in shown, shown
