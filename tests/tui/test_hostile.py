"""Hostile text in a report renders literally, triggers nothing and never reaches the terminal raw."""

from __future__ import annotations

import re

from textual.widgets._toast import Toast

from lkj_tui.core.model import Report
from lkj_tui.storage.store import Store
from lkj_tui.tui.screens import SearchScreen
from tests.tui.conftest import SIZE, settle, text_of

MARKUP = [
    "[/]",
    "[@click=app.quit]x[/]",
    "[link=https://example.com]klik[/link]",
    "[bold red]merah",
]
RAW = [
    "\x1b[2Jlayar\x1b]52;c;ZXZpbA==\x07salin",  # clear screen, OSC 52 clipboard write
    "\u202eterbalik\u202c",  # bidi override
    "nul\x00di\x07tengah\x9b31m",  # NUL, BEL, C1 CSI
]
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def hostile_report() -> Report:
    names = MARKUP + RAW + ["x" * 3000, "emoji 👩‍👩‍👧 dan e\u0301"]
    indicators = [
        {
            "kind": "iku",
            "code": f"[{i}]",
            "name": name,
            "info": {"penanggung_jawab": "[@click=app.quit]Bagian[/]"},
            "measure": {"satuan": "[/]", "target": "100", "realisasi": "80" if i % 2 else "100"},
            "permasalahan": [name, "[@click=app.bell]bel[/]"],
            "solusi": ["\x1b]8;;https://x\x07tautan\x1b]8;;\x07"],
        }
        for i, name in enumerate(names)
    ]
    sasaran = {
        "kind": "sasaran",
        "code": "[/]",
        "name": "[@click=app.quit]Sasaran[/]",
        "children": indicators,
    }
    doc = {
        "schema": 1,
        "report": {
            "id": "laporan-jahat",
            "instansi": "[@click=app.quit]Dinas[/] \x1b[31m",
            "tahun": 2023,
        },
        "nodes": [{"kind": "tujuan", "code": "T[/]", "name": "[/]Tujuan", "children": [sasaran]}],
    }
    return Report.from_document(doc)


async def test_hostile_text_is_data(make_app, tmp_path, lasting_toasts) -> None:
    store = Store(tmp_path / "jahat", seed=hostile_report)
    app = make_app(store=store)
    async with app.run_test(size=SIZE, notifications=True) as pilot:
        await settle(pilot)
        tree_text = text_of(app.tree)
        for text in [
            "[/]Tujuan",
            "[@click=app.quit]Sasaran[/]",
            "[@click=app.quit]x[/]",
            "[bold red]merah",
        ]:
            assert text in tree_text, text
        assert "layarsalin" in tree_text and "terbalik" in tree_text and "nuldi" in tree_text
        summary = text_of(app.query_one("#summary"))
        assert "[@click=app.quit]Dinas[/]" in summary
        # walk every line: the detail shows the text literally, nothing runs, nothing raw escapes
        details = ""
        for line in range(app.tree.last_line + 1):
            app.tree.move_cursor_to_line(line)
            await settle(pilot)  # the detail follows once the cursor rests
            details += text_of(app.query_one("#detail"))
            assert not CONTROL.search(details + text_of(app.tree) + summary)
        for text in MARKUP:
            assert text in details, text
        await pilot.press("g", "j", "j")
        assert "[@click=app.quit]Bagian[/]" in text_of(app.query_one("#detail"))
        assert "[@click=app.bell]bel[/]" in text_of(app.query_one("#detail"))
        # clicking labels and the detail pane must not run the embedded actions
        for y in range(1, 10):
            await pilot.click("#tree", offset=(8, y))
            await pilot.click("#detail", offset=(5, y))
        assert app.is_running and app.return_code is None
        # search results and toasts show it literally too
        await pilot.press("slash", *"[/]")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        assert "[/]" in text_of(app.screen.query_one("#results"))
        await pilot.press("escape")
        app.toast("[@click=app.quit]x[/] \x1b]52;c;ZXZpbA==\x07 \u202ebidi")
        await pilot.pause()
        toasts = [t.render().plain for t in app.screen.query(Toast)]
        assert any("[@click=app.quit]x[/]" in t for t in toasts)
        assert not any(CONTROL.search(t) for t in toasts)
        assert all(markup is False for _, _, markup in app.toasts)
        for toast in app.screen.query(Toast):
            await pilot.click(toast)
        assert app.is_running and app.return_code is None
