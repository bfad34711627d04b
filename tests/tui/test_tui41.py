"""tui41: keys typed before the first report is on screen, in Pilot tests.

The report is read in a thread from the moment the app is made; these tests hold that read back
(``load_view`` waits for a gate) so that the keys surely come while nothing is on screen.
"""

from __future__ import annotations

import shutil
import threading
from typing import Any

import pytest
from textual.widgets import Input, OptionList

from lkj_tui.storage.store import Store
from lkj_tui.tui.components.keybar import KeyBar
from lkj_tui.tui.components.overview import OverviewScreen
from lkj_tui.tui.components.summary import SummaryBar
from lkj_tui.tui.screens import SearchScreen, short_kind
from lkj_tui.tui.session import load_view
from tests.test_sharing16 import two_conflicts
from tests.test_sync import offices  # noqa: F401  (a fixture)
from tests.tui.conftest import PATIENCE, node_id_by_code, settle, text_of, timer_running, until
from tests.tui.test_sharing import office_env  # noqa: F401  (a fixture)
from tests.tui.test_years_overview import years_store  # noqa: F401  (a fixture)


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> threading.Event:
    """Set it to let the app's loads read the store (until then they wait)."""
    opened = threading.Event()

    def waiting(*args: Any, **kwargs: Any) -> Any:
        opened.wait(PATIENCE)  # (set by the test once it has looked)
        return load_view(*args, **kwargs)

    monkeypatch.setattr("lkj_tui.tui.app.load_view", waiting)
    return opened


@pytest.fixture
def slow_app(make_app, years_store: Store, gate: threading.Event) -> Any:  # noqa: F811
    """The app made on a store of several reports (the overview is its start screen), its first
    read waiting for ``gate``."""
    return lambda lang="id": make_app(years_store, lang=lang)


def _summary(app: Any) -> str:
    return " ".join(str(app.query_one(SummaryBar).render()).split())


async def _until(pilot: Any, done: Any) -> None:
    await until(pilot, done)
    await settle(pilot)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_search_typed_while_the_store_loads_opens_once_the_report_is_shown(
    slow_app: Any,
    gate: threading.Event,
    lang: str,
) -> None:
    app = slow_app(lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("slash", "p", "e", "r", "s")
        await pilot.pause()
        # nothing opened on the loading screen, and it says the keys wait
        assert app.view is None and len(app.screen_stack) == 1
        said = "Tombol diketik: 5" if lang == "id" else "Keys typed: 5"
        assert said in _summary(app)
        gate.set()
        await _until(pilot, lambda: isinstance(app.screen, SearchScreen))
        assert isinstance(app.screen, SearchScreen)
        assert app.screen.query_one("#query", Input).value == "pers"
        # the start screen does not open over the search the keys asked for
        await until(pilot, lambda: not timer_running(app, "years-start"), "the start's timer")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen), app.screen
        assert not any(isinstance(s, OverviewScreen) for s in app.screen_stack)


async def test_o_typed_while_the_store_loads_opens_the_overview_with_an_empty_filter(
    slow_app: Any,
    gate: threading.Event,
) -> None:
    app = slow_app()
    async with app.run_test(size=(60, 20)) as pilot:
        await pilot.press("o")
        await pilot.pause()
        assert len(app.screen_stack) == 1  # (it opened the overview before the report)
        gate.set()
        await _until(pilot, lambda: isinstance(app.screen, OverviewScreen) and app.screen.loaded)
        screen = app.screen
        assert isinstance(screen, OverviewScreen)
        assert app.view is not None  # the report is behind it
        # the key was not typed again into the overview's filter ("o" in its box)
        assert all(not box.value for box in screen.query(Input))
        assert screen.current == app.view.report_id


async def test_q_while_the_store_loads_quits_at_once(
    slow_app: Any,
    gate: threading.Event,
) -> None:
    app = slow_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("j", "q")
        await pilot.pause()
        assert app.exiting  # not held behind the load
    gate.set()


async def test_the_start_screen_still_opens_when_nothing_was_typed(
    slow_app: Any,
    gate: threading.Event,
) -> None:
    app = slow_app()
    async with app.run_test(size=(80, 24)) as pilot:
        gate.set()
        await _until(pilot, lambda: isinstance(app.screen, OverviewScreen))
        assert isinstance(app.screen, OverviewScreen)


# --------------------------------------------------------------------------- K at 60×20

#: each choice of K with two conflicts: words it shows, in each language
_CHOICES = {
    "id": [
        "pertahankan: 3,50",
        "lain: 3,40",
        "pertahankan: 81",
        "lain: 80",
        "Semua (2)",
        "sekaligus: ambil",
    ],
    "en": ["keep: 3,50", "value: 3,40", "keep: 81", "value: 80", "once: keep", "once: take"],
}

_IDS = ["keep:0", "take:0", "keep:1", "take:1", "keep:*", "take:*"]


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
@pytest.mark.parametrize("lang", ["id", "en"])
async def test_k_with_two_conflicts_shows_every_choice_and_its_keys(
    offices,  # noqa: F811
    office_env,  # noqa: F811
    make_app,
    size: tuple[int, int],
    lang: str,
) -> None:
    """tui41: at 60×20 K's list (test_sharing16's two conflicts: IKU 1's target, IKU 2's
    realisasi) ran past the box's foot: the choices for both conflicts at once were cut off, the
    cursor on them out of sight, and the key bar said only "esc Tutup"."""
    from tests.tui.test_sharing import open_conflicts

    app = make_app(store=two_conflicts(offices), lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        screen, _ = await open_conflicts(pilot)
        choices = screen.query_one("#choices", OptionList)
        box = screen.query_one(".dialog")
        assert box.region.contains_region(choices.region), (box.region, choices.region)
        bar = text_of(screen.query_one(KeyBar))
        assert ("⏎ Simpan" if lang == "id" else "⏎ Save") in bar, bar
        for i, words in enumerate(_CHOICES[lang]):
            if i:
                await pilot.press("down")
                await pilot.pause()
            assert choices.highlighted_option is not None
            assert choices.highlighted_option.id == _IDS[i]
            shown = "\n".join(s.text for s in screen._compositor.render_strips())
            assert words in " ".join(shown.split()), (words, shown)
        await pilot.press("enter")  # Enter on the last choice: every conflict takes the other
        await settle(pilot)
        await settle(pilot)
        assert not app.view.conflicts
        iku2 = app.view.report.node(node_id_by_code(app, "IKU 2"))
        assert iku2.measure.realisasi == "80"


# --------------------------------------------------------------------------- `/`: a kind once


@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_search_result_of_an_iku_says_its_kind_once(make_app, size, lang: str) -> None:
    """tui41: `/` at 60×20 listed an IKU as "IKU        IKU 4 Persentase…": the kind's column
    and the kode both said it. The kode stands in the kind's column ("IKU 4      Persentase…"),
    the name keeps the cells it took; a result of another kind keeps its word there."""
    app = make_app(lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"in")  # (IKU, indikator kegiatan and IKL rows)
        await settle(pilot)
        results = app.screen.query_one("#results", OptionList)
        kinds = {app.view.report.node(o.id).kind: o for o in results.options}
        assert {"iku", "indikator_kegiatan", "lainnya"} <= set(kinds), kinds
        for kind, option in kinds.items():
            said = str(option.prompt)
            node = app.view.report.node(option.id)
            if kind == "iku":
                assert said.startswith(f"{node.code} ") and said.count("IKU") == 1, said
            else:
                assert said.startswith(short_kind(kind, lang)), said
        lines = [results.render_line(y).text for y in range(results.size.height)]
        iku = [x for x in lines if x.lstrip(" ▊").startswith("IKU ")]
        assert iku and all(x.count("IKU") == 1 for x in iku), lines
