"""tui20: the TUI in a meeting — a K choice's undo said where it goes, the export toast's file
name broken where a reader expects, the help screen's scroll keys, the key bar's order."""

from __future__ import annotations

import shutil

import pytest

from tests.test_sync import offices  # noqa: F401 - fixture
from tests.tui.conftest import SIZE, settle
from tests.tui.test_sharing import office_env  # noqa: F401 - fixture

git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

SYNC = {
    "id": " — sampai ke kantor lain pada sinkronisasi berikutnya (tombol S)",
    "en": " — reaches the other offices with the next sync (key S)",
}


@git
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.usefixtures("office_env")
async def test_a_k_choice_undone_and_redone_says_it_reaches_the_others_with_s(
    offices,  # noqa: F811
    make_app,
    lang,
) -> None:
    """ctrl+z of a K choice said only "Dibatalkan: …": the undo is a save that goes out with the
    next sync as the choice did, so it says so, as K and H do (and ctrl+y the same)."""
    from tests.tui.test_sharing import choose, iku2_conflict, open_conflicts

    app = make_app(store=iku2_conflict(offices), lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        screen, _ = await open_conflicts(pilot)
        choose(screen, "ambil nilai yang lain" if lang == "id" else "take")
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        for key, word in (
            ("ctrl+z", "Dibatalkan" if lang == "id" else "Undone"),
            ("ctrl+y", "Diulang" if lang == "id" else "Redone"),
        ):
            app.toasts.clear()
            await pilot.press(key)
            await settle(pilot)
            await settle(pilot)
            said = [m for m, *_ in app.toasts if m.startswith(word)]
            assert said and said[-1].endswith(SYNC[lang]), app.toasts
