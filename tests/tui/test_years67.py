"""years67: where the year before's realisasi is of another unit than this year's (IKU 6's "4
Orang" in 2023 against a bare "7" in 2024; IKU 5's "2 Paket" against "4,99%"), the detail pane's
years said so and then told the change from 2022 all the same ("↓ 85,18 % (lebih buruk)"), and
the progress to the Renstra end target from 2021 ("Menjauh …"), where `compare` says "satuan
berbeda" and compares nothing. Now neither is told: this year's unit is in doubt, id and en."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import NEXT_YEAR_ID
from tests.test_years66 import units_store
from tests.tui.conftest import years_shown


async def test_no_change_told_past_a_year_of_another_unit(make_app, tmp_path: Path) -> None:
    root = units_store(tmp_path / "s")
    words = {
        "id": ("dari 2022", "lebih buruk", "lebih baik", "Menjauh", "dari jarak", "persen dari"),
        "en": ("from 2022", "worse", "better", "Moving away", "of the way", "percent of"),
    }
    progress = {
        "id": (
            "Kemajuan menuju target akhir Renstra 66,62: tidak dihitung, satuan berbeda (2023 4 "
            "Orang → 2024 7)",
            "Kemajuan menuju target akhir Renstra 90: tidak dihitung, satuan berbeda (2023 2 "
            "Paket → 2024 4,99%)",
        ),
        "en": (
            "Progress to the Renstra end target 66,62: not counted, units differ (2023 4 Orang → "
            "2024 7)",
            "Progress to the Renstra end target 90: not counted, units differ (2023 2 Paket → "
            "2024 4,99%)",
        ),
    }
    for lang, unsaid in words.items():
        six, five, one = await years_shown(
            make_app, root, NEXT_YEAR_ID, lang, ("IKU 6", "IKU 5", "IKU 1")
        )
        for shown, said in zip((six, five), progress[lang], strict=True):
            assert ("satuan berbeda:" if lang == "id" else "units differ:") in shown, shown
            assert said in shown, shown
            for word in unsaid:
                assert word not in shown, (word, shown)
        # IKU 1 ("4 Orang" → "7" of a satuan "Orang": one unit) keeps its change and progress
        assert "75,00 %" in one and ("dari jarak" if lang == "id" else "of the way") in one, one


def test_gaps_of_two_rather_than_the_margin_where_they_miss_by_one() -> None:
    """At 80×24 the pane is 27 columns: the bundled IKU 1's years in English took gaps of one
    cell, keeping the rows' margin, where gaps of two missed by one cell (tui65, tui66 left it):
    "2,82 87,41 %" read as one figure. Gaps of two now, the margin given up; with a cell more
    both, with a cell less (and in Bahasa Indonesia at 27) gaps of one as before."""
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.tui.components.years import YearsContext, years_part
    from tests.conftest import load_bundled_report

    report = load_bundled_report()
    node = next(n for n in report.nodes() if n.code == "IKU 1")
    ev = Evaluation(report).of(node.id)

    def row(lang: str, width: int) -> str:
        part = years_part(ev, YearsContext(report), lang)
        assert part is not None
        lines = part.layout(width).plain.splitlines()  # (the table: the prose wraps in the pane)
        table = lines[: next(i for i, x in enumerate(lines) if x.startswith(("Source", "Sumber")))]
        assert all(len(x) <= width for x in table), table
        return next(x for x in lines if x.strip().startswith("2022"))

    assert row("en", 27) == "2022   3,226  2,82  87,41 %"
    assert row("en", 28) == " 2022   3,226  2,82  87,41 %"
    assert row("en", 26) == " 2022  3,226 2,82 87,41 %"
    assert row("id", 27) == " 2022  3,226  2,82 87,41 %"
    assert row("id", 28) == "2022   3,226   2,82  87,41 %"
