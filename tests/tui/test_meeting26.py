"""tui26: the TUI in a meeting: the pane's capaian before a realisasi, the help's key column,
the summary's "rev. N"."""

from __future__ import annotations

from dataclasses import replace

from lkj_tui.core.i18n import tr
from tests.tui.conftest import opened, settle, text_of
from tests.tui.test_meeting22 import NEXT_YEAR
from tests.tui.test_meeting25 import rolled_over

SMALL = (80, 24)


async def test_the_pane_says_no_realisasi_yet_where_the_tree_shows_a_dash(make_app, tmp_path):
    """On next year's report the tree shows "—" on a measure without its realisasi, but the pane
    said "Capaian: tidak terukur", a verdict on an indicator that only waits for its realisasi:
    it says "— belum ada realisasi" / "— no realisasi yet"; a realisasi that cannot be compared
    (no target) keeps "tidak terukur" (id and en)."""
    said = {"id": "— belum ada realisasi", "en": "— no realisasi yet"}
    for lang, waiting in said.items():
        kw = {"store": rolled_over(tmp_path / f"rolled-{lang}"), "report_id": NEXT_YEAR}
        async with opened(make_app, "IKU 2", (120, 40), lang=lang, **kw) as (app, _, _):
            pane = " ".join(text_of(app.detail).split())
            capaian = f"{tr('capaian', lang)}: "
            assert f"{capaian}{waiting}" in pane, pane
            assert tr("no_capaian", lang) not in pane, pane
        # a realisasi without a target cannot be compared: "tidak terukur" stays
        store = rolled_over(tmp_path / f"untargeted-{lang}")
        report = store.load(NEXT_YEAR).report
        iku = next(n for n in report.walk() if n.code == "IKU 2")
        measure = replace(iku.measure, target=None, realisasi="CC")
        report.replace_node(iku.with_changes(measure=measure))
        store.import_report(report, overwrite=True)
        kw = {"store": store, "report_id": NEXT_YEAR}
        async with opened(make_app, "IKU 2", (120, 40), lang=lang, **kw) as (app, _, _):
            pane = " ".join(text_of(app.detail).split())
            assert f"{capaian}{tr('no_capaian', lang)}" in pane, pane
            assert waiting not in pane, pane


async def test_the_helps_keys_read_on_one_line(make_app) -> None:
    """The help's key column wrapped ("↑ ↓ atau / k/j" over 3 lines, "g / G, Home / End" over
    two) at 80 and 100 columns, the grid shrinking both columns alike: each key reads on one
    line at 80, 100 and 120 columns, id and en, and its description takes the rest."""
    from rich.cells import cell_len
    from textual.widgets._markdown import MarkdownTableCellContents

    from lkj_tui.tui.screens import HelpScreen

    for lang in ("id", "en"):
        for width in (80, 100, 120):
            async with opened(make_app, None, (width, 30), lang=lang) as (app, pilot, _):
                await pilot.press("question_mark")
                await settle(pilot)
                assert isinstance(app.screen, HelpScreen)
                cells = list(app.screen.query(MarkdownTableCellContents))
                keys = [c for c in cells if (c.name or "").endswith(".1")]
                assert len(keys) > 40, len(keys)
                for cell in keys:
                    key = cell.visual.plain if hasattr(cell.visual, "plain") else str(cell.visual)
                    lines = [line.strip() for line in text_of(cell).splitlines() if line.strip()]
                    assert lines == [key.strip()], (lang, width, key, lines)
                    assert cell.content_region.width >= cell_len(key), (lang, width, key)


async def test_rev_n_stays_with_the_report_id_it_follows(make_app, tmp_path) -> None:
    """At 100 columns a kabupaten report's summary ("LKj 2025 · Dinas Kesehatan Kabupaten
    Bengkulu Selatan · bengkulu-selatan-dinas-kesehatan-2025 rev. 1") wrapped "rev. 1" alone
    onto its second line: it stays with the report id it follows (id and en; 80, 100, 120
    columns, an instansi long enough that "rev. 1" is the one part that does not fit)."""
    from lkj_tui.bundled import load_bundled_report
    from lkj_tui.storage.store import Store

    rid = "bengkulu-selatan-dinas-kesehatan-2025"
    for width in (80, 100, 120):
        room = width - 2  # (the summary's padding)
        base = f"LKj 2023  ·    ·  {rid}"
        left = room - 4 - len(base)  # 4 cells left on the line: "  rev. 1" does not fit
        instansi = "Dinas"
        for word in ("Kesehatan", "Kabupaten", "Bengkulu", "Selatan", "Provinsi", "Bengkulu"):
            if len(instansi) + 1 + len(word) <= left:
                instansi += f" {word}"
        instansi += "x" * (left - len(instansi))
        store = Store(tmp_path / f"s{width}", seed=load_bundled_report)
        report = store.load(store.list_reports()[0].id).report
        report.meta = replace(report.meta, id=rid, instansi=instansi)
        store.import_report(report)
        for lang in ("id", "en"):
            kw = {"store": store, "report_id": rid, "lang": lang}
            async with opened(make_app, None, (width, 30), **kw) as (app, _, _):
                summary = app.query_one("#summary")
                assert summary.content_region.width == room
                lines = text_of(summary).splitlines()
                # (the id on a line of its own, no "·" left ending the line: tui29)
                assert lines[0].rstrip().endswith(instansi), (width, lang, lines)
                assert lines[1].strip() == f"{rid}  rev. 1", (width, lang, lines)
