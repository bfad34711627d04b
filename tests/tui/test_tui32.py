"""The reviewer in a meeting at 60×20 and 80×24 (tui32): the summary bar's short forms where the
totals wrap, the filter always said."""

from __future__ import annotations

import pytest

from lkj_tui.storage.store import Store
from lkj_tui.tui.components.summary import SummaryBar
from tests.tui.conftest import settle, text_of
from tests.tui.test_tui31 import _long_named


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(60, 20), (50, 20), (80, 24)])
async def test_the_summary_bar_uses_its_short_forms_where_the_totals_wrap(
    make_app, tui_store: Store, lang: str, size: tuple[int, int]
) -> None:
    """At 60 columns a long instansi's bar needed more than its 6 rows even without the id's
    line: the full words were used where the short ones wrapped too, "16 IKU" stood alone on a
    line, and with `u` the ratings and "Filter: hanya di bawah target" were cut off. The count
    now shares its line with the average, the instansi gives way to one line, and the filter is
    said whatever the width; each rating is whole ("Sangat Rendah 0", never "Sangat" / …)."""
    app = make_app(report_id=_long_named(tui_store), lang=lang)
    note = "Filter: under target only" if lang == "en" else "Filter: hanya di bawah target"
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        bar = app.query_one(SummaryBar)
        for filtered in (False, True):
            lines = [line.strip() for line in text_of(bar).splitlines()]
            assert bar.size.height <= 6
            assert not any(line.endswith("IKU") and len(line.split()) == 2 for line in lines), lines
            assert not any(line.endswith(("Sangat", "Very")) for line in lines), lines
            assert (note in "\n".join(lines)) is filtered, lines
            if size[0] >= 60:  # (the ratings whole too, where the bar has the rows)
                assert any(line.startswith(("Sangat Tinggi", "Very high")) for line in lines), lines
            await pilot.press("u")
            await settle(pilot)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("width", [74, 56])
def test_a_reviu_finding_keeps_a_label_with_the_start_of_its_value(lang: str, width: int) -> None:
    """The Reviu screen at 80×24 read "target is printed 2 ways:" at a line's end above "BB
    (LKj); A (Renstra)". A label's colon now stays with its value's first word, on every
    finding of the bundled report as the screen wraps it (at 80 and 60 columns)."""
    from lkj_tui.bundled import load_bundled_report
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.core.reviu import Places, run_checks
    from lkj_tui.tui.components.whole import wrap_whole
    from lkj_tui.tui.reviu import finding_line

    report = load_bundled_report()
    places = Places(report)
    labelled = 0
    for f in run_checks(Evaluation(report)).findings:
        line = finding_line(f, report, lang, with_node=True, places=places)
        lines = [part.plain.rstrip() for part in wrap_whole(line, width, lang)]
        assert not [one for one in lines[:-1] if one.endswith(":")], lines
        labelled += ": " in f.message(lang) and len(lines) > 1
    assert labelled >= 3


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_detail_pane_keeps_a_table_with_its_number_and_a_verdict_whole(
    make_app, lang: str
) -> None:
    """At 80×24 the pane read "Sumber tabel: Tabel" above "3.2.1.1.1", and the Perhitungan
    paragraph "Kategori Rendah, di bawah" above "target.". A table's name now stays with its
    number and the explanation's verdict (with its rating) whole, on every node of the report."""
    from lkj_tui.core.messages import MESSAGES
    from lkj_tui.tui.components.detail import DetailPane

    at = 1 if lang == "en" else 0
    verdicts = [MESSAGES[key][at] for key in ("not_met", "under", "met", "on")]
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        pane = app.query_one(DetailPane)
        assert app.view is not None
        evaluation = app.view.evaluation
        tables = explained = 0
        for node in evaluation.report.walk():
            pane.show(evaluation.of(node.id))
            info = [line.strip() for line in pane.part_text("info").splitlines()]
            assert not [line for line in info if line.endswith(("Tabel", "Table"))], info
            tables += any("Tabel 3" in line for line in info)
            text = pane.part_text("explain")
            if not text:
                continue
            last = " ".join(text.split()).rsplit(", ", 1)[-1]  # (the verdict, as it is said)
            verdict = next((v for v in verdicts if last == f"{v}."), None)
            if verdict is None:
                continue
            lines = [line.strip() for line in text.splitlines()]
            assert any(line.endswith(f"{verdict}.") for line in lines), lines
            explained += 1
        assert tables >= 1 and explained >= 3, (tables, explained)
