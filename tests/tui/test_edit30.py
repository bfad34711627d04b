"""The planner authoring in the TUI, twenty-first pass of issue 17 (edit30): a toast keeps a
figure whole."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.geometry import Region

from lkj_tui.bundled import load_bundled_report
from lkj_tui.core import edits
from tests.tui.conftest import go, settle


def _toast_texts(app) -> list[list[str]]:  # type: ignore[no-untyped-def]
    """Each toast on screen as drawn: its lines, stripped."""
    from textual.widgets._toast import Toast

    out = []
    for toast in app.screen.query(Toast):
        width, height = toast.outer_size
        strips = toast.render_lines(Region(0, 0, width, height))
        out.append([strip.text.strip(" ▌") for strip in strips if strip.text.strip(" ▌")])
    return out


@pytest.mark.parametrize(
    ("lang", "code", "figure"),
    [
        ("id", "IKU 17", "A (86,45)"),
        ("en", "IKU 1.7.1.2", "A (86,45)"),
        ("id", "IKU 1.7.1", "87,07 %"),
    ],
)
async def test_a_saved_toast_keeps_a_grade_with_its_score(
    make_app, tui_store, lasting_toasts, lang: str, code: str, figure: str
) -> None:
    """At 80×24, ``t`` then "A (86,45)" on IKU 17 toasted "Tersimpan: IKU 17 · Target: A" with
    "(86,45)" on the next line (Textual's toast wraps at any space). The figure now stays on one
    line, as the detail pane keeps it."""
    report = load_bundled_report()
    iku = next(n.id for n in report.walk() if n.code == "IKU 1")
    # a kode a cell too long for "Tersimpan: IKU 17 · Target: A (86,45)" on a line
    edits.apply(report, edits.set_field(report, iku, "code", code))
    report.meta = replace(report.meta, id="uji-toast-2024")
    tui_store.import_report(report)
    app = make_app(lang=lang, report_id="uji-toast-2024")
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await go(pilot, code)
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("ctrl+u", *figure, "enter")
        await settle(pilot)
        if app.screen.is_modal:  # a doubt asked for a second Enter
            await pilot.press("enter")
            await settle(pilot)
        await pilot.pause()
        toasts = [lines for lines in _toast_texts(app) if code in " ".join(lines)]
    assert toasts, _toast_texts(app)
    [lines] = toasts
    assert any(figure in line for line in lines), lines
