"""tui66: the huge report at 80×24 — a search typed key by key no longer walks the report once
per key to the end, one walk after the other (on the huge report ≈ 0.5 s a key, seconds with no
sign of work before Enter answered)."""

from __future__ import annotations

import re
import threading
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from textual.widgets import Input, OptionList

from lkj_tui.tui import session
from lkj_tui.tui.session import View
from tests.tui.conftest import PATIENCE, settle, text_of, until


async def test_a_search_overtaken_by_a_newer_key_stops_its_walk(
    make_app: Any, monkeypatch: Any
) -> None:
    """`/` then "k": its search is held until "ke" is typed; its walk then stops at once
    (nothing found, nothing shown), and the list shows what "ke" finds."""
    gate, walked = threading.Event(), []
    search = View.search

    def held(view: View, query: str, *args: Any, **kwargs: Any) -> Any:
        if query == "k":
            gate.wait(PATIENCE)
        found = search(view, query, *args, **kwargs)
        walked.append((query, found[1]))
        return found

    monkeypatch.setattr(View, "search", held)
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", "k")
        await pilot.pause()
        await pilot.press("e")
        await until(pilot, lambda: ("ke", search(app.view, "ke")[1]) in walked, "ke's search")
        gate.set()
        await until(pilot, lambda: len(walked) == 2, "k's search")
        await settle(pilot)
        assert walked[1] == ("k", 0), walked  # (stopped: a walk to its end finds many)
        assert search(app.view, "k")[1] > 0
        screen = app.screen
        assert screen.query_one("#query", Input).value == "ke"
        results = screen.query_one("#results", OptionList)
        assert results.option_count == min(search(app.view, "ke")[1], session.SEARCH_LIMIT) > 0


def test_a_search_that_is_told_to_stop_finds_nothing(tui_store: Any) -> None:
    loaded = tui_store.load(tui_store.latest_report_id())
    view = View("x", loaded.revision, loaded.report)
    assert view.search("a", stop=lambda: True) == ([], 0)
    assert view.search("a", stop=lambda: False) == view.search("a") != ([], 0)


@given(st.text(alphabet=st.sampled_from("aB \t\n\r\x0b\x0c\x1c\x1d\x85\xa0\u2003\u3000ſK")))
@example(" \u2028IKU\x1f 1\u3000")
def test_the_search_s_fold_is_the_regular_expression_s(text: str) -> None:
    """``_fold`` takes each run of whitespace as ``re``'s ``\\s+`` did (split and join: a
    seventh of the time on the huge report's 366,528 codes and names)."""
    assert session._fold(text) == re.sub(r"\s+", " ", text).strip().casefold()


@pytest.mark.parametrize(("lang", "said"), [("id", "(1.200)"), ("en", "(1,200)")])
async def test_the_filter_s_count_is_grouped_as_the_summary_s(
    make_app: Any, lang: str, said: str
) -> None:
    """The huge report's `u` read "Filter: hanya di bawah target (23458)" under "23.458 di
    semua tingkat": the filter's count now has the summary's thousands (as `T`'s has)."""
    from lkj_tui.tui.components.summary import SummaryBar

    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        app.view.under = [app.view.under[0]] * 1200  # (a report with 1,200 under target)
        await pilot.press("u")
        await settle(pilot)
        shown = " ".join(text_of(app.query_one(SummaryBar)).split())
        assert f"{said}" in shown and "(1200)" not in shown, shown


@pytest.mark.parametrize(("lang", "said"), [("id", "1.234 kesalahan"), ("en", "1,234 errors")])
async def test_the_reviu_s_counts_have_the_summary_s_thousands(
    make_app: Any, monkeypatch: Any, lang: str, said: str
) -> None:
    """The huge report's Reviu screen read "Reviu: 3481 kesalahan · 26792 peringatan"."""
    from lkj_tui.core.reviu import Reviu
    from lkj_tui.tui.reviu import ReviuScreen

    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await until(pilot, lambda: app.reviu is not None, "the reviu")
        counts = Reviu.counts
        monkeypatch.setattr(Reviu, "counts", lambda self: {**counts(self), "error": 1234})
        await pilot.press("v")
        await until(pilot, lambda: isinstance(app.screen, ReviuScreen), "the reviu screen")
        assert said in app.screen.title_text, app.screen.title_text
