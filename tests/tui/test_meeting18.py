"""The TUI in a meeting, sixteenth pass (tui18): 80×24 and 120×40, id and en."""

from __future__ import annotations

import pytest

from tests.tui.conftest import settle, text_of, workers_done
from tests.tui.test_meeting16 import kabupaten_report, regions_store  # noqa: F401 (fixtures)


async def _settled(pilot) -> None:  # type: ignore[no-untyped-def]
    """The report shown, its reviu's badges and every worker done."""
    await settle(pilot)
    await workers_done(pilot)
    await settle(pilot)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_overview_status_stays_on_one_line_for_every_sort(
    make_app,
    regions_store,  # noqa: F811
    lang,
) -> None:
    """Sorted by a long column name ("Average capaian") with no region filter, the status line
    wrapped to two lines where it did not fit: it now takes its short forms first (the column's
    short name, then without "region: all"), at any width; whole where it fits."""
    from tests.tui.test_years_overview import _overview

    app = make_app(regions_store, lang=lang)
    async with app.run_test(size=(64, 24)) as pilot:
        screen = await _overview(pilot)
        for width in (64, 80):
            await pilot.resize_terminal(width, 24)
            await settle(pilot)
            screen.sort_column, screen.reverse = None, False
            for _ in range(len(screen.columns)):
                await pilot.press("tab")
                await pilot.pause()
                status = screen.query_one("#ov-status")
                line = text_of(status).strip()
                assert status.size.height == 1, (width, line)
                assert len(line) <= width - 2, (width, line)
                assert ("of 4" if lang == "en" else "dari 4") in line, line
        # at 80 columns every sort keeps the region and the year ("all")
        assert ("region: all" if lang == "en" else "daerah: semua") in line, line


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_overview_by_indicator_says_how_it_is_sorted(make_app, lang) -> None:
    """By indicator (ctrl+t) the rows come by name, the worst first within it, but the status
    said "sorted by: Under target ▼", a column that view does not have."""
    from tests.tui.test_years_overview import _overview

    app = make_app(lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("o")
        screen = await _overview(pilot)
        await pilot.press("ctrl+t")
        await settle(pilot)
        line = text_of(screen.query_one("#ov-status"))
        said = "sorted by: Indicator ▲" if lang == "en" else "urut: Indikator ▲"
        assert said in line, line


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_kabupaten_iku_row_at_120_columns_keeps_its_rating_word_in_line(
    make_app,
    kabupaten_report,  # noqa: F811
    monkeypatch,
    lang,
) -> None:
    """At 120×40 a kabupaten's IKU row lost its rating word ("Tinggi") beside "▼10 belum capai"
    while its name fitted whole, and its capaian stood 15 cells right of its sibling's that
    kept one (an IKL without a count). The count's word gives way first, then the rating's,
    and every row of a list alike: the figures stay in one column."""
    from lkj_tui.core.i18n import tr
    from tests.tui.test_meeting15 import _row
    from tests.tui.test_meeting16 import _one_finding_each

    _one_finding_each(monkeypatch)
    app = make_app(report_id=kabupaten_report, lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await _settled(pilot)
        evaluation, report = app.view.evaluation, app.view.report
        sasaran = [n for n in report.walk() if n.kind == "sasaran"]
        assert sasaran
        for parent in sasaran:
            ends = set()
            for node in report.children(parent.id):
                ach = evaluation.of(node.id).achievement
                if node.measure is None or ach is None or ach.rating is None:
                    continue
                row = _row(app, node.id)
                assert f" {tr(ach.rating, lang)} " in row, row  # its rating word
                ends.add(len(row) - row.rindex("%"))
                assert not evaluation.of(node.id).under_below or "▼" in row.split("%")[0], row
            assert len(ends) == 1, (parent.name, ends)  # one column for every row


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_row_without_capaian_has_its_dash_in_the_number_column(
    make_app,
    kabupaten_report,  # noqa: F811
    size,
) -> None:
    """Compact (80×24), a row without a capaian drew its "—" one cell left of its siblings'
    "%"; it stands in the same column, at every width."""
    from tests.tui.test_meeting15 import _row

    app = make_app(report_id=kabupaten_report)
    async with app.run_test(size=size) as pilot:
        await _settled(pilot)
        report, evaluation = app.view.report, app.view.evaluation
        dashes = 0
        for parent in (n for n in report.walk() if n.kind == "sasaran"):
            ends = set()
            for node in report.children(parent.id):
                if node.measure is None or node.id not in app.tree.nodes_by_id:
                    continue
                row = _row(app, node.id)  # every row of a list as wide
                ach = evaluation.of(node.id).achievement
                mark = "—" if ach is None or ach.rounded is None else "%"
                dashes += mark == "—"
                ends.add(row.rindex(mark))
            assert len(ends) <= 1, (parent.name, ends)
        assert dashes, "no row without a capaian"


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_path_part_wider_than_the_dialog_goes_on_with_a_mark(make_app, lang) -> None:
    """The export dialog's whole path folded a folder's name wider than the dialog where the
    wrap chose, at a hyphen ("…sekretariat-" / "daerah-2025/"), which read as the name's own
    "-": each of its lines but the last now ends with "↩", and the path read back is whole."""
    from pathlib import Path

    from tests.tui.conftest import export_preview_lines

    folder = "laporan-kinerja-bagian-organisasi-dan-tata-laksana-sekretariat-daerah-tahun-2025"
    app = make_app(lang=lang)
    app.export_folder = Path("/home/user") / folder
    async with app.run_test(size=(80, 24)) as pilot:
        lines, path, width = await export_preview_lines(pilot)
        assert all(len(line) <= width for line in lines), lines
        assert all(line.endswith(("/", "↩")) for line in lines[:-1]), lines
        assert any(line.endswith("↩") for line in lines), lines
        said = "".join(line.removesuffix("↩") for line in lines)
        assert said.split(": ", 1)[1] == path, (said, path)


@pytest.mark.parametrize("keys", [("m", "tab"), ("m", "down"), ("x", "tab"), ("w", "tab")])
async def test_a_focus_move_in_a_dialog_repaints_only_what_changed(
    make_app, full_updates, keys
) -> None:
    """Each Tab (or ↓) between a form's fields repainted the whole screen, the dimmed report
    behind the dialog included (Textual's Screen.focused repaints its screen: 15–35 ms a key
    under load): only the fields that gain and lose the focus repaint now."""
    from tests.tui.conftest import go

    full = full_updates
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await go(pilot, "IKU 1")
        await pilot.press(keys[0])
        await settle(pilot)
        first = app.screen.focused
        full.clear()
        for _ in range(3):
            await pilot.press(keys[1])
            await pilot.pause()
        assert app.screen.focused is not first  # the focus moved
        assert not full, len(full)


@pytest.mark.parametrize(("size", "lang"), [((80, 24), "id"), ((120, 40), "en")])
async def test_the_export_toast_breaks_its_path_at_its_separators(
    make_app, tmp_path, size, lang
) -> None:
    """The toast after an export wrapped its path where its width ended ("…setda-2023" /
    "-2026-12-04.md"): a reader looking for the file could not tell the name's hyphen from the
    wrap. It breaks the path as the export dialog does: after a "/", a name wider than the
    toast goes on with "↩"; the path read back is the file written."""
    from pathlib import Path

    from tests.tui.conftest import export_preview_lines

    folder = tmp_path / "laporan-kinerja-bagian-organisasi-dan-tata-laksana-sekretariat-daerah"
    folder.mkdir()
    app = make_app(lang=lang)
    app.export_folder = folder
    async with app.run_test(size=size) as pilot:
        await export_preview_lines(pilot)
        await pilot.press("ctrl+s")
        await settle(pilot)
        await workers_done(pilot)
        await settle(pilot)
        said = next(m for m, severity, _ in app.toasts if str(folder.name)[:20] in m)
        lines = said.split("\n")
        room = min(60, size[0] // 2) - 4
        assert len(lines) >= 2 and all(len(line) <= room for line in lines), lines
        assert all(line.endswith(("/", "↩")) for line in lines[:-1]), lines
        path = "".join(line.removesuffix("↩") for line in lines).split(" ", 2)[-1]
        assert Path(path).is_file() and Path(path).parent == folder, path
