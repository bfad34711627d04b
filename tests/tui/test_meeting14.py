"""The TUI in a meeting, fourteenth pass (tui14): 80×24 and 120×40, id and en."""

from __future__ import annotations

import pytest
from textual.widgets import Input

from lkj_tui.core.edits import set_meta
from lkj_tui.storage.store import Store
from tests.tui.conftest import opened, report_id, settle, text_of

LONG_INSTANSI = (
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia Kabupaten Bengkulu Selatan "
    "Provinsi Bengkulu (Bidang Pengembangan Kompetensi Aparatur)"
)


@pytest.mark.parametrize(("size", "lang"), [((80, 24), "id"), ((120, 40), "en")])
async def test_the_report_form_shows_the_start_of_a_long_instansi(
    make_app, tui_store: Store, size, lang
) -> None:
    """The report form (E) showed the *end* of a long instansi in its one-line field ("…Bidang
    Pengembangan Kompetensi Aparatur)"): every field shows the start of its text, focused or not,
    and going back to it; the whole value is under the fields while it has the focus."""
    loaded = tui_store.load(report_id())
    change = set_meta(loaded.report, instansi=LONG_INSTANSI)
    tui_store.apply(report_id(), change, expected_revision=loaded.revision)
    async with opened(make_app, None, size=size, lang=lang) as (app, pilot, _):
        await pilot.press("E")
        await settle(pilot)
        form = app.screen
        field = form.query_one("#f-instansi", Input)
        assert field.has_focus
        for step in ((), ("down",), ("up",)):
            await pilot.press(*step)
            await settle(pilot)
            shown = text_of(field).strip()
            assert len(shown) > 10 and LONG_INSTANSI.startswith(shown), (step, shown)
        under = " ".join(text_of(form.query_one("#preview")).split())
        assert LONG_INSTANSI in under, under
        # typing still replaces the whole selected value, as before
        await pilot.press(*"Dinas X")
        assert field.value == "Dinas X"
