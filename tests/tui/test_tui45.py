"""tui45: the detail pane's formula keeps "× 100" whole; search results and history rows never
leave one short word alone on their last line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from textual.widgets import OptionList

from lkj_tui.storage.store import Store
from lkj_tui.tui.components.whole import LAST_LINE
from tests.test_sync import lkj, offices, start  # noqa: F401  (a fixture)
from tests.tui.conftest import report_id, settle
from tests.tui.test_sharing import history_of, office_env  # noqa: F401  (a fixture)
from tests.tui.test_tui42 import _kabupaten_like, searched


@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", [(60, 20), (80, 24)])
async def test_the_detail_pane_keeps_times_100_whole(
    make_app, lang: str, size: tuple[int, int]
) -> None:
    """At 60×20 the Perhitungan paragraph read "dibagi target 49,93 ×" above "100 (makin tinggi
    makin baik)". "× 100" now stays on one line, drawn with a plain space, on every node of the
    report; the paragraph says the formula as before."""
    from lkj_tui.tui.components.detail import DetailPane

    app = make_app(lang=lang)
    async with app.run_test(size=size) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        await settle(pilot)
        pane = app.query_one(DetailPane)
        assert app.view is not None
        evaluation = app.view.evaluation
        formulas = wrapped = 0
        for node in evaluation.report.walk():
            ev = evaluation.of(node.id)
            if ev.achievement is None or " × 100" not in ev.achievement.explanation(lang):
                continue
            pane.show(ev)
            text = pane.part_text("explain")
            lines = [line.strip() for line in text.splitlines()]
            assert not [line for line in lines if line.endswith("×")], lines
            assert "× 100" in text and "\u00a0" not in text, text
            formulas += 1
            wrapped += any(line.startswith("× 100") for line in lines)
        assert formulas >= 10, formulas
        if size[0] == 60 and lang == "en":  # (where the bundled report's formulas meet the edge)
            assert wrapped >= 3, wrapped


def _last_lines(lines: list[str], starts: tuple[str, ...]) -> list[str]:
    """The last line of each wrapped row, of the list's ``lines`` (a row starts with ``starts``;
    its later lines hang under its text)."""
    rows: list[list[str]] = []
    for line in lines:
        if line.startswith(starts):
            rows.append([line])
        elif rows and line.strip():
            rows[-1].append(line)
    return [row[-1].strip() for row in rows if len(row) > 1]


def _alone(line: str) -> bool:
    """One short word alone (or "› Rapat": a step's mark and its word)."""
    words = line.removeprefix("› ").split()
    return len(words) == 1 and len(line) < LAST_LINE


@pytest.mark.parametrize("size", [(80, 24), (100, 30)])
async def test_search_results_keep_their_last_words_together(
    make_app, tui_store: Store, size: tuple[int, int]
) -> None:
    """At 80 columns two results read "· IKU 1" at a line's end above "› Rapat" alone, their
    parent sub kegiatan. A wrapped result's last line now holds its last words together."""
    _kabupaten_like(tui_store)
    app = make_app(report_id=report_id())
    async with app.run_test(size=size) as pilot:
        await searched(pilot, "dokumen perencanaan perangkat")
        lines = [line.rstrip() for line in _rows_raw(app)]
    last = _last_lines(lines, ("Ind. keg.", "Sub keg.", "24d2a0ff", "34d2a0ff"))
    assert len(last) >= 2, lines
    assert not [line for line in last if _alone(line)], lines
    assert sum("› Rapat" in line for line in lines) == 2, lines


def _rows_raw(app: Any) -> list[str]:
    results = app.screen.query_one("#results", OptionList)
    return [results.render_line(y).text for y in range(results.size.height)]


#: a responsible unit of short words: at one width or another one of them ends a row alone
_UNIT = "Bagian Tata Pemerintahan dan Otonomi Daerah pada Setda di Kab BS, TA 2023 ke 2024 s.d. Des"


async def test_history_rows_keep_their_last_words_together(
    offices: dict[str, object],  # noqa: F811
    office_env: None,  # noqa: F811
    make_app: Any,
) -> None:
    """H lists a node's saves; a long value wrapped and could leave one short word on the row's
    last line. Its last words are kept together, at each width, and the row says it whole."""
    start(offices, "opd")
    assert lkj(offices, "opd", "set", "IKU 1", "penanggung_jawab", _UNIT).returncode == 0
    store = Store(Path(str(offices["tmp"])) / "opd")
    wrapped = 0
    for width in range(80, 124, 4):
        app = make_app(store=store)
        async with app.run_test(size=(width, 30)) as pilot:
            screen = await history_of(pilot, "IKU 1")
            entries = screen.query_one("#entries", OptionList)
            said = str(entries.get_option_at_index(0).prompt)
            lines = [entries.render_line(y).text.rstrip() for y in range(entries.size.height)]
        assert _UNIT in said and "\u00a0" not in said, said
        last = _last_lines(lines, ("20",))  # (each row starts with its date)
        assert not [line for line in last if _alone(line)], (width, lines)
        wrapped += bool(last)
    assert wrapped >= 5, wrapped
