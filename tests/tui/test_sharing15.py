"""share15 in the TUI: K names the old report's versions of a new --from conflict by revision,
author and date, as `lkj-tui resolve` does, not by git's blob ids."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from lkj_tui.storage.store import Store
from tests.test_sync import offices  # noqa: F401 - fixture
from tests.test_sync_counts import made_apart
from tests.tui.conftest import SIZE, settle, workers_done
from tests.tui.test_sharing import office_env, open_conflicts  # noqa: F401 - fixture

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_k_names_the_old_reports_versions(
    offices,  # noqa: F811
    office_env,  # noqa: F811
    make_app,
    lang,
) -> None:
    new_id = made_apart(offices)
    store = Store(Path(str(offices["tmp"])) / "opd")
    app = make_app(store=store, report_id=new_id, lang=lang)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await workers_done(pilot)
        _screen, (keep, take) = await open_conflicts(pilot)
        await workers_done(pilot)
    shown = keep + take
    assert not re.search(r"[0-9a-f]{40}", shown), shown
    saved = "revisi {}, disimpan pusat " if lang == "id" else "revision {}, saved by pusat "
    assert saved.format(1) in keep and saved.format(2) in take, shown
