"""The TUI as a reviewer walks it, thirty-ninth pass of issue 17 (tui68): a saved value's toast
says the value it replaced and the capaian it gives; the English pane says "Capaian"."""

from __future__ import annotations

import pytest
from textual.widgets import Static

from lkj_tui.export.clip import node_markdown
from tests.tui.conftest import go, node_id_by_code, opened, reviu_opened, settle, text_of
from tests.tui.test_edit30 import _toast_texts


@pytest.mark.parametrize("lang", ["id", "en"])
async def test_a_saved_realisasi_says_the_old_value_and_the_capaian(
    make_app, tui_store, lasting_toasts, lang: str
) -> None:
    """``e`` then 3,00 on IKU 1 toasted "Tersimpan: IKU 1 · Realisasi: 3,00": the meeting asked
    what it was before and what the capaian is now. The toast says both, as ``lkj-tui set``
    prints them, and keeps "2,85 → 3,00" on one line at 80×24."""
    app = make_app(lang=lang)
    async with app.run_test(size=(80, 24), notifications=True) as pilot:
        await settle(pilot)
        await go(pilot, "IKU 1")
        await pilot.press("e")
        await settle(pilot)
        await pilot.press("ctrl+u", *"3,00", "enter")
        await settle(pilot)
        await pilot.pause()
        said = [m.replace("\xa0", " ") for m, *_ in app.toasts]
        label, under = {
            "id": ("Tersimpan: IKU 1 · Realisasi", "Sangat Tinggi ▼ di bawah target"),
            "en": ("Saved: IKU 1 · Actual (Realisasi)", "Very high ▼ under target"),
        }[lang]
        assert f"{label}: 2,85 → 3,00, capaian 93,17 % {under}" in said, said
        drawn = [lines for lines in _toast_texts(app) if "IKU 1" in " ".join(lines)]
        assert drawn, _toast_texts(app)
        assert any("2,85 → 3,00" in line.replace("\xa0", " ") for line in drawn[0]), drawn


async def test_a_problem_saved_names_no_capaian(make_app, tui_store) -> None:
    """A permasalahan does not make the capaian: its toast stays as it was."""
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await go(pilot, "IKU 1")
        await pilot.press("p")
        await settle(pilot)
        if app.screen.is_modal and not hasattr(app.screen, "text_area"):
            await pilot.press("enter")  # "+ Tambah baru"
            await settle(pilot)
        await pilot.press(*"Data terlambat", "ctrl+s")
        await settle(pilot)
        said = [m for m, *_ in app.toasts if m.startswith("Tersimpan: ")]
        assert said and said[-1].endswith(": Data terlambat"), app.toasts
        assert "capaian" not in said[-1]


async def test_the_english_pane_says_capaian_as_its_years_do(make_app, tui_store) -> None:
    """The English pane said "Achievement: 88,51 %" and "Achievement per quarter" above its
    years' "Capaian" column and "capaian +1,10 points", and "Renstra achievement 96 %" of the
    printed figure: one word now, the report's, as the copied Markdown says it."""
    async with opened(make_app, "IKU 1", (120, 40), lang="en") as (app, pilot, iku):
        pane = " ".join(text_of(app.detail).split())
        assert "Capaian: 88,51 % High ▼ under target" in pane, pane
        assert "Capaian per quarter: IV 88,51 %" in pane, pane
        assert "The report prints Renstra capaian 96 % (Tabel 3.2.1)" in pane, pane
        assert "chievement" not in pane, pane
        copied = node_markdown(app.view.evaluation.of(iku), "en")  # (c)
        assert "- Capaian: 88,51 % (High), ▼ under target" in copied, copied
        assert "- Capaian 88,51 %: realisasi 2,85 divided by" in copied, copied
        await pilot.press("e")
        await settle(pilot)
        shown = " ".join(str(s.render()) for s in app.screen.query(Static))
        assert "Capaian: 88,51 %" in shown and "chievement" not in shown, shown


@pytest.mark.parametrize(("lang", "size"), [("id", (80, 24)), ("id", (120, 40)), ("en", (80, 24))])
async def test_a_cut_reviu_row_keeps_where_its_finding_is(make_app, lang: str, size) -> None:
    """At 80×24 the Reviu screen's rows of one check read alike: its long title ("Capaian
    terhadap target akhir Renstra tercetak berbeda dari hasil hitung") filled the row and the
    indicator's kode and name were cut away. A cut row now gives the title a third of the
    line, cut after a word with "…", and keeps where the finding is and its message's start."""
    app = make_app(lang=lang)
    async with app.run_test(size=size) as pilot:
        options, width = await reviu_opened(pilot)
        prompts = [options.get_option_at_index(i).prompt for i in range(options.option_count)]
        rows = [row.cut(width).plain.replace("\xa0", " ") for row in prompts]
        for row in rows:
            assert len(row) <= width, row
        iku1 = node_id_by_code(app, "IKU 1")
        of_iku1 = [r for p, r in zip(prompts, rows, strict=True) if p.finding.node == iku1]
        assert len(of_iku1) >= 4, rows
        gap = " — " if lang == "id" else "  "  # (then the message's start)
        assert all(f"IKU 1 Nilai LPPD{gap}" in r for r in of_iku1), of_iku1  # (main: cut away)
        if size == (80, 24) and lang == "id":
            assert any(r.startswith("✗ Capaian terhadap target… · IKU 1") for r in of_iku1)
        budget = [r for r in rows if "budget-sum" in r or "Jumlah anggaran" in r]
        assert any("Tabel 2.4" in r for r in budget), rows  # (the message's start shows)
