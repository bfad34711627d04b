"""edit43: the planner authoring in the TUI: the new report dialog's fields named and drawn apart
at 60×20, and Esc there asks before dropping what was typed; the move picker's places in one
form."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import DiscardDialog
from lkj_tui.tui.components.importdialogs import EmptyReportDialog
from tests.tui.conftest import empty_report_dialog, settle
from tests.tui.test_edit34 import _distance, _drawn
from tests.tui.test_edit41 import first_move_picker, inspektorat  # noqa: F401  (a fixture)
from tests.tui.test_typing import burst

FIELDS = ("instansi", "tahun", "report-id")


@pytest.mark.parametrize(
    ("lang", "theme", "labels"),
    [
        ("id", "textual-dark", ("Instansi", "Tahun", "Id")),
        ("en", "textual-dark", ("Instansi", "Year", "Id")),
        ("id", "textual-light", ("Instansi", "Tahun", "Id")),
    ],
)
async def test_the_new_report_fields_are_named_and_drawn_apart_at_60x20(
    make_app, lang: str, theme: str, labels: tuple[str, ...]
) -> None:
    """At 60×20 the dialog showed three borderless lines of one colour, named only by their
    placeholders, gone once typed ("Dinas X" over "2025"). Each field now has its label on its
    row, whatever it holds, drawn apart from the dialog and the focused one from the others; the
    hint naming the id Enter makes still fits."""
    app = make_app(lang=lang)
    app.theme = theme
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        dialog = await empty_report_dialog(pilot)
        burst(app, *"Dinas Pendidikan dan Kebudayaan Kabupaten", "enter", *"2025")
        await settle(pilot)
        fields = [dialog.query_one(f"#{key}", Input) for key in FIELDS]
        assert [f.value for f in fields] == [
            "Dinas Pendidikan dan Kebudayaan Kabupaten",
            "2025",
            "",
        ]
        lines = _drawn(app)
        for field, label in zip(fields, labels, strict=True):
            line = lines[field.region.y]
            assert line[: field.region.x].rstrip().endswith(label), (label, line)
        assert "2025" in lines[fields[1].region.y]
        box = dialog.query_one(".dialog")
        panel = dialog.get_style_at(box.region.x + 2, box.region.y + 1)

        def cell(field: Input) -> object:
            return dialog.get_style_at(field.region.right - 2, field.region.y)

        assert fields[1].has_focus
        for field in fields:
            assert _distance(cell(field), panel) > 25, (field.id, cell(field), panel)
        assert _distance(cell(fields[1]), cell(fields[0])) > 25
        assert _distance(cell(fields[1]), cell(fields[2])) > 25
        label = dialog.query(".form-label")[1]
        assert dialog.get_style_at(label.region.x, label.region.y).bold  # the focused row's
        hint = " ".join(str(dialog.query_one(".dialog-hint").render()).split())
        assert "dinas-pendidikan-dan-kebudayaan-kabupaten-2025" in hint
        assert box.virtual_size.height <= box.scrollable_content_region.height  # nothing cut


async def test_the_year_field_of_a_file_without_one_is_named_too(make_app, tmp_path) -> None:
    """A CSV file names no instansi and year: the dialog asking for them shows two named rows
    (no Id)."""
    from tests.tui.test_import_tui import _import

    csv = tmp_path / "x.csv"
    csv.write_text("level;uraian;target\nsasaran;S;\niku;I;12\n", encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await _import(pilot, csv)
        dialog = app.screen
        assert isinstance(dialog, EmptyReportDialog)
        rows = [row for row in dialog.query(".form-row") if row.display]
        assert [str(row.query_one(".form-label").render()) for row in rows] == ["Instansi", "Tahun"]
        lines = _drawn(app)
        assert [lines[row.region.y][row.region.x :].split()[0] for row in rows] == [
            "Instansi",
            "Tahun",
        ]


async def test_esc_asks_before_dropping_the_typed_new_report(make_app, tui_store: Store) -> None:
    """Esc closed the dialog with what was typed in it; it asks first, as the forms do, and
    "keep editing" gives it back whole. With nothing typed, Esc closes it at once."""
    before = tui_store.list_reports()
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        dialog = await empty_report_dialog(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert not isinstance(app.screen, (EmptyReportDialog, DiscardDialog))
        dialog = await empty_report_dialog(pilot)
        burst(app, *"Dinas Baru")
        await settle(pilot)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, DiscardDialog)
        await pilot.press("n")
        await settle(pilot)
        assert app.screen is dialog and dialog.query_one("#instansi", Input).value == "Dinas Baru"
        await pilot.press("escape", "y")
        await settle(pilot)
        assert not isinstance(app.screen, (EmptyReportDialog, DiscardDialog))
    assert tui_store.list_reports() == before


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_every_move_place_that_leaves_steps_out_says_so(
    make_app,
    inspektorat: str,  # noqa: F811
    lang: str,
) -> None:
    """``M`` on a kabupaten report's first indikator kegiatan at 80×24: a place cut showed its
    steps left out as "di bawah …› Pemeliharaan…" on most rows and as "di bawah Pemeliharaan…"
    on others (950 of 35,662 rows over the 200 kabupaten reports), as if that parent stood at
    the top. Every place is now whole or begins with its lead and "…› ", its parent last; no
    name is cut within a word and no two rows read alike."""
    from textual.widgets import OptionList

    from lkj_tui.tui.components.picker import STEP, PickerDialog, _at_word

    app = make_app(report_id=inspektorat, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await first_move_picker(pilot)
        assert isinstance(dialog, PickerDialog)
        options = dialog.query_one(OptionList)
        rows = {row_id: (label, where) for row_id, label, where in dialog.rows}
        shown = [options.get_option_at_index(k) for k in range(options.option_count)]
        texts = [str(option.prompt) for option in shown]
        assert len(set(texts)) == len(texts) > 100
        marked = 0
        for option, text in zip(shown, texts, strict=True):
            label, where = rows[option.id]
            name, place = text.split("  ", 1)
            assert _at_word(name, label), text
            if place != where:  # cut: its lead, "…› " for the steps left out, then the rest
                assert place.startswith(dialog.lead + "…" + STEP.lstrip()), text
                marked += 1
        assert marked > 100


async def test_the_new_reports_id_in_its_toast_breaks_after_a_dash_at_60x20(make_app) -> None:
    """The report made, its toast at 60×20 folded the id where the toast's line ended:
    "bengkulu-selatan-setda-202" over "4", a year that read as 202. It breaks after a "-",
    marked "↩", every line within the toast."""
    from lkj_tui.tui.text import toast_room

    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await empty_report_dialog(pilot)
        burst(app, *"Sekretariat Daerah Kabupaten Bengkulu Selatan", "enter", *"2025", "enter")
        await settle(pilot)
        await settle(pilot)
        made = "sekretariat-daerah-kabupaten-bengkulu-selatan-2025"
        assert app.view is not None and app.view.report_id == made
        said = next(m for m, _, _ in app.toasts if "selatan" in m)
        lines = said.split("\n")
        assert all(len(line) <= toast_room(60) for line in lines), lines
        assert lines[0].startswith("Dibuat: sekretariat-"), lines  # (edit46: not alone)
        assert "".join(line.removesuffix("↩") for line in lines) == "Dibuat: " + made, lines
        assert all(line.endswith("-↩") for line in lines[:-1]), lines
        assert lines[-1].endswith("-2025"), lines
