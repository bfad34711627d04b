"""rev67: the Reviu screen (`v`) of the huge report showed its list after 6–11 s: every finding's
row was wrapped at the list's width to know its height before the list was drawn. Each row is
now one line, cut with "…" at the list's width, and the highlighted finding is shown whole under
the list: no row is measured, only the rows on screen are made."""

from __future__ import annotations

import re
from typing import Any

import pytest
from textual.widgets import OptionList, Static

from lkj_tui.core.reviu import Reviu
from lkj_tui.tui import reviu as reviu_module
from lkj_tui.tui.reviu import ReviuScreen, one_line
from tests.tui.conftest import reviu_opened, settle, text_of, until


def _many(app: Any, n: int) -> Reviu:
    found = app.reviu.findings
    return Reviu(found * (n // len(found) + 1), app.reviu.iku, app.reviu.coverage)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_v_lists_thousands_of_findings_making_only_the_rows_it_draws(
    make_app: Any, monkeypatch: pytest.MonkeyPatch, size: tuple[int, int]
) -> None:
    """`v` on 3,000 findings: the list is up after the key (no toast first, no timer), with a
    row for each finding, one line each, and only the rows drawn (and the highlighted one's
    whole text) were made: each row had been made to be measured, 3,000 times."""
    made = []
    line = reviu_module.finding_line

    def counted(*args: Any, **kwargs: Any) -> Any:
        made.append(args[0])
        return line(*args, **kwargs)

    monkeypatch.setattr(reviu_module, "finding_line", counted)
    app = make_app()
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await until(pilot, lambda: app.reviu is not None, "the reviu")
        app.reviu = many = _many(app, 3000)
        made.clear()
        await pilot.press("v")
        await settle(pilot)
        assert isinstance(app.screen, ReviuScreen)
        assert not app.toasts, app.toasts
        options = app.screen.query_one("#findings", OptionList)
        assert options.option_count == len(many.findings) >= 3000
        assert options.virtual_size.height == options.option_count  # (a line each)
        assert options.show_vertical_scrollbar
        assert 0 < len(made) <= 4 * size[1], len(made)
        made.clear()
        await pilot.press("end")
        await settle(pilot)
        assert options.highlighted == options.option_count - 1
        assert 0 < len(made) <= 4 * size[1], len(made)


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
async def test_a_row_is_cut_at_the_width_and_the_highlighted_finding_is_whole_below(
    make_app: Any, lang: str, size: tuple[int, int]
) -> None:
    """Every row one line no wider than the list, a long one cut with "…" after a word; under
    the list the highlighted finding whole (every word of its row's text), following the
    highlight; most serious first."""
    app = make_app(lang=lang)
    async with app.run_test(size=size) as pilot:
        options, width = await reviu_opened(pilot)
        rows = [options.render_line(y).text for y in range(options.size.height)]
        drawn = [r.strip("▊▎ ▔▁") for r in rows if r.strip("▊▎ ▔▁")]
        assert len(drawn) >= (12 if size[1] == 24 else 25), drawn  # (a finding a row)
        assert all(r[:1] in "✗!·" for r in drawn), drawn
        assert all(len(r) <= width for r in rows), rows
        cut = [r for r in drawn if r.endswith("…")]
        assert cut, drawn
        severities = [f.severity for f in app.reviu.findings]
        ordered = sorted(severities, key=reviu_module.SEVERITIES.index)
        marks = {"error": "✗", "warning": "!", "info": "·"}
        assert [r[0] for r in drawn] == [marks[s] for s in ordered[: len(drawn)]]
        for step in range(3):
            index = options.highlighted
            assert index == step
            row = options.get_option_at_index(index).prompt
            whole = " ".join(text_of(app.screen.query_one("#finding", Static)).split())
            assert whole == " ".join(str(row).split()), (whole, str(row))
            shown = drawn[index].removesuffix("…").rstrip()
            if row.finding.node is None:  # (a cut row of the report leaves its where out: tui69)
                whole = whole.replace(" · Tingkat laporan", "").replace(" Report level", "")
            # (a cut row's check title cut with "…" too, for where and what it found: tui68)
            head, titled, rest = shown.partition("…")
            assert whole.startswith(" ".join(head.split())), (whole, shown)
            assert not titled or " ".join(rest.split()) in whole, (whole, shown)
            await pilot.press("down")
            await settle(pilot)


def test_one_line_cuts_after_a_word_else_at_the_cells() -> None:
    from textual.content import Content

    line = Content("✗ Capaian · IKU 1 — hasil hitung 95,55 % dari 2 indikator")
    assert one_line(line, 80) is line
    assert str(one_line(line, 38)) == "✗ Capaian · IKU 1 — hasil hitung…"
    assert str(one_line(line, 40)) == "✗ Capaian · IKU 1 — hasil hitung…"  # (not "95,55…")
    assert str(one_line(line, 42)) == "✗ Capaian · IKU 1 — hasil hitung 95,55 %…"
    for width in range(1, len(line.plain)):
        cut = one_line(line, width)
        assert cut.cell_length <= width and cut.plain.endswith("…"), (width, cut)
        assert line.plain.startswith(cut.plain[:-1]), (width, cut)
        if width >= 24:  # (a space in its second half: a figure never cut, nor from its "%")
            assert not re.search(r"\d,?\d*…", cut.plain) or cut.plain.endswith(" 2…"), cut
    wide = Content("✗ 指標 " * 20)
    assert one_line(wide, 21).cell_length <= 21
