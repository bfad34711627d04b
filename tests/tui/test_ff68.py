"""What the TUI's first frame imports (ff68): the bundled report's first frame, its cursor on a
tujuan, shows no years and draws no markup, so neither the years' modules nor rich's emoji table
are imported before it; the years show as before once a measured node is shown."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

from lkj_tui.core.model import LINK_KEY
from lkj_tui.core.years import LINK_KEY as YEARS_LINK_KEY
from tests.tui.conftest import SIZE, until

#: The TUI as ``lkj-tui --store STORE`` starts it, headless; it exits after the first refresh that
#: follows the report on screen (as benchmarks/bench.py's TUI_FIRST_FRAME) and prints the modules
#: imported by then.
FIRST_FRAME = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    import lkj_tui.tui.app as tui

    class FirstFrame(tui.LkjApp):
        CSS_PATH = str(Path(tui.__file__).with_name(tui.LkjApp.CSS_PATH))

        def on_view_loaded(self, message):
            self.call_after_refresh(self.exit, 0)

        def run(self, *args, **kwargs):
            return super().run(headless=True, size=(120, 40))

    tui.LkjApp = FirstFrame
    from lkj_tui.cli.main import main

    sys.argv = ["lkj-tui", *sys.argv[1:]]
    try:
        main()
    finally:
        print("MODULES", " ".join(sorted(sys.modules)))
    """
)


def test_the_first_frame_imports_neither_the_years_nor_the_emoji_table(tmp_path: Path) -> None:
    store = tmp_path / "store"
    init = [sys.executable, "-m", "lkj_tui", "--store", str(store), "init"]
    subprocess.run(init, check=True, capture_output=True)
    done = subprocess.run(
        [sys.executable, "-c", FIRST_FRAME, "--store", str(store)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("MODULES "))
    modules = set(line.split()[1:])
    assert "lkj_tui.tui.components.detail" in modules  # (the frame was drawn)
    assert "lkj_tui.tui.components.years" not in modules
    assert "lkj_tui.core.years" not in modules
    assert "rich._emoji_codes" not in modules


def test_the_link_key_is_one_key() -> None:
    assert LINK_KEY == YEARS_LINK_KEY == "pendahulu"


async def test_a_measured_node_shows_its_own_years_at_once(make_app) -> None:
    """The report's own years (no other report of the office in the store) show on the first
    measured node the cursor reaches, before the store's years come."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await until(pilot, lambda: app.view is not None and app.view.ready)
        assert app.detail.years_context is None  # (nothing measured shown yet)
        report = app.view.report
        node = next(n for n in report.walk() if n.measure is not None and n.measure.targets)
        app.go_to(node.id)
        await until(pilot, lambda: app.detail.years_context is not None)
        assert app.detail.years_context.report is report
        assert "years" in dict(app.detail._parts)
