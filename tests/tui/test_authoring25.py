"""Authoring in the TUI (edit25): the measure form uses the rows the screen has."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from lkj_tui.tui.components.forms import FormDialog
from tests.tui.conftest import opened, settle

MORE = {
    "id": ("↓ {} isian lagi di bawah", "↑ {} isian di atas"),
    "en": ("↓ {} more fields below", "↑ {} more fields above"),
}


def hidden(form: FormDialog) -> tuple[int, int]:
    """How many of the form's fields lie above and below the rows on screen, by where each
    field's row is drawn (not by the form's own count)."""
    shown = form.query_one("#fields").region
    rows = list(form.query_one("#fields").children)
    whole = [bool(r.region.height) and shown.contains_region(r.region) for r in rows]
    assert any(whole), "no field on screen"
    first = whole.index(True)
    last = len(whole) - 1 - whole[::-1].index(True)
    return first, len(rows) - 1 - last


def room(app) -> int:  # type: ignore[no-untyped-def]
    """The screen's rows above the dialog's key bar."""
    return app.screen.size.height - 1


async def measure_form(pilot) -> FormDialog:  # type: ignore[no-untyped-def]
    await pilot.press("m")
    await settle(pilot)
    await pilot.pause()
    form = pilot.app.screen
    assert isinstance(form, FormDialog)
    return form


def said(form: FormDialog, lang: str) -> str:
    """The line under the fields: what it says ("" while hidden), checked against the rows."""
    more = form.query_one("#fields-more", Static)
    above, below = hidden(form)
    if not (above or below):
        assert not more.display, str(more.render())
        return ""
    text = str(more.render())
    down, up = MORE[lang]
    assert (down.format(below) in text) == bool(below), (text, above, below)
    assert (up.format(above) in text) == bool(above), (text, above, below)
    return text


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_measure_form_shows_every_field_where_the_screen_has_the_rows(
    make_app, tui_store, lang, size
) -> None:
    """At 80×24 the measure form showed 10 of its 15 fields (its fields had 45 % of the
    screen's height) and said "↓ 5 isian lagi di bawah" while 5 rows of the screen stayed
    empty. Now the fields take the rows the screen has: all 15 on screen, and no line."""
    async with opened(make_app, "IKU 1", size, lang=lang) as (app, pilot, _):
        form = await measure_form(pilot)
        assert len(form.fields) == 15
        assert hidden(form) == (0, 0)
        assert said(form, lang) == ""
        assert form.query_one(".dialog").region.bottom <= room(app)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_form_too_tall_for_the_screen_fills_it_and_counts_what_is_hidden(
    make_app, tui_store, lang
) -> None:
    """Where the fields do not all fit (80×18; at 80×24 when a value's notes take rows under
    them), the dialog takes the screen's rows, the line counts the fields really hidden, and
    the dialog is never taller than the screen."""
    async with opened(make_app, "IKU 1", (80, 18), lang=lang) as (app, pilot, _):
        form = await measure_form(pilot)
        box = form.query_one(".dialog").region
        assert box.bottom == room(app), (box, room(app))  # no row of the screen left empty
        assert hidden(form)[1] and said(form, lang)
    async with opened(make_app, "IKU 1", (80, 24), lang=lang) as (app, pilot, _):
        form = await measure_form(pilot)
        for _ in range(9):  # to Realisasi 2021
            await pilot.press("down")
        await pilot.press(*"1.234x")  # two doubts: two more lines under the fields
        await settle(pilot)
        await pilot.pause()
        assert form.query_one("#warnings").display
        assert form.query_one(".dialog").region.bottom == room(app)
        assert sum(hidden(form)) and said(form, lang)
        assert form.focused is form.query_one("#f-realisasi_2021")
        assert form.query_one("#fields").region.contains_region(form.focused.region)


def rename(store, code: str, name: str) -> None:  # type: ignore[no-untyped-def]
    """``code``'s node renamed in the store, as another process would (before the app opens)."""
    from lkj_tui.bundled import BUNDLED_REPORT_ID
    from lkj_tui.core import edits

    report = store.load(BUNDLED_REPORT_ID).report
    node = next(n for n in report.walk() if n.code == code)
    store.apply(BUNDLED_REPORT_ID, edits.set_field(report, node.id, "name", name))


#: a long name, wide characters, markup and a control character: cut on one line, drawn as text
HOSTILE = "行政管理 [b]Kebijakan[/b] Meningkatnya di bidang\x1b[31m Administrasi " + "Umum " * 30


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_move_pickers_rows_are_one_line_each_with_the_parent_whole(
    make_app, tui_store, lang, size
) -> None:
    """At 120 columns the move picker wrapped a long name's row, "di bawah T1" alone on a
    second line. Each row is now one line: the name cut after a whole word with "…", the
    parent's place whole at its end."""
    from textual.widgets import OptionList

    from lkj_tui.tui.components.picker import PickerDialog

    rename(tui_store, "S3", HOSTILE)
    async with opened(make_app, "IKU 1", size, lang=lang) as (app, pilot, _):
        await pilot.press("M")
        await settle(pilot)
        await pilot.pause()
        picker = app.screen
        assert isinstance(picker, PickerDialog)
        rows = picker.query_one(OptionList)
        assert rows.option_count == 3
        assert rows.virtual_size.height == rows.option_count, "a row wrapped"
        under = ("di bawah T1", "under T1")[lang == "en"]
        lines = [str(option.prompt) for option in rows.options]
        assert all(line.endswith(f"  {under}") for line in lines[1:]), lines
        hostile = next(line for line in lines if "行" in line)
        assert "行政管理 [b]Kebijakan" in hostile and "\x1b" not in hostile and "…  " in hostile
        await pilot.press(*"s3")  # filtered: the rows cut alike
        await settle(pilot)
        assert rows.option_count == 1 and rows.virtual_size.height == 1


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_move_picker_names_a_node_without_a_kode_once(make_app, tui_store, lang) -> None:
    """A parent without a kode (a program) was named twice in its row ("Program · Program
    Perekonomian dan… · Program Perekonomian dan…": its label is its name), and the cut then
    kept less of it. Now "Program · Program Perekonomian dan…", once."""
    from textual.widgets import OptionList

    async with opened(make_app, "IKU 1", (160, 45), lang=lang) as (app, pilot, iku1):
        child = app.view.report.children(iku1)[0]
        assert app.tree.reveal(child.id)
        await pilot.pause()
        await pilot.press("M")
        await settle(pilot)
        rows = app.screen.query_one(OptionList)
        uncoded = {n.id: n.name for n in app.view.report.walk() if not n.code}
        named = [(str(o.prompt), uncoded[o.id]) for o in rows.options if o.id in uncoded]
        assert named, [str(o.prompt) for o in rows.options]
        for prompt, name in named:
            # (once; since edit27 without its kind where the name says it: "Program Perekonomian…")
            assert prompt.count(" · ") <= 1 and name.split()[1] in prompt, prompt


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_refused_field_reopens_the_form_on_it_named_by_its_label(
    make_app, tui_store, lang
) -> None:
    """A refused polaritas ("kadang") reopened the measure form on its first field, Satuan:
    the author typing the fix replaced the satuan with "negatif" and the form refused again.
    It said "polaritas harus …", by the key ``set`` takes. Now the form reopens on the field
    refused, and names it by its label ("Polaritas: harus …")."""
    from lkj_tui.bundled import BUNDLED_REPORT_ID
    from lkj_tui.storage.store import Store

    async with opened(make_app, "IKU 1", lang=lang) as (app, pilot, iku1):
        await measure_form(pilot)
        await pilot.press("down", *"kadang", "ctrl+s")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormDialog)
        assert form.focused is form.query_one("#f-polaritas"), form.focused
        error = str(form.query_one("#error").render())
        said = ("Polaritas: harus positif", "Polarity: must be positif")[lang == "en"]
        assert error.startswith(said) and "'kadang'" in error, error
        await pilot.press(*"negatif", "ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormDialog)
        node = Store(tui_store.root).load(BUNDLED_REPORT_ID).report.node(iku1)
        assert node.measure.polaritas == "negatif" and node.measure.satuan == "Nilai"


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_refused_code_or_name_reopens_its_form_on_that_field(
    make_app, tui_store, lang
) -> None:
    """``R`` with a pasted code of 3,000 characters reopened on the name; ``a`` with no name
    said "name: nama tidak boleh kosong", the key, not the form's label."""
    async with opened(make_app, "IKU 1", lang=lang) as (app, pilot, _):
        await pilot.press("R")
        await settle(pilot)
        app.screen.query_one("#f-code").value = "K" * 3000
        await pilot.press("ctrl+s")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormDialog) and form.focused is form.query_one("#f-code")
        error = str(form.query_one("#error").render())
        assert error.startswith(("Kode: terlalu panjang", "Code: too long")[lang == "en"]), error
        await pilot.press("escape", "y")
        await settle(pilot)
        await pilot.press("a", "enter")  # the first kind offered
        await settle(pilot)
        await pilot.press("down", *"X", "ctrl+s")  # a code, no name
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormDialog) and form.focused is form.query_one("#f-name")
        error = str(form.query_one("#error").render())
        assert error.startswith(("Nama: ", "Name: ")[lang == "en"]), error


@pytest.mark.parametrize(
    ("lang", "problem", "solution"),
    [("id", "Permasalahan 1: ", "Solusi 2: "), ("en", "Problem 1: ", "Solution 2: ")],
)
async def test_ds_list_names_one_item_as_the_toasts_do(
    make_app, tui_store, lang, problem, solution
) -> None:
    """``d``'s list (and its confirmation) named an item "Problems (Permasalahan) 1: …", the
    heading of all of them, while the toast of the same item said "Problem 1"."""
    from lkj_tui.tui.components.dialogs import ChoiceDialog, ConfirmDialog

    async with opened(make_app, "IKU 1", lang=lang) as (app, pilot, _):
        await pilot.press("d")
        await settle(pilot)
        choice = app.screen
        assert isinstance(choice, ChoiceDialog)
        shown = [label for _, label in choice.choices]
        assert any(x.startswith(problem) for x in shown), shown
        assert any(x.startswith(solution) for x in shown), shown
        await pilot.press("down", "enter")  # the first permasalahan
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        assert problem in app.screen.text, app.screen.text


async def test_a_long_name_typed_shows_its_start_once_the_field_is_left(
    make_app, tui_store
) -> None:
    """A long name typed in ``a``'s form showed its end, cut mid-word ("an Masyarakat
    terhadap…"), once Enter moved on to Kode; the form shows a one-line field's start."""
    from tests.tui.conftest import text_of

    name = "Indeks Kepuasan Masyarakat terhadap Layanan Administrasi Pemerintahan Daerah " * 2
    async with opened(make_app, "S1", (80, 24)) as (app, pilot, _):
        await pilot.press("a", "enter")  # the first kind offered
        await settle(pilot)
        await pilot.press(*name.strip(), "enter")
        await settle(pilot)
        await pilot.pause()
        form = app.screen
        assert isinstance(form, FormDialog) and form.focused is form.query_one("#f-code")
        shown = text_of(form.query_one("#f-name")).strip()
        # its start, "…" where it goes on (edit29)
        assert shown.endswith("…") and name.startswith(shown[:-1]), shown
