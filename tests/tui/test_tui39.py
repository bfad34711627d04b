"""The reviewer in a meeting (tui39): a shared store's conflicts said where they last, the help's
room at small sizes, the English help's report words, the overview's progress in files."""

from __future__ import annotations

import shutil

import pytest
from textual.widgets._toast import Toast

from lkj_tui.tui.components.sharingscreens import ConflictScreen
from lkj_tui.tui.components.summary import SummaryBar
from tests.test_sync import RID, offices  # noqa: F401 - fixture
from tests.tui.conftest import settle, text_of
from tests.tui.test_sharing import choose, iku2_conflict, office_env  # noqa: F401 - fixture

git = pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")


def record_conflicts(store, codes: tuple[str, ...]) -> None:
    """The report's file records a sync conflict on each node of ``codes`` (its realisasi), as a
    merge writes them (no git needed: ``K`` lists them, a choice saves)."""
    report = store.load(RID).report
    recorded = []
    for node in report.walk():
        if node.code in codes:
            value = node.measure.realisasi
            field = {"node": node.id, "field": ["measure", "realisasi"], "base": value}
            recorded.append({**field, "kept": value, "other": "1"})
    store.update(RID, lambda r: None, meta_extra=lambda extra: {**extra, "conflicts": recorded})


def head(app) -> str:
    return text_of(app.query_one(SummaryBar))


@pytest.mark.parametrize(
    ("lang", "size", "two", "one"),
    [
        ("id", (60, 20), "rev. 2  ·  2 konflik (K)", "rev. 3  ·  1 konflik (K)"),
        ("en", (80, 24), "rev. 2  ·  2 conflicts (K)", "rev. 3  ·  1 conflict (K)"),
    ],
)
async def test_the_summary_says_the_conflicts_that_wait_until_they_are_chosen(
    make_app, tui_store, lang, size, two, one
) -> None:
    """tui39: the start-up toast said "2 konflik (S: sinkronkan, K: konflik)" for ten seconds,
    then nothing on screen did (the header read "rev. 8"): the summary says how many wait, with
    their key, beside the revision, as long as they wait; one chosen, one said; none, nothing."""
    record_conflicts(tui_store, ("IKU 1", "IKU 2"))
    app = make_app(lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        assert two in head(app).replace("\xa0", " ")
        for _ in range(2):
            await pilot.press("K")
            await settle(pilot)
            assert isinstance(app.screen, ConflictScreen)
            await pilot.press("enter")  # (the first: keep IKU 1's value)
            await settle(pilot)
            said = head(app).replace("\xa0", " ")
            if app.view.conflicts:
                assert one in said
        assert "konflik" not in said and "conflict" not in said, said
        await pilot.press("ctrl+z")  # the choice undone: the conflict waits again
        await settle(pilot)
        assert one.replace("3", "5") in head(app).replace("\xa0", " ")


@git
async def test_the_start_up_toast_says_only_what_waits_and_goes_when_k_opens(
    offices,  # noqa: F811
    office_env,  # noqa: F811
    make_app,
    lasting_toasts,  # (read on screen after settles that took seconds under load)
) -> None:
    """tui39: at 60×20 the toast ("Penyimpanan bersama: 0 simpanan belum dikirim · 0 diterima
    belum digabung · 2 konflik (S: sinkronkan, K: konflik)", 4–5 rows) covered the foot of K's
    list for its ten seconds. It says only the counts that are not 0, and goes when K is
    pressed (what it asked for); the summary keeps saying it."""
    app = make_app(store=iku2_conflict(offices))
    async with app.run_test(size=(60, 20), notifications=True) as pilot:
        await settle(pilot)
        said = [m for m, *_ in app.toasts if m.startswith("Penyimpanan bersama")]
        assert said == ["Penyimpanan bersama: 1 konflik (K: konflik)"], app.toasts
        await pilot.pause()
        assert len(app.screen.query(Toast)) == 1
        await pilot.press("K")
        await settle(pilot)
        assert isinstance(app.screen, ConflictScreen)
        await pilot.pause()
        assert not app.screen.query(Toast), "the start-up toast over K's list"
        await pilot.press("escape")
        await settle(pilot)
        await pilot.pause()
        assert not app.screen.query(Toast), "the start-up toast back after K"
        assert "1 konflik (K)" in head(app).replace("\xa0", " ")


@pytest.mark.parametrize(("size", "low"), [((60, 20), True), ((80, 24), True), ((120, 40), False)])
async def test_the_help_gives_its_text_the_rows_of_a_small_screen(make_app, size, low) -> None:
    """tui39: at 60×20 the help's title, the store's and the settings' paths and their blank
    lines left ≈ 7 rows of help. Below 30 rows the paths follow the help's text (scrolled to,
    End) and the box takes the screen's rows: 14 of 20 read the help; above, as before."""
    from textual.containers import VerticalScroll
    from textual.widgets._markdown import MarkdownParagraph

    from lkj_tui.tui.screens import HelpScreen

    app = make_app(store_typed="/tmp/x")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, HelpScreen)
        body = screen.query_one("#help-body", VerticalScroll)
        top, end = screen.query_one("#help-paths"), screen.query_one("#help-paths-end")
        assert (top.display, end.display) == (not low, low)
        if low:  # (in the column of the help's text, as above it: tui38)
            assert body.size.height >= size[1] - 6, body.size
            assert "Penyimpanan:" in text_of(end)
            first = screen.query(MarkdownParagraph).first()
            assert end.content_region.x == first.content_region.x
        else:
            assert "Penyimpanan:" in text_of(top)


def test_the_english_help_says_what_the_reports_words_mean_before_its_keys() -> None:
    """tui39: the English help used "realisasi" throughout and explained it only in the `e` row:
    target, realisasi and capaian are said once, in the glossary's words, before the keys."""
    from lkj_tui.tui.screens import help_text

    opening = " ".join(help_text("en").split("\n## ", 1)[0].split())
    for said in ("**target** (the year's target", "**realisasi** (the actual value", "**capaian**"):
        assert said in opening, said
    assert "achievement: the realisasi against the target" in opening
