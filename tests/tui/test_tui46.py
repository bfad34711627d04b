"""tui46: the search (``/``) and the pickers' lists: the key bar follows the focus, ↑ on the first
result goes back to the text typed, and what is typed in a list goes on to its filter."""

from __future__ import annotations

from dataclasses import replace

import pytest
from textual.widgets import Input, OptionList

from lkj_tui.storage.store import Store
from lkj_tui.tui.components.keybar import KeyBar
from lkj_tui.tui.screens import SearchScreen
from tests.tui.conftest import report_id, settle, text_of

NARROW = (60, 20)
WORDS = [("id", "↓ Ke daftar", "↑↓ Pindah"), ("en", "↓ To the list", "↑↓ Move")]


def bar(app) -> str:
    return text_of(app.screen.query_one(KeyBar))


@pytest.mark.parametrize(("lang", "to_list", "move"), WORDS)
@pytest.mark.parametrize("size", [NARROW, (80, 24)])
async def test_the_searchs_key_bar_follows_the_focus(make_app, lang, to_list, move, size) -> None:
    """Once ↓ had moved into the results the bar still offered "↓ Ke daftar" (tui45): it now
    names the results' arrows before Enter; ↑ on the first result goes back to the text typed
    (it went round to the last result), and the bar says "↓ Ke daftar" again."""
    app = make_app(lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"iku")
        await settle(pilot)
        assert isinstance(app.screen, SearchScreen)
        results = app.screen.query_one("#results", OptionList)
        assert results.option_count > 2
        assert to_list in bar(app) and move not in bar(app)
        await pilot.press("down")
        await settle(pilot)
        assert app.screen.focused is results and results.highlighted == 0
        said = bar(app)
        assert to_list not in said and move in said
        assert said.index(move) < said.index("⏎")
        await pilot.press("down", "down", "up")  # within the results: they keep the focus
        await settle(pilot)
        assert app.screen.focused is results and results.highlighted == 1
        await pilot.press("up", "up")
        await settle(pilot)
        query = app.screen.query_one("#query", Input)
        assert app.screen.focused is query and results.highlighted == 0
        assert to_list in bar(app) and move not in bar(app)
        await pilot.press("enter")  # Enter jumps to the highlighted result still
        await settle(pilot)
        assert not isinstance(app.screen, SearchScreen)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_letters_typed_in_the_results_go_on_to_the_query(make_app, lang) -> None:
    """A letter typed while the results had the focus did nothing (edit45): it goes on to the
    text typed, after it (not in place of it), and the results follow; so does Backspace."""
    app = make_app(lang=lang)
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        await pilot.press("slash", *"ik")
        await settle(pilot)
        results = app.screen.query_one("#results", OptionList)
        query = app.screen.query_one("#query", Input)
        await pilot.press("down")
        await settle(pilot)
        assert app.screen.focused is results
        await pilot.press("u", "space", "1", "0")
        await settle(pilot)
        assert query.value == "iku 10" and app.screen.focused is query
        assert query.selection.is_empty and query.cursor_position == len("iku 10")
        assert str(results.get_option_at_index(0).prompt).startswith("IKU 10 ")
        await pilot.press("down", "backspace", "backspace", "1")
        await settle(pilot)
        assert query.value == "iku 1" and app.screen.focused is query
        await pilot.press("down", "up", "1")  # ↑ back: the cursor after the text, nothing chosen
        await settle(pilot)
        assert query.value == "iku 11"


@pytest.mark.parametrize(("key", "rows_id"), [("r", "reports"), ("M", "rows")])
async def test_letters_typed_in_a_pickers_list_go_on_to_its_filter(make_app, key, rows_id) -> None:
    """The report picker's (``r``) and the move picker's (``M``) lists: a letter typed there
    filters, as in the filter (it did nothing, edit45)."""
    app = make_app()
    async with app.run_test(size=NARROW) as pilot:
        await settle(pilot)
        if key == "M":
            await pilot.press("down", "down")  # (a node that can move)
            await settle(pilot)
        await pilot.press(key)
        await settle(pilot)
        rows = app.screen.query_one(f"#{rows_id}", OptionList)
        listed = rows.option_count
        await pilot.press("down")
        await settle(pilot)
        assert app.screen.focused is rows
        await pilot.press(*"zzq")
        await settle(pilot)
        field = app.screen.query_one("#filter", Input)
        assert field.value == "zzq" and app.screen.focused is field
        assert rows.option_count < listed


_DIGITS = tuple("0123456789")

#: a permasalahan of short words: at one width or another one of them ends the log's line alone
_PROBLEM = "Data realisasi dari OPD terlambat masuk ke Bappeda pada Des TA 2025 s.d. Jan"


async def test_the_change_log_keeps_its_last_words_together(make_app) -> None:
    """L wrapped its lines with Textual, which left one short word alone on a line ("Berjalan"
    under "Pengelolaan Arsip Daerah Tahun Anggaran" at 60×20: on 20 kabupaten reports 1,474
    lines at 51 cells; here "Jan" at 68 and 70 columns). Each line is wrapped as a search
    result is, its last words together, under its text; the line says its text whole."""
    from lkj_tui.tui.components.changelog import ChangeLogScreen
    from tests.tui.test_authoring19 import added_permasalahan
    from tests.tui.test_tui45 import _alone, _last_lines

    wrapped = 0
    for width in range(64, 76, 2):
        app = make_app()
        async with app.run_test(size=(width, 24)) as pilot:
            await settle(pilot)
            await added_permasalahan(pilot, _PROBLEM)
            await pilot.press("L")
            await settle(pilot)
            assert isinstance(app.screen, ChangeLogScreen)
            lines = text_of(app.screen.query_one("#log")).splitlines()
        assert " ".join(" ".join(lines).split()).endswith(_PROBLEM), lines
        # each row starts with its time ("00:21" after midnight, "23:47" before)
        last = _last_lines([line.rstrip() for line in lines if line.strip()], _DIGITS)
        assert not [line for line in last if _alone(line)], (width, lines)
        assert all(line.startswith((" " * 10, *_DIGITS)) for line in lines if line.strip())
        wrapped += bool(last)
    assert wrapped >= 4, wrapped


#: two sub kegiatan whose names run past the 50 characters a parent said keeps
_PARENTS = (
    "Peningkatan Kapasitas Layanan Administrasi Perkantoran Perangkat Daerah",
    "Koordinasi dan Sinkronisasi Layanan Administrasi Perkantoran Perangkat Daerah",
)


def namesakes_under(
    store: Store, parents: tuple[str, ...], name: str = "Nilai Layanan Rapat"
) -> None:
    """Under IKU 1 of the store's report, a kegiatan with a sub kegiatan of each of ``parents``'
    names, each with an indikator ``name``: results alike that say their parent."""
    from lkj_tui.core.model import Measure, Node

    report = store.load(report_id()).report
    iku = next(n for n in report.walk() if n.code == "IKU 1")
    report.add_node(Node("tui46-k", "kegiatan", "Kegiatan Rapat", iku.id, 90))
    for i, parent in enumerate(parents):
        report.add_node(Node(f"tui46-s{i}", "subkegiatan", parent, "tui46-k", i))
        measure = Measure(satuan="%", target="10")
        node = Node(f"tui46-i{i}", "indikator_kegiatan", name, f"tui46-s{i}", 0)
        report.add_node(replace(node, measure=measure))
    store.import_report(report, overwrite=True)


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_cut_parent_takes_no_line_of_its_own(make_app, tui_store, lang) -> None:
    """Two results alike say their parent, cut at 50 characters; wrapped, the cut's last word
    took a line of its own ("Administrasi…" under "· IKU 1 › Peningkatan Kapasitas Layanan",
    "Keuangan Perangkat…" on a third line). The parent is cut to the lines the row takes with
    its first word, and still tells the two apart."""
    from tests.tui.test_tui42 import searched

    namesakes_under(tui_store, _PARENTS)
    cut = 0
    for width in range(76, 124, 4):
        app = make_app(report_id=report_id(), lang=lang)
        async with app.run_test(size=(width, 30)) as pilot:
            await searched(pilot, "nilai layanan rapat")
            results = app.screen.query_one("#results", OptionList)
            assert results.option_count == 2
            rows = [str(results.get_option_at_index(i).prompt) for i in range(2)]
            lines = [results.render_line(y).text.rstrip() for y in range(results.size.height)]
        shown = [line.strip() for line in lines if line.strip(" ▁▔▊▎")]
        tails = [line for line in shown if len(line.split()) == 1 and line.endswith("…")]
        assert not tails, (width, lines)
        assert "› Peningkatan" in "\n".join(lines) and "› Koordinasi" in "\n".join(lines)
        cut += any(_PARENTS[0][:50] not in " ".join(line.split()) for line in lines)
        assert all(row.startswith(("Ind. keg.", "Act. ind.")) for row in rows), rows
    assert cut >= 3, cut
