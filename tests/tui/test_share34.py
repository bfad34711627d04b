"""The TUI's history (``H``) after a sync conflict chosen with ``K`` (share34): said in the
words of ``lkj-tui log``, not as a plain edit."""

from __future__ import annotations

import shutil

import pytest
from textual.widgets import OptionList

from tests.test_sync import RID, lkj, offices  # noqa: F401 - fixture
from tests.tui.conftest import SIZE, node_id_by_code, settle
from tests.tui.test_sharing import choose, history_of, iku2_conflict, office_env  # noqa: F401

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.mark.parametrize(
    ("lang", "keep", "take", "said"),
    [
        (
            "id",
            "pertahankan",
            "ambil nilai yang lain",
            "Realisasi: konflik sinkronisasi dipilih: ambil nilai yang lain 80 (bukan 81)",
        ),
        (
            "en",
            "keep",
            "take the other value",
            "Actual (Realisasi): sync conflict chosen: take the other value 80 (not 81)",
        ),
    ],
)
async def test_history_says_a_conflict_chosen_as_log_does(
    offices,  # noqa: F811
    office_env,  # noqa: F811
    make_app,
    lang: str,
    keep: str,
    take: str,
    said: str,
) -> None:
    """After K took the other value, H showed a plain edit ("opd Realisasi: 81 → 80") where
    `log` says "konflik sinkronisasi dipilih: ambil nilai yang lain 80 (bukan 81)". H now says
    the same, once (no edit line beside it); Enter on it restores the value that was in the
    file, as Enter on the edit did."""
    store = iku2_conflict(offices)
    app = make_app(store=store, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("K")
        await settle(pilot)
        choose(app.screen, take)
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        screen = await history_of(pilot, "IKU 2")
        options = screen.query_one(OptionList)
        prompts = [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
        assert prompts[0].endswith(f"opd  {said}"), prompts
        assert not any(p.endswith(": 81 → 80") for p in prompts), prompts
        assert screen.entries[0].kind == "take"
        log = lkj(offices, "opd", "log", "IKU 2", "-n", "1", "--lang", lang).stdout
        assert log.rstrip("\n").endswith(f"IKU 2 · {said}"), log
        choose(screen, said)
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        iku2 = node_id_by_code(app, "IKU 2")
        assert app.view.evaluation.report.node(iku2).measure.realisasi == "81"
    assert store.load(RID).report.node(iku2).measure.realisasi == "81"
