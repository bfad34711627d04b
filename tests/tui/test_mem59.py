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
