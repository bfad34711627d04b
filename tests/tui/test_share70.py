"""The TUI's history (``H``), forty-first pass of issue 17 (share70): the saves made before a
store was shared, which ``log`` shows marked "(di sini)" (share69), listed in ``H`` too."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import OptionList

from lkj_tui.storage.store import Store
from tests.test_sync import RID, lkj, offices  # noqa: F401 - fixture
from tests.tui.conftest import settle
from tests.tui.test_sharing import choose, history_of, office_env  # noqa: F401 - fixture

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

WORDS = {
    "id": ("Sebelum penyimpanan ini dibagikan", "(di sini)", "Realisasi: 2,85 → 2,95"),
    "en": ("Before this store was shared", "(here)", "Actual (Realisasi): 2,85 → 2,95"),
}


def _saved_then_shared(offices) -> Store:  # noqa: F811
    """The office saves IKU 1's realisasi (2,85 → 2,95) and its satuan, then shares the store,
    then saves IKU 1's realisasi again (2,95 → 3,00): its store."""
    assert lkj(offices, "opd", "init").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "2,95").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 1", "satuan", "indeks").returncode == 0
    out = lkj(offices, "opd", "sync", "--init", str(offices["remote"]))
    assert out.returncode == 0, out.stderr
    assert lkj(offices, "opd", "set", "IKU 1", "realisasi", "3,00").returncode == 0
    return Store(Path(str(offices["tmp"])) / "opd")


def _prompts(screen) -> list[str]:
    options = screen.query_one(OptionList)
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.usefixtures("office_env")
async def test_h_lists_the_saves_made_before_sharing(offices, make_app, lang) -> None:  # noqa: F811
    """``H`` on IKU 1 listed the save after sharing only: the two made before (which ``log``
    shows) were missing. They follow it, under a line that says where they come from, with
    "(di sini)" for the author, as ``log`` says them."""
    store = _saved_then_shared(offices)
    app = make_app(store=store, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await history_of(pilot, "IKU 1")
        said = [" ".join(p.replace("\u00a0", " ").split()) for p in _prompts(screen)]
        head, here, realisasi = WORDS[lang]
        assert "2,95 → 3,00" in said[0] and "opd" in said[0], said
        assert said[1].startswith(head), said
        assert len(said) == 4, said
        assert here in said[2] and "indeks" in said[2], said
        assert here in said[3] and said[3].endswith(realisasi), said


@pytest.mark.usefixtures("office_env")
async def test_enter_on_a_save_before_sharing_restores_its_value(offices, make_app) -> None:  # noqa: F811
    """Enter on a save made before sharing restores its value before as a normal save, as on
    any of ``H``'s lines: in the report, the store, and the shared history."""
    store = _saved_then_shared(offices)
    app = make_app(store=store)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await history_of(pilot, "IKU 1")
        choose(screen, "2,85 → 2,95")
        await pilot.press("enter")
        await settle(pilot)
        await settle(pilot)
        iku1 = next(n for n in app.view.report.walk() if n.code == "IKU 1")
        assert iku1.measure.realisasi == "2,85"
    report = store.load(RID).report
    assert next(n for n in report.walk() if n.code == "IKU 1").measure.realisasi == "2,85"
    out = lkj(offices, "opd", "log", "IKU 1")
    assert out.stdout.splitlines()[0].endswith("3,00 → 2,85"), out.stdout
