"""tui25: the TUI in a meeting: u and n on next year's report say what can be done, u's word
while T's filter is on, the value dialog's title in the pane's words."""

from __future__ import annotations

from dataclasses import replace

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core.rollover import rollover
from lkj_tui.storage.store import Store
from tests.tui.conftest import opened, settle
from tests.tui.test_meeting22 import NEXT_YEAR, bar, next_year_store

SMALL = (80, 24)


def rolled_over(path) -> Store:
    """The bundled report rolled over to 2024 as ``new --from`` makes it: no realisasi, the
    measures the old report gave no target for next year without one."""
    store = Store(path, seed=load_bundled_report)
    store.import_report(rollover(store.load(BUNDLED_REPORT_ID).report, 2024))
    return store


async def test_u_and_n_before_any_realisasi_name_what_can_be_done(make_app, tmp_path) -> None:
    """On next year's report (no realisasi yet) n said only "Tidak ada yang di bawah target", and
    u showed an empty tree: both say that nothing can be under target before a realisasi and
    name T with how many measures lack their target (or that none does); u turns no filter on
    (id and en)."""
    said = {
        "id": ("Belum ada realisasi", "T: indikator tanpa target ({n})", "sudah punya target"),
        "en": ("No realisasi yet", "T: the indicators without a target ({n})", "has its target"),
    }
    for lang, (first, walk, all_targeted) in said.items():
        kw = {"store": rolled_over(tmp_path / f"rolled-{lang}"), "report_id": NEXT_YEAR}
        async with opened(make_app, "IKU 1", SMALL, lang=lang, **kw) as (app, pilot, node):
            assert not app.view.in_review
            left = len(app.view.untargeted())
            assert left > 1
            for key in ("n", "N", "u"):
                await pilot.press(key)
                await settle(pilot)
                toast = app.toasts[-1][0]
                assert toast.startswith(first) and walk.format(n=left) in toast, (key, toast)
                assert app.filter_mode() is None and app.tree.current_id() == node
            await pilot.press("T", "n")  # what it names works
            await settle(pilot)
            assert app.filter_mode() == "untargeted"
            assert app.tree.current_id() in app.view.untargeted()
        kw = {"store": next_year_store(tmp_path / f"filled-{lang}"), "report_id": NEXT_YEAR}
        async with opened(make_app, "IKU 1", SMALL, lang=lang, **kw) as (app, pilot, _):
            await pilot.press("n")
            await settle(pilot)
            toast = app.toasts[-1][0]
            assert toast.startswith(first) and all_targeted in toast, toast


async def test_u_under_Ts_filter_is_named_for_the_filter_it_switches_to(make_app, tmp_path) -> None:
    """With T's filter on, the bar offered "u Filter ▼" (120 columns, English), but u there
    switches from T's filter to the under-target one: it reads "u Under target ▼" / "u Di bawah
    target ▼" where it fits, and the old word is gone at every width; u then does what it says,
    and on the under-target filter it reads "Semua" / "Show all" again (tui24)."""
    store = Store(tmp_path / "store", seed=load_bundled_report)
    report = store.load(BUNDLED_REPORT_ID).report
    iku = next(n for n in report.walk() if n.code == "IKU 2")
    report.replace_node(iku.with_changes(measure=replace(iku.measure, target=None)))
    store.import_report(report, overwrite=True)
    words = {"id": ("u Di bawah target ▼", "u Semua"), "en": ("u Under target ▼", "u Show all")}
    for lang, (to_under, all_) in words.items():
        for width, shows in ((80, False), (120, lang == "en"), (160, True)):
            size = (width, 40)
            async with opened(make_app, "S1", size, store=store, lang=lang) as (app, pilot, _):
                await pilot.press("T")
                await settle(pilot)
                assert app.filter_mode() == "untargeted"
                shown = bar(app)
                assert "Filter ▼" not in shown, (lang, width, shown)
                assert (f" {to_under} " in shown) is shows, (lang, width, shown)
                await pilot.press("u")
                await settle(pilot)
                assert app.filter_mode() == "under"
                assert f" {to_under} " not in bar(app) and f" {all_} " in bar(app), bar(app)


async def test_the_value_dialogs_title_names_its_field_as_the_pane_does(make_app) -> None:
    """The English dialog of e was titled "Edit realisasi 2023" while its pane and its own other
    value said "Actual (Realisasi)": the titles take the field's word from the labels' table
    (core/i18n), e's and t's alike, id and en."""
    from lkj_tui.core.i18n import tr
    from tests.tui.conftest import text_of

    for lang, verb in (("id", "Ubah"), ("en", "Edit")):
        async with opened(make_app, "IKU 1", SMALL, lang=lang) as (app, pilot, _):
            for key, field, other in (("e", "realisasi", "target"), ("t", "target", "realisasi")):
                words = " ".join(app.detail.text.split())  # (the pane's words, as wrapped)
                assert f"{tr(field, lang)} 2023: " in words
                await pilot.press(key)
                await settle(pilot)
                shown = text_of(app.screen)
                title = next(line.strip() for line in shown.splitlines() if line.strip())
                assert title == f"{verb} {tr(field, lang)} 2023", shown
                assert f"{tr(other, lang)}: " in shown  # (the dialog's label for the other)
                await pilot.press("escape")
                await settle(pilot)


async def test_next_years_rows_have_no_rating_column_until_a_realisasi(make_app, tmp_path) -> None:
    """Next year's report before any realisasi said "— tidak terukur" on every measure's row (a
    verdict on an indicator that only waits for its realisasi; the summary says "belum ada
    realisasi"), and its names lost those cells: the rows show "—" alone and the names whole;
    the first realisasi brings the rating column to every row, and its undo takes it away."""
    from lkj_tui.core.i18n import tr
    from tests.tui.conftest import text_of

    for lang in ("id", "en"):
        none = tr("no_capaian", lang)
        kw = {"store": rolled_over(tmp_path / f"rolled-{lang}"), "report_id": NEXT_YEAR}
        async with opened(make_app, "IKU 2", (120, 40), lang=lang, **kw) as (app, pilot, _):
            tree = text_of(app.tree)
            assert none not in tree and "IKU 2 Indeks Reformasi Hukum " in tree, tree
            await pilot.press("e", *"CC", "enter")
            await settle(pilot)
            if app.view.report.get(app.tree.current_id()).measure.realisasi != "CC":
                await pilot.press("enter")  # (a second Enter for a doubt, if the engine has one)
                await settle(pilot)
            tree = text_of(app.tree)
            assert app.view.in_review and f"— {none}" in tree, tree
            await pilot.press("ctrl+z")
            await settle(pilot)
            assert not app.view.in_review and none not in text_of(app.tree), text_of(app.tree)


async def test_search_lists_the_iku_a_name_begins_with_first(make_app) -> None:
    """`/` listed its name matches in report order: "nilai" gave IKU 8 *Nilai AKIP …* sixth,
    after a kegiatan indicator that only has the word inside (*Jumlah Dokumen proses PBJ Nilai
    IKM…*), and a kabupaten's "opini" its IKU 4 after four indikator kegiatan "Opini …". Names
    that begin with the text come first, a node with a kode (an IKU) before the rows under it."""
    from tests.tui.test_meeting import offered

    async with opened(make_app, None, SMALL) as (app, pilot, _):
        await pilot.press("slash", *"nilai")
        await settle(pilot)
        shown = [" ".join(prompt.split()) for prompt in offered(app)]
        assert len(shown) == 8, shown
        for place, code in enumerate(("IKU 1 ", "IKU 6 ", "IKU 7 ", "IKU 8 ")):
            assert code in shown[place], shown
        inside = next(i for i, x in enumerate(shown) if "Jumlah Dokumen proses PBJ Nilai" in x)
        begins = next(i for i, x in enumerate(shown) if "Nilai kepatuhan" in x)
        assert begins < inside, shown
        await pilot.press("enter")
        await settle(pilot)
        assert app.view.report.get(app.tree.current_id()).code == "IKU 1"


async def test_a_report_opened_from_the_list_is_named_with_its_year(make_app, tmp_path) -> None:
    """Opening another year of the same office (the report list, the overview) said "Membuka
    Sekretariat Daerah Kabupaten Bengkulu Selatan" for each year alike: the summary's first line
    names the year too, id and en; no toast says it again over the detail pane (tui34)."""
    from lkj_tui.tui.components.summary import SummaryBar
    from tests.tui.conftest import text_of

    for lang, word in (("id", "Membuka"), ("en", "Opened")):
        kw = {"store": rolled_over(tmp_path / f"two-{lang}"), "report_id": NEXT_YEAR}
        async with opened(make_app, None, SMALL, lang=lang, **kw) as (app, pilot, _):
            toasts = len(app.toasts)
            app.switch_to(BUNDLED_REPORT_ID)  # (what the list's Enter calls)
            await settle(pilot)
            instansi = app.view.report.meta.instansi
            assert app.view.report_id == BUNDLED_REPORT_ID
            first = " ".join(text_of(app.query_one(SummaryBar)).split())
            assert first.startswith(f"LKj 2023 · {' '.join(instansi.split())}"), first
            assert not any(word in m for m, *_ in app.toasts[toasts:]), app.toasts


async def test_a_report_with_only_quarters_reported_is_in_review(make_app, tmp_path) -> None:
    """A report whose realisasi are all derived from the triwulan (no year's realisasi typed,
    the quarters filled) read as next year's before any realisasi: its rows lost their rating
    column and the key bar u and n. A quarter's value counts as a realisasi reported."""
    from lkj_tui.core.i18n import tr
    from tests.tui.conftest import text_of

    store = rolled_over(tmp_path / "quarters")
    report = store.load(NEXT_YEAR).report
    iku = next(n for n in report.walk() if n.code == "IKU 1")
    measure = replace(iku.measure, triwulan=("3,1", "3,2", "3,3", "3,4"), cara_hitung="nilai_akhir")
    report.replace_node(iku.with_changes(measure=measure))
    store.import_report(report, overwrite=True)
    kw = {"store": store, "report_id": NEXT_YEAR}
    async with opened(make_app, "IKU 2", (120, 40), **kw) as (app, _, _):
        assert app.view.in_review
        assert f"— {tr('no_capaian', 'id')}" in text_of(app.tree)
        assert bar(app).startswith(" u Filter ▼ n Berikut ▼ "), bar(app)
