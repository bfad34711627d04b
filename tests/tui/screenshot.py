"""Regenerate docs/tui-screenshot.svg and docs/tui-measure-form.svg:
``.venv/bin/python -m tests.tui.screenshot``.

The bundled report in a temporary store, 140×45, the cursor on IKU 1 (under target); then the
measure form (``m``) on it, the polaritas field focused.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from textual.pilot import Pilot

from lkj_tui.bundled import load_bundled_report
from lkj_tui.storage.store import Store
from lkj_tui.tui.app import LkjApp
from tests.tui.conftest import handling, node_id_by_code, settle, until


async def pressed(pilot: Pilot, *keys: str) -> None:
    """Press ``keys``, each handled before the next (as the tests' ``press``), and wait until
    the app has settled: what they opened on screen, the detail pane following the cursor."""
    for key in keys:
        await pilot.press(key)
        await until(pilot, lambda: not handling(pilot.app), f"the key {key!r} handled")
    await settle(pilot)


OUT = Path(__file__).resolve().parents[2] / "docs" / "tui-screenshot.svg"
FORM = OUT.with_name("tui-measure-form.svg")


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app = LkjApp(Store(Path(tmp), seed=load_bundled_report))
        app.poll_seconds = 0
        async with app.run_test(size=(140, 45)) as pilot:
            await settle(pilot)
            iku1 = node_id_by_code(app, "IKU 1")
            await pressed(pilot, "j", "j")  # the detail pane follows once the cursor rests
            assert app.selected() is not None and app.selected().id == iku1, app.selected()
            OUT.write_text(app.export_screenshot(title="lkj-tui"), encoding="utf-8")
            await pressed(pilot, "m")
            await until(pilot, lambda: app.screen.is_modal, "the measure form open")
            await pressed(pilot, "down")
            await until(pilot, lambda: (app.focused and app.focused.id) == "f-polaritas")
            FORM.write_text(app.export_screenshot(title="lkj-tui: m"), encoding="utf-8")
    print(OUT, FORM)


if __name__ == "__main__":
    asyncio.run(main())
