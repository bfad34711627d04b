"""tui22: the TUI in a meeting: T offered only where a target is missing, the reviu's findings
in the detail pane say where their node is, the palette keeps its word in the key bar."""

from __future__ import annotations

from dataclasses import replace

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core.reviu.measures import is_missing
from lkj_tui.core.rollover import rollover
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.keybar import KeyBar
from tests.tui.conftest import opened, settle, text_of
from tests.tui.test_meeting16 import kabupaten_report  # noqa: F401 (a fixture)

SMALL = (80, 24)
NEXT_YEAR = "bengkulu-selatan-setda-2024"


def bar(app) -> str:
    return text_of(app.screen.query_one(KeyBar))


def next_year_store(path, missing: str | None = None) -> Store:
    """The bundled report rolled over to 2024 (no realisasi yet), every target filled but that
    of the node coded ``missing``."""
    store = Store(path, seed=load_bundled_report)
    report = rollover(store.load(BUNDLED_REPORT_ID).report, 2024)
    for node in list(report.walk()):
        m = node.measure
        if m is not None and node.code == missing:
            report.replace_node(node.with_changes(measure=replace(m, target=None)))
        elif m is not None and is_missing(m.target):
            report.replace_node(node.with_changes(measure=replace(m, target="90")))
    store.import_report(report)
    return store


async def test_T_is_offered_only_while_some_measure_lacks_its_target(make_app, tmp_path) -> None:
    """Next year's report showed T (measures without a target) on every indicator, even with
    every target filled, where T then only said there was nothing to show: T is on the bar while
    some measure lacks its target, and leaves it once the last one is typed in (id and en)."""
    for lang, word in (("id", "T Tanpa target"), ("en", "T No target")):
        store = next_year_store(tmp_path / f"all-{lang}")
        kw = {"store": store, "report_id": NEXT_YEAR, "lang": lang}
        async with opened(make_app, "IKU 1", SMALL, **kw) as (app, _, _):
            assert not app.view.in_review
            shown = bar(app)
            assert shown.startswith(" t Target ") and word not in shown, shown
        store = next_year_store(tmp_path / f"one-{lang}", missing="IKU 1")
        kw = {"store": store, "report_id": NEXT_YEAR, "lang": lang}
        async with opened(make_app, "IKU 1", SMALL, **kw) as (app, pilot, _):
            e = "e Realisasi" if lang == "id" else "e Actual"  # (edit39: e after t)
            assert bar(app).startswith(f" t Target {e} {word} "), bar(app)
            await pilot.press("t")
            await settle(pilot)
            await pilot.press(*"3,40", "enter")
            await settle(pilot)
            assert app.view.report.get(app.tree.current_id()).measure.target == "3,40"
            shown = bar(app)
            assert shown.startswith(" t Target ") and word not in shown, shown


async def test_the_palette_keeps_its_word_at_80_to_120_columns(
    make_app, tmp_path, monkeypatch
) -> None:
    """At 100-110 columns on an IKU the node's keys ("M Pindah ^z Batal") took the room of the
    palette's word and "^p" stood alone: the keys that build the tree give way to it (the
    palette lists them), the keys that find and fill stay first, id and en. The cursor's move
    to the IKU always waits for the cursor to rest here (under load it did now and then, and
    the bar was read while it still showed the start node's keys: tui25)."""
    import lkj_tui.tui.app as app_module

    # the pane's clock stands still: every move after its first update waits for the rest
    monkeypatch.setattr(app_module, "monotonic", lambda: 1000.0)
    store = next_year_store(tmp_path / "next", missing="IKU 1")
    words = {"id": "^p Perintah", "en": "^p Commands"}
    for width in (80, 100, 110, 120):
        for lang, word in words.items():
            # in review: u n / and the IKU's realisasi; next year's: its target and T (n only
            # with T's filter on: nothing is under target before any realisasi, tui23)
            for kw, lead in (
                ({}, ("u ", "n ", "/ ", "e ")),
                ({"store": store, "report_id": NEXT_YEAR}, ("t ", "T ")),
            ):
                async with opened(make_app, "IKU 1", (width, 24), lang=lang, **kw) as (app, _, _):
                    shown = bar(app)
                    assert shown.rstrip().endswith(word), (width, lang, shown)
                    left = shown.split("  ")[0]  # (the keys before the gap to ? q ^p)
                    assert all(f" {key}" in left for key in lead), (width, lang, shown)


async def test_the_detail_panes_findings_say_where_a_shared_row_is(
    make_app,
    tui_store,
    kabupaten_report,  # noqa: F811
) -> None:
    """A kabupaten's kegiatan indicators share names ("Nilai Sarana dan Prasarana Kantor" under
    several kegiatan); check names each finding's row with where it is, "(IKU 1 › Penyediaan
    …)", but the detail pane's findings said nothing of it: their title says it now, in check's
    words (core/reviu.Places.parts), id and en; an IKU's title stays as it was."""
    from lkj_tui.core.reviu import Places
    from tests.conftest import run_cli

    for lang, section in (("id", "Temuan reviu"), ("en", "Reviu findings")):
        printed = " ".join(
            run_cli(
                "check", "-r", kabupaten_report, "--lang", lang, store=tui_store.root
            ).stdout.split()
        )
        async with opened(make_app, None, report_id=kabupaten_report, lang=lang) as (app, pilot, _):
            places = Places(app.view.report)
            node = next(
                app.view.report.get(f.node)
                for f in app.reviu.findings
                if f.node and places.parts(app.view.report.get(f.node))[1]
            )
            where = places.parts(node)[1]
            assert f"({where}" in printed  # (check's words for its place)
            app.tree.reveal(node.id)
            await settle(pilot)
            n = len(app.reviu.of(node.id))
            shown = " ".join(app.detail.part_text("reviu").split())
            assert shown.startswith(f"{section} ({n}) · {where} "), shown
            iku = next(n for n in app.view.report.walk() if n.code and app.reviu.of(n.id))
            app.tree.reveal(iku.id)
            await settle(pilot)
            shown = app.detail.part_text("reviu")
            assert shown.split("\n")[0] == f"{section} ({len(app.reviu.of(iku.id))})", shown


async def test_T_stays_on_the_bar_while_its_filter_is_on(make_app, tmp_path) -> None:
    """In a report in review, an IKU with its realisasi but no target led the bar with "e
    Realisasi" (no capaian without a target: t is what it needs), and with T's filter on, the
    filter's parents (a tujuan) showed no T to leave it: a first-time reviewer did not find the
    way out. A measure without a target leads with t T n; T's filter keeps T on every row."""
    store = Store(tmp_path / "store", seed=load_bundled_report)
    report = store.load(BUNDLED_REPORT_ID).report
    iku = next(n for n in report.walk() if n.code == "IKU 2")
    assert iku.measure.realisasi
    report.replace_node(iku.with_changes(measure=replace(iku.measure, target=None)))
    store.import_report(report, overwrite=True)
    for lang, words, next_ in (
        ("id", ("t Target", "T Semua"), "Berikut"),  # (T under its filter: tui24)
        ("en", ("t Target", "T Show all"), "Next"),
    ):
        async with opened(make_app, "IKU 2", SMALL, store=store, lang=lang) as (app, pilot, _):
            assert app.view.in_review
            shown = bar(app)
            find = "Cari" if lang == "id" else "Search"
            assert shown.startswith(f" u Filter ▼ n {next_} ▼ / {find} {words[0]} "), shown
            await pilot.press("T")
            await settle(pilot)
            assert app.only_untargeted
            await pilot.press("g")  # the top: a tujuan, a parent of the filter's rows
            await settle(pilot)
            assert app.selected().measure is None
            assert bar(app).startswith(f" {words[1]} "), bar(app)
            await pilot.press("T")  # the way out it shows
            await settle(pilot)
            assert not app.only_untargeted


async def test_search_finds_a_row_by_the_id_check_prints(make_app, tui_store) -> None:
    """check names a row without a kode by its id ("simpul 0ac1b075"), which set takes; a
    reviewer reading check's findings in a meeting typed it into / and got "Tidak ditemukan".
    The search finds the row by it (with its word, or its first 8 characters alone), id and en."""
    import re

    from tests.conftest import run_cli

    out = run_cli("check", store=tui_store.root).stdout
    head = re.search(r"simpul ([0-9a-f]{8})", out).group(1)
    for lang, typed in (("id", f"simpul {head}"), ("en", f"node {head}"), ("id", head.upper())):
        async with opened(make_app, None, lang=lang) as (app, pilot, _):
            (node,) = [n for n in app.view.report.walk() if n.id.startswith(head)]
            assert not node.code and head not in node.name.casefold()
            await pilot.press("slash")
            await settle(pilot)
            await pilot.press(*typed)
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            assert app.tree.current_id() == node.id, (lang, typed)


async def test_esc_leaves_the_filter(make_app, tmp_path) -> None:
    """A first-time reviewer in u's (or T's) filter pressed Esc to see the whole tree again, and
    nothing happened: Esc leaves either filter as its own key does, id and en; without a
    filter it does nothing."""
    store = next_year_store(tmp_path / "next", missing="IKU 1")
    for lang, said in (("id", "Menampilkan semua simpul."), ("en", "Showing every node.")):
        for key, on, kw in (
            ("u", "only_under", {}),
            ("T", "only_untargeted", {"store": store, "report_id": NEXT_YEAR}),
        ):
            async with opened(make_app, None, lang=lang, **kw) as (app, pilot, _):
                whole = text_of(app.tree)
                await pilot.press("escape")
                await settle(pilot)
                assert not any(said in toast[0] for toast in app.toasts)
                await pilot.press(key)
                await settle(pilot)
                assert getattr(app, on) and app.tree.only is not None
                assert text_of(app.tree) != whole
                await pilot.press("escape")
                await settle(pilot)
                assert not app.only_under and not app.only_untargeted
                assert app.tree.only is None and app.toasts[-1][0] == said
                # the key bar follows: T's filter left on the same row keeps no "T" first
                assert not bar(app).startswith((" T Tanpa target", " T No target")), bar(app)
