"""share29: the TUI's opening toast on a shared store counts its saves and conflicts in words
that read right for one (English: "1 conflicts" read wrong)."""

from __future__ import annotations

import shutil

import pytest

from tests.test_sync import offices  # noqa: F401 - fixture
from tests.tui.conftest import settle
from tests.tui.test_sharing import iku2_conflict, office_env  # noqa: F401 - office_env: a fixture

pytestmark = [
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
    pytest.mark.usefixtures("office_env"),
]


async def test_the_opening_toast_counts_one_conflict_in_english(
    offices,  # noqa: F811
    make_app,
) -> None:
    """Opening on a shared store whose report holds one conflict, in English, said "Shared
    store: 0 saves not sent · 0 received, not merged · 1 conflicts": each count now follows its
    words, as the sync's own toast has them ("Synced: saves received 0, sent 3, conflicts 0")."""
    app = make_app(store=iku2_conflict(offices), lang="en")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        said = [m for m, *_ in app.toasts if m.startswith("Shared store:")]
    # (only the counts that are not 0 since tui39: at 60×20 the zeros took the toast 2 rows;
    # the number first and "1 conflict", as `info` and the summary say it since share40/tui39)
    assert said == ["Shared store: 1 conflict (K: conflicts)"], app.toasts
