"""tui24: the key bar names a filter's key for what it does while its filter is on."""

from __future__ import annotations

from dataclasses import replace

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.storage.store import Store
from tests.tui.conftest import opened, settle
from tests.tui.test_meeting22 import bar

#: per language: the filter keys' words off and on, n's word under T's filter, the palette's key
WORDS = {
    "id": ("u Filter ▼", "T Tanpa target", "Semua", "n Berikut tanpa target", "^p Perintah"),
    "en": ("u Filter ▼", "T No target", "Show all", "n Next without target", "^p Commands"),
}


async def test_a_filter_key_reads_show_all_while_its_filter_is_on(make_app, tmp_path) -> None:
    """With u's filter on the bar still called u "Filter ▼", and with T's "T Tanpa target n
    Berikut tanpa target", which repeated itself and, at 80 columns in Indonesian, cost ^p its
    word. While its filter is on, u and T read "Semua" / "Show all" (they turn it off), the
    palette keeps its word at 80 and 120 columns, and the keys take their words back when the
    filter is left (id and en)."""
    store = Store(tmp_path / "store", seed=load_bundled_report)
    report = store.load(BUNDLED_REPORT_ID).report
    iku = next(n for n in report.walk() if n.code == "IKU 2")
    report.replace_node(iku.with_changes(measure=replace(iku.measure, target=None)))
    store.import_report(report, overwrite=True)
    for lang, (under, untargeted, all_, walks, palette) in WORDS.items():
        for size in ((80, 24), (120, 40)):
            async with opened(make_app, "IKU 2", size, store=store, lang=lang) as (app, pilot, _):
                assert f" {under} " in bar(app), (lang, size, bar(app))
                for key, off in (("T", untargeted), ("u", under)):
                    await pilot.press(key)
                    await settle(pilot)
                    assert app.filter_mode() is not None
                    shown = bar(app)
                    assert f" {key} {all_} " in shown and off not in shown, (lang, size, shown)
                    assert shown.endswith(f" {palette}"), (lang, size, shown)
                    if key == "T":
                        assert f" {walks} " in shown, (lang, size, shown)
                    await pilot.press(key)
                    await settle(pilot)
                    assert app.filter_mode() is None
                    shown = bar(app)
                    assert f" {key} {all_} " not in shown and f" {under} " in shown, shown
