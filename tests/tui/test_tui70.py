"""tui70: the TUI's small faults: the export dialog's scope, the quarters form, K at 60×20, the
Reviu screen's rows of one check."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.tui.conftest import opened, settle, text_of, until

# ----------------------------------------------------------------- x: the scope the tree shows

#: the scope words of the dialog (id, en): default, under-target, all
SCOPE_WORDS = {
    "id": ("bawaan", "di-bawah-target", "semua"),
    "en": ("default", "under-target", "all"),
}
#: what each scope lists, as the document's opening and the dialog say it
LISTS = {
    "id": (
        "Isi: semua butir di bawah target (▼), lalu indikator lain",
        "Isi: hanya butir di bawah target (▼).",
        "Isi: semua indikator terukur;",
    ),
    "en": (
        "Lists every item under target (▼), then the other indicators",
        "Lists only the items under target (▼).",
        "Lists every measured indicator;",
    ),
}


def _said(app: Any) -> str:
    return " ".join(text_of(app.screen.query_one("#preview")).split())


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_export_scope_starts_at_what_the_tree_shows_and_says_what_it_lists(
    make_app: Any, tmp_path: Path, lang: str
) -> None:
    """With ▼ filtering the tree (``u``), ``x`` offered "bawaan", which adds the indicators with
    permasalahan or solusi the user does not see: it starts at "di-bawah-target" then, and
    under the scope field the dialog says what the scope typed lists."""
    default, under, every = SCOPE_WORDS[lang]
    async with opened(make_app, "IKU 1", size=(80, 24), lang=lang) as (app, pilot, _):
        await pilot.press("x")
        await settle(pilot)
        assert app.screen.query_one("#f-scope").value == default  # no filter: as before
        await pilot.press("down")  # the scope field: what "bawaan" lists
        await settle(pilot)
        assert LISTS[lang][0] in _said(app), _said(app)
        await pilot.press("escape")
        await settle(pilot)
        await pilot.press("u")  # ▼: the tree shows what is under target
        await settle(pilot)
        assert app.only_under
        await pilot.press("x")
        await settle(pilot)
        assert app.screen.query_one("#f-scope").value == under
        await pilot.press("down")
        await settle(pilot)
        assert LISTS[lang][1] in _said(app), _said(app)
        await pilot.press("ctrl+u", *every)  # a scope typed: what it lists, as it is typed
        await settle(pilot)
        assert LISTS[lang][2] in _said(app), _said(app)
        await pilot.press("ctrl+u", *under, "ctrl+s")
        await until(pilot, lambda: list(tmp_path.glob("*.md")), "the export written")
        written = list(tmp_path.glob("*.md"))
        assert len(written) == 1, written
        assert LISTS[lang][1] in written[0].read_text(encoding="utf-8")
