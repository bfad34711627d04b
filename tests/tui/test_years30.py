"""years30: the Bappeda analyst at 80 and 100 columns, id and en — the header's lines."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from lkj_tui.bundled import load_bundled_report
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.summary import SummaryBar
from tests.tui.conftest import settle

INSTANSI = "Badan Pengelola Keuangan dan Aset Daerah Kabupaten Bengkulu Selatan"
RID = "bengkulu-selatan-badan-pengelola-keuangan-dan-aset-daerah-2025"  # 62 characters
LONG = "bengkulu-selatan-badan-kepegawaian-dan-pengembangan-sumber-daya-manusia-2025"  # 76


@pytest.fixture
def kab_store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "store")
    for rid, instansi in ((RID, INSTANSI), (LONG, "Badan Kepegawaian dan Pengembangan Sumber")):
        report = load_bundled_report()
        report.meta = replace(report.meta, id=rid, tahun=2025, instansi=instansi)
        store.import_report(report)
    return store


def _lines(app) -> list[str]:  # type: ignore[no-untyped-def]
    bar = app.query_one(SummaryBar)
    return [strip.text.strip() for strip in bar.render_lines(bar.region.reset_offset)]


@pytest.mark.parametrize(("width", "lang"), [(80, "id"), (80, "en"), (100, "en")])
async def test_the_header_breaks_before_a_separator_and_keeps_the_id(
    make_app, kab_store: Store, width: int, lang: str
) -> None:
    """At 80 and 100 columns the header's first line ended with a dangling "·" (the report id
    on the next line), the totals' too ("(laporan: 80,83 %)  ·"), and the id was cut to its
    last 60 characters though its line had room for it whole: "…gkulu-selatan-badan-…". Now a
    line breaks before a separator, never after it; the id is whole where its line holds it,
    else cut at a "-" keeping its end, its year; and every line shows (the ratings' too: the
    bar kept the rows of its lines before it knew its width, and cut the last one off)."""
    for rid in (RID, LONG):
        app = make_app(kab_store, report_id=rid, lang=lang)
        async with app.run_test(size=(width, 30)) as pilot:
            await settle(pilot)
            lines = _lines(app)
        assert all(x and not x.endswith("·") and not x.startswith("·") for x in lines), lines
        rating = "Sangat Tinggi 8" if lang == "id" else "Very high 8"
        assert lines[-1].startswith(rating), lines  # (the last line drawn)
        (shown,) = [x for x in lines if x.endswith(" rev. 1")]
        if len(rid) + len("  rev. 1") <= width - 2:
            assert shown == f"{rid}  rev. 1", lines
        else:  # (76 + 8 cells at 80 columns)
            assert (
                shown
                == "…-selatan-badan-kepegawaian-dan-pengembangan-sumber-daya-manusia-2025  rev. 1"
            )
        totals = [x for x in lines if "IKU" in x and "LKj" not in x]
        under = "▼ 2 IKU di bawah target" if lang == "id" else "▼ 2 IKU under target"
        assert any(x.startswith(under) for x in totals) or len(totals) == 1, totals


def test_a_year_keeps_its_capaian_on_its_line_at_80_columns() -> None:
    """A kabupaten's IKU at 80×24 (a pane of 27 columns): "0 Temuan", "Tidak ada temuan",
    "102,01%" and "100,00 %" left no room for the capaian beside its year: every year's row
    wrapped, its capaian at the pane's left under its year. Now the capaian says its "%"
    beside it ("100,00%") where that keeps the row within the pane; a grade keeps its score
    on its line where the column has room for it ("(A) 3,49")."""
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.tui.components.years import YearsContext, years_part

    report = load_bundled_report()
    node = next(n for n in report.nodes() if n.code == "IKU 1")
    assert node.measure is not None
    history = {2021: "102,01%", 2022: "Tidak ada temuan"}
    targets = {**node.measure.targets, 2021: "100%", 2022: "0 Temuan"}
    measure = replace(node.measure, realisasi_history=history, targets=targets)
    report.replace_node(node.with_changes(measure=measure))
    part = years_part(Evaluation(report).of(node.id), YearsContext(report), "id")
    assert part is not None
    lines = part.layout(27).plain.splitlines()
    table = lines[1 : lines.index("Sumber:")]
    assert all(len(x) <= 27 for x in table), table
    (row,) = [x for x in table if x.startswith("2021")]
    assert row.endswith("102,01%") or row.split()[-1].endswith("%"), table
    assert not any(x.strip().endswith("%") and x.startswith(" ") for x in table[1:]), table
    wide = part.layout(40).plain  # (room for it: "100,00 %" with its space)
    assert " %" in wide


def test_a_grade_keeps_its_score_on_its_line() -> None:
    from lkj_tui.tui.components.years import _fold

    assert _fold("Sangat Baik (A) 3,49 poin", 8) == ["Sangat", "Baik", "(A) 3,49", "poin"]
    assert _fold("A (86,45) WTP", 9) == ["A (86,45)", "WTP"]
    assert _fold("118,00 % naik", 8) == ["118,00 %", "naik"]


def test_indicators_alike_to_their_differing_word_read_apart_in_the_overview() -> None:
    """The overview's Indicator column at 80×24 (17 cells) read "Persentase…penge…" for both
    "Persentase pengelolaan keuangan daerah" and "Persentase pengendalian inflasi daerah" (the
    kabupaten store's one pair alike): the word that differs is shown alone, whole."""
    from lkj_tui.core.apart import shared_words
    from lkj_tui.tui.components.rowtable import fit

    names = [
        "Persentase pengelolaan keuangan daerah",
        "Persentase pengendalian inflasi daerah",
        "Angka pengelolaan keuangan daerah",
        "Persentase pelayanan publik",
        "Indeks pengendalian inflasi daerah",
    ]
    apart = shared_words(names)
    cuts = [fit(n, 17, False, apart.get(n)).rstrip() for n in names]
    assert cuts[:2] == ["…pengelolaan…", "…pengendalian…"], cuts
    assert len(set(cuts)) == len(cuts), cuts
