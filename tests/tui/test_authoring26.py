"""Authoring in the TUI (edit26): the key bar offers a value's keys only where there is a value to
edit; a node without a kode shows the id ``set`` takes and ``check`` names."""

from __future__ import annotations

import pytest

from lkj_tui.tui.components.keybar import KeyBar
from tests.tui.conftest import opened, text_of

#: the value keys as the bar names them (the report's own word in English too)
VALUE_KEYS = (" e Realisasi ", " t Target ")


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_value_keys_are_offered_only_on_a_measure(make_app, lang, size) -> None:
    """On a Kegiatan (no measure of its own) the bar offered "e Realisasi t Target" at 120
    columns, and ``e`` then only said "Pilih indikator"; its room now goes to keys that act."""
    edit, target = VALUE_KEYS
    async with opened(make_app, "IKU 1", size, lang=lang) as (app, pilot, _):
        assert edit in text_of(app.screen.query_one(KeyBar))  # an indicator: its realisasi
        kegiatan = next(n for n in app.view.report.walk() if n.kind == "kegiatan")
        await at(pilot, kegiatan.id)
        bar = text_of(app.screen.query_one(KeyBar))
        assert edit not in bar and target not in bar, bar
        if size[0] >= 120:  # the room went to the author's keys
            assert (" m Ukuran " if lang == "id" else " m Measure ") in bar, bar


async def at(pilot, node_id: str) -> None:
    """The cursor on this node (its parents opened), the detail pane and the key bar following
    it (as conftest's ``go``, by id: a node without a kode)."""
    assert pilot.app.tree.reveal(node_id)
    for _ in range(500):
        if not pilot.app.detail_pending:
            break
        await pilot.pause(0.01)
    await pilot.pause()
