"""years70: the detail pane's years drew a line (two or three rows at the pane's width) for each
year a store's repeated names leave an indicator ambiguous with, alike from year to year, and
named twins (one kode and name) by their name only, "Jumlah dokumen (3×; nama sama)". The years
that say the same now share one line, "2022, 2024 tidak dicocokkan, ambigu: …", their counts of
more as a range; twins of a year whose candidates are all listed are each named as ``check``
names a node without a kode ("simpul c218d2e4"), which the search and ``set`` take."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from lkj_tui.bundled import load_bundled_report
from tests.conftest import run_cli
from tests.test_compare_parents import TWIN, _renamed_parents
from tests.tui.conftest import years_shown

OWN = "bengkulu-selatan-setda-2023"


@pytest.fixture(scope="module")
def three_years(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled report (2023) and copies of it imported for 2022 and 2024 (no rollover
    links), the twins' parents renamed in both: each twin is ambiguous with both years, alike."""
    tmp = tmp_path_factory.mktemp("years70")
    root = tmp / "s"
    assert run_cli("init", store=root).returncode == 0
    for year in (2022, 2024):
        report = _renamed_parents(load_bundled_report(), " Baru")
        report.meta = replace(report.meta, id=f"setda-{year}", tahun=year)
        path = tmp / f"setda-{year}.json"
        path.write_text(json.dumps(report.to_document(), ensure_ascii=False), encoding="utf-8")
        assert run_cli("import", str(path), store=root).returncode == 0
    return root


@pytest.mark.parametrize(
    ("lang", "words", "node", "why"),
    [
        ("id", "tidak dicocokkan, ambigu", "simpul", "nama sama"),
        ("en", "not matched, ambiguous", "node", "same name"),
    ],
)
async def test_years_alike_share_a_line_and_twins_are_named(
    make_app, three_years: Path, lang: str, words: str, node: str, why: str
) -> None:
    twins = [n.id[:8] for n in load_bundled_report().walk() if n.name.startswith(TWIN)]
    assert len(twins) == 2  # (the bundled report's two twins; the copies keep their ids)
    shown = await years_shown(
        make_app, three_years, OWN, lang, (), lambda n: n.name.startswith(TWIN)
    )
    assert len(shown) == 2, shown
    for years in shown:
        assert years.count(words) == 1, years  # (one line for both years)
        assert f"2022, 2024 {words}: {TWIN}" in years, years
        assert f"({node} {twins[0]}, {node} {twins[1]}; {why})" in years, years
        assert "2×" not in years, years


def _part(own: int, others: dict[int, int], lang: str = "en") -> str:
    """The years part of an indikator kegiatan "Jumlah dokumen" of a report of ``own`` with five
    of that name under kegiatan of one name, each other year of ``others`` holding as many: its
    text at 60 columns, one line."""
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.core.years import pairing
    from lkj_tui.tui.components.years import YearsContext, years_part
    from tests.test_compare_many import _report

    mine = _report(own, 5, "Kegiatan sama")
    context = YearsContext(mine)
    for year, n in others.items():
        theirs = _report(year, n, "Kegiatan sama")
        found, unsure, why = pairing(mine, theirs)
        assert why is not None and unsure, year
        context.others.append((theirs, found))
        context.unsure.append((theirs, unsure, why))
    node = next(n for n in mine.walk() if n.kind == "indikator_kegiatan")
    part = years_part(Evaluation(mine).of(node.id), context, lang)
    assert part is not None
    return " ".join(part.layout(60).plain.split())


def test_years_of_more_share_a_line_with_a_range() -> None:
    """Years of more candidates than listed, the same three listed: one line, how many more
    said as a range; twins of a row of more are counted, as ``compare`` counts them."""
    shown = _part(2025, {2022: 5, 2023: 7, 2024: 5})
    said = "2022, 2023, 2024 not matched, ambiguous: Jumlah dokumen (3×; same name); and 2–4 more"
    assert said in shown, shown
    assert shown.count("not matched") == 1, shown


def test_years_that_differ_keep_their_lines() -> None:
    """A year whose three candidates are all listed names each (the ids of ``_report``: "i0"…)
    and keeps its line apart from the years of more; in the order of the years."""
    shown = _part(2025, {2022: 5, 2023: 3, 2024: 5}, "id")
    more = "2022, 2024 tidak dicocokkan, ambigu: Jumlah dokumen (3×; nama sama); dan 2 lagi"
    named = "2023 tidak dicocokkan, ambigu: Jumlah dokumen (simpul i0, simpul i1, simpul i2;"
    assert more in shown and named in shown, shown
    assert shown.index(more) < shown.index(named), shown
    assert shown.count("tidak dicocokkan") == 2, shown
