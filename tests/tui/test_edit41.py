"""The TUI's new empty report on a taken id (edit41): the dialog stays open with what was typed,
says in its own words which report holds the id and which id to type instead, and makes the
report once the id is changed; nothing in the store is replaced."""

from __future__ import annotations

import pytest
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Input

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.core.rollover import empty_report
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.importdialogs import EmptyReportDialog
from tests.tui.conftest import SIZE, empty_report_dialog, settle


async def _type(pilot, dialog: EmptyReportDialog, instansi: str, tahun: str, rid: str) -> None:
    for field, value in (("instansi", instansi), ("tahun", tahun), ("report-id", rid)):
        dialog.query_one(f"#{field}", Input).value = value
    dialog.query_one("#tahun", Input).focus()
    await pilot.press("enter")
    await settle(pilot)
    await settle(pilot)


def _error(dialog: EmptyReportDialog) -> str:
    error = dialog.query_one("#error")
    return str(error.render()) if error.display else ""


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_taken_id_keeps_the_dialog_and_says_which_id_to_give(
    make_app, tui_store: Store, lang: str
) -> None:
    tui_store.import_report(empty_report("laporan-2025", "Dinas Lama", 2025))
    en = lang == "en"
    app = make_app(report_id=BUNDLED_REPORT_ID, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        dialog = await empty_report_dialog(pilot)
        # an office named in symbols: its id made from the instansi is laporan-2025 as well
        await _type(pilot, dialog, "=!!", "2025", "")
        assert app.screen is dialog  # open, with everything typed
        assert dialog.query_one("#instansi", Input).value == "=!!"
        assert dialog.query_one("#tahun", Input).value == "2025"
        assert dialog.focused is dialog.query_one("#report-id")
        said = _error(dialog)
        words = (
            (
                "The id 'laporan-2025', made from the instansi and year, is taken by the report of "
                "Dinas Lama. Type another id, e.g. laporan-2-2025."
            )
            if en
            else (
                "Id 'laporan-2025', dibuat dari instansi dan tahun, sudah dipakai laporan Dinas "
                "Lama. Tulis id lain, mis. laporan-2-2025."
            )
        )
        assert " ".join(said.split()) == words
        assert not [t for t in app.toasts if "Impor" in t[0] or "Import" in t[0]]
        # the id typed: the report is made and opened, the dialog closed
        await pilot.press(*"laporan-2-2025", "enter")
        await settle(pilot)
        await settle(pilot)
        assert not isinstance(app.screen, EmptyReportDialog)
        assert app.view is not None and app.view.report_id == "laporan-2-2025"
        assert app.view.report.meta.instansi == "=!!"
    store = Store(tui_store.root)
    assert store.load("laporan-2025").report.meta.instansi == "Dinas Lama"  # never replaced
    assert {r.id for r in store.list_reports()} == {
        BUNDLED_REPORT_ID,
        "laporan-2025",
        "laporan-2-2025",
    }


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_typed_id_taken_or_unusable_and_the_same_report_again(
    make_app, tui_store: Store, lang: str
) -> None:
    """An id the user typed that another report holds; an id the store cannot take (said in the
    dialog too, not in an "Impor gagal" toast); the instansi and year of a report there already
    (opened from the list rather than made twice)."""
    tui_store.import_report(empty_report("dinas-lama-2025", "Dinas Lama", 2025))
    bundled = Store(tui_store.root).load(BUNDLED_REPORT_ID).report.meta
    en = lang == "en"
    app = make_app(report_id=BUNDLED_REPORT_ID, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        dialog = await empty_report_dialog(pilot)
        await _type(pilot, dialog, "Dinas Baru", "2025", BUNDLED_REPORT_ID)
        said = " ".join(_error(dialog).split())
        head = (
            f"The id '{BUNDLED_REPORT_ID}' is taken by the report of {bundled.instansi}"
            if en
            else f"Id '{BUNDLED_REPORT_ID}' sudah dipakai laporan {bundled.instansi}"
        )
        assert said.startswith(head), said
        assert f"{BUNDLED_REPORT_ID}-2-2025" in said
        assert app.screen is dialog and dialog.focused is dialog.query_one("#report-id")
        assert dialog.query_one("#report-id", Input).value == BUNDLED_REPORT_ID  # kept
        await _type(pilot, dialog, "Dinas Baru", "2025", "Dinas Baru!")
        assert app.screen is dialog and dialog.focused is dialog.query_one("#report-id")
        said = _error(dialog)
        assert ("Invalid report id" if en else "tidak sah") in said, said
        await _type(pilot, dialog, "dinas  LAMA", "2025", "")
        said = " ".join(_error(dialog).split())
        assert said == (
            "This report exists: 'dinas-lama-2025' (open it from the list, r). For a second one, "
            "type another id, e.g. dinas-lama-2-2025."
            if en
            else "Laporan ini sudah ada: 'dinas-lama-2025' (buka dari daftar, r). Untuk laporan "
            "kedua, tulis id lain, mis. dinas-lama-2-2025."
        )
        assert app.screen is dialog and dialog.query_one("#instansi", Input).value == "dinas  LAMA"
        assert not app.toasts
        await pilot.press("escape")
        await settle(pilot)
    assert len(Store(tui_store.root).list_reports()) == 2  # nothing made, nothing replaced


@pytest.mark.parametrize(
    ("lang", "words"), [("id", ("⏎ Buat", "Tahun")), ("en", ("⏎ Create", "Year"))]
)
async def test_the_new_report_dialog_says_create_in_the_users_language(
    make_app, lang: str, words: tuple[str, str]
) -> None:
    """Its Enter makes a report ("⏎ Impor" it said) and its year field is named in the user's
    language (English users read "Tahun", "Id (boleh kosong)")."""
    from lkj_tui.tui.components.keybar import KeyBar

    app = make_app(report_id=BUNDLED_REPORT_ID, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        dialog = await empty_report_dialog(pilot)
        bar = str(dialog.query_one(KeyBar).render())
        assert words[0] in bar and "Impor" not in bar and "Import" not in bar, bar
        labels = [str(label.render()) for label in dialog.query(".form-label")]
        assert labels == ["Instansi", words[1], "Id"]
        assert ("boleh" in dialog.query_one("#report-id", Input).placeholder) == (lang == "id")


@pytest.fixture
def inspektorat(tui_store: Store) -> str:
    """A kabupaten report benchmarks/generate.py makes (Inspektorat Daerah 2023): 191 places for
    its first indikator kegiatan, where at 80 columns two sub kegiatan of one name read
    "Pemeliharaan Arsi…" (id) and two others "Koordinasi…Kelom…" (en)."""
    from lkj_tui.core.model import Report
    from tests.test_benchmarks import _generator

    generate = _generator()
    plan = generate.plan(generate.SCALES["kabupaten"])[32]
    tui_store.import_report(Report.from_document(generate.build_document(plan, 1)))
    return plan.id


async def first_move_picker(pilot: Pilot) -> Screen[object]:
    """``M`` on the report's first indikator kegiatan, once loaded: the screen it opens."""
    app = pilot.app
    await settle(pilot)
    first = next(n for n in app.view.report.walk() if n.kind == "indikator_kegiatan")
    assert app.tree.reveal(first.id)
    await settle(pilot)
    await pilot.press("M")
    await settle(pilot)
    await pilot.pause()
    return app.screen


_TOLD = {
    "id": [
        "Sub Kegiatan · Pemeliharaan Arsip…  di bawah …› …Data Kinerja…",
        "Sub Kegiatan · Pemeliharaan Arsip…  di bawah …› …Ruas Jalan…",
    ],
    "en": [
        "Sub-activity · Koordinasi…Kelompok…  under …› …Kegiatan…",
        "Sub-activity · Koordinasi…Kelompok…  under …› …Puskesmas…",
    ],
}


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_move_picker_cuts_no_name_within_a_word_at_80_columns(
    make_app, inspektorat: str, lang: str
) -> None:
    """``M`` on the first indikator kegiatan at 80×24: every name shown is whole or cut after a
    whole word, its place giving way: to the words that tell its parent from the parent of the
    same name's other row ("Pemeliharaan Arsip…  di bawah …› …Ruas Jalan…", which read
    "Pemeliharaan Arsi…  di bawah …› Pendataan Ruas…"), or to its parent's first word; where
    each would read as another row, the name is cut before the word. No two rows read alike.
    Over the 200 kabupaten reports' first indikator kegiatan (47,233 rows,
    /work/brief/scripts/edit41-count.py): names cut within a word 516 → 1 (id), 363 → 1 (en)."""
    from textual.widgets import OptionList

    from lkj_tui.tui.components.picker import PickerDialog, _at_word, name_start

    app = make_app(report_id=inspektorat, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        dialog = await first_move_picker(pilot)
        assert isinstance(dialog, PickerDialog) and dialog._width == 62
        options = dialog.query_one(OptionList)
        labels = {row_id: label for row_id, label, _ in dialog.rows}
        shown = [options.get_option_at_index(k) for k in range(options.option_count)]
        texts = [str(option.prompt) for option in shown]
        assert len(texts) == 191 and len(set(texts)) == len(texts)  # none reads as another
        names = [t.split("  ")[0] for t in texts]  # (the place after two spaces)
        cut = [t for o, t in zip(shown, names, strict=True) if not _at_word(t, labels[o.id])]
        assert cut == []
        assert sorted(t for t in texts if t in _TOLD[lang]) == _TOLD[lang]
        for name in names:  # (a name shows a word of its own beside its kind)
            assert name[name_start(name, dialog.kinds) :].strip(" ·…"), name


def _chain(store: Store) -> dict[str, str]:
    """A report of one line of nodes, T1 › S1 › IKU 1 › a program › a kegiatan › a sub kegiatan
    › an indikator kegiatan, and a second Sasaran: node ids by kind."""
    from lkj_tui.core import edits

    report = empty_report("rantai-2025", "Dinas Rantai", 2025)
    ids: dict[str, str] = {}
    chain = [
        ("tujuan", "T1", None),
        ("sasaran", "S1", "tujuan"),
        ("iku", "IKU 1", "sasaran"),
        ("program", "", "iku"),
        ("kegiatan", "", "program"),
        ("subkegiatan", "", "kegiatan"),
        ("indikator_kegiatan", "", "subkegiatan"),
    ]
    for kind, code, parent in chain:
        node_id = f"{kind[:6]}-1"
        under = ids[parent] if parent else None
        edits.apply(report, edits.add(report, under, kind, f"{kind} satu", code, node_id=node_id))
        ids[kind] = node_id
    edits.apply(report, edits.add(report, ids["tujuan"], "sasaran", "Sasaran dua", "S2"))
    store.import_report(report)
    return ids


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_bar_leaves_move_off_a_deeper_node_with_nowhere_to_go(
    make_app, tui_store: Store, lang: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A sub kegiatan whose kegiatan is the report's only one had "M Pindah" on the bar, which
    only answered that there was no place: now off, as on a Tujuan (edit40), and offered again
    once another kegiatan is there. An IKU (another Sasaran), a kegiatan (the IKU) and an
    indikator kegiatan (the program, the kegiatan) keep it. The kinds are counted once per
    version of the report, never at each cursor move."""
    from lkj_tui.tui import app as app_module
    from tests.tui.test_edit40 import MOVE
    from tests.tui.test_keybar import bar

    ids = _chain(tui_store)
    counted: list[int] = []
    count = app_module.kinds_held

    def counting(report):  # type: ignore[no-untyped-def]
        counted.append(len(report))
        return count(report)

    monkeypatch.setattr(app_module, "kinds_held", counting)
    app = make_app(report_id="rantai-2025", lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        offered = {}
        for kind in ("iku", "kegiatan", "indikator_kegiatan", "subkegiatan", "program"):
            assert app.tree.reveal(ids[kind])
            await settle(pilot)
            await pilot.pause()
            offered[kind] = MOVE[lang] in bar(app)
        assert offered == {
            "iku": True,  # under S2
            "kegiatan": True,  # under IKU 1
            "indikator_kegiatan": True,  # under the program or the kegiatan
            "subkegiatan": False,  # its kegiatan is the only one
            "program": True,  # under S1 or S2
        }, bar(app)
        assert len(counted) == 1  # five cursor moves, one count
        assert app.tree.reveal(ids["kegiatan"])
        await settle(pilot)
        await pilot.press("A")  # a second kegiatan beside it: its kind first
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press(*"Kegiatan dua", "enter", "enter")
        await settle(pilot)
        await settle(pilot)
        assert len(app.view.report) == 9
        assert app.tree.reveal(ids["subkegiatan"])
        await settle(pilot)
        await pilot.pause()
        assert MOVE[lang] in bar(app), bar(app)
        assert len(counted) == 2


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_refusal_is_whole_at_60x20(make_app, tui_store: Store, lang: str) -> None:
    """At 60×20 the dialog showed one line of the refusal's three ("This report exists:
    'dinas-lama-2025' (open it from"): the fields drop their borders where it is cut."""
    tui_store.import_report(empty_report("dinas-lama-2025", "Dinas Lama", 2025))
    app = make_app(report_id=BUNDLED_REPORT_ID, lang=lang)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        dialog = await empty_report_dialog(pilot)
        await _type(pilot, dialog, "Dinas Lama", "2025", "")
        await pilot.pause()
        error, box = dialog.query_one("#error"), dialog.query_one(".dialog")
        assert error.display and error.region.height >= 2
        assert error.region.bottom <= box.content_region.bottom  # its last line on screen
        assert "dinas-lama-2-2025" in _error(dialog)
