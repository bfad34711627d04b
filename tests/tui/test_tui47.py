"""tui47: dialogs at 60×20 give their rows to what they hold (no blank rows around the box
below 30 rows) and a dialog's scrolling text reaches its end inside the box; a toast keeps the
words before a path with its first piece; the help says how to answer a question; a search
result's cut parent says more than one word."""

from __future__ import annotations

from itertools import pairwise
from pathlib import Path

import pytest

from lkj_tui.tui.components.changelog import ChangeLogScreen
from lkj_tui.tui.components.dialogs import ValueDialog
from lkj_tui.tui.components.importdialogs import ProblemsDialog
from lkj_tui.tui.importtext import tx
from tests.tui.conftest import opened, report_id, settle, text_of
from tests.tui.test_import_tui import _import

SMALL = (60, 20)


def _screen(app) -> list[str]:  # type: ignore[no-untyped-def]
    """The screen's rows as drawn."""
    return [strip.text for strip in app.screen._compositor.render_strips()]


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_the_value_dialogs_hint_is_whole_at_60x20(make_app, lang: str) -> None:
    """At 60×20 the realisasi dialog's last line, how to write a value ("… Kosong = belum
    dilaporkan."), was cut under the box's foot: the box left a tenth of the screen and
    its padding took two rows. Now the hint's last words are on screen, inside the box, and
    no line of it begins with a " · " between its examples."""
    async with opened(make_app, "IKU 1", SMALL, lang=lang) as (app, pilot, _):
        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ValueDialog)
        hint = app.screen.query_one(".dialog-hint")
        box = app.screen.query_one(".dialog")
        assert hint.region.height and box.content_region.contains_region(hint.region)
        said = " ".join(" ".join(_screen(app)).split())  # the words as drawn, lines joined
        lines = [line.strip() for line in text_of(hint).splitlines()]
        assert said.count(lines[-1]) == 1, (lines, said)
        # (each " · " kept with the word before it: "· WTP · 10 kali." began a line in English)
        assert not [line for line in lines if line.startswith("·")], lines


async def test_a_refused_files_last_problem_and_hint_are_seen_at_60x20(
    make_app, tmp_path: Path
) -> None:
    """The problems of a refused file scrolled in 24 rows: at 60×20 the box, 17 rows, cut them,
    End showed problem 31 of 40 and the hint under them never. Now the list takes the rows
    the box has: End shows the last problem, and the hint is under it."""
    bad = tmp_path / "banyak.csv"
    rows = ["level;kode;induk;uraian;satuan;polaritas;target;realisasi"]
    rows += [f"iku;IKU {i};S9;Nama {i};%;naik;95 %;90 %" for i in range(1, 41)]
    bad.write_text("\n".join(rows) + "\n", encoding="utf-8")
    async with opened(make_app, None, SMALL) as (app, pilot, _):
        await _import(pilot, bad)
        assert isinstance(app.screen, ProblemsDialog)
        assert len(app.screen.lines) >= 40
        await pilot.press("end")
        await pilot.pause()
        shown = "\n".join(_screen(app))
        last = app.screen.lines[-1].split()[0:2]
        assert " ".join(last) in shown, shown
        assert tx("problems_hint", "id").split()[0] in shown, shown


async def test_the_change_logs_last_change_is_seen_at_60x20(make_app) -> None:
    """L's list scrolled in 30 rows, cut by the 17-row box at 60×20: its last changes were
    never seen. Now End shows the last one inside the box."""
    async with opened(make_app, "IKU 1", SMALL) as (app, pilot, _):
        for value in range(1, 23):
            await pilot.press("e", "ctrl+u", *str(value * 7), "enter")
            await settle(pilot)
            if app.screen.is_modal:  # (a value the engine doubts: a second Enter)
                await pilot.press("enter")
                await settle(pilot)
        await pilot.press("L")
        await settle(pilot)
        assert isinstance(app.screen, ChangeLogScreen)
        await pilot.press("end")
        await pilot.pause()
        body = app.screen.query_one("#log-body")
        box = app.screen.query_one(".dialog")
        assert body.max_scroll_y > 0  # (the log is longer than the rows it has)
        assert box.content_region.contains_region(body.region)
        assert "→ 154" in "\n".join(_screen(app))  # the last value typed


_PATHS = (
    "/data/lkj-store-folder/laporan-2025/bengkulu-selatan-dinas-pendidikan-2025.xlsx",
    "C:\\Users\\rina.wulandari\\AppData\\Local\\lkj-tui\\lkj-tui\\settings.toml",
    "/home/rina/lkj/store",
)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_label_stays_with_its_paths_first_piece(lang: str) -> None:
    """A toast's words before a path wider than its line stood alone on a line over it
    ("Pengaturan:" / "/data/lkj-store-folder/", "3 masalah di" / "/data/…"). Now the path's
    first piece is on their line wherever it fits there; every line fits the toast, and the
    text is all there."""
    import re

    from rich.cells import cell_len

    from lkj_tui.tui.components.forms import CONTINUED
    from lkj_tui.tui.text import paths_apart, t, toast_room

    kept = 0
    for width in range(60, 122, 2):
        room = toast_room(width)
        for path in _PATHS:
            first = re.match(r"[^/\\]*[/\\]", path).group()  # type: ignore[union-attr]
            texts = (
                t("config_at", lang, path=path),
                tx("problems_title", lang, n=3, file=path),
                tx("warnings_title_1", lang, file=path),
            )
            for text in texts:
                lines = paths_apart(text, width).split("\n")
                assert all(cell_len(line) <= room for line in lines), (width, lines)
                joined = "".join(lines).replace(CONTINUED, "")  # (a piece folded: marked)
                assert joined.replace(" ", "") == text.replace(" ", ""), lines
                for before, line in pairwise(lines):
                    # a path wider than the line begins one: the words before it could not
                    # take its first piece (one that fits stays whole on a line: share33)
                    if line.startswith(first) and cell_len(path) > room:
                        assert cell_len(before) + 1 + cell_len(first) > room, (width, lines)
                kept += any(f" {first}" in line for line in lines)
    assert kept > 100, kept  # (the label and the path's first piece together: seen)


@pytest.mark.parametrize("lang", ["id", "en"])
def test_the_help_says_how_to_answer_a_question(lang: str) -> None:
    """A question's key bar names ``y`` and Esc by its buttons' words ("y Ya, hapus … esc
    Batal"), ``n`` no longer (edit47): the help says, on one line, that ``y`` answers with the
    yes button and ``n`` or Esc with the no button; every key of a question is in it."""
    from lkj_tui.tui.components.dialogs import ConfirmDialog
    from lkj_tui.tui.screens import help_text
    from lkj_tui.tui.text import t

    keys = [b.key for b in ConfirmDialog.BINDINGS]  # type: ignore[union-attr]
    rows = [row for row in help_text(lang).splitlines() if all(f"`{k}`" in row for k in keys)]
    assert len(rows) == 1 and "Esc" in rows[0], rows
    assert t("yes_delete", lang) in rows[0] and t("cancel", lang) in rows[0], rows


@pytest.mark.parametrize("key", ["n", "escape", "enter"])
async def test_n_esc_and_enter_answer_no_y_yes(make_app, key: str) -> None:
    """Delete's question at 60×20: ``n``, Esc and Enter (on Batal, lit at first) keep the node;
    ``y`` deletes it."""
    from lkj_tui.tui.components.dialogs import ConfirmDialog

    async with opened(make_app, "IKL 1", SMALL) as (app, pilot, node):
        for answer, kept in ((key, True), ("y", False)):
            await pilot.press("d")
            await settle(pilot)
            assert isinstance(app.screen, ConfirmDialog)
            await pilot.press(answer)
            await settle(pilot)
            assert not app.screen.is_modal
            ids = {n.id for n in app.view.evaluation.report.walk()}  # type: ignore[union-attr]
            assert (node in ids) is kept, answer


#: a parent said whole beside one cut at 50 characters (a kabupaten report's, IKU 2)
_NAMESAKES = (
    "Penyusunan Layanan Administrasi Perkantoran",
    "Peningkatan Kapasitas Layanan Administrasi Perkantoran Perangkat Daerah",
)


async def test_a_cut_parent_says_more_than_one_word(make_app, tui_store) -> None:
    """Two results alike ("Nilai Layanan Administrasi Perkantoran" under IKU 1) say their
    parents: at 76–96 columns the cut one shrank to "› Peningkatan…", a word that told the
    two apart but not which sub kegiatan it is. It says its words now, on a line more."""
    from tests.tui.test_tui42 import searched
    from tests.tui.test_tui46 import namesakes_under

    namesakes_under(tui_store, _NAMESAKES, "Nilai Layanan Administrasi Perkantoran")
    for width in (76, 80, 86, 92, 96):
        app = make_app(report_id=report_id())
        async with app.run_test(size=(width, 30)) as pilot:
            await searched(pilot, "nilai layanan administrasi perkantoran")
            results = app.screen.query_one("#results")
            lines = [results.render_line(y).text for y in range(results.size.height)]
        said = " ".join(" ".join(lines).replace("▎", " ").replace("▊", " ").split())
        assert "› Peningkatan Kapasitas" in said and "› Penyusunan Layanan" in said, (width, said)


@pytest.mark.parametrize("cells", [20, 30])
async def test_the_forms_labels_are_as_wide_as_labels_says(
    make_app, monkeypatch: pytest.MonkeyPatch, cells: int
) -> None:
    """The labels' column of a wide form is :data:`~lkj_tui.tui.components.forms.LABELS`
    cells: the stylesheet said 26 too, and a change of one left the other behind."""
    from lkj_tui.tui.components import forms

    monkeypatch.setattr(forms, "LABELS", cells)
    async with opened(make_app, None, (120, 40)) as (app, pilot, _):
        await pilot.press("E")
        await settle(pilot)
        await pilot.pause()
        assert isinstance(app.screen, forms.FormDialog)
        widths = {label.outer_size.width for label in app.screen.query(".form-label")}
        assert widths == {cells}, widths
