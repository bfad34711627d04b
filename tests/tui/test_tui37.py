"""The reviewer in a meeting, continued (tui37): the detail pane's "belum ada permasalahan" flush
with its other lines, the search results' names given the room of a long kind word, the pane's
Esc named at 60×20, and a conflict's wrapped choice hung under its text."""

from __future__ import annotations

import shutil

import pytest
from textual.widgets import OptionList

from lkj_tui.bundled import BUNDLED_REPORT_ID
from tests.test_sync import offices  # noqa: F401 - fixture
from tests.tui.conftest import go, settle, text_of
from tests.tui.test_sharing import iku2_conflict, office_env  # noqa: F401 - fixture
from tests.tui.test_tui34 import _store_with_a_stray_file, drawn
from tests.tui.test_years_overview import _overview


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_no_permasalahan_is_said_flush_with_the_pane(make_app, lang: str) -> None:
    """A node with no permasalahan read "     belum ada permasalahan", indented five cells
    under its title as if it were an item. It is said where the pane's other lines begin."""
    empty = {"id": ("belum ada permasalahan", "belum ada solusi"), "en": ("no problem", "no sol")}
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await go(pilot, "T1")
        lines = app.detail.text.split("\n")
        for said in empty[lang]:
            line = next(x for x in lines if said in x)
            title = lines[lines.index(line) - 1]
            assert line.index(said) == len(title) - len(title.lstrip()), lines


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_search_results_give_the_name_the_room_at_80_columns(make_app, lang: str) -> None:
    """`/` at 80×24: the first column took 19 cells ("Key indicator", "Indikator kegiatan")
    and the names wrapped beside it. A short kind word ("IKU", "Ind. keg.", "Act. ind.")
    leaves the name 8 cells more: IKL 1's name and where it is are on one line."""
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"in")
        await settle(pilot)
        results = app.screen.query_one("#results", OptionList)
        shown = [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]
        kinds = {line[:11].strip() for line in shown}
        # (an IKU's kode in the column, which says its kind: "IKU 2", not "IKU  IKU 2": tui41)
        assert {"IKU 2", "Ind. keg." if lang == "id" else "Act. ind."} <= kinds, kinds
        assert all(line[10] == " " and line[11] != " " for line in shown), shown
        lines = [results.render_line(y).text.rstrip() for y in range(results.size.height)]
        start = next(line.index("IKU 2 ") for line in lines if "IKU 2 " in line)
        assert start <= 14, lines  # (the box's edge, padding and the 11 cells of the kinds)
        ikl = next(line for line in lines if "IKL 1 " in line)
        assert ikl.rstrip(" ▎").endswith("Kesejahteraan Masyarakat  · S1"), lines


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_at_60x20_the_pane_names_its_esc_and_the_filter_beside_it(
    make_app, lang: str
) -> None:
    """Below 70 columns, with a filter on, Tab then Esc: the first Esc went back to the tree and
    left the filter on, while the bar named only "Tab Pohon". The pane's bar now names Esc for
    what it does there, with the filter's way out beside it; on the tree Esc leaves the filter."""
    from lkj_tui.tui.components.keybar import KeyBar
    from tests.tui.conftest import text_of

    tree_word, all_word = ("Pohon", "Semua") if lang == "id" else ("Tree", "Show all")
    app = make_app(lang=lang)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        await pilot.press("u", "tab")
        await settle(pilot)
        bar = text_of(app.query_one(KeyBar))
        assert app.focused is app.detail and app.only_under
        assert bar.startswith(f" esc {tree_word} u {all_word} "), bar
        await pilot.press("escape")
        await settle(pilot)
        assert app.focused is app.tree and app.only_under
        assert f" u {all_word} " in text_of(app.query_one(KeyBar))
        await pilot.press("escape")
        await settle(pilot)
        assert not app.only_under


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_wrapped_conflict_choice_hangs_under_its_text(
    offices,  # noqa: F811
    office_env,  # noqa: F811
    make_app,
    lang: str,
) -> None:
    """`K` at 80×24: "IKU 2 · Realisasi  ambil nilai yang lain: 80 — pusat," went on with its
    time at column 0, under the place, where it read as a row of its own. Its later line now
    begins under the choice's text, as `H`'s entries do."""
    app = make_app(store=iku2_conflict(offices), lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("K")
        await settle(pilot)
        options = app.screen.query_one("#choices", OptionList)
        lines = [options.render_line(y).text for y in range(options.size.height)]
        take = "ambil nilai yang lain: 80" if lang == "id" else "take the other value: 80"
        row = next(n for n, line in enumerate(lines) if take in line)
        rest = lines[row + 1]
        start = lines[row].index(take)
        assert rest[:start].strip("▊ ") == "" and rest[start] != " ", lines[row : row + 2]
        # (then the capaian it gives, tui69, or who set it and when)
        assert rest[start:].startswith(("→", "pusat", "2026", "20")), lines[row : row + 2]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
async def test_two_skipped_files_are_counted_and_named_as_the_row_holds_them(
    make_app, tui_store, lang: str, size: tuple[int, int]
) -> None:
    """The overview and `r` said "stray.json dan 1 lainnya", and at 80 columns no name at all
    ("2 berkas dilewati: lkj-tui info …"). They say how many and name as many files as the
    row holds ("2 berkas dilewati (old.json, stray.json):", "(old.json, …)"), then the
    command that says why, on one row."""
    store = _store_with_a_stray_file(tui_store.root / "rapat")
    (store.root / "old.json").write_text('{"_default": ', encoding="utf-8")
    command = "lkj-tui info --store rapat" + (" --lang en" if lang == "en" else "")
    app = make_app(store=store, report_id=BUNDLED_REPORT_ID, lang=lang, store_typed="rapat")
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("o")
        screen = await _overview(pilot)
        rows = [screen.query_one("#ov-skipped")]
        shown = [(drawn(rows[0]), rows[0].size.height)]
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("r")
        await settle(pilot)
        await pilot.pause()
        row = app.screen.query_one("#skipped")
        shown.append((drawn(row), row.size.height))
        for said, height in shown:
            assert height == 1 and "\n" not in said, said
            assert said.startswith("2 ") and said.endswith(command), said
            assert "lainnya" not in said and "more" not in said, said
            if size[0] >= 80:
                assert "old.json, " in said, said
            if size[0] >= 120:
                assert "(old.json, stray.json)" in said, said


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_reviu_findings_later_lines_hang_under_its_text(make_app, lang: str) -> None:
    """`v` at 80×24: a finding's later lines began at column 0, under its mark, and the list
    read as one paragraph. They now begin under its text, two cells in."""
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        # (the highlighted finding whole under the list, its row cut there: rev67)
        raw = text_of(app.screen.query_one("#finding")).splitlines()
        lines = [line.strip() for line in raw]
        marks = [line for line in lines if line[:1] in "✗!·"]
        later = [r for r, line in zip(raw, lines, strict=True) if line and line[:1] not in "✗!·"]
        assert marks and later, lines
        start = raw[lines.index(marks[0])].index(marks[0][0]) + 2
        assert all(r[:start].strip() == "" and r[start] != " " for r in later), later
