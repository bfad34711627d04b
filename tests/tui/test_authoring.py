"""Authoring from the keyboard: a A R d M [ ] t w m E, undo/redo of each kind of change, the change
log, the unsaved-text questions, the pending-save quit and a conflict during undo."""

from __future__ import annotations

import threading

from textual.widgets import Input, OptionList, TextArea

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.core import edits
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.changelog import ChangeLogScreen
from lkj_tui.tui.components.dialogs import ChoiceDialog, ConfirmDialog, TextDialog, ValueDialog
from lkj_tui.tui.components.forms import FormDialog
from lkj_tui.tui.components.picker import PickerDialog
from tests.tui.conftest import PATIENCE, go, node_id_by_code, opened, settle, text_of, until


def disk(store: Store):
    return Store(store.root).load(BUNDLED_REPORT_ID).report


def shown(screen, selector: str) -> str:
    """What one widget of a dialog shows (its preview, error, log…), as text."""
    return str(screen.query_one(selector).render())


def toasted(app, text: str, severity: str | None = None) -> bool:
    """Whether a toast said ``text`` (with this severity, when given)."""
    return any(text in m and severity in (None, sev) for m, sev, _ in app.toasts)


async def opens(pilot, *keys: str, kind: type = FormDialog):
    """Press ``keys``; the dialog they opened (a ``kind``), once the app has settled."""
    await pilot.press(*keys)
    await settle(pilot)
    assert isinstance(pilot.app.screen, kind), f"{keys} opened {pilot.app.screen!r}"
    return pilot.app.screen


async def change_log(pilot) -> str:
    """L: what the session's change log shows."""
    await opens(pilot, "L", kind=ChangeLogScreen)
    return shown(pilot.app.screen, "#log")


async def fill(pilot, form, key: str, text: str, *then: str) -> None:
    """Type ``text`` over the form's field ``key``, then press ``then``."""
    form.query_one(f"#f-{key}", Input).focus()
    await pilot.press("ctrl+u", *text, *then)
    await pilot.pause()


async def undo_redo_roundtrip(pilot, store: Store, check_before, check_after) -> None:
    """ctrl+z brings the stored report back to before, ctrl+y to after; each is a save."""
    revision = pilot.app.view.revision
    for saves, (key, check) in enumerate((("ctrl+z", check_before), ("ctrl+y", check_after)), 1):
        await pilot.press(key)
        await settle(pilot)
        assert check(disk(store)), f"{key} did not give the stored report expected"
        assert check(pilot.app.view.evaluation.report)
        assert Store(store.root).revision(BUNDLED_REPORT_ID) == revision + saves


async def test_add_child_with_kind_choice_and_undo(make_app, tui_store) -> None:
    async with opened(make_app, "S1") as (app, pilot, s1):
        # iku or lainnya (or program…) under a sasaran; (tui14) once it is on screen: under load
        # the key came back before the dialog was pushed
        await opens(pilot, "a", kind=ChoiceDialog)
        labels = [
            str(app.screen.query_one(OptionList).get_option_at_index(i).prompt)
            for i in range(app.screen.query_one(OptionList).option_count)
        ]
        assert labels[:2] == ["IKU", "Indikator lainnya"]
        await opens(pilot, "enter")
        await pilot.press(*"Indeks baru", "enter", *"IKU 11", "enter")
        await settle(pilot)
        new = next(n for n in disk(tui_store).children(s1) if n.code == "IKU 11")
        assert new.kind == "iku" and new.name == "Indeks baru" and new.measure is not None
        assert app.tree.current_id() == new.id  # the cursor on the new node
        await undo_redo_roundtrip(
            pilot,
            tui_store,
            lambda r: r.get(new.id) is None,
            lambda r: r.node(new.id).code == "IKU 11",
        )


async def test_add_sibling_after_and_rename(make_app, tui_store) -> None:
    async with opened(make_app, "IKU 1") as (app, pilot, iku1):
        s1 = disk(tui_store).node(iku1).parent
        await opens(pilot, "A", kind=ChoiceDialog)
        await pilot.press("enter")  # the selected node's kind comes first: IKU
        await pilot.press(*"Sisipan", "enter", "enter")
        await settle(pilot)
        codes = [n.name for n in disk(tui_store).children(s1)][:3]
        assert codes[1] == "Sisipan"
        await go(pilot, "IKU 2")
        await opens(pilot, "R")
        await pilot.press("ctrl+u", *"Indeks Hukum", "down", "ctrl+u", *"IKU 2b", "ctrl+s")
        await settle(pilot)
        iku2 = node_id_by_code(app, "IKU 2b")
        assert disk(tui_store).node(iku2).name == "Indeks Hukum"
        await undo_redo_roundtrip(
            pilot,
            tui_store,
            lambda r: (
                r.node(iku2).code == "IKU 2" and r.node(iku2).name == "Indeks Reformasi Hukum"
            ),
            lambda r: r.node(iku2).code == "IKU 2b",
        )


async def test_delete_node_says_how_many_and_undo_brings_all_back(make_app, tui_store) -> None:
    async with opened(make_app, "IKU 1") as (app, pilot, iku1):
        size = len(edits.subtree(disk(tui_store), iku1))
        total = len(disk(tui_store))
        await opens(pilot, "d", kind=ChoiceDialog)
        first = str(app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        assert f"({size} simpul)" in first
        await opens(pilot, "enter", kind=ConfirmDialog)
        assert f"{size} simpul akan dihapus" in str(app.screen.query_one(".dialog-name").render())
        await pilot.press("y")
        await settle(pilot)
        assert len(disk(tui_store)) == total - size
        assert iku1 not in app.tree.nodes_by_id
        assert toasted(app, "Tersimpan: hapus IKU 1")  # as its undo names it (edit23)
        await undo_redo_roundtrip(
            pilot,
            tui_store,
            lambda r: len(r) == total and r.node(iku1).code == "IKU 1",
            lambda r: len(r) == total - size,
        )
        assert toasted(app, "Diulang: hapus IKU 1")  # new11: it said "IKU 1 Simpul"
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert app.tree.current_id() == iku1  # back where it was
        assert toasted(app, "Dibatalkan: hapus IKU 1")


async def test_permasalahan_and_solusi_edits_undo(make_app, tui_store) -> None:
    """p adds a permasalahan, d deletes one solusi: each undone and redone like any change."""
    async with opened(make_app, "IKU 1") as (_, pilot, iku1):
        node = disk(tui_store).node(iku1)
        problems, solutions = node.permasalahan, node.solusi
        assert problems and solutions
        await opens(pilot, "p", kind=ChoiceDialog)  # "+ Tambah baru" first
        await opens(pilot, "enter", kind=TextDialog)
        await pilot.press(*"Data terlambat", "ctrl+s")
        await settle(pilot)
        assert disk(tui_store).node(iku1).permasalahan[-1].text == "Data terlambat"
        await undo_redo_roundtrip(
            pilot,
            tui_store,
            lambda r: r.node(iku1).permasalahan == problems,
            lambda r: [i.text for i in r.node(iku1).permasalahan][-1] == "Data terlambat",
        )
        await opens(pilot, "d", kind=ChoiceDialog)  # the node, its permasalahan, its solusi
        await pilot.press(*["down"] * (2 + len(problems)))  # the first solusi
        await opens(pilot, "enter", kind=ConfirmDialog)
        await pilot.press("y")
        await settle(pilot)
        assert disk(tui_store).node(iku1).solusi == solutions[1:]
        await undo_redo_roundtrip(
            pilot,
            tui_store,
            lambda r: r.node(iku1).solusi == solutions,
            lambda r: r.node(iku1).solusi == solutions[1:],
        )


async def test_move_with_a_filtered_picker_and_undo(make_app, tui_store) -> None:
    async with opened(make_app, "IKU 1") as (app, pilot, iku1):
        s1 = disk(tui_store).node(iku1).parent
        s3 = node_id_by_code(app, "S3")
        await opens(pilot, "M", kind=PickerDialog)
        rows = app.screen.query_one(OptionList)
        assert rows.option_count == 3  # S2, S3 (the sasaran it is not under), T1 (ov13)
        await pilot.press(*"s3")
        assert rows.option_count == 1
        await pilot.press("enter")
        await settle(pilot)
        assert disk(tui_store).node(iku1).parent == s3
        assert disk(tui_store).children(s3)[-1].id == iku1
        await undo_redo_roundtrip(
            pilot,
            tui_store,
            lambda r: r.node(iku1).parent == s1 and r.children(s1)[0].id == iku1,
            lambda r: r.node(iku1).parent == s3,
        )


async def test_reorder_with_brackets_and_undo(make_app, tui_store) -> None:
    async with opened(make_app, "IKU 1") as (app, pilot, iku1):
        s1 = disk(tui_store).node(iku1).parent
        await pilot.press("left_square_bracket")  # first already: nothing saved
        await settle(pilot)
        assert app.view.revision == 1 and toasted(app, "ujung")
        await pilot.press("right_square_bracket")
        await settle(pilot)
        assert [n.code for n in disk(tui_store).children(s1)][:2] == ["IKU 2", "IKU 1"]
        assert app.tree.current_id() == iku1
        await undo_redo_roundtrip(
            pilot,
            tui_store,
            lambda r: [n.code for n in r.children(s1)][:2] == ["IKU 1", "IKU 2"],
            lambda r: [n.code for n in r.children(s1)][:2] == ["IKU 2", "IKU 1"],
        )


async def test_target_dialog_previews_and_undo(make_app, tui_store) -> None:
    async with opened(make_app, "IKU 1") as (app, pilot, iku1):
        await opens(pilot, "t", kind=ValueDialog)
        assert app.screen.query_one(Input).value == "3,22"
        await pilot.press("ctrl+u", *"2,85")
        assert "100,00 %" in shown(app.screen, "#preview")
        await pilot.press("enter")
        await settle(pilot)
        assert disk(tui_store).node(iku1).measure.target == "2,85"
        assert not app.view.evaluation.of(iku1).under_target
        await undo_redo_roundtrip(
            pilot,
            tui_store,
            lambda r: r.node(iku1).measure.target == "3,22",
            lambda r: r.node(iku1).measure.target == "2,85",
        )
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert app.view.evaluation.of(iku1).under_target  # the tree and panes follow the undo


async def test_quarters_form_refuses_a_quarter_of_another_kind(make_app, tui_store) -> None:
    """A quarter's realisasi typed as text ("abc" against the year's target 3,22) was saved
    without a word; the form comes back with the values and why, and nothing is written."""
    async with opened(make_app, "IKU 1") as (app, pilot, iku1):
        before = disk(tui_store).node(iku1).measure
        form = await opens(pilot, "w")
        assert form.focused is form.query_one("#f-tw1")
        await pilot.press(*"abc", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, FormDialog)
        assert "Triwulan I: capaian tidak dapat dihitung" in shown(app.screen, "#error")
        assert disk(tui_store).node(iku1).measure == before


async def test_quarters_form(make_app, tui_store) -> None:
    """``w``: a target and a realisasi per quarter; each previews the quarter's capaian as the
    engine computes it (against the quarter's own target once it has one)."""
    async with opened(make_app, "IKU 1") as (app, pilot, iku1):
        form = await opens(pilot, "w")
        assert [f.key for f in form.fields][:3] == ["target_tw1", "tw1", "target_tw2"]
        assert form.focused is form.query_one("#f-tw1")  # the realisasi, its target above
        await pilot.press(*"2,5")
        assert "Capaian Triwulan I: 77,64 %" in shown(form, "#preview")
        await pilot.press("up", *"3,0")  # the quarter's own target
        assert "Capaian Triwulan I: 83,33 %" in shown(form, "#preview")
        await pilot.press("down", "down", *"2..7")  # unreadable: says why as you type
        assert "tidak dapat dibaca" in shown(form, "#preview")
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, FormDialog)  # refused, back with the values and why
        assert "tidak dapat dibaca" in shown(app.screen, "#error")
        # on the field refused (edit25; it came back on tw1, and "down" reached this one)
        assert app.screen.focused is app.screen.query_one("#f-target_tw2")
        await pilot.press("ctrl+u", *"2,7", "ctrl+s")
        await settle(pilot)
        m = disk(tui_store).node(iku1).measure
        assert (m.triwulan[0], m.target_triwulan[:2]) == ("2,5", ("3,0", "2,7"))
        detail = " ".join(app.detail.text.split())  # the pane wraps its lines
        assert "Capaian per triwulan: I 83,33 %" in detail and "target triwulan" in detail
        await undo_redo_roundtrip(
            pilot,
            tui_store,
            lambda r: r.node(iku1).measure.target_triwulan[:2] == (None, None),
            lambda r: r.node(iku1).measure.target_triwulan[:2] == ("3,0", "2,7"),
        )
        await pilot.press("L")
        log = shown(app.screen, "#log")
        assert "IKU 1 · Target triwulan I: — → 3,0" in log


async def test_measure_form_names_the_renstra_targets_as_such(make_app, tui_store) -> None:
    """The form's "Target 2023" showed 3,30 (the Renstra's) where the detail pane's "Target 2023"
    is 3,22 (the year's, edited with t): one label, two figures."""
    async with opened(make_app, "IKU 1") as (app, pilot, _):
        assert "Target 2023: 3,22" in app.detail.text
        form = await opens(pilot, "m")
        field = next(f for f in form.fields if f.key == "target_2023")
        assert (field.label, field.value) == ("Target Renstra 2023", "3,30")
        await fill(pilot, form, "target_2023", "3,31", "ctrl+s")
        await settle(pilot)
        await pilot.press("L")
        assert "IKU 1 · Target Renstra 2023: 3,30 → 3,31" in shown(app.screen, "#log")


async def test_measure_form_every_field(make_app, tui_store) -> None:
    async with opened(make_app, "IKU 1") as (app, pilot, iku1):
        form = await opens(pilot, "m")
        keys = [f.key for f in form.fields]
        assert keys[:3] == ["satuan", "polaritas", "cara_hitung"]
        assert "target_2026" in keys and "realisasi_2022" in keys and "anggaran" in keys
        await fill(pilot, form, "polaritas", "negatif")
        assert "Capaian" in shown(form, "#preview")
        await fill(pilot, form, "target_2026", "3,5")
        await fill(pilot, form, "penanggung_jawab", "Bagian Pemerintahan")
        await fill(pilot, form, "anggaran", "Rp 1.000.000", "ctrl+s")
        await settle(pilot)
        node = disk(tui_store).node(iku1)
        assert node.measure.polaritas == "negatif" and node.measure.targets[2026] == "3,5"
        assert node.info["penanggung_jawab"] == "Bagian Pemerintahan"
        assert node.anggaran == "Rp 1.000.000"
        assert app.view.evaluation.of(iku1).achievement.method == "negatif"
        assert len(app.changelog.entries) == 1 and len(app.changelog.entries[0].lines) == 4
        await undo_redo_roundtrip(
            pilot,
            tui_store,
            lambda r: r.node(iku1).measure.polaritas == "positif" and r.node(iku1).anggaran is None,
            lambda r: r.node(iku1).measure.polaritas == "negatif",
        )


async def test_report_form(make_app, tui_store) -> None:
    async with opened(make_app, None) as (app, pilot, _):
        before = disk(tui_store).meta
        form = await opens(pilot, "E")
        await pilot.press("ctrl+u", *"Setda Uji")
        await fill(pilot, form, "tahun", "20x4", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, FormDialog) and "4 angka" in str(
            app.screen.query_one("#error").render()
        )
        app.screen.query_one("#f-tahun", Input).focus()
        await pilot.press("ctrl+u", *"2024")
        app.screen.query_one("#f-isu_strategis", TextArea).text = "Isu satu\n\nIsu dua"
        await pilot.press("ctrl+s")
        await settle(pilot)
        meta = disk(tui_store).meta
        assert (meta.instansi, meta.tahun, meta.isu_strategis) == (
            "Setda Uji",
            2024,
            ("Isu satu", "Isu dua"),
        )
        assert "Setda Uji" in shown(app, "#summary")
        await undo_redo_roundtrip(
            pilot, tui_store, lambda r: r.meta == before, lambda r: r.meta.tahun == 2024
        )


async def test_change_log_lists_edits_undo_and_redo(make_app, tui_store) -> None:
    async with opened(make_app, "IKU 1") as (app, pilot, _):
        await pilot.press("ctrl+z")  # nothing yet
        await settle(pilot)
        assert toasted(app, "Tidak ada yang dapat dibatalkan")
        await pilot.press("e", "ctrl+u", *"3,00", "enter")
        await settle(pilot)
        await pilot.press("ctrl+z")
        await settle(pilot)
        text = await change_log(pilot)
        assert "IKU 1 · Realisasi: 2,85 → 3,00" in text
        assert "↶ batal IKU 1 · Realisasi: 3,00 → 2,85" in text
        await pilot.press("escape")
        assert not isinstance(app.screen, ChangeLogScreen)


async def test_undo_refuses_when_another_process_changed_the_node(make_app, tui_store) -> None:
    async with opened(make_app, "IKU 1") as (app, pilot, iku1):
        await pilot.press("e", "ctrl+u", *"3,00", "enter")
        await settle(pilot)
        other = Store(tui_store.root)  # another process changes the same node
        loaded = other.load(BUNDLED_REPORT_ID)
        other.apply(
            BUNDLED_REPORT_ID,
            edits.set_field(loaded.report, iku1, "realisasi", "3,10"),
            expected_revision=loaded.revision,
        )
        revision = other.revision(BUNDLED_REPORT_ID)
        await pilot.press("ctrl+z")
        await settle(pilot)
        assert other.revision(BUNDLED_REPORT_ID) == revision  # nothing written
        assert disk(tui_store).node(iku1).measure.realisasi == "3,10"
        assert any(
            sev == "error" and "Tidak dibatalkan" in m and "IKU 1" in m for m, sev, _ in app.toasts
        )
        assert app.view.evaluation.report.node(iku1).measure.realisasi == "3,10"  # reloaded


async def test_undo_of_another_node_keeps_the_other_process_change(make_app, tui_store) -> None:
    async with opened(make_app, "IKU 1") as (app, pilot, iku1):
        iku2 = node_id_by_code(app, "IKU 2")
        await pilot.press("e", "ctrl+u", *"3,00", "enter")
        await settle(pilot)
        other = Store(tui_store.root)
        loaded = other.load(BUNDLED_REPORT_ID)
        other.apply(BUNDLED_REPORT_ID, edits.set_field(loaded.report, iku2, "tw1", "9"))
        await pilot.press("ctrl+z")
        await settle(pilot)
        node1, node2 = disk(tui_store).node(iku1), disk(tui_store).node(iku2)
        assert node1.measure.realisasi == "2,85" and node2.measure.triwulan[0] == "9"
        assert app.view.evaluation.report.node(iku2).measure.triwulan[0] == "9"


async def test_escape_with_typed_text_asks(make_app, tui_store) -> None:
    async with opened(make_app, "IKU 3") as (app, pilot, iku3):
        solusi = disk(tui_store).node(iku3).solusi
        await pilot.press("s", "enter", *"Teks penting")  # "+ Tambah baru"
        assert isinstance(app.screen, TextDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog)  # keep editing is the default
        await opens(pilot, "enter", kind=TextDialog)
        assert app.screen.query_one(TextArea).text == "Teks penting"
        await pilot.press("escape", "y")  # discard
        await settle(pilot)
        assert not app.screen.is_modal
        assert disk(tui_store).node(iku3).solusi == solusi
        await pilot.press("e")  # nothing typed: esc closes at once
        await pilot.press("escape")
        assert not app.screen.is_modal


async def test_ctrl_q_in_a_dialog_with_text_asks(make_app) -> None:
    async with opened(make_app, "IKU 1") as (app, pilot, _):
        await pilot.press("e", "ctrl+u", *"3,3", "ctrl+q")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmDialog) and app.is_running
        await pilot.press("n")
        assert isinstance(app.screen, ValueDialog) and app.screen.query_one(Input).value == "3,3"
        await pilot.press("ctrl+q", "y")
        await pilot.pause()
        await pilot.pause()
        assert app.exiting


async def test_q_waits_for_a_pending_save(make_app, tui_store, monkeypatch) -> None:
    gate = threading.Event()
    apply = tui_store.apply

    def slow(*args, **kwargs):
        gate.wait(PATIENCE)  # (set by the test once it has looked)
        return apply(*args, **kwargs)

    monkeypatch.setattr(tui_store, "apply", slow)
    async with opened(make_app, "IKU 1") as (app, pilot, iku1):
        await pilot.press("e", "ctrl+u", *"3,30", "enter", "q")
        await pilot.pause()
        assert app.saving and not app.exiting
        assert toasted(app, "Menunggu penyimpanan")
        gate.set()
        await until(pilot, lambda: app.exiting, "the app leaving once the save is done")
        assert app.return_code == 0
    assert disk(tui_store).node(iku1).measure.realisasi == "3,30"


async def test_q_after_a_failed_save_does_not_exit(make_app, tui_store, monkeypatch) -> None:
    from lkj_tui.storage.errors import StoreError

    gate = threading.Event()

    def failing(*args, **kwargs):
        gate.wait(PATIENCE)
        raise StoreError(tui_store.root, "disk-full", "disk penuh", "disk full")

    monkeypatch.setattr(tui_store, "apply", failing)
    async with opened(make_app, "IKU 1") as (app, pilot, _):
        await pilot.press("e", "ctrl+u", *"3,30", "enter", "q")
        await pilot.pause()
        gate.set()
        await settle(pilot)
        assert not app.exiting
        assert isinstance(app.screen, ValueDialog) and app.screen.query_one(Input).value == "3,30"
        assert toasted(app, "Tidak keluar", "error")


async def test_copy_puts_the_node_as_markdown_on_the_clipboard(make_app) -> None:
    async with opened(make_app, "IKU 1") as (app, pilot, _):
        await pilot.press("c")
        text = app.clipboard
        assert text.startswith("**IKU 1 Nilai LPPD** (IKU)")
        assert "- Target: 3,22" in text and "- Realisasi: 2,85" in text
        assert "88,51 % (Tinggi), ▼ di bawah target" in text
        assert "Permasalahan:" in text and "Solusi:" in text
        assert any(m == "Disalin (Markdown): IKU 1" for m, _, _ in app.toasts)
        app.detail.focus()  # the detail pane's selection is its text, not the widget's name
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert "DetailPane" not in app.clipboard


async def test_jumps_say_where_and_search_says_when_the_filter_goes(make_app) -> None:
    async with opened(make_app, None) as (app, pilot, _):
        total = len(app.view.under)
        await pilot.press("n")
        await settle(pilot)
        assert app.toasts[-1][0] == f"1 dari {total}"
        await pilot.press("N")
        await settle(pilot)
        assert app.toasts[-1][0].startswith(f"{total} dari {total}")
        await pilot.press("u")
        await settle(pilot)
        await pilot.press("slash", *"IKU 1")  # under target: the filter stays
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert app.only_under
        await pilot.press("slash", *"IKU 3")  # not under target: switched off, and said
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert not app.only_under
        assert "Filter ▼ dimatikan: IKU 3" in app.toasts[-1][0]


async def test_an_empty_report_gets_its_first_tujuan(make_app, tui_store) -> None:
    """On a report with no node (lkj-tui new, "Laporan baru…": "fill it in the TUI") a and A did
    nothing: no node was selected to add under, so nothing could ever be added."""
    from lkj_tui.core.rollover import empty_report

    tui_store.import_report(empty_report("dinas-x-2024", "Dinas X", 2024))

    def nodes() -> list:
        return list(Store(tui_store.root).load("dinas-x-2024").report.walk())

    for key in ("a", "A"):
        async with opened(make_app, None, report_id="dinas-x-2024") as (app, pilot, _):
            assert app.selected() is None and not nodes()
            await opens(pilot, key)  # the one kind at the top, tujuan: no choice to make
            await pilot.press(*"Tujuan Pertama", "enter", *"T1", "enter")
            await settle(pilot)
            (node,) = nodes()
            assert (node.kind, node.name, node.code) == ("tujuan", "Tujuan Pertama", "T1")
            assert app.selected() is not None and app.selected().id == node.id
            await pilot.press("ctrl+z")  # undone: empty again
            await settle(pilot)
            assert not nodes()
            assert toasted(app, "Dibatalkan: tambah T1")  # (new11: "T1 Simpul")


async def test_exported_changes_name_the_fields_as_the_change_log_does(make_app, tmp_path) -> None:
    """The minutes' "Perubahan dalam rapat" printed the change's keys (node, parent, order) where
    the change log (L) shows Simpul, Induk, Urutan; in English too. A move or shift reads as L
    and its toast say it (edit32: "| IKU 1 | Urutan | 1 | 2 |")."""
    async with opened(make_app, "IKU 1") as (_app, pilot, _):
        await pilot.press("right_square_bracket")
        await settle(pilot)
        await pilot.press("t", "ctrl+u", *"3,30", "enter")
        await settle(pilot)
        for name, lang in (("id.md", "id"), ("en.md", "en")):
            await opens(pilot, "x")
            await pilot.press("ctrl+u", *name, "down", "down", "ctrl+u", *lang, "ctrl+s")
            await settle(pilot)
        text = (tmp_path / "id.md").read_text(encoding="utf-8")
        # (edit36: the action alone; edit37: its place in words)
        assert "| IKU 1 | geser | urutan 1 | urutan 2 |" in text
        assert "| IKU 1 | Target | 3,22 | 3,30 |" in text
        english = (tmp_path / "en.md").read_text(encoding="utf-8")
        assert "| IKU 1 | reorder | place 1 | place 2 |" in english


async def test_a_failed_export_offers_the_dialog_again_with_what_was_typed(
    make_app, tmp_path
) -> None:
    """The export dialog closed on a failed write (a folder that does not exist): the path, scope
    and language typed were gone, only a toast said why."""
    async with opened(make_app, "IKU 1") as (app, pilot, _):
        await opens(pilot, "x")
        await pilot.press("ctrl+u", *"nope/notulen.md", "down", "ctrl+u", *"all", "ctrl+s")
        await settle(pilot)
        await settle(pilot)
        form = app.screen
        assert isinstance(form, FormDialog)
        assert form.values()["path"] == "nope/notulen.md" and form.values()["scope"] == "all"
        assert "Ekspor gagal" in shown(form, "#error")
        (tmp_path / "nope").mkdir()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert (tmp_path / "nope" / "notulen.md").is_file()
        assert not isinstance(app.screen, FormDialog)


async def test_export_dialog_changes_and_overwrite(make_app, tmp_path) -> None:
    async with opened(make_app, "IKU 1") as (app, pilot, _):
        await pilot.press("e", "ctrl+u", *"3,00", "enter")
        await settle(pilot)
        form = await opens(pilot, "x")
        assert form.values()["changes"] == "ya"
        await pilot.press("ctrl+u", *"notulen.md", "ctrl+s")
        await settle(pilot)
        text = (tmp_path / "notulen.md").read_text(encoding="utf-8")
        assert "## Perubahan dalam rapat" in text
        assert "| IKU 1 | Realisasi | 2,85 | 3,00 |" in text
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("ctrl+u", *"notulen.md", "down", "ctrl+u", *"all", "ctrl+s")
        await settle(pilot)
        assert isinstance(app.screen, FormDialog)  # exists: asks for a second save
        assert "sudah ada" in shown(app.screen, "#error")
        assert (tmp_path / "notulen.md").read_text(encoding="utf-8") == text
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert (tmp_path / "notulen.md").read_text(encoding="utf-8") != text


async def test_the_export_scopes_are_indonesian(make_app, tmp_path) -> None:
    """The export dialog's scope was "default" with the hint "default / under-target / all" in
    the Indonesian UI: now "bawaan / di-bawah-target / semua"; each writes what the command's
    word writes (the command's words are read too); English keeps the command's words."""
    async with opened(make_app, "IKU 1") as (app, pilot, _):
        form = await opens(pilot, "x")
        assert form.values()["scope"] == "bawaan"
        form.query_one("#f-scope", Input).focus()  # its choices are shown while it is focused
        await pilot.pause()
        assert "bawaan / di-bawah-target / semua" in text_of(form)
        assert "default" not in text_of(form)
        for name, scope in (("a.md", "bawaan"), ("b.md", "di-bawah-target"), ("c.md", "semua")):
            form = await opens(pilot, "x") if name != "a.md" else form
            await fill(pilot, form, "path", name)
            await fill(pilot, form, "scope", scope, "ctrl+s")
            await settle(pilot)
            assert not isinstance(app.screen, FormDialog), shown(app.screen, "#error")
        for name, scope in (("d.md", "under-target"), ("e.md", "all"), ("f.md", "default")):
            form = await opens(pilot, "x")
            await fill(pilot, form, "path", name)
            await fill(pilot, form, "scope", scope, "ctrl+s")
            await settle(pilot)
        read = {p.name: p.read_text(encoding="utf-8") for p in tmp_path.glob("?.md")}
        assert read["b.md"] == read["d.md"] and read["c.md"] == read["e.md"]
        assert read["a.md"] == read["f.md"] and len({read["a.md"], read["b.md"], read["c.md"]}) == 3
    async with opened(make_app, "IKU 1", lang="en") as (app, pilot, _):
        form = await opens(pilot, "x")
        assert form.values()["scope"] == "default"
        form.query_one("#f-scope", Input).focus()
        await pilot.pause()
        assert "default / under-target / all" in text_of(form)


async def test_report_picker_filters_and_shows_the_store(make_app, tui_store) -> None:
    from tests.tui.test_store_interplay import second_report

    tui_store.import_report(second_report())
    async with opened(make_app, None, report_id=BUNDLED_REPORT_ID) as (app, pilot, _):
        await pilot.press("r")
        await settle(pilot)
        assert str(tui_store.root) in str(app.screen.query_one("#picker-note").render())
        rows = app.screen.query_one(OptionList)
        assert rows.option_count == 3
        await pilot.press(*"contoh")
        assert rows.option_count == 2  # the match, and "Laporan baru…" always
        await pilot.press("enter")
        await settle(pilot)
        assert app.view.report_id == "dinas-contoh-2024"


async def test_theme_and_language_last(make_app, tmp_path, monkeypatch) -> None:
    import json

    from lkj_tui.tui.settings import config_path

    async with opened(make_app, None) as (app, pilot, _):
        app.theme = "textual-light"
        await pilot.pause()
        app.action_toggle_lang()
    saved = json.loads(config_path().read_text(encoding="utf-8"))
    assert saved == {"theme": "textual-light", "lang": "en"}
    async with opened(make_app, None) as (again, pilot, _):
        assert again.theme == "textual-light"
        await pilot.press("question_mark")
        await settle(pilot)
        text = str(again.screen.query_one("#help-paths").render())
        assert str(config_path()) in text


async def test_name_and_code_fields_are_named_in_the_users_language(make_app) -> None:
    """walk8: with the TUI in English, a (add) then a kind, and R (rename), showed the fields as
    "field_name" and "field_code" (the strings' keys: their labels had moved to
    core.changes.field_label); they read Name and Code (Nama, Kode)."""
    for lang, labels in (("en", ["Name", "Code"]), ("id", ["Nama", "Kode"])):
        async with opened(make_app, "S1", size=(80, 24), lang=lang) as (_app, pilot, _s1):
            for keys in (("a", "enter"), ("R",)):
                form = await opens(pilot, *keys)
                shown = [str(label.render()) for label in form.query(".form-label")]
                assert shown == labels, keys
                await pilot.press("escape")
                await settle(pilot)


async def test_deleting_one_node_says_one_node(make_app, tui_store) -> None:
    """walk8: d on an indicator without children said "1 nodes will be deleted (this node and all
    beneath it)" and offered "Delete node IKU 4 with what is beneath (1 nodes)"."""
    report = disk(tui_store)
    leaf = next(n for n in report.walk() if n.code and not report.children(n.id))
    async with opened(make_app, leaf.code, lang="en") as (_app, pilot, _leaf):
        screen = await opens(pilot, "d", kind=(ChoiceDialog, ConfirmDialog))  # type: ignore[arg-type]
        if isinstance(screen, ChoiceDialog):  # the node has permasalahan/solusi items too
            first = str(screen.query_one(OptionList).get_option_at_index(0).prompt)
            assert first == f"Delete node {edits.label(leaf)}"
            screen = await opens(pilot, "enter", kind=ConfirmDialog)
        text = str(screen.query_one(".dialog-name").render())
        assert "This node will be deleted." in text and "ctrl+z undoes it." in text
        assert "1 nodes" not in text


def test_every_string_key_the_tui_names_exists() -> None:
    """t() gives an unknown key back as it is, so a key whose string moved away shows on screen
    as "field_name" (walk8): every literal key passed to t() in the TUI's code has its strings."""
    import re
    from pathlib import Path

    import lkj_tui.tui
    from lkj_tui.tui.text import _TEXT

    root = Path(lkj_tui.tui.__file__).parent
    named = {
        (path.name, key)
        for path in root.rglob("*.py")
        for key in re.findall(r"\bt\(\s*\"([a-z0-9_]+)\"", path.read_text(encoding="utf-8"))
    }
    assert named and not {(f, k) for f, k in named if k not in _TEXT}


async def test_a_failed_export_says_why_in_the_users_words(make_app, tmp_path) -> None:
    """The TUI's export to a folder that does not exist, and over a file made read-only (Windows'
    Read-only box), says why as ``lkj-tui export -o`` does: not the system's English words nor
    the store's "pilih folder lain dengan --store"."""
    async with opened(make_app, "IKU 1") as (app, pilot, _):
        await opens(pilot, "x")
        await pilot.press("ctrl+u", *"nope/notulen.md", "ctrl+s")
        await settle(pilot)
        await settle(pilot)
        error = shown(app.screen, "#error")
        assert "folder" in error and "nope tidak ada" in error and "--store" not in error
        assert "No such file" not in error
        # a sentence after a sentence (it read "Ekspor gagal. gagal menulis …")
        assert error.startswith("Ekspor gagal. Gagal menulis "), error
        toast = next(m for m, severity, _ in app.toasts if severity == "error")
        # (a long path goes on lines of its own in the toast, broken after its separators: 2f9a3c7)
        assert " ".join(toast.split()).startswith("Ekspor gagal. Gagal menulis "), toast
        await pilot.press("escape")
        await settle(pilot)
        old = tmp_path / "lama.md"
        old.write_text("versi lama", encoding="utf-8")
        old.chmod(0o444)
        await opens(pilot, "x")
        await pilot.press("ctrl+u", *"lama.md", "ctrl+s")
        await settle(pilot)
        await pilot.press("ctrl+s")  # (it exists: the second save overwrites)
        await settle(pilot)
        await settle(pilot)
        error = shown(app.screen, "#error")
        assert "Baca-saja/Read-only" in error and "berkas lama tidak berubah" in error
        assert "--store" not in error
        assert old.read_text(encoding="utf-8") == "versi lama"


async def test_a_node_added_or_deleted_is_named_by_its_kind_in_words(make_app, tui_store) -> None:
    """The change log (L) and the minutes ("Perubahan dalam rapat", the TUI's export and the
    installed ``lkj-tui export --changes``) showed a node added or deleted by its stored kind
    ("lainnya: Indeks baru"); they say the report's word for it, in the language asked for, and the
    journal keeps the kind as stored."""
    from tests.conftest import run_cli

    async with opened(make_app, "S1") as (_app, pilot, _):
        await opens(pilot, "a", kind=ChoiceDialog)
        await opens(pilot, "down", "enter")  # Indikator lainnya
        await pilot.press(*"Indeks baru", "enter", *"IL 9", "enter")
        await settle(pilot)
        await go(pilot, "IL 9")
        await opens(pilot, "d", kind=ConfirmDialog)  # a leaf: no subtree to choose about
        await pilot.press("y")
        await settle(pilot)
        text = await change_log(pilot)
        # (L names them as their toasts do since edit31: it read "IL 9 · Simpul: — → …")
        assert "tambah IL 9 · Indeks baru" in text and "hapus IL 9" in text
        assert "lainnya:" not in text.replace("Indikator lainnya:", "")
    journal = next((tui_store.root / ".changes").glob("*.jsonl")).read_text(encoding="utf-8")
    assert '"lainnya: Indeks baru"' in journal  # stored language-free
    for lang, word in (("id", "Indikator lainnya"), ("en", "Other indicator")):
        out = run_cli("export", "--changes", "--lang", lang, store=tui_store.root)
        assert out.returncode == 0, out.stderr
        section = out.stdout.rsplit("## ", 1)[1]
        assert f"| — | {word}: Indeks baru |" in section
        assert f"| {word}: Indeks baru | — |" in section
        added, deleted = ("tambah", "hapus") if lang == "id" else ("add", "delete")
        # (the action alone since edit36: the Simpul column names the node)
        assert f"| IL 9 | {added} | — | {word}: Indeks baru |" in section
        assert f"| IL 9 | {deleted} | {word}" in section
        assert "| Simpul | —" not in section and "| Node | —" not in section
        assert "| lainnya:" not in section
