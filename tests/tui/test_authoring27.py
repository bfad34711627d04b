"""Authoring in the TUI (edit27): the pickers use the width the screen has, and cut a place by
whole steps, keeping its "di bawah" and its parent (one function for every picker)."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from rich.cells import cell_len
from textual.widgets import OptionList

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core import edits
from lkj_tui.tui.components.picker import WIDEST, PickerDialog
from lkj_tui.tui.text import t
from tests.tui.conftest import opened, settle, text_of, until

SIZES = [(80, 24), (120, 40)]


async def move_picker(app, pilot) -> PickerDialog:
    """The move picker (``M``) opened on the report's first indikator kegiatan, laid out."""
    leaf = next(n for n in app.view.report.walk() if n.kind == "indikator_kegiatan")
    assert app.tree.reveal(leaf.id)
    await settle(pilot)
    await pilot.press("M")
    await settle(pilot)
    await pilot.pause()
    assert isinstance(app.screen, PickerDialog)
    await laid_out(pilot, app.screen)
    return app.screen


async def move_rows(make_app, store, report, lang: str, size=(80, 24)) -> dict[str, str]:
    """The move picker's rows (at 80×24) on ``report`` (put in ``store``), id → text, as it
    opens on the first indikator kegiatan; none wraps."""
    store.import_report(report)
    async with opened(make_app, None, size, lang=lang, report_id=report.meta.id) as (
        app,
        pilot,
        _,
    ):
        rows = (await move_picker(app, pilot)).query_one(OptionList)
        assert rows.virtual_size.height == rows.option_count, "a row wrapped"
        return {str(o.id): row_text(o) for o in rows.options}


async def laid_out(pilot, picker: PickerDialog) -> None:
    """Wait until the picker has its width and its rows are cut to it (two refreshes after it
    opens: under load a test read the rows of the first)."""
    await until(
        pilot,
        lambda: picker._sized and picker._width and picker._width == picker._row_width(),
        "the picker's rows cut to its width",
    )
    await pilot.pause()


def row_text(option) -> str:
    return str(option.prompt)


def places_cut(options, report, lead: str) -> int:
    """How many of the move picker's rows show their place cut; each keeps its ``lead`` ("di
    bawah "), then whole steps of its path, the last (the parent) whole or cut after a word."""
    cut = 0
    for option in options:
        steps = [edits.label(a) for a in reversed(report.ancestors(option.id))]
        text = row_text(option)
        assert f"  {lead}" in text, text  # "di bawah" / "under" kept on every row
        place = text.rpartition(f"  {lead}")[2]
        if not place.startswith("…› "):
            assert place.split(" › ") == steps, (place, steps)
            continue
        cut += 1
        shown = place.removeprefix("…› ").split(" › ")
        assert shown[:-1] == steps[len(steps) - len(shown) : -1], (place, steps)
        assert cut_from(shown[-1], steps[-1]), (place, steps)
    return cut


def cut_from(shown: str, whole: str) -> bool:
    """Whether ``shown`` is ``whole`` or cut from it by whole words, its left-out words marked
    "…" (after a word, "Program Perekonomian dan…", or the words it shares with another parent
    given way, "…Kebijakan Perekonomian", edit29)."""
    if shown == whole or "…" not in shown:
        return shown == whole
    at = 0
    for n, piece in enumerate(shown.split("…")):
        found = re.compile(rf"(?:^| ){re.escape(piece)}(?=$|[ ,;:])").search(whole, at)
        if piece and (found is None or (n == 0 and found.start() != 0)):
            return False
        at = found.end() if piece and found else at
    return True


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", SIZES)
async def test_the_move_picker_takes_the_width_the_screen_has(make_app, lang, size) -> None:
    """The move picker was 84 cells wide at 120 columns as at 80 (and at 160): a long name and
    its place were cut where the screen had room. It now grows to its widest row, up to 132
    cells and the screen's 95 %; every row that fits is shown whole."""
    async with opened(make_app, None, size, lang=lang) as (app, pilot, _):
        picker = await move_picker(app, pilot)
        box = picker.query_one(".dialog").outer_size.width
        assert box <= min(WIDEST, int(size[0] * 0.95)), box
        if size[0] >= 120:
            assert box > 84, box  # (the old width)
        rows = picker.query_one(OptionList)
        width = picker._row_width()
        assert rows.virtual_size.height == rows.option_count, "a row wrapped"
        lead = t("under_node", lang, node="").strip() + " "
        whole = named = 0
        for (_, label, where), option in zip(picker.rows, rows.options, strict=False):
            full, last = f"{label}  {where}", where.split(" › ")[-1]
            if cell_len(full) <= width:  # the row whole
                assert row_text(option) == full, (row_text(option), full)
                whole += 1
            if cell_len(f"{label}  {lead}…› {last}") <= width:  # the name and its parent
                assert row_text(option).startswith(f"{label}  {lead}"), row_text(option)
                assert row_text(option).endswith(last), row_text(option)
                named += 1
        assert whole, "no row shown whole"
        if size[0] >= 120:  # half the bundled report's names read whole at 120
            assert named >= len(rows.options) // 2, (named, len(rows.options))


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", SIZES)
async def test_a_cut_place_keeps_its_lead_and_its_parent(make_app, lang, size) -> None:
    """A place too long for its row was cut at its start, dropping "di bawah" ("…› S1 ›
    IKU 1"): the words that say it is a place. It now keeps them and its last step (the
    parent), and leaves out whole steps between ("di bawah …› S1 › IKU 1"); the name comes
    first, the steps give way before it."""
    lead = t("under_node", lang, node="").strip() + " "
    async with opened(make_app, None, size, lang=lang) as (app, pilot, _):
        report = app.view.report
        picker = await move_picker(app, pilot)
        rows = picker.query_one(OptionList)
        cut = places_cut(rows.options, report, lead)
        assert cut, [row_text(o) for o in rows.options]


async def test_the_report_picker_keeps_the_end_of_a_long_id(make_app, tui_store) -> None:
    """The report picker cut a report's id at 60 characters at its end, so a long id lost its
    year ("bengkulu-selatan-dinas-pekerjaan-umum-dan-penataan-ruang-20…"): the picker's one cut
    keeps its end by whole words ("…-dan-perlindungan-anak-2023"), on a line of its
    own under the name, whole where it fits."""
    long_id = "bengkulu-selatan-dinas-pemberdayaan-perempuan-dan-perlindungan-anak-2023"
    report = load_bundled_report()
    report.meta = replace(report.meta, id=long_id)
    tui_store.import_report(report)
    for size in [(60, 24), (80, 24), (120, 40)]:
        async with opened(make_app, None, size, report_id=BUNDLED_REPORT_ID) as (app, pilot, _):
            await pilot.press("r")
            await settle(pilot)
            await pilot.pause()
            picker = app.screen
            assert isinstance(picker, PickerDialog)
            await laid_out(pilot, picker)
            width = picker._row_width()
            option = next(o for o in picker.query_one(OptionList).options if o.id == long_id)
            shown = [line.strip() for line in row_text(option).splitlines()]
            said = next(line for line in shown if "-2023" in line)
            said = said.split("  ")[-1]  # (beside the name where both fit)
            assert said.endswith("-2023"), shown
            assert cell_len(said) <= width, shown
            if said != long_id:
                assert said.startswith("…-") and long_id.endswith(said[1:]), shown


async def test_hostile_names_in_a_picker_are_drawn_as_text(make_app, tui_store) -> None:
    """A name with markup, a bidi override and a megabyte of words: the move picker draws it as
    text, cleaned, on one line, its place kept."""
    report = load_bundled_report()
    programme = next(n for n in report.walk() if n.kind == "program")
    hostile = "[b]Program[/b] \u202eIni [@click=app.quit]x[/] " + "kata " * 200_000
    report.replace_node(programme.with_changes(name=hostile))
    tui_store.import_report(report, overwrite=True)
    async with opened(make_app, None, (120, 40)) as (app, pilot, _):
        picker = await move_picker(app, pilot)
        rows = picker.query_one(OptionList)
        assert rows.virtual_size.height == rows.option_count, "a row wrapped"
        texts = [row_text(o) for o in rows.options]
        assert not any("\u202e" in x for x in texts)
        mine = [x for x in texts if "[b]Program[/b]" in x]
        assert mine and all("[@click=app.quit]x[/]" in x for x in mine), texts
        assert all(cell_len(x) <= picker._row_width() for x in texts)
        # the rows under it: the long step between gives way, "di bawah" and the parent kept
        report = app.view.report
        under = [
            row_text(o)
            for o in rows.options
            if programme.id in {a.id for a in report.ancestors(o.id)}
        ]
        assert under and all("  di bawah …› " in x for x in under), under


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", SIZES)
async def test_the_measure_key_is_offered_only_on_a_measure(make_app, lang, size) -> None:
    """On a Kegiatan, a Program or a Tujuan (no measure of their own) the bar offered
    "m Ukuran" at 120 columns, and ``m`` then only said "Pilih indikator"; as ``e`` and ``t``
    (edit26), it is offered only where there is a measure to edit."""
    from lkj_tui.tui.components.keybar import KeyBar

    key = " m Ukuran " if lang == "id" else " m Measure "
    async with opened(make_app, "IKU 1", size, lang=lang) as (app, pilot, _):
        report = app.view.report
        for kind in ("kegiatan", "program", "tujuan"):
            node = next(n for n in report.walk() if n.kind == kind and n.measure is None)
            assert app.tree.reveal(node.id)
            await settle(pilot)
            bar = text_of(app.screen.query_one(KeyBar))
            assert key not in bar, (kind, bar)
            await pilot.press("m")  # pressed anyway: it says why, nothing opens
            await settle(pilot)
            assert not app.screen.is_modal


@pytest.mark.parametrize(
    ("lang", "typed", "changed", "said"),
    [
        ("id", "turun", True, "Polaritas: “turun” dibaca negatif (makin rendah makin baik)"),
        ("en", "turun", True, "Polarity: “turun” read as negative (lower is better)"),
        ("id", "naik", False, "Polaritas: “naik” dibaca positif (makin tinggi makin baik)"),
        ("en", "naik", False, "Polarity: “naik” read as positive (higher is better)"),
    ],
)
async def test_the_measure_form_says_how_it_read_a_word(make_app, lang, typed, changed, said):
    """The measure form takes the import's words ("naik", "turun", "jumlah"), and saved them as
    their polaritas or cara hitung saying nothing of it ("Tersimpan: IKU 1 · Polaritas:
    negatif"); "naik" on a positif IKU closed the form without a word. The toast now says how
    the word was read, saved or not."""
    from textual.widgets import Input

    from lkj_tui.tui.components.forms import FormDialog

    async with opened(make_app, "IKU 1", lang=lang) as (app, pilot, iku1):
        await pilot.press("m")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormDialog)
        form.query_one("#f-polaritas", Input).focus()
        await pilot.press("ctrl+u", *typed, "ctrl+s")
        await settle(pilot)
        assert not app.screen.is_modal
        toast = app.toasts[-1][0]
        assert said in toast, toast
        assert toast.startswith("Tersimpan" if lang == "id" else "Saved") == changed, toast
        stored = app.view.report.get(iku1).measure.polaritas
        assert stored == ("negatif" if changed else "positif")
        if changed:  # the undo names the value saved, as before
            await pilot.press("ctrl+z")
            await settle(pilot)
            assert "“" not in app.toasts[-1][0], app.toasts[-1][0]


async def test_the_measure_form_says_how_it_read_a_cara_hitung(make_app) -> None:
    """The same for the cara hitung: "jumlah" is kumulatif."""
    from textual.widgets import Input

    async with opened(make_app, "IKU 1") as (app, pilot, _):
        await pilot.press("m")
        await settle(pilot)
        app.screen.query_one("#f-cara_hitung", Input).focus()
        await pilot.press("ctrl+u", *"jumlah", "ctrl+s")
        await settle(pilot)
        assert "Cara hitung: “jumlah” dibaca kumulatif" in app.toasts[-1][0], app.toasts


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", SIZES)
async def test_the_move_pickers_rows_read_apart(make_app, lang, size) -> None:
    """At 80 columns four rows of the bundled report's move picker read "Sub Kegiatan ·…  …›
    Kegiatan administrasi tata…" and two "Kegiatan · Kegiatan…  …› Program Perekonomian dan…":
    the kind took the name's third, and a cut kept only the words the names begin with. A name
    now keeps a third of the row after its kind and kode, and the words that tell it apart
    (core.apart, as the tree): two rows read alike only where their names and places are
    alike."""
    from collections import Counter

    async with opened(make_app, None, size, lang=lang) as (app, pilot, _):
        picker = await move_picker(app, pilot)
        rows = picker.query_one(OptionList).options
        whole = {
            o.id: f"{label}  {where}"
            for (o, (_, label, where)) in zip(rows, picker.rows, strict=False)
        }
        alike = Counter(row_text(o) for o in rows)
        for option in rows:
            if alike[row_text(option)] > 1:
                same = {whole[o.id] for o in rows if row_text(o) == row_text(option)}
                assert len(same) == 1, (row_text(option), same)


@pytest.mark.parametrize(
    ("lang", "said"),
    [
        (
            "id",
            "Kode: IKU 1 sudah dipakai oleh IKU 1 Nilai LPPD; kode berikutnya yang bebas: IKU 11",
        ),
        ("en", "Code: IKU 1 is taken by IKU 1 Nilai LPPD; the next free one: IKU 11"),
    ],
)
async def test_a_new_or_renamed_indicator_cannot_take_a_kode_in_use(make_app, lang, said) -> None:
    """``A`` on IKU 1, an IKU named with the kode "IKU 1": a second IKU 1 was saved without a
    word. The form now stays open on its Kode with the node that has it and the next free kode;
    ``R`` alike."""
    from textual.widgets import Input

    from lkj_tui.tui.components.forms import FormDialog

    async with opened(make_app, "IKU 1", lang=lang) as (app, pilot, _):
        revision = app.view.revision
        await pilot.press("A")
        await settle(pilot)
        await pilot.press("enter")  # the first kind offered beside an IKU: IKU
        await settle(pilot)
        await pilot.press(*"Indeks Kepuasan", "enter", *"IKU 1", "enter")
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormDialog), form
        assert said in text_of(form.query_one("#error")), text_of(form.query_one("#error"))
        assert form.focused is form.query_one("#f-code", Input)
        assert app.view.revision == revision  # nothing saved
        await pilot.press("ctrl+u", *"IKU 11", "ctrl+s")
        await settle(pilot)
        assert not app.screen.is_modal
        assert [n.code for n in app.view.report.walk()].count("IKU 11") == 1
        # R on IKU 2: the same
        await pilot.press("escape")
        iku2 = next(n for n in app.view.report.walk() if n.code == "IKU 2")
        assert app.tree.reveal(iku2.id)
        await settle(pilot)
        await pilot.press("R")
        await settle(pilot)
        app.screen.query_one("#f-code", Input).focus()
        await pilot.press("ctrl+u", *"IKU 1", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, FormDialog)
        again = said.replace("IKU 11", "IKU 12")  # (IKU 11 is taken now)
        assert again in text_of(app.screen.query_one("#error"))
