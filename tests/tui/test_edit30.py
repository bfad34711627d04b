"""The planner authoring in the TUI, twenty-first pass of issue 17 (edit30): a toast keeps a
figure whole, the change log names a report-field change as its toast does."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.geometry import Region

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core import edits
from tests.tui.conftest import go, settle, text_of


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


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_change_log_and_the_minutes_name_a_report_field_as_its_toast(
    make_app, tmp_path, lang: str
) -> None:
    """``E`` then a new Instansi: the toast said "Data laporan · Instansi", ``L`` and the
    exported "Perubahan dalam rapat" named it by the report's id ("bengkulu-selatan-…-2023 ·
    Instansi"). Each now names it as the toast does."""
    words = {"id": "Data laporan", "en": "Report data"}[lang]
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        report_id = app.view.report_id
        await pilot.press("E")
        await settle(pilot)
        await pilot.press("end", *" Uji", "ctrl+s")
        await settle(pilot)
        assert any(f"{words} · " in message for message, *_ in app.toasts), app.toasts
        await pilot.press("L")
        await settle(pilot)
        shown = " ".join(text_of(app.screen.query_one("#log")).split())
        assert f"{words} · " in shown and report_id[:20] not in shown, shown
        await pilot.press("escape")
        await settle(pilot)
        app.export(app.view, tmp_path / "notulen.md", with_changes=True)
        await settle(pilot)
    minutes = (tmp_path / "notulen.md").read_text(encoding="utf-8")
    changes = minutes[minutes.rindex("\n## ") :]
    assert f"| {words} | " in changes and report_id not in changes, changes


async def test_a_reports_minutes_list_its_own_changes(make_app, tui_store, tmp_path) -> None:
    """The minutes of a report exported from the TUI listed every change of the session, those
    saved on another report opened before too, each named without its report ("IKU 1 ·
    Target"). Now a report's own, as ``lkj-tui export --changes`` lists them; the dialog counts
    them."""
    other = load_bundled_report()
    other.meta = replace(other.meta, id="uji-lain-2024")
    tui_store.import_report(other)
    app = make_app(report_id=BUNDLED_REPORT_ID)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await go(pilot, "IKU 1")
        await pilot.press("t")
        await settle(pilot)
        await pilot.press("ctrl+u", *"3,40", "enter")
        await settle(pilot)
        assert len(app.changelog.entries) == 1
        app.load("uji-lain-2024", "switch")
        await settle(pilot)
        assert app.view.report_id == "uji-lain-2024"
        await pilot.press("x")
        await settle(pilot)
        fields = " ".join(text_of(app.screen.query_one("#fields")).split())
        assert "Log perubahan (0) tidak" in fields, fields
        await pilot.press("escape")
        await settle(pilot)
        app.export(app.view, tmp_path / "lain.md", with_changes=True)
        await settle(pilot)
    minutes = (tmp_path / "lain.md").read_text(encoding="utf-8")
    assert "3,40" not in minutes[minutes.rindex("\n## ") :], minutes


@pytest.mark.parametrize(("lang", "rating"), [("id", "Sangat Rendah"), ("en", "Very low")])
async def test_the_detail_pane_keeps_a_ratings_words_together(
    make_app, tui_store, lang: str, rating: str
) -> None:
    """At 80×24 a capaian of 3,30 % read "Capaian: 3,30 %  Sangat" above "Rendah  ▼ di bawah
    target" in the detail pane: the rating is one label, now on one line."""
    report = load_bundled_report()
    iku = next(n.id for n in report.walk() if n.code == "IKU 1")
    edits.apply(report, edits.set_field(report, iku, "target", "A (86,45)"))
    report.meta = replace(report.meta, id="uji-kategori-2024")
    tui_store.import_report(report)
    app = make_app(lang=lang, report_id="uji-kategori-2024")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await go(pilot, "IKU 1")
        lines = [line.strip() for line in app.detail.text.splitlines()]
    label = "Capaian: 3,30 %"  # (in English too: tui68)
    at = next(n for n, line in enumerate(lines) if line.startswith(label))
    assert rating in lines[at] or lines[at + 1].startswith(rating), lines[at : at + 2]
