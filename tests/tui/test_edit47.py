"""edit47: dialogs' words: a question's key bar names its keys as its buttons do; a question's
lines and a toast's sentences never end with one short word alone."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.cells import cell_len
from textual.widgets import Button, OptionList

from lkj_tui.storage.store import Store
from lkj_tui.tui.components.dialogs import ConfirmDialog, DiscardDialog
from lkj_tui.tui.components.keybar import KeyBar
from lkj_tui.tui.components.picker import PickerDialog
from lkj_tui.tui.components.whole import LAST_LINE
from lkj_tui.tui.importtext import tx
from lkj_tui.tui.text import paths_apart, toast_room
from tests.tui.conftest import new_report_choices, opened, settle, text_of
from tests.tui.test_edit41 import first_move_picker, inspektorat  # noqa: F401  (a fixture)
from tests.tui.test_import_tui import _import, _mine


async def _asked(pilot, *keys: str) -> tuple[str, str, str]:
    """Press ``keys``; the key bar of the ConfirmDialog they opened, and its buttons' words
    (yes, no)."""
    await pilot.press(*keys)
    await settle(pilot)
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ConfirmDialog), f"{keys} opened {screen!r}"
    words = [str(screen.query_one(f"#{b}", Button).label) for b in ("yes", "no")]
    return text_of(screen.query_one(KeyBar)), words[0], words[1]


def _named_as_buttons(bar: str, yes: str, no: str) -> None:
    """``y`` named by the yes button's word, Esc (on the right) by the no button's; ``n``, Esc's
    twin, not listed a second time."""
    assert bar.startswith(f" y {yes} ") and bar.rstrip().endswith(f" esc {no}"), bar
    assert " n " not in bar, bar


@pytest.mark.parametrize(("lang", "size"), [("id", (60, 20)), ("en", (80, 24))])
async def test_a_questions_key_bar_names_its_keys_as_its_buttons(
    make_app, tui_store: Store, tmp_path: Path, lang: str, size: tuple[int, int]
) -> None:
    """The bar under "Buat"/"Hapus"/"Timpa" and "Batal" said "y Ya n Tidak": now "y" says the
    yes button's word and Esc the no button's, for every question (delete a node, an item,
    discard typed text, overwrite a report, make next year's); ``n`` still cancels and ``y``
    still answers yes."""
    path = _mine(tui_store, tmp_path)
    async with opened(make_app, "IKU 1", size, lang=lang) as (app, pilot, _):
        _named_as_buttons(*await _asked(pilot, "d", "enter"))  # the node
        await pilot.press("n")
        await settle(pilot)
        assert not app.screen.is_modal
        _named_as_buttons(*await _asked(pilot, "d", "down", "enter"))  # a permasalahan
        await pilot.press("n")
        await settle(pilot)
        _named_as_buttons(*await _asked(pilot, "s", "enter", *"Teks", "escape"))  # discard
        assert isinstance(app.screen, DiscardDialog)
        await pilot.press("y")
        await settle(pilot)
        assert not app.screen.is_modal
        await _import(pilot, path)
        await _import(pilot, path)  # the same file again: overwrite?
        assert isinstance(app.screen, ConfirmDialog)
        yes, no = (str(app.screen.query_one(f"#{b}", Button).label) for b in ("yes", "no"))
        _named_as_buttons(text_of(app.screen.query_one(KeyBar)), yes, no)
        await pilot.press("n")
        await settle(pilot)
        choices = await new_report_choices(pilot)
        choices.highlighted = 0  # next year's report from this one
        _named_as_buttons(*await _asked(pilot, "enter"))


@pytest.mark.parametrize(("lang", "size"), [("id", (60, 20)), ("en", (60, 20))])
async def test_next_years_question_leaves_no_word_alone_on_a_line(
    make_app, lang: str, size: tuple[int, int]
) -> None:
    """At 60×20 "riwayat." stood alone under "Target 2024 dari Renstra; realisasi 2023 ke":
    each line of a question's text keeps its last words together (as its title does), every
    word still there."""
    async with opened(make_app, None, size, lang=lang) as (app, pilot, _):
        choices = await new_report_choices(pilot)
        choices.highlighted = 0  # next year's report from this one
        await pilot.press("enter")
        await settle(pilot)
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, ConfirmDialog)
        drawn = text_of(dialog.query_one(".dialog-name")).split("\n")
        lines = [line.strip() for line in drawn if line.strip()]
        given = dialog.text.split("\n")
        assert len(lines) > len(given)  # (wrapped: a line wider than the box)
        assert " ".join(lines).split() == " ".join(given).split()
        alone = [
            line
            for line in lines
            if " " not in line and len(line) < LAST_LINE and line not in given
        ]
        assert not alone, lines


@pytest.mark.parametrize("lang", ["id", "en"])
def test_a_toasts_sentence_ends_with_more_than_one_short_word(lang: str) -> None:
    """A toast laid out by ``paths_apart`` (a path in it) left "(i)." alone under "Perbaiki
    berkasnya lalu impor lagi" at 80 columns: a sentence's last words are kept together, at
    every width, its words and the path's pieces as they were."""
    path = "/data/lkj-store-folder/laporan-2025/bengkulu-selatan-dinas-pendidikan-2025.xlsx"
    text = f"{tx('problems_title', lang, n=3, file=path)}\n{tx('problems_hint', lang)}"
    for width in range(60, 161):
        lines = paths_apart(text, width).split("\n")
        room = toast_room(width)
        assert all(cell_len(line) <= room for line in lines), (width, lines)
        assert "".join(lines).replace("↩", "").replace(" ", "") == text.replace(" ", "").replace(
            "\n", ""
        )
        hint = tx("problems_hint", lang)
        start = next(k for k, line in enumerate(lines) if hint.startswith(line))
        assert " ".join(lines[start:]) == hint
        assert len(lines[-1]) >= LAST_LINE or lines[-1] == hint, (width, lines)


async def test_the_move_picker_gives_its_rows_the_blank_lines_at_60x20(
    make_app,
    inspektorat: str,  # noqa: F811
) -> None:
    """At 60×20 the box's padding, the title's margin and the screen's tenth it left showed 3
    two-line rows, the list taller than the box and cut by it: ↓ took the cursor out of sight.
    Now the list has the rows the box leaves, inside it, 5 rows, and the cursor stays seen."""
    app = make_app(report_id=inspektorat)
    async with app.run_test(size=(60, 20)) as pilot:
        dialog = await first_move_picker(pilot)
        assert isinstance(dialog, PickerDialog)
        rows = dialog.query_one(OptionList)
        box = dialog.query_one(".dialog")
        assert rows.region.bottom <= box.content_region.bottom
        assert rows.scrollable_content_region.height >= 10  # 5 rows of two lines
        await pilot.press("down", *["down"] * 7)
        await pilot.pause()
        assert rows.highlighted == 7
        # (row 7's lines, 14 and 15, below the 10 shown: the list scrolled to them)
        assert rows.scroll_y > 0 and rows.region.bottom <= box.content_region.bottom
