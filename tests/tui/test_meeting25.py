"""tui25: the TUI in a meeting: u and n on next year's report say what can be done, u's word
while T's filter is on, the value dialog's title in the pane's words."""

from __future__ import annotations

from lkj_tui.bundled import BUNDLED_REPORT_ID, load_bundled_report
from lkj_tui.core.rollover import rollover
from lkj_tui.storage.store import Store
from tests.tui.conftest import opened, settle
from tests.tui.test_meeting22 import NEXT_YEAR, next_year_store

SMALL = (80, 24)


def rolled_over(path) -> Store:
    """The bundled report rolled over to 2024 as ``new --from`` makes it: no realisasi, the
    measures the old report gave no target for next year without one."""
    store = Store(path, seed=load_bundled_report)
    store.import_report(rollover(store.load(BUNDLED_REPORT_ID).report, 2024))
    return store


async def test_u_and_n_before_any_realisasi_name_what_can_be_done(make_app, tmp_path) -> None:
    """On next year's report (no realisasi yet) n said only "Tidak ada yang di bawah target", and
    u showed an empty tree: both say that nothing can be under target before a realisasi and
    name T with how many measures lack their target (or that none does); u turns no filter on
    (id and en)."""
    said = {
        "id": ("Belum ada realisasi", "T: indikator tanpa target ({n})", "sudah punya target"),
        "en": ("No realisasi yet", "T: the indicators without a target ({n})", "has its target"),
    }
    for lang, (first, walk, all_targeted) in said.items():
        kw = {"store": rolled_over(tmp_path / f"rolled-{lang}"), "report_id": NEXT_YEAR}
        async with opened(make_app, "IKU 1", SMALL, lang=lang, **kw) as (app, pilot, node):
            assert not app.view.in_review
            left = len(app.view.untargeted())
            assert left > 1
            for key in ("n", "N", "u"):
                await pilot.press(key)
                await settle(pilot)
                toast = app.toasts[-1][0]
                assert toast.startswith(first) and walk.format(n=left) in toast, (key, toast)
                assert app.filter_mode() is None and app.tree.current_id() == node
            await pilot.press("T", "n")  # what it names works
            await settle(pilot)
            assert app.filter_mode() == "untargeted"
            assert app.tree.current_id() in app.view.untargeted()
        kw = {"store": next_year_store(tmp_path / f"filled-{lang}"), "report_id": NEXT_YEAR}
        async with opened(make_app, "IKU 1", SMALL, lang=lang, **kw) as (app, pilot, _):
            await pilot.press("n")
            await settle(pilot)
            toast = app.toasts[-1][0]
            assert toast.startswith(first) and all_targeted in toast, toast
