"""Authoring in the TUI (edit26): the key bar offers a value's keys only where there is a value to
edit; a node without a kode shows the id ``set`` takes and ``check`` names."""

from __future__ import annotations

import pytest

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.keybar import KeyBar
from tests.conftest import run_cli
from tests.tui.conftest import opened, settle, text_of, until

#: the value keys as the bar names them ("Actual" in English, as the pane and dialog say: tui38)
VALUE_KEYS = {"id": (" e Realisasi ", " t Target "), "en": (" e Actual ", " t Target ")}


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_value_keys_are_offered_only_on_a_measure(make_app, lang, size) -> None:
    """On a Kegiatan (no measure of its own) the bar offered "e Realisasi t Target" at 120
    columns, and ``e`` then only said "Pilih indikator"; its room now goes to keys that act."""
    edit, target = VALUE_KEYS[lang]
    async with opened(make_app, "IKU 1", size, lang=lang) as (app, pilot, _):
        assert edit in text_of(app.screen.query_one(KeyBar))  # an indicator: its realisasi
        kegiatan = next(n for n in app.view.report.walk() if n.kind == "kegiatan")
        await at(pilot, kegiatan.id)
        bar = text_of(app.screen.query_one(KeyBar))
        assert edit not in bar and target not in bar, bar
        if size[0] >= 120:  # the room went to the author's keys (m is off there since edit27)
            assert (" s Solusi " if lang == "id" else " s Solution ") in bar, bar


@pytest.mark.parametrize(("lang", "word"), [("id", "simpul"), ("en", "node")])
async def test_a_node_added_without_a_kode_shows_the_id_set_takes(
    make_app, tui_store, lang, word
) -> None:
    """A node added in the TUI without a kode showed no id in the detail pane: an author could not
    tell ``set`` which node, nor find the "simpul 0ac1b075" ``check`` names. The pane now says it
    in check's words, and ``set`` takes it."""
    root = tui_store.root
    async with opened(make_app, "IKU 1", lang=lang) as (app, pilot, _):
        await pilot.press("a", "enter")  # the first kind offered
        await settle(pilot)
        await pilot.press(*"Rapat koordinasi", "ctrl+s")
        await settle(pilot)
        assert not app.screen.is_modal
        added = next(n for n in app.view.report.walk() if n.name == "Rapat koordinasi")
        assert not added.code
        await at(pilot, added.id)
        head = app.detail.text.splitlines()[0]
        ref = f"{word} {added.id[:8]}"
        assert head.endswith(ref), head
    # the same words as check's, and set takes the id shown
    done = run_cli("--lang", lang, "set", ref.split()[1], "name", "Rapat evaluasi", store=root)
    assert done.returncode == 0, done.stderr
    assert Store(root).load(BUNDLED_REPORT_ID).report.node(added.id).name == "Rapat evaluasi"


async def at(pilot, node_id: str) -> None:
    """The cursor on this node (its parents opened), the detail pane and the key bar following
    it (as conftest's ``go``, by id: a node without a kode)."""
    assert pilot.app.tree.reveal(node_id)
    app = pilot.app
    await until(pilot, lambda: not app.detail_pending, "the pane followed")
    await pilot.pause()


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_the_move_pickers_long_place_is_cut_before_a_whole_step(make_app, lang, size) -> None:
    """A row's "di bawah …" place too long for its row was cut inside a word at its start and
    at 60 characters at its end ("…am Perekonomian dan Pembang…"): the parent, the step that
    says where, lost its end. Now it is cut before a whole step ("…› Program Perekonomian dan
    Pembangunan"), the parent whole where the row has the room, else cut after a word."""
    from textual.widgets import OptionList

    from tests.tui.test_authoring27 import places_cut

    async with opened(make_app, "IKU 1", size, lang=lang) as (app, pilot, _):
        report = app.view.report
        leaf = next(n for n in report.walk() if n.kind == "indikator_kegiatan")
        await at(pilot, leaf.id)
        await pilot.press("M")
        await settle(pilot)
        await pilot.pause()
        rows = app.screen.query_one(OptionList)
        assert rows.virtual_size.height == rows.option_count, "a row wrapped"
        # whole steps: each shown step is the path's, in place; only the last may be cut
        lead = "di bawah " if lang == "id" else "under "  # (kept since edit27)
        cut = places_cut(rows.options, report, lead)
        assert cut, [str(o.prompt) for o in rows.options]
        programme = [
            str(o.prompt) for o in rows.options if "› Program Perekonomian" in str(o.prompt)
        ]
        # (at 80 columns the place's "di bawah", kept since edit27, takes the cells the
        # parent's last word had beside a name's third: "…› Program Perekonomian dan…")
        whole = any(p.endswith("› Program Perekonomian dan Pembangunan") for p in programme)
        assert whole or size[0] < 120, programme
