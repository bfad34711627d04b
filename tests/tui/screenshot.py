"""Regenerate docs/tui-screenshot.svg and docs/tui-measure-form.svg:
``.venv/bin/python -m tests.tui.screenshot``.

The bundled report in a temporary store, 140×45, the cursor on IKU 1 (under target); then the
measure form (``m``) on it, the polaritas field focused.
"""

from __future__ import annotations

import asyncio
import tempfile
from pathlib import Path

from lkj_tui.bundled import load_bundled_report
from lkj_tui.storage.store import Store
from lkj_tui.tui.app import LkjApp

OUT = Path(__file__).resolve().parents[2] / "docs" / "tui-screenshot.svg"
FORM = OUT.with_name("tui-measure-form.svg")


async def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        app = LkjApp(Store(Path(tmp), seed=load_bundled_report))
        app.poll_seconds = 0
        async with app.run_test(size=(140, 45)) as pilot:
            while app.loading:
                await pilot.pause(0.05)
            await pilot.press("j", "j")
            await pilot.pause(0.2)  # the detail pane follows once the cursor rests
            OUT.write_text(app.export_screenshot(title="lkj-tui"), encoding="utf-8")
            await pilot.press("m")
            await pilot.pause(0.3)
            await pilot.press("down")
            await pilot.pause(0.3)
            FORM.write_text(app.export_screenshot(title="lkj-tui: m"), encoding="utf-8")
    print(OUT, FORM)


if __name__ == "__main__":
    asyncio.run(main())
