"""The huge report's memory in the TUI (issue 17, mem59): the Reviu screen of a report with
thousands of findings keeps a small row per finding, each line made when it is measured or drawn
(30,000 findings held 70 MB as lines)."""

from __future__ import annotations

import tracemalloc

from textual.widgets import OptionList

from lkj_tui.core.reviu import Reviu
from lkj_tui.tui.reviu import ReviuScreen, finding_line
from tests.tui.conftest import SIZE, settle


async def test_reviu_screen_keeps_no_line_per_finding(make_app) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        found = app.reviu.findings
        many = Reviu(found * (3000 // len(found) + 1), app.reviu.iku, app.reviu.coverage)
        screen = ReviuScreen(app.view, many, app.lang)
        for f in found:  # (each finding's words written once: what the screen itself adds)
            f.message("id"), f.message("en")
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            app.push_screen(screen)
            await settle(pilot)
            await pilot.press("end")  # (drawn at its end too)
            await settle(pilot)
            held = tracemalloc.get_traced_memory()[0] - before
        finally:
            tracemalloc.stop()
        options = screen.query_one("#findings", OptionList)
        assert options.option_count == len(many.findings)
        # every row as drawn is its finding's line, most serious first
        last = options.get_option_at_index(options.option_count - 1)
        index = int((last.id or "").partition(":")[0])
        line = finding_line(many.findings[index], app.view.report, "id", True, screen.places)
        assert str(last.prompt) == str(line).replace("\u00a0", " ")
        # the list's own records and a row a finding: 2.0 KB a finding (kept as lines: 3.3 KB)
        assert held < 2600 * len(many.findings), held / len(many.findings)


def test_a_rows_height_is_its_lines_drawn_at_every_width() -> None:
    """A row's height is counted from its lines as drawn, not wrapped again to be counted (the
    huge report's 30,279 rows measured at each width: 9.0 → 5.3 s); every finding of the bundled
    report, both languages, widths from 3 cells up."""
    from textual.css.styles import Styles

    from lkj_tui.bundled import load_bundled_report
    from lkj_tui.core.evaluate import Evaluation
    from lkj_tui.core.reviu import Places, run_checks
    from lkj_tui.tui.components.whole import Hanging

    report = load_bundled_report()
    places, rules = Places(report), Styles()
    for f in run_checks(Evaluation(report)).findings:
        for lang in ("id", "en"):
            line = finding_line(f, report, lang, True, places)
            row = Hanging(line[:2], line[2:], lang)
            for width in (3, 10, 21, 24, 40, 57, 76, 116):
                drawn = row.lines(width)
                assert row.get_height(rules, width) == drawn.get_height(rules, width)
                assert max(len(s.plain) for s in drawn.split()) <= width
