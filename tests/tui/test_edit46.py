"""edit46: the planner authoring in the TUI: the move picker's rows at 60 columns show their
place on a line of their own; only a question whose yes drops something has a red yes; a
narrow form's lists have their labels above them; the new report's toast keeps "Dibuat:" with
its id."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import Button, OptionList, TextArea

from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import ConfirmDialog, DiscardDialog
from lkj_tui.tui.components.forms import FormDialog
from lkj_tui.tui.components.picker import STEP, TWO_LINES, PickerDialog, _at_word
from tests.tui.conftest import new_report_choices, opened, settle, until
from tests.tui.test_edit34 import _drawn
from tests.tui.test_edit41 import first_move_picker, inspektorat  # noqa: F401  (a fixture)
from tests.tui.test_import_tui import _import, _mine


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_move_picker_shows_the_place_under_the_name_at_60_columns(
    make_app,
    inspektorat: str,  # noqa: F811
    lang: str,
) -> None:
    """``M`` on a kabupaten report's first indikator kegiatan at 60×20: a row had 43 cells for
    its kind, name and place, and most rows read alike ("Sub Kegiatan ·…  di bawah …›
    Peningkatan…": 30,522 of the 200 kabupaten reports' 35,662 rows). A row with a place now
    shows it on a second line, indented, under its name cut after a whole word: no two rows
    read alike, no line is wider than the row, and the list scrolls by whole rows of two
    lines."""
    app = make_app(report_id=inspektorat, lang=lang)
    async with app.run_test(size=(60, 20)) as pilot:
        dialog = await first_move_picker(pilot)
        assert isinstance(dialog, PickerDialog)
        assert 0 < dialog._width < TWO_LINES
        options = dialog.query_one(OptionList)
        rows = {row_id: (label, where) for row_id, label, where in dialog.rows}
        shown = [options.get_option_at_index(k) for k in range(options.option_count)]
        texts = [str(option.prompt) for option in shown]
        assert len(texts) == 191 and len(set(texts)) == len(texts)  # none reads as another
        placed = 0
        for option, text in zip(shown, texts, strict=True):
            label, where = rows[option.id]
            lines = text.split("\n")
            assert all(cell_len(line) <= dialog._width for line in lines), text
            assert _at_word(lines[0], label), text
            if not where:
                assert len(lines) == 1, text
                continue
            assert len(lines) == 2 and lines[1].startswith("  " + dialog.lead), text
            place = lines[1].strip()
            assert place == where or place.startswith(dialog.lead + "…" + STEP.lstrip()), text
            placed += 1
        assert placed > 100
        assert options.virtual_size.height == len(texts) + placed  # (no line wrapped)


@pytest.mark.parametrize("size", [(80, 24), (60, 20)])
async def test_the_move_picker_opens_on_one_line_a_row_at_80_and_two_at_60(
    make_app,
    inspektorat: str,  # noqa: F811
    size: tuple[int, int],
) -> None:
    """Where the name and its place fit side by side (80 columns: 62 cells), a row stays on
    one line; the picker follows the screen's width when it is resized."""
    app = make_app(report_id=inspektorat)
    async with app.run_test(size=size) as pilot:
        dialog = await first_move_picker(pilot)
        assert isinstance(dialog, PickerDialog)
        options = dialog.query_one(OptionList)

        def two_line_rows() -> int:
            count = options.option_count
            return sum("\n" in str(options.get_option_at_index(k).prompt) for k in range(count))

        assert (two_line_rows() > 100) == (size[0] == 60)
        await pilot.resize_terminal(140 - size[0], size[1])
        await until(
            pilot,
            lambda: dialog._width == dialog._row_width() and dialog._width != 0,
            "the rows cut to the new width",
        )
        await pilot.pause()
        assert (two_line_rows() > 100) == (size[0] == 80)


async def _yes_variant(pilot, *keys: str) -> str:
    """Press ``keys``; the yes button's variant of the ConfirmDialog they opened."""
    await pilot.press(*keys)
    await settle(pilot)
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ConfirmDialog), f"{keys} opened {screen!r}"
    return str(screen.query_one("#yes", Button).variant)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_only_an_answer_that_drops_something_is_red(
    make_app, tui_store: Store, tmp_path: Path, lang: str
) -> None:
    """Every question drew its yes button red ("error"), next year's report's "Buat" too, as if
    making it destroyed something. Delete (a node, an item), discard what was typed and
    overwrite a report stay red; making next year's report has the primary colour."""
    path = _mine(tui_store, tmp_path)
    async with opened(make_app, "IKU 1", lang=lang) as (app, pilot, _):
        assert await _yes_variant(pilot, "d", "enter") == "error"  # the node
        await pilot.press("n")
        assert await _yes_variant(pilot, "d", "down", "enter") == "error"  # a permasalahan
        await pilot.press("n")
        await settle(pilot)
        assert await _yes_variant(pilot, "s", "enter", *"Teks", "escape") == "error"  # discard
        assert isinstance(app.screen, DiscardDialog)
        await pilot.press("y")
        await settle(pilot)
        await _import(pilot, path)
        await _import(pilot, path)  # the same file again: overwrite?
        assert isinstance(app.screen, ConfirmDialog)
        assert str(app.screen.query_one("#yes", Button).variant) == "error"
        await pilot.press("n")
        await settle(pilot)
        choices = await new_report_choices(pilot)
        choices.highlighted = 0  # next year's report from this one
        assert await _yes_variant(pilot, "enter") == "primary"


@pytest.mark.parametrize(("size", "stacked"), [((60, 20), True), ((80, 24), False)])
async def test_the_report_forms_lists_take_the_row_at_60_columns(
    make_app, size: tuple[int, int], stacked: bool
) -> None:
    """``E`` at 60×20 left the misi and isu strategis fields 21 cells beside their 26-cell
    labels: three words a line. Where the form is narrow a list's label is above it and the
    field takes the row; at 80 columns it stays beside it. The one-line fields keep theirs
    beside them."""
    async with opened(make_app, None, size) as (app, pilot, _):
        form = await _opens(pilot, "E", FormDialog)
        box = form.query_one(".dialog")
        for key in ("misi", "isu_strategis", "tahun"):
            field = form.query_one(f"#f-{key}")
            label = field.parent.query_one(".form-label")  # type: ignore[union-attr]
            above = stacked and key != "tahun"
            if above:
                assert label.region.bottom <= field.region.y, key
                assert field.region.x == label.region.x, key
                assert field.size.width >= box.content_region.width - 6, key  # (its scroll bar)
            else:
                assert label.region.y == field.region.y and label.region.right <= field.region.x
        column = form.query_one("#f-tahun").region.x - box.content_region.x
        assert column == (len("Periode Renstra") + 2 if stacked else 26)  # (its widest label)
        misi = form.query_one("#f-misi", TextArea)
        shown = _drawn(app)[misi.content_region.y]  # its first line, as the screen shows it
        words = misi.text.split()
        assert " ".join(words[: 6 if stacked else 4]) in shown, shown


@pytest.mark.parametrize(("size", "least"), [((60, 20), 44), ((80, 24), 40)])
async def test_the_name_field_takes_the_row_a_short_label_leaves(
    make_app, size: tuple[int, int], least: int
) -> None:
    """``R`` at 60×20: the name had 25 cells beside "Nama" in a 26-cell column. In a narrow
    form the labels' column is as wide as its widest label and two cells."""
    async with opened(make_app, "IKU 1", size) as (_app, pilot, _):
        form = await _opens(pilot, "R", FormDialog)
        name = form.query_one("#f-name")
        assert name.size.width >= least, name.size
        label = name.parent.query_one(".form-label")  # type: ignore[union-attr]
        assert label.region.y == name.region.y and label.region.right <= name.region.x


async def _opens(pilot, key: str, kind: type):
    await pilot.press(key)
    await settle(pilot)
    await pilot.pause()
    assert isinstance(pilot.app.screen, kind)
    return pilot.app.screen


@pytest.mark.parametrize(
    ("size", "lang", "instansi"),
    [
        ((60, 20), "id", "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Bengkulu Selatan"),
        ((60, 20), "en", "Dinas Pekerjaan Umum dan Penataan Ruang Kabupaten Bengkulu Selatan"),
        ((80, 24), "id", "Dinas Sosial Kota Bengkulu"),  # (the id fits a line whole)
        ((100, 30), "id", "Badan Pendapatan Daerah Kabupaten Bengkulu Selatan"),
    ],
)
async def test_the_new_reports_toast_keeps_its_word_with_the_id(
    make_app, size: tuple[int, int], lang: str, instansi: str
) -> None:
    """The report made, its toast read "Dibuat:" alone on its line over the id (every one of
    the kabupaten store's 200 ids at 60 and 80 columns, 160 at 100; an id that fitted a line
    whole too), the id folded inside a word at 60 columns ("…-pengemban↩" / "gan-…", 75 of
    200) and its year alone on the last line (20 at 60 columns, 50 at 80). The word now begins
    the id's first line, the id broken after a "-" (marked ↩), its year with the piece before
    it, every line within the toast."""
    from lkj_tui.core.rollover import default_report_id
    from lkj_tui.tui.text import toast_room
    from tests.tui.conftest import empty_report_dialog
    from tests.tui.test_typing import burst

    word = "Dibuat: " if lang == "id" else "Created: "
    made = default_report_id(instansi, 2025)
    app = make_app(lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await empty_report_dialog(pilot)
        burst(app, *instansi, "enter", *"2025", "enter")
        await settle(pilot)
        await settle(pilot)
        assert app.view is not None and app.view.report_id == made
        said = next(m for m, _, _ in app.toasts if made[-12:] in m.replace("↩\n", ""))
        lines = said.split("\n")
        assert len(lines) > 1 and lines[0].startswith(word + made[:4]), lines
        assert all(cell_len(line) <= toast_room(size[0]) for line in lines), lines
        assert "".join(line.removesuffix("↩") for line in lines) == word + made, lines
        assert all(line.endswith("-↩") for line in lines[:-1]), lines
        assert lines[-1] != "2025", lines
