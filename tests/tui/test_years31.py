"""years31: the Bappeda analyst at 80×24 and 100×30, id and en — the years pane and the overview."""

from __future__ import annotations

from dataclasses import replace

import pytest

from lkj_tui.bundled import load_bundled_report


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_grade_keeps_its_score_beside_a_capaian_at_80_columns(lang: str) -> None:
    """At 80×24 (a pane of 27 columns) "Sangat Baik (A) 3,49 poin" beside 2023's "81,20 %" folded
    "(A)" apart from "3,49": the table was one cell too wide for the grade with its score. The
    capaian's header says "Cap." there (its figures, "81,20%", are no wider), and the grade keeps
    its score on its line."""
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.tui.components.years import YearsContext, years_part

    report = load_bundled_report()
    node = next(n for n in report.nodes() if n.code == "IKU 1")
    assert node.measure is not None
    history = {**node.measure.realisasi_history, 2022: "Sangat Baik (A) 3,49 poin"}
    measure = replace(node.measure, target=">3,51 (skala 1-5)", realisasi_history=history)
    report.replace_node(node.with_changes(measure=measure))
    part = years_part(Evaluation(report).of(node.id), YearsContext(report), lang)
    assert part is not None
    lines = part.layout(27).plain.splitlines()
    table = lines[1 : next(i for i, x in enumerate(lines) if x.startswith(("Sumber:", "Source:")))]
    assert all(len(x) <= 27 for x in table), table
    assert any(x.strip() == "(A) 3,49" for x in table), table
    assert table[0].split()[-1] == "Cap.", table
    assert any(x.startswith("2023") and x.endswith("81,20%") for x in table), table
    wide = part.layout(30).plain.splitlines()  # (room for the whole header: as before)
    assert any(x.split()[-1:] == ["Capaian"] for x in wide[1:3]), wide
