"""edit42: typing fast into a form. Keys typed in one burst (a fast typist, a paste, tmux's
send-keys) go into the field they were typed for: Enter and Tab move on before the keys behind
them, in the new report dialog as in the forms (``m``, ``E``, ``a``).

The keys are sent with ``burst`` (all of them before the app handles the first): ``Pilot.press``
of several keys waits for the app between keys, so it never shows the fault."""

from __future__ import annotations

import pytest
from textual.widgets import Input, TextArea

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.forms import CONTINUED, FormDialog
from lkj_tui.tui.components.importdialogs import EmptyReportDialog
from tests.tui.conftest import SIZE, empty_report_dialog, go, settle, text_of
from tests.tui.test_typing import burst


def _reports(store: Store) -> dict[str, tuple[str, int]]:
    fresh = Store(store.root)
    reports = {s.id: fresh.load(s.id).report.meta for s in fresh.list_reports()}
    return {rid: (meta.instansi, meta.tahun) for rid, meta in reports.items()}


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_instansi_enter_year_enter_in_one_burst_makes_the_report(
    make_app, tui_store: Store, lang: str
) -> None:
    """`=!!` Enter `2025` Enter sent at once put "=!!2025" in Instansi: Enter's move to the
    year was handled after the keys behind it had gone into the instansi."""
    app = make_app(report_id=BUNDLED_REPORT_ID, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await empty_report_dialog(pilot)
        burst(app, *"Dinas Kominfo", "enter", *"2025", "enter")
        await settle(pilot)
        await settle(pilot)
        assert not isinstance(app.screen, EmptyReportDialog)
        assert app.view is not None and app.view.report.meta.instansi == "Dinas Kominfo"
        assert app.view.report.meta.tahun == 2025
    made = {k: v for k, v in _reports(tui_store).items() if k != BUNDLED_REPORT_ID}
    assert made == {"dinas-kominfo-2025": ("Dinas Kominfo", 2025)}


async def test_tab_and_enter_in_one_burst_fill_each_field_of_the_new_report(
    make_app, tui_store: Store
) -> None:
    """Tab between the fields (the app's binding ran after the keys behind it) and Enter from
    the instansi, the year and a typed id, all in one burst."""
    app = make_app(report_id=BUNDLED_REPORT_ID)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        dialog = await empty_report_dialog(pilot)
        burst(app, *"=!!", "tab", *"2026", "tab", *"dinas-x")
        await settle(pilot)
        fields = {f: dialog.query_one(f"#{f}", Input).value for f in ("instansi", "tahun")}
        assert fields == {"instansi": "=!!", "tahun": "2026"}
        assert dialog.query_one("#report-id", Input).value == "dinas-x"
        assert dialog.focused is dialog.query_one("#report-id")
        burst(app, "shift+tab", "shift+tab", "ctrl+u", *"Dinas Y", "enter", "enter", "enter")
        await settle(pilot)
        await settle(pilot)
        assert not isinstance(app.screen, EmptyReportDialog)
    made = {k: v for k, v in _reports(tui_store).items() if k != BUNDLED_REPORT_ID}
    assert made == {"dinas-x": ("Dinas Y", 2026)}


async def test_an_empty_field_in_a_burst_stops_there_and_keeps_the_keys_behind_it(
    make_app, tui_store: Store
) -> None:
    """Enter on the empty year says what is wrong and keeps the focus there: the digits typed
    behind it in the burst go into the year, not into the instansi, and nothing is made."""
    app = make_app(report_id=BUNDLED_REPORT_ID)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        dialog = await empty_report_dialog(pilot)
        burst(app, *"Dinas Z", "enter", "enter", *"20")
        await settle(pilot)
        assert app.screen is dialog
        assert dialog.query_one("#instansi", Input).value == "Dinas Z"
        assert dialog.query_one("#tahun", Input).value == "20"
        assert dialog.focused is dialog.query_one("#tahun")
        assert dialog.query_one("#error").display  # the year is wrong, and said
    assert set(_reports(tui_store)) == {BUNDLED_REPORT_ID}


async def _form(pilot, key: str, code: str | None = None) -> FormDialog:
    """The form ``key`` opens (on the node with ``code``), the report loaded first."""
    await settle(pilot)
    if code is not None:
        await go(pilot, code)
    await pilot.press(key)
    await settle(pilot)
    form = pilot.app.screen
    assert isinstance(form, FormDialog)
    return form


async def test_the_measure_form_takes_enter_between_fields_in_one_burst(
    make_app, tui_store: Store
) -> None:
    """`m` on IKU 1: satuan Enter polaritas Enter cara hitung, typed at once, each in its field."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        form = await _form(pilot, "m", "IKU 1")
        burst(app, *"Indeks", "enter", *"negatif", "enter", "ctrl+u", *"terbalik", "enter")
        await settle(pilot)
        assert app.screen is form
        values = form.values()
        assert (values["satuan"], values["polaritas"], values["cara_hitung"]) == (
            "Indeks",
            "negatif",
            "terbalik",
        )
        assert form.focused is form.query_one(f"#f-{form.fields[3].key}")


async def test_the_report_form_takes_enter_between_fields_in_one_burst(
    make_app, tui_store: Store
) -> None:
    """`E`: instansi Enter tahun Enter periode Enter, then a misi, typed at once and saved."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        form = await _form(pilot, "E")
        burst(app, *"Dinas Baru", "enter", *"2024", "enter", *"2021-2026", "enter", *"Misi A")
        await settle(pilot)
        values = form.values()
        assert (values["instansi"], values["tahun"], values["periode"]) == (
            "Dinas Baru",
            "2024",
            "2021-2026",
        )
        misi = form.query_one("#f-misi", TextArea)
        assert form.focused is misi and misi.text.startswith("Misi A")
        burst(app, "ctrl+s")
        await settle(pilot)
        assert not isinstance(app.screen, FormDialog)
    meta = Store(tui_store.root).load(BUNDLED_REPORT_ID).report.meta
    assert (meta.instansi, meta.tahun, meta.periode) == ("Dinas Baru", 2024, (2021, 2026))
    assert meta.misi[0].startswith("Misi A")


def _hint(dialog: EmptyReportDialog) -> str:
    """The hint's words, an id broken over lines (edit45) whole again."""
    shown = str(dialog.query_one(".dialog-hint").render()).replace(CONTINUED + "\n", "")
    return " ".join(shown.split())


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_dialog_names_the_id_it_will_make_before_it_makes_it(
    make_app, tui_store: Store, lang: str
) -> None:
    """Enter on the year makes the report at once when the Id field is empty: the id it will
    use is named under the fields as soon as the instansi and year are filled, and whole at
    60×20 (the fields give up their borders for its lines); a typed id takes its place."""
    en = lang == "en"
    app = make_app(report_id=BUNDLED_REPORT_ID, lang=lang)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        dialog = await empty_report_dialog(pilot)
        general = _hint(dialog)
        name = "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia [b]Kabupaten[/b]"
        burst(app, *name, "tab", *"202")
        await settle(pilot)
        assert _hint(dialog) == general  # no year yet: no id
        # the instansi left shows its start, "…" where it goes on (it showed its end,
        # "gan Sumber Daya Manusia [b]Kabupaten[/b]")
        shown = text_of(dialog.query_one("#instansi")).strip()
        assert shown.endswith("…") and name.startswith(shown[:-1]), shown
        burst(app, "5")
        await settle(pilot)
        made = "badan-kepegawaian-dan-pengembangan-sumber-daya-manusia-kabupaten-2025"
        assert _hint(dialog) == (
            f"Id: {made} (made from the instansi and year). Enter: create"
            if en
            else f"Id: {made} (dibuat dari instansi dan tahun). Enter: buat"
        )
        box = dialog.query_one(".dialog")
        assert box.virtual_size.height <= box.scrollable_content_region.height  # not cut
        burst(app, "tab", *"dinas-x")
        await settle(pilot)
        assert _hint(dialog) == general
        burst(app, "ctrl+u", "enter")
        await settle(pilot)
        await settle(pilot)
        assert app.view is not None and app.view.report_id == made
