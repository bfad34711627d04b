"""tui61: the TUI in a review meeting — keys typed while next year's report is made, the
overview's narrow columns, the Reviu screen's places.

The slow steps are held back by a gate (a ``threading.Event`` the step waits for, as in
test_tui59): the keys surely come while the app is busy, however fast the box.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, OptionList

from lkj_tui.bundled import BUNDLED_REPORT_ID
from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import ConfirmDialog
from lkj_tui.tui.reviu import ReviuScreen
from lkj_tui.tui.screens import SearchScreen
from tests.conftest import csv_store, run_cli
from tests.tui.conftest import PATIENCE, settle, until
from tests.tui.test_edit44 import NEXT, reports
from tests.tui.test_tui59 import _search_or_waiting
from tests.tui.test_typing import burst


async def test_keys_typed_while_next_years_report_is_made_act_on_it(
    make_app: Any, tui_store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``y`` on "Buat", then ``/`` and "iku" while next year's report is made (a big report's
    rollover takes seconds): the search opened on the report it then replaced (an ``e`` would
    have edited last year's); now the keys wait, and act on next year's once it is open."""
    from lkj_tui.core import rollover as rollover_module

    making, rollover = threading.Event(), rollover_module.rollover

    def slow(*args: Any, **kwargs: Any) -> Any:
        making.wait(PATIENCE)
        return rollover(*args, **kwargs)

    monkeypatch.setattr(rollover_module, "rollover", slow)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        await pilot.press("down", "down", "enter")
        await settle(pilot)
        await pilot.press("enter")  # the menu's first choice: next year's report
        await settle(pilot)
        assert isinstance(app.screen, ConfirmDialog)
        burst(app, "y", "slash", *"iku")
        try:
            await until(pilot, lambda: _search_or_waiting(app, 4), "the search, or keys waiting")
            assert not isinstance(app.screen, SearchScreen)  # (not on last year's report)
            assert app.view is not None and app.view.report_id == BUNDLED_REPORT_ID
        finally:
            making.set()
        await until(pilot, lambda: isinstance(app.screen, SearchScreen), "the search")
        await settle(pilot)
        assert app.view is not None and app.view.report_id == NEXT
        assert app.screen.view is app.view
        assert app.screen.query_one(Input).value == "iku"
    assert reports(tui_store) == [BUNDLED_REPORT_ID, NEXT]


_SHARED = "Persentase Dokumen Perencanaan Perangkat Daerah"
_KEGIATAN = "Koordinasi dan Sinkronisasi Dokumen Perencanaan Perangkat Daerah"
_LONG_ROWS = f"""level;kode;uraian;satuan;target;realisasi
sasaran;S1;Meningkatnya pelayanan;;;
iku;IKU 1;Persentase layanan;%;90;95
kegiatan;;{_KEGIATAN};;;
indikator_kegiatan;;{_SHARED};%;100;
kegiatan;;Penyusunan Dokumen Perencanaan Perangkat Daerah;;;
indikator_kegiatan;;{_SHARED};%;100;
"""


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_reviu_screen_names_a_long_place_whole_as_check_does(
    make_app: Any, tmp_path: Path, lang: str
) -> None:
    """A kabupaten's indicator row shared by two kegiatan of long names: the Reviu screen cut
    its place at 100 characters, "(IKU 1 › Koordinasi dan Sinkronisasi Dokumen Perencan…", its
    kegiatan unread and its bracket open, where ``check`` says it whole."""
    store = Store(csv_store(tmp_path, "rows.csv", _LONG_ROWS, "Dinas X"))
    place = f"{_SHARED} (IKU 1 › {_KEGIATAN})"
    assert len(place) > 100
    said = " ".join(run_cli("check", "--lang", lang, store=store.root).stdout.split())
    assert place[:-1] in said, said  # (check adds the node's id inside the bracket)
    app = make_app(store=store, report_id="dinas-x-2024", lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, ReviuScreen)
        options = app.screen.query_one("#findings", OptionList)
        lines = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        shown = " ".join(" ".join(lines).split())
        assert f"{place} " in shown, shown
