"""Authoring in the TUI (edit23): a change is named in the same words when it is saved, undone
and redone."""

from __future__ import annotations

import pytest

from lkj_tui.core import edits
from lkj_tui.core.sanitize import clean_words
from tests.tui.conftest import opened, settle
from tests.tui.test_authoring18 import (
    add_iku12_under_s1,
    move_first_child_to_iku2,
    target_dialog,
    toasted,
)

WORDS = {
    "id": ("Tersimpan: ", "Dibatalkan: ", "Diulang: "),
    "en": ("Saved: ", "Undone: ", "Redone: "),
}


async def said_three_ways(pilot, lang: str) -> tuple[str, str, str]:  # type: ignore[no-untyped-def]
    """The toast of the change just saved, of its undo and of its redo, without their first
    word (the three must name the change alike)."""
    saved, undone, redone = WORDS[lang]
    app = pilot.app
    await settle(pilot)
    first = toasted(app, saved).removeprefix(saved)
    await pilot.press("ctrl+z")
    await settle(pilot)
    second = toasted(app, undone).removeprefix(undone)
    await pilot.press("ctrl+y")
    await settle(pilot)
    third = toasted(app, redone).removeprefix(redone)
    return first, second, third


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_move_is_named_alike_saved_undone_and_redone(make_app, tui_store, lang) -> None:
    """A move toasted "Tersimpan: IKU 2 → S2" and its undo "Dibatalkan: IKU 2 · Induk: S1": two
    wordings of one change. Now both name the move, and the undo where the node went back."""
    async with opened(make_app, "IKU 1", lang=lang) as (app, pilot, iku1):
        name = clean_words(edits.label(app.view.report.children(iku1)[0]), 40)
        await move_first_child_to_iku2(pilot, iku1)
        saved, undone, redone = await said_three_ways(pilot, lang)
        moved = ("pindah {} ke bawah {}", "move {} under {}")[lang == "en"]
        moved = moved.format(name, "IKU 2 Indeks Reformasi Hukum")  # (its name too: edit37)
        assert saved == moved, app.toasts
        back = (" (kembali di bawah {})", " (back under {})")[lang == "en"]
        back = back.format("IKU 1 Nilai LPPD")
        assert undone == moved + back, app.toasts
        assert redone == moved, app.toasts


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_value_is_named_alike_saved_undone_and_redone(make_app, tui_store, lang) -> None:
    """A value's undo named only the value it went back to ("Dibatalkan: IKU 1 · Target: 3,22",
    as if 3,22 had been typed); now the change undone and what it went back to."""
    async with opened(make_app, "IKU 1", lang=lang) as (app, pilot, _):
        await target_dialog(pilot)
        await pilot.press("ctrl+u", *"3,40", "enter")
        saved, undone, redone = await said_three_ways(pilot, lang)
        saved, undone, redone = (x.replace("\xa0", " ") for x in (saved, undone, redone))
        # the value it replaced and the capaian after it (tui68)
        under = ("Tinggi ▼ di bawah target", "High ▼ under target")[lang == "en"]
        assert saved == redone == f"IKU 1 · Target: 3,22 → 3,40, capaian 83,82 % {under}"
        back = (" (kembali ke 3,22)", " (back to 3,22)")[lang == "en"]
        assert undone == f"IKU 1 · Target: 3,40{back}, capaian 88,51 % {under}", app.toasts


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_delete_is_named_alike_saved_undone_and_redone(make_app, tui_store, lang) -> None:
    """A delete toasted "Dihapus: IKU 1 (+5)", its undo "Dibatalkan: hapus IKU 1"."""
    async with opened(make_app, "IKU 1", lang=lang) as (app, pilot, iku1):
        beneath = len(edits.subtree(app.view.report, iku1)) - 1
        await pilot.press("d")
        await settle(pilot)
        await pilot.press("enter")  # the node itself, the first entry
        await settle(pilot)
        await pilot.press("y")
        saved, undone, redone = await said_three_ways(pilot, lang)
        gone = ("hapus IKU 1 (dan {} simpul di bawahnya)", "delete IKU 1 (and {} beneath it)")
        assert saved == undone == redone == gone[lang == "en"].format(beneath), app.toasts


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_an_add_is_named_alike_saved_undone_and_redone(make_app, tui_store, lang) -> None:
    """An added IKU toasted "Tersimpan: IKU 12 · Indeks Baru", its undo "Dibatalkan: tambah
    IKU 12", its redo "Diulang: tambah IKU 12"."""
    async with opened(make_app, "S1", lang=lang) as (app, pilot, _):
        await add_iku12_under_s1(pilot)
        saved, undone, redone = await said_three_ways(pilot, lang)
        added = ("tambah IKU 12 · Indeks Baru", "add IKU 12 · Indeks Baru")[lang == "en"]
        assert saved == undone == redone == added, app.toasts


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_move_pickers_rows_say_where_each_parent_is(make_app, tui_store, lang) -> None:
    """The move picker's rows ended with the parent's place after two spaces ("… akuntabel  T1"),
    a code with no word saying what it is; now "di bawah T1" / "under T1"."""
    from textual.widgets import OptionList

    from lkj_tui.tui.components.picker import PickerDialog

    async with opened(make_app, "IKU 1", lang=lang) as (app, pilot, _):
        await pilot.press("M")
        await settle(pilot)
        assert isinstance(app.screen, PickerDialog)
        rows = app.screen.query_one(OptionList)
        shown = [str(option.prompt) for option in rows.options]
        under = ("  di bawah T1", "  under T1")[lang == "en"]
        assert any(row.endswith(under) for row in shown), shown
        assert not any(row.endswith("  T1") for row in shown), shown


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_value_dialog_names_the_other_value_as_the_detail_pane(
    make_app, tui_store, lang
) -> None:
    """The English target dialog said "Realisasi: 2,85" where the detail pane says "Actual
    (Realisasi)"; the realisasi dialog's "Target: …" alike: both now take the pane's words."""
    from textual.widgets import Static

    from lkj_tui.core.i18n import tr

    async with opened(make_app, "IKU 1", lang=lang) as (app, pilot, _):
        dialog = await target_dialog(pilot)
        lines = [str(s.render()) for s in dialog.query(Static)]
        assert any(x.startswith(f"{tr('realisasi', lang)}: 2,85") for x in lines), lines
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("e")
        await settle(pilot)
        lines = [str(s.render()) for s in app.screen.query(Static)]
        assert any(x.startswith(f"{tr('target', lang)}: 3,22") for x in lines), lines


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_measure_form_at_80x18_says_what_is_below_and_tab_reaches_it(
    make_app, tui_store, lang
) -> None:
    """At 80×24 the measure form (``m``) showed 10 of its 15 fields: target akhir and anggaran
    needed scrolling, and nothing but a one-cell scroll bar said so. A line under the fields
    now says how many lie below (and above), and Tab brings the last field on screen. (Since
    edit25 the form uses the screen's rows: all 15 show at 80×24, so this is at 80×18.)"""
    from lkj_tui.tui.components.forms import FormDialog
    from tests.tui.test_authoring25 import hidden, said

    async with opened(make_app, "IKU 1", (80, 18), lang=lang) as (app, pilot, _):
        await pilot.press("m")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormDialog)
        assert hidden(form)[0] == 0 and hidden(form)[1] > 0 and said(form, lang)
        last = form.query_one("#f-realisasi_anggaran")
        for _ in range(len(form.fields) - 1):
            await pilot.press("tab")
        await settle(pilot)
        assert form.focused is last
        shown = form.query_one("#fields").region
        assert shown.contains_region(last.region) and app.screen.region.contains_region(
            last.region
        ), (last.region, shown)
        assert hidden(form)[0] > 0 and hidden(form)[1] == 0 and said(form, lang)
