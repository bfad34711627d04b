"""The reviu screen's title at 60×20 and 80×24, id and en: no "·" left at a line's end, no blank
row under it below 30 rows, and its hint's last word never alone (docs50's notes)."""

from __future__ import annotations

import pytest
from textual.widgets import OptionList, Static

from lkj_tui.tui.reviu import ReviuScreen
from tests.tui.conftest import settle, text_of

WORDS = {
    "id": ("kesalahan", "peringatan", "catatan", "Enter: ke simpul"),
    "en": ("errors", "warnings", "notes", "Enter: go to the node"),
}


def _lines(widget: Static) -> list[str]:
    return [line.rstrip() for line in text_of(widget).splitlines()]


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(60, 20), (80, 24), (120, 40)])
async def test_the_reviu_title_breaks_between_its_parts(make_app, lang, size) -> None:
    app = make_app(lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("v")
        await settle(pilot)
        screen = app.screen
        assert isinstance(screen, ReviuScreen)
        counts = app.reviu.counts()
        error, warning, info, key = WORDS[lang]
        said = f"Reviu: {counts['error']} {error} · {counts['warning']} {warning} · "
        said += f"{counts['info']} {info}"
        title = screen.query_one(".dialog-title", Static)
        lines = _lines(title)
        width = title.content_region.width
        if len(said) + 5 + len(key) <= width:  # both on one line, "·" between them
            assert lines == [f"{said}  ·  {key}"], (width, lines)
        else:  # each on a line of its own, no "·" at a line's end
            assert lines == [said, key], (width, lines)
        findings = screen.query_one("#findings", OptionList)
        gap = findings.region.y - title.region.bottom
        assert gap == (0 if size[1] < 30 else 1), lines  # the list's own border under the title
        await pilot.press("x")  # the command that writes the Catatan Hasil Reviu, and its hint
        await pilot.pause()
        hint = _lines(screen.query_one("#hint", Static))
        assert len(hint[-1].split()) > 1, hint  # ("with:" was alone under it at 60×20, en)
