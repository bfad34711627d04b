"""tui70: the TUI's small faults: the export dialog's scope, the quarters form, K at 60×20, the
Reviu screen's rows of one check."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.test_sync import offices  # noqa: F401  (a fixture)
from tests.tui.conftest import opened, settle, text_of, until
from tests.tui.test_sharing import office_env  # noqa: F401  (a fixture)

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


# ----------------------------------------------------------------- K at 60×20


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_k_at_60x20_folds_each_choice_into_two_lines_and_shows_them_all(
    offices: Any,  # noqa: F811
    office_env: Any,  # noqa: F811
    make_app: Any,
    lang: str,
) -> None:
    """Since each value says the capaian it gives (tui69), a choice hung under its place
    ("IKU 2 · Realisasi") took three lines at 60×20 and two conflicts' choices scrolled, the
    choices for both at once below the fold. The box takes the screen's width there and each
    choice folds two cells in: two lines each, every choice on screen; at 80 columns they hang
    under their place as before."""
    from textual.widgets import OptionList

    from tests.test_sharing16 import two_conflicts
    from tests.tui.test_sharing import open_conflicts

    app = make_app(store=two_conflicts(offices), lang=lang)
    async with app.run_test(size=(60, 20)) as pilot:
        await settle(pilot)
        screen, _ = await open_conflicts(pilot)
        await settle(pilot)
        choices = screen.query_one("#choices", OptionList)
        assert choices.max_scroll_y == 0, (choices.region, choices.virtual_size)
        rows = [choices.render_line(y).text for y in range(choices.size.height)]
        starts = [i for i, row in enumerate(rows) if row.startswith("IKU ")]
        assert len(starts) == 4, rows
        for i in starts:  # its place, then its capaian and who set it two cells in
            assert all(mark in rows[i] + rows[i + 1] for mark in ("→", "—", ":")), rows
            assert rows[i + 1].startswith("  ") and rows[i + 1][2] != " ", rows
            assert not rows[i + 2].startswith(" "), rows  # (no third line)
        every = "Semua (2) sekaligus" if lang == "id" else "All (2) at once"
        assert sum(row.startswith(every) for row in rows) == 2, rows
        await pilot.resize_terminal(80, 24)  # wider: hung under the text, as before
        await settle(pilot)
        rows = [choices.render_line(y).text for y in range(choices.size.height)]
        starts = [i for i, row in enumerate(rows) if row.startswith("IKU ")]
        assert len(starts) == 4, rows
        for i in starts:
            if rows[i + 1].startswith(" "):
                assert rows[i + 1].startswith(" " * 16), rows


# ----------------------------------------------------------------- the Reviu screen's rows


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_reviu_rows_of_one_check_say_the_name_that_tells_them_apart(
    make_app: Any, lang: str
) -> None:
    """At 80×24 two rows of ``budget-sum`` read "Tabel 3.4.1: realisasi “BELANJA”…" and
    "Tabel 3.4.1: realisasi “BELANJA…", one quote apart: the second's name, "BELANJA OPERASI",
    was cut inside its quotes. The title gives way to its first word there, and each row names
    its line whole."""
    from tests.tui.conftest import reviu_opened

    async with opened(make_app, None, size=(80, 24), lang=lang) as (_app, pilot, _):
        options, _width = await reviu_opened(pilot)
        rows = [options.render_line(y).text.strip() for y in range(options.size.height)]
        sums = [row for row in rows if "Tabel 3.4.1" in row]
        assert len(sums) == 3, rows
        assert len(set(sums)) == 3, sums
        for row in sums:  # each name whole, in its quotes
            assert row.count("“") == row.count("”") == 1, sums
        assert sum("“BELANJA OPERASI”" in row for row in sums) == 2, sums
        assert sum("“BELANJA”" in row for row in sums) == 1, sums
        for row in rows:  # no other row cut inside a name either
            assert row.count("“") <= row.count("”"), rows


# ----------------------------------------------------------------- w: the quarters form


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize("lang", ["id", "en"])
async def test_quarters_form_says_it_edits_the_targets_and_shows_its_empty_fields(
    make_app: Any, size: tuple[int, int], lang: str
) -> None:
    """``w`` titled itself "Realisasi triwulan" though half its fields are the quarters'
    targets, and its empty fields (most of them: IKU 3 has no triwulan) showed nothing where
    to type, the field's shade alone apart from the dialog's. Its title names both, and each
    field is drawn between two bars."""
    async with opened(make_app, "IKU 3", size=size, lang=lang) as (app, pilot, _):
        await pilot.press("w")
        await settle(pilot)
        title = text_of(app.screen.query_one(".dialog-title"))
        assert title.strip() == (
            "Target dan realisasi triwulan"
            if lang == "id"
            else "Quarters (triwulan): targets and realisasi"
        )
        rows = [strip.text for strip in app.screen._compositor.render_strips()]
        keys = ("tw1", "target_tw1", "tw2", "target_tw2", "tw3", "target_tw3", "tw4")
        fields = [app.screen.query_one(f"#f-{key}") for key in keys]
        assert sum(f.value == "" for f in fields) >= 4  # (empty: the box is all that shows)
        for field in fields:
            row = rows[field.region.y]
            assert row[field.region.x] == "▏", row
            assert row[field.region.right - 1] == "▕", row
