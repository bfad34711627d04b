"""tui50: the TUI's last rough edges (issue 17, thirty-first pass)."""

from __future__ import annotations

from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests.conftest import run_cli
from tests.tui.conftest import node_id_by_code, report_id, settle


def _set(store: Path, *pairs: tuple[str, str]) -> None:
    for field, value in pairs:
        done = run_cli("set", "IKU 1", field, value, store=store)
        assert done.returncode == 0, done.stderr


async def _years(make_app, store: Path, lang: str, size: tuple[int, int]) -> str:  # type: ignore[no-untyped-def]
    app = make_app(Store(store), lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)  # (the report read: the view is there)
        app.go_to(node_id_by_code(app, "IKU 1"))
        await settle(pilot)
        if size[0] < 70:  # (the detail is a key away: "Tab Rinci")
            await pilot.press("tab")
            await settle(pilot)
        return app.detail.part_text("years")


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_chart_draws_no_two_units_on_one_scale_and_says_why(
    make_app, store_path: Path, lang: str, size: tuple[int, int]
) -> None:
    """The bundled IKU 1 with "4 Surat" this year beside a bare 3,22 in 2021 and 2,82 in 2022:
    the chart drew a bar of 4 beside them on one scale ("4", its unit dropped). Now it draws
    none and says why, as the progress line above it."""
    _set(store_path, ("target", "4 Surat"), ("realisasi", "4 Surat"))
    years = await _years(make_app, store_path, lang, size)
    flat = " ".join(years.split())
    if lang == "en":
        assert "Realisasi, scale from 0: not drawn, units differ" in flat, years
    else:
        assert "Realisasi, skala dari 0: tidak digambar, satuan berbeda" in flat, years
    assert "█" not in years and "maks" not in flat and "max " not in flat, years


async def test_one_unit_still_draws_its_bars(make_app, store_path: Path) -> None:
    _set(store_path, ("realisasi", "3,3"))  # (bare, as 2021's and 2022's)
    years = await _years(make_app, store_path, "id", (80, 24))
    assert "tidak digambar" not in years, years
    bars = [x for x in years.splitlines() if "█" in x]
    assert [x.split()[0] for x in bars] == ["2021", "2022", "2023"], years


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_by_indicator_the_spare_cells_go_to_the_name_cut_on_most_rows(
    make_app, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, lang: str
) -> None:
    """By indicator at 80×24 filtered on one office of five governments, the instansi on every
    row gives its cells back; by indicator no column said its rows' lengths, and they all went
    to the indicator (29 cells, its longest names cut even so) beside the pemerintah's 12
    ("Prov.…", "Kab. Rejang…" on 40 of the 50 rows). Now they go to the column cut on the most
    rows, as by report: the pemerintah."""
    from lkj_tui.tui.components.overview import region_cell
    from tests.tui.conftest import text_of
    from tests.tui.test_years32 import regions_store
    from tests.tui.test_years48 import OFFICES, REGIONS
    from tests.tui.test_years_overview import _overview

    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 0)
    app = make_app(regions_store(tmp_path, OFFICES), lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _overview(pilot)
        await pilot.press(*"insp", "ctrl+t")
        await pilot.pause()
        widths = screen.table.fitted(80)
        rows = [x for x in text_of(screen.table).splitlines()[1:] if x.strip()]
    whole = [r for r in REGIONS if len(region_cell(r)) <= widths[2]]
    assert len(whole) >= 2 and widths[0] < 29, (widths, rows)  # (Kaur's and the province's)
    assert all(f"  {region_cell(r)}  " in "\n".join(rows) for r in whole), rows
    assert sum(widths) + 2 * sum(1 for w in widths if w) + 1 >= 79, widths  # (none lost)


def _screen(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The screen's rows as drawn."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_search_dialog_has_no_blank_row_under_its_title_at_60x20(
    make_app, lang: str
) -> None:
    """tui47 took the blank rows out of the dialogs below 30 rows; the search kept one under its
    title, above the input's own border. Now the border is the row under the title, and a
    result more shows."""
    from lkj_tui.tui.screens import SearchScreen

    app = make_app(lang=lang)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        rows = _screen(app)
        title = "Search by name or code" if lang == "en" else "Cari nama atau kode"
        at = next(n for n, row in enumerate(rows) if title in row)
        assert "▔▔▔" in rows[at + 1], rows[at : at + 3]


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_help_in_a_dialog_opens_at_its_part_and_esc_comes_back(make_app, lang: str) -> None:
    """``?`` in a dialog did nothing (a modal screen does not run the app's keys). Now ``?``
    (where no field takes it) and F1 open the help over the dialog, at its part on dialogs; Esc
    comes back to the dialog, what was typed kept; ``?`` typed in a field stays text."""
    from lkj_tui.tui.components.changelog import ChangeLogScreen
    from lkj_tui.tui.components.dialogs import ValueDialog
    from lkj_tui.tui.screens import HelpScreen

    heading = "In a dialog" if lang == "en" else "Di dalam dialog"
    app = make_app(lang=lang)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        assert isinstance(app.screen, ChangeLogScreen)
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        rows = _screen(app)
        assert any(f"│  {heading}   " in row for row in rows[:4]), rows  # (its first row)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ChangeLogScreen)
        await pilot.press("escape")
        app.go_to(node_id_by_code(app, "IKU 1"))
        await settle(pilot)
        await pilot.press("e", "ctrl+u", "question_mark")
        await settle(pilot)
        dialog = app.screen
        assert isinstance(dialog, ValueDialog), dialog
        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is dialog
        assert dialog.query_one("Input").value == "?"  # type: ignore[attr-defined]


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_target_hint_keeps_a_sign_with_its_number_at_60x20(make_app, lang: str) -> None:
    """The target dialog's examples at 60×20 ended a line with "≥" and began the next with
    "3,51": a sign and its number are now kept together, as a figure and its "%"."""
    from lkj_tui.tui.components.dialogs import ValueDialog

    app = make_app(lang=lang)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)  # (the report read: the view is there)
        app.go_to(node_id_by_code(app, "IKU 1"))
        await settle(pilot)
        await pilot.press("t")
        await settle(pilot)
        assert isinstance(app.screen, ValueDialog)
        rows = [row.strip(" │▕▏") for row in _screen(app)]
    assert any("≥ 3,51" in row for row in rows), rows
    assert any("3 ± 1" in row for row in rows), rows
    assert not any(row.endswith(("≥", "±")) or row.startswith(("3,51", "± 1")) for row in rows)


@pytest.mark.parametrize(("beside", "offered"), [("IKU 10", "IKU 11"), ("S3", "S4")])
async def test_adding_a_node_offers_the_next_free_code_of_its_kind(
    make_app, tui_store: Store, beside: str, offered: str
) -> None:
    """Adding an IKU asked its name and kode, the kode empty: a reviewer had to look up the
    last one. Now the form offers the next free kode of the series the report numbers its kind
    in (IKU 1 … IKU 10: "IKU 11"; S1 … S3: "S4"); Enter on the name saves it with it."""
    from textual.widgets import Input

    from lkj_tui.tui.components.forms import FormDialog
    from tests.tui.test_authoring import opens

    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)  # (the report read: the view is there)
        app.go_to(node_id_by_code(app, beside))
        await settle(pilot)
        await pilot.press("A")  # (a sibling: its kind first in the choice)
        await settle(pilot)
        form = await opens(pilot, "enter", kind=FormDialog)
        assert form.query_one("#f-code", Input).value == offered
        await pilot.press(*"Indikator baru", "ctrl+s")
        await settle(pilot)
    added = [n for n in tui_store.load(report_id()).report.walk() if n.code == offered]
    assert [n.name for n in added] == ["Indikator baru"], added
