"""tui21: the TUI in a meeting — the overview's help key, a printed cell of two figures read each
with its indicator."""

from __future__ import annotations

import pytest

from lkj_tui.storage.store import Store
from tests.tui.conftest import go, settle, text_of
from tests.tui.test_years_overview import _overview, years_store  # noqa: F401 - fixture

HELP = {"id": "F1 Bantuan", "en": "F1 Help"}


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_overview_shows_its_help_key_and_question_mark_opens_it(
    make_app,
    years_store: Store,  # noqa: F811
    lang,
) -> None:
    """The overview's key bar named no help key: F1 worked, but "?" was typed into the filter.
    The bar shows F1 on the right, beside Esc; "?" opens the help while the filter is empty (a
    "?" alone filters nothing), and after a word it is typed into the filter."""
    from textual.widgets import Input

    from lkj_tui.tui.components.keybar import KeyBar
    from lkj_tui.tui.components.overview import OverviewScreen
    from lkj_tui.tui.screens import HelpScreen

    app = make_app(years_store, lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _overview(pilot)
        bar = text_of(screen.query_one(KeyBar))
        assert bar.rstrip().endswith(f"{HELP[lang]} esc {'Kembali' if lang == 'id' else 'Back'}")
        # every key but ⇧Tab fits at 80 columns, Enter first
        assert bar.split()[:2] == ["⏎", "Buka" if lang == "id" else "Open"]
        assert "^y" in bar

        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert app.screen is screen
        field = screen.query_one("#ov-filter", Input)
        assert field.value == ""

        await pilot.press("d", "i", "n", "a", "s", "question_mark")
        await settle(pilot)
        assert app.screen is screen and field.value == "dinas?"

        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, OverviewScreen) and field.value == "dinas?"


SAID = {
    "id": "Target 2023 tercetak lain: 89,00 untuk “Opini Penyelenggaraan Pengawasan Kepatuhan "
    "Pelayanan Publik” dan 4,00 untuk “Standar Pelayanan Publik” (Perjanjian Kinerja 2023 "
    "(Lampiran I), satu sel) → ",
    "en": "The 2023 target printed elsewhere: 89,00 for “Opini Penyelenggaraan Pengawasan "
    "Kepatuhan Pelayanan Publik” and 4,00 for “Standar Pelayanan Publik” (Perjanjian Kinerja "
    "2023 (Lampiran I), one cell) → ",
}


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_printed_cell_of_two_figures_reads_each_with_its_indicator(make_app, lang) -> None:
    """The bundled report's Perjanjian Kinerja prints one row for two indicators ("- Opini … -
    Standar Pelayanan Publik") with "89,00 4,00": the detail pane of IKL 2 ran the two figures
    together ("tercetak lain: 89,00 4,00 (Perjanjian Kinerja …)"). Each is read with the
    indicator the table names for it, and the source says it is one cell."""
    app = make_app(lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await go(pilot, "IKL 2")
        await settle(pilot)
        shown = " ".join(app.detail.text.split())
        assert SAID[lang] in shown, shown
        elsewhere = SAID[lang].partition(":")[0]  # its line (the reviu's findings say theirs)
        assert "89,00 4,00" not in shown.partition(elsewhere)[2].partition("→")[0]


def test_cell_figures_pairs_figures_with_listed_names_only_when_they_count_alike() -> None:
    from lkj_tui.core.evaluate import cell_figures

    two = "- Opini Pelayanan Publik - Standar Pelayanan Publik"
    assert cell_figures("89,00 4,00", two) == [
        ("89,00", "Opini Pelayanan Publik"),
        ("4,00", "Standar Pelayanan Publik"),
    ]
    assert cell_figures("89,00 4,00", "• a  • b") == [("89,00", "a"), ("4,00", "b")]
    # names that do not list as many (or at all): the figures alone
    assert cell_figures("89,00 4,00", "Opini Pelayanan Publik") == [("89,00", None), ("4,00", None)]
    assert cell_figures("1 2 3", two) == [("1", None), ("2", None), ("3", None)]
    assert cell_figures("89,00 4,00", None) == [("89,00", None), ("4,00", None)]
    assert cell_figures("89,00\u00a04,00", None) == [("89,00", None), ("4,00", None)]
    # one figure, a grade, a range, a text: not several figures
    for value in ("89,00", "A (86,45)", "80 - 100", "BB", "lihat lampiran", ""):
        assert cell_figures(value, two) == [], value


def test_the_overview_at_80x24_snapshot(
    snap_compare,
    make_app,
    years_store: Store,  # noqa: F811
    monkeypatch,
) -> None:
    """The overview's key bar at 80 columns: Enter, Tab, ^t ^g ^y, then "…", and F1 with Esc on
    the right."""
    monkeypatch.setattr("lkj_tui.tui.components.overview.reviu_errors", lambda report: 7)

    async def overview(pilot) -> None:  # type: ignore[no-untyped-def]
        screen = await _overview(pilot)
        screen.query_one("#ov-filter").cursor_blink = False

    assert snap_compare(make_app(years_store), terminal_size=(80, 24), run_before=overview)


class _NoIndex(list[str]):
    """A list of ids whose ``index`` (a scan: O(n) a press) must not be called."""

    def index(self, *args: object) -> int:  # type: ignore[override]
        raise AssertionError("n/N looked for its place with list.index")


async def test_n_and_n_back_count_their_place_without_scanning_the_list(make_app) -> None:
    """`n` found its place for the toast ("3 dari 12") with ``view.under.index``: a scan of every
    under-target id on each press, ≈ 4 M instructions at the end of the huge report (23,571
    under target). The bisect that finds the next item gives the place: the toasts still count
    1, 2, … from the top, N from the bottom, and a wrap says so."""
    app = make_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        view = app.view
        view.under = _NoIndex(view.under)
        total = len(view.under)
        said = []
        for key in ("n", "n", "n", "N", "N", "N", "N"):
            app.toasts.clear()
            await pilot.press(key)
            await settle(pilot)
            said.append(next(m for m, *_ in app.toasts if " dari " in m))
        assert said[:3] == [f"{i} dari {total}" for i in (1, 2, 3)]
        assert said[3:5] == [f"2 dari {total}", f"1 dari {total}"]
        assert said[5].startswith(f"{total} dari {total} ")  # N before the first: wrapped
        assert said[6] == f"{total - 1} dari {total}"
        assert app.tree.current_id() == view.under[total - 2]


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_search_result_without_a_kode_keeps_its_name_in_line(make_app, lang) -> None:
    """`/` drew a result without a kode (an indikator kegiatan) with a space for the kode it
    does not have: its name one cell right of the names beside it ("Activity indicator  Opini
    …" under "Key indicator      IKU 3 Opini …"). Every name or kode starts after the kind's
    column."""
    from textual.widgets import OptionList

    app = make_app(lang=lang)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"Penyusunan")
        await settle(pilot)
        results = app.screen.query_one("#results", OptionList)
        shown = [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]
        # (every one of these is an indikator kegiatan or a sub kegiatan without a kode)
        assert len(shown) >= 2 and all(x[10] == " " and x[11] != " " for x in shown), shown
