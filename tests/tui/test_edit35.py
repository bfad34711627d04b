"""edit35: the planner authoring next year's report in the TUI — an empty sasaran is told one
thing, what to add next; the move picker cuts a name that says its kind after its kind words;
a form's text areas move on Tab in a burst of keys, and every field shows in the light theme."""

from __future__ import annotations

import json

import pytest
from textual.widgets import Input, OptionList, TextArea

from tests.conftest import run_cli
from tests.tui.conftest import go, opened, settle, text_of, until
from tests.tui.test_authoring27 import move_picker, row_text
from tests.tui.test_edit34 import _distance
from tests.tui.test_typing import burst

EMPTY = {
    "id": ("Sasaran ini masih kosong: tambahkan IKU yang mengukurnya.", "tidak disajikan"),
    "en": ("This sasaran is still empty: add the IKU that measures it.", "not given"),
}


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_sasaran_just_added_is_told_what_to_add_next_and_nothing_else(
    make_app, tui_store, lang
) -> None:
    """`a` on T1, Sasaran: the pane showed "Sasaran tanpa IKU" and, beside it, "Anggaran atau
    realisasinya tidak disajikan" (the bundled report gives a budget per sasaran), and a planner
    read both as mistakes of their own. Now one finding says what to add next, in the pane and
    in ``check``, which says it with the same words."""
    said, budget = EMPTY[lang]
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await go(pilot, "T1")
        await pilot.press("a")
        await settle(pilot)
        await pilot.press("enter")  # the first kind under a tujuan: Sasaran
        await settle(pilot)
        assert app.screen.query_one("#f-name", Input).has_focus
        await pilot.press(*"Kapasitas ASN", "down", *"S9", "enter")
        await settle(pilot)
        # (the reviu's findings come from a worker)
        await until(pilot, lambda: said in " ".join(text_of(app.detail).split()), said)
        pane = " ".join(text_of(app.detail).split())
        assert budget not in pane, pane
    checked = run_cli("check", "--json", "--lang", lang, store=tui_store.root)
    found = [f for f in json.loads(checked.stdout)["findings"] if f["code"] == "S9"]
    assert [f["message"] for f in found] == [said], found


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_move_target_that_says_its_kind_keeps_its_kind_words(make_app, lang) -> None:
    """`M` on the bundled report's first indikator kegiatan at 80×24: the sub kegiatan named
    "Sub Kegiatan Pengendalian dan distribusi perekonomian", "Sub kegiatan Koordinasi, …
    pertambangan dan LH" read "Sub…Pengendalian dan…" and "…pertambangan dan LH": the kind
    words every such name begins with gave way as words another name shares (15 of 41 rows, in
    English 18). They are the row's kind, as "Sub Kegiatan · " is of a row that does not say
    it: the name is cut after them, and no two rows read alike."""
    async with opened(make_app, None, (80, 24), lang=lang) as (app, pilot, _):
        picker = await move_picker(app, pilot)
        shown = {str(o.id): row_text(o) for o in picker.query_one(OptionList).options}
    kinds = ("Sub Kegiatan ", "Kegiatan ", "Program ")
    said = 0
    for row_id, label, _ in picker.rows:
        kind = next((k for k in kinds if label.casefold().startswith(k.casefold())), None)
        if " · " in label or kind is None:
            continue
        said += 1
        assert shown[row_id].startswith(label[: len(kind)]), (label, shown[row_id])
    assert said >= 30, said  # (the bundled report's names that say their kind)
    assert any(x.startswith("Sub kegiatan …pertambangan dan LH") for x in shown.values()), shown
    assert len(set(shown.values())) == len(shown)


@pytest.mark.parametrize(
    ("size", "lang", "theme"),
    [((80, 24), "id", "textual-light"), ((120, 40), "en", "textual-dark")],
)
async def test_the_report_forms_lists_take_tab_in_a_burst_and_every_field_shows(
    make_app, size, lang, theme
) -> None:
    """`E`, the report form: its lists (misi, isu strategis, perbaikan kinerja) are text areas,
    which left Tab to the app's binding: Tab "ABC" typed fast (tmux, a paste) put "ABC" before
    the first misi, the focus still there. And in the light theme the fields were hard to see
    on the dialog (#d0d0d0): the one-line fields #e0e0e0, the lists #d8d8d8; in the dark theme
    the lists were 20 apart from it. Now Tab moves at once from a list as from a one-line
    field, and every field stands apart from the dialog (the one-line fields of the dark
    theme, the least apart before, are 51)."""
    app = make_app(lang=lang)
    app.theme = theme
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("E")
        await settle(pilot)
        form = app.screen
        misi, isu = form.query_one("#f-misi", TextArea), form.query_one("#f-isu_strategis")
        tahun, instansi = form.query_one("#f-tahun", Input), form.query_one("#f-instansi", Input)
        box = form.query_one(".dialog").region
        panel = form.get_style_at(box.x + 2, box.y + 1)
        for field in (tahun, misi, isu):  # (a list's second line: the first is its cursor's)
            inside = form.get_style_at(
                field.region.x + 3, field.region.y + 2 * (field is not tahun)
            )
            assert _distance(inside, panel) > 45, (field.id, inside, panel)
        misi.focus()
        await settle(pilot)
        first, last = misi.text, form.query_one("#f-perbaikan_kinerja", TextArea)
        burst(app, "tab", *"ABC")
        await settle(pilot)
        assert isu.has_focus and misi.text == first, misi.text
        assert isu.text.startswith("ABC"), isu.text
        last.focus()
        await settle(pilot)
        burst(app, "tab", *"X", "shift+tab", "shift+tab", *"Y")
        await settle(pilot)
        assert instansi.value.startswith("X"), instansi.value  # from the last, round to the first
        assert isu.text.startswith("ABCY") and "Y" not in last.text[:1], isu.text  # (its cursor)
