"""tui42: search results (``/``) that would read alike at 60×20 keep what tells them apart."""

from __future__ import annotations

from typing import Any

import pytest
from textual.widgets import OptionList

from lkj_tui.core.model import Measure, Node
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.keybar import KeyBar
from lkj_tui.tui.screens import SearchScreen
from tests.test_sharing16 import two_conflicts
from tests.test_sync import offices  # noqa: F401  (a fixture)
from tests.tui.conftest import report_id, settle, text_of
from tests.tui.test_sharing import office_env  # noqa: F401  (a fixture)

NAME = "Persentase Dokumen Perencanaan Perangkat Daerah"


def _kabupaten_like(store: Store) -> None:
    """Under the bundled report's IKU 1, as kabupaten reports have them: one indikator name in
    two sub kegiatan named apart (their parents tell them), and twice in a third (twins)."""
    rid = report_id()
    report = store.load(rid).report
    iku = next(n for n in report.walk() if n.code == "IKU 1")
    report.add_node(Node("tui42-k", "kegiatan", "Peningkatan Kapasitas Layanan", iku.id, 90))
    parents = ("Pemeliharaan Dokumen Perencanaan", "Pengelolaan Dokumen Perencanaan", "Rapat")
    for i, name in enumerate(parents):
        report.add_node(Node(f"tui42-s{i}", "subkegiatan", name, "tui42-k", i))
    for i, parent in enumerate(("tui42-s0", "tui42-s1", "tui42-s2", "tui42-s2")):
        node_id = f"{i}4d2a0ff" + "0" * 24  # (ids as made: hex, apart in their first 8)
        measure = Measure(satuan="%", target="10")
        report.add_node(Node(node_id, "indikator_kegiatan", NAME, parent, i, measure=measure))
    store.import_report(report, overwrite=True)


async def searched(pilot: Any, text: str) -> None:
    """``/`` and ``text`` typed: back once the results of ``text`` are on screen."""
    await settle(pilot)
    await pilot.press("slash", *text)
    for _ in range(100):
        await settle(pilot)
        if isinstance(pilot.app.screen, SearchScreen) and pilot.app.screen.shown:
            return


def _rows(app: Any) -> list[str]:
    results = app.screen.query_one("#results", OptionList)
    return [results.render_line(y).text.strip() for y in range(results.size.height)]


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_search_rows_alike_at_60x20_keep_their_parent_or_id(
    make_app: Any, tui_store: Store, lang: str
) -> None:
    _kabupaten_like(tui_store)
    app = make_app(report_id=report_id(), lang=lang)
    async with app.run_test(size=(60, 20)) as pilot:
        await searched(pilot, "dokumen perencanaan perangkat")
        await settle(pilot)
        heads = ("Ind. keg.", "Act. ind.", "24d2a0ff", "34d2a0ff")  # (tui43: an id, a kind's)
        rows = [row for row in _rows(app) if row.startswith(heads)]
        assert len(rows) == 4, rows
        assert len(set(rows)) == 4, rows  # none reads as another
        # the two whose parents differ say the words of the parent that tell them apart
        assert any("IKU 1 › Pemeliharaan…" in row for row in rows), rows
        assert any("IKU 1 › Pengelolaan…" in row for row in rows), rows
        # the two in one sub kegiatan say their ids, as check names them and / finds them
        assert any(row.split()[0] == "24d2a0ff" for row in rows), rows
        assert any(row.split()[0] == "34d2a0ff" for row in rows), rows
        # each is one line, its name cut after a whole word
        for row in rows:
            name = row.split("  · ")[0].split("  ", 1)[1].strip().rstrip("…")
            assert NAME.startswith(name) and NAME[len(name) : len(name) + 1] in ("", " ")
        # at 80 columns (wrapped, nothing cut) the twins still read apart
        await pilot.resize_terminal(80, 24)
        await settle(pilot)
        wide = " ".join(_rows(app))
        assert "24d2a0ff" in wide and "34d2a0ff" in wide
        # and the id said, typed, finds its row
        await pilot.press("escape", "slash", *"34d2a0ff", "enter")
        for _ in range(50):
            await settle(pilot)
            if not isinstance(app.screen, SearchScreen):
                break
        assert app.selected().id == "34d2a0ff" + "0" * 24


# ----------------------------------------------------------------- K's box below 30 rows


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
@pytest.mark.parametrize("lang", ["id", "en"])
async def test_k_below_30_rows_shows_every_choice_of_two_conflicts_at_once(
    offices,  # noqa: F811
    office_env,  # noqa: F811
    make_app,
    size: tuple[int, int],
    lang: str,
) -> None:
    """tui42: at 60×20 K's box spent 3 rows on its padding and the tenth of the screen it left:
    of two conflicts' choices 11 rows of 13 showed, the choice for every conflict at once below
    the fold. Below 30 rows the box takes the screen's rows without blank ones, as ``?`` does:
    every choice shows without scrolling, the box inside the screen above the key bar (at 60×20
    with tui69's capaian of each value too: tui70 folds each choice into two lines)."""
    from tests.tui.test_sharing import open_conflicts

    app = make_app(store=two_conflicts(offices), lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen, _ = await open_conflicts(pilot)
        await settle(pilot)
        choices = screen.query_one("#choices", OptionList)
        box = screen.query_one(".dialog")
        bar = screen.query_one(KeyBar)
        # (at 60×20 the capaian of each value, tui69, made the list scroll; its choices are
        # folded two lines each since tui70, and every one shows again)
        assert choices.max_scroll_y == 0, (choices.region, choices.virtual_size)
        assert box.region.contains_region(choices.region), (box.region, choices.region)
        assert box.region.bottom <= bar.region.y and box.region.y >= 0
        shown = " ".join("\n".join(s.text for s in screen._compositor.render_strips()).split())
        every = "Semua (2) sekaligus: ambil nilai yang lain" if lang == "id" else "All (2) at once"
        assert every in shown, shown
        assert ("⏎ Simpan" if lang == "id" else "⏎ Save") in text_of(bar)
