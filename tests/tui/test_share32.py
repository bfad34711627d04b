"""The shared store's lists at 80×24, twenty-second pass of issue 17 (share32): ``H`` keeps an
arrow with its value and an author whole, as ``log`` does; ``K`` names an author whole; a list
with nothing in it is its sentence alone, with what would fill it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import OptionList

from lkj_tui.storage.store import Store
from lkj_tui.tui.components.sharingscreens import ConflictScreen
from lkj_tui.tui.components.whole import NO_BREAK, Hanging, KeptWhole, wrap_whole
from tests.conftest import run_cli
from tests.test_sync import env, lkj, offices, start  # noqa: F401 - fixture
from tests.tui.conftest import node_id_by_code, settle, text_of
from tests.tui.test_sharing import history_of, open_conflicts

pytestmark = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")

AUTHOR = "Rina Wulandari Kusumaningrum"
ITEM = "Keterlambatan penyampaian data capaian dari perangkat daerah ke Bagian Organisasi"


@pytest.fixture
def office_env(offices, monkeypatch) -> None:  # noqa: F811 - the fixture imported above
    for key, value in env(offices, "opd <opd@example.org>").items():
        monkeypatch.setenv(key, value)


def _as(offices, who: str, author: str, *args: str):  # noqa: F811
    store = Path(str(offices["tmp"])) / who
    return run_cli(*args, "--store", str(store), env=env(offices, author))


def _drawn(options: OptionList, index: int) -> str:
    """The lines an option is drawn as in the list's width (its prompt wraps as
    ``wrap_whole`` wraps it)."""
    prompt = options.get_option_at_index(index).prompt
    if isinstance(prompt, Hanging):  # (H: its time, its text's lines hanging under it: tui35)
        return prompt.lines(options.size.width).plain.replace(NO_BREAK, " ")
    assert isinstance(prompt, KeptWhole), prompt
    return "\n".join(line.plain for line in wrap_whole(prompt.content, options.size.width))


async def test_history_keeps_the_arrow_with_its_value_and_the_author_whole(
    offices,  # noqa: F811
    office_env,
    make_app,
) -> None:
    """At 80×24 H read "… Permasalahan 2: —" / "→ Keterlambatan…" (the list wrapped at any
    space) and cut the author at 30 ("Rina Wulandari Kusumaningrum…"); the item's text was cut
    at 80, mid-word."""
    start(offices, "opd")
    added = _as(
        offices, "opd", f"{AUTHOR} <rina@example.org>", "set", "IKU 2", "permasalahan+", ITEM
    )
    assert added.returncode == 0, added.stderr
    app = make_app(store=Store(Path(str(offices["tmp"])) / "opd"))
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await history_of(pilot, "IKU 2")
        drawn = _drawn(screen.query_one(OptionList), 0)
        lines = drawn.splitlines()
        assert any(AUTHOR in line for line in lines), drawn  # (whole: it fits a line)
        assert not any(line.endswith("—") or line.startswith("→") for line in lines), drawn
        assert any("— → Keterlambatan" in line for line in lines), drawn
        assert "…" not in drawn and "Bagian Organisasi" in " ".join(lines), drawn


async def test_conflicts_name_an_author_whole(
    offices,  # noqa: F811
    office_env,
    make_app,
) -> None:
    """K cut an author at 30 ("Rina Wulandari Kusumaningrum…"): whole where the line holds it."""
    start(offices, "pusat", "opd")
    author = f"{AUTHOR} (Bagian Organisasi) <rina@example.org>"
    assert _as(offices, "pusat", author, "set", "IKU 2", "realisasi", "80").returncode == 0
    assert lkj(offices, "opd", "set", "IKU 2", "realisasi", "81").returncode == 0
    assert lkj(offices, "pusat", "sync").returncode == 0
    assert lkj(offices, "opd", "sync").returncode == 0
    app = make_app(store=Store(Path(str(offices["tmp"])) / "opd"))
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        screen, prompts = await open_conflicts(pilot)
        assert f"80 → 160,00 % Sangat Tinggi — {AUTHOR} (Bagian Organisasi), " in prompts[1]
        drawn = _drawn(screen.query_one(OptionList), 1)
        assert "…" not in drawn, drawn
        lines = drawn.splitlines()
        assert any(f"{AUTHOR} (Bagian Organisasi)" in line for line in lines), drawn


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_an_empty_list_is_its_sentence_alone(
    offices,  # noqa: F811
    office_env,
    make_app,
    lang: str,
) -> None:
    """H on a node with no history, and K with no conflict, showed an empty bordered list below
    their sentence, under a title saying "Enter restores…"; now the sentence alone, with what
    would fill the list."""
    start(offices, "opd")
    app = make_app(store=Store(Path(str(offices["tmp"])) / "opd"), lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await history_of(pilot, "IKU 2")
        assert not screen.query(OptionList)
        said = text_of(screen)
        assert ("diubah dan disimpan" if lang == "id" else "changed and saved") in said, said
        assert "Enter" not in said, said
        await pilot.press("escape")
        await settle(pilot)
        app.tree.reveal(node_id_by_code(app, "IKU 1"))
        await pilot.press("K")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ConflictScreen) and not screen.query(OptionList)
        said = text_of(screen)
        assert ("Tidak ada konflik" if lang == "id" else "No sync conflicts") in said, said
        assert "Enter" not in said, said
