"""Authoring next year's report in the TUI (edit18): a target typed before any realisasi says
how it is read and what its reading doubts; the messages of an edit name its node."""

from __future__ import annotations

from textual.widgets import Input

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.core import edits
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import ChoiceDialog, TextDialog, ValueDialog
from tests.tui.conftest import go, opened, settle


def without_realisasi(store: Store, code: str) -> None:
    """The report as next year's is before any realisasi: ``code``'s realisasi emptied."""
    report = store.load(BUNDLED_REPORT_ID).report
    node = next(n for n in report.walk() if n.code == code)
    change = edits.set_field(report, node.id, "realisasi", "")
    store.apply(BUNDLED_REPORT_ID, change, expected_revision=1)


async def target_dialog(pilot) -> ValueDialog:  # type: ignore[no-untyped-def]
    await pilot.press("t")
    await settle(pilot)
    assert isinstance(pilot.app.screen, ValueDialog)
    return pilot.app.screen


async def test_a_target_typed_before_any_realisasi_is_read_and_doubted(make_app, tui_store) -> None:
    """Next year's targets are set before any realisasi: the engine compares nothing, and the
    dialog said only "realisasi belum diisi" whatever was typed. "tiga koma" was saved as a text
    target without a word (the indicator then gets no capaian from a number), and "1.234" (1.234
    or 1,234?) went by unasked. Now the dialog says how the value is read, shows its reading's
    doubts, and asks a second Enter for them, as it does when a realisasi is there."""
    without_realisasi(tui_store, "IKU 1")
    async with opened(make_app, "IKU 1", (80, 24)) as (app, pilot, _):
        dialog = await target_dialog(pilot)
        assert "3 ± 1" in str(dialog.query_one(".dialog-hint").render())  # a target's forms
        await pilot.press("ctrl+u", *"1.234")
        await settle(pilot)
        assert "Dibaca sebagai angka" in str(dialog.query_one("#preview").render())
        assert "ambigu" in str(dialog.query_one("#warnings").render())
        await pilot.press("ctrl+u", *"tiga koma", "enter")
        await settle(pilot)
        assert app.screen is dialog, "a text target needs a second Enter"
        assert "Dibaca sebagai teks" in str(dialog.query_one("#preview").render())
        warned = str(dialog.query_one("#warnings").render())
        assert "bukan angka, persen, rentang" in warned and "sama persis" in warned
        assert "Enter lagi" in str(dialog.query_one("#error").render())
        await pilot.press("ctrl+u", *"3,40")  # read as it is: no doubt, saved at once
        await settle(pilot)
        assert "Dibaca sebagai angka" in str(dialog.query_one("#preview").render())
        assert not dialog.query_one("#warnings").display
        await pilot.press("enter")
        await settle(pilot)
        assert not isinstance(app.screen, ValueDialog)
        node = Store(tui_store.root).load(BUNDLED_REPORT_ID).report.node(app.selected().id)
        assert node.measure.target == "3,40"


async def test_a_lone_text_target_in_english(make_app, tui_store) -> None:
    without_realisasi(tui_store, "IKU 1")
    async with opened(make_app, "IKU 1", lang="en") as (_, pilot, _):
        dialog = await target_dialog(pilot)
        dialog.query_one(Input).value = "three"
        await settle(pilot)
        assert "Read as: text." in str(dialog.query_one("#preview").render())
        assert "written exactly the same" in str(dialog.query_one("#warnings").render())
        dialog.query_one(Input).value = "3,5"  # it said "Read as number." (edit22)
        await settle(pilot)
        assert "Read as: number." in str(dialog.query_one("#preview").render())


async def move_first_child_to_iku2(pilot, node_id: str) -> str:  # type: ignore[no-untyped-def]
    """``M`` on the first child of ``node_id``, moved under IKU 2 (picked by typing); its id."""
    child = pilot.app.view.report.children(node_id)[0]
    assert pilot.app.tree.reveal(child.id)
    await pilot.pause()
    await pilot.press("M")
    await settle(pilot)
    await pilot.press(*"IKU 2")
    await settle(pilot)
    await pilot.press("enter")
    await settle(pilot)
    return str(child.id)


async def add_iku12_under_s1(pilot) -> None:  # type: ignore[no-untyped-def]
    """``a`` on S1: an IKU, "IKU 12 · Indeks Baru"."""
    await go(pilot, "S1")
    await pilot.press("a")
    await settle(pilot)
    await pilot.press("enter")  # the first kind offered: IKU
    await settle(pilot)
    await pilot.press(*"Indeks Baru", "enter", *"IKU 12", "enter")
    await settle(pilot)


def toasted(app, start: str) -> str:  # type: ignore[no-untyped-def]
    return next((m for m, *_ in reversed(app.toasts) if m.startswith(start)), "")


async def test_the_messages_of_an_edit_name_its_node(make_app, tui_store) -> None:
    """An author changing many indicators read "Tersimpan: Target 3,40", "Tersimpan:
    Permasalahan 3", a text dialog titled "Tambah permasalahan" over the hidden tree, and, after
    ctrl+z of a move, "Dibatalkan: Kegiatan … Induk" (back to which parent?). Each now names its
    node, and an undo the value it puts back."""
    async with opened(make_app, "IKU 1") as (app, pilot, iku1):
        await target_dialog(pilot)
        await pilot.press("ctrl+u", *"3,40", "enter")
        await settle(pilot)
        # the value it replaced and the capaian it gives (tui68)
        said = "Tersimpan: IKU 1 · Target: 3,22 → 3,40, capaian 83,82 % Tinggi ▼ di bawah target"
        assert toasted(app, "Tersimpan: ").replace("\xa0", " ") == said
        await pilot.press("ctrl+z")
        await settle(pilot)
        said = "Dibatalkan: IKU 1 · Target: 3,40 (kembali ke 3,22), capaian 88,51 %"  # (edit23)
        assert toasted(app, "Dibatalkan: ").replace("\xa0", " ").startswith(said)
        n = len(app.view.report.node(iku1).permasalahan) + 1
        await pilot.press("p")
        await settle(pilot)
        if isinstance(app.screen, ChoiceDialog):  # its entries first: "Tambah baru" on top
            await pilot.press("enter")
            await settle(pilot)
        assert isinstance(app.screen, TextDialog)
        assert app.screen.title_text.endswith("· IKU 1"), app.screen.title_text
        await pilot.press(*"Data terlambat", "ctrl+s")
        await settle(pilot)
        said = f"Tersimpan: IKU 1 · tambah Permasalahan {n}: Data terlambat"  # (edit23)
        assert toasted(app, "Tersimpan: ") == said
        kegiatan = await move_first_child_to_iku2(pilot, iku1)
        assert app.view.report.node(kegiatan).parent != iku1
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert app.view.report.node(kegiatan).parent == iku1
        back = " (kembali di bawah IKU 1 Nilai LPPD)"  # (the parent by its code and name: edit37)
        assert toasted(app, "Dibatalkan: ").endswith(back), app.toasts
        await add_iku12_under_s1(pilot)
        said = "Tersimpan: tambah IKU 12 · Indeks Baru"  # it said "IKU Indeks Baru"
        assert toasted(app, "Tersimpan: ") == said


async def test_a_pasted_megabyte_permasalahan_is_refused_as_set_refuses_it(
    make_app, tui_store
) -> None:
    """The permasalahan dialog saved a pasted 200,000 characters (a mistake: ``set`` and the
    import refuse more than 100,000); now the dialog stays with the text and says why and what
    to do. Markup is kept as typed in the store and drawn as data."""
    from textual import events
    from textual.widgets import TextArea

    async with opened(make_app, "IKU 1") as (app, pilot, iku1):
        before = Store(tui_store.root).load(BUNDLED_REPORT_ID).report.node(iku1).permasalahan
        await pilot.press("p")
        await settle(pilot)
        if isinstance(app.screen, ChoiceDialog):
            await pilot.press("enter")
            await settle(pilot)
        area = app.screen.query_one(TextArea)
        area.post_message(events.Paste("[red]x[/] " + "y" * 200_000))
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, TextDialog)
        error = str(app.screen.query_one("#error").render())
        assert "terlalu panjang (200.0" in error and "paling banyak 100.000): ringkas" in error
        assert len(app.screen.query_one(TextArea).text) > 200_000  # nothing typed is lost
        assert (
            Store(tui_store.root).load(BUNDLED_REPORT_ID).report.node(iku1).permasalahan == before
        )
        app.screen.query_one(TextArea).text = "[red]x[/] [@click=app.quit]y[/]"
        await pilot.press("ctrl+s")
        await settle(pilot)
        node = Store(tui_store.root).load(BUNDLED_REPORT_ID).report.node(iku1)
        assert node.permasalahan[-1].text == "[red]x[/] [@click=app.quit]y[/]"
        assert "[@click=app.quit]y[/]" in app.detail.part_text("problems")


async def test_the_report_years_renstra_target_says_it_is_not_the_years_target(
    make_app, tui_store
) -> None:
    """An author adding an IKU typed its target into the measure form's "Target Renstra 2023"
    (the report's year) and saw "Target 2023: —" stay empty: the year's target is `t`. The
    field now says so, with the year's target, and measures the Renstra target against the
    year's realisasi (it said "realisasi belum diisi" beside a realisasi of 2,85)."""
    async with opened(make_app, "IKU 1") as (app, pilot, _):
        await pilot.press("m")
        await settle(pilot)
        app.screen.query_one("#f-target_2023").focus()
        await settle(pilot)
        shown = str(app.screen.query_one("#preview").render())
        assert "Target 2023 laporan ini (diubah dengan t): 3,22" in shown, shown
        assert "Capaian 2023: 86,36 %" in shown, shown  # 2,85 against the Renstra 3,30


async def test_a_realisasi_without_a_target_names_the_key_that_sets_it(make_app, tui_store) -> None:
    """On an IKU just added, `e` said only "Capaian tidak dihitung: target belum diisi." and the
    key bar at 80 columns does not show `t`."""
    report = tui_store.load(BUNDLED_REPORT_ID).report
    node = next(n for n in report.walk() if n.code == "IKU 1")
    tui_store.apply(
        BUNDLED_REPORT_ID, edits.set_field(report, node.id, "target", ""), expected_revision=1
    )
    async with opened(make_app, "IKU 1", (80, 24)) as (app, pilot, _):
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ValueDialog)
        shown = str(app.screen.query_one("#preview").render())
        assert "target belum diisi" in shown and "Targetnya diisi dengan t." in shown, shown
